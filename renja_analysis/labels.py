"""Readable Indonesian labels for the codes the tables carry (status, jenis temuan, ...).

The processed tables keep short identifiers (``serapan_tanpa_output``,
``antar_tabel_tidak_cocok``): they are data, stable for filters and files. Wherever a
reader looks (charts, table cells, legends, narratives) the code goes through this
module instead, so that one state has one label everywhere.

Every function takes a scalar or a pandas Series (mapped as a whole) and returns
Indonesian text. A code not in the dictionary falls back to itself with ``_`` read as
a space and a capital first letter; a missing value stays missing.

Examples
--------
>>> status("belum_dilaksanakan"), tingkat("kritis"), level("sub_kegiatan")
('Belum dilaksanakan (dijadwalkan)', 'Kritis', 'Sub kegiatan')
>>> jenis_temuan("kode_baru_sekali")
'Kode baru sekali'
"""
from __future__ import annotations

import pandas as pd

from . import status as _st
from .findings import registry as _jt

#: Status of a sub kegiatan at the reporting quarter (``metrics.STATUS``).
LABEL_STATUS = {
    _st.BELUM_DILAKSANAKAN: "Belum dilaksanakan (dijadwalkan)",
    _st.SERAPAN_TANPA_OUTPUT: "Serapan tanpa output",
    _st.OUTPUT_TANPA_SERAPAN: "Output tanpa serapan",
    _st.MELAMPAUI_TARGET: "Melampaui target",
    _st.TERTINGGAL: "Tertinggal",
    _st.SESUAI_RENCANA: "Sesuai rencana",
    _st.TANPA_STATUS: "Tanpa status (tanpa target maupun pagu)",
}

#: Finding types (``findings.document.JENIS``), declared in ``findings.registry``.
LABEL_JENIS_TEMUAN = dict(_jt.LABEL)

#: Severity of a finding (``findings.document.TINGKAT``): ``info`` rows are no error to fix: a
#: confirmation, or a change the reviewer must still approve (``findings.document.JENIS_PERUBAHAN``,
#: which summaries never call "bukan masalah").
LABEL_TINGKAT = {"kritis": "Kritis", "peringatan": "Peringatan", "info": "Konfirmasi/info"}

#: Level of a row in the hierarchy.
LABEL_LEVEL = {
    "dinas": "Dinas",
    "program": "Program",
    "kegiatan": "Kegiatan",
    "sub_kegiatan": "Sub kegiatan",
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
}

#: How a row was matched across tables (``pergeseran.kecocokan``) or with SIPD
#: (``findings.reconciliation``).
LABEL_KECOCOKAN = {
    "cocok": "Ada di kedua tabel",
    "hanya_tabel_2_2": "Hanya di Tabel 2.2",
    "hanya_review_3_2": "Hanya di Tabel 3.2 (Review P-RKPD)",
    "kode": "Cocok menurut kode",
    "nama": "Cocok menurut nama",
    "nama_mirip": "Cocok menurut nama mirip",
    "hanya_dokumen": "Hanya di dokumen",
    "hanya_sipd": "Hanya di SIPD",
}

#: What became of a file of a corpus (``corpus`` table ``dokumen``, column ``status``).
LABEL_STATUS_DOKUMEN = {"terbaca": "Terbaca", "gagal": "Tidak terbaca", "ganda": "Ganda"}

#: Side of a row of Tabel 3.2 (``review_rkpd.sisi``).
LABEL_SISI = {"rancangan_awal": "Rancangan awal", "hasil_analisis": "Hasil analisis kebutuhan"}

#: Columns of the tidy tables named in messages and headers.
LABEL_KOLOM = {
    "target_k": "target (K)", "realisasi_k": "realisasi (K)", "capaian_k": "capaian (K)",
    "pagu_rp": "pagu (Rp)", "realisasi_rp": "realisasi (Rp)", "serapan_rp": "serapan (Rp)",
    "target_renstra": "target akhir Renstra", "target_sebelum": "target sebelum perubahan",
    "target_sesudah": "target sesudah perubahan", "target_renja": "target Renja",
    "target_perubahan": "target perubahan", "target_akhir_renstra": "target akhir Renstra",
    "pagu_rkpd_rp": "pagu RKPD (Rp)", "pagu_apbd_rp": "pagu APBD (Rp)",
    "pagu_rkpd_perubahan_rp": "pagu RKPD Perubahan (Rp)", "pagu_tanpa_judul_rp": "pagu tanpa judul (Rp)",
    "pagu_maju_rp": "pagu prakiraan maju n+1 (Rp)", "bertambah_berkurang_rp": "bertambah/berkurang (Rp)",
    "target_maju": "target prakiraan maju n+1", "satuan_maju": "satuan target prakiraan maju n+1",
    "kelompok_sasaran": "kelompok sasaran",
    "keterangan": "keterangan", "satuan": "satuan", "nama": "nama", "indikator": "indikator",
    "capaian_k_dokumen": "capaian (K) menurut dokumen", "serapan_rp_dokumen": "serapan (Rp) menurut dokumen",
    "capaian_renstra_dokumen": "capaian Renstra menurut dokumen", "realisasi_renstra_k": "realisasi Renstra (K)",
}

#: Markers of the glossary table in docs/panduan.md (``tabel_istilah``).
ISTILAH_MULAI, ISTILAH_SELESAI = "<!-- istilah:mulai -->", "<!-- istilah:selesai -->"


def daftar(items, batas: int | None = None) -> str:
    """Items as an Indonesian list (PUEBI: a comma before ``dan`` from three on); with ``batas``,
    the first ``batas`` items and how many more.

    >>> daftar(["nama"]), daftar(["nama", "indikator"]), daftar(["nama", "indikator", "satuan"])
    ('nama', 'nama dan indikator', 'nama, indikator, dan satuan')
    >>> daftar(["A", "B", "C", "D", "E"], batas=3), daftar(["A", "B", "C"], batas=3)
    ('A, B, C, dan 2 lainnya', 'A, B, dan C')
    """
    items = [str(i) for i in items]
    if batas is not None and len(items) > batas:
        items = items[:batas] + [f"{len(items) - batas} lainnya"]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def istilah() -> list[dict]:
    """The terms a reader meets in the report, in plain Indonesian: one source for the
    report's glossary page and the glossary of docs/panduan.md (``tabel_istilah``).

    Each entry: ``istilah`` (the word the pages use), ``teknis`` (the technical or
    original term it stands for, if any: the pages use plain words, the glossary keeps the
    term) and ``arti``. Numbers in the meanings come from the code's constants, formatted
    by ``numbers``.

    Examples
    --------
    >>> e = {r["istilah"]: r for r in istilah()}
    >>> e["Sub kegiatan yang dinilai"]["teknis"], e["Varian komposisi antarprogram"]["teknis"]
    ('jatuh tempo', 'composition variance, PEFA PI-2')
    >>> "1% pagu perangkat daerah" in e["Batas materialitas"]["arti"]
    True
    """
    from . import config, metrics
    from .numbers import format_persen, format_rupiah

    harapan = "/".join(format_persen(metrics.harapan_triwulan(t), None) for t in (1, 2, 3, 4))
    daftar = [
        ("Pagu", None, "anggaran yang dialokasikan untuk program, kegiatan atau sub kegiatan dalam satu tahun."),
        ("APBD dan P-APBD", "Anggaran Pendapatan dan Belanja Daerah (Perubahan)",
         "anggaran daerah yang ditetapkan di awal tahun (APBD) dan sesudah perubahan di pertengahan tahun (P-APBD)."),
        ("Realisasi kumulatif", None, "yang sudah terlaksana (kinerja) atau dibelanjakan (rupiah) sejak awal tahun "
         "sampai akhir triwulan laporan; angka kumulatif tidak semestinya turun dari triwulan ke triwulan."),
        ("Capaian kinerja", None, "realisasi dibagi target dikali 100: berapa persen target tahunan sudah tercapai."),
        ("Serapan anggaran", None, "realisasi rupiah dibagi pagu dikali 100: berapa persen anggaran sudah "
         "dibelanjakan."),
        ("Serapan sebuah kelompok", "rasio jumlah (ratio of sums)", "jumlah realisasi seluruh anggotanya dibagi "
         "jumlah pagunya, bukan rata-rata persen anggotanya: anggaran besar lebih menentukan."),
        ("Harapan triwulan", None, f"bagian target atau pagu yang diharapkan sudah tercapai pada akhir triwulan: "
         f"{harapan} pada triwulan I sampai IV, bila baris tidak membawa rencananya sendiri."),
        ("Serapan terhadap harapan", "nilai relatif", "serapan dibagi harapan triwulan dikali 100; "
         f"{format_persen(100, None)} berarti sesuai rencana. Predikat dinilai dari angka ini, sehingga dokumen "
         "triwulan yang berbeda dapat dibandingkan."),
        ("Sub kegiatan yang dinilai", "jatuh tempo", "sub kegiatan yang seharusnya sudah berjalan pada triwulan "
         "laporan: tanpa yang dijadwalkan pada triwulan berikutnya dan tanpa yang tidak bertarget. Rata-rata "
         "capaian dihitung dari sub kegiatan ini."),
        ("Capaian tertimbang pagu", "weighted mean", "rata-rata capaian yang setiap sub kegiatannya dihitung "
         "sebanding dengan pagunya: sub kegiatan berpagu besar lebih menentukan."),
        ("Poin persen", None, "selisih dua persentase (40% menjadi 45% bertambah 5 poin persen); hanya dihitung "
         "bila kedua persentase memakai dasar yang sama, misalnya pagu yang sama."),
        ("Varian komposisi antarprogram", "composition variance, PEFA PI-2", "bagian anggaran yang berpindah "
         "antarprogram di luar perubahan yang merata: pagu APBD setiap program diskalakan ke total P-APBD, lalu "
         "selisih mutlaknya dijumlahkan dan dibagi total itu. Metode dari kerangka penilaian pengelolaan keuangan "
         "publik PEFA (indikator PI-2)."),
        ("Predikat", None, "lima tingkat penilaian dari Sangat Rendah sampai Sangat Tinggi, menurut serapan atau "
         "capaian terhadap harapan triwulan (praktik evaluasi Permendagri 86/2017)."),
        ("Temuan", None, "catatan pemeriksaan data dengan tingkat kritis, peringatan atau konfirmasi/info; angka "
         "dokumen tidak pernah diubah."),
        ("Rupiah dipersoalkan", None, "rupiah yang disangkut sebuah temuan: selisih dua angka, perubahan pagu, "
         "atau pagu yang terhitung dua kali."),
        ("Batas materialitas", "materiality", f"perubahan yang lebih kecil dari "
         f"{format_persen(config.MATERIALITAS_PERSEN, None)} pagu perangkat daerah dan lebih kecil dari "
         f"{format_rupiah(config.MATERIALITAS_RP)} dicatat sebagai info, bukan peringatan."),
        ("Pagu tahun berikutnya", "prakiraan maju, pagu n+1", "perkiraan pagu tahun anggaran berikutnya yang "
         "dicantumkan SIPD-RI untuk setiap sub kegiatan."),
        ("Output dan hasil", "output, outcome", "output: barang atau jasa yang dihasilkan sub kegiatan (misalnya "
         "jumlah pelatihan); hasil: perubahan yang dituju program (misalnya persentase usaha yang naik kelas)."),
        ("Program penunjang", "program penunjang urusan pemerintahan daerah", "program administrasi perangkat "
         "daerah sendiri (gaji, kantor, perencanaan), bukan layanan kepada masyarakat."),
        ("Pagu indikatif dan plafon", "pagu indikatif, pagu SKPD", "batas anggaran yang ditetapkan lebih dahulu "
         "untuk perangkat daerah atau sub unitnya; pagu rinciannya semestinya tidak melampauinya."),
        ("Kode sementara", "kode placeholder", "kode yang belum menjadi kode nomenklatur resmi (misalnya berisi X "
         "atau 0 pengganti); baris dengan kode ini perlu dilengkapi di SIPD-RI."),
        ("Label prioritas", None, "tanda di SIPD-RI bahwa sub kegiatan mendukung prioritas kabupaten/kota, provinsi "
         "atau nasional."),
        ("SPP, SPM dan SP2D", "LS, UP, GU, TU, TBP", "surat permintaan pembayaran, surat perintah membayar dan "
         "surat perintah pencairan dana: tahap pembayaran belanja. Pembayaran langsung (LS) terealisasi pada "
         "tanggal SP2D-nya, SPP atau SPM tanpa SP2D masih dalam proses; belanja dari uang persediaan (UP, GU, TU) "
         "terealisasi pada tanggal tanda bukti pembayarannya (TBP)."),
        ("Perangkat daerah dan sub unit", "SKPD, unit SKPD", "dinas, badan atau kantor pemerintah daerah, dan "
         "unit di bawahnya (misalnya unit pelaksana teknis, UPTD, di bawah dinas)."),
        ("Renja, Renstra, RKPD", None, "Rencana Kerja perangkat daerah satu tahun; Rencana Strategis lima tahun; "
         "Rencana Kerja Pemerintah Daerah satu tahun."),
        ("SIPD-RI", None, "Sistem Informasi Pemerintahan Daerah Republik Indonesia, tempat rencana dan anggaran "
         "daerah dicatat dan diekspor."),
        ("TW", None, "triwulan: TW I (Januari-Maret) sampai TW IV (Oktober-Desember)."),
    ]
    return [{"istilah": a, "teknis": b, "arti": c} for a, b, c in daftar]


def tabel_istilah() -> str:
    """The glossary as a Markdown table between its markers (docs/panduan.md holds it).

    >>> t = tabel_istilah()
    >>> t.startswith(ISTILAH_MULAI) and t.endswith(ISTILAH_SELESAI) and "| Poin persen | - |" in t
    True
    """
    rows = [f"| {r['istilah']} | {r['teknis'] or '-'} | {r['arti']} |" for r in istilah()]
    return "\n".join([ISTILAH_MULAI, "| istilah | istilah teknis | arti |", "|---|---|---|", *rows,
                      ISTILAH_SELESAI])


#: Predikat of a row whose capaian is not measured (NA), of a sub kegiatan scheduled
#: for a later quarter (status ``belum_dilaksanakan``), of a row without a target
#: (target 0 or empty: no capaian can be computed, whatever was realised), of an outcome whose
#: realisation cell is empty at the year's end (TW IV: not reported, nothing is measured later)
#: and of a serapan whose pagu is 0 (no budget to absorb): none is a failure. A serapan of a program
#: or kegiatan whose realisation cell is empty and whose rows below do not all state one is
#: not known (``metrics.realisasi_rincian``): neither a failure nor 0.
BELUM_DIUKUR = "Belum diukur"
DIJADWALKAN = "Dijadwalkan"
TANPA_TARGET = "Tanpa target"
TIDAK_DILAPORKAN = "Tidak dilaporkan"
TANPA_PAGU = "Tanpa pagu"
TIDAK_DIKETAHUI = "Tidak diketahui"


def _fallback(code: str) -> str:
    text = str(code).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _map(code, table: dict):
    if isinstance(code, pd.Series):
        values = code.astype("object")
        out = values.map(lambda c: table.get(c) or _fallback(c), na_action="ignore")
        return out.astype("string").rename(code.name)
    if code is None or (not isinstance(code, str) and pd.isna(code)):
        return code
    return table.get(str(code)) or _fallback(code)


def status(code):
    """Readable status of a sub kegiatan.

    Examples
    --------
    >>> status("serapan_tanpa_output")
    'Serapan tanpa output'
    >>> status(pd.Series(["belum_dilaksanakan", None, "sesuai_rencana"])).tolist()
    ['Belum dilaksanakan (dijadwalkan)', <NA>, 'Sesuai rencana']
    """
    return _map(code, LABEL_STATUS)


def jenis_temuan(code):
    """Readable finding type.

    Examples
    --------
    >>> jenis_temuan("antar_tabel_tidak_cocok")
    'Angka beda antartabel'
    >>> jenis_temuan(pd.Series(["serapan_tanpa_output"], dtype="category")).tolist()
    ['Serapan tanpa output']
    """
    return _map(code, LABEL_JENIS_TEMUAN)


def tingkat(code):
    """Readable severity of a finding.

    Examples
    --------
    >>> tingkat("info"), tingkat("peringatan")
    ('Konfirmasi/info', 'Peringatan')
    """
    return _map(code, LABEL_TINGKAT)


def level(code):
    """Readable level of a row.

    Examples
    --------
    >>> level("sub_kegiatan"), level("program")
    ('Sub kegiatan', 'Program')
    """
    return _map(code, LABEL_LEVEL)


def kecocokan(code):
    """How a row was matched (``pergeseran``, ``findings.reconciliation``).

    Examples
    --------
    >>> kecocokan("hanya_review_3_2"), kecocokan("cocok")
    ('Hanya di Tabel 3.2 (Review P-RKPD)', 'Ada di kedua tabel')
    """
    return _map(code, LABEL_KECOCOKAN)


def status_dokumen(code):
    """What became of a corpus file: read, not read, or the same as another.

    Examples
    --------
    >>> status_dokumen("gagal"), status_dokumen("ganda")
    ('Tidak terbaca', 'Ganda')
    """
    return _map(code, LABEL_STATUS_DOKUMEN)


def sisi(code):
    """Side of a row of Tabel 3.2 (``review_rkpd``): the draft or the result of the analysis.

    Examples
    --------
    >>> sisi("hasil_analisis"), sisi("rancangan_awal")
    ('Hasil analisis kebutuhan', 'Rancangan awal')
    """
    return _map(code, LABEL_SISI)


def kolom(code):
    """A column name as words, lower case (it is used inside sentences).

    Examples
    --------
    >>> kolom("pagu_rp"), kolom("target_k"), kolom("kolom_lain")
    ('pagu (Rp)', 'target (K)', 'kolom lain')
    """
    if isinstance(code, pd.Series):
        return code.astype("object").map(lambda c: LABEL_KOLOM.get(c) or str(c).replace("_", " "),
                                         na_action="ignore").astype("string").rename(code.name)
    if code is None or (not isinstance(code, str) and pd.isna(code)):
        return code
    return LABEL_KOLOM.get(str(code)) or str(code).replace("_", " ")


def predikat(nilai, status=None, target=None, realisasi=None, harapan=None, pagu=None, diketahui=None):
    """The predikat a reader sees, one rule for every page, table and workbook:
    ``Dijadwalkan`` for a sub kegiatan scheduled for a later quarter (whose capaian of 0
    would otherwise read as ``Sangat Rendah``); where there is no predikat, ``Tanpa target``
    when ``target`` is given and is 0 or empty (no capaian can be computed: realised 2 of a
    target 0 is not "not yet measured"), ``Tanpa pagu`` when ``pagu`` is given and is 0 (no
    budget: nothing to absorb; spending on it is a finding, ``serapan_berlebih``), ``Tidak
    dilaporkan`` when ``realisasi`` is empty at the year's end (``tidak_dilaporkan``: the
    quarter's expectation ``harapan`` 100 %, TW IV, when nothing is measured later), else
    ``Belum diukur``; ``Tidak diketahui`` where ``diketahui`` is False (a serapan whose realisation
    is not known: a program's or kegiatan's empty cell over rows that do not all state one,
    ``metrics.realisasi_rincian``).

    Parameters
    ----------
    nilai : str, NA or pandas.Series
        Predikat as computed (``metrics.predikat``).
    status : str or pandas.Series, optional
        Status code of the same row(s) (``metrics.status_pelaksanaan``).
    target : number or pandas.Series, optional
        The target the predikat kinerja was computed from (``target_k``); not given for a
        predikat serapan.
    realisasi, harapan : number or pandas.Series, optional
        The realisation the predikat kinerja was computed from (``realisasi_k``) and the
        quarter's expectation (``harapan_tw``); both given, an empty realisation at TW IV reads
        ``Tidak dilaporkan``.
    pagu : number or pandas.Series, optional
        The pagu the predikat serapan was computed from (``pagu_rp``); not given for a
        predikat kinerja.
    diketahui : bool or pandas.Series, optional
        Whether the realisation the predikat serapan was computed from is known
        (``dasar_predikat``; ``summary.daftar_program``'s ``realisasi_dari_rincian``).

    Examples
    --------
    >>> predikat("Sangat Rendah", "belum_dilaksanakan"), predikat(None), predikat("Tinggi")
    ('Dijadwalkan', 'Belum diukur', 'Tinggi')
    >>> predikat(pd.Series(["Sangat Rendah", None, "Sangat Rendah"]),
    ...          pd.Series(["belum_dilaksanakan", None, "tertinggal"])).tolist()
    ['Dijadwalkan', 'Belum diukur', 'Sangat Rendah']
    >>> predikat(pd.Series([None, None, "Tinggi"]), target=pd.Series([0.0, 83.0, 4.0])).tolist()
    ['Tanpa target', 'Belum diukur', 'Tinggi']
    >>> predikat(None, target=None), predikat(None, target=float("nan"))
    ('Belum diukur', 'Tanpa target')

    An outcome not reported at TW IV (before it: not yet measured), a serapan without pagu:

    >>> predikat(pd.Series([None, None, None]), target=83.0, realisasi=pd.Series([None, None, 0.0]),
    ...          harapan=pd.Series([100.0, 50.0, 100.0])).tolist()
    ['Tidak dilaporkan', 'Belum diukur', 'Belum diukur']
    >>> predikat(pd.Series([None, None, "Tinggi"]), pagu=pd.Series([0.0, None, 10.0])).tolist()
    ['Tanpa pagu', 'Belum diukur', 'Tinggi']
    >>> predikat(None, pagu=0), predikat(None, realisasi=None, harapan=100.0)
    ('Tanpa pagu', 'Tidak dilaporkan')
    >>> predikat(pd.Series([None, "Tinggi"]), pagu=10.0, diketahui=pd.Series([False, True])).tolist()
    ['Tidak diketahui', 'Tinggi']
    >>> predikat(None, pagu=10.0, diketahui=False)
    'Tidak diketahui'
    """
    if isinstance(nilai, pd.Series):
        out = nilai.astype("object").where(nilai.notna(), BELUM_DIUKUR)
        kosong = nilai.isna().to_numpy(dtype=bool)
        if harapan is not None and realisasi is not None:
            lapor = tidak_dilaporkan(pd.Series(realisasi, index=nilai.index, dtype="object"),
                                     pd.Series(harapan, index=nilai.index, dtype="object"))
            out = out.mask(lapor & kosong, TIDAK_DILAPORKAN)
        if diketahui is not None:
            tahu = pd.Series(diketahui, index=nilai.index, dtype="object").fillna(True).astype(bool)
            out = out.mask(~tahu.to_numpy(dtype=bool) & kosong, TIDAK_DIKETAHUI)
        if pagu is not None:
            out = out.mask(tanpa_pagu(pd.Series(pagu, index=nilai.index, dtype="object")) & kosong, TANPA_PAGU)
        if target is not None:
            tanpa = tanpa_target(pd.Series(target, index=nilai.index)) & kosong
            out = out.mask(tanpa, TANPA_TARGET)
        if status is not None:
            jadwal = (pd.Series(status, index=nilai.index).astype("object") == _st.BELUM_DILAKSANAKAN)
            out = out.mask(jadwal.to_numpy(dtype=bool), DIJADWALKAN)
        return out.astype("string").rename(nilai.name)
    if status is not None and not (not isinstance(status, str) and pd.isna(status)) \
            and str(status) == _st.BELUM_DILAKSANAKAN:
        return DIJADWALKAN
    if nilai is None or (not isinstance(nilai, str) and pd.isna(nilai)):
        if _tanpa_target(target):
            return TANPA_TARGET
        if pagu is not None and bool(tanpa_pagu(pd.Series([pagu], dtype="object"))[0]):
            return TANPA_PAGU
        if diketahui is not None and not (pd.isna(diketahui) or bool(diketahui)):
            return TIDAK_DIKETAHUI
        if harapan is not None and bool(tidak_dilaporkan(pd.Series([realisasi], dtype="object"),
                                                         pd.Series([harapan], dtype="object"))[0]):
            return TIDAK_DILAPORKAN
        return BELUM_DIUKUR
    return str(nilai)


def dasar_predikat(evaluasi: pd.DataFrame, kolom: str) -> dict:
    """What ``predikat`` reads beside a predikat column of an evaluation frame (where the frame
    has it): for the predikat kinerja ``target_k``, and ``realisasi_k`` with ``harapan_tw`` (an
    outcome not reported at TW IV); for the predikat serapan ``pagu_rp`` (no pagu, no serapan)
    and, with ``level`` and ``realisasi_rp``, whether the realisation is known
    (``metrics.realisasi_rincian``: a program's or kegiatan's empty cell over rows that do not
    all state one is not).

    >>> ev = pd.DataFrame({"predikat_k": [None], "predikat_rp": [None], "target_k": [83.0],
    ...                    "realisasi_k": [None], "harapan_tw": [100.0], "pagu_rp": [0.0]})
    >>> [predikat(ev[c], **dasar_predikat(ev, c)).tolist() for c in ("predikat_k", "predikat_rp")]
    [['Tidak dilaporkan'], ['Tanpa pagu']]
    """
    if kolom == "predikat_k":
        return {"target": evaluasi.get("target_k"), "realisasi": evaluasi.get("realisasi_k"),
                "harapan": evaluasi.get("harapan_tw") if "realisasi_k" in evaluasi else None}
    if "level" in evaluasi and "realisasi_rp" in evaluasi and len(evaluasi):
        from .metrics import realisasi_rincian

        dari = realisasi_rincian(evaluasi)["realisasi_dari_rincian"]
        return {"pagu": evaluasi.get("pagu_rp"), "diketahui": realisasi_diketahui(dari)}
    return {"pagu": evaluasi.get("pagu_rp")}


#: What an empty program or kegiatan realisation was summed from (``metrics.DARI_RINCIAN``), as a
#: sentence names it.
DARI_RINCIAN = {"kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan",
                "kegiatan_sub_kegiatan": "kegiatan dan sub kegiatan"}


def realisasi_diketahui(dari):
    """Whether a realisation is known, from what ``metrics.realisasi_rincian`` took it from
    (``realisasi_dari_rincian``): all but ``tidak_diketahui`` (NA: the row's own cell); for
    ``predikat``'s ``diketahui``.

    >>> realisasi_diketahui(pd.Series(["kegiatan", None, "tidak_diketahui"])).tolist()
    [True, True, False]
    >>> realisasi_diketahui(None), realisasi_diketahui("tidak_diketahui")
    (True, False)
    """
    if isinstance(dari, pd.Series):
        return (dari.astype("string") != "tidak_diketahui").fillna(True).astype(bool)
    return dari is None or (not isinstance(dari, str) and pd.isna(dari)) or str(dari) != "tidak_diketahui"


def akhir_tahun(harapan):
    """Where the quarter's expectation is the whole year's (100 %: TW IV), when nothing is
    measured later, as a boolean array (missing: no).

    >>> akhir_tahun(pd.Series([100.0, 50.0, None], dtype="object")).tolist()
    [True, False, False]
    """
    return (pd.to_numeric(harapan, errors="coerce") >= 100).fillna(False).to_numpy(dtype=bool)


def tidak_dilaporkan(realisasi: pd.Series, harapan: pd.Series):
    """Where a realisation cell is empty at the year's end (``akhir_tahun``): not reported, not
    "measured later" (``predikat``'s ``Tidak dilaporkan``; the evaluation table's capaian cell
    and the program narrative say the same), as a boolean array.

    >>> tidak_dilaporkan(pd.Series([None, 0.0, None]), pd.Series([100.0, 100.0, 75.0])).tolist()
    [True, False, False]
    """
    return akhir_tahun(harapan) & pd.to_numeric(realisasi, errors="coerce").isna().to_numpy(dtype=bool)


def tanpa_pagu(pagu: pd.Series):
    """Where a pagu is 0: no budget, so no serapan to judge (``predikat``'s ``Tanpa pagu``), as a
    boolean array; an empty pagu (not stated) is not 0.

    >>> tanpa_pagu(pd.Series([0.0, None, 10.0], dtype="object")).tolist()
    [True, False, False]
    """
    return (pd.to_numeric(pagu, errors="coerce") == 0).fillna(False).to_numpy(dtype=bool)


def tanpa_target(target: pd.Series):
    """Where a target is 0 or empty (NaN, NA, ``None``): no capaian can be computed against it
    (``predikat``'s ``Tanpa target``), as a boolean array.

    >>> tanpa_target(pd.Series([0.0, None, 4.0, float("nan")], dtype="object")).tolist()
    [True, True, False, True]
    """
    t = pd.to_numeric(target, errors="coerce")
    return (t.isna() | (t == 0)).to_numpy(dtype=bool)


def _tanpa_target(target) -> bool:
    """A scalar target given as 0 or empty (NaN, NA); ``None`` means "not given"."""
    return target is not None and bool(tanpa_target(pd.Series([target], dtype="object"))[0])
