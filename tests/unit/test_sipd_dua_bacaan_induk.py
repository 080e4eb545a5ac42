"""SIPD reconciliation of a parent (kegiatan) whose pagu is of unknown scale, one of two readings (as written, or
in thousands / millions: ``reconciliation.skala_lain_pagu``), and of a pre-revision pagu under that scale.

The rule (REV-AG AG10, REV-AP AP1): a pagu of unknown scale is reported only where it differs from SIPD under both
readings; a parent's difference is "its children's" under a reading where it equals the sum of its children's
differences, a child that fits SIPD only under the other reading left out of that sum (it gets no finding of its
own, so under this reading nobody reports its difference).

Defects fixed (all expectations derived by hand below):

1. ``rekonsiliasi`` gave ``_pagu_dua`` the children's sums with every child counted, also a child that fits SIPD
   only under the other reading. Fixture ``_tersembunyi``: SIPD kegiatan 1.01.02.2.01 Rp36.000.000, its sub
   kegiatan .0001 Rp16.000.000 and .0002 Rp20.000.000; the document's Tabel 3.2 (scale unknown, second reading
   thousands) writes the kegiatan 16.020.000, .0001 16.000.000 (a cell in rupiah) and .0002 20.000.

   - .0001: as written 16.000.000 - 16.000.000 = 0 (fits); in thousands 16.000.000.000 - 16.000.000 =
     15.984.000.000: fits only as written, no finding;
   - .0002: as written 20.000 - 20.000.000 = -19.980.000; in thousands 20.000.000 - 20.000.000 = 0: fits only in
     thousands, no finding;
   - whatever the scale, one of the two differs from SIPD, and the kegiatan differs under both readings:
     as written 16.020.000 - 36.000.000 = -19.980.000, in thousands 16.020.000.000 - 36.000.000 =
     +15.984.000.000 (beyond its rounding, 2 sub kegiatan x Rp500 = Rp1.000).
   Before: the children's sum counted .0002 as written (-19.980.000) and .0001 in thousands (15.984.000.000), so
   the kegiatan's difference was "seluruhnya berasal dari selisih pagu sub kegiatan di bawahnya, yang dilaporkan
   tersendiri" (info), though neither is reported: a true difference hidden. Now each sum is NA (a child left
   out): kritis, nilai_rp the smaller, Rp19.980.000.

2. ``_pagu_dua`` called a parent's difference its children's only where it was so under BOTH readings, else
   kritis. Under a reading where it is its children's (each counted child fitting SIPD or reported), the parent
   has no difference of its own, so it has none under both: a kritis on it is untrue (and counts the children's
   difference twice). Fixture ``_campur``: the kegiatan of unknown scale written 37.000 (3.2), its sub kegiatan of
   known scale (3.3, rupiah) .0001 Rp16.000.000 and .0002 Rp21.000.000, SIPD kegiatan Rp36.000.000, sub
   kegiatan Rp16.000.000 and Rp20.000.000.

   - .0002 differs by 21.000.000 - 20.000.000 = +1.000.000: kritis of its own; .0001 fits;
   - the kegiatan: in thousands 37.000.000 - 36.000.000 = +1.000.000, its children's (0 + 1.000.000); as written
     37.000 - 36.000.000 = -35.963.000, not theirs.
   Before: kritis on the kegiatan ("lebih kecil Rp35.963.000 bila dibaca dalam rupiah dan lebih besar Rp1.000.000
   bila dibaca dalam ribuan rupiah"). Now: info naming both readings, no kritis.

2b. Whether a parent's difference is its children's compares rounded cells: the bound was (n + 1) / 2 units of the
   parent's own last digit (n the sub kegiatan SIPD holds under it), right only where every child is written like
   the parent. Now it is the parent's own half unit plus each child's (``reconciliation._bulat_anak``: a cell of
   unknown scale half a unit of its last written digit under the second reading, exact as written; a cell of a
   table known in thousands Rp500; a rupiah cell exact).

   - in millions, kegiatan written 37,6, sub kegiatan 16 and 22 (all of unknown scale), SIPD Rp36.000.000,
     Rp16.000.000 and Rp20.000.000. .0001 fits only in millions (no finding); .0002 differs under both
     (22 - 20.000.000 as written; 22.000.000 - 20.000.000 = 2.000.000 > Rp500.000 in millions): kritis. The
     kegiatan in millions 37.600.000 - 36.000.000 = 1.600.000, its children's 0 + 2.000.000, 400.000 apart, within
     Rp50.000 (half of 0,1 million) + 2 x Rp500.000 = Rp1.050.000: its children's (info). Before: 400.000 >
     (2 + 1) / 2 x Rp100.000 = Rp150.000: kritis, the children's difference counted twice;
   - in thousands, kegiatan written 37.001 over sub kegiatan of known scale in rupiah Rp16.000.000 and Rp21.000.000
     (SIPD as in 2.): in thousands 37.001.000 - 36.000.000 = 1.001.000, its children's 1.000.000, Rp1.000 apart,
     beyond its own Rp500 (the rupiah cells exact): a difference of its own under both readings, kritis, nilai_rp
     1.001.000 (as written 36.000.000 - 37.001 = 35.962.999). The old bound, 1,5 x Rp1.000 = Rp1.500, would have
     called it its children's (this case is kritis on the code before this change too: it guards 2.).

3. The pre-revision pagu (``SEBELUM``) of a row of unknown scale was compared under the second reading within
   the rounding of the revised pagu's last digit, not its own. In millions (second reading 1.000.000):

   - revised written 17, APBD before 15,3, SIPD Rp15.600.000. As written both differ by millions. In millions
     17.000.000 - 15.600.000 = 1.400.000 > Rp500.000 (half of 1 million): differs; 15,3 is 15.250.000 to
     15.350.000, SIPD Rp300.000 from 15.300.000 > Rp50.000 (half of 0,1 million): not the pre-revision pagu.
     Differs under both readings: kritis, nilai_rp 1.400.000. Before: within the revised pagu's Rp500.000, a
     peringatan "sama dengan pagu APBD dokumen sebelum perubahan" (untrue, a true difference hedged away);
   - revised written 16,4, APBD before 15, SIPD Rp15.300.000. In millions 16.400.000 - 15.300.000 = 1.100.000 >
     Rp50.000: differs; 15 is 14.500.000 to 15.500.000, SIPD Rp300.000 from 15.000.000 <= Rp500.000: SIPD may
     hold the pre-revision pagu: peringatan. Before: within the revised pagu's Rp50.000 only: kritis (untrue).
"""

import numpy as np
import pandas as pd
import pytest

from renja_analysis.findings import reconciliation as rc
from renja_analysis.findings.reconciliation import KOLOM_KESESUAIAN, Kesesuaian, _temuan

KODE = ["1.01.02.2.01", "1.01.02.2.01.0001", "1.01.02.2.01.0002"]
LEVEL = ["kegiatan", "sub_kegiatan", "sub_kegiatan"]
NAMA = ["Keg A", "Sub A", "Sub B"]
T32, T33 = rc._REVIEW, rc._RENCANA           # the labels baris_dokumen gives (a Renja Perubahan's)


def _dok(pagu, skala, tabel):
    n = len(pagu)
    return pd.DataFrame({
        "level": pd.Series(LEVEL, dtype="string"), "kode": pd.Series(KODE, dtype="string"),
        "nama": pd.Series(NAMA, dtype="string"), "indikator": pd.Series([pd.NA] * n, dtype="string"),
        "target": pd.Series([np.nan] * n, dtype="Float64"), "satuan": pd.Series([pd.NA] * n, dtype="string"),
        "pagu_rp": pd.Series(pagu, dtype="Float64"), "tabel": pd.Series(tabel, dtype="string"),
        "baris_sumber": pd.Series([10, 11, 12], dtype="Int64"), "baris_review": pd.Series([pd.NA] * n, dtype="Int64"),
        "pagu_apbd_rp": pd.Series([np.nan] * n, dtype="Float64"),
        "pagu_rkpd_rp": pd.Series([np.nan] * n, dtype="Float64"),
        "tabel_pagu": pd.Series(tabel, dtype="string"), "skala_pagu": np.asarray(skala, dtype=float),
        "baris_pagu": pd.Series([pd.NA] * n, dtype="Int64")})


def _sp(pagu):
    return pd.DataFrame({"level": LEVEL, "kode": KODE, "kode_sipd": KODE, "nama": NAMA, "pagu_rp": pagu,
                         "berkas": "sipd.json", "baris_sumber": [1, 2, 3], "tanpa_pagu": 0, "urutan": [1, 2, 3]})


def _rekonsiliasi(monkeypatch, dok, sp, lain32=1000.0):
    """``rekonsiliasi`` of the hand-made rows ``dok`` against ``sp`` (the document's and the data's reading
    replaced: nothing else of a document is needed), 3.2's second reading ``lain32``, 3.3 of known scale."""
    monkeypatch.setattr(rc, "baris_dokumen", lambda doc: dok)
    monkeypatch.setattr(rc, "baris_sipd", lambda sipd, kode, sub=None: sp)
    monkeypatch.setattr(rc, "skala_lain_pagu", lambda doc: (lain32, np.nan))
    monkeypatch.setattr(rc, "_skala_tak_pasti", lambda dok, tak, doc=None: [])
    monkeypatch.setattr(rc, "tabel_terpotong", lambda doc: None)
    monkeypatch.setattr(rc, "celah_sipd", lambda *a, **k: ({}, {}))
    sipd = type("Sipd", (), {"indikator": pd.DataFrame(columns=["urutan_rencana", "jenis_indikator", "tolok_ukur"]),
                             "dilewati": [], "berkas": pd.DataFrame({"berkas": ["sipd.json"], "format": ["json"]}),
                             "source": "sipd.json"})()
    kes = Kesesuaian(tabel=pd.DataFrame(columns=KOLOM_KESESUAIAN), kode_skpd="1.01.0.00.0.00.01.0000", cara="nama",
                     ragu=())
    _, temuan = rc.rekonsiliasi(None, sipd, kesesuaian=kes)
    f = temuan[(temuan["jenis"] == "dokumen_vs_sipd") & (temuan["kolom"] == "pagu_rp")]
    return dict(zip(f["baris_sumber"].astype(int), zip(f["tingkat"].astype(str), f["pesan"], f["nilai_rp"])))


def test_children_fitting_under_opposite_readings_not_counted(monkeypatch):
    dok = _dok([16_020_000.0, 16_000_000.0, 20_000.0], [np.nan] * 3, [T32] * 3)
    out = _rekonsiliasi(monkeypatch, dok, _sp([36_000_000.0, 16_000_000.0, 20_000_000.0]))
    # old: {10: ("info", "... seluruhnya berasal dari selisih pagu sub kegiatan di bawahnya ...", nan)}
    assert list(out) == [10]                    # neither sub kegiatan has a finding of its own
    tingkat, pesan, nilai = out[10]
    assert (tingkat, nilai) == ("kritis", 19_980_000.0)
    assert ("dokumen lebih kecil Rp19.980.000 bila dibaca dalam rupiah dan lebih besar Rp15.984.000.000 bila dibaca "
            "dalam ribuan rupiah (melebihi pembulatan angka yang tertulis, paling banyak Rp1.000)") in pesan


def test_parent_childrens_under_one_reading_not_kritis(monkeypatch):
    dok = _dok([37_000.0, 16_000_000.0, 21_000_000.0], [np.nan, 1.0, 1.0], [T32, T33, T33])
    out = _rekonsiliasi(monkeypatch, dok, _sp([36_000_000.0, 16_000_000.0, 20_000_000.0]))
    assert out[12][0] == "kritis" and out[12][2] == 1_000_000.0      # .0002's own difference, as before
    assert 11 not in out
    # old: ("kritis", "... dokumen lebih kecil Rp35.963.000 bila dibaca dalam rupiah dan lebih besar Rp1.000.000 ...",
    # 1_000_000.0)
    tingkat, pesan, nilai = out[10]
    assert tingkat == "info" and pd.isna(nilai)
    assert pesan == (
        "Pagu kegiatan di dokumen 37.000 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp37.000, dalam "
        "ribuan rupiah Rp37.000.000; keduanya berbeda), di SIPD (1.01.02.2.01) Rp36.000.000: bila dibaca dalam "
        "ribuan rupiah, selisih Rp1.000.000 seluruhnya berasal dari selisih pagu sub kegiatan di bawahnya, yang "
        "dilaporkan tersendiri; bila dibaca dalam rupiah, dokumen lebih kecil Rp35.963.000 dan selisih itu tidak "
        "dapat dijelaskan oleh selisih pagu sub kegiatan di bawahnya. Skala tabelnya tidak dapat dipastikan, "
        "sehingga pagu ini tidak dinilai berbeda dari SIPD dan selisihnya tidak dihitung dua kali.")


def _sub(pagu, apbd):
    return pd.Series({"level": "sub_kegiatan", "kode": KODE[1], "nama": "Sub A", "target": np.nan, "pagu_rp": pagu,
                      "tabel": T33, "baris_sumber": 5, "tabel_pagu": T33, "skala_pagu": np.nan, "baris_pagu": pd.NA,
                      "pagu_apbd_rp": apbd, "pagu_rkpd_rp": np.nan})


def _s(pagu):
    return pd.Series({"kode_sipd": KODE[1], "nama": "Sub A", "pagu_rp": pagu, "berkas": "a.json", "baris_sumber": 1,
                      "tanpa_pagu": 0})


@pytest.mark.parametrize("pagu, apbd, sipd, tingkat, nilai", [
    (17.0, 15.3, 15_600_000.0, "kritis", 1_400_000.0),        # old: peringatan (within 17's Rp500.000)
    (16.4, 15.0, 15_300_000.0, "peringatan", 1_100_000.0),    # old: kritis (beyond 16,4's Rp50.000)
])
def test_pre_revision_pagu_within_its_own_rounding(pagu, apbd, sipd, tingkat, nilai):
    out = [r for r in _temuan(_sub(pagu, apbd), _s(sipd), None, "kode", np.nan, lain=1e6) if r["kolom"] == "pagu_rp"]
    assert [(r["tingkat"], pytest.approx(r["nilai_rp"])) for r in out] == [(tingkat, nilai)]
    if tingkat == "peringatan":
        assert "bila dibaca dalam jutaan rupiah, sama dengan pagu APBD dokumen sebelum perubahan" in out[0]["pesan"]


def test_parent_childrens_within_their_own_rounding(monkeypatch):
    dok = _dok([37.6, 16.0, 22.0], [np.nan] * 3, [T32] * 3)
    out = _rekonsiliasi(monkeypatch, dok, _sp([36_000_000.0, 16_000_000.0, 20_000_000.0]), lain32=1e6)
    assert out[12][0] == "kritis" and out[12][2] == 2_000_000.0 and 11 not in out
    # old: kritis, nilai_rp 1.600.000
    assert out[10][0] == "info"
    assert ("bila dibaca dalam jutaan rupiah, selisih Rp1.600.000 seluruhnya berasal dari selisih pagu sub kegiatan "
            "di bawahnya") in out[10][1]


def test_parent_own_difference_over_rupiah_children_kritis(monkeypatch):
    dok = _dok([37_001.0, 16_000_000.0, 21_000_000.0], [np.nan, 1.0, 1.0], [T32, T33, T33])
    out = _rekonsiliasi(monkeypatch, dok, _sp([36_000_000.0, 16_000_000.0, 20_000_000.0]))
    assert (out[10][0], out[10][2]) == ("kritis", 1_001_000.0)
    assert ("dokumen lebih kecil Rp35.962.999 bila dibaca dalam rupiah dan lebih besar Rp1.001.000 bila dibaca dalam "
            "ribuan rupiah") in out[10][1]
