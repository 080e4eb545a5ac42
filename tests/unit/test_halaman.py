"""Page numbers that cannot be their page's inside a table (``sources.text.halaman_tak_urut``).

A line whose only filled cell is a number of one to four digits reads as a page footer and is
set aside. A number at a page break (a repeated header follows it) is the page's footer. One
inside a page (a data row of the same page follows it) that lies outside the numbers of the page
breaks around it (``45`` inside page 2) may be a number cut off its row: it must be reported, not
lost in silence, and must not be taken as the page of the rows above it. Expectations are worked
out by hand from the lines below.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from renja_analysis.sources.base import SourceText, lokasi
from renja_analysis.sources.text import halaman_tak_urut, split_tables

B, I = True, False          # a number at a page break / inside a page


@pytest.mark.parametrize("pages, at_break, expected", [
    ([], [], []),
    ([7], [I], []),
    ([1, 2, 3, 4], [B, B, B, B], []),
    ([1, 9, 3], [B, B, B], []),                      # a footer misprinted: still the page's footer
    ([1, 45, 2, 3], [B, I, B, B], [1]),
    ([3, 2, 2, 4], [B, I, I, B], [1, 2]),            # two cut-off numbers on one page, footers untouched
    ([1, 2, 2, 3, 3], [B, I, B, I, B], []),          # a page number at the top and the bottom of each page
    ([1, 1, 2], [B, I, B], []),                      # equal to a bound: could be its page, not named
    ([0, 1, 2], [I, B, B], []),                      # before the first page break: only an upper bound (1),
    ([9, 1, 2], [I, B, B], [0]),                     # which 9 breaks
    ([1, 2, 7], [B, B, I], []),                      # after the last page break: only a lower bound (2)
    ([1, 2, 0], [B, B, I], [2]),
    ([5, 3, 4], [B, I, B], []),                      # page breaks out of order around it: not judged
    ([1, 45, 2], [I, I, I], []),                     # no page break: nothing says what a page's number is
    ([1, 3, 8, 12, 5, 4], [B, I, I, I, I, B], [2, 3, 4]),   # a page's row numbers on lines of their own: 3 fits
])
def test_halaman_tak_urut(pages, at_break, expected):
    assert halaman_tak_urut(pages, at_break) == expected


H = "TUJUAN\tSASARAN\tINDIKATOR\tTARGET"


def _read(lines):
    src = SourceText(Path("uji.md"), lines, {})
    block = split_tables(list(lines), src)["tabel_3_1"]
    return src, block


# four pages of Tabel 3.1, each closed by its page number, and a stray "45" in a cell of its own
# on page 2 (line 7), between two data rows; the last page number (line 18) comes after the last
# row, before prose: it belongs to no table (``sources.text``: what follows a table's last row)
LINES = [H, "1\tNaik\tOmset\t5", "", "- 1 -",
         H, "2\tNaik\tAset\t6", "\t\t45\t", "3\tTurun\tUtang\t7", "", "- 2 -",
         H, "4\tA\tB\t8", "", "- 3 -",
         H, "5\tA\tC\t9", "", "- 4 -",
         "Paragraf penutup.", "## BAB IV"]


def test_stray_number_reported_and_not_a_page():
    src, block = _read(LINES)
    assert [r.line for r in block.rows] == [2, 6, 8, 12, 16]
    assert block.set_aside == [4, 7, 10, 14]          # still set aside: it is no row either
    assert block.footers == [(4, 1), (7, None), (10, 2), (14, 3)]
    assert [(f["jenis"], f["tingkat"], f["baris_sumber"], f["nama"]) for f in src.temuan] == [
        ("baris_tidak_terbaca", "peringatan", 7, "45")]
    assert src.temuan[0]["pesan"] == (
        "Baris \u201c45\u201d di dalam Tabel 3.1 disisihkan sebagai nomor halaman 45, tetapi nomor itu tidak "
        "cocok dengan nomor halaman di pergantian halaman sekitarnya (sebelumnya halaman 1 di baris 4; "
        "sesudahnya halaman 2 di baris 10). Periksa apakah angka ini isi sel yang terlepas dari barisnya.")
    # rows 6 and 8 are on page 2 (the footer at line 10), not on page 45; row 16 after the last
    # footer: one more than it
    src.tables = {"tabel_3_1": block}
    assert lokasi(src)["halaman_dokumen"].tolist() == [1, 2, 2, 3, 4]


def test_numbers_in_order_say_nothing():
    lines = [ln.replace("\t\t45\t", "\t\t\t") for ln in LINES]      # the stray number gone: a blank line
    src, block = _read(lines)
    assert src.temuan == []
    assert block.footers == [(4, 1), (10, 2), (14, 3)]


def test_a_misprinted_footer_is_still_the_pages_footer():
    # "- 9 -" closes page 1 (the header follows it): the document's own page number, not a lost cell
    lines = [ln.replace("- 1 -", "- 9 -") for ln in LINES]
    lines[6] = "\t\t\t"
    src, block = _read(lines)
    assert src.temuan == []
    assert block.footers == [(4, 9), (10, 2), (14, 3)]


def test_two_cut_off_numbers_on_one_page_leave_the_footers_alone():
    # two "1"s inside page 3 (its page breaks print 2 and 3), each with a data row under it: both
    # named, with the "45" of page 2; every footer kept
    lines = LINES[:12] + ["\t\t1\t", "4b\tA\tB2\t8", "1", "4c\tA\tB3\t8"] + LINES[12:]
    src, block = _read(lines)
    assert [(f["baris_sumber"], f["nama"]) for f in src.temuan] == [(7, "45"), (13, "1"), (15, "1")]
    assert "(sebelumnya halaman 2 di baris 10; sesudahnya halaman 3 di baris 18)" in src.temuan[1]["pesan"]
    assert block.footers == [(4, 1), (7, None), (10, 2), (13, None), (15, None), (18, 3)]


def test_a_number_just_above_a_page_break_is_the_pages_footer():
    # "1" with no data row under it before the next header: at the page break, so a footer (a
    # wrong one: never named, the document's own)
    lines = LINES[:12] + ["\t\t1\t"] + LINES[12:]
    src, block = _read(lines)
    assert [f["baris_sumber"] for f in src.temuan] == [7]
    assert (13, 1) in block.footers


def test_after_the_last_page_break_only_a_lower_bound():
    # the stray number on the last page the table holds a page break for (line 10's footer comes
    # after the last row, outside the table): page 1's footer bounds it from below only, and 45 is
    # above it: a known limit, taken as a footer without a word
    lines = LINES[:10] + ["Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert src.temuan == []
    assert block.footers == [(4, 1), (7, 45)]


def test_whole_document(tmp_path):
    """A synthetic document of four pages per table, a stray "77" on Tabel 2.2's second page."""
    from renja_analysis import load_document
    from renja_analysis.synthetic import tulis_dokumen

    path = tmp_path / "renja.md"
    tulis_dokumen(path, program=1, kegiatan_per_program=2, sub_per_kegiatan=4, halaman=3, seed=0)
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("### HASIL EVALUASI RENJA"))
    page1 = lines.index("- 1 -", start)              # Tabel 2.2's first page number (0-based line)
    header = page1 + 2                               # its repeated header: three lines
    row = header + 3                                 # the second page's first row
    lines.insert(row + 1, "\t\t77\t\t")              # after it, line row + 2 (1-based)
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    found = doc.temuan.query("jenis == 'baris_tidak_terbaca'")
    assert found[["tabel", "baris_sumber", "tingkat"]].values.tolist() == [["Tabel 2.2", row + 2, "peringatan"]]
    assert "nomor halaman 77" in found["pesan"].iloc[0]
    where = doc.lokasi.query("tabel == 'Tabel 2.2'").set_index("baris_sumber")["halaman_dokumen"]
    assert where[row + 1] == 2                       # the row above the stray number: page 2, not 77


def test_row_numbers_on_lines_of_their_own_never_blame_the_footers():
    # rows' No. cut onto lines of their own above them (a vertically centred cell): the footers at
    # the page breaks are never named; the numbers that cannot be their page's are (7 and 9 inside
    # page 2, 12 inside page 3), those that could be are not (1 inside page 1). A number directly
    # under a repeated header ("2", line 8) is named too, whatever its value: a header numbers its
    # columns on a line of several numbers, and no page number stands between a header and its rows.
    lines = [H, "\tNaik\tOmset\t5", "1\t\t\t", "\tTambah\tModal\t5", "", "- 1 -",
             H, "2\t\t\t", "\tNaik\tAset\t6", "7\t\t\t", "\tTurun\tUtang\t7", "9\t\t\t", "\tA\tB\t8", "", "- 2 -",
             H, "\tA\tC\t9", "12\t\t\t", "\tE\tF\t9", "", "- 3 -",
             H, "\tA\tD\t1", "Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert [(f["baris_sumber"], f["nama"]) for f in src.temuan] == [(8, "2"), (10, "7"), (12, "9"), (18, "12")]
    assert block.footers == [(3, 1), (6, 1), (8, None), (10, None), (12, None), (15, 2), (18, None), (21, 3)]
    assert block.header_lines == [1, 7, 16, 22]
    assert [r.line for r in block.rows] == [2, 4, 9, 11, 13, 17, 19, 23]


# --- a number alone directly under a header ---------------------------------------------------------
# Tabel 3.1 with its sub-header line (a continuation: caption words and a year); on page 2 tujuan 2's
# number is printed on a line of its own (a cell centred over the rows of its tujuan), directly
# under the repeated header. It once read as the header's column numbering and was lost in silence
# (its rows then fell under tujuan 1); it is no page number either (none stands between a header
# and its rows), so it is set aside and reported, whatever its value and with or without page numbers.
H2 = "\t\t\tRENJA 2024"
UNDER = [H, H2, "1\tNaik\tOmset\t5", "\t\tAset\t6", "", "- 1 -",
         H, H2, "2\t\t\t", "\tTurun\tUtang\t7", "", "- 2 -",
         "Paragraf penutup.", "## BAB IV"]
PESAN_9 = ("Baris \u201c2\u201d tepat di bawah judul kolom Tabel 3.1 hanya memuat satu angka dan disisihkan: angka "
           "itu bukan penomoran kolom (yang menomori beberapa kolom) dan bukan nomor halaman (nomor halaman tidak "
           "tercetak di antara judul kolom dan baris data). Periksa apakah angka ini isi sel yang terlepas dari "
           "barisnya, misalnya nomor baris yang tercetak pada barisnya sendiri.")


@pytest.mark.parametrize("numbered", [True, False])
def test_number_under_a_repeated_header_is_reported(numbered):
    lines = UNDER if numbered else [ln for ln in UNDER if not ln.startswith("- ")]
    src, block = _read(lines)
    at = 9 if numbered else 8                                   # the "2" (1-based)
    assert block.header_lines == ([1, 2, 7, 8] if numbered else [1, 2, 6, 7])
    assert [r.line for r in block.rows] == ([3, 4, 10] if numbered else [3, 4, 9])
    assert block.set_aside == ([6, at] if numbered else [at])
    assert block.footers == ([(6, 1), (at, None)] if numbered else [(at, None)])
    assert [(f["jenis"], f["tingkat"], f["baris_sumber"], f["nama"]) for f in src.temuan] == [
        ("baris_tidak_terbaca", "peringatan", at, "2")]
    assert src.temuan[0]["pesan"] == PESAN_9


def test_number_under_the_first_header_is_reported():
    # the first row's number on a line of its own under the table's first header: the same
    lines = [H, H2, "1\t\t\t", "\tNaik\tOmset\t5", "Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert block.header_lines == [1, 2]
    assert [r.line for r in block.rows] == [4]
    assert [(f["baris_sumber"], f["nama"]) for f in src.temuan] == [(3, "1")]


def test_column_numbering_under_a_repeated_header_is_still_the_header():
    # a line of several column numbers (3.3 numbers its columns from 5 on; one page prints "17"
    # more) is the header's numbering on every page, as before; nothing is said
    numbering = ["\t\t\t5\t6", "\t\t\t5\t6\t7"]
    lines = [H, H2, numbering[0], "1\tNaik\tOmset\t5", "", "- 1 -",
             H, H2, numbering[1], "2\tTurun\tUtang\t7", "", "- 2 -", "Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert block.header_lines == [1, 2, 3, 7, 8, 9]
    assert [r.line for r in block.rows] == [4, 10]
    assert src.temuan == []


def test_number_under_a_header_at_a_page_break_is_its_footer():
    # a page holding only the header (its rows begin on the next page): the number under it stands
    # at a page break (a header follows it, not a row) and is that page's footer, never named
    lines = [H, H2, "1\tNaik\tOmset\t5", "", "- 1 -",
             H, H2, "", "2",
             H, H2, "\tTurun\tUtang\t7", "", "- 3 -", "Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert block.footers == [(5, 1), (9, 2)]
    assert src.temuan == []
