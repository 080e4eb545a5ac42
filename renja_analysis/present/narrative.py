"""Indonesian sentences (Markdown) from the tables.

Every number in a sentence comes from the data passed in; formatting uses Babel
``id_ID`` (``Rp1.683.391.529``, ``56,25%``: PUEBI spelling). Functions return Markdown strings
that a notebook shows with ``IPython.display.Markdown``. Text quoted from the
document (names, indikator, satuan, keterangan, solusi, findings' messages) goes
through ``escape.markdown_teks``: it shows literally, never as HTML, a link or
emphasis.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import labels
from ..findings.registry import JENIS_SENGKETA_KOLOM
from ..keys import ROMAWI
from ..metrics import (
    TIDAK_DIKETAHUI,
    capaian,
    dijadwalkan,
    harapan_triwulan,
    jumlah_per_status,
    predikat,
    realisasi_dinilai,
    realisasi_rincian,
    relatif_terhadap_harapan,
)
from ..names import lanjutan
from ..numbers import format_angka, format_persen, format_perubahan, format_rupiah
from ..status import (
    BELUM_DILAKSANAKAN,
    MELAMPAUI_TARGET,
    OUTPUT_TANPA_SERAPAN,
    SERAPAN_TANPA_OUTPUT,
    SESUAI_RENCANA,
    TANPA_STATUS,
    TERTINGGAL,
)
from .comparison import jumlah_program
from .escape import markdown_teks
from .summary import (
    bagian_serapan_dipersoalkan,
    capaian_ringkas,
    jumlah_temuan,
    masalah_per_program,
    program_serapan_dipersoalkan,
    program_temuan,
    serapan_program_dipersoalkan,
)

#: Join names the Indonesian way: 'a', 'a dan b', 'a, b, dan c'.
_daftar = labels.daftar


def _nama(text) -> str:
    """A name from the document, in italics, escaped."""
    return f"*{markdown_teks(text)}*"


def _tautan(teks: str, href: str) -> str:
    """A Markdown link to another page (a notebook, relative; the renderer rewrites it)."""
    return f"[{teks}]({href})"


def _status_kecil(code) -> str:
    """A status label inside a sentence (first letter lower case)."""
    text = labels.status(str(code))
    return text[:1].lower() + text[1:]


def _banding(nilai, harapan) -> str:
    """'di atas', 'di bawah' or 'sama dengan' an expectation."""
    if pd.isna(nilai) or pd.isna(harapan):
        return "dibandingkan dengan"
    return "di atas" if nilai > harapan else ("di bawah" if nilai < harapan else "sama dengan")


def _sengketa(temuan: pd.DataFrame | None) -> dict:
    """Numbers disputed by a kritis finding on one cell: ``{(line, column): text}`` (the types of
    ``findings.registry.JENIS_SENGKETA_KOLOM``): the realisasi of a row that Tabel 2.1 states
    otherwise ("menurut Tabel 2.1 25, temuan kritis"), or a realisation above its pagu ("realisasi
    melebihi pagu, temuan kritis").

    >>> t = pd.DataFrame({"jenis": ["antar_tabel_tidak_cocok", "serapan_berlebih"], "tingkat": "kritis",
    ...     "tabel": ["Tabel 2.2 vs Tabel 2.1", "Tabel 2.2"], "baris_sumber": [312, 279],
    ...     "kolom": ["realisasi_k", "realisasi_rp"], "nilai_hitung": [25.0, 133.33]})
    >>> _sengketa(t)
    {(312, 'realisasi_k'): 'menurut Tabel 2.1 25, temuan kritis', (279, 'realisasi_rp'): 'realisasi melebihi pagu, temuan kritis'}
    """
    if temuan is None or not len(temuan):
        return {}
    antar = temuan["tabel"].astype(str).str.contains(" vs ", regex=False)
    t = temuan[(temuan["tingkat"].astype(str) == "kritis")
               & temuan["jenis"].astype(str).isin(JENIS_SENGKETA_KOLOM)
               & temuan["baris_sumber"].notna() & (temuan["nilai_hitung"].notna() | ~antar)]
    out = {}
    for baris, kolom, tabel, nilai, jenis in zip(t["baris_sumber"], t["kolom"], t["tabel"], t["nilai_hitung"],
                                                 t["jenis"].astype(str)):
        if " vs " in str(tabel):
            lain = str(tabel).split(" vs ")[-1]
            text = f"menurut {markdown_teks(lain)} {format_angka(nilai, None)}"
        else:
            label = labels.jenis_temuan(jenis)
            text = label[:1].lower() + label[1:]
        out[(int(baris), str(kolom))] = f"{text}, temuan kritis"
    return out


#: The table whose revised target a sentence names beside Tabel 2.2's (``target_k_perubahan``).
_TABEL_REVISI = "Tabel 3.2"


def _target_revisi(row: pd.Series):
    """The revised target of a row (``target_k_perubahan``) where it differs from Tabel 2.2's,
    else None."""
    baru = row.get("target_k_perubahan")
    if baru is None or pd.isna(baru) or (pd.notna(row.get("target_k")) and baru == row["target_k"]):
        return None
    return float(baru)


def _capaian_revisi(realisasi, target, revisi, capaian_awal) -> str:
    """'target direvisi menjadi 25 di Tabel 3.2: capaian 80,00%' with what it means.

    A revision by ``findings.document.FAKTOR_REVISI`` or more may have changed the unit too (the
    revision's finding asks to check it): its capaian is said "bila satuannya sama", and
    "sudah melampaui target tahunan" only of a smaller one.

    >>> print(_capaian_revisi(20.0, 10.0, 25.0, 200.0))
    target direvisi menjadi 25 di Tabel 3.2: capaian 80,00% bila satuannya sama, belum mencapai target revisi
    >>> print(_capaian_revisi(6.0, 4.0, 5.0, 150.0))
    target direvisi menjadi 5 di Tabel 3.2: capaian 120,00%, sudah melampaui target tahunan
    """
    from ..findings.document import besar_revisi

    besar = besar_revisi(target, revisi)[0] == "peringatan"
    cap = capaian(realisasi, revisi)
    text = (f"target direvisi menjadi {format_angka(revisi, None)} di {_TABEL_REVISI}: capaian "
            f"{format_persen(cap)}" + (" bila satuannya sama" if besar else ""))
    if pd.notna(cap) and cap > 100:
        return text + (", di atas target revisi" if besar else ", sudah melampaui target tahunan")
    if pd.notna(capaian_awal) and capaian_awal > 100:
        return text + ", belum mencapai target revisi"
    return text


#: How a sentence says a sub kegiatan's empty realisation cell (``realisasi_kosong``): not reported,
#: judged as nothing realised (``metrics.realisasi_dinilai``), never a reported 0.
_TIDAK_DILAPORKAN = "tidak dilaporkan (sel kosong; dinilai 0)"


def kalimat_realisasi_kosong(evaluasi: pd.DataFrame) -> str | None:
    """The hedge of a page whose figures count sub kegiatan whose realisation cell (K against a
    target, or Rp against a pagu) is empty: not reported, judged 0 in the averages, serapan,
    status and rupiah at risk (``metrics.realisasi_dinilai``); None where there is none.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan"], "nama": ["P", "A", "B"],
    ...     "indikator": ["i", "j", "k"], "target_k": [1.0, 4.0, 2.0], "realisasi_k": [1.0, 3.0, 2.0],
    ...     "pagu_rp": [15.0, 10.0, 5.0], "realisasi_rp": [3.0, 3.0, None]})
    >>> print(kalimat_realisasi_kosong(df))
    Realisasi anggaran 1 sub kegiatan tidak dilaporkan (sel Rp kosong di Tabel 2.2) dan dinilai 0 (belum ada realisasi) dalam serapan, status dan rupiah berisiko di halaman ini.
    >>> print(kalimat_realisasi_kosong(df.assign(realisasi_k=[1.0, None, None])))
    Realisasi 2 sub kegiatan tidak dilaporkan (sel kosong di Tabel 2.2: K pada 2, Rp pada 1) dan dinilai 0 (belum ada realisasi) dalam capaian, serapan, status dan rupiah berisiko di halaman ini.
    >>> kalimat_realisasi_kosong(df.assign(realisasi_rp=[3.0, 3.0, 0.0])) is None
    True
    """
    sub = (evaluasi["level"].astype(str) == "sub_kegiatan").to_numpy(dtype=bool) & ~lanjutan(evaluasi).to_numpy(
        dtype=bool)
    target = pd.to_numeric(evaluasi["target_k"])
    pagu = pd.to_numeric(evaluasi["pagu_rp"])
    k = (pd.to_numeric(evaluasi["realisasi_k"]).isna() & target.notna() & (target != 0)).to_numpy(
        dtype=bool, na_value=False) & sub
    rp = (pd.to_numeric(evaluasi["realisasi_rp"]).isna() & pagu.notna() & (pagu != 0)).to_numpy(
        dtype=bool, na_value=False) & sub
    n, n_k, n_rp = int((k | rp).sum()), int(k.sum()), int(rp.sum())
    if not n:
        return None
    if not n_rp:
        return (f"Realisasi kinerja {n} sub kegiatan tidak dilaporkan (sel K kosong di Tabel 2.2) dan dinilai 0 "
                "(belum ada realisasi) dalam capaian dan status di halaman ini.")
    if not n_k:
        return (f"Realisasi anggaran {n} sub kegiatan tidak dilaporkan (sel Rp kosong di Tabel 2.2) dan dinilai 0 "
                "(belum ada realisasi) dalam serapan, status dan rupiah berisiko di halaman ini.")
    return (f"Realisasi {n} sub kegiatan tidak dilaporkan (sel kosong di Tabel 2.2: K pada {n_k}, Rp pada {n_rp}) "
            "dan dinilai 0 (belum ada realisasi) dalam capaian, serapan, status dan rupiah berisiko di halaman ini.")


def kalimat_sub_kegiatan(row: pd.Series, sengketa: dict | None = None) -> str:
    """One sentence on one sub kegiatan: what was achieved and spent, and its status.

    Handles the edge cases: no target, nothing realised, over 100%, scheduled later.
    ``sengketa`` (from the findings, ``{(baris_sumber, kolom): text}``) puts a dispute
    beside the number it concerns: a realisasi that another table states otherwise is
    not shown as plain fact.

    The capaian is the document's (against Tabel 2.2's target, ``capaian_k``). Where the
    revision gives another target (``target_k_perubahan``, Tabel 3.2), the sentence names
    it with the capaian against it; "sudah melampaui target tahunan" is said only when the
    latest target is exceeded.

    Examples
    --------
    >>> row = pd.Series({"nama": "Pemulihan Usaha Mikro", "target_k": 25.0, "realisasi_k": 31.0,
    ...     "satuan": "Unit Usaha", "capaian_k": 124.0, "serapan_rp": 84.89, "realisasi_rp": 702500000.0,
    ...     "pagu_rp": 827500000.0, "status": "melampaui_target", "keterangan": None, "baris_sumber": 312})
    >>> print(kalimat_sub_kegiatan(row, {(312, "realisasi_k"): "menurut Tabel 2.1 25, temuan kritis"}))
    *Pemulihan Usaha Mikro*: 31 (dipersoalkan: menurut Tabel 2.1 25, temuan kritis) dari target 25 Unit Usaha (capaian 124,00%, sudah melampaui target tahunan); serapan 84,89% (Rp702.500.000 dari Rp827.500.000).

    A target the revision raised is named, and the row is not said to be above it:

    >>> r = pd.Series({**row, "realisasi_k": 20.0, "target_k": 10.0, "capaian_k": 200.0,
    ...                "target_k_perubahan": 25.0})
    >>> print(kalimat_sub_kegiatan(r).split("; serapan")[0])
    *Pemulihan Usaha Mikro*: 20 dari target 10 Unit Usaha (capaian 200,00%; target direvisi menjadi 25 di Tabel 3.2: capaian 80,00% bila satuannya sama, belum mencapai target revisi)
    """
    sengketa = sengketa or {}
    baris = int(row["baris_sumber"]) if pd.notna(row.get("baris_sumber")) else None

    def soal(kolom):
        text = sengketa.get((baris, kolom))
        return f" (dipersoalkan: {text})" if text else ""

    satuan = f" {markdown_teks(row['satuan'])}" if pd.notna(row.get("satuan")) else ""
    revisi = _target_revisi(row)
    direvisi = (f" (target direvisi menjadi {format_angka(revisi, None)} di {_TABEL_REVISI})"
                if revisi is not None else "")
    # a realisation not reported (empty) is judged as nothing realised, as everywhere (metrics.realisasi_dinilai)
    real_k, real_rp = realisasi_dinilai(row.get("realisasi_k")), realisasi_dinilai(row.get("realisasi_rp"))
    if pd.isna(row.get("target_k")) or row.get("target_k") == 0:
        kinerja = "tanpa target kinerja yang dapat diukur" + (f" di Tabel 2.2{direvisi}" if direvisi else "")
    elif real_k == 0:
        # an empty cell is not a reported 0: said as not reported, judged 0
        belum = (f"realisasi kinerja {_TIDAK_DILAPORKAN}" if pd.isna(row.get("realisasi_k")) else
                 "belum ada realisasi kinerja")
        kinerja = (f"{belum}{soal('realisasi_k')} dari target "
                   f"{format_angka(row['target_k'], None)}{satuan}{direvisi}")
    else:
        kinerja = (f"{format_angka(row['realisasi_k'], None)}{soal('realisasi_k')} dari target "
                   f"{format_angka(row['target_k'], None)}{satuan} (capaian {format_persen(row['capaian_k'])}")
        if revisi is None:
            kinerja += ", sudah melampaui target tahunan)" if row["capaian_k"] > 100 else ")"
        else:
            kinerja += f"; {_capaian_revisi(row['realisasi_k'], row['target_k'], revisi, row['capaian_k'])})"
    if pd.isna(row.get("pagu_rp")):
        # a realisation stated beside the empty pagu cell is said, with any dispute on it
        uang = (f"realisasi {format_rupiah(real_rp)}{soal('realisasi_rp')}, pagu tidak tercantum (serapan tidak "
                "dihitung)" if real_rp else "pagu tidak tercantum")
    elif row["pagu_rp"] == 0 or pd.isna(row.get("serapan_rp")):
        uang = f"pagu {format_rupiah(row['pagu_rp'])}" + (
            f", realisasi {format_rupiah(real_rp)}{soal('realisasi_rp')}" if real_rp else "")
    elif pd.isna(row.get("realisasi_rp")):
        uang = f"realisasi anggaran {_TIDAK_DILAPORKAN} dari pagu {format_rupiah(row['pagu_rp'])}"
    elif real_rp == 0:
        uang = f"anggaran {format_rupiah(row['pagu_rp'])} belum terserap"
    else:
        uang = (f"serapan {format_persen(row['serapan_rp'])} ({format_rupiah(row['realisasi_rp'])}"
                f"{soal('realisasi_rp')} dari {format_rupiah(row['pagu_rp'])})")
    text = f"{_nama(row['nama'])}: {kinerja}; {uang}"
    if row.get("status") == BELUM_DILAKSANAKAN:
        text += f"; dijadwalkan kemudian (\u201c{markdown_teks(row['keterangan'])}\u201d)"
    elif pd.notna(row.get("keterangan")) and row.get("status") in (TERTINGGAL, SERAPAN_TANPA_OUTPUT):
        text += f"; keterangan: \u201c{markdown_teks(row['keterangan'])}\u201d"
    return text + "."


def kalimat_capaian(r: pd.Series, nama=None) -> str:
    """The capaian of a group of sub kegiatan (a row of ``summary.capaian_ringkas``) said
    honestly: over which rows, the pagu-weighted figure beside the mean, the spread, and
    the worst row with its serapan, status and a kritis finding if one names it.

    ``nama`` formats the worst row's name (default: Markdown italics, escaped; pass
    ``str`` for text that a template escapes).

    Examples
    --------
    >>> r = pd.Series({"jumlah_dinilai": 2, "jumlah_dijadwalkan": 0, "jumlah_tanpa_target": 0,
    ...     "rata_capaian_k": 100.0, "capaian_tertimbang_k": 183.33, "capaian_min_k": 0.0,
    ...     "capaian_maks_k": 200.0, "terendah_nama": "Fasilitasi B", "terendah_capaian_k": 0.0,
    ...     "terendah_serapan_rp": 97.4, "terendah_status": "serapan_tanpa_output", "terendah_kritis": True})
    >>> print(kalimat_capaian(r))
    rata-rata 100,00% dari 2 sub kegiatan yang dinilai (200,00% dan 0,00%; tertimbang pagu 183,33%); terendah: *Fasilitasi B*, capaian 0,00% dengan serapan 97,40% tanpa output \u2014 kritis

    A row counted whose own numbers a kritis finding disputes is named:

    >>> print(kalimat_capaian(pd.concat([r, pd.Series({"jumlah_dipersoalkan": 1, "dipersoalkan_nama": "Pelatihan A"})])))
    ... # doctest: +NORMALIZE_WHITESPACE
    rata-rata 100,00% dari 2 sub kegiatan yang dinilai (200,00% dan 0,00%; tertimbang pagu
    183,33%); terendah: *Fasilitasi B*, capaian 0,00% dengan serapan 97,40% tanpa output \u2014
    kritis; capaian yang ikut dihitung dipersoalkan temuan kritis (*Pelatihan A*): angka di atas bergantung padanya
    """
    nama = nama or _nama
    n = int(r["jumlah_dinilai"])
    jadwal, tanpa = int(r["jumlah_dijadwalkan"]), int(r["jumlah_tanpa_target"])
    ekor = []
    if jadwal:
        ekor.append(f"{jadwal} dijadwalkan pada triwulan berikutnya, tidak dihitung")
    if tanpa:
        ekor.append(f"{tanpa} tanpa target, tidak dihitung")
    if n == 0:
        text = "belum ada sub kegiatan yang dinilai"
        return text + (f" ({'; '.join(ekor)})" if ekor else "")
    if n == 1:
        text = f"capaian {format_persen(r['rata_capaian_k'])} (1 sub kegiatan yang dinilai)"
    else:
        lo, hi = r["capaian_min_k"], r["capaian_maks_k"]
        rentang = (f"semuanya {format_persen(lo)}" if lo == hi else
                   f"{format_persen(hi)} dan {format_persen(lo)}" if n == 2 else
                   f"dari {format_persen(lo)} sampai {format_persen(hi)}")
        text = (f"rata-rata {format_persen(r['rata_capaian_k'])} dari {n} sub kegiatan yang dinilai "
                f"({rentang}; tertimbang pagu {format_persen(r['capaian_tertimbang_k'])})")
        if lo != hi:
            st = str(r["terendah_status"]) if pd.notna(r["terendah_status"]) else ""
            ser = format_persen(r["terendah_serapan_rp"])
            catatan = _catatan_terendah(r)
            if st == SERAPAN_TANPA_OUTPUT:
                keadaan = (f"({catatan}) " if catatan else "") + f"dengan serapan {ser} tanpa output"
            else:
                keadaan = "(" + (f"{catatan}; " if catatan else "") + (
                    f"{_status_kecil(st)}, serapan {ser})" if st else f"serapan {ser})")
            text += (f"; terendah: {nama(r['terendah_nama'])}{_seri(r)}, capaian "
                     f"{format_persen(r['terendah_capaian_k'])} {keadaan}"
                     + (" \u2014 kritis" if bool(r["terendah_kritis"]) else ""))
    sengketa = int(r.get("jumlah_dipersoalkan", 0) or 0)
    if sengketa:
        nama_s = str(r["dipersoalkan_nama"]).split("; ")
        ekor.insert(0, f"{'capaian' if sengketa == 1 else f'{sengketa} capaian'} yang ikut dihitung dipersoalkan "
                       f"temuan kritis ({_daftar([nama(x) for x in nama_s])}): angka di atas bergantung padanya")
    return text + (f"; {'; '.join(ekor)}" if ekor else "")


def _catatan_terendah(r: pd.Series) -> str:
    """What the capaian of the worst row (``summary.capaian_ringkas``) rests on where it is not the
    document's plain figure, as the rest of ``kalimat_capaian`` hedges its rows: the kritis
    findings disputing its numbers (``terendah_dipersoalkan``), an empty realisation cell counted
    as 0 (``terendah_kosong``, ``metrics.realisasi_dinilai``); empty otherwise.

    >>> _catatan_terendah(pd.Series({"terendah_dipersoalkan": "capaian di atas 100%", "terendah_kosong": True}))
    'dipersoalkan temuan kritis: capaian di atas 100%; realisasi kinerjanya tidak dilaporkan dan dinilai 0'
    >>> _catatan_terendah(pd.Series({"terendah_kosong": False}))
    ''
    """
    bagian = []
    soal = r.get("terendah_dipersoalkan")
    if isinstance(soal, str) and soal:
        bagian.append(f"dipersoalkan temuan kritis: {soal}")
    if bool(r.get("terendah_kosong", False)):
        bagian.append("realisasi kinerjanya tidak dilaporkan dan dinilai 0")
    return "; ".join(bagian)


def _seri(r: pd.Series) -> str:
    """What follows the name of the worst row (``summary.capaian_ringkas``) when others share
    its capaian: it is one of them, the one that spent most.

    >>> _seri(pd.Series({"terendah_seri": 7})), _seri(pd.Series({"terendah_seri": 1})), _seri(pd.Series({}))
    (' (salah satu dari 7 sub kegiatan dengan capaian terendah yang sama; serapannya tertinggi di antaranya)', '', '')
    """
    n = r.get("terendah_seri")
    if n is None or pd.isna(n) or int(n) < 2:
        return ""
    return (f" (salah satu dari {int(n)} sub kegiatan dengan capaian terendah yang sama; serapannya tertinggi "
            "di antaranya)")


def _jumlah_status(sub: pd.DataFrame) -> str:
    """'20 sesuai rencana, 2 melampaui target, ...' in the order of ``metrics.STATUS``, and the
    sub kegiatan without a status (nothing to judge: ``metrics.status_pelaksanaan``) last.

    >>> _jumlah_status(pd.DataFrame({"level": "sub_kegiatan", "status": ["tertinggal", None, "sesuai_rencana"]}))
    '1 sesuai rencana, 1 tertinggal, dan 1 tanpa status (tanpa target maupun pagu untuk dinilai)'
    """
    n = jumlah_per_status(sub)
    urutan = [SESUAI_RENCANA, MELAMPAUI_TARGET, TERTINGGAL, SERAPAN_TANPA_OUTPUT, OUTPUT_TANPA_SERAPAN,
              BELUM_DILAKSANAKAN]
    bagian = [f"{int(n[s])} {_status_kecil(s)}" for s in urutan if n.get(s, 0)]
    if n.get(TANPA_STATUS, 0):
        bagian.append(f"{int(n[TANPA_STATUS])} tanpa status (tanpa target maupun pagu untuk dinilai)")
    return _daftar(bagian)


def kalimat_temuan(temuan: pd.DataFrame) -> str:
    """Findings counted honestly: problems (kritis, peringatan) apart from info rows, and
    among those the changes a reviewer must approve (``findings.document.JENIS_PERUBAHAN``: a
    revised target is never called "bukan masalah") apart from confirmations.

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis", "peringatan", "peringatan", "info", "info"],
    ...                   "jenis": ["a", "b", "b", "angka_ambigu", "revisi_target"]})
    >>> print(kalimat_temuan(t))
    3 masalah (1 kritis, 2 peringatan), 1 perubahan yang perlu disetujui (1 target direvisi), dan 1 catatan info yang bukan masalah (1 angka ambigu yang dipastikan dengan bukti)
    >>> print(kalimat_temuan(t[t["jenis"] == "angka_ambigu"]))
    tidak ada masalah (tidak ada temuan kritis atau peringatan) dan 1 catatan info yang bukan masalah (1 angka ambigu yang dipastikan dengan bukti)
    """
    j = jumlah_temuan(temuan)
    if j["masalah"]:
        bagian = [f"{j['masalah']} masalah ({j['kritis']} kritis, {j['peringatan']} peringatan)"]
    else:
        bagian = ["tidak ada masalah (tidak ada temuan kritis atau peringatan)"]

    def kecil(label: str) -> str:          # "Target direvisi" -> "target direvisi"; "SIPD: ..." stays
        return label if label[1:2].isupper() else label[:1].lower() + label[1:]

    def rinci(per_jenis):
        return _daftar([f"{c} {kecil(labels.jenis_temuan(k))}" for k, c in per_jenis.items()])
    if j["perubahan"]:
        bagian.append(f"{j['perubahan']} perubahan yang perlu disetujui ({rinci(j['perubahan_per_jenis'])})")
    if j["konfirmasi"]:
        bagian.append(f"{j['konfirmasi']} catatan info yang bukan masalah ({rinci(j['konfirmasi_per_jenis'])})")
    return _daftar(bagian)


def ringkasan_dinas(evaluasi: pd.DataFrame, temuan: pd.DataFrame, pergeseran: pd.DataFrame,
                    triwulan: int = 2, triase: bool = True) -> str:
    """The verdict on the office at the reporting quarter in short sentences, then (``triase``)
    the triage block of ``triage.blok_triase``, then the details as a list (Markdown, with
    links to the pages that hold them).

    The verdict before the first list stays short (about 80 words, no sentence over 40
    words; ``tests/unit/test_kalimat.py`` counts them on the bundled document); long names
    are shortened (``triage.tautan_nama``: the full name on hover and in the tables).

    Pagu and realisasi are the sums of the programs (their stated totals; a program whose own
    realisation cell is empty counts its kegiatan's sum, or leaves the realisation unknown, by the
    corpus's rule, ``comparison.jumlah_program``, and the verdict says how many); serapan is
    their ratio (ratio of sums). Capaian is averaged over the sub kegiatan that were
    due (``summary.capaian_ringkas``), those scheduled later counted apart. A capaian below
    the quarter's expectation can carry a high predikat: the predikat judges the capaian as
    a share of that expectation (``metrics.predikat``), and the verdict says so.
    """
    from .triage import blok_triase, tautan_nama

    # a program printed with a second indicator (a row of the same name without rupiah,
    # ``names.lanjutan``) is one program
    prog = evaluasi[(evaluasi["level"].astype(str) == "program").to_numpy() & ~lanjutan(evaluasi).to_numpy(dtype=bool)]
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    # the one rule (``metrics.realisasi_rincian``): an empty program cell counts its rows below
    total = jumlah_program(evaluasi)
    pagu, real, ser = total["pagu_rp"], total["realisasi_rp"], total["serapan_rp"]
    harapan = harapan_triwulan(triwulan)
    cap = capaian_ringkas(evaluasi, by=None, temuan=temuan).iloc[0]
    if pd.isna(ser):
        sebab = (f"realisasi {total['tidak_diketahui']} program kosong di Tabel 2.2 dan tidak dapat dibaca dari "
                 "rinciannya" if total["tidak_diketahui"] else "jumlah pagu programnya Rp0")
        kalimat = [f"Sampai dengan triwulan {ROMAWI[triwulan]}, serapan {len(prog)} program tidak dapat dihitung: "
                   f"{sebab}."]
    else:
        pred = predikat(ser, harapan=harapan)
        kalimat = [
            f"Sampai dengan triwulan {ROMAWI[triwulan]}, serapan {len(prog)} program **{format_persen(ser)}** "
            f"({format_rupiah(real)} dari pagu {format_rupiah(pagu)}), {_banding(ser, harapan)} harapan linear "
            f"{format_persen(harapan, 0)}" + (f" (predikat serapan {pred})" if pd.notna(pred) else "")
            + _serapan_dipersoalkan(evaluasi, temuan, tautan_nama) + "."]
    if total["dari_rincian"]:
        kalimat.append(f"Realisasi {total['dari_rincian']} program yang selnya kosong di Tabel 2.2 diambil dari "
                       "jumlah realisasi kegiatan atau sub kegiatannya.")
    kosong = kalimat_realisasi_kosong(evaluasi)
    if kosong:
        kalimat.append(kosong)
    rata = cap["rata_capaian_k"]
    if pd.notna(rata):
        kalimat.append(f"Capaian kinerja (output) rata-rata {format_persen(rata)} dari {int(cap['jumlah_dinilai'])} "
                       f"sub kegiatan yang dinilai, {_banding(rata, harapan)} harapan {format_persen(harapan, 0)}.")
        pk = predikat(float(rata), harapan=harapan)
        if pd.notna(pk):
            relatif = format_persen(relatif_terhadap_harapan(rata, harapan=harapan))
            kalimat.append(f"Predikat kinerjanya {pk} karena predikat menilai capaian terhadap harapan: "
                           f"{format_persen(rata)} adalah {relatif} dari harapan itu.")
    else:
        kalimat.append(f"Capaian kinerja sub kegiatan: {kalimat_capaian(cap)}.")
    status = sub["status"].astype(str)
    n_sto, tertinggal = int((status == SERAPAN_TANPA_OUTPUT).sum()), int((status == TERTINGGAL).sum())
    if n_sto:
        kalimat.append(f"Sebanyak {n_sto} sub kegiatan menyerap anggaran tanpa output"
                       + (f"; {tertinggal} tertinggal." if tertinggal else "."))
    elif tertinggal:
        kalimat.append(f"Sebanyak {tertinggal} sub kegiatan tertinggal dari harapan triwulan.")
    lines = [" ".join(kalimat), ""]
    if triase:
        lines += [blok_triase(evaluasi, temuan), ""]
    rinci = [f"Pagu {format_rupiah(pagu)}, realisasi "
             + (f"{format_rupiah(real)}, serapan {format_persen(ser)}" if pd.notna(real) else
                "tidak diketahui, serapan tidak dapat dihitung")
             + f" (harapan {format_persen(harapan, 0)})."]
    n = int(cap["jumlah_dinilai"])
    if n >= 2:
        rinci.append(f"Capaian {n} sub kegiatan yang dinilai: dari {format_persen(cap['capaian_min_k'])} sampai "
                     f"{format_persen(cap['capaian_maks_k'])}; tertimbang pagu "
                     f"{format_persen(cap['capaian_tertimbang_k'])}.")
        if cap["capaian_min_k"] != cap["capaian_maks_k"]:
            st = str(cap["terendah_status"]) if pd.notna(cap["terendah_status"]) else ""
            keadaan = ("tanpa output" if st == SERAPAN_TANPA_OUTPUT else _status_kecil(st)) if st else ""
            catatan = _catatan_terendah(cap)
            rinci.append(f"Capaian terendah: {tautan_nama(cap['terendah_nama'])}{_seri(cap)}, "
                         f"{format_persen(cap['terendah_capaian_k'])}" + (f" ({catatan})" if catatan else "")
                         + " dengan serapan "
                         f"{format_persen(cap['terendah_serapan_rp'])}" + (f", {keadaan}" if keadaan else "")
                         + (", temuan kritis." if bool(cap["terendah_kritis"]) else "."))
    sengketa = int(cap.get("jumlah_dipersoalkan", 0) or 0)
    if sengketa:
        nama_s = str(cap["dipersoalkan_nama"]).split("; ")
        rinci.append(f"{sengketa} capaian yang ikut dihitung dipersoalkan temuan kritis: "
                     + _daftar([tautan_nama(x) for x in nama_s]) + "; rata-rata di atas bergantung padanya.")
    jadwal, tanpa = int(cap["jumlah_dijadwalkan"]), int(cap["jumlah_tanpa_target"])
    if jadwal or tanpa:
        rinci.append("Tidak dihitung dalam rata-rata: " + _daftar(
            ([f"{jadwal} sub kegiatan yang dijadwalkan pada triwulan berikutnya"] if jadwal else [])
            + ([f"{tanpa} tanpa target"] if tanpa else [])) + ".")
    rinci.append(f"Status {len(sub)} sub kegiatan: {_jumlah_status(sub)}.")
    jadwal_prog = program_dijadwalkan(evaluasi)
    terjadwal = prog["nama"].isin(jadwal_prog).to_numpy()
    # a program whose own realisation cell is empty: its serapan is already by the rule of the total
    # (``metrics.realisasi_rincian``: its rows below, else unknown), not the 0 % of the empty cell
    ser_prog = prog["serapan_rp"].astype("Float64")
    rendah = prog[(ser_prog < harapan * 0.75).fillna(False).to_numpy(dtype=bool) & ~terjadwal]
    if len(rendah):
        rinci.append("Program dengan serapan di bawah tiga perempat harapan: " + _daftar(
            [f"{tautan_nama(r['nama'])} ({format_persen(ser_prog[i])})" for i, r in rendah.iterrows()]) + ".")
    if terjadwal.any():
        rinci.append("Program yang seluruh sub kegiatannya dijadwalkan pada triwulan berikutnya (bukan kegagalan): "
                     + _daftar([tautan_nama(n) for n in prog.loc[terjadwal, "nama"]]) + ".")
    if temuan is not None and len(temuan):
        rinci.append(f"Temuan: {kalimat_temuan(temuan)} ({_tautan('Kualitas data', '30-kualitas-data.ipynb')}).")
    if pergeseran is not None and len(pergeseran) and (pergeseran["level"].astype(str) == "dinas").any():
        d = pergeseran[pergeseran["level"].astype(str) == "dinas"].iloc[0]
        rinci.append((f"{SELISIH_TIDAK_DIHITUNG[:-1]} " if selisih_tidak_dihitung(pergeseran) else
                      f"Pada perubahan anggaran pagu seluruh program "
                      f"{format_perubahan(d['selisih_rp'], d['selisih_persen'])} menjadi "
                      f"{format_rupiah(d['pagu_papbd_rp'])} ")
                     + f"({_tautan('Pergeseran anggaran', '20-pergeseran-anggaran.ipynb')}).")
    lines += ["Rincian:", ""] + [f"- {r}" for r in rinci]
    return "\n".join(lines)


def _serapan_dipersoalkan(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None, nama=None) -> str:
    """The hedge of a serapan summed over programs (the office's headline) when a kritis finding
    disputes the serapan of a program summed (``summary.program_serapan_dipersoalkan``: its own
    realisation or pagu, or the rupiah of a row below it); empty when none does.

    >>> ev = pd.DataFrame({"level": ["program", "program"], "nama": ["PROGRAM A", "PROGRAM B"],
    ...                    "indikator": ["a", "b"], "baris_sumber": [277, 281]})
    >>> t = pd.DataFrame({"jenis": ["serapan_berlebih"], "tingkat": ["kritis"], "baris_sumber": [277],
    ...                   "kolom": ["realisasi_rp"]})
    >>> print(_serapan_dipersoalkan(ev, t))
    ; realisasi atau pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM A*: realisasi melebihi pagu), sehingga angka ini bergantung padanya
    >>> _serapan_dipersoalkan(ev, None)
    ''

    The number disputed is named (``summary.bagian_serapan_dipersoalkan``): a kritis sum mismatch
    on a program's pagu disputes its pagu:

    >>> print(_serapan_dipersoalkan(ev, t.assign(jenis="jumlah_tidak_cocok", kolom="pagu_rp")))
    ; pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM A*: jumlah beda dari rinciannya), sehingga angka ini bergantung padanya
    """
    nama = nama or _nama
    rows, bagian = program_serapan_dipersoalkan(evaluasi, temuan)
    if not rows:
        return ""
    return (f"; {bagian} {len(rows)} program yang ikut dijumlahkan dipersoalkan temuan kritis ("
            + _daftar([f"{nama(n)}: {_daftar(list(soal))}" for n, soal in rows]) + "), sehingga angka ini bergantung padanya")


def program_dijadwalkan(evaluasi: pd.DataFrame) -> list[str]:
    """Programs not yet started by plan (``metrics.dijadwalkan``: every sub kegiatan
    scheduled for a later quarter and nothing realised); their low serapan is no failure.

    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan", "program", "sub_kegiatan", "sub_kegiatan"],
    ...     "program": ["A", "A", "B", "B", "B"], "nama": ["A", "a1", "B", "b1", "b2"],
    ...     "realisasi_rp": [0.0, 0.0, 0.0, 0.0, 0.0],
    ...     "status": [None, "belum_dilaksanakan", None, "belum_dilaksanakan", "tertinggal"]})
    >>> program_dijadwalkan(ev)
    ['A']
    """
    prog = (evaluasi["level"].astype(str) == "program").to_numpy()
    return evaluasi.loc[prog & dijadwalkan(evaluasi), "program"].tolist()


def navigasi_program(daftar: pd.DataFrame, notebook: str, di_program: bool = True) -> str:
    """Links of a program page: previous and next program, the overview, and this
    program's findings in ``30-kualitas-data`` (anchor ``temuan-<notebook>``).

    Links point at notebooks, relative to the program notebook's folder (``program/``).

    Examples
    --------
    >>> d = pd.DataFrame({"notebook": ["01-a", "02-b"], "program": ["PROGRAM A", "PROGRAM B"]})
    >>> print(navigasi_program(d, "02-b"))
    \u2190 Sebelumnya: [PROGRAM A](01-a.ipynb) \u00b7 [Ikhtisar Dinas](../00-ikhtisar.ipynb) \u00b7 [Temuan program ini](../30-kualitas-data.ipynb#temuan-02-b)
    """
    names = daftar["notebook"].tolist()
    i = names.index(notebook)
    parts = []
    if i > 0:
        parts.append(f"\u2190 Sebelumnya: {_tautan(markdown_teks(daftar['program'].iloc[i - 1]), names[i - 1] + '.ipynb')}")
    parts.append(_tautan("Ikhtisar Dinas", "../00-ikhtisar.ipynb"))
    parts.append(_tautan("Temuan program ini", f"../30-kualitas-data.ipynb#temuan-{notebook}"))
    if i + 1 < len(names):
        parts.append(f"Berikutnya: {_tautan(markdown_teks(daftar['program'].iloc[i + 1]), names[i + 1] + '.ipynb')} \u2192")
    return " \u00b7 ".join(parts)


def _capaian_sel(r: pd.Series) -> str:
    """A mean capaian for a table cell, with its spread when there is one and a word
    when the lowest row carries a kritis finding, and how many of the rows counted a kritis
    finding disputes: "100,00% (0,00% sampai 200,00%; terendah kritis; 1 dipersoalkan
    temuan kritis)"."""
    text = format_persen(r["rata_capaian_k"])
    sengketa = int(r.get("jumlah_dipersoalkan", 0) or 0)
    catatan = f"; {sengketa} dipersoalkan temuan kritis" if sengketa else ""
    if int(r.get("jumlah_dinilai", 0) or 0) >= 2 and r["capaian_min_k"] != r["capaian_maks_k"]:
        text += (f" ({format_persen(r['capaian_min_k'])} sampai {format_persen(r['capaian_maks_k'])}"
                 + ("; terendah kritis" if bool(r.get("terendah_kritis", False)) else "") + catatan + ")")
    elif catatan:
        text += f" ({catatan[2:]})"
    return text


def serapan_sel(r: pd.Series) -> str:
    """A program's serapan for a table cell, with the kritis finding that disputes its realisation
    or pagu (``summary.daftar_program``'s ``serapan_dipersoalkan``) beside it: "116,67% (dipersoalkan
    temuan kritis: realisasi melebihi pagu)". The predikat beside it keeps the scale's value.

    >>> serapan_sel(pd.Series({"serapan_rp": 116.6666667, "serapan_dipersoalkan": "realisasi melebihi pagu"}))
    '116,67% (dipersoalkan temuan kritis: realisasi melebihi pagu)'
    >>> serapan_sel(pd.Series({"serapan_rp": 50.0}))
    '50,00%'
    """
    soal = r.get("serapan_dipersoalkan")
    text = format_persen(r["serapan_rp"])
    return text + (f" (dipersoalkan temuan kritis: {soal})" if isinstance(soal, str) and soal else "")


def tabel_program(daftar: pd.DataFrame, temuan: pd.DataFrame | None = None,
                  milik: pd.Series | None = None) -> str:
    """The programs as a Markdown table whose names link to their pages
    (``program/<notebook>.ipynb``): pagu, serapan and its predikat, the capaian of the
    sub kegiatan that were due (mean, pagu-weighted, how many), findings that are problems.

    Names are escaped (``escape.markdown_teks``: ``|`` cannot break the table).

    Examples
    --------
    >>> d = pd.DataFrame({"no": [1], "program": ["PROGRAM A|B"], "notebook": ["01-a-b"], "pagu_rp": [100.0],
    ...     "serapan_rp": [50.0], "predikat_rp": ["Sangat Tinggi"], "rata_capaian_k": [None],
    ...     "capaian_tertimbang_k": [None], "jumlah_dinilai": [0], "jumlah_dijadwalkan": [2],
    ...     "jumlah_sub_kegiatan": [2], "masalah": ["-"]})
    >>> print(tabel_program(d).splitlines()[2])
    | 1 | [PROGRAM A\\|B](program/01-a-b.ipynb) | Rp100 | 50,00% | Sangat Tinggi | - | - | 0 dari 2 (2 dijadwalkan) | - |
    """
    daftar = daftar.copy()
    if temuan is not None and milik is not None:
        m = masalah_per_program(temuan, milik).reindex(daftar["program"], fill_value=0)
        daftar["masalah"] = [f"{k} / {w}" for k, w in zip(m["kritis"], m["peringatan"])]
    jadwal = daftar["dijadwalkan"] if "dijadwalkan" in daftar else pd.Series(False, index=daftar.index)
    head = ["No", "Program", "Pagu", "Serapan", "Predikat serapan", "Rata-rata capaian (sub kegiatan yang dinilai)",
            "Capaian tertimbang pagu", "Sub kegiatan dinilai", "Masalah (kritis/peringatan)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for i, r in daftar.iterrows():
        dinilai = f"{int(r['jumlah_dinilai'])} dari {int(r['jumlah_sub_kegiatan'])}" + (
            f" ({int(r['jumlah_dijadwalkan'])} dijadwalkan)" if int(r["jumlah_dijadwalkan"]) else "")
        cells = [str(r["no"]), _tautan(markdown_teks(r["program"]), f"program/{r['notebook']}.ipynb"),
                 format_rupiah(r["pagu_rp"]), serapan_sel(r),
                 labels.predikat(r["predikat_rp"], BELUM_DILAKSANAKAN if jadwal[i] else None, pagu=r["pagu_rp"],
                                 diketahui=labels.realisasi_diketahui(r.get("realisasi_dari_rincian"))),
                 _capaian_sel(r),
                 format_persen(r["capaian_tertimbang_k"]), dinilai, str(r.get("masalah", "-"))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _temuan_program(evaluasi, program, temuan, pergeseran, tabel21, rencana) -> pd.DataFrame:
    milik = program_temuan(temuan, evaluasi, tabel21, pergeseran, rencana)
    return temuan[(milik == program).fillna(False).to_numpy(dtype=bool)]


def _akhir_tahun(harapan) -> bool:
    """Whether the expectation is the whole year's (TW IV: 100 %), when nothing is measured later
    (``labels.akhir_tahun``, the rule of the labels and the evaluation table)."""
    return bool(labels.akhir_tahun(pd.Series([harapan], dtype="object"))[0])


def _kalimat_serapan_program(head: pd.Series, realisasi, asal: str, harapan: float,
                             temuan: pd.DataFrame | None, rows: pd.DataFrame | None = None) -> str:
    """The program page's first sentence: its serapan against the quarter's expectation and its
    predikat, or, where a kritis finding disputes its serapan (``summary.serapan_program_dipersoalkan``
    over the program's ``rows``, default its own row: its realisation or pagu, or the rupiah of a
    row below it), the dispute beside it, naming the number disputed as the office's headline does
    (``summary.bagian_serapan_dipersoalkan``): spending above the pagu is said as such, never as a
    serapan above the expectation, and its predikat (the scale's, kept in the tables) is not offered
    as praise.

    >>> head = pd.Series({"pagu_rp": 30e6, "serapan_rp": 116.6666667, "predikat_rp": "Sangat Tinggi",
    ...                   "baris_sumber": 277})
    >>> t = pd.DataFrame({"jenis": ["serapan_berlebih"], "tingkat": ["kritis"], "baris_sumber": [277],
    ...                   "kolom": ["realisasi_rp"]})
    >>> print(_kalimat_serapan_program(head, 35e6, "", 50.0, t))  # doctest: +NORMALIZE_WHITESPACE
    Realisasi program ini Rp35.000.000 **melebihi pagunya** Rp30.000.000 (serapan 116,67%): belanja di
    atas pagu bukan serapan yang tinggi, dan angkanya dipersoalkan temuan kritis (realisasi melebihi pagu),
    sehingga tidak dinilai terhadap harapan triwulan 50% (predikat serapan menurut skala, Sangat Tinggi,
    bukan prestasi).
    >>> print(_kalimat_serapan_program(pd.Series({**head, "pagu_rp": 0.0, "serapan_rp": None, "predikat_rp": None}),
    ...                                5e6, "", 50.0, t))  # doctest: +NORMALIZE_WHITESPACE
    Realisasi program ini Rp5.000.000 **melebihi pagunya** Rp0: belanja di atas pagu bukan serapan yang tinggi,
    dan angkanya dipersoalkan temuan kritis (realisasi melebihi pagu), sehingga tidak dinilai terhadap harapan
    triwulan 50%.
    >>> print(_kalimat_serapan_program(pd.Series({**head, "serapan_rp": 60.0}), 18e6, "", 50.0, None))
    Program ini menyerap **60,00%** dari pagu Rp30.000.000 (Rp18.000.000), di atas harapan triwulan 50% (predikat serapan Sangat Tinggi).
    """
    soal, bagian = None, ""
    if pd.notna(head.get("baris_sumber")):
        rows = rows if rows is not None else pd.DataFrame([{**head, "level": "program"}])
        soal, baris = serapan_program_dipersoalkan(rows, temuan).get(int(head["baris_sumber"]), (None, []))
        bagian = bagian_serapan_dipersoalkan(temuan, baris)
    pred = head["predikat_rp"] if pd.notna(head["predikat_rp"]) else None
    lebih = pd.notna(realisasi) and pd.notna(head["pagu_rp"]) and realisasi > head["pagu_rp"]
    if soal and lebih:
        serapan = f" (serapan {format_persen(head['serapan_rp'])})" if pd.notna(head["serapan_rp"]) else ""
        return (f"Realisasi program ini {format_rupiah(realisasi)}{asal} **melebihi pagunya** "
                f"{format_rupiah(head['pagu_rp'])}{serapan}: belanja di atas "
                f"pagu bukan serapan yang tinggi, dan angkanya dipersoalkan temuan kritis ({_daftar(list(soal))}), "
                f"sehingga tidak dinilai terhadap harapan triwulan {format_persen(harapan, 0)}"
                + (f" (predikat serapan menurut skala, {pred}, bukan prestasi)." if pred else "."))
    text = (f"Program ini menyerap **{format_persen(head['serapan_rp'])}** dari pagu "
            f"{format_rupiah(head['pagu_rp'])} ({format_rupiah(realisasi)}{asal}), "
            f"{_banding(head['serapan_rp'], harapan)} harapan triwulan {format_persen(harapan, 0)}"
            + (f" (predikat serapan {pred})" if pred else ""))
    if soal:
        text += f"; {bagian}nya dipersoalkan temuan kritis ({_daftar(list(soal))}): angka ini bergantung padanya"
    return text + "."


def ringkasan_program(evaluasi: pd.DataFrame, program: str, temuan: pd.DataFrame | None = None,
                      pergeseran: pd.DataFrame | None = None, tabel21: pd.DataFrame | None = None,
                      rencana: pd.DataFrame | None = None) -> str:
    """The verdict on one program in four or five sentences: serapan against the
    quarter's expectation, the program indicator (or that it is not yet measured), the
    capaian of its sub kegiatan with spread and worst row, their status, the change of
    its pagu and its findings (problems apart from info)."""
    rows = evaluasi[evaluasi["program"] == program]
    if rows.empty:
        raise ValueError(f"program not found: {program!r}")
    head = rows[rows["level"].astype(str) == "program"].iloc[0]
    sub = rows[rows["level"].astype(str) == "sub_kegiatan"]
    harapan = float(head["harapan_tw"])
    if program in program_dijadwalkan(rows):
        kalimat = [f"Program ini **belum dilaksanakan**: seluruh {len(sub)} sub kegiatannya dijadwalkan pada "
                   f"triwulan berikutnya dan pagu {format_rupiah(head['pagu_rp'])} belum direalisasikan, sehingga "
                   f"belum dinilai terhadap harapan triwulan {format_persen(harapan, 0)} (bukan kegagalan)."]
    else:
        # an empty program cell: its rows below, or unknown (``metrics.realisasi_rincian``, the rule of serapan_rp)
        rincian = realisasi_rincian(rows.reset_index(drop=True)).iloc[
            int(np.flatnonzero((rows["level"].astype(str) == "program").to_numpy())[0])]
        dari = rincian["realisasi_dari_rincian"]
        if isinstance(dari, str) and dari == TIDAK_DIKETAHUI:
            kalimat = [f"Realisasi anggaran program ini tidak diketahui: selnya kosong di Tabel 2.2 dan tidak semua "
                       f"rinciannya mencantumkan realisasi, sehingga serapannya dari pagu "
                       f"{format_rupiah(head['pagu_rp'])} tidak dapat dihitung (bukan 0%)."]
        else:
            asal = (f", jumlah realisasi {labels.DARI_RINCIAN[dari]} di bawahnya karena sel realisasi program kosong"
                    if isinstance(dari, str) else "")
            kalimat = [_kalimat_serapan_program(head, rincian["realisasi_rp"], asal, harapan, temuan, rows)]
    if pd.isna(head["capaian_k"]) and labels.tanpa_target(pd.Series([head["target_k"]], dtype="object"))[0]:
        # no target to measure against: not "belum diukur" (``labels.predikat``: Tanpa target)
        kalimat.append(f"Indikator program (\u201c{markdown_teks(head['indikator'])}\u201d) tanpa target di "
                       "Tabel 2.2, sehingga capaiannya tidak dihitung dan kinerjanya dinilai dari sub kegiatan.")
    elif pd.isna(head["capaian_k"]) and pd.isna(head["realisasi_k"]) and _akhir_tahun(harapan):
        # the year's end (everything due): an empty realisation is not reported, not "measured later"
        kalimat.append(f"Realisasi indikator program (\u201c{markdown_teks(head['indikator'])}\u201d) tidak "
                       "dilaporkan (kosong di Tabel 2.2), sehingga capaiannya tidak dihitung dan kinerjanya "
                       "dinilai dari sub kegiatan.")
    elif pd.isna(head["capaian_k"]) and realisasi_dinilai(head["realisasi_k"]) == 0:
        kalimat.append(f"Indikator program (\u201c{markdown_teks(head['indikator'])}\u201d) belum diukur pada "
                       "triwulan ini, sehingga kinerjanya dinilai dari sub kegiatan.")
    elif pd.notna(head["capaian_k"]):
        revisi = _target_revisi(head)
        kalimat.append(f"Capaian indikator program (\u201c{markdown_teks(head['indikator'])}\u201d) "
                       f"{format_persen(head['capaian_k'])}"
                       + (f" (predikat {head['predikat_k']})" if pd.notna(head["predikat_k"]) else "")
                       + (f" terhadap target {format_angka(head['target_k'], None)} Tabel 2.2; "
                          + _capaian_revisi(head["realisasi_k"], head["target_k"], revisi, head["capaian_k"]) + "."
                          if revisi is not None else "."))
    t = None if temuan is None else _temuan_program(evaluasi, program, temuan, pergeseran, tabel21, rencana)
    cap = capaian_ringkas(rows, by=None, temuan=t).iloc[0]
    if len(sub):
        kalimat.append(f"Capaian sub kegiatan: {kalimat_capaian(cap)}. Status {len(sub)} sub kegiatan: "
                       f"{_jumlah_status(sub)}.")
        kosong = kalimat_realisasi_kosong(rows)
        if kosong:
            kalimat.append(kosong)
    if pergeseran is not None:
        g = pergeseran[(pergeseran["program"] == program) & (pergeseran["level"].astype(str) == "program")]
        if len(g) and pd.notna(g.iloc[0]["selisih_rp"]):
            g = g.iloc[0]
            ubah = format_perubahan(g["selisih_rp"], g["selisih_persen"])
            kalimat.append(f"Pada perubahan anggaran pagu program {ubah}"
                           + (f" ({format_rupiah(g['pagu_papbd_rp'])})." if ubah == "tidak berubah" else
                              f" menjadi {format_rupiah(g['pagu_papbd_rp'])}."))
    if t is not None:
        kalimat.append(f"Temuan pada program ini: {kalimat_temuan(t)}." if len(t) else
                       "Tidak ada temuan pada baris-baris program ini.")
    return " ".join(kalimat)


def narasi_program(evaluasi: pd.DataFrame, program: str, temuan: pd.DataFrame | None = None,
                   pergeseran: pd.DataFrame | None = None, tabel21: pd.DataFrame | None = None,
                   rencana: pd.DataFrame | None = None) -> str:
    """Details of one program: its sub kegiatan grouped by status (on plan, spent
    without output, output without spending, behind, scheduled), the solutions the
    document gives, the largest changes of pagu, and what the reviewer should check."""
    rows = evaluasi[evaluasi["program"] == program]
    if rows.empty:
        raise ValueError(f"program not found: {program!r}")
    sub = rows[rows["level"].astype(str) == "sub_kegiatan"]
    sengketa = _sengketa(temuan)
    out = []
    groups = {
        "Sesuai rencana atau melampaui target": [SESUAI_RENCANA, MELAMPAUI_TARGET],
        "Serapan tanpa output (anggaran terserap, output belum ada)": [SERAPAN_TANPA_OUTPUT],
        "Output tanpa serapan": [OUTPUT_TANPA_SERAPAN],
        "Tertinggal dari harapan triwulan": [TERTINGGAL],
        "Dijadwalkan pada triwulan berikutnya": [BELUM_DILAKSANAKAN],
    }
    for title, codes in groups.items():
        part = sub[sub["status"].isin(codes)]
        if len(part):
            out += ["", f"{title}:", ""] + [f"- {kalimat_sub_kegiatan(r, sengketa)}" for _, r in part.iterrows()]
    solusi = sub.dropna(subset=["solusi"])
    if len(solusi):
        out += ["", "Solusi yang dicantumkan: " + _daftar(
            [f"{_nama(r['nama'])} \u2192 {markdown_teks(r['solusi'])}" for _, r in solusi.iterrows()]) + "."]
    if pergeseran is not None:
        g = pergeseran[(pergeseran["program"] == program) & (pergeseran["level"].astype(str) == "program")]
        if len(g):
            g = g.iloc[0]
            if selisih_tidak_dihitung(pergeseran):
                out += ["", SELISIH_TIDAK_DIHITUNG]
            elif pd.isna(g["selisih_rp"]):
                out += ["", "Pagu P-APBD program ini tidak ditemukan di Review P-RKPD (3.2)."]
            elif g["selisih_rp"] == 0:
                out += ["", f"Pagu program tidak berubah pada perubahan anggaran ({format_rupiah(g['pagu_papbd_rp'])})."]
            else:
                subs = pergeseran[(pergeseran["program"] == program)
                                  & (pergeseran["level"].astype(str) == "sub_kegiatan")
                                  & (pergeseran["selisih_rp"].fillna(0) != 0)]
                if len(subs):
                    out += ["", "Perubahan pagu terbesar: " + _daftar(
                        [f"{_nama(r['nama'])} {format_perubahan(r['selisih_rp'])}"
                         for _, r in subs.reindex(subs["selisih_rp"].abs().sort_values(ascending=False).index)
                         .head(3).iterrows()]) + "."]
    if temuan is not None:
        mine = _temuan_program(evaluasi, program, temuan, pergeseran, tabel21, rencana)
        mine = mine[mine["tingkat"].astype(str) != "info"]
        if len(mine):
            out += ["", "Yang perlu diperiksa reviewer:", ""] + [narasi_temuan(r) for _, r in mine.iterrows()]
        else:
            out += ["", "Tidak ada temuan peringatan atau kritis pada baris-baris program ini."]
    return "\n".join(out).strip("\n")


def narasi_temuan(row: pd.Series) -> str:
    """One finding as a Markdown bullet with where to look.

    Examples
    --------
    >>> print(narasi_temuan(pd.Series({"tingkat": "kritis", "jenis": "antar_tabel_tidak_cocok",
    ...     "tabel": "Tabel 2.2", "baris_sumber": 312, "pesan": "Realisasi berbeda.",
    ...     "rujukan": "Tabel 2.2 baris ke-50 (halaman ke-7 tabel; baris teks 312)"})))
    - **Kritis** (angka beda antartabel) — Tabel 2.2 baris ke-50 (halaman ke-7 tabel; baris teks 312): Realisasi berbeda.

    Without ``rujukan`` (e.g. SIPD data) the table and line are named:

    >>> print(narasi_temuan(pd.Series({"tingkat": "info", "tabel": "Tabel 2.2", "baris_sumber": 9, "pesan": "x"})))
    - **Konfirmasi/info** — Tabel 2.2, baris 9: x
    """
    jenis = ""
    if pd.notna(row.get("jenis")):
        j = labels.jenis_temuan(str(row["jenis"]))
        jenis = f" ({j[:1].lower()}{j[1:]})"
    rujukan = row.get("rujukan")
    if rujukan is None or pd.isna(rujukan):
        baris = "-" if pd.isna(row.get("baris_sumber")) else row["baris_sumber"]
        rujukan = f"{row['tabel']}, baris {baris}"
    return (f"- **{labels.tingkat(str(row['tingkat']))}**{jenis} \u2014 {markdown_teks(rujukan)}: "
            f"{markdown_teks(row['pesan'])}")


def ringkasan_kualitas(temuan: pd.DataFrame, milik: pd.Series, daftar: pd.DataFrame) -> str:
    """The verdict of the data-quality page: how many problems (kritis, peringatan) and
    how many info notes, which kinds the kritis ones are, which program has most, how
    many concern the document as a whole; then the kritis findings as a list.

    ``milik`` is ``summary.program_temuan`` (the program of each finding, NA for the
    document), ``daftar`` is ``summary.daftar_program`` (for the anchors ``#temuan-<notebook>``).

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis", "peringatan", "info"], "jenis": ["serapan_tanpa_output",
    ...     "satuan_tidak_wajar", "revisi_target"], "tabel": ["Tabel 2.2"] * 3, "baris_sumber": [5, 6, 7],
    ...     "pesan": ["Uang habis.", "Satuan.", "Target."]})
    >>> d = pd.DataFrame({"no": [1], "program": ["PROGRAM A"], "notebook": ["01-a"]})
    >>> print(ringkasan_kualitas(t, pd.Series(["PROGRAM A", None, "PROGRAM A"]), d))
    ... # doctest: +NORMALIZE_WHITESPACE
    Pemeriksaan dokumen menghasilkan **2 masalah** (1 kritis, 1 peringatan) dan 1 perubahan yang perlu disetujui (1 target direvisi). Masalah kritis: 1 serapan tanpa output. Program dengan masalah terbanyak: [*PROGRAM A*](#temuan-01-a) (1 kritis, 0 peringatan); 1 masalah menyangkut dokumen secara umum, tidak terikat satu program. Angka dokumen tidak dikoreksi: setiap temuan menampilkan nilai yang tertulis di samping nilai hitung atau pembandingnya.
    <BLANKLINE>
    Temuan kritis:
    <BLANKLINE>
    - **Kritis** (serapan tanpa output) — Tabel 2.2, baris 5: Uang habis.
    """
    if not len(temuan):
        return "Pemeriksaan dokumen tidak menghasilkan temuan."
    awal = kalimat_temuan(temuan).split(" (", 1)
    kalimat = [f"Pemeriksaan dokumen menghasilkan **{awal[0]}** ({awal[1]}."]
    tingkat = temuan["tingkat"].astype(str)
    kritis = temuan[tingkat == "kritis"]
    if len(kritis):
        per = kritis["jenis"].astype(str).value_counts(sort=False)
        per = per[per > 0].sort_values(ascending=False, kind="stable")
        kalimat.append("Masalah kritis: " + _daftar(
            [f"{int(c)} {labels.jenis_temuan(k)[:1].lower()}{labels.jenis_temuan(k)[1:]}" for k, c in per.items()]) + ".")
    masalah = tingkat.isin(["kritis", "peringatan"]).to_numpy()
    milik = pd.Series(milik.to_numpy(), index=temuan.index)
    if masalah.any():
        m = pd.DataFrame({"program": milik[masalah], "kritis": (tingkat[masalah] == "kritis")})
        per_prog = m.dropna(subset=["program"]).groupby("program", sort=False)["kritis"].agg(["size", "sum"])
        bagian = []
        if len(per_prog):
            top = per_prog.sort_values(["size", "sum"], ascending=False, kind="stable").index[0]
            nb = daftar.loc[daftar["program"] == top, "notebook"]
            nama = _tautan(_nama(top), f"#temuan-{nb.iloc[0]}") if len(nb) else _nama(top)
            bagian.append(f"Program dengan masalah terbanyak: {nama} ({int(per_prog.loc[top, 'sum'])} kritis, "
                          f"{int(per_prog.loc[top, 'size'] - per_prog.loc[top, 'sum'])} peringatan)")
        umum = int(m["program"].isna().sum())
        if umum:
            bagian.append(f"{umum} masalah menyangkut dokumen secara umum, tidak terikat satu program")
        if bagian:
            kalimat.append("; ".join(bagian) + ".")
    kalimat.append("Angka dokumen tidak dikoreksi: setiap temuan menampilkan nilai yang tertulis di samping "
                   "nilai hitung atau pembandingnya.")
    lines = [" ".join(kalimat)]
    if len(kritis):
        lines += ["", "Temuan kritis:", ""] + [narasi_temuan(r) for _, r in kritis.iterrows()]
    return "\n".join(lines)


def judul_bagian_temuan(jangkar: str, judul: str, temuan: pd.DataFrame, halaman: str | None = None) -> str:
    """HTML heading of one section of findings with its anchor (``id``), the counts
    (problems apart from info) and a link to the program page (a notebook, relative).

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis", "info"], "jenis": ["a", "revisi_target"]})
    >>> print(judul_bagian_temuan("temuan-01-a", "1. PROGRAM <A>", t, "program/01-a.ipynb"))
    <h3 id="temuan-01-a">1. PROGRAM &lt;A&gt;</h3>
    <p>1 masalah (1 kritis, 0 peringatan) dan 1 perubahan yang perlu disetujui (1 target direvisi). <a href="program/01-a.ipynb">Halaman program</a></p>
    """
    from .escape import html_teks

    isi = (kalimat_temuan(temuan) + ".") if len(temuan) else "Tidak ada temuan."
    tautan = f' <a href="{html_teks(halaman)}">Halaman program</a>' if halaman else ""
    return f'<h3 id="{html_teks(jangkar)}">{html_teks(judul)}</h3>\n<p>{html_teks(isi)}{tautan}</p>'


def ringkasan_tren(tren: pd.DataFrame) -> str:
    """The verdict of the trend page: how many offices and periods, on which base each
    period's serapan is computed and when two periods are compared, then one item per
    office (``narasi_tren``).

    Examples
    --------
    >>> from renja_analysis.present.comparison import tren as hitung_tren
    >>> df = hitung_tren(pd.DataFrame({"instansi": ["Dinas A", "Dinas A"], "tahun": 2024, "triwulan": [1, 2],
    ...     "periode": ["2024 TW I", "2024 TW II"], "pagu_rp": [100.0, 100.0], "realisasi_rp": [20.0, 45.5],
    ...     "serapan_rp": [20.0, 45.5], "harapan_tw": [25.0, 50.0], "rata_capaian_k": [10.0, 40.0]}))
    >>> print(ringkasan_tren(df).splitlines()[0])
    Korpus memuat 1 instansi dalam 2 periode-dokumen; 1 instansi punya lebih dari satu periode. Serapan setiap periode dihitung terhadap pagu periode itu sendiri (jumlah realisasi dibagi jumlah pagu program). Dua periode dibandingkan dalam poin persen hanya bila pagunya sama; bila pagunya berubah, yang dibandingkan adalah serapan terhadap harapan triwulan masing-masing (100% = sesuai rencana). Capaian adalah rata-rata capaian sub kegiatan yang dinilai, tanpa yang dijadwalkan kemudian.
    """
    if not len(tren):
        return "Tidak ada dokumen yang terbaca."
    from .comparison import kunci_instansi

    n = tren.groupby(kunci_instansi(tren), sort=False).size()
    return (f"Korpus memuat {len(n)} instansi dalam {len(tren)} periode-dokumen; {int((n > 1).sum())} instansi punya "
            "lebih dari satu periode. Serapan setiap periode dihitung terhadap pagu periode itu sendiri (jumlah "
            "realisasi dibagi jumlah pagu program). Dua periode dibandingkan dalam poin persen hanya bila pagunya "
            "sama; bila pagunya berubah, yang dibandingkan adalah serapan terhadap harapan triwulan masing-masing "
            f"({format_persen(100, None)} = sesuai rencana). Capaian adalah rata-rata capaian sub kegiatan yang "
            "dinilai, tanpa yang dijadwalkan kemudian.\n\n" + narasi_tren(tren))


#: What the reallocation page says of a document without one (``reallocation.kosong``).
TANPA_PERGESERAN = ("Dokumen ini tidak memuat perubahan anggaran dari APBD ke P-APBD (Renja murni, atau Renja "
                    "Perubahan tanpa Review P-RKPD bagian 3.2), sehingga tidak ada pergeseran anggaran yang "
                    "disajikan.")


#: What a section of the reallocation page that shows the change says instead, for a document
#: without one (``TANPA_PERGESERAN``): the section is left out, and why.
BAGIAN_TANPA_PERGESERAN = ("Bagian ini tidak disajikan: dokumen tidak memuat pagu P-APBD, sehingga tidak ada "
                           "perubahan pagu yang dapat dibandingkan (lihat Ringkasan).")


def pengantar_pergeseran(pergeseran: pd.DataFrame, tahun: int | None = None) -> str:
    """What the reallocation page's comparison is, naming the year the evaluation reports on
    (``doc.tahun_evaluasi``; not named when unknown), or ``BAGIAN_TANPA_PERGESERAN`` for a
    document without a reallocation (its chart and tables are then left out).

    Examples
    --------
    >>> p = pd.DataFrame({"level": ["program"], "selisih_rp": [1.0]})
    >>> pengantar_pergeseran(p, 2025)[:62]
    'Pagu APBD 2025 (Tabel 2.2) dibandingkan dengan pagu P-APBD (Re'
    >>> pengantar_pergeseran(p)[:30], pengantar_pergeseran(p.iloc[0:0], 2025) == BAGIAN_TANPA_PERGESERAN
    ('Pagu APBD (Tabel 2.2) dibandin', True)
    """
    if not len(pergeseran):
        return BAGIAN_TANPA_PERGESERAN
    return (f"Pagu APBD{f' {int(tahun)}' if tahun else ''} (Tabel 2.2) dibandingkan dengan pagu P-APBD (Review "
            "Perubahan RKPD, bagian 3.2, sisi hasil analisis kebutuhan), dicocokkan per nama pada tingkat yang "
            "sama. Baris yang hanya ada di satu tabel tetap ditampilkan. Rincian per program ada di halaman "
            f"programnya (daftar di {_tautan('Ikhtisar', '00-ikhtisar.ipynb')}).")


#: What the pages say in place of a change APBD -> P-APBD that is not computed (``selisih_tidak_dihitung``).
SELISIH_TIDAK_DIHITUNG = ("Skala pagu P-APBD Tabel 3.2 (Review P-RKPD) tidak dapat dipastikan dalam rupiah, sehingga "
                          "perubahan pagu dari APBD ke P-APBD tidak dihitung.")


def selisih_tidak_dihitung(pergeseran: pd.DataFrame | None) -> bool:
    """Whether ``pergeseran`` computes no change though it pairs pagu: Tabel 3.2 of unknown scale
    (``reallocation.tanpa_selisih``). Its pages then state no change (``SELISIH_TIDAK_DIHITUNG``).

    >>> p = pd.DataFrame({"pagu_apbd_rp": [80.0], "pagu_papbd_rp": [0.128], "selisih_rp": [None]})
    >>> selisih_tidak_dihitung(p), selisih_tidak_dihitung(p.assign(selisih_rp=-79.872))
    (True, False)
    """
    if pergeseran is None or not len(pergeseran) or not {"selisih_rp", "pagu_apbd_rp", "pagu_papbd_rp"} <= set(
            pergeseran):
        return False
    kedua = (pergeseran["pagu_apbd_rp"].notna() & pergeseran["pagu_papbd_rp"].notna()).to_numpy(dtype=bool)
    return bool(kedua.any() and pergeseran["selisih_rp"].isna().all())


def tanpa_sub_berubah(pergeseran: pd.DataFrame) -> str:
    """What the reallocation page's largest-changes section says when no sub kegiatan changed
    pagu: ``BAGIAN_TANPA_PERGESERAN`` for a document without a reallocation, else that none did.

    >>> tanpa_sub_berubah(pd.DataFrame({"level": ["program"]}))
    'Tidak ada sub kegiatan yang pagunya berubah dari APBD ke P-APBD.'
    """
    if not len(pergeseran):
        return BAGIAN_TANPA_PERGESERAN
    if selisih_tidak_dihitung(pergeseran):
        return SELISIH_TIDAK_DIHITUNG
    return "Tidak ada sub kegiatan yang pagunya berubah dari APBD ke P-APBD."


def pengantar_keterangan(evaluasi: pd.DataFrame, temuan: pd.DataFrame, pergeseran: pd.DataFrame) -> str:
    """What the reallocation page's keterangan section does, quoting a keterangan of this
    document that announces a change (the first in the document with a ``keterangan_cocok``
    or ``keterangan_tidak_cocok`` finding), never another document's; without such a
    keterangan, that there is none to compare; without a reallocation, that the announced
    changes could not be compared.

    Examples
    --------
    >>> ev = pd.DataFrame({"baris_sumber": [7, 9], "keterangan": ["Penambahan Rp 5.000 untuk ATK", None]})
    >>> t = pd.DataFrame({"jenis": ["keterangan_cocok"], "baris_sumber": [7]})
    >>> p = pd.DataFrame({"level": ["program"]})
    >>> print(pengantar_keterangan(ev, t, p))  # doctest: +NORMALIZE_WHITESPACE
    Keterangan Tabel 2.2 seperti “Penambahan Rp 5.000 untuk ATK” dicocokkan dengan perubahan pagu yang
    sebenarnya. Yang sesuai dicatat sebagai info (konfirmasi), yang tidak sesuai sebagai peringatan; semua
    temuan lain ada di halaman [Kualitas data](30-kualitas-data.ipynb).
    >>> print(pengantar_keterangan(ev, t.iloc[0:0], p))
    Tidak ada keterangan Tabel 2.2 yang menyebut perubahan pagu dengan nilai rupiah, sehingga tidak ada yang dicocokkan.
    """
    from .triage import nama_pendek

    jenis = temuan["jenis"].astype(str)
    baris = pd.to_numeric(temuan.loc[jenis.isin(["keterangan_cocok", "keterangan_tidak_cocok"]).to_numpy(),
                                     "baris_sumber"]).dropna()
    teks = evaluasi.loc[evaluasi["baris_sumber"].isin(baris.tolist()).to_numpy(dtype=bool)
                        & evaluasi["keterangan"].notna().to_numpy(dtype=bool)].sort_values("baris_sumber")
    if not len(teks):
        return ("Tidak ada keterangan Tabel 2.2 yang menyebut perubahan pagu dengan nilai rupiah, sehingga tidak "
                "ada yang dicocokkan.")
    contoh = f"Keterangan Tabel 2.2 seperti \u201c{markdown_teks(nama_pendek(teks['keterangan'].iloc[0], 60))}\u201d"
    lain = f"semua temuan lain ada di halaman {_tautan('Kualitas data', '30-kualitas-data.ipynb')}."
    if not len(pergeseran):
        return (f"{contoh} menyebut perubahan pagu, tetapi dokumen tidak memuat pagu P-APBD untuk "
                f"dibandingkan; setiap keterangan seperti itu dicatat sebagai peringatan; {lain}")
    if selisih_tidak_dihitung(pergeseran):
        return (f"{contoh} dicocokkan dengan perubahan pagu dalam kedua skala yang mungkin bagi pagu Tabel 3.2 "
                "(skalanya tidak dapat dipastikan). Yang sesuai dalam salah satunya dicatat sebagai info, yang tidak "
                f"sesuai dalam keduanya sebagai peringatan; {lain}")
    return (f"{contoh} dicocokkan dengan perubahan pagu yang sebenarnya. Yang sesuai dicatat sebagai info "
            f"(konfirmasi), yang tidak sesuai sebagai peringatan; {lain}")


def ringkasan_pergeseran(pergeseran: pd.DataFrame, temuan: pd.DataFrame | None = None) -> str:
    """The verdict of the reallocation page: the office's change of pagu, the composition
    variance, how many programs gained and lost pagu (every program's change listed, increases
    then cuts, largest in percent first), the largest change of a sub kegiatan, whether the keterangan
    that announce changes agree with them, and rows found in one table only.

    Examples
    --------
    >>> p = pd.DataFrame({"level": ["dinas", "program", "program"], "nama": [None, "P A", "P B"],
    ...     "pagu_apbd_rp": [100.0, 60.0, 40.0], "pagu_papbd_rp": [110.0, 80.0, 30.0],
    ...     "selisih_rp": [10.0, 20.0, -10.0], "selisih_persen": [10.0, 100 / 3, -25.0],
    ...     "varian_komposisi_persen": [13.64, None, None], "kecocokan": [None, "cocok", "cocok"]})
    >>> print(ringkasan_pergeseran(p))  # doctest: +NORMALIZE_WHITESPACE
    Pada perubahan anggaran, pagu seluruh program bertambah Rp10 (10,00%), dari Rp100 (APBD) menjadi **Rp110** (P-APBD). Varian komposisi antarprogram **13,64%**: bagian anggaran yang berpindah antarprogram di luar perubahan merata. Dari 2 program, pagu 1 program bertambah dan 1 berkurang.
    <BLANKLINE>
    Perubahan pagu per program, yang bertambah lalu yang berkurang, masing-masing dari yang terbesar dalam persen:
    <BLANKLINE>
    - *P A* bertambah Rp20 (33,33%)
    - *P B* berkurang Rp10 (25,00%)
    """
    from .triage import tautan_nama

    if not len(pergeseran):
        return TANPA_PERGESERAN
    lv = pergeseran["level"].astype(str)
    kalimat = []
    tak_dihitung = selisih_tidak_dihitung(pergeseran)
    if tak_dihitung:
        kalimat.append(SELISIH_TIDAK_DIHITUNG)
        if (lv == "dinas").any():
            kalimat.append(f"Varian komposisi antarprogram **"
                           f"{format_persen(pergeseran[lv == 'dinas'].iloc[0]['varian_komposisi_persen'])}** (sama "
                           "dalam kedua skala): bagian anggaran yang berpindah antarprogram di luar perubahan merata.")
    elif (lv == "dinas").any():
        d = pergeseran[lv == "dinas"].iloc[0]
        kalimat.append(f"Pada perubahan anggaran, pagu seluruh program "
                       f"{format_perubahan(d['selisih_rp'], d['selisih_persen'])}, dari "
                       f"{format_rupiah(d['pagu_apbd_rp'])} (APBD) menjadi **{format_rupiah(d['pagu_papbd_rp'])}** "
                       "(P-APBD).")
        kalimat.append(f"Varian komposisi antarprogram **{format_persen(d['varian_komposisi_persen'])}**: "
                       "bagian anggaran yang berpindah antarprogram di luar perubahan merata.")

    def terbesar(level, n):
        part = pergeseran[(lv == level) & pergeseran["selisih_rp"].notna() & (pergeseran["selisih_rp"] != 0)]
        part = part.reindex(part["selisih_rp"].abs().sort_values(ascending=False, kind="stable").index)
        return part, _daftar([f"{_nama(r['nama'])} {format_perubahan(r['selisih_rp'], r['selisih_persen'])}"
                              for _, r in part.head(n).iterrows()])
    lines_prog = []
    pr = pergeseran[(lv == "program") & pergeseran["selisih_rp"].notna()]
    naik, turun = pr[pr["selisih_rp"] > 0], pr[pr["selisih_rp"] < 0]
    if len(naik) or len(turun):
        tetap = len(pr) - len(naik) - len(turun)
        kalimat.append(f"Dari {len(pr)} program, pagu {len(naik)} program bertambah dan {len(turun)} berkurang"
                       + (f"; {tetap} tetap." if tetap else "."))

        def daftar(part):
            # a change with no percent (a program new at P-APBD, from a pagu of 0) is the largest
            urut = part["selisih_persen"].abs().astype("float64").fillna(np.inf)
            part = part.reindex(urut.sort_values(ascending=False, kind="stable").index)
            return [f"- {tautan_nama(r['nama'])} {format_perubahan(r['selisih_rp'], r['selisih_persen'])}"
                    for _, r in part.iterrows()]
        lines_prog = daftar(naik) + daftar(turun)
    kepala, kalimat = kalimat, []          # the verdict before the list; the rest after it
    sub, teks = terbesar("sub_kegiatan", 1)
    if len(sub):
        kalimat.append(f"Sebanyak {len(sub)} sub kegiatan berubah pagu; yang terbesar {teks}.")
    if temuan is not None and len(temuan):
        jenis = temuan["jenis"].astype(str)
        cocok, beda = int((jenis == "keterangan_cocok").sum()), int((jenis == "keterangan_tidak_cocok").sum())
        if cocok or beda:
            kalimat.append(f"Dari {cocok + beda} keterangan Tabel 2.2 yang menyebut besar perubahan, {cocok} sesuai "
                           "dengan perubahan pagu" + (" dalam salah satu skala pagu Tabel 3.2" if tak_dihitung else "")
                           + f" dan {beda} tidak sesuai (peringatan).")
    if "kecocokan" in pergeseran:
        satu = int(pergeseran["kecocokan"].astype(str).isin(["hanya_tabel_2_2", "hanya_review"]).sum())
        if satu:
            kalimat.append(f"{satu} baris hanya ada di salah satu tabel dan tetap ditampilkan di bawah.")
    if not kepala and not kalimat:
        return "Tidak ada data perubahan anggaran."
    bagian = [" ".join(kepala)] if kepala else []
    if lines_prog:
        # increases, then cuts: the order of each group is by percent, not of the whole list
        urutan = ("yang bertambah lalu yang berkurang, masing-masing dari yang terbesar dalam persen"
                  if len(naik) and len(turun) else "dari yang terbesar dalam persen")
        bagian.append(f"Perubahan pagu per program, {urutan}:\n\n" + "\n".join(lines_prog))
    if kalimat:
        bagian.append(" ".join(kalimat))
    return "\n\n".join(bagian)


def kalimat_pergeseran_dinas(pergeseran: pd.DataFrame) -> str:
    """The office-level reallocation in one sentence (the ``dinas`` row).

    Examples
    --------
    >>> p = pd.DataFrame({"level": ["dinas"], "pagu_apbd_rp": [100.0], "pagu_papbd_rp": [120.0],
    ...                   "selisih_rp": [20.0], "selisih_persen": [20.0], "varian_komposisi_persen": [5.0]})
    >>> print(kalimat_pergeseran_dinas(p))
    Pagu seluruh program **Rp100** (APBD) menjadi **Rp120** (P-APBD), bertambah Rp20 (20,00%). Varian komposisi antarprogram **5,00%**: bagian anggaran yang berpindah antarprogram di luar perubahan merata.
    """
    d = pergeseran[pergeseran["level"].astype(str) == "dinas"].iloc[0]
    if selisih_tidak_dihitung(pergeseran):
        return (f"Pagu seluruh program **{format_rupiah(d['pagu_apbd_rp'])}** (APBD). {SELISIH_TIDAK_DIHITUNG} "
                f"Varian komposisi antarprogram **{format_persen(d['varian_komposisi_persen'])}** (sama dalam "
                "kedua skala): bagian anggaran yang berpindah antarprogram di luar perubahan merata.")
    return (f"Pagu seluruh program **{format_rupiah(d['pagu_apbd_rp'])}** (APBD) menjadi "
            f"**{format_rupiah(d['pagu_papbd_rp'])}** (P-APBD), "
            f"{format_perubahan(d['selisih_rp'], d['selisih_persen'])}. Varian komposisi antarprogram "
            f"**{format_persen(d['varian_komposisi_persen'])}**: bagian anggaran yang berpindah "
            "antarprogram di luar perubahan merata.")


def narasi_antar_instansi(ringkas: pd.DataFrame) -> str:
    """Offices compared (``comparison.per_dokumen``): the best and the weakest against their
    quarter's expectation, what the averages are, and the findings that are problems.

    Each office (pemda and instansi, named with its pemda when the rows hold several) is
    compared on its latest period only (``comparison.terakhir``; said when earlier documents
    are left to the trend page), and its findings are counted there (a finding carried from
    TW I into TW II counts once). Tied offices are all named; a document whose serapan cannot
    be computed (pagu Rp0, realisation unknown) is listed with why, never the lowest; programs
    whose empty realisation cell took their children's sum are named.

    Examples
    --------
    >>> df = pd.DataFrame({"instansi": ["Dinas A", "Dinas B"], "periode": ["2024 TW II", "2024 TW II"],
    ...     "serapan_rp": [60.0, 20.0], "harapan_tw": [50.0, 50.0], "rata_capaian_k": [70.0, 10.0],
    ...     "capaian_tertimbang_k": [80.0, 5.0], "predikat_rp": ["Sangat Tinggi", "Sangat Rendah"],
    ...     "temuan_masalah": [3, 7], "temuan_kritis": [1, 2], "peringkat": [1, 2], "dokumen": ["a", "b"]})
    >>> print(narasi_antar_instansi(df))  # doctest: +NORMALIZE_WHITESPACE
    Dari 2 dokumen, serapan tertinggi terhadap harapan triwulannya ada pada *Dinas A* (2024 TW II: 60,00% dari harapan 50,00%, predikat Sangat Tinggi) dan terendah pada *Dinas B* (2024 TW II: 20,00% dari harapan 50,00%, predikat Sangat Rendah). Serapan dihitung sebagai jumlah realisasi dibagi jumlah pagu program; capaian adalah rata-rata capaian sub kegiatan yang dinilai, tanpa yang dijadwalkan pada triwulan berikutnya (di sampingnya rata-rata tertimbang pagu). Temuan yang perlu ditindaklanjuti (kritis dan peringatan): 10, 3 di antaranya kritis; terbanyak pada *Dinas B* (2024 TW II): 7.
    """
    from .comparison import nama_instansi, pemda_tidak_tertulis, terakhir

    if not len(ringkas):
        return "Tidak ada dokumen yang terbaca."
    semua = ringkas.assign(_nama=nama_instansi(ringkas))
    akhir = terakhir(semua).to_numpy()
    df = semua[akhir].sort_values("peringkat", kind="stable")
    lama = len(semua) - len(df)
    # an earlier document taken for the same office on its instansi alone may be another pemda's office
    ragu = semua[~akhir & pemda_tidak_tertulis(semua).to_numpy()]

    def sebut(r):
        return (f"{_nama(r['_nama'])} ({r['periode']}: "
                f"{format_persen(r['serapan_rp'])} dari harapan {format_persen(r['harapan_tw'])}, "
                f"predikat {r['predikat_rp'] if pd.notna(r['predikat_rp']) else 'belum dapat dinilai'})")

    def sebut_semua(part):
        return _daftar([sebut(r) for _, r in part.iterrows()])
    dinilai = df[df["peringkat"].notna().to_numpy()]
    tanpa = df[df["peringkat"].isna().to_numpy()]
    text = f"Dari {len(semua)} dokumen"
    if lama:
        text += (f", dibandingkan dokumen periode terakhir setiap instansi ({len(df)} dokumen; {lama} dokumen periode "
                 "sebelumnya ada di halaman Tren" + (
                     f"; pemda tidak tertulis di {_daftar(ragu['dokumen'].astype(str).tolist()[:5])}"
                     f"{f' dan {len(ragu) - 5} lainnya' if len(ragu) > 5 else ''}, yang dianggap satu instansi "
                     "dengan dokumen periode berikutnya hanya karena nama instansinya sama: bila pemdanya berbeda, "
                     "instansinya pun berbeda dan tidak ikut dibandingkan di sini" if len(ragu) else "") + ")")
    if len(dinilai):
        puncak = dinilai[dinilai["peringkat"] == dinilai["peringkat"].min()]
        dasar = dinilai[dinilai["peringkat"] == dinilai["peringkat"].max()]
        if len(puncak) == len(dinilai) and len(dinilai) > 1:
            text += f", serapan terhadap harapan triwulannya sama pada {sebut_semua(puncak)}."
        else:
            text += f", serapan tertinggi terhadap harapan triwulannya ada pada {sebut_semua(puncak)}"
            sambung = " dan terendah pada" if len(puncak) == 1 else ", sedangkan yang terendah pada"
            text += f"{sambung} {sebut_semua(dasar)}." if len(dinilai) > 1 else "."
    else:
        text += ", tidak ada yang serapannya dapat dihitung."
    if len(tanpa):
        def alasan(r):
            kosong = int(r["program_realisasi_kosong"]) if pd.notna(r.get("program_realisasi_kosong")) else 0
            return ("jumlah pagu programnya Rp0" if pd.isna(r["pagu_rp"]) or r["pagu_rp"] == 0 else
                    f"realisasi {kosong} program tidak tertulis di baris program dan tidak dapat dibaca dari "
                    "rinciannya" if kosong else "realisasinya tidak tertulis")
        text += (" Serapan tidak dapat dihitung, sehingga tidak ikut diperingkat, pada "
                 + _daftar([f"{_nama(r['_nama'])} ({r['periode']}: {alasan(r)})" for _, r in tanpa.iterrows()]) + ".")
    rinci = df[df["program_realisasi_rincian"].fillna(0).astype(int).gt(0).to_numpy()] \
        if "program_realisasi_rincian" in df else df.iloc[:0]
    if len(rinci):
        text += (" Realisasi program yang selnya kosong diambil dari jumlah realisasi kegiatan atau sub kegiatannya: "
                 + _daftar([f"{int(k)} program {_nama(n)} ({p})" for k, n, p in
                            zip(rinci["program_realisasi_rincian"], rinci["_nama"], rinci["periode"])]) + ".")
    text += (" Serapan dihitung sebagai jumlah realisasi dibagi jumlah pagu program; capaian adalah rata-rata "
             "capaian sub kegiatan yang dinilai, tanpa yang dijadwalkan pada triwulan berikutnya (di sampingnya "
             "rata-rata tertimbang pagu).")
    total, kritis = int(df["temuan_masalah"].sum()), int(df["temuan_kritis"].sum())
    puncak = df[df["temuan_masalah"] == df["temuan_masalah"].max()]
    # a document is an office in a period: the same office may appear twice (two documents of its latest period)
    nama_puncak = _daftar([f"{_nama(i)} ({p})" for i, p in zip(puncak["_nama"], puncak["periode"])])
    jumlah_puncak = int(puncak["temuan_masalah"].iloc[0])
    terbanyak = (f"; terbanyak pada {nama_puncak}: {jumlah_puncak}." if len(puncak) == 1 else
                 f"; sama banyak di setiap dokumen ({jumlah_puncak} masing-masing)." if len(puncak) == len(df) else
                 f"; terbanyak pada {nama_puncak}: {jumlah_puncak} masing-masing.")
    dihitung = (" pada dokumen periode terakhir setiap instansi (temuan dokumen sebelumnya dapat berulang di "
                "dokumen berikutnya, jadi tidak ikut dijumlahkan)") if lama else ""
    text += (f" Temuan yang perlu ditindaklanjuti (kritis dan peringatan){dihitung}: {total}, {kritis} di antaranya "
             "kritis" + (terbanyak if total else "."))
    return text


def _tanpa_pemda(part: pd.DataFrame) -> str:
    """The doubt on documents taken as one office on their instansi alone
    (``comparison.pemda_tidak_tertulis``), one sentence naming them.

    >>> print(_tanpa_pemda(pd.DataFrame({"dokumen": ["a", "b"]})).strip())
    Pemda tidak tertulis di a dan b, yang dianggap satu instansi hanya karena nama instansinya sama: bila pemdanya berbeda, instansinya pun berbeda dan perbandingan di atas tidak berlaku.
    """
    dok = part["dokumen"].astype(str).tolist() if "dokumen" in part else []
    siapa = (_daftar(dok[:5]) + (f" dan {len(dok) - 5} lainnya" if len(dok) > 5 else "")) if dok else \
        "dokumen-dokumen ini"
    return (f" Pemda tidak tertulis di {siapa}, yang dianggap satu instansi hanya karena nama instansinya sama: bila "
            "pemdanya berbeda, instansinya pun berbeda dan perbandingan di atas tidak berlaku.")


def narasi_tren(tren: pd.DataFrame) -> str:
    """The same office over time (``comparison.tren``): one item per office with more than
    one period, comparing its first and last period on a common base.

    With the same pagu, serapan is compared in percentage points; with a different pagu
    (the P-APBD after the revision, another year) the percentages are shares of different
    amounts, so the item names both pagu and compares serapan against each period's
    expectation instead. A cumulative realisation smaller than the previous period's of the
    same year is named (it cannot fall: one of the two documents needs checking).

    Examples
    --------
    >>> from renja_analysis.present.comparison import tren as hitung_tren
    >>> df = hitung_tren(pd.DataFrame({"instansi": ["Dinas A", "Dinas A", "Dinas B", "Dinas C", "Dinas C"],
    ...     "tahun": 2024, "triwulan": [1, 2, 2, 1, 2],
    ...     "periode": ["2024 TW I", "2024 TW II", "2024 TW II", "2024 TW I", "2024 TW II"],
    ...     "pagu_rp": [100.0, 100.0, 50.0, 100.0, 200.0], "realisasi_rp": [20.0, 45.5, 15.0, 30.0, 20.0],
    ...     "serapan_rp": [20.0, 45.5, 30.0, 30.0, 10.0], "harapan_tw": [25.0, 50.0, 50.0, 25.0, 50.0],
    ...     "rata_capaian_k": [10.0, 40.0, 35.0, 20.0, 30.0]}))
    >>> print(narasi_tren(df))
    - *Dinas A*: serapan 20,00% (2024 TW I) menjadi 45,50% (2024 TW II) dari pagu yang sama Rp100, bertambah 25,50 poin; rata-rata capaian 10,00% menjadi 40,00%.
    - *Dinas B*: hanya satu periode (2024 TW II), belum ada tren.
    - *Dinas C*: pagu Rp100 (2024 TW I) menjadi Rp200 (2024 TW II), sehingga persen serapannya tidak dibandingkan langsung. Terhadap harapan triwulan masing-masing, serapan 120,00% menjadi 20,00%. Realisasi kumulatif 2024 TW II (Rp20) lebih kecil daripada 2024 TW I (Rp30), padahal angka kumulatif tidak semestinya turun: periksa kedua dokumen. Rata-rata capaian 20,00% menjadi 30,00%.
    """
    from .comparison import kunci_instansi, nama_instansi, pemda_tidak_tertulis

    if not len(tren):
        return "Tidak ada dokumen yang terbaca."
    lines = []
    nama = nama_instansi(tren)
    ganda = (tren["periode_ganda"] if "periode_ganda" in tren else pd.Series(False, index=tren.index)).astype(bool)
    ragu = pemda_tidak_tertulis(tren)
    for _, part in tren.groupby(kunci_instansi(tren), sort=False):
        office = nama[part.index[0]]
        lain = part[ganda[part.index].to_numpy()]
        catatan = "".join(
            f" Periode {per} punya {len(p)} dokumen ({_daftar(p['dokumen'].astype(str).tolist())}) yang tidak dapat "
            "diurutkan: periode itu tidak dibandingkan sebagai tren (bila angkanya berbeda, lihat temuan dokumen "
            "bertentangan)." for per, p in lain.groupby("periode", sort=False))
        if ragu[part.index].any():
            catatan += _tanpa_pemda(part)
        part = part[~ganda[part.index].to_numpy()]
        if len(part) < 2:
            awal = (f"hanya satu periode ({part['periode'].iloc[0]}), belum ada tren." if len(part) else
                    "belum ada tren.")
            lines.append(f"- {_nama(office)}: {awal}{catatan}")
            continue
        a, b = part.iloc[0], part.iloc[-1]
        sama = pd.notna(a["pagu_rp"]) and pd.notna(b["pagu_rp"]) and abs(float(b["pagu_rp"]) - float(a["pagu_rp"])) < 0.5
        if sama:
            delta = (float(b["serapan_rp"] - a["serapan_rp"])
                     if pd.notna(b["serapan_rp"]) and pd.notna(a["serapan_rp"]) else None)
            arah = ("tetap" if delta == 0 else f"{'bertambah' if delta > 0 else 'berkurang'} "
                    f"{format_angka(abs(delta), 2)} poin") if delta is not None else "tidak dapat dibandingkan"
            teks = (f"serapan {format_persen(a['serapan_rp'])} ({a['periode']}) menjadi "
                    f"{format_persen(b['serapan_rp'])} ({b['periode']}) dari pagu yang sama "
                    f"{format_rupiah(b['pagu_rp'])}, {arah};")
        else:
            teks = (f"pagu {format_rupiah(a['pagu_rp'])} ({a['periode']}) menjadi {format_rupiah(b['pagu_rp'])} "
                    f"({b['periode']}), sehingga persen serapannya tidak dibandingkan langsung. Terhadap harapan "
                    f"triwulan masing-masing, serapan {format_persen(a['serapan_relatif'])} menjadi "
                    f"{format_persen(b['serapan_relatif'])}.")
        turun = part["realisasi_turun"].to_numpy(dtype=bool)
        sebelum = part.shift()[turun]
        if sama and turun.any():
            teks = teks[:-1] + "."              # the sentences on a fall come between: capaian is a sentence
        for per, rp, per0, rp0 in zip(part["periode"][turun], part["realisasi_rp"][turun], sebelum["periode"],
                                      sebelum["realisasi_rp"]):
            teks += (f" Realisasi kumulatif {per} ({format_rupiah(rp)}) lebih kecil daripada {per0} "
                     f"({format_rupiah(rp0)}), padahal angka kumulatif tidak semestinya turun: periksa kedua dokumen.")
        capaian = (f"rata-rata capaian {format_persen(a['rata_capaian_k'])} menjadi "
                   f"{format_persen(b['rata_capaian_k'])}.")
        kalimat = teks.endswith(".")
        lines.append(f"- {_nama(office)}: {teks} {capaian[:1].upper() + capaian[1:] if kalimat else capaian}{catatan}")
    return "\n".join(lines)


def catatan_sipd_contoh(folder) -> str:
    """A warning that opens the SIPD page when its data is the project's test data
    (``pemda.sipd_contoh``), else nothing.

    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> catatan_sipd_contoh(DEFAULT_SIPD)[:40], catatan_sipd_contoh("/data/pemda")
    ('**Perhatian: data SIPD di halaman ini ad', '')
    """
    from .pemda import sipd_contoh

    if not sipd_contoh(folder):
        return ""
    return ("**Perhatian: data SIPD di halaman ini adalah data contoh untuk pengujian, bukan ekspor SIPD-RI "
            "resmi pemda.** Berkasnya dibuat untuk menguji pemeriksaan, dengan perbedaan yang sengaja "
            "ditanam (termasuk satu perangkat daerah fiktif). Temuan *dokumen beda dari SIPD* di bawah "
            "memperlihatkan cara pencocokan bekerja, bukan kekeliruan dokumen Renja yang sebenarnya.\n\n")


def ringkasan_sipd_pemda(sipd, doc=None, alasan: str | None = None) -> str:
    """The pemda's SIPD data in one paragraph and a list: what was read, pagu n and n+1,
    the largest offices, sub kegiatan without pagu, what the checks found; then the
    document reconciled with it (``doc``, its findings counted) or why none was
    (``alasan``: ``load.dokumen_sipd``).

    ``sipd`` is ``load_sipd``'s result. Names from the data are escaped.
    """
    from .pemda import jumlah_berkas_ekspor

    p = sipd.pemda
    pd_rows = p[p["agregasi"].astype(str) == "perangkat_daerah"].sort_values("pagu_rp", ascending=False,
                                                                              kind="stable")
    units = int((p["agregasi"].astype(str) == "sub_unit").sum())
    pagu, n1 = float(pd_rows["pagu_rp"].sum()), float(pd_rows["pagu_n_depan_rp"].sum())
    subs = int(pd_rows["jumlah_sub_kegiatan"].sum())
    text = (f"Data SIPD-RI dari {jumlah_berkas_ekspor(sipd.berkas)} berkas ekspor memuat {len(pd_rows)} perangkat daerah "
            f"({units} sub unit) dengan {format_angka(subs)} sub kegiatan dan pagu {format_rupiah(pagu)}. "
            f"Pagu tahun berikutnya (n+1) {format_rupiah(n1)}")
    if pagu:
        change = (n1 - pagu) / pagu * 100
        text += f", {'naik' if change > 0 else 'turun'} {format_persen(abs(change))} dari tahun ini."
    else:
        text += "."
    lines = [text, ""]
    top = pd_rows.head(3)
    if len(top):
        lines.append("Pagu terbesar: " + _daftar(
            [f"{_nama(r['nama'])} {format_rupiah(r['pagu_rp'])} ({format_persen(r['porsi_pagu_persen'])})"
             for _, r in top.iterrows()]) + ".")
    nol = int(pd_rows["jumlah_sub_kegiatan_pagu_nol"].sum())
    if nol:
        lines += ["", f"{nol} sub kegiatan tercatat dengan pagu Rp0."]
    t = sipd.temuan
    lines += ["", f"Pemeriksaan data SIPD menghasilkan {kalimat_temuan(t)}." if len(t) else
              "Pemeriksaan data SIPD tidak menghasilkan temuan."]
    per_jenis = t["jenis"].value_counts(sort=False)
    lines += [f"- {markdown_teks(labels.jenis_temuan(str(j)))}: {int(c)}" for j, c in per_jenis.items() if c]
    b = sipd.berkas
    lain = [f"{_nama(r['berkas'])} ({'kosong' if r['status'] == 'kosong' else 'salinan'}: "
            f"{markdown_teks(str(r['keterangan']))})" for _, r in b[b["status"].isin(["kosong", "salinan"])].iterrows()] \
        if "status" in b else []
    if lain:
        lines += ["", "Ekspor yang tidak menambah rekaman (tidak dihitung dua kali): " + _daftar(lain) + "."]
    pemetaan = kalimat_pemetaan_sipd(sipd.berkas)
    if pemetaan:
        lines += ["", pemetaan]
    if sipd.dilewati:
        lines += ["", "Berkas di folder yang bukan ekspor SIPD dan dilewati: "
                  + _daftar([f"{_nama(name)} ({markdown_teks(reason)})" for name, reason in sipd.dilewati]) + "."]
    if doc is not None and doc.temuan is not None:
        r = doc.temuan[doc.temuan["jenis"].astype(str).isin(["kesesuaian_sipd", "dokumen_vs_sipd", "dokumen_vs_sipd_skala"])]
        paksa = doc.kesesuaian is not None and not doc.kesesuaian.sepadan
        nama_dok = _nama(doc.source.name if doc.source else '')
        if doc.rekonsiliasi is not None and not len(doc.rekonsiliasi):
            lines += ["", f"Dokumen Renja {nama_dok} tidak dibandingkan baris demi baris dengan perangkat daerahnya "
                          "di SIPD: tidak ada baris Tabel 3.2 (hasil analisis kebutuhan) maupun 3.3 yang terbaca "
                          "(bagian akhir halaman)."]
        else:
            lines += ["", f"Dokumen Renja {nama_dok} dicocokkan dengan perangkat "
                          f"daerahnya di SIPD" + (" **walaupun tidak sepadan** (diminta: paksa)" if paksa else "")
                      + f": {kalimat_temuan(r) if len(r) else 'tidak ada temuan'} (bagian akhir halaman)."]
    elif alasan:
        lines += ["", f"Dokumen Renja tidak dicocokkan dengan data SIPD ini: {markdown_teks(alasan)}"]
    return "\n".join(lines)


def kalimat_dasar_skpd(pemda: pd.DataFrame) -> str:
    """What the pemda page counts as a perangkat daerah, and which rule decided each
    sub-unit's SKPD (``dasar_skpd`` of ``sipd_pemda``'s sub-unit rows: ``tables.sipd.skpd_induk``),
    in Markdown.

    Examples
    --------
    >>> p = pd.DataFrame({"agregasi": ["perangkat_daerah", "sub_unit", "sub_unit"],
    ...                   "dasar_skpd": ["berkas", "berkas", "berkas"]})
    >>> print(kalimat_dasar_skpd(p))  # doctest: +NORMALIZE_WHITESPACE
    Perangkat daerah di halaman ini adalah SKPD menurut SIPD: 1 SKPD dengan 2 sub unit (dinas atau badan itu
    sendiri, dan Puskesmas, UPTD, unit RSUD, kelurahan di bawahnya). SKPD tiap sub unit ditentukan dari berkas
    ekspornya (2 sub unit: satu berkas ekspor per SKPD; induknya sub unit yang kodenya berakhir .0000). Tanpa daftar
    SKPD SIPD (`id_skpd`, `id_unit`, `set_pagu_skpd`) di folder, unit yang diekspor dalam berkasnya sendiri terhitung
    sebagai SKPD tersendiri, dan pagu SKPD tidak diperiksa terhadap plafonnya.
    """
    agg = pemda["agregasi"].astype(str)
    units = pemda.loc[agg == "sub_unit", "dasar_skpd"].astype("string")
    n_skpd = int((agg == "perangkat_daerah").sum())
    sebab = {"daftar_skpd": "dari daftar SKPD SIPD ({n} sub unit: unit yang id_unit-nya id_skpd SKPD lain "
                            "termasuk SKPD itu)",
             "berkas": "dari berkas ekspornya ({n} sub unit: satu berkas ekspor per SKPD; induknya sub unit yang "
                       "kodenya berakhir .0000)",
             "kode": "dari kodenya ({n} sub unit: berkasnya memuat beberapa SKPD; induknya SKPD di berkas yang "
                     "sama yang kodenya sama kecuali bagian akhir .0000)",
             "rekaman": "dari rekamannya sendiri ({n} sub unit: `kode_skpd` rekaman, karena berkasnya tidak "
                        "menunjukkan satu induk)"}
    counts = units.value_counts()
    parts = [sebab[d].format(n=int(counts[d])) for d in sebab if d in counts]
    text = (f"Perangkat daerah di halaman ini adalah SKPD menurut SIPD: {n_skpd} SKPD dengan {len(units)} sub unit "
            "(dinas atau badan itu sendiri, dan Puskesmas, UPTD, unit RSUD, kelurahan di bawahnya). SKPD tiap sub "
            "unit ditentukan " + _daftar(parts) + ".")
    if "daftar_skpd" not in counts:
        text += (" Tanpa daftar SKPD SIPD (`id_skpd`, `id_unit`, `set_pagu_skpd`) di folder, unit yang diekspor dalam "
                 "berkasnya sendiri terhitung sebagai SKPD tersendiri, dan pagu SKPD tidak diperiksa terhadap "
                 "plafonnya.")
    return text


def daftar_perhatian(perhatian: pd.DataFrame, n: int = 5) -> str:
    """The pemda page's opening "Perlu perhatian": the first ``n`` perangkat daerah of
    ``pemda.perhatian`` (ranked by the rupiah at stake in their kritis and peringatan
    SIPD findings), one numbered line each, rupiah in the Indonesian way. Names escaped.

    Examples
    --------
    >>> p = pd.DataFrame({"nama_skpd": ["DINAS A", "DINAS B"], "nilai_rp": [1.2e9, 0.0],
    ...                   "nilai_rp_persen_pagu": [12.0, 0.0], "jumlah_temuan": [3, 1], "jumlah_temuan_kritis": [0, 1],
    ...                   "nilai_rp_terbesar": [1e9, 0.0], "jenis_terbesar": ["sipd_pagu_n_depan_berubah", "sipd_kode_ganda"]})
    >>> print(daftar_perhatian(p).replace("\\xa0", " "))  # no-break spaces shown as spaces
    Perangkat daerah dengan rupiah terbesar yang dipersoalkan temuan kritis dan peringatan data SIPD:
    <BLANKLINE>
    1. *DINAS A*: Rp1.200.000.000 (12,00% dari pagunya) dalam 3 temuan (0 kritis); terbesar Rp1.000.000.000
       (SIPD: pagu tahun depan berubah).
    2. *DINAS B*: 1 temuan (1 kritis) tanpa nilai rupiah (SIPD: kode ganda).
    <BLANKLINE>
    Temuan sejenis pada rekaman yang sama dengan rupiah yang sama (mis. selisih total yang sama di tingkat kegiatan,
    program, dan sub unit) dihitung sekali. Temuan lain masih dapat menyebut rupiah yang sama (perubahan pagu sub
    kegiatan juga mengubah pagu sub unitnya): jumlahnya untuk mengurutkan, bukan untuk dijumlahkan. Perangkat daerah
    yang sama rupiah dan jumlah temuannya berbagi peringkat.
    """
    if not len(perhatian):
        return ("Tidak ada temuan kritis atau peringatan di data SIPD: tidak ada perangkat daerah yang perlu "
                "perhatian khusus.")
    lines = ["Perangkat daerah dengan rupiah terbesar yang dipersoalkan temuan kritis dan peringatan data SIPD:", ""]
    for i, (_, r) in enumerate(perhatian.head(n).iterrows(), start=1):
        i = int(r["peringkat"]) if "peringkat" in r and pd.notna(r["peringkat"]) else i     # ties share a rank
        jenis = markdown_teks(labels.jenis_temuan(str(r["jenis_terbesar"])))
        hitung = f"{int(r['jumlah_temuan'])} temuan ({int(r['jumlah_temuan_kritis'])} kritis)"
        if r["nilai_rp"] > 0:
            porsi = (f" ({format_persen(r['nilai_rp_persen_pagu'])} dari pagunya)"
                     if not pd.isna(r["nilai_rp_persen_pagu"]) else "")
            lines.append(f"{i}. {_nama(r['nama_skpd'])}: {format_rupiah(r['nilai_rp'])}{porsi} dalam {hitung}; "
                         f"terbesar {format_rupiah(r['nilai_rp_terbesar'])} ({jenis}).")
        else:
            lines.append(f"{i}. {_nama(r['nama_skpd'])}: {hitung} tanpa nilai rupiah ({jenis}).")
    lines += ["", "Temuan sejenis pada rekaman yang sama dengan rupiah yang sama (mis. selisih total yang sama di "
                  "tingkat kegiatan, program, dan sub unit) dihitung sekali. Temuan lain masih dapat menyebut rupiah "
                  "yang sama (perubahan pagu sub kegiatan juga mengubah pagu sub unitnya): jumlahnya untuk mengurutkan, "
                  "bukan untuk dijumlahkan. Perangkat daerah yang sama rupiah dan jumlah temuannya berbagi peringkat."]
    return "\n".join(lines)


def kalimat_pemetaan_sipd(berkas: pd.DataFrame) -> str:
    """Which SIPD fields were read as the sub kegiatan's indicator, and why, in one sentence
    (``berkas`` of ``load_sipd``, with the columns of ``tables.sipd.pemetaan_indikator``;
    empty without them).

    Examples
    --------
    >>> b = pd.DataFrame({"indikator_sub_kegiatan": ["tolak_ukur_output", "tolak_ukur_output", "tolok_ukur_sub"],
    ...                   "dasar": ["data", "pemda", "bawaan"]})
    >>> print(kalimat_pemetaan_sipd(b))  # doctest: +NORMALIZE_WHITESPACE
    Indikator sub kegiatan dibaca dari `tolak_ukur_output` di 2 berkas (1 ditentukan dari datanya, 1 mengikuti
    berkas lain) dan dari `tolok_ukur_sub` di 1 berkas (menurut nama kolomnya, karena datanya tidak menentukan);
    indikator kegiatan dari kolom pasangannya. Kolom yang berbeda antar sub kegiatan dalam satu kegiatan adalah
    indikator sub kegiatan.
    """
    if "indikator_sub_kegiatan" not in berkas or not len(berkas):
        return ""
    sebab = {"data": "ditentukan dari datanya", "pemda": "mengikuti berkas lain",
             "bawaan": "menurut nama kolomnya, karena datanya tidak menentukan"}
    parts = []
    for kolom, g in berkas.groupby("indikator_sub_kegiatan", sort=False):
        n = g["dasar"].value_counts(sort=False).reindex(list(sebab)).dropna().astype(int)
        why = (sebab[n.index[0]] if len(n) == 1 else
               ", ".join(f"{c} {sebab[d].split(',')[0]}" for d, c in n.items()))
        parts.append(f"dari `{kolom}` di {len(g)} berkas ({why})")
    return ("Indikator sub kegiatan dibaca " + _daftar(parts) + "; indikator kegiatan dari kolom pasangannya. "
            "Kolom yang berbeda antar sub kegiatan dalam satu kegiatan adalah indikator sub kegiatan.")


def daftar_temuan_sipd(temuan: pd.DataFrame, berkas: pd.DataFrame, tingkat=("kritis",)) -> str:
    """The SIPD findings of the given ``tingkat`` as Markdown bullets naming file and record
    (``rekaman`` in a JSON export, ``baris`` in a CSV or sheet).

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis"], "tabel": ["SIPD a.json"], "baris_sumber": [8],
    ...                   "pesan": ["Kode ganda."]})
    >>> print(daftar_temuan_sipd(t, pd.DataFrame({"berkas": ["a.json"], "format": ["json"]})))
    - **Kritis** — SIPD a.json, rekaman 8: Kode ganda.
    """
    json_tables = {f"SIPD {b}" for b in berkas.loc[berkas["format"] == "json", "berkas"]}
    rows = temuan[temuan["tingkat"].astype(str).isin(tingkat)]
    if not len(rows):
        return "Tidak ada temuan " + " atau ".join(tingkat) + "."
    return "\n".join(
        f"- **{labels.tingkat(str(r['tingkat']))}** \u2014 {markdown_teks(r['tabel'])}, "
        f"{'rekaman' if r['tabel'] in json_tables else 'baris'} "
        f"{'-' if pd.isna(r['baris_sumber']) else r['baris_sumber']}: {markdown_teks(r['pesan'])}"
        for _, r in rows.iterrows())


def kalimat_kesesuaian(kes) -> str:
    """The guard of a reconciliation in a sentence or two (``findings.reconciliation.Kesesuaian``):
    the pemda, year and office both sides agree on, what differs (reconciled only when
    forced), what a side does not state, and that kritis findings are hedged when the data
    may be another's (``Kesesuaian.ragu``).

    Examples
    --------
    >>> from renja_analysis import load_document, load_sipd
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> print(kalimat_kesesuaian(load_document(sipd=DEFAULT_SIPD).kesesuaian))
    Pemda, tahun, dan perangkat daerah dokumen sama dengan data SIPD: *Kabupaten Magetan*, *2024*, dan *DINAS KOPERASI, USAHA KECIL DAN MENENGAH*.
    """
    tabel = kes.tabel
    teks_aspek = {"pemda": "pemda", "tahun": "tahun", "perangkat_daerah": "perangkat daerah"}
    sama = tabel[tabel["status"] == "sama"]
    out = []
    if len(sama):
        names = [teks_aspek[a] for a in sama["aspek"]]
        out.append(f"{_daftar(names)[:1].upper()}{_daftar(names)[1:]} dokumen sama dengan data SIPD: "
                   + _daftar([_nama(v) for v in sama["sipd"]]) + ".")
    if not kes.sepadan:
        out.append(f"**Data SIPD tidak sepadan dengan dokumen** ({markdown_teks(kes.teks('beda'))}); dicocokkan "
                   "karena diminta (paksa): setiap temuan di bawah dicatat sebagai info, bukan kekeliruan dokumen.")
    if kes.aspek("tidak_diketahui"):
        out.append(f"Tidak dapat diperiksa, tidak diandaikan sama: {markdown_teks(kes.teks('tidak_diketahui'))}.")
    if getattr(kes, "ragu", ()) and kes.sepadan:
        out.append("Data SIPD mungkin milik pemda atau perangkat daerah lain: temuan yang kritis di bawah dicatat "
                   "sebagai peringatan, bukan kekeliruan dokumen yang pasti.")
    return " ".join(out)


def rekonsiliasi_ditolak(alasan: str | None) -> str:
    """Why the page reconciles no document (``load.dokumen_sipd``'s reason), escaped.

    >>> print(rekonsiliasi_ditolak("a.json: tahun dokumen 2024, SIPD 2026"))
    **Dokumen tidak dicocokkan dengan data SIPD ini.** a.json: tahun dokumen 2024, SIPD 2026
    """
    return "**Dokumen tidak dicocokkan dengan data SIPD ini.** " + markdown_teks(alasan or "tidak ada dokumen")


def _tanpa_baris(doc) -> str:
    """A reconciled document with no row to compare (``findings.reconciliation.alasan_tanpa_baris``)."""
    from ..findings.reconciliation import alasan_tanpa_baris

    lines = [f"**Dokumen tidak dibandingkan baris demi baris dengan data SIPD**: tidak ada baris program, kegiatan, "
             f"atau sub kegiatan Tabel 3.2 (hasil analisis kebutuhan) maupun 3.3 yang terbaca "
             f"({markdown_teks(alasan_tanpa_baris(doc))}). Baris SIPD tidak dianggap tidak ada di dokumen."]
    if doc.kesesuaian is not None:
        lines += ["", kalimat_kesesuaian(doc.kesesuaian)]
    return "\n".join(lines)


def ringkasan_rekonsiliasi(doc) -> str:
    """The document against SIPD in a few sentences: how rows matched, what is on one side
    only, how many pagu, target, unit and name differences (``doc`` loaded with ``sipd=``): a pagu difference
    is a peringatan or kritis finding (an info one says the pagu is not judged different), unless the SIPD data
    is not the document's (``paksa``: every finding info, each counted).

    Examples
    --------
    >>> from renja_analysis import load_document
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> print(ringkasan_rekonsiliasi(load_document(sipd=DEFAULT_SIPD / "dinkop-ukm-magetan.json")))
    ... # doctest: +ELLIPSIS
    Dokumen dicocokkan dengan data SIPD *DINAS KOPERASI, USAHA KECIL DAN MENENGAH* (dinkop-ukm-magetan.json): ...
    """
    r = doc.rekonsiliasi
    if not len(r):
        return _tanpa_baris(doc)
    cara = r["kecocokan"].astype(str)
    n = cara.value_counts()
    sub = r["level"].astype(str) == "sub_kegiatan"
    office = doc.sipd.rencana.loc[doc.sipd.rencana["berkas"].isin(r["berkas"].dropna()), "nama_skpd"]
    berkas = ", ".join(sorted(r["berkas"].dropna().unique()))
    lines = [
        f"Dokumen dicocokkan dengan data SIPD {_nama(office.iloc[0]) if len(office) else ''} "
        f"({markdown_teks(berkas)}): {int((cara != 'hanya_sipd').sum())} baris dokumen (program, kegiatan, "
        f"sub kegiatan), {int((cara != 'hanya_dokumen').sum())} baris SIPD; {int(n.get('kode', 0))} cocok menurut "
        f"kode, {int(n.get('nama', 0))} menurut nama, {int(n.get('nama_mirip', 0))} menurut nama yang mirip. "
        f"Sub kegiatan: {int((sub & (cara != 'hanya_sipd')).sum())} di dokumen, "
        f"{int((sub & (cara != 'hanya_dokumen')).sum())} di SIPD."]
    for judul, key, col in (("Hanya di dokumen", "hanya_dokumen", "nama_dokumen"),
                            ("Hanya di SIPD", "hanya_sipd", "nama_sipd")):
        rows = r[cara == key]
        if len(rows):
            lines += ["", f"{judul}: " + _daftar([_nama(v) for v in rows[col]]) + "."]
    kes = doc.kesesuaian
    if kes is not None:
        lines += ["", kalimat_kesesuaian(kes)]
    t = doc.temuan[doc.temuan["jenis"].astype(str) == "dokumen_vs_sipd"]
    k = t["kolom"].astype(str).value_counts()
    # a pagu info is no difference (its children's, of a table of unknown scale, SIPD's pagu empty: REV-AU AU5);
    # against SIPD that is not the document's (every finding info, ``rekonsiliasi``'s ``paksa``) all are counted
    beda = t["kolom"].astype(str).eq("pagu_rp") & (t["tingkat"].astype(str) != "info")
    pagu = int(beda.sum()) if kes is None or kes.sepadan else int(k.get("pagu_rp", 0))
    # a table whose rows fit SIPD under opposite readings of its scale (REV-BE BE4: "pagu 0 baris" alone said
    # nothing of it)
    skala = int((doc.temuan["jenis"].astype(str) == "dokumen_vs_sipd_skala").sum())
    lines += ["", f"Perbedaan: pagu {pagu} baris, target {int(k.get('target', 0))}, satuan "
                  f"{int(k.get('satuan', 0))}, nama {int(k.get('nama', 0))} (temuan "
                  f"\u201c{labels.jenis_temuan('dokumen_vs_sipd')}\u201d di bawah)"
                  + (f"; {skala} tabel yang pagunya tidak sesuai dengan SIPD dalam satu skala mana pun (temuan "
                     f"\u201c{labels.jenis_temuan('dokumen_vs_sipd_skala')}\u201d)" if skala else "") + "."]
    return "\n".join(lines)
