"""Writers for the processed tables: CSV + Parquet, all-or-nothing.

Files are first written to a temporary folder beside the output folder and
moved into place only when every table was written, so a failure leaves the
existing outputs untouched. Output bytes depend only on the data (no
timestamps), so the same input gives byte-identical files.

One output folder is one set: a build replaces every file an earlier build of any
kind wrote there (``milik_build``: a document's tables and workbook, a corpus's
tables and ``dokumen/``, SIPD tables) and carries over only the user's own files.
A build holds the folder's lock from its start to its end (``kunci_keluaran``), so a
second build into the same folder refuses at once instead of reading for minutes and
mixing two sets.
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..errors import sebab_os

#: A text cell starting with one of these would run as a formula in a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    r"""Prefix text cells that a spreadsheet would run as a formula with ``'``.

    Only text columns are touched; numbers (negative ones included) are not.

    Examples
    --------
    >>> df = pd.DataFrame({"k": pd.Series(['=HYPERLINK("http://x","y")', "aman", None], dtype="string")})
    >>> neutralise_formulas(df)["k"].tolist()
    ['\'=HYPERLINK("http://x","y")', 'aman', <NA>]
    """
    out = df.copy(deep=False)            # copy-on-write: a column changed below leaves ``df`` as it is
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype) or not pd.api.types.is_string_dtype(s.dtype):
            continue
        if not _ada_formula(s):          # most columns: nothing to prefix
            continue
        risky = s.astype("string").str.startswith(FORMULA_START).fillna(False).astype(bool)
        if risky.any():
            out[col] = s.mask(risky, "'" + s.astype("string"))
    return out


def _ada_formula(s: pd.Series) -> bool:
    r"""Whether a text column may hold a cell ``neutralise_formulas`` prefixes: for
    Arrow-backed text, whether a cell's first character is a ``FORMULA_START`` (one
    pass in Arrow, no Series built); any other column is checked by the full rule.

    >>> _ada_formula(pd.Series(["aman", None, "-5"], dtype="string")), _ada_formula(pd.Series(["a\t="], dtype="string"))
    (True, False)
    """
    if not (isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow"):
        return True
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    first = pc.utf8_slice_codeunits(pa.array(s.array), 0, 1)
    return bool(pc.any(pc.is_in(first, value_set=_FORMULA_START_ARROW().cast(first.type))).as_py())


@functools.cache
def _FORMULA_START_ARROW():  # noqa: N802 - a constant, built on first use (pyarrow imported then)
    import pyarrow as pa

    if any(len(c) != 1 for c in FORMULA_START):      # pragma: no cover - the check above compares one character
        raise ValueError("FORMULA_START must hold single characters")
    return pa.array(FORMULA_START, type=pa.large_string())


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """UTF-8, comma separator, dot decimal, header row, ``\\n`` line ends; text that a
    spreadsheet would run as a formula is prefixed with ``'``."""
    neutralise_formulas(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow", compression="snappy")


class OutputError(RuntimeError):
    """The output folder cannot be written (a file, read-only, locked by another build)."""


#: Every table a build writes (a document: ``load.TABLES``; SIPD data: ``load.SIPD_TABLES``, realisation:
#: ``load.SIPD_REALISASI_TABLES``; ``check --sipd-realisasi --out``: ``dokumen_vs_realisasi_sipd`` and its findings;
#: a corpus: the document's tables, consolidated). Their CSV and Parquet files in an
#: output folder belong to the set and are replaced by the next build, never carried over.
TABEL_KELUARAN = ("evaluasi", "tujuan_sasaran", "review_rkpd", "rencana", "pergeseran", "temuan", "pembacaan",
                  "tabel21", "dokumen", "sipd_rencana", "sipd_indikator", "sipd_temuan", "sipd_pemda",
                  "sipd_analisis_penunjang", "sipd_analisis_sumber_dana", "sipd_analisis_label",
                  "sipd_analisis_lokasi", "sipd_analisis_keluaran", "sipd_analisis_outcome", "sipd_analisis_n_depan",
                  "sipd_realisasi", "sipd_realisasi_periode", "sipd_realisasi_berkas", "sipd_realisasi_temuan",
                  "sipd_serapan", "dokumen_vs_realisasi_sipd", "dokumen_vs_realisasi_sipd_temuan")
#: The folder of a corpus's per-document tables (``OUT/dokumen/<id>/``).
FOLDER_DOKUMEN = "dokumen"
#: The reviewers' workbook, written beside the processed tables of one document, is named
#: by the document's year (``nama_buku_kerja``); any year's is a build's (``milik_build``).
_BUKU_KERJA = re.compile(r"evaluasi-renja(?:-\d{4})?\.xlsx")


def nama_buku_kerja(tahun) -> str:
    """The workbook's file name for a document of year ``tahun`` (``dokumen.tahun``);
    without a year, none is named.

    >>> nama_buku_kerja(2025), nama_buku_kerja(None)
    ('evaluasi-renja-2025.xlsx', 'evaluasi-renja.xlsx')
    """
    return "evaluasi-renja.xlsx" if tahun is None or pd.isna(tahun) else f"evaluasi-renja-{int(tahun)}.xlsx"


#: The bundled document's workbook (the README's and docs' example).
WORKBOOK = nama_buku_kerja(2024)


def milik_build(name: str) -> bool:
    """True when ``name`` (an entry of an output folder) is written by some build.

    >>> [milik_build(n) for n in ("evaluasi.csv", "sipd_pemda.parquet", "dokumen", WORKBOOK,
    ...                           "evaluasi-renja-2025.xlsx", "catatan.txt", "evaluasi-renja-saya.xlsx")]
    [True, True, True, True, True, False, False]
    """
    stem, dot, ext = name.rpartition(".")
    return (name == FOLDER_DOKUMEN or _BUKU_KERJA.fullmatch(name) is not None
            or (bool(dot) and ext in ("csv", "parquet") and stem in TABEL_KELUARAN))


def adalah_keluaran(folder) -> bool:
    """True when ``folder`` holds a set written by a build (its ``dokumen``, ``sipd_pemda`` or
    ``sipd_realisasi_periode`` table as CSV and Parquet): our own outputs, never read as documents.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> adalah_keluaran(d), (d / "dokumen.csv").touch(), (d / "dokumen.parquet").touch(), adalah_keluaran(d)
    (False, None, None, True)
    """
    folder = Path(folder)
    return any((folder / f"{t}.csv").is_file() and (folder / f"{t}.parquet").is_file()
               for t in ("dokumen", "sipd_pemda", "sipd_realisasi_periode"))


#: Locks this process holds, by output folder (``kunci_keluaran``): ``write_tables`` into a
#: folder held here does not lock it again.
_HELD: dict[Path, object] = {}


def _target(out_dir) -> Path:
    """The folder a build writes: absolute; a symlink to a folder is followed."""
    out_dir = Path(out_dir).absolute()
    if out_dir.is_symlink() and out_dir.is_dir():
        out_dir = out_dir.resolve()          # write into the folder the link points to
    return out_dir


#: A folder another process holds (a build writing it, a report reading and writing it).
_DIPAKAI = ("folder keluaran {out_dir} sedang dipakai build atau report lain; tunggu sampai proses itu selesai "
            "lalu ulangi")


def _lock(out_dir: Path):
    """An exclusive lock beside ``out_dir``: a second build into the same folder refuses."""
    import fcntl

    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    try:
        fh = open(lock_path, "a")
    except OSError as exc:
        raise OutputError(f"folder keluaran {out_dir} tidak dapat ditulis ({sebab_os(exc)})") from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise OutputError(_DIPAKAI.format(out_dir=out_dir)) from None
    return fh


def _check_out(out_dir: Path, names: set | None = None) -> None:
    """Refuse an ``--out`` that is a file or not an output folder (``names``: entries the
    build writes, besides ``milik_build``); create its parent."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} adalah berkas, bukan folder")
    _refuse_foreign(out_dir, names or set())
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"folder keluaran {out_dir} tidak dapat dibuat ({sebab_os(exc)})") from None


@contextlib.contextmanager
def kunci_keluaran(out_dir):
    """Hold the lock of an output folder for a whole build (reading included).

    A second build into the same folder, started while this one reads, refuses at once
    (``OutputError``: the folder, and that another build holds it) instead of reading
    everything and then mixing its set with this one's. ``write_tables`` into the held
    folder inside the block does not lock again. The lock is a ``flock`` on
    ``.<name>.lock`` beside the folder: released when the process ends, however it ends.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "olahan"
    >>> with kunci_keluaran(out):
    ...     try:
    ...         with kunci_keluaran(out):
    ...             pass
    ...     except OutputError as exc:
    ...         print("sedang dipakai build atau report lain" in str(exc))
    True
    """
    out_dir = _target(out_dir)
    if out_dir in _HELD:
        raise OutputError(_DIPAKAI.format(out_dir=out_dir))
    _check_out(out_dir)
    fh = _lock(out_dir)
    _HELD[out_dir] = fh
    try:
        yield out_dir
    finally:
        _HELD.pop(out_dir, None)
        fh.close()


def lepas_warisan() -> None:
    """In a forked worker: close the copies of the locks the parent holds (the parent keeps
    them; a worker outliving its parent must not keep the folder locked)."""
    for fh in _HELD.values():
        with contextlib.suppress(OSError):
            fh.close()          # type: ignore[attr-defined]
    _HELD.clear()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _carry_over(old: Path, new: Path) -> None:
    """Carry a file the build does not write into the new set: a symlink stays a symlink,
    a file is hard-linked where possible (no copy of a large file), else copied."""
    if old.is_symlink():
        os.symlink(os.readlink(old), new)
    elif old.is_dir():
        shutil.copytree(old, new, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(old, new)


def _link_or_copy(src, dst) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _switch(staging: Path, out_dir: Path, milik=None) -> None:
    """Put the staged set in place of ``out_dir`` in one step where the system allows;
    the user's own files of the old folder are carried over (not the files of an earlier
    build: ``milik_build``, so a corpus set never keeps a document's workbook, nor a
    document set a corpus's ``dokumen/``), and the folder keeps its permission bits.

    ``milik``: instead of ``milik_build``, whether an entry of the old folder (its path
    relative to the folder, ``a/b.html``) belongs to the set being replaced; a folder present
    in both the old and the staged set is then merged entry by entry (a report's
    ``notebooks/program/`` beside the user's ``notebooks/templates/``)."""
    if out_dir.exists():
        _bawa_lama(out_dir, staging, milik)
        shutil.copymode(out_dir, staging)
        if _exchange(staging, out_dir):
            return
        retired = staging.with_name(staging.name + "-lama")
        os.rename(out_dir, retired)
        os.rename(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, out_dir)


def _bawa_lama(old_dir: Path, new_dir: Path, milik=None, rel: str = "") -> None:
    """Carry the entries of ``old_dir`` that the staged set ``new_dir`` neither holds nor
    replaces (``_switch``)."""
    written = {p.name for p in new_dir.iterdir()}
    for old in old_dir.iterdir():
        if old.name.startswith(".staging-"):
            continue
        path = rel + old.name
        if milik is None:
            if old.name not in written and not milik_build(old.name):
                _carry_over(old, new_dir / old.name)
        elif old.name not in written:
            if not milik(path):
                _carry_over(old, new_dir / old.name)
        elif old.is_dir() and not old.is_symlink() and (new_dir / old.name).is_dir():
            _bawa_lama(old, new_dir / old.name, milik, path + "/")


def _refuse_foreign(out_dir: Path, names: set) -> None:
    """Refuse to replace a folder that is not an output folder: the project root, the
    home folder, the current folder or one above it, or a non-empty folder holding
    none of the files a build writes (``milik_build``, or ``names``; ``--out .`` or
    ``--out ~`` must not swap and copy someone's files)."""
    from ..config import ROOT

    here = Path.cwd().resolve()
    target = out_dir.resolve()
    special = {Path("/"), Path.home().resolve(), ROOT.resolve()}
    if target in special or here == target or target in here.parents:
        raise OutputError(f"--out {out_dir} bukan folder keluaran (folder proyek, rumah, atau folder kerja); "
                          "pilih folder khusus untuk tabel olahan")
    if target.is_dir():
        present = [p.name for p in target.iterdir()]
        if present and not any(milik_build(n) or n in names for n in present):
            raise OutputError(f"--out {out_dir} berisi berkas lain dan bukan keluaran renja-analysis; "
                              "pilih folder kosong atau folder keluaran sebelumnya")


def write_tables(tables: dict[str, pd.DataFrame], out_dir, extra: dict | None = None) -> list[Path]:
    """Write each table as ``<name>.csv`` and ``<name>.parquet`` into ``out_dir``, as one set.

    ``extra`` maps further file names to functions writing them (given the path),
    e.g. the Excel workbook. The whole set is written into a staging folder beside
    ``out_dir`` and switched into place in one step (an atomic directory exchange on
    Linux), so readers never see a mix of two builds and a failed or killed build
    leaves the previous set as it was; staging folders left by a killed build are
    removed by the next one. Two builds into the same folder at once: the second
    refuses (``OutputError``); a build holding the folder's lock from its start
    (``kunci_keluaran``) is not refused by its own lock. Returns the written paths.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = write_tables({"contoh": pd.DataFrame({"a": [1.5]})}, d)
    ...     [p.name for p in paths], open(paths[0]).read()
    (['contoh.csv', 'contoh.parquet'], 'a\\n1.5\\n')
    """
    out_dir = _target(out_dir)
    held = out_dir in _HELD
    if not held:
        _check_out(out_dir, {f"{n}.{ext}" for n in tables for ext in ("csv", "parquet")}
                   | {n.split("/")[0] for n in (extra or {})})
    lock = None if held else _lock(out_dir)
    try:
        with set_bertahap(out_dir) as staging:
            try:
                names = tulis_set(tables, staging, extra)
            except OSError as exc:
                raise OutputError(f"folder keluaran {out_dir} tidak dapat ditulis ({sebab_os(exc)})") from None
    finally:
        if lock is not None:
            lock.close()
    return [out_dir / n for n in names]


def tulis_set(tables: dict[str, pd.DataFrame], folder: Path, extra: dict | None = None) -> list[str]:
    """Write each table as ``<name>.csv`` and ``<name>.parquet`` and each ``extra`` file into
    ``folder`` (a staging folder: ``set_bertahap``); the names written."""
    names = []
    for name, df in tables.items():
        write_csv(df, folder / f"{name}.csv")
        write_parquet(df, folder / f"{name}.parquet")
        names += [f"{name}.csv", f"{name}.parquet"]
    for name, writer in (extra or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        writer(folder / name)
        names.append(name)
    return names


def _tahap_baru(out_dir: Path) -> Path:
    """A new staging folder beside ``out_dir`` (``.<name>.staging-*``), after removing those
    a killed run left behind."""
    for stale in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        if stale.is_symlink():
            stale.unlink()
        else:
            shutil.rmtree(stale, ignore_errors=True)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.staging-", dir=out_dir.parent))
    except OSError as exc:
        raise OutputError(f"folder induk {out_dir.parent} tidak dapat ditulis ({sebab_os(exc)}); "
                          "set keluaran disiapkan di samping --out lalu ditukar") from None
    os.chmod(staging, 0o755)          # new folders: like mkdir; an old folder's mode is kept
    return staging


@contextlib.contextmanager
def set_bertahap(out_dir, milik=None, tukar: bool = True):
    """A staging folder beside ``out_dir`` to write a new set into; when the block ends
    normally, the set is switched into place of ``out_dir`` in one step (``_switch``: the old
    folder's entries the set does not replace are carried over; ``milik`` as there), else
    removed, ``out_dir`` left as it was. ``tukar`` False: the caller switches it (``tukar_set``)
    before the block ends, e.g. several folders at the very end of a report.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "hasil"
    >>> with set_bertahap(out) as tahap:
    ...     _ = (tahap / "a.txt").write_text("baru")
    ...     out.exists()
    False
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.parent.iterdir())
    ('baru', ['hasil'])
    """
    out_dir = _target(out_dir)
    staging = _tahap_baru(out_dir)
    try:
        yield staging
        if tukar:
            tukar_set(staging, out_dir, milik)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def tukar_set(staging: Path, out_dir, milik=None) -> None:
    """Switch a staged set (``set_bertahap``) into place of ``out_dir`` (``_switch``)."""
    out_dir = _target(out_dir)
    try:
        _switch(staging, out_dir, milik)
    except OSError as exc:
        raise OutputError(f"folder keluaran {out_dir} tidak dapat ditulis ({sebab_os(exc)})") from None


def tabel_dokumen(doc) -> tuple[dict[str, pd.DataFrame], dict]:
    """One document's processed tables and the reviewers' workbook (``write_document``'s set):
    the tables, and the workbook's file name with the function writing it."""
    from .workbook import write_workbook

    tables = doc.tables()
    ident = doc.identitas
    dokumen = ", ".join(v for v in (ident.get("judul", "").capitalize(), doc.nama_instansi,
                                    ident.get("tanggal")) if v)
    tahun = doc.dokumen["tahun"].iloc[0] if doc.dokumen is not None and len(doc.dokumen) else None
    workbook = {nama_buku_kerja(tahun): lambda p: write_workbook(tables, p, sumber=doc.source.name,
                                                                 dokumen=dokumen)}
    return tables, workbook


def write_document(doc, out_dir) -> list[Path]:
    """Write one document's processed tables and the reviewers' workbook as one set."""
    tables, workbook = tabel_dokumen(doc)
    return write_tables(tables, out_dir, extra=workbook)
