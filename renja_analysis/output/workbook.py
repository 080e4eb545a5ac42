"""The Excel workbook for Bappeda reviewers, and reading it back.

``write_workbook`` writes the workbook a build names ``evaluasi-renja-<tahun>.xlsx``
(``output.processed.nama_buku_kerja``): sheets in Bahasa Indonesia (Evaluasi TW <quarter of
the document>, Temuan, Pergeseran Anggaran, Review RKPD, Tujuan dan Sasaran, Catatan; the
quarter and the year headers and definitions name come from the ``dokumen`` table, never the
bundled document's), Rp with thousands separators, % with two decimals, frozen
header, autofilter, column widths, the hierarchy indented and grouped
(outline), predikat / status / tingkat coloured by conditional formatting.
A column that holds codes (``status``, ``jenis``, ``tingkat``, ``level``, ``kecocokan``,
``kolom``, ``sisi``) shows them as Indonesian labels (``labels``, the one source of
labels), with the code itself in the next column (``Kode status``, ...) for analysts who
filter or join with the CSV files. A ``Kamus data`` sheet is the data dictionary: every
column of every sheet with its name in the CSV/Parquet tables, its type and definition
(``KOLOM``), and the codes of each coded column with their labels.
Text never becomes a formula: a string starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return is stored as text. Excel holds at most 32,767 characters
in a cell (``BATAS_SEL``): a longer text is cut visibly, its first characters
followed by ``PENANDA_POTONG``; the CSV and Parquet tables keep the full text
(and ``read_workbook`` returns the cut text for such a cell).

A hidden ``_skema`` sheet records each column's name and dtype, so
``read_workbook`` returns the same DataFrames that were written, dtypes included.
The file's bytes depend only on the data (timestamps inside the zip fixed at the document's
date, ``keys.tanggal_dokumen``: no build time).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .. import labels
from ..keys import ROMAWI, tahun_evaluasi, tanggal_dokumen
from ..present.colours import WARNA_PREDIKAT, WARNA_STATUS, WARNA_TINGKAT
from ..sources.base import LABEL_MURNI

#: Sheet name -> table name, in workbook order; the evaluation sheet of a document names its
#: quarter (``lembar_tabel``: "Evaluasi TW III"), this is its name where none is known.
SHEETS = {"Evaluasi": "evaluasi", "Temuan": "temuan", "Pergeseran Anggaran": "pergeseran",
          "Review RKPD": "review_rkpd", "Tujuan dan Sasaran": "tujuan_sasaran", "Pembacaan": "pembacaan"}
SKEMA = "_skema"
#: The data dictionary sheet.
KAMUS = "Kamus data"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: The timestamp inside a workbook of no known date (``_waktu``: else the document's date).
FIXED_TIME = (2000, 1, 1, 0, 0, 0)
#: Excel's limit on the characters in one cell (counted in UTF-16 code units).
BATAS_SEL = 32_767
#: Ends a text cut to ``BATAS_SEL``.
PENANDA_POTONG = " \u2026 [teks terpotong: teks lengkap di CSV/Parquet]"

#: Indonesian header and definition of every column (also written to the Catatan sheet).
KOLOM = {
    "urutan": ("Urutan", "urutan baris dalam dokumen"),
    "level": ("Tingkat", "program, kegiatan atau sub kegiatan"),
    "kode": ("Kode", "kode nomenklatur Permendagri 90/2019 bila dokumen mencantumkannya"),
    "program": ("Program", "program induk"), "kegiatan": ("Kegiatan", "kegiatan induk"),
    "sub_kegiatan": ("Sub kegiatan", "nama sub kegiatan (kosong untuk program/kegiatan)"),
    "nama": ("Nama", "nama baris sebagaimana tertulis"), "indikator": ("Indikator", "indikator kinerja"),
    "satuan": ("Satuan", "satuan target"), "target_k": ("Target K", "target kinerja (volume) tahun berjalan"),
    "realisasi_k": ("Realisasi K", "realisasi kinerja s.d. triwulan"),
    "capaian_k": ("Capaian K (%)", "realisasi K / target K x 100, dihitung ulang"),
    "pagu_rp": ("Pagu (Rp)", "pagu anggaran"), "realisasi_rp": ("Realisasi (Rp)", "realisasi anggaran s.d. triwulan"),
    "serapan_rp": ("Serapan (%)", "realisasi Rp / pagu Rp x 100, dihitung ulang"),
    "capaian_k_dokumen": ("Capaian K dokumen (%)", "capaian K sebagaimana tertulis di dokumen"),
    "serapan_rp_dokumen": ("Serapan dokumen (%)", "serapan sebagaimana tertulis di dokumen"),
    "target_renstra": ("Target akhir Renstra", "target akhir periode Renstra (Tabel 2.1)"),
    "realisasi_k_tabel21": ("Realisasi K Tabel 2.1", "realisasi yang dicantumkan Tabel 2.1"),
    "capaian_renstra_dokumen": ("Capaian Renstra dokumen (%)", "kemajuan Renstra menurut Tabel 2.1"),
    "keterangan": ("Keterangan", "keterangan dokumen"), "solusi": ("Solusi", "solusi dokumen"),
    "baris_sumber": ("Baris sumber", "nomor baris di berkas sumber"),
    "harapan_tw": ("Harapan s.d. TW (%)", "bagian kumulatif yang diharapkan pada akhir triwulan (linear)"),
    "predikat_k": ("Predikat kinerja", "predikat capaian K relatif terhadap harapan triwulan"),
    "predikat_rp": ("Predikat serapan", "predikat serapan relatif terhadap harapan triwulan"),
    "status": ("Status", "status sub kegiatan s.d. triwulan"),
    "target_k_perubahan": ("Target K perubahan", "target kinerja menurut revisi (Tabel 3.2, hasil analisis) "
                           "untuk baris yang cocok; capaian K tetap dihitung terhadap target Tabel 2.2"),
    "jenis": ("Jenis temuan", "jenis temuan"), "tingkat": ("Tingkat temuan", "info, peringatan atau kritis"),
    "tabel": ("Tabel", "tabel yang dibandingkan"), "kolom": ("Kolom", "kolom yang dibandingkan"),
    "nilai_dokumen": ("Nilai dokumen", "nilai yang tertulis"),
    "nilai_hitung": ("Nilai hitung/pembanding", "nilai hasil hitung ulang atau dari tabel lain"),
    "nilai_rp": ("Rupiah dipersoalkan", "rupiah yang dipersoalkan temuan (selisih, perubahan pagu n+1, pagu "
                 "terhitung dua kali); kosong bila temuan tidak menyangkut rupiah"),
    "baris_pembanding": ("Baris pembanding", "baris sumber pembanding"), "pesan": ("Pesan", "kalimat untuk reviewer"),
    "rujukan": ("Rujukan", "tabel, baris menurut tabel tercetak (No. dan kode bila dicetak, selain itu baris "
                           "ke-N), halaman, baris teks; tabel yang tidak lengkap di teks sumber disebut"),
    "rujukan_pembanding": ("Rujukan pembanding", "rujukan baris pembanding"),
    "nama_review": ("Nama di Review 3.2", "nama baris di Review Perubahan RKPD"),
    "kecocokan": ("Kecocokan", "cocok, hanya di Tabel 2.2, atau hanya di Review 3.2"),
    "skor_nama": ("Skor kemiripan nama", "0-100"),
    "pagu_apbd_rp": ("Pagu APBD (Rp)", "pagu APBD (Tabel 2.2)"),
    "pagu_papbd_rp": ("Pagu P-APBD (Rp)", "pagu P-APBD (Review 3.2, hasil analisis)"),
    "selisih_rp": ("Selisih (Rp)", "P-APBD - APBD"), "selisih_persen": ("Selisih (%)", "selisih / APBD x 100"),
    "pagu_disesuaikan_rp": ("Pagu disesuaikan (Rp)", "APBD program diskalakan ke total P-APBD (PEFA PI-2)"),
    "deviasi_komposisi_rp": ("Deviasi komposisi (Rp)", "|P-APBD - pagu disesuaikan|"),
    "varian_komposisi_persen": ("Varian komposisi (%)", "bagian anggaran yang berpindah antarprogram di luar "
                                "perubahan merata (metode PEFA PI-2): jumlah deviasi / jumlah pagu disesuaikan x 100"),
    "baris_evaluasi": ("Baris Tabel 2.2", "baris sumber di Tabel 2.2"),
    "baris_review": ("Baris Review 3.2", "baris sumber di Review 3.2"),
    "no": ("No", "nomor baris dokumen"), "sisi": ("Sisi", "rancangan awal atau hasil analisis kebutuhan"),
    "lokasi": ("Lokasi", "lokasi"), "target_teks": ("Target (teks)", "sel target sebagaimana tertulis"),
    "catatan": ("Catatan", "catatan penting"), "tujuan_no": ("No tujuan", "nomor tujuan"),
    "tujuan": ("Tujuan", "pernyataan tujuan"), "sasaran": ("Sasaran", "pernyataan sasaran"),
    "target_renja": ("Target Renja", "target Renja (Tabel 3.1)"),
    "target_perubahan": ("Target P-Renja", "target Perubahan Renja (Tabel 3.1)"),
    "target_akhir_renstra": ("Target akhir Renstra", "target akhir periode Renstra"),
    "baris_awal": ("Dari baris", "baris pertama judul tabel"), "baris_akhir": ("Sampai baris", "baris data terakhir"),
    "baris_wilayah": ("Baris di wilayah tabel", "jumlah baris dari judul sampai baris data terakhir"),
    "baris_judul": ("Baris judul kolom", "baris judul kolom (halaman pertama dan setiap pengulangan)"),
    "baris_kosong": ("Baris kosong", "baris kosong di dalam tabel"),
    "baris_disisihkan": ("Baris disisihkan", "nomor halaman yang dikenali dan baris lain yang dilaporkan"),
    "baris_sambungan": ("Baris sambungan", "nama atau indikator yang terbungkus ke baris sendiri, digabung dengan "
                        "baris di atasnya"),
    "baris_data": ("Baris data", "baris data yang dibaca"),
    "baris_ganda": ("Baris ganda", "baris yang sama persis dengan baris lain, dihitung sekali"),
    "halaman": ("Halaman", "jumlah halaman tabel"),
    "terbaca_utuh": ("Semua baris teks terhitung", "wilayah = judul + kosong + disisihkan + sambungan + data"),
    "lengkap": ("Tabel lengkap di teks sumber", "tidak: nomor baris tercetak hilang dari teks; ya: nomor "
                "berurutan dari 1; kosong: tabel tanpa nomor baris, tidak dapat diperiksa"),
    "kelengkapan": ("Dasar penilaian kelengkapan", "nomor baris yang terbaca dan yang tidak ada di teks"),
}
#: Columns that hold codes, shown as labels by the one function of ``labels`` for them; the code
#: follows in a column of its own (``KODE`` + name).
LABEL = {"level": labels.level, "status": labels.status, "jenis": labels.jenis_temuan,
         "tingkat": labels.tingkat, "kecocokan": labels.kecocokan, "kolom": labels.kolom, "sisi": labels.sisi}
#: Prefix of the column that keeps a coded column's codes.
KODE = "kode_"
#: Cell colours by the label shown (the colour dictionaries are keyed by code for status and tingkat).
_WARNA = {"predikat_k": WARNA_PREDIKAT, "predikat_rp": WARNA_PREDIKAT,
          "status": {labels.status(k): v for k, v in WARNA_STATUS.items()},
          "tingkat": {labels.tingkat(k): v for k, v in WARNA_TINGKAT.items()}}
#: A column's type in words (the ``Kamus data`` sheet).
_TIPE = {"Float64": "angka", "Int64": "bilangan bulat", "string": "teks", "category": "kode",
         "boolean": "ya/tidak", "bool": "ya/tidak"}
_PERSEN = re.compile(r"(capaian|serapan|persen|harapan)")
_LEVEL_INDENT = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}
_OUTLINE = {"kegiatan": 1, "sub_kegiatan": 2}


def kolom_tahun(tahun: int | None) -> dict:
    """``KOLOM`` for a document whose evaluation reports on ``tahun`` (``keys.tahun_evaluasi``):
    the headers and definitions that name a year name that one; without a year, ``KOLOM``.

    >>> k = kolom_tahun(2025)
    >>> k["target_renja"], k["target_k"][1], kolom_tahun(None)["target_renja"][0]
    (('Target Renja 2025', 'target Renja 2025'), 'target kinerja (volume) 2025', 'Target Renja')
    """
    if tahun is None:
        return KOLOM
    return {**KOLOM, "target_k": ("Target K", f"target kinerja (volume) {tahun}"),
            "pagu_apbd_rp": ("Pagu APBD (Rp)", f"pagu APBD {tahun} (Tabel 2.2)"),
            "target_renja": (f"Target Renja {tahun}", f"target Renja {tahun}"),
            "target_perubahan": (f"Target P-Renja {tahun}", f"target Perubahan Renja {tahun}")}


def _dokumen(tables: dict) -> pd.Series:
    """The first row of the ``dokumen`` table among ``tables`` (empty without one)."""
    d = tables.get("dokumen")
    return d.iloc[0] if d is not None and len(d) else pd.Series(dtype=object)


def _nilai(row: pd.Series, col: str):
    v = row.get(col)
    return None if v is None or pd.isna(v) else v


def lembar_tabel(tables: dict) -> dict:
    """Sheet name -> table name for these tables: ``SHEETS``, the evaluation sheet named by
    the quarter of the ``dokumen`` table ("Evaluasi TW III"; "Evaluasi" without one).

    >>> list(lembar_tabel({"dokumen": pd.DataFrame({"triwulan": [3]})}))[:2], list(lembar_tabel({}))[0]
    (['Evaluasi TW III', 'Temuan'], 'Evaluasi')
    """
    tw = _nilai(_dokumen(tables), "triwulan")
    judul = f"Evaluasi TW {ROMAWI[int(tw)]}" if tw is not None and int(tw) in ROMAWI else "Evaluasi"
    return {judul if name == "evaluasi" else title: name for title, name in SHEETS.items()}


def header(column: str, kolom: dict | None = None) -> str:
    """A column's Indonesian header (from ``kolom``, default ``KOLOM``); the code column of a
    coded column is ``Kode`` + its header.

    >>> header("status"), header("kode_status"), header("jenis"), header("kode_jenis")
    ('Status', 'Kode status', 'Jenis temuan', 'Kode jenis temuan')
    """
    kolom = KOLOM if kolom is None else kolom
    if column.startswith(KODE) and column[len(KODE):] in LABEL:
        return "Kode " + header(column[len(KODE):], kolom).lower()
    return kolom.get(column, (column, ""))[0]


def lembar(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """A table as its sheet shows it: each coded column (``LABEL``) as its Indonesian
    label, followed by its code (``kode_<column>``). Returns the view and each column's
    role: ``nilai`` (as in the table), ``label`` or ``kode``.

    Examples
    --------
    >>> df = pd.DataFrame({"nama": ["A"], "status": pd.Categorical(["sesuai_rencana"])})
    >>> view, peran = lembar(df)
    >>> view.to_dict("records"), peran
    ([{'nama': 'A', 'status': 'Sesuai rencana', 'kode_status': 'sesuai_rencana'}], ['nilai', 'label', 'kode'])
    """
    cols: dict[str, pd.Series] = {}
    peran = []
    for c in df.columns:
        if c in LABEL:
            cols[c] = LABEL[c](df[c]).astype("object")
            cols[KODE + c] = df[c].astype("object")
            peran += ["label", "kode"]
        else:
            cols[c] = df[c]
            peran.append("nilai")
    return pd.DataFrame(cols, index=df.index), peran


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def potong_sel(value):
    """A text that fits in one Excel cell: longer ones keep their start and end with
    ``PENANDA_POTONG``, ``BATAS_SEL`` characters in all. Other values are returned as they are.

    Excel counts UTF-16 code units (a character outside the Basic Multilingual
    Plane counts twice), so the length is measured that way.

    Examples
    --------
    >>> potong_sel("pendek")
    'pendek'
    >>> cut = potong_sel("x" * 40_000)
    >>> len(cut) == BATAS_SEL, cut.endswith(PENANDA_POTONG), cut.startswith("x" * 1000)
    (True, True, True)
    >>> potong_sel(12.5)
    12.5
    """
    if not isinstance(value, str) or len(value) <= BATAS_SEL // 2 or _utf16(value) <= BATAS_SEL:
        return value
    room = BATAS_SEL - _utf16(PENANDA_POTONG)
    # cut in UTF-16; a surrogate pair split in two is dropped whole
    head = value.encode("utf-16-le", "surrogatepass")[:2 * room].decode("utf-16-le", errors="ignore")
    return head + PENANDA_POTONG


#: Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, surrogates, U+FFFE, U+FFFF):
#: a cell holding one makes the whole file unreadable. The reader reports and removes them
#: from text documents; this is the last defence for other sources.
_TIDAK_SAH_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _safe(cell, value) -> None:
    if isinstance(value, str):
        value = _TIDAK_SAH_XML.sub("", value)
    value = potong_sel(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"          # text, never a formula


def _append(ws, values) -> None:
    """Append a row, every string stored as text."""
    r = ws.max_row + 1 if ws.max_row > 1 or ws.cell(row=1, column=1).value is not None else 1
    for j, v in enumerate(values, start=1):
        _safe(ws.cell(row=r, column=j), v)


def _number_format(column: str) -> str | None:
    if _PERSEN.search(column) and not column.startswith("predikat"):
        return '0.00"%"'            # values are 0-100, not fractions
    if column.endswith("_rp"):
        return "#,##0"
    return None


def _fill(color: str) -> PatternFill:
    return PatternFill(start_color=color.lstrip("#").upper(), end_color=color.lstrip("#").upper(), fill_type="solid")


#: The author of a cell's note (``catatan_sel``).
PENULIS_CATATAN = "renja-analysis"
#: The Catatan sheet's row that points at the notes, written only where a cell holds one.
BARIS_CATATAN_SEL = ("Catatan sel", "sel bersegitiga merah di lembar Evaluasi memuat catatan (arahkan penunjuk ke "
                     "sel itu): angka yang dihitung dari sel realisasi kosong, dari jumlah rinciannya atau dinilai 0 "
                     "karena tidak dilaporkan")


def catatan_sel(evaluasi: pd.DataFrame) -> dict:
    """The notes of the evaluation sheet's cells whose number its row's own realisation cell cannot
    give, because that cell is empty (``metrics.realisasi_dinilai``, ``metrics.realisasi_rincian``):
    a program's or kegiatan's serapan summed from its rows below, a sub kegiatan's serapan or
    capaian judged 0 (not reported). A reviewer sees the empty cell beside a number; the note says
    where the number came from. ``{(row position, column): text}``; empty for a table without such rows.

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...     "nama": ["P", "K", "A", "B"], "indikator": ["i", "j", "k", "l"],
    ...     "target_k": [None, None, 4.0, 2.0], "realisasi_k": [None, None, 1.0, None],
    ...     "capaian_k": [None, None, 25.0, 0.0], "pagu_rp": [100.0, 100.0, 60.0, 40.0],
    ...     "realisasi_rp": [None, 30.0, 30.0, None], "serapan_rp": [30.0, 30.0, 50.0, 0.0]})
    >>> for k, v in catatan_sel(ev).items():
    ...     print(k, v)
    (0, 'serapan_rp') Sel realisasi (Rp) program ini kosong di Tabel 2.2: serapan dihitung dari jumlah realisasi kegiatan di bawahnya, Rp30, bukan dari sel itu.
    (3, 'capaian_k') Realisasi K tidak dilaporkan (sel kosong di Tabel 2.2): capaian dinilai 0 (belum ada realisasi).
    (3, 'serapan_rp') Realisasi (Rp) tidak dilaporkan (sel kosong di Tabel 2.2): serapan dinilai 0 (belum ada realisasi).
    >>> catatan_sel(ev.assign(realisasi_rp=[30.0, 30.0, 30.0, 0.0], realisasi_k=[None, None, 1.0, 0.0]))
    {}
    """
    from ..labels import DARI_RINCIAN
    from ..metrics import realisasi_rincian
    from ..numbers import format_rupiah

    out: dict = {}
    if not {"level", "realisasi_rp", "serapan_rp", "realisasi_k", "capaian_k"} <= set(evaluasi.columns):
        return out
    level = evaluasi["level"].astype(str).to_numpy()
    k = (pd.to_numeric(evaluasi["realisasi_k"]).isna() & pd.to_numeric(evaluasi["capaian_k"]).notna()).to_numpy(
        dtype=bool)
    rp = (pd.to_numeric(evaluasi["realisasi_rp"]).isna() & pd.to_numeric(evaluasi["serapan_rp"]).notna()).to_numpy(
        dtype=bool)
    if not (k.any() or rp.any()):
        return out
    rincian = realisasi_rincian(evaluasi)
    for i in sorted(set(np.flatnonzero(k).tolist()) | set(np.flatnonzero(rp).tolist())):
        if k[i]:
            out[(i, "capaian_k")] = ("Realisasi K tidak dilaporkan (sel kosong di Tabel 2.2): capaian dinilai 0 "
                                     "(belum ada realisasi).")
        if not rp[i]:
            continue
        dari = rincian["realisasi_dari_rincian"].iloc[i]
        if isinstance(dari, str) and dari in DARI_RINCIAN:
            tingkat = level[i].replace("_", " ")
            out[(i, "serapan_rp")] = (f"Sel realisasi (Rp) {tingkat} ini kosong di Tabel 2.2: serapan dihitung "
                                      f"dari jumlah realisasi {DARI_RINCIAN[dari]} di bawahnya, "
                                      f"{format_rupiah(rincian['realisasi_rp'].iloc[i])}, bukan dari sel itu.")
        else:
            out[(i, "serapan_rp")] = ("Realisasi (Rp) tidak dilaporkan (sel kosong di Tabel 2.2): serapan dinilai 0 "
                                      "(belum ada realisasi).")
    return out


def _write_sheet(wb: Workbook, title: str, table: pd.DataFrame, kolom: dict = KOLOM,
                 catatan: dict | None = None) -> None:
    ws = wb.create_sheet(title)
    df, _ = lembar(table)
    cols = list(df.columns)
    for j, col in enumerate(cols, start=1):
        c = ws.cell(row=1, column=j, value=header(col, kolom))
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _fill("#1f3b57")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    values = df.astype(object).where(df.notna(), None)
    for i, row in enumerate(values.itertuples(index=False), start=2):
        for j, v in enumerate(row, start=1):
            _safe(ws.cell(row=i, column=j), v.item() if hasattr(v, "item") else v)
    n = len(df) + 1
    for j, col in enumerate(cols, start=1):
        fmt = _number_format(col)
        letter = get_column_letter(j)
        if fmt:
            for r in range(2, n + 1):
                ws[f"{letter}{r}"].number_format = fmt
        longest = max([len(str(header(col, kolom)))] + [len(str(v)) for v in df[col].head(200).dropna()])
        ws.column_dimensions[letter].width = min(max(10, longest * (1.1 if fmt else 1.0) + 2), 60)
    if "level" in table and "nama" in df:
        j = cols.index("nama") + 1
        for i, lv in enumerate(table["level"].astype(str), start=2):
            ws.cell(row=i, column=j).alignment = Alignment(indent=_LEVEL_INDENT.get(lv, 0))
            if lv in _OUTLINE:
                ws.row_dimensions[i].outline_level = _OUTLINE[lv]
        ws.sheet_properties.outlinePr.summaryBelow = False
    for col, colors in _WARNA.items():
        if col in cols and n > 1:
            letter = get_column_letter(cols.index(col) + 1)
            for label, color in colors.items():
                ws.conditional_formatting.add(f"{letter}2:{letter}{n}", CellIsRule(
                    operator="equal", formula=[f'"{label}"'], fill=_fill(color)))
    for (i, col), text in (catatan or {}).items():     # row position -1: the header cell
        if col in cols:
            ws.cell(row=i + 2, column=cols.index(col) + 1).comment = Comment(text, PENULIS_CATATAN, height=110,
                                                                              width=260)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(cols), 1))}{n}"


def _dtype_name(s: pd.Series) -> str:
    if isinstance(s.dtype, pd.CategoricalDtype):
        return "category"
    return str(s.dtype)


def _write_schema(wb: Workbook, tables: dict, sheets: dict, kolom: dict) -> None:
    ws = wb.create_sheet(SKEMA)
    ws.append(["lembar", "kolom", "judul", "dtype", "kategori", "berurut", "peran"])
    for title, name in sheets.items():
        df = tables[name]
        _, peran = lembar(df.head(0))
        asal = [c for c in df.columns for _ in range(2 if c in LABEL else 1)]
        for col, p in zip(asal, peran):
            cat = df[col].dtype if isinstance(df[col].dtype, pd.CategoricalDtype) else None
            _append(ws, [title, col, header(KODE + col if p == "kode" else col, kolom), _dtype_name(df[col]),
                         "|".join(map(str, cat.categories)) if cat is not None else None,
                         bool(cat.ordered) if cat is not None else None, p])
    ws.sheet_state = "hidden"


def _write_notes(wb: Workbook, tables: dict, sumber: str, dokumen: str = "", bertanda: bool = False,
                 tanpa_selisih: bool = False) -> None:
    ws = wb.create_sheet("Catatan")
    jenis = _nilai(_dokumen(tables), "jenis_dokumen")
    rows = [
        (f"Evaluasi {jenis or 'Renja'} s.d. triwulan berjalan", ""),
        ("Sumber", sumber),
        ("Dokumen", dokumen or sumber),
        ("Dibuat oleh", "renja-analysis (tabel dihitung ulang dari dokumen; dokumen tidak dikoreksi)"),
        ("", ""),
        ("Ukuran", "Definisi dan sumber"),
        ("Capaian K", "realisasi / target x 100 (indikator makin tinggi makin baik); target 0 atau kosong: kosong"),
        ("Serapan", "realisasi Rp / pagu Rp x 100; pagu 0 atau kosong: kosong"),
        ("Predikat", "x > 90 Sangat Tinggi; 75 < x <= 90 Tinggi; 65 < x <= 75 Sedang; 50 < x <= 65 Rendah; "
                     "x <= 50 Sangat Rendah (praktik evaluasi Permendagri 86/2017), dinilai terhadap harapan triwulan"),
        ("Harapan triwulan", "bagian kumulatif yang diharapkan: 25/50/75/100% pada akhir TW I-IV"),
        ("Status", "belum dilaksanakan (dijadwalkan), serapan tanpa output, output tanpa serapan, "
                   "melampaui target, tertinggal (< 75% harapan), sesuai rencana"),
        ("Varian komposisi", "bagian anggaran yang berpindah antarprogram di luar perubahan merata (metode "
                             "PEFA PI-2): jumlah |P-APBD - APBD disesuaikan| / jumlah APBD disesuaikan x 100"),
        ("Rupiah", "format ribuan dengan titik; persen dengan dua desimal"),
        ("Kode", "kolom berkode (status, jenis temuan, tingkat ...) tampil sebagai label; kodenya di kolom "
                 "\"Kode ...\" sesudahnya, sama dengan berkas CSV/Parquet"),
        ("Kamus data", f"setiap kolom setiap lembar dan daftar kode: lembar \"{KAMUS}\""),
    ] + ([BARIS_CATATAN_SEL] if bertanda else []) + (
        [("Pergeseran anggaran", catatan_tanpa_selisih())] if tanpa_selisih else [])
    for r in rows:
        _append(ws, r)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 110


#: The pergeseran sheet's headers and definitions where no change APBD -> P-APBD is computed
#: (``present.narrative.selisih_tidak_dihitung``: Tabel 3.2 of unknown scale, ``reallocation.tanpa_selisih``):
#: the P-APBD pagu and what is computed from it are in Tabel 3.2's unit as written, not rupiah; the
#: change columns are empty.
KOLOM_TANPA_SELISIH = {
    "pagu_papbd_rp": ("Pagu P-APBD (sebagaimana tertulis)",
                      "pagu P-APBD (Review 3.2, hasil analisis) sebagaimana tertulis; satuannya tidak dapat "
                      "dipastikan"),
    "selisih_rp": ("Selisih (tidak dihitung)", "P-APBD - APBD; kosong karena skala pagu P-APBD tidak dapat dipastikan"),
    "selisih_persen": ("Selisih % (tidak dihitung)",
                       "selisih / APBD x 100; kosong karena skala pagu P-APBD tidak dapat dipastikan"),
    "pagu_disesuaikan_rp": ("Pagu disesuaikan (satuan Tabel 3.2)",
                            "APBD program diskalakan ke total P-APBD (PEFA PI-2), dalam satuan pagu P-APBD "
                            "sebagaimana tertulis"),
    "deviasi_komposisi_rp": ("Deviasi komposisi (satuan Tabel 3.2)",
                             "|P-APBD - pagu disesuaikan|, dalam satuan pagu P-APBD sebagaimana tertulis"),
}


def catatan_tanpa_selisih() -> str:
    """The note of a pergeseran sheet whose change is not computed (``KOLOM_TANPA_SELISIH``): why its
    change columns are empty and in which unit its other pagu columns are.

    >>> catatan_tanpa_selisih().split(". ")[1]
    'Kolom selisih dikosongkan'
    """
    from ..present.narrative import SELISIH_TIDAK_DIHITUNG

    return (f"{SELISIH_TIDAK_DIHITUNG} Kolom selisih dikosongkan. Pagu P-APBD, pagu disesuaikan dan deviasi "
            "komposisi memakai satuan Tabel 3.2 sebagaimana tertulis, yang tidak dapat dipastikan; varian "
            "komposisi, perbandingan bagian, tidak bergantung pada satuan itu.")


def _murni(tables: dict) -> bool:
    """Whether ``tables`` are a Renja murni's: its reading account names its Tabel 3.2 or 3.3 as a murni's
    (``sources.base.LABEL_MURNI``, given by ``load.murnikan_dokumen``).

    >>> _murni({"pembacaan": pd.DataFrame({"tabel": ["Tabel 2.2", "Tabel 3.3 (Rencana)"]})}), _murni({})
    (True, False)
    """
    p = tables.get("pembacaan")
    return bool(p is not None and "tabel" in p and p["tabel"].astype(str).isin(
        {LABEL_MURNI["tabel_3_2"], LABEL_MURNI["tabel_3_3"]}).any())


#: A Renja murni's pergeseran sheet in the data dictionary (``_write_dictionary``): empty, its
#: columns defined for a Renja Perubahan (``load``: a murni has no APBD -> P-APBD change).
MURNI_PERGESERAN = ("hanya untuk Renja Perubahan; Renja murni tidak memuat perubahan APBD (P-APBD), sehingga "
                    "lembar ini kosong")


def _write_dictionary(wb: Workbook, tables: dict, sheets: dict, kolom: dict) -> None:
    """The data dictionary: every column of every sheet (header, CSV/Parquet name, type,
    definition), then the codes of the coded columns with their labels. A Renja murni's
    pergeseran sheet (empty) says its columns are a Renja Perubahan's (``MURNI_PERGESERAN``)."""
    ws = wb.create_sheet(KAMUS)
    _append(ws, ["Lembar", "Judul kolom", "Nama kolom (CSV/Parquet)", "Tipe", "Definisi"])
    kode: dict[str, set] = {}
    murni = _murni(tables)
    for title, name in sheets.items():
        df = tables[name]
        for c in df.columns:
            tipe = _TIPE.get(_dtype_name(df[c]), _dtype_name(df[c]))
            definisi = kolom.get(c, (c, ""))[1]
            if murni and name == "pergeseran":
                definisi = f"{definisi} ({MURNI_PERGESERAN})"
            if c in LABEL:
                _append(ws, [title, header(c, kolom), c, "teks",
                             f"{definisi} (label kode; kodenya di kolom sesudahnya)"])
                _append(ws, [title, header(KODE + c, kolom), c, tipe,
                             f"kode {header(c, kolom).lower()}, seperti di CSV/Parquet"])
                values = df[c].cat.categories if isinstance(df[c].dtype, pd.CategoricalDtype) else df[c].dropna()
                kode.setdefault(c, set()).update(map(str, values))
            else:
                _append(ws, [title, header(c, kolom), c, tipe, definisi])
    _append(ws, [None])
    _append(ws, ["Daftar kode", "Kolom", "Kode", "Label"])
    for c in sorted(kode):
        for k in sorted(kode[c]):
            _append(ws, [None, header(c), k, LABEL[c](k)])
    for cell in (*ws[1], *ws[ws.max_row - sum(map(len, kode.values()))]):
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (22, 30, 28, 16, 100)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"


def _waktu(tables: dict) -> tuple[int, int, int, int, int, int]:
    """The workbook's fixed timestamp: the date of its document (``keys.tanggal_dokumen``:
    its stated month and year, else 1 January of its year), ``FIXED_TIME`` without a
    ``dokumen`` table; never the build's time, which would change the bytes.

    >>> _waktu({"dokumen": pd.DataFrame({"tanggal": ["Agustus 2024"], "tahun": [2024]})}), _waktu({})
    ((2024, 8, 1, 0, 0, 0), (2000, 1, 1, 0, 0, 0))
    """
    row = _dokumen(tables)
    return (*tanggal_dokumen(row), 0, 0, 0) if len(row) else FIXED_TIME


def _fix_zip(data: bytes, waktu: tuple = FIXED_TIME) -> bytes:
    """Fixed timestamps inside the package (``waktu``), so equal data gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    stempel = "{:04d}-{:02d}-{:02d}T00:00:00Z".format(*waktu[:3]).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 rb"\g<1>" + stempel + rb"\g<3>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=waktu)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, content)
    return out.getvalue()


def workbook_bytes(tables: dict, sumber: str = "", dokumen: str = "") -> bytes:
    """The formatted workbook as bytes (``tables`` by processed-table name; ``sumber``
    the source file name, ``dokumen`` a description of the document)."""
    from ..present.narrative import selisih_tidak_dihitung

    row = _dokumen(tables)
    sheets = lembar_tabel(tables)
    kolom = kolom_tahun(tahun_evaluasi(_nilai(row, "tahun"), _nilai(row, "jenis_dokumen")))
    wb = Workbook()
    wb.remove(wb.worksheets[0])       # the empty sheet a new workbook starts with
    # the notes of the evaluation sheet's numbers that rest on an empty realisation cell
    catatan = catatan_sel(tables["evaluasi"]) if "evaluasi" in tables else {}
    # a pergeseran of Tabel 3.2 of unknown scale: no change computed, its pagu labelled as written, a note says why
    tanpa_selisih = "pergeseran" in tables and selisih_tidak_dihitung(tables["pergeseran"])
    if tanpa_selisih:
        kolom = {**kolom, **KOLOM_TANPA_SELISIH}
    catatan_lembar = {"evaluasi": catatan,
                      "pergeseran": {(-1, "pagu_papbd_rp"): catatan_tanpa_selisih()} if tanpa_selisih else {}}
    for title, name in sheets.items():
        _write_sheet(wb, title, tables[name], kolom, catatan_lembar.get(name))
    _write_notes(wb, tables, sumber, dokumen, bertanda=bool(catatan), tanpa_selisih=tanpa_selisih)
    _write_dictionary(wb, tables, sheets, kolom)
    _write_schema(wb, tables, sheets, kolom)
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue(), _waktu(tables))


def write_workbook(tables: dict, path, sumber: str = "", dokumen: str = "") -> Path:
    """Write the workbook to ``path``."""
    path = Path(path)
    path.write_bytes(workbook_bytes(tables, sumber, dokumen))
    return path


def read_workbook(path) -> dict[str, pd.DataFrame]:
    """Read a workbook written by ``write_workbook`` back into the same DataFrames.

    Returns a dict by table name (``evaluasi``, ``temuan``, ``pergeseran``,
    ``review_rkpd``, ``tujuan_sasaran``) with the written columns and dtypes.
    """
    from ..errors import RenjaParseError

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, OSError ...
        raise RenjaParseError(path, f"bukan berkas Excel yang dapat dibaca ({type(exc).__name__})",
                              expected="berkas .xlsx") from None
    if SKEMA not in wb.sheetnames:
        raise RenjaParseError(path, "lembar _skema tidak ada: bukan buku kerja renja-analysis",
                              expected="buku kerja yang ditulis write_workbook")
    skema = list(wb[SKEMA].iter_rows(values_only=True))
    schema = pd.DataFrame(skema[1:], columns=list(skema[0]))
    if "peran" not in schema:                       # a workbook written before coded columns had labels
        schema["peran"] = "nilai"
    out = {}
    # the evaluation sheet names the document's quarter ("Evaluasi TW III", ``lembar_tabel``)
    evaluasi = next((t for t in wb.sheetnames if t == "Evaluasi" or t.startswith("Evaluasi TW")), "Evaluasi")
    for title, name in SHEETS.items():
        title = evaluasi if name == "evaluasi" else title
        spec = schema[schema["lembar"] == title].reset_index(drop=True)
        rows = list(wb[title].iter_rows(values_only=True))
        keep = [i for i, p in enumerate(spec["peran"]) if p != "label"]      # the codes, not their labels
        spec = spec.iloc[keep]
        data = [[r[i] for i in keep] for r in rows[1:]]
        df = pd.DataFrame(data, columns=list(spec["kolom"]))
        for _, s in spec.iterrows():
            col = df[s["kolom"]]
            if s["dtype"] == "category":
                cats = s["kategori"].split("|") if s["kategori"] else []
                df[s["kolom"]] = pd.Categorical(col, categories=cats, ordered=bool(s["berurut"]))
            elif s["dtype"] == "string":
                df[s["kolom"]] = col.astype("string")
            else:
                df[s["kolom"]] = pd.to_numeric(col).astype(s["dtype"])
        out[name] = df
    wb.close()
    return out


__all__ = ["BATAS_SEL", "KAMUS", "KOLOM_TANPA_SELISIH", "LABEL", "PENANDA_POTONG", "catatan_sel", "catatan_tanpa_selisih", "kolom_tahun", "lembar", "lembar_tabel", "potong_sel", "read_workbook", "workbook_bytes", "write_workbook"]
