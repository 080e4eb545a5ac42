"""Differential check of issue #21: old code (a git ref) and new code, byte for byte, on many sources.

``make banding`` (``REF=...``). The rewrites of issue #21 (speed, memory) must not change a
finding, a refusal, a table or an output byte. This script is their safety net: it runs the
code of a git ref (the *old* side: a detached worktree of ``--ref`` in a temporary folder,
removed afterwards, also after a failure or Ctrl-C) and the code of a checkout (the *new*
side: ``--new``, by default the checkout this script lies in) on the same sources, with the
same python (the one running this script, normally ``.venv/bin/python``), and compares for
every source:

- ``renja-analysis build --source SOURCE --out OUT --quiet --jobs 1``: its exit code, stdout
  and stderr (the side's own folders replaced by ``<OUT>`` and ``<ROOT>``) and every file it
  writes, byte for byte; where the bytes differ, CSV files are compared cell by cell, Parquet
  files by ``pandas.read_parquet`` (values and dtypes), workbooks member by member and cell by
  cell, JSON by value, so that the first difference can be named (file, column, row, old
  value, new value);
- ``renja-analysis check`` on the bundled document (``--strict``; ``--sipd`` with its SIPD export,
  and with another pemda's: refused, then ``--paksa``) and on the realisation document
  (``--sipd-realisasi`` with the tables it writes), compared the same way;
- ``load_document(SOURCE)`` in the same process (file sources): every table of the returned
  document, also those ``build`` does not write (``lokasi``, ``temuan_baca``, ``pembacaan``,
  ``total_review`` ...), pickled by each side and compared (or the error each side raised).

Each side runs in subprocesses with ``PYTHONPATH`` set to its checkout; each subprocess
reports ``renja_analysis.__file__`` and the run stops if it is not inside that checkout (the
editable install of the venv must not win). The sources (temporary folder, nothing is written
into the repository):

- ``data/raw`` and every source under ``tests/data`` (each file, and each folder: corpus
  folders, SIPD exports of one pemda);
- synthetic documents written by the *old* side's ``renja_analysis.synthetic.tulis_dokumen``
  (so that both sides read the same bytes whatever the new code changed): several sizes and
  seeds, both number conventions, small pages (headers repeated), Renja and Renja Perubahan,
  quarters, planted contradictions;
- mutated copies of the bundled document, of the small test documents and of synthetic ones
  (``mutate``, seeded: lines swapped, duplicated or deleted, digits changed, thousands
  separators changed, number cells rewritten (Rp, parentheses, decimals, percent, a dash), bold
  markers added or removed, header words changed, page footers inserted, names wrapped onto a
  second line).

``--quick`` takes a subset (26 sources, about 45 s of CPU: 110 s wall at load 11 on 2 cores);
``make banding`` runs the full set (about 200 sources, about 300 s of CPU: 10 minutes at load 6).
The count line tallies the old side's exit codes (most sources must be read, not refused, for
the comparison to mean much) and names the three sources that cost most. Sources run in ``--jobs`` processes
(default 2: the old and the new side at once; 4: two per side ...), each process reading its
share of the sources one after another in-process (``cli.main``; ``--fresh`` runs every build
as its own ``python -m renja_analysis`` instead, slower, for a change that could depend on the
process: caches, signals).

The output is one line per differing source with its first difference, then a count line;
the exit status is 1 when any source differs (or a side could not run), 0 when all are equal.

Usage::

    python bench/banding.py [--ref REF] [--new CHECKOUT] [--quick] [--jobs N] [--fresh] [--keep]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import pickle
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: The attributes of ``RenjaDocument`` compared after ``load_document`` (pickled by each side).
DOC_FIELDS = ("evaluasi", "tujuan_sasaran", "review_rkpd", "rencana", "tabel21", "total_review",
              "header_review", "identitas", "periode", "pergeseran", "temuan", "triwulan", "pembacaan",
              "temuan_baca", "sheet", "sha256", "dokumen", "lokasi", "murni", "rekonsiliasi")
#: Suffixes of the file sources also read by ``load_document``.
DOC_SUFFIXES = (".md", ".txt", ".xlsx")


# --- mutations --------------------------------------------------------------------------

_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_FOOTERS = ("Halaman {n}", "- {n} -", "{n}", "Renja Perubahan {n}", "\f", "Hal. {n} dari 40")
_HEADER_WORDS = ("Program", "Kegiatan", "Indikator", "Target", "Realisasi", "Pagu", "Lokasi", "Keterangan",
                 "Volume", "Satuan", "Anggaran", "Capaian")


def _table_line(rng: random.Random, lines: list[str]) -> int | None:
    """A random line with a tab (a table row or header), or None."""
    rows = [k for k, line in enumerate(lines) if "\t" in line]
    return rng.choice(rows) if rows else None


def _m_swap(rng, lines):
    k = _table_line(rng, lines)
    if k is None or k + 1 >= len(lines):
        return None
    lines[k], lines[k + 1] = lines[k + 1], lines[k]
    return f"swap {k + 1}/{k + 2}"


def _m_duplicate(rng, lines):
    k = _table_line(rng, lines)
    if k is None:
        return None
    lines.insert(k + 1, lines[k])
    return f"duplicate {k + 1}"


def _m_delete(rng, lines):
    k = _table_line(rng, lines)
    if k is None:
        return None
    del lines[k]
    return f"delete {k + 1}"


def _m_digit(rng, lines):
    rows = [k for k, line in enumerate(lines) if "\t" in line and any(c.isdigit() for c in line)]
    if not rows:
        return None
    k = rng.choice(rows)
    spots = [i for i, c in enumerate(lines[k]) if c.isdigit()]
    i = rng.choice(spots)
    new = rng.choice([d for d in "0123456789" if d != lines[k][i]])
    lines[k] = lines[k][:i] + new + lines[k][i + 1:]
    return f"digit {k + 1}:{i + 1}"


def _m_thousands(rng, lines):
    rows = [k for k, line in enumerate(lines) if "\t" in line and _NUMBER.search(line)]
    if not rows:
        return None
    k = rng.choice(rows)
    found = list(_NUMBER.finditer(lines[k]))
    m = rng.choice(found)
    text = m.group()
    sep = "." if "," in text else ","
    new = rng.choice([text.replace(",", sep).replace(".", sep) if sep == "." else text.replace(".", sep),
                      re.sub(r"[.,]", "", text), re.sub(r"[.,]", " ", text), text + sep + "5"])
    lines[k] = lines[k][:m.start()] + new + lines[k][m.end():]
    return f"thousands {k + 1}:{text}->{new}"


_CELL_NUMBER = re.compile(r"^(?:<b>)?(-?\d[\d.,]*)(?:</b>)?$")
#: Other ways a document writes a number (the cell's digits as ``{d}``, its text as ``{t}``).
_NUMBER_FORMS = ("Rp {t}", "Rp. {t}", "({t})", "-{t}", "{t},00", "{t}.00", "{t} %", "{t}%", " {t} ", "{d}",
                 "{d}.5", "{d},5", "0,{d}", "0.{d}", "{d}.000", "-", "", "{t}{t}", "{t} {t}")


def _m_number(rng, lines):
    """A number cell rewritten in another form a document may use (currency, parentheses,
    decimals, percent, a dash ...)."""
    spots = [(k, i) for k, line in enumerate(lines) if "\t" in line
             for i, c in enumerate(line.split("\t")) if _CELL_NUMBER.match(c.strip())]
    if not spots:
        return None
    k, i = rng.choice(spots)
    cells = lines[k].split("\t")
    text = _CELL_NUMBER.match(cells[i].strip()).group(1)
    digits = re.sub(r"\D", "", text) or "0"
    form = rng.choice(_NUMBER_FORMS)
    cells[i] = cells[i].replace(text, form.format(t=text, d=digits), 1)
    lines[k] = "\t".join(cells)
    return f"number {k + 1}:{i + 1} {text!r}->{cells[i]!r}"


def _m_bold(rng, lines):
    k = _table_line(rng, lines)
    if k is None:
        return None
    line = lines[k]
    if "<b>" in line or "**" in line:
        lines[k] = line.replace("<b>", "").replace("</b>", "").replace("**", "")
        return f"bold off {k + 1}"
    cells = line.split("\t")
    full = [i for i, c in enumerate(cells) if c.strip()]
    if not full:
        return None
    i = rng.choice(full)
    cells[i] = rng.choice(["<b>{}</b>", "**{}**", "<b>{}"]).format(cells[i])
    lines[k] = "\t".join(cells)
    return f"bold on {k + 1}:{i + 1}"


def _m_header(rng, lines):
    rows = [k for k, line in enumerate(lines) if "\t" in line and any(w in line for w in _HEADER_WORDS)]
    if not rows:
        return None
    k = rng.choice(rows)
    words = [w for w in _HEADER_WORDS if w in lines[k]]
    w = rng.choice(words)
    new = rng.choice([w.upper(), w.lower(), w[:-1], w + "s", ""])
    lines[k] = lines[k].replace(w, new, 1)
    return f"header {k + 1}:{w}->{new!r}"


def _m_footer(rng, lines):
    k = _table_line(rng, lines)
    if k is None:
        return None
    footer = rng.choice(_FOOTERS).format(n=rng.randrange(2, 60))
    lines.insert(k + 1, footer)
    return f"footer after {k + 1}: {footer!r}"


def _m_wrap(rng, lines):
    rows = [k for k, line in enumerate(lines)
            if "\t" in line and any(len(c.split()) >= 3 for c in line.split("\t"))]
    if not rows:
        return None
    k = rng.choice(rows)
    cells = lines[k].split("\t")
    long_ = [i for i, c in enumerate(cells) if len(c.split()) >= 3]
    i = rng.choice(long_)
    words = cells[i].split(" ")
    cut = rng.randrange(1, len(words))
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    cells[i] = head
    lines[k:k + 1] = ["\t".join(cells), "\t" * i + tail]
    return f"wrap {k + 1}:{i + 1}"


#: The mutations ``mutate`` chooses from: each changes ``lines`` in place and describes itself
#: (None: nothing to change in this text).
MUTATIONS = {"swap": _m_swap, "duplicate": _m_duplicate, "delete": _m_delete, "digit": _m_digit,
             "thousands": _m_thousands, "bold": _m_bold, "header": _m_header, "footer": _m_footer,
             "wrap": _m_wrap, "number": _m_number}


def mutate(text: str, seed: int, count: int | None = None) -> tuple[str, list[str]]:
    """A mutated copy of a document's text, deterministic from ``seed``.

    ``count`` mutations (default: 1 to 3, by the seed), each chosen from ``MUTATIONS`` and
    applied to a table line (a line with a tab) chosen by the seed.

    Returns
    -------
    (str, list of str)
        The new text and what was done (``"digit 140:17"`` ...).

    Examples
    --------
    >>> text = "Tabel 2.2\\nProgram\\tPagu\\nPROGRAM A\\t1.250.000\\nKegiatan B\\t750.000\\n"
    >>> mutate(text, 3) == mutate(text, 3)
    True
    >>> mutate(text, 3)[0] != text
    True
    """
    rng = random.Random(f"banding-{seed}")
    lines = text.split("\n")
    done: list[str] = []
    wanted = count if count is not None else rng.randint(1, 3)
    tries = 0
    while len(done) < wanted and tries < 20:
        tries += 1
        name = rng.choice(sorted(MUTATIONS))
        what = MUTATIONS[name](rng, lines)
        if what is not None:
            done.append(what)
    return "\n".join(lines), done


# --- comparison -------------------------------------------------------------------------

def _show(value, width: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= width else text[:width - 3] + "..."


def _pair(old, new, width: int = 80) -> str:
    """``old X, new Y``; two long texts shown around the first character where they differ.

    >>> _pair("a" * 100 + "x", "a" * 100 + "y", width=10)
    "old ...'aaaaax', new ...'aaaaay'"
    """
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > width - 2:
        k = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
        start = max(0, k - width // 2)
        cut_a, cut_b = old[start:start + width], new[start:start + width]
        dots = "..." if start else ""
        return f"old {dots}{cut_a!r}{'...' if start + width < len(old) else ''}, " \
               f"new {dots}{cut_b!r}{'...' if start + width < len(new) else ''}"
    return f"old {_show(old, width)}, new {_show(new, width)}"


def _same(x, y) -> bool:
    """Two cells equal: the same value, or both missing of the same kind (None, NaN, NA, NaT)."""
    import pandas as pd

    missing_x = x is None or (pd.api.types.is_scalar(x) and bool(pd.isna(x)))
    missing_y = y is None or (pd.api.types.is_scalar(y) and bool(pd.isna(y)))
    if missing_x or missing_y:
        return missing_x and missing_y and type(x) is type(y)
    try:
        return bool(x == y) and type(x) is type(y)
    except (TypeError, ValueError):        # arrays, lists of arrays
        return repr(x) == repr(y)


def first_difference(old, new) -> str | None:
    """Where two DataFrames first differ (columns, dtypes, index, then cells), or None if equal.

    Values must be exactly equal (NaN equals NaN, nothing else is tolerated); a difference
    that only ``pandas.testing.assert_frame_equal`` sees (an index name ...) is reported with
    its first line.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"nama": ["A", "B"], "pagu_rp": [1.0, 2.0]})
    >>> first_difference(a, a.copy()) is None
    True
    >>> b = a.copy(); b.loc[1, "pagu_rp"] = 2.5
    >>> first_difference(a, b)
    'column pagu_rp, row 1 (index 1): old 2.0, new 2.5'
    >>> first_difference(a, a.astype({"pagu_rp": "int64"}))
    'column pagu_rp: dtype old float64, new int64'
    """
    import numpy as np
    import pandas as pd

    if list(old.columns) != list(new.columns):
        gone = [c for c in old.columns if c not in set(new.columns)]
        added = [c for c in new.columns if c not in set(old.columns)]
        if gone or added:
            return f"columns: only old {gone}, only new {added}"
        return f"column order: old {list(old.columns)}, new {list(new.columns)}"
    for col in old.columns:
        if str(old[col].dtype) != str(new[col].dtype):
            return f"column {col}: dtype old {old[col].dtype}, new {new[col].dtype}"
    if len(old) != len(new):
        return f"rows: old {len(old)}, new {len(new)}"
    if not old.index.equals(new.index):
        same = np.asarray(old.index == new.index)
        k = int(np.argmin(same)) if not same.all() else 0
        return f"index, row {k}: {_pair(old.index[k], new.index[k])}"
    for col in old.columns:
        if old[col].dtype != object and old[col].equals(new[col]):
            continue        # (equals takes None for NaN and 1 for 1.0: object columns cell by cell)
        a, b = old[col].to_numpy(dtype=object), new[col].to_numpy(dtype=object)
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if not _same(x, y)), None)
        if k is not None:
            return f"column {col}, row {k} (index {old.index[k]}): {_pair(a[k], b[k])}"
    try:
        pd.testing.assert_frame_equal(old, new, check_exact=True)
    except AssertionError as exc:
        return "frame: " + " ".join(str(exc).split())[:200]
    return None


def _value_difference(old, new, where: str = "") -> str | None:
    """The first difference of two pickled values (DataFrames, lists, dicts, scalars)."""
    import pandas as pd

    if isinstance(old, pd.DataFrame) or isinstance(new, pd.DataFrame):
        if not (isinstance(old, pd.DataFrame) and isinstance(new, pd.DataFrame)):
            return f"{where}: old {type(old).__name__}, new {type(new).__name__}"
        found = first_difference(old, new)
        return f"{where}: {found}" if found else None
    if isinstance(old, dict) and isinstance(new, dict):
        if list(old) != list(new):
            return f"{where} keys: {_pair(list(old), list(new))}"
        for key in old:
            found = _value_difference(old[key], new[key], f"{where}[{key!r}]")
            if found:
                return found
        return None
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)) and type(old) is type(new):
        if len(old) != len(new):
            return f"{where} length: old {len(old)}, new {len(new)}"
        for k, (a, b) in enumerate(zip(old, new)):
            found = _value_difference(a, b, f"{where}[{k}]")
            if found:
                return found
        return None
    if type(old) is not type(new):
        return f"{where}: type old {type(old).__name__}, new {type(new).__name__}"
    same = old == new or (isinstance(old, float) and old != old and new != new)
    return None if same else f"{where}: {_pair(old, new)}"


def _csv_difference(old: bytes, new: bytes) -> str:
    import pandas as pd

    try:
        a = pd.read_csv(io.BytesIO(old), dtype=str, keep_default_na=False)
        b = pd.read_csv(io.BytesIO(new), dtype=str, keep_default_na=False)
        found = first_difference(a, b)
        if found:
            return found
    except Exception:  # noqa: BLE001 - an unreadable CSV is compared by lines
        pass
    for k, (x, y) in enumerate(zip(old.splitlines(), new.splitlines())):
        if x != y:
            return f"line {k + 1}: {_pair(x.decode(errors='replace'), y.decode(errors='replace'))}"
    lines_a, lines_b = len(old.splitlines()), len(new.splitlines())
    return f"bytes: old {len(old)}, new {len(new)} (lines {lines_a} / {lines_b})"


def _xlsx_difference(old: Path, new: Path) -> str | None:
    """Workbooks: every zip member but the timestamps of ``docProps/core.xml`` byte for byte,
    sheet cells by value where a sheet's member differs."""
    with zipfile.ZipFile(old) as za, zipfile.ZipFile(new) as zb:
        names_a, names_b = za.namelist(), zb.namelist()
        if names_a != names_b:
            return f"members: {_pair(names_a, names_b)}"
        differing = [n for n in names_a if za.read(n) != zb.read(n)]
        if n_core := [n for n in differing if n == "docProps/core.xml"]:
            strip = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
            if strip.sub(b"", za.read(n_core[0])) == strip.sub(b"", zb.read(n_core[0])):
                differing.remove(n_core[0])
    if not differing:
        return None
    import openpyxl

    wa, wb = openpyxl.load_workbook(old, read_only=True), openpyxl.load_workbook(new, read_only=True)
    try:
        if wa.sheetnames != wb.sheetnames:
            return f"sheets: old {wa.sheetnames}, new {wb.sheetnames}"
        for name in wa.sheetnames:
            rows_a = [tuple(c for c in r) for r in wa[name].iter_rows(values_only=True)]
            rows_b = [tuple(c for c in r) for r in wb[name].iter_rows(values_only=True)]
            for k, (ra, rb) in enumerate(zip(rows_a, rows_b)):
                if ra != rb:
                    col = next((j for j, (x, y) in enumerate(zip(ra, rb)) if x != y), min(len(ra), len(rb)))
                    x = ra[col] if col < len(ra) else None
                    y = rb[col] if col < len(rb) else None
                    return f"sheet {name!r} row {k + 1} column {col + 1}: {_pair(x, y)}"
            if len(rows_a) != len(rows_b):
                return f"sheet {name!r} rows: old {len(rows_a)}, new {len(rows_b)}"
    finally:
        wa.close()
        wb.close()
    return f"same cell values, members differ (styles, widths ...): {differing[:3]}"


def file_difference(old: Path, new: Path) -> str | None:
    """The first difference of two output files, or None if they are equal (bytes; a
    workbook's timestamps and a Parquet file's bytes with equal frames and dtypes excepted)."""
    a, b = old.read_bytes(), new.read_bytes()
    if a == b:
        return None
    suffix = old.suffix.lower()
    if suffix == ".csv":
        return _csv_difference(a, b)
    if suffix == ".parquet":
        import pandas as pd

        return first_difference(pd.read_parquet(io.BytesIO(a)), pd.read_parquet(io.BytesIO(b)))
    if suffix == ".xlsx":
        return _xlsx_difference(old, new)
    if suffix == ".json":
        try:
            return _value_difference(json.loads(a), json.loads(b), "json") or "bytes (same JSON values)"
        except ValueError:
            pass
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"byte {k}: {_pair(a[k:k + 40], b[k:k + 40])}"


def _normalise(text: str, side: dict) -> str:
    for path, mark in ((side["out"], "<OUT>"), (side["root"], "<ROOT>")):
        text = text.replace(str(path), mark)
    return text


def runs(source: dict) -> list[tuple[str, list[str]]]:
    """The commands run on a source: ``(name, argv)``, ``{out}`` standing for the run's output
    folder; by default ``build`` alone."""
    if "runs" in source:
        return [(name, list(argv)) for name, argv in source["runs"]]
    return [("build", ["build", "--source", source["path"], "--out", "{out}", "--quiet", "--jobs", "1"])]


def compare_source(source: dict, old: dict, new: dict) -> str | None:
    """The first difference between the two sides' results for one source, or None."""
    key = source["id"]
    for run_name, _ in runs(source):
        found = _compare_run(key, run_name, old, new)
        if found:
            return found if run_name == "build" else f"{run_name}: {found}"
    return _compare_document(key, old, new)


def _compare_run(key: str, name: str, old: dict, new: dict) -> str | None:
    ra = json.loads((Path(old["out"]) / key / f"{name}.json").read_text(encoding="utf-8"))
    rb = json.loads((Path(new["out"]) / key / f"{name}.json").read_text(encoding="utf-8"))
    if ra["exit"] != rb["exit"]:
        return f"exit code: old {ra['exit']}, new {rb['exit']} (stderr old {_show(ra['stderr'].strip())}, " \
               f"new {_show(rb['stderr'].strip())})"
    for stream in ("stdout", "stderr"):
        a, b = _normalise(ra[stream], old), _normalise(rb[stream], new)
        if a != b:
            la, lb = a.splitlines(), b.splitlines()
            k = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            return f"{stream} line {k + 1}: {_pair(la[k] if k < len(la) else None, lb[k] if k < len(lb) else None)}"
    da, db = Path(old["out"]) / key / name, Path(new["out"]) / key / name
    files_a = sorted(p.relative_to(da).as_posix() for p in da.rglob("*") if p.is_file()) if da.exists() else []
    files_b = sorted(p.relative_to(db).as_posix() for p in db.rglob("*") if p.is_file()) if db.exists() else []
    if files_a != files_b:
        return f"files written: only old {sorted(set(files_a) - set(files_b))}, " \
               f"only new {sorted(set(files_b) - set(files_a))}"
    order = {".csv": 0, ".json": 1, ".parquet": 2, ".xlsx": 3}
    for file in sorted(files_a, key=lambda n: (order.get(Path(n).suffix, 4), n)):
        found = file_difference(da / file, db / file)
        if found:
            return f"{file}: {found}"
    return None


def _compare_document(key: str, old: dict, new: dict) -> str | None:
    pa, pb = Path(old["out"]) / key / "document.pickle", Path(new["out"]) / key / "document.pickle"
    if pa.exists() != pb.exists():
        return f"load_document: pickled by old {pa.exists()}, by new {pb.exists()}"
    if pa.exists():
        with open(pa, "rb") as fa, open(pb, "rb") as fb:
            doc_a, doc_b = pickle.load(fa), pickle.load(fb)
        if isinstance(doc_a.get("error"), str):
            doc_a["error"] = _normalise(doc_a["error"], old)
        if isinstance(doc_b.get("error"), str):
            doc_b["error"] = _normalise(doc_b["error"], new)
        found = _value_difference(doc_a, doc_b, "load_document")
        if found:
            return found
    return None


# --- the worker: one side, a share of the sources ------------------------------------------

def _cpu() -> float:
    """CPU seconds of this process and of its finished children (``--fresh`` builds)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _run_cli(cli, argv: list[str], fresh: bool) -> dict:
    """``renja-analysis ARGV``: exit code, stdout, stderr (in-process, or a fresh process)."""
    if fresh:
        run = subprocess.run([sys.executable, "-m", "renja_analysis", *argv], capture_output=True,
                             text=True, env=os.environ.copy())
        return {"exit": run.returncode, "stdout": run.stdout, "stderr": run.stderr}
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception as exc:  # noqa: BLE001 - a crash is a result to compare
            code = f"crash {type(exc).__name__}: {exc}"
    return {"exit": code, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}


def _worker(root: Path, out: Path, todo: Path, fresh: bool) -> int:
    """Run ``build`` and ``load_document`` on every source of ``todo`` with the code under ``root``."""
    import renja_analysis

    where = Path(renja_analysis.__file__).resolve()
    if root.resolve() not in where.parents:
        print(f"banding: renja_analysis imported from {where}, not from {root}", file=sys.stderr)
        return 2
    (out / f"module-{os.getpid()}.txt").write_text(str(where), encoding="utf-8")
    from renja_analysis import cli, load_document

    for source in json.loads(todo.read_text(encoding="utf-8")):
        folder = out / source["id"]
        folder.mkdir(parents=True, exist_ok=True)
        start = _cpu()
        for name, template in runs(source):
            argv = [a.replace("{out}", str(folder / name)) for a in template]
            result = _run_cli(cli, argv, fresh)
            (folder / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        if source["kind"] == "file" and Path(source["path"]).suffix.lower() in DOC_SUFFIXES:
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    doc = load_document(source["path"], sipd=source.get("sipd"))
                value = {name: getattr(doc, name, None) for name in DOC_FIELDS}
                value["source"] = str(doc.source)
            except Exception as exc:  # noqa: BLE001 - a refusal is a result to compare
                value = {"error": f"{type(exc).__name__}: {' '.join(str(exc).split())}"}
            with open(folder / "document.pickle", "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        (folder / "cpu.txt").write_text(f"{_cpu() - start:.3f}", encoding="utf-8")
    return 0


# --- the sources ------------------------------------------------------------------------

#: Synthetic documents: (program, kegiatan_per_program, sub_per_kegiatan, konvensi, halaman,
#: perubahan, triwulan, kontradiksi, seed); the quick set is the first QUICK_SYNTHETIC.
SYNTHETIC = [
    (2, 1, 2, "en", 6, True, 2, (), 0),
    (2, 1, 2, "id", 6, True, 2, ("persen",), 1),
    (3, 2, 3, "en", 4, False, 1, ("jumlah",), 2),
    (3, 2, 3, "id", 3, True, 3, ("selisih", "keterangan"), 3),
    (8, 2, 3, "en", 12, True, 2, ("realisasi_21",), 4),
    (8, 2, 3, "id", 12, True, 4, ("persen", "jumlah", "realisasi_21", "selisih", "keterangan"), 5),
    (1, 1, 1, "en", 1, True, 2, (), 6),
    (20, 3, 4, "id", 25, True, 2, ("persen", "persen"), 7),
]
QUICK_SYNTHETIC = 6


def _synthetic_plan(quick: bool) -> list[dict]:
    plan = []
    shapes = SYNTHETIC[:QUICK_SYNTHETIC] if quick else SYNTHETIC
    for k, (p, kpp, spk, konv, hal, perubahan, tw, kontra, seed) in enumerate(shapes):
        plan.append(dict(name=f"sintetis-{k:02d}.md", program=p, kegiatan_per_program=kpp, sub_per_kegiatan=spk,
                         konvensi=konv, halaman=hal, perubahan=perubahan, triwulan=tw, kontradiksi=list(kontra),
                         seed=seed))
    if not quick:   # a generated SIPD pemda, more seeds of middle-sized documents
        plan.append(dict(name="sipd-pemda", sipd_pemda=True, offices=6, records=300))
        for seed in range(10, 60):
            rng = random.Random(seed)
            kontra = rng.sample(["persen", "jumlah", "realisasi_21", "selisih", "keterangan"], rng.randint(0, 3))
            plan.append(dict(name=f"sintetis-s{seed}.md", program=rng.randint(1, 6),
                             kegiatan_per_program=rng.randint(1, 3), sub_per_kegiatan=rng.randint(1, 4),
                             konvensi="id" if seed % 2 else "en", halaman=rng.choice([2, 3, 5, 8, 12]),
                             perubahan=seed % 5 != 0, triwulan=rng.randint(1, 4), kontradiksi=kontra,
                             seed=seed, pemda=rng.choice(["KABUPATEN CONTOH", "KOTA CONTOH"]),
                             instansi=rng.choice(["DINAS CONTOH", "DINAS KESEHATAN", "BADAN PERENCANAAN"])))
    return plan


def _write_synthetic(plan: Path, folder: Path) -> int:
    """Worker mode: write the synthetic documents of ``plan`` with this side's generator."""
    from renja_analysis.synthetic import tulis_dokumen

    for spec in json.loads(plan.read_text(encoding="utf-8")):
        spec = dict(spec)
        name = spec.pop("name")
        if spec.pop("sipd_pemda", False):      # a generated SIPD pemda (tests/sipd_fixture.pemda_besar)
            sys.path.insert(0, str(Path.cwd() / "tests"))
            import sipd_fixture

            sipd_fixture.pemda_besar(folder / name, **spec)
            continue
        try:
            tulis_dokumen(folder / name, **spec)
        except ValueError as exc:       # too small for its contradictions: left out (the same every run)
            print(f"banding: {name} not written: {exc}", file=sys.stderr)
    return 0


def collect_sources(new: Path, folder: Path, quick: bool, synthetic: list[Path]) -> list[dict]:
    """The sources, in a fixed order: data/raw, tests/data, synthetic, mutated copies."""
    sources: list[dict] = []

    def add(path: Path, kind: str, label: str):
        sources.append({"id": f"{len(sources):03d}", "path": str(path), "kind": kind, "label": label})

    # copies: a source inside a checkout is named relative to it (``dokumen.berkas``), and the
    # two sides' checkouts differ
    shutil.copytree(new / "data" / "raw", folder / "raw")
    shutil.copytree(new / "tests" / "data", folder / "data")
    raw = sorted(p for p in (folder / "raw").iterdir() if p.is_file() and p.name != "README.md")
    for p in raw:
        add(p, "file", f"data/raw/{p.name}")

    def check(path: Path, label: str, *extra: str, sipd: Path | None = None):
        """``renja-analysis check`` (and ``load_document(sipd=)`` when ``sipd`` is given)."""
        add(path, "file" if sipd else "check", label)
        sources[-1]["runs"] = [("check", ["check", "--source", str(path), *extra])]
        if sipd:
            sources[-1]["sipd"] = str(sipd)

    data = folder / "data"
    for p in raw:       # the document's checks, with its SIPD export, another pemda's (refused, forced)
        check(p, f"check --strict data/raw/{p.name}", "--strict")
        check(p, f"check data/raw/{p.name} --sipd sipd/dinkop-ukm-magetan.json",
              "--sipd", str(data / "sipd" / "dinkop-ukm-magetan.json"), sipd=data / "sipd" / "dinkop-ukm-magetan.json")
        if not quick:
            check(p, f"check data/raw/{p.name} --sipd sipd/dinkes-contoh.json",
                  "--sipd", str(data / "sipd" / "dinkes-contoh.json"))
            check(p, f"check data/raw/{p.name} --sipd sipd/dinkes-contoh.json --paksa",
                  "--sipd", str(data / "sipd" / "dinkes-contoh.json"), "--paksa")
    realisasi = data / "dokumen-realisasi" / "renja-perubahan-2026-dinas-kesehatan.md"
    check(realisasi, "check dokumen-realisasi --sipd-realisasi sipd-realisasi/",
          "--sipd-realisasi", str(data / "sipd-realisasi"), "--out", "{out}")
    if not quick:
        check(data / "renja-mini.md", "check --strict tests/data/renja-mini.md", "--strict")
    entries = sorted(data.rglob("*"))
    quick_dirs = {"korpus", "sipd", "sipd-realisasi"}
    for p in entries:
        rel = p.relative_to(data).as_posix()
        if p.name == "README.md":
            continue
        if p.is_dir():
            if not quick or rel in quick_dirs:
                add(p, "folder", f"tests/data/{rel}/")
        elif not quick or p.parent == data or p.parent.name == "dokumen-realisasi":     # quick: the folders above
            add(p, "file", f"tests/data/{rel}")
    for p in synthetic:
        add(p, "file", f"synthetic/{p.name}")
    pemda = folder / "sipd-pemda"
    if pemda.exists():
        add(pemda, "folder", "synthetic/sipd-pemda/ (tests/sipd_fixture.pemda_besar, 300 records)")
    # mutated copies: of the bundled document, the small test documents, synthetic documents
    originals = [(p, 40 if not quick else 5) for p in raw]
    originals += [(data / "renja-mini.md", 15 if not quick else 1), (data / "renja-murni-mini.md", 10 if not quick else 1)]
    originals += [(p, 4 if not quick else 1) for p in synthetic[:8 if not quick else 2]]
    mutated = folder / "mutasi"
    mutated.mkdir(exist_ok=True)
    for original, count in originals:
        if not original.exists():
            continue
        text = original.read_text(encoding="utf-8")
        for seed in range(count):
            new_text, done = mutate(text, seed)
            target = mutated / f"{original.stem}-m{seed:02d}{original.suffix}"
            target.write_text(new_text, encoding="utf-8")
            add(target, "file", f"mutated/{target.name} ({'; '.join(done)})")
    return sources


# --- the driver -------------------------------------------------------------------------

_children: list[subprocess.Popen] = []


def _run_side(root: Path, out: Path, todo: Path, fresh: bool, timeout: float, cwd: Path) -> tuple[int, str]:
    env = os.environ.copy()
    env["PYTHONPATH"] = str(root)
    env["PYTHONHASHSEED"] = "0"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(root), str(out), str(todo)]
    if fresh:
        cmd.append("--fresh")
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _children.append(proc)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
        return -1, f"timed out after {timeout:.0f} s"
    return proc.returncode, (stdout + stderr).strip()


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def _on_term(signum, frame):
    raise KeyboardInterrupt


def run(ref: str | None, new: Path, quick: bool, jobs: int, fresh: bool, keep: bool, timeout: float,
        only: str | None = None) -> int:
    new = new.resolve()
    if ref is None:
        ref = _git("merge-base", "HEAD", "main", cwd=new)
    commit = _git("rev-parse", "--verify", f"{ref}^{{commit}}", cwd=new)
    head = _git("rev-parse", "HEAD", cwd=new)
    dirty = bool(_git("status", "--porcelain", "--untracked-files=no", "--", "renja_analysis", cwd=new))
    tmp = Path(tempfile.mkdtemp(prefix="banding-"))
    old = tmp / "lama"
    start = time.perf_counter()
    signal.signal(signal.SIGTERM, _on_term)
    try:
        _git("worktree", "add", "--detach", "--quiet", str(old), commit, cwd=new)
        print(f"banding: old = {ref} ({commit[:10]}), new = {new} (HEAD {head[:10]}"
              f"{', with uncommitted changes under renja_analysis/' if dirty else ''}); "
              f"{'quick' if quick else 'full'} set, {jobs} jobs{', fresh processes' if fresh else ''}")
        sources_dir = tmp / "sumber"
        sources_dir.mkdir()
        work = tmp / "kerja"        # both sides' working folder: relative paths come out alike
        work.mkdir()
        plan = tmp / "sintetis.json"
        plan.write_text(json.dumps(_synthetic_plan(quick)), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(old))
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--write-synthetic", str(plan),
                        str(sources_dir)], cwd=old, env=env, check=True)
        synthetic = sorted(sources_dir.glob("sintetis-*.md"))     # (the SIPD pemda: a folder of its own)
        sources = collect_sources(new, sources_dir, quick, synthetic)
        if only:
            sources = [s for s in sources if re.search(only, s["label"])]
        sides = {"old": {"root": old, "out": tmp / "keluaran-lama"}, "new": {"root": new, "out": tmp / "keluaran-baru"}}
        per_side = max(1, jobs // 2)
        tasks = []
        for name, side in sides.items():
            side["out"].mkdir()
            for k in range(per_side):
                todo = tmp / f"{name}-{k}.json"
                todo.write_text(json.dumps(sources[k::per_side]), encoding="utf-8")
                tasks.append((name, side, todo))
        print(f"banding: {len(sources)} sources (data/raw, tests/data, {len(synthetic)} synthetic, "
              f"{sum(s['label'].startswith('mutated/') for s in sources)} mutated); running ...", flush=True)
        pool = ThreadPoolExecutor(max_workers=max(1, jobs))
        try:        # not a with block: on Ctrl-C or SIGTERM the children are killed (finally) before waiting
            futures = [pool.submit(_run_side, side["root"], side["out"], todo, fresh, timeout, work)
                       for _, side, todo in tasks]
            results = [(name, *future.result()) for (name, _, _), future in zip(tasks, futures)]
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        failed = [(name, code, text) for name, code, text in results if code != 0]
        for name, code, text in failed:
            print(f"banding: the {name} side failed (status {code}): {text[-2000:]}")
        if failed:
            return 1
        for name, side in sides.items():
            modules = {p.read_text(encoding="utf-8") for p in side["out"].glob("module-*.txt")}
            print(f"banding: {name} side imported {', '.join(sorted(modules))}")
            if not modules or any(Path(side["root"]).resolve() not in Path(m).parents for m in modules):
                print(f"banding: the {name} side did not import its own package")
                return 1
        differing = 0
        for source in sources:
            try:
                found = compare_source(source, sides["old"], sides["new"])
            except Exception as exc:  # noqa: BLE001 - a comparison that fails is a difference
                found = f"comparison failed: {type(exc).__name__}: {exc}"
            if found:
                differing += 1
                print(f"BEDA {source['id']} {source['label']}: {found}")
        took = time.perf_counter() - start
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
        verdict = "all equal" if not differing else f"{differing} differ"
        codes: dict[str, int] = {}
        for source in sources:
            result = sides["old"]["out"] / source["id"] / f"{runs(source)[0][0]}.json"
            code = str(json.loads(result.read_text(encoding="utf-8"))["exit"]) if result.exists() else "?"
            codes[code] = codes.get(code, 0) + 1
        tally = ", ".join(f"{n} x {c}" for c, n in sorted(codes.items()))
        cpu = []
        for source in sources:
            seconds = [float(p.read_text()) for p in (sides[n]["out"] / source["id"] / "cpu.txt" for n in sides)
                       if p.exists()]
            cpu.append((sum(seconds), source["label"]))
        slowest = "; ".join(f"{label.split(' (')[0]} {sec:.1f} s" for sec, label in sorted(cpu, reverse=True)[:3])
        print(f"banding: CPU of both sides' runs {sum(c for c, _ in cpu):.0f} s; slowest: {slowest}")
        print(f"banding: {len(sources)} sources compared, {verdict} (old exit codes: {tally}; "
              f"{took:.0f} s, load average {load})")
        if keep:
            print(f"banding: outputs kept in {tmp}")
        return 1 if differing else 0
    except KeyboardInterrupt:
        print("banding: interrupted", file=sys.stderr)
        return 130
    finally:
        for proc in _children:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=new, capture_output=True)
        subprocess.run(["git", "worktree", "prune"], cwd=new, capture_output=True)
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ref", default=None,
                        help="the old code: a git commit, branch or tag (default: the merge base of HEAD and main)")
    parser.add_argument("--new", type=Path, default=ROOT,
                        help="the checkout of the new code (default: the one holding this script)")
    parser.add_argument("--quick", action="store_true", help="a subset of the sources (under two minutes)")
    parser.add_argument("--jobs", type=int, default=2, help="processes at once (default 2: one per side)")
    parser.add_argument("--fresh", action="store_true",
                        help="every build in a fresh `python -m renja_analysis` process (slower)")
    parser.add_argument("--only", default=None, help="only the sources whose label matches this regex")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed to each process")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder of sources and outputs")
    parser.add_argument("--worker", nargs=3, metavar=("ROOT", "OUT", "TODO"), help=argparse.SUPPRESS)
    parser.add_argument("--write-synthetic", nargs=2, metavar=("PLAN", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        root, out, todo = (Path(a) for a in args.worker)
        return _worker(root, out, todo, args.fresh)
    if args.write_synthetic:
        return _write_synthetic(Path(args.write_synthetic[0]), Path(args.write_synthetic[1]))
    return run(args.ref, args.new, args.quick, args.jobs, args.fresh, args.keep, args.timeout, args.only)


if __name__ == "__main__":
    sys.exit(main())
