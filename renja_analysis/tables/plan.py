"""Section 3.3: the coded "Rencana program dan kegiatan Perubahan Renja" table.

Only fragments survive the extraction. A sub kegiatan appears as a name row
(kode + name) followed by an indicator row holding the numbers; programs and
kegiatan carry both on one row. The name sits in the third or fourth cell, the
rupiah columns number four (``RKPD 2024``, ``APBD 2024``, ``RKPD PERUBAHAN 2024``,
``Bertambah/Berkurang``) or five: the second fragment has one more numeric column
than its header, kept as ``pagu_tanpa_judul_rp``. Cells are therefore classified
by what they hold, not by position.

A Renja murni's table (its header names neither targets before/after nor APBD / RKPD
Perubahan columns: ``susunan``) gives one target and one pagu indikatif per row: they are
read into ``target_sebelum`` (the target as planned) and ``pagu_rkpd_rp`` (the RKPD's
pagu indikatif), the columns of the change left empty.

Codes are read as written when they follow the nomenclature (``2.17.07.2.01.0008``); a
code with a trailing dot (``2.17.02.2.01.``) or placeholder segments (``X.XX.01.2.01``,
``2.17.02.2.01.xx``) is kept, normalised (``kode_baku``) and reported (``kode_tidak_baku``).
A row whose trailing empty cells the extractor dropped is read padded with empty cells
(a pagu of the next year among them is reported, ``sel_akhir_kosong``).

Schema (one row per program / kegiatan / sub kegiatan in the fragments):

``urutan``, ``fragmen``, ``level``, ``kode``, ``nama``, ``indikator``,
``target_sebelum``, ``satuan_sebelum``, ``target_sesudah``, ``satuan_sesudah``,
``pagu_rkpd_rp``, ``pagu_apbd_rp``, ``pagu_rkpd_perubahan_rp``,
``pagu_tanpa_judul_rp``, ``bertambah_berkurang_rp``, ``lokasi``, ``sumber_dana``,
``prioritas_nasional``, ``prioritas_daerah``, ``kelompok_sasaran``, ``target_maju``,
``satuan_maju``, ``pagu_maju_rp``, ``perangkat_daerah``, ``baris_sumber``, then
``target_sebelum_lain``, ``target_sesudah_lain`` (a target's second reading, else NaN).

A target of the year (``target_sebelum``, ``target_sesudah``) whose number reads two ways (``15,000``,
``1.250 Persen``) is settled by the cell itself (both separators, two groups, a unit counting whole things:
``1.000 Orang`` is 1000, ``1.500 Pasien`` 1500: ``satuan_cacah``), else by the row's other target of the
year (equal to one reading only); the two cells of a row holding the same text are read one way. Else its
column's other target cells or the separator every column of Tabel 2.2 and 3.2 decides choose the reading
(an ``angka_ambigu`` info), the other kept in ``target_<key>_lain``; where they are silent or disagree the
thousands reading is the target, the decimal one kept beside it, both quoted in one ``target_ambigu``
peringatan (``_putuskan_tahun``). A target with a second reading is compared under both
(``findings.document.bacaan_target_lain``, ``findings.reconciliation``).

The prakiraan maju (the year after the one the table plans, n+1) gives a target and a pagu:
its target cell is read as a volume (``4 Laporan``: ``target_maju`` 4, ``satuan_maju`` ``Laporan``),
an empty cell (or ``-``, ``Nihil``) as no target. A text that is no target (``Meningkat``, ``N/A``,
``\u2265 80``) or a number that reads two ways (``15,000``: 15.000 or 15, unless its unit settles it as
in Tabel 2.2: ``_common.bacaan_volume``) leaves ``target_maju`` empty and is kept as written in
``satuan_maju``, the document's such cells quoted in one finding (``target_maju_teks``): the
analysis does not use the column. A cell written as a rupiah amount (``Rp 5.000.000``,
``38.000.000,00``, the row's own pagu) is kept the same way and reported (``target_maju_rupiah``,
peringatan) while the row's pagu cell holds a number; beside an empty pagu cell (the amount may
have shifted from it) the document is refused.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain, repeat
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from ..caches import per_table
from ..names import LEVEL_OF_PARTS, LEVELS, level_from_code
from ..numbers import (
    NumberRangeError,
    angka_polos_kolom,
    cell_convention,
    format_angka,
    galat_lembar_kerja,
    parse_number as _parse_number,
    parse_volume as _parse_volume,
)
from ..sources.base import LABEL as _LABELS, SourceText, cells_of, match_each
from ._common import (
    INT,
    _head,
    bacaan_volume,
    cut_at_end,
    drop_duplicates,
    floats,
    missing_cells,
    satuan_utuh,
    text,
)

LABEL = "tabel Rencana Program dan Kegiatan Perubahan (3.3)"
#: The table as a Renja murni's header shows it (one target, one pagu indikatif, ``susunan``).
LABEL_MURNI = "tabel Rencana Program dan Kegiatan (3.3)"
#: The table as findings name it.
LABEL_TABEL = _LABELS["tabel_3_3"]
#: A nomenclature code as printed: digits or placeholder segments (``X.XX``), three to six of them,
#: perhaps with a trailing dot.
_KODE = re.compile(r"^(?:\d+|[xX]+)(?:\.(?:\d+|[xX]+)){2,}\.?$")
_NO = re.compile(r"^\d+\.?$")


class _Rec(NamedTuple):
    """One record of the table, compact (a tuple, a fifth of a dict's memory): every field a
    record can have, in one order, the one place the table's fields are written (``COLUMNS``
    is made from it): the columns after ``level``, fragment and line last. A field the row does
    not have holds ``_TIADA``."""

    kode: Any
    nama: Any
    indikator: Any
    target_sebelum: Any
    satuan_sebelum: Any
    target_sesudah: Any
    satuan_sesudah: Any
    pagu_rkpd_rp: Any
    pagu_apbd_rp: Any
    pagu_rkpd_perubahan_rp: Any
    pagu_tanpa_judul_rp: Any
    bertambah_berkurang_rp: Any
    lokasi: Any
    sumber_dana: Any
    prioritas_nasional: Any
    prioritas_daerah: Any
    kelompok_sasaran: Any
    target_maju: Any
    satuan_maju: Any
    pagu_maju_rp: Any
    perangkat_daerah: Any
    fragmen: Any
    baris_sumber: Any

    @property
    def line(self) -> int:
        return self.baris_sumber


#: The table's columns: the order and the level, then ``_Rec``'s fields (but the fragment, placed
#: second).
COLUMNS = ["urutan", "fragmen", "level", *(f for f in _Rec._fields if f != "fragmen")]
#: A field a record does not have (``_unique``).
_TIADA = object()
_TAIL = ["lokasi", "sumber_dana", "prioritas_nasional", "prioritas_daerah",
         "kelompok_sasaran", "target_maju", "pagu_maju_rp", "perangkat_daerah"]


@per_table(maxsize=1 << 14)
def parse_number(cell: str):
    """``numbers.parse_number`` remembered per cell text: a row's rupiah repeat across its
    columns (RKPD, APBD, RKPD Perubahan) and every cell is read twice (classified, parsed)."""
    return _parse_number(cell)


@per_table(maxsize=1 << 14)
def parse_volume(cell: str):
    """``numbers.parse_volume`` remembered per cell text (targets repeat)."""
    return _parse_volume(cell)


_RP = re.compile(r"(?i)\brp\.?")
_HURUF = re.compile(r"[A-Za-z%]")


@per_table(maxsize=1 << 14)
def _is_amount(cell: str) -> bool:
    """A rupiah amount (``30,000,000.00``, ``Rp 30.000.000``, an accounting negative ``(3,251,000.00)``)."""
    try:
        return parse_number(cell) is not None and not _HURUF.search(_RP.sub("", cell))
    except NumberRangeError:
        return True            # read (and refused) by _values, which names the cell
    except ValueError:
        return False


_ANGKA_DI_DEPAN = re.compile(r"\s*[+-]?\s*\d")


@per_table(maxsize=1 << 14)
def _is_volume(cell: str) -> bool:
    if not _ANGKA_DI_DEPAN.match(cell):       # text or nil: no volume (without raising)
        return False
    try:
        return parse_volume(cell)[0] is not None
    except NumberRangeError:
        return True            # a number, refused by _values with the cell named
    except ValueError:
        return False


def kode_baku(text: str) -> tuple[str, str | None, str | None]:
    """A printed code, normalised: (code, what was not standard or None, tingkat).

    The trailing dot is dropped; placeholder segments are written ``X``. ``X.XX`` as urusan
    and bidang is how the nomenclature writes a program shared by every urusan (``info``); a
    placeholder anywhere else leaves the code pointing at no row in particular (``peringatan``).

    Examples
    --------
    >>> kode_baku("2.17.07.2.01.0008")
    ('2.17.07.2.01.0008', None, None)
    >>> kode_baku("2.17.02.2.01.")[:1], kode_baku("X.XX.02.2.01")[2], kode_baku("2.17.07.2.01.xx")[::2]
    (('2.17.02.2.01',), 'info', ('2.17.07.2.01.XX', 'peringatan'))
    """
    if _BAKU.match(text):           # digits and dots only, no trailing dot: standard as written
        return text, None, None
    return _kode_baku(text)


#: A code written the standard way: digit segments, no trailing dot, nothing around it (``kode_baku``
#: returns it as it is without the rules; most codes, and the cache of the others stays small).
_BAKU = re.compile(r"\d+(?:\.\d+)*\Z")


@per_table(maxsize=1 << 15)
def _kode_baku(text: str) -> tuple[str, str | None, str | None]:
    """``kode_baku`` remembered per code (each is read twice: the row, then the check of
    codes that come back)."""
    parts = text.strip().rstrip(".").split(".")
    kode = ".".join(p.upper() if "x" in p.lower() else p for p in parts)
    pengganti = [k for k, p in enumerate(parts) if not p.isdigit()]
    if pengganti and pengganti != [0, 1]:
        lain = ", ".join(f"segmen ke-{k + 1} ({parts[k]})" for k in pengganti if k > 1) or "segmen urusan/bidang"
        return kode, (f"{lain} masih berupa tanda pengganti, sehingga kode tidak menunjuk satu baris "
                      "nomenklatur tertentu; periksa kodenya"), "peringatan"
    alasan = []
    if text.strip().endswith("."):
        alasan.append("titik di akhir kode dibuang")
    if pengganti:
        alasan.append("urusan dan bidang ditulis X.XX, cara nomenklatur menulis program yang berlaku untuk "
                      "semua urusan (misalnya program penunjang)")
    return kode, ("; ".join(alasan) or None), ("info" if alasan else None)


def susunan(block) -> tuple[int, bool]:
    """How many targets a 3.3 table gives per row and whether it has the columns of the change
    (APBD, RKPD Perubahan, bertambah/berkurang), read from its header: (2, True) for a Renja
    Perubahan's table (``TARGET SEBELUM / SESUDAH``, ``APBD 2024``, ``RKPD PERUBAHAN 2024``),
    (1, False) for a Renja murni's (one target, one pagu indikatif).

    >>> from renja_analysis.sources.base import TableBlock
    >>> susunan(TableBlock(kind="tabel_3_3", header=[["NO", "KODE", "TARGET", "PAGU INDIKATIF (Rp)"]], header_line=1))
    (1, False)
    """
    words = {w for r in (block.header if block else []) for c in r for w in re.findall(r"[a-z]+", c.lower())}
    return (2 if {"sebelum", "sesudah"} & words else 1), bool({"apbd", "perubahan", "bertambah"} & words)


def _values(src: SourceText, row, cells: list[str], start: int, targets: tuple = ("sebelum", "sesudah"),
            murni: bool = False, present: int | None = None, teks_maju: list | None = None,
            tahun: _TargetTahun | None = None) -> dict:
    """Parse targets, rupiah run and trailing text cells from ``start`` on. ``targets``: the
    targets a row gives; ``murni``: one pagu indikatif instead of the 4 or 5 pagu of a Renja
    Perubahan; ``present``: the cells the row held before it was padded; ``teks_maju``: where a
    prakiraan maju target written as a text is noted (line, column, text) for ``parse``'s finding;
    ``tahun``: where the year's target cells are noted for ``_putuskan_tahun`` (the conventions the
    read ones show, the ones whose number reads two ways: left NA here, their text kept as the unit)."""
    out: dict = {}
    label = LABEL_MURNI if murni else LABEL
    i = start
    n = len(cells)
    for key in targets:
        if i < n and _is_target(cells[i]):
            try:
                out[_TARGET[key]], out[_SATUAN[key]] = parse_volume(cells[i])
            except NumberRangeError:
                raise src.error(f"angka di luar batas wajar di {label}", line=row.line, cell=f"kolom {i + 1}",
                                expected="target dengan besaran paling banyak 10^15", found=cells[i]) from None
            satuan = out[_SATUAN[key]]
            if isinstance(satuan, str) and _dua_volume_tahun(satuan):
                # two volumes in one cell (``3 Dokumen 2 Laporan``): neither is the target alone; kept as
                # written with a finding (``_report_ganda``), never a silent number (REV-AT AT10)
                out[_TARGET[key]], out[_SATUAN[key]] = None, cells[i]
                if tahun is not None:
                    tahun.ganda.append((row.line, i + 1, cells[i], key))
            elif tahun is not None:
                tahun.konvensi[key][cell_convention(_head(cells[i]))] += 1
        elif i < n and _bacaan_target(cells[i]) is not None:
            # a number that reads two ways, the cell alone not settling it: decided by its column or the
            # document once every row is read (``_putuskan_tahun``); its text kept as the unit until then
            out[_TARGET[key]], out[_SATUAN[key]] = None, cells[i]
            if tahun is not None:
                tahun.dua.append((row.line, i + 1, key, cells[i]))
        else:
            raise src.error(f"target {key} tidak terbaca di {label}", line=row.line,
                            cell=f"kolom {i + 1}", expected="target dengan satuan (mis. '4 Laporan')",
                            found=cells[i] if i < len(cells) else "")
        i += 1
    run: list = []
    galat: list[int] = []               # cells of the run holding a spreadsheet error value
    while i < n:
        if "#" in cells[i] and galat_lembar_kerja(cells[i]):
            galat.append(i)
            run.append(None)
            i += 1
            continue
        if not _is_amount(cells[i]):
            break
        try:
            run.append(parse_number(cells[i]))
        except NumberRangeError:
            raise src.error(f"angka di luar batas wajar di {label}", line=row.line, cell=f"kolom {i + 1}",
                            expected="angka rupiah dengan besaran paling banyak 10^15", found=cells[i]) from None
        i += 1
    if galat:
        # bertambah/berkurang (the last of four rupiah cells) is derived, RKPD Perubahan - RKPD: an error
        # value there is not stated (the difference is still checked from the pagu). Anywhere else, or in a
        # run of five (the error could be a fifth rupiah cell or a lokasi), no one can read it: refused.
        if galat != [i - 1] or len(run) != 4:
            raise src.error(f"galat lembar kerja di {label}", line=row.line, cell=f"kolom {galat[0] + 1}",
                            expected="angka rupiah (sel ini berisi nilai galat spreadsheet; salin nilainya dari "
                                     "lembar kerja asal)", found=cells[galat[0]])
        src.finding("galat_lembar_kerja", "peringatan", LABEL_TABEL, row.line,
                    f"Sel bertambah/berkurang (kolom {i}) berisi galat lembar kerja \u201c{cells[i - 1]}\u201d yang "
                    "tersalin dari spreadsheet, bukan angka; nilai turunan itu tidak dibandingkan.",
                    kolom="bertambah_berkurang_rp")
    if murni and len(run) == 1:
        rkpd, apbd, perubahan, extra, selisih = run[0], None, None, None, None
    elif len(run) == 4 and not murni:
        rkpd, apbd, perubahan, selisih = run
        extra = None
    elif len(run) == 5 and not murni:
        rkpd, apbd, perubahan, extra, selisih = run
    else:
        raise src.error(f"jumlah kolom pagu salah di {label}", line=row.line,
                        cell=f"kolom {i + 1}",
                        expected="1 angka rupiah (pagu indikatif)" if murni else "4 atau 5 angka rupiah berurutan "
                        "(RKPD, APBD, RKPD Perubahan, [tanpa judul], bertambah/berkurang)",
                        found=f"{len(run)} angka")
    out.update(pagu_rkpd_rp=rkpd, pagu_apbd_rp=apbd, pagu_rkpd_perubahan_rp=perubahan,
               pagu_tanpa_judul_rp=extra, bertambah_berkurang_rp=selisih)
    out.update(zip(_TAIL, cells[i:] + [""] * len(_TAIL)))
    at_t = i + _TAIL.index("target_maju")
    at = i + _TAIL.index("pagu_maju_rp")
    gone = [] if present is None else [k for k in (at_t, at) if present <= k < len(cells)]
    if present is not None and gone:
        # the target or pagu of the next year was among the empty cells the extractor dropped
        missing_cells(src, row, LABEL_TABEL, present, len(cells), "t" * at_t + "vn",
                      [""] * at_t + ["target_maju", "pagu_maju_rp"], at=gone)
    try:
        out["pagu_maju_rp"] = parse_number(out["pagu_maju_rp"])
    except ValueError:
        raise src.error(f"pagu tahun berikutnya bukan angka di {label}", line=row.line,
                        cell=f"kolom {i + len(_TAIL) - 1}", expected="angka rupiah",
                        found=out["pagu_maju_rp"]) from None
    maju, pagu = out["target_maju"], out["pagu_maju_rp"]
    try:
        out["target_maju"], out["satuan_maju"], jenis = _target_maju(maju)
    except NumberRangeError:
        raise src.error(f"angka di luar batas wajar di {label}", line=row.line, cell=f"kolom {at_t + 1}",
                        expected="target dengan besaran paling banyak 10^15", found=maju) from None
    except ValueError:
        if pagu is None:
            # the amount stands where the target should and the pagu beside it is empty: the row's
            # cells may have shifted, and nothing tells which column the amount belongs to
            raise src.error(f"target prakiraan maju tidak terbaca di {label}", line=row.line,
                            cell=f"kolom {at_t + 1}",
                            expected="target dengan satuan (mis. '4 Laporan'), teks, atau sel kosong; sel ini "
                                     "berisi angka rupiah sedangkan sel pagu prakiraan maju di sebelahnya kosong "
                                     "(sel kolom bisa bergeser)", found=maju) from None
        out["target_maju"], out["satuan_maju"], jenis = None, maju, "rupiah"
    if jenis is None and _sama_pagu(out["target_maju"], pagu):
        out["target_maju"], out["satuan_maju"], jenis = None, maju, "sama_pagu"
    if jenis and teks_maju is not None:
        teks_maju.append((row.line, at_t + 1, maju, jenis))
    return out


#: A rupiah amount as the money columns write it: thousands grouped by commas, decimals after a point
#: (``30,000,000.00``). A number grouped without decimals (``1,500,000``, ``15,000``) may be a target.
_RUPIAH_INGGRIS = re.compile(r"-?\d{1,3}(,\d{3})+\.\d+")


@per_table(maxsize=1 << 14)
def _is_target(cell: str) -> bool:
    """A target cell of the year read as a number as written: a volume, not a rupiah amount, whose
    number reads one way or is settled by the cell itself (``_bacaan_target``).

    >>> [_is_target(c) for c in ["80 Indeks", "1,250 Orang", "1.000 Orang", "1,500,000", "1.500,5 Ton"]]
    [True, True, True, True, True]
    >>> [_is_target(c) for c in ["15,000", "1.250 Persen", "30,000,000.00", "Meningkat"]]
    [False, False, False, False]
    """
    return _is_volume(cell) and not _is_amount_like_rp(cell) and _bacaan_target(cell) is None


@per_table(maxsize=1 << 14)
def _bacaan_target(cell: str) -> tuple[float, float, str] | None:
    """The two readings (thousands, decimal, separator: ``numbers.dua_bacaan``) of a target cell of the
    year that the cell itself does not settle; None for a cell that reads one way. The cell settles it
    by both separators (``1.500,5``), by two groups (``1,500,000``) and by a unit that counts whole
    things, as for the n+1 target (``_target_maju``): ``1,250 Orang`` is 1250 (never 1,25 people) and
    ``1.000 Orang`` 1000 (no office writes one person with three zero decimals).

    >>> _bacaan_target("15,000"), _bacaan_target("1.250 Persen")
    ((15000.0, 15.0, ','), (1250.0, 1.25, '.'))
    >>> [_bacaan_target(c) for c in ["1.000 Orang", "10.000 Eksemplar", "1,250 Orang", "1.500,5", "82 Indeks"]]
    [None, None, None, None, None]
    """
    if not _ANGKA_DI_DEPAN.match(cell):
        return None
    bacaan = bacaan_volume(cell)
    if bacaan is None:
        return None
    head = _head(cell)
    unit = cell.strip()[len(head):].strip() if cell.strip().startswith(head) else None
    if satuan_utuh(unit or None) or (not float(bacaan[1]).is_integer() and satuan_cacah(unit)):
        return None
    return bacaan


#: Units that measure (may hold a fraction): percentages, indices, scores, money, mass, length, area,
#: volume, energy and time: never a count, whatever else they hold (``satuan_cacah``).
_UKURAN = re.compile(
    r"(?i)%|\b(persen|prosen|persentase|indeks|indek|index|nilai|rasio|skor|poin|point|angka|tingkat|level|"
    r"predikat|derajat|proporsi|rata|rupiah|rp|ribu|juta|miliar|milyar|triliun|ton|kg|kilogram|gr|gram|"
    r"kuintal|kwintal|liter|ltr|lt|m|cm|mm|km|meter|kilometer|m\d|km\d|ha|hektar|hektare|are|kwh|kw|"
    r"watt|mw|jam|menit|detik|hari|minggu|bulan|tahun|semester|triwulan|lipat)\b")

#: Words of units that count persons, households, animals, plants and things, beside
#: ``_common.satuan_utuh``'s (a closed list: a unit it does not know is no evidence, REV-AY AY1).
_CACAH = re.compile(
    r"(?i)\b(jiwa|pasien|kk|keluarga|rumah\s+tangga|rt|ruta|ekor|pohon|batang|bibit|benih|pcs|org|siswa|murid|"
    r"mahasiswa|santri|guru|pegawai|asn|pns|penduduk|warga|anak|balita|bayi|ibu|lansia|petani|nelayan|pedagang|"
    r"wisatawan|pengunjung|penerima|pendaftar|lulusan|tenaga|personil|personel|anggota|rumah|sekolah|kios|toko|"
    r"los|lapak|kendaraan|lembar|helai|set|pasang|stel|box|dus|karung|sak|botol|bungkus|kotak)\b")


def satuan_cacah(unit) -> bool:
    """Whether a target's unit counts things (persons, patients, households, trees, sheets, pieces: a
    count is never 1,5 of them): ``_common.satuan_utuh``'s units, and the count words of ``_CACAH``
    that measure nothing (``_UKURAN``: no percentage, index, money, mass, length, area, volume or
    time). The list is closed: a unit it does not know (``Prosentase``, ``IKM``, ``ppm``, ``mg/l``,
    ``Skala``) settles nothing, and its number keeps both readings (REV-AY AY1: an open rule read
    ``87.500 Prosentase`` as 87500 without a word).

    >>> [satuan_cacah(u) for u in ["Jiwa", "Pasien", "KK", "Ekor", "Pohon", "Pcs", "Org", "Bibit"]]
    [True, True, True, True, True, True, True, True]
    >>> [satuan_cacah(u) for u in ["Meter", "Ha", "Persen", "%", "Indeks", "Ton", "m2", "Bulan", None, ""]]
    [False, False, False, False, False, False, False, False, False, False]
    >>> [satuan_cacah(u) for u in ["Prosentase", "Presentase", "IKM", "ppm", "mg/l", "Skala", "Kilo", "NTU"]]
    [False, False, False, False, False, False, False, False]
    """
    if not isinstance(unit, str) or not re.search(r"[^\W\d_]", unit):
        return False
    return satuan_utuh(unit) or (bool(_CACAH.search(unit)) and not _UKURAN.search(unit))


@per_table(maxsize=1 << 14)
def _target_maju(cell: str) -> tuple[float | None, str | None, str | None]:
    """The prakiraan maju (n+1) target cell read as a volume (``parse_volume``): (number, unit, None);
    (None, None, None) for an empty cell or a nil (``-``, ``Nihil``). A cell no number is read from is
    kept as written in place of the unit, with what it is (``parse`` reports such cells once; the
    analysis does not use the column):

    - ``"teks"``: a text that is no number with a unit (``Meningkat``, ``N/A``, ``\u2265 80``, ``(100)``,
      ``Rp``), or two volumes in one cell (``3.000 Orang 1.500 Orang``: a unit holding a number after
      its words, not a rate: ``_dua_volume``);
    - ``"ambigu"``: a number that reads two ways (``15,000``: 15.000 or 15), the rule of every
      volume cell (``_common.bacaan_volume``; its unit settles ``1,250 Orang`` as 1250, as it does in
      Tabel 2.2). A unit that counts whole things (``_common.satuan_utuh``) settles a whole decimal
      reading too: ``1.000 Orang`` is 1000 people, no office writes 1 person with three zero decimals.

    ``ValueError`` for a cell written as a rupiah amount (``_rupiah_maju``: ``Rp 5.000.000``,
    ``38,000,000.00``; the caller decides by the row's pagu); ``NumberRangeError`` for a number beyond
    the bounds.

    >>> _target_maju("82 Indeks"), _target_maju("1 %"), _target_maju(""), _target_maju("-")
    ((82.0, 'Indeks', None), (1.0, '%', None), (None, None, None), (None, None, None))
    >>> _target_maju("Meningkat"), _target_maju("(100)"), _target_maju("Rp")
    ((None, 'Meningkat', 'teks'), (None, '(100)', 'teks'), (None, 'Rp', 'teks'))
    >>> _target_maju("3.000 Orang 1.500 Orang"), _target_maju("8 per 1000 KH"), _target_maju("4 m2")
    ((None, '3.000 Orang 1.500 Orang', 'teks'), (8.0, 'per 1000 KH', None), (4.0, 'm2', None))
    >>> _target_maju("15,000"), _target_maju("1.250 Persen"), _target_maju("1,250 Orang")
    ((None, '15,000', 'ambigu'), (None, '1.250 Persen', 'ambigu'), (1250.0, 'Orang', None))
    >>> _target_maju("1.000 Orang"), _target_maju("10,000 Eksemplar"), _target_maju("1.200.000,00 Liter")
    ((1000.0, 'Orang', None), (10000.0, 'Eksemplar', None), (1200000.0, 'Liter', None))
    >>> _target_maju("38.000.000,00")
    Traceback (most recent call last):
    ...
    ValueError: written as a rupiah amount, not a target: '38.000.000,00'
    """
    try:
        nil = parse_volume(cell) == (None, None)
    except NumberRangeError:
        raise
    except ValueError:
        nil = False
    if nil:
        return None, None, None
    if _rupiah_maju(cell):
        raise ValueError(f"written as a rupiah amount, not a target: {cell!r}")
    if not _is_volume(cell):
        return None, cell, "teks"
    value, unit = parse_volume(cell)
    if unit and _dua_volume(unit):          # two volumes in one cell: neither is the target alone
        return None, cell, "teks"
    bacaan = bacaan_volume(cell)
    if bacaan is None:
        return value, unit, None
    if satuan_utuh(unit):       # a count: never 1,25 (``bacaan_volume``) nor 1 written ``1.000``
        return bacaan[0], unit, None
    return None, cell, "ambigu"


#: A unit's words and a number standing apart after them (``Orang 1.500 Orang``; not ``m2``).
_KATA_ANGKA = re.compile(r"([^\W\d_][^\d]*?)\s+[+-]?\d[\d.,]*(?:\s|$)")
#: Words that make the number after them part of a rate (``per 1000 KH``, ``Orang / 14``).
_LAJU = re.compile(r"(?i)(?:\bper|/)\s*$")


#: A year target's unit that is one word, a number and one word (``Dokumen 2 Laporan``, ``Orang 1.500 Orang``,
#: ``Dokumen, 2 Laporan``): the only shape read as two volumes in Tabel 3.3's year cells (``_dua_volume_tahun``).
_DUA_TAHUN = re.compile(r"(?i)^([^\W\d_]+)\s*(?:[,;&+]\s*|\s(?:dan|serta)\s+)?[+-]?\d[\d.,]*\s+([^\W\d_]+)\s*$")


def _dua_volume_tahun(unit: str) -> bool:
    """Whether the unit read after a year target's number holds a second volume: one word, a number and
    one word, each word a unit that counts (``satuan_cacah``) or the same word twice (``Orang 1.500 Orang``,
    ``Dokumen 2 Laporan``). A number inside a longer unit is part of it (REV-BD BD1: ``Unit Kendaraan Roda
    4``, ``Unit Gedung 2 Lantai``, ``Kali dalam 1 Tahun``, ``Lokasi di 2 Kecamatan``, ``Dokumen Tahap 2``,
    ``Sertifikat ISO 9001``, ``Laporan Semester 1 dan 2`` are one volume each).

    >>> [_dua_volume_tahun(u) for u in ["Dokumen 2 Laporan", "Orang 1.500 Orang", "Dokumen, 2 Laporan",
    ...                                 "Paket dan 3 Unit"]]
    [True, True, True, True]
    >>> [_dua_volume_tahun(u) for u in ["Unit Kendaraan Roda 4", "Unit Gedung 2 Lantai", "Kali dalam 1 Tahun",
    ...                                 "Lokasi di 2 Kecamatan", "Dokumen Tahap 2", "Sertifikat ISO 9001",
    ...                                 "Laporan Semester 1 dan 2", "Indeks Skala 100", "Unit 24 Jam", "Tahun 2024"]]
    [False, False, False, False, False, False, False, False, False, False]
    """
    m = _DUA_TAHUN.match(unit)
    return m is not None and (m.group(1).lower() == m.group(2).lower()
                              or (satuan_cacah(m.group(1)) and satuan_cacah(m.group(2))))


def _dua_volume(unit: str) -> bool:
    """Whether the unit read after a target's number holds a second volume (``3.000 Orang 1.500 Orang``:
    the unit ``Orang 1.500 Orang``): a number standing apart after its words, not a rate's.

    >>> [_dua_volume(u) for u in ["Orang 1.500 Orang", "Unit 5", "per 1000 KH", "Orang/ 14", "m2", "Orang/Bulan"]]
    [True, True, False, False, False, False]
    """
    m = _KATA_ANGKA.match(unit)
    return m is not None and not _LAJU.search(m.group(1))

#: The least amount a prakiraan maju target written without a unit is taken for rupiah at: a million,
#: below any pagu of a Renja row and above the counts such a cell gives (``_rupiah_maju``).
_JUTA = 1e6
#: A "unit" that names rupiah, a currency or a fund (``38.000.000 Rupiah``, ``IDR``, ``(APBD)``); any other unit
#: holding a letter makes the cell a count (``_rupiah_maju``; REV-AS AS-B).
_RUPIAH_SATUAN = re.compile(r"(?i)\b(?:rupiah|idr|apbd|apbn|dak|dau)\b")
#: A letter: text after the number holding none (``,-``, ``*)``) is no unit.
_HURUF = re.compile(r"[^\W\d_]")
#: ``Rp`` as a word (``Rp 5``, ``Rp.5``, ``5 Rp``), not the start of another (``RPH``).
_RP_KATA = re.compile(r"(?i)\brp(?![a-z])")


@per_table(maxsize=1 << 14)
def _rupiah_maju(cell: str) -> bool:
    """Whether a prakiraan maju target cell is written as a rupiah amount: ``Rp`` with a number
    (``Rp 5.000.000``, ``250.000.000 Rp``), or a number of a million or more written without a unit
    (``38,000,000``, ``38.000.000,00``), with the unit ``Rupiah``, ``IDR`` or a fund (``APBD``, ``DAK``),
    or followed by text holding no letter (``5.000.000,00 ,-``). A number in millions with another
    unit is a target, with two decimals too (``5,000,000 Orang``, ``1.200.000,00 Liter``).

    >>> [_rupiah_maju(c) for c in ["Rp 5.000.000", "250.000.000 Rp", "38.000.000,00", "38,000,000",
    ...                            "38.000.000 Rupiah", "5,000,000 Orang", "15,000", "Rp", "150.000,00"]]
    [True, True, True, True, True, False, False, False, False]
    >>> [_rupiah_maju(c) for c in ["1.200.000,00 Liter", "38,000,000.00 Paket"]]
    [False, False]
    >>> [_rupiah_maju(c) for c in ["5,000,000.00 ,-", "5,000,000.00 IDR", "5,000,000.00 *)", "5.000.000 (APBD)"]]
    [True, True, True, True]
    """
    if _RP_KATA.search(cell):
        return any(ch.isdigit() for ch in cell)
    try:
        value, unit = parse_volume(cell)
    except ValueError:
        return False
    if value is None or abs(value) < _JUTA:
        return False
    return unit is None or not _HURUF.search(unit) or bool(_RUPIAH_SATUAN.search(unit))


def _sama_pagu(target, pagu) -> bool:
    """Whether a prakiraan maju target read as a number is the row's prakiraan maju pagu (not zero):
    the pagu written in the target's cell too.

    >>> _sama_pagu(17_000_000.0, 17_000_000.0), _sama_pagu(4.0, 17_000_000.0), _sama_pagu(0.0, 0.0)
    (True, False, False)
    """
    return target is not None and pagu is not None and pagu != 0 and target == pagu


_TARGET = {key: f"target_{key}" for key in ("sebelum", "sesudah")}
_SATUAN = {key: f"satuan_{key}" for key in ("sebelum", "sesudah")}


class _TargetTahun:
    """The year's target cells of a table as its rows are read (``_values``, ``_column_pass``), for
    ``_putuskan_tahun``: ``konvensi`` the decimal separator the number of each cell read shows
    (``numbers.cell_convention``; None for none), counted by column; ``dua`` the cells whose number
    reads two ways, the cell not settling it: (line, column, key, text)."""

    def __init__(self) -> None:
        self.konvensi: dict[str, Counter] = {"sebelum": Counter(), "sesudah": Counter()}
        self.dua: list[tuple[int, int, str, str]] = []
        #: the cells holding two volumes (``3 Dokumen 2 Laporan``): (line, column, text, key)
        self.ganda: list[tuple[int, int, str, str]] = []


def _is_amount_like_rp(cell: str) -> bool:
    # a rupiah amount (with grouping and decimals) is never a target cell
    return bool(_RUPIAH_INGGRIS.fullmatch(cell))


_FIELDS = list(_Rec._fields)
_FIELD_SET = frozenset(_FIELDS)


def _pack(rec: dict) -> _Rec:
    """A record as the table keeps it (``_Rec``).

    >>> r = _pack({"kode": "1.01.01", "nama": "P", "fragmen": 1, "baris_sumber": 9})
    >>> r.kode, r.line, r.pagu_rkpd_rp is _TIADA
    ('1.01.01', 9, True)
    """
    if not rec.keys() <= _FIELD_SET:     # a field _Rec lacks would be dropped without a word
        raise KeyError(f"fields not in tables.plan._Rec: {sorted(rec.keys() - _FIELD_SET)}")
    return _Rec._make(map(rec.get, _FIELDS, repeat(_TIADA)))


def _unique(src: SourceText, records: list[_Rec]) -> list[_Rec]:
    """No record twice: an exact repeat is dropped with a finding (``drop_duplicates``);
    a kode that comes back with other values is an error naming both lines."""
    # a record's identity: every field but its line and fragment (the last two), a field it lacks
    # (``_TIADA``) told apart from one that is empty
    keys = [r[:-2] for r in records]
    records = drop_duplicates(src, "tabel_3_3", LABEL, records, keys)
    del keys
    seen: dict = {}
    for rec in records:
        kode = rec.kode
        if kode is None or kode_baku(kode)[2] == "peringatan":      # a placeholder identifies no row
            continue
        if kode in seen:
            raise src.error(f"kode {kode} muncul dua kali dengan isi berbeda di {LABEL}",
                            line=rec.baris_sumber, cell="kode (kolom 2)",
                            expected=f"satu baris per kode (kode ini sudah ada di baris {seen[kode]})",
                            found=kode)
        seen[kode] = rec.baris_sumber
    return records


def _without_values(src: SourceText, rec: dict) -> _Rec:
    """A kode row whose indicator row (targets and pagu) never came: kept with its kode and
    name, values NA, and reported (its numbers are missing from the table)."""
    src.finding("baris_tidak_terbaca", "peringatan", LABEL_TABEL, rec["baris_sumber"],
                f"Kode {rec['kode']} tanpa baris indikator berisi target dan pagu; baris ini ada di tabel "
                "dengan nilai kosong.", nama=rec.get("nama"), kolom="pagu_rkpd_rp")
    return _pack(rec)


def parse(src: SourceText) -> pd.DataFrame:
    """Parse the 3.3 fragments into one tidy table (empty when absent).

    The rows are read a column at a time (``_column_pass``): which rows name a program,
    kegiatan or sub kegiatan, which hold its targets and pagu, and their values. The rows the
    column pass cannot decide (a row with something to report or to refuse, and the rows whose
    reading depends on them) are read one by one (``_walk``), as every row was before; the
    records of both are put back in the rows' order.
    """
    block = src.tables.get("tabel_3_3")
    n_targets, perubahan = susunan(block)
    targets = ("sebelum", "sesudah")[:n_targets]
    murni = not perubahan and n_targets == 1
    rows = block.rows if block else []
    tahun = _TargetTahun()
    quick = _column_pass(rows, block.widths, n_targets, murni, tahun) if block and rows else None
    slow = range(len(rows)) if quick is None else np.flatnonzero(~quick.fast).tolist()
    teks_maju: list = [] if quick is None else list(quick.teks_maju)
    records, at = _walk(src, block, rows, slow, targets, murni, teks_maju, tahun)
    fields = _merged(quick, records, at)
    del records, at, quick
    table = _table_of(_unique_fields(src, fields))
    for key in ("sebelum", "sesudah"):       # a target's second reading, where it reads two ways
        table[f"{_TARGET[key]}_lain"] = np.nan
    if tahun.dua:
        _putuskan_tahun(src, table, tahun, murni)
    if tahun.ganda:
        _report_ganda(src, sorted(tahun.ganda), murni)
    if teks_maju:
        _report_teks_maju(src, sorted(teks_maju))
    return table


#: How many cells ``_report_teks_maju`` quotes (the others counted; each keeps its text in the table).
_KUTIP_MAJU = 20
#: What ``_report_teks_maju`` says of a cell written as a rupiah amount, by why it looks one.
_SEBAB_RUPIAH = {"rupiah": "", "sama_pagu": " (sama dengan pagu prakiraan maju barisnya)"}


def _report_teks_maju(src: SourceText, cells: list[tuple[int, int, str, str]]) -> None:
    """The document's prakiraan maju targets no number was read from (``_target_maju``), each kept
    as written in ``satuan_maju`` and quoted by line and column (the first ``_KUTIP_MAJU``, the others
    counted): the texts and the numbers that read two ways in one finding (info), the cells written
    as rupiah amounts beside a pagu in another (peringatan: the column may be shifted or mistyped)."""
    teks = [c for c in cells if c[3] in ("teks", "ambigu")]
    rupiah = [c for c in cells if c[3] in _SEBAB_RUPIAH]
    if teks:
        ambigu = any(c[3] == "ambigu" for c in teks)
        src.finding("target_maju_teks", "info", LABEL_TABEL, teks[0][0],
                    f"Target prakiraan maju (n+1) di {len(teks)} sel tertulis sebagai teks"
                    f"{' atau angka yang dapat dibaca dua cara' if ambigu else ''}, bukan angka bersatuan: "
                    f"{_kutip(teks, _bacaan)}. Angkanya kosong dan teksnya disimpan apa adanya di kolom satuan "
                    "target prakiraan maju; kolom ini tidak dipakai dalam analisis.", kolom="target_maju")
    if rupiah:
        src.finding("target_maju_rupiah", "peringatan", LABEL_TABEL, rupiah[0][0],
                    f"Target prakiraan maju (n+1) di {len(rupiah)} sel tertulis seperti angka rupiah, padahal sel "
                    f"pagu prakiraan maju di sebelahnya berisi angka: {_kutip(rupiah, lambda jenis, _: _SEBAB_RUPIAH[jenis])}. "
                    "Sel ini tidak dibaca sebagai target (angkanya kosong, teksnya disimpan apa adanya di kolom "
                    "satuan target prakiraan maju); periksa apakah isi kolomnya bergeser atau salah ketik. Kolom "
                    "ini tidak dipakai dalam analisis.", kolom="target_maju")


def _report_ganda(src: SourceText, cells: list[tuple[int, int, str, str]], murni: bool) -> None:
    """The year's target cells holding two volumes (``3 Dokumen 2 Laporan``, ``3.000 Orang 1.500 Orang``):
    no number is read (neither volume is the target alone); each kept as written in its unit column and
    quoted in one ``target_tahun_ganda`` peringatan."""
    nama = "target" if murni else "target sebelum atau sesudah perubahan"
    src.finding("target_tahun_ganda", "peringatan", LABEL_TABEL, cells[0][0],
                f"Sel {nama} tahun rencana ({_angka_kata(len(cells))} sel) berisi dua volume, sehingga tidak "
                f"jelas mana yang menjadi target: {_kutip(cells, lambda _, t: '')}. Angkanya dikosongkan dan "
                "teksnya disimpan apa adanya di kolom satuan. Tulis satu volume per indikator.",
                kolom=_TARGET[cells[0][3]])


#: How a decimal separator is named in the sentences.
_PEMISAH = {".": "titik", ",": "koma"}


def _putuskan_tahun(src: SourceText, table: pd.DataFrame, tahun: _TargetTahun, murni: bool) -> None:
    """Settle the year's target cells whose number reads two ways (``tahun.dua``; ``_bacaan_target``:
    the cell itself does not settle it) in ``table``, in place.

    The two cells of one row holding the same text are read the same way (REV-AT AT2). Evidence, in
    this order:

    1. the row: the other target of the year in the row, read by its own text, equal to one reading
       only (``1500 Meter`` before, ``1.500 Meter`` after): that reading, the cell settled;
    2. its column: the column's other target cells that show a decimal separator all show the same one
       (``2,5``, ``12.345,6``; ``tahun.konvensi``);
    3. the document: the columns of Tabel 2.2 and 3.2, each by the majority of its cells that show one,
       all decide the same separator (``_konvensi_dokumen``).

    The column and the document are weak evidence: where they decide (and do not disagree with each
    other) the cell takes their reading and its other reading is kept in ``target_<key>_lain``; where
    they are silent or disagree the cell takes its thousands reading, the decimal one kept there, and one
    ``target_ambigu`` peringatan per document quotes each such cell. A target with a second reading is
    compared (Tabel 2.2, 3.2, the revision, SIPD) reporting only a difference that holds under both
    (``findings.document.bacaan_target_lain``, ``findings.reconciliation``). A cell settled by evidence
    is named in an ``angka_ambigu`` info with both readings and the evidence."""
    baris = dict(zip(table["baris_sumber"].tolist(), range(len(table))))
    per_baris: dict[int, dict[str, tuple[int, str]]] = {}
    for line, kolom, key, teks in tahun.dua:
        per_baris.setdefault(line, {})[key] = (kolom, teks)
    dokumen: Any = _TIADA
    terbuka: list[tuple[int, int, str, str]] = []
    kunci = [k for k in ("sebelum", "sesudah") if _TARGET[k] in table]
    for line, sel in per_baris.items():
        pos = baris.get(line)
        if pos is None:             # a record dropped as an exact repeat (``_unique``): reported there
            continue
        teks_sel = {k: t.strip() for k, (_, t) in sel.items()}
        kelompok = ([list(sel)] if len(sel) == 2 and len(set(teks_sel.values())) == 1
                    else [[k] for k in sel])
        for keys in kelompok:
            teks = sel[keys[0]][1]
            ribuan, desimal, sep = _bacaan_target(teks) or (np.nan, np.nan, "")
            pilih, lain, alasan = np.nan, np.nan, ""
            # 1. the row's other target of the year, read by its own text
            for other in (k for k in kunci if k not in sel):
                v = table.iloc[pos, table.columns.get_loc(_TARGET[other])]
                if pd.notna(v) and (abs(float(v) - ribuan) < 1e-9) != (abs(float(v) - desimal) < 1e-9):
                    pilih = float(v)
                    lain = desimal if pilih == ribuan else ribuan
                    alasan = (f"target {other} perubahan di baris yang sama tertulis jelas "
                              f"{format_angka(pilih, None)}")
                    settled = True
                    break
            else:
                settled = False
            if not settled:
                # 2. its column(s), 3. the document: each what it decides, if anything
                putus: dict[str, list[str]] = {}
                for key in keys:
                    shown = [c for c, k in tahun.konvensi[key].items() if c and k]
                    if len(shown) == 1:
                        putus.setdefault(shown[0], []).append(
                            f"sel lain yang jelas di kolom target {key} perubahan memakai {_PEMISAH[shown[0]]} "
                            f"sebagai tanda desimal ({_angka_kata(tahun.konvensi[key][shown[0]])} sel)"
                            if not murni else
                            f"sel lain yang jelas di kolom target ini memakai {_PEMISAH[shown[0]]} sebagai tanda "
                            f"desimal ({_angka_kata(tahun.konvensi[key][shown[0]])} sel)")
                if dokumen is _TIADA:
                    dokumen = _konvensi_dokumen(src)
                if dokumen is not None:
                    conv, n, contoh = dokumen
                    putus.setdefault(conv, []).append(
                        f"setiap kolom angka Tabel 2.2 dan Tabel 3.2 yang menunjukkan tanda desimalnya "
                        f"({_angka_kata(n)} kolom, mis. \u201c{contoh}\u201d) memakai {_PEMISAH[conv]}")
                if len(putus) == 1:
                    conv, sebab = next(iter(putus.items()))
                    pilih, lain = (desimal, ribuan) if conv == sep else (ribuan, desimal)
                    alasan = " dan ".join(sebab)
                else:
                    pilih, lain = ribuan, desimal
                    terbuka += [(line, sel[k][0], teks, k) for k in keys]
            for key in keys:
                table.iloc[pos, table.columns.get_loc(_TARGET[key])] = pilih
                table.iloc[pos, table.columns.get_loc(_SATUAN[key])] = parse_volume(teks)[1]
                if not settled:
                    table.iloc[pos, table.columns.get_loc(f"{_TARGET[key]}_lain")] = lain
                if not alasan:
                    continue
                nama = "target" if murni else f"target {key} perubahan"
                tetap = ("" if settled else
                         f" Bacaan {format_angka(lain, None)} tetap dipertimbangkan: target ini dibandingkan dengan "
                         "tabel lain dan SIPD dengan kedua bacaan, dan selisih dilaporkan hanya bila ada pada "
                         "keduanya.")
                nm = table.iloc[pos, table.columns.get_loc("nama")]
                src.finding("angka_ambigu", "info", LABEL_TABEL, line,
                            f"Sel {nama} (kolom {sel[key][0]}) tertulis \u201c{teks}\u201d, yang dapat dibaca "
                            f"{format_angka(ribuan, None)} ({_PEMISAH[sep]} sebagai pemisah ribuan) atau "
                            f"{format_angka(desimal, None)} ({_PEMISAH[sep]} sebagai tanda desimal). Dibaca "
                            f"{format_angka(pilih, None)} karena {alasan}.{tetap}",
                            nama=nm if pd.notna(nm) else None, kolom=_TARGET[key], dokumen=pilih, hitung=lain)
    if terbuka:
        src.finding("target_ambigu", "peringatan", LABEL_TABEL, terbuka[0][0],
                    f"Target tahun rencana di {_angka_kata(len(terbuka))} sel berupa angka yang dapat dibaca dua "
                    "cara, dan baik satuannya, target lain di barisnya, sel lain di kolomnya, maupun cara Tabel 2.2 "
                    "dan Tabel 3.2 menulis angka tidak memastikan bacaannya (atau saling bertentangan): "
                    f"{_kutip(terbuka, lambda _, t: _bacaan('ambigu', t))}. Kedua bacaan disimpan (bacaan ribuan "
                    "di kolom target, bacaan desimal di kolom bacaan lainnya); target itu dibandingkan dengan "
                    "tabel lain dan SIPD dengan kedua bacaan, dan selisih dilaporkan hanya bila ada pada "
                    "keduanya. Tulis angkanya tanpa pemisah ribuan (mis. \u201c15000\u201d) atau dengan tanda "
                    "desimal yang jelas.",
                    kolom=_TARGET[terbuka[0][3]])


def _angka_kata(n: int) -> str:
    """A count as PUEBI writes it in a sentence: one word in words (``satu`` .. ``sepuluh``), else digits.

    >>> _angka_kata(1), _angka_kata(9), _angka_kata(12)
    ('satu', 'sembilan', '12')
    """
    kata = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"]
    return kata[n] if 0 <= n <= 10 else str(n)


def _konvensi_dokumen(src: SourceText) -> tuple[str, int, str] | None:
    """The decimal separator Tabel 2.2 and Tabel 3.2 agree on: each of their columns (cells by position
    in the row) decided by the majority of its cells that show one (``numbers.cell_convention`` of a
    number or of the number a volume starts with), as ``_common.numeric_column`` decides a column, and
    every column so decided deciding the same; with the number of such columns and the first cell
    showing it. None where they decide both, or none decides (a workbook's typed numbers show none).

    >>> from pathlib import Path
    >>> from renja_analysis.sources.base import Row, TableBlock
    >>> rows = [Row(k, c, 0) for k, c in enumerate([["1", "Prog", "2,992,759,325", "56.25"],
    ...                                             ["2", "Keg", "1,000", "83 Indeks"]])]
    >>> src = SourceText(path=Path("x.md"), lines=[], tables={"tabel_2_2": TableBlock(
    ...     kind="tabel_2_2", header=[], header_line=1, rows=rows)})
    >>> _konvensi_dokumen(src)
    ('.', 2, '56.25')

    The first column, the row's number (``1.1``, ``1.2``), is a numbering and never votes.
    """
    votes = []
    for kind in ("tabel_2_2", "tabel_3_2"):
        block = src.tables.get(kind)
        rows = block.rows if block else []
        if not rows or any(getattr(r, "numbers", None) is not None for r in rows):
            continue
        cells = cells_of(rows)
        widths = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
        flat = np.fromiter(chain.from_iterable(cells), dtype=object, count=int(widths.sum()))
        pos = np.arange(len(flat)) - np.repeat(np.cumsum(widths) - widths, widths)
        codes, uniq = pd.factorize(flat)
        conv = np.fromiter(map(_konvensi_angka, uniq), dtype=np.int8, count=len(uniq))
        count = np.zeros((int(pos.max()) + 1 if len(pos) else 0, 3), dtype=np.int64)
        np.add.at(count, (pos, conv[codes]), 1)
        count[:1] = 0       # the "No" column numbers rows (``1.1``, ``1.2``): a numbering, never a decimal
        decided = np.where(count[:, 1] > count[:, 2], 1, np.where(count[:, 2] > count[:, 1], 2, 0))
        # an example showing the separator itself (``56.25``), not only a grouping (``2,992,759,325``)
        tanda = {c: np.fromiter((sep in str(u) for u in uniq), dtype=bool, count=len(uniq))
                 for c, sep in ((1, "."), (2, ","))}
        contoh = {c: uniq[int(np.flatnonzero((conv == c) & tanda[c])[0] if ((conv == c) & tanda[c]).any()
                              else np.flatnonzero(conv == c)[0])] for c in (1, 2) if (conv == c).any()}
        votes += [(int(c), contoh[int(c)]) for c in decided[decided > 0]]
    shown = {c for c, _ in votes}
    if len(shown) != 1:
        return None
    return (".", ",")[shown.pop() - 1], len(votes), votes[0][1]


def _konvensi_angka(teks) -> int:
    """The decimal separator a cell of a number or a volume shows (``numbers.cell_convention`` of its
    number), as a code: 0 none (no number, an integer, a number that reads two ways), 1 ``.``, 2 ``,``.

    >>> [_konvensi_angka(t) for t in ["2,992,759,325", "832.222,8", "83 Indeks", "2.17.01", "1.250", "Rp 5,5"]]
    [1, 2, 0, 0, 0, 2]
    """
    if not isinstance(teks, str) or not _ANGKA_DI_DEPAN.match(teks) and not _RP.match(teks.strip()):
        return 0
    try:
        angka = teks if parse_number(teks) is not None else None
    except ValueError:
        try:
            angka = _head(teks) if parse_volume(teks)[0] is not None else None
        except ValueError:
            angka = None
    conv = cell_convention(angka) if angka is not None else None
    return {".": 1, ",": 2}.get(conv or "", 0)


def _bacaan(jenis: str, teks: str) -> str:
    """The two readings of a number that reads two ways, as ``_report_teks_maju`` quotes them."""
    bacaan = bacaan_volume(teks) if jenis == "ambigu" else None
    if bacaan is None:
        return ""
    return f" (dapat dibaca {format_angka(bacaan[0], None)} atau {format_angka(bacaan[1], None)})"


def _kutip(cells: list[tuple[int, int, str, str]], sebab) -> str:
    """The cells quoted by line and column, each with what ``sebab`` says of it (the first
    ``_KUTIP_MAJU``, the others counted)."""
    def one(c: tuple[int, int, str, str]) -> str:
        return f"baris {c[0]} kolom {c[1]} \u201c{c[2]}\u201d{sebab(c[3], c[2])}"
    lain = len(cells) - _KUTIP_MAJU
    return "; ".join(map(one, cells[:_KUTIP_MAJU])) + (f"; dan {lain} sel lain" if lain > 0 else "")


def _walk(src: SourceText, block, rows, which, targets: tuple, murni: bool,
          teks_maju: list | None = None, tahun: _TargetTahun | None = None) -> tuple[list[_Rec], list[int]]:
    """The rows at positions ``which`` read one by one: their records and, for each, the
    position of the row it stands at (the row of its values, or of its kode when the values
    never came), for putting them back in order among the column pass's. ``teks_maju``: where
    the prakiraan maju targets written as texts are noted (``_values``); ``tahun``: where the year's
    target cells are noted (``_values``)."""
    records: list[_Rec] = []
    at: list[int] = []
    pending: dict | None = None
    pending_at = -1
    for k in which:
        row = rows[k]
        cells = row.cells
        width = block.widths[row.segment]
        present = len(cells)
        if present > width or (present < width and cut_at_end(src, block, row)):
            raise src.error(f"baris {LABEL_MURNI if murni else LABEL} memiliki jumlah sel yang salah", line=row.line,
                            cell=f"sel ke-{min(len(cells), width) + 1}",
                            expected=f"{width} sel dipisah tab (seperti judul tabel di atasnya)",
                            found=f"{len(cells)} sel")
        if present < width:            # trailing empty cells dropped by the extractor: read padded
            cells = cells + [""] * (width - present)
        written = cells[0] if cells and _KODE.match(cells[0]) else \
            cells[1] if len(cells) > 1 and _KODE.match(cells[1]) else None
        kode = None
        if written is not None:
            kode, alasan, tingkat = kode_baku(written)
            if alasan and tingkat:
                nama = next((c for c in cells[2:4] if c), None)
                src.finding("kode_tidak_baku", tingkat, LABEL_TABEL, row.line,
                            f"Kode ditulis \u201c{written}\u201d: {alasan}. Dibaca {kode} "
                            f"({str(level_from_code(kode) or 'tingkat tidak dikenal').replace('_', ' ')}).",
                            nama=nama, kolom="kode")
        start = 2 if kode is not None or (cells and cells[0] and _NO.match(cells[0])) else 0
        # text cells before the first value cell
        texts, i = [], start
        while i < len(cells) and not _is_volume(cells[i]):
            if cells[i]:
                texts.append(cells[i])
            i += 1
        has_values = i < len(cells)
        if kode is not None:
            if pending is not None:
                records.append(_without_values(src, pending))
                at.append(pending_at)
            rec = {"kode": kode, "nama": texts[0] if texts else None,
                   "indikator": texts[1] if len(texts) > 1 else None,
                   "fragmen": row.segment, "baris_sumber": row.line}
            if has_values:
                rec.update(_values(src, row, cells, i, targets, murni, present, teks_maju, tahun))
                records.append(_pack(rec))
                at.append(k)
                pending = None
            else:
                pending, pending_at = rec, k
            continue
        if not has_values:
            isi = " | ".join(texts)
            src.finding("baris_tidak_terbaca", "peringatan", LABEL_TABEL, row.line,
                        f"Baris tanpa kode dan tanpa angka target/pagu disisihkan: \u201c{isi[:120]}\u201d.",
                        nama=isi[:200] or None)
            continue
        rec = pending or {"kode": None, "nama": None, "fragmen": row.segment}
        rec = dict(rec, indikator=texts[0] if texts else rec.get("indikator"),
                   baris_sumber=row.line)
        rec.update(_values(src, row, cells, i, targets, murni, present, teks_maju, tahun))
        records.append(_pack(rec))
        at.append(k)
        pending = None
    if pending is not None:
        records.append(_without_values(src, pending))
        at.append(pending_at)
    return records, at


#: What a row is (``_column_pass``): not decided by the column pass, a kode without values (a sub
#: kegiatan's name row), a kode with values (a program or kegiatan), values without a kode (an
#: indicator row), neither (set aside with a finding).
_TAK_TENTU, _KODE_SAJA, _KODE_NILAI, _NILAI_SAJA, _KOSONG = range(5)


class _Quick(NamedTuple):
    """What the column pass read: ``fast`` the rows it read (per row), ``at`` the row each of
    its records stands at, ``fields`` the records' fields (``_FIELDS``), a list each,
    ``teks_maju`` its prakiraan maju targets written as texts (line, column, text: ``parse``)."""

    fast: np.ndarray
    at: np.ndarray
    fields: list[list]
    teks_maju: list


def _props(texts: list, test) -> np.ndarray:
    """``test`` of each text, as a boolean array (the texts are a column's distinct ones)."""
    return np.fromiter(map(test, texts), dtype=bool, count=len(texts))


def _reads(parse_one, texts: list) -> tuple[np.ndarray, list]:
    """``parse_one`` of each text: whether it reads without raising, and what it gives (None
    where it raised)."""
    ok = np.ones(len(texts), dtype=bool)
    out: list = []
    for k, t in enumerate(texts):
        try:
            out.append(parse_one(t))
        except ValueError:
            ok[k] = False
            out.append(None)
    return ok, out


def _column_pass(rows, widths: dict, n_targets: int, murni: bool, tahun: _TargetTahun | None = None) -> _Quick:
    """The rows read a column at a time: the rows of the usual shapes that have nothing to
    report (a standard kode, the targets and the run of rupiah a row of values must give, no
    spreadsheet error, a prakiraan maju pagu that reads), whose reading does not depend on a row the pass
    leaves (the row before them gives its values: a name row waiting for its values is read
    with the row of values after it). Every other row is left to ``_walk`` (``fast`` False),
    which gives the same records, findings and refusals as before for them."""
    n = len(rows)
    cells = cells_of(rows)
    present = np.fromiter(map(len, cells), dtype=np.int64, count=n)
    segment = np.fromiter(map(attrgetter("segment"), rows), dtype=np.int64, count=n)
    segs, of = np.unique(segment, return_inverse=True)
    width = np.array([widths[s] for s in segs.tolist()], dtype=np.int64)[of]
    line = np.fromiter(map(attrgetter("line"), rows), dtype=np.int64, count=n)
    kind = np.zeros(n, dtype=np.int8)
    clean = np.zeros(n, dtype=bool)
    # each row's reading: the kode as written, its first two texts, its targets, pagu and tail
    written = np.full(n, None, dtype=object)
    text1 = np.full(n, None, dtype=object)
    text2 = np.full(n, None, dtype=object)
    values = np.full((n, 2 * n_targets + 5 + len(_TAIL) + 1), None, dtype=object)
    teks_at = np.zeros(n, dtype=np.int64)
    target_teks = np.full((n, n_targets), None, dtype=object)     # the year's target cells as written
    regular = present == width
    for w in np.unique(width[regular]).tolist():
        if w < 3:                     # too few cells for the usual shapes: read row by row
            continue
        idx = np.flatnonzero(regular & (width == w))
        _shape(cells, idx, w, n_targets, murni, kind, clean, written, text1, text2, values, teks_at, target_teks)
    del cells
    # the rows whose reading does not wait on the row before: the first, and those after a row
    # of values (nothing pending: a name row waiting for its values is read with them)
    after_values = np.ones(n, dtype=bool)
    after_values[1:] = (kind[:-1] == _KODE_NILAI) | (kind[:-1] == _NILAI_SAJA)
    ready = clean & after_values
    alone = ready & ((kind == _KODE_NILAI) | (kind == _NILAI_SAJA))
    named = np.zeros(n, dtype=bool)           # a name row read with the row of values after it
    named[:-1] = ready[:-1] & (kind[:-1] == _KODE_SAJA) & clean[1:] & (kind[1:] == _NILAI_SAJA)
    paired = np.zeros(n, dtype=bool)
    paired[1:] = named[:-1]
    fast = alone | named | paired
    at = np.flatnonzero(alone | paired)      # the rows of values: one record each
    if tahun is not None:                     # the conventions the year's targets read here show
        for t, key in enumerate(("sebelum", "sesudah")[:n_targets]):
            for teks, k in Counter(target_teks[at, t].tolist()).items():
                tahun.konvensi[key][cell_convention(_head(teks))] += k
    del target_teks
    # where each record's kode, nama (and indikator when its row of values has none) come from
    name_row = np.where(paired[at], at - 1, at)
    has_name = (kind[name_row] == _KODE_SAJA) | (kind[name_row] == _KODE_NILAI)
    indikator = np.where(has_name & (kind[at] == _NILAI_SAJA),
                         np.where(text1[at] != None, text1[at], text2[name_row]),  # noqa: E711
                         np.where(has_name, text2[name_row], text1[at]))
    fields: list[list] = []
    tiada = np.full(len(at), _TIADA, dtype=object)
    nothing = np.full(len(at), None, dtype=object)
    vals = values[at]
    for f in _FIELDS:
        if f == "kode":
            col = np.where(has_name, written[name_row], nothing)
        elif f == "nama":
            col = np.where(has_name, text1[name_row], nothing)
        elif f == "indikator":
            col = indikator
        elif f == "fragmen":
            col = segment[name_row]
        elif f == "baris_sumber":
            col = line[at]
        elif f in _VALUE_AT[n_targets]:
            col = vals[:, _VALUE_AT[n_targets][f]]
        else:
            col = tiada
        fields.append(col.tolist())
    # the prakiraan maju targets written as texts among the records read here: (line, column, text)
    teks = at[teks_at[at] > 0]
    satuan = fields[_FIELDS.index("satuan_maju")]
    pos = np.flatnonzero(teks_at[at] > 0).tolist()
    kutip = [satuan[p] for p in pos]
    teks_maju = list(zip(line[teks].tolist(), teks_at[teks].tolist(), kutip, [_target_maju(t)[2] for t in kutip]))
    return _Quick(fast, at, fields, teks_maju)


#: Where each field of a row of values is kept in ``_column_pass``'s ``values`` (by the number of
#: targets a row gives): the targets and their units, the five pagu, the tail (the prakiraan maju
#: target's number at its cell), the unit of the prakiraan maju target.
_VALUE_AT = {
    nt: {f: k for k, f in enumerate(
        [x for key in ("sebelum", "sesudah")[:nt] for x in (_TARGET[key], _SATUAN[key])]
        + ["pagu_rkpd_rp", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp", "pagu_tanpa_judul_rp",
           "bertambah_berkurang_rp"] + _TAIL + ["satuan_maju"])}
    for nt in (1, 2)}


#: The patterns ``_column_pass`` matches a column's texts against, as Arrow's RE2 writes them for
#: ASCII text (``_matches``): a digit is ``[0-9]`` there, and ``$`` of Python's ``match`` also
#: ends before a final newline (``\Z`` does not).
_RE2 = {_KODE: r"^(?:[0-9]+|[xX]+)(?:\.(?:[0-9]+|[xX]+)){2,}\.?\n?$",
        _NO: r"^[0-9]+\.?\n?$",
        _BAKU: r"^[0-9]+(?:\.[0-9]+)*$"}
#: A text that begins with a letter (no volume: ``_is_volume`` needs a digit after blanks and a sign).
_HURUF_DI_DEPAN = re.compile(r"[A-Za-z]")
_RE2[_HURUF_DI_DEPAN] = r"^[A-Za-z]"


def _matches(texts: list[str], pattern: re.Pattern) -> np.ndarray:
    r"""``pattern.match`` of each text, as a boolean array: the ASCII texts by Arrow's RE2 in one
    pass (``_RE2``: the same pattern for them), the others by ``pattern``.

    >>> _matches(["2.17.01", "2.17.01.", "x.xx.01", "2.17", "Nama", "\u0662.17.01", "2.17.01\n"], _KODE).tolist()
    [True, True, True, False, False, True, True]
    >>> [bool(_KODE.match(t)) for t in ["\u0662.17.01", "2.17.01\n"]]
    [True, True]
    """
    return match_each(texts, _RE2[pattern], pattern)


def _shape(cells: list, idx: np.ndarray, w: int, n_targets: int, murni: bool, kind, clean, written,
           text1, text2, values, teks_at, target_teks) -> None:
    """What the rows ``idx`` (``w`` cells each) are and hold, read by columns of their distinct
    texts: sets ``kind``, ``clean`` (nothing to report or refuse), the kode as written, the first
    two texts and the values of the rows (``_column_pass``), as ``_walk`` and ``_values`` read them;
    ``teks_at`` the column (1-based) of a prakiraan maju target written as a text, else 0;
    ``target_teks`` the year's target cells as written."""
    m = len(idx)
    flat = np.fromiter(chain.from_iterable(cells[i] for i in idx.tolist()), dtype=object, count=m * w)
    codes, uniq = pd.factorize(flat)
    del flat
    codes = codes.astype(np.int32).reshape(m, w)     # (memory: the grid's codes are held a while)
    texts = list(uniq)
    u = len(texts)
    empty = texts.index("") if "" in texts else -1
    rk = np.arange(m)
    col = np.arange(w)

    def on(pattern: re.Pattern, where) -> np.ndarray:    # pattern.match of the distinct texts at ``where``
        out = np.zeros(u, dtype=bool)
        some = np.unique(where).tolist()
        out[some] = _matches([texts[c] for c in some], pattern)
        return out

    is_kode = on(_KODE, codes[:, :2])
    k0, k1 = is_kode[codes[:, 0]], is_kode[codes[:, 1]]
    has_kode = k0 | k1
    kode_code = np.where(k0, codes[:, 0], codes[:, 1])
    baku = on(_BAKU, kode_code[has_kode])
    numbered = on(_NO, codes[:, 0])[codes[:, 0]] & (codes[:, 0] != empty)
    start = np.where(has_kode | numbered, 2, 0)
    # the first value cell of each row, a column at a time: each text asked once, and only the
    # texts of rows still without one (as ``_walk`` asks: not the rupiah after the targets)
    first = np.full(m, w)
    volume = np.zeros(u, dtype=np.int8)     # 0 not asked yet, 1 a volume, 2 not
    for j in range(w):
        open_ = np.flatnonzero((first == w) & (start <= j))
        if not len(open_):
            continue
        cj = codes[open_, j]
        ask = np.unique(cj[volume[cj] == 0]).tolist()
        asked = [texts[c] for c in ask]
        maybe = ~_matches(asked, _HURUF_DI_DEPAN)       # a text that begins with a letter is no volume
        yes = np.zeros(len(ask), dtype=bool)
        yes[maybe] = _props([t for t, x in zip(asked, maybe.tolist()) if x], _is_volume)
        volume[ask] = np.where(yes, 1, 2)
        first[open_[volume[cj] == 1]] = j
    has_values = first < w
    # the text cells before the first value cell: the first two of them
    said = ((codes != empty) & (col >= start[:, None]) & (col < first[:, None])).cumsum(axis=1, dtype=np.int16)
    t1 = np.where(said[:, -1] >= 1, codes[rk, (said >= 1).argmax(axis=1)], -1)
    t2 = np.where(said[:, -1] >= 2, codes[rk, (said >= 2).argmax(axis=1)], -1)
    del said
    obj = np.empty(u + 1, dtype=object)       # the texts by code, None at -1
    obj[:u] = texts
    obj[u] = None
    text1[idx], text2[idx] = obj[t1], obj[t2]
    written[idx] = np.where(has_kode, obj[kode_code], None)
    kinds = np.where(has_kode, np.where(has_values, _KODE_NILAI, _KODE_SAJA),
                     np.where(has_values, _NILAI_SAJA, _KOSONG))
    kind[idx] = kinds
    ok = (kinds != _KOSONG) & (~has_kode | baku[kode_code])
    # the row of values: targets, then a run of rupiah, then the tail
    v = np.flatnonzero(ok & has_values)
    f = first[v]
    ok[v[f + n_targets > w]] = False
    out = np.full((len(v), values.shape[1]), None, dtype=object)
    for t in range(n_targets):
        at = np.minimum(f + t, w - 1)
        tc = codes[v, at]
        some = np.unique(tc).tolist()
        good = np.zeros(u, dtype=bool)
        number_of, unit_of = np.full(u, None, dtype=object), np.full(u, None, dtype=object)
        read_ok, got = _reads(parse_volume, [texts[c] for c in some])
        good[some] = _props([texts[c] for c in some], _is_target) & read_ok
        for c, g in zip(some, got):          # each distinct target text once
            if g is not None:
                number_of[c], unit_of[c] = g
                if isinstance(g[1], str) and _dua_volume_tahun(g[1]):
                    good[c] = False          # two volumes in one cell: ``_values`` keeps it as text
        ok[v[~good[tc]]] = False
        out[:, 2 * t], out[:, 2 * t + 1] = number_of[tc], unit_of[tc]
        target_teks[idx[v], t] = obj[tc]
    s = f + n_targets
    after = col >= s[:, None]
    here = np.unique(codes[v][after]).tolist()
    amount = np.zeros(u, dtype=bool)
    galat = np.zeros(u, dtype=bool)
    number_ok = np.zeros(u, dtype=bool)
    number = np.empty(u, dtype=object)
    # the bare numbers in one pass (``numbers.angka_polos_kolom``: a rupiah amount, its value
    # ``parse_number``'s), the other texts one by one
    bare, _, value = angka_polos_kolom([texts[c] for c in here])
    plain = np.array(here, dtype=np.int64)[bare]
    amount[plain] = number_ok[plain] = True
    number[plain] = value[bare].tolist()
    here = np.array(here, dtype=np.int64)[~bare].tolist()
    hs = [texts[c] for c in here]
    amount[here] = _props(hs, _is_amount)
    galat[here] = _props(hs, lambda t: "#" in t and bool(galat_lembar_kerja(t)))
    number_ok[here], read = _reads(parse_number, hs)
    number[here] = read
    cv = codes[v]
    # a spreadsheet error among the values: read row by row (it is reported or refused)
    ok[v[(galat[cv] & after).any(axis=1)]] = False
    stop = np.concatenate([~amount[cv] & after, np.ones((len(v), 1), dtype=bool)], axis=1)
    end = stop.argmax(axis=1)
    run = end - s
    in_run = after & (col < end[:, None])
    ok[v[(~number_ok[cv] & in_run).any(axis=1)]] = False       # a rupiah beyond the bounds: refused
    ok[v[(run != 1) if murni else ((run != 4) & (run != 5))]] = False
    padded = np.concatenate([cv, np.full((len(v), len(_TAIL)), -1, dtype=np.int32)], axis=1)
    pc = padded[np.arange(len(v)), end + _TAIL.index("pagu_maju_rp")]
    some = np.unique(pc[pc >= 0]).tolist()
    p_ok = np.ones(u + 1, dtype=bool)
    p_ok[some], got = _reads(parse_number, [texts[c] for c in some])
    pagu_maju = np.full(u + 1, None, dtype=object)
    pagu_maju[some] = got
    ok[v[~p_ok[pc]]] = False
    # the prakiraan maju target: each distinct text read once (``_target_maju``); a row whose cell
    # is no target, or beyond the bounds, is left to ``_walk`` (which refuses it)
    tm = padded[np.arange(len(v)), end + _TAIL.index("target_maju")]
    tm = np.where(tm >= 0, tm, u)                                   # past the row: ""
    some = np.unique(tm[tm < u]).tolist()
    t_ok = np.ones(u + 1, dtype=bool)
    maju_n, maju_s = np.full(u + 1, None, dtype=object), np.full(u + 1, None, dtype=object)
    maju_teks = np.zeros(u + 1, dtype=bool)
    t_ok[some], got = _reads(_target_maju, [texts[c] for c in some])
    for c, g in zip(some, got):
        if g is not None:
            maju_n[c], maju_s[c], maju_teks[c] = g[0], g[1], g[2] is not None
    ok[v[~t_ok[tm]]] = False
    # a target that is the row's pagu (``_sama_pagu``): read row by row, which reports it
    pm = np.array(pagu_maju[np.where(pc >= 0, pc, u)].tolist(), dtype=float)
    ok[v[(np.array(maju_n[tm].tolist(), dtype=float) == pm) & (pm != 0)]] = False
    # a target written as a text: its column (1-based), for ``parse``'s finding
    teks_at[idx[v]] = np.where(maju_teks[tm], end + _TAIL.index("target_maju") + 1, 0)
    base = 2 * n_targets
    take = np.minimum(s[:, None] + np.arange(5), w - 1)
    pagu = number[cv[np.arange(len(v))[:, None], take]]           # the run's first five cells
    five = run == 5
    if murni:
        out[:, base] = pagu[:, 0]
    else:
        out[:, base:base + 3] = pagu[:, :3]
        out[:, base + 3] = np.where(five, pagu[:, 3], None)
        out[:, base + 4] = np.where(five, pagu[:, 4], pagu[:, 3])
    tail = padded[np.arange(len(v))[:, None], end[:, None] + np.arange(len(_TAIL))]
    with_empty = obj.copy()
    with_empty[u] = ""                                              # past the row: ""
    tail = with_empty[np.where(tail < 0, u, tail)]
    at_maju, at_target = _TAIL.index("pagu_maju_rp"), _TAIL.index("target_maju")
    for k in range(len(_TAIL)):
        out[:, base + 5 + k] = (pagu_maju[np.where(pc >= 0, pc, u)] if k == at_maju else maju_n[tm]
                                if k == at_target else tail[:, k])
    out[:, base + 5 + len(_TAIL)] = maju_s[tm]
    values[idx[v]] = out
    clean[idx] = ok


def _merged(quick: _Quick | None, records: list[_Rec], at: list[int]) -> list[list]:
    """The records of the column pass and of ``_walk`` as fields (a list each, ``_FIELDS``), in
    the order of the rows they stand at."""
    walked = [list(f) for f in zip(*records)] if records else [[] for _ in _FIELDS]
    if quick is None or not len(quick.at):
        return walked
    if not records:
        return quick.fields
    order = np.argsort(np.concatenate([quick.at, np.array(at, dtype=np.int64)]), kind="stable")
    out = []
    for a, b in zip(quick.fields, walked):
        both = np.empty(len(a) + len(b), dtype=object)
        both[:len(a)] = a
        both[len(a):] = b
        out.append(both[order].tolist())
    return out


def _unique_fields(src: SourceText, fields: list[list]) -> list[list]:
    """``_unique`` of the records as fields: decided on the fields when no record repeats and no
    kode comes back (the usual table); else the records are made and ``_unique`` decides, with
    its findings and refusals.

    A record's identity (every field but its line and fragment) holds its kode, so two records
    alike share their kode: only the records whose kode (or lack of one) comes back are compared,
    and none when every kode is another (the usual table: no identity is built)."""
    kode = fields[_FIELDS.index("kode")]
    count = Counter(kode)
    if len(count) == len(kode):
        return fields
    shared = [i for i, k in enumerate(kode) if count[k] > 1]
    keys = [tuple(f[i] for f in fields[:-2]) for i in shared]      # their identities (``_unique``)
    repeat = len(set(keys)) != len(keys)
    del keys
    if not repeat and any(kode[i] is not None for i in shared):
        # a kode twice: one with placeholders identifies no row
        named = [k for k in kode if k is not None and kode_baku(k)[2] != "peringatan"]
        repeat = len(set(named)) != len(named)
    if not repeat:
        return fields
    records = _unique(src, list(map(_Rec._make, zip(*fields))))
    return [list(f) for f in zip(*records)] if records else [[] for _ in _FIELDS]


def _table(records: list[_Rec]) -> pd.DataFrame:
    """The records as the typed table (``_table_of``)."""
    return _table_of([list(f) for f in zip(*records)] if records else [[] for _ in _FIELDS])


def _table_of(fields: list[list]) -> pd.DataFrame:
    """The records' fields (``_FIELDS``, a list each) as the typed table, one column at a time
    (no intermediate frame of objects): a field a record lacks is NA, as an empty text is."""
    at = {f: k for k, f in enumerate(_FIELDS)}
    n = len(fields[0])
    out = pd.DataFrame({"urutan": pd.Series(range(1, n + 1), dtype=INT)})
    out["fragmen"] = pd.Series(fields[at["fragmen"]], dtype=INT)
    out["level"] = _levels(fields[at["kode"]])
    for col in COLUMNS[3:]:
        values = fields[at[col]]
        lacking = _TIADA in values          # a field some record does not have
        if col.endswith("_rp") or col.startswith("target_"):
            out[col] = floats([None if v is _TIADA else v for v in values] if lacking else values)
        elif col == "baris_sumber":
            out[col] = pd.Series(values, dtype=INT)
        else:
            out[col] = text([v if isinstance(v, str) else None for v in values]) if lacking else text(values)
    return out[COLUMNS]


def _levels(kode: list) -> pd.Series:
    """``level_from_code`` of each kode (``kode_baku``'s: no space, no dot at either end) as
    ``level_series``, counted on the column (its dots) instead of code by code.

    >>> _levels(["2.17.01", None, "2.17.01.2.01", "2.17.01.2.01.0001", "1.2"]).tolist()
    ['program', nan, 'kegiatan', 'sub_kegiatan', nan]
    """
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    dots = pc.fill_null(pc.count_substring(pa.array(kode, type=pa.large_string()), "."), -1)
    by_dots = np.full(8, -1, dtype=np.int8)
    for k, level in LEVEL_OF_PARTS.items():
        by_dots[k - 1] = list(LEVELS).index(level)
    codes = by_dots[np.clip(dots.to_numpy(zero_copy_only=False), -1, 7)]
    return pd.Series(pd.Categorical.from_codes(codes, categories=list(LEVELS), ordered=True))
