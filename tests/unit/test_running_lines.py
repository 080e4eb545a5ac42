"""Running page headers and footers (``sources.text.running_lines``) against data rows that repeat.

A short line (at most three filled cells, no number but page numbers and years) that comes back at
page breaks is set aside as page furniture, without a word. Page furniture is printed on every
page; a row without numbers that happens to end two pages is not, and setting it aside lost it in
silence (a program row lost puts its kegiatan under the program above). Expectations are worked
out by hand from the lines below (1-based line numbers).
"""
from __future__ import annotations

from pathlib import Path

from renja_analysis.sources.base import SourceText
from renja_analysis.sources.text import clean_lines, running_lines, split_tables

H22 = "Program\tIndikator\tTarget\tRealisasi\tCapaian\tKet."
H21 = "Program\tIndikator\tTarget Renstra\tRealisasi\tCapaian"


def _split(lines):
    src = SourceText(Path("uji.md"), list(lines), {})
    return src, split_tables(list(lines), src)


# Tabel 2.2 over four pages, each page after the first under its running header "RENJA 2024 | Hal. n";
# the sub kegiatan "Penyediaan Alat" without numbers ends page 1 and page 3, not page 2
PAGES = [H22, "A\tB\t1\t2\t3\t", "Penyediaan Alat\tJumlah Alat", "", "RENJA 2024\tHal. 2",       # 1-5
         H22, "C\tD\t4\t5\t6\t", "", "RENJA 2024\tHal. 3",                                     # 6-9
         H22, "E\tF\t7\t8\t9\t", "Penyediaan Alat\tJumlah Alat", "", "RENJA 2024\tHal. 4",     # 10-14
         H22, "G\tH\t1\t2\t3\t", "Paragraf penutup."]                                         # 15-17


def test_a_row_ending_two_pages_is_no_furniture():
    furniture = running_lines(PAGES, clean_lines(PAGES), lambda i: PAGES[i] == H22)
    assert sorted(furniture) == [4, 8, 13]                  # the running header (0-based), not the row
    src, tables = _split(PAGES)
    block = tables["tabel_2_2"]
    assert [r.line for r in block.rows] == [2, 3, 7, 11, 12, 16]
    assert block.set_aside == [5, 9, 14]
    assert block.blank_lines == [4, 8, 13]
    assert src.temuan == []


def test_furniture_on_every_page_is_still_set_aside():
    # the same row at the foot of every page (page 2 too) cannot be told from a running footer:
    # set aside as before (the known limit of the rule)
    lines = PAGES[:7] + ["Penyediaan Alat\tJumlah Alat"] + PAGES[7:]
    furniture = running_lines(lines, clean_lines(lines), lambda i: lines[i] == H22)
    assert sorted(furniture) == [2, 4, 7, 9, 12, 14]


def test_a_running_header_whose_page_number_changes_needs_no_page_of_its_own():
    # a page number that changes from page to page is no row's: the running header is page furniture
    # even where one page lacks it (page 3's is gone)
    lines = [ln for ln in PAGES if ln != "RENJA 2024\tHal. 3"]
    furniture = running_lines(lines, clean_lines(lines), lambda i: lines[i] == H22)
    assert sorted(furniture) == [4, 12]


# A program row without numbers at the foot of Tabel 2.1's first page and of Tabel 2.2's first page:
# the two page breaks are consecutive (a table's first header is no page break), so only its level
# word tells it from page furniture
TWO_TABLES = [H21, "A\tB\t1\t2\t3", "PROGRAM B\tIndikator B", "", "- 1 -",                      # 1-5
              H21, "Kegiatan C\tD\t4\t5\t6", "", "Tabel 2.2",                                  # 6-9
              H22, "E\tF\t7\t8\t9\t", "PROGRAM B\tIndikator B", "", "- 2 -",                   # 10-14
              H22, "Kegiatan G\tH\t1\t2\t3\t", "Paragraf penutup."]                            # 15-17


def test_a_program_row_is_never_furniture():
    starts = {0, 5, 9, 14}
    assert running_lines(TWO_TABLES, clean_lines(TWO_TABLES), starts.__contains__) == set()
    src, tables = _split(TWO_TABLES)
    assert [r.line for r in tables["tabel_2_1"].rows] == [2, 3, 7]
    assert [r.line for r in tables["tabel_2_2"].rows] == [11, 12, 16]
    assert tables["tabel_2_1"].set_aside == [5] and tables["tabel_2_2"].set_aside == [14]
    assert src.temuan == []
