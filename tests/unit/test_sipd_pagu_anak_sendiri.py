"""A parent's pagu difference from SIPD is its children's only where what lies beyond its told children's
differences is within what rounding truly allows under the reading in use (REV-AZ AZ1, AZ3), and a rounded cell
lies at most half a unit above SIPD's exact rupiah and STRICTLY less than half a unit below it (rounded half up,
``docs/panduan.md``; AZ4). Every expectation derived by hand in its test's docstring; SIPD consistent in every
case (a parent's pagu is its children's sum)."""

import numpy as np
import pytest

from tests.unit.test_sipd_dua_bacaan_lapor import KEG, T32, _dok, _rekonsiliasi, _sp

SUB = [f"{KEG}.000{i}" for i in (1, 2, 3)]


def _pasti(rows, skala):
    """rows: (level, kode, pagu as written) of a Tabel 3.2 of known scale ``skala`` (pagu_rp as read)."""
    dok = _dok([(lv, k, v * skala, T32) for lv, k, v in rows])
    return dok.assign(skala_pagu=float(skala))


def test_parent_one_unit_off_its_only_child_unknown_scale(monkeypatch):
    """AZ1. Unknown scale, second reading millions. SIPD kegiatan Rp9.000.000 over its only sub kegiatan
    Rp9.000.000; the document writes the kegiatan 11, the sub kegiatan 10.

    - sub: as rupiah 10 - 9.000.000 = -8.999.990; in millions +1.000.000 > Rp500.000: kritis, nilai 1.000.000,
      told under both readings;
    - kegiatan: as rupiah -8.999.989, the told child's -8.999.990: Rp1 beyond it, and as rupiah both cells are
      exact (no rounding at all): Rp1 of its own; in millions +2.000.000, the child's +1.000.000: Rp1.000.000
      beyond, the room its own half unit (Rp500.000, a whole million written) and the child's (Rp500.000),
      strictly less than Rp1.000.000: its own. A difference of its own under both: kritis, nilai the smaller, 2.000.000.
      Before: info "bila dibaca dalam rupiah, selisih ... seluruhnya berasal dari selisih pagu sub kegiatan"
      (the Rp1 floor of the rupiah reading taken as the children's rounding), Rp1.000.000 hidden."""
    dok = _dok([("kegiatan", KEG, 11.0, T32), ("sub_kegiatan", SUB[0], 10.0, T32)])
    sp = _sp([("kegiatan", KEG, 9e6), ("sub_kegiatan", SUB[0], 9e6)])
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=1e6)
    assert (out[11][0], out[11][2]) == ("kritis", 1_000_000.0)
    assert (out[10][0], out[10][2]) == ("kritis", 2_000_000.0)


def test_parent_rupiah_one_off_its_only_child_known_scale(monkeypatch):
    """AZ1/AZ3 in a table known in rupiah: kegiatan Rp9.000.011 over its only sub kegiatan Rp9.000.010, SIPD
    Rp9.000.000 both. The sub: +Rp10 > Rp1, kritis. The kegiatan: +Rp11, the child's +Rp10: Rp1 of its own
    (exact cells, no rounding): kritis, nilai 11. Before: info (|11 - 10| <= Rp1, the old guard)."""
    dok = _pasti([("kegiatan", KEG, 9_000_011.0), ("sub_kegiatan", SUB[0], 9_000_010.0)], 1)
    sp = _sp([("kegiatan", KEG, 9e6), ("sub_kegiatan", SUB[0], 9e6)])
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=np.nan)
    assert (out[11][0], out[11][2]) == ("kritis", 10.0)
    assert (out[10][0], out[10][2]) == ("kritis", 11.0)


def test_known_thousands_child_not_counted_twice(monkeypatch):
    """AZ3 (counted twice). Known thousands. SIPD kegiatan Rp36.000.600 over Rp16.000.000 and Rp20.000.600; the
    document writes 16.001, 20.001 and the kegiatan 36.002 (their sum).

    - .0001: +Rp1.000 > Rp500: kritis, nilai 1.000; .0002: 20.001.000 - 20.000.600 = +400 <= Rp500: fits;
    - kegiatan: +Rp1.400 > 2 x Rp500 (its two sub kegiatan): beyond SIPD's; the told child's +1.000, 400 beyond,
      within its own Rp500 and the told child's Rp500 (strictly less than Rp1.000); and it is exactly the sum of
      its children's differences (1.000 + 400): its children's, info, nothing counted twice. Before: kritis
      Rp1.400 (the old guard asked the children's sum 1.400 to exceed floor(2 / 2) + 0,5 units, Rp1.500), the
      child's Rp1.000 counted again."""
    dok = _pasti([("kegiatan", KEG, 36_002.0), ("sub_kegiatan", SUB[0], 16_001.0),
                  ("sub_kegiatan", SUB[1], 20_001.0)], 1000)
    sp = _sp([("kegiatan", KEG, 36_000_600.0), ("sub_kegiatan", SUB[0], 16e6), ("sub_kegiatan", SUB[1], 20_000_600.0)])
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=np.nan)
    assert (out[11][0], out[11][2]) == ("kritis", 1_000.0)
    assert 12 not in out
    assert out[10][0] == "info" and "seluruhnya berasal dari selisih pagu sub kegiatan" in out[10][1]


def test_known_thousands_parent_own_difference_not_hidden(monkeypatch):
    """AZ3 (hidden). Known thousands. SIPD kegiatan Rp46.000.000 over 16, 20 and 10 million; the document writes
    16.002, 20.000, 10.000 and the kegiatan 46.003.

    - .0001: +Rp2.000: kritis; the others fit exactly;
    - kegiatan: +Rp3.000 > 3 x Rp500; the told child's +2.000: Rp1.000 beyond it, and its own Rp500 plus the told
      child's Rp500 allow strictly less than Rp1.000 (the children that fit SIPD leave no room, REV-AZ AZ2); nor is
      it the sum of its children's cells (46.002): Rp1.000 of its own, kritis, nilai 3.000. Before: info (|3.000 -
      2.000| within floor(3 / 2) + 0,5 units, Rp1.500, the old guard)."""
    dok = _pasti([("kegiatan", KEG, 46_003.0), ("sub_kegiatan", SUB[0], 16_002.0), ("sub_kegiatan", SUB[1], 20_000.0),
                  ("sub_kegiatan", SUB[2], 10_000.0)], 1000)
    sp = _sp([("kegiatan", KEG, 46e6), ("sub_kegiatan", SUB[0], 16e6), ("sub_kegiatan", SUB[1], 20e6),
              ("sub_kegiatan", SUB[2], 10e6)])
    out = _rekonsiliasi(monkeypatch, dok, sp, lain32=np.nan)
    assert (out[11][0], out[11][2]) == ("kritis", 2_000.0)
    assert (out[10][0], out[10][2]) == ("kritis", 3_000.0)
    assert set(out) == {10, 11}


@pytest.mark.parametrize("tulis, lain, sipd, hasil", [
    # exactly half a unit below: 4.150.000 rounds half up to 4,2 million and half to even to 4,2 too: 4,1 is no
    # rounding of it (AZ4, kritis; before: silent); 16,2 against Rp16.250.000: half to even gives 16,2 (an even
    # digit), within (REV-BC BC2: the first AZ4 fix made it kritis); Rp1 further: kritis
    (4.1, 1e6, 4_150_000.0, [("kritis", 50_000.0)]),
    (16.2, 1e6, 16_250_000.0, []),
    (16.2, 1e6, 16_250_001.0, [("kritis", 50_001.0)]),
    # 4.050.000 rounds half up to 4,1: +Rp50.000 is its rounding (silent before and after)
    (4.1, 1e6, 4_050_000.0, []),
    (4.1, 1e6, 4_149_999.0, []),
    # thousands: 4.150.500 half to even is 4.150 (-Rp500, the bound: silent, REV-BC BC2); 4.149.500 to 4.150
    # (+Rp500, within); 4.150.501 beyond (-Rp501)
    (4_150.0, 1000.0, 4_150_500.0, []),
    (4_150.0, 1000.0, 4_150_501.0, [("kritis", 501.0)]),
    (4_150.0, 1000.0, 4_149_500.0, []),
])
def test_half_unit_below_is_no_rounding_unknown_scale(monkeypatch, tulis, lain, sipd, hasil):
    """AZ4, a sub kegiatan of unknown scale (as rupiah it differs by millions: only the second reading matters)."""
    dok = _dok([("sub_kegiatan", SUB[0], tulis, T32)])
    out = _rekonsiliasi(monkeypatch, dok, _sp([("sub_kegiatan", SUB[0], sipd)]), lain32=lain)
    assert [(v[0], pytest.approx(v[2])) for v in out.values()] == hasil


@pytest.mark.parametrize("sipd, hasil", [(4_150_500.0, []), (4_150_501.0, [("kritis", 501.0)]), (4_149_500.0, [])])
def test_half_unit_below_is_no_rounding_known_thousands(monkeypatch, sipd, hasil):
    """AZ4 as REV-BC BC2 decided it, known thousands: 4.150 against Rp4.150.500 (half up 4.151, half to even
    4.150): -Rp500, at the bound, silent; Rp4.150.501: -Rp501, kritis; against Rp4.149.500 (rounds to 4.150):
    +Rp500, within its rounding."""
    out = _rekonsiliasi(monkeypatch, _pasti([("sub_kegiatan", SUB[0], 4_150.0)], 1000),
                        _sp([("sub_kegiatan", SUB[0], sipd)]), lain32=np.nan)
    assert [(v[0], pytest.approx(v[2])) for v in out.values()] == hasil


def _kode(monkeypatch, dok, sp, lain32):
    """All ``dokumen_vs_sipd`` findings by line: (kolom, tingkat, pesan)."""
    import tests.unit.test_sipd_dua_bacaan_lapor as lapor
    from renja_analysis.findings import reconciliation as rc
    hasil = {}
    asli = rc._frame

    def simpan(records, *a, **k):
        for r in records:
            if r.get("jenis") == "dokumen_vs_sipd":
                hasil.setdefault(int(r["baris_sumber"]) if r["baris_sumber"] is not None else None, []).append(
                    (r["kolom"], r["tingkat"], r["pesan"]))
        return asli(records, *a, **k)
    monkeypatch.setattr(rc, "_frame", simpan)
    lapor._rekonsiliasi(monkeypatch, dok, sp, lain32=lain32)
    return hasil


def test_parent_names_the_pagu_of_a_child_missing_from_sipd(monkeypatch):
    """AU7. Known rupiah: kegiatan Rp30.000.000 over .0001 Rp10.000.000 (in SIPD, equal) and .0002 Rp20.000.000
    (not in SIPD: its own kritis "tidak ditemukan di SIPD"); SIPD's kegiatan Rp10.000.000. The kegiatan is
    Rp20.000.000 above SIPD's, all of it .0002's pagu, told at .0002: its message says so (before it said only
    "dokumen lebih besar Rp20.000.000", counting .0002's pagu again as if a difference of its own)."""
    dok = _pasti([("kegiatan", KEG, 30e6), ("sub_kegiatan", SUB[0], 10e6), ("sub_kegiatan", SUB[1], 20e6)], 1)
    sp = _sp([("kegiatan", KEG, 10e6), ("sub_kegiatan", SUB[0], 10e6)])
    out = _kode(monkeypatch, dok, sp, np.nan)
    assert [(k, t) for k, t, _ in out[12]] == [("kode", "kritis")]
    (kolom, tingkat, pesan), = out[10]
    assert (kolom, tingkat) == ("pagu_rp", "kritis")
    assert pesan.endswith("dokumen lebih besar Rp20.000.000; pagu dokumen Renja harus sama dengan SIPD. Selisih itu "
                          "memuat pagu 1 sub kegiatan di bawahnya yang tidak ditemukan di SIPD (Rp20.000.000), yang "
                          "dilaporkan tersendiri; di luar itu pagunya sama dengan SIPD.")


def test_parent_names_a_missing_childs_pagu_beyond_it(monkeypatch):
    """AU7, unknown scale in millions: kegiatan 35 over .0001 written 10 (SIPD Rp10.000.000) and .0002 written 20
    (not in SIPD); SIPD's kegiatan Rp10.000.000. In millions the kegiatan is +Rp25.000.000: .0002's Rp20.000.000 and
    Rp5.000.000 beyond it; as rupiah 35 - 10.000.000 = -9.999.965: .0002's Rp20 and -9.999.985 beyond it."""
    dok = _dok([("kegiatan", KEG, 35.0, T32), ("sub_kegiatan", SUB[0], 10.0, T32), ("sub_kegiatan", SUB[1], 20.0, T32)])
    sp = _sp([("kegiatan", KEG, 10e6), ("sub_kegiatan", SUB[0], 10e6)])
    out = _kode(monkeypatch, dok, sp, 1e6)
    (kolom, tingkat, pesan), = out[10]
    assert (kolom, tingkat) == ("pagu_rp", "kritis")
    assert pesan.endswith("Selisih itu memuat pagu 1 sub kegiatan di bawahnya yang tidak ditemukan di SIPD, yang "
                          "dilaporkan tersendiri: bila dibaca dalam rupiah Rp20 (di luar itu dokumen lebih kecil "
                          "Rp9.999.985); bila dibaca dalam jutaan rupiah Rp20.000.000 (di luar itu dokumen lebih besar "
                          "Rp5.000.000).")


@pytest.mark.parametrize("sel, hasil", [
    # written 5.000,0 (one decimal): rounded to 0,1 thousand, Rp50; -Rp400 is beyond: kritis (before: silent, the
    # float 5000.0 read as 5.000, Rp500 of room)
    ("5.000,0", [("kritis", 400.0)]),
    # written 5.000 (whole): Rp500 of room, -Rp400 within: silent, before and after
    ("5.000", []),
])
def test_rounding_room_from_the_decimals_as_written(monkeypatch, sel, hasil):
    """AU6. Tabel 3.2 of unknown scale, second reading thousands: a sub kegiatan whose cell reads 5000 against SIPD
    Rp5.000.400. As rupiah 5.000 - 5.000.400 = -4.995.400: differs. In thousands 5.000.000 - 5.000.400 = -400:
    within half a unit of its last written digit only if that digit is the thousand's (Rp500), not if the cell is
    written ``5.000,0`` (half of 0,1 thousand: Rp50). The cells as written come from the document
    (``desimal_review``, ``tables.evaluation.sel_blok``) on the row's line 10."""
    from types import SimpleNamespace as NS

    import pyarrow as pa

    import tests.unit.test_sipd_dua_bacaan_lapor as lapor
    from renja_analysis.findings import reconciliation as rc
    from renja_analysis.tables.evaluation import SelTertulis
    dok = _dok([("sub_kegiatan", SUB[0], 5000.0, T32)])
    doc = NS(desimal_review=SelTertulis(pa.array(["1", sel]), np.array([10, 10])), desimal_rencana=None)
    asli = rc.rekonsiliasi
    monkeypatch.setattr(rc, "rekonsiliasi", lambda _doc, sipd, **k: asli(doc, sipd, **k))
    out = lapor._rekonsiliasi(monkeypatch, dok, _sp([("sub_kegiatan", SUB[0], 5_000_400.0)]), lain32=1000.0)
    assert [(v[0], pytest.approx(v[2])) for v in out.values()] == hasil


@pytest.mark.parametrize("tulis, skala, sipd, hasil", [
    # REV-BE BE1: a table known in millions, a cell written to 0,1 million: 4,5 against Rp5.000.000 is 0,5 off a
    # cell precise to 0,1 (its rounding 0,05): kritis Rp500.000 (the first BC2 fix read 4,5 at the million as 4,
    # even, and hid it); 12,5 against Rp13.000.000 likewise
    (4.5, 1e6, 5_000_000.0, [("kritis", 500_000.0)]),
    (12.5, 1e6, 13_000_000.0, [("kritis", 500_000.0)]),
    # a whole cell in millions, even, exactly half below: half to even (16.500.000 -> 16): silent
    (16.0, 1e6, 16_500_000.0, []),
])
def test_known_scale_half_below_of_a_finer_cell(monkeypatch, tulis, skala, sipd, hasil):
    out = _rekonsiliasi(monkeypatch, _pasti([("sub_kegiatan", SUB[0], tulis)], skala),
                        _sp([("sub_kegiatan", SUB[0], sipd)]), lain32=np.nan)
    assert [(v[0], pytest.approx(v[2])) for v in out.values()] == hasil
