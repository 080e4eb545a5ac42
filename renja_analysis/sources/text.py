"""Read a PDF-extracted Renja text into its tables, accounting for every line.

The source is Markdown-ish text: headings and paragraphs as lines without tabs,
tables as tab-separated lines, bold cells as ``<b>...</b>``. Each table repeats its
header block at every page break. A table is found by the concepts its header
names (``judul``); inside a table region every line is accounted for:

- a data row (tab-separated);
- a recognised header line (the first header and its repetition on every page);
- a blank line;
- a recognised page footer (``12``, ``- 12 -``, ``Halaman 12 dari 40``), set aside; a page
  number out of order with the table's other page numbers (``halaman_tak_urut``: in no longest
  non-decreasing run of them, e.g. ``45`` between pages 12 and 13) may be a number cut off its
  row: it is set aside too, but reported as ``baris_tidak_terbaca`` and not used as a page; so is
  a bare number directly under a header (a row's No. on a line of its own: a header numbers its
  columns on a line of several numbers, ``headers.is_continuation``, and no page number stands
  between a header and its rows), whatever its value;
- a running page header or footer (``running_lines``: the same short line, tabs or not,
  at two or more page breaks, never above a data row; one whose page number does not change
  also at every page break between them and not starting with a level word), set aside like a
  footer;
- a continuation line (``WRAP``): a name or indicator wrapped onto a line of its own,
  joined to the row above with a space and an ``info`` finding ``baris_sambungan``
  naming both lines. The rule, by what the line holds: its only text sits in the name or
  indicator column (3.2: that column on one side or on both), it holds no digit (a
  number, a year, a page number, a code or a date is never a wrapped name), it does not
  start a row of its own (``PROGRAM``, ``Kegiatan``, ``Sub Kegiatan``, ``Urusan``,
  ``Bidang``), it is as bold as the cell it continues, and it comes directly under the
  row (or under another continuation of it), no blank line between. A line without tabs
  is text in the first column (the name of Tabel 2.1 / 2.2 only), must also hold no
  colon (``Sumber: ...``, ``Keterangan: ...``), and is joined only when the table goes
  on after it (prose under the last row of a table belongs to no table). In Tabel 2.1 and
  2.2 a row whose cells wrap at once leaves the rest of each on one line, each piece in its
  own column: a line whose filled cells are all text columns (name, indicator, units, 2.2's
  Keterangan and Solusi; digits only in a note), no number column filled, under a row that
  fills each of them, continues that row too; but a name and an indicator that each start
  afresh (the indicator begins with a measure word or as an indicator above it begins, no
  piece begins with a small letter, no cell above ends mid-phrase: ``_cut_off``) are a row
  without numbers; every other line is read as before;
- a cell printed on a line of its own above its row (``_Splitter._cell_above``): in Tabel 2.1
  and 2.2 a name (no digit, a line without tabs or its only text in the name cell) right above
  a row whose name cell is empty, that fills a number column and is as bold as the line; in
  Tabel 3.2 a bare number right above a row whose No. cell is empty, when it is the next number
  of the table's numbering. The line is joined to the row below, with a ``baris_sambungan``
  naming both lines; a name line that may also continue the row above stays that row's wrap,
  also under a page break after the row (the table's header repeated or a page footer: a name
  cut at the foot of a page goes on under it; ``_page_between``): the row below, maybe a second
  indicator of it, is then refused for its empty name;
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

Control characters (NUL and the other C0/C1 codes except tab) and the bidirectional
overrides, embeddings and isolates are removed with a finding ``karakter_kendali``
naming the line.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, repeat
from operator import and_, attrgetter, contains, itemgetter, not_
from pathlib import Path

import numpy as np

from ..errors import RenjaParseError
from ..labels import daftar
from ..names import SINGKATAN_KANTOR, banding_kantor, hanya_singkatan, kata_kantor
from ..numbers import clean_text, is_number
from . import headers
from .base import LABEL, Row, SourceText, TableBlock, TanpaTabel22, tanpa_gc

_STRUCTURAL = re.compile(r"^\s*(#|\*\*.*\*\*\s*$|(tabel|table)\.?\s*\d|bab\s+[ivx\d]+\b)", re.IGNORECASE)
_CONTINUED = re.compile(r"(?i)\blanjutan\b")
_FOOTER = re.compile(
    r"^\s*[-\u2013\u2014]?\s*(?:(?:halaman|hal\.?|page)\s*)?\d{1,4}"
    r"(?:\s*(?:dari|/|of)\s*\d{1,4})?\s*[-\u2013\u2014]?\s*$", re.IGNORECASE)
_JUDUL = re.compile(r"^#+\s*(RENCANA KERJA.*)$", re.IGNORECASE)
_TEBAL = re.compile(r"^\*\*(.+?)\*\*\s*$")
_TANGGAL = re.compile(r"^\s*[A-Z][a-z]+,\s+(\w+\s+\d{4})\s*$")
#: The words an office's name begins with on a title page: DINAS, BADAN, KANTOR, SEKRETARIAT, INSPEKTORAT,
#: SATUAN POLISI PAMONG PRAJA, RUMAH SAKIT (UMUM DAERAH), KECAMATAN, and the offices written as one word
#: (Bappeda, Satpol PP, RSUD, ...).
_KANTOR_AWAL = (r"(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN\s+POLISI\s+PAMONG\s+PRAJA|RUMAH\s+SAKIT|"
                r"KECAMATAN|KELURAHAN|SATPOL|RSUD|BAPPEDA|BAPPELITBANGDA|BAPENDA|BPKAD|BPBD|BKPSDM|BKD|DPMPTSP|"
                r"SETDA|SETWAN|SEKWAN)")
#: The offices' short forms that begin with an office's word written out (``names.SINGKATAN_KANTOR``: ``DINKES``
#: Dinas Kesehatan, ``SETDA``), also an office line's first word on a title page (REV-X X5).
_KANTOR_SINGKAT = "|".join(sorted((k.upper() for k, v in SINGKATAN_KANTOR.items()
                                   if re.match(rf"(?i){_KANTOR_AWAL}\s", v)), key=lambda k: (-len(k), k)))
_KANTOR = re.compile(rf"(?i)^(?:{_KANTOR_AWAL}|{_KANTOR_SINGKAT})\b")
#: A pemda line holding the office after the pemda's name (``PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN``).
_PEMDA_KANTOR = re.compile(rf"(?i)^(PEMERINTAH\s+.+?)[\s,\-\u2013]+((?:{_KANTOR_AWAL}|{_KANTOR_SINGKAT})\b.*)$")
#: A unit of an office (``UPT PUSKESMAS MAOSPATI``, ``UPTD LABORATORIUM KESEHATAN DAERAH``, a puskesmas, an RSUD,
#: a labkesda): the document's office only right below its parent office's line (``_di_bawah_kantor``).
_UNIT = re.compile(r"(?i)^(?:UPTD?|UNIT\s+PELAKSANA\s+TEKNIS|PUSKESMAS|RSUD|RUMAH\s+SAKIT|LABKESDA)\b(?!\s*$)")
#: Units named together, no one unit (``PUSKESMAS DAN JARINGANNYA``, ``UPTD PUSKESMAS SE-KABUPATEN MAGETAN``,
#: ``UPT PUSKESMAS DAN LABKESDA``): the parent office's own Renja covering them.
_UNIT_JAMAK = re.compile(r"(?i)\b(?:DAN|SERTA|JARINGAN\w*|SE\s*-|SE(?:KABUPATEN|KOTA|KECAMATAN)\b)|[,&/]")
#: A parent office of units: a dinas or badan (``DINKES``).
_INDUK_UNIT = re.compile(r"(?i)^(?:DINAS|BADAN|DINKES)\b")
#: A title page's address or contact line (``KANTOR : JL. PAHLAWAN NO. 2``, ``JALAN ...``, ``TELP. ...``).
_ALAMAT = re.compile(r"(?i)^(?:KANTOR\s*(?::|JL\b|JLN\b|JALAN\b)|ALAMAT\b|JL\b|JLN\b|JALAN\b|TELP|TELEPON\b|TLP\b|FAX|FAKS|KODE\s+POS\b|"
                     r"E-?MAIL\b|WEBSITE\b|LAMAN\b)")
#: A part of an office (its secretariat, a bidang, seksi, sub bagian): never the document's office below it.
_BAGIAN = re.compile(r"(?i)^(?:SEKRETARIAT|BIDANG|SEKSI|SUB\s*BAGIAN|SUBBAG|BAGIAN|SUB\s*BIDANG|SUBBID)\b")
#: An office's first word alone names no office ("Renja dinas Kabupaten Magetan").
_KANTOR_SAJA = re.compile(r"(?i)^(?:dinas|badan|kantor|sekretariat|kecamatan|kelurahan|rumah\s+sakit)$")
#: A title line printed without bold (as PDF extraction often gives it): capitals only, no table cell.
_BARIS_JUDUL = re.compile(r"^(?:#+\s*)?([^a-z|\t]*[A-Z][^a-z|\t]*)$")
#: A pemda line: PEMERINTAH as a word (not PEMERINTAHAN).
_PEMDA = re.compile(r"(?i)^PEMERINTAH\b")
#: A capitals line that is no whole title line: an address or label (``KANTOR : JL. ...``), a sentence
#: (a verb or a preposition), a number (a caption, a street number: ``_angka``).
_BUKAN_JUDUL = re.compile(r"[:;]|\b(?:ADALAH|MERUPAKAN|MENCATAT|MENUNJUKKAN|MELAKSANAKAN|MENJADI|TELAH|AKAN|"
                          r"YANG|PADA|DALAM|TERHADAP|SEBAGAI|DENGAN|BERDASARKAN|OLEH|TAHUN|JL|JALAN)\b")

#: A word holding a digit (``NO5``, ``2024``, ``3.1``, ``P3A``).
_KATA_ANGKA = re.compile(r"[^\s,.()/-]*\d[^\s,.()/-]*")


def _angka(value: str) -> bool:
    """Whether a title line holds a number: a word holding a digit that is no known short form of an office's
    name (``names.SINGKATAN_KANTOR``: the digit of ``P3A``, ``DP3A`` is no number, REV-AN AN2; ``P2KB``, ``NO5``,
    ``TH2024``, ``2024`` are, REV-AR AR1). The one rule of bold and plain capitals lines (REV-AN AN2).

    >>> _angka("DINSOS P3A"), _angka("DINKES P2KB"), _angka("JL RAYA NO5"), _angka("TAHUN 2024")
    (False, True, True, True)
    """
    return any(w.lower() not in SINGKATAN_KANTOR for w in _KATA_ANGKA.findall(value))


def _bukan_judul(value: str) -> bool:
    """Whether a capitals line is no whole title line (``_BUKAN_JUDUL``, or a number: ``_angka``).

    >>> _bukan_judul("DINSOS P3A"), _bukan_judul("KANTOR : JL. PAHLAWAN"), _bukan_judul("TABEL 3.1")
    (False, True, True)
    """
    return bool(_BUKAN_JUDUL.search(value)) or _angka(value)


#: Where the title page ends: a second-level heading, the kata pengantar, the table of contents, a chapter.
_AKHIR_SAMPUL = re.compile(r"(?i)^(?:##|(?:#+\s*)?(?:\*\*)?\s*(?:KATA\s+PENGANTAR|DAFTAR\s+ISI|DAFTAR\s+TABEL|BAB\b))")
#: The kata pengantar's heading (its lines run to the next heading, ``_AKHIR_SAMPUL``).
_KATA_PENGANTAR = re.compile(r"(?i)^(?:#+\s*)?(?:\*\*)?\s*KATA\s+PENGANTAR\b")
#: A capitals line continuing the office line above it (``DINAS KOPERASI, USAHA KECIL`` / ``DAN MENENGAH``).
_SAMBUNG = re.compile(r"(?i)^(?:DAN|SERTA|&)\b")
_SAMBUNG_AKHIR = re.compile(r"(?i)(?:,|/|\bDAN|\bSERTA|&)$")
#: A line after which a capitals line is no title line: a caption's label (the table's or figure's title
#: follows) or a signature's KEPALA (the office the head leads, split over lines).
#: A document's title on its title page (``RENCANA KERJA PERUBAHAN``): no part of an office's name.
_JUDUL_RENJA = re.compile(r"(?i)^(?:#+\s*)?RENCANA\s+KERJA\b")
_SEBELUM_BUKAN = re.compile(r"(?i)^(?:\*\*)?\s*(?:TABEL|GAMBAR|GRAFIK|KEPALA)\b")
#: The office a kata pengantar names in the document's own title: "Rencana Kerja (RENJA) Perubahan Dinas
#: Koperasi ... Kabupaten Magetan Tahun 2024". The name is capitalised words (and ``dan``/``serta``). When the
#: pemda follows it (the kind word and a pemda name: capitalised words, not another kind word: "Dinas Tata
#: Kota Kota Surabaya" is Dinas Tata Kota; then the year, the sentence's end or a lower-case word), the name
#: runs up to the pemda and may hold a lower-case word before a capitalised one (``dr. Sayidiman``, a typo's
#: ``menengah Kabupaten``) that is no joining word (``yang``, ``ini``, a preposition: REV-Q Q1) and stands
#: before no other office's or pemda's name (``disusun Bappeda``, ``bersama Pemerintah``); else it ends
#: at the year or at the sentence's next lower-case word ("... dan Menengah ini disusun ...", "... yang
#: disusun oleh Pemerintah Kabupaten ...": REV-P P2).
_JENIS_PEMDA_KATA = r"(?i:kabupaten|kab\.|kota|provinsi)"
_KATA_KALIMAT = r"[A-Z(&][\w.,'()&-]*|dan|serta"
_BUKAN_NAMA = (r"(?:yang|ini|itu|untuk|dengan|di|ke|dari|pada|dalam|bagi|oleh|atau|sebagai|tentang|kepada|"
               r"melalui|terhadap|adalah|merupakan|se)\b")
_KANTOR_KALIMAT = re.compile(
    rf"\b(?i:rencana\s+kerja|renja)(?:\s*\((?i:renja)\))?(?:\s+(?i:perubahan))?\s+(?:"
    rf"((?i:{_KANTOR_AWAL})\b[\w.,'()&-]*(?:\s+(?:{_KATA_KALIMAT}|(?!{_BUKAN_NAMA})[a-z][\w.'-]*(?=\s+(?!(?i:{_KANTOR_AWAL}|pemerintah)\b)[A-Z])))*?)"
    rf"\s+{_JENIS_PEMDA_KATA}\s+(?!{_JENIS_PEMDA_KATA}\s)[A-Z][\w.'-]*"
    rf"(?:\s+[A-Z][\w.'-]*)*?(?=\s+(?i:tahun)\b|\s*[.,;)]|\s+[a-z]|\s*$)"
    rf"|((?i:{_KANTOR_AWAL})\b[\w.,'()&-]*(?:\s+(?:{_KATA_KALIMAT}))*?)"
    rf"(?:\s+(?i:tahun)\b|(?=\s+(?!dan\b|serta\b)[a-z])))")
#: After the office the sentence names (and its pemda), the document itself: ``... Tahun 2024 ini``,
#: ``... ini disusun``: the sentence's Renja is the one the reader holds.
_KALIMAT_DIRI = re.compile(r"(?i)^\s*(?:tahun\s+)?(?:anggaran\s+)?(?:\d{4}\s+)?ini\b")
#: Before the Renja the sentence names, in its sentence: a word citing it (``selaras dengan``, ``berpedoman
#: pada``, ``mengacu pada``): the sentence may name another office's Renja.
_KALIMAT_RUJUK = re.compile(r"(?i)\b(?:selaras|serasi|berpedoman|pedoman|mempedomani|memedomani|mengacu|acuan|merujuk|"
                            r"rujukan|sesuai|berdasarkan|memperhatikan|mengikuti|menindaklanjuti|menjabarkan|"
                            r"penjabaran|turunan)\b")


def kantor_beda(a: str, b: str) -> bool:
    """Whether two office names name different offices: the rule the reconciliation finds the SIPD office
    by (``names.banding_kantor`` says ``beda``: each holds a content word the other
    lacks once abbreviations are written out, ``SINGKATAN_KANTOR``, or read as initials, a one-letter typo
    read as one word). So an abbreviation of another office (``BAPPEDA`` beside Dinas Koperasi ..., REV-Q
    Q3) is another office, and ``Satpol PP`` is Satuan Polisi Pamong Praja (Q2).

    >>> kantor_beda("DINAS KOPERASI USAHA KECIL DAN MENENGAH", "Dinas Koperasi, Usaha Kecil dan Menengah")
    False
    >>> kantor_beda("DINAS KESEHATAN", "Dinas Koperasi Usaha Kecil dan Menengah")
    True
    >>> kantor_beda("BAPPEDA KABUPATEN MAGETAN", "Badan Perencanaan Pembangunan Daerah")
    False
    >>> kantor_beda("BAPPEDA", "Dinas Koperasi Usaha Kecil dan Menengah")
    True
    >>> kantor_beda("SATUAN POLISI PAMONG PRAJA", "Satpol PP"), kantor_beda("DINAS KOPERSI", "Dinas Koperasi")
    (False, False)
    """
    return banding_kantor(a, b)[0] == "beda"


#: A page number's form; also a bare number, as a cell cut off its row prints it (``_check_pages``).
_NOMOR = re.compile(r"\d{1,4}")
_DIGIT = re.compile(r"\d")
#: A digit in the first ten cells of a line, before the note columns (``WRAP``: 2.2's Keterangan
#: and Solusi, cells 11 and 12, whose wrapped text may hold digits).
_DIGIT_BEFORE_NOTES = re.compile(r"(?:[^\t\d]*+\t){0,9}+[^\t\d]*+\d")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_DIGITS = re.compile(r"\d+")
#: A name that starts a row of its own (a level word), never the continuation of another.
_LEVEL_WORD = re.compile(r"(?i)^\s*(program|kegiatan|sub\s*kegiatan|urusan|bidang)\b")
#: The columns whose text wraps onto a line of its own (0-based), and what they hold: the name
#: and the indicator; in Tabel 2.1 and 2.2 also every other text column (the units, 2.2's notes:
#: a row whose cells wrap at once puts the rest of each on one line, each in its own column).
#: Tabel 3.2 prints name and indicator on each side; 3.3 holds its name in the third or the
#: fourth cell (the second fragment) and its indicator in the fourth.
WRAP = {"tabel_2_1": {0: "nama", 1: "indikator", 3: "satuan", 5: "satuan", 7: "satuan", 10: "satuan"},
        "tabel_2_2": {0: "nama", 1: "indikator", 3: "satuan", 6: "satuan", 10: "keterangan", 11: "solusi"},
        "tabel_3_2": {1: "nama", 3: "indikator", 6: "nama", 8: "indikator"},
        "tabel_3_3": {2: "nama", 3: "indikator"}}
#: Tabel 3.2's mirrored columns: one wrap fills both sides. Tabel 2.1 and 2.2 wrap any of their
#: text columns at once (``_ANY_TOGETHER``); 3.2 and 3.3 one column (or one mirrored pair).
_MIRRORED = {(1, 6), (3, 8)}
_ANY_TOGETHER = {"tabel_2_1", "tabel_2_2"}
#: The note columns, whose text may hold digits (``Rp.3.251.000``, ``triwulan 3 dan 4``): only a
#: name, an indicator or a unit never holds one when it wraps.
_NOTES = {"keterangan", "solusi"}
_LAST_WRAP = {kind: max(cols) for kind, cols in WRAP.items()}
#: The most cells a continuation line fills (``_continues``).
_MOST_WRAPPED = max(map(len, WRAP.values()))


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


def halaman_tak_urut(pages: list[int], at_break: list[bool]) -> list[int]:
    """The positions of the page numbers (in the order of their lines) that cannot be the number
    of the page they stand on.

    ``at_break``: whether the number stands at a page break (the next line of the table after it,
    past blank and set-aside lines, is a repeated header line, not a data row). Such a number is
    the page's footer and is never named, whatever it prints. A number inside a page (a data row
    of the same page follows it) is named when it lies outside the numbers of the page breaks
    around it: below the one before it, or above the one after it. Without a page break on a
    side, that side sets no bound; where the page breaks around it are out of order themselves,
    or where the table has no page break with a number, nothing is named: only the page breaks
    say what a page's number is.

    Examples
    --------
    Pages 1 to 3 closed by their footers, a ``45`` inside page 2 (at index 1):

    >>> halaman_tak_urut([1, 45, 2, 3], [True, False, True, True])
    [1]

    Two cut-off ``2``s inside page 4; the footers are never named:

    >>> halaman_tak_urut([3, 2, 2, 4], [True, False, False, True])
    [1, 2]

    A page number at the top and the bottom of each page; a misprinted footer; no page break:

    >>> halaman_tak_urut([1, 2, 2, 3], [True, False, True, True]), halaman_tak_urut([1, 9, 3], [True] * 3)
    ([], [])
    >>> halaman_tak_urut([1, 45, 2], [False] * 3)
    []
    """
    page = np.asarray(pages, dtype=np.int64)
    brk = np.asarray(at_break, dtype=bool)
    inside = np.flatnonzero(~brk)
    if not len(inside) or not brk.any():
        return []
    at = page[brk]
    # the numbers of the page breaks just before and just after each number inside a page (none: no bound)
    after = np.searchsorted(np.flatnonzero(brk), inside)
    lo = np.concatenate([[np.iinfo(np.int64).min], at])[after]
    hi = np.concatenate([at, [np.iinfo(np.int64).max]])[after]
    out = (lo <= hi) & ((page[inside] < lo) | (page[inside] > hi))
    return inside[out].tolist()


def identitas(lines: list[str], head: int = 60) -> dict:
    """Title, government, office and date from the first lines of a document; ``instansi_sampul``, the
    title page's name of the office, where the office is the name a sentence gives it (the first naming a
    Renja and its office, in the kata pengantar or elsewhere in the first lines: ``kalimat_di``) written
    with more words (``Dinas Sosial`` / ``Dinas Sosial P3A``) or out of the title page's initials (``BKD``)
    and the sentence may cite another office's Renja: the reconciliation asks whether SIPD holds the two
    names as two offices (``findings.reconciliation._dua_kantor``). A sentence naming the document itself
    (``Renja ... Tahun 2024 ini``, no citing word before it) names the document's office: no
    ``instansi_sampul``; nor for one citing nothing whose name the title page's initials spell out. A title page's
    name and a sentence not citing another office's Renja differing in the office's kind only (``jenis``:
    ``BADAN ...`` / ``Kantor ...``): the name not taken is kept as ``instansi_jenis``, where it stands as
    ``jenis_di``.

    Office lines printed one right below the other on the title page (a parent office above its unit's,
    on the pemda's line or its own; a unit's line, ``UPT PUSKESMAS ...``, counts only there): the lowest is the
    office, the one right above it kept as ``instansi_induk`` (a kelurahan's kecamatan, a puskesmas's Dinas
    Kesehatan: SIPD may hold the unit as its sub-unit).

    Examples
    --------
    >>> identitas(["# RENCANA KERJA PERUBAHAN TAHUN 2024", "**PEMERINTAH KABUPATEN MAGETAN**  ",
    ...            "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  ", "Magetan, Agustus 2024"])
    {'judul': 'RENCANA KERJA PERUBAHAN TAHUN 2024', 'pemerintah': 'PEMERINTAH KABUPATEN MAGETAN', 'instansi': 'DINAS KOPERASI USAHA KECIL DAN MENENGAH', 'tanggal': 'Agustus 2024'}
    >>> identitas(["**DINAS SOSIAL**", "## KATA PENGANTAR",
    ...            "Rencana Kerja (RENJA) Dinas Sosial P3A Kabupaten Magetan Tahun 2024 ini disusun."])
    {'instansi': 'Dinas Sosial P3A'}
    >>> identitas(["**DINAS SOSIAL**", "## KATA PENGANTAR",
    ...            "Dokumen ini disusun selaras dengan Renja Dinas Sosial P3A Kabupaten Magetan Tahun 2024."])
    {'instansi': 'Dinas Sosial P3A', 'instansi_sampul': 'DINAS SOSIAL', 'kalimat_di': 'kata pengantar'}
    """
    out: dict = {}
    tebal: str | None = None
    kalimat: str | None = None
    polos: list[str] = []
    pemda_polos: str | None = None
    pemda_kantor: str | None = None        # the office a pemda line holds after the pemda's name
    pemda_kantor_polos: str | None = None
    rantai: int | None = None              # the last line of the title page's office line read (or pemda line's)
    atas: str | None = None                # that line's office (``_di_bawah_kantor``)
    unit_di: int | None = None             # the last line of a unit's line read below no office (``UPT PUSKESMAS X``)
    sendiri: list[str] = []                # such units' names: the office where the title page names no other
    atas_p: str | None = None              # the office of the last capitals office line read (``polos[-1]``) and
    rantai_p: int | None = None            # its last line: the capitals lines' own chain (``_di_bawah_kantor``)
    induk_p: str | None = None             # the parent office of ``polos``'s unit (its line right above it)
    unit_p: str | None = None              # that unit
    dua_p: list[str] = []                  # two capitals office lines one right below the other
    induk: str | None = None               # the parent office of ``tebal``'s unit (``_di_bawah_kantor``)
    dua: list[str] = []                    # two offices' lines one right below the other: not known which
    sampul = True
    pengantar = False
    kalimat_rujuk = kalimat_diri = False
    kalimat_di = "awal dokumen"
    head_lines = [line.strip() for line in lines[:head]]
    sebelum = ""
    for i, text in enumerate(head_lines):
        m = _JUDUL.match(text)
        if m and "judul" not in out:
            out["judul"] = m.group(1).strip()
        if sampul and _AKHIR_SAMPUL.match(text):
            sampul = False
        if _AKHIR_SAMPUL.match(text):
            pengantar = bool(_KATA_PENGANTAR.match(text))
        nxt = head_lines[i + 1] if i + 1 < len(head_lines) else ""
        m = _TEBAL.match(text)
        if m:
            value = m.group(1).strip()
            if _PEMDA.match(value) and (pk := _PEMDA_KANTOR.match(value)) and not _KANTOR_SAJA.match(pk.group(2)):
                # the pemda and the office on one line: each read
                out.setdefault("pemerintah", pk.group(1))
                if pemda_kantor is None and tebal is None:
                    pemda_kantor = atas = _bersambung(pk.group(2), _TEBAL.match(nxt))
                    rantai = i + (pemda_kantor != pk.group(2))
            elif _PEMDA.match(value):
                out.setdefault("pemerintah", value)
            elif (kantor := bool(_KANTOR.match(value)) and not _KANTOR_SAJA.match(value)
                  and not _ALAMAT.match(value)) or _UNIT.match(value):
                # the first office line; on the title page a line right below it or below a pemda line holding
                # an office (blank lines between): ``_di_bawah_kantor`` says whether it is a unit of it (the
                # unit is the office, the parent kept as ``induk``: REV-AC AC6), another office (two offices
                # named: REV-AF AF3) or none (an address, a bidang, units named together, a unit's location)
                nama = _bersambung(value, _TEBAL.match(nxt))
                rel = _di_bawah_kantor(atas, nama) if sampul and atas and _di_bawah(head_lines, rantai, i) else \
                    "abaikan" if sampul and unit_di is not None and _di_bawah(head_lines, unit_di, i) \
                    and _LOKASI.match(nama) else None
                if rel == "sama":
                    # the same office named again (``DINAS KESEHATAN`` / ``DINKES``, REV-AJ KJ1): one office, the
                    # fuller name kept (the pemda line's office, or this line's; a written-out name over short forms
                    # only, REV-AL AL1: ``DINKOP UKM`` writes out to more words than ``DINAS KOPERASI DAN USAHA MIKRO``)
                    if _lebih_penuh(nama, atas or ""):
                        if tebal is None:
                            pemda_kantor = nama
                        else:
                            tebal = nama
                        atas = nama
                    rantai = i + (nama != value)
                elif rel == "induk":
                    induk = induk or nama   # a kelurahan's address: its kecamatan below it
                elif rel == "dua":
                    # another office below; below a unit read under its parent, the parent named too (REV-AJ KJ4:
                    # two units below DINAS KESEHATAN may be its own Renja as well as either unit's)
                    dua = dua or [*([induk] if induk and atas == tebal else []), atas or ""]
                    dua.append(nama)
                    atas, rantai = nama, i + (nama != value)
                elif rel in ("unit", "pemda") or (rel is None and kantor and tebal is None):
                    induk = atas if rel == "unit" else None
                    tebal = atas = nama
                    rantai = i + (tebal != value)
                elif rel is None and tebal is None and sampul:
                    unit_di = i + (nama != value)
                    if not _UNIT_JAMAK.search(nama):
                        sendiri.append(nama)
        elif sampul and (m := _BARIS_JUDUL.match(text)) and not _JUDUL.match(text) \
                and not _SEBELUM_BUKAN.match(sebelum):
            value = m.group(1).strip()
            if _PEMDA.match(value) and (pk := _PEMDA_KANTOR.match(value)) and not _KANTOR_SAJA.match(pk.group(2)) \
                    and not _bukan_judul(pk.group(2)):
                pemda_polos = pemda_polos or pk.group(1)
                if pemda_kantor_polos is None and tebal is None and rantai is None:
                    pemda_kantor_polos = atas = _bersambung(pk.group(2), _BARIS_JUDUL.match(nxt))
                    rantai = i + (pemda_kantor_polos != pk.group(2))
            elif _PEMDA.match(value):
                pemda_polos = pemda_polos or value
            elif (_KANTOR.match(value) and not _KANTOR_SAJA.match(value) or _UNIT.match(value)) \
                    and not _bukan_judul(value) and i not in (rantai, rantai_p):
                # (a line the line above was joined with, ``_bersambung``, is read with it: REV-AJ KJ4)
                nama = _bersambung(value, _BARIS_JUDUL.match(nxt))
                rel = _di_bawah_kantor(atas, nama) if atas and _di_bawah(head_lines, rantai, i) else \
                    "abaikan" if unit_di is not None and _di_bawah(head_lines, unit_di, i) and _LOKASI.match(nama) \
                    else None
                if rel is None and atas_p and _di_bawah(head_lines, rantai_p, i):
                    # right below a capitals office line: the rule of a bold line below a bold one (REV-AJ KJ3), kept
                    # apart from the bold lines' (a bold office line is the title page's office before any capitals)
                    rel_p = _di_bawah_kantor(atas_p, nama)
                    if rel_p == "unit":
                        induk_p, unit_p = atas_p, nama
                        polos[-1] = atas_p = nama
                    elif rel_p == "sama" and _lebih_penuh(nama, atas_p):
                        polos[-1] = atas_p = nama
                    elif rel_p == "induk":
                        induk_p, unit_p = induk_p or nama, atas_p
                    elif rel_p == "dua":
                        dua_p = dua_p or [*([induk_p] if induk_p and atas_p == unit_p else []), atas_p]
                        dua_p.append(nama)
                        polos.append(nama)
                        atas_p = nama
                    if rel_p != "abaikan":
                        rantai_p = i + (nama != value)
                elif rel == "unit":
                    # a capitals unit line right below its parent office's line: the unit (REV-AC AC6)
                    induk, tebal, atas = atas, nama, nama
                    rantai = i + (tebal != value)
                elif rel == "induk":
                    induk = induk or nama
                elif rel == "dua":
                    # another office below the title page's office line or a pemda line's office (REV-AJ KJ0)
                    dua = dua or [*([induk] if induk and atas == tebal else []), atas or ""]
                    dua.append(nama)
                    atas, rantai = nama, i + (nama != value)
                elif rel is None and _KANTOR.match(value):
                    polos.append(nama)
                    atas_p, rantai_p = nama, i + (nama != value)
                elif rel is None and tebal is None:
                    # a capitals unit's line below no office line (``UPT PUSKESMAS TAMAN``): its location below it
                    # is no office (REV-AJ KJ2)
                    unit_di = i + (nama != value)
                    if not _UNIT_JAMAK.search(nama):
                        sendiri.append(nama)
        elif kalimat is None and (m := _KANTOR_KALIMAT.search(text)) \
                and not _KANTOR_SAJA.match(nama := (m.group(1) or m.group(2)).strip()):
            kalimat = nama
            # how the sentence names its Renja: citing it (``selaras dengan Renja ...``, in the sentence before
            # it), the document itself (``Renja ... Tahun 2024 ini``), else unmarked; and where it stands
            kalimat_rujuk = bool(_KALIMAT_RUJUK.search(re.split(r"[.!?]\s", text[:m.start()])[-1]))
            kalimat_diri = not kalimat_rujuk and bool(_KALIMAT_DIRI.match(text[m.end():]))
            kalimat_di = "kata pengantar" if pengantar else "awal dokumen"
        m = _TANGGAL.match(text)
        if m and "tanggal" not in out:
            out["tanggal"] = m.group(1)
        sebelum = text or sebelum
    if "pemerintah" not in out and pemda_polos:
        # no bold pemda line: the capitals one on the title page
        out["pemerintah"] = pemda_polos
    # the office: the title page's (its bold title line; else a capitals title line when the title page
    # prints one office only, two naming different offices name none) and the kata pengantar's sentence,
    # which may name another office's Renja (REV-P P1) as a title page may print a parent office above the
    # document's own (REV-P P3): when both are read and name different offices, neither (the office is not
    # known; the reconciliation says so). A pemda line's office (``PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN``)
    # is read as an office on its own line: a unit's line below it is the office (REV-AB AB4), another office's
    # two offices named (``dua``, REV-AJ KJ0), the sentence naming the document itself saying which
    if tebal or polos:
        # capitals lines name one office by the rule of lines one below the other (``_satu_kantor``, REV-AL AL3)
        sampul_kantor = tebal or (polos[0] if all(_satu_kantor(polos[0], x) for x in polos[1:]) else None)
    else:
        sampul_kantor = pemda_kantor or pemda_kantor_polos
    if not tebal and not dua and polos:
        # capitals office lines alone: read by the bold lines' rule (REV-AJ KJ3): a unit right below its parent
        # is the office, the parent kept; two offices one right below the other name none
        dua = dua_p
        if unit_p is not None and sampul_kantor == unit_p:
            tebal, induk = unit_p, induk_p
    elif sendiri and not (sampul_kantor or dua) and not (kalimat and kalimat_diri and
                                                          _di_bawah_kantor(kalimat, sendiri[0]) == "unit"):
        # a unit's line below no office line (``UPT PUSKESMAS TAMAN`` / ``KECAMATAN TAMAN``, its location): the
        # title page names no other office, the unit is the office (REV-AJ KJ2; SIPD may hold it as a sub-unit,
        # ``reconciliation._cari_perangkat_daerah``); two units named, two offices. Not where a sentence naming
        # the document itself names a parent office of it (``Renja Dinas Kesehatan ... ini``: as below)
        lain = [n for k, n in enumerate(sendiri)
                if all(banding_kantor(m, n)[0] not in ("sama", "singkatan") for m in sendiri[:k])]
        if len(lain) == 1:
            sampul_kantor = lain[0]
        else:
            dua = lain
    if induk and tebal and sampul_kantor == tebal and kalimat and kalimat_diri and not kantor_beda(induk, kalimat):
        # a sentence naming the document itself names the unit's parent (``Renja Dinas Kesehatan ... ini`` below
        # ``DINAS KESEHATAN`` / ``RUMAH SAKIT UMUM DAERAH ...``): the parent's own Renja, the unit its partner
        sampul_kantor, induk = induk, None
    if dua:
        # two offices' lines one right below the other, neither a unit of the other (``DINAS KESEHATAN`` /
        # ``DINAS KOPERASI ...``, a partner office, REV-AF AF3): which one is the document's the title page does
        # not say; a sentence naming the document itself (``Renja ... ini``) naming one of them does: the one it
        # names as the same office (``_satu_kantor``), else the one only it does not name another office than
        # (REV-AL AL2: ``Dinas Kesehatan`` names a part of ``DINAS PETERNAKAN DAN KESEHATAN HEWAN`` too)
        diri = [n for n in dua if kalimat and kalimat_diri and _satu_kantor(n, kalimat)] or \
            [n for n in dua if kalimat and kalimat_diri and not kantor_beda(n, kalimat)]
        sampul_kantor = diri[0] if len(diri) == 1 else None
        if sampul_kantor is None:
            # the sentence's name said too where it names no office of the lines'
            out["instansi_ragu"] = " atau ".join(dua) + " di halaman judul" + \
                (f" atau {kalimat} di {kalimat_di}" if kalimat and not any(_satu_kantor(n, kalimat) for n in dua)
                 else "")
            kalimat = None
    if sampul_kantor and kalimat:
        rel, lebih, kurang = banding_kantor(sampul_kantor, kalimat)
        if rel != "beda":       # ``kantor_beda``'s rule
            # one office: the fuller name: the one holding words the other lacks (a cover line may be cut
            # off, a sentence may end at 'dr.'), else the one of more words (it writes out what the other
            # abbreviates: ``Satpol PP``), else the sentence's; two names one letter apart (``ejaan``: a typo,
            # or two offices, Tulung and Tulang) the title page's: it is the document's own title, the
            # sentence may cite another office's Renja (REV-U U1)
            # the office's kind only (``jenis``: ``KANTOR KESBANGPOL`` / ``Badan Kesatuan Bangsa dan Politik``, one office
            # renamed, or two): the title page's too, unless the sentence names the document itself (REV-AI)
            penuh = rel == "ejaan" or (rel == "jenis" and not kalimat_diri) or \
                (bool(lebih), len(kata_kantor(sampul_kantor))) > (bool(kurang), len(kata_kantor(kalimat)))
            out["instansi"] = sampul_kantor if penuh else kalimat
            if rel == "jenis" and kalimat_diri:
                # the document names its own office in both kinds (the title page one, a sentence naming the
                # document itself the other): the name not taken kept, with where it stands; SIPD holding
                # that one word for word is the document's office (``reconciliation._cari_perangkat_daerah``,
                # REV-AV AV2). Not for a sentence that does not name the document itself: it may cite another
                # office's or year's Renja ("Sebagaimana Renja Kantor ... Tahun 2023"), whose office SIPD may
                # hold beside the document's (REV-AX AX2)
                out["instansi_jenis"] = kalimat if penuh else sampul_kantor
                out["jenis_di"] = kalimat_di if penuh else "halaman judul"
            if not penuh and rel != "sama" and not kalimat_diri and (kalimat_rujuk or rel != "singkatan"):
                # the title page's name, fewer words or initials, kept for the reconciliation: where SIPD holds
                # an office it names beside the sentence's, the two are two offices, and which one the
                # document is, is not known (REV-U U1b; ``findings.reconciliation._dua_kantor``). Not where the
                # sentence names the document itself (``Renja ... ini``: its office is the document's, REV-X
                # X3), nor where, citing nothing, it names the office the title page's initials spell out
                # (``BKD`` / ``Badan Keuangan Daerah``: one name and its initials, no sign of two offices)
                out["instansi_sampul"] = sampul_kantor
                out["kalimat_di"] = kalimat_di
        else:
            # two names, two offices: neither is known to be the document's; both kept to be said
            out["instansi_ragu"] = f"{sampul_kantor} di halaman judul atau {kalimat} di {kalimat_di}"
    elif sampul_kantor or kalimat:
        out["instansi"] = sampul_kantor or kalimat
    if induk and tebal and sampul_kantor == tebal and "instansi" in out \
            and (out["instansi"] == tebal or banding_kantor(tebal, out["instansi"])[0] != "beda"):
        # the office printed right above the document's own: its parent (a kelurahan's kecamatan, a
        # puskesmas's Dinas Kesehatan), which SIPD may hold the unit under (``reconciliation._cari_perangkat_daerah``)
        # without a separator the line ends in (``DINAS KESEHATAN /`` over its unit: the '/' joins no name)
        out["instansi_induk"] = induk.rstrip(" /,&-") or induk
    return {key: out[key] for key in ("judul", "pemerintah", "instansi", "tanggal", "instansi_sampul", "kalimat_di",
                                      "instansi_induk", "instansi_ragu", "instansi_jenis", "jenis_di") if key in out}


#: A kecamatan's, kelurahan's or desa's name: below a unit's line, the unit's location.
_LOKASI = re.compile(r"(?i)^(?:KECAMATAN|KELURAHAN|DESA)\b")


def _di_bawah_kantor(atas: str, bawah: str) -> str:
    """How an office-like line ``bawah`` printed right below the title page's office line ``atas`` stands to it:
    ``unit`` (one unit of it: a UPT/UPTD, puskesmas, RSUD or labkesda below a dinas or badan, a kelurahan below
    its kecamatan: ``bawah`` is the document's office, ``atas`` its parent), ``induk`` (a kecamatan below a
    kelurahan: the kelurahan's address, naming its parent), ``abaikan`` (no office of the document's: an
    address, a secretariat, bidang or seksi, units named together, a kecamatan, kelurahan or desa below a unit,
    its location), ``sama`` (the same office named again: its initials or short form, ``banding_kantor``) or ``dua``
    (another office: two offices named, which one is the document's not known).

    >>> [_di_bawah_kantor("DINAS KESEHATAN", b) for b in ("UPT PUSKESMAS TAMAN", "PUSKESMAS DAN JARINGANNYA",
    ...  "KANTOR : JL. PAHLAWAN NO. 2", "SEKRETARIAT DINAS", "BADAN PENANGGULANGAN BENCANA DAERAH")]
    ['unit', 'abaikan', 'abaikan', 'abaikan', 'dua']
    >>> _di_bawah_kantor("UPT PUSKESMAS TAMAN", "KECAMATAN TAMAN"), _di_bawah_kantor("KELURAHAN X", "KECAMATAN Y")
    ('abaikan', 'induk')
    >>> _di_bawah_kantor("DINAS KESEHATAN", "DINKES"), _di_bawah_kantor("BADAN KEPEGAWAIAN DAERAH", "BKD")
    ('sama', 'sama')
    >>> _di_bawah_kantor("DINAS KESEHATAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN")
    'dua'
    """
    if _ALAMAT.match(bawah) or _BAGIAN.match(bawah) or (_UNIT.match(bawah) and _UNIT_JAMAK.search(bawah)):
        return "abaikan"
    if re.match(r"(?i)KELURAHAN\b", bawah) and re.match(r"(?i)KECAMATAN\b", atas):
        return "unit"
    if re.match(r"(?i)KECAMATAN\b", bawah) and re.match(r"(?i)KELURAHAN\b", atas):
        return "induk"
    if _LOKASI.match(bawah) and _UNIT.match(atas):
        return "abaikan"
    if _UNIT.match(bawah) and _INDUK_UNIT.match(atas):
        return "unit"
    # an office's name holds no colon and no number (``_angka``: a label, a street number, ``KANTOR PUSAT : ...``); the same
    # office named again (a digit inside a known short form, ``DINSOS P3A``, is no number: REV-AN AN2; any other word
    # holding a digit, ``P2KB``, ``NO5``, ``TH2024``, sets the line aside as before: REV-AR AR1; the same content
    # words once its initials or short form are written out,
    # ``names.banding_kantor`` ``sama`` or ``singkatan``) is ``sama`` (REV-AJ KJ1), as is a name's short form whose
    # words are a part of it (``_satu_kantor``); a written-out name whose words are a part of the other's
    # (``DINAS KESEHATAN`` / ``DINAS PETERNAKAN DAN KESEHATAN HEWAN``) is another office (REV-AK AK2)
    if ":" in bawah or _angka(bawah):
        return "abaikan"
    return "sama" if _satu_kantor(atas, bawah) else "dua"


def _satu_kantor(a: str, b: str) -> bool:
    """Whether two office names a title page prints (or a title line and a sentence) name one office: the same
    content words once initials or short forms are written out (``names.banding_kantor`` ``sama`` or ``singkatan``),
    or one side written as short forms only (``names.hanya_singkatan``) whose words are a part of the other's or
    differ in the Usaha Mikro/Kecil/Menengah words only (``bagian``, ``serumpun``: ``DISPERKIM`` under
    ``DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN``, REV-AL AL1). Two written-out names one within the other's
    are two offices (REV-AK AK2).

    >>> _satu_kantor("DINAS KESEHATAN", "DINKES"), _satu_kantor("DINAS KOPERASI DAN USAHA MIKRO", "DINKOP UKM")
    (True, True)
    >>> _satu_kantor("DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "DINKES")
    True
    >>> _satu_kantor("DINAS KESEHATAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"), _satu_kantor("DINAS KESEHATAN", "DINSOS")
    (False, False)
    """
    rel = banding_kantor(a, b)[0]
    return rel in ("sama", "singkatan") or \
        (rel in ("bagian", "serumpun") and any(hanya_singkatan(s, n) and _bagian_utuh(n, s) for s, n in ((a, b), (b, a))))


#: Where an office's name is cut into the parts it names (``DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN ...``,
#: ``DINAS KESEHATAN / PENGENDALIAN PENDUDUK DAN KB``: REV-AR AR3).
_POTONG_NAMA = re.compile(r"(?i)\s*(?:,|&|/|\bdan\b|\bserta\b)\s*")
#: Words some names of one office carry and others leave out (``Perumahan Rakyat``, the Usaha Mikro/Kecil/Menengah
#: family, ``daerah``).
_KATA_VARIAN = {"rakyat", "daerah", "mikro", "kecil", "menengah"}
#: The first words of an office's name (after short forms are written out).
_KEPALA = {"dinas", "badan", "satuan", "kantor", "sekretariat", "inspektorat", "rumah"}
_GARIS_MIRING = re.compile(r"\s*/\s*")


def _bagian_utuh(nama: str, singkat: str) -> bool:
    """Whether ``singkat`` (short forms only) writes ``nama`` short: once the words some names of one office carry
    and others leave out (``_KATA_VARIAN``) are dropped, its written-out words are whole parts of ``nama`` (cut at
    commas, ``dan``, ``serta``, ``&``, ``/``), its first part among them (``DINKES`` writes
    ``DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA`` short, REV-AL AL1), either the name's first
    parts one after the other (a later part may open with one of their words: ``DPMD`` writes
    ``DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK`` short, REV-AV AV1) or parts
    no other part shares a word with; in
    ``DINAS PETERNAKAN DAN KESEHATAN HEWAN`` the part is ``KESEHATAN HEWAN`` and ``BAPENDA`` is a part of
    ``BADAN PENGELOLAAN KEUANGAN DAN PENDAPATAN DAERAH`` other than its first: other offices, REV-AN AN1); a name
    printing two offices' short forms (``DINKES DAN DINSOS``), or a ``nama`` two offices' names
    (``DINAS KESEHATAN / DINAS SOSIAL``), writes no one office.

    >>> _bagian_utuh("DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN", "DISPERKIM")
    True
    >>> _bagian_utuh("DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "DPMD")
    True
    >>> _bagian_utuh("DINAS PETERNAKAN DAN KESEHATAN HEWAN", "DINKES"), _bagian_utuh("DINAS SOSIAL", "DINKES DAN DINSOS")
    (False, False)
    >>> _bagian_utuh("DINAS KESEHATAN / DINAS SOSIAL", "DINKES")
    False
    """
    def isi(teks: str) -> list[str]:
        return [w for w in kata_kantor(teks) if w not in _KATA_VARIAN]

    if sum(SINGKATAN_KANTOR.get(w, "").split(" ")[0] in _KEPALA
           for w in re.findall(r"\w+", singkat.lower())) > 1:
        return False
    pendek = isi(singkat)
    bagian = [b for b in map(isi, _POTONG_NAMA.split(nama)) if b]
    if not pendek or not bagian or any((b.split() or [""])[0].lower() in _KEPALA
                                       for b in _GARIS_MIRING.split(nama)[1:]):
        # (a part after a ``/`` opening with an office's kind, ``DINAS KESEHATAN / DINAS SOSIAL``: two offices named,
        # REV-AV AV5; only after a ``/``: ``SATUAN POLISI PAMONG PRAJA DAN SATUAN PERLINDUNGAN MASYARAKAT`` is one
        # office's name, REV-AX AX3)
        return False
    if bagian[0][:1] == pendek[:1] and pendek[0] in _KEPALA:
        bagian[0], pendek = bagian[0][1:], pendek[1:]
    kata = set(pendek)
    if not pendek or not bagian[0]:
        return False
    utuh = [b for b in bagian if b and set(b) <= kata]
    # the name's first parts, one after the other, hold the short form's words exactly: the short form writes them
    # (``DPMD`` under ``DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN ...``, whose later part opens
    # with the same word PEMBERDAYAAN: REV-AV AV1)
    awal: set[str] = set()
    for b in bagian:
        if not set(b) <= kata:
            break
        awal |= set(b)
        if awal == kata:
            return True
    return bagian[0] in utuh and kata == {w for b in utuh for w in b} and \
        all(not (set(b) & kata) or b in utuh for b in bagian)


def _penuh(nama: str) -> tuple[int, int]:
    """How fully an office's name is written: its content words once abbreviations are written out, then the fewer
    abbreviations the fuller (``DINAS KESEHATAN`` over ``DINKES KABUPATEN MAGETAN``).

    >>> _penuh("DINAS KESEHATAN") > _penuh("DINKES KABUPATEN MAGETAN"), _penuh("BADAN KEPEGAWAIAN DAERAH") > _penuh("BKD")
    (True, True)
    """
    return len(kata_kantor(nama)), -sum(w.lower() in SINGKATAN_KANTOR for w in re.findall(r"\w+", nama))


def _lebih_penuh(nama: str, lain: str) -> bool:
    """Whether ``nama`` names one office more fully than ``lain`` (the same office named twice, ``_satu_kantor``):
    a written-out name over one in short forms only (``names.hanya_singkatan``, REV-AL AL1: ``DINKOP UKM`` writes
    out to more words than ``DINAS KOPERASI DAN USAHA MIKRO``), then ``_penuh``.

    >>> _lebih_penuh("DINAS KOPERASI DAN USAHA MIKRO", "DINKOP UKM"), _lebih_penuh("DINKES", "DINAS KESEHATAN")
    (True, False)
    """
    return (not hanya_singkatan(nama, lain), _penuh(nama)) > (not hanya_singkatan(lain, nama), _penuh(lain))


def _di_bawah(lines: list[str], atas: int | None, i: int) -> bool:
    """Whether line ``i`` comes right below line ``atas`` (blank lines between only): the title page's
    office lines one below the other, a parent office above its unit's.

    >>> _di_bawah(["**DINAS KESEHATAN**", "", "**UPT X**"], 0, 2), _di_bawah(["**A**", "Jl. Pahlawan", "**B**"], 0, 2)
    (True, False)
    """
    return atas is not None and atas < i and not any(lines[atas + 1:i])


def _bersambung(value: str, berikut: re.Match | None) -> str:
    """A title page's office line joined with the next title line (``berikut``, its match: after a bold
    line the next bold line, after a capitals line the next capitals line) when that continues it: the line ends with
    a comma, a ``/`` (which cuts a name as a comma does, REV-AV AV4), ``DAN``, ``SERTA`` or ``&`` (no name ends so: whatever the next one begins with, an office's word too,
    ``SATUAN POLISI PAMONG PRAJA DAN`` / ``DINAS PEMADAM KEBAKARAN``, REV-AJ KJ4), or the next one begins with
    ``DAN``, ``SERTA`` or ``&``, and the next one is no pemda line or non-title line (``_bukan_judul``).

    >>> _bersambung("DINAS KOPERASI, USAHA KECIL", _TEBAL.match("**DAN MENENGAH**  "))
    'DINAS KOPERASI, USAHA KECIL DAN MENENGAH'
    >>> _bersambung("DINAS KESEHATAN /", _BARIS_JUDUL.match("PENGENDALIAN PENDUDUK DAN KB"))
    'DINAS KESEHATAN / PENGENDALIAN PENDUDUK DAN KB'
    >>> _bersambung("DINAS KESEHATAN /", _TEBAL.match("**UPTD PUSKESMAS PLAOSAN**"))
    'DINAS KESEHATAN /'
    >>> _bersambung("SATUAN POLISI PAMONG PRAJA DAN", _TEBAL.match("**DINAS PEMADAM KEBAKARAN**"))
    'SATUAN POLISI PAMONG PRAJA DAN DINAS PEMADAM KEBAKARAN'
    >>> _bersambung("DINAS KESEHATAN", _TEBAL.match("**DINAS KOPERASI**")), _bersambung("DINAS SOSIAL", None)
    ('DINAS KESEHATAN', 'DINAS SOSIAL')
    """
    nxt = berikut.group(1).strip() if berikut else ""
    # after a ``/`` a unit, a place, a part of an office or an address below its office is no part of its name
    # (``DINAS KESEHATAN /`` over ``UPTD PUSKESMAS ...``: the unit is the document's, REV-AX AX1)
    garis = value.rstrip().endswith("/") and bool(_UNIT.match(nxt) or _LOKASI.match(nxt) or _BAGIAN.match(nxt)
                                                  or _ALAMAT.match(nxt) or _JUDUL_RENJA.match(nxt))
    if nxt and not garis and (_SAMBUNG_AKHIR.search(value) or _SAMBUNG.match(nxt)) \
            and not (_PEMDA.match(nxt) or _bukan_judul(nxt)):
        return f"{value} {nxt}"
    return value


_TAHUN = re.compile(r"\b(20\d\d)\b")
#: A quarter named: ``Triwulan II``, ``TW.3``, ``Triwulan-III``, ``Triwulan ke-3``, ``Tribulan Ketiga``.
_TRIWULAN = re.compile(r"(?i)\b(?:triwulan|tribulan|tw)\s*[.\-\u2013]?\s*(?:ke\s*-?\s*)?"
                       r"(IV|I{1,3}|[1-4]|pertama|satu|dua|tiga|empat)\b")
_ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4, "PERTAMA": 1, "SATU": 1, "DUA": 2, "TIGA": 3, "EMPAT": 4}


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
    >>> list(triwulan_disebut(["## S.D. TRIWULAN KE-3", "**s.d. Triwulan-III**", "## Triwulan Ketiga",
    ...                        "## TW. IV", "## Triwulan Ini", "## TW 2024"]))
    [(1, 3), (2, 3), (3, 3), (4, 4)]
    """
    # the filled lines without tabs only (C-level passes over the list); the others are never captions
    for number in compress(range(1, len(lines) + 1),
                           map(and_, map(bool, lines), map(not_, map(contains, lines, repeat("\t"))))):
        text = lines[number - 1].strip()
        if not _STRUCTURAL.match(text) and not text.startswith("**"):
            continue
        m = _TRIWULAN.search(text)
        if m:
            yield number, _nomor_triwulan(m)


def _nomor_triwulan(m: re.Match) -> int:
    """The quarter a ``_TRIWULAN`` match names: ``III``, ``3`` or ``Ketiga`` is 3."""
    token = m.group(1).upper()
    return _ROMAWI.get(token) or int(token)


def triwulan_judul_kolom(tables: dict) -> int | None:
    """The quarter the realisation column captions of the evaluation tables name ("Realisasi
    ... (TW II)", "Realisasi ... s.d. TW III"): Tabel 2.2's, else 2.1's; None when neither names
    one, or a table's realisation captions name several (the quarterly columns of a form, "Realisasi
    Triwulan I" beside "Realisasi Triwulan II": which is the evaluation's, the captions do not
    say). Captions of other columns are not read: a target "s.d. TW IV" is no evaluation quarter.

    >>> from renja_analysis.sources.base import TableBlock
    >>> def blok(*captions):
    ...     return {"tabel_2_2": TableBlock(kind="tabel_2_2", header=[list(captions)], header_line=5)}
    >>> triwulan_judul_kolom(blok("Program", "Realisasi s.d. TW III", "")), triwulan_judul_kolom({})
    (3, None)
    >>> triwulan_judul_kolom(blok("Target (Tahun 2024, s.d. TW IV)", "Realisasi (TW II)"))
    2
    >>> triwulan_judul_kolom(blok("Realisasi Triwulan I", "Realisasi Triwulan II")) is None
    True
    """
    def baca(cell: str) -> int | None:
        m = _TRIWULAN.search(cell) if "realisasi" in cell.lower() else None
        return _nomor_triwulan(m) if m else None
    return _dari_judul(tables, baca)


def _dari_judul(tables: dict, baca) -> int | None:
    """The one value the column captions of Tabel 2.2, else 2.1, give by ``baca`` (a caption
    -> its value or None): None when neither table's captions give one, or a table's give
    several (which is meant, the captions do not say)."""
    for kind in ("tabel_2_2", "tabel_2_1"):
        block = tables.get(kind)
        found = {v for row in (block.header if block else []) for c in row if c for v in [baca(c)] if v is not None}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


#: The end year a Renstra target column names: "Target Renstra ... pada Tahun 2026",
#: "Target Akhir Renstra (2026)", "Target Renstra Tahun 2026".
_RENSTRA_TAHUN = re.compile(r"(?i)\btarget\b[^\t]*?\brenstra\b[^\t]*?\b(20\d\d)\b")


def tahun_akhir_renstra(tables: dict) -> int | None:
    """The end year of the Renstra period the target column captions of the evaluation tables
    name ("Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra ...)"):
    Tabel 2.2's, else 2.1's; None when neither names one, or a table's names several
    (which is the end, the captions do not say). Captions of realisation columns are not
    read: "Realisasi ... Renstra s/d tahun 2024" is no end year.

    >>> from renja_analysis.sources.base import TableBlock
    >>> def blok(*captions):
    ...     return {"tabel_2_2": TableBlock(kind="tabel_2_2", header=[list(captions)], header_line=5)}
    >>> tahun_akhir_renstra(blok("Program", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode)",
    ...                          "Realisasi Renstra s/d tahun 2024"))
    2026
    >>> tahun_akhir_renstra(blok("Target Akhir Renstra", "Target (Tahun 2025)")) is None, tahun_akhir_renstra({})
    (True, None)
    """
    def baca(cell: str) -> int | None:
        m = _RENSTRA_TAHUN.search(cell) if "realisasi" not in cell.lower() else None
        return int(m.group(1)) if m else None
    return _dari_judul(tables, baca)


def decode(path: Path, data: bytes, jenis: str = "teks hasil ekstraksi PDF") -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an error
    naming the first line that is not UTF-8 and what the file was expected to be
    (``jenis``: a Renja document's text, a SIPD export)."""
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
            expected=f"{jenis} (UTF-8); simpan ulang berkas sebagai UTF-8",
            found=data[exc.start: exc.start + 8].hex(" ")) from None


#: The control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) except tab,
#: surrogates and the non-characters U+FFFE and U+FFFF (no XML file can hold them), and the
#: bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): invisible,
#: they turn the text after them around wherever it is shown ("Rp160.000.000" read backwards).
_KENDALI = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
#: ``_KENDALI`` without the line ends (CR, LF), searched in the whole text: a line holds no line end.
_KENDALI_TEKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
#: The characters of ``_KENDALI_TEKS`` an ASCII text can hold.
_KENDALI_ASCII = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))


def _ada_kendali(text: str) -> bool:
    r"""Whether a text holds a control character of ``_KENDALI_TEKS`` (line ends aside). An ASCII
    text is searched for each of its 30 possible characters on its own (a scan for one character
    is several times faster than the regular expression's scan for a class); any other text by
    the regular expression.

    >>> _ada_kendali("a\tb\r\nc"), _ada_kendali("a\x1fb"), _ada_kendali("\u00e9\x85"), _ada_kendali("\u00e9")
    (False, True, True, False)
    """
    if text.isascii():
        return any(c in text for c in _KENDALI_ASCII)
    return _KENDALI_TEKS.search(text) is not None


def _control_chars(text: str) -> list[str]:
    r"""The control characters of a line (tab excepted), sorted.

    >>> _control_chars("a\tb\x00c\x1b\x9f"), _control_chars("biasa")
    (['\x00', '\x1b', '\x9f'], [])
    >>> _control_chars("PROGRAM \u202eABC")
    ['\u202e']
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
    return read_lines(path, *split_lines(path, data))


def split_lines(path: Path, data: bytes) -> tuple[list[str], bool]:
    r"""The lines of a text's bytes (``decode``; CR LF and CR end a line too), and whether the
    text holds a control character (line ends aside). The decoded text is not kept: only
    its lines (a caller that drops ``data`` then holds the text once).

    >>> split_lines(Path("x.md"), b"a\r\nb\rc\x00\n")
    (['a', 'b', 'c\x00', ''], True)
    """
    return split_text(decode(path, data))


def split_text(text: str) -> tuple[list[str], bool]:
    r"""The lines of a decoded text (CR LF and CR end a line too), and whether the text holds a
    control character (line ends aside): ``split_lines`` after ``decode``, for a caller that
    drops the bytes before the text is split (the bytes, the text and its lines are then never
    held at once).

    >>> split_text("a\r\nb\rc\x00\n")
    (['a', 'b', 'c\x00', ''], True)
    """
    control = _ada_kendali(text)
    if "\r" in text:                   # most texts end their lines with LF only: no copy
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n"), control


def read_lines(path: Path, lines: list[str], control: bool = True) -> SourceText:
    """Read the lines of a PDF-extracted Renja text (``split_lines``) into a ``SourceText``;
    ``control``: whether a line may hold a control character (False skips the search).

    The lines are released when the reader is done (``SourceText.lines`` is then empty): the
    rows carry their cells and line numbers, and nothing after reading reads the text. The line
    of each data row is released as soon as its row is built (``lines[i]`` becomes ``""``): what
    the text says of itself (title, period, the quarters its captions name) is read first.
    """
    src = SourceText(path=path, lines=lines, tables={})
    # one search over the whole text first (``split_lines``): most texts hold no control character
    for i, line in enumerate(lines if control else ()):
        bad = _control_chars(line)
        if bad:
            lines[i] = "".join(c for c in line if c not in bad)
            codes = ", ".join(f"U+{ord(c):04X}" for c in bad)
            src.finding("karakter_kendali", "peringatan", "dokumen", i + 1,
                        f"Baris ini memuat karakter kendali ({codes}) yang tidak tampak; karakter "
                        "itu dibuang sebelum baris dibaca.", nama=clean_text(lines[i])[:200] or None)
    src.identitas = identitas(lines)
    src.periode = periode(lines)
    disebut = list(triwulan_disebut(lines))     # captions and headings: lines without tabs, never released
    head = lines[:60]                           # the title page (``_jenis_dari_tabel``)
    src.tables = split_tables(lines, src, release=True)
    _jenis_dari_tabel(src, head)
    lain = [(n, tw) for n, tw in disebut if tw != src.periode.get("triwulan")]
    if disebut and lain:
        (n0, tw0), (n1, tw1) = disebut[0], lain[0]
        src.finding("periode_tidak_konsisten", "peringatan", "dokumen", n1,
                    f"Judul atau keterangan tabel menyebut triwulan {tw0} (baris {n0}) dan triwulan {tw1} "
                    f"(baris {n1}); evaluasi dibaca sebagai s.d. triwulan {tw0}, harapan triwulan mengikutinya.",
                    nama=clean_text(lines[n1 - 1])[:200], kolom="triwulan", dokumen=tw1, hitung=tw0)
    if "tabel_2_2" not in src.tables:
        raise TanpaTabel22(
            path, "bukan dokumen Renja: Tabel 2.2 (Hasil Evaluasi Renja s.d. TW) tidak ditemukan",
            expected="judul tabel yang kolom pertamanya Program/Kegiatan dan memuat indikator, "
                     "target, realisasi, capaian serta keterangan atau solusi")
    src.lines = []          # released: nothing after reading reads the text (rows carry their cells)
    return src


#: Header words of section 3 that only a Renja Perubahan prints (P-APBD, APBD 2024, RKPD PERUBAHAN,
#: targets before and after the change).
_KOLOM_PERUBAHAN = {"tabel_3_2": ("apbd", "perubahan"), "tabel_3_3": ("apbd", "perubahan", "sebelum", "sesudah")}


def kolom_perubahan(src: SourceText) -> tuple[str, int, str] | None:
    """The first header cell of section 3 that names a column only a Renja Perubahan has
    (``Rancangan Awal P-APBD``, ``APBD 2024``, ``RKPD PERUBAHAN 2024``, ``SEBELUM``/``SESUDAH``):
    (table label, line, caption), or None (a Renja murni's 3.2 reviews the draft RKPD, its 3.3
    gives one target and one pagu).

    >>> from pathlib import Path
    >>> from renja_analysis.sources.base import TableBlock
    >>> b = TableBlock(kind="tabel_3_2", header=[["No", "Rancangan Awal P-APBD"]], header_line=7)
    >>> kolom_perubahan(SourceText(path=Path("x.md"), lines=[], tables={"tabel_3_2": b}))
    ('Tabel 3.2 (Review P-RKPD)', 7, 'Rancangan Awal P-APBD')
    """
    for kind, words in _KOLOM_PERUBAHAN.items():
        block = src.tables.get(kind)
        for k, row in enumerate(block.header if block else []):
            for cell in row:
                if set(re.findall(r"[a-z]+", cell.lower())) & set(words):
                    return block.label, block.header_line + k, cell    # type: ignore[union-attr]
    return None


def _jenis_dari_tabel(src: SourceText, head: list[str]) -> None:
    """A title without ``PERUBAHAN`` over section 3 tables with P-APBD columns is reported
    (``periode_tidak_konsisten``): ``periode`` keeps the kind the title states, the analysis
    follows the tables (``load``: a reallocation is computed where they hold one). ``head``: the
    first lines of the text, where the title stands."""
    found = kolom_perubahan(src)
    if found is None or src.periode.get("jenis") != "Renja":
        return
    label, line, cell = found
    judul = src.identitas.get("judul", "")
    at = next((i + 1 for i, ln in enumerate(head) if _JUDUL.match(ln.strip())), None)
    src.finding("periode_tidak_konsisten", "peringatan", "dokumen", at,
                f"Judul dokumen \u201c{judul}\u201d tidak menyebut Perubahan, tetapi {label} memuat kolom "
                f"Renja Perubahan (baris {line}: \u201c{clean_text(cell)[:80]}\u201d, kolom P-APBD); tabelnya "
                "dibaca sebagaimana adanya dan pergeseran APBD ke P-APBD dihitung. Periksa judul atau jenis "
                "dokumennya.",
                nama=judul[:200] or None, kolom="jenis_dokumen")


#: The longest text ``_FOOTER`` matches in a line of clean cells joined by one space (each ``\s*``
#: then matches one character at most): "- halaman 1234 dari 1234 -" and its spaces.
_FOOTER_LONGEST = 28
#: The first letters of a line (its first word when the line holds letters first), after what
#: is neither a letter, a digit, ``%`` nor a tab.
_FIRST_LETTERS = re.compile(r"[^A-Za-z0-9%\t]*([A-Za-z]*)")
#: A match's first group (the first letters ``_FIRST_LETTERS`` finds: it matches every text).
_group_1 = itemgetter(1)


def _may_start_header(clean: str) -> bool:
    r"""False when the clean line ``clean`` cannot start a header block: its first cell's first
    word (``headers.first_concept``) names no first column. Decided from the line at once for
    an ASCII line without ``<`` (cleaning and lower case then change no word); True (try it)
    otherwise, and for a first word ``Nama`` (the second word decides).

    >>> _may_start_header("Program, Kegiatan\tIndikator"), _may_start_header("Pengadaan Alat\t12")
    (True, False)
    >>> _may_start_header("1\tProgram"), _may_start_header("\u00a0Nama\tX"), _may_start_header("\tNo")
    (False, True, False)
    """
    if not clean.isascii() or "<" in clean:
        return True
    m = _FIRST_LETTERS.match(clean)
    return _word_may_start(m.group(1) if m else "")


def _word_may_start(word: str) -> bool:
    """Whether the first letters ``word`` of an ASCII line (``_FIRST_LETTERS``) may start a header:
    they name a first column (``headers._FIRST``) or are the leading ``Nama``; an empty word (a
    digit, ``%`` or no letter before the first tab) names no concept.

    >>> _word_may_start("PROGRAM"), _word_may_start("Nama"), _word_may_start("Pengadaan"), _word_may_start("")
    (True, True, False, False)
    """
    word = word.lower()
    if not word:
        return False
    return word in headers._LEADING or headers.word_concept(word) in headers._FIRST


def _looks_like_data(cells: list[str]) -> bool:
    return sum(1 for c in cells if c) >= 2 and len(cells) >= 4 and any(is_number(c) for c in cells)


class _Splitter:
    """The line-by-line state of ``split_tables`` (one table region at a time)."""

    def __init__(self, lines: list[str], src: SourceText | None, release: bool = False):
        self.lines = lines
        #: release the line of each data row once its row is built (``split_tables``)
        self.release = release
        # a line that cleaning leaves as it is (most) is kept once, not twice: the same string;
        # cleaned a block of lines at a time (the whole text cleaned at once is copied several times)
        self.clean: list[str] = _cleaned(lines)
        #: every cell text of the rows, held once (a document repeats its units, numbers and names):
        #: ``setdefault(text, text)`` gives the one string held for ``text``
        self._cell = {"": ""}.setdefault
        self.src = src
        self.tables: dict[str, TableBlock] = {}
        self.current: TableBlock | None = None
        #: a structural line was seen: only a header of the same table resumes the region
        self.closed = False
        #: (line, 'blank' | 'footer' | 'prose' | 'structural' | 'wrap' | 'nama')
        self.pending: list[tuple[int, str]] = []
        self.orphans: list[tuple[int, list[str]]] = []
        #: the last data row of the open table, and the last line that belongs to it (the row, or
        #: a continuation of it): a continuation must come directly under it
        self.last_row: Row | None = None
        self.last_content = 0
        #: continuation lines without tabs waiting for the table to go on: line -> (row, cells)
        self.wraps: dict[int, tuple[Row, list[int]]] = {}
        #: names on a line of their own above a row whose name cell is empty (``_name_above``):
        #: line -> (raw text, clean text)
        self.names: dict[int, tuple[str, str]] = {}
        #: the recognised headers met (``header_block``), by clean text: their first lines, their
        #: continuation lines, and the kind of each block of such lines
        self._first_lines: set[str] = set()
        self._continuations: set[str] = set()
        self._kinds: dict[tuple, str] = {}
        #: per table: how many of its rows were looked at, and the first words of their indicators
        #: (``_starts_indicator``)
        self._indicator_starts: dict[str, tuple[int, set[str]]] = {}
        # every line classified at once (C-level passes over the whole list, no Python per line):
        # ``may_start``: the lines that may start a header (``_may_start_header``); ``sparse``: the
        # lines without four filled cells; ``slow``: the lines the walk reads one by one, every
        # other line is a plain data row (``_rows``)
        clean, every = self.clean, range(len(lines))
        four_at, tab_at, digit_at, ascii_at, word_at = _classified(clean)
        sparse = np.flatnonzero(~four_at).tolist()
        self.may_start = set(np.flatnonzero(word_at | ~ascii_at).tolist())
        self.may_start.update(compress(every, map(contains, clean, repeat("<"))))
        #: running page headers and footers (0-based lines)
        self.furniture = running_lines(lines, clean, self._starts_header, sparse)
        # a line of one to three filled cells that holds a digit before the note columns (a row of a
        # pagu only: a number is never a wrapped name, indicator or unit, ``_continues``) is a data row
        # like the others; a line of four filled cells or more that holds none there (the cells of a
        # row wrapped at once, each in its own column) is read alone
        slow = set(np.flatnonzero(np.where(four_at, ~digit_at, ~(tab_at & digit_at))).tolist())
        slow.update(self.furniture)
        # a line that may start a header but holds data (``headers._holds_data``: a number of three
        # digits or more, mostly a row whose first word names a level, ``PROGRAM ...``) starts none
        # (``header_block``): only the others are read alone
        # (asked once per distinct text: a header repeats on every page)
        data = {t for t in {clean[i] for i in self.may_start} if headers.holds_data_line(t)}
        slow.update([i for i in self.may_start if clean[i] not in data])
        #: the lines read one by one, in order, and the end of the text (``_rows`` reads the others,
        #: but for a line as short as a page footer)
        self.slow = sorted(slow)
        self.slow.append(len(lines))

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
            if kind == "wrap":
                row, ks = self.wraps.pop(number)
                self._join(row, number, self.lines[number - 1].split("\t"), ks)
                continue
            if kind == "nama":              # not followed by its row after all: a line set aside
                self.names.pop(number)
                kind = "prose"
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
        self.wraps = {}
        self.names = {}
        self.last_row = None

    # -- continuation lines ----------------------------------------------------------------
    def _continues(self, number: int, raw: list[str], cells: list[str], page: bool = False) -> list[int] | None:
        """The cells of line ``number`` that continue the row above it (``WRAP``), or None.
        ``page``: a page break between them (``_page_between``) does not part them: the cells may
        continue the row from the foot of the page before (asked by ``_name_above``, which then
        takes the line for no row's name; a line after a page break is never joined as a wrap)."""
        block, row = self.current, self.last_row
        if block is None or row is None or (self.last_content != number - 1
                                            and not (page and self._page_between(number))):
            return None
        cols = WRAP.get(block.kind)
        if not cols or any(cells[_LAST_WRAP[block.kind] + 1:]):     # a data row holds cells further right
            return None
        filled = [k for k, c in enumerate(cells) if c]
        if not filled or any(k not in cols for k in filled):
            return None
        if len(filled) > 1 and block.kind not in _ANY_TOGETHER and (len(filled) > 2 or tuple(filled) not in _MIRRORED):
            return None
        above = row.cells
        for k in filled:
            text = cells[k]
            if k >= len(above) or not above[k] or (cols[k] not in _NOTES and _DIGIT.search(text)):
                return None
            if cols[k] == "nama" and _LEVEL_WORD.match(text):
                return None
            if ("<b>" in raw[k].lower()) != ("<b>" in row.raw[k].lower()):
                return None
        if 0 in filled and 1 in filled and block.kind in _ANY_TOGETHER and not _cut_off(
                [cells[k] for k in filled], [above[k] for k in filled]) and self._starts_indicator(block, cells[1]):
            return None     # a name and an indicator that each start afresh: a row without numbers
        if 0 in filled and any(cols[k] == "satuan" and cells[k] == above[k] for k in filled):
            return None     # a name with its unit written whole again: a row of its own (a wrapped unit is its rest)
        return filled

    def _page_between(self, number: int) -> bool:
        """Whether the lines between the open table's last content (``last_content``) and line
        ``number`` are a page break and nothing else: the table's header repeated or a page footer
        (a running page header or footer, a page number, the caption repeated) among them, every
        other line blank. A text cut at the foot of a page may go on under such lines.

        >>> h = "Program\\tIndikator\\tTarget\\tRealisasi\\tCapaian\\tKet."
        >>> s = _Splitter([h, "A\\tB\\t1\\t2\\t3\\t", "", "- 2 -", h, "C", "\\tD\\t4\\t5\\t6\\t"], None)
        >>> kind, rows, count = s.header_block(0)
        >>> s.start_header(kind, rows, 1, count)
        >>> s.last_content = 2                  # the row of line 2 read
        >>> s._page_between(3), s._page_break(2), s._page_between(6)
        (False, 5, True)
        """
        block = self.current
        first = self.last_content + 1
        if block is None or first >= number:
            return False
        span = number - first                   # the lines between, each recorded once at most

        def within(lines):
            return {n for n in lines if first <= n < number}

        breaks = within(block.header_lines[bisect_left(block.header_lines, first):])
        breaks |= within(n for n, _ in block.footers[-span:])
        breaks |= within(n for n, kind in self.pending if kind == "footer")
        blanks = within(block.blank_lines[-span:]) | within(n for n, kind in self.pending if kind == "blank")
        return bool(breaks) and len(breaks | blanks) == span

    def _starts_indicator(self, block: TableBlock, text: str) -> bool:
        """Whether ``text`` begins as an indicator does: its first word is a measure word
        (``_INDICATOR_WORDS``) or the first word of an indicator of a row of ``block`` read so far
        (remembered per table, each row looked at once)."""
        word = _first_word(text)
        if word in _INDICATOR_WORDS:
            return True
        seen, words = self._indicator_starts.get(block.kind, (0, set()))
        rows = block.rows
        if seen < len(rows):
            words = words | {_first_word(r.cells[1]) for r in rows[seen:] if len(r.cells) > 1}
            self._indicator_starts[block.kind] = (len(rows), words)
        return word in words

    def _join(self, row: Row, number: int, raw: list[str], ks: list[int]) -> None:
        """Append the continuation cells ``ks`` of line ``number`` to ``row``, with a finding."""
        block = self.current
        assert block is not None, "a continuation belongs to an open table"
        if row.clean is row.raw:
            row.clean = row.raw.copy()          # one list for both until they differ
        cells = row.cells
        for k in ks:
            row.raw[k] = f"{row.raw[k].rstrip()} {raw[k].strip()}"
            cells[k] = f"{cells[k]} {clean_text(raw[k])}"
        block.sambungan.append((number, row.line))
        first: dict[str, int] = {}          # each column name and its first cell (3.2: one of a mirrored pair)
        for k in ks:
            first.setdefault(_wrapped_column(block.kind, row, k, block.header), k)
        names = list(first)
        kolom = names[0]
        teks = cells[ks[0]]
        # a note's text may hold digits (``_NOTES``): then the line holds no number in a number column
        angka = "tanpa angka di kolom angka" if any(_DIGIT.search(raw[k]) for k in ks) else "tanpa angka"
        if len(names) == 1:
            self._finding(
                "baris_sambungan", "info", block.label, row.line,
                f"Baris {number} hanya memuat teks di kolom {kolom}, {angka}: sambungan {kolom} baris {row.line} "
                f"di atasnya (teks yang terbungkus ke baris sendiri); digabung menjadi \u201c{teks[:160]}\u201d.",
                nama=(cells[_name_column(block.kind, row)] or teks)[:200], kolom=kolom, pembanding=number)
            return
        # several cells wrapped at once: each piece in its own column, nothing in a number column
        both = daftar(names)
        joined = daftar([f"{name} \u201c{cells[k][:120]}\u201d" for name, k in first.items()])
        row_of_its_own = (f" Bila baris {number} sebenarnya baris tersendiri yang belum berisi angka, periksa "
                          "dokumen aslinya." if "nama" in names else "")
        self._finding(
            "baris_sambungan", "info", block.label, row.line,
            f"Baris {number} hanya memuat teks di kolom {both}, {angka}: sambungan {both} baris {row.line} "
            f"di atasnya (teks tiap sel yang terbungkus ke baris sendiri); digabung menjadi {joined}."
            f"{row_of_its_own}",
            nama=(cells[_name_column(block.kind, row)] or teks)[:200], kolom=kolom, pembanding=number)

    def _name_above(self, number: int, raw: list[str], cells: list[str]) -> bool:
        """Whether line ``number``, its only text in the first cell (a line without tabs, or tabs
        around one filled cell) and no digit in it (a year, a page, a date is never a name here),
        is the name of the row right below it, printed on a line of its own above the row's cells
        (Tabel 2.1 and 2.2): the next line is a row of the open table whose name cell is empty,
        that fills a number column (a digit in a column ``WRAP`` does not name), and whose first
        filled cell is as bold as the line; and the line is no continuation of the row above
        (``_continues``: another style, a level word, a blank line or prose between; a page break
        between them, ``_page_between``, does not part them: a name cut at the foot of a page goes
        on under the repeated header). A line that may continue the row above is read so, as
        before: the row below may then be a second indicator of that row (its name cell left
        empty), which no reader can tell from a row whose name was printed above it; the row below
        is refused for its empty name.
        When it is, the line is pending as ``nama`` until its row comes (``_cell_above``).
        """
        block = self.current
        if block is None or block.kind not in _ANY_TOGETHER or number >= len(self.lines) \
                or number in self.furniture or _DIGIT.search(cells[0]):
            return False
        below = self.clean[number]                  # the next line (0-based ``number``)
        if not below.startswith("\t") or not _DIGIT_BEFORE_NOTES.match(below):
            return False
        text_columns = WRAP[block.kind]
        if not any(k not in text_columns and _DIGIT.search(c) for k, c in enumerate(below.split("\t"))):
            return False                            # no number column filled: no row of numbers
        first = next((c for c in self.lines[number].split("\t") if clean_text(c)), "")
        if ("<b>" in raw[0].lower()) != ("<b>" in first.lower()):
            return False
        if self._continues(number, raw, cells, page=True) is not None:
            return False                            # the rest of the name above, or this row's: unknown
        self.names[number] = (raw[0], cells[0])
        self.pending.append((number, "nama"))
        return True

    def _cell_above(self, number: int, raw: list[str], cells: list[str]) -> tuple[list[str], list[str]]:
        """The cells of row ``number``, whose first cell is empty, with that cell taken from the
        pending line right above it when the line holds it: a name (Tabel 2.1, 2.2: ``_name_above``)
        or a 3.2 row's No. printed on a line of its own (a bare number, read as a page footer,
        that is the next number of the table's numbering: the No. of its last numbered row plus
        one). The line is then no longer pending; it is a continuation of the row (``sambungan``),
        with a finding ``baris_sambungan`` naming both lines. Other rows: their cells unchanged.
        """
        block = self.current
        assert block is not None, "a row belongs to an open table"
        above, kind = self.pending[-1]
        if above != number - 1:
            return raw, cells
        if kind == "nama":
            text_raw, text = self.names.pop(above)
            what = "nama"
            pesan = (f"Baris {above} hanya memuat nama, tepat di atas baris {number} yang sel namanya kosong: "
                     f"nama itu milik baris {number} (tercetak di baris sendiri di atas sel-selnya); digabung "
                     f"menjadi \u201c{text[:160]}\u201d.")
        elif kind == "footer" and block.kind == "tabel_3_2" and len(cells) > 1 and cells[1] \
                and not cells[1].upper().startswith("URUSAN") \
                and _NOMOR.fullmatch(text := clean_text(self.clean[above - 1].replace("\t", " "))):
            numbered = (r.cells[0] for r in reversed(block.rows) if r.cells and r.cells[0].isdigit())
            before = int(next(numbered, "0"))
            if int(text) != before + 1:
                return raw, cells
            text_raw, what = text, "No"
            pesan = (f"Baris {above} hanya memuat angka {text}, tepat di atas baris {number} yang sel No-nya "
                     f"kosong: {text} adalah nomor urut berikutnya (nomor sebelumnya {before}), sehingga dibaca "
                     f"sebagai No baris {number} yang tercetak di baris sendiri, bukan nomor halaman.")
        else:
            return raw, cells
        self.pending.pop()
        cells = cells.copy() if cells is raw else cells     # one list for both until they differ
        raw[0], cells[0] = self._cell(text_raw, text_raw), self._cell(text, text)
        block.sambungan.append((above, number))
        self._finding("baris_sambungan", "info", block.label, number, pesan,
                      nama=(cells[_name_column(block.kind, Row(number, raw, 0, None, cells))] or text)[:200],
                      kolom=what.lower(), pembanding=above)
        return raw, cells

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
    def _starts_header(self, i: int) -> bool:
        return "\t" in self.lines[i] and i in self.may_start and self.header_block(i)[0] is not None

    def header_block(self, start: int, first: list[str] | None = None) -> tuple[str | None, list[list[str]], int]:
        """Recognise a header block at 0-based line ``start``: kind, header rows (none when it is
        not one), line count. ``first``: the line's clean cells, when already split.

        A table repeats its header lines on every page: the answers for a header's lines are
        remembered by their text (the first lines that name a first column, the continuation
        lines, the kind of each block), so that a repeated header is neither split nor read again.
        Only the lines of recognised headers are remembered (a line that is none, mostly a data row
        with a text of its own, is not kept)."""
        clean = self.clean
        text = clean[start]
        if text not in self._first_lines:
            first = text.split("\t") if first is None else first
            # a line that holds data first (``first_concept`` asks it second, and is then asked only
            # its first test): the lines tried are mostly rows whose first word names a level
            # (``PROGRAM ...``, ``Kegiatan ...``)
            if headers.holds_data_line(text) or headers._first_cell_concept(first[0]) is None:
                return None, [], 0
        k = self._header_end(start)
        texts = tuple(clean[start:k])
        kind = self._kinds.get(texts) or headers.classify([t.split("\t") for t in texts])
        if kind is None:
            return None, [], 0
        if texts not in self._kinds:
            self._kinds[texts] = kind
            self._first_lines.add(text)
            self._continuations.update(texts[1:])
        rows = [t.split("\t") for t in texts]
        if first is not None:
            rows[0] = first
        return kind, rows, k - start

    def _header_end(self, start: int) -> int:
        """The 0-based line after the header block that starts at line ``start``: its continuation
        lines follow it (remembered, or ``headers.is_continuation``)."""
        clean, lines, continuations = self.clean, self.lines, self._continuations
        k = start + 1
        while k < len(lines) and "\t" in lines[k]:
            if clean[k] not in continuations and not headers.is_continuation(clean[k].split("\t")):
                break
            k += 1
        return k

    @staticmethod
    def _new_segment(block: TableBlock, width: int, number: int, count: int) -> None:
        """A new page segment of ``block``: its header of ``width`` cells, at 1-based lines
        ``number`` to ``number + count - 1``."""
        block.segments += 1
        block.widths[block.segments] = width
        block.header_lines.extend(range(number, number + count))
        block.last_line = number + count - 1

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
        self._new_segment(block, max(len(r) for r in rows), number, count)
        self.current = block

    def run(self) -> dict[str, TableBlock]:
        i = 0
        # the attributes read on every line, looked up once
        lines, clean_of, furniture, release = self.lines, self.clean, self.furniture, self.release
        slow, may_start = self.slow, self.may_start
        while i < len(lines):
            # plain data rows up to the next line read alone (``slow``), in bulk
            if self.current is not None and not self.pending and not self.closed:
                if (end := slow[bisect_left(slow, i)]) > i and (end := self._rows(i, end)) > i:
                    i = end
                    continue
                if (end := self._page_break(i)) > i:      # a page break inside the table, at once
                    i = end
                    continue
            number, line = i + 1, lines[i]
            if "\t" not in line:
                self._plain(number, line)
                i += 1
                continue
            clean = clean_of[i]
            raw, cells = self._split(line, clean)
            if not any(cells):
                self._plain(number, line)
                i += 1
                continue
            if i in furniture:
                if self.current is not None:
                    self.pending.append((number, "footer"))      # a running page header or footer
                i += 1
                continue
            kind, rows, count = self.header_block(i, cells) if i in may_start else (None, [], 0)
            if kind is not None:
                self.start_header(kind, rows, number, count)
                i += count
                continue
            # a footer's filled cells hold at most 28 characters (``_FOOTER``; clean cells, one space
            # between them): a longer line is not joined and matched
            if self.current is not None and len(clean) - clean.count("\t") <= _FOOTER_LONGEST \
                    and _FOOTER.match(" ".join(c for c in cells if c)):
                self.pending.append((number, "footer"))      # a page number in a cell of its own
                i += 1
                continue
            if cells[0] and cells.count("") == len(cells) - 1 and self._name_above(number, raw, cells):
                i += 1                  # a name on a line of its own above its row (``_name_above``)
                continue
            # more filled cells than a table has text columns never continue a row (``_continues``): not asked
            ks = self._continues(number, raw, cells) if cells.count("") >= len(cells) - _MOST_WRAPPED else None
            if ks is not None and self.last_row is not None:
                self._commit_pending()                           # a wrap without tabs above it first
                self._join(self.last_row, number, raw, ks)
                self.last_content = number
                self.current.last_line = number  # type: ignore[union-attr]  # a continuation has an open table
                i += 1
                continue
            if self.current is not None and self.pending and any(k in ("prose", "wrap", "nama") for _, k in self.pending) \
                    and not _looks_like_data(cells) \
                    and len(cells) != self.current.widths[self.current.segments]:
                self._end_region()      # prose, then a short line of another width: not this table
            if self.current is not None and self.closed and (
                    len(cells) != self.current.widths[self.current.segments] or not _looks_like_data(cells)):
                self._end_region()      # a heading, then no data row of this table's width: another table
            if self.current is None:
                self.orphans.append((number, cells))
            else:
                if self.pending:
                    if not cells[0]:    # its first cell printed on the line above it (``_cell_above``)
                        raw, cells = self._cell_above(number, raw, cells)
                    self._commit_pending()
                else:
                    self.closed = False                  # what ``_commit_pending`` does without lines
                self.last_row = Row(number, raw, self.current.segments, None, cells)
                self.current.rows.append(self.last_row)
                if release:                 # nothing reads a row's line again: its text is in the row's cells
                    lines[i] = clean_of[i] = ""
                self.last_content = number
                self.current.last_line = number
            i += 1
        block = self.current
        if block is not None and not self.closed and not any(k in ("prose", "wrap", "nama") for _, k in self.pending):
            self._finding(
                "dokumen_terpotong", "peringatan", block.label, block.last_line,
                f"Dokumen berakhir di dalam {block.label} (baris {block.last_line}) tanpa teks penutup: "
                "berkas mungkin terpotong; bandingkan jumlah baris dengan dokumen aslinya.")
        self._flush_orphans()
        for block in self.tables.values():
            self._check_pages(block)
        return self.tables

    def _check_pages(self, block: TableBlock) -> None:
        """Page numbers of ``block``'s footers that cannot be their page's, reported as
        ``baris_tidak_terbaca`` (the line is still set aside: a number cut off its row, or a page
        number out of place, only a reader can tell) and no longer used as a page (``lokasi``):

        - a number inside a page outside the numbers of the page breaks around it
          (``halaman_tak_urut``);
        - a bare number (``5``) inside a page directly under a header (blank lines at most
          between): no page number is printed between a table's header and its rows, and a header
          numbers its columns on a line of several numbers (``headers.is_continuation``), so it is
          a cell cut off its row (a row's No. on a line of its own), whatever its value.
        """
        numbered = sorted((line, page) for line, page in block.footers if page is not None)
        if not numbered or not block.header_lines:
            return
        lines = np.array([line for line, _ in numbered], dtype=np.int64)
        rows = np.fromiter(map(attrgetter("line"), block.rows), dtype=np.int64, count=len(block.rows))
        headers = np.sort(np.asarray(block.header_lines, dtype=np.int64))
        end = np.array([np.iinfo(np.int64).max])
        # at a page break: the next header line comes before the next data row (none after: no break)
        next_header = np.concatenate([headers, end])[np.searchsorted(headers, lines, side="right")]
        next_row = np.concatenate([rows, end])[np.searchsorted(rows, lines, side="right")]
        brk = next_header < next_row
        at_break = brk.tolist()
        out = set(halaman_tak_urut([page for _, page in numbered], at_break)) if len(numbered) >= 2 else set()
        # directly under a header: the lines between the header line above it and it are all blank
        above = np.searchsorted(headers, lines) - 1
        header_above = headers[np.maximum(above, 0)]
        blanks = np.sort(np.asarray(block.blank_lines, dtype=np.int64))
        blank_between = np.searchsorted(blanks, lines) - np.searchsorted(blanks, header_above, side="right")
        near = np.flatnonzero((above >= 0) & ~brk & (blank_between == lines - header_above - 1))
        under = {int(k) for k in near if _NOMOR.fullmatch(clean_text(self.clean[numbered[k][0] - 1].replace("\t", " ")))}
        out |= under
        if not out:
            return
        bad = {numbered[k][0] for k in out}
        block.footers = [(line, None if line in bad else page) for line, page in block.footers]
        kept = [f for f, b in zip(numbered, at_break) if b]         # the page breaks' numbers
        for k in sorted(out):
            line, page = numbered[k]
            text = clean_text(self.clean[line - 1].replace("\t", " "))
            if k in under:
                self._finding(
                    "baris_tidak_terbaca", "peringatan", block.label, line,
                    f"Baris \u201c{text}\u201d tepat di bawah judul kolom {block.label} hanya memuat satu angka "
                    "dan disisihkan: angka itu bukan penomoran kolom (yang menomori beberapa kolom) dan bukan "
                    "nomor halaman (nomor halaman tidak tercetak di antara judul kolom dan baris data). Periksa "
                    "apakah angka ini isi sel yang terlepas dari barisnya, misalnya nomor baris yang tercetak "
                    "pada barisnya sendiri.", nama=text[:200])
                continue
            at = bisect_left(kept, (line, page))
            around = [f"sebelumnya halaman {kept[at - 1][1]} di baris {kept[at - 1][0]}"] if at else []
            if at < len(kept):
                around.append(f"sesudahnya halaman {kept[at][1]} di baris {kept[at][0]}")
            self._finding(
                "baris_tidak_terbaca", "peringatan", block.label, line,
                f"Baris \u201c{text}\u201d di dalam {block.label} disisihkan sebagai nomor halaman {page}, "
                f"tetapi nomor itu tidak cocok dengan nomor halaman di pergantian halaman sekitarnya "
                f"({'; '.join(around)}). Periksa apakah angka ini isi sel yang terlepas dari barisnya.",
                nama=text[:200])

    def _page_break(self, start: int) -> int:
        """The usual page break inside the open table, read at once from 0-based line ``start``
        (no pending line, no heading seen): blank lines and page footers without tabs, then the
        table's own header again (a header met before, ``header_block``'s answers). They are
        recorded as the walk records them (``_plain``, ``start_header``): the blank lines, the
        footers set aside with their page numbers, a new segment. Returns the line after the
        header, or ``start`` when the lines are anything else (the walk then reads them).

        >>> h = "Program\\tIndikator\\tTarget\\tRealisasi\\tCapaian\\tKet."
        >>> s = _Splitter([h, "A\\tB\\t1\\t2\\t3\\t", "", "- 2 -", h, "C\\tD\\t4\\t5\\t6\\t"], None)
        >>> kind, rows, count = s.header_block(0)
        >>> s.start_header(kind, rows, 1, count)
        >>> kind, s._page_break(1), s._page_break(2)
        ('tabel_2_2', 1, 5)
        >>> b = s.tables["tabel_2_2"]
        >>> b.blank_lines, b.set_aside, b.footers, b.segments, b.header_lines, b.last_line
        ([3], [4], [(4, 2)], 2, [1, 5], 5)
        """
        lines, clean, furniture = self.lines, self.clean, self.furniture
        blanks: list[int] = []
        footers: list[int] = []
        j, n = start, len(lines)
        while j < n:
            line = lines[j]
            if "\t" in line:
                break
            if j in furniture:
                footers.append(j + 1)                           # a running page header or footer
            elif not line or not clean_text(text := line.strip()):
                blanks.append(j + 1)
            elif _FOOTER.match(text):
                footers.append(j + 1)
            else:
                return start                                    # prose, a caption, a heading: the walk
            j += 1
        if j == n or j in furniture or j not in self.may_start or clean[j] not in self._first_lines:
            return start
        k = self._header_end(j)
        texts = tuple(clean[j:k])
        kind = self._kinds.get(texts)
        block = self.current
        if kind is None or block is None or self.tables.get(kind) is not block:
            return start                # a header not met before, another table's: the walk
        block.blank_lines.extend(blanks)
        block.set_aside.extend(footers)
        block.footers.extend([(number, nomor_halaman(clean[number - 1])) for number in footers])
        self._new_segment(block, max(map(str.count, texts, repeat("\t"))) + 1, j + 1, k - j)
        return k

    def _split(self, line: str, clean: str) -> tuple[list[str], list[str]]:
        """A line's raw and clean cells, each cell the one string held for its text (in place:
        the list keeps split's size). A line that cleaning leaves as it is (``clean is line``)
        gives one list for both (``_join`` copies it before a continuation changes a cell),
        split once and held once."""
        held = self._cell
        raw = line.split("\t")
        raw[:] = map(held, raw, raw)
        if clean is line:
            return raw, raw
        cells = clean.split("\t")
        cells[:] = map(held, cells, cells)
        return raw, cells

    def _rows(self, start: int, end: int) -> int:
        """Lines ``start`` to ``end`` (0-based, ``end`` excluded) as data rows of the open table, with
        no pending line: each holds four filled cells or more (or a digit in fewer: no continuation),
        starts no header and is no running line (``slow``), and is read here as the walk reads a
        data row; up to the first line as short as a page footer (``_FOOTER_LONGEST``), which the
        walk reads. Returns the first line not read."""
        block = self.current
        assert block is not None and not self.pending, "plain rows continue an open table"
        lines, clean_of, split, segment = self.lines, self.clean, self._split, block.segments
        rows: list[Row] = []
        append = rows.append
        for i in range(start, end):
            line = lines[i]
            clean = clean_of[i]
            if len(clean) - line.count("\t") - 1 < _FOOTER_LONGEST:      # clean cells of 28 characters or fewer
                end = i
                break
            raw, cells = split(line, clean)
            append(Row(i + 1, raw, segment, None, cells))
        if not rows:
            return start
        block.rows.extend(rows)
        self.last_row = rows[-1]
        if self.release:
            lines[start:end] = clean_of[start:end] = [""] * (end - start)
        self.last_content = block.last_line = end
        return end

    def _plain(self, number: int, line: str) -> None:
        """A line without tabs (or with empty cells only)."""
        text = line.strip()
        if number - 1 in self.furniture:
            if self.current is not None:
                self.pending.append((number, "footer"))          # a running page header or footer
            return
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
        elif ":" not in text and "\t" not in line and self._name_above(number, [line], [clean_text(text)]):
            pass                                                  # a name above its row (``_name_above``)
        elif ":" not in text and "\t" not in line and (ks := self._continues(number, [line], [clean_text(text)])):
            assert self.last_row is not None
            self.wraps[number] = (self.last_row, ks)     # joined when the table goes on
            self.pending.append((number, "wrap"))
            self.last_content = number
        else:
            self.pending.append((number, "prose"))

    def _repeated_caption(self, text: str) -> bool:
        """A caption naming the current table again ('Tabel 2.2 (lanjutan)')."""
        m = _CAPTION.match(clean_text(text).replace("*", ""))
        return m is not None and self.current is not None and (
            bool(_CONTINUED.search(text)) or m.group(1) == _NUMBER[self.current.kind])


_CAPTION = re.compile(r"(?i)^\s*tabel\.?\s*(\d\.\d)\b")
_NUMBER = {"tabel_2_1": "2.1", "tabel_2_2": "2.2", "tabel_3_1": "3.1", "tabel_3_2": "3.2", "tabel_3_3": "3.3"}


def _name_column(kind: str, row: Row) -> int:
    """The cell holding the name of ``row`` (for the findings' ``nama``)."""
    if kind == "tabel_3_2":
        return 1
    if kind == "tabel_3_3":
        return _texts_33(row)[0] if _texts_33(row) else 2
    return 0


def _texts_33(row: Row) -> list[int]:
    """The cells of a 3.3 row holding text after its number and code (name, indicator)."""
    return [k for k in (2, 3) if k < len(row.cells) and row.cells[k]]


#: Words an indicator begins with (a measure): with the first words of the table's own indicators,
#: a wrapped indicator's rest that begins so is taken for a new row's indicator (``_continues``).
_INDICATOR_WORDS = frozenset({"jumlah", "persentase", "presentase", "prosentase", "indeks", "tingkat", "rasio",
                              "nilai", "cakupan", "angka", "rata-rata", "capaian", "proporsi", "banyaknya", "luas",
                              "panjang", "kapasitas", "frekuensi", "tersedianya", "terlaksananya",
                              "terselenggaranya", "terpenuhinya", "meningkatnya", "menurunnya", "terfasilitasinya"})
#: The end of a cell cut in the middle of a phrase: a comma or other joining mark, or a word that
#: never ends a name or an indicator (a conjunction, a preposition, ``yang``).
_CUT_END = re.compile(r"(?i)(?:[,;:/&(\-]|\b(?:dan|atau|serta|yang|untuk|dengan|di|ke|dari|pada|dalam|bagi|oleh|"
                      r"melalui|terhadap|sebagai|antara|tentang|kepada|secara|maupun|agar|guna))\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _first_word(text: str) -> str:
    """The first word of ``text``, lower case ('' for none).

    >>> _first_word("Jumlah Usaha"), _first_word("(Rata-rata) lama"), _first_word("")
    ('jumlah', 'rata-rata', '')
    """
    m = _WORD.search(text)
    return m.group().lower() if m else ""


def _cut_off(pieces: list[str], above: list[str]) -> bool:
    """Whether the cells ``above`` were cut in the middle of a phrase and ``pieces`` (their rest
    on the next line) go on with it: a piece starts with a small letter, or a cell above ends
    with a joining mark or a word that ends no name (``_CUT_END``).

    >>> _cut_off(["Mikro", "yang Terfasilitasi"], ["Pemulihan Usaha", "Jumlah Usaha Mikro"])
    True
    >>> _cut_off(["Cabang Pembantu", "Kantor Kas"], ["Pembukaan Kantor", "Kantor Cabang,"])
    True
    >>> _cut_off(["Penyediaan Baru", "Jumlah Paket Baru"], ["Penyediaan Gaji", "Jumlah Orang"])
    False
    """
    return any(p[:1].islower() for p in pieces) or any(_CUT_END.search(a) for a in above)



def _wrapped_column(kind: str, row: Row, k: int, header: list[list[str]] | None = None) -> str:
    """What a wrapped cell holds (``WRAP``): ``nama``, ``indikator``, ``satuan`` or a note; in 3.3
    the first text of a row with a code is its name, the text of a row without one its indicator.
    Tabel 2.2 printed with one note column (eleven cells) holds the note its ``header`` names.

    >>> _wrapped_column("tabel_2_2", None, 10), _wrapped_column("tabel_2_2", None, 10, [["Program"] + [""] * 9 + ["Solusi"]])
    ('keterangan', 'solusi')
    """
    if kind == "tabel_2_2" and k == 10 and header and len(header[0]) == 11:
        return "solusi" if any("solusi" in r[10].lower() for r in header if len(r) > 10) else "keterangan"
    if kind != "tabel_3_3":
        return WRAP[kind][k]
    coded = any(_KODE_33.match(c) for c in row.cells[:2])
    texts = _texts_33(row)
    return "nama" if coded and texts and k == texts[0] else "indikator"


_KODE_33 = re.compile(r"^(?:\d+|[xX]+)(?:\.(?:\d+|[xX]+)){2,}\.?$")
#: A tab-separated line whose first filled cell is a code (``_KODE_33`` of that cell).
_CODED_ROW = re.compile(r"\t*(?:\d+|[xX]+)(?:\.(?:\d+|[xX]+)){2,}\.?\n?(?:\t|\Z)")


def running_lines(lines: list[str], clean: list[str], starts_header=None, sparse=None) -> set[int]:
    """The running page headers and footers of a text (0-based lines), with or without tabs.

    A line is one when it is short (at most three filled cells), holds no number but page
    numbers and years (cells a page footer pattern reads: ``12``, ``Hal. 12``, ``2024``), is
    no heading, caption or footer of its own kind, and its text (digits aside: the page number
    changes) comes back at two or more places, none of them above a data row: after each
    occurrence, past blank lines, footers and such lines, comes a table header, a line without
    tabs, or the end of the text; and at least one occurrence stands right above a table header
    (a page break). A line whose text is the same at every place (no page number that changes)
    must also be printed on every page, as page furniture is: every page break between its first
    and its last place (a repeated header of a table it stands above) has it right above; and
    it does not start with a level word (``PROGRAM``, ``Kegiatan``, ``Sub Kegiatan``, ``Urusan``,
    ``Bidang``: a row of its own). A data row never qualifies (it holds numbers, or is followed
    by rows); a wrapped name that happens to repeat is followed by rows; a row without numbers
    that ends two pages (a program row at the foot of a page of Tabel 2.1 and of one of Tabel
    2.2, a sub kegiatan at the foot of pages 1 and 3) is read as a row.

    ``starts_header(i)``: whether 0-based line ``i`` starts a recognised table header. ``sparse``:
    the lines that do not hold four filled cells (``_FOUR_FILLED``), in order, when known (the
    others are data rows, never read).

    Examples
    --------
    >>> lines = ["RENJA 2024\\tHal. 1", "Program\\tIndikator\\tTarget\\tRealisasi\\tCapaian\\tKet.", "A\\tB\\t1\\t2\\t3\\t",
    ...          "RENJA 2024\\tHal. 2", "Program\\tIndikator\\tTarget\\tRealisasi\\tCapaian\\tKet.", "C\\tD\\t4\\t5\\t6\\t"]
    >>> sorted(running_lines(lines, clean_lines(lines), lambda i: lines[i].startswith("Program")))
    [0, 3]

    The same line at two of three page breaks (a row without numbers ending two pages) is none:

    >>> h, row = lines[1], "A\\tB\\t1\\t2\\t3\\t"
    >>> lines = [h, row, "Sub X\\tInd Y", h, row, h, row, "Sub X\\tInd Y", h, row]
    >>> running_lines(lines, clean_lines(lines), lambda i: lines[i] == h)
    set()
    """
    starts_header = starts_header or (lambda i: False)
    # lines grouped by their text without digits (the page number changes); the tests below only
    # for the groups of two lines or more: most lines are unique
    groups: dict[str, list[int]] = {}
    if sparse is None:
        sparse = list(compress(range(len(clean)), map(not_, map(_FOUR_FILLED.match, clean))))
    # set aside at once (C-level passes, no Python per line): the blank lines, the tab-separated
    # lines whose first filled cell is a code (``_KODE_33``: data) and the lines without tabs that
    # are page footers; the others are read one by one
    # (each pattern asked only of the lines it may set aside: an empty line matches neither)
    texts = list(map(clean.__getitem__, sparse))
    tabbed = list(map(contains, texts, repeat("\t")))
    keep = np.fromiter(map(bool, texts), dtype=bool, count=len(texts))
    for pattern, kind in ((_CODED_ROW, tabbed), (_FOOTER, map(not_, tabbed))):
        at = list(compress(range(len(texts)), map(and_, keep.tolist(), kind)))
        keep[list(compress(at, map(pattern.match, map(texts.__getitem__, at))))] = False
    for i, text, tab in compress(zip(sparse, texts, tabbed), keep.tolist()):
        if tab:
            filled = [c for c in text.split("\t") if c]
            if not filled or len(filled) > 3:
                continue
            text = "\t".join(filled)
        if _FOOTER.match(text.replace("\t", " ")):
            continue                                   # a page footer of its own kind
        groups.setdefault(text.translate(_NO_DIGITS).lower(), []).append(i)
    keys: dict[str, list[int]] = {}
    said: dict[int, str] = {}                           # a candidate's filled cells, in lower case
    for at in groups.values():
        if len(at) < 2:
            continue
        for i in at:
            filled = [c for c in clean[i].split("\t") if c]
            if "\t" not in lines[i] and _STRUCTURAL.match(lines[i].strip()):
                continue
            if any(_DIGIT.search(c) and is_number(c) and not _FOOTER.match(c) for c in filled):
                continue
            said[i] = "\t".join(filled).lower()
            keys.setdefault(_DIGITS.sub("#", said[i]), []).append(i)
    candidates = {i for at in keys.values() if len(at) >= 2 for i in at}
    if not candidates:
        return set()

    def after(i: int) -> tuple[str, int]:
        """What follows line ``i``: 'header', 'text' (no tabs, or the end) or 'row', and its line."""
        j = i + 1
        while j < len(lines):
            stripped = clean[j].replace("\t", "").strip()
            if stripped and j not in candidates and not _FOOTER.match(" ".join(c for c in clean[j].split("\t") if c)):
                break
            j += 1
        if j == len(lines) or "\t" not in lines[j]:
            return "text", j
        return ("header" if starts_header(j) else "row"), j

    out: set[int] = set()
    # the lines whose text is the same at every place (no page number that changes): a row may
    # repeat so, page furniture is printed on every page
    found: list[tuple[list[int], set[int]]] = []
    for at in keys.values():
        if len(at) < 2 or any(starts_header(i) for i in at):
            continue
        follows = [after(i) for i in at]
        kinds = [kind for kind, _ in follows]
        if "row" in kinds or "header" not in kinds:
            continue
        if len(set(map(said.__getitem__, at))) > 1:
            out.update(at)                              # its page number changes: page furniture
        elif not _LEVEL_WORD.match(said[at[0]]):        # a program, kegiatan ... row is never furniture
            found.append((at, {j for kind, j in follows if kind == "header"}))
    if not found:
        return out
    # the page breaks: the repeated headers of the tables the lines stand above (a line of the same
    # text as a header line they stand above, but the first of each text, where its table starts)
    header_texts = {clean[j] for _, above in found for j in above}
    at_header = list(compress(range(len(clean)), map(header_texts.__contains__, clean)))
    first_of: dict[str, int] = {}
    for j in at_header:
        first_of.setdefault(clean[j], j)
    breaks = [j for j in at_header if first_of[clean[j]] != j]
    for at, above in found:
        first, last = min(at), max(at)
        if all(j in above for j in breaks[bisect_left(breaks, first):bisect_left(breaks, last)]):
            out.update(at)
    return out


#: A line of four filled cells or more (tabs between them, empty cells or not).
_FOUR_FILLED = re.compile(r"\t*+[^\t]++\t++[^\t]++\t++[^\t]++\t++[^\t]")
#: ``_FOUR_FILLED`` and ``_DIGIT_BEFORE_NOTES`` as RE2 patterns (Arrow), for ASCII lines: the
#: character classes are disjoint (``[^\t]`` and ``\t``), so possessive and greedy repeats match
#: alike; RE2's ``\d`` is ``[0-9]``, Python's any decimal digit (the same for ASCII text).
_FOUR_FILLED_RE2 = r"^\t*[^\t]+\t+[^\t]+\t+[^\t]+\t+[^\t]"
_DIGIT_BEFORE_NOTES_RE2 = r"^(?:[^\t\d]*\t){0,9}[^\t\d]*\d"
#: ``_FIRST_LETTERS`` as an RE2 pattern (Arrow), its group named (ASCII lines: the same letters).
_FIRST_LETTERS_RE2 = r"^[^A-Za-z0-9%\t]*(?P<w>[A-Za-z]*)"


def _classified(clean: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    r"""For every line: whether it holds four filled cells (``_FOUR_FILLED``), a tab, a digit
    before the note columns (``_DIGIT_BEFORE_NOTES``), ASCII characters only, and first letters
    that may start a header (``_FIRST_LETTERS``, ``_word_may_start``: asked once per distinct
    word), as boolean arrays. A block of lines at a time as one Arrow array (RE2 passes in C, no
    Python per line); a line outside ASCII (or a block Arrow cannot take) is asked of Python's
    patterns, whose ``\d`` is any decimal digit.

    >>> four, tab, digit, ascii_, word = _classified(["a\tb\tc\td", "a\t\tb\tc", "Rp 1\tx", "\u0661\tx", "a\tb\tc\td\te\tf\tg\th\ti\tj\t1"])
    >>> four.tolist(), tab.tolist(), digit.tolist(), ascii_.tolist()
    ([True, False, False, False, True], [True, True, True, True, True], [False, False, True, True, False], [True, True, True, False, True])
    >>> _classified(["  Program\tIndikator", "Nama\tx", "- Kegiatan A\t1", "Pengadaan\tx", "12\tProgram"])[4].tolist()
    [True, True, True, False, False]
    """
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    n = len(clean)
    four, tab, digit, ascii_, word = (np.zeros(n, dtype=bool) for _ in range(5))
    starts: dict[str, bool] = {}            # a first word -> ``_word_may_start``
    for k in range(0, n, _BLOCK):
        part = clean[k: k + _BLOCK]
        end = k + len(part)
        try:
            arr = pa.array(part, type=pa.string())
        except (pa.ArrowException, UnicodeError):        # e.g. a lone surrogate: Python's patterns
            other = list(range(len(part)))
        else:
            four[k:end] = pc.match_substring_regex(arr, _FOUR_FILLED_RE2).to_numpy(zero_copy_only=False)
            tab[k:end] = pc.match_substring(arr, "\t").to_numpy(zero_copy_only=False)
            digit[k:end] = pc.match_substring_regex(arr, _DIGIT_BEFORE_NOTES_RE2).to_numpy(zero_copy_only=False)
            ascii_[k:end] = pc.string_is_ascii(arr).to_numpy(zero_copy_only=False)
            first = pc.struct_field(pc.extract_regex(arr, _FIRST_LETTERS_RE2), [0])
            for w in pc.unique(first).to_pylist():
                if w not in starts:
                    starts[w] = _word_may_start(w)
            yes = pa.array([w for w, ok in starts.items() if ok], type=pa.string())
            word[k:end] = pc.is_in(first, value_set=yes).to_numpy(zero_copy_only=False)
            other = np.flatnonzero(~ascii_[k:end]).tolist()
            del arr, first
        for j in other:
            line = part[j]
            four[k + j] = _FOUR_FILLED.match(line) is not None
            tab[k + j] = "\t" in line
            digit[k + j] = _DIGIT_BEFORE_NOTES.match(line) is not None
            ascii_[k + j] = line.isascii()
            word[k + j] = _word_may_start(_group_1(_FIRST_LETTERS.match(line)))   # type: ignore[arg-type]  # it matches every text
    return four, tab, digit, ascii_, word


_TAG = re.compile(r"</?b>", re.IGNORECASE)
#: White space other than tab, line feed and space (what ``str.split()`` splits on), to space.
_SPASI_LAIN = {ord(c): " " for c in "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003"
               "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"}


#: Lines cleaned at once (``clean_lines``): a block of text, not the whole text, is copied.
_BLOCK = 4096


def clean_lines(lines: list[str]) -> list[str]:
    r"""Every line with each tab-separated cell as ``clean_text`` leaves it (bold markers
    removed, white space collapsed and trimmed), done on a block of lines at once with
    string methods (a regex pass for the markers only).

    >>> clean_lines(["<b>PROGRAM  A</b>\t 12 \t", "x\u00a0 y"])
    ['PROGRAM A\t12\t', 'x y']
    """
    out: list[str] = []
    for k in range(0, len(lines), _BLOCK):
        out.extend(_clean_block(lines[k: k + _BLOCK]))
    return out


def _clean_block(lines: list[str]) -> list[str]:
    """``clean_lines`` of a block of lines (each line on its own: no rule crosses a line end)."""
    text = "\n".join(lines)
    if "<" in text:
        text = _TAG.sub("", text)
    text = text.translate(_SPASI_LAIN)
    while "  " in text:
        text = text.replace("  ", " ")
    text = f"\n{text}\n".replace(" \t", "\t").replace("\t ", "\t").replace(" \n", "\n").replace("\n ", "\n")
    return text[1:-1].split("\n")


def _cleaned(lines: list[str]) -> list[str]:
    r"""``clean_lines``, each line that cleaning leaves as it is given as the same string (most
    are: a line is kept once, not twice). Only the lines ``_may_change`` names are cleaned (a
    block of lines at a time: the whole text cleaned at once is copied several times).

    >>> lines = ["a\tb", "<b>A</b>\t b", "x  y"]
    >>> out = _cleaned(lines)
    >>> out, out[0] is lines[0]
    (['a\tb', 'A\tb', 'x y'], True)
    """
    out = list(lines)
    for k in range(0, len(lines), _BLOCK):
        part = lines[k: k + _BLOCK]
        dirty = _may_change(part)
        for j, c in zip(dirty, _clean_block(list(map(part.__getitem__, dirty))) if dirty else ()):
            if c != part[j]:
                out[k + j] = c
    return out


#: The ASCII characters of ``_SPASI_LAIN`` (white space cleaning turns to a space).
_SPASI_ASCII = np.array([code for code in _SPASI_LAIN if code < 0x80], dtype=np.uint8)


def _may_change(lines: list[str]) -> list[int]:
    r"""The positions of the lines ``_clean_block`` may change (a superset): a line holding ``<``,
    a character outside ASCII, white space ``_SPASI_LAIN`` turns to a space, or a space next to a
    space, a tab or an end of the line. Every other line is its own clean form. Decided with
    array passes over the joined lines' bytes (no Python per line); every line when a line holds
    a line feed (never from ``split_lines``).

    >>> _may_change(["a b\tc", "a  b", "a \tb", "\tb ", " a", "<b>a</b>", "é", "a\x0bb", "a\tb"])
    [1, 2, 3, 4, 5, 6, 7]
    """
    data = np.frombuffer("\n".join(lines).encode("utf-8", "surrogatepass"), dtype=np.uint8)
    ends = np.flatnonzero(data == 10)               # the line feeds between the lines
    if len(ends) != len(lines) - 1:
        return list(range(len(lines)))
    space = data == 32
    edge = (data == 9) | (data == 10)               # a tab or a line end: a space there is cleaned away
    bad = (data == 60) | (data >= 0x80) | np.isin(data, _SPASI_ASCII)
    bad[:-1] |= space[:-1] & (space[1:] | edge[1:])
    bad[1:] |= space[1:] & edge[:-1]
    if len(data):
        bad[0] |= space[0]                          # the text's first and last lines' edges
        bad[-1] |= space[-1]
    return np.unique(np.searchsorted(ends, np.flatnonzero(bad))).tolist()


def split_tables(lines: list[str], src: SourceText | None = None, release: bool = False) -> dict[str, TableBlock]:
    """Group tab-separated lines into table blocks by header concepts.

    Reading findings (lines set aside, lines outside every table) are recorded on
    ``src`` when given. ``release``: replace the line of each data row in ``lines`` by ``""``
    once its row is built (``read_lines``: the text is then held about once while it is read,
    in its lines or in its rows' cells, not twice); every other line is kept.

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
    with tanpa_gc():        # a list and a row per line, none freed, no cycle among them
        return _Splitter(lines, src, release).run()
