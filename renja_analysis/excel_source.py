"""Read an evaluation workbook laid out like Tabel 2.2 (the shape SIPD / e-Monev
exports give analysts) into the same table block a text document gives.

Layout: a three-row header whose first row starts with "Program, Kegiatan, Sub
Kegiatan" and ends with "Keterangan", "Solusi"; the second row marks K and Rp
(target, realisasi, tingkat capaian); the third Volume / Satuan. Then one row per
program / kegiatan / sub kegiatan in twelve columns A-L, in Tabel 2.2's order.
Merged header cells are fine as long as every label is where it belongs; a merged
cell among the data rows is an error (it hides values). Row numbers of the sheet
stand in for source lines, so errors name the sheet row and column.
"""
from __future__ import annotations

from pathlib import Path

from .document import Row, SourceText, TableBlock
from .errors import RenjaParseError
from .numbers import clean_text

WIDTH = 12
#: (row offset from the header row, column letter, expected label) checked in the header.
LABELS = [
    (0, "A", "Program, Kegiatan"), (0, "B", "Indikator"), (0, "K", "Keterangan"), (0, "L", "Solusi"),
    (1, "C", "K"), (1, "E", "Rp"), (1, "F", "K"), (1, "H", "Rp"), (1, "I", "K"), (1, "J", "Rp"),
    (2, "C", "Volume"), (2, "D", "Satuan"), (2, "F", "Volume"), (2, "G", "Satuan"),
]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        return format(value, ".12f").rstrip("0") if "e" in text else text
    return str(value)


def _merged_at(ws, coordinate: str) -> str | None:
    for rng in ws.merged_cells.ranges:
        if coordinate in rng:
            return str(rng)
    return None


def _find_sheet(wb, path):
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=15, max_col=WIDTH):
            first = clean_text(row[0].value)
            if first.lower().startswith("program, kegiatan"):
                return ws, row[0].row
    raise RenjaParseError(
        path, "lembar evaluasi tidak ditemukan", cell="A1:A15 setiap lembar",
        expected="judul tabel yang diawali 'Program, Kegiatan, Sub Kegiatan' (bentuk Tabel 2.2)",
        found="lembar: " + ", ".join(wb.sheetnames))


def read_workbook_source(path) -> SourceText:
    """Read a Tabel 2.2-shaped workbook into a ``SourceText`` with one block, ``tabel_2_2``.

    Raises
    ------
    RenjaParseError
        Not a workbook, no sheet with the header, a header label missing or
        hidden by a merged cell, a merged cell among the data rows.
    """
    from openpyxl import load_workbook

    path = Path(path)
    try:
        wb = load_workbook(path, data_only=True)
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from None
    except Exception as exc:  # BadZipFile, InvalidFileException, KeyError from a broken package
        raise RenjaParseError(path, f"bukan berkas Excel yang dapat dibaca ({type(exc).__name__})",
                              expected="buku kerja .xlsx berbentuk Tabel 2.2") from None
    ws, top = _find_sheet(wb, path)
    for offset, letter, label in LABELS:
        coord = f"{letter}{top + offset}"
        found = clean_text(ws[coord].value)
        if not found.lower().startswith(label.lower()):
            merged = _merged_at(ws, coord)
            note = f" (tertutup sel tergabung {merged})" if merged else ""
            raise RenjaParseError(path, f"judul kolom tidak sesuai di lembar '{ws.title}'{note}",
                                  line=top + offset, cell=coord, expected=label, found=found)
    data_start = top + 3
    for rng in ws.merged_cells.ranges:
        if rng.max_row >= data_start:
            raise RenjaParseError(path, f"sel tergabung di baris data lembar '{ws.title}'",
                                  line=rng.min_row, cell=str(rng),
                                  expected="satu nilai per sel di baris data", found="sel tergabung")
    header = [[clean_text(ws.cell(row=top + k, column=j).value) for j in range(1, WIDTH + 1)] for k in range(3)]
    rows = []
    for cells in ws.iter_rows(min_row=data_start, max_col=ws.max_column):
        values = [_text(c.value) for c in cells]
        if not any(v.strip() for v in values):
            continue
        bold = [bool(c.font and c.font.b) for c in cells]
        raw = [f"<b>{v}</b>" if b and v else v for v, b in zip(values, bold)]
        rows.append(Row(line=cells[0].row, raw=raw, segment=1))
    block = TableBlock(kind="tabel_2_2", header=header, header_line=top, rows=rows, segments=1)
    return SourceText(path=path, lines=[], tables={"tabel_2_2": block})
