"""REV-L L3: the office a document states is read wherever its title page or its kata pengantar names it;
a document whose office line is printed without bold was read as naming none, and every true kritis
against SIPD was hedged ('dokumen tidak menyebutnya')."""
from pathlib import Path

import pytest

from renja_analysis.keys import kunci
from renja_analysis.sources.text import identitas

JUDUL = ["# RENCANA KERJA PERUBAHAN TAHUN 2024", "**PEMERINTAH KABUPATEN MAGETAN**"]


@pytest.mark.parametrize("baris, kantor", [
    ("DINAS KOPERASI USAHA KECIL DAN MENENGAH  ", "DINAS KOPERASI USAHA KECIL DAN MENENGAH"),
    ("**SATUAN POLISI PAMONG PRAJA**", "SATUAN POLISI PAMONG PRAJA"),
    ("**RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN**", "RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN"),
    ("KECAMATAN PLAOSAN", "KECAMATAN PLAOSAN"),
    ("**BAPPEDA KABUPATEN MAGETAN**", "BAPPEDA KABUPATEN MAGETAN"),
    ("**DINAS KESEHATAN**", "DINAS KESEHATAN"),
], ids=["polos", "satpol", "rsud", "kecamatan", "bappeda", "tebal"])
def test_the_title_pages_office_line(baris, kantor):
    assert identitas(JUDUL + [baris]).get("instansi") == kantor


def test_the_office_the_kata_pengantar_names_in_the_documents_title():
    lines = JUDUL + ["## KATA PENGANTAR", "",
                     "Alhamdulillah Rencana Kerja (RENJA) Perubahan Dinas Koperasi Usaha Kecil dan Menengah "
                     "Kabupaten Magetan Tahun 2024 ini dapat diselesaikan.",
                     "Dokumen Renja Perubahan Dinas Koperasi dan Usaha Mikro Kabupaten Magetan ini ..."]
    assert identitas(lines)["instansi"] == "Dinas Koperasi Usaha Kecil dan Menengah"
    # a capitals line after the title page (a caption, a heading) does not override it (REV-O O3)
    assert identitas(lines + ["DINAS PERTANIAN"])["instansi"] == "Dinas Koperasi Usaha Kecil dan Menengah"


def test_prose_naming_an_office_is_no_office_line():
    assert "instansi" not in identitas(JUDUL + ["Dinas terkait telah melaksanakan kegiatan.",
                                                "Badan Pusat Statistik mencatat pertumbuhan."])
    # an office's first word alone names none
    assert "instansi" not in identitas(JUDUL + ["**DINAS**", "Rencana Kerja (RENJA) dinas Kabupaten Magetan Tahun 2024"])


def test_a_file_name_naming_the_pemda_only_names_no_office():
    stated, dari = kunci({"pemerintah": "PEMERINTAH KABUPATEN MAGETAN"}, {"tahun": 2024, "jenis": "Renja Perubahan"},
                         2, "renja-perubahan-2024-magetan.md")
    assert stated["instansi"] is None and dari == "tidak disebut: instansi, triwulan"
    stated, dari = kunci({"pemerintah": "PEMERINTAH KABUPATEN MAGETAN"}, {"tahun": 2024, "jenis": "Renja Perubahan"},
                         2, "renja-perubahan-2024-dinas-pertanian.md")
    assert stated["instansi"] == "Dinas Pertanian" and dari == "nama berkas: instansi; tidak disebut: triwulan"


def test_the_bundled_document_with_its_office_line_not_bold_keeps_its_kritis(tmp_path, bundled, sipd_pemda):
    from renja_analysis import load_document
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.findings.reconciliation import identitas_dokumen, periksa_kesesuaian, rekonsiliasi

    lines = Path(DEFAULT_SOURCE).read_text(encoding="utf-8").split("\n")
    assert lines[9] == "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  "
    lines[9] = "DINAS KOPERASI USAHA KECIL DAN MENENGAH  "
    p = tmp_path / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(p)
    assert identitas_dokumen(doc) == identitas_dokumen(bundled)
    sipd = sipd_pemda   # load_sipd(DEFAULT_SIPD), tests/conftest.py (shared: never change it)
    kes = periksa_kesesuaian(doc, sipd)
    assert kes.ragu == () and kes.cara == "nama"
    t = rekonsiliasi(doc, sipd)[1]
    kritis = t[(t["jenis"].astype(str) == "dokumen_vs_sipd") & (t["tingkat"].astype(str) == "kritis")]
    assert len(kritis) == 4 and not t["pesan"].astype(str).str.contains("Belum pasti").any()
