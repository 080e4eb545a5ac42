"""Tabel 2.2 (Hasil evaluasi Renja s.d. the evaluation quarter) joined with Tabel 2.1.

Tabel 2.2 gives, per program / kegiatan / sub kegiatan, the year's target K and
pagu Rp, the realisation K and Rp to the end of the quarter and the document's
own percentages, remarks and remedies. Tabel 2.1 has the same rows with the
Renstra targets and the Renstra progress. The two are joined by normalised name
in document order (``names.align``), never by position alone.

``capaian_k`` and ``serapan_rp`` are recomputed from the numbers; the document's
own percentages are kept in the ``_dokumen`` columns.
"""
from __future__ import annotations

import re
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from .. import metrics
from ..labels import DARI_RINCIAN, kolom as _kolom
from ..names import align, infer_levels, normalise_names
from ..numbers import format_rupiah, kata_nihil
from ..sources import headers, layout
from ..sources.base import SourceText, cells_of
from . import ambiguous
from ._common import (
    INT,
    cell_kinds,
    check_width,
    drop_duplicates,
    extra_empty_column,
    fill_ancestors,
    lanjutan,
    level_series,
    numeric_series,
    parent_index,
    text,
    tingkat_tercatat,
    typed_numbers,
    units_in_columns,
)
from .codes import kode_berjenjang

COLUMNS = [
    "urutan", "level", "kode", "program", "kegiatan", "sub_kegiatan", "nama", "indikator",
    "satuan", "target_k", "realisasi_k", "capaian_k", "pagu_rp", "realisasi_rp", "serapan_rp",
    "capaian_k_dokumen", "serapan_rp_dokumen", "target_renstra", "realisasi_k_tabel21",
    "capaian_renstra_dokumen", "keterangan", "solusi", "baris_sumber",
]

#: Cell layout of Tabel 2.2 (``sources.layout``, shared with the workbook reader) and Tabel 2.1 (12 cells each).
LAYOUT_22 = list(layout.KOLOM)
LAYOUT_21 = ["nama", "indikator", "target_renstra", "satuan_renstra", "target_k", "satuan",
             "realisasi_k", "satuan_realisasi", "capaian_k_dokumen", "realisasi_renstra_k",
             "satuan_realisasi_renstra", "capaian_renstra_dokumen"]
NUMERIC = {"target_k", "pagu_rp", "realisasi_k", "realisasi_rp", "capaian_k_dokumen",
           "serapan_rp_dokumen", "target_renstra", "realisasi_renstra_k",
           "capaian_renstra_dokumen"}
#: The percentages the document states (recomputed from the row's numbers anyway).
STATED = {"capaian_k_dokumen", "serapan_rp_dokumen", "capaian_renstra_dokumen"}
#: The kind of each numeric column (``tables._common.NIHIL``): what a cell saying nothing means.
JENIS = {"target_k": "target", "target_renstra": "target", "pagu_rp": "jumlah", "realisasi_k": "realisasi",
         "realisasi_rp": "realisasi", "realisasi_renstra_k": "realisasi", "capaian_k_dokumen": "persen",
         "serapan_rp_dokumen": "persen", "capaian_renstra_dokumen": "persen"}
#: Volume columns and their satuan column: a unit written in the volume cell is checked against it.
SATUAN = {"target_k": "satuan", "realisasi_k": "satuan_realisasi", "target_renstra": "satuan_renstra",
          "realisasi_renstra_k": "satuan_realisasi_renstra"}
#: Realisation columns of Tabel 2.2: an empty cell is reported (``realisasi_kosong``), judged as 0.
REALISASI_22 = ("realisasi_k", "realisasi_rp")
LABELS = {"tabel_2_2": "Tabel 2.2", "tabel_2_1": "Tabel 2.1"}


#: Where each table's first header line names its columns (0-based cell -> concept). A
#: caption may be missing (wrapped to the next line, merged), but a caption that names
#: another concept at one of these cells means the columns are in another order.
HEADER_ORDER = {
    "tabel_2_2": dict(layout.JUDUL),
    "tabel_2_1": {0: "program", 1: "indikator", 2: "renstra", 4: "target", 6: "realisasi", 8: "capaian",
                  9: "realisasi", 11: "capaian"},
}
_UNIT_ROW = {k: v.lower() for k, v in layout.SATUAN.items()}
_LINE, _CELLS = attrgetter("line"), attrgetter("cells")


def layout_of(block, kind: str, columns: list[str]) -> list[str]:
    """The columns a table block is read with: Tabel 2.2 printed without Keterangan or without
    Solusi (a header of eleven cells naming the other one) reads the remaining columns
    (``sources.layout.varian``); any other block ``columns``."""
    if kind != "tabel_2_2":
        return columns
    named = set().union(*(headers.concepts(r) for r in block.header))
    return layout.varian(block.width, named) or columns


def check_header_order(src: SourceText, block, label: str, order: dict) -> None:
    """The header names the columns in the order the layout reads them, or an error: a
    header naming Realisasi where Target is read would exchange the two silently."""
    first = block.header[0]
    for pos, concept in order.items():
        cell = first[pos] if pos < len(first) else ""
        if not cell:
            continue
        named = headers.concepts([cell])
        if concept not in named and (named & set(order.values())):
            raise src.error(f"urutan kolom {label} tidak sesuai judulnya", line=block.header_line,
                            cell=f"sel ke-{pos + 1}", expected=f"judul yang menyebut {concept}",
                            found=cell)
    if label == "Tabel 2.2":
        for row in block.header[1:]:
            marks = {k: c.lower() for k, c in enumerate(row) if c.lower() in ("k", "rp")}
            if marks and any(_UNIT_ROW.get(k) != v for k, v in marks.items()):
                k = next(k for k, v in marks.items() if _UNIT_ROW.get(k) != v)
                raise src.error(f"urutan kolom K/Rp {label} tidak sesuai", line=block.header_line,
                                cell=f"sel ke-{k + 1}", expected=str(_UNIT_ROW.get(k, "-")).upper(),
                                found=row[k])


def read_table(src: SourceText, kind: str, columns: list[str], kosong: list | None = None,
               posisi: dict | None = None) -> pd.DataFrame:
    """Read one of the two evaluation tables into typed columns (no levels yet). ``kosong``: a
    list that receives the ``realisasi_kosong`` findings of Tabel 2.2 (``_empty_realisations``),
    whose message ``parse`` completes once the levels are known (``_bacaan_kosong``).
    ``posisi``: a dict that receives each column's 0-based position in the table as printed."""
    block = src.tables.get(kind)
    if block is None:
        return pd.DataFrame({c: pd.Series(dtype="Float64" if c in NUMERIC else "string")
                             for c in columns + ["baris_sumber"]})
    label = LABELS[kind]
    full = columns
    columns = layout_of(block, kind, columns)
    if posisi is not None:
        posisi.update({c: p for p, c in enumerate(columns)})
    check_header_order(src, block, label, layout.judul(columns) if kind == "tabel_2_2" else HEADER_ORDER[kind])
    kinds = cell_kinds(columns, NUMERIC, STATED)
    rows = block.rows
    cols = _columns(src, block, len(columns), label, kinds, columns)
    units_in_columns(src, rows, cols, {columns.index(c): columns.index(s) for c, s in SATUAN.items()
                                       if c in columns and s in columns}, columns, label)
    data = {}
    typed = typed_numbers(rows)                 # asked once for the table's numeric columns
    for pos, col in enumerate(columns):
        if col in NUMERIC:
            data[col] = numeric_series(src, rows, cols[pos], col, pos + 1, label, jenis=JENIS[col], typed=typed)
        else:
            data[col] = text(cols[pos])
    blank = None
    for col in full:
        if col not in data:               # the note column a variant does not print: empty
            blank = text([""] * len(rows)) if blank is None else blank
            data[col] = blank.copy()
    lines = np.fromiter(map(_LINE, rows), dtype=np.int64, count=len(rows))
    if kind == "tabel_2_2" and "serapan_rp_dokumen" in columns:
        src.desimal_serapan = desimal_tertulis(cols[columns.index("serapan_rp_dokumen")], lines)
    data = {col: data[col] for col in full}
    data["baris_sumber"] = pd.Series(pd.arrays.IntegerArray(lines, np.zeros(len(lines), dtype=bool)))
    df = pd.DataFrame(data)             # one frame built from its columns
    del data
    numeric = [c for c in columns if c in NUMERIC]
    said = _said(cols, [columns.index(c) for c in numeric])
    df = _set_aside_rows_without_numbers(src, block, label, df, said.tolist())
    df = _set_aside_repeated_heads(src, block, label, df, numeric)
    at = dict(zip(lines.tolist(), range(len(lines))))     # a source line -> its place in ``cols``

    def cell(line: int, col: str) -> str:
        return cols[columns.index(col)][at[line]]

    df = _stated_totals(src, label, df, lambda line, col: kata_nihil(cell(line, col)))
    if _may_repeat(df, ["nama", "indikator", *numeric]):
        keys = _identities(df, ["nama", "indikator", *numeric])
        by_line = {r.line: r for r in rows}
        kept = drop_duplicates(src, kind, label, [by_line[int(b)] for b in df["baris_sumber"]], keys)
        del keys
        df = df[df["baris_sumber"].isin([r.line for r in kept])].reset_index(drop=True)
    empty = df["nama"].isna()
    if empty.any():
        line = int(df.loc[empty, "baris_sumber"].iloc[0])
        raise src.error(f"nama program/kegiatan kosong di {label}", line=line,
                        cell="nama (kolom 1)", expected="nama program, kegiatan atau sub kegiatan",
                        found="")
    if kind == "tabel_2_2":
        found = _empty_realisations(src, label, df, cell, columns)
        if kosong is not None:
            kosong.extend(found)
    return df


_DESIMAL = r"^(?P<utuh>[+-]?\d[\d.,]*?)[.,](?P<pecahan>\d+)%?$"


def desimal_tertulis(cells, lines: np.ndarray, utuh_juga: bool = False) -> pd.DataFrame:
    """The decimals a stated percentage cell is written with, which its value as a float forgets
    (``41.70``, a share truncated to two decimals, reads as 41.7): for each cell (cleaned, as in
    ``_columns``) holding a number with a decimal separator, its line (``baris_sumber``), the digits
    after its last separator (``desimal``) and the number those digits make (``nilai``, the last
    separator read as the decimal one). A consumer takes ``desimal`` only where ``nilai`` is the
    cell's value as finally read (a cell read otherwise, ``1.250`` as 1250, keeps its float's).
    ``cells``: a list of texts or an Arrow string array. Run by Arrow over the column (no row loop).

    >>> d = desimal_tertulis(["41.70", "41", "35,94 %", "x", "", "1.250"], np.arange(10, 16))
    >>> d["baris_sumber"].tolist(), d["desimal"].tolist(), d["nilai"].tolist()
    ([10, 12, 15], [2, 2, 3], [41.7, 35.94, 1.25])

    ``utuh_juga``: also each cell written with no decimal separator (digits alone, or in groups of three with one
    thousands separator, ``<b>`` marks and spaces aside), with 0 decimals and the number its digits make, marked
    ``utuh`` (a cell ``17.492`` both ways: 17.492 to three decimals, or 17492 whole; REV-BA BA1). The one
    place the decimals a cell is written with are read (``findings.document._dengan_desimal_pagu`` matches them
    to the values read).

    >>> d = desimal_tertulis(["0", "<b>500</b>", "1,250.0", "17.492", "2,837,318", "1.5,000"], np.arange(7, 13), True)
    >>> d["baris_sumber"].tolist(), d["desimal"].tolist(), d["utuh"].tolist()
    ([9, 10, 11, 12, 7, 8, 10, 11], [1, 3, 3, 3, 0, 0, 0, 0], [False, False, False, False, True, True, True, True])
    >>> d["nilai"].tolist()
    [1250.0, 17.492, 2837.318, 15.0, 0.0, 500.0, 17492.0, 2837318.0]
    """
    teks = pc.replace_substring(cells if isinstance(cells, pa.Array) else pa.array(cells, type=pa.string()), " ", "")
    m = pc.extract_regex(teks, _DESIMAL)
    ada = pc.is_valid(m).to_numpy(zero_copy_only=False)
    m = m.filter(pa.array(ada))
    utuh = pc.replace_substring_regex(pc.struct_field(m, "utuh"), "[.,]", "")
    pecahan = pc.struct_field(m, "pecahan")
    out = pd.DataFrame({
        "baris_sumber": pd.array(np.asarray(lines)[ada], dtype="Int64"),
        "desimal": pd.array(pc.utf8_length(pecahan).to_numpy(zero_copy_only=False), dtype="Int64"),
        "nilai": pc.cast(pc.binary_join_element_wise(utuh, pecahan, "."), pa.float64()).to_numpy(
            zero_copy_only=False)})
    if not utuh_juga:
        return out
    t = pc.replace_substring_regex(teks, r"</?b>|\s", "")
    bulat = pc.match_substring_regex(t, r"^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$|^\d+$").fill_null(False)
    nilai = pc.cast(pc.replace_substring_regex(t.filter(bulat), r"[.,]", ""), pa.float64()).to_numpy(zero_copy_only=False)
    return pd.concat([out.assign(utuh=False), pd.DataFrame({
        "baris_sumber": pd.array(np.asarray(lines)[bulat.to_numpy(zero_copy_only=False)], dtype="Int64"),
        "desimal": pd.array(np.zeros(len(nilai), dtype=np.int64), dtype="Int64"), "nilai": nilai, "utuh": True})],
        ignore_index=True)


class SelTertulis(NamedTuple):
    """Every cell of a table block as written (``Row.cells``, in one Arrow array: kept compact once the
    rows are let go) with its row's line: ``desimal`` reads the decimals each is written with
    (``desimal_tertulis``; ``20.60`` two, its float 20.6 one; REV-AI AI7) only when asked (the findings ask
    for a Tabel 3.2 or 3.3 compared in thousands or millions: ``findings.document._dengan_desimal_pagu``)."""

    teks: Any
    baris: np.ndarray

    def desimal(self, utuh_juga: bool = False) -> pd.DataFrame:
        return desimal_tertulis(self.teks, self.baris, utuh_juga)


def sel_blok(block) -> SelTertulis | None:
    """The cells of a table block's rows as written (``SelTertulis``), None without a block or rows.

    >>> from renja_analysis.sources.base import Row, TableBlock
    >>> b = TableBlock("tabel_3_3", [["a", "b"]], 1, [Row(7, ["20.60", "16"], 0), Row(8, ["<b>1,250.5</b>", "x"], 0)])
    >>> d = sel_blok(b).desimal()
    >>> d["baris_sumber"].tolist(), d["desimal"].tolist(), d["nilai"].tolist()
    ([7, 8], [2, 1], [20.6, 1250.5])
    """
    rows = getattr(block, "rows", None)
    if not rows:
        return None
    per_row = pa.array(cells_of(rows), type=pa.list_(pa.string()))      # converted once, by Arrow
    n = per_row.value_lengths().to_numpy(zero_copy_only=False)
    teks = per_row.flatten()
    baris = np.repeat(np.fromiter(map(_LINE, rows), dtype=np.int64, count=len(rows)), n)
    # only cells holding a digit and no letter: no other is a number ``desimal_tertulis`` reads, and names and
    # indicators kept whole were a seventh of the peak memory of a 100,000-row document
    # one pass over the distinct texts (a document repeats its cells: a tenth are distinct): a digit
    # and no letter is a text of non-letters only with a digit among them (a digit is no letter)
    kode = pc.dictionary_encode(teks)
    angka = pc.take(pc.match_substring_regex(kode.dictionary, r"^\P{L}*\d\P{L}*$").fill_null(False),
                    kode.indices).fill_null(False)
    return SelTertulis(teks.filter(angka), baris[angka.to_numpy(zero_copy_only=False)])


def _columns(src: SourceText, block, width: int, label: str, kinds: str, names: list[str]) -> list[list[str]]:
    """The table's cleaned cells by column (``width`` lists, one cell per row). The widths of all
    rows are compared at once; only a row of another width is read by ``check_width`` (padded,
    reported or refused as it says), in row order. A table whose every line, header included,
    ends with one empty cell more than ``width`` is read without it (``extra_empty_column``).

    >>> from pathlib import Path
    >>> from renja_analysis.sources.base import Row, TableBlock
    >>> block = TableBlock("tabel_2_1", [["a", "b"]], 1, [Row(2, ["P", "5"], 0), Row(3, ["K", "<b>6</b>"], 0)])
    >>> _columns(SourceText(path=Path("x.md"), lines=[], tables={}), block, 2, "Tabel 2.1", "tn", ["nama", "x"])
    [['P', 'K'], ['5', '6']]
    """
    rows = block.rows
    grid = list(map(_CELLS, rows))
    widths = np.fromiter(map(len, grid), dtype=np.int64, count=len(grid))
    if len(grid) and widths[0] == width + 1 and extra_empty_column(src, block, grid, widths, width, label):
        grid = [g[:width] for g in grid]            # one empty cell more on every line: no column
        widths[:] = width
    for k in np.flatnonzero(widths != width).tolist():
        grid[k] = check_width(src, block, rows[k], width, label, kinds, names)
    return [list(c) for c in zip(*grid)] if grid else [[] for _ in range(width)]


def _said(cols: list[list[str]], positions: list[int]) -> np.ndarray:
    """Per row: whether any numeric cell (the columns at ``positions``) holds more than a word
    for nothing (``-``, ``Nihil``); each distinct text is looked at once. The first numeric
    column is read at once; only the rows it leaves look further.

    >>> _said([["a", "b", "c"], ["-", "", "3"], ["5", "Nihil", ""]], [1, 2]).tolist()
    [True, False, True]
    """
    n = len(cols[0]) if cols else 0
    if not positions or not n:                  # no numeric column, or no row
        return np.zeros(n, dtype=bool)
    first = cols[positions[0]]
    nihil = {t: kata_nihil(t) for t in dict.fromkeys(first)}
    out = ~np.fromiter(map(nihil.__getitem__, first), dtype=bool, count=n)
    # most rows say something in their first numeric cell: only the others look further
    for p in positions[1:]:
        left = np.flatnonzero(~out).tolist()
        if not left:
            break
        col = cols[p]
        for k in left:
            t = col[k]
            if t not in nihil:
                nihil[t] = kata_nihil(t)
            if not nihil[t]:
                out[k] = True
    return out


def _may_repeat(df: pd.DataFrame, columns: list[str]) -> bool:
    """Whether two rows may have one identity (``_identities``), decided by columns: rows equal in
    every column after the first, and among them equal in the normalised name (the first column).
    pandas counts equal what ``_identities``' tuples count equal (a missing cell, ``None``, equals a
    missing one; ``0.0`` equals ``-0.0``), so a False here means ``drop_duplicates`` would find
    nothing; a True leaves the decision to it.

    >>> df = pd.DataFrame({"nama": pd.Series(["Kegiatan A", "A", "B"], dtype="string"),
    ...                    "pagu_rp": pd.Series([1.0, 1.0, 1.0], dtype="Float64")})
    >>> _may_repeat(df, ["nama", "pagu_rp"]), _may_repeat(df.iloc[1:], ["nama", "pagu_rp"])
    (True, False)
    """
    rows = _groups([df[c].array for c in columns[1:]], len(df))
    same = np.bincount(rows)[rows] > 1 if len(df) else np.zeros(0, dtype=bool)
    if not same.any():
        return False
    names = df.loc[same, columns[0]]
    norm = normalise_names(names.astype(object).where(names.notna(), None).tolist())
    both = _groups([rows[same], np.asarray(norm, dtype=object)], len(norm))
    return bool((np.bincount(both) > 1).any())


def _groups(columns: list, n: int) -> np.ndarray:
    """Each row's group of rows equal in every one of ``columns`` (arrays of ``n`` cells), numbered
    from 0, as ``DataFrame.duplicated`` counts equal: each column factorised (a missing cell its own
    value), the codes combined column after column and numbered again.

    >>> _groups([pd.array([1.0, None, 1.0, None]), np.array(["a", "b", "a", "c"])], 4).tolist()
    [0, 1, 0, 2]
    >>> _groups([], 3).tolist()
    [0, 0, 0]
    """
    out = np.zeros(n, dtype=np.int64)
    for values in columns:
        codes, uniques = pd.factorize(values)
        out = pd.factorize(out * (len(uniques) + 1) + (codes + 1))[0]
    return out


def _identities(df: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """Each row's identity for ``drop_duplicates``: its cells of ``columns`` as Python objects,
    a missing cell None, the name (the first column) normalised. Built column by column (no
    frame of objects, no row iterator).

    >>> df = pd.DataFrame({"nama": pd.Series(["Kegiatan A", None], dtype="string"),
    ...                    "pagu_rp": pd.Series([1.0, None], dtype="Float64")})
    >>> _identities(df, ["nama", "pagu_rp"])
    [('a', 1.0), (None, None)]
    """
    values = []
    for col in columns:
        s = df[col]
        cells = s.astype(object).to_numpy()
        missing = s.isna().to_numpy(dtype=bool)
        if missing.any():
            cells = cells.copy()
            cells[missing] = None
        values.append(cells.tolist())
    values[0] = normalise_names(values[0])
    return list(zip(*values))


def _empty_realisations(src: SourceText, label: str, df: pd.DataFrame, cell, columns: list[str]) -> list[tuple]:
    """A Tabel 2.2 row whose realisation K or Rp cell is empty: kept empty (the document states
    nothing) and said once per row (``realisasi_kosong``, info) so that a reviewer sees which
    cells were not filled in. Returns the findings, each with its empty (column, position) cells,
    in the reader's order: the message said here is a sub kegiatan's (judged as nothing realised,
    ``metrics.realisasi_dinilai``); ``_bacaan_kosong`` rewrites it for a program or kegiatan."""
    where = [(c, columns.index(c)) for c in REALISASI_22 if c in df]
    empty = np.zeros(len(df), dtype=bool)
    for col, _ in where:
        empty |= df[col].isna().to_numpy(dtype=bool)
    # a row without money of its own (a further indicator of the name above, ``names.lanjutan``)
    # has no rupiah judged (``metrics.realisasi_rp_dinilai``): its empty Rp cell reports nothing
    no_money = metrics.realisasi_rp_dinilai(df).isna().to_numpy(dtype=bool) \
        if "realisasi_rp" in df else np.zeros(len(df), dtype=bool)
    found = []
    for line, nama, money_less in zip(df.loc[empty, "baris_sumber"].tolist(), df.loc[empty, "nama"].tolist(),
                                      no_money[empty].tolist()):
        kosong = [(c, p) for c, p in where if not cell(int(line), c) and not (c == "realisasi_rp" and money_less)]
        if not kosong:
            continue
        src.finding("realisasi_kosong", "info", label, int(line), _pesan_kosong(kosong), nama=nama,
                    kolom=kosong[0][0])
        found.append((src.temuan[-1], kosong))
    return found


def _sel_kosong(kosong: list[tuple[str, int]]) -> str:
    return "Sel " + " dan ".join(f"{_kolom(c)} (kolom {p + 1})" for c, p in kosong) + " kosong: "


def _pesan_kosong(kosong: list[tuple[str, int]]) -> str:
    """The ``realisasi_kosong`` message of a sub kegiatan (no rows below it): nothing realised."""
    return (_sel_kosong(kosong) + "dokumen tidak melaporkan realisasi. Sel itu dibiarkan kosong di tabel; capaian, "
            "serapan, predikat dan status menilainya sebagai belum ada realisasi (0), sedangkan pemeriksaan "
            "jumlah, antartabel dan persen tertulis tidak memakainya.")


def _pagu_kosong(src: SourceText, t22: pd.DataFrame, posisi: int | None) -> None:
    """A Tabel 2.2 row with money of its own whose pagu cell is empty (``realisasi_kosong``,
    peringatan): kept empty, never Rp 0. Money of its own: a realisation Rp (the message says
    "tercantum" only above 0), or a sub kegiatan that is no further indicator of the name above
    (``names.lanjutan``, the one rule:
    a row of the same name, another indicator, no pagu and a realisasi of nothing, "-" or 0, or
    none, has none). Its serapan is not computed, and the sum check takes it as unknown
    (``findings.document._sum_check``): its parent's rows sum to at least the known part."""
    if posisi is None or not len(t22):
        return
    real = pd.to_numeric(t22["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
    sub = (t22["level"].astype(str) == "sub_kegiatan").to_numpy(dtype=bool)
    kosong = t22["pagu_rp"].isna().to_numpy(dtype=bool) & (~np.isnan(real) | sub)
    if not kosong.any():
        return
    kosong = kosong & ~lanjutan(t22).to_numpy(dtype=bool)      # asked only where a cell is empty (a pass)
    if not kosong.any():
        return
    sel = _sel_kosong([("pagu_rp", posisi)])
    for line, nama, tingkat, rp in zip(t22.loc[kosong, "baris_sumber"].tolist(), t22.loc[kosong, "nama"].tolist(),
                                       t22.loc[kosong, "level"].astype(str).tolist(), real[kosong].tolist()):
        if tingkat == "sub_kegiatan":
            akibat = ("jumlah pagu rincian kegiatan atau program di atasnya hanya diketahui sedikitnya (tanpa baris "
                      "ini), sehingga pagu yang tercantum di sana baru dinilai keliru bila lebih kecil dari jumlah "
                      "pagu rincian yang diketahui.")
        else:
            akibat = "pemeriksaan jumlah dan antartabel tidak memakai sel kosong itu."
        if rp > 0:
            sebab = "padahal realisasi anggarannya tercantum"
        elif rp == 0 and tingkat != "sub_kegiatan":
            sebab = "padahal realisasi anggarannya tertulis Rp0"
        elif rp == 0:
            sebab = ("padahal baris ini sub kegiatan tersendiri (bukan indikator lanjutan nama di atasnya) dengan "
                     "realisasi anggaran tertulis Rp0")
        else:
            sebab = ("padahal baris ini sub kegiatan tersendiri (bukan indikator lanjutan nama di atasnya); sel "
                     "realisasi anggarannya juga kosong")
        src.finding("realisasi_kosong", "peringatan", LABELS["tabel_2_2"], int(line),
                    sel + f"dokumen tidak mencantumkan pagu baris ini, {sebab}. Sel itu "
                    "dibiarkan kosong di tabel, bukan Rp0: serapannya tidak dihitung, dan " + akibat,
                    nama=nama, kolom="pagu_rp")


def _bacaan_kosong(t22: pd.DataFrame, found: list) -> None:
    """Complete the ``realisasi_kosong`` findings of program and kegiatan rows (``found``:
    ``_empty_realisations``) with the reading their empty cells got: Rp from the rows below
    (``metrics.realisasi_rincian``: which rows, how much) or unknown, never 0; K no capaian
    (``metrics.tambah_metrik``: an outcome not measured or not reported is not 0 %). A sub
    kegiatan's message stays (nothing realised)."""
    if not found:
        return
    level = dict(zip(t22["baris_sumber"].tolist(), t22["level"].astype(str).tolist()))
    if not any(level.get(int(f["baris_sumber"])) in ("program", "kegiatan") for f, _ in found):
        return
    r = metrics.realisasi_rincian(t22)
    # whether the row has a row below it at all (the next row is of a deeper level)
    urut = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}
    lanjut = lanjutan(t22).reset_index(drop=True)
    sendiri = t22[~lanjut.to_numpy(dtype=bool)]        # a further indicator row is nobody's row
    dalam = [urut.get(a, 3) for a in sendiri["level"].astype(str).tolist()]
    ada_rincian = dict(zip(sendiri["baris_sumber"].tolist(), [b > a for a, b in zip(dalam, dalam[1:] + [-1])]))
    nilai = dict(zip(t22["baris_sumber"].tolist(), r["realisasi_rp"].tolist()))
    # the pagu of each parent's rows (its empty cell is read from them only where they add up to its own)
    induk = parent_index(t22["level"].reset_index(drop=True), lanjut, langsung=True)
    pagu = pd.to_numeric(t22["pagu_rp"]).astype("Float64").reset_index(drop=True)
    # a kegiatan whose pagu cell is empty: its sub kegiatan's pagu, as metrics.realisasi_rincian reads it
    kegiatan = (t22["level"].astype(str) == "kegiatan").to_numpy(dtype=bool)
    diisi = pagu.isna().to_numpy(dtype=bool) & kegiatan
    if diisi.any():
        dari_pagu = metrics.realisasi_rincian(t22, kolom="pagu_rp")["realisasi_rp"].reset_index(drop=True)
        diisi &= dari_pagu.notna().to_numpy(dtype=bool)
        pagu = pagu.mask(diisi, dari_pagu)
    # per parent line: the kegiatan (itself, or its rows) whose empty pagu was so taken, and that pagu
    pagu_diambil: dict[int, list[float]] = {}
    for i in np.flatnonzero(diisi).tolist():
        nilai_i = float(pagu.iloc[i])
        pagu_diambil.setdefault(t22["baris_sumber"].iloc[i], []).append(nilai_i)
        if pd.notna(induk.iloc[i]):
            pagu_diambil.setdefault(t22["baris_sumber"].iloc[int(induk.iloc[i])], []).append(nilai_i)
    ada = induk.notna()
    pagu_anak = pagu[ada].fillna(0).groupby(induk[ada].astype(int)).sum()
    # a row below with a realisation but no pagu: its money cannot be checked (the guard's block)
    tanpa_pagu = (ada & pagu.isna() & r["realisasi_rp"].reset_index(drop=True).notna()
                  & ~lanjut).to_numpy(dtype=bool)
    tanpa_pagu_di: dict[int, int] = {}
    for i in np.flatnonzero(tanpa_pagu).tolist():
        tanpa_pagu_di.setdefault(t22["baris_sumber"].iloc[int(induk.iloc[i])], int(t22["baris_sumber"].iloc[i]))
    baris_ke = t22["baris_sumber"].tolist()
    sendiri = pagu.to_numpy(dtype=float, na_value=np.nan)
    pagu_rincian: dict[int, tuple[float, float]] = {baris_ke[int(i)]: (float(v), float(sendiri[int(i)]))
                                                    for i, v in pagu_anak.items()}
    dari = dict(zip(t22["baris_sumber"].tolist(), r["realisasi_dari_rincian"].tolist()))
    for f, kosong in found:
        line = int(f["baris_sumber"])
        tingkat = level.get(line)
        if tingkat not in ("program", "kegiatan"):
            continue
        baris = "program" if tingkat == "program" else "kegiatan"
        sel = "kedua sel itu" if len(kosong) > 1 else "sel itu"
        bagian = [_sel_kosong(kosong) + f"dokumen tidak melaporkan realisasi {baris} ini, dan {sel} dibiarkan "
                                        "kosong di tabel."]
        cols = [c for c, _ in kosong]
        if "realisasi_rp" in cols:
            d, v = dari.get(line), nilai.get(line)
            if isinstance(d, str) and d in DARI_RINCIAN and v is not None and pd.notna(v):
                bagian.append(f"Realisasi anggarannya dibaca dari jumlah realisasi {DARI_RINCIAN[d]} di bawahnya, "
                              f"{format_rupiah(v)} (semuanya tercantum); serapan dan predikat serapannya memakai "
                              "angka itu, bukan 0.")
                f["nilai_hitung"] = float(v)
                diambil = pagu_diambil.get(line, [])
                if diambil and tingkat == "kegiatan":
                    bagian.append("Sel pagu kegiatan ini juga kosong: pagunya dianggap jumlah pagu sub kegiatan di "
                                  f"bawahnya ({format_rupiah(diambil[0])}), bukan Rp0.")
                elif diambil:
                    bagian.append(f"Sel pagu {len(diambil)} kegiatan di bawahnya kosong: pagunya dianggap jumlah "
                                  f"pagu sub kegiatannya ({format_rupiah(sum(diambil))}), bukan Rp0.")
            else:
                rincian = "kegiatan dan sub kegiatan" if baris == "program" else "sub kegiatan"
                jumlah_pagu, pagu_sendiri = pagu_rincian.get(line, (np.nan, np.nan))
                if not np.isnan(jumlah_pagu) and (np.isnan(pagu_sendiri) or abs(jumlah_pagu - pagu_sendiri)
                                                  > metrics.TOLERANSI_PAGU_RINCIAN):
                    sebab = (f"jumlah pagu {rincian} di bawahnya ({format_rupiah(jumlah_pagu)}) tidak sama dengan "
                             + (f"pagu {baris} ini ({format_rupiah(pagu_sendiri)})" if not np.isnan(pagu_sendiri) else
                                f"pagu {baris} ini, yang kosong")
                             + f", sehingga realisasi rincian itu belum tentu realisasi {baris} ini (periksa "
                             "tingkat baris-barisnya)")
                elif line in tanpa_pagu_di:
                    sebab = (f"baris {tanpa_pagu_di[line]} di bawahnya mencantumkan realisasi tanpa pagu (mungkin "
                             "indikator lanjutan baris di atasnya yang mengulang realisasinya), sehingga realisasi "
                             f"rincian itu tidak dapat dicocokkan dengan pagu {baris} ini")
                elif ada_rincian.get(line):
                    sebab = f"tidak semua {rincian} di bawahnya mencantumkan realisasi"
                else:
                    sebab = f"tidak ada {rincian} di bawahnya"
                bagian.append(f"Realisasi anggarannya tidak diketahui: {sebab}, sehingga serapan dan predikat "
                              "serapannya tidak dihitung (tidak diketahui), bukan 0.")
        if "realisasi_k" in cols:
            bagian.append(f"Capaian indikator {baris} ini tidak dihitung (belum diukur, atau tidak dilaporkan bila "
                          "triwulan IV), bukan 0%.")
        bagian.append("Pemeriksaan jumlah, antartabel dan persen tertulis tidak memakai sel kosong itu sebagai angka "
                      "dokumen.")
        f["pesan"] = " ".join(bagian)


_JUMLAH = re.compile(r"(?i)^\s*(jumlah|total|grand total)\b(\s+(total|keseluruhan|seluruh(nya)?|program|anggaran))?\s*:?\s*$")


def _set_aside_rows_without_numbers(src: SourceText, block, label: str, df: pd.DataFrame,
                                    said: list[bool]) -> pd.DataFrame:
    """A row with a name but no indicator and no number at all (its numeric cells empty or a
    word for nothing: ``said``) is not a row of the table (a name wrapped onto a line of its
    own, a note under a workbook table): set aside and reported, never a phantom program or
    sub kegiatan."""
    notes = [c for c in ("keterangan", "solusi") if c in df]
    bare = df["indikator"].isna() & ~pd.Series(said, index=df.index) & ~df[notes].notna().any(axis=1)
    if not bare.any():
        return df
    for line, nama in zip(df.loc[bare, "baris_sumber"], df.loc[bare, "nama"]):
        src.finding("baris_tidak_terbaca", "peringatan", label, int(line),
                    f"Baris tanpa indikator dan tanpa angka disisihkan: \u201c{nama}\u201d; bila ini sambungan "
                    "nama baris di atasnya, nama baris itu terpotong.", nama=nama)
    lines = set(df.loc[bare, "baris_sumber"].astype(int))
    block.rows = [r for r in block.rows if r.line not in lines]
    block.set_aside.extend(sorted(lines))
    return df[~bare].reset_index(drop=True)


#: A mark that a name goes on from the page before (``Nama (Lanjutan)``), not part of the name.
_LANJUT = re.compile(r"(?i)\s*[(\[]?\s*lanjutan\s*[)\]]?\s*$")
_SEGMENT = attrgetter("segment")
_DALAM = {"program": 0, "kegiatan": 1}


def _kunci_nama(nama) -> str:
    """A name as a repeated page head is compared with it: case and white space ignored, a
    trailing ``(Lanjutan)`` dropped, nothing else (a kegiatan and its sub kegiatan named alike
    stay two names).

    >>> _kunci_nama("PROGRAM Penunjang  Urusan (Lanjutan)") == _kunci_nama("Program penunjang urusan")
    True
    >>> _kunci_nama("Kegiatan Pemulihan") == _kunci_nama("Pemulihan")
    False
    """
    return " ".join(_LANJUT.sub("", str(nama)).split()).casefold()


def _set_aside_repeated_heads(src: SourceText, block, label: str, df: pd.DataFrame,
                              numeric: list[str]) -> pd.DataFrame:
    """A program or kegiatan row printed again at the top of a page (right after the table's
    repeated header, or after another such row), as a group head carried over: no indicator,
    the same name (``_kunci_nama``) and the same pagu and realisasi Rp as the program or
    kegiatan still open above it (every other number and note it prints equal too), is not a
    new row: set aside and reported (``baris_tidak_terbaca``, as a row without indicator and
    numbers is, ``_set_aside_rows_without_numbers``), so that its sub kegiatan stay under the
    row above and its money is not counted twice. Open: every row between the two is of a
    deeper level (``names.infer_levels`` on the rows without the repeats), or another
    indicator row of the same name. A row with an indicator (a full row repeated:
    ``drop_duplicates``), or with other money (a new program of the same name), stays a row.

    Only the rows at the top of a page with no indicator and a pagu are looked at; the table's
    levels are inferred only when one of them repeats the name and pagu of a row above it.
    """
    if "pagu_rp" not in df or "realisasi_rp" not in df or len(df) < 2 or len(block.rows) != len(df):
        return df
    segs = np.fromiter(map(_SEGMENT, block.rows), dtype=np.int64, count=len(block.rows))
    top = np.r_[False, segs[1:] != segs[:-1]]
    if not top.any():
        return df
    bare = df["indikator"].isna().to_numpy(dtype=bool)
    pagu = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    candidates = np.flatnonzero(top & bare & ~np.isnan(pagu)).tolist()
    if not candidates:
        return df
    nama = df["nama"].astype(object).where(df["nama"].notna(), None).tolist()
    values = {c: df[c].astype(object).where(df[c].notna(), None).tolist()
              for c in [*numeric, *(c for c in ("keterangan", "solusi") if c in df)]}

    def origin(k: int) -> int | None:
        """The nearest row above ``k`` with its name and every number and note ``k`` prints."""
        if nama[k] is None:
            return None
        key = _kunci_nama(nama[k])
        for j in np.flatnonzero(pagu[:k] == pagu[k])[::-1].tolist():
            if nama[j] is None or _kunci_nama(nama[j]) != key:
                continue
            if values["realisasi_rp"][j] != values["realisasi_rp"][k]:
                continue                        # the realisation as printed: both empty, or equal
            if all(v[k] is None or v[k] == v[j] for v in values.values()):
                return j
        return None

    # the rows at the top of a page repeating a row above, and the rows after them on their page
    pairs: dict[int, int] = {}
    for k in candidates:
        while k < len(df) and (j := origin(k)) is not None:
            pairs[k] = j
            k += 1
            if k >= len(df) or segs[k] != segs[k - 1] or not bare[k] or np.isnan(pagu[k]):
                break
    if not pairs:
        return df
    rest = np.ones(len(df), dtype=bool)
    rest[list(pairs)] = False
    kept = np.flatnonzero(rest)
    level = np.full(len(df), 2, dtype=np.int64)
    level[kept] = [_DALAM.get(lv, 2) for lv in infer_levels([nama[k] for k in kept.tolist()],
                                                           pagu=df["pagu_rp"].iloc[kept].tolist())]
    aside: list[tuple[int, int]] = []
    for k, j in pairs.items():
        if not top[k] and not (aside and aside[-1][0] == k - 1):
            continue                            # under a row of its page that stays a row
        if level[j] > 1:
            continue                            # a sub kegiatan is no group head
        key = _kunci_nama(nama[j])
        between = [m for m in range(j + 1, k) if rest[m] and _kunci_nama(nama[m] or "") != key]
        if any(level[m] <= level[j] for m in between):
            continue                            # closed by a row of its level or above
        aside.append((k, j))
    if not aside:
        return df
    lines = df["baris_sumber"].astype(int).tolist()
    for k, j in aside:
        src.finding("baris_tidak_terbaca", "peringatan", label, lines[k],
                    f"Baris di awal halaman tanpa indikator yang mengulang nama dan angka baris {lines[j]} di "
                    f"atasnya disisihkan: \u201c{nama[k]}\u201d. Baris ini dibaca sebagai kepala kelompok yang "
                    "dicetak ulang sesudah judul kolom, bukan baris baru, sehingga angkanya tidak dihitung dua "
                    "kali; bila dokumen memang memuat baris baru dengan nama dan angka yang sama, baris itu tidak "
                    "terhitung.", nama=nama[k], pembanding=lines[j])
    gone = {lines[k] for k, _ in aside}
    block.rows = [r for r in block.rows if r.line not in gone]
    block.set_aside.extend(sorted(gone))
    keep = np.ones(len(df), dtype=bool)
    keep[[k for k, _ in aside]] = False
    return df[keep].reset_index(drop=True)


def _totals(nama: pd.Series) -> np.ndarray:
    """Whether each name is a JUMLAH / TOTAL row's (``_JUMLAH``; a missing name is not). The
    rule is read on the names that hold ``jumlah`` or ``total`` in any case, found for the
    column at once; every other name cannot match it.

    >>> _totals(pd.Series(["JUMLAH", "Program A", None, "Total Keseluruhan:", "Jumlah Orang"],
    ...                   dtype="string")).tolist()
    [True, False, False, True, False]
    """
    out = np.zeros(len(nama), dtype=bool)
    maybe = np.flatnonzero(nama.str.contains("jumlah|total", case=False, regex=True).fillna(False)
                           .to_numpy(dtype=bool))
    if len(maybe):
        out[maybe] = [_JUMLAH.match(t) is not None for t in nama.iloc[maybe].tolist()]
    return out


def _stated_totals(src: SourceText, label: str, df: pd.DataFrame, nihil) -> pd.DataFrame:
    """A JUMLAH / TOTAL row is the document's own total, not a program or sub kegiatan: it
    is taken out of the table and checked against the sum of the program rows
    (``jumlah_tidak_cocok`` where it differs). A total cell that says nothing (empty, ``-``:
    ``nihil(line, column)``) states no total and is not compared. Where a program's
    realisation is unknown (``metrics.realisasi_rincian``) the programs sum to at least what is
    known of them (a realisation is never negative): a total stating less is reported
    ("sedikitnya"), one stating more is not compared."""
    total = _totals(df["nama"]) & df["indikator"].isna().to_numpy(dtype=bool)
    if not total.any():
        return df
    rest = df[~total]
    level = infer_levels(rest["nama"].tolist(), pagu=rest["pagu_rp"].tolist() if "pagu_rp" in rest else None)
    is_prog = [lv == "program" for lv in level]
    programs = rest[is_prog]
    # a program whose realisation cell is empty: the sum of its rows below, or unknown
    # (``metrics.realisasi_rincian``), never Rp 0 against the stated total
    rincian = metrics.realisasi_rincian(rest.assign(level=level), sedikitnya=True)[is_prog] \
        if "realisasi_rp" in rest and len(rest) else None
    # an unknown one counts what it is at least (its known rows; never below 0)
    real = None if rincian is None else rincian["realisasi_rp"].fillna(rincian["realisasi_sedikitnya"])
    tak_tahu = 0 if rincian is None else int((rincian["realisasi_dari_rincian"] == metrics.TIDAK_DIKETAHUI).sum())
    dari = 0 if rincian is None else int(rincian["realisasi_dari_rincian"].notna().sum()) - tak_tahu
    for _, row in df[total].iterrows():
        for col in ("pagu_rp", "realisasi_rp"):
            if col not in df or pd.isna(row[col]) or nihil(int(row["baris_sumber"]), col):
                continue
            summed = float((real if col == "realisasi_rp" and real is not None else programs[col]).fillna(0).sum())
            kurang = col == "realisasi_rp" and tak_tahu > 0
            if kurang and float(row[col]) >= summed - 1.0:
                continue                # the unknown programs may hold the rest: nothing to compare
            if abs(float(row[col]) - summed) > 1.0:
                src.finding("jumlah_tidak_cocok", "kritis", label, int(row["baris_sumber"]),
                            f"Baris {row['nama']} mencantumkan {col} {format_rupiah(row[col])}, tetapi jumlah "
                            f"seluruh program {'sedikitnya ' if kurang else ''}{format_rupiah(summed)}"
                            + (f" (realisasi {dari} program yang selnya kosong diambil dari jumlah rincian di "
                               "bawahnya)" if col == "realisasi_rp" and dari else "")
                            + (f" (realisasi {tak_tahu} program tidak diketahui; realisasi tidak mungkin negatif, "
                               "sehingga jumlahnya tidak kurang dari angka itu)" if kurang else "")
                            + "; baris jumlah tidak dihitung sebagai program.", nama=row["nama"], kolom=col,
                            dokumen=float(row[col]), hitung=summed)
    return rest.reset_index(drop=True)


def tabel21(src: SourceText, levels_22: dict | None = None) -> pd.DataFrame:
    """Tabel 2.1 as its own tidy table, with inferred levels."""
    df = read_table(src, "tabel_2_1", LAYOUT_21)
    df.insert(0, "level", level_series(tingkat_tercatat(src, LABELS["tabel_2_1"], df["nama"].tolist(),
                                                        df["baris_sumber"].tolist(), LABELS["tabel_2_2"],
                                                        known=levels_22)))
    return df


def parse(src: SourceText, rencana: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the ``evaluasi`` table, and return Tabel 2.1 (tidy, with levels) beside it.

    Returns
    -------
    evaluasi : DataFrame
        Columns ``COLUMNS``, one row per Tabel 2.2 row in document order.
    t21 : DataFrame
        Tabel 2.1 rows with ``level`` and ``urutan_evaluasi`` (the matched
        evaluasi row, NA where none matched).
    """
    kosong: list = []
    posisi: dict = {}
    t22 = read_table(src, "tabel_2_2", LAYOUT_22, kosong, posisi)
    # a further indicator row of a name takes the level of the name's first row
    first = ~lanjutan(t22)
    found = tingkat_tercatat(src, LABELS["tabel_2_2"], t22.loc[first, "nama"].tolist(),
                             t22.loc[first, "baris_sumber"].tolist(), pagu=t22.loc[first, "pagu_rp"].tolist())
    levels = pd.Series(found, index=t22.index[first], dtype=object).reindex(t22.index).ffill().tolist()
    t22.insert(0, "level", level_series(levels))
    t22.insert(0, "urutan", pd.Series(range(1, len(t22) + 1), dtype=INT))
    t22 = fill_ancestors(t22)

    t21 = tabel21(src, dict(zip(t22["nama"].tolist(), levels)))
    pairs = align(t22["nama"].tolist(), t21["nama"].tolist(), levels, t21["level"].tolist())
    urutan = np.full(len(t21), -1, dtype=np.int64)
    urutan[[j for _, j, _ in pairs]] = [i + 1 for i, _, _ in pairs]
    t21["urutan_evaluasi"] = pd.Series(urutan, index=t21.index, dtype=INT).mask(urutan < 0)
    kode = pd.Series(pd.NA, index=t22.index, dtype="string")
    if rencana is not None and len(rencana):
        coded = rencana.dropna(subset=["kode", "nama"]).reset_index(drop=True)
        pairs = align(t22["nama"].tolist(), coded["nama"].tolist(), levels, coded["level"].astype(str).tolist())
        pairs = kode_berjenjang(src, t22, levels, coded, pairs)
        if pairs:
            kode.iloc[[i for i, _, _ in pairs]] = coded["kode"].iloc[[j for _, j, _ in pairs]].to_numpy()
    t22["kode"] = kode
    ambiguous.putuskan(src, t22, t21, rencana)
    _bacaan_kosong(t22, kosong)          # the cells as finally read: their reading said
    _pagu_kosong(src, t22, posisi.get("pagu_rp"))
    return turunan(t22, t21), t21


def turunan(t22: pd.DataFrame, t21: pd.DataFrame) -> pd.DataFrame:
    """Tabel 2.2 with the columns derived from its numbers and its matched Tabel 2.1 rows
    (``target_renstra``, ``realisasi_k_tabel21``, ``capaian_renstra_dokumen``, ``capaian_k``,
    ``serapan_rp``), in ``COLUMNS`` order."""
    t22 = t22.copy(deep=False)          # copy-on-write: the caller's frame is not changed, no data copied
    matched = t21.dropna(subset=["urutan_evaluasi"]).set_index("urutan_evaluasi")
    # each row's matched Tabel 2.1 row, looked up once for the three columns (-1: none)
    where = matched.index.get_indexer(t22["urutan"])
    for col, of in (("target_renstra", "target_renstra"), ("realisasi_k_tabel21", "realisasi_k"),
                    ("capaian_renstra_dokumen", "capaian_renstra_dokumen")):
        t22[col] = pd.Series(matched[of].array.take(where, allow_fill=True), index=t22.index).astype("Float64")
    # a realisation not reported is judged as nothing realised (metrics.realisasi_dinilai), except a
    # program's or kegiatan's Rp: its rows below, or unknown (metrics.realisasi_rincian)
    t22["capaian_k"] = metrics.capaian(metrics.realisasi_dinilai(t22["realisasi_k"]), t22["target_k"])
    t22["serapan_rp"] = metrics.serapan(metrics.realisasi_rp_dinilai(t22), t22["pagu_rp"])
    return t22[COLUMNS].reset_index(drop=True)
