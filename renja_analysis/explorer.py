"""The analysts' explorer: a filter that works on its own, and a thin widget layer.

``saring_sub_kegiatan`` does the work and can be called without widgets (the
notebook's stored output shows it); ``penjelajah`` wraps it in ipywidgets
controls that redraw the table and the chart of under-performing sub kegiatan.
"""
from __future__ import annotations

import pandas as pd

from .names import normalise_name
from .plots import kinerja_sub_kegiatan


def saring_sub_kegiatan(evaluasi: pd.DataFrame, program: str | None = None, status=None,
                        predikat=None, batas_capaian: float | None = None,
                        batas_serapan: float | None = None, cari: str | None = None) -> pd.DataFrame:
    """Sub kegiatan that match every given filter, worst capaian first.

    Parameters
    ----------
    program : str, optional
        Exact program name.
    status, predikat : str or list of str, optional
        Keep these status / predikat_k values.
    batas_capaian, batas_serapan : float, optional
        Keep rows whose capaian K / serapan Rp is at most this (percent).
    cari : str, optional
        Words that must all appear in the name (case and punctuation ignored).

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "program": ["P"] * 3,
    ...     "nama": ["Pemulihan Usaha Mikro", "Fasilitasi HKI", "Pelatihan"],
    ...     "status": ["melampaui_target", "tertinggal", "tertinggal"],
    ...     "predikat_k": ["Sangat Tinggi", "Sangat Rendah", "Sangat Rendah"],
    ...     "capaian_k": [124.0, 0.0, 20.0], "serapan_rp": [85.0, 30.0, 10.0]})
    >>> saring_sub_kegiatan(df, status="tertinggal", batas_serapan=20)["nama"].tolist()
    ['Pelatihan']
    >>> saring_sub_kegiatan(df, cari="usaha MIKRO")["nama"].tolist()
    ['Pemulihan Usaha Mikro']
    """
    df = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    keep = pd.Series(True, index=df.index)
    if program:
        keep &= df["program"] == program
    for col, value in (("status", status), ("predikat_k", predikat)):
        if value:
            values = [value] if isinstance(value, str) else list(value)
            keep &= df[col].astype(str).isin(values)
    if batas_capaian is not None:
        keep &= (df["capaian_k"] <= batas_capaian).fillna(False)
    if batas_serapan is not None:
        keep &= (df["serapan_rp"] <= batas_serapan).fillna(False)
    if cari:
        norm = df["nama"].map(normalise_name)
        for word in normalise_name(cari).split():
            keep &= norm.str.contains(word, regex=False)
    out = df[keep.astype(bool)]
    return out.sort_values(["capaian_k", "serapan_rp"], na_position="first", kind="stable")


def penjelajah(evaluasi: pd.DataFrame):
    """Widgets (program, status, predikat, thresholds, search) over ``saring_sub_kegiatan``."""
    import ipywidgets as w
    from IPython.display import display

    from .styling import tabel_evaluasi

    programs = [("(semua program)", "")] + [(p, p) for p in evaluasi["program"].dropna().unique()]
    statuses = [s for s in evaluasi["status"].cat.categories]
    predikat = list(evaluasi["predikat_k"].cat.categories)
    c = {
        "program": w.Dropdown(options=programs, description="Program"),
        "status": w.SelectMultiple(options=statuses, description="Status", rows=6),
        "predikat": w.SelectMultiple(options=predikat, description="Predikat", rows=5),
        "batas_capaian": w.FloatSlider(value=100, min=0, max=200, step=5, description="Capaian \u2264"),
        "batas_serapan": w.FloatSlider(value=100, min=0, max=100, step=5, description="Serapan \u2264"),
        "cari": w.Text(description="Cari nama"),
    }
    out = w.Output()

    def redraw(change=None):
        rows = saring_sub_kegiatan(evaluasi, program=c["program"].value or None,
                                   status=list(c["status"].value), predikat=list(c["predikat"].value),
                                   batas_capaian=c["batas_capaian"].value,
                                   batas_serapan=c["batas_serapan"].value, cari=c["cari"].value)
        with out:
            if change is not None:        # first drawing: nothing to clear
                out.clear_output(wait=True)
            print(f"{len(rows)} sub kegiatan")
            if len(rows):
                display(tabel_evaluasi(rows, uuid="penjelajah"))
                display(kinerja_sub_kegiatan(rows.assign(harapan_tw=evaluasi["harapan_tw"].iloc[0]),
                                             judul="Sub kegiatan terpilih"))

    for ctl in c.values():
        ctl.observe(redraw, names="value")
    redraw()
    return w.VBox([w.HBox([w.VBox([c["program"], c["cari"], c["batas_capaian"], c["batas_serapan"]]),
                           c["status"], c["predikat"]]), out])
