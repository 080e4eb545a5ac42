"""Read SIPD-RI exports: the Renja data as the national planning system gives it.

An export is one file per perangkat daerah: a JSON array of records, one per sub
kegiatan, with SIPD's own field names (``kode_skpd``, ``kode_sub_giat``, ``pagu`` ...);
the program and kegiatan fields are repeated on every record. The same records may
come as a CSV file or an ``.xlsx`` sheet with those names in one header row. A folder
of exports is a pemda: every regular file in it is read by its content, and files
that are not SIPD exports (a README, a Renja document) are skipped and listed.

The reader's job ends at one table of records (``SipdSource.rekaman``), cleaned and
typed, each with its file (``berkas``), its 1-based position in the file (``rekaman``)
and the line to cite (``baris``: the record number for JSON, the sheet or CSV row for
the others); ``tables.sipd`` builds the tidy tables from it.

Bad input is an error naming file, record and field (``RenjaParseError``): not JSON,
JSON that is not an array of records, no record with ``kode_sub_giat``, a record
missing a required field or leaving it empty, text where SIPD writes a number
(money fields), a number where it writes text (codes: ``2.10`` stored as a number
reads as 2.1), a number beyond 10^15. Identifiers and flags (``id_*``, ``*_locked``,
``kunci_*``) and other fields not listed here are ignored.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import RenjaParseError
from ..numbers import MAX_ABS
from .detect import PENANDA, delimiter as _delimiter, format_berkas, nama_kolom as _names, read_bytes

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
]
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
        + [f"total_pagu_n_depan_{t}" for t in TINGKAT_TOTAL] + ["total_pagu_n_depan"])
#: Fields every record must carry, not empty.
WAJIB = ["kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat",
         "kode_sub_giat", "nama_sub_giat", "pagu"]
#: The columns of ``SipdSource.rekaman``, in order.
KOLOM = ["berkas", "rekaman", "baris", "tahun"] + TEKS + UANG
#: Rows of a sheet searched for the header row.
KEPALA = 10

_ANGKA = re.compile(r"^[+-]?\d+(\.\d+)?$")
_KENDALI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HARAPAN_JSON = "ekspor SIPD-RI: larik JSON berisi rekaman, satu per sub kegiatan"


@dataclass
class SipdSource:
    """SIPD records read from one file or one folder.

    Attributes
    ----------
    path : Path
        The file or folder given.
    rekaman : DataFrame
        One row per record (columns ``KOLOM``), files in name order, records in file order.
    berkas : DataFrame
        One row per file read: ``berkas``, ``format`` (json | csv | xlsx), ``lembar``
        (xlsx), ``jumlah_rekaman``.
    dilewati : list of (str, str)
        Files of a folder that are not SIPD exports, with the reason.
    """

    path: Path
    rekaman: pd.DataFrame
    berkas: pd.DataFrame
    dilewati: list = field(default_factory=list)


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

    @property
    def line_label(self) -> str:
        return "rekaman" if self.fmt == "json" else "baris"

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
    return decode(path, data)


class _DuplicateKey(ValueError):
    """A key given twice in one JSON object."""


def _read_json(path: Path, data: bytes, name: str) -> _Berkas:
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
        raise RenjaParseError(path, f"bukan JSON yang sah ({exc.msg})", line=exc.lineno,
                              cell=f"kolom {exc.colno}", expected=_HARAPAN_JSON) from None
    except ValueError as exc:
        raise RenjaParseError(path, f"JSON memuat {exc} (bukan angka JSON)",
                              expected="angka JSON atau null") from None
    except RecursionError:
        raise RenjaParseError(path, "JSON bersarang terlalu dalam", expected=_HARAPAN_JSON) from None
    if not isinstance(records, list):
        raise RenjaParseError(path, "JSON bukan larik rekaman", expected=_HARAPAN_JSON,
                              found=f"{type(records).__name__ if not isinstance(records, dict) else 'objek'}")
    out = _Berkas(path=path, name=name, fmt="json", records=records, lines=list(range(1, len(records) + 1)))
    for k, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise out.error("rekaman bukan objek JSON", k, expected="objek {\"kode_sub_giat\": ...}",
                            found=json.dumps(rec, ensure_ascii=False)[:80])
    return out


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


def _raw(path: Path, data: bytes, name: str, sheet: str | None = None, wb=None) -> _Berkas | None:
    """The raw records of one file, or None when it is not a SIPD export."""
    fmt = format_berkas(data)
    if fmt == "xlsx":
        return _read_xlsx(path, data, name, sheet=sheet, wb=wb)
    if fmt == "json":
        return _read_json(path, data, name)
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


def _clean(s: pd.Series, packed: bool) -> pd.Series:
    """Text as SIPD gives it, tidied: control characters removed, spaces collapsed;
    packed fields keep one value per line (empty lines dropped)."""
    s = s.astype("string").str.replace("\r\n", "\n").str.replace("\r", "\n").str.replace("\t", " ")
    s = s.str.replace(_KENDALI, "", regex=True).str.replace("\u00a0", " ")
    if packed:
        s = s.str.replace(r"[ ]+", " ", regex=True).str.replace(r" ?\n ?", "\n", regex=True)
        s = s.str.replace(r"\n{2,}", "\n", regex=True).str.strip()
    else:
        s = s.str.replace(r"\s+", " ", regex=True).str.strip()
    return s.mask(s.str.len() == 0)


def _as_text(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


class _Fehler:
    """Names the file, record and field of the first bad cell of a combined raw table."""

    def __init__(self, files: list[_Berkas], raw: pd.DataFrame):
        self.files, self.raw = files, raw
        self.json = raw["_f"].map({i: f.fmt == "json" for i, f in enumerate(files)}).astype(bool)

    def __call__(self, mask: pd.Series, name: str, message: str, **kw) -> RenjaParseError:
        i = _first(mask)
        b = self.files[int(self.raw["_f"].iat[i])]
        return b.error(message, int(self.raw["_k"].iat[i]), name, **kw)


def _found(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)[:80]


def _text_field(err: _Fehler, s: pd.Series, name: str) -> pd.Series:
    kinds = s.map(type)
    number = kinds.isin([int, float]) & s.notna()
    other = ~(kinds.eq(str) | number | s.isna())
    if other.any():
        raise err(other, name, f"{name} bukan teks", expected="teks atau kosong", found=_found(s[other].iloc[0]))
    fraction = kinds.eq(float) & s.notna()
    if name in KODE and fraction.any():          # a whole number (urusan 1) is unambiguous, 2.10 is not
        raise err(fraction, name, f"kode {name} tersimpan sebagai angka",
                  expected="kode sebagai teks (angka memotong nol di belakang: 2.10 menjadi 2.1)",
                  found=_as_text(s[fraction].iloc[0]))
    s = s.where(~number, s[number].map(_as_text)) if number.any() else s
    return _clean(s, packed=name in BERLAPIS)


def _money_field(err: _Fehler, s: pd.Series, name: str, text_ok: bool = False) -> pd.Series:
    """A number column: JSON numbers (text only where ``text_ok``), or plain digits in a
    CSV or sheet cell; null or empty is NA."""
    kinds = s.map(type)
    number = kinds.isin([int, float]) & s.notna()
    text = kinds.eq(str)
    stripped = s.where(text, "x").astype(str).str.strip()
    blank = text & stripped.eq("")
    plain = text & ~blank & stripped.str.fullmatch(_ANGKA.pattern)
    allowed = number | s.isna() | (blank | plain) & (~err.json | text_ok)
    if not allowed.all():
        bad = ~allowed
        json_row = bool(err.json[bad].iloc[0])
        raise err(bad, name, f"{name} bukan angka",
                  expected="angka rupiah" + (" (angka JSON, bukan teks)" if json_row else
                                             " tanpa pemisah ribuan (mis. 1500000 atau 1500000.00)"),
                  found=_found(s[bad].iloc[0]))
    values = pd.to_numeric(stripped.where(plain), errors="coerce").astype("Float64")
    values = values.mask(number, pd.to_numeric(s.where(number), errors="coerce").astype("Float64"))
    big = (values.abs() > MAX_ABS).fillna(False).astype(bool)
    if big.any():
        raise err(big, name, f"{name} di luar batas wajar", expected=f"angka paling besar {MAX_ABS:.0e}",
                  found=_as_text(s[big].iloc[0]))
    return values


def _check_structure(b: _Berkas) -> None:
    """What must hold for a file before its cells are typed: records, the marker field,
    the required fields on every record (in a CSV or sheet: in the header)."""
    if not b.records:
        raise RenjaParseError(b.path, "ekspor SIPD tanpa rekaman", expected="paling sedikit satu sub kegiatan",
                              found="kosong")
    if not any(PENANDA in r for r in b.records):
        raise RenjaParseError(b.path, f"bukan ekspor SIPD: tidak ada rekaman dengan {PENANDA}", cell=PENANDA,
                              expected=_HARAPAN_JSON)
    wajib = set(WAJIB)
    if b.fmt != "json" and not wajib <= set(b.columns):
        name = min(wajib - set(b.columns), key=WAJIB.index)
        raise RenjaParseError(b.path, f"judul kolom tanpa {name}", line=b.header_line,
                              cell="baris judul kolom" + (f" lembar '{b.sheet}'" if b.sheet else ""),
                              expected="kolom SIPD: " + ", ".join(WAJIB), found="tidak ada " + name)
    for k, rec in enumerate(b.records):
        missing = wajib - rec.keys()
        if missing:
            name = min(missing, key=WAJIB.index)
            raise b.error(f"rekaman tanpa {name}", k, name, expected=f"kolom {name} di setiap rekaman",
                          found="tidak ada")


def _typed(files: list[_Berkas]) -> pd.DataFrame:
    """The records of all files as typed columns (``KOLOM``), or an error naming file,
    record and field. Cells are typed column by column over all files at once."""
    for b in files:
        _check_structure(b)
    fields = TEKS + UANG + ["tahun"]
    raw = pd.concat([pd.DataFrame.from_records(b.records, columns=fields).assign(_f=i, _k=np.arange(len(b.records)))
                     for i, b in enumerate(files)], ignore_index=True)
    err = _Fehler(files, raw)
    out = pd.DataFrame({
        "berkas": pd.Series(np.repeat([b.name for b in files], [len(b.records) for b in files]), dtype="string"),
        "rekaman": pd.Series(raw["_k"].to_numpy() + 1, dtype="Int64"),
        "baris": pd.Series([line for b in files for line in b.lines], dtype="Int64")})
    out["tahun"] = _money_field(err, raw["tahun"], "tahun", text_ok=True).round().astype("Int64")
    for name in TEKS:
        out[name] = _text_field(err, raw[name], name)
    for name in UANG:
        out[name] = _money_field(err, raw[name], name)
    for name in WAJIB:
        empty = out[name].isna()
        if empty.any():
            raise err(empty, name, f"{name} kosong", expected=f"{name} terisi", found="")
    # a file without sub-units is its own sub-unit; urusan and bidang from the program code
    out["kode_sub_skpd"] = out["kode_sub_skpd"].fillna(out["kode_skpd"])
    out["nama_sub_skpd"] = out["nama_sub_skpd"].fillna(out["nama_skpd"])
    parts = out["kode_program"].str.split(".")
    out["kode_urusan"] = out["kode_urusan"].fillna(parts.str[0])
    out["kode_bidang_urusan"] = out["kode_bidang_urusan"].fillna(parts.str[:2].str.join("."))
    return out[KOLOM]


# --- files and folders ----------------------------------------------------------------------

def _berkas_table(files: list[_Berkas]) -> pd.DataFrame:
    return pd.DataFrame({
        "berkas": pd.Series([f.name for f in files], dtype="string"),
        "format": pd.Series([f.fmt for f in files], dtype="string"),
        "lembar": pd.Series([f.sheet for f in files], dtype="string"),
        "jumlah_rekaman": pd.Series([len(f.records) for f in files], dtype="Int64"),
    })


def entries(folder: Path) -> list[Path]:
    """The entries of a folder read as a pemda: in name order, hidden ones left out."""
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        raise RenjaParseError(folder, f"folder tidak dapat dibaca ({exc.strerror or exc})") from None
    if len(entries) > config.MAKS_BERKAS:           # read at call time: configurable
        raise RenjaParseError(folder, "folder memuat terlalu banyak berkas",
                              expected=f"paling banyak {config.MAKS_BERKAS} berkas (config.MAKS_BERKAS)",
                              found=f"{len(entries)} berkas")
    return entries


def read(path, sheet: str | None = None) -> SipdSource:
    """Read one SIPD export or a folder of them (a pemda).

    Parameters
    ----------
    path : str or Path
        A JSON, CSV or ``.xlsx`` export, or a folder holding such files.
    sheet : str, optional
        For a workbook: the sheet to read when several carry SIPD headers.

    Returns
    -------
    SipdSource

    Raises
    ------
    RenjaParseError
        Naming file, record (or sheet row) and field; a folder holding no SIPD export.

    Examples
    --------
    >>> from renja_analysis.config import ROOT
    >>> src = read(ROOT / "tests" / "data" / "sipd")
    >>> src.berkas[["berkas", "format", "jumlah_rekaman"]].values.tolist()
    [['dinkes-contoh.json', 'json', 9], ['dinkop-ukm-magetan.json', 'json', 41]]
    """
    path = Path(path)
    if path.is_dir():
        files, skipped = [], []
        for entry in entries(path):
            if not entry.is_file():
                skipped.append((entry.name, "bukan berkas biasa"))
                continue
            b = _raw(entry, read_bytes(entry), entry.name)
            if b is None:
                skipped.append((entry.name, "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)"))
            else:
                files.append(b)
        if not files:
            names = ", ".join(n for n, _ in skipped) or "kosong"
            raise RenjaParseError(path, "folder tidak memuat ekspor SIPD",
                                  expected=f"berkas JSON, CSV atau .xlsx dengan kolom {PENANDA}",
                                  found=names[:200])
    else:
        data = read_bytes(path)
        b = _raw(path, data, path.name, sheet=sheet)
        if b is None:
            raise RenjaParseError(path, "bukan ekspor SIPD",
                                  expected=f"larik JSON rekaman SIPD, atau CSV/.xlsx dengan kolom {PENANDA}")
        files, skipped = [b], []
    rekaman = _typed(files)
    return SipdSource(path=path, rekaman=rekaman, berkas=_berkas_table(files), dilewati=skipped)
