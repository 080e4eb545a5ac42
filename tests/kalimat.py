"""Sentences and words of a rendered Ringkasan, for the tests of issue 20's short verdict
(``tests/unit/test_kalimat.py``, ``tests/browser/test_report.py``).

A sentence ends at ``.``, ``!`` or ``?`` followed by white space and a capital letter (so
"Rp 4.610.259.325", "Tabel 2.2" and "No. 2" do not end one); a word is what ``str.split``
separates (a no-break space separates too: "Rp 100" counts two words, the stricter count).
"""
from __future__ import annotations

import html
import re

#: Blocks of rendered HTML whose text is read: paragraphs, list items, headings; and where lists start.
_BLOK = re.compile(r"<(p|li|h[1-6])\b[^>]*>(.*?)</\1>|<(ul|ol)\b", re.S)
_TAG = re.compile(r"<[^>]+>")
_AKHIR = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c*])")


def teks(fragmen: str) -> str:
    """The visible text of an HTML fragment (tags dropped, entities decoded, attributes such as
    ``title`` not shown)."""
    return " ".join(html.unescape(_TAG.sub("", fragmen)).split())


def blok(html_teks: str) -> list[tuple[str, str]]:
    """(tag, text) of every paragraph, list item and heading in order, with ``("daftar", "")``
    where a list starts. A list item's nested paragraphs are read once, as the item."""
    out = []
    for m in _BLOK.finditer(html_teks):
        if m.group(3):
            out.append(("daftar", ""))
        else:
            out.append((m.group(1), teks(m.group(2))))
    return out


def kalimat(text: str) -> list[str]:
    """The sentences of a text."""
    return [s for s in _AKHIR.split(text.strip()) if s]


def kata(text: str) -> int:
    """How many words."""
    return len(text.split())


def sebelum_daftar(html_teks: str) -> int:
    """Words before the first list."""
    n = 0
    for tag, t in blok(html_teks):
        if tag == "daftar":
            break
        n += kata(t)
    return n


def kalimat_terpanjang(html_teks: str) -> tuple[int, str]:
    """The longest sentence of the fragment: (words, sentence)."""
    semua = [s for _, t in blok(html_teks) for s in kalimat(t)]
    return max(((kata(s), s) for s in semua), default=(0, ""))
