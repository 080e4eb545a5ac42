"""How the SIPD-RI fixtures in ``tests/data/sipd/`` were made (run once; the JSON is committed).

``python tests/sipd_fixture.py`` writes two exports shaped like SIPD-RI's (one JSON
array of records per perangkat daerah, one record per sub kegiatan, program and
kegiatan fields repeated, stated totals on every record):

``dinkop-ukm-magetan.json`` — the bundled document's office, built from its section
3.2 rows (``hasil_analisis`` side: names, indicators, targets, P-APBD pagu) and, for
the rows 3.3 codes, from 3.3 (name, target after revision, RKPD Perubahan pagu).
Codes come from 3.3 where it gives them, else from the Permendagri 90/2019 pattern;
the support program is coded as SIPD codes it, ``X.XX.01``. Planted differences, each
listed in ``PLANTED`` and in ``tests/data/sipd/README.md``.

``dinkes-contoh.json`` — a small second office (a dinas and its UPTD as two sub-units)
carrying what real exports contain: packed indicators (one pack that does not pair
up), targets ``"60,31 %"``, ``"4.43-4.47"``, ``"30/14 Orang/bulan"`` and null, a
duplicated sub kegiatan code, pagu 0, pagu n+1 as floats, trailing spaces, a stated
sub-unit total that leaves out the duplicate.

The tests derive their expectations from this description, by hand; they never
read them from what the library prints.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "sipd"

TAHUN = 2024
MAGETAN = {"kode_skpd": "2.17.0.00.0.00.01.0000", "nama_skpd": "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"}
URUSAN = {
    "2": ("URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
          "2.17", "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH"),
    "1": ("URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
          "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
    "X": ("UNSUR PENDUKUNG URUSAN PEMERINTAHAN", "X.XX", "PENUNJANG URUSAN PEMERINTAHAN"),
}

# Magetan: (level, SIPD code, 3.2 row number or None, 3.3 code or None, satuan when the
# document gives none, changes). Changes: nama, satuan, target, pagu, n_depan (the planted
# differences), tambahan (a second packed indicator), hilang (left out of SIPD).
M = [
    ("program", "X.XX.01", 1, None, None, {}),
    ("kegiatan", "X.XX.01.2.01", 2, None, None, {}),
    ("sub_kegiatan", "X.XX.01.2.01.0001", 3, None, "Dokumen", {}),
    ("sub_kegiatan", "X.XX.01.2.01.0007", 4, None, "Laporan", {}),
    ("kegiatan", "X.XX.01.2.02", 5, None, "Dokumen", {}),
    ("sub_kegiatan", "X.XX.01.2.02.0001", 6, None, "Orang", {
        "tambahan": ("Jumlah Bulan Gaji dan Tunjangan ASN yang Dibayarkan", "12", "Bulan")}),
    ("kegiatan", "X.XX.01.2.05", 7, None, "Orang", {}),
    ("sub_kegiatan", "X.XX.01.2.05.0010", 8, None, "Orang", {}),
    ("kegiatan", "X.XX.01.2.06", 9, None, "Bulan", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0001", 10, None, "Paket", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0002", 11, None, "Paket", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0003", 12, None, "Paket", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0004", 13, None, "Paket", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0005", 14, None, "Paket", {"nama": "Penyediaan Barang Cetakan dan Penggandaan"}),
    ("sub_kegiatan", "X.XX.01.2.06.0006", 15, None, "Dokumen", {}),
    ("sub_kegiatan", "X.XX.01.2.06.0009", 16, None, "Laporan", {}),
    ("kegiatan", "X.XX.01.2.07", 17, None, None, {}),
    ("sub_kegiatan", "X.XX.01.2.07.0001", 18, None, None, {}),
    ("sub_kegiatan", "X.XX.01.2.07.0002", 19, None, None, {}),
    ("kegiatan", "X.XX.01.2.08", 20, None, "Laporan", {}),
    ("sub_kegiatan", "X.XX.01.2.08.0002", 21, None, "Laporan", {}),
    ("sub_kegiatan", "X.XX.01.2.08.0003", 22, "2.17.01.2.08.0003", None, {"satuan": "Paket"}),
    ("sub_kegiatan", "X.XX.01.2.08.0004", 23, "2.17.01.2.08.0004", None, {}),
    ("kegiatan", "X.XX.01.2.09", 24, "2.17.01.2.09", None, {}),
    ("sub_kegiatan", "X.XX.01.2.09.0001", 25, "2.17.01.2.09.0001", None, {}),
    ("sub_kegiatan", "X.XX.01.2.09.0009", 26, "2.17.01.2.09.0009", None, {}),
    ("program", "2.17.02", 27, "2.17.02", None, {}),
    ("kegiatan", "2.17.02.2.01", 28, "2.17.02.2.01", None, {}),
    ("sub_kegiatan", "2.17.02.2.01.0001", 29, "2.17.02.2.01.0001", None, {}),
    ("kegiatan", "2.17.02.2.02", 30, None, "Izin", {}),
    ("sub_kegiatan", "2.17.02.2.02.0001", 31, None, "Unit Usaha", {
        "nama": "Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas "
                "Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota"}),
    ("program", "2.17.03", 32, None, "Koperasi", {}),
    ("kegiatan", "2.17.03.2.01", 33, None, "Koperasi", {}),
    ("sub_kegiatan", "2.17.03.2.01.0001", 34, None, "Koperasi", {}),
    ("sub_kegiatan", "2.17.03.2.01.0002", 35, None, "Koperasi", {}),
    ("program", "2.17.04", 36, None, "Koperasi", {}),
    ("kegiatan", "2.17.04.2.01", 37, None, "Koperasi", {}),
    ("sub_kegiatan", "2.17.04.2.01.0001", 38, None, "Unit Usaha", {}),
    ("sub_kegiatan", "2.17.04.2.01.0002", 39, None, "Koperasi", {"target": "25"}),
    ("program", "2.17.05", 40, None, "%", {}),
    ("kegiatan", "2.17.05.2.01", 41, None, "Koperasi", {}),
    ("sub_kegiatan", "2.17.05.2.01.0001", 42, None, "Orang", {}),
    ("program", "2.17.06", 43, None, None, {}),
    ("kegiatan", "2.17.06.2.01", 44, None, None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0002", 45, None, None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0004", 46, None, None, {
        "nama": "Peningkatan produktivitas, nilai tambah, akses pasar, akses pembiayaan, penguatan kelembagaan, "
                "penataan manajemen, standarisasi dan restrukturisasi usaha"}),
    ("sub_kegiatan", "2.17.06.2.01.0005", 47, None, None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0006", 48, None, None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0008", 49, None, None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0009", 50, "2.17.06.2.01.0009", None, {}),
    ("sub_kegiatan", "2.17.06.2.01.0010", None, None, None, {
        "baru": ("Fasilitasi Sertifikasi Produk Koperasi", "Jumlah Koperasi yang Difasilitasi Sertifikasi Produknya",
                 "5", "Koperasi")}),
    ("program", "2.17.07", 51, "2.17.07", None, {}),
    ("kegiatan", "2.17.07.2.01", 52, "2.17.07.2.01", None, {
        "nama": "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, "
                "Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan"}),
    ("sub_kegiatan", "2.17.07.2.01.0002", 53, "2.17.07.2.01.0002", None, {
        "nama": "Pemberdayaan Melalui Kemitraan Usaha Mikro"}),
    ("sub_kegiatan", "2.17.07.2.01.0003", 54, "2.17.07.2.01.0003", None, {}),
    ("sub_kegiatan", "2.17.07.2.01.0004", None, "2.17.07.2.01.0004", None, {"n_depan": 50_000_000}),
    ("sub_kegiatan", "2.17.07.2.01.0008", 55, "2.17.07.2.01.0008", None, {
        "pagu": 1_500_000_000, "n_depan": 500_000_000, "spasi": True}),
    ("sub_kegiatan", "2.17.07.2.01.0009", 56, "2.17.07.2.01.0009", None, {}),
    ("sub_kegiatan", "2.17.07.2.01.0010", 57, None, None, {}),
    ("sub_kegiatan", "2.17.07.2.01.0013", None, "2.17.07.2.01.0013", None, {}),
    ("program", "2.17.08", 58, None, None, {}),
    ("kegiatan", "2.17.08.2.01", 59, None, None, {}),
    ("sub_kegiatan", "2.17.08.2.01.0001", 60, None, None, {"nama": "Pengembangan Usaha Mikro"}),
    ("sub_kegiatan", "2.17.08.2.01.0002", 61, None, None, {"hilang": True}),
    ("sub_kegiatan", "2.17.08.2.01.0003", 62, None, None, {}),
]
#: The stated program total of 2.17.08 still counts the sub kegiatan left out (Rp 10.000.000).
TOTAL_BASI = {("program", "2.17.08"): 10_000_000}
#: n+1 = pagu x 1.1 (a float, as SIPD writes it) under these programs; elsewhere n+1 = pagu.
NAIK_SEPULUH = ("2.17.05", "2.17.06")

PLANTED = """\
dinkop-ukm-magetan.json (41 records, 8 programs, 15 kegiatan):
- left out: sub kegiatan Penumbuhan dan Pengembangan Kewirausahaan (3.2 no 61, Rp 10.000.000);
- SIPD only: 2.17.06.2.01.0010 Fasilitasi Sertifikasi Produk Koperasi (pagu 0);
- pagu changed: 2.17.07.2.01.0008 Pemulihan Usaha Mikro Rp 1.500.000.000 (document Rp 1.513.500.000);
- target changed: 2.17.04.2.01.0002 (3.2 no 39) 25 (document 20);
- unit changed: X.XX.01.2.08.0003 Paket (3.3: Laporan);
- names as SIPD spells them: Kemitraan for the OCR's Kemiripan (2.17.07.2.01 and .0002), Penyediaan Barang
  Cetakan (no 14), Pengembangan Usaha Mikro (no 60), the full names of nos 31 and 46 (cut in 3.2);
- packed indicator (pairs up): X.XX.01.2.02.0001 Gaji, two indicators;
- placeholder codes: the support program X.XX.01 and everything under it;
- stated total off by one sub kegiatan: total_pagu_indikatif_program of 2.17.08 is Rp 210.300.000, the rows
  sum to Rp 200.300.000 (the left-out sub kegiatan);
- pagu 0: 2.05.0010, 2.07.0001, 2.07.0002 (document: 0 or '-'), 2.17.07.2.01.0004 and .0013 (3.3), 2.17.06.2.01.0010;
- pagu n+1: 2.17.07.2.01.0004 0 -> Rp 50.000.000; 2.17.07.2.01.0008 Rp 1.500.000.000 -> Rp 500.000.000;
  x 1.1 under 2.17.05 and 2.17.06; equal to pagu elsewhere.
dinkes-contoh.json (9 records; sub-units DINAS KESEHATAN and UPTD PUSKESMAS PLAOSAN):
- packed program indicator that does not pair up: 3 names, 2 targets, 2 units (dinas, 1.02.02);
- targets "2 Dokumen", "120 Orang/Bulan", "1 Dokumen\\n60,31 %", "4.43-4.47", "30/14 Orang/bulan" (not
  readable), null (with its tolok ukur);
- duplicated code 1.02.02.2.01.0014 in the UPTD (records 7 and 8); 1.02.02.2.02.0033 in both sub-units (fine);
- pagu 0: 1.02.03.2.02.0001; pagu n+1 of 1.02.02.2.02.0020 Rp 50.000.000 -> Rp 120.000.000 (+140 %),
  x 1.05 elsewhere;
- the UPTD's stated total_pagu_indikatif_sub_skpd leaves out the duplicate: Rp 436.000.000 for Rp 451.000.000;
- placeholder X.XX.01 in both sub-units.
"""


def _angka(v) -> str:
    v = float(v)
    return str(int(v)) if v.is_integer() else f"{v:.2f}".rstrip("0").replace(".", ",")


def _magetan_rows():
    import pandas as pd

    from renja_analysis import load_document

    doc = load_document()
    rv = doc.review_rkpd[doc.review_rkpd["sisi"].astype(str) == "hasil_analisis"].set_index("no")
    rc = doc.rencana.dropna(subset=["kode"]).set_index("kode")
    rows = []
    for level, kode, no, kode33, satuan, ubah in M:
        if ubah.get("hilang"):
            continue
        if "baru" in ubah:
            nama, ind, target, sat = ubah["baru"]
            row = dict(nama=nama, indikator=ind, target=target, satuan=sat, pagu=0.0, lokasi=None, dana=None)
        else:
            a = rv.loc[no] if no is not None else None
            b = rc.loc[kode33] if kode33 is not None else None
            def pick(col_b, col_a, a=a, b=b):
                if b is not None and not pd.isna(b[col_b]):
                    return b[col_b]
                return None if a is None or pd.isna(a[col_a]) else a[col_a]

            target = pick("target_sesudah", "target_k")
            row = dict(nama=pick("nama", "nama"), indikator=pick("indikator", "indikator"),
                       target=_angka(target), satuan=pick("satuan_sesudah", "satuan"),
                       pagu=pick("pagu_rkpd_perubahan_rp", "pagu_rp"),
                       lokasi=pick("lokasi", "lokasi"), dana=b["sumber_dana"] if b is not None else None)
            row["satuan"] = satuan if row["satuan"] is None else row["satuan"]
            row["pagu"] = 0.0 if row["pagu"] is None else float(row["pagu"])
        for key in ("nama", "satuan", "target", "pagu"):
            if key in ubah:
                row[key] = ubah[key]
        row.update(level=level, kode=kode, tambahan=ubah.get("tambahan"), n_depan=ubah.get("n_depan"),
                   spasi=ubah.get("spasi", False))
        rows.append(row)
    return rows


def _records_from_tree(rows, unit, sub_units):
    """Records (one per sub kegiatan) from rows in hierarchical order."""
    records = []
    program = kegiatan = None
    for r in rows:
        if r["level"] == "program":
            program = r
        elif r["level"] == "kegiatan":
            kegiatan = r
        else:
            records.append((sub_units(r), program, kegiatan, r))
    return records


def _text(v) -> str | None:
    return None if v is None or str(v) in ("<NA>", "nan") else str(v)


def _record(unit, sub, program, kegiatan, s, k, out_no):
    urusan = program["kode"].split(".")[0]
    nama_urusan, bidang, nama_bidang = URUSAN[urusan]
    kode_bidang = bidang if urusan != "X" else "X.XX"
    tu, tt, sat = s["indikator"], s["target"], s["satuan"]
    if s.get("tambahan"):
        tu, tt, sat = (f"{tu}\n{s['tambahan'][0]}", f"{tt}\n{s['tambahan'][1]}",
                       f"{sat}\n{s['tambahan'][2]}")
    pagu = float(s["pagu"])
    return {
        "id_skpd": 100 + k, "id_sub_skpd": 200 + k, "id_sub_giat": out_no, "id_bl": 9000 + out_no,
        "tahun": TAHUN, **unit, "kode_sub_skpd": sub[0], "nama_sub_skpd": sub[1],
        "kode_urusan": urusan, "nama_urusan": nama_urusan, "kode_bidang_urusan": kode_bidang,
        "nama_bidang_urusan": nama_bidang,
        "kode_program": program["kode"], "nama_program": program["nama"],
        "indikator_outcome": program["indikator"], "target_akhir": None, "realisasi_capaian": None,
        "prakiraan": None, "target_maju_1": None,
        "tolak_ukur_capaian": program["indikator"], "target_teks_capaian": program["target"],
        "satuan_capaian": program["satuan"],
        "kode_giat": kegiatan["kode"], "nama_giat": kegiatan["nama"],
        "tolak_ukur_output": kegiatan["indikator"],
        "target_teks_output": f"{kegiatan['target']} {kegiatan['satuan']}" if kegiatan["satuan"] else kegiatan["target"],
        "satuan_output": kegiatan["satuan"],
        "kode_sub_giat": s["kode"], "nama_sub_giat": s["nama"] + ("  " if s.get("spasi") else ""),
        "pagu": int(pagu) if pagu.is_integer() else pagu, "pagu_indikatif": int(pagu) if pagu.is_integer() else pagu,
        "pagu_n_depan": s["n_depan_nilai"],
        "tolok_ukur_sub": tu, "target_sub_teks": tt, "satuan_sub": sat,
        "nama_dana": _text(s.get("dana")) or "DANA TRANSFER UMUM-DANA ALOKASI UMUM",
        "lokasi_bl": _text(s.get("lokasi")) or "Kab. Magetan, Semua Kecamatan, Semua Kel/Desa",
        "kelompok_sasaran": s.get("sasaran") or "Perangkat Daerah dan Masyarakat",
        "kunci_bl": 0, "kunci_bl_rinci": 0, "pagu_locked": 1,
    }


def _totals(records, stale=None):
    """Fill the stated totals (sums over the records, as SIPD computes them), then apply
    ``stale``: {(level, code): amount the stated total is too high by}."""
    stale = stale or {}
    keys = {"program": ("kode_sub_skpd", "kode_program"), "kegiatan": ("kode_sub_skpd", "kode_program", "kode_giat"),
            "sub_skpd": ("kode_sub_skpd",), "urusan": ("kode_sub_skpd", "kode_urusan"),
            "bidang_urusan": ("kode_sub_skpd", "kode_bidang_urusan"), "": ("kode_skpd",)}
    for level, cols in keys.items():
        for field, value in (("indikatif", "pagu_indikatif"), ("n_depan", "pagu_n_depan")):
            sums: dict = {}
            for r in records:
                key = tuple(r[c] for c in cols)
                sums[key] = sums.get(key, 0) + (r[value] or 0)
            name = f"total_pagu_{field}" + (f"_{level}" if level else "")
            for r in records:
                total = sums[tuple(r[c] for c in cols)]
                code = r[cols[-1]]
                if field == "indikatif":
                    total += stale.get((level, code), 0)
                r[name] = int(total) if float(total).is_integer() else round(total, 2)
    return records


def magetan() -> list[dict]:
    rows = _magetan_rows()
    for r in rows:
        if r["level"] != "sub_kegiatan":
            continue
        if r["n_depan"] is not None:
            r["n_depan_nilai"] = r["n_depan"]
        elif any(r["kode"].startswith(p + ".") for p in NAIK_SEPULUH):
            r["n_depan_nilai"] = round(r["pagu"] * 1.1, 2)
        else:
            r["n_depan_nilai"] = int(r["pagu"])
    unit = MAGETAN
    tree = _records_from_tree(rows, unit, lambda r: (unit["kode_skpd"], unit["nama_skpd"]))
    records = [_record(unit, sub, p, k, s, 0, i + 1) for i, (sub, p, k, s) in enumerate(tree)]
    return _totals(records, stale=TOTAL_BASI)


def dinkes() -> list[dict]:
    unit = {"kode_skpd": "1.02.0.00.0.00.01.0000", "nama_skpd": "DINAS KESEHATAN"}
    dinas = ("1.02.0.00.0.00.01.0000", "DINAS KESEHATAN")
    uptd = ("1.02.0.00.0.00.01.0001", "UPTD PUSKESMAS PLAOSAN")

    def ent(level, kode, nama, ind, target, satuan, **kw):
        return dict(level=level, kode=kode, nama=nama, indikator=ind, target=target, satuan=satuan, **kw)

    penunjang = ent("program", "X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                    "Nilai SAKIP Perangkat Daerah", "78", "Nilai")
    renc = ent("kegiatan", "X.XX.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
               "Jumlah Dokumen Perencanaan dan Evaluasi", "3", "Dokumen")
    keu = ent("kegiatan", "X.XX.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah Dokumen Keuangan",
              "12", "Dokumen")
    jasa = ent("kegiatan", "X.XX.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
               "Jumlah Laporan Penyediaan Jasa", "12", "Laporan")
    ukp = dict(kode="1.02.02", nama="PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
    ukp_dinas = ent("program", **ukp, ind="Angka Kematian Ibu\nAngka Kematian Bayi\nPrevalensi Stunting",
                    target="0,8 %\n100 %", satuan="%\n%")
    ukp_uptd = ent("program", **ukp, ind="Angka Kematian Ibu\nAngka Kematian Bayi", target="0,8 %\n100 %",
                   satuan="%\n%")
    rujukan = ent("kegiatan", "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat "
                  "Daerah Kabupaten/Kota", "Jumlah Dokumen Hasil Penyediaan Layanan Kesehatan", "12", "Dokumen")
    fasilitas = ent("kegiatan", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP "
                    "Kewenangan Daerah Kabupaten/Kota", "Jumlah Fasilitas Kesehatan yang Disediakan", "1", "Unit")
    sdm = ent("program", "1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
              "Persentase SDM Kesehatan yang Kompeten", "85", "%")
    mutu = ent("kegiatan", "1.02.03.2.02", "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya "
               "Manusia Kesehatan Tingkat Daerah Kabupaten/Kota", "Jumlah SDM Kesehatan yang Ditingkatkan "
               "Kompetensinya", "30", "Orang")
    obat = dict(kode="1.02.02.2.01.0014", nama="Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, "
                "Makanan dan Minuman di Fasilitas Kesehatan", ind="Jumlah Paket Obat yang Disediakan")

    def sub(kode, nama, ind, target, satuan, pagu, n_depan=None, spasi=False):
        return ent("sub_kegiatan", kode, nama, ind, target, satuan, pagu=float(pagu), spasi=spasi,
                   n_depan_nilai=round(pagu * 1.05, 2) if n_depan is None else n_depan)

    tree = [
        (dinas, penunjang, renc, sub("X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                                     "Jumlah Dokumen Perencanaan Perangkat Daerah", "2 Dokumen", "Dokumen",
                                     25_000_000, spasi=True)),
        (dinas, penunjang, keu, sub("X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
                                    "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "120 Orang/Bulan",
                                    "Orang/Bulan", 4_200_000_000)),
        (dinas, ukp_dinas, rujukan, sub("1.02.02.2.02.0020", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
                                        "Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat\n"
                                        "Persentase Balita Gizi Baik", "1 Dokumen\n60,31 %", "Dokumen\n%",
                                        50_000_000, n_depan=120_000_000)),
        (dinas, ukp_dinas, rujukan, sub("1.02.02.2.02.0033", "Operasional Pelayanan Puskesmas",
                                        "Indeks Kepuasan Masyarakat", "4.43-4.47", "Indeks", 300_000_000)),
        (dinas, sdm, mutu, sub("1.02.03.2.02.0001", mutu["nama"], "Jumlah Sumber Daya Manusia Kesehatan yang "
                               "Ditingkatkan Mutu dan Kompetensinya", "30/14 Orang/bulan", "Orang/bulan", 0)),
        (uptd, penunjang, jasa, sub("X.XX.01.2.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                                    "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                                    "12 Laporan", "Laporan", 36_000_000)),
        (uptd, ukp_uptd, fasilitas, sub(obat["kode"], obat["nama"], obat["ind"], "12 Paket", "Paket", 150_000_000)),
        (uptd, ukp_uptd, fasilitas, sub(obat["kode"], obat["nama"], obat["ind"], None, "Paket", 15_000_000)),
        (uptd, ukp_uptd, rujukan, sub("1.02.02.2.02.0033", "Operasional Pelayanan Puskesmas",
                                      "Jumlah Puskesmas yang Beroperasi", "1 Unit", "Unit", 250_000_000)),
    ]
    records = []
    for i, (su, p, k, s) in enumerate(tree):
        s["dana"], s["lokasi"], s["sasaran"] = "DANA TRANSFER UMUM-DANA ALOKASI UMUM", "Kab. Magetan", "Masyarakat"
        records.append(_record(unit, su, p, k, s, 1, i + 1))
    records = _totals(records)
    for r in records:          # the UPTD's sub-unit total leaves out the duplicate (record 8, Rp 15.000.000)
        if r["kode_sub_skpd"] == uptd[0]:
            r["total_pagu_indikatif_sub_skpd"] -= 15_000_000
    return records


def write(folder: Path = DATA) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, records in (("dinkop-ukm-magetan.json", magetan()), ("dinkes-contoh.json", dinkes())):
        path = folder / name
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    (folder / "README.md").write_text(
        "# SIPD-RI fixtures\n\nMade by `tests/sipd_fixture.py` (see its docstring); committed as written.\n\n"
        "## Planted differences and what real exports contain\n\n" + PLANTED, encoding="utf-8")
    return paths


RAGAM = DATA.parent / "sipd-ragam"
RAGAM_README = """\
# A pemda's SIPD-RI folder as it arrives

Made by `tests/sipd_fixture.py` (`ragam`); committed as written. The records of `tests/data/sipd/`,
handed over the way offices hand them over (issue 17):

- `dinkes-excel.csv`: the Dinkes export opened in an Indonesian-locale Excel and saved as "CSV UTF-8":
  a BOM, `;` between cells, CRLF line ends, money written `25.000.000,00`, null as an empty cell;
- `dinkop-api.json`: the Magetan export as SIPD's API answers it, `{"draw": 1, "recordsTotal": 41,
  "recordsFiltered": 41, "data": [...]}`, money as digit strings (`"1500000000.00"`), on one line;
- `dinkop-api (1).json`: the same answer downloaded a second time (same bytes);
- `kecamatan-kosong.json`: an office whose export came out empty (`"data": []`).

Read together: 9 + 41 records (the copy is read once, the empty export listed), the findings of
`tests/data/sipd/` plus one `sipd_berkas_salinan` and one `sipd_berkas_kosong`.
"""


def _uang(name: str) -> bool:
    return name.startswith(("pagu", "total_pagu"))


def _indonesia(value) -> str:
    """1500000.5 -> '1.500.000,50': an Indonesian-locale Excel's money."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def ragam(folder: Path = RAGAM) -> list[Path]:
    """The records of ``write``, handed over as offices do (``RAGAM_README``)."""
    import csv
    import io

    folder.mkdir(parents=True, exist_ok=True)
    records = dinkes()
    header = list(dict.fromkeys(k for r in records for k in r))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for r in records:
        w.writerow(["" if r.get(h) is None else _indonesia(r[h]) if _uang(h) else r[h] for h in header])
    paths = [folder / "dinkes-excel.csv"]
    paths[0].write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    api = [{k: (f"{v:.2f}" if _uang(k) and v is not None else v) for k, v in r.items()} for r in magetan()]
    answer = json.dumps({"draw": 1, "recordsTotal": len(api), "recordsFiltered": len(api), "data": api},
                        ensure_ascii=False, separators=(",", ":"))
    for name in ("dinkop-api.json", "dinkop-api (1).json"):
        paths.append(folder / name)
        paths[-1].write_text(answer, encoding="utf-8")
    paths.append(folder / "kecamatan-kosong.json")
    paths[-1].write_text('{"draw":1,"recordsTotal":0,"recordsFiltered":0,"data":[]}', encoding="utf-8")
    (folder / "README.md").write_text(RAGAM_README, encoding="utf-8")
    return paths


def pemda_besar(folder: Path, offices: int = 55, records: int = 3000) -> None:
    """A generated pemda (not committed): ``records`` records over ``offices`` files, each
    with the fields and ~40 ignored ids a real export carries. Used by the SIPD tests and
    by ``bench/run.py`` (the time it takes to read is measured there, never asserted)."""
    folder.mkdir()
    for o in range(offices):
        kode_skpd = f"{1 + o % 4}.{o:02d}.0.00.0.00.01.0000"
        bidang = ".".join(kode_skpd.split(".")[:2])
        rows = []
        for k in range(records // offices + (1 if o < records % offices else 0)):
            prog = f"{bidang}.{2 + k % 5:02d}" if k % 7 else "X.XX.01"
            giat = f"{prog}.2.{1 + k % 3:02d}"
            pagu = 1_000_000 * (1 + (k * 37 + o) % 500)
            rows.append({
                "tahun": 2024, "kode_skpd": kode_skpd, "nama_skpd": f"DINAS CONTOH {o}", "kode_program": prog,
                "nama_program": f"PROGRAM {prog}", "kode_giat": giat, "nama_giat": f"Kegiatan {giat}",
                "kode_sub_giat": f"{giat}.{k:04d}", "nama_sub_giat": f"Sub kegiatan {k} " + "x" * 60,
                "pagu": pagu, "tolok_ukur_sub": "Jumlah sekolah", "target_sub_teks": f"{1 + k % 12} Laporan",
                "satuan_sub": "Unit", "pagu_indikatif": pagu, "pagu_n_depan": pagu * 1.05,
                "tolak_ukur_capaian": "Persentase A\nPersentase B", "target_teks_capaian": "0,8 %\n100 %",
                "satuan_capaian": "%\n%", "tolak_ukur_output": "Jumlah dokumen", "target_teks_output": "2 Dokumen",
                **{f"id_{i}": i for i in range(40)}})
        (folder / f"pd-{o:02d}.json").write_text(json.dumps(rows), encoding="utf-8")


if __name__ == "__main__":
    for p in write() + ragam():
        print(p)
