"""REV-AV: a title page's office lines (merged offices' short forms, a line ending in ``/``, two offices' names
joined by ``/``, one office named in both kinds).

AV1: ``DPMD`` printed below ``DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK``
(``DP3A`` below ``DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PEMBERDAYAAN MASYARAKAT DAN DESA``) is the short form
of the name's first parts, one after the other: one office, the written-out name kept (REV-AL AL1, as ``DINKES``
under ``DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA``). Before: the later part opening with the same
word PEMBERDAYAAN made it a second office, the document refused or compared in doubt, its 4 true kritis hidden.

AV4: a line ending in ``/`` is joined with the next title line, as one ending in a comma is (``/`` cuts a name as a
comma does, REV-AR AR3). Before: ``DINAS KESEHATAN /`` read alone, SIPD's name a part of it, every row in doubt.

AV2: the document names its own office in both kinds (title page ``BADAN KESATUAN BANGSA DAN POLITIK``, its
sentence "Rencana Kerja (RENJA) Perubahan Kantor Kesatuan Bangsa dan Politik ... Tahun 2024 ini"), SIPD holding one
of the two names word for word: that office is the document's, by name, no doubt. Before: compared in doubt, every
kritis turned "belum pasti", the message saying the word ``badan`` was only in SIPD (the title page prints it). Where
SIPD holds an office of each name, the names do not tell which is the document's: the rows decide, in doubt, or the
document is refused (before: compared with the sentence's office, 39 kritis against another office's figures).

AV5: ``DINKES`` below ``DINAS KESEHATAN / DINAS SOSIAL`` (two offices' names): no one office, all said.

The data, by hand: the bundled document's own SIPD rows (the Magetan fixture, 4 kritis against the document:
``test_identitas_kantor``) under office A, the document's, and the same rows under office B (BPBD, code ``B``), every
pagu Rp1.000.000 higher (``test_kantor_sama_pemda._build``).
"""
from __future__ import annotations

import pytest
from conftest import first_fast
from test_kantor_dua_nama import _kritis_peringatan
from test_kantor_sama_pemda import BPBD, _build

from renja_analysis.findings.reconciliation import SipdTidakSepadan, periksa_kesesuaian, rekonsiliasi
from renja_analysis.sources.text import _bagian_utuh, identitas

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024"]
JUDUL = J[0][2:]
PMD_P3A = "DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"
P3A_PMD = "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PEMBERDAYAAN MASYARAKAT DAN DESA"
KH = "DINAS PETERNAKAN DAN KESEHATAN HEWAN"


def _tebal_polos(lines: list[str]) -> list[list[str]]:
    """The title lines bold and as plain capitals."""
    return [[f"**{x}**" for x in lines], list(lines)]


@pytest.mark.parametrize("nama, singkat", [(PMD_P3A, "DPMD"), (P3A_PMD, "DP3A")])
def test_a_merged_offices_short_form_naming_its_first_parts_is_one_office(nama, singkat):
    # By hand: PMD_P3A cut at ',' and 'DAN': DINAS PEMBERDAYAAN MASYARAKAT | DESA | PEMBERDAYAAN PEREMPUAN |
    # PERLINDUNGAN ANAK; DPMD written out: DINAS PEMBERDAYAAN MASYARAKAT DESA = the first two parts exactly (DINAS
    # aside). P3A_PMD: DINAS PEMBERDAYAAN PEREMPUAN | PERLINDUNGAN ANAK | ...; DP3A: DINAS PEMBERDAYAAN PEREMPUAN
    # PERLINDUNGAN ANAK = the first two parts. The third part's PEMBERDAYAAN is no other office.
    assert _bagian_utuh(nama, singkat)
    for atas, bawah in ((nama, singkat), (singkat, nama)):
        for judul in _tebal_polos([atas, bawah]):
            # one office, the written-out name (before: instansi_ragu naming both lines)
            assert identitas(J + judul) == {"judul": JUDUL, "instansi": nama}


@pytest.mark.parametrize("nama, singkat", [(KH, "DINKES"), ("BADAN PENGELOLAAN KEUANGAN DAN PENDAPATAN DAERAH",
                                                              "BAPENDA"), (PMD_P3A, "DP3A")])
def test_a_short_form_of_parts_other_than_the_first_stays_another_office(nama, singkat):
    # guards (held before, REV-AN AN1): DINKES (DINAS KESEHATAN) is not DPKH's first part (PETERNAKAN), BAPENDA
    # (PENDAPATAN) not BPKPD's (PENGELOLAAN KEUANGAN), DP3A (PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK) not PMD_P3A's
    # (PEMBERDAYAAN MASYARAKAT): two offices, both said
    assert not _bagian_utuh(nama, singkat)
    assert identitas(J + [f"**{nama}**", f"**{singkat}**"]) == {
        "judul": JUDUL, "instansi_ragu": f"{nama} atau {singkat} di halaman judul"}


@pytest.mark.parametrize("baris", _tebal_polos(["DINAS KESEHATAN /", "PENGENDALIAN PENDUDUK DAN KB"]),
                         ids=["tebal", "polos"])
def test_a_line_ending_in_a_slash_is_joined_with_the_next(baris):
    # '/' at the line's end: the name goes on below, as after ',' (before: "DINAS KESEHATAN /" alone)
    assert identitas(J + baris) == {"judul": JUDUL, "instansi": "DINAS KESEHATAN / PENGENDALIAN PENDUDUK DAN KB"}


@pytest.mark.parametrize("atas, bawah, induk", [
    ("DINAS KESEHATAN /", "UPTD PUSKESMAS PLAOSAN", "DINAS KESEHATAN"),
    ("KECAMATAN TAMAN /", "KELURAHAN MANGUHARJO", "KECAMATAN TAMAN"),
])
def test_a_unit_below_a_line_ending_in_a_slash_is_no_part_of_its_name(atas, bawah, induk):
    # REV-AX AX1: after '/', a unit (UPTD ...) or a place (KELURAHAN ...) below its office is the document's own unit,
    # its office the parent (as without the '/', and named without it: the '/' at the line's end joins no name; it
    # was kept as printed, "DINAS KESEHATAN /", until this session). Before (the AV4
    # join): one name "DINAS KESEHATAN / UPTD PUSKESMAS PLAOSAN", compared with the whole parent office in doubt
    for judul in _tebal_polos([atas, bawah]):
        assert identitas(J + judul) == {"judul": JUDUL, "instansi": bawah, "instansi_induk": induk}


@pytest.mark.parametrize("nama, singkat", [
    ("SATUAN POLISI PAMONG PRAJA DAN SATUAN PERLINDUNGAN MASYARAKAT", "SATPOL PP"),
    ("DINAS KESEHATAN DAN RUMAH SAKIT UMUM DAERAH", "DINKES")])
def test_an_office_word_opening_a_later_part_without_a_slash_is_one_office(nama, singkat):
    # REV-AX AX3: only a part after a '/' opening with an office's kind (DINAS KESEHATAN / DINAS SOSIAL) names a second
    # office; SATUAN ... DAN SATUAN ... is one office's name, its short form (SATPOL PP: SATUAN POLISI PAMONG PRAJA, the
    # first part) below it the same office (before: two offices, refused or compared in doubt)
    assert _bagian_utuh(nama, singkat)
    assert identitas(J + [f"**{nama}**", f"**{singkat}**"]) == {"judul": JUDUL, "instansi": nama}


def test_a_short_form_below_two_offices_names_joined_names_no_one_office():
    # REV-AV AV5: DINAS KESEHATAN / DINAS SOSIAL cut at '/': two parts, the second opening with DINAS, an office's
    # kind: two offices' names; DINKES below it is one of them or a third: the lines name no one office, all said
    # (before: one office, "DINAS KESEHATAN / DINAS SOSIAL", no doubt)
    assert not _bagian_utuh("DINAS KESEHATAN / DINAS SOSIAL", "DINKES")
    for judul in _tebal_polos(["DINAS KESEHATAN / DINAS SOSIAL", "DINKES"]):
        assert identitas(J + judul) == {
            "judul": JUDUL, "instansi_ragu": "DINAS KESEHATAN / DINAS SOSIAL atau DINKES di halaman judul"}


@pytest.mark.parametrize("judul, dok", first_fast([
    ([f"**{PMD_P3A}**  ", "**DPMD**  "], "Dinas Pemberdayaan Masyarakat, Desa, Pemberdayaan Perempuan dan "
                                         "Perlindungan Anak"),
    ([P3A_PMD, "DP3A"], "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pemberdayaan Masyarakat dan Desa"),
    (["DINAS KESEHATAN /", "PENGENDALIAN PENDUDUK DAN KB"],
     "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"),
]), ids=["av1_dpmd", "av1_dp3a_polos", "av4_garis_miring"])
def test_the_reconciliation(tmp_path, judul, dok):
    """Compared with A (SIPD's name the document's, written out: KB is Keluarga Berencana) by name, without doubt:
    its 4 kritis kept, no 'belum pasti' (before: AV1 refused, the rows of A and B tying, or compared in doubt;
    AV4 compared in doubt, (0, 15))."""
    doc, sipd = _build(tmp_path, judul, dok, BPBD)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.cara, kes.ragu) == ("nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)


BADAN, KANTOR = "Badan Kesatuan Bangsa dan Politik", "Kantor Kesatuan Bangsa dan Politik"
KALIMAT = "Rencana Kerja (RENJA) Perubahan {} Kabupaten Magetan Tahun 2024 {}disusun sebagai pedoman."


def _judul(sampul: str, kalimat: str, ini: bool = True) -> list[str]:
    """A bold title line and a kata pengantar sentence naming the document itself (``ini``) or unmarked."""
    return [f"**{sampul.upper()}**  ", "", "## KATA PENGANTAR", "", KALIMAT.format(kalimat, "ini " if ini else "")]


def test_the_name_of_the_other_kind_is_kept():
    # the sentence naming the document itself is taken (REV-AI), the title page's name kept beside it (before: lost)
    assert identitas(J + [x.strip() for x in _judul(BADAN, KANTOR)]) == {
        "judul": JUDUL, "instansi": KANTOR, "instansi_jenis": BADAN.upper(), "jenis_di": "halaman judul"}
    # a sentence citing another office's Renja names no name of the document's own: none kept (a guard)
    rujuk = "Dokumen ini disusun selaras dengan Renja Kantor Kesatuan Bangsa dan Politik Kabupaten Magetan Tahun 2024."
    assert identitas(J + [f"**{BADAN.upper()}**", "## KATA PENGANTAR", rujuk]) == {
        "judul": JUDUL, "instansi": BADAN.upper()}


@pytest.mark.parametrize("judul, dok", first_fast([
    (_judul(BADAN, KANTOR), BADAN),
    (_judul(KANTOR, BADAN), KANTOR),
]), ids=["av2_sampul_badan", "av2_cermin_sampul_kantor"])
def test_sipd_holding_one_of_the_documents_own_names_is_its_office(tmp_path, judul, dok):
    """SIPD: ``dok`` (A, the document's rows), word for word one of the document's two names, and BPBD (B): compared
    with A by name, without doubt: its 4 kritis kept (before: in doubt, (0, 15)); the guard's text names the
    document's name SIPD holds and says no word is only in SIPD."""
    doc, sipd = _build(tmp_path, judul, dok, BPBD)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.cara, kes.ragu) == ("nama", ())
    row = kes.tabel.set_index("aspek").loc["perangkat_daerah"]
    assert (row["sipd"], row["sipd_dari"], row["status"]) == (dok, "kolom nama_skpd", "sama")
    assert "hanya di SIPD" not in " ".join(map(str, row))
    assert _kritis_peringatan(doc, sipd) == (4, 0)


def test_an_unmarked_sentence_of_the_other_kind_does_not_decide(tmp_path):
    """REV-AX AX2: the title page BADAN, a sentence not naming the document itself Kantor (it may cite another office's
    or another year's Renja: "Sebagaimana Renja Kantor ... Tahun 2023"), SIPD holding Kantor (A, the document's rows)
    and BPBD: the sentence's name is not taken as the document's by name; compared in doubt (every kritis 'belum
    pasti': nothing untrue either way), as before REV-AV AV2's fix (which took it by name, without doubt)."""
    doc, sipd = _build(tmp_path, _judul(BADAN, KANTOR, ini=False), KANTOR, BPBD)
    kes = periksa_kesesuaian(doc, sipd)
    assert kes.cara != "nama" and "perangkat_daerah" in kes.ragu
    assert _kritis_peringatan(doc, sipd)[0] == 0


def test_sipd_holding_both_of_the_documents_own_names_is_not_told_by_name(tmp_path):
    """SIPD: Badan (A, the document's rows) and Kantor (B, the same rows at pagu + Rp1.000.000: 39 kritis against
    them, ``test_kantor_sama_pemda``); the title page BADAN, the sentence naming the document itself Kantor. Which is
    the document's the names do not tell, the rows tie: refused, both names said (before: compared with B by the
    sentence's name, without doubt: 39 kritis the document is not to blame for)."""
    doc, sipd = _build(tmp_path, _judul(BADAN, KANTOR), BADAN, KANTOR)
    assert periksa_kesesuaian(doc, sipd).kode_skpd is None
    with pytest.raises(SipdTidakSepadan, match="BADAN KESATUAN BANGSA DAN POLITIK di halaman judul atau Kantor "
                                               "Kesatuan Bangsa dan Politik"):
        rekonsiliasi(doc, sipd)
