"""A Tabel 3.3 (or 3.2) in thousands whose header says so in other words than ``Rp.000`` (REV-Y Y3),
and a table whose pagu is not about Tabel 2.2's under a header naming no thousands.

The fixtures are the bundled document with every 3.3 money cell (``6,600,000.00``) divided by 1000
and rounded (``test_tabel_33_ribuan._keduanya_ribuan``), under the header written ``unit``; or 3.2's
pagu in thousands (``test_tabel_32_ribuan._ribuan``) under another header. Expectations read off the
bundled text by hand:

- 3.3 line 462 (sub kegiatan 2.17.01.2.08.0003) writes APBD 6,600,000.00; in thousands 6,600, read
  x1000: Rp6.600.000, Tabel 2.2's pagu (line 257) Rp6.600.000: equal, no finding;
- ``(Rp. Ribu)``, ``(Rp Ribuan)``, ``(Ribuan Rupiah)``, ``(Rp 1.000)``, ``(Rp x 1.000)``, ``(000)``
  each say thousands of rupiah as ``(Rp.000)`` does: the same reading (each APBD pagu x1000);
- under ``(Rp)`` or ``(Rp Juta)`` the 6,600 is read as written (Rp6.600): every APBD pagu is about
  1/1000 of 2.2's (6,600 / 6,600,000 = 0,0010), not about 1: the document's scale is not rupiah, so
  2.2's Rp6.600.000 against 3.3's 6.600 is not the document's error: no kritis, an info instead;
- 3.2 in thousands under ``Pagu Indikatif (Rp)`` (row of line 395 writes 82,124 for 82,123,600),
  3.3 in rupiah: 3.2's pagu about 1/1000 of 2.2's; 82.124 against 3.3's Rp82.123.600 (line 465) is
  no kritis, where the old code said kritis: 3.2's scale is one of two (1 or 1000), its pagu compared
  under both readings (RIBU8, the mirror of REV-AD AD8's for 3.3): in thousands Rp82.124.000 is within
  Rp1.000 of Rp82.123.600, so no row differs under both (info).
"""
import math

import pytest

from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW, _ribuan
from tests.unit.test_tabel_33_ribuan import RENCANA, T22_33, _keduanya_ribuan, _pagu

R32_33 = f"{REVIEW} vs {RENCANA}"


def _33_ribuan(tmp_path, unit):
    """The bundled document (3.2 in rupiah) with 3.3 in thousands under ``PAGU INDIKATIF (unit)``."""
    path = _keduanya_ribuan(tmp_path, rupiah_32=True, header=False)
    path.write_text(path.read_text(encoding="utf-8").replace("PAGU INDIKATIF (Rp)", f"PAGU INDIKATIF ({unit})"),
                    encoding="utf-8")
    return load_document(path)


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_not_about_22_never_kritis)
@pytest.mark.parametrize("unit", ["Rp. Ribu", "Rp Ribuan", "Ribuan Rupiah", "Rp 1.000", "Rp x 1.000", "000"])
def test_33_thousands_in_other_words_read_x1000(tmp_path, unit):
    d = _33_ribuan(tmp_path, unit)
    assert d.skala_rencana == 1000.0
    rc = d.rencana.set_index("baris_sumber")
    assert rc.loc[462, ["pagu_rkpd_rp", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp"]].tolist() == [6_600_000] * 3
    t = d.temuan
    assert not len(_pagu(t, T22_33)[lambda x: x["tingkat"] == "kritis"])
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert len(info) == 1 and f"sesuai judul kolom \u201cPAGU INDIKATIF ({unit})\u201d" in info["pesan"].iloc[0]


@pytest.mark.parametrize("unit", ["Rp", "Rp Juta"])
def test_33_not_about_22_never_kritis(tmp_path, unit):
    d = _33_ribuan(tmp_path, unit)
    assert math.isnan(d.skala_rencana)      # unknown: read as written, one of two scales (1 or 1000)
    assert d.rencana.set_index("baris_sumber").loc[462, "pagu_apbd_rp"] == 6_600
    t = d.temuan
    # compared under both readings (REV-AD AD8): every row agrees in thousands, so none differs under both
    assert not len(_pagu(t, T22_33)) and not len(_pagu(t, R32_33))
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert info["pesan"].tolist() == [
        f"Skala pagu {RENCANA} tidak dapat dipastikan dalam rupiah: median rasio pagu APBD-nya terhadap pagu "
        "Tabel 2.2 0,0010, sekitar seperseribu, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca "
        f"sebagaimana tertulis, dan pagunya dibandingkan dengan Tabel 2.2 dan {REVIEW} dalam rupiah maupun dalam "
        "ribuan rupiah: hanya baris yang berbeda dalam kedua bacaan itu yang dilaporkan."]
    assert info["tingkat"].tolist() == ["info"]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_not_about_22_never_kritis)
def test_32_not_about_22_never_kritis(tmp_path):
    d = load_document(_ribuan(tmp_path, header="Pagu Indikatif (Rp)"))
    assert d.skala_review == 1.0
    t = d.temuan
    assert not len(_pagu(t, R32_33))
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]
    assert info["pesan"].tolist() == [
        f"Skala pagu {REVIEW} tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu Tabel 2.2 "
        "0,0010, sekitar seperseribu, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana "
        f"tertulis, dan pagunya dibandingkan dengan {RENCANA} dalam rupiah maupun dalam ribuan rupiah: hanya baris "
        "yang berbeda dalam kedua bacaan itu yang dilaporkan."]


def test_33_not_about_22_not_compared_with_sipd(tmp_path, sipd_magetan):
    # 3.3 line 497 (2.17.07.2.01.0008) writes 1,513,500 (thousands) under "(Rp)"; SIPD holds
    # 1500000000. Read as written, Rp1.513.500 against SIPD's Rp1.500.000.000 would be "dokumen lebih
    # kecil": the scale, not the document. 3.2's own rupiah cell (line 438, 1,513,500,000) is still
    # compared: Rp13.500.000 above SIPD, the true kritis.
    # sipd_magetan: load_sipd of tests/data/sipd/dinkop-ukm-magetan.json, tests/conftest.py (shared: never change it)
    path = _keduanya_ribuan(tmp_path, rupiah_32=True, header=False)
    t = load_document(path, sipd=sipd_magetan).temuan
    f = t[(t["jenis"] == "dokumen_vs_sipd") & (t["kolom"] == "pagu_rp")]
    assert f[(f["tingkat"] != "info") & f["tabel"].astype(str).str.startswith(RENCANA)].empty
    assert f[f["baris_sumber"] == 438]["pesan"].tolist() == [
        "Pagu sub kegiatan di dokumen Rp1.513.500.000, di SIPD (2.17.07.2.01.0008) Rp1.500.000.000: dokumen "
        "lebih besar Rp13.500.000; pagu dokumen Renja harus sama dengan SIPD."]
