"""Tabel 3.2 truly in thousands of rupiah, as its header ``Pagu Indikatif (Rp.000)`` says: its
money is read x1000 for every later use, said once (``satuan_tidak_wajar`` info), and compared
with the precision it is written to (Rp1.000); a header and values that disagree keep the old
reading (values as rupiah).

The fixture is the bundled document with Tabel 3.2's two pagu columns divided by 1000 and
rounded (bold cells too), as an office writing in thousands would print them. Expectations are
read off the bundled text by hand:

- row 1 (PROGRAM PENUNJANG ..., line 366) writes 3,297,585,325 in rupiah, so 3,297,585 in
  thousands: Rp3.297.585.000; Tabel 2.2 gives it Rp2.992.759.325;
- row 3 (Penyusunan Dokumen Perencanaan ..., line 368): 10,000,000 -> 10,000 (thousands), Tabel
  2.2's pagu Rp10.000.000: no change (0 %);
- row 24 (Pemeliharaan Barang Milik Daerah ..., line 395): 82,123,600 -> 82,124 (thousands),
  Rp82.124.000, Tabel 3.3 writes 82,123,600: Rp400 apart, within a thousand (the rounding);
  written 82,126 it is Rp82.126.000, Rp2.400 from 3.3: a true mismatch (kritis).
"""

import pytest
from temuan_uji import ribuan_32

from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.load import load_document

REVIEW = "Tabel 3.2 (Review P-RKPD)"


def _ribuan(tmp_path, header="Pagu Indikatif (Rp.000)", ganti=None, bagi=1000):
    """The bundled document with 3.2's pagu cells (columns 6 and 11) in thousands (divided by
    ``bagi``); ``ganti``: one cell's text as written in thousands replaced by another."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    start, end = ribuan_32(lines, bagi, ganti)
    for i in range(start + 1, end):
        lines[i] = lines[i].replace("Pagu Indikatif (Rp.000)", header)
    path = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan-ribuan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return load_document(_ribuan(tmp_path_factory.mktemp("ribu")))


def test_pagu_read_in_thousands(doc):
    assert doc.skala_review == 1000.0
    pg = doc.pergeseran.set_index("baris_review")
    assert pg.loc[366, "pagu_papbd_rp"] == 3_297_585_000
    assert pg.loc[366, "pagu_apbd_rp"] == 2_992_759_325
    assert pg.loc[368, "pagu_papbd_rp"] == 10_000_000 and pg.loc[368, "selisih_persen"] == 0
    rv = doc.review_rkpd.set_index(["baris_sumber", "sisi"])["pagu_rp"]
    assert rv[(366, "rancangan_awal")] == 3_297_585_000 and rv[(366, "hasil_analisis")] == 3_297_585_000


def test_said_once_and_no_false_contradiction(doc):
    t = doc.temuan
    satuan = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]
    assert satuan["tingkat"].tolist() == ["info"]
    assert "dibaca dalam ribuan rupiah sesuai judul kolom \u201cPagu Indikatif (Rp.000)\u201d" in satuan["pesan"].iloc[0]
    assert "median rasio 1,00 setelah dikali 1.000" in satuan["pesan"].iloc[0]
    # no 3.2 pagu said to differ from 3.3 (Rp6.600 against Rp6.600.000), nor 3.2's sums
    antar = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["kolom"] == "pagu_rp")
              & t["tabel"].astype(str).str.startswith(REVIEW)]
    assert antar.empty
    assert t[(t["jenis"] == "jumlah_tidak_cocok") & t["tabel"].astype(str).str.startswith(REVIEW)].empty
    # the keterangan read as in the bundled document: only line 258's (berkurang said, the pagu rose)
    ket = t[t["jenis"] == "keterangan_tidak_cocok"]
    assert ket["baris_sumber"].tolist() == [258]
    # line 252 announces +Rp8.050; 3.2 in thousands gives the pagu only to Rp1.000: agrees, and says so
    cocok = t[(t["jenis"] == "keterangan_cocok") & (t["baris_sumber"] == 252)]["pesan"].tolist()
    assert len(cocok) == 1 and cocok[0].endswith(f"(dalam ketelitian Rp1.000 angka {REVIEW}).")


def test_a_true_mismatch_is_still_kritis(tmp_path):
    d = load_document(_ribuan(tmp_path, ganti=("82,124", "82,126")))
    t = d.temuan
    antar = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["kolom"] == "pagu_rp") & (t["baris_sumber"] == 395)]
    assert antar["tingkat"].tolist() == ["kritis"]
    # quoted as written (82,126 in thousands) and as read (REV-V V3)
    assert ("tertulis 82.126 ribu rupiah (Rp82.126.000), di Tabel 3.3 (Rencana Perubahan) Rp82.123.600"
            in antar["pesan"].iloc[0])


def test_header_and_values_disagree_keep_the_old_reading(tmp_path, bundled):
    """The bundled document (header Rp.000, values rupiah; the session's read, conftest): read as
    rupiah, peringatan; values in thousands under a header saying rupiah: not multiplied (nothing
    says thousands)."""
    assert bundled.skala_review == 1.0
    t = bundled.temuan
    assert t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == REVIEW)]["tingkat"].tolist() == ["peringatan"]
    d = load_document(_ribuan(tmp_path, header="Pagu Indikatif (Rp)"))
    assert d.skala_review == 1.0
    assert d.pergeseran.set_index("baris_review").loc[366, "pagu_papbd_rp"] == 3_297_585
