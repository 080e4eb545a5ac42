"""Styled tables for notebooks and the report (pandas Styler, stable ids).

Formatting happens here, at the edge, through ``numbers`` (Babel ``id_ID``, half-up,
PUEBI spelling: ``Rp5.000`` and ``50%`` without a space, so an amount never wraps) and ``labels``
(codes such as ``serapan_tanpa_output`` shown as words). Column headers are
Indonesian. Predikat and status are coloured so that one state has one colour: a sub
kegiatan scheduled for a later quarter shows predikat ``Dijadwalkan`` (grey, not the
red of Sangat Rendah) and a row not yet measured ``Belum diukur`` (grey). Every Styler
gets a fixed uuid so that its HTML is the same on every run (nbval compares it).

Text cells come from the document and are data: every Styler is made by
``_gaya``, which HTML-escapes every string cell (``format(escape="html")``), and
every later ``format`` call passes ``escape=ESCAPE`` too (a ``format`` call
replaces the display function of its cells, escaping included). Escaping is
applied to strings before the formatter; numbers formatted by ``numbers`` need none.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import labels
from ..metrics import TIDAK_DIKETAHUI, realisasi_rincian, status_tampil
from ..numbers import format_angka, format_persen, format_perubahan, format_rupiah
from .colours import WARNA_PREDIKAT, WARNA_PREDIKAT_NETRAL, WARNA_STATUS, WARNA_TINGKAT

#: Indonesian column headers for the evaluasi table.
JUDUL_EVALUASI = {
    "nama": "Program / Kegiatan / Sub Kegiatan", "target_k": "Target kinerja",
    "target_k_perubahan": "Target perubahan (Tabel 3.2)", "satuan": "Satuan",
    "realisasi_k": "Realisasi kinerja", "capaian_k": "Capaian kinerja", "pagu_rp": "Pagu",
    "realisasi_rp": "Realisasi anggaran", "serapan_rp": "Serapan anggaran", "predikat_k": "Predikat kinerja",
    "predikat_rp": "Predikat serapan", "status": "Status", "keterangan": "Keterangan",
}
_INDENT = {"program": "", "kegiatan": "\u2003", "sub_kegiatan": "\u2003\u2003"}
#: Cell colours of predikat as shown (``labels.predikat``): the scale, and grey for
#: ``Belum diukur``, ``Dijadwalkan``, ``Tanpa target``, ``Tidak dilaporkan`` and ``Tanpa pagu``.
WARNA_PREDIKAT_TAMPIL = {**WARNA_PREDIKAT, **WARNA_PREDIKAT_NETRAL}
#: Cell colours of status, tingkat as shown (``labels.status``, ``labels.tingkat``).
WARNA_STATUS_TAMPIL = {labels.status(k): v for k, v in WARNA_STATUS.items()}
WARNA_TINGKAT_TAMPIL = {labels.tingkat(k): v for k, v in WARNA_TINGKAT.items()}


#: Passed to every ``Styler.format`` call: string cells are HTML-escaped.
ESCAPE = "html"
#: A field name as SIPD or this project writes it (``lokasi_bl``, ``kode_skpd``) inside a message.
_NAMA_KOLOM = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")


def kode_dalam_pesan(teks) -> str:
    """A message cell for HTML, already escaped by the Styler (``escape="html"`` runs before a
    formatter), with the field names it mentions set as code, as the pages write them.

    >>> kode_dalam_pesan("tanpa nama_daerah maupun id_daerah &lt;b&gt;")
    'tanpa <code>nama_daerah</code> maupun <code>id_daerah</code> &lt;b&gt;'
    """
    return _NAMA_KOLOM.sub(r"<code>\g<0></code>", str(teks))


def _uuid(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "tabel"


def _gaya(view: pd.DataFrame, uuid: str):
    """A Styler with a stable id, no index, every string cell HTML-escaped, and text
    columns (names, messages, references) aligned left as text is read."""
    teks = {c: [{"selector": "td, th", "props": "text-align: left"}] for c in view.columns
            if not pd.api.types.is_numeric_dtype(view[c]) and c not in _KOLOM_ANGKA_TEKS}
    return (view.style.set_uuid(_uuid(uuid)).hide(axis="index").format(escape=ESCAPE)
            .set_table_styles(teks, overwrite=False))


#: Columns of numbers already written as text (kept right-aligned with the other numbers).
_KOLOM_ANGKA_TEKS = {"Perubahan", "Capaian kinerja", "Serapan anggaran"}


def tabel_biasa(df: pd.DataFrame, uuid: str):
    """Any summary table for readers: a meaningful index becomes the first column, a bare
    0..N index is dropped, column levels are joined into one header row, numbers in the
    Indonesian style, text escaped and aligned left (``_gaya``).

    Examples
    --------
    >>> df = pd.DataFrame({"Jumlah": [3, 1]}, index=pd.Index(["Kritis", "Info"], name="Tingkat"))
    >>> html = tabel_biasa(df, "contoh").to_html()
    >>> ">Tingkat<" in html and ">Kritis<" in html and "level0_row0" not in html
    True
    """
    view = df.copy()
    if isinstance(view.columns, pd.MultiIndex):
        view.columns = [" ".join(str(x) for x in c if str(x)).strip() for c in view.columns]
    if isinstance(view.index, pd.RangeIndex) or view.index.names == [None]:
        view = view.reset_index(drop=True)
    else:
        view = view.reset_index()
    angka = {c: (lambda v: format_angka(v, None)) for c in view.columns
             if pd.api.types.is_numeric_dtype(view[c]) and not pd.api.types.is_bool_dtype(view[c])}
    return _gaya(view, uuid).format(angka, na_rep="-", escape=ESCAPE)


def _background(colors: dict):
    def style(v):
        c = colors.get(str(v))
        return f"background-color: {c}; color: #111111" if c else ""
    return style


def _teks(s: pd.Series, kosong: str = "-") -> pd.Series:
    """A text column for display: missing as ``kosong`` (object dtype, for the Styler)."""
    return s.astype("object").where(s.notna(), kosong)


def tabel_evaluasi(evaluasi: pd.DataFrame, uuid: str = "evaluasi"):
    """The evaluation rows as a styled table: hierarchy indented, Rp and %, colours; the
    revised target of Tabel 3.2 (``target_k_perubahan``) beside Tabel 2.2's where there is one.

    Status and predikat are shown with ``labels``: a scheduled sub kegiatan reads
    ``Dijadwalkan`` (grey) in both predikat columns; a program or kegiatan whose
    outcome is not yet measured reads ``belum diukur`` in its capaian cell and
    ``Belum diukur`` as predikat (not 0,00 % and Sangat Rendah); at the year's end
    (``harapan_tw`` 100 %, ``labels.tidak_dilaporkan``) one whose realisation cell is empty reads
    ``tidak dilaporkan`` in its capaian cell and ``Tidak dilaporkan`` as predikat; a predikat
    serapan whose pagu is 0 reads ``Tanpa pagu``. A program or kegiatan whose realisation cell is
    empty shows the sum of its rows that its serapan was computed from, marked ``(jumlah
    rincian)``, or ``tidak diketahui`` in its realisation and serapan cells
    (``metrics.realisasi_rincian``).
    """
    df = evaluasi.copy()
    if {"level", "realisasi_rp", "serapan_rp"} <= set(df):
        # a program's or kegiatan's empty realisation cell: the sum of its rows the serapan was computed
        # from, said so, or unknown (``metrics.realisasi_rincian``); "-" where this frame lacks its rows
        r = realisasi_rincian(df)
        dari = r["realisasi_dari_rincian"]
        ser = df["serapan_rp"].notna().to_numpy(dtype=bool)
        ambil = (dari.notna() & (dari != TIDAK_DIKETAHUI)).fillna(False).to_numpy(dtype=bool) & ser
        tahu = (dari == TIDAK_DIKETAHUI).fillna(False).to_numpy(dtype=bool) & ~ser
        dari_rincian = (ambil, tahu, r["realisasi_rp"]) if ambil.any() or tahu.any() else None
    else:
        dari_rincian = None
    df["nama"] = [(_INDENT.get(str(lv), "") + str(n)) for lv, n in zip(df["level"], df["nama"])]
    status = status_tampil(df)
    if "status" in df:
        df["status"] = _teks(labels.status(df["status"]), "")
    induk = (df["level"].astype(str) != "sub_kegiatan").to_numpy()
    # a program/kegiatan outcome the metrics left without predikat is not yet measured: not a 0 %
    # (one with no target to measure against reads "Tanpa target", ``labels.predikat``)
    target = df["target_k"] if "target_k" in df else None
    tanpa_target = labels.tanpa_target(target) if target is not None else np.zeros(len(df), dtype=bool)
    belum = ((df["predikat_k"].isna().to_numpy() & induk & ~tanpa_target) if "predikat_k" in df
             else induk & False)
    # the year's end (expectation 100 %): an empty realisation was not reported, not measured later
    lapor = (labels.tidak_dilaporkan(df["realisasi_k"], df["harapan_tw"])
             if "realisasi_k" in df and "harapan_tw" in df else np.zeros(len(df), dtype=bool))
    for col in ("predikat_k", "predikat_rp"):
        if col in df:
            df[col] = labels.predikat(df[col], status, **labels.dasar_predikat(df, col)).astype("object")
    if "predikat_k" in df:
        df["predikat_k"] = df["predikat_k"].mask(belum, labels.BELUM_DIUKUR).mask(belum & lapor,
                                                                                  labels.TIDAK_DILAPORKAN)
    if "capaian_k" in df:
        df["capaian_k"] = df["capaian_k"].astype("object").mask(belum & df["capaian_k"].notna().to_numpy(),
                                                                  "belum diukur")
        df["capaian_k"] = df["capaian_k"].mask(belum & lapor, "tidak dilaporkan")
    if dari_rincian is not None:
        ambil, tahu, nilai = dari_rincian
        real = df["realisasi_rp"].astype("object")
        real[ambil] = [f"{format_rupiah(v)} (jumlah rincian)" for v in nilai[ambil]]
        real[tahu] = "tidak diketahui"
        df["realisasi_rp"] = real
        df["serapan_rp"] = df["serapan_rp"].astype("object").mask(tahu, "tidak diketahui")
    # the revised target only where the document revises targets (a Renja without Tabel 3.2: no column)
    cols = [c for c in JUDUL_EVALUASI if c in df and not (c == "target_k_perubahan" and df[c].isna().all())]
    view = df[cols].rename(columns=JUDUL_EVALUASI).reset_index(drop=True)

    def persen(v):
        return v if isinstance(v, str) else format_persen(v)
    fmt = {JUDUL_EVALUASI[c]: f for c, f in {
        "target_k": lambda v: format_angka(v, None), "target_k_perubahan": lambda v: format_angka(v, None),
        "realisasi_k": lambda v: format_angka(v, None), "capaian_k": persen, "serapan_rp": persen, "pagu_rp": format_rupiah,
        "realisasi_rp": lambda v: v if isinstance(v, str) else format_rupiah(v)}.items() if c in cols}
    styler = (_gaya(view, uuid)
              .format(fmt, na_rep="-", escape=ESCAPE)
              .format(lambda v: "-" if pd.isna(v) else str(v), escape=ESCAPE,
                      subset=[JUDUL_EVALUASI[c] for c in ("satuan", "predikat_k", "predikat_rp", "keterangan") if c in cols])
              .map(_background(WARNA_PREDIKAT_TAMPIL),
                   subset=[JUDUL_EVALUASI[c] for c in ("predikat_k", "predikat_rp") if c in cols])
              .map(_background(WARNA_STATUS_TAMPIL), subset=[JUDUL_EVALUASI["status"]] if "status" in cols else [])
              .set_properties(subset=[JUDUL_EVALUASI["nama"]], **{"text-align": "left", "min-width": "18em"}))
    bold = [i for i, lv in enumerate(evaluasi["level"].astype(str)) if lv != "sub_kegiatan"]
    return styler.apply(lambda r: ["font-weight: bold" if r.name in bold else "" for _ in r], axis=1)


def tabel_temuan(temuan: pd.DataFrame, uuid: str = "temuan"):
    """Findings as a styled table: jenis and tingkat in words, severity coloured, each row
    with its reference in the printed document (``rujukan``; where a finding has none,
    e.g. SIPD data, the table and line)."""
    df = temuan.copy()
    for col, line, tabel in (("rujukan", "baris_sumber", df.get("tabel")), ("rujukan_pembanding", "baris_pembanding", None)):
        if line not in df:
            continue
        baris = "baris " + df[line].astype("Int64").astype("string")
        cadangan = (tabel.astype("string") + ", " + baris).fillna(tabel.astype("string")) if tabel is not None else baris
        df[col] = (df[col] if col in df else pd.Series(pd.NA, index=df.index, dtype="string")).fillna(cadangan)
    judul = {"tingkat": "Tingkat", "jenis": "Jenis temuan", "rujukan": "Rujukan", "nama": "Nama",
             "nilai_dokumen": "Nilai di dokumen", "nilai_hitung": "Nilai hitung/pembanding",
             "nilai_rp": "Rupiah dipersoalkan", "rujukan_pembanding": "Rujukan pembanding", "pesan": "Pesan"}
    # the rupiah at stake only where a finding names one (a document's own findings leave it empty)
    cols = [c for c in judul if c in df and not (c == "nilai_rp" and df[c].isna().all())]
    view = df[cols].rename(columns=judul).reset_index(drop=True)
    if "Jenis temuan" in view:
        view["Jenis temuan"] = _teks(labels.jenis_temuan(view["Jenis temuan"]))
    if "Tingkat" in view:
        view["Tingkat"] = _teks(labels.tingkat(view["Tingkat"]))
    return (_gaya(view, uuid)
            .format({"Nilai di dokumen": lambda v: format_angka(v, None),
                     "Nilai hitung/pembanding": lambda v: format_angka(v, None),
                     **({"Rupiah dipersoalkan": format_rupiah} if "Rupiah dipersoalkan" in view else {}),
                     **({"Pesan": kode_dalam_pesan} if "Pesan" in view else {})},
                    na_rep="-", escape=ESCAPE)
            .map(_background(WARNA_TINGKAT_TAMPIL), subset=["Tingkat"] if "Tingkat" in view else []))


def tabel_pergeseran(pergeseran: pd.DataFrame, uuid: str = "pergeseran"):
    """Reallocation rows as a styled table; the change said in words (bertambah /
    berkurang, never a minus sign), increases green, decreases red."""
    from .narrative import selisih_tidak_dihitung

    # Tabel 3.2 of unknown scale (``narrative.selisih_tidak_dihitung``): its pagu as written, no unit, no change
    tak_pasti = selisih_tidak_dihitung(pergeseran)
    papbd = "Pagu P-APBD (sebagaimana tertulis)" if tak_pasti else "Pagu P-APBD"
    judul = {"nama": "Program / Kegiatan / Sub Kegiatan", "kecocokan": "Ditemukan di",
             "pagu_apbd_rp": "Pagu APBD", "pagu_papbd_rp": papbd, "perubahan": "Perubahan"}
    df = pergeseran.copy()
    df["nama"] = [(_INDENT.get(str(lv), "") + str(n)) for lv, n in zip(df["level"], df["nama"])]
    df["perubahan"] = ["tidak dihitung" if tak_pasti else format_perubahan(v, p)
                       for v, p in zip(df["selisih_rp"], df["selisih_persen"])]
    view = df[list(judul)].rename(columns=judul).reset_index(drop=True)
    view["Ditemukan di"] = _teks(labels.kecocokan(view["Ditemukan di"]))
    arah = df["selisih_rp"].reset_index(drop=True)
    warna = pd.DataFrame("", index=view.index, columns=view.columns)
    warna.loc[(arah > 0).fillna(False).to_numpy(dtype=bool), "Perubahan"] = "color: #1b7837"
    warna.loc[(arah < 0).fillna(False).to_numpy(dtype=bool), "Perubahan"] = "color: #b2182b"
    return (_gaya(view, uuid)
            .format({"Pagu APBD": format_rupiah,
                     papbd: (lambda v: format_angka(v, None)) if tak_pasti else format_rupiah}, na_rep="-",
                    escape=ESCAPE)
            .apply(lambda _: warna, axis=None))


def tabel_angka_utama(angka: pd.DataFrame, uuid: str = "angka-utama"):
    """The headline figures of ``summary.angka_utama``, formatted by kind."""
    fmt = {"rp": format_rupiah, "persen": format_persen, "angka": lambda v: format_angka(v)}
    view = pd.DataFrame({"Ukuran": angka["ukuran"],
                         "Nilai": [fmt[j](v) for v, j in zip(angka["nilai"], angka["jenis"])]})
    return _gaya(view, uuid).set_properties(
        subset=["Nilai"], **{"text-align": "right", "font-weight": "bold"})


def tabel_indikator(baris: pd.DataFrame, uuid: str = "indikator", tahun: int | None = None):
    """A program's indicator with its targets of the year (Tabel 2.2, and the revision's of
    Tabel 3.2 where the table carries ``target_k_perubahan``) and its Renstra target, formatted.

    ``tahun``: the year the evaluation reports on (``doc.tahun_evaluasi``), named in the target's header
    ("Target 2025"); unknown, the header says "Target tahun berjalan".

    >>> b = pd.DataFrame({"indikator": ["Persentase"], "satuan": ["%"], "target_k": [80.0],
    ...     "realisasi_k": [40.0], "target_renstra": [90.0], "capaian_renstra_dokumen": [None],
    ...     "pagu_rp": [100.0], "realisasi_rp": [50.0], "serapan_rp": [50.0]})
    >>> list(tabel_indikator(b, tahun=2025).data.columns[2:4]), tabel_indikator(b).data.columns[2]
    (['Target 2025', 'Realisasi s.d. triwulan'], 'Target tahun berjalan')
    """
    target = f"Target {int(tahun)}" if tahun else "Target tahun berjalan"
    judul = {"indikator": "Indikator", "satuan": "Satuan", "target_k": target,
             "target_k_perubahan": "Target perubahan (Tabel 3.2)",
             "realisasi_k": "Realisasi s.d. triwulan", "target_renstra": "Target akhir Renstra",
             "capaian_renstra_dokumen": "Capaian Renstra menurut dokumen", "pagu_rp": "Pagu",
             "realisasi_rp": "Realisasi anggaran", "serapan_rp": "Serapan anggaran"}
    judul = {k: v for k, v in judul.items()
             if k != "target_k_perubahan" or (k in baris and baris[k].notna().any())}
    view = baris[list(judul)].rename(columns=judul).reset_index(drop=True)
    angka = lambda v: format_angka(v, None)  # noqa: E731
    fmt = {target: angka, "Target perubahan (Tabel 3.2)": angka,
           "Realisasi s.d. triwulan": angka, "Target akhir Renstra": angka,
           "Capaian Renstra menurut dokumen": format_persen, "Pagu": format_rupiah,
           "Realisasi anggaran": format_rupiah, "Serapan anggaran": format_persen}
    return (_gaya(view, uuid)
            .format({k: f for k, f in fmt.items() if k in view}, na_rep="-", escape=ESCAPE))


def tabel_program(daftar: pd.DataFrame, uuid: str = "daftar-program"):
    """The programs of ``summary.daftar_program``: notebook, pagu, serapan, mean capaian, predikat."""
    judul = {"notebook": "Halaman", "program": "Program", "pagu_rp": "Pagu",
             "serapan_rp": "Serapan anggaran", "rata_capaian_k": "Rata-rata capaian sub kegiatan",
             "predikat_rp": "Predikat serapan"}
    view = daftar[list(judul)].rename(columns=judul).reset_index(drop=True)
    dari = daftar["realisasi_dari_rincian"] if "realisasi_dari_rincian" in daftar else None
    view["Predikat serapan"] = labels.predikat(
        view["Predikat serapan"], pagu=view["Pagu"],
        diketahui=None if dari is None else labels.realisasi_diketahui(dari.reset_index(drop=True))).astype("object")
    return (_gaya(view, uuid)
            .format({"Pagu": format_rupiah, "Serapan anggaran": format_persen,
                     "Rata-rata capaian sub kegiatan": format_persen}, na_rep="-", escape=ESCAPE)
            .map(_background(WARNA_PREDIKAT_TAMPIL), subset=["Predikat serapan"]))


def tabel_antar_instansi(ringkas: pd.DataFrame, uuid: str = "antar-instansi"):
    """Documents ranked (``comparison.per_dokumen``): office, its pemda in one form
    (``comparison.pemda_kantor``), period, pagu, serapan against the quarter's expectation and
    its predikat, capaian (mean and pagu-weighted), findings."""
    judul = {"peringkat": "Peringkat", "instansi": "Instansi", "pemda": "Pemda", "periode": "Periode",
             "pagu_rp": "Pagu program", "serapan_rp": "Serapan anggaran", "harapan_tw": "Harapan s.d. triwulan",
             "predikat_rp": "Predikat serapan", "rata_capaian_k": "Rata-rata capaian",
             "capaian_tertimbang_k": "Capaian tertimbang pagu", "temuan_masalah": "Temuan kritis + peringatan",
             "temuan_kritis": "Temuan kritis"}
    from .comparison import pemda_kantor

    urut = ringkas.sort_values("peringkat", kind="stable")
    view = urut[list(judul)].rename(columns=judul).reset_index(drop=True)
    view["Pemda"] = pemda_kantor(urut).to_numpy()          # one form per pemda, as offices are keyed
    view["Predikat serapan"] = labels.predikat(view["Predikat serapan"], pagu=view["Pagu program"]).astype("object")
    persen = ["Serapan anggaran", "Harapan s.d. triwulan", "Rata-rata capaian", "Capaian tertimbang pagu"]
    return (_gaya(view, uuid)
            .format({"Pagu program": format_rupiah, **{c: format_persen for c in persen}}, na_rep="-",
                    escape=ESCAPE)
            .map(_background(WARNA_PREDIKAT_TAMPIL), subset=["Predikat serapan"]))


def tabel_tren(tren: pd.DataFrame, uuid: str = "tren"):
    """The same office over time (``comparison.tren``): each period's pagu and its change,
    serapan against that period's own pagu, the quarter's expectation and serapan against
    it, the change of serapan in points (only where the pagu is the same: "pagu berubah"
    otherwise), capaian and predikat."""
    judul = {"instansi": "Instansi", "periode": "Periode", "pagu_rp": "Pagu program",
             "perubahan_pagu_persen": "Perubahan pagu", "realisasi_rp": "Realisasi kumulatif",
             "serapan_rp": "Serapan terhadap pagu periode itu", "harapan_tw": "Harapan s.d. triwulan",
             "serapan_relatif": "Serapan terhadap harapan", "perubahan_serapan": "Perubahan serapan (poin persen)",
             "rata_capaian_k": "Rata-rata capaian", "predikat_rp": "Predikat serapan"}
    from .comparison import nama_instansi

    view = tren[list(judul)].rename(columns=judul).reset_index(drop=True)
    view["Instansi"] = nama_instansi(tren).to_numpy()       # with its pemda when the corpus has several
    view["Predikat serapan"] = labels.predikat(view["Predikat serapan"], pagu=view["Pagu program"]).astype("object")
    # a change of serapan in points only on the same pagu; where the pagu changed, say so
    berubah = (~tren["pagu_sama"].to_numpy(dtype=bool)) & tren["pagu_sebelumnya_rp"].notna().to_numpy(dtype=bool)
    poin = view["Perubahan serapan (poin persen)"].astype("object")
    view["Perubahan serapan (poin persen)"] = poin.where(~berubah, "pagu berubah")

    def _poin(v):
        if isinstance(v, str):
            return v
        return "-" if pd.isna(v) else ("+" if v > 0 else "") + format_angka(v, 2)

    turun = tren["realisasi_turun"].to_numpy(dtype=bool)
    tanda = pd.DataFrame("", index=view.index, columns=view.columns)
    tanda.loc[turun, "Realisasi kumulatif"] = "color: #b2182b; font-weight: bold"
    return (_gaya(view, uuid)
            .format({"Pagu program": format_rupiah, "Realisasi kumulatif": format_rupiah,
                     "Perubahan pagu": lambda v: "-" if pd.isna(v) else ("+" if v > 0 else "") + format_persen(v),
                     "Serapan terhadap pagu periode itu": format_persen, "Harapan s.d. triwulan": format_persen,
                     "Serapan terhadap harapan": format_persen, "Rata-rata capaian": format_persen,
                     "Perubahan serapan (poin persen)": _poin}, na_rep="-", escape=ESCAPE)
            .apply(lambda _: tanda, axis=None)
            .map(_background(WARNA_PREDIKAT_TAMPIL), subset=["Predikat serapan"]))


def tabel_berkas_korpus(dokumen: pd.DataFrame, uuid: str = "berkas-korpus"):
    """The corpus files that were not read or were read twice (``corpus`` table ``dokumen``,
    status other than ``terbaca``): file, status in words, the reason in full (wrapped,
    never cut). None when every file was read.

    Examples
    --------
    >>> d = pd.DataFrame({"berkas": ["a.md", "b.md", "c.md"], "status": ["terbaca", "gagal", "ganda"],
    ...                   "pesan": [None, "bukan dokumen Renja", None], "sama_dengan": [None, None, "a"]})
    >>> tabel_berkas_korpus(d).data.values.tolist()
    [['b.md', 'Tidak terbaca', 'bukan dokumen Renja'], ['c.md', 'Ganda', 'isinya sama dengan dokumen a (dihitung sekali)']]
    >>> tabel_berkas_korpus(d.iloc[:1]) is None
    True
    """
    lain = dokumen[dokumen["status"].astype(str) != "terbaca"]
    if not len(lain):
        return None
    sama = lain["sama_dengan"] if "sama_dengan" in lain else pd.Series(pd.NA, index=lain.index)
    alasan = lain["pesan"].astype("string").fillna(
        "isinya sama dengan dokumen " + sama.astype("string") + " (dihitung sekali)")
    view = pd.DataFrame({"Berkas": lain["berkas"].astype("string").to_numpy(),
                         "Status": labels.status_dokumen(lain["status"].astype("string")).to_numpy(),
                         "Keterangan": alasan.to_numpy()})
    return (_gaya(view.astype("object").where(view.notna(), "-"), uuid)
            .set_properties(subset=["Keterangan"], **{"white-space": "normal", "min-width": "24em"}))


#: Labels of ``sipd_pemda.agregasi``.
LABEL_AGREGASI = {"urusan": "Urusan", "bidang_urusan": "Bidang urusan", "perangkat_daerah": "Perangkat daerah",
                  "sub_unit": "Sub unit"}


def _bilangan(v) -> str:
    return "-" if pd.isna(v) else format_angka(v)


def tabel_pemda(pemda: pd.DataFrame, uuid: str = "sipd-pemda"):
    """The SIPD pemda summary (``sipd_pemda``): counts, pagu n and n+1, change, share, findings."""
    judul = {"agregasi": "Agregasi", "kode": "Kode", "nama": "Nama", "jumlah_program": "Program",
             "jumlah_kegiatan": "Kegiatan", "jumlah_sub_kegiatan": "Sub kegiatan",
             "jumlah_sub_kegiatan_pagu_nol": "Sub kegiatan pagu Rp0", "pagu_rp": "Pagu tahun ini",
             "pagu_n_depan_rp": "Pagu tahun berikutnya", "selisih_n_depan_persen": "Perubahan ke tahun berikutnya",
             "porsi_pagu_persen": "Porsi pagu", "jumlah_temuan": "Temuan SIPD",
             "jumlah_temuan_kritis": "Temuan kritis"}
    view = pemda[list(judul)].rename(columns=judul).reset_index(drop=True)
    view["Agregasi"] = view["Agregasi"].astype(str).map(LABEL_AGREGASI)
    counts = ["Program", "Kegiatan", "Sub kegiatan", "Sub kegiatan pagu Rp0", "Temuan SIPD", "Temuan kritis"]
    return (_gaya(view, uuid)
            .format({"Pagu tahun ini": format_rupiah, "Pagu tahun berikutnya": format_rupiah,
                     "Perubahan ke tahun berikutnya": lambda v: ("+" if pd.notna(v) and v > 0 else "")
                     + format_persen(v), "Porsi pagu": format_persen,
                     **{c: _bilangan for c in counts}}, na_rep="-", escape=ESCAPE)
            .set_properties(subset=["Nama"], **{"text-align": "left", "min-width": "16em"}))


def tabel_perhatian(perhatian: pd.DataFrame, uuid: str = "sipd-perhatian"):
    """The perangkat daerah that need attention (``pemda.perhatian``): rank, name, pagu, the
    rupiah at stake in their kritis and peringatan findings (and its share of the pagu),
    counts, the largest finding."""
    judul = {"peringkat": "Peringkat", "nama_skpd": "Perangkat daerah", "pagu_rp": "Pagu tahun ini",
             "nilai_rp": "Rupiah dipersoalkan", "nilai_rp_persen_pagu": "Porsi dari pagu",
             "jumlah_temuan": "Temuan kritis dan peringatan", "jumlah_temuan_kritis": "Temuan kritis",
             "nilai_rp_terbesar": "Temuan terbesar (Rp)", "jenis_terbesar": "Jenis temuan terbesar"}
    view = perhatian[list(judul)].rename(columns=judul).reset_index(drop=True)
    view["Jenis temuan terbesar"] = _teks(labels.jenis_temuan(view["Jenis temuan terbesar"].astype("string")))
    view["Perangkat daerah"] = _teks(view["Perangkat daerah"])
    return (_gaya(view, uuid)
            .format({"Pagu tahun ini": format_rupiah, "Rupiah dipersoalkan": format_rupiah,
                     "Temuan terbesar (Rp)": format_rupiah, "Porsi dari pagu": format_persen,
                     **{c: _bilangan for c in ("Peringkat", "Temuan kritis dan peringatan", "Temuan kritis")}},
                    na_rep="-", escape=ESCAPE)
            .set_properties(subset=["Perangkat daerah"], **{"text-align": "left", "min-width": "16em"}))


def tabel_jumlah_temuan(counts: pd.DataFrame, uuid: str = "sipd-temuan-pd"):
    """Counts of findings per perangkat daerah and type (``pemda.temuan_per_perangkat_daerah``)."""
    view = counts.reset_index()
    view.columns = [str(c).replace("_", " ").capitalize() if i == 0 else labels.jenis_temuan(str(c))
                    for i, c in enumerate(view.columns)]
    return _gaya(view, uuid).format({c: _bilangan for c in view.columns[1:]}, escape=ESCAPE)


def tabel_perangkat_daerah(view: pd.DataFrame, uuid: str = "sipd-perangkat-daerah"):
    """Perangkat daerah (SKPD) with their sub-units below them (``pemda.perangkat_daerah``):
    pagu, pagu indikatif, the SKPD's ceiling where SIPD's SKPD list gives it, the rule that
    decided the SKPD, findings. Sub-unit names are indented."""
    judul = {"nama": "Nama", "kode": "Kode", "dasar_skpd": "SKPD ditentukan dari",
             "jumlah_sub_kegiatan": "Sub kegiatan", "pagu_rp": "Pagu", "pagu_indikatif_rp": "Pagu indikatif",
             "selisih_indikatif_rp": "Pagu - pagu indikatif", "pagu_skpd_rp": "Pagu SKPD (plafon)",
             "selisih_pagu_skpd_rp": "Pagu - pagu SKPD", "jumlah_temuan": "Temuan SIPD",
             "jumlah_temuan_kritis": "Temuan kritis"}
    out = view[list(judul)].rename(columns=judul).reset_index(drop=True)
    unit = view["agregasi"].astype(str).to_numpy() == "sub_unit"
    out["Nama"] = out["Nama"].astype("string").where(~unit, "\u2514 " + out["Nama"].astype("string"))
    out["SKPD ditentukan dari"] = out["SKPD ditentukan dari"].astype("string").str.replace(
        r"[a-z_]+", lambda m: LABEL_DASAR_SKPD.get(m.group(0), m.group(0)), regex=True)
    rp = ["Pagu", "Pagu indikatif", "Pagu - pagu indikatif", "Pagu SKPD (plafon)", "Pagu - pagu SKPD"]
    return (_gaya(out, uuid)
            .format({**{c: format_rupiah for c in rp},
                     **{c: _bilangan for c in ("Sub kegiatan", "Temuan SIPD", "Temuan kritis")}},
                    na_rep="-", escape=ESCAPE)
            .set_properties(subset=["Nama"], **{"text-align": "left", "min-width": "16em"}))


#: How the rule that decided a sub-unit's SKPD (``tables.sipd.DASAR_SKPD``) is named on a page.
LABEL_DASAR_SKPD = {"daftar_skpd": "daftar SKPD SIPD", "berkas": "berkas ekspor", "kode": "kode sub unit",
                    "rekaman": "rekaman"}
