"""Cell-level helpers shared by the table modules: widths, typed columns, duplicates."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from operator import attrgetter, itemgetter
from typing import TypeGuard

import numpy as np
import pandas as pd

from ..labels import LABEL_LEVEL, kolom as _kolom
from ..names import LEVELS, infer_levels, lanjutan, parent_index  # noqa: F401 - the tables' own names for them
from ..numbers import (
    KONVENSI,
    MAX_ABS,
    NumberRangeError,
    _majority,
    _strip,
    angka_polos,
    angka_polos_kolom,
    cell_convention,
    column_convention,
    dua_bacaan,
    format_angka,
    galat_lembar_kerja,
    kata_nihil,
    parse_number,
    parse_volume,
)
from ..sources.base import Row, SourceText, TableBlock

STRING = pd.StringDtype()
FLOAT = "Float64"
INT = "Int64"
_SEP = {".": "cara Inggris (koma pemisah ribuan, titik desimal)",
        ",": "cara Indonesia (titik pemisah ribuan, koma desimal)"}


#: The level words as a reader knows them (``lapor_salah_tulis``).
_KATA_TINGKAT = {"program": "PROGRAM", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}


def tingkat_tercatat(src: SourceText, label: str, names: list, lines, known_label: str = "Tabel 2.2",
                     **kwargs) -> list:
    """``names.infer_levels(names, **kwargs)``, with every level word written wrong that it read
    or overruled told as a finding (``lapor_salah_tulis``, on the rows' ``lines``): the levels of
    Tabel 2.1, 2.2 and 3.2, one way for all three."""
    slips: list[tuple] = []
    overruled: list[tuple] = []
    levels = infer_levels(names, slips=slips, overruled=overruled, **kwargs)
    lapor_salah_tulis(src, label, lines, names, slips, overruled, known_label)
    return levels


def lapor_salah_tulis(src: SourceText, label: str, lines, names, slips: list, overruled: Iterable = (),
                      known_label: str = "Tabel 2.2") -> None:
    """An ``info`` finding ``kata_tingkat_salah_tulis`` for each row read at the level of a
    level word written wrong (``slips`` from ``names.infer_levels``: row, word as written,
    level), naming the row's line (``lines``), the word as written and the level read.

    A word the numbers overrule (``overruled`` from ``infer_levels``: row, word, its level,
    level read, the kegiatan row whose pagu the row fits in or None) is told as well, never
    silently: ``peringatan`` where the pagu overruled it (naming the kegiatan and its line:
    if the word is right, that kegiatan's pagu is what is wrong), ``info`` where the equal
    name of ``known_label`` did.

    >>> from renja_analysis.sources.base import SourceText
    >>> src = SourceText(path="x", lines=[], tables={})
    >>> lapor_salah_tulis(src, "Tabel 2.2", [7, 9], ["A", "PROGAM B"], [(1, "PROGAM", "program")])
    >>> src.temuan[0]["baris_sumber"], src.temuan[0]["pesan"]
    (9, 'Kata “PROGAM” di awal nama dibaca sebagai “PROGRAM” yang salah tulis; baris ini dibaca sebagai program.')
    >>> lapor_salah_tulis(src, "Tabel 2.2", [7, 8, 9], ["Kegiatan K", "Satu", "PRORGAM C"], [],
    ...                   [(2, "PRORGAM", "program", "sub_kegiatan", 0)])
    >>> src.temuan[1]["tingkat"], src.temuan[1]["pesan"]  # doctest: +NORMALIZE_WHITESPACE
    ('peringatan', 'Kata “PRORGAM” di awal nama dibaca sebagai “PROGRAM” yang salah tulis, tetapi pagunya muat dalam
    sisa pagu kegiatan di atasnya (baris 7, “Kegiatan K”) dan baris-baris sesudahnya tidak berjumlah sebesar pagunya;
    baris ini dibaca sebagai sub kegiatan dari kegiatan itu, bukan program. Bila baris ini memang program, pagu
    kegiatan itu yang keliru.')
    """
    for i, word, level in slips:
        src.finding("kata_tingkat_salah_tulis", "info", label, int(lines[i]),
                    f"{_kata_dibaca(word, level)}; baris ini dibaca sebagai {LABEL_LEVEL[level].lower()}.",
                    nama=names[i])
    for i, word, level, read, parent in overruled:
        tingkat, jadi = LABEL_LEVEL[level].lower(), LABEL_LEVEL[read].lower()
        if parent is None:
            src.finding("kata_tingkat_salah_tulis", "info", label, int(lines[i]),
                        f"{_kata_dibaca(word, level)}, tetapi baris bernama sama di {known_label} dibaca sebagai "
                        f"{jadi}; baris ini dibaca sebagai {jadi} mengikutinya, bukan {tingkat}.", nama=names[i])
        else:
            src.finding("kata_tingkat_salah_tulis", "peringatan", label, int(lines[i]),
                        f"{_kata_dibaca(word, level)}, tetapi pagunya muat dalam sisa pagu kegiatan di atasnya "
                        f"(baris {int(lines[parent])}, “{names[parent]}”) dan baris-baris sesudahnya tidak berjumlah "
                        f"sebesar pagunya; baris ini dibaca sebagai {jadi} dari kegiatan itu, bukan {tingkat}. "
                        f"Bila baris ini memang {tingkat}, pagu kegiatan itu yang keliru.", nama=names[i])


def _kata_dibaca(word: str, level: str) -> str:
    """The opening of ``lapor_salah_tulis``' messages: the word as written and the level word
    it was read as.

    >>> _kata_dibaca("PROGRAMUKM", "program")
    'Kata “PROGRAMUKM” di awal nama dibaca sebagai “PROGRAM” yang tersambung dengan kata sesudahnya'
    """
    kata = _KATA_TINGKAT[level]
    glued = len(word.replace(" ", "")) > len(kata.replace(" ", "")) + 1
    how = "yang tersambung dengan kata sesudahnya" if glued else "yang salah tulis"
    return f"Kata “{word}” di awal nama dibaca sebagai “{kata}” {how}"


def cell_kinds(columns: list[str], numeric, stated=()) -> str:
    """``CELL_KINDS`` of a layout: ``n`` for the ``numeric`` columns, ``p`` for the ``stated``
    percentages among them, ``t`` for the rest.

    >>> cell_kinds(["nama", "pagu_rp", "capaian_k_dokumen", "keterangan"], {"pagu_rp", "capaian_k_dokumen"},
    ...            {"capaian_k_dokumen"})
    'tnpt'
    """
    return "".join("p" if c in stated else "n" if c in numeric else "t" for c in columns)


def check_width(src: SourceText, block: TableBlock, row: Row, width: int, label: str,
                kinds: str | None = None, names: list[str] | None = None) -> list[str]:
    """Return the row's cleaned cells, exactly ``width`` of them, or raise.

    A row with more cells than its header is an error naming the line and the first cell
    out of place, also when the extra cell is empty: an extra cell in the middle would
    shift every cell after it into the wrong column.

    A row with fewer cells is one whose trailing empty cells the extractor dropped
    (``kinds`` given: what each column holds, ``CELL_KINDS``): it is read padded with empty
    cells when a careful reader can tell which cells are missing, that is when every cell
    present fits its column (a number or nil where a number is read, a number first where a
    target is read; ``misfit``). It is refused (the error above, naming the cell that does
    not fit) when a cell does not fit (a cell lost in the middle shifted the others), and
    when it is the last line of a text that ends inside the table (a row cut, not cells
    dropped). Where a number column is among the missing cells a finding ``sel_akhir_kosong``
    says which cells were read empty (``missing_cells``); empty Keterangan / Solusi / Catatan
    cells dropped at the end need no word. ``names``: the columns, for the finding.
    """
    cells = row.cells
    if len(cells) == width:
        return cells
    short = len(cells) < width
    bad = misfit(cells, kinds) if short and kinds is not None else None
    if short and kinds is not None and bad is None and not cut_at_end(src, block, row):
        missing_cells(src, row, label, len(cells), width, kinds, names)
        return cells + [""] * (width - len(cells))
    found = f"{len(cells)} sel"
    if bad is not None:
        kolom = _kolom(names[bad]) if names else f"kolom {bad + 1}"
        found += f"; sel ke-{bad + 1} ({kolom}) berisi \u201c{cells[bad][:40]}\u201d, tidak cocok dengan kolomnya"
    raise src.error(
        f"baris {label} memiliki jumlah sel yang salah", line=row.line,
        cell=f"sel ke-{width + 1}" if not short else f"sel ke-{len(cells) + 1}",
        expected=f"{width} sel dipisah tab (seperti judul tabel di baris {block.header_line})",
        found=found)


def extra_empty_column(src: SourceText, block: TableBlock, grid: list[list[str]], widths: np.ndarray,
                       width: int, label: str) -> bool:
    """Whether every line of ``block`` holds one cell more than its ``width`` columns, that cell
    empty on every line: then it is no column, and the caller reads each row without it; an
    ``info`` finding ``sel_akhir_kosong`` says so. Every line means the header of every page
    (``widths`` of the segments), each line of the first page's header, and every data row
    (``grid``, their clean cells; ``widths``, their cell counts): exactly ``width + 1`` cells,
    the last one empty. A single line of another count, or a last cell filled anywhere, and the
    table is read as before (a row with more cells than its header is refused, ``check_width``):
    a row with one empty cell more than others may hold it anywhere, shifting its numbers.

    Examples
    --------
    >>> from pathlib import Path
    >>> src = SourceText(path=Path("x.md"), lines=[], tables={})
    >>> block = TableBlock("tabel_2_1", [["Program", "Target", ""]], 4, [Row(5, ["P", "5", ""], 1)], widths={1: 3})
    >>> grid = [r.cells for r in block.rows]
    >>> extra_empty_column(src, block, grid, np.array([3]), 2, "Tabel 2.1"), src.temuan[0]["jenis"]
    (True, 'sel_akhir_kosong')
    >>> grid[0][2] = "x"
    >>> extra_empty_column(src, block, grid, np.array([3]), 2, "Tabel 2.1")
    False
    """
    more = width + 1
    if not len(widths) or not (widths == more).all() or not block.widths \
            or any(w != more for w in block.widths.values()) \
            or any(len(h) != more or h[width] for h in block.header) or any(map(itemgetter(width), grid)):
        return False
    src.finding(
        "sel_akhir_kosong", "info", label, block.header_line,
        f"Setiap baris {label} memuat {more} sel, satu lebih banyak daripada kolom tabelnya ({width}): judul "
        f"kolom di baris {block.header_line} (dan di setiap halaman) serta {len(grid)} baris datanya berakhir "
        f"dengan sel ke-{more} yang kosong. Sel itu bukan kolom (judulnya tidak menyebut apa pun dan tidak ada "
        "baris yang mengisinya), sehingga dibuang; isi tabel tidak berubah.",
        dokumen=more, hitung=width)
    return True


#: What a column holds, for rows whose trailing cells were dropped: ``t`` text (or anything),
#: ``n`` a number the analysis uses, ``p`` a percentage the document states (recomputed anyway),
#: ``v`` a volume (a number first, then its unit).
CELL_KINDS = "tnpv"


def _reads_as_number(text: str) -> bool:
    try:
        parse_number(text)
    except NumberRangeError:
        return True                 # a number, refused later with its cell named
    except ValueError:
        return False
    return True


_VOLUME = re.compile(r"^\s*[+-]?\s*(\d|[.,]\d)")


def misfit(cells: list[str], kinds: str) -> int | None:
    """The first cell that does not fit its column (``CELL_KINDS``), or None.

    >>> misfit(["Gaji", "Jumlah Orang", "294", "Orang/Bulan"], "ttnt") is None
    True
    >>> misfit(["Gaji", "Jumlah Orang", "294", "2,583,877,225", "168", "Orang/Bulan"], "ttntnn")
    5
    >>> misfit(["1", "Nama", "Kab Magetan", "Jumlah", "Kab Magetan"], "ttttv")
    4
    """
    for k, (text, kind) in enumerate(zip(cells, kinds)):
        if not text or kind == "t":
            continue
        if kind in "np" and not _reads_as_number(text):
            return k
        if kind == "v" and text not in ("-", "\u2013", "\u2014") and not _VOLUME.match(text):
            return k
    return None


def cut_at_end(src: SourceText, block: TableBlock, row: Row) -> bool:
    """The row is the last line of a text that ends inside its table (``dokumen_terpotong``)."""
    return row.line == block.last_line and any(
        f["jenis"] == "dokumen_terpotong" and f["baris_sumber"] == row.line for f in src.temuan)


def missing_cells(src: SourceText, row: Row, label: str, present: int, width: int, kinds: str,
                  names: list[str] | None = None, at: list[int] | None = None) -> None:
    """The finding for a row read padded with empty cells, where a number column is among the
    missing ones: ``peringatan`` when a number the analysis uses (target, pagu, realisasi) is
    missing, ``info`` when only percentages the document states (recomputed anyway) are;
    nothing when only text columns are. ``at``: the missing positions (default: from
    ``present`` to ``width``)."""
    gone = list(range(present, width)) if at is None else at
    numbers = [k for k in gone if k < len(kinds) and kinds[k] in "nv"]
    stated = [k for k in gone if k < len(kinds) and kinds[k] == "p"]
    if not numbers and not stated:
        return
    first = (numbers or stated)[0]
    kolom = names[first] if names else f"kolom {first + 1}"
    dibaca = ", ".join(_kolom(names[k]) if names else f"kolom {k + 1}" for k in gone)
    cakupan = f"sel ke-{gone[0] + 1}" + (f"\u2013{gone[-1] + 1}" if len(gone) > 1 else "")
    src.finding(
        "sel_akhir_kosong", "peringatan" if numbers else "info", label, row.line,
        f"Baris ini hanya memuat {present} dari {width} sel: {cakupan} ({dibaca}) tidak tertulis dan dibaca "
        "kosong (ekstraksi PDF membuang sel kosong di ujung baris); "
        + ("periksa di dokumen aslinya bahwa angka itu memang kosong." if numbers else
           "persen yang tertulis tidak dapat dibandingkan dengan hitungan ulang."),
        nama=next((c for c in row.cells[:2] if c and not c.rstrip(".").isdigit()), None), kolom=kolom,
        dokumen=present, hitung=width)


def _conventions(values: Iterable[str], plain: dict | None = None) -> dict:
    """``cell_convention`` of every distinct text of a column (values repeat). ``plain``, when
    given, receives the value of each bare number that reads the same in any convention
    (``numbers.angka_polos``): those cells are read once here, not by the full rules."""
    if plain is None:
        return {text: cell_convention(text) for text in dict.fromkeys(values)}
    own = {}
    for text in dict.fromkeys(values):
        polos = angka_polos(text)
        if polos is None:
            own[text] = cell_convention(text)
        else:
            own[text], plain[text] = polos
    return own


def _convention(values: list[str], own: dict | None = None) -> str | None:
    """The column's decimal separator by majority of its unambiguous cells (None on a tie
    or without a vote); ``own``: the cells' conventions by text, when already known.
    An ambiguous cell is never settled by this majority alone (``_ambiguous``)."""
    if own is None:
        decimal, _ = column_convention(values)
    else:                               # one vote per cell, counted per distinct text
        votes: Counter = Counter()
        for t, n in Counter(values).items():
            if own[t]:
                votes[own[t]] += n
        decimal, _ = _majority(votes)
    return decimal


def _two_ways(own: dict, plain=()) -> set:
    """The distinct texts of a column that read two ways (``numbers.dua_bacaan``); ``own``:
    each text's own convention (``_conventions``), None for those that show none; ``plain``:
    texts known to read one way only (``numbers.angka_polos``)."""
    return {t for t, conv in own.items() if conv is None and t not in plain and dua_bacaan(t) is not None}


def _usage(shown: list[tuple], sep: str, percent: bool) -> tuple:
    """How the column writes numbers where it is unambiguous, among its cells of the same
    kind as an ambiguous one (with or without ``%``): ``(kolom, n, example)`` where
    ``kolom`` is ``"desimal"`` when every such cell takes ``sep`` for the decimal point,
    ``"ribuan"`` when every one takes the other separator for it (so ``sep`` groups
    thousands), None when the column mixes both or shows neither; ``n`` counts those cells,
    ``example`` is the first of them in the column.

    ``shown``: the column's texts that show a convention (``_shown``), as ``(first position,
    text, convention, percent, cells)``; texts of one convention and kind may stand as one
    entry (its first position, the text there and the cells of all of them).

    >>> shown = [(0, "56.25", ".", False, 2), (3, "12,5%", ",", True, 1)]
    >>> _usage(shown, ".", False), _usage(shown, ",", False), _usage(shown, ".", True)
    (('desimal', 2, '56.25'), ('ribuan', 2, '56.25'), ('ribuan', 1, '12,5%'))
    """
    dec = [e for e in shown if e[3] == percent and e[2] == sep]
    tho = [e for e in shown if e[3] == percent and e[2] != sep]
    if bool(dec) == bool(tho):
        return None, 0, None
    found = dec or tho
    return ("desimal" if dec else "ribuan"), sum(e[4] for e in found), min(found)[1]


def _shown(values: list[str], own: dict) -> list[tuple]:
    """The texts of a column that show a convention, for ``_usage``: ``(first position, text,
    convention, percent, cells)`` of each distinct text whose ``own`` convention is known.

    >>> _shown(["1,5", "7", "1,5", "2.5%"], {"1,5": ",", "7": None, "2.5%": "."})
    [(0, '1,5', ',', False, 2), (3, '2.5%', '.', True, 1)]
    """
    first: dict = {}
    for k, t in enumerate(values):
        first.setdefault(t, k)
    cells = Counter(values)
    return [(k, t, own[t], _strip(t)[1], cells[t]) for t, k in first.items() if own[t] is not None]


def _usage_by_kind(shown) -> Callable[[str, bool], tuple]:
    """``_usage`` of one column by kind (separator, percent), each computed once; ``shown``
    makes the column's entries (``_shown``) when an ambiguous cell first asks."""
    cache: dict = {}
    entries: list = []

    def usage(sep: str, percent: bool) -> tuple:
        if (sep, percent) not in cache:
            if not entries:
                entries.append(shown())
            cache[sep, percent] = _usage(entries[0], sep, percent)
        return cache[sep, percent]

    return usage


#: units that count whole things (people, businesses, documents ...): never a fraction
_HITUNG = re.compile(r"(?i)\b(orang|unit|usaha|koperasi|paket|dokumen|laporan|kegiatan|kelompok|umkm|um|buah|"
                     r"pelaku|produk|lembaga|sertifikat|izin|ijin|peserta|desa|kelurahan|kecamatan|titik|"
                     r"jenis|eksemplar|berkas|kali)\b")
_BUKAN_HITUNG = re.compile(r"(?i)%|\b(persen|indeks|indek|rupiah|rp|juta|ton|kg|km|ha|meter|liter|nilai|rasio)\b")


def satuan_utuh(satuan) -> bool:
    """A unit that counts whole things (``Unit Usaha``, ``Orang/Bulan``), never a fraction.

    >>> satuan_utuh("Unit Usaha"), satuan_utuh("Orang/Bulan"), satuan_utuh("Indeks"), satuan_utuh("Persen (%)")
    (True, True, False, False)
    """
    if satuan is None or (not isinstance(satuan, str) and pd.isna(satuan)):
        return False
    return bool(_HITUNG.search(str(satuan))) and not _BUKAN_HITUNG.search(str(satuan))


def satuan_memutuskan(desimal: float, satuan) -> bool:
    """Whether the unit written with an ambiguous number (``numbers.dua_bacaan``) settles it as
    thousands: a unit that counts whole things (``satuan_utuh``) and a decimal reading that is a
    fraction (``1,250 Orang``: 1250 people, never 1,25). The rule of every volume cell that reads two
    ways (``_ambiguous``, ``bacaan_volume``).

    >>> satuan_memutuskan(1.25, "Orang"), satuan_memutuskan(15.0, "Orang"), satuan_memutuskan(1.25, "Indeks")
    (True, False, False)
    """
    return satuan_utuh(satuan) and not float(desimal).is_integer()


def bacaan_volume(text: str) -> tuple[float, float, str] | None:
    """The two readings (``numbers.dua_bacaan``: thousands, decimal, separator) of the number a volume
    cell starts with (``_head``) when they differ and its unit does not settle them
    (``satuan_memutuskan``); None for a cell that reads one way (or holds no number).

    >>> bacaan_volume("15,000"), bacaan_volume("1.250 Persen"), bacaan_volume("15,000 Orang")
    ((15000.0, 15.0, ','), (1250.0, 1.25, '.'), (15000.0, 15.0, ','))
    >>> bacaan_volume("1,250 Orang"), bacaan_volume("15.000,5"), bacaan_volume("82 Indeks"), bacaan_volume("N/A")
    (None, None, None, None)
    """
    head = _head(text)
    bacaan = dua_bacaan(head)
    if bacaan is None:
        return None
    unit = text.strip()[len(head):].strip() if text.strip().startswith(head) else None
    return None if satuan_memutuskan(bacaan[1], unit or None) else bacaan


def _ambiguous(src: SourceText, row: Row, text: str, column: str, position: int, label: str,
               rupiah: bool, usage: Callable[[str, bool], tuple], majority: str | None,
               satuan=None) -> float:
    """An ambiguous cell (``numbers.dua_bacaan``): recorded in ``src.ambigu`` with both
    readings and the column's evidence (``_usage``), to be settled by the evidence of its
    row and the other tables (``tables.ambiguous.putuskan``); returns the provisional reading:
    thousands in a rupiah column (rupiah are whole) or for a unit that counts (``satuan_utuh``),
    else the column's unanimous way of
    writing, else its majority (never final by itself). ``satuan``: the unit written in
    the same cell (volume columns); ``usage``: the column's ``_usage`` by kind (``_usage_by_kind``).
    """
    bacaan = dua_bacaan(text)
    assert bacaan is not None, "called for ambiguous cells only"
    ribuan, desimal, sep = bacaan
    kolom, n, contoh = usage(sep, _strip(text)[1])
    if rupiah or satuan_memutuskan(desimal, satuan):
        value = ribuan                    # whole rupiah; a count is never 1,25 of something
    elif kolom is not None:
        value = ribuan if kolom == "ribuan" else desimal
    else:
        value = desimal if majority == sep else ribuan
    src.ambigu.append({
        "tabel": label, "baris": row.line, "kolom": column, "posisi": position, "teks": text,
        "ribuan": ribuan, "desimal": desimal, "pemisah": sep, "rupiah": rupiah, "dibaca": value,
        "kolom_bukti": kolom, "kolom_contoh": contoh, "kolom_jumlah": n, "satuan": satuan,
        "nama": row.cells[0] or None})
    return value


def _other_convention(own, decimal) -> TypeGuard[str]:
    """Whether a cell whose own convention is ``own`` (``cell_convention``: a decimal separator, or
    None when it shows none) is written in another than its column's ``decimal`` (None: the column
    has none): what ``_note_convention`` reports.

    >>> _other_convention(",", "."), _other_convention(None, "."), _other_convention(",", None)
    (True, False, False)
    """
    return bool(decimal) and isinstance(own, str) and own != decimal


def _note_convention(src: SourceText, row: Row, text: str, value, decimal, column: str, position: int,
                     label: str, own: str | None | bool = False) -> None:
    if own is False:
        own = cell_convention(text)
    if _other_convention(own, decimal):
        src.finding(
            "angka_konvensi_lain", "peringatan", label, row.line,
            f"Sel {_kolom(column)} (kolom {position}) ditulis \u201c{text}\u201d dengan {_SEP[own]}, sedangkan "
            f"sel lain di kolom ini ditulis dengan {_SEP[decimal]}; sel ini dibaca sesuai tulisannya "
            f"({format_angka(value, None)}), kolom lain tidak diubah.", nama=row.cells[0] or None,
            kolom=column, dokumen=value)


def _range_error(src, row, column, position, label, text):
    return src.error(f"angka di luar batas wajar di {label}", line=row.line, cell=f"{column} (kolom {position})",
                     expected=f"angka dengan besaran paling banyak {format_angka(MAX_ABS)}", found=text)


def _native(src, row, position, column, label):
    value = row.native(position - 1)
    if value is not None and not abs(value) <= MAX_ABS:
        raise _range_error(src, row, column, position, label, str(value))
    return value


#: What a word for nothing (``-``, ``–``, ``—``, ``Nihil``, ``Tidak ada``: ``numbers.kata_nihil``)
#: means, by the kind of its column (``docs/metrik.md``, *Empty and nil cells*): zero in a
#: realisation or an amount, no target (NA) in a target column, no percentage (NA) in a
#: stated percentage or a stated total (a value derived from others: not stated). An empty
#: cell states nothing (NA) in every kind: a realisation left empty is judged as nothing
#: realised by ``metrics.realisasi_dinilai`` and reported by the table
#: (``tables.evaluation``: ``realisasi_kosong``), never written as 0.
NIHIL = {"target": None, "jumlah": 0.0, "realisasi": 0.0, "persen": None, "total": None}
#: The kinds whose stated value is derived from others (a stated capaian or serapan, a stated
#: grand total): a spreadsheet error there is reported (``galat_lembar_kerja``) and the value
#: recomputed from the table, never compared.
TURUNAN = {"persen", "total"}


_NUMBERS = attrgetter("numbers")
#: The shortest column read by the column pass (``numbers.angka_polos_kolom``) first: below it,
#: reading each distinct text costs less than the pass's fixed cost (about 0.1 ms).
PASS_FROM = 256


def numeric_column(src: SourceText, rows: list[Row], values: list[str], column: str,
                   position: int, label: str, rupiah: bool | None = None,
                   jenis: str | None = None) -> list[float | None]:
    """Parse one numeric column in the column's own decimal convention.

    The convention is the majority of the cells that show one unambiguously; a cell
    that is unambiguous in the other convention is read as written and reported
    (``angka_konvensi_lain``), the rest of the column is never rescaled. A cell that
    reads two ways (``845.120``) is recorded with both readings (``_ambiguous``) and
    settled later by evidence, never by the majority alone. A workbook cell holding a
    number is used as it is, and has no say in the column's convention (a typed number
    is written in none); a workbook number stored as text is read like text. ``position`` is the 1-based column; ``rupiah``: the column
    holds rupiah (default: its name ends in ``_rp``).

    ``jenis`` (``NIHIL``: ``target``, ``jumlah``, ``realisasi``, ``persen``) says what a cell
    that says nothing means; without it, NA. A spreadsheet error value (``#DIV/0!``) in a
    derived column (``TURUNAN``) is NA with a finding ``galat_lembar_kerja``; in any other
    column it is an error naming the cell (no one can read a number there).

    Returns the values, None for NA (a workbook's typed number as the workbook gives it);
    ``numeric_series`` gives the same as a ``Float64`` column.
    """
    rupiah = column.endswith("_rp") if rupiah is None else rupiah
    if typed_numbers(rows):
        return _typed(src, rows, values, column, position, label, rupiah, jenis)
    value, na = _numeric(src, rows, values, column, position, label, rupiah, jenis)
    return [None if m else v for v, m in zip(value.tolist(), na.tolist())]


def numeric_series(src: SourceText, rows: list[Row], values: list[str], column: str,
                   position: int, label: str, rupiah: bool | None = None,
                   jenis: str | None = None, typed: bool | None = None) -> pd.Series:
    """``numeric_column`` as a ``Float64`` column (the same values, findings and refusals),
    built from the column's arrays without a Python object per cell. ``typed``: whether the
    rows hold a workbook's typed numbers (``typed_numbers(rows)``), when the caller reading
    several columns of the same rows already knows."""
    rupiah = column.endswith("_rp") if rupiah is None else rupiah
    if typed_numbers(rows) if typed is None else typed:
        return floats(_typed(src, rows, values, column, position, label, rupiah, jenis))
    value, na = _numeric(src, rows, values, column, position, label, rupiah, jenis)
    return pd.Series(pd.arrays.FloatingArray(value, na))


def typed_numbers(rows: list[Row]) -> bool:
    """Whether any row holds a workbook's typed numbers (``Row.numbers``).

    >>> typed_numbers([Row(line=1, raw=[], segment=0)])
    False
    """
    return list(map(_NUMBERS, rows)).count(None) != len(rows)


def _numeric(src: SourceText, rows: list[Row], values: list[str], column: str, position: int, label: str,
             rupiah: bool, jenis: str | None) -> tuple[np.ndarray, np.ndarray]:
    """``numeric_column``'s values and NA mask (numpy arrays; NaN under the mask) for a text
    source (no typed numbers: ``_typed`` reads a workbook's column).

    A text source's column is read in one pass first (``numbers.angka_polos_kolom``: the bare
    numbers that read the same in any convention, most cells); the cells it leaves are read by
    the rules, each distinct text once, in the order the column first shows it (so that the
    first cell refused is the first in the column). Only the cells with something to say (a
    spreadsheet error in a derived column, a cell that reads two ways, a cell in the other
    convention) are then read one by one (``_Cell.read``), in row order, as every cell was
    before."""
    texts, codes, first = _distinct(values)
    taken, konvensi, value = angka_polos_kolom(texts) if texts is not None else \
        (np.zeros(len(first), bool), np.zeros(len(first), np.int8), np.full(len(first), np.nan))
    cells = np.bincount(codes, minlength=len(first))
    # the distinct texts the pass left, in the order the column first shows them
    left = {values[first[d]]: d for d in np.flatnonzero(~taken).tolist()}
    plain: dict = {}                  # the bare numbers among them (numbers.angka_polos)
    own = _conventions(left, plain)
    # one vote per cell: the pass's texts by their code, the others by their own convention
    votes: Counter = Counter({".": int(cells[konvensi == 1].sum()), ",": int(cells[konvensi == 2].sum())})
    for text, d in left.items():
        if own[text]:
            votes[own[text]] += int(cells[d])
    decimal, _ = _majority(votes)

    def shown() -> list[tuple]:       # _shown of the whole column: the pass's texts one entry per convention
        out = [(int(first[d]), t, own[t], _strip(t)[1], int(cells[d])) for t, d in left.items() if own[t] is not None]
        for code in (1, 2):
            of = np.flatnonzero(konvensi == code)
            if len(of):
                k = int(first[of].min())
                out.append((k, values[k], KONVENSI[code], False, int(cells[of].sum())))
        return out

    cell = _Cell(src, column, position, label, rupiah, jenis, decimal, own, _usage_by_kind(shown), plain)
    special: list[int] = []           # distinct texts read cell by cell
    parsed = cell.parsed
    for text, d in left.items():
        if text in plain:             # a bare number: its value whatever the column's convention
            v = parsed[text] = plain[text]
            if _other_convention(own[text], decimal):
                special.append(d)
        else:
            v = cell.value(rows[first[d]], text)
            if v is cell or text in cell.ambig or _other_convention(own[text], decimal):
                special.append(d)
            v = parsed.get(text)
        if v is not None:
            value[d] = v
    na = np.isnan(value)              # no reading is NaN: the texts without a value
    if decimal:                       # the pass's texts written in the other convention
        other = 2 if decimal == "." else 1
        for d in np.flatnonzero(konvensi == other).tolist():
            text = values[first[d]]
            own[text], parsed[text] = KONVENSI[other], float(value[d])
            special.append(d)
    value, na = value[codes], na[codes]
    if special:
        for k in np.flatnonzero(np.isin(codes, special)).tolist():
            v = cell.read(rows[k], values[k])
            value[k], na[k] = (np.nan, True) if v is None else (v, False)
    return value, na


def _distinct(values: list[str]) -> tuple:
    """The distinct texts of a column: ``(texts, codes, first)``, ``codes`` each cell's place among
    them (numpy), ``first`` the position where each first occurs, in the order the column first
    shows them; ``texts`` an Arrow array of them for the column pass (``PASS_FROM`` cells or
    more, all text), else None (the texts are ``values[first]``).

    >>> texts, codes, first = _distinct(["7", "-", "7", "8"])
    >>> texts, codes.tolist(), first.tolist()
    (None, [0, 1, 0, 2], [0, 1, 3])
    """
    if len(values) >= PASS_FROM:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.compute as pc  # type: ignore[import-untyped]

        try:
            arr = pa.array(values, type=pa.large_string(), from_pandas=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            arr = None
        if arr is not None and not arr.null_count:
            enc = pc.dictionary_encode(arr)
            codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
            first = _firsts(codes)      # Arrow numbers the texts as it first meets them
            if len(first) == len(enc.dictionary) and (codes[first] == np.arange(len(first))).all():
                return enc.dictionary, codes, first
    index: dict = {}
    codes = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.int64, count=len(values))
    return None, codes, _firsts(codes)


def _firsts(codes: np.ndarray) -> np.ndarray:
    """The first position of each code, for codes numbered as first met (0, then 1, ...): where a
    code exceeds every code before it.

    >>> _firsts(np.array([0, 1, 0, 2, 1])).tolist(), _firsts(np.zeros(0, dtype=np.int64)).tolist()
    ([0, 1, 3], [])
    """
    new = np.ones(len(codes), dtype=bool)
    new[1:] = codes[1:] > np.maximum.accumulate(codes)[:-1]
    return np.flatnonzero(new)


def _typed(src: SourceText, rows: list[Row], values: list[str], column: str, position: int, label: str,
           rupiah: bool, jenis: str | None) -> list[float | None]:
    """A workbook's column, cell by cell: a typed number is used as it is and has no say in the
    column's convention (a typed number is written in none); only cells written as text vote."""
    plain: dict = {}
    own = _conventions(values, plain)
    written = [t for row, t in zip(rows, values) if row.native(position - 1) is None]
    decimal = _convention(written, own)
    cell = _Cell(src, column, position, label, rupiah, jenis, decimal, own,
                 _usage_by_kind(lambda: _shown(written, own)), plain)
    return [cell.read(row, text) for row, text in zip(rows, values)]


class _Cell:
    """How one numeric column reads a cell (``numeric_column``): its convention, its cells
    that read two ways, what a word for nothing means in it, and each distinct text's
    value, parsed once. ``own``: the conventions of the texts it reads (``_conventions``);
    ``usage``: the column's way of writing, by kind (``_usage_by_kind``)."""

    def __init__(self, src: SourceText, column: str, position: int, label: str, rupiah: bool,
                 jenis: str | None, decimal: str | None, own: dict, usage: Callable[[str, bool], tuple],
                 plain=()):
        self.src, self.column, self.position, self.label, self.rupiah = src, column, position, label, rupiah
        self.kata = NIHIL.get(jenis or "")
        self.turunan = jenis in TURUNAN
        self.decimal, self.own, self.usage = decimal, own, usage
        self.ambig = _two_ways(own, plain)
        self.parsed: dict = {}

    def value(self, row: Row, text: str):
        """The value of ``text`` in this column (remembered), or ``self`` for a spreadsheet
        error in a derived column (NA, reported per cell by ``read``); raises as the column's
        reader does for a cell that is no number."""
        value = self.parsed.get(text, self.parsed)
        if value is not self.parsed:
            return value
        src, column, position, label = self.src, self.column, self.position, self.label
        galat = galat_lembar_kerja(text)
        if galat is not None:
            if not self.turunan:
                raise src.error(f"galat lembar kerja di {label}", line=row.line,
                                cell=f"{column} (kolom {position})",
                                expected="angka (sel ini berisi nilai galat spreadsheet, bukan angka; salin "
                                         "nilainya dari lembar kerja asal)", found=galat)
            return self
        if self.rupiah and "%" in text:
            raise src.error(f"persen di kolom rupiah {label}", line=row.line, cell=f"{column} (kolom {position})",
                            expected="angka rupiah tanpa tanda %", found=text)
        try:
            value = self.parsed[text] = parse_number(text, decimal=self.decimal)
        except NumberRangeError:
            raise _range_error(src, row, column, position, label, text) from None
        except ValueError:
            raise src.error(f"nilai bukan angka di {label}", line=row.line,
                            cell=f"{column} (kolom {position})",
                            expected="angka (mis. 2,992,759,325 / 1.683.391.529 / 56.25 / -)",
                            found=text) from None
        if value is None and self.kata is not None and text and kata_nihil(text):
            value = self.parsed[text] = self.kata       # "-", "Nihil", "Tidak ada": zero in this column
        return value

    def read(self, row: Row, text: str):
        """The value of one cell, with what it has to say (findings, a record of a cell that
        reads two ways)."""
        src, column, position, label = self.src, self.column, self.position, self.label
        if row.numbers is not None:
            native = _native(src, row, position, column, label)
            if native is not None:
                return native
        value = self.value(row, text)
        if value is self:
            galat = galat_lembar_kerja(text)
            src.finding(
                "galat_lembar_kerja", "peringatan", label, row.line,
                f"Sel {_kolom(column)} (kolom {position}) berisi galat lembar kerja \u201c{galat}\u201d yang "
                "tersalin dari spreadsheet, bukan angka; nilai turunan itu dihitung ulang dari angka tabel dan "
                "tidak dibandingkan.", nama=row.cells[0] or None, kolom=column)
            return None
        if text in self.ambig:
            value = _ambiguous(src, row, text, column, position, label, self.rupiah, self.usage, self.decimal)
        _note_convention(src, row, text, value, self.decimal, column, position, label, self.own[text])
        return value


_HEAD = re.compile(r"^\s*[+-]?\s*\d[\d.,]*%?")


def _head(text: str) -> str:
    """The number a volume cell starts with, its unit cut off even when glued to it
    (``1.250unit usaha`` -> ``1.250``, ``32%`` -> ``32%``).

    >>> _head("1.250unit usaha"), _head("83 indek"), _head("-"), _head("32%")
    ('1.250', '83', '-', '32%')
    """
    m = _HEAD.match(text)
    return m.group(0).strip() if m else text.split(" ")[0]


_UNIT_START = re.compile(r"[^\W\d_]|%")


def satuan_dalam_sel(text: str) -> tuple[str, str | None]:
    """The number a volume cell starts with and the unit written after it, or the cell
    whole and None when it holds no such pair (a plain number, text, a word for nothing).

    >>> satuan_dalam_sel("7 Paket"), satuan_dalam_sel("100 %"), satuan_dalam_sel("32%")
    (('7', 'Paket'), ('100', '%'), ('32%', '%'))
    >>> satuan_dalam_sel("1.250unit usaha"), satuan_dalam_sel("4"), satuan_dalam_sel("empat Paket")
    (('1.250', 'unit usaha'), ('4', None), ('empat Paket', None))
    """
    m = _HEAD.match(text)
    if not m:
        return text, None
    head, rest = m.group(0).strip(), text[m.end():].strip()
    if not rest:
        return text, ("%" if head.endswith("%") else None)
    if head.endswith("%") or not _UNIT_START.match(rest):
        return text, None               # "32% Koperasi", "3 - 5": not a number and its unit; refused later
    return head, rest


def _unit_key(unit: str) -> str:
    """A unit compared loosely: case, spaces, brackets and the words for percent ignored.

    >>> _unit_key("Persen (%)"), _unit_key("%"), _unit_key("Unit  usaha"), _unit_key("Orang/Bulan")
    ('%', '%', 'unitusaha', 'orangbulan')
    """
    u = re.sub(r"persentase|prosentase|presentase|persen", "%", unit.lower())
    u = re.sub(r"[^\w%]", "", u)
    return re.sub(r"%+", "%", u)


def same_unit(a: str, b: str) -> bool:
    """Whether two written units name the same thing (one may abbreviate the other).

    >>> same_unit("Paket", "paket"), same_unit("%", "Persen (%)"), same_unit("indek", "Indeks")
    (True, True, True)
    >>> same_unit("Dokumen", "Paket"), same_unit("%", "Orang")
    (False, False)
    """
    ka, kb = _unit_key(a), _unit_key(b)
    return bool(ka and kb) and (ka == kb or ka.startswith(kb) or kb.startswith(ka))


def units_in_columns(src: SourceText, rows: list[Row], cols: list[list[str]], pairs: dict, columns: list[str],
                     label: str) -> None:
    """Volume cells written with their unit (``7 Paket``, ``100 %``) in a table that has a
    satuan column for them: the number is read, the unit checked against the row's satuan.

    ``cols``: the table's cells by column (0-based positions, one list each), changed in place;
    ``pairs`` maps the position of a volume column to the position of its satuan column. Each
    such cell is left with the number alone; where the satuan cell is empty it takes the unit
    written in the volume cell (finding ``satuan_di_sel``, info); where it names another unit
    the satuan column stands and the difference is reported (``satuan_di_sel``, peringatan).
    The same unit: read, nothing said. Each distinct text of a column is looked at once
    (``satuan_dalam_sel``); only the rows of a text with a unit are visited, in row order.

    >>> from pathlib import Path
    >>> src = SourceText(path=Path("x.md"), lines=[], tables={})
    >>> cols = [["A", "B", "C"], ["7 Paket", "4", "2 Orang"], ["", "Paket", "Unit"]]
    >>> rows = [Row(line=k, raw=[], segment=0) for k in (5, 6, 7)]
    >>> units_in_columns(src, rows, cols, {1: 2}, ["nama", "target_k", "satuan"], "Tabel 2.2")
    >>> cols[1], cols[2], [(f["baris_sumber"], f["tingkat"]) for f in src.temuan]
    (['7', '4', '2'], ['Paket', 'Paket', 'Unit'], [(5, 'info'), (7, 'peringatan')])
    """
    for pos, sat_pos in pairs.items():
        col = cols[pos]
        # the usual cell, a number alone (or nothing), is passed over: each distinct text once
        split: dict[str, tuple[str, str]] = {}
        for t in dict.fromkeys(col):
            if t and not t[-1:].isdigit():
                number, unit = satuan_dalam_sel(t)
                if unit is not None:
                    split[t] = number, unit
        if not split:
            continue
        sat = cols[sat_pos]
        column, sat_column = columns[pos], columns[sat_pos]
        for k in [k for k, t in enumerate(col) if t in split]:
            row, text = rows[k], col[k]
            number, unit = split[text]
            written = sat[k]
            col[k] = number
            nama = cols[0][k] or None
            if not written:
                sat[k] = unit
                src.finding(
                    "satuan_di_sel", "info", label, row.line,
                    f"Sel {_kolom(column)} (kolom {pos + 1}) ditulis \u201c{text}\u201d dengan satuannya; kolom "
                    f"{_kolom(sat_column)} baris ini kosong, maka satuannya diambil dari sel itu (\u201c{unit}\u201d).",
                    nama=nama, kolom=column)
            elif not same_unit(unit, written):
                src.finding(
                    "satuan_di_sel", "peringatan", label, row.line,
                    f"Sel {_kolom(column)} (kolom {pos + 1}) ditulis \u201c{text}\u201d dengan satuan \u201c{unit}\u201d, "
                    f"sedangkan kolom {_kolom(sat_column)} baris ini \u201c{written}\u201d; angkanya dibaca "
                    f"{number.rstrip('%')}, satuan baris tetap \u201c{written}\u201d: periksa satuan mana yang benar.",
                    nama=nama, kolom=column)


def volume_column(src: SourceText, rows: list[Row], values: list[str], column: str,
                  position: int, label: str) -> tuple[list, list]:
    """Parse a volume-with-unit column into numbers and units (conventions and ambiguous
    cells as ``numeric_column``).

    Each distinct text is read once, in the order the column first shows it (so that the first
    cell refused is the first in the column); the values are then spread to the rows at once.
    Only the rows of a text with something to say (a number that reads two ways, a number
    written in the other convention) are visited one by one, in row order.

    >>> from pathlib import Path
    >>> src = SourceText(path=Path("x.md"), lines=[], tables={})
    >>> rows = [Row(line=k, raw=[], segment=0) for k in (1, 2, 3)]
    >>> volume_column(src, rows, ["83 indek", "32%", "4"], "target_k", 4, "Tabel 3.2")
    ([83.0, 32.0, 4.0], ['indek', '%', None])
    """
    head_of = {v: _head(v) for v in dict.fromkeys(values)}      # each distinct text once
    heads = list(map(head_of.__getitem__, values))
    own = _conventions(heads)
    decimal = _convention(heads, own)
    usage = _usage_by_kind(lambda: _shown(heads, own))
    ambig = _two_ways(own)
    parsed: dict = {}
    for text in head_of:
        try:
            parsed[text] = parse_volume(text, decimal=decimal)
        except NumberRangeError:
            raise _range_error(src, rows[values.index(text)], column, position, label, text) from None
        except ValueError:
            raise src.error(f"target/volume bukan angka di {label}", line=rows[values.index(text)].line,
                            cell=f"{column} (kolom {position})",
                            expected="angka dengan satuan (mis. '83 indek', '32%', '4')",
                            found=text) from None
    nums = [n for n, _ in map(parsed.__getitem__, values)]
    units = [u for _, u in map(parsed.__getitem__, values)]
    # the texts with something to say: a number that reads two ways, or one in the other convention
    say = {t for t, (n, _) in parsed.items()
           if n is not None and (head_of[t] in ambig or _other_convention(own[head_of[t]], decimal))}
    if say:
        for k in [k for k, t in enumerate(values) if t in say]:
            text = values[k]
            head, (n, u) = head_of[text], parsed[text]
            if head in ambig:
                n = nums[k] = _ambiguous(src, rows[k], head, column, position, label, False, usage, decimal,
                                         satuan=u)
            _note_convention(src, rows[k], head, n, decimal, column, position, label, own[head])
    return nums, units


def drop_duplicates(src: SourceText, kind: str, label: str, rows: list, keys: list) -> list:
    """Rows without exact duplicates: one duplicated row is dropped with a kritis finding
    ``baris_ganda``; more than one is an error naming the first pair (a table or page
    pasted twice would double every total).

    ``rows`` are items with a ``line`` attribute or key; ``keys`` their identity.
    """
    seen: dict = {}
    pairs = []
    for row, key in zip(rows, keys):
        if key in seen:
            pairs.append((seen[key], row))
        else:
            seen[key] = row
    if not pairs:
        return rows
    line = (lambda r: r.line) if hasattr(pairs[0][0], "line") else (lambda r: r["baris_sumber"])
    first, dup = pairs[0]
    if len(pairs) > 1:
        raise src.error(
            f"{len(pairs)} baris {label} muncul dua kali (pertama: baris {line(first)} dan baris "
            f"{line(dup)})", line=line(dup),
            expected="setiap baris sekali (tabel atau halaman yang tersalin dua kali akan menggandakan "
                     "setiap jumlah)", found=f"{len(pairs)} baris ganda")
    src.finding("baris_ganda", "kritis", label, line(dup),
                f"Baris ini sama persis dengan baris {line(first)} dan tidak dihitung dua kali; "
                "periksa apakah dokumen memang memuat baris yang sama dua kali.",
                pembanding=line(first))
    src.dropped[kind] = src.dropped.get(kind, 0) + 1
    return [r for r in rows if r is not dup]


def text(values) -> pd.Series:
    """A string column: empty cells become NA.

    Cells of text (and None) are built as one Arrow array, the empty ones masked in Arrow: the
    same column as pandas' element-by-element conversion, three times faster. Anything else
    (``pd.NA``, a float NaN, a number) takes pandas' conversion, as before.

    >>> text(["a", "", None]).tolist(), str(text(["a"]).dtype)
    (['a', <NA>, <NA>], 'string')
    >>> text(["a", pd.NA, ""]).isna().tolist()
    [False, True, True]
    """
    if STRING.storage == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            arr = pa.array(values, type=pa.large_string())
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            pass
        else:
            arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.large_string()), arr)
            return pd.Series(pd.arrays.ArrowStringArray(arr))
    return pd.Series([None if isinstance(v, str) and not v else v for v in values], dtype=STRING)


def floats(values) -> pd.Series:
    """A ``Float64`` column of numbers and None (NA; a NaN too, as pandas reads it). Python
    floats, ints and None (the usual column) go through numpy, the same data and mask as pandas'
    conversion object by object, which anything else keeps.

    >>> s = floats([1.5, None, 3, float("nan")])
    >>> s.tolist(), str(s.dtype), s.equals(pd.Series([1.5, None, 3, None], dtype="Float64"))
    ([1.5, <NA>, 3.0, <NA>], 'Float64', True)
    """
    values = values if isinstance(values, list) else list(values)
    if set(map(type, values)) <= _PLAIN:
        data = np.array(values, dtype=np.float64)
        return pd.Series(pd.arrays.FloatingArray(data, np.isnan(data)))
    return pd.Series([pd.NA if v is None else v for v in values], dtype=FLOAT)


#: The types ``floats`` builds through numpy.
_PLAIN = {float, int, type(None)}


def fill_ancestors(df: pd.DataFrame, name_col: str = "nama", level_col: str = "level") -> pd.DataFrame:
    """Add ``program``, ``kegiatan``, ``sub_kegiatan``: each row's ancestors and
    itself, filled down in document order, NA below the row's own level.

    A row's program is the name of the last program row at or above it that has one; its
    kegiatan the name of the last kegiatan row with one at or above it in the same program's
    block (a block starts at its program row); found as positions for the whole column
    (``np.maximum.accumulate``) and taken at once.

    >>> df = pd.DataFrame({"level": ["kegiatan", "program", "kegiatan", "sub_kegiatan", "kegiatan",
    ...                              "program", "sub_kegiatan"],
    ...                    "nama": ["K0", "P1", "K1", "S1", None, "P2", "S2"]})
    >>> out = fill_ancestors(df)
    >>> [out[c].tolist() for c in ("program", "kegiatan", "sub_kegiatan")]  # doctest: +NORMALIZE_WHITESPACE
    [[<NA>, 'P1', 'P1', 'P1', 'P1', 'P2', 'P2'], ['K0', <NA>, 'K1', 'K1', 'K1', <NA>, <NA>],
     [<NA>, <NA>, <NA>, 'S1', <NA>, <NA>, 'S2']]
    """
    level = df[level_col]
    name = df[name_col]
    is_p, is_k = teks_di(level, ("program",)), teks_di(level, ("kegiatan",))
    named = name.notna().to_numpy(dtype=bool)
    pos = np.arange(len(df))
    last = np.maximum.accumulate
    program_at = last(np.where(is_p & named, pos, -1))
    block = last(np.where(is_p, pos, -1))
    kegiatan_at = last(np.where(is_k & named, pos, -1))
    kegiatan_at[(kegiatan_at <= block) | is_p] = -1     # another program's kegiatan, or a program row
    sub_at = np.where(teks_di(level, ("sub_kegiatan",)), pos, -1)

    def at(where: np.ndarray) -> pd.Series:
        return pd.Series(name.array.take(where, allow_fill=True), index=df.index).astype(STRING)

    out = df.copy(deep=False)        # copy-on-write: the new columns are out's alone, no data copied
    out["program"] = at(program_at)
    out["kegiatan"] = at(kegiatan_at)
    out["sub_kegiatan"] = at(sub_at)
    return out


def teks_di(s: pd.Series, names) -> np.ndarray:
    """``s.astype(str).isin(names)`` as a boolean array; a categorical column is compared by its
    categories, converted once instead of every cell (pandas converts ``astype(str)`` cell by cell).

    >>> teks_di(pd.Series(["program", None, "kegiatan"], dtype="category"), ("program",)).tolist()
    [True, False, False]
    >>> teks_di(pd.Series(["program", "dinas"]), ("dinas", "kegiatan")).tolist()
    [False, True]
    """
    if not isinstance(s.dtype, pd.CategoricalDtype):
        return s.astype(str).isin(names).to_numpy(dtype=bool)
    hit = np.append(s.cat.categories.astype(str).isin(names), False)
    return hit[s.cat.codes.to_numpy()]         # code -1 (missing): the False at the end


#: Each level's code in ``level_series``' categorical column.
_LEVEL_CODES = {level: k for k, level in enumerate(LEVELS)}


def level_series(levels) -> pd.Series:
    """The levels as an ordered categorical column of ``names.LEVELS``.

    Each level's code is looked up in a dict (no factorising of the texts); a value that is
    none of the levels and not missing leaves the column to ``pd.Categorical`` itself, which
    says so as it always did.

    >>> s = level_series(["program", None, "sub_kegiatan"])
    >>> s.astype(str).tolist(), s.cat.codes.tolist(), list(s.cat.categories)
    (['program', nan, 'sub_kegiatan'], [0, -1, 2], ['program', 'kegiatan', 'sub_kegiatan'])
    """
    values = list(levels)
    try:
        codes = np.fromiter(map(_LEVEL_CODES.get, values, itertools.repeat(-1, len(values))),
                            dtype=np.int8, count=len(values))
    except TypeError:                   # an unhashable value: pandas' own reading
        codes = None
    if codes is not None:
        other = np.flatnonzero(codes < 0).tolist()
        if not other or pd.isna([values[k] for k in other]).all():
            return pd.Series(pd.Categorical.from_codes(codes, categories=list(LEVELS), ordered=True))
    return pd.Series(pd.Categorical(values, categories=list(LEVELS), ordered=True))
