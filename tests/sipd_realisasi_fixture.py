"""How ``tests/data/sipd-realisasi/`` was made (run once; the JSON files are committed).

``python tests/sipd_realisasi_fixture.py`` writes six SIPD-RI realisation (penatausahaan)
exports shaped like the treasury module's: one JSON array per perangkat daerah and month, one
record per payment-document line, SIPD's field names (the issue's list), dates as ISO strings,
missing values as JSON null and as the string ``"null"``, and the personal fields
``nip_pegawai`` / ``nama_pegawai`` plus an unknown extra field ``npwp`` on every record (the
reader must drop them). The offices and sub kegiatan are those of
``tests/data/sipd-nyata/dinas-kesehatan-indikator.json`` (DINAS KESEHATAN and PUSKESMAS
SUKOMORO, 2026), so a Renja export of the same pemda and year exists for the plan side.

Everything planted is listed in ``tests/data/sipd-realisasi/README.md`` with the expected
aggregates derived by hand; the tests take their expectations from there.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "sipd-realisasi"

DINKES = {"kode_skpd": "1.02.0.00.0.00.01.0000", "nama_skpd": "DINAS KESEHATAN"}
PKM = {"kode_skpd": "1.02.0.00.0.00.01.0001", "nama_skpd": "PUSKESMAS SUKOMORO"}
PENUNJANG = ("X", "UNSUR PENDUKUNG URUSAN PEMERINTAHAN", "X.XX", "PENUNJANG URUSAN PEMERINTAHAN", "X.XX.01",
             "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
UKP = ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.02",
       "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "1.02.02",
       "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
KEUANGAN = "Administrasi Keuangan Perangkat Daerah"
FASILITAS = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
LAYANAN = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"
SUB = {  # kode_sub_giat -> (program, nama_giat, nama_sub_giat)
    "X.XX.01.2.02.0001": (PENUNJANG, KEUANGAN, "Penyediaan Gaji dan Tunjangan ASN"),
    "X.XX.01.2.02.0002": (PENUNJANG, KEUANGAN, "Penyediaan Administrasi Pelaksanaan Tugas ASN"),
    "X.XX.01.2.02.0005": (PENUNJANG, KEUANGAN, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"),
    "1.02.02.2.01.0014": (UKP, FASILITAS, "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, "
                                          "Makanan dan Minuman di Fasilitas Kesehatan"),
    "1.02.02.2.02.0001": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
    "1.02.02.2.02.0002": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Ibu Bersalin"),
    "1.02.02.2.02.0003": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir"),
    "1.02.02.2.02.0015": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Lingkungan"),
    "1.02.02.2.02.0020": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat"),
    # not in the plan (tests/data/sipd-nyata has no such sub kegiatan)
    "1.02.02.2.02.0033": (UKP, LAYANAN, "Pengelolaan Pelayanan Kesehatan Kerja dan Olahraga"),
}
REKENING = {
    "5.1.01.01.01.0001": "Belanja Gaji Pokok PNS",
    "5.1.02.01.01.0024": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
    "5.1.02.01.01.0029": "Belanja Obat-Obatan",
    "5.1.02.01.01.0052": "Belanja Makanan dan Minuman Rapat",
    "5.1.02.02.01.0026": "Belanja Jasa Tenaga Administrasi",
    "5.1.02.04.01.0001": "Belanja Perjalanan Dinas Biasa",
}
PERSONAL = {"nip_pegawai": "198703152010012019", "nama_pegawai": "Siti Rahayu Contoh",
            "npwp": "09.254.294.3-407.000"}


def line(office: dict, sub: str, rekening: str, jenis_dokumen: str, jenis_transaksi: str, nomor: str,
         tanggal: str, nilai, *, setoran=0, spp=None, spm=None, sp2d=None, keterangan: str = "") -> dict:
    """One record in SIPD's field order; ``spp``/``spm``/``sp2d`` are (nomor, tanggal) or None
    (written as the string "null", as SIPD does for some of them)."""
    program, giat, nama_sub = SUB[sub]
    urusan, n_urusan, bidang, n_bidang, kode_program, n_program = program
    spp, spm, sp2d = (x or ("null", "null") for x in (spp, spm, sp2d))
    return {
        "id_skpd": 1101 if office is DINKES else 1102, "id_sub_giat": 40000 + int(sub[-4:]),
        **office, "kode_sub_skpd": office["kode_skpd"], "nama_sub_skpd": office["nama_skpd"],
        "kode_fungsi": "07", "nama_fungsi": "KESEHATAN", "kode_sub_fungsi": "07.02",
        "nama_sub_fungsi": "LAYANAN KESEHATAN",
        "kode_urusan": urusan, "nama_urusan": n_urusan, "kode_bidang_urusan": bidang, "nama_bidang_urusan": n_bidang,
        "kode_program": kode_program, "nama_program": n_program, "kode_giat": sub[:-5], "nama_giat": giat,
        "kode_sub_giat": sub, "nama_sub_giat": nama_sub, "kode_rekening": rekening, "nama_rekening": REKENING[rekening],
        "nomor_dokumen": nomor, "jenis_dokumen": jenis_dokumen, "jenis_transaksi": jenis_transaksi,
        "tanggal_dokumen": tanggal, "keterangan_dokumen": keterangan, "nilai_realisasi": nilai,
        "nilai_setoran": setoran,
        "nomor_spp": spp[0], "tanggal_spp": spp[1], "nomor_spm": spm[0], "tanggal_spm": spm[1],
        "nomor_sp2d": sp2d[0], "tanggal_sp2d": sp2d[1], "nilai_sp2d": nilai if sp2d[0] != "null" else None,
        "nomor_spd": "SPD-2026-01", "periode_spd": "Januari - Juni", "nilai_spd_detail": 2500000000,
        "tahap_spd": "1", "status_tahap_apbd": "murni", **PERSONAL,
    }


def ls(office, sub, rek, nomor, tanggal, nilai, sp2d=None, spm=None, **kw) -> dict:
    """An LS payment line: the SPP (its number is the document number), SPM and SP2D as given."""
    return line(office, sub, rek, "SPP", "LS", nomor, tanggal, nilai, spp=(nomor, tanggal), spm=spm, sp2d=sp2d, **kw)


def tbp(office, sub, rek, jenis, nomor, tanggal, nilai, **kw) -> dict:
    """A TBP (tanda bukti pembayaran) line of a UP/GU/TU payment: no SPP, SPM or SP2D of its own."""
    return line(office, sub, rek, "TBP", jenis, nomor, tanggal, nilai, **kw)


GAJI, ATK, OBAT, MAMIN, JASA, SPPD = REKENING
# A3: an LS SPM still without SP2D in January's export (SP2D number and date JSON null) ...
A3_JAN = {**ls(DINKES, "1.02.02.2.01.0014", OBAT, "SPP-LS/A/002", "2026-01-28", 200_000_000,
               spm=("SPM-LS/A/002", "2026-01-29")), "nomor_sp2d": None, "tanggal_sp2d": None}
# ... and the same line in February's export with its SP2D of 3 February
A3_FEB = ls(DINKES, "1.02.02.2.01.0014", OBAT, "SPP-LS/A/002", "2026-01-28", 200_000_000,
            spm=("SPM-LS/A/002", "2026-01-29"), sp2d=("SP2D-LS/A/005", "2026-02-03"))
# A4: a TBP of 30 January in both the January and the February export (overlapping periods)
A4 = tbp(DINKES, "1.02.02.2.02.0001", JASA, "GU", "TBP/A/002", "2026-01-30", 7_500_000)
# B4: an LS SPM without SP2D in February's export and, still without, in March's
B4 = ls(PKM, "1.02.02.2.02.0002", MAMIN, "SPP-LS/B/002", "2026-02-25", 9_000_000, spm=("SPM-LS/B/002", "2026-02-26"))

EXPORTS = {
    "realisasi-dinkes-2026-01.json": [
        ls(DINKES, "X.XX.01.2.02.0001", GAJI, "SPP-LS/A/001", "2026-01-05", 500_000_000,
           spm=("SPM-LS/A/001", "2026-01-06"), sp2d=("SP2D-LS/A/001", "2026-01-08 10:15:00"),
           keterangan="Gaji Januari 2026"),
        tbp(DINKES, "X.XX.01.2.02.0002", ATK, "GU", "TBP/A/001", "2026-01-20", 12_500_000, setoran=None),
        A3_JAN,
        A4,
        tbp(DINKES, "1.02.02.2.02.0020", SPPD, "TU", "TBP/A/003", "2026-01-15", 10_000_000, setoran=1_500_000,
            keterangan="Perjalanan dinas, sisa dikembalikan"),
    ],
    "realisasi-dinkes-2026-02.json": [
        A3_FEB,
        A4,
        ls(DINKES, "X.XX.01.2.02.0001", GAJI, "SPP-LS/A/003", "2026-02-04", 500_000_000,
           spm=("SPM-LS/A/003", "2026-02-05"), sp2d=("SP2D-LS/A/006", "2026-02-06"), keterangan="Gaji Februari 2026"),
        # the GU replenishment of TBP/A/001: cash back to the treasurer, not a second spending
        line(DINKES, "X.XX.01.2.02.0002", ATK, "SPP", "GU", "SPP-GU/A/001", "2026-02-09", 12_500_000,
             spp=("SPP-GU/A/001", "2026-02-09"), spm=("SPM-GU/A/001", "2026-02-09"),
             sp2d=("SP2D-GU/A/001", "2026-02-10")),
        tbp(DINKES, "1.02.02.2.02.0033", JASA, "GU", "TBP/A/004", "2026-02-17", 3_000_000),
    ],
    "realisasi-dinkes-2026-03.json": [
        ls(DINKES, "1.02.02.2.02.0015", JASA, "SPP-LS/A/004", "2026-03-27", 45_000_000),   # SPP only: "null"s
        ls(DINKES, "X.XX.01.2.02.0001", GAJI, "SPP-LS/A/005", "2026-03-04", 500_000_000,
           spm=("SPM-LS/A/005", "2026-03-05"), sp2d=("SP2D-LS/A/009", "2026-03-06"), keterangan="Gaji Maret 2026"),
        tbp(DINKES, "X.XX.01.2.02.0005", ATK, "GU", "TBP/A/005", "2026-03-12", 4_250_000, setoran=""),
    ],
    "realisasi-puskesmas-sukomoro-2026-01.json": [
        tbp(PKM, "1.02.02.2.02.0001", MAMIN, "GU", "TBP/B/001", "2026-01-22", 2_400_000),
        ls(PKM, "1.02.02.2.02.0002", JASA, "SPP-LS/B/001", "2026-01-10", "6000000.00",
           spm=("SPM-LS/B/001", "2026-01-12"), sp2d=("SP2D-LS/B/001", "2026-01-14")),
    ],
    "realisasi-puskesmas-sukomoro-2026-02.json": {   # saved as SIPD's API answers
        "draw": 1, "recordsTotal": 2, "recordsFiltered": 2,
        "data": [tbp(PKM, "1.02.02.2.02.0003", SPPD, "TU", "TBP/B/002", "2026-02-11", 1_750_000), B4]},
    "realisasi-puskesmas-sukomoro-2026-03.json": [
        B4,
        tbp(PKM, "1.02.02.2.02.0001", MAMIN, "GU", "TBP/B/003", "2026-03-18", 3_100_000),
        # the same TBP, account and value on another sub kegiatan: another line, counted too
        tbp(PKM, "1.02.02.2.02.0002", MAMIN, "GU", "TBP/B/003", "2026-03-18", 3_100_000),
    ],
}


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, records in EXPORTS.items():
        (DATA / name).write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
