"""The bundled document reconciled with the SIPD fixture of its office (rekonsiliasi).

How the fixture was made (tests/sipd_fixture.py): one record per sub kegiatan of 3.2's
hasil analisis side and of 3.3's coded rows, with 3.3's values where 3.3 codes the row,
SIPD's names as SIPD spells them, and these planted differences. So, by hand:

- document rows: 62 of 3.2 + the two 3.3 rows found in no 3.2 row (2.17.07.2.01.0004 and
  .0013, pagu 0) = 64; SIPD rows: 8 programs + 15 kegiatan + 41 sub kegiatan = 64;
- matched by code: the 17 coded 3.3 rows (19 records, two lost their name line); X.XX.01 in
  SIPD is 2.17.01 in the document (the office is 2.17.0.00...);
- by fuzzy name: Cetak/Cetakan (no 14), the cut names of nos 31 and 46, Pengembang/Pengembangan
  (no 60) = 4; the other 64 - 17 - 4 - 1 = 42 by exact normalised name;
- only in the document: Penumbuhan dan Pengembangan Kewirausahaan (no 61, left out of SIPD);
  only in SIPD: 2.17.06.2.01.0010 (added);
- pagu (kritis): Pemulihan 1.513.500.000 vs 1.500.000.000, and so its kegiatan and program
  1.652.700.000 vs 1.639.200.000 (3.3 lines 497, 489, 488); 2.17.08's kegiatan and program
  210.300.000 vs 200.300.000 (3.2 lines 446, 445) = 5;
- target (peringatan): no 39 (line 418) 20 vs 25 = 1; unit (peringatan): 2.08.0003 (line 462)
  Laporan vs Paket = 1;
- name (info): the four fuzzy matches + the two Kemiripan/Kemitraan rows matched by code
  (3.3 lines 489, 491) = 6;
- missing (kritis): 1 + 1 = 2. In all 15 findings dokumen_vs_sipd: 7 kritis, 2 peringatan, 6 info.
"""
from __future__ import annotations

import pandas as pd
import pytest
from test_sipd import DINKES, FOLDER, MAGETAN

from renja_analysis import RenjaParseError, load_document, load_sipd
from renja_analysis.cli import main
from renja_analysis.findings.reconciliation import baris_dokumen, pasangkan, pilih_perangkat_daerah


@pytest.fixture(scope="module")
def doc():
    return load_document(sipd=MAGETAN)


def test_document_rows(bundled):
    rows = baris_dokumen(bundled)
    assert len(rows) == 64
    # 17 coded 3.3 rows: 15 lend their values to a 3.2 row, 2 stand alone; 62 - 15 = 47 rows keep 3.2's
    assert rows["tabel"].value_counts().to_dict() == {"Tabel 3.2 (Review P-RKPD)": 47, "Tabel 3.3 (Rencana Perubahan)": 17}
    # 3.3's Pemulihan lends its code and RKPD Perubahan pagu to 3.2's no 55 (line 438)
    pemulihan = rows[rows["kode"] == "2.17.07.2.01.0008"].iloc[0]
    assert (pemulihan["baris_sumber"], pemulihan["baris_review"], pemulihan["pagu_rp"]) == (497, 438, 1_513_500_000)


def test_matching(doc):
    r = doc.rekonsiliasi
    assert r["kecocokan"].astype(str).value_counts().to_dict() == {
        "nama": 42, "kode": 17, "nama_mirip": 4, "hanya_dokumen": 1, "hanya_sipd": 1}
    support = r[r["kode"] == "2.17.01.2.09"].iloc[0]
    assert (support["kode_sipd"], support["kecocokan"]) == ("X.XX.01.2.09", "kode")
    assert r.loc[r["kecocokan"] == "hanya_dokumen", "nama_dokumen"].tolist() == ["Penumbuhan dan Pengembangan Kewirausahaan"]
    assert r.loc[r["kecocokan"] == "hanya_sipd", "kode_sipd"].tolist() == ["2.17.06.2.01.0010"]


def test_findings(doc):
    t = doc.temuan[doc.temuan["jenis"] == "dokumen_vs_sipd"]
    assert len(t) == 15
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 7, "info": 6, "peringatan": 2}
    pagu = t[t["kolom"] == "pagu_rp"]
    assert sorted(zip(pagu["baris_sumber"], pagu["nilai_dokumen"], pagu["nilai_hitung"])) == [
        (445, 210_300_000, 200_300_000), (446, 210_300_000, 200_300_000), (488, 1_652_700_000, 1_639_200_000),
        (489, 1_652_700_000, 1_639_200_000), (497, 1_513_500_000, 1_500_000_000)]
    # both cells named: the SIPD record of the program 2.17.08 is record 40, of Pemulihan record 36
    assert pagu.set_index("baris_sumber").loc[[445, 497], "baris_pembanding"].tolist() == [40, 36]
    target = t[t["kolom"] == "target"].iloc[0]
    assert (target["baris_sumber"], target["nilai_dokumen"], target["nilai_hitung"]) == (418, 20, 25)
    satuan = t[t["kolom"] == "satuan"].iloc[0]
    assert satuan["baris_sumber"] == 462 and "\u201cLaporan\u201d" in satuan["pesan"] and "\u201cPaket\u201d" in satuan["pesan"]
    assert sorted(t.loc[t["kolom"] == "nama", "baris_sumber"]) == [379, 406, 425, 447, 489, 491]
    missing = t[t["kolom"] == "kode"]
    assert missing["baris_sumber"].tolist()[0] == 448 and pd.isna(missing["baris_sumber"].iloc[1])
    assert missing["baris_pembanding"].tolist()[1] == 32        # the SIPD-only record


def test_document_alone_is_unchanged(bundled, doc):
    """Without SIPD the bundled document keeps its 44 findings (and their categories)."""
    # 44 findings before the ambiguous cells were reported + 8 angka_ambigu (5 serapan of Tabel 2.2,
    # 3 targets of Tabel 3.1)
    assert len(bundled.temuan) == 52 and bundled.sipd is None and bundled.rekonsiliasi is None
    assert len(doc.temuan) == 52 + 15
    base = doc.temuan[doc.temuan["jenis"] != "dokumen_vs_sipd"].reset_index(drop=True)
    pd.testing.assert_frame_equal(base.astype({"jenis": str}), bundled.temuan.astype({"jenis": str}))


def test_the_pemda_folder_picks_the_documents_office(bundled):
    s = load_sipd(FOLDER)
    assert pilih_perangkat_daerah(s, bundled) == "2.17.0.00.0.00.01.0000"
    doc = load_document(sipd=s)                                 # a SipdData object is accepted too
    assert len(doc.temuan[doc.temuan["jenis"] == "dokumen_vs_sipd"]) == 15


def test_another_office_alone_is_refused(bundled):
    """The Dinkes export shares only support-program names with the document: not its office."""
    with pytest.raises(RenjaParseError, match="perangkat daerah dokumen tidak ditemukan di data SIPD.*DINAS KESEHATAN"):
        pilih_perangkat_daerah(load_sipd(DINKES), bundled)


def test_pasangkan_code_then_name_then_fuzzy_one_to_one():
    left = pd.DataFrame({"nama": ["Satu", "Pengembang Usaha Mikro", "Dua", "Tiga"],
                         "level": ["program", "sub_kegiatan", "sub_kegiatan", "kegiatan"],
                         "kode": ["1.01.02", None, None, None]})
    right = pd.DataFrame({"nama": ["Lain sama sekali", "DUA", "Pengembangan Usaha Mikro", "Tiga", "Dua"],
                          "level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
                          "kode": ["1.01.02", None, None, None, None]})
    got = pasangkan(left, right).values.tolist()
    # code beats a different name; "Dua" takes the first free exact match; "Tiga" is a kegiatan on the
    # left and a sub kegiatan on the right: no match across levels
    assert got == [[0, 0, "kode", 100.0], [1, 2, "nama_mirip", 95.2], [2, 1, "nama", 100.0]]


def test_check_with_sipd(capsys):
    code = main(["check", "--sipd", str(MAGETAN)])
    out = capsys.readouterr().out
    assert code == 0
    # 44 findings of the document alone (before the ambiguous cells were reported) + 8 angka_ambigu
    # (5 serapan of Tabel 2.2, 3 targets of Tabel 3.1) + 15 dokumen_vs_sipd = 67
    assert "Temuan untuk renja-perubahan-2024-dinkop-ukm-magetan.md: 67 baris" in out
    assert "dokumen_vs_sipd              6          2      7" in out
    assert ("cocok menurut kode 17, nama 42, nama mirip 4; hanya di dokumen 1, hanya di SIPD 1") in out
    assert "Dokumen vs SIPD dinkop-ukm-magetan.json, baris -: Sub kegiatan 2.17.06.2.01.0010" in out
    assert main(["check", "--sipd", str(MAGETAN), "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", "--sipd", str(DINKES)]) == 2
    assert "perangkat daerah dokumen tidak ditemukan" in capsys.readouterr().err
