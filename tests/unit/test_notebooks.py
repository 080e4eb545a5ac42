"""The notebook template runs on a second, hand-made document (not tied to the
bundled data), and figures are byte-identical across runs."""
import hashlib
import json

import pytest

from renja_analysis import report
from renja_analysis.config import NOTEBOOKS

# executes notebooks and renders figures
pytestmark = pytest.mark.slow


def _text(nb_path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            parts += [str(data.get("text/markdown", "")), str(data.get("text/html", "")), "".join(out.get("text", []))]
    return "\n".join(parts), nb



def test_template_runs_on_the_fixture_document(tmp_path, mini):
    from renja_analysis.output.processed import write_document

    write_document(mini, tmp_path / "olahan")        # the notebooks read processed tables
    out = report.notebooks.execute(NOTEBOOKS / report.notebooks.TEMPLATE, tmp_path / "program.ipynb",
                         {"olahan": str(tmp_path / "olahan"), "program": "PROGRAM PENGEMBANGAN UMKM"},
                         cwd=NOTEBOOKS)
    text, nb = _text(out)
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert "# PROGRAM PENGEMBANGAN UMKM" in text
    # the title, then the Ringkasan: from the fixture, Rp 45.000.000 of Rp 50.000.000 = 90 %
    sources = [c["source"] for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert sources[0] == "## Ringkasan"
    assert "Program ini menyerap **90,00%** dari pagu Rp50.000.000 (Rp45.000.000)" in text
    # 6 of 5 units: over target; 0 of 60 with Rp 16 jt spent: no output
    assert "6 dari target 5 Unit Usaha (capaian 120,00%, sudah melampaui target tahunan)" in text
    assert "belum ada realisasi kinerja dari target 60 Orang" in text
    # links: the overview, this program's findings (its notebook name: program 2 of the fixture)
    assert "[Ikhtisar Dinas](../00-ikhtisar.ipynb)" in text
    assert "(../30-kualitas-data.ipynb#temuan-02-pengembangan-umkm)" in text
    assert "papermill" not in "".join(sources) and "templat" not in "".join(sources)
    assert "Penunjang" not in text                       # nothing of the bundled document
    ids = [c["id"] for c in nb["cells"]]
    assert ids == [f"sel-{i:02d}" for i in range(len(ids))]
    assert "papermill" not in nb["metadata"]


@pytest.fixture(scope="module")
def drawn(tmp_path_factory, bundled):
    """The bundled document's figures drawn once for the two tests below (a whole render)."""
    return report.notebooks.figures(bundled, tmp_path_factory.mktemp("figures") / "a")


def test_figures_are_byte_identical(tmp_path, bundled, drawn):
    a = drawn
    b = report.notebooks.figures(bundled, tmp_path / "b")
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert [digest(p) for p in a] == [digest(p) for p in b]
    assert len(a) == 2 * (5 + 8)


def test_committed_figures_match_the_library(drawn):
    """figures/ is committed: a library change that changes a chart must regenerate it."""
    from renja_analysis.config import FIGURES
    fresh = drawn
    for p in fresh:
        if p.suffix == ".png":
            assert (FIGURES / p.name).read_bytes() == p.read_bytes(), p.name


def test_committed_report_matches_a_fresh_render(tmp_path, bundled):
    """reports/ is committed: re-rendering the committed notebooks must give the same pages."""
    from renja_analysis.config import REPORTS
    laporan = report.html.konteks(bundled)
    page = report.html.render_page(NOTEBOOKS / "00-ikhtisar.ipynb", tmp_path / "00-ikhtisar.html",
                              "Ikhtisar Dinas", with_code=False, laporan=laporan)
    assert page.read_bytes() == (REPORTS / "00-ikhtisar.html").read_bytes()
    # make report renders the document alone: no SIPD page, no example
    pages = [(n.replace(".ipynb", ".html"), j, i) for n, j, i in report.pages.halaman()]
    index = report.html.render_index(bundled, pages, tmp_path / "index.html", laporan=laporan)
    assert index.read_bytes() == (REPORTS / "index.html").read_bytes()
    glosarium = report.html.render_glosarium(tmp_path / "glosarium.html", laporan=laporan)
    assert glosarium.read_bytes() == (REPORTS / "glosarium.html").read_bytes()
    # the downloads are byte copies of the processed tables
    from renja_analysis.config import DATA_PROCESSED
    for href, name in laporan["unduhan"]:
        assert (REPORTS / href).read_bytes() == (DATA_PROCESSED / name).read_bytes()
    assert 'href="kode/00-ikhtisar.html"' in page.read_text(encoding="utf-8")
