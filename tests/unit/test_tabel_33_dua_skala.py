"""A Tabel 3.3 of unknown scale, one of two (REV-AD AD8, AD3, AD5): read as written under a header naming no
thousands, its pagu about 0,001 (or 0,000001) of the table it should equal, Tabel 3.2 (a Renja murni: the same
year's plan) or Tabel 2.2 (``_seperseribu``). Its scale is 1 (as written) or 1000 (1000000): each pagu is
compared under both readings, and a row that differs under both is a kritis (the difference holds whichever
the scale), quoted as written and under both; a row that agrees under one reading is not reported. The table
is said once (``satuan_tidak_wajar`` info), also when no 2.2 pagu pairs with it, its ratio printed with two
significant digits at least and its magnitude named (seperseribu, sepersejuta).

Fixtures: ``tests/data/renja-murni-mini.md`` with 3.2 x g and 3.3 x g / 1000 (thousands) or / 1000000
(millions) under ``PAGU INDIKATIF`` (``test_tabel_33_ribuan_tumbuh._tumbuh``). Read by hand from the fixture:

- 3.2's hasil analisis / 3.3's pagu indikatif by name (rupiah as written in the fixture): lines 49, 50 36,000,000
  / 36,000,000.00; 51 16,000,000 / 16,000,000.00; 52 (Penyediaan Barang Cetak dan Penggandaan) 20,000,000 /
  21,000,000.00 (the fixture's one true difference, 21/20); 53, 54 60,000,000 / 60,000,000.00; 55 35,000,000 /
  35,000,000.00; 56 25,000,000 / 25,000,000.00.
- g = 2.5, thousands: line 52's 3.2 50,000,000 and 3.3 52,500.00: as rupiah Rp52.500, in thousands
  Rp52.500.000, both off Rp50.000.000 (by more than Rp1.000): kritis; the 7 other rows equal in thousands
  (90,000 x 1000 = 90,000,000 ...): nothing. 3.3 / 3.2 = 0,001 on 7 pairs, 0,00105 on line 52: median 0,0010
  (old: skala NaN, no pagu finding at all: the true difference hidden).
- g = 1, thousands: 3.3 / 2.2 (2.2 lines 29-41: 30, 30, 10, 20, 50, 50, 30, 20 million; 3.3 36, 36, 16, 21, 60,
  60, 35, 25 thousand) sorted 1,05 1,1667 1,2 1,2 1,2 1,2 1,25 1,6 x 0,001: median 0,0012, about 0,001: line
  52 Rp20.000.000 vs 21.000 (Rp21.000 / Rp21.000.000): kritis.
- line 51 (Penyediaan Bahan Logistik Kantor) written 40,000,000.00 in the g = 2.5 thousands table: equal to
  3.2's Rp40.000.000 as rupiah (16,000,000 x 2.5), 1000 times it in thousands: agrees under one reading, nothing.
- g = 2.5 with Tabel 2.2's pagu cells left empty: no 2.2 pair (ratio NaN), 3.3 / 3.2 median 0,0010 as above:
  the info is given (old: none) naming 3.2's ratio, and line 52's kritis stays.
- g = 2.5, millions: 3.3 / 3.2 1e-6 (line 52 1,05e-6): median 0,0000010 (old: "0,0000, sekitar seperseribu");
  line 52 52,50 (Rp52,5 / Rp52.500.000, off Rp2.500.000 > its rounding, Rp50.000): kritis. g = 1, millions:
  3.3 / 2.2 median 1,2e-6: "0,0000012, sekitar sepersejuta" (old: "0,0000, bukan sekitar 1").
- the bundled document (perubahan) with 3.3 in thousands under ``(Rp)`` and line 462's APBD written 6,700
  (2.2's line 257 Rp6.600.000): as rupiah Rp6.700, in thousands Rp6.700.000 (Rp100.000 off): kritis.
"""
import re

import pytest

from renja_analysis.load import load_document
from tests.unit.test_tabel_33_ribuan import T22_33, _keduanya_ribuan
from tests.unit.test_tabel_33_ribuan_tumbuh import _tumbuh

#: a Renja murni's labels (``sources.base.LABEL_MURNI``); the perubahan document's 3.3 is ``RENCANA_P``
REVIEW = "Tabel 3.2 (Review RKPD)"
RENCANA = "Tabel 3.3 (Rencana)"
RENCANA_P = "Tabel 3.3 (Rencana Perubahan)"


def _pagu(t):
    return t[(t["jenis"] == "antar_tabel_tidak_cocok") & t["kolom"].astype(str).str.startswith("pagu")]


def _info(t):
    return t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)]


def _ubah(path, fn):
    path.write_text("\n".join(fn(i, line) for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"))),
                    encoding="utf-8")
    return path


def _juta(tmp_path, g, desimal=2):
    """3.3 in millions: the thousands fixture's builder on the rupiah one (3.3 x g / 1), then / 1000000,
    written with ``desimal`` decimals (``21.00``; 0: ``21``)."""
    path = _tumbuh(tmp_path, g, ribuan_33=False)
    money = re.compile(r"^(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
    start = path.read_text(encoding="utf-8").split("\n").index("### 3.3 Rencana Program, Kegiatan dan Sub Kegiatan "
                                                                "Tahun 2025")
    return _ubah(path, lambda i, line: line if i < start else "\t".join(
        f"{int(m.group(1).replace(',', '')) / 1e6:,.{desimal}f}" if (m := money.match(c)) else c
        for c in line.split("\t")))


@pytest.mark.parametrize("g, pagu_32, tertulis, rasio", [
    (2.5, "Rp50.000.000", "52.500", f"terhadap pagu {REVIEW} (rencana tahun yang sama, baris yang berpasangan "
                                    "menurut nama) 0,0010, sekitar seperseribu"),
    (1, "Rp20.000.000", "21.000", "terhadap pagu Tabel 2.2 0,0012, sekitar seperseribu")])
def test_difference_under_both_readings_is_kritis(tmp_path, g, pagu_32, tertulis, rasio):
    d = load_document(_tumbuh(tmp_path, g))
    assert d.skala_rencana != d.skala_rencana               # still unknown (NaN), read as written
    pg = _pagu(d.temuan)
    assert pg["baris_sumber"].tolist() == [52] and pg["tingkat"].tolist() == ["kritis"]
    rp = f"Rp{tertulis}"
    assert pg["pesan"].tolist() == [
        f"Pagu indikatif di {REVIEW} tertulis {pagu_32}, di {RENCANA} {tertulis} (skala tabelnya tidak dapat "
        f"dipastikan: dibaca dalam rupiah {rp}, dalam ribuan rupiah {rp}.000; keduanya berbeda)."]
    info = _info(d.temuan)
    assert info["tingkat"].tolist() == ["info"]
    assert info["pesan"].tolist() == [
        f"Skala pagu {RENCANA} tidak dapat dipastikan dalam rupiah: median rasio pagu indikatifnya {rasio}, dan "
        "judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan pagunya "
        f"dibandingkan dengan {REVIEW} dalam rupiah maupun dalam ribuan rupiah: hanya baris yang berbeda dalam "
        "kedua bacaan itu yang dilaporkan."]


def test_agreeing_under_one_reading_not_reported(tmp_path):
    path = _tumbuh(tmp_path, 2.5)
    lines = path.read_text(encoding="utf-8").split("\n")
    k = next(i for i, line in enumerate(lines) if line.lstrip("\t").startswith("Jumlah Paket Bahan Logistik"))
    path = _ubah(path, lambda i, line: line.replace("\t40,000.00\t", "\t40,000,000.00\t", 1) if i == k else line)
    d = load_document(path)
    assert d.rencana.set_index("baris_sumber")["pagu_rkpd_rp"].max() == 40_000_000   # the cell as written
    assert _pagu(d.temuan)["baris_sumber"].tolist() == [52]          # line 51 agrees as rupiah: nothing


def test_no_22_pagu_still_said_and_compared(tmp_path):
    path = _tumbuh(tmp_path, 2.5)
    lines = path.read_text(encoding="utf-8").split("\n")
    bab3 = lines.index("## BAB III RENCANA KERJA DAN PENDANAAN")
    sel = re.compile(r"(<b>)?\d{1,3}(?:\.\d{3})+(</b>)?")

    def kosong(i, line):
        cells = line.split("\t")
        if i < bab3 and len(cells) > 8 and sel.fullmatch(cells[4].strip()):
            cells[4] = ""
        return "\t".join(cells)
    d = load_document(_ubah(path, kosong))
    assert d.evaluasi["pagu_rp"].isna().all() and d.rasio_skala_rencana != d.rasio_skala_rencana
    assert _pagu(d.temuan)["baris_sumber"].tolist() == [52]
    info = _info(d.temuan)
    assert len(info) == 1 and info["tingkat"].tolist() == ["info"]  # old: no info, 3.3 compared with nothing, unsaid
    assert (f"terhadap pagu {REVIEW} (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0010, sekitar "
            "seperseribu") in info["pesan"].iloc[0]


@pytest.mark.parametrize("g, rasio", [
    (2.5, f"terhadap pagu {REVIEW} (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0000010, "
          "sekitar sepersejuta"),
    (1, "terhadap pagu Tabel 2.2 0,0000012, sekitar sepersejuta")])
def test_millions_named_with_significant_digits(tmp_path, g, rasio):
    d = load_document(_juta(tmp_path, g))
    info = _info(d.temuan)
    assert info["pesan"].tolist() == [
        f"Skala pagu {RENCANA} tidak dapat dipastikan dalam rupiah: median rasio pagu indikatifnya {rasio}, dan "
        "judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan pagunya "
        f"dibandingkan dengan {REVIEW} dalam rupiah maupun dalam jutaan rupiah: hanya baris yang berbeda dalam "
        "kedua bacaan itu yang dilaporkan."]


def test_millions_difference_under_both_readings(tmp_path):
    pg = _pagu(load_document(_juta(tmp_path, 2.5)).temuan)
    assert pg["pesan"].tolist() == [
        f"Pagu indikatif di {REVIEW} tertulis Rp50.000.000, di {RENCANA} 52,5 (skala tabelnya tidak dapat "
        "dipastikan: dibaca dalam rupiah Rp52,5, dalam jutaan rupiah Rp52.500.000; keduanya berbeda)."]


def test_perubahan_33_unknown_scale_difference_under_both(tmp_path):
    d = load_document(_keduanya_ribuan(tmp_path, rupiah_32=True, header=False, apbd_462="6,700"))
    assert d.skala_rencana != d.skala_rencana
    pg = _pagu(d.temuan)
    assert pg[pg["tabel"] == T22_33]["pesan"].tolist() == [
        f"Pagu APBD 2024 di Tabel 2.2 tertulis Rp6.600.000, di {RENCANA_P} 6.700 (skala tabelnya tidak dapat "
        "dipastikan: dibaca dalam rupiah Rp6.700, dalam ribuan rupiah Rp6.700.000; keduanya berbeda) "
        "(kode 2.17.01.2.08.0003)."]
    assert pg["tingkat"].tolist() == ["kritis"]


@pytest.mark.parametrize("tulis_33, hasil_32, tertulis, tingkat", [
    ("21.00", "20,000,000", "21", "kritis"),    # Rp1.000.000 off; '21' within Rp500.000 of its value: kritis
    ("20.60", "20,000,000", "20,6", "kritis"),  # Rp600.000 off; '20.60' within Rp5.000: kritis
    # REV-AI AI7: '20.60' is written to two decimals, precise to Rp10.000: Rp60.000 off > Rp5.000 + Rp1, and no
    # cut of 20,66 to two decimals gives 20,60 (the float 20,6 has one decimal: read so it was a peringatan)
    ("20.60", "20,660,000", "20,6", "kritis"),
    ("20.60", "20,604,000", None, None),        # Rp4.000 off, inside 20.60's rounding (Rp5.000): nothing
    # a cell written '20.6' (one decimal, unit Rp100.000): Rp60.000 off > Rp50.000 + Rp1, but below 3.2's by
    # less than its unit: 20,66 cut to 20,6 (RIBU9), a peringatan naming that explanation alone
    ("20.6", "20,660,000", "20,6", "peringatan"),
    ("20.00", "20,000,000", None, None)])       # equal in millions: nothing
def test_millions_compared_within_the_cells_rounding(tmp_path, tulis_33, hasil_32, tertulis, tingkat):
    """REV-AE AE4: the g = 1 millions table (3.2 in rupiah, 3.3 / 1000000 under ``PAGU INDIKATIF``, median
    3.3 / 2.2 1,2e-6: scale one of two). Line 52's 3.3 cell (text line 68, written ``21.00``) and 3.2's hasil
    analisis (``20,000,000``) set as given. A cell written in millions is rounded to half a unit of its last
    digit as written (the reader's decimals, ``tables.evaluation.sel_blok``): ``21.00`` Rp5.000, ``20.60``
    Rp5.000, ``20.6`` Rp50.000; 3.2's rupiah within Rp1. Old: within one whole unit, Rp1.000.000: the first
    three hidden; then the float's decimals ('20.60' as 20,6: Rp60.000 off a peringatan, REV-AI AI7)."""
    path = _juta(tmp_path, 1)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert "\t21.00\t" in lines[67] and lines[51].endswith("\t20,000,000\t")
    lines[67] = lines[67].replace("\t21.00\t", f"\t{tulis_33}\t", 1)
    lines[51] = lines[51][:-len("20,000,000\t")] + hasil_32 + "\t"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = load_document(path)
    assert d.skala_rencana != d.skala_rencana
    pg = _pagu(d.temuan)
    if tertulis is None:
        assert pg.empty
        return
    rp32 = "Rp" + hasil_32.replace(",", ".")
    juta = {"21": "Rp21.000.000", "20,6": "Rp20.600.000"}[tertulis]
    assert pg["baris_sumber"].tolist() == [52] and pg["tingkat"].tolist() == [tingkat]
    assert pg["pesan"].tolist() == [
        f"Pagu indikatif di {REVIEW} tertulis {rp32}, di {RENCANA} {tertulis} (skala tabelnya tidak dapat "
        f"dipastikan: dibaca dalam rupiah Rp{tertulis}, dalam jutaan rupiah {juta}; keduanya berbeda)"
        + ("; dalam bacaan skala lainnya selisihnya masih dalam batas pembulatan angka yang tertulis, sehingga "
           "dapat berasal dari cara pembulatannya (angka yang dipotong pada digit terakhirnya: kurang dari "
           "satu satuan digit itu); periksa dengan dokumen aslinya" if tingkat == "peringatan" else "") + "."]
