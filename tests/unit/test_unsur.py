"""Tabel 3.2 total lines as offices really print them: the unsur lines of the offices that carry
out no urusan (Permendagri 90/2019: ``UNSUR PENUNJANG URUSAN PEMERINTAHAN`` over ``5.01
PERENCANAAN`` and ``5.02 KEUANGAN``, ...) and bidang lines printing their code, in the No. cell
or before the name (``2.17 URUSAN PEMERINTAHAN BIDANG ...``, ``2.17  KOPERASI, ...``). Before, the
whole document was refused (``nomor baris bukan angka``); they are stated totals of the rank of
``URUSAN PEMERINTAHAN WAJIB`` (an unsur line) and of an urusan line (a coded bidang line).

The bundled document's 3.2 numbers its rows 1..62; its eight programs are No 1 (3,297,585,325),
27 (120,000,000), 32 (25,000,000), 36 (28,000,000), 40 (158,000,000), 43 (59,500,000), 51
(1,652,700,000) and 58 (210,300,000): rows 1..50 hold 3,688,085,325 of programs, rows 51..62
1,863,000,000 (51 + 58), all 5,551,085,325. Kegiatan No 52 (1,652,700,000) is the sum of rows
53 (103,200,000), 54 (6,000,000), 55 (1,513,500,000), 56 (10,000,000) and 57 (20,000,000).
Every row prints a location, an indicator and a target; the variants' total lines print a name
and a pagu on both sides only.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import first_fast
from temuan_uji import bagian, temuan_jenis

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.errors import RenjaParseError
from renja_analysis.findings import document as f
from renja_analysis.tables import rkpd_review

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
SEMUA, A, B = 5_551_085_325, 3_688_085_325, 1_863_000_000
PENUNJANG = "UNSUR PENUNJANG URUSAN PEMERINTAHAN"


def _baris(no, nama, nilai):
    """A total line: No., name and the pagu of both sides, nothing else."""
    v = f"{nilai:,}"
    return "\t".join([no, nama, "", "", "", v, "", "", "", "", v, ""])


def _ubah(tmp_path, atas, halaman=None, sebelum=None, mulai_lagi=None, hapus=(), ganti=None):
    """The bundled document with its first urusan line replaced by the lines ``atas`` ((No., name,
    value) each), each page header's urusan line by ``halaman`` (None: kept), the lines
    ``sebelum[n]`` put before row No ``n``, rows from No ``mulai_lagi`` numbered from 1, the rows
    ``hapus`` left out, and row ``n``'s No. and first name cell replaced by ``ganti[n]``."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    s, e = bagian(lines)
    out, pertama = [], True
    for i, line in enumerate(lines):
        if s < i < e:
            if line.startswith("\t") and "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM" in line:
                if pertama or halaman is not None:
                    out += [_baris(*x) for x in (atas if pertama else halaman)]
                    pertama = False
                    continue
            elif m := re.match(r"^(\d+)\t", line):
                no = int(m.group(1))
                out += [_baris(*x) for x in (sebelum or {}).get(no, [])]
                if no in hapus:
                    continue
                sel = line.split("\t")
                if ganti and no in ganti:
                    sel[0], sel[1] = ganti[no]
                if mulai_lagi and no >= mulai_lagi:
                    sel[0] = str(no - mulai_lagi + 1)
                line = "\t".join(sel)
        out.append(line)
    path = tmp_path / SUMBER.name
    path.write_text("\n".join(out), encoding="utf-8")
    return load_document(path)


_temuan = temuan_jenis


def _jumlah(doc):
    """One side's stated totals as (label, value, No.)."""
    t = doc.total_review[doc.total_review["sisi"] == "hasil_analisis"]
    return [(r.label, float(r.nilai_rp), None if pd.isna(r.no) else int(r.no)) for r in t.itertuples()]


# the unsur line, then bidang 5.01 over rows 1..50 and bidang 5.02 over rows 51..62, the code printed
# in the No. cell, before the name, or before the name of a numbered line (the unsur line numbered 5,
# its urusan code; the bidang lines 1 and 2 over rows numbered from 1 under each)
_BENTUK = {
    "kode_di_no": dict(atas=[("", PENUNJANG, SEMUA), ("5.01", "PERENCANAAN", A)],
                       sebelum={51: [("5.02", "KEUANGAN", B)]}),
    "kode_di_nama": dict(atas=[("", "5 " + PENUNJANG, SEMUA), ("", "5.01 PERENCANAAN", A)],
                         sebelum={51: [("", "5.02 KEUANGAN", B)]}),
    "bernomor": dict(atas=[("5", PENUNJANG, SEMUA), ("1", "5.01 PERENCANAAN", A)],
                     sebelum={51: [("2", "5.02 KEUANGAN", B)]}, mulai_lagi=51),
}
_LABEL = {"kode_di_no": [PENUNJANG, "5.01 PERENCANAAN", "5.02 KEUANGAN"],
          "kode_di_nama": ["5 " + PENUNJANG, "5.01 PERENCANAAN", "5.02 KEUANGAN"],
          "bernomor": [PENUNJANG, "5.01 PERENCANAAN", "5.02 KEUANGAN"]}
_NOMOR = {"kode_di_no": [None, None, None], "kode_di_nama": [None, None, None], "bernomor": [5, 1, 2]}


@pytest.mark.parametrize("bentuk", first_fast(list(_BENTUK)))
def test_unsur_and_coded_bidang_lines_are_stated_totals(tmp_path, bentuk):
    # the page headers repeat the unsur line as printed first: every total equals the programs it
    # covers (5,551,085,325, 3,688,085,325, 1,863,000,000), no row lost, no number missing (was: the
    # document refused)
    doc = _ubah(tmp_path, halaman=_BENTUK[bentuk]["atas"][:1], **_BENTUK[bentuk])
    rv = doc.review_rkpd
    assert len(rv) == 2 * 62 and (int(rv["no"].min()), int(rv["no"].max())) == ((1, 50) if bentuk == "bernomor"
                                                                                 else (1, 62))
    assert not rv["nama"].str.contains("UNSUR|PERENCANAAN$|KEUANGAN$").any()
    assert list(dict.fromkeys(_jumlah(doc))) == [
        *zip(_LABEL[bentuk], [SEMUA, A, B], _NOMOR[bentuk]), ("JUMLAH", SEMUA, None)]
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok", "dokumen_terpotong").empty
    # ranked as an umbrella and as urusan totals
    assert f._peringkat_jumlah(pd.Series(_LABEL[bentuk])).tolist() == [1, 2, 2]


# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_wrong_bidang_total_under_an_unsur_line_is_kritis(tmp_path):
    # 5.02 states 1,864,000,000 over programs 51 and 58 (1,863,000,000): kritis on each side, the
    # unsur line and 5.01 (right) not blamed
    doc = _ubah(tmp_path, atas=[("", PENUNJANG, SEMUA), ("5.01", "PERENCANAAN", A)], halaman=[],
                sebelum={51: [("5.02", "KEUANGAN", B + 1_000_000)]})
    t = _temuan(doc, "jumlah_tidak_cocok")
    assert t["nama"].tolist() == ["5.02 KEUANGAN"] * 2
    assert t["tingkat"].astype(str).tolist() == ["kritis"] * 2
    assert t["nilai_dokumen"].tolist() == [1_864_000_000] * 2 and t["nilai_hitung"].tolist() == [B] * 2
    assert "berbeda dari jumlah pagu program di bawahnya Rp1.863.000.000" in t["pesan"].iloc[0]


# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_each_unsur_line_covers_the_bidang_under_it_up_to_the_next(tmp_path):
    # UNSUR PENUNJANG (3,688,085,325) over 5.01 (rows 1..50), UNSUR PENGAWASAN over 6.01 (rows
    # 51..62, 1,863,000,000); PENGAWASAN states 7 rupiah too much: kritis against its own programs
    # only (not against all 5,551,085,325); PENUNJANG, which covers rows 1..50 only, is right
    pengawasan = "UNSUR PENGAWASAN URUSAN PEMERINTAHAN"
    doc = _ubah(tmp_path, atas=[("", PENUNJANG, A), ("5.01", "PERENCANAAN", A)], halaman=[],
                sebelum={51: [("", pengawasan, B + 7), ("6.01", "INSPEKTORAT", B)]})
    t = _temuan(doc, "jumlah_tidak_cocok")
    assert t["nama"].tolist() == [pengawasan] * 2 and t["tingkat"].astype(str).tolist() == ["kritis"] * 2
    assert t["nilai_dokumen"].tolist() == [B + 7] * 2 and t["nilai_hitung"].tolist() == [B] * 2


@pytest.mark.slow
def test_a_row_lost_under_a_coded_bidang_numbered_from_1(tmp_path):
    # 5.02 over rows numbered 1..12 (rows 51..62), its No 3 (row 53, 103,200,000) left out: one gap,
    # 'nomor 3 tidak ada', and kegiatan 52 (1,652,700,000 over 1,549,500,000 read) hedged by it
    doc = _ubah(tmp_path, atas=[("", PENUNJANG, SEMUA), ("5.01", "PERENCANAAN", A)], halaman=[("", PENUNJANG, SEMUA)],
                sebelum={51: [("5.02", "KEUANGAN", B)]}, mulai_lagi=51, hapus={53})
    t = _temuan(doc, "nomor_tidak_urut")
    assert len(t) == 1 and "melompat: nomor 3 tidak ada;" in t["pesan"].iloc[0]
    j = _temuan(doc, "jumlah_tidak_cocok")
    assert j["tingkat"].astype(str).tolist() == ["peringatan"] * 2
    assert j["nilai_dokumen"].tolist() == [1_652_700_000] * 2 and j["nilai_hitung"].tolist() == [1_549_500_000] * 2


@pytest.mark.parametrize("no,nama", first_fast([("", "2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI UKM"),
                                                 ("2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH")]), ids=["nama", "no"])
# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_urusan_line_printing_its_code(tmp_path, no, nama):
    # REV-M try_codes2: the first urusan line prints the bidang's code 2.17, before its name or in the
    # No. cell over a name not starting URUSAN; the page headers repeat URUSAN ... KOPERASI UKM
    doc = _ubah(tmp_path, atas=[(no, nama, SEMUA)])
    assert len(doc.review_rkpd) == 2 * 62
    label = f"{no} {nama}" if no else nama
    assert _jumlah(doc)[0] == (label, SEMUA, None)
    assert f._peringkat_jumlah(pd.Series([label])).tolist() == [2]
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok", "dokumen_terpotong").empty


@pytest.mark.parametrize("nama", first_fast(["Unsur Penunjang Urusan Pemerintahan", PENUNJANG]),
                         ids=["huruf_kecil", "kapital_berisi"])
# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_numbered_row_that_only_looks_like_a_total_stays_a_row(tmp_path, nama):
    # row No 3 (a sub kegiatan, 10,000,000, with its location, indicator and target) renamed: numbered
    # in lower case, or in capitals but printing a row's cells, it is a row: kegiatan 2 still sums
    # its rows 3 and 4 (14,500,000), nothing said
    doc = _ubah(tmp_path, atas=[("", "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM", SEMUA)], ganti={3: ("3", nama)})
    rv = doc.review_rkpd
    assert len(rv) == 2 * 62
    row = rv[(rv["no"] == 3) & (rv["sisi"] == "rancangan_awal")]
    assert row["nama"].tolist() == [nama] and row["pagu_rp"].tolist() == [10_000_000]
    assert [x[0] for x in _jumlah(doc)] == ["URUSAN PEMERINTAHAN BIDANG KOPERASI UKM"] * 6 + ["JUMLAH"]
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok").empty


def test_a_bidang_code_over_a_name_not_in_capitals_is_still_refused(tmp_path):
    # '5.01  Perencanaan' may be a row numbered by its place (1.10): refused, naming line and cell
    with pytest.raises(RenjaParseError, match=r"baris \d+, sel No \(kolom 1\): nomor baris bukan angka .*'5\.01'"):
        _ubah(tmp_path, atas=[("", PENUNJANG, SEMUA), ("5.01", "Perencanaan", SEMUA)])


def test_which_lines_are_totals():
    baris = rkpd_review.jumlah_baris
    assert [baris(no, nama) for no, nama in [
        ("", "UNSUR KEWILAYAHAN"), ("7.01", "KECAMATAN"), ("", "7.01 KECAMATAN"), ("4", "UNSUR PENDUKUNG URUSAN"),
        ("", "UNSUR PEMERINTAHAN UMUM"), ("", "Unsur Kekhususan"), ("", "4.01 SEKRETARIAT DAERAH")]] == [True] * 7
    # an unsur's name with a pagu only is its total whatever its case and No. (REV-Y Y5; was: numbered
    # in lower case, a row)
    assert [baris(no, nama) for no, nama in [
        ("5", "Unsur Penunjang Urusan Pemerintahan"), ("12", "Unsur Penunjang Urusan Pemerintahan")]] == [True] * 2
    # rows: numbered in lower case printing a row's cells, a program's code (three parts), a place number,
    # a program's name, an unsur not of the nomenclature, a bidang code over a name not in capitals, a
    # numbered line printing a row's cells; a bidang code in the No. cell or before the name of a line
    # printing a row's cells (REV-Y Y1: no total, whatever its No. cell holds)
    assert [baris(no, nama, isi) for no, nama, isi in [
        ("12", "Unsur Penunjang Urusan Pemerintahan", True), ("1", "5.01.01 PROGRAM PENUNJANG", False),
        ("1.1", "RAPAT KOORDINASI", False), ("5.01", "PROGRAM PERENCANAAN", False), ("", "UNSUR PELAKSANA", False),
        ("5.01", "Perencanaan", False), ("3", "5.01 PERENCANAAN", True), ("1.01", "PERENCANAAN", True),
        ("", "1.01 PERENCANAAN", True), ("", PENUNJANG, True)]] == [False] * 10
    assert rkpd_review.label_jumlah("7.01", "KECAMATAN") == "7.01 KECAMATAN"
    assert f._peringkat_jumlah(pd.Series(["UNSUR KEWILAYAHAN", "7.01 KECAMATAN", "5 UNSUR PENUNJANG"])).tolist() \
        == [1, 2, 1]


# REV-Y Y1: row No 2 (kegiatan 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', Kab
# Magetan, 8 Dokumen, 14,500,000) given a bidang-like code '1.01' in its No. cell or before its name, in
# capitals: it prints a location, an indicator and a target, so it is no stated total (a total prints a
# name and a pagu only); '1.01' or an empty No. is no row number: refused, naming the line and the cell
_KEGIATAN_2 = "PERENCANAAN, PENGANGGARAN, DAN EVALUASI KINERJA PERANGKAT DAERAH"


@pytest.mark.parametrize("no,nama,sel", first_fast([("1.01", _KEGIATAN_2, "1\\.01"),
                                                     ("", "1.01 " + _KEGIATAN_2, "")]),
                         ids=["kode_di_no", "kode_di_nama"])
def test_a_coded_line_printing_a_rows_cells_is_never_a_total(tmp_path, no, nama, sel):
    with pytest.raises(RenjaParseError, match=rf"baris 367, sel No \(kolom 1\): nomor baris bukan angka .*'{sel}'"):
        _ubah(tmp_path, atas=[("", "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM", SEMUA)], ganti={2: (no, nama)})


# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_unsur_line_in_title_case_numbered_with_its_code_is_a_total(tmp_path):
    # REV-Y Y5: '5 | Unsur Penunjang Urusan Pemerintahan | 5,551,085,325' (the unsur's code 5, a name and
    # the office's total only) over rows 1..62: a total, not a 63rd row doubling every pagu; its No 5
    # is an umbrella's (rows numbered from 1 under it), nothing said
    nama = "Unsur Penunjang Urusan Pemerintahan"
    doc = _ubah(tmp_path, atas=[("5", nama, SEMUA)])
    assert len(doc.review_rkpd) == 2 * 62
    assert _jumlah(doc)[0] == (nama, SEMUA, 5)
    assert _temuan(doc, "nomor_tidak_urut", "jumlah_tidak_cocok", "dokumen_terpotong").empty


def _halaman_ganda(tmp_path, no, nama):
    """The bundled document with every urusan line (first and page headers) printed as ``no | nama``
    and its first page (table header, urusan line, rows 1..16) printed again after row 16, the
    copy's 'Kab Magetan' written 'Kab. Magetan' (so no line is the same as its original)."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    s, e = bagian(lines)
    for i in range(s, e):
        if lines[i].startswith("\t") and "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM" in lines[i]:
            sel = lines[i].split("\t")
            sel[0], sel[1] = no, nama
            lines[i] = "\t".join(sel)
    r1 = next(i for i in range(s, e) if lines[i].startswith("1\t"))
    r16 = next(i for i in range(s, e) if lines[i].startswith("16\t"))
    salinan = [""] + lines[r1 - 3:r1] + [x.replace("Kab Magetan", "Kab. Magetan") for x in lines[r1:r16 + 1]]
    path = tmp_path / SUMBER.name
    path.write_text("\n".join(lines[:r16 + 1] + salinan + lines[r16 + 1:]), encoding="utf-8")
    return load_document(path)


@pytest.mark.parametrize("no,nama", first_fast([("2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH"),
                                                ("5", PENUNJANG),
                                                ("", "2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI UKM")]),
                         ids=["kode", "unsur", "kodenama"])
# the fast test(s) of the same finding: test_unsur_and_coded_bidang_lines_are_stated_totals
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_page_printed_twice_under_a_numbered_or_coded_header_is_a_copy(tmp_path, no, nama):
    # REV-Y Y2 (REV-M M5 with the page header's total printing a code or number): rows 1..16, the
    # first page again (rows 1..16), rows 17..62: 78 rows read, and the copy is said (row 1 after
    # row 16), not taken for a new run under a new total
    doc = _halaman_ganda(tmp_path, no, nama)
    assert len(doc.review_rkpd) == 2 * 78
    urut = _temuan(doc, "nomor_tidak_urut")
    assert urut["tingkat"].astype(str).tolist() == ["kritis"]
    assert "nomor 1 datang setelah nomor 16" in urut["pesan"].iloc[0]
