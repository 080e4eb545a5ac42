"""Small hand-written frames the findings tests share (imported as ``temuan_uji``, like
``hostile``): one side of Tabel 3.2 and its stated total, and one Tabel 2.2 row with its keterangan
beside the pagu change the reallocation found for it; and the few steps of building a variant of a
document's text that many tests take (a section's lines, Tabel 3.2 in thousands, findings of a type)."""
from __future__ import annotations

import re

import pandas as pd


def review_32(rows) -> pd.DataFrame:
    """3.2, one side (hasil analisis), lines 11, 12, ...: rows of (level, name, pagu)."""
    return pd.DataFrame({"sisi": ["hasil_analisis"] * len(rows), "level": [r[0] for r in rows],
                         "nama": [r[1] for r in rows], "pagu_rp": [float(r[2]) for r in rows],
                         "baris_sumber": range(11, 11 + len(rows))})


def total_32(value, line) -> pd.DataFrame:
    """The side's stated total (label URUSAN) of ``value`` on ``line``."""
    return pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["URUSAN"], "nilai_rp": [float(value)],
                         "baris_sumber": [line]})


def evaluasi_keterangan(keterangan) -> pd.DataFrame:
    """One Tabel 2.2 row (line 101) with its keterangan."""
    df = pd.DataFrame({"baris_sumber": [101], "nama": ["Sub"], "keterangan": [keterangan]})
    df["keterangan"] = df["keterangan"].astype("string")
    return df


def pergeseran_baris(selisih) -> pd.DataFrame:
    """The pagu change of that row (line 101 of 2.2, line 999 of 3.2)."""
    return pd.DataFrame({"baris_evaluasi": [101], "selisih_rp": [selisih], "baris_review": [999]})


def bagian(lines, judul="### 3.2"):
    """The index of the heading line starting ``judul`` in ``lines`` and of the next section's heading."""
    s = next(i for i, line in enumerate(lines) if line.startswith(judul))
    return s, next(i for i in range(s + 1, len(lines)) if lines[i].startswith("### "))


_RUPIAH_32 = re.compile(r"(<b>)?(\d{1,3}(?:,\d{3})+)(</b>)?")


def ribuan_32(lines, bagi=1000, ganti=None):
    """Tabel 3.2's pagu cells (columns 6 and 11) of ``lines`` divided by ``bagi`` and rounded, in
    place (bold kept); ``ganti``: one cell's new text as written replaced by another. Returns the
    section's bounds (``bagian``)."""
    s, e = bagian(lines)
    for i in range(s + 1, e):
        cells = lines[i].split("\t")
        for k in (5, 10):
            m = _RUPIAH_32.fullmatch(cells[k].strip()) if k < len(cells) else None
            if m:
                baru = f"{round(int(m.group(2).replace(',', '')) / bagi):,}"
                if ganti and baru == ganti[0]:
                    baru = ganti[1]
                cells[k] = f"{m.group(1) or ''}{baru}{m.group(3) or ''}"
        lines[i] = "\t".join(cells)
    return s, e


def ribuan_32_polos(folder):
    """The bundled document with Tabel 3.2's pagu in thousands under a header naming no thousands
    ("Pagu Indikatif (Rp)": its scale unknown, one of two), written into ``folder`` and read."""
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.load import load_document

    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    start, end = ribuan_32(lines, 1000)
    for i in range(start + 1, end):
        lines[i] = lines[i].replace("Pagu Indikatif (Rp.000)", "Pagu Indikatif (Rp)")
    path = folder / "renja-perubahan-2024-dinkop-ukm-magetan-polos.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


def temuan_jenis(doc, *jenis) -> pd.DataFrame:
    """The findings of ``doc`` of the types ``jenis``."""
    t = doc.temuan
    return t[t["jenis"].astype(str).isin(jenis)]


def angka_sel(sel: str) -> int:
    """A rupiah cell as written (bold, thousands commas) as an integer; empty: 0."""
    return int(sel.replace("<b>", "").replace("</b>", "").replace(",", "") or 0)


def jumlah_243(tmp_path, lines, stated: int) -> pd.DataFrame:
    """The bundled document's ``lines`` (changed by the caller) with kegiatan 243 stating ``stated``
    realisation and program 237 the same change, read: its ``jumlah_tidak_cocok`` findings on 237, 243."""
    from renja_analysis.load import load_document

    d = stated - angka_sel(lines[242].split("\t")[7])
    for n in (243, 237):
        c = lines[n - 1].split("\t")
        c[7] = f"<b>{angka_sel(c[7]) + d:,}</b>"
        lines[n - 1] = "\t".join(c)
    path = tmp_path / f"renja-perubahan-2024-dinkop-ukm-magetan-{stated}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(path).temuan
    return t[(t["jenis"] == "jumlah_tidak_cocok") & t["baris_sumber"].isin([237, 243])]
