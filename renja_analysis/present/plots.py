"""One function per chart, each returning a matplotlib Figure.

One style for all (``STYLE``), labels in Bahasa Indonesia, codes shown through
``labels`` (never snake_case), money in one short style (``format_rupiah_singkat``:
``Rp304,80 jt``, ``Rp1,25 M``) and every number through ``numbers`` (Babel ``id_ID``,
half-up). Names are drawn as plain text (``text.parse_math`` off in ``STYLE``): a
``$`` in a name never starts mathtext.

Charts are made to be read on a phone: ``LEBAR`` inches wide (700 px) with large
fonts, so that an image shown 390 px wide keeps its text at about 10 px. Bar charts
write each name on its own line above its bar (the whole width, no cramped tick
labels); titles wrap inside the figure, never cut. A sub kegiatan scheduled for a
later quarter is grey ("dijadwalkan"), never the colour of a failure.

``simpan`` writes PNG and SVG with fixed metadata, so the same data gives
byte-identical files. Every chart is drawn in matplotlib's own copy of DejaVu Sans
(``HURUF_NAMA``, put first among the fonts it knows by ``_huruf_bawaan``): a system copy
of another version (Debian's fonts-dejavu) draws other glyph outlines. Figures are closed after creation: a notebook shows one by
ending a cell with it.
"""
from __future__ import annotations

import functools
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import labels
from ..labels import LABEL_STATUS  # noqa: F401  (kept importable from here)
from ..metrics import STATUS, dijadwalkan, jumlah_per_status
from ..numbers import format_angka, format_persen, format_rupiah_singkat
from ..status import BELUM_DILAKSANAKAN

# the colours live in ``colours`` (no matplotlib there); kept importable from here
from .colours import (  # noqa: F401
    WARNA,
    WARNA_PREDIKAT,
    WARNA_PREDIKAT_NETRAL,
    WARNA_STATUS,
    WARNA_TANPA_STATUS,
    WARNA_TINGKAT,
)

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

#: Width of every chart (inches; 100 dpi): shown 390 px wide its text shrinks by 0.56 only.
LEBAR = 7.0
#: Font sizes (points): base, annotations on bars, titles.
HURUF, HURUF_KECIL, HURUF_JUDUL = 14, 13, 16
#: The font family of every chart; its files are those matplotlib ships (``_huruf_bawaan``).
HURUF_NAMA = "DejaVu Sans"
STYLE: dict[RcKeyType, Any] = {
    "font.family": HURUF_NAMA,
    "figure.dpi": 100, "savefig.dpi": 100, "font.size": HURUF, "axes.titlesize": HURUF_JUDUL,
    "axes.titleweight": "bold", "axes.labelsize": HURUF, "xtick.labelsize": HURUF_KECIL,
    "ytick.labelsize": HURUF_KECIL, "legend.fontsize": HURUF_KECIL, "legend.title_fontsize": HURUF_KECIL,
    "axes.spines.top": False, "axes.spines.right": False,
    "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6, "axes.axisbelow": True,
    "svg.hashsalt": "renja-analysis", "svg.fonttype": "path",
    # labels and titles quote document text: "$...$" in a name is text, not mathtext
    "text.parse_math": False,
}

# inches per text line at HURUF_KECIL, and the chart margins around the bars
_BARIS = 0.24
_KIRI, _KANAN = 0.35, 0.25


def _huruf_bawaan() -> bool:
    """Put matplotlib's own font files (its ``mpl-data``) first in its font list; True if moved.

    ``findfont`` takes the first of the fonts that fit a request equally well, and the list
    (read from a cache in the user's home, shared by every environment with this matplotlib)
    may hold a system copy of DejaVu Sans before matplotlib's, or only the system copy (a
    cache written while matplotlib was being installed): the same data would then give SVG
    files with other glyph outlines. The bundled files missing from the list are added, all
    of them moved to its head (in their order) and the lookups remembered so far forgotten.

    Examples
    --------
    >>> _huruf_bawaan()   # the module did it when imported
    False
    """
    from matplotlib import font_manager, get_data_path

    folder = Path(get_data_path(), "fonts", "ttf").resolve()
    manager = font_manager.fontManager
    known = {Path(e.fname).resolve() for e in manager.ttflist}
    for path in sorted(folder.glob("*.ttf")):
        if path not in known:
            manager.addfont(str(path))
    ours = [Path(e.fname).resolve().parent == folder for e in manager.ttflist]
    if all(ours[:sum(ours)]):
        return False
    manager.ttflist[:] = ([e for e, o in zip(manager.ttflist, ours) if o]
                          + [e for e, o in zip(manager.ttflist, ours) if not o])
    manager._findfont_cached.cache_clear()  # type: ignore[attr-defined]  # lru_cache of a method
    return True


_huruf_bawaan()
_UKUR = TextToPath()


@functools.lru_cache(maxsize=4096)
def _lebar_teks(text: str, size: float, tebal: bool = False) -> float:
    """Width of ``text`` in points at font ``size`` (measured on the glyphs of the style's font)."""
    prop = FontProperties(family=HURUF_NAMA, size=size, weight="bold" if tebal else "normal")
    # ismath=False: a "$" in a name is text here too, as in the charts (text.parse_math off)
    return float(_UKUR.get_text_width_height_descent(text, prop, ismath=False)[0]) if text.strip() else 0.0


def _bungkus(text, size: float = HURUF_KECIL, lebar: float = LEBAR - _KIRI - _KANAN,
             lines: int | None = None, tebal: bool = False) -> str:
    """``text`` wrapped to ``lebar`` inches at font ``size`` (words measured); ``lines`` caps
    the lines (the last one ends with " …"), None keeps every word (titles are never cut)."""
    batas = lebar * 72
    out: list[str] = []
    for word in str(text).split():
        if out and _lebar_teks(f"{out[-1]} {word}", size, tebal) <= batas:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    if lines is not None and len(out) > lines:
        last = out[lines - 1]
        while last and _lebar_teks(last + " \u2026", size, tebal) > batas:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        out = out[:lines - 1] + [last + " \u2026"]
    return "\n".join(out) or str(text)


def _pendek(text, width=38, lines=2) -> str:
    return "\n".join(textwrap.wrap(str(text), width=width, max_lines=lines, placeholder=" \u2026"))


def _rp_axis(axis):
    axis.set_major_locator(MaxNLocator(nbins=4))
    axis.set_major_formatter(FuncFormatter(lambda v, _: format_rupiah_singkat(v)))


def _pct_axis(axis, nbins: int = 5):
    axis.set_major_locator(MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(FuncFormatter(lambda v, _: format_persen(v, 0)))


def _n_baris(text: str) -> int:
    return str(text).count("\n") + 1


def _figure(w=LEBAR, h=5):
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(w, h))
    plt.close(fig)
    return fig, ax


def _judul(ax, text: str, lebar: float = LEBAR - 1.4) -> None:
    """A title wrapped to the figure's width (inside the figure, never cut)."""
    ax.set_title(_bungkus(text, HURUF_JUDUL, lebar, tebal=True), fontsize=HURUF_JUDUL, loc="left")


def _kanvas(names, judul: str, *, batang: float = 0.42, xlabel: str = "", legenda: int = 0,
            baris_nama: int = 3):
    """A figure for horizontal bars with each name on its own line(s) above its bar.

    The axes' y unit is one inch: item ``i`` has its bar centred at ``y[i]`` (first item
    on top) and its wrapped name just above the bar. ``legenda``: rows of a legend drawn
    under the x axis (``fig.legend``). Returns ``fig, ax, y``.
    """
    wrapped = [_bungkus(n, HURUF_KECIL, lines=baris_nama) for n in names]
    tinggi = [_BARIS * _n_baris(w) + batang + 0.2 for w in wrapped]
    total = float(sum(tinggi)) or 1.0
    bawah_item = total - np.cumsum(tinggi)
    y = bawah_item + 0.1 + batang / 2
    judul_teks = _bungkus(judul, HURUF_JUDUL, LEBAR - _KIRI - 0.15, tebal=True)
    atas = 0.25 + 0.3 * _n_baris(judul_teks)
    xl = _bungkus(xlabel, HURUF, LEBAR - 0.5) if xlabel else ""
    bawah = 0.45 + (0.28 * _n_baris(xl) if xl else 0) + (0.32 * legenda + 0.15 if legenda else 0)
    tinggi_fig = total + atas + bawah
    with plt.rc_context(STYLE):
        fig = plt.figure(figsize=(LEBAR, tinggi_fig))
        ax = fig.add_axes((_KIRI / LEBAR, bawah / tinggi_fig, 1 - (_KIRI + _KANAN) / LEBAR, total / tinggi_fig))
    plt.close(fig)
    with plt.rc_context(STYLE):
        ax.set_ylim(0, total)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.grid(axis="y", visible=False)
        for yi, w in zip(y, wrapped):
            ax.text(0.0, yi + batang / 2 + 0.04, w, transform=ax.get_yaxis_transform(), ha="left",
                    va="bottom", fontsize=HURUF_KECIL, linespacing=1.1)
        ax.set_title(judul_teks, fontsize=HURUF_JUDUL, loc="left")
        if xl:
            ax.set_xlabel(xl)
    return fig, ax, y


def _legenda_bawah(fig, ax, ncol: int, **kw) -> None:
    """The axes' legend centred at the bottom of the figure."""
    handles, teks = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, teks, loc="lower center", ncol=ncol, frameon=False,
                   fontsize=HURUF_KECIL, bbox_to_anchor=(0.5, 0.02), **kw)


def _batas_kanan(vmax: float, teks_terpanjang: str, minimum: float) -> float:
    """An x limit leaving room after the longest bar for its value text."""
    frac = min(0.6, _lebar_teks(teks_terpanjang, HURUF_KECIL) / 72 / (LEBAR - _KIRI - _KANAN) + 0.03)
    return max(minimum, vmax / (1 - frac))


def serapan_per_program(evaluasi: pd.DataFrame, harapan: float | None = None):
    """Serapan Rp of each program row (its stated realisasi / pagu) against the TW expectation."""
    progs = evaluasi[evaluasi["level"].astype(str) == "program"]
    ser = progs["serapan_rp"].astype("float64")
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if harapan is None else harapan
    # a program not yet due by plan (``metrics.dijadwalkan``: every sub kegiatan scheduled for a
    # later quarter and nothing spent) is not behind; one that spent money is judged as any other
    jadwal = dijadwalkan(evaluasi)[(evaluasi["level"].astype(str) == "program").to_numpy()] \
        if "status" in evaluasi else np.zeros(len(progs), dtype=bool)
    teks = [f"{format_persen(v)} dari {format_rupiah_singkat(pagu)}" + (", dijadwalkan" if j else "")
            for v, pagu, j in zip(ser, progs["pagu_rp"], jadwal)]
    fig, ax, y = _kanvas(progs["nama"], "Serapan anggaran per program s.d. triwulan berjalan",
                         xlabel="Serapan anggaran (realisasi Rp / pagu Rp)", legenda=1)
    with plt.rc_context(STYLE):
        colors = [WARNA["abu"] if j else WARNA["naik"] if v >= harapan else WARNA["turun"]
                  for v, j in zip(ser.fillna(0), jadwal)]
        ax.barh(y, ser.fillna(0), color=colors, height=0.42)
        ax.axvline(harapan, color=WARNA["harapan"], ls="--", lw=1.5,
                   label=f"Harapan s.d. triwulan ({format_persen(harapan, 0)})")
        xmax = _batas_kanan(float(np.nanmax(ser.fillna(0).to_numpy(), initial=0)), max(teks, key=len, default=""),
                            105)
        for yi, v, t in zip(y, ser, teks):
            ax.text((0 if pd.isna(v) else v) + 0.01 * xmax, yi, t, va="center", fontsize=HURUF_KECIL)
        ax.set_xlim(0, xmax)
        _pct_axis(ax.xaxis)
        _legenda_bawah(fig, ax, 1)
    return fig


def sebaran_capaian_serapan(evaluasi: pd.DataFrame, label_terbanyak: int = 5):
    """Capaian K vs serapan Rp of the sub kegiatan, quadrants at the TW expectation.

    The ``label_terbanyak`` rows furthest from the diagonal are numbered on the chart
    and named in a numbered list under it (names written beside the points would
    overlap on a small screen).
    """
    sub = evaluasi[(evaluasi["level"].astype(str) == "sub_kegiatan")].dropna(subset=["capaian_k"])
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if len(evaluasi) else 50.0
    x = sub["serapan_rp"].astype(float).fillna(0).to_numpy()
    y = sub["capaian_k"].astype(float).to_numpy()
    gap = np.abs(y - x) + np.where(y == 0, x, 0)
    pilih = sorted(np.argsort(-gap, kind="stable")[:label_terbanyak].tolist(), key=lambda k: (-y[k], x[k]))
    daftar = [_bungkus(f"{i}. {sub['nama'].iloc[k]}", HURUF_KECIL - 1, LEBAR - 0.6, lines=2)
              for i, k in enumerate(pilih, start=1)]
    shown = [s for s in STATUS if (sub["status"].astype(str) == s).any()]
    judul = _bungkus("Capaian kinerja vs serapan anggaran per sub kegiatan", HURUF_JUDUL, LEBAR - 0.5, tebal=True)
    atas = 0.3 + 0.3 * _n_baris(judul)
    bawah_legenda = 0.33 * ((len(shown) + 1) // 2) + 0.35
    bawah_daftar = 0.22 * sum(_n_baris(t) for t in daftar) + 0.15
    plot_h, bawah_sumbu = 5.2, 0.75
    tinggi = atas + plot_h + bawah_sumbu + bawah_legenda + bawah_daftar
    kiri = 1.15
    with plt.rc_context(STYLE):
        fig = plt.figure(figsize=(LEBAR, tinggi))
        ax = fig.add_axes((kiri / LEBAR, (bawah_sumbu + bawah_legenda + bawah_daftar) / tinggi,
                           1 - (kiri + 0.3) / LEBAR, plot_h / tinggi))
    plt.close(fig)
    with plt.rc_context(STYLE):
        colors = [WARNA_STATUS.get(str(s), WARNA["abu"]) for s in sub["status"]]
        size = 50 + 220 * np.sqrt(sub["pagu_rp"].astype(float).fillna(0) / max(float(sub["pagu_rp"].max()), 1))
        ax.scatter(x, y, s=size, c=colors, alpha=0.85, edgecolor="white", linewidth=0.6)
        ax.axvline(harapan, color=WARNA["harapan"], ls="--", lw=1)
        ax.axhline(harapan, color=WARNA["harapan"], ls="--", lw=1)
        top = max(110.0, float(np.nanmax(y)) + 15 if len(y) else 110.0)
        ax.set_xlim(-5, 110)
        ax.set_ylim(-8, top)
        kw: dict[str, Any] = dict(fontsize=HURUF_KECIL - 2, color="#666666")
        ax.text(108, top - 3, "kinerja dan\nserapan jalan", va="top", ha="right", **kw)
        ax.text(-3, top - 3, "kinerja jalan,\nserapan rendah", va="top", **kw)
        ax.text(108, harapan - 3, "serapan jalan,\nkinerja tertinggal", va="top", ha="right", **kw)
        ax.text(-3, harapan - 3, "keduanya\ntertinggal", va="top", **kw)
        placed: list[tuple[float, float]] = []
        for i, k in enumerate(pilih, start=1):
            # numbers of points close together are stacked upwards, not drawn on each other
            near = sum(1 for px, py in placed if abs(px - x[k]) < 8 and abs(py - y[k]) < 12)
            placed.append((x[k], y[k]))
            ax.annotate(str(i), (x[k], y[k]), xytext=(7, 5 + 17 * near), textcoords="offset points",
                        fontsize=HURUF_KECIL, fontweight="bold", color="#222222",
                        arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.5} if near else None)
        _pct_axis(ax.xaxis)
        _pct_axis(ax.yaxis)
        ax.set_xlabel("Serapan anggaran")
        ax.set_ylabel("Capaian kinerja")
        ax.set_title(judul, fontsize=HURUF_JUDUL, loc="left", x=-kiri / (LEBAR - kiri - 0.3) + 0.3 / LEBAR)
        for s in shown:
            ax.plot([], [], marker="o", ls="", markersize=10, color=WARNA_STATUS[s], label=labels.status(s))
        handles, teks = ax.get_legend_handles_labels()
        fig.legend(handles, teks, loc="lower center", ncol=2, frameon=False, fontsize=HURUF_KECIL - 1,
                   title="Status (ukuran titik = pagu)", bbox_to_anchor=(0.5, bawah_daftar / tinggi))
        fig.text(0.3 / LEBAR, (bawah_daftar - 0.1) / tinggi, "\n".join(daftar), va="top", ha="left",
                 fontsize=HURUF_KECIL - 1, linespacing=1.25)
    return fig


def kinerja_sub_kegiatan(evaluasi: pd.DataFrame, judul: str = "Capaian dan serapan per sub kegiatan"):
    """Grouped bars: capaian K and serapan Rp of each sub kegiatan, with the expectation line.

    A sub kegiatan scheduled for a later quarter (status ``belum_dilaksanakan``) is written
    "dijadwalkan" in grey instead of two bars at 0 %; a capaian that cannot be computed
    (no target) is "-". The title (often a long program name) wraps inside the figure.
    """
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if len(evaluasi) else 50.0
    fig, ax, y = _kanvas(sub["nama"], judul, batang=0.56, legenda=2)
    with plt.rc_context(STYLE):
        cap_na = sub["capaian_k"].astype(float)
        cap = cap_na.fillna(0)
        ser = sub["serapan_rp"].astype(float).fillna(0)
        jadwal = (sub["status"].astype(str) == BELUM_DILAKSANAKAN).to_numpy() if "status" in sub else \
            np.zeros(len(sub), dtype=bool)
        ax.barh(y + 0.14, cap, height=0.27, color=WARNA["netral"], label="Capaian kinerja (K)")
        ax.barh(y - 0.14, ser, height=0.27, color=WARNA["harapan"], alpha=0.7, label="Serapan anggaran (Rp)")
        ax.axvline(harapan, color="#333333", ls="--", lw=1, label=f"Harapan s.d. triwulan ({format_persen(harapan, 0)})")
        xmax = max(110.0, float(max(cap.max() if len(cap) else 0, ser.max() if len(ser) else 0)) * 1.3)
        for yi, c, c_na, s_, dijadwalkan in zip(y, cap, cap_na, ser, jadwal):
            if dijadwalkan:
                ax.text(0.01 * xmax, yi, "dijadwalkan (triwulan berikutnya)", va="center",
                        fontsize=HURUF_KECIL - 1, color="#666666", style="italic")
                continue
            ax.text(c + 0.01 * xmax, yi + 0.14, "-" if pd.isna(c_na) else format_persen(c_na, 0), va="center",
                    fontsize=HURUF_KECIL - 2)
            ax.text(s_ + 0.01 * xmax, yi - 0.14, format_persen(s_, 0), va="center", fontsize=HURUF_KECIL - 2)
        ax.set_xlim(0, xmax)
        _pct_axis(ax.xaxis)
        _legenda_bawah(fig, ax, 2)
    return fig


def _rp_bertanda(v: float) -> str:
    """A signed short rupiah for an axis of change, with a true minus sign:
    ``+Rp676,00 jt``, ``\u2212Rp15,50 jt``.

    >>> _rp_bertanda(-15_500_000)
    '\u2212Rp15,50\xa0jt'
    """
    return ("+" if v > 0 else "\u2212" if v < 0 else "") + format_rupiah_singkat(abs(v))


def _kata_perubahan(v: float, pct) -> str:
    """A bar of change said in words: ``berkurang Rp5,00 jt (16,67%)``.

    >>> _kata_perubahan(-5_000_000, -16.666)
    'berkurang Rp5,00\xa0jt (16,67%)'
    """
    if pd.isna(v):
        return "tidak dihitung"
    if v == 0:
        return "tidak berubah"
    teks = f"{'bertambah' if v > 0 else 'berkurang'} {format_rupiah_singkat(abs(v))}"
    return teks + ("" if pd.isna(pct) else f" ({format_persen(abs(float(pct)))})")


def pergeseran_program(pergeseran: pd.DataFrame):
    """Diverging bars: change in pagu APBD -> P-APBD per program (Rp), with the change
    in percent of the APBD pagu. Where no change is computed (Tabel 3.2 of unknown scale,
    ``narrative.selisih_tidak_dihitung``) no bar and no rupiah axis: each program says
    "tidak dihitung" and the axis label says why (``narrative.SELISIH_TIDAK_DIHITUNG``)."""
    from .narrative import SELISIH_TIDAK_DIHITUNG, selisih_tidak_dihitung

    prog = pergeseran[pergeseran["level"].astype(str) == "program"]
    tak_dihitung = selisih_tidak_dihitung(pergeseran)
    fig, ax, y = _kanvas(prog["nama"], "Pergeseran anggaran per program (APBD \u2192 P-APBD)",
                         xlabel=SELISIH_TIDAK_DIHITUNG if tak_dihitung
                         else "Perubahan pagu (Rp); hijau bertambah, merah berkurang")
    if tak_dihitung:
        with plt.rc_context(STYLE):
            for yi in y:
                ax.text(0.01, yi, "tidak dihitung", transform=ax.get_yaxis_transform(), va="center", ha="left",
                        fontsize=HURUF_KECIL - 1, color="#666666", style="italic")
            ax.set_xlim(0, 1)
            ax.set_xticks([])
            ax.grid(axis="x", visible=False)
            ax.spines["bottom"].set_visible(False)
        return fig
    with plt.rc_context(STYLE):
        d = prog["selisih_rp"].astype(float).fillna(0)
        ax.barh(y, d, color=[WARNA["naik"] if v >= 0 else WARNA["turun"] for v in d], height=0.42)
        ax.axvline(0, color="#333333", lw=0.8)
        span = float(d.abs().max()) if len(d) and d.abs().max() > 0 else 1.0   # no rows: an empty chart
        # each value is written on the other side of zero, where its own bar is not
        for yi, v, pct, asli in zip(y, d, prog["selisih_persen"], prog["selisih_rp"].astype(float)):
            teks = _kata_perubahan(asli, pct)
            ax.text(-0.03 * span if v > 0 else 0.03 * span, yi, teks, va="center",
                    ha="right" if v > 0 else "left", fontsize=HURUF_KECIL - 1)
        ax.set_xlim(-span * 1.08, span * 1.08)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _rp_bertanda(v)))
    return fig


def _temuan_bertumpuk(counts: pd.DataFrame, names, judul: str, xlabel: str):
    """Stacked bars of finding counts per row of ``counts`` (one column per severity)."""
    counts = counts.reindex(columns=list(WARNA_TINGKAT), fill_value=0)
    fig, ax, y = _kanvas(names, judul, batang=0.36, xlabel=xlabel, legenda=1)
    with plt.rc_context(STYLE):
        left = _batang_tingkat(ax, counts, y, 0.36)
        ax.set_xlim(0, max(float(left.max(initial=0)) * 1.12, 1))
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        _legenda_bawah(fig, ax, 3)
    return fig


def temuan_per_jenis(temuan: pd.DataFrame):
    """Stacked bars: number of findings per type (readable label) and severity."""
    counts = temuan.groupby(["jenis", "tingkat"], observed=True).size().unstack("tingkat", fill_value=0)
    counts = counts[counts.sum(axis=1) > 0]
    return _temuan_bertumpuk(counts, [labels.jenis_temuan(j) for j in counts.index],
                             "Temuan kualitas data per jenis dan tingkat", "Jumlah temuan")


def jumlah_status(evaluasi: pd.DataFrame):
    """Bars: number of sub kegiatan per status (scheduled: grey)."""
    counts = jumlah_per_status(evaluasi)
    fig, ax, y = _kanvas([labels.status(s) for s in counts.index], "Status sub kegiatan s.d. triwulan berjalan",
                         batang=0.36, xlabel="Jumlah sub kegiatan", baris_nama=1)
    with plt.rc_context(STYLE):
        v = counts.to_numpy()
        ax.barh(y, v, color=[WARNA_STATUS.get(s, WARNA_TANPA_STATUS) for s in counts.index], height=0.36)
        xmax = max(float(v.max(initial=0)) * 1.15, 1)
        for yi, n in zip(y, v):
            ax.text(n + 0.01 * xmax, yi, format_angka(n), va="center", fontsize=HURUF_KECIL)
        ax.set_xlim(0, xmax)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    return fig


def perbandingan_instansi(ringkas: pd.DataFrame):
    """Offices side by side (``comparison.per_dokumen``): serapan against each one's quarter
    expectation, and the mean capaian of its sub kegiatan, ranked."""
    df = ringkas.sort_values("peringkat", kind="stable").reset_index(drop=True)
    from .comparison import nama_instansi

    names = [f"{i} ({p})" for i, p in zip(nama_instansi(df), df["periode"])]
    fig, ax, y = _kanvas(names, "Perbandingan antarinstansi: serapan dan capaian", batang=0.56,
                         xlabel="Serapan: realisasi Rp / pagu Rp; capaian: rata-rata realisasi / target", legenda=2)
    with plt.rc_context(STYLE):
        ser = df["serapan_rp"].astype("float64").fillna(0)
        cap = df["rata_capaian_k"].astype("float64").fillna(0)
        ax.barh(y + 0.14, ser, height=0.27, color=WARNA["netral"], label="Serapan anggaran")
        ax.barh(y - 0.14, cap, height=0.27, color=WARNA["naik"], label="Rata-rata capaian sub kegiatan")
        for yi, h in zip(y, df["harapan_tw"].astype("float64")):
            ax.plot([h, h], [yi - 0.3, yi + 0.3], color=WARNA["harapan"], lw=2)
        ax.plot([], [], color=WARNA["harapan"], lw=2, label="Harapan s.d. triwulan")
        xmax = max(110, float(max(ser.max(), cap.max())) * 1.3)
        for yi, v, c in zip(y, ser, cap):
            ax.text(v + 0.01 * xmax, yi + 0.14, format_persen(v), va="center", fontsize=HURUF_KECIL - 2)
            ax.text(c + 0.01 * xmax, yi - 0.14, format_persen(c), va="center", fontsize=HURUF_KECIL - 2)
        ax.set_xlim(0, xmax)
        _pct_axis(ax.xaxis)
        _legenda_bawah(fig, ax, 2)
    return fig


def tren_instansi(tren: pd.DataFrame):
    """The same office over quarters and years (``comparison.tren``): serapan (against each
    period's own pagu, written beside each point) and mean capaian per period, one line per
    office, and the quarter's expectation as a grey step: a cumulative percentage is read
    against its quarter, and against its own pagu."""
    from .comparison import kunci_instansi, nama_instansi

    kantor = kunci_instansi(tren)
    offices = kantor.unique().tolist()
    h = 4.8 + 0.3 * (2 * len(offices) + 1)
    fig, ax = _figure(LEBAR, h)
    with plt.rc_context(STYLE):
        urut = tren.sort_values(["tahun", "triwulan"], kind="stable")
        periods = list(dict.fromkeys(urut["periode"]))
        x = {p: i for i, p in enumerate(periods)}
        harapan = urut.drop_duplicates("periode").set_index("periode")["harapan_tw"].reindex(periods)
        ax.plot(range(len(periods)), harapan.astype("float64"), ls="none", marker="_", markersize=28,
                markeredgewidth=2, color="#888888", label="Harapan s.d. triwulan")
        nama = nama_instansi(tren)
        for k, (_, part) in enumerate(tren.groupby(kantor, sort=False)):
            office = nama[part.index[0]]
            xs = [x[p] for p in part["periode"]]
            color = plt.get_cmap("tab10")(k % 10)
            serapan = part["serapan_rp"].astype("float64")
            ax.plot(xs, serapan, marker="o", color=color,
                    label=_pendek(f"{office}: serapan terhadap pagu periode itu", 70, 1))
            ax.plot(xs, part["rata_capaian_k"].astype("float64"), marker="s", ls="--", color=color,
                    label=_pendek(f"{office}: rata-rata capaian", 70, 1))
            for xi, yi, pagu in zip(xs, serapan, part["pagu_rp"]):
                if pd.notna(yi):
                    ax.annotate(f"pagu {format_rupiah_singkat(pagu)}", (xi, yi), textcoords="offset points",
                                xytext=(6, 6), fontsize=HURUF_KECIL - 2, color=color)
        ax.set_xticks(range(len(periods)), periods)
        ax.set_xlim(-0.4, len(periods) - 0.4)           # room for the pagu written right of the last point
        ax.set_ylim(bottom=0)
        _pct_axis(ax.yaxis)
        ax.set_ylabel("Persen (kumulatif)")
        _judul(ax, "Serapan (garis, terhadap pagu periode masing-masing) dan capaian (putus-putus)")
        handles, teks = ax.get_legend_handles_labels()
        fig.legend(handles, teks, loc="lower center", ncol=1, frameon=False, fontsize=HURUF_KECIL - 1,
                   bbox_to_anchor=(0.5, 0.0))
        fig.tight_layout(rect=(0, (0.2 + 0.3 * (2 * len(offices) + 1)) / h, 1, 1))
    return fig


def _batang_tingkat(ax, counts: pd.DataFrame, y, tinggi: float, gap: float = 0.01):
    """Horizontal bars at ``y`` stacked by tingkat (columns of ``counts``, legend from
    ``labels.tingkat``), each total written beyond its bar; returns the totals."""
    left = np.zeros(len(counts))
    for tingkat, color in WARNA_TINGKAT.items():
        v = counts[tingkat].to_numpy()
        ax.barh(y, v, left=left, color=color, label=labels.tingkat(tingkat), height=tinggi)
        left += v
    step = gap * max(float(left.max(initial=0)), 1)
    for yi, total in zip(y, left):
        ax.text(total + step, yi, format_angka(total), va="center", fontsize=HURUF_KECIL)
    return left


def _pagu_terbesar(pemda: pd.DataFrame, agregasi: str) -> pd.DataFrame:
    """The ``sipd_pemda`` rows of one grouping, largest pagu first (ties by code)."""
    rows = pemda[pemda["agregasi"].astype(str) == agregasi]
    return rows.sort_values(["pagu_rp", "kode"], ascending=[False, True], kind="stable")


def pagu_sipd_perangkat_daerah(pemda: pd.DataFrame):
    """SIPD pemda view: pagu this year (n) and next year (n+1) of each perangkat daerah,
    largest first, with the change n -> n+1 written beside the bars."""
    rows = _pagu_terbesar(pemda, "perangkat_daerah")
    fig, ax, y = _kanvas(rows["nama"], "Pagu per perangkat daerah: tahun ini dan tahun berikutnya",
                         batang=0.56, xlabel="Pagu (Rp), jumlah sub kegiatan di SIPD", legenda=2)
    with plt.rc_context(STYLE):
        n = rows["pagu_rp"].astype(float).fillna(0).to_numpy()
        n1 = rows["pagu_n_depan_rp"].astype(float).fillna(0).to_numpy()
        ax.barh(y + 0.14, n, height=0.27, color=WARNA["netral"], label="Pagu tahun ini (n)")
        ax.barh(y - 0.14, n1, height=0.27, color=WARNA["harapan"], alpha=0.8, label="Pagu tahun berikutnya (n+1)")
        span = float(max(n.max(initial=0), n1.max(initial=0)) or 1)
        for yi, a, b, pct in zip(y, n, n1, rows["selisih_n_depan_persen"]):
            ax.text(a + 0.01 * span, yi + 0.14, format_rupiah_singkat(a), va="center", fontsize=HURUF_KECIL - 2)
            change = "" if pd.isna(pct) else f" ({'+' if pct > 0 else ''}{format_persen(pct)})"
            ax.text(b + 0.01 * span, yi - 0.14, format_rupiah_singkat(b) + change, va="center",
                    fontsize=HURUF_KECIL - 2)
        ax.set_xlim(0, span * 1.7)
        _rp_axis(ax.xaxis)
        _legenda_bawah(fig, ax, 1)
    return fig


def pagu_sipd_bidang_urusan(pemda: pd.DataFrame):
    """SIPD pemda view: pagu of each bidang urusan with its share of the pemda's pagu."""
    rows = _pagu_terbesar(pemda, "bidang_urusan")
    fig, ax, y = _kanvas([f"{k} {t}" for k, t in zip(rows["kode"], rows["nama"])], "Pagu per bidang urusan",
                         xlabel="Pagu tahun ini (Rp)")
    with plt.rc_context(STYLE):
        v = rows["pagu_rp"].astype(float).fillna(0).to_numpy()
        ax.barh(y, v, height=0.42, color=WARNA["netral"])
        span = float(v.max(initial=0) or 1)
        for yi, a, share in zip(y, v, rows["porsi_pagu_persen"]):
            ax.text(a + 0.01 * span, yi, f"{format_rupiah_singkat(a)} ({format_persen(share)})", va="center",
                    fontsize=HURUF_KECIL - 1)
        ax.set_xlim(0, span * 1.75)
        _rp_axis(ax.xaxis)
    return fig


def temuan_sipd_perangkat_daerah(per_tingkat: pd.DataFrame):
    """Stacked bars: SIPD findings per perangkat daerah and severity
    (``pemda.temuan_per_tingkat``)."""
    return _temuan_bertumpuk(per_tingkat, per_tingkat.index, "Temuan data SIPD per perangkat daerah dan tingkat",
                             "Jumlah temuan data SIPD")


#: Short month names on the realisation chart's axis.
_BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def serapan_kumulatif_sipd(bulanan: pd.DataFrame):
    """SIPD realisation page: cumulative monthly serapan (% of pagu) of each perangkat daerah,
    one line each, against the quarterly expectation (dashed, its quarter ends marked).
    ``bulanan`` is ``present.realisation.serapan_bulanan``; without a pagu (no plan) the lines
    are the cumulative realisation in rupiah and no expectation is drawn."""
    offices = list(dict.fromkeys(bulanan["kode_skpd"]))
    persen = bulanan["serapan_persen"].notna().any()
    h = 4.8 + 0.3 * len(offices)
    fig, ax = _figure(LEBAR, h)
    with plt.rc_context(STYLE):
        for k, kode in enumerate(offices):
            part = bulanan[bulanan["kode_skpd"] == kode]
            y = part["serapan_persen" if persen else "realisasi_kumulatif_rp"].astype("float64")
            # tab10 without its orange (index 1): orange is the expectation's colour
            ax.plot(part["bulan"], y, marker="o", color=plt.get_cmap("tab10")([0, 2, 3, 4, 5, 6, 7, 8, 9][k % 9]),
                    label=_pendek(part["nama_skpd"].iloc[0], 60, 1))
        months = sorted(set(bulanan["bulan"].astype(int)))
        last = max(months, default=12)
        if persen:
            m = np.arange(0, last + 1)
            ax.plot(m, m * 100 / 12, ls="--", color=WARNA["harapan"], label="Harapan (linier per triwulan)")
            q = np.arange(3, last + 1, 3)
            ax.plot(q, q * 100 / 12, ls="none", marker="D", color=WARNA["harapan"])
            _pct_axis(ax.yaxis)
            ax.set_ylabel("Serapan kumulatif (% pagu)")
            ax.set_ylim(bottom=0)
        else:
            _rp_axis(ax.yaxis)
            ax.set_ylabel("Realisasi kumulatif (Rp)")
        ax.set_xticks(months, [_BULAN_SINGKAT[b - 1] for b in months])
        ax.set_xlim(0.5 if not persen else 0, last + 0.5)
        _judul(ax, "Serapan kumulatif per perangkat daerah dan harapan triwulan" if persen
               else "Realisasi kumulatif per perangkat daerah (tanpa pagu: ekspor Renja tidak diberikan)")
        handles, teks = ax.get_legend_handles_labels()
        fig.legend(handles, teks, loc="lower center", ncol=1, frameon=False, fontsize=HURUF_KECIL - 1,
                   bbox_to_anchor=(0.5, 0.0))
        fig.tight_layout(rect=(0, (0.2 + 0.3 * (len(offices) + 1)) / h, 1, 1))
    return fig


def simpan(fig, nama: str, folder) -> list[Path]:
    """Save ``fig`` as ``<folder>/<nama>.png`` and ``.svg`` with fixed metadata."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{nama}.png", folder / f"{nama}.svg"]
    with plt.rc_context(STYLE):
        fig.savefig(paths[0], metadata={"Software": None})
        fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths


__all__ = ["jumlah_status", "kinerja_sub_kegiatan", "pagu_sipd_bidang_urusan", "pagu_sipd_perangkat_daerah",
           "perbandingan_instansi", "pergeseran_program", "sebaran_capaian_serapan", "serapan_kumulatif_sipd",
           "serapan_per_program",
           "simpan", "temuan_per_jenis", "temuan_sipd_perangkat_daerah", "tren_instansi"]
