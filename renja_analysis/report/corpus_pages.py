"""The report of many documents: the corpus tables, one notebook set per document, the
comparison notebooks and the corpus index page (``reports/korpus/``).
"""

from pathlib import Path
from urllib.parse import quote

import pandas as pd

from .. import config
from ..keys import nama_berkas
from ..present.summary import daftar_program, urutan_program
from .html import bingkai, html_narasi, jinja_env, render_pages, stempel_korpus
from .notebooks import PROGRAM_DIR, TEMPLATE, NotebookJob, execute_all, remove_stale
from .pages import HALAMAN, judul_contoh, stempel

#: Corpus notebooks (executed in place on the corpus) and the notebooks of each document's set.
HALAMAN_KORPUS = [
    ("50-antar-instansi.ipynb", "Perbandingan antarinstansi",
     "serapan dan capaian per instansi terhadap harapan triwulan, peringkat, temuan"),
    ("60-tren.ipynb", "Tren", "instansi yang sama antar-triwulan dan antar-tahun"),
]
#: The overview notebooks each document of a corpus gets (the explorer 40 stays one per project).
PER_DOKUMEN = [h for h in HALAMAN if h[0] != "40-eksplorasi.ipynb"]
KORPUS_DIR = "dokumen"


#: The processed tables of the example corpus (``make contoh``): the default of 50 and 60.
OLAHAN_KORPUS_CONTOH = config.DATA_CONTOH / "korpus"


def build_corpus(sources, olahan: Path = config.DATA_KORPUS, notebooks: Path = config.NOTEBOOKS,
                 reports: Path = config.REPORTS, progress: bool = True, jobs: int | None = None,
                 contoh: bool = False, lain: list[NotebookJob] | None = None) -> None:
    """The report of many documents: the corpus tables into ``olahan``, one notebook set per
    document (``notebooks/dokumen/<id>/``), ``50-antar-instansi`` and ``60-tren`` on the whole
    corpus, and the HTML pages under ``reports/korpus/`` with an index of the documents.

    The notebooks are executed from the project's sources (``notebooks/00-..30-`` and
    ``notebooks/templates/``) into ``notebooks``; ``contoh`` marks every notebook and page
    as an example (``make contoh``). ``jobs`` documents are read and ``jobs`` notebooks executed
    at once (default: the cores; ``execute_all``); ``lain``, other notebooks to execute among them
    (the examples' SIPD pages)."""
    from ..corpus import load_corpus, write_corpus

    korpus = load_corpus(sources, jobs=jobs, progress=progress)
    write_corpus(korpus, olahan)
    jobs_nb = []
    base = notebooks / KORPUS_DIR
    for did, tables in korpus.per_dokumen.items():
        folder = nama_berkas(Path(olahan) / "dokumen" / did)
        jobs_nb += [(config.NOTEBOOKS / n, base / did / n, {"olahan": folder}) for n, _, _ in PER_DOKUMEN]
        for _, p in daftar_program(tables["evaluasi"]).iterrows():
            jobs_nb.append((config.NOTEBOOKS / TEMPLATE, base / did / PROGRAM_DIR / f"{p['notebook']}.ipynb",
                            {"olahan": folder, "program": p["program"]}))
    custom = Path(olahan).resolve() != OLAHAN_KORPUS_CONTOH.resolve()
    extra = {"olahan": nama_berkas(Path(olahan))} if custom else {}
    jobs_nb += [(config.NOTEBOOK_TEMPLATES / n, notebooks / n, dict(extra)) for n, _, _ in HALAMAN_KORPUS]
    remove_stale(base.rglob("*.ipynb"), [t for _, t, _ in jobs_nb])
    execute_all([*(lain or []), *(NotebookJob(source, target, params, notebooks, contoh)
                                  for source, target, params in jobs_nb)], jobs, progress=progress)
    build_corpus_html(korpus, notebooks, reports, contoh=contoh, jobs=jobs, progress=progress)


def ringkasan_korpus(dokumen: pd.DataFrame, ringkas: pd.DataFrame | None):
    """The corpus index's Ringkasan as safe HTML: how many files were read and which failed,
    then the comparison of the offices (``narrative.narasi_antar_instansi``), its links to
    notebooks pointing at their pages. Names are document text, escaped by ``narrative``.

    Examples
    --------
    >>> d = pd.DataFrame({"dokumen": ["a", "b", "c"], "status": ["terbaca", "gagal", "ganda"]})
    >>> print(ringkasan_korpus(d, None).strip())
    <p>Korpus memuat 3 berkas: 0 terbaca, 1 tidak dapat dibaca, 1 salinan berkas lain (alasannya di tabel Dokumen).</p>
    """
    from ..corpus import GAGAL, GANDA
    from ..present.narrative import narasi_antar_instansi

    status = dokumen["status"].astype(str)
    gagal, ganda = int((status == GAGAL).sum()), int((status == GANDA).sum())
    terbaca = 0 if ringkas is None else len(ringkas)
    teks = f"Korpus memuat {len(dokumen)} berkas: {terbaca} terbaca"
    teks += f", {gagal} tidak dapat dibaca" if gagal else ""
    teks += f", {ganda} salinan berkas lain" if ganda else ""
    teks += " (alasannya di tabel Dokumen)." if gagal or ganda else "."
    if ringkas is not None and len(ringkas):
        teks += " " + narasi_antar_instansi(ringkas) + " Rinciannya di [Perbandingan antarinstansi](50-antar-instansi.ipynb)."
    return html_narasi(teks)


def _href(*parts: str) -> str:
    """A relative link, each part percent-encoded (ids are slugs already; this holds for any).

    >>> _href("dokumen", "a b#<c>", "00-ikhtisar.html")
    'dokumen/a%20b%23%3Cc%3E/00-ikhtisar.html'
    """
    return "/".join(quote(p, safe="") for p in parts)


def _entri(korpus, ringkas: pd.DataFrame | None, contoh: bool) -> list[dict]:
    """One entry per file of the corpus for the index: its keys, status and message, its
    figures, and the links to its pages (a document read)."""
    from ..numbers import format_persen

    docs = []
    for _, d in korpus.dokumen.iterrows():
        did = d["dokumen"]
        entry = {"dokumen": did, "status": d["status"], "pesan": d["pesan"] if pd.notna(d["pesan"]) else "",
                 "instansi": d["instansi"] if pd.notna(d["instansi"]) else "-",
                 "pemda": d["pemda"] if pd.notna(d["pemda"]) else "-", "periode": "-", "halaman": [],
                 "serapan": None, "capaian": None, "kritis": None}
        if ringkas is not None and did in korpus.per_dokumen:
            r = ringkas.loc[did]
            entry.update(periode=r["periode"], serapan=format_persen(r["serapan_rp"]),
                         capaian=format_persen(r["rata_capaian_k"]), kritis=int(r["temuan_kritis"]))
            for nb_name, judul, _ in PER_DOKUMEN:
                entry["halaman"].append({"href": _href(KORPUS_DIR, did, nb_name.replace(".ipynb", ".html")),
                                         "judul": judul_contoh(judul) if contoh else judul})
        docs.append(entry)
    return docs


def _ringkas(korpus) -> pd.DataFrame | None:
    from ..present.comparison import per_dokumen

    return per_dokumen(korpus.tables["evaluasi"], korpus.tables["temuan"]).set_index("dokumen") \
        if korpus.per_dokumen else None


def halaman_indeks(korpus, contoh: bool = False, ringkas: pd.DataFrame | None = None) -> str:
    """The corpus index page (``reports/korpus/index.html``) as HTML: the Ringkasan, the
    corpus pages and one row per file. Everything from the documents and their file names
    (ids, messages naming files, offices, the build stamp) is text: the page is autoescaped
    and its links are percent-encoded.

    Examples
    --------
    >>> from renja_analysis.config import DATA_RAW
    >>> from renja_analysis.corpus import load_corpus
    >>> page = halaman_indeks(load_corpus(DATA_RAW, jobs=1))
    >>> 'href="dokumen/renja-perubahan-2024-dinkop-ukm-magetan/00-ikhtisar.html"' in page
    True
    """
    ringkas = _ringkas(korpus) if ringkas is None else ringkas
    pages = [{"href": _href(nb_name.replace(".ipynb", ".html")), "judul": judul_contoh(judul) if contoh else judul,
              "isi": isi} for nb_name, judul, isi in HALAMAN_KORPUS]
    return jinja_env().get_template("korpus.html.j2").render(
        dokumen=_entri(korpus, ringkas, contoh), tautan=pages, jumlah=len(korpus.per_dokumen),
        stempel=stempel_korpus(korpus.dokumen),
        ringkasan=ringkasan_korpus(korpus.dokumen, ringkas.reset_index() if ringkas is not None else None),
        **{k: v for k, v in bingkai(None, contoh=contoh).items() if "contoh" in k})


def build_corpus_html(korpus, notebooks: Path = config.NOTEBOOKS, reports: Path = config.REPORTS,
                      contoh: bool = False, jobs: int | None = 1, progress: bool = False) -> list[Path]:
    """Render the corpus notebooks, each document's set and the corpus index (``reports/korpus/``);
    ``contoh``: every page with the example banner and ``(contoh)`` in its title. ``jobs`` pages are
    rendered at once (None: the cores; ``notebooks.run_all``), each page's bytes the same."""
    root = reports / "korpus"
    calls: list[tuple[tuple, dict]] = []          # render_page's arguments, one page each
    cap = stempel_korpus(korpus.dokumen)
    for nb_name, judul, _ in HALAMAN_KORPUS:
        html = nb_name.replace(".ipynb", ".html")
        calls += [((notebooks / nb_name, root / ("kode" if with_code else "") / html, judul, with_code),
                   dict(akar="../", laporan={"stempel": cap}, contoh=contoh)) for with_code in (False, True)]
    ringkas = _ringkas(korpus)
    for _, d in korpus.dokumen.iterrows():
        did = d["dokumen"]
        if ringkas is None or did not in korpus.per_dokumen:
            continue
        instansi = d["instansi"] if pd.notna(d["instansi"]) else "-"
        folder = root / KORPUS_DIR / did
        urutan = urutan_program(korpus.per_dokumen[did]["evaluasi"])
        opsi = dict(beranda="../../index.html", laporan={"program": urutan, "ikhtisar": True, "stempel": stempel(d)},
                    akar="../../../", contoh=contoh)
        for nb_name, judul, _ in PER_DOKUMEN:
            html = nb_name.replace(".ipynb", ".html")
            calls += [((notebooks / KORPUS_DIR / did / nb_name, folder / ("kode" if with_code else "") / html,
                        f"{judul}: {instansi}", with_code), opsi) for with_code in (False, True)]
        for notebook, program in urutan:
            html = f"program-{notebook}.html"
            calls += [((notebooks / KORPUS_DIR / did / PROGRAM_DIR / f"{notebook}.ipynb",
                        folder / ("kode" if with_code else "") / html, program, with_code), opsi)
                      for with_code in (False, True)]
    written = render_pages(calls, jobs, progress=progress)
    index = root / "index.html"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(halaman_indeks(korpus, contoh=contoh, ringkas=ringkas), encoding="utf-8")
    written.append(index)
    remove_stale([p for p in root.rglob("*.html")], written)
    return written
