"""Split a PDF-extracted Renja text into its tables.

The source is Markdown-ish text: headings and paragraphs as lines without tabs,
tables as tab-separated lines, bold cells as ``<b>...</b>``. Each table repeats its
header block at every page break. This module finds each table by its header
signature, drops the repeated header rows and blank lines, and keeps every data
row with its 1-based source line number and its page segment.

It knows nothing about what the columns mean: the modules in
``renja_analysis.tables`` do that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import RenjaParseError
from .numbers import clean_text

#: Table kinds and how to recognise the first row of their header block.
KINDS = ("tabel_2_1", "tabel_2_2", "tabel_3_1", "tabel_3_2", "tabel_3_3")

#: Cells that may make up the continuation rows of a header block (lower case,
#: white space collapsed). Bare integers (column numbers) are accepted too.
HEADER_WORDS = {
    "volume", "satuan", "k", "rp", "target", "lokasi", "sumber dana", "prioritas",
    "sebelum", "sesudah", "nasional", "daerah", "target 2024", "rkpd 2024",
    "apbd 2024", "rkpd perubahan 2024", "pagu indikatif (rp)", "bertambah/berkurang (10-12)",
    "renja 2024", "p-renja 2024", "akhir renstra", "program / kegiatan",
    "indikator kinerja", "target capaian", "pagu indikatif (rp.000)", "pagu indikatif",
}
_COLUMN_NUMBER = re.compile(r"^\d{1,2}$")


def _signature(cells: list[str]) -> str | None:
    low = [c.lower() for c in cells]
    first = low[0] if low else ""
    if first.startswith("program, kegiatan"):
        if any(c.startswith("keterangan") for c in low):
            return "tabel_2_2"
        if any("target renstra" in c for c in low):
            return "tabel_2_1"
    if len(low) > 1 and first == "tujuan" and low[1] == "sasaran":
        return "tabel_3_1"
    if len(low) > 1 and first == "no" and low[1].startswith("rancangan awal"):
        return "tabel_3_2"
    if len(low) > 1 and first == "no" and low[1] == "kode":
        return "tabel_3_3"
    return None


def _is_header_continuation(cells: list[str]) -> bool:
    filled = [c.lower() for c in cells if c]
    return bool(filled) and all(c in HEADER_WORDS or _COLUMN_NUMBER.match(c) for c in filled)


@dataclass
class Row:
    """One data row of a table: raw cells, cleaned cells, bold flags, provenance."""

    line: int
    raw: list[str]
    segment: int

    @property
    def cells(self) -> list[str]:
        return [clean_text(c) for c in self.raw]

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


@dataclass
class TableBlock:
    """All data rows of one table kind, with the header rows of its first page."""

    kind: str
    header: list[list[str]]
    header_line: int
    rows: list[Row] = field(default_factory=list)
    segments: int = 0

    @property
    def width(self) -> int:
        return len(self.header[0])


@dataclass
class SourceText:
    """A source file read into lines, with the table blocks found in it."""

    path: Path
    lines: list[str]
    tables: dict[str, TableBlock]

    def error(self, message, **kw) -> RenjaParseError:
        return RenjaParseError(self.path, message, **kw)

    @property
    def identitas(self) -> dict:
        """Who issued the document, read from its title page (empty when absent)."""
        return identitas(self.lines)


_JUDUL = re.compile(r"^#+\s*(RENCANA KERJA.*)$", re.IGNORECASE)
_TEBAL = re.compile(r"^\*\*(.+?)\*\*\s*$")
_TANGGAL = re.compile(r"^\s*[A-Z][a-z]+,\s+(\w+\s+\d{4})\s*$")


def identitas(lines: list[str], head: int = 60) -> dict:
    """Title, government, office and date from the first lines of a document.

    Examples
    --------
    >>> identitas(["# RENCANA KERJA PERUBAHAN TAHUN 2024", "**PEMERINTAH KABUPATEN MAGETAN**  ",
    ...            "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  ", "Magetan, Agustus 2024"])
    {'judul': 'RENCANA KERJA PERUBAHAN TAHUN 2024', 'pemerintah': 'PEMERINTAH KABUPATEN MAGETAN', 'instansi': 'DINAS KOPERASI USAHA KECIL DAN MENENGAH', 'tanggal': 'Agustus 2024'}
    """
    out: dict = {}
    for line in lines[:head]:
        text = line.strip()
        m = _JUDUL.match(text)
        if m and "judul" not in out:
            out["judul"] = m.group(1).strip()
        m = _TEBAL.match(text)
        if m:
            value = m.group(1).strip()
            if value.upper().startswith("PEMERINTAH") and "pemerintah" not in out:
                out["pemerintah"] = value
            elif value.upper().startswith(("DINAS", "BADAN", "KANTOR", "SEKRETARIAT", "INSPEKTORAT")) \
                    and "instansi" not in out:
                out["instansi"] = value
        m = _TANGGAL.match(text)
        if m and "tanggal" not in out:
            out["tanggal"] = m.group(1)
    return out


def read_source(path) -> SourceText:
    """Read a Renja text file and split it into table blocks.

    Parameters
    ----------
    path : str or Path
        A UTF-8 text file as extracted from the PDF, or an ``.xlsx`` workbook laid
        out like Tabel 2.2 (``excel_source``).

    Returns
    -------
    SourceText

    Raises
    ------
    RenjaParseError
        When the file cannot be read or decoded, or holds no Tabel 2.2.

    Examples
    --------
    >>> from renja_analysis.config import DEFAULT_SOURCE
    >>> src = read_source(DEFAULT_SOURCE)
    >>> sorted(src.tables)
    ['tabel_2_1', 'tabel_2_2', 'tabel_3_1', 'tabel_3_2', 'tabel_3_3']
    >>> src.tables["tabel_2_2"].segments, len(src.tables["tabel_2_2"].rows)
    (7, 57)
    """
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from .excel_source import read_workbook_source
        return read_workbook_source(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RenjaParseError(
            path, "berkas bukan teks UTF-8", line=line,
            expected="teks hasil ekstraksi PDF (UTF-8)") from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tables = split_tables(lines)
    if "tabel_2_2" not in tables:
        raise RenjaParseError(
            path, "bukan dokumen Renja: Tabel 2.2 (Hasil Evaluasi Renja s.d. TW) tidak ditemukan",
            expected="baris judul tabel yang diawali 'Program, Kegiatan, Sub Kegiatan' "
                     "dan memuat kolom 'Keterangan'")
    return SourceText(path=path, lines=lines, tables=tables)


def split_tables(lines: list[str]) -> dict[str, TableBlock]:
    """Group tab-separated lines into table blocks by header signature.

    A table goes on across blank lines and repeated headers of its own kind, and
    ends at a line of prose or at the header of another table. Header
    continuation rows (``Volume``, ``Satuan``, column numbers ...) directly below
    a header row are dropped.

    Examples
    --------
    >>> lines = ["TUJUAN\\tSASARAN\\tINDIKATOR\\tTARGET",
    ...          "\\t\\t\\tRENJA 2024",
    ...          "1\\tNaik\\tOmset\\t5",
    ...          "",
    ...          "TUJUAN\\tSASARAN\\tINDIKATOR\\tTARGET",
    ...          "\\t\\tX\\t7",
    ...          "Paragraf penutup."]
    >>> block = split_tables(lines)["tabel_3_1"]
    >>> [(r.line, r.segment, r.cells) for r in block.rows]
    [(3, 1, ['1', 'Naik', 'Omset', '5']), (6, 2, ['', '', 'X', '7'])]
    """
    tables: dict[str, TableBlock] = {}
    current: TableBlock | None = None
    in_header = False
    for number, line in enumerate(lines, start=1):
        if "\t" not in line:
            if line.strip():
                current, in_header = None, False
            continue
        raw = line.split("\t")
        cells = [clean_text(c) for c in raw]
        if not any(cells):
            continue
        kind = _signature(cells)
        if kind is not None:
            block = tables.get(kind)
            if block is None:
                block = tables[kind] = TableBlock(kind=kind, header=[cells], header_line=number)
            block.segments += 1
            current, in_header = block, True
            continue
        if current is None:
            continue
        if in_header and _is_header_continuation(cells):
            if current.segments == 1 and len(current.header) < 6:
                current.header.append(cells)
            continue
        in_header = False
        current.rows.append(Row(line=number, raw=raw, segment=current.segments))
    return tables
