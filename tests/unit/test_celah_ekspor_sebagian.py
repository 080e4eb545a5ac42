"""An empty export named by a range reaching part of a month, or by a name whose number is no day (FIX-SIPD4,
REV-X X1, X1a, X2).

FIX-SIPD3 read an empty export named ``...-2026-01-01_sd_2026-01-13.json`` as the office's export of all of
January: the rest of January, never downloaded, was then no gap, and the document's rows were compared with a
SIPD total short of that month's payments as if complete: kritis "Periksa angka dokumen". Now a range covers a
month only when it reaches the month's first and last day, or when the series' exports (empty and read)
together reach every day of it; a month reached in part covers nothing (the head or tail hedge, as before
FIX-SIPD3). And ``realisasi-pkm-02-31-januari-2026.json`` (Puskesmas 02, as of 31 January) was read as 2 to 31
January with the ``02`` dropped from the series, so Puskesmas 02's empty exports covered Puskesmas 01's
months: between days or month names a range word (``sd``, ``s.d.``, ``sampai``, ``hingga``) or a spaced
`` - `` must now stand, and a day written without its month stays in the series.

Expectations by hand from ``tests/data/sipd-realisasi/README.md``: the Puskesmas (1.02.0.00.0.00.01.0001) paid
B1 2.400.000 (TBP 22 January, sub kegiatan 0001) and B2 6.000.000 (SP2D 14 January, 0002) in January, B3 (11
February) and B4 (in process) in February, B5 and B6 3.100.000 each (TBP 18 March, 0001 and 0002) in March; the
Dinas paid A4 7.500.000 (0001, 30 January). Document rows (``tests/data/dokumen-realisasi``): row 28 (0001)
13.000.000 = A4 + B1 + B5; row 29 (0002) 9.100.000 = B2 + B6.
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from sipd_realisasi_fixture import EXPORTS

from renja_analysis.config import ROOT
from renja_analysis.findings.document_realisation import dokumen_vs_realisasi
from renja_analysis.findings.realisation import _nama_bulan, ekspor_kosong, periode_berkas
from renja_analysis.load import load_sipd_realisasi

PLAN = ROOT / "tests" / "data" / "sipd-nyata"
PKM = "realisasi-puskesmas-sukomoro-2026-0{}.json"
R = "realisasi-puskesmas-sukomoro-2026-{}_sd_2026-{}.json"
KANTOR = "1.02.0.00.0.00.01.0001"


def _pkm(bulan: int) -> list:
    value = EXPORTS[PKM.format(bulan)]
    return value["data"] if isinstance(value, dict) else value


def _folder(tmp_path, pkm: dict):
    root = tmp_path / "d"
    root.mkdir()
    files = {k: v for k, v in EXPORTS.items() if not k.startswith("realisasi-puskesmas")}
    files.update(pkm)
    for name, value in files.items():
        (root / name).write_text(json.dumps(value), encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", root / "renja.json")
    return load_sipd_realisasi(root)


@pytest.fixture(scope="module")
def dokumen(dokumen_realisasi):
    return dokumen_realisasi           # load_document of tests/data/dokumen-realisasi, tests/conftest.py (shared)


def _baris(dokumen, data):
    tabel, temuan, _, _ = dokumen_vs_realisasi(dokumen, data)
    rows = tabel.set_index("baris_dokumen")
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    return {r: (rows.loc[r, "realisasi_sipd_rp"], t.loc[r, "tingkat"] if r in t.index else None,
                t.loc[r, "pesan"] if r in t.index else "") for r in (28, 29)}


def _celah(data) -> list[str]:
    t = data.temuan
    return t.loc[t["jenis"] == "sipd_realisasi_periode_celah", "pesan"].tolist()


@pytest.mark.slow  # a fast test of its section checks the same finding (test_the_second_half_read_fills_january)
def test_an_empty_first_half_of_january_does_not_cover_the_missing_second_half(tmp_path, dokumen):
    """X1: 1 to 13 January empty (true: its January payments are dated 14 and 22 January), 14 to 31 January
    not given. SIPD lacks B1 and B2: row 28 A4 + B5 = 10.600.000, row 29 B6 = 3.100.000, short of what was
    paid; the January export may be missing: hedged, and the head gap said (old: January covered, kritis
    'Periksa angka dokumen', no gap finding)."""
    data = _folder(tmp_path, {R.format("01-01", "01-13"): [], R.format("02-01", "02-28"): _pkm(2),
                              R.format("03-01", "03-31"): _pkm(3)})
    assert not len(ekspor_kosong(data.berkas, data.baris))
    got = _baris(dokumen, data)
    assert [got[r][:2] for r in (28, 29)] == [(10_600_000, "peringatan"), (3_100_000, "peringatan")]
    assert all("Data SIPD mungkin tidak lengkap" in got[r][2] for r in (28, 29))
    celah = _celah(data)
    assert len(celah) == 1 and "Pembayaran pertama PUSKESMAS SUKOMORO" in celah[0]


def test_the_second_half_read_fills_january(tmp_path, dokumen):
    """The 14 to 31 January export given (B1, B2): the empty first half and it reach every day of January,
    which the empty export covers; SIPD 13.000.000 and 9.100.000 as the document: no finding."""
    data = _folder(tmp_path, {R.format("01-01", "01-13"): [], R.format("01-14", "01-31"): _pkm(1),
                              R.format("02-01", "02-28"): _pkm(2), R.format("03-01", "03-31"): _pkm(3)})
    k = ekspor_kosong(data.berkas, data.baris)
    assert k["kode_skpd"].tolist() == [KANTOR] and [_nama_bulan(m, m) for m in k["bulan"]] == ["Januari 2026"]
    got = _baris(dokumen, data)
    assert [got[r][:2] for r in (28, 29)] == [(13_000_000, None), (9_100_000, None)]
    assert not _celah(data)


@pytest.mark.slow  # a fast test of its section checks the same finding (test_the_second_half_read_fills_january)
def test_an_empty_range_straddling_two_months_covers_only_the_one_it_fills(tmp_path, dokumen):
    """X1, straddling: 23 January to 10 February empty, 1 to 22 January not given, 11 to 28 February read.
    February: the two together reach every day (covered); January only from the 23rd: not covered, so
    rows 28 and 29 are hedged as in the first test (old: January covered, kritis)."""
    data = _folder(tmp_path, {R.format("01-23", "02-10"): [], R.format("02-11", "02-28"): _pkm(2),
                              R.format("03-01", "03-31"): _pkm(3)})
    k = ekspor_kosong(data.berkas, data.baris)
    assert [_nama_bulan(m, m) for m in k["bulan"]] == ["Februari 2026"]
    got = _baris(dokumen, data)
    assert [got[r][:2] for r in (28, 29)] == [(10_600_000, "peringatan"), (3_100_000, "peringatan")]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_the_second_half_read_fills_january)
def test_an_empty_export_up_to_the_tenth_does_not_cover_the_rest_of_march(tmp_path, dokumen):
    """X1a: January and February read, 1 to 10 March empty (true: B5 and B6 are dated 18 March), the rest of
    March never downloaded. SIPD lacks B5 and B6: row 28 A4 + B1 = 9.900.000, row 29 B2 = 6.000.000; March
    may be missing: hedged, and the tail said (old: March covered, kritis)."""
    data = _folder(tmp_path, {R.format("01-01", "01-31"): _pkm(1), R.format("02-01", "02-28"): _pkm(2),
                              R.format("03-01", "03-10"): []})
    assert not len(ekspor_kosong(data.berkas, data.baris))
    got = _baris(dokumen, data)
    assert [got[r][:2] for r in (28, 29)] == [(9_900_000, "peringatan"), (6_000_000, "peringatan")]
    celah = _celah(data)
    assert len(celah) == 1 and "Pembayaran terakhir PUSKESMAS SUKOMORO" in celah[0]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_the_second_half_read_fills_january)
def test_another_puskesmas_number_before_a_date_is_not_a_day(tmp_path, dokumen):
    """X2: Puskesmas 01's exports 'realisasi-pkm-01-28-februari-2026.json' (February) and '-01-31-maret-'
    (March), its January not given; Puskesmas 02 paid nothing (its three exports []). '02-31-januari' is
    Puskesmas 02 on 31 January, not 2 to 31 January: it is no export of Puskesmas 01, whose January stays a
    gap: rows 28 and 29 hedged (old: Puskesmas 02's January covered 01's, kritis)."""
    data = _folder(tmp_path, {"realisasi-pkm-01-28-februari-2026.json": _pkm(2),
                              "realisasi-pkm-01-31-maret-2026.json": _pkm(3),
                              "realisasi-pkm-02-31-januari-2026.json": [], "realisasi-pkm-02-28-februari-2026.json": [],
                              "realisasi-pkm-02-31-maret-2026.json": []})
    assert not len(ekspor_kosong(data.berkas, data.baris))
    got = _baris(dokumen, data)
    assert [got[r][:2] for r in (28, 29)] == [(10_600_000, "peringatan"), (3_100_000, "peringatan")]


def test_the_period_a_name_states():
    """By hand: a range word or a spaced ' - ' between days or month names; a day without its month stays in
    the series; a month reached in part is no month of the name."""
    assert periode_berkas("realisasi-pkm-02-31-januari-2026.json") is None          # Puskesmas 02, 31 January
    assert periode_berkas("pkm-1-12-januari-2026.json") is None
    assert periode_berkas("realisasi-pkm-02-sd-31-januari-2026.json") == ("realisasi-pkm-02#.json", ())
    assert periode_berkas("pkm 1 sd 31 Januari 2026.json") == ("pkm 1#.json", (2026 * 12,))
    assert periode_berkas("pkm 1 - 31 Januari 2026.json") == ("pkm 1#.json", (2026 * 12,))
    assert periode_berkas("pkm-januari-sd-maret-2026.json") == ("pkm-#.json", (24312, 24313, 24314))
    assert periode_berkas("pkm Januari - Maret 2026.json") == ("pkm #.json", (24312, 24313, 24314))
    assert periode_berkas("pkm-januari-maret-2026.json") == ("pkm-januari-#.json", (24314,))   # maret-2026 alone
    assert periode_berkas("pkm-2026-01-01_sd_2026-01-30.json") == ("pkm-#.json", ())
    assert periode_berkas("pkm-2026-01-02_sd_2026-01-31.json") == ("pkm-#.json", ())
    assert periode_berkas("pkm-2026-01-15_sd_2026-03-10.json") == ("pkm-#.json", (24313,))
    assert periode_berkas("pkm-2026-02-01_sd_2026-02-29.json") == ("pkm-#.json", (24313,))     # no 29th: the end


def test_the_series_together_must_reach_every_day_of_the_month():
    """An empty 1 to 28 January: with the series' 29 to 31 January read, January is covered; with 20 to 31
    January read (14 to 19 January in no export: both ends reached, not every day), it is not; with an empty
    29 to 31 January of the same series and 1 to 28 February read, it is (both empty exports cover it)."""
    def kosong(empty: list[str], read: list[str]) -> set:
        akun = pd.DataFrame({"berkas": empty + read, "format": "json",
                             "status": ["kosong"] * len(empty) + ["dibaca"] * len(read)})
        k = ekspor_kosong(akun, pd.DataFrame({"berkas": read, "kode_skpd": "7"}))
        return {(r.berkas[4:14], _nama_bulan(r.bulan, r.bulan)) for r in k.itertuples()}

    assert kosong(["pkm-2026-01-01_sd_2026-01-28.json"], ["pkm-2026-01-29_sd_2026-01-31.json"]) == {
        ("2026-01-01", "Januari 2026")}
    assert kosong(["pkm-2026-01-01_sd_2026-01-13.json"], ["pkm-2026-01-20_sd_2026-01-31.json"]) == set()
    assert kosong(["pkm-2026-01-01_sd_2026-01-28.json", "pkm-2026-01-29_sd_2026-01-31.json"],
                  ["pkm-2026-02-01_sd_2026-02-28.json"]) == {("2026-01-01", "Januari 2026"),
                                                             ("2026-01-29", "Januari 2026")}
