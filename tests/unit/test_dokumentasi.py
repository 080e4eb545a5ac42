"""The README, CONTRIBUTING and the manual in docs/ (issue 16, points 3 and 4).

``make docs`` (mkdocs --strict, run by ``make test``) checks the links inside docs/; these
tests check what mkdocs does not see: the links of the files at the root into docs/, the
README's size, and that the finding types table names every finding type.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from renja_analysis.config import ROOT
from renja_analysis.findings.document import JENIS

_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_FENCE = re.compile(r"```.*?```", re.S)
#: Code (fenced blocks, inline spans) holds example links, not links.
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def _slug(heading: str) -> str:
    """The anchor the forge (and mkdocs' toc) gives a Markdown heading.

    >>> _slug("The bad-input catalogue"), _slug("`temuan` — findings, one row")
    ('the-bad-input-catalogue', 'temuan-findings-one-row')
    """
    text = re.sub(r"[^\w\s-]", "", heading.lower())
    return re.sub(r"[\s-]+", "-", text.strip())


def _anchors(path: Path) -> set[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    return {_slug(m.group(1)) for m in re.finditer(r"(?m)^#+\s+(.*?)\s*$", text)}


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"])
def test_links_from_the_root_files_resolve(name):
    source = ROOT / name
    broken = []
    for href in _LINK.findall(_CODE.sub("", source.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", href):
            continue
        path, _, anchor = href.partition("#")
        target = (source.parent / path).resolve() if path else source
        if not target.exists():
            broken.append(f"{href} (no file)")
        elif anchor and anchor not in _anchors(target):
            broken.append(f"{href} (no heading for #{anchor})")
    assert broken == []


def test_the_readme_is_short_and_points_into_the_docs():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 15 * 1024
    linked = {Path(h.partition("#")[0]).name for h in _LINK.findall(text) if h.startswith("docs/")}
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert pages <= linked | {"index.md"}, sorted(pages - linked)
    # the Indonesian guide is linked before the first section
    assert "docs/panduan.md" in text[: text.index("\n## ")]


def test_every_docs_page_is_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in (ROOT / "docs").glob("*.md"))
    assert [p for p in pages if f": {p}\n" not in nav] == []


def test_the_finding_types_table_names_every_type_once():
    text = (ROOT / "docs" / "temuan.md").read_text(encoding="utf-8")
    start, end = text.index("<!-- temuan:mulai -->"), text.index("<!-- temuan:selesai -->")
    assert start < end
    rows = re.findall(r"(?m)^\| `([a-z_]+)` \|", text[start:end])
    assert sorted(rows) == sorted(JENIS) and len(rows) == len(set(rows))
    assert not re.findall(r"(?m)^\| `([a-z_]+)` \|", text[:start] + text[end:])


def test_the_glossary_of_the_guide_is_the_code_s():
    """docs/panduan.md holds the table ``labels.tabel_istilah`` makes, the one the report's
    glossary page shows: every technical term the pages avoid has its entry."""
    from renja_analysis import labels

    text = (ROOT / "docs" / "panduan.md").read_text(encoding="utf-8")
    assert labels.tabel_istilah() in text, "stale: print(labels.tabel_istilah()) into docs/panduan.md"
    teknis = " ".join(r["teknis"] or "" for r in labels.istilah())
    for term in ("jatuh tempo", "rasio jumlah", "PEFA PI-2"):
        assert term in teknis, term


def test_the_licence_is_the_one_pyproject_declares():
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "renja-analysis contributors" in licence


def test_the_finding_types_table_is_the_registry_s(tmp_path):
    """docs/temuan.md holds the table ``registry.tabel_markdown`` makes (regenerate it with
    ``python -m renja_analysis.findings docs/temuan.md``)."""
    from renja_analysis.findings import registry

    salinan = tmp_path / "temuan.md"
    salinan.write_text((ROOT / "docs" / "temuan.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert not registry.tulis_tabel(salinan), "stale: python -m renja_analysis.findings docs/temuan.md"
