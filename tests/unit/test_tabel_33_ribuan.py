"""Tabel 3.3 in thousands of rupiah (REV-V V3): its header ``PAGU INDIKATIF (Rp.000)`` and its APBD
pagu about 1/1000 of Tabel 2.2's make it read x1000 (``findings.document.skala_33``, applied once in
``load.analyse``, said once in a ``satuan_tidak_wajar`` info), by the rule of Tabel 3.2
(``skala_32``). Its pagu is then compared with 2.2's and 3.2's in rupiah, within Rp1.000 (the
rounding), and its figures quoted as written and as read. A header saying thousands over values of
no known scale leaves them as written and compares them with no other table (info); over values
about 2.2's, they are rupiah and the header is wrong (peringatan).

The fixtures are the bundled document with every money cell of 3.3 (written ``30,000,000.00``)
divided by ``bagi`` and rounded under the header ``PAGU INDIKATIF (Rp.000)``, and with 3.2's pagu
in thousands too or not (``test_tabel_32_ribuan._ribuan``). Expectations read off the bundled
text by hand:

- line 462 (sub kegiatan 2.17.01.2.08.0003) writes RKPD, APBD and RKPD Perubahan 6,600,000.00:
  in thousands 6,600, read Rp6.600.000, Tabel 2.2's pagu (line 257) Rp6.600.000: equal; its APBD
  cell changed to 6,700 is Rp100.000 apart: a true kritis, quoted "6.700 ribu rupiah (Rp6.700.000)";
- line 465 (kegiatan 2.17.01.2.09) 76,642,600.00 -> 76,643 (Rp76.643.000), 2.2's Rp76.642.600:
  Rp400 apart, within the rounding;
- line 470 (program 2.17.02): RKPD 20,000,000.00, RKPD Perubahan 120,000,000.00, bertambah/
  berkurang -20,000,000.00 (the sign wrong: pre-existing kritis): in thousands 20,000 / 120,000 /
  -20,000; divided by 50: 400,000 / 2,400,000 / -400,000 (a change of 2,000,000);
- 3.2 row 24 (line 395) writes 82,123,600 -> 82,124 in thousands; 3.3 line 465's RKPD Perubahan
  82,123,600.00 -> 82,124: equal; 3.2's cell written 82,126 is Rp2.000 from 3.3's: a true kritis;
- every 3.3 APBD pagu divided by 50 is 1/50 of 2.2's (6,600,000 -> 132,000): median ratio 0,0200,
  neither about 1 nor about 0,001: the scale is unknown.
"""
import re

import pytest

from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW, _ribuan

RENCANA = "Tabel 3.3 (Rencana Perubahan)"
T22_33 = f"Tabel 2.2 vs {RENCANA}"


def _keduanya_ribuan(tmp_path, bagi=1000, ganti_32=None, apbd_462=None, rupiah_32=False, header=True):
    """3.2 in thousands (``_ribuan``; ``rupiah_32``: as in the bundled document) and 3.3's money
    cells divided by ``bagi`` (0: as written) under a header in thousands; ``apbd_462``: the APBD
    cell of line 462 as written."""
    path = _ribuan(tmp_path, ganti=ganti_32)
    if rupiah_32:
        from renja_analysis.config import DEFAULT_SOURCE
        path.write_text(DEFAULT_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("NO\tKODE"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("### "))
    money = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
    for i in range(start, end):
        cells = lines[i].split("\t")
        for k, cell in enumerate(cells):
            m = money.match(cell.strip())
            if m and bagi:
                cells[k] = f"{m.group(1)}{round(int(m.group(2).replace(',', '')) / bagi):,}"
            if header:
                cells[k] = cells[k].replace("PAGU INDIKATIF (Rp)", "PAGU INDIKATIF (Rp.000)")
        if apbd_462 and i == 461:
            cells[7] = apbd_462
        lines[i] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pagu(t, tabel):
    return t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["kolom"] == "pagu_rp") & (t["tabel"] == tabel)]


@pytest.fixture(scope="module")
def keduanya(tmp_path_factory):
    return load_document(_keduanya_ribuan(tmp_path_factory.mktemp("r33")))


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_header_thousands_values_rupiah)
def test_33_in_thousands_read_x1000_said_once(keduanya):
    d = keduanya
    rc = d.rencana.set_index("baris_sumber")
    assert rc.loc[462, ["pagu_rkpd_rp", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp"]].tolist() == [6_600_000] * 3
    assert rc.loc[465, "pagu_apbd_rp"] == 76_643_000
    t = d.temuan
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert info["tingkat"].tolist() == ["info"]
    assert info["pesan"].iloc[0].startswith(
        f"Nilai {RENCANA} dibaca dalam ribuan rupiah sesuai judul kolom \u201cPAGU INDIKATIF (Rp.000)\u201d: "
        "pagu APBD-nya sekitar seperseribu pagu Tabel 2.2 (median rasio 1,00 setelah dikali 1.000)")
    assert d.skala_review == 1000.0 and d.skala_rencana == 1000.0


def test_33_in_thousands_no_false_kritis(keduanya):
    t = keduanya.temuan
    # old: 15 kritis 'Pagu APBD 2024 di Tabel 2.2 tertulis Rp6.600.000, di Tabel 3.3 ... Rp6.600'
    assert _pagu(t, T22_33).empty, _pagu(t, T22_33)["pesan"].tolist()[:2]
    assert _pagu(t, f"{REVIEW} vs {RENCANA}").empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_header_thousands_values_rupiah)
def test_33_in_thousands_compared_and_quoted(tmp_path):
    """Both tables' scales known: a true difference is found, each side quoted as written and read."""
    t = load_document(_keduanya_ribuan(tmp_path, ganti_32=("82,124", "82,126"), apbd_462="6,700")).temuan
    antar = _pagu(t, T22_33)
    assert antar["pesan"].tolist() == [
        f"Pagu APBD 2024 di Tabel 2.2 tertulis Rp6.600.000, di {RENCANA} 6.700 ribu rupiah (Rp6.700.000) "
        "(kode 2.17.01.2.08.0003)."]
    review = _pagu(t, f"{REVIEW} vs {RENCANA}")
    assert review["baris_sumber"].tolist() == [395]
    assert review["pesan"].iloc[0].startswith(
        f"Pagu P-APBD di {REVIEW} tertulis 82.126 ribu rupiah (Rp82.126.000), di {RENCANA} "
        "82.124 ribu rupiah (Rp82.124.000)")


def test_33_selisih_quoted_as_written_and_read(keduanya):
    t = keduanya.temuan
    s = t[(t["jenis"] == "selisih_tidak_cocok") & (t["baris_sumber"] == 470)]["pesan"].tolist()
    assert s == ["Kolom bertambah/berkurang menyatakan pagu berkurang 20.000 ribu rupiah (Rp20.000.000), padahal "
                 "dari RKPD 20.000 ribu rupiah (Rp20.000.000) ke RKPD Perubahan 120.000 ribu rupiah "
                 "(Rp120.000.000) pagu bertambah 100.000 ribu rupiah (Rp100.000.000)."]


@pytest.mark.parametrize("rupiah_32", [False, True])
def test_33_scale_unknown_hedged(tmp_path, rupiah_32):
    """3.3's header says thousands, its values are 1/50 of 2.2's: no kritis that assumes rupiah."""
    d = load_document(_keduanya_ribuan(tmp_path, bagi=50, rupiah_32=rupiah_32))
    t = d.temuan
    assert _pagu(t, T22_33).empty and _pagu(t, f"{REVIEW} vs {RENCANA}").empty
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert info["tingkat"].tolist() == ["info"]
    assert ("tetapi skala nilainya tidak dapat dipastikan (median rasio pagu APBD-nya terhadap pagu Tabel 2.2 "
            "0,0200, bukan sekitar 1 atau 0,001); nilainya dibaca sebagaimana tertulis, dan pagunya tidak "
            f"dibandingkan dengan Tabel 2.2 maupun {REVIEW}, hanya targetnya.") in info["pesan"].iloc[0]
    s = t[(t["jenis"] == "selisih_tidak_cocok") & (t["baris_sumber"] == 470)]["pesan"].tolist()
    assert s == ["Kolom bertambah/berkurang menyatakan pagu berkurang 400.000, padahal dari RKPD 400.000 ke "
                 "RKPD Perubahan 2.400.000 pagu bertambah 2.000.000 (angka sebagaimana tertulis: satuan pagu "
                 f"{RENCANA} tidak pasti)."]
    assert pd_isna(d.skala_rencana)


def test_33_header_thousands_values_rupiah(tmp_path):
    """The bundled 3.3 under a header in thousands: rupiah (2.2's pagu), compared, the header reported."""
    d = load_document(_keduanya_ribuan(tmp_path, bagi=0, rupiah_32=True, apbd_462="6,700,000.00"))
    t = d.temuan
    assert _pagu(t, T22_33)["pesan"].tolist() == [
        f"Pagu APBD 2024 di Tabel 2.2 tertulis Rp6.600.000, di {RENCANA} Rp6.700.000 (kode 2.17.01.2.08.0003)."]
    w = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert w["tingkat"].tolist() == ["peringatan"]
    assert "tetapi pagu APBD-nya setara pagu Tabel 2.2 dalam rupiah (median rasio 1,00)" in w["pesan"].iloc[0]
    assert d.skala_rencana == 1.0


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_header_thousands_values_rupiah)
def test_32_scale_unknown_hedged(tmp_path):
    """3.2's header says thousands, its pagu are 1/50 of 2.2's (6,600,000 -> 132,000; median
    ratio 0,0200): its scale is unknown, so none of its pagu is blamed against 3.3's rupiah (old: 15
    kritis 'Pagu P-APBD di Tabel 3.2 ... tertulis Rp132.000, di Tabel 3.3 ... Rp6.600.000')."""
    t = load_document(_ribuan(tmp_path, bagi=50)).temuan
    assert _pagu(t, f"{REVIEW} vs {RENCANA}").empty
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]
    assert info["tingkat"].tolist() == ["info"]
    assert ("skala nilainya tidak dapat dipastikan (median rasio pagunya terhadap pagu Tabel 2.2 0,0200, bukan "
            "sekitar 1 atau 0,001); nilainya dibaca sebagaimana tertulis, dan pagunya tidak dibandingkan dengan "
            f"{RENCANA}, hanya targetnya.") in info["pesan"].iloc[0]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_33_header_thousands_values_rupiah)
def test_33_in_rupiah_still_compared(tmp_path):
    """3.3 in rupiah beside a 3.2 in thousands: compared (within Rp1.000), no such info."""
    t = load_document(_ribuan(tmp_path)).temuan
    assert t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)].empty


def pd_isna(v):
    return v != v
