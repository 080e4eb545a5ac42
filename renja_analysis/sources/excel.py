"""Read an evaluation workbook laid out like Tabel 2.2 (the shape SIPD / e-Monev
exports give analysts) into the same table block a text document gives.

Layout: a header block whose first row names the concepts of Tabel 2.2
(program/kegiatan, indikator, target, realisasi, capaian, keterangan/solusi; see
``judul``), whose second row marks K and Rp and whose third row Volume / Satuan.
Then one row per program / kegiatan / sub kegiatan in twelve columns A-L, in
Tabel 2.2's order (eleven, A-K, when the table prints Keterangan or Solusi only: the
other reads empty, ``sources.layout.varian``). Merged header cells are fine as long as every label is where it
belongs; a merged cell among the data rows is an error (it hides values).

Cells that hold numbers are used as numbers (never re-read from their text). A
formula without a cached value is an error (the file was written by a program that
does not compute formulas: open and save it in a spreadsheet, or export values).
When several sheets look like Tabel 2.2, the sheet must be named (``sheet=``,
``--sheet``). Sheet row numbers stand in for source lines, so errors name the sheet
row and column.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RenjaParseError
from ..numbers import clean_text
from . import headers, layout
from .base import Row, SourceText, TableBlock
from .detect import OLE_MAGIC, ZIP_MAGIC  # noqa: F401  (kept importable from here)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

#: Columns A-L: Tabel 2.2's cells (``sources.layout``, the layout the text reader uses too).
WIDTH = layout.LEBAR
#: Rows of a sheet searched for the header.
HEAD = 30
#: (row offset from the header row, column letter, expected label) checked in rows 2-3.
LABELS = ([(1, layout.huruf(k), v) for k, v in layout.SATUAN.items()]
          + [(2, layout.huruf(k), v) for k, v in layout.VOLUME.items()])
#: (column letter, concept) the first header row must name, checked cell by cell (the sheet
#: itself is chosen by ``headers.classify`` of its whole header block).
CONCEPTS = [(layout.huruf(k), c) for k, c in layout.JUDUL.items()
            if c in ("program", "indikator", "keterangan", "solusi")]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value)


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _merged_at(ws, coordinate: str) -> str | None:
    for rng in ws.merged_cells.ranges:
        if coordinate in rng:
            return str(rng)
    return None


def _header_row(ws) -> int | None:
    """The sheet row where a Tabel 2.2 header block starts, or None."""
    rows = [[clean_text(c) for c in r] for r in ws.iter_rows(min_row=1, max_row=HEAD, max_col=WIDTH,
                                                              values_only=True)]
    for k, cells in enumerate(rows):
        if headers.first_concept(cells) is None:
            continue
        block = [cells] + [r for r in rows[k + 1:k + 4] if headers.is_continuation(r)]
        if headers.classify(block) == "tabel_2_2":
            return k + 1
    return None


def _choose_sheet(wb, path: Path, sheet: str | None):
    found = [(ws, top) for ws in wb.worksheets if (top := _header_row(ws)) is not None]
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise RenjaParseError(path, f"lembar '{sheet}' tidak ada", cell="--sheet",
                                  expected="salah satu lembar: " + ", ".join(wb.sheetnames), found=sheet)
        match = [(ws, top) for ws, top in found if ws.title == sheet]
        if not match:
            raise RenjaParseError(path, f"lembar '{sheet}' tidak berbentuk Tabel 2.2", cell=f"{sheet}!A1:L{HEAD}",
                                  expected="judul kolom Program/Kegiatan, Indikator, Target, Realisasi, "
                                           "Capaian, Keterangan, Solusi", found="judul lain")
        return match[0]
    if not found:
        raise RenjaParseError(
            path, "lembar evaluasi tidak ditemukan", cell=f"A1:L{HEAD} setiap lembar",
            expected="judul tabel berbentuk Tabel 2.2 (Program/Kegiatan, Indikator, Target, Realisasi, "
                     "Capaian, Keterangan/Solusi)",
            found="lembar: " + ", ".join(wb.sheetnames))
    if len(found) > 1:
        names = ", ".join(f"'{ws.title}'" for ws, _ in found)
        raise RenjaParseError(path, f"{len(found)} lembar berbentuk Tabel 2.2: {names}",
                              cell="--sheet", expected="nama lembar yang dibaca (--sheet NAMA)",
                              found=names)
    return found[0]


def _columns(ws, top: int) -> list[str]:
    """The columns of the sheet's table (``layout.varian``): twelve, or eleven when the header
    names Keterangan or Solusi alone in K, L is empty in the header and in every data row (a
    value in L under an empty L1 is a missing caption: ``_check_header`` names it)."""
    first = [clean_text(ws.cell(row=top, column=j).value) for j in range(1, WIDTH + 1)]
    used = any(c == WIDTH and r > top and cell.value is not None and str(cell.value).strip()
               for (r, c), cell in ws._cells.items())
    width = WIDTH if first[-1] or used else WIDTH - 1
    return layout.varian(width, headers.concepts(first[-2:])) or list(layout.KOLOM)


def _check_header(ws, path: Path, top: int, columns: list[str] = layout.KOLOM) -> None:
    concepts = CONCEPTS if columns == layout.KOLOM else [
        (layout.huruf(k), c) for k, c in layout.judul(columns).items()
        if c in ("program", "indikator", "keterangan", "solusi")]
    for letter, concept in concepts:
        coord = f"{letter}{top}"
        found = clean_text(ws[coord].value)
        if concept not in headers.concepts([found]):
            merged = _merged_at(ws, coord)
            note = f" (tertutup sel tergabung {merged})" if merged else ""
            raise RenjaParseError(path, f"judul kolom tidak sesuai di lembar '{ws.title}'{note}",
                                  line=top, cell=coord, expected=concept.capitalize(), found=found)
    for offset, letter, label in LABELS:
        coord = f"{letter}{top + offset}"
        found = clean_text(ws[coord].value)
        if not found.lower().startswith(label.lower()):
            merged = _merged_at(ws, coord)
            note = f" (tertutup sel tergabung {merged})" if merged else ""
            raise RenjaParseError(path, f"judul kolom tidak sesuai di lembar '{ws.title}'{note}",
                                  line=top + offset, cell=coord, expected=label, found=found)


def _filled(ws, min_row: int) -> dict[int, dict[int, Cell]]:
    """The cells holding a value at or below ``min_row``, by row and column.

    Read from the sheet's own store of cells, so that a styled cell far away
    (``XFD1048576``) costs nothing: walking ``max_row x max_column`` would take minutes
    and gigabytes."""
    rows: dict[int, dict[int, Cell]] = {}
    for (r, c), cell in ws._cells.items():      # openpyxl keeps only the cells that exist
        if r >= min_row and cell.value is not None and str(cell.value).strip():
            rows.setdefault(r, {})[c] = cell
    return rows


def _formulas_without_value(formulas_ws, values_ws, path: Path, start: int) -> None:
    for (r, _c), cell in sorted(formulas_ws._cells.items()):
        if r >= start and cell.data_type == "f" and values_ws[cell.coordinate].value is None:
            raise RenjaParseError(
                path, f"sel berisi rumus tanpa nilai tersimpan di lembar '{values_ws.title}'",
                line=cell.row, cell=cell.coordinate,
                expected="nilai angka: buka dan simpan berkas di Excel/LibreOffice (agar nilai rumus "
                         "tersimpan), atau ekspor sebagai nilai",
                found=str(cell.value)[:80])


def read(path: Path, data: bytes, sheet: str | None = None) -> SourceText:
    """Read a Tabel 2.2-shaped workbook into a ``SourceText`` with one block, ``tabel_2_2``.

    Raises
    ------
    RenjaParseError
        Not a readable workbook, no sheet (or several) with the header, a header label
        missing or hidden by a merged cell, a merged cell among the data rows, a formula
        without a cached value.
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
        formulas = load_workbook(io.BytesIO(data), data_only=False)
    except Exception as exc:  # BadZipFile, InvalidFileException, KeyError from a broken package
        raise RenjaParseError(path, f"bukan berkas Excel yang dapat dibaca ({type(exc).__name__})",
                              expected="buku kerja .xlsx berbentuk Tabel 2.2") from None
    ws, top = _choose_sheet(wb, path, sheet)
    columns = _columns(ws, top)
    width = len(columns)
    _check_header(ws, path, top, columns)
    data_start = top + 3
    for rng in ws.merged_cells.ranges:
        if rng.max_row >= data_start:
            raise RenjaParseError(path, f"sel tergabung di baris data lembar '{ws.title}'",
                                  line=rng.min_row, cell=str(rng),
                                  expected="satu nilai per sel di baris data", found="sel tergabung")
    _formulas_without_value(formulas[ws.title], ws, path, data_start)
    header = [[clean_text(ws.cell(row=top + k, column=j).value) for j in range(1, width + 1)] for k in range(3)]
    block = TableBlock(kind="tabel_2_2", header=header, header_line=top, segments=1,
                       header_lines=[top, top + 1, top + 2], widths={1: width}, last_line=top + 2)
    filled = _filled(ws, data_start)
    for number in sorted(filled):
        cells = filled[number]
        last = max(width, max(cells))
        values = [cells[j].value if j in cells else None for j in range(1, last + 1)]
        texts = [_text(v) for v in values]
        bold = [bool(j in cells and cells[j].font and cells[j].font.b) for j in range(1, last + 1)]
        raw = [f"<b>{t}</b>" if b and t else t for t, b in zip(texts, bold)]
        block.rows.append(Row(line=number, raw=raw, segment=1, numbers=[_number(v) for v in values]))
        block.last_line = number
    # empty rows between the header and the last row (trailing empty rows are not part of the table)
    block.blank_lines = [n for n in range(data_start, block.last_line) if n not in filled]
    src = SourceText(path=path, lines=[], tables={"tabel_2_2": block}, sheet=ws.title)
    return src
