"""The text reader's economies (``sources.text``) change nothing it reads: the control-character
test of a whole text (``_ada_kendali``) answers as the regular expression does, ``split_text``
splits as ``split_lines`` does, and ``split_tables(release=True)`` empties the lines of its data
rows only, giving the same tables."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from renja_analysis.sources.text import _KENDALI_TEKS, _ada_kendali, split_lines, split_tables, split_text

#: Characters near the edges of the control classes (tab, CR, LF, DEL, C1, NBSP, a surrogate-free
#: range of non-ASCII letters), mixed with plain letters.
CHARS = st.sampled_from(["a", "Z", " ", "\t", "\n", "\r", "\x00", "\x08", "\x0b", "\x0c", "\x0e", "\x1f",
                         "\x7e", "\x7f", "\x80", "\x9f", "\xa0", "\u00e9", "\ufffd", "\ufffe", "\uffff"])


@settings(max_examples=300, deadline=None)
@given(st.lists(CHARS, max_size=12).map("".join))
def test_the_control_test_answers_as_the_expression(text):
    assert _ada_kendali(text) == (_KENDALI_TEKS.search(text) is not None)


def test_control_characters_by_hand():
    assert not _ada_kendali("Program\tIndikator\r\n12\n")        # tab and line ends are not control characters
    assert _ada_kendali("a\x00b") and _ada_kendali("a\x7f") and _ada_kendali("\u00e9\x9f")
    assert not _ada_kendali("\u00e9\xa0")                          # NBSP is white space, not a control character


def test_split_text_splits_as_split_lines():
    data = b"baris 1\r\nbaris 2\rbaris 3\nakhir\x00"
    assert split_text(data.decode()) == split_lines(Path("x.md"), data) == (
        ["baris 1", "baris 2", "baris 3", "akhir\x00"], True)
    assert split_text("a\nb") == (["a", "b"], False)


LINES = ["TUJUAN\tSASARAN\tINDIKATOR\tTARGET",
         "\t\t\tRENJA 2024",
         "1\tNaik\tOmset\t5",
         "",
         "- 2 -",
         "TUJUAN\tSASARAN\tINDIKATOR\tTARGET",
         "\t\tX\t7",
         "Paragraf penutup.",
         "## BAB IV"]


def test_release_empties_the_lines_of_data_rows_only():
    kept = list(LINES)
    released = list(LINES)
    a, b = split_tables(kept), split_tables(released, release=True)
    assert kept == LINES                                        # without release the lines are left as they are
    # lines 3 and 7 are the rows; headers, blank line, footer and prose are kept
    assert released == [LINES[0], LINES[1], "", "", "- 2 -", LINES[5], "", "Paragraf penutup.", "## BAB IV"]
    ra, rb = a["tabel_3_1"], b["tabel_3_1"]
    assert [(r.line, r.segment, r.raw, r.cells) for r in ra.rows] == [(r.line, r.segment, r.raw, r.cells) for r in rb.rows] \
        == [(3, 1, ["1", "Naik", "Omset", "5"], ["1", "Naik", "Omset", "5"]), (7, 2, ["", "", "X", "7"], ["", "", "X", "7"])]
    assert (ra.header_lines, ra.blank_lines, ra.set_aside, ra.last_line) == \
        (rb.header_lines, rb.blank_lines, rb.set_aside, rb.last_line) == ([1, 2, 6], [4], [5], 7)
