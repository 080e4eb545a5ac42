import math

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from renja_analysis.metrics import (
    PREDIKAT,
    capaian,
    harapan_triwulan,
    predikat,
    rata_capaian,
    relatif_terhadap_harapan,
    serapan,
    serapan_agregat,
    status_pelaksanaan,
    tambah_metrik,
    tambah_status,
)

finite = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e12, allow_nan=False, allow_infinity=False)


def test_capaian_by_hand():
    assert capaian(3, 4) == 75.0
    assert capaian(20, 10) == 200.0
    assert capaian(0, 555) == 0.0
    assert capaian(80, 100, arah="turun") == 120.0     # (1 + (1 - 0.8)) x 100
    assert capaian(120, 100, arah="turun") == 80.0
    assert capaian(5, 0) is pd.NA
    assert capaian(None, 4) is pd.NA
    assert capaian(3, None) is pd.NA


def test_capaian_series_and_directions():
    r = pd.Series([1.0, 2.0, 3.0])
    t = pd.Series([4.0, 4.0, 0.0])
    out = capaian(r, t, arah=pd.Series(["naik", "turun", "naik"]))
    assert out.name == "capaian"
    assert out.tolist()[:2] == [25.0, 150.0] and out.isna().tolist()[2]
    with pytest.raises(ValueError):
        capaian(1, 2, arah="atas")


def test_serapan_by_hand():
    assert serapan(1_683_391_529, 2_992_759_325) == pytest.approx(56.24881075)
    assert serapan(10, 0) is pd.NA
    df = pd.DataFrame({"r": [5.0, 0.0], "p": [10.0, 0.0]})
    assert df.pipe(lambda d: serapan(d["r"], d["p"])).tolist()[0] == 50.0


@pytest.mark.parametrize("x, label", [
    (91, "Sangat Tinggi"), (90.0001, "Sangat Tinggi"), (90, "Tinggi"), (75.5, "Tinggi"),
    (75, "Sedang"), (65.01, "Sedang"), (65, "Rendah"), (50.01, "Rendah"), (50, "Sangat Rendah"),
    (0, "Sangat Rendah"), (250, "Sangat Tinggi"),
])
def test_predikat_boundaries(x, label):
    assert predikat(x) == label


def test_predikat_types():
    assert predikat(None) is pd.NA
    assert isinstance(predikat(60), str)
    s = predikat(pd.Series([10.0, None, 95.0]))
    assert s.cat.ordered and list(s.cat.categories) == PREDIKAT
    assert s.isna().tolist() == [False, True, False]
    # relative to the TW II expectation: 40 % of the year = 80 % of what is due
    assert predikat(40, harapan=50) == "Tinggi"


def test_harapan_and_relatif():
    assert [harapan_triwulan(t) for t in (1, 2, 3, 4)] == [25.0, 50.0, 75.0, 100.0]
    assert harapan_triwulan(3, rencana=pd.Series([60.0, None])).tolist() == [60.0, 75.0]
    assert relatif_terhadap_harapan(30, triwulan=2) == 60.0
    with pytest.raises(ValueError):
        harapan_triwulan(5)


def test_aggregates_ratio_of_sums_vs_mean_of_ratios():
    df = pd.DataFrame({"program": ["A", "A", "B"], "pagu_rp": [100.0, 300.0, 50.0],
                       "realisasi_rp": [100.0, 0.0, 25.0], "capaian_k": [100.0, 0.0, None]})
    assert serapan_agregat(df) == pytest.approx(125 / 450 * 100)     # not mean(100, 0, 50)
    assert serapan_agregat(df, by="program").tolist() == [25.0, 50.0]
    assert rata_capaian(df) == 50.0                                   # NA row left out
    assert rata_capaian(df, by="program").isna().tolist() == [False, True]


def test_tambah_metrik_hides_unmeasured_outcomes():
    df = pd.DataFrame({"level": ["program", "sub_kegiatan"], "target_k": [83.0, 4.0],
                       "realisasi_k": [0.0, 0.0], "pagu_rp": [10.0, 10.0], "realisasi_rp": [5.0, 5.0]})
    out = tambah_metrik(df, triwulan=2)
    assert out["predikat_k"].isna().tolist() == [True, False]
    # the program's capaian is "belum diukur" (NA), the sub kegiatan's a real 0 of 4
    assert out["capaian_k"].isna().tolist() == [True, False] and out.loc[1, "capaian_k"] == 0.0
    assert out["predikat_rp"].tolist() == ["Sangat Tinggi", "Sangat Tinggi"]   # 50 % of 50 % due


def test_scheduled_rows_get_no_predikat():
    # one scheduled (keterangan names TW III), one due with nothing done, one half done
    df = pd.DataFrame({"level": ["sub_kegiatan"] * 3 + ["program"], "target_k": [4.0, 4.0, 4.0, 9.0],
                       "realisasi_k": [0.0, 0.0, 1.0, 0.0], "pagu_rp": [10.0] * 4,
                       "realisasi_rp": [0.0, 0.0, 5.0, 5.0],
                       "keterangan": ["Dilaksanakan di triwulan 3", None, None, None]})
    out = tambah_status(tambah_metrik(df, triwulan=2), triwulan=2)
    assert out["status"].tolist()[:3] == ["belum_dilaksanakan", "tertinggal", "tertinggal"]
    # scheduled: no predikat at all; due and empty: Sangat Rendah; 25 % of 50 % due = 50 -> Sangat Rendah
    assert out["predikat_k"].isna().tolist() == [True, False, False, True]
    assert out["predikat_rp"].isna().tolist() == [True, False, False, False]
    assert out.loc[1, "predikat_k"] == "Sangat Rendah"
    assert out.loc[0, "capaian_k"] == 0.0          # the value stays; averages leave the row out


def test_a_program_all_scheduled_gets_no_predikat():
    # program P: both sub kegiatan scheduled, nothing spent; program Q: one due sub kegiatan
    df = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "program", "sub_kegiatan"],
                       "program": ["P", "P", "P", "Q", "Q"], "target_k": [5.0, 2.0, 2.0, 5.0, 2.0],
                       "realisasi_k": [0.0] * 5, "pagu_rp": [20.0, 10.0, 10.0, 10.0, 10.0],
                       "realisasi_rp": [0.0] * 5,
                       "keterangan": [None, "Dilaksanakan ditribulan 3", "TW IV dilaksanakan di tw 4", None, None]})
    out = tambah_status(tambah_metrik(df, triwulan=2), triwulan=2)
    assert out["status"].tolist()[1:3] == ["belum_dilaksanakan", "belum_dilaksanakan"]
    # P's serapan 0 % is not judged; Q's serapan 0 % of a due sub kegiatan is Sangat Rendah
    assert out["predikat_rp"].isna().tolist() == [True, True, True, False, False]


def test_status_thresholds_are_parameters():
    df = pd.DataFrame({"level": ["sub_kegiatan"], "realisasi_k": [1.0], "realisasi_rp": [1.0],
                       "capaian_k": [30.0], "serapan_rp": [30.0], "harapan_tw": [50.0],
                       "keterangan": [None]})
    assert status_pelaksanaan(df).iloc[0] == "tertinggal"                 # 60 % of due < 75
    assert status_pelaksanaan(df, batas_tertinggal=50).iloc[0] == "sesuai_rencana"


def test_status_needs_something_to_judge():
    # hostile review: a sub kegiatan with no target and no pagu (empty cells, or "-" read as 0 Rp
    # and no target) was "sesuai_rencana", with nothing on the row saying so. By hand: row 0 has
    # no target and pagu 0 -> no capaian, no serapan -> not judged; row 1 has a target 4, 2
    # realised (capaian 50 = harapan at TW II) and no pagu -> judged by its capaian: on plan;
    # row 2 has no target, pagu 10, 5 spent (serapan 50) -> judged by its serapan: on plan
    df = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "target_k": [None, 4.0, None],
                       "realisasi_k": [0.0, 2.0, 1.0], "pagu_rp": [0.0, None, 10.0],
                       "realisasi_rp": [0.0, None, 5.0], "keterangan": [None, None, None]}).astype(
        {"target_k": "Float64", "pagu_rp": "Float64", "realisasi_rp": "Float64"})
    out = tambah_status(tambah_metrik(df, triwulan=2), triwulan=2)
    assert out["capaian_k"].isna().tolist() == [True, False, True]
    assert out["serapan_rp"].isna().tolist() == [True, True, False]
    assert out["status"].isna().tolist() == [True, False, False]
    assert out["status"].tolist()[1:] == ["sesuai_rencana", "sesuai_rencana"]
    # the counts shown (table and chart of the overview) count every sub kegiatan: 2 + 1 = 3
    from renja_analysis.present import plots, summary
    tabel = summary.jumlah_status(out)
    assert tabel["Jumlah sub kegiatan"].sum() == 3
    assert tabel.loc["Tanpa status (tanpa target maupun pagu)", "Jumlah sub kegiatan"] == 1
    fig = plots.jumlah_status(out)
    assert "Tanpa status (tanpa target maupun pagu)" in [t.get_text() for t in fig.axes[0].texts] + [
        t.get_text() for t in fig.axes[0].get_yticklabels()] + [t.get_text() for t in fig.texts]


def test_status_scheduled_needs_the_keterangan():
    base = {"level": ["sub_kegiatan"] * 2, "realisasi_k": [0.0, 0.0], "realisasi_rp": [0.0, 0.0],
            "capaian_k": [0.0, 0.0], "serapan_rp": [0.0, 0.0], "harapan_tw": [50.0, 50.0]}
    df = pd.DataFrame(base | {"keterangan": ["Dilaksanakan Di tribulan3", "Menunggu juknis"]})
    assert status_pelaksanaan(df, triwulan=2).tolist() == ["belum_dilaksanakan", "tertinggal"]


# --- properties ------------------------------------------------------------------------

@given(r=finite, t=positive)
def test_capaian_naik_and_turun_mirror_around_100(r, t):
    naik, turun = capaian(r, t), capaian(r, t, arah="turun")
    # exact up to float rounding of the ratio's magnitude
    assert naik + turun == pytest.approx(200.0, abs=1e-12 * max(1.0, naik))


@given(r=finite, t=positive, k=st.floats(min_value=1e-3, max_value=1e3))
def test_capaian_is_scale_free(r, t, k):
    assert capaian(r * k, t * k) == pytest.approx(capaian(r, t), rel=1e-9, abs=1e-9)


@given(r=finite)
def test_zero_target_is_never_zero_or_infinite(r):
    assert capaian(r, 0) is pd.NA and serapan(r, 0) is pd.NA


@given(xs=st.lists(st.floats(min_value=-10, max_value=500, allow_nan=False), min_size=1, max_size=30))
@settings(max_examples=50)
def test_predikat_is_monotone(xs):
    s = pd.Series(sorted(xs))
    codes = predikat(s).cat.codes.tolist()
    assert codes == sorted(codes)
    assert [predikat(x) for x in s] == predikat(s).astype(str).tolist()


@given(pagu=st.lists(positive, min_size=1, max_size=10), frac=st.floats(min_value=0, max_value=1))
@settings(max_examples=50)
def test_serapan_agregat_is_bounded_by_row_extremes(pagu, frac):
    df = pd.DataFrame({"pagu_rp": pagu, "realisasi_rp": [p * frac for p in pagu]})
    assert serapan_agregat(df) == pytest.approx(frac * 100, rel=1e-6, abs=1e-6)
    assert not math.isinf(serapan_agregat(df))


def test_scalar_path_gives_plain_floats_and_na():
    # plain Python floats, not numpy scalars or one-element Series
    for value in (capaian(3, 4), serapan(1, 4), relatif_terhadap_harapan(25, triwulan=2), harapan_triwulan(3)):
        assert type(value) is float
    assert (capaian(3, 4), serapan(1, 4), harapan_triwulan(3)) == (75.0, 25.0, 75.0)
    assert harapan_triwulan(2, rencana=40.0) == 40.0 and harapan_triwulan(2, rencana=None) == 50.0
    assert predikat(float("inf")) == "Sangat Tinggi" and predikat(float("-inf")) is pd.NA
    assert predikat(float("nan")) is pd.NA and predikat(30, harapan=0) is pd.NA
    # text is read the way pandas reads it, as before
    assert capaian("3", "4") == 75.0


def test_status_pattern_only_decides_rows_with_nothing_realised():
    # the keterangan says 'later quarter' on all rows; only the sub kegiatan with K and Rp
    # both 0 is belum_dilaksanakan, the one with spending is serapan_tanpa_output
    ket = "Dilaksanakan ditribulan 3 dan 4"
    df = pd.DataFrame({"level": ["sub_kegiatan", "sub_kegiatan", "kegiatan"], "realisasi_k": [0.0, 0.0, 0.0],
                       "realisasi_rp": [0.0, 5.0, 0.0], "capaian_k": [0.0, 0.0, 0.0],
                       "serapan_rp": [0.0, 50.0, 0.0], "harapan_tw": [50.0] * 3, "keterangan": [ket] * 3})
    out = status_pelaksanaan(df, triwulan=2)
    assert out.tolist()[:2] == ["belum_dilaksanakan", "serapan_tanpa_output"] and pd.isna(out.iloc[2])
    assert list(out.cat.categories)[0] == "belum_dilaksanakan" and out.name == "status"


def test_tambah_metrik_leaves_the_input_frame_unchanged():
    df = pd.DataFrame({"level": ["sub_kegiatan"], "target_k": [4.0], "realisasi_k": [1.0],
                       "pagu_rp": [100.0], "realisasi_rp": [40.0]})
    before = df.copy()
    out = tambah_metrik(df, triwulan=2)
    out.loc[0, "target_k"] = 99.0
    pd.testing.assert_frame_equal(df, before)
