"""What the report says of numbers a kritis finding disputes, or an empty cell gives (REV-R/S/U leftovers).

Hand reading of the bundled document (Tabel 2.2, cells 0-based: 4 pagu, 5 realisasi K, 7 realisasi Rp,
8 capaian %, 9 serapan %):

- program 292 PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI: pagu 75,000,000, realisasi 14,680,000; its
  kegiatan 293 the same; its sub kegiatan 294, 299-303: pagu 10 + 20 + 15 + 10 + 5 + 15 = 75 million,
  realisasi 1,920,000 + 8,830,000 + 2,690,000 + 0 + 1,240,000 + 0 = 14,680,000;
- 300 Fasilitasi Akses Permodalan: target 5, realisasi 0 and Rp0 (capaian 0 %, serapan 0 %);
- 302 Fasilitasi Pelaporan: target 25, pagu 5,000,000, realisasi 15 and 1,240,000 (serapan 24,80 %);
- 312 Pemulihan Usaha Mikro: target 25, realisasi 31 (Tabel 2.1: 25), pagu 827,500,000, realisasi
  702,500,000 (serapan 84,89 %).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from test_bad_inputs import set_cell, text

from renja_analysis import labels, load_document
from renja_analysis.present import narrative, summary

L_PROGRAM, L_KEGIATAN, L_PELAPORAN, L_PEMULIHAN = 292, 293, 302, 312


def _load(tmp_path: Path, lines: list[str]):
    path = tmp_path / "varian.md"
    path.write_text(text(lines), encoding="utf-8")
    return load_document(path)


def _program_page(doc, line: int) -> str:
    ev = doc.evaluasi
    program = ev.loc[ev["baris_sumber"] == line, "program"].iloc[0]
    return narrative.ringkasan_program(ev, program, doc.temuan, doc.pergeseran, doc.tabel21, doc.rencana)


@pytest.mark.parametrize("line, cells, expected", [
    # 302's K emptied: judged 0, tied at 0 % with 300; 302 spent more (24,80 % against 0 %): it is named,
    # and its 0 % is the empty cell's, not a reported 0
    (L_PELAPORAN, {5: ""},
     "terendah: *Fasilitasi Pelaporan Koperasi yang Keanggotaannya Daerah Kabupaten/Kota* (salah satu dari 2 sub "
     "kegiatan dengan capaian terendah yang sama; serapannya tertinggi di antaranya), capaian 0,00% (realisasi "
     "kinerjanya tidak dilaporkan dan dinilai 0) dengan serapan 24,80% tanpa output"),
    # 312 states 0 (capaian 0 %) where Tabel 2.1 states 25: kritis antar_tabel_tidak_cocok on its realisasi K;
    # program 304's rows due: 306 (50 %), 312, 313 and 314 (0 %; serapan 84,89 %, 30,60 %, 20,63 %; 311 is
    # scheduled): 312 is named, one of 3 at 0 %
    (L_PEMULIHAN, {5: "0", 8: "0"},
     "terendah: *Pemulihan Usaha Mikro* (salah satu dari 3 sub kegiatan dengan capaian terendah yang sama; "
     "serapannya tertinggi di antaranya), capaian 0,00% (dipersoalkan temuan kritis: angka beda antartabel) "
     "dengan serapan 84,89% tanpa output \u2014 kritis"),
])
def test_worst_row_is_hedged_as_the_rest_of_the_sentence(tmp_path, line, cells, expected):
    lines = None
    for position, value in cells.items():
        lines = set_cell(line, position, value, lines)
    assert expected in _program_page(_load(tmp_path, lines), line)


def test_program_page_names_the_disputed_number_as_the_headline_does(tmp_path):
    # program 292's pagu 75,000,000 -> 80,000,000 (its % 18,35 = 14,680,000 / 80,000,000): kritis
    # jumlah_tidak_cocok on its pagu (rows 75,000,000); its realisation is not disputed
    doc = _load(tmp_path, set_cell(L_PROGRAM, 9, "<b>18.35</b>", set_cell(L_PROGRAM, 4, "<b>80,000,000</b>")))
    page = _program_page(doc, L_PROGRAM)
    assert page.startswith(
        "Program ini menyerap **18,35%** dari pagu Rp80.000.000 (Rp14.680.000), di bawah harapan triwulan 50% "
        "(predikat serapan Sangat Rendah); pagunya dipersoalkan temuan kritis (jumlah beda dari rinciannya): "
        "angka ini bergantung padanya.")
    office = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran)
    assert "; pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis" in office


def test_program_serapan_summing_a_disputed_sub_kegiatan_is_hedged(tmp_path):
    # 302 spends 6,240,000 of its 5,000,000 (124,80 %): kritis serapan_berlebih on its realisasi Rp; its
    # kegiatan and program state 19,680,000 (14,680,000 + 5,000,000): serapan 26,24 % of 75,000,000, which
    # sums the disputed rupiah
    lines = set_cell(L_PELAPORAN, 9, "124.8", set_cell(L_PELAPORAN, 7, "6,240,000"))
    for line in (L_KEGIATAN, L_PROGRAM):
        lines = set_cell(line, 9, "<b>26.24</b>", set_cell(line, 7, "<b>19,680,000</b>", lines))
    doc = _load(tmp_path, lines)
    page = _program_page(doc, L_PROGRAM)
    assert page.startswith(
        "Program ini menyerap **26,24%** dari pagu Rp75.000.000 (Rp19.680.000), di bawah harapan triwulan 50% "
        "(predikat serapan Rendah); realisasi atau pagunya dipersoalkan temuan kritis (realisasi melebihi pagu pada "
        "sub kegiatan di bawahnya): angka ini bergantung padanya.")
    daftar = summary.daftar_program(doc.evaluasi, doc.temuan).set_index("program")
    program = doc.evaluasi.loc[doc.evaluasi["baris_sumber"] == L_PROGRAM, "program"].iloc[0]
    assert narrative.serapan_sel(daftar.loc[program]) == (
        "26,24% (dipersoalkan temuan kritis: realisasi melebihi pagu pada sub kegiatan di bawahnya)")
    # the office's headline sums that program: hedged by the same rule
    office = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran)
    assert ("; realisasi atau pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM PEMBERDAYAAN "
            "DAN PERLINDUNGAN KOPERASI*: realisasi melebihi pagu pada sub kegiatan di bawahnya)") in office
    assert summary.angka_utama(doc.evaluasi, doc.temuan)["ukuran"].iloc[2] == (
        "Serapan (jumlah realisasi dibagi jumlah pagu) (realisasi atau pagu 1 program dipersoalkan temuan kritis)")


def test_names_cut_after_three_with_the_puebi_comma():
    assert labels.daftar(["A", "B", "C", "D", "E"], batas=3) == "A, B, C, dan 2 lainnya"
    assert labels.daftar(["A", "B", "C"], batas=3) == "A, B, dan C"
