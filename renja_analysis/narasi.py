"""Indonesian sentences (Markdown) from the tables.

Every number in a sentence comes from the data passed in; formatting uses Babel
``id_ID`` (``Rp 1.683.391.529``, ``56,25%``). Functions return Markdown strings
that a notebook shows with ``IPython.display.Markdown``. Text quoted from the
document (names, indikator, satuan, keterangan, solusi, findings' messages) goes
through ``aman.markdown_teks``: it shows literally, never as HTML, a link or
emphasis.
"""
from __future__ import annotations

import pandas as pd

from .aman import markdown_teks
from .metrics import harapan_triwulan, rata_capaian, serapan_agregat
from .numbers import format_angka, format_persen, format_rupiah
from .plots import LABEL_STATUS

_TW = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _daftar(items: list[str]) -> str:
    """Join names the Indonesian way: 'a', 'a dan b', 'a, b, dan c'."""
    items = [str(i) for i in items]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def _nama(text) -> str:
    """A name from the document, in italics, escaped."""
    return f"*{markdown_teks(text)}*"


def kalimat_sub_kegiatan(row: pd.Series) -> str:
    """One sentence on one sub kegiatan: what was achieved and spent, and its status.

    Handles the edge cases: no target, nothing realised, over 100 %, scheduled later.

    Examples
    --------
    >>> row = pd.Series({"nama": "Pemulihan Usaha Mikro", "target_k": 25.0, "realisasi_k": 31.0,
    ...     "satuan": "Unit Usaha", "capaian_k": 124.0, "serapan_rp": 84.89, "realisasi_rp": 702500000.0,
    ...     "pagu_rp": 827500000.0, "status": "melampaui_target", "keterangan": None})
    >>> print(kalimat_sub_kegiatan(row))
    *Pemulihan Usaha Mikro*: 31 dari target 25 Unit Usaha (capaian 124,00%, sudah melampaui target tahunan); serapan 84,89% (Rp 702.500.000 dari Rp 827.500.000).
    """
    satuan = f" {markdown_teks(row['satuan'])}" if pd.notna(row.get("satuan")) else ""
    if pd.isna(row.get("target_k")) or row.get("target_k") == 0:
        kinerja = "tanpa target kinerja yang dapat diukur"
    elif row.get("realisasi_k") == 0:
        kinerja = f"belum ada realisasi kinerja dari target {format_angka(row['target_k'], None)}{satuan}"
    else:
        kinerja = (f"{format_angka(row['realisasi_k'], None)} dari target "
                   f"{format_angka(row['target_k'], None)}{satuan} (capaian {format_persen(row['capaian_k'])}"
                   + (", sudah melampaui target tahunan)" if row["capaian_k"] > 100 else ")"))
    if pd.isna(row.get("serapan_rp")):
        uang = "pagu tidak tercantum"
    elif row.get("realisasi_rp") == 0:
        uang = f"anggaran {format_rupiah(row['pagu_rp'])} belum terserap"
    else:
        uang = (f"serapan {format_persen(row['serapan_rp'])} ({format_rupiah(row['realisasi_rp'])} dari "
                f"{format_rupiah(row['pagu_rp'])})")
    text = f"{_nama(row['nama'])}: {kinerja}; {uang}"
    if row.get("status") == "belum_dilaksanakan":
        text += f"; dijadwalkan kemudian (\u201c{markdown_teks(row['keterangan'])}\u201d)"
    elif pd.notna(row.get("keterangan")) and row.get("status") in ("tertinggal", "serapan_tanpa_output"):
        text += f"; keterangan: \u201c{markdown_teks(row['keterangan'])}\u201d"
    return text + "."


def ringkasan_dinas(evaluasi: pd.DataFrame, temuan: pd.DataFrame, pergeseran: pd.DataFrame,
                    triwulan: int = 2) -> str:
    """The office at the reporting quarter, in one paragraph and a list.

    Pagu and realisasi are the sums of the programs (their stated totals);
    serapan is their ratio (ratio of sums).
    """
    prog = evaluasi[evaluasi["level"].astype(str) == "program"]
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    pagu, real = prog["pagu_rp"].sum(), prog["realisasi_rp"].sum()
    ser = serapan_agregat(prog)
    harapan = harapan_triwulan(triwulan)
    status = sub["status"].value_counts()
    parts = [
        f"Sampai dengan triwulan {_TW[triwulan]}, {len(prog)} program dengan pagu "
        f"{format_rupiah(pagu)} telah merealisasikan {format_rupiah(real)}, atau serapan "
        f"{format_persen(ser)} terhadap harapan linear {format_persen(harapan, 0)}."
    ]
    rc = rata_capaian(sub)
    if not pd.isna(rc):
        parts.append(f"Rata-rata capaian kinerja {len(sub)} sub kegiatan (rata-rata rasio) "
                     f"{format_persen(rc)}.")
    lines = [" ".join(parts), ""]
    for s, label in LABEL_STATUS.items():
        n = int(status.get(s, 0))
        if n:
            lines.append(f"- {label}: {n} sub kegiatan")
    rendah = prog[(prog["serapan_rp"] < harapan * 0.75).fillna(False).astype(bool)]
    if len(rendah):
        lines += ["", "Program dengan serapan di bawah tiga perempat harapan: "
                  + _daftar([f"{_nama(r['nama'])} ({format_persen(r['serapan_rp'])})" for _, r in rendah.iterrows()])
                  + "."]
    if pergeseran is not None and len(pergeseran):
        d = pergeseran.iloc[0]
        lines += ["", f"Perubahan anggaran: pagu seluruh program berubah dari {format_rupiah(d['pagu_apbd_rp'])} "
                      f"(APBD) menjadi {format_rupiah(d['pagu_papbd_rp'])} (P-APBD), selisih "
                      f"{format_rupiah(d['selisih_rp'])} ({format_persen(d['selisih_persen'])}); varian "
                      f"komposisi antarprogram {format_persen(d['varian_komposisi_persen'])}."]
    if temuan is not None and len(temuan):
        n = temuan["tingkat"].value_counts()
        lines += ["", f"Pemeriksaan dokumen menghasilkan {len(temuan)} temuan: "
                      f"{int(n.get('kritis', 0))} kritis, {int(n.get('peringatan', 0))} peringatan, "
                      f"{int(n.get('info', 0))} info."]
    return "\n".join(lines)


def narasi_program(evaluasi: pd.DataFrame, program: str, temuan: pd.DataFrame | None = None,
                   pergeseran: pd.DataFrame | None = None) -> str:
    """What is on track, what is behind and why, what changed, what to look at, for one program."""
    rows = evaluasi[evaluasi["program"] == program]
    if rows.empty:
        raise ValueError(f"program not found: {program!r}")
    head = rows[rows["level"].astype(str) == "program"].iloc[0]
    sub = rows[rows["level"].astype(str) == "sub_kegiatan"]
    harapan = float(head["harapan_tw"])
    out = [f"**{markdown_teks(head['nama'])}** — pagu {format_rupiah(head['pagu_rp'])}, realisasi "
           f"{format_rupiah(head['realisasi_rp'])} (serapan {format_persen(head['serapan_rp'])} "
           f"terhadap harapan {format_persen(harapan, 0)})."]
    if head["realisasi_k"] == 0:
        out.append(f"Indikator program (\u201c{markdown_teks(head['indikator'])}\u201d) belum diukur pada "
                   "triwulan ini (realisasi 0), sehingga kinerja dinilai dari sub kegiatannya.")
    groups = {
        "Sesuai rencana atau lebih": sub[sub["status"].isin(["sesuai_rencana", "melampaui_target"])],
        "Tertinggal": sub[sub["status"].isin(["tertinggal", "serapan_tanpa_output", "output_tanpa_serapan"])],
        "Dijadwalkan pada triwulan berikutnya": sub[sub["status"] == "belum_dilaksanakan"],
    }
    for title, part in groups.items():
        if len(part):
            out += ["", f"{title}:"] + [f"- {kalimat_sub_kegiatan(r)}" for _, r in part.iterrows()]
    solusi = sub.dropna(subset=["solusi"])
    if len(solusi):
        out += ["", "Solusi yang dicantumkan: " + _daftar(
            [f"{_nama(r['nama'])} \u2192 {markdown_teks(r['solusi'])}" for _, r in solusi.iterrows()]) + "."]
    if pergeseran is not None:
        g = pergeseran[(pergeseran["program"] == program) & (pergeseran["level"].astype(str) == "program")]
        if len(g):
            g = g.iloc[0]
            if pd.isna(g["selisih_rp"]):
                out += ["", "Pagu P-APBD program ini tidak ditemukan di Review P-RKPD (3.2)."]
            elif g["selisih_rp"] == 0:
                out += ["", f"Pagu program tidak berubah pada perubahan anggaran ({format_rupiah(g['pagu_papbd_rp'])})."]
            else:
                arah = "bertambah" if g["selisih_rp"] > 0 else "berkurang"
                out += ["", f"Pada perubahan anggaran pagu program {arah} {format_rupiah(abs(g['selisih_rp']))} "
                            f"({format_persen(g['selisih_persen'])}) menjadi {format_rupiah(g['pagu_papbd_rp'])}."]
                subs = pergeseran[(pergeseran["program"] == program)
                                  & (pergeseran["level"].astype(str) == "sub_kegiatan")
                                  & (pergeseran["selisih_rp"].fillna(0) != 0)]
                if len(subs):
                    out.append("Perubahan terbesar: " + _daftar(
                        [f"{_nama(r['nama'])} {'+' if r['selisih_rp'] > 0 else '-'}{format_rupiah(abs(r['selisih_rp']))}"
                         for _, r in subs.reindex(subs["selisih_rp"].abs().sort_values(ascending=False).index)
                         .head(3).iterrows()]) + ".")
    if temuan is not None:
        lines = set(rows["baris_sumber"].dropna().astype(int))
        if pergeseran is not None:
            mine_rv = pergeseran.loc[pergeseran["program"] == program, "baris_review"]
            lines |= set(mine_rv.dropna().astype(int))
        mine = temuan[temuan["baris_sumber"].isin(lines) & (temuan["tingkat"] != "info")]
        if len(mine):
            out += ["", "Yang perlu diperiksa reviewer:"] + [
                f"- ({markdown_teks(r['tingkat'])}) baris {r['baris_sumber']}: {markdown_teks(r['pesan'])}"
                for _, r in mine.iterrows()]
        else:
            out += ["", "Tidak ada temuan peringatan atau kritis pada baris-baris program ini."]
    return "\n".join(out)


def narasi_temuan(row: pd.Series) -> str:
    """One finding as a Markdown bullet with where to look.

    Examples
    --------
    >>> print(narasi_temuan(pd.Series({"tingkat": "kritis", "tabel": "Tabel 2.2", "baris_sumber": 312,
    ...     "pesan": "Realisasi berbeda."})))
    - **kritis** — Tabel 2.2, baris 312: Realisasi berbeda.
    """
    return (f"- **{markdown_teks(row['tingkat'])}** \u2014 {markdown_teks(row['tabel'])}, "
            f"baris {row['baris_sumber']}: {markdown_teks(row['pesan'])}")


def kalimat_pergeseran_dinas(pergeseran: pd.DataFrame) -> str:
    """The office-level reallocation in one sentence (the ``dinas`` row).

    Examples
    --------
    >>> p = pd.DataFrame({"level": ["dinas"], "pagu_apbd_rp": [100.0], "pagu_papbd_rp": [120.0],
    ...                   "selisih_rp": [20.0], "selisih_persen": [20.0], "varian_komposisi_persen": [5.0]})
    >>> print(kalimat_pergeseran_dinas(p))
    Pagu seluruh program **Rp 100** (APBD) menjadi **Rp 120** (P-APBD), selisih Rp 20 (20,00%). Varian komposisi antarprogram (gaya PEFA PI-2) **5,00%**: bagian anggaran yang berpindah antarprogram di luar perubahan merata.
    """
    d = pergeseran[pergeseran["level"].astype(str) == "dinas"].iloc[0]
    return (f"Pagu seluruh program **{format_rupiah(d['pagu_apbd_rp'])}** (APBD) menjadi "
            f"**{format_rupiah(d['pagu_papbd_rp'])}** (P-APBD), selisih {format_rupiah(d['selisih_rp'])} "
            f"({format_persen(d['selisih_persen'])}). Varian komposisi antarprogram (gaya PEFA PI-2) "
            f"**{format_persen(d['varian_komposisi_persen'])}**: bagian anggaran yang berpindah "
            "antarprogram di luar perubahan merata.")


def narasi_antar_instansi(ringkas: pd.DataFrame) -> str:
    """Offices compared (``bandingan.per_dokumen``): the best and the weakest against their
    quarter's expectation, what the averages are, and the findings that are problems.

    Examples
    --------
    >>> df = pd.DataFrame({"instansi": ["Dinas A", "Dinas B"], "periode": ["2024 TW II", "2024 TW II"],
    ...     "serapan_rp": [60.0, 20.0], "harapan_tw": [50.0, 50.0], "rata_capaian_k": [70.0, 10.0],
    ...     "capaian_tertimbang_k": [80.0, 5.0], "predikat_rp": ["Sangat Tinggi", "Sangat Rendah"],
    ...     "temuan_masalah": [3, 7], "temuan_kritis": [1, 2], "peringkat": [1, 2], "dokumen": ["a", "b"]})
    >>> print(narasi_antar_instansi(df))  # doctest: +NORMALIZE_WHITESPACE
    Dari 2 dokumen, serapan tertinggi terhadap harapan triwulannya ada pada *Dinas A* (2024 TW II: 60,00% dari harapan 50,00%, predikat Sangat Tinggi) dan terendah pada *Dinas B* (2024 TW II: 20,00% dari harapan 50,00%, predikat Sangat Rendah). Serapan dihitung sebagai jumlah realisasi dibagi jumlah pagu program; capaian adalah rata-rata capaian sub kegiatan (di sampingnya rata-rata tertimbang pagu). Temuan yang perlu ditindaklanjuti (kritis dan peringatan): 10, 3 di antaranya kritis; terbanyak pada *Dinas B* (7).
    """
    if not len(ringkas):
        return "Tidak ada dokumen yang terbaca."
    df = ringkas.sort_values("peringkat", kind="stable")
    best, worst = df.iloc[0], df.iloc[-1]

    def sebut(r):
        return (f"{_nama(r['instansi'] if pd.notna(r['instansi']) else r['dokumen'])} ({r['periode']}: "
                f"{format_persen(r['serapan_rp'])} dari harapan {format_persen(r['harapan_tw'])}, "
                f"predikat {r['predikat_rp'] if pd.notna(r['predikat_rp']) else 'belum dapat dinilai'})")
    text = f"Dari {len(df)} dokumen, serapan tertinggi terhadap harapan triwulannya ada pada {sebut(best)}"
    text += f" dan terendah pada {sebut(worst)}." if len(df) > 1 else "."
    text += (" Serapan dihitung sebagai jumlah realisasi dibagi jumlah pagu program; capaian adalah rata-rata "
             "capaian sub kegiatan (di sampingnya rata-rata tertimbang pagu).")
    total, kritis = int(df["temuan_masalah"].sum()), int(df["temuan_kritis"].sum())
    most = df.sort_values("temuan_masalah", ascending=False, kind="stable").iloc[0]
    text += (f" Temuan yang perlu ditindaklanjuti (kritis dan peringatan): {total}, {kritis} di antaranya kritis"
             + (f"; terbanyak pada {_nama(most['instansi'])} ({int(most['temuan_masalah'])})." if total else "."))
    return text


def narasi_tren(tren: pd.DataFrame) -> str:
    """The same office over time (``bandingan.tren``): one sentence per office with more
    than one period, naming the change in serapan between its first and last period.

    Examples
    --------
    >>> df = pd.DataFrame({"instansi": ["Dinas A", "Dinas A", "Dinas B"],
    ...     "periode": ["2024 TW I", "2024 TW II", "2024 TW II"], "serapan_rp": [20.0, 45.5, 30.0],
    ...     "rata_capaian_k": [10.0, 40.0, 35.0]})
    >>> print(narasi_tren(df))
    - *Dinas A*: serapan 20,00% (2024 TW I) menjadi 45,50% (2024 TW II), bertambah 25,50 poin; rata-rata capaian 10,00% menjadi 40,00%.
    - *Dinas B*: hanya satu periode (2024 TW II), belum ada tren.
    """
    lines = []
    for office, part in tren.groupby("instansi", sort=True):
        if len(part) < 2:
            lines.append(f"- {_nama(office)}: hanya satu periode ({part['periode'].iloc[0]}), belum ada tren.")
            continue
        a, b = part.iloc[0], part.iloc[-1]
        delta = float(b["serapan_rp"] - a["serapan_rp"]) if pd.notna(b["serapan_rp"]) and pd.notna(a["serapan_rp"]) else None
        arah = ("tetap" if delta == 0 else f"{'bertambah' if delta > 0 else 'berkurang'} "
                f"{format_angka(abs(delta), 2)} poin") if delta is not None else "tidak dapat dibandingkan"
        lines.append(f"- {_nama(office)}: serapan {format_persen(a['serapan_rp'])} ({a['periode']}) menjadi "
                     f"{format_persen(b['serapan_rp'])} ({b['periode']}), {arah}; rata-rata capaian "
                     f"{format_persen(a['rata_capaian_k'])} menjadi {format_persen(b['rata_capaian_k'])}.")
    return "\n".join(lines) if lines else "Tidak ada dokumen yang terbaca."


def ringkasan_sipd_pemda(sipd) -> str:
    """The pemda's SIPD data in one paragraph and a list: what was read, pagu n and n+1,
    the largest offices, sub kegiatan without pagu, what the checks found.

    ``sipd`` is ``load_sipd``'s result. Names from the data are escaped.
    """
    p = sipd.pemda
    pd_rows = p[p["agregasi"].astype(str) == "perangkat_daerah"].sort_values("pagu_rp", ascending=False,
                                                                              kind="stable")
    units = int((p["agregasi"].astype(str) == "sub_unit").sum())
    pagu, n1 = float(pd_rows["pagu_rp"].sum()), float(pd_rows["pagu_n_depan_rp"].sum())
    subs = int(pd_rows["jumlah_sub_kegiatan"].sum())
    text = (f"Data SIPD-RI dari {len(sipd.berkas)} berkas ekspor memuat {len(pd_rows)} perangkat daerah "
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
        lines += ["", f"{nol} sub kegiatan tercatat dengan pagu Rp 0."]
    t = sipd.temuan
    n = t["tingkat"].value_counts()
    lines += ["", f"Pemeriksaan data SIPD menghasilkan {len(t)} temuan: {int(n.get('kritis', 0))} kritis, "
                  f"{int(n.get('peringatan', 0))} peringatan, {int(n.get('info', 0))} info."]
    per_jenis = t["jenis"].value_counts(sort=False)
    lines += [f"- {markdown_teks(str(j).replace('_', ' '))}: {int(c)}" for j, c in per_jenis.items() if c]
    if sipd.dilewati:
        lines += ["", "Berkas di folder yang bukan ekspor SIPD dan dilewati: "
                  + _daftar([f"{_nama(name)} ({markdown_teks(reason)})" for name, reason in sipd.dilewati]) + "."]
    return "\n".join(lines)


def daftar_temuan_sipd(temuan: pd.DataFrame, berkas: pd.DataFrame, tingkat=("kritis",)) -> str:
    """The SIPD findings of the given ``tingkat`` as Markdown bullets naming file and record
    (``rekaman`` in a JSON export, ``baris`` in a CSV or sheet).

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis"], "tabel": ["SIPD a.json"], "baris_sumber": [8],
    ...                   "pesan": ["Kode ganda."]})
    >>> print(daftar_temuan_sipd(t, pd.DataFrame({"berkas": ["a.json"], "format": ["json"]})))
    - **kritis** — SIPD a.json, rekaman 8: Kode ganda.
    """
    json_tables = {f"SIPD {b}" for b in berkas.loc[berkas["format"] == "json", "berkas"]}
    rows = temuan[temuan["tingkat"].astype(str).isin(tingkat)]
    if not len(rows):
        return "Tidak ada temuan " + " atau ".join(tingkat) + "."
    return "\n".join(
        f"- **{markdown_teks(r['tingkat'])}** \u2014 {markdown_teks(r['tabel'])}, "
        f"{'rekaman' if r['tabel'] in json_tables else 'baris'} "
        f"{'-' if pd.isna(r['baris_sumber']) else r['baris_sumber']}: {markdown_teks(r['pesan'])}"
        for _, r in rows.iterrows())


def ringkasan_rekonsiliasi(doc) -> str:
    """The document against SIPD in a few sentences: how rows matched, what is on one side
    only, how many pagu, target, unit and name differences (``doc`` loaded with ``sipd=``).

    Examples
    --------
    >>> from renja_analysis import load_document
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> print(ringkasan_rekonsiliasi(load_document(sipd=DEFAULT_SIPD / "dinkop-ukm-magetan.json")))
    ... # doctest: +ELLIPSIS
    Dokumen dicocokkan dengan data SIPD *DINAS KOPERASI, USAHA KECIL DAN MENENGAH* (dinkop-ukm-magetan.json): ...
    """
    r = doc.rekonsiliasi
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
    for label, key, col in (("Hanya di dokumen", "hanya_dokumen", "nama_dokumen"),
                            ("Hanya di SIPD", "hanya_sipd", "nama_sipd")):
        rows = r[cara == key]
        if len(rows):
            lines += ["", f"{label}: " + _daftar([_nama(v) for v in rows[col]]) + "."]
    t = doc.temuan[doc.temuan["jenis"].astype(str) == "dokumen_vs_sipd"]
    k = t["kolom"].astype(str).value_counts()
    lines += ["", f"Perbedaan: pagu {int(k.get('pagu_rp', 0))} baris, target {int(k.get('target', 0))}, satuan "
                  f"{int(k.get('satuan', 0))}, nama {int(k.get('nama', 0))} (temuan dokumen\\_vs\\_sipd di bawah)."]
    return "\n".join(lines)
