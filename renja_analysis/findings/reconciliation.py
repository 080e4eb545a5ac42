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
are taken together across its sub-units (for a unit's Renja, a puskesmas or kelurahan the title page
prints below its parent office, the sub-unit of that name alone: ``sub_unit_sipd``), by level and code, with SIPD's placeholder
``X.XX`` written with the office's bidang urusan (``findings.sipd.kode_terselesaikan``).

Rows are matched within a level: by code, then by exact normalised name
(``names.normalise_name``, a dictionary), then, for the rows left over only, by fuzzy
similarity (``names.score_matrix``, best pairs first, at least
``config.NAME_MATCH_THRESHOLD``). Every step is one pass, except the fuzzy one, which
is quadratic in the leftovers only. Two rows whose codes are both known and differ below the
bidang urusan (``kode_bawah``) are never paired by name: two rows of the nomenclature.

Findings ``dokumen_vs_sipd``: a row on one side only (kritis), the same name under two
codes (kritis, one finding naming both, nothing compared: ``nama_sama_kode_beda``), a pagu
difference (kritis; peringatan for a pair by name similarity only, whose messages say so:
``catatan_mirip``, and where SIPD's pagu is the row's pagu before the revision, ``SEBELUM``:
SIPD data of the stage before the revision), a target outside SIPD's value or range
(peringatan), a different unit (peringatan), a different name (info). Each names the document's
cell and SIPD's. A document with no row to reconcile (no 3.2 hasil analisis row, no 3.3
row: an evaluation with Tabel 2.2 only) is not compared: one ``dokumen_vs_sipd`` finding
(info, ``alasan_tanpa_baris``) says so, and no SIPD row is called missing from it.

The guard comes first (``periksa_kesesuaian``): the document's pemda, year and office
(title page, captions, else the file name: ``keys``) against the SIPD records' (``tahun``,
``id_daerah``, ``nama_daerah`` or the pemda ``lokasi_bl`` names, the office found by the
content words of its name, ``banding_kantor``, never by a similarity score: Pertanian is not
Pertanahan). SIPD data of another pemda, year or office is not reconciled
(``SipdTidakSepadan``, one line naming both sides' values), unless forced (``paksa``):
then one ``kesesuaian_sipd`` finding (info) names the difference and every
``dokumen_vs_sipd`` finding is info, its message opening with it. What a side does not
state is named in that finding, never assumed equal. Where both sides name their pemda or
office but the names may name another (``Kesesuaian.ragu``: ``Madiun`` against ``Kota Madiun``,
an office name that is the other's but for some words; a title page and a kata pengantar naming,
as the document was read, one office that SIPD holds as two, ``_dua_kantor``; an office picked by
shared row names for a document naming none, or only in its file name), the data may be another's: every
kritis ``dokumen_vs_sipd`` finding is a peringatan, its message opening with the doubt
(``ragukan``), and the ``kesesuaian_sipd`` finding says so.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd

from ..config import NAME_MATCH_THRESHOLD
from ..errors import RenjaParseError
from ..keys import (
    kode_daerah,
    kunci,
    kunci_dari_nama_berkas,
    pemda_baku,
    pemda_dari_lokasi,
    pemda_sama,
    pemda_tanpa_jenis,
)
from ..names import (  # noqa: F401
    _SEBAGIAN,
    LEVEL_OF_PARTS,
    SINGKATAN_KANTOR,
    banding_kantor,
    inti_serupa,
    kata_kantor,
    normalise_name,
    normalise_names,
    score_matrix,
    similarity,
)
from ..numbers import format_angka, format_rupiah
from ..sources.base import LABEL, adalah_tabel, tidak_dibaca
from ..tables.codes import SEMBARANG, TIADA, bagian_kode
from ..tables.rkpd_review import teks_celah
from ..tables.sipd import skpd_tertulis
from .document import (
    JENIS,
    TOLERANSI_RP,
    _celah_32_bagian,
    _dengan_desimal_pagu,
    _desimal_pagu,
    _ditulis,
    _dua_skala_33,
    _frame,
    _pembulatan,
    _rec,
    _seperseribu,
    _setengah_digit,
    _skala_lain,
    _teks_rasio,
    _tertulis,
    _tertulis_dua,
    _toleransi_bulat,
    header_ribuan,
    skala_pasti,
)
from .sipd import kode_terselesaikan, tabel as tabel_sipd

KOLOM = ["urutan", "level", "kecocokan", "skor_nama", "kode", "kode_sipd", "nama_dokumen", "nama_sipd",
         "pagu_dokumen_rp", "pagu_sipd_rp", "selisih_pagu_rp", "target_dokumen", "target_dokumen_lain", "satuan_dokumen",
         "target_sipd_teks", "target_sipd_min", "target_sipd_max", "satuan_sipd", "tabel_dokumen",
         "baris_dokumen", "baris_review", "tabel_pagu", "baris_pagu", "berkas", "baris_sipd"]
KECOCOKAN = ["kode", "nama", "nama_mirip", "hanya_dokumen", "hanya_sipd"]
_REVIEW, _RENCANA = LABEL["tabel_3_2"], LABEL["tabel_3_3"]
_LEVEL = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}


#: The number of segments of a code per level (Permendagri 90/2019: ``U.BU.PP``,
#: ``U.BU.PP.A.KK``, ``U.BU.PP.A.KK.SSSS``), and each segment's width.
_SEGMEN = {level: parts for parts, level in LEVEL_OF_PARTS.items()}
_LEBAR = [1, 2, 2, 1, 2, 4]


def _bawah(kode: pd.Series, level: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Whether each code is known (a code, ``codes.bagian_kode``, of its level's number of
    segments) and its parts below the bidang urusan (shape (n, 4))."""
    _, bagian = bagian_kode(kode)
    segmen = pd.Series(level, dtype=object).reset_index(drop=True).map(_SEGMEN).fillna(0).to_numpy(dtype=np.int64)
    known = ((bagian != TIADA).sum(axis=1) == segmen) & (segmen > 0)
    return known, bagian[:, 2:]


def kode_bawah(kode: pd.Series, level: pd.Series) -> pd.Series:
    """The part of each code that names its row below the urusan and bidang urusan (program,
    kegiatan and sub kegiatan numbers), each segment at its width (``2.17.1.2.9.9`` gives
    ``01.2.09.0009``) and a placeholder as ``X``; NA where the code is unknown: missing, not a
    code (``codes.bagian_kode``: spaces and trailing dots aside, numbers or placeholders), or
    with another number of segments than its level's.

    The urusan and bidang (the first two segments) are left out: SIPD writes a program shared
    by every urusan as ``X.XX`` (resolved with the office's first bidang, a guess for an office
    of two bidang), and a document may write either. Two rows whose ``kode_bawah`` are both
    known and differ in a segment known on both sides are two rows of the nomenclature,
    whatever their names (``kode_bertentangan``); a placeholder contradicts no number.

    Examples
    --------
    >>> kode_bawah(pd.Series(["2.17.01.2.09.0009", "X.XX.1.2.9.10", "2.17.02.2.01.xx", None, "2.17.01"]),
    ...            pd.Series(["sub_kegiatan"] * 4 + ["kegiatan"])).tolist()
    ['01.2.09.0009', '01.2.09.0010', '02.2.01.XXXX', <NA>, <NA>]
    """
    known, bagian = _bawah(kode, level)
    out = pd.Series("", index=range(len(known)), dtype="string")
    for c in range(bagian.shape[1]):
        w = _LEBAR[c + 2]
        col = pd.Series(bagian[:, c]).astype(str).str.zfill(w).astype("string")
        col = col.mask(bagian[:, c] == SEMBARANG, "X" * w).mask(bagian[:, c] == TIADA, pd.NA)
        out = out.where(col.isna(), (out + ".").where(out != "", "") + col)
    return out.where(known).set_axis(kode.index)


def kode_bertentangan(kiri: pd.DataFrame, kanan: pd.DataFrame) -> np.ndarray:
    """Per pair of positions (``kiri`` row i, ``kanan`` row j), whether both rows state a known
    code (``kode_bawah``) and the two differ in a segment below the bidang known on both sides
    (a placeholder matches any value; ``2.17.1.2.9`` is ``2.17.01.2.09``): such rows are never
    paired by name (``pasangkan``). A table without a ``kode`` column states none. Meant for
    two rows of one level (a shorter code's missing segments contradict nothing).

    Examples
    --------
    >>> a = pd.DataFrame({"level": ["sub_kegiatan"] * 3,
    ...                   "kode": ["2.17.01.2.09.0009", None, "2.17.1.2.9.10."]})
    >>> b = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "kode": ["X.XX.01.2.09.0010", "2.17.01.2.XX.0009"]})
    >>> kode_bertentangan(a, b).tolist()
    [[True, False], [False, False], [False, True]]
    """
    def bawah(t):
        if "kode" not in t:
            return np.zeros(len(t), dtype=bool), np.full((len(t), 4), SEMBARANG, dtype=np.int64)
        return _bawah(t["kode"], t["level"].astype(str))
    (ka, a), (kb, b) = bawah(kiri), bawah(kanan)
    out = np.zeros((len(ka), len(kb)), dtype=bool)
    for c in range(4):
        x, y = a[:, c][:, None], b[:, c][None, :]
        out |= (x >= 0) & (y >= 0) & (x != y)
    return out & ka[:, None] & kb[None, :]


def pasangkan(kiri: pd.DataFrame, kanan: pd.DataFrame, ambang: float = NAME_MATCH_THRESHOLD,
              inti: bool = True, conflict: np.ndarray | None = None) -> pd.DataFrame:
    """Match two tables' rows one to one within a level: by ``kode`` (where both have
    that column), then by exact normalised name, then by fuzzy similarity among the
    rows left over (best pairs first). Across sources (``inti``, the default) a similar
    pair is taken only where the words that tell the names apart agree too
    (``names.inti_serupa``: "Ibu Hamil" is not "Ibu Bersalin"); within one document
    (Tabel 3.2 against 3.3 of the same office, ``inti=False``) the whole-name score
    decides, as the two tables list the same sub kegiatan.

    Two rows whose codes are both known and differ below the bidang urusan
    (``kode_bertentangan``) are never paired by name, exact or similar: they are two rows
    of the nomenclature. Where their names are the same, ``nama_sama_kode_beda`` names them.
    ``conflict``: ``kode_bertentangan(kiri, kanan)``, where the caller has it already.

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
    >>> ibu = pd.DataFrame({"nama": ["Pelayanan Kesehatan Ibu Hamil"], "level": ["sub_kegiatan"]})
    >>> bersalin = pd.DataFrame({"nama": ["Pelayanan Kesehatan Ibu Bersalin"], "level": ["sub_kegiatan"]})
    >>> len(pasangkan(ibu, bersalin)), len(pasangkan(ibu, bersalin, inti=False))
    (0, 1)
    >>> gedung = pd.DataFrame({"nama": ["Pemeliharaan Gedung Kantor"], "level": ["sub_kegiatan"],
    ...                        "kode": ["2.17.01.2.09.0009"]})
    >>> len(pasangkan(gedung, gedung.assign(kode="X.XX.01.2.09.0010")))
    0
    """
    left_level = kiri["level"].astype(str).to_numpy()
    right_level = kanan["level"].astype(str).to_numpy()
    pairs: list[tuple] = []
    free_left = np.ones(len(kiri), dtype=bool)
    free_right = np.ones(len(kanan), dtype=bool)
    if conflict is None:
        conflict = kode_bertentangan(kiri, kanan)

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
    left_norm = normalise_names(kiri["nama"].fillna("").tolist())
    right_norm = normalise_names(kanan["nama"].fillna("").tolist())
    queue: dict = defaultdict(list)
    for j in np.flatnonzero(free_right).tolist():
        queue[(right_level[j], right_norm[j])].append(j)
    for i in np.flatnonzero(free_left).tolist():
        if not left_norm[i]:
            continue
        q = queue.get((left_level[i], left_norm[i]), [])
        j = next((j for j in q if free_right[j] and not conflict[i, j]), None)
        if j is not None:
            take(i, j, "nama", 100.0)
    for level in sorted(set(left_level[free_left]) & set(right_level[free_right])):
        li = np.flatnonzero(free_left & (left_level == level))
        rj = np.flatnonzero(free_right & (right_level == level))
        scores = score_matrix(kiri["nama"].fillna("").iloc[li].tolist(), kanan["nama"].fillna("").iloc[rj].tolist())
        a, b = np.nonzero((scores >= ambang) & ~conflict[np.ix_(li, rj)])
        for k in sorted(range(len(a)), key=lambda k: (-scores[a[k], b[k]], a[k], b[k])):
            i, j = li[a[k]], rj[b[k]]
            if free_left[i] and free_right[j] and (not inti or inti_serupa(kiri["nama"].iloc[i],
                                                                            kanan["nama"].iloc[j])):
                take(i, j, "nama_mirip", round(float(scores[a[k], b[k]]), 1))
    out = pd.DataFrame(sorted(pairs), columns=["kiri", "kanan", "cara", "skor"])
    return out.astype({"kiri": int, "kanan": int, "skor": float})


#: 3.3's pagu before the revision, each with its column's name in the findings: a SIPD export taken
#: before the revision (the murni stage) holds one of these, not the revised pagu.
SEBELUM = {"pagu_apbd_rp": "APBD", "pagu_rkpd_rp": "RKPD"}


def nama_sama_kode_beda(kiri: pd.DataFrame, kanan: pd.DataFrame, link: pd.DataFrame,
                        conflict: np.ndarray | None = None) -> pd.DataFrame:
    """The rows ``pasangkan`` left apart (``link``: its result) that share a level and an
    exact normalised name while their codes differ (``kode_bertentangan``): one side miscodes
    the row, or the two are rows of the same name under two codes. One to one, ``kiri`` order
    first; a similar name (not the same) with another code is simply another row. ``conflict``:
    ``kode_bertentangan(kiri, kanan)``, where the caller has it already.

    Returns
    -------
    DataFrame
        ``kiri``, ``kanan`` (positions).

    Examples
    --------
    >>> a = pd.DataFrame({"nama": ["Pemeliharaan Gedung Kantor"], "level": ["sub_kegiatan"],
    ...                   "kode": ["2.17.01.2.09.0009"]})
    >>> b = a.assign(kode="X.XX.01.2.09.0010")
    >>> nama_sama_kode_beda(a, b, pasangkan(a, b)).values.tolist()
    [[0, 0]]
    """
    free_left = np.ones(len(kiri), dtype=bool)
    free_right = np.ones(len(kanan), dtype=bool)
    free_left[link["kiri"].to_numpy(dtype=int)] = False
    free_right[link["kanan"].to_numpy(dtype=int)] = False
    if conflict is None:
        conflict = kode_bertentangan(kiri, kanan)
    left = pd.DataFrame({"level": kiri["level"].astype(str).to_numpy(),
                         "n": normalise_names(kiri["nama"].fillna("").tolist())})
    right = pd.DataFrame({"level": kanan["level"].astype(str).to_numpy(),
                          "n": normalise_names(kanan["nama"].fillna("").tolist())})
    cand = left[free_left & (left["n"] != "")].reset_index().merge(
        right[free_right].reset_index(), on=["level", "n"], suffixes=("_kiri", "_kanan"))
    cand = cand[conflict[cand["index_kiri"].to_numpy(dtype=int), cand["index_kanan"].to_numpy(dtype=int)]]
    out: list[tuple[int, int]] = []
    for i, j in cand.sort_values(["index_kiri", "index_kanan"])[["index_kiri", "index_kanan"]].itertuples(index=False):
        if free_left[i] and free_right[j]:
            out.append((int(i), int(j)))
            free_left[i] = free_right[j] = False
    return pd.DataFrame(out, columns=["kiri", "kanan"], dtype=int)


def skala_pagu(doc) -> tuple[float, float]:
    """Rupiah a unit of Tabel 3.2's and of Tabel 3.3's pagu as read (``load.analyse``): 1, or 1000
    for a table read in thousands (its values already multiplied: each cell rounded to the
    thousand), NaN where its header says thousands and its scale is unknown (read as written;
    ``findings.document.skala_pasti``, ``RenjaDocument.skala_rencana``); a 3.2 read as written about 1/1000
    of 2.2's or of a murni's 3.3 (``RenjaDocument.rasio_review_rencana``) is of unknown scale too.

    >>> from types import SimpleNamespace as NS
    >>> skala_pagu(NS(skala_review=1000.0, header_review=["Pagu (Rp.000)"], skala_rencana=float("nan")))
    (1000.0, nan)
    >>> skala_pagu(NS(skala_review=1.0, header_review=["Pagu (Rp.000)"], rasio_skala_review=0.02))
    (nan, 1.0)
    >>> skala_pagu(NS(skala_review=1.0, header_review=["Pagu (Rp)"], rasio_review_rencana=0.001))
    (nan, 1.0)
    """
    s32 = float(getattr(doc, "skala_review", 1.0))
    if not skala_pasti(list(getattr(doc, "header_review", []) or []), s32,
                       getattr(doc, "rasio_skala_review", np.nan), getattr(doc, "rasio_review_rencana", np.nan)):
        s32 = np.nan
    return s32, float(getattr(doc, "skala_rencana", 1.0))


def skala_lain_pagu(doc) -> tuple[float, float]:
    """The second reading of Tabel 3.2's and of Tabel 3.3's pagu where its scale is unknown (``skala_pagu``
    NaN), one of two: its header names no thousands and its pagu is about 0,001 or 0,000001 of Tabel 2.2's
    or, a Renja murni's, of the same year's plan in the other section-3 table (the ratio ``_rasio_tak_pasti``
    names): 1000 or 1000000 rupiah a unit (``findings.document._skala_lain``; the readings
    ``findings.document._dua_skala_32`` / ``_dua_skala_33`` give the comparison of 3.2 with 3.3); NaN for a
    table of known scale, or of unknown scale under a header saying thousands (its values not telling).

    >>> from types import SimpleNamespace as NS
    >>> skala_lain_pagu(NS(skala_review=1.0, header_review=["Pagu Indikatif (Rp)"], rasio_skala_review=0.0012,
    ...                    skala_rencana=1.0, header_rencana=["PAGU INDIKATIF (Rp)"]))
    (1000.0, nan)
    >>> skala_lain_pagu(NS(skala_review=1.0, header_review=["Pagu Indikatif (Rp.000)"], rasio_skala_review=0.04,
    ...                    skala_rencana=1.0))
    (nan, nan)
    """
    out = []
    for tabel, skala, header in zip((_REVIEW, _RENCANA), skala_pagu(doc), ("header_review", "header_rencana")):
        known = pd.notna(skala) or header_ribuan(getattr(doc, header, None))
        out.append(np.nan if known else float(_skala_lain(_rasio_tak_pasti(doc, tabel)[0])))
    return out[0], out[1]


def target_baris(rc: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The target and unit a 3.3 row stands for: the after-change target (``target_sesudah``) where its
    cell is written, the before-change one only where nothing is written after the change (a Renja
    murni's 3.3 gives one target, ``tables.plan.susunan``; or an empty cell). A cell written but not
    read as a number (``tables.plan``: its number reads two ways, target NA, its text kept in the
    satuan column) leaves the row without a target and a unit: never the before-change target in its
    place (REV-AQ AQ2), never its text as a unit.

    >>> rc = pd.DataFrame({"target_sebelum": [4.0, 4.0, 15.0], "satuan_sebelum": ["Dok", "Dok", "Orang"],
    ...                    "target_sesudah": [5.0, None, None], "satuan_sesudah": ["Dok", None, "1.250"]})
    >>> t, s = target_baris(rc)
    >>> t.tolist(), s.tolist()
    ([5.0, 4.0, nan], ['Dok', 'Dok', nan])
    """
    sesudah = pd.to_numeric(rc["target_sesudah"]).astype("Float64")
    sebelum = pd.to_numeric(rc["target_sebelum"]).astype("Float64")
    # a side written but not read has no number, its text kept where its unit would be: no unit
    satuan_sesudah = rc["satuan_sesudah"].where(sesudah.notna())
    satuan_sebelum = rc["satuan_sebelum"].where(sebelum.notna())
    tertulis = sesudah.notna() | rc["satuan_sesudah"].notna()
    target = sesudah.where(tertulis, sebelum)
    satuan = satuan_sesudah.where(tertulis, satuan_sebelum)
    return target.astype(float), satuan.astype(object).where(satuan.notna(), np.nan)


def target_baris_lain(rc: pd.DataFrame) -> pd.Series:
    """The second reading of the target ``target_baris`` gives, where its 3.3 cell reads two ways and
    nothing settled it (``tables.plan._putuskan_tahun``: ``target_<key>_lain``), else NaN.

    >>> rc = pd.DataFrame({"target_sebelum": [4.0, 1.5], "target_sebelum_lain": [None, 1500.0],
    ...                    "satuan_sebelum": ["Dok", "Meter"], "target_sesudah": [5.0, None],
    ...                    "target_sesudah_lain": [None, None], "satuan_sesudah": ["Dok", None]})
    >>> target_baris_lain(rc).tolist()
    [nan, 1500.0]
    """
    kosong = pd.Series(np.nan, index=rc.index)
    sesudah = pd.to_numeric(rc["target_sesudah"]).astype("Float64")
    tertulis = (sesudah.notna() | rc["satuan_sesudah"].notna()).to_numpy(dtype=bool)
    lain_sesudah = pd.to_numeric(rc.get("target_sesudah_lain", kosong)).astype(float)
    lain_sebelum = pd.to_numeric(rc.get("target_sebelum_lain", kosong)).astype(float)
    return lain_sesudah.where(tertulis, lain_sebelum)


def baris_dokumen(doc) -> pd.DataFrame:
    """The document's rows to reconcile: 3.2 (hasil analisis) with the values of the 3.3
    row matched to it by name, then the 3.3 rows matched to none.

    Columns: ``level``, ``kode``, ``nama``, ``indikator``, ``target``, ``satuan``,
    ``pagu_rp``, ``tabel``, ``baris_sumber`` (the row whose values are used),
    ``baris_review`` (its 3.2 line), ``SEBELUM``'s columns: 3.3's pagu before the
    revision (APBD, RKPD) where ``pagu_rp`` is its revised one (RKPD Perubahan), else NA,
    ``tabel_pagu`` (the table ``pagu_rp`` is from: 3.3's where it gives one, unless its scale is
    unknown and 3.2's known), ``skala_pagu`` (rupiah a unit of that table, ``skala_pagu``: 1, 1000,
    NaN unknown; 1 for a pagu of 0, Rp 0 in any unit) and ``baris_pagu`` (the 3.2 line of a pagu taken from 3.2 in place of a 3.3 row's
    of unknown scale, else NA: the findings on that pagu name it).
    """
    s32, s33 = skala_pagu(doc)
    rv = doc.review_rkpd[doc.review_rkpd["sisi"].astype(str) == "hasil_analisis"].reset_index(drop=True)
    a = pd.DataFrame({"level": rv["level"].astype(str), "kode": pd.Series(pd.NA, index=rv.index, dtype="string"),
                      "nama": rv["nama"], "indikator": rv["indikator"], "target": rv["target_k"],
                      "target_lain": np.nan, "satuan": rv["satuan"], "pagu_rp": rv["pagu_rp"], "tabel": _REVIEW,
                      "baris_sumber": rv["baris_sumber"], "baris_review": rv["baris_sumber"]})
    for col in SEBELUM:
        a[col] = pd.Series(np.nan, index=rv.index, dtype="Float64")
    rc = doc.rencana.dropna(subset=["kode", "nama", "level"]).reset_index(drop=True)
    target, satuan = target_baris(rc)
    b = pd.DataFrame({"level": rc["level"].astype(str), "kode": rc["kode"], "nama": rc["nama"],
                      "indikator": rc["indikator"], "target": target, "target_lain": target_baris_lain(rc),
                      "satuan": satuan,
                      "pagu_rp": rc["pagu_rkpd_perubahan_rp"].fillna(rc["pagu_rkpd_rp"]), "tabel": _RENCANA,
                      "baris_sumber": rc["baris_sumber"],
                      "baris_review": pd.Series(pd.NA, index=rc.index, dtype="Int64")})
    revised = rc["pagu_rkpd_perubahan_rp"].notna()
    for col in SEBELUM:
        b[col] = pd.to_numeric(rc[col].where(revised)).astype("Float64")
    link = pasangkan(b.drop(columns="kode"), a.drop(columns="kode"), inti=False)
    linked = b.iloc[link["kiri"].to_numpy()].set_axis(link["kanan"].to_numpy())
    linked["baris_review"] = a.loc[linked.index, "baris_review"]
    # the pagu is 3.3's where the matched 3.3 row gives one, else 3.2's: its table and scale follow it;
    # a 3.3 of unknown scale gives way to a 3.2 of known scale (its pagu, on its own line, compared)
    ada_33 = pd.to_numeric(linked["pagu_rp"]).notna().to_numpy()
    ganti = ada_33 & bool(pd.isna(s33) and pd.notna(s32)) & pd.to_numeric(
        a.loc[linked.index, "pagu_rp"]).notna().to_numpy()
    baris_pagu = pd.Series(pd.NA, index=a.index, dtype="Int64")   # the pagu's own line, where not the row's
    if ganti.any():
        linked.loc[ganti, ["pagu_rp", *SEBELUM]] = np.nan
        baris_pagu.loc[linked.index[ganti]] = a.loc[linked.index[ganti], "baris_review"].to_numpy()
    dari_33 = np.zeros(len(a), dtype=bool)
    dari_33[linked.index.to_numpy(dtype=int)] = ada_33 & ~ganti
    a.loc[linked.index] = linked.combine_first(a.loc[linked.index])[a.columns]
    a["tabel_pagu"] = np.where(dari_33, _RENCANA, _REVIEW)
    a["skala_pagu"] = np.where(dari_33, s33, s32)
    a["baris_pagu"] = baris_pagu
    alone = b.drop(index=link["kiri"].to_numpy()).assign(tabel_pagu=_RENCANA, skala_pagu=s33,
                                                         baris_pagu=pd.NA)
    out = pd.concat([a, alone], ignore_index=True)
    for col in ("pagu_rp", *SEBELUM):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    out["target"] = pd.to_numeric(out["target"]).astype("Float64")
    out["target_lain"] = pd.to_numeric(out["target_lain"]).astype("Float64")
    for col in ("baris_sumber", "baris_review", "baris_pagu"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("level", "kode", "nama", "indikator", "satuan", "tabel", "tabel_pagu"):
        out[col] = out[col].astype("string")
    out["skala_pagu"] = out["skala_pagu"].astype(float)
    # Rp 0 is 0 in any unit: a zero of a table of unknown scale is compared
    if pd.isna(s32) or pd.isna(s33):
        nol = out["skala_pagu"].isna().to_numpy() & out["pagu_rp"].eq(0).fillna(False).to_numpy(dtype=bool)
        out.loc[nol, "skala_pagu"] = 1.0
    return out


#: The office of a SIPD row, as SIPD defines it: the SKPD its sub-unit belongs to
#: (``tables.sipd.skpd_induk``): a Renja document is an SKPD's, its Puskesmas and UPTD included.
SKPD, NAMA_SKPD = "kode_skpd_induk", "nama_skpd_induk"


def _rencana(sipd) -> pd.DataFrame:
    """``sipd_rencana`` with each row's SKPD (``SKPD``, ``NAMA_SKPD``)."""
    return skpd_tertulis(sipd.rencana)


def _program_kode(kode: pd.Series) -> pd.Series:
    """The program number of a code (its third part: ``01`` is the support program), NA without one."""
    return kode.astype("string").str.split(".").str[2]


def _nama_penunjang(ren: pd.DataFrame, dok: pd.DataFrame) -> set:
    """The normalised names of the support program's rows (program 01 of every bidang, the same names
    in every office: they tell no office apart): those SIPD writes under an ``X.XX.01`` program in any
    office of the data, and the document's (a code whose program is 01, or a row of 3.2 under a
    program so coded or named "Program Penunjang Urusan Pemerintahan Daerah")."""
    program = ren["kode"].where(ren["level"].astype(str) == "program", ren["kode_program"])
    names = set(ren.loc[(_program_kode(program) == "01").fillna(False).to_numpy(), "nama"].dropna().map(normalise_name))
    coded = (_program_kode(dok["kode"]) == "01").fillna(False)
    review = dok[dok["baris_review"].notna()]          # 3.2's rows, in its order
    is_program = review["level"].astype(str) == "program"
    penunjang = (coded.loc[review.index] | review["nama"].fillna("").map(normalise_name).str.contains(
        "penunjang urusan pemerintahan", regex=False)) & is_program
    group = is_program.cumsum()
    under = group.isin(group[penunjang]) & (group > 0)
    return names | set(dok.loc[coded, "nama"].dropna().map(normalise_name)) | set(
        review.loc[under, "nama"].dropna().map(normalise_name))


def _sampul(doc, ident: dict) -> tuple[str | None, str]:
    """The title page's name of the document's office where the office compared (``ident``, its
    ``identitas_dokumen``: read from its text, not its file name) is the fuller name a sentence gives it that
    may cite another office's Renja (``sources.text.identitas``'s ``instansi_sampul``: fewer words, or
    initials, on the title page), else None (also for a workbook, or a document read back from its tables);
    with where the sentence stands (``kata pengantar`` or ``awal dokumen``)."""
    ident_teks = getattr(doc, "identitas", None) or {}
    tempat = ident_teks.get("kalimat_di", "awal dokumen")
    if ident["dari"]["instansi"] != "teks dokumen":
        return None, tempat
    return ident_teks.get("instansi_sampul"), tempat


def _jenis(doc, ident: dict) -> tuple[str | None, str]:
    """The document's other name of its office, differing from the one compared (``ident``'s) in the office's kind
    only (``sources.text.identitas``'s ``instansi_jenis``: the title page ``BADAN ...``, a sentence of the document
    ``Kantor ...``), where the office compared was read from the document's text, else None; with where it stands
    (``jenis_di``: ``halaman judul``, ``kata pengantar``, ``awal dokumen``)."""
    ident_teks = getattr(doc, "identitas", None) or {}
    if ident["dari"]["instansi"] != "teks dokumen":
        return None, ""
    return ident_teks.get("instansi_jenis"), ident_teks.get("jenis_di", "awal dokumen")


def _induk(doc, ident: dict) -> str | None:
    """The parent office the title page prints right above the document's own office line
    (``sources.text.identitas``'s ``instansi_induk``: a kelurahan's kecamatan, a puskesmas's Dinas Kesehatan),
    where the office compared was read from the document's text, else None."""
    if ident["dari"]["instansi"] != "teks dokumen":
        return None
    return (getattr(doc, "identitas", None) or {}).get("instansi_induk")


#: The words saying a name is a unit's (``UPT``, ``UPTD``, ``Unit Pelaksana Teknis Daerah``): SIPD and a title page
#: may write one puskesmas with or without them (``UPT PUSKESMAS PLAOSAN``, ``UPTD PUSKESMAS PLAOSAN``).
_AWAL_UNIT = re.compile(r"(?i)^\s*(?:UPTD?|UNIT\s+PELAKSANA\s+TEKNIS(?:\s+DAERAH)?)\b\.?\s*")


def sub_unit_sipd(sipd, kode_skpd: str, instansi) -> str | None:
    """The code (``kode_sub_skpd``) of the one sub-unit of office ``kode_skpd`` in the SIPD data whose name
    (``nama_sub_skpd``) has ``instansi``'s content words (``banding_kantor`` ``sama``), the words ``UPT``/``UPTD``
    left out on both sides; None when none or several.

    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> ren = pd.DataFrame({"kode_skpd_induk": "1", "nama_skpd_induk": "DINAS KESEHATAN", "dasar_skpd": "berkas",
    ...                     "kode_sub_skpd": ["1", "1.0001"], "nama_sub_skpd": ["DINAS KESEHATAN", "UPTD PUSKESMAS PLAOSAN"]})
    >>> sub_unit_sipd(SimpleNamespace(rencana=ren), "1", "UPT PUSKESMAS PLAOSAN")
    '1.0001'
    >>> sub_unit_sipd(SimpleNamespace(rencana=ren), "1", "UPT PUSKESMAS MAOSPATI") is None
    True
    """
    ren = _rencana(sipd)
    if "nama_sub_skpd" not in ren or not instansi:
        return None
    units = ren.loc[ren[SKPD] == kode_skpd, ["kode_sub_skpd", "nama_sub_skpd"]].drop_duplicates("kode_sub_skpd")
    nama = _AWAL_UNIT.sub("", str(instansi))
    hit = [str(k) for k, n in zip(units["kode_sub_skpd"], units["nama_sub_skpd"])
           if pd.notna(n) and banding_kantor(nama, _AWAL_UNIT.sub("", str(n)))[0] == "sama"]
    return hit[0] if len(hit) == 1 else None


#: An office name that reads as a unit's (a UPT/UPTD, puskesmas, RSUD, labkesda, kelurahan): SIPD may hold it as a
#: sub-unit of its parent office (``_sub_unit_bernama``).
_NAMA_UNIT = re.compile(r"(?i)^\s*(?:UPTD?|UNIT\s+PELAKSANA\s+TEKNIS|PUSKESMAS|RSUD|RUMAH\s+SAKIT|LABKESDA|KELURAHAN)\b")


def _sub_unit_bernama(sipd, instansi) -> pd.DataFrame:
    """The sub-units of every office of the SIPD data named ``instansi`` (``banding_kantor`` ``sama``, the words
    ``UPT``/``UPTD`` left out on both sides): ``SKPD``, ``kode_sub_skpd``, ``nama_sub_skpd``, one row each.

    >>> from types import SimpleNamespace
    >>> ren = pd.DataFrame({SKPD: ["1", "1", "2"], NAMA_SKPD: "X", "kode_sub_skpd": ["1", "1.0001", "2.0001"],
    ...                     "nama_sub_skpd": ["DINAS KESEHATAN", "UPTD PUSKESMAS TAMAN", "UPT PUSKESMAS PLAOSAN"],
    ...                     "dasar_skpd": "berkas"})
    >>> _sub_unit_bernama(SimpleNamespace(rencana=ren), "UPT PUSKESMAS TAMAN")["kode_sub_skpd"].tolist()
    ['1.0001']
    """
    ren = _rencana(sipd)
    if "nama_sub_skpd" not in ren or not instansi:
        return pd.DataFrame(columns=[SKPD, "kode_sub_skpd", "nama_sub_skpd"])
    units = ren[[SKPD, "kode_sub_skpd", "nama_sub_skpd"]].drop_duplicates("kode_sub_skpd")
    nama = _AWAL_UNIT.sub("", str(instansi))
    sama = [pd.notna(n) and banding_kantor(nama, _AWAL_UNIT.sub("", str(n)))[0] == "sama" for n in units["nama_sub_skpd"]]
    return units[sama]


def _kata_nama(nama) -> list[str]:
    """An office name's words, lower case, conjunctions left out, up to its pemda's words (``_bagian_judul``)."""
    words = [w for w in re.sub(r"[^\w]+", " ", str(nama)).lower().split() if w not in ("dan", "serta", "atau")]
    cut = next((i for i, w in enumerate(words) if i >= 1 and w in ("kabupaten", "kab", "kota", "provinsi", "prov")),
               len(words))
    return words[:cut]


def _bagian_judul(sampul, nama) -> bool:
    """Whether a title page's short name ``sampul`` names a part of an office name ``nama`` of more words
    (REV-X X4): ``banding_kantor``'s ``bagian`` with the words on ``nama``'s side only (``DINAS KESEHATAN`` in
    ``DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA``), or one word of initials spelling
    ``nama``'s first and last words and some between (``BKD``: Badan ... Keuangan Daerah in ``BADAN PENGELOLAAN
    KEUANGAN DAERAH``).

    >>> _bagian_judul("DINAS KESEHATAN", "DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA")
    True
    >>> _bagian_judul("BKD", "BADAN PENGELOLAAN KEUANGAN DAERAH"), _bagian_judul("BKD", "BADAN KEUANGAN DAERAH")
    (True, False)
    >>> _bagian_judul("DINAS KESEHATAN", "DINAS SOSIAL"), _bagian_judul("BKD", "BADAN PERENCANAAN PEMBANGUNAN DAERAH")
    (False, False)
    """
    rel, hanya_sampul, hanya_nama = banding_kantor(sampul, nama)
    if rel == "bagian":
        return not hanya_sampul and bool(hanya_nama)
    singkat, ref = _kata_nama(sampul), _kata_nama(nama)
    if len(singkat) != 1 or not 2 <= len(w := singkat[0]) < len(ref) or w in ref:
        return False
    if ref[0][0] != w[0] or ref[-1][0] != w[-1]:
        return False
    tengah = iter(x[0] for x in ref[1:-1])
    return all(c in tengah for c in w[1:-1])      # the letters between, initials of words in order


def _dua_kantor(offices: pd.DataFrame, instansi, sampul) -> tuple[str | None, list[str]]:
    """Where the document's two names of its office name two offices of the SIPD data (REV-U U1b): the
    office compared with and the codes (``SKPD``) of every office the names name, else ``(None, [])``.

    ``sources.text.identitas`` read the title page's ``sampul`` and the sentence's ``instansi`` as one
    office (``banding_kantor``: a part, ``Dinas Sosial`` / ``Dinas Sosial P3A``; initials, ``BKD``), kept
    the sentence's, the fuller name, and kept ``sampul`` where the sentence may cite another office's Renja.
    The names are two offices when the data holds one office named ``instansi`` (``sama``) and another that
    ``sampul`` names (``sama``, or ``singkatan``: its initials; else, none such, an office whose longer name
    ``sampul`` names a part of, ``_bagian_judul``: REV-X X4): the sentence may cite another office's Renja
    (``selaras dengan Renja ...``), the title page's line may have lost words, and which of the two the
    document is cannot be read. Compared with the title page's office when it names one, the document's own
    title (as for two names one letter apart), else with ``instansi``'s; ``periksa_kesesuaian`` holds the
    pairing in doubt.

    >>> offices = pd.DataFrame({SKPD: ["1", "2", "3"], NAMA_SKPD: [
    ...     "KECAMATAN KUTA", "KECAMATAN KUTA SELATAN", "KECAMATAN KUTA UTARA"]})
    >>> _dua_kantor(offices, "Kecamatan Kuta Selatan", "KECAMATAN KUTA")
    ('1', ['1', '2'])
    >>> _dua_kantor(offices.iloc[1:2], "Kecamatan Kuta Selatan", "KECAMATAN KUTA")    # one office in SIPD
    (None, [])

    KECAMATAN KUTA may be Kuta Utara with a word lost as well as Kuta Selatan: in doubt, compared with the
    office the title page's name names a part of.

    >>> _dua_kantor(offices.iloc[1:], "Kecamatan Kuta Selatan", "KECAMATAN KUTA")
    ('3', ['2', '3'])
    >>> offices = pd.DataFrame({SKPD: ["1", "2"], NAMA_SKPD: ["BADAN KEUANGAN DAERAH", "BADAN KEPEGAWAIAN DAERAH"]})
    >>> _dua_kantor(offices, "Badan Kepegawaian Daerah", "BKD"), _dua_kantor(offices[1:], "Badan Kepegawaian Daerah", "BKD")
    (('2', ['1', '2']), (None, []))
    >>> offices = pd.DataFrame({SKPD: ["1", "2"], NAMA_SKPD: ["BADAN PENGELOLAAN KEUANGAN DAERAH", "BADAN KEPEGAWAIAN DAERAH"]})
    >>> _dua_kantor(offices, "Badan Kepegawaian Daerah", "BKD")
    ('1', ['1', '2'])
    """
    names = offices[NAMA_SKPD].tolist()
    sama = [i for i, n in enumerate(names) if banding_kantor(instansi, n)[0] == "sama"]
    judul = [i for i, n in enumerate(names) if banding_kantor(sampul, n)[0] in ("sama", "singkatan")]
    if not set(judul) - set(sama):
        judul = [i for i, n in enumerate(names) if i not in sama and _bagian_judul(sampul, n)]
    if len(sama) != 1 or not set(judul) - set(sama):
        return None, []
    kode = offices[SKPD].astype(str).tolist()
    return kode[(judul if len(judul) == 1 else sama)[0]], [kode[i] for i in sorted(set(judul) | set(sama))]


def _jenis_ganda(offices: pd.DataFrame, instansi, jenis) -> bool:
    """Whether the document's two names of its office, differing in the office's kind only (``instansi`` and
    ``jenis``: ``sources.text.identitas``'s ``instansi_jenis``), each name an office of the data (the same content
    words, ``banding_kantor`` ``sama``): two offices, and which one is the document's its names do not tell
    (REV-AV AV2).

    >>> offices = pd.DataFrame({NAMA_SKPD: ["Badan Kesatuan Bangsa dan Politik", "Kantor Kesatuan Bangsa dan Politik"]})
    >>> _jenis_ganda(offices, "Kantor Kesatuan Bangsa dan Politik", "BADAN KESATUAN BANGSA DAN POLITIK")
    True
    >>> _jenis_ganda(offices[:1], "Kantor Kesatuan Bangsa dan Politik", "BADAN KESATUAN BANGSA DAN POLITIK")
    False
    """
    if not (instansi and jenis):
        return False
    names = offices[NAMA_SKPD].astype(str)
    return all(any(banding_kantor(x, n)[0] == "sama" for n in names) for x in (instansi, jenis))


def _cari_perangkat_daerah(sipd, doc, instansi, sampul: str | None = None,
                           induk: str | None = None, jenis: str | None = None) -> tuple[str | None, str | None]:
    """The SKPD code (``SKPD``) of the document's office and how it was found (``nama_ganda``: the
    title page's name ``sampul`` and ``instansi``, the kata pengantar's, name two offices of the data,
    ``_dua_kantor``; ``nama``: the one office
    whose name has the same content words as ``instansi``, ``banding_kantor``; ``nama_sebagian``: else
    the one office whose name is ``instansi``'s but for words on one side only, or an abbreviation read
    as initials; else, for a title page printing the parent office ``induk`` above the document's own (a
    kelurahan below its kecamatan, a puskesmas below Dinas Kesehatan), the one office named ``induk``:
    ``sub_unit`` where it holds a sub-unit named ``instansi`` (``sub_unit_sipd``), else ``induk`` (the parent's
    figures, every sub-unit's together, are not the unit's own); with no ``induk``, ``sub_unit`` where one office
    holds one sub-unit named ``instansi`` (a kelurahan named without its kecamatan); ``nama_kegiatan``: the office sharing most program/kegiatan/sub kegiatan
    names with the document outside the support program, at least half of its own such names),
    or ``(None, None)``. Where the document names its office in two kinds (``jenis``, its other name:
    ``sources.text.identitas``'s ``instansi_jenis``) and no office of the data is named ``instansi``, the one office
    named ``jenis`` (the same content words) is the document's: ``nama``; where the data holds an office of each
    name (``_jenis_ganda``), the names do not tell which: the rows only (REV-AV AV2).

    A name of the support program proves nothing (every office has it), nor does one name shared by
    an office with many others: an office is found by names only when the names it shares are at
    least half of its own (outside the support program), and it alone shares that many.
    """
    offices = _rencana(sipd).drop_duplicates(SKPD)[[SKPD, NAMA_SKPD]].reset_index(drop=True)
    if instansi and len(offices) and not _jenis_ganda(offices, instansi, jenis):
        kode, _ = _dua_kantor(offices, instansi, sampul) if sampul else (None, [])
        if kode is not None:
            return kode, "nama_ganda"
        # office names are compared by their words, never by a similarity score: Pertanian is not Pertanahan
        # (a unit's words, UPT/UPTD, left out: SIPD may name the document's puskesmas as an office of its own)
        rel = np.array([banding_kantor(_AWAL_UNIT.sub("", str(instansi)), _AWAL_UNIT.sub("", str(n)))[0]
                        for n in offices[NAMA_SKPD]])
        if jenis and not (rel == "sama").any():
            # the document's own other name (the title page BADAN ..., its sentence Kantor ...): the office SIPD
            # holds under it word for word is the document's (none named ``instansi``, ``_jenis_ganda``)
            hit = np.flatnonzero([banding_kantor(jenis, n)[0] == "sama" for n in offices[NAMA_SKPD]])
            if len(hit) == 1:
                return str(offices.at[int(hit[0]), SKPD]), "nama"
        for status, cara in (("sama", "nama"), (_SEBAGIAN, "nama_sebagian")):
            hit = np.flatnonzero(np.isin(rel, status))
            if len(hit) == 1:
                return str(offices.at[int(hit[0]), SKPD]), cara
            if len(hit) > 1:
                break                                   # several: the names do not tell which
        if induk and not (rel != "beda").any():
            hit = np.flatnonzero([banding_kantor(induk, n)[0] == "sama" for n in offices[NAMA_SKPD]])
            if len(hit) == 1:
                kode = str(offices.at[int(hit[0]), SKPD])
                return kode, "sub_unit" if sub_unit_sipd(sipd, kode, instansi) else "induk"
        if not induk and not (rel != "beda").any():
            # a unit's office named without its parent (``KELURAHAN MANGUHARJO`` alone, REV-AF AF2's gap; ``UPT
            # PUSKESMAS TAMAN`` alone, REV-AJ KJ2): the one office of the data holding one sub-unit of that name
            # (``sub_unit_sipd``'s rule)
            units = _sub_unit_bernama(sipd, instansi)
            if len(units) == 1:
                return str(units[SKPD].iloc[0]), "sub_unit"
    dok = baris_dokumen(doc)
    ren = _rencana(sipd)
    ren = ren.assign(_n=ren["nama"].map(normalise_name, na_action="ignore"))
    ren = ren[ren["_n"].fillna("").ne("") & ~ren["_n"].isin(_nama_penunjang(ren, dok))].drop_duplicates([SKPD, "_n"])
    names = set(dok["nama"].dropna().map(normalise_name)) - {""}
    shared = ren.assign(_s=ren["_n"].isin(names)).groupby(SKPD)["_s"].agg(["sum", "size"])
    if not len(shared):
        return None, None
    top = shared["sum"].max()
    if top > 0 and (shared["sum"] == top).sum() == 1:
        kode = shared["sum"].idxmax()
        if 2 * top >= shared.at[kode, "size"]:
            return str(kode), "nama_kegiatan"
    return None, None


def _daftar_kantor(sipd, batas: int = 300) -> str:
    """The offices of the SIPD data, named (cut at ``batas`` characters, with an ellipsis)."""
    names = _rencana(sipd).drop_duplicates(SKPD)[NAMA_SKPD].astype(str).tolist()
    text = f"{len(names)} perangkat daerah: " + ", ".join(names)
    return text if len(text) <= batas else text[:batas].rsplit(", ", 1)[0] + ", …"


def pilih_perangkat_daerah(sipd, doc) -> str:
    """The SKPD code (``SKPD``: sub-units together) of the document's office in SIPD data: the one whose
    name has the content words of the office on the document's title page (``banding_kantor``), else the
    one whose name has them but for words on one side only, else the one sharing most row names with the
    document outside the support program (at least half of its own such names; the support program's
    names are the same in every office). An office whose name is another's, or only partly the
    document's, is returned too: ``periksa_kesesuaian`` says the two differ, or that it cannot tell.

    Raises
    ------
    RenjaParseError
        When no office of the SIPD data can be told to be the document's (also when the
        data holds one office that is plainly another one).
    """
    ident = identitas_dokumen(doc)
    instansi = ident["instansi"]
    kode, _ = _cari_perangkat_daerah(sipd, doc, instansi, _sampul(doc, ident)[0], _induk(doc, ident),
                                     _jenis(doc, ident)[0])
    if kode is not None:
        return kode
    offices = _rencana(sipd).drop_duplicates(SKPD)[NAMA_SKPD].astype(str)
    raise RenjaParseError(sipd.source, "perangkat daerah dokumen tidak ditemukan di data SIPD",
                          expected=f"ekspor SIPD {instansi or 'perangkat daerah dokumen'} (nama mirip, atau nama "
                                   "program/kegiatan/sub kegiatan yang sama)",
                          found=", ".join(offices)[:200])


# --- the guard: the same pemda, year and office on both sides ----------------------------

#: What is compared before a document is reconciled with SIPD data, in order.
ASPEK = ("pemda", "tahun", "perangkat_daerah")
#: The columns of ``Kesesuaian.tabel``: per aspect, each side's value and where it was read,
#: and ``status`` (``STATUS``).
KOLOM_KESESUAIAN = ["aspek", "dokumen", "dokumen_dari", "sipd", "sipd_dari", "status"]
#: ``sama``: both sides state it and agree; ``beda``: they disagree (or SIPD's records disagree
#: among themselves); ``tidak_diketahui``: a side does not state it (nothing is assumed).
STATUS = ("sama", "beda", "tidak_diketahui")
_ASPEK_TEKS = {"pemda": "pemda", "tahun": "tahun", "perangkat_daerah": "perangkat daerah"}
_TIDAK_DISEBUT = "tidak disebut"


@dataclass
class Kesesuaian:
    """Whether a document and SIPD data are the same pemda, year and office
    (``periksa_kesesuaian``).

    Attributes
    ----------
    tabel : DataFrame
        One row per aspect (``ASPEK``), columns ``KOLOM_KESESUAIAN``.
    kode_skpd : str or None
        The document's office in the SIPD data; None when it is not there.
    cara : str or None
        How the office was found: ``nama`` (a name of the same content words as the document's office,
        ``banding_kantor``), ``nama_sebagian`` (a name with words on one side only, or an abbreviation
        read as initials: ``tidak_diketahui``), ``nama_ganda`` (the title page's name and the kata
        pengantar's are two offices of the data, ``_dua_kantor``: ``tidak_diketahui``), ``sub_unit`` (the
        title page's unit, printed below its parent office, a sub-unit of the parent's in the data: compared
        with that sub-unit's rows alone, ``sub_unit``), ``induk`` (such a unit the data holds no sub-unit of: its
        parent office's figures, every sub-unit's together: ``tidak_diketahui``, in doubt),
        ``nama_kegiatan`` (most program/kegiatan names shared outside the support program).
    ragu : tuple
        The ``tidak_diketahui`` aspects both sides name with names that may name another: a pemda
        name without its kind (``Madiun``: the Kabupaten or the Kota), an office name that is the
        other's but for words on one side, initials or the Usaha Mikro/Kecil/Menengah words, the document's
        title page and kata pengantar naming two offices of the data (``nama_ganda``); also the
        office picked by shared row names for a document that names none, or only in its file name. The
        data may be another pemda's or office's: ``rekonsiliasi`` hedges its kritis findings.
    """

    tabel: pd.DataFrame
    kode_skpd: str | None
    cara: str | None
    #: The two sides' names in words (``dokumen`` and ``sipd`` columns): a document against SIPD
    #: data, or a plan against realisation exports (``findings.realisation.periksa_rencana``).
    sisi: tuple = ("dokumen", "SIPD")
    ragu: tuple = ()
    #: With ``cara`` ``sub_unit``: the ``kode_sub_skpd`` of the sub-unit of ``kode_skpd`` compared with alone.
    sub_unit: str | None = None

    def aspek(self, status: str) -> list[str]:
        """The aspects with this ``status``."""
        return self.tabel.loc[self.tabel["status"] == status, "aspek"].tolist()

    @property
    def sepadan(self) -> bool:
        """No aspect differs (an aspect a side does not state is not a difference)."""
        return not self.aspek("beda")

    def teks(self, status: str = "beda") -> str:
        """The aspects with ``status`` in words, each naming both sides' values and where
        they were read (``""`` when there are none)."""
        rows = self.tabel[self.tabel["status"] == status]
        a, b = self.sisi
        return "; ".join(f"{_ASPEK_TEKS[r['aspek']]} {a} {r['dokumen']} ({r['dokumen_dari']}), {b} {r['sipd']} "
                         f"({r['sipd_dari']})" for _, r in rows.iterrows())


    def ringkas(self, status: str = "beda", aspek: Sequence | None = None, asal: bool = False) -> str:
        """The aspects with ``status`` (those of ``aspek`` only, if given), short: SIPD's value
        against the document's. ``asal``: also why the pairing is weak where it is: an office
        picked by shared row names (``cara`` ``nama_kegiatan``), a document's value read from its
        file name only, or none stated."""
        rows = self.tabel[(self.tabel["status"] == status)
                          & (self.tabel["aspek"].isin(aspek) if aspek is not None else True)]
        a, b = self.sisi

        def satu(r) -> str:
            if not asal:
                return f"{_ASPEK_TEKS[r['aspek']]} {b} {r['sipd']}, {a} {r['dokumen']}"
            dipilih = (" dipilih dari nama program/kegiatan yang sama"
                       if r["aspek"] == "perangkat_daerah" and self.cara == "nama_kegiatan" else "")
            dok = (f"tidak terbaca dalam {a}" if r["dokumen"] == _TIDAK_DISEBUT else
                   f"{a} {r['dokumen']} (hanya dari nama berkas)" if r["dokumen_dari"] == "nama berkas" else
                   f"{a} {r['dokumen']}")
            return f"{_ASPEK_TEKS[r['aspek']]} {b} {r['sipd']}{dipilih}, {dok}"

        return "; ".join(satu(r) for _, r in rows.iterrows())


class SipdTidakSepadan(RenjaParseError):
    """A reconciliation refused: the SIPD data is another pemda's, year's or office's than
    the document's (``kesesuaian`` says which; ``paksa=True`` reconciles all the same)."""

    def __init__(self, path, message, kesesuaian: Kesesuaian, **kw):
        self.kesesuaian = kesesuaian
        super().__init__(path, message, **kw)


def identitas_dokumen(doc) -> dict:
    """The document's pemda, year and office with where each was read: ``teks dokumen``
    (title page, captions: ``sources.text.identitas`` / ``periode``, the ``dokumen`` row)
    or ``nama berkas`` (``keys.kunci``'s fallback); None where neither says.

    Examples
    --------
    >>> from renja_analysis import load_document
    >>> identitas_dokumen(load_document())
    ... # doctest: +NORMALIZE_WHITESPACE
    {'pemda': 'Kabupaten Magetan', 'tahun': 2024, 'instansi': 'Dinas Koperasi Usaha Kecil dan Menengah',
     'dari': {'pemda': 'teks dokumen', 'tahun': 'teks dokumen', 'instansi': 'teks dokumen'}}
    """
    meta = getattr(doc, "dokumen", None)
    if meta is not None and len(meta):
        row = meta.iloc[0]
        keys = {k: None if pd.isna(row[k]) else row[k] for k in ("pemda", "tahun", "instansi")}
        dari = kunci_dari_nama_berkas(row["kunci_dari"])
    else:
        stated, asal = kunci(getattr(doc, "identitas", None) or {}, getattr(doc, "periode", None) or {},
                             getattr(doc, "triwulan", 0), doc.source or "")
        keys = {k: stated[k] for k in ("pemda", "tahun", "instansi")}
        dari = kunci_dari_nama_berkas(asal)
    keys["pemda"] = pemda_baku(keys["pemda"])
    keys["tahun"] = int(keys["tahun"]) if keys["tahun"] is not None else None
    keys["dari"] = {k: None if keys[k] is None else ("nama berkas" if k in dari else "teks dokumen")
                    for k in ("pemda", "tahun", "instansi")}
    return keys


def _rekaman_kantor(sipd, kode_skpd: str | None) -> pd.DataFrame:
    """The records of one office (all records without one): the sub kegiatan rows of
    ``sipd_rencana`` name their file and record."""
    rek = sipd.rekaman
    if kode_skpd is None:
        return rek
    ren = _rencana(sipd)
    sub = ren[(ren["level"].astype(str) == "sub_kegiatan") & (ren[SKPD] == kode_skpd)]
    keys = pd.MultiIndex.from_arrays([sub["berkas"].astype(str), pd.to_numeric(sub["baris_sumber"])])
    mine = pd.MultiIndex.from_arrays([rek["berkas"].astype(str), pd.to_numeric(rek["baris"])]).isin(keys)
    return rek[mine]


def _nilai(values: pd.Series) -> list:
    """The distinct values of a column (missing left out), in text order."""
    return sorted(values.dropna().unique().tolist(), key=str)


def identitas_sipd(sipd, kode_skpd: str | None = None) -> dict:
    """What SIPD records say of their pemda and year (those of one office, or all):
    the distinct ``tahun``, ``id_daerah``, and pemda names, from ``nama_daerah`` where
    the export has it, else from the pemda ``lokasi_bl`` names (``keys.pemda_dari_lokasi``).

    Returns
    -------
    dict
        ``tahun`` (list of int), ``id_daerah`` (list of str, as codes: ``keys.kode_daerah``,
        ``077`` is ``77``), ``pemda`` (list of ``keys.pemda_baku`` names), ``pemda_dari`` (``nama_daerah`` | ``lokasi_bl`` | None).

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> identitas_sipd(load_sipd(DEFAULT_SIPD))
    {'tahun': [2024], 'id_daerah': [], 'pemda': ['Kabupaten Magetan'], 'pemda_dari': 'lokasi_bl'}
    """
    rek = _rekaman_kantor(sipd, kode_skpd)
    col = lambda name: rek[name] if name in rek else pd.Series([], dtype="string")  # noqa: E731
    out = {"tahun": [int(v) for v in _nilai(col("tahun"))],
           "id_daerah": [str(v) for v in _nilai(col("id_daerah").dropna().map(kode_daerah))],
           "pemda": [], "pemda_dari": None}
    for field, read in (("nama_daerah", pemda_baku), ("lokasi_bl", pemda_dari_lokasi)):
        texts = col(field).dropna().astype(str).unique()      # once per distinct text, not per record
        names = _nilai(pd.Series([read(t) for t in texts], dtype="object"))
        if names:
            out["pemda"], out["pemda_dari"] = names, field
            break
    return out


def _baris(aspek, dok, dok_dari, sipd, sipd_dari, status) -> dict:
    return {"aspek": aspek, "dokumen": _TIDAK_DISEBUT if dok is None else str(dok),
            "dokumen_dari": dok_dari or "dokumen maupun nama berkas tidak menyebutnya",
            "sipd": sipd, "sipd_dari": sipd_dari, "status": status}


def _kata_beda(rel: str, hanya_dok: list, hanya_sipd: list) -> str:
    """In words, how two office names differ (``banding_kantor``)."""
    kata = "; ".join(f"kata {', '.join(k)} hanya di {sisi}" for sisi, k in (("dokumen", hanya_dok), ("SIPD", hanya_sipd))
                     if k)
    if rel == "beda":
        return f"nama lain ({kata})"
    if rel == "singkatan":
        return (f"nama sama hanya bila singkatannya dibaca sebagai huruf awal kata sisi lain ({kata}): "
                "satu perangkat daerah atau dua, tidak dapat dipastikan")
    if rel == "ejaan":
        return (f"nama sama hanya bila kata yang berbeda satu huruf dibaca salah ketik ({kata}): satu perangkat "
                "daerah atau dua, tidak dapat dipastikan")
    if rel == "jenis":
        return (f"nama sama kecuali jenis perangkat daerah ({kata}): satu perangkat daerah yang berganti nomenklatur "
                "atau dua, tidak dapat dipastikan")
    if rel == "serumpun":
        return (f"nama sama kecuali sebutan usaha mikro/kecil/menengah ({kata}): satu perangkat daerah atau dua, "
                "tidak dapat dipastikan")
    return f"nama sebagian sama ({kata}): satu perangkat daerah atau dua, tidak dapat dipastikan"


def _tanpa_jenis(a, b, sisi: tuple = ("dokumen", "SIPD")) -> str:
    """In words, why two pemda names of the same name are not known to be one pemda
    (``keys.pemda_sama`` None): which side states no kind.

    >>> _tanpa_jenis("Madiun", "Kota Madiun")
    'dokumen menulis Madiun tanpa kabupaten/kota: kabupaten dan kota bernama sama adalah dua pemda, tidak dapat dipastikan sama'
    """
    tanpa = [s for s, x in zip(sisi, (a, b)) if pemda_tanpa_jenis(x)]
    return (f"{' dan '.join(tanpa)} menulis {pemda_baku(a if pemda_tanpa_jenis(a) else b)} tanpa kabupaten/kota: "
            "kabupaten dan kota bernama sama adalah dua pemda, tidak dapat dipastikan sama")


def periksa_kesesuaian(doc, sipd) -> Kesesuaian:
    """Compare the document's pemda, year and office with the SIPD data's, before they are
    reconciled: the office is looked up first (``pilih_perangkat_daerah``'s rule) and its
    records' ``tahun``, ``id_daerah`` and pemda names (``identitas_sipd``) are compared
    with the document's (``identitas_dokumen``).

    Pemda names are compared exactly after ``keys.pemda_baku`` (never by similarity:
    Magetan and Magelang); a pemda read from ``lokasi_bl`` is not compared with a
    province's document (a province's activities lie in its regencies); an ``id_daerah``
    alone names no pemda. Records of one office with several years, ``id_daerah`` or
    ``nama_daerah`` differ from any document. A side that does not state an aspect
    leaves it ``tidak_diketahui``: said, never assumed.

    Examples
    --------
    >>> from renja_analysis import load_document, load_sipd
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> k = periksa_kesesuaian(load_document(), load_sipd(DEFAULT_SIPD))
    >>> k.sepadan, k.kode_skpd, k.cara, k.tabel["status"].tolist()
    (True, '2.17.0.00.0.00.01.0000', 'nama', ['sama', 'sama', 'sama'])
    """
    ident = identitas_dokumen(doc)
    sampul, tempat = _sampul(doc, ident)
    induk = _induk(doc, ident)
    jenis, jenis_di = _jenis(doc, ident)
    kode, cara = _cari_perangkat_daerah(sipd, doc, ident["instansi"], sampul, induk, jenis)
    sub_unit = sub_unit_sipd(sipd, kode, ident["instansi"]) if cara == "sub_unit" and kode is not None else None
    side = identitas_sipd(sipd, kode)
    rows = []
    doubt: list[str] = []
    # pemda
    dok, dok_dari = ident["pemda"], ident["dari"]["pemda"]
    names, ids = side["pemda"], side["id_daerah"]
    if len(ids) > 1:
        rows.append(_baris("pemda", dok, dok_dari, "id_daerah " + ", ".join(ids), "kolom id_daerah: rekaman satu "
                           "perangkat daerah dari beberapa pemda", "beda"))
    elif names:
        nilai = ", ".join(names)
        dari = f"kolom {side['pemda_dari']}" + (f", id_daerah {ids[0]}" if ids else "")
        provinsi = dok is not None and dok.casefold().startswith("provinsi ")
        if len(names) > 1 and side["pemda_dari"] == "nama_daerah":
            rows.append(_baris("pemda", dok, dok_dari, nilai, dari + ": beberapa pemda", "beda"))
        elif len(names) > 1:
            rows.append(_baris("pemda", dok, dok_dari, nilai, dari + " menyebut beberapa daerah", "tidak_diketahui"))
        elif dok is None:
            rows.append(_baris("pemda", dok, dok_dari, nilai, dari, "tidak_diketahui"))
        elif side["pemda_dari"] == "lokasi_bl" and provinsi and not names[0].casefold().startswith("provinsi "):
            rows.append(_baris("pemda", dok, dok_dari, nilai, dari + ": lokasi kegiatan provinsi ada di kabupaten/"
                               "kotanya", "tidak_diketahui"))
        else:
            sama = pemda_sama(dok, names[0])
            if sama is None:
                # the same name, a side without its kind: Kabupaten Madiun and Kota Madiun are two pemda
                dari += "; " + _tanpa_jenis(dok, names[0])
                doubt.append("pemda")
            rows.append(_baris("pemda", dok, dok_dari, nilai, dari,
                               "tidak_diketahui" if sama is None else "sama" if sama else "beda"))
    else:
        nilai = f"id_daerah {ids[0]}" if ids else _TIDAK_DISEBUT
        lokasi = ("lokasi_bl tidak menyebut satu kabupaten/kota/provinsi" if "lokasi_bl" in sipd.rekaman
                  else "tanpa lokasi_bl")
        rows.append(_baris("pemda", dok, dok_dari, nilai, "kode, bukan nama pemda" if ids else
                           f"tanpa nama_daerah; {lokasi}", "tidak_diketahui"))
    # tahun
    dok, dok_dari, years = ident["tahun"], ident["dari"]["tahun"], side["tahun"]
    if len(years) > 1:
        status = "beda"
    elif not years or dok is None:
        status = "tidak_diketahui"
    else:
        status = "sama" if years[0] == dok else "beda"
    rows.append(_baris("tahun", dok, dok_dari, ", ".join(map(str, years)) if years else _TIDAK_DISEBUT,
                       "kolom tahun" + (": beberapa tahun" if len(years) > 1 else "" if years else " kosong"), status))
    # perangkat daerah
    dok, dok_dari = ident["instansi"], ident["dari"]["instansi"]
    # the document names two offices and which one is its own is not known (the title page and the kata pengantar,
    # two office lines of the title page: ``sources.text.identitas``'s ``instansi_ragu``): said, not "none named"
    ragu_nama = (getattr(doc, "identitas", None) or {}).get("instansi_ragu") if dok is None else None
    ganda = _jenis_ganda(_rencana(sipd).drop_duplicates(SKPD), dok, jenis)
    if ganda:
        # the document's two names of its office, of two kinds, each SIPD's name of an office (REV-AV AV2)
        ragu_nama = f"{jenis} di {jenis_di} atau {dok} (nama dokumen sendiri, beda jenis perangkat daerah saja)"
    ragu_dari = "teks dokumen: dua perangkat daerah disebut, mana milik dokumen tidak dapat dipastikan"
    if kode is None:
        rows.append(_baris("perangkat_daerah", ragu_nama or dok, ragu_dari if ragu_nama else dok_dari,
                           ("tidak dapat dipilih di antara " if ragu_nama else "tidak ada di antara ")
                           + _daftar_kantor(sipd), "kolom nama_skpd" + _tanpa_sub_unit(sipd, dok, induk), "beda"))
    else:
        ren = _rencana(sipd)
        nama = str(ren.loc[ren[SKPD] == kode, NAMA_SKPD].iloc[0])
        rel, hanya_dok, hanya_sipd = banding_kantor(dok, nama) if dok is not None else ("beda", [], [])
        kegiatan = "" if cara != "nama_kegiatan" else "; dipilih dari nama program/kegiatan yang sama"
        if cara == "nama" and rel != "sama" and jenis:
            # found by the document's other name, of another kind (REV-AV AV2): that name, and the one read
            dok = f"{jenis} di {jenis_di} (dokumen juga menulis {dok}: nama sama kecuali jenis perangkat daerah)"
            dari, status = "kolom nama_skpd", "sama"
        elif cara == "nama":
            dari, status = "kolom nama_skpd", "sama"
        elif cara == "sub_unit":
            # the title page's unit below its parent office, a sub-unit of that office in SIPD: compared with
            # the sub-unit's rows alone
            units = ren[ren["kode_sub_skpd"].astype(str) == sub_unit]
            nama = f"{units['nama_sub_skpd'].iloc[0]} (sub unit {sub_unit} {nama})"
            dari, status = "kolom nama_sub_skpd; dibandingkan dengan baris sub unit itu saja", "sama"
        elif cara == "induk":
            # a unit's Renja (a kelurahan, a puskesmas) whose parent office SIPD holds without a sub-unit of its
            # name: the parent's figures are every sub-unit's together, not the unit's own
            dok = f"{dok} (di bawah {induk} menurut halaman judul)"
            dari = (f"kolom nama_skpd; SIPD tidak memuat sub unit bernama {ident['instansi']}: angka SIPD adalah "
                    f"angka seluruh {nama} beserta sub unitnya, bukan hanya unit dokumen")
            status = "tidak_diketahui"
            doubt.append("perangkat_daerah")
        elif ganda:
            dari = ("kolom nama_skpd; SIPD memuat kedua nama perangkat daerah dokumen sebagai dua perangkat daerah, "
                    f"mana milik dokumen tidak dapat dipastikan{kegiatan}")
            status = "tidak_diketahui"
            doubt.append("perangkat_daerah")
        elif cara == "nama_ganda":
            # the title page's name and the kata pengantar's, one office as the document was read, are two
            # offices of the data: which one is the document's is not known (REV-U U1b)
            _, kodes = _dua_kantor(ren.drop_duplicates(SKPD), dok, sampul)
            lain = ren.drop_duplicates(SKPD).set_index(SKPD).loc[[k for k in kodes if k != kode], NAMA_SKPD]
            dok = f"{sampul} di halaman judul atau {dok} di {tempat}"
            dari = (f"kolom nama_skpd; SIPD memuat pula {', '.join(map(str, lain))}: nama di halaman judul dan nama di "
                    f"{tempat} dokumen dapat menunjuk dua perangkat daerah di SIPD, mana milik dokumen tidak dapat "
                    "dipastikan")
            status = "tidak_diketahui"
            doubt.append("perangkat_daerah")
        elif dok is None:
            # the document names no office: that SIPD's office is its own rests on shared row names alone
            dari, status = "kolom nama_skpd, dipilih dari nama program/kegiatan yang sama", "tidak_diketahui"
            doubt.append("perangkat_daerah")
        elif rel in _SEBAGIAN:
            # one office or two: the words on one side only may be another office's (Dinas Sosial P3A)
            dari = f"kolom nama_skpd, {_kata_beda(rel, hanya_dok, hanya_sipd)}{kegiatan}"
            status = "tidak_diketahui"
            doubt.append("perangkat_daerah")
        elif dok_dari == "teks dokumen":
            # both sides name their office and the names differ: the shared row names do not make them one
            dari = f"kolom nama_skpd, {_kata_beda(rel, hanya_dok, hanya_sipd)}{kegiatan}"
            status = "beda"
        else:
            # a file name's office is a guess from the file name, not the document's statement; the
            # pairing rests on shared row names against it
            dari = (f"kolom nama_skpd, {_kata_beda(rel, hanya_dok, hanya_sipd)} dari nama berkas dokumen; dipilih "
                    "dari nama program/kegiatan yang sama")
            status = "tidak_diketahui"
            doubt.append("perangkat_daerah")
        if ragu_nama:
            dok, dok_dari = ragu_nama, ragu_dari
        rows.append(_baris("perangkat_daerah", dok, dok_dari, nama, dari, status))
    tabel = pd.DataFrame.from_records(rows, columns=KOLOM_KESESUAIAN).astype("string")
    return Kesesuaian(tabel=tabel, kode_skpd=kode, cara=cara, ragu=tuple(doubt), sub_unit=sub_unit)


def _tanpa_sub_unit(sipd, dok, induk) -> str:
    """Why a unit's office named without its parent (``dok``: a UPT, puskesmas, kelurahan) was found in no office
    of the data as a sub-unit either (``_cari_perangkat_daerah``): no sub-unit of its name, or several (named
    with their offices); empty for any other name (REV-AJ KJ2)."""
    if dok is None or induk or not _NAMA_UNIT.match(str(dok)) or "nama_sub_skpd" not in _rencana(sipd):
        return ""
    units = _sub_unit_bernama(sipd, dok)
    if not len(units):
        return f"; kolom nama_sub_skpd pun tidak memuat sub unit bernama {dok}"
    kantor = _rencana(sipd).drop_duplicates(SKPD).set_index(SKPD)[NAMA_SKPD]
    daftar = [f"{n} di {kantor.get(i, i)} ({k})" for i, k, n in zip(units[SKPD], units["kode_sub_skpd"], units["nama_sub_skpd"])]
    return (f"; kolom nama_sub_skpd memuat {len(units)} sub unit bernama {dok}, yaitu {', '.join(daftar[:-1])} dan "
            f"{daftar[-1]}: mana milik dokumen tidak dapat dipastikan")


def _tolak(doc, sipd, kes: Kesesuaian) -> SipdTidakSepadan:
    nama = doc.source.name if getattr(doc, "source", None) is not None else "dokumen"
    return SipdTidakSepadan(
        sipd.source, f"dokumen {nama} dan data SIPD tidak sepadan, tidak dicocokkan: {kes.teks('beda')}", kes,
        expected="data SIPD pemda, tahun dan perangkat daerah dokumen (atau --paksa: dicocokkan, perbedaannya "
                 "dicatat sebagai info)")


_BEDA_DOKUMEN = ("Dokumen dan data SIPD tidak sepadan: {beda}. Dicocokkan karena diminta (--paksa): temuan "
                 "dokumen_vs_sipd di bawah dicatat sebagai info, bukan kekeliruan dokumen.")
_RAGU_DOKUMEN = ("Karena {aspek} SIPD mungkin bukan milik dokumen, temuan dokumen_vs_sipd yang kritis dicatat "
                 "sebagai peringatan: kekeliruan dokumen tidak dapat dipastikan sebelum kesamaannya dipastikan.")


def _temuan_kesesuaian(kes: Kesesuaian, jenis: str = "kesesuaian_sipd", nama: str = "Dokumen vs SIPD",
                       beda_teks: str = _BEDA_DOKUMEN, ragu_teks: str | None = _RAGU_DOKUMEN) -> list[dict]:
    """The one guard finding (``jenis``, info): what differs (``beda_teks``, compared only
    when forced) and what could not be checked, with ``ragu_teks`` when an aspect is in doubt
    (``Kesesuaian.ragu``: the findings hedged, ``ragukan``); none when every aspect agrees. The
    document's reconciliations and the plan-against-realisation guard share it."""
    beda, tahu = kes.teks("beda"), kes.teks("tidak_diketahui")
    if not beda and not tahu:
        return []
    parts = []
    if beda:
        parts.append(beda_teks.format(beda=beda))
    if tahu:
        parts.append(f"Tidak dapat diperiksa: {tahu}; kesamaannya tidak diandaikan.")
    if kes.ragu and kes.sepadan and ragu_teks:
        parts.append(ragu_teks.format(aspek=" dan ".join(_ASPEK_TEKS[a] for a in kes.ragu)))
    aspek = ", ".join(kes.aspek("beda") + kes.aspek("tidak_diketahui"))
    return [_rec(jenis, "info", nama, None, None, aspek, None, None, " ".join(parts))]


def ragukan(records: list[dict], kes: Kesesuaian) -> list[dict]:
    """The findings of a comparison whose data may be another pemda's or office's
    (``kes.ragu``, the data otherwise ``sepadan``): each opens with the doubt, and a kritis one is
    a peringatan (the document is not blamed on data not known to be its own). Unchanged
    without a doubt.

    >>> import pandas as pd
    >>> tabel = pd.DataFrame({"aspek": ["pemda"], "dokumen": ["Kabupaten Madiun"], "dokumen_dari": ["teks dokumen"],
    ...                       "sipd": ["Madiun"], "sipd_dari": ["kolom nama_daerah"], "status": ["tidak_diketahui"]})
    >>> kes = Kesesuaian(tabel=tabel, kode_skpd=None, cara=None, ragu=("pemda",))
    >>> ragukan([{"tingkat": "kritis", "pesan": "Pagu beda."}], kes)
    [{'tingkat': 'peringatan', 'pesan': '[Belum pasti data yang sama: pemda SIPD Madiun, dokumen Kabupaten Madiun] Pagu beda.'}]
    """
    if not kes.ragu or not kes.sepadan:
        return records
    awal = f"[Belum pasti data yang sama: {kes.ringkas('tidak_diketahui', kes.ragu, asal=True)}] "
    return [dict(r, tingkat="peringatan" if r["tingkat"] == "kritis" else r["tingkat"], pesan=awal + r["pesan"])
            for r in records]


def _tanpa_pagu(ren: pd.DataFrame, level: pd.Series) -> np.ndarray:
    """Per rencana row, the sub kegiatan at or under it (same file and sub-unit) whose pagu
    SIPD leaves empty."""
    unit = ["berkas", "kode_sub_skpd"]
    sub = level == "sub_kegiatan"
    kosong = ren[sub & ren["pagu_rp"].isna()]
    out = sub.to_numpy() & ren["pagu_rp"].isna().to_numpy()
    counts = out.astype(int)
    for lvl, col in (("kegiatan", "kode_kegiatan"), ("program", "kode_program")):
        n = kosong.groupby(unit + [col]).size().rename("_n").reset_index().rename(columns={col: "kode"})
        hit = ren[unit + ["kode"]].reset_index(drop=True).merge(n, on=unit + ["kode"], how="left")["_n"]
        counts = np.where((level == lvl).to_numpy(), hit.fillna(0).to_numpy(dtype=int), counts)
    return counts


def baris_sipd(sipd, kode_skpd: str, sub_unit: str | None = None) -> pd.DataFrame:
    """The SIPD rows of one office, taken together across its sub-units by level and
    code (placeholders resolved): pagu summed, name, file and record of the first; with ``sub_unit``
    (a ``kode_sub_skpd``), that sub-unit's rows alone.

    A pagu SIPD leaves empty (``sipd_pagu_kosong``) is not Rp 0: a row whose every sub
    kegiatan has none has no pagu (NA), and ``tanpa_pagu`` counts the sub kegiatan at or
    under each row without one (its pagu is then the sum of the others, incomplete)."""
    ren = _rencana(sipd)
    ren = ren[ren[SKPD] == kode_skpd]
    if sub_unit is not None:
        ren = ren[ren["kode_sub_skpd"].astype(str) == sub_unit]
    level = ren["level"].astype(str)
    ren = ren.assign(kode_dokumen=kode_terselesaikan(ren["kode"], ren["kode_skpd"]), level=level,
                     _tanpa_pagu=_tanpa_pagu(ren, level))
    g = ren.groupby(["level", "kode_dokumen"], sort=False).agg(
        kode_sipd=("kode", "first"), nama=("nama", "first"), pagu_rp=("pagu_rp", lambda x: x.sum(min_count=1)),
        tanpa_pagu=("_tanpa_pagu", "sum"),
        berkas=("berkas", "first"), baris_sumber=("baris_sumber", "first"), urutan=("urutan", "first"))
    out = g.reset_index().rename(columns={"kode_dokumen": "kode"})
    return out.sort_values("urutan", kind="stable").reset_index(drop=True)


#: The level one up from each level (a parent's children are the rows one level down).
_INDUK = {"sub_kegiatan": ("kegiatan", 5), "kegiatan": ("program", 3)}


def selisih_anak(dok: pd.DataFrame, sp: pd.DataFrame, link: pd.DataFrame) -> pd.Series:
    """Per SIPD row (``baris_sipd``), the sum of its children's pagu differences (document -
    SIPD; a kegiatan's children are its sub kegiatan, a program's its kegiatan, by code), NA
    where a child is unmatched or a difference unknown, or the row has no child.

    A program or kegiatan whose difference is this sum differs only because its children do:
    the children's findings say it, once (``rekonsiliasi``).

    Examples
    --------
    >>> sp = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                    "kode": ["1.01.02", "1.01.02.2.01", "1.01.02.2.01.0001", "1.01.02.2.01.0002"],
    ...                    "pagu_rp": [30.0, 30.0, 10.0, 20.0]})
    >>> dok = pd.DataFrame({"pagu_rp": [35.0, 35.0, 15.0, 20.0]})
    >>> link = pd.DataFrame({"kiri": [0, 1, 2, 3], "kanan": [0, 1, 2, 3]})
    >>> selisih_anak(dok, sp, link).tolist()
    [5.0, 5.0, nan, nan]
    """
    diff = np.full(len(sp), np.nan)
    kiri, kanan = link["kiri"].to_numpy(dtype=int), link["kanan"].to_numpy(dtype=int)
    diff[kanan] = (pd.to_numeric(dok["pagu_rp"]).astype(float).to_numpy()[kiri]
                   - pd.to_numeric(sp["pagu_rp"]).astype(float).to_numpy()[kanan])
    level = sp["level"].astype(str).reset_index(drop=True)
    kode = sp["kode"].astype(str).reset_index(drop=True)
    parts = kode.str.split(".")
    induk_level = level.map({k: v[0] for k, v in _INDUK.items()})
    induk = pd.Series(pd.NA, index=level.index, dtype="string")
    for lvl, (_, n) in _INDUK.items():
        hit = level == lvl
        induk[hit] = parts[hit].str[:n].str.join(".")
    kids = pd.DataFrame({"induk_level": induk_level, "induk": induk, "d": diff}).dropna(subset=["induk_level"])
    g = kids.groupby(["induk_level", "induk"]).agg(s=("d", "sum"), n=("d", "size"), known=("d", "count"))
    s = g.loc[g["n"] == g["known"], "s"]
    return pd.Series(s.reindex(pd.MultiIndex.from_arrays([level, kode])).to_numpy(dtype=float), index=sp.index)


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


def rekonsiliasi(doc, sipd, paksa: bool = False, kesesuaian: Kesesuaian | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Reconcile a document with SIPD data: the match table (``KOLOM``, one row per
    document row and per SIPD row found only in SIPD) and the ``dokumen_vs_sipd`` findings.

    First the guard (``periksa_kesesuaian``, or ``kesesuaian`` when already computed):
    SIPD data of another pemda, year or office is refused (``SipdTidakSepadan``); with
    ``paksa`` it is reconciled all the same, one ``kesesuaian_sipd`` finding (info) says
    what differs and every ``dokumen_vs_sipd`` finding becomes ``info``, its message
    opening with the difference: a pagu "different" from another year's is no claim
    about the document. An office absent from the data is reconciled under ``paksa``
    only when the data holds a single office. What a side does not state is said in the
    ``kesesuaian_sipd`` finding and not assumed; where both sides name a pemda or office
    that may be another's (``Kesesuaian.ragu``), every kritis finding is a peringatan
    opening with the doubt (``ragukan``).

    Raises
    ------
    SipdTidakSepadan
        Another pemda, year or office, without ``paksa``.
    RenjaParseError
        With ``paksa``, when the office is absent and the data holds several.

    Examples
    --------
    >>> from renja_analysis import load_document, load_sipd
    >>> from renja_analysis.config import ROOT
    >>> tabel, temuan = rekonsiliasi(load_document(), load_sipd(ROOT / "tests/data/sipd/dinkop-ukm-magetan.json"))
    >>> tabel["kecocokan"].value_counts().sort_index().to_dict()
    {'kode': 17, 'nama': 42, 'nama_mirip': 4, 'hanya_dokumen': 1, 'hanya_sipd': 1}
    """
    kes = kesesuaian if kesesuaian is not None else periksa_kesesuaian(doc, sipd)
    if not kes.sepadan and not paksa:
        raise _tolak(doc, sipd, kes)
    kode_skpd = kes.kode_skpd
    if kode_skpd is None:
        offices = _rencana(sipd)[SKPD].drop_duplicates()
        if len(offices) != 1:
            raise RenjaParseError(sipd.source, "--paksa tidak dapat memilih perangkat daerah: "
                                  f"{identitas_dokumen(doc)['instansi'] or 'perangkat daerah dokumen'} tidak ada di "
                                  f"data SIPD", expected="data SIPD satu perangkat daerah, atau yang memuat perangkat "
                                  "daerah dokumen", found=_daftar_kantor(sipd, 200))
        kode_skpd = str(offices.iloc[0])
    dok = baris_dokumen(doc)
    sp = baris_sipd(sipd, kode_skpd, kes.sub_unit)
    if not len(dok):
        # nothing of the plan to compare: SIPD's rows are not "missing from the document"
        return _table([]), _frame(_temuan_kesesuaian(kes) + [_tanpa_baris(doc, sp)], JENIS)
    conflict = kode_bertentangan(dok, sp)       # for the pairing and for the same name under two codes
    link = pasangkan(dok, sp, conflict=conflict)
    ind = sipd.indikator
    # this year's targets only: an outcome's target is the end-of-Renstra one (target_akhir)
    wanted = ind[ind["urutan_rencana"].isin(sp["urutan"]) & (ind["jenis_indikator"].astype(str) != "outcome")]
    indicators = dict(tuple(wanted.groupby("urutan_rencana", sort=False)))
    rows: list[dict] = []
    records: list[dict] = []
    matched_left = dict(zip(link["kiri"], zip(link["kanan"], link["cara"], link["skor"])))
    # the same name under another code: not a pair; one finding names both rows
    kode_lain = nama_sama_kode_beda(dok, sp, link, conflict)
    lain = dict(zip(kode_lain["kiri"], kode_lain["kanan"]))
    # a pagu of a table of unknown scale (``skala_pagu`` NaN) is not compared as read: no difference of its
    # own, and none in its parent's sum of its children's; one of two (``skala_lain_pagu``: as written, or in
    # thousands / millions) it is compared under both readings, a difference under both reported (REV-AG AG10)
    tak_pasti = dok["skala_pagu"].isna() & dok["pagu_rp"].notna()
    # a pagu written 0 is Rp0 under every reading: of known scale (REV-AP AP2)
    ragu = tak_pasti & (dok["pagu_rp"] != 0)
    lain32, lain33 = skala_lain_pagu(doc)
    bacaan = pd.Series(np.where(dok["tabel_pagu"] == _REVIEW, lain32, lain33), index=dok.index).where(ragu)
    n_sub = jumlah_sub(sp)
    dua_bacaan = bool(bacaan.notna().any())
    tulis = dok["pagu_rp"].mask(ragu & bacaan.isna())
    if dua_bacaan:
        # each pagu cell's decimals as written (``5.000,0``: one; ``5.000``: none), -1 where not known (the float's
        # then count): the rounding of its second reading is half a unit of its last WRITTEN digit (REV-AU AU6)
        dok = dok.assign(pagu_rp_desimal=_desimal_tulis(dok, doc))
    # per reading (as written; times the second reading), whether a row's pagu difference may enter its parent's
    # sum of its children's: it fits SIPD there, or a finding tells it there (``_temuan``'s ``_lapor``); a row
    # whose difference under a reading nobody tells is left out there (REV-AU AU1); and whether a finding tells
    # it (a parent's difference is its children's only with a child's difference told, AU2). Bottom-up: a
    # parent's sums are made once its children's findings are known.
    hitung = [np.ones(len(dok), dtype=bool), np.ones(len(dok), dtype=bool)]
    lapor = [np.zeros(len(dok), dtype=bool), np.zeros(len(dok), dtype=bool)]
    tingkat = dok["level"].astype("string").map({"sub_kegiatan": 0, "kegiatan": 1, "program": 2}).fillna(0)
    per_baris: dict = {}
    nol = sp.assign(pagu_rp=0.0)
    # each row's pagu difference from its SIPD row under each reading (as written; times the second reading),
    # the same for every level: computed once
    sipd_kiri = np.full(len(dok), np.nan)
    sipd_kiri[link["kiri"].to_numpy(dtype=int)] = \
        pd.to_numeric(sp["pagu_rp"]).astype(float).to_numpy()[link["kanan"].to_numpy(dtype=int)]
    nilai = pd.to_numeric(dok["pagu_rp"]).astype(float)
    beda_k = (nilai.to_numpy() - sipd_kiri, nilai.mul(bacaan.fillna(1.0)).to_numpy() - sipd_kiri)
    # per SIPD row, its document children found nowhere in SIPD (each its own kritis): how many, and their pagu
    # under each reading; their pagu is in the parent's difference, which names it so as not to count it again
    # unsaid (REV-AU AU7)
    hilang: dict = {}
    tanpa_pasangan = ~dok.index.isin(list(matched_left)) & ~dok.index.isin(list(lain)) & dok["level"].isin(
        list(_INDUK)).to_numpy()
    if tanpa_pasangan.any():
        yatim = dok[tanpa_pasangan]
        lvl_y = yatim["level"].astype(str)
        kode_y = yatim["kode"].astype("string").str.split(".")
        induk_y = pd.DataFrame({
            "level": lvl_y.map({k: v[0] for k, v in _INDUK.items()}),
            "kode": [".".join(p[:_INDUK[lv][1]]) if isinstance(p, list) else None for p, lv in zip(kode_y, lvl_y)],
            "v0": nilai[tanpa_pasangan].where(~(ragu & bacaan.isna())[tanpa_pasangan]),
            "v1": nilai[tanpa_pasangan].mul(bacaan.fillna(1.0)[tanpa_pasangan]).where(
                ~(ragu & bacaan.isna())[tanpa_pasangan])})
        cari = {(lv, k): j for j, (lv, k) in enumerate(zip(sp["level"].astype(str), sp["kode"].astype(str)))}
        for (lv, k), g in induk_y.dropna(subset=["kode"]).groupby(["level", "kode"]):
            if (lv, k) in cari and g["v0"].notna().any():     # a child with no pagu (``-``) adds none
                hilang[cari[(lv, k)]] = (int(g["v0"].notna().sum()), float(g["v0"].sum()), float(g["v1"].sum()))
    for lvl in sorted(tingkat.unique()):
        # the children's differences under each reading: a row of unknown scale as written, then times its
        # second reading (one of two without it: left out, as above); rows of known scale as read
        anak = selisih_anak(dok.assign(pagu_rp=dok["pagu_rp"].mask(ragu | ~(hitung[0] & hitung[1]))), sp, link)
        anak_dua = (anak, anak)
        anak_pasti: tuple = ((anak, 0.0), (anak, 0.0))
        bulat_anak: tuple | None = None
        if dua_bacaan:
            anak_pasti = _anak_pasti(dok, sp, link, tulis, bacaan, n_sub, hitung)
            # a parent of unknown scale: the same sums, a child that fits SIPD only under the other reading left
            # out (under this reading its difference is reported by nobody: not "its children's", REV-AP item 1)
            anak_dua = (anak_pasti[0][0], anak_pasti[1][0])
            bulat_anak = _bulat_anak(dok, sp, link, tulis, bacaan)
        # per reading: whether a child's difference is told, the sum of the told children's differences and
        # of their cells' rounding: a parent's difference is theirs only within that (the children that fit
        # SIPD are no part of it: their rounding no room for the parent's own, REV-AZ AZ2); for a parent of
        # known scale too (REV-AZ AZ3)
        ada_lapor: tuple | None = tuple((selisih_anak(dok.assign(pagu_rp=lapor[k].astype(float)), nol, link).fillna(0.0)
                           > 0).to_numpy() for k in (0, 1))
        beda_lapor = tuple(selisih_anak(dok.assign(pagu_rp=np.where(lapor[k], np.nan_to_num(beda_k[k]), 0.0)),
                                        nol, link).fillna(0.0).to_numpy() for k in (0, 1))
        bulat_lapor = _bulat_anak(dok, sp, link, tulis, bacaan, hanya=(lapor[0], lapor[1]))
        for i in dok.index[(tingkat == lvl).to_numpy()]:
            if i in lain:
                continue
            d = dok.loc[i]
            j, cara, skor = matched_left.get(i, (None, "hanya_dokumen", np.nan))
            s = sp.iloc[j] if j is not None else None
            t = (_indikator_terdekat(indicators.get(s["urutan"], wanted.iloc[0:0]), d["indikator"])
                 if s is not None else None)
            recs = _temuan(d, s, t, cara, skor, anak.iloc[j] if j is not None else np.nan,
                           n_sub=n_sub[j] if j is not None else 0, lain=bacaan.loc[i],
                           anak_dua=tuple(a.iloc[j] for a in anak_dua) if j is not None else (np.nan, np.nan),
                           bulat_anak=tuple(float(b[j]) for b in bulat_anak)
                           if j is not None and bulat_anak is not None else None,
                           anak_pasti=tuple((a.iloc[j], float(b[j]) if np.ndim(b) else float(b))
                                            for a, b in anak_pasti) if j is not None else (),
                           ada_lapor=tuple((bool(x[j]), float(a[j]), float(b[j]))
                                           for x, a, b in zip(ada_lapor, beda_lapor, bulat_lapor))
                           if j is not None and ada_lapor is not None else None,
                           hilang=hilang.get(j, ()) if j is not None else ())
            pos = dok.index.get_loc(i)
            for r in recs:
                if "_lapor" in r:
                    for k in (0, 1):
                        hitung[k][pos] = lapor[k][pos] = r["_lapor"][k]
            per_baris[i] = [{c: v for c, v in r.items() if c != "_lapor"} for r in recs]
    for i, d in dok.iterrows():
        j, cara, skor = matched_left.get(i, (None, "hanya_dokumen", np.nan))
        s = sp.iloc[j] if j is not None else None
        t = _indikator_terdekat(indicators.get(s["urutan"], wanted.iloc[0:0]), d["indikator"]) if s is not None else None
        rows.append(_row(len(rows) + 1, d, s, t, cara, skor))
        if i in lain:
            records.append(_kode_beda(d, sp.iloc[lain[i]]))
        else:
            records += per_baris[i]
    records += _skala_tak_pasti(dok, tak_pasti & dok.index.isin(list(matched_left)), doc)
    if dua_bacaan:
        # a table has one scale: rows fitting SIPD under opposite readings hide a true difference (REV-AU AU3)
        dipasang = np.zeros(len(dok), dtype=bool)
        kiri_cara = link.loc[link["cara"].astype(str) != "nama_mirip", "kiri"].to_numpy(dtype=int)
        dipasang[kiri_cara] = True
        dipasang[dok.index.get_indexer(list(lain))] = False
        n_kiri = np.zeros(len(dok))
        n_kiri[link["kiri"].to_numpy(dtype=int)] = np.asarray(n_sub)[link["kanan"].to_numpy(dtype=int)]
        # a SIPD sum missing a sub kegiatan without pagu tells nothing of the scale (``_temuan``'s ``tanpa``)
        tanpa_kiri = np.zeros(len(dok))
        tanpa_kiri[link["kiri"].to_numpy(dtype=int)] = pd.to_numeric(sp.get("tanpa_pagu", pd.Series(0, index=sp.index))
                                                                      ).fillna(0).to_numpy()[link["kanan"].to_numpy(dtype=int)]
        dipasang &= tanpa_kiri == 0
        records += _skala_satu_tabel(dok, dipasang & bacaan.notna().to_numpy() & ~np.isnan(sipd_kiri), sipd_kiri,
                                     n_kiri, bacaan)
    # a 3.2 the document shows incomplete: a SIPD row not found may be in what is missing (not blamed)
    potong = tabel_terpotong(doc)
    hanya_sipd = sorted(set(range(len(sp))) - set(link["kanan"]))
    # a gap in 3.2's printed numbering: only as many rows as numbers are missing, where their code may sit
    dinamai = set(kode_lain["kanan"])           # SIPD rows a document row's _kode_beda names
    maaf, ragu = ({}, {}) if potong is not None else celah_sipd(
        doc, sp, dict(zip(link["kiri"], link["kanan"])), [j for j in hanya_sipd if j not in dinamai], dok)
    for j in hanya_sipd:
        s = sp.iloc[j]
        rows.append(_row(len(rows) + 1, None, s, None, "hanya_sipd", np.nan))
        if j in dinamai:
            continue                            # named by its document row's finding (_kode_beda)
        siapa = f"{_LEVEL[s['level']]} {s['kode_sipd']} \u201c{s['nama']}\u201d (pagu {format_rupiah(s['pagu_rp'])})"
        alasan = potong if potong is not None else maaf.get(j, ragu.get(j))
        alasan = alasan[:1].upper() + alasan[1:] if alasan is not None else None    # a sentence's start
        tidak_terbaca = (f"{siapa} ada di SIPD tetapi tidak ditemukan di bagian dokumen yang terbaca (3.2 maupun 3.3), "
                         "menurut kode maupun nama. ")
        if alasan is not None and (potong is not None or j in maaf):
            tingkat, pesan = "info", (f"{tidak_terbaca}{alasan}: baris ini mungkin ada di bagian yang hilang, sehingga "
                                      "tidak dinilai sebagai kekurangan dokumen; periksa dengan dokumen aslinya.")
        elif alasan is not None:
            tingkat, pesan = "peringatan", f"{tidak_terbaca}{alasan}; periksa dengan dokumen aslinya."
        else:
            tingkat, pesan = "kritis", (f"{siapa} ada di SIPD tetapi tidak ditemukan di dokumen (3.2 maupun 3.3), menurut "
                                        f"kode maupun nama; jumlah {_LEVEL[s['level']].lower()} dokumen dan SIPD berbeda.")
        records.append(_rec("dokumen_vs_sipd", tingkat, f"Dokumen vs {tabel_sipd(s['berkas'])}", None, s["nama"], "kode",
                            None, s["pagu_rp"], pesan, pembanding=s["baris_sumber"], nilai_rp=s["pagu_rp"]))
    records = _sebagian_tidak_dibaca(records, tidak_dibaca(getattr(sipd, "dilewati", [])))
    records = rujukan_sipd(records, dict(zip(sipd.berkas["berkas"], sipd.berkas["format"])))
    if not kes.sepadan:
        awal = f"[Dibandingkan dengan SIPD yang tidak sepadan: {kes.ringkas()}] "
        records = [dict(r, tingkat="info", pesan=awal + r["pesan"]) for r in records]
    tabel = _table(rows)
    # a document row of unknown scale: its pagu as written, no difference computed
    tabel.loc[np.flatnonzero(tak_pasti.to_numpy()), "selisih_pagu_rp"] = pd.NA
    return tabel, _frame(_temuan_kesesuaian(kes) + ragukan(records, kes), JENIS)


def _desimal_tulis(dok: pd.DataFrame, doc) -> np.ndarray:
    """Per document row (``baris_dokumen``), the decimals its pagu cell is written with, from the cells of its
    pagu's line in its pagu's table as written (``doc.desimal_review`` / ``desimal_rencana``, ``tables.evaluation
    .sel_blok``; ``findings.document._dengan_desimal_pagu``, a whole ``5.000`` with ``utuh_juga``): -1 where
    not known (no cells, or none making its value as written, ``pagu_rp`` over ``skala_pagu``, 1 where unknown).

    >>> from types import SimpleNamespace as NS
    >>> import pyarrow as pa
    >>> from renja_analysis.tables.evaluation import SelTertulis
    >>> dok = pd.DataFrame({"tabel_pagu": [_REVIEW] * 3, "baris_sumber": [7, 8, 9], "baris_pagu": [pd.NA] * 3,
    ...                     "pagu_rp": [5000.0, 5000.0, 16.0], "skala_pagu": [np.nan] * 3})
    >>> doc = NS(desimal_review=SelTertulis(pa.array(["5.000,0", "5.000", "16"]), np.array([7, 8, 10])))
    >>> _desimal_tulis(dok, doc).tolist(), _desimal_tulis(dok, None).tolist()
    ([1, 0, -1], [-1, -1, -1])
    """
    out = np.full(len(dok), -1, dtype=np.intp)
    if not len(dok):
        return out
    baris = pd.to_numeric(dok["baris_pagu"]).astype("Float64").fillna(
        pd.to_numeric(dok["baris_sumber"]).astype("Float64"))
    skala = pd.to_numeric(dok["skala_pagu"]).astype(float).fillna(1.0)
    cel = pd.DataFrame({"baris_sumber": baris.to_numpy(dtype=float, na_value=np.nan),
                        "pagu_rp": (pd.to_numeric(dok["pagu_rp"]).astype(float) / skala).to_numpy(dtype=float,
                                                                                                na_value=np.nan)})
    for tabel, nama in ((_REVIEW, "desimal_review"), (_RENCANA, "desimal_rencana")):
        m = (dok["tabel_pagu"] == tabel).to_numpy()
        sel = getattr(doc, nama, None)
        if sel is None or not m.any():
            continue
        d = _dengan_desimal_pagu(cel[m], sel, ["pagu_rp"], utuh_juga=True)
        tulis = _desimal_pagu(d, "pagu_rp")
        if tulis is not None:
            out[m] = tulis
    return out


def _anak_pasti(dok: pd.DataFrame, sp: pd.DataFrame, link: pd.DataFrame, tulis: pd.Series, bacaan: pd.Series,
                n_sub: np.ndarray, hitung: Sequence | None = None) -> tuple:
    """Per SIPD row, its children's sum of pagu differences under each reading of the rows of unknown scale
    (``rekonsiliasi``'s ``tulis``: as written; ``bacaan``: their second reading, NaN for rows of known scale),
    each with how far that sum may lie off by the children's rounding under that reading; for a parent of
    known scale (REV-AP AP1), and its sums for a parent of unknown scale (``_pagu_dua``'s ``anak_dua``). A child of unknown scale that fits SIPD only under the other reading gets no
    finding of its own (``_pagu_dua``): under this reading its difference would be reported by nobody, so
    its parent's sum is NA there; so is it where ``hitung`` (per reading, a bool per document row, from the
    children's findings: ``rekonsiliasi``) is False: a child whose difference under this reading no finding tells
    (one "its children's" only under the other reading, REV-AU AU1). Whether a cell fits compares whole rupiah
    (``_dalam``).
    """
    kiri, kanan = link["kiri"].to_numpy(dtype=int), link["kanan"].to_numpy(dtype=int)
    sipd = pd.Series(np.nan, index=dok.index)
    sipd.iloc[kiri] = pd.to_numeric(sp["pagu_rp"]).astype(float).to_numpy()[kanan]
    n = pd.Series(0, index=dok.index)
    n.iloc[kiri] = np.asarray(n_sub)[kanan]
    v = pd.to_numeric(tulis).astype(float)
    dua = bacaan.notna()
    f = bacaan.fillna(1.0).to_numpy(dtype=float)
    setengah = np.where(dua, _setengah_digit(v.to_numpy(dtype=float), _desimal_pagu(dok, "pagu_rp"))[0] * f, 0.0)
    cocok0 = _dalam((v - sipd).to_numpy(dtype=float), TOLERANSI_RP, sipd.to_numpy(dtype=float))
    cocok1 = _dalam((v * f - sipd).to_numpy(dtype=float),
                    np.maximum(TOLERANSI_RP, np.maximum(n.to_numpy(), 1) * setengah), sipd.to_numpy(dtype=float),
                    ganjil=(n.to_numpy() <= 1) & _ganjil(v.to_numpy(dtype=float) * f, 2 * setengah))
    nol = sp.assign(pagu_rp=0.0)
    out = []
    for k, (faktor, hanya_lain) in enumerate(((1.0, cocok1 & ~cocok0), (f, cocok0 & ~cocok1))):
        pagu = (v * faktor).mask((dua & hanya_lain) | (False if hitung is None else ~np.asarray(hitung[k])))
        bulat = pd.Series(setengah if k else 0.0, index=dok.index).where(v.notna(), 0.0)
        out.append((selisih_anak(dok.assign(pagu_rp=pagu), sp, link),
                    selisih_anak(dok.assign(pagu_rp=bulat), nol, link).fillna(0.0).to_numpy()))
    return tuple(out)


def _dalam(selisih, batas, besaran=0.0, ganjil=False):
    """Whether a difference in rupiah lies within ``batas``, compared as whole rupiah: a float's last-bit noise
    (``16.1 * 1e6`` is 16.100.000,000000002) never takes a difference at the bound past it (as
    ``findings.document._rupiah_utuh``); ``besaran`` the size of the sides compared (the noise grows with it).
    NaN: False. Numbers or arrays.

    ``ganjil`` (bool or array): ``selisih`` is one rounded document cell minus SIPD's exact rupiah, ``batas`` half
    a unit of its last written digit, and the cell ends in an ODD digit of that unit. Rounded half up a cell lies
    at most half a unit above the value and strictly less below; rounded half to even, which offices also use
    (3.2's sums take it as possible, REV-AW AW3), exactly half below too, but only onto an even digit (16,25 ->
    ``16,2``). So exactly half a unit below is within the rounding unless the cell's digit is odd (REV-BC BC2:
    ``16,2`` millions against Rp16.250.000 was an untrue kritis; REV-AZ AZ4: ``4,1`` against Rp4.150.000 is no
    rounding of it by either rule, kritis).

    >>> bool(_dalam(16.1 * 1e6 - 16_050_000, 50_000.0, 16_050_000)), bool(_dalam(50_001.0, 50_000.0))
    (True, False)
    >>> [bool(_dalam(16.2 * 1e6 - x, 50_000.0, x)) for x in (16_250_000, 16_250_001, 16_150_000)]
    [True, False, True]
    >>> [bool(_dalam(4.1 * 1e6 - x, 50_000.0, x, ganjil=True)) for x in (4_150_000, 4_149_999, 4_050_000)]
    [False, True, True]
    """
    with np.errstate(invalid="ignore"):
        eps = np.maximum(1e-6, np.abs(np.asarray(besaran, dtype=float)) * 1e-12)
        b = np.asarray(batas, dtype=float)
        x = np.asarray(selisih, dtype=float)
        return (np.abs(x) <= b + eps) & ~(np.asarray(ganjil, dtype=bool) & (x <= -b + eps) & (b > TOLERANSI_RP))


def _ganjil_pasti(v: float, skala: float) -> bool:
    """For a table of known scale (its tolerance half of ``skala``, whatever the cell's decimals): whether a cell
    exactly half a unit below SIPD is no rounding of it: its digit at ``skala`` odd, or the cell written finer than
    ``skala`` (``4,5`` millions against Rp5.000.000 is 0,5 off a cell precise to 0,1: REV-BE BE1, the first BC2 fix
    read 4,5 as 4, even, and hid it).

    >>> _ganjil_pasti(4.1e6, 1e5), _ganjil_pasti(4.5e6, 1e6), _ganjil_pasti(4_150_000.0, 1000.0)
    (True, True, False)
    """
    k = abs(v) / skala
    return bool(abs(k - round(k)) > 1e-9 * max(1.0, k) or _ganjil(v, skala))


def _ganjil(v, satuan) -> np.ndarray:
    """Whether a document cell (``v``, rupiah) ends in an odd digit of its ``satuan`` (rupiah; 0 or NaN: False).

    >>> _ganjil(np.array([4.1e6, 16.2e6, 4_151_000.0, 5.0]), np.array([1e5, 1e5, 1000.0, 0.0])).tolist()
    [True, False, True, False]
    """
    u = np.asarray(satuan, dtype=float)
    ada = u > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        k = np.rint(np.abs(np.asarray(v, dtype=float)) / np.where(ada, u, 1.0))
    return ada & (k % 2 == 1)


def _milik_anak(beda, lapor: bool, pisah, bulat_lapor, sendiri: float, semua, besaran) -> bool:
    """Whether a parent's pagu difference from SIPD (``beda``, under one reading) is its children's, reported at
    them: one of its children's differences is told under that reading (``lapor``), and what is beyond the told
    children's differences (``pisah``) lies within what rounding truly allows there: its own cell's rounding
    (``sendiri``: half a unit of its last written digit under that reading; 0 for a cell read as exact rupiah) and
    the told children's cells' (``bulat_lapor``), strictly where both are rounded (each cell's error in (-h, h]:
    ``findings.document._toleransi_bulat``; a parent ``11`` over its only child ``10`` in millions: both cannot be
    halves of one value, kept strict, REV-BC BC2 touched single cells only); else, it is the sum of all its children's differences (``semua``, NaN
    where a child is not counted) exactly, the parent written as the sum of its children's cells (the children that
    fit SIPD doing so within their own rounding). No floor of a rupiah: a parent ``11`` over its only child ``10``
    read as rupiah has Rp1 of its own (REV-AZ AZ1). Compared in whole rupiah (``_dalam``).

    >>> _milik_anak(2e6, True, 1e6, 500_000.0, 50_000.0, np.nan, 9e6)      # 1.000.000 beyond, room < 550.000
    False
    >>> _milik_anak(1.1e6, True, 1e6, 500_000.0, 50_000.0, np.nan, 46e6)   # 100.000 beyond: within
    True
    >>> _milik_anak(-8_999_989.0, True, -8_999_990.0, 0.0, 0.0, np.nan, 9e6), _milik_anak(3_800.0, True, 5_000.0, 500.0, 500.0, 3_800.0, 13e6)
    (False, True)
    """
    if not lapor or pd.isna(beda):
        return False
    if not pd.isna(semua) and bool(_dalam(beda - semua, 0.0, besaran)):
        return True
    ruang = float(sendiri) + float(bulat_lapor)
    if sendiri > 0 and bulat_lapor > 0:
        return bool(abs(beda - pisah) < ruang - max(1e-6, abs(besaran) * 1e-12))
    return bool(_dalam(beda - pisah, ruang, besaran))


def _bulat_anak(dok: pd.DataFrame, sp: pd.DataFrame, link: pd.DataFrame, tulis: pd.Series,
                bacaan: pd.Series, hanya: tuple | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per SIPD row, how far its children's cells may lie from their exact rupiah by rounding alone, summed,
    under each reading of the rows of unknown scale (``rekonsiliasi``'s ``tulis`` / ``bacaan``): as written, a
    cell of unknown scale is exact (0) and one of a table known in thousands half its unit; under the second
    reading, a cell of unknown scale half a unit of its last written digit times ``bacaan``. With its own cell's
    rounding, the bound of how far a parent's difference from SIPD may lie from its children's (``_pagu_dua``).
    ``hanya``: per reading, the rows counted (the others 0: the children whose difference a finding tells).

    >>> sp = pd.DataFrame({"level": ["kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                    "kode": ["1.01.02.2.01", "1.01.02.2.01.0001", "1.01.02.2.01.0002"], "pagu_rp": [3.0, 1.0, 2.0]})
    >>> dok = pd.DataFrame({"pagu_rp": [37.6, 16.0, 22_000.0], "skala_pagu": [np.nan, np.nan, 1000.0]})
    >>> link = pd.DataFrame({"kiri": [0, 1, 2], "kanan": [0, 1, 2]})
    >>> tulis, bacaan = dok["pagu_rp"], pd.Series([1e6, 1e6, np.nan])
    >>> [b.tolist() for b in _bulat_anak(dok, sp, link, tulis, bacaan)]
    [[500.0, 0.0, 0.0], [500500.0, 0.0, 0.0]]
    """
    v = pd.to_numeric(tulis).astype(float)
    skala = pd.to_numeric(dok["skala_pagu"]).astype(float).to_numpy()
    pasti = np.where(skala > 1, skala / 2, 0.0)         # a cell of a table known in thousands: half its unit
    # half a unit of its last digit as written where known (``_desimal_tulis``; REV-AU AU6)
    lain = np.where(bacaan.notna(), _setengah_digit(v.to_numpy(dtype=float), _desimal_pagu(dok, "pagu_rp"))[0]
                    * bacaan.fillna(1.0).to_numpy(), pasti)
    nol = sp.assign(pagu_rp=0.0)
    ada = [v.notna().to_numpy()] * 2 if hanya is None else [v.notna().to_numpy() & np.asarray(x) for x in hanya]
    return tuple(selisih_anak(dok.assign(pagu_rp=pd.Series(h, index=dok.index).where(m, 0.0)), nol, link)
                 .fillna(0.0).to_numpy() for h, m in zip((pasti, lain), ada))


def jumlah_sub(sp: pd.DataFrame) -> np.ndarray:
    """Per SIPD row (``baris_sipd``), the sub kegiatan with a pagu at or under it (by code): how
    many rounded cells a document in thousands may sum to its pagu (a sub kegiatan: 0, its own).

    >>> sp = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan"],
    ...                    "kode": ["1.01.02", "1.01.02.2.01", "1.01.02.2.01.0001", "1.01.02.2.01.0002",
    ...                             "1.01.02.2.02"], "pagu_rp": [30.0, 30.0, 10.0, 20.0, None]})
    >>> jumlah_sub(sp).tolist()
    [2, 2, 0, 0, 0]
    """
    level = sp["level"].astype(str).reset_index(drop=True)
    kode = sp["kode"].astype(str).reset_index(drop=True)
    sub = (level == "sub_kegiatan") & pd.to_numeric(sp["pagu_rp"]).notna().reset_index(drop=True)
    parts = kode[sub].str.split(".")
    n = np.zeros(len(sp), dtype=int)
    for lvl, (_, k) in (("kegiatan", _INDUK["sub_kegiatan"]), ("program", _INDUK["kegiatan"])):
        hit = (level == lvl).to_numpy()
        n[hit] = kode[hit].map(parts.str[:k].str.join(".").value_counts()).fillna(0).to_numpy(dtype=int)
    return n


def _daftar_baris(rows: pd.DataFrame, batas: int = 3) -> str:
    """The rows a ``_skala_satu_tabel`` finding names under one reading: code and name of the first ``batas``,
    then how many more (``dan N lainnya``).

    >>> rows = pd.DataFrame({"kode": ["1.01", "1.02", "1.03", "1.04", "1.05"], "nama": list("ABCDE")})
    >>> print(_daftar_baris(rows.head(2)))
    1.01 “A” dan 1.02 “B”
    >>> print(_daftar_baris(rows))
    1.01 “A”, 1.02 “B”, 1.03 “C”, dan 2 lainnya
    """
    nama = [f"{k} \u201c{n}\u201d" for k, n in zip(rows["kode"].astype(str), rows["nama"].astype(str))]
    if len(nama) > batas:
        return ", ".join(nama[:batas]) + f", dan {len(nama) - batas} lainnya"
    return nama[0] if len(nama) == 1 else ", ".join(nama[:-1]) + " dan " + nama[-1]


def _skala_satu_tabel(dok: pd.DataFrame, pakai: np.ndarray, sipd_kiri: np.ndarray, n_sub: np.ndarray,
                      bacaan: pd.Series) -> list[dict]:
    """One ``dokumen_vs_sipd_skala`` kritis per table of unknown scale whose rows fit SIPD under opposite
    readings (REV-AU AU3): a table has one scale, so where one row fits SIPD only as written and another only
    in thousands (millions), at least one of them truly differs from SIPD, though each alone is silent
    (``_pagu_dua``: a row fitting either reading says nothing).

    ``pakai``: the rows compared (``rekonsiliasi``: of unknown scale, ``bacaan`` their second reading, paired
    with a SIPD row by code or by name; a pair by name similarity only may be two sub kegiatan, no evidence of
    the scale); ``sipd_kiri``: SIPD's pagu of each row's pair, ``n_sub`` its sub kegiatan. Whether a row fits
    under a reading is ``_pagu_dua``'s test (as written within ``TOLERANSI_RP``; under ``bacaan`` within
    max(n, 1) x half a unit of its last written digit, rounded half up: ``_dalam``'s ``bulat``). A row that fits
    neither has its own kritis; one that fits both tells nothing; only rows fitting exactly one reading count.

    Rows of one level only are compared, the lowest that shows the contradiction (sub kegiatan first): a
    parent's pagu is its children's sum, its difference holds theirs, so listing a parent with its children
    would count their rupiah twice; rows of one level are disjoint. A contradiction seen only between levels is
    left unsaid (a silence, never an untrue claim). Which reading is the table's, hence which rows differ, the
    data cannot tell: the finding names, under each reading, the rows that would then differ and their total
    difference; no ``nilai_rp`` (a row listed may be in its parent's own difference too: never summed twice, REV-BE
    BE3).

    >>> dok = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "kode": ["1.01.0001", "1.01.0002"], "nama": ["A", "B"],
    ...                     "pagu_rp": [16.0, 20_000_000.0], "tabel_pagu": [_REVIEW] * 2, "baris_sumber": [5, 6],
    ...                     "baris_pagu": [pd.NA] * 2})
    >>> r = _skala_satu_tabel(dok, np.array([True, True]), np.array([16e6, 20e6]), np.zeros(2),
    ...                       pd.Series([1e6, 1e6]))
    >>> [(x["tingkat"], pd.isna(x["nilai_rp"])) for x in r]
    [('kritis', True)]
    """
    if not pakai.any():
        return []
    v = pd.to_numeric(dok["pagu_rp"]).astype(float).to_numpy()
    f = bacaan.fillna(1.0).to_numpy(dtype=float)
    setengah = _setengah_digit(v, _desimal_pagu(dok, "pagu_rp"))[0] * f
    beda0, beda1 = v - sipd_kiri, v * f - sipd_kiri
    cocok0 = _dalam(beda0, TOLERANSI_RP, sipd_kiri)
    cocok1 = _dalam(beda1, np.maximum(TOLERANSI_RP, np.maximum(np.asarray(n_sub), 1) * setengah), sipd_kiri,
                    ganjil=(np.asarray(n_sub) <= 1) & _ganjil(v * f, 2 * setengah))
    hanya0, hanya1 = pakai & cocok0 & ~cocok1, pakai & cocok1 & ~cocok0
    tingkat = dok["level"].astype("string").map({"sub_kegiatan": 0, "kegiatan": 1, "program": 2}).to_numpy()
    baris = dok["baris_pagu"].astype("Int64").fillna(dok["baris_sumber"].astype("Int64")).to_numpy()
    out = []
    for tabel in sorted(dok.loc[pakai, "tabel_pagu"].astype(str).unique()):
        di = (dok["tabel_pagu"].astype(str) == tabel).to_numpy()
        for lvl in (0, 1, 2):
            m = di & (tingkat == lvl)
            a, b = hanya0 & m, hanya1 & m
            if not (a.any() and b.any()):
                continue
            lain = float(f[a | b][0])
            satuan = f"{'ribuan' if lain == 1000 else 'jutaan'} rupiah"
            # under reading 1 (as written) the rows fitting only reading 2 differ, and the other way round
            jumlah = (float(np.abs(beda0[b]).sum()), float(np.abs(beda1[a]).sum()))
            level = _LEVEL[{0: "sub_kegiatan", 1: "kegiatan", 2: "program"}[lvl]].lower()
            pesan = (
                f"Skala pagu {tabel} tidak dapat dipastikan, tetapi dalam satu skala yang sama pagunya tidak "
                f"seluruhnya sesuai dengan SIPD: {int(a.sum())} {level} hanya sesuai bila dibaca dalam rupiah, "
                f"{int(b.sum())} {level} lain hanya sesuai bila dibaca dalam {satuan}, padahal satu tabel memakai "
                "satu skala. Jadi, sekurang-kurangnya satu pagu berbeda dari SIPD, tetapi baris mana yang berbeda "
                f"tidak dapat dipastikan: bila dibaca dalam rupiah, pagu {_daftar_baris(dok[b])} berbeda dari SIPD "
                f"(jumlah selisihnya {format_rupiah(jumlah[0])}); bila dibaca dalam {satuan}, pagu "
                f"{_daftar_baris(dok[a])} berbeda dari SIPD (jumlah selisihnya {format_rupiah(jumlah[1])}). Pastikan "
                "skala tabelnya, lalu samakan pagu yang berbeda dengan SIPD.")
            # its line: the first listed row's with a line (none: no line, never a crash, REV-BE BE2); no nilai_rp:
            # a row listed may also be in its parent's own difference (a kegiatan kritis for its sub kegiatan's
            # rupiah), so the rupiah, said in the message, are never summed twice (REV-BE BE3)
            ada = pd.notna(baris[a | b])
            out.append(_rec("dokumen_vs_sipd_skala", "kritis", f"{tabel} vs SIPD",
                            int(np.min(baris[a | b][ada])) if ada.any() else None, None, "pagu_rp", None, None,
                            pesan, nilai_rp=None))
            break                                   # one finding per table: its lowest level showing it
    return out


def _skala_tak_pasti(dok: pd.DataFrame, tak_pasti: pd.Series, doc=None) -> list[dict]:
    """One ``dokumen_vs_sipd`` info per table whose pagu, of unknown scale (``skala_pagu``), was not
    compared with SIPD's rupiah as read (``tak_pasti``: its rows paired with a SIPD row): why, by its header
    (``doc``'s) and the ratio that left it unknown (``_rasio_tak_pasti``): thousands whose values do not
    tell (not compared), or no thousands over values about 0,001 or 0,000001 of Tabel 2.2's or, a Renja
    murni's, of the same year's plan in its other section-3 table (``RenjaDocument.rasio_skala_review`` /
    ``rasio_skala_rencana`` / ``rasio_review_rencana``, ``findings.document.skala_pasti``, ``skala_33``): one
    of two readings (``skala_lain_pagu``), compared under both, only a pagu differing under both reported
    (``_temuan``; REV-AG AG10), the ratio printed by ``findings.document._teks_rasio``.

    >>> import pandas as pd
    >>> from types import SimpleNamespace as NS
    >>> dok = pd.DataFrame({"tabel_pagu": ["Tabel 3.3"], "baris_sumber": [462]})
    >>> doc = NS(header_rencana=["PAGU INDIKATIF (Rp)"], rasio_skala_rencana=0.001)
    >>> print(_skala_tak_pasti(dok, pd.Series([True]), doc)[0]["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Pagu Tabel 3.3 dibandingkan dengan SIPD dalam rupiah maupun dalam ribuan rupiah karena skala nilainya tidak
    dapat dipastikan: judul kolomnya tidak menyatakan ribuan rupiah, tetapi median rasio pagunya terhadap pagu
    Tabel 2.2 0,0010, sekitar seperseribu. Dari 1 baris yang berpasangan dengan SIPD, hanya pagu yang berbeda
    dari SIPD dalam kedua bacaan itu yang dilaporkan, dan selisihnya tidak dicantumkan di tabel rekonsiliasi;
    nama dan targetnya tetap dibandingkan.
    >>> doc = NS(header_rencana=["PAGU INDIKATIF (Rp)"], rasio_skala_rencana=1.2e-6)
    >>> print(_skala_tak_pasti(dok, pd.Series([True]), doc)[0]["pesan"][:150])
    Pagu Tabel 3.3 dibandingkan dengan SIPD dalam rupiah maupun dalam jutaan rupiah karena skala nilainya tidak dapat dipastikan: judul kolomnya tidak men
    >>> doc = NS(header_rencana=["PAGU INDIKATIF (Rp.000)"], rasio_skala_rencana=0.04)
    >>> print(_skala_tak_pasti(dok, pd.Series([True]), doc)[0]["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Pagu Tabel 3.3 tidak dibandingkan dengan SIPD: judul kolomnya menyatakan ribuan rupiah, tetapi skala nilainya
    tidak dapat dipastikan (temuan satuan_tidak_wajar), sehingga pagu 1 baris yang berpasangan dengan SIPD tidak
    dinilai; nama dan targetnya tetap dibandingkan.
    """
    out = []
    for tabel, rows in dok[tak_pasti.to_numpy()].groupby("tabel_pagu", sort=True):
        header = getattr(doc, "header_review" if tabel == _REVIEW else "header_rencana", None)
        rasio, terhadap = _rasio_tak_pasti(doc, tabel)
        lain = _skala_lain(rasio)
        if doc is not None and not header_ribuan(header) and pd.notna(lain):
            satuan = "ribuan" if lain == 1000 else "jutaan"
            pesan = (f"Pagu {tabel} dibandingkan dengan SIPD dalam rupiah maupun dalam {satuan} rupiah karena skala "
                     "nilainya tidak dapat dipastikan: judul kolomnya tidak menyatakan ribuan rupiah, tetapi median "
                     f"rasio pagunya terhadap {terhadap} {_teks_rasio(rasio)}, sekitar "
                     f"{'seperseribu' if lain == 1000 else 'sepersejuta'}. Dari {len(rows)} baris yang berpasangan "
                     "dengan SIPD, hanya pagu yang berbeda dari SIPD dalam kedua bacaan itu yang dilaporkan, dan "
                     "selisihnya tidak dicantumkan di tabel rekonsiliasi; nama dan targetnya tetap dibandingkan.")
        else:
            judul = "tidak menyatakan" if doc is not None and not header_ribuan(header) else "menyatakan"
            pesan = (f"Pagu {tabel} tidak dibandingkan dengan SIPD: judul kolomnya {judul} ribuan rupiah, tetapi "
                     "skala nilainya tidak dapat dipastikan (temuan satuan_tidak_wajar), sehingga pagu "
                     f"{len(rows)} baris yang berpasangan dengan SIPD tidak dinilai; nama dan targetnya tetap "
                     "dibandingkan.")
        out.append(_rec("dokumen_vs_sipd", "info", f"{tabel} vs SIPD", rows["baris_sumber"].min(), None, "pagu_rp",
                        None, None, pesan))
    return out


def _rasio_tak_pasti(doc, tabel: str) -> tuple[float, str]:
    """The median ratio that left a table of ``doc`` whose header names no thousands of unknown scale, and the
    pagu it is to, as a sentence names it: Tabel 2.2's where about 0,001 or 0,000001 (``rasio_skala_review`` /
    ``rasio_skala_rencana``); else, a Renja murni's, the same year's plan in its other section-3 table (3.2
    against 3.3: ``rasio_review_rencana``; 3.3 against 3.2: ``findings.document._dua_skala_33``); ``(nan, "")``
    when none. A murni's labels are given later (``load.murnikan_dokumen``).

    >>> from types import SimpleNamespace as NS
    >>> _rasio_tak_pasti(NS(rasio_skala_review=float("nan"), rasio_review_rencana=0.0011), "Tabel 3.2 (Review P-RKPD)")
    (0.0011, 'pagu rencana tahun yang sama di Tabel 3.3 (Rencana Perubahan)')
    >>> _rasio_tak_pasti(NS(rasio_skala_review=0.0012), "Tabel 3.2 (Review P-RKPD)")
    (0.0012, 'pagu Tabel 2.2')
    >>> _rasio_tak_pasti(None, "Tabel 3.3 (Rencana Perubahan)")
    (nan, '')
    """
    if doc is None:
        return np.nan, ""
    review = tabel == _REVIEW
    rasio = getattr(doc, "rasio_skala_review" if review else "rasio_skala_rencana", np.nan)
    if _seperseribu(rasio):
        return float(rasio), f"pagu {LABEL['tabel_2_2']}"
    if review:
        lain = getattr(doc, "rasio_review_rencana", np.nan)
    else:
        lain = _dua_skala_33(getattr(doc, "header_rencana", None), np.nan, rasio, getattr(doc, "review_rkpd", None),
                             getattr(doc, "rencana", None), bool(getattr(doc, "murni", False)))[1]
    if not _seperseribu(lain):
        return np.nan, ""
    return float(lain), f"pagu rencana tahun yang sama di {_RENCANA if review else _REVIEW}"


def _sebagian_tidak_dibaca(records: list[dict], unread: list[str]) -> list[dict]:
    """The findings SIPD records not read could explain (a row not found in SIPD, SIPD's pagu
    below the document's, the document's code not in SIPD: marked ``_sipd_kurang``) when the
    SIPD folder holds entries skipped unread (``unread``: a subfolder): each opens with them and
    a kritis one is a peringatan (the document is not blamed on data not read). Unchanged when
    everything was read; the marker is dropped.

    >>> _sebagian_tidak_dibaca([{"tingkat": "kritis", "pesan": "Tidak ditemukan di SIPD.", "_sipd_kurang": True},
    ...                         {"tingkat": "kritis", "pesan": "Ada di SIPD saja."}], ["sub"])
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'tingkat': 'peringatan', 'pesan': '[Sebagian folder SIPD tidak dibaca (sub): baris ini mungkin ada di sana]
      Tidak ditemukan di SIPD.'}, {'tingkat': 'kritis', 'pesan': 'Ada di SIPD saja.'}]
    """
    out = []
    awal = (f"[Sebagian folder SIPD tidak dibaca ({', '.join(unread)}): baris ini mungkin ada di sana] "
            if unread else "")
    for r in records:
        r = dict(r)
        if r.pop("_sipd_kurang", False) and unread:
            r.update(tingkat="peringatan" if r["tingkat"] == "kritis" else r["tingkat"], pesan=awal + r["pesan"])
        out.append(r)
    return out


def rujukan_sipd(records: list[dict], formats: dict) -> list[dict]:
    """``records`` with ``rujukan_pembanding`` naming the SIPD record compared: the export
    named in ``tabel`` (``"... vs SIPD <file>"``) and the record, "rekaman ke-N" of a JSON
    export, "baris N" of a CSV or a sheet (as the SIPD findings cite them), never a line of
    the document's text (``baris_pembanding`` of a ``dokumen_vs_sipd`` finding is SIPD's).

    Examples
    --------
    >>> r = rujukan_sipd([{"tabel": "Tabel 3.2 (Review P-RKPD) vs SIPD a.json", "baris_pembanding": 9},
    ...                   {"tabel": "Dokumen vs SIPD b.csv", "baris_pembanding": 4},
    ...                   {"tabel": "Tabel 3.2 (Review P-RKPD) vs SIPD", "baris_pembanding": pd.NA}],
    ...                  {"a.json": "json", "b.csv": "csv"})
    >>> [x.get("rujukan_pembanding") for x in r]
    ['SIPD a.json rekaman ke-9', 'SIPD b.csv baris 4', None]
    """
    from .sipd import _where

    out = []
    for r in records:
        tabel, line = str(r["tabel"]), r.get("baris_pembanding")
        if " vs SIPD " in tabel and line is not None and not pd.isna(line):
            berkas = tabel.split(" vs SIPD ", 1)[1]
            r = dict(r, rujukan_pembanding=f"SIPD {berkas} {_where(formats.get(berkas), int(line))}")
        out.append(r)
    return out


def _rencana_lengkap(doc) -> bool:
    """Tabel 3.3 read complete by its printed numbering (``doc.pembacaan``): the plan's other list
    then holds every row of the plan."""
    p = getattr(doc, "pembacaan", None)
    if p is None or "lengkap" not in p:
        return False
    return bool(p.loc[adalah_tabel(p["tabel"], "tabel_3_3").to_numpy(), "lengkap"].eq(True).any())


def tabel_terpotong(doc) -> str | None:
    """Why the document's Tabel 3.2 is incomplete at its end in the text, or None: a
    ``dokumen_terpotong`` finding on it (the text ends inside it, or it ends without its closing
    total short of the total it states and no table follows it:
    ``findings.document.jumlah_tidak_cocok``). Not said when Tabel 3.3 was read complete by its
    numbering: the plan's other list then holds its rows. A gap in 3.2's printed numbering is
    weighed row by row (``celah_sipd``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = pd.DataFrame({"jenis": ["dokumen_terpotong"], "tabel": [_REVIEW]})
    >>> print(tabel_terpotong(SimpleNamespace(temuan=t, pembacaan=None)))
    Tabel 3.2 dokumen tidak lengkap di teks (temuan dokumen_terpotong)
    >>> p = pd.DataFrame({"tabel": [_REVIEW, _RENCANA], "lengkap": [False, True]})
    >>> tabel_terpotong(SimpleNamespace(temuan=t, pembacaan=p)) is None
    True
    """
    t = getattr(doc, "temuan", None)
    if _rencana_lengkap(doc):
        return None
    if t is not None and len(t) and ((t["jenis"].astype(str) == "dokumen_terpotong")
                                     & adalah_tabel(t["tabel"], "tabel_3_2")).any():
        return "Tabel 3.2 dokumen tidak lengkap di teks (temuan dokumen_terpotong)"
    return None


def celah_sipd(doc, sp: pd.DataFrame, pasangan: dict, hilang: list,
               dok: pd.DataFrame | None = None) -> tuple[dict, dict]:
    """The SIPD rows not found (``hilang``, positions in ``sp``) that a gap in Tabel 3.2's printed
    numbering (hasil analisis side) may hold: ({row: why it is excused}, {row: why it is in doubt}).

    A gap between the 3.2 rows paired (``pasangan``: document row -> SIPD row) nearest before and
    after it can hold a row of their partners' programs or of a program between them (by code; a
    pairing near lost rows may be off by a row, not by a program); none paired on a side leaves
    that side open. The rows that may sit there are those SIPD rows and the document's rows read
    outside 3.2 only (``dok``, ``baris_dokumen``: a 3.3 row matched to no 3.2 row, by its own code):
    such a row may be the lost line, or one 3.3 holds and 3.2 never did (the bundled document has
    two), which the text cannot tell. The gap holds at most as many rows as numbers are missing:
    while they are no more, each SIPD row is excused; when more may sit there, none is excused and
    none is blamed either (which are lost cannot be told): each gets the doubt, naming how many
    the gap can hold of how many. Nothing when Tabel 3.3 was read complete (``_rencana_lengkap``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 3, "no": [1, 2, 4]})
    >>> sp = pd.DataFrame({"kode": ["1.01.01", "1.01.01.2.01", "1.01.01.2.02", "1.01.02", "1.01.03"]})
    >>> doc = SimpleNamespace(review_rkpd=rv, pembacaan=None)
    >>> maaf, ragu = celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2])
    >>> print(maaf[2])
    nomor baris 3 Tabel 3.2 dokumen tidak ada di teks (temuan nomor_tidak_urut), dan menurut kodenya baris ini dapat berada di sana
    >>> celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2, 4])    # program 1.01.03 is past No 4's: not at the gap
    ({2: 'nomor baris 3 Tabel 3.2 dokumen tidak ada di teks (temuan nomor_tidak_urut), dan menurut kodenya baris ini dapat berada di sana'}, {})
    >>> print(celah_sipd(doc, sp, {0: 0, 2: 3}, [1, 2])[1][1])   # two rows could be No 3: neither excused
    nomor baris 3 Tabel 3.2 dokumen tidak ada di teks (temuan nomor_tidak_urut), dan menurut kodenya baris ini dapat berada di sana. Namun, nomor itu dapat memuat paling banyak 1 dari 2 baris yang kodenya sesuai dengan posisi itu (2 baris SIPD yang tidak ditemukan di dokumen): sedikitnya 1 di antaranya memang tidak ada di Tabel 3.2, dan yang mana tidak dapat diketahui dari teks

    A row read in 3.3 only, of program 1.01.01, may be No 3 as well:

    >>> dok = pd.DataFrame({"kode": [pd.NA] * 3 + ["1.01.01.2.02.0001"], "baris_review": [11, 12, 13, pd.NA]})
    >>> maaf, ragu = celah_sipd(doc, sp, {0: 0, 1: 1, 2: 3}, [2], dok)
    >>> maaf, ragu[2].split("Namun, ")[1]
    ({}, 'nomor itu dapat memuat paling banyak 1 dari 2 baris yang kodenya sesuai dengan posisi itu (1 baris SIPD yang tidak ditemukan di dokumen dan 1 baris Tabel 3.3 yang tidak ada di Tabel 3.2): sedikitnya 1 di antaranya memang tidak ada di Tabel 3.2, dan yang mana tidak dapat diketahui dari teks')
    """
    rv = doc.review_rkpd
    if not hilang or "no" not in rv or _rencana_lengkap(doc):
        return {}, {}
    rv = rv[rv["sisi"].astype(str) == "hasil_analisis"].reset_index(drop=True)
    # the gaps as jumlah_tidak_cocok reads them (numbered totals holding their places)
    total = getattr(doc, "total_review", None)
    celah = _celah_32_bagian(rv, total, "hasil_analisis")
    if not celah:
        return {}, {}

    def program(k: pd.Series) -> np.ndarray:
        """Each code's program (its first three parts)."""
        return k.astype(str).str.split(".").str[:3].str.join(".").to_numpy(dtype=object)

    kode = program(sp["kode"])
    # the document's rows read outside 3.2 only (3.3 rows matched to no 3.2 row), by program
    luar = (program(dok.loc[dok["baris_review"].isna() & dok["kode"].notna(), "kode"])
            if dok is not None and len(dok) else np.array([], dtype=object))
    mitra = np.full(len(rv), None, dtype=object)          # the code of each 3.2 row's SIPD partner
    for i, j in pasangan.items():
        if 0 <= i < len(rv):
            mitra[i] = kode[j]
    ada_mitra = np.flatnonzero(mitra != None)  # noqa: E711  (elementwise)
    sisa = list(hilang)
    maaf: dict = {}
    ragu: dict = {}
    for g, a, b in celah:
        k, teks = b - a - 1, teks_celah(a, b)
        kiri, kanan = ada_mitra[ada_mitra < g], ada_mitra[ada_mitra >= g]
        lo = mitra[kiri[-1]] if len(kiri) else None
        hi = mitra[kanan[0]] if len(kanan) else None

        def di_celah(k_: np.ndarray, lo=lo, hi=hi) -> np.ndarray:
            ya = np.ones(len(k_), dtype=bool)
            if lo is not None:
                ya &= (k_ >= lo).astype(bool)
            if hi is not None:
                ya &= (k_ <= hi).astype(bool)
            return ya

        calon = [j for j, ya in zip(sisa, di_celah(kode[np.asarray(sisa, dtype=int)])) if ya]
        if not calon:
            continue
        dibaca = int(di_celah(luar).sum())
        sebab = (f"nomor baris {teks} {_REVIEW.split(' (')[0]} dokumen tidak ada di teks (temuan nomor_tidak_urut), "
                 "dan menurut kodenya baris ini dapat berada di sana")
        if len(calon) + dibaca <= k:
            maaf.update({j: sebab for j in calon})
            sisa = [j for j in sisa if j not in maaf]
        else:
            siapa = f"{len(calon)} baris SIPD yang tidak ditemukan di dokumen" + (
                f" dan {dibaca} baris {_RENCANA.split(' (')[0]} yang tidak ada di {_REVIEW.split(' (')[0]}"
                if dibaca else "")
            for j in calon:
                ragu.setdefault(j, f"{sebab}. Namun, nomor itu dapat memuat paling banyak {k} dari "
                                   f"{len(calon) + dibaca} baris yang kodenya sesuai dengan posisi itu ({siapa}): sedikitnya "
                                   f"{len(calon) + dibaca - k} di antaranya memang tidak ada di "
                                   f"{_REVIEW.split(' (')[0]}, dan yang mana tidak dapat diketahui dari teks")
    return maaf, ragu


def alasan_tanpa_baris(doc) -> str:
    """Why a document has no row to reconcile (``baris_dokumen`` empty), one clause naming
    what was read of Tabel 3.2 and 3.3 (``doc.pembacaan``): a table whose title was not found,
    or one read without a row of its side.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> print(alasan_tanpa_baris(SimpleNamespace(pembacaan=pd.DataFrame({"tabel": ["Tabel 2.2"]}))))
    judul Tabel 3.2 maupun 3.3 tidak ditemukan di dokumen
    >>> print(alasan_tanpa_baris(SimpleNamespace(pembacaan=pd.DataFrame({"tabel": [_REVIEW]}))))
    Tabel 3.2 terbaca tanpa baris hasil analisis kebutuhan; judul Tabel 3.3 tidak ditemukan di dokumen
    """
    dibaca = doc.pembacaan["tabel"] if doc.pembacaan is not None else pd.Series([], dtype="string")
    ada_32, ada_33 = (bool(adalah_tabel(dibaca, k).any()) for k in ("tabel_3_2", "tabel_3_3"))
    if not ada_32 and not ada_33:
        return "judul Tabel 3.2 maupun 3.3 tidak ditemukan di dokumen"
    return "; ".join([
        "Tabel 3.2 terbaca tanpa baris hasil analisis kebutuhan" if ada_32
        else "judul Tabel 3.2 tidak ditemukan di dokumen",
        "Tabel 3.3 terbaca tanpa baris berkode" if ada_33 else "judul Tabel 3.3 tidak ditemukan di dokumen"])


def _tanpa_baris(doc, sp: pd.DataFrame) -> dict:
    """The one ``dokumen_vs_sipd`` finding (info) of a document with no row to reconcile:
    nothing compared, no SIPD row blamed as missing from it."""
    n = sp["level"].astype(str).value_counts()
    jumlah = ", ".join(f"{int(n.get(k, 0))} {v.lower()}" for k, v in _LEVEL.items())
    return _rec(
        "dokumen_vs_sipd", "info", "Dokumen vs SIPD", None, None, None, None, None,
        f"Dokumen tidak dibandingkan baris demi baris dengan SIPD: tidak ada baris program, kegiatan, atau sub "
        f"kegiatan Tabel 3.2 (hasil analisis kebutuhan) maupun 3.3 yang terbaca ({alasan_tanpa_baris(doc)}). "
        f"Baris SIPD perangkat daerah ini ({jumlah}) tidak dianggap tidak ada di dokumen. Tabel 2.2 tidak dipakai "
        "sebagai gantinya: pagunya pagu yang dievaluasi (tahun berjalan sebelum perubahan, atau tahun lalu), "
        "belum tentu rencana yang dimuat SIPD.")


def _row(urutan, d, s, t, cara, skor) -> dict:
    return {
        "urutan": urutan, "level": (d if d is not None else s)["level"], "kecocokan": cara,
        "skor_nama": skor, "kode": d["kode"] if d is not None else pd.NA,
        "kode_sipd": s["kode_sipd"] if s is not None else pd.NA,
        "nama_dokumen": d["nama"] if d is not None else pd.NA, "nama_sipd": s["nama"] if s is not None else pd.NA,
        "pagu_dokumen_rp": d["pagu_rp"] if d is not None else pd.NA,
        "pagu_sipd_rp": s["pagu_rp"] if s is not None else pd.NA,
        "target_dokumen": d["target"] if d is not None else pd.NA,
        "target_dokumen_lain": d.get("target_lain", pd.NA) if d is not None else pd.NA,
        "satuan_dokumen": d["satuan"] if d is not None else pd.NA,
        "target_sipd_teks": t["target_teks"] if t is not None else pd.NA,
        "target_sipd_min": t["target_min"] if t is not None else pd.NA,
        "target_sipd_max": t["target_max"] if t is not None else pd.NA,
        "satuan_sipd": t["satuan"] if t is not None else pd.NA,
        "tabel_dokumen": d["tabel"] if d is not None else pd.NA,
        "baris_dokumen": d["baris_sumber"] if d is not None else pd.NA,
        "baris_review": d["baris_review"] if d is not None else pd.NA,
        # the table and line of ``pagu_dokumen_rp``: 3.2's where its pagu was taken (``baris_dokumen``)
        "tabel_pagu": d["tabel_pagu"] if d is not None else pd.NA,
        "baris_pagu": (d["baris_review"] if d["tabel_pagu"] == _REVIEW else d["baris_sumber"]) if d is not None
        else pd.NA,
        "berkas": s["berkas"] if s is not None else pd.NA, "baris_sipd": s["baris_sumber"] if s is not None else pd.NA,
    }


def _table(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame.from_records(rows, columns=KOLOM)
    out["selisih_pagu_rp"] = pd.to_numeric(out["pagu_dokumen_rp"]).astype("Float64") - \
        pd.to_numeric(out["pagu_sipd_rp"]).astype("Float64")
    for col in ("urutan", "baris_dokumen", "baris_review", "baris_pagu", "baris_sipd"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("skor_nama", "pagu_dokumen_rp", "pagu_sipd_rp", "target_dokumen", "target_dokumen_lain",
                "target_sipd_min",
                "target_sipd_max"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    for col in ("kode", "kode_sipd", "nama_dokumen", "nama_sipd", "satuan_dokumen", "target_sipd_teks",
                "satuan_sipd", "tabel_dokumen", "tabel_pagu", "berkas"):
        out[col] = out[col].astype("string")
    out["level"] = pd.Categorical(out["level"], categories=list(_LEVEL))
    out["kecocokan"] = pd.Categorical(out["kecocokan"], categories=KECOCOKAN)
    return out[KOLOM]


def _tahap_sebelum(d, pagu_sipd, toleransi: float = TOLERANSI_RP) -> str | None:
    """The name of the document row's pre-revision pagu (``SEBELUM``, first first) SIPD's pagu
    equals (within ``toleransi``), None when none does."""
    for col, nama in SEBELUM.items():
        v = d.get(col)
        if v is not None and not pd.isna(v) and abs(float(v) - float(pagu_sipd)) <= toleransi:
            return nama
    return None


def catatan_mirip(nama_sipd, skor, level: str = "sub kegiatan") -> str:
    """What a difference of a pair made by name similarity only (``nama_mirip``) adds: the
    pair may be two rows (sub kegiatan names share long openings), so its differences are
    hedged (``rekonsiliasi``, ``document_realisation``).

    >>> catatan_mirip("Pengembangan Usaha Mikro", 95.2)
    ' (dipasangkan menurut kemiripan nama dengan Pengembangan Usaha Mikro, skor 95: periksa dulu apakah itu sub kegiatan yang sama)'
    """
    return (f" (dipasangkan menurut kemiripan nama dengan {nama_sipd}, skor {format_angka(skor)}: periksa dulu "
            f"apakah itu {level} yang sama)")


def _pagu_dokumen(v, skala) -> str:
    """A document pagu as the messages quote it: rupiah; a table in thousands as written and as
    read (``findings.document._tertulis``); a table of unknown scale (``skala`` NaN) as written.

    >>> _pagu_dokumen(3297585000.0, 1000.0), _pagu_dokumen(6600.0, float("nan")), _pagu_dokumen(7.5e6, 1.0)
    ('3.297.585 ribu rupiah (Rp3.297.585.000)', '6.600 (sebagaimana tertulis, satuannya tidak pasti)', 'Rp7.500.000')
    """
    if pd.isna(skala) and not pd.isna(v):
        return f"{format_angka(v, None)} (sebagaimana tertulis, satuannya tidak pasti)"
    return _tertulis(v, 1.0 if pd.isna(skala) else skala)


def _kode_beda(d, s) -> dict:
    """The finding of a document row and a SIPD row of the same name whose codes differ
    (``nama_sama_kode_beda``): not paired, so nothing of theirs is compared."""
    level = _LEVEL[d["level"]]
    pagu = "; ".join(f"{sisi} {f(v)}" for sisi, v, f in (
        ("dokumen", d["pagu_rp"], lambda v: _pagu_dokumen(v, d.get("skala_pagu", 1.0))),
        ("SIPD", s["pagu_rp"], format_rupiah)) if not pd.isna(v))
    return _rec(
        "dokumen_vs_sipd", "kritis", f"{d['tabel']} vs {tabel_sipd(s['berkas'])}", d["baris_sumber"], d["nama"],
        "kode", None, None,
        f"{level} \u201c{d['nama']}\u201d berkode {d['kode']} di dokumen, tetapi di SIPD nama yang sama berkode "
        f"{s['kode_sipd']}; kode dokumen tidak ada di SIPD dan kode SIPD tidak ada di dokumen. Kode di salah satu "
        f"sisi keliru, atau keduanya {level.lower()} berbeda dengan nama yang sama: periksa kode yang benar dan "
        "samakan dokumen dengan SIPD. "
        "Tidak dipasangkan, sehingga pagu" + (f" ({pagu})" if pagu else "") + " dan target tidak dibandingkan.",
        pembanding=s["baris_sumber"], nilai_rp=None if pd.isna(d.get("skala_pagu", 1.0)) else d["pagu_rp"]
    ) | {"_sipd_kurang": True}


def toleransi_sipd(n_sub, skala: float) -> float:
    """How far a pagu of a table read with ``skala`` rupiah a unit may lie from SIPD's exact rupiah
    by rounding alone: ``TOLERANSI_RP`` for a table in rupiah; in thousands, Rp500 for a cell
    rounded from its own total, n x Rp500 for one that may sum ``n_sub`` cells each rounded
    (each off by at most half a unit; SIPD's side is not rounded): max(n, 1) x half a unit.

    >>> toleransi_sipd(0, 1000.0), toleransi_sipd(1, 1000.0), toleransi_sipd(3, 1000.0), toleransi_sipd(3, 1.0)
    (500.0, 500.0, 1500.0, 1.0)
    """
    if not skala > 1:
        return float(TOLERANSI_RP)
    return float(max(TOLERANSI_RP, max(int(n_sub), 1) * skala / 2))


def _temuan(d, s, t, cara, skor, anak=np.nan, n_sub: int = 0, lain: float = np.nan,
            anak_dua: tuple = (np.nan, np.nan), anak_pasti: tuple = (), bulat_anak: tuple | None = None,
            ada_lapor: tuple | None = None, hilang: tuple = ()) -> list[dict]:
    """The findings of one document row against its SIPD row (or its absence); ``anak``:
    the sum of its children's pagu differences (``selisih_anak``).

    A pagu of a table read in thousands (``d["skala_pagu"]`` 1000) is compared with SIPD's exact
    rupiah within its rounding (``toleransi_sipd``) and quoted as written and as read; a pagu of
    unknown scale (NaN) is not compared (``_skala_tak_pasti`` says so once), unless it is one of two,
    as written or in units of ``lain`` rupiah (``skala_lain_pagu``: 1000, 1000000): then it is compared
    under both readings, within each reading's rounding of the cell as written (as written: ``TOLERANSI_RP``;
    under ``lain``: max(n, 1) x half a unit of its last written digit, ``findings.document._pembulatan``,
    n as in ``toleransi_sipd``), and a pagu differing from SIPD's under both is reported as one of known
    scale would be (the same rules: SIPD sum missing a pagu, children's difference, pre-revision pagu,
    name similarity), quoted as written and under both readings (``findings.document._tertulis_dua``),
    each difference named, ``nilai_rp`` the smaller (REV-AG AG10); ``anak_dua``: the children's sum under
    each reading, a child that fits SIPD only under the other reading left out (``_anak_pasti``), the difference
    theirs where it is so under one (under that one it has none of its own), both readings named, within its own
    cell's rounding and its children's (``bulat_anak``, ``_bulat_anak``; without it, floor(n / 2) units of its own
    last digit, ``_toleransi_bulat``); ``anak_pasti``: for a parent of known
    scale, its children's sum under each reading of its children of unknown scale, with how far their rounding
    may move it (``_anak_pasti``), the difference theirs where it is so under one (REV-AP AP1); a pagu written
    0 is Rp0 under every reading: of known scale (AP2); ``ada_lapor``: per reading, whether a finding tells
    one of its children's differences (``_pagu_dua``, REV-AU AU2). The pagu finding carries ``_lapor``, per
    reading whether it tells this row's difference (its own, or its children's there), for its parent's sums
    (``rekonsiliasi``, dropped there). ``hilang``: (n, their pagu as written or read, under the second reading)
    of its children found nowhere in SIPD, each its own kritis: a parent's difference holds their pagu, and its
    message says how much of it is theirs, not a difference of its own (REV-AU AU7). Whether a parent's
    difference is its children's: with ``ada_lapor`` (``rekonsiliasi`` always gives it), for a parent of known
    scale too, by ``_milik_anak`` under each reading of its children (a told child's difference, what lies beyond
    the told children's within its own cell's rounding, 0 as rupiah, and theirs; or exactly all its children's:
    REV-AZ AZ1, AZ3); without it (a direct call), within ``findings.document._toleransi_bulat``. A cell in
    thousands fits SIPD's rupiah within its rounding either way, the bound included (``_dalam``, REV-BC BC2).

    >>> d = pd.Series({"level": "sub_kegiatan", "kode": "1.01.02.2.01.0001", "nama": "Sub A", "target": np.nan,
    ...                "pagu_rp": 16000.0, "tabel": "Tabel 3.2", "baris_sumber": 5, "tabel_pagu": "Tabel 3.2",
    ...                "skala_pagu": np.nan, "baris_pagu": pd.NA})
    >>> s = pd.Series({"kode_sipd": "1.01.02.2.01.0001", "nama": "Sub A", "pagu_rp": 17000000.0, "berkas": "a.json",
    ...                "baris_sumber": 1, "tanpa_pagu": 0})
    >>> print(_temuan(d, s, None, "kode", np.nan, lain=1000.0)[0]["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Pagu sub kegiatan di dokumen 16.000 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp16.000, dalam
    ribuan rupiah Rp16.000.000; keduanya berbeda), di SIPD (1.01.02.2.01.0001) Rp17.000.000: dokumen lebih kecil
    Rp16.984.000 bila dibaca dalam rupiah dan lebih kecil Rp1.000.000 bila dibaca dalam ribuan rupiah (melebihi
    pembulatan angka yang tertulis, paling banyak Rp500); pagu dokumen Renja harus sama dengan SIPD.
    >>> s["pagu_rp"] = 16000400.0        # Rp400 from 16.000 in thousands, within its rounding (Rp500)
    >>> _temuan(d, s, None, "kode", np.nan, lain=1000.0)
    []
    """
    level = _LEVEL[d["level"]]
    skala = d.get("skala_pagu", 1.0)
    skala = 1.0 if skala is None else float(skala)
    if pd.isna(skala) and not pd.isna(d["pagu_rp"]) and float(d["pagu_rp"]) == 0:
        skala, lain = 1.0, np.nan               # 0 is Rp0 under every reading: of known scale (REV-AP AP2)
    tol = toleransi_sipd(n_sub, skala)
    tol_anak = float(_toleransi_bulat(TOLERANSI_RP, n_sub, skala)) if skala > 1 else TOLERANSI_RP
    pagu_dok = _pagu_dokumen(d["pagu_rp"], skala)
    bulat = f" (melebihi pembulatan angka ribuan rupiah, paling banyak {format_rupiah(tol)})" if skala > 1 else ""
    if s is None:
        kode = f" {d['kode']}" if not pd.isna(d["kode"]) else ""
        return [_rec(
            "dokumen_vs_sipd", "kritis", f"{d['tabel']} vs SIPD", d["baris_sumber"], d["nama"], "kode",
            d["pagu_rp"], None,
            f"{level}{kode} \u201c{d['nama']}\u201d ada di dokumen tetapi tidak ditemukan di SIPD, menurut kode "
            f"maupun nama; jumlah {level.lower()} dokumen dan SIPD berbeda.",
            nilai_rp=None if pd.isna(skala) else d["pagu_rp"]) | {"_sipd_kurang": True}]
    tabel = f"{d['tabel']} vs {tabel_sipd(s['berkas'])}"
    where = f"{s['kode_sipd']}"
    out = []
    # a pair made by name similarity only may be two sub kegiatan: its differences are hedged
    mirip = catatan_mirip(s["nama"], skor, level.lower()) if cara == "nama_mirip" else ""

    # a pagu taken from 3.2 in place of a 3.3 of unknown scale (``baris_dokumen``): its own table and line
    lain_baris = d.get("baris_pagu", pd.NA)
    kolom_pagu = not pd.isna(lain_baris)

    def add(tingkat, kolom, dok, hitung, pesan, nilai_rp=None, lapor=(True, True)):
        dari = kolom == "pagu_rp" and kolom_pagu
        out.append(_rec("dokumen_vs_sipd", tingkat,
                        f"{d['tabel_pagu']} vs {tabel_sipd(s['berkas'])}" if dari else tabel,
                        lain_baris if dari else d["baris_sumber"], d["nama"], kolom, dok, hitung, pesan,
                        pembanding=s["baris_sumber"], nilai_rp=nilai_rp))
        if kolom == "pagu_rp":
            out[-1]["_lapor"] = lapor           # per reading, whether it tells this row's difference

    tanpa = int(s.get("tanpa_pagu", 0) or 0)
    if pd.isna(d["pagu_rp"]) or (pd.isna(skala) and pd.isna(lain)):
        pass                                    # no pagu (``-``), or of unknown scale: nothing to compare
    elif pd.isna(s["pagu_rp"]):
        # SIPD leaves the pagu empty (never Rp 0): no difference can be claimed
        add("info", "pagu_rp", d["pagu_rp"], None,
            f"SIPD tidak mencantumkan pagu {level.lower()} {where} (kosong"
            + (f", {tanpa} sub kegiatan tanpa pagu" if d["level"] != "sub_kegiatan" else "")
            + f"); pagu dokumen {pagu_dok} tidak dapat dibandingkan dan tidak dihitung sebagai "
            "selisih. Isi pagunya di SIPD (temuan sipd_pagu_kosong).", nilai_rp=None if pd.isna(skala) else d["pagu_rp"])
    elif pd.isna(skala):
        kurang = _pagu_dua(d, s, float(lain), n_sub, anak_dua, level, where, mirip, tanpa, add, bulat_anak,
                           ada_lapor, hilang)
        if kurang is not None:
            # SIPD below the document under either reading: records not read may hold the rest
            out[-1]["_sipd_kurang"] = kurang
    elif not _dalam(float(d["pagu_rp"]) - float(s["pagu_rp"]), tol, float(s["pagu_rp"]),
                    ganjil=skala > 1 and int(n_sub) <= 1 and _ganjil_pasti(float(d["pagu_rp"]), float(skala))):
        selisih = abs(float(d["pagu_rp"]) - float(s["pagu_rp"]))
        if tanpa:
            # SIPD's sum leaves out sub kegiatan without pagu: the difference may be theirs
            add("info", "pagu_rp", d["pagu_rp"], s["pagu_rp"],
                f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) "
                f"{format_rupiah(s['pagu_rp'])}, tetapi {tanpa} sub kegiatan di bawahnya tanpa pagu di SIPD (kosong, "
                f"tidak dihitung Rp 0): selisih {format_rupiah(selisih)} tidak dapat dinilai sebelum pagunya diisi "
                "di SIPD (temuan sipd_pagu_kosong).", nilai_rp=selisih, lapor=(False, False))
        elif any(milik := ([_milik_anak(float(d["pagu_rp"]) - float(s["pagu_rp"]), bool(x[0]), float(x[1]),
                                        float(x[2]), skala / 2 if skala > 1 else 0.0, a, float(s["pagu_rp"]))
                            for x, (a, _) in zip(ada_lapor, anak_pasti or ((anak, 0.0), (anak, 0.0)))]
                           if ada_lapor is not None else
                           [not pd.isna(a) and abs(a) > tol_anak + b
                            and abs(float(d["pagu_rp"]) - float(s["pagu_rp"]) - a) <= tol_anak + b
                            for a, b in ((anak, 0.0), *anak_pasti)])):
            # the whole difference is its children's: they are the findings (one problem, one finding)
            bawah = "sub kegiatan" if d["level"] == "kegiatan" else "kegiatan"
            add("info", "pagu_rp", d["pagu_rp"], s["pagu_rp"],
                f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) "
                f"{format_rupiah(s['pagu_rp'])}: selisih {format_rupiah(selisih)} seluruhnya berasal dari "
                f"selisih pagu {bawah} di bawahnya, yang dilaporkan tersendiri; tidak dihitung dua kali.",
                # told by its children under a reading where it is theirs (``anak``: under both)
                lapor=(tuple(milik) if ada_lapor is not None else
                       (milik[0] or milik[1], milik[0] or milik[-1]) if len(milik) == 3 else (True, True)))
        elif (tahap := _tahap_sebelum(d, s["pagu_rp"], tol)) is not None:
            # SIPD holds the document's pre-revision pagu: an export of the stage before the revision, or a
            # revision SIPD does not hold; which, the data cannot tell, so the document is not blamed
            add("peringatan", "pagu_rp", d["pagu_rp"], s["pagu_rp"],
                f"Pagu {level.lower()} di dokumen {pagu_dok} (sesudah perubahan), di SIPD "
                f"({where}) {format_rupiah(s['pagu_rp'])}: sama dengan pagu {tahap} dokumen sebelum perubahan "
                f"(Tabel 3.3). Data SIPD ini tampaknya tahap sebelum perubahan; pagu perubahan dokumen tidak "
                f"dapat diperiksa dengan data ini. Bila ekspor SIPD sudah tahap perubahan, pagu perubahan "
                f"dokumen {'lebih besar' if float(d['pagu_rp']) > float(s['pagu_rp']) else 'lebih kecil'} "
                f"{format_rupiah(selisih)} daripada SIPD{bulat}.", nilai_rp=selisih)
        else:
            add("peringatan" if mirip else "kritis", "pagu_rp", d["pagu_rp"], s["pagu_rp"],
                f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) "
                f"{format_rupiah(s['pagu_rp'])}{mirip}: dokumen "
                f"{'lebih besar' if float(d['pagu_rp']) > float(s['pagu_rp']) else 'lebih kecil'} "
                f"{format_rupiah(selisih)}{bulat}; pagu dokumen Renja harus sama dengan SIPD."
                + _teks_hilang(hilang, [float(d["pagu_rp"]) - float(s["pagu_rp"])], [tol], d["level"], ()),
                nilai_rp=selisih)
            # SIPD below the document: records not read (a skipped subfolder) may hold the rest
            out[-1]["_sipd_kurang"] = float(d["pagu_rp"]) > float(s["pagu_rp"])
    if t is not None and not pd.isna(d["target"]) and not pd.isna(t["target_min"]):
        # a 3.3 target read two ways (``target_lain``): a difference only where both readings differ (REV-AT AT3)
        lain = d.get("target_lain", np.nan)
        bacaan = [float(d["target"])] + ([float(lain)] if not pd.isna(lain) else [])
        if all(b < float(t["target_min"]) - 1e-9 or b > float(t["target_max"]) + 1e-9 for b in bacaan):
            dok = (format_angka(d["target"], None) if len(bacaan) == 1 else
                   f"{format_angka(bacaan[0], None)} atau {format_angka(bacaan[1], None)} (angkanya dapat dibaca "
                   "dua cara, dan keduanya berbeda dari SIPD)")
            add("peringatan", "target", d["target"], t["target"] if not pd.isna(t["target"]) else t["target_min"],
                f"Target di dokumen {dok}, di SIPD ({where}) \u201c{t['target_teks']}\u201d "
                f"untuk indikator \u201c{t['tolok_ukur']}\u201d{mirip}; samakan targetnya.")
        if not pd.isna(d["satuan"]) and not pd.isna(t["satuan"]) and _satuan(d["satuan"]) != _satuan(t["satuan"]):
            add("peringatan", "satuan", None, None,
                f"Satuan target di dokumen \u201c{d['satuan']}\u201d, di SIPD ({where}) \u201c{t['satuan']}\u201d"
                f"{mirip}; target dengan satuan berbeda tidak dapat dibandingkan.")
    if normalise_name(d["nama"]) != normalise_name(s["nama"]):
        add("info", "nama", None, skor if cara != "kode" else round(similarity(d["nama"], s["nama"]), 1),
            f"Nama di dokumen \u201c{d['nama']}\u201d, di SIPD ({where}) \u201c{s['nama']}\u201d; "
            + (f"dipasangkan menurut kemiripan nama (skor {format_angka(skor)}): bila memang "
               f"{level.lower()} yang sama, pakai nama nomenklatur SIPD." if mirip else "pakai nama nomenklatur SIPD."))
    return out


def _teks_hilang(hilang: tuple, beda: list, tol: list, level: str, nama_bacaan: tuple = ()) -> str:
    """The sentence a parent's pagu finding ends with where some of its children are found nowhere in SIPD
    (``hilang``: n, their pagu under each reading, ``rekonsiliasi``): their pagu is in its difference (``beda``,
    per reading; ``nama_bacaan``, the readings' names, empty for one of known scale) and is reported at each of
    them, so it says how much is theirs and what is left beyond it (within ``tol``, per reading: nothing), not
    counting it again as a difference of its own (REV-AU AU7). Empty without such children.

    >>> print(_teks_hilang((1, 20e6, 20e6), [20e6], [1.0], "kegiatan"))  # doctest: +NORMALIZE_WHITESPACE
     Selisih itu memuat pagu 1 sub kegiatan di bawahnya yang tidak ditemukan di SIPD (Rp20.000.000), yang
     dilaporkan tersendiri; di luar itu pagunya sama dengan SIPD.
    >>> print(_teks_hilang((2, 25e6, 25e6), [20e6], [1.0], "program"))  # doctest: +NORMALIZE_WHITESPACE
     Selisih itu memuat pagu 2 kegiatan di bawahnya yang tidak ditemukan di SIPD (Rp25.000.000), yang dilaporkan
     tersendiri; di luar itu dokumen lebih kecil Rp5.000.000.
    """
    if not hilang:
        return ""
    bawah = "sub kegiatan" if level == "kegiatan" else "kegiatan"
    bagian = []
    for k, b in enumerate(beda):
        total = float(hilang[1 + k])
        sisa = b - total
        lagi = ("pagunya sama dengan SIPD" if _dalam(sisa, tol[k], total) else
                f"dokumen {'lebih besar' if sisa > 0 else 'lebih kecil'} {format_rupiah(abs(sisa))}")
        bagian.append((format_rupiah(total) if k or not nama_bacaan else "Rp" + _ditulis(total), lagi))
    if not nama_bacaan:
        return (f" Selisih itu memuat pagu {hilang[0]} {bawah} di bawahnya yang tidak ditemukan di SIPD "
                f"({bagian[0][0]}), yang dilaporkan tersendiri; di luar itu {bagian[0][1]}.")
    return (f" Selisih itu memuat pagu {hilang[0]} {bawah} di bawahnya yang tidak ditemukan di SIPD, yang dilaporkan "
            "tersendiri: " + "; ".join(f"bila dibaca {nama} {teks} (di luar itu {lagi})"
                                       for nama, (teks, lagi) in zip(nama_bacaan, bagian)) + ".")


def _pagu_dua(d, s, lain: float, n_sub: int, anak_dua: tuple, level: str, where: str, mirip: str, tanpa: int,
              add, bulat_anak: tuple | None = None, ada_lapor: tuple | None = None, hilang: tuple = ()
              ) -> bool | None:
    """``_temuan``'s pagu finding of a document row of unknown scale, one of two (as written, or in units of
    ``lain`` rupiah), against SIPD's exact rupiah: nothing where it is within either reading's rounding; else
    as ``_temuan`` does for a pagu of known scale, a difference reported only where it is one under both
    readings: not where it is its children's under either (``anak_dua``, sums of children that fit SIPD or are
    reported, ``_anak_pasti``, within its own cell's rounding and its children's cells', ``bulat_anak``; an info
    naming each reading), hedged where SIPD holds its pre-revision pagu under either (each pre-revision cell
    within its own rounding: half a unit of its own last written digit); ``add`` records it (``_temuan``'s).
    A difference is its children's under a reading only where a finding tells one of the children's differences
    under that reading (``ada_lapor``; without it, where their sum lies beyond their rounding): however far the
    children's rounding may reach, a child's own reported difference is theirs (REV-AU AU2); that bound strict
    where the parent and a child are both rounded (``findings.document._toleransi_bulat``). Every bound is
    compared in whole rupiah (``_dalam``: a float's noise never takes a difference at the bound past it, AU4).
    ``hilang``: as ``_temuan``'s (its children found nowhere in SIPD: their pagu named in its message, AU7).
    Returns, for a difference the document is blamed for, whether SIPD's pagu is below the document's under
    either reading (``_sipd_kurang``); else None."""
    v, sipd = float(d["pagu_rp"]), float(s["pagu_rp"])
    # half a unit of its last digit as written (``5.000,0``: of 0,1; REV-AU AU6), read x lain
    setengah = float(_pembulatan(pd.Series([v]), lain, 1.0, np.array([int(d.get("pagu_rp_desimal", -1))]))[0])
    # (factor, tolerance against SIPD's exact rupiah, tolerance of a sum of rounded children, children's sum);
    # the latter its own cell's rounding and its children's cells' (``bulat_anak``) where known
    bulat = ((TOLERANSI_RP, float(_toleransi_bulat(TOLERANSI_RP, n_sub, 2 * setengah))) if bulat_anak is None else
             (max(TOLERANSI_RP, bulat_anak[0]), max(TOLERANSI_RP, setengah + bulat_anak[1])))
    bacaan = [(1.0, toleransi_sipd(n_sub, 1.0), bulat[0], anak_dua[0]),
              (lain, max(TOLERANSI_RP, max(int(n_sub), 1) * setengah), bulat[1], anak_dua[1])]
    beda = [v * f - sipd for f, *_ in bacaan]
    ganjil = [False, int(n_sub) <= 1 and bool(_ganjil(v * lain, 2 * setengah))]
    if any(_dalam(b, tol, sipd, ganjil[k]) for k, (b, (_, tol, _, _)) in enumerate(zip(beda, bacaan))):
        return None                             # one reading fits: no difference
    satuan = f"{'ribuan' if lain == 1000 else 'jutaan'} rupiah"
    pagu_dok, pagu_sipd = _tertulis_dua(v, lain), format_rupiah(sipd)
    nilai = min(abs(b) for b in beda)
    arah = ["lebih besar" if b > 0 else "lebih kecil" for b in beda]
    # as written, the difference exact to the decimals its two sides are written with (``Rp1.599.998,5``, REV-AP AP3)
    desimal = max(0, *(-int(Decimal(repr(x)).normalize().as_tuple().exponent) for x in (v, sipd)))
    tulis = "Rp" + _ditulis(abs(beda[0]), desimal=desimal)
    selisih = (f"{arah[0]} {tulis} bila dibaca dalam rupiah dan {arah[1]} "
               f"{format_rupiah(abs(beda[1]))} bila dibaca dalam {satuan} (melebihi pembulatan angka yang tertulis, "
               f"paling banyak {format_rupiah(bacaan[1][1])})")
    dua = (f"{tulis} (dibaca dalam rupiah) atau {format_rupiah(abs(beda[1]))} (dibaca "
           f"dalam {satuan})")
    nama_bacaan = ("dalam rupiah", f"dalam {satuan}")
    # a pre-revision pagu within its own rounding: half a unit of its own last written digit under ``lain``
    # (it may be written with other decimals than the revised pagu, REV-AP item 2)
    sebelum = {c: float(d[c]) for c in SEBELUM if not pd.isna(d.get(c, np.nan))}     # as written, first first
    tol_sebelum = {c: (bacaan[0][1], max(TOLERANSI_RP, max(int(n_sub), 1)
                                         * float(_pembulatan(pd.Series([x]), lain, 1.0)[0])))
                   for c, x in sebelum.items()}
    tahap = [(next((SEBELUM[c] for c, x in sebelum.items()
                    if _dalam(x * f - sipd, tol_sebelum[c][k], sipd)), None),
              nama)
             for k, ((f, *_), nama) in enumerate(zip(bacaan, nama_bacaan))]
    tahap = [(t, nama) for t, nama in tahap if t is not None]
    bawah = "sub kegiatan" if d["level"] == "kegiatan" else "kegiatan"
    # the difference its children's under a reading: each counted child fits SIPD or is told there (``_anak_pasti``),
    # one of them told there (``ada_lapor``: its own difference, whatever the children's rounding, AU2)
    # within the rounding: strictly where the parent and a child are both rounded (half up, each cell's error in
    # (-h, h], their difference open at both ends: ``findings.document._toleransi_bulat``), else up to it
    tegas = [False, bulat_anak is not None and setengah > 0 and bulat_anak[1] > 0]
    if ada_lapor is not None:
        # (told, the told children's differences, their cells' rounding) per reading: the parent's difference is
        # theirs only within its own cell's rounding and the told children's cells' (the children that fit SIPD
        # leave it no room: REV-AZ AZ2, a kegiatan 104,6 over ten sub kegiatan of 10, one told +Rp1.000.000)
        # as written its cell is exact: no room of its own, no floor of a rupiah (REV-AZ AZ1: a parent 11 over its
        # only child 10 has Rp1 of its own as rupiah, Rp1.000.000 in millions); or it is the exact sum of all its
        # children's differences, written as the sum of their cells (``_milik_anak``)
        milik_anak = [not pd.isna(a) and _milik_anak(b, bool(x[0]), float(x[1]), float(x[2]),
                                                     setengah if k else 0.0, a, sipd)
                      for k, (b, (_, _, _, a), x) in enumerate(zip(beda, bacaan, ada_lapor))]
    else:
        milik_anak = [not pd.isna(a) and abs(a) > ta
                      and bool(abs(b - a) < ta - max(1e-6, abs(sipd) * 1e-12) if tegas[k] and ta > TOLERANSI_RP
                               else _dalam(b - a, ta, sipd))
                      for k, (b, (_, _, ta, a)) in enumerate(zip(beda, bacaan))]
    if tanpa:
        add("info", "pagu_rp", d["pagu_rp"], sipd,
            f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) {pagu_sipd}, tetapi {tanpa} sub "
            f"kegiatan di bawahnya tanpa pagu di SIPD (kosong, tidak dihitung Rp 0): selisih {dua} tidak dapat "
            "dinilai sebelum pagunya diisi di SIPD (temuan sipd_pagu_kosong).", nilai_rp=nilai, lapor=(False, False))
    elif all(milik_anak):
        add("info", "pagu_rp", d["pagu_rp"], sipd,
            f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) {pagu_sipd}: selisih {dua} "
            f"seluruhnya berasal dari selisih pagu {bawah} di bawahnya, yang dilaporkan tersendiri; tidak dihitung "
            "dua kali.")
    elif any(milik_anak):
        # its children's under one reading: under that one it has no difference of its own, so none under both
        k = milik_anak.index(True)
        lain_k = 1 - k
        beda_lain = (tulis if lain_k == 0 else format_rupiah(abs(beda[1])))
        add("info", "pagu_rp", d["pagu_rp"], sipd,
            f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) {pagu_sipd}: bila dibaca "
            f"{nama_bacaan[k]}, selisih {format_rupiah(abs(beda[k])) if k else tulis} seluruhnya berasal dari "
            f"selisih pagu {bawah} di bawahnya, yang dilaporkan tersendiri; bila dibaca {nama_bacaan[lain_k]}, "
            f"dokumen {arah[lain_k]} {beda_lain} dan selisih itu tidak dapat dijelaskan oleh selisih pagu {bawah} "
            "di bawahnya. Skala tabelnya tidak dapat dipastikan, sehingga pagu ini tidak dinilai berbeda dari SIPD "
            "dan selisihnya tidak dihitung dua kali.", lapor=tuple(milik_anak))
    elif tahap:
        add("peringatan", "pagu_rp", d["pagu_rp"], sipd,
            f"Pagu {level.lower()} di dokumen {pagu_dok} (sesudah perubahan), di SIPD ({where}) {pagu_sipd}: "
            f"bila dibaca {tahap[0][1]}, sama dengan pagu {tahap[0][0]} dokumen sebelum perubahan (Tabel 3.3). "
            "Data SIPD ini tampaknya tahap sebelum perubahan; pagu perubahan dokumen tidak dapat diperiksa dengan "
            f"data ini. Bila ekspor SIPD sudah tahap perubahan, pagu perubahan dokumen {selisih} daripada SIPD.",
            nilai_rp=nilai)
    else:
        add("peringatan" if mirip else "kritis", "pagu_rp", d["pagu_rp"], sipd,
            f"Pagu {level.lower()} di dokumen {pagu_dok}, di SIPD ({where}) {pagu_sipd}{mirip}: dokumen {selisih}; "
            "pagu dokumen Renja harus sama dengan SIPD." + _teks_hilang(hilang, beda, [bacaan[0][1], bacaan[1][1]],
                                                                       d["level"], nama_bacaan), nilai_rp=nilai)
        return any(b > 0 for b in beda)
    return None


__all__ = ["ASPEK", "KOLOM", "KOLOM_KESESUAIAN", "Kesesuaian", "STATUS", "SipdTidakSepadan", "baris_dokumen",
           "baris_sipd", "catatan_mirip", "identitas_dokumen", "identitas_sipd", "kode_bawah",
           "jumlah_sub", "kode_bertentangan", "nama_sama_kode_beda", "pasangkan", "periksa_kesesuaian", "selisih_anak",
           "pilih_perangkat_daerah", "ragukan", "rekonsiliasi", "skala_pagu", "sub_unit_sipd"]
