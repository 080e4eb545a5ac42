"""The evaluation quarter: read as offices write it, and never assumed without a word.

A TW III document whose headings say "Triwulan ke-3" was read as TW II (the default): its
expectation 50 % instead of 75 %, its statuses and predikat those of another quarter, and
``kunci_dari`` said the quarter came from the file name, which named none (hostile review).
"""
from __future__ import annotations

import re

import pytest

from renja_analysis import load_document
from renja_analysis.keys import baris_dokumen
from renja_analysis.sources.text import triwulan_disebut
from renja_analysis.synthetic import tulis_dokumen


@pytest.mark.parametrize("judul, tw", [
    ("## EVALUASI S.D. TRIWULAN III", 3), ("## s.d. Triwulan ke-3", 3), ("## s.d. Triwulan ke 3", 3),
    ("**SAMPAI DENGAN TRIWULAN-III**", 3), ("## Triwulan Ketiga 2024", 3), ("## Tribulan Kedua", 2),
    ("## TW. IV", 4), ("## TW-1", 1), ("## Triwulan Pertama", 1), ("## s.d. triwulan keempat", 4),
    ("## Triwulan \u2013 II", 2),
])
def test_triwulan_ditulis_dengan_cara_lain(judul, tw):
    assert list(triwulan_disebut([judul])) == [(1, tw)]


@pytest.mark.parametrize("judul", ["## Triwulan Ini", "## TW 2024", "## Triwulanan", "teks Triwulan III",
                                   "## Pertama kali"])
def test_bukan_triwulan(judul):
    # "Ini" is no numeral, a year no quarter; a line that is no caption or heading is not read
    assert list(triwulan_disebut([judul])) == []


def _tulis(path, ganti):
    tulis_dokumen(path, program=2, kegiatan_per_program=1, sub_per_kegiatan=2, triwulan=3)
    text = path.read_text(encoding="utf-8")
    path.write_text(ganti(text), encoding="utf-8")
    return path


def _temuan(doc):
    return doc.temuan[doc.temuan["jenis"] == "triwulan_tidak_disebut"]


def test_triwulan_ke_3_dibaca(tmp_path):
    # every "TRIWULAN III" / "TW III" written "Triwulan ke-3": still TW III, expectation 75 %
    p = _tulis(tmp_path / "renja-perubahan-2024-dinas-contoh.md",
               lambda t: re.sub(r"(?i)\b(triwulan|tw) III\b", r"\1 ke-3", t))
    assert "III" not in "".join(ln for ln in p.read_text(encoding="utf-8").splitlines() if "riwulan" in ln)
    doc = load_document(p)
    assert doc.triwulan == 3
    assert set(doc.evaluasi["harapan_tw"].dropna()) == {75.0}
    assert _temuan(doc).empty
    assert baris_dokumen(doc)["kunci_dari"] == "dokumen"


@pytest.mark.slow  # a fast test of its section checks the same finding (test_triwulan_ke_3_dibaca)
def test_triwulan_tidak_disebut_dilaporkan(tmp_path):
    # the quarter removed from every caption and heading, and none in the file name
    p = _tulis(tmp_path / "renja-perubahan-2024-dinas-contoh.md",
               lambda t: re.sub(r"(?i)\b(triwulan|tw) III\b", "akhir periode", t))
    doc = load_document(p)
    assert doc.triwulan == 2 and set(doc.evaluasi["harapan_tw"].dropna()) == {50.0}
    t = _temuan(doc)
    assert len(t) == 1
    rec = t.iloc[0]
    assert rec["tingkat"] == "peringatan" and rec["kolom"] == "triwulan"
    # on the first header line of Tabel 2.2, whose column captions would name the quarter
    lines = p.read_text(encoding="utf-8").split("\n")
    assert lines[rec["baris_sumber"] - 1].startswith("Program, Kegiatan, Sub Kegiatan\tIndikator")
    assert "Realisasi Capaian" in lines[rec["baris_sumber"] - 1]
    assert "dianggap s.d. triwulan 2 (harapan 50%)" in rec["pesan"]
    # the quarter comes from neither the text nor the file name: kunci_dari says so
    assert baris_dokumen(doc)["kunci_dari"] == "tidak disebut: triwulan"
    # the caller names the quarter: nothing is assumed
    doc3 = load_document(p, triwulan=3)
    assert doc3.triwulan == 3 and _temuan(doc3).empty
    assert set(doc3.evaluasi["harapan_tw"].dropna()) == {75.0}


@pytest.mark.slow  # a fast test of its section checks the same finding (test_triwulan_ke_3_dibaca)
def test_triwulan_dari_judul_kolom(tmp_path):
    # the captions and headings (lines without tabs) name no quarter; the column captions of
    # Tabel 2.2 ("s.d. TW III") and 2.1 ("(TW III)") do: the document states it
    def tanpa_judul(text):
        return "\n".join(ln if "\t" in ln else re.sub(r"(?i)\b(triwulan|tw) III\b", "akhir periode", ln)
                         for ln in text.split("\n"))
    p = _tulis(tmp_path / "renja-perubahan-2024-dinas-contoh.md", tanpa_judul)
    assert re.search(r"TW III", p.read_text(encoding="utf-8"))
    doc = load_document(p)
    assert doc.triwulan == 3 and doc.periode["triwulan"] == 3 and _temuan(doc).empty
    assert set(doc.evaluasi["harapan_tw"].dropna()) == {75.0}
    assert baris_dokumen(doc)["kunci_dari"] == "dokumen"


@pytest.mark.slow  # a fast test of its section checks the same finding (test_triwulan_ke_3_dibaca)
def test_triwulan_bukan_dari_judul_kolom_target(tmp_path):
    # hostile review: a target caption "(Tahun 2024, s.d. TW IV)" of Tabel 2.2 made a TW II document
    # TW IV (expectation 100 %); only the realisation captions name the evaluation quarter (2.2's
    # "s.d. TW III", 2.1's "(TW III)" here)
    def ubah(text):
        text = "\n".join(ln if "\t" in ln else re.sub(r"(?i)\b(triwulan|tw) III\b", "akhir periode", ln)
                         for ln in text.split("\n"))                      # captions and headings
        return text.replace("yang dievaluasi (Tahun 2024)", "yang dievaluasi (Tahun 2024, s.d. TW IV)")
    p = _tulis(tmp_path / "renja-perubahan-2024-dinas-contoh.md", ubah)
    assert "s.d. TW IV" in p.read_text(encoding="utf-8")
    doc = load_document(p)
    assert doc.triwulan == 3 and _temuan(doc).empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_triwulan_ke_3_dibaca)
def test_triwulan_dari_nama_berkas(tmp_path):
    p = _tulis(tmp_path / "renja-perubahan-2024-tw3-dinas-contoh.md",
               lambda t: re.sub(r"(?i)\b(triwulan|tw) III\b", "akhir periode", t))
    doc = load_document(p)
    assert doc.triwulan == 3 and _temuan(doc).empty
    assert baris_dokumen(doc)["kunci_dari"] == "nama berkas: triwulan"
