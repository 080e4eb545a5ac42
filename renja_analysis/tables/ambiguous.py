"""Cells that read two ways, settled by evidence, never by a column's majority alone.

A number with one ``.`` or ``,`` followed by exactly three digits (``845.120``,
``1,250``) is Rp 845.120 or 845,12 depending on the writer's convention, and documents
extracted from offices' spreadsheets write some rows one way and some the other. The
reader (``tables._common._ambiguous``) keeps both readings of such a cell; this module
decides between them from evidence, in this order:

1. ``satuan``: a rupiah column holds whole rupiah (three decimals of a rupiah is not a
   budget), and a unit that counts whole things (``Unit Usaha``, ``Orang``) is never 1,25
   of them: the separator groups thousands;
2. ``persen``: the percentage the row itself states (serapan for pagu/realisasi Rp,
   capaian for target/realisasi K, and the other way round for a stated percentage)
   agrees with one reading only;
3. ``jumlah``: the parent/children sums of Tabel 2.2 (a program or kegiatan equals the
   sum of its rows, a row completes its parent's sum) hold with one reading only;
4. ``tabel_lain``: the same row of another table (Tabel 2.1 for targets, realisations
   and capaian; the coded 3.3 row for the APBD pagu) states one of the readings.

Cells are settled in rounds: evidence that rests on another ambiguous cell (the other
term of the row's percentage, the same row in another table) counts only once that cell
is settled by evidence of its own; a last pass, every cell known, weighs all evidence
again. Every piece of evidence present must point the same way: then the cell takes that
reading and an ``info`` finding ``angka_ambigu`` names the cell, both readings and the
evidence. When the evidence disagrees, the document is refused with one line naming the
cell. Without any of the four, the column's unanimous way of writing decimals among its
unambiguous cells of the same kind decides (``kolom``: ``832.222,8`` and ``1,5`` above
``320.634``: the comma is the decimal, the dot groups thousands), said as the weakest
evidence in the finding; with none at all the document is refused: the two readings
differ a thousandfold, and a reader cannot know which one the office meant without
asking.

Because every sum, percentage and cross-table comparison the findings engine makes on
these tables is first used here as evidence, a contradiction that the other reading of
an ambiguous cell would remove never reaches the findings as a ``kritis`` against the
document: either the reading that removes it was chosen (and the finding is about the
ambiguity), or the evidence disagreed and the document was refused.
"""
from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ..labels import kolom as _kolom
from ..numbers import format_angka, format_persen, format_rupiah
from ..sources.base import LABEL, SourceText
from ._common import lanjutan, parent_index, satuan_utuh
from .rkpd_review import LABEL as _rkpd_label

_PEMISAH = {".": "titik", ",": "koma"}
_T22, _T21, _T33 = LABEL["tabel_2_2"], LABEL["tabel_2_1"], LABEL["tabel_3_3"]
#: how a Tabel 3.2 cell's finding names its table (its reader's label, the findings' label)
_T32 = (_rkpd_label, LABEL["tabel_3_2"])

#: cell -> (numerator, denominator, stated percentage) of the row's own percentage
_PERSEN = {
    _T22: {c: ("realisasi_rp", "pagu_rp", "serapan_rp_dokumen")
           for c in ("realisasi_rp", "pagu_rp", "serapan_rp_dokumen")}
    | {c: ("realisasi_k", "target_k", "capaian_k_dokumen")
       for c in ("realisasi_k", "target_k", "capaian_k_dokumen")},
    _T21: {c: ("realisasi_k", "target_k", "capaian_k_dokumen")
           for c in ("realisasi_k", "target_k", "capaian_k_dokumen")}
    | {c: ("realisasi_renstra_k", "target_renstra", "capaian_renstra_dokumen")
       for c in ("realisasi_renstra_k", "target_renstra", "capaian_renstra_dokumen")},
}
_NAMA_PERSEN = {"serapan_rp_dokumen": "serapan", "capaian_k_dokumen": "capaian",
                "capaian_renstra_dokumen": "capaian Renstra"}
#: columns of Tabel 2.2 and 2.1 that state the same quantity for the same row
_SAMA_21 = ("target_k", "realisasi_k", "capaian_k_dokumen")
#: columns of Tabel 2.2 whose parent equals the sum of its rows (``_bukti_jumlah``)
_JUMLAH = ("pagu_rp", "realisasi_rp")


def _cocok_persen(hitung: float, tertulis: float) -> bool:
    """A recomputed percentage agrees with a stated one: within 0,01 point or 1 % of it
    (stated percentages are rounded; the two readings differ a thousandfold)."""
    return abs(hitung - tertulis) <= max(0.01, 0.01 * abs(tertulis))


def _cocok(a: float, b: float, rupiah: bool) -> bool:
    return abs(a - b) <= (1.0 if rupiah else 1e-9 * max(1.0, abs(a), abs(b)))


def _angka(v, rupiah: bool) -> str:
    return format_rupiah(v) if rupiah else format_angka(v, None)


def _satu(cocok_ribuan: bool, cocok_desimal: bool) -> str | None:
    """The reading that alone agrees with a piece of evidence, or None."""
    if cocok_ribuan != cocok_desimal:
        return "ribuan" if cocok_ribuan else "desimal"
    return None


class _Tabel:
    """One of Tabel 2.2 / 2.1 with fast access by source line (no per-row ``.loc``)."""

    def __init__(self, df: pd.DataFrame):
        self.df = df
        self.baris = df["baris_sumber"].to_numpy(dtype=np.int64).tolist()
        self.pos = dict(zip(self.baris, range(len(self.baris))))
        self.kolom = frozenset(df.columns)      # asked of every cell: no pandas lookup each time
        self._col: dict[str, np.ndarray] = {}
        self._teks: dict[str, list] = {}

    def col(self, kolom: str) -> np.ndarray:
        """A numeric column as floats (NaN for missing), converted once, when first asked for."""
        if kolom not in self._col:
            self._col[kolom] = pd.to_numeric(self.df[kolom]).astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        return self._col[kolom]

    def teks(self, kolom: str, i: int):
        """A cell of a column settling does not change (a unit, a code), as ``iloc`` gives it;
        the column taken out once, when first asked for."""
        if kolom not in self._teks:
            self._teks[kolom] = self.df[kolom].tolist()
        return self._teks[kolom][i]

    def nilai(self, kolom: str, i: int) -> float:
        return self.col(kolom)[i] if kolom in self.kolom else np.nan


def _bukti_persen(t: _Tabel, tabel: str, kolom: str, i: int, bacaan: dict,
                  terbuka: set, kalimat: bool = True) -> tuple[str, str] | None:
    """The row's own percentage under each reading; ``terbuka``: (table, line, column) of the
    ambiguous cells not settled by their unit. When another cell of the same ratio is one
    of them, the ratio cannot tell the readings apart (1.500 / 2.000 and 1,5 / 2 are both
    75 %): no evidence. ``kalimat``: with the sentence (else an empty one: the reading alone)."""
    pasangan = _PERSEN.get(tabel, {}).get(kolom)
    if pasangan is None:
        return None
    num, den, pct = pasangan
    baris = t.baris[i]
    if any((tabel, baris, c) in terbuka for c in (num, den, pct) if c != kolom):
        return None

    def hitung(v):
        n = v if kolom == num else t.nilai(num, i)
        d = v if kolom == den else t.nilai(den, i)
        s = v if kolom == pct else t.nilai(pct, i)
        if np.isnan(n) or np.isnan(d) or np.isnan(s) or d == 0:
            return None
        return _cocok_persen(n / d * 100, s), s, n / d * 100

    r, d = hitung(bacaan["ribuan"]), hitung(bacaan["desimal"])
    if r is None or d is None:
        return None
    pilih = _satu(r[0], d[0])
    if pilih is None:
        return None
    if not kalimat:
        return pilih, ""
    nama = _NAMA_PERSEN[pct]
    if kolom == pct:
        teks = (f"{nama} yang dihitung dari angka baris yang sama ({format_persen(r[2])}) "
                f"hanya cocok dengan bacaan ini")
    else:
        teks = f"{nama} yang tertulis di baris yang sama ({format_persen(r[1])}) hanya cocok dengan bacaan ini"
    return pilih, teks


#: the unit column of each volume column of Tabel 2.2 and 2.1
_SATUAN = {_T22: {"target_k": "satuan", "realisasi_k": "satuan_realisasi"},
           _T21: {"target_renstra": "satuan_renstra", "target_k": "satuan", "realisasi_k": "satuan_realisasi",
                  "realisasi_renstra_k": "satuan_realisasi_renstra"}}
def _bukti_satuan_hitung(satuan, bacaan: dict, teks: bool = True) -> tuple[str, str] | None:
    """A unit that counts whole things (``Unit Usaha``, ``Orang``) rules out a reading
    with a fraction (1,25 Unit Usaha); no evidence when both readings are whole.

    >>> _bukti_satuan_hitung("Unit Usaha", {"ribuan": 1250.0, "desimal": 1.25})[0]
    'ribuan'
    >>> _bukti_satuan_hitung("Unit Usaha", {"ribuan": 2000.0, "desimal": 2.0}) is None
    True
    >>> _bukti_satuan_hitung("Indeks", {"ribuan": 1250.0, "desimal": 1.25}) is None
    True
    """
    if not satuan_utuh(satuan) or float(bacaan["desimal"]).is_integer():
        return None
    if not teks:
        return "ribuan", ""
    return "ribuan", (f"satuan \u201c{satuan}\u201d menghitung sesuatu yang utuh, tidak mungkin "
                      f"{format_angka(bacaan['desimal'], 3)} {satuan}")


def _bukti_jumlah(t: _Tabel, induk: np.ndarray, anak_dari: dict, kolom: str, i: int,
                  bacaan: dict, teks: bool = True) -> list[tuple[str, str]]:
    """Parent/children sums of Tabel 2.2 (pagu and realisasi Rp) under each reading;
    ``anak_dari``: the positions of each parent's rows; ``teks``: with the sentences (else
    empty ones)."""
    if kolom not in _JUMLAH:
        return []
    v = np.nan_to_num(t.col(kolom))
    out = []
    anak = anak_dari.get(i, ())
    if len(anak):
        total = float(v[anak].sum())
        pilih = _satu(_cocok(bacaan["ribuan"], total, True), _cocok(bacaan["desimal"], total, True))
        if pilih:
            out.append((pilih, f"jumlah rincian di bawahnya ({format_rupiah(total)}) hanya cocok dengan bacaan ini"
                        if teks else ""))
    p = induk[i]
    if not np.isnan(p):
        p = int(p)
        saudara = np.asarray(anak_dari[p])
        lain = float(v[saudara[saudara != i]].sum())
        stated = t.col(kolom)[p]
        if not np.isnan(stated):
            pilih = _satu(_cocok(stated, lain + bacaan["ribuan"], True), _cocok(stated, lain + bacaan["desimal"], True))
            if pilih:
                out.append((pilih, f"dengan bacaan ini jumlah rincian sama dengan angka induknya "
                                   f"({format_rupiah(stated)})" if teks else ""))
    return out


def _bukti_tabel_lain(lain: tuple | None, kolom: str, bacaan: dict, rupiah: bool,
                      teks: bool = True) -> tuple[str, str] | None:
    """``lain``: (table label, its value, its line) of the same row and quantity elsewhere;
    ``teks``: with the sentence (else an empty one)."""
    if lain is None or np.isnan(lain[1]):
        return None
    label, nilai, baris = lain
    pilih = _satu(_cocok(bacaan["ribuan"], nilai, rupiah), _cocok(bacaan["desimal"], nilai, rupiah))
    if pilih is None:
        return None
    if not teks:
        return pilih, ""
    return pilih, f"{label} mencantumkan {_angka(nilai, rupiah)} untuk baris yang sama (baris teks {baris})"


def _pesan(a: dict, pilih: str, alasan: list[str]) -> str:
    sep = _PEMISAH[a["pemisah"]]
    r, d = _angka(a["ribuan"], a["rupiah"]), format_angka(a["desimal"], 3)
    nilai = r if pilih == "ribuan" else d
    return (f"Sel {_kolom(a['kolom'])} (kolom {a['posisi']}) tertulis \u201c{a['teks']}\u201d, yang dapat dibaca {r} "
            f"({sep} sebagai pemisah ribuan) atau {d} ({sep} sebagai tanda desimal). Dibaca {nilai} karena "
            + "; ".join(alasan) + ".")


def putuskan(src: SourceText, evaluasi: pd.DataFrame, tabel21: pd.DataFrame,
             rencana: pd.DataFrame | None = None) -> None:
    """Settle every ambiguous cell ``src.ambigu`` holds by evidence (module docstring).

    The values of Tabel 2.2 (``evaluasi``) and Tabel 2.1 (``tabel21``) are set in place to
    the reading chosen; an ``info`` finding ``angka_ambigu`` per cell is added to
    ``src.temuan``; the cells settled are taken out of ``src.ambigu`` (a later call settles
    those recorded since, e.g. of section 3). The caller recomputes what derives from the
    values (``evaluasi.turunan``).

    Raises
    ------
    RenjaParseError
        Naming the line and cell, when the evidence disagrees, or when there is none and
        the two readings differ.

    Examples
    --------
    >>> from pathlib import Path
    >>> src = SourceText(path=Path("x.md"), lines=[], tables={})
    >>> ev = pd.DataFrame({"baris_sumber": [7], "level": ["sub_kegiatan"], "pagu_rp": [15_000_000.0],
    ...     "realisasi_rp": [845_120.0], "serapan_rp_dokumen": [5.63], "target_k": [4.0],
    ...     "realisasi_k": [1.0], "capaian_k_dokumen": [25.0]})
    >>> src.ambigu.append({"tabel": "Tabel 2.2", "baris": 7, "kolom": "realisasi_rp", "posisi": 8,
    ...     "teks": "845.120", "ribuan": 845120.0, "desimal": 845.12, "pemisah": ".", "rupiah": True,
    ...     "dibaca": 845120.0, "kolom_bukti": "desimal", "kolom_contoh": "56.25", "kolom_jumlah": 1,
    ...     "nama": "Sub"})
    >>> putuskan(src, ev, ev.iloc[:0].assign(urutan_evaluasi=pd.Series(dtype="Int64")))
    >>> src.temuan[-1]["jenis"], src.temuan[-1]["nilai_dokumen"]
    ('angka_ambigu', 845120.0)
    """
    if not src.ambigu:
        return
    t22, t21 = _Tabel(evaluasi), _Tabel(tabel21)
    punya_kode = "kode" in t22.kolom
    # what only some evidence reads (the parents and children of Tabel 2.2 for a rupiah cell,
    # the rows of the other table, the coded 3.3 rows for a pagu) is worked out when a cell
    # first asks for it, once (``functools.cache`` of a function of nothing)
    induk_anak = functools.cache(lambda: _induk_anak(evaluasi))
    pasangan_21 = functools.cache(lambda: _pasangan_21(evaluasi, tabel21))
    apbd = functools.cache(lambda: _apbd(rencana) if rencana is not None and len(rencana) and punya_kode else {})

    def letak_sel(a: dict) -> tuple[_Tabel, int] | None:
        """The cell's table (2.2 or 2.1) and row position, None for a cell of section 3."""
        t = t22 if a["tabel"] == _T22 else t21 if a["tabel"] == _T21 else None
        i = t.pos.get(a["baris"]) if t is not None else None
        return None if t is None or i is None else (t, i)

    def bukti_sel(a: dict, terbuka: set, teks: bool = True) -> list[tuple[str, str, str]]:
        """Evidence (kind, reading, sentence) for one cell, other cells of ``terbuka`` unknown;
        without ``teks`` the sentences of the evidence found in the cell's row are left empty
        (only the readings it points to are asked for)."""
        bacaan = {"ribuan": a["ribuan"], "desimal": a["desimal"]}
        bukti: list[tuple[str, str, str]] = []
        if a["rupiah"]:
            bukti.append(("satuan", "ribuan", "kolom rupiah berisi rupiah utuh, bukan pecahan tiga angka "
                                              "di belakang tanda desimal"))
        letak = letak_sel(a)
        satuan = a.get("satuan")
        if satuan is None and letak is not None and _SATUAN.get(a["tabel"], {}).get(a["kolom"]) in letak[0].kolom:
            satuan = letak[0].teks(_SATUAN[a["tabel"]][a["kolom"]], letak[1])
        found = _bukti_satuan_hitung(satuan, bacaan, teks)
        if found:
            bukti.append(("satuan", *found))
        if letak is None:
            return bukti
        t, i = letak
        found = _bukti_persen(t, a["tabel"], a["kolom"], i, bacaan, terbuka, kalimat=teks)
        if found:
            bukti.append(("persen", *found))
        if t is t22 and a["kolom"] in _JUMLAH:
            bukti += [("jumlah", *b) for b in _bukti_jumlah(t22, *induk_anak(), a["kolom"], i, bacaan, teks)]
        lain = None
        if a["kolom"] in _SAMA_21:
            j = pasangan_21()[0 if t is t22 else 1].get(i)
            other, olabel = (t21, _T21) if t is t22 else (t22, _T22)
            if j is not None and (olabel, other.baris[j], a["kolom"]) not in terbuka:
                lain = (olabel, other.nilai(a["kolom"], j), other.baris[j])
        elif t is t22 and a["kolom"] == "pagu_rp":
            kode = t22.teks("kode", i) if punya_kode else None
            if kode is not None and pd.notna(kode) and kode in apbd():
                lain = (_T33, apbd()[kode][0], apbd()[kode][1])
        found = _bukti_tabel_lain(lain, a["kolom"], bacaan, a["rupiah"], teks)
        if found:
            bukti.append(("tabel_lain", *found))
        return bukti

    def tetapkan(a: dict, pilih: str) -> None:
        pilihan[_kunci(a)] = pilih
        terbuka.discard(_kunci(a))
        letak = letak_sel(a)
        nilai = a[pilih]
        if letak is None:
            # outside Tabel 2.2/2.1 only the cell's own evidence (unit, column) exists, and the
            # reader already read the cell so (``_common._ambiguous``)
            if nilai != a["dibaca"]:
                raise RuntimeError(f"angka ambigu {_kunci(a)} dibaca {a['dibaca']} tetapi bukti memilih {nilai}")
            return
        t, i = letak
        if t.nilai(a["kolom"], i) != nilai:
            t.df.iloc[i, t.df.columns.get_loc(a["kolom"])] = nilai
            t.col(a["kolom"])[i] = nilai

    # cells are settled in rounds: a cell whose evidence depends on another ambiguous cell (the
    # other term of its row's percentage, the same row in another table) waits until that one
    # is settled by evidence of its own; the column's way of writing decides only what nothing
    # else can, at the end
    pilihan: dict = {}
    terbuka = {_kunci(a) for a in src.ambigu if not a["rupiah"]}
    kemajuan = True
    while kemajuan:
        kemajuan = False
        for a in src.ambigu:
            if _kunci(a) in pilihan:
                continue
            bukti = bukti_sel(a, terbuka, teks=False)     # the sentences only for a refusal
            arah = {b[1] for b in bukti}
            if len(arah) > 1:
                raise _tolak(src, a, bukti_sel(a, terbuka))
            if arah:
                tetapkan(a, arah.pop())
                kemajuan = True
    for a in src.ambigu:
        if _kunci(a) not in pilihan:
            if not a["kolom_bukti"]:
                raise _tolak(src, a, [])
            tetapkan(a, a["kolom_bukti"])
    # every cell settled: its evidence once more with all the others known, for the message and
    # to catch a piece of evidence that only appeared when the others were settled
    for a in src.ambigu:
        pilih = pilihan[_kunci(a)]
        bukti = bukti_sel(a, set())
        if any(b[1] != pilih for b in bukti):
            raise _tolak(src, a, bukti)
        if not bukti:
            desimal = a["pemisah"] if a["kolom_bukti"] == "desimal" else ("," if a["pemisah"] == "." else ".")
            bukti = [("kolom", pilih,
                      f"semua sel lain yang jelas di kolom ini memakai {_PEMISAH[desimal]} sebagai tanda desimal "
                      f"({a['kolom_jumlah']} sel, mis. \u201c{a['kolom_contoh']}\u201d), sedangkan bukti lain "
                      "yang diperiksa (satuan, persentase baris, jumlah, baris yang sama di tabel lain) tidak "
                      "menentukan")]
        nilai = a[pilih]
        src.finding("angka_ambigu", "info", a["tabel"], a["baris"], _pesan(a, pilih, [b[2] for b in bukti]),
                    nama=a["nama"], kolom=a["kolom"], dokumen=nilai,
                    hitung=a["desimal" if pilih == "ribuan" else "ribuan"])
    src.ambigu.clear()


def _induk_anak(evaluasi: pd.DataFrame) -> tuple[np.ndarray, dict]:
    """Each Tabel 2.2 row's parent position (NaN for none: ``names.parent_index``) and the
    positions of each parent's rows (``_anak_dari``), for ``_bukti_jumlah``."""
    induk = (parent_index(evaluasi["level"], lanjutan(evaluasi)).to_numpy(dtype=float) if "level" in evaluasi
             else np.full(len(evaluasi), np.nan))
    return induk, _anak_dari(induk)


def _pasangan_21(evaluasi: pd.DataFrame, tabel21: pd.DataFrame) -> tuple[dict, dict]:
    """The matched rows of Tabel 2.2 and 2.1 by position, both ways: ``(2.2 -> 2.1, 2.1 -> 2.2)``;
    a Tabel 2.1 row is matched to the Tabel 2.2 row whose ``urutan`` its ``urutan_evaluasi`` names
    (the last 2.1 row naming a 2.2 row wins).

    >>> ev = pd.DataFrame({"urutan": [1, 2, 3]})
    >>> t21 = pd.DataFrame({"urutan_evaluasi": pd.array([3, None, 1, 9], dtype="Int64")})
    >>> _pasangan_21(ev, t21)
    ({2: 0, 0: 2}, {0: 2, 2: 0})
    >>> _pasangan_21(pd.DataFrame({"urutan": [1, 1]}), t21)
    ({1: 2}, {2: 1})
    """
    if "urutan" not in evaluasi or "urutan_evaluasi" not in tabel21 or not len(tabel21):
        return {}, {}
    u = tabel21["urutan_evaluasi"]
    ada = u.notna().to_numpy(dtype=bool)      # the matched rows only: the others have no urutan
    n = np.flatnonzero(ada)
    urutan = pd.Index(evaluasi["urutan"].to_numpy(dtype=np.int64))
    if urutan.is_unique:                      # each urutan's 2.2 position, for all 2.1 rows at once
        k = urutan.get_indexer(u[ada].to_numpy(dtype=np.int64))
    else:                                     # an urutan twice: its last row, as a dict keeps it
        last = dict(zip(urutan.tolist(), range(len(urutan))))
        k = np.fromiter((last.get(v, -1) for v in u[ada].tolist()), dtype=np.int64, count=len(n))
    found = k >= 0
    ke_21 = dict(zip(k[found].tolist(), n[found].tolist()))
    return ke_21, {j: i for i, j in ke_21.items()}


def _apbd(rencana: pd.DataFrame) -> dict:
    """The APBD pagu and source line of each code of the plan (Tabel 3.3), its first row.

    >>> _apbd(pd.DataFrame({"kode": ["1.01", None, "1.01"], "pagu_apbd_rp": [5.0, 6.0, 7.0],
    ...                     "baris_sumber": [10, 11, 12]}))
    {'1.01': (5.0, 10)}
    """
    coded = rencana.dropna(subset=["kode"]).drop_duplicates("kode")
    return dict(zip(coded["kode"].tolist(), zip(pd.to_numeric(coded["pagu_apbd_rp"]).astype(float).tolist(),
                                                coded["baris_sumber"].tolist())))


def _anak_dari(induk: np.ndarray) -> dict:
    """The positions of each parent's rows, by the parent's position (``induk``: each row's
    parent, NaN for none), each in row order; the parents in order.

    >>> {k: v.tolist() for k, v in _anak_dari(np.array([np.nan, 0.0, 1.0, 1.0, 0.0, np.nan])).items()}
    {0: [1, 4], 1: [2, 3]}
    """
    ada = np.flatnonzero(~np.isnan(induk))
    kunci = induk[ada].astype(np.int64)
    urut = np.argsort(kunci, kind="stable")
    kunci, ada = kunci[urut], ada[urut]
    awal = np.flatnonzero(np.r_[True, kunci[1:] != kunci[:-1]]) if len(kunci) else np.zeros(0, dtype=np.int64)
    return dict(zip(kunci[awal].tolist(), np.split(ada, awal[1:])))


def _kunci(a: dict) -> tuple:
    return a["tabel"], a["baris"], a["kolom"]


def _tolak(src: SourceText, a: dict, bukti: list):
    sep = _PEMISAH[a["pemisah"]]
    r, d = _angka(a["ribuan"], a["rupiah"]), format_angka(a["desimal"], 3)
    if bukti:
        untuk = lambda p: ", ".join(b[2] for b in bukti if b[1] == p) or "-"  # noqa: E731
        sebab = (f"bukti saling bertentangan: untuk {r}: {untuk('ribuan')}; untuk {d}: {untuk('desimal')}")
    else:
        sebab = "tidak ada bukti di baris, kolom atau tabel lain untuk memilih salah satunya"
    return src.error(
        f"angka ambigu di {a['tabel']} tidak dapat dipastikan: \u201c{a['teks']}\u201d dapat dibaca {r} "
        f"({sep} pemisah ribuan) atau {d} ({sep} desimal), {sebab}", line=a["baris"],
        cell=f"{a['kolom']} (kolom {a['posisi']})",
        expected=f"angka yang hanya terbaca satu cara (mis. “{a['ribuan']:.0f}” tanpa pemisah ribuan, atau "
                 "desimal dengan selain tiga angka di belakang tanda desimal)",
        found=a["teks"])


def dalam_ribuan(temuan: list[dict], skala: float) -> list[dict]:
    """The reading findings with each ``angka_ambigu`` of a Tabel 3.2 money cell (a pagu, or a stated
    total: kolom ``pagu (...)``, ``jumlah (...)``) worded for a 3.2
    read in thousands (``skala`` 1000, ``load.analyse``): its thousands reading is said as what it
    is used as, ``14.500 ribu rupiah (Rp14.500.000)``, not ``Rp14.500``; the column holds whole
    thousands of rupiah. Other findings, and every finding at ``skala`` 1, are returned as they are.

    >>> t = [{"jenis": "angka_ambigu", "tabel": _T32[0], "kolom": "pagu (rancangan_awal)", "nilai_dokumen": 14500.0,
    ...       "pesan": "Sel pagu tertulis \u201c14,500\u201d, yang dapat dibaca Rp14.500 (koma sebagai pemisah "
    ...                "ribuan) atau 14,500 (koma sebagai tanda desimal). Dibaca Rp14.500 karena kolom rupiah "
    ...                "berisi rupiah utuh, bukan pecahan tiga angka di belakang tanda desimal."}]
    >>> print(dalam_ribuan(t, 1000.0)[0]["pesan"])
    Sel pagu tertulis “14,500”, yang dapat dibaca 14.500 ribu rupiah (Rp14.500.000; koma sebagai pemisah ribuan) atau 14,500 (koma sebagai tanda desimal). Dibaca 14.500 ribu rupiah (Rp14.500.000) karena kolom rupiah berisi ribuan rupiah utuh, bukan pecahan tiga angka di belakang tanda desimal.
    >>> dalam_ribuan(t, 1.0) is t
    True
    """
    if skala == 1:
        return temuan
    out = []
    for t in temuan:
        v = t.get("nilai_dokumen")
        if t.get("jenis") == "angka_ambigu" and t.get("tabel") in _T32 \
                and str(t.get("kolom")).startswith(("pagu", "jumlah")) and v is not None and pd.notna(v):
            ribu = f"{format_angka(v, None)} ribu rupiah ({format_rupiah(v * skala)}"
            pesan = (t["pesan"].replace(f"dapat dibaca {format_rupiah(v)} (", f"dapat dibaca {ribu}; ", 1)
                     .replace(f"Dibaca {format_rupiah(v)} ", f"Dibaca {ribu}) ", 1)
                     .replace("kolom rupiah berisi rupiah utuh", "kolom rupiah berisi ribuan rupiah utuh"))
            t = {**t, "pesan": pesan}
        out.append(t)
    return out
