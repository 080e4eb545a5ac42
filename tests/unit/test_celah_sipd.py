"""A gap in Tabel 3.2's printed numbering and the SIPD rows not found in the document (hostile
review REV-J J6, J11; ``reconciliation.celah_sipd``): the gap holds at most as many rows as numbers
are missing, and the rows that may sit there are the SIPD rows not found AND the document's rows
read in Tabel 3.3 only (a 3.3 row matched to no 3.2 row, of a program at the gap). While they are
no more than the numbers missing, the SIPD rows are excused (info); when more may sit there,
which are lost cannot be told: each SIPD row is a peringatan saying so, neither excused (J11: a
row 3.3 shows at the gap may be the lost line) nor blamed as kritis (J6: one of two rows for one
number is certainly not missing from the document).

Variants of the bundled document (data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md) against
its SIPD export; the counts are worked out from the text in the comments.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from renja_analysis import load_document, load_sipd
from renja_analysis.config import ROOT
from renja_analysis.findings.reconciliation import celah_sipd

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"
SIPD = ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"


def _tanpa_baris(tmp_path, no: str):
    """The bundled document with the line of Tabel 3.2's row ``no`` removed."""
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    kepala = next(i for i, line in enumerate(lines) if line.startswith("### 3.2 Review"))
    hapus = next(i for i in range(kepala, len(lines)) if lines[i].startswith(f"{no}\t"))
    path = tmp_path / SUMBER.name
    path.write_text("\n".join(lines[:hapus] + lines[hapus + 1:]), encoding="utf-8")
    return path


def _tidak_ditemukan(doc):
    t = doc.temuan
    m = t[(t["jenis"].astype(str) == "dokumen_vs_sipd") & t["pesan"].str.contains("ada di SIPD tetapi tidak ditemukan")]
    return {n: (k, p) for n, k, p in zip(m["nama"], m["tingkat"].astype(str), m["pesan"])}


def test_two_sipd_rows_for_one_lost_number_are_neither_kritis(tmp_path, sipd_magetan):
    # No 45 (line 424, "Fasilitasi kemitraan koperasi ...", SIPD 2.17.06.2.01.0002) lost between
    # No 44 (kegiatan 2.17.06.2.01) and No 46 (2.17.06.2.01.0004): one number, program 2.17.06.
    # SIPD rows of 2.17.06 not found: 0002 (No 45's) and 0010 ("Fasilitasi Sertifikasi Produk
    # Koperasi", not in the bundled document at all); 3.3 shows no 2.17.06 row that 3.2 lacks.
    # 2 rows for 1 number: one of the two is certainly in the document, the other certainly not
    # sipd_magetan: load_sipd(SIPD), tests/conftest.py (shared: never change it)
    doc = load_document(_tanpa_baris(tmp_path, "45"), sipd=sipd_magetan)
    t = _tidak_ditemukan(doc)
    assert set(t) == {"Fasilitasi kemitraan koperasi yang keanggotaannya daerah kabupaten/kota",
                      "Fasilitasi Sertifikasi Produk Koperasi"}
    for tingkat, pesan in t.values():
        assert tingkat == "peringatan"
        assert ("Nomor baris 45 Tabel 3.2 dokumen tidak ada di teks (temuan nomor_tidak_urut)" in pesan
                and "paling banyak 1 dari 2 baris yang kodenya sesuai dengan posisi itu (2 baris SIPD yang tidak "
                    "ditemukan di dokumen): sedikitnya 1 di antaranya memang tidak ada di Tabel 3.2" in pesan)


@pytest.fixture
def sipd_lebih(tmp_path):
    """The SIPD export plus a sub kegiatan of program 2.17.07 that no table of the document holds."""
    d = json.loads(SIPD.read_text(encoding="utf-8"))
    src = next(r for r in d if r["kode_sub_giat"] == "2.17.07.2.01.0004")
    baru = dict(src, id_sub_giat=99, id_bl=9099, kode_sub_giat="2.17.07.2.01.0099",
                nama_sub_giat="Pelatihan Ekspor Usaha Mikro", pagu=75_000_000, pagu_indikatif=75_000_000,
                pagu_n_depan=75_000_000)
    path = tmp_path / "sipd" / SIPD.name
    path.parent.mkdir()
    path.write_text(json.dumps(d + [baru]), encoding="utf-8")
    return load_sipd(path)


# the fast test(s) of the same finding: test_two_sipd_rows_for_one_lost_number_are_neither_kritis
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_row_in_no_table_is_kritis_without_a_gap(tmp_path, sipd_lebih):
    doc = load_document(SUMBER, sipd=sipd_lebih)
    assert _tidak_ditemukan(doc)["Pelatihan Ekspor Usaha Mikro"][0] == "kritis"


# the fast test(s) of the same finding: test_two_sipd_rows_for_one_lost_number_are_neither_kritis
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_rows_read_in_33_only_count_at_the_gap(tmp_path, sipd_lebih):
    # No 54 (line 437, "Fasilitasi Kemudahan Perijinan Usaha Mikro") lost between No 53 and No 55,
    # both of program 2.17.07: one number. Its 3.3 row (line 492, 2.17.07.2.01.0003) is still read and
    # paired with SIPD, as are 3.3's 2.17.07.2.01.0004 (line 494) and 0013 (line 500), which the
    # bundled 3.2 never lists: 3 rows read in 3.3 only, of program 2.17.07. SIPD's added 0099 is in
    # no table. 1 + 3 rows for 1 number: 0099 is not excused (it was info 'dapat berada di sana').
    # 2.17.06.2.01.0010, not in the bundled document, is of another program: kritis as before
    doc = load_document(_tanpa_baris(tmp_path, "54"), sipd=sipd_lebih)
    t = _tidak_ditemukan(doc)
    assert sorted(t) == ["Fasilitasi Sertifikasi Produk Koperasi", "Pelatihan Ekspor Usaha Mikro"]
    assert t["Fasilitasi Sertifikasi Produk Koperasi"][0] == "kritis"
    tingkat, pesan = t["Pelatihan Ekspor Usaha Mikro"]
    assert tingkat == "peringatan"
    assert ("paling banyak 1 dari 4 baris yang kodenya sesuai dengan posisi itu (1 baris SIPD yang tidak ditemukan "
            "di dokumen dan 3 baris Tabel 3.3 yang tidak ada di Tabel 3.2): sedikitnya 3 di antaranya memang tidak "
            "ada di Tabel 3.2") in pesan
    assert "tidak dinilai sebagai kekurangan dokumen" not in pesan


def test_hand_made_gap_counts_rows_read_in_33_only():
    # 3.2 prints No 1, 2, 4 (No 3 lost); No 1 -> SIPD 1.01.01, No 2 -> 1.01.01.2.01, No 4 -> 1.01.02:
    # the gap lies between programs 1.01.01 and 1.01.02. SIPD row 2 (1.01.01.2.02) is not found.
    rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 3, "no": [1, 2, 4]})
    sp = pd.DataFrame({"kode": ["1.01.01", "1.01.01.2.01", "1.01.01.2.02", "1.01.02", "1.01.03"]})
    doc = type("Doc", (), {"review_rkpd": rv, "pembacaan": None})()
    kosong = pd.DataFrame({"kode": pd.array([pd.NA] * 3, dtype="string"), "baris_review": [11, 12, 13]})
    assert list(celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2], kosong)[0]) == [2]     # 1 row, 1 number: excused
    # a 3.3-only row of program 1.03.01 is past No 4's program: not at the gap, still excused
    jauh = pd.concat([kosong, pd.DataFrame({"kode": ["1.03.01.2.01"], "baris_review": [pd.NA]})], ignore_index=True)
    assert list(celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2], jauh)[0]) == [2]
    # a 3.3-only row of program 1.01.02 may be No 3: 2 rows, 1 number, none excused
    dekat = pd.concat([kosong, pd.DataFrame({"kode": ["1.01.02.2.01"], "baris_review": [pd.NA]})], ignore_index=True)
    maaf, ragu = celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2], dekat)
    assert maaf == {} and "paling banyak 1 dari 2" in ragu[2]
