"""A 3.3 row whose after-change target is written but not read stands for no target in the rows
reconciled with SIPD (``reconciliation.baris_dokumen``, ``target_baris``): the old code filled the
row's target with its before-change target (REV-AQ AQ2: an untrue value, shown and compared with
SIPD as the row's target).

The bundled document's 3.3 line 495 (sub kegiatan 2.17.07.2.01.0004, read by hand) writes
``100 Unit Usaha`` before and after the change; its 3.2 has no row of that name, so the row stands
alone among the reconciled rows (``tabel`` 3.3, ``baris_sumber`` 495). The tests write, as
``tables.plan`` keeps a target cell whose number reads two ways, the after-change target NA with the
cell's text ``1.250`` in ``satuan_sesudah``, and a before-change target of 90 to tell the two apart.
"""
from __future__ import annotations

import copy

import pandas as pd

from renja_analysis.findings.reconciliation import baris_dokumen


def _with(bundled, **cells):
    doc = copy.copy(bundled)
    doc.rencana = bundled.rencana.copy()
    at = doc.rencana.index[doc.rencana["baris_sumber"] == 495]
    assert len(at) == 1 and doc.rencana.loc[at[0], "kode"] == "2.17.07.2.01.0004"
    assert (doc.rencana.loc[at[0], "target_sesudah"], doc.rencana.loc[at[0], "satuan_sesudah"]) == (100, "Unit Usaha")
    for col, value in cells.items():
        doc.rencana.loc[at, col] = value
    rows = baris_dokumen(doc)
    row = rows[rows["baris_sumber"] == 495]
    assert len(row) == 1
    return row.iloc[0]


def test_written_unread_after_change_target_is_no_target(bundled):
    # by hand: the after-change cell is written ("1.250") but unread (NA): the row has no target and
    # no unit; before the fix it showed 90 (the before-change target) with the unit "1.250"
    row = _with(bundled, target_sebelum=90.0, target_sesudah=pd.NA, satuan_sesudah="1.250")
    assert pd.isna(row["target"]) and pd.isna(row["satuan"])


def test_read_after_change_target_is_the_target(bundled):
    row = _with(bundled, target_sebelum=90.0)
    assert (row["target"], row["satuan"]) == (100, "Unit Usaha")


def test_no_after_change_cell_takes_the_one_target(bundled):
    # nothing written after the change (a Renja murni's one target): the before-change target
    row = _with(bundled, target_sebelum=90.0, target_sesudah=pd.NA, satuan_sesudah=pd.NA)
    assert (row["target"], row["satuan"]) == (90, "Unit Usaha")
