"""What every reader returns: table blocks of rows with provenance, reading findings
and an account of every line of every table region.

A reader (``teks`` for PDF-extracted text, ``excel`` for a Tabel 2.2-shaped workbook)
turns one source into a ``SourceText``; everything after it is format-blind.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RenjaParseError
from ..numbers import clean_text

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


@dataclass
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

    @property
    def width(self) -> int:
        return max(len(h) for h in self.header)

    @property
    def label(self) -> str:
        return LABEL.get(self.kind, self.kind)


@dataclass
class SourceText:
    """A source read into table blocks, with what reading found on the way."""

    path: Path
    lines: list[str]
    tables: dict[str, TableBlock]
    #: findings made while reading (``findings`` schema dicts), e.g. lines set aside
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
    #: until ``tables.ambigu.putuskan`` settles them by evidence (``tables._common._ambiguous``)
    ambigu: list = field(default_factory=list)

    def error(self, message, **kw) -> RenjaParseError:
        return RenjaParseError(self.path, message, **kw)

    def finding(self, jenis: str, tingkat: str, tabel: str, line, pesan: str, *, nama=None,
                kolom=None, dokumen=None, hitung=None, pembanding=None) -> None:
        """Record a reading finding (``findings.COLUMNS`` schema)."""
        self.temuan.append({
            "jenis": jenis, "tingkat": tingkat, "tabel": tabel, "baris_sumber": line, "nama": nama,
            "kolom": kolom, "nilai_dokumen": dokumen, "nilai_hitung": hitung,
            "baris_pembanding": pembanding, "pesan": pesan})


#: Columns of the reading account (``SourceText.pembacaan``).
PEMBACAAN = ["tabel", "baris_awal", "baris_akhir", "baris_wilayah", "baris_judul", "baris_kosong",
             "baris_disisihkan", "baris_data", "baris_ganda", "halaman", "terbaca_utuh"]


def pembacaan(src: SourceText):
    """One row per table read: how every line of its region was accounted for.

    ``baris_wilayah`` (lines from the first header line to the last row) equals
    ``baris_judul + baris_kosong + baris_disisihkan + baris_data``: ``terbaca_utuh``
    says so. ``baris_ganda`` rows are among ``baris_data`` but were not counted twice.
    """
    import pandas as pd

    records = []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None:
            continue
        span = block.last_line - block.header_line + 1
        parts = len(block.header_lines) + len(block.blank_lines) + len(block.set_aside) + len(block.rows)
        records.append({
            "tabel": block.label, "baris_awal": block.header_line, "baris_akhir": block.last_line,
            "baris_wilayah": span, "baris_judul": len(block.header_lines),
            "baris_kosong": len(block.blank_lines), "baris_disisihkan": len(block.set_aside),
            "baris_data": len(block.rows), "baris_ganda": src.dropped.get(kind, 0),
            "halaman": block.segments, "terbaca_utuh": span == parts})
    df = pd.DataFrame.from_records(records, columns=PEMBACAAN)
    df["tabel"] = df["tabel"].astype("string")
    for col in PEMBACAAN[1:-1]:
        df[col] = df[col].astype("Int64")
    df["terbaca_utuh"] = df["terbaca_utuh"].astype("boolean")
    return df


#: Columns of the location of every data row (``lokasi``).
LOKASI = ["baris_sumber", "tabel", "baris_tabel", "halaman_tabel", "halaman_dokumen"]


def lokasi(src: SourceText):
    """Where every data row stands in the printed document, one row per source line.

    ``baris_tabel`` is the row's place among the data rows of its table (1 = the first
    row under the header, counted across pages, in document order), ``halaman_tabel``
    the page of the table it is on (the header repeats at every page break), and
    ``halaman_dokumen`` the page number of the source document where a recognised
    page footer states it: the first footer after the row (the footer closes the
    page), else one more than the last footer before it; NA without footers.

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
    """
    import bisect

    import pandas as pd

    frames = []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None or not block.rows:
            continue
        lines = [r.line for r in block.rows]
        footers = sorted((line, page) for line, page in block.footers if page is not None)
        at = [f[0] for f in footers]
        pages = []
        for line in lines:
            k = bisect.bisect_right(at, line)
            if k < len(footers):
                pages.append(footers[k][1])
            elif footers:
                pages.append(footers[-1][1] + 1)
            else:
                pages.append(None)
        frames.append(pd.DataFrame({
            "baris_sumber": lines, "tabel": block.label, "baris_tabel": range(1, len(lines) + 1),
            "halaman_tabel": [r.segment for r in block.rows], "halaman_dokumen": pages}))
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=LOKASI)
    df["tabel"] = df["tabel"].astype("string")
    for col in ("baris_sumber", "baris_tabel", "halaman_tabel", "halaman_dokumen"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    return df[LOKASI]
