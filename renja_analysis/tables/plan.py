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
``prioritas_nasional``, ``prioritas_daerah``, ``pagu_2025_rp``,
``perangkat_daerah``, ``baris_sumber``.
"""
from __future__ import annotations

import re
from itertools import repeat
from typing import Any, NamedTuple

import pandas as pd

from ..caches import per_table
from ..names import level_from_code
from ..numbers import NumberRangeError, galat_lembar_kerja, parse_number as _parse_number, parse_volume as _parse_volume
from ..sources.base import LABEL as _LABELS, SourceText
from ._common import INT, cut_at_end, drop_duplicates, floats, level_series, missing_cells, text

LABEL = "tabel Rencana Program dan Kegiatan Perubahan (3.3)"
#: The table as findings name it.
LABEL_TABEL = _LABELS["tabel_3_3"]
#: A nomenclature code as printed: digits or placeholder segments (``X.XX``), three to six of them,
#: perhaps with a trailing dot.
_KODE = re.compile(r"^(?:\d+|[xX]+)(?:\.(?:\d+|[xX]+)){2,}\.?$")
_NO = re.compile(r"^\d+\.?$")


class _Rec(NamedTuple):
    """One record of the table, compact (a tuple, a fifth of a dict's memory): every field a
    record can have, in one order, the one place the table's fields are written (``COLUMNS``
    is made from it): the columns after ``level``, two fields of the tail the table does not
    keep (``kelompok_sasaran``, ``target_2025``), fragment and line last. A field the row does
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
    pagu_2025_rp: Any
    perangkat_daerah: Any
    kelompok_sasaran: Any
    target_2025: Any
    fragmen: Any
    baris_sumber: Any

    @property
    def line(self) -> int:
        return self.baris_sumber


#: The table's columns: the order and the level, then ``_Rec``'s fields but the two of the tail
#: the table does not keep (and the fragment, placed second).
COLUMNS = ["urutan", "fragmen", "level",
           *(f for f in _Rec._fields if f not in ("kelompok_sasaran", "target_2025", "fragmen"))]
#: A field a record does not have (``_unique``).
_TIADA = object()
_TAIL = ["lokasi", "sumber_dana", "prioritas_nasional", "prioritas_daerah",
         "kelompok_sasaran", "target_2025", "pagu_2025_rp", "perangkat_daerah"]


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
            murni: bool = False, present: int | None = None) -> dict:
    """Parse targets, rupiah run and trailing text cells from ``start`` on. ``targets``: the
    targets a row gives; ``murni``: one pagu indikatif instead of the 4 or 5 pagu of a Renja
    Perubahan; ``present``: the cells the row held before it was padded."""
    out: dict = {}
    i = start
    n = len(cells)
    for key in targets:
        if i < n and _is_target(cells[i]):
            try:
                out[_TARGET[key]], out[_SATUAN[key]] = parse_volume(cells[i])
            except NumberRangeError:
                raise src.error(f"angka di luar batas wajar di {LABEL}", line=row.line, cell=f"kolom {i + 1}",
                                expected="target dengan besaran paling banyak 10^15", found=cells[i]) from None
        else:
            raise src.error(f"target {key} tidak terbaca di {LABEL}", line=row.line,
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
            raise src.error(f"angka di luar batas wajar di {LABEL}", line=row.line, cell=f"kolom {i + 1}",
                            expected="angka rupiah dengan besaran paling banyak 10^15", found=cells[i]) from None
        i += 1
    if galat:
        # bertambah/berkurang (the last of four rupiah cells) is derived, RKPD Perubahan - RKPD: an error
        # value there is not stated (the difference is still checked from the pagu). Anywhere else, or in a
        # run of five (the error could be a fifth rupiah cell or a lokasi), no one can read it: refused.
        if galat != [i - 1] or len(run) != 4:
            raise src.error(f"galat lembar kerja di {LABEL}", line=row.line, cell=f"kolom {galat[0] + 1}",
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
        raise src.error(f"jumlah kolom pagu salah di {LABEL}", line=row.line,
                        cell=f"kolom {i + 1}",
                        expected="1 angka rupiah (pagu indikatif)" if murni else "4 atau 5 angka rupiah berurutan "
                        "(RKPD 2024, APBD 2024, RKPD Perubahan 2024, [tanpa judul], bertambah/berkurang)",
                        found=f"{len(run)} angka")
    out.update(pagu_rkpd_rp=rkpd, pagu_apbd_rp=apbd, pagu_rkpd_perubahan_rp=perubahan,
               pagu_tanpa_judul_rp=extra, bertambah_berkurang_rp=selisih)
    out.update(zip(_TAIL, cells[i:] + [""] * len(_TAIL)))
    at = i + _TAIL.index("pagu_2025_rp")
    if present is not None and present <= at < len(cells):
        # the pagu of the next year was among the empty cells the extractor dropped
        missing_cells(src, row, LABEL_TABEL, present, len(cells), "t" * at + "n", [""] * at + ["pagu_2025_rp"],
                      at=[at])
    try:
        out["pagu_2025_rp"] = parse_number(out["pagu_2025_rp"])
    except ValueError:
        raise src.error(f"pagu 2025 bukan angka di {LABEL}", line=row.line,
                        cell=f"kolom {i + len(_TAIL) - 1}", expected="angka rupiah",
                        found=out["pagu_2025_rp"]) from None
    return out


_RUPIAH_INGGRIS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")


@per_table(maxsize=1 << 14)
def _is_target(cell: str) -> bool:
    """A target cell: a volume, not a rupiah amount."""
    return _is_volume(cell) and not _is_amount_like_rp(cell)


_TARGET = {key: f"target_{key}" for key in ("sebelum", "sesudah")}
_SATUAN = {key: f"satuan_{key}" for key in ("sebelum", "sesudah")}


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
    """Parse the 3.3 fragments into one tidy table (empty when absent)."""
    block = src.tables.get("tabel_3_3")
    records: list[_Rec] = []
    pending: dict | None = None
    n_targets, perubahan = susunan(block)
    targets = ("sebelum", "sesudah")[:n_targets]
    murni = not perubahan and n_targets == 1
    for row in block.rows if block else []:
        cells = row.cells
        width = block.widths[row.segment]  # type: ignore[union-attr]  # no rows without a block
        present = len(cells)
        if present > width or (present < width and cut_at_end(src, block, row)):  # type: ignore[arg-type]
            raise src.error(f"baris {LABEL} memiliki jumlah sel yang salah", line=row.line,
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
            rec = {"kode": kode, "nama": texts[0] if texts else None,
                   "indikator": texts[1] if len(texts) > 1 else None,
                   "fragmen": row.segment, "baris_sumber": row.line}
            if has_values:
                rec.update(_values(src, row, cells, i, targets, murni, present))
                records.append(_pack(rec))
                pending = None
            else:
                pending = rec
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
        rec.update(_values(src, row, cells, i, targets, murni, present))
        records.append(_pack(rec))
        pending = None
    if pending is not None:
        records.append(_without_values(src, pending))
    records = _unique(src, records)
    return _table(records)


def _table(records: list[_Rec]) -> pd.DataFrame:
    """The records as the typed table, one column at a time (no intermediate frame of objects):
    a field a record lacks is NA, as an empty text is."""
    at = {f: k for k, f in enumerate(_FIELDS)}
    # the records' fields as columns: one transposition, not one pass over the records per column
    fields = list(zip(*records)) if records else [() for _ in _FIELDS]
    out = pd.DataFrame({"urutan": pd.Series(range(1, len(records) + 1), dtype=INT)})
    out["fragmen"] = pd.Series(fields[at["fragmen"]], dtype=INT)
    out["level"] = level_series([level_from_code(kode) for kode in fields[at["kode"]]])
    for col in COLUMNS[3:]:
        values = fields[at[col]]
        if col.endswith("_rp") or col.startswith("target_"):
            out[col] = floats([None if v is _TIADA else v for v in values])
        elif col == "baris_sumber":
            out[col] = pd.Series(values, dtype=INT)
        else:
            out[col] = text([v if isinstance(v, str) else None for v in values])
    return out[COLUMNS]
