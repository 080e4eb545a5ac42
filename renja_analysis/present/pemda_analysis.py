"""What a Bappeda analyst asks of a pemda's Renja data in SIPD-RI: one tidy table per
question, per perangkat daerah.

Every function takes the SIPD tables of ``load.SipdData`` (``rencana``: its sub kegiatan
rows carry the money; ``rekaman`` for the priority labels; ``indikator`` for outputs and
outcomes) and returns one DataFrame; ``tabel_analisis`` gives them all by output name
(``TABEL``). Money is summed from the sub kegiatan rows, as in ``sipd_pemda``; a pagu SIPD
leaves empty (finding ``sipd_pagu_kosong``) is left out of every sum, never read as Rp 0.

**The grouping.** A row is one perangkat daerah as the data has it: the column ``KUNCI``
(``kode_skpd``) with its name ``NAMA`` (``nama_skpd``); every function takes ``kunci=`` and
``nama=`` so that another grouping (a parent office over its sub-units) is one argument, or
one line here. The output columns are always ``kode_skpd`` and ``nama_skpd``.

**The rules, decided from the data** (docs/sipd.md, "Questions of a Bappeda analyst"):

- support program (``penunjang``): the program whose code's third part is ``01``: SIPD-RI
  writes it ``X.XX.01`` (placeholder urusan and bidang), a pemda that writes its own bidang
  ``1.02.01``; in the Permendagri 90/2019 nomenclature program 01 of every bidang is the
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH" (its name in the data says so too);
- funding (``sumber_dana``): ``nama_dana`` lists its sources separated by commas
  (``"DAU, DAK Fisik"``; a hyphen is part of a name: ``DANA TRANSFER UMUM-DANA ALOKASI
  UMUM`` is one source). SIPD gives no amount per source, so the money is never split: a
  record with one source counts under it (``jenis`` ``tunggal``), a record with several
  counts once in a row ``campuran`` and is *mentioned* under each of its sources
  (``pagu_disebut_campuran_rp``, not additive); records without a source count in a row
  ``tidak_dicantumkan``. The ``pagu_rp`` of an office's rows adds up to its pagu;
- priority labels: a record without a label has ``label_kokab``, ``label_prov`` and
  ``label_pusat`` all empty (``undefined`` is empty). An export that does not carry
  these fields at all (``rekaman.label_tercantum`` False) says nothing about labels:
  its pagu is counted apart (``pagu_label_tidak_tercantum_rp``), not as unlabelled;
- location: ``lokasi_bl`` naming "Semua Kecamatan" (any case) is the whole kabupaten/kota;
  an empty or ``undefined`` location is counted apart;
- money without output: pagu > 0 and every output indicator of the sub kegiatan (as
  ``tables.sipd.pemetaan_indikator`` decided the fields) read with target 0 (a range: its
  upper bound 0). A target that is missing or unreadable is not 0 (it is a finding of its own);
- outcome already met: per outcome line of a program (``indikator_outcome``),
  ``realisasi_capaian`` against ``target_akhir``. The direction is read from the indicator's
  name: a name with a lower-is-better term (``TURUN``: kematian, prevalensi, putus sekolah,
  penduduk miskin ...) and no word of decrease (``penurunan`` ...: a decrease is better when
  higher) is lower-is-better (met when realisasi <= target); any other name is assumed
  higher-is-better (met when realisasi >= target), and every row says which (``arah``,
  ``dasar_arah``). Not compared (``tercapai`` NA, with ``keterangan``): a target or realisasi
  that does not read, units that differ;
- n+1 against n: per office, the sums and the sub kegiatan whose n+1 rises, falls or stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ..numbers import format_angka, format_persen, format_rupiah
from ..sources.sipd import LABEL
from ..tables.sipd import TEKS_TARGET, UNDEFINED, konvensi_target, read_targets
from .escape import markdown_teks

#: The column that groups rows into a perangkat daerah, and its name column.
KUNCI, NAMA = "kode_skpd", "nama_skpd"
#: How ``load_sipd``'s data is grouped (the tables written, the page): the SKPD each sub-unit
#: belongs to (``tables.sipd.skpd_induk``), shown under ``kode_skpd`` / ``nama_skpd``.
SKPD = {"kunci": "kode_skpd_induk", "nama": "nama_skpd_induk"}
#: A support program's code: the third part ``01`` (``X.XX.01``, ``1.02.01``).
KODE_PENUNJANG = re.compile(r"^[^.]+\.[^.]+\.01$")
#: Terms that make an outcome lower-is-better, as found in its name (case ignored).
TURUN = re.compile(r"(kematian|prevalensi|angka kesakitan|putus sekolah|buta (?:aksara|huruf)|pengangguran"
                   r"|penduduk miskin|(?:tingkat|angka|persentase) kemiskinan|(?:indeks|rasio) gini|kecelakaan"
                   r"|kriminalitas)", re.IGNORECASE)
#: Words of a decrease: "Persentase penurunan angka kematian" is better when higher.
PENURUNAN = re.compile(r"(?i)penurunan|menurun|turunnya|berkurang|pengurangan|tertangani|ditangani|penanganan")
#: "Semua Kecamatan" in ``lokasi_bl``.
SEMUA_KECAMATAN = re.compile(r"(?i)semua\s+kecamatan")

PENUNJANG_KOLOM = ["kode_skpd", "nama_skpd", "jumlah_sub_kegiatan", "jumlah_sub_kegiatan_penunjang", "pagu_rp",
                   "pagu_penunjang_rp", "porsi_penunjang_persen"]
SUMBER_DANA_KOLOM = ["kode_skpd", "nama_skpd", "sumber_dana", "jenis", "jumlah_sub_kegiatan", "pagu_rp",
                     "porsi_pagu_persen", "jumlah_sub_kegiatan_disebut_campuran", "pagu_disebut_campuran_rp"]
LABEL_KOLOM = ["kode_skpd", "nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_tanpa_label",
               "pagu_tanpa_label_rp", "porsi_tanpa_label_persen", "jumlah_sub_kegiatan_label_tidak_tercantum",
               "pagu_label_tidak_tercantum_rp", "pagu_label_kokab_rp", "pagu_label_prov_rp", "pagu_label_pusat_rp"]
LOKASI_KOLOM = ["kode_skpd", "nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_semua_kecamatan",
                "pagu_semua_kecamatan_rp", "porsi_semua_kecamatan_persen", "jumlah_sub_kegiatan_lokasi_kosong",
                "pagu_lokasi_kosong_rp", "pagu_lokasi_lain_rp"]
KELUARAN_KOLOM = ["kode_skpd", "nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_tanpa_keluaran",
                  "pagu_tanpa_keluaran_rp", "porsi_tanpa_keluaran_persen"]
DAFTAR_KELUARAN_KOLOM = ["kode_skpd", "nama_skpd", "kode_sub_skpd", "kode", "nama", "pagu_rp", "tolok_ukur",
                         "target_teks", "berkas", "baris_sumber"]
OUTCOME_KOLOM = ["kode_skpd", "nama_skpd", "kode_sub_skpd", "kode_program", "nama_program", "urutan_indikator",
                 "tolok_ukur", "target_akhir_teks", "realisasi_teks", "target_akhir_min", "target_akhir_max",
                 "realisasi", "satuan", "arah", "dasar_arah", "kata_arah", "tercapai", "keterangan", "berkas",
                 "baris_sumber"]
N_DEPAN_KOLOM = ["kode_skpd", "nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "pagu_n_depan_rp", "selisih_rp",
                 "selisih_persen", "jumlah_naik", "jumlah_turun", "jumlah_tetap", "jumlah_n_depan_nol",
                 "jumlah_tidak_dibandingkan"]

INT, FLOAT, STRING = "Int64", "Float64", "string"


# --- shared pieces ----------------------------------------------------------------------------

def _sub(rencana: pd.DataFrame, kunci: str, nama: str) -> pd.DataFrame:
    """The sub kegiatan rows with the grouping as ``_k`` / ``_n``."""
    sub = rencana[rencana["level"].astype(str) == "sub_kegiatan"].reset_index(drop=True)
    return sub.assign(_k=sub[kunci].astype(STRING), _n=sub[nama].astype(STRING),
                      _pagu=pd.to_numeric(sub["pagu_rp"]).astype(FLOAT))


def _kosong(s: pd.Series) -> pd.Series:
    """True where a text is missing, blank or only ``undefined``."""
    t = s.astype(STRING).str.replace(UNDEFINED, " ", regex=True).str.strip()
    return t.isna() | t.eq("")


def _per_unit(sub: pd.DataFrame, parts: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Sums and counts per office: ``parts`` = {output column: (column of ``sub``, "sum" | "count")};
    a count counts True, a sum adds money (NA when every value is missing)."""
    g = sub.groupby("_k", sort=True)
    out = pd.DataFrame({"kode_skpd": g["_k"].first(), "nama_skpd": g["_n"].first(),
                        "jumlah_sub_kegiatan": g.size(), "pagu_rp": g["_pagu"].sum(min_count=1)})
    for col, (src, how) in parts.items():
        out[col] = g[src].sum() if how == "count" else g[src].sum(min_count=1)
    return out.reset_index(drop=True)


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    whole = pd.to_numeric(whole).astype(FLOAT)
    return (pd.to_numeric(part).astype(FLOAT).fillna(0) * 100 / whole.where(whole > 0)).astype(FLOAT)


def _typed(df: pd.DataFrame, kolom: list[str]) -> pd.DataFrame:
    out = df[kolom].copy()
    for col in kolom:
        if col.startswith("jumlah_") or col in ("urutan_indikator", "baris_sumber"):
            out[col] = pd.to_numeric(out[col]).astype(INT)
        elif col.endswith(("_rp", "_persen")) or col in ("realisasi", "target_akhir_min", "target_akhir_max"):
            out[col] = pd.to_numeric(out[col]).astype(FLOAT)
        elif col == "tercapai":
            out[col] = out[col].astype("boolean")
        else:
            out[col] = out[col].astype(STRING)
    return out.reset_index(drop=True)


# --- the questions -----------------------------------------------------------------------------

def porsi_penunjang(rencana: pd.DataFrame, *, kunci: str = KUNCI, nama: str = NAMA) -> pd.DataFrame:
    """The support program's share of each office's pagu (table ``sipd_analisis_penunjang``).

    A support program is one whose code's third part is ``01`` (``KODE_PENUNJANG``).

    Examples
    --------
    >>> r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1.02"] * 3, "nama_skpd": ["DINKES"] * 3,
    ...                   "kode_program": ["X.XX.01", "1.02.02", "1.02.02"], "pagu_rp": [30.0, 50.0, 20.0]})
    >>> porsi_penunjang(r)[["pagu_rp", "pagu_penunjang_rp", "porsi_penunjang_persen"]].values.tolist()
    [[100.0, 30.0, 30.0]]
    """
    sub = _sub(rencana, kunci, nama)
    support = sub["kode_program"].astype(STRING).str.match(KODE_PENUNJANG).fillna(False).astype(bool)
    sub = sub.assign(_p=support, _pp=sub["_pagu"].where(support))
    out = _per_unit(sub, {"jumlah_sub_kegiatan_penunjang": ("_p", "count"), "pagu_penunjang_rp": ("_pp", "sum")})
    out["pagu_penunjang_rp"] = out["pagu_penunjang_rp"].fillna(0)
    out["porsi_penunjang_persen"] = _share(out["pagu_penunjang_rp"], out["pagu_rp"])
    return _typed(out, PENUNJANG_KOLOM)


def sumber_dana(rencana: pd.DataFrame, *, kunci: str = KUNCI, nama: str = NAMA) -> pd.DataFrame:
    """Funding mix per office (table ``sipd_analisis_sumber_dana``): one row per source
    (``jenis`` ``tunggal``: records naming it alone), one ``campuran`` row (records naming
    several: their pagu once, never split between sources) and one ``tidak_dicantumkan`` row
    (no source) where an office has such records. ``pagu_rp`` adds up to the office's pagu;
    ``pagu_disebut_campuran_rp`` (the pagu of the mixed records naming a source) does not.

    Examples
    --------
    >>> r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1"] * 3, "nama_skpd": ["A"] * 3,
    ...                   "sumber_dana": ["DAU", "DAU, DAK Fisik", None], "pagu_rp": [60.0, 30.0, 10.0]})
    >>> t = sumber_dana(r)
    >>> t[["sumber_dana", "jenis", "pagu_rp", "pagu_disebut_campuran_rp"]].astype(object).values.tolist()
    [['DAK Fisik', 'tunggal', 0.0, 30.0], ['DAU', 'tunggal', 60.0, 30.0], [<NA>, 'campuran', 30.0, <NA>], \
[<NA>, 'tidak_dicantumkan', 10.0, <NA>]]
    """
    sub = _sub(rencana, kunci, nama)
    pieces = sub["sumber_dana"].astype(STRING).str.split(",").explode()
    pieces = pieces.astype(STRING).str.replace(UNDEFINED, " ", regex=True).str.split().str.join(" ")
    pieces = pieces[pieces.notna() & pieces.astype(STRING).str.len().gt(0)]
    names = (pd.DataFrame({"_r": pieces.index.to_numpy(), "sumber_dana": pieces.astype(STRING).to_numpy()})
             .drop_duplicates())
    n = names.groupby("_r").size().reindex(sub.index, fill_value=0)
    sub = sub.assign(_jenis=np.select([n.to_numpy() == 0, n.to_numpy() == 1], ["tidak_dicantumkan", "tunggal"],
                                      "campuran"))
    named = names.merge(sub[["_k", "_n", "_pagu", "_jenis"]], left_on="_r", right_index=True)
    one = named["_jenis"] == "tunggal"
    named = named.assign(_t=one, _tp=named["_pagu"].where(one), _c=~one, _cp=named["_pagu"].where(~one))
    g = named.groupby(["_k", "sumber_dana"], sort=True)
    per_source = pd.DataFrame({"kode_skpd": g["_k"].first(), "nama_skpd": g["_n"].first(),
                               "sumber_dana": g["sumber_dana"].first(), "jenis": "tunggal",
                               "jumlah_sub_kegiatan": g["_t"].sum(), "pagu_rp": g["_tp"].sum(),
                               "jumlah_sub_kegiatan_disebut_campuran": g["_c"].sum(),
                               "pagu_disebut_campuran_rp": g["_cp"].sum()}).reset_index(drop=True)
    rest = sub[sub["_jenis"] != "tunggal"]
    g = rest.groupby(["_k", "_jenis"], sort=True)
    others = pd.DataFrame({"kode_skpd": g["_k"].first(), "nama_skpd": g["_n"].first(), "sumber_dana": pd.NA,
                           "jenis": g["_jenis"].first(), "jumlah_sub_kegiatan": g.size(),
                           "pagu_rp": g["_pagu"].sum(), "jumlah_sub_kegiatan_disebut_campuran": pd.NA,
                           "pagu_disebut_campuran_rp": pd.NA}).reset_index(drop=True)
    out = pd.concat([per_source, others], ignore_index=True)
    order = out["jenis"].map({"tunggal": 0, "campuran": 1, "tidak_dicantumkan": 2})
    out = out.assign(_o=order).sort_values(["kode_skpd", "_o", "sumber_dana"], kind="stable")
    total = sub.groupby("_k")["_pagu"].sum()
    out["porsi_pagu_persen"] = _share(out["pagu_rp"], out["kode_skpd"].map(total))
    return _typed(out, SUMBER_DANA_KOLOM)


def label_prioritas(rencana: pd.DataFrame, rekaman: pd.DataFrame, *, kunci: str = KUNCI,
                    nama: str = NAMA) -> pd.DataFrame:
    """Pagu without a priority label per office (table ``sipd_analisis_label``): records
    whose ``label_kokab``, ``label_prov`` and ``label_pusat`` are all empty, among those
    whose export carries the fields (``porsi_tanpa_label_persen`` is their share of that
    pagu); records of exports without the fields are counted apart; the pagu carrying each
    label (a record may carry several: not additive).

    Examples
    --------
    >>> r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1"] * 3, "nama_skpd": ["A"] * 3,
    ...                   "berkas": ["a.json"] * 3, "baris_sumber": [1, 2, 3], "pagu_rp": [60.0, 30.0, 10.0]})
    >>> k = pd.DataFrame({"berkas": ["a.json"] * 3, "baris": [1, 2, 3], "label_kokab": ["Stunting", None, None],
    ...                   "label_prov": [None] * 3, "label_pusat": [None] * 3,
    ...                   "label_tercantum": [True, True, False]})
    >>> label_prioritas(r, k)[["pagu_tanpa_label_rp", "porsi_tanpa_label_persen", "pagu_label_tidak_tercantum_rp"]
    ...                       ].values.tolist()
    [[30.0, 33.333333333333336, 10.0]]
    """
    sub = _sub(rencana, kunci, nama)
    cols = ["berkas", "baris"] + [c for c in (*LABEL, "label_tercantum") if c in rekaman]
    lab = rekaman[cols].drop_duplicates(["berkas", "baris"])
    key = pd.DataFrame({"berkas": sub["berkas"].astype(STRING).to_numpy(),
                        "baris": pd.to_numeric(sub["baris_sumber"]).astype(INT).to_numpy()})
    lab = key.merge(lab.assign(baris=pd.to_numeric(lab["baris"]).astype(INT),
                               berkas=lab["berkas"].astype(STRING)), on=["berkas", "baris"], how="left")
    known = (lab["label_tercantum"] if "label_tercantum" in lab else pd.Series(pd.NA, index=lab.index))
    known = known.astype("boolean").fillna(False).to_numpy(dtype=bool)
    has = {c: ~_kosong(lab[c] if c in lab else pd.Series(pd.NA, index=lab.index)).to_numpy() for c in LABEL}
    none = known & ~(has["label_kokab"] | has["label_prov"] | has["label_pusat"])
    pagu = sub["_pagu"]
    sub = sub.assign(_none=none, _nonep=pagu.where(none), _unk=~known, _unkp=pagu.where(~known),
                     **{f"_{c}": pagu.where(has[c]) for c in LABEL})
    out = _per_unit(sub, {"jumlah_sub_kegiatan_tanpa_label": ("_none", "count"), "pagu_tanpa_label_rp": ("_nonep", "sum"),
                          "jumlah_sub_kegiatan_label_tidak_tercantum": ("_unk", "count"),
                          "pagu_label_tidak_tercantum_rp": ("_unkp", "sum"),
                          **{f"pagu_{c}_rp": (f"_{c}", "sum") for c in LABEL}})
    for col in ("pagu_tanpa_label_rp", "pagu_label_tidak_tercantum_rp", *(f"pagu_{c}_rp" for c in LABEL)):
        out[col] = out[col].fillna(0)
    # an office none of whose records carries the label fields: nothing is known, not "0 without label"
    unknown = out["jumlah_sub_kegiatan_label_tidak_tercantum"] == out["jumlah_sub_kegiatan"]
    for col in ("jumlah_sub_kegiatan_tanpa_label", "pagu_tanpa_label_rp", *(f"pagu_{c}_rp" for c in LABEL)):
        out[col] = out[col].astype(FLOAT if col.endswith("_rp") else INT).mask(unknown)
    out["porsi_tanpa_label_persen"] = _share(out["pagu_tanpa_label_rp"],
                                             out["pagu_rp"].fillna(0) - out["pagu_label_tidak_tercantum_rp"])
    return _typed(out, LABEL_KOLOM)


def lokasi_semua_kecamatan(rencana: pd.DataFrame, *, kunci: str = KUNCI, nama: str = NAMA) -> pd.DataFrame:
    """The share of each office's pagu located in "Semua Kecamatan" (table
    ``sipd_analisis_lokasi``): its share of the pagu whose location is stated; pagu with an
    empty or ``undefined`` location and pagu located elsewhere, each apart.

    Examples
    --------
    >>> r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1"] * 3, "nama_skpd": ["A"] * 3,
    ...                   "lokasi": ["Kab. X, Semua Kecamatan, Semua Kel/Desa", "Kab. X, Kec. Y", "undefined"],
    ...                   "pagu_rp": [60.0, 30.0, 10.0]})
    >>> lokasi_semua_kecamatan(r)[["pagu_semua_kecamatan_rp", "porsi_semua_kecamatan_persen",
    ...                            "pagu_lokasi_kosong_rp", "pagu_lokasi_lain_rp"]].values.tolist()
    [[60.0, 66.66666666666667, 10.0, 30.0]]
    """
    sub = _sub(rencana, kunci, nama)
    empty = _kosong(sub["lokasi"]).to_numpy(dtype=bool)
    semua = ~empty & sub["lokasi"].astype(STRING).str.contains(SEMUA_KECAMATAN).fillna(False).to_numpy(dtype=bool)
    other = ~empty & ~semua
    pagu = sub["_pagu"]
    sub = sub.assign(_s=semua, _sp=pagu.where(semua), _e=empty, _ep=pagu.where(empty), _op=pagu.where(other))
    out = _per_unit(sub, {"jumlah_sub_kegiatan_semua_kecamatan": ("_s", "count"),
                          "pagu_semua_kecamatan_rp": ("_sp", "sum"),
                          "jumlah_sub_kegiatan_lokasi_kosong": ("_e", "count"), "pagu_lokasi_kosong_rp": ("_ep", "sum"),
                          "pagu_lokasi_lain_rp": ("_op", "sum")})
    for col in ("pagu_semua_kecamatan_rp", "pagu_lokasi_kosong_rp", "pagu_lokasi_lain_rp"):
        out[col] = out[col].fillna(0)
    out["porsi_semua_kecamatan_persen"] = _share(out["pagu_semua_kecamatan_rp"],
                                                 out["pagu_rp"].fillna(0) - out["pagu_lokasi_kosong_rp"])
    return _typed(out, LOKASI_KOLOM)


def _tanpa_keluaran(rencana: pd.DataFrame, indikator: pd.DataFrame) -> pd.Series:
    """Per sub kegiatan row of ``rencana`` (its index): pagu > 0 and every output indicator
    read with target 0."""
    sub = rencana[rencana["level"].astype(str) == "sub_kegiatan"]
    ind = indikator[(indikator["level"].astype(str) == "sub_kegiatan")
                    & (indikator["jenis_indikator"].astype(str) == "keluaran")]
    zero = (ind["target_terbaca"].astype("boolean").fillna(False)
            & pd.to_numeric(ind["target_max"]).astype(FLOAT).eq(0).fillna(False)).astype(bool)
    all_zero = zero.groupby(ind["urutan_rencana"].to_numpy()).all()
    per_row = sub["urutan"].map(all_zero).astype("boolean").fillna(False).astype(bool)
    return per_row & pd.to_numeric(sub["pagu_rp"]).astype(FLOAT).gt(0).fillna(False).astype(bool)


def tanpa_keluaran(rencana: pd.DataFrame, indikator: pd.DataFrame, *, kunci: str = KUNCI,
                   nama: str = NAMA) -> pd.DataFrame:
    """Money without output per office (table ``sipd_analisis_keluaran``): sub kegiatan with
    pagu > 0 whose every output indicator reads with target 0.

    Examples
    --------
    >>> r = pd.DataFrame({"urutan": [1, 2], "level": ["sub_kegiatan"] * 2, "kode_skpd": ["1"] * 2,
    ...                   "nama_skpd": ["A"] * 2, "pagu_rp": [60.0, 40.0]})
    >>> i = pd.DataFrame({"urutan_rencana": [1, 2], "level": ["sub_kegiatan"] * 2,
    ...                   "jenis_indikator": ["keluaran"] * 2, "target_terbaca": [True, True],
    ...                   "target_max": [0.0, 5.0]})
    >>> tanpa_keluaran(r, i)[["jumlah_sub_kegiatan_tanpa_keluaran", "pagu_tanpa_keluaran_rp"]].values.tolist()
    [[1, 60.0]]
    """
    flag = _tanpa_keluaran(rencana, indikator).to_numpy(dtype=bool)
    sub = _sub(rencana, kunci, nama)
    sub = sub.assign(_z=flag, _zp=sub["_pagu"].where(flag))
    out = _per_unit(sub, {"jumlah_sub_kegiatan_tanpa_keluaran": ("_z", "count"),
                          "pagu_tanpa_keluaran_rp": ("_zp", "sum")})
    out["pagu_tanpa_keluaran_rp"] = out["pagu_tanpa_keluaran_rp"].fillna(0)
    out["porsi_tanpa_keluaran_persen"] = _share(out["pagu_tanpa_keluaran_rp"], out["pagu_rp"])
    return _typed(out, KELUARAN_KOLOM)


def daftar_tanpa_keluaran(rencana: pd.DataFrame, indikator: pd.DataFrame, *, kunci: str = KUNCI,
                          nama: str = NAMA) -> pd.DataFrame:
    """The sub kegiatan counted by ``tanpa_keluaran``, one row per output indicator, largest
    pagu first (ties in plan order).

    Examples
    --------
    >>> r = pd.DataFrame({"urutan": [1], "level": ["sub_kegiatan"], "kode_skpd": ["1"], "nama_skpd": ["A"],
    ...                   "kode_sub_skpd": ["1"], "kode": ["1.02.02.2.02.0001"], "nama": ["Ibu hamil"],
    ...                   "pagu_rp": [80.0], "berkas": ["a.json"], "baris_sumber": [4]})
    >>> i = pd.DataFrame({"urutan_rencana": [1], "level": ["sub_kegiatan"], "jenis_indikator": ["keluaran"],
    ...                   "target_terbaca": [True], "target_max": [0.0], "tolok_ukur": ["Jumlah ibu"],
    ...                   "target_teks": ["0 Orang"]})
    >>> daftar_tanpa_keluaran(r, i)[["kode", "target_teks"]].values.tolist()
    [['1.02.02.2.02.0001', '0 Orang']]
    """
    sub = rencana[rencana["level"].astype(str) == "sub_kegiatan"]
    sub = sub[_tanpa_keluaran(rencana, indikator).to_numpy(dtype=bool)]
    ind = indikator[(indikator["level"].astype(str) == "sub_kegiatan")
                    & (indikator["jenis_indikator"].astype(str) == "keluaran")][["urutan_rencana", "tolok_ukur",
                                                                                  "target_teks"]]
    rows = sub.assign(_k=sub[kunci], _n=sub[nama]).drop(columns=["kode_skpd", "nama_skpd"], errors="ignore")
    rows = rows.rename(columns={"_k": "kode_skpd", "_n": "nama_skpd"})
    out = rows.merge(ind, left_on="urutan", right_on="urutan_rencana", how="left")
    out = out.sort_values(["pagu_rp", "urutan"], ascending=[False, True], kind="stable")
    return _typed(out, DAFTAR_KELUARAN_KOLOM)


def arah_indikator(nama: pd.Series) -> pd.DataFrame:
    """Which way an outcome indicator is better, read from its name: ``arah`` (``turun``:
    lower is better; ``naik``), ``dasar_arah`` (``nama``: a ``TURUN`` term, ``kata_arah``,
    found without a word of decrease; ``anggapan``: assumed higher-is-better).

    Examples
    --------
    >>> arah_indikator(pd.Series(["Angka Kematian Ibu", "Persentase Penurunan Angka Kematian Bayi",
    ...                           "Angka Partisipasi Murni"])).values.tolist()
    [['turun', 'nama', 'kematian'], ['naik', 'anggapan', <NA>], ['naik', 'anggapan', <NA>]]
    """
    s = nama.astype(STRING)
    term = s.str.extract(TURUN, expand=False).astype(STRING).str.lower()
    lower = term.notna() & ~s.str.contains(PENURUNAN).fillna(False)
    lower = lower.fillna(False).astype(bool)
    out = pd.DataFrame({"arah": np.where(lower, "turun", "naik"), "dasar_arah": np.where(lower, "nama", "anggapan"),
                        "kata_arah": term.where(lower)}, index=nama.index)
    return out


def outcome_tercapai(rencana: pd.DataFrame, indikator: pd.DataFrame, *, kunci: str = KUNCI,
                     nama: str = NAMA) -> pd.DataFrame:
    """Program outcomes already met (table ``sipd_analisis_outcome``): one row per outcome
    line of each program of each sub-unit, ``realisasi_capaian`` against ``target_akhir`` in
    the indicator's direction (``arah_indikator``): ``naik``, met when realisasi >= the
    target (a range: its lower bound); ``turun``, met when realisasi <= the target (a range:
    its upper bound). ``tercapai`` is NA when the program's outcome pack does not pair up
    (names, end targets, realisasi not one per line: which value is whose is not certain),
    when the target or realisasi is missing or does not read, or when their units differ
    (``keterangan`` says which).

    Examples
    --------
    >>> r = pd.DataFrame({"urutan": [1], "level": ["program"], "kode_skpd": ["1"], "nama_skpd": ["A"]})
    >>> i = pd.DataFrame({"urutan_rencana": [1, 1], "level": ["program"] * 2, "jenis_indikator": ["outcome"] * 2,
    ...                   "kode_sub_skpd": ["1"] * 2, "kode": ["1.02.02"] * 2, "nama": ["PROGRAM X"] * 2,
    ...                   "urutan_indikator": [1, 2], "tolok_ukur": ["Angka Kematian Ibu", "Cakupan Imunisasi"],
    ...                   "target_teks": ["80 100.000 KH", "90 %"], "realisasi_teks": ["95 100.000 KH", "92 %"],
    ...                   "berpasangan": [True, True], "berkas": ["a.json"] * 2, "baris_sumber": [1, 1]})
    >>> outcome_tercapai(r, i)[["arah", "tercapai"]].values.tolist()
    [['turun', False], ['naik', True]]
    """
    ind = indikator[(indikator["level"].astype(str) == "program")
                    & (indikator["jenis_indikator"].astype(str) == "outcome")].reset_index(drop=True)
    owner = rencana[["urutan", kunci, nama]].rename(columns={"urutan": "urutan_rencana", kunci: "_k", nama: "_n"})
    ind = ind.merge(owner, on="urutan_rencana", how="left")
    # the texts that read two ways in their file's convention, as sipd_indikator reads them
    konvensi = konvensi_target(indikator["berkas"], [indikator[c] for c in TEKS_TARGET if c in indikator])
    decimal = ind["berkas"].astype(STRING).map(konvensi.set_index("berkas")["desimal"])
    target = read_targets(ind["target_teks"].astype(STRING), decimal)
    real = read_targets(ind["realisasi_teks"].astype(STRING), decimal)
    arah = arah_indikator(ind["tolok_ukur"])
    t_min, t_max = target["target_min"].astype(FLOAT), target["target_max"].astype(FLOAT)
    value = real["target"].astype(FLOAT)
    unit_t, unit_r = target["satuan"].astype(STRING), real["satuan"].astype(STRING)
    differ = (unit_t.notna() & unit_r.notna() & (unit_t.str.casefold() != unit_r.str.casefold())).fillna(False)
    no_target, no_real = t_min.isna(), value.isna()
    met = pd.Series(np.where(arah["arah"] == "turun", value <= t_max, value >= t_min), index=ind.index)
    unpaired = ~ind["berpasangan"].astype("boolean").fillna(True).astype(bool)
    open_ = unpaired | no_target | no_real | differ.astype(bool)
    keterangan = np.select(
        [unpaired, ind["target_teks"].isna(), no_target, ind["realisasi_teks"].isna(), no_real, differ.astype(bool)],
        ["indikator, target akhir dan realisasi tidak berpasangan: pasangan per baris tidak pasti",
         "target akhir kosong", "target akhir tidak terbaca", "realisasi kosong", "realisasi tidak terbaca",
         "satuan target akhir dan realisasi berbeda"], "")
    out = pd.DataFrame({
        "kode_skpd": ind["_k"], "nama_skpd": ind["_n"], "kode_sub_skpd": ind["kode_sub_skpd"],
        "kode_program": ind["kode"], "nama_program": ind["nama"], "urutan_indikator": ind["urutan_indikator"],
        "tolok_ukur": ind["tolok_ukur"], "target_akhir_teks": ind["target_teks"],
        "realisasi_teks": ind["realisasi_teks"], "target_akhir_min": t_min, "target_akhir_max": t_max,
        "realisasi": value, "satuan": unit_t.fillna(unit_r), **arah,
        "tercapai": met.astype("boolean").mask(open_.to_numpy(dtype=bool)),
        "keterangan": pd.Series(keterangan, index=ind.index, dtype=STRING).replace("", pd.NA),
        "berkas": ind["berkas"], "baris_sumber": ind["baris_sumber"]})
    return _typed(out, OUTCOME_KOLOM)


def n_depan(rencana: pd.DataFrame, *, kunci: str = KUNCI, nama: str = NAMA) -> pd.DataFrame:
    """Pagu n+1 against n per office (table ``sipd_analisis_n_depan``): the sums, the change,
    and the sub kegiatan whose n+1 is above, below or equal to n (``jumlah_n_depan_nol``:
    those below with n+1 = 0; ``jumlah_tidak_dibandingkan``: pagu or n+1 missing).
    naik + turun + tetap + tidak_dibandingkan = jumlah_sub_kegiatan.

    Examples
    --------
    >>> r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1"] * 3, "nama_skpd": ["A"] * 3,
    ...                   "pagu_rp": [60.0, 30.0, 10.0], "pagu_n_depan_rp": [66.0, 30.0, 0.0]})
    >>> n_depan(r)[["pagu_n_depan_rp", "selisih_persen", "jumlah_naik", "jumlah_tetap", "jumlah_n_depan_nol"]
    ...            ].values.tolist()
    [[96.0, -4.0, 1, 1, 1]]
    """
    sub = _sub(rencana, kunci, nama)
    n1 = pd.to_numeric(sub["pagu_n_depan_rp"]).astype(FLOAT)
    n0 = sub["_pagu"]
    both = (n0.notna() & n1.notna()).to_numpy(dtype=bool)
    up = both & (n1 > n0).fillna(False).to_numpy(dtype=bool)
    down = both & (n1 < n0).fillna(False).to_numpy(dtype=bool)
    same = both & (n1 == n0).fillna(False).to_numpy(dtype=bool)
    sub = sub.assign(_n1=n1, _up=up, _down=down, _same=same, _zero=down & (n1 == 0).fillna(False).to_numpy(dtype=bool),
                     _open=~both)
    out = _per_unit(sub, {"pagu_n_depan_rp": ("_n1", "sum"), "jumlah_naik": ("_up", "count"),
                          "jumlah_turun": ("_down", "count"), "jumlah_tetap": ("_same", "count"),
                          "jumlah_n_depan_nol": ("_zero", "count"), "jumlah_tidak_dibandingkan": ("_open", "count")})
    out["selisih_rp"] = out["pagu_n_depan_rp"] - out["pagu_rp"]
    out["selisih_persen"] = _share(out["selisih_rp"], out["pagu_rp"]).mask(out["selisih_rp"].isna())
    return _typed(out, N_DEPAN_KOLOM)


#: The output tables, by name, with the function that makes each and its inputs.
TABEL: dict[str, tuple[Callable[..., pd.DataFrame], tuple[str, ...]]] = {
    "sipd_analisis_penunjang": (porsi_penunjang, ("rencana",)),
    "sipd_analisis_sumber_dana": (sumber_dana, ("rencana",)),
    "sipd_analisis_label": (label_prioritas, ("rencana", "rekaman")),
    "sipd_analisis_lokasi": (lokasi_semua_kecamatan, ("rencana",)),
    "sipd_analisis_keluaran": (tanpa_keluaran, ("rencana", "indikator")),
    "sipd_analisis_outcome": (outcome_tercapai, ("rencana", "indikator")),
    "sipd_analisis_n_depan": (n_depan, ("rencana",)),
}


def tabel_analisis(rekaman: pd.DataFrame, rencana: pd.DataFrame, indikator: pd.DataFrame, *,
                   kunci: str = SKPD["kunci"], nama: str = SKPD["nama"]) -> dict[str, pd.DataFrame]:
    """Every table of this module by output name (``TABEL``), in that order.

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import ROOT
    >>> s = load_sipd(ROOT / "tests" / "data" / "sipd-analis")
    >>> {k: len(v) for k, v in tabel_analisis(s.rekaman, s.rencana, s.indikator).items()}["sipd_analisis_outcome"]
    6
    """
    parts = {"rekaman": rekaman, "rencana": rencana, "indikator": indikator}
    return {name: func(*(parts[p] for p in inputs), kunci=kunci, nama=nama)
            for name, (func, inputs) in TABEL.items()}


# --- the page: one sentence and one table per question ------------------------------------------

def _nama(s) -> str:
    return markdown_teks(str(s))


def _terbesar(t: pd.DataFrame, col: str) -> pd.Series | None:
    rows = t[pd.to_numeric(t[col]).astype(FLOAT).notna()]
    if not len(rows):
        return None
    return rows.sort_values([col, "kode_skpd"], ascending=[False, True], kind="stable").iloc[0]


def kalimat(nama_tabel: str, t: pd.DataFrame) -> str:
    """One Indonesian sentence (Markdown, names escaped) from a table of ``TABEL``.

    Examples
    --------
    >>> t = pd.DataFrame({"kode_skpd": ["1", "2"], "nama_skpd": ["DINAS A", "DINAS B"],
    ...                   "pagu_rp": [100.0, 50.0], "pagu_penunjang_rp": [70.0, 5.0],
    ...                   "porsi_penunjang_persen": [70.0, 10.0]})
    >>> kalimat("sipd_analisis_penunjang", t)[:60]
    'Program penunjang urusan pemerintahan daerah (kode X.XX.01) '
    """
    if not len(t):
        return ("Data ini tidak memuat indikator outcome program." if nama_tabel == "sipd_analisis_outcome"
                else "Data ini tidak memuat sub kegiatan.")
    if nama_tabel == "sipd_analisis_penunjang":
        top = _terbesar(t, "porsi_penunjang_persen")
        total = float(t["pagu_rp"].sum())
        share = float(t["pagu_penunjang_rp"].sum()) / total * 100 if total else float("nan")
        return ("Program penunjang urusan pemerintahan daerah (kode X.XX.01) mendapat pagu "
                f"{format_rupiah(t['pagu_penunjang_rp'].sum())} ({format_persen(share)} pagu seluruh perangkat "
                "daerah)" + ("" if top is None else f"; porsi terbesar di {_nama(top['nama_skpd'])} "
                             f"({format_persen(top['porsi_penunjang_persen'])} dari pagunya)") + ".")
    if nama_tabel == "sipd_analisis_sumber_dana":
        mix = t[t["jenis"] == "campuran"]
        none = t[t["jenis"] == "tidak_dicantumkan"]
        single = t[t["jenis"] == "tunggal"].groupby("sumber_dana")["pagu_rp"].sum().sort_values(ascending=False,
                                                                                                 kind="stable")
        text = (f"Sumber dana terbesar (sub kegiatan dengan satu sumber): {_nama(single.index[0])} "
                f"{format_rupiah(single.iloc[0])}." if len(single) and single.iloc[0] > 0 else "")
        text += (f" {format_angka(mix['jumlah_sub_kegiatan'].sum())} sub kegiatan mencantumkan lebih dari satu "
                 f"sumber dana tanpa rincian nilainya: pagunya {format_rupiah(mix['pagu_rp'].sum())} dihitung sekali "
                 "sebagai campuran dan tidak dibagi ke sumber-sumbernya (kolom \"Pagu campuran yang menyebutnya\" hanya "
                 "menandai sumber yang disebut)." if len(mix) else
                 " Setiap sub kegiatan mencantumkan paling banyak satu sumber dana.")
        if len(none):
            text += (f" {format_angka(none['jumlah_sub_kegiatan'].sum())} sub kegiatan tanpa sumber dana "
                     f"({format_rupiah(none['pagu_rp'].sum())}).")
        return text.strip()
    if nama_tabel == "sipd_analisis_label":
        known = float(t["pagu_rp"].fillna(0).sum() - t["pagu_label_tidak_tercantum_rp"].sum())
        none = float(t["pagu_tanpa_label_rp"].sum())
        if t["pagu_tanpa_label_rp"].isna().all():
            return ("Label prioritas tidak dapat dinilai: ekspor SIPD ini tidak memuat kolom label (`label_kokab`, "
                    "`label_prov`, `label_pusat`).")
        text = (f"Pagu tanpa label prioritas (label kabupaten/kota, provinsi, dan pusat semuanya kosong): "
                f"{format_rupiah(none)} ({format_persen(none / known * 100 if known else float('nan'))} pagu yang "
                "rekamannya memuat kolom label).")
        unk = int(t["jumlah_sub_kegiatan_label_tidak_tercantum"].sum())
        if unk:
            text += (f" {format_angka(unk)} sub kegiatan berasal dari ekspor tanpa kolom label; labelnya tidak "
                     "diketahui dan tidak dihitung sebagai tanpa label.")
        return text
    if nama_tabel == "sipd_analisis_lokasi":
        known = float(t["pagu_rp"].fillna(0).sum() - t["pagu_lokasi_kosong_rp"].sum())
        semua = float(t["pagu_semua_kecamatan_rp"].sum())
        if not (t["jumlah_sub_kegiatan"] > t["jumlah_sub_kegiatan_lokasi_kosong"]).any():
            return ("Lokasi tidak dapat dinilai: tidak satu pun sub kegiatan mencantumkan lokasi (`lokasi_bl` kosong "
                    "atau \"undefined\").")
        text = (f"Pagu berlokasi \"Semua Kecamatan\": {format_rupiah(semua)} "
                f"({format_persen(semua / known * 100 if known else float('nan'))} pagu yang lokasinya tercantum).")
        empty = int(t["jumlah_sub_kegiatan_lokasi_kosong"].sum())
        if empty:
            text += (f" {format_angka(empty)} sub kegiatan tanpa lokasi (kosong atau \"undefined\"), pagu "
                     f"{format_rupiah(t['pagu_lokasi_kosong_rp'].sum())}.")
        return text
    if nama_tabel == "sipd_analisis_keluaran":
        n = int(t["jumlah_sub_kegiatan_tanpa_keluaran"].sum())
        if not n:
            return "Tidak ada sub kegiatan berpagu yang target keluarannya 0."
        return (f"{format_angka(n)} sub kegiatan berpagu dengan target keluaran 0, pagu "
                f"{format_rupiah(t['pagu_tanpa_keluaran_rp'].sum())}: anggaran tanpa keluaran yang direncanakan.")
    if nama_tabel == "sipd_analisis_outcome":
        met = t["tercapai"].astype("boolean")
        down = t["arah"] == "turun"
        text = (f"Dari {format_angka(len(t))} baris indikator outcome program, {format_angka(int(met.sum()))} sudah "
                f"mencapai target akhir Renstra (realisasi terhadap target akhir), "
                f"{format_angka(int((met == False).sum()))} belum, "  # noqa: E712
                f"{format_angka(int(met.isna().sum()))} tidak dapat dibandingkan.")
        text += (f" {format_angka(int(down.sum()))} indikator dibaca \"makin rendah makin baik\" dari namanya "
                 "(mis. angka kematian, prevalensi); indikator lain dianggap \"makin tinggi makin baik\".")
        return text
    if nama_tabel == "sipd_analisis_n_depan":
        n0, n1 = float(t["pagu_rp"].sum()), float(t["pagu_n_depan_rp"].sum())
        change = (n1 - n0) / n0 * 100 if n0 else float("nan")
        top = t.assign(_a=t["selisih_persen"].abs())
        big = _terbesar(top, "_a")
        return (f"Pagu tahun berikutnya (n+1) {format_rupiah(n1)} terhadap pagu tahun ini {format_rupiah(n0)} "
                f"({'+' if change > 0 else ''}{format_persen(change)})"
                + ("" if big is None else f"; perubahan terbesar di {_nama(big['nama_skpd'])} "
                   f"({'+' if big['selisih_persen'] > 0 else ''}{format_persen(big['selisih_persen'])})") + ".")
    raise KeyError(nama_tabel)


#: Indonesian headers of the page's tables.
JUDUL = {
    "nama_skpd": "Perangkat daerah", "jumlah_sub_kegiatan": "Sub kegiatan", "pagu_rp": "Pagu",
    "jumlah_sub_kegiatan_penunjang": "Sub kegiatan penunjang", "pagu_penunjang_rp": "Pagu program penunjang",
    "porsi_penunjang_persen": "Porsi penunjang", "sumber_dana": "Sumber dana", "jenis": "Jenis",
    "porsi_pagu_persen": "Porsi pagu", "jumlah_sub_kegiatan_disebut_campuran": "Sub kegiatan campuran yang menyebutnya",
    "pagu_disebut_campuran_rp": "Pagu campuran yang menyebutnya (tidak dibagi)",
    "jumlah_sub_kegiatan_tanpa_label": "Sub kegiatan tanpa label", "pagu_tanpa_label_rp": "Pagu tanpa label",
    "porsi_tanpa_label_persen": "Porsi tanpa label",
    "pagu_label_tidak_tercantum_rp": "Pagu dari ekspor tanpa kolom label", "pagu_label_kokab_rp": "Pagu label kab/kota",
    "pagu_label_prov_rp": "Pagu label provinsi", "pagu_label_pusat_rp": "Pagu label pusat",
    "jumlah_sub_kegiatan_semua_kecamatan": "Sub kegiatan Semua Kecamatan",
    "pagu_semua_kecamatan_rp": "Pagu Semua Kecamatan", "porsi_semua_kecamatan_persen": "Porsi Semua Kecamatan",
    "pagu_lokasi_lain_rp": "Pagu lokasi lain", "pagu_lokasi_kosong_rp": "Pagu tanpa lokasi",
    "jumlah_sub_kegiatan_tanpa_keluaran": "Sub kegiatan target keluaran 0",
    "pagu_tanpa_keluaran_rp": "Pagu tanpa keluaran", "porsi_tanpa_keluaran_persen": "Porsi tanpa keluaran",
    "kode_program": "Program", "tolok_ukur": "Indikator outcome", "target_akhir_teks": "Target akhir",
    "realisasi_teks": "Realisasi", "arah": "Arah", "tercapai": "Sudah tercapai", "keterangan": "Keterangan",
    "pagu_n_depan_rp": "Pagu n+1", "selisih_persen": "Perubahan", "jumlah_naik": "Naik", "jumlah_turun": "Turun",
    "jumlah_tetap": "Tetap", "jumlah_n_depan_nol": "n+1 Rp0",
}
#: The columns each table shows on the page.
TAMPIL = {
    "sipd_analisis_penunjang": ["nama_skpd", "jumlah_sub_kegiatan", "jumlah_sub_kegiatan_penunjang", "pagu_rp",
                                "pagu_penunjang_rp", "porsi_penunjang_persen"],
    "sipd_analisis_sumber_dana": ["nama_skpd", "sumber_dana", "jumlah_sub_kegiatan", "pagu_rp", "porsi_pagu_persen",
                                  "jumlah_sub_kegiatan_disebut_campuran", "pagu_disebut_campuran_rp"],
    "sipd_analisis_label": ["nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_tanpa_label",
                            "pagu_tanpa_label_rp", "porsi_tanpa_label_persen", "pagu_label_kokab_rp",
                            "pagu_label_prov_rp", "pagu_label_pusat_rp", "pagu_label_tidak_tercantum_rp"],
    "sipd_analisis_lokasi": ["nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_semua_kecamatan",
                             "pagu_semua_kecamatan_rp", "porsi_semua_kecamatan_persen", "pagu_lokasi_lain_rp",
                             "pagu_lokasi_kosong_rp"],
    "sipd_analisis_keluaran": ["nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "jumlah_sub_kegiatan_tanpa_keluaran",
                               "pagu_tanpa_keluaran_rp", "porsi_tanpa_keluaran_persen"],
    "sipd_analisis_outcome": ["nama_skpd", "kode_program", "tolok_ukur", "target_akhir_teks", "realisasi_teks",
                              "arah", "tercapai", "keterangan"],
    "sipd_analisis_n_depan": ["nama_skpd", "jumlah_sub_kegiatan", "pagu_rp", "pagu_n_depan_rp", "selisih_persen",
                              "jumlah_naik", "jumlah_turun", "jumlah_tetap", "jumlah_n_depan_nol"],
}
_JENIS = {"tunggal": None, "campuran": "(campuran, tidak dibagi)", "tidak_dicantumkan": "(tidak dicantumkan)"}
_ARAH = {"naik": "makin tinggi makin baik (anggapan)", "turun": "makin rendah makin baik (dari nama)"}


def tampilan(nama_tabel: str, t: pd.DataFrame):
    """The table as the page shows it: a pandas Styler with Indonesian headers, Rp and %
    in the Indonesian style, every text cell HTML-escaped, a fixed uuid (byte-stable HTML).

    Examples
    --------
    >>> t = pd.DataFrame({"kode_skpd": ["1"], "nama_skpd": ["<b>A</b>"], "jumlah_sub_kegiatan": [3],
    ...                   "jumlah_sub_kegiatan_penunjang": [1], "pagu_rp": [100.0], "pagu_penunjang_rp": [70.0],
    ...                   "porsi_penunjang_persen": [70.0]})
    >>> html = tampilan("sipd_analisis_penunjang", t).to_html()
    >>> "&lt;b&gt;A&lt;/b&gt;" in html and "70,00" in html
    True
    """
    view = t[TAMPIL[nama_tabel]].copy()
    if nama_tabel == "sipd_analisis_sumber_dana":
        view["sumber_dana"] = view["sumber_dana"].astype(object).where(view["sumber_dana"].notna(),
                                                                       t["jenis"].map(_JENIS))
    if nama_tabel == "sipd_analisis_outcome":
        view["arah"] = view["arah"].map(_ARAH)
        view["tercapai"] = view["tercapai"].astype(object).map({True: "ya", False: "belum"})
    view = view.rename(columns=JUDUL).astype(object)
    fmt: dict[str, Callable[[Any], str]] = {}
    for col, judul in JUDUL.items():
        if judul not in view.columns:
            continue
        if col.endswith("_rp"):
            fmt[judul] = format_rupiah
        elif col == "selisih_persen":
            fmt[judul] = lambda v: "-" if pd.isna(v) else ("+" if v > 0 else "") + format_persen(v)
        elif col.endswith("_persen"):
            fmt[judul] = format_persen
        elif col.startswith("jumlah_"):
            fmt[judul] = lambda v: "-" if pd.isna(v) else format_angka(v)
    uuid = nama_tabel.replace("_", "-")
    return (view.style.set_uuid(uuid).hide(axis="index").format(escape="html")
            .format(fmt, na_rep="-", escape="html"))


def bagian(nama_tabel: str, sipd) -> tuple[str, object]:
    """One section of the pemda page: (sentence, styled table) from ``load_sipd``'s result."""
    func, inputs = TABEL[nama_tabel]
    parts = {"rekaman": sipd.rekaman, "rencana": sipd.rencana, "indikator": sipd.indikator}
    t = func(*(parts[p] for p in inputs), **SKPD)
    return kalimat(nama_tabel, t), tampilan(nama_tabel, t)


#: The shares the overview chart shows: (table, column, legend label, colour key of ``plots.WARNA``).
PORSI_GRAFIK = (
    ("sipd_analisis_penunjang", "porsi_penunjang_persen", "Program penunjang (X.XX.01)", "netral"),
    ("sipd_analisis_label", "porsi_tanpa_label_persen", "Tanpa label prioritas", "harapan"),
    ("sipd_analisis_lokasi", "porsi_semua_kecamatan_persen", "Lokasi \"Semua Kecamatan\"", "turun"),
)


def porsi_per_perangkat_daerah(sipd) -> pd.DataFrame:
    """The shares of the overview chart, one row per office (``kode_skpd``, ``nama_skpd``, one
    column per ``PORSI_GRAFIK`` entry), in code order.

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import ROOT
    >>> p = porsi_per_perangkat_daerah(load_sipd(ROOT / "tests" / "data" / "sipd-analis"))
    >>> p[["porsi_penunjang_persen", "porsi_tanpa_label_persen"]].values.tolist()
    [[10.0, 40.0], [70.0, 72.0]]
    """
    parts = {"rekaman": sipd.rekaman, "rencana": sipd.rencana, "indikator": sipd.indikator}
    out = None
    for name, col, _, _ in PORSI_GRAFIK:
        func, inputs = TABEL[name]
        t = func(*(parts[p] for p in inputs), **SKPD)[["kode_skpd", "nama_skpd", col]]
        out = t if out is None else out.merge(t, on=["kode_skpd", "nama_skpd"], how="outer")
    assert out is not None
    return out.sort_values("kode_skpd", kind="stable").reset_index(drop=True)


def grafik_porsi(sipd):
    """Overview chart (matplotlib Figure, ``plots`` conventions): per office, the support
    program's share of its pagu, the share without a priority label and the share in "Semua
    Kecamatan" (``porsi_per_perangkat_daerah``); a share that cannot be computed (an export
    without label fields) is drawn as no bar and written "tidak diketahui". matplotlib is imported only here: writing tables never loads it."""
    import matplotlib.pyplot as plt

    from . import plots

    p = porsi_per_perangkat_daerah(sipd)
    n = len(PORSI_GRAFIK)
    batang = 0.24 * n
    fig, ax, y = plots._kanvas(p["nama_skpd"].astype(str).tolist(), "Porsi pagu per perangkat daerah",
                               batang=batang, xlabel="Persen dari pagu perangkat daerah", legenda=2)
    with plt.rc_context(plots.STYLE):
        h = batang / n
        for k, (_, col, label, warna) in enumerate(PORSI_GRAFIK):
            v = pd.to_numeric(p[col]).astype(float).to_numpy()
            yk = y + batang / 2 - h * (k + 0.5)
            ax.barh(yk, np.nan_to_num(v), height=h * 0.9, color=plots.WARNA[warna], label=label)
            for yi, vi in zip(yk, v):
                ax.text((0 if np.isnan(vi) else vi) + 1, yi, "tidak diketahui" if np.isnan(vi) else format_persen(vi),
                        va="center",
                        fontsize=plots.HURUF_KECIL - 3)
        ax.set_xlim(0, 125)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: format_persen(v, 0)))
        plots._legenda_bawah(fig, ax, 2)
    return fig


__all__ = ["KUNCI", "NAMA", "TABEL", "arah_indikator", "bagian", "daftar_tanpa_keluaran", "grafik_porsi", "kalimat", "label_prioritas",
           "lokasi_semua_kecamatan", "n_depan", "outcome_tercapai", "porsi_penunjang", "porsi_per_perangkat_daerah", "sumber_dana", "tabel_analisis",
           "tampilan", "tanpa_keluaran"]
