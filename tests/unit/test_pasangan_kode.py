"""Pairing document rows with SIPD rows: codes before names (hostile review REV-B, D3 and D4).

Two rows whose codes are both known and differ below the urusan/bidang (``kode_bawah``) are
two rows of the Permendagri 90 nomenclature, whatever their names: never paired by name.
The same name under two codes is reported once, naming both; a pair made by name similarity
only (``nama_mirip``) has its differences hedged. Expected values by hand from the bundled
document (``data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md``) and its SIPD fixture
(``tests/data/sipd/dinkop-ukm-magetan.json``):

- 3.3 line 468 codes 2.17.01.2.09.0009 "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan
  Lainnya", its values on line 469 (pagu RKPD Perubahan Rp 25.000.000); SIPD's record 18 is
  X.XX.01.2.09.0009 of the same name and pagu (X.XX is the office's 2.17);
- 3.2 line 447 (no 60) "Pengembang Usaha Mikro", Rp 180.300.000, no code (3.3 does not code
  it); SIPD's record 40 is 2.17.08.2.01.0001 "Pengembangan Usaha Mikro", Rp 180.300.000:
  paired by name similarity (95.2).
"""
from __future__ import annotations

import copy
import json

import pandas as pd
import pytest
from test_sipd import MAGETAN, write_json

from renja_analysis import load_sipd
from renja_analysis.findings.document_realisation import dokumen_vs_realisasi
from renja_analysis.findings.reconciliation import (
    kode_bawah,
    kode_bertentangan,
    nama_sama_kode_beda,
    pasangkan,
    rekonsiliasi,
)

REHAB = "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"
REHAB_SARPRAS = "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya"


def _sub(nama, kode):
    return pd.DataFrame({"level": ["sub_kegiatan"] * len(nama), "nama": nama, "kode": kode})


def test_the_code_below_the_bidang_is_compared_odd_shapes_are_unknown():
    kode = pd.Series(["2.17.01.2.09.0009", "X.XX.01.2.09.0009", "3.31.01.2.09.0009", "2.17.01.2.09.XX",
                      "2.17.01.2.09", None, "2.17.02", "2.17.02.2.01"])
    level = pd.Series(["sub_kegiatan"] * 5 + ["sub_kegiatan", "program", "kegiatan"])
    got = kode_bawah(kode, level)
    # a placeholder below the bidang stands for any sub kegiatan number (REV-C D5: kode_bertentangan)
    assert got.astype(object).where(got.notna(), None).tolist() == [
        "01.2.09.0009", "01.2.09.0009", "01.2.09.0009", "01.2.09.XXXX", None, None, "02", "02.2.01"]


# REV-C D5: codes written without leading zeros, with a trailing dot, a space or a lowercase placeholder
# are the same code as 2.17.01.2.09.0009 (Permendagri 90 segments read as numbers); a comma is not a code
_SAMA = ["2.17.1.2.9.9", "2.17.01.2.09.0009.", "2.17.01.2.09. 0009", "2 .17.01.2.09.0009", "2.17.01.2.09.09",
         "2.17.01.2.9.0009", "2.17.01.2.09.009", "2.17.01.02.09.0009", "x.xx.01.2.09.0009"]


def test_a_code_is_compared_as_numbers_whatever_its_zeros_dots_spaces_and_case():
    got = kode_bawah(pd.Series(_SAMA + ["2,17,01,2,09,0009", "2.17.2.17.01.2.09.0009"]),
                     pd.Series(["sub_kegiatan"] * (len(_SAMA) + 2)))
    assert got.astype(object).where(got.notna(), None).tolist() == ["01.2.09.0009"] * len(_SAMA) + [None, None]


def test_only_two_known_segments_that_differ_are_a_conflict():
    dok = _sub(["A"] * (len(_SAMA) + 3), _SAMA + ["2.17.01.2.XX.0009", "2.17.02.2.xx.0009", "2.17.01.2.09.0010"])
    sipd = _sub(["A", "A"], ["2.17.01.2.09.0009", "X.XX.01.2.9.10"])
    got = kode_bertentangan(dok, sipd).tolist()
    # the nine forms of 0009: the same as 0009, not 0010; kegiatan XX matches any kegiatan (0009 is still not
    # 0010), but program 02 is not program 01
    assert got == [[False, True]] * (len(_SAMA) + 1) + [[True, True], [True, False]]
    for level, a, b in [("program", "2.17.01", "2.17.1"), ("program", "2.17.01", "X.XX.01"),
                        ("kegiatan", "2.17.02.2.01", "2.17.2.2.1"), ("kegiatan", "2.17.01.2.09", "2.17.01.2.09.")]:
        kiri = pd.DataFrame({"level": [level], "nama": ["Nama Baris"], "kode": [a]})
        link = pasangkan(kiri, kiri.assign(kode=b))
        assert link[["kiri", "kanan", "cara"]].values.tolist() == [[0, 0, "nama"]], (a, b)
        assert nama_sama_kode_beda(kiri, kiri.assign(kode=b), link).empty


def test_a_code_without_its_zeros_in_the_document_is_the_sipd_code(tmp_path, bundled_text, bundled, sipd_magetan):
    """REV-C D5 end to end: 3.3 line 471 writes kegiatan 2.17.02.2.01 as 2.17.2.2.1 (a spreadsheet reading
    the segments as numbers). Before: a kritis "berkode 2.17.2.2.1 di dokumen, tetapi di SIPD nama yang sama
    berkode 2.17.02.2.01", a tanpa_pasangan "berkode 2.17.02, bukan 2.17.2" and 2.2 line 269 without its
    code. Now: the same code, the findings against SIPD those of the fixture (4 kritis, 2 peringatan,
    9 info: test_reconciliation), line 269 keeps the code as written and line 270 its 2.17.02.2.01.0001."""
    from renja_analysis import load_document

    old = "2.17.02.2.01\t\tPenerbitan Izin"
    assert bundled_text.count(old) == 1
    path = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan.md"
    path.write_text(bundled_text.replace(old, "2.17.2.2.1\t\tPenerbitan Izin"), encoding="utf-8")
    doc = load_document(path)
    assert not doc.temuan["jenis"].eq("tanpa_pasangan").any()
    ev = doc.evaluasi.set_index("baris_sumber")
    assert ev.loc[[269, 270], "kode"].tolist() == ["2.17.2.2.1", "2.17.02.2.01.0001"]
    _, temuan = rekonsiliasi(doc, sipd_magetan)          # load_sipd(MAGETAN), tests/conftest.py (shared)
    t = temuan[temuan["jenis"] == "dokumen_vs_sipd"]
    assert t["tingkat"].value_counts().to_dict() == {"info": 9, "kritis": 4, "peringatan": 2}
    assert not t["pesan"].str.contains("2.17.2.2.1", regex=False).any()


def test_two_codes_are_never_paired_by_a_similar_name():
    # REV-B r5: distinct rows of the nomenclature, similar enough by name to pair (81.9; 95.2; 90.8)
    dok = pd.DataFrame({"level": ["sub_kegiatan", "sub_kegiatan", "kegiatan"],
                        "nama": [REHAB, "Penyediaan Peralatan dan Perlengkapan Kantor",
                                 "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"],
                        "kode": ["2.17.01.2.09.0009", "2.17.01.2.06.0002", "2.17.01.2.09"]})
    sipd = pd.DataFrame({"level": ["sub_kegiatan", "sub_kegiatan", "kegiatan"],
                         "nama": [REHAB_SARPRAS, "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
                                  "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"],
                         "kode": ["2.17.01.2.09.0010", "2.17.01.2.08.0003", "2.17.01.2.07"]})
    assert pasangkan(dok, sipd).empty
    assert nama_sama_kode_beda(dok, sipd, pasangkan(dok, sipd)).empty     # other names: simply other rows
    # a row without a code is still paired by its similar name (and hedged where it is reported)
    got = pasangkan(dok.assign(kode=[None, "2.17.01.2.06.0002", None]), sipd)
    assert got[["kiri", "kanan", "cara"]].values.tolist() == [[0, 0, "nama_mirip"], [2, 2, "nama_mirip"]]


def test_the_same_name_under_another_code_is_not_a_pair_but_is_named():
    dok = _sub([REHAB, "Penyediaan Gaji dan Tunjangan ASN", "Evaluasi Kinerja Perangkat Daerah"],
               ["2.17.01.2.09.0009", "2.17.01.2.02.0001", "2.17.01.2.01.0007"])
    # the office's second bidang (3.31) on a shared program: the same row below the bidang
    sipd = _sub([REHAB, "Penyediaan Gaji dan Tunjangan ASN", "Evaluasi Kinerja Perangkat Daerah"],
                ["X.XX.01.2.09.0010", "3.31.01.2.02.0001", "2.17.01.2.01.0007.XX"])
    link = pasangkan(dok, sipd)
    assert link[["kiri", "kanan", "cara"]].values.tolist() == [[1, 1, "nama"], [2, 2, "nama"]]
    assert nama_sama_kode_beda(dok, sipd, link).values.tolist() == [[0, 0]]


def _magetan(tmp_path, ubah):
    records = copy.deepcopy(json.loads(MAGETAN.read_text(encoding="utf-8")))
    for r in records:
        ubah(r)
    return load_sipd(write_json(tmp_path / "magetan", records, "dinkop.json"))


def _sub_kegiatan_0009(r):
    if r["kode_sub_giat"] == "X.XX.01.2.09.0009":
        r.update(kode_sub_giat="X.XX.01.2.09.0010", nama_sub_giat=REHAB_SARPRAS, pagu=40_000_000,
                 pagu_indikatif=40_000_000, pagu_n_depan=40_000_000)
    for k in [k for k in r if k.startswith("total_pagu")]:
        r.pop(k)                                # the stated totals are not what this test is about


def test_another_sub_kegiatan_of_similar_name_is_no_pagu_difference(tmp_path, bundled):
    """REV-B r6: SIPD holds 2.09.0010 (Rp 40.000.000) instead of the document's 2.09.0009 (Rp 25.000.000).
    Before: paired by name (81.9), kritis "dokumen lebih kecil Rp15.000.000" and "pakai nama nomenklatur
    SIPD". Truth: each is on one side only."""
    tabel, temuan = rekonsiliasi(bundled, _magetan(tmp_path, _sub_kegiatan_0009))
    rows = tabel[tabel["kode"].eq("2.17.01.2.09.0009").fillna(False) | tabel["kode_sipd"].eq("X.XX.01.2.09.0010")
                 .fillna(False)]
    assert rows[["kecocokan", "pagu_dokumen_rp", "pagu_sipd_rp"]].astype(object).values.tolist() == [
        ["hanya_dokumen", 25_000_000, pd.NA], ["hanya_sipd", pd.NA, 40_000_000]]
    sub = temuan[temuan["pesan"].str.contains("Rehabilitasi")]
    assert sub[["tingkat", "baris_sumber", "baris_pembanding", "nilai_rp"]].astype(object).values.tolist() == [
        ["kritis", 469, pd.NA, 25_000_000], ["kritis", pd.NA, 18, 40_000_000]]
    assert not temuan["pesan"].str.contains("nomenklatur SIPD.*Rehabilitasi|Rehabilitasi.*nomenklatur").any()


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_the_same_name_under_another_code_is_one_finding_naming_both(tmp_path, bundled):
    """REV-B r7: SIPD writes the document's sub kegiatan under X.XX.01.2.09.0010. Before: matched by name,
    no finding. Now one kritis naming both codes and both pagu (Rp 25.000.000 each), nothing compared;
    every other finding of the fixture as it was (4 kritis, 2 peringatan, 9 info: test_reconciliation)."""
    def ubah(r):
        if r["kode_sub_giat"] == "X.XX.01.2.09.0009":
            r["kode_sub_giat"] = "X.XX.01.2.09.0010"
    tabel, temuan = rekonsiliasi(bundled, _magetan(tmp_path, ubah))
    assert tabel.loc[tabel["kode"].eq("2.17.01.2.09.0009").fillna(False), "kecocokan"].tolist() == ["hanya_dokumen"]
    assert tabel.loc[tabel["kode_sipd"].eq("X.XX.01.2.09.0010").fillna(False), "kecocokan"].tolist() == ["hanya_sipd"]
    t = temuan[temuan["jenis"] == "dokumen_vs_sipd"]
    assert t["tingkat"].value_counts().to_dict() == {"info": 9, "kritis": 5, "peringatan": 2}
    hit = t[t["pesan"].str.contains("2.09.0009|2.09.0010", regex=True)]
    assert hit[["tingkat", "kolom", "baris_sumber", "baris_pembanding", "nilai_rp"]].astype(object).values.tolist() \
        == [["kritis", "kode", 469, 18, 25_000_000]]
    pesan = hit["pesan"].iloc[0].replace("\xa0", " ")
    assert "2.17.01.2.09.0009 di dokumen" in pesan and "berkode X.XX.01.2.09.0010" in pesan
    assert "dokumen Rp25.000.000; SIPD Rp25.000.000" in pesan and "tidak dibandingkan" in pesan


def test_a_pagu_difference_of_a_pair_by_similar_name_is_hedged(tmp_path, bundled):
    """SIPD's 2.17.08.2.01.0001 "Pengembangan Usaha Mikro" at Rp 190.300.000 against the document's
    uncoded "Pengembang Usaha Mikro" Rp 180.300.000 (3.2 line 447): paired by similarity only, so the
    Rp 10.000.000 is a peringatan naming the pair (before: kritis "pagu dokumen Renja harus sama")."""
    def ubah(r):
        if r["kode_sub_giat"] == "2.17.08.2.01.0001":
            r.update(pagu=190_300_000, pagu_indikatif=190_300_000)
        for k in [k for k in r if k.startswith("total_pagu")]:
            r.pop(k)
    _, temuan = rekonsiliasi(bundled, _magetan(tmp_path, ubah))
    hit = temuan[temuan["baris_sumber"].eq(447).fillna(False) & temuan["kolom"].eq("pagu_rp")]
    assert hit[["tingkat", "nilai_rp"]].astype(object).values.tolist() == [["peringatan", 10_000_000]]
    pesan = hit["pesan"].iloc[0].replace("\xa0", " ")
    assert "dipasangkan menurut kemiripan nama dengan Pengembangan Usaha Mikro, skor 95" in pesan
    assert "dokumen lebih kecil Rp10.000.000" in pesan
    rename = temuan[temuan["baris_sumber"].eq(447).fillna(False) & temuan["kolom"].eq("nama")]["pesan"].iloc[0]
    assert "bila memang sub kegiatan yang sama, pakai nama nomenklatur SIPD" in rename


def test_realisation_the_same_name_under_another_code_is_one_finding(tmp_path, dokumen_realisasi):
    """The realisation fixture (tests/data/dokumen-realisasi/README.md) with the document's Tabel 2.2
    coding "Pengelolaan Pelayanan Kesehatan Ibu Bersalin" (line 29, Rp 9.100.000) 1.02.02.2.02.0004, while
    SIPD's lines carry the name under 1.02.02.2.02.0002 (Rp 9.100.000 to March). Before: paired by name,
    "sama", no finding. Now not paired: one peringatan at line 29 naming both codes; the SIPD row stands
    alone without a finding of its own."""
    import shutil

    from sipd_realisasi_fixture import DATA as REALISASI

    from renja_analysis.config import ROOT
    from renja_analysis.load import load_sipd_realisasi

    folder = tmp_path / "campur"
    shutil.copytree(REALISASI, folder, ignore=shutil.ignore_patterns("*.md"))
    shutil.copy(ROOT / "tests" / "data" / "sipd-nyata" / "dinas-kesehatan-indikator.json", folder / "renja.json")
    doc = copy.copy(dokumen_realisasi)      # shared: the copy gets its own evaluasi below
    ev = doc.evaluasi.copy()
    ev["kode"] = ev["kode"].astype("string").mask(ev["baris_sumber"].eq(29), "1.02.02.2.02.0004")
    doc.evaluasi = ev
    tabel, temuan, _, _ = dokumen_vs_realisasi(doc, load_sipd_realisasi(folder))
    rows = tabel[tabel["kode"].isin(["1.02.02.2.02.0004", "1.02.02.2.02.0002"])]
    assert rows[["baris_dokumen", "status", "realisasi_sipd_rp"]].astype(object).values.tolist() == [
        [29, "hanya_dokumen", pd.NA], [pd.NA, "hanya_sipd", 9_100_000]]
    # the README's findings with the plan, and line 29's in place of its "sama" (no finding); 0002 none
    got = temuan[["tingkat", "kolom", "baris_sumber", "nilai_rp"]].astype(object)
    assert got.where(got.notna(), None).values.tolist() == [
        ["info", "pemda", None, None],
        ["info", "realisasi_rp", 20, 10_000],
        ["peringatan", "realisasi_rp", 23, 6_000_000],
        ["peringatan", "kode", 29, 9_100_000],
        ["kritis", "realisasi_rp", 32, 45_000_000],
        ["peringatan", "realisasi_rp", None, 3_000_000]]
    hit = temuan[temuan["pesan"].str.contains("Ibu Bersalin")]
    pesan = hit["pesan"].iloc[0].replace("\xa0", " ")
    assert "berkode 1.02.02.2.02.0004 di dokumen" in pesan and "berkode 1.02.02.2.02.0002 (realisasi Rp9.100.000" in pesan
