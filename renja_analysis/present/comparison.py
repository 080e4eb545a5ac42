"""Documents compared: offices side by side, the same office over quarters and years.

Every function takes the consolidated tables of a corpus (``corpus.load_corpus`` or
the processed corpus folder read by ``baca_korpus``), whose rows carry the keys
``dokumen``, ``pemda``, ``instansi``, ``tahun``, ``jenis_dokumen``, ``triwulan``,
and returns one row per document (or per office and period). Aggregates say what
they aggregate: serapan is a ratio of sums (rupiah add up); capaian is a mean of
the sub kegiatan's ratios (units differ) and, beside it, weighted by their pagu.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..keys import KUNCI, ROMAWI, pemda_baku_kolom
from ..metrics import TIDAK_DIKETAHUI, harapan_triwulan, predikat, realisasi_rincian, serapan
from ..names import lanjutan_sedokumen
from ..status import BELUM_DILAKSANAKAN


def baca_korpus(folder) -> dict[str, pd.DataFrame]:
    """The consolidated tables a corpus build wrote (Parquet), by name.

    A relative ``folder`` is taken from the project root, so notebooks run the same
    from any directory.
    """
    from ..config import ROOT
    from ..errors import RenjaParseError

    folder = Path(folder)
    folder = folder if folder.is_absolute() else ROOT / folder
    out = {}
    for name in ("dokumen", "evaluasi", "temuan", "pergeseran"):
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise RenjaParseError(path, "tabel korpus tidak ada",
                                  expected="hasil renja-analysis build --source FOLDER (korpus)")
        out[name] = pd.read_parquet(path)
    return out


def per_dokumen(evaluasi: pd.DataFrame, temuan: pd.DataFrame, dokumen: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document: keys, pagu and realisasi of its programs, serapan (ratio of
    sums), capaian of its sub kegiatan that were due (mean of ratios and pagu-weighted; those
    scheduled for a later quarter, status ``belum_dilaksanakan``, left out), the quarter's
    expectation, predikat of serapan against it, findings that are problems, and rank.
    A program whose realisation cell is empty counts its children's (``realisasi_program``;
    ``program_realisasi_rincian`` says how many did) or, where they do not all state one, makes
    the document's realisation and serapan unknown (``program_realisasi_kosong``), never 0.

    Examples
    --------
    >>> ev = pd.DataFrame({"dokumen": ["a"] * 3 + ["b"] * 3, "pemda": "P", "instansi": ["A"] * 3 + ["B"] * 3,
    ...     "tahun": 2024, "jenis_dokumen": "Renja", "triwulan": 2,
    ...     "level": ["program", "sub_kegiatan", "sub_kegiatan"] * 2,
    ...     "pagu_rp": [100.0, 60.0, 40.0, 200.0, 100.0, 100.0],
    ...     "realisasi_rp": [50.0, 30.0, 20.0, 20.0, 10.0, 10.0],
    ...     "capaian_k": [None, 100.0, 0.0, None, 50.0, 10.0]})
    >>> tm = pd.DataFrame({"dokumen": ["a", "b", "b"], "tingkat": ["kritis", "info", "peringatan"]})
    >>> out = per_dokumen(ev, tm)
    >>> out[["dokumen", "serapan_rp", "rata_capaian_k", "capaian_tertimbang_k", "temuan_masalah", "peringkat"]].values.tolist()
    [['a', 50.0, 50.0, 60.0, 1, 1], ['b', 10.0, 30.0, 30.0, 1, 2]]
    """
    ev = evaluasi
    level = ev["level"].astype(str)
    prog = realisasi_program(ev).groupby("dokumen", sort=False).agg(
        pagu_rp=("pagu_rp", "sum"), realisasi_rp=("realisasi_rp", lambda v: v.sum(min_count=len(v))),
        program_realisasi_rincian=("dari_rincian", "sum"), program_realisasi_kosong=("tidak_diketahui", "sum"))
    due = (ev["status"].astype("string") != BELUM_DILAKSANAKAN).fillna(True) if "status" in ev else True
    sub = ev[(level == "sub_kegiatan") & ev["capaian_k"].notna() & due]
    rata = sub.groupby("dokumen", sort=False)["capaian_k"].mean()
    bobot = sub["pagu_rp"].fillna(0)
    tertimbang = ((sub["capaian_k"] * bobot).groupby(sub["dokumen"], sort=False).sum()
                  / bobot.groupby(sub["dokumen"], sort=False).sum().replace(0, np.nan))
    keys = ev.drop_duplicates("dokumen")[KUNCI].set_index("dokumen")
    out = keys.join(prog, how="left")
    out["serapan_rp"] = (out["realisasi_rp"] / out["pagu_rp"].replace(0, np.nan) * 100).astype("Float64")
    out["rata_capaian_k"] = rata.reindex(out.index).astype("Float64")
    out["capaian_tertimbang_k"] = tertimbang.reindex(out.index).astype("Float64")
    out["harapan_tw"] = harapan_triwulan(out["triwulan"].fillna(4).astype(int)).astype("Float64")
    out["predikat_rp"] = predikat(out["serapan_rp"], harapan=out["harapan_tw"])
    problems = temuan[temuan["tingkat"].astype(str).isin(["kritis", "peringatan"])]
    kritis = temuan[temuan["tingkat"].astype(str) == "kritis"]
    out["temuan_masalah"] = problems.groupby("dokumen").size().reindex(out.index, fill_value=0).astype("Int64")
    out["temuan_kritis"] = kritis.groupby("dokumen").size().reindex(out.index, fill_value=0).astype("Int64")
    relatif = out["serapan_rp"] / out["harapan_tw"] * 100
    out["peringkat"] = relatif.rank(ascending=False, method="min").astype("Int64")
    out["periode"] = periode(out["tahun"], out["triwulan"])
    akhir = ["program_realisasi_rincian", "program_realisasi_kosong"]
    for col in akhir:
        out[col] = out[col].fillna(0).astype("Int64")
    return out[[c for c in out.columns if c not in akhir] + akhir].reset_index()


def realisasi_program(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Each document's program rows with the realisation ``per_dokumen`` sums, by the one rule of
    every view (``metrics.realisasi_rincian``): the program's own cell; where it is empty (not
    stated, ``realisasi_kosong``), the sum of its rows one level below (its kegiatan, each stated
    or itself the sum of its sub kegiatan) when every one is known (``dari_rincian``); else
    unknown (``tidak_diketahui``), never 0: an empty cell summed as 0 would understate the
    office's serapan. A row that is one more indicator of the name above it
    (``names.lanjutan``: same name, no rupiah of its own, within one document) is no
    program, kegiatan or sub kegiatan of its own: it is not summed (its name's money stands on
    the first row), so a program printed with two indicators is one program and its children's
    realisation is counted once. A frame without ``dokumen`` is one document (``jumlah_program``).

    Examples
    --------
    >>> ev = pd.DataFrame({"dokumen": "a", "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
    ...     "program", "sub_kegiatan"], "pagu_rp": [100.0, 100.0, 60.0, 40.0, 50.0, 50.0],
    ...     "realisasi_rp": [None, None, 30.0, 20.0, None, None]})
    >>> realisasi_program(ev)[["pagu_rp", "realisasi_rp", "dari_rincian", "tidak_diketahui"]].values.tolist()
    [[100.0, 50.0, True, False], [50.0, <NA>, False, True]]

    A second indicator row of a program (same name, no rupiah) is not a program:

    >>> ev2 = pd.DataFrame({"dokumen": "a", "level": ["program", "program", "sub_kegiatan"],
    ...     "nama": ["P", "P", "S"], "indikator": ["i1", "i2", "i3"],
    ...     "pagu_rp": [100.0, None, 100.0], "realisasi_rp": [40.0, None, 40.0]})
    >>> realisasi_program(ev2)[["pagu_rp", "realisasi_rp", "dari_rincian"]].values.tolist()
    [[100.0, 40.0, False]]
    """
    ev = evaluasi if "dokumen" in evaluasi else evaluasi.assign(dokumen="")
    rincian = realisasi_rincian(ev)
    lanjut = lanjutan_sedokumen(ev)     # a further indicator row of the name above (same document) is no program
    program = (ev["level"].astype(str).to_numpy() == "program") & ~lanjut
    dari = rincian["realisasi_dari_rincian"][program]
    tahu = (dari == TIDAK_DIKETAHUI).fillna(False).astype(bool)
    return pd.DataFrame({"dokumen": ev["dokumen"][program], "pagu_rp": ev["pagu_rp"][program],
                         "realisasi_rp": rincian["realisasi_rp"][program].astype("Float64"),
                         "dari_rincian": (dari.notna() & ~tahu).astype(bool), "tidak_diketahui": tahu})


def jumlah_program(evaluasi: pd.DataFrame) -> dict:
    """One document's programs summed by ``realisasi_program``'s rule, the rule of ``per_dokumen``
    (the headline figures and the office's verdict use it too): ``pagu_rp`` and ``realisasi_rp``
    (NA where a program's realisation is unknown: its cell empty and not every kegiatan, nor every
    sub kegiatan, states one; never summed as 0), ``serapan_rp`` (ratio of sums, NA where the
    realisation is unknown or the pagu 0), ``dari_rincian`` (programs whose empty cell was taken
    from their kegiatan or sub kegiatan) and ``tidak_diketahui`` (programs left unknown).

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "program", "sub_kegiatan"],
    ...     "pagu_rp": [100.0, 100.0, 100.0, 60.0, 60.0], "realisasi_rp": [None, 30.0, 30.0, 15.0, 15.0]})
    >>> j = jumlah_program(ev)
    >>> j["pagu_rp"], j["realisasi_rp"], j["serapan_rp"], j["dari_rincian"], j["tidak_diketahui"]
    (160.0, 45.0, 28.125, 1, 0)
    >>> jumlah_program(ev.assign(realisasi_rp=[None, None, None, 15.0, 15.0]))["serapan_rp"]
    <NA>
    """
    rp = realisasi_program(evaluasi)
    real = rp["realisasi_rp"]
    pagu = float(rp["pagu_rp"].sum())
    realisasi = real.sum(min_count=len(real)) if len(real) else 0.0
    realisasi = pd.NA if pd.isna(realisasi) else float(realisasi)
    return {"pagu_rp": pagu, "realisasi_rp": realisasi,
            "serapan_rp": pd.NA if realisasi is pd.NA else serapan(realisasi, pagu),
            "dari_rincian": int(rp["dari_rincian"].sum()), "tidak_diketahui": int(rp["tidak_diketahui"].sum())}


def periode(tahun: pd.Series, triwulan: pd.Series) -> pd.Series:
    """A readable period label: ``2024 TW II``.

    >>> periode(pd.Series([2024, 2025]), pd.Series([2, None])).tolist()
    ['2024 TW II', '2025']
    """
    t = pd.Series(tahun).astype("Int64").astype("string").fillna("?")
    tw = pd.Series(triwulan).astype("Int64").map(lambda v: f" TW {ROMAWI.get(int(v), v)}" if pd.notna(v) else "",
                                                 na_action=None)
    return (t + tw.astype("string")).rename("periode")


def tren(ringkas: pd.DataFrame) -> pd.DataFrame:
    """The same office over time: ``per_dokumen`` rows sorted by office (instansi, then pemda
    in one form, ``pemda_kantor``: ``kunci_instansi``, two pemda's offices of one name are two
    offices, one pemda's written two ways one), year and quarter,
    each period's serapan against its own pagu, and what makes two periods comparable.
    Two documents of one office and one period (``periode_ganda``: conflicting documents, or a
    Renja and its Perubahan of one quarter) cannot be ordered: they are compared with nothing,
    and the periods around them are compared with each other.

    Serapan is cumulative and each period's is a share of that period's own pagu (the
    Renja's APBD in TW I, the P-APBD after the revision): two periods are compared in
    percentage points only where the pagu is the same (``perubahan_serapan``); where it
    changed, the change of pagu is given instead (``perubahan_pagu_persen``) and the
    comparable measure is serapan against each period's expectation (``serapan_relatif``:
    serapan / harapan triwulan x 100, 100 = on plan).

    Added columns: ``pagu_sebelumnya_rp`` (the office's previous period), ``perubahan_pagu_persen``,
    ``pagu_sama``, ``serapan_relatif``, ``perubahan_serapan`` (points, NA where the pagu
    differs or there is no previous period) and ``realisasi_turun`` (the cumulative
    realisation smaller than the previous period's of the same year: cumulative figures
    cannot fall, so one of the two documents needs checking).

    Examples
    --------
    >>> r = pd.DataFrame({"instansi": ["A", "A", "A"], "tahun": 2024, "triwulan": [1, 2, 3],
    ...     "pagu_rp": [100.0, 100.0, 150.0], "realisasi_rp": [20.0, 45.0, 40.0],
    ...     "serapan_rp": [20.0, 45.0, 40.0 / 1.5], "harapan_tw": [25.0, 50.0, 75.0]})
    >>> t = tren(r)
    >>> t["perubahan_serapan"].tolist(), t["perubahan_pagu_persen"].tolist()
    ([<NA>, 25.0, <NA>], [<NA>, 0.0, 50.0])
    >>> t["serapan_relatif"].round(2).tolist(), t["realisasi_turun"].tolist()
    ([80.0, 90.0, 35.56], [False, False, True])
    """
    urut = ringkas.assign(_pemda=pemda_kantor(ringkas))
    out = (urut.sort_values(["instansi", "_pemda", "tahun", "triwulan"], kind="stable").drop(columns="_pemda")
           .reset_index(drop=True))
    kantor = kunci_instansi(out)
    # two documents of one office and one period (conflicting, or a Renja and its Perubahan) cannot
    # be ordered: neither is compared with the other nor with another period
    out["periode_ganda"] = out.assign(_k=kantor).duplicated(["_k", "tahun", "triwulan"], keep=False).astype(bool)
    basis = out[~out["periode_ganda"].to_numpy()]
    grup = basis.groupby(kantor[basis.index], sort=False)
    # each office's previous period, once for the columns compared
    prev = grup[["pagu_rp", "serapan_rp", "tahun", "realisasi_rp"]].shift().reindex(out.index)
    pagu = out["pagu_rp"].astype("Float64")
    sebelum = prev["pagu_rp"].astype("Float64")
    out["pagu_sebelumnya_rp"] = sebelum
    out["perubahan_pagu_persen"] = ((pagu - sebelum) / sebelum.replace(0, np.nan) * 100).astype("Float64")
    out["pagu_sama"] = ((pagu - sebelum).abs() < 0.5).fillna(False).astype(bool)
    out["serapan_relatif"] = (out["serapan_rp"].astype("Float64")
                              / out["harapan_tw"].astype("Float64").replace(0, np.nan) * 100).astype("Float64")
    selisih = out["serapan_rp"].astype("Float64") - prev["serapan_rp"].astype("Float64")
    out["perubahan_serapan"] = selisih.where(out["pagu_sama"], pd.NA).astype("Float64")
    tahun_sama = (prev["tahun"] == out["tahun"]).fillna(False).astype(bool)
    turun = out["realisasi_rp"].astype("Float64") < prev["realisasi_rp"].astype("Float64")
    out["realisasi_turun"] = (turun.fillna(False).astype(bool) & tahun_sama).astype(bool)
    return out


def _nama(df: pd.DataFrame) -> pd.Series:
    nama = df["instansi"].astype("string")
    return nama.fillna(df["dokumen"].astype("string")) if "dokumen" in df else nama.fillna("?")


def pemda_kantor(df: pd.DataFrame) -> pd.Series:
    """Each row's pemda in the one form offices are keyed and named by (``keys.pemda_baku_kolom``:
    ``Kab. P`` and ``Kabupaten P`` are one pemda); NA where not known.

    >>> pemda_kantor(pd.DataFrame({"pemda": ["Kab. P", "Kabupaten P", None]})).tolist()
    ['Kabupaten P', 'Kabupaten P', <NA>]
    """
    if "pemda" not in df:
        return pd.Series(pd.NA, index=df.index, dtype="string")
    return pemda_baku_kolom(df["pemda"])


def kunci_instansi(df: pd.DataFrame) -> pd.Series:
    """One key per office: its pemda (``pemda_kantor``: however the documents write it) and
    instansi (two pemda's *Dinas Kesehatan* are two offices); the document id where the
    instansi is not known. Documents naming no pemda are keyed by their instansi alone: one
    office, with the doubt said wherever they are compared (``pemda_tidak_tertulis``).

    >>> k = kunci_instansi(pd.DataFrame({"dokumen": ["a", "b", "c", "d", "e"],
    ...     "pemda": ["Kab P", "Kab Q", "Kab P", "Kab P", "Kabupaten P"],
    ...     "instansi": ["Dinas A", "Dinas A", None, "Dinas A", "Dinas A"]}))
    >>> k[0] == k[3], k[0] == k[1], k[0] == k[2], k[0] == k[4]
    (True, False, False, True)
    """
    return (pemda_kantor(df).fillna("") + "\x1f" + _nama(df)).rename("kantor")


def pemda_tidak_tertulis(df: pd.DataFrame) -> pd.Series:
    """Whether a document is taken with another as one office on its instansi alone
    (``kunci_instansi``): its pemda is not known (a workbook, a text naming none; a file name
    gives no pemda) and another row has its office key. Nothing else ties them: they may be two
    pemda's offices of one name. What compares or drops them as one office (``tren`` through
    ``narrative.narasi_tren``, ``terakhir`` through ``narrative.narasi_antar_instansi``) says so
    with that doubt, as ``corpus.tandai_ganda`` says it of two documents that may contradict
    each other; the one rule for both. Rows with no ``pemda`` column are keyed by instansi by
    their maker: never doubted.

    >>> df = pd.DataFrame({"dokumen": ["a", "b", "c", "d", "e"], "pemda": [None, None, None, "Kab P", "Kab P"],
    ...                    "instansi": ["Dinas A", "Dinas A", "Dinas B", "Dinas A", "Dinas A"]})
    >>> pemda_tidak_tertulis(df).tolist()
    [True, True, False, False, False]
    """
    if "pemda" not in df or "instansi" not in df:       # rows keyed without a pemda at all: nothing to doubt
        return pd.Series(False, index=df.index, name="pemda_tidak_tertulis")
    kantor = kunci_instansi(df)
    ragu = (pemda_kantor(df).isna().to_numpy(dtype=bool) & df["instansi"].notna().to_numpy(dtype=bool)
            & kantor.duplicated(keep=False).to_numpy(dtype=bool))
    return pd.Series(ragu, index=df.index, name="pemda_tidak_tertulis")


def nama_instansi(df: pd.DataFrame) -> pd.Series:
    """How an office is named beside others: its instansi (the document id where unknown),
    followed by its pemda (``pemda_kantor``, one form for every document of it) when the rows
    hold more than one pemda.

    >>> df = pd.DataFrame({"dokumen": ["a", "b"], "pemda": ["Kab P", "Kab. Q"], "instansi": ["Dinas A", "Dinas A"]})
    >>> nama_instansi(df).tolist(), nama_instansi(df.iloc[:1]).tolist()
    (['Dinas A, Kabupaten P', 'Dinas A, Kabupaten Q'], ['Dinas A'])
    >>> nama_instansi(df.assign(pemda=["Kab. P", "Kabupaten P"])).tolist()
    ['Dinas A', 'Dinas A']
    """
    nama = _nama(df)
    pemda = pemda_kantor(df)
    if pemda.nunique(dropna=True) < 2:
        return nama
    return nama.where(pemda.isna(), nama + ", " + pemda)


def terakhir(df: pd.DataFrame) -> pd.Series:
    """Whether a document is of its office's latest period (``kunci_instansi``; the latest
    year, then quarter, a year without a quarter last); all of them where no year is known.

    >>> terakhir(pd.DataFrame({"dokumen": ["a", "b", "c"], "pemda": "P", "instansi": ["A", "A", "B"],
    ...                        "tahun": 2024, "triwulan": [1, 2, 1]})).tolist()
    [False, True, True]
    """
    if "tahun" not in df or "triwulan" not in df:
        return pd.Series(True, index=df.index)
    urut = (df["tahun"].astype("Float64").fillna(-1) * 10 + df["triwulan"].astype("Float64").fillna(5)).astype(float)
    puncak = urut.groupby(kunci_instansi(df), sort=False).transform("max")
    return (urut == puncak).astype(bool)
