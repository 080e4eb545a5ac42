"""An office's empty or cumulative export at the head of the year (FIX-SIPD2, REV-S S2).

The Puskesmas paid nothing in January. Given with the others, its EMPTY January export (``[]``, or
SIPD's API answer with ``recordsTotal`` 0) was taken as a missing export: a peringatan "Ekspor
Januari 2026 mungkin belum disertakan ... Sertakan ekspor bulan itu", rows 28, 29 and 32 of the
document demoted from kritis to peringatan, SIPD's figures quoted "(tanpa Januari 2026: bulan itu
tidak dicakup ekspor)" as a fact, and row 32, the Dinas' own sub kegiatan (its January to March
exports complete), hedged through the Puskesmas' gap. Now:

- an empty export read from the folder is its office's export of the month its name names when
  the name, without its year and month, is the name of that office's other exports
  (``realisation.ekspor_kosong``): it covers that month, so no gap is left;
- an office filing its own exports has one rule for its head and its tail: its exports show its
  payments, not their period, so a head gap (a cumulative export from January shows February) is
  info saying both readings, and the document's hedge says it as a possibility;
- with the plan, a sub-unit's gap hedges only the sub kegiatan that sub-unit plans or pays.

Expectations by hand from ``tests/data/sipd-realisasi/README.md`` (lines A1-A11, B1-B6; the
Puskesmas' January lines B1, B2 removed: it paid nothing then), ``tests/data/sipd-nyata`` (the
plan: the Puskesmas plans 1.02.02.2.02.0001, 0002, 0003; 0015 is the Dinas' alone) and the Renja
document of ``tests/data/dokumen-realisasi`` (row 28 Ibu Hamil 13.000.000, row 29 Ibu Bersalin
9.100.000, row 32 Kesehatan Lingkungan 45.000.000).
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from conftest import first_fast
from sipd_realisasi_fixture import EXPORTS

from renja_analysis.config import ROOT
from renja_analysis.findings.document_realisation import Periode, dokumen_vs_realisasi, sub_kegiatan_kantor
from renja_analysis.findings.realisation import _nama_bulan, ekspor_kosong
from renja_analysis.load import load_sipd_realisasi

PLAN = ROOT / "tests" / "data" / "sipd-nyata"
PKM = "realisasi-puskesmas-sukomoro-2026-0{}.json"
KOSONG = {"list": [], "api": {"draw": 1, "recordsTotal": 0, "recordsFiltered": 0, "data": []}}


def _records(value) -> list:
    return value["data"] if isinstance(value, dict) else value


def _folder(root, files: dict):
    root.mkdir()
    for name, value in files.items():
        (root / name).write_text(json.dumps(value), encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", root / "renja.json")
    return load_sipd_realisasi(root)


# one SIPD read a case: the first in make unit, both in make test (conftest.first_fast)
@pytest.fixture(scope="module", params=first_fast(sorted(KOSONG)))
def januari_kosong(request, tmp_path_factory):
    """The fixture's exports, the Puskesmas' January one empty (it paid nothing in January)."""
    files = {**EXPORTS, PKM.format(1): KOSONG[request.param]}
    return _folder(tmp_path_factory.mktemp("kosong") / "d", files)


@pytest.fixture(scope="module")
def kumulatif(tmp_path_factory):
    """The Dinas' monthly exports; the Puskesmas' one cumulative export of the quarter (its February
    and March records B3, B4, B4', B5, B6, in that order; B1 and B2 never existed)."""
    files = {k: v for k, v in EXPORTS.items() if not k.startswith("realisasi-puskesmas")}
    files["realisasi-puskesmas-sukomoro-2026.json"] = _records(EXPORTS[PKM.format(2)]) + _records(EXPORTS[PKM.format(3)])
    return _folder(tmp_path_factory.mktemp("kum") / "d", files)


@pytest.fixture(scope="module")
def dokumen(dokumen_realisasi):
    return dokumen_realisasi


# the fast test(s) of the same finding: test_a_cumulative_export_head_is_info_with_both_readings
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_an_empty_monthly_export_covers_its_month(januari_kosong):
    """The empty January export is the Puskesmas' (named as its February and March exports): January
    is covered, no gap is reported (old: a peringatan 'Ekspor Januari 2026 mungkin belum disertakan')."""
    t = januari_kosong.temuan
    assert not (t["jenis"] == "sipd_realisasi_periode_celah").any()
    akun = januari_kosong.berkas.set_index("berkas")
    assert akun.loc[PKM.format(1), "status"] == "kosong"


# the fast test(s) of the same finding: test_a_sub_unit_head_gap_hedges_its_own_rows_only
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_document_is_blamed_when_the_exports_are_complete(januari_kosong, dokumen):
    """Row 28 (0001): A4 7.500.000 + B5 3.100.000 = 10.600.000 against 13.000.000 (18,46 %); row 29
    (0002): B6 3.100.000 against 9.100.000; row 32 (0015): A9 in process, Rp0 against 45.000.000.
    Every export of the quarter was given: kritis, SIPD's figures 'sampai akhir Maret' unqualified
    (old: three peringatan quoted '(tanpa Januari 2026: bulan itu tidak dicakup ekspor)')."""
    tabel, temuan, _, periode = dokumen_vs_realisasi(dokumen, januari_kosong)
    rows = tabel.set_index("baris_dokumen")
    assert [rows.loc[r, "realisasi_sipd_rp"] for r in (28, 29, 32)] == [10_600_000, 3_100_000, 0]
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    assert [t.loc[r, "tingkat"] for r in (28, 29, 32)] == ["kritis", "kritis", "kritis"]
    assert periode.celah is None
    for r in (28, 29, 32):
        assert "sampai akhir Maret (sub kegiatan" in t.loc[r, "pesan"]
        assert "mungkin" not in t.loc[r, "pesan"]


def test_a_cumulative_export_head_is_info_with_both_readings(kumulatif):
    """The Puskesmas' one export begins with B3 (11 February, record 1): whether it paid nothing in
    January (the export cumulative from January) or its January export is missing is not known: info
    (old: peringatan 'Sertakan ekspor bulan itu'), both readings said."""
    t = kumulatif.temuan
    c = t[t["jenis"] == "sipd_realisasi_periode_celah"]
    assert c[["tingkat", "tabel", "baris_sumber"]].values.tolist() == [
        ["info", "SIPD realisasi-puskesmas-sukomoro-2026.json", 1]]
    pesan = c["pesan"].iloc[0]
    assert "Pembayaran pertama PUSKESMAS SUKOMORO (1.02.0.00.0.00.01.0001)" in pesan
    assert "tidak diketahui apakah ia tidak membayar apa pun pada Januari 2026" in pesan
    assert "Sertakan" not in pesan


def test_a_sub_unit_head_gap_hedges_its_own_rows_only(kumulatif, dokumen):
    """Rows 28 and 29 hold the Puskesmas' sub kegiatan (0001, 0002 in its plan): SIPD below the
    document while its January may be missing: peringatan, said as a possibility. Row 32 (0015) is
    the Dinas' alone in the plan and its exports cover January to March: kritis (old: peringatan,
    'ekspor realisasi perangkat daerah ini tidak mencakup Januari 2026'). No figure carries the gap
    as a fact."""
    tabel, temuan, _, periode = dokumen_vs_realisasi(dokumen, kumulatif)
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    assert [t.loc[r, "tingkat"] for r in (28, 29, 32)] == ["peringatan", "peringatan", "kritis"]
    for r in (28, 29):
        assert ("pembayaran pertama dalam ekspor realisasi PUSKESMAS SUKOMORO Februari 2026, sedangkan realisasi "
                "dihitung sejak Januari: ekspor sebelumnya mungkin belum disertakan") in t.loc[r, "pesan"]
    assert "Data SIPD mungkin tidak lengkap" not in t.loc[32, "pesan"]
    assert periode.celah is None
    assert not temuan["pesan"].str.contains("bulan itu tidak dicakup|ekspor tidak mencakup").any()


def test_an_empty_export_covers_only_the_month_and_office_its_name_tells():
    """pkm-2026-01.json beside pkm-2026-02.json (office 7): office 7's January. x.json (no month),
    dinkes-2026-05.json (no export of that series read) and both-2026-04.json (its series holds
    two offices) tell none: they cover nothing."""
    akun = pd.DataFrame({"berkas": ["pkm-2026-01.json", "pkm-2026-02.json", "x.json", "dinkes-2026-05.json",
                                    "both-2026-03.json", "both-2026-04.json"],
                         "status": ["kosong", "dibaca", "kosong", "kosong", "dibaca", "kosong"]})
    b = pd.DataFrame({"berkas": ["pkm-2026-02.json", "both-2026-03.json", "both-2026-03.json"],
                      "kode_skpd": ["7", "1", "2"]})
    k = ekspor_kosong(akun, b)
    assert k["kode_skpd"].tolist() == ["7"] and [_nama_bulan(m, m) for m in k["bulan"]] == ["Januari 2026"]
    assert k["berkas"].tolist() == ["pkm-2026-01.json"]
    assert not len(ekspor_kosong(None, b))


def test_the_gap_is_worded_as_a_possibility_on_the_rows_it_may_touch():
    assert Periode(3, 1, "", celah="Januari 2026").sampai() == (
        "sampai akhir Maret (tanpa Januari 2026: bulan itu mungkin tidak dicakup ekspor)")
    p = Periode(3, 1, "", celah="Januari 2026", celah_kode=("1.02.02.2.02.0001",))
    assert p.sampai("1.02.02.2.02.0015") == "sampai akhir Maret"
    assert p.sampai("1.02.02.2.02.0001").endswith("(tanpa Januari 2026: bulan itu mungkin tidak dicakup ekspor)")


def test_the_sub_kegiatan_of_a_sub_unit_are_its_plan_and_its_payments():
    """Plan: SKPD D plans s1, s2 as itself and s3 for its sub-unit P; P's lines pay s9. P's missing
    export may hold s3 and s9; without the plan, or for an office it does not name, any (None)."""
    r = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
                      "kode": ["1.02", "s1", "s2", "s3"], "kode_skpd": "D", "kode_sub_skpd": ["D", "D", "D", "P"]})
    b = pd.DataFrame({"kode_skpd": ["P", "D"], "kode_sub_giat": ["s9", "s1"]})
    assert sub_kegiatan_kantor(b, r, ["P"]) == ("s3", "s9")
    assert sub_kegiatan_kantor(b, r, ["D"]) == ("s1", "s2")
    assert sub_kegiatan_kantor(b, None, ["P"]) is None
    assert sub_kegiatan_kantor(b, r, ["X"]) is None


# one SIPD read a case: the first in make unit, both in make test (conftest.first_fast)
@pytest.fixture(scope="module", params=first_fast(["", " \n"]), ids=["0byte", "spasi"])
def januari_rusak(request, tmp_path_factory):
    """The Puskesmas' January file 0 bytes or whitespace only: what an interrupted download leaves
    (REV-U U2). It holds no export at all, so it cannot say the Puskesmas paid nothing in January."""
    root = tmp_path_factory.mktemp("rusak") / "d"
    root.mkdir()
    for name, value in EXPORTS.items():
        if name != PKM.format(1):
            (root / name).write_text(json.dumps(value), encoding="utf-8")
    (root / PKM.format(1)).write_text(request.param, encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", root / "renja.json")
    return load_sipd_realisasi(root)


# the fast test(s) of the same finding: test_a_cumulative_export_head_is_info_with_both_readings,
# test_a_sub_unit_head_gap_hedges_its_own_rows_only
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_0byte_or_blank_file_covers_no_month(januari_rusak, dokumen):
    """Listed as kosong, but no export: the Puskesmas' January is as if missing. Its first payment
    is B3 (11 February, 2026-02 record 1): the head gap, info with both readings. Rows 28 (SIPD
    10.600.000 vs 13.000.000) and 29 (3.100.000 vs 9.100.000) are the Puskesmas' sub kegiatan and
    January may hold B1/B2: peringatan, said as a possibility; row 32 (the Dinas' alone) kritis.
    Old: January covered, rows 28 and 29 kritis 'Periksa angka dokumen dengan SP2D/TBP-nya'."""
    akun = januari_rusak.berkas.set_index("berkas")
    assert akun.loc[PKM.format(1), "status"] == "kosong"
    assert not len(ekspor_kosong(januari_rusak.berkas, januari_rusak.baris))
    c = januari_rusak.temuan[januari_rusak.temuan["jenis"] == "sipd_realisasi_periode_celah"]
    assert c[["tingkat", "tabel", "baris_sumber"]].values.tolist() == [
        ["info", "SIPD " + PKM.format(2), 1]]
    _, temuan, _, _ = dokumen_vs_realisasi(dokumen, januari_rusak)
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    assert [t.loc[r, "tingkat"] for r in (28, 29, 32)] == ["peringatan", "peringatan", "kritis"]
    for r in (28, 29):
        assert "Data SIPD mungkin tidak lengkap" in t.loc[r, "pesan"]
        assert "Periksa angka dokumen dengan SP2D/TBP-nya" not in t.loc[r, "pesan"]
