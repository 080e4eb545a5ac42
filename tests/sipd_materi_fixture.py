"""How ``tests/data/sipd-materi/`` was made (run once; the JSON files are committed).

``python tests/sipd_materi_fixture.py`` writes two SIPD-RI Renja exports shaped like the
real ones (the record shape of ``tests/sipd_nyata_fixture.py``: one JSON array per
perangkat daerah, one record per sub kegiatan, ``kode_skpd``/``nama_skpd`` equal to
``kode_sub_skpd``/``nama_sub_skpd``, ids the reader ignores, the sub kegiatan's output in
``tolak_ukur_output`` ..., the kegiatan's indicator in ``tolok_ukur_sub`` ..., the stated
totals as SIPD computes them), for the materiality of the findings (``nilai_rp``, the floor
of pagu n+1 changes) and the pemda page's "Perlu perhatian".

What is planted (the tests derive every expectation from this list, by hand):

``dinas-pu.json``, DINAS PEKERJAAN UMUM DAN PENATAAN RUANG, pagu Rp 10.000.000.000
(6.000.000.000 + 1.000.000 + 1.500.000.000 + 0 + 2.499.000.000):

1. record 1, X.XX.01.2.02.0001 gaji: pagu 6.000.000.000, n+1 6.300.000.000 (+5 %: nothing);
2. record 2, 1.03.02.2.01.0001: pagu 1.000.000, n+1 2.000.000 (+100 %, a change of Rp 1 juta);
3. record 3, 1.03.02.2.01.0002: pagu 1.500.000.000, n+1 2.500.000.000 (+66,67 %, Rp 1 miliar);
   its kegiatan 1.03.02.2.01 (records 2-3) and program 1.03.02 (records 2-4) change too
   (1.501.000.000 -> 2.502.000.000; 1.501.000.000 -> 2.702.000.000): the same change;
4. record 4, 1.03.02.2.02.0001: pagu 0, n+1 200.000.000 (a zero-pagu sub kegiatan with a pagu
   next year);
5. record 5, 1.03.03.2.01.0001: pagu = n+1 = 2.499.000.000, its output target and unit
   ``undefined`` (a JavaScript artefact, two fields of one record).

``kecamatan-sukomoro.json``, KECAMATAN SUKOMORO, pagu Rp 2.000.000.000
(1.850.000.000 + 50.000.000 + 100.000.000):

6. record 1, X.XX.01.2.02.0001 gaji: 1.850.000.000 -> 1.900.000.000 (+2,7 %: nothing);
7. record 2, X.XX.01.2.02.0002: 50.000.000 -> 50.000.000;
8. record 3, 7.01.02.2.01.0001: pagu 100.000.000, n+1 30.000.000 (-70 %, a change of Rp 70 juta).

Pagu equals pagu_indikatif; the stated totals are the sums (no total finding); every kegiatan
with two records has outputs that differ and kegiatan fields that do not (the mapping is
decided by the data: no mapping finding).
"""
from __future__ import annotations

import json
from pathlib import Path

from sipd_nyata_fixture import stated_totals

DATA = Path(__file__).resolve().parent / "data" / "sipd-materi"

PU = ("1.03.0.00.0.00.01.0000", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 2101, "dinas-pu.json")
KECAMATAN = ("7.01.0.00.0.00.01.0000", "KECAMATAN SUKOMORO", 2201, "kecamatan-sukomoro.json")
URUSAN = {"X": ("X", "UNSUR PENDUKUNG URUSAN PEMERINTAHAN", "X.XX", "PENUNJANG URUSAN PEMERINTAHAN"),
          "1": ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.03",
                "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG"),
          "7": ("7", "UNSUR KEWILAYAHAN", "7.01", "KECAMATAN")}

PENUNJANG = {"kode_program": "X.XX.01", "nama_program": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
             "tolak_ukur_capaian": "Nilai SAKIP Perangkat Daerah", "target_teks_capaian": "78 Nilai",
             "satuan_capaian": "Nilai"}
SDA = {"kode_program": "1.03.02", "nama_program": "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
       "tolak_ukur_capaian": "Persentase Jaringan Irigasi dalam Kondisi Baik", "target_teks_capaian": "72 %",
       "satuan_capaian": "%"}
JALAN = {"kode_program": "1.03.03", "nama_program": "PROGRAM PENYELENGGARAAN JALAN",
         "tolak_ukur_capaian": "Persentase Jalan Kabupaten dalam Kondisi Mantap", "target_teks_capaian": "80 %",
         "satuan_capaian": "%"}
KEWILAYAHAN = {"kode_program": "7.01.02", "nama_program": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
               "tolak_ukur_capaian": "Indeks Kepuasan Masyarakat Kecamatan", "target_teks_capaian": "82 Indeks",
               "satuan_capaian": "Indeks"}

KEUANGAN = {"kode_giat": "X.XX.01.2.02", "nama_giat": "Administrasi Keuangan Perangkat Daerah",
            "tolok_ukur_sub": "Jumlah Dokumen Hasil Administrasi Keuangan Perangkat Daerah",
            "target_sub_teks": "12 Dokumen", "satuan_sub": "Dokumen"}
IRIGASI = {"kode_giat": "1.03.02.2.01", "nama_giat": "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah "
           "Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
           "tolok_ukur_sub": "Jumlah Dokumen Pengelolaan SDA", "target_sub_teks": "2 Dokumen", "satuan_sub": "Dokumen"}
IRIGASI_2 = {"kode_giat": "1.03.02.2.02", "nama_giat": "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan "
             "Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
             "tolok_ukur_sub": "Panjang Jaringan Irigasi yang Dibangun", "target_sub_teks": "1.200 Meter",
             "satuan_sub": "Meter"}
JALAN_GIAT = {"kode_giat": "1.03.03.2.01", "nama_giat": "Penyelenggaraan Jalan Kabupaten/Kota",
              "tolok_ukur_sub": "Panjang Jalan yang Direhabilitasi", "target_sub_teks": "3 Km", "satuan_sub": "Km"}
LAYANAN = {"kode_giat": "7.01.02.2.01", "nama_giat": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di "
           "Tingkat Kecamatan", "tolok_ukur_sub": "Jumlah Laporan Koordinasi", "target_sub_teks": "4 Laporan",
           "satuan_sub": "Laporan"}


def _sub(kode, nama, tolok_ukur, target, satuan, pagu, pagu_n_depan):
    return {"kode_sub_giat": kode, "nama_sub_giat": nama, "tolak_ukur_output": tolok_ukur,
            "target_teks_output": target, "satuan_output": satuan, "pagu": pagu, "pagu_n_depan": pagu_n_depan}


#: (office, program, kegiatan, sub kegiatan), in record order per file.
TREE = [
    (PU, PENUNJANG, KEUANGAN, _sub("X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
                                   "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "120 Orang/bulan",
                                   "Orang/bulan", 6_000_000_000, 6_300_000_000)),
    (PU, SDA, IRIGASI, _sub("1.03.02.2.01.0001", "Penyusunan Pola Pengelolaan SDA",
                            "Jumlah Dokumen Pola Pengelolaan SDA", "1 Dokumen", "Dokumen", 1_000_000, 2_000_000)),
    (PU, SDA, IRIGASI, _sub("1.03.02.2.01.0002", "Pembangunan Bendungan", "Jumlah Bendungan yang Dibangun", "1 Unit",
                            "Unit", 1_500_000_000, 2_500_000_000)),
    (PU, SDA, IRIGASI_2, _sub("1.03.02.2.02.0001", "Pembangunan Jaringan Irigasi Permukaan",
                              "Panjang Jaringan Irigasi Permukaan yang Dibangun", "1.200 Meter", "Meter", 0,
                              200_000_000)),
    (PU, JALAN, JALAN_GIAT, _sub("1.03.03.2.01.0001", "Rehabilitasi Jalan", "Panjang Jalan yang Direhabilitasi",
                                 "undefined", "undefined", 2_499_000_000, 2_499_000_000)),
    (KECAMATAN, PENUNJANG, KEUANGAN, _sub("X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
                                          "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "35 Orang/bulan",
                                          "Orang/bulan", 1_850_000_000, 1_900_000_000)),
    (KECAMATAN, PENUNJANG, KEUANGAN, _sub("X.XX.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
                                          "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
                                          "12 Dokumen", "Dokumen", 50_000_000, 50_000_000)),
    (KECAMATAN, KEWILAYAHAN, LAYANAN, _sub("7.01.02.2.01.0001", "Fasilitasi Musyawarah Perencanaan Pembangunan",
                                           "Jumlah Laporan Musrenbang Kecamatan", "1 Laporan", "Laporan",
                                           100_000_000, 30_000_000)),
]


def records(office) -> list[dict]:
    out = []
    for i, (unit, program, kegiatan, sub) in enumerate((t for t in TREE if t[0] == office), start=1):
        kode_urusan, nama_urusan, kode_bidang, nama_bidang = URUSAN[program["kode_program"][0]]
        out.append({
            "id_daerah": 89, "id_unit": unit[2], "id_skpd": unit[2], "id_sub_skpd": unit[2], "id_bl": unit[2] * 100 + i,
            "id_sub_giat": 16000 + i, "tahun": 2026,
            "kode_skpd": unit[0], "nama_skpd": unit[1], "kode_sub_skpd": unit[0], "nama_sub_skpd": unit[1],
            "kode_urusan": kode_urusan, "nama_urusan": nama_urusan, "kode_bidang_urusan": kode_bidang,
            "nama_bidang_urusan": nama_bidang, **program, **kegiatan, **sub, "pagu_indikatif": sub["pagu"],
            "nama_dana": "DANA TRANSFER UMUM-DANA ALOKASI UMUM",
            "lokasi_bl": "Kab. Contoh, Semua Kecamatan, Semua Kel/Desa", "kelompok_sasaran": "Masyarakat",
            "kunci_bl": 0, "pagu_locked": 0})
    return stated_totals(out)


def write(folder: Path = DATA) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for office in (PU, KECAMATAN):
        path = folder / office[3]
        path.write_text(json.dumps(records(office), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in write():
        print(p)
