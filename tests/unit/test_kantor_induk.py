"""REV-AC AC6: a title page printing a parent office on a line of its own between the pemda line and the
document's own office line (``PEMERINTAH KABUPATEN MAGETAN`` / ``DINAS KESEHATAN`` / ``DINAS KOPERASI USAHA
KECIL DAN MENENGAH``). A parent office is printed above its unit: the lowest office line of the title block
names the document's office, as for a parent printed on the pemda's line (REV-AB AB4,
``test_kantor_dua_nama.test_an_office_line_below_a_pemda_line_holding_an_office_is_the_office``). Before: the
first bold office line (the parent's) was the title page's office; against a kata pengantar naming the
document's own office the two conflicted and no office was read (found by shared row names, in doubt: the
bundled document's 4 true kritis hidden as peringatan).

A line below the office that names no office (a bidang, a seksi, an address, a year) leaves the office; an
office line after the title page (in the kata pengantar) is no title line.
"""
from __future__ import annotations

import pytest
from test_kantor_dua_nama import A, _dinkop_sendiri, _kritis_peringatan

from renja_analysis import load_document
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.findings.reconciliation import periksa_kesesuaian, rekonsiliasi
from renja_analysis.sources.text import identitas

JUDUL, PEMDA = "# RENCANA KERJA TAHUN 2024", "**PEMERINTAH KABUPATEN MAGETAN**"


def test_a_unit_line_below_its_parent_office_is_the_office():
    for induk, unit in (("**DINAS KESEHATAN**", "**RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN**"),
                        ("**DINAS KESEHATAN**", "RUMAH SAKIT UMUM DAERAH SAYIDIMAN")):
        for sela in ([], [""]):
            got = identitas([JUDUL, PEMDA, induk, *sela, unit])
            assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                           "instansi": unit.strip().strip("*"), "instansi_induk": "DINAS KESEHATAN"}, (induk, unit, sela)


def test_two_offices_one_below_the_other_name_no_office():
    """REV-AC AC6 (kantor7): ``DINAS KESEHATAN`` / ``DINAS KOPERASI ...`` is no parent and its unit: two offices
    named, which one is the document's the title page does not say (kantor6 took the lower one, so a partner office
    printed below the document's own became its office: REV-AF AF3, 39 false kritis against BPBD). No office,
    both names kept to be said (``instansi_ragu``), unless a sentence naming the document itself names one."""
    for sela in ([], [""]):
        got = identitas([JUDUL, PEMDA, "**DINAS KESEHATAN**  ", *sela, "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  "])
        assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                       "instansi_ragu": "DINAS KESEHATAN atau DINAS KOPERASI USAHA KECIL DAN MENENGAH di halaman judul"}
    diri = ("Rencana Kerja (RENJA) Perubahan Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan Tahun 2024 ini "
            "dapat diselesaikan.")
    rujuk = "Dokumen ini disusun selaras dengan Renja Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan Tahun 2024."
    lines = [JUDUL, PEMDA, "**DINAS KESEHATAN**", "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**", "## KATA PENGANTAR"]
    assert identitas([*lines, diri])["instansi"] == "Dinas Koperasi Usaha Kecil dan Menengah"
    got = identitas([*lines, rujuk])
    # the citing sentence names one of the two lines: no third office to offer (REV-AL AL2)
    assert "instansi" not in got and got["instansi_ragu"] == (
        "DINAS KESEHATAN atau DINAS KOPERASI USAHA KECIL DAN MENENGAH di halaman judul")


@pytest.mark.parametrize("bawah", [
    "**BADAN PENANGGULANGAN BENCANA DAERAH**", "**INSPEKTORAT**", "**BAPPEDA**", "**KANTOR PERTANAHAN KABUPATEN MAGETAN**",
    "**SATUAN POLISI PAMONG PRAJA**", "**KECAMATAN MAGETAN**", "**KELURAHAN SELOSARI**"])
def test_another_office_below_the_office_is_not_the_office(bawah):
    # REV-AF AF3: kantor6 read the lower line as the office (a partner office: 39 false kritis against it)
    got = identitas([JUDUL, PEMDA, "**DINAS KESEHATAN**  ", bawah + "  ", "## KATA PENGANTAR", "Renja ini kami susun."])
    assert "instansi" not in got and got["instansi_ragu"] == f"DINAS KESEHATAN atau {bawah.strip('*')} di halaman judul"


@pytest.mark.parametrize("bawah", [
    "**KANTOR : JL. PAHLAWAN NO. 2 MAGETAN**", "KANTOR : JL. PAHLAWAN NO. 2 MAGETAN", "**KANTOR JALAN PAHLAWAN 2**",
    "**PUSKESMAS DAN JARINGANNYA**", "**UPTD PUSKESMAS SE-KABUPATEN MAGETAN**", "**UPT PUSKESMAS DAN LABKESDA**",
    "UPT PUSKESMAS DAN LABKESDA", "**SEKRETARIAT DINAS**", "**JALAN PAHLAWAN NO. 2**", "**TELP. (0351) 895012**"])
def test_an_address_a_part_or_a_list_of_units_below_the_office_leaves_it(bawah):
    # REV-AF AF3: kantor6 read each as the office (cara induk: the 4 true kritis hidden, an address as its name)
    got = identitas([JUDUL, PEMDA, "**DINAS KESEHATAN**  ", bawah + "  ", "## KATA PENGANTAR", "Renja ini kami susun."])
    assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                   "instansi": "DINAS KESEHATAN"}


def test_a_units_location_line_is_not_its_office():
    """REV-AF AF1, AF2: a puskesmas's cover prints its kecamatan below its name (its location), a kelurahan's
    cover its kecamatan below its own (its address). kantor6 read the lowest line, the kecamatan, as the office
    (AF1: its parent the UPT; AF2: its parent the kelurahan, inverted): 39 / 36 false kritis against the kecamatan."""
    for lokasi in ("**KECAMATAN TAMAN**", "KECAMATAN TAMAN", "**KELURAHAN MANGUHARJO**", "**DESA KARANGREJO**"):
        got = identitas([PEMDA, "**DINAS KESEHATAN**", "**UPT PUSKESMAS TAMAN**", lokasi])
        assert got == {"pemerintah": "PEMERINTAH KABUPATEN MAGETAN", "instansi": "UPT PUSKESMAS TAMAN",
                       "instansi_induk": "DINAS KESEHATAN"}, lokasi
    # with no parent line its location line is no office line either; the unit's line is the office
    # (``test_kantor_unit.test_a_unit_named_without_its_parent``)
    assert identitas([PEMDA, "**UPT PUSKESMAS TAMAN**", "**KECAMATAN TAMAN**"]) == {
        "pemerintah": "PEMERINTAH KABUPATEN MAGETAN", "instansi": "UPT PUSKESMAS TAMAN"}
    # the kelurahan and, below it, its kecamatan: the kelurahan, its parent the kecamatan
    for kec in ("**KECAMATAN TAMAN**", "KECAMATAN TAMAN"):
        assert identitas(["**PEMERINTAH KOTA MADIUN**", "**KELURAHAN MANGUHARJO**", kec]) == {
            "pemerintah": "PEMERINTAH KOTA MADIUN", "instansi": "KELURAHAN MANGUHARJO", "instansi_induk": "KECAMATAN TAMAN"}


def test_a_sentence_naming_the_document_names_the_units_parent():
    # REV-AF AF3b: RSUD below Dinas Kesehatan, the kata pengantar 'Renja ... Dinas Kesehatan ... ini': the Dinas's own
    # Renja (kantor6: the two conflicted, no office, the reconciliation refused saying the document names none)
    got = identitas([JUDUL, PEMDA, "**DINAS KESEHATAN**", "**RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN**", "## KATA PENGANTAR",
                     "Rencana Kerja (RENJA) Perubahan Dinas Kesehatan Kabupaten Magetan Tahun 2024 ini dapat diselesaikan."])
    assert got["instansi"] == "Dinas Kesehatan" and "instansi_induk" not in got and "instansi_ragu" not in got
    # a line below naming no office leaves the office; so does an office line in the kata pengantar
    for bawah in ("**BIDANG PELAYANAN KESEHATAN**", "**SEKSI KESEHATAN KELUARGA**", "**TAHUN 2024**",
                  "Jl. Pahlawan No. 2 Magetan", "## KATA PENGANTAR\n**DINAS KOPERASI USAHA KECIL DAN MENENGAH**"):
        lines = [JUDUL, PEMDA, "**DINAS KESEHATAN**", *bawah.split("\n")]
        assert identitas(lines)["instansi"] == "DINAS KESEHATAN", bawah


@pytest.mark.slow
def test_a_parent_office_on_its_own_line_leaves_the_documents_kritis(tmp_path):
    """The bundled document with ``**DINAS KESEHATAN**`` printed between its pemda line and its own office line,
    SIPD holding both offices (A, the document's data; Dinas Kesehatan's every pagu Rp1.000.000 higher): compared
    with its own office A as without the parent line, its 4 kritis (``test_identitas_kantor``) kept."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    assert lines[8:10] == [PEMDA + "  ", "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  "]
    lines.insert(9, "**DINAS KESEHATAN**  ")
    _dinkop_sendiri(tmp_path, lines)


def test_a_unit_below_its_office_is_the_office_its_parent_kept():
    """A puskesmas's (``UPT PUSKESMAS``, ``UPTD``) or kelurahan's line right below its parent office's line (on its own
    line or on the pemda's): the unit is the document's office, the parent kept as ``instansi_induk`` (SIPD holds
    the unit as a sub-unit of the parent: ``test_a_units_renja_is_compared_with_its_sub_unit_or_in_doubt``). Before:
    the UPT line was no office line, the title page's office Dinas Kesehatan, without a parent."""
    pemda = "PEMERINTAH KABUPATEN MAGETAN"
    for lines, unit, induk in (
            ([PEMDA, "**DINAS KESEHATAN**", "**UPT PUSKESMAS PLAOSAN**"], "UPT PUSKESMAS PLAOSAN", "DINAS KESEHATAN"),
            (["**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "", "**UPTD PUSKESMAS PLAOSAN**"],
             "UPTD PUSKESMAS PLAOSAN", "DINAS KESEHATAN"),
            (["PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN", "UPT PUSKESMAS PLAOSAN"], "UPT PUSKESMAS PLAOSAN",
             "DINAS KESEHATAN"),
            ([PEMDA, "**KECAMATAN TAMAN**", "**KELURAHAN MANGUHARJO**"], "KELURAHAN MANGUHARJO", "KECAMATAN TAMAN")):
        assert identitas(lines) == {"pemerintah": pemda, "instansi": unit, "instansi_induk": induk}, lines
    # the pemda and the kecamatan on one line (REV-AC's kota_kec)
    assert identitas(["**PEMERINTAH KOTA MADIUN KECAMATAN TAMAN**", "**KELURAHAN MANGUHARJO**"]) == {
        "pemerintah": "PEMERINTAH KOTA MADIUN", "instansi": "KELURAHAN MANGUHARJO", "instansi_induk": "KECAMATAN TAMAN"}
    # a UPT line not right below the title page's office line is no office line; one office line has no parent
    assert identitas([PEMDA, "**DINAS KESEHATAN**", "Jl. Pahlawan No. 2", "**UPT PUSKESMAS PLAOSAN**"]) == {
        "pemerintah": pemda, "instansi": "DINAS KESEHATAN"}
    # on a title page naming no other office the UPT line is the office, without a parent (REV-AJ KJ2)
    assert identitas([PEMDA, "**UPT PUSKESMAS PLAOSAN**"]) == {"pemerintah": pemda, "instansi": "UPT PUSKESMAS PLAOSAN"}


def _unit(tmp_path, induk: str, unit: str, nama_sub: str | None, kode_sendiri: bool = False):
    """The bundled document with the title page ``induk`` / ``unit`` (the kata pengantar's office names written
    ``kami``); SIPD: one file, office ``induk`` (A), its own rows the document's with every pagu Rp1.000.000 higher,
    and a sub-unit ``nama_sub`` (A's ``.0001``) holding the document's own rows (the Magetan fixture: 4 kritis)."""
    import json

    from test_sipd import MAGETAN, write_json

    from renja_analysis import load_sipd
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    lines[9:10] = [f"**{induk}**  ", f"**{unit}**  "]
    for nama in ("Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan",
                 "Dinas Koperasi dan Usaha Mikro Kabupaten Magetan"):
        lines[:70] = [line.replace(nama, "kami") for line in lines[:70]]
    p = tmp_path / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    u = A[:-4] + "0001"
    records = json.loads(MAGETAN.read_text(encoding="utf-8"))
    out = [dict(r, kode_skpd=u, kode_sub_skpd=u, nama_skpd=nama_sub, nama_sub_skpd=nama_sub, id_sub_skpd=201)
           for r in records]
    out += [dict(r, kode_skpd=A, kode_sub_skpd=A, nama_skpd=induk, nama_sub_skpd=induk, id_bl=r["id_bl"] + 5000,
                 pagu=(r["pagu"] or 0) + 1_000_000) for r in records]
    return load_document(p), load_sipd(write_json(tmp_path / "sipd", out, "pemda.json"))


@pytest.mark.slow
@pytest.mark.parametrize("induk, unit, nama_sub, cara, hasil", [
    # SIPD holds the unit as a sub-unit of its parent (UPT and UPTD are one puskesmas): its rows alone, 4 kritis
    ("DINAS KESEHATAN", "UPT PUSKESMAS PLAOSAN", "UPTD PUSKESMAS PLAOSAN", "sub_unit", (4, 0)),
    ("KECAMATAN TAMAN", "KELURAHAN MANGUHARJO", "KELURAHAN MANGUHARJO", "sub_unit", (4, 0)),
    # SIPD holds no sub-unit of the unit's name: the parent's figures, every sub-unit's together, in doubt
    ("DINAS KESEHATAN", "UPT PUSKESMAS PLAOSAN", "UPTD PUSKESMAS MAOSPATI", "induk", None),
    ("KECAMATAN TAMAN", "KELURAHAN MANGUHARJO", "KELURAHAN NAMBANGAN", "induk", None),
])
def test_a_units_renja_is_compared_with_its_sub_unit_or_in_doubt(tmp_path, induk, unit, nama_sub, cara, hasil):
    """A puskesmas's or kelurahan's Renja (its title page printing the unit below its parent office) against SIPD
    data holding the parent office with its sub-units (DOMAIN: one file per SKPD, its Puskesmas, UPTD and kelurahan
    inside). Before: compared with the whole parent office (every sub-unit's pagu summed, the other sub-units' rows
    called missing from the document): 40 kritis the document is not to blame for. Now with the sub-unit's rows
    alone where SIPD holds it (the 4 true kritis); else with the parent, no kritis, every finding opening with the
    doubt (``[Belum pasti data yang sama: ...]``)."""
    doc, sipd = _unit(tmp_path, induk, unit, nama_sub)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara) == (A, cara)
    assert kes.sub_unit == (A[:-4] + "0001" if cara == "sub_unit" else None)
    assert kes.ragu == (() if cara == "sub_unit" else ("perangkat_daerah",))
    if hasil is not None:
        assert _kritis_peringatan(doc, sipd) == hasil
    else:
        t = rekonsiliasi(doc, sipd)[1]
        t = t[t["jenis"].astype(str) == "dokumen_vs_sipd"]
        pesan = t["pesan"].astype(str)
        assert len(t) and (t["tingkat"].astype(str) != "kritis").all()
        assert pesan.str.startswith(f"[Belum pasti data yang sama: perangkat daerah SIPD {induk}, dokumen ").all()
        assert f"(di bawah {induk} menurut halaman judul)" in pesan.iloc[0]


@pytest.mark.parametrize("baris, harap", [
    # a unit right below its parent: the unit, the parent kept (its location line below it no office)
    (["DINAS KESEHATAN", "UPT PUSKESMAS TAMAN", "KECAMATAN TAMAN"],
     {"instansi": "UPT PUSKESMAS TAMAN", "instansi_induk": "DINAS KESEHATAN"}),
    (["DINAS KESEHATAN", "RSUD DR. SAYIDIMAN MAGETAN"],
     {"instansi": "RSUD DR. SAYIDIMAN MAGETAN", "instansi_induk": "DINAS KESEHATAN"}),
    (["BADAN PENDAPATAN DAERAH", "UPT PENDAPATAN WILAYAH I"],
     {"instansi": "UPT PENDAPATAN WILAYAH I", "instansi_induk": "BADAN PENDAPATAN DAERAH"}),
    # a kelurahan, its kecamatan below it (address order): the kelurahan, its parent the kecamatan
    (["KELURAHAN MANGUHARJO", "KECAMATAN TAMAN"], {"instansi": "KELURAHAN MANGUHARJO", "instansi_induk": "KECAMATAN TAMAN"}),
    # the same office named again: one office, the name written out
    (["DINAS KESEHATAN", "DINKES"], {"instansi": "DINAS KESEHATAN"}),
    # units named together: the parent's own Renja
    (["DINAS KESEHATAN", "PUSKESMAS DAN JARINGANNYA"], {"instansi": "DINAS KESEHATAN"}),
    # two offices, the upper's words all in the lower's (either order): two offices named, none the office
    (["DINAS PETERNAKAN DAN KESEHATAN HEWAN", "DINAS KESEHATAN"],
     {"instansi_ragu": "DINAS PETERNAKAN DAN KESEHATAN HEWAN atau DINAS KESEHATAN di halaman judul"}),
    (["DINAS KESEHATAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"],
     {"instansi_ragu": "DINAS KESEHATAN atau DINAS PETERNAKAN DAN KESEHATAN HEWAN di halaman judul"}),
], ids=["pkm_lokasi", "rsud", "badan_upt", "kelurahan_alamat", "singkatan", "jamak", "keswan_atas", "keswan"])
@pytest.mark.parametrize("tebal", [True, False], ids=["tebal", "kapital"])
def test_capitals_title_lines_are_read_as_bold_ones(baris, harap, tebal):
    """REV-AJ KJ3: an office line in capitals (no bold, as PDF extraction often gives it) set no office for the line
    below it to stand to, so the unit rule held for bold lines only: ``DINAS KESEHATAN`` / ``UPT PUSKESMAS TAMAN`` /
    ``KECAMATAN TAMAN`` in capitals named two offices of different words, none (the reconciliation said the
    document names no office); ``BADAN PENDAPATAN DAERAH`` / ``UPT ...`` the badan (bold: the UPT); and
    ``DINAS PETERNAKAN DAN KESEHATAN HEWAN`` / ``DINAS KESEHATAN`` the upper office (not ``kantor_beda``: 39 false
    kritis against its figures where SIPD holds both; bold: two offices named, REV-AK AK2). Now the same as bold."""
    lines = [f"**{b}**  " if tebal else b for b in baris]
    assert identitas([PEMDA, *lines]) == {"pemerintah": "PEMERINTAH KABUPATEN MAGETAN", **harap}


def test_two_units_below_their_parent_name_the_parent_too():
    """REV-AJ KJ4: two units' lines below DINAS KESEHATAN: the parent's own Renja as well as either unit's; the doubt
    named only the two units (the parent printed above them left out), and a sentence naming the document itself
    naming the parent (``Renja ... Dinas Kesehatan ... ini``) left the office in doubt, while below one unit it makes
    the parent the office (``test_a_sentence_naming_the_document_names_the_units_parent``)."""
    for tebal in (True, False):
        sampul = [PEMDA] + [f"**{b}**" if tebal else b
                            for b in ("DINAS KESEHATAN", "UPTD PUSKESMAS PLAOSAN", "UPTD PUSKESMAS SUKOMORO")]
        got = identitas([JUDUL, *sampul, "## KATA PENGANTAR", "Renja ini kami susun."])
        assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                       "instansi_ragu": "DINAS KESEHATAN atau UPTD PUSKESMAS PLAOSAN atau UPTD PUSKESMAS SUKOMORO di "
                                        "halaman judul"}, tebal
        got = identitas([JUDUL, *sampul, "## KATA PENGANTAR", "Rencana Kerja (RENJA) Perubahan Dinas Kesehatan "
                         "Kabupaten Magetan Tahun 2024 ini dapat diselesaikan."])
        assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                       "instansi": "Dinas Kesehatan"}, tebal


def test_an_office_line_ending_with_dan_continues_on_the_next_office_line():
    """REV-AJ KJ4: ``SATUAN POLISI PAMONG PRAJA DAN`` / ``DINAS PEMADAM KEBAKARAN`` is one office's name wrapped (no
    name ends with ``DAN``); the next line beginning with an office's word kept it apart: two offices named, the doubt
    naming ``SATUAN POLISI PAMONG PRAJA DAN``."""
    for a, b in (("**SATUAN POLISI PAMONG PRAJA DAN**", "**DINAS PEMADAM KEBAKARAN**"),
                 ("SATUAN POLISI PAMONG PRAJA DAN", "DINAS PEMADAM KEBAKARAN")):
        assert identitas([PEMDA, a, b]) == {"pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                                            "instansi": "SATUAN POLISI PAMONG PRAJA DAN DINAS PEMADAM KEBAKARAN"}, a
