"""Summary tables (unformatted DataFrames) for the overview, the data-quality
notebook and the report index: headline figures, counts, programs, how the
tables were read."""
from __future__ import annotations

import re
import unicodedata

import pandas as pd

from .metrics import PREDIKAT, STATUS, rata_capaian, serapan_agregat
from .plots import LABEL_STATUS


def slug(text: str, panjang: int = 60) -> str:
    """A file-name form of a program name.

    Examples
    --------
    >>> slug("PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI")
    'penilaian-kesehatan-ksp-usp-koperasi'
    """
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^\s*program\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:panjang].rstrip("-")


def daftar_program(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """One row per program: number, name, slug, notebook name, pagu, serapan, mean capaian, predikat.

    Serapan is the program's own stated realisasi / pagu; rata-rata capaian is the
    mean of its sub kegiatan's capaian K (mean of ratios).
    """
    prog = evaluasi[evaluasi["level"].astype(str) == "program"].reset_index(drop=True)
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    rata = rata_capaian(sub, by="program")
    out = pd.DataFrame({
        "no": range(1, len(prog) + 1),
        "program": prog["nama"],
        "slug": [slug(n) for n in prog["nama"]],
        "pagu_rp": prog["pagu_rp"], "realisasi_rp": prog["realisasi_rp"],
        "serapan_rp": prog["serapan_rp"], "predikat_rp": prog["predikat_rp"],
        "rata_capaian_k": prog["nama"].map(rata).astype("Float64"),
        "jumlah_sub_kegiatan": prog["nama"].map(sub.groupby("program").size()).fillna(0).astype(int),
    })
    out["notebook"] = [f"{n:02d}-{s}" for n, s in zip(out["no"], out["slug"])]
    return out


def angka_utama(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Headline figures of the office: pagu, realisasi, serapan (ratio of sums of
    the programs), counts of programs, kegiatan and sub kegiatan, mean capaian."""
    prog = evaluasi[evaluasi["level"].astype(str) == "program"]
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    rows = [
        ("Pagu (APBD)", prog["pagu_rp"].sum(), "rp"),
        ("Realisasi s.d. triwulan", prog["realisasi_rp"].sum(), "rp"),
        ("Serapan (rasio jumlah)", serapan_agregat(prog), "persen"),
        ("Harapan serapan s.d. triwulan", float(evaluasi["harapan_tw"].iloc[0]), "persen"),
        ("Rata-rata capaian sub kegiatan (rata-rata rasio)", rata_capaian(sub), "persen"),
        ("Jumlah program", len(prog), "angka"),
        ("Jumlah kegiatan", int((evaluasi["level"].astype(str) == "kegiatan").sum()), "angka"),
        ("Jumlah sub kegiatan", len(sub), "angka"),
    ]
    return pd.DataFrame(rows, columns=["ukuran", "nilai", "jenis"])


def jumlah_predikat(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Counts of rows per level and predikat (kinerja and serapan), NA counted as 'belum diukur'."""
    parts = {}
    for col, label in (("predikat_k", "Kinerja"), ("predikat_rp", "Serapan")):
        for level in ("program", "sub_kegiatan"):
            s = evaluasi.loc[evaluasi["level"].astype(str) == level, col]
            counts = s.astype(str).where(s.notna(), "Belum diukur").value_counts()
            parts[(label, level.replace("_", " ").capitalize())] = counts.reindex(
                PREDIKAT[::-1] + ["Belum diukur"], fill_value=0)
    out = pd.DataFrame(parts)
    out.index.name = "Predikat"
    return out


def jumlah_status(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Counts of sub kegiatan per status, with Indonesian labels."""
    counts = evaluasi["status"].value_counts().reindex(STATUS, fill_value=0)
    return pd.DataFrame({"Jumlah sub kegiatan": counts.to_numpy()},
                        index=pd.Index([LABEL_STATUS[s] for s in STATUS], name="Status"))


def ringkasan_pembacaan(doc) -> pd.DataFrame:
    """How the tables were read: rows per table and level, and rows left unmatched."""
    rows = []
    for name, df in (("evaluasi (Tabel 2.2 + 2.1)", doc.evaluasi), ("Tabel 2.1", doc.tabel21),
                     ("review_rkpd (3.2, per sisi)", doc.review_rkpd[doc.review_rkpd["sisi"] == "rancangan_awal"]),
                     ("rencana (3.3)", doc.rencana)):
        counts = df["level"].astype("string").fillna("tanpa level").value_counts()
        for level in ("program", "kegiatan", "sub_kegiatan", "tanpa level"):
            if counts.get(level, 0):
                rows.append((name, level, int(counts[level])))
    rows.append(("tujuan_sasaran (3.1)", "indikator", len(doc.tujuan_sasaran)))
    out = pd.DataFrame(rows, columns=["tabel", "level", "jumlah_baris"])
    return out


#: Indonesian headers of the reading account (``sources.base.pembacaan``).
JUDUL_PEMBACAAN = {
    "tabel": "Tabel", "baris_awal": "Dari baris", "baris_akhir": "Sampai baris",
    "baris_wilayah": "Baris di wilayah tabel", "baris_data": "Baris data", "baris_judul": "Baris judul kolom",
    "baris_kosong": "Baris kosong", "baris_disisihkan": "Baris disisihkan", "baris_ganda": "Baris ganda (dihitung sekali)",
    "halaman": "Halaman", "terbaca_utuh": "Semua baris terhitung",
}


def baris_terbaca(pembacaan: pd.DataFrame) -> pd.DataFrame:
    """The reading account with Indonesian headers: per table, the lines of its region
    and what each became (data row, header line, blank, set aside), duplicates dropped.

    Examples
    --------
    >>> from renja_analysis import load_document
    >>> [str(v) for v in baris_terbaca(load_document().pembacaan).loc["Tabel 2.2"]]
    ['234', '319', '86', '57', '21', '8', '0', '0', '7', 'ya']
    """
    out = pembacaan.rename(columns=JUDUL_PEMBACAAN).set_index("Tabel")
    out = out[[JUDUL_PEMBACAAN[c] for c in JUDUL_PEMBACAAN if c != "tabel"]]
    out["Semua baris terhitung"] = out["Semua baris terhitung"].map({True: "ya", False: "tidak"})
    return out


def tidak_cocok(doc) -> pd.DataFrame:
    """Rows that could not be matched across tables (kept, not dropped)."""
    parts = []
    t21 = doc.tabel21[doc.tabel21["urutan_evaluasi"].isna()]
    parts += [("Tabel 2.1 tanpa pasangan di Tabel 2.2", r["baris_sumber"], r["nama"]) for _, r in t21.iterrows()]
    p = doc.pergeseran[doc.pergeseran["kecocokan"].astype(str) != "cocok"]
    parts += [(("Hanya di Tabel 2.2" if str(r["kecocokan"]) == "hanya_tabel_2_2" else "Hanya di Review 3.2"),
               r["baris_evaluasi"] if pd.notna(r["baris_evaluasi"]) else r["baris_review"], r["nama"])
              for _, r in p.iterrows()]
    orphan = doc.rencana[doc.rencana["nama"].isna()]
    parts += [("Baris 3.3 tanpa nama (baris nama hilang saat ekstraksi)", r["baris_sumber"], r["indikator"])
              for _, r in orphan.iterrows()]
    return pd.DataFrame(parts, columns=["keadaan", "baris_sumber", "nama"])
