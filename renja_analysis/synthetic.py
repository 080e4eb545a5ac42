"""Synthetic Renja documents for tests and benchmarks.

``tulis_dokumen`` writes a document of the family of the bundled one: the same
Markdown-ish text with tab-separated tables (a title page, Tabel 2.1, Tabel 2.2
with its 12-cell layout, Tabel 3.1, the numbered 3.2 review and the coded 3.3
table), page headers repeated every ``halaman`` rows and headings between the
tables, with any number of programs, kegiatan and sub kegiatan. Everything is
deterministic from ``seed``: the same arguments give the same bytes.

The numbers are consistent (stated percentages, parent sums, the same row in
every table) except for the contradictions asked for in ``kontradiksi``; the
returned dictionary says what was planted and where, so that a test can assert
that exactly those findings come out:

=================  ==============================================================
``kontradiksi``    what is planted (one sub kegiatan or kegiatan chosen by the seed)
=================  ==============================================================
``persen``         Tabel 2.2 states a serapan 7 points above its numbers
                   (``persen_tidak_cocok``, kritis)
``jumlah``         a kegiatan's pagu in Tabel 2.2 is Rp 1.000.000 above the sum of
                   its sub kegiatan (its program carries the same amount, so only
                   the kegiatan is off: ``jumlah_tidak_cocok``)
``realisasi_21``   Tabel 2.1 gives a sub kegiatan one unit more realisation than
                   Tabel 2.2 (``antar_tabel_tidak_cocok``, kolom ``realisasi_k``)
``selisih``        3.3 states a bertambah/berkurang Rp 5.000.000 off the
                   difference of its columns (``selisih_tidak_cocok``)
``keterangan``     a keterangan announces a change Rp 1.000 different from the pagu
                   change APBD -> P-APBD (``keterangan_tidak_cocok``)
=================  ==============================================================

A kind may be given more than once (each time another row). Naturally occurring
signals (sub kegiatan not yet started, money spent without output, announced
changes that match: ``keterangan_cocok``) are part of every document, as in real
ones.

``tulis_tsv`` writes the same data rows as clean tab-separated files (one per
table, plain numbers), the baseline of the benchmark.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .keys import ROMAWI

#: The contradiction kinds ``tulis_dokumen`` can plant, with the finding each gives.
KONTRADIKSI = {
    "persen": "persen_tidak_cocok",
    "jumlah": "jumlah_tidak_cocok",
    "realisasi_21": "antar_tabel_tidak_cocok",
    "selisih": "selisih_tidak_cocok",
    "keterangan": "keterangan_tidak_cocok",
}
_BULAN = {1: "Maret", 2: "Juli", 3: "Oktober", 4: "Desember"}
_TW_BULAN = {1: "MARET", 2: "JUNI", 3: "SEPTEMBER", 4: "DESEMBER"}

_PROG_KATA = ["PENGEMBANGAN", "PEMBERDAYAAN", "PENGAWASAN", "PEMBINAAN", "PELAYANAN",
              "PENATAAN", "PERLINDUNGAN", "PENINGKATAN"]
_PROG_OBJEK = ["USAHA MIKRO", "KOPERASI", "KEWIRAUSAHAAN", "PASAR RAKYAT", "INDUSTRI KECIL",
               "SUMBER DAYA MANUSIA", "PERIZINAN USAHA", "EKONOMI KREATIF", "PRODUK UNGGULAN"]
_KEG_KATA = ["Fasilitasi", "Koordinasi", "Pembinaan", "Pengelolaan", "Penyelenggaraan",
             "Pengendalian", "Pendampingan"]
_KEG_OBJEK = ["Kelembagaan Koperasi", "Usaha Mikro Binaan", "Pelaku Usaha Daerah",
              "Sentra Produksi", "Layanan Perizinan", "Jaringan Pemasaran", "Kemitraan Usaha"]
_SUB_KATA = ["Penyediaan", "Pelaksanaan", "Penyusunan", "Pengadaan", "Pemeliharaan",
             "Peningkatan", "Pelatihan", "Pendataan", "Sosialisasi"]
_SUB_OBJEK = ["Bahan Logistik Kantor", "Dokumen Perencanaan", "Peralatan Kantor",
              "Laporan Keuangan", "Sarana Promosi", "Data Pelaku Usaha", "Tenaga Pendamping",
              "Modul Pelatihan", "Kendaraan Operasional", "Jasa Kebersihan"]
_INDIKATOR = ["Jumlah Laporan yang Disusun", "Jumlah Pelaku Usaha yang Difasilitasi",
              "Jumlah Paket yang Disediakan", "Jumlah Dokumen yang Diterbitkan",
              "Jumlah Orang yang Dilatih", "Jumlah Unit yang Dipelihara"]
_SATUAN = ["Laporan", "Paket", "Dokumen", "Orang", "Unit", "Unit Usaha", "Koperasi"]
_INDIKATOR_ATAS = ["Indeks Kepuasan Pelaku Usaha", "Jumlah Koperasi Aktif",
                   "Jumlah Usaha Mikro yang Naik Kelas", "Nilai Omset Usaha Binaan"]
_SATUAN_ATAS = ["Indeks", "Koperasi", "Usaha Mikro", "Unit Usaha"]

_H21 = [
    "Program, Kegiatan, Sub Kegiatan\tIndikator Kinerja Tujuan, Sasaran, Program(outcome), Kegiatan "
    "(output), Sub Kegiatan\tTarget Renstra Perangkat Daerah pada Tahun {akhir} (Akhir Periode Renstra "
    "Perangkat Daerah)\t\tTarget Kinerja dan Anggaran Renja Perangkat Daerah Tahun berjalan (Tahun "
    "{tahun}) yang dievaluasi (Tahun {tahun})\t\tRealisasi Renja Perangkat Daerah Tahun {tahun} (TW "
    "{tw})\t\tTingkat Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)\tRealisasi "
    "Kinerja dan Anggaran Renstra Perangkat Daerah s/d tahun {akhir} (Akhir Tahun Pelaksanaan Renja "
    "Perangkat Daerah Tahun {tahun})\t\tTingkat Capaian Kinerja Dan Realisasi Anggaran Renstra "
    "Perangkat Daerah s/d tahun {tahun}",
    "\t\tVolume\tSatuan\tVolume\tSatuan\tVolume\tSatuan\t\tK\tVolume\t",
    "1\t2\tVolume\tSatuan\tVolume\tSatuan\tVolume\tSatuan\tK\tVolume\tSatuan\tK",
]
_H22 = [
    "Program, Kegiatan, Sub Kegiatan\tIndikator Kinerja Tujuan, Sasaran, Program(outcome), Kegiatan "
    "(output), Sub Kegiatan\tTarget Kinerja dan Anggaran Renja Perangkat Daerah Tahun berjalan yang "
    "dievaluasi (Tahun {tahun})\t\t\tRealisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah "
    "yang dievaluasi s.d. TW {tw}\t\t\tTingkat Capaian Kinerja dan Realisasi Anggaran Renja yang "
    "dievaluasi (%)\t\tKeterangan\tSolusi",
    "\t\tK\t\tRp\tK\t\tRp\tK\tRp\t\t",
    "\t\tVolume\tSatuan\t\tVolume\tSatuan\t\t\t\t\t",
]
_H31 = ["TUJUAN\tSASARAN\tINDIKATOR KINERJA (TUJUAN / SASARAN)\tTARGET\t\t\t",
        "\t\t\tRENJA {tahun}\tP-RENJA {tahun}\tAKHIR RENSTRA\t"]
_H32 = ["No\tRancangan Awal P-APBD\t\t\t\t\tHasil Analisis Kebutuhan\t\t\t\t\tCatatan Penting",
        "\tProgram / Kegiatan\tLokasi\tIndikator Kinerja\tTarget Capaian\tPagu Indikatif (Rp)\t"
        "Program / Kegiatan\tLokasi\tIndikator Kinerja\tTarget Capaian\tPagu Indikatif (Rp)\t"]
_H33 = [
    "NO\tKODE\tURUSAN / BIDANG URUSAN / PROGRAM / KEGIATAN / SUB KEGIATAN\tINDIKATOR PROGRAM / "
    "KEGIATAN / SUB KEGIATAN\tCAPAIAN KINERJA DAN KERANGKA PENDANAAN\t\t\t\t\t\t\t\t\t\tKELOMPOK "
    "SASARAN\tPRAKIRAAN MAJU RENCANA TAHUN {lanjut}\t\tPERANGKAT DAERAH PENANGGUNG JAWAB",
    "\t\t\t\tTARGET {tahun}\t\tPAGU INDIKATIF (Rp)\t\t\tBertambah/Berkurang\tLOKASI\tSUMBER DANA\t"
    "PRIORITAS\t\t\tTARGET\tPAGU INDIKATIF (Rp)\t",
    "\t\t\t\tSEBELUM\tSESUDAH\tRKPD {tahun}\tAPBD {tahun}\tRKPD PERUBAHAN {tahun}\t\t\t\tNASIONAL\t"
    "DAERAH\t\t\t\t",
    "\t\t\t\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t\t15\t16\t",
]
#: Tabel 3.1: (no, tujuan or sasaran, indikator (unit), three targets); the shapes of the bundled table.
_TABEL_31 = [
    ("1", "Meningkatkan Omset Koperasi dan Usaha Mikro", "Nilai omset koperasi (juta rupiah)",
     (832222.8, 832222.8, 865844.6)),
    ("", "", "Nilai omset usaha mikro yang dibina (juta rupiah)", (320634.0, 320634.0, 325584.0)),
    ("", "Meningkatnya Koperasi yang Berkualitas", "Persentase koperasi yang berkualitas (%)",
     (70.0, 72.5, 75.0)),
    ("2", "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan Masyarakat (indeks)",
     (80.0, 81.5, 84.0)),
]


# --- number formatting in the two conventions --------------------------------------------

def _bulat(v: int, konvensi: str) -> str:
    """A whole number with thousands separators: ``2,992,759,325`` / ``2.992.759.325``.

    >>> _bulat(2992759325, "en"), _bulat(2992759325, "id"), _bulat(-5000, "id")
    ('2,992,759,325', '2.992.759.325', '-5.000')
    """
    text = f"{v:,}"
    return text if konvensi == "en" else text.replace(",", ".")


def _persen(x: float, konvensi: str) -> str:
    """A percentage as the documents write it: ten significant digits in English
    (``56.24881075``), two decimals with a comma in Indonesian (``56,25``).

    >>> _persen(1683391529 / 2992759325 * 100, "en"), _persen(1683391529 / 2992759325 * 100, "id")
    ('56.24881075', '56,25')
    >>> _persen(50.0, "en"), _persen(62.5, "id"), _persen(0.0, "id")
    ('50', '62,5', '0')
    """
    if konvensi == "en":
        return f"{x:.10g}"
    text = f"{round(x, 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _desimal(v: float, konvensi: str, digits: int = 2) -> str:
    """A grouped number with fixed decimals: ``30,000,000.00`` / ``30.000.000,00``.

    >>> _desimal(30_000_000, "en"), _desimal(832222.8, "id", 1)
    ('30,000,000.00', '832.222,8')
    """
    text = f"{v:,.{digits}f}"
    if konvensi == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _rp_keterangan(v: int) -> str:
    """An amount as keterangan write it (always Indonesian): ``2.491.950``."""
    return f"{v:,}".replace(",", ".")


def _tebal(cells: list[str]) -> list[str]:
    return [f"<b>{c}</b>" if c else c for c in cells]


# --- the document ------------------------------------------------------------------------

def _ejaan(rng: random.Random, name: str, spasi: float, salah_ketik: float) -> str:
    """The name as another table spells it: sometimes a space lost (``Barang Cetakandan``),
    sometimes two letters swapped in a long word (what typists and OCR do).

    >>> _ejaan(random.Random(1), "Penyediaan Bahan Logistik Kantor Nomor 7", 1.0, 0.0)
    'Penyediaan BahanLogistik Kantor Nomor 7'
    """
    words = name.split(" ")
    if len(words) > 3 and rng.random() < spasi:
        k = rng.randrange(2, len(words) - 1)        # never after a PROGRAM / Kegiatan prefix
        words[k - 1:k + 1] = [words[k - 1] + words[k]]
    if rng.random() < salah_ketik:
        long_ = [k for k, w in enumerate(words) if len(w) >= 7 and w.isalpha() and k > 0]
        if long_:
            k = rng.choice(long_)
            w = words[k]
            c = rng.randrange(2, len(w) - 2)
            words[k] = w[:c] + w[c + 1] + w[c] + w[c + 2:]
    return " ".join(words)


def _judul_kota(pemda: str) -> str:
    words = pemda.split()
    rest = words[1:] if words and words[0] in ("KABUPATEN", "KOTA", "PROVINSI") else words
    return " ".join(w.capitalize() for w in rest) or "Contoh"


def _struktur(rng: random.Random, program: int, kegiatan_per_program: int, sub_per_kegiatan: int) -> list[dict]:
    """The rows of Tabel 2.2 in document order, with true values (no contradiction yet)."""
    rows: list[dict[str, Any]] = []
    keg_no = sub_no = 0
    for p in range(1, program + 1):
        prog = {"level": "program", "p": p,
                "nama": f"PROGRAM {rng.choice(_PROG_KATA)} {rng.choice(_PROG_OBJEK)} {p}",
                "kode": f"2.17.{p:02d}", "indikator": rng.choice(_INDIKATOR_ATAS),
                "satuan": rng.choice(_SATUAN_ATAS), "target": rng.randint(20, 90)}
        rows.append(prog)
        for k in range(1, kegiatan_per_program + 1):
            keg_no += 1
            keg = {"level": "kegiatan", "p": p,
                   "nama": f"Kegiatan {rng.choice(_KEG_KATA)} {rng.choice(_KEG_OBJEK)} Seri {keg_no}",
                   "kode": f"2.17.{p:02d}.2.{k:02d}", "indikator": rng.choice(_INDIKATOR),
                   "satuan": rng.choice(_SATUAN), "target": rng.randint(2, 30)}
            rows.append(keg)
            for s in range(1, sub_per_kegiatan + 1):
                sub_no += 1
                target = rng.randint(2, 40)
                pagu = rng.randrange(2_000_000, 400_000_000, 50_000)
                draw = rng.random()
                if draw < 0.12:          # not started yet, planned for later quarters
                    real_k, real_rp, ket = 0, 0, "Dilaksanakan ditribulan 3 dan 4"
                elif draw < 0.16:        # money spent, no output yet
                    real_k, real_rp, ket = 0, rng.randrange(1_000_000, pagu, 1_000), ""
                else:
                    real_k = rng.randint(1, target)
                    real_rp = rng.randrange(1_000_000, pagu, 1_000)
                    ket = ""
                rows.append({"level": "sub_kegiatan", "p": p,
                             "nama": f"{rng.choice(_SUB_KATA)} {rng.choice(_SUB_OBJEK)} Nomor {sub_no}",
                             "kode": f"2.17.{p:02d}.2.{k:02d}.{s:04d}",
                             "indikator": rng.choice(_INDIKATOR), "satuan": rng.choice(_SATUAN),
                             "target": target, "pagu": pagu, "real_k": real_k, "real_rp": real_rp,
                             "ket": ket, "geser": 0})
    # announced reallocations: some started sub kegiatan move money APBD -> P-APBD
    for r in rows:
        if r["level"] == "sub_kegiatan" and not r["ket"] and rng.random() < 0.15:
            delta = rng.randrange(1_000, r["pagu"] // 4, 1_000) * rng.choice((1, -1))
            r["geser"] = delta
            if delta > 0:
                r["ket"] = f"Penambahan Rp {_rp_keterangan(delta)} untuk belanja operasional"
            else:
                r["ket"] = f"Pengurangan Rp.{_rp_keterangan(-delta)},- dialihkan ke sub kegiatan lain"
    _jumlahkan(rows)
    return rows


def _jumlahkan(rows: list[dict]) -> None:
    """Parents' pagu, realisation and P-APBD pagu as the sums of their children."""
    prog: dict = {}
    keg: dict = {}
    for r in rows:
        if r["level"] == "program":
            prog = r
            prog.update(pagu=0, real_rp=0, papbd=0, real_k=0, ket="", geser=0)
        elif r["level"] == "kegiatan":
            keg = r
            keg.update(pagu=0, real_rp=0, papbd=0, real_k=0, ket="", geser=0)
        else:
            r["papbd"] = r["pagu"] + r["geser"]
            for parent in (prog, keg):
                parent["pagu"] += r["pagu"]
                parent["real_rp"] += r["real_rp"]
                parent["papbd"] += r["papbd"]


def _buat(program=8, kegiatan_per_program=2, sub_per_kegiatan=3, konvensi="en",
          pemda="KABUPATEN CONTOH", instansi="DINAS CONTOH", tahun=2024, triwulan=2,
          perubahan=True, kontradiksi=(), halaman=12, seed=0):
    """The document's lines, what was planted, and the clean rows of every table."""
    if konvensi not in ("en", "id"):
        raise ValueError(f"konvensi must be 'en' or 'id', got {konvensi!r}")
    if triwulan not in ROMAWI:
        raise ValueError("triwulan must be 1, 2, 3 or 4")
    if min(program, kegiatan_per_program, sub_per_kegiatan) < 1 or halaman < 1:
        raise ValueError("program, kegiatan_per_program, sub_per_kegiatan and halaman must be >= 1")
    unknown = [k for k in kontradiksi if k not in KONTRADIKSI]
    if unknown:
        raise ValueError(f"unknown kontradiksi {unknown}; known: {sorted(KONTRADIKSI)}")
    rng = random.Random(seed)
    rows = _struktur(rng, program, kegiatan_per_program, sub_per_kegiatan)
    ejaan = random.Random(f"{seed}-ejaan")
    tw = ROMAWI[triwulan]
    fmt = {"tahun": tahun, "tw": tw, "akhir": tahun + 2, "lanjut": tahun + 1}

    # --- plant the contradictions (each on a row of its own) --------------------------
    subs = [i for i, r in enumerate(rows) if r["level"] == "sub_kegiatan"]
    started = [i for i in subs if rows[i]["real_k"] > 0 and not rows[i]["geser"]]
    shifted = [i for i in subs if rows[i]["geser"]]
    kegs = [i for i, r in enumerate(rows) if r["level"] == "kegiatan"]
    used: set[int] = set()
    plan = []

    def pick(pool):
        free = [i for i in pool if i not in used]
        if not free:
            raise ValueError("the document is too small for the contradictions asked for")
        i = rng.choice(free)
        used.add(i)
        return i

    for kind in kontradiksi:
        if kind == "persen":
            plan.append((kind, pick([i for i in subs if rows[i]["real_rp"] > 0])))
        elif kind == "jumlah":
            i = pick(kegs)
            plan.append((kind, i))
            rows[i]["salah_pagu"] = 1_000_000
            prog = next(r for r in reversed(rows[:i]) if r["level"] == "program")
            prog["salah_pagu"] = prog.get("salah_pagu", 0) + 1_000_000
        elif kind == "realisasi_21":
            plan.append((kind, pick(started)))
        elif kind == "selisih":
            plan.append((kind, pick(subs)))
        elif kind == "keterangan":
            # a reallocated sub kegiatan, or a started one given a reallocation now
            i = pick(shifted if any(i not in used for i in shifted) else
                     [i for i in subs if not rows[i]["ket"] and rows[i]["pagu"] >= 8_000])
            plan.append((kind, i))
            if not rows[i]["geser"]:
                rows[i]["geser"] = rng.randrange(1_000, rows[i]["pagu"] // 4, 1_000)
                rows[i]["ket"] = f"Penambahan Rp {_rp_keterangan(rows[i]['geser'])} untuk belanja operasional"
    _jumlahkan(rows)
    planted_kind = {i: kind for kind, i in plan}

    # --- cells of every table ---------------------------------------------------------
    t22: list[list] = []
    t21: list[list] = []
    t32: list[list] = []
    t33: list[list] = []
    clean: dict[str, list[list]] = {"tabel_2_1": [], "tabel_2_2": [], "tabel_3_2": [], "tabel_3_3": []}
    for i, r in enumerate(rows):
        kind = planted_kind.get(i)
        pagu = r["pagu"] + r.get("salah_pagu", 0)
        cap = r["real_k"] / r["target"] * 100
        ser = r["real_rp"] / pagu * 100 if pagu else 0.0
        if kind == "persen":
            ser += 7.0
        ket = r["ket"]
        if kind == "keterangan":
            delta = r["geser"] + 1_000
            ket = (f"Penambahan Rp {_rp_keterangan(delta)} untuk belanja operasional" if delta > 0 else
                   f"Pengurangan Rp.{_rp_keterangan(-delta)},- dialihkan ke sub kegiatan lain")
        solusi = f"P-APBD {tahun}" if r["geser"] else ""
        cells = [r["nama"], r["indikator"], str(r["target"]), r["satuan"], _bulat(pagu, konvensi),
                 str(r["real_k"]), r["satuan"], _bulat(r["real_rp"], konvensi), _persen(cap, konvensi),
                 _persen(ser, konvensi), ket, solusi]
        t22.append(cells if r["level"] == "sub_kegiatan" else _tebal(cells))
        clean["tabel_2_2"].append([r["nama"], r["indikator"], r["target"], r["satuan"], pagu, r["real_k"],
                                   r["satuan"], r["real_rp"], round(cap, 8), round(ser, 8), ket, solusi])
        real21 = r["real_k"] + (1 if kind == "realisasi_21" else 0)
        renstra = r["target"] * 3
        nama21 = _ejaan(ejaan, r["nama"], 0.1, 0.0)
        cells = [nama21, r["indikator"], str(renstra), r["satuan"], str(r["target"]), r["satuan"],
                 str(real21), r["satuan"], _persen(real21 / r["target"] * 100, konvensi), str(real21),
                 r["satuan"], _persen(real21 / renstra * 100, konvensi)]
        t21.append(cells if r["level"] == "sub_kegiatan" else _tebal(cells))
        clean["tabel_2_1"].append([nama21, r["indikator"], renstra, r["satuan"], r["target"], r["satuan"],
                                   real21, r["satuan"], round(real21 / r["target"] * 100, 8), real21,
                                   r["satuan"], round(real21 / renstra * 100, 8)])
        nama33 = r["nama"] if r["level"] == "program" else r["nama"].removeprefix("Kegiatan ")
        nama32 = _ejaan(ejaan, nama33, 0.1, 0.03)
        side = [nama32, f"Kabupaten {_judul_kota(pemda)}", r["indikator"], f"{r['target']} {r['satuan']}",
                _bulat(r["papbd"], konvensi)]
        t32.append([str(len(t32) + 1), *side, *side, ""])
        clean["tabel_3_2"].append([len(clean["tabel_3_2"]) + 1, nama32, side[1], r["indikator"], r["target"],
                                   r["papbd"], nama32, side[1], r["indikator"], r["target"], r["papbd"], ""])
        apbd = pagu
        selisih = r["papbd"] - apbd + (5_000_000 if kind == "selisih" else 0)
        money = [_desimal(v, konvensi) for v in (apbd, apbd, r["papbd"], selisih)]
        target33 = f"{r['target']} {r['satuan']}"
        tail = ["Kab. Contoh, Semua Kecamatan", "DANA ALOKASI UMUM", "Ekonomi yang Berkualitas",
                "Penguatan Ekonomi Masyarakat", "", "", _desimal(0, konvensi), instansi]
        if r["level"] == "program":
            t33.append([[f"{r['p']}.", r["kode"], nama33, r["indikator"], target33, target33, *money,
                         "", "", "", "", "", "", _desimal(0, konvensi), ""]])
        elif r["level"] == "kegiatan":
            t33.append([[r["kode"], "", nama33, r["indikator"], target33, target33, *money, *tail]])
        else:
            t33.append([[r["kode"], "", nama33] + [""] * 15,
                        ["", "", "", r["indikator"], target33, target33, *money, *tail]])
        clean["tabel_3_3"].append([r["kode"], nama33, r["indikator"], r["target"], r["target"], apbd, apbd,
                                   r["papbd"], selisih, tail[0], tail[1], tail[2], tail[3], 0.0, instansi])

    # --- the text -------------------------------------------------------------------------
    lines: list[str] = []
    where: dict[str, list[int]] = {"tabel_2_1": [], "tabel_2_2": [], "tabel_3_2": [], "tabel_3_3": []}
    kota = _judul_kota(pemda)
    jenis = "RENCANA KERJA PERUBAHAN" if perubahan else "RENCANA KERJA"
    singkat = "Renja Perubahan" if perubahan else "Renja"

    def add(*texts):
        lines.extend(texts)

    def table(kind, header, data, extra_header=(), nested=False):
        page = 0
        for start in range(0, len(data), halaman):
            if start:
                page += 1
                add("", f"- {page} -", "")
            add(*header, *extra_header)
            for item in data[start:start + halaman]:
                group = item if nested else [item]
                where[kind].append(len(lines) + 1)
                add(*group)

    add("", f"# {jenis} TAHUN {tahun}", "", f"**PEMERINTAH {pemda}**  ", f"**{instansi}**  ",
        f"Jl. Contoh No. 1 {kota}", "", "## KATA PENGANTAR", "",
        f"Dokumen {singkat} sintetis untuk pengujian; angka fiktif, dibangkitkan dari seed {seed}.", "",
        f"{kota}, {_BULAN[triwulan]} {tahun}", "", "# **BAB II EVALUASI RENJA**", "",
        f"Evaluasi pelaksanaan {singkat} tahun {tahun} sampai dengan triwulan {tw}.", "",
        "**TABEL. 2.1**  ", f"**EVALUASI HASIL PELAKSANAAN RKPD TAHUN {tahun} {pemda}**  ",
        f"**SAMPAI DENGAN TRIWULAN {tw} (S.D. BULAN {_TW_BULAN[triwulan]} {tahun})**", "")
    table("tabel_2_1", [h.format(**fmt) for h in _H21], ["\t".join(c) for c in t21])
    add("", f"## 2.2 Telaah Terhadap Hasil Pelaksanaan Renja s.d. TW {tw}", "", "Tabel 2.2", "",
        f"### HASIL EVALUASI RENJA SAMPAI DENGAN TRIWULAN {tw} TAHUN BERJALAN", "")
    table("tabel_2_2", [h.format(**fmt) for h in _H22], ["\t".join(c) for c in t22])
    add("", "Pelaksanaan program dan kegiatan secara umum berjalan lancar.", "",
        "**BAB III**  ", "**RENCANA PROGRAM DAN KEGIATAN**", "", "**3.1 Tujuan dan Sasaran**", "",
        "Tabel 3.1 Target Kinerja Penyelenggaraan Pemerintahan Daerah", "")
    rows31 = []
    for no, teks, indikator, targets in _TABEL_31:
        shape = [no, teks, indikator] if no else ["", teks, indikator] if teks else ["", "", indikator]
        values = [_desimal(v, konvensi, 1) if v != int(v) or v >= 1000 else str(int(v)) for v in targets]
        rows31.append("\t".join(shape + values + [""]))
    add(*[h.format(**fmt) for h in _H31], *rows31)
    add("", "### 3.2 Review Terhadap Dokumen Perubahan RKPD", "")
    total = sum(r["papbd"] for r in rows if r["level"] == "program")
    urusan = "\t".join(["", "<b>URUSAN PEMERINTAHAN BIDANG KOPERASI UKM</b>", "", "", "",
                        f"<b>{_bulat(total, konvensi)}</b>", "", "", "", "", f"<b>{_bulat(total, konvensi)}</b>", ""])
    table("tabel_3_2", _H32, ["\t".join(c) for c in t32], extra_header=[urusan])
    add("\t".join(["", "", "", "", "", f"<b>{_bulat(total, konvensi)}</b>", "", "", "", "",
                   f"<b>{_bulat(total, konvensi)}</b>", ""]))
    add("", "", "### 3.3 Rencana Program dan Kegiatan Perubahan Renja", "")
    table("tabel_3_3", [h.format(**fmt) for h in _H33], [["\t".join(c) for c in g] for g in t33], nested=True)
    add("", "## **BAB IV**", "", "### **PENUTUP**", "",
        f"Demikian {singkat} ini disusun.", "", f"{kota}, {_BULAN[triwulan]} {tahun}", "")

    # --- what was planted ---------------------------------------------------------------
    line = {kind: dict(enumerate(numbers)) for kind, numbers in where.items()}
    planted = []
    for kind, i in plan:
        r = rows[i]
        item = {"kontradiksi": kind, "jenis": KONTRADIKSI[kind], "nama": r["nama"]}
        if kind == "persen":
            item.update(tabel="Tabel 2.2", baris_sumber=line["tabel_2_2"][i], kolom="serapan_rp_dokumen")
        elif kind == "jumlah":
            item.update(tabel="Tabel 2.2", baris_sumber=line["tabel_2_2"][i], kolom="pagu_rp")
        elif kind == "realisasi_21":
            item.update(tabel="Tabel 2.2 vs Tabel 2.1", baris_sumber=line["tabel_2_2"][i], kolom="realisasi_k",
                        baris_pembanding=line["tabel_2_1"][i])
        elif kind == "selisih":
            # the indicator row carries the numbers of a sub kegiatan
            item.update(tabel="Tabel 3.3 (Rencana Perubahan)", baris_sumber=line["tabel_3_3"][i] + 1,
                        kolom="bertambah_berkurang_rp")
        elif kind == "keterangan":
            item.update(tabel="Tabel 2.2 vs Tabel 3.2 (Review P-RKPD)", baris_sumber=line["tabel_2_2"][i],
                        kolom="keterangan", baris_pembanding=line["tabel_3_2"][i])
        planted.append(item)
    levels = {lv: sum(1 for r in rows if r["level"] == lv) for lv in ("program", "kegiatan", "sub_kegiatan")}
    programs = [r for r in rows if r["level"] == "program"]
    info = {
        "baris": {"tabel_2_1": len(rows), "tabel_2_2": len(rows), "tabel_3_1": len(_TABEL_31),
                  "tabel_3_2": len(rows), "tabel_3_3": len(rows)},
        "level": levels,
        "total": {"pagu_rp": float(sum(r["pagu"] + r.get("salah_pagu", 0) for r in programs)),
                  "realisasi_rp": float(sum(r["real_rp"] for r in programs)),
                  "pagu_papbd_rp": float(total)},
        "kontradiksi": planted,
        "identitas": {"judul": f"{jenis} TAHUN {tahun}", "pemerintah": f"PEMERINTAH {pemda}",
                      "instansi": instansi, "tanggal": f"{_BULAN[triwulan]} {tahun}"},
        "triwulan": triwulan,
        "konvensi": konvensi,
        "baris_dokumen": len(lines),
        "seed": seed,
    }
    return lines, info, clean


def tulis_dokumen(path, *, program: int = 8, kegiatan_per_program: int = 2, sub_per_kegiatan: int = 3,
                  konvensi: str = "en", pemda: str = "KABUPATEN CONTOH", instansi: str = "DINAS CONTOH",
                  tahun: int = 2024, triwulan: int = 2, perubahan: bool = True, kontradiksi=(),
                  halaman: int = 12, seed: int = 0) -> dict:
    """Write a synthetic Renja document and return what was planted in it.

    Parameters
    ----------
    path : str or Path
        The text file to write (UTF-8, ``\\n`` line ends).
    program, kegiatan_per_program, sub_per_kegiatan : int
        The size: Tabel 2.2 (and 2.1, 3.2, 3.3) gets
        ``program * (1 + kegiatan_per_program * (1 + sub_per_kegiatan))`` rows.
    konvensi : {'en', 'id'}
        Number convention of the tables: English (``2,992,759,325`` and
        ``56.24881075``) or Indonesian (``2.992.759.325`` and ``56,25``).
    pemda, instansi, tahun, triwulan, perubahan
        The identity: the title page (``# RENCANA KERJA [PERUBAHAN] TAHUN ...``,
        ``**PEMERINTAH <pemda>**``, ``**<instansi>**``, ``Kota, Bulan Tahun``) and the
        quarter in the captions (``s.d. TW II``).
    kontradiksi : sequence of str
        Contradictions to plant, keys of ``KONTRADIKSI`` (a kind may repeat).
    halaman : int
        Data rows per page: the table header is repeated after each page.
    seed : int
        Everything random (names, values, rows chosen for contradictions) follows it.

    Returns
    -------
    dict
        ``baris`` (data rows per table kind), ``level`` (rows per level),
        ``total`` (Tabel 2.2 pagu and realisasi, 3.2 P-APBD pagu: sums of programs),
        ``kontradiksi`` (one dict per planted contradiction: ``jenis`` of the expected
        finding, ``tabel``, ``baris_sumber``, ``kolom``, ``nama``, and
        ``baris_pembanding`` where there is one), ``identitas``, ``triwulan``,
        ``konvensi``, ``baris_dokumen`` (lines written), ``seed``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from renja_analysis import load_document
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "renja.md"
    >>> info = tulis_dokumen(path, program=2, kegiatan_per_program=1, sub_per_kegiatan=2,
    ...                      konvensi="id", kontradiksi=["persen"], seed=3)
    >>> info["baris"]["tabel_2_2"], info["level"]
    (8, {'program': 2, 'kegiatan': 2, 'sub_kegiatan': 4})
    >>> doc = load_document(path, triwulan=info["triwulan"])
    >>> len(doc.evaluasi), float(doc.evaluasi.query("level == 'program'")["pagu_rp"].sum()) == info["total"]["pagu_rp"]
    (8, True)
    >>> found = doc.temuan[doc.temuan["jenis"] == "persen_tidak_cocok"]
    >>> found["baris_sumber"].tolist() == [info["kontradiksi"][0]["baris_sumber"]]
    True
    """
    lines, info, _ = _buat(program, kegiatan_per_program, sub_per_kegiatan, konvensi, pemda, instansi,
                           tahun, triwulan, perubahan, tuple(kontradiksi), halaman, seed)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return info


def tulis_tsv(folder, **kwargs) -> dict:
    """Write the data rows of the document ``tulis_dokumen(**kwargs)`` would write as
    clean tab-separated files, one per table: a one-line header, plain numbers, no
    markup (the baseline of ``make bench``: ``pandas.read_csv`` of the same rows).

    Parameters
    ----------
    folder : str or Path
        Created if missing.
    **kwargs
        The arguments of ``tulis_dokumen`` (size, convention, seed ...).

    Returns
    -------
    dict
        Path of ``tabel_2_1.tsv``, ``tabel_2_2.tsv``, ``tabel_3_2.tsv`` and
        ``tabel_3_3.tsv`` by table kind.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> paths = tulis_tsv(tempfile.mkdtemp(), program=1, kegiatan_per_program=1, sub_per_kegiatan=2)
    >>> pd.read_csv(paths["tabel_2_2"], sep="\\t").shape
    (4, 12)
    """
    kwargs.setdefault("kontradiksi", ())
    _, _, clean = _buat(**kwargs)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for kind, rows in clean.items():
        width = len(rows[0])
        path = folder / f"{kind}.tsv"
        body = ["\t".join(f"k{j}" for j in range(width))]
        body += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        out[kind] = path
    return out
