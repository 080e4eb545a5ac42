"""A SIPD source whose name is too long for the file system, through the library (session 13).

The command line refuses such a name before reading (``cli._jalur``, exit 2); the library's SIPD
readers raised a bare ``OSError`` ("[Errno 36] File name too long", English, shown by ``check``
as "galat internal (bug)"): ``Path.is_dir`` lets ENAMETOOLONG through. Now every reader says it
as the command line does (``errors.nama_terlalu_panjang``, the one rule): the path, "nama terlalu
panjang", its longest name in bytes against the 255 bytes the usual file systems take.

By hand: ``"a" * 300 + ".json"`` is one name of 300 + 5 = 305 bytes (ASCII, one byte each); a
folder ``"b" * 256`` holding ``x.json`` has its longest name 256 bytes.
"""
from __future__ import annotations

import pytest

from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_sipd, load_sipd_realisasi
from renja_analysis.sources import is_sipd
from renja_analysis.sources.sipd_realisation import is_realisasi

READERS = [load_sipd, load_sipd_realisasi, is_sipd, is_realisasi]


@pytest.mark.parametrize("read", READERS, ids=lambda f: f.__name__)
def test_a_sipd_name_too_long_is_a_parse_error_naming_it(tmp_path, read):
    path = tmp_path / ("a" * 300 + ".json")
    with pytest.raises(RenjaParseError) as exc:
        read(path)
    assert exc.value.path == path
    assert "nama terlalu panjang" in exc.value.message
    assert "terpanjang 305 byte" in exc.value.message
    assert "paling panjang 255 byte per nama" in exc.value.message


@pytest.mark.parametrize("read", [load_sipd, load_sipd_realisasi], ids=lambda f: f.__name__)
def test_a_folder_name_too_long_names_its_length(tmp_path, read):
    path = tmp_path / ("b" * 256) / "x.json"
    with pytest.raises(RenjaParseError, match="terpanjang 256 byte"):
        read(path)


def test_the_command_line_and_the_library_say_the_same(tmp_path):
    """The one rule: the command line's words (its test: test_sumber_bukan_sipd) from the same function."""
    import argparse

    from renja_analysis.cli import _jalur
    from renja_analysis.errors import nama_terlalu_panjang

    long = str(tmp_path / ("a" * 300 + ".json"))
    with pytest.raises(argparse.ArgumentTypeError) as cli:
        _jalur(long)
    with pytest.raises(RenjaParseError) as lib:
        load_sipd(long)
    rule = nama_terlalu_panjang(long)
    assert rule in str(cli.value) and rule in lib.value.message


def test_a_missing_sipd_path_is_still_not_there(tmp_path):
    with pytest.raises(RenjaParseError, match="berkas tidak ada"):
        load_sipd(tmp_path / "tidak-ada.json")
