"""The SIPD reconciliation of a pagu of unknown scale, one of two readings (REV-AG AG10).

A table whose header names no thousands over pagu about 0,001 of Tabel 2.2's (or, a Renja murni's, of the
same year's plan in its other section-3 table) is read as written, its scale one of two: rupiah as written,
or thousands (``reconciliation.skala_lain_pagu``). Before: such a pagu paired with a SIPD row was never
compared, only one info per table said "tidak dinilai", so a pagu differing from SIPD under BOTH readings,
a true difference whatever the scale, was hidden. Now each reading is tried within its own rounding of the
cell as written (as written: Rp1; in thousands: half a unit of its last written digit x 1000, Rp500 for a
whole number, times the n sub kegiatan with a pagu SIPD holds under it, as ``toleransi_sipd`` for a table
known to be in thousands); one reading within it: nothing; both beyond it: reported as a pagu of known scale
is, both readings and both differences quoted, ``nilai_rp`` the smaller.

Expected values by hand:

- sub kegiatan written 16.000, SIPD Rp17.000.000: as rupiah 17.000.000 - 16.000 = Rp16.984.000 below, in
  thousands 17.000.000 - 16.000.000 = Rp1.000.000 below, beyond Rp500: kritis, nilai_rp 1.000.000;
- the same against SIPD Rp16.000.400 (Rp400 off in thousands, within Rp500) or Rp16.000 (exact as rupiah):
  nothing; against Rp16.000.600: Rp600 off in thousands, as rupiah Rp15.984.600: kritis;
- against SIPD Rp15.000.000: as rupiah Rp14.984.000 below, in thousands Rp1.000.000 above (SIPD below the
  document under one reading: ``_sipd_kurang``);
- a kegiatan written 36.000 with two sub kegiatan under it in SIPD: Rp1.000 allowed in thousands (2 x Rp500):
  SIPD Rp36.000.900 nothing, Rp36.001.100 kritis (Rp1.100 > Rp1.000);
- in millions (ratio about 0,000001): written 16,4, half a unit of its last digit 0,05 x 1.000.000 = Rp50.000:
  SIPD Rp16.430.000 (Rp30.000 off) nothing, Rp16.460.000 (Rp60.000 off) kritis;
- a kegiatan written 36.000, SIPD Rp37.000.000, whose sub kegiatan 16.000 and 20.000 against SIPD's
  16.000.000 and 21.000.000 differ by (16.000 - 16.000.000) + (20.000 - 21.000.000) = -36.964.000 as rupiah
  and 0 - 1.000.000 = -1.000.000 in thousands: its own difference -36.964.000 / -1.000.000 is theirs under
  both readings: info (once, at the children); with the children's sum unknown under one reading, its own
  difference is still nil as rupiah, so not one under both: info naming each reading (was kritis, REV-AP item 1:
  the sums now leave out a child fitting SIPD only under the other reading, so a sum that is known is one of
  children that fit or are reported); with the sum unknown under both, or not its own under either: kritis;
- a Renja Perubahan row written 16.000 after the change and 15.000 (APBD) before, SIPD Rp15.000.000: in
  thousands SIPD holds the pre-revision pagu: peringatan (SIPD of the stage before), not kritis.
"""

import numpy as np
import pandas as pd
import pytest

from renja_analysis.findings.reconciliation import _temuan, skala_lain_pagu
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_dua_skala import REVIEW, _murni, _sipd

KRITIS_17 = (
    "Pagu sub kegiatan di dokumen 16.000 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp16.000, dalam "
    "ribuan rupiah Rp16.000.000; keduanya berbeda), di SIPD (2.17.01.2.06.0004) Rp17.000.000: dokumen lebih kecil "
    "Rp16.984.000 bila dibaca dalam rupiah dan lebih kecil Rp1.000.000 bila dibaca dalam ribuan rupiah (melebihi "
    "pembulatan angka yang tertulis, paling banyak Rp500); pagu dokumen Renja harus sama dengan SIPD.")


def _d(pagu=16_000.0, level="sub_kegiatan", kode="2.17.01.2.06.0004", **kw):
    return pd.Series({"level": level, "kode": kode, "nama": "Penyediaan Bahan Logistik Kantor", "indikator": pd.NA,
                      "target": np.nan, "satuan": pd.NA, "pagu_rp": pagu, "tabel": REVIEW, "baris_sumber": 51,
                      "baris_review": 51, "pagu_apbd_rp": np.nan, "pagu_rkpd_rp": np.nan, "tabel_pagu": REVIEW,
                      "skala_pagu": np.nan, "baris_pagu": pd.NA} | kw)


def _s(pagu, kode="2.17.01.2.06.0004", tanpa=0):
    return pd.Series({"kode_sipd": kode, "nama": "Penyediaan Bahan Logistik Kantor", "pagu_rp": float(pagu),
                      "berkas": "sipd.json", "baris_sumber": 1, "tanpa_pagu": tanpa, "urutan": 1})


def _pagu(records):
    return [r for r in records if r["kolom"] == "pagu_rp"]


def test_differs_under_both_readings_kritis():
    out = _pagu(_temuan(_d(), _s(17_000_000), None, "kode", np.nan, lain=1000.0))
    # old (lain ignored, a pagu of unknown scale never compared): []
    assert [r["tingkat"] for r in out] == ["kritis"]
    assert out[0]["pesan"] == KRITIS_17
    assert out[0]["nilai_rp"] == 1_000_000.0
    assert out[0]["_sipd_kurang"] is False          # SIPD above the document under both readings


@pytest.mark.parametrize("sipd, selisih", [
    (16_000_400, None), (16_000, None),             # in thousands within Rp500; as rupiah exact
    (16_000_600, "lebih kecil Rp15.984.600 bila dibaca dalam rupiah dan lebih kecil Rp600 bila dibaca dalam ribuan"),
    (15_000_000, "lebih kecil Rp14.984.000 bila dibaca dalam rupiah dan lebih besar Rp1.000.000 bila dibaca dalam"),
])
def test_one_reading_fits_nothing(sipd, selisih):
    out = _pagu(_temuan(_d(), _s(sipd), None, "kode", np.nan, lain=1000.0))
    assert [r["tingkat"] for r in out] == ([] if selisih is None else ["kritis"])
    if selisih:
        assert f"dokumen {selisih}" in out[0]["pesan"]
        assert out[0]["_sipd_kurang"] is (sipd < 16_000_000)


@pytest.mark.parametrize("sipd, tingkat", [(36_000_900, []), (36_001_100, ["kritis"])])
def test_parent_two_rounded_children(sipd, tingkat):
    d = _d(36_000.0, "kegiatan", "2.17.01.2.06")
    out = _pagu(_temuan(d, _s(sipd, "2.17.01.2.06"), None, "kode", np.nan, n_sub=2, lain=1000.0))
    assert [r["tingkat"] for r in out] == tingkat
    if tingkat:
        assert "lebih kecil Rp1.100 bila dibaca dalam ribuan rupiah (melebihi pembulatan angka yang tertulis, " \
               "paling banyak Rp1.000)" in out[0]["pesan"]


@pytest.mark.parametrize("sipd, tingkat", [(16_430_000, []), (16_460_000, ["kritis"])])
def test_millions_rounding_of_last_digit(sipd, tingkat):
    out = _pagu(_temuan(_d(16.4), _s(sipd), None, "kode", np.nan, lain=1e6))
    assert [r["tingkat"] for r in out] == tingkat
    if tingkat:
        assert out[0]["pesan"].startswith(
            "Pagu sub kegiatan di dokumen 16,4 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp16,4, "
            "dalam jutaan rupiah Rp16.400.000; keduanya berbeda)")
        assert "lebih kecil Rp60.000 bila dibaca dalam jutaan rupiah (melebihi pembulatan angka yang tertulis, " \
               "paling banyak Rp50.000)" in out[0]["pesan"]


def test_parent_difference_its_childrens_under_both():
    d = _d(36_000.0, "kegiatan", "2.17.01.2.06")
    s = _s(37_000_000, "2.17.01.2.06")
    both = _pagu(_temuan(d, s, None, "kode", np.nan, n_sub=2, lain=1000.0, anak_dua=(-36_964_000.0, -1_000_000.0)))
    assert [r["tingkat"] for r in both] == ["info"]
    assert ("selisih Rp36.964.000 (dibaca dalam rupiah) atau Rp1.000.000 (dibaca dalam ribuan rupiah) seluruhnya "
            "berasal dari selisih pagu sub kegiatan di bawahnya") in both[0]["pesan"]
    one = _pagu(_temuan(d, s, None, "kode", np.nan, n_sub=2, lain=1000.0, anak_dua=(-36_964_000.0, np.nan)))
    # old: kritis (its difference its children's under both readings required)
    assert [r["tingkat"] for r in one] == ["info"]
    assert ("bila dibaca dalam rupiah, selisih Rp36.964.000 seluruhnya berasal dari selisih pagu sub kegiatan di "
            "bawahnya, yang dilaporkan tersendiri; bila dibaca dalam ribuan rupiah, dokumen lebih kecil Rp1.000.000 "
            "dan selisih itu tidak dapat dijelaskan") in one[0]["pesan"]
    for anak in ((np.nan, np.nan), (-36_000_000.0, np.nan), (-36_964_000.0 + 5, -1_000_000.0 + 5_000)):
        # unknown under both; as rupiah Rp964.000 its own; beyond each reading's tolerance (Rp1; 1,5 x Rp1.000)
        out = _pagu(_temuan(d, s, None, "kode", np.nan, n_sub=2, lain=1000.0, anak_dua=anak))
        assert [r["tingkat"] for r in out] == ["kritis"]


def test_pre_revision_pagu_under_one_reading_peringatan():
    # a Renja Perubahan's 3.3 row of unknown scale: its pagu after the change and its APBD pagu before, as written
    d = _d(pagu_apbd_rp=15_000.0, tabel="Tabel 3.3 (Rencana Perubahan)", tabel_pagu="Tabel 3.3 (Rencana Perubahan)")
    out = _pagu(_temuan(d, _s(15_000_000), None, "kode", np.nan, lain=1000.0))
    assert [r["tingkat"] for r in out] == ["peringatan"]
    assert ("di SIPD (2.17.01.2.06.0004) Rp15.000.000: bila dibaca dalam ribuan rupiah, sama dengan pagu APBD "
            "dokumen sebelum perubahan (Tabel 3.3).") in out[0]["pesan"]


def test_sipd_pagu_empty_info_as_known_scale():
    # SIPD leaves the pagu empty: the info of a known scale, the document's pagu quoted as written, no rupiah
    s = _s(0)
    s["pagu_rp"] = np.nan
    out = _pagu(_temuan(_d(), s, None, "kode", np.nan, lain=1000.0))
    assert [r["tingkat"] for r in out] == ["info"]
    assert out[0]["pesan"] == (
        "SIPD tidak mencantumkan pagu sub kegiatan 2.17.01.2.06.0004 (kosong); pagu dokumen 16.000 (sebagaimana "
        "tertulis, satuannya tidak pasti) tidak dapat dibandingkan dan tidak dihitung sebagai selisih. Isi pagunya "
        "di SIPD (temuan sipd_pagu_kosong).")
    assert pd.isna(out[0]["nilai_rp"])


def test_no_second_reading_not_compared():
    # a header saying thousands over values that do not tell (no second reading): not compared, as before
    assert _pagu(_temuan(_d(), _s(17_000_000), None, "kode", np.nan)) == []


def _tanpa_33_logistik(tmp_path):
    """The bundled murni with 3.2's pagu in thousands under "Pagu Indikatif (Rp)" (``_murni``) and the 3.3 row of
    "Penyediaan Bahan Logistik Kantor" (its code line and its indicator line) left out: its SIPD row is paired
    with 3.2's line 51, written 16,000."""
    path = _murni(tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(i for i, line in enumerate(lines) if "2.17.01.2.06.0004" in line)
    del lines[i:i + 2]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("pagu, beda", [(17_000_000, True), (16_000_000, False)])
def test_murni_32_one_of_two_against_sipd(tmp_path, pagu, beda):
    d = load_document(_tanpa_33_logistik(tmp_path), sipd=_sipd(tmp_path / "sipd.json", pagu), paksa=True)
    lain32, lain33 = skala_lain_pagu(d)         # 3.2 one of two (as written or thousands); 3.3 in rupiah, known
    assert lain32 == 1000.0 and np.isnan(lain33)
    t = d.temuan
    f = t[(t["jenis"] == "dokumen_vs_sipd") & (t["kolom"] == "pagu_rp") & t["tabel"].astype(str).str.startswith(REVIEW)]
    baris = f[~f["pesan"].str.contains(f"Pagu {REVIEW} dibandingkan dengan SIPD", regex=False)]
    # old: nothing of line 51's pagu; the document names its office only in its file name (Kesesuaian.ragu): the
    # kritis is a peringatan opening with that doubt (reconciliation.ragukan)
    assert baris["baris_sumber"].tolist() == ([51] if beda else [])
    if beda:
        assert baris["tingkat"].tolist() == ["peringatan"]
        assert baris["pesan"].iloc[0].endswith(KRITIS_17)
    info = f[f["pesan"].str.contains(f"Pagu {REVIEW} dibandingkan dengan SIPD", regex=False)]
    assert info["tingkat"].tolist() == ["info"]
    assert info["pesan"].iloc[0].endswith(
        "Pagu Tabel 3.2 (Review RKPD) dibandingkan dengan SIPD dalam rupiah maupun dalam ribuan rupiah karena skala "
        "nilainya tidak dapat dipastikan: judul kolomnya tidak menyatakan ribuan rupiah, tetapi median rasio pagunya "
        "terhadap pagu Tabel 2.2 0,0012, sekitar seperseribu. Dari 1 baris yang berpasangan dengan SIPD, hanya pagu "
        "yang berbeda dari SIPD dalam kedua bacaan itu yang dilaporkan, dan selisihnya tidak dicantumkan di tabel "
        "rekonsiliasi; nama dan targetnya tetap dibandingkan.")
    # the reconciliation table: the pagu as written, no difference computed (two readings)
    rk = d.rekonsiliasi[d.rekonsiliasi["kode_sipd"] == "2.17.01.2.06.0004"]
    assert rk["pagu_dokumen_rp"].tolist() == [16_000.0] and rk["selisih_pagu_rp"].isna().all()
