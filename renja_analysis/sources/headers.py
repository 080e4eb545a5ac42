"""Recognise a table header by the concepts its captions name, not by exact text.

Another typist or another PDF extractor writes the same header differently:
``Keterangan`` becomes ``Ket.``, ``Realisasi`` is misspelt ``Realisai``, a caption
is wrapped or split over two header lines. A header is therefore recognised by
the *set of concepts* named anywhere in its header block (the first header line
and the continuation lines below it), with this tolerance:

- a caption word names a concept when it equals one of the concept's words, is an
  abbreviation of one (a prefix of at least three letters: ``Ket``, ``Ind``,
  ``Real``), or, for words of six letters or more, is at least 80 % similar
  (rapidfuzz ratio: one or two letters wrong);
- the first cell must name the table's first column (program/kegiatan, tujuan, no), by
  meaning: ``Program, Kegiatan, Sub Kegiatan``, ``Program/Kegiatan/Sub Kegiatan``,
  ``Uraian`` (the row's description in the Permendagri forms) and ``Nama Program`` (a
  leading ``Nama`` names nothing by itself) all name the program/kegiatan column;
- an evaluation table (2.1, 2.2) must name at least three of indikator, target,
  realisasi, capaian; Tabel 2.2 names keterangan or solusi and not renstra,
  Tabel 2.1 names renstra and neither keterangan nor solusi;
- Tabel 3.1 names at least two of sasaran, indikator, target; Tabel 3.2 names
  rancangan (awal) or (hasil) analisis; Tabel 3.3 names kode.

A header line holds no data: no cell is a number of three digits or more. A continuation line
of column numbers only numbers several columns: a line whose one filled cell is a column number
is a cell cut off its row, never a header line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..caches import per_table
from ..numbers import clean_text, is_number

#: Words that name each concept (lower case, letters only).
CONCEPTS: dict[str, tuple[str, ...]] = {
    "program": ("program", "kegiatan", "subkegiatan", "urusan", "bidang", "uraian"),
    "indikator": ("indikator",),
    "target": ("target", "tgt", "trgt"),
    "realisasi": ("realisasi", "rls"),
    "capaian": ("capaian", "tingkat", "persentase", "persen", "tk"),
    "keterangan": ("keterangan", "ket", "ktrngn"),
    "solusi": ("solusi", "tindaklanjut"),
    "renstra": ("renstra",),
    "tujuan": ("tujuan",),
    "sasaran": ("sasaran",),
    "no": ("no", "nomor", "nmr"),
    "kode": ("kode", "kd"),
    "rancangan": ("rancangan",),
    "analisis": ("analisis", "kebutuhan"),
    "catatan": ("catatan",),
}
#: Further words that occur in header lines (units, years, sub-captions).
VOCABULARY = {
    "volume", "satuan", "k", "rp", "sebelum", "sesudah", "nasional", "daerah", "rkpd", "apbd",
    "perubahan", "renja", "p", "akhir", "tahun", "lokasi", "sumber", "dana", "prioritas", "pagu",
    "indikatif", "bertambah", "berkurang", "kinerja", "sub", "awal", "hasil", "penting",
    "kelompok", "prakiraan", "maju", "rencana", "perangkat", "penanggung", "jawab", "anggaran",
    "dan", "s", "d", "tw", "triwulan", "ii", "i", "iii", "iv", "yang", "dievaluasi", "berjalan",
    "rupiah", "jumlah", "periode", "pendanaan", "kerangka", "outcome", "output", "nilai",
    "keuangan", "fisik", "uraian", "ribu", "ribuan", "juta", "%",    # "(Ribuan Rupiah)"
} | {w for words in CONCEPTS.values() for w in words}

_WORD = re.compile(r"[a-z]+|\d+|%")
#: The text a match matched.
_whole = re.Match.group
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_FIRST = {"program": ("tabel_2_1", "tabel_2_2"), "tujuan": ("tabel_3_1",),
          "no": ("tabel_3_2", "tabel_3_3")}
_CORE = ("indikator", "target", "realisasi", "capaian")
#: Words that may precede the concept a first cell names ("Nama Program").
_LEADING = {"nama"}


def _words(cell: str) -> Iterator[str]:
    """The words of a cell (``_WORD`` of its clean text in lower case), in order and one at a time:
    a reader that decides on the first word does not find the others.

    >>> list(_words("<b>Target  Renja</b> 2024 (%)"))
    ['target', 'renja', '2024', '%']
    """
    return map(_whole, _WORD.finditer(clean_text(cell).lower()))


@per_table(maxsize=8192)
def word_concept(word: str) -> str | None:
    """The concept a caption word names, or None.

    Examples
    --------
    >>> word_concept("keterangan"), word_concept("ket"), word_concept("keteranagn")
    ('keterangan', 'keterangan', 'keterangan')
    >>> word_concept("real"), word_concept("ind"), word_concept("omset"), word_concept("2024")
    ('realisasi', 'indikator', None, None)
    """
    if word in _EXACT:
        return _EXACT[word]
    if word.isdigit():
        return None         # no letter of a concept's words: equal to none, a prefix of none, 0 % like each
    for concept, words in CONCEPTS.items():
        for w in words:
            if len(word) >= 3 and len(w) > len(word) and w.startswith(word):
                return concept
            if len(word) >= 6 and len(w) >= 6 and _ratio(word, w) >= 80:
                return concept
    return None


#: Each concept word -> its concept (the first concept naming it, in ``CONCEPTS`` order).
_EXACT: dict[str, str] = {}
for _concept, _names in CONCEPTS.items():
    for _name in _names:
        _EXACT.setdefault(_name, _concept)


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported when a header is first read

    return fuzz.ratio(a, b)


def concepts(cells: list[str]) -> set[str]:
    """The concepts the cells of one header line name.

    >>> sorted(concepts(["Program/Kegiatan", "Indikator Kinerja", "12", ""]))
    ['indikator', 'program']
    """
    return set().union(*map(_cell_concepts, cells))


@per_table(maxsize=1 << 14)
def _cell_concepts(cell: str) -> frozenset[str]:
    """The concepts one cell names, remembered per text: a line tried as a header is often a data
    row whose units and indicators repeat."""
    return frozenset(c for w in _words(cell) if (c := word_concept(w)))


def _holds_data(cells) -> bool:
    for cell in cells:
        if not _THREE_DIGITS.search(cell):          # the cheap test first: fewer than three digits
            continue
        if _data_cell(cell):
            return True
    return False


@per_table(maxsize=1 << 14)
def _data_cell(cell: str) -> bool:
    """A cell that is a number and not a column number (``(3)``), remembered per text: the
    data rows whose first word names a first column (``PROGRAM ...``, ``Kegiatan ...``) repeat
    their targets and units.

    >>> _data_cell("1.250"), _data_cell("(12)"), _data_cell("Unit 100")
    (True, False, False)
    """
    text = clean_text(cell)
    return bool(text) and not _COLUMN_NUMBER.match(text) and is_number(text)


_THREE_DIGITS = re.compile(r"\d(?:\D*\d){2}")
#: Three digits within one cell of a tab-separated line (``_THREE_DIGITS`` of a cell: no tab between).
_THREE_IN_A_CELL = re.compile(r"\d(?:[^\d\t]*\d){2}")


def holds_data_line(text: str) -> bool:
    r"""``_holds_data`` of the tab-separated cells of ``text``, with one search of the line first: a
    line none of whose cells holds three digits (most lines that may start a header, and every
    level row with small numbers) is not split.

    >>> holds_data_line("Kegiatan A\t12\t3\t45"), holds_data_line("PROGRAM A\t1.250\tUnit"), holds_data_line("No\t(1)\t(12)")
    (False, True, False)
    """
    return _THREE_IN_A_CELL.search(text) is not None and _holds_data(text.split("\t"))


def first_concept(cells: list[str]) -> str | None:
    """The first-column concept a candidate header line starts with (program, tujuan, no).

    >>> first_concept(["Uraian", "Indikator"]), first_concept(["Nama Program", "Indikator"])
    ('program', 'program')
    >>> first_concept(["Nama Koperasi", "Omset"]) is None
    True
    """
    # the cheap test first: most lines tried are data rows whose first word names nothing
    if not cells:
        return None
    concept = _first_cell_concept(cells[0])
    if concept is None or _holds_data(cells):
        return None
    return concept


def _first_cell_concept(cell: str) -> str | None:
    """The first-column concept the first word of ``cell`` names (after a leading ``Nama``),
    without the test for data in the rest of the line: only the first two words are read
    (a lazy search), not the whole cell."""
    text = clean_text(cell)
    if not text:
        return None
    found = _WORD.finditer(text.lower())
    first = next(found, None)
    if first is None:
        return None
    word = first.group()
    if word in _LEADING:
        second = next(found, None)
        word = second.group() if second is not None else word
    if not word.isalpha():              # a number or '%' names no concept
        return None
    concept = word_concept(word)
    return concept if concept in _FIRST else None


def is_continuation(cells: list[str]) -> bool:
    """True for a header continuation line: only caption words and column numbers, and not a
    lone column number.

    A line of column numbers only (``1 2 3 ...``, ``(1) (2) ...``) numbers the header's columns:
    several of them. A line whose one filled cell is a number of one or two digits numbers no
    columns: it is a cell cut off its row (a row's No. printed on a line of its own, its other
    cells on the lines around it), and a header that took it would lose it in silence.

    The filled cells are read one by one and the first that is neither a column number nor
    caption words decides (a data row, most lines tried, fails at its first or third cell);
    only a line whose every cell passes is asked for data. No answer is remembered: the
    continuation lines of a header met before are known by the text reader by their text
    (``_Splitter._header_end``), and the lines tried are mostly data rows met once.

    Examples
    --------
    >>> is_continuation(["", "", "Volume", "Satuan", "", "K"])
    True
    >>> is_continuation(["1", "2", "3"]), is_continuation(["", "", "Omset koperasi", "5"])
    (True, False)
    >>> is_continuation(["1", "2.17.01", "Pengadaan Alat", "12"]), is_continuation(["", " "])
    (False, False)
    >>> is_continuation(["5", "", "", ""]), is_continuation(["", "(5)", ""]), is_continuation(["", "K", ""])
    (False, False, True)
    """
    filled = 0
    words = False
    for text in map(clean_text, cells):
        if not text:
            continue
        filled += 1
        if _COLUMN_NUMBER.match(text):
            continue
        if not _caption_words(text):
            return False
        words = True
    return (words or filled > 1) and not _holds_data(cells)


def _caption_words(text: str) -> bool:
    """Whether every word of a clean cell may stand in a header continuation line: a caption word
    (``VOCABULARY``, or a word naming a concept) or a number of four digits at most; an ``x`` only
    right after ``Rp`` ("(Rp x 1.000)": thousands), never alone (a data cell "X" is no caption).

    >>> _caption_words("Volume Satuan"), _caption_words("Tahun 2024"), _caption_words("Omset"), _caption_words("12345")
    (True, True, False, False)
    >>> _caption_words("Pagu (Rp x 1.000)"), _caption_words("X"), _caption_words("x 2")
    (True, False, False)
    """
    sebelum = ""
    for w in _words(text):
        if w.isdigit():
            if len(w) <= 4:
                sebelum = w
                continue
            return False             # a longer number names no concept: data
        if w not in VOCABULARY and word_concept(w) is None and not (w == "x" and sebelum == "rp"):
            return False
        sebelum = w
    return True


def classify(block: list[list[str]]) -> str | None:
    """The table kind a header block (first line + continuation lines) names, or None.

    Examples
    --------
    >>> classify([["Program, Kegiatan, Sub Kegiatan", "Indikator", "Target", "Realisasi",
    ...            "Tingkat Capaian (%)", "Ket.", "Solusi"]])
    'tabel_2_2'
    >>> classify([["Prog./Keg.", "Indikator", "Target Renstra", "Realisasi", "Capaian"]])
    'tabel_2_1'
    >>> classify([["TUJUAN", "SASARAN", "INDIKATOR KINERJA", "TARGET"]])
    'tabel_3_1'
    >>> classify([["No", "Kode", "Program / Kegiatan", "Indikator"]])
    'tabel_3_3'
    >>> classify([["Program", "Lokasi"]]) is None
    True
    """
    if not block:
        return None
    return _classify(tuple(tuple(cells) for cells in block))


@per_table(maxsize=1024)
def _classify(block: tuple) -> str | None:
    first = first_concept(block[0])
    if first is None:
        return None
    found = set().union(*(concepts(cells) for cells in block)) - {first}
    core = sum(c in found for c in _CORE)
    if first == "program" and core >= 3:
        notes = {"keterangan", "solusi"} & found
        if notes and "renstra" not in found:
            return "tabel_2_2"
        if "renstra" in found and not notes:
            return "tabel_2_1"
        return None
    if first == "tujuan" and sum(c in found for c in ("sasaran", "indikator", "target")) >= 2:
        return "tabel_3_1"
    if first == "no":
        if "kode" in found:
            return "tabel_3_3"
        if {"rancangan", "analisis"} & found:
            return "tabel_3_2"
    return None


def describe(block: list[list[str]]) -> str:
    """The concepts a header block names, for error messages."""
    found = set().union(*(concepts(cells) for cells in block)) if block else set()
    return ", ".join(sorted(found)) or "(tidak ada)"


# --- the meaning of one column of a Tabel 2.2 header (workbooks) -----------------------------

#: The groups of Tabel 2.2's columns a caption names, and the words that name them besides
#: ``CONCEPTS`` (a pagu is the target in rupiah, serapan the capaian of the rupiah).
_GROUPS = ("program", "indikator", "target", "realisasi", "capaian", "keterangan", "solusi")
_GROUP_WORDS = {"pagu": "target", "serapan": "capaian"}
#: Words that say a column is in rupiah, or in kinerja (a volume or its unit).
_RP_WORDS = {"rp", "rupiah", "anggaran", "pagu", "keuangan", "dana", "serapan"}
_K_WORDS = {"k", "kinerja", "fisik", "volume", "satuan"}
#: Words that make a realisasi column a percentage (capaian): "Realisasi Anggaran (%)".
_PERCENT_WORDS = {"%", "persen", "persentase"}
#: (group, K or Rp, unit column) -> the cell of ``layout.KOLOM``.
_SLOT = {("target", "k", False): "target_k", ("target", "k", True): "satuan", ("target", "rp", False): "pagu_rp",
         ("realisasi", "k", False): "realisasi_k", ("realisasi", "k", True): "satuan_realisasi",
         ("realisasi", "rp", False): "realisasi_rp", ("capaian", "k", False): "capaian_k_dokumen",
         ("capaian", "rp", False): "serapan_rp_dokumen"}


def _group(caption: str) -> str | None:
    for w in _words(caption):
        group = _GROUP_WORDS.get(w) or word_concept(w)
        if group in _GROUPS:
            return group
    return None


def column_meaning(captions: list[str]) -> str | None:
    """The Tabel 2.2 cell (a name of ``layout.KOLOM``) one column's header captions name,
    read by meaning, for a header that does not follow the three-row layout (a workbook
    whose header is one row, or whose columns are in another order).

    ``captions``: the column's header cells, top row first (a merged caption repeated in
    every column it spans). Rules:

    - the *group* (program, indikator, target, realisasi, capaian, keterangan, solusi) is
      the first concept word of the highest caption naming one; ``Pagu`` names the target
      in rupiah, ``Serapan`` the capaian in rupiah; a realisasi caption with ``%``,
      ``persen`` names the capaian ("Realisasi Anggaran (%)");
    - *K or Rp* is said by the lowest caption saying either (``Rp``, ``Anggaran``, ``Pagu``
      ... for rupiah; ``K``, ``Kinerja``, ``Volume``, ``Satuan`` for kinerja); a caption
      saying both ("Target Kinerja dan Anggaran") names no column;
    - ``Satuan`` marks the unit cell of the target or realisasi.

    Returns the cell's name; ``"satuan?"`` for a caption naming only a unit (its group is
    the column before it); ``"<group>?"`` for a target, realisasi or capaian caption that
    says neither K nor Rp (the other columns of its group decide); None when the captions
    name no cell, or two.

    Examples
    --------
    >>> column_meaning(["Target Kinerja dan Anggaran", "K", "Satuan"])
    'satuan'
    >>> column_meaning(["Realisasi Anggaran (%)"]), column_meaning(["Pagu (Rp)"])
    ('serapan_rp_dokumen', 'pagu_rp')
    >>> column_meaning(["Satuan"]), column_meaning(["Target"]), column_meaning(["Program/Kegiatan"])
    ('satuan?', 'target?', 'nama')
    >>> column_meaning(["Target Kinerja dan Anggaran"]) is None, column_meaning(["Kode bantu"]) is None
    (True, True)
    """
    captions = [clean_text(c) for c in captions]
    group = next((g for g in map(_group, captions) if g), None)
    words = [set(_words(c)) for c in captions]
    every = set().union(*words) if words else set()
    if group == "realisasi" and every & _PERCENT_WORDS:
        group = "capaian"
    unit = "satuan" in every
    if group is None:
        return "satuan?" if unit and not every & _RP_WORDS else None
    if group == "program":
        return "nama"
    if group in ("indikator", "keterangan", "solusi"):
        return group
    kind = None
    for found in reversed(words):
        rp, k = bool(found & _RP_WORDS), bool(found & _K_WORDS)
        if rp and k:
            return None
        if rp or k:
            kind = "rp" if rp else "k"
            break
    if kind is None:
        return f"{group}?"
    if unit and (group == "capaian" or kind == "rp"):
        return None
    return _SLOT[(group, kind, unit)]
