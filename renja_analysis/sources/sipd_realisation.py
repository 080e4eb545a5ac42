"""Read SIPD-RI realisation exports: the treasury (penatausahaan) module's payment lines.

An export is one file per perangkat daerah and month (or period): a JSON array (or SIPD's
API answer ``{"data": [...]}``), a CSV or an ``.xlsx`` sheet with one record per line of a
payment document, with SIPD's field names: the unit and the budget hierarchy
(``kode_skpd`` ... ``kode_sub_giat``), the account (``kode_rekening``), the document
(``nomor_dokumen``, ``jenis_dokumen`` SPP / SPM / TBP ..., ``jenis_transaksi`` LS / UP / GU /
TU, ``tanggal_dokumen``), the money (``nilai_realisasi``, ``nilai_setoran``: a return), the
SPP / SPM / SP2D numbers and dates and the SPD fields. The files are opened and parsed by
``sources.sipd``'s plumbing (``read_raw``: JSON, CSV or sheet, chosen by content; the same
size limits, the same messages).

**Which file is a realisation export** is decided by its fields, never its name
(``is_sipd_realisasi``): a SIPD export (its records or header name ``kode_sub_giat``) whose
records carry ``nilai_realisasi``, a field no Renja export has.

**Personal fields never enter the tables.** Only the fields of an allow-list are read
(``TEKS``, ``TANGGAL``, ``UANG``, ``tahun``): ``nip_pegawai``, ``nama_pegawai`` and any field
the list does not name (``npwp``, ids ...) are dropped while the records become a table, so
no table, file or message built from them can hold them.

Typing: codes and text as strings (``"null"``, ``""``, blank and JSON null are missing);
money as ``Float64`` (a JSON number or a digit string; in a CSV or sheet one number
convention per file, as for the Renja exports); dates as ``datetime64`` at day precision,
read from ISO text (``2026-01-31``, optionally followed by a time, which is not kept: the
counting rule places a payment on a day) or a sheet's date cell; ``jenis_dokumen`` and
``jenis_transaksi`` in capitals. ``tahun`` is the export's own ``tahun`` where it has one,
else the year most of the file's ``tanggal_dokumen`` fall in; exports of two budget years in
one folder are refused, as for the Renja exports. ``kode_giat`` and ``kode_program`` missing
are taken from ``kode_sub_giat`` (its first five and three parts); a missing sub-unit is the
office itself.

Bad input is one ``RenjaParseError`` naming file, record and field: not JSON, a record without
a required field (``WAJIB``) or with one of them empty, text where a number or a date is
expected, a code stored as a number with decimals.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import RenjaParseError
from ..keys import kode_daerah, pemda_baku, pemda_sama
from . import sipd
from .base import BUKAN_BERKAS_DILEWATI, SUBFOLDER_DILEWATI
from .detect import ZIP_MAGIC, is_folder, read_bytes, strip_bom

#: The field that marks a SIPD export as a realisation (treasury) export.
PENANDA_REALISASI = sipd.PENANDA_REALISASI
#: Why a folder's reading of realisation sets a SIPD export without ``nilai_realisasi`` aside: a
#: plan (Renja) export, read by ``sources.sipd`` (``load.load_sipd_realisasi`` reads both).
RENCANA_DILEWATI = "ekspor SIPD tanpa kolom nilai_realisasi: dibaca sebagai rencana (ekspor Renja), bukan realisasi"
#: Text fields read (the allow-list, with ``TANGGAL``, ``UANG`` and ``tahun``); every other
#: field of a record, personal ones (``nip_pegawai``, ``nama_pegawai``) included, is dropped.
TEKS = [
    "kode_skpd", "nama_skpd", "kode_sub_skpd", "nama_sub_skpd",
    "kode_fungsi", "nama_fungsi", "kode_sub_fungsi", "nama_sub_fungsi",
    "kode_urusan", "nama_urusan", "kode_bidang_urusan", "nama_bidang_urusan",
    "kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat",
    "kode_rekening", "nama_rekening",
    "nomor_dokumen", "jenis_dokumen", "jenis_transaksi", "keterangan_dokumen",
    "nomor_spp", "nomor_spm", "nomor_sp2d", "nomor_spd", "periode_spd", "tahap_spd", "status_tahap_apbd",
    "id_daerah", "nama_daerah",
]
#: Codes: text, never numbers.
KODE = [f for f in TEKS if f.startswith("kode_")]
#: Date fields (ISO text; kept as dates, day precision).
TANGGAL = ["tanggal_dokumen", "tanggal_spp", "tanggal_spm", "tanggal_sp2d"]
#: Money fields (rupiah).
UANG = ["nilai_realisasi", "nilai_setoran", "nilai_sp2d", "nilai_spd_detail"]
#: Fields every record must carry, not empty.
WAJIB = sipd.WAJIB_REALISASI
#: The columns of ``SipdRealisasiSource.rekaman``, in order.
KOLOM = ["berkas", "rekaman", "baris", "tahun"] + TEKS + TANGGAL + UANG
#: The columns of the reading account: ``sources.sipd.KOLOM_BERKAS`` and the first and last
#: ``tanggal_dokumen`` of each export (the period it covers).
KOLOM_BERKAS = sipd.KOLOM_BERKAS + ["tanggal_awal", "tanggal_akhir"]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_AKHIRAN_EKSPOR = {".json", ".csv", ".xlsx"}
_PENANDA_BYTES = tuple(PENANDA_REALISASI.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be"))


@dataclass
class SipdRealisasiSource:
    """SIPD realisation records read from one export or a folder of them.

    Attributes
    ----------
    path : Path
        The file or folder given.
    rekaman : DataFrame
        One row per payment-document line (``KOLOM``), files in name order, lines in file
        order; ``berkas``, ``rekaman`` (1-based in the file), ``baris`` (the line to cite:
        the record for JSON, the row for a CSV or sheet).
    berkas : DataFrame
        The reading account (``KOLOM_BERKAS``): every export with its ``status`` (``dibaca``,
        ``kosong``, ``salinan``: the same bytes as an earlier file, not read again),
        ``jumlah_rekaman`` and the period its lines' ``tanggal_dokumen`` cover.
        ``jumlah_dihitung`` is filled by ``load.load_sipd_realisasi`` (lines counted once).
    dilewati : list of (str, str)
        Files of a folder that are not realisation exports, with the reason.
    """

    path: Path
    rekaman: pd.DataFrame
    berkas: pd.DataFrame
    dilewati: list = field(default_factory=list)


_is_realisation = sipd.is_realisation_export


def is_sipd_realisasi(path, data: bytes) -> bool:
    """True when the bytes are a SIPD realisation export: a SIPD export (JSON, CSV or sheet
    naming ``kode_sub_giat``) whose records (JSON) or header (CSV, sheet) carry
    ``nilai_realisasi``. Decided by the fields, never the file name; a file that cannot be
    read is not one (reading it reports why).

    Examples
    --------
    >>> import json
    >>> rec = {"kode_sub_giat": "1.02.02.2.01.0014", "nilai_realisasi": 1500000, "nip_pegawai": "1970..."}
    >>> is_sipd_realisasi("a.json", json.dumps([rec]).encode())
    True
    >>> is_sipd_realisasi("a.json", json.dumps([{"kode_sub_giat": "1", "pagu": 5}]).encode())
    False
    """
    if not data.startswith(ZIP_MAGIC) and not any(m in data for m in _PENANDA_BYTES):
        return False                # the field's name is not in the text: no need to parse it
    try:
        b = sipd.read_raw(Path(path), data, Path(path).name)
    except RenjaParseError:
        return False
    return b is not None and bool(b.records) and _is_realisation(b)


def is_realisasi(path) -> bool:
    """True when ``path`` is a realisation export, or a folder holding at least one
    (``is_sipd_realisasi`` on each file); what the command line asks before reading.

    Examples
    --------
    >>> from renja_analysis.config import DEFAULT_SOURCE, ROOT
    >>> is_realisasi(ROOT / "tests" / "data" / "sipd-realisasi"), is_realisasi(ROOT / "tests" / "data" / "sipd")
    (True, False)
    >>> is_realisasi(DEFAULT_SOURCE)
    False
    """
    path = Path(path)
    files = [p for p in sipd.entries(path) if p.is_file()] if is_folder(path) else [path]
    for p in files:
        try:
            data = read_bytes(p, sipd.MAX_BYTES_BERKAS)
        except RenjaParseError:
            continue
        if is_sipd_realisasi(p, data):
            return True
    return False


# --- typing ---------------------------------------------------------------------------------

def _check_structure(b) -> None:
    """Records, and the required fields on every record (in a CSV or sheet: in the header)."""
    if not b.records:
        raise RenjaParseError(b.path, "ekspor realisasi SIPD tanpa rekaman", expected="paling sedikit satu baris "
                              "dokumen pembayaran", found="kosong")
    sipd.check_required(b, WAJIB, "kolom realisasi SIPD")


def _date_field(err, s: pd.Series, name: str) -> pd.Series:
    """ISO text (``2026-01-31``, a time after it not kept) or a sheet's date cell -> a date
    (day precision); null, ``"null"`` or blank -> NaT; anything else an error naming the cell."""
    kinds = s.map(type)
    is_date = s.map(lambda v: isinstance(v, _dt.date))
    text = kinds.eq(str)
    stripped = s.where(text, "").astype(str).str.strip()
    blank = text & sipd.is_null_text(stripped)
    iso = text & ~blank & stripped.str.fullmatch(_ISO.pattern)
    parsed = pd.to_datetime(stripped.where(iso).str[:10], format="%Y-%m-%d", errors="coerce")
    bad = ~(s.isna() | blank | iso | is_date) | (iso & parsed.isna())
    if bad.any():
        raise err(bad, name, f"{name} bukan tanggal", expected="tanggal ISO (mis. 2026-01-31)",
                  found=str(s[bad].iloc[0])[:80])
    if is_date.any():
        parsed = parsed.mask(is_date, pd.to_datetime(s.where(is_date).map(
            lambda v: v if pd.isna(v) else v.strftime("%Y-%m-%d")), format="%Y-%m-%d"))
    return parsed.dt.normalize().astype("datetime64[s]")


def _per_value(files: list, raw: pd.DataFrame, name: str, func) -> pd.Series:
    """``func(err, column, name)`` computed once per distinct raw value of a field (codes, names and
    dates repeat over thousands of lines), spread back to every row; an error names the first
    record holding the bad value."""
    try:
        codes = pd.factorize(raw[name], use_na_sentinel=True)[0]
    except TypeError:                                  # an unhashable value (a list): checked cell by cell
        codes = None
    if codes is None or not (codes >= 0).any():
        return func(sipd.LocateError(files, raw), raw[name], name)
    first = pd.Series(np.arange(len(raw)))[codes >= 0].groupby(codes[codes >= 0]).first().to_numpy()
    sub = raw.iloc[first].reset_index(drop=True)
    values = func(sipd.LocateError(files, sub), sub[name], name)
    spread = values.take(np.where(codes >= 0, codes, 0)).reset_index(drop=True)
    return spread.mask(pd.Series(codes < 0)) if (codes < 0).any() else spread


def _check_codes(err, raw: pd.DataFrame) -> None:
    """A code stored as a fraction (``2.1`` for ``2.10``) is an error naming its first record,
    unless an earlier text field (in ``TEKS``' order) holds a cell that is no text at all: that
    field's error comes first, as field-by-field typing raises it (``sources.sipd.text_fields``)."""
    codes = raw[KODE]
    fraction = codes.map(type).eq(float).to_numpy() & codes.notna().to_numpy()
    if not fraction.any():
        return
    name = KODE[int(np.flatnonzero(fraction.any(axis=0))[0])]
    before = raw[TEKS[:TEKS.index(name)]]
    kinds = before.map(type)
    if (~(kinds.isin([str, int, float]) | before.isna())).to_numpy().any():
        return                                        # text_fields names that earlier field
    hit = pd.Series(fraction[:, KODE.index(name)], index=raw.index)
    raise err(hit, name, f"kode {name} tersimpan sebagai angka",
              expected="kode sebagai teks (angka memotong nol di belakang: 2.10 menjadi 2.1)",
              found=str(raw.loc[hit, name].iloc[0]))


def _typed(files: list) -> tuple[pd.DataFrame, dict]:
    """The records of all files as typed columns (``KOLOM``), only the allow-listed fields; and
    the decimal separator of each file (by name) where its text shows one."""
    for b in files:
        _check_structure(b)
    sizes = [len(b.records) for b in files]
    # the allow-list: columns= keeps these fields and drops every other (personal ones included)
    raw = pd.DataFrame.from_records([r for b in files for r in b.records], columns=TEKS + TANGGAL + UANG + ["tahun"])
    raw["_f"] = np.repeat(np.arange(len(files)), sizes)
    raw["_k"] = np.concatenate([np.arange(n) for n in sizes])
    err = sipd.LocateError(files, raw)
    out = pd.DataFrame({
        "berkas": pd.Series(np.repeat([b.name for b in files], sizes), dtype="string"),
        "rekaman": pd.Series(raw["_k"].to_numpy() + 1, dtype="Int64"),
        "baris": pd.Series([line for b in files for line in b.lines], dtype="Int64")})
    conv = sipd.conventions(err, raw, UANG)
    _check_codes(err, raw)
    text = sipd.text_fields(err, raw[TEKS])
    for name in TEKS:
        out[name] = text[name]
    for name in TANGGAL:
        out[name] = _per_value(files, raw, name, _date_field)
    for name in UANG:
        out[name] = sipd.money_field(err, raw[name], name, conv)
    for name in WAJIB:
        empty = out[name].isna()
        if empty.any():
            raise err(empty, name, f"{name} kosong", expected=f"{name} terisi", found="")
    for name in ("jenis_dokumen", "jenis_transaksi"):
        out[name] = out[name].str.upper()
    # tahun: the export's own, else the year most of the file's document dates fall in
    tahun = sipd.money_field(err, raw["tahun"], "tahun", conv, sipd.HARAP_TAHUN).round().astype("Int64")
    year = out["tanggal_dokumen"].dt.year
    modal = year.groupby(raw["_f"]).agg(lambda y: y.value_counts().sort_index().idxmax())
    out["tahun"] = tahun.fillna(pd.Series(raw["_f"].map(modal).to_numpy(), dtype="Int64"))
    # the hierarchy from the sub kegiatan code where the export leaves it out
    gap = out["kode_giat"].isna() | out["kode_program"].isna()
    if gap.any():
        parts = out.loc[gap, "kode_sub_giat"].str.split(".")
        out["kode_giat"] = out["kode_giat"].fillna(parts.str[:5].str.join("."))
        out["kode_program"] = out["kode_program"].fillna(parts.str[:3].str.join("."))
    out["kode_sub_skpd"] = out["kode_sub_skpd"].fillna(out["kode_skpd"])
    out["nama_sub_skpd"] = out["nama_sub_skpd"].fillna(out["nama_skpd"])
    desimal = dict(zip([b.name for b in files], conv.groupby(raw["_f"]).first().reindex(range(len(files)))))
    return out[KOLOM], {k: v for k, v in desimal.items() if not pd.isna(v)}


# --- files and folders ------------------------------------------------------------------------

def _periods(account: list[dict], rekaman: pd.DataFrame) -> None:
    """The first and last ``tanggal_dokumen`` of each export read."""
    span = rekaman.groupby("berkas", sort=False)["tanggal_dokumen"].agg(["min", "max"])
    for row in account:
        if row["berkas"] in span.index:
            row["tanggal_awal"], row["tanggal_akhir"] = span.loc[row["berkas"], "min"], span.loc[row["berkas"], "max"]


def _frame(account: list[dict]) -> pd.DataFrame:
    out = sipd.account([{k: v for k, v in r.items() if k in sipd.KOLOM_BERKAS} for r in account])
    for col in ("tanggal_awal", "tanggal_akhir"):
        out[col] = pd.Series([r.get(col) for r in account], dtype="datetime64[s]")
    out["jumlah_dihitung"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    return out[KOLOM_BERKAS]


def _one_pemda(path: Path, rekaman: pd.DataFrame, files: list, folder: bool) -> None:
    """Refuse exports of more than one pemda, as exports of two years are refused: two
    ``id_daerah`` (compared as codes, ``keys.kode_daerah``: ``077`` is ``77``), or two ``nama_daerah`` known to name two pemda (``keys.pemda_sama`` False:
    Magetan is not Magelang; a name without its kind is not known to differ); their realisation would be summed into one office when their office
    codes agree (SIPD's codes are the same in every pemda). Lines naming no pemda are not
    compared (not known, not assumed other).

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["a.json", "b.json"], "baris": [1, 1], "id_daerah": [None, None],
    ...                   "nama_daerah": ["Kab. Magetan", "Kabupaten Magelang"]})
    >>> _one_pemda(Path("real"), r, [], folder=True)
    Traceback (most recent call last):
    ...
    renja_analysis.errors.RenjaParseError: real: ekspor realisasi dari 2 pemda: Kabupaten Magetan (a.json), Kabupaten Magelang (b.json); diharapkan ekspor realisasi satu pemda per folder (realisasi dua pemda tidak dijumlahkan)
    >>> _one_pemda(Path("real"), r.assign(nama_daerah=["Magetan", "Kab Magetan"]), [], folder=True)
    >>> _one_pemda(Path("real"), r.assign(nama_daerah=["Madiun", "Kota Madiun"]), [], folder=True)
    >>> _one_pemda(Path("real"), r.assign(nama_daerah=None, id_daerah=["77", "077"]), [], folder=True)
    """
    for col in ("id_daerah", "nama_daerah"):
        codes, uniq = pd.factorize(rekaman[col])           # a few distinct values over many lines
        form = [pemda_baku(x) if col == "nama_daerah" else kode_daerah(x) for x in uniq]
        keys = [f for f in dict.fromkeys(form) if f is not None]
        # two names refuse only when they are known to differ (a name without its kind, Madiun,
        # is not known to be Kabupaten or Kota Madiun: not known, not another pemda)
        if col == "nama_daerah" and not any(pemda_sama(a, b) is False for a in keys for b in keys):
            continue
        if len(keys) < 2:
            continue
        v = pd.Series(np.array(form + [None], dtype=object)[codes], index=rekaman.index).dropna()
        parts = []
        for value, group in rekaman.loc[v.index].groupby(v, sort=False):
            parts.append(f"{'id_daerah ' if col == 'id_daerah' else ''}{value} ({sipd.letak(group, files, folder)})")
        raise RenjaParseError(path, f"ekspor realisasi dari {len(parts)} pemda: " + ", ".join(parts),
                              expected="ekspor realisasi satu pemda per " + ("folder" if folder else "berkas")
                                       + " (realisasi dua pemda tidak dijumlahkan)")


def read(path, sheet: str | None = None, *, max_berkas: int | None = None,
         max_bytes_folder: int | None = None) -> SipdRealisasiSource:
    """Read one SIPD realisation export, or a folder of them (a year of monthly exports).

    Parameters
    ----------
    path : str or Path
        A JSON, CSV or ``.xlsx`` realisation export, or a folder holding such files.
    sheet : str, optional
        For a workbook: the sheet to read when several carry SIPD headers.
    max_berkas, max_bytes_folder : int, optional
        For a folder: the most entries and bytes read (``config.MAKS_BERKAS``,
        ``sources.sipd.MAX_BYTES_FOLDER``).

    Returns
    -------
    SipdRealisasiSource

    Raises
    ------
    RenjaParseError
        Naming file, record and field; a file that is not a realisation export; a folder
        holding none; exports of two budget years or of two pemda (``_one_pemda``).

    Examples
    --------
    >>> from renja_analysis.config import ROOT
    >>> src = read(ROOT / "tests" / "data" / "sipd-realisasi")
    >>> len(src.rekaman), src.berkas["status"].tolist().count("dibaca"), "nip_pegawai" in src.rekaman
    (20, 6, False)
    """
    path = Path(path)
    skipped: list[tuple[str, str]] = []
    if not is_folder(path):
        b = sipd.read_raw(path, read_bytes(path, sipd.MAX_BYTES_BERKAS), path.name, sheet=sheet)
        if b is None or not b.records or not _is_realisation(b):
            raise RenjaParseError(path, "bukan ekspor realisasi SIPD",
                                  expected=f"rekaman SIPD (kode_sub_giat) dengan kolom {PENANDA_REALISASI}",
                                  found="tanpa rekaman" if b is not None and not b.records else None)
        files = [b]
        account = [sipd.account_row(b.name, b.fmt, "dibaca", lembar=b.sheet, jumlah_rekaman=len(b.records),
                                    jumlah_dinyatakan=b.declared)]
    else:
        files, account, skipped = _folder(path, max_berkas, max_bytes_folder)
    rekaman, desimal = _typed(files)
    try:
        sipd.one_year(path, rekaman, files, folder=path.is_dir())
    except RenjaParseError as exc:
        raise RenjaParseError(path, exc.message, expected="ekspor realisasi satu tahun anggaran per "
                              + ("folder" if path.is_dir() else "berkas") + " (realisasi dua tahun tidak "
                              "dijumlahkan)") from None
    _one_pemda(path, rekaman, files, folder=path.is_dir())
    for row in account:
        row["desimal"] = desimal.get(row["berkas"]) if row["status"] == "dibaca" else row["desimal"]
    _periods(account, rekaman)
    return SipdRealisasiSource(path=path, rekaman=rekaman, berkas=_frame(account), dilewati=skipped)


def _folder(path: Path, max_berkas, max_bytes_folder) -> tuple[list, list, list]:
    """The realisation exports of a folder in name order, the account, the files skipped."""
    files: list = []
    account: list[dict] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, dict] = {}                 # sha256 -> the account row of the file first read with those bytes
    for entry in sipd.entries(path, max_berkas, max_bytes_folder):
        if not entry.is_file():
            skipped.append((entry.name, SUBFOLDER_DILEWATI if entry.is_dir() else BUKAN_BERKAS_DILEWATI))
            continue
        data = read_bytes(entry, sipd.MAX_BYTES_BERKAS)
        if not strip_bom(data).strip():
            reason = "berkas kosong (0 byte)" if not data else "berkas hanya berisi spasi"
            if entry.suffix.lower() in _AKHIRAN_EKSPOR:
                account.append(sipd.account_row(entry.name, None, "kosong", reason))
            else:
                skipped.append((entry.name, reason))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            first = seen[digest]
            account.append(sipd.account_row(entry.name, first["format"], "salinan",
                                            f"sama persis dengan {first['berkas']} (isi berkas sama)",
                                            lembar=first["lembar"], jumlah_rekaman=first["jumlah_rekaman"]))
            continue
        b = sipd.read_raw(entry, data, entry.name)
        if b is None:
            skipped.append((entry.name, "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)"))
        elif not b.records:
            account.append(sipd.account_row(b.name, b.fmt, "kosong", "ekspor tanpa rekaman", lembar=b.sheet))
        elif not _is_realisation(b):
            skipped.append((entry.name, RENCANA_DILEWATI))
        else:
            row = sipd.account_row(b.name, b.fmt, "dibaca", lembar=b.sheet, jumlah_rekaman=len(b.records),
                                   jumlah_dinyatakan=b.declared)
            seen[digest] = row
            files.append(b)
            account.append(row)
    if not files:
        names = ", ".join([n for n, _ in skipped] + [r["berkas"] for r in account]) or "kosong"
        raise RenjaParseError(path, "folder tidak memuat ekspor realisasi SIPD",
                              expected=f"berkas JSON, CSV atau .xlsx dengan kolom kode_sub_giat dan "
                                       f"{PENANDA_REALISASI}", found=names[:200])
    return files, account, skipped
