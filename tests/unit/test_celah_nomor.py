"""Rows lost in the MIDDLE of Tabel 3.2, shown by a gap in its printed numbering
(``nomor_tidak_urut``), are not blamed on the document as ``jumlah_tidak_cocok`` kritis: the
total and the parents open at the gap are peringatan naming it; a keterangan row not found in a
3.2 cut short or with a gap names why (session-11 leftovers of the cut-table fix).

Hand-made tables first (values worked out in the comments), then the bundled document with rows
17-28 of its Tabel 3.2 removed, and the bundled document cut after row 16 of its Tabel 3.2.
"""
from __future__ import annotations

import pandas as pd
import pytest

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.findings import document as f

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
EV0 = pd.DataFrame({"level": [], "nama": [], "pagu_rp": [], "realisasi_rp": [], "baris_sumber": []})


def _review(rows):
    """3.2, one side, lines 11, 12, ...: (printed No, level, name, pagu)."""
    return pd.DataFrame({"no": pd.array([r[0] for r in rows], dtype="Int64"), "sisi": ["hasil_analisis"] * len(rows),
                         "level": [r[1] for r in rows], "nama": [r[2] for r in rows],
                         "pagu_rp": [float(r[3]) for r in rows], "baris_sumber": range(11, 11 + len(rows))})


def _total(value, line):
    return pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["URUSAN"], "nilai_rp": [float(value)],
                         "baris_sumber": [line]})


# No 4 (Kegiatan D, 300, under PROGRAM A) is not in the text. Read: PROGRAM A 500 has only
# Kegiatan B 200 under it (200 vs 500); Sub E 300 (Kegiatan D's) now reads under Kegiatan B:
# 200 + 300 = 500 vs 200. PROGRAM F 100 over Kegiatan G 90 (no gap inside it). Total 650 closes the
# table (line 30) over 500 + 100 = 600.
ROWS = [(1, "program", "PROGRAM A", 500), (2, "kegiatan", "Kegiatan B", 200), (3, "sub_kegiatan", "Sub C", 200),
        (5, "sub_kegiatan", "Sub E", 300), (6, "program", "PROGRAM F", 100), (7, "kegiatan", "Kegiatan G", 90),
        (8, "sub_kegiatan", "Sub H", 90)]


def _by_name(t):
    t = t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]
    return {n: (str(k), s, h) for n, k, s, h in zip(t["nama"], t["tingkat"], t["nilai_dokumen"], t["nilai_hitung"])}


def test_sums_over_a_gap_in_the_numbering_are_peringatan():
    # the total: the one row lost (No 4) comes before a sub kegiatan, so it is a kegiatan or a sub
    # kegiatan, never a program (REV-J J2): every program is read (500 + 100 = 600) and the stated
    # 650 is wrong whatever No 4 held -> kritis (was peringatan before J2)
    t = f.jumlah_tidak_cocok(EV0, _review(ROWS), _total(650, 30))
    assert _by_name(t) == {"PROGRAM A": ("peringatan", 500, 200), "Kegiatan B": ("peringatan", 200, 500),
                           "URUSAN": ("kritis", 650, 600), "PROGRAM F": ("kritis", 100, 90)}
    pesan = dict(zip(t["nama"], t["pesan"]))
    assert "Namun, nomor baris 4 tidak ada di teks (temuan nomor_tidak_urut), di tengah rincian kegiatan ini" \
        in pesan["Kegiatan B"]
    assert pesan["URUSAN"] == "Jumlah yang tercantum Rp650 berbeda dari jumlah pagu seluruh program Rp600."
    assert pesan["PROGRAM F"] == "Pagu program ini Rp100, tetapi jumlah rincian di bawahnya Rp90 (selisih Rp10); " \
                                 "salah satunya keliru."


def test_numbering_without_a_gap_keeps_kritis():
    # the same rows numbered 1-7 (or a number repeated, 3 after 3: a duplicate, no gap): nothing
    # says a row is missing, every difference is the document's, kritis
    for nomor in ([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 3, 4, 5, 6]):
        rows = [(n, *r[1:]) for n, r in zip(nomor, ROWS)]
        t = f.jumlah_tidak_cocok(EV0, _review(rows), _total(650, 30))
        assert {k for k, *_ in _by_name(t).values()} == {"kritis"} and len(t) == 4


def test_a_gap_elsewhere_leaves_a_closed_parent_kritis():
    # No 9 missing after Sub H (the last row of PROGRAM F, open there): PROGRAM F is hedged;
    # PROGRAM A and Kegiatan B close before it: kritis
    rows = [(n, *r[1:]) for n, r in zip([1, 2, 3, 4, 5, 6, 7], ROWS)] + [(10, "program", "PROGRAM J", 0)]
    t = f.jumlah_tidak_cocok(EV0, _review(rows), _total(650, 30))
    assert _by_name(t) == {"PROGRAM A": ("kritis", 500, 200), "Kegiatan B": ("kritis", 200, 500),
                           "URUSAN": ("peringatan", 650, 600), "PROGRAM F": ("peringatan", 100, 90)}


def test_keterangan_names_why_3_2_is_incomplete():
    ev = pd.DataFrame({"baris_sumber": [101], "nama": ["Sub"], "keterangan": ["Penambahan Rp 5.000.000"]})
    geser = pd.DataFrame({"baris_evaluasi": [7], "selisih_rp": [0.0], "baris_review": [70]})
    t = f.keterangan_tidak_cocok(ev, geser, terpotong="nomor baris 4 Tabel 3.2 (Review P-RKPD) tidak ada di teks")
    assert t["pesan"].iloc[0] == (
        "Keterangan menyebut pagu bertambah Rp5.000.000, tetapi baris ini tidak ditemukan di bagian Review P-RKPD "
        "(3.2) yang terbaca untuk dibandingkan: nomor baris 4 Tabel 3.2 (Review P-RKPD) tidak ada di teks, sehingga "
        "baris ini mungkin ada di bagian yang hilang. Periksa dengan dokumen aslinya.")
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]



@pytest.fixture(scope="module")
def celah(tmp_path_factory):
    """The bundled document without Tabel 3.2's rows 17-28 (lines 388-399)."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    a = next(i for i, line in enumerate(lines) if line.startswith("17\tPengadaan Barang Milik Daerah"))
    b = next(i for i in range(a, len(lines)) if lines[i].startswith("28\tPenerbitan Izin Usaha"))
    path = tmp_path_factory.mktemp("celah") / SUMBER.name
    path.write_text("\n".join(lines[:a] + lines[b + 1:]), encoding="utf-8")
    return load_document(path)


def test_bundled_32_with_rows_17_to_28_lost(celah):
    t = celah.temuan
    j = t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]
    # by hand from the text: the urusan total 5,551,085,325 (line 365) less PROGRAM PELAYANAN IZIN
    # USAHA SIMPAN PINJAM (No 27, 120,000,000, lost) = 5,431,085,325 read. Kegiatan "Administrasi Umum
    # Perangkat Daerah" 205,116,750 = its subs 5,000,000 + 37,227,250 + 4,500,000 + 17,491,950 +
    # 7,327,550 + 5,570,000 + 128,000,000, and now also No 29 (110,000,000, a sub of the lost No 28):
    # 315,116,750. PROGRAM PENUNJANG 3,297,585,325 loses kegiatan No 20 and 24 and takes No 29-33 in.
    # Both sides print the same: 6 findings, none kritis
    assert len(j) == 6 and set(j["tingkat"].astype(str)) == {"peringatan"}
    rows = set(zip(j["nama"], j["nilai_dokumen"], j["nilai_hitung"]))
    assert ("Administrasi Umum Perangkat Daerah", 205_116_750, 315_116_750) in rows
    assert any(s == 5_551_085_325 and h == 5_431_085_325 for _, s, h in rows)
    assert any(n.startswith("PROGRAM PENUNJANG") and s == 3_297_585_325 for n, s, _ in rows)
    assert j["pesan"].str.contains("nomor baris 17\u201328 tidak ada di teks (temuan nomor_tidak_urut)", regex=False).all()
    # the reader still says the gap, kritis, once
    assert (t["jenis"].astype(str) == "nomor_tidak_urut").sum() == 1
    k = t[t["jenis"].astype(str) == "keterangan_tidak_cocok"]
    hilang = k[k["pesan"].str.contains("tidak ditemukan di")]
    assert len(hilang) > 0 and hilang["pesan"].str.contains(
        "nomor baris 17\u201328 Tabel 3.2 (Review P-RKPD) tidak ada di teks (temuan nomor_tidak_urut)", regex=False).all()


@pytest.fixture(scope="module")
def potong(tmp_path_factory):
    """The bundled document with Tabel 3.2 cut after row 16 and all after it up to PENUTUP gone."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    row16 = next(i for i, line in enumerate(lines) if line.startswith("16\tPenyelenggaraan Rapat"))
    penutup = next(i for i in range(row16, len(lines)) if "PENUTUP" in lines[i])
    path = tmp_path_factory.mktemp("potong") / SUMBER.name
    path.write_text("\n".join(lines[:row16 + 1] + [""] + lines[penutup:]), encoding="utf-8")
    return load_document(path), row16 + 1


def test_bundled_keterangan_past_a_cut_names_it(potong):
    doc, line16 = potong
    k = doc.temuan[doc.temuan["jenis"].astype(str) == "keterangan_tidak_cocok"]
    hilang = k[k["pesan"].str.contains("tidak ditemukan di")]
    assert len(hilang) > 0 and hilang["pesan"].str.contains(
        f"Tabel 3.2 (Review P-RKPD) tampaknya terpotong setelah baris {line16} (temuan dokumen_terpotong), "
        "sehingga baris ini mungkin ada di bagian yang hilang", regex=False).all()


def test_a_total_below_the_programs_read_is_kritis_whatever_the_gap():
    # REV-H H1: No 4 missing; programs read 500 + 100 = 600 against a stated total of 550. Lost rows can only
    # leave the programs read short of the total, never above it: the total is wrong -> kritis (was peringatan)
    from renja_analysis.findings import document as f

    rows = [(1, "program", "PROGRAM A", 500), (2, "kegiatan", "Kegiatan B", 500), (3, "sub_kegiatan", "Sub C", 500),
            (5, "program", "PROGRAM F", 100), (6, "kegiatan", "Kegiatan G", 100), (7, "sub_kegiatan", "Sub H", 100)]
    rv = pd.DataFrame({"no": pd.array([r[0] for r in rows], dtype="Int64"), "sisi": ["hasil_analisis"] * len(rows),
                       "level": [r[1] for r in rows], "nama": [r[2] for r in rows],
                       "pagu_rp": [float(r[3]) for r in rows], "baris_sumber": range(11, 11 + len(rows))})
    ev = pd.DataFrame({"level": [], "nama": [], "pagu_rp": [], "realisasi_rp": [], "baris_sumber": []})
    for stated, tingkat in ((550.0, "kritis"), (650.0, "peringatan")):
        tot = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["URUSAN"], "nilai_rp": [stated], "baris_sumber": [30]})
        t = f.jumlah_tidak_cocok(ev, rv, tot)
        total = t[t["baris_sumber"] == 30]
        assert total["tingkat"].astype(str).tolist() == [tingkat], (stated, t[["tingkat", "pesan"]].to_dict("records"))
        assert ("tidak dinilai sebagai kekeliruan" in total["pesan"].iloc[0]) == (tingkat == "peringatan")
