"""Showing document text safely: it is data, never markup or script.

Every string that comes from the source document (program, kegiatan and sub
kegiatan names, indikator, satuan, keterangan, solusi, lokasi, and the findings'
``nama`` / ``pesan`` that quote them) passes through one of these helpers before
it is placed in HTML or Markdown:

- ``html_teks`` for HTML (Styler cells, templates without autoescape),
- ``markdown_teks`` for the Markdown narratives, which nbconvert renders with
  mistune *without* escaping raw HTML and *with* ``javascript:`` links allowed.

Both return ``""`` for ``None`` and missing values (``pd.NA``, ``NaN``).
Matplotlib text is handled in ``plots`` (``text.parse_math`` off), the Excel
cell limit in ``workbook``.
"""
from __future__ import annotations

import html

import pandas as pd

#: Characters replaced by an HTML character reference in Markdown (raw HTML,
#: entities, autolinks, block quotes). Quotes too, as ``html.escape`` does.
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
#: Markdown punctuation escaped with a backslash: escapes, code spans, emphasis,
#: links and images, headings, tables, strikethrough, math (nbconvert, JupyterLab).
MARKDOWN_KHUSUS = "\\`*_[]#|~$"


def _kosong(s) -> bool:
    if s is None:
        return True
    try:
        return bool(pd.isna(s))
    except (TypeError, ValueError):        # list-like: not a missing scalar
        return False


def html_teks(s) -> str:
    """Text for HTML: ``&``, ``<``, ``>``, ``"`` and ``'`` as character references.

    Parameters
    ----------
    s : object
        Any value; it is converted with ``str``. ``None`` and missing values
        (``pd.NA``, ``NaN``) give ``""``.

    Returns
    -------
    str
        Text that shows literally in an HTML element or a quoted attribute.

    Examples
    --------
    >>> html_teks('<script>alert(1)</script>')
    '&lt;script&gt;alert(1)&lt;/script&gt;'
    >>> html_teks('<img src=x onerror="alert(2)">')
    '&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'
    >>> html_teks("Koperasi & UKM")
    'Koperasi &amp; UKM'
    >>> html_teks(None), html_teks(pd.NA), html_teks(float("nan"))
    ('', '', '')
    """
    if _kosong(s):
        return ""
    return html.escape(str(s), quote=True)


def markdown_teks(s) -> str:
    r"""Text for Markdown that renders literally: no HTML, no link, no emphasis, no math.

    HTML-special characters become character references (as in ``html_teks``),
    the Markdown punctuation in ``MARKDOWN_KHUSUS`` gets a backslash, and line
    breaks become spaces (the text is placed inside a sentence or a heading; a
    line break would let it start a block of its own). ``://`` gets a backslash
    too, so that a bare URL is not turned into a link. Other characters, such
    as ``.``, ``-``, ``(`` and ``/`` in names, are left as they are: they have
    no effect inside a line.

    Parameters
    ----------
    s : object
        Any value; it is converted with ``str``. ``None`` and missing values
        give ``""``.

    Returns
    -------
    str
        Markdown source that a CommonMark renderer (mistune in nbconvert,
        marked in JupyterLab) shows as the original characters.

    Examples
    --------
    >>> print(markdown_teks("<script>alert(1)</script>"))
    &lt;script&gt;alert(1)&lt;/script&gt;
    >>> print(markdown_teks("**tebal** dan [klik](javascript:alert(3))"))
    \*\*tebal\*\* dan \[klik\](javascript:alert(3))
    >>> print(markdown_teks(r"$\alpha$ `kode` a_b #1 | ~x~"))
    \$\\alpha\$ \`kode\` a\_b \#1 \| \~x\~
    >>> print(markdown_teks("KABUPATEN / KOTA (UMKM), Rp.500.000,- 10%"))
    KABUPATEN / KOTA (UMKM), Rp.500.000,- 10%
    >>> print(markdown_teks("lihat https://contoh.go.id"))
    lihat https\://contoh.go.id
    >>> print(markdown_teks("baris satu\n# baris dua"))
    baris satu \# baris dua
    >>> markdown_teks(None), markdown_teks(pd.NA)
    ('', '')
    """
    if _kosong(s):
        return ""
    out = []
    for ch in " ".join(str(s).splitlines()):
        if ch in _HTML:
            out.append(_HTML[ch])
        elif ch in MARKDOWN_KHUSUS:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("://", "\\://")


__all__ = ["MARKDOWN_KHUSUS", "html_teks", "markdown_teks"]
