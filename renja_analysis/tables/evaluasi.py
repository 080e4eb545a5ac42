"""Tabel 2.2 (Hasil evaluasi Renja s.d. TW II) joined with Tabel 2.1.

Tabel 2.2 gives, per program / kegiatan / sub kegiatan, the 2024 target K and
pagu Rp, the realisation K and Rp to the end of the quarter and the document's
own percentages, remarks and remedies. Tabel 2.1 has the same rows with the
Renstra targets and the Renstra progress. The two are joined by normalised name
in document order (``names.align``), never by position alone.

``capaian_k`` and ``serapan_rp`` are recomputed from the numbers; the document's
own percentages are kept in the ``_dokumen`` columns.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import metrics
from ..sources.base import SourceText
from ..names import align, infer_levels
from ._common import INT, check_width, drop_duplicates, fill_ancestors, floats, level_series, numeric_column, text

COLUMNS = [
    "urutan", "level", "kode", "program", "kegiatan", "sub_kegiatan", "nama", "indikator",
    "satuan", "target_k", "realisasi_k", "capaian_k", "pagu_rp", "realisasi_rp", "serapan_rp",
    "capaian_k_dokumen", "serapan_rp_dokumen", "target_renstra", "realisasi_k_tabel21",
    "capaian_renstra_dokumen", "keterangan", "solusi", "baris_sumber",
]

#: Cell layout of Tabel 2.2 and Tabel 2.1 (12 cells each).
LAYOUT_22 = ["nama", "indikator", "target_k", "satuan", "pagu_rp", "realisasi_k",
             "satuan_realisasi", "realisasi_rp", "capaian_k_dokumen", "serapan_rp_dokumen",
             "keterangan", "solusi"]
LAYOUT_21 = ["nama", "indikator", "target_renstra", "satuan_renstra", "target_k", "satuan",
             "realisasi_k", "satuan_realisasi", "capaian_k_dokumen", "realisasi_renstra_k",
             "satuan_realisasi_renstra", "capaian_renstra_dokumen"]
NUMERIC = {"target_k", "pagu_rp", "realisasi_k", "realisasi_rp", "capaian_k_dokumen",
           "serapan_rp_dokumen", "target_renstra", "realisasi_renstra_k",
           "capaian_renstra_dokumen"}
LABELS = {"tabel_2_2": "Tabel 2.2", "tabel_2_1": "Tabel 2.1"}


def read_table(src: SourceText, kind: str, layout: list[str]) -> pd.DataFrame:
    """Read one of the two evaluation tables into typed columns (no levels yet)."""
    block = src.tables.get(kind)
    if block is None:
        return pd.DataFrame({c: pd.Series(dtype="Float64" if c in NUMERIC else "string")
                             for c in layout + ["baris_sumber"]})
    label = LABELS[kind]
    grid = [check_width(src, block, r, len(layout), label) for r in block.rows]
    rows = drop_duplicates(src, kind, label, block.rows, [tuple(g) for g in grid])
    grid = [r.cells for r in rows]
    df = pd.DataFrame(index=range(len(rows)))
    for pos, col in enumerate(layout):
        values = [g[pos] for g in grid]
        if col in NUMERIC:
            df[col] = floats(numeric_column(src, rows, values, col, pos + 1, label))
        else:
            df[col] = text(values)
    empty = df["nama"].isna()
    if empty.any():
        row = rows[int(empty.to_numpy().nonzero()[0][0])]
        raise src.error(f"nama program/kegiatan kosong di {label}", line=row.line,
                        cell="nama (kolom 1)", expected="nama program, kegiatan atau sub kegiatan",
                        found="")
    df["baris_sumber"] = pd.Series([r.line for r in rows], dtype=INT)
    return df


def tabel21(src: SourceText, levels_22: dict | None = None) -> pd.DataFrame:
    """Tabel 2.1 as its own tidy table, with inferred levels."""
    df = read_table(src, "tabel_2_1", LAYOUT_21)
    df.insert(0, "level", level_series(infer_levels(df["nama"].tolist(), known=levels_22)))
    return df


def parse(src: SourceText, rencana: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the ``evaluasi`` table, and return Tabel 2.1 (tidy, with levels) beside it.

    Returns
    -------
    evaluasi : DataFrame
        Columns ``COLUMNS``, one row per Tabel 2.2 row in document order.
    t21 : DataFrame
        Tabel 2.1 rows with ``level`` and ``urutan_evaluasi`` (the matched
        evaluasi row, NA where none matched).
    """
    t22 = read_table(src, "tabel_2_2", LAYOUT_22)
    levels = infer_levels(t22["nama"].tolist(), pagu=t22["pagu_rp"].tolist())
    t22.insert(0, "level", level_series(levels))
    t22.insert(0, "urutan", pd.Series(range(1, len(t22) + 1), dtype=INT))
    t22 = fill_ancestors(t22)

    t21 = tabel21(src, dict(zip(t22["nama"].tolist(), levels)))
    pairs = align(t22["nama"].tolist(), t21["nama"].tolist(), levels, t21["level"].tolist())
    urutan = np.full(len(t21), -1, dtype=np.int64)
    urutan[[j for _, j, _ in pairs]] = [i + 1 for i, _, _ in pairs]
    t21["urutan_evaluasi"] = pd.Series(urutan, index=t21.index, dtype=INT).mask(urutan < 0)
    matched = t21.dropna(subset=["urutan_evaluasi"]).set_index("urutan_evaluasi")
    by_row = t22["urutan"]
    t22["target_renstra"] = by_row.map(matched["target_renstra"]).astype("Float64")
    t22["realisasi_k_tabel21"] = by_row.map(matched["realisasi_k"]).astype("Float64")
    t22["capaian_renstra_dokumen"] = by_row.map(matched["capaian_renstra_dokumen"]).astype("Float64")

    kode = pd.Series(pd.NA, index=t22.index, dtype="string")
    if rencana is not None and len(rencana):
        coded = rencana.dropna(subset=["kode", "nama"]).reset_index(drop=True)
        pairs = align(t22["nama"].tolist(), coded["nama"].tolist(), levels, coded["level"].astype(str).tolist())
        if pairs:
            kode.iloc[[i for i, _, _ in pairs]] = coded["kode"].iloc[[j for _, j, _ in pairs]].to_numpy()
    t22["kode"] = kode

    t22["capaian_k"] = metrics.capaian(t22["realisasi_k"], t22["target_k"])
    t22["serapan_rp"] = metrics.serapan(t22["realisasi_rp"], t22["pagu_rp"])
    return t22[COLUMNS].reset_index(drop=True), t21
