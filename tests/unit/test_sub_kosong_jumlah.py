"""A sub kegiatan's empty realisation or pagu cell in Tabel 2.2 (review R, R1 and R2).

An empty cell states nothing (``realisasi_kosong``): the sum check of its kegiatan must not read it
as Rp 0. Like an unknown kegiatan (``metrics.realisasi_rincian``'s ``tidak_diketahui``) it makes the
parent's rows a lower bound: only a parent stating less than the known rows is
``jumlah_tidak_cocok`` ("sedikitnya"). The sentences say the cell was not reported and is judged 0.

Hand reading of the bundled document (Tabel 2.2, cells 0-based: 4 pagu, 5 realisasi K, 7 realisasi Rp):

- line 293, kegiatan Pemberdayaan dan Perlindungan Koperasi: pagu 75,000,000, realisasi 14,680,000;
  its sub kegiatan on lines 294, 299-303: pagu 10 + 20 + 15 + 10 + 5 + 15 = 75 million, realisasi
  1,920,000 + 8,830,000 + 2,690,000 + 0 + 1,240,000 + 0 = 14,680,000;
- line 302, Fasilitasi Pelaporan Koperasi: target 25, pagu 5,000,000, realisasi 15 and 1,240,000:
  without it the known rows hold 13,440,000 of realisasi and 70,000,000 of pagu;
- line 290, kegiatan Pendidikan dan Latihan Perkoperasian: realisasi 51,580,700, its only sub
  kegiatan line 291 (pagu 160,000,000, realisasi 0 and 51,580,700).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from test_bad_inputs import set_cell, text

from renja_analysis import load_document
from renja_analysis.present import narrative

L_KEGIATAN = 293
L_PELAPORAN = 302
L_KEGIATAN_DIKLAT = 290
L_SDM = 291


def _load(tmp_path: Path, lines: list[str]):
    path = tmp_path / "varian.md"
    path.write_text(text(lines), encoding="utf-8")
    return load_document(path)


def _empty(lines, line: int, *positions: int) -> list[str]:
    for p in positions:
        lines = set_cell(line, p, "", lines)
    return lines


def _sum_findings(doc, line: int, kolom: str) -> pd.DataFrame:
    t = doc.temuan
    return t[(t["jenis"].astype(str) == "jumlah_tidak_cocok") & (t["baris_sumber"] == line) & (t["kolom"] == kolom)]


@pytest.fixture(scope="module")
def tanpa_k_rp(tmp_path_factory):
    """302's K and Rp left empty; read once for the two tests below (shared: never change it)."""
    return _load(tmp_path_factory.mktemp("tanpa_k_rp"), _empty(None, L_PELAPORAN, 5, 7))


# the fast test(s) of the same finding: test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_sub_kegiatan_realisation_is_no_rupiah_zero_in_the_sum(tanpa_k_rp):
    # 302's K and Rp left empty: the known rows hold 13,440,000, below the stated 14,680,000; the
    # unreported row may hold the rest: nothing to report (it was kritis "Rp13.440.000 ... keliru")
    doc = tanpa_k_rp
    assert _sum_findings(doc, L_KEGIATAN, "realisasi_rp").empty
    t = doc.temuan
    assert t[(t["jenis"].astype(str) == "jumlah_tidak_cocok")].empty


# the fast test(s) of the same finding: test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_rp_only_is_no_rupiah_zero_in_the_sum(tmp_path):
    doc = _load(tmp_path, _empty(None, L_PELAPORAN, 7))
    assert _sum_findings(doc, L_KEGIATAN, "realisasi_rp").empty
    # the overview names the money only (its K 15 is reported): no word on capaian
    dinas = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, triase=False)
    assert ("Realisasi anggaran 1 sub kegiatan tidak dilaporkan (sel Rp kosong di Tabel 2.2) dan dinilai 0 (belum "
            "ada realisasi) dalam serapan, status dan rupiah berisiko di halaman ini.") in dinas


# the fast test(s) of the same finding: test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_parent_stating_less_than_the_known_rows_is_still_kritis(tmp_path):
    # 302's Rp empty and the kegiatan stating Rp10,000,000: the known rows alone hold 13,440,000,
    # an empty row cannot lower that; 302's serapan cell still states 24.8 (% of its pagu 5,000,000): it
    # holds at least 24,75 % of it, 1,237,500 (REV-Z Z-A), so the rows hold at least 14,677,500:
    # kritis, "sedikitnya", difference at least 4,677,500
    lines = _empty(None, L_PELAPORAN, 7)
    lines = set_cell(L_KEGIATAN, 7, "<b>10,000,000</b>", lines)
    doc = _load(tmp_path, lines)
    f = _sum_findings(doc, L_KEGIATAN, "realisasi_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"]
    pesan = f["pesan"].iloc[0]
    assert "Rp10.000.000" in pesan and "sedikitnya Rp14.677.500" in pesan and "sedikitnya Rp4.677.500" in pesan
    assert ("yang diketahui Rp13.440.000 ditambah sedikitnya Rp1.237.500 untuk rincian yang realisasinya tidak "
            "tercantum") in pesan and "24,75% dari pagunya di Tabel 2.2 Rp5.000.000" in pesan
    assert f["nilai_hitung"].tolist() == [14_677_500.0]
    # its serapan cell emptied too: the known rows only
    (tmp_path / "tanpa").mkdir()
    doc = _load(tmp_path / "tanpa", set_cell(L_PELAPORAN, 9, "", lines))
    f = _sum_findings(doc, L_KEGIATAN, "realisasi_rp")
    assert f["nilai_hitung"].tolist() == [13_440_000.0] and "sedikitnya Rp3.440.000" in f["pesan"].iloc[0]


# the fast test(s) of the same finding: test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_only_child_empty(tmp_path):
    # 291 (the only sub kegiatan of 290) leaves K and Rp empty: 290's 51,580,700 is not "Rp0 ... keliru"
    doc = _load(tmp_path, _empty(None, L_SDM, 5, 7))
    assert _sum_findings(doc, L_KEGIATAN_DIKLAT, "realisasi_rp").empty


def test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum(tmp_path):
    # 302's pagu cell empty (its realisation 1,240,000 stated): the known rows' pagu 70,000,000 is
    # below the kegiatan's 75,000,000: not compared; the empty cell itself is said (peringatan)
    doc = _load(tmp_path, _empty(None, L_PELAPORAN, 4))
    assert _sum_findings(doc, L_KEGIATAN, "pagu_rp").empty
    t = doc.temuan
    f = t[(t["jenis"].astype(str) == "realisasi_kosong") & (t["baris_sumber"] == L_PELAPORAN)]
    assert f["tingkat"].astype(str).tolist() == ["peringatan"] and f["kolom"].tolist() == ["pagu_rp"]
    assert "kolom 5" in f["pesan"].iloc[0] and "bukan Rp0" in f["pesan"].iloc[0]
    row = doc.evaluasi.set_index("baris_sumber").loc[L_PELAPORAN]
    assert pd.isna(row["pagu_rp"]) and pd.isna(row["serapan_rp"])


# the fast test(s) of the same finding: test_empty_sub_kegiatan_pagu_is_reported_and_unknown_in_the_sum
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_sub_kegiatan_pagu_under_a_smaller_stated_pagu_is_kritis(tmp_path):
    # the kegiatan stating a pagu of 60,000,000: the known rows alone hold 70,000,000
    lines = set_cell(L_KEGIATAN, 4, "<b>60,000,000</b>", _empty(None, L_PELAPORAN, 4))
    doc = _load(tmp_path, lines)
    f = _sum_findings(doc, L_KEGIATAN, "pagu_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"]
    assert "sedikitnya Rp70.000.000" in f["pesan"].iloc[0]


def test_sentence_says_an_empty_rupiah_cell_was_not_reported():
    row = pd.Series({"nama": "Sub A", "target_k": 25.0, "realisasi_k": 15.0, "satuan": "Unit Usaha",
                     "capaian_k": 60.0, "serapan_rp": 0.0, "realisasi_rp": None, "pagu_rp": 5_000_000.0,
                     "status": "output_tanpa_serapan", "keterangan": None, "baris_sumber": 302})
    s = narrative.kalimat_sub_kegiatan(row)
    assert s == ("*Sub A*: 15 dari target 25 Unit Usaha (capaian 60,00%); realisasi anggaran tidak dilaporkan "
                 "(sel kosong; dinilai 0) dari pagu Rp5.000.000.")
    # a stated 0 stays "belum terserap"
    nol = row.copy()
    nol["realisasi_rp"] = 0.0
    assert narrative.kalimat_sub_kegiatan(nol).endswith("; anggaran Rp5.000.000 belum terserap.")


def test_overview_and_program_page_hedge_the_empty_rows(tanpa_k_rp):
    doc = tanpa_k_rp
    # 302: K (target 25) and Rp (pagu 5,000,000) both empty: one row, counted once, both cells named
    kalimat = "Realisasi 1 sub kegiatan tidak dilaporkan (sel kosong di Tabel 2.2: K pada 1, Rp pada 1) dan dinilai 0"
    assert kalimat in narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, triase=False)
    program = doc.evaluasi.set_index("baris_sumber").loc[L_PELAPORAN, "program"]
    assert kalimat in narrative.ringkasan_program(doc.evaluasi, program, temuan=doc.temuan)
    # the program page's sentence on the row itself
    teks = narrative.narasi_program(doc.evaluasi, program, doc.temuan, doc.pergeseran, doc.tabel21, doc.rencana)
    baris = next(s for s in teks.split("\n") if "Fasilitasi Pelaporan Koperasi" in s)
    assert "realisasi anggaran tidak dilaporkan (sel kosong; dinilai 0) dari pagu Rp5.000.000" in baris
    assert "belum terserap" not in baris
