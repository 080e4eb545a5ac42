"""A document's year, evaluation quarter and Renstra end are its own, everywhere (REV-E E2, E3).

The fixture ``tests/data/renja-mini-2025-tw3.md`` is the hand-written mini document made a
Renja Perubahan 2025 evaluated s.d. TRIWULAN III (its caption line 24), Renstra to 2029
(Tabel 2.1 header, "Target Renstra ... pada Tahun 2029"), with two differences planted by
hand in Tabel 2.1: "Pengembangan Usaha Mikro" realised 4 there (line 19) against 6 in Tabel
2.2 (line 42), and "Penumbuhan dan Pengembangan Kewirausahaan" a Renstra target of 50 (line
20) below its Tabel 2.2 target of 60 (line 43). Every expected text below is read off those
lines; the old code named the bundled document's 2024, TW II and 2026 instead.
"""
import json
import zipfile

import pandas as pd
import pytest
from conftest import DATA
from openpyxl import load_workbook

from renja_analysis import load_document
from renja_analysis.config import NOTEBOOKS
from renja_analysis.findings import document as f
from renja_analysis.output.processed import write_document
from renja_analysis.present import narrative, styling

MINI = DATA / "renja-mini-2025-tw3.md"


@pytest.fixture(scope="module")
def doc():
    return load_document(MINI)


def test_finding_messages_name_the_documents_year_quarter_and_renstra_end(doc):
    t = doc.temuan
    by = dict(zip(t["jenis"].astype(str), t["pesan"]))
    assert by["antar_tabel_tidak_cocok"] == (
        "Realisasi TW III di Tabel 2.2 tertulis 6, di Tabel 2.1 4; dokumen harus memakai satu angka.")
    assert by["target_melebihi_renstra"] == (
        "Target 2025 (60) lebih besar dari target akhir Renstra 2029 (50); salah satu target perlu ditinjau.")
    for pesan in t["pesan"]:
        assert "2024" not in pesan and "2026" not in pesan and "TW II " not in pesan


def test_pagu_apbd_and_target_of_section_3_name_the_year_or_none():
    e = pd.DataFrame({"urutan": [1], "level": ["sub_kegiatan"], "nama": ["Pemulihan Usaha Mikro"],
                      "kode": ["1.01.0001"], "target_k": [25.0], "realisasi_k": [10.0], "pagu_rp": [100.0],
                      "baris_sumber": [40]})
    t21 = e[["nama", "target_k", "realisasi_k"]].assign(baris_sumber=19, urutan_evaluasi=1)
    rc = pd.DataFrame({"kode": ["1.01.0001"], "nama": ["Pemulihan Usaha Mikro"], "level": ["sub_kegiatan"],
                       "baris_sumber": [90], "pagu_apbd_rp": [120.0], "target_sebelum": [30.0]})
    rv = pd.DataFrame({"nama": pd.Series(dtype="string"), "level": pd.Series(dtype="string"),
                       "sisi": pd.Series(dtype="string"), "baris_sumber": pd.Series(dtype="Int64"),
                       "pagu_rp": pd.Series(dtype="Float64"), "target_k": pd.Series(dtype="Float64")})
    pesan = f.antar_tabel_tidak_cocok(e, t21, rv, rc, tahun=2025, triwulan=3)["pesan"].tolist()
    assert [p.split(" di ")[0] for p in pesan] == ["Pagu APBD 2025", "Target 2025"]
    tanpa = f.antar_tabel_tidak_cocok(e, t21, rv, rc)["pesan"].tolist()      # year not known: none named
    assert [p.split(" di ")[0] for p in tanpa] == ["Pagu APBD", "Target"]


def test_a_renja_murni_names_no_year_for_its_evaluation(tmp_path):
    # the title of a Renja (murni) names the year it plans; its Tabel 2.2 evaluates the running one
    murni = tmp_path / "renja-murni.md"
    murni.write_text(MINI.read_text(encoding="utf-8").replace("RENCANA KERJA PERUBAHAN TAHUN 2025",
                                                              "RENCANA KERJA TAHUN 2025"), encoding="utf-8")
    d = load_document(murni)
    assert d.tahun_evaluasi is None
    by = dict(zip(d.temuan["jenis"].astype(str), d.temuan["pesan"]))
    assert by["target_melebihi_renstra"].startswith("Target (60) lebih besar dari target akhir Renstra 2029 (50)")


def test_workbook_names_the_quarter_year_and_document_date(doc, tmp_path):
    paths = write_document(doc, tmp_path / "o")
    xlsx = [p for p in paths if p.suffix == ".xlsx"]
    assert [p.name for p in xlsx] == ["evaluasi-renja-2025.xlsx"]
    wb = load_workbook(xlsx[0])
    assert wb.sheetnames[0] == "Evaluasi TW III"
    heads = [c.value for c in wb["Tujuan dan Sasaran"][1]]
    assert "Target Renja 2025" in heads and "Target P-Renja 2025" in heads
    kamus = {(r[0], r[2]): r[4] for r in wb["Kamus data"].iter_rows(values_only=True)}
    assert kamus[("Evaluasi TW III", "target_k")] == "target kinerja (volume) 2025"
    assert kamus[("Pergeseran Anggaran", "pagu_apbd_rp")] == "pagu APBD 2025 (Tabel 2.2)"
    # no stated date ("Kota, Bulan Tahun") in the fixture: 1 January of its year, never 1 August 2024
    z = zipfile.ZipFile(xlsx[0])
    assert {i.date_time for i in z.infolist()} == {(2025, 1, 1, 0, 0, 0)}
    assert b"2025-01-01T00:00:00Z" in z.read("docProps/core.xml") and b"2024" not in z.read("docProps/core.xml")


def test_program_page_target_header_names_the_year(doc):
    prog = doc.evaluasi[doc.evaluasi["level"] == "program"]
    assert "Target 2025" in styling.tabel_indikator(prog, tahun=doc.tahun_evaluasi).data.columns


def test_reallocation_page_texts_come_from_the_document(doc):
    # no 3.2 in the fixture: no reallocation, the sections say why they are left out
    assert len(doc.pergeseran) == 0
    assert narrative.pengantar_pergeseran(doc.pergeseran, 2025) == narrative.BAGIAN_TANPA_PERGESERAN
    assert narrative.tanpa_sub_berubah(doc.pergeseran) == narrative.BAGIAN_TANPA_PERGESERAN
    # the keterangan quoted is this document's (Tabel 2.2, line 38), not Magetan's "Penambahan Rp 2.491.950"
    teks = narrative.pengantar_keterangan(doc.evaluasi, doc.temuan, doc.pergeseran)
    assert teks.startswith("Keterangan Tabel 2.2 seperti \u201cPenambahan Rp 1.000.000 untuk ATK\u201d menyebut "
                           "perubahan pagu, tetapi dokumen tidak memuat pagu P-APBD untuk dibandingkan")


def test_reallocation_notebook_quotes_no_document():
    nb = json.loads((NOTEBOOKS / "20-pergeseran-anggaran.ipynb").read_text(encoding="utf-8"))
    sources = "".join("".join(c["source"]) for c in nb["cells"])
    assert "2.491.950" not in sources and "2024" not in sources
