"""REV-AR AR3, REV-AN AN2 (the rest), REV-AS AS-E: a title page's office lines.

AR3: ``/`` joins the parts of one office's name as a comma or ``DAN`` does: ``DINAS KESEHATAN / PENGENDALIAN
PENDUDUK DAN KB`` over ``DINKES`` is one office (``DINKES`` written out, ``DINAS KESEHATAN``, is the name's first
part whole). Before: two offices named, the document refused, its 4 true kritis hidden. ``KB`` is Keluarga Berencana
(written out, ``names.SINGKATAN_KANTOR``): before, SIPD's "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga
Berencana" was matched only as initials read, every row in doubt (15 "belum pasti" peringatan, 0 kritis).

AN2: a plain capitals title line holding a digit inside a known short form (``DINSOS P3A``) is read by the bold
lines' rule (one rule, ``sources.text._angka``): ``DINAS SOSIAL`` / ``DINSOS P3A`` names two offices whether bold
or plain. Before, plain: ``DINSOS P3A`` was set aside for its digit and ``DINAS SOSIAL`` read as the office, compared
with SIPD's Dinas Sosial though SIPD also holds Dinas Sosial P3A (39 kritis against the partner's figures). A digit
in any other word (``P2KB``, ``NO5``, ``TH2024``) still sets the line aside (REV-AR AR1).

AS-E: ``DP3A``, ``DP3AP2KB`` and ``DPMD`` (short forms of dinas names not beginning with an office word) are office
lines: alone on a title page they name the office (before: no office, the document refused); below another office's
name they are a second office, as ``DINSOS`` below ``DINAS KESEHATAN`` is (REV-AN AN1; before: set aside).

The data, by hand: the bundled document's own SIPD rows (the Magetan fixture, 4 kritis against the document:
``test_identitas_kantor``) under office A, the document's, and the same rows under office B (code ``B``), every
pagu Rp1.000.000 higher: compared with B, 39 kritis the document is not to blame for (``test_kantor_sama_pemda``).
"""
from __future__ import annotations

import pytest
from conftest import first_fast
from test_kantor_dua_nama import _kritis_peringatan
from test_kantor_sama_pemda import BPBD, _build

from renja_analysis.findings.reconciliation import SipdTidakSepadan, periksa_kesesuaian, rekonsiliasi
from renja_analysis.names import banding_kantor
from renja_analysis.sources.text import _bagian_utuh, identitas

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024"]
JUDUL = J[0][2:]
MIRING = "DINAS KESEHATAN / PENGENDALIAN PENDUDUK DAN KB"
DPPKB = "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"
SOS_P3A = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
DP3A = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
DPMD = "Dinas Pemberdayaan Masyarakat dan Desa"


def _tebal_polos(lines: list[str]) -> list[list[str]]:
    """The title lines bold and as plain capitals."""
    return [[f"**{x}**" for x in lines], list(lines)]


def test_a_slash_joins_the_parts_of_one_offices_name():
    # cut at '/' and 'DAN': DINAS KESEHATAN | PENGENDALIAN PENDUDUK | KB; DINKES written out is DINAS KESEHATAN,
    # the first part whole: DINKES writes the office short (as under the same name with a comma, REV-AL AL1)
    assert _bagian_utuh(MIRING, "DINKES")
    for atas, bawah in ((MIRING, "DINKES"), ("DINKES", MIRING)):
        for judul in _tebal_polos([atas, bawah]):
            # one office, the written-out name kept (before: two offices, instansi_ragu naming both)
            assert identitas(J + judul) == {"judul": JUDUL, "instansi": MIRING}
    # KB is Keluarga Berencana: the same content words as SIPD's name written out (before: 'singkatan', a guess)
    assert banding_kantor(MIRING, DPPKB)[0] == "sama"


def test_a_plain_line_holding_a_known_short_forms_digit_is_read_as_a_bold_one():
    # REV-AN AN2: plain capitals as bold: DINSOS P3A names more than DINAS SOSIAL, maybe another office: both said
    # (before, plain: DINSOS P3A set aside for its digit, DINAS SOSIAL the office)
    for judul in _tebal_polos(["DINAS SOSIAL", "DINSOS P3A"]):
        assert identitas(J + judul) == {"judul": JUDUL, "instansi_ragu": "DINAS SOSIAL atau DINSOS P3A di halaman judul"}
    # alone, or on the pemda's line, it is the office (before, plain: no office)
    for judul in _tebal_polos(["DINSOS P3A"]):
        assert identitas(J + judul) == {"judul": JUDUL, "instansi": "DINSOS P3A"}
    assert identitas(J + ["PEMERINTAH KABUPATEN MAGETAN DINSOS P3A"]) == {
        "judul": JUDUL, "pemerintah": "PEMERINTAH KABUPATEN MAGETAN", "instansi": "DINSOS P3A"}


@pytest.mark.parametrize("bawah", ["DINKES P2KB", "KANTOR PUSAT JL RAYA NO5 MAGETAN", "DINKES TH2024"])
def test_a_plain_line_holding_a_digit_in_an_unknown_word_is_set_aside(bawah):
    # REV-AR AR1 kept for plain lines (a guard: it held before): P2KB (no entry of the short forms), NO5, TH2024
    # are numbers; the line is no second office, the office above kept
    nama = "DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"
    assert identitas(J + [nama, bawah]) == {"judul": JUDUL, "instansi": nama}


@pytest.mark.parametrize("singkat, nama", [("DP3A", DP3A), ("DPMD", DPMD), (
    "DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana")])
def test_short_forms_of_dinas_names_are_office_lines(singkat, nama):
    # written out, the dinas's own name (SINGKATAN_KANTOR): the same content words
    assert banding_kantor(singkat, nama)[0] == "sama"
    # alone on the title page: the office (before: no office)
    for judul in _tebal_polos([singkat]):
        assert identitas(J + judul) == {"judul": JUDUL, "instansi": singkat}
    # below its written-out name: one office, the name (held before: the short form was set aside)
    for judul in _tebal_polos([nama.upper(), singkat]):
        assert identitas(J + judul) == {"judul": JUDUL, "instansi": nama.upper()}


def test_another_dinas_short_form_below_an_office_is_a_second_office():
    # DPMD (Dinas Pemberdayaan Masyarakat dan Desa) below DP3A's name: two offices, both said, as DINSOS below DINAS
    # KESEHATAN (REV-AN AN1); before: DPMD set aside, DP3A read as the office
    assert identitas(J + [f"**{DP3A.upper()}**", "**DPMD**"]) == {
        "judul": JUDUL, "instansi_ragu": f"{DP3A.upper()} atau DPMD di halaman judul"}


@pytest.mark.parametrize("judul, dok, mitra, kritis", first_fast([
    ([f"**{MIRING}**  ", "**DINKES**  "], DPPKB, BPBD, (4, 0)),
    (["DINAS SOSIAL", "DINSOS P3A"], SOS_P3A, "Dinas Sosial", None),
    (["**DP3A**  "], DP3A, DPMD, (4, 0)),
]), ids=["ar3_garis_miring", "an2_polos", "ase_dp3a"])
def test_the_reconciliation(tmp_path, judul, dok, mitra, kritis):
    """AR3, AS-E: compared with A, the document's office, its 4 kritis kept, no doubt (before: refused, two offices
    named / none named). AN2: not compared, the refusal naming both lines (before: DINAS SOSIAL compared with B,
    SIPD's Dinas Sosial, 39 kritis against the partner's figures)."""
    doc, sipd = _build(tmp_path, judul, dok, mitra)
    if kritis is not None:
        assert _kritis_peringatan(doc, sipd) == kritis
        return
    assert doc.identitas.get("instansi") is None
    with pytest.raises(SipdTidakSepadan, match="DINAS SOSIAL atau DINSOS P3A di halaman judul"):
        rekonsiliasi(doc, sipd)


def test_names_differing_in_the_offices_kind_only_are_in_doubt():
    # REV-AI: a pemda has one Kesbangpol office, a kantor or a badan (renamed): KANTOR KESBANGPOL / Badan Kesatuan
    # Bangsa dan Politik differ in the kind only ('jenis'), one office renamed or two; before: 'beda', two offices
    assert banding_kantor("KANTOR KESBANGPOL", "Badan Kesatuan Bangsa dan Politik") == ("jenis", ["kantor"], ["badan"])
    assert banding_kantor("Dinas Pendapatan Daerah", "BADAN PENDAPATAN DAERAH")[0] == "jenis"
    # not a kecamatan and a kelurahan of one name (two offices), nor a kind and other words
    assert banding_kantor("Kecamatan Taman", "Kelurahan Taman")[0] == "beda"
    assert banding_kantor("Dinas Kesatuan Bangsa", "Badan Kesatuan Politik")[0] == "beda"
    # the title page's name and a sentence citing or unmarked naming the other kind: the title page's, the
    # document's own title (as for a typo, 'ejaan'); a sentence naming the document itself names its office
    pengantar = ["**KANTOR KESBANGPOL**", "## KATA PENGANTAR"]
    kalimat = "Rencana Kerja (RENJA) Perubahan Badan Kesatuan Bangsa dan Politik Kabupaten Magetan Tahun 2024 {}."
    # (the name not taken kept as instansi_jenis, REV-AV AV2: the reconciliation's, where SIPD holds it word for word)
    # (a sentence not naming the document itself may cite another office's or year's Renja: its name is not kept,
    # REV-AX AX2)
    assert identitas(J + pengantar + [kalimat.format("disusun")]) == {
        "judul": JUDUL, "instansi": "KANTOR KESBANGPOL"}
    assert identitas(J + pengantar + [kalimat.format("ini disusun")]) == {
        "judul": JUDUL, "instansi": "Badan Kesatuan Bangsa dan Politik", "instansi_jenis": "KANTOR KESBANGPOL",
        "jenis_di": "halaman judul"}


def test_the_reconciliation_of_an_office_of_another_kind(tmp_path):
    """REV-AI: KANTOR KESBANGPOL against SIPD's Badan Kesatuan Bangsa dan Politik (A, the document's rows) and BPBD:
    compared with A in doubt: the fixture's 15 dokumen_vs_sipd findings (4 kritis, 2 peringatan, 9 info,
    ``test_kesesuaian_ragu``) each open with '[Belum pasti data yang sama', its 4 kritis peringatan: (0, 15). Before:
    refused, 'tidak ada di antara 2 perangkat daerah', the 4 true kritis hidden."""
    doc, sipd = _build(tmp_path, ["**KANTOR KESBANGPOL**  "], "Badan Kesatuan Bangsa dan Politik", BPBD)
    assert _kritis_peringatan(doc, sipd) == (0, 15)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.cara, kes.ragu) == ("nama_sebagian", ("perangkat_daerah",))
    assert kes.tabel.set_index("aspek").at["perangkat_daerah", "sipd_dari"] == (
        "kolom nama_skpd, nama sama kecuali jenis perangkat daerah (kata kantor hanya di dokumen; kata badan hanya di "
        "SIPD): satu perangkat daerah yang berganti nomenklatur atau dua, tidak dapat dipastikan")
