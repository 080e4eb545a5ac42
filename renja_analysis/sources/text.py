"""Read a PDF-extracted Renja text into its tables, accounting for every line.

The source is Markdown-ish text: headings and paragraphs as lines without tabs,
tables as tab-separated lines, bold cells as ``<b>...</b>``. Each table repeats its
header block at every page break. A table is found by the concepts its header
names (``judul``); inside a table region every line is accounted for:

- a data row (tab-separated);
- a recognised header line (the first header and its repetition on every page);
- a blank line;
- a recognised page footer (``12``, ``- 12 -``, ``Halaman 12 dari 40``), set aside;
- any other line: set aside and reported as a finding ``baris_tidak_terbaca``,
  and the table goes on (a short tab-separated line of another width that holds no
  number, after prose, starts an unknown table; one that holds numbers is read as a
  row, and its cell count is then an error).

A structural line (a Markdown heading, a bold line, a caption ``Tabel 3.1 ...``,
``BAB ...``) ends a table unless data rows of the table's width (or its header) follow:
then the table goes on and the line is reported. A table also ends at the header
of another table or at the end of the text; prose after the last row of a table and
before such a line belongs to no table. Tab-separated lines outside every recognised table are reported when
they look like data (four cells or more, one a number). A table whose header
appears again after it ended is an error (a table pasted twice, two documents in
one file).

Control characters (NUL and the other C0/C1 codes except tab) are removed with a
finding ``karakter_kendali`` naming the line.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import RenjaParseError
from ..numbers import clean_text, is_number
from . import headers
from .base import LABEL, Row, SourceText, TableBlock

_STRUCTURAL = re.compile(r"^\s*(#|\*\*.*\*\*\s*$|(tabel|table)\.?\s*\d|bab\s+[ivx\d]+\b)", re.IGNORECASE)
_CONTINUED = re.compile(r"(?i)\blanjutan\b")
_FOOTER = re.compile(
    r"^\s*[-\u2013\u2014]?\s*(?:(?:halaman|hal\.?|page)\s*)?\d{1,4}"
    r"(?:\s*(?:dari|/|of)\s*\d{1,4})?\s*[-\u2013\u2014]?\s*$", re.IGNORECASE)
_JUDUL = re.compile(r"^#+\s*(RENCANA KERJA.*)$", re.IGNORECASE)
_TEBAL = re.compile(r"^\*\*(.+?)\*\*\s*$")
_TANGGAL = re.compile(r"^\s*[A-Z][a-z]+,\s+(\w+\s+\d{4})\s*$")


_NOMOR = re.compile(r"\d{1,4}")


def nomor_halaman(text: str) -> int | None:
    """The page number a recognised footer prints (the first number: ``Halaman 12 dari 40``
    is page 12), or None for a repeated caption.

    >>> nomor_halaman("- 12 -"), nomor_halaman("Halaman 3 dari 40"), nomor_halaman("Tabel 2.2 (lanjutan)")
    (12, 3, None)
    """
    text = text.replace("\t", " ")
    if not _FOOTER.match(text):
        return None
    m = _NOMOR.search(text)
    return int(m.group()) if m else None


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


_TAHUN = re.compile(r"\b(20\d\d)\b")
_TRIWULAN = re.compile(r"(?i)\b(?:triwulan|tribulan|tw)\s*\.?\s*(IV|I{1,3}|[1-4])\b")
_ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


def periode(lines: list[str], head: int = 400) -> dict:
    """Year, kind (Renja / Renja Perubahan) and evaluation quarter a document states:
    the year and kind from its title (``# RENCANA KERJA PERUBAHAN TAHUN 2024``), the
    quarter from the first caption or heading that names one ("... SAMPAI DENGAN
    TRIWULAN II"). Keys are absent where the text does not say.

    Examples
    --------
    >>> periode(["# RENCANA KERJA PERUBAHAN TAHUN 2024", "",
    ...          "**SAMPAI DENGAN TRIWULAN II (S.D. BULAN JUNI 2024)**"])
    {'tahun': 2024, 'jenis': 'Renja Perubahan', 'triwulan': 2}
    >>> periode(["# RENCANA KERJA TAHUN 2025"])
    {'tahun': 2025, 'jenis': 'Renja'}
    """
    out: dict = {}
    judul = identitas(lines).get("judul")
    if judul:
        m = _TAHUN.search(judul)
        if m:
            out["tahun"] = int(m.group(1))
        out["jenis"] = "Renja Perubahan" if "PERUBAHAN" in judul.upper() else "Renja"
    first = next(triwulan_disebut(lines[:head]), None)
    if first is not None:
        out["triwulan"] = first[1]
    return out


def triwulan_disebut(lines: list[str]):
    """(line number, quarter) of every caption or heading that names an evaluation quarter.

    >>> list(triwulan_disebut(["## EVALUASI S.D. TRIWULAN II", "teks triwulan III", "**Tabel 2.2 s.d. TW 3**"]))
    [(1, 2), (3, 3)]
    """
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if "\t" in line or not _STRUCTURAL.match(text) and not text.startswith("**"):
            continue
        m = _TRIWULAN.search(text)
        if m:
            token = m.group(1).upper()
            yield number, _ROMAWI.get(token) or int(token)


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an error
    naming the first line that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise RenjaParseError(path, "berkas UTF-16 rusak", expected="teks UTF-8 atau UTF-16") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RenjaParseError(
            path, "berkas bukan teks UTF-8", line=line,
            expected="teks hasil ekstraksi PDF (UTF-8); simpan ulang berkas sebagai UTF-8",
            found=data[exc.start: exc.start + 8].hex(" ")) from None


#: The control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) except tab,
#: surrogates and the non-characters U+FFFE and U+FFFF (no XML file can hold them).
_KENDALI = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _control_chars(text: str) -> list[str]:
    r"""The control characters of a line (tab excepted), sorted.

    >>> _control_chars("a\tb\x00c\x1b\x9f"), _control_chars("biasa")
    (['\x00', '\x1b', '\x9f'], [])
    """
    if not _KENDALI.search(text):
        return []
    return sorted(set(_KENDALI.findall(text)))


def read(path: Path, data: bytes) -> SourceText:
    """Read a PDF-extracted Renja text into a ``SourceText``.

    Raises
    ------
    RenjaParseError
        Not UTF-8, no Tabel 2.2, a table that appears twice, a header without rows.
    """
    text = decode(path, data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    src = SourceText(path=path, lines=lines, tables={})
    for i, line in enumerate(lines):
        bad = _control_chars(line)
        if bad:
            lines[i] = "".join(c for c in line if c not in bad)
            codes = ", ".join(f"U+{ord(c):04X}" for c in bad)
            src.finding("karakter_kendali", "peringatan", "dokumen", i + 1,
                        f"Baris ini memuat karakter kendali ({codes}) yang tidak tampak; karakter "
                        "itu dibuang sebelum baris dibaca.", nama=clean_text(lines[i])[:200] or None)
    src.tables = split_tables(lines, src)
    src.identitas = identitas(lines)
    src.periode = periode(lines)
    disebut = list(triwulan_disebut(lines))
    lain = [(n, tw) for n, tw in disebut if tw != src.periode.get("triwulan")]
    if disebut and lain:
        (n0, tw0), (n1, tw1) = disebut[0], lain[0]
        src.finding("periode_tidak_konsisten", "peringatan", "dokumen", n1,
                    f"Judul atau keterangan tabel menyebut triwulan {tw0} (baris {n0}) dan triwulan {tw1} "
                    f"(baris {n1}); evaluasi dibaca sebagai s.d. triwulan {tw0}, harapan triwulan mengikutinya.",
                    nama=clean_text(lines[n1 - 1])[:200], kolom="triwulan", dokumen=tw1, hitung=tw0)
    if "tabel_2_2" not in src.tables:
        raise RenjaParseError(
            path, "bukan dokumen Renja: Tabel 2.2 (Hasil Evaluasi Renja s.d. TW) tidak ditemukan",
            expected="judul tabel yang kolom pertamanya Program/Kegiatan dan memuat indikator, "
                     "target, realisasi, capaian serta keterangan atau solusi")
    return src


def _looks_like_data(cells: list[str]) -> bool:
    return sum(1 for c in cells if c) >= 2 and len(cells) >= 4 and any(is_number(c) for c in cells)


class _Splitter:
    """The line-by-line state of ``split_tables`` (one table region at a time)."""

    def __init__(self, lines: list[str], src: SourceText | None):
        self.lines = lines
        self.clean = clean_lines(lines)
        self.src = src
        self.tables: dict[str, TableBlock] = {}
        self.current: TableBlock | None = None
        #: a structural line was seen: only a header of the same table resumes the region
        self.closed = False
        self.pending: list[tuple[int, str]] = []   # (line, 'blank' | 'footer' | 'prose' | 'structural')
        self.orphans: list[tuple[int, list[str]]] = []

    # -- findings and errors --------------------------------------------------------
    def _finding(self, *args, **kw):
        if self.src is not None:
            self.src.finding(*args, **kw)

    def _error(self, message, **kw):
        path = self.src.path if self.src is not None else None
        return RenjaParseError(path, message, **kw)

    # -- region bookkeeping ----------------------------------------------------------
    def _commit_pending(self) -> None:
        """The table goes on: the pending lines were inside it."""
        block = self.current
        assert block is not None, "pending lines belong to an open table"
        for number, kind in self.pending:
            if kind == "blank":
                block.blank_lines.append(number)
                continue
            block.set_aside.append(number)
            if kind == "footer":
                block.footers.append((number, nomor_halaman(self.clean[number - 1])))
            if kind in ("prose", "structural"):
                text = clean_text(self.lines[number - 1])
                self._finding(
                    "baris_tidak_terbaca", "peringatan", block.label, number,
                    f"Baris tanpa pemisah tab di dalam {block.label} (bukan baris data, judul kolom, "
                    f"atau nomor halaman) disisihkan: \u201c{text[:120]}\u201d. Periksa apakah ada isi "
                    "sel yang terlepas dari barisnya.", nama=text[:200])
        self.pending = []
        self.closed = False

    def _end_region(self) -> None:
        self.current = None
        self.closed = False
        self.pending = []

    def _flush_orphans(self, next_block: TableBlock | None = None) -> None:
        """Report tab-separated lines outside every table that look like data; rows of the
        width of the table whose header follows them are a page whose header was not
        recognised: an error, not a finding (numbers would be lost)."""
        if not self.orphans:
            return
        data = [(n, cells) for n, cells in self.orphans if _looks_like_data(cells)]
        top = " | ".join(c for c in self.orphans[0][1] if c)[:120]
        self.orphans = []
        if not data:
            return
        first, last = data[0][0], data[-1][0]
        if next_block is not None and {len(c) for _, c in data} == {len(next_block.header[0])}:
            raise self._error(
                f"{len(data)} baris data di baris {first}\u2013{last} tidak berada di bawah judul tabel "
                f"yang dikenali, padahal lebarnya sama dengan {next_block.label} (judul di baris "
                f"{next_block.header_line})", line=first,
                expected=f"judul {next_block.label} di atas baris-baris itu, dengan kolom yang disebut "
                         f"({headers.describe(next_block.header)})",
                found=top)
        self._finding(
            "baris_tidak_terbaca", "peringatan", "di luar tabel", first,
            f"{len(data)} baris bertab di baris {first}\u2013{last} tidak berada di bawah judul tabel yang "
            "dikenali, sehingga tidak dibaca; periksa apakah itu tabel yang seharusnya dianalisis.",
            nama=clean_text(self.lines[first - 1])[:200])

    # -- the walk ----------------------------------------------------------------------
    def header_block(self, start: int) -> tuple[str | None, list[list[str]], int]:
        """Recognise a header block at 0-based line ``start``: kind, header rows, line count."""
        first = self.clean[start].split("\t")
        if headers.first_concept(first) is None:
            return None, [], 0
        rows = [first]
        k = start + 1
        while k < len(self.lines) and "\t" in self.lines[k]:
            cells = self.clean[k].split("\t")
            if not headers.is_continuation(cells):
                break
            rows.append(cells)
            k += 1
        kind = headers.classify(rows)
        return kind, rows, (k - start) if kind else 0

    def start_header(self, kind: str, rows: list[list[str]], number: int, count: int) -> None:
        block = self.tables.get(kind)
        if block is not None and block is not self.current:
            raise self._error(
                f"{LABEL[kind]} muncul dua kali: judulnya di baris {block.header_line} dan lagi di "
                f"baris {number}, setelah tabel lain", line=number,
                expected="satu tabel per dokumen (tabel yang tersalin dua kali atau dua dokumen "
                         "dalam satu berkas tidak dapat dibaca)",
                found=f"judul {LABEL[kind]} kedua")
        if block is None:
            self._flush_orphans(TableBlock(kind=kind, header=rows, header_line=number))
            self._end_region()
            block = self.tables[kind] = TableBlock(kind=kind, header=rows, header_line=number)
        else:
            self._flush_orphans()
            self._commit_pending()
        block.segments += 1
        block.widths[block.segments] = max(len(r) for r in rows)
        block.header_lines.extend(range(number, number + count))
        block.last_line = number + count - 1
        self.current = block

    def run(self) -> dict[str, TableBlock]:
        i = 0
        lines = self.lines
        while i < len(lines):
            number, line = i + 1, lines[i]
            if "\t" not in line:
                self._plain(number, line)
                i += 1
                continue
            raw = line.split("\t")
            cells = self.clean[i].split("\t")
            if not any(cells):
                self._plain(number, line)
                i += 1
                continue
            kind, rows, count = self.header_block(i)
            if kind is not None:
                self.start_header(kind, rows, number, count)
                i += count
                continue
            if self.current is not None and _FOOTER.match(" ".join(c for c in cells if c)):
                self.pending.append((number, "footer"))      # a page number in a cell of its own
                i += 1
                continue
            if self.current is not None and any(k == "prose" for _, k in self.pending) and not _looks_like_data(cells) \
                    and len(cells) != self.current.widths[self.current.segments]:
                self._end_region()      # prose, then a short line of another width: not this table
            if self.current is not None and self.closed and (
                    len(cells) != self.current.widths[self.current.segments] or not _looks_like_data(cells)):
                self._end_region()      # a heading, then no data row of this table's width: another table
            if self.current is None:
                self.orphans.append((number, cells))
            else:
                self._commit_pending()
                self.current.rows.append(Row(line=number, raw=raw, segment=self.current.segments,
                                             clean=cells))
                self.current.last_line = number
            i += 1
        block = self.current
        if block is not None and not self.closed and not any(k == "prose" for _, k in self.pending):
            self._finding(
                "dokumen_terpotong", "peringatan", block.label, block.last_line,
                f"Dokumen berakhir di dalam {block.label} (baris {block.last_line}) tanpa teks penutup: "
                "berkas mungkin terpotong; bandingkan jumlah baris dengan dokumen aslinya.")
        self._flush_orphans()
        return self.tables

    def _plain(self, number: int, line: str) -> None:
        """A line without tabs (or with empty cells only)."""
        text = line.strip()
        if self.current is None:
            if text and self.orphans and _STRUCTURAL.match(text):
                self._flush_orphans()
            return
        if not clean_text(text):
            self.pending.append((number, "blank"))
        elif _FOOTER.match(text) or self._repeated_caption(text):
            self.pending.append((number, "footer"))
        elif _STRUCTURAL.match(text):
            self.pending.append((number, "structural"))
            self.closed = True
        else:
            self.pending.append((number, "prose"))

    def _repeated_caption(self, text: str) -> bool:
        """A caption naming the current table again ('Tabel 2.2 (lanjutan)')."""
        m = _CAPTION.match(clean_text(text).replace("*", ""))
        return m is not None and self.current is not None and (
            bool(_CONTINUED.search(text)) or m.group(1) == _NUMBER[self.current.kind])


_CAPTION = re.compile(r"(?i)^\s*tabel\.?\s*(\d\.\d)\b")
_NUMBER = {"tabel_2_1": "2.1", "tabel_2_2": "2.2", "tabel_3_1": "3.1", "tabel_3_2": "3.2", "tabel_3_3": "3.3"}


_TAG = re.compile(r"</?b>", re.IGNORECASE)
#: White space other than tab, line feed and space (what ``str.split()`` splits on), to space.
_SPASI_LAIN = {ord(c): " " for c in "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003"
               "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"}


def clean_lines(lines: list[str]) -> list[str]:
    r"""Every line with each tab-separated cell as ``clean_text`` leaves it (bold markers
    removed, white space collapsed and trimmed), done on the whole text at once with
    string methods (a regex pass for the markers only).

    >>> clean_lines(["<b>PROGRAM  A</b>\t 12 \t", "x\u00a0 y"])
    ['PROGRAM A\t12\t', 'x y']
    """
    text = "\n".join(lines)
    if "<" in text:
        text = _TAG.sub("", text)
    text = text.translate(_SPASI_LAIN)
    while "  " in text:
        text = text.replace("  ", " ")
    text = f"\n{text}\n".replace(" \t", "\t").replace("\t ", "\t").replace(" \n", "\n").replace("\n ", "\n")
    return text[1:-1].split("\n")


def split_tables(lines: list[str], src: SourceText | None = None) -> dict[str, TableBlock]:
    """Group tab-separated lines into table blocks by header concepts.

    Reading findings (lines set aside, lines outside every table) are recorded on
    ``src`` when given.

    Examples
    --------
    >>> lines = ["TUJUAN\\tSASARAN\\tINDIKATOR\\tTARGET",
    ...          "\\t\\t\\tRENJA 2024",
    ...          "1\\tNaik\\tOmset\\t5",
    ...          "",
    ...          "- 2 -",
    ...          "TUJUAN\\tSASARAN\\tINDIKATOR\\tTARGET",
    ...          "\\t\\tX\\t7",
    ...          "Paragraf penutup.",
    ...          "## BAB IV"]
    >>> block = split_tables(lines)["tabel_3_1"]
    >>> [(r.line, r.segment, r.cells) for r in block.rows]
    [(3, 1, ['1', 'Naik', 'Omset', '5']), (7, 2, ['', '', 'X', '7'])]
    >>> block.header_lines, block.blank_lines, block.set_aside, block.last_line
    ([1, 2, 6], [4], [5], 7)
    """
    return _Splitter(lines, src).run()
