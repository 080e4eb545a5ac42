"""Triage (present/triage.py): the ranking rule, the complete list of sub kegiatan that spent
without output, the kritis findings with their references, the row links.

Expected values are derived by hand from the fixtures' rows (tests/data/renja-mini.md; the
bundled document's Tabel 2.2 as listed in the comments), not copied from the code's output.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from renja_analysis.load import load_processed
from renja_analysis.present import styling
from renja_analysis.present.escape import html_teks
from renja_analysis.present.triage import (
    JUDUL_TRIASE,
    UUID_TABEL_PROGRAM,
    blok_triase,
    bobot_berisiko,
    jangkar_baris,
    kalimat_program,
    nama_pendek,
    peringkat_program,
    tanpa_output,
    tautan_nama,
    temuan_kritis,
)


@pytest.fixture(scope="module")
def bundled():
    return load_processed()


def test_weights_follow_the_status_rule():
    ev = pd.DataFrame({"status": ["serapan_tanpa_output", "tertinggal", "tertinggal", "tertinggal",
                                  "belum_dilaksanakan", "sesuai_rencana", "melampaui_target", "output_tanpa_serapan"],
                       "capaian_k": [0.0, 25.0, None, 60.0, 0.0, 45.0, 130.0, 40.0],
                       "serapan_rp": [80.0, 10.0, 10.0, 0.0, 0.0, 40.0, 90.0, 0.0],
                       "harapan_tw": [50.0] * 8})
    # 25 of 50 expected: half way, weight 0,5; no target: serapan 10 of 50, weight 0,8; a "tertinggal" row
    # past the expectation (60 of 50) weighs 0, never negative; scheduled and on-plan rows weigh 0
    assert bobot_berisiko(ev).round(6).tolist() == [1.0, 0.5, 0.8, 0.0, 0.0, 0.0, 0.0, 0.0]


def test_ranking_on_the_mini_document(mini):
    p = peringkat_program(mini.evaluasi)
    # program 02: "Penumbuhan dan Pengembangan Kewirausahaan" spent 16.000.000 of 20.000.000 with K = 0
    # (serapan tanpa output): its whole pagu, 20.000.000 = 40 % of 50.000.000.
    # program 01: "Penyediaan Barang Cetak dan Penggandaan" capaian 25 % of an expected 50 % (tertinggal),
    # shortfall 0,5 x 20.000.000 = 10.000.000 = 33,33 % of 30.000.000; the other rows are on plan.
    assert p["no"].tolist() == [2, 1]
    assert p["rupiah_berisiko_rp"].tolist() == [20_000_000.0, 10_000_000.0]
    assert p["berisiko_persen_pagu"].round(2).tolist() == [40.0, 33.33]
    assert p[["jumlah_tanpa_output", "jumlah_tertinggal"]].to_numpy().tolist() == [[1, 0], [0, 1]]
    assert p["realisasi_tanpa_output_rp"].tolist() == [16_000_000.0, 0.0]


def test_ranking_on_the_bundled_document(bundled):
    p = peringkat_program(bundled.evaluasi).set_index("no")
    # by hand from Tabel 2.2 (pagu x weight):
    # 05: the one sub kegiatan (line 291, 160.000.000) spent without output: 160.000.000
    # 01: four tertinggal rows: 38.000.000 x (1 - 28,57/50) + 4.500.000 x 0,5 + 7.319.500 x (1 - 33,33/50)
    #     + 25.000.000 x 1 = 16.285.714 + 2.250.000 + 2.439.833 + 25.000.000 = 45.975.548
    # 06: 10.000.000 x 0,6 + 20.000.000 x 0,6 + 15.000.000 x 0,6 + 10.000.000 x 1 = 37.000.000
    # 07: lines 313 and 314 without output: 15.000.000 + 20.000.000; 08: line 319, 20.000.000;
    # 02: line 276, 10.000.000; 03 and 04: every sub kegiatan scheduled for a later quarter, 0
    assert p.index.tolist() == [5, 1, 6, 7, 8, 2, 3, 4]
    assert p["rupiah_berisiko_rp"].round().tolist() == [160_000_000, 45_975_548, 37_000_000, 35_000_000,
                                                         20_000_000, 10_000_000, 0, 0]
    assert p.loc[5, "berisiko_persen_pagu"] == 100.0
    assert p["jumlah_tanpa_output"].sum() == 5 and p["jumlah_tertinggal"].sum() == 8


def test_every_sub_kegiatan_without_output_is_listed_and_linked_to_its_row(bundled):
    sto = tanpa_output(bundled.evaluasi)
    # the five rows of status serapan tanpa output in Tabel 2.2, document order
    assert sto["baris_sumber"].tolist() == [276, 291, 313, 314, 319]
    ev = bundled.evaluasi
    for _, r in sto.iterrows():
        page, anchor = r["tautan"].split("#")
        program = ev.loc[ev["baris_sumber"] == r["baris_sumber"], "program"].iloc[0]
        assert page.startswith("program/") and page.endswith(".ipynb")
        # the anchor is the id of the name cell of that row in the program page's table
        html = styling.tabel_evaluasi(ev[ev["program"] == program], uuid=UUID_TABEL_PROGRAM).to_html()
        cell = re.search(rf'id="{anchor}"[^>]*>([^<]*)<', html)
        assert cell and cell.group(1).strip() == html_teks(r["nama"])


def test_row_links_count_rows_within_their_program():
    ev = pd.DataFrame({"level": ["program", "sub_kegiatan", "program", "kegiatan", "sub_kegiatan"],
                       "program": ["PROGRAM A", "PROGRAM A", "PROGRAM B", "PROGRAM B", "PROGRAM B"],
                       "nama": ["PROGRAM A", "a1", "PROGRAM B", "k", "b1"], "pagu_rp": [1.0] * 5,
                       "realisasi_rp": [0.0] * 5, "serapan_rp": [0.0] * 5, "predikat_rp": [None] * 5,
                       "capaian_k": [None] * 5, "status": [None, "sesuai_rencana", None, None, "tertinggal"]})
    assert jangkar_baris(ev).tolist() == [
        "program/01-a.ipynb#T_program_row0_col0", "program/01-a.ipynb#T_program_row1_col0",
        "program/02-b.ipynb#T_program_row0_col0", "program/02-b.ipynb#T_program_row1_col0",
        "program/02-b.ipynb#T_program_row2_col0"]


def test_kritis_findings_keep_their_printed_references(bundled):
    k = temuan_kritis(bundled.temuan, bundled.evaluasi)
    assert len(k) == int((bundled.temuan["tingkat"].astype(str) == "kritis").sum()) == 6
    assert k["rujukan"].notna().all()
    assert k["rujukan"].iloc[0] == "Tabel 2.2 baris ke-50 (halaman ke-7 tabel; baris teks 312)"
    # a Tabel 3.3 finding names a program: it links to the program's page, not to a row
    assert k["tautan"].iloc[1] == "program/02-pelayanan-izin-usaha-simpan-pinjam.ipynb"


def test_block_lists_all_of_it(bundled):
    blok = blok_triase(bundled.evaluasi, bundled.temuan)
    lines = blok.splitlines()
    assert lines[0] == f"### {JUDUL_TRIASE}"
    assert lines[2].startswith("1. **Program 05 ") and "paling perlu ditangani**" in lines[2]
    assert "tanpa output" in lines[2]
    assert sum(line.startswith("- [") for line in lines) == 5                # every one, not the first
    numbered = [line for line in lines if re.match(r"\d+\. ", line)]
    assert len(numbered) == 6 + 6                      # six programs with rupiah at stake, six kritis findings
    assert blok.count("T_program_row") >= 5
    # scheduled programs (03, 04) are not ranked
    assert "Program 03" not in blok and "Program 04" not in blok


def test_short_names_keep_the_full_name_on_hover():
    nama = ("Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi "
            "Simpan Pinjam")
    pendek = nama_pendek(nama)
    assert len(pendek) <= 48 and pendek.endswith("\u2026") and nama.startswith(pendek[:-1])
    assert nama_pendek("Pemulihan Usaha Mikro") == "Pemulihan Usaha Mikro"
    assert f'"{nama}"' in tautan_nama(nama, "x.ipynb") and f"*{pendek}*" in tautan_nama(nama, "x.ipynb")
    assert f'title="{nama}"' in tautan_nama(nama)


def test_hover_title_of_a_shortened_name_is_html_not_markdown():
    # the <span title="..."> is raw HTML: Markdown's backslashes showed in the tooltip ("http\://",
    # "a\_b"; REV-E E10). The attribute holds the name as written, HTML-escaped.
    nama = "Lihat https://x.go.id a_b <i> " + "kata " * 12
    span = tautan_nama(nama)
    assert span.startswith('<span title="Lihat https://x.go.id a_b &lt;i&gt; kata kata')
    assert "\\" not in span.split('">')[0]


def test_programs_tied_on_rupiah_at_stake_are_each_marked():
    # REV-E E5: of two programs with equal rupiah at stake the first by number was "paling perlu ditangani"
    r = pd.Series({"no": 5, "notebook": "05-b", "program": "PROGRAM B", "pagu_rp": 160.0, "rupiah_berisiko_rp": 160.0,
                   "berisiko_persen_pagu": 100.0, "jumlah_tanpa_output": 1, "realisasi_tanpa_output_rp": 51.0,
                   "jumlah_tertinggal": 0})
    assert "PROGRAM B*](program/05-b.ipynb \"PROGRAM B\") sama-sama paling perlu ditangani**" in \
        kalimat_program(r, pertama=True, seri=True)
    assert "sama-sama" not in kalimat_program(r, pertama=True) and "paling" not in kalimat_program(r)


def test_triage_block_marks_every_program_tied_at_the_top(bundled):
    # REV-E E5 (r2_terendah_seri.py): Program 06's sub kegiatan "Produksi dan Pengolahan Pemasaran..."
    # given a pagu of Rp160.000.000 puts Program 06 level with Program 05 at the top (both Rp160 jt at
    # stake, worked out by the reviewer); both are marked, neither alone is "the" first
    ev = bundled.evaluasi.copy()
    i = ev.index[ev["nama"].astype(str).str.startswith("Produksi dan Pengolahan Pemasaran")][0]
    ev.loc[i, "pagu_rp"] = 160_000_000.0
    peringkat = peringkat_program(ev)
    atas = peringkat[peringkat["rupiah_berisiko_rp"] == peringkat["rupiah_berisiko_rp"].max()]
    assert len(atas) == 2
    blok = blok_triase(ev, bundled.temuan)
    assert blok.count("sama-sama paling perlu ditangani**") == 2 and blok.count("paling perlu ditangani**") == 2
