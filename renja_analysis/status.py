"""The status codes of a sub kegiatan at the reporting quarter, as constants.

``metrics.status_pelaksanaan`` assigns them (first match wins, in the order of
``STATUS``); every module compares with these names instead of typing the code.
This module imports nothing from the package (ground floor).

Examples
--------
>>> BELUM_DILAKSANAKAN
'belum_dilaksanakan'
>>> STATUS.index(SESUAI_RENCANA) == len(STATUS) - 1
True
"""
from __future__ import annotations

#: Nothing realised and the keterangan schedules the work for a later quarter: not due.
BELUM_DILAKSANAKAN = "belum_dilaksanakan"
#: Money spent (realisasi Rp > 0), no output (realisasi K = 0).
SERAPAN_TANPA_OUTPUT = "serapan_tanpa_output"
#: Output (realisasi K > 0), no money spent (realisasi Rp = 0).
OUTPUT_TANPA_SERAPAN = "output_tanpa_serapan"
#: Capaian K above the threshold, and the latest target reached.
MELAMPAUI_TARGET = "melampaui_target"
#: Progress below the threshold share of the quarter's expectation.
TERTINGGAL = "tertinggal"
#: Otherwise.
SESUAI_RENCANA = "sesuai_rencana"

#: Not a status: the count of sub kegiatan with none (nothing to judge: no target and no pagu),
#: shown after the statuses where there are such rows (``metrics.jumlah_per_status``).
TANPA_STATUS = "tanpa_status"

#: Every status, in order of precedence (``metrics.STATUS``).
STATUS = [BELUM_DILAKSANAKAN, SERAPAN_TANPA_OUTPUT, OUTPUT_TANPA_SERAPAN, MELAMPAUI_TARGET, TERTINGGAL,
          SESUAI_RENCANA]
