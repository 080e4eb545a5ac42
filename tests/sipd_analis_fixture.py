"""How ``tests/data/sipd-analis/`` was made (run once; the JSON files are committed).

``python tests/sipd_analis_fixture.py`` writes two SIPD-RI Renja exports shaped like the real
ones (see ``tests/sipd_nyata_fixture.py`` and ``/work/shared/DOMAIN.md``): one JSON array per
perangkat daerah, one record per sub kegiatan, ``kode_skpd``/``nama_skpd`` equal to
``kode_sub_skpd``/``nama_sub_skpd`` on every record, ids the reader ignores, the sub kegiatan's
output in ``tolak_ukur_output`` / ``target_teks_output`` / ``satuan_output`` (differing within a
kegiatan), the kegiatan's in the ``*_sub`` fields, the program outcome packed one indicator per
line, the priority labels ``label_kokab`` / ``label_prov`` / ``label_pusat`` on every record
(empty as ``""`` or null), stated totals equal to the sums.

It holds what a Bappeda analyst asks of a pemda's Renja (``present.pemda_analysis``); the
planted values are listed in ``tests/data/sipd-analis/README.md`` and the tests derive their
expectations from that list by hand.
"""
from __future__ import annotations

import json
from pathlib import Path

from sipd_nyata_fixture import stated_totals

DATA = Path(__file__).resolve().parent / "data" / "sipd-analis"

DINKES = ("1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", 1101, "dinas-kesehatan.json")
DIKBUD = ("1.01.0.00.0.00.01.0000", "DINAS PENDIDIKAN", 1201, "dinas-pendidikan.json")
URUSAN = {"X": ("X", "UNSUR PENDUKUNG URUSAN PEMERINTAHAN", "X.XX", "PENUNJANG URUSAN PEMERINTAHAN"),
          "1.02": ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.02",
                   "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
          "1.01": ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.01",
                   "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN")}
SEMUA = "Kab. Contoh, Semua Kecamatan, Semua Kel/Desa"
DBH = "DANA TRANSFER UMUM-DANA BAGI HASIL"

_PENUNJANG = {"kode_program": "X.XX.01",
              "nama_program": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
              "tolak_ukur_capaian": "Nilai SAKIP Perangkat Daerah", "target_teks_capaian": "80 Nilai",
              "satuan_capaian": "Nilai", "indikator_outcome": "Nilai SAKIP Perangkat Daerah"}
PENUNJANG_DINKES = {**_PENUNJANG, "target_akhir": "80", "realisasi_capaian": "82", "prakiraan": "82",
                    "target_maju_1": "81"}
PENUNJANG_DIKBUD = {**_PENUNJANG, "target_akhir": "85", "realisasi_capaian": "80", "prakiraan": "82",
                    "target_maju_1": "83"}
UKP = {"kode_program": "1.02.02",
       "nama_program": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
       "tolak_ukur_capaian": "Angka Kematian Ibu\nPersentase Balita Gizi Baik",
       "target_teks_capaian": "82 100.000 KH\n91 %", "satuan_capaian": "100.000 KH\n%",
       "indikator_outcome": "Angka Kematian Ibu\nPersentase Balita Gizi Baik",
       "target_akhir": "80 100.000 KH\n90 %", "realisasi_capaian": "95 100.000 KH\n92 %",
       "prakiraan": "85 100.000 KH\n91 %", "target_maju_1": "82 100.000 KH\n91 %"}
PENDIDIKAN = {"kode_program": "1.01.02", "nama_program": "PROGRAM PENGELOLAAN PENDIDIKAN",
              "tolak_ukur_capaian": "Angka Partisipasi Murni SD\nAngka Putus Sekolah",
              "target_teks_capaian": "98 %\n0,5 %", "satuan_capaian": "%\n%",
              "indikator_outcome": "Angka Partisipasi Murni SD\nAngka Putus Sekolah",
              "target_akhir": "98 %\n0,5 %", "realisasi_capaian": "98,5 %\n0,4 %",
              "prakiraan": "98,6 %\n0,4 %", "target_maju_1": "98,8 %\n0,4 %"}

KEUANGAN = {"kode_giat": "X.XX.01.2.02", "nama_giat": "Administrasi Keuangan Perangkat Daerah",
            "tolok_ukur_sub": "Jumlah Dokumen Hasil Administrasi Keuangan Perangkat Daerah",
            "target_sub_teks": "12 Dokumen", "satuan_sub": "Dokumen"}
PERENCANAAN = {"kode_giat": "X.XX.01.2.01", "nama_giat": "Perencanaan, Penganggaran, dan Evaluasi Kinerja "
               "Perangkat Daerah", "tolok_ukur_sub": "Jumlah Dokumen Perencanaan Perangkat Daerah",
               "target_sub_teks": "3 Dokumen", "satuan_sub": "Dokumen"}
FASILITAS = {"kode_giat": "1.02.02.2.01",
             "nama_giat": "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                          "Kabupaten/Kota",
             "tolok_ukur_sub": "Jumlah Fasilitas Kesehatan yang Disediakan", "target_sub_teks": "3 Unit",
             "satuan_sub": "Unit"}
RUJUKAN = {"kode_giat": "1.02.02.2.02",
           "nama_giat": "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
           "tolok_ukur_sub": "Jumlah Dokumen Hasil Penyediaan Layanan Kesehatan", "target_sub_teks": "4 Dokumen",
           "satuan_sub": "Dokumen"}
SEKOLAH = {"kode_giat": "1.01.02.2.01", "nama_giat": "Pengelolaan Pendidikan Sekolah Dasar",
           "tolok_ukur_sub": "Jumlah Satuan Pendidikan SD yang Dikelola", "target_sub_teks": "120 Unit",
           "satuan_sub": "Unit"}


def _sub(kode, nama, tolok_ukur, target, satuan, pagu, n_depan, dana, lokasi, kokab="", prov="", pusat=""):
    return {"kode_sub_giat": kode, "nama_sub_giat": nama, "tolak_ukur_output": tolok_ukur,
            "target_teks_output": target, "satuan_output": satuan, "pagu": pagu, "pagu_n_depan": n_depan,
            "nama_dana": dana, "lokasi_bl": lokasi, "label_kokab": kokab, "label_prov": prov, "label_pusat": pusat}


#: (perangkat daerah, program, kegiatan, sub kegiatan), in record order per file.
TREE = [
    # Dinas Kesehatan: 5 records, pagu 1.000.000.000, n+1 1.070.000.000
    (DINKES, PENUNJANG_DINKES, KEUANGAN, _sub(
        "X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "35/14 Orang/bulan", "Orang/bulan", 600_000_000, 630_000_000, "DAU", SEMUA)),
    (DINKES, PENUNJANG_DINKES, KEUANGAN, _sub(
        "X.XX.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "12 Dokumen", "Dokumen",
        100_000_000, 100_000_000, "DAU", SEMUA, kokab=None, prov=None, pusat=None)),
    (DINKES, UKP, FASILITAS, _sub(
        "1.02.02.2.01.0014", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman "
        "di Fasilitas Kesehatan", "Jumlah Obat dan Bahan Habis Pakai yang Disediakan", "4 Paket", "Paket",
        200_000_000, 260_000_000, "DAU, DAK Fisik", "Kab. Contoh, Kec. Sukomoro, Desa Bibis",
        kokab="Penurunan Stunting", pusat="Penurunan Stunting")),
    (DINKES, UKP, RUJUKAN, _sub(
        "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
        "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "0 Orang", "Orang",
        80_000_000, 80_000_000, "DAK Non Fisik", SEMUA, prov="Kesehatan Ibu dan Anak")),
    (DINKES, UKP, RUJUKAN, _sub(
        "1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
        "Jumlah Ibu Bersalin yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "50 Orang", "Orang",
        20_000_000, 0, "DAU, DAK Non Fisik", "Kab. Contoh, Kec. Sukomoro, Kel. Sukomoro")),
    # Dinas Pendidikan: 4 records, pagu 500.000.000, n+1 440.000.000
    (DIKBUD, PENUNJANG_DIKBUD, PERENCANAAN, _sub(
        "X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Jumlah Dokumen Perencanaan Perangkat Daerah", "3 Dokumen", "Dokumen", 50_000_000, 40_000_000, "DAU",
        SEMUA)),
    (DIKBUD, PENDIDIKAN, SEKOLAH, _sub(
        "1.01.02.2.01.0001", "Pembangunan Unit Sekolah Baru (USB)", "Jumlah Unit Sekolah Baru yang Dibangun",
        "1 Unit", "Unit", 300_000_000, 150_000_000, DBH, "Kab. Contoh, Kec. Bendo, Desa Belotan",
        kokab="Pendidikan Gratis")),
    (DIKBUD, PENDIDIKAN, SEKOLAH, _sub(
        "1.01.02.2.01.0002", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
        "Jumlah Ruang Kelas yang Direhabilitasi", "5 Unit", "Unit", 150_000_000, 150_000_000, "DAK Fisik, DAU",
        "undefined")),
    (DIKBUD, PENDIDIKAN, SEKOLAH, _sub(
        "1.01.02.2.01.0003", "Pemeliharaan Sarana dan Prasarana Sekolah",
        "Jumlah Sekolah yang Dipelihara Sarana dan Prasarananya", "0 Unit", "Unit", 0, 100_000_000, None, SEMUA)),
]


def records(unit: tuple) -> list[dict]:
    out = []
    for i, (u, program, kegiatan, sub) in enumerate((t for t in TREE if t[0] == unit), start=1):
        key = "X" if program["kode_program"].startswith("X") else program["kode_program"][:4]
        kode_urusan, nama_urusan, kode_bidang, nama_bidang = URUSAN[key]
        rec = {
            "id_daerah": 89, "id_unit": u[2], "id_skpd": u[2], "id_sub_skpd": u[2], "id_bl": u[2] * 100 + i,
            "id_sub_giat": 15000 + i, "tahun": 2026,
            "kode_skpd": u[0], "nama_skpd": u[1], "kode_sub_skpd": u[0], "nama_sub_skpd": u[1],
            "kode_urusan": kode_urusan, "nama_urusan": nama_urusan, "kode_bidang_urusan": kode_bidang,
            "nama_bidang_urusan": nama_bidang, **program, **kegiatan, **sub,
            "pagu_indikatif": sub["pagu"], "kelompok_sasaran": "Masyarakat", "kunci_bl": 0, "pagu_locked": 0,
        }
        out.append(rec)
    return stated_totals(out)


def write(folder: Path = DATA) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for unit in (DINKES, DIKBUD):
        path = folder / unit[3]
        path.write_text(json.dumps(records(unit), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in write():
        print(p)
