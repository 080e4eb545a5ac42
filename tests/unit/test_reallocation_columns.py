"""``tables.reallocation.pergeseran`` built column by column (issue 21): hand-worked cases of its
helpers, and a differential test against the former frame-of-objects construction, kept here
on purpose as the test oracle (``_pergeseran_lama``)."""
import pickle

import numpy as np
import pandas as pd
import pytest

from renja_analysis.tables.reallocation import (
    COLUMNS,
    KECOCOKAN,
    LEVELS,
    _ambil,
    _baris,
    _di_depan,
    _kode_level,
    _pilih,
    _urutan,
    pergeseran,
    varian_komposisi,
)


def _pergeseran_lama(evaluasi: pd.DataFrame, review: pd.DataFrame) -> pd.DataFrame:
    """The former ``pergeseran`` (before issue 21's column pass): a frame of objects with the dinas
    row concatenated, then every column converted; its rows (``_baris``, ``_pilih``, ``_ambil``)
    are the module's, which issue 21 did not change."""
    rv = review[review["sisi"].astype(str) == "hasil_analisis"].reset_index(drop=True)
    ev = evaluasi.reset_index(drop=True)
    e_pos, r_pos, score, either = _baris(ev, rv)        # the rows, unchanged by issue 21
    has_e, has_r = e_pos >= 0, r_pos >= 0

    def pick(col):
        return _pilih(ev, rv, either, col)

    ambil = _ambil

    out = pd.DataFrame({
        "level": pick("level").astype(str), "program": pick("program"), "kegiatan": pick("kegiatan"),
        "nama": pick("nama"), "nama_review": ambil(rv, "nama", r_pos),
        "kecocokan": np.where(has_e & has_r, "cocok", np.where(has_e, "hanya_tabel_2_2", "hanya_review_3_2")),
        "skor_nama": score, "pagu_apbd_rp": ambil(ev, "pagu_rp", e_pos), "pagu_papbd_rp": ambil(rv, "pagu_rp", r_pos),
        "baris_evaluasi": ambil(ev, "baris_sumber", e_pos), "baris_review": ambil(rv, "baris_sumber", r_pos)})
    for col in ("pagu_apbd_rp", "pagu_papbd_rp", "skor_nama"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    prog = out["level"] == "program"
    total_apbd = out.loc[prog, "pagu_apbd_rp"].sum()
    total_papbd = out.loc[prog, "pagu_papbd_rp"].sum()
    both = prog & (out["kecocokan"] == "cocok")
    b, a = out.loc[both, "pagu_apbd_rp"], out.loc[both, "pagu_papbd_rp"]
    out["pagu_disesuaikan_rp"] = pd.Series(pd.NA, index=out.index, dtype="Float64")
    out.loc[both, "pagu_disesuaikan_rp"] = b * a.sum() / b.sum() if b.sum() else pd.NA
    out["deviasi_komposisi_rp"] = (out["pagu_papbd_rp"] - out["pagu_disesuaikan_rp"]).abs()
    total = {"level": "dinas", "nama": "Seluruh program (Dinas)", "kecocokan": "cocok",
             "pagu_apbd_rp": total_apbd, "pagu_papbd_rp": total_papbd,
             "varian_komposisi_persen": varian_komposisi(b, a)}
    out = pd.concat([pd.DataFrame([total]), out], ignore_index=True)
    out["selisih_rp"] = out["pagu_papbd_rp"] - out["pagu_apbd_rp"]
    out["selisih_persen"] = out["selisih_rp"] / out["pagu_apbd_rp"].mask(out["pagu_apbd_rp"] == 0) * 100
    out.insert(0, "urutan", range(1, len(out) + 1))
    out["urutan"] = out["urutan"].astype("Int64")
    out["level"] = pd.Categorical(out["level"], categories=LEVELS, ordered=True)
    out["kecocokan"] = pd.Categorical(out["kecocokan"], categories=KECOCOKAN)
    for col in ("program", "kegiatan", "nama", "nama_review"):
        out[col] = out[col].astype("string")
    for col in ("selisih_rp", "selisih_persen", "varian_komposisi_persen", "pagu_apbd_rp", "pagu_papbd_rp"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    for col in ("baris_evaluasi", "baris_review"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    return out[COLUMNS]


def _sama(old: pd.DataFrame, new: pd.DataFrame) -> None:
    """Equal frames: columns, dtypes (pickled), index and every cell (NA where NA)."""
    assert list(old.columns) == list(new.columns)
    assert old.index.equals(new.index)
    for col in old.columns:
        assert pickle.dumps(old[col].dtype) == pickle.dumps(new[col].dtype), col
        a = old[col].astype(object).where(old[col].notna(), None).tolist()
        b = new[col].astype(object).where(new[col].notna(), None).tolist()
        assert a == b, col


def test_kode_level_by_hand():
    # LEVELS = dinas, program, kegiatan, sub_kegiatan: 0..3; anything else (or nothing) -1
    cat = pd.Series(["kegiatan", None, "program", "bukan"], dtype="category")
    assert _kode_level(cat).tolist() == [2, -1, 1, -1]
    assert _kode_level(pd.Series(["sub_kegiatan", "dinas", None], dtype=object)).tolist() == [3, 0, -1]


def test_di_depan_by_hand():
    s = _di_depan("Dinas", pd.Series(["a", None], index=[5, 9]), "string")
    assert s.index.tolist() == [0, 1, 2] and s.tolist() == ["Dinas", "a", pd.NA] and str(s.dtype) == "string"
    assert _di_depan(pd.NA, pd.Series([7, 8]), "Int64").tolist() == [pd.NA, 7, 8]


def test_urutan_unmatched_review_rows_by_hand():
    # evaluasi 0..2, review 0..3; pairs (1 -> 2), (2 -> 3): review 0 and 1 stand before evaluasi 1
    e, r, s = _urutan(3, 4, [(1, 2, 80.0), (2, 3, 100)])
    assert e.tolist() == [0, -1, -1, 1, 2]
    assert r.tolist() == [-1, 0, 1, 2, 3]
    assert [None if np.isnan(x) else x for x in s.tolist()] == [None, None, None, 80.0, 100.0]


def test_pergeseran_dinas_row_and_dtypes_by_hand():
    ev = pd.DataFrame({"level": pd.Categorical(["program", "kegiatan"], categories=["program", "kegiatan",
                                                                                     "sub_kegiatan"]),
                       "nama": ["PROGRAM A", "Kegiatan B"], "program": ["PROGRAM A"] * 2, "kegiatan": [None, "Kegiatan B"],
                       "pagu_rp": [0.0, 4.0], "baris_sumber": [3, 4]})
    rv = pd.DataFrame({"sisi": ["hasil_analisis", "rancangan_awal"], "level": ["program", "program"],
                       "nama": ["PROGRAM A", "PROGRAM A"], "program": ["PROGRAM A"] * 2, "kegiatan": [None, None],
                       "pagu_rp": [6.0, 1.0], "baris_sumber": [9, 9]})
    out = pergeseran(ev, rv)
    assert out["urutan"].tolist() == [1, 2, 3]
    assert out["level"].astype(str).tolist() == ["dinas", "program", "kegiatan"]
    assert out["kecocokan"].astype(str).tolist() == ["cocok", "cocok", "hanya_tabel_2_2"]
    # program totals: APBD 0, P-APBD 6; selisih 6; a zero APBD has no percentage
    assert out["pagu_apbd_rp"].tolist()[:2] == [0.0, 0.0] and out["pagu_papbd_rp"].tolist()[:2] == [6.0, 6.0]
    assert out["selisih_rp"].tolist() == [6.0, 6.0, pd.NA]
    assert out["selisih_persen"].isna().all()
    # the programs' APBD sums to 0: no adjusted pagu, no variance
    assert out["pagu_disesuaikan_rp"].isna().all() and out["varian_komposisi_persen"].isna().all()
    assert out["nama"].tolist()[0] == "Seluruh program (Dinas)" and out["nama_review"].tolist() == [pd.NA,
                                                                                                  "PROGRAM A", pd.NA]
    assert out["baris_evaluasi"].tolist() == [pd.NA, 3, 4] and out["baris_review"].tolist() == [pd.NA, 9, pd.NA]
    assert [str(out[c].dtype) for c in ("urutan", "program", "skor_nama", "baris_review")] == \
        ["Int64", "string", "Float64", "Int64"]


_NAMA = {"program": ["PROGRAM SATU", "PROGRAM DUA", "PROGRAM TIGA"],
         "kegiatan": ["Kegiatan Bina Usaha", "Kegiatan Pengawasan Koperasi", "Kegiatan Pelatihan"],
         "sub_kegiatan": ["Pelatihan Kewirausahaan", "Fasilitasi Perizinan", "Pemeriksaan Koperasi",
                          "Pengadaan Mobil Dinas", "Sosialisasi Pasar"]}


def _tabel(rng: np.random.Generator, n: int, typed: bool, sisi: bool) -> pd.DataFrame:
    level = rng.choice(["program", "kegiatan", "sub_kegiatan"], size=n, p=[0.2, 0.3, 0.5]).tolist()
    nama = [str(rng.choice(_NAMA[lv])) if rng.random() > 0.05 else None for lv in level]
    pagu = rng.choice([0.0, 10.0, 25.5, 1e9, np.nan, -3.0], size=n).tolist()
    df = pd.DataFrame({"level": level, "nama": nama, "program": [f"P{k % 3}" for k in range(n)],
                       "kegiatan": [None if k % 4 == 0 else f"K{k % 5}" for k in range(n)],
                       "pagu_rp": pagu, "baris_sumber": rng.permutation(n) + 10})
    if typed:                       # the dtypes load_document gives the tables
        df["level"] = pd.Categorical(df["level"], categories=["program", "kegiatan", "sub_kegiatan"], ordered=True)
        for col in ("nama", "program", "kegiatan"):
            df[col] = df[col].astype("string")
        df["pagu_rp"] = df["pagu_rp"].astype("Float64")
        df["baris_sumber"] = df["baris_sumber"].astype("Int64")
    if sisi:
        df.insert(0, "sisi", pd.Categorical(rng.choice(["hasil_analisis", "rancangan_awal"], size=n, p=[0.8, 0.2])))
    return df


# a programs' P-APBD summing to 0 makes varian_komposisi divide 0 by 0 (NaN, said by numpy): both sides alike
@pytest.mark.filterwarnings("ignore:invalid value encountered in scalar divide:RuntimeWarning")
@pytest.mark.parametrize("seed", range(12))
def test_pergeseran_equals_former_construction(seed):
    rng = np.random.default_rng(seed)
    typed = seed % 3 != 0
    ev = _tabel(rng, int(rng.integers(1, 40)), typed, sisi=False)
    rv = _tabel(rng, int(rng.integers(1, 40)), typed, sisi=True)
    if not (rv["sisi"].astype(str) == "hasil_analisis").any():
        rv.loc[0, "sisi"] = "hasil_analisis"
    _sama(_pergeseran_lama(ev, rv), pergeseran(ev, rv))
