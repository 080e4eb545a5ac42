"""Section 3.2: Review terhadap dokumen Perubahan RKPD.

Two sides of one table: the initial P-APBD draft (``rancangan_awal``) and the
office's needs analysis (``hasil_analisis``), each with program / kegiatan name,
location, indicator, target and pagu. Names lack the ``Kegiatan`` prefix, so the
level comes from the evaluasi table's names (fuzzy) and the pagu hierarchy
(``names.infer_levels``). The urusan total repeated under every page header and
the footer total are not rows of the table: they are kept as stated totals. A line
whose name starts with ``URUSAN`` or ``BIDANG URUSAN`` is such a total whatever its No.
cell holds: a document that numbers its urusan line (``1  URUSAN PEMERINTAHAN ...``)
states the urusan's total there, not a program or sub kegiatan (``_NAMA_JUMLAH``).

The header says ``Pagu Indikatif (Rp.000)`` (thousands of rupiah), but the values
are in rupiah (they equal Tabel 2.2's pagu to the rupiah); values are kept as
written, in ``pagu_rp``, and the contradiction is reported as a finding.

Schema (long: one row per item and side): ``no``, ``sisi``, ``level``,
``program``, ``kegiatan``, ``nama``, ``lokasi``, ``indikator``, ``target_k``,
``satuan``, ``target_teks``, ``pagu_rp``, ``catatan``, ``baris_sumber``.
"""
from __future__ import annotations

from operator import attrgetter
from typing import TypeVar

import numpy as np
import pandas as pd

from ..sources.base import LABEL as _LABELS, SourceText
from ._common import (
    INT,
    STRING,
    check_width,
    drop_duplicates,
    fill_ancestors,
    floats,
    level_series,
    numeric_column,
    text,
    tingkat_tercatat,
    volume_column,
)

LABEL = "tabel Review Perubahan RKPD (3.2)"
SIDES = ("rancangan_awal", "hasil_analisis")
FIELDS = ["nama", "lokasi", "indikator", "target", "pagu"]
COLUMNS = ["no", "sisi", "level", "program", "kegiatan", "nama", "lokasi", "indikator",
           "target_k", "satuan", "target_teks", "pagu_rp", "catatan", "baris_sumber"]
#: The twelve cells of a row, and what each holds (``tables._common.CELL_KINDS``): a row whose
#: trailing empty cells (Catatan Penting) the extractor dropped is read padded.
CELLS = ["no"] + [f"{f} ({side})" for side in SIDES for f in FIELDS] + ["catatan"]
KINDS = "t" + "tttvn" * 2 + "t"
#: How the name of a stated total (the urusan / bidang urusan line) starts, in capitals.
_NAMA_JUMLAH = ("URUSAN", "BIDANG URUSAN")


def parse(src: SourceText, known_levels: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse 3.2 into the long ``review_rkpd`` table and its stated totals.

    Returns
    -------
    review_rkpd : DataFrame
    totals : DataFrame
        ``sisi``, ``label``, ``nilai_rp``, ``baris_sumber``, ``no`` (the No. the line
        prints, NA when none): the urusan and footer totals as the document states them.
    """
    block = src.tables.get("tabel_3_2")
    empty_totals = pd.DataFrame({"sisi": pd.Series(dtype=STRING), "label": pd.Series(dtype=STRING),
                                 "nilai_rp": pd.Series(dtype="Float64"),
                                 "baris_sumber": pd.Series(dtype=INT), "no": pd.Series(dtype=INT)})
    if block is None:
        return _empty(), empty_totals
    rows = block.rows
    # a row of twelve cells as it is; another padded or refused (``check_width``)
    grid = [g if len(g) == 12 else check_width(src, block, r, 12, LABEL, KINDS, CELLS)
            for r, g in zip(rows, map(attrgetter("cells"), rows))]
    # the urusan total (repeated under every page header) and the footer total, numbered or not
    is_total = [(not g[0] and not g[1]) or g[1].upper().startswith(_NAMA_JUMLAH) for g in grid]
    items = [(r, g) for r, g, t in zip(rows, grid, is_total) if not t]
    totals = [(r, g) for r, g, t in zip(rows, grid, is_total) if t]
    kept = drop_duplicates(src, "tabel_3_2", LABEL, [r for r, _ in items], [tuple(g) for _, g in items])
    kept_ids = {id(r) for r in kept}
    # a numbered total holds its number in the numbering (``check_numbering``), in reading order;
    # an urusan or bidang line, numbered or not, may be followed by rows numbered from 1 again
    # (an urusan line printing no number that repeats an earlier line's label, the page header's, is
    # no such line: rows numbered 1 after it are a copy, not a new run: REV-M M5)
    ulang = kunci_label(pd.Series([g[1] for _, g in totals], dtype=STRING)).duplicated().tolist()
    jumlah = {id(r) for (r, g), u in zip(totals, ulang) if g[0] or (g[1].upper().startswith(_NAMA_JUMLAH) and not u)}
    kept_ids |= jumlah
    check_numbering(src, [(r, g[0]) for r, g in zip(rows, grid) if id(r) in kept_ids], total=jumlah)
    items = [(r, g) for r, g in items if id(r) in kept_ids]

    rr = [r for r, _ in items]
    # the grid's columns, each once (a row's cells are a list of 12: padded by check_width)
    cells = [list(c) for c in zip(*(g for _, g in items))] if items else [[] for _ in CELLS]
    del grid, items
    sides = {}
    line = pd.Series(list(map(attrgetter("line"), rr)), dtype=INT)
    # both sides share the row's number and note: read once, for the items (not for both sides' rows)
    no = pd.to_numeric(pd.Series(cells[0], dtype=STRING).str.rstrip("."), errors="coerce").astype(INT)
    catatan = text(cells[11])
    for s, side in enumerate(SIDES):
        base = 1 + 5 * s
        df = pd.DataFrame({"no": no})
        df["nama"] = text(cells[base])
        df["lokasi"] = text(cells[base + 1])
        df["indikator"] = text(cells[base + 2])
        target_cells = cells[base + 3]
        nums, units = volume_column(src, rr, target_cells, f"target ({side})", base + 4, LABEL)
        df["target_k"] = floats(nums)
        df["satuan"] = text([u or "" for u in units])
        df["target_teks"] = text(target_cells)
        df["pagu_rp"] = floats(numeric_column(src, rr, cells[base + 4], f"pagu ({side})", base + 5, LABEL,
                                              rupiah=True, jenis="jumlah"))
        df["catatan"] = catatan
        df["baris_sumber"] = line
        sides[side] = df
    del cells, rr, nums, units, target_cells, line, no, catatan
    left = sides["rancangan_awal"]
    levels = level_series(tingkat_tercatat(src, _LABELS["tabel_3_2"], left["nama"].fillna("").tolist(),
                                           left["baris_sumber"].tolist(), pagu=left["pagu_rp"], known=known_levels))
    frames = []
    for s, side in enumerate(SIDES):
        df = sides.pop(side)            # each side's columns held once
        df.insert(1, "sisi", pd.Categorical.from_codes(np.full(len(df), s, dtype=np.int8), categories=list(SIDES)))
        df.insert(2, "level", levels)
        frames.append(fill_ancestors(df.assign(nama=df["nama"].fillna(left["nama"]))))
    del df, left
    # one row per item and side, the two sides of an item together (row k of side s at 2k + s);
    # a long table a column at a time: each side's column let go once taken (not both sides, their
    # concatenation and its reordering at once); a short one in one piece (a column at a time
    # costs about 25 ms of pandas calls a document, more than a corpus of small documents affords)
    if len(frames[0]) >= _KOLOM_DEMI_KOLOM:
        out = pd.DataFrame({col: _interleave(frames[0].pop(col), frames[1].pop(col)) for col in COLUMNS})
    else:
        out = _interleave(frames[0][COLUMNS], frames[1][COLUMNS])
    del frames

    tot_records = []
    # each total cell is a column of its own (its own convention); the same total repeats under
    # every page header, so a text read once without a word (no finding, no cell that reads two
    # ways: its value is all it gives) is not read again
    quiet: dict = {}
    for r, g in totals:
        label = g[1] or "JUMLAH"
        for s, side in enumerate(SIDES):
            cell = g[5 + 5 * s]
            if r.numbers is None and (s, cell) in quiet:
                val = quiet[s, cell]
            else:
                said = len(src.temuan), len(src.ambigu)
                val = numeric_column(src, [r], [cell], f"jumlah ({side})", 6 + 5 * s, LABEL, rupiah=True,
                                     jenis="total")[0]
                if r.numbers is None and (len(src.temuan), len(src.ambigu)) == said:
                    quiet[s, cell] = val
            tot_records.append((side, label, val, r.line, _nomor(g[0])))
    totals_df = pd.DataFrame(tot_records, columns=["sisi", "label", "nilai_rp", "baris_sumber", "no"])
    totals_df = totals_df.astype({"sisi": STRING, "label": STRING, "nilai_rp": "Float64",
                                  "baris_sumber": INT, "no": INT}) if len(totals_df) else empty_totals
    return out, totals_df


def kunci_label(label: pd.Series) -> pd.Series:
    """A 3.2 stated total's label as compared with the others: capitals, punctuation and a
    ``(lanjutan)`` left out, spaces collapsed (a page header repeating ``URUSAN ... KOPERASI UKM``
    as ``URUSAN ... KOPERASI, UKM (lanjutan)`` repeats the same line).

    >>> kunci_label(pd.Series(["Urusan Koperasi, UKM (lanjutan)", "URUSAN KOPERASI UKM", None])).tolist()
    ['URUSAN KOPERASI UKM', 'URUSAN KOPERASI UKM', '']
    """
    teks = label.astype("string").fillna("").str.upper().str.replace(r"\bLANJUTAN\b", " ", regex=True)
    return teks.str.replace(r"[^0-9A-Z]+", " ", regex=True).str.strip()


#: From this many rows a side, the long table is built a column at a time (``parse``).
_KOLOM_DEMI_KOLOM = 5_000
_T = TypeVar("_T", pd.Series, pd.DataFrame)


def _interleave(a: _T, b: _T) -> _T:
    """Row ``k`` of ``a`` at ``2k`` and row ``k`` of ``b`` at ``2k + 1`` (two columns, or two
    frames of the same columns, of equal length and dtypes; the dtypes kept), on a new range index.

    >>> _interleave(pd.Series(["a", "b"], dtype="string"), pd.Series(["x", None], dtype="string")).tolist()
    ['a', 'x', 'b', <NA>]
    >>> x = pd.DataFrame({"n": pd.Series(["a", "b"], dtype="string"), "v": pd.Series([1.0, 2.0], dtype="Float64")})
    >>> y = pd.DataFrame({"n": pd.Series(["x", None], dtype="string"), "v": pd.Series([3.0, None], dtype="Float64")})
    >>> _interleave(x, y).equals(pd.DataFrame({c: _interleave(x[c], y[c]) for c in x}))
    True
    """
    n = len(a)
    both = pd.concat([a, b], ignore_index=True)
    return both.take(np.arange(2 * n).reshape(2, n).T.ravel()).reset_index(drop=True)


def _nomor(cell: str) -> int | None:
    """A stated total's No. cell as a number (None when it prints none, or not a number).

    >>> _nomor("1."), _nomor(""), _nomor("I")
    (1, None, None)
    """
    text = cell.rstrip(".")
    return int(text) if text.isdigit() else None


def check_numbering(src: SourceText, numbered: list, total: set | frozenset = frozenset()) -> None:
    """The rows the document numbers (1, 2, 3, ...) are all there, each once and in order:
    a gap means a row was lost in extraction (finding ``nomor_tidak_urut``, kritis);
    a number that is not a number is an error.

    ``total``: the ids of the rows among ``numbered`` that are stated totals (an urusan or bidang
    urusan line, numbered or not). Such a row holds its number when the number goes up (a row was
    not lost there); one that does not (a number repeated on every page's urusan line, no number,
    or not a number) is not a row of the numbering and says nothing of it. A row numbered 1 right
    after a total starts the numbering again: the document numbers its urusan lines apart from
    the rows under them (``1  URUSAN ...`` over rows 1, 2, ...), or the rows of each urusan or
    bidang urusan from 1 (``BIDANG URUSAN B`` over rows 1, 2, ... after bidang A's 1..50);
    ``findings.document._celah_bagian`` reads it so too. A row numbered above 1 but below the
    numbering's next number right after a total starts it again too, its first rows missing
    (``2 URUSAN ...`` over rows 2, 3, ... after rows 1..50: ``nomor 1 tidak ada``, not ``nomor 2
    datang setelah nomor 50``).

    Examples
    --------
    >>> from types import SimpleNamespace as Row
    >>> class Src(list):
    ...     def finding(self, jenis, tingkat, tabel, line, pesan, **kw):
    ...         self.append(pesan.split(": ")[1].split(";")[0])
    >>> urusan, a, b = Row(line=1, cells=["1", "URUSAN"]), Row(line=2, cells=["1", "A"]), Row(line=3, cells=["2", "B"])
    >>> said = Src()
    >>> check_numbering(said, [(urusan, "1"), (a, "1"), (b, "2")], total={id(urusan)}); said
    []
    >>> bidang, c = Row(line=4, cells=["", "BIDANG URUSAN B"]), Row(line=5, cells=["1", "C"])
    >>> check_numbering(said, [(a, "1"), (b, "2"), (bidang, ""), (c, "1")], total={id(bidang)}); said
    []
    >>> check_numbering(said, [(a, "2"), (b, "2")]); said
    ['nomor 1 tidak ada', 'nomor 2 tertulis dua kali berturut-turut']
    >>> said.clear(); check_numbering(said, [(a, "1"), (c, "3"), (b, "2")]); said
    ['nomor 2 dan 3 tertukar urutannya (tidak ada nomor yang hilang)']
    >>> said.clear(); urusan2, d = Row(line=6, cells=["2", "URUSAN"]), Row(line=7, cells=["2", "D"])
    >>> check_numbering(said, [(urusan, "1"), (a, "1"), (b, "2"), (urusan2, "2"), (d, "2")],
    ...                 total={id(urusan), id(urusan2)}); said
    ['nomor 1 tidak ada']
    """
    # 1, 2, 3, ... as written (a total printing no number aside): nothing to say
    cells = [cell.rstrip(".") for row, cell in numbered if cell or id(row) not in total]
    if cells == list(map(str, range(1, len(cells) + 1))):
        return
    expected = 1
    setelah_jumlah = False              # the numbered row before was a stated total
    tertukar = False                    # this row was the second of a swapped pair, said already
    for i, (row, cell) in enumerate(numbered):
        text = cell.rstrip(".")
        if tertukar:
            tertukar = False
            continue
        if id(row) in total:
            setelah_jumlah = True
            if not (text.isdigit() and int(text) >= expected):
                continue
        elif setelah_jumlah:
            setelah_jumlah = False
            if text == "1" or (text.isdigit() and 1 < int(text) < expected):
                # the rows under a numbered urusan line numbered from 1 again; from a number above 1
                # but below the numbering's next, with 1 .. that number - 1 missing (a row lost)
                expected = 1
        if not text.isdigit():
            raise src.error(f"nomor baris bukan angka di {LABEL}", line=row.line, cell="No (kolom 1)",
                            expected="nomor urut (1, 2, 3, ...)", found=cell)
        no = int(text)
        if no == expected + 1 and i + 1 < len(numbered) and id(numbered[i + 1][0]) not in total \
                and numbered[i + 1][1].rstrip(".") == str(expected):
            # two rows printed the other way round (1, 3, 2, 4): none lost
            tertukar = True
            src.finding("nomor_tidak_urut", "kritis", _LABELS["tabel_3_2"], row.line,
                        f"Nomor urut baris di Review P-RKPD tidak berurutan: nomor {expected} dan {no} tertukar "
                        "urutannya (tidak ada nomor yang hilang); periksa urutan baris itu di dokumen aslinya.",
                        nama=row.cells[1] or None, kolom="no", dokumen=no, hitung=expected)
            expected = no + 1
            continue
        if no != expected:
            hilang = (f"nomor {expected}\u2013{no - 1} tidak ada" if no > expected + 1 else
                      f"nomor {expected} tidak ada" if no == expected + 1 else
                      f"nomor {no} tertulis dua kali berturut-turut" if no == expected - 1 else
                      f"nomor {no} datang setelah nomor {expected - 1}")
            src.finding("nomor_tidak_urut", "kritis", _LABELS["tabel_3_2"], row.line,
                        f"Nomor urut baris di Review P-RKPD melompat: {hilang}; baris yang dinomori "
                        "dokumen tidak sama dengan baris yang terbaca (baris hilang atau tersalin?).",
                        nama=row.cells[1] or None, kolom="no", dokumen=no, hitung=expected)
        expected = no + 1


def _empty() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series(dtype=STRING) for c in COLUMNS})
    for c in ("target_k", "pagu_rp"):
        df[c] = df[c].astype("Float64")
    for c in ("no", "baris_sumber"):
        df[c] = df[c].astype(INT)
    df["level"] = level_series([])
    df["sisi"] = pd.Categorical([], categories=list(SIDES))
    return df
