"""Checks within SIPD data (periksa_sipd): every finding type on small hand-written
records, then the counts on the committed fixtures, derived from how they were made."""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import first_fast
from test_sipd import rec, write_json

from renja_analysis import load_sipd
from renja_analysis.findings.document import JENIS
from renja_analysis.findings.sipd import AMBANG_N_DEPAN_PERSEN, kode_terselesaikan


def sipd(tmp_path, records):
    return load_sipd(write_json(tmp_path, records))


def found(s, jenis):
    return s.temuan[s.temuan["jenis"] == jenis]


# --- stated totals ----------------------------------------------------------------------------

TOTALS = ["total_pagu_indikatif", "total_pagu_indikatif_sub_skpd", "total_pagu_indikatif_urusan",
          "total_pagu_indikatif_bidang_urusan", "total_pagu_indikatif_program", "total_pagu_indikatif_kegiatan",
          "total_pagu_n_depan", "total_pagu_n_depan_sub_skpd", "total_pagu_n_depan_urusan",
          "total_pagu_n_depan_bidang_urusan", "total_pagu_n_depan_program", "total_pagu_n_depan_kegiatan"]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("wrong", first_fast(TOTALS, fast=(0, 6)))
def test_every_stated_total_is_checked(tmp_path, wrong):
    """Two sub kegiatan of one kegiatan: pagu 100 + 50 = 150, n+1 60 + 40 = 100. Every total
    right but one, stated 10 too high on both records: exactly one finding."""
    right = {t: (150 if "indikatif" in t else 100) for t in TOTALS}
    records = [rec(kode_sub_giat="1.01.02.2.01.0001", pagu=100, pagu_n_depan=60, **right),
               rec(kode_sub_giat="1.01.02.2.01.0002", pagu=50, pagu_n_depan=40, **right)]
    for r in records:
        r[wrong] += 10
    f = found(sipd(tmp_path, records), "sipd_jumlah_tidak_cocok")
    assert f[["kolom", "nilai_dokumen", "nilai_hitung", "baris_sumber", "tingkat"]].values.tolist() == [
        [wrong, right[wrong] + 10, right[wrong], 1, "kritis"]]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_totals_use_pagu_where_pagu_indikatif_is_missing_and_differing_statements(tmp_path):
    """Record 1 has no pagu_indikatif (its pagu 100 counts), record 2 pagu_indikatif 70 (not its pagu 50):
    sum 170. Record 1 states 170 (right), record 2 states 180: one finding, on record 2."""
    records = [rec(kode_sub_giat="1.01.02.2.01.0001", pagu=100, total_pagu_indikatif_program=170),
               rec(kode_sub_giat="1.01.02.2.01.0002", pagu=50, pagu_indikatif=70, total_pagu_indikatif_program=180)]
    f = found(sipd(tmp_path, records), "sipd_jumlah_tidak_cocok")
    assert f[["baris_sumber", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [[2, 180.0, 170.0]]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_totals_are_compared_within_their_sub_unit(tmp_path):
    """Two sub-units of one office, 100 each: each states its own sub-unit total 100 (right);
    the office total 200 (right). No finding."""
    records = [rec(kode_sub_skpd="1.01.0.00.0.00.01.0000", pagu=100, total_pagu_indikatif_sub_skpd=100,
                   total_pagu_indikatif=200),
               rec(kode_sub_skpd="1.01.0.00.0.00.01.0001", pagu=100, total_pagu_indikatif_sub_skpd=100,
                   total_pagu_indikatif=200)]
    assert found(sipd(tmp_path, records), "sipd_jumlah_tidak_cocok").empty


# --- codes ------------------------------------------------------------------------------------

def test_placeholder_codes_one_finding_per_program_and_sub_unit(tmp_path):
    """Program X.XX.01 with 2 kegiatan and 3 sub kegiatan (6 codes); a regular program with one
    placeholder sub kegiatan code (1 code: 1.01.02.2.01.XXXX)."""
    x = dict(kode_program="X.XX.01", nama_program="PROGRAM PENUNJANG")
    records = [rec(**x, kode_giat="X.XX.01.2.01", kode_sub_giat="X.XX.01.2.01.0001"),
               rec(**x, kode_giat="X.XX.01.2.01", kode_sub_giat="X.XX.01.2.01.0002"),
               rec(**x, kode_giat="X.XX.01.2.02", kode_sub_giat="X.XX.01.2.02.0001"),
               rec(kode_sub_giat="1.01.02.2.01.XXXX")]
    f = found(sipd(tmp_path, records), "sipd_kode_placeholder")
    assert f[["nama", "nilai_dokumen", "baris_sumber"]].values.tolist() == [
        ["PROGRAM PENUNJANG", 6.0, 1], ["PROGRAM PENGELOLAAN PENDIDIKAN", 1.0, 4]]
    assert "1.01.01" in f["pesan"].iloc[0]                 # X.XX from the office code 1.01.0.00...
    assert "tidak dapat diturunkan" in f["pesan"].iloc[1]


def test_kode_terselesaikan_only_replaces_a_leading_support_placeholder():
    got = kode_terselesaikan(pd.Series(["X.XX.01", "x.xx.01.2.09.0006", "2.17.XX", "X.XX.01"]),
                             pd.Series(["2.17.0.00.0.00.01.0000"] * 3 + ["SKPD"]))
    assert got.tolist() == ["2.17.01", "2.17.01.2.09.0006", "2.17.XX", "X.XX.01"]


def test_duplicated_sub_kegiatan_code_within_a_sub_unit_only(tmp_path):
    """Records 1 and 3 share a code in the same sub-unit (kritis on record 3, compared with 1);
    record 4 has it too, in another sub-unit: fine."""
    records = [rec(pagu=10), rec(kode_sub_giat="1.01.02.2.01.0002"), rec(pagu=30),
               rec(kode_sub_skpd="1.01.0.00.0.00.01.0001")]
    f = found(sipd(tmp_path, records), "sipd_kode_ganda")
    assert f[["baris_sumber", "baris_pembanding", "nilai_dokumen", "nilai_hitung", "tingkat"]].values.tolist() == [
        [3, 1, 30.0, 10.0, "kritis"]]


# --- pagu -------------------------------------------------------------------------------------

def test_pagu_nol_for_sub_kegiatan(tmp_path):
    records = [rec(pagu=0), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=1)]
    f = found(sipd(tmp_path, records), "sipd_pagu_nol")
    assert f["baris_sumber"].tolist() == [1] and f["nama"].tolist() == ["Pembangunan Unit Sekolah Baru"]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("n, n1, flagged", first_fast([
    (100, 150, False),         # +50 %: on the threshold, not beyond it
    (100, 151, True),          # +51 %
    (100, 49, True),           # -51 %
    (100, 50, False),          # -50 %
    (100, 0, True),            # -100 %: the sub kegiatan ends
    (0, 0, False),
    (0, 1, False),             # nothing this year, something next year: one sipd_pagu_nol naming n+1, not a change
    (100, None, False),        # no n+1 stated
], fast=(0, 1)))
def test_pagu_n_depan_threshold(tmp_path, n, n1, flagged):
    assert AMBANG_N_DEPAN_PERSEN == 50.0
    f = found(sipd(tmp_path, [rec(pagu=n, pagu_n_depan=n1)]), "sipd_pagu_n_depan_berubah")
    assert len(f) == int(flagged)


# --- indicators -------------------------------------------------------------------------------

# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("names, targets, units, unpaired", first_fast([
    ("A\nB", "1\n2", "Unit\nUnit", False),
    ("A\nB", "1\n2", None, False),             # no units at all: fine
    ("A\nB\nC", "1\n2", "Unit\nUnit", True),   # a name without a target
    ("A", "1\n2", "Unit\nUnit", True),         # a target without a name
    ("A\nB", "1\n2", "Unit", True),            # one unit for two indicators
    ("A", None, "Unit", False),                # no target at all: sipd_target_tidak_terbaca instead
], fast=(0, 2)))
def test_packed_indicators_that_do_not_pair_up(tmp_path, names, targets, units, unpaired):
    s = sipd(tmp_path, [rec(tolok_ukur_sub=names, target_sub_teks=targets, satuan_sub=units)])
    assert len(found(s, "sipd_indikator_tidak_berpasangan")) == int(unpaired)


def test_unreadable_and_missing_targets(tmp_path):
    records = [rec(target_sub_teks="Sesuai kebutuhan"), rec(kode_sub_giat="1.01.02.2.01.0002", target_sub_teks=None),
               rec(kode_sub_giat="1.01.02.2.01.0003", target_sub_teks="4,43-4,47"),
               rec(kode_sub_giat="1.01.02.2.01.0004", tolok_ukur_sub=None, target_sub_teks=None, satuan_sub=None)]
    f = found(sipd(tmp_path, records), "sipd_target_tidak_terbaca")
    assert f["baris_sumber"].tolist() == [1, 2]             # a range reads; no indicator at all is no finding
    assert "tidak terbaca" in f["pesan"].iloc[0] and "tidak memiliki target" in f["pesan"].iloc[1]
    assert f["kolom"].tolist() == ["target_sub_teks", "target_sub_teks"]


# --- the committed fixtures -------------------------------------------------------------------

# the fast test(s) of the same finding: test_duplicated_sub_kegiatan_code_within_a_sub_unit_only,
# test_every_stated_total_is_checked, test_packed_indicators_that_do_not_pair_up, test_pagu_n_depan_threshold,
# test_pagu_nol_for_sub_kegiatan, test_placeholder_codes_one_finding_per_program_and_sub_unit,
# test_unreadable_and_missing_targets
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_fixture_findings_by_type(sipd_pemda):
    """Derived from tests/data/sipd/README.md:
    - jumlah: Magetan's stale program total of 2.17.08 + Dinkes UPTD's sub-unit total without the duplicate = 2
    - placeholder: X.XX.01 in Magetan, in the Dinkes dinas and in its UPTD = 3
    - pagu 0: Magetan 2.05.0010, 2.07.0001, 2.07.0002, 2.17.06.2.01.0010, 2.17.07.2.01.0004, .0013 (6)
      + Dinkes 1.02.03.2.02.0001 (1) = 7
    - unpaired: the Dinkes dinas program 1.02.02 (3 names, 2 targets) = 1
    - unreadable target: the null target of the duplicate = 1 ("30/14 Orang/bulan" reads: 30 people)
    - duplicated code: 1.02.02.2.01.0014 in the UPTD = 1
    - pagu n+1: Magetan .0008 (-66,7 %), Dinkes gizi (+140 %) = 2; Magetan .0004 (0 -> 50 jt) is its
      pagu 0 finding (one problem, one finding); both above the materiality floor (Magetan: Rp 1 miliar
      against 1 % of 5.527.585.325; Dinkes: Rp 70 juta against 1 % of 5.026.000.000 = 50.260.000): peringatan
    (n+1 is x 1.1 or x 1.05 elsewhere: within 50 %)."""
    t = sipd_pemda.temuan                # load_sipd(tests/data/sipd), tests/conftest.py
    counts = t["jenis"].astype(str).value_counts().to_dict()
    assert counts == {"sipd_jumlah_tidak_cocok": 2, "sipd_kode_placeholder": 3, "sipd_pagu_nol": 7,
                      "sipd_indikator_tidak_berpasangan": 1, "sipd_target_tidak_terbaca": 1, "sipd_kode_ganda": 1,
                      "sipd_pagu_n_depan_berubah": 2}
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"peringatan": 14, "kritis": 3}
    assert list(t["jenis"].cat.categories) == JENIS
    assert t["tabel"].str.startswith("SIPD ").all()


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_fixture_stale_program_total(sipd_magetan):
    t = sipd_magetan.temuan              # load_sipd(tests/data/sipd/dinkop-ukm-magetan.json), tests/conftest.py
    j = t[t["jenis"] == "sipd_jumlah_tidak_cocok"].iloc[0]
    # record 40 is the first record of program 2.17.08 (records 1-39 are the programs before it)
    assert (j["kolom"], j["nilai_dokumen"], j["nilai_hitung"], j["baris_sumber"]) == (
        "total_pagu_indikatif_program", 210_300_000, 200_300_000, 40)


@pytest.mark.slow  # over 1.5 s: two SIPD reads
def test_fixture_duplicate_and_sub_unit_total(sipd_dinkes):
    t = sipd_dinkes.temuan               # load_sipd(DINKES), tests/conftest.py
    g = t[t["jenis"] == "sipd_kode_ganda"].iloc[0]
    assert (g["baris_sumber"], g["baris_pembanding"], g["nilai_dokumen"], g["nilai_hitung"]) == (
        8, 7, 15_000_000, 150_000_000)
    j = t[t["jenis"] == "sipd_jumlah_tidak_cocok"].iloc[0]
    # UPTD: 36 + 150 + 15 + 250 = 451 jt; stated without the duplicate: 436 jt; its first record is 6
    assert (j["kolom"], j["nilai_dokumen"], j["nilai_hitung"], j["baris_sumber"]) == (
        "total_pagu_indikatif_sub_skpd", 436_000_000, 451_000_000, 6)


def test_negative_pagu_is_a_finding(tmp_path):
    import json

    from renja_analysis.config import ROOT
    from renja_analysis.load import load_sipd

    records = json.loads((ROOT / "tests" / "data" / "sipd" / "dinkes-contoh.json").read_text(encoding="utf-8"))
    records[0]["pagu"] = -5000000
    path = tmp_path / "negatif.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    t = load_sipd(path).temuan
    neg = t[t["jenis"].astype(str) == "nilai_negatif"]
    assert neg["nilai_dokumen"].tolist() == [-5000000.0] and neg["tingkat"].astype(str).tolist() == ["kritis"]
