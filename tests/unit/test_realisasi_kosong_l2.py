"""A program whose own realisation cell is empty: the office's headline and verdict count it by the
corpus's rule (``comparison.realisasi_program``: its kegiatan's sum, else its sub kegiatan's, else
unknown), never as 0 (REV-F F8 on one document). Expected values derived by hand from
tests/data/renja-mini.md, Tabel 2.2:

- PROGRAM PENUNJANG: pagu 30.000.000, realisasi 12.000.000 (its own cell);
- PROGRAM PENGEMBANGAN UMKM: pagu 50.000.000, own cell 45.000.000 (blanked below), its kegiatan
  45.000.000, its sub kegiatan 29.000.000 + 16.000.000 = 45.000.000.

With the UMKM cell blank: realisasi 12 + 45 = 57 juta of 80 juta = 71,25 % (the old headline
summed the empty cell as 0: 12 / 80 = 15,00 %, Sangat Rendah at TW II).
"""
import pandas as pd
import pytest
from conftest import first_fast

from renja_analysis import load_document
from renja_analysis.present import narrative, summary

PROGRAM = "PROGRAM PENGEMBANGAN UMKM\tPresentase UMKM"
KEGIATAN = "Kegiatan Pengembangan Usaha Mikro dengan Orientasi"
SUB = "Penumbuhan dan Pengembangan Kewirausahaan\tJumlah Orang"


def _kosongkan(line: str, rp: str, persen: str) -> str:
    cells = line.split("\t")
    assert cells[7] == rp and cells[9] == persen, cells          # realisasi Rp (col 8) and serapan (col 10)
    cells[7] = cells[9] = ""
    return "\t".join(cells)


def _dokumen(tmp_path, mini_path, *awalan):
    """The mini document with the realisasi Rp and serapan cells of the Tabel 2.2 rows starting with
    ``awalan`` left empty."""
    text = mini_path.read_text(encoding="utf-8")
    tabel22 = text.index("Tabel 2.2\n")
    head, tail = text[:tabel22], text[tabel22:].split("\n")
    nilai = {PROGRAM: ("45.000.000", "90"), KEGIATAN: ("45.000.000", "90"), SUB: ("16.000.000", "80")}
    for i, line in enumerate(tail):
        for a in awalan:
            if line.startswith(a):
                tail[i] = _kosongkan(line, *nilai[a])
    path = tmp_path / "renja-mini-kosong.md"
    path.write_text(head + "\n".join(tail), encoding="utf-8")
    return load_document(path)


def _angka(doc):
    return summary.angka_utama(doc.evaluasi, doc.temuan).set_index("ukuran")["nilai"]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("awalan", first_fast([((PROGRAM,),), ((PROGRAM, KEGIATAN),)]))
def test_headline_takes_the_empty_program_cell_from_its_kegiatan(tmp_path, mini_path, awalan):
    doc = _dokumen(tmp_path, mini_path, *awalan)
    umkm = doc.evaluasi[doc.evaluasi["nama"] == "PROGRAM PENGEMBANGAN UMKM"]
    assert umkm["realisasi_rp"].isna().all()                           # the cell stays empty in the table
    a = _angka(doc)
    label = ("Realisasi s.d. triwulan (realisasi 1 program yang selnya kosong diambil dari jumlah realisasi "
             "kegiatan atau sub kegiatannya)")
    assert a["Pagu (APBD)"] == 80_000_000
    assert a[label] == 57_000_000                                      # 12 juta + 45 juta, not 12 juta
    assert a["Serapan (jumlah realisasi dibagi jumlah pagu)"] == pytest.approx(71.25)   # not 15,00
    teks = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, triwulan=2, triase=False)
    # 71,25 / 50 = 142,5 % of the expectation: Sangat Tinggi (the old 15 % was 30 %: Sangat Rendah)
    assert ("serapan 2 program **71,25%** (Rp57.000.000 dari pagu Rp80.000.000), di atas harapan linear 50% "
            "(predikat serapan Sangat Tinggi).") in teks
    assert ("Realisasi 1 program yang selnya kosong di Tabel 2.2 diambil dari jumlah realisasi kegiatan atau "
            "sub kegiatannya.") in teks
    # the program is not listed as low: 45 / 50 = 90 %, not 0,00 %
    assert "Program dengan serapan di bawah" not in teks


def test_headline_unknown_where_no_child_states_every_realisation(tmp_path, mini_path):
    # program, kegiatan and one of the two sub kegiatan empty: the program's realisation is not known
    doc = _dokumen(tmp_path, mini_path, PROGRAM, KEGIATAN, SUB)
    a = _angka(doc)
    # the program's own cell is empty and its rows cannot give it (its kegiatan and one sub kegiatan are
    # empty too; the other sub kegiatan states 29 juta): not "empty in every row below"
    label = "Realisasi s.d. triwulan (realisasi 1 program kosong dan tidak dapat dibaca dari rinciannya: " \
            "tidak diketahui)"
    assert pd.isna(a[label]) and pd.isna(a["Serapan (jumlah realisasi dibagi jumlah pagu)"])
    teks = narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, triwulan=2, triase=False)
    assert ("serapan 2 program tidak dapat dihitung: realisasi 1 program kosong di Tabel 2.2 dan tidak dapat "
            "dibaca dari rinciannya.") in teks
    assert "realisasi tidak diketahui, serapan tidak dapat dihitung (harapan 50%)" in teks
    assert "15,00%" not in teks


def test_headline_unchanged_where_every_program_states_its_own(mini):
    a = _angka(mini)
    # 12 juta + 45 juta of 30 juta + 50 juta
    assert a["Realisasi s.d. triwulan"] == 57_000_000
    assert a["Serapan (jumlah realisasi dibagi jumlah pagu)"] == pytest.approx(71.25)
