"""A Renja document reconciled with SIPD-RI: what Bappeda checks first.

The document's rows are section 3.2 (``review_rkpd``, side ``hasil_analisis``: every
program, kegiatan and sub kegiatan of the revised plan, without codes) joined with
the coded fragments of 3.3 (``rencana``): a 3.3 row matched to a 3.2 row by name
lends it its code and its values (3.3 is the coded table; where it has no value,
3.2's is kept); 3.3 rows found in no 3.2 row stand on their own. The pagu compared
is the revised one, because the document is the revised plan (Renja Perubahan) and
SIPD holds the revised plan: 3.3's ``pagu_rkpd_perubahan_rp`` (RKPD Perubahan 2024)
or, without it, 3.2's ``pagu_rp`` (P-APBD); for a Renja murni, whose 3.3 has one target
and one pagu indikatif, those. Tabel 2.2's pagu (APBD before revision) is not compared.

On the SIPD side, the rows of the document's perangkat daerah (``pilih_perangkat_daerah``)
are taken together across its sub-units, by level and code, with SIPD's placeholder
``X.XX`` written with the office's bidang urusan (``findings.sipd.kode_terselesaikan``).

Rows are matched within a level: by code, then by exact normalised name
(``names.normalise_name``, a dictionary), then, for the rows left over only, by fuzzy
similarity (``names.score_matrix``, best pairs first, at least
``config.NAME_MATCH_THRESHOLD``). Every step is one pass, except the fuzzy one, which
is quadratic in the leftovers only.

Findings ``dokumen_vs_sipd``: a row on one side only (kritis), a pagu difference
(kritis), a target outside SIPD's value or range (peringatan), a different unit
(peringatan), a different name (info). Each names the document's cell and SIPD's.
"""
from __future__ import annotations

import re
from collections import defaultdict, deque

import numpy as np
import pandas as pd

from ..config import NAME_MATCH_THRESHOLD
from ..errors import RenjaParseError
from ..names import normalise_name, score_matrix, similarity
from ..numbers import format_angka, format_rupiah
from ..sources.base import LABEL
from .document import JENIS, TOLERANSI_RP, _frame, _rec
from .sipd import kode_terselesaikan, tabel as tabel_sipd

KOLOM = ["urutan", "level", "kecocokan", "skor_nama", "kode", "kode_sipd", "nama_dokumen", "nama_sipd",
         "pagu_dokumen_rp", "pagu_sipd_rp", "selisih_pagu_rp", "target_dokumen", "satuan_dokumen",
         "target_sipd_teks", "target_sipd_min", "target_sipd_max", "satuan_sipd", "tabel_dokumen",
         "baris_dokumen", "baris_review", "berkas", "baris_sipd"]
KECOCOKAN = ["kode", "nama", "nama_mirip", "hanya_dokumen", "hanya_sipd"]
_REVIEW, _RENCANA = LABEL["tabel_3_2"], LABEL["tabel_3_3"]
_LEVEL = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}


def pasangkan(kiri: pd.DataFrame, kanan: pd.DataFrame, ambang: float = NAME_MATCH_THRESHOLD) -> pd.DataFrame:
    """Match two tables' rows one to one within a level: by ``kode`` (where both have
    that column), then by exact normalised name, then by fuzzy similarity among the
    rows left over (best pairs first).

    Returns
    -------
    DataFrame
        ``kiri``, ``kanan`` (positions), ``cara`` (kode | nama | nama_mirip), ``skor``.

    Examples
    --------
    >>> a = pd.DataFrame({"nama": ["Pemulihan Usaha Mikro", "Pengembang Usaha Mikro", "Lain"],
    ...                   "level": ["sub_kegiatan"] * 3})
    >>> b = pd.DataFrame({"nama": ["Pengembangan Usaha Mikro", "PEMULIHAN USAHA MIKRO"],
    ...                   "level": ["sub_kegiatan"] * 2})
    >>> pasangkan(a, b).values.tolist()
    [[0, 1, 'nama', 100.0], [1, 0, 'nama_mirip', 95.2]]
    """
    left_level = kiri["level"].astype(str).to_numpy()
    right_level = kanan["level"].astype(str).to_numpy()
    pairs: list[tuple] = []
    free_left = np.ones(len(kiri), dtype=bool)
    free_right = np.ones(len(kanan), dtype=bool)

    def take(i, j, cara, skor):
        pairs.append((i, j, cara, skor))
        free_left[i] = free_right[j] = False

    if "kode" in kiri and "kode" in kanan:
        where: dict = {}
        for n, (lv, k) in enumerate(zip(right_level, kanan["kode"].tolist())):
            if not pd.isna(k):
                where.setdefault((lv, k), n)
        for i, (lv, k) in enumerate(zip(left_level, kiri["kode"].tolist())):
            j = where.get((lv, k)) if not pd.isna(k) else None
            if j is not None and free_right[j]:
                take(i, j, "kode", 100.0)
    left_norm = [normalise_name(n) for n in kiri["nama"].fillna("")]
    right_norm = [normalise_name(n) for n in kanan["nama"].fillna("")]
    queue: dict = defaultdict(deque)
    for j in np.flatnonzero(free_right).tolist():
        queue[(right_level[j], right_norm[j])].append(j)
    for i in np.flatnonzero(free_left).tolist():
        q = queue.get((left_level[i], left_norm[i]))
        while q and not free_right[q[0]]:
            q.popleft()
        if q and left_norm[i]:
            take(i, q.popleft(), "nama", 100.0)
    for level in sorted(set(left_level[free_left]) & set(right_level[free_right])):
        li = np.flatnonzero(free_left & (left_level == level))
        rj = np.flatnonzero(free_right & (right_level == level))
        scores = score_matrix(kiri["nama"].fillna("").iloc[li].tolist(), kanan["nama"].fillna("").iloc[rj].tolist())
        a, b = np.nonzero(scores >= ambang)
        for k in sorted(range(len(a)), key=lambda k: (-scores[a[k], b[k]], a[k], b[k])):
            i, j = li[a[k]], rj[b[k]]
            if free_left[i] and free_right[j]:
                take(i, j, "nama_mirip", round(float(scores[a[k], b[k]]), 1))
    out = pd.DataFrame(sorted(pairs), columns=["kiri", "kanan", "cara", "skor"])
    return out.astype({"kiri": int, "kanan": int, "skor": float})


def baris_dokumen(doc) -> pd.DataFrame:
    """The document's rows to reconcile: 3.2 (hasil analisis) with the values of the 3.3
    row matched to it by name, then the 3.3 rows matched to none.

    Columns: ``level``, ``kode``, ``nama``, ``indikator``, ``target``, ``satuan``,
    ``pagu_rp``, ``tabel``, ``baris_sumber`` (the row whose values are used),
    ``baris_review`` (its 3.2 line).
    """
    rv = doc.review_rkpd[doc.review_rkpd["sisi"].astype(str) == "hasil_analisis"].reset_index(drop=True)
    a = pd.DataFrame({"level": rv["level"].astype(str), "kode": pd.Series(pd.NA, index=rv.index, dtype="string"),
                      "nama": rv["nama"], "indikator": rv["indikator"], "target": rv["target_k"],
                      "satuan": rv["satuan"], "pagu_rp": rv["pagu_rp"], "tabel": _REVIEW,
                      "baris_sumber": rv["baris_sumber"], "baris_review": rv["baris_sumber"]})
    rc = doc.rencana.dropna(subset=["kode", "nama", "level"]).reset_index(drop=True)
    b = pd.DataFrame({"level": rc["level"].astype(str), "kode": rc["kode"], "nama": rc["nama"],
                      # a Renja murni's 3.3 gives one target and one pagu indikatif (``tables.plan.susunan``)
                      "indikator": rc["indikator"], "target": rc["target_sesudah"].fillna(rc["target_sebelum"]),
                      "satuan": rc["satuan_sesudah"].fillna(rc["satuan_sebelum"]),
                      "pagu_rp": rc["pagu_rkpd_perubahan_rp"].fillna(rc["pagu_rkpd_rp"]), "tabel": _RENCANA,
                      "baris_sumber": rc["baris_sumber"],
                      "baris_review": pd.Series(pd.NA, index=rc.index, dtype="Int64")})
    link = pasangkan(b.drop(columns="kode"), a.drop(columns="kode"))
    linked = b.iloc[link["kiri"].to_numpy()].set_axis(link["kanan"].to_numpy())
    linked["baris_review"] = a.loc[linked.index, "baris_review"]
    a.loc[linked.index] = linked.combine_first(a.loc[linked.index])[a.columns]
    alone = b.drop(index=link["kiri"].to_numpy())
    out = pd.concat([a, alone], ignore_index=True)
    out["pagu_rp"] = pd.to_numeric(out["pagu_rp"]).astype("Float64")
    out["target"] = pd.to_numeric(out["target"]).astype("Float64")
    for col in ("baris_sumber", "baris_review"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("level", "kode", "nama", "indikator", "satuan", "tabel"):
        out[col] = out[col].astype("string")
    return out


def pilih_perangkat_daerah(sipd, doc) -> str:
    """The ``kode_skpd`` of the document's office in SIPD data: the one whose name is most
    like the office on the document's title page (at least ``NAME_MATCH_THRESHOLD``),
    else the one sharing most row names with the document outside the support program
    (at least one; the support program's names are the same in every office).

    Raises
    ------
    RenjaParseError
        When no office of the SIPD data can be told to be the document's (also when the
        data holds one office that is plainly another one).
    """
    offices = sipd.rencana.drop_duplicates("kode_skpd")[["kode_skpd", "nama_skpd"]].reset_index(drop=True)
    instansi = (getattr(doc, "identitas", None) or {}).get("instansi")
    if instansi:
        scores = np.array([similarity(instansi, n) for n in offices["nama_skpd"]])
        best = np.flatnonzero(scores == scores.max())
        if scores.max() >= NAME_MATCH_THRESHOLD and len(best) == 1:
            return offices.at[int(best[0]), "kode_skpd"]
    names = {normalise_name(n) for n in baris_dokumen(doc)["nama"].dropna()}
    # the support program (program 01 of every bidang, X.XX.01 in SIPD) has the same names in every office
    ren = sipd.rencana
    program = ren["kode"].where(ren["level"].astype(str) == "program", ren["kode_program"])
    ren = ren[program.str.split(".").str[2] != "01"]
    shared = ren.assign(_n=ren["nama"].map(normalise_name).isin(names)).groupby("kode_skpd")["_n"].sum()
    if len(shared) and shared.max() > 0 and (shared == shared.max()).sum() == 1:
        return str(shared.idxmax())
    raise RenjaParseError(sipd.source, "perangkat daerah dokumen tidak ditemukan di data SIPD",
                          expected=f"ekspor SIPD {instansi or 'perangkat daerah dokumen'} (nama mirip, atau nama "
                                   "program/kegiatan/sub kegiatan yang sama)",
                          found=", ".join(offices["nama_skpd"].astype(str))[:200])


def baris_sipd(sipd, kode_skpd: str) -> pd.DataFrame:
    """The SIPD rows of one office, taken together across its sub-units by level and
    code (placeholders resolved): pagu summed, name, file and record of the first."""
    ren = sipd.rencana[sipd.rencana["kode_skpd"] == kode_skpd]
    ren = ren.assign(kode_dokumen=kode_terselesaikan(ren["kode"], ren["kode_skpd"]), level=ren["level"].astype(str))
    g = ren.groupby(["level", "kode_dokumen"], sort=False).agg(
        kode_sipd=("kode", "first"), nama=("nama", "first"), pagu_rp=("pagu_rp", "sum"),
        berkas=("berkas", "first"), baris_sumber=("baris_sumber", "first"), urutan=("urutan", "first"))
    out = g.reset_index().rename(columns={"kode_dokumen": "kode"})
    return out.sort_values("urutan", kind="stable").reset_index(drop=True)


def _satuan(s) -> str:
    return re.sub(r"[^0-9a-z%]", "", str(s).casefold())


def _indikator_terdekat(ind: pd.DataFrame, indikator) -> pd.Series | None:
    """SIPD's indicator most like the document's (the first when there is one or no name)."""
    if not len(ind):
        return None
    if len(ind) == 1 or pd.isna(indikator):
        return ind.iloc[0]
    scores = [similarity(indikator, t) if not pd.isna(t) else 0.0 for t in ind["tolok_ukur"]]
    return ind.iloc[int(np.argmax(scores))]


def rekonsiliasi(doc, sipd) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Reconcile a document with SIPD data: the match table (``KOLOM``, one row per
    document row and per SIPD row found only in SIPD) and the ``dokumen_vs_sipd`` findings.

    Examples
    --------
    >>> from renja_analysis import load_document, load_sipd
    >>> from renja_analysis.config import ROOT
    >>> tabel, temuan = rekonsiliasi(load_document(), load_sipd(ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"))
    >>> tabel["kecocokan"].value_counts().sort_index().to_dict()
    {'kode': 17, 'nama': 42, 'nama_mirip': 4, 'hanya_dokumen': 1, 'hanya_sipd': 1}
    """
    dok = baris_dokumen(doc)
    kode_skpd = pilih_perangkat_daerah(sipd, doc)
    sp = baris_sipd(sipd, kode_skpd)
    link = pasangkan(dok, sp)
    ind = sipd.indikator
    # this year's targets only: an outcome's target is the end-of-Renstra one (target_akhir)
    wanted = ind[ind["urutan_rencana"].isin(sp["urutan"]) & (ind["jenis_indikator"].astype(str) != "outcome")]
    indicators = dict(tuple(wanted.groupby("urutan_rencana", sort=False)))
    rows: list[dict] = []
    records: list[dict] = []
    matched_left = dict(zip(link["kiri"], zip(link["kanan"], link["cara"], link["skor"])))
    for i, d in dok.iterrows():
        j, cara, skor = matched_left.get(i, (None, "hanya_dokumen", np.nan))
        s = sp.iloc[j] if j is not None else None
        t = _indikator_terdekat(indicators.get(s["urutan"], wanted.iloc[0:0]), d["indikator"]) if s is not None else None
        rows.append(_row(len(rows) + 1, d, s, t, cara, skor))
        records += _temuan(d, s, t, cara, skor)
    for j in sorted(set(range(len(sp))) - set(link["kanan"])):
        s = sp.iloc[j]
        rows.append(_row(len(rows) + 1, None, s, None, "hanya_sipd", np.nan))
        records.append(_rec(
            "dokumen_vs_sipd", "kritis", f"Dokumen vs {tabel_sipd(s['berkas'])}", None, s["nama"], "kode",
            None, s["pagu_rp"],
            f"{_LEVEL[s['level']]} {s['kode_sipd']} \u201c{s['nama']}\u201d (pagu {format_rupiah(s['pagu_rp'])}) ada "
            "di SIPD tetapi tidak ditemukan di dokumen (3.2 maupun 3.3), menurut kode maupun nama; jumlah "
            f"{_LEVEL[s['level']].lower()} dokumen dan SIPD berbeda.", pembanding=s["baris_sumber"]))
    return _table(rows), _frame(records, JENIS)


def _row(urutan, d, s, t, cara, skor) -> dict:
    return {
        "urutan": urutan, "level": (d if d is not None else s)["level"], "kecocokan": cara,
        "skor_nama": skor, "kode": d["kode"] if d is not None else pd.NA,
        "kode_sipd": s["kode_sipd"] if s is not None else pd.NA,
        "nama_dokumen": d["nama"] if d is not None else pd.NA, "nama_sipd": s["nama"] if s is not None else pd.NA,
        "pagu_dokumen_rp": d["pagu_rp"] if d is not None else pd.NA,
        "pagu_sipd_rp": s["pagu_rp"] if s is not None else pd.NA,
        "target_dokumen": d["target"] if d is not None else pd.NA,
        "satuan_dokumen": d["satuan"] if d is not None else pd.NA,
        "target_sipd_teks": t["target_teks"] if t is not None else pd.NA,
        "target_sipd_min": t["target_min"] if t is not None else pd.NA,
        "target_sipd_max": t["target_max"] if t is not None else pd.NA,
        "satuan_sipd": t["satuan"] if t is not None else pd.NA,
        "tabel_dokumen": d["tabel"] if d is not None else pd.NA,
        "baris_dokumen": d["baris_sumber"] if d is not None else pd.NA,
        "baris_review": d["baris_review"] if d is not None else pd.NA,
        "berkas": s["berkas"] if s is not None else pd.NA, "baris_sipd": s["baris_sumber"] if s is not None else pd.NA,
    }


def _table(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame.from_records(rows, columns=KOLOM)
    out["selisih_pagu_rp"] = pd.to_numeric(out["pagu_dokumen_rp"]).astype("Float64") - \
        pd.to_numeric(out["pagu_sipd_rp"]).astype("Float64")
    for col in ("urutan", "baris_dokumen", "baris_review", "baris_sipd"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("skor_nama", "pagu_dokumen_rp", "pagu_sipd_rp", "target_dokumen", "target_sipd_min",
                "target_sipd_max"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    for col in ("kode", "kode_sipd", "nama_dokumen", "nama_sipd", "satuan_dokumen", "target_sipd_teks",
                "satuan_sipd", "tabel_dokumen", "berkas"):
        out[col] = out[col].astype("string")
    out["level"] = pd.Categorical(out["level"], categories=list(_LEVEL))
    out["kecocokan"] = pd.Categorical(out["kecocokan"], categories=KECOCOKAN)
    return out[KOLOM]


def _temuan(d, s, t, cara, skor) -> list[dict]:
    """The findings of one document row against its SIPD row (or its absence)."""
    level = _LEVEL[d["level"]]
    if s is None:
        kode = f" {d['kode']}" if not pd.isna(d["kode"]) else ""
        return [_rec(
            "dokumen_vs_sipd", "kritis", f"{d['tabel']} vs SIPD", d["baris_sumber"], d["nama"], "kode",
            d["pagu_rp"], None,
            f"{level}{kode} \u201c{d['nama']}\u201d ada di dokumen tetapi tidak ditemukan di SIPD, menurut kode "
            f"maupun nama; jumlah {level.lower()} dokumen dan SIPD berbeda.")]
    tabel = f"{d['tabel']} vs {tabel_sipd(s['berkas'])}"
    where = f"{s['kode_sipd']}"
    out = []

    def add(tingkat, kolom, dok, hitung, pesan):
        out.append(_rec("dokumen_vs_sipd", tingkat, tabel, d["baris_sumber"], d["nama"], kolom, dok, hitung, pesan,
                        pembanding=s["baris_sumber"]))

    if not pd.isna(d["pagu_rp"]) and abs(float(d["pagu_rp"]) - float(s["pagu_rp"])) > TOLERANSI_RP:
        add("kritis", "pagu_rp", d["pagu_rp"], s["pagu_rp"],
            f"Pagu {level.lower()} di dokumen {format_rupiah(d['pagu_rp'])}, di SIPD ({where}) "
            f"{format_rupiah(s['pagu_rp'])}: dokumen "
            f"{'lebih besar' if float(d['pagu_rp']) > float(s['pagu_rp']) else 'lebih kecil'} "
            f"{format_rupiah(abs(float(d['pagu_rp']) - float(s['pagu_rp'])))}; "
            "pagu dokumen Renja harus sama dengan SIPD.")
    if t is not None and not pd.isna(d["target"]) and not pd.isna(t["target_min"]):
        if float(d["target"]) < float(t["target_min"]) - 1e-9 or float(d["target"]) > float(t["target_max"]) + 1e-9:
            add("peringatan", "target", d["target"], t["target"] if not pd.isna(t["target"]) else t["target_min"],
                f"Target di dokumen {format_angka(d['target'], None)}, di SIPD ({where}) \u201c{t['target_teks']}\u201d "
                f"untuk indikator \u201c{t['tolok_ukur']}\u201d; samakan targetnya.")
        if not pd.isna(d["satuan"]) and not pd.isna(t["satuan"]) and _satuan(d["satuan"]) != _satuan(t["satuan"]):
            add("peringatan", "satuan", None, None,
                f"Satuan target di dokumen \u201c{d['satuan']}\u201d, di SIPD ({where}) \u201c{t['satuan']}\u201d; "
                "target dengan satuan berbeda tidak dapat dibandingkan.")
    if normalise_name(d["nama"]) != normalise_name(s["nama"]):
        add("info", "nama", None, skor if cara != "kode" else round(similarity(d["nama"], s["nama"]), 1),
            f"Nama di dokumen \u201c{d['nama']}\u201d, di SIPD ({where}) \u201c{s['nama']}\u201d; pakai nama "
            "nomenklatur SIPD.")
    return out


__all__ = ["KOLOM", "baris_dokumen", "baris_sipd", "pasangkan", "pilih_perangkat_daerah", "rekonsiliasi"]
