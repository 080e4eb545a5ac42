"""The SIPD reconciliation of a Tabel 3.2 or 3.3 read as rupiah whose values are not about Tabel 2.2's,
and the rounding tolerance of a cell in thousands against SIPD's exact rupiah (REV-AA AA1, AA2, AA4).

SIPD holds exact rupiah. A table whose header says ``(Rp)`` or no unit over values in thousands is
read as written (1, nothing says thousands); compared with SIPD it made one false kritis a row
(``Pagu sub kegiatan di dokumen Rp6.600, di SIPD ... Rp6.600.000``). Its median ratio to Tabel
2.2's pagu as written (about 0,001, not about 1) shows its unit is not known: its pagu is not
compared with SIPD (the unknown-scale path: 3.2's of known scale in place of a 3.3 row's, one info;
main's ``findings.document.skala_pasti`` / ``skala_33`` now say so, REV-Y Y3), and the info says why
truly: the header does not say thousands (it said "judul kolomnya menyatakan ribuan rupiah").

Fixtures: the bundled document (``tests/data``, in rupiah) with 3.2's pagu cells and/or 3.3's money
in thousands (``test_tabel_32_ribuan._ribuan``, ``test_tabel_33_ribuan._keduanya_ribuan``) under a
header saying ``(Rp)``, against ``tests/data/sipd/dinkop-ukm-magetan.json``. By hand:

- 3.3 line 467 (X.XX.01.2.09.0001) writes 57,123,600.00, in thousands 57,124; SIPD 57123600. Read
  as rupiah (Rp57.124) it is "lebih kecil Rp57.066.476": false. 3.2 line 376 writes 37,227,250, in
  thousands 37,227; SIPD 37227250: read as rupiah "lebih kecil Rp37.190.023": false;
- the bundled 3.2 and 3.3 pagu equal 2.2's about one to one (the bundled 3.2 in thousands says
  "median rasio 1,00 setelah dikali 1.000"), so in thousands as written their ratio is about 0,001;
- the true difference: Pemulihan Usaha Mikro (2.17.07.2.01.0008), 3.2 line 438 and 3.3 line 497
  write 1,513,500,000, SIPD 1500000000: Rp13.500.000 apart, kept from whichever table is known.

Tolerance (AA4): SIPD's side is exact, the document's cell rounded: a cell rounded from its own total
lies at most Rp500 from it; a cell summing n rounded cells at most n x Rp500; so max(n, 1) x Rp500.
"""

import numpy as np
import pandas as pd
import pytest

from renja_analysis.config import ROOT
from renja_analysis.findings.reconciliation import _temuan, toleransi_sipd
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW, _ribuan
from tests.unit.test_tabel_33_ribuan import RENCANA, _keduanya_ribuan

SIPD = ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"


def _pagu(t, baris=None):
    f = t[(t["jenis"] == "dokumen_vs_sipd") & (t["kolom"] == "pagu_rp")]
    return f if baris is None else f[f["baris_sumber"] == baris]


def _keras(f, tabel):
    return f[(f["tingkat"] != "info") & f["tabel"].astype(str).str.startswith(tabel)]


# the fast test(s) of the same finding: test_32_rupiah_header_over_thousands_not_compared
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_33_rupiah_header_over_thousands_not_compared(tmp_path, sipd_magetan):
    # 3.2 in thousands as its header says (known), 3.3 in thousands under "PAGU INDIKATIF (Rp)"
    t = load_document(_keduanya_ribuan(tmp_path, header=False), sipd=sipd_magetan, paksa=True).temuan
    f = _pagu(t)
    # old: 'Pagu sub kegiatan di dokumen Rp57.124, di SIPD ... Rp57.123.600' kritis (line 467) and 11 more
    assert _keras(f, RENCANA).empty
    # the true difference is still told, by 3.2's own cell (known scale) on its own line
    assert _pagu(t, 438)["pesan"].tolist() == [
        "Pagu sub kegiatan di dokumen 1.513.500 ribu rupiah (Rp1.513.500.000), di SIPD (2.17.07.2.01.0008) "
        "Rp1.500.000.000: dokumen lebih besar Rp13.500.000 (melebihi pembulatan angka ribuan rupiah, paling "
        "banyak Rp500); pagu dokumen Renja harus sama dengan SIPD."]


def test_32_rupiah_header_over_thousands_not_compared(tmp_path, sipd_magetan):
    t = load_document(_ribuan(tmp_path, header="Pagu Indikatif (Rp)"), sipd=sipd_magetan, paksa=True).temuan
    f = _pagu(t)
    # old: 'Pagu sub kegiatan di dokumen Rp37.227, di SIPD ... Rp37.227.250' kritis (line 376) and 24 more. Its
    # scale is one of two (as written, or thousands): each row compared under both, line 376's 37.227 (Rp37.227 or
    # Rp37.227.000) fits SIPD's Rp37.227.250 in thousands (Rp250 off, within Rp500). The one pagu of 3.2 differing
    # under both: line 446, kegiatan 2.17.08.2.01 written 210.300, SIPD Rp200.300.000 (its sub kegiatan 0001 and
    # 0003 with a pagu: 2 x Rp500): as rupiah Rp200.089.700 below, in thousands Rp10.000.000 above. The rupiah
    # original says the same (kritis, Rp10.000.000: SIPD lacks its sub kegiatan "Penumbuhan ..." of 10.000).
    # Before REV-AG AG10 this true difference was hidden (3.2 not compared at all)
    keras = _keras(f, REVIEW)
    assert keras["baris_sumber"].tolist() == [446] and keras["tingkat"].tolist() == ["kritis"]
    assert keras["pesan"].iloc[0] == (
        "Pagu kegiatan di dokumen 210.300 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp210.300, "
        "dalam ribuan rupiah Rp210.300.000; keduanya berbeda), di SIPD (2.17.08.2.01) Rp200.300.000: dokumen lebih "
        "kecil Rp200.089.700 bila dibaca dalam rupiah dan lebih besar Rp10.000.000 bila dibaca dalam ribuan rupiah "
        "(melebihi pembulatan angka yang tertulis, paling banyak Rp1.000); pagu dokumen Renja harus sama dengan SIPD.")
    assert keras["nilai_rp"].tolist() == [10_000_000.0]
    said = f[f["pesan"].str.startswith(f"Pagu {REVIEW} dibandingkan dengan SIPD")]
    assert said["tingkat"].tolist() == ["info"]
    assert ("dalam rupiah maupun dalam ribuan rupiah karena skala nilainya tidak dapat dipastikan: judul kolomnya "
            "tidak menyatakan ribuan rupiah, tetapi median rasio pagunya terhadap pagu Tabel 2.2 0,0010, sekitar "
            "seperseribu.") in said["pesan"].iloc[0]
    # 3.3 in rupiah: its true difference still kritis
    assert _pagu(t, 497)["tingkat"].tolist() == ["kritis"]


def _baris(pagu):
    d = pd.Series({"level": "kegiatan", "kode": pd.NA, "nama": "Kegiatan A", "indikator": pd.NA, "target": pd.NA,
                   "satuan": pd.NA, "pagu_rp": pagu, "tabel": REVIEW, "baris_sumber": 5, "baris_review": 5,
                   "pagu_apbd_rp": np.nan, "pagu_rkpd_rp": np.nan, "tabel_pagu": REVIEW, "skala_pagu": 1000.0,
                   "baris_pagu": pd.NA})
    s = pd.Series({"kode_sipd": "1.01.02.2.01", "nama": "Kegiatan A", "pagu_rp": 110_000_000.0, "berkas": "a.json",
                   "baris_sumber": 1, "tanpa_pagu": 0, "urutan": 1})
    return d, s


@pytest.mark.parametrize("pagu, n_sub, batas", [
    # one sub kegiatan under it: its cell is its own rounding or the one sub's: Rp500 either way
    (110_000_500.0, 1, None), (110_001_000.0, 1, "Rp500"),
    # two: each rounded cell off by Rp500 at most, Rp1.000 together (old: (2 + 1) / 2 = Rp1.500)
    (110_001_000.0, 2, None), (110_001_500.0, 2, "Rp1.000"),
    # none with a pagu (SIPD's sum of nothing): its own cell, Rp500
    (110_001_000.0, 0, "Rp500"),
])
def test_tolerance_against_exact_rupiah(pagu, n_sub, batas):
    d, s = _baris(pagu)
    out = [r for r in _temuan(d, s, None, "kode", np.nan, np.nan, n_sub=n_sub) if r["kolom"] == "pagu_rp"]
    assert [r["tingkat"] for r in out] == ([] if batas is None else ["kritis"])
    if batas:
        assert f"(melebihi pembulatan angka ribuan rupiah, paling banyak {batas})" in out[0]["pesan"]
    assert toleransi_sipd(n_sub, 1000.0) == max(n_sub, 1) * 500.0
