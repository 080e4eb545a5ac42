"""Office names compared by their content words (``banding_kantor``), never by a similarity score: the one
rule by which the reconciliation finds the SIPD office (``findings.reconciliation``) and the reader tells
whether a title page and a kata pengantar name one office (``sources.text.kantor_beda``)."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_SAMBUNG = {"dan", "serta", "atau"}


def _singkatan_diurai(nama, acuan) -> str:
    """``nama`` with each word that spells the initials of consecutive words of ``acuan`` (conjunctions
    left out) written as those words: an office's name abbreviated on one side only.

    >>> _singkatan_diurai("DINAS KOPERASI DAN UKM", "Dinas Koperasi Usaha Kecil dan Menengah")
    'dinas koperasi dan usaha kecil menengah'
    >>> _singkatan_diurai("DINAS PERDAGANGAN", "Dinas Koperasi Usaha Kecil dan Menengah")
    'dinas perdagangan'
    """
    words = re.sub(r"[^\w]+", " ", str(nama)).lower().split()
    ref = [w for w in re.sub(r"[^\w]+", " ", str(acuan)).lower().split() if w not in _SAMBUNG]
    out = []
    for w in words:
        span = len(w)
        hit = next((i for i in range(len(ref) - span + 1) if 2 <= span <= 6 and w not in ref
                    and "".join(r[0] for r in ref[i:i + span]) == w), None)
        out.extend(ref[hit:hit + span] if hit is not None else [w])
    return " ".join(out)


#: Abbreviations of office names, written out (``kata_kantor``): the common ones only, each of one
#: office's name in the nomenclature of regional offices. ``PP`` is Pamong Praja only after "polisi"
#: (Satpol PP); elsewhere (``Dinas PP dan PA``) it may be Pemberdayaan Perempuan, and is left as
#: written. ``BKD`` (Kepegawaian or Keuangan?) and ``PUPR`` (Penataan Ruang or Perumahan Rakyat?) are
#: not here: read as initials they give a hedge, not a guess.
SINGKATAN_KANTOR = {
    "ukm": "usaha kecil menengah", "umkm": "usaha mikro kecil menengah",
    "dprd": "dewan perwakilan rakyat daerah", "satpol": "satuan polisi",
    "setda": "sekretariat daerah", "sekwan": "sekretariat dewan perwakilan rakyat daerah",
    "setwan": "sekretariat dewan perwakilan rakyat daerah",
    "bappeda": "badan perencanaan pembangunan daerah",
    "bappelitbangda": "badan perencanaan pembangunan penelitian pengembangan daerah",
    "bpkad": "badan pengelolaan keuangan aset daerah",
    "bkpsdm": "badan kepegawaian pengembangan sumber daya manusia",
    "bkpsdmd": "badan kepegawaian pengembangan sumber daya manusia daerah", "sdm": "sumber daya manusia",
    "dpmptsp": "dinas penanaman modal pelayanan terpadu satu pintu",
    "dukcapil": "kependudukan pencatatan sipil", "disdukcapil": "dinas kependudukan pencatatan sipil",
    "p3a": "pemberdayaan perempuan perlindungan anak", "dinkop": "dinas koperasi", "dinkes": "dinas kesehatan",
    "dinsos": "dinas sosial", "disdik": "dinas pendidikan", "disdikbud": "dinas pendidikan kebudayaan",
    "dlh": "dinas lingkungan hidup", "dishub": "dinas perhubungan",
    "perkim": "perumahan kawasan permukiman", "disperkim": "dinas perumahan kawasan permukiman",
    "rsud": "rumah sakit umum daerah", "bpbd": "badan penanggulangan bencana daerah",
    "bakesbangpol": "badan kesatuan bangsa politik", "kesbangpol": "kesatuan bangsa politik",
    "kec": "kecamatan", "kel": "kelurahan",
}
#: Words written two ways in one office's name: Badan Pengelola / Pengelolaan Keuangan dan Aset Daerah.
_KATA_SAMA = {"pengelola": "pengelolaan"}
_ASAL = {v: k for k, v in _KATA_SAMA.items()}
#: The words of the Usaha Mikro, Kecil dan Menengah family: one dinas koperasi is named with some or all of
#: them (the bundled document: "Dinas Koperasi Usaha Kecil dan Menengah" on its title page, "Dinas Koperasi
#: dan Usaha Mikro" in its foreword), so names differing in them only are not told apart (``serumpun``).
_KATA_USAHA = {"mikro", "kecil", "menengah"}
#: The relations of ``banding_kantor`` that neither confirm nor refuse an office.
_SEBAGIAN = ("bagian", "singkatan", "serumpun", "ejaan")
#: Words naming the pemda an office belongs to: from one of them on (``KABUPATEN MAGETAN``), the name
#: is the pemda's, not the office's.
_PEMDA_KATA = {"kabupaten", "kab", "kota", "provinsi", "prov", "pemerintah", "pemkab", "pemkot", "pemprov"}
#: Words of an office's name that tell no office apart.
_KATA_UMUM = {"dan", "serta", "daerah"}


def kata_kantor(nama) -> list[str]:
    """The content words of an office's name, in order: lower case, abbreviations written out
    (``SINGKATAN_KANTOR``), ``pengelola`` written ``pengelolaan`` (``_KATA_SAMA``), the pemda part left out (from ``Kabupaten``/``Kab.``/``Kota``/``Provinsi``
    followed by a name, not when it begins the office's own name: ``Kecamatan Kota Sumenep``,
    ``Dinas Tata Kota``), and ``dan``, ``serta`` and ``daerah`` left out (``Inspektorat Daerah`` is
    the Inspektorat), except ``Sekretariat Daerah``, whose ``daerah`` is what tells it from the
    Sekretariat DPRD.

    Examples
    --------
    >>> kata_kantor("DINAS KOPERASI DAN UKM KAB. MAGETAN")
    ['dinas', 'koperasi', 'usaha', 'kecil', 'menengah']
    >>> kata_kantor("Satpol PP"), kata_kantor("Dinas PP dan PA")
    (['satuan', 'polisi', 'pamong', 'praja'], ['dinas', 'pp', 'pa'])
    >>> kata_kantor("SEKRETARIAT DAERAH"), kata_kantor("Sekretariat DPRD Kabupaten Magetan")
    (['sekretariat', 'daerah'], ['sekretariat', 'dewan', 'perwakilan', 'rakyat'])
    >>> kata_kantor("Kecamatan Kota Sumenep"), kata_kantor("Dinas Tata Kota dan Pertamanan")
    (['kecamatan', 'kota', 'sumenep'], ['dinas', 'tata', 'kota', 'pertamanan'])
    >>> kata_kantor("DINAS TATA KOTA KABUPATEN X"), kata_kantor("SETDA"), kata_kantor("Dinsos P3A")
    (['dinas', 'tata', 'kota'], ['sekretariat', 'daerah'], ['dinas', 'sosial', 'pemberdayaan', 'perempuan', 'perlindungan', 'anak'])
    """
    raw = re.sub(r"[^\w]+", " ", str(nama).replace("&", " dan ")).lower().split()
    for i, w in enumerate(raw):
        # a pemda word followed by a name (not a conjunction), after the office's own first word(s); a "kota"
        # followed by the pemda's words is the office's own (Dinas Tata Kota Kabupaten X)
        if (w in _PEMDA_KATA and i + 1 < len(raw) and raw[i + 1] not in _SAMBUNG and i >= 1
                and not (w == "kota" and raw[i + 1] in _PEMDA_KATA)
                and not (i == 1 and raw[0] in {"kecamatan", "kec", "kelurahan", "kel"})):
            raw = raw[:i]
            break
    words: list[str] = []
    for w in raw:
        if w == "pp" and words[-1:] == ["polisi"]:
            words.extend(["pamong", "praja"])
        else:
            words.extend(SINGKATAN_KANTOR.get(w, w).split())
    content = [_KATA_SAMA.get(w, w) for w in words if w not in _SAMBUNG]
    if content == ["sekretariat", "daerah"]:
        return content
    return [w for w in content if w not in _KATA_UMUM]


def banding_kantor(a, b) -> tuple[str, list[str], list[str]]:
    """Whether two office names name the same office, by their content words (``kata_kantor``):
    ``sama`` (the same words, in any order), ``bagian`` (one side's words all among the other's, which
    has more: ``Dinas Sosial`` / ``Dinas Sosial P3A`` may be one office or two), ``singkatan`` (the same
    once a word of one side is read as the initials of the other's words, ``_singkatan_diurai``: a guess,
    ``BKD`` is two offices), ``serumpun`` (both name an ``usaha`` and differ only in the words mikro,
    kecil, menengah, ``_KATA_USAHA``: one dinas koperasi is written so, or two offices) or ``beda`` (a
    word of each side missing from the other: Pertanian and Pertanahan), with the words found on
    ``a``'s side only and on ``b``'s only; ``ejaan`` (each word on one side only is one letter from one
    on the other, both of five letters or more, ``_salah_ketik``: a typo, ``KOPERSI``, or two offices).

    Examples
    --------
    >>> banding_kantor("Dinas Kesehatan Kabupaten Contoh", "DINAS KESEHATAN")
    ('sama', [], [])
    >>> banding_kantor("Dinas Pertanian", "DINAS PERTANAHAN")
    ('beda', ['pertanian'], ['pertanahan'])
    >>> banding_kantor("Dinas Sosial", "DINAS SOSIAL P3A")[0], banding_kantor("Badan Kepegawaian Daerah", "BKD")[0]
    ('bagian', 'singkatan')
    >>> banding_kantor("Dinas Koperasi Usaha Kecil dan Menengah", "DINAS KOPERASI DAN USAHA MIKRO")
    ('serumpun', ['kecil', 'menengah'], ['mikro'])
    >>> banding_kantor("DINAS KOPERSI USAHA KECIL DAN MENENGAH", "Dinas Koperasi Usaha Kecil dan Menengah")
    ('ejaan', ['kopersi'], ['koperasi'])
    """
    ka, kb = kata_kantor(a), kata_kantor(b)
    hanya_a, hanya_b = [w for w in ka if w not in kb], [w for w in kb if w not in ka]
    if not ka or not kb:
        rel = "beda"
    elif not hanya_a and not hanya_b:
        return "sama", [], []
    elif not hanya_a or not hanya_b:
        rel = "bagian"
    elif any(set(kata_kantor(_singkatan_diurai(" ".join(kata_kantor(x)), y))) == set(kata_kantor(y))
             for x, y in ((a, b), (b, a))):
        rel = "singkatan"
    elif "usaha" in ka and "usaha" in kb and set(hanya_a) | set(hanya_b) <= _KATA_USAHA:
        rel = "serumpun"
    elif _salah_ketik(hanya_a, hanya_b):
        rel = "ejaan"
    else:
        rel = "beda"
    return rel, _seperti_ditulis(a, hanya_a), _seperti_ditulis(b, hanya_b)


def _salah_ketik(a: list[str], b: list[str]) -> bool:
    """Whether the words ``a`` and ``b`` pair off, each of five letters or more and one letter (one edit)
    from its pair: one name typed two ways. Two letters apart are two words (Pertanian, Pertanahan).

    >>> _salah_ketik(["kopersi"], ["koperasi"]), _salah_ketik(["pertanian"], ["pertanahan"])
    (True, False)
    >>> _salah_ketik(["sosil"], ["sosial"]), _salah_ketik(["pp"], ["pa"])
    (True, False)
    """
    sisa = list(b)
    for w in a:
        x = next((x for x in sisa if min(len(w), len(x)) >= 5 and Levenshtein.distance(w, x, score_cutoff=1) <= 1),
                 None)
        if x is None:
            return False
        sisa.remove(x)
    return len(a) == len(b) > 0


def _seperti_ditulis(nama, kata: list[str]) -> list[str]:
    """Words of ``kata_kantor`` named as ``nama`` writes them where it wrote another form (``_KATA_SAMA``):
    a message names the words a side wrote.

    >>> _seperti_ditulis("BADAN PENGELOLA KEUANGAN DAN ASET DAERAH", ["pengelolaan"])
    ['pengelola']
    """
    ditulis = set(re.sub(r"[^\w]+", " ", str(nama)).lower().split())
    return [_ASAL.get(w, w) if w not in ditulis and _ASAL.get(w) in ditulis else w for w in kata]
