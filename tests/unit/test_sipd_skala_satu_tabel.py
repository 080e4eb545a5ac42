"""SIPD pagu of a table of unknown scale: rows fitting SIPD under opposite readings (REV-AU AU3).

A table has one scale. Each row of unknown scale is silent where it fits SIPD under either reading
(``reconciliation._pagu_dua``); where one row fits only as written and another only in millions, at least one of
them truly differs, and before AU3 both were silent. ``reconciliation._skala_satu_tabel`` reports it: one
``dokumen_vs_sipd_skala`` kritis per table. All expectations derived by hand below; SIPD is consistent in every
case (the kegiatan's pagu is its sub kegiatan's sum, Rp46.000.000).

Tabel 3.2 of unknown scale, second reading millions; SIPD kegiatan 1.01.02.2.01 Rp46.000.000, sub kegiatan .0001
Rp16.000.000, .0002 Rp20.000.000, .0003 Rp10.000.000.

- agree: written 46 / 16 / 20 / 10: every row fits only in millions (x 1.000.000 = SIPD exactly): no finding.
- opposite: written 46 / 16 / 20.000.000 / 10. .0001 and .0003 fit only in millions (as written 16 and 10 are
  Rp15.999.984 and Rp9.999.990 below SIPD); .0002 fits only as written (in millions 20.000.000.000.000 is
  Rp19.999.980.000.000 above SIPD). So as written .0001 and .0003 differ, together 15.999.984 + 9.999.990 =
  Rp25.999.974; in millions .0002 differs, Rp19.999.980.000.000. One kritis for Tabel 3.2 (both sums in its
  message, no nilai_rp: REV-BE BE3), on line 11 (the first sub kegiatan's). The kegiatan (46, fits only in millions) is a parent: its
  level is compared on its own and shows no contradiction; it is not listed with its children. Before: no
  finding at all on the sub kegiatan (each fits one reading).
- one row fitting neither: written 46 / 16 / 21 / 10. .0002: as written 21 - 20.000.000, in millions +1.000.000 >
  Rp500.000 (half of 1 million): its own kritis, nilai_rp 1.000.000 (as before); .0001 and .0003 fit only in
  millions, no row fits only as written: no new finding.
"""

import numpy as np
import pandas as pd

from renja_analysis.findings import reconciliation as rc
from tests.unit.test_sipd_dua_bacaan_lapor import temuan_buatan

T32 = rc._REVIEW
KEG = "1.01.02.2.01"
KODE = [KEG, f"{KEG}.0001", f"{KEG}.0002", f"{KEG}.0003"]
LEVEL = ["kegiatan"] + ["sub_kegiatan"] * 3
SIPD = [46e6, 16e6, 20e6, 10e6]


def _dok(tulis):
    """Tabel 3.2 rows (``KODE``) written ``tulis``, of unknown scale (``skala_pagu`` NaN), lines 10..13."""
    n = len(tulis)
    return pd.DataFrame({
        "level": pd.Series(LEVEL, dtype="string"), "kode": pd.Series(KODE, dtype="string"),
        "nama": pd.Series([f"Baris {k}" for k in KODE], dtype="string"),
        "indikator": pd.Series([pd.NA] * n, dtype="string"), "target": pd.Series([np.nan] * n, dtype="Float64"),
        "satuan": pd.Series([pd.NA] * n, dtype="string"), "pagu_rp": pd.Series(tulis, dtype="Float64"),
        "tabel": pd.Series([T32] * n, dtype="string"), "baris_sumber": pd.Series(range(10, 10 + n), dtype="Int64"),
        "baris_review": pd.Series([pd.NA] * n, dtype="Int64"),
        "pagu_apbd_rp": pd.Series([np.nan] * n, dtype="Float64"), "pagu_rkpd_rp": pd.Series([np.nan] * n, dtype="Float64"),
        "tabel_pagu": pd.Series([T32] * n, dtype="string"), "skala_pagu": np.full(n, np.nan),
        "baris_pagu": pd.Series([pd.NA] * n, dtype="Int64")})


def _sp():
    n = len(KODE)
    return pd.DataFrame({"level": LEVEL, "kode": KODE, "kode_sipd": KODE, "nama": [f"Baris {k}" for k in KODE],
                         "pagu_rp": SIPD, "berkas": "sipd.json", "baris_sumber": range(1, n + 1), "tanpa_pagu": 0,
                         "urutan": range(1, n + 1)})


def _temuan(monkeypatch, tulis, lain32=1e6):
    """``rekonsiliasi`` of the hand-made rows (``test_sipd_dua_bacaan_lapor.temuan_buatan``): its findings."""
    return temuan_buatan(monkeypatch, _dok(tulis), _sp(), lain32)


def _skala(t):
    return t[t["jenis"].astype(str) == "dokumen_vs_sipd_skala"]


def _pagu(t):
    f = t[(t["jenis"].astype(str) == "dokumen_vs_sipd") & (t["kolom"] == "pagu_rp")]
    return {int(b): (str(k), v) for b, k, v in zip(f["baris_sumber"], f["tingkat"], f["nilai_rp"])}


def test_readings_agree_no_finding(monkeypatch):
    t = _temuan(monkeypatch, [46.0, 16.0, 20.0, 10.0])
    assert _skala(t).empty
    assert _pagu(t) == {}


def test_opposite_readings_one_kritis(monkeypatch):
    t = _temuan(monkeypatch, [46.0, 16.0, 20_000_000.0, 10.0])
    s = _skala(t)
    # old (main): no finding at all; each sub kegiatan fits SIPD under one reading
    assert len(s) == 1
    r = s.iloc[0]
    # no nilai_rp: a listed row may be in its parent's own difference too (REV-BE BE3); the sums are in the message
    assert (r["tingkat"], pd.isna(r["nilai_rp"]), int(r["baris_sumber"]), r["kolom"]) == ("kritis", True, 11, "pagu_rp")
    assert r["tabel"] == f"{T32} vs SIPD"
    assert ("1 sub kegiatan hanya sesuai bila dibaca dalam rupiah, 2 sub kegiatan lain hanya sesuai bila dibaca "
            "dalam jutaan rupiah, padahal satu tabel memakai satu skala") in r["pesan"]
    assert "sekurang-kurangnya satu pagu berbeda dari SIPD, tetapi baris mana yang berbeda tidak dapat dipastikan" \
        in r["pesan"]
    assert (f"bila dibaca dalam rupiah, pagu {KEG}.0001 \u201cBaris {KEG}.0001\u201d dan {KEG}.0003 \u201cBaris "
            f"{KEG}.0003\u201d berbeda dari SIPD (jumlah selisihnya Rp25.999.974)") in r["pesan"]
    assert (f"bila dibaca dalam jutaan rupiah, pagu {KEG}.0002 \u201cBaris {KEG}.0002\u201d berbeda dari SIPD "
            "(jumlah selisihnya Rp19.999.980.000.000)") in r["pesan"]
    assert f"{KEG} \u201cBaris {KEG}\u201d" not in r["pesan"]      # the kegiatan: not listed with its children
    # the per-row findings are unchanged: no sub kegiatan row has a pagu finding of its own
    assert not set(_pagu(t)) & {11, 12, 13}


def test_one_row_fitting_neither_keeps_its_own_kritis(monkeypatch):
    t = _temuan(monkeypatch, [46.0, 16.0, 21.0, 10.0])
    assert _skala(t).empty
    assert _pagu(t)[12] == ("kritis", 1_000_000.0)


def test_rows_without_a_line_give_the_finding_without_one():
    # REV-BE BE2: rows listed with no line (baris_pagu and baris_sumber NA) raised "cannot convert float NaN to
    # integer"; now the finding has no line. By hand: A 16 against Rp16.000.000 fits only in millions, B 20.000.000
    # against Rp20.000.000 only as written: one kritis
    dok = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "kode": ["1.01.0001", "1.01.0002"], "nama": ["A", "B"],
                        "pagu_rp": [16.0, 20_000_000.0], "tabel_pagu": [T32] * 2,
                        "baris_sumber": pd.array([pd.NA, pd.NA], dtype="Int64"), "baris_pagu": [pd.NA] * 2})
    r = rc._skala_satu_tabel(dok, np.array([True, True]), np.array([16e6, 20e6]), np.zeros(2), pd.Series([1e6, 1e6]))
    assert [(x["tingkat"], pd.isna(x["baris_sumber"])) for x in r] == [("kritis", True)]
