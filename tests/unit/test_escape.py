"""Document text is data: escaped in Markdown narratives, Styler tables, report
pages and charts (hand-written expectations, hostile text)."""
import io
import re
from html.parser import HTMLParser

import matplotlib
import nbformat
import pandas as pd
import pytest
from hostile import KETERANGAN_JAHAT, NAMA_JAHAT, tulis_dokumen_jahat
from hypothesis import given, strategies as st
from markupsafe import escape as jinja_escape
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from renja_analysis import load_document, report
from renja_analysis.present import narrative, plots, styling, summary
from renja_analysis.present.escape import html_teks, markdown_teks
from renja_analysis.present.summary import daftar_program, slug
from renja_analysis.present.triage import nama_pendek

SKRIP = "<script>alert(1)</script>"
GAMBAR = "<img src=x onerror=alert(2)>"
TEBAL = "**tebal**"
TAUTAN = "[klik](javascript:alert(3))"
MATEMATIKA = "$\\alpha$"
JAHAT = [SKRIP, GAMBAR, TEBAL, TAUTAN, MATEMATIKA]
SEMUA = " ".join(JAHAT)


def _bersih(rendered: str) -> None:
    """No element, attribute or link made from document text."""
    low = rendered.lower()
    assert "<script" not in low
    assert "<img" not in low
    assert 'href="javascript:' not in low and "javascript:alert(3)</a>" not in low
    assert "<strong>tebal</strong>" not in low and "<em>tebal</em>" not in low


class _Teks(HTMLParser):
    """The text a browser shows for an HTML fragment (tags dropped, references decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def _teks(fragment: str) -> str:
    p = _Teks()
    p.feed(fragment)
    p.close()
    return "".join(p.parts)


# --- the helpers --------------------------------------------------------------------------

def test_html_teks_by_hand():
    assert html_teks(SKRIP) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert html_teks(GAMBAR) == "&lt;img src=x onerror=alert(2)&gt;"
    assert html_teks('a "b" \'c\' & d') == "a &quot;b&quot; &#x27;c&#x27; &amp; d"
    assert html_teks(TEBAL) == TEBAL and html_teks(MATEMATIKA) == MATEMATIKA
    assert html_teks(None) == html_teks(pd.NA) == html_teks(float("nan")) == ""
    assert html_teks(12) == "12"


def test_markdown_teks_by_hand():
    assert markdown_teks(SKRIP) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert markdown_teks(GAMBAR) == "&lt;img src=x onerror=alert(2)&gt;"
    assert markdown_teks(TEBAL) == "\\*\\*tebal\\*\\*"
    assert markdown_teks(TAUTAN) == "\\[klik\\](javascript:alert(3))"
    assert markdown_teks(MATEMATIKA) == "\\$\\\\alpha\\$"
    assert markdown_teks("`a` _b_ #c |d| ~~e~~") == "\\`a\\` \\_b\\_ \\#c \\|d\\| \\~\\~e\\~\\~"
    assert markdown_teks("> kutip") == "&gt; kutip"
    assert markdown_teks("https://x.id") == "https\\://x.id"
    assert markdown_teks("satu\r\ndua") == "satu dua"
    assert markdown_teks(None) == markdown_teks(pd.NA) == ""
    # names of the bundled document are unchanged
    for name in ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA",
                 "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
                 "Pengurang Rp.500.000,- SPPD dalam daerah dialihkan ke SPPD Luar Daerah", "Persen (%)"):
        assert markdown_teks(name) == name


@pytest.mark.parametrize("text", JAHAT + [SEMUA, "a & b &amp; &#60;", "x \\ y", "<http://x.id>", "# judul #",
                                          "a | b", "~~coret~~", "_miring_", "`kode`", "![g](x.png)"])
def test_markdown_teks_shows_literally(text):
    rendered = markdown2html_mistune(f"Nama: *{markdown_teks(text)}*.")
    _bersih(rendered)
    assert "<a " not in rendered
    assert _teks(rendered).strip() == f"Nama: {text}."


@given(st.lists(st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "P", "S")),
                        min_size=1, max_size=12), min_size=1, max_size=6))
def test_markdown_teks_shows_any_printable_text_literally(words):
    text = " ".join(words)
    rendered = markdown2html_mistune(f"Nama: {markdown_teks(text)}.")
    assert "<a " not in rendered and "<em>" not in rendered and "<code>" not in rendered
    assert _teks(rendered).strip() == f"Nama: {text}."


# --- narratives ---------------------------------------------------------------------------

def _baris(**kw):
    base = dict(nama="Sub A", target_k=4.0, realisasi_k=0.0, satuan="Paket", capaian_k=0.0,
                serapan_rp=40.0, realisasi_rp=4_000_000.0, pagu_rp=10_000_000.0,
                status="serapan_tanpa_output", keterangan=None)
    return pd.Series(base | kw)


def test_sentence_with_hostile_name_satuan_keterangan():
    s = narrative.kalimat_sub_kegiatan(_baris(nama=SEMUA, satuan=GAMBAR, keterangan=SEMUA))
    rendered = markdown2html_mistune(s)
    _bersih(rendered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    text = _teks(rendered)
    assert text.startswith(f"{SEMUA}: belum ada realisasi kinerja dari target 4 {GAMBAR};")
    assert f"keterangan: \u201c{SEMUA}\u201d" in text


def test_scheduled_sentence_quotes_the_keterangan_escaped():
    s = narrative.kalimat_sub_kegiatan(_baris(status="belum_dilaksanakan", realisasi_rp=0.0, serapan_rp=0.0,
                                           keterangan=SKRIP + TAUTAN))
    rendered = markdown2html_mistune(s)
    _bersih(rendered)
    assert f"dijadwalkan kemudian (\u201c{SKRIP}{TAUTAN}\u201d)" in _teks(rendered)


def test_finding_bullet_escapes_the_message():
    s = narrative.narasi_temuan(pd.Series({"tingkat": "kritis", "tabel": "Tabel 2.2", "baris_sumber": 5,
                                        "pesan": f"keterangan: \u201c{SEMUA}\u201d"}))
    rendered = markdown2html_mistune(s)
    _bersih(rendered)
    assert "<strong>Kritis</strong>" in rendered        # our own emphasis stays
    assert _teks(rendered).strip() == f"Kritis \u2014 Tabel 2.2, baris 5: keterangan: \u201c{SEMUA}\u201d"


@pytest.fixture(scope="module")
def jahat(tmp_path_factory):
    return load_document(tulis_dokumen_jahat(tmp_path_factory.mktemp("jahat")))


def test_hostile_document_is_read_as_written(jahat):
    ev = jahat.evaluasi
    assert (ev["nama"] == NAMA_JAHAT).sum() == 1
    assert (ev["keterangan"] == KETERANGAN_JAHAT).sum() == 1


def test_program_and_office_narratives_on_the_hostile_document(jahat):
    prog = narrative.narasi_program(jahat.evaluasi, NAMA_JAHAT, jahat.temuan, jahat.pergeseran)
    verdict = narrative.ringkasan_program(jahat.evaluasi, NAMA_JAHAT, jahat.temuan, jahat.pergeseran)
    ev = jahat.evaluasi.copy()
    ev.loc[ev["nama"] == NAMA_JAHAT, "serapan_rp"] = 10.0      # listed as far below the expectation
    office = narrative.ringkasan_dinas(ev, jahat.temuan, jahat.pergeseran)
    daftar = summary.daftar_program(jahat.evaluasi, jahat.temuan)
    tabel = narrative.tabel_program(daftar)
    nav = narrative.navigasi_program(daftar, daftar["notebook"].iloc[1])
    for md in (prog, verdict, office, tabel, nav):
        _bersih(markdown2html_mistune(md))
    assert _teks(markdown2html_mistune(verdict)).startswith("Program ini menyerap 73,63% dari pagu Rp120.000.000")
    text = _teks(markdown2html_mistune(prog))
    assert f"keterangan: \u201c{KETERANGAN_JAHAT}\u201d" in text          # the narrative and the finding
    # shortened in the sentence (the full name is the hover title, escaped)
    assert f"{nama_pendek(NAMA_JAHAT)} (10,00%)" in _teks(markdown2html_mistune(office))
    assert NAMA_JAHAT in _teks(markdown2html_mistune(tabel))
    kritis = "\n".join(narrative.narasi_temuan(r) for _, r in jahat.temuan.iterrows())
    _bersih(markdown2html_mistune(kritis))
    assert KETERANGAN_JAHAT in _teks(markdown2html_mistune(kritis))


# --- Styler tables ------------------------------------------------------------------------

def _styler_html(styler) -> str:
    rendered = styler.to_html()
    _bersih(rendered)
    return rendered


def test_stylers_on_the_hostile_document(jahat):
    ev = jahat.evaluasi
    mine = ev[ev["program"] == NAMA_JAHAT]
    rendered = _styler_html(styling.tabel_evaluasi(mine))
    assert "&lt;script&gt;window.__pwned=1" in rendered and "&lt;script&gt;window.__pwned=3" in rendered
    assert "&lt;script&gt;window.__pwned=3" in _styler_html(styling.tabel_temuan(jahat.temuan))
    assert "&lt;script&gt;window.__pwned=1" in _styler_html(styling.tabel_pergeseran(jahat.pergeseran))
    assert "&lt;script&gt;window.__pwned=1" in _styler_html(styling.tabel_program(daftar_program(ev)))
    _styler_html(styling.tabel_indikator(mine[mine["level"] == "program"]))
    # numbers formatted by the library are shown as they are; the stable id is kept
    assert "Rp120.000.000" in rendered and "97,40%" in rendered
    assert 'id="T_evaluasi"' in rendered


def test_styler_escapes_every_text_column():
    text = {c: [f"{SKRIP} {c}"] for c in ("nama", "satuan", "keterangan", "indikator")}
    ev = pd.DataFrame(text | {"level": ["sub_kegiatan"], "program": [SKRIP], "target_k": [1.0],
                              "realisasi_k": [0.0], "capaian_k": [0.0], "pagu_rp": [1.0], "realisasi_rp": [0.0],
                              "serapan_rp": [0.0], "predikat_k": [GAMBAR], "predikat_rp": [GAMBAR],
                              "status": ["tertinggal"], "target_renstra": [2.0], "capaian_renstra_dokumen": [1.0]})
    rendered = _styler_html(styling.tabel_evaluasi(ev))
    assert rendered.count("&lt;script&gt;") == 3 and rendered.count("&lt;img") == 2
    rendered = _styler_html(styling.tabel_indikator(ev))
    assert rendered.count("&lt;script&gt;") == 2            # indikator, satuan
    t = pd.DataFrame({"tingkat": ["kritis"], "jenis": [SKRIP], "tabel": [SKRIP], "baris_sumber": [1],
                      "nama": [SKRIP], "nilai_dokumen": [1.0], "nilai_hitung": [2.0], "baris_pembanding": [pd.NA],
                      "pesan": [SKRIP]})
    assert _styler_html(styling.tabel_temuan(t)).count("&lt;script&gt;") == 4
    p = pd.DataFrame({"level": ["program"], "nama": [SKRIP], "kecocokan": [GAMBAR], "pagu_apbd_rp": [1.0],
                      "pagu_papbd_rp": [2.0], "selisih_rp": [1.0], "selisih_persen": [100.0]})
    rendered = _styler_html(styling.tabel_pergeseran(p))
    assert rendered.count("&lt;script&gt;") == 1 and rendered.count("&lt;img") == 1
    d = pd.DataFrame({"notebook": [SKRIP], "program": [SKRIP], "pagu_rp": [1.0], "serapan_rp": [1.0],
                      "rata_capaian_k": [1.0], "predikat_rp": [GAMBAR]})
    rendered = _styler_html(styling.tabel_program(d))
    assert rendered.count("&lt;script&gt;") == 2 and rendered.count("&lt;img") == 1
    a = pd.DataFrame({"ukuran": [SKRIP], "nilai": [1.0], "jenis": ["angka"]})
    assert _styler_html(styling.tabel_angka_utama(a)).count("&lt;script&gt;") == 1


# --- charts -------------------------------------------------------------------------------

def test_charts_draw_names_with_dollars_as_text(jahat, tmp_path):
    ev = jahat.evaluasi.copy()
    ev["nama"] = ev["nama"].astype(object)
    sub = ev["level"] == "sub_kegiatan"
    ev.loc[sub, "nama"] = [f"$\\frac{{a$ {SKRIP} {i}" for i in range(sub.sum())]
    ev.loc[ev["nama"] == NAMA_JAHAT, "nama"] = f"$x$ {SKRIP}"      # short: not cut by the label wrap
    ev["nama"] = ev["nama"].astype("string")
    mine = ev[ev["program"] == NAMA_JAHAT]
    figs = [plots.kinerja_sub_kegiatan(mine, judul="$x^2$ " + SKRIP), plots.sebaran_capaian_serapan(ev),
            plots.serapan_per_program(ev)]
    for fig in figs:
        buf = io.BytesIO()
        fig.savefig(buf, format="svg")           # drawn outside the style context, as inline output is
        svg = buf.getvalue().decode()
        assert "&lt;script&gt;" in svg and "<script" not in svg
        dollars = [t for t in fig.findobj(matplotlib.text.Text) if "$" in t.get_text()]
        assert dollars and not any(t.get_parse_math() for t in dollars)
    paths = plots.simpan(figs[0], "jahat", tmp_path)
    assert "&lt;script&gt;" in paths[1].read_text(encoding="utf-8")


# --- report pages -------------------------------------------------------------------------

def test_report_page_escapes_title_and_navigation(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Uji", id="a")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "uji.ipynb"
    nbformat.write(nb, path)
    page = report.html.render_page(path, tmp_path / "uji.html", NAMA_JAHAT, with_code=False).read_text(encoding="utf-8")
    assert "<script>window" not in page and "<img src=x" not in page
    nav = re.search(r"<nav [^>]*>(.*?)</nav>", page, re.S).group(1)
    span = re.search(r"<span>(.*?)</span>", nav, re.S).group(1)
    assert "&lt;script&gt;" in span and _teks(span) == NAMA_JAHAT
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "&lt;script&gt;" in title and _teks(title) == NAMA_JAHAT


def test_index_page_escapes_program_names(jahat, tmp_path):
    index = report.html.render_index(jahat, [], tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>window" not in index and "<img src=x" not in index
    assert f'<a href="program-02-{slug(NAMA_JAHAT)}.html">{jinja_escape(NAMA_JAHAT)}</a>' in index


def test_neutralise_formulas_every_kind_of_column():
    # every text storage gets the same rule: a cell whose first character is = + - @ TAB CR gets a leading '
    import pandas as pd

    from renja_analysis.output.processed import neutralise_formulas

    df = pd.DataFrame({
        "arrow": pd.Series(["=1+1", "aman", None, "a=b"], dtype="string"),
        "str": pd.Series(["@x", "b", None, "+6"], dtype="str"),
        "python": pd.Series(["\tx", "c", None, "\rz"], dtype=pd.StringDtype("python")),
        "object": pd.Series([-5, "d", None, "-e"], dtype=object),       # a number in a text column: its text
        "kategori": pd.Categorical(["=k", "=k", "b", "b"]),             # categories are never touched
        "angka": [-1.5, 2.0, 3.0, -4.0],                                  # numbers are never touched
    })
    before = df.copy()
    out = neutralise_formulas(df)
    assert out["arrow"].tolist() == ["'=1+1", "aman", pd.NA, "a=b"]
    assert out["str"].tolist()[:2] == ["'@x", "b"] and out["str"].tolist()[3] == "'+6"
    assert out["python"].tolist() == ["'\tx", "c", pd.NA, "'\rz"]
    assert out["object"].tolist()[:2] == ["'-5", "d"] and out["object"].tolist()[3] == "'-e"
    assert out["kategori"].tolist() == ["=k", "=k", "b", "b"] and out["angka"].tolist() == [-1.5, 2.0, 3.0, -4.0]
    pd.testing.assert_frame_equal(df, before)                          # the input is left as it was
    clean = pd.DataFrame({"t": pd.Series(["a", None], dtype="string")})
    pd.testing.assert_frame_equal(neutralise_formulas(clean), clean)
