"""Tabel 3.1: Target kinerja penyelenggaraan (tujuan, sasaran, indikator, targets).

The extraction shifts cells. The header names TUJUAN, SASARAN, INDIKATOR and three
TARGET columns (Renja and P-Renja of the year, e.g. ``RENJA 2024``, and end of Renstra) in seven cells; rows come
in these shapes (cells 1-7):

- ``no | tujuan | indikator | t1 | t2 | t3 | (empty)``: a tujuan row;
- ``(empty) | sasaran | indikator | t1 | t2 | t3 | (empty)``: a sasaran row;
- ``(empty) | (empty) | sasaran | indikator | t1 | t2 | t3``: a sasaran row shifted
  one cell right;
- ``(empty) | (empty) | indikator | t1 | t2 | t3 | (empty)`` or
  ``(empty) | (empty) | (empty) | indikator | t1 | t2 | t3``: another indicator of
  the tujuan or sasaran above.

Target cells hold numbers (the column's own convention, ``832.222,8``), ``-`` or
nothing (also ``Nihil``, ``Tidak ada``: no target that year, NA); text in a target cell, or a value outside the indicator's three target
cells, is an error naming the cell. Limitation: when cells 3 and 4 both hold text
the row is read as the shifted sasaran shape (cell 4 the indicator), so a target
written as words in the *first* target cell of an unshifted continuation row
cannot be told from a sasaran and is read as one.

Schema: ``urutan``, ``tujuan_no``, ``tujuan``, ``level`` (``tujuan`` | ``sasaran``),
``sasaran``, ``indikator``, ``satuan`` (from a parenthesised unit in the
indicator), ``target_renja``, ``target_perubahan``, ``target_akhir_renstra``,
``baris_sumber``.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from ..numbers import galat_lembar_kerja, is_number, kata_nihil, parse_number
from ..sources.base import SourceText
from ._common import INT, STRING, check_width, drop_duplicates, floats, numeric_column, text

LABEL = "Tabel 3.1"
WIDTH = 7
COLUMNS = ["urutan", "tujuan_no", "tujuan", "level", "sasaran", "indikator", "satuan",
           "target_renja", "target_perubahan", "target_akhir_renstra", "baris_sumber"]
_UNIT = re.compile(r"\(([^)]*)\)\s*$")
_TARGETS = ("target_renja", "target_perubahan", "target_akhir_renstra")


def _is_value(cell: str) -> bool:
    """A number or a cell that says nothing (empty, ``-``, ``Nihil``, ``Tidak ada``: no target)."""
    return kata_nihil(cell) or is_number(cell)


def _shape(src: SourceText, row, cells: list[str]) -> tuple[str, str | None, int]:
    """(kind, statement, indicator position) of a row: kind is 'tujuan', 'sasaran' or 'lanjut'."""
    if cells[0]:
        if not is_number(cells[0]):
            raise src.error(f"nomor tujuan bukan angka di {LABEL}", line=row.line, cell="tujuan (kolom 1)",
                            expected="nomor tujuan (1, 2, ...) atau sel kosong", found=cells[0])
        return "tujuan", cells[1] or None, 2
    if cells[1]:
        return "sasaran", cells[1], 2
    if cells[2] and cells[3] and not _is_value(cells[3]):
        return "sasaran", cells[2], 3
    if cells[2]:
        return "lanjut", None, 2
    if cells[3] and not _is_value(cells[3]):
        return "lanjut", None, 3
    raise src.error(f"baris {LABEL} tanpa indikator", line=row.line, cell="indikator (kolom 3-4)",
                    expected="nama indikator kinerja", found="\t".join(cells))


def parse(src: SourceText) -> pd.DataFrame:
    """Parse Tabel 3.1 (empty table with the schema when absent)."""
    block = src.tables.get("tabel_3_1")
    rows = block.rows if block else []
    if block:
        grid = [check_width(src, block, r, WIDTH, LABEL) for r in rows]
        rows = drop_duplicates(src, "tabel_3_1", LABEL, rows, [tuple(g) for g in grid])
    records: list[dict[str, Any]] = []
    tujuan_no = tujuan = sasaran = None
    for row in rows:
        cells = row.cells
        kind, statement, ind = _shape(src, row, cells)
        for k in range(WIDTH):
            if ind < k <= ind + 3 and not _is_value(cells[k]):
                galat = galat_lembar_kerja(cells[k])
                raise src.error(f"{'galat lembar kerja' if galat else 'teks'} di kolom target {LABEL}",
                                line=row.line, cell=f"{_TARGETS[k - ind - 1]} (kolom {k + 1})",
                                expected="angka, '-' atau kosong", found=cells[k])
            if k > ind + 3 and cells[k]:
                raise src.error(f"sel di luar kolom {LABEL}", line=row.line, cell=f"sel ke-{k + 1}",
                                expected="kosong (tiga target sesudah indikator)", found=cells[k])
        if kind == "tujuan":
            nomor = parse_number(cells[0])
            assert nomor is not None, "_shape checked that the cell is a number"
            tujuan_no = int(nomor)
            tujuan, sasaran, level = statement, None, "tujuan"
        elif kind == "sasaran":
            sasaran, level = statement, "sasaran"
        else:
            level = "sasaran" if sasaran is not None else "tujuan"
        values = (cells[ind + 1: ind + 4] + ["", "", ""])[:3]
        records.append(dict(tujuan_no=tujuan_no, tujuan=tujuan, level=level,
                            sasaran=sasaran if level == "sasaran" else None,
                            indikator=cells[ind], values=values, row=row))
    out = pd.DataFrame({"urutan": pd.Series(range(1, len(records) + 1), dtype=INT)})
    out["tujuan_no"] = pd.Series([r["tujuan_no"] for r in records], dtype=INT)
    out["tujuan"] = text([r["tujuan"] or "" for r in records])
    out["level"] = pd.Categorical([r["level"] for r in records], categories=["tujuan", "sasaran"])
    out["sasaran"] = text([r["sasaran"] or "" for r in records])
    out["indikator"] = text([r["indikator"] for r in records])
    units = [(_UNIT.search(r["indikator"]) or [None, ""])[1] for r in records]
    out["satuan"] = text(units)
    for k, col in enumerate(["target_renja", "target_perubahan", "target_akhir_renstra"]):
        cells = [r["values"][k] for r in records]
        out[col] = floats(numeric_column(src, [r["row"] for r in records], cells, col, 4 + k, LABEL,
                                         jenis="target"))
    out["baris_sumber"] = pd.Series([r["row"].line for r in records], dtype=INT)
    out["tujuan"] = out["tujuan"].astype(STRING)
    return out[COLUMNS]
