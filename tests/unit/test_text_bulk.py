"""The text splitter reads its plain data rows in bulk (``sources.text._Splitter._rows``): the lines
it sets apart first (``may_start``, ``slow``) and the rows it reads in bulk are read as the
line-by-line walk reads them; the garbage collector is paused while a text is split and left as
it was found."""
from __future__ import annotations

import gc

from renja_analysis.sources.text import _may_start_header, _Splitter, _word_may_start, split_tables

HEADER = "Program\tIndikator\tTarget\tRealisasi\tCapaian\tKet."
LINES = [HEADER,                                    # 1 the Tabel 2.2 header
         "A\tB\t1\t2\t3\t",                          # 2 a row
         "sambungan nama\t\t\t\t\t",                 # 3 the name of row 2 wrapped: joined to it
         "\t\t\t\t\t1.250.000",                      # 4 one filled cell, a number: a row, never a wrap
         "-\t12\tdari\t40\t\t",                      # 5 a page footer over four cells: set aside
         "PROGRAM B\tIndikator B\t100\t200\t50\tok",  # 6 a level row (its first word names a first column)
         "PROGRAM C\tIndikator C\t10\t20\t30\tok",    # 7 the same, no number of three digits: tried as a header
         "C\tD\t4\t5\t6\t",                          # 8 a row
         "Paragraf penutup."]                        # 9 prose: the table ends above it


def test_plain_rows_read_in_bulk_as_the_walk_reads_them():
    block = split_tables(list(LINES))["tabel_2_2"]
    assert [(r.line, r.cells) for r in block.rows] == [
        (2, ["A sambungan nama", "B", "1", "2", "3", ""]),
        (4, ["", "", "", "", "", "1.250.000"]),
        (6, ["PROGRAM B", "Indikator B", "100", "200", "50", "ok"]),
        (7, ["PROGRAM C", "Indikator C", "10", "20", "30", "ok"]),
        (8, ["C", "D", "4", "5", "6", ""])]
    assert block.sambungan == [(3, 2)]
    assert (block.header_lines, block.set_aside, block.footers, block.last_line) == ([1], [5], [(5, 12)], 8)


def test_released_lines_are_the_rows_lines_only():
    lines = list(LINES)
    split_tables(lines, release=True)
    # rows 2, 4, 6, 7, 8 released; the header, the wrap, the footer and the prose kept
    assert lines == [HEADER, "", LINES[2], "", LINES[4], "", "", "", LINES[8]]


def test_the_lines_set_apart_first():
    lines = [HEADER, "A\tB\t1\t2\t3\t", "\u00e9tude\tx\ty\tz", "a < b\tx\ty\tz", "Nama Koperasi\tx\ty\tz",
             "12\tProgram\tx\ty", "", "- 3 -", "\t\t\tRENJA", "\t\t\t2024"]
    splitter = _Splitter(list(lines), None)
    # may start a header: a first word naming a first column, a non-ASCII line, a '<', 'Nama'
    assert splitter.may_start == {0, 2, 3, 4} == {i for i, c in enumerate(splitter.clean) if _may_start_header(c)}
    # read alone: the lines that may start a header (none holds a number of three digits), the
    # lines without four filled cells but for a number in a tab-separated line (line 9), the end
    assert splitter.slow == [0, 2, 3, 4, 6, 7, 8, 10]


def test_word_may_start():
    assert [_word_may_start(w) for w in ("Program", "KEGIATAN", "Keg", "Progam", "nama", "Tujuan", "No", "Nomor")] \
        == [True] * 8
    assert [_word_may_start(w) for w in ("", "Pengadaan", "Jumlah", "Indikator", "Ke")] == [False] * 5


def test_the_collector_is_paused_while_splitting_and_left_as_it_was(monkeypatch):
    seen = []
    run = _Splitter.run
    monkeypatch.setattr(_Splitter, "run", lambda self: (seen.append(gc.isenabled()), run(self))[1])
    assert gc.isenabled()
    split_tables(list(LINES))
    assert gc.isenabled() and seen == [False]
    gc.disable()
    try:
        split_tables(list(LINES))
        assert not gc.isenabled()
    finally:
        gc.enable()
