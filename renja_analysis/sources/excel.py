"""Read an evaluation workbook laid out like Tabel 2.2 (the shape SIPD / e-Monev
exports give analysts) into the same table block a text document gives.

Layout: a header block whose first row names the concepts of Tabel 2.2
(program/kegiatan, indikator, target, realisasi, capaian, keterangan/solusi; see
``headers.classify``), then one row per program / kegiatan / sub kegiatan. The
header is read two ways:

- *three rows* (the layout of the document): the second row marks K and Rp, the third
  Volume and Satuan, each label in its column; the twelve visible columns are Tabel
  2.2's cells in order (``layout``). A label missing or hidden by a merged cell is an
  error naming the cell;
- *one or two rows* ("Target Kinerja", "Satuan", "Target Anggaran (Rp)", "Realisasi
  Anggaran (%)" ...): each column is recognised by what its caption means
  (``headers.column_meaning``), in any order, with an ``info`` finding
  ``judul_menurut_makna`` saying which column was read as what. A caption naming nothing
  over a column holding data, two columns meaning the same, or a required column
  missing is an error naming the cells.

What a reviewer sees is what is read:

- a *hidden column* is not read (the reviewer does not see it). What it held is named
  in a finding ``kolom_tersembunyi``: a helper column (``info``), a copy of a visible
  column (``info`` where it agrees, ``peringatan`` naming the cells where it differs).
  A table column hidden with no visible column in its place is an error;
- a *name merged over several rows* (A5:A6) is one program / kegiatan / sub kegiatan
  with one indicator per row: every row is read with that name (``nama_sel_gabung``,
  ``info``). Its pagu, realisasi (Rp), serapan, keterangan and solusi belong to the
  name: merged over the same rows, or written on the first row only, or repeated with
  the same value (counted once); another pagu on a later row is an error. Any other
  merged cell among the data rows is an error (it hides values);
- a *percent-formatted cell* (``0.00%``: stored 0.5625, shown 56,25 %) is read as shown,
  x 100, with a finding ``format_persen``: one ``info`` per percentage column (capaian,
  serapan), one per cell in a target or realisasi volume (``peringatan`` unless the
  row's unit is a percentage); in a rupiah column it is an error. A ``%`` written in
  quotes or escaped (``0.00"%"``) is a sign, not a percentage;
- cells that hold numbers are used as numbers (never re-read from their text); a number
  stored as text ("2.992.759.325", "56,25") is read from its text like a number of the
  text document (its own convention; typed numbers show none).

A formula without a cached value is an error (the file was written by a program that
does not compute formulas: open and save it in a spreadsheet, or export values). When
several sheets look like Tabel 2.2, the sheet must be named (``sheet=``, ``--sheet``).
Sheet row numbers stand in for source lines, so errors name the sheet row and column.
"""
from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RenjaParseError
from ..labels import kolom as _kolom
from ..numbers import clean_text, format_angka, format_persen, format_rupiah
from . import headers, layout
from .base import Row, SourceText, TableBlock, TanpaTabel22
from .detect import OLE_MAGIC, ZIP_MAGIC  # noqa: F401  (kept importable from here)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

#: Columns A-L: Tabel 2.2's cells (``sources.layout``, the layout the text reader uses too).
WIDTH = layout.LEBAR
#: Rows of a sheet searched for the header.
HEAD = 30
#: (row offset from the header row, column letter, expected label) checked in rows 2-3 of a
#: three-row header (the letter of the cell's column when no column is hidden).
LABELS = ([(1, layout.huruf(k), v) for k, v in layout.SATUAN.items()]
          + [(2, layout.huruf(k), v) for k, v in layout.VOLUME.items()])
#: (column letter, concept) the first header row must name, checked cell by cell (the sheet
#: itself is chosen by ``headers.classify`` of its whole header block).
CONCEPTS = [(layout.huruf(k), c) for k, c in layout.JUDUL.items()
            if c in ("program", "indikator", "keterangan", "solusi")]
#: Cells a header read by meaning must have; the others are empty where the sheet has none.
REQUIRED = ("nama", "indikator", "target_k", "satuan", "pagu_rp", "realisasi_k", "realisasi_rp")
#: Examples of captions for each cell, for errors.
EXAMPLE = {"nama": "Program/Kegiatan/Sub Kegiatan", "indikator": "Indikator Kinerja", "target_k": "Target Kinerja",
           "satuan": "Satuan (sesudah Target Kinerja)", "pagu_rp": "Target Anggaran (Rp) atau Pagu (Rp)",
           "realisasi_k": "Realisasi Kinerja", "realisasi_rp": "Realisasi Anggaran (Rp)"}
#: Cells that belong to the program / kegiatan / sub kegiatan, not to one of its indicators.
ENTITY = ("pagu_rp", "realisasi_rp", "serapan_rp_dokumen", "keterangan", "solusi")
_POS = {name: k for k, name in enumerate(layout.KOLOM)}
_RUPIAH = {"pagu_rp", "realisasi_rp"}
_PERCENTAGE = {"capaian_k_dokumen", "serapan_rp_dokumen"}
_VOLUME = {"target_k": "satuan", "realisasi_k": "satuan_realisasi"}
_PERCENT_UNIT = re.compile(r"(?i)%|\bpersen")


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


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _cell(letter: str) -> int:
    """The 0-based Tabel 2.2 cell of a layout column letter (A-L)."""
    return ord(letter) - ord("A")


def _merged_at(ws, coordinate: str) -> str | None:
    for rng in ws.merged_cells.ranges:
        if coordinate in rng:
            return str(rng)
    return None


def _hidden_columns(ws) -> set[int]:
    """The sheet's hidden columns (1-based)."""
    from openpyxl.utils import column_index_from_string

    out: set[int] = set()
    for key, dim in ws.column_dimensions.items():
        if dim.hidden:
            first = dim.min or column_index_from_string(key)
            out.update(range(first, (dim.max or first) + 1))
    return out


def _values(ws, rows: range) -> dict[tuple[int, int], object]:
    """The values of the cells in ``rows`` that hold one, by (row, column), from the
    sheet's own store (a styled cell far away costs nothing)."""
    return {(r, c): cell.value for (r, c), cell in ws._cells.items()
            if r in rows and cell.value is not None and str(cell.value).strip()}


#: Columns of a sheet (Excel's limit, XFD).
MAX_COLUMN = 16384


def _visible(hidden: set[int], count: int, last: int = 0) -> list[int]:
    """The first ``count`` visible columns, and every visible one up to ``last`` (fewer
    where the sheet hides the rest)."""
    out: list[int] = []
    c = 1
    while (len(out) < count or c <= last) and c <= MAX_COLUMN:
        if c not in hidden:
            out.append(c)
        c += 1
    return out


def _header_row(ws, hidden: set[int]) -> tuple[int, int] | None:
    """The sheet row where a Tabel 2.2 header block starts and its number of rows, or
    None; hidden columns are not part of what is seen."""
    values = _values(ws, range(1, HEAD + 1))
    last = max((c for _, c in values), default=0)
    cols = [c for c in range(1, last + 1) if c not in hidden]
    rows = [[clean_text(values.get((r, c))) for c in cols] for r in range(1, HEAD + 1)]
    for k, cells in enumerate(rows):
        if headers.first_concept(cells) is None:
            continue
        block = [cells] + [r for r in rows[k + 1:k + 4] if headers.is_continuation(r)]
        if headers.classify(block) == "tabel_2_2":
            n = 1
            while n < 3 and k + n < len(rows) and headers.is_continuation(rows[k + n]):
                n += 1
            return k + 1, n
    return None


def _hidden_table(path: Path, ws, top: tuple[int, int], hidden: set[int]) -> RenjaParseError | None:
    """The error for a sheet that looks like Tabel 2.2 only with its hidden columns shown."""
    sh = _Sheet(ws, None, path, top[0], top[1], set())
    try:
        sh.map_columns()
    except RenjaParseError:
        return None
    hid = sorted((c, s) for s, c in sh.slot.items() if c in hidden)
    return sh._hidden_error(hid) if hid else None


def lembar_tabel22(wb) -> list[str]:
    """The sheets of an open workbook (``load_workbook(..., data_only=True)``) whose header is
    shaped like Tabel 2.2 (hidden columns shown), in workbook order.

    >>> from openpyxl import load_workbook
    >>> from renja_analysis.config import ROOT
    >>> lembar_tabel22(load_workbook(ROOT / "tests" / "data" / "contoh-evaluasi-tw2.xlsx", data_only=True))
    ['Evaluasi TW II']
    """
    return [ws.title for ws in wb.worksheets if _header_row(ws, set()) is not None]


def _choose_sheet(wb, path: Path, sheet: str | None):
    found, hidden_only = [], []
    for ws in wb.worksheets:
        hidden = _hidden_columns(ws)
        if (top := _header_row(ws, hidden)) is not None:
            found.append((ws, top, hidden))
        elif hidden and (top := _header_row(ws, set())) is not None:
            hidden_only.append((ws, top, hidden))
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise RenjaParseError(path, f"lembar '{sheet}' tidak ada", cell="--sheet",
                                  expected="salah satu lembar: " + ", ".join(wb.sheetnames), found=sheet)
        match = [f for f in found if f[0].title == sheet]
        for ws, top, hidden in hidden_only:
            if not match and ws.title == sheet and (error := _hidden_table(path, ws, top, hidden)):
                raise error
        if not match:
            raise RenjaParseError(path, f"lembar '{sheet}' tidak berbentuk Tabel 2.2", cell=f"{sheet}!A1:L{HEAD}",
                                  expected="judul kolom Program/Kegiatan, Indikator, Target, Realisasi, "
                                           "Capaian, Keterangan, Solusi", found="judul lain")
        return match[0]
    if not found:
        for ws, top, hidden in hidden_only:
            if error := _hidden_table(path, ws, top, hidden):
                raise error
        # a sheet shaped like Tabel 2.2 once its hidden columns are shown is one: its error is the Renja reader's
        raise (RenjaParseError if hidden_only else TanpaTabel22)(
            path, "lembar evaluasi tidak ditemukan", cell=f"A1:L{HEAD} setiap lembar",
            expected="judul tabel berbentuk Tabel 2.2 (Program/Kegiatan, Indikator, Target, Realisasi, "
                     "Capaian, Keterangan/Solusi)",
            found="lembar: " + ", ".join(wb.sheetnames))
    if len(found) > 1:
        names = ", ".join(f"'{f[0].title}'" for f in found)
        raise RenjaParseError(path, f"{len(found)} lembar berbentuk Tabel 2.2: {names}",
                              cell="--sheet", expected="nama lembar yang dibaca (--sheet NAMA)",
                              found=names)
    return found[0]


def _layout_error(ws, path: Path, top: int, cols: list[int]) -> RenjaParseError | None:
    """The first cell of a three-row header (columns ``cols``, Tabel 2.2's cells in order)
    whose label is not the layout's, as an error; None when every label is in place."""
    for letter, concept in CONCEPTS:
        coord = f"{_letter(cols[_cell(letter)])}{top}"
        found = clean_text(ws[coord].value)
        if concept not in headers.concepts([found]):
            merged = _merged_at(ws, coord)
            note = f" (tertutup sel tergabung {merged})" if merged else ""
            return RenjaParseError(path, f"judul kolom tidak sesuai di lembar '{ws.title}'{note}",
                                   line=top, cell=coord, expected=concept.capitalize(), found=found)
    for offset, letter, label in LABELS:
        coord = f"{_letter(cols[_cell(letter)])}{top + offset}"
        found = clean_text(ws[coord].value)
        if not found.lower().startswith(label.lower()):
            merged = _merged_at(ws, coord)
            note = f" (tertutup sel tergabung {merged})" if merged else ""
            return RenjaParseError(path, f"judul kolom tidak sesuai di lembar '{ws.title}'{note}",
                                   line=top + offset, cell=coord, expected=label, found=found)
    return None


def _captions(ws, top: int, n: int, last: int) -> dict[int, list[str]]:
    """Each column's header captions (rows ``top`` to ``top + n - 1``), a merged caption
    repeated in every cell it spans."""
    rows = range(top, top + n)
    grid = {k: clean_text(v) for k, v in _values(ws, rows).items()}
    for rng in ws.merged_cells.ranges:
        if rng.max_row < top or rng.min_row >= top + n:
            continue
        value = grid.get((rng.min_row, rng.min_col), "")
        for r in range(max(rng.min_row, top), min(rng.max_row, top + n - 1) + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = value
    return {c: [grid.get((r, c), "") for r in rows] for c in range(1, last + 1)}


def _caption(texts: list[str]) -> str:
    seen = list(dict.fromkeys(t for t in texts if t))
    return " / ".join(seen)


def _meanings(captions: dict[int, list[str]]) -> dict[int, str | None]:
    """``headers.column_meaning`` of every column; a unit column takes the group of the
    column before it, a target / realisasi / capaian column that says neither K nor Rp
    the one of the two its group lacks."""
    meaning = {c: headers.column_meaning(caps) for c, caps in captions.items()}
    taken = set(meaning.values())
    for c, m in meaning.items():
        if m and m.endswith("?") and m != "satuan?":
            group = m[:-1]
            k = {"target": "target_k", "realisasi": "realisasi_k", "capaian": "capaian_k_dokumen"}[group]
            rp = {"target": "pagu_rp", "realisasi": "realisasi_rp", "capaian": "serapan_rp_dokumen"}[group]
            meaning[c] = k if rp in taken and k not in taken else rp if k in taken and rp not in taken else None
    before = None
    for c in sorted(meaning):
        if meaning[c] == "satuan?":
            meaning[c] = {"target_k": "satuan", "realisasi_k": "satuan_realisasi"}.get(before or "")
        if meaning[c]:
            before = meaning[c]
    return meaning


class _Sheet:
    """The sheet being read: where its table is and how its columns map to Tabel 2.2's cells."""

    def __init__(self, ws, formulas, path: Path, top: int, n: int, hidden: set[int]):
        self.ws, self.formulas, self.path, self.top, self.n, self.hidden = ws, formulas, path, top, n, hidden
        self.data_start = top + n
        self.filled = _filled(ws, self.data_start)
        header_cols = {c for (_, c) in _values(ws, range(top, top + n))}
        data_cols = {c for cells in self.filled.values() for c in cells}
        self.last = max(header_cols | data_cols | {0})
        self.findings: list[tuple] = []
        self.slot: dict[str, int] = {}          # Tabel 2.2 cell -> sheet column
        self.extra: list[int] = []              # visible columns after the table's (three-row header)

    def error(self, message, **kw) -> RenjaParseError:
        return RenjaParseError(self.path, message, **kw)

    def value(self, row: int, column: int):
        """A cell's value, without creating the cell (``ws.cell`` would)."""
        cell = self.ws._cells.get((row, column))
        return None if cell is None else cell.value

    def column_values(self, c: int) -> dict[int, object]:
        return {r: cells[c].value for r, cells in self.filled.items() if c in cells}

    # --- columns --------------------------------------------------------------------------

    def map_columns(self) -> None:
        if self.n >= 3:
            self._three_rows()
        else:
            self._by_meaning()

    def _three_rows(self) -> None:
        cols = _visible(self.hidden, WIDTH)
        error = _layout_error(self.ws, self.path, self.top, cols) if len(cols) == WIDTH else None
        if error is not None and (eleven := self._eleven(cols)) is not None:
            # Tabel 2.2 printed without Keterangan or Solusi (``layout.varian``): the other reads empty
            self.slot = dict(zip(eleven, cols))
            self.extra = [c for c in _visible(self.hidden, WIDTH, self.last)[WIDTH:]]
            return
        if error is not None or len(cols) < WIDTH:
            # the layout with the hidden columns in place: a table column is hidden
            width = list(range(1, WIDTH + 1))
            hid = [c for c in width if c in self.hidden]
            if hid and _layout_error(self.ws, self.path, self.top, width) is None:
                raise self._hidden_error([(c, layout.KOLOM[c - 1]) for c in hid])
            raise error or _layout_error(self.ws, self.path, self.top, width) or self._hidden_error(
                [(c, layout.KOLOM[c - 1]) for c in hid])
        self.slot = dict(zip(layout.KOLOM, cols))
        self.extra = [c for c in _visible(self.hidden, WIDTH, self.last)[WIDTH:]]

    def _eleven(self, cols: list[int]) -> list[str] | None:
        """The eleven-column variant (``layout.varian``) when the last column has no caption and
        no value in any data row and the one before it names Keterangan or Solusi; else None."""
        if cols != list(range(1, WIDTH + 1)):
            return None                        # a hidden column: the layout with it in place decides
        last = cols[-1]
        if any(clean_text(self.value(self.top + k, last)) for k in range(self.n)):
            return None
        if any(last in cells for cells in self.filled.values()):
            return None
        notes = headers.concepts([clean_text(self.value(self.top, cols[-2]))])
        return layout.varian(WIDTH - 1, notes)

    def _hidden_error(self, hidden: list[tuple[int, str]]) -> RenjaParseError:
        names = ", ".join(f"{_kolom(s)} (kolom {_letter(c)})" for c, s in hidden)
        first = _letter(hidden[0][0])
        return self.error(
            f"kolom Tabel 2.2 tersembunyi di lembar '{self.ws.title}': {names}", line=self.top,
            cell=f"{first}{self.top}:{first}{self.top + self.n - 1}",
            expected="kolom tabel yang terlihat (tampilkan kolom itu, atau hapus bila memang tidak dipakai)",
            found="kolom tersembunyi")

    def _by_meaning(self) -> None:
        captions = _captions(self.ws, self.top, self.n, self.last)
        meaning = _meanings(captions)
        visible = [c for c in range(1, self.last + 1) if c not in self.hidden]
        data_cols = {c for cells in self.filled.values() for c in cells}
        for c in visible:
            if meaning[c] is None and c in data_cols:
                coord = f"{_letter(c)}{self.top}"
                raise self.error(
                    f"judul kolom tidak dikenali di lembar '{self.ws.title}'", line=self.top, cell=coord,
                    expected="judul yang menyebut satu kolom Tabel 2.2 (mis. Target Kinerja, Satuan, "
                             "Target Anggaran (Rp), Realisasi Kinerja, Realisasi Anggaran (Rp), Capaian Kinerja (%))",
                    found=_caption(captions[c]) or "(kosong)")
        by_slot: dict[str, list[int]] = {}
        for c in visible:
            if (m := meaning[c]) is not None:
                by_slot.setdefault(m, []).append(c)
        for slot in layout.KOLOM:
            cols = by_slot.get(slot, [])
            if len(cols) > 1:
                cells = ", ".join(f"{_letter(c)}{self.top}" for c in cols)
                raise self.error(
                    f"{len(cols)} kolom dibaca sebagai {_kolom(slot)} di lembar '{self.ws.title}'",
                    line=self.top, cell=cells, expected=f"satu kolom {_kolom(slot)}",
                    found=" | ".join(_caption(captions[c]) for c in cols))
        missing = [s for s in REQUIRED if s not in by_slot]
        hidden = [(c, meaning[c]) for c in sorted(self.hidden) if c <= self.last and meaning.get(c) in missing]
        if hidden:
            raise self._hidden_error(hidden)  # type: ignore[arg-type]
        if missing:
            slot = missing[0]
            raise self.error(
                f"kolom {_kolom(slot)} tidak ada di lembar '{self.ws.title}'", line=self.top,
                cell=f"A{self.top}:{_letter(self.last)}{self.top + self.n - 1}",
                expected=f"kolom {_kolom(slot)} (mis. judul \u201c{EXAMPLE[slot]}\u201d)",
                found="judul: " + " | ".join(_caption(captions[c]) or "(kosong)" for c in visible))
        self.slot = {s: cols[0] for s, cols in by_slot.items()}
        read = "; ".join(f"{_letter(c)} \u201c{_caption(captions[c])}\u201d = {_kolom(s)}"
                         for s, c in sorted(self.slot.items(), key=lambda sc: sc[1]))
        absent = [s for s in layout.KOLOM if s not in self.slot]
        rows = "satu baris" if self.n == 1 else f"{self.n} baris"
        self.findings.append((
            "judul_menurut_makna", "info", self.top, None, None,
            f"Judul kolom Tabel 2.2 di lembar '{self.ws.title}' ditulis dalam {rows}, bukan tiga baris "
            f"(K/Rp, Volume/Satuan); kolom dikenali dari makna judulnya: {read}"
            + (f"; tidak ada kolom {', '.join(_kolom(s) for s in absent)} (dibaca kosong)" if absent else "")
            + "."))

    def header(self) -> list[list[str]]:
        """The header rows in Tabel 2.2's cell order (a header read by meaning: its layout)."""
        if self.n >= 3:
            return [[clean_text(self.value(self.top + k, self.slot[s])) if s in self.slot else ""
                     for s in layout.KOLOM] for k in range(self.n)]
        return [[layout.JUDUL.get(k, "").capitalize() for k in range(WIDTH)],
                [layout.SATUAN.get(k, "") for k in range(WIDTH)],
                [layout.VOLUME.get(k, "") for k in range(WIDTH)]]

    # --- hidden columns -------------------------------------------------------------------

    def hidden_columns(self) -> None:
        """A finding for every hidden column holding something; an error for a table column
        hidden with no visible one in its place (a header read by meaning)."""
        cols = [c for c in sorted(self.hidden) if c <= self.last and c not in self.slot.values()]
        if not cols:
            return
        captions = _captions(self.ws, self.top, self.n, self.last)
        meaning = _meanings(captions)
        formula_rows = {r: cells for r, cells in _filled(self.formulas, self.data_start).items()}
        for c in cols:
            values = self.column_values(c)
            formulas = [r for r, cells in formula_rows.items() if c in cells and r not in values]
            if not values and not formulas:
                continue
            letter, caption = _letter(c), _caption(captions[c])
            title = f"judul \u201c{caption}\u201d" if caption else "tanpa judul"
            slot = meaning.get(c)
            twin = self.slot.get(slot) if slot else None
            if slot and twin is None and slot in layout.KOLOM:
                raise self._hidden_error([(c, slot)])
            if twin is None:
                twin, slot = self._copy_of(values)
            count = len(values) + len(formulas)
            lost = f" (dan {len(formulas)} rumus tanpa nilai tersimpan)" if formulas else ""
            where = f"Kolom {letter} disembunyikan di lembar '{self.ws.title}' ({title}) dan berisi {count} sel{lost}"
            if twin is None:
                example = f", mis. \u201c{_text(next(iter(values.values())))[:60]}\u201d" if values else ""
                self.findings.append((
                    "kolom_tersembunyi", "info", self.top, None, None,
                    f"{where}{example}; kolom itu tidak dibaca: tidak terlihat oleh pembaca dan bukan kolom "
                    "Tabel 2.2."))
                continue
            seen = self.column_values(twin)
            differ = [r for r in sorted(set(values) | set(seen)) if not _same(values.get(r), seen.get(r))]
            other = _letter(twin)
            if not differ:
                self.findings.append((
                    "kolom_tersembunyi", "info", self.top, None, slot,
                    f"{where}, sama dengan kolom {other} ({_kolom(slot)}) yang terlihat; yang dibaca kolom {other}."))
                continue
            shown = [f"sel {letter}{r} berisi {_show(values.get(r), slot)}, sedangkan {other}{r} "
                     f"{_show(seen.get(r), slot)}" for r in differ[:3]]
            more = f" dan {len(differ) - 3} baris lain" if len(differ) > 3 else ""
            self.findings.append((
                "kolom_tersembunyi", "peringatan", differ[0], None, slot,
                f"{where}; judulnya bermakna sama dengan kolom {other} ({_kolom(slot)}) yang terlihat, tetapi "
                f"isinya berbeda di {len(differ)} baris: " + "; ".join(shown) + more + f". Yang dibaca kolom {other} "
                "yang terlihat; periksa mana yang benar."))

    def _copy_of(self, values: dict) -> tuple[int | None, str | None]:
        """The visible table column a hidden column repeats cell for cell, if any."""
        if not values:
            return None, None
        for slot, c in self.slot.items():
            seen = self.column_values(c)
            if set(seen) == set(values) and all(_same(values[r], seen[r]) for r in values):
                return c, slot
        return None, None

    # --- data rows ------------------------------------------------------------------------

    def spans(self) -> dict[int, tuple[int, str]]:
        """Names merged over several rows: first row -> (last row, range). Any other merged
        cell among the data rows is an error, but for the cells of the name (``ENTITY``)
        merged over its rows."""
        name = self.slot["nama"]
        entity = {self.slot[s] for s in ENTITY if s in self.slot}
        spans: dict[int, tuple[int, str]] = {}
        others = []
        for rng in sorted(self.ws.merged_cells.ranges, key=lambda g: (g.min_row, g.min_col)):
            if rng.max_row < self.data_start or all(c in self.hidden for c in range(rng.min_col, rng.max_col + 1)):
                continue
            if rng.min_row >= self.data_start and rng.min_col == rng.max_col == name and rng.max_row > rng.min_row:
                spans[rng.min_row] = (rng.max_row, str(rng))
            else:
                others.append(rng)
        for rng in others:
            span = spans.get(rng.min_row)
            if not (span and rng.min_col == rng.max_col and rng.min_col in entity and rng.max_row <= span[0]):
                raise self.error(f"sel tergabung di baris data lembar '{self.ws.title}'",
                                 line=rng.min_row, cell=str(rng),
                                 expected="satu nilai per sel di baris data (hanya nama, pagu, realisasi Rp, "
                                          "keterangan dan solusi boleh digabung di baris indikator satu nama)",
                                 found="sel tergabung")
        return spans

    def read_rows(self, block: TableBlock) -> None:
        spans = self.spans()
        first_of = {r: top for top, (last, _) in spans.items() for r in range(top + 1, last + 1)}
        repeated: dict[int, list[str]] = {}
        rows_of: dict[int, list[int]] = {}
        percent: dict[str, list[tuple]] = {}
        positions = {c: k + 1 for k, c in enumerate(_visible(self.hidden, WIDTH, self.last))}
        for number in sorted(self.filled):
            cells = self.filled[number]
            for c in self.extra:
                if c in cells:
                    raise self.error(
                        f"baris Tabel 2.2 memiliki jumlah sel yang salah di lembar '{self.ws.title}': nilai di kolom "
                        "tanpa judul", line=number, cell=f"{_letter(c)}{number} (sel ke-{positions[c]})",
                        expected=f"{WIDTH} kolom seperti judul tabel di baris {self.top}",
                        found=_text(cells[c].value)[:80])
            if not any(c in cells for c in self.slot.values()):
                continue                       # values in hidden columns only: not a row a reviewer sees
            raw, numbers = [""] * WIDTH, [None] * WIDTH
            top = first_of.get(number)
            for slot, c in self.slot.items():
                k = _POS[slot]
                cell = cells.get(c)
                if slot == "nama" and top is not None:
                    cell = self.ws._cells.get((top, c))
                if cell is None:
                    continue
                value = cell.value
                if top is not None and slot in ENTITY and slot != "nama":
                    first = self.value(top, c)
                    if _same(value, first):
                        repeated.setdefault(top, []).append(f"{_kolom(slot)} {_show(value, slot)}")
                        continue
                    if slot not in ("keterangan", "solusi"):
                        name = _text(self.value(top, self.slot["nama"]))
                        raise self.error(
                            f"{_kolom(slot)} lain di baris indikator berikutnya dari \u201c{name}\u201d "
                            f"(sel tergabung {spans[top][1]})", line=number, cell=f"{cell.coordinate} ({slot})",
                            expected=f"{_kolom(slot)} satu kali untuk satu nama: kosong, tergabung, atau sama dengan "
                                     f"{_letter(c)}{top} ({_show(first, slot)})",
                            found=_show(value, slot))
                native = _number(value)
                factor = _percent(cell.number_format, native) if native is not None else 0
                if factor:
                    if slot in _RUPIAH:
                        raise self.error(
                            f"sel berformat persen di kolom rupiah lembar '{self.ws.title}'", line=number,
                            cell=f"{cell.coordinate} ({slot})", expected="angka rupiah (format angka, bukan persen)",
                            found=f"tersimpan {_stored(native)}, tampil {_stored(_shift(native, factor))}%")
                    if slot in _PERCENTAGE or slot in _VOLUME:
                        percent.setdefault(slot, []).append((number, cell.coordinate, native))
                        native = _shift(native, factor)
                        value = native
                text = _text(value)
                raw[k] = f"<b>{text}</b>" if text and cell.font and cell.font.b else text
                numbers[k] = native
            if top is not None:
                rows_of.setdefault(top, [top]).append(number)
            block.rows.append(Row(line=number, raw=raw, segment=1, numbers=numbers))
            block.last_line = number
        self._span_findings(spans, rows_of, repeated)
        self._percent_findings(block, percent)

    def _span_findings(self, spans: dict, rows_of: dict, repeated: dict) -> None:
        for top, rows in rows_of.items():
            last, rng = spans[top]
            name = _text(self.value(top, self.slot["nama"]))
            again = repeated.get(top, [])
            note = (f" Nilai yang diulang di baris berikutnya ({'; '.join(dict.fromkeys(again))}) dihitung sekali."
                    if again else "")
            self.findings.append((
                "nama_sel_gabung", "info", top, name, None,
                f"Nama \u201c{name}\u201d ditulis di sel tergabung {rng} yang mencakup {len(rows)} baris indikator "
                f"(baris {', '.join(map(str, rows))}); setiap baris dibaca sebagai satu indikator dari nama yang "
                f"sama, dengan pagu, realisasi (Rp), keterangan dan solusi dicatat sekali di baris {top}." + note))

    def _percent_findings(self, block: TableBlock, percent: dict) -> None:
        by_line = {r.line: r for r in block.rows}
        for slot, cells in percent.items():
            letter = _letter(self.slot[slot])
            if slot in _PERCENTAGE:
                line = cells[0][0]
                _, coord, stored = next((c for c in cells if c[2]), cells[0])    # a cell showing something
                self.findings.append((
                    "format_persen", "info", line, None, slot,
                    f"Kolom {letter} ({_kolom(slot)}) berformat persen di {len(cells)} sel: nilai tersimpan dibaca "
                    f"seperti yang tampil, dikali 100 (sel {coord} menyimpan {_stored(stored)} dan menampilkan "
                    f"{format_persen(_shift(stored, 1), None)})."))
                continue
            for line, coord, stored in cells:
                row = by_line[line]
                unit = row.cells[_POS[_VOLUME[slot]]] or row.cells[_POS["satuan"]]
                pct = bool(_PERCENT_UNIT.search(unit))
                self.findings.append((
                    "format_persen", "info" if pct else "peringatan", line, clean_text(row.cells[0]) or None, slot,
                    f"Sel {coord} ({_kolom(slot)}) berformat persen: menyimpan {_stored(stored)} dan menampilkan "
                    f"{format_persen(_shift(stored, 1), None)}, dibaca {format_angka(_shift(stored, 1), None)} "
                    "seperti yang tampil"
                    + ("." if pct else f", padahal satuannya \u201c{unit or '-'}\u201d, bukan persen: periksa "
                                       "apakah angka ini benar.")))


def _stored(value: float) -> str:
    """A stored number with every digit, the Indonesian way (``0,5625``)."""
    return _text(value).replace(".", ",")


def _same(a, b) -> bool:
    """Two cell values are the same (numbers by value, text by its cleaned text)."""
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return clean_text(_text(a)) == clean_text(_text(b))


def _show(value, slot: str | None) -> str:
    if value is None or clean_text(_text(value)) == "":
        return "kosong"
    number = _number(value)
    if number is None:
        return f"\u201c{clean_text(_text(value))[:60]}\u201d"
    return format_rupiah(number) if slot in _RUPIAH else format_angka(number, None)


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|[_*].')


def _percent(number_format: str | None, value: float) -> int:
    """How many times a cell's number format shows its value x 100 (the ``%`` outside
    quotes, escapes and brackets in the section that applies to the value).

    >>> _percent("0.00%", 0.5), _percent('0.00"%"', 50), _percent("0.00\\\\%", 50), _percent("General", 1)
    (1, 0, 0, 0)
    >>> _percent('0%;[Red]-0%;"-"', 0), _percent('0%;[Red]-0%', -0.5)
    (0, 1)
    """
    if not number_format or "%" not in number_format:
        return 0
    sections, part, quoted = [], "", False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append(part)
            part = ""
        else:
            part += ch
    sections.append(part)
    if value < 0 and len(sections) > 1:
        section = sections[1]
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    else:
        section = sections[0]
    return _QUOTED.sub("", section).count("%")


def _shift(value: float, factor: int) -> float:
    """``value`` x 100 per ``%``, on its decimal digits (0.5624881075 -> 56.24881075, not
    56.248810750000004)."""
    return float(Decimal(repr(float(value))).scaleb(2 * factor))


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


def _formulas_without_value(formulas_ws, values_ws, path: Path, start: int, skip: set[int]) -> None:
    for (r, c), cell in sorted(formulas_ws._cells.items()):
        if r >= start and c not in skip and cell.data_type == "f" and values_ws[cell.coordinate].value is None:
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
        missing or hidden by a merged cell, a caption read by meaning that names nothing
        over data (or the same as another), a required column missing or hidden, a merged
        cell among the data rows other than a name over its indicator rows, another pagu
        on a name's later indicator row, a percent-formatted rupiah cell, a formula
        without a cached value.
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
        formulas = load_workbook(io.BytesIO(data), data_only=False)
    except Exception as exc:  # BadZipFile, InvalidFileException, KeyError from a broken package
        raise RenjaParseError(path, f"bukan berkas Excel yang dapat dibaca ({type(exc).__name__})",
                              expected="buku kerja .xlsx berbentuk Tabel 2.2") from None
    ws, (top, n), hidden = _choose_sheet(wb, path, sheet)
    sh = _Sheet(ws, formulas[ws.title], path, top, n, hidden)
    sh.map_columns()
    _formulas_without_value(formulas[ws.title], ws, path, sh.data_start, hidden)
    sh.hidden_columns()
    block = TableBlock(kind="tabel_2_2", header=sh.header(), header_line=top, segments=1,
                       header_lines=list(range(top, top + n)), widths={1: WIDTH}, last_line=top + n - 1)
    sh.read_rows(block)
    # empty rows between the header and the last row (trailing empty rows are not part of the table)
    seen = {r.line for r in block.rows}
    block.blank_lines = [r for r in range(sh.data_start, block.last_line) if r not in seen]
    src = SourceText(path=path, lines=[], tables={"tabel_2_2": block}, sheet=ws.title)
    for jenis, tingkat, line, nama, kolom, pesan in sorted(sh.findings, key=lambda f: f[2]):
        src.finding(jenis, tingkat, "Tabel 2.2", line, pesan, nama=nama, kolom=kolom)
    return src
