"""SIPD records (``sources.sipd``) -> the tidy tables ``sipd_rencana`` and ``sipd_indikator``.

A SIPD record is one sub kegiatan with its program and kegiatan repeated on it. The
rencana table has one row per program, kegiatan and sub kegiatan of each sub-unit
(``kode_sub_skpd``) of each file, in hierarchical order (sub-units, programs and
kegiatan in the order they first appear, sub kegiatan in record order); the pagu of a
program or kegiatan is the sum of its sub kegiatan (what SIPD states as a total is
checked against it by ``findings.sipd``).

Indicators come packed: several names in one field, one per line, with their targets
and units packed the same way (``"0,8 %\\n100 %"``). The indikator table has one row
per indicator after unpacking, pairing names, targets and units by position; the
counts of each are kept so that packs that do not pair up can be reported
(``berpasangan`` False: targets given but not one per name, or units given but not one
per indicator; names without any target are a missing target, not a pairing). A target
is read from its text: ``"2 Dokumen"``, ``"0,8 %"`` (decimal comma), ``"4.43-4.47"``
(a range), and the text is kept as written.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..names import LEVELS
from ..numbers import parse_number
from ._common import FLOAT, INT, STRING, level_series

#: Indicator fields per level: (name, target text, unit), SIPD's field names.
INDIKATOR = {
    "program": ("tolak_ukur_capaian", "target_teks_capaian", "satuan_capaian"),
    "kegiatan": ("tolak_ukur_output", "target_teks_output", "satuan_output"),
    "sub_kegiatan": ("tolok_ukur_sub", "target_sub_teks", "satuan_sub"),
}
#: Columns copied from the record to every rencana row.
_UNIT = ["berkas", "tahun", "kode_skpd", "nama_skpd", "kode_sub_skpd", "nama_sub_skpd", "kode_urusan",
         "nama_urusan", "kode_bidang_urusan", "nama_bidang_urusan"]
RENCANA = ["urutan"] + _UNIT + [
    "level", "kode", "nama", "kode_program", "kode_kegiatan", "pagu_rp", "pagu_indikatif_rp",
    "pagu_n_depan_rp", "jumlah_sub_kegiatan", "sumber_dana", "lokasi", "kelompok_sasaran", "baris_sumber"]
INDIKATOR_KOLOM = [
    "urutan", "urutan_rencana", "berkas", "kode_skpd", "kode_sub_skpd", "level", "kode", "nama",
    "urutan_indikator", "jumlah_tolok_ukur", "jumlah_target", "jumlah_satuan", "berpasangan", "kolom",
    "tolok_ukur", "target_teks", "satuan_teks", "target", "target_min", "target_max", "satuan",
    "target_terbaca", "baris_sumber"]

_ANGKA = r"[+-]?\d[\d.,]*"
_RENTANG = re.compile(rf"^(?P<a>{_ANGKA})\s*(?:-|\u2013|\u2014|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*"
                      rf"(?P<b>{_ANGKA})\s*(?P<unit>.*)$", re.IGNORECASE)
_TUNGGAL = re.compile(rf"^(?P<a>{_ANGKA})\s*(?P<unit>.*)$")


def _number(text: str) -> float | None:
    try:
        return parse_number(text.rstrip(".,"))
    except ValueError:        # NumberRangeError included: beyond 10^15 is not a target
        return None


def parse_target(text) -> tuple:
    """Read a SIPD target text: ``(target, target_min, target_max, unit, readable)``.

    A single number gives ``target = target_min = target_max``; a range (``4.43-4.47``,
    ``10 s.d. 12``) gives its bounds and ``target`` NA. Both decimal conventions are
    read (``0,8`` and ``4.43``; a single separator before three digits is a thousands
    separator: ``1.240`` is 1240). A text that is not a number followed by a unit
    (``30/14 Orang/bulan``, ``Sesuai kebutuhan``) is not readable: all NA, ``readable``
    False. A missing text gives all NA and ``readable`` NA.

    Examples
    --------
    >>> parse_target("2 Dokumen")
    (2.0, 2.0, 2.0, 'Dokumen', True)
    >>> parse_target("60,31 %")
    (60.31, 60.31, 60.31, '%', True)
    >>> parse_target("4.43-4.47")
    (nan, 4.43, 4.47, None, True)
    >>> parse_target("30/14 Orang/bulan")
    (nan, nan, nan, None, False)
    >>> parse_target(None)
    (nan, nan, nan, None, <NA>)
    """
    nan = float("nan")
    if text is None or pd.isna(text) or not str(text).strip():
        return nan, nan, nan, None, pd.NA
    s = " ".join(str(text).split())
    m = _RENTANG.match(s)
    if m:
        a, b = _number(m["a"]), _number(m["b"])
        if a is not None and b is not None and not re.match(r"[\d/]", m["unit"]):
            lo, hi = min(a, b), max(a, b)
            return nan, lo, hi, m["unit"] or None, True
    m = _TUNGGAL.match(s)
    if m and not re.match(r"[\d/(-]", m["unit"]):
        a = _number(m["a"])
        if a is not None:
            return a, a, a, m["unit"] or None, True
    return nan, nan, nan, None, False


def _sum(df: pd.DataFrame, keys, col: str) -> pd.Series:
    return df.groupby(keys, sort=False)[col].sum(min_count=1)


def _group_ids(r: pd.DataFrame) -> pd.DataFrame:
    """Sub-unit, program and kegiatan of each record, numbered by first appearance."""
    unit = ["berkas", "kode_sub_skpd"]
    return pd.DataFrame({
        "_su": r.groupby(unit, sort=False).ngroup(),
        "_pg": r.groupby(unit + ["kode_program"], sort=False).ngroup(),
        "_kg": r.groupby(unit + ["kode_program", "kode_giat"], sort=False).ngroup(),
        "_i": np.arange(len(r)),
    }, index=r.index)


def _level_rows(r: pd.DataFrame, ids: pd.DataFrame, level: str) -> pd.DataFrame:
    """The rencana rows of one level (program and kegiatan: aggregated from their records)."""
    r = pd.concat([r, ids], axis=1)
    if level == "sub_kegiatan":
        out = r.assign(level=level, kode=r["kode_sub_giat"], nama=r["nama_sub_giat"],
                       kode_kegiatan=r["kode_giat"], pagu_rp=r["pagu"], pagu_indikatif_rp=r["pagu_indikatif"],
                       pagu_n_depan_rp=r["pagu_n_depan"], jumlah_sub_kegiatan=1, sumber_dana=r["nama_dana"],
                       lokasi=r["lokasi_bl"], baris_sumber=r["baris"])
        return out
    key = "_pg" if level == "program" else "_kg"
    first = r.drop_duplicates(key).set_index(key)
    out = first.assign(
        level=level,
        kode=first["kode_program" if level == "program" else "kode_giat"],
        nama=first["nama_program" if level == "program" else "nama_giat"],
        kode_kegiatan=pd.NA,
        pagu_rp=_sum(r, key, "pagu"), pagu_indikatif_rp=_sum(r, key, "pagu_indikatif"),
        pagu_n_depan_rp=_sum(r, key, "pagu_n_depan"), jumlah_sub_kegiatan=r.groupby(key, sort=False).size(),
        sumber_dana=pd.NA, lokasi=pd.NA, kelompok_sasaran=pd.NA, baris_sumber=first["baris"])
    if level == "program":
        out = out.assign(kode_program=pd.NA, _kg=-1)
    out["_i"] = -1
    return out.reset_index()


def build(rekaman: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``sipd_rencana`` and ``sipd_indikator`` from the records of ``sources.sipd``.

    Examples
    --------
    >>> from renja_analysis.sources import read_sipd
    >>> from renja_analysis.config import ROOT
    >>> rencana, indikator = build(read_sipd(ROOT / "tests" / "data" / "sipd" / "dinkop-ukm-magetan.json").rekaman)
    >>> rencana["level"].value_counts().sort_index().to_dict()
    {'program': 8, 'kegiatan': 15, 'sub_kegiatan': 41}
    >>> rencana.loc[rencana["kode"] == "2.17.08", ["nama", "pagu_rp", "jumlah_sub_kegiatan"]].values.tolist()
    [['PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)', 200300000.0, 2]]
    """
    r = rekaman.reset_index(drop=True)
    ids = _group_ids(r)
    parts = [_level_rows(r, ids, level) for level in LEVELS]
    rows = pd.concat(parts, ignore_index=True)
    rows = rows.sort_values(["_su", "_pg", "_kg", "_i"], kind="stable").reset_index(drop=True)
    rows["urutan"] = np.arange(1, len(rows) + 1)
    rencana = _typed_rencana(rows)
    indikator = _indikator(rows, rencana)
    return rencana, indikator


def _typed_rencana(rows: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=rows.index)
    for col in RENCANA:
        out[col] = rows[col]
    for col in ("urutan", "tahun", "jumlah_sub_kegiatan", "baris_sumber"):
        out[col] = pd.to_numeric(out[col]).astype(INT)
    for col in ("pagu_rp", "pagu_indikatif_rp", "pagu_n_depan_rp"):
        out[col] = pd.to_numeric(out[col]).astype(FLOAT)
    for col in _UNIT[:1] + _UNIT[2:] + ["kode", "nama", "kode_program", "kode_kegiatan", "sumber_dana", "lokasi",
                                          "kelompok_sasaran"]:
        out[col] = out[col].astype(STRING)
    out["level"] = level_series(out["level"]).to_numpy()
    out["level"] = out["level"].astype(pd.CategoricalDtype(list(LEVELS), ordered=True))
    return out


def _pieces(s: pd.Series, name: str) -> pd.DataFrame:
    """A packed text column as one row per piece: ``_e`` (the row), position, piece."""
    e = s.astype(STRING).str.split("\n").explode()
    e = e[e.notna()]
    e = e[e.astype(str).str.len() > 0]
    return pd.DataFrame({"_e": e.index.to_numpy(), "urutan_indikator": e.groupby(level=0).cumcount().to_numpy() + 1,
                         name: e.astype(STRING).to_numpy()})


def _indikator(rows: pd.DataFrame, rencana: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator of each rencana row, unpacked and paired by position."""
    frames = []
    for level, (tu, tt, sat) in INDIKATOR.items():
        mine = rows.index[rows["level"] == level]
        src = rows.loc[mine, [tu, tt, sat]].set_axis(["tolok_ukur", "target_teks", "satuan_teks"], axis=1)
        pieces = [_pieces(src[c], c) for c in src.columns]
        merged = pieces[0].merge(pieces[1], on=["_e", "urutan_indikator"], how="outer") \
                          .merge(pieces[2], on=["_e", "urutan_indikator"], how="outer")
        for c, p in zip(("jumlah_tolok_ukur", "jumlah_target", "jumlah_satuan"), pieces):
            merged[c] = merged["_e"].map(p.groupby("_e").size()).fillna(0).astype(int)
        merged["kolom"] = f"{tu} / {tt} / {sat}"
        frames.append(merged)
    ind = pd.concat(frames, ignore_index=True)
    ind = ind.sort_values(["_e", "urutan_indikator"], kind="stable").reset_index(drop=True)
    base = rencana.loc[ind["_e"].to_numpy()].reset_index(drop=True)
    parsed = _targets(ind["target_teks"])
    n_tu, n_tt, n_sat = ind["jumlah_tolok_ukur"], ind["jumlah_target"], ind["jumlah_satuan"]
    out = pd.DataFrame({
        "urutan": pd.Series(np.arange(1, len(ind) + 1), dtype=INT),
        "urutan_rencana": base["urutan"],
        "berkas": base["berkas"], "kode_skpd": base["kode_skpd"], "kode_sub_skpd": base["kode_sub_skpd"],
        "level": base["level"], "kode": base["kode"], "nama": base["nama"],
        "urutan_indikator": ind["urutan_indikator"].astype(INT),
        "jumlah_tolok_ukur": n_tu.astype(INT), "jumlah_target": n_tt.astype(INT), "jumlah_satuan": n_sat.astype(INT),
        "berpasangan": ~(((n_tt > 0) & (n_tu != n_tt)) | ((n_sat > 0) & (n_sat != np.maximum(n_tu, n_tt))))
                       .astype("boolean"),
        "kolom": ind["kolom"].astype(STRING),
        "tolok_ukur": ind["tolok_ukur"].astype(STRING), "target_teks": ind["target_teks"].astype(STRING),
        "satuan_teks": ind["satuan_teks"].astype(STRING),
        "target": parsed["target"], "target_min": parsed["target_min"], "target_max": parsed["target_max"],
        "satuan": ind["satuan_teks"].astype(STRING).fillna(parsed["satuan"]),
        "target_terbaca": parsed["terbaca"],
        "baris_sumber": base["baris_sumber"],
    })
    return out[INDIKATOR_KOLOM]


def _targets(texts: pd.Series) -> pd.DataFrame:
    """``parse_target`` over a column, once per distinct text (targets repeat a lot)."""
    distinct = texts.dropna().unique()
    table = pd.DataFrame([parse_target(t) for t in distinct],
                         columns=["target", "target_min", "target_max", "satuan", "terbaca"], index=distinct)
    out = pd.DataFrame(index=texts.index)
    for col in ("target", "target_min", "target_max"):
        out[col] = pd.to_numeric(texts.map(table[col]), errors="coerce").astype(FLOAT)
    out["satuan"] = texts.map(table["satuan"]).astype(STRING)
    out["terbaca"] = texts.map(table["terbaca"]).astype("boolean")
    return out
