"""References a reviewer can follow: the row's place in the printed table and its page.

Expected values are counted by hand in the fixtures below and in data/raw.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from renja_analysis.findings import teks_rujukan
from renja_analysis.sources.base import SourceText, lokasi
from renja_analysis.sources.teks import split_tables

HEADER = ["TUJUAN\tSASARAN\tINDIKATOR\tTARGET", "\t\t\tRENJA 2024"]


def _lokasi(lines):
    src = SourceText(path=Path("x.txt"), lines=lines, tables={})
    src.tables = split_tables(lines, src)
    return lokasi(src)


def test_rows_counted_across_pages_and_footers_give_the_document_page():
    lines = [*HEADER,                       # 1-2
             "1\tNaik\tOmset\t5",           # 3: row 1, table page 1, document page 4 (footer below)
             "2\tTurun\tBiaya\t6",          # 4: row 2
             "",                            # 5
             "- 4 -",                       # 6: footer: page 4 ends
             *HEADER,                       # 7-8
             "3\tTetap\tLaba\t7",           # 9: row 3, table page 2, document page 5 (after the last footer)
             "Paragraf penutup.", "## BAB IV"]
    lok = _lokasi(lines)
    assert lok["baris_sumber"].tolist() == [3, 4, 9]
    assert lok["baris_tabel"].tolist() == [1, 2, 3]
    assert lok["halaman_tabel"].tolist() == [1, 1, 2]
    assert lok["halaman_dokumen"].tolist() == [4, 4, 5]
    assert teks_rujukan(pd.Series([9], dtype="Int64"), lok).tolist() == [
        "Tabel 3.1 baris ke-3 (halaman 5; baris teks 9)"]


def test_without_footers_the_page_of_the_table_is_given():
    lines = [*HEADER, "1\tNaik\tOmset\t5", "", *HEADER, "2\tTurun\tBiaya\t6", "Paragraf penutup.", "## BAB"]
    lok = _lokasi(lines)
    assert lok["halaman_dokumen"].isna().all()
    assert teks_rujukan(pd.Series([7, 99], dtype="Int64"), lok).tolist() == [
        "Tabel 3.1 baris ke-2 (halaman ke-2 tabel; baris teks 7)", "baris teks 99"]


def test_halaman_n_dari_m_is_page_n():
    lines = [*HEADER, "1\tNaik\tOmset\t5", "Halaman 12 dari 40", *HEADER, "2\tX\tY\t6", "Paragraf.", "## BAB"]
    assert _lokasi(lines)["halaman_dokumen"].tolist() == [12, 13]


def test_bundled_document_references(bundled):
    # Tabel 2.2 starts at line 234; header blocks at 234, 248, 263, 273, 284, 296, 308 (7 pages);
    # data rows per page: 237-246 (10), 251-259 (9), 266-271 (6), 276-282 (7), 287-294 (8),
    # 299-306 (8), then 311, 312: line 312 (Pemulihan Usaha Mikro) is row 10+9+6+7+8+8+2 = 50 on page 7,
    # line 258 (the keterangan "Pengurangan Rp.1.980.000") row 10+8 = 18 on page 2.
    t = bundled.temuan
    row = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["baris_sumber"] == 312)].iloc[0]
    assert row["rujukan"] == "Tabel 2.2 baris ke-50 (halaman ke-7 tabel; baris teks 312)"
    # Tabel 2.1: header blocks at 142, 156, 169, 180, 190, 202, 213; pages of 8, 9, 7, 6, 8, 8 rows
    # (lines 145-211), then 216, 217, 218, 219: line 219 is row 46 + 4 = 50, on page 7
    assert row["rujukan_pembanding"] == "Tabel 2.1 baris ke-50 (halaman ke-7 tabel; baris teks 219)"
    ket = t[(t["jenis"] == "keterangan_tidak_cocok") & (t["baris_sumber"] == 258)].iloc[0]
    assert ket["rujukan"].startswith("Tabel 2.2 baris ke-18 (halaman ke-2 tabel;")
    assert t["rujukan"].notna().all()
