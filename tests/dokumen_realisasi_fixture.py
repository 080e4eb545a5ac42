"""How ``tests/data/dokumen-realisasi/`` was made (run once; the document is committed).

``python tests/dokumen_realisasi_fixture.py`` writes a small Renja Perubahan 2026 document of
DINAS KESEHATAN, Kabupaten Contoh, evaluated to TRIWULAN I, in the Markdown form the reader
takes (``tests/data/renja-mini.md``): a title page and Tabel 2.2, whose realisasi Rp column is
compared with SIPD's realisation of ``tests/data/sipd-realisasi`` (``check --source DOC
--sipd-realisasi``). Its rows are listed, with the expected comparison derived by hand, in
``tests/data/dokumen-realisasi/README.md``.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "dokumen-realisasi"
NAMA = "renja-perubahan-2026-dinas-kesehatan.md"

PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
UKP = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
#: (level, name, indicator, target K, unit, pagu Rp, realisasi K, realisasi Rp); program and
#: kegiatan rows are the sums of their sub kegiatan.
ROWS = [
    ("program", PENUNJANG, "Nilai SAKIP", 1, "Nilai", 6_645_000_000, 0, 1_522_760_000),
    ("kegiatan", "Kegiatan Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", 12, "Laporan",
     6_585_000_000, 3, 1_516_760_000),
    ("sub", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN", 120, "Orang", 6_450_000_000, 120, 1_500_000_000),
    ("sub", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah dokumen", 12, "Dokumen", 120_000_000, 3,
     12_510_000),
    ("sub", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah laporan", 4, "Laporan",
     15_000_000, 1, 4_250_000),
    ("kegiatan", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Jumlah laporan", 12, "Laporan",
     60_000_000, 3, 6_000_000),
    ("sub", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah laporan", 12, "Laporan", 60_000_000,
     3, 6_000_000),
    ("program", UKP, "Persentase fasilitas kesehatan terakreditasi", 100, "%", 1_858_000_000, 25, 277_350_000),
    ("kegiatan", "Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                 "Kabupaten/Kota", "Jumlah fasilitas", 18, "Unit", 1_250_000_000, 18, 200_000_000),
    ("sub", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di "
            "Fasilitas Kesehatan", "Jumlah paket obat", 4, "Paket", 1_250_000_000, 1, 200_000_000),
    ("kegiatan", "Kegiatan Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
     "Jumlah layanan", 7, "Layanan", 608_000_000, 2, 77_350_000),
    ("sub", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Jumlah ibu hamil", 800, "Orang", 385_000_000, 210,
     13_000_000),
    ("sub", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "Jumlah ibu bersalin", 780, "Orang", 40_000_000, 190,
     9_100_000),
    ("sub", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", "Jumlah bayi", 770, "Bayi", 38_000_000, 185,
     1_750_000),
    ("sub", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Jumlah balita", 960, "Balita", 85_000_000, 240,
     8_500_000),
    ("sub", "Pengelolaan Pelayanan Kesehatan Lingkungan", "Jumlah sarana", 50, "Sarana", 60_000_000, 10,
     45_000_000),
]

HEADER = ("Program, Kegiatan, Sub Kegiatan\tIndikator Kinerja Tujuan, Sasaran, Program(outcome), Kegiatan (output), "
          "Sub Kegiatan\tTarget Kinerja dan Anggaran Renja Perangkat Daerah Tahun berjalan yang dievaluasi (Tahun "
          "2026)\t\t\tRealisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang dievaluasi\t\t\tTingkat "
          "Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)\t\tKeterangan\tSolusi\n"
          "\t\tK\t\tRp\tK\t\tRp\tK\tRp\t\t\n"
          "\t\tVolume\tSatuan\t\tVolume\tSatuan\t\t\t\t\t\n")


def _angka(v: float) -> str:
    """A number as the documents write it: 1.234.567, decimals with a comma."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _row(level, nama, ind, target, satuan, pagu, real_k, real_rp) -> str:
    cells = [nama, ind, _angka(target), satuan, _angka(pagu), _angka(real_k), satuan, _angka(real_rp),
             _angka(round(real_k / target * 100, 2)), _angka(round(real_rp / pagu * 100, 2)), "", ""]
    if level != "sub":
        cells = [f"<b>{c}</b>" if c else c for c in cells]
    return "\t".join(cells)


def text() -> str:
    body = "\n".join(_row(*r) for r in ROWS)
    return ("# RENCANA KERJA PERUBAHAN TAHUN 2026 (contoh uji buatan tangan)\n\n"
            "**PEMERINTAH KABUPATEN CONTOH**  \n**DINAS KESEHATAN**  \n\n"
            "Dokumen kecil buatan tangan untuk pengujian; angka fiktif, sepadan dengan tests/data/sipd-realisasi.\n\n"
            "## 2.2 Telaah\n\n**EVALUASI PELAKSANAAN RENJA SAMPAI DENGAN TRIWULAN I TAHUN 2026**\n\nTabel 2.2\n\n"
            + HEADER + body + "\n\nPenutup.\n")


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / NAMA).write_text(text(), encoding="utf-8")


if __name__ == "__main__":
    main()
