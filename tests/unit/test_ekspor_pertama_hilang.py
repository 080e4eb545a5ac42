"""An office's FIRST monthly realisation export missing (session 13; a leftover of REV-N N5).

``bulan_celah`` counted an office's months from its first payment, so an office whose January
export was missing (February and March given) had no gap: nothing was said, and the document's
realisation was compared with SIPD's "sampai akhir Maret" as if complete (2 false kritis on the
fixture below). Realisation is cumulative from 1 January of the budget year: the office's span
now starts there (``tahun``), the same rule as the tail (which runs on to the pemda's last month);
a head month no export of the office covers is a ``sipd_realisasi_periode_celah`` finding
naming it, and the document comparison hedges as for any other gap. FIX-SIPD2 (REV-S S2): an
office filing its own exports (in no pemda-wide export) has one rule for its head and its tail:
its exports show its payments, not their period (an empty January export or a cumulative one from
January shows February), so the finding is info saying both readings, SIPD's figure is quoted
"sampai akhir Maret" with the possibility said in the hedge (as for the tail), never as fact.

Expectations by hand from ``tests/data/sipd-realisasi/README.md`` (lines A1-A11, B1-B6) without
``realisasi-puskesmas-sukomoro-2026-01.json`` (B1, B2) and from
``tests/data/dokumen-realisasi`` (the Renja document: row 28 Ibu Hamil 13.000.000, row 29 Ibu
Bersalin 9.100.000).
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from sipd_realisasi_fixture import EXPORTS

from renja_analysis.config import ROOT
from renja_analysis.findings.document_realisation import Periode, bisa_turun, dokumen_vs_realisasi
from renja_analysis.findings.realisation import bulan_celah, periode_celah
from renja_analysis.load import load_sipd_realisasi

PLAN = ROOT / "tests" / "data" / "sipd-nyata"
PKM_JAN = "realisasi-puskesmas-sukomoro-2026-01.json"


@pytest.fixture(scope="module")
def tanpa_januari(tmp_path_factory):
    """The fixture's six exports but the Puskesmas' January one, with the plan beside them."""
    folder = tmp_path_factory.mktemp("jan") / "d"
    folder.mkdir()
    for name, value in EXPORTS.items():
        if name != PKM_JAN:
            (folder / name).write_text(json.dumps(value), encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", folder / "renja.json")
    return load_sipd_realisasi(folder)


def test_the_missing_first_export_is_reported_naming_office_and_month(tanpa_januari):
    """The Puskesmas' first payment left: B3, 11 February (pkm-02, record 1; B4 there is in process,
    no payment). The Dinas' exports begin in January (A1, A2, A5): no gap of its own. The Puskesmas
    files its own exports: info, both readings (FIX-SIPD2)."""
    t = tanpa_januari.temuan
    celah = t[t["jenis"] == "sipd_realisasi_periode_celah"]
    assert len(celah) == 1
    r = celah.iloc[0]
    assert r["tingkat"] == "info"
    assert r["tabel"] == "SIPD realisasi-puskesmas-sukomoro-2026-02.json" and r["baris_sumber"] == 1
    assert "PUSKESMAS SUKOMORO (1.02.0.00.0.00.01.0001)" in r["pesan"]
    assert "pertama PUSKESMAS SUKOMORO" in r["pesan"] and "11 Februari 2026" in r["pesan"]
    assert "tidak diketahui apakah ia tidak membayar apa pun pada Januari 2026" in r["pesan"]
    assert "ekspornya untuk Januari 2026 belum disertakan" in r["pesan"]


def test_the_document_is_not_blamed_over_the_missing_month(tanpa_januari, dokumen_realisasi):
    """Row 28 (1.02.02.2.02.0001): A4 7.500.000 + B5 3.100.000 = 10.600.000 against 13.000.000 (B1's
    2.400.000 was January's); row 29 (1.02.02.2.02.0002): B6 3.100.000 against 9.100.000 (B2's
    6.000.000 was January's). Both were kritis "sampai akhir Maret"; SIPD below the document while
    January may not be covered: peringatan, the possibility said (FIX-SIPD2: as for the tail of an
    office's own exports, not quoted as a fact). Row 32 (1.02.02.2.02.0015) is the Dinas' alone in
    the plan, its Jan-Mar exports complete: still kritis (SIPD Rp0 against Rp45.000.000)."""
    tabel, temuan, _, periode = dokumen_vs_realisasi(dokumen_realisasi, tanpa_januari)
    rows = tabel.set_index("baris_dokumen")
    assert [rows.loc[r, "realisasi_sipd_rp"] for r in (28, 29)] == [10_600_000, 3_100_000]
    t = temuan[temuan["jenis"] == "dokumen_vs_realisasi_sipd"].set_index("baris_sumber")
    assert [t.loc[r, "tingkat"] for r in (28, 29, 32)] == ["peringatan", "peringatan", "kritis"]
    assert periode.celah is None and "tidak mencakup" not in periode.dasar
    for r in (28, 29):
        pesan = t.loc[r, "pesan"]
        assert ("Data SIPD mungkin tidak lengkap: pembayaran pertama dalam ekspor realisasi PUSKESMAS SUKOMORO "
                "Februari 2026, sedangkan realisasi dihitung sejak Januari: ekspor sebelumnya mungkin belum "
                "disertakan (temuan sipd_realisasi_periode_celah)") in pesan
    assert "mungkin" not in t.loc[32, "pesan"]
    # nothing says as a fact that the exports leave January out
    assert not temuan["pesan"].str.contains("bulan itu tidak dicakup|ekspor tidak mencakup").any()


def _lines(berkas, kode, tanggal, **extra) -> pd.DataFrame:
    return pd.DataFrame({"berkas": berkas, "baris": range(1, len(berkas) + 1), "kode_skpd": kode,
                         "nama_skpd": [f"DINAS {k}" for k in kode], "nama_sub_giat": "S", "jenis_dokumen": "TBP",
                         "tanggal_dokumen": pd.to_datetime(tanggal), "tanggal_sp2d": pd.NaT, **extra})


def test_one_office_whose_exports_begin_in_february():
    """One office's February and March exports (2026): January, the budget year's first month, is
    not covered: one finding on its first payment (feb.json record 1); the old rule (span from
    its first payment) saw none. Its exports are its own: info (FIX-SIPD2, as its tail would be).
    Without ``tahun`` the budget year is not known: no head."""
    b = _lines(["feb.json", "mar.json"], ["1", "1"], ["2026-02-03", "2026-03-04"], tahun=2026)
    g = bulan_celah(b)
    assert g["bulan"].tolist() == [2026 * 12] and g["kepala"].tolist() == [True]
    f = periode_celah(b)
    assert f[["tingkat", "tabel", "baris_sumber"]].values.tolist() == [["info", "SIPD feb.json", 1]]
    assert "pada Januari 2026" in f["pesan"].iloc[0]
    assert not len(bulan_celah(b.drop(columns="tahun")))


def test_a_pemda_wide_january_export_covers_an_office_that_paid_nothing_then():
    """Pemda-wide exports (several SKPDs in a file) of January to March; office 2 paid first in
    February: the January export is the pemda's and covers it. No gap."""
    w = _lines(["jan.json", "feb.json", "feb.json", "mar.json", "mar.json"], ["1", "1", "2", "1", "2"],
               ["2026-01-05", "2026-02-03", "2026-02-06", "2026-03-02", "2026-03-09"], tahun=2026)
    assert not len(bulan_celah(w))


def test_sipd_above_with_a_negative_line_may_come_down_over_a_gap():
    """A return (net -2) in data missing January: SIPD above the document may come down (bisa_turun),
    as when the exports end early."""
    b = pd.DataFrame({"berkas": "feb.json", "baris": [1, 2], "tahun": 2026, "kode_skpd": "1", "nama_skpd": "D",
                      "kode_sub_giat": "s1", "status_realisasi": "terealisasi", "nilai_bersih_rp": [5.0, -2.0]})
    turun = bisa_turun(b, None, Periode(3, 1, "", celah="Januari 2026"))
    assert turun is not None and "ekspor mungkin tidak mencakup Januari 2026" in turun
    assert bisa_turun(b, None, Periode(3, 1, "")) is None
