"""Budget reallocation (pergeseran anggaran) from APBD to P-APBD.

The APBD pagu is Tabel 2.2's ``pagu_rp``; the P-APBD pagu is section 3.2's
``hasil_analisis`` side. Rows are matched by normalised name within the same
level, in document order (``names.align``); rows found in only one table are
kept and flagged, never dropped.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .names import align

LEVELS = ["dinas", "program", "kegiatan", "sub_kegiatan"]
COLUMNS = ["urutan", "level", "program", "kegiatan", "nama", "nama_review", "kecocokan",
           "skor_nama", "pagu_apbd_rp", "pagu_papbd_rp", "selisih_rp", "selisih_persen",
           "pagu_disesuaikan_rp", "deviasi_komposisi_rp", "varian_komposisi_persen",
           "baris_evaluasi", "baris_review"]


def varian_komposisi(awal, akhir) -> float:
    """PEFA PI-2 style composition variance (%) between two budget vectors.

    Each category's original amount ``B_i`` is scaled by ``sum(A) / sum(B)``;
    variance = ``sum |A_i - adj_i| / sum(adj_i) x 100``. A pure across-the-board
    increase gives 0; moving money between categories gives more.

    Examples
    --------
    >>> varian_komposisi([100, 100], [200, 200])
    0.0
    >>> varian_komposisi([100, 100], [150, 50])
    50.0
    """
    b = np.asarray(pd.Series(awal, dtype="Float64").fillna(0), dtype=float)
    a = np.asarray(pd.Series(akhir, dtype="Float64").fillna(0), dtype=float)
    if b.sum() == 0:
        return float("nan")
    adj = b * a.sum() / b.sum()
    return float(np.abs(a - adj).sum() / adj.sum() * 100)


def pergeseran(evaluasi: pd.DataFrame, review: pd.DataFrame) -> pd.DataFrame:
    """APBD -> P-APBD per program, kegiatan and sub kegiatan, plus the office total.

    Returns one row per matched pair and per unmatched row of either table
    (``kecocokan``: ``cocok`` | ``hanya_tabel_2_2`` | ``hanya_review_3_2``), in
    the evaluasi's order with unmatched review rows after their predecessor.
    Program rows also carry the composition-variance terms; the ``dinas`` row
    (whole office: sum of programs) carries the variance itself.

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan"], "nama": ["PROGRAM A", "Satu"],
    ...     "program": ["PROGRAM A"] * 2, "kegiatan": [None, None], "pagu_rp": [10.0, 10.0],
    ...     "baris_sumber": [1, 2]})
    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 2, "level": ["program", "sub_kegiatan"],
    ...     "nama": ["PROGRAM A", "Satu"], "program": ["PROGRAM A"] * 2, "kegiatan": [None, None],
    ...     "pagu_rp": [15.0, 15.0], "baris_sumber": [7, 8]})
    >>> pergeseran(ev, rv)[["level", "selisih_rp", "selisih_persen"]].values.tolist()
    [['dinas', 5.0, 50.0], ['program', 5.0, 50.0], ['sub_kegiatan', 5.0, 50.0]]
    """
    rv = review[review["sisi"].astype(str) == "hasil_analisis"].reset_index(drop=True)
    ev = evaluasi.reset_index(drop=True)
    pairs = align(ev["nama"].tolist(), rv["nama"].fillna("").tolist(),
                  ev["level"].astype(str).tolist(), rv["level"].astype(str).tolist())
    by_ev = {i: (j, s) for i, j, s in pairs}
    matched_rv = {j for _, j, _ in pairs}
    records = []

    def rec(i=None, j=None, score=np.nan):
        e = ev.loc[i] if i is not None else None
        r = rv.loc[j] if j is not None else None
        src = e if e is not None else r
        return {
            "level": str(src["level"]), "program": src["program"], "kegiatan": src["kegiatan"],
            "nama": e["nama"] if e is not None else r["nama"],
            "nama_review": r["nama"] if r is not None else pd.NA,
            "kecocokan": "cocok" if e is not None and r is not None else (
                "hanya_tabel_2_2" if e is not None else "hanya_review_3_2"),
            "skor_nama": score,
            "pagu_apbd_rp": e["pagu_rp"] if e is not None else pd.NA,
            "pagu_papbd_rp": r["pagu_rp"] if r is not None else pd.NA,
            "baris_evaluasi": e["baris_sumber"] if e is not None else pd.NA,
            "baris_review": r["baris_sumber"] if r is not None else pd.NA,
        }

    # walk both tables in order, emitting review-only rows where they fall
    j_next = 0
    for i in range(len(ev)):
        if i in by_ev:
            j, s = by_ev[i]
            for jj in range(j_next, j):
                if jj not in matched_rv:
                    records.append(rec(j=jj))
            records.append(rec(i=i, j=j, score=s))
            j_next = j + 1
        else:
            records.append(rec(i=i))
    for jj in range(j_next, len(rv)):
        if jj not in matched_rv:
            records.append(rec(j=jj))

    out = pd.DataFrame.from_records(records)
    for col in ("pagu_apbd_rp", "pagu_papbd_rp", "skor_nama"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    prog = out["level"] == "program"
    total_apbd = out.loc[prog, "pagu_apbd_rp"].sum()
    total_papbd = out.loc[prog, "pagu_papbd_rp"].sum()
    # composition variance across programs that appear in both tables
    both = prog & (out["kecocokan"] == "cocok")
    b, a = out.loc[both, "pagu_apbd_rp"], out.loc[both, "pagu_papbd_rp"]
    out["pagu_disesuaikan_rp"] = pd.Series(pd.NA, index=out.index, dtype="Float64")
    out.loc[both, "pagu_disesuaikan_rp"] = b * a.sum() / b.sum() if b.sum() else pd.NA
    out["deviasi_komposisi_rp"] = (out["pagu_papbd_rp"] - out["pagu_disesuaikan_rp"]).abs()
    total = {"level": "dinas", "nama": "Seluruh program (Dinas)", "kecocokan": "cocok",
             "pagu_apbd_rp": total_apbd, "pagu_papbd_rp": total_papbd,
             "varian_komposisi_persen": varian_komposisi(b, a)}
    out = pd.concat([pd.DataFrame([total]), out], ignore_index=True)
    out["selisih_rp"] = out["pagu_papbd_rp"] - out["pagu_apbd_rp"]
    out["selisih_persen"] = out["selisih_rp"] / out["pagu_apbd_rp"].mask(out["pagu_apbd_rp"] == 0) * 100
    out.insert(0, "urutan", range(1, len(out) + 1))
    out["urutan"] = out["urutan"].astype("Int64")
    out["level"] = pd.Categorical(out["level"], categories=LEVELS, ordered=True)
    out["kecocokan"] = pd.Categorical(out["kecocokan"],
                                      categories=["cocok", "hanya_tabel_2_2", "hanya_review_3_2"])
    for col in ("program", "kegiatan", "nama", "nama_review"):
        out[col] = out[col].astype("string")
    for col in ("selisih_rp", "selisih_persen", "varian_komposisi_persen", "pagu_apbd_rp",
                "pagu_papbd_rp"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    for col in ("baris_evaluasi", "baris_review"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    return out[COLUMNS]
