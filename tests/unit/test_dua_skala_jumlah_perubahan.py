"""A table of unknown scale, one of two (RIBU9, REV-AG):

- AG4, AG1: under the second reading a PARENT cell written as the sum of its rounded children is within one unit of
  its last written digit, not half: a peringatan that says it may be that rounding (the known-scale path allows a
  whole unit and says nothing); beyond one unit, or a sub kegiatan beyond half a unit (rounded once), kritis.
- AG6, AG7: a Renja Perubahan whose Tabel 2.2 gives no pagu ratio: 3.2's P-APBD and 3.3's pagu after the change
  are the same year's figure, so their ratio about 0,001 makes the table of unknown scale (one of two), compared
  under both readings, not 15 false kritis ``tertulis Rp6.600, di Tabel 3.3 (Rencana Perubahan) Rp6.600.000``.

Fixtures derived by hand:

- ``_juta(tmp_path, 1)`` (``test_tabel_33_dua_skala``): murni-mini, 3.2 in rupiah, 3.3 in millions under
  ``PAGU INDIKATIF`` (median 3.3 / 2.2 1,2e-6: one of two, as written or x1000000). 3.2's hasil analisis (text
  lines 49-52, column 11): program and kegiatan 36,000,000, sub kegiatan 16,000,000 and 20,000,000; 3.3's
  (lines 63, 64, 66, 68), written with no decimals (``_juta(..., desimal=0)``: a cell's unit is its last
  written digit, REV-AI AI7): 36, 36, 16, 21. Set: 3.2's subs 16,400,000 and 20,400,000, its parents
  36,800,000 (their sum), 3.3's line 68 20 (so 3.3's parents 36 = 16 + 20, the sum of its rounded children).
  Subs: 0,4 million off, within half a unit (Rp500.000 + Rp1): nothing. Parents: Rp800.000 off, beyond half a
  unit but within one (Rp1.000.002): peringatan on 49 and 50 (old: kritis). 3.2's parents 37,100,000:
  Rp1.100.000 off, beyond one unit: kritis. 3.2's line 52 (a sub kegiatan, rounded once) 20,600,000: Rp600.000
  off, 3.3's 20 below it within one unit: 20,6 cut to 20, a peringatan; 19,400,000: 3.3's 20 above it, neither
  rounded nor cut: kritis.
- murni-mini with 3.2 written in thousands under its plain ``(Rp)`` header (every 3.2 money cell // 1000; ratio
  to 2.2 about 0,0012: one of two) and 3.3 in rupiah with lines 63, 64 36,000,800.00, 66 16,000,400.00, 68
  20,000,400.00; 3.2's 49, 50 36,000 (16,000 + 20,000), 51 16,000, 52 20,000: subs Rp400 off (within Rp501),
  parents Rp800 off (beyond Rp501, within Rp1.002): peringatan on 49, 50 (old: kritis).
- the bundled Renja Perubahan, 2.2's pagu cells emptied: (AG6) 3.2's money / 1000 rounded under its header made
  plain ``(Rp)``: 3.2 / 3.3 (P-APBD to after the change) median 0,0010; (AG7) 3.3's money / 1000 rounded under
  ``PAGU INDIKATIF``, 3.2 in rupiah: 3.3 / 3.2 median 0,0010. No pagu kritis; line 393's 3.2 cell made 6,700
  (3.3's 6,600,000.00): Rp6.700 and Rp6.700.000, both off: kritis on 393 alone.
"""
import re
from pathlib import Path

import pytest

from renja_analysis.load import load_document
from tests.unit.test_tabel_32_skala_ragu_jumlah import ribuan_32
from tests.unit.test_tabel_33_dua_skala import _juta

MURNI = Path(__file__).parents[1] / "data" / "renja-murni-mini.md"
PERUBAHAN = Path(__file__).parents[2] / "data" / "raw" / "renja-perubahan-2024-dinkop-ukm-magetan.md"


def _pagu(t):
    x = t[(t["jenis"] == "antar_tabel_tidak_cocok") & t["kolom"].astype(str).str.startswith("pagu")]
    return list(zip(x["baris_sumber"].tolist(), x["tingkat"].astype(str).tolist()))


def _sel(line, col, lama, baru):
    c = line.split("\t")
    assert re.sub("</?b>", "", c[col]) == lama, (c[col], lama)
    c[col] = c[col].replace(lama, baru)
    return "\t".join(c)


@pytest.mark.parametrize("induk_32, sub_52, harapan", [
    # its section keeps a fast case (the last: both levels)
    pytest.param("36,800,000", "20,400,000", [(49, "peringatan"), (50, "peringatan")], marks=pytest.mark.slow),
    pytest.param("37,100,000", "20,400,000", [(49, "kritis"), (50, "kritis")], marks=pytest.mark.slow),
    pytest.param("36,800,000", "20,600,000", [(49, "peringatan"), (50, "peringatan"), (52, "peringatan")],
                 marks=pytest.mark.slow),
    ("36,800,000", "19,400,000", [(49, "peringatan"), (50, "peringatan"), (52, "kritis")])])
def test_parent_sum_of_rounded_children_in_millions(tmp_path, induk_32, sub_52, harapan):
    path = _juta(tmp_path, 1, desimal=0)
    L = path.read_text(encoding="utf-8").split("\n")
    L[48] = _sel(L[48], 10, "36,000,000", induk_32)
    L[49] = _sel(L[49], 10, "36,000,000", induk_32)
    L[50] = _sel(L[50], 10, "16,000,000", "16,400,000")
    L[51] = _sel(L[51], 10, "20,000,000", sub_52)
    L[67] = _sel(L[67], 5, "21", "20")
    assert L[62].split("\t")[5] == L[63].split("\t")[5] == "36" and L[65].split("\t")[5] == "16"
    path.write_text("\n".join(L), encoding="utf-8")
    d = load_document(path)
    assert d.skala_rencana != d.skala_rencana            # unknown, one of two
    assert _pagu(d.temuan) == harapan
    t = d.temuan
    pesan = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["baris_sumber"] == 49)]["pesan"].tolist()
    assert pesan == [
        f"Pagu indikatif di Tabel 3.2 (Review RKPD) tertulis Rp{induk_32.replace(',', '.')}, di Tabel 3.3 (Rencana) 36 "
        "(skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp36, dalam jutaan rupiah Rp36.000.000; keduanya "
        "berbeda)" + ("; dalam bacaan skala lainnya selisihnya masih dalam batas pembulatan angka yang tertulis, sehingga "
                      "dapat berasal dari cara pembulatannya (angka yang dipotong pada digit terakhirnya: kurang dari "
                      "satu satuan digit itu; atau angka induk yang ditulis sebagai jumlah angka rinciannya yang "
                      "masing-masing sudah dibulatkan: setengah satuan untuk setiap rincian); periksa dengan dokumen "
                      "aslinya"
                      if harapan[0][1] == "peringatan" else "") + "."]


def test_parent_sum_of_rounded_children_32_in_thousands(tmp_path):
    L = MURNI.read_text(encoding="utf-8").split("\n")
    for i in range(48, 56):                     # 3.2's rows: every money cell in thousands
        c = L[i].split("\t")
        for j in (5, 10):
            c[j] = f"{int(c[j].replace(',', '')) // 1000:,}"
        L[i] = "\t".join(c)
    for i, baru in ((62, "36,000,800.00"), (63, "36,000,800.00"), (65, "16,000,400.00"), (67, "20,000,400.00")):
        c = L[i].split("\t")
        assert re.fullmatch(r"\d\d,000,000\.00", c[5]), c[5]
        c[5] = baru
        L[i] = "\t".join(c)
    assert [L[i].split("\t")[10] for i in range(48, 52)] == ["36,000", "36,000", "16,000", "20,000"]
    path = tmp_path / "ribu32.md"
    path.write_text("\n".join(L), encoding="utf-8")
    d = load_document(path)
    assert d.skala_review == 1 and d.skala_rencana == 1
    assert _pagu(d.temuan) == [(49, "peringatan"), (50, "peringatan")]


def _perubahan(tmp_path, bagian, ubah_393=False):
    L = PERUBAHAN.read_text(encoding="utf-8").split("\n")
    s = next(i for i, x in enumerate(L) if x.startswith("### HASIL EVALUASI"))
    e = next(i for i, x in enumerate(L) if i > s and x.startswith("#"))
    for i in range(s + 1, e):                  # 2.2's pagu emptied: no ratio to 2.2
        c = L[i].split("\t")
        if len(c) > 8 and re.fullmatch(r"(<b>)?[\d,]+(</b>)?", c[4].strip()):
            c[4] = ""
            L[i] = "\t".join(c)
    if bagian == "32":
        L = ribuan_32(L)
    else:
        s = next(i for i, x in enumerate(L) if x.startswith("NO\tKODE"))
        e = next((i for i, x in enumerate(L) if i > s and x.startswith("#")), len(L))
        uang = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
        for i in range(s, e):
            c = L[i].split("\t")
            for k, v in enumerate(c):
                if m := uang.match(v.strip()):
                    c[k] = f"{m.group(1)}{round(int(m.group(2).replace(',', '')) / 1000):,}"
                c[k] = c[k].replace("PAGU INDIKATIF (Rp)", "PAGU INDIKATIF")
            L[i] = "\t".join(c)
        L = [x.replace("Pagu Indikatif (Rp.000)", "Pagu Indikatif (Rp)") for x in L]
    if ubah_393:
        lama = "6,600" if bagian == "32" else "6,600,000"
        L[392] = _sel(L[392], 10, lama, "6,700" if bagian == "32" else "6,700,000")
    path = tmp_path / f"perubahan_{bagian}.md"
    path.write_text("\n".join(L), encoding="utf-8")
    return load_document(path)


@pytest.mark.parametrize("bagian, tabel, kalimat", [
    ("32", "Tabel 3.2 (Review P-RKPD)", "median rasio pagunya terhadap pagu Tabel 3.3 (Rencana Perubahan) (rencana "
     "tahun yang sama, baris yang berpasangan menurut nama) 0,0010, sekitar seperseribu"),
    ("33", "Tabel 3.3 (Rencana Perubahan)", "median rasio pagu setelah perubahannya terhadap pagu Tabel 3.2 (Review "
     "P-RKPD) (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0010, sekitar seperseribu")])
def test_perubahan_without_22_ratio_same_year(tmp_path, bagian, tabel, kalimat):
    d = _perubahan(tmp_path, bagian)
    t = d.temuan
    assert _pagu(t) == []
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == tabel) & (t["tingkat"] == "info")]["pesan"].tolist()
    assert len(info) == 1 and kalimat in info[0] and "dalam rupiah maupun dalam ribuan rupiah" in info[0]
    d = _perubahan(tmp_path, bagian, ubah_393=True)
    assert _pagu(d.temuan) == [(393, "kritis")]
