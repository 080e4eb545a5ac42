"""Triage: what a reviewer should look at first, on the first screen of the index and the
overview.

One rule ranks the programs (``peringkat_program``): **the rupiah at stake**, the pagu of
the sub kegiatan that are behind or spent money without output, weighted by how far
behind they are:

- a sub kegiatan with status ``serapan_tanpa_output`` (money spent, no output) counts
  with its whole pagu (weight 1: nothing delivered);
- a sub kegiatan with status ``tertinggal`` counts with its pagu times its shortfall,
  ``1 - kemajuan / 100`` clipped to 0..1, where ``kemajuan`` is its capaian (or, without a
  target, its serapan) as a percent of the quarter's expectation ``harapan_tw``, the same
  progress that ``metrics.status_pelaksanaan`` judges (a row at 20 % against an expected
  50 % is 40 % of the way: weight 0,6);
- every other sub kegiatan counts 0: on plan, above target, output without spending, and
  those **scheduled for a later quarter** (``belum_dilaksanakan``), which the report never
  counts as behind.

The programs are sorted by that sum (largest first; among equals, document order). The
first is named with its reason in one sentence (``kalimat_terburuk``). Beside the ranking
the block lists **every** sub kegiatan that spent money without output (``tanpa_output``),
each linked to its row on its program page, and the ``kritis`` findings with the
document's printed reference (``rujukan``). ``blok_triase`` writes the block (Markdown);
``narrative.ringkasan_dinas`` places it after the verdict. docs/metrik.md documents the rule.

Long names are shortened by one function (``nama_pendek``); the full name is the link's
``title`` (shown on hover) and stays in full in every table.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import labels
from ..numbers import format_persen, format_rupiah
from ..status import SERAPAN_TANPA_OUTPUT, TERTINGGAL
from .escape import html_teks, markdown_teks
from .summary import daftar_program

#: Names longer than this many characters are shortened (``nama_pendek``).
BATAS_NAMA = 48

#: The uuid of the evaluation table on a program page (``styling.tabel_evaluasi(..., uuid=...)``
#: in ``notebooks/templates/program.ipynb``): its cells' ids are the row anchors.
UUID_TABEL_PROGRAM = "program"

#: The heading of the triage block (a browser test looks for it on the first screen).
JUDUL_TRIASE = "Perlu ditangani lebih dulu"

#: The ranking rule in one sentence, as the page says it.
ATURAN = ("Urutan menurut rupiah berisiko: seluruh pagu sub kegiatan tanpa output, ditambah pagu "
          "sub kegiatan yang tertinggal dikali kekurangannya terhadap harapan triwulan.")


def nama_pendek(nama, batas: int = BATAS_NAMA) -> str:
    """A long name cut at a word boundary to at most ``batas`` characters, with an ellipsis.

    The one shortening rule of the report's sentences; the full name stays in the tables
    and in the link's ``title`` (``tautan_nama``).

    Examples
    --------
    >>> nama_pendek("Pemulihan Usaha Mikro")
    'Pemulihan Usaha Mikro'
    >>> nama_pendek("Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas")
    'Fasilitasi Pemenuhan Izin Usaha Pembukaan…'
    >>> nama_pendek("Sangatpanjangsekalitanpaspasi" * 2, batas=10)
    'Sangatpan…'
    """
    text = " ".join(str(nama).split())
    if len(text) <= batas:
        return text
    cut = text[:batas - 1]
    space = cut.rfind(" ")
    if space > batas // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:/-(") + "\u2026"


def tautan_nama(nama, href: str | None = None, miring: bool = True) -> str:
    """A name from the document in a sentence (Markdown), shortened by ``nama_pendek``: a link to
    ``href`` whose ``title`` is the full name, or without ``href`` the short name in a
    ``<span title=...>`` when it was shortened. Escaped (``escape.markdown_teks``; the ``title``
    attribute of the ``<span>``, raw HTML, with ``escape.html_teks``).

    Examples
    --------
    >>> print(tautan_nama("Pemulihan Usaha Mikro", "program/07-x.ipynb#T_program_row3_col0"))
    [*Pemulihan Usaha Mikro*](program/07-x.ipynb#T_program_row3_col0 "Pemulihan Usaha Mikro")
    >>> print(tautan_nama("A <b> " + "x " * 30))
    <span title="A &lt;b&gt; x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x">*A &lt;b&gt; x x x x x x x x x x x x x x x x x x x x…*</span>
    >>> print(tautan_nama("Lihat https://a.go.id *" + " kata" * 20)[:60])
    <span title="Lihat https://a.go.id * kata kata kata kata kat
    """
    pendek = markdown_teks(nama_pendek(nama))
    teks = f"*{pendek}*" if miring else pendek
    penuh = markdown_teks(" ".join(str(nama).split()))
    if href is not None:
        return f'[{teks}]({href} "{penuh}")'
    if nama_pendek(nama) == " ".join(str(nama).split()):
        return teks
    # raw HTML: Markdown's backslash escapes would show in the attribute ("http\\://")
    return f'<span title="{html_teks(" ".join(str(nama).split()))}">{teks}</span>'


def _halaman(notebook) -> str:
    """The link of a program page from ``notebooks/`` (``program/<notebook>.ipynb``)."""
    return f"program/{notebook}.ipynb"


def jangkar_baris(evaluasi: pd.DataFrame) -> pd.Series:
    """The link of each row of ``evaluasi`` to its row on its program page
    (``program/<notebook>.ipynb#T_program_row<i>_col0``): the program page shows the program's
    rows in document order in a Styler table (uuid ``UUID_TABEL_PROGRAM``) whose first cell of
    row ``i`` has that id. NA for rows without a program.

    Examples
    --------
    >>> from renja_analysis.load import load_processed
    >>> ev = load_processed().evaluasi
    >>> print(ev["nama"].iloc[25]); print(jangkar_baris(ev).iloc[25])  # the 5th row of program 02
    Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota
    program/02-pelayanan-izin-usaha-simpan-pinjam.ipynb#T_program_row4_col0
    """
    daftar = daftar_program(evaluasi).drop_duplicates("program")     # a name twice: its first page
    nb = evaluasi["program"].map(pd.Series(daftar["notebook"].to_numpy(), index=daftar["program"].to_numpy()))
    posisi = evaluasi.groupby("program", sort=False).cumcount()
    return ("program/" + nb + ".ipynb#T_" + UUID_TABEL_PROGRAM + "_row" + posisi.astype(str) + "_col0") \
        .astype("string").where(nb.notna())


def bobot_berisiko(evaluasi: pd.DataFrame) -> pd.Series:
    """The weight of each row's pagu in the rupiah at stake (module docstring): 1 for
    ``serapan_tanpa_output``, the shortfall ``1 - kemajuan / 100`` (0..1) for ``tertinggal``,
    0 otherwise (scheduled rows included).

    Examples
    --------
    >>> ev = pd.DataFrame({"status": ["serapan_tanpa_output", "tertinggal", "tertinggal",
    ...                               "belum_dilaksanakan", "sesuai_rencana", None],
    ...                    "capaian_k": [0.0, 20.0, None, 0.0, 40.0, None],
    ...                    "serapan_rp": [30.0, 10.0, 25.0, 0.0, 40.0, 90.0], "harapan_tw": [50.0] * 6})
    >>> bobot_berisiko(ev).round(2).tolist()
    [1.0, 0.6, 0.5, 0.0, 0.0, 0.0]
    """
    status = evaluasi["status"].astype("string")
    kemajuan = (pd.to_numeric(evaluasi["capaian_k"], errors="coerce").fillna(
        pd.to_numeric(evaluasi["serapan_rp"], errors="coerce"))
        / pd.to_numeric(evaluasi["harapan_tw"], errors="coerce") * 100)
    kurang = (1 - kemajuan / 100).clip(0, 1).fillna(1.0).astype(float)
    return pd.Series(np.select([(status == SERAPAN_TANPA_OUTPUT).fillna(False).to_numpy(dtype=bool),
                                (status == TERTINGGAL).fillna(False).to_numpy(dtype=bool)],
                               [np.ones(len(evaluasi)), kurang.to_numpy(dtype=float)], 0.0),
                     index=evaluasi.index, name="bobot")


def peringkat_program(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """The programs ranked by the rupiah at stake (module docstring), largest first.

    Columns: ``peringkat`` (1 = first to handle), ``no`` and ``notebook`` (as
    ``summary.daftar_program``), ``program``, ``pagu_rp``, ``rupiah_berisiko_rp`` (the sum of
    pagu x weight of its sub kegiatan), ``berisiko_persen_pagu`` (of the program's pagu),
    ``jumlah_tanpa_output``, ``realisasi_tanpa_output_rp`` (what those spent),
    ``jumlah_tertinggal``, ``pagu_tertinggal_rp``.

    Examples
    --------
    >>> from renja_analysis.load import load_processed
    >>> p = peringkat_program(load_processed().evaluasi)
    >>> p[["peringkat", "no", "jumlah_tanpa_output", "jumlah_tertinggal"]].head(3).to_numpy().tolist()
    [[1, 5, 1, 0], [2, 1, 0, 4], [3, 6, 0, 4]]
    >>> p["rupiah_berisiko_rp"].head(3).round().tolist()
    [160000000.0, 45975548.0, 37000000.0]
    """
    daftar = daftar_program(evaluasi)
    sub = evaluasi[(evaluasi["level"].astype(str) == "sub_kegiatan").to_numpy()]
    status = sub["status"].astype("string")
    pagu = pd.to_numeric(sub["pagu_rp"], errors="coerce").fillna(0.0)
    sto = (status == SERAPAN_TANPA_OUTPUT).fillna(False).astype(bool)
    ttg = (status == TERTINGGAL).fillna(False).astype(bool)
    per = pd.DataFrame({
        "program": sub["program"],
        "rupiah_berisiko_rp": pagu * bobot_berisiko(sub),
        "jumlah_tanpa_output": sto.astype(int),
        "realisasi_tanpa_output_rp": pd.to_numeric(sub["realisasi_rp"], errors="coerce").fillna(0.0).where(sto, 0.0),
        "jumlah_tertinggal": ttg.astype(int),
        "pagu_tertinggal_rp": pagu.where(ttg, 0.0),
    }).groupby("program", sort=False).sum()
    out = daftar[["no", "notebook", "program", "pagu_rp"]].join(per, on="program")
    for col in per.columns:
        out[col] = out[col].fillna(0)
        if col.startswith("jumlah"):
            out[col] = out[col].astype(int)
    out["berisiko_persen_pagu"] = (out["rupiah_berisiko_rp"] / out["pagu_rp"].where(out["pagu_rp"] > 0) * 100)
    out = out.sort_values(["rupiah_berisiko_rp", "no"], ascending=[False, True], kind="stable")
    out.insert(0, "peringkat", np.arange(1, len(out) + 1))
    return out.reset_index(drop=True)


def tanpa_output(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Every sub kegiatan that spent money without output (status ``serapan_tanpa_output``), in
    document order: ``program``, ``nama``, ``pagu_rp``, ``realisasi_rp``, ``serapan_rp``,
    ``baris_sumber`` and ``tautan`` (its row on its program page, ``jangkar_baris``).

    Examples
    --------
    >>> from renja_analysis.load import load_processed
    >>> tanpa_output(load_processed().evaluasi)["baris_sumber"].tolist()
    [276, 291, 313, 314, 319]
    """
    tautan = jangkar_baris(evaluasi)
    pilih = ((evaluasi["level"].astype(str) == "sub_kegiatan")
             & (evaluasi["status"].astype("string") == SERAPAN_TANPA_OUTPUT).fillna(False)).to_numpy(dtype=bool)
    cols = [c for c in ("program", "nama", "pagu_rp", "realisasi_rp", "serapan_rp", "baris_sumber") if c in evaluasi]
    out = evaluasi.loc[pilih, cols].copy()
    out["tautan"] = tautan[pilih]
    return out.reset_index(drop=True)


def temuan_kritis(temuan: pd.DataFrame | None, evaluasi: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ``kritis`` findings in their order, each with its printed reference (``rujukan``; where
    a finding has none, its table and line) and, where its source line is a row of ``evaluasi``,
    the link to that row (``tautan``, else NA).

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["info", "kritis"], "jenis": ["angka_ambigu", "serapan_tanpa_output"],
    ...                   "tabel": ["Tabel 2.2"] * 2, "baris_sumber": [9, 12], "nama": ["x", "a1"],
    ...                   "rujukan": [None, "Tabel 2.2 baris ke-3 (halaman ke-1 tabel; baris teks 12)"]})
    >>> temuan_kritis(t)[["jenis", "rujukan"]].to_dict("records")
    [{'jenis': 'serapan_tanpa_output', 'rujukan': 'Tabel 2.2 baris ke-3 (halaman ke-1 tabel; baris teks 12)'}]
    """
    kolom = ["jenis", "nama", "rujukan", "tautan"]
    if temuan is None or not len(temuan):
        return pd.DataFrame(columns=kolom)
    k = temuan[(temuan["tingkat"].astype(str) == "kritis").to_numpy()].copy()
    cadangan = k["tabel"].astype("string") + ", baris " + k["baris_sumber"].astype("Int64").astype("string")
    rujukan = k["rujukan"].astype("string") if "rujukan" in k else pd.Series(pd.NA, index=k.index, dtype="string")
    k["rujukan"] = rujukan.fillna(cadangan).fillna(k["tabel"].astype("string"))
    k["tautan"] = pd.Series(pd.NA, index=k.index, dtype="string")
    if evaluasi is not None and "baris_sumber" in evaluasi and len(k):
        links = jangkar_baris(evaluasi)
        per_baris = pd.Series(links.to_numpy(), index=evaluasi["baris_sumber"].astype("Int64").to_numpy())
        per_baris = per_baris[per_baris.index.notna() & ~per_baris.index.duplicated()]
        k["tautan"] = k["baris_sumber"].astype("Int64").map(per_baris).astype("string")
        # a finding on a row outside Tabel 2.2 (e.g. Tabel 3.3) names that table: no link to an evaluation
        # row; one that names a program links to the program's page
        k.loc[~k["tabel"].astype(str).str.startswith("Tabel 2.2").to_numpy(), "tautan"] = pd.NA
        daftar = daftar_program(evaluasi).drop_duplicates("program")
        halaman = pd.Series([_halaman(n) for n in daftar["notebook"]], index=daftar["program"].to_numpy())
        k["tautan"] = k["tautan"].fillna(k["nama"].map(halaman).astype("string"))
    if "nama" not in k:
        k["nama"] = pd.NA
    return k[kolom].reset_index(drop=True)


def kalimat_program(r: pd.Series, pertama: bool = False, seri: bool = False) -> str:
    """One program of ``peringkat_program`` with its reason, in one sentence (Markdown, its name
    linked to its page); ``pertama`` marks the first as the one to handle first, ``seri`` says that
    it shares the most rupiah at stake with another (each of them is marked).

    Examples
    --------
    >>> r = pd.Series({"no": 5, "notebook": "05-b", "program": "PROGRAM B", "pagu_rp": 160.0,
    ...     "rupiah_berisiko_rp": 160.0, "berisiko_persen_pagu": 100.0, "jumlah_tanpa_output": 1,
    ...     "realisasi_tanpa_output_rp": 51.0, "jumlah_tertinggal": 0})
    >>> print(kalimat_program(r, pertama=True).replace("\xa0", " "))  # doctest: +ELLIPSIS
    **Program 05 [*PROGRAM B*](program/05-b.ipynb "PROGRAM B") paling perlu ditangani**: Rp...160 (100,00...% pagunya) berisiko di 1 sub kegiatan yang menyerap Rp...51 tanpa output.
    """
    bagian = []
    if r["jumlah_tanpa_output"]:
        bagian.append(f"{int(r['jumlah_tanpa_output'])} sub kegiatan yang menyerap "
                      f"{format_rupiah(r['realisasi_tanpa_output_rp'])} tanpa output")
    if r["jumlah_tertinggal"]:
        bagian.append(f"{int(r['jumlah_tertinggal'])} sub kegiatan yang tertinggal")
    porsi = f" ({format_persen(r['berisiko_persen_pagu'])} pagunya)" if pd.notna(r["berisiko_persen_pagu"]) else ""
    nama = f"Program {int(r['no']):02d} {tautan_nama(r['program'], _halaman(r['notebook']))}"
    if pertama:
        nama = f"**{nama} {'sama-sama ' if seri else ''}paling perlu ditangani**"
    return (f"{nama}: {format_rupiah(r['rupiah_berisiko_rp'])}{porsi} berisiko di {' dan '.join(bagian)}.")


def blok_triase(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None = None) -> str:
    """The triage block (Markdown) for the first screen: a heading (``JUDUL_TRIASE``), the
    programs with rupiah at stake as a numbered list, each with its reason in one sentence
    (``kalimat_program``; the first marked as the one to handle first), the rule, every sub
    kegiatan that spent money without output as bullets linked to their rows, and the
    ``kritis`` findings as a numbered list with their printed references.

    Links point at notebooks relative to ``notebooks/`` (``program/<nb>.ipynb#...``); the HTML
    renderer rewrites them to pages (``report.html.tulis_ulang_tautan``).

    Examples
    --------
    >>> from renja_analysis.load import load_processed
    >>> doc = load_processed()
    >>> blok = blok_triase(doc.evaluasi, doc.temuan).splitlines()
    >>> blok[0], blok[2].startswith("1. **Program 05 "), "paling perlu ditangani**" in blok[2]
    ('### Perlu ditangani lebih dulu', True, True)
    """
    peringkat = peringkat_program(evaluasi)
    lines = [f"### {JUDUL_TRIASE}", ""]
    ada = peringkat[peringkat["rupiah_berisiko_rp"] > 0]
    if len(ada):
        # the largest rupiah at stake shared by several programs: each is marked, none is "the" first
        puncak = (ada["rupiah_berisiko_rp"] == ada["rupiah_berisiko_rp"].iloc[0]).to_numpy(dtype=bool)
        seri = bool(puncak.sum() > 1)
        lines += [f"{int(r['peringkat'])}. {kalimat_program(r, pertama=bool(p), seri=seri)}"
                  for p, (_, r) in zip(puncak, ada.iterrows())]
        lines += ["", ATURAN, ""]
    else:
        lines += ["Tidak ada sub kegiatan yang tertinggal atau menyerap anggaran tanpa output.", ""]
    sto = tanpa_output(evaluasi)
    if len(sto):
        lines += [f"Sub kegiatan yang menyerap anggaran tanpa output, lengkap ({len(sto)}):", ""]
        lines += [f"- {tautan_nama(r['nama'], r['tautan'] if pd.notna(r['tautan']) else None)}: "
                  f"{format_rupiah(r['realisasi_rp'])} terserap ({format_persen(r['serapan_rp'])})"
                  for _, r in sto.iterrows()]
        lines.append("")
    kritis = temuan_kritis(temuan, evaluasi)
    if len(kritis):
        lines += [f"Temuan kritis ({len(kritis)}), dengan letaknya di dokumen:", ""]
        for i, (_, r) in enumerate(kritis.iterrows(), start=1):
            nama = (f" {tautan_nama(r['nama'], r['tautan'] if pd.notna(r['tautan']) else None)}"
                    if pd.notna(r["nama"]) else "")
            lines.append(f"{i}. {markdown_teks(labels.jenis_temuan(str(r['jenis'])))} \u2014 "
                         f"{markdown_teks(r['rujukan'])}:{nama}")
        lines.append("")
    return "\n".join(lines).rstrip("\n")
