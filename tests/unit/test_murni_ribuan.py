"""A Renja murni whose Tabel 3.2 (and 3.3) is in thousands of rupiah: read by the rule of a Renja
Perubahan's (``findings.document.skala_32``, ``skala_33``): a header saying ``Rp.000`` and values
about 1/1000 of Tabel 2.2's (the running year's pagu, paired by name as ``pergeseran`` pairs them,
by code for 3.3). A murni still presents no reallocation. Without that evidence (values neither
about 2.2's nor about 1/1000 of them) the scale is unknown: read as written, compared with no pagu,
said (info); never a kritis that assumes rupiah.

The fixture is ``tests/data/renja-murni-mini.md`` with 3.2's pagu cells divided by ``bagi`` and
rounded under ``Pagu Indikatif (Rp.000)`` (and 3.3's under ``PAGU INDIKATIF (Rp.000)``). Read by
hand from it:

- 3.2's hasil analisis pagu and 2.2's, row by row: 36,000,000 / 30,000,000 (program, kegiatan),
  16,000,000 / 10,000,000, 20,000,000 / 20,000,000, 60,000,000 / 50,000,000 (program, kegiatan),
  35,000,000 / 30,000,000, 25,000,000 / 20,000,000: ratios 1,2 1,2 1,6 1 1,2 1,2 1,1667 1,25,
  median 1,20. In thousands (36,000 ...) that is 0,0012, x1000 1,20;
- every 3.2 row equals 3.3's pagu indikatif but line 52 (Penyediaan Barang Cetak dan
  Penggandaan): 20,000,000 in 3.2, 21,000,000.00 in 3.3: the one true kritis (Rp1.000.000 apart);
- divided by 50, 36,000,000 is 720,000: ratio 0,024 (median 0,0240): neither about 1 nor 0,001.
"""
import re

import pytest
from temuan_uji import ribuan_32

from renja_analysis.config import ROOT
from renja_analysis.load import load_document

#: a Renja murni's labels (``sources.base.LABEL_MURNI``): its 3.2 reviews the RKPD, its 3.3 is the plan
REVIEW = "Tabel 3.2 (Review RKPD)"
RENCANA = "Tabel 3.3 (Rencana)"
MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"


def _murni(tmp_path, bagi=1000, bagi_33=0):
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    start, end = ribuan_32(lines, bagi)
    for i in range(start + 1, end):
        lines[i] = lines[i].replace("Pagu Indikatif (Rp)", "Pagu Indikatif (Rp.000)")
    if bagi_33:
        money = re.compile(r"^(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
        for i in range(end, len(lines)):
            cells = [(f"{round(int(m.group(1).replace(',', '')) / bagi_33):,}" if (m := money.match(c)) else c)
                     .replace("PAGU INDIKATIF (Rp)", "PAGU INDIKATIF (Rp.000)") for c in lines[i].split("\t")]
            lines[i] = "\t".join(cells)
    path = tmp_path / "renja-2025-murni-ribuan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pagu(t):
    return t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["kolom"] == "pagu_rp")]


@pytest.mark.parametrize("bagi_33", [0, 1000])
def test_murni_32_in_thousands_read_x1000(tmp_path, bagi_33):
    d = load_document(_murni(tmp_path, bagi_33=bagi_33))
    assert d.murni and d.skala_review == 1000.0
    assert len(d.pergeseran) == 0                   # a murni: no reallocation presented
    hasil = d.review_rkpd[d.review_rkpd["sisi"] == "hasil_analisis"].set_index("baris_sumber")["pagu_rp"]
    assert hasil[49] == 36_000_000 and hasil[52] == 20_000_000
    t = d.temuan
    # old: 8 kritis 'tertulis Rp36.000, di Tabel 3.3 ... Rp36.000.000'; the one true difference stays
    pagu = _pagu(t)
    assert pagu["baris_sumber"].tolist() == [52] and pagu["tingkat"].tolist() == ["kritis"]
    assert pagu["pesan"].iloc[0].startswith(
        f"Pagu indikatif di {REVIEW} tertulis 20.000 ribu rupiah (Rp20.000.000), di {RENCANA} "
        + ("21.000 ribu rupiah (Rp21.000.000)" if bagi_33 else "Rp21.000.000"))
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]
    assert info["tingkat"].tolist() == ["info"]
    assert "median rasio 1,20 setelah dikali 1.000" in info["pesan"].iloc[0]
    # the ambiguous cells say the reading used (REV-V V4 for a murni)
    ambigu = t[(t["jenis"] == "angka_ambigu") & (t["baris_sumber"] == 49) & (t["kolom"] == "pagu (hasil_analisis)")]
    assert "Dibaca 36.000 ribu rupiah (Rp36.000.000)" in ambigu["pesan"].iloc[0]
    assert d.skala_rencana == (1000.0 if bagi_33 else 1.0)


def test_murni_32_scale_unknown_hedged(tmp_path):
    d = load_document(_murni(tmp_path, bagi=50))
    assert d.skala_review == 1.0
    t = d.temuan
    assert _pagu(t).empty, _pagu(t)["pesan"].tolist()[:2]     # old: 8 kritis 'Rp720.000 ... Rp36.000.000'
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]
    assert info["tingkat"].tolist() == ["info"]
    assert info["pesan"].iloc[0] == (
        f"Judul kolom {REVIEW} menyatakan \u201cPagu Indikatif (Rp.000)\u201d (ribuan rupiah), tetapi skala nilainya "
        "tidak dapat dipastikan (median rasio pagunya terhadap pagu Tabel 2.2 0,0240, bukan sekitar 1 atau 0,001); "
        f"nilainya dibaca sebagaimana tertulis, dan pagunya tidak dibandingkan dengan {RENCANA}, hanya targetnya.")
