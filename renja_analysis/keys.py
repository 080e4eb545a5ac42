"""The keys of a document: a stable id, pemda, instansi, tahun, jenis and triwulan.

Read from the title page and the table captions (``sources.text.identitas`` and
``periode``); where the text does not say (a workbook, a document without a title
page), from the file name (``renja-perubahan-2024-tw3-dinas-x.md``), and
``kunci_dari`` says which keys came from there. One row per document in the
``dokumen`` table (schema ``KOLOM_DOKUMEN``), for a single build and for a corpus.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .config import ROOT

#: Key columns put in front of every consolidated table of a corpus.
KUNCI = ["dokumen", "pemda", "instansi", "tahun", "jenis_dokumen", "triwulan"]
#: Columns of the ``dokumen`` table (one row per source file).
KOLOM_DOKUMEN = ["dokumen", "berkas", "sha256", "status", "pesan", "judul", "pemda", "instansi", "tahun",
                 "jenis_dokumen", "triwulan", "tanggal", "kunci_dari", "baris_evaluasi", "temuan",
                 "temuan_kritis", "sama_dengan"]
_INT = ("tahun", "triwulan", "baris_evaluasi", "temuan", "temuan_kritis")
#: The two kinds of document (``jenis``): a Renja, and its mid-year revision.
RENJA, RENJA_PERUBAHAN = "Renja", "Renja Perubahan"


def renja_murni(periode: dict | None) -> bool:
    """The document states it is a Renja, not a Renja Perubahan (its title names no
    Perubahan: ``sources.text.periode``). With a section 3 without P-APBD columns it is a
    Renja murni (``load``), which has no APBD -> P-APBD change: no reallocation is computed or
    spoken of. A document that does not say (a workbook, a text without a title) is not
    taken for one.

    >>> renja_murni({"jenis": "Renja"}), renja_murni({"jenis": "Renja Perubahan"}), renja_murni({})
    (True, False, False)
    """
    return (periode or {}).get("jenis") == RENJA
#: Roman numerals of the quarters, as documents write them (``TW II``), and their numbers.
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
NOMOR_ROMAWI = {r.lower(): n for n, r in ROMAWI.items()}
_KECIL = {"dan", "di", "ke", "dari", "yang", "serta", "atau", "untuk", "tahun"}
#: The kinds of pemda and how they are abbreviated (``pemda_baku``).
_JENIS_PEMDA = {"kab": "kabupaten", "kabupaten": "kabupaten", "kota": "kota", "kotamadya": "kota",
                "prov": "provinsi", "provinsi": "provinsi", "propinsi": "provinsi"}


#: Acronyms of office names, kept upper case by ``judul_kata`` (``Sekretariat DPRD``, not ``Dprd``).
_AKRONIM = {"ukm", "umkm", "dprd", "pp", "pa", "kb", "pupr", "p3a", "rsud", "bpbd", "sdm", "upt", "uptd"}


def judul_kata(text: str) -> str:
    """Title case the Indonesian way: conjunctions stay lower case, acronyms of office names
    (``_AKRONIM``) upper case.

    >>> judul_kata("DINAS KOPERASI USAHA KECIL DAN MENENGAH")
    'Dinas Koperasi Usaha Kecil dan Menengah'
    >>> judul_kata("SEKRETARIAT DPRD"), judul_kata("dinkop ukm")
    ('Sekretariat DPRD', 'Dinkop UKM')
    """
    words = text.split()
    return " ".join(w.upper() if w.lower() in _AKRONIM else w.capitalize() if i == 0 or w.lower() not in _KECIL
                    else w.lower() for i, w in enumerate(words))


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "dokumen"


def dokumen_id(path) -> str:
    """A stable id from the file name (lower case ASCII, accents folded, ``-`` between words,
    no extension): safe as a folder name, an HTML id and a link, whatever the file is called.

    Examples
    --------
    >>> dokumen_id("data/raw/Renja Perubahan 2024 (Dinkop UKM).md")
    'renja-perubahan-2024-dinkop-ukm'
    >>> dokumen_id("<svg onload=alert(1)>.md"), dokumen_id("Dinas Pendidikan Ñusa Über.md")
    ('svg-onload-alert-1', 'dinas-pendidikan-nusa-uber')
    """
    return _slug(Path(path).stem)


def nama_berkas(path) -> str:
    """The file as the outputs name it: relative to the project root when inside it
    (so that outputs do not depend on where the project is cloned)."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def kunci_nama_berkas(path) -> dict:
    """Keys guessed from a file name: year, kind, quarter, office (the rest).

    Examples
    --------
    >>> kunci_nama_berkas("renja-perubahan-2024-tw3-dinas-pertanian.md")
    {'tahun': 2024, 'jenis': 'Renja Perubahan', 'triwulan': 3, 'instansi': 'Dinas Pertanian'}
    """
    name = Path(path).stem.lower()
    out: dict = {}
    m = re.search(r"(?<!\d)(20\d\d)(?!\d)", name)
    if m:
        out["tahun"] = int(m.group(1))
    out["jenis"] = "Renja Perubahan" if re.search(r"perubahan|p-renja|prenja", name) else "Renja"
    m = re.search(r"(?:tw|triwulan|tribulan)[-_ ]?(iv|iii|ii|i|[1-4])(?![a-z0-9])", name)
    if m:
        out["triwulan"] = NOMOR_ROMAWI.get(m.group(1)) or int(m.group(1))
    rest = re.sub(r"renja|perubahan|p-renja|(?:tw|triwulan|tribulan)[-_ ]?(?:iv|iii|ii|i|[1-4])|20\d\d", " ", name)
    rest = _slug(rest)
    if rest != "dokumen":
        out["instansi"] = judul_kata(rest.replace("-", " "))
    return out


def kunci(identitas: dict, periode: dict, triwulan: int, path) -> tuple[dict, str]:
    """A document's keys and where they came from (``kunci_dari``): ``dokumen`` when its text
    states them all, else ``nama berkas: ...`` naming the keys its file name gave and
    ``tidak disebut: ...`` the keys neither states (missing, or the quarter the document was
    analysed for: ``triwulan``, the caller's or ``config.TRIWULAN``), ``; `` between the two.

    Examples
    --------
    >>> kunci({}, {"tahun": 2024, "jenis": "Renja"}, 2, "renja-2024-dinas-x.md")[1]
    'nama berkas: instansi; tidak disebut: pemda, triwulan'
    >>> kunci({}, {}, 3, "renja-2024-tw3-dinas-x.md")[1]
    'nama berkas: instansi, tahun, jenis, triwulan; tidak disebut: pemda'
    >>> kunci({"pemerintah": "PEMERINTAH KABUPATEN MAGETAN"}, {"tahun": 2024, "jenis": "Renja"}, 2,
    ...       "renja-2024-magetan.md")[1]
    'tidak disebut: instansi, triwulan'
    """
    pemerintah = identitas.get("pemerintah")
    stated = {
        "pemda": judul_kata(re.sub(r"(?i)^pemerintah\s+", "", pemerintah)) if pemerintah else None,
        "instansi": judul_kata(identitas["instansi"]) if identitas.get("instansi") else None,
        "tahun": periode.get("tahun"), "jenis": periode.get("jenis"), "triwulan": periode.get("triwulan"),
    }
    guessed = kunci_nama_berkas(path)
    if "instansi" in guessed and stated["pemda"] and set(guessed["instansi"].lower().split()) <= set(
            re.sub(r"(?i)^(?:kabupaten|kota|provinsi)\s+", "", stated["pemda"]).lower().split()):
        # the file name's words past the year and quarter are the pemda's name: no office
        del guessed["instansi"]
    berkas: list[str] = []
    tidak: list[str] = []
    for key in stated:
        if stated[key] is None:
            stated[key] = guessed.get(key, triwulan if key == "triwulan" else None)
            (berkas if key in guessed else tidak).append(key)
    parts = [f"{label}: {', '.join(keys)}" for label, keys in (("nama berkas", berkas), ("tidak disebut", tidak))
             if keys]
    return stated, "; ".join(parts) or "dokumen"


#: Words a location or a pemda's name goes on with below the pemda (kecamatan, kelurahan, desa, "Semua
#: Kecamatan") or after it (a title's "Tahun 2024"): the text from one of them to the next separator names
#: no pemda.
_DI_BAWAH = re.compile(r"(?i)\b(?:kec|kecamatan|kel|kelurahan|desa|ds|dusun|semua|seluruh|tahun)\b")
#: A pemda's kind as a word (``_JENIS_PEMDA``); "Ibu Kota" is no kind.
_JENIS = re.compile(r"(?i)(?<!\bibu )\b(kab|kabupaten|kotamadya|kota|prov|provinsi|propinsi)\b")
#: Abbreviations written out: ``Pemkab``/``Pemkot``/``Pemprov`` (Pemerintah Kabupaten/Kota/Provinsi), ``Kep.``
#: (Kepulauan: Kab. Kep. Seribu).
_SINGKATAN = {"pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "pemprov": "pemerintah provinsi",
              "kep": "kepulauan"}



def tahun_triwulan(doc) -> tuple[int | None, int | None]:
    """The year and quarter a loaded document's evaluation (Tabel 2.2) reports on, from a
    parsed document or from its processed tables alike: texts that name them take them
    from here, never from the bundled document.

    The year is the document's (``kunci``: what its text states, else its file name) for a
    Renja Perubahan, which revises the year it evaluates; a Renja (murni) names in its title
    the year it plans, while its Tabel 2.2 evaluates the running one, so its year here is
    None (not known: texts then do not name one). The quarter is the one its metrics use
    (``doc.triwulan``: the caller's, else the one the document states, else its file name's).

    >>> from types import SimpleNamespace
    >>> tahun_triwulan(SimpleNamespace(identitas={}, periode={"tahun": 2025, "jenis": RENJA_PERUBAHAN,
    ...     "triwulan": 3}, triwulan=3, source=Path("renja-2024-tw2.md")))
    (2025, 3)
    >>> tahun_triwulan(SimpleNamespace(identitas={}, periode={"tahun": 2025, "jenis": RENJA}, triwulan=2,
    ...                                source=Path("renja.md")))
    (None, 2)
    """
    analysed = getattr(doc, "triwulan", None)
    found, _ = kunci(getattr(doc, "identitas", None) or {}, getattr(doc, "periode", None) or {},
                     analysed or 0, getattr(doc, "source", None) or "")
    tw = analysed or found["triwulan"]
    return tahun_evaluasi(found["tahun"], found["jenis"]), (int(tw) if tw else None)


#: The months as an Indonesian reader writes them, January first: one table for every message,
#: page and reading of a stated date.
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")
_BULAN = {b.lower(): i for i, b in enumerate(BULAN, start=1)}


def tanggal(value) -> str:
    """A date as an Indonesian reader writes it.

    >>> tanggal(pd.Timestamp("2026-02-25"))
    '25 Februari 2026'
    """
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def tanggal_dokumen(dokumen) -> tuple[int, int, int]:
    """(year, month, day) of a document, from its ``dokumen`` row: its stated date
    (``tanggal`` "Agustus 2024", "12 Agustus 2024"), else 1 January of its ``tahun``, else
    1 January 2000. A fixed date for files whose bytes must not depend on the build's time.

    >>> tanggal_dokumen({"tanggal": "Agustus 2024", "tahun": 2024}), tanggal_dokumen({"tanggal": None, "tahun": 2023})
    ((2024, 8, 1), (2023, 1, 1))
    """
    teks = dokumen.get("tanggal")
    m = re.search(r"(?i)(?:(\d{1,2})\s+)?([a-z]+)\s+(\d{4})", teks) if isinstance(teks, str) else None
    if m and m.group(2).lower() in _BULAN:
        y, mo, d = int(m.group(3)), _BULAN[m.group(2).lower()], int(m.group(1)) if m.group(1) else 1
        return (y, mo, d) if 1 <= d <= calendar.monthrange(y, mo)[1] else (y, mo, 1)    # "31 Februari": its month
    tahun = dokumen.get("tahun")
    return (2000 if tahun is None or pd.isna(tahun) else int(tahun)), 1, 1


def tahun_evaluasi(tahun, jenis) -> int | None:
    """The year a document's Tabel 2.2 evaluates, from its keys (``dokumen.tahun`` and
    ``jenis_dokumen``): its year for a Renja Perubahan, None for a Renja (murni), whose year
    is the one it plans (``tahun_triwulan``).

    >>> tahun_evaluasi(2025, RENJA_PERUBAHAN), tahun_evaluasi(2025, RENJA), tahun_evaluasi(None, RENJA_PERUBAHAN)
    (2025, None, None)
    """
    return None if tahun is None or pd.isna(tahun) or jenis != RENJA_PERUBAHAN else int(tahun)


def _pemda_disebut(text) -> list[tuple[str | None, str]]:
    """The pemda a text names, in order, as ``(kind, name)`` (kind None for a leading name without one):
    split at commas, semicolons, slashes, brackets and spaced dashes, each part cut where a kecamatan,
    kelurahan or desa begins, and at each pemda kind (``Kabupaten Magetan Provinsi Jawa Timur`` names
    two) but one ending the part after a name, which is the name's (``Kabupaten Lima Puluh Kota``)."""
    out: list[tuple[str | None, str]] = []
    for part in re.split(r"[,;/|()\[\]]|\s[-\u2013\u2014]\s", str(text)):
        words = re.sub(r"[^\w]+", " ", part).strip()
        words = re.sub(r"\w+", lambda m: _SINGKATAN.get(m.group(0).lower(), m.group(0)), words)
        words = re.sub(r"(?i)^pemerintah(?:an)?\b\s*", "", words)
        words = _DI_BAWAH.split(words, maxsplit=1)[0]
        # a kind with no name before the next kind or the end, after a name, is the name's last word
        # (Kabupaten Lima Puluh Kota [Provinsi Sumatera Barat])
        found = list(_JENIS.finditer(words))
        # a kind right after a kind is the name's first word (Kabupaten Kota Baru, Kabupaten Kota Waringin
        # Barat: kabupaten, their names begin with Kota): the leading kind wins
        found = [m for k, m in enumerate(found)
                 if not (k and m.group(1).lower() == "kota" and not words[found[k - 1].end():m.start()].strip())]
        ends = [m.start() for m in found[1:]] + [len(words)]
        marks = [m for m, end in zip(found, ends) if m.start() == 0 or words[m.end():end].strip()]
        lead = words[:marks[0].start()] if marks else words
        if lead.strip():
            out.append((None, lead.strip()))
        for k, m in enumerate(marks):
            name = words[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(words)].strip()
            if name:
                out.append((_JENIS_PEMDA[m.group(1).lower()], name))
    return out


def _satu_pemda(found: Sequence[tuple[str | None, str]]) -> str | None:
    """The pemda of ``_pemda_disebut``: the kabupaten/kota one where the text names one (a province
    named beside it is where it lies), else the province, else the name without a kind."""
    for kinds in (("kabupaten", "kota"), ("provinsi",), (None,)):
        for kind, name in found:
            if kind in kinds:
                return judul_kata(f"{kind} {name}" if kind else name)
    return None


def pemda_baku(text) -> str | None:
    """A pemda's name in one form, to compare and to show: the kind written out
    (``Kab.`` is Kabupaten, ``Prov.`` Provinsi, ``Pemkab`` Pemerintah Kabupaten, ``Kep.``
    Kepulauan), ``Pemerintah`` left out, title case; of a kabupaten/kota named with its
    province, the kabupaten/kota; a kecamatan or desa after it left out; None for an
    empty text.

    Examples
    --------
    >>> pemda_baku("PEMERINTAH KABUPATEN MAGETAN"), pemda_baku("Kab. Magetan"), pemda_baku("kota  madiun")
    ('Kabupaten Magetan', 'Kabupaten Magetan', 'Kota Madiun')
    >>> pemda_baku("Magetan"), pemda_baku("  ")
    ('Magetan', None)
    >>> pemda_baku("PEMKAB MAGETAN"), pemda_baku("Kabupaten Magetan Provinsi Jawa Timur"), pemda_baku("Kab. Kep. Seribu")
    ('Kabupaten Magetan', 'Kabupaten Magetan', 'Kabupaten Kepulauan Seribu')

    A ``Kota`` ending the name after a name is the name's, not a kind:

    >>> pemda_baku("Kab. Lima Puluh Kota"), pemda_baku("KABUPATEN LIMA PULUH KOTA PROVINSI SUMATERA BARAT")
    ('Kabupaten Lima Puluh Kota', 'Kabupaten Lima Puluh Kota')

    nor one right after the kind, which begins the name (a kabupaten named Kota Baru):

    >>> pemda_baku("KABUPATEN KOTA BARU"), pemda_baku("Kab. Kota Waringin Barat"), pemda_baku("Kota Kotamobagu")
    ('Kabupaten Kota Baru', 'Kabupaten Kota Waringin Barat', 'Kota Kotamobagu')
    >>> pemda_baku("Kabupaten Magetan Tahun 2024")
    'Kabupaten Magetan'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    return _satu_pemda(_pemda_disebut(text))


def pemda_baku_kolom(values: pd.Series) -> pd.Series:
    """``pemda_baku`` of every cell of a column (string dtype, NA where none), each distinct
    value read once: the one form in which a corpus keys and names a document's pemda, so
    that ``Kab. Contoh`` and ``Kabupaten Contoh`` are one pemda (``present.comparison.kunci_instansi``,
    ``corpus.tandai_ganda``). A name without its kind (``Madiun``) stays as it is: it is not
    taken for ``Kota Madiun`` nor for ``Kabupaten Madiun`` (``pemda_sama``).

    >>> pemda_baku_kolom(pd.Series(["Kab. Contoh", "Kabupaten Contoh", None, "Madiun"])).tolist()
    ['Kabupaten Contoh', 'Kabupaten Contoh', <NA>, 'Madiun']
    """
    s = pd.Series(values, copy=False).astype("string")
    forms = {v: pemda_baku(v) for v in s.dropna().unique()}
    return s.map(forms, na_action="ignore").astype("string")


def pemda_sama(a, b) -> bool | None:
    """Whether two pemda names (``pemda_baku`` forms) name the same pemda: the names
    compared exactly, never by similarity (Magetan and Magelang differ by two letters),
    and the kind (Kabupaten Madiun is not Kota Madiun). None when either is missing, and
    when the names are the same but a side states no kind (``Madiun``): a kabupaten and a
    kota may share a name (Madiun, Kediri, Blitar, Malang, Bogor, Bekasi, Tegal, Cirebon,
    Magelang, Semarang...), so a name without its kind confirms neither (``pemda_tanpa_jenis``
    says which side).

    Examples
    --------
    >>> pemda_sama("Kabupaten Magetan", "Kab. Magetan"), pemda_sama("Kabupaten Magetan", "Kabupaten Magelang")
    (True, False)
    >>> pemda_sama("Kabupaten Madiun", "Kota Madiun"), pemda_sama("Madiun", "Kota Madiun"), pemda_sama(None, "Kota Batu")
    (False, None, None)
    >>> pemda_sama("Magetan", "Kabupaten Magelang"), pemda_sama("PEMKAB MAGETAN", "Kabupaten Magetan")
    (False, True)
    """
    a, b = pemda_baku(a), pemda_baku(b)
    if a is None or b is None:
        return None

    def split(text: str) -> tuple:
        first, _, rest = text.casefold().partition(" ")
        return (first, rest) if first in _JENIS_PEMDA.values() and rest else (None, text.casefold())

    (ka, na), (kb, nb) = split(a), split(b)
    if na != nb:
        return False
    return None if ka is None or kb is None else ka == kb


def kode_daerah(nilai) -> str | None:
    """An ``id_daerah`` as a code, as codes are compared (``tables.codes.bagian_kode``):
    spaces anywhere and dots at the end are not part of it, and each dotted part is a number
    whatever its leading zeros (``077`` is ``77``; ``35.20`` is not ``35.2``). A value that
    is no code is kept as written (without its surrounding spaces); nothing is None.

    Examples
    --------
    >>> kode_daerah("077"), kode_daerah(" 77 "), kode_daerah("35.020."), kode_daerah("35.20"), kode_daerah("35.2")
    ('77', '77', '35.20', '35.20', '35.2')
    >>> kode_daerah("MGT-1"), kode_daerah("  "), kode_daerah(None), kode_daerah(pd.NA)
    ('MGT-1', None, None, None)
    """
    if nilai is None or (pd.api.types.is_scalar(nilai) and pd.isna(nilai)):
        return None
    text = re.sub(r"\s+", "", str(nilai)).rstrip(".")
    if not text:
        return str(nilai).strip() or None
    if re.fullmatch(r"\d+(?:\.\d+)*", text):
        return ".".join(str(int(part)) for part in text.split("."))
    return str(nilai).strip()


def pemda_tanpa_jenis(text) -> bool:
    """A pemda name (``pemda_baku``) that states no kind, Kabupaten, Kota or Provinsi
    (``Madiun``): the pemda it names is not known (``pemda_sama``).

    >>> pemda_tanpa_jenis("Madiun"), pemda_tanpa_jenis("Kab. Madiun"), pemda_tanpa_jenis(None)
    (True, False, False)
    """
    name = pemda_baku(text)
    return name is not None and name.casefold().partition(" ")[0] not in _JENIS_PEMDA.values()


def pemda_dari_lokasi(text) -> str | None:
    """The pemda a SIPD location (``lokasi_bl``) names with its kind: the kabupaten/kota
    (``Kab. Magetan, Semua Kecamatan, Semua Kel/Desa``, ``Kab. Magetan - Kec. Plaosan``,
    ``Provinsi Jawa Timur, Kab. Magetan``: its province beside it), else the province;
    None when it names none (a kecamatan, ``Semua Kecamatan``, empty, a name without a
    kind) or several kabupaten/kota (``Kota Batu, Kab. Malang``: no one pemda).

    Examples
    --------
    >>> pemda_dari_lokasi("Kab. Magetan, Semua Kecamatan, Semua Kel/Desa"), pemda_dari_lokasi("Kec. Plaosan")
    ('Kabupaten Magetan', None)
    >>> pemda_dari_lokasi("Kab. Magetan - Kec. Plaosan"), pemda_dari_lokasi("Provinsi Jawa Timur, Kab. Magetan")
    ('Kabupaten Magetan', 'Kabupaten Magetan')
    >>> pemda_dari_lokasi("Kota Batu, Kab. Malang"), pemda_dari_lokasi("Kec. Kota Sumenep, Kab. Sumenep")
    (None, 'Kabupaten Sumenep')
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    found = [(kind, name) for kind, name in _pemda_disebut(text) if kind is not None]
    local = {pemda_baku(f"{kind} {name}") for kind, name in found if kind != "provinsi"}
    if len(local) > 1:
        return None
    return _satu_pemda(found)


def kunci_dari_nama_berkas(kunci_dari) -> set:
    """The keys a ``kunci_dari`` text says were taken from the file name.

    >>> sorted(kunci_dari_nama_berkas("nama berkas: tahun, instansi")), kunci_dari_nama_berkas("dokumen")
    (['instansi', 'tahun'], set())
    >>> kunci_dari_nama_berkas("nama berkas: tahun; tidak disebut: pemda, triwulan")
    {'tahun'}
    """
    text = "" if kunci_dari is None or (not isinstance(kunci_dari, str) and pd.isna(kunci_dari)) else str(kunci_dari)
    if not text.startswith("nama berkas:"):
        return set()
    return {k.strip() for k in text.split(";", 1)[0].split(":", 1)[1].split(",") if k.strip()}


def frame_dokumen(records: list[dict]) -> pd.DataFrame:
    """The ``dokumen`` table from records (missing columns NA), with its dtypes."""
    df = pd.DataFrame.from_records(records, columns=KOLOM_DOKUMEN)
    for col in KOLOM_DOKUMEN:
        df[col] = df[col].astype("Int64" if col in _INT else "string")
    return df


def baris_dokumen(doc, did: str | None = None, status: str = "terbaca") -> dict:
    """The ``dokumen`` record of a loaded document."""
    keys, dari = kunci(doc.identitas or {}, doc.periode or {}, doc.triwulan, doc.source)
    t = doc.temuan
    return {"dokumen": did or dokumen_id(doc.source), "berkas": nama_berkas(doc.source), "sha256": doc.sha256,
            "status": status, "judul": (doc.identitas or {}).get("judul"), "pemda": keys["pemda"],
            "instansi": keys["instansi"], "tahun": keys["tahun"], "jenis_dokumen": keys["jenis"],
            "triwulan": keys["triwulan"], "tanggal": (doc.identitas or {}).get("tanggal"), "kunci_dari": dari,
            "baris_evaluasi": len(doc.evaluasi), "temuan": len(t), "temuan_kritis": int((t["tingkat"] == "kritis").sum())}
