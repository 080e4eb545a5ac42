"""Issue 17, cells of the text document: what each irregular cell is read as, written down
before the code (``docs/pembacaan.md``, *Reading policy: cells of the text document*).

Every case edits cells of the bundled document (helpers of ``test_bad_inputs``) and states
the outcome by hand: the numbers read, the findings that must (and must not) appear, or
the error naming the line and cell.

The meaning of a cell that says nothing, by column kind (``docs/metrik.md``):

- realisation (``realisasi_k``, ``realisasi_rp``; 2.1 ``realisasi_k``, ``realisasi_renstra_k``):
  ``-``, ``–``, ``—``, ``Nihil``, ``Tidak ada`` state zero (nothing realised); an empty cell is
  kept empty (not reported) and judged as nothing realised by every status and finding
  (``metrics.realisasi_dinilai``), with an ``info`` finding ``realisasi_kosong`` on Tabel 2.2;
  checks that compare two stated numbers (sums, tables, stated %) leave it out;
- amounts (pagu, 3.2 pagu): the words state Rp 0; an empty cell is not stated (NA);
- targets (2.2, 2.1, 3.1, 3.2): every word, and an empty cell, mean no target (NA);
- stated percentages (capaian, serapan): every word, an empty cell and a spreadsheet error
  mean not stated (NA): the percentage is recomputed, never compared with nothing.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import bundled_document as original  # the bundled document, read once per process
from test_bad_inputs import (
    L_31_KOPERASI,
    L_32_RT,
    L_GAJI,
    L_RUMAH_TANGGA,
    START_21,
    cells,
    n,
    row22,
    set_cell,
    text,
)

from renja_analysis import RenjaParseError, load_document, metrics
from renja_analysis.present import narrative, summary

#: Tabel 2.2: Peningkatan Pemahaman ... SDM Koperasi: 10 Orang, pagu 160,000,000, realisation 0 and
#: Rp 51,580,700 (32.2379375 %), stated capaian 0: "serapan tanpa output" (peringatan, < 75 %)
L_SDM = row22("Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi")
NAMA_SDM = "Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi"
#: Tabel 2.2: Pemeliharaan / Rehabilitasi Gedung: 1 Unit, pagu 25,000,000, nothing realised (0, 0): tertinggal
L_GEDUNG = row22("Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya")
NAMA_GEDUNG = "Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya"
NAMA_RT = "Penyediaan Peralatan Rumah Tangga"          # 4 Paket, Rp 4,500,000, realised 1 and Rp 1,880,450
L_21_RT = n("Penyediaan Peralatan Rumah Tangga\t", START_21)
#: 3.2 rows 7 and 8: target 0 and pagu "-" on both sides
L_32_KEPEGAWAIAN = n("7\tAdministrasi Kepegawaian Perangkat Daerah")
#: 3.3: Penyediaan jasa komunikasi: bertambah/berkurang -3,251,000.00 (cell 9)
L_33_KOMUNIKASI = n("\t\t\tJumlah Laporan Penyediaan Jasa Komunikasi")


def _first_fast(*values):
    """The first variant runs in the fast tier (``make unit``), the others are marked slow
    (``make test`` runs them all): each reads a whole document."""
    return [pytest.param(*(v if isinstance(v, tuple) else (v,)), marks=() if k == 0 else pytest.mark.slow)
            for k, v in enumerate(values)]


def _load(tmp_path: Path, lines: list[str]):
    path = tmp_path / "varian.md"
    path.write_text(text(lines), encoding="utf-8")
    return load_document(path)


def _refused(tmp_path: Path, lines: list[str]) -> RenjaParseError:
    with pytest.raises(RenjaParseError) as err:
        _load(tmp_path, lines)
    return err.value


def _row(doc, nama: str) -> pd.Series:
    return doc.evaluasi.set_index("nama").loc[nama]


def _found(doc, jenis: str, line: int | None = None) -> pd.DataFrame:
    t = doc.temuan[doc.temuan["jenis"].astype(str) == jenis]
    return t if line is None else t[t["baris_sumber"] == line]


def _same_tables(a, b) -> None:
    for name in ("evaluasi", "tabel21", "tujuan_sasaran", "review_rkpd", "rencana", "pergeseran"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def _same_findings(a, b, ignore: tuple = ()) -> None:
    cols = ["jenis", "tingkat", "baris_sumber", "kolom", "nilai_dokumen", "nilai_hitung"]
    keep = lambda t: t[~t["jenis"].astype(str).isin(ignore)][cols].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(keep(a.temuan), keep(b.temuan))


# --- 1. words for zero or nothing ------------------------------------------------------------

@pytest.mark.parametrize("word", _first_fast("Nihil", "nihil", "-", "\u2013", "\u2014", "Tidak ada", "tidak ada",
                                             " <b> NIHIL </b> ", "Tidak Ada"))
def test_realisation_word_for_nothing_is_zero(word, tmp_path):
    # line 291 realises 0 and Rp 51,580,700 (Tabel 2.1 says 0 too): a word for nothing in the
    # realisation K cell states the same zero, so the document reads exactly as the original
    doc = _load(tmp_path, set_cell(L_SDM, 5, word))
    _same_tables(doc, original())
    _same_findings(doc, original())


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
@pytest.mark.parametrize("word", _first_fast("Nihil", "-", "Tidak ada"))
def test_rupiah_realisation_word_for_nothing_is_zero(word, tmp_path):
    # Gedung realised Rp 0 (serapan 0, tertinggal): "Nihil" in its realisation Rp cell is Rp 0
    doc = _load(tmp_path, set_cell(L_GEDUNG, 7, word))
    _same_tables(doc, original())
    _same_findings(doc, original())


def test_pagu_word_for_nothing_is_rupiah_zero(tmp_path):
    # "Nihil" pagu with Rp 1,880,450 spent: the document states nothing budgeted and money spent
    # (serapan_berlebih, as for a pagu of 0); serapan is undefined (pagu 0), never infinite
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 4, "Nihil"))
    row = _row(doc, NAMA_RT)
    assert row["pagu_rp"] == 0.0 and pd.isna(row["serapan_rp"])
    assert len(_found(doc, "serapan_berlebih", L_RUMAH_TANGGA)) == 1


@pytest.mark.parametrize("word", _first_fast("-", "Nihil", "Tidak ada", ""))
def test_target_word_for_nothing_is_no_target(word, tmp_path):
    # a target that says nothing is no target: capaian undefined (not 0, not infinite), the row is
    # judged by its serapan (41.79 % of the 50 % due: 83.6 >= 75, sesuai rencana), nothing compared
    lines = set_cell(L_RUMAH_TANGGA, 8, "-", set_cell(L_RUMAH_TANGGA, 2, word))
    doc = _load(tmp_path, lines)
    row = _row(doc, NAMA_RT)
    assert pd.isna(row["target_k"]) and pd.isna(row["capaian_k"])
    assert row["status"] == "sesuai_rencana"
    assert _found(doc, "antar_tabel_tidak_cocok", L_RUMAH_TANGGA).empty
    assert _found(doc, "revisi_target", L_RUMAH_TANGGA).empty


def test_stated_percentage_word_for_nothing_is_not_stated(tmp_path):
    # "Nihil" capaian: not stated, never compared (the computed 25 % stays)
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 8, "Nihil"))
    row = _row(doc, NAMA_RT)
    assert pd.isna(row["capaian_k_dokumen"]) and row["capaian_k"] == 25.0
    assert _found(doc, "persen_tidak_cocok", L_RUMAH_TANGGA).empty


def test_31_target_words_for_nothing(tmp_path):
    # Tabel 3.1 writes "-" for a year without a target; "Nihil" and "Tidak ada" read the same
    c = cells(L_31_KOPERASI)
    assert c[5:7] == ["-", "-"]
    doc = _load(tmp_path, set_cell(L_31_KOPERASI, 6, "Tidak ada", set_cell(L_31_KOPERASI, 5, "Nihil")))
    pd.testing.assert_frame_equal(doc.tujuan_sasaran, original().tujuan_sasaran)


def test_32_pagu_dash_is_rupiah_zero():
    # the bundled document: 3.2 rows 7 and 8 have target 0 and pagu "-" on both sides (no budget)
    rows = original().review_rkpd[original().review_rkpd["baris_sumber"].isin([L_32_KEPEGAWAIAN, L_32_KEPEGAWAIAN + 1])]
    assert len(rows) == 4
    assert rows["pagu_rp"].tolist() == [0.0] * 4 and rows["target_k"].tolist() == [0.0] * 4


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_32_pagu_nihil_reads_as_dash(tmp_path):
    doc = _load(tmp_path, set_cell(L_32_KEPEGAWAIAN, 5, "Nihil"))
    pd.testing.assert_frame_equal(doc.review_rkpd, original().review_rkpd)


# --- 2. one meaning for an empty cell --------------------------------------------------------

def test_empty_realisation_k_is_judged_as_nothing_realised(tmp_path):
    # line 291 with its realisation K left empty: kept empty (not reported), judged as nothing
    # realised: the same status, capaian and finding as the original's 0, plus one info finding
    doc = _load(tmp_path, set_cell(L_SDM, 5, ""))
    row = _row(doc, NAMA_SDM)
    assert pd.isna(row["realisasi_k"])
    assert row["capaian_k"] == 0.0 and row["status"] == "serapan_tanpa_output"
    assert row["predikat_k"] == _row(original(), NAMA_SDM)["predikat_k"]
    found = _found(doc, "serapan_tanpa_output", L_SDM)
    assert found["tingkat"].astype(str).tolist() == ["peringatan"]
    assert "kosong" in found["pesan"].iloc[0]
    kosong = _found(doc, "realisasi_kosong", L_SDM)
    assert kosong["tingkat"].astype(str).tolist() == ["info"] and kosong["kolom"].tolist() == ["realisasi_k"]
    assert "kolom 6" in kosong["pesan"].iloc[0]
    # nothing stated is never compared: Tabel 2.1's 0, the stated capaian 0
    assert _found(doc, "antar_tabel_tidak_cocok", L_SDM).empty and _found(doc, "persen_tidak_cocok", L_SDM).empty
    # every other finding as in the original
    _same_findings(doc, original(), ignore=("realisasi_kosong", "serapan_tanpa_output"))
    # the same status in the summary counts and the narrative
    counts = summary.jumlah_status(doc.evaluasi)
    assert counts.equals(summary.jumlah_status(original().evaluasi))
    teks = narrative.narasi_program(doc.evaluasi, row["program"], doc.temuan, doc.pergeseran, doc.tabel21,
                                    doc.rencana)
    kalimat = next(s for s in teks.split("\n") if "Kapasitas dan Kompetensi SDM Koperasi" in s)
    # judged 0, but said as not reported: an empty cell is no reported 0
    assert "realisasi kinerja tidak dilaporkan (sel kosong; dinilai 0) dari target" in kalimat
    assert "belum ada realisasi kinerja" not in kalimat


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_empty_realisation_rp_is_judged_as_nothing_spent(tmp_path):
    doc = _load(tmp_path, set_cell(L_GEDUNG, 7, ""))
    row = _row(doc, NAMA_GEDUNG)
    assert pd.isna(row["realisasi_rp"]) and row["serapan_rp"] == 0.0 and row["status"] == "tertinggal"
    assert _found(doc, "realisasi_kosong", L_GEDUNG)["kolom"].tolist() == ["realisasi_rp"]
    _same_findings(doc, original(), ignore=("realisasi_kosong",))


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_both_realisations_empty_one_finding(tmp_path):
    doc = _load(tmp_path, set_cell(L_GEDUNG, 7, "", set_cell(L_GEDUNG, 5, "")))
    found = _found(doc, "realisasi_kosong", L_GEDUNG)
    assert len(found) == 1 and "kolom 6" in found["pesan"].iloc[0] and "kolom 8" in found["pesan"].iloc[0]
    assert _row(doc, NAMA_GEDUNG)["status"] == "tertinggal"


def test_empty_parent_realisation_is_not_compared_with_its_rows(tmp_path):
    # the program Penunjang's realisation Rp (1,683,391,529, the sum of its rows) left empty: it states
    # no total, so no jumlah_tidak_cocok; its serapan is read from its rows (every kegiatan states
    # its realisation: 1,683,391,529 of its pagu 2,992,759,325, line 237 of the source), never 0;
    # said once, naming that reading
    from test_bad_inputs import L_PROG_PENUNJANG

    doc = _load(tmp_path, set_cell(L_PROG_PENUNJANG, 7, ""))
    assert _found(doc, "jumlah_tidak_cocok", L_PROG_PENUNJANG).empty
    found = _found(doc, "realisasi_kosong", L_PROG_PENUNJANG)
    assert found["kolom"].tolist() == ["realisasi_rp"] and "Rp1.683.391.529" in found["pesan"].iloc[0]
    assert doc.evaluasi.set_index("baris_sumber").loc[L_PROG_PENUNJANG, "serapan_rp"] == \
        pytest.approx(1_683_391_529 / 2_992_759_325 * 100)


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_jumlah_row_saying_nothing_is_not_compared(tmp_path):
    # a JUMLAH row with the right pagu total and "-" for the realisation total: no total stated there
    from test_bad_inputs import L_LAST_22, insert

    doc = _load(tmp_path, insert(L_LAST_22, ["<b>JUMLAH</b>\t\t\t\t<b>4,610,259,325</b>\t\t\t<b>-</b>\t\t\t\t"]))
    assert "JUMLAH" not in set(doc.evaluasi["nama"])
    assert _found(doc, "jumlah_tidak_cocok", L_LAST_22 + 1).empty


def _hand_made(real_k) -> pd.DataFrame:
    """One program, one kegiatan, one sub kegiatan: target 4 Paket, pagu 100, realisation K
    ``real_k``, Rp 60 spent (60 % of the 50 % due)."""
    return pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan"], "program": ["PROGRAM P"] * 3,
        "kegiatan": [None, "Kegiatan K", "Kegiatan K"], "nama": ["PROGRAM P", "Kegiatan K", "Sub S"],
        "indikator": ["Indeks", "Jumlah", "Jumlah"], "satuan": ["Indeks", "Paket", "Paket"],
        "target_k": [5.0, 4.0, 4.0], "realisasi_k": pd.array([0.0, 0.0, real_k], dtype="Float64"),
        "pagu_rp": [100.0, 100.0, 100.0], "realisasi_rp": [60.0, 60.0, 60.0],
        "keterangan": [None, None, None], "solusi": [None] * 3, "baris_sumber": [1, 2, 3], "urutan": [1, 2, 3]})


@pytest.mark.parametrize("real_k", [None, 0.0])
def test_hand_made_row_same_status_everywhere(real_k):
    from renja_analysis.findings import document as temuan

    ev = _hand_made(real_k).pipe(metrics.tambah_metrik, triwulan=2).pipe(metrics.tambah_status, triwulan=2)
    sub = ev.iloc[2]
    assert sub["status"] == "serapan_tanpa_output" and sub["capaian_k"] == 0.0
    assert metrics.status_pelaksanaan(ev, triwulan=2).tolist()[2] == "serapan_tanpa_output"
    counts = summary.jumlah_status(ev)
    assert int(counts.loc["Serapan tanpa output"].iloc[0]) == 1 and int(counts.iloc[:, 0].sum()) == 1
    found = temuan.serapan_tanpa_output(ev)
    assert found["baris_sumber"].tolist() == [3]
    assert ("kosong" in found["pesan"].iloc[0]) == (real_k is None)
    kalimat = narrative.kalimat_sub_kegiatan(sub)
    # the same judgement (0), said as what it is: a reported 0, or a cell not filled in
    assert ("belum ada realisasi kinerja" in kalimat) == (real_k == 0)
    assert ("realisasi kinerja tidak dilaporkan (sel kosong; dinilai 0)" in kalimat) == (real_k is None)
    assert "belum diukur" in narrative.ringkasan_program(ev.assign(
        realisasi_k=pd.array([None, None, real_k], dtype="Float64")), "PROGRAM P")


# --- 3. spreadsheet errors ---------------------------------------------------------------------

@pytest.mark.parametrize("galat", _first_fast("#DIV/0!", "#VALUE!", "#REF!", "#N/A", "#NAME?", "<b>#DIV/0!</b>"))
def test_spreadsheet_error_in_stated_percentage(galat, tmp_path):
    # capaian K and serapan Rp are derived: recomputed (25 %, 41.79 %), the stated cell reported
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 9, galat, set_cell(L_RUMAH_TANGGA, 8, galat)))
    row = _row(doc, NAMA_RT)
    assert pd.isna(row["capaian_k_dokumen"]) and pd.isna(row["serapan_rp_dokumen"])
    assert row["capaian_k"] == 25.0 and abs(row["serapan_rp"] - 41.78777778) < 1e-6
    found = _found(doc, "galat_lembar_kerja", L_RUMAH_TANGGA)
    assert sorted(found["kolom"].tolist()) == ["capaian_k_dokumen", "serapan_rp_dokumen"]
    assert set(found["tingkat"].astype(str)) == {"peringatan"}
    assert galat.replace("<b>", "").replace("</b>", "") in found["pesan"].iloc[0]
    assert doc.temuan.query("tingkat == 'kritis' and baris_sumber == @L_RUMAH_TANGGA").empty


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_spreadsheet_error_in_21_percentage(tmp_path):
    doc = _load(tmp_path, set_cell(L_21_RT, 11, "#DIV/0!", set_cell(L_21_RT, 8, "#VALUE!")))
    found = _found(doc, "galat_lembar_kerja", L_21_RT)
    assert sorted(found["kolom"].tolist()) == ["capaian_k_dokumen", "capaian_renstra_dokumen"]
    assert set(found["tabel"].astype(str)) == {"Tabel 2.1"}


@pytest.mark.parametrize(("position", "column"), [(2, "target_k"), (4, "pagu_rp"), (5, "realisasi_k"),
                                                  (7, "realisasi_rp")])
def test_spreadsheet_error_in_stated_number_is_refused(position, column, tmp_path):
    e = _refused(tmp_path, set_cell(L_RUMAH_TANGGA, position, "#REF!"))
    assert e.line == L_RUMAH_TANGGA and e.cell == f"{column} (kolom {position + 1})"
    assert "galat lembar kerja" in str(e) and "#REF!" in str(e)


def test_spreadsheet_error_in_32_pagu_is_refused(tmp_path):
    e = _refused(tmp_path, set_cell(L_32_RT, 5, "#VALUE!"))
    assert e.line == L_32_RT and "kolom 6" in e.cell and "galat lembar kerja" in str(e)


def test_spreadsheet_error_in_31_target_is_refused(tmp_path):
    e = _refused(tmp_path, set_cell(L_31_KOPERASI, 4, "#N/A"))
    assert e.line == L_31_KOPERASI and "kolom 5" in e.cell and "galat lembar kerja" in str(e)


def test_spreadsheet_error_in_33_difference(tmp_path):
    # 3.3's bertambah/berkurang is RKPD Perubahan - RKPD: an error value there is not stated
    doc = _load(tmp_path, set_cell(L_33_KOMUNIKASI, 9, "#VALUE!"))
    rec = doc.rencana.set_index("baris_sumber").loc[L_33_KOMUNIKASI]
    assert pd.isna(rec["bertambah_berkurang_rp"]) and rec["pagu_rkpd_perubahan_rp"] == 26749000.0
    assert _found(doc, "galat_lembar_kerja", L_33_KOMUNIKASI)["kolom"].tolist() == ["bertambah_berkurang_rp"]
    assert _found(doc, "selisih_tidak_cocok", L_33_KOMUNIKASI).empty


def test_spreadsheet_error_in_33_pagu_is_refused(tmp_path):
    e = _refused(tmp_path, set_cell(L_33_KOMUNIKASI, 7, "#REF!"))
    assert e.line == L_33_KOMUNIKASI and e.cell == "kolom 8" and "galat lembar kerja" in str(e)


# --- 4. a target with its unit in the cell ---------------------------------------------------

def test_target_with_the_rows_unit_is_read(tmp_path):
    # "4 Paket" in a row whose satuan is Paket: the same reading as "4", nothing to say
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 5, "1 paket", set_cell(L_RUMAH_TANGGA, 2, "4 Paket")))
    _same_tables(doc, original())
    _same_findings(doc, original())


def test_target_with_another_unit_is_read_with_a_finding(tmp_path):
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 2, "4 Dokumen"))
    row = _row(doc, NAMA_RT)
    assert row["target_k"] == 4.0 and row["satuan"] == "Paket"
    found = _found(doc, "satuan_di_sel", L_RUMAH_TANGGA)
    assert found["tingkat"].astype(str).tolist() == ["peringatan"] and found["kolom"].tolist() == ["target_k"]
    assert "Dokumen" in found["pesan"].iloc[0] and "Paket" in found["pesan"].iloc[0]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_target_unit_fills_an_empty_satuan(tmp_path):
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 3, "", set_cell(L_RUMAH_TANGGA, 2, "4 Paket")))
    row = _row(doc, NAMA_RT)
    assert row["target_k"] == 4.0 and row["satuan"] == "Paket"
    found = _found(doc, "satuan_di_sel", L_RUMAH_TANGGA)
    assert found["tingkat"].astype(str).tolist() == ["info"]


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_percent_target_against_a_percent_satuan(tmp_path):
    # PROGRAM PELAYANAN IZIN: 10 Persen (%); "10 %" and "10%" are the same unit
    line = row22("PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM")
    doc = _load(tmp_path, set_cell(line, 2, "<b>10 %</b>"))
    _same_tables(doc, original())
    _same_findings(doc, original())


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_percent_target_against_a_count_satuan(tmp_path):
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 2, "100 %"))
    assert _row(doc, NAMA_RT)["target_k"] == 100.0
    assert _found(doc, "satuan_di_sel", L_RUMAH_TANGGA)["tingkat"].astype(str).tolist() == ["peringatan"]


def test_text_with_a_unit_but_no_number_is_refused(tmp_path):
    e = _refused(tmp_path, set_cell(L_RUMAH_TANGGA, 2, "empat Paket"))
    assert e.line == L_RUMAH_TANGGA and e.cell == "target_k (kolom 3)"


# --- 5. accounting negatives -----------------------------------------------------------------

@pytest.mark.parametrize("written", _first_fast("(3,251,000.00)", "(3.251.000,00)", "(Rp 3.251.000)"))
def test_33_parenthesised_decrease(written, tmp_path):
    # 3.3's bertambah/berkurang -3,251,000.00 written as an accounting negative reads the same
    c = cells(L_33_KOMUNIKASI)
    assert c[9] == "-3,251,000.00"
    doc = _load(tmp_path, set_cell(L_33_KOMUNIKASI, 9, written))
    _same_tables(doc, original())
    _same_findings(doc, original())


@pytest.mark.parametrize("written", _first_fast("(1,880,450)", "(1.880.450)", "(1,880,450.00)"))
def test_parenthesised_realisation_is_negative(written, tmp_path):
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 7, written))
    assert _row(doc, NAMA_RT)["realisasi_rp"] == -1880450.0
    neg = _found(doc, "nilai_negatif", L_RUMAH_TANGGA)
    assert neg["kolom"].tolist() == ["realisasi_rp"]
    assert _found(doc, "angka_ambigu", L_RUMAH_TANGGA).empty      # three groups: one reading only


def test_parenthesised_pagu_in_the_other_convention(tmp_path):
    # "(4.500.000,00)" among English rupiah: -4,500,000, read as written (angka_konvensi_lain)
    doc = _load(tmp_path, set_cell(L_RUMAH_TANGGA, 4, "(4.500.000,00)"))
    assert _row(doc, NAMA_RT)["pagu_rp"] == -4500000.0
    assert len(_found(doc, "nilai_negatif", L_RUMAH_TANGGA)) == 1
    assert len(_found(doc, "angka_konvensi_lain", L_RUMAH_TANGGA)) == 1


def test_unbalanced_parenthesis_is_refused(tmp_path):
    e = _refused(tmp_path, set_cell(L_GAJI, 4, "(2,583,877,225"))
    assert e.line == L_GAJI and e.cell == "pagu_rp (kolom 5)"



# --- the same rules in a Tabel 2.2-shaped workbook ---------------------------------------------

def test_workbook_spreadsheet_error_and_empty_realisation(tmp_path):
    # Pemulihan Usaha Mikro (25 Unit Usaha, realised 31 and Rp 702,500,000 of 827,500,000): its stated
    # serapan an error value (a typed error cell), its realisation K cell emptied
    from test_bad_inputs import WB_PEMULIHAN, _workbook

    def edit(wb):
        ws = wb.active
        ws[f"J{WB_PEMULIHAN}"] = "#DIV/0!"
        ws[f"F{WB_PEMULIHAN}"] = None

    doc = load_document(_workbook(tmp_path, edit))
    row = _row(doc, "Pemulihan Usaha Mikro")
    assert pd.isna(row["serapan_rp_dokumen"]) and abs(row["serapan_rp"] - 702500000 / 827500000 * 100) < 1e-9
    assert pd.isna(row["realisasi_k"]) and row["capaian_k"] == 0.0 and row["status"] == "serapan_tanpa_output"
    assert _found(doc, "galat_lembar_kerja", WB_PEMULIHAN)["kolom"].tolist() == ["serapan_rp_dokumen"]
    assert _found(doc, "realisasi_kosong", WB_PEMULIHAN)["kolom"].tolist() == ["realisasi_k"]
    assert len(_found(doc, "serapan_tanpa_output", WB_PEMULIHAN)) == 1


def test_workbook_error_in_pagu_is_refused(tmp_path):
    from test_bad_inputs import WB_PEMULIHAN, _workbook

    path = _workbook(tmp_path, lambda wb: wb.active.__setitem__(f"E{WB_PEMULIHAN}", "#REF!"))
    with pytest.raises(RenjaParseError) as err:
        load_document(path)
    assert err.value.line == WB_PEMULIHAN and err.value.cell == "pagu_rp (kolom 5)"
    assert "galat lembar kerja" in str(err.value)
