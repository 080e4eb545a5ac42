"""Small hand-written frames the findings tests share (imported as ``temuan_uji``, like
``hostile``): one side of Tabel 3.2 and its stated total, and one Tabel 2.2 row with its keterangan
beside the pagu change the reallocation found for it."""
from __future__ import annotations

import pandas as pd


def review_32(rows) -> pd.DataFrame:
    """3.2, one side (hasil analisis), lines 11, 12, ...: rows of (level, name, pagu)."""
    return pd.DataFrame({"sisi": ["hasil_analisis"] * len(rows), "level": [r[0] for r in rows],
                         "nama": [r[1] for r in rows], "pagu_rp": [float(r[2]) for r in rows],
                         "baris_sumber": range(11, 11 + len(rows))})


def total_32(value, line) -> pd.DataFrame:
    """The side's stated total (label URUSAN) of ``value`` on ``line``."""
    return pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["URUSAN"], "nilai_rp": [float(value)],
                         "baris_sumber": [line]})


def evaluasi_keterangan(keterangan) -> pd.DataFrame:
    """One Tabel 2.2 row (line 101) with its keterangan."""
    df = pd.DataFrame({"baris_sumber": [101], "nama": ["Sub"], "keterangan": [keterangan]})
    df["keterangan"] = df["keterangan"].astype("string")
    return df


def pergeseran_baris(selisih) -> pd.DataFrame:
    """The pagu change of that row (line 101 of 2.2, line 999 of 3.2)."""
    return pd.DataFrame({"baris_evaluasi": [101], "selisih_rp": [selisih], "baris_review": [999]})
