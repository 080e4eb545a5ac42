"""Tabel 3.2 AND Tabel 3.3 both in thousands of rupiah (REV-V V3): 3.2's header ``Pagu Indikatif
(Rp.000)`` and values about 1/1000 of Tabel 2.2's make it read x1000 (``skala_32``); 3.3's scale is
not read, so its pagu is not compared with 3.2's, and that is said (``satuan_tidak_wajar`` info).

The fixture is the bundled document with 3.2's pagu in thousands (``test_tabel_32_ribuan._ribuan``)
and every money cell of 3.3 (written ``30,000,000.00``) divided by 1000 and rounded under the header
``PAGU INDIKATIF (Rp.000)``. Expectations read off the bundled text by hand: 3.2 row 24 (Pemeliharaan
Barang Milik Daerah ..., line 395) writes 82,123,600 -> 82,124 (thousands); 3.3 writes the same
82,123,600.00 -> 82,124: both tables agree, as written; read x1000 for 3.2 only, they would be
Rp82.124.000 against Rp82.124, a false kritis. 3.3's APBD pagu is then about 1/1000 of Tabel 2.2's
(e.g. 6,600 against 6,600,000): its scale is not rupiah, the info says so (median ratio 0,0010).
"""
import re

from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import REVIEW, _ribuan

RENCANA = "Tabel 3.3 (Rencana Perubahan)"


def _keduanya_ribuan(tmp_path):
    path = _ribuan(tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("NO\tKODE"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("### "))
    money = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
    for i in range(start, end):
        cells = lines[i].split("\t")
        for k, cell in enumerate(cells):
            m = money.match(cell.strip())
            if m:
                cells[k] = f"{m.group(1)}{round(int(m.group(2).replace(',', '')) / 1000):,}"
            cells[k] = cells[k].replace("PAGU INDIKATIF (Rp)", "PAGU INDIKATIF (Rp.000)")
        lines[i] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_33_in_thousands_not_blamed_against_32(tmp_path):
    d = load_document(_keduanya_ribuan(tmp_path))
    assert d.skala_review == 1000.0
    t = d.temuan
    antar = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["kolom"] == "pagu_rp")
              & (t["tabel"] == f"{REVIEW} vs {RENCANA}")]
    assert antar.empty, antar["pesan"].tolist()[:2]
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]
    assert info["tingkat"].tolist() == ["info"]
    pesan = info["pesan"].iloc[0]
    assert "median rasio pagu APBD-nya terhadap pagu Tabel 2.2 0,0010" in pesan
    assert f"pagu P-APBD {REVIEW} dan {RENCANA} tidak dibandingkan" in pesan


def test_33_in_rupiah_still_compared(tmp_path):
    """3.3 in rupiah beside a 3.2 in thousands: compared (within Rp1.000), no such info."""
    t = load_document(_ribuan(tmp_path)).temuan
    assert t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)].empty
