"""The text reader's whole-text passes (``sources.text``) read as the line-by-line rules do:
``_cleaned`` cleans only the lines ``_may_change`` names and gives every other line back as the
same string, ``_CODED_ROW`` sets aside the lines whose first filled cell is a code as
``_KODE_33`` of that cell does, ``_FOUR_FILLED`` (possessive) matches the lines the plain pattern
matches, and ``_Splitter._page_break`` records a page break as the walk does or leaves it to the
walk."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from renja_analysis.sources import headers
from renja_analysis.sources.text import (
    _CODED_ROW,
    _FOUR_FILLED,
    _KODE_33,
    _clean_block,
    _cleaned,
    _may_change,
    _Splitter,
    split_tables,
)

#: Pieces near every cleaning rule: spaces next to spaces, tabs and line edges, bold markers in
#: both cases, a lone '<', white space cleaning turns to a space (NBSP, VT, FS, EM SPACE, NEL, CR),
#: other non-ASCII letters and a lone surrogate.
PIECES = st.sampled_from(["a", "B", "1", " ", "  ", "\t", "<b>", "</b>", "<B>", "</B>", "<", "b>", "\u00a0",
                          "\x0b", "\x1c", "\u2003", "\x85", "\r", "\u00e9", "\ud800", "\x00"])
LINES = st.lists(st.lists(PIECES, max_size=8).map("".join), max_size=8)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_cleaned_equals_cleaning_every_line(lines):
    whole = _clean_block(lines) if lines else []
    out = _cleaned(lines)
    assert out == whole
    # a line cleaning leaves as it is comes back as the same string; one it changes is named
    assert [o is line for o, line in zip(out, lines)] == [c == line for c, line in zip(whole, lines)]
    named = set(_may_change(lines))
    assert {i for i, (c, line) in enumerate(zip(whole, lines)) if c != line} <= named


def test_may_change_by_hand():
    lines = ["Program\tIndikator", "a  b", "a \tb", "a\t b", "a ", " a", "<b>A</b>", "\u00e9", "a\x0bb",
             "2.17\t\tNama", ""]
    assert _may_change(lines) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert _may_change(["a\nb", "c"]) == [0, 1]         # a line feed inside a line: every line


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "17", ".", "x", "X", "\t", "a", " ", "\n"]), max_size=12).map("".join))
def test_coded_row_is_the_code_test_of_the_first_filled_cell(text):
    if "\t" in text:
        filled = [c for c in text.split("\t") if c]
        assert bool(_CODED_ROW.match(text)) == bool(filled and _KODE_33.match(filled[0]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\t", "\t\t", "1"]), max_size=14).map("".join))
def test_four_filled_matches_as_the_plain_pattern(text):
    assert bool(_FOUR_FILLED.match(text)) == bool(re.match(r"\t*[^\t]+(?:\t+[^\t]+){3}", text))


HEADER = "Program\tIndikator\tTarget\tRealisasi\tCapaian\tKet."
OTHER = "TUJUAN\tSASARAN\tINDIKATOR\tTARGET"


def test_page_break_left_to_the_walk_when_it_is_not_the_usual_one():
    lines = [HEADER, "A\tB\t1\t2\t3\t", "", "Paragraf di tengah tabel.", HEADER, "C\tD\t4\t5\t6\t",
             "- 3 -", OTHER, "1\tNaik\tOmset\t5", "", "- 4 -"]
    splitter = _Splitter(list(lines), None)
    splitter.header_block(7)                                  # 3.1's header met before (as running_lines does)
    kind, rows, count = splitter.header_block(0)
    splitter.start_header(kind, rows, 1, count)
    assert splitter._page_break(2) == 2                       # prose before the header: the walk reports it
    assert splitter._page_break(6) == 6                       # another table's header: the walk
    assert splitter._page_break(9) == 9                       # the end of the text after a footer: the walk
    block = splitter.tables["tabel_2_2"]
    assert (block.blank_lines, block.set_aside, block.segments) == ([], [], 1)     # nothing recorded


def test_page_breaks_read_at_once_as_the_walk_reads_them():
    lines = [HEADER, "A\tB\t1\t2\t3\t", "", "- 2 -", "", HEADER, "C\tD\t4\t5\t6\t", "Halaman 3 dari 9",
             HEADER, "E\tF\t7\t8\t9\t", "Paragraf penutup."]
    block = split_tables(list(lines))["tabel_2_2"]
    assert [(r.line, r.segment, r.cells[0]) for r in block.rows] == [(2, 1, "A"), (7, 2, "C"), (10, 3, "E")]
    assert (block.blank_lines, block.set_aside, block.footers) == ([3, 5], [4, 8], [(4, 2), (8, 3)])
    assert (block.header_lines, block.widths, block.last_line) == ([1, 6, 9], {1: 6, 2: 6, 3: 6}, 10)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "123", ".", ",", "\t", "a", " ", "(", ")", "%", "Rp", "\u0661", "<b>"]),
                max_size=10).map("".join))
def test_holds_data_line_is_the_cell_by_cell_test(text):
    assert headers.holds_data_line(text) == headers._holds_data(text.split("\t"))
