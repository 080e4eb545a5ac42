"""Summary tables (unformatted DataFrames) for the overview, the data-quality
notebook and the report index: headline figures, counts, programs, how the
tables were read."""
from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from .. import labels
from ..findings import registry as _jt
from ..labels import LABEL_STATUS

# the status that labels a predikat: one function for tables, cards and charts (kept importable from here)
from ..metrics import PREDIKAT, dijadwalkan, jumlah_per_status, realisasi_rincian, status_tampil
from ..names import lanjutan
from ..status import BELUM_DILAKSANAKAN
from .comparison import jumlah_program


def slug(text: str, panjang: int = 60) -> str:
    """A file-name form of a program name.

    Examples
    --------
    >>> slug("PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI")
    'penilaian-kesehatan-ksp-usp-koperasi'
    """
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^\s*program\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:panjang].rstrip("-")


#: The status of a sub kegiatan scheduled for a later quarter: not due, left out of averages.
DIJADWALKAN = BELUM_DILAKSANAKAN

#: Columns of ``capaian_ringkas``.
KOLOM_CAPAIAN = ["jumlah_sub_kegiatan", "jumlah_dijadwalkan", "jumlah_tanpa_target", "jumlah_dinilai",
                 "rata_capaian_k", "capaian_tertimbang_k", "capaian_min_k", "capaian_maks_k",
                 "terendah_nama", "terendah_capaian_k", "terendah_serapan_rp", "terendah_status",
                 "terendah_kritis", "terendah_seri", "terendah_dipersoalkan", "terendah_kosong",
                 "jumlah_dipersoalkan", "dipersoalkan_nama"]
#: Finding types that dispute a row's own numbers (a kritis one of these makes its capaian
#: uncertain); ``serapan_tanpa_output`` and ``output_tanpa_serapan`` describe a state, not a dispute
#: (``findings.registry``: ``sengketa`` set).
JENIS_SENGKETA = _jt.JENIS_SENGKETA
#: Columns on which a disputing kritis finding (``JENIS_SENGKETA``, by its ``kolom``) disputes a
#: row's serapan: its pagu, its realisation, its stated or recomputed serapan.
KOLOM_SERAPAN = ("pagu_rp", "realisasi_rp", "serapan_rp", "serapan_rp_dokumen")


def _pilih_sengketa(temuan: pd.DataFrame, kolom: tuple | None = None, kecuali: tuple | None = None) -> np.ndarray:
    """The findings (a boolean mask) ``sengketa_baris`` counts: kritis, of ``JENIS_SENGKETA``, on a
    source line, with ``kolom`` on those columns, with ``kecuali`` on other columns."""
    pilih = ((temuan["tingkat"].astype(str) == "kritis") & temuan["jenis"].astype(str).isin(JENIS_SENGKETA)
             & temuan["baris_sumber"].notna()).to_numpy(dtype=bool)
    if kolom is not None:
        pilih = pilih & temuan["kolom"].astype(str).isin(kolom).to_numpy(dtype=bool)
    if kecuali is not None and "kolom" in temuan:
        pilih = pilih & ~temuan["kolom"].astype(str).isin(kecuali).to_numpy(dtype=bool)
    return pilih


def bagian_serapan_dipersoalkan(temuan: pd.DataFrame | None, baris) -> str:
    """Which number of a serapan the kritis findings disputing it (``sengketa_baris`` on
    ``KOLOM_SERAPAN``) on the source lines ``baris`` dispute, as a word: ``"realisasi"`` when all
    are on the realisation, ``"pagu"`` when all are on the pagu, ``"realisasi atau pagu"``
    otherwise (both, or the serapan itself, which rests on either). A realisation above its pagu
    (``serapan_berlebih``, on ``realisasi_rp``) disputes either number, as its sentence says
    ("periksa realisasi atau pagu"): ``"realisasi atau pagu"``.

    >>> t = pd.DataFrame({"jenis": ["jumlah_tidak_cocok", "jumlah_tidak_cocok", "persen_tidak_cocok",
    ...                             "serapan_berlebih"],
    ...     "tingkat": ["kritis"] * 4, "baris_sumber": [1, 2, 3, 4],
    ...     "kolom": ["realisasi_rp", "pagu_rp", "serapan_rp_dokumen", "realisasi_rp"]})
    >>> [bagian_serapan_dipersoalkan(t, b) for b in ([1], [2], [1, 2], [3], [4])]
    ['realisasi', 'pagu', 'realisasi atau pagu', 'realisasi atau pagu', 'realisasi atau pagu']
    """
    if temuan is None or not len(temuan) or "jenis" not in temuan:
        return "realisasi atau pagu"
    pilih = _pilih_sengketa(temuan, KOLOM_SERAPAN) & temuan["baris_sumber"].isin(list(baris)).to_numpy(dtype=bool)
    if (temuan["jenis"][pilih] == "serapan_berlebih").any():     # realisasi above pagu: either may be wrong
        return "realisasi atau pagu"
    kolom = set(temuan["kolom"][pilih].astype(str))
    return {frozenset({"realisasi_rp"}): "realisasi", frozenset({"pagu_rp"}): "pagu"}.get(
        frozenset(kolom), "realisasi atau pagu")


def sengketa_baris(temuan: pd.DataFrame | None, kolom: tuple | None = None,
                   kecuali: tuple | None = None) -> dict:
    """The source lines whose numbers a kritis finding disputes (``JENIS_SENGKETA``), each with
    the labels of those findings: the one rule by which an average (``capaian_ringkas``) or a sum
    (``daftar_program``, ``narrative.ringkasan_dinas``) names what it counts that is disputed.
    With ``kolom``, only findings on those columns (``KOLOM_SERAPAN``: the serapan's); with
    ``kecuali``, only findings on other columns (a capaian is not disputed by a finding on the
    rupiah alone, such as a realisation above its pagu).

    Examples
    --------
    >>> t = pd.DataFrame({"jenis": ["serapan_berlebih", "capaian_berlebih", "capaian_berlebih"],
    ...     "tingkat": ["kritis", "kritis", "peringatan"], "baris_sumber": [7, 8, 9],
    ...     "kolom": ["realisasi_rp", "capaian_k", "capaian_k"]})
    >>> sengketa_baris(t)
    {7: ('realisasi melebihi pagu',), 8: ('capaian di atas 100%',)}
    >>> sengketa_baris(t, KOLOM_SERAPAN)
    {7: ('realisasi melebihi pagu',)}
    >>> sengketa_baris(t, kecuali=KOLOM_SERAPAN)
    {8: ('capaian di atas 100%',)}
    """
    if temuan is None or not len(temuan) or "jenis" not in temuan:
        return {}
    jenis = temuan["jenis"].astype(str)
    pilih = _pilih_sengketa(temuan, kolom, kecuali)
    out: dict = {}
    for baris, j in zip(temuan["baris_sumber"][pilih].astype(int).tolist(), jenis[pilih].tolist()):
        label = labels.jenis_temuan(j)
        label = label[:1].lower() + label[1:]
        if label not in out.setdefault(baris, ()):
            out[baris] += (label,)
    return out


#: Columns on which a disputing kritis finding on a kegiatan or sub kegiatan disputes the rupiah its
#: program sums (``serapan_program_dipersoalkan``).
KOLOM_RUPIAH = ("pagu_rp", "realisasi_rp")


def serapan_program_dipersoalkan(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None) -> dict:
    """The programs whose serapan a kritis finding disputes, the one rule of every view of it (the
    program list's ``serapan_dipersoalkan``, the program page, the office's headline): by source
    line of the program, the labels of those findings and the lines they stand on. A program's
    serapan is disputed by a finding on its own realisation, pagu or serapan (``sengketa_baris`` on
    ``KOLOM_SERAPAN``) and by one on the rupiah (``KOLOM_RUPIAH``) of a kegiatan or sub kegiatan
    below it, which its realisation and pagu sum: that one's label says where ("realisasi melebihi
    pagu pada sub kegiatan di bawahnya"), once per kind: a kind already named (on the program's
    own line, or on a row above) is not named again. A row below is one between the program's row
    and the next program's (a further indicator row of the program, ``names.lanjutan``, is none).

    Returns
    -------
    dict
        ``{program line: (labels, lines)}``: the labels in order (the program's own first), the
        source lines of the findings (for ``bagian_serapan_dipersoalkan``).

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "program", "sub_kegiatan"],
    ...     "nama": ["P", "K", "S", "Q", "T"], "indikator": ["a", "b", "c", "d", "e"], "baris_sumber": [1, 2, 3, 4, 5]})
    >>> t = pd.DataFrame({"jenis": ["serapan_berlebih", "persen_tidak_cocok"], "tingkat": ["kritis"] * 2,
    ...                   "baris_sumber": [3, 5], "kolom": ["realisasi_rp", "serapan_rp_dokumen"]})
    >>> serapan_program_dipersoalkan(ev, t)
    {1: (('realisasi melebihi pagu pada sub kegiatan di bawahnya',), [3])}
    >>> serapan_program_dipersoalkan(ev, t.assign(baris_sumber=[1, 4]))
    {1: (('realisasi melebihi pagu',), [1]), 4: (('persen tertulis beda dari hitungan',), [4])}

    A kind named on the program's own line is not named again for its rows:

    >>> lebih = pd.DataFrame({"jenis": "serapan_berlebih", "tingkat": "kritis", "baris_sumber": [1, 2, 3],
    ...                       "kolom": "realisasi_rp"})
    >>> serapan_program_dipersoalkan(ev, lebih)
    {1: (('realisasi melebihi pagu',), [1, 2, 3])}
    """
    sendiri = sengketa_baris(temuan, KOLOM_SERAPAN)
    rincian = sengketa_baris(temuan, KOLOM_RUPIAH)
    if not (sendiri or rincian) or "baris_sumber" not in evaluasi or not len(evaluasi):
        return {}
    level = evaluasi["level"].astype(str).to_numpy()
    prog = (level == "program") & ~lanjutan(evaluasi).to_numpy(dtype=bool)
    blok = np.cumsum(prog) - 1                      # the program above each row (-1: none)
    baris = evaluasi["baris_sumber"].to_numpy(dtype=float, na_value=np.nan)
    baris_prog = baris[prog]
    out: dict = {}
    for b in baris_prog[~np.isnan(baris_prog)].astype(int).tolist():
        if b in sendiri:
            out[b] = (sendiri[b], [b])
    bawah = np.isin(level, ("kegiatan", "sub_kegiatan")) & (blok >= 0) & ~np.isnan(baris)
    for i in np.flatnonzero(bawah).tolist():
        b, induk = int(baris[i]), baris_prog[blok[i]]
        if b not in rincian or np.isnan(induk):
            continue
        tempat = f" pada {level[i].replace('_', ' ')} di bawahnya"
        label, lines = out.get(int(induk), ((), []))
        label += tuple(x + tempat for x in rincian[b]
                       if not any(y == x or y.startswith(x + " pada ") for y in label))
        out[int(induk)] = (label, lines + [b])
    return out


def capaian_ringkas(evaluasi: pd.DataFrame, by: str | None = "program",
                    temuan: pd.DataFrame | None = None) -> pd.DataFrame:
    """What an average capaian of sub kegiatan stands for: over which rows, how spread, the worst.

    Only sub kegiatan that were **due** count: those scheduled for a later quarter
    (status ``belum_dilaksanakan``) are counted apart (``jumlah_dijadwalkan``), rows
    without a target (capaian NA) too (``jumlah_tanpa_target``). Over the rest
    (``jumlah_dinilai``): the mean of ratios ``rata_capaian_k``, the pagu-weighted
    mean ``capaian_tertimbang_k`` = sum(capaian x pagu) / sum(pagu), the lowest and
    highest capaian, and the worst row (lowest capaian; among equals the one that
    spent most, serapan highest), with its serapan, status and whether a ``kritis``
    finding (``temuan``) names its source line, the labels of the kritis findings disputing its own
    numbers (``terendah_dipersoalkan``, the rule of ``jumlah_dipersoalkan``) and whether its capaian
    counts an empty realisation cell as 0 (``terendah_kosong``, ``metrics.realisasi_dinilai``);
    ``jumlah_dipersoalkan`` /
    ``dipersoalkan_nama``: the rows counted whose own numbers a kritis finding disputes
    (``JENIS_SENGKETA``, e.g. realisasi in Tabel 2.1 vs 2.2), so the averages are read
    with them in mind.

    Parameters
    ----------
    evaluasi : DataFrame
        ``RenjaDocument.evaluasi`` (with ``status``).
    by : str or None
        A column to group by (default ``program``); None for one row over all (index ``"dinas"``).
    temuan : DataFrame, optional
        Findings; without them ``terendah_kritis`` is False.

    Returns
    -------
    DataFrame indexed by the group, columns ``KOLOM_CAPAIAN``.

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "program": ["P"] * 3,
    ...     "nama": ["A", "B", "C"], "capaian_k": [200.0, 0.0, 0.0], "serapan_rp": [70.0, 97.0, 0.0],
    ...     "pagu_rp": [100.0, 300.0, 50.0], "baris_sumber": [1, 2, 3],
    ...     "status": ["melampaui_target", "serapan_tanpa_output", "belum_dilaksanakan"]})
    >>> r = capaian_ringkas(ev).loc["P"]
    >>> [float(r[c]) for c in ("jumlah_dinilai", "jumlah_dijadwalkan", "rata_capaian_k", "capaian_tertimbang_k")]
    [2.0, 1.0, 100.0, 50.0]
    >>> r["terendah_nama"], r["terendah_status"], int(r["terendah_seri"])
    ('B', 'serapan_tanpa_output', 1)
    """
    sub = evaluasi[evaluasi["level"].astype(str) == "sub_kegiatan"]
    key = sub[by] if by is not None else pd.Series("dinas", index=sub.index)
    status = sub["status"].astype("string") if "status" in sub else pd.Series(pd.NA, index=sub.index, dtype="string")
    dijadwalkan = (status == DIJADWALKAN).fillna(False)
    cap = sub["capaian_k"].astype("Float64")
    dinilai = ~dijadwalkan & cap.notna()
    groups = pd.Index(pd.unique(key), name=by or "lingkup")
    out = pd.DataFrame(index=groups)
    out["jumlah_sub_kegiatan"] = key.value_counts(sort=False).reindex(groups, fill_value=0).astype(int)
    out["jumlah_dijadwalkan"] = dijadwalkan.groupby(key, sort=False).sum().reindex(groups, fill_value=0).astype(int)
    out["jumlah_tanpa_target"] = (~dijadwalkan & cap.isna()).groupby(key, sort=False).sum().reindex(
        groups, fill_value=0).astype(int)
    out["jumlah_dinilai"] = dinilai.groupby(key, sort=False).sum().reindex(groups, fill_value=0).astype(int)
    d = sub[dinilai].assign(_key=key[dinilai], _cap=cap[dinilai].astype("float64"),
                            _pagu=sub.loc[dinilai, "pagu_rp"].astype("float64"),
                            _ser=sub.loc[dinilai, "serapan_rp"].astype("float64"))
    g = d.groupby("_key", sort=False)
    out["rata_capaian_k"] = g["_cap"].mean().reindex(groups).astype("Float64")
    bobot = d["_pagu"].where(d["_pagu"] > 0)
    num = (d["_cap"] * bobot).groupby(d["_key"], sort=False).sum(min_count=1)
    den = bobot.groupby(d["_key"], sort=False).sum(min_count=1)
    out["capaian_tertimbang_k"] = (num / den.where(den > 0)).reindex(groups).astype("Float64")
    out["capaian_min_k"] = g["_cap"].min().reindex(groups).astype("Float64")
    out["capaian_maks_k"] = g["_cap"].max().reindex(groups).astype("Float64")
    # the worst row and its ties on capaian to 9 decimals: float noise (0,7 of 10 is
    # 6.999999999999999 %, 7 of 100 is 7.000000000000001 %) decides neither
    d["_urut"] = d["_cap"].round(9)
    worst = (d.sort_values(["_key", "_urut", "_ser"], ascending=[True, True, False], kind="stable",
                           na_position="last")
             .drop_duplicates("_key").set_index("_key").reindex(groups))
    out["terendah_nama"] = worst["nama"].astype("string")
    out["terendah_capaian_k"] = worst["_cap"].astype("Float64")
    out["terendah_serapan_rp"] = worst["_ser"].astype("Float64")
    out["terendah_status"] = worst["status"].astype("string") if "status" in worst else pd.NA
    # how many share the lowest capaian: the row named is one of them (the one that spent most)
    di_bawah = d["_urut"] == d["_key"].map(d.groupby("_key", sort=False)["_urut"].min())
    out["terendah_seri"] = di_bawah.groupby(d["_key"], sort=False).sum().reindex(groups, fill_value=0).astype(int)
    kritis = set()
    if temuan is not None and len(temuan):
        kritis = set(temuan.loc[temuan["tingkat"].astype(str) == "kritis", "baris_sumber"].dropna().astype(int))
    out["terendah_kritis"] = worst["baris_sumber"].isin(kritis).to_numpy(dtype=bool) if "baris_sumber" in worst \
        else False
    soal = sengketa_baris(temuan, kecuali=KOLOM_SERAPAN)
    out["terendah_dipersoalkan"] = pd.Series(
        ["; ".join(soal[int(b)]) if pd.notna(b) and int(b) in soal else pd.NA for b in worst["baris_sumber"]]
        if "baris_sumber" in worst else pd.NA, index=groups, dtype="string")
    out["terendah_kosong"] = (pd.to_numeric(worst["realisasi_k"]).isna() & worst["_cap"].notna()).to_numpy(
        dtype=bool) if "realisasi_k" in worst else False
    sengketa = set(soal)
    if "baris_sumber" in d and sengketa:
        ds = d[d["baris_sumber"].isin(sengketa)]
        out["jumlah_dipersoalkan"] = ds.groupby("_key", sort=False).size().reindex(groups, fill_value=0).astype(int)
        out["dipersoalkan_nama"] = ds.groupby("_key", sort=False)["nama"].agg("; ".join).reindex(groups).astype("string")
    else:
        out["jumlah_dipersoalkan"] = 0
        out["dipersoalkan_nama"] = pd.Series(pd.NA, index=groups, dtype="string")
    return out[KOLOM_CAPAIAN]


def daftar_program(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per program: number, name, slug, notebook name, pagu, serapan, capaian, predikat.

    A program printed with a second indicator (a row of the same name without rupiah,
    ``names.lanjutan``) is one program. Realisasi and serapan are the program's own
    cell, or where it is empty the sum of its rows below, or unknown (``metrics.realisasi_rincian``,
    the rule of ``serapan_rp`` and of every total): ``realisasi_dari_rincian`` says which (NA: its
    own cell; ``kegiatan``, ``sub_kegiatan``, ``kegiatan_sub_kegiatan``: summed from those rows;
    ``tidak_diketahui``). The capaian columns are
    those of ``capaian_ringkas`` (sub kegiatan that were due: mean of ratios
    ``rata_capaian_k``, pagu-weighted ``capaian_tertimbang_k``, spread, worst row;
    ``temuan`` marks a worst row named by a kritis finding).

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "program", "kegiatan", "sub_kegiatan"],
    ...     "program": "PROGRAM A", "kegiatan": [None, None, "K", "K"],
    ...     "nama": ["PROGRAM A", "PROGRAM A", "K", "S"], "indikator": ["i1", "i2", "i3", "i4"],
    ...     "pagu_rp": [100.0, None, 100.0, 100.0], "realisasi_rp": [None, None, 60.0, 60.0],
    ...     "serapan_rp": [60.0, None, 60.0, 60.0], "predikat_rp": ["Sangat Tinggi", None, None, None],
    ...     "capaian_k": [None, None, None, 50.0], "harapan_tw": 50.0, "baris_sumber": [1, 2, 3, 4]})
    >>> daftar_program(ev)[["program", "realisasi_rp", "realisasi_dari_rincian", "serapan_rp"]].values.tolist()
    [['PROGRAM A', 60.0, 'kegiatan', 60.0]]
    """
    is_prog = ((evaluasi["level"].astype(str) == "program").to_numpy()
               & ~lanjutan(evaluasi).to_numpy(dtype=bool))
    prog = evaluasi[is_prog].reset_index(drop=True)
    rincian = realisasi_rincian(evaluasi)[is_prog].reset_index(drop=True)
    cap = capaian_ringkas(evaluasi, by="program", temuan=temuan).reindex(prog["nama"])
    out = pd.DataFrame({
        "no": range(1, len(prog) + 1),
        "program": prog["nama"],
        "slug": [slug(n) for n in prog["nama"]],
        "pagu_rp": prog["pagu_rp"], "realisasi_rp": rincian["realisasi_rp"],
        "realisasi_dari_rincian": rincian["realisasi_dari_rincian"],
        "serapan_rp": prog["serapan_rp"], "predikat_rp": prog["predikat_rp"],
    })
    for col in KOLOM_CAPAIAN:
        out[col] = cap[col].to_numpy()
    out["jumlah_sub_kegiatan"] = out["jumlah_sub_kegiatan"].fillna(0).astype(int)
    for col in ("jumlah_dijadwalkan", "jumlah_tanpa_target", "jumlah_dinilai", "jumlah_dipersoalkan"):
        out[col] = out[col].fillna(0).astype(int)
    out["terendah_kritis"] = out["terendah_kritis"].fillna(False).astype(bool)
    out["terendah_kosong"] = out["terendah_kosong"].fillna(False).astype(bool)
    # the program's realisation or pagu, or the rupiah of a row below it, disputed by a kritis finding
    # (``serapan_program_dipersoalkan``): its serapan is said with the dispute, never as a plain figure
    serapan_soal = serapan_program_dipersoalkan(evaluasi, temuan)
    out["serapan_dipersoalkan"] = pd.Series(
        ["; ".join(serapan_soal[int(b)][0]) if pd.notna(b) and int(b) in serapan_soal else pd.NA
         for b in prog["baris_sumber"]] if "baris_sumber" in prog else pd.NA, index=out.index, dtype="string")
    out["notebook"] = [f"{n:02d}-{s}" for n, s in zip(out["no"], out["slug"])]
    # not yet started by plan (``metrics.dijadwalkan``): low serapan is the schedule, not a failure
    out["dijadwalkan"] = dijadwalkan(evaluasi)[is_prog] if "status" in evaluasi else False
    return out


def urutan_program(evaluasi: pd.DataFrame) -> list[tuple[str, str]]:
    """(page name, program) of every program in document order: the order of the report's
    pages, of previous / next links and of the PDF."""
    return [(p["notebook"], p["program"]) for _, p in daftar_program(evaluasi).iterrows()]


def masalah_per_program(temuan: pd.DataFrame, milik: pd.Series) -> pd.DataFrame:
    """Problems per program: the ``kritis`` and ``peringatan`` findings each program owns
    (``milik``: ``program_temuan``'s result, by position), indexed by program.

    >>> t = pd.DataFrame({"tingkat": ["kritis", "peringatan", "info", "kritis"]})
    >>> masalah_per_program(t, pd.Series(["A", "A", "A", None])).to_dict("index")
    {'A': {'kritis': 1, 'peringatan': 1}}
    """
    m = pd.Series(milik.to_numpy())
    t = temuan["tingkat"].astype(str).to_numpy()
    out = pd.DataFrame({k: m[t == k].value_counts() for k in ("kritis", "peringatan")})
    return out.fillna(0).astype(int)


def jumlah_temuan(temuan: pd.DataFrame) -> dict:
    """Findings counted by what they are: problems (``kritis``, ``peringatan``) apart from
    ``info`` rows, and those split in two: changes of the plan a reviewer must approve
    (``perubahan``: jenis in ``findings.document.JENIS_PERUBAHAN``, e.g. a small target revision),
    never called "bukan masalah", and confirmations that are not problems
    (``konfirmasi``, e.g. how an ambiguous cell was read); each with its count per jenis.

    Examples
    --------
    >>> t = pd.DataFrame({"tingkat": ["kritis", "peringatan", "info", "info", "info"],
    ...                   "jenis": ["a", "b", "angka_ambigu", "angka_ambigu", "revisi_target"]})
    >>> j = jumlah_temuan(t)
    >>> j["masalah"], j["info"], j["perubahan_per_jenis"], j["konfirmasi_per_jenis"]
    (2, 3, {'revisi_target': 1}, {'angka_ambigu': 2})
    """
    tingkat = temuan["tingkat"].astype(str)
    n = tingkat.value_counts()
    jenis = temuan["jenis"].astype(str)
    info = tingkat == "info"
    ubah = jenis.isin(_jt.JENIS_PERUBAHAN)

    def per_jenis(mask):
        counts = jenis[mask].value_counts(sort=False)
        return {str(j): int(c) for j, c in counts.items() if c}
    k, p = int(n.get("kritis", 0)), int(n.get("peringatan", 0))
    return {"kritis": k, "peringatan": p, "masalah": k + p, "info": int(n.get("info", 0)),
            "info_per_jenis": per_jenis(info),
            "perubahan": int((info & ubah).sum()), "perubahan_per_jenis": per_jenis(info & ubah),
            "konfirmasi": int((info & ~ubah).sum()), "konfirmasi_per_jenis": per_jenis(info & ~ubah)}


def program_temuan(temuan: pd.DataFrame, evaluasi: pd.DataFrame, tabel21: pd.DataFrame | None = None,
                   pergeseran: pd.DataFrame | None = None, rencana: pd.DataFrame | None = None,
                   ambang: float = 60.0) -> pd.Series:
    """The program each finding concerns (its name as in ``evaluasi``), NA for findings about
    the document as a whole (a column header, Tabel 3.1, a line outside any program).

    A finding's source line is looked up in Tabel 2.2 (``evaluasi``), Tabel 2.1 (through
    its matched 2.2 row), 3.2 (``pergeseran.baris_review``) and 3.3 (``rencana``, whose
    rows are matched to 2.2 by name). A line found there counts only when the
    finding's own ``nama`` (if any) resembles that row's name (similarity >= ``ambang``):
    a finding about a column header on the first data line stays document-level.

    Examples
    --------
    >>> ev = pd.DataFrame({"nama": ["PROGRAM A", "Sub satu"], "program": ["PROGRAM A"] * 2,
    ...                    "baris_sumber": [10, 11], "urutan": [1, 2]})
    >>> t = pd.DataFrame({"baris_sumber": [11, 11, 99], "nama": ["Sub satu", "Pagu (Rp.000)", None]})
    >>> program_temuan(t, ev).tolist()
    ['PROGRAM A', <NA>, <NA>]
    """
    from ..names import best_match, similarity

    parts = [evaluasi[["baris_sumber", "nama", "program"]]]
    if tabel21 is not None and len(tabel21) and "urutan" in evaluasi:
        prog = tabel21["urutan_evaluasi"].map(evaluasi.set_index("urutan")["program"])
        parts.append(pd.DataFrame({"baris_sumber": tabel21["baris_sumber"], "nama": tabel21["nama"],
                                   "program": prog}))
    if pergeseran is not None and len(pergeseran):
        parts.append(pergeseran[["baris_review", "nama_review", "program"]].set_axis(
            ["baris_sumber", "nama", "program"], axis=1))
    if rencana is not None and len(rencana):
        r = rencana[rencana["nama"].notna()]
        idx = best_match(r["nama"].astype(str).tolist(), evaluasi["nama"].astype(str).tolist())
        prog = [evaluasi["program"].iloc[i] if i is not None else pd.NA for i in idx]
        parts.append(pd.DataFrame({"baris_sumber": r["baris_sumber"].to_numpy(), "nama": r["nama"].to_numpy(),
                                   "program": prog}))
    lines = (pd.concat(parts, ignore_index=True).dropna(subset=["baris_sumber", "program"])
             .astype({"baris_sumber": "int64"}).drop_duplicates("baris_sumber"))
    by_line = lines.set_index("baris_sumber")
    found = temuan["baris_sumber"].map(by_line["program"])
    row_name = temuan["baris_sumber"].map(by_line["nama"])
    same = [pd.isna(a) or pd.isna(b) or similarity(str(a), str(b)) >= ambang
            for a, b in zip(temuan["nama"], row_name)]
    return found.where(pd.Series(same, index=temuan.index)).astype("string").rename("program")


def angka_utama(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None = None) -> pd.DataFrame:
    """Headline figures of the office: pagu, realisasi, serapan (ratio of sums of the
    programs, by the corpus's rule, ``comparison.jumlah_program``: a program whose realisation cell
    is empty counts its kegiatan's sum, or makes the realisation and serapan unknown, never 0; the
    row's label says so, ``catatan_realisasi_program``), the capaian of the sub kegiatan that were due (mean of ratios and
    pagu-weighted, with how many were scheduled later and left out), counts of
    programs and kegiatan (each once, whatever its indicator rows) and sub kegiatan rows, and, with ``temuan``, problems (kritis,
    peringatan) apart from info rows: changes needing approval apart from confirmations
    (``jumlah_temuan``).

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan"], "program": ["P"] * 3,
    ...     "nama": ["P", "A", "B"], "pagu_rp": [100.0, 60.0, 40.0], "realisasi_rp": [50.0, 30.0, 0.0],
    ...     "capaian_k": [None, 80.0, 0.0], "serapan_rp": [50.0, 50.0, 0.0], "harapan_tw": [50.0] * 3,
    ...     "baris_sumber": [1, 2, 3], "status": [None, "sesuai_rencana", "belum_dilaksanakan"]})
    >>> angka_utama(ev).set_index("ukuran")["nilai"].iloc[4:6].to_dict()
    {'Rata-rata capaian 1 sub kegiatan yang dinilai (1 dijadwalkan kemudian, tidak dihitung)': 80.0, 'Capaian tertimbang pagu (sub kegiatan yang dinilai)': 80.0}
    """
    # a program or kegiatan printed with a second indicator (a row of the same name without rupiah,
    # ``names.lanjutan``) is counted once; a sub kegiatan's indicator rows stay counted as
    # the status and capaian counts of the report count them (each its own status)
    level = evaluasi["level"].astype(str)
    sekali = level.where(~lanjutan(evaluasi), "")
    cap = capaian_ringkas(evaluasi, by=None).iloc[0]
    jadwal = int(cap["jumlah_dijadwalkan"])
    total = jumlah_program(evaluasi)
    rows = [
        ("Pagu (APBD)", total["pagu_rp"], "rp"),
        ("Realisasi s.d. triwulan" + catatan_realisasi_program(total), total["realisasi_rp"], "rp"),
        ("Serapan (jumlah realisasi dibagi jumlah pagu)" + _catatan_serapan_dipersoalkan(evaluasi, temuan),
         total["serapan_rp"], "persen"),
        ("Harapan serapan s.d. triwulan", float(evaluasi["harapan_tw"].iloc[0]), "persen"),
        (f"Rata-rata capaian {int(cap['jumlah_dinilai'])} sub kegiatan yang dinilai"
         + (f" ({jadwal} dijadwalkan kemudian, tidak dihitung)" if jadwal else ""), cap["rata_capaian_k"], "persen"),
        ("Capaian tertimbang pagu (sub kegiatan yang dinilai)", cap["capaian_tertimbang_k"], "persen"),
        ("Jumlah program", int((sekali == "program").sum()), "angka"),
        ("Jumlah kegiatan", int((sekali == "kegiatan").sum()), "angka"),
        ("Jumlah sub kegiatan", int((level == "sub_kegiatan").sum()), "angka"),
    ]
    if temuan is not None:
        j = jumlah_temuan(temuan)
        rows += [("Masalah kritis", j["kritis"], "angka"), ("Masalah peringatan", j["peringatan"], "angka"),
                 ("Perubahan yang perlu disetujui (info)", j["perubahan"], "angka"),
                 ("Catatan info (bukan masalah)", j["konfirmasi"], "angka")]
    return pd.DataFrame(rows, columns=["ukuran", "nilai", "jenis"])


def program_serapan_dipersoalkan(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None) -> tuple[list, str]:
    """The programs summed into the office's serapan whose serapan a kritis finding disputes
    (``serapan_program_dipersoalkan``), each once (a further indicator row, ``names.lanjutan``, is
    the same program), as ``[(name, labels)]`` in document order, and the number those findings
    dispute (``bagian_serapan_dipersoalkan``): the one rule of the headline's note
    (``_catatan_serapan_dipersoalkan``) and of the verdict's sentence
    (``narrative.ringkasan_dinas``).

    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan"], "nama": ["P", "S"], "indikator": ["a", "b"],
    ...                    "baris_sumber": [1, 2]})
    >>> t = pd.DataFrame({"jenis": ["jumlah_tidak_cocok"], "tingkat": ["kritis"], "baris_sumber": [2],
    ...                   "kolom": ["pagu_rp"]})
    >>> program_serapan_dipersoalkan(ev, t)
    ([('P', ('jumlah beda dari rinciannya pada sub kegiatan di bawahnya',))], 'pagu')
    >>> program_serapan_dipersoalkan(ev, None)
    ([], '')
    """
    soal = serapan_program_dipersoalkan(evaluasi, temuan)
    if not soal:
        return [], ""
    prog = (evaluasi["level"].astype(str) == "program").to_numpy() & ~lanjutan(evaluasi).to_numpy(dtype=bool)
    rows = [(n, int(b)) for n, b in zip(evaluasi.loc[prog, "nama"], evaluasi.loc[prog, "baris_sumber"])
            if pd.notna(b) and int(b) in soal]
    if not rows:
        return [], ""
    return ([(n, soal[b][0]) for n, b in rows],
            bagian_serapan_dipersoalkan(temuan, [x for _, b in rows for x in soal[b][1]]))


def _catatan_serapan_dipersoalkan(evaluasi: pd.DataFrame, temuan: pd.DataFrame | None) -> str:
    """The headline serapan's note when a kritis finding disputes the serapan of a program summed
    (``program_serapan_dipersoalkan``); empty when none does.

    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan"], "nama": ["P", "S"], "indikator": ["a", "b"],
    ...                    "baris_sumber": [1, 2]})
    >>> t = pd.DataFrame({"jenis": ["serapan_berlebih"], "tingkat": ["kritis"], "baris_sumber": [1],
    ...                   "kolom": ["realisasi_rp"]})
    >>> _catatan_serapan_dipersoalkan(ev, t), _catatan_serapan_dipersoalkan(ev, None)
    (' (realisasi atau pagu 1 program dipersoalkan temuan kritis)', '')

    The number disputed is named (``bagian_serapan_dipersoalkan``): a program's pagu disputed
    by a kritis sum mismatch is its pagu, not its realisation:

    >>> _catatan_serapan_dipersoalkan(ev, t.assign(jenis="jumlah_tidak_cocok", kolom="pagu_rp"))
    ' (pagu 1 program dipersoalkan temuan kritis)'
    """
    rows, bagian = program_serapan_dipersoalkan(evaluasi, temuan)
    return f" ({bagian} {len(rows)} program dipersoalkan temuan kritis)" if rows else ""


def catatan_realisasi_program(total: dict) -> str:
    """What the office's realisation stands on where a program's own cell is empty
    (``comparison.jumlah_program``): how many were taken from their kegiatan or sub kegiatan, how
    many left unknown; empty where every program states its own.

    >>> catatan_realisasi_program({"dari_rincian": 1, "tidak_diketahui": 0})
    ' (realisasi 1 program yang selnya kosong diambil dari jumlah realisasi kegiatan atau sub kegiatannya)'
    >>> catatan_realisasi_program({"dari_rincian": 0, "tidak_diketahui": 2})
    ' (realisasi 2 program kosong dan tidak dapat dibaca dari rinciannya: tidak diketahui)'
    >>> catatan_realisasi_program({"dari_rincian": 0, "tidak_diketahui": 0})
    ''
    """
    bagian = []
    if total["dari_rincian"]:
        bagian.append(f"realisasi {total['dari_rincian']} program yang selnya kosong diambil dari jumlah "
                      "realisasi kegiatan atau sub kegiatannya")
    if total["tidak_diketahui"]:
        bagian.append(f"realisasi {total['tidak_diketahui']} program kosong dan tidak dapat dibaca dari "
                      "rinciannya: tidak diketahui")
    return f" ({'; '.join(bagian)})" if bagian else ""


def jumlah_predikat(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Counts of rows per level and predikat (kinerja and serapan) with the labels a reader
    sees (``labels.predikat``): NA counted as "Belum diukur" (or "Tanpa target", "Tidak
    dilaporkan", "Tanpa pagu", each a row only where there is one), a sub kegiatan scheduled
    for a later quarter as "Dijadwalkan" (never as a failure)."""
    status = status_tampil(evaluasi)
    parts = {}
    for col, judul in (("predikat_k", "Kinerja"), ("predikat_rp", "Serapan")):
        shown = labels.predikat(evaluasi[col], status, **labels.dasar_predikat(evaluasi, col))
        for level in ("program", "sub_kegiatan"):
            parts[(judul, level.replace("_", " ").capitalize())] = shown[
                (evaluasi["level"].astype(str) == level).to_numpy()].value_counts()
    baris = PREDIKAT[::-1] + [labels.BELUM_DIUKUR, labels.DIJADWALKAN]
    baris += [b for b in (labels.TANPA_TARGET, labels.TIDAK_DILAPORKAN, labels.TANPA_PAGU, labels.TIDAK_DIKETAHUI)
              if any(n.get(b, 0) for n in parts.values())]
    out = pd.DataFrame({k: n.reindex(baris, fill_value=0) for k, n in parts.items()})
    out.index.name = "Predikat"
    return out


def dengan_label_predikat(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """A copy whose ``predikat_k`` and ``predikat_rp`` hold the labels a reader sees
    (``labels.predikat``): "Belum diukur" for no predikat ("Tanpa target" for a predikat
    kinerja without a target, "Tidak dilaporkan" for one whose realisation is empty at TW IV,
    "Tanpa pagu" for a predikat serapan whose pagu is 0), "Dijadwalkan" for what is scheduled (``status_tampil``), so
    tables say the same as the cards and narratives.

    Examples
    --------
    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan"], "program": ["A", "A"],
    ...     "realisasi_rp": [5.0, 0.0], "status": [None, "belum_dilaksanakan"],
    ...     "predikat_k": [None, None], "predikat_rp": ["Tinggi", None]})
    >>> dengan_label_predikat(ev)[["predikat_k", "predikat_rp"]].values.tolist()
    [['Belum diukur', 'Tinggi'], ['Dijadwalkan', 'Dijadwalkan']]
    """
    status = status_tampil(evaluasi)
    return evaluasi.assign(**{c: labels.predikat(evaluasi[c], status, **labels.dasar_predikat(evaluasi, c))
                              for c in ("predikat_k", "predikat_rp")})


def tabel_jumlah_temuan(temuan: pd.DataFrame) -> pd.DataFrame:
    """Findings per jenis (readable labels) and tingkat: problems (Kritis, Peringatan)
    first, then the info rows in two columns, changes a reviewer must approve
    (``findings.document.JENIS_PERUBAHAN``) apart from the notes that are not problems, and a total row.

    Examples
    --------
    >>> t = pd.DataFrame({"jenis": ["revisi_target", "serapan_tanpa_output", "serapan_tanpa_output",
    ...                             "angka_ambigu"], "tingkat": ["info", "kritis", "peringatan", "info"]})
    >>> tabel_jumlah_temuan(t).values.tolist()
    [[1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 1, 1, 1]]
    """
    kolom = ["kritis", "peringatan", "perubahan", "info"]
    jenis = temuan["jenis"].astype(str)
    tingkat = temuan["tingkat"].astype(str).mask((temuan["tingkat"].astype(str) == "info")
                                                 & jenis.isin(_jt.JENIS_PERUBAHAN), "perubahan")
    out = pd.crosstab(jenis, tingkat).reindex(columns=kolom, fill_value=0)
    out = out.sort_values(kolom, ascending=False, kind="stable")
    out.index = pd.Index([labels.jenis_temuan(j) for j in out.index], name="Jenis temuan")
    out.loc["Jumlah"] = out.sum()
    out.columns = ["Kritis (masalah)", "Peringatan (masalah)", "Info: perubahan yang perlu disetujui",
                   "Info: bukan masalah"]
    return out.astype(int)


def jumlah_status(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Counts of sub kegiatan per status, with Indonesian labels (``metrics.jumlah_per_status``:
    the sub kegiatan without a status last, where there are any)."""
    counts = jumlah_per_status(evaluasi)
    return pd.DataFrame({"Jumlah sub kegiatan": counts.to_numpy()},
                        index=pd.Index([LABEL_STATUS[s] for s in counts.index], name="Status"))


def ringkasan_pembacaan(doc) -> pd.DataFrame:
    """How the tables were read: rows per table and level (Indonesian headers and labels)."""
    rows = []
    for name, df in (("Evaluasi (Tabel 2.2 + 2.1)", doc.evaluasi), ("Tabel 2.1", doc.tabel21),
                     # a Renja murni's 3.2 reviews the RKPD and its 3.3 plans the year (no revision)
                     ("Review RKPD (Tabel 3.2, per sisi)" if getattr(doc, "murni", False) else
                      "Review P-RKPD (Tabel 3.2, per sisi)",
                      doc.review_rkpd[doc.review_rkpd["sisi"] == "rancangan_awal"]),
                     ("Rencana (Tabel 3.3)" if getattr(doc, "murni", False) else "Rencana perubahan (Tabel 3.3)",
                      doc.rencana)):
        counts = df["level"].astype("string").fillna("tanpa level").value_counts()
        for level in ("program", "kegiatan", "sub_kegiatan", "tanpa level"):
            if counts.get(level, 0):
                rows.append((name, level, int(counts[level])))
    rows.append(("Tujuan dan sasaran (Tabel 3.1)", "indikator", len(doc.tujuan_sasaran)))
    out = pd.DataFrame(rows, columns=["Tabel", "Tingkat", "Jumlah baris"])
    out["Tingkat"] = labels.level(out["Tingkat"])
    return out


#: Indonesian headers of the reading account (``sources.base.pembacaan``).
JUDUL_PEMBACAAN = {
    "tabel": "Tabel", "baris_awal": "Dari baris", "baris_akhir": "Sampai baris",
    "baris_wilayah": "Baris di wilayah tabel", "baris_data": "Baris data", "baris_judul": "Baris judul kolom",
    "baris_kosong": "Baris kosong", "baris_disisihkan": "Baris disisihkan",
    "baris_sambungan": "Baris sambungan (digabung ke baris di atasnya)", "baris_ganda": "Baris ganda (dihitung sekali)",
    "halaman": "Halaman", "terbaca_utuh": "Semua baris teks terhitung",
    "lengkap": "Tabel lengkap di teks sumber", "kelengkapan": "Dasar penilaian kelengkapan",
}
#: How ``pembacaan.lengkap`` is shown (``sources.base.kelengkapan``: NA = no printed numbering to check).
LENGKAP = {True: "ya", False: "tidak", None: "tidak dapat diperiksa"}


def baris_terbaca(pembacaan: pd.DataFrame) -> pd.DataFrame:
    """The reading account with Indonesian headers: per table, the lines of its region
    and what each became (data row, header line, blank, set aside, continuation joined to the
    row above), duplicates dropped, and
    whether the table is complete in the source text (``sources.base.kelengkapan``).

    Examples
    --------
    >>> from renja_analysis import load_document
    >>> t = baris_terbaca(load_document().pembacaan)
    >>> [str(v) for v in t.loc["Tabel 2.2"].iloc[:-1]]
    ['234', '319', '86', '57', '21', '8', '0', '0', '0', '7', 'ya', 'tidak dapat diperiksa']
    >>> t.loc["Tabel 3.3 (Rencana Perubahan)", "Tabel lengkap di teks sumber"]
    'tidak'
    """
    out = pembacaan.rename(columns=JUDUL_PEMBACAAN).set_index("Tabel")
    out = out[[JUDUL_PEMBACAAN[c] for c in JUDUL_PEMBACAAN if c != "tabel" and c in pembacaan]]
    out["Semua baris teks terhitung"] = out["Semua baris teks terhitung"].map({True: "ya", False: "tidak"})
    kolom = JUDUL_PEMBACAAN["lengkap"]
    if kolom in out:
        out[kolom] = [LENGKAP[None if pd.isna(v) else bool(v)] for v in out[kolom]]
    return out


def _tidak_lengkap(doc, kind: str) -> bool:
    """True when the reading account says the table is incomplete in the source text."""
    from ..sources.base import adalah_tabel

    p = getattr(doc, "pembacaan", None)
    if p is None or "lengkap" not in p:
        return False
    return bool(p.loc[adalah_tabel(p["tabel"], kind).to_numpy(), "lengkap"].eq(False).any())


def tidak_cocok(doc) -> pd.DataFrame:
    """Rows that could not be matched across tables (kept, not dropped)."""
    parts = []
    t21 = doc.tabel21[doc.tabel21["urutan_evaluasi"].isna()]
    parts += [("Tabel 2.1 tanpa pasangan di Tabel 2.2", r["baris_sumber"], r["nama"]) for _, r in t21.iterrows()]
    p = doc.pergeseran[doc.pergeseran["kecocokan"].astype(str) != "cocok"]
    parts += [(("Hanya di Tabel 2.2" if str(r["kecocokan"]) == "hanya_tabel_2_2" else "Hanya di Review 3.2"),
               r["baris_evaluasi"] if pd.notna(r["baris_evaluasi"]) else r["baris_review"], r["nama"])
              for _, r in p.iterrows()]
    orphan = doc.rencana[doc.rencana["nama"].isna()]
    keadaan = "Baris 3.3 tanpa nama (baris namanya tidak ada di teks sumber)"
    if _tidak_lengkap(doc, "tabel_3_3"):
        keadaan = "Baris 3.3 tanpa nama (baris namanya tidak ada di teks sumber; tabel tidak lengkap di teks sumber)"
    parts += [(keadaan, r["baris_sumber"], r["indikator"]) for _, r in orphan.iterrows()]
    return pd.DataFrame(parts, columns=["Keadaan", "Baris sumber", "Nama"])
