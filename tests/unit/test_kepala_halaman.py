"""A program or kegiatan row printed again at the top of a page with its money (REV-N N6).

Some PDFs carry the group row over to the next page: right under the repeated column header
the program (or kegiatan) still open is printed again with its name, pagu and realisation but
no indicator. It is not a new row (``tables.evaluation._set_aside_repeated_heads``): set aside
with ``baris_tidak_terbaca`` (peringatan), its sub kegiatan stay under the row above, its money
is counted once.

The fixture is tests/data/renja-mini.md, whose Tabel 2.2 breaks its page between kegiatan K1
(line 30) and K1's first sub kegiatan (line 36, right under the repeated header, lines 33-35).
Worked out by hand from its cells: program P1 (line 29) 30.000.000 / 12.000.000, its kegiatan
K1 (line 30) the same, K1's sub kegiatan 10.000.000 + 20.000.000 = 30.000.000 and
4.000.000 + 8.000.000 = 12.000.000; program P2 (line 38) 50.000.000. The programs' pagu add
up to 30 + 50 = 80.000.000. Eight rows (2 program, 2 kegiatan, 4 sub kegiatan).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import first_fast

from renja_analysis import load_document

MINI = (Path(__file__).resolve().parents[1] / "data" / "renja-mini.md").read_text(encoding="utf-8").split("\n")
P1 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA"
K1 = "Kegiatan Administrasi Umum Perangkat Daerah"
P2 = "PROGRAM PENGEMBANGAN UMKM"
#: 0-based index of K1's first sub kegiatan, the first row of page 2 (line 36)
TOP = next(i for i, ln in enumerate(MINI) if ln.startswith("Penyediaan Bahan Logistik Kantor\t"))
HEADER = MINI[TOP - 3:TOP]              # the repeated column header of Tabel 2.2 (3 lines)
LEVELS = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
          "program", "kegiatan", "sub_kegiatan", "sub_kegiatan"]


def head(nama: str, pagu: str = "30.000.000", real: str = "12.000.000", serapan: str = "40") -> str:
    """A group row carried over: name, pagu, realisation Rp and the serapan %, no indicator."""
    return "\t".join([nama, "", "", "", pagu, "", "", real, "", serapan, "", ""])


def read(tmp_path: Path, lines: list[str]):
    p = tmp_path / "m.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    return load_document(p)


def at_top(*new: str) -> list[str]:
    """The fixture with ``new`` lines right under page 2's column header (from line 36 on)."""
    return MINI[:TOP] + list(new) + MINI[TOP:]


def _kinds(doc, jenis: str):
    t = doc.temuan
    return t[t["jenis"].astype(str) == jenis]


def _held(doc, set_aside: list[int], pembanding: list[int]) -> None:
    ev = doc.evaluasi
    assert ev["level"].astype(str).tolist() == LEVELS
    assert ev["baris_sumber"].tolist() == [29, 30, 36 + len(set_aside), 37 + len(set_aside),
                                           38 + len(set_aside), 39 + len(set_aside),
                                           40 + len(set_aside), 41 + len(set_aside)]
    # K1's two sub kegiatan are K1's (not a second program's or kegiatan's)
    assert ev.loc[ev["level"] == "sub_kegiatan", "kegiatan"].tolist()[:2] == [K1, K1]
    assert float(ev.loc[ev["level"] == "program", "pagu_rp"].sum()) == 80_000_000
    assert _kinds(doc, "jumlah_tidak_cocok").empty
    bt = _kinds(doc, "baris_tidak_terbaca")
    assert bt["baris_sumber"].tolist() == set_aside
    assert (bt["tingkat"].astype(str) == "peringatan").all()
    assert bt["baris_pembanding"].tolist() == pembanding
    assert bt["pesan"].str.contains("mengulang nama dan angka baris").all()
    assert _kinds(doc, "baris_ganda").empty
    t22 = doc.pembacaan.set_index("tabel").loc["Tabel 2.2"]
    assert bool(t22["terbaca_utuh"]) and int(t22["baris_disisihkan"]) == len(set_aside)
    assert int(t22["baris_data"]) == 8


# the fast test(s) of the same finding: test_bold_repeat_in_the_middle_of_the_kegiatan,
# test_full_row_repeated_stays_a_duplicate
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_fixture_reads_as_described(tmp_path):
    doc = read(tmp_path, MINI)
    assert MINI[28].startswith("<b>" + P1) and MINI[TOP - 4] == "" and MINI[TOP - 3].startswith("Program, Kegiatan")
    _held(doc, [], [])


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
# the fast test(s) of the same finding: test_bold_repeat_in_the_middle_of_the_kegiatan,
# test_full_row_repeated_stays_a_duplicate
@pytest.mark.slow  # a fast test of its section checks the same finding
@pytest.mark.parametrize("nama, asal", first_fast([(P1, 29), (K1, 30), (P1 + " (Lanjutan)", 29)]))
def test_program_or_kegiatan_repeated_with_its_money_at_the_top_of_a_page(tmp_path, nama, asal):
    # old: a second program (kegiatan) at line 36 took K1's sub kegiatan: jumlah_tidak_cocok kritis
    # on lines 29/30 and 36, program pagu summed 110.000.000
    _held(read(tmp_path, at_top(head(nama))), [36], [asal])


# the fast test(s) of the same finding: test_bold_repeat_in_the_middle_of_the_kegiatan,
# test_full_row_repeated_stays_a_duplicate
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_program_and_kegiatan_both_repeated(tmp_path):
    _held(read(tmp_path, at_top(head(P1), head(K1))), [36, 37], [29, 30])


def test_bold_repeat_in_the_middle_of_the_kegiatan(tmp_path):
    """REV-N's b3: the page break between K1's two sub kegiatan, the head in bold as its row."""
    sub2 = TOP + 1
    lines = MINI[:sub2] + ["", ""] + HEADER + ["\t".join("<b>" + c + "</b>" if c else c
                                                         for c in head(P1).split("\t"))] + MINI[sub2:]
    doc = read(tmp_path, lines)
    ev = doc.evaluasi
    assert ev["level"].astype(str).tolist() == LEVELS
    assert float(ev.loc[ev["level"] == "program", "pagu_rp"].sum()) == 80_000_000
    assert _kinds(doc, "jumlah_tidak_cocok").empty
    bt = _kinds(doc, "baris_tidak_terbaca")
    assert bt["baris_sumber"].tolist() == [42] and bt["baris_pembanding"].tolist() == [29]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("pagu, real, serapan", first_fast([("25.000.000", "12.000.000", "48"),    # other pagu
                                                 ("30.000.000", "11.000.000", ""),      # other realisation
                                                 ("30.000.000", "", "")]))               # realisation left out
@pytest.mark.slow  # a fast test of its section checks the same finding (test_full_row_repeated_stays_a_duplicate)
def test_other_money_is_a_row(tmp_path, pagu, real, serapan):
    """Money that is not the open row's: a row as before (a new program of the same name)."""
    doc = read(tmp_path, at_top(head(P1, pagu, real, serapan)))
    ev = doc.evaluasi
    assert len(ev) == 9 and 36 in ev["baris_sumber"].tolist()
    assert _kinds(doc, "baris_tidak_terbaca").empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_full_row_repeated_stays_a_duplicate)
def test_not_at_the_top_of_a_page_is_a_row(tmp_path):
    # between K1's two sub kegiatan on the same page: no page header above it
    doc = read(tmp_path, MINI[:TOP + 1] + [head(P1)] + MINI[TOP + 1:])
    assert len(doc.evaluasi) == 9 and 37 in doc.evaluasi["baris_sumber"].tolist()
    assert _kinds(doc, "baris_tidak_terbaca").empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_full_row_repeated_stays_a_duplicate)
def test_closed_program_repeated_is_a_row(tmp_path):
    """P1 is closed once P2 begins: P1's name and money at the top of a page inside P2 is no carried head."""
    k2_sub = next(i for i in range(TOP, len(MINI)) if MINI[i].startswith("Pengembangan Usaha Mikro\t"))
    doc = read(tmp_path, MINI[:k2_sub] + ["", ""] + HEADER + [head(P1)] + MINI[k2_sub:])
    line = k2_sub + 6
    assert line in doc.evaluasi["baris_sumber"].tolist() and len(doc.evaluasi) == 9
    assert _kinds(doc, "baris_tidak_terbaca").empty


def test_full_row_repeated_stays_a_duplicate(tmp_path):
    """The whole row, indicator included, repeated at the page top: baris_ganda kritis, as before."""
    doc = read(tmp_path, at_top(MINI[28]))
    assert len(doc.evaluasi) == 8
    bg = _kinds(doc, "baris_ganda")
    assert bg["baris_sumber"].tolist() == [36] and bg["tingkat"].astype(str).tolist() == ["kritis"]
    assert _kinds(doc, "baris_tidak_terbaca").empty
