"""The analysts' explorer: a filter that works on its own, and a thin widget layer.

``saring_sub_kegiatan`` does the work and can be called without widgets (the
notebook's stored output shows it); ``nilai_bawaan`` gives the controls' default
values (nothing filtered: every sub kegiatan is shown) and ``saring_dengan``
applies a set of control values; ``penjelajah`` wraps them in ipywidgets controls
that redraw the table and the chart of the chosen sub kegiatan; ``ringkasan_eksplorasi``
writes the page's opening summary.
"""
from __future__ import annotations

import math

import pandas as pd

from .. import labels
from ..metrics import PREDIKAT
from ..names import normalise_name
from ..status import BELUM_DILAKSANAKAN, SERAPAN_TANPA_OUTPUT, TERTINGGAL
from .plots import kinerja_sub_kegiatan


def _sub_kegiatan(evaluasi: pd.DataFrame) -> pd.DataFrame:
    return evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]


def _dalam_rentang(nilai: pd.Series, rentang, batas, tanpa_nilai: bool) -> pd.Series:
    """Rows whose value lies in ``rentang`` (inclusive) and is at most ``batas``;
    rows without a value are kept when ``tanpa_nilai``."""
    x = nilai.astype("Float64")
    keep = pd.Series(True, index=nilai.index)
    lo, hi = rentang if rentang is not None else (None, None)
    if lo is not None:
        keep &= (x >= lo).fillna(True)
    if hi is not None:
        keep &= (x <= hi).fillna(True)
    if batas is not None:
        keep &= (x <= batas).fillna(True)
    if not tanpa_nilai:
        keep &= x.notna()
    return keep.astype(bool)


def predikat_pembaca(evaluasi: pd.DataFrame) -> pd.Series:
    """The predikat kinerja a reader sees (``labels.predikat``): ``Dijadwalkan`` for a sub
    kegiatan scheduled for a later quarter, ``Tanpa target`` where there is none for want of
    a target (``target_k`` 0 or empty), ``Belum diukur`` where there is none otherwise.

    Examples
    --------
    >>> df = pd.DataFrame({"predikat_k": ["Sangat Rendah", "Sangat Rendah", None, None],
    ...                    "status": ["belum_dilaksanakan", "tertinggal", None, "tertinggal"],
    ...                    "target_k": [4.0, 4.0, 83.0, 0.0]})
    >>> predikat_pembaca(df).tolist()
    ['Dijadwalkan', 'Sangat Rendah', 'Belum diukur', 'Tanpa target']
    """
    return labels.predikat(evaluasi["predikat_k"], evaluasi["status"], target=evaluasi.get("target_k"))


def saring_sub_kegiatan(evaluasi: pd.DataFrame, program: str | None = None, status=None,
                        predikat=None, batas_capaian: float | None = None,
                        batas_serapan: float | None = None, cari: str | None = None, *,
                        rentang_capaian: tuple[float | None, float | None] | None = None,
                        rentang_serapan: tuple[float | None, float | None] | None = None,
                        tanpa_capaian: bool = True, tanpa_serapan: bool = True) -> pd.DataFrame:
    """Sub kegiatan that match every given filter, worst capaian first.

    Called with the data alone it returns every sub kegiatan. A range or bound
    only judges rows that have the value; rows without a capaian (or serapan)
    are kept unless ``tanpa_capaian`` (``tanpa_serapan``) is False.

    Parameters
    ----------
    evaluasi : pandas.DataFrame
        The evaluation table (``RenjaDocument.evaluasi``).
    program : str, optional
        Exact program name.
    status : str or list of str, optional
        Keep these status codes (``metrics.STATUS``, e.g. ``"melampaui_target"``).
    predikat : str or list of str, optional
        Keep these predikat kinerja as the reader sees them (``predikat_pembaca``):
        one of ``metrics.PREDIKAT``, ``"Dijadwalkan"``, ``"Tanpa target"`` or ``"Belum diukur"``.
    batas_capaian, batas_serapan : float, optional
        Keep rows whose capaian K / serapan Rp is at most this (percent).
    cari : str, optional
        Words that must all appear in the name (case and punctuation ignored).
    rentang_capaian, rentang_serapan : (float or None, float or None), optional
        Inclusive lower and upper bound (percent); None leaves that side open.
    tanpa_capaian, tanpa_serapan : bool, default True
        Keep the rows that have no capaian K / serapan Rp.

    Returns
    -------
    pandas.DataFrame
        The matching sub kegiatan rows, lowest capaian first (rows without one first).

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 4, "program": ["P"] * 4,
    ...     "nama": ["Pemulihan Usaha Mikro", "Fasilitasi HKI", "Pelatihan", "Pendataan"],
    ...     "status": ["melampaui_target", "tertinggal", "tertinggal", "sesuai_rencana"],
    ...     "predikat_k": ["Sangat Tinggi", "Sangat Rendah", "Sangat Rendah", None],
    ...     "capaian_k": [124.0, 0.0, 20.0, None], "serapan_rp": [85.0, 30.0, 10.0, 60.0]})
    >>> len(saring_sub_kegiatan(df))
    4
    >>> saring_sub_kegiatan(df, status="tertinggal", batas_serapan=20)["nama"].tolist()
    ['Pelatihan']
    >>> saring_sub_kegiatan(df, cari="usaha MIKRO")["nama"].tolist()
    ['Pemulihan Usaha Mikro']
    >>> saring_sub_kegiatan(df, rentang_capaian=(10, None))["nama"].tolist()
    ['Pendataan', 'Pelatihan', 'Pemulihan Usaha Mikro']
    >>> saring_sub_kegiatan(df, rentang_capaian=(10, None), tanpa_capaian=False)["nama"].tolist()
    ['Pelatihan', 'Pemulihan Usaha Mikro']
    """
    df = _sub_kegiatan(evaluasi)
    keep = pd.Series(True, index=df.index)
    if program:
        keep &= (df["program"] == program).fillna(False).astype(bool)
    pilihan = (("status", df["status"].astype("string"), status),
               ("predikat", predikat_pembaca(df) if predikat else None, predikat))
    for _, kolom, value in pilihan:
        if kolom is not None and value is not None and len(value):
            values = [value] if isinstance(value, str) else list(value)
            keep &= kolom.isin(values).fillna(False).astype(bool)
    keep &= _dalam_rentang(df["capaian_k"], rentang_capaian, batas_capaian, tanpa_capaian)
    keep &= _dalam_rentang(df["serapan_rp"], rentang_serapan, batas_serapan, tanpa_serapan)
    if cari:
        norm = df["nama"].map(normalise_name)
        for word in normalise_name(cari).split():
            keep &= norm.str.contains(word, regex=False).fillna(False).astype(bool)
    out = df[keep.astype(bool)]
    return out.sort_values(["capaian_k", "serapan_rp"], na_position="first", kind="stable")


def rentang_data(nilai: pd.Series) -> tuple[float, float]:
    """Whole-number bounds that hold every value of a column: (floor of the least,
    ceiling of the greatest); (0, 100) when there is no value.

    Examples
    --------
    >>> rentang_data(pd.Series([12.5, None, 97.4]))
    (12.0, 98.0)
    >>> rentang_data(pd.Series([50.0, 50.0]))
    (50.0, 51.0)
    >>> rentang_data(pd.Series([None], dtype="Float64"))
    (0.0, 100.0)
    """
    x = nilai.astype("Float64").dropna()
    if not len(x):
        return 0.0, 100.0
    lo, hi = float(math.floor(x.min())), float(math.ceil(x.max()))
    return lo, hi if hi > lo else lo + 1.0


def nilai_bawaan(evaluasi: pd.DataFrame) -> dict:
    """The explorer's default control values: nothing is filtered out.

    Ranges cover the data's own minimum to maximum (``rentang_data``), rows
    without a capaian or serapan are included, no program, status or predikat is
    chosen (none chosen = all) and the search is empty.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "capaian_k": [0.0, 200.0],
    ...                    "serapan_rp": [10.5, None]})
    >>> nilai_bawaan(df)["rentang_capaian"], nilai_bawaan(df)["rentang_serapan"]
    ((0.0, 200.0), (10.0, 11.0))
    """
    sub = _sub_kegiatan(evaluasi)
    return {"program": "", "status": (), "predikat": (), "cari": "",
            "rentang_capaian": rentang_data(sub["capaian_k"]),
            "rentang_serapan": rentang_data(sub["serapan_rp"]),
            "tanpa_capaian": True, "tanpa_serapan": True}


def saring_dengan(evaluasi: pd.DataFrame, nilai: dict) -> pd.DataFrame:
    """``saring_sub_kegiatan`` with a dict of control values (as ``nilai_bawaan`` gives).

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "program": ["P"] * 3,
    ...     "nama": ["A", "B", "C"], "status": ["melampaui_target", "tertinggal", "tertinggal"],
    ...     "predikat_k": ["Sangat Tinggi", "Sangat Rendah", None],
    ...     "capaian_k": [200.0, 0.0, None], "serapan_rp": [85.0, 30.0, None]})
    >>> len(saring_dengan(df, nilai_bawaan(df)))
    3
    >>> saring_dengan(df, {**nilai_bawaan(df), "status": ("melampaui_target",)})["nama"].tolist()
    ['A']
    """
    return saring_sub_kegiatan(
        evaluasi, program=nilai["program"] or None, status=list(nilai["status"]),
        predikat=list(nilai["predikat"]), cari=nilai["cari"] or None,
        rentang_capaian=tuple(nilai["rentang_capaian"]), rentang_serapan=tuple(nilai["rentang_serapan"]),
        tanpa_capaian=bool(nilai["tanpa_capaian"]), tanpa_serapan=bool(nilai["tanpa_serapan"]))


def pilihan_status(evaluasi: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, code) options of the status control, with the number of sub kegiatan
    of each status, in the order of ``metrics.STATUS``.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 3,
    ...     "status": pd.Categorical(["tertinggal", "tertinggal", "melampaui_target"],
    ...                              categories=["melampaui_target", "tertinggal", "sesuai_rencana"])})
    >>> pilihan_status(df)
    [('Melampaui target: 1', 'melampaui_target'), ('Tertinggal: 2', 'tertinggal'), ('Sesuai rencana: 0', 'sesuai_rencana')]
    """
    sub = _sub_kegiatan(evaluasi)["status"]
    codes = list(sub.cat.categories) if isinstance(sub.dtype, pd.CategoricalDtype) \
        else list(pd.unique(sub.dropna()))
    n = sub.astype("string").value_counts()
    return [(f"{labels.status(c)}: {int(n.get(c, 0))}", c) for c in codes]


def pilihan_predikat(evaluasi: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, value) options of the predikat control: the five predikat, lowest
    first, then ``Dijadwalkan``, ``Tanpa target`` and ``Belum diukur`` where they occur, each
    with its count.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 3,
    ...     "predikat_k": ["Sangat Rendah", "Sangat Rendah", "Tinggi"],
    ...     "status": ["belum_dilaksanakan", "tertinggal", "sesuai_rencana"]})
    >>> [t for t, _ in pilihan_predikat(df)]
    ['Sangat Rendah: 1', 'Rendah: 0', 'Sedang: 0', 'Tinggi: 1', 'Sangat Tinggi: 0', 'Dijadwalkan: 1']
    """
    n = predikat_pembaca(_sub_kegiatan(evaluasi)).value_counts()
    values = PREDIKAT + [v for v in (labels.DIJADWALKAN, labels.TANPA_TARGET, labels.BELUM_DIUKUR) if n.get(v, 0)]
    return [(f"{v}: {int(n.get(v, 0))}", v) for v in values]


def ringkasan_eksplorasi(evaluasi: pd.DataFrame) -> str:
    """The opening summary of the explorer page (Markdown, Indonesian): how many sub
    kegiatan, how many are behind or spend without output, what the reader can do,
    and links to the overview and the data-quality page.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 4, "program": ["P", "P", "Q", "Q"],
    ...     "status": ["tertinggal", "tertinggal", "sesuai_rencana", "belum_dilaksanakan"]})
    >>> print("\\n".join(ringkasan_eksplorasi(df).splitlines()[:2]))
    Dokumen ini memuat **4 sub kegiatan** dalam 2 program.
    Sebanyak **2 sub kegiatan tertinggal** dari harapan triwulan berjalan dan tidak ada yang menyerap anggaran tanpa output; 1 belum dilaksanakan karena dijadwalkan pada triwulan berikutnya.
    """
    sub = _sub_kegiatan(evaluasi)
    n = sub["status"].astype("string").value_counts()
    tertinggal, tanpa_output, jadwal = (int(n.get(k, 0)) for k in
                                        (TERTINGGAL, SERAPAN_TANPA_OUTPUT, BELUM_DILAKSANAKAN))
    kalimat = [
        f"Dokumen ini memuat **{len(sub)} sub kegiatan** dalam {sub['program'].nunique()} program.",
        (f"Sebanyak **{tertinggal} sub kegiatan tertinggal** dari harapan triwulan berjalan" if tertinggal
         else "Tidak ada sub kegiatan yang tertinggal dari harapan triwulan berjalan")
        + (f" dan **{tanpa_output} menyerap anggaran tanpa output** (anggaran sudah terpakai, "
           "realisasi kinerja masih 0)" if tanpa_output
           else " dan tidak ada yang menyerap anggaran tanpa output")
        + (f"; {jadwal} belum dilaksanakan karena dijadwalkan pada triwulan berikutnya." if jadwal else "."),
        "Penyaring di halaman ini hanya bekerja bila berkas `40-eksplorasi.ipynb` dijalankan di JupyterLab; setelah dijalankan, ia "
        "mula-mula menampilkan semua sub kegiatan, dan Anda dapat mempersempitnya menurut program, status, "
        "predikat kinerja, rentang capaian dan serapan, atau kata dalam nama (tombol *Atur ulang* mengembalikan "
        "semua pilihan).",
        "Daftar sub kegiatan yang tertinggal atau menyerap anggaran tanpa output di bagian akhir halaman "
        "selalu tampil, juga di luar JupyterLab.",
        "Gambaran seluruh dinas ada di [Ikhtisar](00-ikhtisar.ipynb), hasil pemeriksaan data di "
        "[Kualitas data](30-kualitas-data.ipynb).",
    ]
    return "\n".join(kalimat)


def _tampilan(obj) -> dict:
    """One ``display_data`` output of an object, as the kernel's display formatter makes it."""
    from IPython.core.interactiveshell import InteractiveShell

    formatter = InteractiveShell.instance().display_formatter
    assert formatter is not None, "an InteractiveShell instance always has a display formatter"
    data, metadata = formatter.format(obj)
    return {"output_type": "display_data", "data": data, "metadata": metadata}


#: The notice above the explorer's widgets (the first paragraph of the notebook's "Penyaring sub
#: kegiatan" section, in the HTML page too): stored widgets look live but respond only once the
#: notebook runs.
CATATAN_JALANKAN = ("**Penyaring ini hanya bekerja bila berkas `40-eksplorasi.ipynb` dijalankan di JupyterLab** (menu `Run` \u2192 "
                    "`Run All Cells`). Sebelum dijalankan, kendali di bawah hanya tampilan tersimpan: mengubahnya "
                    "tidak mengubah tabel. Di halaman HTML dan PDF penyaring tidak aktif; yang tampil adalah hasil "
                    "pilihan awal (semua sub kegiatan).")

#: What a notebook viewer that cannot draw the widgets shows instead (the text/plain part
#: of the widget's output): JupyterLab draws stored widgets only in a trusted notebook.
#: ipywidgets cuts that text after 110 characters.
TEKS_PENGGANTI = "Penyaring sub kegiatan: tampil di JupyterLab bila notebook ditandai tepercaya atau dijalankan."


def _Kotak(children):
    """A VBox whose plain-text form is ``TEKS_PENGGANTI`` instead of the repr of every child."""
    import ipywidgets as w

    class Penyaring(w.VBox):
        def __repr__(self):
            return TEKS_PENGGANTI

    return Penyaring(children)


def penjelajah(evaluasi: pd.DataFrame):
    """Widgets (program, status, predikat, ranges, search, reset) over ``saring_dengan``.

    The controls start at ``nilai_bawaan``: every sub kegiatan is shown. The
    returned box carries ``kontrol`` (dict of the controls, keyed as
    ``nilai_bawaan``), ``keluaran`` (the Output widget: a count line, the table,
    the chart), ``atur_ulang`` (the reset button) and ``nilai()`` (current values).
    """
    import ipywidgets as w

    from .styling import tabel_evaluasi

    bawaan = nilai_bawaan(evaluasi)
    total = len(_sub_kegiatan(evaluasi))
    lebar = w.Layout(width="30em")
    programs = [("(semua program)", "")] + [(p, p) for p in evaluasi["program"].dropna().unique()]

    def rentang(nama, nilai):
        lo, hi = nilai
        return w.FloatRangeSlider(value=nilai, min=lo, max=hi, step=1, readout_format=".0f",
                                  description=nama, continuous_update=False, layout=lebar,
                                  style={"description_width": "8em"})

    gaya = {"description_width": "8em"}
    menjorok = w.Layout(margin="0 0 0 8.5em")              # checkboxes under their slider's track
    c = {
        "program": w.Dropdown(options=programs, value=bawaan["program"], description="Program",
                              layout=lebar, style=gaya),
        "cari": w.Text(value=bawaan["cari"], description="Cari nama", placeholder="kata dalam nama",
                       continuous_update=False, layout=lebar, style=gaya),
        "rentang_capaian": rentang("Capaian K (%)", bawaan["rentang_capaian"]),
        "tanpa_capaian": w.Checkbox(value=bawaan["tanpa_capaian"], description="Sertakan baris tanpa capaian",
                                    indent=False, layout=menjorok),
        "rentang_serapan": rentang("Serapan Rp (%)", bawaan["rentang_serapan"]),
        "tanpa_serapan": w.Checkbox(value=bawaan["tanpa_serapan"], description="Sertakan baris tanpa serapan",
                                    indent=False, layout=menjorok),
        "status": w.SelectMultiple(options=pilihan_status(evaluasi), value=bawaan["status"],
                                   description="Status", rows=6, style=gaya, layout=w.Layout(width="30em")),
        "predikat": w.SelectMultiple(options=pilihan_predikat(evaluasi), value=bawaan["predikat"],
                                     description="Predikat kinerja", rows=7, style=gaya,
                                     layout=w.Layout(width="30em")),
    }
    atur_ulang = w.Button(description="Atur ulang", icon="undo", tooltip="Kembalikan semua pilihan ke awal",
                          layout=w.Layout(margin="0.5em 0 0 8.5em"))
    petunjuk = w.HTML("<small>Tanpa pilihan status atau predikat berarti semua; "
                      "Ctrl/\u2318 + klik untuk memilih lebih dari satu.</small>",
                      layout=w.Layout(width="30em", margin="0 0 0 8.5em"))
    out = w.Output()
    sedang = {"atur_ulang": False}

    def nilai() -> dict:
        return {k: ctl.value for k, ctl in c.items()}

    def redraw(change=None):
        if sedang["atur_ulang"]:
            return
        rows = saring_dengan(evaluasi, nilai())
        keluaran = [{"output_type": "stream", "name": "stdout",
                     "text": f"{len(rows)} dari {total} sub kegiatan ditampilkan\n"}]
        if len(rows):
            keluaran.append(_tampilan(tabel_evaluasi(rows, uuid="penjelajah")))
            keluaran.append(_tampilan(kinerja_sub_kegiatan(
                rows.assign(harapan_tw=evaluasi["harapan_tw"].iloc[0]), judul="Sub kegiatan terpilih")))
        out.outputs = tuple(keluaran)

    def reset(_button=None):
        sedang["atur_ulang"] = True
        try:
            for k, ctl in c.items():
                ctl.value = bawaan[k]
        finally:
            sedang["atur_ulang"] = False
        redraw()

    for ctl in c.values():
        ctl.observe(redraw, names="value")
    atur_ulang.on_click(reset)
    redraw()
    kiri = w.VBox([c["program"], c["cari"], c["rentang_capaian"], c["tanpa_capaian"],
                   c["rentang_serapan"], c["tanpa_serapan"], atur_ulang])
    kanan = w.VBox([c["status"], c["predikat"], petunjuk])
    ui = _Kotak([w.HBox([kiri, kanan], layout=w.Layout(flex_flow="row wrap", grid_gap="1em")), out])
    ui.kontrol, ui.keluaran, ui.atur_ulang, ui.nilai = c, out, atur_ulang, nilai
    return ui
