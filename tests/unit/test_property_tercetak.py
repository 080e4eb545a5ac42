"""Property: ``sources.base.berulang_di_awal`` (repeated page-top rows, read from the top of each
page only) decides as the whole-table rule of ``baris_tercetak`` decides: a row repeats when its
cells stand at the same place from the top of two pages or more, and so does every row above it
on its page (the rule written out with pandas over every row, as it was computed before)."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings, strategies as st

from renja_analysis.sources.base import Row, TableBlock, baris_tercetak, berulang_di_awal


def _whole_table(rows: list[Row], segments: list[int]) -> list[bool]:
    """The rule over every row: (place, cells) seen on >= 2 pages, then the running minimum per page."""
    seg = pd.Series(segments)
    if seg.nunique() < 2:
        return [False] * len(rows)
    key = pd.Series(["\t".join(r.cells) for r in rows], dtype=object)
    place = seg.groupby(seg).cumcount()
    pages = pd.DataFrame({"place": place, "key": key, "seg": seg}).groupby(["place", "key"])["seg"]
    return (pages.transform("nunique") >= 2).astype(bool).groupby(seg).cummin().tolist()


CELLS = st.lists(st.sampled_from(["URUSAN", "<b>URUSAN</b>", "A", "B", "", "900", "1"]), min_size=1, max_size=3)
#: pages of 0-5 rows each (a page number may come back later: the rule groups by page, not by run)
PAGES = st.lists(st.tuples(st.integers(1, 4), st.lists(CELLS, max_size=5)), max_size=8)


@settings(max_examples=150, deadline=None)
@given(PAGES)
def test_the_top_of_each_page_decides_as_the_whole_table(pages):
    rows, segments = [], []
    for seg, cells in pages:
        for c in cells:
            rows.append(Row(len(rows) + 1, c, seg))
            segments.append(seg)
    assert berulang_di_awal(rows, segments).tolist() == _whole_table(rows, segments)


def test_repeated_rows_by_hand():
    # pages 1-3 open with the urusan subtotal (bold on page 2); page 2 also repeats its second row
    # "A" at place 1 like page 3, but page 1's place 1 is "X": only pages 2 and 3 hold "A" there
    rows = [Row(1, ["URUSAN", "900"], 1), Row(2, ["X"], 1),
            Row(3, ["<b>URUSAN</b>", "900"], 2), Row(4, ["A"], 2), Row(5, ["B"], 2),
            Row(6, ["URUSAN", "900"], 3), Row(7, ["A"], 3), Row(8, ["C"], 3),
            Row(9, ["Y"], 4), Row(10, ["URUSAN", "900"], 4)]
    got = berulang_di_awal(rows, [1, 1, 2, 2, 2, 3, 3, 3, 4, 4]).tolist()
    assert got == [True, False, True, True, False, True, True, False, False, False]
    block = TableBlock(kind="tabel_2_2", header=[["Program"]], header_line=1, segments=4, rows=rows)
    assert baris_tercetak(block)["baris_tabel"].tolist() == [pd.NA, 1, pd.NA, pd.NA, 2, pd.NA, pd.NA, 3, 4, 5]


def test_one_page_and_no_rows():
    assert berulang_di_awal([], []).tolist() == []
    assert berulang_di_awal([Row(1, ["A"], 1), Row(2, ["A"], 1)], [1, 1]).tolist() == [False, False]


def test_rows_named_from_their_anchor_and_codes_in_other_digits():
    # Tabel 3.3 prints NO and KODE. Page 1: No. 1, a row under it, code 2.17.01., two rows under
    # that; page 2: a row above the code "２.１７" (full-width digits: Python's \d reads them, as
    # the printed code it is), the code itself; page 3: one row and no identifier on its page, so
    # it is named by its place (the numbers read, 1, run without a gap: "baris ke-", not
    # "baris terbaca ke-").
    cells = [["1", "", "Program A"], ["", "", "Indikator"], ["", "2.17.01.", "Kegiatan"], ["", "", "x"],
             ["", "", "y"], ["", "", "z"], ["", "\uff12.\uff11\uff17", "w"], ["", "", "v"]]
    lines, pages = [2, 3, 4, 5, 6, 8, 9, 11], [1, 1, 1, 1, 1, 2, 2, 3]
    block = TableBlock(kind="tabel_3_3", header=[["NO", "KODE", "PROGRAM"]], header_line=1, segments=3,
                       rows=[Row(n, c, p) for n, c, p in zip(lines, cells, pages)])
    got = baris_tercetak(block)
    assert got["penanda"].tolist() == [
        "No. 1", "baris di bawah No. 1", "kode 2.17.01.", "baris di bawah kode 2.17.01.",
        "baris ke-2 di bawah kode 2.17.01.", "baris di atas kode \uff12.\uff11\uff17", "kode \uff12.\uff11\uff17",
        "baris ke-8"]
    assert got["nomor"].tolist() == ["1"] + [pd.NA] * 7
    assert got["kode"].tolist() == [pd.NA, pd.NA, "2.17.01.", pd.NA, pd.NA, pd.NA, "\uff12.\uff11\uff17", pd.NA]
    assert got["baris_tabel"].tolist() == list(range(1, 9))
    assert str(got["penanda"].dtype) == "string" and str(got["baris_tabel"].dtype) == "Int64"
