"""One function per chart, each returning a matplotlib Figure.

One style for all (``STYLE``), labels in Bahasa Indonesia, rupiah axes in
readable units (jt / M) and numbers formatted with Babel ``id_ID``. Names are
drawn as plain text (``text.parse_math`` off in ``STYLE``): a ``$`` in a name
never starts mathtext. ``simpan``
writes PNG and SVG with fixed metadata, so the same data gives byte-identical
files. Figures are closed after creation: a notebook shows one by ending a cell
with it.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter

from .metrics import PREDIKAT, STATUS
from .numbers import format_angka, format_persen, format_rupiah_singkat

STYLE = {
    "figure.dpi": 100, "savefig.dpi": 100, "font.size": 10, "axes.titlesize": 12,
    "axes.titleweight": "bold", "axes.spines.top": False, "axes.spines.right": False,
    "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6, "axes.axisbelow": True,
    "svg.hashsalt": "renja-analysis", "svg.fonttype": "path",
    # labels and titles quote document text: "$...$" in a name is text, not mathtext
    "text.parse_math": False,
}
WARNA = {"naik": "#1b7837", "turun": "#b2182b", "netral": "#4d6d9a", "harapan": "#e08214",
         "abu": "#9e9e9e"}
WARNA_PREDIKAT = dict(zip(PREDIKAT, ["#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850"]))
WARNA_STATUS = dict(zip(STATUS, ["#9e9e9e", "#d73027", "#fc8d59", "#5e3c99", "#fdb863", "#1a9850"]))
WARNA_TINGKAT = {"info": "#92c5de", "peringatan": "#fdb863", "kritis": "#d73027"}
LABEL_STATUS = {"belum_dilaksanakan": "Belum dilaksanakan (dijadwalkan)",
                "serapan_tanpa_output": "Serapan tanpa output",
                "output_tanpa_serapan": "Output tanpa serapan",
                "melampaui_target": "Melampaui target", "tertinggal": "Tertinggal",
                "sesuai_rencana": "Sesuai rencana"}


def _pendek(text, width=38, lines=2) -> str:
    return "\n".join(textwrap.wrap(str(text), width=width, max_lines=lines, placeholder=" …"))


def _rp_axis(axis):
    axis.set_major_formatter(FuncFormatter(lambda v, _: format_rupiah_singkat(v).replace("Rp ", "")))


def _pct_axis(axis):
    axis.set_major_formatter(FuncFormatter(lambda v, _: format_persen(v, 0)))


def _figure(w=10, h=5):
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(w, h))
    plt.close(fig)
    return fig, ax


def serapan_per_program(evaluasi: pd.DataFrame, harapan: float | None = None):
    """Serapan Rp of each program row (its stated realisasi / pagu) against the TW expectation."""
    progs = evaluasi[evaluasi["level"].astype(str) == "program"]
    ser = progs["serapan_rp"]
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if harapan is None else harapan
    fig, ax = _figure(10, 0.55 * len(progs) + 1.6)
    with plt.rc_context(STYLE):
        y = np.arange(len(progs))[::-1]
        colors = [WARNA["naik"] if v >= harapan else WARNA["turun"] for v in ser.fillna(0)]
        ax.barh(y, ser.fillna(0), color=colors, height=0.6)
        ax.axvline(harapan, color=WARNA["harapan"], ls="--", lw=1.5,
                   label=f"Harapan s.d. TW ({format_persen(harapan, 0)})")
        for yi, v, pagu in zip(y, ser, progs["pagu_rp"]):
            ax.text((0 if pd.isna(v) else v) + 1, yi,
                    f"{format_persen(v, 1)} dari {format_rupiah_singkat(pagu)}", va="center", fontsize=8)
        ax.set_yticks(y, [_pendek(n, 45) for n in progs["nama"]], fontsize=8)
        ax.set_xlim(0, max(105, float(ser.max() or 0) + 30))
        _pct_axis(ax.xaxis)
        ax.set_xlabel("Serapan anggaran (realisasi Rp / pagu Rp)")
        ax.set_title("Serapan anggaran per program s.d. triwulan berjalan")
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
    return fig


def sebaran_capaian_serapan(evaluasi: pd.DataFrame, label_terbanyak: int = 8):
    """Capaian K vs serapan Rp of the sub kegiatan, quadrants at the TW expectation,
    labelled outliers (the rows furthest from the diagonal)."""
    sub = evaluasi[(evaluasi["level"].astype(str) == "sub_kegiatan")].dropna(subset=["capaian_k"])
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if len(evaluasi) else 50.0
    fig, ax = _figure(10, 7)
    with plt.rc_context(STYLE):
        x = sub["serapan_rp"].astype(float).fillna(0).to_numpy()
        y = sub["capaian_k"].astype(float).to_numpy()
        colors = [WARNA_STATUS.get(str(s), WARNA["abu"]) for s in sub["status"]]
        size = 30 + 170 * np.sqrt(sub["pagu_rp"].astype(float).fillna(0) / max(float(sub["pagu_rp"].max()), 1))
        ax.scatter(x, y, s=size, c=colors, alpha=0.8, edgecolor="white", linewidth=0.6)
        ax.axvline(harapan, color=WARNA["harapan"], ls="--", lw=1)
        ax.axhline(harapan, color=WARNA["harapan"], ls="--", lw=1)
        top = max(110.0, float(np.nanmax(y)) + 15 if len(y) else 110.0)
        ax.set_xlim(-5, 110)
        ax.set_ylim(-8, top)
        kw = dict(fontsize=8, color="#555555", alpha=0.9)
        ax.text(harapan + 2, top - 5, "Kinerja dan serapan\nsesuai/lebih", va="top", **kw)
        ax.text(-3, top - 5, "Kinerja jalan,\nserapan rendah", va="top", **kw)
        ax.text(harapan + 2, 2, "Serapan jalan,\nkinerja tertinggal", va="bottom", **kw)
        ax.text(-3, 2, "Keduanya\ntertinggal", va="bottom", **kw)
        gap = np.abs(y - x) + np.where(y == 0, x, 0)
        placed: list[tuple[float, float]] = []
        for k in sorted(np.argsort(-gap, kind="stable")[:label_terbanyak], key=lambda k: (x[k], y[k])):
            # stack labels of nearby points instead of drawing them on top of each other
            near = sum(1 for px, py in placed if abs(px - x[k]) < 22 and abs(py - y[k]) < 12)
            placed.append((x[k], y[k]))
            ax.annotate(_pendek(sub["nama"].iloc[k], 30), (x[k], y[k]), xytext=(6, 6 + 22 * near),
                        textcoords="offset points", fontsize=7,
                        arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.5} if near else None)
        _pct_axis(ax.xaxis)
        _pct_axis(ax.yaxis)
        ax.set_xlabel("Serapan anggaran (%)")
        ax.set_ylabel("Capaian kinerja (%)")
        ax.set_title("Capaian kinerja vs serapan anggaran per sub kegiatan")
        handles = [plt.Line2D([], [], marker="o", ls="", color=WARNA_STATUS[s], label=LABEL_STATUS[s])
                   for s in STATUS if (sub["status"].astype(str) == s).any()]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=3, fontsize=8,
                  title="Status (ukuran titik = pagu)", title_fontsize=8)
        fig.tight_layout()
    return fig


def kinerja_sub_kegiatan(evaluasi: pd.DataFrame, judul: str = "Capaian dan serapan per sub kegiatan"):
    """Grouped bars: capaian K and serapan Rp of each sub kegiatan, with the expectation line."""
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    harapan = float(evaluasi["harapan_tw"].iloc[0]) if len(evaluasi) else 50.0
    fig, ax = _figure(10, 0.6 * max(len(sub), 1) + 1.8)
    with plt.rc_context(STYLE):
        y = np.arange(len(sub))[::-1]
        cap = sub["capaian_k"].astype(float).fillna(0)
        ser = sub["serapan_rp"].astype(float).fillna(0)
        ax.barh(y + 0.18, cap, height=0.36, color=WARNA["netral"], label="Capaian kinerja (K)")
        ax.barh(y - 0.18, ser, height=0.36, color=WARNA["harapan"], alpha=0.7, label="Serapan anggaran (Rp)")
        ax.axvline(harapan, color="#333333", ls="--", lw=1, label=f"Harapan ({format_persen(harapan, 0)})")
        for yi, c, s in zip(y, cap, ser):
            ax.text(c + 1, yi + 0.18, format_persen(c, 0), va="center", fontsize=7)
            ax.text(s + 1, yi - 0.18, format_persen(s, 0), va="center", fontsize=7)
        ax.set_yticks(y, [_pendek(n, 45) for n in sub["nama"]], fontsize=8)
        ax.set_xlim(0, max(110.0, float(max(cap.max() if len(cap) else 0, 0)) + 20))
        _pct_axis(ax.xaxis)
        ax.set_title(_pendek(judul, 60))
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
    return fig


def pergeseran_program(pergeseran: pd.DataFrame):
    """Diverging bars: change in pagu APBD -> P-APBD per program (Rp)."""
    prog = pergeseran[pergeseran["level"].astype(str) == "program"]
    fig, ax = _figure(10, 0.55 * max(len(prog), 1) + 1.6)
    with plt.rc_context(STYLE):
        y = np.arange(len(prog))[::-1]
        d = prog["selisih_rp"].astype(float).fillna(0)
        ax.barh(y, d, color=[WARNA["naik"] if v >= 0 else WARNA["turun"] for v in d], height=0.6)
        ax.axvline(0, color="#333333", lw=0.8)
        span = float(d.abs().max() or 1)
        for yi, v, pct in zip(y, d, prog["selisih_persen"]):
            label = f"{'+' if v > 0 else ''}{format_rupiah_singkat(v)} ({format_persen(pct, 1)})"
            ax.text(v + (0.02 * span if v >= 0 else -0.02 * span), yi, label, va="center",
                    ha="left" if v >= 0 else "right", fontsize=8)
        ax.set_yticks(y, [_pendek(n, 45) for n in prog["nama"]], fontsize=8)
        ax.set_xlim(-span * 1.6, span * 1.6)
        _rp_axis(ax.xaxis)
        ax.set_xlabel("Perubahan pagu APBD \u2192 P-APBD (Rp)")
        ax.set_title("Pergeseran anggaran per program")
        fig.tight_layout()
    return fig


def temuan_per_jenis(temuan: pd.DataFrame):
    """Stacked bars: number of findings per type and severity."""
    counts = (temuan.groupby(["jenis", "tingkat"], observed=True).size().unstack("tingkat", fill_value=0)
              .reindex(columns=list(WARNA_TINGKAT), fill_value=0))
    counts = counts[counts.sum(axis=1) > 0]
    fig, ax = _figure(10, 0.45 * max(len(counts), 1) + 1.6)
    with plt.rc_context(STYLE):
        y, left = _batang_tingkat(ax, counts, 0.2)
        ax.set_yticks(y, [str(j).replace("_", " ") for j in counts.index], fontsize=9)
        ax.set_xlabel("Jumlah temuan")
        ax.set_title("Temuan kualitas data per jenis dan tingkat")
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
    return fig


def jumlah_status(evaluasi: pd.DataFrame):
    """Bars: number of sub kegiatan per status."""
    counts = evaluasi["status"].value_counts().reindex(STATUS, fill_value=0)
    fig, ax = _figure(8, 3.6)
    with plt.rc_context(STYLE):
        y = np.arange(len(counts))[::-1]
        ax.barh(y, counts.to_numpy(), color=[WARNA_STATUS[s] for s in counts.index], height=0.6)
        for yi, v in zip(y, counts.to_numpy()):
            ax.text(v + 0.2, yi, format_angka(v), va="center", fontsize=8)
        ax.set_yticks(y, [LABEL_STATUS[s] for s in counts.index], fontsize=9)
        ax.set_xlabel("Jumlah sub kegiatan")
        ax.set_title("Status sub kegiatan s.d. triwulan berjalan")
        fig.tight_layout()
    return fig


def perbandingan_instansi(ringkas: pd.DataFrame):
    """Offices side by side (``bandingan.per_dokumen``): serapan against each one's quarter
    expectation, and the mean capaian of its sub kegiatan, ranked."""
    df = ringkas.sort_values("peringkat", kind="stable").reset_index(drop=True)
    label = [_pendek(f"{i} ({p})", 40) for i, p in zip(df["instansi"].fillna(df["dokumen"]), df["periode"])]
    fig, ax = _figure(10, 0.7 * len(df) + 1.8)
    with plt.rc_context(STYLE):
        y = np.arange(len(df))[::-1]
        ser = df["serapan_rp"].astype("float64").fillna(0)
        cap = df["rata_capaian_k"].astype("float64").fillna(0)
        ax.barh(y + 0.18, ser, height=0.34, color=WARNA["netral"], label="Serapan anggaran")
        ax.barh(y - 0.18, cap, height=0.34, color=WARNA["naik"], label="Rata-rata capaian sub kegiatan")
        for yi, h in zip(y, df["harapan_tw"].astype("float64")):
            ax.plot([h, h], [yi - 0.42, yi + 0.42], color=WARNA["harapan"], lw=2)
        ax.plot([], [], color=WARNA["harapan"], lw=2, label="Harapan s.d. triwulan")
        for yi, v, c in zip(y, ser, cap):
            ax.text(v + 1, yi + 0.18, format_persen(v, 1), va="center", fontsize=8)
            ax.text(c + 1, yi - 0.18, format_persen(c, 1), va="center", fontsize=8)
        ax.set_yticks(y, label, fontsize=8)
        ax.set_xlim(0, max(110, float(max(ser.max(), cap.max())) + 20))
        _pct_axis(ax.xaxis)
        ax.set_xlabel("Persen (serapan: realisasi Rp / pagu Rp; capaian: rata-rata realisasi / target)")
        ax.set_title("Perbandingan antar-instansi: serapan dan capaian")
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
    return fig


def tren_instansi(tren: pd.DataFrame):
    """The same office over quarters and years (``bandingan.tren``): serapan and mean
    capaian per period, one line per office."""
    fig, ax = _figure(10, 4.5)
    with plt.rc_context(STYLE):
        periods = list(dict.fromkeys(tren.sort_values(["tahun", "triwulan"])["periode"]))
        x = {p: i for i, p in enumerate(periods)}
        for k, (office, part) in enumerate(tren.groupby("instansi", sort=True)):
            xs = [x[p] for p in part["periode"]]
            color = plt.get_cmap("tab10")(k % 10)
            ax.plot(xs, part["serapan_rp"].astype("float64"), marker="o", color=color,
                    label=_pendek(f"{office}: serapan", 45))
            ax.plot(xs, part["rata_capaian_k"].astype("float64"), marker="s", ls="--", color=color,
                    label=_pendek(f"{office}: capaian", 45))
        ax.set_xticks(range(len(periods)), periods)
        _pct_axis(ax.yaxis)
        ax.set_ylabel("Persen")
        ax.set_title("Tren serapan (garis) dan capaian (putus-putus) per instansi")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
    return fig


def _batang_tingkat(ax, counts: pd.DataFrame, gap: float):
    """Horizontal bars stacked by tingkat (columns of ``counts``, one bar per row, first row
    on top), each total written ``gap`` beyond its bar; returns the positions and totals."""
    y = np.arange(len(counts))[::-1]
    left = np.zeros(len(counts))
    for tingkat, color in WARNA_TINGKAT.items():
        v = counts[tingkat].to_numpy()
        ax.barh(y, v, left=left, color=color, label=tingkat.capitalize(), height=0.6)
        left += v
    for yi, total in zip(y, left):
        ax.text(total + gap, yi, format_angka(total), va="center", fontsize=8)
    return y, left


def _pagu_terbesar(pemda: pd.DataFrame, agregasi: str) -> pd.DataFrame:
    """The ``sipd_pemda`` rows of one grouping, largest pagu first (ties by code)."""
    rows = pemda[pemda["agregasi"].astype(str) == agregasi]
    return rows.sort_values(["pagu_rp", "kode"], ascending=[False, True], kind="stable")


def pagu_sipd_perangkat_daerah(pemda: pd.DataFrame):
    """SIPD pemda view: pagu this year (n) and next year (n+1) of each perangkat daerah,
    largest first, with the change n -> n+1 written beside the bars."""
    rows = _pagu_terbesar(pemda, "perangkat_daerah")
    fig, ax = _figure(10, 0.6 * max(len(rows), 1) + 2.3)
    with plt.rc_context(STYLE):
        y = np.arange(len(rows))[::-1]
        n = rows["pagu_rp"].astype(float).fillna(0).to_numpy()
        n1 = rows["pagu_n_depan_rp"].astype(float).fillna(0).to_numpy()
        ax.barh(y + 0.18, n, height=0.36, color=WARNA["netral"], label="Pagu tahun ini (n)")
        ax.barh(y - 0.18, n1, height=0.36, color=WARNA["harapan"], alpha=0.8, label="Pagu tahun berikutnya (n+1)")
        span = float(max(n.max(initial=0), n1.max(initial=0)) or 1)
        for yi, a, b, pct in zip(y, n, n1, rows["selisih_n_depan_persen"]):
            ax.text(a + 0.01 * span, yi + 0.18, format_rupiah_singkat(a), va="center", fontsize=7)
            change = "" if pd.isna(pct) else f" ({'+' if pct > 0 else ''}{format_persen(pct, 1)})"
            ax.text(b + 0.01 * span, yi - 0.18, format_rupiah_singkat(b) + change, va="center", fontsize=7)
        ax.set_yticks(y, [_pendek(t, 45) for t in rows["nama"]], fontsize=8)
        ax.set_xlim(0, span * 1.35)
        _rp_axis(ax.xaxis)
        ax.set_xlabel("Pagu (Rp), jumlah sub kegiatan di SIPD")
        ax.set_title("Pagu per perangkat daerah: tahun ini dan tahun berikutnya")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8, frameon=False)
        fig.tight_layout()
    return fig


def pagu_sipd_bidang_urusan(pemda: pd.DataFrame):
    """SIPD pemda view: pagu of each bidang urusan with its share of the pemda's pagu."""
    rows = _pagu_terbesar(pemda, "bidang_urusan")
    fig, ax = _figure(10, 0.5 * max(len(rows), 1) + 1.6)
    with plt.rc_context(STYLE):
        y = np.arange(len(rows))[::-1]
        v = rows["pagu_rp"].astype(float).fillna(0).to_numpy()
        ax.barh(y, v, height=0.6, color=WARNA["netral"])
        span = float(v.max(initial=0) or 1)
        for yi, a, share in zip(y, v, rows["porsi_pagu_persen"]):
            ax.text(a + 0.01 * span, yi, f"{format_rupiah_singkat(a)} ({format_persen(share, 1)})", va="center",
                    fontsize=8)
        ax.set_yticks(y, [_pendek(f"{k} {t}", 50) for k, t in zip(rows["kode"], rows["nama"])], fontsize=8)
        ax.set_xlim(0, span * 1.35)
        _rp_axis(ax.xaxis)
        ax.set_xlabel("Pagu tahun ini (Rp)")
        ax.set_title("Pagu per bidang urusan")
        fig.tight_layout()
    return fig


def temuan_sipd_perangkat_daerah(per_tingkat: pd.DataFrame):
    """Stacked bars: SIPD findings per perangkat daerah and severity
    (``pemda.temuan_per_tingkat``)."""
    counts = per_tingkat.reindex(columns=list(WARNA_TINGKAT), fill_value=0)
    fig, ax = _figure(10, 0.5 * max(len(counts), 1) + 2.1)
    with plt.rc_context(STYLE):
        y, left = _batang_tingkat(ax, counts, 0.1)
        ax.set_yticks(y, [_pendek(n, 45) for n in counts.index], fontsize=8)
        ax.set_xlim(0, max(float(left.max(initial=0)) * 1.15, 1))
        ax.set_xlabel("Jumlah temuan data SIPD")
        ax.set_title("Temuan data SIPD per perangkat daerah dan tingkat")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, fontsize=8, frameon=False)
        fig.tight_layout()
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
           "perbandingan_instansi", "pergeseran_program", "sebaran_capaian_serapan", "serapan_per_program",
           "simpan", "temuan_per_jenis", "temuan_sipd_perangkat_daerah", "tren_instansi"]
