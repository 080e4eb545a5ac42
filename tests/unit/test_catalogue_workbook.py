"""Issue 17 catalogue, workbooks: Tabel 2.2 workbooks as offices really write them.

Every case is a small workbook written here with openpyxl from the eight rows of the
example workbook (``tests/data/contoh-evaluasi-tw2.xlsx``, built from
``tests/data/renja-mini.md``): a hidden column, a name merged over two indicator rows,
a one-row header, percent-formatted cells and numbers stored as text. The expected
outcome of each was written down from the edit, by hand, before the reader was
changed: the ``evaluasi`` rows as the example reads them (or with the one row the
edit adds), the reading findings that must appear, or the error naming the cell.

The example reads as eight rows (sheet rows 4-11): two programs, two kegiatan, four
sub kegiatan, and three findings: ``keterangan_tidak_cocok`` (row 6),
``capaian_berlebih`` (row 10), ``serapan_tanpa_output`` (row 11).
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import EXAMPLE_XLSX, HEADER_ROWS, MERGES
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, range_boundaries

from renja_analysis import RenjaParseError, load_document

PROG_1 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA"
KEG_1 = "Kegiatan Administrasi Umum Perangkat Daerah"
LOGISTIK = "Penyediaan Bahan Logistik Kantor"
PROG_2 = "PROGRAM PENGEMBANGAN UMKM"
KEG_2 = "Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil"
#: The data rows of the example workbook (sheet rows 4-11), columns A-L.
ROWS = [
    [PROG_1, "Kepuasan ASN", 80, "Indeks", 30000000, 0, "Indeks", 12000000, 0, 40, None, None],
    [KEG_1, "Jumlah Penyediaan Administrasi Umum", 16, "Paket", 30000000, 0, "Paket", 12000000, 0, 40, None, None],
    [LOGISTIK, "Jumlah Paket Bahan Logistik", 4, "Paket", 10000000, 2, "Paket", 4000000, 50, 40,
     "Penambahan Rp 1.000.000 untuk ATK", "P-APBD 2025"],
    ["Penyediaan Barang Cetak dan Penggandaan", "Jumlah Paket Barang Cetak", 12, "Paket", 20000000, 3, "Paket",
     8000000, 25, 40, None, None],
    [PROG_2, "Presentase UMKM yang naik kelas", 1, "%", 50000000, 0, "%", 45000000, 0, 90, None, None],
    [KEG_2, "Jumlah Usaha Mikro yang dibina", 10, "UM", 50000000, 0, "UM", 45000000, 0, 90, None, None],
    ["Pengembangan Usaha Mikro", "Jumlah Usaha Mikro yang Terfasilitasi", 5, "Unit Usaha", 30000000, 6,
     "Unit Usaha", 29000000, 120, 96.66666667, None, None],
    ["Penumbuhan dan Pengembangan Kewirausahaan", "Jumlah Orang yang Terfasilitasi", 60, "Orang", 20000000, 0,
     "Orang", 16000000, 0, 80, "Dilaksanakan di triwulan 3", None],
]
#: The example's findings: (jenis, sheet row).
FINDINGS = {("keterangan_tidak_cocok", 6), ("capaian_berlebih", 10), ("serapan_tanpa_output", 11)}
READING = {"kolom_tersembunyi", "nama_sel_gabung", "format_persen", "judul_menurut_makna"}


def build(path, header=HEADER_ROWS, rows=ROWS, merges=MERGES, hidden=(), formats=None, bold=(0, 1)):
    """A one-sheet workbook: header rows, data rows, merged ranges, hidden columns
    (letters), number formats (coordinate -> format), bold data rows (0-based)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Evaluasi TW II"
    for row in header:
        ws.append(list(row))
    for k, row in enumerate(rows):
        ws.append(list(row))
        if k in bold:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
    for rng in merges:
        ws.merge_cells(rng)
    for letter in hidden:
        ws.column_dimensions[letter].hidden = True
    for coord, fmt in (formats or {}).items():
        ws[coord].number_format = fmt
    wb.save(path)
    return path


def with_column(at, captions, values, header=HEADER_ROWS, rows=ROWS, merges=MERGES):
    """Header, rows and merges with one column inserted at 0-based position ``at``."""
    head = [list(r[:at]) + [c] + list(r[at:]) for r, c in zip(header, captions)]
    data = [list(r[:at]) + [v] + list(r[at:]) for r, v in zip(rows, values)]
    shifted = []
    for rng in merges:
        c1, r1, c2, r2 = range_boundaries(rng)
        c1, c2 = (c + 1 if c > at else c for c in (c1, c2))
        shifted.append(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
    return head, data, shifted


@pytest.fixture(scope="module")
def example():
    return load_document(EXAMPLE_XLSX)


def found(doc) -> set:
    return {(str(j), int(b)) for j, b in zip(doc.temuan["jenis"], doc.temuan["baris_sumber"])}


def reading(doc, jenis=None) -> pd.DataFrame:
    t = doc.temuan
    return t[t["jenis"].astype(str) == jenis] if jenis else t[t["jenis"].astype(str).isin(READING)]


def same_rows(doc, example):
    pd.testing.assert_frame_equal(doc.evaluasi.drop(columns="baris_sumber"),
                                  example.evaluasi.drop(columns="baris_sumber"))


# --- 1. hidden columns ---------------------------------------------------------------------

def test_hidden_helper_column_is_not_read_and_is_named(tmp_path, example):
    head, data, merges = with_column(2, ["Kode bantu", None, None], [f"x{k}" for k in range(8)])
    doc = load_document(build(tmp_path / "bantu.xlsx", head, data, merges, hidden="C"))
    same_rows(doc, example)
    assert doc.evaluasi["baris_sumber"].tolist() == list(range(4, 12))
    assert found(doc) == FINDINGS | {("kolom_tersembunyi", 1)}
    f = reading(doc, "kolom_tersembunyi").iloc[0]
    assert f["tingkat"] == "info"
    assert "C" in f["pesan"] and "Kode bantu" in f["pesan"] and "8 sel" in f["pesan"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_empty_hidden_column_changes_nothing(tmp_path, example):
    head, data, merges = with_column(5, [None, None, None], [None] * 8)
    doc = load_document(build(tmp_path / "kosong.xlsx", head, data, merges, hidden="F"))
    same_rows(doc, example)
    assert found(doc) == FINDINGS


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_hidden_first_column_does_not_hide_the_table(tmp_path, example):
    head, data, merges = with_column(0, ["No", None, None], list(range(1, 9)))
    doc = load_document(build(tmp_path / "no.xlsx", head, data, merges, hidden="A"))
    same_rows(doc, example)
    f = reading(doc, "kolom_tersembunyi")
    assert len(f) == 1 and f.iloc[0]["tingkat"] == "info" and "No" in f.iloc[0]["pesan"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_hidden_copy_of_the_pagu_column(tmp_path, example):
    pagu = [r[4] for r in ROWS]
    head, data, merges = with_column(5, ["Pagu (Rp)", "Rp", None], pagu)
    doc = load_document(build(tmp_path / "salinan.xlsx", head, data, merges, hidden="F"))
    same_rows(doc, example)
    f = reading(doc, "kolom_tersembunyi")
    assert len(f) == 1 and f.iloc[0]["tingkat"] == "info"
    assert "F" in f.iloc[0]["pesan"] and "sama" in f.iloc[0]["pesan"] and "kolom E" in f.iloc[0]["pesan"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_hidden_copy_of_the_pagu_column_that_differs(tmp_path, example):
    pagu = [r[4] for r in ROWS]
    pagu[2] = 11000000                      # sheet row 6: the hidden copy says 11 million, E says 10
    head, data, merges = with_column(5, ["Pagu (Rp)", "Rp", None], pagu)
    doc = load_document(build(tmp_path / "beda.xlsx", head, data, merges, hidden="F"))
    same_rows(doc, example)                 # the visible column is read
    f = reading(doc, "kolom_tersembunyi")
    assert len(f) == 1
    f = f.iloc[0]
    assert (f["tingkat"], int(f["baris_sumber"]), f["kolom"]) == ("peringatan", 6, "pagu_rp")
    assert "F6" in f["pesan"] and "11.000.000" in f["pesan"] and "10.000.000" in f["pesan"]


def test_hidden_pagu_column_without_a_visible_one_is_refused(tmp_path):
    path = build(tmp_path / "pagu.xlsx", hidden="E")
    with pytest.raises(RenjaParseError, match="tersembunyi") as err:
        load_document(path)
    assert "E" in err.value.cell and "pagu" in str(err.value)


def test_every_column_after_b_hidden_is_refused_at_once(tmp_path):
    from openpyxl import load_workbook

    path = build(tmp_path / "semua.xlsx")
    wb = load_workbook(path)
    wb.active.column_dimensions.group("C", "XFD", hidden=True)
    wb.save(path)
    with pytest.raises(RenjaParseError, match="tersembunyi") as err:
        load_document(path)
    assert err.value.cell.startswith("C1") and "solusi (kolom L)" in str(err.value)


# --- 2. a name merged over two indicator rows ----------------------------------------------

def _second_indicator(after: int, row: list, merges: list):
    """ROWS with ``row`` inserted after 0-based data row ``after``; MERGES + ``merges``."""
    return ROWS[: after + 1] + [row] + ROWS[after + 1:], MERGES + merges


ATK = [None, "Jumlah Kegiatan ATK", 2, "Kali", None, 1, "Kali", None, 50, None, None, None]


def test_sub_kegiatan_name_merged_over_two_indicator_rows(tmp_path, example):
    rows, merges = _second_indicator(2, ATK, ["A6:A7", "E6:E7", "H6:H7", "J6:J7", "K6:K7", "L6:L7"])
    doc = load_document(build(tmp_path / "gabung.xlsx", rows=rows, merges=merges))
    ev = doc.evaluasi
    assert len(ev) == 9 and ev["baris_sumber"].tolist() == list(range(4, 13))
    second = ev.iloc[3]
    assert (second["nama"], str(second["level"]), second["kegiatan"], second["program"]) == (
        LOGISTIK, "sub_kegiatan", KEG_1, PROG_1)
    assert (second["indikator"], second["target_k"], second["satuan"], second["realisasi_k"],
            second["capaian_k"], second["capaian_k_dokumen"]) == ("Jumlah Kegiatan ATK", 2, "Kali", 1, 50, 50)
    for col in ("pagu_rp", "realisasi_rp", "serapan_rp", "serapan_rp_dokumen", "keterangan", "solusi"):
        assert pd.isna(second[col]), col                     # the money and notes stand on the first row
    cols = [c for c in ev.columns if c not in ("urutan", "baris_sumber")]
    pd.testing.assert_frame_equal(ev.drop(index=3).reset_index(drop=True)[cols], example.evaluasi[cols])
    # the example's findings (rows below the insert one further down), one info, no sum dispute
    assert found(doc) == {("keterangan_tidak_cocok", 6), ("capaian_berlebih", 11), ("serapan_tanpa_output", 12),
                          ("nama_sel_gabung", 6)}
    f = reading(doc, "nama_sel_gabung").iloc[0]
    assert f["tingkat"] == "info" and f["nama"] == LOGISTIK and "A6:A7" in f["pesan"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_program_name_merged_only_in_column_a(tmp_path, example):
    umkm = [None, "Jumlah UMKM baru", 5, "Unit", None, 2, "Unit", None, 40, None, None, None]
    rows, merges = _second_indicator(4, umkm, ["A8:A9"])
    doc = load_document(build(tmp_path / "program.xlsx", rows=rows, merges=merges))
    ev = doc.evaluasi
    assert len(ev) == 9
    assert ev["level"].astype(str).tolist() == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program",
                                                "program", "kegiatan", "sub_kegiatan", "sub_kegiatan"]
    assert ev["nama"].iloc[5] == PROG_2 and pd.isna(ev["pagu_rp"].iloc[5])
    assert ev["program"].iloc[6:].tolist() == [PROG_2] * 3
    # the program's pagu is checked against its kegiatan once: no jumlah_tidak_cocok
    assert found(doc) == {("keterangan_tidak_cocok", 6), ("capaian_berlebih", 11), ("serapan_tanpa_output", 12),
                          ("nama_sel_gabung", 8)}


def test_the_text_reader_gives_the_same_shape(tmp_path, mini22_path):
    # the text document repeating the program's name over its second indicator row, without rupiah
    umkm = [None, "Jumlah UMKM baru", 5, "Unit", None, 2, "Unit", None, 40, None, None, None]
    rows, merges = _second_indicator(4, umkm, ["A8:A9"])
    from_xlsx = load_document(build(tmp_path / "program.xlsx", rows=rows, merges=merges)).evaluasi
    text = mini22_path.read_text(encoding="utf-8").split("\n")
    at = next(k for k, line in enumerate(text) if line.startswith(f"{PROG_2}\tPresentase UMKM yang naik kelas\t1\t"))
    text.insert(at + 1, f"{PROG_2}\tJumlah UMKM baru\t5\tUnit\t\t2\tUnit\t\t40\t\t\t")
    path = tmp_path / "program.md"
    path.write_text("\n".join(text), encoding="utf-8")
    doc = load_document(path)
    pd.testing.assert_frame_equal(doc.evaluasi.drop(columns="baris_sumber"), from_xlsx.drop(columns="baris_sumber"))
    assert "jumlah_tidak_cocok" not in set(doc.temuan["jenis"].astype(str))


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_pagu_repeated_on_the_second_indicator_row_is_counted_once(tmp_path):
    umkm = [None, "Jumlah UMKM baru", 5, "Unit", 50000000, 2, "Unit", 45000000, 40, 90, None, None]
    rows, merges = _second_indicator(4, umkm, ["A8:A9"])
    doc = load_document(build(tmp_path / "ulang.xlsx", rows=rows, merges=merges))
    ev = doc.evaluasi
    assert pd.isna(ev["pagu_rp"].iloc[5]) and pd.isna(ev["realisasi_rp"].iloc[5])
    assert pd.isna(ev["serapan_rp_dokumen"].iloc[5])
    assert ev.loc[ev["level"].astype(str) == "program", "pagu_rp"].sum() == 80000000
    f = reading(doc, "nama_sel_gabung").iloc[0]
    assert "sekali" in f["pesan"]
    assert ("jumlah_tidak_cocok", 8) not in found(doc)


def test_another_pagu_on_the_second_indicator_row_is_refused(tmp_path):
    umkm = [None, "Jumlah UMKM baru", 5, "Unit", 10000000, 2, "Unit", None, 40, None, None, None]
    rows, merges = _second_indicator(4, umkm, ["A8:A9"])
    with pytest.raises(RenjaParseError) as err:
        load_document(build(tmp_path / "lain.xlsx", rows=rows, merges=merges))
    assert err.value.line == 9 and err.value.cell.startswith("E9")


def test_target_merged_over_two_indicator_rows_is_refused(tmp_path):
    rows, merges = _second_indicator(2, ATK, ["A6:A7", "C6:C7"])
    with pytest.raises(RenjaParseError, match="sel tergabung di baris data") as err:
        load_document(build(tmp_path / "target.xlsx", rows=rows, merges=merges))
    assert err.value.cell == "C6:C7"


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_tall_name_cell_over_an_empty_row(tmp_path, example):
    empty = [None] * 12
    rows, merges = _second_indicator(2, empty, ["A6:A7"])
    doc = load_document(build(tmp_path / "tinggi.xlsx", rows=rows, merges=merges))
    same_rows(doc, example)
    assert doc.evaluasi["baris_sumber"].tolist() == [4, 5, 6, 8, 9, 10, 11, 12]
    assert bool(doc.pembacaan["terbaca_utuh"].iloc[0])


# --- 3. a one-row header -------------------------------------------------------------------

ONE_ROW = ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target Kinerja", "Satuan", "Target Anggaran (Rp)",
           "Realisasi Kinerja", "Satuan", "Realisasi Anggaran (Rp)", "Capaian Kinerja (%)", "Realisasi Anggaran (%)",
           "Keterangan", "Solusi"]


def test_one_row_header(tmp_path, example):
    doc = load_document(build(tmp_path / "satu.xlsx", header=[ONE_ROW], merges=[]))
    same_rows(doc, example)
    assert doc.evaluasi["baris_sumber"].tolist() == list(range(2, 10))
    # its one header row names no quarter, nor does the file name: TW II assumed, and said
    assert found(doc) == {(j, b - 2) for j, b in FINDINGS} | {("judul_menurut_makna", 1), ("triwulan_tidak_disebut", 1)}
    f = reading(doc, "judul_menurut_makna").iloc[0]
    assert f["tingkat"] == "info" and "D" in f["pesan"] and "satuan" in f["pesan"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_one_row_header_in_another_order(tmp_path, example):
    header = ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Pagu (Rp)", "Target Kinerja", "Satuan",
              "Realisasi Kinerja", "Satuan", "Realisasi (Rp)", "Serapan Anggaran (%)", "Capaian Kinerja (%)",
              "Keterangan", "Solusi"]
    order = [0, 1, 4, 2, 3, 5, 6, 7, 9, 8, 10, 11]          # the example's cell each column holds
    rows = [[r[k] for k in order] for r in ROWS]
    doc = load_document(build(tmp_path / "urutan.xlsx", header=[header], rows=rows, merges=[]))
    same_rows(doc, example)


def test_one_row_header_with_a_hidden_copy_and_a_hidden_realisasi(tmp_path, example):
    # a hidden copy of the target beside it is named; the realisasi (Rp) hidden is refused
    head, data, _ = with_column(3, ["Target Kinerja"], [r[2] for r in ROWS], header=[ONE_ROW], merges=[])
    doc = load_document(build(tmp_path / "salin.xlsx", head, data, [], hidden="D"))
    same_rows(doc, example)
    f = reading(doc, "kolom_tersembunyi")
    assert len(f) == 1 and f.iloc[0]["kolom"] == "target_k" and "kolom C" in f.iloc[0]["pesan"]
    with pytest.raises(RenjaParseError, match="tersembunyi") as err:
        load_document(build(tmp_path / "sembunyi.xlsx", header=[ONE_ROW], merges=[], hidden="H"))
    assert err.value.cell.startswith("H1") and "realisasi (Rp) (kolom H)" in str(err.value)


def test_one_row_header_caption_naming_two_things(tmp_path):
    header = list(ONE_ROW)
    header[2] = "Target Kinerja dan Anggaran"
    with pytest.raises(RenjaParseError) as err:
        load_document(build(tmp_path / "dua.xlsx", header=[header], merges=[]))
    assert (err.value.line, err.value.cell) == (1, "C1")


def test_one_row_header_without_realisasi_rupiah(tmp_path):
    header = ONE_ROW[:7] + ONE_ROW[8:]
    rows = [r[:7] + r[8:] for r in ROWS]
    with pytest.raises(RenjaParseError, match="tidak ada") as err:
        load_document(build(tmp_path / "kurang.xlsx", header=[header], rows=rows, merges=[]))
    assert err.value.line == 1 and "realisasi (Rp)" in err.value.expected


def test_one_row_header_with_one_meaning_twice(tmp_path):
    header = list(ONE_ROW)
    header[5] = "Target Kinerja"
    with pytest.raises(RenjaParseError) as err:
        load_document(build(tmp_path / "kembar.xlsx", header=[header], merges=[]))
    assert "C1" in err.value.cell and "F1" in err.value.cell


# --- 4. percent-formatted cells and numbers stored as text ---------------------------------

def test_percent_formatted_percentage_columns(tmp_path, example):
    rows = [list(r) for r in ROWS]
    capaian = [0, 0, 0.5, 0.25, 0, 0, 1.2, 0]                # as a spreadsheet stores 50 %, 25 %, 120 %
    serapan = [0.4, 0.4, 0.4, 0.4, 0.9, 0.9, 0.9666666667, 0.8]
    for r, c, s in zip(rows, capaian, serapan):
        r[8], r[9] = c, s
    formats = {f"{c}{n}": "0.00%" for c in "IJ" for n in range(4, 12)}
    doc = load_document(build(tmp_path / "persen.xlsx", rows=rows, formats=formats))
    same_rows(doc, example)                                  # 120 %, 96,66666667 % exactly as shown
    assert found(doc) == FINDINGS | {("format_persen", 4)}   # one finding per column, no persen_tidak_cocok
    f = reading(doc, "format_persen")
    assert sorted(f["kolom"]) == ["capaian_k_dokumen", "serapan_rp_dokumen"]
    assert set(f["tingkat"]) == {"info"} and all("8 sel" in p for p in f["pesan"])


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_percent_formatted_volume_cells(tmp_path, example):
    rows = [list(r) for r in ROWS]
    rows[4][2] = 0.01                        # row 8: target 1 % (unit %), shown 1%
    rows[2][2] = 0.04                        # row 6: target 4 Paket, shown 4%
    doc = load_document(build(tmp_path / "volume.xlsx", rows=rows, formats={"C8": "0%", "C6": "0%"}))
    same_rows(doc, example)
    f = reading(doc, "format_persen").sort_values("baris_sumber")
    assert [(int(b), t, k) for b, t, k in zip(f["baris_sumber"], f["tingkat"], f["kolom"])] == [
        (6, "peringatan", "target_k"), (8, "info", "target_k")]
    assert "C6" in f.iloc[0]["pesan"] and "Paket" in f.iloc[0]["pesan"]


def test_percent_formatted_rupiah_cell_is_refused(tmp_path):
    rows = [list(r) for r in ROWS]
    rows[2][4] = 0.1
    with pytest.raises(RenjaParseError, match="persen") as err:
        load_document(build(tmp_path / "rp.xlsx", rows=rows, formats={"E6": "0%"}))
    assert err.value.line == 6 and "E6" in err.value.cell


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_a_percent_sign_written_in_the_format_is_not_a_percentage(tmp_path, example):
    formats = {f"J{n}": '0.00"%"' for n in range(4, 8)} | {f"J{n}": "0.00\\%" for n in range(8, 12)}
    doc = load_document(build(tmp_path / "tanda.xlsx", formats=formats))
    same_rows(doc, example)
    assert found(doc) == FINDINGS


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_numbers_stored_as_text_in_indonesian_notation(tmp_path):
    rows = [list(r) for r in ROWS]
    # rows 10 and 11: typed decimals in column J (their kegiatan's realisasi still sums to 45,000,000)
    rows[6][7], rows[6][9], rows[7][7], rows[7][9] = 28900000, 96.33333333, 16100000, 80.5
    rows[2][4], rows[2][9], rows[3][2] = "10.000.000", "40,0", "12"
    formats = {"E6": "@", "J6": "@", "C7": "@"}
    doc = load_document(build(tmp_path / "teks.xlsx", rows=rows, formats=formats))
    ev = doc.evaluasi.set_index("baris_sumber")
    assert (ev.loc[6, "pagu_rp"], ev.loc[6, "serapan_rp_dokumen"], ev.loc[7, "target_k"]) == (10000000, 40, 12)
    assert (ev.loc[10, "serapan_rp_dokumen"], ev.loc[11, "serapan_rp_dokumen"]) == (96.33333333, 80.5)
    # typed numbers (96.33333333, 80.5) show no way of writing: the text "40,0" is no other convention
    assert found(doc) == FINDINGS


def test_formula_cells_keep_working_with_a_one_row_header(tmp_path):
    from openpyxl import load_workbook

    path = build(tmp_path / "rumus.xlsx", header=[ONE_ROW], merges=[])
    wb = load_workbook(path)
    wb.active["E3"] = "=E4+E5"                               # written by openpyxl: no cached value
    wb.save(path)
    with pytest.raises(RenjaParseError, match="rumus tanpa nilai tersimpan") as err:
        load_document(path)
    assert (err.value.line, err.value.cell) == (3, "E3")
