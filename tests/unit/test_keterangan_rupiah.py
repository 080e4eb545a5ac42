"""Amounts a keterangan writes that are no rupiah change as read (hostile review REV-C C6): a unit
of area after the figure, and a multiplier word after a figure already in full rupiah. Expected
values derived by hand in the comments."""
import pandas as pd
from temuan_uji import evaluasi_keterangan as _ev, pergeseran_baris as _shift

from renja_analysis.findings import document as f


def test_a_unit_of_area_is_no_rupiah_amount():
    # "Rp 300 m2": 300 square metres, not Rp300 (and not 30 with a "0 m2" left over) -> no change
    # announced; the same with m², m3, km and ha. "Rp 3 M" stays 3 miliar, "Rp 2 juta" 2.000.000
    s = pd.Series(["Penambahan Rp 300 m2 ...", "Penambahan Rp 300 m\u00b2", "Pengurangan Rp 12 m3 urugan",
                   "Penambahan Rp 5 km jalan", "Penambahan Rp 2 ha", "Penambahan Rp 3 M untuk pembangunan",
                   "Penambahan Rp 2 juta"])
    got = f.perubahan_dari_keterangan(s)
    assert got.iloc[:5].isna().all()
    assert got.iloc[5:].tolist() == [3e9, 2e6]


def test_m2_beside_a_real_amount_leaves_the_amount():
    # "Penambahan Rp 300 m2 ... penambahan Rp 4.000.000": the first is an area, the second the change
    assert f.perubahan_dari_keterangan(pd.Series(["Penambahan Rp 300 m2 lahan, penambahan Rp 4.000.000"])
                                       ).tolist() == [4e6]


def test_a_word_after_a_full_figure_multiplies_nothing():
    # "RP 1.000.000 M": 1.000.000 is written in full rupiah (a million and more); x 10^9 would be
    # Rp10^15, no change a Renja announces -> Rp1.000.000. "Rp 1.500 juta" (below a million) stays
    # 1.500 x 10^6 = 1.500.000.000; "Rp 2.000.000,- jt" -> 2.000.000
    s = pd.Series(["Penambahan RP 1.000.000 M", "Penambahan Rp 1.500 juta", "Pengurangan Rp 2.000.000,- jt",
                   "Pagu dari Rp 1.000.000 M menjadi Rp 3.000.000 M"])
    assert f.perubahan_dari_keterangan(s).tolist() == [1e6, 1.5e9, -2e6, 2e6]


def test_keterangan_tidak_cocok_reads_the_full_figure():
    # the pagu went up Rp1.000.000, the keterangan says "Penambahan RP 1.000.000 M": they agree
    t = f.keterangan_tidak_cocok(_ev("Penambahan RP 1.000.000 M"), _shift(1_000_000.0))
    assert t["jenis"].astype(str).tolist() == ["keterangan_cocok"]
    assert t["nilai_dokumen"].tolist() == [1e6]
    # "Penambahan Rp 300 m2" announces no rupiah change: nothing to compare, no finding
    assert len(f.keterangan_tidak_cocok(_ev("Penambahan Rp 300 m2"), _shift(0.0))) == 0
