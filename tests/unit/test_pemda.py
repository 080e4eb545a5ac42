"""The pemda view of SIPD data: the summary table, narratives, charts, the notebook
70-sipd-pemda and the report's SIPD page. Expected values by hand from the fixtures."""
from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest
from test_sipd import DINKES, FOLDER, rec, write_json

from renja_analysis import load_sipd, report
from renja_analysis.config import FIGURES_CONTOH, NOTEBOOK_TEMPLATES, NOTEBOOKS
from renja_analysis.present import narrative, pemda, plots, styling


@pytest.fixture(scope="module")
def data(sipd_pemda):
    return sipd_pemda                  # load_sipd(FOLDER), tests/conftest.py


def test_offices(data):
    """Magetan: 8 programs, 15 kegiatan, 41 sub kegiatan (6 with pagu 0); pagu 5.527.585.325;
    n+1: pagu - 1.000.000.000 (Pemulihan 1,5 M -> 0,5 M) + 50.000.000 (.0004) + 10% of
    158.000.000 + 59.500.000 (2.17.05, 2.17.06) = 4.599.335.325; findings 1 jumlah + 1 placeholder
    + 6 pagu 0 + 1 n+1 = 9, one kritis (.0004's n+1, 0 -> 50 jt, is its pagu 0 finding: one problem,
    one finding).
    Dinkes: programs X.XX.01, 1.02.02, 1.02.03 (3); kegiatan X.XX.01.2.01, .2.02, .2.08, 1.02.02.2.01,
    1.02.02.2.02, 1.02.03.2.02 (6); 9 sub kegiatan, one with pagu 0; pagu 25 + 4.200 + 50 + 300 + 0 + 36 + 150
    + 15 + 250 jt = 5.026.000.000; n+1 = x 1.05 except gizi (120 jt for 50 jt): 5.026 M + 4,976 M x 0.05
    + 70 jt = 5.344.800.000; findings 8, two kritis (the UPTD total, the duplicate); "30/14 Orang/bulan"
    reads as 30 people (issue 18), no finding."""
    p = data.pemda[data.pemda["agregasi"] == "perangkat_daerah"].set_index("kode")
    cols = ["jumlah_program", "jumlah_kegiatan", "jumlah_sub_kegiatan", "jumlah_sub_kegiatan_pagu_nol", "pagu_rp",
            "pagu_n_depan_rp", "jumlah_temuan", "jumlah_temuan_kritis"]
    assert p.loc["2.17.0.00.0.00.01.0000", cols].tolist() == [8, 15, 41, 6, 5_527_585_325, 4_599_335_325, 9, 1]
    assert p.loc["1.02.0.00.0.00.01.0000", cols].tolist() == [3, 6, 9, 1, 5_026_000_000, 5_344_800_000, 8, 2]
    total = 5_527_585_325 + 5_026_000_000
    assert p["porsi_pagu_persen"].round(6).tolist() == [round(5_026_000_000 / total * 100, 6),
                                                          round(5_527_585_325 / total * 100, 6)]


def test_urusan_bidang_and_sub_units(data):
    """Support program (X / X.XX): Magetan 3.297.585.325 + Dinkes 25 + 4.200 + 36 jt = 7.558.585.325, in
    two offices; bidang 2.17 = Magetan's rest 2.230.000.000; 1.02 = Dinkes' rest 765.000.000. Sub-units:
    the Dinkes UPTD 36 + 150 + 15 + 250 = 451 jt."""
    p = data.pemda.set_index(["agregasi", "kode"])
    assert p.loc[("bidang_urusan", "X.XX"), ["pagu_rp", "jumlah_perangkat_daerah", "kode_induk"]].tolist() == [
        7_558_585_325, 2, "X"]
    assert p.loc[("bidang_urusan", "2.17"), "pagu_rp"] == 2_230_000_000
    assert p.loc[("urusan", "1"), "pagu_rp"] == 765_000_000
    assert pd.isna(p.loc[("urusan", "1"), "jumlah_temuan"])          # findings per office and sub-unit only
    uptd = p.loc[("sub_unit", "1.02.0.00.0.00.01.0001")]
    assert (uptd["pagu_rp"], uptd["kode_induk"], uptd["jumlah_sub_kegiatan"], uptd["jumlah_temuan"]) == (
        451_000_000, "1.02.0.00.0.00.01.0000", 4, 4)
    assert data.pemda["agregasi"].astype(str).value_counts().to_dict() == {
        "urusan": 3, "bidang_urusan": 3, "sub_unit": 3, "perangkat_daerah": 2}


def test_findings_per_office(data):
    per = pemda.temuan_per_tingkat(data.temuan, data.rekaman)
    # Dinkes: "30/14 Orang/bulan" reads as 30 people (issue 18), 6 peringatan, not 7
    assert per.to_dict("index") == {"DINAS KESEHATAN": {"info": 0, "peringatan": 6, "kritis": 2},
                                    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH": {"info": 0, "peringatan": 8, "kritis": 1}}
    wide = pemda.temuan_per_perangkat_daerah(data.temuan, data.rekaman)
    assert wide["jumlah"].tolist() == [8, 9] and wide.loc["DINAS KESEHATAN", "sipd_kode_placeholder"] == 2


def test_headline_and_narrative(data):
    a = pemda.angka_pemda(data).set_index("ukuran")["nilai"]
    assert (a["Berkas ekspor SIPD"], a["Sub kegiatan"], a["Pagu tahun ini (n)"], a["Temuan kritis data SIPD"]) == (
        2, 50, 10_553_585_325, 3)
    assert "Temuan dokumen vs SIPD" not in a
    text = narrative.ringkasan_sipd_pemda(data)
    assert "2 perangkat daerah (3 sub unit) dengan 50 sub kegiatan dan pagu Rp10.553.585.325" in text
    assert "turun 5,77% dari tahun ini" in text            # (9.944.135.325 - 10.553.585.325) / 10.553.585.325
    assert "*README.md*" in text


def test_headline_counts_the_reconciliation_it_shows(data):
    """The page's headline counts the document's findings against SIPD (15: 4 kritis, tests of
    test_reconciliation) beside SIPD's own, never "0 kritis" over kritis findings shown below."""
    from renja_analysis import load_document

    doc = load_document(sipd=data)
    a = pemda.angka_pemda(data, doc).set_index("ukuran")["nilai"]
    assert (a["Temuan kritis data SIPD"], a["Temuan dokumen vs SIPD"], a["Temuan kritis dokumen vs SIPD"]) == (3, 15, 4)
    text = narrative.ringkasan_sipd_pemda(data, doc)
    assert ("Dokumen Renja *renja-perubahan-2024-dinkop-ukm-magetan.md* dicocokkan dengan perangkat daerahnya di "
            "SIPD: 6 masalah (4 kritis, 2 peringatan)") in text
    text = narrative.ringkasan_sipd_pemda(data, None, "x.json: tahun dokumen 2024, SIPD 2026")
    assert text.endswith("Dokumen Renja tidak dicocokkan dengan data SIPD ini: x.json: tahun dokumen 2024, SIPD 2026")


def test_sipd_text_is_escaped_wherever_shown(tmp_path):
    hostile = "<script>alert(1)</script> $\\frac{a$ [x](javascript:alert(2))"
    s = load_sipd(write_json(tmp_path, [rec(nama_skpd=hostile, pagu=0)]))
    md = narrative.ringkasan_sipd_pemda(s) + narrative.daftar_temuan_sipd(s.temuan, s.berkas, ("peringatan",))
    assert "<script>" not in md and "&lt;script&gt;" in md and "[x](" not in md and "\\[x\\]" in md
    html = styling.tabel_pemda(s.pemda).to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    plots.simpan(plots.pagu_sipd_perangkat_daerah(s.pemda), "x", tmp_path)      # a $ draws as text
    svg = (tmp_path / "x.svg").read_text(encoding="utf-8")
    assert "<script>" not in svg


def test_sipd_figures_are_byte_identical_and_committed(tmp_path, data):
    a = report.notebooks.figures_sipd(data, tmp_path / "a")
    b = report.notebooks.figures_sipd(data, tmp_path / "b")
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert [digest(p) for p in a] == [digest(p) for p in b] and len(a) == 6
    for p in a:
        if p.suffix == ".png":
            assert (FIGURES_CONTOH / p.name).read_bytes() == p.read_bytes(), p.name


@pytest.mark.slow  # executes notebook 70
def test_notebook_runs_on_another_pemda(tmp_path):
    """Notebook 70 on a folder holding only the Dinkes export: its figures and findings, and no
    reconciliation (the bundled document's office is not in it)."""
    folder = tmp_path / "pemda"
    folder.mkdir()
    (folder / "dinkes.json").write_bytes(DINKES.read_bytes())
    out = report.notebooks.execute(NOTEBOOK_TEMPLATES / report.pages.HALAMAN_SIPD[0], tmp_path / "70.ipynb", {"sipd": str(folder)},
                         cwd=NOTEBOOKS)
    nb = json.loads(out.read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("data", {}).get("text/markdown", "")) + "".join(o.get("text", []))
                     for c in nb["cells"] for o in c.get("outputs", []))
    assert "1 perangkat daerah (2 sub unit) dengan 9 sub kegiatan dan pagu Rp5.026.000.000" in text
    assert "Dokumen tidak dicocokkan dengan data SIPD ini" in text
    assert "DINAS KOPERASI" not in text.split("Dokumen Renja tidak dicocokkan")[0]
    assert "SIPD tidak ada di antara 1 perangkat daerah: DINAS KESEHATAN" in text


@pytest.mark.slow  # executes notebook 70 twice
def test_notebook_never_reconciles_another_year(tmp_path):
    """Notebook 70 on the Magetan fixture stamped 2026: the report's document (2024) is not reconciled and
    the page says why; with paksa it is, every finding info, and the headline counts them (16, 0 kritis)."""
    records = json.loads((FOLDER / "dinkop-ukm-magetan.json").read_text(encoding="utf-8"))
    folder = tmp_path / "pemda"
    write_json(folder, [dict(r, tahun=2026) for r in records], "dinkop.json")
    template = NOTEBOOK_TEMPLATES / report.pages.HALAMAN_SIPD[0]

    def page(params, name):
        nb = json.loads(report.notebooks.execute(template, tmp_path / name, params, cwd=NOTEBOOKS).read_text(
            encoding="utf-8"))
        assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        return "\n".join(str(o.get("data", {}).get("text/markdown", "")) + str(o.get("data", {}).get("text/html", ""))
                         for c in nb["cells"] for o in c.get("outputs", []))

    text = page({"sipd": str(folder)}, "a.ipynb")
    assert "Dokumen tidak dicocokkan dengan data SIPD ini" in text and "SIPD 2026 (kolom tahun)" in text
    assert "Temuan dokumen vs SIPD" not in text and "dokumen-vs-sipd" not in text
    text = page({"sipd": str(folder), "paksa": True}, "b.ipynb")
    assert "walaupun tidak sepadan" in text and "Data SIPD tidak sepadan dengan dokumen" in text
    assert "Temuan kritis dokumen vs SIPD" in text and "dokumen-vs-sipd" in text


def test_report_pages_with_and_without_sipd():
    assert [n for n, _, _ in report.pages.halaman()] == [n for n, _, _ in report.pages.HALAMAN]
    assert report.pages.halaman(sipd=True)[-1][0] == "70-sipd-pemda.ipynb"
    assert report.notebooks.parameter_sipd(FOLDER) == {}
    assert report.notebooks.parameter_sipd(DINKES) == {"sipd": "tests/data/sipd/dinkes-contoh.json"}


def test_perhatian_counts_one_slip_once_and_ties_share_a_rank():
    """REV-F F5: one stated-total slip of Rp100 jt that SIPD writes at kegiatan, program and sub
    unit (three kritis findings, same type, same record, same rupiah) is Rp100 jt at stake, not
    Rp300 jt: the office ranks below another's Rp250 jt pagu move. Equal offices share a rank."""
    from renja_analysis.present import narrative, pemda

    t = pd.DataFrame({"jenis": ["sipd_jumlah_tidak_cocok"] * 3 + ["sipd_pagu_sub_unit_beda_indikatif", "sipd_kode_ganda",
                                                                  "sipd_kode_ganda"],
                      "tingkat": ["kritis"] * 3 + ["peringatan", "kritis", "kritis"],
                      "tabel": ["SIPD kes.json"] * 3 + ["SIPD dik.json", "SIPD c.json", "SIPD d.json"],
                      "baris_sumber": [1, 1, 1, 1, 1, 1], "nilai_rp": [100e6, 100e6, 100e6, 250e6, None, None]})
    rek = pd.DataFrame({"berkas": ["kes.json", "dik.json", "c.json", "d.json"], "baris": 1,
                        "kode_skpd": ["K", "D", "C", "E"], "kode_sub_skpd": ["K", "D", "C", "E"],
                        "nama_skpd": ["DINAS KESEHATAN", "DINAS PENDIDIKAN", "DINAS C", "DINAS B"]})
    ren = pd.DataFrame({"level": "sub_kegiatan", "kode_skpd": ["K", "D", "C", "E"], "pagu_rp": [1e9, 1e9, 1e9, 1e9]})
    p = pemda.perhatian(t, rek, ren)
    # D: 250 jt; K: 100 jt counted once (3 findings, 3 kritis); DINAS B and DINAS C: no rupiah, 1 kritis each: tied
    assert p[["peringkat", "nama_skpd", "nilai_rp", "jumlah_temuan", "jumlah_temuan_kritis"]].astype(object).values.tolist() == [
        [1, "DINAS PENDIDIKAN", 250e6, 1, 0], [2, "DINAS KESEHATAN", 100e6, 3, 3],
        [3, "DINAS B", 0.0, 1, 1], [3, "DINAS C", 0.0, 1, 1]]
    lines = narrative.daftar_perhatian(p).replace("\xa0", " ").splitlines()
    assert lines[3].startswith("2. *DINAS KESEHATAN*: Rp100.000.000 (10,00% dari pagunya) dalam 3 temuan (3 kritis)")
    assert lines[4].startswith("3. *DINAS B*") and lines[5].startswith("3. *DINAS C*")
