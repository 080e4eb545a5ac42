"""One rule for a program's or kegiatan's empty realisation Rp cell, in every view
(``metrics.realisasi_rincian``): the sum of its rows below (marked) when every one is known, else
unknown, never 0; a sub kegiatan's empty cell stays nothing realised. And a program printed with a
second indicator (a row of the same name without rupiah) counts once.

Expected values derived by hand from tests/data/renja-mini.md, Tabel 2.2 (lines 29-41):

- PROGRAM PENUNJANG (line 29): pagu 30.000.000, realisasi 12.000.000;
- PROGRAM PENGEMBANGAN UMKM (line 38): pagu 50.000.000, realisasi 45.000.000; its one kegiatan
  (line 39) 50.000.000 / 45.000.000; its sub kegiatan (lines 40, 41) 30.000.000 / 29.000.000 and
  20.000.000 / 16.000.000 (the second "Dilaksanakan di triwulan 3").

The quarter is TW II (harapan 50 %): a serapan of 90 % is 180 % of the expectation (Sangat Tinggi);
the old code judged the empty cell as 0: 0,00 %, Sangat Rendah.
"""
import re

import pandas as pd
import pytest

from renja_analysis import load_document, metrics
from renja_analysis.findings.document import jumlah_tidak_cocok
from renja_analysis.present import narrative, styling, summary
from renja_analysis.report import html

PROGRAM = "PROGRAM PENGEMBANGAN UMKM\tPresentase UMKM"
KEGIATAN = "Kegiatan Pengembangan Usaha Mikro dengan Orientasi"
SUB = "Penumbuhan dan Pengembangan Kewirausahaan\tJumlah Orang"
UMKM = "PROGRAM PENGEMBANGAN UMKM"
NILAI = {PROGRAM: ("45.000.000", "90"), KEGIATAN: ("45.000.000", "90"), SUB: ("16.000.000", "80")}


def _tabel22(mini_path):
    text = mini_path.read_text(encoding="utf-8")
    i = text.index("Tabel 2.2\n")
    return text[:i], text[i:]


def _dokumen(tmp_path, mini_path, *awalan, sisip=None):
    """The mini document with the realisasi Rp and serapan cells of the Tabel 2.2 rows starting with
    ``awalan`` left empty; ``sisip``: a line put after the UMKM program's row."""
    return load_document(_tulis(tmp_path, mini_path, *awalan, sisip=sisip))


def _tulis(tmp_path, mini_path, *awalan, sisip=None):
    """The text of ``_dokumen`` written to tmp_path/renja-mini-o.md, not read (its path)."""
    head, tail = _tabel22(mini_path)
    lines = tail.split("\n")
    for k, line in enumerate(lines):
        for a in awalan:
            if line.startswith(a):
                cells = line.split("\t")
                assert (cells[7], cells[9]) == NILAI[a], cells       # realisasi Rp (col 8), serapan (col 10)
                cells[7] = cells[9] = ""
                lines[k] = "\t".join(cells)
    if sisip is not None:
        k = next(k for k, line in enumerate(lines) if line.startswith(PROGRAM))
        lines.insert(k + 1, sisip)
    path = tmp_path / "renja-mini-o.md"
    path.write_text(head + "\n".join(lines), encoding="utf-8")
    return path


def _baris(doc, nama):
    ev = doc.evaluasi
    return ev[ev["nama"] == nama].iloc[0]


def _kosong(doc, baris):
    t = doc.temuan
    return t[(t["jenis"].astype(str) == "realisasi_kosong") & (t["baris_sumber"] == baris)]["pesan"].iloc[0]


def _tabel(doc):
    """The program's cells in the evaluation table of its page (``styling.tabel_evaluasi``), as text."""
    h = styling.tabel_evaluasi(summary.dengan_label_predikat(doc.evaluasi)).to_html()
    teks = re.sub(r"(\|\s*)+", "| ", re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " | ", h)))
    i = teks.index(UMKM)
    return teks[i:i + 200]


def _kartu(doc, tmp_path):
    target = html.render_index(doc, [], tmp_path / "index.html")
    teks = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", target.read_text(encoding="utf-8")))
    i = teks.index(f"{UMKM} Pagu")
    return teks[i:i + 160]


# --- the rule on hand-made rows -------------------------------------------------------------

def test_rule_sums_the_rows_below_or_leaves_unknown():
    # P1: empty, kegiatan A stated 10, kegiatan B empty over sub 5 + 5: 10 + (5 + 5) = 20, from both
    # P2: empty over kegiatan C empty whose subs 7 and (empty): unknown, and C unknown
    # P3: empty, no row below: unknown; P4: stated 9, not touched
    df = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan",
                  "program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "program", "sub_kegiatan"],
        "realisasi_rp": [None, 10.0, 4.0, None, 5.0, 5.0, None, None, 7.0, None, None, 9.0, 9.0]})
    r = metrics.realisasi_rincian(df)
    assert r["realisasi_rp"].tolist() == [20.0, 10.0, 4.0, 10.0, 5.0, 5.0, pd.NA, pd.NA, 7.0, pd.NA, pd.NA,
                                          9.0, 9.0]
    assert r["realisasi_dari_rincian"].tolist() == [
        "kegiatan_sub_kegiatan", pd.NA, pd.NA, "sub_kegiatan", pd.NA, pd.NA, "tidak_diketahui",
        "tidak_diketahui", pd.NA, pd.NA, "tidak_diketahui", pd.NA, pd.NA]     # an empty sub: no rows below


def test_rule_keeps_documents_and_second_indicators_apart():
    # document a: program P over sub 40, then a second indicator row of P (no rupiah);
    # document b starts with a kegiatan-less sub 99 before its program Q (empty, no rows): unknown
    df = pd.DataFrame({"dokumen": ["a", "a", "a", "b", "b"],
                       "level": ["program", "program", "sub_kegiatan", "sub_kegiatan", "program"],
                       "nama": ["P", "P", "S", "T", "Q"], "indikator": ["i1", "i2", "i3", "i4", "i5"],
                       "pagu_rp": [100.0, None, 100.0, 99.0, 50.0],
                       "realisasi_rp": [None, None, 40.0, 99.0, None]})
    r = metrics.realisasi_rincian(df)
    assert r["realisasi_rp"].tolist() == [40.0, pd.NA, 40.0, 99.0, pd.NA]
    assert r["realisasi_dari_rincian"].tolist() == ["sub_kegiatan", pd.NA, pd.NA, pd.NA, "tidak_diketahui"]


# --- every view of one document ---------------------------------------------------------------

# the fast test(s) of the same finding: test_empty_program_and_kegiatan_read_their_sub_kegiatan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_empty_program_cell_reads_its_kegiatan_in_every_view(tmp_path, mini_path):
    doc = _dokumen(tmp_path, mini_path, PROGRAM)
    p = _baris(doc, UMKM)
    assert pd.isna(p["realisasi_rp"])                               # the document's cell stays empty
    assert p["serapan_rp"] == pytest.approx(90.0)                   # 45 / 50, not 0
    assert p["predikat_rp"] == "Sangat Tinggi"                      # 90 / 50 = 180 % of the expectation
    d = summary.daftar_program(doc.evaluasi, doc.temuan).set_index("program").loc[UMKM]
    assert (d["realisasi_rp"], d["realisasi_dari_rincian"], d["serapan_rp"]) == (45_000_000, "kegiatan", 90.0)
    assert "| Rp50.000.000 | 90,00% | Sangat Tinggi |" in narrative.tabel_program(
        summary.daftar_program(doc.evaluasi, doc.temuan))
    kartu = _kartu(doc, tmp_path)
    assert "Serapan 90,00% (harapan 50%) Predikat serapan Sangat Tinggi" in kartu, kartu
    # the page's table: pagu, the realisation summed (said so), serapan, predikat kinerja, predikat serapan
    assert "| Rp50.000.000 | Rp45.000.000 (jumlah rincian) | 90,00% | Belum diukur | Sangat Tinggi |" in _tabel(doc)
    assert narrative.ringkasan_program(doc.evaluasi, UMKM).startswith(
        "Program ini menyerap **90,00%** dari pagu Rp50.000.000 (Rp45.000.000, jumlah realisasi kegiatan di "
        "bawahnya karena sel realisasi program kosong), di atas harapan triwulan 50% (predikat serapan Sangat "
        "Tinggi).")
    # the headline (L2's rule) says the same 45 juta: 12 + 45 of 80 = 71,25 %
    assert "serapan 2 program **71,25%** (Rp57.000.000" in narrative.ringkasan_dinas(
        doc.evaluasi, doc.temuan, doc.pergeseran, triwulan=2, triase=False)
    pesan = _kosong(doc, 38)
    assert "dibaca dari jumlah realisasi kegiatan di bawahnya, Rp45.000.000" in pesan
    assert "sebagai belum ada realisasi (0)" not in pesan


def test_empty_program_and_kegiatan_read_their_sub_kegiatan(tmp_path, mini_path):
    doc = _dokumen(tmp_path, mini_path, PROGRAM, KEGIATAN)
    # 29 + 16 = 45 juta for both, from the sub kegiatan
    for nama, baris in ((UMKM, 38), ("Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha "
                                     "Menjadi Usaha Kecil", 39)):
        assert _baris(doc, nama)["serapan_rp"] == pytest.approx(90.0)
        assert "dibaca dari jumlah realisasi sub kegiatan di bawahnya, Rp45.000.000" in _kosong(doc, baris)
    d = summary.daftar_program(doc.evaluasi).set_index("program").loc[UMKM]
    assert (d["realisasi_rp"], d["realisasi_dari_rincian"]) == (45_000_000, "sub_kegiatan")


# the fast test(s) of the same finding: test_empty_program_and_kegiatan_read_their_sub_kegiatan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_unknown_where_a_row_below_states_nothing(tmp_path, mini_path):
    # the sub kegiatan of line 41 empty too: program and kegiatan are not known (never 0)
    doc = _dokumen(tmp_path, mini_path, PROGRAM, KEGIATAN, SUB)
    p = _baris(doc, UMKM)
    assert pd.isna(p["serapan_rp"]) and pd.isna(p["predikat_rp"])
    d = summary.daftar_program(doc.evaluasi).set_index("program").loc[UMKM]
    assert pd.isna(d["realisasi_rp"]) and d["realisasi_dari_rincian"] == "tidak_diketahui"
    assert "| Rp50.000.000 | - | Tidak diketahui |" in narrative.tabel_program(summary.daftar_program(doc.evaluasi))
    assert "Serapan tidak diketahui (harapan 50%) Predikat serapan Tidak diketahui" in _kartu(doc, tmp_path)
    assert "| Rp50.000.000 | tidak diketahui | tidak diketahui | Belum diukur | Tidak diketahui |" in _tabel(doc)
    assert narrative.ringkasan_program(doc.evaluasi, UMKM).startswith(
        "Realisasi anggaran program ini tidak diketahui:")
    assert summary.jumlah_predikat(doc.evaluasi).loc["Tidak diketahui", ("Serapan", "Program")] == 1
    assert "Realisasi anggarannya tidak diketahui: tidak semua kegiatan dan sub kegiatan di bawahnya" in \
        _kosong(doc, 38)
    # the sub kegiatan keeps its rule: nothing realised (0), as the registry says
    assert "menilainya sebagai belum ada realisasi (0)" in _kosong(doc, 41)


def test_sum_check_does_not_read_an_empty_kegiatan_as_rp_0(tmp_path, mini_path):
    # the program states 45 juta, its kegiatan's cell is empty over 29 + 16 = 45 juta: they agree;
    # the old code compared 45 juta with Rp0 (kritis jumlah_tidak_cocok)
    doc = _dokumen(tmp_path, mini_path, KEGIATAN)
    t = doc.temuan
    assert not (t["jenis"].astype(str) == "jumlah_tidak_cocok").any()
    assert _baris(doc, "Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi "
                       "Usaha Kecil")["serapan_rp"] == pytest.approx(90.0)


def test_sum_check_leaves_out_an_empty_parent_and_an_unknown_row_below():
    ev = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "kegiatan",
                                 "sub_kegiatan"],
                       "nama": ["P", "K", "S", "T", "Q", "L", "U"], "indikator": list("abcdefg"),
                       "pagu_rp": [100.0, 100.0, 50.0, 50.0, 80.0, 80.0, 80.0],
                       "realisasi_rp": [60.0, None, 30.0, None, None, None, 20.0], "baris_sumber": range(1, 8)})
    kosong = pd.DataFrame(columns=["sisi", "level", "nama", "pagu_rp", "baris_sumber"])
    total = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])
    t = jumlah_tidak_cocok(ev, kosong, total)
    # P 60 over K (unknown: T states nothing) is not compared (the old code: 60 against Rp0, kritis);
    # Q empty states no total, L (empty) states none: nothing reported
    assert t.empty, t[["nama", "pesan"]].values.tolist()


# --- a program with a second indicator counts once -------------------------------------------

LANJUTAN = "PROGRAM PENGEMBANGAN UMKM\tJumlah UMKM binaan\t5\tUnit\t\t2\tUnit\t\t40\t\t\t"


def test_second_indicator_row_is_not_another_program(tmp_path, mini_path):
    doc = _dokumen(tmp_path, mini_path, sisip=LANJUTAN)
    assert (doc.evaluasi["level"].astype(str) == "program").sum() == 3         # the table keeps the row
    a = summary.angka_utama(doc.evaluasi, doc.temuan).set_index("ukuran")["nilai"]
    assert (a["Jumlah program"], a["Jumlah kegiatan"], a["Jumlah sub kegiatan"]) == (2, 2, 4)
    teks = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, triwulan=2, triase=False)
    assert "serapan 2 program **71,25%**" in teks                              # 12 + 45 of 30 + 50 juta
    d = summary.daftar_program(doc.evaluasi, doc.temuan)
    assert d["program"].tolist() == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA", UMKM]


# --- a JUMLAH row of Tabel 2.2 against the programs ------------------------------------------

def _dengan_jumlah(tmp_path, mini_path, realisasi, *awalan):
    """The mini document with the UMKM program's cells (and ``awalan``'s) emptied and a JUMLAH row
    after the last sub kegiatan: pagu 80 juta (30 + 50), realisasi ``realisasi``."""
    doc_path = _tulis(tmp_path, mini_path, PROGRAM, *awalan)
    lines = doc_path.read_text(encoding="utf-8").split("\n")
    k = max(k for k, line in enumerate(lines) if line.startswith("Penumbuhan dan Pengembangan Kewirausahaan"))
    lines.insert(k + 1, f"JUMLAH\t\t\t\t80.000.000\t\t\t{realisasi}\t\t\t\t")
    doc_path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(doc_path).temuan
    return t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]


# the fast test(s) of the same finding: test_sum_check_does_not_read_an_empty_kegiatan_as_rp_0
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_stated_total_counts_an_empty_program_by_its_rows(tmp_path, mini_path):
    # 12 juta + the UMKM program's kegiatan 45 juta = 57 juta: the total agrees (the old code summed
    # the empty cell as 0: 12 juta, a kritis)
    assert _dengan_jumlah(tmp_path, mini_path, "57.000.000").empty
    # 60 juta does not: the message says the 57 juta holds a program taken from its rows
    t = _dengan_jumlah(tmp_path, mini_path, "60.000.000")
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert ("jumlah seluruh program Rp57.000.000 (realisasi 1 program yang selnya kosong diambil dari jumlah "
            "rincian di bawahnya)") in t["pesan"].iloc[0]


# the fast test(s) of the same finding: test_sum_check_does_not_read_an_empty_kegiatan_as_rp_0
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_stated_total_not_compared_where_a_program_is_unknown(tmp_path, mini_path):
    # program, kegiatan and one sub kegiatan empty: the programs' sum is not known
    assert _dengan_jumlah(tmp_path, mini_path, "57.000.000", KEGIATAN, SUB).empty
