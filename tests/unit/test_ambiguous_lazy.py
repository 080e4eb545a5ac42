"""``tables.ambiguous.putuskan`` works out what only some evidence reads when a cell first asks
for it (issue 21): hand-worked cases of those pieces, and that a document whose ambiguous cells
need none of them does not pay for them."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from renja_analysis.sources.base import SourceText
from renja_analysis.tables import ambiguous
from renja_analysis.tables.ambiguous import _apbd, _induk_anak, _pasangan_21


def test_pasangan_21_by_hand():
    # 2.2 rows urutan 10, 20, 30 (positions 0, 1, 2); 2.1 row 0 names urutan 30 -> 2.2 position 2,
    # row 1 none, row 2 names 10 -> position 0, row 3 names 99 (no such row), row 4 names 30 again
    ev = pd.DataFrame({"urutan": pd.array([10, 20, 30], dtype="Int64")})
    t21 = pd.DataFrame({"urutan_evaluasi": pd.array([30, None, 10, 99, 30], dtype="Int64")})
    ke, dari = _pasangan_21(ev, t21)
    assert ke == {2: 4, 0: 2}           # the last 2.1 row naming position 2 wins
    assert dari == {4: 2, 2: 0}
    assert _pasangan_21(pd.DataFrame({"x": [1]}), t21) == ({}, {})


def test_apbd_first_row_of_each_code_by_hand():
    ren = pd.DataFrame({"kode": ["1.02", "1.01", None, "1.02"], "pagu_apbd_rp": pd.array([5.0, None, 6.0, 7.0]),
                        "baris_sumber": [40, 41, 42, 43]})
    got = _apbd(ren)
    assert list(got) == ["1.02", "1.01"] and got["1.02"] == (5.0, 40)
    assert np.isnan(got["1.01"][0]) and got["1.01"][1] == 41


def test_induk_anak_by_hand():
    # program P (0), kegiatan K (1) with subs 2 and 3, a further indicator row of K (4: same name, no Rp)
    ev = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan"],
                       "nama": ["P", "K", "S1", "S2", "S2"], "indikator": ["a", "b", "c", "d", "e"],
                       "pagu_rp": [9.0, 9.0, 4.0, 5.0, None], "realisasi_rp": [1.0, 1.0, 1.0, 0.0, None]})
    induk, anak = _induk_anak(ev)
    assert [None if np.isnan(x) else int(x) for x in induk] == [None, 0, 1, 1, None]
    assert {k: v.tolist() for k, v in anak.items()} == {0: [1], 1: [2, 3]}


def _src():
    return SourceText(path=Path("x.md"), lines=[], tables={})


def _sel(kolom, teks, ribuan, desimal, baris=7):
    return {"tabel": "Tabel 2.2", "baris": baris, "kolom": kolom, "posisi": 9, "teks": teks, "ribuan": ribuan,
            "desimal": desimal, "pemisah": ".", "rupiah": False, "dibaca": desimal, "kolom_bukti": "desimal",
            "kolom_contoh": "56.25", "kolom_jumlah": 1, "nama": "Sub"}


def test_capaian_cell_does_not_work_out_parents_or_codes(monkeypatch):
    """A stated capaian settled by its row's percentage asks for neither the parents and
    children of Tabel 2.2 nor the plan's codes; the finding is the one the rules give."""
    def tidak(*_a, **_k):
        raise AssertionError("worked out without a cell asking for it")

    monkeypatch.setattr(ambiguous, "parent_index", tidak)
    monkeypatch.setattr(ambiguous, "_apbd", tidak)
    src = _src()
    # target 4, realisasi 1: capaian 25 %; "25.000" reads 25.000 or 25,000: only 25 agrees
    ev = pd.DataFrame({"baris_sumber": [7], "urutan": [1], "level": ["sub_kegiatan"], "kode": ["1.01"],
                       "pagu_rp": [10.0], "realisasi_rp": [5.0], "serapan_rp_dokumen": [50.0], "target_k": [4.0],
                       "realisasi_k": [1.0], "capaian_k_dokumen": [25.0]})
    src.ambigu.append(_sel("capaian_k_dokumen", "25.000", 25000.0, 25.0))
    ren = pd.DataFrame({"kode": ["1.01"], "pagu_apbd_rp": [10.0], "baris_sumber": [3]})
    ambiguous.putuskan(src, ev, ev.iloc[:0].assign(urutan_evaluasi=pd.Series(dtype="Int64")), ren)
    f = src.temuan[-1]
    assert (f["jenis"], f["nilai_dokumen"], f["nilai_hitung"]) == ("angka_ambigu", 25.0, 25000.0)
    assert "capaian yang dihitung dari angka baris yang sama (25,00%)" in f["pesan"]


def test_pagu_cell_still_reads_parents_and_codes(monkeypatch):
    """A rupiah cell of Tabel 2.2 does ask for both (the sums and the coded 3.3 row)."""
    asked = []
    real_apbd, real_parent = ambiguous._apbd, ambiguous.parent_index
    monkeypatch.setattr(ambiguous, "_apbd", lambda r: asked.append("apbd") or real_apbd(r))
    monkeypatch.setattr(ambiguous, "parent_index", lambda *a: asked.append("induk") or real_parent(*a))
    src = _src()
    ev = pd.DataFrame({"baris_sumber": [7], "urutan": [1], "level": ["sub_kegiatan"], "kode": ["1.01"],
                       "pagu_rp": [845120.0], "realisasi_rp": [5.0], "serapan_rp_dokumen": [np.nan],
                       "target_k": [4.0], "realisasi_k": [1.0], "capaian_k_dokumen": [25.0]})
    cell = _sel("pagu_rp", "845.120", 845120.0, 845.12)
    cell.update(rupiah=True, dibaca=845120.0)
    src.ambigu.append(cell)
    ren = pd.DataFrame({"kode": ["1.01"], "pagu_apbd_rp": [845120.0], "baris_sumber": [3]})
    ambiguous.putuskan(src, ev, ev.iloc[:0].assign(urutan_evaluasi=pd.Series(dtype="Int64")), ren)
    assert sorted(asked) == ["apbd", "induk"]
    assert "Tabel 3.3 (Rencana Perubahan) mencantumkan Rp845.120 untuk baris yang sama (baris teks 3)" \
        in src.temuan[-1]["pesan"]


def test_each_piece_worked_out_once_for_many_cells(monkeypatch):
    """Two rupiah cells of Tabel 2.2 ask for the sums and the coded 3.3 rows: each is worked out
    once, for the first cell, and kept for the second."""
    asked = []
    real_apbd, real_induk = ambiguous._apbd, ambiguous._induk_anak
    monkeypatch.setattr(ambiguous, "_apbd", lambda r: asked.append("apbd") or real_apbd(r))
    monkeypatch.setattr(ambiguous, "_induk_anak", lambda e: asked.append("induk") or real_induk(e))
    src = _src()
    ev = pd.DataFrame({"baris_sumber": [7, 8], "urutan": [1, 2], "level": ["sub_kegiatan"] * 2,
                       "kode": ["1.01", "1.02"], "pagu_rp": [845120.0, 356410.0], "realisasi_rp": [5.0, 5.0],
                       "serapan_rp_dokumen": [np.nan] * 2, "target_k": [4.0] * 2, "realisasi_k": [1.0] * 2,
                       "capaian_k_dokumen": [25.0] * 2})
    for baris, teks, nilai in ((7, "845.120", 845120.0), (8, "356.410", 356410.0)):
        cell = _sel("pagu_rp", teks, nilai, nilai / 1000, baris=baris)
        cell.update(rupiah=True, dibaca=nilai)
        src.ambigu.append(cell)
    ren = pd.DataFrame({"kode": ["1.01", "1.02"], "pagu_apbd_rp": [845120.0, 356410.0], "baris_sumber": [3, 4]})
    ambiguous.putuskan(src, ev, ev.iloc[:0].assign(urutan_evaluasi=pd.Series(dtype="Int64")), ren)
    assert sorted(asked) == ["apbd", "induk"]
    assert len([f for f in src.temuan if f["jenis"] == "angka_ambigu"]) == 2


@pytest.mark.parametrize("kolom", ["pagu_rp", "realisasi_rp", "target_k"])
def test_jumlah_columns(kolom):
    assert (kolom in ambiguous._JUMLAH) == kolom.endswith("_rp")


def _pasangan_21_lama(evaluasi: pd.DataFrame, tabel21: pd.DataFrame) -> tuple[dict, dict]:
    """The former row-by-row pairing, kept on purpose as the oracle of ``_pasangan_21``."""
    urutan_22 = dict(zip(evaluasi["urutan"].to_numpy(dtype=np.int64).tolist(), range(len(evaluasi)))) \
        if "urutan" in evaluasi else {}
    ke_21: dict[int, int] = {}
    if "urutan_evaluasi" in tabel21 and len(tabel21):
        u = tabel21["urutan_evaluasi"]
        ada = u.notna().to_numpy(dtype=bool)
        for n, v in zip(np.flatnonzero(ada).tolist(), u[ada].tolist()):
            k = urutan_22.get(int(v))
            if k is not None:
                ke_21[k] = n
    return ke_21, {j: i for i, j in ke_21.items()}


@pytest.mark.parametrize("seed", range(8))
def test_pasangan_21_equals_former(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(0, 30)), int(rng.integers(0, 30))
    # unique urutan for most seeds, repeated ones for every third
    urutan = rng.integers(1, 8, size=n) if seed % 3 == 0 else rng.permutation(n) + 1
    ev = pd.DataFrame({"urutan": pd.array(urutan, dtype="Int64")})
    t21 = pd.DataFrame({"urutan_evaluasi": pd.array([None if rng.random() < 0.3 else int(rng.integers(1, n + 3))
                                                     for _ in range(m)], dtype="Int64")})
    assert _pasangan_21(ev, t21) == _pasangan_21_lama(ev, t21)
