"""The report's frame without a browser: links between pages, navigation, table of
contents, glossary from the code's constants, stamp, PDF name and date, and what
``renja-analysis report`` does when the PDF cannot be printed."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from renja_analysis import cli, metrics, report
from renja_analysis.report import pdf as report_pdf


def _notebook(path, *markdown):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(m) for m in markdown])
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


LAPORAN = {"program": [("01-a", "PROGRAM A"), ("02-b", "PROGRAM B"), ("03-c", "PROGRAM C")],
           "ikhtisar": True, "pdf": "laporan-renja-2024-x.pdf", "stempel": "renja-analysis 9 \u00b7 sumber r.md",
           "unduhan": [("data/buku.xlsx", "buku.xlsx"), ("data/a.csv", "a.csv"), ("data/b.csv", "b.csv")]}


def test_program_page_links_and_navigation(tmp_path):
    nb = _notebook(tmp_path / "program" / "02-b.ipynb",
                   "# Program B",
                   "## Ringkasan\n\nLihat [temuan](../30-kualitas-data.ipynb#temuan-02-b), "
                   "[ikhtisar](../00-ikhtisar.ipynb) dan [berikutnya](03-c.ipynb).",
                   "## Dua", "## Tiga", "## Empat")
    html = report.html.render_page(nb, tmp_path / "out" / "program-02-b.html", "PROGRAM B", False,
                              laporan=LAPORAN).read_text(encoding="utf-8")
    assert '<html lang="id">' in html
    # the Markdown links, rewritten to the pages beside this one
    assert 'href="30-kualitas-data.html#temuan-02-b"' in html
    assert 'href="00-ikhtisar.html"' in html and 'href="program-03-c.html"' in html
    assert ".ipynb" not in html.replace("templates/", "")
    # navigation: previous / next program, overview, this program's findings, glossary, PDF
    for href in ('href="program-01-a.html"', 'href="program-03-c.html"', 'href="index.html"',
                 'href="30-kualitas-data.html#temuan-02-b"', 'href="glosarium.html"',
                 'href="laporan-renja-2024-x.pdf"', 'href="kode/program-02-b.html"'):
        assert href in html, href
    # 4 sections: a table of contents listing them, in order
    assert "Daftar isi (4 bagian)" in html
    toc = html[html.index("Daftar isi"):html.index("</details>")]
    assert toc.index("#Ringkasan") < toc.index("#Dua") < toc.index("#Tiga") < toc.index("#Empat")
    # footer: the workbook, the list of CSVs on the index, the stamp
    assert 'href="data/buku.xlsx"' in html and "2 tabel CSV" in html and "renja-analysis 9" in html


def test_first_and_last_program_and_the_code_page(tmp_path):
    first = report.html.render_page(_notebook(tmp_path / "program" / "01-a.ipynb", "# A", "## Ringkasan"),
                               tmp_path / "out" / "kode" / "program-01-a.html", "PROGRAM A", True,
                               laporan=LAPORAN).read_text(encoding="utf-8")
    assert "Program sebelumnya" not in first and 'href="program-02-b.html"' in first
    # the page with code sits in kode/: the report root is one folder up; siblings stay siblings
    assert 'href="../glosarium.html"' in first and 'href="../laporan-renja-2024-x.pdf"' in first
    assert 'href="../index.html"' in first and 'href="../program-01-a.html"' in first
    assert "Daftar isi" not in first                       # a short page: no table of contents
    last = report.html.render_page(_notebook(tmp_path / "program" / "03-c.ipynb", "# C"),
                              tmp_path / "out" / "program-03-c.html", "PROGRAM C", False,
                              laporan=LAPORAN).read_text(encoding="utf-8")
    assert "Program berikutnya" not in last and 'href="program-02-b.html"' in last


def test_corpus_document_page_reaches_the_report_root(tmp_path):
    page = report.html.render_page(_notebook(tmp_path / "00-ikhtisar.ipynb", "# I", "[k](30-kualitas-data.ipynb)"),
                              tmp_path / "out" / "00-ikhtisar.html", "Ikhtisar", False,
                              beranda="../../index.html", laporan={"ikhtisar": True}, akar="../../../")
    html = page.read_text(encoding="utf-8")
    assert 'href="../../../glosarium.html"' in html and 'href="30-kualitas-data.html"' in html
    program = report.html.render_page(_notebook(tmp_path / "program" / "01-a.ipynb", "# A"),
                                 tmp_path / "out" / "program-01-a.html", "A", False, beranda="../../index.html",
                                 laporan={"ikhtisar": True, "program": [("01-a", "A")]}, akar="../../../")
    # the overview of this document (beside the page), not the bundled report's
    assert '<a class="ikhtisar" href="00-ikhtisar.html">' in program.read_text(encoding="utf-8")
    assert ".pdf" not in html                            # no PDF of a corpus document


def test_glossary_reads_the_boundaries_of_the_code(monkeypatch):
    g = report.html.glosarium()
    assert [r["predikat"] for r in g["predikat"]] == metrics.PREDIKAT
    assert [r["batas"] for r in g["predikat"]] == ["x \u2264 50", "50 < x \u2264 65", "65 < x \u2264 75",
                                                    "75 < x \u2264 90", "x > 90"]
    assert [h["nilai"] for h in g["harapan"]] == ["25", "50", "75", "100"]
    assert "75%" in g["status"][4]["arti"]          # tertinggal: below 75 % of the expectation
    monkeypatch.setattr(metrics, "BATAS_PREDIKAT", (40.0, 60.0, 70.0, 85.0))
    assert report.html.glosarium()["predikat"][-1]["batas"] == "x > 85"


def test_glossary_page(tmp_path):
    html = report.html.render_glosarium(tmp_path / "glosarium.html", laporan=LAPORAN).read_text(encoding="utf-8")
    assert '<html lang="id">' in html and 'id="predikat"' in html
    assert "65 &lt; x \u2264 75" in html and "Sedang" in html
    assert "Belum dilaksanakan" in html and "laporan-renja-2024-x.pdf" in html
    # the terms in plain words, each with the technical term it stands for
    assert 'id="istilah"' in html
    assert "<td>Sub kegiatan yang dinilai</td><td>jatuh tempo</td>" in html
    assert "<td>Varian komposisi antarprogram</td><td>composition variance, PEFA PI-2</td>" in html
    assert "<td>Serapan sebuah kelompok</td><td>rasio jumlah (ratio of sums)</td>" in html
    assert "&nbsp;%" not in html and "0%" in html          # PUEBI: 0%, not 0 %


def test_stamp_pdf_name_and_date():
    row = pd.Series({"berkas": "data/raw/renja.md", "sha256": "0" * 64, "tanggal": "12 Agustus 2024",
                     "tahun": 2024, "instansi": "Dinas Koperasi & UKM"})
    assert report.pages.stempel(row) == ("renja-analysis 0.1.0 \u00b7 sumber renja.md (SHA-256 " + "0" * 64
                                   + ") \u00b7 tanggal dokumen 12 Agustus 2024")
    assert report.pages.nama_pdf(row) == "laporan-renja-2024-dinas-koperasi-ukm.pdf"
    assert report_pdf.tanggal_pdf(row) == "D:20240812000000Z"
    assert report_pdf.tanggal_pdf(pd.Series({"tanggal": "tanpa tanggal", "tahun": None})) == "D:20000101000000Z"
    assert report.pages.nama_pdf(pd.Series({"tahun": None, "instansi": None})) == "laporan-renja.pdf"


def test_pdf_name_of_a_paragraph_long_office_stays_a_file_name():
    # an office name of 305 characters (REV-E E8) once gave a file name over 255 bytes: exit 3
    # "File name too long" after the HTML was written. The slug "2024-dinas-dinas-..." is cut
    # at 80 characters: "2024-" (5), 12 whole "dinas-" (72) and "din" (3).
    row = pd.Series({"tahun": 2024, "instansi": "Dinas " * 51})
    assert report.pages.nama_pdf(row) == "laporan-renja-2024-" + "dinas-" * 12 + "din.pdf"


def test_downloads_are_byte_copies(tmp_path):
    olahan = tmp_path / "olahan"
    olahan.mkdir()
    from renja_analysis.output.processed import WORKBOOK
    (olahan / WORKBOOK).write_bytes(b"PK\x03\x04xlsx")
    (olahan / "evaluasi.csv").write_bytes(b"a,b\n1,2\n")
    (olahan / "evaluasi.parquet").write_bytes(b"PAR1")
    reports = tmp_path / "reports"
    (reports / "data").mkdir(parents=True)
    (reports / "data" / "lama.csv").write_bytes(b"x")            # of an earlier build
    written = report.html.salin_unduhan(olahan, reports)
    assert sorted(p.name for p in (reports / "data").iterdir()) == sorted(["evaluasi.csv", WORKBOOK])
    assert (reports / "data" / "evaluasi.csv").read_bytes() == b"a,b\n1,2\n"
    assert len(written) == 2


@pytest.mark.parametrize("ci, code", [("true", 1), ("", 0)])
def test_report_without_chromium(monkeypatch, capsys, tmp_path, ci, code):
    def build(*args, **kwargs):
        assert kwargs["pdf"] is True
        raise report_pdf.ChromiumTidakAda("Chromium tidak terpasang")

    monkeypatch.setattr(report, "build", build)
    monkeypatch.setenv("CI", ci)
    # --out: the report holds its processed tables' folder (never the project's, which another
    # test or a report may hold meanwhile)
    assert cli.main(["report", "--quiet", "--out", str(tmp_path / "olahan")]) == code
    err = capsys.readouterr().err
    assert ("galat: PDF laporan tidak dibuat" if code else "PDF laporan DILEWATI") in err


def _link(writer, page, rect, dest=None, uri=None):
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    annot = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                              NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect])})
    if dest is not None:
        annot[NameObject("/Dest")] = NameObject(dest)
    if uri is not None:
        annot[NameObject("/A")] = DictionaryObject({NameObject("/S"): NameObject("/URI"),
                                                    NameObject("/URI"): TextStringObject(uri)})
    annots = page.get("/Annots") or ArrayObject()
    annots.append(writer._add_object(annot))
    page[NameObject("/Annots")] = annots


def test_internal_links_resolve_or_go(tmp_path):
    """Issue 20: every internal link of the merged PDF leads to a page of it, or is removed.
    Pages: 0 the cover, 1-2 part a.html (its anchor #x on page 2, 500 pt high), 3 part b.html."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(4):
        writer.add_blank_page(595, 842)
    big = (10, 10, 200, 30)
    a, b = (tmp_path / "a.html").as_uri(), (tmp_path / "b.html").as_uri()
    _link(writer, writer.pages[0], big, uri=b)                                   # -> 3, whole page
    _link(writer, writer.pages[0], big, uri=(tmp_path / "data" / "x.csv").as_uri())  # not printed: gone
    _link(writer, writer.pages[1], big, dest="/x")                               # own anchor -> 2 at 500
    _link(writer, writer.pages[1], big, dest="/tidak-ada")                       # no such anchor: gone
    _link(writer, writer.pages[1], (0, 0, 0.75, 0.75), dest="/x")                # a 1-pixel anchor link: gone
    _link(writer, writer.pages[1], big, uri="https://contoh.id/")                # the web: kept as it is
    _link(writer, writer.pages[3], big, uri=a + "#x")                            # another part's anchor -> 2
    _link(writer, writer.pages[3], big, uri=a + "#hilang")                       # unknown anchor -> 1, whole page
    report_pdf._tautan_dalam(writer, tmp_path, {"a.html": 1, "b.html": 3}, {"a.html": {"x": (1, 500.0)}, "b.html": {}},
                             [None, "a.html", "a.html", "b.html"])
    ids = {p.indirect_reference.idnum: i for i, p in enumerate(writer.pages)}

    def tujuan(n):
        out = []
        for ref in writer.pages[n].get("/Annots") or []:
            annot = ref.get_object()
            if "/Dest" in annot:
                d = annot["/Dest"]
                out.append((ids[d[0].idnum], str(d[1]), float(d[3]) if str(d[1]) == "/XYZ" else None))
            else:
                out.append(str(annot["/A"]["/URI"]))
        return out

    assert tujuan(0) == [(3, "/Fit", None)]
    assert tujuan(1) == [(2, "/XYZ", 500.0), "https://contoh.id/"]
    assert tujuan(3) == [(2, "/XYZ", 500.0), (1, "/Fit", None)]


def test_cover_names_year_and_quarter_and_the_stamp_once():
    row = pd.Series({"berkas": "data/raw/renja.md", "sha256": "ab" * 32, "tanggal": "Agustus 2024", "tahun": 2024,
                     "instansi": "Dinas A", "pemda": "Kabupaten B", "judul": "rencana kerja perubahan tahun 2024",
                     "jenis_dokumen": "Renja Perubahan"})

    class Doc:
        dokumen = pd.DataFrame([row])
        triwulan = 2
        nama_instansi = "Dinas A"

    info = report_pdf.info_laporan(Doc)
    assert info["periode"] == "Tahun anggaran 2024 \u00b7 Triwulan II"
    assert info["dokumen"] == "Rencana kerja perubahan tahun 2024"       # no file name, no date: the stamp has them
    assert info["subjek"] == "Rencana kerja perubahan tahun 2024 \u00b7 Tahun anggaran 2024 \u00b7 Triwulan II \u00b7 Kabupaten B"
    sampul = report_pdf.sampul_html(info, [("Ringkasan laporan", 3, "file:///r/index.html"), ("Glosarium", 9)])
    assert sampul.count("SHA-256") == 1 and sampul.count("renja.md") == 1 and sampul.count("Agustus 2024") == 1
    assert '<a href="file:///r/index.html">Ringkasan laporan</a>' in sampul and "Glosarium</span>" in sampul
    Doc.dokumen = pd.DataFrame([row.drop("tahun")])
    assert report_pdf.info_laporan(Doc)["periode"] == "Triwulan II"
