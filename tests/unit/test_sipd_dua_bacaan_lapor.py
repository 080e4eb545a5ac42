"""SIPD pagu of unknown scale (one of two readings): a parent's difference is its children's under a reading only
where a finding tells a child's difference under that reading (REV-AU AU1, AU2); bounds compared in whole rupiah
(AU4); the reconciliation summary counts pagu differences, not info (AU5).

All expectations derived by hand below (SIPD is consistent in every case: a parent's pagu is its children's sum).

AU2. Tabel 3.2 of unknown scale, second reading millions. SIPD kegiatan 1.01.02.2.01 Rp46.000.000, sub kegiatan
.0001 Rp16.000.000, .0002 Rp20.000.000, .0003 Rp10.000.000. The document writes the kegiatan 47,1 and the sub
kegiatan 16, 21 and 10.

- .0001: as written 16 - 16.000.000, differs; in millions 16.000.000 - 16.000.000 = 0: fits only in millions, no
  finding (same for .0003, 10);
- .0002: as written 21 - 20.000.000 = -19.999.979; in millions 21.000.000 - 20.000.000 = +1.000.000 > Rp500.000
  (half of 1 million): differs under both, kritis, nilai_rp 1.000.000;
- kegiatan: as written 47,1 - 46.000.000 (its children's sum there is NA: .0001 and .0003 differ as written and
  nobody tells it); in millions 47.100.000 - 46.000.000 = +1.100.000 > 3 x Rp50.000 (differs); its children's
  0 + 1.000.000 + 0 = 1.000.000, 100.000 apart, within its own Rp50.000 + 3 x Rp500.000 = Rp1.550.000, and
  .0002's +1.000.000 is told by .0002's kritis. So in millions its difference is its children's: it has no
  difference of its own under both readings: info naming each reading. Before: kritis, nilai_rp 1.100.000,
  because |1.000.000| <= Rp1.550.000 was read as "the children's sum is rounding only".
- the same in thousands (46.002 over 16.000 / 20.001 / 10.000): .0002 +1.000 > Rp500, kritis; the kegiatan
  +2.000 > 3 x Rp500, its children's +1.000, 1.000 apart <= Rp500 + 3 x Rp500 = Rp2.000: info. Before: kritis.

AU1. Two tables of unknown scale: Tabel 3.2 second reading thousands, Tabel 3.3 millions. SIPD program 1.01.02
Rp36.000.000, kegiatan Rp36.000.000, .0001 Rp16.000.000, .0002 Rp20.000.000. The program's pagu from 3.3 written
37.300, the kegiatan's from 3.2 written 37.300, the sub kegiatan from 3.3 written 16 and 21,3. The tool's two
readings: everything as written (0), or 3.2 in thousands and 3.3 in millions (1).

- .0001: fits only under 1 (16.000.000), no finding; .0002: -19.999.978,7 under 0, +1.300.000 > Rp50.000 under 1:
  kritis, nilai_rp 1.300.000;
- kegiatan: under 1 37.300.000 - 36.000.000 = +1.300.000 = its children's 0 + 1.300.000 (told by .0002): its
  children's; under 0 37.300 - 36.000.000 and the children's sum NA: info naming each reading (as before);
- program: under 1 37.300.000.000 - 36.000.000 = +37.264.000.000, its kegiatan's +1.300.000: a difference of its
  own; under 0 37.300 - 36.000.000 = -35.962.700, and its kegiatan's -35.962.700 is told by nobody under 0 (the
  kegiatan's info tells its difference only under 1): the program's sum is NA there, the difference is not "its
  kegiatan's, reported". Differs under both: kritis, nilai_rp the smaller, 35.962.700. Before: info ("bila
  dibaca dalam rupiah, selisih Rp35.962.700 seluruhnya berasal dari selisih pagu kegiatan ..."), a true
  difference hidden.

AU4. A sub kegiatan written 16,1 of unknown scale in millions: 16.050.000 to 16.150.000 (half of 0,1 million,
Rp50.000, bound included). SIPD Rp16.050.000: 16,1 x 1.000.000 - 16.050.000 = 50.000 exactly: fits, no finding
(before: kritis "lebih besar Rp50.000 ... paling banyak Rp50.000", 16.1 * 1e6 being 16.100.000,000000002). 4,1
against Rp4.150.000: -50.000 exactly, which AU4 let fit; but rounded half up (docs/panduan.md) 4.150.000 is 4,2,
so 4,1 may lie at most STRICTLY less than half a unit below SIPD's: kritis, nilai_rp 50.000 (REV-AZ AZ4). 16,1 against
Rp16.150.001: -50.001, beyond: kritis, nilai_rp 50.001.

AU5. Findings on pagu: one info (its children's), one kritis, one peringatan, and an info nama: "pagu 2 baris"
(kritis + peringatan), "nama 1" (before: pagu 3).
"""

from types import SimpleNamespace as NS

import numpy as np
import pandas as pd
import pytest

from renja_analysis.findings import reconciliation as rc
from renja_analysis.findings.reconciliation import KOLOM_KESESUAIAN, Kesesuaian, _temuan
from renja_analysis.present import narrative

T32, T33 = rc._REVIEW, rc._RENCANA
PROG, KEG = "1.01.02", "1.01.02.2.01"


def _dok(rows):
    """rows: (level, kode, pagu as written, tabel); every pagu of unknown scale (``skala_pagu`` NaN)."""
    n = len(rows)
    col = list(zip(*rows))
    return pd.DataFrame({
        "level": pd.Series(col[0], dtype="string"), "kode": pd.Series(col[1], dtype="string"),
        "nama": pd.Series([f"Baris {k}" for k in col[1]], dtype="string"),
        "indikator": pd.Series([pd.NA] * n, dtype="string"), "target": pd.Series([np.nan] * n, dtype="Float64"),
        "satuan": pd.Series([pd.NA] * n, dtype="string"), "pagu_rp": pd.Series(col[2], dtype="Float64"),
        "tabel": pd.Series(col[3], dtype="string"), "baris_sumber": pd.Series(range(10, 10 + n), dtype="Int64"),
        "baris_review": pd.Series([pd.NA] * n, dtype="Int64"),
        "pagu_apbd_rp": pd.Series([np.nan] * n, dtype="Float64"), "pagu_rkpd_rp": pd.Series([np.nan] * n, dtype="Float64"),
        "tabel_pagu": pd.Series(col[3], dtype="string"), "skala_pagu": np.full(n, np.nan),
        "baris_pagu": pd.Series([pd.NA] * n, dtype="Int64")})


def _sp(rows):
    """rows: (level, kode, pagu in rupiah)."""
    col = list(zip(*rows))
    n = len(rows)
    return pd.DataFrame({"level": col[0], "kode": col[1], "kode_sipd": col[1], "nama": [f"Baris {k}" for k in col[1]],
                         "pagu_rp": col[2], "berkas": "sipd.json", "baris_sumber": range(1, n + 1), "tanpa_pagu": 0,
                         "urutan": range(1, n + 1)})


def _rekonsiliasi(monkeypatch, dok, sp, lain32, lain33=np.nan):
    """``rekonsiliasi`` of hand-made rows (as ``test_sipd_dua_bacaan_induk``): the pagu findings by line,
    (tingkat, pesan, nilai_rp)."""
    temuan = temuan_buatan(monkeypatch, dok, sp, lain32, lain33)
    f = temuan[(temuan["jenis"] == "dokumen_vs_sipd") & (temuan["kolom"] == "pagu_rp")]
    return dict(zip(f["baris_sumber"].astype(int), zip(f["tingkat"].astype(str), f["pesan"], f["nilai_rp"])))


def temuan_buatan(monkeypatch, dok, sp, lain32, lain33=np.nan) -> pd.DataFrame:
    """Every finding of ``rekonsiliasi`` of hand-made document rows ``dok`` and SIPD rows ``sp``, the second
    readings of 3.2 / 3.3 ``lain32`` / ``lain33``, the rest of the reconciliation stubbed out."""
    monkeypatch.setattr(rc, "baris_dokumen", lambda doc: dok)
    monkeypatch.setattr(rc, "baris_sipd", lambda sipd, kode, sub=None: sp)
    monkeypatch.setattr(rc, "skala_lain_pagu", lambda doc: (lain32, lain33))
    monkeypatch.setattr(rc, "_skala_tak_pasti", lambda dok, tak, doc=None: [])
    monkeypatch.setattr(rc, "tabel_terpotong", lambda doc: None)
    monkeypatch.setattr(rc, "celah_sipd", lambda *a, **k: ({}, {}))
    sipd = NS(indikator=pd.DataFrame(columns=["urutan_rencana", "jenis_indikator", "tolok_ukur"]), dilewati=[],
              berkas=pd.DataFrame({"berkas": ["sipd.json"], "format": ["json"]}), source="sipd.json")
    kes = Kesesuaian(tabel=pd.DataFrame(columns=KOLOM_KESESUAIAN), kode_skpd="1.01.0.00.0.00.01.0000", cara="nama",
                     ragu=())
    return rc.rekonsiliasi(None, sipd, kesesuaian=kes)[1]


SUB3 = [f"{KEG}.000{i}" for i in (1, 2, 3)]


@pytest.mark.parametrize("tulis, lain, beda_anak, beda_keg, satuan", [
    ([47.1, 16.0, 21.0, 10.0], 1e6, 1_000_000.0, "Rp1.100.000", "jutaan"),
])
def test_parent_difference_is_a_reported_childs(monkeypatch, tulis, lain, beda_anak, beda_keg, satuan):
    dok = _dok([(lv, k, v, T32) for lv, k, v in zip(["kegiatan"] + ["sub_kegiatan"] * 3, [KEG, *SUB3], tulis)])
    sp = _sp(list(zip(["kegiatan"] + ["sub_kegiatan"] * 3, [KEG, *SUB3], [46e6, 16e6, 20e6, 10e6])))
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=lain)
    assert sorted(out) == [10, 12]              # .0001 and .0003 fit in the second reading: no finding
    assert (out[12][0], out[12][2]) == ("kritis", beda_anak)
    # old: ("kritis", ..., 1_100_000.0) and ("kritis", ..., 2_000.0)
    tingkat, pesan, nilai = out[10]
    assert tingkat == "info" and pd.isna(nilai)
    assert (f"bila dibaca dalam {satuan} rupiah, selisih {beda_keg} seluruhnya berasal dari selisih pagu sub "
            "kegiatan di bawahnya, yang dilaporkan tersendiri; bila dibaca dalam rupiah") in pesan


def test_parent_difference_beyond_the_reported_childs_rounding(monkeypatch):
    """REV-AZ AZ2 (thousands): kegiatan 46.002 over 16.000 / 20.001 / 10.000, SIPD 46/16/20/10 million. The told
    child .0002 is +Rp1.000; the kegiatan +Rp2.000: Rp1.000 beyond it. By hand, what rounding allows the parent beyond
    its told children: its own half unit (Rp500) and the told child's (Rp500), each open: less than Rp1.000. The
    children that fit SIPD leave no room (their difference, if any, is told by nobody). So the kegiatan's difference
    is not its children's: kritis, Rp2.000 (before REV-AZ: info "seluruhnya berasal dari selisih pagu sub
    kegiatan", the rounding of every child, Rp2.000, counted as room)."""
    dok = _dok([(lv, k, v, T32) for lv, k, v in zip(["kegiatan"] + ["sub_kegiatan"] * 3, [KEG, *SUB3],
                                                     [46_002.0, 16_000.0, 20_001.0, 10_000.0])])
    sp = _sp(list(zip(["kegiatan"] + ["sub_kegiatan"] * 3, [KEG, *SUB3], [46e6, 16e6, 20e6, 10e6])))
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=1000.0)
    assert (out[12][0], out[12][2]) == ("kritis", 1_000.0)
    assert (out[10][0], out[10][2]) == ("kritis", 2_000.0)


def test_ten_children_one_told_parent_far_beyond(monkeypatch):
    """REV-AZ AZ2 (millions): kegiatan 104,6 over ten sub kegiatan written 10, SIPD 99 million (nine at 10, one at
    9: that one told, +Rp1.000.000). The kegiatan is +Rp5.600.000; beyond the told child Rp4.600.000; the room:
    its own half unit (Rp50.000) and the told child's (Rp500.000): kritis (the AZ2 version called it the children's:
    the rounding of all ten children, Rp5.000.000, as room)."""
    kids = [f"{KEG}.{i:04d}" for i in range(1, 11)]
    dok = _dok([("kegiatan", KEG, 104.6, T32)] + [("sub_kegiatan", k, 10.0, T32) for k in kids])
    sp = _sp([("kegiatan", KEG, 99e6)] + [("sub_kegiatan", k, 9e6 if i == 0 else 10e6) for i, k in enumerate(kids)])
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=1e6)
    assert out[10][0] == "kritis"
    assert [v[0] for b, v in out.items() if b != 10] == ["kritis"]


def test_child_told_only_under_the_other_reading_not_counted(monkeypatch):
    kode = [PROG, KEG, f"{KEG}.0001", f"{KEG}.0002"]
    level = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"]
    dok = _dok(list(zip(level, kode, [37_300.0, 37_300.0, 16.0, 21.3], [T33, T32, T33, T33])))
    sp = _sp(list(zip(level, kode, [36e6, 36e6, 16e6, 20e6])))
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=1000.0, lain33=1e6)
    assert sorted(out) == [10, 11, 13]
    assert (out[13][0], out[13][2]) == ("kritis", 1_300_000.0)
    assert out[11][0] == "info" and "bila dibaca dalam ribuan rupiah, selisih Rp1.300.000 seluruhnya" in out[11][1]
    # old: ("info", "... bila dibaca dalam rupiah, selisih Rp35.962.700 seluruhnya berasal dari selisih pagu
    # kegiatan di bawahnya ...", nan)
    tingkat, pesan, nilai = out[10]
    assert (tingkat, nilai) == ("kritis", 35_962_700.0)
    assert ("dokumen lebih kecil Rp35.962.700 bila dibaca dalam rupiah dan lebih besar Rp37.264.000.000 bila dibaca "
            "dalam jutaan rupiah") in pesan


def _sub(pagu):
    return pd.Series({"level": "sub_kegiatan", "kode": f"{KEG}.0001", "nama": "Sub A", "target": np.nan,
                      "pagu_rp": pagu, "tabel": T32, "baris_sumber": 5, "tabel_pagu": T32, "skala_pagu": np.nan,
                      "baris_pagu": pd.NA})


def _s(pagu):
    return pd.Series({"kode_sipd": f"{KEG}.0001", "nama": "Sub A", "pagu_rp": pagu, "berkas": "a.json",
                      "baris_sumber": 1, "tanpa_pagu": 0})


@pytest.mark.parametrize("tulis, sipd, hasil", [
    (16.1, 16_050_000.0, []),                               # old: [("kritis", 50_000.000000002)]
    # REV-AZ AZ4: 4.150.000 rounds to 4,2 million half up and half to even, so 4,1 (an odd digit) is no rounding
    # of it: -Rp50.000 is a true difference, kritis despite the float noise (4.1 * 1e6 = 4.099.999,9999999995);
    # 16,2 against Rp16.250.000 is its rounding half to even (REV-BC BC2): silent
    (4.1, 4_150_000.0, [("kritis", 50_000.0)]),
    (16.2, 16_250_000.0, []),
    (16.1, 16_150_001.0, [("kritis", 50_001.0)]),
])
def test_rounding_bound_in_whole_rupiah(tulis, sipd, hasil):
    out = [r for r in _temuan(_sub(tulis), _s(sipd), None, "kode", np.nan, lain=1e6) if r["kolom"] == "pagu_rp"]
    assert [(r["tingkat"], pytest.approx(r["nilai_rp"])) for r in out] == hasil


def test_summary_counts_pagu_differences_not_info():
    temuan = pd.DataFrame({"jenis": ["dokumen_vs_sipd"] * 4, "kolom": ["pagu_rp", "pagu_rp", "pagu_rp", "nama"],
                           "tingkat": ["info", "kritis", "peringatan", "info"]})
    tabel = pd.DataFrame({"kecocokan": ["kode"] * 3, "level": ["kegiatan", "sub_kegiatan", "sub_kegiatan"],
                          "berkas": ["sipd.json"] * 3, "nama_dokumen": ["A", "B", "C"], "nama_sipd": ["A", "B", "C"]})
    doc = NS(rekonsiliasi=tabel, temuan=temuan, kesesuaian=None,
             sipd=NS(rencana=pd.DataFrame({"berkas": ["sipd.json"], "nama_skpd": ["DINAS X"]})))
    # old: "Perbedaan: pagu 3 baris, ..."
    assert narrative.ringkasan_rekonsiliasi(doc).splitlines()[-1].startswith(
        "Perbedaan: pagu 2 baris, target 0, satuan 0, nama 1 ")


def test_parent_of_one_rounded_row_differs_by_a_unit(monkeypatch):
    """Program 37.001 (3.3) over its one kegiatan 37.000 (3.2), sub kegiatan 16.000 and 21.000 (3.2), both tables
    of unknown scale in thousands; SIPD 36/36/16/20 million. .0002: +1.000.000 in thousands, kritis; the kegiatan
    +1.000.000 = its children's: info. The program in thousands +1.001.000, its kegiatan's (told) +1.000.000:
    Rp1.000 apart. Both cells rounded half up: the program's exact value in [37.000.500, 37.001.500), the
    kegiatan's in [36.999.500, 37.000.500): never equal, so the program has a difference of its own (the bound,
    Rp500 + Rp500, is strict where parent and child are both rounded, ``findings.document._toleransi_bulat``).
    As written 37.001 - 36.000.000 = -35.962.999: kritis, nilai_rp 1.001.000. Old: info (bound taken inclusive)."""
    kode = [PROG, KEG, f"{KEG}.0001", f"{KEG}.0002"]
    level = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"]
    dok = _dok(list(zip(level, kode, [37_001.0, 37_000.0, 16_000.0, 21_000.0], [T33, T32, T32, T32])))
    out = _rekonsiliasi(monkeypatch, dok, _sp(list(zip(level, kode, [36e6, 36e6, 16e6, 20e6]))), 1000.0, 1000.0)
    assert {k: (v[0], v[2]) for k, v in out.items() if v[0] != "info"} == {10: ("kritis", 1_001_000.0),
                                                                         13: ("kritis", 1_000_000.0)}
    assert out[11][0] == "info"


def test_summary_names_a_table_fitting_no_one_scale():
    # REV-BE BE4: the only kritis a table-level dokumen_vs_sipd_skala: the summary said "pagu 0 baris" alone
    temuan = pd.DataFrame({"jenis": ["dokumen_vs_sipd_skala"], "kolom": ["pagu_rp"], "tingkat": ["kritis"]})
    tabel = pd.DataFrame({"kecocokan": ["kode"], "level": ["sub_kegiatan"], "berkas": ["sipd.json"],
                          "nama_dokumen": ["A"], "nama_sipd": ["A"]})
    doc = NS(rekonsiliasi=tabel, temuan=temuan, kesesuaian=None,
             sipd=NS(rencana=pd.DataFrame({"berkas": ["sipd.json"], "nama_skpd": ["DINAS X"]})))
    akhir = narrative.ringkasan_rekonsiliasi(doc).splitlines()[-1]
    assert akhir.startswith("Perbedaan: pagu 0 baris, ")
    assert "; 1 tabel yang pagunya tidak sesuai dengan SIPD dalam satu skala mana pun" in akhir
