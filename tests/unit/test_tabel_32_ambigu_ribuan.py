"""An ambiguous 3.2 pagu cell of a 3.2 read in thousands (REV-V V4) says the reading used.

Fixture ``test_tabel_32_ribuan._ribuan``: bundled line 367 (row 2) writes its pagu 14,500,000, in
thousands 14,500: "koma" as thousands separator (14.500) or decimal (14,5); the rupiah column holds
whole numbers, so 14.500, which the 3.2 header (Rp.000) makes 14.500 ribu rupiah, Rp14.500.000 as used.
"""
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_ribuan import _ribuan


def test_ambiguous_cell_worded_in_thousands(tmp_path):
    d = load_document(_ribuan(tmp_path))
    rv = d.review_rkpd.set_index(["baris_sumber", "sisi"])["pagu_rp"]
    assert rv[(367, "rancangan_awal")] == 14_500_000
    t = d.temuan
    pesan = t[(t["jenis"] == "angka_ambigu") & (t["baris_sumber"] == 367)]["pesan"].tolist()
    assert pesan and all("Dibaca 14.500 ribu rupiah (Rp14.500.000) karena kolom rupiah berisi ribuan rupiah utuh"
                         in p for p in pesan), pesan
    assert not any("Rp14.500 " in p or "Rp14.500." in p.replace("Rp14.500.000", "") for p in pesan)
