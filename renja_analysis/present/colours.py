"""Colours of the report, one place for charts (``plots``), styled tables (``styling``),
the workbook (``workbook``) and the index page (``report``).

Kept apart from ``plots`` so that writing a table or a workbook never imports
matplotlib. A sub kegiatan scheduled for a later quarter and an indicator not yet
measured are neutral grey, never the colour of a failure.

Examples
--------
>>> WARNA_STATUS["belum_dilaksanakan"], WARNA_TINGKAT["kritis"]
('#9e9e9e', '#d73027')
>>> list(WARNA_PREDIKAT)[0], WARNA_PREDIKAT_NETRAL["Dijadwalkan"]
('Sangat Rendah', '#e0e0e0')
"""
from __future__ import annotations

from ..labels import BELUM_DIUKUR, DIJADWALKAN, TANPA_PAGU, TANPA_TARGET, TIDAK_DIKETAHUI, TIDAK_DILAPORKAN
from ..metrics import PREDIKAT
from ..status import STATUS

#: Chart colours: up / down / neutral bars, the quarter's expectation, grey.
WARNA = {"naik": "#1b7837", "turun": "#b2182b", "netral": "#4d6d9a", "harapan": "#e08214",
         "abu": "#9e9e9e"}
#: Predikat colours; ``Belum diukur``/``Dijadwalkan``/``Tanpa target``/``Tidak dilaporkan``/``Tanpa pagu``/
#: ``Tidak diketahui`` (``labels.predikat``) are neutral grey.
WARNA_PREDIKAT = dict(zip(PREDIKAT, ["#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850"]))
WARNA_PREDIKAT_NETRAL = {BELUM_DIUKUR: "#e0e0e0", DIJADWALKAN: "#e0e0e0", TANPA_TARGET: "#e0e0e0",
                         TIDAK_DILAPORKAN: "#e0e0e0", TANPA_PAGU: "#e0e0e0", TIDAK_DIKETAHUI: "#e0e0e0"}
#: Status colours: scheduled (``belum_dilaksanakan``) is grey, not a failure.
WARNA_STATUS = dict(zip(STATUS, ["#9e9e9e", "#d73027", "#fc8d59", "#5e3c99", "#fdb863", "#1a9850"]))
#: Sub kegiatan without a status (``status.TANPA_STATUS``, counted in the overview's chart): pale
#: grey, no judgement.
WARNA_TANPA_STATUS = "#d9d9d9"
#: Finding levels.
WARNA_TINGKAT = {"info": "#92c5de", "peringatan": "#fdb863", "kritis": "#d73027"}
