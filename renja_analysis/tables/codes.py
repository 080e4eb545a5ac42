"""Tabel 3.3 codes given to Tabel 2.2 rows by name, within the code hierarchy.

``names.align`` pairs the names of Tabel 2.2 with the coded rows of Tabel 3.3 by
similarity and order alone. A code ``u.bb.pp.2.kk.ssss`` belongs under kegiatan
``u.bb.pp.2.kk``, and that one under program ``u.bb.pp`` (Permendagri 90/2019). A pair
whose 2.2 row stands under another parent than the code's is a misreading (a name
abbreviated, wrapped or spelled otherwise that scored closer to a neighbour's name),
and comparing the two rows' numbers would blame the document for it.
``kode_berjenjang`` keeps the pairs that respect the hierarchy, pairs again within the
right parent, and reports each code it could give to no row (``tanpa_pasangan``).

Codes are compared as codes, here and in the reconciliation with SIPD
(``findings.reconciliation.kode_bertentangan``): ``bagian_kode`` reads each segment as a
number (``2.17.2.2.1`` is ``2.17.02.2.01``), spaces and trailing dots aside, and
``kode_cocok`` lets a placeholder segment (``X``, ``xx``) match any number.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from ..names import NAME_MATCH_THRESHOLD, align
from ..numbers import format_angka
from ..sources.base import LABEL, SourceText
from ._common import lanjutan, parent_index

#: The level of a code's parent, by the level of the code.
INDUK = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}
_KATA = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}


#: A code's parts: digits (a leading run of zeros and at most 9 digits more), or a placeholder
#: (``X``, ``XX``, any case) standing for any value; at most six parts (a sub kegiatan's).
_BAGIAN = r"(?:0*\d{1,9}|[xX]+)"
_KODE = re.compile(rf"{_BAGIAN}(?:\.{_BAGIAN}){{0,5}}")
#: ``bagian_kode``'s part value of a placeholder (any value) and of a part the code does not have.
SEMBARANG, TIADA = -1, -2


def bagian_kode(kode) -> tuple[pd.Series, np.ndarray]:
    """Codes as codes: the one normalisation every comparison of two codes goes through.

    Spaces anywhere and dots at the end are not part of a code (``2.17.01.2. 09.`` is
    ``2.17.01.2.09``); each part is a number, whatever its leading zeros (``2.17.1.2.9`` is
    ``2.17.01.2.09``); a placeholder part (``X``, ``XX``, ``x``...) stands for any value.
    Anything else (a missing code, a comma, a letter in a number, more than six parts) is
    not a code.

    Returns
    -------
    teks : Series of string
        Each code as written without its spaces and trailing dots; NA where not a code.
    bagian : ndarray of int64, shape (n, 6)
        Each code's parts as numbers, ``SEMBARANG`` (-1) for a placeholder, ``TIADA`` (-2)
        past its last part (every part of what is not a code).

    Examples
    --------
    >>> teks, bagian = bagian_kode(["2.17.01.2. 09.", "x.XX.1", "2,17", None])
    >>> teks.tolist()
    ['2.17.01.2.09', 'x.XX.1', <NA>, <NA>]
    >>> bagian.tolist()
    [[2, 17, 1, 2, 9, -2], [-1, -1, 1, -2, -2, -2], [-2, -2, -2, -2, -2, -2], [-2, -2, -2, -2, -2, -2]]
    """
    k = pd.Series(kode, dtype=object).reset_index(drop=True).astype("string")
    k = k.str.replace(r"\s+", "", regex=True).str.rstrip(".")
    teks = k.where(k.str.fullmatch(_KODE).fillna(False).astype(bool))
    bagian = np.full((len(k), 6), TIADA, dtype=np.int64)
    # the parts of every code at once (Arrow lists: no column per part, no Python per code);
    # a code holds at most six parts (``_KODE``), each digits or a placeholder
    parts = pc.split_pattern(pa.array(teks), ".")
    count = pc.fill_null(pc.list_value_length(parts), 0).to_numpy()
    flat = pc.list_flatten(parts)
    if len(flat):
        angka = pc.match_substring_regex(flat, r"^\d+$").to_numpy(zero_copy_only=False)
        nilai = pc.cast(pc.if_else(angka, flat, "-1"), pa.int64()).to_numpy()
        row = np.repeat(np.arange(len(k)), count)
        col = np.arange(len(flat)) - np.repeat(np.cumsum(count) - count, count)
        bagian[row, col] = np.where(angka, nilai, SEMBARANG)
    return teks, bagian


def kode_cocok(a, b) -> bool:
    """Whether two codes (``bagian_kode``'s parts, as sequences) may be the same code: as many
    parts, and no two known parts that differ (a placeholder matches any value).

    >>> _, p = bagian_kode(["2.17.1.2.9", "2.17.01.2.XX", "X.XX.01.2.09", "2.17.02.2.09", "2.17.01"])
    >>> kode_cocok(p[0], p[1]), kode_cocok(p[0], p[2]), kode_cocok(p[1], p[3]), kode_cocok(p[0], p[4])
    (True, True, False, False)
    """
    # six parts: a loop over plain ints (called once per pair, numpy per call cost ten times more)
    a = a.tolist() if isinstance(a, np.ndarray) else a
    b = b.tolist() if isinstance(b, np.ndarray) else b
    if all(x == TIADA for x in a) or all(y == TIADA for y in b):
        return False
    for x, y in zip(a, b):
        if (x == TIADA) != (y == TIADA) or (x != y and x != SEMBARANG and y != SEMBARANG):
            return False
    return True


def kode_induk(kode) -> str | None:
    """The code of a code's parent: the program of a kegiatan, the kegiatan of a sub
    kegiatan (as written, without spaces and trailing dots: ``bagian_kode``); None for a
    program or anything else.

    >>> kode_induk("2.17.02.2.01.0001"), kode_induk("2.17.02.2. 01."), kode_induk("2.17.02")
    ('2.17.02.2.01', '2.17.02', None)
    """
    teks = bagian_kode([kode])[0].iloc[0]
    return None if pd.isna(teks) else _induk(str(teks))


def _induk(teks: str) -> str | None:
    """``kode_induk`` of a code already normalised (``bagian_kode``'s text): the first five parts
    of six, the first three of five, else None."""
    parts = teks.split(".")
    keep = {6: 5, 5: 3}.get(len(parts))
    return None if keep is None else ".".join(parts[:keep])


def kode_berjenjang(src: SourceText | None, t22: pd.DataFrame, levels, coded: pd.DataFrame, pairs: list,
                    threshold: float = NAME_MATCH_THRESHOLD) -> list:
    """The pairs of ``names.align`` (Tabel 2.2 row, coded 3.3 row, score) that respect the
    code hierarchy, with the pairs found again within the right parent.

    Level by level (kegiatan, then sub kegiatan, each against the codes its parents hold
    by then), a pair is dropped when its 2.2 row's parent (``names.parent_index``; a
    further indicator row counts as its name's first row) holds another code than the
    code's parent, or holds no code while the code's parent went to another row. Where
    neither parent holds a code, the pairs vote: each 2.2 parent goes with the one code
    parent, and each code parent with the one 2.2 parent, whose pairs between them weigh
    most (``score - threshold + 1`` summed, as ``align`` weighs; ties to the earlier row);
    the other pairs are dropped. A row without a parent is not judged. Parent codes are
    compared as codes (``kode_cocok``: zeros, spaces, trailing dots and placeholders); the vote
    groups codes whose parts are the same, a placeholder there standing for itself. The codes
    dropped are then aligned again with the unpaired rows under their right parent (no pair may
    cross another). A code that still has no row is reported (``tanpa_pasangan``, info):
    its pagu and target are not compared, rather than compared with another row's.

    Parameters
    ----------
    src : SourceText or None
        Where the findings go (None: nowhere).
    t22 : DataFrame
        Tabel 2.2 rows (``nama``, ``baris_sumber``; ``indikator``, ``pagu_rp`` and
        ``realisasi_rp`` tell further indicator rows), in document order.
    levels : sequence
        Each 2.2 row's level.
    coded : DataFrame
        The coded 3.3 rows (``kode``, ``nama``, ``level``, ``baris_sumber``).
    pairs : list of (i, j, score)
        ``align``'s pairs of 2.2 rows ``i`` and coded rows ``j``.

    Returns
    -------
    list of (i, j, score)
        In 2.2 order.

    Examples
    --------
    The first kegiatan's sub kegiatan is written with "KSP" for "Koperasi Simpan Pinjam";
    by name alone its code goes to the next kegiatan's sub kegiatan:

    >>> t22 = pd.DataFrame({"nama": ["Penerbitan Izin Usaha Simpan Pinjam",
    ...                              "Fasilitasi Izin Usaha dan Kantor Cabang KSP",
    ...                              "Penerbitan Izin Kantor Cabang",
    ...                              "Fasilitasi Izin Kantor Cabang Koperasi Simpan Pinjam"],
    ...                     "baris_sumber": [10, 11, 12, 13]})
    >>> levels = ["kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"]
    >>> coded = pd.DataFrame({"kode": ["2.17.02.2.01", "2.17.02.2.01.0001"],
    ...                       "nama": ["Penerbitan Izin Usaha Simpan Pinjam",
    ...                                "Fasilitasi Izin Usaha dan Kantor Cabang Koperasi Simpan Pinjam"],
    ...                       "level": ["kegiatan", "sub_kegiatan"], "baris_sumber": [50, 51]})
    >>> pairs = align(t22["nama"], coded["nama"], levels, coded["level"])
    >>> [(i, j, round(s, 1)) for i, j, s in pairs]
    [(0, 0, 100.0), (3, 1, 92.0)]
    >>> [(i, j, round(s, 1)) for i, j, s in kode_berjenjang(None, t22, levels, coded, pairs)]
    [(0, 0, 100.0), (1, 1, 81.3)]
    """
    if not pairs or not len(coded):
        return pairs
    n = len(t22)
    lv = pd.Series([str(x) for x in levels], dtype=object)
    lanjut = lanjutan(t22.reset_index(drop=True))
    pos = np.arange(n)
    first = np.maximum.accumulate(np.where(~lanjut.to_numpy(dtype=bool), pos, -1))
    first = np.where(first < 0, pos, first)
    induk = parent_index(lv, lanjut).to_numpy()[first]          # NaN: no parent
    kodes = coded["kode"].astype(str).to_numpy(dtype=object)
    clevel = coded["level"].astype(str).to_numpy(dtype=object)
    teks, bagian = bagian_kode(coded["kode"])                       # once for all codes (pandas, not per row)
    teks_kode = teks.tolist()
    panjang = (bagian != TIADA).sum(axis=1)
    # each code's parent's parts: its first five parts of six, three of five, the rest TIADA (a
    # code of other parts has no parent); as tuples (``kt``: each code's parts, ``pt``: its parent's,
    # None for none) only once a pair must be judged one by one, its parent's code as written
    # (``_induk``) where a finding or a vote needs it
    ada_induk = (panjang == 5) | (panjang == 6)
    induk_bagian = np.where(np.arange(6) < np.where(panjang == 6, 5, 3)[:, None], bagian, TIADA)
    kt: list = []
    pt: list = []
    row_of = np.full(len(coded), -1, dtype=np.int64)
    score_of = np.zeros(len(coded))
    row_of[[j for _, j, _ in pairs]] = [i for i, _, _ in pairs]
    score_of[[j for _, j, _ in pairs]] = [s for _, _, s in pairs]
    names22, names33 = t22["nama"].tolist(), coded["nama"].tolist()
    ditolak: dict = {}                  # coded row -> (its 2.2 row, score, parent row, why, right parents)
    tulis: dict = {}                    # a code parent's parts -> the code as first written
    # the rows' first rows and parents as plain numbers (read once per pair below: no numpy scalar each)
    first_of, induk_of = first.tolist(), induk.tolist()
    for level in INDUK:
        paired = np.flatnonzero(row_of >= 0)
        # at once, the pairs the loop below leaves as they are: a code without a parent code, a row
        # without a parent row, and (most) a code whose parent code, parts for parts, is held by a
        # coded row its 2.2 row's parent holds (one such row each parent: any one that is equal will do)
        cand = np.flatnonzero((row_of >= 0) & (clevel == level))
        b_of = induk[row_of[cand]]
        judged = ada_induk[cand] & ~np.isnan(b_of)
        wakil = np.full(n, -1, dtype=np.int64)
        wakil[first[row_of[paired]]] = paired
        oleh = np.full(len(cand), -1, dtype=np.int64)
        oleh[judged] = wakil[b_of[judged].astype(np.int64)]
        ada = oleh >= 0
        sama = np.zeros(len(cand), dtype=bool)
        sama[ada] = (bagian[oleh[ada]] == induk_bagian[cand[ada]]).all(axis=1)
        rest = cand[judged & ~sama]
        if not len(rest):
            continue                    # no pair dropped, none voted on
        if not kt:
            kt = [tuple(p) for p in bagian[:, :6].tolist()]
            pt = [tuple(p) if h else None for p, h in zip(induk_bagian.tolist(), ada_induk.tolist())]
        row_now = row_of.tolist()
        held: dict = {}                 # 2.2 parent's first row -> the coded rows it holds
        for j in paired.tolist():
            held.setdefault(first_of[row_now[j]], []).append(j)

        edges: dict = {}                # (2.2 parent, code parent) -> [pairs, first row, coded rows]
        drop: dict = {}
        for j in rest.tolist():
            i, pc = row_now[j], pt[j]
            if pc is None or math.isnan(induk_of[i]):
                continue
            b = int(induk_of[i])
            if b in held:
                # the same parts (mostly: the code under its own parent's code) match at once
                if not any(kt[k] == pc or kode_cocok(kt[k], pc) for k in held[b]):
                    drop[j] = (b, ("kode", [kodes[k] for k in held[b]]))
            elif own := _pemilik(held, kt, pc):
                drop[j] = (b, ("induk", own))
            else:
                if pc not in tulis:
                    tulis[pc] = _induk(str(teks_kode[j]))
                edge = edges.setdefault((b, pc), [0, i, []])
                edge[0] += 1
                edge[2].append(j)
        # each 2.2 parent's and each code parent's edges, to find an edge's rivals
        of_b: dict = {}
        of_c: dict = {}
        for (b, pc), (count, _, _) in edges.items():
            of_b.setdefault(b, []).append((count, pc))
            of_c.setdefault(pc, []).append((count, b))
        won: dict = {}                  # code parent -> the 2.2 parent the vote gave it
        for (b, pc), (count, _, js) in edges.items():
            by_b = [(c, x) for c, x in of_c[pc] if x != b]      # the code parent's other 2.2 parents
            by_pc = [(c, x) for c, x in of_b[b] if x != pc]     # the 2.2 parent's other code parents
            if count > max([c for c, _ in by_b + by_pc], default=0):
                won[pc] = b
                continue
            top_b, top_pc = max([c for c, _ in by_b], default=0), max([c for c, _ in by_pc], default=0)
            if top_b > count:
                why = ("kalah", [x for c, x in by_b if c == top_b])
            elif top_pc > count:
                why = ("lain", [tulis[x] for c, x in by_pc if c == top_pc])
            elif top_b == count:
                why = ("seri", [x for c, x in by_b if c == count])
            else:
                why = ("seri_lain", [tulis[x] for c, x in by_pc if c == count])
            drop.update((j, (b, why)) for j in js)
        if not drop:
            continue
        # the right parent of each dropped code: the row holding its parent code, or the one the vote gave it
        places: list[tuple[int, str]] = []
        for j, (b, why) in drop.items():
            pc = pt[j]
            right = _pemilik(held, kt, pc) or ([won[pc]] if pc in won else [])
            ditolak[j] = (int(row_of[j]), float(score_of[j]), b, why, right)
            row_of[j] = -1
            places.extend((e, pc) for e in right if (e, pc) not in places)
        for e, pc in places:
            _pair_again(e, pc, level, induk, first, lv, clevel, pt, row_of, score_of, names22, names33,
                        threshold)
    # in 2.2 order, then code order (each code once: the score never decides)
    js = np.flatnonzero(row_of >= 0)
    js = js[np.lexsort((js, row_of[js]))]
    out = list(zip(row_of[js].tolist(), js.tolist(), score_of[js].tolist()))
    if src is not None:
        for j, (i, skor, b, why, right) in ditolak.items():
            if row_of[j] < 0:
                _lapor(src, t22, coded, j, i, skor, b, why, right, _induk(str(teks_kode[j])), clevel[j])
    return out


def _pemilik(held: dict, kt: list, pc) -> list:
    """The 2.2 rows (first rows, ``held``'s keys) holding a coded row whose parts (``kt``) may be
    the code ``pc`` (``kode_cocok``), in order."""
    return list(dict.fromkeys(e for e, js in held.items() for k in js if kode_cocok(kt[k], pc)))


def _pair_again(e, pc, level, induk, first, lv, clevel, pt, row_of, score_of, names22, names33, threshold):
    """Align the unpaired 2.2 rows of ``level`` under parent row ``e`` with the unpaired codes whose
    parent (parts ``pt``) may be ``pc`` (``kode_cocok``); a pair is taken only where it crosses no
    pair already made."""
    paired = np.zeros(len(lv), dtype=bool)
    paired[row_of[row_of >= 0]] = True
    rows = np.flatnonzero((induk == e) & (lv.to_numpy() == level) & ~paired)
    under = np.array([p is not None and kode_cocok(p, pc) for p in pt], dtype=bool)
    codes = np.flatnonzero((clevel == level) & under & (row_of < 0))
    if not len(rows) or not len(codes):
        return
    for a, c, s in align([names22[i] for i in rows.tolist()], [names33[j] for j in codes.tolist()],
                         threshold=threshold):
        i, j = int(rows[a]), int(codes[c])
        done = np.flatnonzero(row_of >= 0)
        before, after = done[row_of[done] < i], done[row_of[done] > i]
        if (before < j).all() and (after > j).all():
            row_of[j], score_of[j] = i, s


def _lapor(src, t22, coded, j, i, skor, b, why, right, pc, level) -> None:
    """The ``tanpa_pasangan`` finding of coded row ``j``, dropped from 2.2 row ``i`` under parent row
    ``b`` (``why``), its code's parent held by, or voted to, the rows ``right``."""
    baris22 = t22["baris_sumber"].tolist()
    anak, induk = _KATA[level], _KATA[INDUK[level]]
    kode, nama, baris33 = coded["kode"].iloc[j], coded["nama"].iloc[j], coded["baris_sumber"].iloc[j]
    jenis, isi = why

    def rows(xs):
        return ", ".join(str(baris22[x]) for x in xs)

    kodes = ", ".join(f"{x}.*" for x in isi) if jenis in ("lain", "seri_lain") else ""
    if jenis == "kode":
        alasan = f"yang berkode {', '.join(isi)}, bukan {pc}"
    elif jenis == "induk":
        alasan = f"sedangkan {induk} berkode {pc} ada di baris {rows(isi)}"
    elif jenis == "kalah":
        alasan = f"sedangkan lebih banyak {anak} berkode {pc}.* dipasangkan dengan baris di bawah {induk} baris {rows(isi)}"
    elif jenis == "lain":
        alasan = f"yang lebih banyak {anak}-nya dipasangkan dengan kode {kodes}"
    elif jenis == "seri":
        alasan = (f"sedangkan {anak} lain berkode {pc}.* dipasangkan dengan baris di bawah {induk} baris {rows(isi)}, "
                  f"sama banyak: {induk} mana yang berkode {pc} tidak dapat dipastikan")
    else:
        alasan = f"yang {anak} lainnya dipasangkan dengan kode {kodes}, sama banyak: kode {induk} itu tidak dapat dipastikan"
    sana = (f" Di bawah {induk} baris {rows(right)} tidak ada nama yang cukup mirip dengan nama kode ini."
            if right else "")
    src.finding(
        "tanpa_pasangan", "info", LABEL["tabel_3_3"], int(baris33),
        f"Kode {kode} ({anak} \u201c{nama}\u201d) tidak diberikan kepada baris Tabel 2.2 mana pun. Nama yang paling "
        f"mirip ada di baris {baris22[i]} (kemiripan {format_angka(skor, 1)}), tetapi baris itu berada di bawah "
        f"{induk} baris {baris22[b]}, {alasan}; kode {anak} hanya diberikan kepada baris di bawah {induk} kodenya."
        f"{sana} Pagu dan target {anak} ini tidak dibandingkan antara Tabel 2.2 dan Tabel 3.3.",
        nama=nama, pembanding=int(baris22[i]))
