"""A stated serapan bounds an unknown realisation on both sides only where the document's own serapan
cells are exact (REV-AB AB3): the sub kegiatan rows stating realisation, 2.2 pagu and serapan agree
with realisasi / 2.2 pagu within half a unit of the cell's last digit (at least 90 % of them, and where
some are off, only a cell with more decimals than each one off: REV-AC AC2, below). Else the bound before kosong4:
at most the larger of the 2.2 pagu and 3.2's P-APBD pagu, no lower bound from the serapan.

Hand reading of the bundled document, Tabel 2.2 (cells 0-based: 4 pagu, 7 realisasi Rp, 9 serapan %):
line 251 pagu 15,000,000, realisasi 6,285,900, serapan 41.906 (= 6,285,900 / 15,000,000 x 100 exactly);
line 254 pagu 80,000,000, realisasi 37,243,000 (Tabel 3.2 P-APBD 128,000,000); kegiatan 243 realisasi
72,602,500, so its other rows realised 72,602,500 - 37,243,000 = 35,359,500.

Fixture: line 251's serapan cell written truncated, "41" (41,906 % is 41 only cut, not rounded: 41 +/- 0,5
is 40,5 to 41,5 %, and 41,906 is outside: the document's cells are not exact); line 254's Rp emptied with
serapan "46" for a true 46,99 % (37,592,000 of 80,000,000, truncated too); 243 and 237 carry ``stated``.

- 243 states the true 35,359,500 + 37,592,000 = 72,951,500: no finding (old: kritis "paling banyak
  Rp72.559.500", 46,5 % of 80,000,000 = 37,200,000).
- 243 states 35,359,500 + 10,000,000 = 45,359,500: no lower bound from the serapan: the known 35,359,500
  is all the rows hold at least; nothing (old: kritis "sedikitnya" 35,359,500 + 45,5 % x 80,000,000 =
  35,359,500 + 36,400,000 = 71,759,500).
- 243 states 35,359,500 + 130,000,000 = 165,359,500: above the P-APBD bound 35,359,500 + 128,000,000 =
  163,359,500: kritis at 163,359,500 (old: at 72,559,500).
"""
import pytest
from temuan_uji import jumlah_243

from renja_analysis.config import DEFAULT_SOURCE

KNOWN = 35_359_500


def _jumlah(tmp_path, stated: int, sel_251: str = "41"):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    c = lines[250].split("\t")
    assert (c[4], c[7], c[9]) == ("15,000,000", "6,285,900", "41.906")
    c[9] = sel_251
    lines[250] = "\t".join(c)
    c = lines[253].split("\t")
    assert c[0].startswith("Penyelenggaraan Rapat") and c[7] == "37,243,000"
    c[7], c[9] = "", "46"
    lines[253] = "\t".join(c)
    return jumlah_243(tmp_path, lines, stated)


def test_truncated_document_true_total_no_finding(tmp_path):
    assert _jumlah(tmp_path, KNOWN + 37_592_000).empty


# the fast test(s) of the same finding: test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_truncated_document_no_lower_bound_from_serapan(tmp_path):
    assert _jumlah(tmp_path, KNOWN + 10_000_000).empty


# the fast test(s) of the same finding: test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_truncated_document_bounded_by_papbd_pagu(tmp_path):
    j = _jumlah(tmp_path, KNOWN + 130_000_000)
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [163_359_500.0]
    assert "pagu P-APBD-nya di Tabel 3.2 Rp128.000.000" in j["pesan"].iloc[0]


# the fast test(s) of the same finding: test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_exact_document_keeps_the_two_sided_bound(tmp_path):
    # 251 as written (exact): '46' bounds 254 at 46,5 % x 80,000,000 = 37,200,000: 72,559,500 < 72,951,500
    # (the document's own cells are exact, so its '46' is read as 45,5 to 46,5 %); within 47 % (37,600,000,
    # 72,959,500: '46' truncated, one unit of its last digit): peringatan (SERAPAN7; was kritis)
    j = _jumlah(tmp_path, KNOWN + 37_592_000, sel_251="41.906")
    assert j["baris_sumber"].tolist() == [243] and j["nilai_hitung"].tolist() == [72_559_500.0]
    assert j["tingkat"].astype(str).tolist() == ["peringatan"]


# REV-AC AC2: one cell off on an unrelated row does not unsay an exact cell written with more digits.
# Hand reading: line 246 (kegiatan 243's row "Penyediaan Peralatan Rumah Tangga") pagu 4,500,000, realisasi
# 1,880,450, serapan 41.78777778 (1,880,450 / 4,500,000 x 100 = 41,787777...); written "41" (truncated) it is
# off (41 +/- 0,5 does not hold 41,79), the only one of the document's 36 checked sub kegiatan cells: 35 of 36
# (97 %) agree, at least 90 %. Line 254's Rp emptied, its cell kept "46.55375" (5 decimals, more than the 0 of
# "41"): 46.55375 + 0.000005 = 46,553755 % of 80,000,000 = 37,243,004; 243's rows hold at most
# 35,359,500 + 37,243,004 = 72,602,504.


def _jumlah_246(tmp_path, stated: int, sel_254: str = "46.55375"):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    c = lines[245].split("\t")
    assert (c[0], c[4], c[7], c[9]) == ("Penyediaan Peralatan Rumah Tangga", "4,500,000", "1,880,450", "41.78777778")
    c[9] = "41"
    lines[245] = "\t".join(c)
    c = lines[253].split("\t")
    assert c[0].startswith("Penyelenggaraan Rapat") and (c[4], c[7], c[9]) == ("80,000,000", "37,243,000", "46.55375")
    c[7], c[9] = "", sel_254
    lines[253] = "\t".join(c)
    return jumlah_243(tmp_path, lines, stated)


def test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell(tmp_path):
    # 243 states 35,359,500 + 37,243,000 + 5,000,000 = 77,602,500 > 72,602,504: kritis (old: the whole
    # document read as not exact, 254 at most its P-APBD pagu 128,000,000: nothing)
    j = _jumlah_246(tmp_path, KNOWN + 37_243_000 + 5_000_000)
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [72_602_504.0]


# the fast test(s) of the same finding: test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_one_truncated_sibling_true_total_no_finding(tmp_path):
    # 243 states the true 35,359,500 + 37,243,000 = 72,602,500, within 72,602,496 (46,553745 %) .. 72,602,504
    assert _jumlah_246(tmp_path, KNOWN + 37_243_000).empty


# the fast test(s) of the same finding: test_one_truncated_sibling_keeps_the_bound_of_an_exact_cell
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_one_truncated_sibling_short_cell_bounds_nothing(tmp_path):
    # 254 written "46" (no more decimals than the "41" found off: it may be truncated as that one is):
    # no two-sided bound; 243 stating the true 35,359,500 + 37,592,000 (46,99 %) = 72,951,500: nothing
    assert _jumlah_246(tmp_path, KNOWN + 37_592_000, sel_254="46").empty
