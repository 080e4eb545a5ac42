"""A Tabel 3.2 or 2.2 cut short (pages the PDF extraction lost, a partial file) is said once, as
``dokumen_terpotong``, not blamed row by row on the document (hostile review REV-D D5).

Hand-made tables first (values worked out in the comments), then the bundled document cut after
the first page of its Tabel 3.2, against its own SIPD export (tests/data/sipd/dinkop-ukm-magetan.json).
"""
from __future__ import annotations

import pandas as pd
import pytest
from temuan_uji import review_32 as _review, total_32 as _total

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.findings import document as f

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
SIPD = ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"




EV0 = pd.DataFrame({"level": [], "nama": [], "pagu_rp": [], "realisasi_rp": [], "baris_sumber": []})


def _baca(*tables):
    """The reading account of the tables read: (label, first line, last line)."""
    return pd.DataFrame({"tabel": [t[0] for t in tables], "baris_awal": [t[1] for t in tables],
                         "baris_akhir": [t[2] for t in tables]})


# the text stops after 3.2 (lines 9-15; no table after it, Tabel 3.3 not read): evidence of a cut
HENTI_32 = _baca(("Tabel 3.2 (Review P-RKPD)", 9, 15))
# the text stops after 2.2 (lines 100-103; Tabel 3.1, 3.2, 3.3 not read)
HENTI_22 = _baca(("Tabel 2.1", 50, 56), ("Tabel 2.2", 100, 103))


def _kinds(t):
    return sorted(zip(t["jenis"].astype(str), t["tingkat"].astype(str)))


# PROGRAM A 400 = Kegiatan B 300 + Kegiatan D 100; Kegiatan B 300 = Sub C 300 (complete);
# Kegiatan D 100 states more than its one row read, Sub E 40; PROGRAM A is the only program, 400.
ROWS = [("program", "PROGRAM A", 400), ("kegiatan", "Kegiatan B", 300), ("sub_kegiatan", "Sub C", 300),
        ("kegiatan", "Kegiatan D", 100), ("sub_kegiatan", "Sub E", 40)]


def test_32_cut_short_is_said_once():
    # the urusan total 1000 stands above the rows (line 10) and none follows the last one (line 15):
    # programs read 400, 600 short. Kegiatan D (100 vs 40) is open at the last row: its other rows may
    # be past the cut; PROGRAM A sums to 300 + 100 = 400, as it states
    t = f.jumlah_tidak_cocok(EV0, _review(ROWS), _total(1000, 10), pembacaan=HENTI_32)
    assert _kinds(t) == [("dokumen_terpotong", "peringatan")]
    r = t.iloc[0]
    assert int(r["baris_sumber"]) == 15 and r["nilai_dokumen"] == 1000 and r["nilai_hitung"] == 400
    assert "berakhir di baris 15 tanpa baris jumlah penutup" in r["pesan"]
    assert "Rp400 kurang Rp600 dari jumlah yang tercantum Rp1.000 (baris 10)" in r["pesan"]
    assert "pagu kegiatan \u201cKegiatan D\u201d Rp100 (rincian terbaca Rp40)" in r["pesan"]
    assert "PROGRAM A" not in r["pesan"]


def test_32_cut_short_keeps_what_the_rows_read_show():
    # Kegiatan B states 350 over Sub C 300: not open at the cut (Kegiatan D follows it), still kritis;
    # PROGRAM A 400 against 350 + 100 = 450: open, but its rows sum to more, which no cut explains
    rows = [ROWS[0], ("kegiatan", "Kegiatan B", 350), *ROWS[2:]]
    t = f.jumlah_tidak_cocok(EV0, _review(rows), _total(1000, 10), pembacaan=HENTI_32)
    assert _kinds(t) == [("dokumen_terpotong", "peringatan"), ("jumlah_tidak_cocok", "kritis"),
                         ("jumlah_tidak_cocok", "kritis")]
    kritis = t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]
    assert sorted(zip(kritis["nama"], kritis["nilai_dokumen"], kritis["nilai_hitung"])) == [
        ("Kegiatan B", 350, 300), ("PROGRAM A", 400, 450)]
    # a total below the programs read (300 < 400) is no cut: kritis as before
    t = f.jumlah_tidak_cocok(EV0, _review(ROWS), _total(300, 10), pembacaan=HENTI_32)
    assert _kinds(t) == [("jumlah_tidak_cocok", "kritis"), ("jumlah_tidak_cocok", "kritis")]
    assert set(t["nama"]) == {"URUSAN", "Kegiatan D"}


def test_32_with_its_closing_total_is_judged_as_before():
    # the same rows with the total 1000 closing the table (line 16): nothing lost at the end, the
    # total and Kegiatan D (100 vs 40) are wrong, kritis
    t = f.jumlah_tidak_cocok(EV0, _review(ROWS), _total(1000, 16))
    assert _kinds(t) == [("jumlah_tidak_cocok", "kritis"), ("jumlah_tidak_cocok", "kritis")]
    assert set(t["nama"]) == {"URUSAN", "Kegiatan D"}


def test_32_without_rows_and_when_the_reader_said_it():
    t = f.jumlah_tidak_cocok(EV0, _review(ROWS).iloc[0:0], pd.concat([_total(1000, 10), _total(1000, 30)]))
    assert _kinds(t) == [("dokumen_terpotong", "peringatan")]
    assert int(t.iloc[0]["baris_sumber"]) == 30
    assert "mencantumkan jumlah Rp1.000 (baris 10), tetapi tidak satu pun baris" in t.iloc[0]["pesan"]
    # the text ends inside 3.2: the reader's dokumen_terpotong says it; nothing more, nothing kritis
    assert f.jumlah_tidak_cocok(EV0, _review(ROWS), _total(1000, 10), terpotong_dibaca=True).empty


def _ev(rows):
    """2.2: (level, name, pagu, realisasi) on lines 101, 102, ..."""
    return pd.DataFrame({"level": [r[0] for r in rows], "nama": [r[1] for r in rows],
                         "pagu_rp": [float(r[2]) for r in rows], "realisasi_rp": [float(r[3]) for r in rows],
                         "baris_sumber": range(101, 101 + len(rows))})


def _t21(names, paired):
    return pd.DataFrame({"nama": names, "baris_sumber": range(51, 51 + len(names)),
                         "urutan_evaluasi": pd.array(paired, dtype="Int64")})


def test_22_that_stops_before_21_is_said_once():
    # 2.2: PROGRAM A pagu 500, realisasi 200; Kegiatan B 500 / 200; Sub C 120 / 50 (last row).
    # 2.1 holds the same three rows then Sub D and Sub E, which 2.2 lacks: 2.2 stops early.
    # PROGRAM A sums its one kegiatan, 500 / 200, as it states; Kegiatan B sums Sub C, 120 / 50,
    # short of its 500 / 200 in both columns: open at the cut, named in the one finding
    ev = _ev([("program", "PROGRAM A", 500, 200), ("kegiatan", "Kegiatan B", 500, 200),
              ("sub_kegiatan", "Sub C", 120, 50)])
    t21 = _t21(["PROGRAM A", "Kegiatan B", "Sub C", "Sub D", "Sub E"], [1, 2, 3, None, None])
    t = f.jumlah_tidak_cocok(ev, _review([]), _total(0, 1).iloc[0:0], tabel21=t21, pembacaan=HENTI_22)
    assert _kinds(t) == [("dokumen_terpotong", "peringatan")]
    r = t.iloc[0]
    assert int(r["baris_sumber"]) == 103 and r["nilai_hitung"] == 2
    assert "masih memuat 2 baris sesudah baris terakhir yang juga ada di Tabel 2.2, mulai \u201cSub D\u201d (baris 54)" \
        in r["pesan"]
    assert ("pagu kegiatan \u201cKegiatan B\u201d Rp500 (rincian terbaca Rp120), realisasi kegiatan "
            "\u201cKegiatan B\u201d Rp200 (rincian terbaca Rp50)") in r["pesan"]
    # 2.1 ending with 2.2's last row: nothing cut, Kegiatan B kritis in both columns as before
    t = f.jumlah_tidak_cocok(ev, _review([]), _total(0, 1).iloc[0:0], tabel21=_t21(["A", "B", "C"], [1, 2, 3]),
                             pembacaan=HENTI_22)
    assert _kinds(t) == [("jumlah_tidak_cocok", "kritis"), ("jumlah_tidak_cocok", "kritis")]
    # 2.2's last row (Sub C) without a 2.1 partner too: the tables end on rows named otherwise, no cut
    t21 = _t21(["PROGRAM A", "Kegiatan B", "Sub C lain", "Sub D"], [1, 2, None, None])
    t = f.jumlah_tidak_cocok(ev, _review([]), _total(0, 1).iloc[0:0], tabel21=t21, pembacaan=HENTI_22)
    assert _kinds(t) == [("jumlah_tidak_cocok", "kritis"), ("jumlah_tidak_cocok", "kritis")]


@pytest.fixture(scope="module")
def cut(tmp_path_factory, sipd_magetan):
    """The bundled document with Tabel 3.2 cut after its first page (rows 1-16) and everything after
    it up to BAB IV PENUTUP gone (Tabel 3.3 too), reconciled with its SIPD export."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    row16 = next(i for i, line in enumerate(lines) if line.startswith("16\tPenyelenggaraan Rapat"))
    penutup = next(i for i in range(row16, len(lines)) if "PENUTUP" in lines[i])
    path = tmp_path_factory.mktemp("potong") / SUMBER.name
    path.write_text("\n".join(lines[:row16 + 1] + [""] + lines[penutup:]), encoding="utf-8")
    return load_document(path, sipd=sipd_magetan), row16 + 1      # load_sipd(SIPD), tests/conftest.py (shared)


def test_bundled_32_cut_after_its_first_page(cut):
    doc, line16 = cut
    t = doc.temuan
    # by hand from the text: the urusan total 5,551,085,325 (line 365); the one program read, PROGRAM
    # PENUNJANG, 3,297,585,325 (line 366); its kegiatan read: 14,500,000 + 2,837,317,843 + 0 ("-") +
    # 205,116,750 = 3,056,934,593 (its other kegiatan, rows 17, 20, 24, are on the lost pages)
    potong = t[t["jenis"].astype(str) == "dokumen_terpotong"]
    assert len(potong) == 1 and int(potong.iloc[0]["baris_sumber"]) == line16
    pesan = potong.iloc[0]["pesan"]
    assert "Rp3.297.585.325 kurang Rp2.253.500.000 dari jumlah yang tercantum Rp5.551.085.325 (baris 365)" in pesan
    assert "(rincian terbaca Rp3.056.934.593)" in pesan
    assert not (t["jenis"].astype(str) == "jumlah_tidak_cocok").any()
    # SIPD rows not found in what was read: each named, none blamed on the document (old code: 48 kritis)
    sipd = t[t["jenis"].astype(str) == "dokumen_vs_sipd"]
    hilang = sipd[sipd["pesan"].str.contains("ada di SIPD tetapi tidak ditemukan")]
    assert len(hilang) == (doc.rekonsiliasi["kecocokan"].astype(str) == "hanya_sipd").sum() > 0
    assert set(hilang["tingkat"].astype(str)) == {"info"}
    assert hilang["pesan"].str.contains("Tabel 3.2 dokumen tidak lengkap di teks (temuan dokumen_terpotong)",
                                        regex=False).all()
    assert not (t["tingkat"].astype(str).eq("kritis") & t["jenis"].astype(str).eq("dokumen_vs_sipd")).any()


def test_bundled_document_is_not_cut(bundled):
    t = bundled.temuan              # load_document(), tests/conftest.py (shared: never change it)
    assert not (t["jenis"].astype(str) == "dokumen_terpotong").any()
