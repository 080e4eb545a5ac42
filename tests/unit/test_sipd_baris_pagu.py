"""The SIPD reconciliation table names the table and line whose pagu it compared (``tabel_pagu``,
``baris_pagu``), and the registry says what is not compared for a table of unknown scale.

Fixture: the bundled document with 3.2 in thousands and 3.3's money cells in thousands under the
header ``PAGU INDIKATIF (Rp)`` (``test_tabel_33_ribuan._keduanya_ribuan(header=False)``; REV-AA AA1's
``c1_33rp_header.md``): 3.3's pagu, as written, is about 1/1000 of Tabel 2.2's under a header not
saying thousands, so its scale is unknown and 3.2's (known, thousands) is compared in its place.
Expectations read off the text by hand:

- sub kegiatan X.XX.01.2.08.0003 (Penyediaan Jasa Peralatan dan Perlengkapan Kantor): 3.3 line 462
  writes 6,600 (unit unknown); 3.2 line 393 writes 6,600 in thousands, Rp6.600.000; SIPD 6600000.
  The reconciliation row is 3.3's line 462 (its name and target) but its pagu Rp6.600.000 is 3.2's,
  line 393: it must say so, not Tabel 3.3;
- in the bundled document (both tables in rupiah), the same row's pagu is 3.3's own, line 462.
"""
import pytest

from renja_analysis.config import ROOT
from renja_analysis.findings.registry import DAFTAR
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW
from tests.unit.test_tabel_33_ribuan import RENCANA, _keduanya_ribuan

SIPD = ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"
KODE = "X.XX.01.2.08.0003"


def _row(doc):
    r = doc.rekonsiliasi
    return r[r["kode_sipd"].astype(str) == KODE].iloc[0]


@pytest.fixture(scope="module")
def rp33(tmp_path_factory, sipd_magetan):
    # sipd_magetan: load_sipd(SIPD), tests/conftest.py (shared: never change it)
    return load_document(_keduanya_ribuan(tmp_path_factory.mktemp("bp"), header=False), sipd=sipd_magetan)


def test_pagu_of_32_used_names_32_and_its_line(rp33):
    assert rp33.skala_review == 1000 and rp33.skala_rencana != rp33.skala_rencana      # 3.3 unknown (NaN)
    r = _row(rp33)
    assert (r["tabel_dokumen"], r["baris_dokumen"], r["baris_review"]) == (RENCANA, 462, 393)
    assert r["pagu_dokumen_rp"] == 6_600_000 and r["pagu_sipd_rp"] == 6_600_000
    # old: only 'Tabel 3.3 (Rencana Perubahan)', line 462, beside 3.2's pagu
    assert (r["tabel_pagu"], r["baris_pagu"]) == (REVIEW, 393)


def test_pagu_of_33_names_33_and_its_line(bundled_magetan):
    r = _row(bundled_magetan)                # load_document(sipd=SIPD), tests/conftest.py (shared)
    assert (r["tabel_pagu"], r["baris_pagu"], r["pagu_dokumen_rp"]) == (RENCANA, 462, 6_600_000)


def test_registry_says_unknown_scale_not_compared_in_both_languages():
    j = next(j for j in DAFTAR if j.kode == "dokumen_vs_sipd")
    # old: only the English sentence named it, and only a header saying thousands
    assert "skala nilainya tidak dapat dipastikan" in j.glosarium
    assert "tidak setara pagu Tabel 2.2" in j.glosarium and "seperseribu" in j.glosarium
    assert "pagu Tabel 3.2 yang skalanya pasti dipakai sebagai gantinya" in j.glosarium
    assert "satu temuan info per tabel" in j.glosarium
    assert "its header does not say thousands" in j.penjelasan and "1/1000" in j.penjelasan
    # REV-AG AG10: such a pagu under a header naming no thousands is compared under both readings (was: not at all)
    assert "dalam rupiah maupun dalam ribuan (jutaan) rupiah" in j.glosarium and "dalam kedua bacaan" in j.glosarium
    assert "compared under both readings" in j.penjelasan
