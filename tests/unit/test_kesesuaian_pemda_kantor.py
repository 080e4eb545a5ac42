"""The reconciliation guard's pemda and office (``findings.reconciliation.periksa_kesesuaian``).

Office (hostile review D1). The bundled document's title page names "Dinas Koperasi Usaha Kecil
dan Menengah". By hand:

- the Magetan fixture with every record's office renamed DINAS PERDAGANGAN (3.30): the name is
  another's (perdagangan on one side, koperasi usaha kecil menengah on the other), every program/kegiatan/sub kegiatan outside the
  support program but one (.0010, added) is the document's, so the office is found by its row
  names; both sides name their office and the names differ: ``beda``, refused; with ``--paksa``
  reconciled, every finding info. Without an office on the document's side it is
  ``tidak_diketahui`` (nothing assumed), and so with an office guessed from the file name;
- an office of 2 programs, 2 kegiatan, 2 sub kegiatan sharing one kegiatan name with the document:
  1 of its 6 names, under half: not found (the data holds no office of the document's);
- an office whose only shared names are the support program's (Administrasi Keuangan Perangkat
  Daerah / Penyediaan Gaji dan Tunjangan ASN, under a program coded 3.30.05): those names are every
  office's, 0 shared: not found.

Pemda (D9): a location or a pemda name written the usual ways names the same pemda: the
kabupaten/kota wins over a province named beside it, a kecamatan or desa after it is left out,
``Pemkab`` / ``Kep.`` are written out.
"""
from __future__ import annotations

import copy
import json

import pandas as pd
import pytest
from conftest import first_fast
from test_reconciliation import _status, varian
from test_sipd import rec, write_json

from renja_analysis import load_sipd, load_sipd_realisasi
from renja_analysis.config import ROOT
from renja_analysis.findings import document_realisation
from renja_analysis.findings.reconciliation import SipdTidakSepadan, periksa_kesesuaian, rekonsiliasi
from renja_analysis.keys import pemda_baku, pemda_dari_lokasi, pemda_sama

PERDAGANGAN = {"kode_skpd": "3.30.0.00.0.00.01.0000", "nama_skpd": "DINAS PERDAGANGAN",
               "kode_sub_skpd": "3.30.0.00.0.00.01.0000", "nama_sub_skpd": "DINAS PERDAGANGAN"}
#: A kegiatan of the document's 3.2 outside its support program (line 396).
KEGIATAN_DOKUMEN = ("Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemiripan, Kemudahan Perizinan, "
                    "Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan")


def _tanpa_kantor(bundled, instansi=pd.NA, kunci_dari="dokumen"):
    """The bundled document whose ``dokumen`` row names another office (or none) and says where it was read."""
    doc = copy.copy(bundled)
    doc.dokumen = bundled.dokumen.copy()
    doc.dokumen.loc[0, ["instansi", "kunci_dari"]] = [instansi, kunci_dari]
    return doc


def _kantor(kes) -> list:
    return kes.tabel.set_index("aspek").loc["perangkat_daerah", ["sipd", "sipd_dari", "status"]].tolist()


@pytest.fixture(scope="module")
def perdagangan(tmp_path_factory):
    """The Magetan fixture, every record's office DINAS PERDAGANGAN."""
    return load_sipd(varian(tmp_path_factory.mktemp("perdagangan"), **PERDAGANGAN))


def test_another_office_named_so_is_not_the_documents_for_its_shared_rows(bundled, perdagangan):
    kes = periksa_kesesuaian(bundled, perdagangan)
    assert (kes.kode_skpd, kes.cara) == ("3.30.0.00.0.00.01.0000", "nama_kegiatan")
    assert _status(kes) == {"pemda": "sama", "tahun": "sama", "perangkat_daerah": "beda"} and not kes.sepadan
    assert _kantor(kes) == ["DINAS PERDAGANGAN", "kolom nama_skpd, nama lain (kata koperasi, usaha, kecil, menengah "
                            "hanya di dokumen; kata perdagangan hanya di SIPD); dipilih dari nama program/kegiatan "
                            "yang sama", "beda"]
    with pytest.raises(SipdTidakSepadan, match=r"perangkat daerah dokumen Dinas Koperasi Usaha Kecil dan Menengah "
                       r"\(teks dokumen\), SIPD DINAS PERDAGANGAN \(kolom nama_skpd, nama lain"):
        rekonsiliasi(bundled, perdagangan)
    # forced: reconciled with that office, no finding blames the document
    t = rekonsiliasi(bundled, perdagangan, paksa=True)[1]
    assert len(t) > 1 and set(t["tingkat"].astype(str)) == {"info"}


def test_an_office_not_stated_by_the_document_is_not_assumed(bundled, perdagangan):
    for doc in (_tanpa_kantor(bundled), _tanpa_kantor(bundled, "Dinkop Ukm", "nama berkas: instansi")):
        kes = periksa_kesesuaian(doc, perdagangan)
        assert kes.cara == "nama_kegiatan" and kes.sepadan
        assert _kantor(kes)[2] == "tidak_diketahui" and _kantor(kes)[0] == "DINAS PERDAGANGAN"
    assert _kantor(periksa_kesesuaian(_tanpa_kantor(bundled), perdagangan))[1] == (
        "kolom nama_skpd, dipilih dari nama program/kegiatan yang sama")


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("instansi, kunci_dari, dokumen", first_fast([
    (pd.NA, "dokumen", "tidak terbaca dalam dokumen"),
    ("Dinas Perdagangan Magetan", "nama berkas: instansi", "dokumen Dinas Perdagangan Magetan (hanya dari nama berkas)"),
]), ids=["tanpa_kantor", "kantor_dari_nama_berkas"])
def test_an_office_picked_by_row_names_for_a_document_naming_none_hedges_the_findings(bundled, instansi, kunci_dari,
                                                                                      dokumen, sipd_pemda):
    # REV-H H10: the bundled SIPD data is DINAS KOPERASI, USAHA KECIL DAN MENENGAH, the document's
    # office by its title page (found by name: the findings certain). A document naming no office
    # (or one only in its file name, another's) is paired with it by shared row names alone: the
    # same comparisons, every finding opening with that doubt and no kritis (each a peringatan), as
    # for a name that is only partly the document's.

    sipd = sipd_pemda   # load_sipd(DEFAULT_SIPD), tests/conftest.py (shared: never change it)
    yakin = rekonsiliasi(bundled, sipd)[1]
    assert (yakin["tingkat"].astype(str) == "kritis").any() and "kesesuaian_sipd" not in set(yakin["jenis"].astype(str))
    doc = _tanpa_kantor(bundled, instansi, kunci_dari)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.cara, kes.ragu, kes.sepadan) == ("nama_kegiatan", ("perangkat_daerah",), True)
    ragu = rekonsiliasi(doc, sipd)[1]
    guard = ragu[ragu["jenis"].astype(str) == "kesesuaian_sipd"]
    assert len(guard) == 1 and "temuan dokumen_vs_sipd yang kritis dicatat sebagai peringatan" in guard["pesan"].iloc[0]
    ragu = ragu[ragu["jenis"].astype(str) != "kesesuaian_sipd"].reset_index(drop=True)
    awal = ("[Belum pasti data yang sama: perangkat daerah SIPD DINAS KOPERASI, USAHA KECIL DAN MENENGAH dipilih dari "
            f"nama program/kegiatan yang sama, {dokumen}] ")
    assert ragu["pesan"].tolist() == [awal + p for p in yakin["pesan"]]
    assert ragu["tingkat"].astype(str).tolist() == yakin["tingkat"].astype(str).replace("kritis", "peringatan").tolist()
    assert ragu["nama"].tolist() == yakin["nama"].tolist()


def _perdagangan(tmp_path, kegiatan, sub):
    return load_sipd(write_json(tmp_path, [
        rec(**PERDAGANGAN, kode_program="3.30.03", nama_program="PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
            kode_giat="3.30.03.2.01", nama_giat="Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
            kode_sub_giat="3.30.03.2.01.0001", nama_sub_giat="Pembangunan Pasar Rakyat", lokasi_bl="Kab. Magetan"),
        rec(**PERDAGANGAN, kode_program="3.30.05", nama_program="PROGRAM PENGEMBANGAN EKSPOR",
            kode_giat="3.30.05.2.01", nama_giat=kegiatan, kode_sub_giat="3.30.05.2.01.0001", nama_sub_giat=sub,
            lokasi_bl="Kab. Magetan")], "dinas-perdagangan.json"))


def test_one_shared_name_does_not_find_an_office(tmp_path, bundled):
    sipd = _perdagangan(tmp_path, KEGIATAN_DOKUMEN, "Fasilitasi Promosi Ekspor")
    kes = periksa_kesesuaian(bundled, sipd)
    assert (kes.kode_skpd, kes.cara) == (None, None)
    assert _kantor(kes) == ["tidak ada di antara 1 perangkat daerah: DINAS PERDAGANGAN", "kolom nama_skpd", "beda"]
    with pytest.raises(SipdTidakSepadan):
        rekonsiliasi(bundled, sipd)
    # the document naming no office: still not found
    assert periksa_kesesuaian(_tanpa_kantor(bundled), sipd).kode_skpd is None


def test_support_program_names_find_no_office(tmp_path, bundled):
    sipd = _perdagangan(tmp_path, "Administrasi Keuangan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN")
    kes = periksa_kesesuaian(_tanpa_kantor(bundled), sipd)
    assert (kes.kode_skpd, kes.cara) == (None, None) and _kantor(kes)[2] == "beda"


def test_realisation_of_another_office_sharing_one_kegiatan_name_is_refused(tmp_path, bundled):
    """The Dinas Kesehatan exports (tests/data/sipd-realisasi, year 2024), one line's kegiatan named
    as one of the document's: the realisation is not the document's office's."""
    for p in sorted((ROOT / "tests/data/sipd-realisasi").glob("realisasi-dinkes-*.json")):
        records = json.loads(p.read_text(encoding="utf-8"))
        for r in records:
            for k, v in r.items():
                if isinstance(v, str) and v.startswith("2026-"):
                    r[k] = "2024-" + v[5:]
        if p.name.endswith("-01.json"):
            records[4]["nama_giat"] = KEGIATAN_DOKUMEN
        write_json(tmp_path, records, p.name)
    kes = document_realisation.kesesuaian(bundled, load_sipd_realisasi(tmp_path))
    assert kes.kode_skpd is None and _kantor(kes) == [
        "tidak ada di antara 1 perangkat daerah: DINAS KESEHATAN", "kolom nama_skpd", "beda"]


# --- pemda ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lokasi, pemda", [
    ("Kab. Magetan, Semua Kecamatan, Semua Kel/Desa", "Kabupaten Magetan"),
    ("Kab. Magetan - Kec. Plaosan", "Kabupaten Magetan"),
    ("Kab. Magetan Kec. Plaosan", "Kabupaten Magetan"),
    ("Provinsi Jawa Timur, Kab. Magetan", "Kabupaten Magetan"),
    ("Prov. Jawa Timur, Kabupaten Magetan, Kecamatan Plaosan", "Kabupaten Magetan"),
    ("Desa Sidomukti, Kec. Plaosan, Kab. Magetan", "Kabupaten Magetan"),
    ("Kab. Sumenep - Kec. Kota Sumenep", "Kabupaten Sumenep"),      # a kecamatan named Kota ...
    ("Provinsi Jawa Timur", "Provinsi Jawa Timur"),
    ("Kab. Kep. Seribu", "Kabupaten Kepulauan Seribu"),
    ("Kota Batu, Kab. Malang", None),                              # two kabupaten/kota: no one pemda
    ("Kec. Plaosan", None), ("Semua Kecamatan", None), ("Magetan", None), ("", None),
])
def test_the_pemda_a_location_names(lokasi, pemda):
    assert pemda_dari_lokasi(lokasi) == pemda


@pytest.mark.parametrize("nama, pemda", [
    ("PEMERINTAH KABUPATEN MAGETAN", "Kabupaten Magetan"),
    ("PEMKAB MAGETAN", "Kabupaten Magetan"),
    ("Pemkot Madiun", "Kota Madiun"),
    ("Kabupaten Magetan Provinsi Jawa Timur", "Kabupaten Magetan"),
    ("Kabupaten Magetan, Jawa Timur", "Kabupaten Magetan"),
    ("Pemerintah Provinsi Jawa Timur", "Provinsi Jawa Timur"),
    ("Kab. Kep. Seribu", "Kabupaten Kepulauan Seribu"),
    ("Magetan", "Magetan"),
    # REV-J J9: a kabupaten whose name begins with Kota is no kota; a title's year is no part of the name
    ("KABUPATEN KOTA BARU", "Kabupaten Kota Baru"),
    ("Kabupaten Kota Waringin Barat Provinsi Kalimantan Tengah", "Kabupaten Kota Waringin Barat"),
    ("Kota Kotamobagu", "Kota Kotamobagu"),
    ("Kabupaten Magetan Tahun 2024", "Kabupaten Magetan"),
])
def test_a_pemda_name_in_one_form(nama, pemda):
    assert pemda_baku(nama) == pemda


def test_the_same_pemda_however_written_and_another_one_still_differs():
    assert pemda_sama("Kabupaten Kepulauan Seribu", "Kab. Kep. Seribu")
    assert pemda_sama("Kabupaten Magetan", "PEMKAB MAGETAN")
    assert not pemda_sama("Kabupaten Magetan", "Kabupaten Magelang Provinsi Jawa Tengah")
    assert not pemda_sama("Kabupaten Madiun", "Pemkot Madiun")
    assert not pemda_sama("Kabupaten Kota Baru", "Kota Baru")
    assert pemda_sama("Kabupaten Magetan Tahun 2024", "Kab. Magetan")


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("ubah, status, sipd", first_fast([
    ({"lokasi_bl": "Kab. Magetan - Kec. Plaosan"}, "sama", "Kabupaten Magetan"),
    ({"lokasi_bl": "Provinsi Jawa Timur, Kab. Magetan"}, "sama", "Kabupaten Magetan"),
    ({"nama_daerah": "PEMKAB MAGETAN"}, "sama", "Kabupaten Magetan"),
    ({"nama_daerah": "Kabupaten Magetan Provinsi Jawa Timur"}, "sama", "Kabupaten Magetan"),
    ({"lokasi_bl": "Kab. Magelang - Kec. Plaosan"}, "beda", "Kabupaten Magelang"),
    ({"lokasi_bl": "Kota Batu, Kab. Malang"}, "tidak_diketahui", "tidak disebut"),
], fast=(0, 4)))
def test_the_guard_reads_the_pemda_so(tmp_path, bundled, ubah, status, sipd):
    kes = periksa_kesesuaian(bundled, load_sipd(varian(tmp_path, **ubah)))
    assert kes.tabel.set_index("aspek").loc["pemda", ["sipd", "status"]].tolist() == [sipd, status]


# --- the revision's stage (D2) ---------------------------------------------------------------

def test_sipd_holding_the_documents_pre_revision_pagu_is_a_stage_not_a_wrong_document(tmp_path, bundled):
    """Two records of the Magetan fixture given the pagu of the document's 3.3 before the revision:
    2.17.07.2.01.0003 (record 33) 10.000.000, the APBD (line 493: RKPD 10.000.000, APBD 10.000.000,
    RKPD Perubahan 6.000.000); 2.17.07.2.01.0002 (record 32) 10.000.000, the RKPD only (line 491: APBD
    104.200.000, RKPD Perubahan 103.200.000). Each is a peringatan naming that column, not a kritis.
    Their kegiatan 2.17.07.2.01: document 1.652.700.000, SIPD 1.639.200.000 - 93.200.000 + 4.000.000 =
    1.550.000.000, difference 102.700.000 = its children's 13.500.000 + 93.200.000 - 4.000.000: info, as
    its program. So the fixture's 15 findings (4 kritis, 2 peringatan, 9 info) + these 2 peringatan."""
    records = json.loads((ROOT / "tests/data/sipd/dinkop-ukm-magetan.json").read_text(encoding="utf-8"))
    assert [records[i]["kode_sub_giat"] for i in (32, 33)] == ["2.17.07.2.01.0002", "2.17.07.2.01.0003"]
    for i in (32, 33):
        records[i]["pagu"] = records[i]["pagu_indikatif"] = 10_000_000
    t = rekonsiliasi(bundled, load_sipd(write_json(tmp_path, records, "dinkop-ukm-magetan.json")))[1]
    t = t[t["jenis"] == "dokumen_vs_sipd"]
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"info": 9, "kritis": 4, "peringatan": 4}
    tahap = t[(t["kolom"] == "pagu_rp") & (t["tingkat"] == "peringatan")].sort_values("baris_sumber")
    assert tahap["baris_sumber"].tolist() == [491, 493]
    assert tahap["nilai_rp"].tolist() == [93_200_000, 4_000_000]
    assert tahap["pesan"].tolist() == [
        "Pagu sub kegiatan di dokumen Rp103.200.000 (sesudah perubahan), di SIPD (2.17.07.2.01.0002) Rp10.000.000: "
        "sama dengan pagu RKPD dokumen sebelum perubahan (Tabel 3.3). Data SIPD ini tampaknya tahap sebelum "
        "perubahan; pagu perubahan dokumen tidak dapat diperiksa dengan data ini. Bila ekspor SIPD sudah tahap "
        "perubahan, pagu perubahan dokumen lebih besar Rp93.200.000 daripada SIPD.",
        "Pagu sub kegiatan di dokumen Rp6.000.000 (sesudah perubahan), di SIPD (2.17.07.2.01.0003) Rp10.000.000: "
        "sama dengan pagu APBD dokumen sebelum perubahan (Tabel 3.3). Data SIPD ini tampaknya tahap sebelum "
        "perubahan; pagu perubahan dokumen tidak dapat diperiksa dengan data ini. Bila ekspor SIPD sudah tahap "
        "perubahan, pagu perubahan dokumen lebih kecil Rp4.000.000 daripada SIPD."]


def test_the_documents_office_abbreviated_in_sipd_is_found_by_its_name(tmp_path, bundled):
    """DINAS KOPERASI DAN UKM: UKM is Usaha Kecil Menengah (``SINGKATAN_KANTOR``), the title page's words;
    written out the names have the same content words: the office is the document's by name, ``sama``.
    Without this, found by its rows only, it would be refused as another office."""
    nama = {"nama_skpd": "DINAS KOPERASI DAN UKM", "nama_sub_skpd": "DINAS KOPERASI DAN UKM"}
    kes = periksa_kesesuaian(bundled, load_sipd(varian(tmp_path, **nama)))
    assert kes.cara == "nama" and _kantor(kes) == ["DINAS KOPERASI DAN UKM", "kolom nama_skpd", "sama"]
