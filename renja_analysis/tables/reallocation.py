"""Budget reallocation (pergeseran anggaran) from APBD to P-APBD.

The APBD pagu is Tabel 2.2's ``pagu_rp``; the P-APBD pagu is section 3.2's
``hasil_analisis`` side. Rows are matched by normalised name within the same
level, in document order (``names.align``); rows found in only one table are
kept and flagged, never dropped.

A document without a P-APBD pagu (no section 3.2, or a Renja murni, whose 3.2 reviews
next year's draft RKPD: ``load.analyse``) has no reallocation: the table is empty
(``kosong``), never a P-APBD of Rp 0.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..names import align

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


def _urutan(n: int, m: int, pairs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows of the reallocation table in order, as positions in the two tables.

    Every evaluasi row in its order (with its matched review row, if any); a review
    row matched to none comes just before the next matched pair after it, or at the
    end. Returns the evaluasi position, the review position (-1 where absent) and
    the name score (NaN where unmatched) of each output row.

    >>> [a.tolist() for a in _urutan(3, 4, [(0, 1, 90.0), (2, 2, 100.0)])]
    [[-1, 0, 1, 2, -1], [0, 1, -1, 2, 3], [nan, 90.0, nan, 100.0, nan]]
    """
    ia = np.fromiter((i for i, _, _ in pairs), dtype=np.intp, count=len(pairs))
    ja = np.fromiter((j for _, j, _ in pairs), dtype=np.intp, count=len(pairs))
    score = np.full(n, np.nan)
    score[ia] = [s for _, _, s in pairs]
    partner = np.full(n, -1, dtype=np.intp)
    partner[ia] = ja
    alone = np.setdiff1d(np.arange(m), ja)
    # an unmatched review row goes before the first matched pair whose review row follows it
    after = np.searchsorted(ja, alone, side="right")
    anchor = np.where(after < len(ia), ia[np.minimum(after, len(ia) - 1)] if len(ia) else n, n)
    # sort keys: (evaluasi position, 0 for a lone review row / 1 for the evaluasi row, review position)
    key_pos = np.concatenate([np.arange(n), anchor])
    key_kind = np.concatenate([np.ones(n, dtype=np.intp), np.zeros(len(alone), dtype=np.intp)])
    key_rv = np.concatenate([np.zeros(n, dtype=np.intp), alone])
    order = np.lexsort((key_rv, key_kind, key_pos))
    e_pos = np.concatenate([np.arange(n), np.full(len(alone), -1, dtype=np.intp)])[order]
    r_pos = np.concatenate([partner, alone])[order]
    s_out = np.concatenate([score, np.full(len(alone), np.nan)])[order]
    return e_pos, r_pos, s_out


def _ambil(df: pd.DataFrame, col: str, pos: np.ndarray) -> pd.Series:
    """``df[col]`` at positions ``pos`` (-1: missing), keeping the column's dtype."""
    return df[col].reset_index(drop=True).reindex(pos).reset_index(drop=True)


def _berpasangan(ev: pd.DataFrame, rv: pd.DataFrame, pairs) -> pd.DataFrame:
    """One row per matched pair and per unmatched row of either table (see ``_urutan``)."""
    e_pos, r_pos, score = _urutan(len(ev), len(rv), pairs)
    has_e, has_r = e_pos >= 0, r_pos >= 0
    # each output row's position among the evaluasi's rows followed by the review's
    either = np.where(has_e, e_pos, len(ev) + r_pos)

    def pick(col):
        # the evaluasi's value where the row is in Tabel 2.2, else the review's (one take of
        # both columns end to end, in their dtype when they share it; object otherwise)
        return pd.concat([ev[col], rv[col]], ignore_index=True).take(either).reset_index(drop=True)

    out = pd.DataFrame({
        "level": pick("level").astype(str),
        "program": pick("program"),
        "kegiatan": pick("kegiatan"),
        "nama": pick("nama"),
        "nama_review": _ambil(rv, "nama", r_pos),
        "kecocokan": np.where(has_e & has_r, "cocok", np.where(has_e, "hanya_tabel_2_2", "hanya_review_3_2")),
        "skor_nama": score,
        "pagu_apbd_rp": _ambil(ev, "pagu_rp", e_pos),
        "pagu_papbd_rp": _ambil(rv, "pagu_rp", r_pos),
        "baris_evaluasi": _ambil(ev, "baris_sumber", e_pos),
        "baris_review": _ambil(rv, "baris_sumber", r_pos),
    })
    return out


def kosong() -> pd.DataFrame:
    """The reallocation table without rows (a document with no P-APBD pagu), typed.

    >>> list(kosong().columns) == COLUMNS, len(kosong())
    (True, 0)
    """
    out = pd.DataFrame({c: pd.Series(dtype="Float64") for c in COLUMNS})
    for col in ("urutan", "baris_evaluasi", "baris_review"):
        out[col] = out[col].astype("Int64")
    for col in ("program", "kegiatan", "nama", "nama_review"):
        out[col] = out[col].astype("string")
    out["level"] = pd.Categorical([], categories=LEVELS, ordered=True)
    out["kecocokan"] = pd.Categorical([], categories=["cocok", "hanya_tabel_2_2", "hanya_review_3_2"])
    return out


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
    if not len(rv):
        return kosong()                 # no P-APBD pagu to compare with: no reallocation
    ev = evaluasi.reset_index(drop=True)
    pairs = align(ev["nama"].tolist(), rv["nama"].fillna("").tolist(),
                  ev["level"].astype(str).tolist(), rv["level"].astype(str).tolist())
    out = _berpasangan(ev, rv, pairs)
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


def target_perubahan(evaluasi: pd.DataFrame, pergeseran: pd.DataFrame, review: pd.DataFrame) -> pd.Series:
    """The revised target of each evaluasi row: the target of its matched row on the
    ``hasil_analisis`` side of 3.2 (the P-APBD review, the same row that gives the P-APBD
    pagu in ``pergeseran``), NA where the row has no match or 3.2 gives no number.

    Returned as ``target_k_perubahan`` on the evaluasi's index (Float64). It is the
    latest target the document gives for the row; ``capaian_k`` stays computed against
    Tabel 2.2's ``target_k`` (the document's evaluation at the reporting quarter), and
    sentences that speak of a target name the revised one beside it where they differ.

    Examples
    --------
    >>> ev = pd.DataFrame({"baris_sumber": [1, 2, 3], "target_k": [10.0, 4.0, 5.0]})
    >>> rv = pd.DataFrame({"sisi": ["rancangan_awal", "hasil_analisis", "hasil_analisis"],
    ...     "baris_sumber": [7, 7, 8], "target_k": [10.0, 25.0, None]})
    >>> pg = pd.DataFrame({"baris_evaluasi": [pd.NA, 1, 2, 3], "baris_review": [8, 7, 8, pd.NA]})
    >>> target_perubahan(ev, pg, rv).tolist()
    [25.0, <NA>, <NA>]
    """
    # only the columns read (the tables are wide)
    hasil = review.loc[(review["sisi"].astype(str) == "hasil_analisis").to_numpy(dtype=bool),
                       ["baris_sumber", "target_k"]].drop_duplicates("baris_sumber")
    target = pd.to_numeric(hasil.set_index("baris_sumber")["target_k"]).astype("Float64")
    pasangan = pergeseran[["baris_evaluasi", "baris_review"]].dropna().drop_duplicates("baris_evaluasi")
    per_baris = pasangan.set_index("baris_evaluasi")["baris_review"].map(target)
    return (evaluasi["baris_sumber"].map(per_baris).astype("Float64")
            .rename("target_k_perubahan"))
