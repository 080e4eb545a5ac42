"""Property: the text splitter's quick tests (``sources.text``) skip only what the full tests
would refuse: a line ``_may_start_header`` rejects has a first cell whose first word names no
first column (``headers._first_cell_concept``), and a line longer than ``_FOOTER_LONGEST``
characters of clean cells is never a page footer (``_FOOTER`` on its filled cells)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from renja_analysis.numbers import clean_text
from renja_analysis.sources import headers
from renja_analysis.sources.text import _FOOTER, _FOOTER_LONGEST, _may_start_header

#: Words near the first-column concepts (prefixes, misspellings, the leading "Nama"), other
#: words, numbers and punctuation, upper and lower case, with non-ASCII letters and markers.
WORDS = ["Program", "PROGRAM", "prog", "Progam", "Pogram", "Kegiatan", "Keg.", "Sub", "Uraian", "Tujuan",
         "tuj", "No", "NO.", "Nomor", "nmr", "Nama", "nama", "Urusan", "Bidang", "Indikator", "Target",
         "Pengadaan", "Omset", "12", "1.", "2.17.02", "%", "(1)", "-", "/", ",", "Ket.", "\u00a0", " ",
         "\u212a", "\u0130", "\u00e9", "<b>", "</b>", "\u0661"]
SEPARATORS = st.sampled_from([" ", "", "\t", "  ", ", ", "/"])
LINE = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_a_line_set_aside_cannot_start_a_header(line):
    first = line.split("\t")[0]
    if not _may_start_header(line):
        assert headers._first_cell_concept(first) is None
        assert headers.first_concept(line.split("\t")) is None


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_an_ascii_line_is_decided_as_the_full_test_decides(line):
    first = line.split("\t")[0]
    words = re.findall(r"[a-z]+|\d+|%", clean_text(first).lower())     # headers._WORD
    if line.isascii() and "<" not in line and words[:1] != ["nama"]:     # 'Nama': the second word decides
        assert _may_start_header(line) == (headers._first_cell_concept(first) is not None)


DIGITS = st.text("0123456789", min_size=1, max_size=4)
#: A page footer as ``_FOOTER`` reads it ("- Halaman 12 dari 40 -", "Hal. 3", "12 / 40"), its words
#: spread over cells at random.
FOOTER = st.tuples(st.sampled_from(["", "-", "\u2013", "\u2014"]), st.sampled_from(["", "Halaman", "hal.", "Hal", "PAGE"]),
                   DIGITS, st.sampled_from(["", "dari", "/", "of"]), DIGITS, st.sampled_from(["", "-", "\u2013"])).map(
    lambda t: [w for w in (t[0], t[1], t[2], t[3], t[4] if t[3] else "", t[5]) if w])
NOISE = st.lists(st.sampled_from(["x", "Kegiatan", "2024", "-", "12"]), max_size=3)


@settings(max_examples=300, deadline=None)
@given(FOOTER, NOISE, st.lists(st.integers(0, 3), min_size=8, max_size=8))
def test_a_long_line_is_no_footer(words, noise, gaps):
    # words in cells: gaps[k] empty cells (0: the same cell, one space) before the k-th word
    words = words + noise
    cells = [words[0]]
    for w, g in zip(words[1:], gaps):
        if g == 0:
            cells[-1] += " " + w
        else:
            cells += [""] * (g - 1) + [w]
    clean = "\t".join(cells)
    text = " ".join(c for c in cells if c)
    if _FOOTER.match(text):
        assert len(clean) - clean.count("\t") <= _FOOTER_LONGEST      # every footer is still tried
    if len(clean) - clean.count("\t") > _FOOTER_LONGEST:
        assert not _FOOTER.match(text)


def test_the_quick_header_test_on_hand_written_lines():
    assert _may_start_header("Program, Kegiatan, Sub Kegiatan\tIndikator\tTarget")
    assert _may_start_header("NO\tKODE\tPROGRAM")
    assert _may_start_header("Prog./Keg.\tIndikator")            # an abbreviation: word_concept decides
    assert not _may_start_header("Pemeliharaan Peralatan Kantor Nomor 1\tJumlah Laporan\t117")
    assert not _may_start_header("2.\t2.17.02\tPROGRAM A")        # a number first: no concept
    assert not _may_start_header("\tPROGRAM A")                   # an empty first cell
    assert _may_start_header("Nama Koperasi\tOmset")              # 'Nama': the second word decides
    assert _may_start_header("\u00e9tude\tX")                     # not ASCII: the full test decides


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "a", "b c", "12", "2.17.02"]), min_size=1, max_size=9))
def test_four_filled_cells_are_recognised_exactly(cells):
    from renja_analysis.sources.text import _FOUR_FILLED

    assert bool(_FOUR_FILLED.match("\t".join(cells))) == (sum(1 for c in cells if c) >= 4)
