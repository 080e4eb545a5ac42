"""Many documents at once: every office, every quarter, one dataset.

``baca_dokumen`` is the per-document pipeline: one pure function, a path in and the
document's tables (with its keys) out, that never raises for a bad document. The
corpus runs it over every source found, in this process, in a process pool
(``jobs``) or on a dask.distributed cluster (``engine="dask"``), and joins the
tables in the order of the documents' ids, so that the outputs are byte-identical
whatever the engine and the number of workers.

Document keys: ``dokumen`` (a stable id from the file name), ``pemda``,
``instansi``, ``tahun``, ``jenis_dokumen`` (Renja / Renja Perubahan; not ``jenis``,
which names the finding type in ``temuan``) and ``triwulan``, read
from the title page and the table captions; where the text does not say (a
workbook, a document without a title page) they come from the file name
(``renja-perubahan-2024-tw3-dinas-x.md``) and ``kunci_dari`` says so.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import RenjaParseError
from .keys import KUNCI, dokumen_id, frame_dokumen, nama_berkas

#: Status of a document in the summary.
TERBACA, GAGAL, GANDA = "terbaca", "gagal", "ganda"
_SKIP = re.compile(r"(?i)^(readme|license|licence)(\..*)?$")


def cari_sumber(sources) -> list[Path]:
    """The source files named by ``sources`` (files, folders, glob patterns), sorted,
    each once. A folder gives its regular files (not hidden ones, not README/LICENSE),
    recursively.

    Raises
    ------
    RenjaParseError
        When a glob pattern matches nothing.
    """
    found: dict[Path, None] = {}
    for item in [sources] if isinstance(sources, (str, os.PathLike)) else sources:
        text = str(item)
        if glob.has_magic(text):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            if not matches:
                raise RenjaParseError(text, "pola --source tidak cocok dengan berkas apa pun",
                                      expected="pola glob yang menemukan dokumen")
        else:
            matches = [Path(text)]
        for path in matches:
            if path.is_dir():
                for p in sorted(path.rglob("*")):
                    rel = p.relative_to(path)
                    if p.is_file() and not any(part.startswith(".") for part in rel.parts) \
                            and not _SKIP.match(p.name):
                        found[p] = None
            else:
                found[path] = None
    return list(found)


@dataclass
class HasilDokumen:
    """What reading one document gave: its tables (with its one-row ``dokumen`` table),
    or its one-line error."""

    dokumen: str
    berkas: str
    sha256: str
    status: str
    pesan: str | None = None
    tables: dict | None = None
    sama_dengan: str | None = None

    def baris(self) -> dict:
        """This document's row of the ``dokumen`` summary."""
        if self.tables is not None:
            return self.tables["dokumen"].iloc[0].to_dict()
        return {"dokumen": self.dokumen, "berkas": self.berkas, "sha256": self.sha256, "status": self.status,
                "pesan": self.pesan, "sama_dengan": self.sama_dengan}


def baca_dokumen(path, dokumen: str | None = None, sha256: str | None = None) -> HasilDokumen:
    """Read one document into its tables with keys; a bad document gives its error line.

    The per-document pipeline of the corpus: pure (the same file gives the same
    result), never raises for a bad document, picklable results, so it runs the same
    in this process, a process pool or a dask cluster.
    """
    from .load import load_document

    path = Path(path)
    dokumen = dokumen or dokumen_id(path)
    berkas = nama_berkas(path)
    try:
        doc = load_document(path)
    except RenjaParseError as exc:
        return HasilDokumen(dokumen, berkas, sha256 or "", GAGAL, " ".join(str(exc).split()))
    except Exception as exc:  # noqa: BLE001 - one broken document never stops the batch
        return HasilDokumen(dokumen, berkas, sha256 or "", GAGAL,
                            f"galat internal (bug) {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
    tables = doc.tables()
    tables["dokumen"] = tables["dokumen"].assign(dokumen=pd.Series([dokumen], dtype="string"))
    return HasilDokumen(dokumen, berkas, doc.sha256 or "", TERBACA, None, tables)


def _ids(paths: list[Path]) -> list[str]:
    """Stable, unique ids: the file-name slug, with ``-2``, ``-3`` ... for repeats (in path
    order), skipping any suffix another file's own slug already takes.

    >>> _ids([Path("a/x.md"), Path("x.txt"), Path("x-2.md")])
    ['x', 'x-3', 'x-2']
    """
    bases = [dokumen_id(p) for p in paths]
    taken = set(bases)
    used: set[str] = set()
    out = []
    for base in bases:
        did, k = base, 1
        while did in used or (did != base and did in taken):
            k += 1
            did = f"{base}-{k}"
        used.add(did)
        out.append(did)
    return out


def _run(jobs_list: list[tuple], jobs: int, engine: str, scheduler: str | None, progress: bool) -> list:
    from tqdm.auto import tqdm

    bar: dict[str, Any] = dict(total=len(jobs_list), desc="dokumen", disable=not progress)
    if engine == "dask":
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RenjaParseError(None, "mesin dask tidak terpasang", cell="--engine dask",
                                  expected="pip install 'renja-analysis[dask]'") from None
        cluster = None
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise RenjaParseError(None, f"penjadwal dask tidak dapat dihubungi ({type(exc).__name__})",
                                      cell="--scheduler", expected="alamat penjadwal dask yang berjalan "
                                      "(mis. tcp://10.0.0.5:8786)", found=scheduler) from None
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            futures = client.map(baca_dokumen, *zip(*jobs_list), pure=False)
            out = []
            with tqdm(**bar) as pbar:
                for fut in futures:
                    out.append(fut.result())
                    pbar.update()
            return out
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    if jobs <= 1 or len(jobs_list) <= 1:
        return [baca_dokumen(*j) for j in tqdm(jobs_list, **bar)]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(tqdm(pool.map(baca_dokumen, *zip(*jobs_list), chunksize=1), **bar))


@dataclass
class Korpus:
    """The documents of a corpus: a summary, the consolidated tables, each document's tables."""

    dokumen: pd.DataFrame
    tables: dict
    per_dokumen: dict


def _with_keys(keys: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the document's key columns (from its one-row ``dokumen`` table) in front."""
    front = keys[KUNCI].iloc[[0] * len(df)].reset_index(drop=True)
    return pd.concat([front, df.reset_index(drop=True)], axis=1)


def load_corpus(sources, jobs: int | None = None, engine: str = "process", scheduler: str | None = None,
                progress: bool = False) -> Korpus:
    """Read every document named by ``sources`` (files, folders, globs; both formats).

    Parameters
    ----------
    sources : path, glob or list of them
    jobs : int, optional
        Worker processes (default: the number of cores); 1 reads in this process.
    engine : {'process', 'dask'}
        A local process pool, or dask.distributed (``scheduler`` address, or a
        ``LocalCluster`` of ``jobs`` workers when none is given).
    progress : bool
        Show a tqdm progress bar.

    Returns
    -------
    Korpus
        ``dokumen``: one row per source file with its status (``terbaca``, ``gagal``
        with its one-line error, ``ganda`` for a file whose bytes equal an earlier
        one's: read once); ``tables``: every table of the documents read, joined,
        with the key columns ``KUNCI`` in front; ``per_dokumen``: each document's own
        tables by id.

    Examples
    --------
    >>> from renja_analysis.config import DATA_RAW
    >>> k = load_corpus(DATA_RAW, jobs=1)
    >>> k.dokumen[["dokumen", "status", "pemda", "tahun", "jenis_dokumen", "triwulan"]].values.tolist()
    [['renja-perubahan-2024-dinkop-ukm-magetan', 'terbaca', 'Kabupaten Magetan', 2024, 'Renja Perubahan', 2]]
    >>> k.tables["evaluasi"].shape[0], list(k.tables["evaluasi"].columns[:6]) == KUNCI
    (57, True)
    """
    from .sources import read_bytes

    paths = cari_sumber(sources)
    ids = _ids(paths)
    first_by_hash: dict[str, str] = {}
    results: dict[str, HasilDokumen] = {}
    todo = []
    for path, did in zip(paths, ids):
        try:
            digest = hashlib.sha256(read_bytes(path)).hexdigest()
        except RenjaParseError as exc:
            results[did] = HasilDokumen(did, nama_berkas(path), "", GAGAL, " ".join(str(exc).split()))
            continue
        if digest in first_by_hash:
            results[did] = HasilDokumen(did, nama_berkas(path), digest, GANDA,
                                        f"isi sama persis dengan {first_by_hash[digest]}: dibaca sekali",
                                        sama_dengan=first_by_hash[digest])
            continue
        first_by_hash[digest] = did
        todo.append((str(path), did, digest))
    jobs = jobs or os.cpu_count() or 1
    for r in _run(todo, jobs, engine, scheduler, progress):
        results[r.dokumen] = r
    ordered = [results[did] for did in ids]
    read = [r for r in ordered if r.status == TERBACA]
    tabs = [r.tables for r in read if r.tables is not None]     # every document read has its tables
    names = [n for n in (tabs[0] if tabs else []) if n != "dokumen"]
    tables = {name: pd.concat([_with_keys(t["dokumen"], t[name]) for t in tabs], ignore_index=True)
              for name in names}
    return Korpus(dokumen=frame_dokumen([r.baris() for r in ordered]), tables=tables,
                  per_dokumen={r.dokumen: r.tables for r in read})


def write_corpus(korpus: Korpus, out) -> list[Path]:
    """Write the consolidated tables, the ``dokumen`` summary and each document's own
    tables (``OUT/dokumen/<id>/``) as one set (``output.processed.write_tables``)."""
    from .output.processed import write_csv, write_parquet, write_tables

    extra = {}
    for did, tables in korpus.per_dokumen.items():
        for name, df in tables.items():
            extra[f"dokumen/{did}/{name}.csv"] = lambda p, df=df: write_csv(df, p)
            extra[f"dokumen/{did}/{name}.parquet"] = lambda p, df=df: write_parquet(df, p)
    return write_tables(dict(korpus.tables, dokumen=korpus.dokumen), out, extra=extra)
