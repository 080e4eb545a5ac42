"""What the document says of a sub kegiatan row whose money cell is empty (review S: S1, S3, S4, S7, S8; REV-W W-H).

One rule of money of its own (``names.lanjutan``): a row of the same name as the row above, with
another indicator, no pagu and a realisasi of nothing ("-" or 0) is a further indicator of that name,
no sub kegiatan with an unknown pagu. An unknown row is bounded by what the document says of it: a
serapan cell stating 0 % is a realisation below half a percent of its 2.2 pagu (the 0 is rounded; beside
a pagu of 0 it is no share); otherwise it holds at most its pagu, so its parent stating more than the
known rows plus that pagu is ``jumlah_tidak_cocok`` ("paling banyak"): peringatan where within the
known rows plus the row's larger Tabel 3.2 P-APBD pagu (the realisation may be measured against the
revised pagu), kritis above that too.

Hand reading of the bundled document (Tabel 2.2, cells 0-based: 1 indikator, 4 pagu, 5 realisasi K,
7 realisasi Rp, 8 capaian %, 9 serapan %):

- line 292, program Pemberdayaan dan Perlindungan Koperasi, and line 293, its one kegiatan: pagu
  75,000,000, realisasi 14,680,000;
- the kegiatan's sub kegiatan on lines 294, 299-303: pagu 10 + 20 + 15 + 10 + 5 + 15 = 75 million,
  realisasi 1,920,000 + 8,830,000 + 2,690,000 + 0 + 1,240,000 + 0 = 14,680,000;
- line 302, Fasilitasi Pelaporan Koperasi: pagu 5,000,000, realisasi 15 and 1,240,000 (serapan 24.8):
  without it the known rows hold 13,440,000 of realisasi and 70,000,000 of pagu;
- Tabel 3.2 line 432, the same sub kegiatan: pagu 5,000,000 on both sides (its P-APBD pagu).
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import first_fast
from test_bad_inputs import LINES, insert, set_cell
from test_sub_kosong_jumlah import _load

from renja_analysis.present import narrative

L_PROGRAM = 292
L_KEGIATAN = 293
L_PELAPORAN = 302


def _findings(doc, jenis: str, line: int, kolom: str) -> pd.DataFrame:
    t = doc.temuan
    return t[(t["jenis"].astype(str) == jenis) & (t["baris_sumber"] == line) & (t["kolom"] == kolom)]


def _kalimat(doc, line: int) -> str:
    row = doc.evaluasi[doc.evaluasi["baris_sumber"] == line].iloc[0]
    return narrative.kalimat_sub_kegiatan(row, narrative._sengketa(doc.temuan))


# one read a case: "-" in make unit, both in make test (conftest.first_fast)
@pytest.mark.parametrize("rp", first_fast(["-", "0"]))
def test_further_indicator_with_nothing_spent_hides_no_pagu_kritis(tmp_path, rp):
    # S1: one more indicator row of 302 (same name), pagu cell empty, realisasi Rp "-" / "0": no money of its
    # own; the kegiatan states pagu 80,000,000 against rows of 75,000,000 -> kritis, difference 5,000,000
    c = LINES[L_PELAPORAN - 1].split("\t")
    c[1], c[2], c[4], c[5], c[7], c[8], c[9] = "Jumlah Laporan Koperasi yang Difasilitasi", "10", "", "2", rp, "20", ""
    lines = insert(L_PELAPORAN, ["\t".join(c)])
    lines = set_cell(L_KEGIATAN, 4, "<b>80,000,000</b>", lines)
    doc = _load(tmp_path, lines)
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "pagu_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"]
    assert f["nilai_hitung"].tolist() == [75_000_000.0] and f["nilai_dokumen"].tolist() == [80_000_000.0]
    # and no word that its realisation is stated beside an empty pagu (it states none)
    t = doc.temuan
    assert t[(t["baris_sumber"] == L_PELAPORAN + 1) & (t["kolom"] == "pagu_rp")].empty
    assert t[(t["baris_sumber"] == L_PELAPORAN + 1) & (t["jenis"].astype(str) == "output_tanpa_serapan")].empty


# the fast test(s) of the same finding: test_pagu_zero_within_the_papbd_pagu_is_peringatan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_rp_with_serapan_stated_zero_spent_nothing(tmp_path):
    # S3: 302's Rp empty but its serapan cell states 0: it spent below half a percent of its 2.2 pagu
    # (the 0 is rounded; REV-V V2b): 5,000,000 x 0,5 % = 25,000 (3.2 line 432 gives the same 5,000,000);
    # the kegiatan's Rp14,680,000 against rows of at most 13,440,000 + 25,000 = 13,465,000 is kritis
    # (at least 1,215,000 over), the message saying how
    lines = set_cell(L_PELAPORAN, 7, "", None)
    lines = set_cell(L_PELAPORAN, 9, "0", lines)
    doc = _load(tmp_path, lines)
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "realisasi_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"]
    assert f["nilai_hitung"].tolist() == [13_465_000.0]
    assert "paling banyak Rp13.465.000" in f["pesan"].iloc[0] and "Rp1.215.000" in f["pesan"].iloc[0]
    assert ("realisasi rincian yang diketahui Rp13.440.000 ditambah paling banyak Rp25.000 untuk rincian yang "
            "realisasinya tidak tercantum: \u201cFasilitasi Pelaporan Koperasi yang Keanggotaannya Daerah "
            "Kabupaten/Kota\u201d (baris 302) Rp25.000, yaitu 0,5% dari pagunya di Tabel 2.2 Rp5.000.000 karena sel "
            "serapannya tertulis 0") in f["pesan"].iloc[0]


# the fast test(s) of the same finding: test_pagu_zero_within_the_papbd_pagu_is_peringatan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_rp_with_pagu_zero_holds_at_most_nothing(tmp_path):
    # S3: 302's pagu 0 and Rp empty, the parents' pagu 70,000,000 (sums agree): the rows hold at most
    # 13,440,000 + 0 below the kegiatan's stated 14,680,000 -> kritis "paling banyak", at least 1,240,000
    lines = set_cell(L_PELAPORAN, 4, "0", None)
    for pos in (5, 7, 8, 9):
        lines = set_cell(L_PELAPORAN, pos, "", lines)
    lines = set_cell(L_PROGRAM, 4, "<b>70,000,000</b>", lines)
    lines = set_cell(L_KEGIATAN, 4, "<b>70,000,000</b>", lines)
    # Tabel 3.2's row (line 432) says 0 too: a larger P-APBD pagu there would bound the row (REV-V V2a)
    for pos in (5, 10):
        lines = set_cell(432, pos, "0", lines)
    doc = _load(tmp_path, lines)
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "realisasi_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"]
    pesan = f["pesan"].iloc[0]
    assert "paling banyak Rp13.440.000" in pesan and "sedikitnya Rp1.240.000" in pesan
    assert _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "pagu_rp").empty


def _pagu_nol(serapan: str = "", kegiatan: str | None = None) -> list[str]:
    # 302's pagu 0 and K, Rp, capaian empty, its serapan cell ``serapan``; the parents' pagu 70,000,000 (the
    # sums agree); Tabel 3.2's row (line 432) keeps its P-APBD pagu 5,000,000; the kegiatan's and program's
    # realisasi ``kegiatan`` (default 14,680,000 as written)
    lines = set_cell(L_PELAPORAN, 4, "0", None)
    for pos in (5, 7, 8):
        lines = set_cell(L_PELAPORAN, pos, "", lines)
    lines = set_cell(L_PELAPORAN, 9, serapan, lines)
    for line in (L_PROGRAM, L_KEGIATAN):
        lines = set_cell(line, 4, "<b>70,000,000</b>", lines)
        if kegiatan:
            lines = set_cell(line, 7, f"<b>{kegiatan}</b>", lines)
    return lines


@pytest.mark.parametrize("serapan", ["", "0"])
def test_pagu_zero_within_the_papbd_pagu_is_peringatan(tmp_path, serapan):
    # REV-W W-H: 302's 2.2 pagu 0, its 3.2 P-APBD pagu 5,000,000: the kegiatan's Rp14,680,000 is above its
    # known rows 13,440,000 + 0 (at most its 2.2 pagu) by 1,240,000, within 13,440,000 + 5,000,000 =
    # 18,440,000 (the realisation measured against the revised pagu): peringatan naming both bounds (was:
    # nothing). A serapan cell "0" beside a pagu of 0 is no share of it (x / 0): the same reading
    doc = _load(tmp_path, _pagu_nol(serapan))
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "realisasi_rp")
    assert f["tingkat"].astype(str).tolist() == ["peringatan"]
    assert f["nilai_dokumen"].tolist() == [14_680_000.0] and f["nilai_hitung"].tolist() == [13_440_000.0]
    pesan = f["pesan"].iloc[0]
    assert "paling banyak Rp13.440.000 (selisih sedikitnya Rp1.240.000)" in pesan
    assert "(baris 302) Rp0, yaitu pagunya di Tabel 2.2 Rp0" in pesan
    assert "(baris 302) Rp5.000.000), jumlah itu paling banyak Rp18.440.000 dan tidak terlampaui" in pesan
    assert _findings(doc, "jumlah_tidak_cocok", L_PROGRAM, "realisasi_rp").empty


# the fast test(s) of the same finding: test_pagu_zero_within_the_papbd_pagu_is_peringatan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_pagu_zero_above_the_papbd_pagu_is_kritis(tmp_path):
    # the kegiatan (and program) stating 20,000,000: above 18,440,000 by at least 1,560,000: kritis, saying how
    doc = _load(tmp_path, _pagu_nol(kegiatan="20,000,000"))
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "realisasi_rp")
    assert f["tingkat"].astype(str).tolist() == ["kritis"] and f["nilai_hitung"].tolist() == [18_440_000.0]
    pesan = f["pesan"].iloc[0]
    assert ("paling banyak Rp18.440.000: realisasi rincian yang diketahui Rp13.440.000 ditambah paling banyak "
            "Rp5.000.000 untuk rincian yang realisasinya tidak tercantum: ") in pesan
    assert ("(baris 302) Rp5.000.000, yaitu pagu P-APBD-nya di Tabel 3.2 Rp5.000.000, lebih besar dari pagunya di "
            "Tabel 2.2 Rp0") in pesan and "sedikitnya Rp1.560.000" in pesan


# the fast test(s) of the same finding: test_pagu_zero_within_the_papbd_pagu_is_peringatan
@pytest.mark.slow  # a fast test of its section checks the same finding
@pytest.mark.parametrize(("stated", "kritis"), [("20,000,000", True), ("18,000,000", False)])
def test_empty_rp_holds_at_most_its_pagu(tmp_path, stated, kritis):
    # 302's Rp and serapan empty (pagu 5,000,000): the rows hold at most 13,440,000 + 5,000,000 = 18,440,000;
    # a kegiatan stating 20,000,000 is kritis (at least 1,560,000 over), one stating 18,000,000 may be right
    lines = set_cell(L_PELAPORAN, 7, "", None)
    lines = set_cell(L_PELAPORAN, 9, "", lines)
    lines = set_cell(L_KEGIATAN, 7, f"<b>{stated}</b>", lines)
    doc = _load(tmp_path, lines)
    f = _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "realisasi_rp")
    if kritis:
        assert f["tingkat"].astype(str).tolist() == ["kritis"]
        assert f["nilai_hitung"].tolist() == [18_440_000.0]
        assert "paling banyak Rp18.440.000" in f["pesan"].iloc[0] and "sedikitnya Rp1.560.000" in f["pesan"].iloc[0]
    else:
        assert f.empty


def test_row_stating_neither_pagu_nor_realisation_makes_lower_bounds(tmp_path):
    # S4: 302 states nothing (pagu, K, Rp, capaian, serapan empty): the kegiatan's pagu 75,000,000 and
    # realisasi 14,680,000 are above the known rows (70,000,000; 13,440,000), the row may hold the rest
    lines = None
    for pos in (4, 5, 7, 8, 9):
        lines = set_cell(L_PELAPORAN, pos, "", lines)
    doc = _load(tmp_path, lines)
    t = doc.temuan
    assert t[t["jenis"].astype(str) == "jumlah_tidak_cocok"].empty
    info = t[(t["baris_sumber"] == L_PELAPORAN) & (t["jenis"].astype(str) == "realisasi_kosong")]
    pesan = " ".join(info["pesan"].tolist())
    assert "realisasi (K) (kolom 6) dan realisasi (Rp) (kolom 8) kosong" in pesan
    assert info[info["kolom"] == "pagu_rp"]["tingkat"].astype(str).tolist() == ["peringatan"]


def test_pagu_zero_sentence_names_the_dispute(tmp_path):
    # S7: 302's pagu "-" (0) with its realisasi 1,240,000: kritis serapan_berlebih, said beside the realisasi
    doc = _load(tmp_path, set_cell(L_PELAPORAN, 4, "-", None))
    assert "pagu Rp0, realisasi Rp1.240.000 (dipersoalkan: " in _kalimat(doc, L_PELAPORAN)


def test_empty_pagu_sentence_names_the_realisation(tmp_path):
    # S8: 302's pagu empty, its realisasi 1,240,000 stated: the sentence says both
    doc = _load(tmp_path, set_cell(L_PELAPORAN, 4, "", None))
    assert "; realisasi Rp1.240.000, pagu tidak tercantum (serapan tidak dihitung)." in _kalimat(doc, L_PELAPORAN)


# the fast test(s) of the same finding: test_pagu_zero_within_the_papbd_pagu_is_peringatan,
# test_row_stating_neither_pagu_nor_realisation_makes_lower_bounds
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_own_sub_kegiatan_with_empty_pagu_and_nothing_spent(tmp_path):
    # 302 (a name of its own, not the name above) with pagu empty and Rp "-": a sub kegiatan whose pagu is
    # unknown, not a further indicator: its empty pagu is reported as such (its realisation is Rp 0, not
    # "tercantum"), and the kegiatan's pagu 75,000,000 above the known 70,000,000 may be right
    lines = set_cell(L_PELAPORAN, 4, "", None)
    lines = set_cell(L_PELAPORAN, 7, "-", lines)
    doc = _load(tmp_path, lines)
    f = _findings(doc, "realisasi_kosong", L_PELAPORAN, "pagu_rp")
    assert f["tingkat"].astype(str).tolist() == ["peringatan"]
    assert "realisasi anggaran tertulis Rp0" in f["pesan"].iloc[0] and "tercantum." not in f["pesan"].iloc[0]
    assert _findings(doc, "jumlah_tidak_cocok", L_KEGIATAN, "pagu_rp").empty
