"""What every reader returns: table blocks of rows with provenance, reading findings
and an account of every line of every table region.

A reader (``teks`` for PDF-extracted text, ``excel`` for a Tabel 2.2-shaped workbook)
turns one source into a ``SourceText``; everything after it is format-blind.
"""
from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
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
#: A Renja murni's labels (``load``'s ``doc.murni``): its 3.2 reviews the RKPD, not the P-RKPD, and
#: its 3.3 is the year's plan, not a revision of it.
LABEL_MURNI = {**LABEL, "tabel_3_2": "Tabel 3.2 (Review RKPD)", "tabel_3_3": "Tabel 3.3 (Rencana)"}
#: Each text the tool writes for a Renja Perubahan's section 3 and a murni's in its place
#: (``murnikan``): the labels above, the readers' own (``tables.rkpd_review.LABEL``,
#: ``tables.plan.LABEL``) and "Review P-RKPD" in sentences.
GANTI_MURNI = {
    LABEL["tabel_3_2"]: LABEL_MURNI["tabel_3_2"], LABEL["tabel_3_3"]: LABEL_MURNI["tabel_3_3"],
    "tabel Review Perubahan RKPD (3.2)": "tabel Review RKPD (3.2)",
    "tabel Rencana Program dan Kegiatan Perubahan (3.3)": "tabel Rencana Program dan Kegiatan (3.3)",
    "Review P-RKPD": "Review RKPD",
}
#: A quote of the document's own text in a sentence the tool writes, “…” (with the document's own
#: “…” inside it, one level): data, never relabelled (``murnikan``).
KUTIPAN = "\u201c(?:[^\u201c\u201d]|\u201c[^\u201c\u201d]*\u201d)*\u201d"
_GANTI_MURNI = re.compile(f"(?P<kutipan>{KUTIPAN})|"
                          + "|".join(map(re.escape, sorted(GANTI_MURNI, key=len, reverse=True))))


def _ganti_murni(m: re.Match) -> str:
    return m.group(0) if m.group("kutipan") is not None else GANTI_MURNI[m.group(0)]


def label_tabel(kind: str, murni: bool = False) -> str:
    """The label of a table kind in a Renja Perubahan (``LABEL``) or a Renja murni (``LABEL_MURNI``).

    >>> label_tabel("tabel_3_3"), label_tabel("tabel_3_3", murni=True), label_tabel("tabel_2_2", murni=True)
    ('Tabel 3.3 (Rencana Perubahan)', 'Tabel 3.3 (Rencana)', 'Tabel 2.2')
    """
    return (LABEL_MURNI if murni else LABEL)[kind]


def adalah_tabel(tabel, kind: str):
    """Whether each of ``tabel`` (a Series of labels) is the table ``kind``, as a Renja Perubahan's or
    a murni's (``LABEL``, ``LABEL_MURNI``): what compares labels after ``load`` (which gives a murni's
    its own, ``murnikan``).

    >>> import pandas as pd
    >>> adalah_tabel(pd.Series(["Tabel 3.3 (Rencana)", "Tabel 3.3 (Rencana Perubahan)", "Tabel 2.2"]),
    ...              "tabel_3_3").tolist()
    [True, True, False]
    """
    return tabel.astype(str).isin({LABEL[kind], LABEL_MURNI[kind]})


def murnikan(teks):
    """A Renja murni's texts: each label or phrase of ``GANTI_MURNI`` in ``teks`` (a Series of
    strings, or one string) replaced by its murni form, except inside a quote of the document's text
    (“…”, ``KUTIPAN``: the document's words are data); missing values kept.

    >>> murnikan("Pagu di Tabel 3.2 (Review P-RKPD) tertulis Rp1, di Tabel 3.3 (Rencana Perubahan) Rp2.")
    'Pagu di Tabel 3.2 (Review RKPD) tertulis Rp1, di Tabel 3.3 (Rencana) Rp2.'
    >>> murnikan("Di Tabel 3.3 (Rencana Perubahan); keterangan: \u201cMenunggu Review P-RKPD\u201d.")
    'Di Tabel 3.3 (Rencana); keterangan: \u201cMenunggu Review P-RKPD\u201d.'
    """
    if isinstance(teks, str):
        return _GANTI_MURNI.sub(_ganti_murni, teks)
    return teks.str.replace(_GANTI_MURNI, _ganti_murni, regex=True)
#: Largest source file read (bytes): a Renja text is well under 1 MB, a workbook a few MB.
MAX_BYTES = 50 * 1024 * 1024


class TanpaTabel22(RenjaParseError):
    """A document reader's error when nothing in the source is shaped like Tabel 2.2: no
    table header of the text, no sheet of the workbook (hidden columns shown or not).
    Only then may ``read_source`` try another reading (a SIPD export without its marker
    column, ``sipd.mirip_sipd``): a source where Tabel 2.2 shows keeps its own error.
    """


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


#: ``system_arrow_pool``: how many blocks are open (threads and nesting), the pool to restore
#: when the last one closes, and the lock that guards both.
_ARROW_POOL: dict = {"open": 0, "before": None}
_ARROW_POOL_LOCK = threading.Lock()


@contextmanager
def system_arrow_pool():
    """Arrow's buffers allocated by the C library's ``malloc`` (``pyarrow.system_memory_pool``)
    while a document is read, and Arrow's default pool restored as it was (also after an
    error; with blocks open in several threads or nested, when the last one closes).

    Reading builds and drops many column-sized Arrow buffers (strings, takes, joins, one table
    after another). Arrow's default pool (mimalloc) keeps the pages of freed buffers for Arrow
    alone; ``malloc`` gives them to whatever asks next (numpy, Python's large objects, the next
    Arrow buffer). At 100,000 rows per table the peak resident set of ``load_document`` is
    about 60 MB lower (issue 21: peak memory). The pool decides where bytes live, never what
    they are: every result is the same. Buffers keep the pool they came from, so those made
    inside the block are freed correctly after it.

    >>> import pyarrow as pa
    >>> before = pa.default_memory_pool().backend_name
    >>> with system_arrow_pool():
    ...     pa.default_memory_pool().backend_name
    'system'
    >>> pa.default_memory_pool().backend_name == before
    True
    """
    import pyarrow as pa  # type: ignore[import-untyped]

    with _ARROW_POOL_LOCK:
        if _ARROW_POOL["open"] == 0:
            _ARROW_POOL["before"] = pa.default_memory_pool()
            pa.set_memory_pool(pa.system_memory_pool())
        _ARROW_POOL["open"] += 1
    try:
        yield
    finally:
        with _ARROW_POOL_LOCK:
            _ARROW_POOL["open"] -= 1
            if _ARROW_POOL["open"] == 0:
                pa.set_memory_pool(_ARROW_POOL["before"])
                _ARROW_POOL["before"] = None


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
    #: the table's part of ``lokasi``, its columns that change from row to row (``_lokasi_tabel``;
    #: None without rows)
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
    #: the decimals each stated serapan cell of Tabel 2.2 is written with (``tables.evaluation.desimal_tertulis``:
    #: ``baris_sumber``, ``desimal``, ``nilai``), which its value as a float forgets (``41.70`` reads as 41.7)
    desimal_serapan: pd.DataFrame | None = None

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


#: Why an entry of a SIPD folder was not read at all (``dilewati``): a subfolder (only the files
#: directly in the folder are read, as downloaded; never recursively) or another entry that is not
#: a regular file (a device, a pipe, a broken link). What such an entry holds is not known: a
#: comparison that finds a row missing from SIPD, or SIPD's sum below the document's, says so
#: (``tidak_dibaca``).
SUBFOLDER_DILEWATI = "subfolder: isinya tidak dibaca, hanya berkas yang langsung di folder ini yang dibaca"
BUKAN_BERKAS_DILEWATI = "bukan berkas biasa"


def tidak_dibaca(dilewati) -> list[str]:
    """The names of a SIPD folder's entries skipped unread (``SUBFOLDER_DILEWATI``,
    ``BUKAN_BERKAS_DILEWATI``), in order; files read and found not to be exports are not.

    Examples
    --------
    >>> tidak_dibaca([("README.md", "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)"),
    ...               ("sub", SUBFOLDER_DILEWATI)])
    ['sub']
    """
    return [name for name, why in (dilewati or []) if why in (SUBFOLDER_DILEWATI, BUKAN_BERKAS_DILEWATI)]


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
    """``baris_tercetak``'s table and the ``kelengkapan`` it reads (None without rows).

    Built a column at a time: the printed numbers and codes matched over each column of cells
    with Arrow's regular expressions (``_cocok``), each row's page, place and anchor found with
    numpy (``_relatif``), the texts joined in Arrow; no Python object per row beyond the rows'
    own cells."""
    import numpy as np
    import pandas as pd

    rows = block.rows
    has_no, kode_at = penomoran(block)
    kolom = ["baris_sumber", "halaman_tabel", "berulang", "baris_tabel", "nomor", "kode", "penanda"]
    if not rows:
        return pd.DataFrame({"baris_sumber": pd.array([], dtype="Int64"),
                             "halaman_tabel": pd.array([], dtype="Int64"),
                             "berulang": pd.Series(dtype=bool), "baris_tabel": pd.Series(dtype="Int64"),
                             "nomor": pd.Series(dtype="string"), "kode": pd.Series(dtype="string"),
                             "penanda": pd.Series(dtype="string")})[kolom], None
    import pyarrow as pa
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    n = len(rows)
    segments = np.fromiter(map(attrgetter("segment"), rows), dtype=np.int64, count=n)
    # repeated page-top rows: same cells at the same place from the top of >= 2 pages
    berulang = berulang_di_awal(rows, segments)
    counted = ~berulang
    any_berulang = bool(berulang.any())     # else nothing below is masked
    # printed identifiers, null where the row prints none (or repeats at a page top)
    cells = cells_of(rows) if has_no or kode_at is not None else []
    shortest = min(map(len, cells), default=0)
    nomor = _cocok(_kolom(cells, 0, shortest, ""), _NOMOR_RE2, _NOMOR_CETAK, ambil=True) if has_no \
        else pa.nulls(n, _teks())
    kode = pa.nulls(n, _teks())
    if kode_at is not None:     # the first cell of the row's first ``kode_at + 2`` that is a code
        for j in reversed(range(kode_at + 2)):
            column = _kolom(cells, j, shortest, None)
            texts = pa.array(column, type=_teks())
            hit = _cocok(column, _KODE_RE2, _KODE_CETAK, arr=texts)
            if hit.any():
                kode = pc.if_else(pa.array(hit), texts, kode)
    del cells
    if any_berulang:
        nomor = pc.if_else(pa.array(berulang), pa.scalar(None, _teks()), nomor)
        kode = pc.if_else(pa.array(berulang), pa.scalar(None, _teks()), kode)
    place = np.cumsum(counted)
    no_mask = np.zeros(n, dtype=bool)
    df = pd.DataFrame({
        "baris_sumber": pd.arrays.IntegerArray(np.fromiter(map(attrgetter("line"), rows), dtype=np.int64, count=n),
                                               no_mask),
        "halaman_tabel": pd.arrays.IntegerArray(segments, no_mask.copy()),
        "berulang": berulang,
        "baris_tabel": pd.arrays.IntegerArray(place.astype(np.int64), berulang.copy()),
        "nomor": pd.array(nomor, dtype="string"), "kode": pd.array(kode, dtype="string")})
    answer = kelengkapan(block, df)
    urut = "baris terbaca ke-" if answer[0] is False else "baris ke-"
    join = _gabung
    # the row's place among the rows as printed ("baris ke-N"), null for a repeated page-top row
    penanda = join(urut, pc.cast(pa.array(place, mask=berulang), _teks()))
    if has_no or kode_at is not None:
        nama = pc.coalesce(join("No. ", nomor), join("kode ", kode))
        at = np.flatnonzero(counted)
        named = nama.is_valid().to_numpy(zero_copy_only=False)
        if not named[at].all():
            # rows without an identifier: from the nearest identified row on the same page
            jangkar = pc.coalesce(join("kode ", kode), join("No. ", nomor))
            ke, anchor, below = _relatif(segments[at], named[at])
            ke_teks = pc.if_else(pa.array(ke == 1), pa.scalar("", _teks()), join("ke-", pc.cast(pa.array(ke), _teks()), " "))
            arah = pc.if_else(pa.array(below), pa.scalar("di bawah ", _teks()), pa.scalar("di atas ", _teks()))
            relatif = join("baris ", ke_teks, arah,
                           pc.take(jangkar, pa.array(at[np.maximum(anchor, 0)], mask=anchor < 0)))
            sub = pc.coalesce(pc.take(nama, at), relatif, pc.take(penanda, at))
        else:
            sub = pc.take(nama, at)         # every row prints its number or code
        where = np.full(n, len(at), dtype=np.int64)     # a repeated page-top row: the last text below
        where[at] = np.arange(len(at))
        penanda = pc.take(pa.concat_arrays([sub, pa.array(["baris berulang di awal halaman"], type=_teks())]),
                          where)
    elif any_berulang:          # a table printing neither: every row by its place
        penanda = pc.if_else(pa.array(berulang), pa.scalar("baris berulang di awal halaman", _teks()), penanda)
    df["penanda"] = pd.array(penanda, dtype="string")       # the last of ``kolom``
    return df, answer


def cells_of(rows: list[Row]) -> list[list[str]]:
    """``Row.cells`` of each row: read as the rows hold them (a reader passes them) without a
    property call per row; computed by ``Row.cells`` when a row does not hold them yet.

    >>> cells_of([Row(1, ["<b>a</b>"], 1), Row(2, ["b"], 1, None, ["b"])])
    [['a'], ['b']]
    >>> held = ["c"]
    >>> cells_of([Row(3, ["<b>c</b>"], 1, None, held)])[0] is held
    True
    """
    cells = list(map(attrgetter("clean"), rows))
    return cells if None not in cells else list(map(attrgetter("cells"), rows))


def _kolom(cells: list[list[str]], j: int, shortest: int, missing) -> list:
    """Cell ``j`` of each row's ``cells``, ``missing`` for a row without it (``shortest``: the
    fewest cells a row has).

    >>> _kolom([["1", "a"], ["2"]], 1, 1, None), _kolom([["1", "a"], ["2", "b"]], 1, 2, None)
    (['a', None], ['a', 'b'])
    """
    if j < shortest:
        return list(map(itemgetter(j), cells))
    return [c[j] if len(c) > j else missing for c in cells]


#: ``_NOMOR_CETAK`` and ``_KODE_CETAK`` as Arrow's regular expressions (RE2) read an ASCII cell:
#: ``[0-9]`` for ``\d`` (the only decimal digits of ASCII) and ``\n?$`` for Python's ``$``, which
#: also matches before a final newline; a cell with other characters is matched by the Python
#: pattern itself (``_cocok``).
_NOMOR_RE2 = r"^(?P<nomor>[0-9]{1,4})\.?\n?$"
_KODE_RE2 = r"^(?:[0-9]+|[xX]+)(?:\.(?:[0-9]+|[xX]+))+\.?\n?$"


def _teks():
    """Arrow's text type, that of pandas' ``string`` columns (pyarrow imported when first asked)."""
    import pyarrow as pa

    return pa.large_string()


def _gabung(*parts):
    """The texts of ``parts`` (Arrow arrays or str) joined row by row; null where one is null."""
    import pyarrow as pa
    import pyarrow.compute as pc

    args = [pa.scalar(p, _teks()) if isinstance(p, str) else p for p in parts]
    return pc.binary_join_element_wise(*args, pa.scalar("", _teks()))


def _cocok(cells: list, re2: str, pattern: re.Pattern, ambil: bool = False, arr=None):
    """Whether each cell (a str or None) matches ``pattern`` from its start, as a numpy bool array;
    with ``ambil``, the text of the pattern's first group instead, an Arrow array (null where no
    match). ASCII cells are matched by Arrow (``re2``, the same pattern for them), the others,
    few, by ``pattern`` itself. ``arr``: the cells as an Arrow array, when the caller has made it.

    >>> _cocok(["2.17.01", "x.xx.01.", "2017", "２.１", None], _KODE_RE2, _KODE_CETAK).tolist()
    [True, True, False, True, False]
    >>> _cocok(["25", "3.", "No", "１２", ""], _NOMOR_RE2, _NOMOR_CETAK, ambil=True).to_pylist()
    ['25', '3', None, '１２', None]
    """
    if not ambil:
        return match_each(cells, re2, pattern, arr)
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if arr is None:
        arr = pa.array(cells, type=_teks())
    other = np.flatnonzero(~pc.fill_null(pc.string_is_ascii(arr), True).to_numpy(zero_copy_only=False))
    found = pc.struct_field(pc.extract_regex(arr, re2), [0])
    if len(other):
        got = [pattern.match(cells[i]) for i in other]
        mask = np.zeros(len(cells), dtype=bool)
        mask[other] = True
        found = pc.replace_with_mask(found, mask, pa.array([m.group(1) if m else None for m in got], type=_teks()))
    return found


def match_each(texts: list, re2: str, pattern: re.Pattern, arr=None):
    r"""``pattern.match`` of each text (a str, or None: no match) as a numpy bool array: the ASCII
    texts by Arrow's regular expression ``re2`` (RE2; the same pattern for them) in one pass, the
    others, few, by ``pattern`` itself. ``arr``: the texts as an Arrow array (``large_string``),
    when the caller has made it.

    >>> match_each(["2.17", "\uff12.\uff11", None, "x"], r"^[0-9]+\.[0-9]+\n?$", re.compile(r"\d+\.\d+$")).tolist()
    [True, True, False, False]
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if arr is None:
        arr = pa.array(texts, type=_teks())
    hit = pc.fill_null(pc.match_substring_regex(arr, re2), False).to_numpy(zero_copy_only=False)
    for i in np.flatnonzero(~pc.fill_null(pc.string_is_ascii(arr), True).to_numpy(zero_copy_only=False)).tolist():
        hit[i] = pattern.match(texts[i]) is not None
    return hit


def _relatif(pages, named):
    """For rows without an identifier, in document order (``pages``: each row's page; ``named``:
    whether it prints a number or code): the rows it is named from, as ``baris_tercetak`` says.

    Returns ``(ke, anchor, below)``: the count in the name (``ke-2``), the position of the row
    named (-1: none, the row keeps its place), and whether it is below that row ("di bawah") or
    above ("di atas", before the first identified row of its page). Positions of named rows
    are filled too, unused.

    >>> ke, anchor, below = _relatif([1, 1, 1, 1, 2, 2], [False, True, False, False, False, False])
    >>> ke.tolist(), anchor.tolist(), below.tolist()
    ([1, 0, 1, 2, 2, 1], [1, 1, 1, 1, -1, -1], [False, True, True, True, False, False])
    """
    import numpy as np

    pages = np.asarray(pages, dtype=np.int64)
    named = np.asarray(named, dtype=bool)
    m = len(pages)
    order = np.argsort(pages, kind="stable")    # each page's rows together, in document order
    pg, nm = pages[order], named[order]
    new_page = np.r_[True, pg[1:] != pg[:-1]]
    # a group: a page's rows from one identified row to the next (the first: those above the first)
    new_group = new_page | nm
    starts = np.flatnonzero(new_group)
    group = np.cumsum(new_group) - 1
    ends = np.r_[starts[1:], m]
    pos = np.arange(m)
    first = starts[group]
    below = nm[first]                   # the group opens with an identified row: rows under it
    ke = np.where(below, pos - first, ends[group] - pos)
    nxt = ends[group]
    same_page = np.zeros(m, dtype=bool)
    inside = nxt < m
    same_page[inside] = ~new_page[nxt[inside]]
    anchor = np.where(below, first, np.where(same_page, nxt, -1))
    out_ke, out_anchor, out_below = np.empty(m, dtype=np.int64), np.empty(m, dtype=np.int64), np.empty(m, dtype=bool)
    out_ke[order], out_below[order] = ke, below
    out_anchor[order] = np.where(anchor >= 0, order[np.maximum(anchor, 0)], -1)
    return out_ke, out_anchor, out_below


def berulang_di_awal(rows: list[Row], segments: Iterable[int]):
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
    import numpy as np
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
    # each printed number read once (a table prints a few hundred numbers down many rows)
    printed = tercetak["nomor"].dropna().drop_duplicates()
    nums = np.unique(pd.to_numeric(printed, errors="coerce").dropna().to_numpy(dtype=np.int64)).tolist()
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
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    parts: list[pd.DataFrame] = []
    tabel, dari, lengkap = [], [], []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None or not block.row_count:
            continue
        part = block.released.lokasi if block.released is not None else None
        parts.append(part if part is not None else _lokasi_tabel(block))
        tabel.append(block.label)
        dari.append(block.segments)
        lengkap.append(kelengkapan(block)[0])
    if not parts:
        return pd.DataFrame({col: pd.array([], dtype=_LOKASI_DTYPE.get(col, "Int64")) for col in LOKASI})
    df = pd.concat(parts, ignore_index=True)
    # each table's constants, one value per row (``np.repeat`` of the tables' values)
    of = np.repeat(np.arange(len(parts)), [len(p) for p in parts])
    df["tabel"] = pd.array(pa.array(tabel, type=_teks()).take(of), dtype="string")
    df["halaman_tabel_dari"] = pd.arrays.IntegerArray(np.array(dari, dtype=np.int64)[of], np.zeros(len(of), bool))
    df["lengkap"] = pd.arrays.BooleanArray(np.array([v is True for v in lengkap])[of],
                                           np.array([v is None for v in lengkap])[of])
    return df[LOKASI]


#: The dtypes of ``lokasi``'s columns that are not ``Int64``.
_LOKASI_DTYPE = {"tabel": "string", "nomor": "string", "kode": "string", "penanda": "string", "lengkap": "boolean"}


def _lokasi_tabel(block: TableBlock):
    """One table's part of ``lokasi``: its columns that change from row to row, typed as
    ``lokasi``'s (``baris_sumber``, ``halaman_tabel``, ``baris_tabel``, ``nomor``, ``kode``,
    ``penanda``, ``halaman_dokumen``); those the table gives every row (``tabel``,
    ``halaman_tabel_dari``, ``lengkap``) are added by ``lokasi`` for all tables at once, so that a
    released table does not hold them per row.

    Examples
    --------
    >>> b = TableBlock(kind="tabel_2_2", header=[["x"]], header_line=1, segments=2,
    ...                rows=[Row(3, ["a"], 1), Row(8, ["b"], 2)], footers=[(5, 12), (6, None)])
    >>> part = _lokasi_tabel(b)
    >>> list(part.columns)
    ['baris_sumber', 'halaman_tabel', 'baris_tabel', 'nomor', 'kode', 'penanda', 'halaman_dokumen']
    >>> part["halaman_dokumen"].tolist()
    [12, 13]
    """
    import numpy as np
    import pandas as pd

    _, tercetak, _ = _tercetak(block)
    footers = sorted((line, page) for line, page in block.footers if page is not None)
    # the first footer after each row, else one more than the last footer (NA without footers)
    n = len(tercetak)
    if footers:
        at = np.searchsorted(np.array([f[0] for f in footers], dtype=np.int64),
                             tercetak["baris_sumber"].to_numpy(dtype=np.int64), side="right")
        page = np.array([f[1] for f in footers] + [footers[-1][1] + 1], dtype=np.int64)
        pages = pd.arrays.IntegerArray(page[at], np.zeros(n, dtype=bool))
    else:
        pages = pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
    return pd.DataFrame({col: tercetak[col].array for col in _LOKASI_BARIS} | {"halaman_dokumen": pages})


#: The columns of ``baris_tercetak`` that ``lokasi`` keeps.
_LOKASI_BARIS = ["baris_sumber", "halaman_tabel", "baris_tabel", "nomor", "kode", "penanda"]


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
        packed = _pack(block)
        block.rows = _ReleasedRows(block.label)
        block.tercetak = None
        _unpack(block, packed)


#: The line lists of a table (one entry per page or per line set apart, made while the rows were read).
_PER_PAGE = ("header_lines", "blank_lines", "set_aside")


def _pack(block: TableBlock) -> tuple:
    """The per-page lists of ``block`` (``_PER_PAGE``, ``footers``, ``sambungan``, ``widths``) as
    ``array`` buffers, and the lists themselves emptied: their small Python objects let go.

    Those objects were made while the rows were read, a few per page among the rows' own, and
    outlive the rows: each kept a block of Python's small-object memory (an "arena" of 1 MB,
    given back to the system only once all of it is free) alive after the rows were released
    (``release_rows``), which at 100,000 rows per table held most of the rows' memory (issue 21:
    peak memory). ``_unpack`` makes them again, equal, once the rows are gone."""
    from array import array

    footers = block.footers
    out = ({name: array("q", getattr(block, name)) for name in _PER_PAGE},
           array("q", [line for line, _ in footers]),
           array("q", [0 if page is None else page for _, page in footers]),
           array("b", [page is None for _, page in footers]),
           array("q", [x for pair in block.sambungan for x in pair]),
           array("q", list(block.widths)), array("q", list(block.widths.values())))
    for name in _PER_PAGE:
        setattr(block, name, [])
    block.footers, block.sambungan, block.widths = [], [], {}
    return out


def _unpack(block: TableBlock, packed: tuple) -> None:
    """The lists ``_pack`` emptied, made again from its buffers (equal values, new objects).

    >>> b = TableBlock(kind="tabel_2_2", header=[["x"]], header_line=1, header_lines=[1, 900],
    ...                blank_lines=[3], set_aside=[700], footers=[(5, 12), (6, None)],
    ...                sambungan=[(9, 8)], widths={1: 6, 2: 7})
    >>> _unpack(b, _pack(b))
    >>> b.header_lines, b.blank_lines, b.set_aside, b.footers, b.sambungan, b.widths
    ([1, 900], [3], [700], [(5, 12), (6, None)], [(9, 8)], {1: 6, 2: 7})
    """
    lists, lines, pages, none, pairs, keys, values = packed
    for name in _PER_PAGE:
        setattr(block, name, lists[name].tolist())
    block.footers = [(line, None if empty else page)
                     for line, page, empty in zip(lines.tolist(), pages.tolist(), none.tolist())]
    flat = pairs.tolist()
    block.sambungan = list(zip(flat[::2], flat[1::2]))
    block.widths = dict(zip(keys.tolist(), values.tolist()))
