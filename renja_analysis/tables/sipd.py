"""SIPD records (``sources.sipd``) -> the tidy tables ``sipd_rencana`` and ``sipd_indikator``.

A SIPD record is one sub kegiatan with its program and kegiatan repeated on it. The
rencana table has one row per program, kegiatan and sub kegiatan of each sub-unit
(``kode_sub_skpd``) of each file, in hierarchical order (sub-units, programs and
kegiatan in the order they first appear, sub kegiatan in record order); the pagu of a
program or kegiatan is the sum of its sub kegiatan (what SIPD states as a total is
checked against it by ``findings.sipd``).

**Which fields hold which level's indicator** is decided per export from the data
(``pemetaan_indikator``). SIPD-RI's Renja export writes the sub kegiatan's output in
``tolak_ukur_output`` / ``target_teks_output`` / ``satuan_output`` and the kegiatan's
indicator in ``tolok_ukur_sub`` / ``target_sub_teks`` / ``satuan_sub``; other endpoints
use the same names the other way round. The rule: within one kegiatan of one
sub-unit, the indicator of the sub kegiatan differs between its records and the
kegiatan's is the same on all of them. So a kegiatan with at least two records whose
output fields differ while its sub fields do not is evidence that the output fields
are the sub kegiatan's, and the other way round; the side with more kegiatan wins.
A file without evidence (one sub kegiatan per kegiatan everywhere) or with as much
evidence for both takes the decision of the other files read with it when they agree
(``dasar`` "pemda"), else the documented default, the names read literally: the
``*_sub`` fields are the sub kegiatan's (``BAWAAN``; ``dasar`` "bawaan"). Findings say
when the data did not decide (``sipd_pemetaan_indikator``); every indicator row names
the field it came from (``sumber_kolom``).

The program has two packs: its capaian this year (``tolak_ukur_capaian`` /
``target_teks_capaian`` / ``satuan_capaian``) and its outcome (``indikator_outcome``
with ``target_akhir``, the end-of-Renstra target, ``realisasi_capaian``, ``prakiraan``
and ``target_maju_1``, the n+1 target).

Indicators come packed: several names in one field, one per line, with their targets
and units packed the same way (``"0,8 %\\n100 %"``). The indikator table has one row
per indicator after unpacking, pairing names, targets and units by position; the
counts of each are kept so that packs that do not pair up can be reported
(``berpasangan`` False: targets given but not one per name, units given but not one
per indicator, or an outcome's realisasi, prakiraan or n+1 target given but not one
per indicator; names without any target are a missing target, not a pairing). A
target is read from its text as SIPD writes it (``parse_target``), and the text is
kept as written.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..names import LEVELS
from ..numbers import cell_convention, parse_number
from ._common import FLOAT, INT, STRING, level_series

#: The output fields and the sub fields, by role (name, target, unit).
OUTPUT = ("tolak_ukur_output", "target_teks_output", "satuan_output")
SUB = ("tolok_ukur_sub", "target_sub_teks", "satuan_sub")
#: The documented default when the data cannot decide: the field that holds the sub
#: kegiatan's indicator name (the ``*_sub`` fields read literally).
BAWAAN = "tolok_ukur_sub"
#: The roles of a packed indicator's fields, as ``sipd_indikator`` columns.
PERAN = ("tolok_ukur", "target_teks", "satuan_teks", "realisasi_teks", "prakiraan_teks", "target_n_depan_teks")
#: The program's packs: (jenis_indikator, SIPD field per role, None where SIPD has none).
PROGRAM = (
    ("capaian", ("tolak_ukur_capaian", "target_teks_capaian", "satuan_capaian", None, None, None)),
    ("outcome", ("indikator_outcome", "target_akhir", None, "realisasi_capaian", "prakiraan", "target_maju_1")),
)
#: How each role is named in a message (Indonesian), by jenis_indikator.
NAMA_PERAN = {
    "capaian": ("tolok ukur", "target", "satuan"),
    "keluaran": ("tolok ukur", "target", "satuan"),
    "outcome": ("indikator", "target akhir", None, "realisasi", "prakiraan", "target tahun berikutnya"),
}
#: How a target text was read (``bentuk_target``).
BENTUK = ("angka", "rentang", "rasio", "gaji", "undefined", "tidak_terbaca")
#: Columns copied from the record to every rencana row.
_UNIT = ["berkas", "tahun", "kode_skpd", "nama_skpd", "kode_sub_skpd", "nama_sub_skpd", "kode_urusan",
         "nama_urusan", "kode_bidang_urusan", "nama_bidang_urusan", "kode_skpd_induk", "nama_skpd_induk",
         "dasar_skpd"]
#: The columns of ``skpd_induk``: the SKPD each sub-unit of each file belongs to, and the rule that said so.
INDUK = ["berkas", "kode_sub_skpd", "nama_sub_skpd", "kode_skpd_induk", "nama_skpd_induk", "dasar_skpd"]
#: The rules that decide a sub-unit's SKPD (``dasar_skpd``), strongest first.
DASAR_SKPD = ("daftar_skpd", "berkas", "kode", "rekaman")
RENCANA = ["urutan"] + _UNIT + [
    "level", "kode", "nama", "kode_program", "kode_kegiatan", "pagu_rp", "pagu_indikatif_rp",
    "pagu_n_depan_rp", "jumlah_sub_kegiatan", "sumber_dana", "lokasi", "kelompok_sasaran", "baris_sumber"]
INDIKATOR_KOLOM = [
    "urutan", "urutan_rencana", "berkas", "kode_skpd", "kode_sub_skpd", "level", "kode", "nama",
    "jenis_indikator", "urutan_indikator", "jumlah_tolok_ukur", "jumlah_target", "jumlah_satuan", "berpasangan",
    "sumber_kolom", "kolom", "tolok_ukur", "target_teks", "satuan_teks", "target", "target_min", "target_max",
    "satuan", "target_terbaca", "bentuk_target", "realisasi_teks", "realisasi", "prakiraan_teks", "prakiraan",
    "target_n_depan_teks", "target_n_depan", "baris_sumber"]
#: The columns of ``pemetaan_indikator``.
PEMETAAN = ["berkas", "indikator_sub_kegiatan", "indikator_kegiatan", "dasar", "kegiatan_diuji", "bukti_output",
            "bukti_sub", "keduanya_berubah", "baris_bertentangan"]

_ANGKA = r"[+-]?\d[\d.,]*"
_RENTANG = re.compile(rf"^(?P<a>{_ANGKA})\s*(?:-|\u2013|\u2014|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*"
                      rf"(?P<b>{_ANGKA})\s*(?P<unit>.*)$", re.IGNORECASE)
_TUNGGAL = re.compile(rf"^(?P<a>{_ANGKA})\s*(?P<unit>.*)$")
#: A rate base: 1000, 10000 ... or 1.000, 100.000, 1.000.000 (never 100: that would guess).
_BASIS = r"10{3,}|10{0,2}(?:[.,]000)+"
_RASIO = re.compile(rf"^(?P<a>{_ANGKA})\s*(?:/|per\s)?\s*(?P<basis>{_BASIS})\s+(?P<unit>[^\W\d].*)$",
                    re.IGNORECASE)
_SATUAN_RASIO = re.compile(rf"^(?:per\s+)?(?P<basis>{_BASIS})\s+(?P<unit>[^\W\d].*)$", re.IGNORECASE)
#: People over the 12-14 salary payments of a year: "35/14 Orang/bulan".
_GAJI = re.compile(r"^(?P<a>\d+)\s*/\s*(?P<b>1[234])\s*(?P<unit>[^\W\d].*)$")
UNDEFINED = re.compile(r"(?i)\bundefined\b")
#: Two targets packed in one text, "30 Orang, 2 Dokumen": a unit (not a digit), then a comma or semicolon and
#: another number. Read as one, the second would be lost: not read (``tidak_terbaca``).
BERGANDA = re.compile(r"[^\d\s][ \t]*[,;]\s*[+-]?\d")
#: The decimal separator of a target text whose file shows none (``konvensi_target``): SIPD-RI is
#: an Indonesian-locale system, where ``1.250`` is 1250 and ``1,250`` is 1,25.
DESIMAL_BAWAAN = ","
_ANGKA_TEKS = re.compile(r"\d[\d.,]*\d|\d")
#: What a unit's text may end with that is no part of the unit: a comma or semicolon (``12 Dokumen,``),
#: with a lone dash after it (``1 Paket, -``).
_EKOR_SATUAN = re.compile(r"(?<![\s,;])[\s,;]+(?:-[\s,;]*)*$")


def _satuan(unit: str) -> str | None:
    """A unit as written, without a trailing comma or semicolon (``_EKOR_SATUAN``); None when empty.

    >>> _satuan("Dokumen,"), _satuan("%;"), _satuan("Paket, -"), _satuan("Orang/bulan"), _satuan(",")
    ('Dokumen', '%', 'Paket', 'Orang/bulan', None)
    """
    return _EKOR_SATUAN.sub("", unit) or None


def _number(text: str, decimal: str | None = None) -> float | None:
    try:
        return parse_number(text.rstrip(".,"), decimal)
    except ValueError:        # NumberRangeError included: beyond 10^15 is not a target
        return None


def _read(s: str, decimal: str | None = None) -> tuple:
    """A target text without artefacts: (target, min, max, unit, readable, bentuk)."""
    nan = float("nan")
    if BERGANDA.search(s):
        return nan, nan, nan, None, False, "tidak_terbaca"
    m = _RENTANG.match(s)
    if m:
        a, b = _number(m["a"], decimal), _number(m["b"], decimal)
        if a is not None and b is not None and not re.match(r"[\d/]", m["unit"]):
            return nan, min(a, b), max(a, b), _satuan(m["unit"]), True, "rentang"
    m = _RASIO.match(s)
    if m and _number(m["a"], decimal) is not None:
        a = _number(m["a"], decimal)
        return a, a, a, f"per {m['basis']} {_satuan(m['unit'])}", True, "rasio"
    m = _GAJI.match(s)
    if m and "bulan" in m["unit"].casefold():
        a = float(m["a"])
        return a, a, a, _satuan(m["unit"]), True, "gaji"
    m = _TUNGGAL.match(s)
    if m and not re.match(r"[\d/(-]", m["unit"]):
        a = _number(m["a"], decimal)
        if a is not None:
            return a, a, a, _satuan(m["unit"]), True, "angka"
    return nan, nan, nan, None, False, "tidak_terbaca"


def _parse(text, decimal: str | None = None) -> tuple:
    """``parse_target`` with the form it was read in (``BENTUK``, None for no text)."""
    nan = float("nan")
    if text is None or pd.isna(text) or not str(text).strip():
        return nan, nan, nan, None, pd.NA, None
    s = " ".join(str(text).split())
    if UNDEFINED.search(s):
        s = " ".join(UNDEFINED.sub(" ", s).split())
        return (nan, nan, nan, None, pd.NA) + ("undefined",) if not s else _read(s, decimal)[:5] + ("undefined",)
    return _read(s, decimal)


def parse_target(text, decimal: str | None = None) -> tuple:
    """Read a SIPD target text: ``(target, target_min, target_max, unit, readable)``.

    A single number gives ``target = target_min = target_max``; a range (``4.43-4.47``,
    ``10 s.d. 12``) gives its bounds and ``target`` NA. Both decimal conventions are
    read (``0,8`` and ``4.43``). A single separator before three digits reads two ways
    (``1,250``: 1250 or 1,25; ``ambigu``): ``decimal`` decides it (``'.'`` or ``','``, the
    convention of the target's file: ``konvensi_target``); without it the separator is a
    thousands separator (``1.240`` is 1240). Two targets in one text (``30 Orang, 2
    Dokumen``) are not read: one of them would be lost. SIPD's own ways of writing a
    target are read too:

    - a rate whose unit starts with its base, ``8 1000 KH`` (8 per 1,000 live births):
      target 8, unit ``per 1000 KH`` (bases 1000, 10.000, 100.000 ...; never 100);
    - the salary convention ``35/14 Orang/bulan`` (35 people, 14 payments a year; 12 to
      14, with a unit naming months): target 35, unit as written;
    - the JavaScript artefact ``undefined`` is no value: alone it is no target (readable
      NA), beside a number (``12 undefined``) it is left out.

    Any other text (``Sesuai kebutuhan``, ``1/2 Dokumen``) is not readable: all NA,
    ``readable`` False. A missing text gives all NA and ``readable`` NA.

    Examples
    --------
    >>> parse_target("2 Dokumen")
    (2.0, 2.0, 2.0, 'Dokumen', True)
    >>> parse_target("60,31 %")
    (60.31, 60.31, 60.31, '%', True)
    >>> parse_target("4.43-4.47")
    (nan, 4.43, 4.47, None, True)
    >>> parse_target("80 100.000 KH")
    (80.0, 80.0, 80.0, 'per 100.000 KH', True)
    >>> parse_target("35/14 Orang/bulan")
    (35.0, 35.0, 35.0, 'Orang/bulan', True)
    >>> parse_target("Sesuai kebutuhan")
    (nan, nan, nan, None, False)
    >>> parse_target("30 Orang, 2 Dokumen")
    (nan, nan, nan, None, False)
    >>> parse_target("12 Dokumen, "), parse_target("85 %;")
    ((12.0, 12.0, 12.0, 'Dokumen', True), (85.0, 85.0, 85.0, '%', True))
    >>> parse_target("1,250 Km", decimal=","), parse_target("1.250 Orang", decimal=",")
    ((1.25, 1.25, 1.25, 'Km', True), (1250.0, 1250.0, 1250.0, 'Orang', True))
    >>> parse_target("undefined")
    (nan, nan, nan, None, <NA>)
    >>> parse_target(None)
    (nan, nan, nan, None, <NA>)
    """
    return _parse(text, decimal)[:5]


def ambigu(text) -> bool:
    """True when a target text reads to other values in the two decimal conventions
    (``1,250 Km``: 1250 or 1,25), so that its file's convention decides it.

    Examples
    --------
    >>> [ambigu(t) for t in ["1,250 Km", "12.450 Orang", "0,8 %", "1.234,56 Ha", "80 100.000 KH", None]]
    [True, True, False, False, False, False]
    """
    a, b = _parse(text, "."), _parse(text, ",")
    return any(not (x == y or (x != x and y != y)) for x, y in zip(a[:3], b[:3]))


def suara_desimal(text) -> str | None:
    """The decimal separator a target text shows unambiguously (``'.'``, ``','``), None when
    it shows none or both (a vote of ``konvensi_target``).

    Examples
    --------
    >>> [suara_desimal(t) for t in ["0,8 %", "4.43-4.47", "1.000.000 Jiwa", "1,250 Km", "12 Unit", None]]
    [',', '.', ',', None, None, None]
    """
    if text is None or pd.isna(text):
        return None
    shown = {c for c in map(cell_convention, _ANGKA_TEKS.findall(str(text))) if c is not None}
    return shown.pop() if len(shown) == 1 else None


#: The columns of ``konvensi_target``.
KONVENSI = ["berkas", "desimal", "dasar", "suara_titik", "suara_koma", "contoh"]
#: The target texts a file's decimal convention is read from (``sipd_indikator`` columns).
TEKS_TARGET = ["target_teks", "realisasi_teks", "prakiraan_teks", "target_n_depan_teks"]


def konvensi_target(berkas: pd.Series, texts: list[pd.Series]) -> pd.DataFrame:
    """The decimal separator of each file's target texts, for the texts that read two ways
    (``ambigu``): the one more of its other target texts show unambiguously (``dasar``
    ``data``; ``0,8 %`` votes a comma, ``4.43`` a point), else, no text showing one or
    as many each way, SIPD's Indonesian locale (``DESIMAL_BAWAAN``, ``dasar`` ``bawaan``).
    ``contoh`` is a text of the winning side. One row per file, in order of appearance.

    Examples
    --------
    >>> b = pd.Series(["a.json", "a.json", "b.json"])
    >>> t = pd.Series(["1,250 Km", "99.5 %", "1.250 Orang"])
    >>> konvensi_target(b, [t]).values.tolist()
    [['a.json', '.', 'data', 1, 0, '99.5 %'], ['b.json', ',', 'bawaan', 0, 0, <NA>]]
    """
    frames = [pd.DataFrame({"berkas": berkas.astype(STRING).to_numpy(), "teks": t.astype(STRING).to_numpy()})
              for t in texts]
    every = pd.concat(frames, ignore_index=True).dropna(subset=["teks"])
    files = pd.Series(pd.unique(berkas.astype(STRING).dropna()), dtype=STRING)
    distinct = every["teks"].drop_duplicates()
    vote = every["teks"].map(pd.Series([suara_desimal(t) for t in distinct], index=distinct.to_numpy(),
                                       dtype=object))
    every = every.assign(_v=vote.to_numpy())
    titik = every[every["_v"] == "."].groupby("berkas", sort=False)
    koma = every[every["_v"] == ","].groupby("berkas", sort=False)
    n_titik = files.map(titik.size()).fillna(0).astype(int)
    n_koma = files.map(koma.size()).fillna(0).astype(int)
    data = n_titik != n_koma
    desimal = pd.Series(np.where(n_titik > n_koma, ".", np.where(data, ",", DESIMAL_BAWAAN)), dtype=STRING)
    contoh = pd.Series(np.where(n_titik > n_koma, files.map(titik["teks"].first()),
                                files.map(koma["teks"].first())), dtype=object)
    out = pd.DataFrame({"berkas": files, "desimal": desimal,
                        "dasar": pd.Series(np.where(data, "data", "bawaan"), dtype=STRING),
                        "suara_titik": n_titik.astype(INT), "suara_koma": n_koma.astype(INT),
                        "contoh": contoh.where(data.to_numpy(), None).astype(STRING)})
    return out[KONVENSI]


def read_units(s: pd.Series) -> pd.Series:
    """Unit texts as read: a rate base written as the unit's start is a rate (``1000 KH``
    -> ``per 1000 KH``), ``undefined`` is no unit (NA), a trailing comma or semicolon is no
    part of it (``Dokumen,``).

    Examples
    --------
    >>> read_units(pd.Series(["1000 KH", "100.000 KH", "Dokumen,", "undefined"])).tolist()
    ['per 1000 KH', 'per 100.000 KH', 'Dokumen', <NA>]
    """
    s = s.astype(STRING).str.replace(UNDEFINED, " ", regex=True).str.split().str.join(" ").astype(STRING)
    s = s.str.replace(_EKOR_SATUAN, "", regex=True)
    s = s.mask(s.str.len() == 0)
    rate = s.str.match(_SATUAN_RASIO).fillna(False).astype(bool)
    return s.mask(rate, "per " + s.str.replace(r"(?i)^per\s+", "", regex=True))


def read_targets(texts: pd.Series, decimal: pd.Series | None = None) -> pd.DataFrame:
    """``parse_target`` over a column, once per distinct text (targets repeat a lot):
    ``target``, ``target_min``, ``target_max``, ``satuan``, ``terbaca``, ``bentuk``;
    ``decimal``, aligned with ``texts``, the decimal separator of each text's file
    (``konvensi_target``) for the texts that read two ways.

    Examples
    --------
    >>> read_targets(pd.Series(["8 1000 KH", "10-15", None]))[["target", "target_max", "bentuk"]].values.tolist()
    [[8.0, 8.0, 'rasio'], [<NA>, 15.0, 'rentang'], [<NA>, <NA>, <NA>]]
    """
    distinct = texts.dropna().unique()
    if not len(distinct):
        na = pd.Series(pd.NA, index=texts.index)
        return pd.DataFrame({"target": na.astype(FLOAT), "target_min": na.astype(FLOAT), "target_max": na.astype(FLOAT),
                             "satuan": na.astype(STRING), "terbaca": na.astype("boolean"), "bentuk": na.astype(STRING)})
    cols = ["target", "target_min", "target_max", "satuan", "terbaca", "bentuk"]
    table = pd.DataFrame([_parse(t) for t in distinct], columns=cols, index=distinct)
    out = pd.DataFrame(index=texts.index)
    for col in ("target", "target_min", "target_max"):
        out[col] = pd.to_numeric(texts.map(table[col]), errors="coerce").astype(FLOAT)
    out["satuan"] = texts.map(table["satuan"]).astype(STRING)
    out["terbaca"] = texts.map(table["terbaca"]).astype("boolean")
    out["bentuk"] = texts.map(table["bentuk"]).astype(STRING)
    if decimal is not None:                 # the texts that read two ways, in their file's convention
        two = [t for t in distinct if ambigu(t)]
        pick = texts.isin(two).fillna(False).astype(bool).to_numpy() & decimal.notna().to_numpy()
        if pick.any():
            pairs = pd.DataFrame({"t": texts[pick].to_numpy(), "d": decimal[pick].astype(str).to_numpy()})
            read = pairs.drop_duplicates()
            values = pd.DataFrame([_parse(t, d) for t, d in read.itertuples(index=False)], columns=cols)
            values.index = pd.MultiIndex.from_frame(read)
            again = values.reindex(pd.MultiIndex.from_frame(pairs))
            where = pd.Series(pick, index=out.index)
            for col in ("target", "target_min", "target_max"):
                value = pd.Series(pd.to_numeric(again[col], errors="coerce").to_numpy(), index=out.index[pick])
                out[col] = out[col].mask(where, value.reindex(out.index)).astype(FLOAT)
    return out


# --- the SKPD of each sub-unit ----------------------------------------------------------------

#: The last part of an office's own code: SIPD numbers an SKPD's units ``.0001`` onward.
_KODE_INDUK = r"\.0+$"


def skpd_induk(rekaman: pd.DataFrame, daftar_skpd: pd.DataFrame | None = None) -> pd.DataFrame:
    """The SKPD (perangkat daerah as SIPD defines it) of every sub-unit of every file.

    Real Renja exports write the sub-unit as ``kode_skpd`` too (``kode_skpd`` equals
    ``kode_sub_skpd`` on every record), so the parent is decided, per sub-unit, by the
    first of these rules that applies (``dasar_skpd``):

    - ``daftar_skpd``: SIPD's SKPD list is given and lists the sub-unit (its ``kode_skpd``):
      the SKPD is the list's row whose ``id_skpd`` is the sub-unit's ``id_unit`` (an SKPD
      carries its own id; a Puskesmas or an RSUD filed on its own carries its dinas');
    - ``rekaman``, when the record names another office: ``kode_skpd`` differs from
      ``kode_sub_skpd`` (the record states its parent);
    - ``berkas``: one export file per SKPD. The file's SKPD is its sub-unit whose code ends
      in a part of zeros (``1.02.0.00.0.00.01.0000``: SIPD numbers an office's units in
      the last part of its code, ``.0001`` onward), when exactly one does, or its only
      sub-unit;
    - ``kode``: a file holding several offices (a whole pemda's export in one file): a
      sub-unit whose code is, but for its last part, the code of the file's one office
      code with that beginning (``1.02.0.00.0.00.01.0001`` under ``1.02.0.00.0.00.01.0000``)
      belongs to that office, as SIPD numbers an office's units;
    - ``rekaman`` otherwise (an office itself in such a file, or a sub-unit no office code
      of its file begins like): the record's own ``kode_skpd``.

    Parameters
    ----------
    rekaman : DataFrame
        ``sources.sipd`` records (``berkas``, ``kode_skpd``, ``nama_skpd``, ``kode_sub_skpd``,
        ``nama_sub_skpd``).
    daftar_skpd : DataFrame, optional
        ``sources.sipd.SipdSource.daftar_skpd``.

    Returns
    -------
    DataFrame
        ``INDUK``: one row per file and sub-unit, in order of first appearance.

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["dinkes.json"] * 2, "kode_skpd": ["1.02.01.0000", "1.02.01.0001"],
    ...                   "nama_skpd": ["DINAS KESEHATAN", "PUSKESMAS A"]})
    >>> r = r.assign(kode_sub_skpd=r["kode_skpd"], nama_sub_skpd=r["nama_skpd"])
    >>> skpd_induk(r)[["kode_sub_skpd", "nama_skpd_induk", "dasar_skpd"]].values.tolist()
    [['1.02.01.0000', 'DINAS KESEHATAN', 'berkas'], ['1.02.01.0001', 'DINAS KESEHATAN', 'berkas']]
    """
    u = rekaman.drop_duplicates(["berkas", "kode_sub_skpd"])[
        ["berkas", "kode_skpd", "nama_skpd", "kode_sub_skpd", "nama_sub_skpd"]].reset_index(drop=True)
    kode = pd.Series(pd.NA, index=u.index, dtype=STRING)
    nama = pd.Series(pd.NA, index=u.index, dtype=STRING)
    dasar = pd.Series(pd.NA, index=u.index, dtype=STRING)

    def take(mask, k, n, why):
        nonlocal kode, nama, dasar
        mask = pd.Series(mask, index=u.index).fillna(False).astype(bool) & kode.isna()
        kode = kode.mask(mask, pd.Series(k, index=u.index).astype(STRING))
        nama = nama.mask(mask, pd.Series(n, index=u.index).astype(STRING))
        dasar = dasar.mask(mask, why)

    if daftar_skpd is not None and len(daftar_skpd):
        d = daftar_skpd.drop_duplicates("kode_skpd")
        heads = daftar_skpd.set_index("id_skpd")
        unit = u["kode_sub_skpd"].map(d.set_index("kode_skpd")["id_unit"])
        take(unit.notna() & unit.isin(heads.index), unit.map(heads["kode_skpd"]), unit.map(heads["nama_skpd"]),
             "daftar_skpd")
    take(u["kode_skpd"] != u["kode_sub_skpd"], u["kode_skpd"], u["nama_skpd"], "rekaman")
    office = u["kode_sub_skpd"].str.contains(_KODE_INDUK).fillna(False).astype(bool)
    per_file = u.assign(_o=office).groupby("berkas", sort=False)
    n_units, n_offices = per_file["kode_sub_skpd"].transform("size"), per_file["_o"].transform("sum")
    head = u[(office & (n_offices == 1)) | (n_units == 1)].drop_duplicates("berkas").set_index("berkas")
    decided = ((n_offices == 1) | (n_units == 1)) & u["berkas"].isin(head.index)
    take(decided, u["berkas"].map(head["kode_sub_skpd"]), u["berkas"].map(head["nama_sub_skpd"]), "berkas")
    # several offices in one file: a unit under the office whose code begins as its own does
    prefix = u["kode_sub_skpd"].str.replace(r"\.[^.]*$", "", regex=True)
    offices = u[office].assign(_p=prefix[office])
    single = offices.drop_duplicates(["berkas", "_p", "kode_sub_skpd"])
    single = single[~single.duplicated(["berkas", "_p"], keep=False)]
    pos = pd.MultiIndex.from_frame(u[["berkas"]].assign(_p=prefix))
    at = pd.MultiIndex.from_frame(single[["berkas", "_p"]]).get_indexer(pos)
    hit = (at >= 0) & ~office.to_numpy()
    if hit.any():
        at = np.where(hit, at, 0)
        take(hit, single["kode_sub_skpd"].to_numpy()[at], single["nama_sub_skpd"].to_numpy()[at], "kode")
    take(True, u["kode_skpd"], u["nama_skpd"], "rekaman")
    out = u.assign(kode_skpd_induk=kode, nama_skpd_induk=nama, dasar_skpd=dasar)
    for col in INDUK:
        out[col] = out[col].astype(STRING)
    return out[INDUK]


def skpd_tertulis(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the SKPD columns (``kode_skpd_induk``, ``nama_skpd_induk``,
    ``dasar_skpd``) as they are, or, for a table built without them (by hand, before
    ``skpd_induk``), each office its own SKPD as the record writes it (``dasar_skpd``
    "rekaman"). The one place that says which column groups rows into an SKPD.

    Examples
    --------
    >>> t = skpd_tertulis(pd.DataFrame({"kode_skpd": ["1.02.0.00.0.00.01.0000"], "nama_skpd": ["DINAS"]}))
    >>> t[["kode_skpd_induk", "dasar_skpd"]].values.tolist()
    [['1.02.0.00.0.00.01.0000', 'rekaman']]
    """
    if "kode_skpd_induk" in frame:
        return frame
    nama = frame["nama_skpd"] if "nama_skpd" in frame else pd.Series(pd.NA, index=frame.index, dtype="string")
    return frame.assign(kode_skpd_induk=frame["kode_skpd"], nama_skpd_induk=nama,
                        dasar_skpd=pd.Series("rekaman", index=frame.index, dtype="string"))


def dengan_skpd_induk(rekaman: pd.DataFrame, daftar_skpd: pd.DataFrame | None = None) -> pd.DataFrame:
    """The records with the SKPD of their sub-unit (``kode_skpd_induk``, ``nama_skpd_induk``,
    ``dasar_skpd``: ``skpd_induk``) added after their own fields, which stay as SIPD wrote them.

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["a.json"], "kode_skpd": ["7.01.05.0000"], "nama_skpd": ["KECAMATAN"],
    ...                   "kode_sub_skpd": ["7.01.05.0000"], "nama_sub_skpd": ["KECAMATAN"]})
    >>> dengan_skpd_induk(r)[["kode_skpd_induk", "dasar_skpd"]].values.tolist()
    [['7.01.05.0000', 'berkas']]
    """
    r = rekaman.drop(columns=[c for c in INDUK[3:] if c in rekaman], errors="ignore")
    induk = skpd_induk(r, daftar_skpd)
    keyed = r[["berkas", "kode_sub_skpd"]].merge(induk.drop(columns="nama_sub_skpd"), on=["berkas", "kode_sub_skpd"],
                                                  how="left")
    return r.assign(**{c: keyed[c].to_numpy() for c in INDUK[3:]}).astype({c: STRING for c in INDUK[3:]})


# --- which fields hold which level's indicator ------------------------------------------------

def joined(r: pd.DataFrame, fields) -> pd.Series:
    r"""The fields of each row as one comparable text (NA as empty; a missing column is
    empty), vectorised.

    Examples
    --------
    >>> joined(pd.DataFrame({"a": ["x", None], "b": ["y", "z"]}), ["a", "b", "c"]).tolist()
    ['\x1f0:x\x1f1:y', '\x1f0:\x1f1:z']
    """
    out = pd.Series("", index=r.index, dtype=STRING)
    for k, f in enumerate(fields):
        if f in r and r[f].notna().any():       # an empty column adds nothing to tell rows apart
            out = out + f"\x1f{k}:" + r[f].astype(STRING).fillna("")
    return out


def pemetaan_indikator(rekaman: pd.DataFrame) -> pd.DataFrame:
    """Which fields hold the sub kegiatan's and the kegiatan's indicator, per file, decided
    from the data (the rule is in the module docstring).

    Returns
    -------
    DataFrame
        One row per file (``PEMETAAN``): ``indikator_sub_kegiatan`` / ``indikator_kegiatan``
        (the name field of each level: ``tolak_ukur_output`` or ``tolok_ukur_sub``),
        ``dasar`` (``data``: the file's own records; ``pemda``: the other files read with
        it; ``bawaan``: the documented default), ``kegiatan_diuji`` (kegiatan with two
        records or more), ``bukti_output`` (those whose output fields differ and sub
        fields do not), ``bukti_sub`` (the other way round), ``keduanya_berubah`` (both
        differ), ``baris_bertentangan`` (the first record of the first kegiatan whose
        evidence contradicts the decision; NA when none does).

    Examples
    --------
    >>> r = pd.DataFrame({"berkas": ["a.json"] * 2, "baris": [1, 2], "kode_sub_skpd": ["1"] * 2,
    ...                   "kode_program": ["1.01.02"] * 2, "kode_giat": ["1.01.02.2.01"] * 2,
    ...                   "tolak_ukur_output": ["Jumlah sekolah", "Jumlah guru"],
    ...                   "tolok_ukur_sub": ["Jumlah dokumen"] * 2})
    >>> pemetaan_indikator(r).iloc[0, :4].tolist()
    ['a.json', 'tolak_ukur_output', 'tolok_ukur_sub', 'data']
    """
    r = rekaman.reset_index(drop=True)
    files = pd.Index(r["berkas"].unique())
    keys = ["berkas", "kode_sub_skpd", "kode_program", "kode_giat"]
    frame = r[keys + ["baris"]].assign(_o=joined(r, OUTPUT), _s=joined(r, SUB))
    agg = frame.groupby(keys, sort=False).agg(n=("_o", "size"), vo=("_o", "nunique"), vs=("_s", "nunique"),
                                              baris=("baris", "first")).reset_index()
    agg = agg[agg["n"] > 1]
    agg = agg.assign(bo=(agg["vo"] > 1) & (agg["vs"] == 1), bs=(agg["vs"] > 1) & (agg["vo"] == 1),
                     kd=(agg["vo"] > 1) & (agg["vs"] > 1))
    per = agg.groupby("berkas", sort=False)
    out = pd.DataFrame({
        "kegiatan_diuji": per.size(), "bukti_output": per["bo"].sum(), "bukti_sub": per["bs"].sum(),
        "keduanya_berubah": per["kd"].sum(),
        "_baris_output": agg[agg["bo"]].groupby("berkas", sort=False)["baris"].first(),
        "_baris_sub": agg[agg["bs"]].groupby("berkas", sort=False)["baris"].first(),
    }).reindex(files)
    for col in ("kegiatan_diuji", "bukti_output", "bukti_sub", "keduanya_berubah"):
        out[col] = out[col].fillna(0).astype(INT)
    own = pd.Series(np.select([out["bukti_output"] > out["bukti_sub"], out["bukti_sub"] > out["bukti_output"]],
                              [OUTPUT[0], SUB[0]], ""), index=out.index)
    decided = own[own != ""].unique()
    fallback, dasar_fallback = (decided[0], "pemda") if len(decided) == 1 else (BAWAAN, "bawaan")
    out["indikator_sub_kegiatan"] = own.mask(own == "", fallback)
    out["indikator_kegiatan"] = np.where(out["indikator_sub_kegiatan"] == OUTPUT[0], SUB[0], OUTPUT[0])
    out["dasar"] = np.where(own != "", "data", dasar_fallback)
    out["baris_bertentangan"] = out["_baris_sub"].where(out["indikator_sub_kegiatan"] == OUTPUT[0],
                                                        out["_baris_output"])
    out = out.rename_axis("berkas").reset_index()
    for col in ("berkas", "indikator_sub_kegiatan", "indikator_kegiatan", "dasar"):
        out[col] = out[col].astype(STRING)
    out["baris_bertentangan"] = pd.to_numeric(out["baris_bertentangan"]).astype(INT)
    return out[PEMETAAN]


def indicator_packs(rekaman: pd.DataFrame, pemetaan: pd.DataFrame | None = None) -> list[tuple]:
    """The indicator packs of every record: ``(level, jenis_indikator, packs)`` in the order
    a rencana row lists them (program capaian, program outcome, kegiatan, sub kegiatan);
    ``packs`` has one row per record (index of ``rekaman`` reset) with the ``PERAN``
    columns, ``sumber_kolom`` (the name field) and ``kolom`` (the fields, `` / ``-joined).
    Kegiatan and sub kegiatan take their fields as ``pemetaan`` decides per file."""
    r = rekaman.reset_index(drop=True)
    pemetaan = pemetaan_indikator(r) if pemetaan is None else pemetaan
    out = [("program", jenis, _pack(r, fields)) for jenis, fields in PROGRAM]
    sub_is_output = r["berkas"].map(pemetaan.set_index("berkas")["indikator_sub_kegiatan"]).eq(OUTPUT[0])
    sub_is_output = sub_is_output.fillna(False).to_numpy(dtype=bool)
    as_output, as_sub = _pack(r, OUTPUT + (None,) * 3), _pack(r, SUB + (None,) * 3)
    for level, take_output in (("kegiatan", ~sub_is_output), ("sub_kegiatan", sub_is_output)):
        pack = pd.DataFrame({c: as_output[c].where(take_output, as_sub[c]) for c in as_output.columns})
        out.append((level, "keluaran", pack))
    return out


def _pack(r: pd.DataFrame, fields) -> pd.DataFrame:
    na = pd.Series(pd.NA, index=r.index, dtype=STRING)
    out = pd.DataFrame({role: (r[f].astype(STRING) if f is not None and f in r else na)
                        for role, f in zip(PERAN, fields)})
    out["sumber_kolom"] = pd.Series(fields[0], index=r.index, dtype=STRING)
    out["kolom"] = pd.Series(" / ".join(f for f in fields if f), index=r.index, dtype=STRING)
    return out


def line_counts(pack: pd.DataFrame) -> pd.DataFrame:
    """Lines of each role of packed indicator fields (0 for an empty field)."""
    lines = pd.concat([pack[role].astype(STRING) for role in PERAN], ignore_index=True)   # every role at once
    n = (lines.str.count("\n") + 1).fillna(0).to_numpy(dtype=int).reshape(len(PERAN), len(pack))
    return pd.DataFrame(dict(zip(PERAN, n)), index=pack.index)


def unpaired(n: pd.DataFrame) -> pd.Series:
    """The pairing rule on line counts (``line_counts``): targets given but not one per
    name, units given but not one per indicator, realisasi, prakiraan or n+1 target given
    but not one per name."""
    names, targets, units = n["tolok_ukur"], n["target_teks"], n["satuan_teks"]
    bad = ((targets > 0) & (targets != names)) | ((units > 0) & (units != np.maximum(names, targets)))
    for role in PERAN[3:]:
        bad |= (n[role] > 0) & (n[role] != names)
    return bad


def _sum(df: pd.DataFrame, keys, col: str) -> pd.Series:
    return df.groupby(keys, sort=False)[col].sum(min_count=1)


def _group_ids(r: pd.DataFrame) -> pd.DataFrame:
    """Sub-unit, program and kegiatan of each record, numbered by first appearance."""
    unit = ["berkas", "kode_sub_skpd"]
    return pd.DataFrame({
        "_su": r.groupby(unit, sort=False).ngroup(),
        "_pg": r.groupby(unit + ["kode_program"], sort=False).ngroup(),
        "_kg": r.groupby(unit + ["kode_program", "kode_giat"], sort=False).ngroup(),
        "_i": np.arange(len(r)),
        "_rec": np.arange(len(r)),            # the record whose indicator fields a row reads
    }, index=r.index)


def _level_rows(r: pd.DataFrame, ids: pd.DataFrame, level: str) -> pd.DataFrame:
    """The rencana rows of one level (program and kegiatan: aggregated from their records)."""
    r = pd.concat([r, ids], axis=1)
    if level == "sub_kegiatan":
        out = r.assign(level=level, kode=r["kode_sub_giat"], nama=r["nama_sub_giat"],
                       kode_kegiatan=r["kode_giat"], pagu_rp=r["pagu"], pagu_indikatif_rp=r["pagu_indikatif"],
                       pagu_n_depan_rp=r["pagu_n_depan"], jumlah_sub_kegiatan=1, sumber_dana=r["nama_dana"],
                       lokasi=r["lokasi_bl"], baris_sumber=r["baris"])
        return out
    key = "_pg" if level == "program" else "_kg"
    first = r.drop_duplicates(key).set_index(key)
    out = first.assign(
        level=level,
        kode=first["kode_program" if level == "program" else "kode_giat"],
        nama=first["nama_program" if level == "program" else "nama_giat"],
        kode_kegiatan=pd.NA,
        pagu_rp=_sum(r, key, "pagu"), pagu_indikatif_rp=_sum(r, key, "pagu_indikatif"),
        pagu_n_depan_rp=_sum(r, key, "pagu_n_depan"), jumlah_sub_kegiatan=r.groupby(key, sort=False).size(),
        sumber_dana=pd.NA, lokasi=pd.NA, kelompok_sasaran=pd.NA, baris_sumber=first["baris"])
    if level == "program":
        out = out.assign(kode_program=pd.NA, _kg=-1)
    out["_i"] = -1
    return out.reset_index()


def build(rekaman: pd.DataFrame, pemetaan: pd.DataFrame | None = None,
          packs: list | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``sipd_rencana`` and ``sipd_indikator`` from the records of ``sources.sipd``; the
    indicator fields of kegiatan and sub kegiatan as ``pemetaan`` (``pemetaan_indikator``,
    computed when not given) decides per file; ``packs``: ``indicator_packs`` of the same
    records when the caller has them (computed when not given).

    Examples
    --------
    >>> from renja_analysis.sources import read_sipd
    >>> from renja_analysis.config import ROOT
    >>> rencana, indikator = build(read_sipd(ROOT / "tests" / "data" / "sipd" / "dinkop-ukm-magetan.json").rekaman)
    >>> rencana["level"].value_counts().sort_index().to_dict()
    {'program': 8, 'kegiatan': 15, 'sub_kegiatan': 41}
    >>> rencana.loc[rencana["kode"] == "2.17.08", ["nama", "pagu_rp", "jumlah_sub_kegiatan"]].values.tolist()
    [['PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)', 200300000.0, 2]]
    """
    r = rekaman.reset_index(drop=True)
    if "kode_skpd_induk" not in r:
        r = dengan_skpd_induk(r)
    ids = _group_ids(r)
    parts = [_level_rows(r, ids, level) for level in LEVELS]
    rows = pd.concat(parts, ignore_index=True)
    rows = rows.sort_values(["_su", "_pg", "_kg", "_i"], kind="stable").reset_index(drop=True)
    rows["urutan"] = np.arange(1, len(rows) + 1)
    rencana = _typed_rencana(rows)
    indikator = _indikator(rows, rencana, indicator_packs(r, pemetaan) if packs is None else packs)
    return rencana, indikator


def _typed_rencana(rows: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=rows.index)
    for col in RENCANA:
        out[col] = rows[col]
    for col in ("urutan", "tahun", "jumlah_sub_kegiatan", "baris_sumber"):
        out[col] = pd.to_numeric(out[col]).astype(INT)
    for col in ("pagu_rp", "pagu_indikatif_rp", "pagu_n_depan_rp"):
        out[col] = pd.to_numeric(out[col]).astype(FLOAT)
    for col in _UNIT[:1] + _UNIT[2:] + ["kode", "nama", "kode_program", "kode_kegiatan", "sumber_dana", "lokasi",
                                          "kelompok_sasaran"]:
        out[col] = out[col].astype(STRING)
    out["level"] = level_series(out["level"]).to_numpy()
    out["level"] = out["level"].astype(pd.CategoricalDtype(list(LEVELS), ordered=True))
    return out


def _pieces(s: pd.Series, name: str) -> pd.DataFrame:
    """A packed text column as one row per piece: ``_e`` (the row), position, piece."""
    e = s.astype(STRING).str.split("\n").explode()
    e = e[e.notna()]
    e = e[e.astype(str).str.len() > 0]
    return pd.DataFrame({"_e": e.index.to_numpy(), "urutan_indikator": e.groupby(level=0).cumcount().to_numpy() + 1,
                         name: e.astype(STRING).to_numpy()})


def _indikator(rows: pd.DataFrame, rencana: pd.DataFrame, packs: list) -> pd.DataFrame:
    """One row per indicator of each rencana row, unpacked and paired by position: a row
    reads the packs of its record (a program or kegiatan: its first record)."""
    level = rows["level"].astype(str).to_numpy()
    packed: list[tuple[int, str, pd.Series]] = []           # (pack, role, its texts by rencana row)
    metas = []
    for order, (lv, jenis, pack) in enumerate(packs):
        mine = rows.index[level == lv]
        src = pack.iloc[rows.loc[mine, "_rec"].to_numpy()].set_axis(mine)
        counts = line_counts(src)
        metas.append(pd.DataFrame({"_order": order, "_e": mine.to_numpy(), "jenis_indikator": jenis,
                                   **{"_n_" + role: counts[role].to_numpy() for role in PERAN},
                                   "_bad": unpaired(counts).to_numpy(),
                                   "sumber_kolom": src["sumber_kolom"].to_numpy(), "kolom": src["kolom"].to_numpy()}))
        packed += [(order, role, src[role]) for role in PERAN if role == PERAN[0] or src[role].notna().any()]
    # every pack's every role unpacked in one pass, then one row per (row, pack, position)
    long = pd.concat([t for _, _, t in packed], ignore_index=True)
    size = [len(t) for _, _, t in packed]
    pieces = _pieces(long, "_teks")
    at = pieces["_e"].to_numpy()                       # the row of ``long`` each piece comes from
    pieces = pieces.assign(_order=np.repeat([o for o, _, _ in packed], size)[at],
                           _peran=np.repeat([PERAN.index(r) for _, r, _ in packed], size)[at],
                           _e=np.concatenate([t.index.to_numpy() for _, _, t in packed])[at])
    keys = ["_order", "_e", "urutan_indikator"]
    wide = pieces.pivot(index=keys, columns="_peran", values="_teks")
    wide = wide.reindex(columns=range(len(PERAN))).set_axis(list(PERAN), axis=1)
    wide = pd.DataFrame({role: wide[role].astype(STRING) for role in PERAN}, index=wide.index).reset_index()
    ind = wide.merge(pd.concat(metas, ignore_index=True), on=["_order", "_e"], how="left")
    ind = ind.sort_values(["_e", "_order", "urutan_indikator"], kind="stable").reset_index(drop=True)
    base = rencana.loc[ind["_e"].to_numpy()].reset_index(drop=True)
    texts = {role: ind[role].astype(STRING) for role in PERAN}
    konvensi = konvensi_target(base["berkas"], [texts[role] for role in TEKS_TARGET])
    decimal = base["berkas"].astype(STRING).map(konvensi.set_index("berkas")["desimal"])
    parsed = read_targets(texts["target_teks"], decimal)
    extra = {role: read_targets(texts[role], decimal) for role in PERAN[3:]}
    satuan = read_units(texts["satuan_teks"]).fillna(parsed["satuan"])
    for role in PERAN[3:]:
        satuan = satuan.fillna(extra[role]["satuan"])
    out = pd.DataFrame({
        "urutan": pd.Series(np.arange(1, len(ind) + 1), dtype=INT),
        "urutan_rencana": base["urutan"],
        "berkas": base["berkas"], "kode_skpd": base["kode_skpd"], "kode_sub_skpd": base["kode_sub_skpd"],
        "level": base["level"], "kode": base["kode"], "nama": base["nama"],
        "jenis_indikator": pd.Categorical(ind["jenis_indikator"], categories=list(NAMA_PERAN)),
        "urutan_indikator": ind["urutan_indikator"].astype(INT),
        "jumlah_tolok_ukur": ind["_n_tolok_ukur"].astype(INT), "jumlah_target": ind["_n_target_teks"].astype(INT),
        "jumlah_satuan": ind["_n_satuan_teks"].astype(INT),
        "berpasangan": (~ind["_bad"].astype(bool)).astype("boolean"),
        "sumber_kolom": ind["sumber_kolom"].astype(STRING), "kolom": ind["kolom"].astype(STRING),
        "tolok_ukur": texts["tolok_ukur"], "target_teks": texts["target_teks"], "satuan_teks": texts["satuan_teks"],
        "target": parsed["target"], "target_min": parsed["target_min"], "target_max": parsed["target_max"],
        "satuan": satuan.astype(STRING), "target_terbaca": parsed["terbaca"],
        "bentuk_target": pd.Categorical(parsed["bentuk"].astype(object).where(parsed["bentuk"].notna(), None),
                                        categories=list(BENTUK)),
        "realisasi_teks": texts["realisasi_teks"], "realisasi": extra["realisasi_teks"]["target"],
        "prakiraan_teks": texts["prakiraan_teks"], "prakiraan": extra["prakiraan_teks"]["target"],
        "target_n_depan_teks": texts["target_n_depan_teks"], "target_n_depan": extra["target_n_depan_teks"]["target"],
        "baris_sumber": base["baris_sumber"],
    })
    return out[INDIKATOR_KOLOM]
