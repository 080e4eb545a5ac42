"""Shared fixtures: paths to the bundled document and the hand-made test documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from renja_analysis.config import DEFAULT_SOURCE

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return DEFAULT_SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def bundled():
    from renja_analysis import load_document
    return load_document()


@pytest.fixture(scope="session")
def mini_path() -> Path:
    return DATA / "renja-mini.md"


@pytest.fixture(scope="session")
def mini(mini_path):
    from renja_analysis import load_document
    return load_document(mini_path)
