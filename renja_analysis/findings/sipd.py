"""Checks within SIPD-RI data, as findings in the ``temuan`` schema.

One function per finding type; each takes the SIPD tables (``rekaman`` from
``sources.sipd``, ``rencana`` and ``indikator`` from ``tables.sipd``) and returns
temuan rows. ``tabel`` is ``SIPD <file>``, ``baris_sumber`` the record to look at
(JSON: its number in the array; CSV/XLSX: its row), ``kolom`` the SIPD field.

- ``sipd_jumlah_tidak_cocok`` (kritis): a total SIPD states (``total_pagu_indikatif_*``,
  ``total_pagu_n_depan_*``) differs from the sum of the records it covers, at every
  level: perangkat daerah, sub-unit, urusan, bidang urusan, program, kegiatan;
- ``sipd_kode_placeholder`` (peringatan): codes with placeholders (``X.XX.01``), one
  finding per program of a sub-unit;
- ``sipd_pagu_nol`` (peringatan): a sub kegiatan with pagu 0 (with its pagu n+1 where it has
  one: one finding, not a second ``sipd_pagu_n_depan_berubah``);
- ``sipd_pemetaan_indikator`` (info, peringatan): which fields hold the kegiatan's and
  the sub kegiatan's indicator was not decided by the file's own data
  (``tables.sipd.pemetaan_indikator``);
- ``sipd_indikator_tidak_berpasangan`` (peringatan): packed indicators whose names,
  targets and units (an outcome: end target, realisasi, prakiraan, n+1) do not pair
  up, checked on every record at every level;
- ``sipd_indikator_tidak_seragam`` (peringatan): a program's or kegiatan's indicator
  differing between its records;
- ``sipd_target_tidak_terbaca`` (peringatan): a target that does not read
  (``tables.sipd.parse_target``: a number with a unit, a rate, a salary count, a
  range), or a missing target;
- ``sipd_target_ambigu`` (info): target texts whose number reads two ways (``1,250 Km``:
  1250 or 1,25), read in their file's decimal convention (``tables.sipd.konvensi_target``):
  one finding per file, counting them, naming both readings and what decided;
- ``sipd_teks_undefined`` (peringatan): ``undefined`` in a record's text fields, once
  per record;
- ``sipd_kode_ganda`` (kritis): a sub kegiatan code on more than one record of a sub-unit;
- ``sipd_pagu_n_depan_berubah`` (peringatan; info below the materiality floor): pagu n+1
  differs from pagu n by more than ``AMBANG_N_DEPAN_PERSEN``; a change smaller than
  ``config.MATERIALITAS_PERSEN`` % of the perangkat daerah's pagu and than
  ``config.MATERIALITAS_RP`` is ``info``;
- ``sipd_pagu_kosong`` (peringatan): a sub kegiatan whose pagu is not given (null): not
  counted as Rp 0, left out of the sums above it;
- from the reading account of a folder (``sources.sipd.SipdSource.berkas`` and ``ganda``):
  ``sipd_berkas_kosong`` (peringatan) an empty export, ``sipd_berkas_salinan`` (info) a
  file read once because an earlier file holds it, ``sipd_rekaman_antar_berkas``
  (peringatan) records an earlier file holds, counted once, ``sipd_ekspor_sebagian``
  (peringatan) an API response holding another count of records than it states;
- pagu against its ceilings: ``sipd_pagu_beda_indikatif`` (info below, peringatan above)
  a record's ``pagu`` against its ``pagu_indikatif``; ``sipd_pagu_sub_unit_beda_indikatif``
  (peringatan) a sub-unit's summed pagu against its summed pagu indikatif, naming the
  sub-units of the same SKPD that differ the other way; ``sipd_pagu_skpd_beda`` (info
  below, kritis above) an SKPD's pagu against ``set_pagu_skpd`` of SIPD's SKPD list.

Every finding carries the rupiah at stake in ``nilai_rp`` where one is involved: the
difference a stated total misses by, the change of pagu n+1, the pagu of a record counted
twice, a negative pagu's amount, the pagu n+1 of a sub kegiatan with pagu 0 (else 0);
empty for indicator, code and reading findings, and for a pagu SIPD leaves empty (unknown).

**One problem, one finding.** A sub kegiatan with pagu 0 and a pagu n+1 is one
``sipd_pagu_nol`` naming both (not also a change of pagu n+1); a negative pagu n+1 is one
``nilai_negatif`` (not also a change); the n+1 check runs on sub kegiatan only (the pagu of
a kegiatan or program is the sum of its sub kegiatan, so a change there is the same change);
``undefined`` is one finding per record (``sipd_teks_undefined``), never also an unread
target.

All grouping is vectorised; the loops run over the findings only.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import config
from ..numbers import format_persen, format_rupiah
from ..tables import sipd as sipd_tables
from .document import JENIS, TOLERANSI_RP, _frame, _rec, gabung

#: Pagu n+1 differing from pagu n by more than this share (%) is reported. Half the budget
#: up or down in one year is beyond ordinary indexation and worth a question.
AMBANG_N_DEPAN_PERSEN = 50.0

#: Stated totals: (label, field suffix, grouping beyond the file, name field, code field).
TOTAL = [
    ("perangkat daerah", "", ["kode_skpd"], "nama_skpd", "kode_skpd"),
    ("sub unit", "_sub_skpd", ["kode_sub_skpd"], "nama_sub_skpd", "kode_sub_skpd"),
    ("urusan", "_urusan", ["kode_sub_skpd", "kode_urusan"], "nama_urusan", "kode_urusan"),
    ("bidang urusan", "_bidang_urusan", ["kode_sub_skpd", "kode_bidang_urusan"], "nama_bidang_urusan",
     "kode_bidang_urusan"),
    ("program", "_program", ["kode_sub_skpd", "kode_program"], "nama_program", "kode_program"),
    ("kegiatan", "_kegiatan", ["kode_sub_skpd", "kode_program", "kode_giat"], "nama_giat", "kode_giat"),
]
PLACEHOLDER = re.compile(r"(?i)(?:^|\.)x+(?:\.|$)")
_LEVEL = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}


def tabel(berkas) -> str:
    """The ``tabel`` of a SIPD finding: ``SIPD <file>``.

    >>> tabel("dinkes.json")
    'SIPD dinkes.json'
    """
    return f"SIPD {berkas}"


def berkas_dari_tabel(tabel_: pd.Series) -> pd.Series:
    """The file a SIPD finding refers to (inverse of ``tabel``; NA for other findings)."""
    s = tabel_.astype("string")
    return s.str.extract(r"^SIPD (.+)$", expand=False).astype("string")


def kode_terselesaikan(kode: pd.Series, kode_skpd: pd.Series) -> pd.Series:
    """Codes with SIPD's ``X.XX`` support placeholder written with the office's bidang
    urusan (the first two parts of ``kode_skpd``), as a Renja document writes them.

    Examples
    --------
    >>> kode_terselesaikan(pd.Series(["X.XX.01.2.09", "2.17.02"]),
    ...                    pd.Series(["2.17.0.00.0.00.01.0000"] * 2)).tolist()
    ['2.17.01.2.09', '2.17.02']
    """
    kode = kode.astype("string")
    bidang = kode_skpd.astype("string").str.extract(r"^(\d+\.\d+)\.", expand=False)
    hit = kode.str.match(r"(?i)^x\.xx(?:\.|$)").fillna(False).astype(bool) & bidang.notna()
    return kode.mask(hit, bidang + kode.str.slice(4))


def jumlah_tidak_cocok(rekaman: pd.DataFrame, toleransi: float = TOLERANSI_RP) -> pd.DataFrame:
    """Stated totals that differ from the sum of the records they cover.

    Each stated total is compared with the field it states: ``total_pagu_indikatif_*``
    with the sum of ``pagu_indikatif`` (``pagu`` where a record has none),
    ``total_pagu_n_depan_*`` with the sum of ``pagu_n_depan``, ``total_pagu_*`` (where an
    export states it) with the sum of ``pagu`` (a null counts as 0). Totals are compared within the file and the sub-unit they
    stand in (``total_pagu_indikatif`` and its twin: within the perangkat daerah).
    Records stating different totals for the same group give one finding per value.
    """
    r = rekaman.reset_index(drop=True)
    values = {"_v0": r["pagu_indikatif"].fillna(r["pagu"]).astype(float).to_numpy(),
              "_v1": r["pagu_n_depan"].fillna(0).astype(float).to_numpy(),
              "_v2": r["pagu"].fillna(0).astype(float).to_numpy()}   # total_pagu_*, where an export states it
    fields = ["indikatif", "n_depan", ""]
    what = {"indikatif": "pagu indikatif", "n_depan": "pagu tahun berikutnya (n+1)", "": "pagu"}
    stated_col = [[f"total_pagu_{field}{suffix}" if field else f"total_pagu{suffix}" for field in fields]
                  for _, suffix, *_ in TOTAL]
    present = r[[c for cols in stated_col for c in cols if c in r]].notna().any()
    given = set(present[present].index)          # the totals stated somewhere
    # every level and field at once: the records of a group share a group number (``_group``),
    # one groupby sums every field of every level, one takes the stated totals
    sums, stated = [], []
    for li, (_, _, keys, name_col, code_col) in enumerate(TOTAL):
        here = [fi for fi, col in enumerate(stated_col[li]) if col in given]
        if not here:
            continue
        group = _group(r, ["berkas"] + keys)
        sums.append(pd.DataFrame({"_l": li, "_g": group, **values}))
        for fi in here:
            col = r[stated_col[li][fi]]
            at = np.flatnonzero(col.notna().to_numpy() & (group >= 0))
            stated.append(pd.DataFrame({"_l": li, "_f": fi, "_g": group[at], "_stated": col.take(at).to_numpy(),
                                        "berkas": r["berkas"].take(at).to_numpy(),
                                        "baris": r["baris"].take(at).to_numpy(),
                                        "nama": r[name_col].take(at).to_numpy(),
                                        "kode": r[code_col].take(at).to_numpy()}))
    if not stated:
        return _frame([], JENIS)
    total = pd.concat(sums, ignore_index=True)
    total = (total[total["_g"] >= 0].groupby(["_l", "_g"], sort=False)
             .agg(_n=("_v0", "size"), _s0=("_v0", "sum"), _s1=("_v1", "sum"), _s2=("_v2", "sum")).reset_index())
    found = (pd.concat(stated, ignore_index=True).groupby(["_l", "_f", "_g", "_stated"], sort=False)
             .agg(berkas=("berkas", "first"), baris=("baris", "first"), nama=("nama", "first"),
                  kode=("kode", "first")).reset_index().merge(total, on=["_l", "_g"]))
    jumlah = np.choose(found["_f"].to_numpy(dtype=int), [found[f"_s{i}"].to_numpy(dtype=float) for i in range(3)])
    found = found.assign(_jumlah=jumlah)
    bad = found[(found["_stated"].astype(float) - found["_jumlah"]).abs() > toleransi]
    records = []
    for _, b in bad.iterrows():
        label, field, col = TOTAL[b["_l"]][0], fields[b["_f"]], stated_col[b["_l"]][b["_f"]]
        records.append(_rec(
            "sipd_jumlah_tidak_cocok", "kritis", tabel(b["berkas"]), b["baris"], b["nama"], col,
            b["_stated"], b["_jumlah"],
            f"SIPD mencantumkan total {what[field]} {label} {b['kode']} {format_rupiah(b['_stated'])}, tetapi "
            f"jumlah {what[field]} {b['_n']} sub kegiatannya {format_rupiah(b['_jumlah'])} (total "
            f"{'lebih besar' if b['_stated'] > b['_jumlah'] else 'lebih kecil'} "
            f"{format_rupiah(abs(b['_stated'] - b['_jumlah']))}); total atau rinciannya perlu diperbaiki di SIPD.",
            nilai_rp=abs(b["_stated"] - b["_jumlah"])))
    return _frame(records, JENIS)


def _group(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """A number per distinct combination of ``keys`` (-1 where one of them is missing, as
    ``groupby`` leaves such rows out), from the codes of each key column combined.

    >>> _group(pd.DataFrame({"a": ["x", "x", "y", None], "b": ["1", "2", "1", "1"]}), ["a", "b"]).tolist()
    [0, 1, 2, -1]
    """
    group = np.zeros(len(frame), dtype=np.int64)
    for key in keys:
        codes, uniques = pd.factorize(frame[key])
        group = np.where((group < 0) | (codes < 0), -1, group * (len(uniques) + 1) + codes)
        group = np.where(group < 0, -1, pd.factorize(group)[0])
    return group


def kode_placeholder(rencana: pd.DataFrame) -> pd.DataFrame:
    """Codes with placeholders (``X.XX.01``): one finding per program and sub-unit whose
    own code or any code below it has one, naming how many codes and what the
    office's bidang makes of them (``kode_terselesaikan``)."""
    ren = rencana.reset_index(drop=True)
    hit = ren["kode"].str.contains(PLACEHOLDER).fillna(False).astype(bool)
    program = ren["kode"].where(ren["level"].astype(str) == "program", ren["kode_program"])
    rows = ren[hit].assign(_program=program[hit],
                           _resolved=kode_terselesaikan(ren.loc[hit, "kode"], ren.loc[hit, "kode_skpd"]))
    names = ren[ren["level"].astype(str) == "program"].drop_duplicates(["berkas", "kode_sub_skpd", "kode"]) \
        .set_index(["berkas", "kode_sub_skpd", "kode"])["nama"]
    groups = rows.groupby(["berkas", "kode_sub_skpd", "_program"], sort=False).agg(
        n=("kode", "size"), baris=("baris_sumber", "min"), contoh=("kode", "first"),
        tersolusi=("_resolved", "first"), sub=("nama_sub_skpd", "first")).reset_index()
    records = []
    for _, g in groups.iterrows():
        nama = names.get((g["berkas"], g["kode_sub_skpd"], g["_program"]), pd.NA)
        cara = (f"dengan kode bidang urusan perangkat daerah ditulis {g['tersolusi']}"
                if g["tersolusi"] != g["contoh"] else "kode ini tidak dapat diturunkan dari kode perangkat daerah")
        records.append(_rec(
            "sipd_kode_placeholder", "peringatan", tabel(g["berkas"]), g["baris"], nama, "kode", g["n"], None,
            f"Program {g['_program']} di sub unit {g['sub']}: {g['n']} kode (program, kegiatan, sub kegiatan) "
            f"memakai kode placeholder SIPD, mis. {g['contoh']}; {cara}. Dokumen Renja memakai kode lengkap, "
            "jadi pencocokan dengan dokumen memakai kode yang diturunkan itu."))
    return _frame(records, JENIS)


def pagu_nol(rencana: pd.DataFrame) -> pd.DataFrame:
    """Sub kegiatan with pagu 0: kept in SIPD, counted as a sub kegiatan, funded by nothing.

    One finding per sub kegiatan: where it has a pagu n+1, the message names it and
    ``nilai_rp`` is that pagu (``pagu_n_depan_berubah`` leaves it out), else ``nilai_rp`` is 0."""
    sub = rencana[(rencana["level"].astype(str) == "sub_kegiatan") & (rencana["pagu_rp"] == 0).fillna(False)]
    records = []
    for _, r in sub.iterrows():
        n1 = r["pagu_n_depan_rp"]
        depan = not pd.isna(n1) and n1 > 0
        tambahan = (f" Pagu tahun berikutnya (n+1) {format_rupiah(n1)}: sub kegiatan baru tahun depan, atau pagu tahun "
                    "ini belum diisi." if depan else "")
        records.append(_rec(
            "sipd_pagu_nol", "peringatan", tabel(r["berkas"]), r["baris_sumber"], r["nama"], "pagu", 0.0,
            n1 if depan else None,
            f"Sub kegiatan {r['kode']} tercatat di SIPD dengan pagu Rp 0: isi pagunya atau keluarkan dari Renja; "
            f"sub kegiatan tanpa pagu tetap terhitung dalam jumlah sub kegiatan.{tambahan}",
            nilai_rp=float(n1) if depan else 0.0))
    return _frame(records, JENIS)


def pagu_negatif(rencana: pd.DataFrame) -> pd.DataFrame:
    """A pagu or pagu n+1 below zero (``nilai_negatif``, kritis): a budget cannot be negative."""
    records = []
    for col, label in (("pagu_rp", "pagu"), ("pagu_n_depan_rp", "pagu_n_depan")):
        if col not in rencana:
            continue
        # on the sub kegiatan records themselves (program and kegiatan rows are their sums)
        bad = rencana[((rencana["level"].astype(str) == "sub_kegiatan") & (rencana[col] < 0)).fillna(False).astype(bool)]
        records += [_rec(
            "nilai_negatif", "kritis", tabel(r["berkas"]), r["baris_sumber"], r["nama"], label, float(r[col]), None,
            f"{label} {r['kode']} di SIPD bernilai negatif ({format_rupiah(r[col])}); pagu tidak mungkin di bawah "
            "nol: periksa tanda minus.", nilai_rp=abs(float(r[col]))) for _, r in bad.iterrows()]
    return _frame(records, JENIS)


def _field(kolom: str, position: int) -> str:
    return kolom.split(" / ")[position]


#: How a pack is named in a message, by (level, jenis_indikator).
_PAKET = {("program", "capaian"): "capaian program", ("program", "outcome"): "outcome program",
          ("kegiatan", "keluaran"): "kegiatan", ("sub_kegiatan", "keluaran"): "sub kegiatan"}
#: The code and name fields of a level, on a record.
_KODE_NAMA = {"program": ("kode_program", "nama_program"), "kegiatan": ("kode_giat", "nama_giat"),
              "sub_kegiatan": ("kode_sub_giat", "nama_sub_giat")}
#: The records of one program or kegiatan of one sub-unit (a sub kegiatan: its record).
_GRUP = {"program": ["berkas", "kode_sub_skpd", "kode_program"],
         "kegiatan": ["berkas", "kode_sub_skpd", "kode_program", "kode_giat"]}


def pemetaan_indikator(rekaman: pd.DataFrame, pemetaan: pd.DataFrame | None = None) -> pd.DataFrame:
    """Files whose indicator mapping (``tables.sipd.pemetaan_indikator``) the file's own
    data did not decide: no kegiatan with two records tells (``info``: the other files'
    decision or the documented default was used), or kegiatan tell both ways
    (``peringatan``: the majority was followed, or on a tie the fallback; the kegiatan
    read against their evidence are reported by ``indikator_tidak_seragam``)."""
    r = rekaman.reset_index(drop=True)
    p = sipd_tables.pemetaan_indikator(r) if pemetaan is None else pemetaan
    first = r.groupby("berkas", sort=False)["baris"].first()
    records = []
    for _, m in p.iterrows():
        conflict = m["bukti_output"] > 0 and m["bukti_sub"] > 0
        if m["dasar"] == "data" and not conflict:
            continue
        sub, keg = m["indikator_sub_kegiatan"], m["indikator_kegiatan"]
        dibaca = f"indikator sub kegiatan dibaca dari {sub} dan indikator kegiatan dari {keg}"
        sebab = {"pemda": "seperti berkas lain yang dibaca bersamanya", "data": "menurut mayoritas kegiatan",
                 "bawaan": "menurut nama kolomnya, aturan bawaan"}[m["dasar"]]
        if conflict:
            menang, kalah = ((m["bukti_output"], m["bukti_sub"]) if sub == "tolak_ukur_output"
                             else (m["bukti_sub"], m["bukti_output"]))
            pesan = (f"Data berkas ini menunjuk ke dua arah: di {m['bukti_output']} kegiatan tolak_ukur_output "
                     f"berbeda antar sub kegiatan, di {m['bukti_sub']} kegiatan tolok_ukur_sub yang berbeda; "
                     f"{dibaca} ({sebab}). Indikator kegiatan yang berbeda antarrekaman dilaporkan tersendiri; "
                     "periksa ekspornya.")
            records.append(_rec("sipd_pemetaan_indikator", "peringatan", tabel(m["berkas"]),
                                m["baris_bertentangan"], None, sub, menang, kalah, pesan))
        else:
            pesan = (f"Tingkat indikator tidak dapat ditentukan dari data berkas ini (tidak ada kegiatan dengan "
                     f"lebih dari satu sub kegiatan yang indikatornya berbeda): {dibaca} ({sebab}). Periksa satu "
                     "sub kegiatan di SIPD bila targetnya tampak milik kegiatan.")
            records.append(_rec("sipd_pemetaan_indikator", "info", tabel(m["berkas"]), first[m["berkas"]], None,
                                sub, None, None, pesan))
    return _frame(records, JENIS)


def _pack_rows(r: pd.DataFrame, level: str, pack: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    """The records where ``mask`` holds, once per program or kegiatan of a sub-unit (the
    first such record); every record for a sub kegiatan."""
    hit = r[mask.to_numpy()]
    if level in _GRUP:
        hit = hit.drop_duplicates(_GRUP[level])
    return hit


def indikator_tidak_berpasangan(rekaman: pd.DataFrame, pemetaan: pd.DataFrame | None = None, packs: list | None = None) -> pd.DataFrame:
    """Packed indicators whose names, targets and units (an outcome: end target, realisasi,
    prakiraan, n+1 target) do not pair up (``tables.sipd.unpaired``), checked on every
    record: one finding per sub kegiatan record, per kegiatan and per program pack of a
    sub-unit (the first record where it happens)."""
    r = rekaman.reset_index(drop=True)
    records = []
    for level, jenis, pack in packs if packs is not None else sipd_tables.indicator_packs(r, pemetaan):
        n = sipd_tables.line_counts(pack)
        bad = sipd_tables.unpaired(n)
        kode_col, nama_col = _KODE_NAMA[level]
        roles = sipd_tables.NAMA_PERAN[jenis]
        for i in _pack_rows(r, level, pack, bad).index:
            jumlah = ", ".join(f"{n.at[i, role]} {label}" for role, label in zip(sipd_tables.PERAN, roles) if label)
            records.append(_rec(
                "sipd_indikator_tidak_berpasangan", "peringatan", tabel(r.at[i, "berkas"]), r.at[i, "baris"],
                r.at[i, nama_col], pack.at[i, "kolom"], n.at[i, "tolok_ukur"], n.at[i, "target_teks"],
                f"Indikator {_PAKET[(level, jenis)]} {r.at[i, kode_col]} dikemas dalam satu sel: {jumlah}; "
                "pasangannya tidak dapat dipastikan, sehingga indikator tanpa pasangan tidak dibandingkan. "
                "Lengkapi atau pisahkan di SIPD."))
    return _frame(records, JENIS)


def _ringkas(pack: pd.DataFrame, i) -> str:
    """A pack as one short text: its targets, else its names."""
    role = "target_teks" if not pd.isna(pack.at[i, "target_teks"]) else "tolok_ukur"
    text = pack.at[i, role]
    return "(kosong)" if pd.isna(text) else "; ".join(str(text).split("\n"))


def indikator_tidak_seragam(rekaman: pd.DataFrame, pemetaan: pd.DataFrame | None = None, packs: list | None = None) -> pd.DataFrame:
    """A program's or kegiatan's indicator fields that differ between its records (within a
    sub-unit): the table reads the first record's, so the first record that differs is
    reported, once per program or kegiatan and pack."""
    r = rekaman.reset_index(drop=True)
    records = []
    for level, jenis, pack in packs if packs is not None else sipd_tables.indicator_packs(r, pemetaan):
        if level not in _GRUP:
            continue
        key = sipd_tables.joined(pack, sipd_tables.PERAN)
        grp = r[_GRUP[level]]
        first_key = key.groupby([grp[c] for c in grp.columns], sort=False).transform("first")
        first_i = pd.Series(r.index, index=r.index).groupby([grp[c] for c in grp.columns], sort=False) \
            .transform("first")
        kode_col, nama_col = _KODE_NAMA[level]
        for i in _pack_rows(r, level, pack, key != first_key).index:
            j = first_i[i]
            records.append(_rec(
                "sipd_indikator_tidak_seragam", "peringatan", tabel(r.at[i, "berkas"]), r.at[i, "baris"],
                r.at[i, nama_col], pack.at[i, "kolom"], None, None,
                f"Indikator {_PAKET[(level, jenis)]} {r.at[i, kode_col]} di sub unit {r.at[i, 'nama_sub_skpd']} "
                f"berbeda antarrekaman: \u201c{_ringkas(pack, i)}\u201d di sini, \u201c{_ringkas(pack, j)}\u201d "
                f"pada rekaman pertamanya; yang dibaca adalah rekaman pertama. Satu {_LEVEL[level]} memiliki satu "
                "indikator: samakan di SIPD.", pembanding=r.at[j, "baris"]))
    return _frame(records, JENIS)


#: Outcome values checked for readability beside the target: (column, field role, label).
_NILAI_OUTCOME = (("realisasi", "realisasi_teks", "Realisasi"), ("prakiraan", "prakiraan_teks", "Prakiraan"),
                  ("target_n_depan", "target_n_depan_teks", "Target tahun berikutnya"))


def _angka(x: float) -> str:
    """A number as Indonesian text, with the decimals it has (``1,25``, ``1.250``)."""
    text = f"{x:,.6f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,"))


def _bacaan(text: str, decimal: str) -> str:
    _, lo, hi, _, _ = sipd_tables.parse_target(text, decimal)
    return _angka(lo) if lo == hi else f"{_angka(lo)}\u2013{_angka(hi)}"


_NAMA_PEMISAH = {",": "koma", ".": "titik"}


def target_ambigu(indikator: pd.DataFrame) -> pd.DataFrame:
    """Target texts whose number reads two ways (``1,250 Km``: 1250 or 1,25): one ``info`` per
    file, at the first such text, counting them, naming the first three with both readings,
    the one taken (the file's decimal convention, ``tables.sipd.konvensi_target``) and what
    decided it: the file's other target texts, or, where they show no convention, SIPD's
    Indonesian locale (``tables.sipd.DESIMAL_BAWAAN``). The decision is the file's, so it is
    said once per file.

    Examples
    --------
    >>> ind = pd.DataFrame({"berkas": ["a.json"] * 2, "baris_sumber": [1, 2], "level": ["sub_kegiatan"] * 2,
    ...     "jenis_indikator": ["keluaran"] * 2, "kode": ["1.02.02.2.01.0001", "1.02.02.2.01.0002"],
    ...     "nama": ["A", "B"], "tolok_ukur": ["Panjang jalan", "Cakupan"], "target_teks": ["1,250 Km", "0,8 %"],
    ...     "realisasi_teks": None, "prakiraan_teks": None, "target_n_depan_teks": None,
    ...     "kolom": ["tolak_ukur_output / target_teks_output / satuan_output"] * 2})
    >>> print(target_ambigu(ind)["pesan"].iloc[0])  # doctest: +NORMALIZE_WHITESPACE
    1 angka target di berkas ini dapat dibaca dua cara: target “1,250 Km” (sub kegiatan 1.02.02.2.01.0001)
    1.250 atau 1,25, dibaca 1,25. Dibaca dengan koma sebagai pemisah desimal: target lain di berkas ini
    memakainya (1 teks, mis. “0,8 %”). Di SIPD, tulis ribuan tanpa pemisah (1250) dan desimal tanpa nol
    di belakang (1,25) agar angka tidak dapat dibaca dua cara.
    """
    ind = indikator.reset_index(drop=True)
    roles = sipd_tables.TEKS_TARGET
    konv = sipd_tables.konvensi_target(ind["berkas"], [ind[c] for c in roles]).set_index("berkas")
    distinct = pd.unique(pd.concat([ind[c] for c in roles]).dropna())
    two = [t for t in distinct if sipd_tables.ambigu(t)]
    hits = pd.DataFrame({c: ind[c].isin(two).fillna(False).astype(bool) for c in roles})
    label = {"target_teks": "target", **{a: b.lower() for _, a, b in _NILAI_OUTCOME}}
    records = []
    rows = ind[hits.any(axis=1).to_numpy()]
    for berkas, group in rows.groupby("berkas", sort=False):
        k = konv.loc[berkas]
        d = str(k["desimal"])
        lain = "," if d == "." else "."
        items = [(i, c) for i in group.index for c in roles if hits.at[i, c]]
        named = []
        for i, c in items[:3]:
            r, text = ind.loc[i], str(ind.at[i, c])
            paket = _PAKET[(str(r["level"]), str(r["jenis_indikator"]))]
            named.append(f"{label[c]} \u201c{text}\u201d ({paket} {r['kode']}) {_bacaan(text, lain)} atau "
                         f"{_bacaan(text, d)}, dibaca {_bacaan(text, d)}")
        more = f"; dan {len(items) - 3} lainnya" if len(items) > 3 else ""
        if k["dasar"] == "data":
            n = int(k["suara_koma"] if d == "," else k["suara_titik"])
            sebab = (f"Dibaca dengan {_NAMA_PEMISAH[d]} sebagai pemisah desimal: target lain di berkas ini "
                     f"memakainya ({n} teks, mis. \u201c{k['contoh']}\u201d).")
        else:
            sebab = ("Target lain di berkas ini " + ("tidak menunjukkan pemisah desimalnya" if k["suara_koma"] == 0
                     else "sama banyak memakai titik dan koma sebagai pemisah desimal")
                     + ", sehingga dibaca menurut kebiasaan SIPD yang berbahasa Indonesia (koma desimal, titik "
                       "ribuan).")
        first, col = items[0]
        r = ind.loc[first]
        pesan = (f"{len(items)} angka target di berkas ini dapat dibaca dua cara: " + "; ".join(named) + more
                 + f". {sebab} Di SIPD, tulis ribuan tanpa pemisah (1250) dan desimal tanpa nol di belakang (1,25) "
                   "agar angka tidak dapat dibaca dua cara.")
        records.append(_rec("sipd_target_ambigu", "info", tabel(berkas), r["baris_sumber"], r["nama"],
                            _field(r["kolom"], sipd_tables.PERAN.index(col) - 1 if col != "target_teks" else 1),
                            None, None, pesan))
    return _frame(records, JENIS)


def target_tidak_terbaca(indikator: pd.DataFrame) -> pd.DataFrame:
    """Targets that are not a number with a unit, a rate, a salary count or a range
    (``Sesuai kebutuhan``), and indicators whose target field is empty (not an outcome:
    its end target may be left for the Renstra). An outcome's realisasi, prakiraan and
    n+1 target that do not read are reported too. Texts with ``undefined`` are left to
    ``teks_undefined`` (one finding per record)."""
    ind = indikator
    bentuk = ind["bentuk_target"].astype(object)
    unread = ((ind["target_terbaca"] == False) & (bentuk != "undefined")).fillna(False).astype(bool)  # noqa: E712
    outcome = (ind["jenis_indikator"].astype(str) == "outcome").to_numpy()
    empty = (ind["target_teks"].isna() & (ind["jumlah_target"] == 0) & ind["tolok_ukur"].notna()).to_numpy() \
        & ~outcome
    records = []
    for _, r in ind[unread.to_numpy() | empty].iterrows():
        paket = _PAKET[(str(r["level"]), str(r["jenis_indikator"]))]
        if pd.isna(r["target_teks"]):
            pesan = (f"Indikator \u201c{r['tolok_ukur']}\u201d ({paket} {r['kode']}) tidak "
                     "memiliki target di SIPD; capaiannya tidak dapat dinilai.")
        elif sipd_tables.BERGANDA.search(str(r["target_teks"])):
            pesan = (f"Target \u201c{r['target_teks']}\u201d untuk indikator \u201c{r['tolok_ukur']}\u201d "
                     f"({paket} {r['kode']}) memuat lebih dari satu target dalam satu baris (dipisah koma atau "
                     "titik koma): tidak dibaca, karena membaca satu saja akan menghilangkan yang lain; tulis satu "
                     "indikator per baris dengan targetnya di SIPD.")
        else:
            pesan = (f"Target \u201c{r['target_teks']}\u201d untuk indikator \u201c{r['tolok_ukur']}\u201d "
                     f"({paket} {r['kode']}) tidak terbaca sebagai angka dengan satuan atau "
                     "rentang; tulis satu angka (mis. \u201c30 Orang\u201d) agar capaiannya dapat dihitung.")
        records.append(_rec("sipd_target_tidak_terbaca", "peringatan", tabel(r["berkas"]), r["baris_sumber"],
                            r["nama"], _field(r["kolom"], 1), None, None, pesan))
    out = ind[outcome]
    for col, role, label in _NILAI_OUTCOME:
        text = out[role]
        bad = text.notna() & out[col].isna() & ~text.str.contains(sipd_tables.UNDEFINED).fillna(False).astype(bool)
        bad &= ~sipd_tables.read_targets(text)["bentuk"].eq("rentang").fillna(False).astype(bool)
        for _, r in out[bad.to_numpy()].iterrows():
            records.append(_rec(
                "sipd_target_tidak_terbaca", "peringatan", tabel(r["berkas"]), r["baris_sumber"], r["nama"],
                _field(r["kolom"], sipd_tables.PERAN.index(role) - 1), None, None,
                f"{label} \u201c{r[role]}\u201d untuk indikator \u201c{r['tolok_ukur']}\u201d (outcome program "
                f"{r['kode']}) tidak terbaca sebagai angka dengan satuan atau rentang."))
    return _frame(records, JENIS)


def teks_undefined(rekaman: pd.DataFrame) -> pd.DataFrame:
    """The JavaScript artefact ``undefined`` written into a record's text fields: one
    finding per record, naming every field that holds it (an empty value that SIPD's
    screen turned into text; its numbers are not read)."""
    r = rekaman.reset_index(drop=True)
    cols = [c for c in r.columns if c != "berkas" and isinstance(r[c].dtype, pd.StringDtype)]
    cells = r[cols].stack()                     # one pass over every text cell (NA left out)
    cells = cells[cells.str.contains(sipd_tables.UNDEFINED).fillna(False).to_numpy(dtype=bool)]
    fields_of = cells.index.to_frame(index=False).groupby(0, sort=True)[1].agg(list)
    records = []
    for i, fields in fields_of.items():
        records.append(_rec(
            "sipd_teks_undefined", "peringatan", tabel(r.at[i, "berkas"]), r.at[i, "baris"], r.at[i, "nama_sub_giat"],
            ", ".join(fields), None, None,
            f"Rekaman sub kegiatan {r.at[i, 'kode_sub_giat']} memuat teks \u201cundefined\u201d di "
            f"{', '.join(fields)}: isian yang kosong saat dientri dan tersimpan sebagai teks; nilainya tidak "
            "dibaca. Isi ulang di SIPD."))
    return _frame(records, JENIS)


def kode_ganda(rekaman: pd.DataFrame) -> pd.DataFrame:
    """A sub kegiatan code on more than one record of the same sub-unit (``kritis``): both
    records are counted in every sum."""
    keys = ["berkas", "kode_sub_skpd", "kode_sub_giat"]
    r = rekaman.reset_index(drop=True)
    first = r.groupby(keys, sort=False)[["baris", "rekaman", "pagu"]].transform("first")
    dup = r.duplicated(keys, keep="first")
    return _frame([_rec(
        "sipd_kode_ganda", "kritis", tabel(r.at[i, "berkas"]), r.at[i, "baris"], r.at[i, "nama_sub_giat"],
        "kode_sub_giat", r.at[i, "pagu"], first.at[i, "pagu"],
        f"Kode sub kegiatan {r.at[i, 'kode_sub_giat']} muncul lagi di sub unit {r.at[i, 'nama_sub_skpd']} "
        f"(rekaman ke-{r.at[i, 'rekaman']}, pertama di rekaman ke-{first.at[i, 'rekaman']}); kedua rekaman ikut "
        "dijumlahkan: hapus yang ganda atau perbaiki kodenya di SIPD.", pembanding=first.at[i, "baris"],
        nilai_rp=r.at[i, "pagu"])
        for i in r.index[dup.to_numpy()]], JENIS)


def pagu_perangkat_daerah(rencana: pd.DataFrame) -> pd.Series:
    """The pagu of each row's perangkat daerah (its SKPD, ``kode_skpd_induk``, sub-units
    together, across files; ``kode_skpd`` for a table without it): the sum of the
    pagu SIPD gives to its sub kegiatan (a pagu left empty adds nothing), as ``sipd_pemda``
    sums it; aligned with ``rencana``.

    >>> ren = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                     "kode_skpd": ["A", "A", "A", "B"], "pagu_rp": [30.0, 10.0, 20.0, None]})
    >>> pagu_perangkat_daerah(ren).tolist()
    [30.0, 30.0, 30.0, 0.0]
    """
    return sipd_tables.skpd_tertulis(rencana)["kode_skpd_induk"].map(pagu_skpd(rencana)).astype(float)


def pagu_skpd(rencana: pd.DataFrame) -> pd.Series:
    """The pagu of each SKPD (index ``kode_skpd_induk``; ``kode_skpd`` for a table without
    it): the sum of the pagu SIPD gives to the sub kegiatan of all its sub-units (a pagu
    left empty adds nothing).

    >>> ren = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                     "kode_skpd": ["A", "A", "A", "B"], "pagu_rp": [30.0, 10.0, 20.0, None]})
    >>> pagu_skpd(ren).to_dict()
    {'A': 30.0, 'B': 0.0}
    """
    sub = rencana["level"].astype(str) == "sub_kegiatan"
    skpd = sipd_tables.skpd_tertulis(rencana)["kode_skpd_induk"]
    return rencana["pagu_rp"].astype("Float64").where(sub).groupby(skpd).sum()


def di_bawah_materialitas(selisih: pd.Series, pagu_kantor: pd.Series, persen: float | None = None,
                          rp: float | None = None) -> pd.Series:
    """Whether a rupiah amount is below the materiality floor: smaller than ``persen`` % of
    its perangkat daerah's pagu AND smaller than ``rp`` (defaults ``config.MATERIALITAS_PERSEN``,
    ``config.MATERIALITAS_RP``, read at call time). An unknown amount is never below.

    Examples
    --------
    >>> # office Rp 10 miliar: 1 % is Rp 100 juta; the floor is the smaller of it and Rp 100 juta
    >>> di_bawah_materialitas(pd.Series([1e6, 1e9, 99e6, 100e6, None]), pd.Series([10e9] * 5)).tolist()
    [True, False, True, False, False]
    """
    persen = config.MATERIALITAS_PERSEN if persen is None else persen
    rp = config.MATERIALITAS_RP if rp is None else rp
    s = selisih.astype(float)
    return ((s < pagu_kantor.astype(float) * persen / 100) & (s < rp)).fillna(False).astype(bool)


def pagu_n_depan_berubah(rencana: pd.DataFrame, ambang: float = AMBANG_N_DEPAN_PERSEN,
                         materialitas_persen: float | None = None,
                         materialitas_rp: float | None = None) -> pd.DataFrame:
    """Sub kegiatan whose pagu n+1 differs from pagu n by more than ``ambang`` % (either way).

    ``peringatan``; ``info`` when the change (``nilai_rp``, |n+1 - n|) is below the
    materiality floor (``di_bawah_materialitas``: smaller than ``materialitas_persen`` % of
    the perangkat daerah's pagu, ``pagu_perangkat_daerah``, and than ``materialitas_rp``).
    A sub kegiatan with pagu 0 is left to ``pagu_nol`` (one finding naming its n+1), a
    negative pagu n+1 to ``nilai_negatif``; program and kegiatan are not checked (their pagu
    are the sums of their sub kegiatan: the same change)."""
    sub = rencana[rencana["level"].astype(str) == "sub_kegiatan"]
    n, n1 = sub["pagu_rp"].astype(float), sub["pagu_n_depan_rp"].astype(float)
    change = (n1 - n) / n.where(n > 0) * 100
    hit = ((change.abs() > ambang) & (n1 >= 0)).fillna(False).astype(bool)
    selisih = (n1 - n).abs()
    kantor = pagu_perangkat_daerah(rencana)[sub.index]
    kecil = di_bawah_materialitas(selisih, kantor, materialitas_persen, materialitas_rp)
    persen = config.MATERIALITAS_PERSEN if materialitas_persen is None else materialitas_persen
    rp = config.MATERIALITAS_RP if materialitas_rp is None else materialitas_rp
    records = []
    for i in sub.index[hit.to_numpy()]:
        r = sub.loc[i]
        c = change.at[i]
        pesan = (f"Pagu tahun berikutnya (n+1) {format_rupiah(r['pagu_n_depan_rp'])} "
                 f"{'naik' if c > 0 else 'turun'} {format_persen(abs(c))} dari pagu tahun ini "
                 f"{format_rupiah(r['pagu_rp'])}, melebihi ambang {format_persen(ambang, 0)}")
        if kecil.at[i]:
            pesan += (f"; selisihnya {format_rupiah(selisih.at[i])} di bawah batas materialitas (kurang dari "
                      f"{format_persen(persen, None)} pagu perangkat daerah {format_rupiah(kantor.at[i])} dan kurang "
                      f"dari {format_rupiah(rp)}): dicatat sebagai info.")
        else:
            pesan += "; periksa prakiraan maju di SIPD."
        records.append(_rec("sipd_pagu_n_depan_berubah", "info" if kecil.at[i] else "peringatan", tabel(r["berkas"]),
                            r["baris_sumber"], r["nama"], "pagu_n_depan", r["pagu_n_depan_rp"], r["pagu_rp"], pesan,
                            nilai_rp=selisih.at[i]))
    return _frame(records, JENIS)


def pagu_kosong(rencana: pd.DataFrame) -> pd.DataFrame:
    """Sub kegiatan whose pagu SIPD leaves empty (null, ``"null"``, blank): read as missing,
    never as Rp 0; the pagu of its kegiatan, program and office are the sums of the pagu
    given, so the message says they leave it out."""
    sub = rencana[(rencana["level"].astype(str) == "sub_kegiatan") & rencana["pagu_rp"].isna()]
    return _frame([_rec(
        "sipd_pagu_kosong", "peringatan", tabel(r["berkas"]), r["baris_sumber"], r["nama"], "pagu", None, None,
        f"Sub kegiatan {r['kode']} tercatat di SIPD tanpa pagu (kosong): pagunya tidak dihitung sebagai Rp 0, dan "
        f"jumlah pagu kegiatan {r['kode_kegiatan']}, programnya, dan perangkat daerahnya tidak memuatnya. Isi pagunya "
        "di SIPD, atau keluarkan sub kegiatan ini dari Renja.")
        for _, r in sub.iterrows()], JENIS)


def _where(fmt, line) -> str:
    return f"rekaman ke-{line}" if fmt == "json" else f"baris {line}"


def temuan_berkas(berkas: pd.DataFrame | None, ganda: pd.DataFrame | None = None) -> pd.DataFrame:
    """Findings of the reading account of a file or folder (``sources.sipd``): empty
    exports, copies, records counted once across files, API pages.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["a.json", "b.json"], "format": ["json", "json"], "status": ["dibaca", "kosong"],
    ...                   "jumlah_rekaman": [3, 0], "jumlah_dinyatakan": [None, None],
    ...                   "keterangan": [None, "larik JSON tanpa rekaman"]})
    >>> temuan_berkas(b)[["jenis", "tabel"]].values.tolist()
    [['sipd_berkas_kosong', 'SIPD b.json']]
    """
    if berkas is None or berkas.empty:
        return _frame([], JENIS)
    records = []
    fmt = dict(zip(berkas["berkas"], berkas["format"]))
    for _, b in berkas[berkas["status"] == "kosong"].iterrows():
        records.append(_rec(
            "sipd_berkas_kosong", "peringatan", tabel(b["berkas"]), None, None, None, 0, None,
            f"Ekspor {b['berkas']} kosong ({b['keterangan']}): tidak ada sub kegiatan yang terbaca darinya; berkas "
            "lain di folder tetap dibaca. Bila berkas ini ekspor sebuah perangkat daerah, Renja perangkat daerah itu "
            "tidak ada dalam data ini: ekspor ulang dari SIPD."))
    for _, b in berkas[berkas["status"] == "salinan"].iterrows():
        records.append(_rec(
            "sipd_berkas_salinan", "info", tabel(b["berkas"]), None, None, None, b["jumlah_rekaman"], None,
            f"Berkas {b['berkas']} {b['keterangan']}: rekamannya dihitung sekali, dari berkas itu, tidak dua kali."))
    if ganda is not None and len(ganda):
        read = set(berkas.loc[berkas["status"] == "dibaca", "berkas"])
        g = ganda[ganda["berkas"].isin(read)]
        pairs = g.groupby(["berkas", "berkas_asal"], sort=False).agg(
            n=("rekaman", "size"), baris=("baris", "first"), asal=("baris_asal", "first"),
            kode=("kode_sub_giat", "first"), nama=("nama_sub_giat", "first")).reset_index()
        for _, p in pairs.iterrows():
            records.append(_rec(
                "sipd_rekaman_antar_berkas", "peringatan", tabel(p["berkas"]), p["baris"], p["nama"],
                "kode_sub_giat", p["n"], None,
                f"{p['n']} rekaman berkas {p['berkas']} (pertama {_where(fmt.get(p['berkas']), p['baris'])}, sub "
                f"kegiatan {p['kode']}) juga ada di {p['berkas_asal']} (pertama di "
                f"{_where(fmt.get(p['berkas_asal']), p['asal'])}) dengan isi sama (sub kegiatan, sub unit, tahun, "
                f"nama, indikator, pagu): dihitung sekali, dari {p['berkas_asal']}. Dua ekspor yang tumpang tindih: "
                "periksa apakah salah satunya ekspor lama.", pembanding=p["asal"]))
    declared = berkas["jumlah_dinyatakan"]
    partial = berkas[declared.notna() & (berkas["status"] != "salinan")
                     & (declared != berkas["jumlah_rekaman"]).fillna(False).astype(bool)]
    for _, b in partial.iterrows():
        n, m = int(b["jumlah_rekaman"]), int(b["jumlah_dinyatakan"])
        inti = (f"memuat {n} dari {m} rekaman yang dinyatakan respons SIPD-nya (recordsFiltered/recordsTotal): satu "
                "halaman dari respons yang lebih panjang; rekaman lainnya tidak ada di berkas ini. Unduh semua "
                "halamannya agar jumlah sub kegiatan dan pagu lengkap."
                if m > n else f"memuat {n} rekaman, lebih banyak daripada {m} yang dinyatakan respons SIPD-nya.")
        records.append(_rec("sipd_ekspor_sebagian", "peringatan", tabel(b["berkas"]), None, None,
                            "recordsFiltered", m, n, f"Berkas {b['berkas']} {inti}"))
    return _frame(records, JENIS)


def _dengan_ganda(rekaman: pd.DataFrame, berkas: pd.DataFrame | None, ganda: pd.DataFrame | None) -> pd.DataFrame:
    """The records of every file read, as the file holds them: those counted, and those of
    a file read (not a copy) that an earlier file holds too. A file's stated totals cover
    all its records."""
    if ganda is None or not len(ganda) or berkas is None:
        return rekaman
    read = berkas.loc[berkas["status"] == "dibaca", "berkas"]
    extra = ganda[ganda["berkas"].isin(set(read))].reindex(columns=rekaman.columns)   # no SKPD columns: not needed
    order = {name: i for i, name in enumerate(berkas["berkas"])}
    out = pd.concat([rekaman, extra], ignore_index=True)
    return out.assign(_o=out["berkas"].map(order)).sort_values(["_o", "rekaman"], kind="stable") \
        .drop(columns="_o").reset_index(drop=True)


# --- pagu against its ceilings: pagu_indikatif per record and sub-unit, set_pagu_skpd per SKPD ---

def _induk(r: pd.DataFrame) -> pd.DataFrame:
    """Records with the SKPD of their sub-unit (``tables.sipd.dengan_skpd_induk`` when not there)."""
    return r if "kode_skpd_induk" in r else sipd_tables.dengan_skpd_induk(r)


def pagu_beda_indikatif(rekaman: pd.DataFrame, toleransi: float = TOLERANSI_RP) -> pd.DataFrame:
    """Sub kegiatan whose ``pagu`` differs from their ``pagu_indikatif`` (both given), one
    finding per record naming both and the difference (``nilai_dokumen`` the pagu
    indikatif, ``nilai_hitung`` the pagu: the rupiah at stake is their difference):
    ``peringatan`` when pagu is above its indicative ceiling, ``info`` when below.

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["a.json"], "baris": [2], "kode_sub_giat": ["1.02.02.2.01.0001"],
    ...                   "nama_sub_giat": ["Obat"], "nama_sub_skpd": ["DINAS"], "pagu": [300.0],
    ...                   "pagu_indikatif": [400.0]})
    >>> pagu_beda_indikatif(r)[["tingkat", "nilai_dokumen", "nilai_hitung"]].values.tolist()
    [['info', 400.0, 300.0]]
    """
    r = rekaman.reset_index(drop=True)
    pagu, ind = r["pagu"].astype("Float64"), r["pagu_indikatif"].astype("Float64")
    hit = ((pagu - ind).abs() > toleransi).fillna(False).to_numpy(dtype=bool)
    records = []
    for i in r.index[hit]:
        p, q = float(pagu.at[i]), float(ind.at[i])
        atas = p > q
        records.append(_rec(
            "sipd_pagu_beda_indikatif", "peringatan" if atas else "info", tabel(r.at[i, "berkas"]), r.at[i, "baris"],
            r.at[i, "nama_sub_giat"], "pagu", q, p,
            f"Sub kegiatan {r.at[i, 'kode_sub_giat']} di sub unit {r.at[i, 'nama_sub_skpd']}: pagu {format_rupiah(p)}, "
            f"{'di atas' if atas else 'di bawah'} pagu indikatifnya {format_rupiah(q)} (selisih "
            f"{format_rupiah(abs(p - q))}). Jumlah-jumlah memakai pagu; pagu yang bergeser dari pagu indikatif "
            + ("melampaui plafon indikatifnya: pastikan pergeserannya disetujui." if atas else
               "perlu dicatat ke mana selisihnya dialihkan."), nilai_rp=abs(p - q)))
    return _frame(records, JENIS)


def pagu_sub_unit_beda_indikatif(rekaman: pd.DataFrame, toleransi: float = TOLERANSI_RP) -> pd.DataFrame:
    """Sub-units whose pagu, summed over their sub kegiatan, differs from their summed
    ``pagu_indikatif`` (``peringatan``; records with both given), naming where the money
    went: the other sub-units of the same SKPD (``kode_skpd_induk``) that differ the other
    way, closest amount first, and whether the SKPD as a whole stays at its indicative
    total. ``nilai_dokumen`` is the sub-unit's pagu indikatif, ``nilai_hitung`` its pagu
    (the rupiah at stake: their difference); ``baris_pembanding`` the first record of the
    sub-unit named first when it is in the same file (the message names it either way)."""
    r = _induk(rekaman.reset_index(drop=True))
    both = r["pagu"].notna() & r["pagu_indikatif"].notna()
    r = r[both.to_numpy(dtype=bool)]
    if not len(r):
        return _frame([], JENIS)
    g = r.groupby(["berkas", "kode_sub_skpd"], sort=False).agg(
        induk=("kode_skpd_induk", "first"), nama_induk=("nama_skpd_induk", "first"), nama=("nama_sub_skpd", "first"),
        baris=("baris", "first"), pagu=("pagu", "sum"), indikatif=("pagu_indikatif", "sum")).reset_index()
    g["selisih"] = g["pagu"].astype(float) - g["indikatif"].astype(float)
    g["neto"] = g.groupby("induk", sort=False)["selisih"].transform("sum")
    records = []
    for _, u in g[(g["selisih"].abs() > toleransi).to_numpy(dtype=bool)].iterrows():
        d = float(u["selisih"])
        lain = g[(g["induk"] == u["induk"]) & (g["selisih"] * d < 0) & (g["selisih"].abs() > toleransi)]
        lain = lain.assign(_jarak=(lain["selisih"] + d).abs()).sort_values(["_jarak", "kode_sub_skpd"], kind="stable")
        arah = "di atas" if d > 0 else "di bawah"
        pesan = (f"Sub unit {u['nama']} ({u['kode_sub_skpd']}): jumlah pagu sub kegiatannya {format_rupiah(u['pagu'])}, "
                 f"{arah} jumlah pagu indikatifnya {format_rupiah(u['indikatif'])} sebesar {format_rupiah(abs(d))}.")
        if len(lain):
            pesan += (" Di SKPD yang sama (" + str(u["nama_induk"]) + "), "
                      + "; ".join(f"sub unit {x['nama']} {'di atas' if x['selisih'] > 0 else 'di bawah'} pagu "
                                  f"indikatifnya sebesar {format_rupiah(abs(x['selisih']))}"
                                  for _, x in lain.head(3).iterrows())
                      + (f" (dan {len(lain) - 3} sub unit lain)" if len(lain) > 3 else "") + ".")
        if abs(float(u["neto"])) <= toleransi:
            pesan += (f" Jumlah pagu SKPD {u['nama_induk']} sama dengan jumlah pagu indikatifnya: pagu bergeser "
                      "antarsub unit, jumlah SKPD tetap; pastikan pergeseran itu disetujui.")
        else:
            n = float(u["neto"])
            pesan += (f" SKPD {u['nama_induk']} secara keseluruhan {'di atas' if n > 0 else 'di bawah'} pagu "
                      f"indikatifnya sebesar {format_rupiah(abs(n))}.")
        # the line of the sub-unit named first, when it stands in the same file (the schema has no file for it)
        pembanding = lain["baris"].iloc[0] if len(lain) and lain["berkas"].iloc[0] == u["berkas"] else None
        records.append(_rec("sipd_pagu_sub_unit_beda_indikatif", "peringatan", tabel(u["berkas"]), u["baris"],
                            u["nama"], "pagu", float(u["indikatif"]), float(u["pagu"]), pesan, pembanding=pembanding,
                            nilai_rp=abs(d)))
    return _frame(records, JENIS)


def pagu_skpd_beda(rekaman: pd.DataFrame, daftar_skpd: pd.DataFrame | None,
                   toleransi: float = TOLERANSI_RP) -> pd.DataFrame:
    """Each SKPD's pagu (summed over the sub kegiatan of all its sub-units,
    ``kode_skpd_induk``) against its ceiling ``set_pagu_skpd`` in SIPD's SKPD list (the
    SKPD's own row, ``id_unit`` equal to ``id_skpd``): ``kritis`` above the ceiling,
    ``info`` below it. A ceiling of 0 or none is not compared (not set). The finding
    stands at the SKPD's first record; ``nilai_dokumen`` is the ceiling, ``nilai_hitung``
    the pagu (the rupiah at stake: their difference)."""
    if daftar_skpd is None or not len(daftar_skpd):
        return _frame([], JENIS)
    r = _induk(rekaman.reset_index(drop=True))
    heads = daftar_skpd[(daftar_skpd["id_skpd"] == daftar_skpd["id_unit"]).fillna(False).to_numpy(dtype=bool)]
    heads = heads[(heads["set_pagu_skpd"] > 0).fillna(False).to_numpy(dtype=bool)].drop_duplicates("kode_skpd")
    own = r["kode_sub_skpd"] == r["kode_skpd_induk"]
    first = r.assign(_own=~own).sort_values("_own", kind="stable").drop_duplicates("kode_skpd_induk")
    g = r.groupby("kode_skpd_induk", sort=False).agg(
        pagu=("pagu", lambda s: s.sum(min_count=1)), indikatif=("pagu_indikatif", lambda s: s.sum(min_count=1)),
        n=("pagu", "size"), units=("kode_sub_skpd", "nunique")).join(first.set_index("kode_skpd_induk")[
            ["berkas", "baris", "nama_skpd_induk"]])
    g = g.join(heads.set_index("kode_skpd")[["set_pagu_skpd", "berkas", "baris"]]
               .rename(columns={"berkas": "berkas_daftar", "baris": "baris_daftar"}), how="inner")
    records = []
    for kode, u in g[((g["pagu"] - g["set_pagu_skpd"]).abs() > toleransi).fillna(False).to_numpy(dtype=bool)].iterrows():
        p, c = float(u["pagu"]), float(u["set_pagu_skpd"])
        atas = p > c
        ind = "" if pd.isna(u["indikatif"]) else f"; jumlah pagu indikatifnya {format_rupiah(u['indikatif'])}"
        records.append(_rec(
            "sipd_pagu_skpd_beda", "kritis" if atas else "info", tabel(u["berkas"]), u["baris"], u["nama_skpd_induk"],
            "set_pagu_skpd", c, p,
            f"SKPD {u['nama_skpd_induk']} ({kode}): jumlah pagu {u['n']} sub kegiatan dari {u['units']} sub unitnya "
            f"{format_rupiah(p)}, {'melampaui' if atas else 'di bawah'} pagu SKPD (plafonnya) "
            f"{format_rupiah(c)} di daftar SKPD {u['berkas_daftar']} (urutan ke-{u['baris_daftar']}) sebesar "
            f"{format_rupiah(abs(p - c))}{ind}. "
            + ("Pagu SKPD adalah plafon yang ditetapkan: kurangi pagu sub kegiatan atau minta plafon diubah."
               if atas else "Sisa plafon belum dialokasikan ke sub kegiatan."), nilai_rp=abs(p - c)))
    return _frame(records, JENIS)


def semua_temuan(rekaman: pd.DataFrame, rencana: pd.DataFrame, indikator: pd.DataFrame,
                 pemetaan: pd.DataFrame | None = None, berkas: pd.DataFrame | None = None,
                 ganda: pd.DataFrame | None = None, daftar_skpd: pd.DataFrame | None = None,
                 materialitas_persen: float | None = None, materialitas_rp: float | None = None,
                 packs: list | None = None) -> pd.DataFrame:
    """Every SIPD finding, ordered by type, file and record (``pemetaan``: the indicator
    mapping the tables were built with, ``tables.sipd.pemetaan_indikator``; computed when
    not given; ``berkas`` and ``ganda``: the reading account of a folder and the records
    counted once across files; ``daftar_skpd``: SIPD's SKPD list, for the SKPD ceilings;
    ``packs``: ``tables.sipd.indicator_packs`` of the records, when the caller has them).

    ``berkas`` and ``ganda`` are the reading account of ``sources.sipd`` (what was read
    from which file); without them the account's findings are left out.
    ``materialitas_persen`` and ``materialitas_rp``: the materiality floor of the pagu n+1
    changes (``pagu_n_depan_berubah``; defaults ``config.MATERIALITAS_PERSEN``, ``config.MATERIALITAS_RP``).

    Examples
    --------
    >>> from renja_analysis import load_sipd
    >>> from renja_analysis.config import ROOT
    >>> t = load_sipd(ROOT / "tests" / "data" / "sipd").temuan
    >>> t["jenis"].value_counts(sort=False)[lambda s: s > 0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'sipd_jumlah_tidak_cocok': 2, 'sipd_kode_placeholder': 3, 'sipd_pagu_nol': 7,
     'sipd_indikator_tidak_berpasangan': 1, 'sipd_target_tidak_terbaca': 1, 'sipd_kode_ganda': 1,
     'sipd_pagu_n_depan_berubah': 2}
    """
    pemetaan = sipd_tables.pemetaan_indikator(rekaman) if pemetaan is None else pemetaan
    packs = sipd_tables.indicator_packs(rekaman, pemetaan) if packs is None else packs
    parts = [jumlah_tidak_cocok(_dengan_ganda(rekaman, berkas, ganda)), kode_placeholder(rencana), pagu_nol(rencana),
             pagu_negatif(rencana), pemetaan_indikator(rekaman, pemetaan), indikator_tidak_berpasangan(rekaman, packs=packs),
             indikator_tidak_seragam(rekaman, packs=packs), target_tidak_terbaca(indikator), target_ambigu(indikator),
             teks_undefined(rekaman),
             kode_ganda(rekaman),
             pagu_n_depan_berubah(rencana, materialitas_persen=materialitas_persen, materialitas_rp=materialitas_rp),
             pagu_kosong(rencana), temuan_berkas(berkas, ganda),
             pagu_beda_indikatif(rekaman), pagu_sub_unit_beda_indikatif(rekaman), pagu_skpd_beda(rekaman, daftar_skpd)]
    return gabung(*parts, jenis=JENIS, urut=("jenis", "tabel", "baris_sumber"))


__all__ = ["AMBANG_N_DEPAN_PERSEN", "berkas_dari_tabel", "di_bawah_materialitas", "indikator_tidak_berpasangan",
           "indikator_tidak_seragam", "jumlah_tidak_cocok", "kode_ganda", "kode_placeholder", "kode_terselesaikan",
           "pagu_beda_indikatif", "pagu_kosong", "pagu_n_depan_berubah", "pagu_nol", "pagu_perangkat_daerah",
           "pagu_skpd", "pagu_skpd_beda", "pagu_sub_unit_beda_indikatif", "pemetaan_indikator", "semua_temuan", "tabel",
           "target_ambigu", "target_tidak_terbaca",
           "temuan_berkas", "teks_undefined"]
