"""Issue 20, point 2: the verdicts read in short sentences. On the bundled document, the
index / overview Ringkasan and page 20's: at most about 80 words before the first list, no
sentence over 40 words, and the names shortened (the full name only on hover)."""
from __future__ import annotations

import pytest
from kalimat import blok, kalimat, kalimat_terpanjang, kata, sebelum_daftar
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from renja_analysis.load import load_processed
from renja_analysis.present import narrative
from renja_analysis.report.html import ringkasan_index

#: At most this many words before the first list ("about 80").
KATA_PEMBUKA = 80
#: No sentence longer than this.
KATA_KALIMAT = 40


@pytest.fixture(scope="module")
def doc():
    return load_processed()


def test_the_counting_helpers_count():
    html = "<p>Satu dua tiga. Rp\u00a04.610.259.325 di Tabel 2.2 No. 2 tetap satu kalimat.</p><ul><li>Empat</li></ul>"
    assert [kata(s) for s in kalimat(blok(html)[0][1])] == [3, 10]
    assert sebelum_daftar(html) == 13 and kalimat_terpanjang(html)[0] == 10


@pytest.mark.parametrize("render", [lambda md: markdown2html_mistune(md), None], ids=["ikhtisar", "index"])
def test_office_verdict_is_short(doc, render):
    html = (render(narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, doc.triwulan))
            if render else str(ringkasan_index(doc)))
    assert sebelum_daftar(html) <= KATA_PEMBUKA
    n, terpanjang = kalimat_terpanjang(html)
    assert n <= KATA_KALIMAT, terpanjang
    # the two 25-word names the old paragraph joined with "dan" are shortened in the text
    teks = " ".join(t for _, t in blok(html))
    assert "Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk" not in teks
    assert "dalam Daerah Kabupaten/Kota" in html                    # ... yet in full on hover (title)
    # the sentence that read as a contradiction says why it is not
    assert "karena predikat menilai capaian terhadap harapan" in teks


def test_reallocation_verdict_is_short_and_names_cuts(doc):
    html = markdown2html_mistune(narrative.ringkasan_pergeseran(doc.pergeseran, doc.temuan))
    assert sebelum_daftar(html) <= KATA_PEMBUKA
    assert kalimat_terpanjang(html)[0] <= KATA_KALIMAT
    teks = " ".join(t for _, t in blok(html))
    # Tabel 3.2 of the bundled document: 2 programs gain pagu, 5 lose it, 1 unchanged; 04 loses 30 %
    assert "pagu 2 program bertambah dan 5 berkurang; 1 tetap" in teks
    assert "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI berkurang" in teks and "(30,00" in teks
