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
#: ``kecocokan``: how a row of the reallocation table was matched.
KECOCOKAN = ["cocok", "hanya_tabel_2_2", "hanya_review_3_2"]


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

    Undefined (NaN, without a numpy warning on stderr) when either side adds up to nothing:

    >>> varian_komposisi([100, 100], [0, 0]), varian_komposisi([0, 0], [5, 5])
    (nan, nan)
    """
    b = np.asarray(pd.Series(awal, dtype="Float64").fillna(0), dtype=float)
    a = np.asarray(pd.Series(akhir, dtype="Float64").fillna(0), dtype=float)
    if b.sum() == 0 or a.sum() == 0:
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
    # the pairs' three fields as columns (transposed at C speed, no generator per field)
    ia, ja, sa = (np.asarray(c) for c in zip(*pairs)) if len(pairs) else (np.zeros(0, dtype=np.intp),) * 3
    ia, ja = ia.astype(np.intp, copy=False), ja.astype(np.intp, copy=False)
    score = np.full(n, np.nan)
    score[ia] = sa
    partner = np.full(n, -1, dtype=np.intp)
    partner[ia] = ja
    alone = np.ones(m, dtype=bool)
    alone[ja] = False
    alone = np.flatnonzero(alone)       # the review rows matched to none, in order
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


def _baris(ev: pd.DataFrame, rv: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The rows of the reallocation table: the evaluasi's rows and the review's (its P-APBD side)
    matched by name within a level (``names.align``), in order (``_urutan``: evaluasi position,
    review position, name score), and each row's position among the evaluasi's rows followed by
    the review's (the evaluasi's where the row is in Tabel 2.2, else the review's: ``_pilih``).

    >>> ev = pd.DataFrame({"nama": ["Satu", "Dua"], "level": ["program", "program"]})
    >>> rv = pd.DataFrame({"nama": ["Tiga", "Dua"], "level": ["program", "program"]})
    >>> [a.tolist() for a in _baris(ev, rv)]
    [[0, -1, 1], [-1, 0, 1], [nan, nan, 100.0], [0, 2, 1]]
    """
    pairs = align(ev["nama"].tolist(), rv["nama"].fillna("").tolist(),
                  ev["level"].astype(str).tolist(), rv["level"].astype(str).tolist())
    e_pos, r_pos, score = _urutan(len(ev), len(rv), pairs)
    return e_pos, r_pos, score, np.where(e_pos >= 0, e_pos, len(ev) + r_pos)


def _pilih(ev: pd.DataFrame, rv: pd.DataFrame, either: np.ndarray, col: str) -> pd.Series:
    """Column ``col`` of the rows ``either`` (``_baris``) of the evaluasi followed by the review,
    in their dtype when they share it (object otherwise).

    >>> _pilih(pd.DataFrame({"x": [1, 2]}), pd.DataFrame({"x": [3]}), np.array([2, 0]), "x").tolist()
    [3, 1]
    """
    return pd.concat([ev[col], rv[col]], ignore_index=True).take(either).reset_index(drop=True)


def _kode_level(level: pd.Series) -> np.ndarray:
    """Each row's place in ``LEVELS`` (-1 where its level is none of them), as
    ``pd.Categorical(level.astype(str), LEVELS)`` numbers it; a categorical column is read
    by its categories, without a text per row.

    >>> _kode_level(pd.Series(["program", "sub_kegiatan", None, "x"], dtype="category")).tolist()
    [1, 3, -1, -1]
    >>> _kode_level(pd.Series(["kegiatan", None])).tolist()
    [2, -1]
    """
    if isinstance(level.dtype, pd.CategoricalDtype):
        # the code of each category, then -1 for a missing cell (its code -1 takes the last)
        own = [LEVELS.index(c) if c in LEVELS else -1 for c in map(str, level.cat.categories)] + [-1]
        return np.asarray(own, dtype=np.int64)[level.cat.codes.to_numpy()]
    return pd.Categorical(level.astype(str), categories=LEVELS).codes.astype(np.int64)


def _di_depan(nilai, s: pd.Series, dtype: str) -> pd.Series:
    """``s`` as ``dtype`` with one value before it (the ``dinas`` row), numbered from 0.

    >>> _di_depan(5.0, pd.Series([1.0, None]), "Float64").tolist()
    [5.0, 1.0, <NA>]
    """
    return pd.concat([pd.Series([nilai], dtype=dtype), s.astype(dtype)], ignore_index=True)


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
    out["kecocokan"] = pd.Categorical([], categories=KECOCOKAN)
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
    # one row per matched pair and per unmatched row of either table; every column is built
    # in its final dtype with the ``dinas`` row before it (no frame of objects)
    e_pos, r_pos, score, either = _baris(ev, rv)
    has_e, has_r = e_pos >= 0, r_pos >= 0

    def pick(col):
        return _pilih(ev, rv, either, col)

    level = np.concatenate([_kode_level(ev["level"]), _kode_level(rv["level"])])[either]
    apbd = pd.to_numeric(_ambil(ev, "pagu_rp", e_pos)).astype("Float64")
    papbd = pd.to_numeric(_ambil(rv, "pagu_rp", r_pos)).astype("Float64")
    prog = level == LEVELS.index("program")
    total_apbd, total_papbd = apbd[prog].sum(), papbd[prog].sum()
    # composition variance across programs that appear in both tables
    both = prog & has_e & has_r
    b, a = apbd[both], papbd[both]
    disesuaikan = pd.Series(pd.NA, index=apbd.index, dtype="Float64")
    disesuaikan[both] = b * a.sum() / b.sum() if b.sum() else pd.NA
    out = {
        "urutan": pd.Series(pd.arrays.IntegerArray(np.arange(1, len(either) + 2, dtype=np.int64),
                                                   np.zeros(len(either) + 1, dtype=bool))),
        "level": pd.Series(pd.Categorical.from_codes(np.r_[LEVELS.index("dinas"), level],
                                                     categories=LEVELS, ordered=True)),
        "program": _di_depan(pd.NA, pick("program"), "string"),
        "kegiatan": _di_depan(pd.NA, pick("kegiatan"), "string"),
        "nama": _di_depan("Seluruh program (Dinas)", pick("nama"), "string"),
        "nama_review": _di_depan(pd.NA, _ambil(rv, "nama", r_pos), "string"),
        "kecocokan": pd.Series(pd.Categorical.from_codes(
            np.r_[0, np.where(has_e & has_r, 0, np.where(has_e, 1, 2))], categories=KECOCOKAN)),
        "skor_nama": _di_depan(pd.NA, pd.Series(score), "Float64"),
        "pagu_apbd_rp": _di_depan(total_apbd, apbd, "Float64"),
        "pagu_papbd_rp": _di_depan(total_papbd, papbd, "Float64"),
        "pagu_disesuaikan_rp": _di_depan(pd.NA, disesuaikan, "Float64"),
        "varian_komposisi_persen": _di_depan(varian_komposisi(b, a), pd.Series(pd.NA, index=apbd.index), "Float64"),
        "baris_evaluasi": _di_depan(pd.NA, pd.to_numeric(_ambil(ev, "baris_sumber", e_pos)), "Int64"),
        "baris_review": _di_depan(pd.NA, pd.to_numeric(_ambil(rv, "baris_sumber", r_pos)), "Int64"),
    }
    out["deviasi_komposisi_rp"] = (out["pagu_papbd_rp"] - out["pagu_disesuaikan_rp"]).abs()
    out["selisih_rp"] = out["pagu_papbd_rp"] - out["pagu_apbd_rp"]
    out["selisih_persen"] = out["selisih_rp"] / out["pagu_apbd_rp"].mask(out["pagu_apbd_rp"] == 0) * 100
    return pd.DataFrame({col: out[col] for col in COLUMNS})


def tanpa_selisih(pergeseran: pd.DataFrame) -> pd.DataFrame:
    """``pergeseran`` with no change computed (``selisih_rp``, ``selisih_persen`` NA): its P-APBD pagu
    is of unknown scale (Tabel 3.2 in rupiah or in thousands, read as written: ``findings.document.skala_pasti``),
    so its difference from Tabel 2.2's rupiah is not known. The pagu stay as read; the composition
    variance, a ratio of shares, holds under either reading.

    >>> p = pd.DataFrame({"pagu_apbd_rp": [80.0], "pagu_papbd_rp": [0.128], "selisih_rp": [-79.872],
    ...                   "selisih_persen": [-99.84]}).astype("Float64")
    >>> tanpa_selisih(p).iloc[0].tolist()
    [80.0, 0.128, <NA>, <NA>]
    """
    return pergeseran.assign(selisih_rp=pd.Series(pd.NA, index=pergeseran.index, dtype="Float64"),
                             selisih_persen=pd.Series(pd.NA, index=pergeseran.index, dtype="Float64"))


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
