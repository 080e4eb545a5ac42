"""Tabel 3.1: Target kinerja penyelenggaraan (tujuan, sasaran, indikator, targets).

The extraction shifts cells: a tujuan row starts with its number and statement,
a sasaran row leaves the first two cells empty, and the three targets may start
one cell to the left or right. Cells are read by what they hold: the last text
cell is the indicator, the up to three cells after it are the targets (Renja
2024, P-Renja 2024, end of Renstra), the text before it is the tujuan statement
(after a number) or the sasaran. Numbers use the Indonesian convention here
(``832.222,8``); the column's own convention is detected.

Schema: ``urutan``, ``tujuan_no``, ``tujuan``, ``level`` (``tujuan`` | ``sasaran``),
``sasaran``, ``indikator``, ``satuan`` (from a parenthesised unit in the
indicator), ``target_renja``, ``target_perubahan``, ``target_akhir_renstra``,
``baris_sumber``.
"""
from __future__ import annotations

import re

import pandas as pd

from ..document import SourceText
from ..numbers import is_number, parse_number
from ._common import INT, STRING, floats, numeric_column, text

LABEL = "Tabel 3.1"
COLUMNS = ["urutan", "tujuan_no", "tujuan", "level", "sasaran", "indikator", "satuan",
           "target_renja", "target_perubahan", "target_akhir_renstra", "baris_sumber"]
_UNIT = re.compile(r"\(([^)]*)\)\s*$")


def _is_value(cell: str) -> bool:
    return cell in ("", "-") or is_number(cell)


def parse(src: SourceText) -> pd.DataFrame:
    """Parse Tabel 3.1 (empty table with the schema when absent)."""
    block = src.tables.get("tabel_3_1")
    rows = block.rows if block else []
    width = block.width if block else 7
    records = []
    tujuan_no = tujuan = sasaran = None
    for row in rows:
        cells = row.cells
        if len(cells) > width and any(cells[width:]):
            raise src.error(f"baris {LABEL} memiliki sel lebih dari judulnya", line=row.line,
                            cell=f"sel ke-{width + 1}", expected=f"paling banyak {width} sel",
                            found=f"{len(cells)} sel")
        text_pos = [i for i, c in enumerate(cells) if c and not _is_value(c)]
        if not text_pos:
            raise src.error(f"baris {LABEL} tanpa indikator", line=row.line, cell="indikator",
                            expected="nama indikator kinerja", found="\t".join(cells))
        ind = text_pos[-1]
        before = [cells[i] for i in text_pos[:-1]]
        level = "sasaran"
        if cells[0] and is_number(cells[0]):
            tujuan_no = int(parse_number(cells[0]))
            tujuan, sasaran, level = (before[0] if before else None), None, "tujuan"
        elif before:
            sasaran = before[-1]
        elif sasaran is None:
            level = "tujuan"
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
        out[col] = floats(numeric_column(src, [r["row"] for r in records], cells, col, 4 + k, LABEL))
    out["baris_sumber"] = pd.Series([r["row"].line for r in records], dtype=INT)
    out["tujuan"] = out["tujuan"].astype(STRING)
    return out[COLUMNS]
