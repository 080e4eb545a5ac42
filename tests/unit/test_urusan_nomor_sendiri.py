"""Tabel 3.2 whose urusan line prints its own No. (``1<TAB>URUSAN PEMERINTAHAN ...``) while the rows
under it are numbered from 1 again: the urusan lines are totals numbered apart from the rows, no
row is lost (REV-I I2: a false kritis ``nomor_tidak_urut`` 'nomor 1 datang setelah nomor 1').

The bundled document's 3.2 (lines 1..62 numbered 1..62) states 5,551,085,325 on every urusan
line and on the closing line; its programs sum to that (``tests/backtest/test_bundled.py``).
Programs No 51 (1,652,700,000) and No 58 (210,300,000) are the UMKM ones: 1,863,000,000 together.
Row No 2 (Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah, 14,500,000) is a
kegiatan over rows 3 (10,000,000) and 4 (4,500,000).
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest
from conftest import first_fast
from temuan_uji import bagian, temuan_jenis

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.findings import document as f
from renja_analysis.tables.rkpd_review import check_numbering

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
UMKM = "\t".join(["2", "URUSAN PEMERINTAHAN BIDANG USAHA KECIL DAN MENENGAH", "", "", "", "1,863,000,000",
                  "", "", "", "", "1,863,000,000", ""])


def _ubah(tmp_path, *, semua=False, hapus=None, kedua=False):
    """The bundled document with its first 3.2 urusan line numbered 1 (``semua``: every urusan line
    of 3.2, the page repeats too), the rows' numbers as printed; ``hapus``: the row of this No. left
    out; ``kedua``: a second urusan line numbered 2 (``UMKM``) before row 51, rows 51..62 numbered
    1..12."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    s, e = bagian(lines)
    out, pertama = [], True
    for i, line in enumerate(lines):
        if s < i < e:
            if line.startswith("\t") and "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM" in line and (pertama or semua):
                pertama = False
                line = "1" + line
            elif m := re.match(r"^(\d+)\t", line):
                no = int(m.group(1))
                if kedua and no == 51:
                    out.append(UMKM)
                if no == hapus:
                    continue
                if kedua and no >= 51:
                    line = f"{no - 50}\t" + line[m.end():]
        out.append(line)
    path = tmp_path / SUMBER.name
    path.write_text("\n".join(out), encoding="utf-8")
    return load_document(path)


_temuan = temuan_jenis


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
# the fast test(s) of the same finding: test_a_row_lost_under_the_urusan_line_numbered_1_is_the_only_gap
@pytest.mark.slow  # a fast test of its section checks the same finding
@pytest.mark.parametrize("semua", first_fast([False, True], fast=(1,)), ids=["urusan_pertama", "tiap_halaman"])
def test_urusan_line_1_over_rows_numbered_from_1_loses_no_row(tmp_path, semua):
    doc = _ubah(tmp_path, semua=semua)
    rv = doc.review_rkpd
    assert not rv["nama"].str.upper().str.contains("URUSAN PEMERINTAHAN BIDANG").any()
    assert (int(rv["no"].min()), int(rv["no"].max())) == (1, 62)
    assert doc.total_review["no"].dropna().unique().tolist() == [1]
    # 1 (the urusan line), then 1..62 (the rows): nothing missing, the sums as the document's
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok").empty


# the fast test(s) of the same finding: test_a_row_lost_under_the_urusan_line_numbered_1_is_the_only_gap
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_second_urusan_line_numbered_2_over_rows_from_1_again(tmp_path):
    # urusan 1 (5,551,085,325, all programs) over rows 1..50, urusan 2 (1,863,000,000 =
    # 1,652,700,000 + 210,300,000, the two UMKM programs) over rows 1..12: no gap, no sum off
    doc = _ubah(tmp_path, kedua=True)
    assert sorted(doc.total_review["no"].dropna().unique().tolist()) == [1, 2]
    assert len(doc.review_rkpd) == 2 * 62
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok").empty


def test_a_row_lost_under_the_urusan_line_numbered_1_is_the_only_gap(tmp_path):
    # row No 4 (Evaluasi Kinerja Perangkat Daerah, 4,500,000) left out: numbers 1 (urusan), 1, 2, 3, 5:
    # one gap (No 4), found at row No 5; kegiatan No 2 states 14,500,000 over row 3's 10,000,000
    doc = _ubah(tmp_path, hapus=4)
    t = _temuan(doc, "nomor_tidak_urut")
    assert t["nilai_dokumen"].tolist() == [5] and t["nilai_hitung"].tolist() == [4]
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert "melompat: nomor 4 tidak ada;" in t["pesan"].iloc[0]
    j = _temuan(doc, "jumlah_tidak_cocok")
    assert set(j["nama"]) == {"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"}
    assert j["tingkat"].astype(str).tolist() == ["peringatan", "peringatan"]
    assert all("Namun, nomor baris 4 tidak ada di teks" in p for p in j["pesan"])


def test_a_gap_after_the_numbering_starts_again_is_found_by_the_sums():
    # totals No 1 (before row 0) and No 2 (before row 3); rows 1, 2, 3 | 1, 2, 4: No 3 of the second
    # urusan is missing, before row 5 (the run's highest number before it is 2, not the first run's 3)
    lain = ([1.0, 2.0], [0, 3])
    assert f._celah_nomor(pd.Series([1, 2, 3, 1, 2, 4], dtype="Int64"), lain) == [(5, "3")]
    # the same rows in one run (no total between): 1, 2, 3, 1, 2, 4 misses nothing past 3
    assert f._celah_nomor(pd.Series([1, 2, 3, 1, 2, 4], dtype="Int64")) == []


class _Src(list):
    def finding(self, jenis, tingkat, tabel, line, pesan, **kw):
        self.append(pesan)


def _rows(*nomor):
    return [(SimpleNamespace(line=i, cells=[n, f"baris {i}"]), n) for i, n in enumerate(nomor, start=10)]


def test_a_number_written_twice_says_so():
    said = _Src()
    check_numbering(said, _rows("1", "2", "2", "3"))
    assert said == ["Nomor urut baris di Review P-RKPD melompat: nomor 2 tertulis dua kali berturut-turut; baris "
                    "yang dinomori dokumen tidak sama dengan baris yang terbaca (baris hilang atau tersalin?)."]


def test_rows_numbered_from_1_again_without_a_total_between_are_still_a_finding():
    # no urusan line between: 1, 2, 1 repeats a number the document already used
    said = _Src()
    check_numbering(said, _rows("1", "2", "1", "2"))
    assert len(said) == 1 and "nomor 1 datang setelah nomor 2" in said[0]


# the fast test(s) of the same finding: test_a_row_lost_under_the_urusan_line_numbered_1_is_the_only_gap
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_first_row_lost_under_a_second_urusan_line_is_a_gap_not_a_disorder(tmp_path):
    # REV-L L4: urusan 2 over rows printed 1..12 (rows 51..62), its row 1 (program No 51, 1,652,700,000)
    # left out: printed 1 (urusan), 1..50, 2 (urusan), 2..12. Row 2 right after urusan 2 is below the
    # numbering's next (51): the numbering starts again, its No 1 missing (was 'nomor 2 datang setelah
    # nomor 50' and three kritis jumlah_tidak_cocok blaming the document for the lost row's 1,652,700,000)
    doc = _ubah(tmp_path, kedua=True, hapus=51)
    t = _temuan(doc, "nomor_tidak_urut")
    assert t["nilai_dokumen"].tolist() == [2] and t["nilai_hitung"].tolist() == [1]
    assert "melompat: nomor 1 tidak ada;" in t["pesan"].iloc[0]
    j = _temuan(doc, "jumlah_tidak_cocok")
    assert len(j) and set(j["tingkat"].astype(str)) == {"peringatan"}
    assert all("Namun, nomor baris 1 tidak ada di teks" in p for p in j["pesan"])


def test_a_restart_missing_its_first_numbers_reader_and_sums_alike():
    # totals No 1 (before row 0) and No 2 (before row 3); rows 1, 2, 3 | 3, 4: the second run lost
    # its No 1 and 2 (3 is below the first run's next, 4); found at row 3 by the sums
    lain = ([1.0, 2.0], [0, 3])
    assert f._celah_bagian(pd.Series([1, 2, 3, 3, 4], dtype="Int64"), lain) == [(3, 0, 3)]
    said = _Src()
    rows = _rows("1", "1", "2", "3", "2", "3", "4")
    check_numbering(said, rows, total={id(rows[0][0]), id(rows[4][0])})
    assert len(said) == 1 and "melompat: nomor 1\u20132 tidak ada;" in said[0]
    # a row above the next after a total is no restart: 1, 2, 3 | 5 misses No 4 (the total numbered 2 aside)
    said = _Src()
    rows = _rows("1", "1", "2", "3", "2", "5")
    check_numbering(said, rows, total={id(rows[0][0]), id(rows[4][0])})
    assert len(said) == 1 and "melompat: nomor 4 tidak ada;" in said[0]
    assert f._celah_bagian(pd.Series([1, 2, 3, 5], dtype="Int64"), lain) == [(3, 3, 5)]


def test_two_rows_printed_the_other_way_round_are_a_swap_not_two_gaps():
    # REV-L L8: 1, 3, 2, 4 holds every number once; Nos 2 and 3 change places (was 'nomor 2 tidak ada'
    # and 'nomor 3 tidak ada', though both are printed); the sums see no number missing
    said = _Src()
    check_numbering(said, _rows("1", "3", "2", "4"))
    assert said == ["Nomor urut baris di Review P-RKPD tidak berurutan: nomor 2 dan 3 tertukar urutannya (tidak "
                    "ada nomor yang hilang); periksa urutan baris itu di dokumen aslinya."]
    assert f._celah_bagian(pd.Series([1, 3, 2, 4], dtype="Int64")) == []
    # 1, 3, 4: No 2 is missing, not swapped
    said = _Src()
    check_numbering(said, _rows("1", "3", "4"))
    assert len(said) == 1 and "nomor 2 tidak ada" in said[0]
    assert f._celah_bagian(pd.Series([1, 3, 4], dtype="Int64")) == [(1, 1, 3)]
