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
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import RenjaParseError

#: Key columns put in front of every consolidated table.
KUNCI = ["dokumen", "pemda", "instansi", "tahun", "jenis_dokumen", "triwulan"]
#: Columns of the per-document summary table ``dokumen``.
KOLOM_DOKUMEN = ["dokumen", "berkas", "sha256", "status", "pesan", "pemda", "instansi", "tahun", "jenis_dokumen",
                 "triwulan", "kunci_dari", "baris_evaluasi", "temuan", "temuan_kritis", "sama_dengan"]
#: Status of a document in the summary.
TERBACA, GAGAL, GANDA = "terbaca", "gagal", "ganda"
_SKIP = re.compile(r"(?i)^(readme|license|licence)(\..*)?$")
_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "dokumen"


def dokumen_id(path) -> str:
    """A stable id from the file name (lower case, ``-`` between words, no extension).

    Examples
    --------
    >>> dokumen_id("data/raw/Renja Perubahan 2024 (Dinkop UKM).md")
    'renja-perubahan-2024-dinkop-ukm'
    """
    return _slug(Path(path).stem)


def cari_sumber(sources) -> list[Path]:
    """The source files named by ``sources`` (files, folders, glob patterns), sorted,
    each once. A folder gives its regular files (not hidden ones, not README/LICENSE),
    recursively.

    Raises
    ------
    RenjaParseError
        When a name matches nothing.
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


def _kunci_nama_berkas(path: Path) -> dict:
    """Keys guessed from a file name: year, kind, quarter, office (the rest)."""
    name = path.stem.lower()
    out: dict = {}
    m = re.search(r"(?<!\d)(20\d\d)(?!\d)", name)
    if m:
        out["tahun"] = int(m.group(1))
    out["jenis"] = "Renja Perubahan" if re.search(r"perubahan|p-renja|prenja", name) else "Renja"
    m = re.search(r"(?:tw|triwulan|tribulan)[-_ ]?(iv|iii|ii|i|[1-4])(?![a-z0-9])", name)
    if m:
        out["triwulan"] = _ROMAWI.get(m.group(1)) or int(m.group(1))
    rest = re.sub(r"renja|perubahan|p-renja|(?:tw|triwulan|tribulan)[-_ ]?(?:iv|iii|ii|i|[1-4])|20\d\d", " ", name)
    rest = _slug(rest)
    if rest != "dokumen":
        out["instansi"] = rest.replace("-", " ").upper()
    return out


def _judul(text: str | None) -> str | None:
    if not text:
        return None
    from .load import _title
    return _title(text)


def kunci(doc, path: Path) -> tuple[dict, str]:
    """The document's keys and where they came from (``kunci_dari``)."""
    ident, per = doc.identitas or {}, doc.periode or {}
    dari_berkas = _kunci_nama_berkas(path)
    pemerintah = ident.get("pemerintah")
    stated = {
        "pemda": _judul(re.sub(r"(?i)^pemerintah\s+", "", pemerintah)) if pemerintah else None,
        "instansi": _judul(ident.get("instansi")),
        "tahun": per.get("tahun"), "jenis": per.get("jenis"), "triwulan": per.get("triwulan"),
    }
    fallback = []
    for key in ("pemda", "instansi", "tahun", "jenis", "triwulan"):
        if stated[key] is None:
            value = dari_berkas.get(key)
            if key == "instansi" and value:
                value = _judul(value)
            if key == "triwulan" and value is None:
                value = doc.triwulan
            stated[key] = value
            fallback.append(key)
    dari = "dokumen" if not fallback else "nama berkas: " + ", ".join(fallback)
    return stated, dari


@dataclass
class HasilDokumen:
    """What reading one document gave: its keys and tables, or its one-line error."""

    dokumen: str
    berkas: str
    sha256: str
    status: str
    pesan: str | None = None
    kunci: dict = field(default_factory=dict)
    kunci_dari: str | None = None
    tables: dict | None = None
    sama_dengan: str | None = None


def baca_dokumen(path, dokumen: str | None = None, sha256: str | None = None) -> HasilDokumen:
    """Read one document into its tables with keys; a bad document gives its error line.

    The per-document pipeline of the corpus: pure (the same file gives the same
    result), never raises for a bad document, picklable results, so it runs the same
    in this process, a process pool or a dask cluster.
    """
    from .load import load_document
    from .sources import read_bytes

    path = Path(path)
    dokumen = dokumen or dokumen_id(path)
    try:
        if sha256 is None:
            sha256 = hashlib.sha256(read_bytes(path)).hexdigest()
        doc = load_document(path)
    except RenjaParseError as exc:
        return HasilDokumen(dokumen, str(path), sha256 or "", GAGAL, " ".join(str(exc).split()))
    except Exception as exc:  # noqa: BLE001 - one broken document never stops the batch
        return HasilDokumen(dokumen, str(path), sha256 or "", GAGAL,
                            f"galat internal (bug) {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
    keys, dari = kunci(doc, path)
    return HasilDokumen(dokumen, str(path), sha256, TERBACA, None, keys, dari, doc.tables())


def _ids(paths: list[Path]) -> list[str]:
    """Stable, unique ids: the file-name slug, with ``-2``, ``-3`` ... for repeats (in path order)."""
    seen: dict[str, int] = {}
    out = []
    for p in paths:
        base = dokumen_id(p)
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def _run(jobs_list: list[tuple], jobs: int, engine: str, scheduler: str | None, progress: bool) -> list:
    from tqdm.auto import tqdm

    bar = dict(total=len(jobs_list), desc="dokumen", disable=not progress)
    if engine == "dask":
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RenjaParseError(None, "mesin dask tidak terpasang", cell="--engine dask",
                                  expected="pip install 'renja-analysis[dask]'") from None
        cluster = None
        if scheduler:
            client = Client(scheduler)
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

    @property
    def gagal(self) -> pd.DataFrame:
        return self.dokumen[self.dokumen["status"] == GAGAL]


def _key_frame(result: HasilDokumen, n: int) -> pd.DataFrame:
    k = result.kunci
    return pd.DataFrame({
        "dokumen": pd.Series([result.dokumen] * n, dtype="string"),
        "pemda": pd.Series([k.get("pemda")] * n, dtype="string"),
        "instansi": pd.Series([k.get("instansi")] * n, dtype="string"),
        "tahun": pd.Series([k.get("tahun")] * n, dtype="Int64"),
        "jenis_dokumen": pd.Series([k.get("jenis")] * n, dtype="string"),
        "triwulan": pd.Series([k.get("triwulan")] * n, dtype="Int64"),
    })


def _with_keys(result: HasilDokumen, df: pd.DataFrame) -> pd.DataFrame:
    keys = _key_frame(result, len(df))
    return pd.concat([keys, df.reset_index(drop=True)], axis=1)


def _summary(results: list[HasilDokumen]) -> pd.DataFrame:
    rows = []
    for r in results:
        t = r.tables or {}
        temuan = t.get("temuan")
        rows.append({
            "dokumen": r.dokumen, "berkas": r.berkas, "sha256": r.sha256, "status": r.status, "pesan": r.pesan,
            **{k: r.kunci.get(k) for k in ("pemda", "instansi", "tahun", "triwulan")},
            "jenis_dokumen": r.kunci.get("jenis"),
            "kunci_dari": r.kunci_dari,
            "baris_evaluasi": len(t["evaluasi"]) if "evaluasi" in t else None,
            "temuan": len(temuan) if temuan is not None else None,
            "temuan_kritis": int((temuan["tingkat"] == "kritis").sum()) if temuan is not None else None,
            "sama_dengan": r.sama_dengan})
    df = pd.DataFrame.from_records(rows, columns=KOLOM_DOKUMEN)
    for col in ("tahun", "triwulan", "baris_evaluasi", "temuan", "temuan_kritis"):
        df[col] = df[col].astype("Int64")
    for col in set(KOLOM_DOKUMEN) - {"tahun", "triwulan", "baris_evaluasi", "temuan", "temuan_kritis"}:
        df[col] = df[col].astype("string")
    return df


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
            results[did] = HasilDokumen(did, str(path), "", GAGAL, " ".join(str(exc).split()))
            continue
        if digest in first_by_hash:
            results[did] = HasilDokumen(did, str(path), digest, GANDA,
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
    names = list(read[0].tables) if read else []
    tables = {name: pd.concat([_with_keys(r, r.tables[name]) for r in read], ignore_index=True)
              for name in names}
    return Korpus(dokumen=_summary(ordered), tables=tables,
                  per_dokumen={r.dokumen: r.tables for r in read})


def write_corpus(korpus: Korpus, out) -> list[Path]:
    """Write the consolidated tables, the ``dokumen`` summary and each document's own
    tables (``OUT/dokumen/<id>/``) as one set (``export.write_tables``)."""
    from .export import write_csv, write_parquet, write_tables

    extra = {}
    for did, tables in korpus.per_dokumen.items():
        for name, df in tables.items():
            extra[f"dokumen/{did}/{name}.csv"] = lambda p, df=df: write_csv(df, p)
            extra[f"dokumen/{did}/{name}.parquet"] = lambda p, df=df: write_parquet(df, p)
    return write_tables(dict(korpus.tables, dokumen=korpus.dokumen), out, extra=extra)
