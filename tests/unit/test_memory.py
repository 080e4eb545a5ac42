"""What keeps a document's memory bounded changes nothing it gives: a table's rows released after
their last reader (``sources.base.release_rows``) leave the reading account and ``lokasi`` as they
were, and reading them afterwards is an error, not an empty table; the caches of texts
(``caches``) are emptied per table and per document, and ``load_document`` does both.

Expected values are counted by hand in the fixtures below."""
from __future__ import annotations

from pathlib import Path

import pytest

from renja_analysis import caches, load_document
from renja_analysis.sources import base
from renja_analysis.sources.base import Row, SourceText, TableBlock, kelengkapan, lokasi, pembacaan, release_rows


def _source() -> SourceText:
    # Tabel 3.2 prints No: rows at lines 3, 4 (page 1) and 9 (page 2), numbered 1, 2 and 4, so
    # No. 3 is missing (incomplete); a footer at line 6 states page 12. Tabel 3.1 prints no
    # numbers: one row at line 20. Tabel 3.2's region: header 1-2, rows 3-4, blank 5, footer 6,
    # header 7-8, row 9: 9 lines, all accounted for.
    t32 = TableBlock(kind="tabel_3_2", header=[["No", "Program", "Pagu"]], header_line=1, segments=2,
                     rows=[Row(3, ["1", "Program A", "900"], 1), Row(4, ["2", "Program B", "50"], 1),
                           Row(9, ["4", "Program D", "7"], 2)],
                     header_lines=[1, 2, 7, 8], blank_lines=[5], set_aside=[6], footers=[(6, 12)], last_line=9)
    t31 = TableBlock(kind="tabel_3_1", header=[["Tujuan", "Sasaran"]], header_line=19, segments=1,
                     rows=[Row(20, ["Naik", "Omset"], 1)], header_lines=[19], last_line=20)
    return SourceText(path=Path("x.md"), lines=[], tables={"tabel_3_2": t32, "tabel_3_1": t31})


def test_released_rows_leave_the_account_and_lokasi_as_they_were():
    src = _source()
    before_lok, before_acc = lokasi(src), pembacaan(src)
    answer = kelengkapan(src.tables["tabel_3_2"])
    assert answer == (False, "Nomor 3 tidak ada di teks sumber (nomor yang terbaca: 1\u20132, 4): baris tabel "
                             "tercetak tidak ada di teks.")
    release_rows(src, "tabel_3_2")
    t32 = src.tables["tabel_3_2"]
    assert t32.row_count == 3 and t32.tercetak is None          # the remembered table let go too
    assert kelengkapan(t32) == answer
    assert lokasi(src).equals(before_lok) and pembacaan(src).equals(before_acc)
    release_rows(src, "tabel_3_1", "tabel_2_2")                 # a table the source lacks: nothing to do
    assert lokasi(src).equals(before_lok) and pembacaan(src).equals(before_acc)
    acc = pembacaan(src).set_index("tabel")
    assert acc.loc["Tabel 3.2 (Review P-RKPD)", "baris_data"] == 3
    assert bool(acc.loc["Tabel 3.2 (Review P-RKPD)", "terbaca_utuh"]) is True     # 4 + 1 + 1 + 3 = 9 lines
    assert lokasi(src)["penanda"].tolist() == ["baris ke-1", "No. 1", "No. 2", "No. 4"]
    assert lokasi(src)["halaman_dokumen"].tolist()[1:] == [12, 12, 13]


def test_released_table_keeps_its_page_lists_equal_but_made_again():
    # the per-page lists of a released table (lines of headers, blanks, footers, continuations,
    # each page's width) hold the same values, as new objects: the ones made while the rows were
    # read (among the rows' memory, which they would keep from going back to the system) are let go
    t32 = TableBlock(kind="tabel_3_2", header=[["No", "Program", "Pagu"]], header_line=1, segments=2,
                     rows=[Row(3, ["1", "Program A", "900"], 1), Row(9, ["2", "Program B", "50"], 2)],
                     header_lines=[1, 2, 1007, 1008], blank_lines=[1005], set_aside=[1006, 1010],
                     footers=[(1006, 312), (1010, None)], sambungan=[(1011, 1009)], widths={1: 3, 2: 3},
                     last_line=1011)
    src = SourceText(path=Path("x.md"), lines=[], tables={"tabel_3_2": t32})
    old = (t32.header_lines, t32.footers[0], t32.footers[1], t32.sambungan[0], t32.widths)
    release_rows(src, "tabel_3_2")
    assert t32.header_lines == [1, 2, 1007, 1008] and t32.blank_lines == [1005] and t32.set_aside == [1006, 1010]
    assert t32.footers == [(1006, 312), (1010, None)] and t32.sambungan == [(1011, 1009)]
    assert t32.widths == {1: 3, 2: 3}
    new = (t32.header_lines, t32.footers[0], t32.footers[1], t32.sambungan[0], t32.widths)
    assert all(a is not b for a, b in zip(old, new))
    assert t32.header_lines[2] is not old[0][2] and t32.footers[0][0] is not old[1][0]


def test_reading_released_rows_is_an_error_not_an_empty_table():
    src = _source()
    release_rows(src, "tabel_3_2")
    release_rows(src, "tabel_3_2")                              # twice: the first release is kept
    rows = src.tables["tabel_3_2"].rows
    for read in (len, list, bool, lambda r: r[0], lambda r: None in r):
        with pytest.raises(RuntimeError, match="rows of Tabel 3.2 .* released"):
            read(rows)
    with pytest.raises(RuntimeError):
        base.baris_tercetak(src.tables["tabel_3_2"])
    assert src.tables["tabel_3_1"].rows[0].cells == ["Naik", "Omset"]     # the other table untouched


def test_load_document_releases_each_table_after_its_own_stage(monkeypatch):
    seen = []
    real = base.release_rows

    def spy(src, *kinds):
        # the tables not yet released still hold their rows; those released are released
        seen.append((kinds, sorted(k for k, b in src.tables.items() if b.released is None)))
        real(src, *kinds)

    monkeypatch.setattr(base, "release_rows", spy)
    doc = load_document()
    assert [k for k, _ in seen] == [("tabel_3_3",), ("tabel_2_2", "tabel_2_1"), ("tabel_3_2",), ("tabel_3_1",)]
    assert seen[0][1] == ["tabel_2_1", "tabel_2_2", "tabel_3_1", "tabel_3_2", "tabel_3_3"]
    assert seen[-1][1] == ["tabel_3_1"]
    # the bundled document: 57 rows of Tabel 2.2 in the account, every row of every table in lokasi
    acc = doc.pembacaan.set_index("tabel")
    assert acc.loc["Tabel 2.2", "baris_data"] == 57
    assert len(doc.lokasi) == acc["baris_data"].sum()


def test_caches_per_table_and_per_document():
    calls = []

    @caches.per_table(maxsize=8)
    def cell(text):
        calls.append(text)
        return text.upper()

    @caches.per_document(maxsize=8)
    def name(text):
        calls.append(text)
        return text.lower()

    try:
        assert (cell("a"), cell("a"), name("B"), name("B")) == ("A", "A", "b", "b")
        assert calls == ["a", "B"]                              # each answer computed once
        caches.clear("table")
        assert cell.cache_info().currsize == 0 and name.cache_info().currsize == 1
        caches.clear()
        assert name.cache_info().currsize == 0
        assert (cell("a"), name("B")) == ("A", "b") and calls == ["a", "B", "a", "B"]
    finally:
        for scope in caches._CACHES.values():                  # the test's own caches unregistered
            scope[:] = [c for c in scope if c not in (cell, name)]


def test_load_document_leaves_no_text_remembered():
    load_document()
    held = caches.held()
    assert len(held) >= 15 and "renja_analysis.numbers._strip_text" in held
    assert set(held.values()) == {0}


def test_load_document_reads_with_arrow_buffers_in_malloc(monkeypatch):
    # the tables are built with Arrow's system pool (malloc), not the default pool (mimalloc), which
    # kept the pages of freed buffers for Arrow alone (issue 21: peak memory); the default is
    # restored afterwards, and the document's buffers are those malloc holds
    import pyarrow as pa

    from renja_analysis import load

    default, system = pa.default_memory_pool(), pa.system_memory_pool()
    assert default.backend_name != "system"                     # else the test could not fail
    held = default.bytes_allocated(), system.bytes_allocated()
    seen = []
    real = load._load

    def spy(*args, **kwargs):
        seen.append(pa.default_memory_pool().backend_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(load, "_load", spy)
    doc = load_document()
    assert seen == ["system"] and pa.default_memory_pool().backend_name == default.backend_name
    assert default.bytes_allocated() == held[0]
    assert system.bytes_allocated() - held[1] >= doc.evaluasi["nama"].array._pa_array.nbytes > 0


def test_system_arrow_pool_restores_after_nesting_errors_and_threads():
    import threading

    import pyarrow as pa

    before = pa.default_memory_pool().backend_name
    assert before != "system"                                   # else the test could not fail
    with pytest.raises(ValueError):
        with base.system_arrow_pool():
            with base.system_arrow_pool():
                assert pa.default_memory_pool().backend_name == "system"
            assert pa.default_memory_pool().backend_name == "system"      # the outer block still open
            raise ValueError
    assert pa.default_memory_pool().backend_name == before
    # two threads whose blocks overlap: the first to close leaves the pool to the other, the last restores it
    inside, closed, inner = threading.Event(), threading.Event(), []

    def other():
        with base.system_arrow_pool():
            inside.set()
            closed.wait(10)
            inner.append(pa.default_memory_pool().backend_name)

    t = threading.Thread(target=other)
    with base.system_arrow_pool():
        t.start()
        inside.wait(10)
    closed.set()
    t.join(10)
    assert inner == ["system"] and pa.default_memory_pool().backend_name == before
