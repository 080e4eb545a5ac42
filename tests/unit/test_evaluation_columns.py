"""Tabel 2.2 / 2.1 read by columns (issue 21, round 4) give what the cell-by-cell code gave.

Each column helper is checked on small hand-written columns against the expected values
written here by hand, and against the cell-by-cell code it replaced (kept below as the
reference, as it stood at 83e2675): the same values, the same findings in the same order, the
same records of cells that read two ways, the same refusal.

- ``evaluation._columns``: rows of the header's width are taken as they are; only the others
  go through ``check_width`` (padded and reported, or refused);
- ``_common.units_in_columns``: a volume cell written with its unit (``7 Paket``);
- ``evaluation._said``: whether a row states any number (``-`` and ``Nihil`` say nothing);
- ``evaluation._totals``: the JUMLAH / TOTAL rows (``_JUMLAH``), found through a prefilter;
- ``_common.volume_column``: each distinct text read once, the cells with something to say
  one by one;
- ``ambiguous._anak_dari``: each parent's rows, as ``groupby(...).indices`` gave them.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from renja_analysis.errors import RenjaParseError
from renja_analysis.labels import kolom as _kolom
from renja_analysis.numbers import NumberRangeError, kata_nihil, parse_volume
from renja_analysis.sources.base import Row, SourceText, TableBlock
from renja_analysis.tables import _common, ambiguous, evaluation
from renja_analysis.tables._common import (
    _ambiguous,
    _convention,
    _conventions,
    _head,
    _note_convention,
    _range_error,
    _shown,
    _two_ways,
    _usage_by_kind,
    same_unit,
    satuan_dalam_sel,
)


def _src() -> SourceText:
    return SourceText(path=Path("kolom.md"), lines=[], tables={})


def _rows(n: int, first: int = 10) -> list[Row]:
    return [Row(line=first + k, raw=[f"Nama {k}"], segment=0) for k in range(n)]


# --- the cell-by-cell code replaced (83e2675), the reference ---------------------------------

def _units_in_cells_old(src, rows, grid, pairs, columns, label):
    out = grid
    for pos, sat_pos in pairs.items():
        for k in [k for k, cells in enumerate(grid) if cells[pos] and not cells[pos][-1:].isdigit()]:
            row, cells = rows[k], grid[k]
            text = cells[pos]
            number, unit = satuan_dalam_sel(text)
            if unit is None:
                continue
            if out is grid:
                out = [list(c) for c in grid]
            written = out[k][sat_pos]
            column, sat_column = columns[pos], columns[sat_pos]
            out[k][pos] = number
            if not written:
                out[k][sat_pos] = unit
                src.finding(
                    "satuan_di_sel", "info", label, row.line,
                    f"Sel {_kolom(column)} (kolom {pos + 1}) ditulis \u201c{text}\u201d dengan satuannya; kolom "
                    f"{_kolom(sat_column)} baris ini kosong, maka satuannya diambil dari sel itu (\u201c{unit}\u201d).",
                    nama=cells[0] or None, kolom=column)
            elif not same_unit(unit, written):
                src.finding(
                    "satuan_di_sel", "peringatan", label, row.line,
                    f"Sel {_kolom(column)} (kolom {pos + 1}) ditulis \u201c{text}\u201d dengan satuan \u201c{unit}\u201d, "
                    f"sedangkan kolom {_kolom(sat_column)} baris ini \u201c{written}\u201d; angkanya dibaca "
                    f"{number.rstrip('%')}, satuan baris tetap \u201c{written}\u201d: periksa satuan mana yang benar.",
                    nama=cells[0] or None, kolom=column)
    return out


def _volume_column_old(src, rows, values, column, position, label):
    head_of = {v: _head(v) for v in dict.fromkeys(values)}
    heads = [head_of[v] for v in values]
    own = _conventions(heads)
    decimal = _convention(heads, own)
    usage = _usage_by_kind(lambda: _shown(heads, own))
    ambig = _two_ways(own)
    nums, units = [], []
    parsed: dict = {}
    for row, text, head in zip(rows, values, heads):
        try:
            if text in parsed:
                n, u = parsed[text]
            else:
                n, u = parsed[text] = parse_volume(text, decimal=decimal)
        except NumberRangeError:
            raise _range_error(src, row, column, position, label, text) from None
        except ValueError:
            raise src.error(f"target/volume bukan angka di {label}", line=row.line,
                            cell=f"{column} (kolom {position})",
                            expected="angka dengan satuan (mis. '83 indek', '32%', '4')",
                            found=text) from None
        if n is not None:
            if head in ambig:
                n = _ambiguous(src, row, head, column, position, label, False, usage, decimal, satuan=u)
            _note_convention(src, row, head, n, decimal, column, position, label, own[head])
        nums.append(n)
        units.append(u)
    return nums, units


def _says_something_old(grid, positions):
    return [any(not kata_nihil(g[p]) for p in positions) for g in grid]


# --- evaluation._columns ---------------------------------------------------------------------

def test_columns_pads_a_short_row_and_says_which_number_was_missing():
    rows = [Row(5, ["P", "10", "<b>20</b>"], 0), Row(6, ["K", "3"], 0), Row(7, ["S", "1", "2"], 0)]
    block = TableBlock("tabel_2_1", [["Nama", "A", "B"]], 4, rows)
    src = _src()
    cols = evaluation._columns(src, block, 3, "Tabel 2.1", "tnn", ["nama", "target_k", "pagu_rp"])
    assert cols == [["P", "K", "S"], ["10", "3", "1"], ["20", "", "2"]]
    assert [(f["jenis"], f["tingkat"], f["baris_sumber"]) for f in src.temuan] == \
        [("sel_akhir_kosong", "peringatan", 6)]


def test_columns_refuses_a_long_row_naming_it():
    rows = [Row(5, ["P", "10"], 0), Row(6, ["K", "3", "x"], 0), Row(7, ["S", "1", "2", "9"], 0)]
    block = TableBlock("tabel_2_1", [["Nama", "A"]], 4, rows)
    with pytest.raises(RenjaParseError, match="baris 6"):
        evaluation._columns(_src(), block, 2, "Tabel 2.1", "tn", ["nama", "target_k"])


def test_columns_of_a_table_without_rows():
    block = TableBlock("tabel_2_1", [["Nama", "A"]], 4, [])
    assert evaluation._columns(_src(), block, 2, "Tabel 2.1", "tn", ["nama", "target_k"]) == [[], []]


# --- _common.units_in_columns ----------------------------------------------------------------

COLUMNS = ["nama", "target_k", "satuan", "realisasi_k", "satuan_realisasi"]
GRID = [
    ["A", "7 Paket", "", "5", "Paket"],              # unit taken from the cell (info)
    ["B", "2 Orang", "Unit", "2 Orang", "Orang"],    # another unit (peringatan); the same unit: nothing
    ["C", "100 %", "Persen (%)", "-", ""],           # the same unit: read, nothing said
    ["D", "32%", "", "3 - 5", "Unit"],               # "32%": its unit; "3 - 5": no number and unit
    ["", "1.250unit usaha", "Unit Usaha", "", ""],   # glued to its unit; no name: nama None
    ["F", "empat Paket", "Paket", "4", "Paket"],     # no number first: left for the reader
]


def test_units_in_columns_by_hand():
    src = _src()
    cols = [list(c) for c in zip(*GRID)]
    _common.units_in_columns(src, _rows(len(GRID)), cols, {1: 2, 3: 4}, COLUMNS, "Tabel 2.2")
    assert cols[1] == ["7", "2", "100", "32%", "1.250", "empat Paket"]
    assert cols[2] == ["Paket", "Unit", "Persen (%)", "%", "Unit Usaha", "Paket"]
    assert cols[3] == ["5", "2", "-", "3 - 5", "", "4"]
    assert [(f["baris_sumber"], f["tingkat"], f["kolom"], f["nama"]) for f in src.temuan] == [
        (10, "info", "target_k", "A"), (11, "peringatan", "target_k", "B"), (13, "info", "target_k", "D")]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(GRID)), 4))[::37])
def test_units_in_columns_equals_the_cell_by_cell_code(order):
    grid = [list(GRID[k]) for k in order] * 2
    rows = _rows(len(grid))
    old_src, new_src = _src(), _src()
    old = _units_in_cells_old(old_src, rows, [list(g) for g in grid], {1: 2, 3: 4}, COLUMNS, "Tabel 2.2")
    cols = [list(c) for c in zip(*grid)]
    _common.units_in_columns(new_src, rows, cols, {1: 2, 3: 4}, COLUMNS, "Tabel 2.2")
    assert [list(r) for r in zip(*cols)] == old
    assert new_src.temuan == old_src.temuan


# --- evaluation._said ------------------------------------------------------------------------

@pytest.mark.parametrize("positions", [[], [1], [1, 2], [2, 1, 3]])
def test_said_equals_the_row_by_row_rule(positions):
    texts = ["", "-", "Nihil", "5", "0", "\u2013", "tidak ada"]
    grid = [["n", *combo] for combo in itertools.product(texts, repeat=3)]
    expected = _says_something_old(grid, positions)
    cols = [list(c) for c in zip(*grid)]
    assert evaluation._said(cols, positions).tolist() == expected
    # by hand: a row of nothing but words for nothing says nothing
    assert expected[0] is False and (not positions or expected[texts.index("5") * 49] is True)


# --- evaluation._totals ----------------------------------------------------------------------

NAMES = ["JUMLAH", " total :", "Grand Total", "Jumlah Keseluruhan", "TOTAL PROGRAM", "Jumlahnya",
         "Sub total", "jumlah orang", None, "JUMLAH\u00a0TOTAL", "\uff2a\uff35\uff2d\uff2c\uff21\uff28",
         "Program Total", "jumlah anggaran:", "", "TOTAL\tSELURUHNYA", "Total Seluruh Program"]


def test_totals_equals_the_rule_on_every_name():
    s = pd.Series(NAMES, dtype="string")
    old = s.fillna("").str.match(evaluation._JUMLAH).to_numpy(dtype=bool)
    got = evaluation._totals(s)
    assert got.tolist() == old.tolist()
    # by hand
    assert [n for n, t in zip(NAMES, got) if t] == [
        "JUMLAH", " total :", "Grand Total", "Jumlah Keseluruhan", "TOTAL PROGRAM", "JUMLAH\u00a0TOTAL",
        "jumlah anggaran:", "TOTAL\tSELURUHNYA"]


def test_totals_of_no_rows():
    assert evaluation._totals(pd.Series([], dtype="string")).tolist() == []


# --- _common.volume_column -------------------------------------------------------------------

VOLUMES = [
    ["83 indek", "32%", "4", "-", ""],
    ["1.250 Unit Usaha", "2.5 Orang", "7.25", "1.250"],                     # two ways; the column: dot decimal
    ["1,250", "2,5 Paket", "3,75", "1,250 Orang", "1,250"],                  # comma decimal; a count: thousands
    ["1.5", "2,5", "3.5", "4.75"],                                           # one cell in the other convention
    ["12", "1.250", "1.250"],                                                # two ways, no evidence in the column
]


@pytest.mark.parametrize("values", VOLUMES)
def test_volume_column_equals_the_cell_by_cell_code(values):
    rows = _rows(len(values))
    old_src, new_src = _src(), _src()
    old = _volume_column_old(old_src, rows, values, "target_k", 4, "Tabel 3.2")
    new = _common.volume_column(new_src, rows, values, "target_k", 4, "Tabel 3.2")
    assert new == old
    assert new_src.temuan == old_src.temuan
    assert new_src.ambigu == old_src.ambigu


def test_volume_column_by_hand():
    src = _src()
    nums, units = _common.volume_column(src, _rows(4), ["1.5", "2,5", "3.5", "4.75"], "target_k", 4, "Tabel 3.2")
    assert nums == [1.5, 2.5, 3.5, 4.75] and units == [None] * 4
    assert [(f["jenis"], f["baris_sumber"]) for f in src.temuan] == [("angka_konvensi_lain", 11)]
    src = _src()
    nums, _ = _common.volume_column(src, _rows(3), ["1,250 Orang", "2,5", "1,250 Orang"], "target_k", 4, "T")
    assert nums == [1250.0, 2.5, 1250.0]
    assert [(a["baris"], a["dibaca"], a["satuan"]) for a in src.ambigu] == [(10, 1250.0, "Orang"), (12, 1250.0, "Orang")]


@pytest.mark.parametrize("values", [["4", "abc", "x y", "abc"], ["4", "5 Orang", "abc", "5"], ["2", "1" + "0" * 17]])
def test_volume_column_refuses_the_first_bad_cell_as_before(values):
    rows = _rows(len(values))
    with pytest.raises(RenjaParseError) as old:
        _volume_column_old(_src(), rows, values, "target_k", 4, "Tabel 3.2")
    with pytest.raises(RenjaParseError) as new:
        _common.volume_column(_src(), rows, values, "target_k", 4, "Tabel 3.2")
    assert str(new.value) == str(old.value)
    assert ("baris 11" if values[1] == "abc" or len(values) == 2 else "baris 12") in str(new.value)


# --- ambiguous._anak_dari --------------------------------------------------------------------

@pytest.mark.parametrize("induk", [
    [np.nan, 0, 1, 1, 0, np.nan, 5, 5, 1],
    [np.nan, np.nan],
    [],
    [3, 3, 0, np.nan, 0, 2],
])
def test_anak_dari_equals_groupby_indices(induk):
    induk = np.asarray(induk, dtype=float)
    old = {int(k): v for k, v in pd.Series(np.arange(len(induk))).groupby(induk).indices.items()}
    new = ambiguous._anak_dari(induk)
    assert sorted(new) == sorted(old)
    for k in old:
        assert new[k].tolist() == old[k].tolist() and new[k].dtype == old[k].dtype
