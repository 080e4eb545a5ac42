"""Colours live in ``colours``: writing tables and workbooks never imports matplotlib."""
from __future__ import annotations

import subprocess
import sys

import pytest

from renja_analysis.output import workbook
from renja_analysis.present import colours, plots, styling


@pytest.mark.slow  # a fresh interpreter in a subprocess
def test_table_writers_do_not_import_matplotlib():
    code = ("import sys\n"
            "import renja_analysis.output.processed, renja_analysis.output.workbook, renja_analysis.present.styling, renja_analysis.present.summary\n"
            "import renja_analysis.present.narrative, renja_analysis.load, renja_analysis.cli\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_one_set_of_colours():
    assert plots.WARNA_STATUS is colours.WARNA_STATUS and workbook.WARNA_TINGKAT is colours.WARNA_TINGKAT
    assert colours.WARNA_STATUS["belum_dilaksanakan"] == "#9e9e9e"            # scheduled: grey, not red
    assert colours.WARNA_PREDIKAT["Sangat Rendah"] == "#d73027" and colours.WARNA_PREDIKAT["Sangat Tinggi"] == "#1a9850"
    assert styling.WARNA_STATUS_TAMPIL["Belum dilaksanakan (dijadwalkan)"] == "#9e9e9e"
