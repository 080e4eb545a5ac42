"""What every reader returns: table blocks of rows with provenance, reading findings
and an account of every line of every table region.

A reader (``teks`` for PDF-extracted text, ``excel`` for a Tabel 2.2-shaped workbook)
turns one source into a ``SourceText``; everything after it is format-blind.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import RenjaParseError
from ..numbers import clean_text

if TYPE_CHECKING:
    import pandas as pd

#: Table kinds, in document order, with the label findings and errors use.
KINDS = ("tabel_2_1", "tabel_2_2", "tabel_3_1", "tabel_3_2", "tabel_3_3")
LABEL = {
    "tabel_2_1": "Tabel 2.1",
    "tabel_2_2": "Tabel 2.2",
    "tabel_3_1": "Tabel 3.1",
    "tabel_3_2": "Tabel 3.2 (Review P-RKPD)",
    "tabel_3_3": "Tabel 3.3 (Rencana Perubahan)",
}
#: Largest source file read (bytes): a Renja text is well under 1 MB, a workbook a few MB.
MAX_BYTES = 50 * 1024 * 1024


@contextmanager
def tanpa_gc():
    """Cyclic garbage collection paused while a document is read, and restored as it was
    (also after an error): reading builds a list and a row per line, frees few of them and
    makes no cycle, and the collector, run every 700 new containers, would walk them all
    again and again (about half the time of splitting a large text, a fifth of reading it).

    >>> import gc
    >>> with tanpa_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(slots=True)
class Row:
    """One data row of a table: raw cells, page segment, provenance.

    ``numbers`` holds, for a workbook, the native value of every cell that is a
    number (None elsewhere), so that numbers are never re-read from text.
    """

    line: int
    raw: list[str]
    segment: int
    numbers: list | None = None
    #: the cleaned cells, computed once (``cells``); a reader that has them may pass them
    clean: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def cells(self) -> list[str]:
        """The cells without bold markers and with white space collapsed (``clean_text``)."""
        if self.clean is None:
            self.clean = [clean_text(c) for c in self.raw]
        return self.clean

    @property
    def bold(self) -> list[bool]:
        return ["<b>" in c.lower() for c in self.raw]

    @property
    def is_bold(self) -> bool:
        """True when the row's first non-empty cell is bold."""
        for text, b in zip(self.cells, self.bold):
            if text:
                return b
        return False

    def native(self, position: int):
        """The cell's native number (workbooks), or None."""
        if self.numbers is None or position >= len(self.numbers):
            return None
        return self.numbers[position]


@dataclass
class TableBlock:
    """All data rows of one table kind, with the header rows of its first page and
    the count of every other line of its region."""

    kind: str
    header: list[list[str]]
    header_line: int
    rows: list[Row] = field(default_factory=list)
    segments: int = 0
    #: line numbers of recognised header lines (every page), blank lines, and lines set
    #: aside (recognised page footers and reported lines)
    header_lines: list[int] = field(default_factory=list)
    blank_lines: list[int] = field(default_factory=list)
    set_aside: list[int] = field(default_factory=list)
    #: widths (cell counts) of the header of each page segment
    widths: dict = field(default_factory=dict)
    last_line: int = 0
    #: recognised page footers inside the region: (line, the page number it prints, or None)
    footers: list = field(default_factory=list)
    #: continuation lines: a name or indicator wrapped onto a line of its own, joined to the row
    #: above it (``sources.text``); (continuation line, row line)
    sambungan: list = field(default_factory=list)
    #: ``baris_tercetak`` of these rows, remembered (the reading account and ``lokasi`` both ask):
    #: (identity and length of ``rows`` it was computed for, the table, its ``kelengkapan``)
    tercetak: tuple | None = field(default=None, repr=False, compare=False)
    #: once the rows are released (``release_rows``): what the reading account and ``lokasi`` still
    #: need of them (their count, this table's part of ``lokasi``, its ``kelengkapan``)
    released: Released | None = field(default=None, repr=False, compare=False)

    @property
    def width(self) -> int:
        return max(len(h) for h in self.header)

    @property
    def row_count(self) -> int:
        """The count of data rows, also once they are released (``release_rows``)."""
        return len(self.rows) if self.released is None else self.released.rows

    @property
    def label(self) -> str:
        return LABEL.get(self.kind, self.kind)


class Released(NamedTuple):
    """What a table keeps of its rows once they are released (``release_rows``)."""

    #: the count of data rows
    rows: int
    #: the table's part of ``lokasi`` (``_lokasi_tabel``; None without rows)
    lokasi: pd.DataFrame | None
    #: the table's ``kelengkapan``
    kelengkapan: tuple


class _ReleasedRows(list):
    """The rows of a released table: reading them is an error, never an empty table."""

    __slots__ = ("label",)

    def __init__(self, label: str):
        super().__init__()
        self.label = label

    def _refuse(self, *args, **kwargs):
        raise RuntimeError(f"the rows of {self.label} were released after their last reader "
                           "(sources.base.release_rows)")

    __iter__ = __len__ = __getitem__ = __bool__ = __contains__ = _refuse


@dataclass
class SourceText:
    """A source read into table blocks, with what reading found on the way."""

    path: Path
    #: the text's lines while a reader reads them; empty once the reader returns (a workbook has
    #: none): the rows carry their cells and line numbers, nothing after reading reads the text
    lines: list[str]
    tables: dict[str, TableBlock]
    #: findings made while reading (``findings.document`` schema dicts), e.g. lines set aside
    temuan: list = field(default_factory=list)
    #: rows dropped as exact duplicates, per table kind (for the reading account)
    dropped: dict = field(default_factory=dict)
    #: the workbook sheet read (workbooks only)
    sheet: str | None = None
    #: title, issuing government and office, date from the title page (text only)
    identitas: dict = field(default_factory=dict)
    #: year, kind and evaluation quarter the text states (``teks.periode``; text only)
    periode: dict = field(default_factory=dict)
    #: SHA-256 of the source file's bytes
    sha256: str | None = None
    #: cells that read two ways (``845.120``), with both readings and the column's evidence,
    #: until ``tables.ambiguous.putuskan`` settles them by evidence (``tables._common._ambiguous``)
    ambigu: list = field(default_factory=list)

    def error(self, message, **kw) -> RenjaParseError:
        return RenjaParseError(self.path, message, **kw)

    def finding(self, jenis: str, tingkat: str, tabel: str, line, pesan: str, *, nama=None,
                kolom=None, dokumen=None, hitung=None, pembanding=None) -> None:
        """Record a reading finding (``findings.document.COLUMNS`` schema)."""
        self.temuan.append({
            "jenis": jenis, "tingkat": tingkat, "tabel": tabel, "baris_sumber": line, "nama": nama,
            "kolom": kolom, "nilai_dokumen": dokumen, "nilai_hitung": hitung,
            "baris_pembanding": pembanding, "pesan": pesan})


#: Columns of the reading account (``SourceText.pembacaan``).
PEMBACAAN = ["tabel", "baris_awal", "baris_akhir", "baris_wilayah", "baris_judul", "baris_kosong",
             "baris_disisihkan", "baris_sambungan", "baris_data", "baris_ganda", "halaman", "terbaca_utuh",
             "lengkap", "kelengkapan"]


def pembacaan(src: SourceText):
    """One row per table read: how every line of its region was accounted for, and
    whether the table is complete in the source text.

    ``baris_wilayah`` (lines from the first header line to the last row) equals
    ``baris_judul + baris_kosong + baris_disisihkan + baris_sambungan + baris_data``
    (``baris_sambungan``: names or indicators wrapped onto a line of their own, joined to
    the row above): ``terbaca_utuh``
    says so (every *line of the text* is accounted for; it says nothing about rows of
    the printed table that are not in the text). ``baris_ganda`` rows are among
    ``baris_data`` but were not counted twice. ``lengkap`` and ``kelengkapan`` are
    ``kelengkapan``'s answer: False where the table's own printed numbering shows rows
    missing from the text, True where it runs from 1 without a gap, NA where the table
    prints no numbering to check against.
    """
    import pandas as pd

    records = []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None:
            continue
        span = block.last_line - block.header_line + 1
        parts = (len(block.header_lines) + len(block.blank_lines) + len(block.set_aside) + len(block.sambungan)
                 + block.row_count)
        lengkap, catatan = kelengkapan(block)
        records.append({
            "tabel": block.label, "baris_awal": block.header_line, "baris_akhir": block.last_line,
            "baris_wilayah": span, "baris_judul": len(block.header_lines),
            "baris_kosong": len(block.blank_lines), "baris_disisihkan": len(block.set_aside),
            "baris_sambungan": len(block.sambungan), "baris_data": block.row_count, "baris_ganda": src.dropped.get(kind, 0),
            "halaman": block.segments, "terbaca_utuh": span == parts,
            "lengkap": pd.NA if lengkap is None else lengkap, "kelengkapan": catatan})
    # built once with its dtypes (not typed column by column: the frame is small, each step costs)
    dtypes = {"tabel": "string", "kelengkapan": "string", "terbaca_utuh": "boolean", "lengkap": "boolean"}
    return pd.DataFrame({col: pd.array([r[col] for r in records], dtype=dtypes.get(col, "Int64"))
                         for col in PEMBACAAN})


#: A printed row number ("25", "2.") and a printed nomenclature code ("2.17.02",
#: "2.17.07.2.01.0008"; also written with a trailing dot or placeholder segments, "X.XX.01.2.01.",
#: as ``tables.plan`` reads them).
_NOMOR_CETAK = re.compile(r"^(\d{1,4})\.?$")
_KODE_CETAK = re.compile(r"^(?:\d+|[xX]+)(?:\.(?:\d+|[xX]+))+\.?$")
#: What a reference says beside the text line when its table is incomplete in the text.
TIDAK_LENGKAP = "tabel tidak lengkap di teks sumber"


def penomoran(block: TableBlock) -> tuple[bool, int | None]:
    """Whether a table prints its own row identifiers, read from its header: (a ``No``
    column first, the position of a ``Kode`` column or None).

    Tabel 3.2 prints ``No``; Tabel 3.3 prints ``NO`` and ``KODE``; Tabel 2.1, 2.2 and
    3.1 print neither (2.1's header line ``1 2 Volume ...`` numbers its columns, 3.1's
    first column numbers the tujuan, not the rows).

    Examples
    --------
    >>> penomoran(TableBlock(kind="tabel_3_3", header=[["NO", "KODE", "PROGRAM"]], header_line=1))
    (True, 1)
    >>> penomoran(TableBlock(kind="tabel_2_2", header=[["Program", "Indikator"]], header_line=1))
    (False, None)
    """
    from . import headers

    first = block.header[0] if block.header else []
    words = first[0].split() if first and first[0] else []
    nomor = bool(words) and headers.word_concept(re.sub(r"[^a-z]", "", words[0].lower())) == "no"
    kode = next((k for k, cell in enumerate(first) if "kode" in headers.concepts([cell])), None)
    return nomor, kode


def _rentang(numbers: list[int]) -> str:
    """Sorted numbers as ranges: ``1, 3–6``.

    >>> _rentang([1, 3, 4, 5, 6, 9])
    '1, 3\u20136, 9'
    """
    out: list[str] = []
    start: int | None = None
    prev = 0
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(str(start) if start == prev else f"{start}\u2013{prev}")
            start = prev = n
    if start is not None:
        out.append(str(start) if start == prev else f"{start}\u2013{prev}")
    return ", ".join(out)


def baris_tercetak(block: TableBlock):
    """How each data row of a table is identified in the printed table, in document order.

    Columns: ``baris_sumber``, ``halaman_tabel``, ``berulang`` (a repeated page-top
    row), ``baris_tabel`` (the row's place among the table's rows as printed, counted
    across pages; NA for a repeated page-top row), ``nomor`` and ``kode`` (what the row
    prints in the table's ``No`` and ``Kode`` columns, ``penomoran``) and ``penanda``
    (how a reference names the row, below).

    Rules:

    - header lines are not rows (the reader set them apart);
    - a *repeated page-top row* is not a row: the same cells (bold ignored) at the same
      place from the top of two or more pages of the table, above every other row of
      its page (the urusan subtotal Tabel 3.2 repeats under each page header). All its
      occurrences, the first page's included, are named "baris berulang di awal halaman";
    - a row that prints a number is named by it, "No. 25"; else by its code,
      "kode 2.17.01.2.08.0003";
    - in a table that prints numbers or codes, a row that prints neither is named from
      the nearest identified row above it on the same page, "baris di bawah kode X"
      ("baris ke-2 di bawah ..." for the second such row), or, before the first one of
      its page, from the nearest below it, "baris di atas No. 1" (never across a page:
      rows between two pages may be missing from the text);
    - otherwise "baris ke-N", N counting the rows as printed ("baris terbaca ke-N" when
      the table is incomplete in the text, ``kelengkapan``: the count is then of the
      rows the text holds, not of the printed table).

    Examples
    --------
    >>> b = TableBlock(kind="tabel_3_2", header=[["No", "Rancangan Awal"]], header_line=1, segments=2,
    ...                rows=[Row(2, ["", "URUSAN", "900"], 1), Row(3, ["1", "Program A", "900"], 1),
    ...                      Row(6, ["", "<b>URUSAN</b>", "900"], 2), Row(7, ["2", "Program B", "0"], 2),
    ...                      Row(8, ["", "", "900"], 2)])
    >>> baris_tercetak(b)["penanda"].tolist()
    ['baris berulang di awal halaman', 'No. 1', 'baris berulang di awal halaman', 'No. 2', 'baris di bawah No. 2']
    """
    return _tercetak(block)[1].copy()


def _tercetak(block: TableBlock) -> tuple:
    """``block.tercetak``, computed again when the block's rows changed."""
    key = (id(block.rows), len(block.rows))
    if block.tercetak is None or block.tercetak[0] != key:
        block.tercetak = key, *_baris_tercetak(block)
    return block.tercetak


def _baris_tercetak(block: TableBlock) -> tuple:
    """``baris_tercetak``'s table and the ``kelengkapan`` it reads (None without rows)."""
    import pandas as pd

    rows = block.rows
    has_no, kode_at = penomoran(block)
    segments = [r.segment for r in rows]
    df = pd.DataFrame({"baris_sumber": pd.array([r.line for r in rows], dtype="Int64"),
                       "halaman_tabel": pd.array(segments, dtype="Int64")})
    kolom = ["baris_sumber", "halaman_tabel", "berulang", "baris_tabel", "nomor", "kode", "penanda"]
    if not rows:
        return df.assign(berulang=pd.Series(dtype=bool), baris_tabel=pd.Series(dtype="Int64"),
                         nomor=pd.Series(dtype="string"), kode=pd.Series(dtype="string"),
                         penanda=pd.Series(dtype="string"))[kolom], None
    # repeated page-top rows: same cells at the same place from the top of >= 2 pages
    df["berulang"] = berulang_di_awal(rows, segments)
    # printed identifiers
    cells = [r.cells for r in rows]
    first = pd.Series([c[0] if c else "" for c in cells], index=df.index, dtype="string")
    nomor = first.str.extract(_NOMOR_CETAK, expand=False) if has_no else pd.Series(pd.NA, index=df.index)
    if kode_at is not None:     # a code holds a dot: a cell without one is not matched
        kode = [next((c for c in cs[: kode_at + 2] if "." in c and _KODE_CETAK.match(c)), None) for cs in cells]
    else:
        kode = [None] * len(rows)
    berulang = bool(df["berulang"].any())    # else nothing below is masked
    df["nomor"] = pd.Series(nomor, index=df.index, dtype="string")
    df["kode"] = pd.Series(kode, index=df.index, dtype="string")
    if berulang:
        df["nomor"] = df["nomor"].mask(df["berulang"])
        df["kode"] = df["kode"].mask(df["berulang"])
    counted = ~df["berulang"]
    df["baris_tabel"] = pd.Series(counted.cumsum(), dtype="Int64").where(counted)
    answer = kelengkapan(block, df)
    lengkap = answer[0]
    urut = "baris terbaca ke-" if lengkap is False else "baris ke-"
    penanda = (urut + df["baris_tabel"].astype("string"))
    if not has_no and kode_at is None:      # a table printing neither: every row by its place
        df["penanda"] = (penanda.where(counted, "baris berulang di awal halaman") if berulang else penanda
                         ).astype("string")
        return df[kolom], answer
    nama = ("No. " + df["nomor"]).fillna("kode " + df["kode"])
    jangkar = ("kode " + df["kode"]).fillna("No. " + df["nomor"])
    if (has_no or kode_at is not None) and nama[counted].isna().any():
        # rows without an identifier: from the nearest identified row on the same page
        sub = df[counted].copy()
        ada = nama[counted].notna()
        grp = ada.groupby(sub["halaman_tabel"]).cumsum()
        ke = sub.groupby([sub["halaman_tabel"], grp]).cumcount()
        atas = jangkar[counted].groupby(sub["halaman_tabel"]).ffill()
        bawah = jangkar[counted].groupby(sub["halaman_tabel"]).bfill()
        naik = sub.groupby([sub["halaman_tabel"], grp]).cumcount(ascending=False) + 1
        ke_teks = lambda n: ("ke-" + n.astype("string") + " ").where(n != 1, "")  # noqa: E731
        relatif = ("baris " + ke_teks(ke) + "di bawah " + atas).where(grp > 0)
        relatif = relatif.fillna(("baris " + ke_teks(naik) + "di atas " + bawah).where(grp == 0))
        penanda = penanda.copy()
        penanda[counted] = nama[counted].fillna(relatif).fillna(penanda[counted])
    elif has_no or kode_at is not None:      # every row prints its number or code
        penanda = penanda.copy()
        penanda[counted] = nama[counted]
    df["penanda"] = penanda.where(counted, "baris berulang di awal halaman").astype("string")
    return df[kolom], answer


def berulang_di_awal(rows: list[Row], segments: list[int]):
    """Per row, whether it is a repeated page-top row (``baris_tercetak``): its cells (bold
    ignored) stand at the same place from the top of two or more pages (``segments``: each
    row's page), and so do the cells of every row above it on its page.

    Only the top of each page is read: place 0 of every page, then place 1 of the pages whose
    rows so far all repeat, and so on (the count of a place is over every page that has a row
    there); the other rows' cells are never joined.

    Examples
    --------
    >>> rows = [Row(1, ["URUSAN"], 1), Row(2, ["A"], 1), Row(3, ["<b>URUSAN</b>"], 2), Row(4, ["B"], 2),
    ...         Row(5, ["C"], 3), Row(6, ["URUSAN"], 3)]
    >>> berulang_di_awal(rows, [1, 1, 2, 2, 3, 3]).tolist()
    [True, False, True, False, False, False]
    >>> berulang_di_awal(rows[:2], [1, 1]).tolist()
    [False, False]
    """
    from collections import Counter

    import numpy as np

    n = len(rows)
    out = np.zeros(n, dtype=bool)
    seg = np.asarray(segments, dtype=np.int64)
    if n == 0 or (seg == seg[0]).all():         # one page: nothing repeats at the top of another
        return out
    order = np.argsort(seg, kind="stable")      # each page's rows together, in document order
    seg = seg[order]
    starts = np.flatnonzero(np.r_[True, seg[1:] != seg[:-1]])
    sizes = np.diff(np.r_[starts, n])
    alive = np.ones(len(starts), dtype=bool)    # pages whose rows above place ``p`` all repeat
    p = 0
    while alive.any():
        has = sizes > p
        at = order[starts[has] + p]
        keys = ["\t".join(rows[i].cells) for i in at]
        counts = Counter(keys)
        repeated = np.zeros(len(starts), dtype=bool)
        repeated[has] = [counts[k] >= 2 for k in keys]
        alive &= repeated
        out[order[starts[alive] + p]] = True
        p += 1
    return out


def kelengkapan(block: TableBlock, tercetak=None) -> tuple[bool | None, str]:
    """Whether a table is complete in the source text, and why we say so.

    The rule: a table that prints its own row numbers (a ``No`` column, ``penomoran``)
    is *incomplete* when a number between 1 and the largest number read is not in the
    text (Tabel 3.3: only ``2.`` and ``7.`` are there, so 1 and 3-6 are missing: only
    two fragments of it survived the extraction); it is *complete* (True) when the
    numbers read run from 1 without a gap (rows after the last number cannot be seen
    missing, so this is as far as the numbering can tell). A table that prints no
    numbers gives no way to check (None). Repeated page-top rows carry no number and
    do not count; a number repeated is a duplicate (``baris_ganda``), not a gap.

    Returns
    -------
    (lengkap, kelengkapan)
        True / False / None, and one Indonesian sentence for the reading account.

    Examples
    --------
    >>> b = TableBlock(kind="tabel_3_3", header=[["NO", "KODE", "PROGRAM"]], header_line=1,
    ...                rows=[Row(5, ["2.", "2.17.02", "PROGRAM A"], 1), Row(9, ["7.", "2.17.07", "PROGRAM B"], 2)])
    >>> kelengkapan(b)
    (False, 'Nomor 1, 3\u20136 tidak ada di teks sumber (nomor yang terbaca: 2, 7): baris tabel tercetak tidak ada di teks.')
    >>> kelengkapan(TableBlock(kind="tabel_2_2", header=[["Program"]], header_line=1))[0] is None
    True
    """
    import pandas as pd

    has_no, _ = penomoran(block)
    if not has_no:
        return None, ("Tabel tidak mencetak nomor baris, sehingga kelengkapannya tidak dapat diperiksa dari "
                      "tabel itu sendiri.")
    if tercetak is None and block.released is not None:
        return block.released.kelengkapan       # kept when the rows were released
    if tercetak is None:
        _, tercetak, answer = _tercetak(block)
        if answer is not None:
            return answer                       # remembered with the table
    nums = sorted({int(n) for n in pd.to_numeric(tercetak["nomor"], errors="coerce").dropna()})
    if not nums:
        return None, "Kolom No tidak memuat nomor yang terbaca, sehingga kelengkapan tidak dapat diperiksa."
    hilang = sorted(set(range(1, nums[-1] + 1)) - set(nums))
    if hilang:
        return False, (f"Nomor {_rentang(hilang)} tidak ada di teks sumber (nomor yang terbaca: "
                       f"{_rentang(nums)}): baris tabel tercetak tidak ada di teks.")
    return True, f"Nomor {_rentang(nums)} berurutan tanpa celah."


#: Columns of the location of every data row (``lokasi``).
LOKASI = ["baris_sumber", "tabel", "baris_tabel", "nomor", "kode", "penanda", "halaman_tabel", "halaman_tabel_dari",
          "halaman_dokumen", "lengkap"]


def lokasi(src: SourceText):
    """Where every data row stands in the printed document, one row per source line.

    ``penanda``, ``baris_tabel``, ``nomor`` and ``kode`` say how the row is identified
    in the printed table (``baris_tercetak``: its printed No and code where the table
    prints them, else its place among the rows as printed, repeated page-top rows not
    counted), ``halaman_tabel`` the page of the table it is on (the header repeats at
    every page break) out of ``halaman_tabel_dari``, ``halaman_dokumen`` the page number
    of the source document where a recognised page footer states it: the first footer
    after the row (the footer closes the page), else one more than the last footer
    before it; NA without footers. ``lengkap`` is the table's ``kelengkapan``.

    Examples
    --------
    >>> b = TableBlock(kind="tabel_2_2", header=[["x"]], header_line=1, segments=2,
    ...                rows=[Row(3, ["a"], 1), Row(4, ["b"], 1), Row(8, ["c"], 2)],
    ...                footers=[(5, 12)])
    >>> src = SourceText(path=Path("x.txt"), lines=[], tables={"tabel_2_2": b})
    >>> lokasi(src).to_dict("list")["halaman_dokumen"]
    [12, 12, 13]
    >>> lokasi(src)["baris_tabel"].tolist(), lokasi(src)["halaman_tabel"].tolist()
    ([1, 2, 3], [1, 1, 2])
    >>> lokasi(src)["penanda"].tolist()
    ['baris ke-1', 'baris ke-2', 'baris ke-3']
    """
    import pandas as pd

    frames = []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None or not block.row_count:
            continue
        frames.append(block.released.lokasi if block.released is not None else _lokasi_tabel(block))
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=LOKASI)
    for col in ("tabel", "nomor", "kode", "penanda"):
        df[col] = df[col].astype("string")
    for col in ("baris_sumber", "baris_tabel", "halaman_tabel", "halaman_tabel_dari", "halaman_dokumen"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    df["lengkap"] = df["lengkap"].astype("boolean")
    return df[LOKASI]


def _lokasi_tabel(block: TableBlock):
    """One table's part of ``lokasi`` (its rows, not yet typed as ``lokasi``'s columns)."""
    import numpy as np
    import pandas as pd

    _, tercetak, _ = _tercetak(block)
    lengkap, _ = kelengkapan(block)
    footers = sorted((line, page) for line, page in block.footers if page is not None)
    # the first footer after each row, else one more than the last footer (NA without footers)
    if footers:
        at = np.searchsorted(np.array([f[0] for f in footers], dtype=np.int64),
                             tercetak["baris_sumber"].to_numpy(dtype=np.int64), side="right")
        page = np.array([f[1] for f in footers] + [footers[-1][1] + 1], dtype=np.int64)
        pages = pd.array(page[at], dtype="Int64")
    else:
        pages = pd.array([None] * len(tercetak), dtype="Int64")
    return tercetak.drop(columns="berulang").assign(
        tabel=block.label, halaman_tabel_dari=block.segments, halaman_dokumen=pages,
        lengkap=pd.NA if lengkap is None else lengkap)


def release_rows(src: SourceText, *kinds: str) -> None:
    """Let go of the rows of tables whose last reader has run (``load_document``: each table's
    rows once its own table is built), keeping what the reading account and ``lokasi`` need
    of them: their count, the table's part of ``lokasi`` and its ``kelengkapan``. Reading the
    rows afterwards is an error, not an empty table.

    The rows are most of a source's memory (at 100,000 rows per table, a few hundred MB of
    Python objects): released table by table, their memory serves the next tables.

    Examples
    --------
    >>> b = TableBlock(kind="tabel_2_2", header=[["x"]], header_line=1, segments=1,
    ...                rows=[Row(3, ["a"], 1), Row(4, ["b"], 1)])
    >>> src = SourceText(path=Path("x.txt"), lines=[], tables={"tabel_2_2": b})
    >>> before = lokasi(src)
    >>> release_rows(src, "tabel_2_2", "tabel_3_1")
    >>> b.row_count, lokasi(src).equals(before), pembacaan(src)["baris_data"].tolist()
    (2, True, [2])
    >>> len(b.rows)
    Traceback (most recent call last):
    RuntimeError: the rows of Tabel 2.2 were released after their last reader (sources.base.release_rows)
    """
    for kind in kinds:
        block = src.tables.get(kind)
        if block is None or block.released is not None:
            continue
        part = _lokasi_tabel(block) if block.rows else None
        answer = kelengkapan(block)
        block.released = Released(len(block.rows), part, answer)
        block.rows = _ReleasedRows(block.label)
        block.tercetak = None
