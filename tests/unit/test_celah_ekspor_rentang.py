"""An office's exports named by a date range, or by a month in words (FIX-SIPD3, REV-U U3).

Users save SIPD-RI's realisation reports under the period they asked for:
``realisasi-pkm-2026-01-01_sd_2026-01-31.json``, ``01.01.2026 s.d. 31.01.2026``,
``januari-2026``. An empty export of such a series was matched by its name without its first
``2026-01`` only, which keeps the second date (``...-#-01_sd_2026-01-31.json``): no export read
shares it, so the empty export had no owner and covered nothing. The Puskesmas' empty January
export then left January a head gap, and the document's true kritis on rows 28 and 29 were
hedged to peringatan "Data SIPD mungkin tidak lengkap". Now the whole period is the series' part
that changes (``realisation.periode_berkas``): a range within one month is that month's export,
a range over several months covers each month it reaches; a name read no way or two ways (day or
month first) covers nothing, as before. (FIX-SIPD4, REV-X X1: a range covers a month only when it, or
its series' exports together, reach every day of it; the forms below name whole months.)

Expectations by hand from ``tests/data/sipd-realisasi/README.md`` (lines A1-A11, B1-B6; the
Puskesmas' January lines B1, B2 removed: it paid nothing then), ``tests/data/sipd-nyata`` (the
plan) and the Renja document of ``tests/data/dokumen-realisasi`` (row 28 Ibu Hamil 13.000.000,
row 29 Ibu Bersalin 9.100.000, row 32 Kesehatan Lingkungan 45.000.000).
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from conftest import first_fast
from sipd_realisasi_fixture import EXPORTS

from renja_analysis.config import ROOT
from renja_analysis.findings.document_realisation import dokumen_vs_realisasi
from renja_analysis.findings.realisation import _nama_bulan, ekspor_kosong
from renja_analysis.load import load_sipd_realisasi

PLAN = ROOT / "tests" / "data" / "sipd-nyata"
PKM = "realisasi-puskesmas-sukomoro-2026-0{}.json"
#: The Puskesmas' January, February and March exports as users name them (January empty).
NAMA_RENTANG = {
    "iso_sd": ("realisasi-pkm-2026-01-01_sd_2026-01-31.json", "realisasi-pkm-2026-02-01_sd_2026-02-28.json",
               "realisasi-pkm-2026-03-01_sd_2026-03-31.json"),
    "titik_sd": ("realisasi pkm 01.01.2026 s.d. 31.01.2026.json", "realisasi pkm 01.02.2026 s.d. 28.02.2026.json",
                 "realisasi pkm 01.03.2026 s.d. 31.03.2026.json"),
    "kata_bulan": ("realisasi-pkm-januari-2026.json", "realisasi-pkm-februari-2026.json",
                   "realisasi-pkm-maret-2026.json"),
}


def _records(value) -> list:
    return value["data"] if isinstance(value, dict) else value


# a family (CONTRIBUTING, Test tiers): each naming form costs a whole read; the fast tier reads the first
@pytest.fixture(scope="module", params=first_fast(sorted(NAMA_RENTANG)))
def rentang(request, tmp_path_factory):
    """The Dinas' monthly exports as bundled; the Puskesmas' named by its period, January ``[]``."""
    root = tmp_path_factory.mktemp("rentang") / "d"
    root.mkdir()
    jan, feb, mar = NAMA_RENTANG[request.param]
    files = {k: v for k, v in EXPORTS.items() if not k.startswith("realisasi-puskesmas")}
    files.update({jan: [], feb: _records(EXPORTS[PKM.format(2)]), mar: _records(EXPORTS[PKM.format(3)])})
    for name, value in files.items():
        (root / name).write_text(json.dumps(value), encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", root / "renja.json")
    return load_sipd_realisasi(root)


def test_a_range_named_empty_export_covers_its_month(rentang):
    """The empty January export is the Puskesmas' (its February and March exports are named alike):
    January is covered, no gap (old: info 'Pembayaran pertama PUSKESMAS SUKOMORO ... 11 Februari 2026')."""
    assert not (rentang.temuan["jenis"] == "sipd_realisasi_periode_celah").any()
    k = ekspor_kosong(rentang.berkas, rentang.baris)
    assert k["kode_skpd"].tolist() == ["1.02.0.00.0.00.01.0001"]
    assert [_nama_bulan(m, m) for m in k["bulan"]] == ["Januari 2026"]


def test_the_document_is_blamed_when_the_range_named_exports_are_complete(rentang, dokumen_realisasi):
    """Row 28 (0001): A4 7.500.000 + B5 3.100.000 = 10.600.000 against 13.000.000; row 29 (0002): B6
    3.100.000 against 9.100.000; row 32 (0015): Rp0 against 45.000.000. Every export of the quarter
    was given: kritis (old: rows 28 and 29 peringatan 'Data SIPD mungkin tidak lengkap')."""
    # dokumen_realisasi: load_document of tests/data/dokumen-realisasi, tests/conftest.py (shared: never change it)
    tabel, temuan, _, periode = dokumen_vs_realisasi(dokumen_realisasi, rentang)
    rows = tabel.set_index("baris_dokumen")
    assert [rows.loc[r, "realisasi_sipd_rp"] for r in (28, 29, 32)] == [10_600_000, 3_100_000, 0]
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    assert [t.loc[r, "tingkat"] for r in (28, 29, 32)] == ["kritis", "kritis", "kritis"]
    assert periode.celah is None
    for r in (28, 29):
        assert "Periksa angka dokumen dengan SP2D/TBP-nya" in t.loc[r, "pesan"]
        assert "mungkin" not in t.loc[r, "pesan"]


#: (empty export, export read of the same office): each office's series in one naming form.
SERI = {
    "a": ("realisasi-dinkes-2026-01-01_sd_2026-01-28.json", "realisasi-dinkes-2026-02-01_sd_2026-02-29.json"),
    "b": ("b-01-01-2026-31-01-2026.json", "b-01-02-2026-28-02-2026.json"),
    "c": ("c_20260101_s_d_20260131.csv", "c_20260201_s_d_20260228.csv"),
    "d": ("d 1 sd 31 Januari 2026.json", "d 1 sd 28 Pebruari 2026.json"),
    "e": ("e-Jan-2026.json", "e-Feb-2026.json"),
    "f": ("f-2026-01.json", "f-februari-2026.json"),
    "g": ("g-2026-01-01_sd_2026-02-28.json", "g-2026-03-01_sd_2026-03-31.json"),
    "h": ("h-januari-sd-maret-2026.json", "h-april-sd-juni-2026.json"),
    # read no way or two ways: no month is guessed
    "i": ("i-01-02-2026_sd_10-02-2026.json", "i-01-03-2026_sd_31-03-2026.json"),
    "j": ("j-31-januari-2026.json", "j-28-februari-2026.json"),
    "k": ("k-januari.json", "k-februari.json"),
    "m": ("m-2026-03-01_sd_2026-01-31.json", "m-2026-04-01_sd_2026-04-30.json"),
    # two month names without a range word: no range said (FIX-SIPD4)
    "n": ("n-januari-maret-2026.json", "n-april-juni-2026.json"),
}


def test_the_common_forms_of_a_period_in_a_name():
    """By hand: a: 1 to 28 January (29 February 2026 is no day, but its month is February): three
    days of January short, and no export of the series reaches them -> nothing (FIX-SIPD4: a month
    reached in part is not covered; it was January); b: day first, '-' between the dates -> January; c: compact dates, 's_d'
    (s/d saved on Windows) -> January; d: days of one month in words (Pebruari, the old spelling)
    -> January; e: 'Jan-2026' -> January; f: '2026-01' and 'februari-2026' are one series ->
    January; g: 1 January to 28 February -> January and February; h: 'januari-sd-maret-2026' ->
    January to March (FIX-SIPD4: named with 'sd'; 'januari-maret-2026' is n). i: 01-02-2026 to 10-02-2026 is 1 to 10 February or 2 January to 2 October
    (day or month first): nothing; j: a day's date (31 Januari 2026, not a month's export):
    nothing; k: no year: nothing; m: its start after its end: nothing; n: 'januari-maret-2026', no
    range word (read as 'maret-2026', series 'n-januari-#', which no export read shares): nothing."""
    kosong = [v[0] for v in SERI.values()]
    dibaca = [v[1] for v in SERI.values()]
    akun = pd.DataFrame({"berkas": kosong + dibaca, "format": "json",
                         "status": ["kosong"] * len(kosong) + ["dibaca"] * len(dibaca)})
    b = pd.DataFrame({"berkas": dibaca, "kode_skpd": list(SERI)})
    k = ekspor_kosong(akun, b)
    got = {(r.kode_skpd, _nama_bulan(r.bulan, r.bulan)) for r in k.itertuples()}
    assert got == {("b", "Januari 2026"), ("c", "Januari 2026"), ("d", "Januari 2026"),
                   ("e", "Januari 2026"), ("f", "Januari 2026"), ("g", "Januari 2026"), ("g", "Februari 2026"),
                   ("h", "Januari 2026"), ("h", "Februari 2026"), ("h", "Maret 2026")}
    assert len(k) == len(got)


def test_a_range_series_covers_its_month_for_its_one_office_only():
    """x-2026-01-01_sd_2026-01-31.json is empty. The series' February export holding office 1 alone:
    office 1's January. Holding offices 1 and 2: whose January it was is not known, nothing."""
    akun = pd.DataFrame({"berkas": ["x-2026-01-01_sd_2026-01-31.json", "x-2026-02-01_sd_2026-02-28.json"],
                         "format": "json", "status": ["kosong", "dibaca"]})
    b = pd.DataFrame({"berkas": ["x-2026-02-01_sd_2026-02-28.json"] * 2, "kode_skpd": ["1", "2"]})
    k = ekspor_kosong(akun, b.iloc[:1])
    assert k["kode_skpd"].tolist() == ["1"] and [_nama_bulan(m, m) for m in k["bulan"]] == ["Januari 2026"]
    assert not len(ekspor_kosong(akun, b))
