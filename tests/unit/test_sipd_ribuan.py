"""The SIPD reconciliation of a Tabel 3.2 or 3.3 read in thousands, or of unknown scale.

SIPD holds exact rupiah; a table written in thousands holds each pagu rounded to the thousand
(read x1000 in ``load.analyse``). Its pagu is compared with SIPD's within that rounding (Rp500 for
a cell of its own; n x Rp500 for a row that may sum n rounded cells, each off by Rp500 at most,
n the sub kegiatan with a pagu SIPD holds under it) and quoted as written and as read; a table whose header says
thousands and whose scale cannot be told is not compared (one info says so). Found by the RIBU33
helper: ``Pagu program di dokumen Rp3.297.585.000, di SIPD Rp3.297.585.325: dokumen lebih kecil
Rp325`` was a kritis.

Fixtures: the bundled document with 3.2 and/or 3.3 in thousands (``test_tabel_32_ribuan._ribuan``,
``test_tabel_33_ribuan._keduanya_ribuan``) against ``tests/data/sipd/dinkop-ukm-magetan.json``.
Expectations read off both texts by hand:

- 3.2 line 376 (sub kegiatan 11, Penyediaan Peralatan dan Perlengkapan Kantor) writes 37,227,250,
  in thousands 37,227 (Rp37.227.000); SIPD's X.XX.01.2.06.0002 pagu 37227250: Rp250 apart, within
  the Rp500 of one rounded cell. Written 37,228 (Rp37.228.000) it is Rp750 apart: a true kritis;
- 3.2 line 446 (kegiatan 2.17.08.2.01) writes 210,300,000 -> 210,300 (Rp210.300.000); SIPD's two
  sub kegiatan under it hold 180300000 + 20000000 = Rp200.300.000: Rp10.000.000 apart, beyond the
  2 x Rp500 = Rp1.000 its cell may sum: kritis, quoted ``210.300 ribu rupiah``;
- 3.3 line 467 (X.XX.01.2.09.0001) writes RKPD Perubahan 57,123,600.00 -> 57,124 (Rp57.124.000),
  SIPD 57123600: Rp400 apart; line 464 (X.XX.01.2.08.0004) 125,178,132.00 -> 125,178, SIPD
  125178132: Rp132 apart; both within Rp500;
- 3.3 line 497 / 3.2 line 438 (Pemulihan Usaha Mikro, 2.17.07.2.01.0008) write 1,513,500,000
  (3.3 in thousands 1,513,500), SIPD 1500000000: Rp13.500.000 apart, a true kritis; 3.3's cells
  divided by 50 (30,270,000: scale unknown) are not compared, 3.2's own rupiah cell is; 3.2's
  divided by 50 (744,545 for line 376's 37,227,250) are not compared either, 3.3's rupiah are.
"""
import numpy as np
import pandas as pd
import pytest

from renja_analysis.config import ROOT
from renja_analysis.findings.reconciliation import _temuan
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW, _ribuan
from tests.unit.test_tabel_33_ribuan import RENCANA, _keduanya_ribuan

SIPD = ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"


def _pagu(t, baris=None):
    f = t[(t["jenis"] == "dokumen_vs_sipd") & (t["kolom"] == "pagu_rp")]
    return f if baris is None else f[f["baris_sumber"] == baris]


@pytest.fixture(scope="module")
def ribu32(tmp_path_factory, sipd_magetan):
    return load_document(_ribuan(tmp_path_factory.mktemp("s32")), sipd=sipd_magetan).temuan


def test_32_rounding_no_kritis(ribu32):
    # old: 'Pagu sub kegiatan di dokumen Rp37.227.000, di SIPD ... Rp37.227.250: dokumen lebih kecil Rp250' kritis
    assert _pagu(ribu32, 376).empty
    # no pagu finding of 3.2 above info but the true one (line 446): old also line 379 (Rp450, peringatan)
    keras = _pagu(ribu32)
    keras = keras[(keras["tingkat"] != "info") & keras["tabel"].astype(str).str.startswith(REVIEW)]
    assert keras["baris_sumber"].tolist() == [446]


def test_32_true_difference_kritis_quoted_as_written(ribu32):
    f = _pagu(ribu32, 446)
    assert f["tingkat"].tolist() == ["kritis"]
    assert f["pesan"].iloc[0] == (
        "Pagu kegiatan di dokumen 210.300 ribu rupiah (Rp210.300.000), di SIPD (2.17.08.2.01) Rp200.300.000: "
        "dokumen lebih besar Rp10.000.000 (melebihi pembulatan angka ribuan rupiah, paling banyak Rp1.000); "
        "pagu dokumen Renja harus sama dengan SIPD.")


@pytest.mark.slow  # a fast test of its section checks the same finding (test_32_rounding_no_kritis)
def test_32_one_cell_beyond_its_rounding_kritis(tmp_path, sipd_magetan):
    t = load_document(_ribuan(tmp_path, ganti=("37,227", "37,228")), sipd=sipd_magetan).temuan
    f = _pagu(t, 376)
    assert f["tingkat"].tolist() == ["kritis"]
    assert ("di dokumen 37.228 ribu rupiah (Rp37.228.000), di SIPD (X.XX.01.2.06.0002) Rp37.227.250: dokumen "
            "lebih besar Rp750 (melebihi pembulatan angka ribuan rupiah, paling banyak Rp500)") in f["pesan"].iloc[0]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_32_rounding_no_kritis)
def test_33_in_thousands_rounding_no_kritis_true_one_kept(tmp_path, sipd_magetan):
    t = load_document(_keduanya_ribuan(tmp_path), sipd=sipd_magetan).temuan
    assert _pagu(t, 467).empty and _pagu(t, 464).empty
    f = _pagu(t, 497)
    assert f["tingkat"].tolist() == ["kritis"]
    assert f["tabel"].iloc[0].startswith(RENCANA)
    assert ("di dokumen 1.513.500 ribu rupiah (Rp1.513.500.000), di SIPD (2.17.07.2.01.0008) Rp1.500.000.000: "
            "dokumen lebih besar Rp13.500.000 (melebihi pembulatan angka ribuan rupiah, paling banyak Rp500)"
            ) in f["pesan"].iloc[0]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_32_rounding_no_kritis)
def test_33_scale_unknown_not_compared_32_rupiah_is(tmp_path, sipd_magetan):
    t = load_document(_keduanya_ribuan(tmp_path, bagi=50, rupiah_32=True), sipd=sipd_magetan).temuan
    f = _pagu(t)
    # old: 'Pagu sub kegiatan di dokumen Rp30.270.000, di SIPD ... Rp1.500.000.000' kritis on line 497
    assert f[(f["tingkat"] != "info") & f["tabel"].astype(str).str.startswith(RENCANA)].empty
    # 3.2's own cell of the row, in rupiah, still tells the true difference, on its own line
    assert _pagu(t, 438)["pesan"].tolist() == [
        "Pagu sub kegiatan di dokumen Rp1.513.500.000, di SIPD (2.17.07.2.01.0008) Rp1.500.000.000: dokumen "
        "lebih besar Rp13.500.000; pagu dokumen Renja harus sama dengan SIPD."]
    # every row of 3.3 with a pagu of its own is paired with a 3.2 row, whose rupiah cell is taken, except
    # lines 495 and 501 (2.17.07.2.01.0004, .0013), which write 0.00: Rp0 in any unit, SIPD's pagu 0, equal.
    # Nothing of 3.3 is left uncompared, so nothing says so
    assert not f["pesan"].str.contains("tidak dibandingkan dengan SIPD").any()
    assert _pagu(t, 495).empty and _pagu(t, 501).empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_32_rounding_no_kritis)
def test_32_scale_unknown_not_compared(tmp_path, sipd_magetan):
    d = load_document(_ribuan(tmp_path, bagi=50), sipd=sipd_magetan)
    t = d.temuan
    f = _pagu(t)
    # old: 'Pagu sub kegiatan di dokumen Rp744.545, di SIPD ... Rp37.227.250' kritis (37,227,250 / 50)
    assert f[(f["tingkat"] != "info") & f["tabel"].astype(str).str.startswith(REVIEW)].empty
    said = f[f["pesan"].str.startswith(f"Pagu {REVIEW} tidak dibandingkan dengan SIPD")]
    assert said["tingkat"].tolist() == ["info"]
    # 3.3 in rupiah: its true difference (line 497) still kritis
    assert _pagu(t, 497)["tingkat"].tolist() == ["kritis"]
    # the rows whose pagu is 3.2's as written (not 0): no difference computed in the reconciliation table
    rk = d.rekonsiliasi
    sendiri = rk[(rk["tabel_dokumen"] == REVIEW) & rk["pagu_dokumen_rp"].notna() & rk["pagu_dokumen_rp"].ne(0)
                 & rk["pagu_sipd_rp"].notna()]
    assert len(sendiri) and sendiri["selisih_pagu_rp"].isna().all()


def _baris(pagu, skala, level="kegiatan"):
    d = pd.Series({"level": level, "kode": pd.NA, "nama": "Kegiatan A", "indikator": pd.NA, "target": pd.NA,
                   "satuan": pd.NA, "pagu_rp": pagu, "tabel": REVIEW, "baris_sumber": 5, "baris_review": 5,
                   "pagu_apbd_rp": np.nan, "pagu_rkpd_rp": np.nan, "tabel_pagu": REVIEW, "skala_pagu": skala,
                   "baris_pagu": pd.NA})
    s = pd.Series({"kode_sipd": "1.01.02.2.01", "nama": "Kegiatan A", "pagu_rp": 10_000_000.0, "berkas": "a.json",
                   "baris_sumber": 1, "tanpa_pagu": 0, "urutan": 1})
    return d, s


@pytest.mark.parametrize("pagu, skala, n_sub, tingkat", [
    # 3 rounded sub kegiatan under it: its cell may lie 3 x Rp500 = Rp1.500 from SIPD's exact sum
    (10_001_500.0, 1000.0, 3, []),
    (10_002_000.0, 1000.0, 3, ["kritis"]),
    # a cell of its own (a sub kegiatan: n 0): Rp500
    (10_000_500.0, 1000.0, 0, []),
    (10_001_000.0, 1000.0, 0, ["kritis"]),
    # rupiah: Rp1, whatever it sums
    (10_002_000.0, 1.0, 3, ["kritis"]),
    # scale unknown: not compared
    (10_003_000.0, np.nan, 3, []),
])
def test_tolerance_of_a_rounded_cell(pagu, skala, n_sub, tingkat):
    d, s = _baris(pagu, skala)
    out = _temuan(d, s, None, "kode", np.nan, np.nan, n_sub=n_sub)
    assert [r["tingkat"] for r in out if r["kolom"] == "pagu_rp"] == tingkat


def test_unknown_scale_row_not_found_states_no_rupiah():
    """A row of unknown scale SIPD does not hold: still a finding, but its pagu as written (10,003,000
    may be thousands) is no rupiah at stake (``nilai_rp`` empty); in rupiah it is its pagu."""
    d, _ = _baris(10_003_000.0, np.nan)
    assert [pd.isna(r["nilai_rp"]) for r in _temuan(d, None, None, "hanya_dokumen", np.nan)] == [True]
    d, _ = _baris(10_003_000.0, 1.0)
    assert [r["nilai_rp"] for r in _temuan(d, None, None, "hanya_dokumen", np.nan)] == [10_003_000.0]
