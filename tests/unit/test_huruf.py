"""Charts are drawn in matplotlib's own DejaVu Sans, whatever other copy its font list holds.

matplotlib reads its font list from a cache in the user's home, shared by every environment
with the same matplotlib. A system copy of DejaVu Sans (Debian's fonts-dejavu 2.37 beside
matplotlib's 2.35) draws other outlines for dashes, quotes and signs such as "≥", so the same
data gave other SVG bytes when the system copy came first (seen here: a cache written while
matplotlib was being installed held only the system fonts). The stand-in below is another
font (DejaVu Serif) entered under the name "DejaVu Sans": it shows the chart would change.
"""
from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager

from renja_analysis.present import plots

BAWAAN = Path(matplotlib.get_data_path(), "fonts", "ttf").resolve()


@pytest.fixture
def daftar():
    """The font list, restored (entries and order) after the test."""
    manager = font_manager.fontManager
    semula = list(manager.ttflist)
    yield manager
    manager.ttflist[:] = semula
    manager._findfont_cached.cache_clear()


def _svg() -> str:
    """One chart's SVG: text with an en dash, a "≥" and quotes, normal and bold."""
    fig = plt.figure(figsize=(3, 1))
    fig.text(0.05, 0.6, "Capaian ≥ 90 % – “baik”")
    fig.text(0.05, 0.2, "Rp1,25 M — ‘tinggi’", fontweight="bold")
    buf = io.StringIO()
    with plt.rc_context(plots.STYLE):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return buf.getvalue()


def _peniru(manager, folder: Path) -> None:
    """Copies of DejaVu Serif in ``folder`` (a system folder) entered as "DejaVu Sans" (normal
    and bold), first in the list."""
    palsu = []
    for nama in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"):
        salinan = folder / nama
        salinan.write_bytes((BAWAAN / nama).read_bytes())
        entry = font_manager.ttfFontProperty(font_manager.get_font(salinan))
        palsu.append(dataclasses.replace(entry, name="DejaVu Sans"))
    manager.ttflist[:0] = palsu
    manager._findfont_cached.cache_clear()


def _file(weight: str = "normal") -> Path:
    prop = font_manager.FontProperties(family=plots.HURUF_NAMA, weight=weight)
    return Path(font_manager.findfont(prop)).resolve()


def test_gaya_menamai_huruf():
    assert plots.STYLE["font.family"] == "DejaVu Sans"
    assert _file() == BAWAAN / "DejaVuSans.ttf"
    assert _file("bold") == BAWAAN / "DejaVuSans-Bold.ttf"


def test_salinan_lain_di_depan_tidak_mengubah_gambar(daftar, tmp_path):
    baku = _svg()
    _peniru(daftar, tmp_path)
    assert _file().name.startswith("DejaVuSerif")      # the stand-in would draw the chart
    assert _svg() != baku
    assert plots._huruf_bawaan() is True
    assert _file() == BAWAAN / "DejaVuSans.ttf"
    assert _file("bold") == BAWAAN / "DejaVuSans-Bold.ttf"
    assert _svg() == baku
    assert plots._huruf_bawaan() is False               # already first: nothing moved


def test_daftar_tanpa_huruf_bawaan(daftar):
    baku = _svg()
    daftar.ttflist[:] = [e for e in daftar.ttflist if Path(e.fname).resolve().parent != BAWAAN]
    daftar._findfont_cached.cache_clear()
    assert plots._huruf_bawaan() is True
    ours = [Path(e.fname).resolve().parent == BAWAAN for e in daftar.ttflist]
    assert all(ours[:sum(ours)]) and sum(ours) == len(list(BAWAAN.glob("*.ttf")))
    assert _file() == BAWAAN / "DejaVuSans.ttf"
    assert _svg() == baku
