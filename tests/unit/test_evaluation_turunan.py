"""``tables.evaluation.turunan`` takes the matched Tabel 2.1 row of every Tabel 2.2 row once for
its three columns (issue 21): a hand-worked case."""
import pandas as pd

from renja_analysis.tables.evaluation import COLUMNS, turunan


def test_turunan_takes_matched_rows_by_hand():
    # 2.2 rows urutan 1, 2, 3; 2.1 row A matched to urutan 3, row B to none, row C to urutan 1
    t22 = pd.DataFrame({c: [None] * 3 for c in COLUMNS if c not in
                        ("target_renstra", "realisasi_k_tabel21", "capaian_renstra_dokumen", "capaian_k", "serapan_rp")})
    t22["urutan"] = pd.array([1, 2, 3], dtype="Int64")
    for col, values in (("target_k", [10.0, 4.0, 8.0]), ("realisasi_k", [5.0, None, 2.0]),
                        ("pagu_rp", [100.0, 0.0, 50.0]), ("realisasi_rp", [25.0, 3.0, None])):
        t22[col] = pd.array(values, dtype="Float64")
    t21 = pd.DataFrame({"urutan_evaluasi": pd.array([3, None, 1], dtype="Int64"),
                        "target_renstra": pd.array([30.0, 99.0, 11.0], dtype="Float64"),
                        "realisasi_k": pd.array([7.0, 99.0, None], dtype="Float64"),
                        "capaian_renstra_dokumen": pd.array([40.0, 99.0, 12.5], dtype="Float64")})
    out = turunan(t22, t21)
    assert list(out.columns) == COLUMNS
    assert out["target_renstra"].tolist() == [11.0, pd.NA, 30.0]
    assert out["realisasi_k_tabel21"].tolist() == [pd.NA, pd.NA, 7.0]
    assert out["capaian_renstra_dokumen"].tolist() == [12.5, pd.NA, 40.0]
    assert str(out["target_renstra"].dtype) == "Float64"
    # capaian 5/10 = 50 %, an unreported realisation judged 0, 2/8 = 25 %; serapan 25 %, none of 0, 0 %
    assert out["capaian_k"].tolist() == [50.0, 0.0, 25.0]
    assert out["serapan_rp"].tolist()[0] == 25.0 and out["serapan_rp"].tolist()[2] == 0.0
