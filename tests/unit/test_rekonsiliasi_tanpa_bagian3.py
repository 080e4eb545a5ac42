"""A document without section 3 (no Tabel 3.2, no Tabel 3.3) reconciled with its office's SIPD plan.

tests/data/dokumen-realisasi holds Tabel 2.2 only (its README: "Tabel 2.2 only"); its title page
names Kabupaten Contoh, 2026, Dinas Kesehatan. tests/data/sipd-nyata is that office's plan export
(tests/sipd_nyata_fixture.py, ``TREE``): tahun 2026, id_daerah 89, lokasi_bl "Kab. Contoh, ...",
nama_skpd DINAS KESEHATAN, so the guard finds pemda, year and office the same (no
``kesesuaian_sipd`` finding). Its rows, the two sub-units taken together by code, by hand:

- programs X.XX.01, 1.02.02 = 2;
- kegiatan X.XX.01.2.02, 1.02.02.2.01, 1.02.02.2.02 (the Dinas' and the Puskesmas' one code) = 3;
- sub kegiatan X.XX.01.2.02.0001, .0002, .0005, 1.02.02.2.01.0014, 1.02.02.2.02.0001 (Ibu Hamil, in
  both sub-units), .0020, .0015, .0002, .0003 = 9.

The document has no plan row to compare them with: nothing is compared, none of the 14 SIPD rows is
"in SIPD but not in the document" (the old code said so 14 times, kritis), one info finding says why.
"""
from __future__ import annotations

import json

import pytest

from renja_analysis import load_document
from renja_analysis.cli import main
from renja_analysis.config import ROOT
from renja_analysis.findings.reconciliation import SipdTidakSepadan
from renja_analysis.load import dokumen_sipd
from renja_analysis.present import narrative

DOKUMEN = ROOT / "tests/data/dokumen-realisasi/renja-perubahan-2026-dinas-kesehatan.md"
SIPD = ROOT / "tests/data/sipd-nyata"


@pytest.fixture(scope="module")
def doc(sipd_nyata):
    return load_document(DOKUMEN, sipd=sipd_nyata)     # sipd_nyata: load_sipd(SIPD), tests/conftest.py (shared)


def _sipd_temuan(doc):
    t = doc.temuan
    return t[t["jenis"].astype(str).isin(["kesesuaian_sipd", "dokumen_vs_sipd"])]


def test_no_sipd_row_blamed_as_missing(doc):
    t = _sipd_temuan(doc)
    assert len(t) == 1
    r = t.iloc[0]
    assert (str(r["jenis"]), str(r["tingkat"])) == ("dokumen_vs_sipd", "info")
    assert "ada di SIPD tetapi tidak ditemukan di dokumen" not in r["pesan"]
    assert "tidak dibandingkan baris demi baris" in r["pesan"]
    assert "judul Tabel 3.2 maupun 3.3 tidak ditemukan di dokumen" in r["pesan"]
    assert "(2 program, 3 kegiatan, 9 sub kegiatan)" in r["pesan"]
    assert (doc.temuan["tingkat"].astype(str) == "kritis").sum() == 0
    # nothing compared: no row of the match table, so no "hanya_sipd" row either
    assert len(doc.rekonsiliasi) == 0


def test_narratives_claim_no_miss(doc, sipd_nyata):
    teks = narrative.ringkasan_rekonsiliasi(doc)
    assert "Hanya di SIPD" not in teks
    assert "Dokumen tidak dibandingkan baris demi baris dengan data SIPD" in teks
    # the pemda page (notebook 70) reconciles the document it is given
    data = sipd_nyata                  # load_sipd(SIPD), tests/conftest.py (shared: never change it)
    d, alasan = dokumen_sipd(data, sumber=DOKUMEN)
    assert alasan is None and len(d.rekonsiliasi) == 0
    halaman = narrative.ringkasan_sipd_pemda(data, d, alasan)
    assert "tidak dibandingkan baris demi baris dengan perangkat daerahnya di SIPD" in halaman
    assert "kritis" not in halaman.split("renja-perubahan-2026-dinas-kesehatan.md")[-1]


@pytest.mark.slow  # a CLI run: reads the document and the SIPD export
def test_cli_strict_passes(capsys):
    code = main(["check", "--source", str(DOKUMEN), "--sipd", str(SIPD), "--strict"])
    out = capsys.readouterr().out
    assert code == 0
    assert "hanya di SIPD 14" not in out
    assert "dokumen tidak dibandingkan baris demi baris" in out


@pytest.mark.slow  # two reads of the document and the export
def test_guard_first_then_one_finding(tmp_path):
    # the same export one year off: refused as before; forced, the guard's finding names the year
    # and the one dokumen_vs_sipd finding says nothing was compared (no "[Dibandingkan ...]" prefix)
    recs = json.loads((SIPD / "dinas-kesehatan-indikator.json").read_text(encoding="utf-8"))
    for r in recs:
        r["tahun"] = 2025
    (tmp_path / "sipd.json").write_text(json.dumps(recs), encoding="utf-8")
    with pytest.raises(SipdTidakSepadan):
        load_document(DOKUMEN, sipd=tmp_path / "sipd.json")
    t = _sipd_temuan(load_document(DOKUMEN, sipd=tmp_path / "sipd.json", paksa=True))
    assert t["jenis"].astype(str).tolist() == ["kesesuaian_sipd", "dokumen_vs_sipd"]
    assert t["tingkat"].astype(str).tolist() == ["info", "info"]
    assert t.iloc[1]["pesan"].startswith("Dokumen tidak dibandingkan baris demi baris")
