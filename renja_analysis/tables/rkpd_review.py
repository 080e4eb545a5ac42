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
The offices that carry out no urusan (Sekretariat Daerah, DPRD, Bappeda, BPKAD,
Inspektorat, Kecamatan, ...) print their totals under the names Permendagri 90/2019
gives them, and offices print the code of the nomenclature with the name; these
lines are stated totals too (``jumlah_baris``):

- a name starting with a code (``2.17 URUSAN PEMERINTAHAN BIDANG ...``, ``5 UNSUR ...``)
  reads as the name after the code;
- an unsur line, ``UNSUR PENDUKUNG``, ``PENUNJANG``, ``PENGAWASAN`` (``... URUSAN
  PEMERINTAHAN``), ``UNSUR KEWILAYAHAN``, ``UNSUR PEMERINTAHAN UMUM``, ``UNSUR
  KEKHUSUSAN`` (urusan codes 4 to 9), an umbrella above the bidang under it as
  ``URUSAN PEMERINTAHAN WAJIB`` or ``PILIHAN`` is, in any case and whatever its No. cell
  holds (``5  Unsur Penunjang Urusan Pemerintahan``: the unsur's code, REV-Y Y5);
- a bidang's code (``[1-9].dd``: ``5.01``, ``4.01``, ``7.01``, ``2.17``; a program's has three
  parts, ``5.01.01``) in the No. cell or before the name, with a name in capitals that
  is not a program's, kegiatan's or sub kegiatan's (``5.01  PERENCANAAN``, ``7.01
  KECAMATAN``): a bidang urusan's total, labelled with its code (``5.01 PERENCANAAN``);
- but a line of these two kinds printing a location, an indicator or a target on either
  side is no total, whatever its No. cell holds (a total states a name and a pagu only):
  numbered (``3``), it is a row; numbered by a code (``1.01``) or not numbered, it is
  refused as below (REV-Y Y1: it was read as a bidang total, the row lost).

A line that is none of these and prints no row number stays refused (``nomor baris
bukan angka``, naming the file, line and cell): a bidang's code over a name not in
capitals (``5.01  Perencanaan``) may be a row numbered by its place (``1.10``).

The header says ``Pagu Indikatif (Rp.000)`` (thousands of rupiah), but the values
are in rupiah (they equal Tabel 2.2's pagu to the rupiah); values are kept as
written, in ``pagu_rp``, and the contradiction is reported as a finding.

Schema (long: one row per item and side): ``no``, ``sisi``, ``level``,
``program``, ``kegiatan``, ``nama``, ``lokasi``, ``indikator``, ``target_k``,
``satuan``, ``target_teks``, ``pagu_rp``, ``catatan``, ``baris_sumber``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TypeVar

import numpy as np
import pandas as pd

from ..caches import per_document
from ..labels import daftar
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
#: A code of the nomenclature printed before a name in the name cell (``2.17 URUSAN ...``,
#: ``5 UNSUR ...``, ``5.01 PERENCANAAN``): the code, then the name.
_KODE_DEPAN = re.compile(r"(\d+(?:\.\d+)*)\.?\s+(\S.*)", re.S)
#: A bidang urusan's code (Permendagri 90/2019): the urusan's digit, the bidang's two digits.
_KODE_BIDANG = re.compile(r"[1-9]\.\d{2}")
#: The umbrella lines of the offices that carry out no urusan (Permendagri 90/2019, codes 4 to 9).
_UNSUR = re.compile(r"UNSUR (?:PENDUKUNG|PENUNJANG|PENGAWASAN|KEWILAYAHAN|PEMERINTAHAN UMUM|KEKHUSUSAN)\b",
                    re.I)
#: How the name of a row, not a total, may start although it prints a bidang's code.
_NAMA_BARIS = ("PROGRAM", "KEGIATAN", "SUB KEGIATAN")


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
    # the urusan total (repeated under every page header) and the footer total, numbered or not;
    # an unsur or a coded bidang line (``jumlah_baris``: a line whose No. cell is a row number and
    # whose name starts with a letter other than U and B is a row, asked no more)
    is_total = [(not g[0] and not g[1]) or g[1].upper().startswith(_NAMA_JUMLAH)
                or ((not g[0].isdigit() or g[1][:1] in _AWAL_LAIN)
                    and jumlah_baris(g[0], g[1], any(g[i] for i in _ISI))) for g in grid]
    items = [(r, g) for r, g, t in zip(rows, grid, is_total) if not t]
    totals = [(r, g) for r, g, t in zip(rows, grid, is_total) if t]
    kept = drop_duplicates(src, "tabel_3_2", LABEL, [r for r, _ in items], [tuple(g) for _, g in items])
    kept_ids = {id(r) for r in kept}
    # a numbered total holds its number in the numbering (``check_numbering``), in reading order;
    # an urusan or bidang line, numbered or not, may be followed by rows numbered from 1 again
    # (a total line that repeats an earlier line's label, the page header's, numbered, coded or
    # neither, is no such line: rows numbered 1 after it are a copy, not a new run: REV-M M5, REV-Y Y2)
    labels = [label_jumlah(g[0], g[1]) for _, g in totals]
    # each distinct label's key once (the urusan total repeats under every page header)
    satu = tuple(dict.fromkeys(labels))
    kunci = dict(zip(satu, kunci_satu(satu)))
    ulang = pd.Series(list(map(kunci.__getitem__, labels)), dtype=object).duplicated().tolist()
    jumlah = {id(r) for (r, g), u in zip(totals, ulang) if (g[0] or g[1]) and not u}
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
    for (r, g), label in zip(totals, labels):
        label = label or "JUMLAH"
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


#: The cells a row fills and a total leaves empty: location, indicator and target of each side.
_ISI = (2, 3, 4, 7, 8, 9)
#: The first characters of a numbered row's name that ``parse`` asks ``jumlah_baris`` about
#: (a code, an unsur line); a numbered row named otherwise is a row.
_AWAL_LAIN = frozenset("0123456789Uu")


def jumlah_baris(no: str, nama: str, isi: bool = False) -> bool:
    """Whether a line of 3.2, its No. cell ``no`` and name cell ``nama``, is a stated total
    (the rules in the module docstring), not a row of the table; ``isi``: whether it prints a
    location, an indicator or a target.

    >>> jumlah_baris("", ""), jumlah_baris("", "URUSAN PEMERINTAHAN BIDANG KOPERASI")
    (True, True)
    >>> jumlah_baris("", "UNSUR PENUNJANG URUSAN PEMERINTAHAN"), jumlah_baris("5", "UNSUR PENUNJANG URUSAN PEMERINTAHAN")
    (True, True)
    >>> jumlah_baris("5", "Unsur Penunjang Urusan Pemerintahan"), jumlah_baris("", "Unsur Penunjang Urusan Pemerintahan")
    (True, True)
    >>> jumlah_baris("5.01", "PERENCANAAN"), jumlah_baris("", "5.01 PERENCANAAN"), jumlah_baris("", "2.17 URUSAN BIDANG X")
    (True, True, True)
    >>> jumlah_baris("5.01", "Perencanaan"), jumlah_baris("3", "5.01.01 PROGRAM PENUNJANG"), jumlah_baris("1.1", "RAPAT")
    (False, False, False)
    >>> jumlah_baris("3", "PENYUSUNAN DOKUMEN"), jumlah_baris("4", "2.17.01.2.01.0001 Penyusunan Dokumen")
    (False, False)
    >>> jumlah_baris("3", "UNSUR PENUNJANG URUSAN PEMERINTAHAN", True), jumlah_baris("", "5.01 PERENCANAAN", True)
    (False, False)
    >>> jumlah_baris("1.01", "PERENCANAAN", True), jumlah_baris("12", "Unsur Penunjang Urusan Pemerintahan", True)
    (False, False)
    """
    if not nama:
        return not no
    kode, sisa = "", nama
    m = _KODE_DEPAN.fullmatch(nama)
    if m:
        kode, sisa = m.groups()
    atas = sisa.upper()
    if atas.startswith(_NAMA_JUMLAH):
        return True
    if isi:
        return False                    # a row's own cells: a row, whatever its No. cell holds
    if _UNSUR.match(sisa):
        return True                     # an unsur's name and a pagu only: its total, in any case
    kapital = atas == sisa and sisa != sisa.lower()
    if not kapital or atas.startswith(_NAMA_BARIS):
        return False
    return bool(_KODE_BIDANG.fullmatch(kode) or _KODE_BIDANG.fullmatch(no.rstrip(".")))


def label_jumlah(no: str, nama: str) -> str:
    """A stated total's label: its name, with the bidang's code the No. cell prints before
    it when the name alone does not say what it totals (``5.01  PERENCANAAN``).

    >>> label_jumlah("5.01", "PERENCANAAN"), label_jumlah("1", "URUSAN X"), label_jumlah("", "")
    ('5.01 PERENCANAAN', 'URUSAN X', '')
    """
    kode = no.rstrip(".")
    if nama and _KODE_BIDANG.fullmatch(kode) and not _KODE_DEPAN.fullmatch(nama) \
            and not nama.upper().startswith(_NAMA_JUMLAH) and not _UNSUR.match(nama):
        return f"{kode} {nama}"
    return nama


def kunci_label(label: pd.Series) -> pd.Series:
    """A 3.2 stated total's label as compared with the others: capitals, punctuation and a
    ``(lanjutan)`` left out, spaces collapsed (a page header repeating ``URUSAN ... KOPERASI UKM``
    as ``URUSAN ... KOPERASI, UKM (lanjutan)`` repeats the same line).

    >>> kunci_label(pd.Series(["Urusan Koperasi, UKM (lanjutan)", "URUSAN KOPERASI UKM", None])).tolist()
    ['URUSAN KOPERASI UKM', 'URUSAN KOPERASI UKM', '']
    >>> kunci_label(pd.Series(["2.17 URUSAN KOPERASI", "5 UNSUR PENUNJANG", "5.01 PERENCANAAN"])).tolist()
    ['URUSAN KOPERASI', 'UNSUR PENUNJANG', '5 01 PERENCANAAN']
    """
    teks = label.astype("string").fillna("").str.upper().str.replace(r"\bLANJUTAN\b", " ", regex=True)
    teks = teks.str.replace(r"[^0-9A-Z]+", " ", regex=True).str.strip()
    # a code before a name that says what it totals is left out (``2.17 URUSAN ...`` on the first
    # page is the ``URUSAN ...`` the page headers repeat); a bidang's code before a bare name is kept
    return teks.str.replace(r"^(?:\d+ )+(?=(?:URUSAN|BIDANG URUSAN|UNSUR)\b)", "", regex=True)


@per_document(maxsize=256)
def kunci_satu(labels: tuple) -> tuple:
    """``kunci_label`` of distinct labels (texts), remembered: the findings compare the same
    stated totals' labels again and again (``findings.document._kunci_jumlah``).

    >>> kunci_satu(("Urusan Koperasi, UKM (lanjutan)", "5.01 PERENCANAAN"))
    ('URUSAN KOPERASI UKM', '5 01 PERENCANAAN')
    """
    return tuple(kunci_label(pd.Series(list(labels), dtype=STRING)).tolist())


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
    not lost there) and the rows after it go on above it; one that does not (a number repeated on
    every page's urusan line, no number, not a number, or a code or an urusan's own number over rows
    numbered from 1 again: ``2  URUSAN PEMERINTAHAN WAJIB ...`` over rows 1, 2, ...) is not a row of
    the numbering and says nothing of it. A row numbered 1 right after a total starts the numbering
    again: the document numbers its urusan lines apart from the rows under them (``1  URUSAN ...``
    over rows 1, 2, ...), or the rows of each urusan or bidang urusan from 1 (``BIDANG URUSAN B``
    over rows 1, 2, ... after bidang A's 1..50); ``findings.document._celah_bagian`` reads it so
    too. A row numbered above 1 but below the lowest number above 1 its numbering has not printed yet
    right after a total starts it again too, its first rows missing (``2 URUSAN ...`` over rows 2, 3, ...
    after rows 1..50: ``nomor 1 tidak ada``, not ``nomor 2 datang setelah nomor 50``); a number
    printed ahead (row 49 printed ``94`` before ``BIDANG ...`` over rows 51, 52, ...; ``1, 2, 4,
    BIDANG, 3, 5``) does not make the rows after the total a new numbering.

    A number is missing only when no row of its numbering prints it: rows printed in another order
    (``1, 3, 2, 4``; ``1, 4, 3, 2, 5``; a row moved, ``1, 3, 4, 2, 5``) miss none and are said to be
    out of order, once for each stretch the order leaves and comes back to. The numbers each
    numbering prints are looked up sorted, so the check stays linear in the rows (``n log n``).

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
    >>> said.clear(); rows = [(Row(line=i, cells=[n, "X"]), n) for i, n in enumerate("14325")]
    >>> check_numbering(said, rows); said
    ['nomor 2\u20134 tertulis dengan urutan 4, 3, 2 (tidak ada nomor yang hilang)']
    """
    # 1, 2, 3, ... as written (a total printing no number aside): nothing to say
    cells = [cell.rstrip(".") for row, cell in numbered if cell or id(row) not in total]
    if cells == list(map(str, range(1, len(cells) + 1))):
        return
    texts = [cell.rstrip(".") for _, cell in numbered]
    is_total = [id(row) in total for row, _ in numbered]
    # the number of the next row that is not a total (None at the end)
    berikut: list[str | None] = [None] * len(texts)
    nanti = None
    for i in range(len(texts) - 1, -1, -1):
        berikut[i] = nanti
        if not is_total[i]:
            nanti = texts[i]
    # 1. the numbers of the numbering, each with the run it belongs to (a run starts again after a total)
    held: list[tuple[int, int, int]] = []       # (position in numbered, number, run)
    top, run, setelah_jumlah = 0, 0, False
    # the lowest number above 1 the run has not printed yet (a number printed ahead, a typo's ``94``
    # for row 49, does not move it; a row numbered 1 after a total starts a new run, so a run that
    # lost its row 1 cannot print it later: 1 is not waited for)
    dicetak: set[int] = set()
    belum = 2
    for i, teks in enumerate(texts):
        row = numbered[i][0]
        if is_total[i]:
            setelah_jumlah = True
            if not (teks.isdigit() and int(teks) > top):
                continue
            nxt = berikut[i]
            if nxt is not None and nxt.isdigit() and int(nxt) <= int(teks):
                # the rows after it do not go on from its number: a code or the urusan's own number
                # (``2  URUSAN PEMERINTAHAN WAJIB ...`` over rows 1, 2, ...), not a row's (REV-M M7)
                continue
        elif setelah_jumlah:
            setelah_jumlah = False
            if teks == "1" or (teks.isdigit() and 1 < int(teks) < belum):
                # the rows under a numbered urusan line numbered from 1 again; from a number above 1
                # but below the lowest number the numbering has not printed yet, with 1 .. that
                # number - 1 missing (a row lost). Not below it: the numbering goes on (``1, 2, 4,
                # BIDANG, 3, 5``: row 3 printed late; ``.., 48, 94, 50, BIDANG, 51``: 94 a typo)
                run, top, dicetak, belum = run + 1, 0, set(), 2
        if not teks.isdigit():
            raise src.error(f"nomor baris bukan angka di {LABEL}", line=row.line, cell="No (kolom 1)",
                            expected="nomor urut (1, 2, 3, ...)", found=numbered[i][1])
        held.append((i, int(teks), run))
        top = max(top, int(teks))
        dicetak.add(int(teks))
        while belum in dicetak:
            belum += 1
    # 2. the numbers each run prints, sorted (a number skipped is missing only when its run never prints it)
    cetak: dict[int, list[int]] = {}
    for _, no, r in held:
        cetak.setdefault(r, []).append(no)
    urut = {r: sorted(set(v)) for r, v in cetak.items()}
    # 3. read each run in order: gaps, numbers written again, stretches out of order
    said: list[tuple[int, dict]] = []

    def say(i: int, pesan: str, no: int, hitung: int) -> None:
        row = numbered[i][0]
        said.append((i, dict(line=row.line, pesan=pesan, nama=row.cells[1] or None, dokumen=no, hitung=hitung)))

    def tutup(blok: dict) -> None:
        """Say a stretch of rows printed out of order."""
        nos = blok["nos"]
        if len(nos) == 2 and nos[0] == nos[1] + 1:
            teks = f"nomor {nos[1]} dan {nos[0]} tertukar urutannya"
        else:
            tulis = nos if len(nos) <= 10 else nos[:5] + ["\u2026"] + nos[-2:]
            teks = f"nomor {min(nos)}\u2013{max(nos)} tertulis dengan urutan {', '.join(map(str, tulis))}"
        teks += "" if blok["celah"] else " (tidak ada nomor yang hilang)"
        say(blok["i"], f"Nomor urut baris di Review P-RKPD tidak berurutan: {teks}; periksa urutan baris itu di "
                       "dokumen aslinya.", nos[0], min(nos))

    lompat = ("Nomor urut baris di Review P-RKPD melompat: {}; baris yang dinomori dokumen tidak sama dengan "
              "baris yang terbaca (baris hilang atau tersalin?).")
    sekarang = -1
    blok: dict | None = None
    seen: set[int] = set()
    top, prev, prev_ganda, tunggu = 0, 0, False, 0
    for i, no, r in held:
        if r != sekarang:
            if blok is not None:
                tutup(blok)
            sekarang, blok, seen, top, prev, prev_ganda, tunggu = r, None, set(), 0, 0, False, 0
            ada = urut[r]
        if no in seen:
            # written again: said once for each stretch of numbers written again (a page printed twice)
            if not (prev_ganda and no == prev + 1):
                say(i, lompat.format(f"nomor {no} tertulis dua kali berturut-turut" if no == prev else
                                     f"nomor {no} datang setelah nomor {prev}" if no < prev else
                                     f"nomor {no} tertulis lagi setelah nomor {prev}"), no, prev + 1)
            prev_ganda = True
        else:
            prev_ganda = False
            if no > top:
                # the numbers skipped, top + 1 .. no - 1: those its run prints later are out of order
                nanti_ada = ada[bisect_right(ada, top):bisect_left(ada, no)]
                celah = len(nanti_ada) < no - top - 1
                if celah:
                    batas = [top, *nanti_ada, no]
                    hilang = [teks_celah(a, b) for a, b in zip(batas, batas[1:]) if b - a > 1]
                    say(i, lompat.format(f"nomor {daftar(hilang)} tidak ada"), no, top + 1)
                if nanti_ada:
                    if blok is None:
                        blok = {"i": i, "nos": [], "celah": False}
                    tunggu += len(nanti_ada)
                if celah and blok is not None:
                    blok["celah"] = True        # a number missing inside the stretch
                top = no
            else:
                tunggu -= 1                 # a number skipped earlier, printed now
            seen.add(no)
        if blok is not None:
            blok["nos"].append(no)
            if tunggu <= 0:
                tutup(blok)
                blok = None
        prev = no
    if blok is not None:
        tutup(blok)
    for _, kw in sorted(said, key=lambda s: s[0]):
        src.finding("nomor_tidak_urut", "kritis", _LABELS["tabel_3_2"], kw["line"], kw["pesan"],
                    nama=kw["nama"], kolom="no", dokumen=kw["dokumen"], hitung=kw["hitung"])


def teks_celah(a: int, b: int) -> str:
    """The numbers missing between ``a`` and ``b``: ``5`` or ``17\u201328`` (what ``check_numbering``
    and the findings' gaps, ``findings.document._celah_bagian``, say).

    >>> teks_celah(4, 6), teks_celah(16, 29)
    ('5', '17\u201328')
    """
    return f"{a + 1}" if b - a == 2 else f"{a + 1}\u2013{b - 1}"


def _empty() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series(dtype=STRING) for c in COLUMNS})
    for c in ("target_k", "pagu_rp"):
        df[c] = df[c].astype("Float64")
    for c in ("no", "baris_sumber"):
        df[c] = df[c].astype(INT)
    df["level"] = level_series([])
    df["sisi"] = pd.Categorical([], categories=list(SIDES))
    return df
