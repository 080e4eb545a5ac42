"""The SIPD realisation page (``80-realisasi-sipd``): its views and sentences.

Every function takes the tables of ``load.SipdRealisasi`` (``baris``, ``periode``,
``serapan``, ``temuan``, ``berkas``), never reads a file: the notebook only calls them.
Names from the data are escaped for Markdown (``escape.markdown_teks``).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import labels
from ..keys import BULAN as _BULAN, tanggal
from ..numbers import format_angka, format_persen, format_rupiah
from .escape import markdown_teks

#: Months as a reader names them (short), for charts and tables.
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def serapan_bulanan(periode: pd.DataFrame, serapan: pd.DataFrame | None) -> pd.DataFrame:
    """Cumulative realisation per perangkat daerah and month, against its pagu and the
    expectation: one row per office and month.

    ``pagu_rp`` is the office's in the plan (``serapan``'s ``perangkat_daerah`` rows; NA without a
    plan); ``serapan_persen`` = cumulative realisation / pagu x 100; ``harapan_persen`` the
    suite's linear expectation at the month's end (``bulan`` x 100 / 12: 25 / 50 / 75 / 100 % at the
    quarters' ends, as ``metrics.harapan_triwulan``).

    Examples
    --------
    >>> periode = pd.DataFrame({"agregasi": "perangkat_daerah", "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "periode": "bulan", "nomor": [1, 2, 3], "realisasi_kumulatif_rp": [10.0, 30.0, 60.0],
    ...     "dalam_proses_rp": [0.0, 5.0, 0.0]})
    >>> serapan = pd.DataFrame({"agregasi": ["perangkat_daerah"], "kode_skpd": ["1"], "kode": ["1"],
    ...     "triwulan": [1], "pagu_rp": [240.0]})
    >>> b = serapan_bulanan(periode, serapan)
    >>> b["bulan"].tolist(), b["serapan_persen"].round(2).tolist(), b["harapan_persen"].round(2).tolist()
    ([1, 2, 3], [4.17, 12.5, 25.0], [8.33, 16.67, 25.0])
    """
    p = periode[(periode["agregasi"].astype(str) == "perangkat_daerah") & (periode["periode"].astype(str) == "bulan")]
    out = pd.DataFrame({"kode_skpd": p["kode_skpd"].astype("string").to_numpy(),
                        "nama_skpd": p["nama_skpd"].astype("string").to_numpy(),
                        "bulan": p["nomor"].astype(int).to_numpy(),
                        "realisasi_kumulatif_rp": p["realisasi_kumulatif_rp"].astype(float).to_numpy(),
                        "dalam_proses_rp": p["dalam_proses_rp"].astype(float).to_numpy()})
    if serapan is not None and len(serapan):
        s = serapan[serapan["agregasi"].astype(str) == "perangkat_daerah"]
        pagu = s.drop_duplicates("kode_skpd").set_index(s.drop_duplicates("kode_skpd")["kode_skpd"].astype(str))
        out["pagu_rp"] = out["kode_skpd"].astype(str).map(pagu["pagu_rp"].astype(float)).astype(float)
    else:
        out["pagu_rp"] = np.nan
    pagu_ok = out["pagu_rp"] > 0
    out["serapan_persen"] = (out["realisasi_kumulatif_rp"] / out["pagu_rp"] * 100).where(pagu_ok)
    out["harapan_persen"] = out["bulan"] * 100 / 12
    return out.sort_values(["kode_skpd", "bulan"], kind="stable").reset_index(drop=True)


def paling_tertinggal(serapan: pd.DataFrame | None, n: int = 10) -> pd.DataFrame:
    """The sub kegiatan furthest behind the expectation in rupiah, at the latest quarter: what
    the expectation asks (pagu x ``harapan_persen``) less the cumulative realisation
    (``kurang_rp``), largest first; only planned sub kegiatan with a pagu above 0 that are behind,
    those with nothing paid (``ada_di`` ``hanya_rencana``: realisation 0, the worst case) included;
    those of an office no realisation line is of (realisation NA: not known,
    ``sipd_realisasi_tanpa_ekspor``) left out. ``ada_di`` tells them apart.

    Examples
    --------
    >>> s = pd.DataFrame({"agregasi": "sub_kegiatan", "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "kode": ["a", "b", "c"], "nama": ["A", "B", "C"], "ada_di": ["keduanya", "keduanya", "hanya_rencana"],
    ...     "triwulan": 1, "pagu_rp": [400.0, 40.0, 200.0], "realisasi_kumulatif_rp": [20.0, 30.0, 0.0],
    ...     "dalam_proses_rp": 0.0, "serapan_persen": [5.0, 75.0, 0.0], "harapan_persen": 25.0})
    >>> paling_tertinggal(s)[["kode", "harapan_rp", "kurang_rp", "ada_di"]].values.tolist()
    [['a', 100.0, 80.0, 'keduanya'], ['c', 50.0, 50.0, 'hanya_rencana']]
    """
    cols = ["kode_skpd", "nama_skpd", "kode", "nama", "ada_di", "triwulan", "pagu_rp", "realisasi_kumulatif_rp",
            "dalam_proses_rp", "serapan_persen", "harapan_persen", "harapan_rp", "kurang_rp"]
    if serapan is None or not len(serapan):
        return pd.DataFrame(columns=cols)
    last = serapan[serapan["triwulan"] == serapan["triwulan"].max()]
    sub = last[(last["agregasi"].astype(str) == "sub_kegiatan")
               & last["ada_di"].astype(str).isin(["keduanya", "hanya_rencana"])
               & last["realisasi_kumulatif_rp"].notna() & (last["pagu_rp"] > 0).fillna(False).astype(bool)].copy()
    sub["harapan_rp"] = sub["pagu_rp"].astype(float) * sub["harapan_persen"].astype(float) / 100
    sub["kurang_rp"] = sub["harapan_rp"] - sub["realisasi_kumulatif_rp"].astype(float)
    sub = sub[sub["kurang_rp"] > 0].sort_values(["kurang_rp", "kode_skpd", "kode"], ascending=[False, True, True],
                                                kind="stable")
    return sub[cols].head(n).reset_index(drop=True)


def dalam_proses(baris: pd.DataFrame) -> pd.DataFrame:
    """LS payments in process (SPP or SPM without SP2D, ``dalam_proses``) at the end of the data,
    oldest first, with their age in days at the latest date the exports hold; ``kode_skpd`` /
    ``nama_skpd`` name the SKPD (``kode_skpd_induk``), ``nama_sub_skpd`` the sub-unit.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2], "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "kode_sub_giat": "1.02", "nama_sub_giat": "S", "nomor_dokumen": ["SPP-1", "TBP-1"],
    ...     "jenis_dokumen": ["SPP", "TBP"], "status_realisasi": ["dalam_proses", "terealisasi"],
    ...     "dalam_proses_rp": [9.0, 0.0], "tanggal_dokumen": pd.to_datetime(["2026-02-25", "2026-03-27"]),
    ...     "tanggal_sp2d": pd.NaT})
    >>> dalam_proses(b)[["nomor_dokumen", "umur_hari"]].values.tolist()
    [['SPP-1', 30]]
    """
    end = pd.concat([baris["tanggal_dokumen"], baris["tanggal_sp2d"]]).max()
    b = _skpd(baris[baris["status_realisasi"].astype(str) == "dalam_proses"])
    b = b.assign(kode_skpd=b["kode_skpd_induk"], nama_skpd=b["nama_skpd_induk"])
    out = b[["kode_skpd", "nama_skpd", "nama_sub_skpd", "kode_sub_giat", "nama_sub_giat", "nomor_dokumen",
             "jenis_dokumen", "tanggal_dokumen", "dalam_proses_rp", "berkas", "baris"]].copy()
    out["umur_hari"] = (end - out["tanggal_dokumen"]).dt.days.astype("Int64")
    return out.sort_values(["tanggal_dokumen", "berkas", "baris"], kind="stable").reset_index(drop=True)


def catatan_contoh(folder) -> str:
    """A warning that opens the page when its data is the project's test data, else nothing.

    >>> from renja_analysis.config import ROOT
    >>> catatan_contoh(ROOT / "tests" / "data" / "sipd-realisasi")[:22], catatan_contoh("/data/pemda")
    ('**Perhatian: data real', '')
    """
    from .pemda import sipd_contoh

    if not sipd_contoh(folder):
        return ""
    return ("**Perhatian: data realisasi di halaman ini adalah data contoh untuk pengujian, bukan ekspor SIPD-RI "
            "resmi pemda.** Berkasnya dibuat untuk menguji aturan penghitungan dan pemeriksaan, dengan kasus yang "
            "sengaja ditanam (baris ganda, pembayaran dalam proses, sub kegiatan di luar rencana).\n\n")


#: Lines left out of the realisation for a reason the findings name (``status_realisasi``), in words.
_SEBAB = {"sp2d_tidak_lengkap": "SP2D tidak lengkap", "jenis_tidak_dikenal": "jenis transaksi tidak dikenal",
          "di_luar_tahun": "di luar tahun anggaran"}


def ringkasan_realisasi(data) -> str:
    """The page's Ringkasan: what was read, what is counted, serapan against the plan and the
    expectation, the findings, in a few sentences (Markdown).

    ``data`` is ``load.load_sipd_realisasi``'s result (``baris``, ``berkas``, ``periode``,
    ``serapan``, ``temuan``).

    Examples
    --------
    >>> from renja_analysis.load import load_sipd_realisasi
    >>> from renja_analysis.config import ROOT
    >>> import textwrap
    >>> text = ringkasan_realisasi(load_sipd_realisasi(ROOT / "tests" / "data" / "sipd-realisasi"))
    >>> print(textwrap.fill(text.replace("\xa0", " "), 110))
    Data realisasi SIPD-RI: 20 baris dokumen pembayaran dari 6 ekspor, 2 perangkat daerah (tanpa ekspor Renja: sub
    unit yang mengirim ekspor realisasi sendiri dihitung sebagai perangkat daerah), sampai 27 Maret 2026.
    Terealisasi Rp1.752.100.000 (14 baris); dalam proses Rp54.000.000 (2 baris, tidak dihitung); 3 baris yang
    juga ada di ekspor lain dihitung sekali; 1 baris lain tidak dihitung sebagai belanja. Tanpa ekspor Renja pemda
    dan tahun yang sama, serapan terhadap pagu tidak dihitung. Temuan data realisasi: 2 (0 kritis).
    """
    b, t = data.baris, data.temuan
    st = b["status_realisasi"].astype(str)
    files = int((data.berkas["status"].astype(str) == "dibaca").sum())
    end = pd.concat([b["tanggal_dokumen"], b["tanggal_sp2d"]]).max()
    n_real, n_proc, n_dup = int((st == "terealisasi").sum()), int((st == "dalam_proses").sum()), int((st == "ganda").sum())
    n_kas = int((st == "bukan_belanja").sum())
    left = st.isin(list(_SEBAB)).to_numpy(bool)
    text = (f"Data realisasi SIPD-RI: {format_angka(len(b))} baris dokumen pembayaran dari {files} ekspor, "
            f"{kalimat_skpd(b)}, sampai {tanggal(end)}. Terealisasi {format_rupiah(b['realisasi_rp'].sum())} "
            f"({n_real} baris); dalam proses {format_rupiah(b['dalam_proses_rp'].sum())} ({n_proc} baris, tidak "
            f"dihitung)")
    text += f"; {n_dup} baris yang juga ada di ekspor lain dihitung sekali" if n_dup else ""
    text += f"; {n_kas} baris lain tidak dihitung sebagai belanja" if n_kas else ""
    if left.any():
        why = [v for k, v in _SEBAB.items() if (st == k).any()]
        text += (f"; {int(left.sum())} baris senilai {format_rupiah(b.loc[left, 'nilai_bersih_rp'].sum())} tidak "
                 f"dihitung sebagai realisasi ({', '.join(why)}: lihat temuan)")
    from ..findings.realisation import bulan_celah, ekspor_kosong

    # the months no export covers (an office's empty export of a month covers it): for two sentences
    celah = bulan_celah(b, ekspor_kosong(getattr(data, "berkas", None), b))
    text += "." + _kalimat_celah(b, celah)
    s = getattr(data, "serapan", None)
    if s is None or not len(s):
        text += " Tanpa ekspor Renja pemda dan tahun yang sama, serapan terhadap pagu tidak dihitung."
    else:
        text += _kalimat_serapan(b, s, celah)
    kes = getattr(data, "kesesuaian", None)
    if kes is not None and kes.aspek("beda"):
        text += (f" Ekspor Renja dan realisasi berbeda {' dan '.join(kes.aspek('beda'))}nya: dibandingkan hanya "
                 "karena diminta (--paksa).")
    if kes is not None and kes.aspek("tidak_diketahui"):
        text += (f" Kesamaan {' dan '.join(kes.aspek('tidak_diketahui'))} ekspor Renja dan realisasi tidak dapat "
                 "diperiksa (salah satu sisi tidak menyebutnya) dan tidak diandaikan.")
    kritis = int((t["tingkat"].astype(str) == "kritis").sum())
    text += f" Temuan data realisasi: {len(t)} ({kritis} kritis)."
    return text


def _kalimat_serapan(baris: pd.DataFrame, serapan: pd.DataFrame, celah: pd.DataFrame | None = None) -> str:
    """The Ringkasan's sentences on serapan against the plan (``load.SipdRealisasi.serapan``), at the
    latest quarter: the pemda's serapan over the offices with both a pagu above 0 in the Renja export
    and realisation lines (realisation of an office without pagu is named and left out of it, as is
    an office of the plan without any realisation line, whose realisation is not known); the lowest
    office among them (with the months its exports do not cover, ``bulan_celah``, if any); and the
    counted lines of an APBD stage other than ``murni`` (their pagu is not the Renja export's).

    Examples
    --------
    >>> s = pd.DataFrame({"agregasi": "perangkat_daerah", "kode_skpd": ["1", "2", "3"],
    ...     "nama_skpd": ["DINAS A", "DINAS B", "DINAS C"], "triwulan": 1, "bulan_akhir": 3, "harapan_persen": 25.0,
    ...     "pagu_rp": [1000.0, None, 400.0], "realisasi_kumulatif_rp": [100.0, 80.0, None],
    ...     "serapan_persen": [10.0, None, None]})
    >>> b = pd.DataFrame({"berkas": "a.json", "kode_skpd": ["1", "2"], "nama_skpd": ["DINAS A", "DINAS B"],
    ...     "jenis_dokumen": "TBP", "tanggal_dokumen": pd.to_datetime(["2026-03-02", "2026-03-03"]),
    ...     "tanggal_sp2d": pd.NaT, "status_realisasi": "terealisasi", "realisasi_rp": [100.0, 80.0]})
    >>> print(_kalimat_serapan(b, s).replace("\xa0", " "))  # doctest: +NORMALIZE_WHITESPACE
     Serapan sampai triwulan 1: 10,00% dari pagu Rp1.000 dalam ekspor Renja, harapan 25,00%. Realisasi Rp80
     dari 1 perangkat daerah tanpa pagu dalam ekspor Renja (DINAS B) tidak masuk serapan itu. 1 perangkat
     daerah dalam ekspor Renja tanpa satu pun baris realisasi (DINAS C, pagu Rp400): ekspor realisasinya
     mungkin belum disertakan; realisasinya tidak diketahui, tidak masuk serapan itu maupun peringkat (lihat
     temuan).
    """
    from ..findings.realisation import _nama_bulan, _sebut_bulan, bulan_celah, tahap_lain

    last = serapan[(serapan["triwulan"] == serapan["triwulan"].max())
                   & (serapan["agregasi"].astype(str) == "perangkat_daerah")]
    pagu_s = last["pagu_rp"].astype(float)
    real_s = last["realisasi_kumulatif_rp"].astype(float)
    known = real_s.notna().to_numpy(bool)                 # offices with realisation lines
    planned = (pagu_s > 0).to_numpy(bool)
    used = known & planned
    pagu, real = float(pagu_s[used].sum()), float(real_s[used].sum())
    q, bulan, harapan = int(last["triwulan"].iloc[0]), int(last["bulan_akhir"].iloc[0]), float(last["harapan_persen"].iloc[0])
    akhir = f"triwulan {q}" + ("" if bulan == q * 3 else f" (sampai {_BULAN[bulan - 1]})")
    text = (f" Serapan sampai {akhir}: {format_persen(real / pagu * 100) if pagu else '-'} dari pagu "
            f"{format_rupiah(pagu)} dalam ekspor Renja, harapan {format_persen(harapan)}")
    low = last[used & last["serapan_persen"].notna().to_numpy(bool)].sort_values(["serapan_persen", "kode_skpd"],
                                                                               kind="stable")
    if len(low) > 1:
        r = low.iloc[0]
        text += f"; terendah {markdown_teks(r['nama_skpd'])} ({format_persen(r['serapan_persen'])}"
        gaps = bulan_celah(baris) if celah is None else celah
        if len(gaps):
            units = _skpd(baris).drop_duplicates("kode_skpd")
            skpd_unit = units.set_index(units["kode_skpd"].astype(str))["kode_skpd_induk"].astype(str)
            mine = gaps[(gaps["kode_skpd"].astype(str).map(skpd_unit) == str(r["kode_skpd"])).to_numpy(bool)]
            # the head and tail of an office's own exports are not known to be missing (findings.periode_celah)
            sendiri = mine["tak_diketahui"].to_numpy(bool)
            months = mine.loc[~sendiri, "bulan"].drop_duplicates().sort_values()
            if len(months):
                text += f", tetapi ekspor realisasinya tidak mencakup {_sebut_bulan(months)}: serapannya mungkin kurang"
            elif (sendiri & mine["ekor"].to_numpy(bool)).any():
                tail = (sendiri & mine["ekor"].to_numpy(bool))
                first, end = int(mine.loc[tail, "bulan"].min()), int(mine.loc[tail, "akhir_pemda"].max())
                text += (f"; pembayaran terakhir dalam ekspornya {_nama_bulan(first - 1, first - 1)}, ekspor lain "
                         f"pemdanya sampai {_nama_bulan(end, end)}: bila ekspor bulan sesudahnya belum disertakan, "
                         "serapannya kurang")
            elif sendiri.any():
                mula = int(mine.loc[sendiri, "bulan"].max()) + 1
                text += (f"; pembayaran pertama dalam ekspornya {_nama_bulan(mula, mula)}: bila ekspor bulan "
                         "sebelumnya belum disertakan, serapannya kurang")
        text += ")"
    text += "."
    outside = known & ~planned

    def nama(mask) -> str:          # the first three names, then how many more
        return labels.daftar(map(markdown_teks, last.loc[mask, "nama_skpd"]), batas=3)
    if outside.any():
        text += (f" Realisasi {format_rupiah(float(real_s[outside].sum()))} dari {int(outside.sum())} perangkat "
                 f"daerah tanpa pagu dalam ekspor Renja ({nama(outside)}) tidak masuk serapan itu.")
    if (~known).any():
        text += (f" {int((~known).sum())} perangkat daerah dalam ekspor Renja tanpa satu pun baris realisasi "
                 f"({nama(~known)}, pagu {format_rupiah(float(pagu_s[~known].sum()))}): "
                 "ekspor realisasinya mungkin belum disertakan; realisasinya tidak diketahui, tidak masuk serapan "
                 "itu maupun peringkat (lihat temuan).")
    lain = tahap_lain(baris).to_numpy(bool)
    if lain.any():
        stages = ", ".join(dict.fromkeys(baris.loc[lain, "status_tahap_apbd"].astype(str).str.strip()))
        text += (f" {int(lain.sum())} baris realisasi senilai {format_rupiah(float(baris.loc[lain, 'realisasi_rp'].sum()))} "
                 f"bertahap APBD selain murni ({stages}): serapan di sini dihitung terhadap pagu ekspor Renja, bukan "
                 "pagu tahap itu, yang tidak ada dalam data ini.")
    return text


def _kalimat_celah(baris: pd.DataFrame, celah: pd.DataFrame | None = None) -> str:
    """A sentence naming the offices whose exports leave months uncovered
    (``findings.realisation.bulan_celah``), or nothing.

    >>> b = pd.DataFrame({"berkas": ["jan.json", "mar.json"], "kode_skpd": "1", "nama_skpd": "DINAS A",
    ...     "jenis_dokumen": "TBP", "tanggal_dokumen": pd.to_datetime(["2026-01-30", "2026-03-04"]),
    ...     "tanggal_sp2d": pd.NaT})
    >>> _kalimat_celah(b)
    ' Ekspor realisasi DINAS A tidak mencakup Februari 2026: realisasinya di sini Rp0, mungkin karena ekspor bulan itu tidak disertakan (lihat temuan).'
    """
    from ..findings.realisation import _nama_bulan, _sebut_bulan, bulan_celah

    gaps = bulan_celah(baris) if celah is None else celah
    if not len(gaps):
        return ""
    names = baris.assign(_k=baris["kode_skpd"].astype(str)).drop_duplicates("_k").set_index("_k")["nama_skpd"]
    # the head and tail of an office's own exports are not known to be missing (findings.periode_celah): said apart
    sendiri = gaps["tak_diketahui"].to_numpy(bool)
    head = sendiri & gaps["kepala"].to_numpy(bool)
    sendiri = sendiri & ~head
    parts, tails, heads = [], [], []
    for kode, g in gaps[~sendiri & ~head].groupby(gaps.loc[~sendiri & ~head, "kode_skpd"].astype(str), sort=False):
        parts.append(f"{markdown_teks(names[kode])} tidak mencakup {_sebut_bulan(g['bulan'])}")
    for kode, g in gaps[head].groupby(gaps.loc[head, "kode_skpd"].astype(str), sort=False):
        last = int(g["bulan"].max())
        heads.append(f"{markdown_teks(names[kode])} {_nama_bulan(last + 1, last + 1)}")
    for kode, g in gaps[sendiri].groupby(gaps.loc[sendiri, "kode_skpd"].astype(str), sort=False):
        first, end = int(g["bulan"].min()), int(g["akhir_pemda"].max())
        tails.append(f"{markdown_teks(names[kode])} {_nama_bulan(first - 1, first - 1)} (ekspor lain pemdanya "
                     f"sampai {_nama_bulan(end, end)})")
    text = ""
    if parts:
        text += (f" Ekspor realisasi {'; '.join(parts)}: realisasinya di sini Rp0, mungkin karena ekspor bulan itu "
                 "tidak disertakan (lihat temuan).")
    if tails:
        text += (f" Pembayaran terakhir dalam ekspor realisasi {'; '.join(tails)}: bila perangkat daerah itu tidak "
                 "membayar apa pun sesudahnya, realisasinya lengkap; bila ekspor bulan sesudahnya belum disertakan, "
                 "realisasinya di sini kurang (lihat temuan).")
    if heads:
        text += (f" Pembayaran pertama dalam ekspor realisasi {'; '.join(heads)}, sedangkan realisasi dihitung sejak "
                 "Januari: bila perangkat daerah itu tidak membayar apa pun sebelumnya, realisasinya lengkap; bila "
                 "ekspor bulan sebelumnya belum disertakan, realisasinya di sini kurang (lihat temuan).")
    return text


def _skpd(baris: pd.DataFrame) -> pd.DataFrame:
    """Lines with their SKPD columns (``tables.realisation.dengan_skpd``'s), or each office its
    own SKPD and sub-unit for lines without them."""
    from ..tables.sipd import skpd_tertulis

    b = baris if "kode_sub_skpd" in baris else baris.assign(kode_sub_skpd=baris["kode_skpd"],
                                                            nama_sub_skpd=baris["nama_skpd"])
    return skpd_tertulis(b)


def kalimat_skpd(baris: pd.DataFrame) -> str:
    """How many perangkat daerah (SKPD) and sub-units the lines are of, and what grouped them
    (``dasar_skpd``): the plan, or, without one, the realisation exports themselves.

    Examples
    --------
    >>> b = pd.DataFrame({"kode_skpd_induk": ["1", "1"], "kode_sub_skpd": ["1", "1.1"],
    ...                   "dasar_skpd": ["rencana_berkas", "rencana_berkas"]})
    >>> kalimat_skpd(b)
    '1 perangkat daerah (2 sub unit, dikelompokkan menurut ekspor Renja)'
    >>> kalimat_skpd(b.assign(kode_skpd_induk=["1", "1.1"], dasar_skpd="berkas"))  # doctest: +NORMALIZE_WHITESPACE
    '2 perangkat daerah (tanpa ekspor Renja: sub unit yang mengirim ekspor realisasi sendiri dihitung sebagai
    perangkat daerah)'
    """
    b = _skpd(baris)
    n_skpd, n_unit = b["kode_skpd_induk"].nunique(), b["kode_sub_skpd"].nunique()
    planned = b["dasar_skpd"].astype("string").str.startswith("rencana_").fillna(False).astype(bool)
    units = f"{n_unit} sub unit, " if n_unit > n_skpd else ""
    if planned.all() and len(b):
        return f"{n_skpd} perangkat daerah ({units}dikelompokkan menurut ekspor Renja)"
    if planned.any():
        return (f"{n_skpd} perangkat daerah ({units}dikelompokkan menurut ekspor Renja; sub unit yang tidak ada "
                "di ekspor Renja menurut ekspor realisasinya sendiri)")
    return (f"{n_skpd} perangkat daerah ({units}tanpa ekspor Renja: sub unit yang mengirim ekspor realisasi sendiri "
            "dihitung sebagai perangkat daerah)")


def per_sub_unit(periode: pd.DataFrame, serapan: pd.DataFrame | None) -> pd.DataFrame:
    """Each sub-unit's cumulative realisation at the latest quarter, under its SKPD, with its pagu
    and serapan where a plan is given (``serapan``'s ``sub_unit`` rows) and how its SKPD was decided.

    Examples
    --------
    >>> periode = pd.DataFrame({"agregasi": "sub_unit", "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "dasar_skpd": "berkas", "kode": ["1", "1.1"], "nama": ["DINAS", "PUSKESMAS"], "periode": "triwulan",
    ...     "nomor": 1, "realisasi_kumulatif_rp": [10.0, 5.0], "dalam_proses_rp": 0.0})
    >>> per_sub_unit(periode, None)[["nama", "realisasi_kumulatif_rp"]].values.tolist()
    [['DINAS', 10.0], ['PUSKESMAS', 5.0]]
    """
    p = periode[(periode["agregasi"].astype(str) == "sub_unit") & (periode["periode"].astype(str) == "triwulan")]
    p = p[p["nomor"] == p["nomor"].max()]
    out = p[["kode_skpd", "nama_skpd", "dasar_skpd", "kode", "nama", "realisasi_kumulatif_rp",
             "dalam_proses_rp"]].reset_index(drop=True)
    out["pagu_rp"], out["serapan_persen"] = np.nan, np.nan
    if serapan is not None and len(serapan):
        s = serapan[(serapan["agregasi"].astype(str) == "sub_unit") & (serapan["triwulan"] == serapan["triwulan"].max())]
        s = s.set_index(s["kode_skpd"].astype(str) + "|" + s["kode"].astype(str))
        key = out["kode_skpd"].astype(str) + "|" + out["kode"].astype(str)
        out["pagu_rp"] = key.map(s["pagu_rp"].astype(float)).astype(float)
        out["serapan_persen"] = key.map(s["serapan_persen"].astype(float)).astype(float)
    return out


_DASAR_TEKS = {"rencana": "ekspor Renja", "daftar_skpd": "daftar SKPD SIPD", "berkas": "berkas ekspor",
               "rekaman": "kode SKPD rekaman"}


def tabel_sub_unit(rows: pd.DataFrame) -> pd.DataFrame:
    """``per_sub_unit`` for readers."""
    dasar = rows["dasar_skpd"].astype("string").fillna("").str.replace(r"^rencana_\w+", "rencana", regex=True)
    return pd.DataFrame({
        "Perangkat daerah": rows["nama_skpd"].astype("string"), "Sub unit": rows["nama"].astype("string"),
        "Realisasi kumulatif": rows["realisasi_kumulatif_rp"].map(format_rupiah),
        "Dalam proses": rows["dalam_proses_rp"].map(format_rupiah),
        "Pagu": rows["pagu_rp"].map(lambda v: "-" if pd.isna(v) else format_rupiah(v)),
        "Serapan": rows["serapan_persen"].map(lambda v: "-" if pd.isna(v) else format_persen(v)),
        "Perangkat daerah menurut": dasar.map(lambda v: _DASAR_TEKS.get(v, v or "-"))})


def tabel_bulanan(bulanan: pd.DataFrame) -> pd.DataFrame:
    """``serapan_bulanan`` for readers: one row per office and month, Indonesian headers."""
    out = pd.DataFrame({
        "Perangkat daerah": bulanan["nama_skpd"].astype("string"),
        "Bulan": [BULAN_SINGKAT[m - 1] for m in bulanan["bulan"]],
        "Realisasi kumulatif": bulanan["realisasi_kumulatif_rp"].map(format_rupiah),
        "Dalam proses": bulanan["dalam_proses_rp"].map(format_rupiah),
        "Pagu": bulanan["pagu_rp"].map(lambda v: "-" if pd.isna(v) else format_rupiah(v)),
        "Serapan": bulanan["serapan_persen"].map(lambda v: "-" if pd.isna(v) else format_persen(v)),
        "Harapan": bulanan["harapan_persen"].map(format_persen)})
    return out


def tabel_paling_tertinggal(rows: pd.DataFrame) -> pd.DataFrame:
    """``paling_tertinggal`` for readers (Indonesian headers, rupiah and percent written out; a sub
    kegiatan with nothing paid says so beside its Rp0).

    >>> rows = pd.DataFrame({"nama_skpd": "DINAS", "kode": ["c"], "nama": ["C"], "ada_di": ["hanya_rencana"],
    ...     "pagu_rp": [200.0], "realisasi_kumulatif_rp": [0.0], "serapan_persen": [0.0], "harapan_persen": [25.0],
    ...     "kurang_rp": [50.0], "dalam_proses_rp": [0.0]})
    >>> tabel_paling_tertinggal(rows)["Realisasi kumulatif"].tolist()
    ['Rp0 (tidak ada pembayaran dalam ekspor)']
    """
    return pd.DataFrame({
        "Perangkat daerah": rows["nama_skpd"].astype("string"), "Kode": rows["kode"].astype("string"),
        "Sub kegiatan": rows["nama"].astype("string"), "Pagu": rows["pagu_rp"].map(format_rupiah),
        "Realisasi kumulatif": rows["realisasi_kumulatif_rp"].map(format_rupiah)
        + np.where(rows["ada_di"].astype(str) == "hanya_rencana", " (tidak ada pembayaran dalam ekspor)", ""),
        "Serapan": rows["serapan_persen"].map(format_persen), "Harapan": rows["harapan_persen"].map(format_persen),
        "Kurang dari harapan": rows["kurang_rp"].map(format_rupiah),
        "Dalam proses": rows["dalam_proses_rp"].map(format_rupiah)})


def tabel_dalam_proses(rows: pd.DataFrame) -> pd.DataFrame:
    """``dalam_proses`` for readers."""
    return pd.DataFrame({
        "Perangkat daerah": rows["nama_skpd"].astype("string"), "Sub unit": rows["nama_sub_skpd"].astype("string"),
        "Sub kegiatan": rows["kode_sub_giat"].astype("string"), "Dokumen": rows["nomor_dokumen"].astype("string"), "Jenis": rows["jenis_dokumen"].astype("string"),
        "Tanggal": rows["tanggal_dokumen"].map(tanggal), "Nilai": rows["dalam_proses_rp"].map(format_rupiah),
        "Umur (hari)": rows["umur_hari"].map(lambda v: format_angka(v)),
        "Berkas, baris": rows["berkas"].astype("string") + ", " + rows["baris"].astype("string")})


__all__ = ["BULAN_SINGKAT", "catatan_contoh", "dalam_proses", "kalimat_skpd", "paling_tertinggal", "per_sub_unit",
           "ringkasan_realisasi", "serapan_bulanan", "tabel_bulanan", "tabel_dalam_proses", "tabel_paling_tertinggal",
           "tabel_sub_unit"]
