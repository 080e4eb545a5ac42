"""The 'paling banyak' bound of a sub kegiatan whose realisation Rp is empty (REV-V V2).

Fixture: the bundled document, line 254 (Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD: APBD
pagu 80,000,000, realisation 37,243,000, keterangan "Penambaha Rp. 48.000.000", Tabel 3.2 P-APBD
pagu 128,000,000) with its realisation cell emptied (and its serapan cell set), its kegiatan (line
243, realisation 72,602,500) and program (line 237) carrying the row's true realisation instead.
By hand: the kegiatan's other rows realised 72,602,500 - 37,243,000 = 35,359,500.

- A (serapan cell empty), true Rp90.000.000: the kegiatan states 125,359,500; the row may hold up to
  its P-APBD pagu 128,000,000 (the realisation is measured against the revised pagu): at most
  163,359,500, no finding (was: at most 35,359,500 + 80,000,000 = 115,359,500, kritis). True
  Rp130.000.000 (165,359,500 stated) is above even that: kritis 'paling banyak'.
- B (serapan cell "0", rounded), true Rp320.000 (0,4 %): the kegiatan states 35,679,500; the row
  holds below 0,5 % of its pagu (at most 0,5 % of the larger, P-APBD 128,000,000: 640,000): at most
  35,999,500, no finding (was: Rp 0 exactly, kritis). True Rp700.000 (36,059,500 stated) is above:
  kritis 'paling banyak'.
"""
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.load import load_document


def _varian(tmp_path, benar, serapan):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    c = lines[253].split("\t")
    assert c[0].startswith("Penyelenggaraan Rapat")
    lama = int(c[7].replace(",", ""))
    c[7], c[9] = "", serapan
    lines[253] = "\t".join(c)
    for n in (243, 237):
        c = lines[n - 1].split("\t")
        v = int(c[7].replace("<b>", "").replace("</b>", "").replace(",", ""))
        c[7] = f"<b>{v + benar - lama:,}</b>"
        lines[n - 1] = "\t".join(c)
    path = tmp_path / f"renja-perubahan-2024-dinkop-ukm-magetan-{benar}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _jumlah(path):
    t = load_document(path).temuan
    return t[(t["jenis"] == "jumlah_tidak_cocok") & t["baris_sumber"].isin([237, 243])]


def test_bound_uses_the_larger_papbd_pagu(tmp_path):
    assert _jumlah(_varian(tmp_path, 90_000_000, "")).empty
    j = _jumlah(_varian(tmp_path, 130_000_000, ""))
    pesan = j.loc[j["baris_sumber"] == 243, "pesan"].tolist()
    assert j.loc[j["baris_sumber"] == 243, "tingkat"].tolist() == ["kritis"]
    assert "Rp165.359.500" in pesan[0] and "paling banyak Rp163.359.500" in pesan[0]


def test_serapan_zero_is_rounded(tmp_path):
    assert _jumlah(_varian(tmp_path, 320_000, "0")).empty
    j = _jumlah(_varian(tmp_path, 700_000, "0"))
    pesan = j.loc[j["baris_sumber"] == 243, "pesan"].tolist()
    assert j.loc[j["baris_sumber"] == 243, "tingkat"].tolist() == ["kritis"]
    assert "Rp36.059.500" in pesan[0] and "paling banyak Rp35.999.500" in pesan[0]
