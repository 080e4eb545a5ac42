"""Catalogue of line- and table-structure irregularities (issue 17), each with its outcome
written down before the code: wrapped names and indicators on lines of their own, trailing
empty cells dropped by the extractor, running page headers with tabs, other captions for
the first column, Tabel 2.2 without Keterangan or Solusi, a Renja murni, and 3.3 codes
written with a trailing dot or a placeholder segment.

Variants are edits of the bundled document (helpers of ``test_bad_inputs``) or of the
hand-made ``tests/data/renja-mini.md`` / ``renja-murni-mini.md``. The expectation of each
case is derived from the edit by hand: the bundled document reads as 57 evaluasi rows
whose names and numbers the edit must not change (or changes as stated), with the eight
``angka_ambigu`` findings of the unchanged document (``BUNDLED_READING``).
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import first_fast
from test_bad_inputs import (
    BUNDLED_READING,
    H22,
    L_32_RT,
    L_GAJI,
    L_LAST_22,
    L_PENYUSUNAN,
    LINES,
    START_21,
    START_22,
    cells,
    insert,
    n,
    row22,
    set_cell,
    text,
    with_line,
)

from renja_analysis import RenjaParseError, load_document
from renja_analysis.config import ROOT
from renja_analysis.present import narrative

MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"
#: whole-document reads beyond one case per kind run in the slow tier (``make test``)
SLOW = pytest.mark.slow
MINI = ROOT / "tests" / "data" / "renja-mini.md"
NUMBERS = ["target_k", "satuan", "pagu_rp", "realisasi_k", "realisasi_rp", "capaian_k_dokumen",
           "serapan_rp_dokumen", "target_renstra", "realisasi_k_tabel21"]
#: findings that record how the text was read (the unchanged document has 8 angka_ambigu)
READING = ("baris_tidak_terbaca", "baris_sambungan", "sel_akhir_kosong", "kode_tidak_baku", "angka_ambigu",
           "periode_tidak_konsisten", "dokumen_terpotong", "baris_ganda")


@pytest.fixture(scope="module")
def original(bundled):
    return bundled                     # load_document(), tests/conftest.py (shared: never change it)


def _load(tmp_path, lines, name="varian.md"):
    path = tmp_path / name
    path.write_text(text(lines) if isinstance(lines, list) else lines, encoding="utf-8")
    return load_document(path)


def _count(doc, jenis) -> int:
    return int((doc.temuan["jenis"].astype(str) == jenis).sum())


def _reading(doc, **expected):
    """Every reading finding as expected (default: as in the unchanged document)."""
    for jenis in READING:
        want = expected.get(jenis, BUNDLED_READING.get(jenis, 0))
        assert _count(doc, jenis) == want, (jenis, doc.temuan["jenis"].astype(str).value_counts().to_dict())


def _same_evaluasi(doc, original, skip=()):
    """57 rows with the original names, levels and numbers (``skip``: columns allowed to differ)."""
    ev, ov = doc.evaluasi, original.evaluasi
    assert len(ev) == 57
    assert ev["nama"].tolist() == ov["nama"].tolist()
    assert ev["indikator"].tolist() == ov["indikator"].tolist()
    assert ev["level"].astype(str).tolist() == ov["level"].astype(str).tolist()
    for col in NUMBERS:
        if col not in skip:
            pd.testing.assert_series_equal(ev[col], ov[col], check_names=False)
    assert doc.pembacaan["terbaca_utuh"].all()


def _split(name: str, at: int) -> tuple[str, str]:
    """A name wrapped after its ``at``-th word: (what stays on the row, the continuation)."""
    words = name.split(" ")
    return " ".join(words[:at]), " ".join(words[at:])


def _wrap(line: int, position: int, at: int, tabs: bool, lines=None) -> list[str]:
    """The document with cell ``position`` of ``line`` wrapped after its ``at``-th word onto the
    next line: the continuation alone in its column (``tabs``) or a line without tabs."""
    lines = lines or LINES
    c = lines[line - 1].split("\t")
    bold = c[position].startswith("<b>")
    inner = re.sub(r"</?b>", "", c[position])
    head, tail = _split(inner, at)
    c[position] = f"<b>{head}</b>" if bold else head
    tail = f"<b>{tail}</b>" if bold else tail
    cont = "\t".join(tail if k == position else "" for k in range(len(c))) if tabs else tail
    return lines[:line - 1] + ["\t".join(c), cont] + lines[line:]


# --- 1. continuation lines ----------------------------------------------------------------------

# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("tabs", first_fast([True, False]), ids=["tabs", "no-tabs"])
def test_22_name_wrapped_is_joined(tmp_path, original, tabs):
    # "Penyediaan Gaji dan | Tunjangan ASN": the row reads its whole name again, one info finding
    # names the row (line 242) and its continuation (line 243)
    doc = _load(tmp_path, _wrap(L_GAJI, 0, 3, tabs))
    _same_evaluasi(doc, original)
    _reading(doc, baris_sambungan=1)
    f = doc.temuan.query("jenis == 'baris_sambungan'").iloc[0]
    assert (f["tingkat"], f["tabel"], int(f["baris_sumber"]), int(f["baris_pembanding"]), f["kolom"]) == (
        "info", "Tabel 2.2", L_GAJI, L_GAJI + 1, "nama")
    assert "Tunjangan ASN" in f["pesan"] and str(L_GAJI + 1) in f["pesan"]
    p = doc.pembacaan.set_index("tabel").loc["Tabel 2.2"]
    assert (int(p["baris_sambungan"]), int(p["baris_data"]), int(p["baris_disisihkan"])) == (1, 57, 0)


@pytest.mark.slow
def test_22_indicator_wrapped_with_tabs_is_joined(tmp_path, original):
    # today a line with text in the indicator column only becomes a row without a name (an error)
    doc = _load(tmp_path, _wrap(L_GAJI, 1, 5, True))
    _same_evaluasi(doc, original)
    _reading(doc, baris_sambungan=1)
    assert doc.temuan.query("jenis == 'baris_sambungan'")["kolom"].tolist() == ["indikator"]


@pytest.mark.slow
def test_22_bold_kegiatan_name_wrapped_twice(tmp_path, original):
    # a bold kegiatan wrapped over three lines (two continuations, with and without tabs): one name
    line = row22("Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")
    lines = _wrap(line, 0, 6, True)                  # "... Evaluasi Kinerja | Perangkat Daerah"
    lines = _wrap(line, 0, 3, False, lines)          # "Kegiatan Perencanaan, Penganggaran, | dan Evaluasi Kinerja"
    doc = _load(tmp_path, lines)
    _same_evaluasi(doc, original)
    _reading(doc, baris_sambungan=2)
    assert doc.temuan.query("jenis == 'baris_sambungan'")["baris_pembanding"].tolist() == [line + 1, line + 2]


@pytest.mark.slow
def test_21_name_wrapped_without_tabs_is_joined(tmp_path, original):
    line = n("Penyediaan Gaji dan Tunjangan ASN\t", START_21)
    doc = _load(tmp_path, _wrap(line, 0, 2, False))
    _same_evaluasi(doc, original)
    _reading(doc, baris_sambungan=1)
    assert doc.tabel21["nama"].tolist() == original.tabel21["nama"].tolist()


@pytest.mark.slow
def test_32_name_wrapped_on_both_sides_is_joined(tmp_path, original):
    # 3.2 prints the name on both sides: a wrap fills cells 2 and 7 of one line
    c = cells(L_32_RT)
    head, tail = _split(c[1], 2)
    c[1] = c[6] = head
    cont = "\t".join(tail if k in (1, 6) else "" for k in range(len(c)))
    doc = _load(tmp_path, LINES[:L_32_RT - 1] + ["\t".join(c), cont] + LINES[L_32_RT:])
    _same_evaluasi(doc, original)
    _reading(doc, baris_sambungan=1)
    pd.testing.assert_frame_equal(doc.review_rkpd.drop(columns="baris_sumber"),
                                  original.review_rkpd.drop(columns="baris_sumber"))


def test_33_name_wrapped_is_joined(tmp_path, original):
    # the kode row of 2.17.01.2.08.0003 wraps its name: today "Baris tanpa kode dan tanpa angka"
    line = n("2.17.01.2.08.0003")
    doc = _load(tmp_path, _wrap(line, 2, 4, True))
    _reading(doc, baris_sambungan=1)
    pd.testing.assert_frame_equal(doc.rencana.drop(columns="baris_sumber"),
                                  original.rencana.drop(columns="baris_sumber"))


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
@pytest.mark.parametrize("case", [
    # a line under a blank line continues nothing
    pytest.param("after-blank", marks=SLOW),
    # a text with a number ("1 (satu)") may be a note or a page furniture: set aside as before
    "digits",
    # a text that starts a row of its own (a level word) is no continuation
    pytest.param("level-word", marks=SLOW),
    # plain text under a bold name is another row, not its continuation
    pytest.param("other-style", marks=SLOW),
])
def test_22_lines_that_are_not_continuations_are_set_aside(tmp_path, original, case):
    new = {"after-blank": ["", "Tunjangan ASN" + "\t" * 11],
           "digits": ["dalam 1 (satu) Daerah" + "\t" * 11],
           "level-word": ["Kegiatan Tambahan Tanpa Angka" + "\t" * 11],
           "other-style": ["Perangkat Daerah" + "\t" * 11]}[case]
    at = L_GAJI if case != "other-style" else row22("Kegiatan Administrasi Keuangan Perangkat Daerah")
    doc = _load(tmp_path, insert(at, new))
    _same_evaluasi(doc, original)
    _reading(doc, baris_tidak_terbaca=1)


@pytest.mark.slow
def test_22_genuine_row_without_numbers_is_not_joined(tmp_path, original):
    # a sub kegiatan with a name and an indicator but no numbers yet is a row of its own (58 rows)
    doc = _load(tmp_path, insert(L_GAJI, ["Penyediaan Baru\tJumlah Paket Baru" + "\t" * 10]))
    assert len(doc.evaluasi) == 58 and "Penyediaan Baru" in set(doc.evaluasi["nama"])
    _reading(doc)


# --- 2. trailing empty cells dropped by the extractor ------------------------------------------------

def _rstrip_region(lines, first: int, last: int) -> list[str]:
    """Lines ``first``..``last`` (1-based) with their trailing empty cells dropped."""
    out = list(lines)
    for k in range(first - 1, last):
        if "\t" in out[k]:
            out[k] = out[k].rstrip("\t")
    return out


def test_22_trailing_empty_cells_dropped_on_every_line(tmp_path, original):
    # every line of Tabel 2.2 (headers included) loses its trailing empty cells: 50 rows end in
    # empty Keterangan/Solusi (text), none in an empty number: read as before, no finding
    doc = _load(tmp_path, _rstrip_region(LINES, START_22 + 1, L_LAST_22))
    _same_evaluasi(doc, original)
    _reading(doc)
    assert doc.evaluasi["keterangan"].tolist() == original.evaluasi["keterangan"].tolist()


@pytest.mark.slow
def test_trailing_empty_cells_dropped_in_every_table_but_31(tmp_path, original):
    # the extractor that drops trailing empty cells does it everywhere: Tabel 2.1, 2.2, 3.2 (Catatan
    # Penting empty on all 69 rows) and 3.3 (kode rows keep 3 or 4 cells); 3.1 is left as it is
    lines = _rstrip_region(LINES, START_21 + 1, n("TUJUAN\tSASARAN") - 1)
    lines = _rstrip_region(lines, n("### 3.2 Review"), len(lines))
    doc = _load(tmp_path, lines)
    _same_evaluasi(doc, original)
    _reading(doc)
    pd.testing.assert_frame_equal(doc.review_rkpd, original.review_rkpd)
    pd.testing.assert_frame_equal(doc.rencana, original.rencana)
    pd.testing.assert_frame_equal(doc.pergeseran, original.pergeseran)


def test_22_number_cell_among_the_dropped(tmp_path, original):
    # Penyusunan with its serapan cell empty and dropped with Keterangan and Solusi: 9 cells. The
    # stated serapan is read empty (it is only the document's own %), an info finding names cells
    # 10-12; 76.285 is no longer there to read two ways (7 angka_ambigu instead of 8)
    c = cells(L_PENYUSUNAN)[:9]
    doc = _load(tmp_path, with_line(LINES, L_PENYUSUNAN, "\t".join(c)))
    _same_evaluasi(doc, original, skip=("serapan_rp_dokumen",))
    row = doc.evaluasi.set_index("baris_sumber").loc[L_PENYUSUNAN]
    assert pd.isna(row["serapan_rp_dokumen"]) and float(row["serapan_rp"]) == 76.285
    _reading(doc, sel_akhir_kosong=1, angka_ambigu=7)
    f = doc.temuan.query("jenis == 'sel_akhir_kosong'").iloc[0]
    assert (f["tingkat"], int(f["baris_sumber"]), f["kolom"]) == ("info", L_PENYUSUNAN, "serapan_rp_dokumen")
    assert "10" in f["pesan"] and "12" in f["pesan"]


@pytest.mark.slow
def test_22_realisation_among_the_dropped_is_a_warning(tmp_path, original):
    # Pemeliharaan Gedung realised 0 Rp, 0 %, 0 %: written empty and dropped, the row keeps 7 cells;
    # realisasi Rp is a number the analysis uses: read empty, peringatan
    line = row22("Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya")
    doc = _load(tmp_path, with_line(LINES, line, "\t".join(cells(line)[:7])))
    row = doc.evaluasi.set_index("baris_sumber").loc[line]
    assert pd.isna(row["realisasi_rp"]) and float(row["realisasi_k"]) == 0.0 and float(row["pagu_rp"]) == 25e6
    f = doc.temuan.query("jenis == 'sel_akhir_kosong'")
    assert f[["tingkat", "kolom"]].values.tolist() == [["peringatan", "realisasi_rp"]]


def test_22_short_row_whose_cells_do_not_fit_is_refused(tmp_path):
    # a cell lost in the middle (satuan) and the last one (Solusi): 10 cells, "5,000,000" now sits in
    # the satuan column: no careful reader can tell which cells are missing
    line = n("Evaluasi Kinerja Perangkat Daerah\t", START_22)
    c = cells(line)
    short = c[:3] + c[4:11]
    with pytest.raises(RenjaParseError) as err:
        _load(tmp_path, with_line(LINES, line, "\t".join(short)))
    assert err.value.line == line and "jumlah sel" in str(err.value) and "sel ke-11" in err.value.cell


def test_22_cut_last_row_of_a_truncated_file_is_refused(tmp_path):
    # a file that ends inside a row: the missing cells were not empty, they were cut
    with pytest.raises(RenjaParseError) as err:
        _load(tmp_path, LINES[:L_GAJI - 1] + ["\t".join(cells(L_GAJI)[:5])])
    assert err.value.line == L_GAJI and "sel ke-6" in err.value.cell


# --- 3. running page headers with tabs ----------------------------------------------------------------

HEADERS_22 = [i + 1 for i, ln in enumerate(LINES) if ln == H22[0]]


def test_running_page_header_with_tabs(tmp_path, original):
    # before every page header of Tabel 2.2 the page's running header, with tabs and a page number;
    # 6 of the 7 sit inside the table's region (set aside as page furniture), no finding
    lines = list(LINES)
    for k, at in enumerate(reversed(HEADERS_22)):
        lines.insert(at - 1, f"RENJA PERUBAHAN TAHUN 2024\tDINAS KOPERASI USAHA KECIL DAN MENENGAH\tHal. {30 - k}")
    doc = _load(tmp_path, lines)
    _same_evaluasi(doc, original)
    _reading(doc)
    p = doc.pembacaan.set_index("tabel").loc["Tabel 2.2"]
    assert int(p["baris_disisihkan"]) == 6 and int(p["baris_data"]) == 57


@pytest.mark.slow
def test_running_page_footer_without_tabs_or_digits(tmp_path, original):
    # a running footer right under the last row of every page: it repeats at every page break, so
    # it is page furniture, not the continuation of the name above it
    lines = list(LINES)
    # the last row of each page (the last tabbed line above the next page header)
    ends = [max(k for k in range(at - 1) if "\t" in LINES[k]) + 1 for at in HEADERS_22[1:]] + [L_LAST_22]
    for at in reversed(ends):
        lines.insert(at, "Renja Perubahan Dinas Koperasi UKM Kabupaten Magetan")
    doc = _load(tmp_path, lines)
    _same_evaluasi(doc, original)
    _reading(doc)


# --- 4. other captions of the first column -------------------------------------------------------------

@pytest.mark.parametrize("caption", ["Uraian", pytest.param("Nama Program", marks=SLOW),
                                     pytest.param("Program/Kegiatan/Sub Kegiatan", marks=SLOW)])
def test_22_first_column_captioned_otherwise(tmp_path, original, caption):
    lines = [ln.replace(H22[0].split("\t")[0], caption, 1) if ln == H22[0] else ln for ln in LINES]
    doc = _load(tmp_path, lines)
    _same_evaluasi(doc, original)
    _reading(doc)


# --- 5. Tabel 2.2 without Keterangan or without Solusi -------------------------------------------------

def _drop_22_cell(position: int) -> list[str]:
    """Tabel 2.2 with one cell taken out of every line of its region (headers and rows)."""
    out = list(LINES)
    for k in range(START_22, L_LAST_22):
        if "\t" in out[k] and any(out[k].split("\t")):
            c = out[k].split("\t")
            del c[position]
            out[k] = "\t".join(c)
    return out


@pytest.mark.parametrize("missing", ["solusi", pytest.param("keterangan", marks=SLOW)])
def test_22_eleven_columns(tmp_path, original, missing):
    # the missing column reads empty; the other one keeps its text; the 6 keterangan_cocok and 1
    # keterangan_tidak_cocok of the bundled document go with the keterangan
    doc = _load(tmp_path, _drop_22_cell(11 if missing == "solusi" else 10))
    _same_evaluasi(doc, original)
    _reading(doc)
    kept = "keterangan" if missing == "solusi" else "solusi"
    assert doc.evaluasi[missing].isna().all()
    assert doc.evaluasi[kept].tolist() == original.evaluasi[kept].tolist()
    ket = _count(doc, "keterangan_cocok") + _count(doc, "keterangan_tidak_cocok")
    assert ket == (7 if missing == "solusi" else 0)


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_22_eleven_columns_workbook(tmp_path, original):
    # the same variant as a workbook: columns A-K, K captioned Keterangan
    from conftest import HEADER_ROWS, build_example_workbook

    md = tmp_path / "tanpa-solusi.md"
    md.write_text(text(_drop_22_cell(11)), encoding="utf-8")
    xlsx = build_example_workbook(md, tmp_path / "tanpa-solusi.xlsx", header_rows=[r[:11] for r in HEADER_ROWS])
    doc = load_document(xlsx)
    assert len(doc.evaluasi) == 57 and doc.evaluasi["solusi"].isna().all()
    assert doc.evaluasi["pagu_rp"].tolist() == original.evaluasi["pagu_rp"].tolist()
    assert doc.evaluasi["keterangan"].tolist() == original.evaluasi["keterangan"].tolist()


def test_workbook_value_beyond_the_eleventh_column_is_refused(tmp_path):
    from conftest import HEADER_ROWS, build_example_workbook
    from openpyxl import load_workbook

    md = tmp_path / "tanpa-solusi.md"
    md.write_text(text(_drop_22_cell(11)), encoding="utf-8")
    xlsx = build_example_workbook(md, tmp_path / "tanpa-solusi.xlsx", header_rows=[r[:11] for r in HEADER_ROWS])
    wb = load_workbook(xlsx)
    wb.active["L5"] = "lebih"
    wb.save(xlsx)
    # a value in L under an empty L1: a column without a caption, named as the header's cell
    with pytest.raises(RenjaParseError) as err:
        load_document(xlsx)
    assert (err.value.line, err.value.cell, err.value.expected) == (1, "L1", "Solusi")


# --- 6. a Renja murni ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def murni(mini_murni):
    return mini_murni                  # load_document(MURNI), tests/conftest.py (shared: never change it)


def test_murni_is_read_as_a_renja(murni):
    assert murni.periode["jenis"] == "Renja" and murni.dokumen["jenis_dokumen"].tolist() == ["Renja"]
    assert murni.murni
    assert len(murni.evaluasi) == 8 and len(murni.review_rkpd) == 16


def test_murni_presents_no_reallocation(murni):
    # no APBD -> P-APBD: no pergeseran rows, no revised target, no finding that compares a keterangan
    # or a target of the running year with the next year's plan
    assert len(murni.pergeseran) == 0 and list(murni.pergeseran.columns)[:3] == ["urutan", "level", "program"]
    assert murni.evaluasi["target_k_perubahan"].isna().all()
    jenis = murni.temuan["jenis"].astype(str)
    assert not jenis.isin(["keterangan_cocok", "keterangan_tidak_cocok"]).any()
    assert not murni.temuan["tabel"].astype(str).str.contains("Tabel 2.2 vs Tabel 3").any()
    assert "merevisi" not in " ".join(murni.temuan["pesan"].astype(str))
    teks = narrative.ringkasan_pergeseran(murni.pergeseran, murni.temuan)
    assert "bertambah" not in teks and "berkurang" not in teks and "P-APBD" in teks


def test_murni_33_has_one_target_and_one_pagu(murni):
    r = murni.rencana
    assert r["kode"].tolist() == ["2.17.01", "2.17.01.2.06", "2.17.01.2.06.0004", "2.17.01.2.06.0005",
                                  "2.17.07", "2.17.07.2.02", "2.17.07.2.02.0001", "2.17.07.2.02.0002"]
    assert r["target_sebelum"].tolist() == [80, 16, 4, 12, 1, 10, 6, 60]
    assert r["pagu_rkpd_rp"].tolist() == [36e6, 36e6, 16e6, 21e6, 60e6, 60e6, 35e6, 25e6]
    assert r["pagu_maju_rp"].tolist() == [38e6, 38e6, 17e6, 21e6, 60e6, 60e6, 35e6, 25e6]
    # its prakiraan maju target (12th cell, lines 63-74: 82 Indeks, 16 Paket ... 60 Orang) kept beside the pagu
    assert r["target_maju"].tolist() == [82, 16, 4, 12, 1, 10, 6, 60]
    assert r["satuan_maju"].tolist()[:2] == ["Indeks", "Paket"] and r["kelompok_sasaran"].isna().all()
    for col in ("target_sesudah", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp", "bertambah_berkurang_rp"):
        assert r[col].isna().all(), col


def test_murni_32_against_33_by_pagu_indikatif(murni):
    # the planted difference: Barang Cetak 20,000,000 in 3.2 (hasil analisis), 21,000,000 in 3.3
    t = murni.temuan.query("jenis == 'antar_tabel_tidak_cocok'")
    assert t[["kolom", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [["pagu_rp", 20e6, 21e6]]
    assert "Pagu indikatif" in t["pesan"].iloc[0]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_perubahan_without_32_presents_no_reallocation():
    # renja-mini is a Renja Perubahan without section 3: nothing to compare the APBD pagu with (today
    # a P-APBD of Rp 0, "berkurang 100 %")
    doc = load_document(MINI)
    assert doc.periode["jenis"] == "Renja Perubahan" and len(doc.pergeseran) == 0


@pytest.mark.slow
def test_title_without_perubahan_but_papbd_columns(tmp_path, original):
    # the title says RENCANA KERJA, the tables carry P-APBD and APBD columns: the kind stays the one the
    # title states, the tables are read as they are (the reallocation is computed as in the bundled
    # document), a warning names the title
    title = n("# RENCANA KERJA PERUBAHAN")
    doc = _load(tmp_path, with_line(LINES, title, "# RENCANA KERJA TAHUN 2024"))
    assert doc.periode["jenis"] == "Renja" and not doc.murni
    pd.testing.assert_frame_equal(doc.pergeseran, original.pergeseran)
    f = doc.temuan.query("jenis == 'periode_tidak_konsisten'")
    assert f["baris_sumber"].tolist() == [title] and "P-APBD" in f["pesan"].iloc[0]


# --- 7. 3.3 codes with a trailing dot or a placeholder -----------------------------------------------

KEG_IZIN = n("2.17.02.2.01\t")
SUB_PEMULIHAN = n("2.17.07.2.01.0008")


@pytest.mark.parametrize("written, read, tingkat, line", [
    ("2.17.02.2.01.", "2.17.02.2.01", "info", KEG_IZIN),
    pytest.param("X.XX.02.2.01", "X.XX.02.2.01", "info", KEG_IZIN, marks=SLOW),
    pytest.param("2.17.07.2.01.xx", "2.17.07.2.01.XX", "peringatan", SUB_PEMULIHAN, marks=SLOW),
])
def test_33_kode_not_written_the_standard_way(tmp_path, original, written, read, tingkat, line):
    # kept (normalised), with its level and its 2.2-vs-3.3 checks; one finding names line and cell
    old = LINES[line - 1].split("\t")[0]

    def swapped(kode):
        return [read if isinstance(k, str) and k == old else k for k in kode.tolist()]
    doc = _load(tmp_path, set_cell(line, 0, written))
    r, o = doc.rencana, original.rencana
    assert len(r) == 19 and r["kode"].tolist() == swapped(o["kode"])
    assert r["level"].astype(str).tolist() == o["level"].astype(str).tolist()
    assert r["nama"].tolist() == o["nama"].tolist()
    f = doc.temuan.query("jenis == 'kode_tidak_baku'")
    assert f[["tingkat", "baris_sumber", "kolom"]].values.tolist() == [[tingkat, line, "kode"]]
    assert written in f["pesan"].iloc[0]
    # the evaluasi row of that name keeps its code, and the checks by code are all there
    assert doc.evaluasi["kode"].tolist() == swapped(original.evaluasi["kode"])
    assert _count(doc, "antar_tabel_tidak_cocok") == _count(original, "antar_tabel_tidak_cocok")
