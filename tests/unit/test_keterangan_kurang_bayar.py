"""A keterangan naming a shortfall of payment ("kurang bayar") announces no cut of the pagu
(hostile review REV-C). Expected values derived by hand in the comments."""
import pandas as pd
from temuan_uji import evaluasi_keterangan as _ev, pergeseran_baris as _shift

from renja_analysis.findings import document as f


def test_kurang_bayar_and_its_kin_announce_no_change():
    # a payment's or a transfer's shortfall, an overpayment, what remains short, an allowance
    # (TPP): none of them says which way the pagu moved -> NA, never -5.000.000
    s = pd.Series(["Kurang bayar Rp 5.000.000", "Kurang Bayar tahun 2023 Rp. 5.000.000,-",
                   "Pembayaran kurang bayar Rp 5 juta", "Kurang salur DBH Rp 2.000.000",
                   "kurangbayar Rp 7.000", "Sisa kurang Rp 3.000.000", "Lebih bayar Rp 1.000.000",
                   "Kekurangan pembayaran Rp 4.000.000", "Tambahan Penghasilan Pegawai Rp 9.000.000"])
    assert f.perubahan_dari_keterangan(s).isna().all()


def test_a_change_beside_a_kurang_bayar_is_read_alone():
    # "Penambahan Rp 5.000.000 untuk kurang bayar Rp 5.000.000": the one direction word is
    # "Penambahan" -> +5.000.000 (the old reading netted +5 and -5 to 0); the plain verbs of a cut
    # keep their sign: "Kurang Rp 500.000", "Dikurangi Rp 500.000", "Berkurang Rp 500.000" -> -500.000
    s = pd.Series(["Penambahan Rp 5.000.000 untuk kurang bayar Rp 5.000.000",
                   "Tambahan Rp 9.000.000 untuk Tambahan Penghasilan",
                   "Kurang Rp 500.000", "Dikurangi Rp 500.000", "Berkurang Rp 500.000",
                   "Pengembalian lebih bayar Rp 1.000.000 (pengurangan Rp 1.000.000)"])
    assert f.perubahan_dari_keterangan(s).tolist() == [5_000_000, 9_000_000, -500_000, -500_000, -500_000,
                                                       -1_000_000]


def test_kurang_bayar_is_no_keterangan_tidak_cocok():
    # the pagu rose by 5.000.000 to settle last year's shortfall: nothing announced, nothing to
    # contradict (the old reading said "berkurang Rp5.000.000, tetapi ... bertambah")
    assert f.keterangan_tidak_cocok(_ev("Kurang bayar Rp 5.000.000 tahun 2023"), _shift(5_000_000.0)).empty
    t = f.keterangan_tidak_cocok(_ev("Penambahan Rp 5.000.000 untuk kurang bayar Rp 5.000.000"),
                                 _shift(5_000_000.0))
    assert t["jenis"].astype(str).tolist() == ["keterangan_cocok"]


def test_other_wordings_of_a_shortfall_announce_no_change():
    # REV-G G9: the payment's noun ("pembayaran", "penyaluran", "penyetoran"), "kurangnya" and two
    # spaces after "sisa" are the same shortfall -> NA; a plain "Kurang Rp" stays a cut
    s = pd.Series(["Kurang pembayaran Rp 5 juta", "Kurang penyaluran Rp 5.000.000", "Kurang penyetoran Rp 5.000",
                   "sisa  kurang Rp 5.000.000", "Kurangnya bayar Rp 5 juta"])
    assert f.perubahan_dari_keterangan(s).isna().all()
    assert f.perubahan_dari_keterangan(pd.Series(["Kurang Rp 5 juta", "Pengurangan Rp 5.000.000"])).tolist() == \
        [-5_000_000, -5_000_000]
