"""Read SIPD-RI exports: the Renja data as the national planning system gives it.

An export is one file per perangkat daerah: a JSON array of records, one per sub
kegiatan, with SIPD's own field names (``kode_skpd``, ``kode_sub_giat``, ``pagu`` ...);
the program and kegiatan fields are repeated on every record. The array may come as
SIPD's API answers it, wrapped in an object (``{"data": [...], "recordsTotal": N}``).
The same records may come as a CSV file (comma, semicolon or tab; numbers in either
convention, ``1500000.00`` or ``1.500.000,00`` as an Indonesian-locale Excel writes
them) or an ``.xlsx`` sheet with those names in one header row. A folder of exports is
a pemda: every regular file in it is read by its content, and files that are not SIPD
exports (a README, a Renja document) are skipped and listed.

The reader's job ends at one table of records (``SipdSource.rekaman``), cleaned and
typed, each with its file (``berkas``), its 1-based position in the file (``rekaman``)
and the line to cite (``baris``: the record number for JSON, the sheet or CSV row for
the others); ``tables.sipd`` builds the tidy tables from it. Beside it, the account of
the folder (``SipdSource.berkas``): every export with what became of it, ``dibaca``
(read), ``kosong`` (an empty export: listed, the rest read) or ``salinan`` (a copy of
files read before it: nothing of it counted again). Nothing is counted twice: a file
with the same bytes as an earlier one is a copy; a record whose sub kegiatan, sub-unit
and year an earlier file already holds with the same content is counted once, from
the earlier file (``SipdSource.ganda``); with other content, or exports of two budget
years, the folder is refused (which one holds is not ours to guess).

Bad input is an error naming file, record and field (``RenjaParseError``): not JSON,
JSON that is not an array of records, no record with ``kode_sub_giat``, a record
missing a required field or leaving one of them empty (``pagu`` excepted: a pagu that
is null, ``"null"`` or empty is read as missing, and ``findings.sipd`` reports it),
text where SIPD writes a number (money fields: a JSON number or a digit string such as
``"1500000000.00"``; in a CSV or sheet one number convention per file), a number where
it writes text (codes: ``2.10`` stored as a number reads as 2.1), a number beyond
10^15. Identifiers and flags (``id_*``, ``*_locked``, ``kunci_*``) and other fields not
listed here are ignored, except ``id_daerah`` (kept as
text with ``nama_daerah``: which pemda the records are, for the reconciliation's guard).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import RenjaParseError, sebab_json, sebab_os
from ..numbers import MAX_ABS, cell_convention, dua_bacaan, is_ambiguous, parse_number
from .base import BUKAN_BERKAS_DILEWATI, SUBFOLDER_DILEWATI
from .detect import (
    PENANDA,
    ZIP_MAGIC,
    delimiter as _delimiter,
    format_berkas,
    is_folder,
    nama_kolom as _names,
    read_bytes,
    strip_bom,
)

#: Text fields kept, with SIPD's own names.
TEKS = [
    "kode_skpd", "nama_skpd", "kode_sub_skpd", "nama_sub_skpd", "kode_urusan", "nama_urusan",
    "kode_bidang_urusan", "nama_bidang_urusan", "kode_program", "nama_program",
    "indikator_outcome", "target_akhir", "realisasi_capaian", "prakiraan", "target_maju_1",
    "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat",
    "tolak_ukur_capaian", "target_teks_capaian", "satuan_capaian",
    "tolak_ukur_output", "target_teks_output", "satuan_output",
    "tolok_ukur_sub", "target_sub_teks", "satuan_sub",
    "nama_dana", "lokasi_bl", "kelompok_sasaran",
    "label_kokab", "label_prov", "label_pusat",     # priority labels (present.pemda_analysis)
    "id_daerah", "nama_daerah",     # the pemda, where the export states it (findings.reconciliation)
]
#: The priority-label fields (kabupaten/kota, provinsi, pusat).
LABEL = ["label_kokab", "label_prov", "label_pusat"]
#: Codes: text, never numbers.
KODE = [f for f in TEKS if f.startswith("kode_")]
#: Text fields that may pack several values, one per line (indicators, targets, units).
BERLAPIS = [
    "indikator_outcome", "target_akhir", "realisasi_capaian", "prakiraan", "target_maju_1",
    "tolak_ukur_capaian", "target_teks_capaian", "satuan_capaian",
    "tolak_ukur_output", "target_teks_output", "satuan_output",
    "tolok_ukur_sub", "target_sub_teks", "satuan_sub",
]
#: The levels SIPD states totals for, in its field names.
TINGKAT_TOTAL = ["sub_skpd", "urusan", "bidang_urusan", "program", "kegiatan"]
#: Money fields (rupiah): numbers in JSON.
UANG = (["pagu", "pagu_indikatif", "pagu_n_depan"]
        + [f"total_pagu_indikatif_{t}" for t in TINGKAT_TOTAL] + ["total_pagu_indikatif"]
        + [f"total_pagu_n_depan_{t}" for t in TINGKAT_TOTAL] + ["total_pagu_n_depan"]
        + [f"total_pagu_{t}" for t in TINGKAT_TOTAL] + ["total_pagu"])
#: Fields every record must carry, not empty.
WAJIB = ["kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat",
         "kode_sub_giat", "nama_sub_giat", "pagu"]
#: Fields every record of a realisation export carries, not empty (``sources.sipd_realisation.WAJIB``;
#: here, where ``mirip_sipd`` recognises either export's header without importing that reader).
WAJIB_REALISASI = ["kode_skpd", "nama_skpd", "kode_sub_giat", "kode_rekening", "nomor_dokumen", "jenis_dokumen",
                   "jenis_transaksi", "tanggal_dokumen", "nilai_realisasi"]
#: The columns of ``SipdSource.rekaman``, in order.
KOLOM = ["berkas", "rekaman", "baris", "tahun"] + TEKS + UANG + ["label_tercantum"]
#: The fields that make a JSON or CSV file SIPD's SKPD list (read by content, never by name):
#: every record carries them and none carries ``kode_sub_giat``.
PENANDA_DAFTAR_SKPD = ("id_skpd", "id_unit", "kode_skpd", "nama_skpd")
#: Money (rupiah) and counts of the SKPD list: numbers, or digit strings as SIPD's API writes them.
ANGKA_DAFTAR_SKPD = ["set_pagu_skpd", "set_pagu_giat", "rinci_giat", "total_giat"]
#: The columns of ``SipdSource.daftar_skpd``, in order.
KOLOM_DAFTAR_SKPD = ["berkas", "baris"] + list(PENANDA_DAFTAR_SKPD) + ANGKA_DAFTAR_SKPD
#: The columns of ``SipdSource.berkas`` (the reading account of a file or folder), in order.
KOLOM_BERKAS = ["berkas", "format", "lembar", "status", "jumlah_rekaman", "jumlah_dihitung", "jumlah_dinyatakan",
                "desimal", "keterangan"]
#: What identifies a record across the files of a folder: the same sub kegiatan of the same
#: sub-unit in the same budget year is one record, whichever file holds it (a record without
#: ``tahun`` is of the folder's year: a folder of two years is refused before, ``_counted_once``).
KUNCI_REKAMAN = ["kode_sub_giat", "kode_sub_skpd", "tahun"]
#: The fields two records with the same key must share to be the same record (the stated
#: totals ``total_pagu_*`` are the file's, not the record's, and are not compared).
ISI_REKAMAN = TEKS + ["pagu", "pagu_indikatif", "pagu_n_depan"]
#: Most bytes read from one folder, all files together (``read(..., max_bytes_folder=)``):
#: a pemda's exports weigh some 10-100 MB; reading takes about ten times their size in memory.
MAX_BYTES_FOLDER = 1024 ** 3
#: Largest single export read: a pemda's exports in one file weigh some 10-40 MB.
MAX_BYTES_BERKAS = 200 * 1024 * 1024
#: Rows of a sheet searched for the header row.
KEPALA = 10
#: Names of files that are exports when empty (an empty file has no content to decide by).
_AKHIRAN_EKSPOR = {".json", ".csv", ".xlsx"}

_ANGKA = re.compile(r"^[+-]?\d+(\.\d+)?$")
_ANGKA_LEMBAR = r"[+-]?\d[\d.,]*"
_KENDALI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_HARAPAN_JSON = "ekspor SIPD-RI: larik JSON berisi rekaman, satu per sub kegiatan"
_GAYA = {",": "koma desimal", ".": "titik desimal"}
_TANPA_REKAMAN = {"json": "larik JSON tanpa rekaman", "csv": "hanya baris judul kolom, tanpa rekaman",
                  "xlsx": "hanya baris judul kolom, tanpa rekaman"}


@dataclass
class SipdSource:
    """SIPD records read from one file or one folder.

    Attributes
    ----------
    path : Path
        The file or folder given.
    rekaman : DataFrame
        One row per record counted (columns ``KOLOM``), files in name order, records in
        file order.
    berkas : DataFrame
        The reading account (``KOLOM_BERKAS``), one row per export in name order:
        ``status`` ``dibaca`` | ``kosong`` | ``salinan``, ``format`` (json | csv | xlsx),
        ``lembar`` (xlsx), ``jumlah_rekaman`` (records in the file), ``jumlah_dihitung``
        (those counted: not already read from an earlier file), ``jumlah_dinyatakan``
        (the count an API response states, ``recordsFiltered`` or ``recordsTotal``),
        ``desimal`` (the decimal separator of a CSV or sheet's numbers written as text,
        where one shows), ``keterangan`` (why empty, a copy of which file).
    dilewati : list of (str, str)
        Files of a folder that are not SIPD exports, with the reason.
    ganda : DataFrame
        Records not counted because an earlier file holds the same record (``KOLOM``
        plus ``berkas_asal``, ``rekaman_asal``, ``baris_asal``: where it was counted);
        byte-identical copies are not read at all and have none here.
    daftar_skpd : DataFrame or None
        SIPD's SKPD list when the folder holds one (``KOLOM_DAFTAR_SKPD``: one row per SKPD
        or unit, ids as text, ``set_pagu_skpd`` the office ceiling in rupiah), found by its
        columns (``PENANDA_DAFTAR_SKPD``); listed in ``berkas`` with status ``daftar_skpd``.
        None without one.
    """

    path: Path
    rekaman: pd.DataFrame
    berkas: pd.DataFrame
    dilewati: list = field(default_factory=list)
    ganda: pd.DataFrame | None = None
    daftar_skpd: pd.DataFrame | None = None


@dataclass
class _Berkas:
    """The raw records of one file, before typing."""

    path: Path
    name: str
    fmt: str
    records: list            # list of dict (field -> raw value)
    lines: list              # line to cite for each record
    sheet: str | None = None
    columns: dict = field(default_factory=dict)   # field -> column letter / number (xlsx, csv)
    header_line: int | None = None                # the header row (xlsx, csv)
    declared: int | None = None                   # the count an API response states

    @property
    def line_label(self) -> str:
        return "rekaman" if self.fmt == "json" else "baris"

    def where(self, k: int) -> str:
        """A record as a message names it: ``rekaman 3`` (JSON), ``baris 5`` (CSV, sheet)."""
        return f"{self.line_label} {self.lines[k]}"

    def cell(self, name: str, k: int | None = None) -> str:
        if self.fmt == "xlsx" and name in self.columns:
            return f"{self.columns[name]}{'' if k is None else self.lines[k]} ({name})"
        if self.fmt == "csv" and name in self.columns:
            return f"{name} (kolom {self.columns[name]})"
        return name

    def error(self, message, k: int | None = None, name: str | None = None, **kw) -> RenjaParseError:
        return RenjaParseError(self.path, message, line=None if k is None else self.lines[k],
                               cell=None if name is None else self.cell(name, k),
                               line_label=self.line_label, **kw)


# --- detection and raw reading, one function per format -----------------------------------

def _decode(path: Path, data: bytes) -> str:
    from .text import decode
    return decode(path, data, jenis="ekspor SIPD-RI dalam teks")


#: How many SIPD field names a header must hold to be taken for a SIPD export's header
#: that lacks the marker field or stands below other lines (``mirip_sipd``).
MIRIP = 3
#: The first bytes of a delimited text that ``mirip_sipd`` searches for such a header.
KEPALA_BYTES = 16384
#: A cell of a delimited text's header: one word, no blank inside (a SIPD field name is one);
#: a line of prose split at its commas has blanks inside its cells.
_SEL_JUDUL = re.compile(r"\S*")


def mirip_sipd(path, data: bytes) -> RenjaParseError | None:
    """The SIPD reader's error for a file that is not read as SIPD (no ``kode_sub_giat`` in
    the first line of a delimited text, or in the header of any sheet) but whose header names
    ``MIRIP`` SIPD fields or more, within its first ``KEPALA`` lines or rows: an export with
    its marker column removed (the first column ``WAJIB`` misses, named as ``check_required``
    names it) or with a title line above its header (delimited text: the header must be the
    first line). None when nothing looks like a SIPD header.

    A line of a delimited text is a header only when every cell is one word (``_SEL_JUDUL``):
    a sentence naming SIPD's fields ('Kolom SIPD yang dicocokkan: kode_skpd, nama_skpd,
    kode_program, pagu') is prose, not a header. ``read_source`` asks only after the Renja
    reader found no Tabel 2.2, so a Renja document's note or table naming SIPD's fields is
    never taken for an export.

    Examples
    --------
    >>> print(mirip_sipd("a.csv", b"kode_skpd;nama_skpd;kode_program;pagu\\n1;2;3;4\\n"))
    a.csv, baris 1, sel baris judul kolom: judul kolom mirip ekspor SIPD-RI tetapi tanpa nama_program; diharapkan kolom SIPD: kode_skpd, nama_skpd, kode_program, nama_program, kode_giat, nama_giat, kode_sub_giat, nama_sub_giat, pagu, ditemukan 'tidak ada nama_program'
    >>> print(mirip_sipd("b.csv", b"Laporan SIPD 2026\\nkode_skpd;kode_sub_giat;pagu\\n1;2;3\\n"))
    b.csv, baris 2, sel baris judul kolom: judul kolom ekspor SIPD-RI di baris 2, didahului 1 baris lain; diharapkan judul kolom SIPD di baris pertama berkas CSV (hapus baris di atasnya)
    >>> mirip_sipd("c.md", "Program, Kegiatan\\tIndikator\\tpagu".encode()) is None
    True
    >>> mirip_sipd("d.md", b"Kolom SIPD yang dicocokkan: kode_skpd, nama_skpd, kode_program, pagu\\n") is None
    True
    """
    known = set(TEKS) | set(UANG) | set(WAJIB_REALISASI)
    if data.startswith(ZIP_MAGIC):
        try:
            wb = _open_xlsx(Path(path), data)
        except RenjaParseError:
            return None
        rows = [(ws.title, r, _names(cells)) for ws in wb.worksheets
                for r, cells in enumerate(ws.iter_rows(min_row=1, max_row=KEPALA, values_only=True), start=1)]
    else:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = data[:KEPALA_BYTES].decode("utf-16", errors="ignore")
        else:
            head = strip_bom(data[:KEPALA_BYTES]).decode("utf-8", errors="ignore")
        lines = [(r, line) for r, line in enumerate(head.splitlines(), start=1) if line.strip()][:KEPALA]
        rows = []
        for r, line in lines:
            try:
                names = _names(next(csv.reader([line], delimiter=_delimiter(line)), []))
            except csv.Error:
                continue
            if all(_SEL_JUDUL.fullmatch(name) for name in names):
                rows.append((None, r, names))
    for sheet, r, names in rows:
        if len(known.intersection(names)) < MIRIP:
            continue
        cell = "baris judul kolom" + (f" lembar '{sheet}'" if sheet else "")
        realisasi = "nilai_realisasi" in names or "kode_rekening" in names
        wajib, jenis = (WAJIB_REALISASI, "kolom realisasi SIPD") if realisasi else (WAJIB, "kolom SIPD")
        missing = [name for name in wajib if name not in names]
        if sheet is None and r > 1 and PENANDA in names:
            return RenjaParseError(path, f"judul kolom ekspor SIPD-RI di baris {r}, didahului {r - 1} baris lain",
                                   line=r, cell=cell,
                                   expected="judul kolom SIPD di baris pertama berkas CSV (hapus baris di atasnya)")
        if missing:
            return RenjaParseError(path, f"judul kolom mirip ekspor SIPD-RI tetapi tanpa {missing[0]}", line=r,
                                   cell=cell, expected=f"{jenis}: " + ", ".join(wajib),
                                   found="tidak ada " + missing[0])
        return None
    return None


class _DuplicateKey(ValueError):
    """A key given twice in one JSON object."""


class _BukanRekaman(Exception):
    """A JSON file of a folder that is valid JSON but no list of records (another SIPD
    endpoint's answer, ``{"status": ..., "data": {...}}``): skipped, with the reason."""


def _read_json(path: Path, data: bytes, name: str, folder: bool = False) -> _Berkas:
    text = _decode(path, data)

    def _constant(value):
        raise ValueError(value)

    def _unique_keys(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen[key] = value
        return seen

    try:
        records = json.loads(text, parse_constant=_constant, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise RenjaParseError(path, f"kunci '{exc.args[0]}' muncul dua kali dalam satu objek JSON",
                              cell=str(exc.args[0]), expected="setiap kolom sekali per rekaman "
                              "(nilai mana yang benar tidak dapat diketahui)") from None
    except json.JSONDecodeError as exc:
        raise RenjaParseError(path, f"bukan JSON yang sah ({sebab_json(exc.msg)})", line=exc.lineno,
                              cell=f"kolom {exc.colno}", expected=_HARAPAN_JSON) from None
    except ValueError as exc:
        raise RenjaParseError(path, f"JSON memuat {exc} (bukan angka JSON)",
                              expected="angka JSON atau null") from None
    except RecursionError:
        raise RenjaParseError(path, "JSON bersarang terlalu dalam", expected=_HARAPAN_JSON) from None
    try:
        records, declared = _unwrap(path, records)
    except RenjaParseError as exc:
        if folder:                    # valid JSON, but not records: another endpoint's answer
            raise _BukanRekaman(f"JSON bukan larik rekaman ({exc.found})") from None
        raise
    out = _Berkas(path=path, name=name, fmt="json", records=records, lines=list(range(1, len(records) + 1)),
                  declared=declared)
    for k, rec in enumerate(records):
        if not isinstance(rec, dict):
            if folder:
                raise _BukanRekaman(f"JSON berisi {_json_kind(rec)}, bukan rekaman (objek)")
            raise out.error("rekaman bukan objek JSON", k, expected="objek {\"kode_sub_giat\": ...}",
                            found=json.dumps(rec, ensure_ascii=False)[:80])
    return out


def _json_kind(value) -> str:
    """What a JSON value is, in the words of a message.

    >>> [_json_kind(v) for v in ({}, [], "x", 1, None, True)]
    ['objek', 'larik', 'teks', 'angka', 'null', 'boolean']
    """
    if isinstance(value, bool):
        return "boolean"
    return {dict: "objek", list: "larik", str: "teks", int: "angka", float: "angka"}.get(type(value), "null")


def _unwrap(path: Path, value) -> tuple[list, int | None]:
    """The array of records of a JSON export, and the count a wrapper states.

    SIPD's API answers a list request as ``{"data": [...], "recordsTotal": N,
    "recordsFiltered": M}`` (a page of at most the ``limit`` asked for); a saved answer
    is read as its ``data`` array. The count stated is ``recordsFiltered`` (what the
    pages run through), else ``recordsTotal``. Any other object is refused.

    >>> _unwrap(Path("a.json"), {"data": [{"kode_sub_giat": "1"}], "recordsTotal": 250})
    ([{'kode_sub_giat': '1'}], 250)
    """
    if isinstance(value, list):
        return value, None
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        counts = [value.get(k) for k in ("recordsFiltered", "recordsTotal")]
        declared = next((c for c in counts if isinstance(c, int) and not isinstance(c, bool)), None)
        return value["data"], declared
    found = _json_kind(value)
    if isinstance(value, dict) and "data" in value:
        found = f"objek dengan data berupa {_json_kind(value['data'])}"
    raise RenjaParseError(path, "JSON bukan larik rekaman",
                          expected=_HARAPAN_JSON + " (atau respons API SIPD {\"data\": [...]})", found=found)


def _read_csv(path: Path, data: bytes, name: str) -> _Berkas:
    text = _decode(path, data).lstrip("\ufeff")
    first = (text.lstrip().splitlines() or [""])[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    out = _Berkas(path=path, name=name, fmt="csv", records=[], lines=[])
    try:
        header: list[str] = []
        top = 0
        while not any(h.strip() for h in header):
            header = next(reader)
            top = reader.line_num
        header = _names(header)
        out.columns = {h: j + 1 for j, h in enumerate(header) if h}
        out.header_line = top
        done = reader.line_num
        for cells in reader:
            start, done = done + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                raise RenjaParseError(path, "baris memiliki lebih banyak sel daripada judul kolom",
                                      line=start, cell=f"kolom {len(header) + 1}",
                                      expected=f"{len(header)} sel seperti judul di baris {top}",
                                      found=f"{len(cells)} sel")
            out.records.append({h: c for h, c in zip(header, cells) if h})
            out.lines.append(start)
    except csv.Error as exc:
        raise RenjaParseError(path, f"CSV tidak terbaca ({exc})", line=reader.line_num,
                              expected="CSV dengan satu baris judul kolom SIPD") from None
    return out


def _sipd_sheets(wb) -> list[tuple]:
    found = []
    for ws in wb.worksheets:
        for r, cells in enumerate(ws.iter_rows(min_row=1, max_row=KEPALA, values_only=True), start=1):
            if PENANDA in _names(cells):
                found.append((ws, r))
                break
    return found


def _read_xlsx(path: Path, data: bytes, name: str, sheet: str | None = None, wb=None) -> _Berkas | None:
    from openpyxl.utils import get_column_letter

    wb = wb or _open_xlsx(path, data)
    found = _sipd_sheets(wb)
    if sheet is not None:
        found = [(ws, r) for ws, r in found if ws.title == sheet]
        if not found:
            raise RenjaParseError(path, f"lembar '{sheet}' tidak berjudul kolom SIPD", cell="--sheet",
                                  expected=f"lembar dengan kolom {PENANDA}",
                                  found="lembar: " + ", ".join(wb.sheetnames))
    if not found:
        return None
    if len(found) > 1:
        names = ", ".join(f"'{ws.title}'" for ws, _ in found)
        raise RenjaParseError(path, f"{len(found)} lembar berjudul kolom SIPD: {names}", cell="--sheet",
                              expected="satu lembar (pilih dengan --sheet NAMA)", found=names)
    ws, top = found[0]
    header = _names(next(ws.iter_rows(min_row=top, max_row=top, values_only=True)))
    out = _Berkas(path=path, name=name, fmt="xlsx", records=[], lines=[], sheet=ws.title, header_line=top,
                  columns={h: get_column_letter(j + 1) for j, h in enumerate(header) if h})
    for r, cells in enumerate(ws.iter_rows(min_row=top + 1, values_only=True), start=top + 1):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        out.records.append({h: c for h, c in zip(header, cells) if h})
        out.lines.append(r)
    return out


def _open_xlsx(path: Path, data: bytes):
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # BadZipFile, InvalidFileException, KeyError from a broken package
        raise RenjaParseError(path, f"bukan berkas Excel yang dapat dibaca ({type(exc).__name__})",
                              expected="buku kerja .xlsx dengan judul kolom SIPD") from None


def _raw(path: Path, data: bytes, name: str, sheet: str | None = None, wb=None,
         folder: bool = False) -> _Berkas | None:
    """The raw records of one file, or None when it is not a SIPD export (in a folder, a
    JSON that is not a list of records raises ``_BukanRekaman``)."""
    fmt = format_berkas(data)
    if fmt == "xlsx":
        return _read_xlsx(path, data, name, sheet=sheet, wb=wb)
    if fmt == "json":
        return _read_json(path, data, name, folder=folder)
    if fmt == "csv":
        return _read_csv(path, data, name)
    return None


def is_sipd(path, data: bytes) -> bool:
    """True when the bytes are a SIPD export: JSON (an array or object: a JSON source is
    always read as SIPD), a delimited text or a workbook sheet whose header names
    ``kode_sub_giat``."""
    fmt = format_berkas(data)
    if fmt == "xlsx":
        try:
            return bool(_sipd_sheets(_open_xlsx(Path(path), data)))
        except RenjaParseError:
            return False
    return fmt in ("json", "csv")


# --- typing: one pass per field over a file's records --------------------------------------

def _first(mask: pd.Series) -> int:
    return int(np.flatnonzero(mask.to_numpy())[0])


def _is_null_text(s: pd.Series) -> pd.Series:
    """Text SIPD writes for a missing value: empty, blank or ``null`` (any case)."""
    stripped = s.astype("string").str.strip()
    return (stripped.eq("") | stripped.str.lower().eq("null")).fillna(False).astype(bool)


def _clean(s: pd.Series, packed: bool) -> pd.Series:
    """Text as SIPD gives it, tidied: control characters removed, spaces collapsed;
    packed fields keep one value per line (empty lines dropped); ``null`` is missing."""
    s = s.astype("string").str.replace("\r\n", "\n").str.replace("\r", "\n").str.replace("\t", " ")
    s = s.str.replace(_KENDALI, "", regex=True).str.replace("\u00a0", " ")
    if packed:
        s = s.str.replace(r"[ ]+", " ", regex=True).str.replace(r" ?\n ?", "\n", regex=True)
        s = s.str.replace(r"\n{2,}", "\n", regex=True).str.strip()
    else:
        s = s.str.replace(r"\s+", " ", regex=True).str.strip()
    return s.mask(_is_null_text(s))


def _as_text(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


class _Fehler:
    """Names the file, record and field of the first bad cell of a combined raw table."""

    def __init__(self, files: list[_Berkas], raw: pd.DataFrame):
        self.files, self.raw = files, raw
        self.json = raw["_f"].map({i: f.fmt == "json" for i, f in enumerate(files)}).astype(bool)

    def locate(self, i: int) -> tuple[_Berkas, int]:
        """The file and the record (0-based in its file) of row ``i``."""
        return self.files[int(self.raw["_f"].iat[i])], int(self.raw["_k"].iat[i])

    def __call__(self, mask: pd.Series, name: str, message: str, **kw) -> RenjaParseError:
        b, k = self.locate(_first(mask))
        return b.error(message, k, name, **kw)


def _found(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)[:80]


def _text_field(err: _Fehler, s: pd.Series, name: str) -> pd.Series:
    """One text field of ``raw`` typed (``_text_fields`` of that one column)."""
    return _text_fields(err, s.to_frame(name))[name]


def _text_fields(err: _Fehler, block: pd.DataFrame) -> pd.DataFrame:
    """Text fields typed all at once: the columns of ``block`` stacked into one Series, each
    distinct text cleaned once (``_clean``), unstacked. A cell that is not text, a number or
    empty, and a code stored as a fraction, is an error naming the first such field (in the
    order of ``block``'s columns) and its first record, as field-by-field typing would."""
    names = list(block.columns)
    n = len(block)
    cells = np.array(block.to_numpy(dtype=object).ravel(order="F"))      # field by field, a copy of our own
    kinds = pd.Series(cells, dtype=object).map(type).to_numpy()
    missing = pd.isna(cells)
    number = ((kinds == int) | (kinds == float)) & ~missing
    other = ~((kinds == str) | number | missing)
    fraction = (kinds == float) & ~missing
    is_kode = np.repeat([name in KODE for name in names], n)
    bad = (other | (fraction & is_kode)).reshape(len(names), n)
    if bad.any():
        j = int(np.flatnonzero(bad.any(axis=1))[0])
        name, s = names[j], block[names[j]]
        column = slice(j * n, (j + 1) * n)
        hit = pd.Series(other[column], index=block.index)
        if hit.any():
            raise err(hit, name, f"{name} bukan teks", expected="teks atau kosong", found=_found(s[hit].iloc[0]))
        hit = pd.Series(fraction[column], index=block.index)  # a whole number (urusan 1) is unambiguous, 2.10 is not
        raise err(hit, name, f"kode {name} tersimpan sebagai angka",
                  expected="kode sebagai teks (angka memotong nol di belakang: 2.10 menjadi 2.1)",
                  found=_as_text(s[hit].iloc[0]))
    if number.any():
        cells[number] = [_as_text(v) for v in cells[number]]
    cells[missing] = None
    codes, uniques = pd.factorize(cells)                           # missing: code -1
    packed = np.repeat([name in BERLAPIS for name in names], n)
    # the distinct texts of packed and of plain fields, cleaned once each
    key_packed = np.zeros(len(uniques) + 1, dtype=bool)
    key_plain = np.zeros(len(uniques) + 1, dtype=bool)
    key_packed[codes[packed]] = True
    key_plain[codes[~packed]] = True
    text = pd.Series(list(uniques), dtype="string")
    clean_packed = _clean(text, packed=True).to_numpy(dtype=object) if key_packed[:-1].any() else None
    clean_plain = _clean(text, packed=False).to_numpy(dtype=object) if key_plain[:-1].any() else None
    out = np.full(len(cells), None, dtype=object)
    found = codes >= 0
    if clean_packed is not None:
        pick = found & packed
        out[pick] = clean_packed[codes[pick]]
    if clean_plain is not None:
        pick = found & ~packed
        out[pick] = clean_plain[codes[pick]]
    by_field = out.reshape(len(names), n)
    return pd.DataFrame({name: pd.array(by_field[j], dtype="string") for j, name in enumerate(names)},
                        index=block.index)


def _per_text(values: pd.Series, func) -> pd.Series:
    """``func`` of every cell, computed once per distinct text (money repeats)."""
    codes, uniques = pd.factorize(values)
    mapped = np.array([func(u) for u in uniques] + [None], dtype=object)
    return pd.Series(mapped[codes], index=values.index)


def _conventions(err: _Fehler, raw: pd.DataFrame, fields: list[str] | None = None) -> pd.Series:
    """The decimal separator of each file's money written as text in a CSV or sheet
    (``','`` for ``1.500.000,00``, ``'.'`` for ``1500000.50``), one per row of ``raw``
    (NA where no cell of the file shows one). The first cell that shows a separator
    decides; a cell of the same file showing the other one is an error naming both.
    ``fields``: the money fields (default ``UANG``)."""
    fields = UANG if fields is None else fields
    parts = []
    for c, name in enumerate(fields):
        col = raw[name]
        text = col.map(type).eq(str) & ~err.json
        if text.any():
            parts.append(pd.DataFrame({"_f": raw.loc[text, "_f"], "_i": np.flatnonzero(text.to_numpy()), "_c": c,
                                       "v": col[text].astype(str).str.strip()}))
    if not parts:
        return pd.Series(pd.NA, index=raw.index, dtype="string")
    cells = pd.concat(parts, ignore_index=True)
    cells = cells[cells["v"].str.fullmatch(_ANGKA_LEMBAR)]
    cells = cells.assign(conv=_per_text(cells["v"], cell_convention)).dropna(subset=["conv"])
    cells = cells.sort_values(["_f", "_i", "_c"], kind="stable")
    first = cells.groupby("_f", sort=False).head(1).set_index("_f")
    other = cells["conv"].to_numpy() != first.loc[cells["_f"], "conv"].to_numpy()
    if other.any():
        bad = cells[other].iloc[0]
        ref = first.loc[bad["_f"]]
        b, k = err.locate(int(bad["_i"]))
        _, k0 = err.locate(int(ref["_i"]))
        raise b.error("angka bergaya lain dalam satu berkas", k, fields[int(bad["_c"])],
                      expected=f"gaya angka yang sama di seluruh berkas ({_GAYA[ref['conv']]}, seperti "
                               f"{ref['v']} di {b.where(k0)})", found=_found(bad["v"]))
    return raw["_f"].map(first["conv"].to_dict()).astype("string")


#: What an error expects of a cell of ``tahun`` (typed by ``_money_field``, as a number).
HARAP_TAHUN = "tahun anggaran berupa angka (mis. 2024)"


def _money_field(err: _Fehler, s: pd.Series, name: str, conv: pd.Series, harap: str | None = None) -> pd.Series:
    """A number column: JSON numbers or digit strings (``"1500000000.00"``, as SIPD's API
    writes them), numbers of a sheet, or text of a CSV or sheet in the file's convention
    (``conv``: ``1.500.000,00`` or ``1,500,000.00``; without one, a single separator
    before three digits is a thousands separator). Null, ``"null"`` or blank is NA.
    ``harap``: what an error says the cell should hold, for a column that is no money
    (``HARAP_TAHUN``); money's own wording otherwise."""
    kinds = s.map(type)
    number = kinds.isin([int, float]) & s.notna()
    text = kinds.eq(str)
    stripped = s.where(text, "x").astype(str).str.strip()
    blank = text & _is_null_text(stripped)
    json_text = text & ~blank & err.json & stripped.str.fullmatch(_ANGKA.pattern)
    sheet_text = text & ~blank & ~err.json & stripped.str.fullmatch(_ANGKA_LEMBAR)
    bad = ~(number | s.isna() | blank | json_text | sheet_text)
    if bad.any():
        json_row = bool(err.json[bad].iloc[0])
        raise err(bad, name, f"{name} bukan angka",
                  expected=harap or "angka rupiah" + (
                      " (angka JSON, atau teks berisi angka tanpa pemisah ribuan seperti \"1500000000.00\")"
                      if json_row else " (mis. 1500000, 1500000.00 atau 1.500.000,00)"),
                  found=_found(s[bad].iloc[0]))
    values = pd.Series(np.nan, index=s.index, dtype="Float64")
    if json_text.any():
        two = json_text & _per_text(stripped.where(json_text, ""), is_ambiguous).astype(bool)
        if two.any():
            v = stripped[two].iloc[0]
            ribuan, desimal, _ = dua_bacaan(v) or (np.nan, np.nan, "")
            raise err(two, name, f"{name} '{v}' dapat dibaca dua cara ({_id(desimal)} atau {_id(ribuan)})",
                      expected=harap or "angka tanpa pemisah ribuan (mis. \"1500.00\" atau \"1500000\")",
                      found=_found(v))
        values = values.mask(json_text, pd.to_numeric(stripped.where(json_text)).astype("Float64"))
    if sheet_text.any():
        keyed = stripped[sheet_text] + "\x00" + conv[sheet_text].fillna("").astype(str)
        parsed = _per_text(keyed, _parse_sheet)
        unread = parsed.isna()
        if unread.any():
            raise err(sheet_text & unread.reindex(s.index, fill_value=False), name, f"{name} bukan angka",
                      expected=harap or "angka rupiah (mis. 1500000, 1500000.00 atau 1.500.000,00)",
                      found=_found(stripped[unread[unread].index[0]]))
        values = values.mask(sheet_text, pd.to_numeric(parsed.reindex(s.index)).astype("Float64"))
    values = values.mask(number, pd.to_numeric(s.where(number), errors="coerce").astype("Float64"))
    big = (values.abs() > MAX_ABS).fillna(False).astype(bool)
    if big.any():
        raise err(big, name, f"{name} di luar batas wajar", expected=f"angka paling besar {MAX_ABS:.0e}",
                  found=_as_text(s[big].iloc[0]))
    return values


def _money_fields(err: _Fehler, block: pd.DataFrame, conv: pd.Series) -> pd.DataFrame:
    """Number fields typed all at once (``_money_field`` of every column of ``block``): the
    columns stacked into one Series, each distinct text read once. A field holding a bad
    cell is typed again on its own by ``_money_field``, which raises the error it always
    has, so the first such field (in the order of ``block``'s columns) is named."""
    names = list(block.columns)
    n, k = len(block), len(names)
    cells = np.array(block.to_numpy(dtype=object).ravel(order="F"))          # field by field
    kinds = pd.Series(cells, dtype=object).map(type).to_numpy()
    missing = pd.isna(cells)
    number = ((kinds == int) | (kinds == float)) & ~missing
    text = kinds == str
    json = np.tile(err.json.to_numpy(dtype=bool), k)
    # the distinct texts, each stripped and looked at once
    codes, uniques = pd.factorize(pd.Series(cells, dtype=object).where(text, None).to_numpy())
    u = pd.Series(list(uniques), dtype=object).astype(str).str.strip()
    u_blank = _is_null_text(u).to_numpy(dtype=bool)
    u_json = u.str.fullmatch(_ANGKA.pattern).fillna(False).to_numpy(dtype=bool)
    u_sheet = u.str.fullmatch(_ANGKA_LEMBAR).fillna(False).to_numpy(dtype=bool)
    at = np.where(codes >= 0, codes, 0)
    has = codes >= 0
    blank = has & u_blank[at] if len(u) else np.zeros(len(cells), dtype=bool)
    json_text = has & ~blank & json & (u_json[at] if len(u) else False)
    sheet_text = has & ~blank & ~json & (u_sheet[at] if len(u) else False)
    bad = ~(number | missing | blank | json_text | sheet_text)
    values = np.full(len(cells), np.nan)
    if json_text.any():
        stripped = pd.Series(u.to_numpy(dtype=object)[at[json_text]])
        bad[json_text] |= _per_text(stripped, is_ambiguous).astype(bool).to_numpy()
        values[json_text] = pd.to_numeric(stripped).to_numpy(dtype=float)
    if sheet_text.any():
        keyed = (pd.Series(u.to_numpy(dtype=object)[at[sheet_text]])
                 + "\x00" + pd.Series(np.tile(conv.fillna("").astype(str).to_numpy(dtype=object), k)[sheet_text]))
        parsed = pd.to_numeric(_per_text(keyed, _parse_sheet))
        bad[sheet_text] |= parsed.isna().to_numpy()
        values[sheet_text] = parsed.to_numpy(dtype=float)
    if number.any():
        values[number] = pd.to_numeric(pd.Series(cells[number]), errors="coerce").to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        bad |= np.abs(values) > MAX_ABS
    fields = bad.reshape(k, n).any(axis=1)
    typed = {}
    for j, name in enumerate(names):
        if fields[j]:                      # raises the error a field-by-field reading raises
            typed[name] = _money_field(err, block[name], name, conv)
        else:
            typed[name] = pd.array(values[j * n:(j + 1) * n], dtype="Float64")
    return pd.DataFrame(typed, index=block.index)


def _id(x: float) -> str:
    """A number as an Indonesian reader writes it in a message (``1,5``, ``1.500``)."""
    text = f"{x:,.10f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _parse_sheet(keyed: str) -> float | None:
    """``text\\x00convention`` -> the number, or None when it is not one."""
    text, _, conv = keyed.partition("\x00")
    try:
        return parse_number(text, decimal=conv or None)
    except ValueError:
        return None


def _check_structure(b: _Berkas) -> None:
    """What must hold for a file before its cells are typed: records, the marker field,
    the required fields on every record (in a CSV or sheet: in the header)."""
    if not b.records:
        raise RenjaParseError(b.path, "ekspor SIPD tanpa rekaman", expected="paling sedikit satu sub kegiatan",
                              found="kosong")
    if not any(PENANDA in r for r in b.records):
        raise RenjaParseError(b.path, f"bukan ekspor SIPD: tidak ada rekaman dengan {PENANDA}", cell=PENANDA,
                              expected=_HARAPAN_JSON)
    check_required(b, WAJIB, "kolom SIPD")


def check_required(b: _Berkas, wajib: list[str], jenis: str) -> None:
    """The required fields ``wajib`` on every record of ``b`` (in a CSV or sheet: in its
    header); the first missing one, in ``wajib``'s order, named with its file, line and
    record (``jenis``: what the header is expected to be, e.g. "kolom SIPD")."""
    need = set(wajib)
    if b.fmt != "json" and not need <= set(b.columns):
        name = min(need - set(b.columns), key=wajib.index)
        raise RenjaParseError(b.path, f"judul kolom tanpa {name}", line=b.header_line,
                              cell="baris judul kolom" + (f" lembar '{b.sheet}'" if b.sheet else ""),
                              expected=f"{jenis}: " + ", ".join(wajib), found="tidak ada " + name)
    for k, rec in enumerate(b.records):
        missing = need - rec.keys()
        if missing:
            name = min(missing, key=wajib.index)
            raise b.error(f"rekaman tanpa {name}", k, name, expected=f"kolom {name} di setiap rekaman",
                          found="tidak ada")


def _typed(files: list[_Berkas]) -> tuple[pd.DataFrame, dict]:
    """The records of all files as typed columns (``KOLOM``), or an error naming file,
    record and field; and the decimal separator of each file (by name) where its text
    shows one. Cells are typed column by column over all files at once."""
    for b in files:
        _check_structure(b)
    fields = TEKS + UANG + ["tahun"]
    sizes = [len(b.records) for b in files]
    raw = pd.DataFrame.from_records([r for b in files for r in b.records], columns=fields)   # one frame: cost per record
    raw["_f"] = np.repeat(np.arange(len(files)), sizes)
    raw["_k"] = np.concatenate([np.arange(n) for n in sizes])
    err = _Fehler(files, raw)
    out = pd.DataFrame({
        "berkas": pd.Series(np.repeat([b.name for b in files], [len(b.records) for b in files]), dtype="string"),
        "rekaman": pd.Series(raw["_k"].to_numpy() + 1, dtype="Int64"),
        "baris": pd.Series([line for b in files for line in b.lines], dtype="Int64")})
    conv = _conventions(err, raw)
    out["tahun"] = _money_field(err, raw["tahun"], "tahun", conv, HARAP_TAHUN).round().astype("Int64")
    text = _text_fields(err, raw[TEKS])
    out = pd.concat([out, text, _money_fields(err, raw[UANG], conv)], axis=1)
    # whether the record carries a priority-label field at all (even empty): an export without
    # these fields says nothing about labels, one with them empty says "no label"
    out["label_tercantum"] = pd.Series([any(k in r for k in LABEL) for b in files for r in b.records],
                                       dtype="boolean")
    for name in WAJIB:
        empty = out[name].isna()
        if name != "pagu" and empty.any():          # a pagu not given is read as missing (a finding)
            raise err(empty, name, f"{name} kosong", expected=f"{name} terisi", found="")
    # a file without sub-units is its own sub-unit; urusan and bidang from the program code
    out["kode_sub_skpd"] = out["kode_sub_skpd"].fillna(out["kode_skpd"])
    out["nama_sub_skpd"] = out["nama_sub_skpd"].fillna(out["nama_skpd"])
    parts = out["kode_program"].str.split(".")
    out["kode_urusan"] = out["kode_urusan"].fillna(parts.str[0])
    out["kode_bidang_urusan"] = out["kode_bidang_urusan"].fillna(parts.str[:2].str.join("."))
    desimal = dict(zip([b.name for b in files], conv.groupby(raw["_f"]).first().reindex(range(len(files)))))
    return out[KOLOM], {k: v for k, v in desimal.items() if not pd.isna(v)}


# --- SIPD's SKPD list: a companion of the Renja exports -------------------------------------

def is_daftar_skpd(records: list) -> bool:
    """True when raw records are SIPD's SKPD list: every record carries the fields of
    ``PENANDA_DAFTAR_SKPD`` and none a sub kegiatan (``kode_sub_giat``).

    >>> is_daftar_skpd([{"id_skpd": "1", "id_unit": "1", "kode_skpd": "1.02", "nama_skpd": "DINAS"}])
    True
    >>> is_daftar_skpd([{"id_skpd": "1", "id_unit": "1", "kode_skpd": "1", "nama_skpd": "D", "kode_sub_giat": "x"}])
    False
    """
    need = set(PENANDA_DAFTAR_SKPD)
    return bool(records) and all(isinstance(r, dict) and need <= r.keys() and PENANDA not in r for r in records)


def _csv_daftar_skpd(path: Path, data: bytes) -> _Berkas | None:
    """A delimited text whose first line names the SKPD list's fields, read as a CSV; else None."""
    first = (strip_bom(data).decode("utf-8", errors="replace").lstrip().splitlines() or [""])[0]
    names = set(_names(next(csv.reader([first], delimiter=_delimiter(first)), [])))
    return _read_csv(path, data, path.name) if set(PENANDA_DAFTAR_SKPD) <= names else None


def _daftar_skpd(path: Path, lists: list[_Berkas], account: list[dict]) -> pd.DataFrame | None:
    """The SKPD list of a folder, typed (``KOLOM_DAFTAR_SKPD``), or None without one.

    Ids and codes are text, ``set_pagu_skpd``, ``set_pagu_giat``, ``rinci_giat`` and
    ``total_giat`` numbers (a JSON number or a digit string such as ``"3500000000.00"``).
    Two lists of different content, a record without one of ``PENANDA_DAFTAR_SKPD`` filled
    and an ``id_skpd`` listed twice are errors naming file and record: which SKPD a unit
    belongs to would have to be guessed."""
    if not lists:
        return None
    if len(lists) > 1:
        raise RenjaParseError(path, f"{len(lists)} daftar SKPD yang berbeda isinya dalam satu folder",
                              expected="satu daftar SKPD per folder pemda (daftar mana yang berlaku tidak dapat "
                                       "diketahui)", found=", ".join(b.name for b in lists)[:200])
    b = lists[0]
    fields = list(PENANDA_DAFTAR_SKPD) + ANGKA_DAFTAR_SKPD
    raw = pd.DataFrame.from_records(b.records, columns=fields)
    raw["_f"] = 0
    raw["_k"] = np.arange(len(raw))
    err = _Fehler([b], raw)
    out = pd.DataFrame({"berkas": pd.Series([b.name] * len(raw), dtype="string"),
                        "baris": pd.Series(b.lines, dtype="Int64")})
    for name in PENANDA_DAFTAR_SKPD:
        out[name] = _text_field(err, raw[name], name)
        empty = out[name].isna()
        if empty.any():
            raise err(empty, name, f"{name} kosong di daftar SKPD", expected=f"{name} terisi", found="")
    conv = _conventions(err, raw, ANGKA_DAFTAR_SKPD)
    for name in ANGKA_DAFTAR_SKPD:
        out[name] = _money_field(err, raw[name], name, conv)
    twice = out["id_skpd"].duplicated()
    if twice.any():
        raise err(twice, "id_skpd", f"id_skpd {out.loc[twice, 'id_skpd'].iloc[0]} dua kali di daftar SKPD",
                  expected="satu baris per SKPD atau unit", found=str(out.loc[twice, "id_skpd"].iloc[0]))
    heads = int((out["id_skpd"] == out["id_unit"]).sum())
    row = next(r for r in account if r["berkas"] == b.name)
    row["keterangan"] = (f"daftar SKPD SIPD: {len(out)} SKPD dan unit, {heads} di antaranya SKPD induk "
                         "(id_unit sama dengan id_skpd); menentukan SKPD tiap sub unit dan pagu SKPD (set_pagu_skpd)")
    return out[KOLOM_DAFTAR_SKPD]


# --- one budget year, nothing counted twice -------------------------------------------------

def letak(group: pd.DataFrame, files: list, folder: bool) -> str:
    """Where a group of records stands, for a refusal naming two years or two pemda: in a
    folder, its first three files' names (and how many more); in one file, its first line or
    record.

    >>> g = pd.DataFrame({"berkas": ["a.json", "b.json", "a.json", "c.json", "d.json"], "baris": [1, 2, 3, 4, 5]})
    >>> letak(g, [], folder=True)
    'a.json, b.json, c.json dan 1 berkas lain'
    """
    if folder:
        names = list(dict.fromkeys(group["berkas"]))
        return ", ".join(names[:3]) + (f" dan {len(names) - 3} berkas lain" if len(names) > 3 else "")
    return f"{files[0].line_label} {group['baris'].iloc[0]}"


def _one_year(path: Path, rekaman: pd.DataFrame, files: list[_Berkas], folder: bool) -> None:
    """Refuse exports of more than one budget year: their pagu cannot be summed (a year
    given to ``load_sipd`` would have to choose, and nothing here knows which one)."""
    years = rekaman.dropna(subset=["tahun"])
    if years["tahun"].nunique() < 2:
        return
    parts = [f"{year} ({letak(group, files, folder)})" for year, group in years.groupby("tahun", sort=True)]
    raise RenjaParseError(path, f"ekspor dari {len(parts)} tahun anggaran: " + ", ".join(parts),
                          expected="ekspor satu tahun anggaran per " + ("folder" if folder else "berkas")
                                   + " (pagu dua tahun tidak dijumlahkan)")


def _shown(value) -> str:
    if value is None or pd.isna(value):
        return "kosong"
    return _as_text(float(value)) if isinstance(value, (int, float, np.number)) else str(value)[:60]


def _counted_once(rekaman: pd.DataFrame, files: list[_Berkas]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The records counted, and those an earlier file already holds (``SipdSource.ganda``).

    A record of a file whose key (``KUNCI_REKAMAN``) an earlier file holds is the same
    record when an earlier file holds one with the same content (``ISI_REKAMAN``): it is
    not counted again. With another content the folder is refused, naming both records
    and the first field that differs. Records sharing a key within one file are left as
    they are (``findings.sipd.kode_ganda`` reports them).

    A record without ``tahun`` is keyed with the folder's year (``_one_year`` refused a
    folder of two years): an export saved without the field (another SIPD screen) holds
    the same records as one with it, and they are counted once. A record counted from a
    file without ``tahun`` takes the year its copy states (the same record, of the same
    export year); with another content the folder is refused, saying that one side
    states no year (it may be another year's export).
    """
    r = rekaman.reset_index(drop=True)
    index = {b.name: i for i, b in enumerate(files)}
    f = r["berkas"].map(index).to_numpy()
    years = r["tahun"].dropna().unique()
    key = r[KUNCI_REKAMAN]
    if len(years) == 1:
        key = key.assign(tahun=key["tahun"].fillna(years[0]))
    key_first = key.assign(_f=f).groupby(KUNCI_REKAMAN, dropna=False, sort=False)["_f"] \
        .transform("min").to_numpy()
    later = f > key_first
    if not later.any():
        return r, r.iloc[0:0].assign(berkas_asal=pd.Series(dtype="string"), rekaman_asal=pd.Series(dtype="Int64"),
                                     baris_asal=pd.Series(dtype="Int64"))
    sig = pd.util.hash_pandas_object(r[ISI_REKAMAN], index=False).to_numpy()
    keyed = key.assign(_sig=sig, _pos=np.arange(len(r)))
    first_same = keyed.groupby(KUNCI_REKAMAN + ["_sig"], dropna=False, sort=False)["_pos"].transform("first").to_numpy()
    same_earlier = later & (f[first_same] < f)
    conflict = later & ~same_earlier
    if conflict.any():
        i = int(np.flatnonzero(conflict)[0])
        first_key = keyed.groupby(KUNCI_REKAMAN, dropna=False, sort=False)["_pos"].transform("first").to_numpy()
        j = int(first_key[i])
        a, b = r.iloc[j], r.iloc[i]
        name = next(c for c in ISI_REKAMAN if not (pd.isna(a[c]) and pd.isna(b[c])) and
                    (pd.isna(a[c]) or pd.isna(b[c]) or a[c] != b[c]))
        fa, fb = files[f[j]], files[f[i]]
        tahun = "" if pd.isna(b["tahun"]) else f" tahun {b['tahun']}"
        tanpa = [x.name for x, y in ((fa, a), (fb, b)) if pd.isna(y["tahun"])]
        tanpa_tahun = (f"; {tanpa[0]} tanpa kolom tahun: mungkin ekspor tahun lain"
                       if len(tanpa) == 1 else "")
        raise fb.error(f"sub kegiatan {b['kode_sub_giat']} sub unit {b['kode_sub_skpd']}{tahun} juga ada di "
                       f"{fa.name} {fa.line_label} {a['baris']} dengan {name} lain", int(b["rekaman"]) - 1, name,
                       expected="satu ekspor per perangkat daerah (ekspor mana yang berlaku tidak dapat diketahui"
                                f"{tanpa_tahun}: hapus yang lama dari folder)",
                       found=f"{_shown(b[name])} ({fa.name}: {_shown(a[name])})")
    # a record counted from a file without ``tahun`` takes the year its copy states
    stated = later & r["tahun"].notna().to_numpy()
    fill = np.zeros(len(r), dtype=bool)
    fill[first_same[stated]] = True
    fill &= r["tahun"].isna().to_numpy()
    if fill.any():
        r["tahun"] = r["tahun"].mask(fill, years[0])
    asal = r.iloc[first_same[later]]
    ganda = r[later].assign(berkas_asal=asal["berkas"].to_numpy(), rekaman_asal=asal["rekaman"].to_numpy(),
                            baris_asal=asal["baris"].to_numpy())
    return r[~later].reset_index(drop=True), ganda.reset_index(drop=True)


# --- files and folders ----------------------------------------------------------------------

def _account_row(name: str, fmt: str | None, status: str, keterangan: str | None = None, **kw) -> dict:
    return {"berkas": name, "format": fmt, "lembar": None, "status": status, "jumlah_rekaman": 0,
            "jumlah_dihitung": 0, "jumlah_dinyatakan": None, "desimal": None, "keterangan": keterangan, **kw}


def _account(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame.from_records(rows, columns=KOLOM_BERKAS)
    for col in ("jumlah_rekaman", "jumlah_dihitung", "jumlah_dinyatakan"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("berkas", "format", "lembar", "status", "desimal", "keterangan"):
        out[col] = out[col].astype("string")
    return out


def entries(folder: Path, max_berkas: int | None = None, max_bytes: int | None = None) -> list[Path]:
    """The entries of a folder read as a pemda: in name order, hidden ones left out; at
    most ``max_berkas`` (``config.MAKS_BERKAS``, read at call time: the corpus folder's limit too) entries and ``max_bytes`` (``MAX_BYTES_FOLDER``)
    in all, checked before any file is read."""
    max_berkas = config.MAKS_BERKAS if max_berkas is None else max_berkas
    max_bytes = MAX_BYTES_FOLDER if max_bytes is None else max_bytes
    try:
        found = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        raise RenjaParseError(folder, f"folder tidak dapat dibaca ({sebab_os(exc)})") from None
    if len(found) > max_berkas:
        raise RenjaParseError(folder, "folder memuat terlalu banyak berkas",
                              expected=f"paling banyak {max_berkas} berkas", found=f"{len(found)} berkas")
    size = 0
    for p in found:
        try:
            size += p.stat().st_size if p.is_file() else 0
        except OSError:
            continue                          # reading it reports it
    if size > max_bytes:
        raise RenjaParseError(folder, "folder terlalu besar", expected=f"paling besar {max_bytes} byte semuanya",
                              found=f"{size} byte")
    return found


#: The field that marks a SIPD export as a realisation (treasury, penatausahaan) export.
PENANDA_REALISASI = "nilai_realisasi"
#: Why a Renja folder's reading sets a realisation export aside (read by ``sources.sipd_realisation``).
REALISASI_DILEWATI = "ekspor realisasi SIPD (kolom nilai_realisasi): dibaca sebagai realisasi, bukan rencana"


def is_realisation_export(b) -> bool:
    """True when a file's raw records (``read_raw``) are a realisation export: its JSON records
    or its header carry ``nilai_realisasi``."""
    if b.fmt == "json":
        return any(PENANDA_REALISASI in r for r in b.records if isinstance(r, dict))
    return PENANDA_REALISASI in b.columns


def read(path, sheet: str | None = None, *, max_berkas: int | None = None,
         max_bytes_folder: int | None = None) -> SipdSource:
    """Read one SIPD export or a folder of them (a pemda).

    Parameters
    ----------
    path : str or Path
        A JSON, CSV or ``.xlsx`` export, or a folder holding such files.
    sheet : str, optional
        For a workbook: the sheet to read when several carry SIPD headers.
    max_berkas, max_bytes_folder : int, optional
        For a folder: the most entries and bytes read (``config.MAKS_BERKAS``, ``MAX_BYTES_FOLDER``).

    Returns
    -------
    SipdSource

    Raises
    ------
    RenjaParseError
        Naming file, record (or sheet row) and field; a folder holding no SIPD record;
        the same record with different content in two files; exports of two years.

    Examples
    --------
    >>> from renja_analysis.config import ROOT
    >>> src = read(ROOT / "tests" / "data" / "sipd")
    >>> src.berkas[["berkas", "format", "status", "jumlah_rekaman"]].values.tolist()
    [['dinkes-contoh.json', 'json', 'dibaca', 9], ['dinkop-ukm-magetan.json', 'json', 'dibaca', 41]]
    """
    path = Path(path)
    if not is_folder(path):
        data = read_bytes(path, MAX_BYTES_BERKAS)
        b = _raw(path, data, path.name, sheet=sheet)
        if b is None:
            raise mirip_sipd(path, data) or RenjaParseError(
                path, "bukan ekspor SIPD", expected=f"larik JSON rekaman SIPD, atau CSV/.xlsx dengan kolom {PENANDA}")
        if b.records and is_realisation_export(b):
            raise RenjaParseError(path, "ekspor realisasi SIPD (penatausahaan: kolom nilai_realisasi), bukan ekspor "
                                  "Renja", expected="untuk realisasi: renja-analysis build --source <berkas atau "
                                  "folder> atau load_sipd_realisasi(); untuk rencana: ekspor Renja SIPD (kolom pagu)")
        if b.records and is_daftar_skpd(b.records):
            raise RenjaParseError(path, "daftar SKPD SIPD, bukan ekspor Renja",
                                  expected="ekspor Renja SIPD, atau folder pemda yang memuat daftar SKPD bersama "
                                           "ekspor Renja-nya")
        rekaman, desimal = _typed([b])
        _one_year(path, rekaman, [b], folder=False)
        account = [_account_row(b.name, b.fmt, "dibaca", lembar=b.sheet, jumlah_rekaman=len(b.records),
                                jumlah_dihitung=len(b.records), jumlah_dinyatakan=b.declared,
                                desimal=desimal.get(b.name))]
        _, ganda = _counted_once(rekaman, [b])
        return SipdSource(path=path, rekaman=rekaman, berkas=_account(account), dilewati=[], ganda=ganda)
    files, account, skipped, lists = [], [], [], []
    seen: dict[str, str] = {}                 # sha256 -> the export first read with those bytes
    for entry in entries(path, max_berkas, max_bytes_folder):
        if not entry.is_file():
            skipped.append((entry.name, SUBFOLDER_DILEWATI if entry.is_dir() else BUKAN_BERKAS_DILEWATI))
            continue
        data = read_bytes(entry, MAX_BYTES_BERKAS)
        if not strip_bom(data).strip():
            reason = "berkas kosong (0 byte)" if not data else "berkas hanya berisi spasi"
            if entry.suffix.lower() in _AKHIRAN_EKSPOR:
                account.append(_account_row(entry.name, None, "kosong", reason))
            else:
                skipped.append((entry.name, reason))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            original = next(r for r in account if r["berkas"] == seen[digest])
            account.append(_account_row(entry.name, original["format"], "salinan",
                                        f"sama persis dengan {original['berkas']} (isi berkas sama)",
                                        lembar=original["lembar"], jumlah_rekaman=original["jumlah_rekaman"],
                                        jumlah_dinyatakan=original["jumlah_dinyatakan"]))
            continue
        try:
            b = _raw(entry, data, entry.name, folder=True) or _csv_daftar_skpd(entry, data)
        except _BukanRekaman as exc:
            skipped.append((entry.name, f"{exc}: bukan ekspor Renja SIPD"))
            continue
        if b is None:
            skipped.append((entry.name, "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)"))
        elif b.records and is_realisation_export(b):
            skipped.append((entry.name, REALISASI_DILEWATI))
        elif b.records and is_daftar_skpd(b.records):
            seen[digest] = b.name
            lists.append(b)
            account.append(_account_row(b.name, b.fmt, "daftar_skpd", None, jumlah_rekaman=len(b.records),
                                        jumlah_dinyatakan=b.declared))
        elif not b.records:
            account.append(_account_row(b.name, b.fmt, "kosong", _TANPA_REKAMAN[b.fmt], lembar=b.sheet,
                                        jumlah_dinyatakan=b.declared))
        elif b.fmt == "json" and not any(PENANDA in r for r in b.records):
            skipped.append((entry.name, f"JSON tanpa kolom {PENANDA} (bukan ekspor sub kegiatan)"))
        else:
            seen[digest] = b.name
            files.append(b)
            account.append(_account_row(b.name, b.fmt, "dibaca", lembar=b.sheet, jumlah_rekaman=len(b.records),
                                        jumlah_dinyatakan=b.declared))
    daftar = _daftar_skpd(path, lists, account)
    if not files:
        if lists:
            raise RenjaParseError(path, "folder hanya memuat daftar SKPD SIPD, tanpa ekspor Renja",
                                  expected=f"ekspor Renja SIPD (rekaman dengan {PENANDA}) bersama daftar SKPD",
                                  found=", ".join(b.name for b in lists)[:200])
        realisasi = [n for n, why in skipped if why == REALISASI_DILEWATI]
        if realisasi:
            raise RenjaParseError(path, "folder hanya memuat ekspor realisasi SIPD (penatausahaan), tanpa ekspor "
                                  "Renja", expected="untuk realisasi: renja-analysis build --source <folder> atau "
                                  "load_sipd_realisasi()", found=", ".join(realisasi)[:200])
        empty = [r["berkas"] for r in account if r["status"] == "kosong"]
        if empty:
            raise RenjaParseError(path, "folder tidak memuat rekaman SIPD: setiap ekspor kosong",
                                  expected="paling sedikit satu sub kegiatan", found=", ".join(empty)[:200])
        names = ", ".join(n for n, _ in skipped) or "kosong"
        raise RenjaParseError(path, "folder tidak memuat ekspor SIPD",
                              expected=f"berkas JSON, CSV atau .xlsx dengan kolom {PENANDA}", found=names[:200])
    typed, desimal = _typed(files)
    _one_year(path, typed, files, folder=True)
    rekaman, ganda = _counted_once(typed, files)
    _settle(account, rekaman, ganda, desimal)
    return SipdSource(path=path, rekaman=rekaman, berkas=_account(account), dilewati=skipped, ganda=ganda,
                      daftar_skpd=daftar)


def _settle(account: list[dict], rekaman: pd.DataFrame, ganda: pd.DataFrame, desimal: dict) -> None:
    """Fill the account of the files read: records counted, copies by content."""
    counted = rekaman["berkas"].value_counts().to_dict()
    origins = ganda.groupby("berkas", sort=False)["berkas_asal"].agg(lambda s: list(dict.fromkeys(s))).to_dict()
    for row in account:
        if row["status"] != "dibaca":
            continue
        name = row["berkas"]
        row["jumlah_dihitung"] = int(counted.get(name, 0))
        row["desimal"] = desimal.get(name)
        if name not in origins:
            continue
        asal = ", ".join(origins[name])
        if row["jumlah_dihitung"] == 0:
            row["status"] = "salinan"
            row["keterangan"] = f"semua {row['jumlah_rekaman']} rekaman sudah ada di {asal}"
        else:
            row["keterangan"] = f"{row['jumlah_rekaman'] - row['jumlah_dihitung']} rekaman sudah ada di {asal}, " \
                                "dihitung sekali"


# --- shared with sources.sipd_realisation (the treasury export): the same plumbing, not a copy --------

#: A file's raw records (``None`` when it is not a SIPD export), with what a message needs to name them.
Berkas = _Berkas
read_raw = _raw
LocateError = _Fehler
text_fields = _text_fields
money_field = _money_field
conventions = _conventions
is_null_text = _is_null_text
one_year = _one_year
account_row = _account_row
account = _account
