"""SIPD realisation lines -> what is realised, when, and the serapan series per unit and period.

``hitung_realisasi`` is the counting rule, in one place: it decides for every payment-document
line whether it is realised, when, for how much, or why not (``sipd_realisasi``).
``per_periode`` sums the realised lines per perangkat daerah, program, kegiatan and sub
kegiatan, per month and per quarter, cumulatively, with the payments in process at the end of
each period (``sipd_realisasi_periode``). Both are vectorised: cost linear in the lines.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .sipd import INDUK, dengan_skpd_induk, skpd_tertulis

#: What became of a line (``sipd_realisasi.status_realisasi``), in report order.
STATUS = ["terealisasi", "dalam_proses", "bukan_belanja", "sp2d_tidak_lengkap", "jenis_tidak_dikenal",
          "di_luar_tahun", "ganda"]
#: Transactions paid through the treasurer's cash (uang persediaan, ganti uang, tambahan uang):
#: spent on their TBP.
KAS_BENDAHARA = ("UP", "GU", "TU")
#: The key of "the same line" across exports (``nomor_kunci`` is the document number of the key).
KUNCI = ["nomor_kunci", "kode_skpd", "kode_sub_skpd", "kode_sub_giat", "kode_rekening", "nilai_realisasi"]
#: Money of the records, renamed with the ``_rp`` suffix in ``sipd_realisasi``.
UANG_RP = {"nilai_realisasi": "nilai_realisasi_rp", "nilai_setoran": "nilai_setoran_rp",
           "nilai_sp2d": "nilai_sp2d_rp", "nilai_spd_detail": "nilai_spd_detail_rp"}
#: The units of ``per_periode``: level -> (its code column, its name column) in the lines. Every
#: unit lies within one SKPD (``kode_skpd_induk``: ``dengan_skpd``); a program, kegiatan or sub
#: kegiatan is the SKPD's, its sub-units together; ``sub_unit`` is each sub-unit's own total.
TINGKAT = {"perangkat_daerah": ("kode_skpd_induk", "nama_skpd_induk"), "sub_unit": ("kode_sub_skpd", "nama_sub_skpd"),
           "program": ("kode_program", "nama_program"), "kegiatan": ("kode_giat", "nama_giat"),
           "sub_kegiatan": ("kode_sub_giat", "nama_sub_giat")}
#: The columns of ``sipd_realisasi_periode``, in order (``kode_skpd`` / ``nama_skpd``: the SKPD).
KOLOM_PERIODE = ["tahun", "agregasi", "kode_skpd", "nama_skpd", "dasar_skpd", "kode", "nama", "kode_program",
                 "kode_kegiatan", "periode", "nomor", "bulan_akhir", "realisasi_rp", "realisasi_kumulatif_rp",
                 "dalam_proses_rp"]
#: What decided a line's SKPD (``dasar_skpd`` of ``sipd_realisasi``): the plan's mapping of the
#: sub-unit (``rencana_`` + the plan's own rule), else ``tables.sipd.skpd_induk``'s rules applied
#: to the realisation records themselves (``tables.sipd.DASAR_SKPD``).
DASAR_RENCANA = "rencana_"


def dengan_skpd(rekaman: pd.DataFrame, rencana: pd.DataFrame | None = None,
                daftar_skpd: pd.DataFrame | None = None) -> pd.DataFrame:
    """The realisation records with the SKPD of their sub-unit (``kode_skpd_induk``,
    ``nama_skpd_induk``, ``dasar_skpd``), their own fields as SIPD wrote them.

    A realisation export writes the sub-unit as ``kode_skpd`` (a Puskesmas with its own
    treasury files its own exports), so the SKPD is decided as the plan decides it:

    - with a plan (``sipd_rencana``), a sub-unit the plan holds (``kode_sub_skpd``) belongs to
      the plan's SKPD for it (``dasar_skpd`` ``rencana_`` + the rule that decided it in the
      plan: ``rencana_berkas``, ``rencana_daftar_skpd``, ``rencana_rekaman``); a sub-unit the
      plan places in two SKPD takes the first (in the plan's order);
    - otherwise ``tables.sipd.skpd_induk``'s rules on the realisation records alone (SIPD's SKPD
      list when given, the record's ``kode_skpd`` against ``kode_sub_skpd``, the export file,
      the record): a sub-unit filing exports of its own is then its own SKPD (``berkas``),
      since nothing in those exports names another.

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["pkm.json"], "kode_skpd": ["1.02.01.0001"], "nama_skpd": ["PUSKESMAS A"]})
    >>> r = r.assign(kode_sub_skpd=r["kode_skpd"], nama_sub_skpd=r["nama_skpd"])
    >>> dengan_skpd(r)[["kode_skpd_induk", "dasar_skpd"]].values.tolist()
    [['1.02.01.0001', 'berkas']]
    >>> plan = pd.DataFrame({"kode_sub_skpd": ["1.02.01.0001"], "kode_skpd_induk": ["1.02.01.0000"],
    ...                      "nama_skpd_induk": ["DINAS KESEHATAN"], "dasar_skpd": ["berkas"]})
    >>> dengan_skpd(r, plan)[["kode_skpd_induk", "nama_skpd_induk", "dasar_skpd"]].values.tolist()
    [['1.02.01.0000', 'DINAS KESEHATAN', 'rencana_berkas']]
    """
    out = dengan_skpd_induk(rekaman, daftar_skpd)
    if rencana is None or not len(rencana):
        return out
    plan = skpd_tertulis(rencana)
    sub = plan["kode_sub_skpd"] if "kode_sub_skpd" in plan else plan["kode_skpd"]
    known = plan.assign(_sub=sub.astype("string")).dropna(subset=["_sub"]).drop_duplicates("_sub").set_index("_sub")
    unit = out["kode_sub_skpd"].astype("string")
    hit = unit.isin(known.index).to_numpy(bool)
    if not hit.any():
        return out
    for col in INDUK[3:5]:
        out[col] = out[col].mask(hit, unit.map(known[col]).astype("string"))
    out["dasar_skpd"] = out["dasar_skpd"].mask(hit, DASAR_RENCANA + unit.map(known["dasar_skpd"]).astype("string"))
    return out


def hitung_realisasi(rekaman: pd.DataFrame) -> pd.DataFrame:
    """The counting rule: every line of the realisation exports with what it counts for.

    1. **LS** (``jenis_transaksi`` LS, paid directly to the payee): realised on its **SP2D
       date** (``tanggal_sp2d``), when the line has both the SP2D number and date. An SPP or
       SPM with neither is ``dalam_proses``: reported apart (``dalam_proses_rp``), never
       counted. One without the other is ``sp2d_tidak_lengkap``: not counted, shown.
    2. **UP / GU / TU** (the treasurer's cash): a **TBP** line is realised on its date
       (``tanggal_dokumen``); the SPP / SPM / SP2D of these transactions move cash to the
       treasurer (the advance, its replenishment), not spending: ``bukan_belanja``, shown,
       never counted (the TBP lines they replenish are).
    3. A ``jenis_transaksi`` other than LS, UP, GU, TU: ``jenis_tidak_dikenal``, not counted.
    4. The value is ``nilai_realisasi`` minus ``nilai_setoran`` (a return; missing is 0),
       subtracted on the line's own date (the export dates no return).
    5. A line realised on a date outside the budget year (``tahun``) is ``di_luar_tahun``:
       not counted in the year, shown.
    6. **The same line in two exports is counted once.** The same line is the same document
       number (``nomor_kunci``: an LS line's ``nomor_spp``, which it keeps from SPP to SP2D,
       else its ``nomor_dokumen``; a TBP's ``nomor_dokumen``), office, sub-unit, sub kegiatan,
       account (``kode_rekening``) and ``nilai_realisasi`` (``KUNCI``): the sub kegiatan is part
       of it, because one TBP or SP2D may pay the same account and value on two sub kegiatan.
       The line counted is the most advanced version (one with an SP2D before one without:
       January's SPM in process is February's payment), else the one of the export reaching
       the latest date, else the later file by name; the others are ``ganda``, with
       ``berkas_asal`` / ``rekaman_asal`` naming the line counted. Lines with the same key
       within one export are all counted (the export says they are two). A line that every
       export holding it holds once is the same line **even when its value differs** between
       exports (SIPD's later export supersedes the earlier one for the same document line: an
       SPP corrected before its SP2D): it too is counted once, from its most advanced or latest
       version by the same order, the other versions ``ganda`` and reported
       (``findings.realisation.nilai_berubah``), never counted twice in silence.

    Parameters
    ----------
    rekaman : DataFrame
        ``sources.sipd_realisation.SipdRealisasiSource.rekaman``.

    Returns
    -------
    DataFrame
        ``sipd_realisasi``: the records (money renamed ``*_rp``) and ``status_realisasi``
        (``STATUS``), ``nomor_kunci``, ``tanggal_realisasi`` (the SP2D or TBP date; NaT when
        not realised), ``nilai_bersih_rp`` (value less return), ``realisasi_rp`` (it, for a
        ``terealisasi`` line, else 0), ``dalam_proses_rp`` (it, for ``dalam_proses``, else 0),
        ``berkas_asal``, ``rekaman_asal``.

    Examples
    --------
    >>> rec = pd.DataFrame({"berkas": ["jan.json", "feb.json"], "rekaman": [1, 1], "tahun": [2026, 2026],
    ...     "kode_skpd": "1.02", "kode_sub_skpd": "1.02", "kode_sub_giat": "1.02.02.2.01.0014",
    ...     "kode_rekening": "5.1.02.01.01.0029", "nomor_dokumen": "SPP-1", "nomor_spp": "SPP-1",
    ...     "jenis_dokumen": "SPP", "jenis_transaksi": "LS", "nomor_sp2d": [None, "SP2D-5"],
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-28"] * 2),
    ...     "tanggal_sp2d": pd.to_datetime([None, "2026-02-03"]), "nilai_realisasi": 200.0, "nilai_setoran": 0.0})
    >>> hitung_realisasi(rec)[["berkas", "status_realisasi", "realisasi_rp", "berkas_asal"]].values.tolist()
    [['jan.json', 'ganda', 0.0, 'feb.json'], ['feb.json', 'terealisasi', 200.0, <NA>]]
    """
    r = rekaman.reset_index(drop=True)
    ls = r["jenis_transaksi"].eq("LS").fillna(False).to_numpy(bool)
    kas = r["jenis_transaksi"].isin(KAS_BENDAHARA).to_numpy(bool)
    tbp = r["jenis_dokumen"].eq("TBP").fillna(False).to_numpy(bool)
    no_sp2d, tgl_sp2d = r["nomor_sp2d"].notna().to_numpy(bool), r["tanggal_sp2d"].notna().to_numpy(bool)
    status = np.select(
        [ls & no_sp2d & tgl_sp2d, ls & ~no_sp2d & ~tgl_sp2d, ls, kas & tbp, kas],
        ["terealisasi", "dalam_proses", "sp2d_tidak_lengkap", "terealisasi", "bukan_belanja"],
        "jenis_tidak_dikenal").astype(object)
    tanggal = pd.Series(np.where(ls, r["tanggal_sp2d"], r["tanggal_dokumen"]), index=r.index,
                        dtype=r["tanggal_dokumen"].dtype).where(status == "terealisasi")
    outside = (status == "terealisasi") & (tanggal.dt.year != r["tahun"]).fillna(False).to_numpy(bool)
    status[outside] = "di_luar_tahun"

    # the same line in two exports: counted once, from its most advanced version
    nomor = r["nomor_spp"].fillna(r["nomor_dokumen"]).where(ls, r["nomor_dokumen"])
    files = list(dict.fromkeys(r["berkas"]))
    f = r["berkas"].map({b: i for i, b in enumerate(files)}).to_numpy()
    reach = r[["tanggal_dokumen", "tanggal_sp2d"]].max(axis=1).groupby(r["berkas"]).transform("max")
    keyed = r.assign(nomor_kunci=nomor)[KUNCI].assign(
        _sp2d=ls & tgl_sp2d, _reach=reach, _f=f, _pos=np.arange(len(r)))
    # a line held once by every export that holds it is one line even when its value changed
    # between them (a corrected SPP, a later export): the value leaves the key (``nilai_berubah``)
    line = KUNCI[:-1]
    per_file = keyed.groupby(line + ["_f"], dropna=False, sort=False)["_pos"].transform("size")
    single = per_file.groupby([keyed[c] for c in line], dropna=False, sort=False).transform("max").eq(1)
    keyed["nilai_realisasi"] = keyed["nilai_realisasi"].astype(float).where(~single.to_numpy(bool))
    order = keyed.sort_values(["_sp2d", "_reach", "_f", "_pos"], ascending=[False, False, False, True], kind="stable")
    kept_pos = order.groupby(KUNCI, dropna=False, sort=False)["_pos"].transform("first").reindex(r.index).to_numpy()
    ganda = f != f[kept_pos]
    status[ganda] = "ganda"

    out = r.rename(columns=UANG_RP)
    bersih = out["nilai_realisasi_rp"] - out["nilai_setoran_rp"].fillna(0)
    out["status_realisasi"] = pd.Categorical(status, categories=STATUS)
    out["nomor_kunci"] = nomor.astype("string")
    out["tanggal_realisasi"] = tanggal.where(status == "terealisasi")
    out["nilai_bersih_rp"] = bersih
    out["realisasi_rp"] = bersih.where(status == "terealisasi", 0.0)
    out["dalam_proses_rp"] = bersih.where(status == "dalam_proses", 0.0)
    asal = r.iloc[kept_pos]
    out["berkas_asal"] = pd.Series(asal["berkas"].to_numpy(), dtype="string").where(ganda)
    out["rekaman_asal"] = pd.Series(asal["rekaman"].to_numpy(), dtype="Int64").where(ganda)
    return out


def per_periode(baris: pd.DataFrame) -> pd.DataFrame:
    """Realisation per perangkat daerah, program, kegiatan and sub kegiatan, per month and
    quarter of the budget year, cumulative, with the payments in process at each period's end.

    One row per unit and period (tidy), every period from January to the month of the latest
    date the exports hold (``bulan_akhir``; a quarter still running ends there), zeros where a
    unit has nothing. ``realisasi_rp``: the ``terealisasi`` lines dated in the period;
    ``realisasi_kumulatif_rp``: from January to the period's end; ``dalam_proses_rp``: LS lines
    whose SPP is dated on or before the period's end and whose SP2D is not (none yet, or
    later: January's SPM paid in February was in process at the end of January). Units are
    those of the lines (``ganda`` left out), within their SKPD (``kode_skpd_induk``:
    ``dengan_skpd``; lines without it, each office its own): the SKPD, each of its sub-units
    (``sub_unit``), and its programs, kegiatan and sub kegiatan, its sub-units together; a
    program of two SKPD is two units. ``kode_skpd`` / ``nama_skpd`` name the SKPD,
    ``dasar_skpd`` the rule(s) that placed its sub-units in it.

    Parameters
    ----------
    baris : DataFrame
        ``hitung_realisasi``'s result.

    Returns
    -------
    DataFrame
        ``sipd_realisasi_periode`` (``KOLOM_PERIODE``).

    Examples
    --------
    >>> baris = pd.DataFrame({"tahun": [2026, 2026], "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "kode_program": "1.02.02", "nama_program": "P", "kode_giat": "1.02.02.2.01", "nama_giat": "K",
    ...     "kode_sub_giat": "1.02.02.2.01.0014", "nama_sub_giat": "S", "jenis_transaksi": ["GU", "LS"],
    ...     "status_realisasi": ["terealisasi", "dalam_proses"], "realisasi_rp": [10.0, 0.0],
    ...     "nilai_bersih_rp": [10.0, 5.0], "tanggal_realisasi": pd.to_datetime(["2026-01-20", None]),
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-20", "2026-02-25"]), "tanggal_sp2d": pd.NaT})
    >>> t = per_periode(baris)
    >>> t[t["agregasi"] == "perangkat_daerah"][["periode", "nomor", "realisasi_kumulatif_rp",
    ...                                          "dalam_proses_rp"]].values.tolist()
    [['bulan', 1, 10.0, 0.0], ['bulan', 2, 10.0, 5.0], ['triwulan', 1, 10.0, 5.0]]
    """
    b = _skpd(baris[baris["status_realisasi"].astype(str) != "ganda"].reset_index(drop=True))
    tahun = int(b["tahun"].dropna().iloc[0]) if b["tahun"].notna().any() else None
    dates = pd.concat([b["tanggal_dokumen"], b["tanggal_realisasi"]])
    in_year = dates[dates.dt.year == tahun] if tahun is not None else dates.iloc[0:0]
    last = int(in_year.dt.month.max()) if len(in_year) else 12
    months = np.arange(1, last + 1)

    counted = (b["status_realisasi"].astype(str) == "terealisasi").to_numpy(bool)
    month_real = b["tanggal_realisasi"].dt.month.fillna(0).to_numpy(int)
    # in process at a month's end: from the SPP's month (clipped to the year) until the SP2D's month
    st = b["status_realisasi"].astype(str)
    process = (b["jenis_transaksi"].eq("LS").fillna(False) & st.isin(["terealisasi", "dalam_proses", "di_luar_tahun"])
               & b["tanggal_dokumen"].notna()).to_numpy(bool)
    doc_year, doc_month = b["tanggal_dokumen"].dt.year.to_numpy(float), b["tanggal_dokumen"].dt.month.to_numpy(float)
    start = np.where(doc_year < (tahun or 0), 1, np.where(doc_year > (tahun or 0), 13, doc_month))
    sp2d_year, sp2d_month = b["tanggal_sp2d"].dt.year.to_numpy(float), b["tanggal_sp2d"].dt.month.to_numpy(float)
    end = np.where(np.isnan(sp2d_year) | (st == "dalam_proses").to_numpy(bool), 13,
                   np.where(sp2d_year > (tahun or 0), 13, np.where(sp2d_year < (tahun or 0), 1, sp2d_month)))
    value = b["nilai_bersih_rp"].astype(float).fillna(0.0).to_numpy()

    units, idx = [], []
    # the rule(s) that placed an SKPD's sub-units in it; a sub-unit's own for its row
    dasar_skpd = _dasar(b, "kode_skpd_induk")
    dasar_unit = _dasar(b, "kode_skpd_induk", "kode_sub_skpd")
    for level, (kode, nama) in TINGKAT.items():
        keys = b["kode_skpd_induk"].astype(str) + "\x00" + b[kode].astype(str)
        codes, uniq = pd.factorize(keys)
        first = pd.Series(np.arange(len(b))).groupby(codes).first().to_numpy()
        unit = b.iloc[first]
        dasar = (unit["kode_skpd_induk"].astype(str) + "\x00" + unit["kode_sub_skpd"].astype(str)).map(dasar_unit) \
            if level == "sub_unit" else unit["kode_skpd_induk"].astype(str).map(dasar_skpd)
        units.append(pd.DataFrame({
            "agregasi": level, "kode_skpd": unit["kode_skpd_induk"].to_numpy(),
            "nama_skpd": b["nama_skpd_induk"].groupby(codes).first().to_numpy(), "dasar_skpd": dasar.to_numpy(),
            "kode": unit[kode].to_numpy(), "nama": b[nama].groupby(codes).first().to_numpy(),
            "kode_program": unit["kode_program"].to_numpy() if level in ("kegiatan", "sub_kegiatan") else None,
            "kode_kegiatan": unit["kode_giat"].to_numpy() if level == "sub_kegiatan" else None}))
        idx.append(codes + sum(len(u) for u in units[:-1]))
    unit_table = pd.concat(units, ignore_index=True)
    n_units = len(unit_table)
    line_unit = np.concatenate(idx)
    rep = lambda a: np.tile(a, len(TINGKAT))  # noqa: E731 - each line once per level

    real = np.zeros((n_units, 14))
    np.add.at(real, (line_unit, rep(np.where(counted, month_real, 0))), rep(np.where(counted, value, 0.0)))
    delta = np.zeros((n_units, 14))
    s, e, v = rep(start.astype(int)), rep(end.astype(int)), rep(np.where(process, value, 0.0))
    np.add.at(delta, (line_unit, s), v)
    np.add.at(delta, (line_unit, e), -v)
    cum_real = real[:, 1:last + 1].cumsum(axis=1)
    proc = delta[:, 1:last + 1].cumsum(axis=1)
    monthly = real[:, 1:last + 1]

    quarters = np.arange(1, (last + 2) // 3 + 1)
    q_end = np.minimum(quarters * 3, last)
    q_start = (quarters - 1) * 3
    cum0 = np.concatenate([np.zeros((n_units, 1)), cum_real], axis=1)
    periods = [("bulan", months, months, monthly, cum_real, proc),
               ("triwulan", quarters, q_end, cum0[:, q_end] - cum0[:, q_start], cum_real[:, q_end - 1],
                proc[:, q_end - 1])]
    parts = []
    for name, nomor, akhir, flow, cum, pro in periods:
        k = len(nomor)
        parts.append(unit_table.loc[np.repeat(np.arange(n_units), k)].reset_index(drop=True).assign(
            _u=np.repeat(np.arange(n_units), k), periode=name, nomor=np.tile(nomor, n_units),
            bulan_akhir=np.tile(akhir, n_units), realisasi_rp=flow.ravel(), realisasi_kumulatif_rp=cum.ravel(),
            dalam_proses_rp=pro.ravel()))
    out = pd.concat(parts, ignore_index=True)
    out["tahun"] = tahun
    level_order = {lv: i for i, lv in enumerate(TINGKAT)}
    out = out.assign(_l=out["agregasi"].map(level_order)).sort_values(
        ["kode_skpd", "_l", "kode", "periode", "nomor"], kind="stable").reset_index(drop=True)
    out["tahun"] = out["tahun"].astype("Int64")
    out["agregasi"] = pd.Categorical(out["agregasi"], categories=list(TINGKAT))
    out["periode"] = pd.Categorical(out["periode"], categories=["bulan", "triwulan"])
    for col in ("nomor", "bulan_akhir"):
        out[col] = out[col].astype("Int64")
    for col in ("kode_skpd", "nama_skpd", "dasar_skpd", "kode", "nama", "kode_program", "kode_kegiatan"):
        out[col] = out[col].astype("string")
    for col in ("realisasi_rp", "realisasi_kumulatif_rp", "dalam_proses_rp"):
        out[col] = out[col].round(2).astype("Float64")
    return out[KOLOM_PERIODE]


def _skpd(baris: pd.DataFrame) -> pd.DataFrame:
    """``baris`` with its SKPD columns (``dengan_skpd``'s) as they are, or, for lines without them
    (a table built by hand), each office its own SKPD (``tables.sipd.skpd_tertulis``), its own
    sub-unit where the lines name none."""
    b = baris
    if "kode_sub_skpd" not in b:
        b = b.assign(kode_sub_skpd=b["kode_skpd"], nama_sub_skpd=b["nama_skpd"])
    return skpd_tertulis(b)


def _dasar(b: pd.DataFrame, *keys: str) -> pd.Series:
    """The distinct ``dasar_skpd`` of the lines per key (the columns ``keys``, in this order,
    joined by NUL), sorted and joined by ", "."""
    key = b[keys[0]].astype(str)
    for k in keys[1:]:
        key = key + "\x00" + b[k].astype(str)
    pairs = pd.DataFrame({"k": key, "d": b["dasar_skpd"].astype("string")}).dropna().drop_duplicates()
    return pairs.sort_values(["k", "d"]).groupby("k", sort=False)["d"].agg(", ".join)


#: The columns of ``serapan_rencana``'s table, in order.
KOLOM_SERAPAN = ["tahun", "agregasi", "kode_skpd", "nama_skpd", "dasar_skpd", "kode", "nama", "ada_di", "triwulan", "bulan_akhir",
                 "pagu_rp", "realisasi_kumulatif_rp", "dalam_proses_rp", "serapan_persen", "harapan_persen",
                 "serapan_relatif_persen"]
#: Which side a unit of ``serapan_rencana`` is on.
ADA_DI = ["keduanya", "hanya_rencana", "hanya_realisasi"]


def _plan_units(rencana: pd.DataFrame) -> pd.DataFrame:
    """The plan's pagu per SKPD (``kode_skpd_induk``: its sub-units and files together, as the
    realisation's units) and program / kegiatan / sub kegiatan code, per sub-unit and per SKPD
    (the sums of their sub kegiatan)."""
    levels = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub_kegiatan"}
    r = _skpd(skpd_tertulis(rencana))
    r = r[r["level"].astype(str).isin(list(levels))]
    r = r.assign(kode_skpd=r["kode_skpd_induk"], nama_skpd=r["nama_skpd_induk"])
    units = r.groupby(["kode_skpd", r["level"].astype(str).rename("agregasi"), "kode"], sort=False).agg(
        nama_skpd=("nama_skpd", "first"), nama=("nama", "first"),
        pagu_rp=("pagu_rp", lambda s: s.sum(min_count=1))).reset_index()
    sub = units[units["agregasi"] == "sub_kegiatan"]
    office = sub.groupby("kode_skpd", sort=False).agg(
        nama_skpd=("nama_skpd", "first"), pagu_rp=("pagu_rp", lambda s: s.sum(min_count=1))).reset_index()
    office = office.assign(agregasi="perangkat_daerah", kode=office["kode_skpd"], nama=office["nama_skpd"])
    sub_rows = r[r["level"].astype(str) == "sub_kegiatan"]
    unit = sub_rows.groupby(["kode_skpd", "kode_sub_skpd"], sort=False).agg(
        nama_skpd=("nama_skpd", "first"), nama=("nama_sub_skpd", "first"),
        pagu_rp=("pagu_rp", lambda s: s.sum(min_count=1))).reset_index()
    unit = unit.rename(columns={"kode_sub_skpd": "kode"}).assign(agregasi="sub_unit")
    return pd.concat([office, unit, units], ignore_index=True)


def serapan_rencana(periode: pd.DataFrame, rencana: pd.DataFrame, paksa: bool = False) -> pd.DataFrame:
    """Realisation against the plan: serapan per office, program, kegiatan and sub kegiatan up to
    the end of each quarter, beside the quarterly expectation.

    The plan is a SIPD Renja export of the same year (``load_sipd(...).rencana``): its pagu per
    SKPD (``kode_skpd_induk``) and code, its sub-units taken together, and per sub-unit
    (``sub_unit``). Units are matched on the SKPD (``kode_skpd`` of ``per_periode``: the lines'
    SKPD, ``dengan_skpd``) and the code as SIPD writes both (``X.XX`` placeholders on both
    sides); ``dasar_skpd`` says how the realisation's SKPD was decided (NA for an SKPD only the
    plan holds). ``serapan_persen`` = cumulative realisation / pagu x 100 (``metrics.serapan``: NA for
    a pagu of 0 or none); an office's is its whole realisation over the pagu of its planned sub
    kegiatan, realisation on a sub kegiatan outside the plan included (``ada_di`` shows such
    units as ``hanya_realisasi``). ``harapan_persen`` is the suite's linear expectation
    (``metrics.harapan_triwulan``: 25 / 50 / 75 / 100 % at the quarters' ends), for a quarter
    still running the same line at its last month (``bulan_akhir`` x 100 / 12);
    ``serapan_relatif_persen`` the serapan as a percent of it.

    Parameters
    ----------
    periode : DataFrame
        ``sipd_realisasi_periode`` (``per_periode``); its quarters are used.
    rencana : DataFrame
        ``sipd_rencana`` of the same budget year.
    paksa : bool
        Set a plan of another year against the realisation all the same (``--paksa``; the
        caller says so: ``findings.realisation.temuan_kesesuaian``).

    Returns
    -------
    DataFrame
        One row per unit and quarter (``KOLOM_SERAPAN``); units of the plan without realisation
        have 0 realised, units of the realisation without plan an NA pagu and serapan. An office
        of the plan that no realisation line is of (``ada_di`` ``hanya_rencana`` at
        ``perangkat_daerah``: no export of it given) has an NA realisation, in process and serapan
        on every row of its units: not known, not 0 (``findings.realisation.terhadap_rencana``
        reports it: ``sipd_realisasi_tanpa_ekspor``).

    Raises
    ------
    RenjaParseError
        When the plan and the realisation are not of the same budget year (unless ``paksa``).

    Examples
    --------
    >>> periode = pd.DataFrame({"tahun": [2026], "agregasi": ["sub_kegiatan"], "kode_skpd": ["1"],
    ...     "nama_skpd": ["DINAS"], "kode": ["1.02.02.2.01.0014"], "nama": ["Obat"], "periode": ["triwulan"],
    ...     "nomor": [1], "bulan_akhir": [3], "realisasi_kumulatif_rp": [200.0], "dalam_proses_rp": [0.0]})
    >>> rencana = pd.DataFrame({"tahun": [2026], "kode_skpd": ["1"], "nama_skpd": ["DINAS"],
    ...     "level": ["sub_kegiatan"], "kode": ["1.02.02.2.01.0014"], "nama": ["Obat"], "pagu_rp": [1000.0]})
    >>> serapan_rencana(periode, rencana).query("agregasi == 'sub_kegiatan'")[
    ...     ["serapan_persen", "harapan_persen", "serapan_relatif_persen"]].values.tolist()
    [[20.0, 25.0, 80.0]]
    """
    from .. import metrics
    from ..errors import RenjaParseError

    q = periode[periode["periode"].astype(str) == "triwulan"]
    years_real = set(q["tahun"].dropna().astype(int))
    years_plan = set(rencana["tahun"].dropna().astype(int))
    if years_real and years_plan and years_real != years_plan and not paksa:
        raise RenjaParseError(None, "rencana dan realisasi SIPD dari tahun anggaran lain",
                              expected="ekspor Renja dan realisasi tahun yang sama",
                              found=f"rencana {sorted(years_plan)}, realisasi {sorted(years_real)}")
    plan = _plan_units(rencana)
    key = ["agregasi", "kode_skpd", "kode"]
    quarters = q[["nomor", "bulan_akhir"]].drop_duplicates().rename(columns={"nomor": "triwulan"})
    if "dasar_skpd" not in q:
        q = q.assign(dasar_skpd=pd.Series(pd.NA, index=q.index, dtype="string"))
    real_units = q[key + ["nama_skpd", "dasar_skpd", "nama"]].drop_duplicates(key)
    units = real_units.merge(plan[key + ["pagu_rp"]], on=key, how="outer", indicator=True)
    office_dasar = real_units[real_units["agregasi"].astype(str) == "perangkat_daerah"].set_index("kode_skpd")[
        "dasar_skpd"]
    units["dasar_skpd"] = units["dasar_skpd"].astype("string").fillna(
        units["kode_skpd"].map(office_dasar).astype("string"))
    units = units.merge(plan[key + ["nama_skpd", "nama"]].rename(columns={"nama_skpd": "_ns", "nama": "_n"}),
                        on=key, how="left")
    units["nama_skpd"] = units["nama_skpd"].fillna(units["_ns"])
    units["nama"] = units["nama"].fillna(units["_n"])
    units["ada_di"] = units["_merge"].astype(str).map(
        {"both": "keduanya", "right_only": "hanya_rencana", "left_only": "hanya_realisasi"})
    out = units.drop(columns=["_merge", "_ns", "_n"]).merge(quarters, how="cross")
    out = out.merge(q[key + ["nomor", "realisasi_kumulatif_rp", "dalam_proses_rp"]].rename(
        columns={"nomor": "triwulan"}), on=key + ["triwulan"], how="left")
    # an office no realisation line is of (no export of it given): its realisation is not known, not 0
    absent = (~out["kode_skpd"].isin(set(q["kode_skpd"].dropna()))).to_numpy(bool)
    for col in ("realisasi_kumulatif_rp", "dalam_proses_rp"):
        out[col] = out[col].astype("Float64").fillna(0.0).mask(absent)
    out["tahun"] = (sorted(years_real or years_plan) or [pd.NA])[0]
    out["pagu_rp"] = out["pagu_rp"].astype("Float64")
    out["serapan_persen"] = metrics.serapan(out["realisasi_kumulatif_rp"], out["pagu_rp"]).astype("Float64")
    complete = out["bulan_akhir"] == out["triwulan"] * 3
    out["harapan_persen"] = metrics.harapan_triwulan(out["triwulan"]).astype("Float64").where(
        complete, out["bulan_akhir"].astype(float) * 100 / 12)
    out["serapan_relatif_persen"] = metrics.relatif_terhadap_harapan(
        out["serapan_persen"], harapan=out["harapan_persen"]).astype("Float64")
    order = {lv: i for i, lv in enumerate(TINGKAT)}
    out = out.assign(_l=out["agregasi"].map(order)).sort_values(["kode_skpd", "_l", "kode", "triwulan"],
                                                                 kind="stable").reset_index(drop=True)
    out["tahun"] = out["tahun"].astype("Int64")
    out["agregasi"] = pd.Categorical(out["agregasi"], categories=list(TINGKAT))
    out["ada_di"] = pd.Categorical(out["ada_di"], categories=ADA_DI)
    for col in ("triwulan", "bulan_akhir"):
        out[col] = out[col].astype("Int64")
    for col in ("kode_skpd", "nama_skpd", "dasar_skpd", "kode", "nama"):
        out[col] = out[col].astype("string")
    return out[KOLOM_SERAPAN]
