"""Command line: ``renja-analysis build | check | report | contoh``.

``--source`` is a Renja document (PDF-extracted text or a Tabel 2.2 workbook) or SIPD-RI
data (an export or a pemda's folder of them), told apart by content; ``check --sipd``
reconciles a document with SIPD data, ``report --sipd`` adds the SIPD pemda page; ``contoh``
builds the examples of the project's test data into folders of their own (``reports/contoh/``).

Exit status: 0 done; 1 ``check --strict`` found kritis findings; 2 bad input (the
source cannot be read as a Renja or as SIPD data, ``check --sipd`` given SIPD data of another
pemda, year or office than the document's without ``--paksa``, or the output folder cannot be written): one
line on standard error, nothing in the output folder replaced; 3 an internal
error (a bug): one line saying so; 130 interrupted (Ctrl-C), 143 stopped (SIGTERM): one line,
every worker stopped, the previous outputs untouched (``build``, a document's ``report``:
``report.tahap``; not yet a corpus report or ``contoh``).
"""
from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

from . import config
from .errors import RenjaParseError, nama_terlalu_panjang, sebab_os

EXIT_CODES = """status keluar:
  0  selesai
  1  check --strict: ada temuan kritis; build korpus: sebagian dokumen gagal dibaca (disebut);
     report di CI (CI=true): PDF tidak dapat dibuat (Chromium tidak terpasang)
  2  masukan salah: sumber tidak terbaca sebagai Renja atau data SIPD (korpus: tidak satu pun), data
     SIPD (check --sipd) pemda, tahun, atau perangkat daerah lain tanpa --paksa, atau folder keluaran
     tidak dapat ditulis (satu baris galat; keluaran lama tidak diubah)
  3  galat internal (bug): satu baris; mohon laporkan bersama berkas sumbernya; report/contoh: notebook
     yang gagal dijalankan disebut bersama selnya, notebook lain dihentikan (report satu dokumen:
     keluaran lama tidak diubah)
  130, 143  dihentikan (Ctrl-C, SIGTERM): semua pekerja dihentikan; build dan report satu dokumen:
     keluaran lama tidak diubah
"""



def _is_glob(source) -> bool:
    import glob

    return glob.has_magic(str(source))


def _is_corpus(sources: list) -> bool:
    return len(sources) > 1 or any(_is_glob(s) or Path(s).is_dir() for s in sources)


def _teks(value) -> str:
    r"""A value printed on one terminal line: control characters of a file name (line
    breaks, escape sequences) shown as ``?``.

    >>> _teks("a\x1b[2Jb\nc")
    'a?[2Jb?c'
    """
    return "".join("?" if ord(ch) < 32 or 127 <= ord(ch) < 160 else ch for ch in str(value))


def _out_inside_source(out: Path, sources: list) -> None:
    """Refuse an ``--out`` inside a source folder: the next build would read our own
    outputs as documents (an output folder found inside a source is skipped too)."""
    from .output.processed import OutputError

    target = Path(out).absolute().resolve()
    for s in sources:
        if _is_glob(s) or not Path(s).is_dir():
            continue
        folder = Path(s).absolute().resolve()
        if target == folder or folder in target.parents:
            raise OutputError(f"--out {out} berada di dalam --source {s}: keluaran akan terbaca sebagai dokumen "
                              "pada build berikutnya; pilih --out di luar folder sumber")


def _build_corpus(args) -> int:
    from .output.processed import kunci_keluaran

    if args.sheet:
        raise RenjaParseError(None, "--sheet hanya untuk satu buku kerja", cell="--sheet",
                              expected="satu berkas --source .xlsx")
    out = args.out or config.DATA_KORPUS
    _out_inside_source(out, args.source)
    with kunci_keluaran(out):
        return _read_and_write_corpus(args, out)


def _read_and_write_corpus(args, out) -> int:
    import pandas as pd

    from .corpus import GAGAL, GANDA, load_corpus, write_corpus

    korpus = load_corpus(args.source, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                         progress=not args.quiet)
    for folder, why in korpus.dilewati:
        print(f"dilewati: {_teks(folder)} ({why})")
    summary = korpus.dokumen
    if not len(summary):
        raise RenjaParseError(", ".join(map(str, args.source)), "tidak ada berkas dokumen di sumber",
                              expected="folder atau pola yang memuat dokumen Renja (.md/.txt/.xlsx)")
    for _, r in summary.iterrows():
        if r["status"] == GAGAL:
            print(f"- {r['dokumen']}: GAGAL: {_teks(r['pesan'])}")
        elif r["status"] == GANDA:
            print(f"- {r['dokumen']}: GANDA: {_teks(r['pesan'])}")
        else:
            v = {k: ("-" if pd.isna(r[k]) else r[k]) for k in ("instansi", "pemda", "jenis_dokumen", "tahun", "triwulan")}
            print(f"- {r['dokumen']}: {r['baris_evaluasi']} baris evaluasi, {r['temuan']} temuan "
                  f"({r['temuan_kritis']} kritis); {_teks(v['instansi'])}, {_teks(v['pemda'])}, {v['jenis_dokumen']} "
                  f"{v['tahun']}, TW {v['triwulan']}"
                  + (f" (kunci dari {r['kunci_dari']})" if r["kunci_dari"] != "dokumen" else "")
                  + (f"; PERHATIAN: {_teks(r['pesan'])}" if not pd.isna(r["pesan"]) else ""))
    failed = int((summary["status"] == GAGAL).sum())
    ganda = int((summary["status"] == GANDA).sum())
    read = len(summary) - failed - ganda
    if not read:
        print(f"galat: tidak satu pun dari {len(summary)} dokumen dapat dibaca", file=sys.stderr)
        return 2
    paths = write_corpus(korpus, out)
    print(f"{read} dokumen terbaca, {failed} gagal" + (f", {ganda} ganda (dibaca sekali)" if ganda else "")
          + f"; {len(paths)} berkas ditulis ke {out}")
    return 1 if failed else 0


def _out(args) -> Path:
    """``--out``, or its default: data/processed/ for a document, data/processed/sipd/ for SIPD."""
    if args.out is not None:
        return args.out
    return config.DATA_PROCESSED / "sipd" if args.sipd_source else config.DATA_PROCESSED


def _build(args) -> int:
    from .output.processed import kunci_keluaran
    from .sources import is_sipd

    sources = args.source or [config.DEFAULT_SOURCE]
    if len(sources) == 1 and not _is_glob(sources[0]) and _is_realisasi(sources[0]):
        args.source = sources[0]
        with kunci_keluaran(args.out or config.DATA_PROCESSED / "sipd-realisasi"):
            return _build_realisasi(args)
    if args.paksa:
        raise RenjaParseError(sources[0], "--paksa hanya untuk data realisasi SIPD bersama ekspor Renja", cell="--paksa",
                              expected="build --source FOLDER_REALISASI_DAN_RENJA --paksa")
    if len(sources) == 1 and not _is_glob(sources[0]) and is_sipd(sources[0], args.sheet):
        args.source, args.sipd_source = sources[0], True
        with kunci_keluaran(_out(args)):
            return _build_sipd(args)
    args.sipd_source = False
    _materialitas_tanpa_sipd(args, sources[0])
    if _is_corpus(sources):
        args.source = sources
        return _build_corpus(args)
    with kunci_keluaran(_out(args)):
        return _build_document(args, sources[0])


def _build_document(args, source) -> int:
    from .load import load_document
    from .output.processed import write_document

    doc = load_document(source, sheet=args.sheet)
    if doc.sheet:
        print(f"lembar: {doc.sheet}")
    out = _out(args)
    paths = write_document(doc, out)
    for name, df in doc.tables().items():
        print(f"{name}: {len(df)} baris")
    print(f"{len(paths)} berkas ditulis ke {out}")
    return 0


def _print_berkas(data, dilewati: bool = True) -> None:
    """The reading account: every export with what became of it, then the files skipped
    (``dilewati`` False: not them, another account lists them)."""
    for _, b in data.berkas.iterrows():
        jenis = "" if _na(b["format"]) else f" ({b['format']}" + (f", lembar {b['lembar']}" if not _na(b["lembar"])
                                                                  else "") + ")"
        if b["status"] == "kosong":
            hasil = f"kosong ({b['keterangan']})"
        elif b["status"] == "salinan":
            hasil = f"{b['jumlah_rekaman']} rekaman, salinan: {b['keterangan']}; tidak dihitung lagi"
        elif b["status"] == "daftar_skpd":
            hasil = f"{b['jumlah_rekaman']} baris, {b['keterangan']}"
        else:
            hasil = f"{b['jumlah_rekaman']} rekaman" + ("" if _na(b["keterangan"]) else f" ({b['keterangan']})")
        if not _na(b.get("desimal")):
            hasil += ", angka dengan " + ("koma desimal (1.500.000,00)" if b["desimal"] == "," else "titik desimal")
        print(f"berkas {b['berkas']}{jenis}: {hasil}")
    for name, reason in data.dilewati if dilewati else []:
        print(f"dilewati: {name} ({reason})")


def _build_sipd(args) -> int:
    from .load import load_sipd

    data = load_sipd(args.source, sheet=args.sheet, **_materialitas(args))
    _print_berkas(data)
    return _tulis(data.tables(), _out(args))


def _is_realisasi(source) -> bool:
    from .sources.sipd_realisation import is_realisasi

    return is_realisasi(source)


def _build_realisasi(args) -> int:
    """A SIPD realisation export or a folder of them: its tables into ``--out`` (default
    data/processed/sipd-realisasi/)."""
    from .load import load_sipd_realisasi

    data = load_sipd_realisasi(args.source, sheet=args.sheet, paksa=args.paksa)
    _print_akun_realisasi(data)
    _print_kesesuaian_rencana(data)
    n = data.baris["status_realisasi"].astype(str).value_counts()
    main = {k: int(n.get(k, 0)) for k in ("terealisasi", "dalam_proses", "ganda")}
    print(f"baris dokumen: {len(data.baris)}; terealisasi {main['terealisasi']}, dalam proses "
          f"{main['dalam_proses']}, ganda (dihitung sekali) {main['ganda']}, lain (tidak dihitung) "
          f"{len(data.baris) - sum(main.values())}")
    tables = (data.rencana.tables() if data.rencana is not None else {}) | data.tables()
    return _tulis(tables, args.out or config.DATA_PROCESSED / "sipd-realisasi")


def _tulis(tables: dict, out) -> int:
    """Write SIPD tables into ``out`` and say what was written (rows per table, files)."""
    from .output.processed import write_tables

    paths = write_tables(tables, out)
    for name, df in tables.items():
        print(f"{name}: {len(df)} baris")
    print(f"{len(paths)} berkas ditulis ke {out}")
    return 0


def _print_kesesuaian_rencana(data) -> None:
    """The plan-against-realisation guard in one line (pemda, year), when a plan is given."""
    kes = getattr(data, "kesesuaian", None)
    if kes is None:
        return
    parts = []
    for _, a in kes.tabel.iterrows():
        if a["status"] == "sama":
            parts.append(f"{a['aspek']} sama ({a['sipd']})")
        elif a["status"] == "beda":
            parts.append(f"{a['aspek']} BEDA (rencana {a['dokumen']}, realisasi {a['sipd']})")
        else:
            parts.append(f"{a['aspek']} tidak diketahui (rencana {a['dokumen']}, realisasi {a['sipd']}: "
                         f"{a['sipd_dari']})")
    print("Kesesuaian rencana dan realisasi: " + "; ".join(parts)
          + ("; dibandingkan karena --paksa" if not kes.sepadan else ""))


def _print_akun_realisasi(data) -> None:
    """The reading account of realisation data; of a mixed folder, the plan's files first
    (each file listed once: the files neither reader read, once, at the end)."""
    if data.rencana is not None:
        print("rencana (ekspor Renja SIPD):")
        _print_berkas(data.rencana, dilewati=False)
        print("realisasi (ekspor penatausahaan SIPD):")
    _print_berkas(data)


def _na(value) -> bool:
    import pandas as pd
    return value is None or bool(pd.isna(value))


def _materialitas(args) -> dict:
    """``--materialitas-persen`` / ``--materialitas-rp`` as ``load_sipd``'s arguments."""
    return {"materialitas_persen": args.materialitas_persen, "materialitas_rp": args.materialitas_rp}


def _materialitas_tanpa_sipd(args, source) -> None:
    """The materiality floor applies to SIPD data only: given with a document, an error."""
    for opsi, nilai in (("--materialitas-persen", args.materialitas_persen),
                        ("--materialitas-rp", args.materialitas_rp)):
        if nilai is not None:
            raise RenjaParseError(source, f"{opsi} hanya untuk data SIPD (--source EKSPOR_SIPD)", cell=opsi,
                                  expected="--source EKSPOR_SIPD_ATAU_FOLDER " + opsi + " NILAI")


def _ringkas_temuan(t) -> int:
    """Print findings by jenis and tingkat, then the kritis ones; return how many are kritis."""
    counts = t.groupby(["jenis", "tingkat"], observed=True).size()
    width = max([len(j) for j, _ in counts.index] + [5])
    print(f"\n{'jenis':<{width}}  {'info':>5} {'peringatan':>10} {'kritis':>6}")
    table = counts.unstack("tingkat", fill_value=0).reindex(columns=["info", "peringatan", "kritis"],
                                                              fill_value=0)
    for jenis, row in table.iterrows():
        print(f"{jenis:<{width}}  {row['info']:>5} {row['peringatan']:>10} {row['kritis']:>6}")
    return len(t[t["tingkat"] == "kritis"])


def _print_kritis(t, json_files=()) -> None:
    """The kritis findings, one line each, with their reference in the printed document
    (``rujukan``) where they have one; a row of SIPD only by its SIPD record
    (``rujukan_pembanding``); else the table and line (a record of a JSON export is a
    ``rekaman``), or the table alone when there is no line."""
    from .findings.sipd import tabel as tabel_sipd

    json_tables = {tabel_sipd(name) for name in json_files}
    kritis = t[t["tingkat"] == "kritis"]
    print(f"\nTemuan kritis ({len(kritis)}):")
    for _, r in kritis.iterrows():
        if not _na(r.get("rujukan")):
            where = r["rujukan"]
        elif _na(r["baris_sumber"]) and not _na(r.get("rujukan_pembanding")):
            where = r["rujukan_pembanding"]
        elif _na(r["baris_sumber"]):
            where = r["tabel"]
        else:
            unit = "rekaman " if r["tabel"] in json_tables else "baris "
            where = f"{r['tabel']}, {unit}{r['baris_sumber']}"
        print(f"- [{r['jenis']}] {where}: {r['pesan']}")


def _check(args) -> int:
    from .sources import is_sipd

    if args.sipd_realisasi is not None and (_is_realisasi(args.source) or is_sipd(args.source, args.sheet)):
        raise RenjaParseError(args.source, "--sipd-realisasi hanya bersama dokumen Renja", cell="--sipd-realisasi",
                              expected="--source DOKUMEN --sipd-realisasi EKSPOR_REALISASI")
    if args.out is not None and args.sipd_realisasi is None:
        raise RenjaParseError(args.source, "--out hanya bersama --sipd-realisasi", cell="--out",
                              expected="--source DOKUMEN --sipd-realisasi EKSPOR_REALISASI --out FOLDER")
    if args.sipd is None and _is_realisasi(args.source):
        return _check_realisasi(args)
    if is_sipd(args.source, args.sheet):
        return _check_sipd(args)
    if args.sipd_realisasi is None:
        _materialitas_tanpa_sipd(args, args.source)
    if args.paksa and args.sipd is None and args.sipd_realisasi is None:
        raise RenjaParseError(args.source, "--paksa hanya bersama --sipd atau --sipd-realisasi", cell="--paksa",
                              expected="--source DOKUMEN --sipd EKSPOR_SIPD --paksa")
    _ada(args.sipd_realisasi, "--sipd-realisasi")
    if args.sipd_realisasi is not None and not _is_realisasi(args.sipd_realisasi):
        raise RenjaParseError(args.sipd_realisasi, "bukan ekspor realisasi SIPD", cell="--sipd-realisasi",
                              expected="ekspor realisasi SIPD-RI (kolom nilai_realisasi) atau folder berisi ekspor itu")
    if args.out is not None:
        # --out checked (a file, a foreign folder, another build's) and held before anything is printed
        from .output.processed import kunci_keluaran

        with kunci_keluaran(args.out):
            return _check_dokumen(args)
    return _check_dokumen(args)


def _ada(path, opsi: str) -> None:
    """An option's path that does not exist: an error saying so (not what it is not)."""
    if path is not None and not Path(path).exists() and not Path(path).is_symlink():
        raise RenjaParseError(path, "tidak ada", cell=opsi, expected="berkas atau folder yang ada")


def _check_dokumen(args) -> int:
    """``check --source DOKUMEN`` (with ``--sipd``, ``--sipd-realisasi``)."""
    from .load import load_document

    doc = load_document(args.source, sheet=args.sheet, sipd=args.sipd, paksa=args.paksa)
    if doc.sheet:
        print(f"lembar: {doc.sheet}")
    t = doc.temuan
    assert doc.source is not None and t is not None and doc.pembacaan is not None, "load_document fills them"
    kritis = int((t["tingkat"] == "kritis").sum())
    print(f"Temuan untuk {doc.source.name}: {len(t)} baris ({kritis} kritis)"
          + (f", termasuk {_jumlah_rekonsiliasi(t)} dari pencocokan dengan SIPD" if doc.sipd is not None else ""))
    n_kritis = _ringkas_temuan(t)
    print("\nPembacaan (baris di wilayah tabel = data + judul kolom + kosong + disisihkan + sambungan):")
    for _, r in doc.pembacaan.iterrows():
        print(f"- {r['tabel']}: baris {r['baris_awal']}-{r['baris_akhir']}, {r['baris_wilayah']} baris = "
              f"{r['baris_data']} data + {r['baris_judul']} judul + {r['baris_kosong']} kosong + "
              f"{r['baris_disisihkan']} disisihkan + {r.get('baris_sambungan', 0)} sambungan; "
              f"{r['baris_ganda']} ganda tidak dihitung dua kali")
        if not _na(r.get("lengkap")) and not r["lengkap"]:
            print(f"  tabel tidak lengkap di teks sumber: {r['kelengkapan']}")
    if doc.sipd is not None:
        _print_rekonsiliasi(doc)
    if args.sipd_realisasi is not None:
        import pandas as pd

        extra = _check_dokumen_realisasi(args, doc)
        n_kritis += int((extra["tingkat"] == "kritis").sum())
        t = pd.concat([t, extra], ignore_index=True) if len(extra) else t
    _print_kritis(t)
    return 1 if args.strict and n_kritis else 0


def _check_dokumen_realisasi(args, doc):
    """``check --source DOKUMEN --sipd-realisasi EKSPOR``: Tabel 2.2's realisasi Rp against SIPD's
    counted realisation (``findings.document_realisation``); a short summary, the table written
    to ``--out`` when given; returns its findings."""
    from .findings.document_realisation import dokumen_vs_realisasi
    from .load import load_sipd_realisasi
    from .numbers import format_rupiah

    data = load_sipd_realisasi(args.sipd_realisasi, rencana=doc.sipd, paksa=args.paksa)
    tabel, temuan, kes, periode = dokumen_vs_realisasi(doc, data, paksa=args.paksa, **_materialitas(args))
    print("\n" + _kalimat_kesesuaian(kes).replace("Kesesuaian dengan SIPD", "Kesesuaian dengan realisasi SIPD")
          .replace("temuan dokumen_vs_sipd", "temuan dokumen_vs_realisasi_sipd"))
    n = tabel["status"].astype(str).value_counts()
    selisih = tabel.loc[tabel["status"].astype(str) == "beda", "selisih_rp"].abs().sum()
    sumber = "ekspor Renja " + ("--sipd" if doc.sipd is not None else "di folder realisasi") \
        if data.rencana is not None else "ekspor realisasi sendiri (tanpa ekspor Renja)"
    print(f"Realisasi Rp dokumen vs realisasi SIPD-RI ({data.source.name}), periode: {periode.dasar}; perangkat "
          f"daerah menurut {sumber}. {len(tabel)} sub kegiatan: sama {n.get('sama', 0)}, beda {n.get('beda', 0)} "
          f"(selisih {format_rupiah(selisih)}), hanya di dokumen {n.get('hanya_dokumen', 0)}, hanya di SIPD "
          f"{n.get('hanya_sipd', 0)}.")
    _print_dilewati(data, "realisasi SIPD", "temuan dokumen_vs_realisasi_sipd kritis dengan realisasi SIPD lebih "
                    "kecil daripada dokumen")
    if len(temuan):
        _ringkas_temuan(temuan)
    if args.out is not None:        # held since the check began (_check)
        _tulis({"dokumen_vs_realisasi_sipd": tabel, "dokumen_vs_realisasi_sipd_temuan": temuan}, args.out)
    else:
        print("Tabel dokumen_vs_realisasi_sipd tidak ditulis (beri --out FOLDER untuk menulisnya).")
    return temuan


def _jumlah_rekonsiliasi(t) -> str:
    r = t[t["jenis"].astype(str).isin(["kesesuaian_sipd", "dokumen_vs_sipd", "dokumen_vs_sipd_skala"])]
    return f"{len(r)} ({int((r['tingkat'] == 'kritis').sum())} kritis)"


def _kalimat_kesesuaian(kes) -> str:
    """The guard in one line of plain text (the CLI)."""
    parts = []
    for _, a in kes.tabel.iterrows():
        name = a["aspek"].replace("_", " ")
        if a["status"] == "sama":
            parts.append(f"{name} sama ({a['sipd']})")
        elif a["status"] == "beda":
            parts.append(f"{name} BEDA (dokumen {a['dokumen']}, SIPD {a['sipd']})")
        else:
            parts.append(f"{name} tidak dapat diperiksa (dokumen {a['dokumen']}, SIPD {a['sipd']}: {a['sipd_dari']})")
    return "Kesesuaian dengan SIPD: " + "; ".join(parts) + (
        "; dicocokkan karena --paksa: temuan dokumen_vs_sipd dicatat sebagai info" if not kes.sepadan else
        "; belum pasti data yang sama: temuan dokumen_vs_sipd yang kritis dicatat sebagai peringatan" if kes.ragu
        else "")


def _print_dilewati(data, apa: str, temuan: str) -> None:
    """The entries of a SIPD folder compared with a document that were skipped, one line each;
    when some were not read at all (a subfolder), that the findings they may explain are hedged."""
    from .sources.base import tidak_dibaca

    for name, reason in data.dilewati:
        print(f"dilewati di folder {apa}: {name} ({reason})")
    unread = tidak_dibaca(data.dilewati)
    if unread:
        print(f"Sebagian folder {apa} tidak dibaca ({', '.join(unread)}): {temuan} dicatat sebagai peringatan, "
              "bukan kekeliruan dokumen; pindahkan ekspor di dalamnya ke folder itu untuk membacanya.")


def _print_rekonsiliasi(doc) -> None:
    print("\n" + _kalimat_kesesuaian(doc.kesesuaian))
    _print_dilewati(doc.sipd, "SIPD", "temuan dokumen_vs_sipd kritis yang dapat dijelaskan oleh baris SIPD yang "
                    "tidak terbaca (tidak ditemukan di SIPD, pagu SIPD lebih kecil)")
    r = doc.rekonsiliasi
    if not len(r):
        from .findings.reconciliation import alasan_tanpa_baris

        print("Rekonsiliasi dengan SIPD: dokumen tidak dibandingkan baris demi baris (tidak ada baris Tabel 3.2 "
              f"hasil analisis kebutuhan maupun 3.3 yang terbaca: {alasan_tanpa_baris(doc)}); baris SIPD tidak "
              "dianggap tidak ada di dokumen.")
        return
    n = r["kecocokan"].astype(str).value_counts()
    berkas = ", ".join(sorted(r["berkas"].dropna().unique()))
    print(f"Rekonsiliasi dengan SIPD ({berkas}): {len(r)} baris; cocok menurut kode {n.get('kode', 0)}, "
          f"nama {n.get('nama', 0)}, nama mirip {n.get('nama_mirip', 0)}; hanya di dokumen "
          f"{n.get('hanya_dokumen', 0)}, hanya di SIPD {n.get('hanya_sipd', 0)}. Temuan dokumen_vs_sipd ada di "
          "tabel di atas; pemeriksaan data SIPD sendiri: renja-analysis check --source EKSPOR_SIPD.")


def _check_sipd(args) -> int:
    from .load import load_sipd

    if args.sipd is not None or args.paksa:
        raise RenjaParseError(args.source, "--source sudah data SIPD; --sipd dan --paksa hanya bersama dokumen Renja",
                              cell="--sipd" if args.sipd is not None else "--paksa",
                              expected="--source DOKUMEN --sipd EKSPOR_SIPD",
                              found=str(args.sipd) if args.sipd is not None else "--paksa")
    data = load_sipd(args.source, sheet=args.sheet, **_materialitas(args))
    _print_berkas(data)
    t = data.temuan
    print(f"Temuan data SIPD ({data.source.name}): {len(t)} baris")
    n_kritis = _ringkas_temuan(t) if len(t) else 0
    _print_kritis(t, data.berkas.loc[data.berkas["format"] == "json", "berkas"].tolist())
    return 1 if args.strict and n_kritis else 0


def _check_realisasi(args) -> int:
    from .load import load_sipd_realisasi

    data = load_sipd_realisasi(args.source, sheet=args.sheet, paksa=args.paksa)
    _print_akun_realisasi(data)
    _print_kesesuaian_rencana(data)
    t = data.temuan
    print(f"Temuan data realisasi SIPD ({data.source.name}): {len(t)} baris")
    n_kritis = _ringkas_temuan(t) if len(t) else 0
    _print_kritis(t, data.berkas.loc[data.berkas["format"] == "json", "berkas"].tolist())
    return 1 if args.strict and n_kritis else 0


def _notebook_gagal(run):
    """A command running notebooks: a notebook that fails is one line naming it and its cell
    (``report.NotebookGagal``), exit 3, the other notebooks stopped."""
    def command(args) -> int:
        from .report import NotebookGagal

        try:
            return run(args)
        except NotebookGagal as exc:
            print(f"galat: {_one_line(exc)}", file=sys.stderr)
            return 3
    return command


@_notebook_gagal
def _report(args) -> int:
    from . import report
    from .output.processed import kunci_keluaran

    if args.source is not None and _is_corpus([args.source]):
        lain = [opsi for opsi, v in (("--sipd", args.sipd), ("--realisasi", args.realisasi),
                                     ("--paksa", args.paksa or None)) if v is not None]
        if lain:
            # the corpus report has no SIPD, realisation or reconciliation pages: refused, never dropped
            raise RenjaParseError(args.source, f"laporan korpus (--source berupa folder) tidak memakai {', '.join(lain)}",
                                  expected="report --source FOLDER tanpa opsi itu; halaman SIPD dan "
                                  "realisasi: report --source BERKAS_DOKUMEN --sipd DIR --realisasi DIR")
        olahan = args.out or config.DATA_KORPUS
        _out_inside_source(olahan, [args.source])
        with kunci_keluaran(olahan):
            report.build_corpus(args.source, olahan=olahan, progress=not args.quiet, jobs=args.jobs)
        print(f"Tabel korpus di {args.out or config.DATA_KORPUS}, notebook di {config.NOTEBOOKS}/ (50, 60) dan "
              f"{config.NOTEBOOKS / 'dokumen'}/, laporan HTML di {config.REPORTS / 'korpus'}/")
        return 0
    from .present.pemda import sipd_contoh

    if args.paksa and args.sipd is None:
        raise RenjaParseError(args.source, "--paksa hanya bersama --sipd", cell="--paksa",
                              expected="report --sipd EKSPOR_SIPD --paksa")
    _ada(args.realisasi, "--realisasi")
    if args.realisasi is not None and not _is_realisasi(args.realisasi):
        raise RenjaParseError(args.realisasi, "bukan ekspor realisasi SIPD", cell="--realisasi",
                              expected="ekspor realisasi SIPD-RI (kolom nilai_realisasi) atau folder berisi ekspor itu")
    if args.realisasi is not None:
        # the plan-against-realisation guard before any notebook runs: another pemda or year is refused
        # here, in one line (the page cannot be forced: --paksa is for the document's reconciliation)
        from .load import load_sipd, load_sipd_realisasi

        data = load_sipd_realisasi(args.realisasi, rencana=load_sipd(args.sipd) if args.sipd is not None else None,
                                   paksa=True)
        if data.kesesuaian is not None and not data.kesesuaian.sepadan:
            raise RenjaParseError(args.realisasi, "ekspor Renja dan realisasi SIPD tidak sepadan, halaman realisasi "
                                  f"tidak dibuat: {data.kesesuaian.teks('beda')}", cell="--realisasi",
                                  expected="ekspor realisasi dan ekspor Renja (--sipd atau di folder realisasi) pemda "
                                           "dan tahun yang sama")
    if args.realisasi is not None and sipd_contoh(args.realisasi):
        print(f"PERHATIAN: {args.realisasi} adalah data uji proyek: halaman realisasi laporan ditandai sebagai contoh",
              file=sys.stderr)
    if args.sipd is not None and sipd_contoh(args.sipd):
        print(f"PERHATIAN: {args.sipd} adalah data uji proyek: halaman SIPD laporan ditandai sebagai contoh",
              file=sys.stderr)
    from .report.pdf import ChromiumTidakAda

    try:
        # the processed tables are held for the whole report, also when it only reads them (a
        # build into them meanwhile would change the tables under the notebooks)
        with kunci_keluaran(args.out or config.DATA_PROCESSED):
            pdf = report.build(args.source, progress=not args.quiet, olahan=args.out, sipd=args.sipd,
                               pdf=not args.tanpa_pdf, paksa=args.paksa, realisasi=args.realisasi,
                               jobs=args.jobs)
    except ChromiumTidakAda as exc:
        # the HTML report is written; only the PDF is missing
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            print(f"galat: PDF laporan tidak dibuat: {exc}", file=sys.stderr)
            return 1
        print(_keluaran_laporan(args))
        print(f"PERHATIAN: PDF laporan DILEWATI: {exc}", file=sys.stderr)
        _catatan_sipd(args)
        return 0
    print(_keluaran_laporan(args) + (f", PDF {pdf}" if pdf else ""))
    _catatan_sipd(args)
    return 0


def _keluaran_laporan(args) -> str:
    """Where ``report`` wrote, as full paths (the project's folders, not the working folder)."""
    olahan = f"tabel olahan dibaca dari {args.out or config.DATA_PROCESSED}; "
    return (olahan + f"gambar ditulis ke {config.FIGURES}/, notebook dijalankan ulang di {config.NOTEBOOKS}/, "
            f"laporan HTML di {config.REPORTS}/")


def _catatan_sipd(args) -> None:
    """With ``report --sipd``: one line on standard error when the SIPD page reconciles no
    document (the page says why too), or reconciles one only because of ``--paksa``."""
    if args.sipd is None:
        return
    from .load import dokumen_sipd, load_sipd

    doc, alasan = dokumen_sipd(load_sipd(args.sipd), olahan=args.out, paksa=args.paksa)
    if doc is None:
        print(f"PERHATIAN: halaman 70-sipd-pemda tidak mencocokkan dokumen: {alasan}", file=sys.stderr)
    elif doc.kesesuaian is not None and not doc.kesesuaian.sepadan:
        print(f"PERHATIAN: halaman 70-sipd-pemda mencocokkan dokumen dengan data SIPD yang tidak sepadan "
              f"(--paksa): {doc.kesesuaian.ringkas()}", file=sys.stderr)


@_notebook_gagal
def _contoh(args) -> int:
    from . import report

    report.build_contoh(progress=not args.quiet, jobs=args.jobs)
    print(f"Contoh dari data uji proyek (bukan data resmi pemda): tabel di {config.DATA_CONTOH}/, gambar di "
          f"{config.FIGURES_CONTOH}/, notebook di {config.NOTEBOOKS_CONTOH}/, halaman HTML di {config.REPORTS_CONTOH}/ "
          "(tanpa PDF)")
    return 0


#: Where the default paths are: the project folder the package is installed from, never the
#: working folder (``config.ROOT``).
LETAK = (f"Jalur bawaan (data/raw/, data/processed/, data/korpus/, figures/, notebooks/, reports/) berada di folder "
         f"proyek tempat paket ini dipasang, {config.ROOT}, bukan di folder kerja; beri --out untuk menulis tabel "
         "di tempat lain. Setiap perintah menyebut ke mana ia menulis.")


def _bungkus(text: str) -> str:
    """A description for the raw formatter, wrapped to 79 columns."""
    import textwrap

    return textwrap.fill(text, 79)

JOBS_HELP = ("jumlah notebook yang dijalankan bersamaan, masing-masing dengan kernelnya (bawaan: jumlah inti "
             "prosesor); korpus: juga jumlah proses pembaca dokumen. Hasilnya sama persis berapa pun nilainya")
SHEET_HELP = ("lembar buku kerja yang dibaca (wajib bila beberapa lembar berbentuk Tabel 2.2, atau berjudul "
              "kolom SIPD)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"paling sedikit 1, ditemukan {value}")
    return value


def _persen(text: str) -> float:
    """A share in percent, 0 to 100 (``--materialitas-persen``), with a decimal comma as
    Indonesian writes it or a decimal point; ASCII digits only.

    >>> _persen("0,5"), _persen("0.5"), _persen("1"), _persen("0,125")
    (0.5, 0.5, 1.0, 0.125)

    A separator before exactly three digits after a leading 1-999 ('1.000', '2,500') may be a
    thousands separator (Indonesian '1.000' is seribu) or a decimal one: refused, not guessed. A negative share is out of range, not "not a number".

    >>> for bad in ("1.000", "-1", "\u0661"):
    ...     try:
    ...         _persen(bad)
    ...     except argparse.ArgumentTypeError as exc:
    ...         print(exc)
    ambigu: '1.000' dapat dibaca 1000 (titik pemisah ribuan) atau 1 (titik desimal); tulis tanpa pemisah ribuan, pecahan dengan koma (contoh: 1 atau 0,5)
    harus 0 sampai 100, ditemukan -1
    bukan angka: '\u0661' (contoh: 1 atau 0,5)
    """
    import re

    clean = text.strip()
    m = re.fullmatch(r"(-?)([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)", clean)
    if m is None:
        raise argparse.ArgumentTypeError(f"bukan angka: {text!r} (contoh: 1 atau 0,5)")
    if re.fullmatch(r"[1-9][0-9]{0,2}[.,][0-9]{3}", m.group(2)):
        sep = "titik" if "." in clean else "koma"
        ribuan = m.group(2).replace(".", "").replace(",", "")
        desimal = f"{float(m.group(2).replace(',', '.')):g}".replace(".", ",")
        raise argparse.ArgumentTypeError(
            f"ambigu: {clean!r} dapat dibaca {ribuan} ({sep} pemisah ribuan) atau {desimal} ({sep} desimal); "
            "tulis tanpa pemisah ribuan, pecahan dengan koma (contoh: 1 atau 0,5)")
    value = float(m.group(2).replace(",", "."))
    if (m.group(1) and value > 0) or value > 100:
        raise argparse.ArgumentTypeError(f"harus 0 sampai 100, ditemukan {clean}")
    return value


def _rupiah(text: str) -> float:
    """Rupiah as ASCII digits, 0 or more (``--materialitas-rp``): ``100000000``.

    >>> _rupiah("100000000")
    100000000.0
    """
    import re

    if not re.fullmatch(r"[0-9]+", text):
        raise argparse.ArgumentTypeError(f"bukan rupiah dalam angka saja: {text!r} (contoh: 100000000)")
    return float(text)


def _jalur(text: str) -> Path:
    """A path given on the command line. A name longer than the file system takes (more than
    255 bytes for a file or folder name on the usual ones) is refused here, as the user's
    error (exit 2), not met later as an ``OSError`` (reported as our bug).

    >>> _jalur("data/raw/renja.md")
    PosixPath('data/raw/renja.md')
    >>> try:
    ...     _jalur("a" * 300 + ".md")
    ... except argparse.ArgumentTypeError as exc:
    ...     print(exc)
    nama terlalu panjang: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' (nama berkas atau folder terpanjang 303 byte; sistem berkas umumnya menerima paling panjang 255 byte per nama)
    """
    import errno

    path = Path(text)
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            shown = text if len(text) <= 30 else text[:30] + "..."
            raise argparse.ArgumentTypeError(f"{sebab_os(exc)}: {shown!r} ({nama_terlalu_panjang(path)})") from None
    except ValueError:              # a NUL byte (only through main(argv)): the reader names it
        pass
    return path


def _opsi_materialitas(p) -> None:
    p.add_argument("--materialitas-persen", type=_persen, default=None, metavar="PERSEN",
                   help="data SIPD: perubahan pagu n+1 di bawah PERSEN %% pagu perangkat daerah dan di bawah "
                        f"--materialitas-rp dicatat sebagai info (bawaan: {config.MATERIALITAS_PERSEN:g})")
    p.add_argument("--materialitas-rp", type=_rupiah, default=None, metavar="RP",
                   help="data SIPD: batas rupiah materialitas perubahan pagu n+1 (bawaan: "
                        f"{config.MATERIALITAS_RP:.0f})")


#: argparse's English messages and their Indonesian (``_indonesia``), tried in order.
_ARGPARSE = (
    (r"^the following arguments are required: (.*)$", r"argumen berikut wajib diberikan: \1"),
    (r"^unrecognized arguments: (.*)$", r"argumen tidak dikenal: \1"),
    (r"^ambiguous option: (\S+) could match (.*)$", r"opsi \1 ambigu, dapat berarti \2"),
    (r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$", r"argumen \1: pilihan \2 tidak dikenal (pilih dari \3)"),
    (r"^argument (\S+): expected one argument$", r"argumen \1: perlu satu nilai"),
    (r"^argument (\S+): expected at least one argument$", r"argumen \1: perlu paling sedikit satu nilai"),
    (r"^argument (\S+): expected (.*) arguments?$", r"argumen \1: perlu \2 nilai"),
    (r"^argument (\S+): ignored explicit argument (.*)$", r"argumen \1 tidak menerima nilai (diberi \2)"),
    (r"^argument (\S+): not allowed with argument (.*)$", r"argumen \1 tidak boleh bersama \2"),
    (r"^argument (\S+): invalid \S+ value: (.*)$", r"argumen \1: nilai tidak sah: \2"),
    (r"^argument (\S+): (.*)$", r"argumen \1: \2"),
)


def _indonesia(message: str) -> str:
    """An argparse error message in Indonesian (as it is when unknown); the subcommand's
    argument (``command``) is the ``perintah``.

    >>> _indonesia("argument command: invalid choice: 'frob' (choose from 'build', 'check')")
    "argumen perintah: pilihan 'frob' tidak dikenal (pilih dari 'build', 'check')"
    >>> _indonesia("unrecognized arguments: --bogus"), _indonesia("argument --source: expected one argument")
    ('argumen tidak dikenal: --bogus', 'argumen --source: perlu satu nilai')
    """
    import re

    message = re.sub(r"\bargument command\b", "argument perintah", message)
    message = re.sub(r"(required: .*)\bcommand\b", r"\1perintah", message)
    for english, indonesian in _ARGPARSE:
        if re.match(english, message, flags=re.DOTALL):
            return re.sub(english, indonesian, message, flags=re.DOTALL)
    return message


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help in Indonesian: ``penggunaan:`` for ``usage:``."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "penggunaan: " if prefix is None else prefix)

    def _split_lines(self, text, width):
        """Wrap at spaces only: a folder such as ``/work/wt-x/data`` is never cut at its hyphen or
        inside, so it can be copied from the help whole.

        >>> _Formatter("renja-analysis")._split_lines("ditulis ke /work/wt-sipd-pagu/data/processed saja", 12)
        ['ditulis ke', '/work/wt-sipd-pagu/data/processed', 'saja']
        """
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line (``galat: ...``, exit 2), like every other bad input, and
    help, in Indonesian (``opsi``, ``argumen posisi``, ``-h/--help``)."""

    def __init__(self, *args, **kwargs):
        kwargs["formatter_class"] = _Formatter
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen posisi"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini, lalu keluar")

    def error(self, message):
        self.exit(2, f"galat: {self.prog}: {_indonesia(message)} (lihat --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="renja-analysis",
        description="Analisis Renja / Renja Perubahan: tabel rapi, capaian, serapan, temuan.\n\n" + _bungkus(LETAK),
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="baca dokumen sumber, tulis tabel olahan (CSV + Parquet)",
                       description=_bungkus(LETAK),
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--source", type=_jalur, action="append", default=None,
                   help="berkas sumber (bawaan: dokumen di data/raw/): dokumen Renja, atau data SIPD-RI "
                        "(ekspor JSON/CSV/.xlsx, atau folder ekspor satu pemda); folder dokumen, pola glob, "
                        "atau --source berulang: banyak dokumen sekaligus (korpus)")
    b.add_argument("--out", type=_jalur, default=None,
                   help="folder keluaran (bawaan, di folder proyek, bukan folder kerja: data/processed/; data SIPD: "
                        "data/processed/sipd/; realisasi SIPD: data/processed/sipd-realisasi/; korpus: data/korpus/); "
                        "diganti utuh sebagai satu set")
    b.add_argument("--sheet", default=None, help=SHEET_HELP)
    b.add_argument("--jobs", type=_positive, default=None,
                   help="korpus: jumlah proses pekerja (bawaan: jumlah inti prosesor)")
    b.add_argument("--engine", choices=("process", "dask"), default="process",
                   help="korpus: kumpulan proses lokal, atau klaster dask.distributed")
    b.add_argument("--scheduler", default=None,
                   help="korpus, --engine dask: alamat penjadwal (tanpa ini: LocalCluster)")
    b.add_argument("--quiet", action="store_true", help="korpus: tanpa bilah kemajuan")
    b.add_argument("--paksa", action="store_true",
                   help="data realisasi SIPD dengan ekspor Renja pemda atau tahun lain: bandingkan juga (tanpa ini "
                        "ditolak, status 2); perbedaannya satu temuan info")
    _opsi_materialitas(b)
    b.set_defaults(func=_build)
    c = sub.add_parser("check", help="ringkas temuan kualitas data (jumlah per jenis dan tingkat, "
                                     "lalu temuan kritis)", description=_bungkus(LETAK),
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--source", type=_jalur, default=config.DEFAULT_SOURCE,
                   help="berkas sumber (bawaan: dokumen di data/raw/); data SIPD-RI: temuan data SIPD")
    c.add_argument("--sheet", default=None, help=SHEET_HELP)
    c.add_argument("--sipd", type=_jalur, default=None,
                   help="ekspor SIPD-RI (berkas atau folder pemda) untuk dicocokkan dengan dokumen: "
                        "temuan dokumen_vs_sipd")
    c.add_argument("--sipd-realisasi", type=_jalur, default=None, metavar="EKSPOR_REALISASI",
                   help="ekspor realisasi SIPD-RI (berkas atau folder ekspor bulanan, boleh bercampur ekspor Renja) "
                        "untuk dicocokkan dengan realisasi Rp Tabel 2.2 dokumen sampai triwulannya: tabel dan temuan "
                        "dokumen_vs_realisasi_sipd")
    c.add_argument("--out", type=_jalur, default=None,
                   help="dengan --sipd-realisasi: folder tempat tabel dokumen_vs_realisasi_sipd (dan temuannya) "
                        "ditulis, diganti utuh sebagai satu set")
    c.add_argument("--paksa", action="store_true",
                   help="dengan --sipd atau --sipd-realisasi: cocokkan juga data SIPD pemda, tahun, atau perangkat daerah lain (tanpa ini "
                        "ditolak, status 2); perbedaannya satu temuan info, temuan dokumen_vs_sipd menjadi info")
    c.add_argument("--strict", action="store_true",
                   help="keluar dengan status 1 bila ada temuan kritis")
    _opsi_materialitas(c)
    c.set_defaults(func=_check)
    r = sub.add_parser("report", help="tulis gambar, jalankan ulang semua notebook, tulis laporan HTML",
                       description=_bungkus(LETAK + " Gambar, notebook, dan laporan selalu ditulis di figures/, "
                                            "notebooks/, dan reports/ folder proyek."),
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("--source", type=_jalur, default=None,
                   help="berkas sumber (tanpa ini: tabel olahan yang terakhir ditulis ke --out, bawaan "
                        "data/processed/, oleh build atau report sebelumnya, dokumen mana pun itu; tidak ada yang "
                        "dibaca ulang dari data/raw/); dengan --source, tabelnya ditulis dulu ke --out; sebuah "
                        "folder: laporan korpus (50-antar-instansi, 60-tren, satu set notebook per dokumen)")
    r.add_argument("--out", type=_jalur, default=None,
                   help="folder tabel olahan yang dibaca notebook (bawaan, di folder proyek: data/processed/; "
                        "korpus: data/korpus/)")
    r.add_argument("--sipd", type=_jalur, default=None,
                   help="folder ekspor SIPD-RI satu pemda (atau satu ekspor): tambah halaman 70-sipd-pemda; dokumen "
                        "laporan dicocokkan dengannya hanya bila pemda, tahun, dan perangkat daerahnya sama")
    r.add_argument("--realisasi", type=_jalur, default=None,
                   help="ekspor realisasi SIPD-RI (satu berkas atau folder ekspor bulanan, boleh bercampur ekspor "
                        "Renja): tambah halaman 80-realisasi-sipd; pagunya dari ekspor Renja di folder itu, "
                        "atau dari --sipd")
    r.add_argument("--paksa", action="store_true",
                   help="dengan --sipd: cocokkan dokumen walaupun pemda, tahun, atau perangkat daerahnya berbeda "
                        "(temuannya dicatat sebagai info)")
    r.add_argument("--quiet", action="store_true", help="tanpa bilah kemajuan")
    r.add_argument("--jobs", type=_positive, default=None, help=JOBS_HELP)
    r.add_argument("--tanpa-pdf", action="store_true",
                   help="tanpa PDF laporan (bawaan: reports/laporan-renja-<tahun>-<instansi>.pdf dicetak dengan "
                        "Chromium; bila Chromium tidak ada, PDF dilewati dengan pesan, di CI menjadi galat)")
    r.set_defaults(func=_report)
    k = sub.add_parser("contoh", help="bangun contoh dari data uji proyek (SIPD tests/data/sipd, korpus "
                                      "tests/data/korpus) ke folder sendiri: data/contoh/, figures/contoh/, "
                                      "notebooks/contoh/, reports/contoh/; tidak pernah masuk laporan dokumen")
    k.add_argument("--quiet", action="store_true", help="tanpa bilah kemajuan")
    k.add_argument("--jobs", type=_positive, default=None, help=JOBS_HELP)
    k.set_defaults(func=_contoh)
    return parser


class Dihentikan(BaseException):
    """SIGTERM (or another ending signal) turned into an exception, so that a build stops its
    workers and leaves its outputs as they were, like after Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum, frame):
    raise Dihentikan(signum)


def main(argv=None) -> int:
    import signal
    import threading

    parser = build_parser()
    args = parser.parse_args(argv)
    from .output.processed import OutputError

    old = None
    if threading.current_thread() is threading.main_thread():
        old = signal.signal(signal.SIGTERM, _on_signal)
    try:
        return args.func(args)
    except RenjaParseError as exc:
        print(f"galat: {_one_line(exc)}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"galat: {_one_line(exc)}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Dihentikan) as exc:
        signum = exc.signum if isinstance(exc, Dihentikan) else signal.SIGINT
        how = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
        kept = "; keluaran lama tidak diubah" if _keluaran_utuh(args) else ""
        print(("\n" if sys.stderr.isatty() else "") + f"dihentikan ({how}): {args.command} tidak selesai{kept}",
              file=sys.stderr)
        return 128 + signum
    except Exception as exc:  # noqa: BLE001 - a bug must still give one line, not a traceback
        print(f"galat internal (bug) {type(exc).__name__}: {_one_line(exc)[:300]}; mohon laporkan "
              "bersama berkas sumbernya", file=sys.stderr)
        return 3
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)


def _keluaran_utuh(args) -> bool:
    """Whether a command stopped half-way leaves every previous output as it was: ``build``
    (its tables are one set), a document's ``report`` (``report.tahap``); not yet a corpus
    report's pages or ``contoh``.

    >>> _keluaran_utuh(build_parser().parse_args(["report", "--source", "x.md"]))
    True
    """
    if args.command == "build":
        return True
    return args.command == "report" and (args.source is None or not _is_corpus([args.source]))


def _one_line(exc) -> str:
    return _teks(" ".join(str(exc).split()))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
