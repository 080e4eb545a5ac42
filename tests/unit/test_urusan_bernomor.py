"""Tabel 3.2's urusan line printed WITH a No. (``1<TAB>URUSAN PEMERINTAHAN BIDANG ...``) states the
urusan's total: it is not a sub kegiatan, its total is still checked, and its number holds its place
in the numbering (REV-H H2).

The bundled document's 3.2 states, on every urusan line and on the closing line, 5,551,085,325 on
both sides, and its programs sum to exactly that (``tests/backtest/test_bundled.py``): its first
urusan line (line 365) is given No. 1 and its rows 1..62 become 2..63, nothing else changed.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from temuan_uji import bagian, temuan_jenis

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.findings import document as f

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
PAGU = 5_551_085_325.0


def _ubah(tmp_path_factory, nama, *, total_hasil=None, hapus=None, bidang=False):
    """The bundled document, its first 3.2 urusan line numbered 1 and the rows renumbered + 1;
    ``total_hasil``: that line's hasil-analisis total written instead; ``hapus``: the row printed
    with this (new) number left out; ``bidang``: the line's name starts ``BIDANG URUSAN`` instead."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    s, e = bagian(lines)
    out, pertama = [], True
    for i, line in enumerate(lines):
        if s < i < e:
            if pertama and line.startswith("\tURUSAN PEMERINTAHAN"):
                pertama = False
                cells = line.split("\t")
                cells[0] = "1"
                if total_hasil:
                    cells[-2] = total_hasil
                if bidang:
                    cells[1] = "BIDANG " + cells[1]
                line = "\t".join(cells)
            elif m := re.match(r"^(\d+)\t", line):
                no = int(m.group(1)) + 1
                if no == hapus:
                    continue
                line = f"{no}\t" + line[m.end():]
        out.append(line)
    path = tmp_path_factory.mktemp(nama) / SUMBER.name
    path.write_text("\n".join(out), encoding="utf-8")
    return load_document(path)


_temuan = temuan_jenis


@pytest.fixture(scope="module")
def bernomor(tmp_path_factory):
    return _ubah(tmp_path_factory, "bernomor")


# the fast test(s) of the same finding: test_a_wrong_total_on_the_numbered_urusan_line_is_kritis
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_numbered_urusan_line_is_a_stated_total_not_a_row(bernomor):
    rv = bernomor.review_rkpd
    assert not rv["nama"].str.upper().str.startswith("URUSAN").any()
    assert int(rv["no"].min()) == 2 and int(rv["no"].max()) == 63
    tot = bernomor.total_review
    pertama = tot[tot["baris_sumber"] == tot["baris_sumber"].min()]
    assert pertama["no"].tolist() == [1, 1]
    assert pertama["nilai_rp"].tolist() == [PAGU, PAGU]
    # 7 lines (6 urusan lines, the closing total), each on both sides; the 6 unnumbered print no No.
    assert len(tot) == 14 and int(tot["no"].notna().sum()) == 2
    # 1 (the total), 2..63 (the rows): no gap, no sum off
    assert _temuan(bernomor, "nomor_tidak_urut", "jumlah_tidak_cocok").empty


def test_numbered_urusan_line_is_not_a_sub_kegiatan_missing_from_sipd(bernomor, sipd_pemda):
    from renja_analysis.findings import reconciliation as R

    _, tem = R.rekonsiliasi(bernomor, sipd_pemda)   # load_sipd(DEFAULT_SIPD), tests/conftest.py (shared)
    assert not tem["pesan"].str.contains("URUSAN PEMERINTAHAN BIDANG", na=False).any()


def test_a_wrong_total_on_the_numbered_urusan_line_is_kritis(tmp_path_factory):
    # hasil analisis: 5,551,000,000 stated on line 365, programs 5,551,085,325 (Rp85.325 apart)
    doc = _ubah(tmp_path_factory, "salah", total_hasil="5,551,000,000")
    t = _temuan(doc, "jumlah_tidak_cocok", "nomor_tidak_urut")
    assert t["jenis"].astype(str).tolist() == ["jumlah_tidak_cocok"]
    r = t.iloc[0]
    assert (str(r["tingkat"]), r["nama"], float(r["nilai_dokumen"]), float(r["nilai_hitung"])) == \
        ("kritis", "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM", 5_551_000_000.0, PAGU)
    assert r["pesan"] == "Jumlah yang tercantum Rp5.551.000.000 berbeda dari jumlah pagu seluruh program " \
                         "Rp5.551.085.325."


# the fast test(s) of the same finding: test_a_wrong_total_on_the_numbered_urusan_line_is_kritis
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_numbered_bidang_urusan_line_is_a_stated_total(tmp_path_factory):
    doc = _ubah(tmp_path_factory, "bidang", bidang=True)
    assert not doc.review_rkpd["nama"].str.upper().str.contains("URUSAN PEMERINTAHAN BIDANG KOPERASI").any()
    assert doc.total_review["label"].iloc[0] == "BIDANG URUSAN PEMERINTAHAN BIDANG KOPERASI UKM"
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok").empty


# the fast test(s) of the same finding: test_a_wrong_total_on_the_numbered_urusan_line_is_kritis
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_gap_after_the_numbered_total_names_only_the_lost_number(tmp_path_factory):
    # new No. 5 lost: old row 4, "Evaluasi Kinerja Perangkat Daerah" 4,500,000, a sub kegiatan of
    # old row 2 "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" 14,500,000, whose
    # other sub kegiatan (old row 3) is 10,000,000. Numbers read: 1 (the total), 2, 3, 4, 6, ...
    doc = _ubah(tmp_path_factory, "celah", hapus=5)
    t = _temuan(doc, "nomor_tidak_urut")
    assert t["nilai_dokumen"].tolist() == [6] and t["nilai_hitung"].tolist() == [5]
    assert "melompat: nomor 5 tidak ada;" in t["pesan"].iloc[0]
    jumlah = _temuan(doc, "jumlah_tidak_cocok")
    # the kegiatan (both sides): 14,500,000 stated, 10,000,000 read; hedged, naming No. 5 only
    assert set(jumlah["nama"]) == {"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"}
    assert jumlah["tingkat"].astype(str).tolist() == ["peringatan", "peringatan"]
    assert jumlah[["nilai_dokumen", "nilai_hitung"]].to_numpy().tolist() == [[14_500_000, 10_000_000]] * 2
    assert all("Namun, nomor baris 5 tidak ada di teks" in p for p in jumlah["pesan"])


def _review(rows):
    """3.2, one side, lines 11, 12, ...: (printed No, level, name, pagu)."""
    return pd.DataFrame({"no": pd.array([r[0] for r in rows], dtype="Int64"), "sisi": ["hasil_analisis"] * len(rows),
                         "level": [r[1] for r in rows], "nama": [r[2] for r in rows],
                         "pagu_rp": [float(r[3]) for r in rows], "baris_sumber": range(11, 11 + len(rows))})


def test_a_numbered_total_holds_its_number_in_the_sum_check():
    # total No. 1 (line 10) states 650; rows No. 2-7 (lines 11-16): two programs of 300, each over
    # one kegiatan of 300 over one sub kegiatan of 300; programs 300 + 300 = 600. No number is
    # missing (1, 2, ..., 7), so the Rp50 is the document's: kritis, not hedged.
    rows = [(2, "program", "PROGRAM A", 300), (3, "kegiatan", "Kegiatan B", 300), (4, "sub_kegiatan", "Sub C", 300),
            (5, "program", "PROGRAM D", 300), (6, "kegiatan", "Kegiatan E", 300), (7, "sub_kegiatan", "Sub F", 300)]
    # (the closing total, line 17, states it again without a No.)
    total = pd.DataFrame({"sisi": ["hasil_analisis"] * 2, "label": ["URUSAN", "JUMLAH"], "nilai_rp": [650.0, 650.0],
                          "baris_sumber": [10, 17], "no": pd.array([1, None], dtype="Int64")})
    t = f.jumlah_tidak_cocok(pd.DataFrame({"level": [], "nama": [], "pagu_rp": [], "realisasi_rp": [],
                                           "baris_sumber": []}), _review(rows), total)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0] == "Jumlah yang tercantum Rp650 berbeda dari jumlah pagu seluruh program Rp600."


def test_numbered_totals_fill_the_numbering_where_they_stand():
    # 1 (total, before row 0), 2, 3, 5 (rows 0-2): number 4 is missing, before row 2
    assert f._celah_nomor(pd.Series([2, 3, 5], dtype="Int64"), ([1.0], [0])) == [(2, "4")]
    # 1, 2 (rows), 3 (total, before row 2), 4 (row 2): nothing missing
    assert f._celah_nomor(pd.Series([1, 2, 4], dtype="Int64"), ([3.0], [2])) == []
    # without the totals' numbers, 1 and 3 are missing
    assert f._celah_nomor(pd.Series([2, 4], dtype="Int64")) == [(0, "1"), (1, "3")]


def test_a_keterangan_row_missing_from_3_2_names_no_gap_a_numbered_total_fills(bernomor):
    # the urusan line prints No 1 and the rows 2, 3, ...: no number is missing, so the reason a
    # keterangan row is not found in 3.2 names none (it read "nomor baris 1 ... tidak ada di teks"
    # from the rows alone, a nomor_tidak_urut the reader never reported)
    from renja_analysis.findings.document import _review_terpotong

    assert _review_terpotong([], bernomor.temuan.iloc[:0], bernomor) is None
