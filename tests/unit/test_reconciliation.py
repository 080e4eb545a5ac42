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
- pagu (kritis): Pemulihan 1.513.500.000 vs 1.500.000.000 (3.3 line 497); 2.17.08's kegiatan
  210.300.000 vs 200.300.000 (3.2 line 446) = 2. Pemulihan's kegiatan and program (1.652.700.000 vs
  1.639.200.000, 3.3 lines 489, 488) and 2.17.08's program (3.2 line 445) differ by exactly their
  children's difference (13.500.000; 10.000.000): one problem, one finding, so info = 3. (2.17.08's
  kegiatan differs by the pagu of its sub kegiatan found only in the document, which is not in
  the children's sum: it stays kritis);
- target (peringatan): no 39 (line 418) 20 vs 25 = 1; unit (peringatan): 2.08.0003 (line 462)
  Laporan vs Paket = 1;
- name (info): the four fuzzy matches + the two Kemiripan/Kemitraan rows matched by code
  (3.3 lines 489, 491) = 6;
- missing (kritis): 1 + 1 = 2. In all 15 findings dokumen_vs_sipd: 4 kritis, 2 peringatan, 9 info.
"""
from __future__ import annotations

import copy
import json

import pandas as pd
import pytest
from test_sipd import DINKES, MAGETAN, rec, write_json

from renja_analysis import RenjaParseError, load_document, load_sipd
from renja_analysis.cli import main
from renja_analysis.findings.reconciliation import (
    SipdTidakSepadan,
    baris_dokumen,
    identitas_dokumen,
    pasangkan,
    periksa_kesesuaian,
    pilih_perangkat_daerah,
    rekonsiliasi,
)
from renja_analysis.load import dokumen_sipd


@pytest.fixture(scope="module")
def doc(bundled_magetan):
    """``load_document(sipd=MAGETAN)``, read once per test process (tests/conftest.py)."""
    return bundled_magetan


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
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 4, "info": 9, "peringatan": 2}
    pagu = t[t["kolom"] == "pagu_rp"]
    assert sorted(zip(pagu["baris_sumber"], pagu["nilai_dokumen"], pagu["nilai_hitung"])) == [
        (445, 210_300_000, 200_300_000), (446, 210_300_000, 200_300_000), (488, 1_652_700_000, 1_639_200_000),
        (489, 1_652_700_000, 1_639_200_000), (497, 1_513_500_000, 1_500_000_000)]
    # both cells named: the SIPD record of the program 2.17.08 is record 40, of Pemulihan record 36
    assert pagu.set_index("baris_sumber").loc[[445, 497], "baris_pembanding"].tolist() == [40, 36]
    # the kritis are the children's differences, with their rupiah at stake; the parents' (the same
    # rupiah) are info and carry none: 10.000.000 (446) and 13.500.000 (497) counted once
    by_line = pagu.set_index("baris_sumber")
    assert by_line["tingkat"].astype(str).to_dict() == {445: "info", 446: "kritis", 488: "info", 489: "info",
                                                        497: "kritis"}
    assert by_line["nilai_rp"].dropna().to_dict() == {446: 10_000_000, 497: 13_500_000}
    assert "seluruhnya berasal dari selisih pagu sub kegiatan" in by_line.at[489, "pesan"]
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


@pytest.mark.slow  # reads and reconciles the bundled document
def test_the_pemda_folder_picks_the_documents_office(bundled, sipd_pemda):
    s = sipd_pemda                                              # load_sipd(FOLDER)
    assert pilih_perangkat_daerah(s, bundled) == "2.17.0.00.0.00.01.0000"
    doc = load_document(sipd=s)                                 # a SipdData object is accepted too
    assert len(doc.temuan[doc.temuan["jenis"] == "dokumen_vs_sipd"]) == 15


def test_another_office_alone_is_refused(bundled, sipd_dinkes):
    """The Dinkes export shares only support-program names with the document: not its office."""
    with pytest.raises(RenjaParseError, match="perangkat daerah dokumen tidak ditemukan di data SIPD.*DINAS KESEHATAN"):
        pilih_perangkat_daerah(sipd_dinkes, bundled)


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


@pytest.mark.slow  # three CLI runs, each reading and reconciling the bundled document
def test_check_with_sipd(capsys):
    code = main(["check", "--sipd", str(MAGETAN)])
    out = capsys.readouterr().out
    assert code == 0
    # 44 findings of the document alone (before the ambiguous cells were reported) + 8 angka_ambigu
    # (5 serapan of Tabel 2.2, 3 targets of Tabel 3.1) + 15 dokumen_vs_sipd = 67
    assert "Temuan untuk renja-perubahan-2024-dinkop-ukm-magetan.md: 67 baris" in out
    assert "dokumen_vs_sipd              9          2      4" in out
    assert ("cocok menurut kode 17, nama 42, nama mirip 4; hanya di dokumen 1, hanya di SIPD 1") in out
    assert "- [dokumen_vs_sipd] SIPD dinkop-ukm-magetan.json rekaman ke-32: Sub kegiatan 2.17.06.2.01.0010" in out
    # the guard and an honest headline: 52 + 15 findings, 6 + 4 kritis
    assert ("Kesesuaian dengan SIPD: pemda sama (Kabupaten Magetan); tahun sama (2024); perangkat "
            "daerah sama (DINAS KOPERASI, USAHA KECIL DAN MENENGAH)\n") in out
    assert "67 baris (10 kritis), termasuk 15 (4 kritis) dari pencocokan dengan SIPD" in out
    assert main(["check", "--sipd", str(MAGETAN), "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", "--sipd", str(DINKES)]) == 2
    assert "SIPD tidak ada di antara 1 perangkat daerah: DINAS KESEHATAN" in capsys.readouterr().err


# --- the guard: the same pemda, year and office on both sides -----------------------------
#
# Hand-made variants of the Magetan fixture (41 records, tahun 2024, lokasi_bl naming
# "Kab Magetan" / "Kabupaten Magetan" / "Kab. Magetan, ..." on every record, no id_daerah, no
# nama_daerah). The bundled document states "PEMERINTAH KABUPATEN MAGETAN", "... TAHUN 2024" and
# "DINAS KOPERASI USAHA KECIL DAN MENENGAH" on its title page. So, by hand:
# - the fixture itself: pemda, tahun and office the same; reconciled as before (15 findings: 4 kritis,
#   2 peringatan, 9 info) and no kesesuaian_sipd finding;
# - tahun 2026: refused, naming 2024 and 2026; pemda and office still the same;
# - lokasi "Kab. Magelang": refused (never matched by similarity with Magetan);
# - nama_daerah "Kota Madiun" on the records: refused, the pemda read from nama_daerah, not lokasi_bl;
# - no tahun on the records: reconciled (15 findings as before) + 1 kesesuaian_sipd info saying SIPD
#   states no year; no lokasi naming a pemda and id_daerah 3520: pemda not checkable, "id_daerah 3520";
# - 2024 on half the records and 2025 on the others: refused ("2024, 2025");
# - --paksa on tahun 2026 + Kab. Ngawi: reconciled, the same 64 + 1 match rows; 1 kesesuaian_sipd + 15
#   dokumen_vs_sipd, all 16 info; the document alone has 52 findings, 6 of them kritis: 68 and 6.

def varian(tmp_path, name="pd.json", **ubah):
    """The Magetan fixture with fields changed on every record (a callable: per record position)."""
    records = json.loads(MAGETAN.read_text(encoding="utf-8"))
    for i, r in enumerate(records):
        for key, value in ubah.items():
            v = value(i) if callable(value) else value
            if v is _HAPUS:
                r.pop(key, None)
            else:
                r[key] = v
    return write_json(tmp_path, records, name)


_HAPUS = object()


def _status(kes) -> dict:
    return dict(zip(kes.tabel["aspek"], kes.tabel["status"]))


def test_the_fixture_is_the_documents_pemda_year_and_office(bundled, doc):
    assert identitas_dokumen(bundled) == {
        "pemda": "Kabupaten Magetan", "tahun": 2024, "instansi": "Dinas Koperasi Usaha Kecil dan Menengah",
        "dari": {"pemda": "teks dokumen", "tahun": "teks dokumen", "instansi": "teks dokumen"}}
    kes = doc.kesesuaian
    assert _status(kes) == {"pemda": "sama", "tahun": "sama", "perangkat_daerah": "sama"} and kes.sepadan
    assert kes.tabel["sipd"].tolist() == ["Kabupaten Magetan", "2024", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"]
    assert kes.tabel["sipd_dari"].tolist() == ["kolom lokasi_bl", "kolom tahun", "kolom nama_skpd"]
    assert "kesesuaian_sipd" not in doc.temuan["jenis"].astype(str).tolist()
    # the dokumen row counts the reconciliation's findings: 52 + 15, 6 + 4 kritis
    assert doc.dokumen[["temuan", "temuan_kritis"]].values.tolist() == [[67, 10]]


def test_another_year_is_refused(tmp_path, bundled):
    path = varian(tmp_path, tahun=2026)
    with pytest.raises(SipdTidakSepadan) as err:
        rekonsiliasi(bundled, load_sipd(path))
    text = str(err.value)
    assert "tahun dokumen 2024 (teks dokumen), SIPD 2026 (kolom tahun)" in text and "pemda dokumen" not in text
    assert _status(err.value.kesesuaian) == {"pemda": "sama", "tahun": "beda", "perangkat_daerah": "sama"}


@pytest.mark.slow  # two SIPD reads, two checks
def test_another_pemda_is_refused_by_exact_name(tmp_path, bundled):
    kes = periksa_kesesuaian(bundled, load_sipd(varian(tmp_path, lokasi_bl="Kab. Magelang, Semua Kecamatan")))
    assert _status(kes) == {"pemda": "beda", "tahun": "sama", "perangkat_daerah": "sama"}
    assert kes.teks() == "pemda dokumen Kabupaten Magetan (teks dokumen), SIPD Kabupaten Magelang (kolom lokasi_bl)"
    # nama_daerah, where the export has it, is read before lokasi_bl
    kes = periksa_kesesuaian(bundled, load_sipd(varian(tmp_path / "b", nama_daerah="Kota Madiun", id_daerah=3577)))
    assert kes.tabel.set_index("aspek").loc["pemda", ["sipd", "sipd_dari", "status"]].tolist() == [
        "Kota Madiun", "kolom nama_daerah, id_daerah 3577", "beda"]


def test_an_office_absent_from_the_data_is_refused(bundled, sipd_dinkes):
    with pytest.raises(SipdTidakSepadan, match="perangkat daerah dokumen Dinas Koperasi Usaha Kecil dan Menengah "
                       r"\(teks dokumen\), SIPD tidak ada di antara 1 perangkat daerah: DINAS KESEHATAN"):
        rekonsiliasi(bundled, sipd_dinkes)


@pytest.mark.slow  # three reconciliations
def test_what_a_side_does_not_state_is_said_not_assumed(tmp_path, bundled, sipd_magetan):
    sipd = load_sipd(varian(tmp_path, tahun=_HAPUS, lokasi_bl="Semua Kecamatan", id_daerah=3520))
    assert _status(periksa_kesesuaian(bundled, sipd)) == {"pemda": "tidak_diketahui", "tahun": "tidak_diketahui",
                                                         "perangkat_daerah": "sama"}
    t = rekonsiliasi(bundled, sipd)[1]
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 4, "info": 10, "peringatan": 2}
    note = t[t["jenis"] == "kesesuaian_sipd"].iloc[0]
    assert note["tingkat"] == "info" and note["kolom"] == "pemda, tahun"
    assert ("pemda dokumen Kabupaten Magetan (teks dokumen), SIPD id_daerah 3520 (kode, bukan nama pemda); tahun "
            "dokumen 2024 (teks dokumen), SIPD tidak disebut (kolom tahun kosong)") in note["pesan"]
    # the document's side: a dokumen row without its year
    doc2 = copy.copy(bundled)
    doc2.dokumen = bundled.dokumen.copy()
    doc2.dokumen.loc[0, "tahun"] = pd.NA
    kes = periksa_kesesuaian(doc2, sipd_magetan)
    row = kes.tabel.set_index("aspek").loc["tahun"]
    assert (row["dokumen"], row["status"]) == ("tidak disebut", "tidak_diketahui")
    assert len(rekonsiliasi(doc2, sipd_magetan)[1]) == 16


def test_records_of_several_years_are_refused_before_any_reconciliation(tmp_path, bundled):
    # the SIPD reader refuses an export of two budget years (never summed), naming both years
    with pytest.raises(RenjaParseError, match=r"ekspor dari 2 tahun anggaran: 2024 .*2025"):
        load_sipd(varian(tmp_path, tahun=lambda i: 2024 if i % 2 else 2025))


@pytest.mark.slow  # reads and reconciles the bundled document
def test_paksa_reconciles_and_claims_nothing_about_the_document(tmp_path, doc):
    path = varian(tmp_path, tahun=2026, lokasi_bl="Kab. Ngawi")
    forced = load_document(sipd=path, paksa=True)
    t = forced.temuan[forced.temuan["jenis"].astype(str).isin(["kesesuaian_sipd", "dokumen_vs_sipd"])]
    assert t["jenis"].astype(str).value_counts().to_dict() == {"dokumen_vs_sipd": 15, "kesesuaian_sipd": 1}
    assert set(t["tingkat"].astype(str)) == {"info"}
    assert (len(forced.temuan), int((forced.temuan["tingkat"] == "kritis").sum())) == (68, 6)
    assert forced.dokumen[["temuan", "temuan_kritis"]].values.tolist() == [[68, 6]]
    pd.testing.assert_frame_equal(forced.rekonsiliasi.drop(columns="berkas"), doc.rekonsiliasi.drop(columns="berkas"))
    pagu = t[t["kolom"] == "pagu_rp"]
    assert len(pagu) == 5 and pagu["pesan"].str.startswith(
        "[Dibandingkan dengan SIPD yang tidak sepadan: pemda SIPD Kabupaten Ngawi, dokumen Kabupaten Magetan; "
        "tahun SIPD 2026, dokumen 2024] Pagu").all()
    note = t[t["jenis"] == "kesesuaian_sipd"].iloc[0]["pesan"]
    assert note.startswith("Dokumen dan data SIPD tidak sepadan: pemda dokumen Kabupaten Magetan") and "--paksa" in note


@pytest.mark.slow  # a pemda folder read, two reconciliations
def test_paksa_cannot_choose_among_offices_that_are_not_the_documents(tmp_path, bundled, sipd_dinkes):
    folder = tmp_path / "pemda"
    write_json(folder, json.loads(DINKES.read_text(encoding="utf-8")), "dinkes.json")
    write_json(folder, [rec()], "dikbud.json")
    with pytest.raises(RenjaParseError, match="--paksa tidak dapat memilih perangkat daerah") as err:
        rekonsiliasi(bundled, load_sipd(folder), paksa=True)
    assert not isinstance(err.value, SipdTidakSepadan)
    # a single office is reconciled when forced: every finding info
    t = rekonsiliasi(bundled, sipd_dinkes, paksa=True)[1]
    assert len(t) and set(t["tingkat"].astype(str)) == {"info"}


def _cli(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, [ln for ln in err.splitlines() if ln]


@pytest.mark.slow  # two CLI runs, each reading the bundled document
def test_check_refuses_another_year_in_one_line(tmp_path, capsys):
    path = varian(tmp_path, tahun=2026)
    code, out, err = _cli(["check", "--sipd", str(path)], capsys)
    assert code == 2 and out == "" and len(err) == 1
    assert err[0].startswith(f"galat: {path}: dokumen renja-perubahan-2024-dinkop-ukm-magetan.md dan data SIPD "
                             "tidak sepadan, tidak dicocokkan: tahun dokumen 2024 (teks dokumen), SIPD 2026")
    assert "--paksa" in err[0]
    code, out, err = _cli(["check", "--sipd", str(path), "--paksa"], capsys)
    assert code == 0 and not err
    assert ("Temuan untuk renja-perubahan-2024-dinkop-ukm-magetan.md: 68 baris (6 kritis), termasuk 16 (0 kritis) "
            "dari pencocokan dengan SIPD") in out
    assert ("Kesesuaian dengan SIPD: pemda sama (Kabupaten Magetan); tahun BEDA (dokumen 2024, SIPD 2026); "
            "perangkat daerah sama (DINAS KOPERASI, USAHA KECIL DAN MENENGAH); dicocokkan karena --paksa") in out
    assert "dokumen_vs_sipd             15          0      0" in out


def test_check_paksa_needs_a_document_and_sipd(capsys):
    code, out, err = _cli(["check", "--paksa"], capsys)
    assert code == 2 and len(err) == 1 and "--paksa hanya bersama --sipd" in err[0]
    code, out, err = _cli(["check", "--source", str(MAGETAN), "--paksa"], capsys)
    assert code == 2 and len(err) == 1 and "--sipd dan --paksa hanya bersama dokumen Renja" in err[0]


@pytest.mark.slow  # five reconciliations of the bundled document
def test_the_pemda_page_reconciles_only_the_document_it_was_given(tmp_path, bundled, sipd_magetan):
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.load import TABLES

    other = varian(tmp_path / "sipd", tahun=2026)
    other = load_sipd(other)
    doc, alasan = dokumen_sipd(other)
    assert doc is None and "tahun dokumen 2024 (teks dokumen), SIPD 2026" in alasan
    doc, alasan = dokumen_sipd(other, paksa=True)
    assert alasan is None and not doc.kesesuaian.sepadan
    # the report's own document: the source of its processed tables, while it is still that file
    source = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan.md"
    source.write_bytes(DEFAULT_SOURCE.read_bytes())
    (tmp_path / "olahan").mkdir()
    for name in TABLES:          # the processed tables of the copy: the bundled document's, with its file
        df = bundled.dokumen.assign(berkas=str(source)) if name == "dokumen" else getattr(bundled, name)
        df.to_parquet(tmp_path / "olahan" / f"{name}.parquet")
    doc, alasan = dokumen_sipd(sipd_magetan, olahan=tmp_path / "olahan")
    assert alasan is None and doc.source == source
    source.write_bytes(DEFAULT_SOURCE.read_bytes() + b"\n")
    doc, alasan = dokumen_sipd(sipd_magetan, olahan=tmp_path / "olahan")
    assert doc is None and "sudah berubah sejak tabel olahan laporan ditulis" in alasan
    source.unlink()
    doc, alasan = dokumen_sipd(sipd_magetan, olahan=tmp_path / "olahan")
    assert doc is None and "tidak ada lagi" in alasan


@pytest.mark.slow  # three reads and reconciliations
def test_report_says_when_its_sipd_page_reconciles_no_document(tmp_path, capsys):
    """``report --sipd``: the page reconciles the report's document (data/processed, the bundled one)
    only when it is SIPD's pemda and year; the command says so in one line on standard error."""
    import argparse

    from renja_analysis.cli import _catatan_sipd

    other = varian(tmp_path, tahun=2026)
    _catatan_sipd(argparse.Namespace(sipd=other, out=None, paksa=False))
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("PERHATIAN: halaman 70-sipd-pemda tidak mencocokkan dokumen: ")
    assert "tahun dokumen 2024 (teks dokumen), SIPD 2026" in err[0]
    _catatan_sipd(argparse.Namespace(sipd=other, out=None, paksa=True))
    assert capsys.readouterr().err == ("PERHATIAN: halaman 70-sipd-pemda mencocokkan dokumen dengan data SIPD yang "
                                       "tidak sepadan (--paksa): tahun SIPD 2026, dokumen 2024\n")
    _catatan_sipd(argparse.Namespace(sipd=MAGETAN, out=None, paksa=False))
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("a, b, same", [
    # two SPM health services: the distinguishing words differ ("hamil" / "bersalin": partial_ratio 44)
    ("Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", False),
    ("Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", "Pengelolaan Pelayanan Kesehatan Kerja dan Olahraga", False),
    ("Pembinaan Pendidikan SD", "Pembinaan Pendidikan SMP", False),
    # a typo, a glued word, a name cut short at a page break: the same sub kegiatan
    ("Penyediaan Barang Cetak dan Penggandaan", "Penyediaan Barang Cetakan dan Penggandaan", True),
    ("Pelayanan Izin Usahasimpan Pinjam", "Pelayanan Izin Usaha Simpan Pinjam", True),
    ("Peningkatan produktivitas, nilai tambah, akses pasar, standarisasi dan",
     "Peningkatan produktivitas, nilai tambah, akses pasar, standarisasi dan restrukturisasi usaha", True),
])
def test_similar_names_must_agree_where_they_differ(a, b, same):
    from renja_analysis.names import inti_serupa

    assert inti_serupa(a, b) is same
    pairs = pasangkan(pd.DataFrame({"nama": [a], "level": ["sub_kegiatan"]}),
                      pd.DataFrame({"nama": [b], "level": ["sub_kegiatan"]}))
    assert len(pairs) == (1 if same else 0)
