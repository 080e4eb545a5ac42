"""References a reviewer can follow: the row's place in the printed table and its page.

Expected values are counted by hand in the fixtures below and in data/raw.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from renja_analysis.findings.document import teks_rujukan
from renja_analysis.sources.base import SourceText, lokasi, pembacaan
from renja_analysis.sources.text import split_tables

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


# --- tables that print their own numbering, repeated page-top rows, incomplete tables ----------

def _src(lines):
    src = SourceText(path=Path("x.txt"), lines=lines, tables={})
    src.tables = split_tables(lines, src)
    return src


def test_a_repeated_page_top_subtotal_row_is_not_counted():
    # a table without printed numbering whose subtotal row opens every page (bold on page 2)
    lines = [*HEADER,                                   # 1-2
             "\tSubtotal urusan koperasi\t\t1250",      # 3: repeated page-top row, not a row
             "1\tNaik\tOmset\t5",                       # 4: row 1
             "2\tTurun\tBiaya\t6",                      # 5: row 2
             "",                                        # 6
             *HEADER,                                   # 7-8
             "\t<b>Subtotal urusan koperasi</b>\t\t<b>1250</b>",   # 9: the same row again
             "3\tTetap\tLaba\t7",                       # 10: row 3 (5th line read as data)
             "Paragraf penutup.", "## BAB IV"]
    lok = lokasi(_src(lines))
    assert lok["baris_sumber"].tolist() == [3, 4, 5, 9, 10]
    assert lok["baris_tabel"].tolist() == [pd.NA, 1, 2, pd.NA, 3]
    rujukan = teks_rujukan(pd.Series([10, 9], dtype="Int64"), lok).tolist()
    assert rujukan == ["Tabel 3.1 baris ke-3 (halaman ke-2 tabel; baris teks 10)",
                       "Tabel 3.1 baris berulang di awal halaman (halaman ke-2 tabel; baris teks 9)"]


def test_a_row_seen_at_the_top_of_one_page_only_is_a_row():
    lines = [*HEADER, "\tSubtotal urusan koperasi\t\t1250", "1\tNaik\tOmset\t5", "",
             *HEADER, "2\tTetap\tLaba\t7", "Paragraf penutup.", "## BAB IV"]
    # lines 3, 4 on page 1; line 8 on page 2: the subtotal does not repeat, so it is row 1
    assert lokasi(_src(lines))["baris_tabel"].tolist() == [1, 2, 3]


H32 = "No\tRancangan Awal\tPagu\tHasil Analisis\tPagu"


def _numbered(third="3\tProgram B\t1000\tProgram B\t1000"):
    return [H32,                                                # 1
            "\tURUSAN KOPERASI\t5000\t\t5000",                  # 2: repeated page-top row
            "1\tProgram A\t3000\tProgram A\t3000",              # 3: No. 1
            "2\tKegiatan A1\t3000\tKegiatan A1\t3000",          # 4: No. 2
            "",                                                 # 5
            H32,                                                # 6
            "\t<b>URUSAN KOPERASI</b>\t5000\t\t5000",           # 7: the same row again
            third,                                              # 8: No. 3 (or No. 4)
            "\t\t5000\t\t5000",                                 # 9: a total row without a number
            "Paragraf.", "## BAB IV"]


def test_a_table_that_prints_numbers_is_cited_by_them():
    src = _src(_numbered())
    lok = lokasi(src)
    got = teks_rujukan(pd.Series([3, 8, 9, 7], dtype="Int64"), lok).tolist()
    assert got == ["Tabel 3.2 No. 1 (halaman ke-1 tabel; baris teks 3)",
                   "Tabel 3.2 No. 3 (halaman ke-2 tabel; baris teks 8)",
                   "Tabel 3.2 baris di bawah No. 3 (halaman ke-2 tabel; baris teks 9)",
                   "Tabel 3.2 baris berulang di awal halaman (halaman ke-2 tabel; baris teks 7)"]
    row = pembacaan(src).iloc[0]
    assert bool(row["lengkap"]) is True and row["kelengkapan"] == "Nomor 1\u20133 berurutan tanpa celah."


def test_a_gap_in_the_printed_numbers_makes_the_table_incomplete_and_every_reference_says_so():
    src = _src(_numbered(third="4\tProgram B\t1000\tProgram B\t1000"))     # No. 3 is not in the text
    row = pembacaan(src).iloc[0]
    assert bool(row["lengkap"]) is False
    assert row["kelengkapan"].startswith("Nomor 3 tidak ada di teks sumber (nomor yang terbaca: 1\u20132, 4)")
    lok = lokasi(src)
    got = teks_rujukan(pd.Series([8, 4], dtype="Int64"), lok).tolist()
    assert got == [
        "Tabel 3.2 No. 4 (potongan teks ke-2 dari 2; baris teks 8; tabel tidak lengkap di teks sumber)",
        "Tabel 3.2 No. 2 (potongan teks ke-1 dari 2; baris teks 4; tabel tidak lengkap di teks sumber)"]


def test_bundled_tabel_3_2_is_cited_by_its_printed_no(bundled):
    # Tabel 3.2 (lines 363-450): header pairs at 363, 385, 401, 413, 427, 441; the URUSAN subtotal
    # row opens each page (365, 387, 403, 415, 429, 443). Page 1 rows 366-381 print No. 1-16,
    # page 2 rows 388-399 print No. 17-28: line 394 prints "23", line 396 prints "25". Counting the
    # URUSAN rows as rows (as before) made line 396 "baris ke-27" (16 + 1 + 1 + 9): No. 25 differs.
    t = bundled.temuan
    ket = t[(t["jenis"] == "keterangan_tidak_cocok") & (t["baris_sumber"] == 258)].iloc[0]
    assert ket["rujukan_pembanding"] == "Tabel 3.2 No. 23 (halaman ke-2 tabel; baris teks 394)"
    cocok = t[(t["jenis"] == "keterangan_cocok") & (t["baris_pembanding"] == 396)].iloc[0]
    assert cocok["rujukan_pembanding"] == "Tabel 3.2 No. 25 (halaman ke-2 tabel; baris teks 396)"
    lok = bundled.lokasi.set_index("baris_sumber")
    assert lok.loc[396, "baris_tabel"] == 25            # the URUSAN rows are not counted either
    assert lok.loc[387, "penanda"] == "baris berulang di awal halaman"
    # line 450 (the closing JUMLAH, no number) is the row under No. 62 (line 449, page 6)
    assert lok.loc[450, "penanda"] == "baris di bawah No. 62"
    p = bundled.pembacaan.set_index("tabel").loc["Tabel 3.2 (Review P-RKPD)"]
    assert bool(p["lengkap"]) is True and p["kelengkapan"] == "Nomor 1\u201362 berurutan tanpa celah."


def test_bundled_tabel_3_3_is_cited_by_no_and_kode_and_said_incomplete(bundled):
    # Tabel 3.3: two fragments, header 456-459 (rows 460-473) and 481-484 (rows 485-501).
    # NO is printed on two rows only: line 470 "2." with KODE 2.17.02, line 488 "7." with 2.17.07,
    # so numbers 1 and 3-6 are not in the text. Line 466 prints kode 2.17.01.2.09.0001 and line 467,
    # the row under it, holds its indicator and numbers.
    t = bundled.temuan
    kritis = t[(t["jenis"] == "selisih_tidak_cocok")].set_index("baris_sumber")["rujukan"]
    assert kritis[470] == ("Tabel 3.3 No. 2 (kode 2.17.02; potongan teks ke-1 dari 2; baris teks 470; "
                           "tabel tidak lengkap di teks sumber)")
    assert kritis[488] == ("Tabel 3.3 No. 7 (kode 2.17.07; potongan teks ke-2 dari 2; baris teks 488; "
                           "tabel tidak lengkap di teks sumber)")
    lok = bundled.lokasi.set_index("baris_sumber")
    assert lok.loc[467, "penanda"] == "baris di bawah kode 2.17.01.2.09.0001"
    # line 460 opens fragment 1 without a code (its kode line is not in the text): cited from line 461
    assert lok.loc[460, "penanda"] == "baris di atas kode 2.17.01.2.08.0003"
    # every reference to Tabel 3.3, in any finding, carries the note
    refs = pd.concat([t["rujukan"], t["rujukan_pembanding"]]).dropna()
    refs = refs[refs.str.startswith("Tabel 3.3")]
    assert len(refs) >= 7 and refs.str.endswith("; tabel tidak lengkap di teks sumber)").all()
    others = pd.concat([t["rujukan"], t["rujukan_pembanding"]]).dropna()
    others = others[~others.str.startswith("Tabel 3.3")]
    assert len(others) and not others.str.contains("tidak lengkap").any()
    p = bundled.pembacaan.set_index("tabel")
    assert bool(p.loc["Tabel 3.3 (Rencana Perubahan)", "lengkap"]) is False
    assert p.loc["Tabel 3.3 (Rencana Perubahan)", "kelengkapan"].startswith(
        "Nomor 1, 3\u20136 tidak ada di teks sumber (nomor yang terbaca: 2, 7)")
    # Tabel 2.1, 2.2 and 3.1 print no row numbers: nothing to check them against
    assert p.loc[["Tabel 2.1", "Tabel 2.2", "Tabel 3.1"], "lengkap"].isna().all()


def test_tambah_rujukan_fills_only_the_empty_references_of_rows_with_a_line():
    from renja_analysis.findings.document import _frame, _rec, tambah_rujukan

    lines = [*HEADER, "1\tNaik\tOmset\t5", "2\tTurun\tBiaya\t6"]       # rows 1 and 2 on lines 3 and 4, no footer
    temuan = _frame([_rec("revisi_target", "info", "Tabel 3.1", 3, "A", "target_k", 1, 2, "x", pembanding=4),
                     _rec("revisi_target", "info", "Tabel 3.1", 4, "B", "target_k", 1, 2, "y"),
                     _rec("revisi_target", "info", "Tabel 3.1", None, "C", "target_k", 1, 2, "z")])
    temuan.loc[1, "rujukan"] = "ditulis sebelumnya"
    out = tambah_rujukan(temuan, _lokasi(lines))
    assert out["rujukan"].tolist() == ["Tabel 3.1 baris ke-1 (halaman ke-1 tabel; baris teks 3)", "ditulis sebelumnya",
                                     pd.NA]
    assert out["rujukan_pembanding"].tolist() == ["Tabel 3.1 baris ke-2 (halaman ke-1 tabel; baris teks 4)", pd.NA,
                                                pd.NA]
    assert str(out["rujukan"].dtype) == str(out["rujukan_pembanding"].dtype) == "string"


def test_a_line_listed_twice_is_referenced_by_its_first_row_and_other_lines_are_not_read():
    # line 5 appears twice in lokasi (first as No. 1 of 3.2, then as No. 9): its first row is the
    # reference (not the last); line 8 is not asked for; line 6 is in no table: its text line only
    lok = pd.DataFrame({"baris_sumber": pd.array([8, 5, 5], dtype="Int64"),
                        "tabel": ["Tabel 2.2", "Tabel 3.2 (Review P-RKPD)", "Tabel 3.2 (Review P-RKPD)"],
                        "penanda": ["baris ke-1", "No. 1", "No. 9"], "kode": [None, None, None],
                        "nomor": [None, "1", "9"], "halaman_tabel": [1, 2, 3], "halaman_tabel_dari": [3, 3, 3],
                        "halaman_dokumen": pd.array([None, 7, 8], dtype="Int64"), "lengkap": [True, True, True]})
    got = teks_rujukan(pd.Series([5, None, 5, 6], dtype="Int64"), lok).tolist()
    assert got == ["Tabel 3.2 No. 1 (halaman 7; baris teks 5)", pd.NA,
                   "Tabel 3.2 No. 1 (halaman 7; baris teks 5)", "baris teks 6"]
