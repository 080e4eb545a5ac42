"""The pemda view of SIPD-RI data: pagu and counts by urusan, bidang urusan, perangkat
daerah and sub-unit, pagu n+1 against n, and the SIPD findings per perangkat daerah.

Everything is summed from the sub kegiatan rows of ``sipd_rencana`` (what SIPD states
as totals is checked, not used). A perangkat daerah is an SKPD as SIPD defines it
(``kode_skpd_induk``: ``tables.sipd.skpd_induk``, from SIPD's SKPD list, the record or the
export file, said in ``dasar_skpd``), its Puskesmas, UPTD, RSUD unit or kelurahan are its
sub-units. Programs and kegiatan are counted as distinct codes per perangkat daerah (a
program run by a dinas and its UPTD is one program of the office); sub kegiatan as rows.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..findings.sipd import berkas_dari_tabel, pagu_skpd
from ..tables.sipd import skpd_tertulis

#: The groupings of ``sipd_pemda``, in order: (agregasi, code, name, parent code).
AGREGASI = [
    ("urusan", "kode_urusan", "nama_urusan", None),
    ("bidang_urusan", "kode_bidang_urusan", "nama_bidang_urusan", "kode_urusan"),
    ("perangkat_daerah", "kode_skpd_induk", "nama_skpd_induk", None),
    ("sub_unit", "kode_sub_skpd", "nama_sub_skpd", "kode_skpd_induk"),
]
KOLOM = ["agregasi", "kode", "nama", "kode_induk", "jumlah_perangkat_daerah", "jumlah_sub_unit",
         "jumlah_program", "jumlah_kegiatan", "jumlah_sub_kegiatan", "jumlah_sub_kegiatan_pagu_nol", "pagu_rp",
         "pagu_n_depan_rp", "selisih_n_depan_rp", "selisih_n_depan_persen", "porsi_pagu_persen",
         "jumlah_temuan", "jumlah_temuan_kritis", "dasar_skpd", "pagu_indikatif_rp", "pagu_skpd_rp"]


def _sub(rencana: pd.DataFrame) -> pd.DataFrame:
    sub = skpd_tertulis(rencana[rencana["level"].astype(str) == "sub_kegiatan"])
    return sub.assign(_program=sub["kode_skpd_induk"] + "|" + sub["kode_program"],
                      _kegiatan=sub["kode_skpd_induk"] + "|" + sub["kode_kegiatan"],
                      _unit=sub["kode_skpd_induk"] + "|" + sub["kode_sub_skpd"],
                      _nol=(sub["pagu_rp"] == 0).fillna(False).astype(int))


def temuan_unit(temuan: pd.DataFrame, rekaman: pd.DataFrame) -> pd.DataFrame:
    """Each SIPD finding with the perangkat daerah and sub-unit of the record it names
    (``kode_skpd``, ``kode_sub_skpd``, ``nama_skpd`` as the record writes them;
    ``kode_skpd_induk``, ``nama_skpd_induk``: its SKPD; NA where it names none)."""
    cols = ["kode_skpd", "kode_sub_skpd", "nama_skpd", "kode_skpd_induk", "nama_skpd_induk"]
    rec = skpd_tertulis(rekaman)[["berkas", "baris"] + cols].drop_duplicates(["berkas", "baris"])
    key = pd.DataFrame({"berkas": berkas_dari_tabel(temuan["tabel"]).to_numpy(),
                        "baris": temuan["baris_sumber"].astype("Int64").to_numpy()})
    where = key.merge(rec, on=["berkas", "baris"], how="left")
    return temuan.reset_index(drop=True).assign(**{c: where[c] for c in cols})


def ringkasan_pemda(rencana: pd.DataFrame, temuan: pd.DataFrame | None = None,
                    rekaman: pd.DataFrame | None = None, daftar_skpd: pd.DataFrame | None = None) -> pd.DataFrame:
    """The table ``sipd_pemda``: one row per urusan, bidang urusan, perangkat daerah (SKPD)
    and sub-unit, with counts, pagu n and n+1, pagu indikatif, share of the pemda's pagu
    and (perangkat daerah, sub-unit) the SIPD findings and the rule that decided the
    SKPD (``dasar_skpd``: one value, or the values of its sub-units joined by ", "); with
    SIPD's SKPD list (``daftar_skpd``) the SKPD's ceiling ``pagu_skpd_rp`` (its
    ``set_pagu_skpd``; NA for other rows, and for an SKPD the list does not hold).

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import ROOT
    >>> p = load_sipd(ROOT / "tests" / "data" / "sipd").pemda
    >>> p.loc[p["agregasi"] == "perangkat_daerah", ["kode", "jumlah_sub_kegiatan", "pagu_rp"]].values.tolist()
    [['1.02.0.00.0.00.01.0000', 9, 5026000000.0], ['2.17.0.00.0.00.01.0000', 41, 5527585325.0]]
    """
    sub = _sub(rencana)
    total = float(sub["pagu_rp"].sum())
    found = None
    if temuan is not None and rekaman is not None and len(temuan):
        found = temuan_unit(temuan, rekaman).assign(_kritis=lambda t: (t["tingkat"] == "kritis").astype(int))
        found["_unit"] = found["kode_skpd_induk"] + "|" + found["kode_sub_skpd"]
    parts = []
    for agregasi, code, name, parent in AGREGASI:
        key = "_unit" if agregasi == "sub_unit" else code
        g = sub.groupby(key, sort=True).agg(
            kode=(code, "first"), nama=(name, "first"),
            kode_induk=(parent, "first") if parent else (code, lambda s: pd.NA),
            jumlah_perangkat_daerah=("kode_skpd_induk", "nunique"), jumlah_sub_unit=("_unit", "nunique"),
            jumlah_program=("_program", "nunique"), jumlah_kegiatan=("_kegiatan", "nunique"),
            jumlah_sub_kegiatan=("kode", "size"), jumlah_sub_kegiatan_pagu_nol=("_nol", "sum"),
            pagu_rp=("pagu_rp", "sum"), pagu_n_depan_rp=("pagu_n_depan_rp", lambda s: s.sum(min_count=1)),
            pagu_indikatif_rp=("pagu_indikatif_rp", lambda s: s.sum(min_count=1)),
            dasar_skpd=("dasar_skpd", lambda s: ", ".join(sorted(s.dropna().unique()))))
        if agregasi not in ("perangkat_daerah", "sub_unit"):
            g["dasar_skpd"] = pd.NA
        g["jumlah_temuan"] = g["jumlah_temuan_kritis"] = pd.NA
        if agregasi in ("perangkat_daerah", "sub_unit"):
            if found is None:
                g["jumlah_temuan"] = g["jumlah_temuan_kritis"] = 0
            else:
                counts = found.groupby(key).agg(n=("jenis", "size"), kritis=("_kritis", "sum"))
                g["jumlah_temuan"] = g.index.map(counts["n"]).fillna(0)
                g["jumlah_temuan_kritis"] = g.index.map(counts["kritis"]).fillna(0)
        parts.append(g.reset_index(drop=True).assign(agregasi=agregasi))
    out = pd.concat(parts, ignore_index=True)
    pagu = out["pagu_rp"].astype(float)
    out["selisih_n_depan_rp"] = out["pagu_n_depan_rp"].astype(float) - pagu
    out["selisih_n_depan_persen"] = out["selisih_n_depan_rp"] / pagu.where(pagu > 0) * 100
    out["porsi_pagu_persen"] = pagu / total * 100 if total else pd.NA
    out["pagu_skpd_rp"] = pd.NA
    if daftar_skpd is not None and len(daftar_skpd):
        heads = daftar_skpd[(daftar_skpd["id_skpd"] == daftar_skpd["id_unit"]).fillna(False).to_numpy(dtype=bool)]
        ceiling = heads.drop_duplicates("kode_skpd").set_index("kode_skpd")["set_pagu_skpd"]
        skpd = out["agregasi"] == "perangkat_daerah"
        out.loc[skpd, "pagu_skpd_rp"] = out.loc[skpd, "kode"].map(ceiling)
    out["agregasi"] = pd.Categorical(out["agregasi"], categories=[a for a, *_ in AGREGASI])
    for col in ("kode", "nama", "kode_induk", "dasar_skpd"):
        out[col] = out[col].astype("string")
    for col in KOLOM[4:10] + ["jumlah_temuan", "jumlah_temuan_kritis"]:
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("pagu_rp", "pagu_n_depan_rp", "selisih_n_depan_rp", "selisih_n_depan_persen", "porsi_pagu_persen",
                "pagu_indikatif_rp", "pagu_skpd_rp"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    return out[KOLOM]


#: The columns of ``perangkat_daerah``.
KOLOM_PERANGKAT_DAERAH = ["agregasi", "kode", "nama", "kode_induk", "dasar_skpd", "jumlah_sub_unit",
                          "jumlah_sub_kegiatan", "pagu_rp", "pagu_indikatif_rp", "selisih_indikatif_rp", "pagu_skpd_rp",
                          "selisih_pagu_skpd_rp", "jumlah_temuan", "jumlah_temuan_kritis"]


def perangkat_daerah(pemda: pd.DataFrame) -> pd.DataFrame:
    """The perangkat daerah (SKPD) rows of ``sipd_pemda``, each followed by its sub-units:
    SKPD by pagu, largest first, sub-units by code; with pagu minus pagu indikatif
    (``selisih_indikatif_rp``) and, where SIPD's SKPD list gives the ceiling, pagu minus
    ``set_pagu_skpd`` (``selisih_pagu_skpd_rp``).

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import ROOT
    >>> v = perangkat_daerah(load_sipd(ROOT / "tests" / "data" / "sipd").pemda)
    >>> v[["agregasi", "nama", "dasar_skpd"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['perangkat_daerah', 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH', 'berkas'],
     ['sub_unit', 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH', 'berkas'],
     ['perangkat_daerah', 'DINAS KESEHATAN', 'berkas, rekaman'],
     ['sub_unit', 'DINAS KESEHATAN', 'berkas'], ['sub_unit', 'UPTD PUSKESMAS PLAOSAN', 'rekaman']]
    """
    agg = pemda["agregasi"].astype(str)
    skpd = pemda[agg == "perangkat_daerah"].sort_values(["pagu_rp", "kode"], ascending=[False, True], kind="stable")
    rank = pd.Series(range(len(skpd)), index=skpd["kode"].to_numpy())
    units = pemda[agg == "sub_unit"]
    rows = pd.concat([skpd.assign(_r=rank.to_numpy(), _t=0, _k=""),
                      units.assign(_r=units["kode_induk"].map(rank).to_numpy(), _t=1, _k=units["kode"])])
    rows = rows.sort_values(["_r", "_t", "_k"], kind="stable").reset_index(drop=True)
    rows["selisih_indikatif_rp"] = rows["pagu_rp"] - rows["pagu_indikatif_rp"]
    rows["selisih_pagu_skpd_rp"] = rows["pagu_rp"] - rows["pagu_skpd_rp"]
    return rows[KOLOM_PERANGKAT_DAERAH]


def temuan_per_perangkat_daerah(temuan: pd.DataFrame, rekaman: pd.DataFrame) -> pd.DataFrame:
    """Counts of SIPD findings per perangkat daerah (rows, by name) and type (columns, in
    the order of ``findings.document.JENIS``), with a total column ``jumlah``; types with no
    finding are left out."""
    t = temuan_unit(temuan, rekaman)
    counts = t.groupby(["nama_skpd_induk", "jenis"], observed=True).size().unstack("jenis", fill_value=0)
    counts = counts.loc[:, counts.sum() > 0] if len(counts) else counts
    counts["jumlah"] = counts.sum(axis=1)
    counts.columns = [str(c) for c in counts.columns]
    counts.index.name = "perangkat_daerah"
    return counts.astype(int)


def temuan_per_tingkat(temuan: pd.DataFrame, rekaman: pd.DataFrame) -> pd.DataFrame:
    """Counts of SIPD findings per perangkat daerah (rows, by name, every office of the
    data, in name order) and tingkat (columns ``info``, ``peringatan``, ``kritis``)."""
    t = temuan_unit(temuan, rekaman)
    names = sorted(skpd_tertulis(rekaman)["nama_skpd_induk"].dropna().unique())
    counts = (t.groupby(["nama_skpd_induk", "tingkat"], observed=False).size().unstack("tingkat", fill_value=0)
              if len(t) else pd.DataFrame())
    counts = counts.reindex(index=names, columns=["info", "peringatan", "kritis"], fill_value=0)
    counts.index.name = "perangkat_daerah"
    counts.columns = list(counts.columns)
    return counts.astype(int)


def jumlah_berkas_ekspor(berkas: pd.DataFrame) -> int:
    """The Renja export files of a reading account (``SipdData.berkas``): its rows but the
    SKPD list, which is their companion, not an export of plan records.

    Examples
    --------
    >>> jumlah_berkas_ekspor(pd.DataFrame({"status": ["dibaca", "kosong", "daftar_skpd"]}))
    2
    """
    return int((berkas["status"].astype(str) != "daftar_skpd").sum())


#: How many perangkat daerah the pemda page's "Perlu perhatian" list names.
PERHATIAN_N = 5
#: The columns of ``perhatian``.
KOLOM_PERHATIAN = ["peringkat", "kode_skpd", "nama_skpd", "pagu_rp", "nilai_rp", "nilai_rp_persen_pagu",
                   "jumlah_temuan", "jumlah_temuan_kritis", "nilai_rp_terbesar", "jenis_terbesar"]


def perhatian(temuan: pd.DataFrame, rekaman: pd.DataFrame, rencana: pd.DataFrame,
              n: int | None = None) -> pd.DataFrame:
    """The perangkat daerah ranked by the rupiah at stake in their ``kritis`` and
    ``peringatan`` SIPD findings (``temuan.nilai_rp``): the pemda page's "Perlu perhatian".

    One row per perangkat daerah (the SKPD of the records the findings name,
    ``temuan_unit``'s ``kode_skpd_induk``, shown as ``kode_skpd``/``nama_skpd``) with at least one such finding: its pagu (the sum of its sub
    kegiatan's), ``nilai_rp`` (the sum of its findings' rupiah; a finding without rupiah,
    an indicator or a code, counts in ``jumlah_temuan`` and adds nothing), that sum as a
    share of its pagu, the counts, and its largest finding (rupiah and type). ``info``
    findings (a change below the materiality floor) and findings naming no record (an
    empty export) are left out. One slip is counted once in ``nilai_rp``: findings of one
    type on the same record (file and row) for the same rupiah (a stated total missing the
    same amount at kegiatan, program and sub unit, which SIPD writes on every record) add
    their rupiah once; the counts still count findings. Ranked by ``nilai_rp``, then kritis
    findings, then findings (more first); offices equal on all three share a rank (listed by
    name); ``n``: the first ``n`` only. Other findings may still name one rupiah twice (a
    sub kegiatan's pagu move is also its sub unit's): the sum ranks, it is not a total to
    add up.

    Examples
    --------
    >>> t = pd.DataFrame({"jenis": ["sipd_pagu_nol", "sipd_pagu_n_depan_berubah", "sipd_kode_ganda"],
    ...                   "tingkat": ["peringatan", "info", "kritis"], "tabel": ["SIPD a.json"] * 2 + ["SIPD b.json"],
    ...                   "baris_sumber": [1, 2, 1], "nilai_rp": [200.0, 5.0, 50.0]})
    >>> rek = pd.DataFrame({"berkas": ["a.json", "a.json", "b.json"], "baris": [1, 2, 1],
    ...                     "kode_skpd": ["A", "A", "B"], "kode_sub_skpd": ["A", "A", "B"], "nama_skpd": ["Dinas A", "Dinas A", "Dinas B"]})
    >>> ren = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["A", "A", "B"], "pagu_rp": [0.0, 1000.0, 500.0]})
    >>> perhatian(t, rek, ren)[["peringkat", "nama_skpd", "nilai_rp", "nilai_rp_persen_pagu", "jumlah_temuan"]].values.tolist()
    [[1, 'Dinas A', 200.0, 20.0, 1], [2, 'Dinas B', 50.0, 10.0, 1]]
    >>> t2 = pd.concat([t, t.iloc[[2, 2]]], ignore_index=True)     # Dinas B's Rp50 slip at three levels
    >>> perhatian(t2, rek, ren)[["peringkat", "nama_skpd", "nilai_rp", "jumlah_temuan"]].values.tolist()
    [[1, 'Dinas A', 200.0, 1], [2, 'Dinas B', 50.0, 3]]
    """
    t = temuan_unit(temuan, rekaman).drop(columns=["kode_skpd", "nama_skpd"])
    t = t.rename(columns={"kode_skpd_induk": "kode_skpd", "nama_skpd_induk": "nama_skpd"})
    t = t[t["tingkat"].astype(str).isin(["kritis", "peringatan"]).to_numpy() & t["kode_skpd"].notna().to_numpy()]
    pagu = pagu_skpd(rencana)
    rp = t["nilai_rp"].astype("Float64").fillna(0).astype(float)
    t = t.assign(_rp=rp, _kritis=(t["tingkat"].astype(str) == "kritis").astype(int), jenis=t["jenis"].astype(str))
    sekali = t.drop_duplicates(["kode_skpd", "jenis", "tabel", "baris_sumber", "_rp"])
    g = t.groupby("kode_skpd", sort=True).agg(
        nama_skpd=("nama_skpd", "first"), jumlah_temuan=("jenis", "size"),
        jumlah_temuan_kritis=("_kritis", "sum"), nilai_rp_terbesar=("_rp", "max"))
    # the type of the largest finding: the first of the largest, in the findings' order
    besar = t.sort_values("_rp", ascending=False, kind="stable").drop_duplicates("kode_skpd").set_index("kode_skpd")
    g["nilai_rp"] = sekali.groupby("kode_skpd", sort=True)["_rp"].sum().reindex(g.index)
    g["jenis_terbesar"] = besar["jenis"].reindex(g.index)
    g["pagu_rp"] = pagu.reindex(g.index).astype(float)
    g["nilai_rp_persen_pagu"] = g["nilai_rp"] * 100 / g["pagu_rp"].where(g["pagu_rp"] > 0)
    out = g.reset_index().sort_values(["nilai_rp", "jumlah_temuan_kritis", "jumlah_temuan", "nama_skpd"],
                                      ascending=[False, False, False, True], kind="stable").reset_index(drop=True)
    urut = ["nilai_rp", "jumlah_temuan_kritis", "jumlah_temuan"]
    baru = out[urut].ne(out[urut].shift()).any(axis=1).to_numpy()      # ties share the rank of the first
    out["peringkat"] = pd.Series(np.arange(1, len(out) + 1), index=out.index).where(baru).ffill().astype(int)
    for col in ("kode_skpd", "nama_skpd", "jenis_terbesar"):
        out[col] = out[col].astype("string")
    for col in ("peringkat", "jumlah_temuan", "jumlah_temuan_kritis"):
        out[col] = out[col].astype("Int64")
    for col in ("pagu_rp", "nilai_rp", "nilai_rp_persen_pagu", "nilai_rp_terbesar"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    out = out[KOLOM_PERHATIAN]
    return out if n is None else out.head(n)


def angka_pemda(sipd, doc=None) -> pd.DataFrame:
    """Headline figures of a pemda's SIPD data (``ukuran``, ``nilai``, ``jenis`` as in
    ``summary.angka_utama``): files, offices, sub-units, programs, kegiatan, sub
    kegiatan, pagu n and n+1, findings of the SIPD data; with ``doc`` (a document
    reconciled with it, ``load_document(..., sipd=)``) the findings of the reconciliation
    too, so that a headline never says "0 kritis" over a page that shows the
    reconciliation's kritis findings."""
    p = sipd.pemda
    pd_rows = p[p["agregasi"].astype(str) == "perangkat_daerah"]
    pagu, n1 = float(pd_rows["pagu_rp"].sum()), float(pd_rows["pagu_n_depan_rp"].sum())
    t = sipd.temuan
    rows = [
        ("Berkas ekspor SIPD", jumlah_berkas_ekspor(sipd.berkas), "angka"),
        ("Perangkat daerah", len(pd_rows), "angka"),
        ("Sub unit", int((p["agregasi"].astype(str) == "sub_unit").sum()), "angka"),
        ("Program (kode berbeda per perangkat daerah)", int(pd_rows["jumlah_program"].sum()), "angka"),
        ("Kegiatan (kode berbeda per perangkat daerah)", int(pd_rows["jumlah_kegiatan"].sum()), "angka"),
        ("Sub kegiatan", int(pd_rows["jumlah_sub_kegiatan"].sum()), "angka"),
        ("Sub kegiatan berpagu Rp0", int(pd_rows["jumlah_sub_kegiatan_pagu_nol"].sum()), "angka"),
        ("Pagu tahun ini (n)", pagu, "rp"),
        ("Pagu tahun berikutnya (n+1)", n1, "rp"),
        ("Perubahan n ke n+1", (n1 - pagu) / pagu * 100 if pagu else float("nan"), "persen"),
        ("Temuan data SIPD", len(t), "angka"),
        ("Temuan kritis data SIPD", int((t["tingkat"] == "kritis").sum()), "angka"),
    ]
    if doc is not None and doc.temuan is not None:
        r = doc.temuan[doc.temuan["jenis"].astype(str).isin(["kesesuaian_sipd", "dokumen_vs_sipd", "dokumen_vs_sipd_skala"])]
        rows += [("Temuan dokumen vs SIPD", len(r), "angka"),
                 ("Temuan kritis dokumen vs SIPD", int((r["tingkat"] == "kritis").sum()), "angka")]
    return pd.DataFrame(rows, columns=["ukuran", "nilai", "jenis"])


__all__ = ["AGREGASI", "KOLOM", "KOLOM_PERANGKAT_DAERAH", "KOLOM_PERHATIAN", "PERHATIAN_N", "angka_pemda", "jumlah_berkas_ekspor", "perangkat_daerah", "perhatian", "ringkasan_pemda", "temuan_per_perangkat_daerah", "temuan_per_tingkat",
           "temuan_unit"]


def sipd_contoh(folder) -> bool:
    """Whether SIPD data comes from the project's own test data (``tests/``): synthetic
    exports with planted differences, never a pemda's real data.

    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> sipd_contoh(DEFAULT_SIPD), sipd_contoh("/data/pemda/ekspor")
    (True, False)
    """
    from pathlib import Path

    from ..config import ROOT

    path = Path(folder)
    path = (path if path.is_absolute() else ROOT / path).resolve()
    return path.is_relative_to((ROOT / "tests").resolve())
