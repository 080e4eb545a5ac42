"""Command line: ``renja-analysis build`` (and later ``check``, ``report``).

User errors (a bad source file) print one clear line and exit with status 2;
nothing in the output folder is replaced.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config
from .errors import RenjaParseError


def _build(args) -> int:
    from .export import write_tables
    from .load import load_document

    doc = load_document(args.source)
    paths = write_tables(doc.tables(), args.out)
    for name, df in doc.tables().items():
        print(f"{name}: {len(df)} baris")
    print(f"{len(paths)} berkas ditulis ke {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="renja-analysis",
        description="Analisis Renja / Renja Perubahan: tabel rapi, capaian, serapan, temuan.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="baca dokumen sumber, tulis tabel olahan (CSV + Parquet)")
    b.add_argument("--source", type=Path, default=config.DEFAULT_SOURCE,
                   help="berkas sumber (bawaan: dokumen di data/raw/)")
    b.add_argument("--out", type=Path, default=config.DATA_PROCESSED,
                   help="folder keluaran (bawaan: data/processed/)")
    b.set_defaults(func=_build)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except RenjaParseError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
