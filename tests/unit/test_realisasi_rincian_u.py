"""Branch r's rules, second round (REV-N): a hedge that hid a true kritis, a realisation counted
twice, an empty kegiatan pagu read as Rp 0.

- N1: "2+ sub kegiatan directly under a program" (maybe a kegiatan read as a sub kegiatan, its rows
  counted twice) hedges a difference only where rows counted twice would explain it: the rows' sum
  ABOVE the stated figure (a doubling only adds) and equal to it without a run of direct rows.
- N7: a sub kegiatan's second indicator row with the same name, an empty pagu cell and the same
  realisation as the row above is a continuation (not 16 juta more); a row with a realisation but
  no pagu keeps its parent's empty cell from being read from the rows.
- N8: a kegiatan printing no pagu takes its sub kegiatan's pagu (not Rp 0) in the realisation guard
  and in the pagu sum check (a lower bound where some are empty).

Expected values derived by hand from the frames below and from tests/data/renja-mini.md, Tabel 2.2:
PROGRAM PENGEMBANGAN UMKM (line 38) 50.000.000 / 45.000.000; its kegiatan (line 39) 50.000.000 /
45.000.000; its sub kegiatan (lines 40, 41) 30.000.000 / 29.000.000 and 20.000.000 / 16.000.000.
"""
import pandas as pd
import pytest

# the mini document's rows and its rewriting, shared with the r round's tests
from test_realisasi_rincian_r import KEGIATAN, UMKM, _kosongkan, _mini

from renja_analysis import metrics
from renja_analysis.findings.document import jumlah_tidak_cocok

KOSONG = pd.DataFrame(columns=["sisi", "level", "nama", "pagu_rp", "baris_sumber"])
TOTAL = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])
JUTA = 1_000_000.0


def _ev(rows):
    """(level, nama, pagu, realisasi) in juta (None: empty cell); indikator i0, i1, ...; lines 1, 2, ..."""
    level, nama, pagu, real = zip(*rows)
    juta = [[None if v is None else v * JUTA for v in col] for col in (pagu, real)]
    return pd.DataFrame({"level": list(level), "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                         "pagu_rp": pd.array(juta[0], dtype="Float64"),
                         "realisasi_rp": pd.array(juta[1], dtype="Float64"),
                         "baris_sumber": range(1, len(rows) + 1)})


def _jumlah(ev):
    t = jumlah_tidak_cocok(ev, KOSONG, TOTAL)
    return t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]


# --- N1 ------------------------------------------------------------------------------------------

def test_rows_summing_below_the_program_are_kritis_despite_direct_sub_kegiatan():
    # P 60 / 50 over direct S 10 / 5 and S 20 / 10, then K 30 / 25 over 20 / 15 and 10 / 10: pagu
    # 10 + 20 + 30 = 60 agree; realisation 5 + 10 + 25 = 40 is BELOW 50: no doubling makes a sum smaller
    ev = _ev([("program", "P", 60, 50), ("sub_kegiatan", "S1", 10, 5), ("sub_kegiatan", "S2", 20, 10),
              ("kegiatan", "K", 30, 25), ("sub_kegiatan", "S3", 20, 15), ("sub_kegiatan", "S4", 10, 10)])
    t = _jumlah(ev)
    assert t["tingkat"].astype(str).tolist() == ["kritis"] and t["kolom"].astype(str).tolist() == ["realisasi_rp"]
    assert t["nilai_hitung"].tolist() == [40 * JUTA]
    assert t["pesan"].iloc[0].startswith("Realisasi program ini Rp50.000.000, tetapi jumlah rincian di bawahnya "
                                         "Rp40.000.000 (selisih Rp10.000.000)")


def test_a_pagu_shortfall_is_kritis_despite_direct_sub_kegiatan():
    # P pagu 70 over 10 + 20 + 30 = 60 (realisation 5 + 10 + 25 = 40 = 40)
    ev = _ev([("program", "P", 70, 40), ("sub_kegiatan", "S1", 10, 5), ("sub_kegiatan", "S2", 20, 10),
              ("kegiatan", "K", 30, 25), ("sub_kegiatan", "S3", 20, 15), ("sub_kegiatan", "S4", 10, 10)])
    t = _jumlah(ev)
    assert t["tingkat"].astype(str).tolist() == ["kritis"] and t["kolom"].astype(str).tolist() == ["pagu_rp"]
    assert t["nilai_hitung"].tolist() == [60 * JUTA]


def test_a_sum_above_explained_by_rows_counted_twice_is_hedged():
    # S1 30 may be a kegiatan over S2 10 + S3 20: 30 + 10 + 20 + 30 = 90 for 60, and 90 - 30 = 60
    ev = _ev([("program", "P", 60, None), ("sub_kegiatan", "S1", 30, None), ("sub_kegiatan", "S2", 10, None),
              ("sub_kegiatan", "S3", 20, None), ("kegiatan", "K", 30, None), ("sub_kegiatan", "S4", 30, None)])
    t = _jumlah(ev)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and t["nilai_hitung"].tolist() == [90 * JUTA]
    assert "3 sub kegiatan terbaca langsung di bawah program ini" in t["pesan"].iloc[0]


def test_a_sum_above_that_no_doubling_explains_is_kritis():
    # 10 + 20 + 40 = 70 for 60: the difference 10 is no run of direct rows after another (20), and
    # neither direct row's pagu is that of the rows after it (10 vs 20)
    ev = _ev([("program", "P", 60, None), ("sub_kegiatan", "S1", 10, None), ("sub_kegiatan", "S2", 20, None),
              ("kegiatan", "K", 40, None), ("sub_kegiatan", "S3", 40, None)])
    t = _jumlah(ev)
    assert t["tingkat"].astype(str).tolist() == ["kritis"] and t["nilai_hitung"].tolist() == [70 * JUTA]


# --- N7 ------------------------------------------------------------------------------------------

def _lanjut(nama_kedua):
    # P and K empty; S2's second indicator row repeats its realisation 16 with an empty pagu cell
    return _ev([("program", "P", 50, None), ("kegiatan", "K", 50, None), ("sub_kegiatan", "S1", 30, 29),
                ("sub_kegiatan", "S2", 20, 16), ("sub_kegiatan", nama_kedua, None, 16)])


def test_a_repeated_realisation_on_a_further_indicator_row_is_counted_once():
    r = metrics.realisasi_rincian(_lanjut("S2"))
    # 29 + 16 = 45, not 29 + 16 + 16 = 61
    assert r["realisasi_rp"].tolist()[:2] == [45 * JUTA, 45 * JUTA]


def test_a_row_with_a_realisation_but_no_pagu_blocks_reading_the_parent():
    # another name: not recognised as a continuation; its 16 cannot be checked against any pagu
    r = metrics.realisasi_rincian(_lanjut("S2 lain"))
    assert r["realisasi_dari_rincian"].tolist()[:2] == ["tidak_diketahui", "tidak_diketahui"]
    assert pd.isna(r["realisasi_rp"].iloc[0])


LANJUT = "Penumbuhan dan Pengembangan Kewirausahaan\tJumlah Wirausaha Baru\t10\tOrang\t\t0\tOrang\t16.000.000\t\t\t\t"


@pytest.mark.slow  # a fast test of its section checks the same finding (test_document_empty_kegiatan_pagu_message)
def test_document_repeated_realisation_row_is_no_double(tmp_path, mini_path):
    doc = _mini(tmp_path, mini_path, {UMKM: _kosongkan, KEGIATAN: _kosongkan}, sisip=LANJUT)
    ev = doc.evaluasi
    p = ev[ev["nama"] == "PROGRAM PENGEMBANGAN UMKM"].iloc[0]
    assert p["serapan_rp"] == 90.0              # 45 / 50, not 61 / 50 = 122 %
    # the stated figures (45 juta on both) agree with 29 + 16: no kritis 'rincian Rp61.000.000'
    stated = _mini(tmp_path, mini_path, {}, sisip=LANJUT)
    assert (stated.temuan["jenis"].astype(str) == "jumlah_tidak_cocok").sum() == 0


# --- N8 ------------------------------------------------------------------------------------------

def test_an_empty_kegiatan_pagu_takes_its_rows_pagu():
    ev = _ev([("program", "P", 50, None), ("kegiatan", "K", None, None), ("sub_kegiatan", "S1", 30, 29),
              ("sub_kegiatan", "S2", 20, 16)])
    r = metrics.realisasi_rincian(ev)
    assert r["realisasi_rp"].tolist()[:2] == [45 * JUTA, 45 * JUTA]
    # the program's pagu 50 against K's rows' 30 + 20, not against Rp 0
    assert _jumlah(ev).empty


def test_an_empty_kegiatan_pagu_is_a_lower_bound_where_some_rows_are_empty():
    # K's pagu is at least S1's 30 (S2 prints none): a program pagu of 20 is below it, 60 is not compared
    def ev(p):
        return _ev([("program", "P", p, None), ("kegiatan", "K", None, None), ("sub_kegiatan", "S1", 30, None),
                    ("sub_kegiatan", "S2", None, None)])
    t = _jumlah(ev(20))
    assert t["tingkat"].astype(str).tolist() == ["kritis"] and t["nilai_hitung"].tolist() == [30 * JUTA]
    assert "sedikitnya Rp30.000.000: jumlah pagu rincian yang diketahui" in t["pesan"].iloc[0]
    assert _jumlah(ev(60)).empty


def test_document_empty_kegiatan_pagu_message(tmp_path, mini_path):
    def pagu_kosong(cells):
        _kosongkan(cells)
        cells[4] = ""
    doc = _mini(tmp_path, mini_path, {UMKM: _kosongkan, KEGIATAN: pagu_kosong})
    t = doc.temuan
    pesan = t[(t["jenis"].astype(str) == "realisasi_kosong") & (t["baris_sumber"] == 38)]["pesan"].iloc[0]
    assert "dibaca dari jumlah realisasi sub kegiatan di bawahnya, Rp45.000.000" in pesan
    assert "Sel pagu 1 kegiatan di bawahnya kosong: pagunya dianggap jumlah pagu sub kegiatannya (Rp50.000.000)" in pesan
    assert "Rp0)" not in pesan
    assert not ((t["jenis"].astype(str) == "jumlah_tidak_cocok") & (t["baris_sumber"] == 38)).any()


def test_document_row_with_realisation_but_no_pagu_message(tmp_path, mini_path):
    # the same repeated realisation under another name (line 42, after the last sub kegiatan on line 41):
    # the kegiatan's (line 39) empty cell is unknown and the message says why, not 'tidak semua ...
    # mencantumkan realisasi' (every row below states one)
    lain = LANJUT.replace("Penumbuhan dan Pengembangan Kewirausahaan", "Penumbuhan Kewirausahaan Lain")
    doc = _mini(tmp_path, mini_path, {UMKM: _kosongkan, KEGIATAN: _kosongkan}, sisip=lain)
    t = doc.temuan
    pesan = t[(t["jenis"].astype(str) == "realisasi_kosong") & (t["baris_sumber"] == 39)]["pesan"].iloc[0]
    assert "Realisasi anggarannya tidak diketahui: baris 42 di bawahnya mencantumkan realisasi tanpa pagu" in pesan
    assert "tidak semua" not in pesan
    ev = doc.evaluasi
    assert pd.isna(ev[ev["nama"] == "PROGRAM PENGEMBANGAN UMKM"]["serapan_rp"].iloc[0])   # not 61 / 50
