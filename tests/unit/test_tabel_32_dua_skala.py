"""A Renja murni's Tabel 3.2 in thousands under a header naming no thousands, and the SIPD sentence of a
table of unknown scale whose header names no thousands (RIBU8, after ribu7's observations).

Fixture: the bundled Renja murni (``tests/data/renja-murni-mini.md``), whose 3.2 hasil analisis and 3.3
plan the same year in rupiah. Its 3.2 pagu cells (columns 5 and 10) divided by 1000 as written (under
``Pagu Indikatif (Rp)``, no thousands); or its 3.3 money so. By hand:

- 3.2's hasil analisis pagu, in thousands: 36.000, 36.000, 16.000, 20.000, 60.000, 60.000, 35.000, 25.000;
  3.3's pagu indikatif (rupiah): 36.000.000, 36.000.000, 16.000.000, 21.000.000, 60.000.000, 60.000.000,
  35.000.000, 25.000.000. 3.2 / 3.3 row by row: 0,001 (seven rows) and 20.000/21.000.000 = 0,00095:
  median 0,0010. One true difference: "Penyediaan Barang Cetak dan Penggandaan", 20.000 (Rp20.000 as
  written, Rp20.000.000 in thousands) against Rp21.000.000: it differs under both readings. Every other
  row agrees in thousands.
- Tabel 2.2's pagu: 30, 30, 10, 20, 50, 50, 30, 20 million; 3.2 / 2.2: 0,0012, 0,0012, 0,0016, 0,0010,
  0,0012, 0,0012, 0,0011667, 0,00125: median (0,0012 + 0,0012) / 2 = 0,0012.

Old: the 3.2's scale was judged against 2.2 only when its header said thousands; here the ratio was NaN
and the table counted as rupiah: 8 kritis "tertulis Rp36.000, di Tabel 3.3 (Rencana) Rp36.000.000", no
info. Truth: a 3.2 about 1/1000 of 2.2's or of its 3.3's is of unknown scale, one of two (1 or 1000):
compared under both readings, the one row off under both kritis, one info.
"""

import copy
import json
import re

from renja_analysis.config import ROOT
from renja_analysis.load import load_document

MURNI = ROOT / "tests/data/renja-murni-mini.md"
REVIEW, RENCANA = "Tabel 3.2 (Review RKPD)", "Tabel 3.3 (Rencana)"


def _murni(tmp_path, tabel="### 3.2", kosong_22=False, tanpa_32=None, sumber=MURNI):
    """The bundled murni (or ``sumber``) with ``tabel``'s pagu cells divided by 1000 (``### 3.2``: its two pagu
    columns; ``### 3.3``: its money), 2.2's pagu cells left empty (``kosong_22``), a 3.2 row left out (``tanpa_32``)."""
    lines = sumber.read_text(encoding="utf-8").split("\n")
    if tanpa_32:
        lines = [line for line in lines if not (line.startswith("3\t") and tanpa_32 in line)]
    start = next(i for i, line in enumerate(lines) if line.startswith(tabel))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith(("### ", "Penutup")))
    for i in range(start + 1, end):
        cells = lines[i].split("\t")
        for j, cell in enumerate(cells):
            m = re.fullmatch(r"(<b>)?(\d{1,3}(?:,\d{3})+)(\.00)?(</b>)?", cell.strip())
            if m and (tabel != "### 3.2" or j in (5, 10)):
                cells[j] = (f"{m.group(1) or ''}{int(m.group(2).replace(',', '')) // 1000:,}"
                            f"{m.group(3) or ''}{m.group(4) or ''}")
        lines[i] = "\t".join(cells)
    if kosong_22:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Tabel 2.2")
        end = next(i for i, line in enumerate(lines) if line.startswith("## BAB III"))
        for i in range(start, end):
            cells = lines[i].split("\t")
            if len(cells) > 8 and re.fullmatch(r"(<b>)?[\d.]+(</b>)?", cells[4].strip()):
                cells[4] = ""
                lines[i] = "\t".join(cells)
    path = tmp_path / "renja-2025-dinkop-ukm-magetan.md"    # an office file name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pagu_antar(t):
    return t[(t["jenis"] == "antar_tabel_tidak_cocok") & t["kolom"].astype(str).str.startswith("pagu")]


def _info_32(t):
    return t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]


BEDA = ("Pagu indikatif di Tabel 3.2 (Review RKPD) tertulis 20.000 (skala tabelnya tidak dapat dipastikan: dibaca "
        "dalam rupiah Rp20.000, dalam ribuan rupiah Rp20.000.000; keduanya berbeda), di Tabel 3.3 (Rencana) "
        "Rp21.000.000")


def test_murni_32_thousands_plain_header_against_22(tmp_path):
    d = load_document(_murni(tmp_path))
    t = d.temuan
    pagu = _pagu_antar(t)
    # old: 8 kritis, one a row ("tertulis Rp36.000, di Tabel 3.3 (Rencana) Rp36.000.000"); now the one row
    # differing under both readings
    assert pagu["tingkat"].tolist() == ["kritis"]
    assert pagu["nama"].tolist() == ["Penyediaan Barang Cetak dan Penggandaan"]
    assert pagu["pesan"].iloc[0].startswith(BEDA)
    assert _info_32(t)["pesan"].tolist() == [
        "Skala pagu Tabel 3.2 (Review RKPD) tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu "
        "Tabel 2.2 0,0012, sekitar seperseribu, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca "
        "sebagaimana tertulis, dan pagunya dibandingkan dengan Tabel 3.3 (Rencana) dalam rupiah maupun dalam ribuan "
        "rupiah: hanya baris yang berbeda dalam kedua bacaan itu yang dilaporkan."]


def test_murni_32_thousands_plain_header_against_33_only(tmp_path):
    # no 2.2 pagu to pair: the same year's plan in 3.3 (rupiah, its own header) tells 3.2's scale
    d = load_document(_murni(tmp_path, kosong_22=True))
    t = d.temuan
    pagu = _pagu_antar(t)
    assert pagu["tingkat"].tolist() == ["kritis"]
    assert pagu["pesan"].iloc[0].startswith(BEDA)
    assert _info_32(t)["pesan"].tolist() == [
        "Skala pagu Tabel 3.2 (Review RKPD) tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu "
        "Tabel 3.3 (Rencana) (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0010, sekitar "
        "seperseribu, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan "
        "pagunya dibandingkan dengan Tabel 3.3 (Rencana) dalam rupiah maupun dalam ribuan rupiah: hanya baris yang "
        "berbeda dalam kedua bacaan itu yang dilaporkan."]


def test_murni_in_rupiah_unchanged(tmp_path, mini_murni):
    # control: the bundled murni as written, 3.2 and 3.3 in rupiah: the one true difference, as rupiah, no info
    t = mini_murni.temuan                                # load_document(MURNI), tests/conftest.py (shared)
    pagu = _pagu_antar(t)
    assert pagu["pesan"].str.slice(0, 95).tolist() == [
        "Pagu indikatif di Tabel 3.2 (Review RKPD) tertulis Rp20.000.000, di Tabel 3.3 (Rencana) Rp21.000.000"[:95]]
    assert pagu["tingkat"].tolist() == ["kritis"]
    assert _info_32(t).empty


def _sipd(path, pagu_logistik=16000000):
    """Two SIPD sub kegiatan of the murni's 3.3 (rupiah: ``pagu_logistik``, 16.000.000 unless given, and
    21.000.000), from the bundled export."""
    tpl = json.loads((ROOT / "tests/data/sipd/dinkop-ukm-magetan.json").read_text(encoding="utf-8"))[0]
    rows = []
    for i, (kode, nama, pagu) in enumerate((("2.17.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", pagu_logistik),
                                            ("2.17.01.2.06.0005", "Penyediaan Barang Cetak dan Penggandaan",
                                             21000000))):
        r = copy.deepcopy(tpl)
        r.update(id_sub_giat=i + 1, id_bl=100 + i, tahun=2025, kode_urusan="2", kode_bidang_urusan="2.17",
                 kode_program="2.17.01", nama_program="PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                 kode_giat="2.17.01.2.06", nama_giat="Administrasi Umum Perangkat Daerah", kode_sub_giat=kode,
                 nama_sub_giat=nama, pagu=pagu, pagu_indikatif=pagu)
        rows.append(r)
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_sipd_sentence_33_plain_header_unknown_by_32(tmp_path):
    # 3.3 in thousands under "PAGU INDIKATIF (Rp)", no 2.2 pagu (no ratio to 2.2: NaN), 3.2 in rupiah: 3.3 is of
    # unknown scale by its ratio to 3.2 (16.000/16.000.000, 21.000/20.000.000, ...: median 0,0010); 3.2's row of
    # "Penyediaan Bahan Logistik Kantor" left out, so its 3.3 row is paired with SIPD by itself
    d = load_document(_murni(tmp_path, "### 3.3", kosong_22=True, tanpa_32="Penyediaan Bahan Logistik Kantor"),
                      sipd=_sipd(tmp_path / "sipd.json"), paksa=True)
    pagu = d.temuan[(d.temuan["jenis"] == "dokumen_vs_sipd") & (d.temuan["kolom"] == "pagu_rp")]
    f = pagu[pagu["pesan"].str.contains(f"Pagu {RENCANA} dibandingkan dengan SIPD", regex=False)]
    assert f["tingkat"].tolist() == ["info"]
    # old: "judul kolomnya menyatakan ribuan rupiah, tetapi skala nilainya tidak dapat dipastikan" (its header
    # names no thousands); then "tidak setara pagu Tabel 3.2 (Review RKPD) (rencana tahun yang sama) (median rasio
    # 0,0010, bukan sekitar 1; sekitar 0,001: ...)" and its pagu not compared (REV-AG AG10, cosmetic): now one
    # sentence, the pagu compared under both readings
    assert f["pesan"].iloc[0].endswith(
        "Pagu Tabel 3.3 (Rencana) dibandingkan dengan SIPD dalam rupiah maupun dalam ribuan rupiah karena skala "
        "nilainya tidak dapat dipastikan: judul kolomnya tidak menyatakan ribuan rupiah, tetapi median rasio pagunya "
        "terhadap pagu rencana tahun yang sama di Tabel 3.2 (Review RKPD) 0,0010, sekitar seperseribu. Dari 1 baris "
        "yang berpasangan dengan SIPD, hanya pagu yang berbeda dari SIPD dalam kedua bacaan itu yang dilaporkan, dan "
        "selisihnya tidak dicantumkan di tabel rekonsiliasi; nama dan targetnya tetap dibandingkan.")
    # that row, 3.3 line 65 written 16,000.00: Rp16.000.000 in thousands, SIPD's Rp16.000.000: no finding of its own
    assert pagu[pagu["baris_sumber"] == 65]["pesan"].tolist() == f["pesan"].tolist()


def test_perubahan_32_thousands_plain_header_true_difference_kritis(tmp_path):
    # the bundled Renja Perubahan with 3.2's pagu in thousands under "Pagu Indikatif (Rp)" (about 0,001 of 2.2's:
    # one of two scales), its line 395 written 82,126 for 82,124: against 3.3's 82,123,600 (line 465) it differs as
    # written (Rp82.126) and in thousands (Rp82.126.000, Rp2.400 off, beyond Rp1.000): kritis whichever the scale.
    # Old: 3.2 of unknown scale was compared with no other table (no finding)
    from tests.unit.test_tabel_32_ribuan import _ribuan

    t = load_document(_ribuan(tmp_path, header="Pagu Indikatif (Rp)", ganti=("82,124", "82,126"))).temuan
    pagu = _pagu_antar(t)
    assert pagu["baris_sumber"].tolist() == [395]
    assert pagu["tingkat"].tolist() == ["kritis"]
    assert pagu["pesan"].iloc[0].startswith(
        "Pagu P-APBD di Tabel 3.2 (Review P-RKPD) tertulis 82.126 (skala tabelnya tidak dapat dipastikan: dibaca "
        "dalam rupiah Rp82.126, dalam ribuan rupiah Rp82.126.000; keduanya berbeda), di Tabel 3.3 (Rencana "
        "Perubahan) Rp82.123.600")


def test_murni_32_and_33_thousands_true_difference_kept(tmp_path):
    # both 3.2 and 3.3 in thousands under headers naming none, 2.2 in rupiah: each about 0,0012 of 2.2's, each of
    # one of two scales; 3.2's 20.000 against 3.3's 21.000 differs under each of the four readings (Rp20.000 or
    # Rp20.000.000 against Rp21.000 or Rp21.000.000): kritis; every other row equal as written: nothing. (Old code
    # kept this kritis reading 3.2 as rupiah; a guard that declaring 3.2 unknown too does not hide it.)
    second = tmp_path / "dua"
    second.mkdir()
    d = load_document(_murni(second, "### 3.3", sumber=_murni(tmp_path)))
    pagu = _pagu_antar(d.temuan)
    assert pagu["tingkat"].tolist() == ["kritis"]
    assert pagu["pesan"].iloc[0].startswith(
        "Pagu indikatif di Tabel 3.2 (Review RKPD) tertulis 20.000 (skala tabelnya tidak dapat dipastikan: dibaca "
        "dalam rupiah Rp20.000, dalam ribuan rupiah Rp20.000.000; keduanya berbeda), di Tabel 3.3 (Rencana) 21.000 "
        "(skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp21.000, dalam ribuan rupiah Rp21.000.000; "
        "keduanya berbeda)")
    assert _info_32(d.temuan)["pesan"].str.contains(
        "pagunya dibandingkan dengan Tabel 3.3 (Rencana) dalam rupiah maupun dalam ribuan rupiah", regex=False).tolist() \
        == [True]
