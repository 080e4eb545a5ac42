"""A Renja murni whose next-year budget grew (REV-AC AC4): Tabel 3.2 in rupiah at ``g`` times the
running year's pagu (Tabel 2.2), Tabel 3.3 the same next-year plan in THOUSANDS of rupiah under a
header naming no unit (``PAGU INDIKATIF``). 3.3's ratio to 2.2 is 0,001 x g (outside
``_seperseribu``'s window for g >= 2.5), but to 3.2, the same year's plan, about 0,001: its scale is
unknown (read as written, said in one info), never 8 kritis that take thousands for rupiah; one of
two (1 or 1000), its pagu compared under both readings: a row differing under both is a kritis (REV-AD AD8). Decided: unknown (NaN), not x1000, as for any header naming no thousands
over values about 1/1000 of the table they should equal (REV-Y Y3).

The fixture is ``tests/data/renja-murni-mini.md``; read by hand from it:

- 3.2's hasil analisis pagu (rupiah) and 3.3's pagu indikatif, by name: 36,000,000 / 36,000,000.00
  (program and kegiatan), 16,000,000 / 16,000,000.00, 20,000,000 / 21,000,000.00 (line 52, the one
  true difference), 60,000,000 (program, kegiatan) / 60,000,000.00, 35,000,000 / 35,000,000.00,
  25,000,000 / 25,000,000.00; 3.2 / 2.2 median 1,20 (``test_murni_ribuan``);
- g = 3.5: 3.2's line 49 36,000,000 x 3.5 = 126,000,000; 3.3's in thousands 126,000.00; ratio
  0,001 on every pair but line 52 (21,000,000 x 3.5 / 1000 = 73,500 over 70,000,000: 0,00105):
  median 0,0010; 3.3 / 2.2 about 1,20 x 3.5 / 1000 = 0,0042 (not about 0,001: the old rule read it
  as rupiah and blamed all 8 pairs, "Rp126.000.000 ... Rp126.000"). g = 5: 0,006, the same;
- control, g = 3.5 with 3.3 in rupiah (x 3.5, 126,000,000.00): ratio 1 to 3.2, read as rupiah, and
  line 52's true difference (70,000,000 vs 73,500,000) is the one pagu kritis. In thousands, that
  difference holds under both readings (73.500 and 73.500.000 against Rp70.000.000): the one pagu kritis too,
  the 7 rows equal in thousands not reported.
"""
import re

import pytest

from renja_analysis.config import ROOT
from renja_analysis.load import load_document

#: a Renja murni's labels (``sources.base.LABEL_MURNI``): its 3.2 reviews the RKPD, its 3.3 is the plan
REVIEW = "Tabel 3.2 (Review RKPD)"
RENCANA = "Tabel 3.3 (Rencana)"
MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"


def _tumbuh(tmp_path, g, ribuan_33=True):
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("### 3.2"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("### "))
    angka = re.compile(r"(<b>)?(\d{1,3}(?:,\d{3})+)(</b>)?")
    for i in range(start + 1, end):      # 3.2's two pagu columns (rancangan awal, hasil analisis) x g
        cells = lines[i].split("\t")
        for j in (5, 10):
            if j < len(cells) and (m := angka.fullmatch(cells[j].strip())):
                cells[j] = f"{m.group(1) or ''}{round(int(m.group(2).replace(',', '')) * g):,}{m.group(3) or ''}"
        lines[i] = "\t".join(cells)
    bagi = 1000 if ribuan_33 else 1
    money = re.compile(r"^(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
    for i in range(end, len(lines)):     # 3.3's money x g (/ 1000: thousands), its header naming no unit
        lines[i] = "\t".join((f"{int(m.group(1).replace(',', '')) * g / bagi:,.2f}" if (m := money.match(c)) else c)
                             for c in lines[i].replace("PAGU INDIKATIF (Rp)", "PAGU INDIKATIF").split("\t"))
    path = tmp_path / "renja-2025-murni-tumbuh.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pagu_33(t):
    return t[(t["jenis"] == "antar_tabel_tidak_cocok") & t["kolom"].astype(str).str.startswith("pagu")]


@pytest.mark.parametrize("g, rasio_22", [(3.5, 0.0042), (5, 0.006)])
def test_33_in_thousands_next_year_grown_scale_unknown(tmp_path, g, rasio_22):
    d = load_document(_tumbuh(tmp_path, g))
    assert d.murni and d.skala_review == 1.0
    assert d.skala_rencana != d.skala_rencana                # unknown (NaN), not rupiah
    assert round(d.rasio_skala_rencana, 4) == rasio_22       # the ratio to 2.2 as written, kept
    rc = d.rencana.set_index("baris_sumber")["pagu_rkpd_rp"]
    assert rc.max() == 60_000 * g                            # read as written (thousands): 60,000,000 x g / 1000
    t = d.temuan
    # no "Rp126.000.000 ... Rp126.000" kritis: only line 52's, which differs under both readings (REV-AD AD8)
    assert _pagu_33(t)["baris_sumber"].tolist() == [52]
    # the other kritis is the fixture's own, in Tabel 2.2 (line 41: 80 % absorbed, realisation 0)
    assert t.loc[t["tingkat"] == "kritis", ["jenis", "baris_sumber"]].values.tolist() == [
        ["antar_tabel_tidak_cocok", 52], ["serapan_tanpa_output", 41]]
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert len(info) == 1 and info["tingkat"].tolist() == ["info"]
    assert f"terhadap pagu {REVIEW}" in info["pesan"].iloc[0]
    assert "0,0010, sekitar seperseribu" in info["pesan"].iloc[0]
    assert "dalam rupiah maupun dalam ribuan rupiah" in info["pesan"].iloc[0]


def test_33_in_rupiah_next_year_grown_still_compared(tmp_path):
    d = load_document(_tumbuh(tmp_path, 3.5, ribuan_33=False))
    assert d.skala_rencana == 1.0
    pg = _pagu_33(d.temuan)
    assert pg["baris_sumber"].tolist() == [52] and pg["tingkat"].tolist() == ["kritis"]
    assert "Rp70.000.000" in pg["pesan"].iloc[0] and "Rp73.500.000" in pg["pesan"].iloc[0]
