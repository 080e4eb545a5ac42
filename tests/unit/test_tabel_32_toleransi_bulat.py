"""How far a rounded parent of Tabel 3.2 may lie from its n rounded rows (REV-AS AS-A): hand-made frames, one
side, 3.2 read in thousands ('(Rp.000)', ``skala_32`` 1000, figures below in thousands as written).

Derivation (every cell the rounding, half up, of its true value, ``round(x) - x`` in (-u/2, u/2]): a parent
P = round(S), rows r_i = round(x_i), S = sum x_i, so P - sum r_i = (P - S) - sum (r_i - x_i) lies STRICTLY
between -(n + 1) / 2 and (n + 1) / 2 units, and being a whole number of units it is at most floor(n / 2):
n = 1: 0 (a parent of one row is that row rounded the same way), n = 2: 1, n = 7: 3. Before, the tolerance
was max(1 unit, (n + 1) / 2 units): 1 unit for n = 1, 4 for n = 7. Cells cut (truncated), not rounded: n cut
rows fall short of their cut parent by 0 to n - 1 units and never exceed it.
Cells written with different decimals (parent to u_P, rows to u_i): |P - sum r_i| < (u_P + sum u_i) / 2,
a whole number of the finest unit u_f: at most ((u_P + sum u_i) / u_f - 1) // 2 of it.
"""
import numpy as np
import pandas as pd
import pyarrow as pa

from renja_analysis.findings.document import jumlah_tidak_cocok
from renja_analysis.tables.evaluation import SelTertulis

EV = pd.DataFrame({"level": pd.Series([], dtype="string"), "nama": pd.Series([], dtype="string"),
                   "indikator": pd.Series([], dtype="string"), "pagu_rp": pd.array([], dtype="Float64"),
                   "realisasi_rp": pd.array([], dtype="Float64"), "baris_sumber": pd.Series([], dtype="int64")})
TANPA = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])


def _frame(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    level, nama, pagu = zip(*rows)
    return pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(range(1, len(rows) + 1), dtype="Int64"),
                         "level": list(level), "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                         "pagu_rp": pd.array([1000.0 * v for v in pagu], dtype="Float64"),
                         "baris_sumber": list(range(11, 11 + len(rows)))})


def _cek(induk: float, rincian: list[float]) -> dict:
    # program P and kegiatan K both written ``induk`` (P over its one kegiatan agrees), K over ``rincian``
    rows = [("program", "P", induk), ("kegiatan", "K", induk)] + [("sub_kegiatan", f"S{k + 1}", v)
                                                                   for k, v in enumerate(rincian)]
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0)
    return dict(zip(t["nama"], t["tingkat"].astype(str)))


def test_a_parent_of_one_row_is_that_row():
    # K 999 over its one row 1,000: 1 unit off, rounding of one row gives 0 (and cutting 0): kritis
    # (before: within the floor of one unit, nothing). Written 1,000: nothing.
    assert _cek(999.0, [1_000.0]) == {"K": "kritis"}
    assert _cek(1_000.0, [1_000.0]) == {}


def test_two_rows():
    # 1,000 + 1,000 = 2,000: K 2,001 is 1 unit off, within floor(2 / 2) = 1 (true 1,000.4 + 1,000.4 = 2,000.8
    # -> 2,001): nothing; K 2,002 is 2 units off: kritis (unchanged: 2 > 1.5 before too). K 1,999, 1 unit
    # below (true 999.6 + 999.6 = 1,999.2 -> 1,999, rows 1,000 each): nothing
    assert _cek(2_001.0, [1_000.0] * 2) == {}
    assert _cek(1_999.0, [1_000.0] * 2) == {}
    assert _cek(2_002.0, [1_000.0] * 2) == {"K": "kritis"}
    # three rows 2 units off: floor(3 / 2) = 1 exceeded. 2 units BELOW its rows: impossible cut, and half up,
    # but right rounded half to even (true rows 999.5 -> 1,000 each, sum 2,998.5 -> 2,998; REV-AW AW3, was
    # kritis): a peringatan naming half to even; 2 units ABOVE: within what three cut rows may fall short
    # (0 to 2): the truncation peringatan (nothing shows the table rounded)
    assert _cek(2_998.0, [1_000.0] * 3) == {"K": "peringatan"}
    assert _cek(3_002.0, [1_000.0] * 3) == {"K": "peringatan"}


def test_seven_rows():
    # seven rows of 1,000 (7,000): 3 units off is within floor(7 / 2) = 3 either way (true 999.6 x 7 =
    # 6,997.2 -> 6,997 under rows 1,000 each; 1,000.4 x 7 = 7,002.8 -> 7,003): nothing
    assert _cek(6_997.0, [1_000.0] * 7) == {}
    assert _cek(7_003.0, [1_000.0] * 7) == {}
    # 4 units below: beyond half up's rounding, and cut rows never exceed their cut parent, but rounded half to
    # even seven rows 999.5 -> 1,000 (999 odd) under 6,996.5 -> 6,996 (even) differ by exactly (7 + 1) / 2 = 4:
    # a peringatan naming half to even (REV-AW AW3; was kritis, before that nothing); 5 below: kritis
    assert _cek(6_996.0, [1_000.0] * 7) == {"K": "peringatan"}
    assert _cek(6_995.0, [1_000.0] * 7) == {"K": "kritis"}
    # 4 units above: beyond the rounding but within truncation (0 to 6): the truncation peringatan where
    # nothing shows the table rounded (before: within 4, nothing)
    assert _cek(7_004.0, [1_000.0] * 7) == {"K": "peringatan"}


def test_seven_rows_four_above_in_a_table_shown_rounded():
    # P over K1 and K2. K1 1,999 over S1 + S2 = 2,000: 1 unit BELOW its rows, within floor(2 / 2) = 1 (no
    # finding), which cut rows never are: the table is rounded, no truncation window. K2 7,004 over seven
    # rows of 1,000: 4 units above, beyond floor(7 / 2) = 3: kritis under half up (before: within 4, nothing),
    # but rows 1,000.5 -> 1,000 (even) under 7,003.5 -> 7,004 (even) rounded half to even: a peringatan naming
    # half to even (REV-AW AW3; was kritis). K2 7,005: beyond both, kritis.
    # P = 1,999 + 7,004 = 9,003 = K1 + K2: nothing
    rows = [("program", "P", 9_003.0), ("kegiatan", "K1", 1_999.0), ("sub_kegiatan", "S1", 1_000.0),
            ("sub_kegiatan", "S2", 1_000.0), ("kegiatan", "K2", 7_004.0)] + [
        ("sub_kegiatan", f"S{3 + k}", 1_000.0) for k in range(7)]
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"K2": "peringatan"}
    assert "(selisih Rp4.000)" in t["pesan"].iloc[0] and "setengah ke genap" in t["pesan"].iloc[0]
    rows[0], rows[4] = ("program", "P", 9_004.0), ("kegiatan", "K2", 7_005.0)
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"K2": "kritis"}


def test_parent_and_rows_written_to_different_decimals():
    # K 205.6 (to 0.1) over 102.50 + 102.40 = 204.90 (to 0.01): |P - sum| < 0.1 / 2 + 2 x 0.01 / 2 = 0.06,
    # so at most 0.05; 0.70 (Rp700) is beyond: kritis (before: within the floor of one whole unit, nothing)
    assert _cek(205.6, [102.50, 102.40]) == {"K": "kritis"}
    # K 205 (whole) over 102.30 + 102.30 = 204.60: the bound is 1 / 2 + 0.01 = 0.51, at most 0.50 (true
    # 102.3 + 102.3 = 204.6 -> 205): 0.40 is rounding, nothing; K 205 over 102.20 + 102.20 = 204.40: 0.60
    # beyond 0.50: kritis (before: within one unit, nothing)
    # (as written: from floats alone '205' may be '205.0', REV-AW AW2, ``test_decimals_as_written_not_the_floats``)
    assert _cek_tertulis("205", ["102.30", "102.30"]) == {}
    assert _cek_tertulis("205", ["102.20", "102.20"]) == {"K": "kritis"}


def _jumlah(jumlah: float, programs: tuple = (1_000.0,) * 3) -> dict:
    # three programs, each over one sub kegiatan of 1,000 (programs 3,000), and a closing JUMLAH line
    rows = [r for k, v in enumerate(programs) for r in (("program", f"P{k + 1}", v), ("sub_kegiatan", f"S{k + 1}", v))]
    total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [1000.0 * jumlah],
                          "baris_sumber": [19], "no": pd.array([None], dtype="Int64")})
    t = jumlah_tidak_cocok(EV, _frame(rows), total, skala_32=1000.0)
    return dict(zip(t["nama"], t["tingkat"].astype(str)))


def test_stated_total_against_three_programs():
    # a stated total rounded like its three rounded programs: at most floor(3 / 2) = 1 unit from their sum.
    # 2,999 (1 below): nothing; 2,998 (2 below): beyond half up's rounding, and cut programs never exceed their cut
    # total, but rounded half to even three programs 999.5 -> 1,000 under 2,998.5 -> 2,998 differ by exactly
    # (3 + 1) / 2 = 2: a peringatan naming half to even (REV-AW AW3; was kritis, before that nothing); 2,997: kritis
    assert _jumlah(2_999.0) == {}
    assert list(_jumlah(2_998.0).values()) == ["peringatan"]
    assert list(_jumlah(2_997.0).values()) == ["kritis"]


def test_a_short_parent_no_rounding_gives_is_no_evidence_the_table_is_rounded():
    # a 3.2 of unknown scale (``skala_lain_32`` 1000, figures as written). P over K1 and K2; K1 over ``n1`` rows
    # of 1; K2 4,003 over four rows of 1,000: 3 units above, beyond floor(4 / 2) = 2 (and Rp3 > Rp1 as rupiah)
    # but within what four cut rows fall short (0 to 3): the truncation peringatan unless a parent short of its
    # own rows by what rounding gives shows the table rounded. K1 999 over its one row 1,000: 1 short, silent
    # (Rp1 as rupiah is within the rupiah reading's Rp1; in thousands, neither rounding (0 for one row) nor
    # cutting gives it), no evidence: K2 peringatan (before: counted as evidence within (1 + 1) / 2, K2 kritis).
    # K1 1,999 over two rows of 1,000: 1 short, within floor(2 / 2) = 1, which cut rows never give: evidence,
    # K2 kritis. P = K1 + K2 each time: nothing
    def dua(k1: float, n1: float) -> dict:
        rows = [("program", "P", k1 + 4_003.0), ("kegiatan", "K1", k1)] + [
            ("sub_kegiatan", f"S1.{k}", 1_000.0) for k in range(n1)] + [("kegiatan", "K2", 4_003.0)] + [
            ("sub_kegiatan", f"S2.{k}", 1_000.0) for k in range(4)]
        rv = _frame(rows).assign(pagu_rp=pd.array([v for _, _, v in rows], dtype="Float64"))
        t = jumlah_tidak_cocok(EV, rv, TANPA, skala_lain_32=1000.0)
        return dict(zip(t["nama"], t["tingkat"].astype(str)))
    assert dua(999.0, 1) == {"K2": "peringatan"}
    assert dua(1_999.0, 2) == {"K2": "kritis"}


# REV-AW: cells written to different digits, cut or rounded, and decimals as written (not the float's)

def _cek_tertulis(induk: str, rincian: list[str]) -> dict:
    # as ``_cek``, the cells given as written in thousands (``sel_32``: the 3.2 block's cells, line by line)
    nilai = [float(x.replace(",", "")) for x in [induk, induk, *rincian]]
    rows = [("program", "P", nilai[0]), ("kegiatan", "K", nilai[1])] + [
        ("sub_kegiatan", f"S{k + 1}", v) for k, v in enumerate(nilai[2:])]
    sel = SelTertulis(pa.array([induk, induk, *rincian]), np.arange(11, 11 + len(nilai)))
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0, sel_32=sel)
    return dict(zip(t["nama"], t["tingkat"].astype(str)))


def test_cut_cells_of_different_digits():
    # Cut cells: parent P = floor(S) to its unit u_P, rows r_i = floor(x_i) to u_i, S = sum x_i: P - S in
    # (-u_P, 0], x_i - r_i in [0, u_i), so P - sum r_i in (-u_P, sum u_i).
    # K 204 (u 1) over 102.30 + 102.30 (u 0.01 each, as written): window (-1, 0.02), P - sum = -0.60 inside
    # (true 102.309 + 102.309 = 204.618 -> 204; rows 102.30 each). Rounding: |P - sum| < (1 + 0.02) / 2 = 0.51,
    # 0.60 beyond. So cut explains it, rounding does not: the truncation peringatan (before: kritis, REV-AW AW1)
    assert _cek_tertulis("204", ["102.30", "102.30"]) == {"K": "peringatan"}
    # K 204 over 102.3 + 102.3 + 0.4 = 205.0: window (-1, 0.3) open at -1, so -1.00 is outside (cut rows sum
    # to at most their true sum S, and floor(S) >= 205); rounding: < (1 + 0.3) / 2 = 0.65: kritis either way
    assert _cek_tertulis("204", ["102.3", "102.3", "0.4"]) == {"K": "kritis"}


def test_a_coarser_parent_below_its_rows_is_no_evidence_of_rounding():
    # P 7,208 over K1 204 (over 102.40 + 101.70 = 204.10) and K2 7,004 (over seven rows of 1,000 = 7,000).
    # K2: +4 units, beyond rounding's floor(7 / 2) = 3, within seven cut rows' 0..6: peringatan unless the table
    # is shown rounded. K1 is 0.10 below its rows: within rounding ((1 + 0.02) / 2 = 0.51) but ALSO within the
    # cut window (-1, 0.02) (true 102.405, 101.705, K1 204.110 -> 204): no evidence; K2 peringatan (before: K1
    # taken as evidence, K2 kritis, REV-AW AW1b). P = K1 + K2 exactly: nothing.
    rows = [("program", "P", 7_208.0), ("kegiatan", "K1", 204.0), ("sub_kegiatan", "S1", 102.40),
            ("sub_kegiatan", "S2", 101.70), ("kegiatan", "K2", 7_004.0)] + [
        ("sub_kegiatan", f"S{3 + k}", 1_000.0) for k in range(7)]
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"K2": "peringatan"}


def test_decimals_as_written_not_the_floats():
    # K '898.0' (to 0.1, as written) over 885.6 + 12.6 = 898.2: every cell to 0.1, rounding allows
    # floor(2 / 2) = 1 unit = 0.1; 0.2 below, and cut rows never exceed their cut parent of the same digit:
    # kritis (before: the float 898 read as whole, bound (1 + 0.2) / 2, nothing; REV-AW AW2)
    assert _cek_tertulis("898.0", ["885.6", "12.6"]) == {"K": "kritis"}
    # the same figures with no decimals known (floats only): 898 may be written '898' (bound 0.5, within) or
    # '898.0' (beyond): both readings named, peringatan (before: nothing)
    assert _cek(898.0, [885.6, 12.6]) == {"K": "peringatan"}
    # REV-AW's kegiatan 9: seven rows to 0.1 summing to 205,116.9; K 205,115.4 is 15 units below, beyond
    # floor(7 / 2) = 3 units: kritis (before: rows '5,000.0' etc. read as whole, bound 26 units, nothing)
    baris = ["5,000.0", "37,227.3", "4,500.0", "17,492.0", "7,327.6", "5,570.0", "128,000.0"]
    assert _cek_tertulis("205,115.4", baris) == {"K": "kritis"}
    # 0.3 below (3 units): within the rounding: nothing
    assert _cek_tertulis("205,116.6", baris) == {}
    # a cell written with no separator ('0') is written whole (``_dengan_desimal_pagu``'s ``utuh_juga``): K 5.0 over 5.0 + 0:
    # rows' units 0.1 and 1, K 0.1: nothing (and no doubt from unknown decimals)
    assert _cek_tertulis("5.0", ["5.0", "0"]) == {}


# REV-AW AW3: rounding half to even (banker's). Each cell's error round(x) - x lies in [-u/2, u/2], CLOSED, so
# a parent and its n rows of one unit may differ by (n + 1) / 2 units where n is odd, one more than half up's
# floor(n / 2), and only where every true value is a half: reachable iff n = 3 mod 4 (``_genap_terjangkau``).

def test_half_to_even_three_rows():
    # K 2,998 over three rows 1,000: true rows 999.5 each (999 odd: half to even rounds up to 1,000), true sum
    # 2,998.5 (2,998 even: rounds down): 2,998 - 3,000 = -2 units, (3 + 1) / 2. Half up allows 1: the document is
    # right under half to even, wrong under half up: a peringatan naming half to even (before: kritis)
    t = jumlah_tidak_cocok(EV, _frame([("program", "P", 2_998.0), ("kegiatan", "K", 2_998.0)] + [
        ("sub_kegiatan", f"S{k}", 1_000.0) for k in range(3)]), TANPA, skala_32=1000.0)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"K": "peringatan"}
    assert "setengah ke genap" in t["pesan"].iloc[0]
    # 3 units below: beyond half to even's 2 too: kritis
    assert _cek(2_997.0, [1_000.0] * 3) == {"K": "kritis"}


def test_half_to_even_not_reachable_is_still_kritis():
    # one row: a parent of one row is that row, whatever the rule (true 999.5 -> 1,000 both): 999 over 1,000 kritis
    assert _cek(999.0, [1_000.0]) == {"K": "kritis"}
    # five rows, K 3 units below (5 + 1) / 2: every true row a half rounded up to even (k_i odd, x_i = k_i + 0.5),
    # their sum sum k_i + 2.5 has floor sum k_i + 2, odd (five odd k_i): it rounds UP to even, never down: the
    # parent cannot lie 3 below; half up's bound floor(5 / 2) = 2 holds: kritis
    assert _cek(4_997.0, [1_000.0] * 5) == {"K": "kritis"}
    # a row written 0 is exactly nothing (no half: Rp500 is no pagu): K 1,998 over 1,000 + 1,000 + 0 has two
    # rows that may be halves, m = 1 + 2 = 3 odd, half to even's extreme 1.5 is no whole unit: 2 below kritis
    assert _cek(1_998.0, [1_000.0, 1_000.0, 0.0]) == {"K": "kritis"}
    # parent '205' (unit 1) over two rows to 0.01 (m = 100 + 2 = 102): half up allows (102 - 1) // 2 = 50
    # units, 0.50; half to even's extreme 0.51 is not reachable: every row's true value a half rounded down to
    # an even last digit (rows' sum with an even last digit) under 204.5 needs rows summing 204.49 (odd), and
    # rounded up to even (each odd before: two odd sum even) to 205.51 under 205.5 -> 206 never, 205 -> 205
    # not a half: 205 over 204.49 (0.51 above): kritis; over 204.50: nothing. (205 over 205.51, 0.51 below, is
    # within the cut window (-1, 0.02) of a coarser parent: the truncation peringatan, ``test_cut_cells_...``)
    assert _cek_tertulis("205", ["102.50", "101.99"]) == {"K": "kritis"}
    assert _cek_tertulis("205", ["102.50", "102.00"]) == {}


def test_stated_total_with_decimals_not_known_read_two_ways():
    # tol2's leftover (the stated totals): three programs 1,000.5 (to 0.1) and a JUMLAH whose float is 3,002
    # (decimals as written not known: no cells given): 0.5 above the programs' 3,001.5. Written '3,002' (unit 1):
    # |J - sum| < (1 + 3 x 0.1) / 2 = 0.65, 6 units of 0.1, within; written '3,002.0' (unit 0.1): < (1 + 3) / 2
    # units, 1 unit, 0.1, beyond (and beyond what cut cells give, (-0.1, 0.3)): a peringatan naming both readings
    # (before: the float's reading alone, nothing)
    rows = [r for k in range(3) for r in (("program", f"P{k + 1}", 1_000.5), ("sub_kegiatan", f"S{k + 1}", 1_000.5))]
    total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [3_002_000.0],
                          "baris_sumber": [19], "no": pd.array([None], dtype="Int64")})
    t = jumlah_tidak_cocok(EV, _frame(rows), total, skala_32=1000.0)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"JUMLAH": "peringatan"}
    assert "tidak diketahui" in t["pesan"].iloc[0]
    # 3,001.6 (0.1 above): within both readings: nothing
    t = jumlah_tidak_cocok(EV, _frame(rows), total.assign(nilai_rp=[3_001_600.0]), skala_32=1000.0)
    assert t.empty


def test_half_to_even_only_where_every_digit_is_even():
    # REV-BB BB1. Half to even rounds an exact half to an EVEN last digit, so a cell ending in an odd digit is
    # never a rounded half: its error is below half a unit and the (n + 1) / 2 gap is out of reach.
    # K 2,999 over 1,001 + 1,000 + 1,000 (3,001): 2 units below; half up allows floor(3 / 2) = 1; half to even
    # needs 2,999 and 1,001 even: no; cut rows never exceed their cut parent: kritis (was the half-to-even
    # peringatan). K 2,998 over 999 + 1,000 + 1,001 (3,000): 999 and 1,001 odd: kritis. Seven rows: K 6,997 over
    # 1,001 + six 1,000 (7,001), 4 below, 6,997 odd: kritis. The even cases stay peringatan (above).
    assert _cek(2_999.0, [1_001.0, 1_000.0, 1_000.0]) == {"K": "kritis"}
    assert _cek(2_998.0, [999.0, 1_000.0, 1_001.0]) == {"K": "kritis"}
    assert _cek(6_997.0, [1_001.0] + [1_000.0] * 6) == {"K": "kritis"}
    # the stated total likewise: JUMLAH 2,999 over programs 1,001 / 1,000 / 1,000; 2,998 over 999 / 1,000 / 1,001
    assert list(_jumlah(2_999.0, (1_001.0, 1_000.0, 1_000.0)).values()) == ["kritis"]
    assert list(_jumlah(2_998.0, (999.0, 1_000.0, 1_001.0)).values()) == ["kritis"]


def test_a_whole_cell_beside_the_same_value_with_decimals_counts_whole():
    # REV-BB BB2. S1's line holds its pagu ``470`` and, in the other pagu column, ``470.00``: which cell is S1's
    # pagu the value cannot tell, so the fewest decimals (0). K 470.50 (u 0.01) over S1 470 (u 1): half up allows
    # |K - S1| < (0.01 + 1) / 2 = 0.505, and 0.50 is within (true 470.5 -> 470.50 and -> 470 half to even, or
    # 470.4999 -> 470 half up): nothing. Read as written to 0.01 (before) it was kritis: untrue.
    rows = [("program", "P", 470.5), ("kegiatan", "K", 470.5), ("sub_kegiatan", "S1", 470.0)]
    sel = SelTertulis(pa.array(["470.50", "470.50", "470", "470.00"]), np.array([11, 12, 13, 13]))
    t = jumlah_tidak_cocok(EV, _frame(rows), TANPA, skala_32=1000.0, sel_32=sel)
    assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {}
