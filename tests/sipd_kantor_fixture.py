"""How ``tests/data/sipd-kantor/`` was made (run once; the files are committed).

``python tests/sipd_kantor_fixture.py`` writes a pemda folder as SIPD-RI gives it when its
exports are downloaded one by one (see ``/work/shared/DOMAIN.md`` and the README written
beside the files): one Renja export per perangkat daerah (SKPD) with its sub-units,
``kode_skpd``/``nama_skpd`` equal to ``kode_sub_skpd``/``nama_sub_skpd`` on every record,
ids the reader ignores, money as JSON numbers; SIPD's SKPD list (``id_skpd``, ``id_unit``,
``kode_skpd``, ``nama_skpd``, ``set_pagu_skpd``, ``set_pagu_giat``, ``rinci_giat``,
``total_giat``, numbers as strings as SIPD's API writes them, in an API answer
``{"data": [...], "recordsTotal": N, "recordsFiltered": N}``); and one export of another
SIPD endpoint (an object, not a list of records).

What is planted (the tests derive every expectation from this list, by hand; the README
repeats it with the arithmetic):

1. ``dinas-kesehatan.json``: DINAS KESEHATAN (``1.02.0.00.0.00.01.0000``, id 1101) with
   PUSKESMAS SUKOMORO (``.0001``, id 1102) and PUSKESMAS TAMAN (``.0002``, id 1103);
2. ``rsud-sogaten.json``: the RSUD SOGATEN unit (``1.02.0.00.0.00.01.0003``, id 1104) in its
   own export file, but in the SKPD list with the dinas' ``id_unit`` 1101;
3. ``kecamatan-kartoharjo.json``: KECAMATAN KARTOHARJO (``7.01.0.00.0.00.05.0000``, id 2201)
   with KELURAHAN KELAGEN (``.0001``, id 2202);
4. pagu moved from the dinas to Puskesmas Sukomoro: the dinas' record 2 has pagu 300 jt
   against pagu_indikatif 400 jt, the Puskesmas' record 3 pagu 250 jt against 150 jt;
5. pagu moved within the RSUD: record 1 pagu 1.950 jt against 2.000 jt, record 2 550 jt
   against 500 jt (the RSUD's sums equal);
6. the dinas' SKPD over its ``set_pagu_skpd``: pagu 3.750 jt, ceiling 3.500 jt; the
   kecamatan exactly at its ceiling 300 jt;
7. ``info-daerah.json``: another SIPD endpoint's answer (``{"status": ..., "data": {...}}``),
   to be skipped with a note.

Stated totals (``total_pagu_indikatif_*``, ``total_pagu_n_depan_*``) are the sums SIPD computes
(of ``pagu_indikatif`` and ``pagu_n_depan``, grouped by the record's own ``kode_skpd``, which
is its sub-unit); pagu n+1 is pagu x 1.05; every kegiatan with two sub kegiatan has outputs
that differ and kegiatan fields that do not; codes are full (no ``X.XX``): nothing else is
planted.
"""
from __future__ import annotations

import json
from pathlib import Path

from sipd_nyata_fixture import stated_totals

DATA = Path(__file__).resolve().parent / "data" / "sipd-kantor"

JT = 1_000_000
DINAS = ("1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", 1101, 1101)
SUKOMORO = ("1.02.0.00.0.00.01.0001", "PUSKESMAS SUKOMORO", 1102, 1101)
TAMAN = ("1.02.0.00.0.00.01.0002", "PUSKESMAS TAMAN", 1103, 1101)
RSUD = ("1.02.0.00.0.00.01.0003", "RSUD SOGATEN", 1104, 1101)
KECAMATAN = ("7.01.0.00.0.00.05.0000", "KECAMATAN KARTOHARJO", 2201, 2201)
KELURAHAN = ("7.01.0.00.0.00.05.0001", "KELURAHAN KELAGEN", 2202, 2201)

KESEHATAN = {"kode_urusan": "1", "nama_urusan": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
             "kode_bidang_urusan": "1.02", "nama_bidang_urusan": "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
             "kode_program": "1.02.02",
             "nama_program": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
             "tolak_ukur_capaian": "Persentase Fasilitas Kesehatan Terakreditasi", "target_teks_capaian": "90 %",
             "satuan_capaian": "%", "indikator_outcome": "Persentase Fasilitas Kesehatan Terakreditasi",
             "target_akhir": "95 %", "realisasi_capaian": "85 %", "prakiraan": "88 %", "target_maju_1": "92 %"}
KEWILAYAHAN = {"kode_urusan": "7", "nama_urusan": "UNSUR KEWILAYAHAN", "kode_bidang_urusan": "7.01",
               "nama_bidang_urusan": "KECAMATAN", "kode_program": "7.01.02",
               "nama_program": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
               "tolak_ukur_capaian": "Indeks Kepuasan Masyarakat", "target_teks_capaian": "82 Indeks",
               "satuan_capaian": "Indeks", "indikator_outcome": "Indeks Kepuasan Masyarakat",
               "target_akhir": "85 Indeks", "realisasi_capaian": "80 Indeks", "prakiraan": "81 Indeks",
               "target_maju_1": "83 Indeks"}
FASILITAS = {"kode_giat": "1.02.02.2.01",
             "nama_giat": "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                          "Kabupaten/Kota", "tolok_ukur_sub": "Jumlah Fasilitas Kesehatan yang Disediakan",
             "target_sub_teks": "3 Unit", "satuan_sub": "Unit"}
LAYANAN = {"kode_giat": "1.02.02.2.02",
           "nama_giat": "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
           "tolok_ukur_sub": "Jumlah Dokumen Hasil Penyediaan Layanan Kesehatan", "target_sub_teks": "4 Dokumen",
           "satuan_sub": "Dokumen"}
KOORDINASI = {"kode_giat": "7.01.02.2.01",
              "nama_giat": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
              "tolok_ukur_sub": "Jumlah Laporan Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
              "target_sub_teks": "12 Laporan", "satuan_sub": "Laporan"}


def _sub(kode, nama, tolok_ukur, target, satuan, pagu, indikatif):
    return {"kode_sub_giat": kode, "nama_sub_giat": nama, "tolak_ukur_output": tolok_ukur,
            "target_teks_output": target, "satuan_output": satuan, "pagu": pagu, "pagu_indikatif": indikatif}


#: file -> [(sub-unit, program, kegiatan, sub kegiatan)], in record order.
FILES = {
    "dinas-kesehatan.json": [
        (DINAS, KESEHATAN, FASILITAS, _sub(
            "1.02.02.2.01.0014", "Pengadaan Obat, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
            "Jumlah Obat dan Vaksin yang Disediakan", "40 Paket", "Paket", 500 * JT, 500 * JT)),
        (DINAS, KESEHATAN, FASILITAS, _sub(
            "1.02.02.2.01.0020", "Pemeliharaan Rutin dan Berkala Alat Kesehatan",
            "Jumlah Alat Kesehatan yang Terpelihara", "120 Unit", "Unit", 300 * JT, 400 * JT)),
        (SUKOMORO, KESEHATAN, LAYANAN, _sub(
            "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
            "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "850 Orang", "Orang",
            250 * JT, 150 * JT)),
        (SUKOMORO, KESEHATAN, LAYANAN, _sub(
            "1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
            "Jumlah Ibu Bersalin yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "800 Orang", "Orang",
            80 * JT, 80 * JT)),
        (TAMAN, KESEHATAN, LAYANAN, _sub(
            "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
            "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "600 Orang", "Orang",
            120 * JT, 120 * JT)),
    ],
    "rsud-sogaten.json": [
        (RSUD, KESEHATAN, LAYANAN, _sub(
            "1.02.02.2.02.0033", "Operasional Pelayanan Rumah Sakit",
            "Jumlah Dokumen Operasional Pelayanan Rumah Sakit", "12 Dokumen", "Dokumen", 1_950 * JT, 2_000 * JT)),
        (RSUD, KESEHATAN, LAYANAN, _sub(
            "1.02.02.2.02.0036", "Pengelolaan Pelayanan Kesehatan Rujukan",
            "Jumlah Pasien Rujukan yang Dilayani", "3.000 Orang", "Orang", 550 * JT, 500 * JT)),
    ],
    "kecamatan-kartoharjo.json": [
        (KECAMATAN, KEWILAYAHAN, KOORDINASI, _sub(
            "7.01.02.2.01.0001", "Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pemerintahan",
            "Jumlah Laporan Hasil Koordinasi Kebijakan", "4 Laporan", "Laporan", 150 * JT, 150 * JT)),
        (KECAMATAN, KEWILAYAHAN, KOORDINASI, _sub(
            "7.01.02.2.01.0002", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "Jumlah Urusan yang Dilaksanakan", "6 Urusan", "Urusan", 50 * JT, 50 * JT)),
        (KELURAHAN, KEWILAYAHAN, KOORDINASI, _sub(
            "7.01.02.2.01.0001", "Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pemerintahan",
            "Jumlah Laporan Hasil Koordinasi Kebijakan", "4 Laporan", "Laporan", 100 * JT, 100 * JT)),
    ],
}

#: SIPD's SKPD list: (unit, set_pagu_skpd, set_pagu_giat, rinci_giat, total_giat).
DAFTAR = [
    (DINAS, 3_500 * JT, 3_500 * JT, 3_400 * JT, 3),
    (SUKOMORO, 0, 0, 0, 0),
    (TAMAN, 0, 0, 0, 0),
    (RSUD, 0, 0, 0, 0),
    (KECAMATAN, 300 * JT, 300 * JT, 300 * JT, 1),
    (KELURAHAN, 0, 0, 0, 0),
]


def records(rows: list, start: int = 1) -> list[dict]:
    out = []
    for i, (unit, program, kegiatan, sub) in enumerate(rows, start=start):
        rec = {
            "id_daerah": 89, "id_unit": unit[3], "id_skpd": unit[2], "id_sub_skpd": unit[2], "id_bl": 80000 + i,
            "id_sub_giat": 16000 + i, "tahun": 2026,
            "kode_skpd": unit[0], "nama_skpd": unit[1], "kode_sub_skpd": unit[0], "nama_sub_skpd": unit[1],
            **program, **kegiatan, **sub, "pagu_n_depan": round(sub["pagu"] * 1.05),
            "nama_dana": "DANA TRANSFER UMUM-DANA ALOKASI UMUM",
            "lokasi_bl": "Kota Madiun, Semua Kecamatan, Semua Kel/Desa", "kelompok_sasaran": "Masyarakat",
            "kunci_bl": 0, "pagu_locked": 0,
        }
        out.append(rec)
    return stated_totals(out)


def daftar_skpd() -> dict:
    """The SKPD list as SIPD's API answers it: ids and money as strings."""
    rows = [{"id_skpd": str(u[2]), "id_unit": str(u[3]), "kode_skpd": u[0], "nama_skpd": u[1],
             "set_pagu_skpd": f"{pagu}.00", "set_pagu_giat": f"{giat}.00", "rinci_giat": f"{rinci}.00",
             "total_giat": str(n), "is_skpd": "1" if u[2] == u[3] else "0", "tahun": "2026"}
            for u, pagu, giat, rinci, n in DAFTAR]
    return {"data": rows, "recordsTotal": len(rows), "recordsFiltered": len(rows)}


def info_daerah() -> dict:
    """Another SIPD endpoint's answer: an object, no records."""
    return {"status": "success", "message": "Data berhasil diambil",
            "data": {"id_daerah": 89, "nama_daerah": "Kota Madiun", "tahun": 2026, "is_locked": 0}}


def write(folder: Path = DATA) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    k = 1
    for name, rows in FILES.items():
        out.append(folder / name)
        out[-1].write_text(json.dumps(records(rows, k), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        k += len(rows)
    for name, value in (("daftar-skpd.json", daftar_skpd()), ("info-daerah.json", info_daerah())):
        out.append(folder / name)
        out[-1].write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    for p in write():
        print(p)
