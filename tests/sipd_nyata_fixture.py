"""How ``tests/data/sipd-nyata/dinas-kesehatan-indikator.json`` was made (run once; the JSON is committed).

``python tests/sipd_nyata_fixture.py`` writes one SIPD-RI Renja export shaped like the
real ones (measured on a whole pemda's exports, see ``/work/shared/DOMAIN.md``): one JSON
array for one perangkat daerah, one record per sub kegiatan, ``kode_skpd``/``nama_skpd``
equal to ``kode_sub_skpd``/``nama_sub_skpd`` on every record (a dinas and its Puskesmas in
one file), ids that the reader ignores, and the indicators where the Renja export puts
them:

- ``tolak_ukur_output`` / ``target_teks_output`` / ``satuan_output`` differ between the sub
  kegiatan of one kegiatan: the sub kegiatan's output;
- ``tolok_ukur_sub`` / ``target_sub_teks`` / ``satuan_sub`` are the same on every record of
  a kegiatan: the kegiatan's indicator;
- the program: ``tolak_ukur_capaian`` / ``target_teks_capaian`` / ``satuan_capaian`` (its
  capaian this year) and the outcome ``indikator_outcome`` with ``target_akhir``,
  ``realisasi_capaian``, ``prakiraan``, ``target_maju_1``, one indicator per line.

What is planted (the tests derive every expectation from this list, by hand):

1. the gaji target ``"35/14 Orang/bulan"`` (35 people, 14 payments), record 1;
2. rate targets whose unit starts with a digit: ``"82 100.000 KH"``, ``"8 1000 KH"`` (per 100,000 /
   1,000 live births) in the program 1.02.02 of both sub-units (capaian and outcome);
3. ``"undefined"`` as the target and unit of the sub kegiatan of record 4 (two fields, one record),
   and as ``lokasi_bl`` of record 10;
4. a sub kegiatan output that does not pair up: record 6, two names, one target, two units;
5. a range ``"10-15 %"``, record 7; a thousands separator ``"12.450 Orang"``, record 5 (it reads two
   ways: the file's other targets' decimal comma decides, 12450, finding ``sipd_target_ambigu``, info);
6. an outcome that does not pair up: the Puskesmas' program 1.02.02 (first on record 8), three
   indicators, two ``target_akhir`` lines (realisasi, prakiraan and n+1 have three);
7. a target that is not a number: ``"Sesuai kebutuhan"``, record 9;
8. the Puskesmas' kegiatan 1.02.02.2.02 states its indicator target ``"2 Dokumen"`` on records 8
   and 9 but ``"3 Dokumen"`` on record 10 (not the same on every record of the kegiatan);
9. kegiatan X.XX.01.2.02 (records 1-3) and 1.02.02.2.02 of the dinas (records 5-7): outputs
   differ, the kegiatan fields do not: the evidence that decides the mapping. Kegiatan
   1.02.02.2.01 (record 4) has one sub kegiatan; the Puskesmas' 1.02.02.2.02 has both
   varying (8.) and decides nothing.

Pagu equals pagu_indikatif, pagu n+1 is pagu x 1.05, the stated totals are the sums:
no ceiling, total or n+1 finding is planted here.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "sipd-nyata"
NAME = "dinas-kesehatan-indikator.json"

DINAS = ("1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", 1101)
PUSKESMAS = ("1.02.0.00.0.00.01.0001", "PUSKESMAS SUKOMORO", 1102)
URUSAN = {"X": ("X", "UNSUR PENDUKUNG URUSAN PEMERINTAHAN", "X.XX", "PENUNJANG URUSAN PEMERINTAHAN"),
          "1": ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.02",
                "URUSAN PEMERINTAHAN BIDANG KESEHATAN")}

PENUNJANG = {
    "kode_program": "X.XX.01", "nama_program": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "tolak_ukur_capaian": "Nilai SAKIP Perangkat Daerah", "target_teks_capaian": "78 Nilai",
    "satuan_capaian": "Nilai", "indikator_outcome": "Nilai SAKIP Perangkat Daerah", "target_akhir": "80",
    "realisasi_capaian": "72,5", "prakiraan": "76", "target_maju_1": "79"}
UKP = {"kode_program": "1.02.02",
       "nama_program": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"}
UKP_DINAS = {**UKP,
             "tolak_ukur_capaian": "Angka Kematian Ibu\nAngka Kematian Bayi",
             "target_teks_capaian": "82 100.000 KH\n8 1000 KH", "satuan_capaian": "100.000 KH\n1000 KH",
             "indikator_outcome": "Angka Kematian Ibu\nAngka Kematian Bayi",
             "target_akhir": "80 100.000 KH\n7 1000 KH", "realisasi_capaian": "95 100.000 KH\n9 1000 KH",
             "prakiraan": "85 100.000 KH\n8,5 1000 KH", "target_maju_1": "78 100.000 KH\n7 1000 KH"}
UKP_PUSKESMAS = {**UKP,
                 "tolak_ukur_capaian": "Angka Kematian Ibu\nAngka Kematian Bayi\nPrevalensi Stunting",
                 "target_teks_capaian": "82 100.000 KH\n8 1000 KH\n14 %",
                 "satuan_capaian": "100.000 KH\n1000 KH\n%",
                 "indikator_outcome": "Angka Kematian Ibu\nAngka Kematian Bayi\nPrevalensi Stunting",
                 "target_akhir": "80 100.000 KH\n7 1000 KH",
                 "realisasi_capaian": "95 100.000 KH\n9 1000 KH\n16,1 %",
                 "prakiraan": "85 100.000 KH\n8,5 1000 KH\n15 %", "target_maju_1": "78 100.000 KH\n7 1000 KH\n13 %"}

KEUANGAN = {"kode_giat": "X.XX.01.2.02", "nama_giat": "Administrasi Keuangan Perangkat Daerah",
            "tolok_ukur_sub": "Jumlah Dokumen Hasil Administrasi Keuangan Perangkat Daerah",
            "target_sub_teks": "12 Dokumen", "satuan_sub": "Dokumen"}
FASILITAS = {"kode_giat": "1.02.02.2.01",
             "nama_giat": "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                          "Kabupaten/Kota",
             "tolok_ukur_sub": "Jumlah Fasilitas Kesehatan yang Disediakan", "target_sub_teks": "3 Unit",
             "satuan_sub": "Unit"}
_RUJUKAN = {"kode_giat": "1.02.02.2.02",
            "nama_giat": "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
            "tolok_ukur_sub": "Jumlah Dokumen Hasil Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan "
                              "Tingkat Daerah Kabupaten/Kota", "satuan_sub": "Dokumen"}
RUJUKAN_DINAS = {**_RUJUKAN, "target_sub_teks": "4 Dokumen"}
RUJUKAN_PUSKESMAS = {**_RUJUKAN, "target_sub_teks": "2 Dokumen"}
IBU_HAMIL = ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
             "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar")


def _sub(kode, nama, tolok_ukur, target, satuan, pagu, **kw):
    return {"kode_sub_giat": kode, "nama_sub_giat": nama, "tolak_ukur_output": tolok_ukur,
            "target_teks_output": target, "satuan_output": satuan, "pagu": pagu, **kw}


#: (sub-unit, program, kegiatan, sub kegiatan), in record order.
TREE = [
    (DINAS, PENUNJANG, KEUANGAN, _sub(
        "X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "35/14 Orang/bulan", "Orang/bulan", 6_450_000_000)),
    (DINAS, PENUNJANG, KEUANGAN, _sub(
        "X.XX.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "12 Dokumen", "Dokumen", 120_000_000)),
    (DINAS, PENUNJANG, KEUANGAN, _sub(
        "X.XX.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir "
        "Tahun SKPD", "1 Laporan", "Laporan", 15_000_000)),
    (DINAS, UKP_DINAS, FASILITAS, _sub(
        "1.02.02.2.01.0014", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman "
        "di Fasilitas Kesehatan", "Jumlah Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan "
        "Minuman yang Disediakan", "undefined", "undefined", 1_250_000_000)),
    (DINAS, UKP_DINAS, RUJUKAN_DINAS, _sub(*IBU_HAMIL, "12.450 Orang", "Orang", 340_000_000)),
    (DINAS, UKP_DINAS, RUJUKAN_DINAS, _sub(
        "1.02.02.2.02.0020", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
        "Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat\nPersentase Balita Gizi Baik",
        "1 Dokumen", "Dokumen\n%", 85_000_000)),
    (DINAS, UKP_DINAS, RUJUKAN_DINAS, _sub(
        "1.02.02.2.02.0015", "Pengelolaan Pelayanan Kesehatan Lingkungan",
        "Persentase Desa/Kelurahan yang Melaksanakan Sanitasi Total Berbasis Masyarakat", "10-15 %", "%",
        60_000_000)),
    (PUSKESMAS, UKP_PUSKESMAS, RUJUKAN_PUSKESMAS, _sub(*IBU_HAMIL, "850 Orang", "Orang", 45_000_000)),
    (PUSKESMAS, UKP_PUSKESMAS, RUJUKAN_PUSKESMAS, _sub(
        "1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
        "Jumlah Ibu Bersalin yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "Sesuai kebutuhan", "Orang",
        40_000_000)),
    (PUSKESMAS, UKP_PUSKESMAS, {**RUJUKAN_PUSKESMAS, "target_sub_teks": "3 Dokumen"}, _sub(
        "1.02.02.2.02.0003", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
        "Jumlah Bayi Baru Lahir yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "800 Orang", "Orang",
        38_000_000, lokasi_bl="undefined")),
]


def records() -> list[dict]:
    out = []
    for i, (unit, program, kegiatan, sub) in enumerate(TREE, start=1):
        kode_urusan, nama_urusan, kode_bidang, nama_bidang = URUSAN[program["kode_program"][0]]
        pagu = sub["pagu"]
        rec = {
            "id_daerah": 89, "id_unit": DINAS[2], "id_skpd": unit[2], "id_sub_skpd": unit[2], "id_bl": 70000 + i,
            "id_sub_giat": 15000 + i, "tahun": 2026,
            "kode_skpd": unit[0], "nama_skpd": unit[1], "kode_sub_skpd": unit[0], "nama_sub_skpd": unit[1],
            "kode_urusan": kode_urusan, "nama_urusan": nama_urusan, "kode_bidang_urusan": kode_bidang,
            "nama_bidang_urusan": nama_bidang, **program, **kegiatan,
            **{k: v for k, v in sub.items() if k != "lokasi_bl"},
            "pagu_indikatif": pagu, "pagu_n_depan": round(pagu * 1.05),
            "nama_dana": "DANA TRANSFER UMUM-DANA ALOKASI UMUM",
            "lokasi_bl": sub.get("lokasi_bl", "Kab. Contoh, Semua Kecamatan, Semua Kel/Desa"),
            "kelompok_sasaran": "Masyarakat", "kunci_bl": 0, "pagu_locked": 0,
        }
        out.append(rec)
    return stated_totals(out)


def stated_totals(recs: list[dict]) -> list[dict]:
    """The stated totals, as SIPD computes them (sums of pagu_indikatif / pagu_n_depan)."""
    keys = {"": ("kode_skpd",), "_sub_skpd": ("kode_sub_skpd",), "_urusan": ("kode_sub_skpd", "kode_urusan"),
            "_bidang_urusan": ("kode_sub_skpd", "kode_bidang_urusan"), "_program": ("kode_sub_skpd", "kode_program"),
            "_kegiatan": ("kode_sub_skpd", "kode_program", "kode_giat")}
    for suffix, cols in keys.items():
        for field, value in (("indikatif", "pagu_indikatif"), ("n_depan", "pagu_n_depan")):
            sums: dict = {}
            for r in recs:
                k = tuple(r[c] for c in cols)
                sums[k] = sums.get(k, 0) + r[value]
            for r in recs:
                r[f"total_pagu_{field}{suffix}"] = sums[tuple(r[c] for c in cols)]
    return recs


def tertukar(recs: list[dict]) -> list[dict]:
    """The same records with the output and sub fields swapped: the shape of the SIPD
    endpoints that name the fields the other way round."""
    pairs = (("tolak_ukur_output", "tolok_ukur_sub"), ("target_teks_output", "target_sub_teks"),
             ("satuan_output", "satuan_sub"))
    out = []
    for r in recs:
        r = dict(r)
        for a, b in pairs:
            r[a], r[b] = r.get(b), r.get(a)
        out.append(r)
    return out


def write(folder: Path = DATA) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NAME
    path.write_text(json.dumps(records(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write())
