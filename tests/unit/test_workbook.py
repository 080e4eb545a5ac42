"""The reviewers' workbook (formatting, formula safety, round trip) and the
Tabel 2.2-shaped workbook as a source."""
import io
import zipfile

import pandas as pd
import pytest
from conftest import EXAMPLE_XLSX, HEADER_ROWS, MERGES, build_example_workbook
from openpyxl import load_workbook

from renja_analysis import RenjaParseError, load_document
from renja_analysis.cli import main
from renja_analysis.output.processed import write_tables
from renja_analysis.output.workbook import SHEETS, lembar_tabel, read_workbook, workbook_bytes, write_workbook

ATTACK = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def attacked(bundled):
    tables = dict(bundled.tables())
    ev = tables["evaluasi"].copy()
    ev.loc[3, "keterangan"] = ATTACK
    ev.loc[4, "keterangan"] = "-Rp 500.000 dialihkan"
    ev.loc[5, "keterangan"] = "@SUM(A1)"
    tables["evaluasi"] = ev
    return tables


@pytest.fixture(scope="module")
def bundled_xlsx(bundled, tmp_path_factory):
    """The bundled document's workbook, written once for the tests that only read it (never change it)."""
    return write_workbook(bundled.tables(), tmp_path_factory.mktemp("xlsx") / "w.xlsx")


def test_round_trip_equal_dtypes_included(tmp_path, attacked):
    path = write_workbook(attacked, tmp_path / "w.xlsx", sumber="uji.md")
    back = read_workbook(path)
    assert set(back) == set(SHEETS.values())
    for name in SHEETS.values():
        pd.testing.assert_frame_equal(back[name], attacked[name])


def test_text_never_becomes_a_formula(tmp_path, attacked):
    path = write_workbook(attacked, tmp_path / "w.xlsx")
    ws = load_workbook(path)["Evaluasi TW II"]
    col = [c.value for c in ws[1]].index("Keterangan") + 1
    cell = ws.cell(row=5, column=col)
    assert cell.value == ATTACK and cell.data_type == "s"
    assert ws.cell(row=6, column=col).data_type == "s" and ws.cell(row=7, column=col).data_type == "s"
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet                       # no formula anywhere in the sheet
    # the CSV export follows the same rule
    write_tables({"evaluasi": attacked["evaluasi"]}, tmp_path / "csv")
    df = pd.read_csv(tmp_path / "csv" / "evaluasi.csv")
    assert df.loc[3, "keterangan"] == "'" + ATTACK and df.loc[5, "keterangan"] == "'@SUM(A1)"


def test_formatting(bundled, bundled_xlsx):
    wb = load_workbook(bundled_xlsx)
    assert wb.sheetnames == list(lembar_tabel(bundled.tables())) + ["Catatan", "Kamus data", "_skema"]
    assert wb["_skema"].sheet_state == "hidden"
    ws = wb["Evaluasi TW II"]
    heads = [c.value for c in ws[1]]
    assert heads[:4] == ["Urutan", "Tingkat", "Kode tingkat", "Kode"] and "Pagu (Rp)" in heads
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    pagu = heads.index("Pagu (Rp)") + 1
    serapan = heads.index("Serapan (%)") + 1
    assert ws.cell(row=2, column=pagu).number_format == "#,##0"
    assert ws.cell(row=2, column=serapan).number_format == '0.00"%"'
    nama = heads.index("Nama") + 1
    # row 4 = Tabel 2.2's third row, a sub kegiatan: indented and grouped two levels deep
    assert ws.cell(row=4, column=nama).alignment.indent == 2 and ws.row_dimensions[4].outline_level == 2
    assert ws.row_dimensions[3].outline_level == 1 and ws.row_dimensions[2].outline_level == 0
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    assert any('"Sangat Tinggi"' in r.formula[0] for r in rules)
    assert any('"Tertinggal"' in r.formula[0] for r in rules)          # coloured by the label shown
    assert not any('"tertinggal"' in r.formula[0] for r in rules)
    notes = [c.value for c in wb["Catatan"]["A"]]
    assert "Predikat" in notes and "Sumber" in notes
    assert ws.column_dimensions["G"].width > 10


def test_codes_shown_as_labels_with_the_code_beside(bundled, bundled_xlsx):
    wb = load_workbook(bundled_xlsx)
    ws = wb["Evaluasi TW II"]
    heads = [c.value for c in ws[1]]
    i = heads.index("Status")
    assert heads[i + 1] == "Kode status"
    rows = {(r[i], r[i + 1]) for r in ws.iter_rows(min_row=2, values_only=True) if r[i + 1]}
    # the labels of labels.LABEL_STATUS, typed here by hand
    assert ("Serapan tanpa output", "serapan_tanpa_output") in rows
    assert ("Belum dilaksanakan (dijadwalkan)", "belum_dilaksanakan") in rows
    assert not any(label == kode for label, kode in rows)
    lv = heads.index("Tingkat")
    assert heads[lv + 1] == "Kode tingkat"
    assert [c.value for c in ws[2]][lv:lv + 2] == ["Program", "program"]
    t = wb["Temuan"]
    th = [c.value for c in t[1]]
    j, k = th.index("Jenis temuan"), th.index("Tingkat temuan")
    assert th[j + 1] == "Kode jenis temuan" and th[k + 1] == "Kode tingkat temuan"
    pairs = {(r[j], r[j + 1]) for r in t.iter_rows(min_row=2, values_only=True)}
    assert ("Angka beda antartabel", "antar_tabel_tidak_cocok") in pairs
    assert {r[k] for r in t.iter_rows(min_row=2, values_only=True)} == {"Kritis", "Peringatan", "Konfirmasi/info"}
    review = wb["Review RKPD"]
    rh = [c.value for c in review[1]]
    assert {r[rh.index("Sisi")] for r in review.iter_rows(min_row=2, values_only=True)} == {
        "Rancangan awal", "Hasil analisis kebutuhan"}


def test_data_dictionary_sheet(bundled, bundled_xlsx):
    tables = bundled.tables()
    ws = load_workbook(bundled_xlsx)["Kamus data"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ("Lembar", "Judul kolom", "Nama kolom (CSV/Parquet)", "Tipe", "Definisi")
    kamus = {(r[0], r[2]) for r in rows[1:] if r[0] and r[0] != "Daftar kode"}
    # every column of every sheet has its entry
    for title, name in lembar_tabel(tables).items():
        assert {(title, c) for c in tables[name].columns} <= kamus
    pagu = next(r for r in rows if r[0] == "Evaluasi TW II" and r[2] == "pagu_rp")
    assert pagu[1:] == ("Pagu (Rp)", "pagu_rp", "angka", "pagu anggaran")
    kode = next(r for r in rows if r[1] == "Kode status")
    assert kode[2:4] == ("status", "kode")
    start = next(i for i, r in enumerate(rows) if r[0] == "Daftar kode")
    codes = {(r[1], r[2], r[3]) for r in rows[start + 1:]}
    assert ("Status", "tertinggal", "Tertinggal") in codes
    assert ("Tingkat temuan", "info", "Konfirmasi/info") in codes
    assert ("Tingkat", "sub_kegiatan", "Sub kegiatan") in codes


def test_workbook_written_before_labels_still_reads(tmp_path, bundled, bundled_xlsx):
    """A workbook of an earlier version (no labels, a _skema without ``peran``) reads back."""
    tables = bundled.tables()
    wb = load_workbook(bundled_xlsx)                                       # changed in memory, saved elsewhere
    for title in lembar_tabel(tables):                                     # remove the label columns, as before
        ws = wb[title]
        heads = [c.value for c in ws[1]]
        for j in sorted((i for i, h in enumerate(heads) if h and h.startswith("Kode ") and h != "Kode"),
                        reverse=True):
            ws.delete_cols(j)                                # the label, left of its code
    sk = wb["_skema"]
    for r in range(sk.max_row, 1, -1):
        if sk.cell(row=r, column=7).value == "label":
            sk.delete_rows(r)
    sk.delete_cols(7)
    wb.save(tmp_path / "lama.xlsx")
    back = read_workbook(tmp_path / "lama.xlsx")
    pd.testing.assert_frame_equal(back["temuan"], tables["temuan"])


def test_text_longer_than_an_excel_cell_is_cut_visibly(tmp_path, bundled):
    from renja_analysis.output.workbook import BATAS_SEL, PENANDA_POTONG

    tables = dict(bundled.tables())
    ev = tables["evaluasi"].copy()
    panjang = "Keterangan panjang. " * 2000                      # 40,000 characters
    assert len(panjang) == 40_000
    ev.loc[3, "keterangan"] = panjang
    ev.loc[4, "keterangan"] = "=" + "x" * 39_999             # long and formula-like: still text
    tables["evaluasi"] = ev
    path = write_workbook(tables, tmp_path / "w.xlsx")        # must not raise
    ws = load_workbook(path)["Evaluasi TW II"]
    col = [c.value for c in ws[1]].index("Keterangan") + 1
    cell = ws.cell(row=5, column=col).value
    assert len(cell) <= BATAS_SEL == 32_767
    assert cell.endswith(PENANDA_POTONG) and "teks lengkap di CSV/Parquet" in PENANDA_POTONG
    assert panjang.startswith(cell[: -len(PENANDA_POTONG)]) and len(cell) > 32_000
    other = ws.cell(row=6, column=col)
    assert len(other.value) <= BATAS_SEL and other.data_type == "s" and other.value.endswith(PENANDA_POTONG)
    short = ev["keterangan"].dropna()
    short = short[short.str.len() < 100]
    i = short.index[0]
    assert ws.cell(row=i + 2, column=col).value == short[i]            # other cells untouched
    # the CSV and Parquet tables keep the whole text
    write_tables({"evaluasi": ev}, tmp_path / "tabel")
    assert pd.read_csv(tmp_path / "tabel" / "evaluasi.csv").loc[3, "keterangan"] == panjang
    assert pd.read_parquet(tmp_path / "tabel" / "evaluasi.parquet").loc[3, "keterangan"] == panjang


def test_workbook_bytes_are_deterministic(bundled):
    assert workbook_bytes(bundled.tables(), "x") == workbook_bytes(bundled.tables(), "x")


def test_build_writes_the_workbook(tmp_path):
    assert main(["build", "--out", str(tmp_path)]) == 0
    back = read_workbook(tmp_path / "evaluasi-renja-2024.xlsx")
    assert len(back["evaluasi"]) == 57


def test_read_workbook_rejects_other_files(tmp_path):
    fake = tmp_path / "palsu.xlsx"
    fake.write_text("bukan excel", encoding="utf-8")
    with pytest.raises(RenjaParseError, match="bukan berkas Excel"):
        read_workbook(fake)


# --- a Tabel 2.2-shaped workbook as source -------------------------------------------------

def test_example_workbook_is_built_by_the_tests(tmp_path, mini22_path):
    fresh = build_example_workbook(mini22_path, tmp_path / "contoh.xlsx")
    if not EXAMPLE_XLSX.exists():                 # first run writes the shipped example
        EXAMPLE_XLSX.write_bytes(fresh.read_bytes())
    assert EXAMPLE_XLSX.read_bytes() == fresh.read_bytes()


def test_workbook_source_gives_the_same_evaluasi(mini22_path):
    from_text = load_document(mini22_path).evaluasi
    from_xlsx = load_document(EXAMPLE_XLSX).evaluasi
    # everything but the source line (sheet rows 4.. instead of text lines)
    pd.testing.assert_frame_equal(from_xlsx.drop(columns="baris_sumber"),
                                  from_text.drop(columns="baris_sumber"))
    assert from_xlsx["baris_sumber"].tolist() == list(range(4, 4 + len(from_xlsx)))


def test_cli_builds_from_a_workbook(tmp_path):
    assert main(["build", "--source", str(EXAMPLE_XLSX), "--out", str(tmp_path)]) == 0
    assert len(pd.read_csv(tmp_path / "evaluasi.csv")) == 8


def _broken(tmp_path, mini22_path, name, **kw):
    return build_example_workbook(mini22_path, tmp_path / name, **kw)


def test_wrong_sheet(tmp_path, mini22_path):
    rows = [["Rekap anggaran"] + [None] * 11] + HEADER_ROWS[1:]
    path = _broken(tmp_path, mini22_path, "salah.xlsx", header_rows=rows, sheet="Rekap")
    with pytest.raises(RenjaParseError, match="lembar evaluasi tidak ditemukan") as err:
        load_document(path)
    assert "Rekap" in err.value.found


def test_missing_column(tmp_path, mini22_path):
    rows = [r[:11] + [None] for r in HEADER_ROWS]          # no 'Solusi' header
    path = _broken(tmp_path, mini22_path, "kolom.xlsx", header_rows=rows)
    with pytest.raises(RenjaParseError) as err:
        load_document(path)
    assert (err.value.cell, err.value.expected, err.value.line) == ("L1", "Solusi", 1)


def test_merged_header_cells_hiding_a_label(tmp_path, mini22_path):
    rows = [list(r) for r in HEADER_ROWS]
    rows[1][4] = None                                       # the 'Rp' under target is merged away
    path = _broken(tmp_path, mini22_path, "gabung.xlsx", header_rows=rows, merges=MERGES[:3] + ["C2:E2", "F2:G2"])
    with pytest.raises(RenjaParseError, match="tertutup sel tergabung C2:E2") as err:
        load_document(path)
    assert err.value.cell == "E2" and err.value.expected == "Rp"


def test_merged_data_cells(tmp_path, mini22_path):
    path = _broken(tmp_path, mini22_path, "data.xlsx", merges=MERGES + ["K5:L6"])
    with pytest.raises(RenjaParseError, match="sel tergabung di baris data") as err:
        load_document(path)
    assert err.value.cell == "K5:L6"


def test_renamed_text_file_is_read_by_content(tmp_path, mini_path, mini, capsys):
    # the reader is chosen by content, not by the file name
    fake = tmp_path / "renja.xlsx"
    fake.write_bytes(mini_path.read_bytes())
    assert main(["build", "--source", str(fake), "--out", str(tmp_path / "o")]) == 0
    assert f"evaluasi: {len(mini.evaluasi)} baris" in capsys.readouterr().out


def test_broken_zip_named_xlsx(tmp_path, capsys):
    fake = tmp_path / "rusak.xlsx"
    fake.write_bytes(b"PK\x03\x04 bukan zip utuh")
    assert main(["build", "--source", str(fake), "--out", str(tmp_path / "o")]) == 2
    assert "bukan berkas Excel" in capsys.readouterr().err


def test_non_numeric_cell_names_the_sheet_row(tmp_path, mini22_path):
    path = _broken(tmp_path, mini22_path, "angka.xlsx")
    from openpyxl import load_workbook as lw
    wb = lw(path)
    wb.active["E6"] = "sepuluh juta"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    with pytest.raises(RenjaParseError) as err:
        load_document(path)
    assert err.value.line == 6 and "pagu_rp" in err.value.cell and err.value.found == "sepuluh juta"
