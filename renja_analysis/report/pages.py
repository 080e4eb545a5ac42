"""The page manifest of the report: which pages there are, their titles and order, the
banner of an example, the build stamp and the PDF's name.

Shared by ``report.html`` (which renders the pages) and ``report.pdf`` (which prints them to
one PDF), so that neither imports the other for them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..present.pemda import sipd_contoh

#: Overview notebooks, executed in place and rendered as report pages:
#: (notebook, page title, one-line description).
HALAMAN = [
    ("00-ikhtisar.ipynb", "Ikhtisar Dinas", "angka utama, serapan per program, capaian vs serapan, narasi"),
    ("20-pergeseran-anggaran.ipynb", "Pergeseran anggaran", "APBD \u2192 P-APBD per program, pergeseran terbesar, keterangan"),
    ("30-kualitas-data.ipynb", "Kualitas data", "setiap temuan dengan sel yang dibandingkan, cara tabel dibaca"),
    ("40-eksplorasi.ipynb", "Eksplorasi", "penyaring sub kegiatan (interaktif di JupyterLab)"),
]
NOTEBOOKS = [name for name, _, _ in HALAMAN]
#: The SIPD pemda page (its source in ``notebooks/templates/``), executed and rendered only when a
#: SIPD source is given (``report --sipd``), or as an example (``make contoh``).
HALAMAN_SIPD = ("70-sipd-pemda.ipynb", "Data SIPD pemda",
                "pagu per urusan, bidang, perangkat daerah dan sub unit; pagu n+1; temuan data SIPD; dokumen vs SIPD")
#: The SIPD realisation page (its source in ``notebooks/templates/``), executed and rendered as an
#: example (``make contoh``: ``tests/data/sipd-realisasi`` against the plan ``tests/data/sipd-nyata``).
HALAMAN_REALISASI = ("80-realisasi-sipd.ipynb", "Realisasi SIPD",
                     "serapan bulanan per perangkat daerah terhadap harapan triwulan; sub kegiatan paling "
                     "tertinggal; pembayaran dalam proses; temuan data realisasi")

#: The banner of every page built from the project's test data (an example, ``make contoh``, or
#: ``report --sipd tests/data/sipd``), and the mark its title carries.
SPANDUK_CONTOH = "Contoh: data uji buatan, bukan data resmi pemda"
TANDA_CONTOH = "(contoh)"
#: The class of the banner's element: what tells a printed page it is an example (``report.pdf``).
KELAS_CONTOH = "renja-contoh"


def judul_contoh(judul: str) -> str:
    """A title marked as an example (once).

    >>> judul_contoh("Tren"), judul_contoh("Tren (contoh)")
    ('Tren (contoh)', 'Tren (contoh)')
    """
    return judul if judul.endswith(TANDA_CONTOH) else f"{judul} {TANDA_CONTOH}"


def stempel(dokumen: pd.Series) -> str:
    """The build stamp: package version, source file and its SHA-256, document date.

    Deterministic (no wall-clock time): everything comes from the ``dokumen`` row.

    >>> row = pd.Series({"berkas": "data/raw/r.md", "sha256": "ab" * 32, "tanggal": "Agustus 2024"})
    >>> stempel(row)  # doctest: +ELLIPSIS
    'renja-analysis 0.1.0 \u00b7 sumber r.md (SHA-256 abab...ab) \u00b7 tanggal dokumen Agustus 2024'
    """
    from ..config import __version__

    tanggal = dokumen.get("tanggal")
    tanggal = tanggal if isinstance(tanggal, str) and tanggal else "tidak tertulis"
    return (f"renja-analysis {__version__} \u00b7 sumber {Path(str(dokumen['berkas'])).name} "
            f"(SHA-256 {dokumen['sha256']}) \u00b7 tanggal dokumen {tanggal}")


#: The longest slug in the PDF's file name (an office name can be a paragraph long).
PANJANG_SLUG_PDF = 80


def nama_pdf(dokumen: pd.Series) -> str:
    """``laporan-renja-<tahun>-<instansi>.pdf`` (slug) from the ``dokumen`` row.

    >>> nama_pdf(pd.Series({"tahun": 2024, "instansi": "Dinas Koperasi Usaha Kecil dan Menengah"}))
    'laporan-renja-2024-dinas-koperasi-usaha-kecil-dan-menengah.pdf'

    The slug is cut at ``PANJANG_SLUG_PDF`` characters, so that an office name of any length
    gives a file name the file system takes (255 bytes at most):

    >>> len(nama_pdf(pd.Series({"tahun": 2024, "instansi": "Dinas " * 60})))
    98
    """
    tahun = "" if pd.isna(dokumen.get("tahun")) else str(int(dokumen["tahun"]))
    instansi = dokumen.get("instansi")
    instansi = "" if not isinstance(instansi, str) else instansi
    slug = re.sub(r"[^a-z0-9]+", "-", f"{tahun} {instansi}".lower()).strip("-")[:PANJANG_SLUG_PDF].rstrip("-")
    return f"laporan-renja-{slug}.pdf" if slug else "laporan-renja.pdf"


#: The parts printed besides the notebook pages: the index first, the glossary last.
RINGKASAN = ("index.html", "Ringkasan laporan")
GLOSARIUM = ("glosarium.html", "Glosarium")


def urutan_cetak(program: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(page file, title) of every page the PDF may hold, in order: the index, 00, 20, 30,
    the program pages (``program``: (page name, program) in document order), 70, 80, the
    glossary. ``report.pdf.bagian`` keeps those that exist and are printed.

    >>> [f for f, _ in urutan_cetak([("01-a", "A")])]  # doctest: +NORMALIZE_WHITESPACE
    ['index.html', '00-ikhtisar.html', '20-pergeseran-anggaran.html', '30-kualitas-data.html',
     'program-01-a.html', '70-sipd-pemda.html', '80-realisasi-sipd.html', 'glosarium.html']
    """
    judul = {n.replace(".ipynb", ".html"): j for n, j, _ in [*HALAMAN, HALAMAN_SIPD, HALAMAN_REALISASI]}
    parts = [RINGKASAN]
    parts += [(f, judul[f]) for f in ("00-ikhtisar.html", "20-pergeseran-anggaran.html", "30-kualitas-data.html")]
    parts += [(f"program-{n}.html", f"Program: {nama}") for n, nama in program or []]
    parts += [(f, judul[f]) for f in ("70-sipd-pemda.html", "80-realisasi-sipd.html")]
    return parts + [GLOSARIUM]


def halaman(sipd=False, realisasi=False) -> list[tuple[str, str, str]]:
    """The overview pages of the report: ``HALAMAN``, the SIPD page when ``sipd`` (True, or
    the SIPD folder: when it is the project's test data the page is titled as an example), the
    realisation page when ``realisasi`` (likewise).

    >>> [n for n, _, _ in halaman()] == NOTEBOOKS
    True
    >>> from renja_analysis import config
    >>> halaman(config.DEFAULT_SIPD)[-1][1]
    'Data SIPD pemda (contoh)'
    """
    pages = list(HALAMAN)
    for given, (nb, judul, isi) in ((sipd, HALAMAN_SIPD), (realisasi, HALAMAN_REALISASI)):
        if not given:
            continue
        if not isinstance(given, bool) and sipd_contoh(given):
            judul, isi = judul_contoh(judul), f"data uji buatan, bukan ekspor SIPD resmi: {isi}"
        pages.append((nb, judul, isi))
    return pages
