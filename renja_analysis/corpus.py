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

Nothing is counted twice: a file whose bytes equal an earlier one's, and a document
whose keys agree with an earlier one's and whose Tabel 2.2 numbers are the same (the
same evaluation as ``.md`` and as ``.xlsx``, or with other line ends), is ``ganda``
(``sama_dengan`` names the one read). Two documents with the same five keys and
different numbers are both read, each with a ``dokumen_bertentangan`` finding: a
reviewer chooses; they are never summed silently.

Faults of the process: every file found is a row of ``dokumen`` (a broken link, an
unreadable file or folder: ``gagal`` with its reason); our own earlier outputs inside
a source folder are skipped (``Korpus.dilewati``); workers ignore Ctrl-C (the caller
decides) and die with the caller, and an interrupted read stops every worker before
the exception goes on.
"""
from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import signal
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import config
from .errors import RenjaParseError, sebab_os
from .keys import KUNCI, dokumen_id, frame_dokumen, kunci_nama_berkas, nama_berkas, pemda_baku

#: Status of a document in the summary.
TERBACA, GAGAL, GANDA = "terbaca", "gagal", "ganda"
_SKIP = re.compile(r"(?i)^(readme|license|licence)(\..*)?$")
#: The keys two documents must share to be one office's evaluation of one period.
KUNCI_SAMA = ["pemda", "instansi", "tahun", "jenis_dokumen", "triwulan"]
#: The Tabel 2.2 cells compared to tell the same evaluation from another (in row order,
#: with each row's level); names are left out (a workbook and a text may wrap them apart).
ANGKA_22 = ["target_k", "realisasi_k", "pagu_rp", "realisasi_rp", "capaian_k_dokumen", "serapan_rp_dokumen"]
#: The finding type of two documents with the same keys and different numbers.
BERTENTANGAN = "dokumen_bertentangan"
#: The finding type of a file name naming another year or quarter than its document.
NAMA_BERKAS_BEDA = "nama_berkas_beda"
#: Why a folder of our own outputs inside a source is not read.
ALASAN_KELUARAN = "keluaran renja-analysis sebelumnya (tabel olahan), bukan dokumen: dilewati"


def _batas(found: dict, top) -> None:
    limit = config.MAKS_BERKAS
    if len(found) > limit:
        raise RenjaParseError(top, "sumber memuat terlalu banyak berkas",
                              expected=f"paling banyak {limit} berkas (config.MAKS_BERKAS)",
                              found=f"lebih dari {limit} berkas")


def _rusak(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"tautan simbolik rusak: menunjuk ke '{target}' yang tidak ada"


def _walk(folder: Path, found: dict, skipped: list, seen: set, top) -> None:
    """Files under ``folder`` into ``found`` (path -> reason it cannot be read, or None):
    hidden entries and README/LICENSE left out; folders linked in are followed once
    (a loop is not); a folder of our own outputs is skipped."""
    from .output.processed import adalah_keluaran

    try:
        real = folder.resolve()
    except OSError:
        real = folder
    if real in seen:
        return
    seen.add(real)
    if adalah_keluaran(folder):
        skipped.append((folder, ALASAN_KELUARAN))
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found[folder] = f"folder tidak dapat dibaca ({sebab_os(exc)}); isinya tidak dibaca"
        _batas(found, top)
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        try:
            is_dir = e.is_dir()            # follows a link to a folder
        except OSError:
            is_dir = False
        if is_dir:
            _walk(path, found, skipped, seen, top)
        elif _SKIP.match(e.name):
            continue
        else:
            found[path] = _rusak(path) if e.is_symlink() and not path.exists() else None
            _batas(found, top)


def temukan_sumber(sources) -> tuple[dict[Path, str | None], list[tuple[Path, str]]]:
    """The source files named by ``sources`` (files, folders, glob patterns), each once,
    and the folders skipped.

    A folder gives its files recursively in name order: hidden entries and README/LICENSE
    are left out; a folder linked in is followed (once: a link back up is not); a folder
    holding our own outputs (``output.processed.adalah_keluaran``) is skipped and named.
    A file that cannot be read is still listed, with the reason: a broken symbolic
    link, an unreadable folder (its files are unknown).

    Returns
    -------
    found : dict
        Path -> the reason it cannot be read (``None``: try reading it).
    skipped : list of (Path, str)
        Folders left out, with why.

    Raises
    ------
    RenjaParseError
        When a glob pattern matches nothing, or the sources hold more than
        ``config.MAKS_BERKAS`` files.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.md", "a.md", "README.md", ".catatan.md"):
    ...     _ = (d / name).write_text("x")
    >>> (d / "hilang.md").symlink_to(d / "tidak-ada.md")
    >>> found, skipped = temukan_sumber(d)
    >>> [(p.name, why) for p, why in found.items()]  # doctest: +NORMALIZE_WHITESPACE
    [('a.md', None), ('b.md', None),
     ('hilang.md', "tautan simbolik rusak: menunjuk ke '...tidak-ada.md' yang tidak ada")]
    """
    from .output.processed import adalah_keluaran

    found: dict[Path, str | None] = {}
    skipped: list[tuple[Path, str]] = []
    seen: set[Path] = set()
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
                _walk(path, found, skipped, seen, text)
            elif glob.has_magic(text) and adalah_keluaran(path.parent):
                if (path.parent, ALASAN_KELUARAN) not in skipped:
                    skipped.append((path.parent, ALASAN_KELUARAN))
            elif path not in found:
                found[path] = _rusak(path) if path.is_symlink() and not path.exists() else None
                _batas(found, text)
    return found, skipped


def _ada_dokumen(sources, found: dict, dilewati: list) -> None:
    """Refuse sources that name nothing to read: a path that does not exist (a broken
    symbolic link is a file found, ``gagal`` with its reason), or sources holding no file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ada_dokumen(d / "korpus", {}, [])
    Traceback (most recent call last):
    ...
    renja_analysis.errors.RenjaParseError: .../korpus: tidak ada; diharapkan folder, berkas, atau pola glob dokumen Renja yang ada
    >>> _ada_dokumen(d, {}, [])
    Traceback (most recent call last):
    ...
    renja_analysis.errors.RenjaParseError: ...: tidak ada berkas dokumen di sumber; diharapkan folder atau pola yang memuat dokumen Renja (.md/.txt/.xlsx)
    """
    items = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    for item in items:
        path = Path(item)
        if not glob.has_magic(str(item)) and not path.exists() and not path.is_symlink():
            raise RenjaParseError(path, "tidak ada", expected="folder, berkas, atau pola glob dokumen Renja yang ada")
    if not found:
        lewat = f" (dilewati: {', '.join(f'{p} ({why})' for p, why in dilewati)})" if dilewati else ""
        raise RenjaParseError(", ".join(map(str, items)), "tidak ada berkas dokumen di sumber" + lewat,
                              expected="folder atau pola yang memuat dokumen Renja (.md/.txt/.xlsx)")


def cari_sumber(sources) -> list[Path]:
    """The source files named by ``sources`` (files, folders, glob patterns), each once
    (``temukan_sumber``: which are left out and why).

    Raises
    ------
    RenjaParseError
        When a glob pattern matches nothing.
    """
    return list(temukan_sumber(sources)[0])


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
        """This document's row of the ``dokumen`` summary (a document found ``ganda`` after
        reading keeps its keys)."""
        if self.tables is not None:
            row = self.tables["dokumen"].iloc[0].to_dict()
            if self.status != TERBACA:
                row.update(status=self.status, pesan=self.pesan, sama_dengan=self.sama_dengan)
            return row
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
    nama_berkas_beda(path, tables)
    return HasilDokumen(dokumen, berkas, doc.sha256 or "", TERBACA, None, tables)


def nama_berkas_beda(path, tables: dict) -> None:
    """Add a ``nama_berkas_beda`` info finding to a document's ``tables`` (in place) when its
    file name names a year or quarter other than the one its keys hold: the keys stay the
    text's; the reviewer who filed the documents by name is told.

    Examples
    --------
    >>> d = pd.DataFrame({"tahun": pd.array([2023], "Int64"), "triwulan": pd.array([1], "Int64"),
    ...                   "instansi": ["Dinas X"], "temuan": [0]})
    >>> tables = {"dokumen": d, "temuan": pd.DataFrame({"jenis": pd.Series([], dtype="string"),
    ...     "tingkat": pd.Series([], dtype="string"), "tabel": pd.Series([], dtype="string"),
    ...     "nama": pd.Series([], dtype="string"), "pesan": pd.Series([], dtype="string")})}
    >>> nama_berkas_beda("renja-2024-tw2-dinas-x.md", tables)
    >>> print(tables["temuan"]["pesan"].iloc[0])
    Nama berkas renja-2024-tw2-dinas-x.md menyebut tahun 2024 dan triwulan 2, tetapi dokumennya menyebut tahun 2023 dan triwulan 1; kunci dokumen diambil dari isinya.
    >>> int(tables["dokumen"]["temuan"].iloc[0])
    1
    """
    row = tables["dokumen"].iloc[0]
    nama = kunci_nama_berkas(path)
    beda = [k for k in ("tahun", "triwulan") if k in nama and pd.notna(row[k]) and int(row[k]) != int(nama[k])]
    if not beda:
        return
    pesan = (f"Nama berkas {Path(path).name} menyebut {' dan '.join(f'{k} {nama[k]}' for k in beda)}, tetapi "
             f"dokumennya menyebut {' dan '.join(f'{k} {int(row[k])}' for k in beda)}; kunci dokumen diambil dari "
             "isinya.")
    _tambah_temuan(tables, NAMA_BERKAS_BEDA, "info", "dokumen", row["instansi"], pesan)


def _tambah_temuan(tables: dict, jenis: str, tingkat: str, tabel: str, nama, pesan: str) -> None:
    """One finding the corpus adds to a document's tables (its ``temuan``, in their dtypes), counted
    in its ``dokumen`` row."""
    t = tables["temuan"]
    new = pd.DataFrame([{"jenis": jenis, "tingkat": tingkat, "tabel": tabel, "nama": nama, "pesan": pesan}],
                       columns=t.columns)
    tables["temuan"] = pd.concat([t, new.astype(t.dtypes.to_dict())], ignore_index=True)
    tables["dokumen"] = tables["dokumen"].assign(temuan=tables["dokumen"]["temuan"] + 1)


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


# --- workers ---------------------------------------------------------------------------------

def _mati_bersama(parent: int) -> None:
    """End this worker when its parent ends, however it ends (Linux: ``PR_SET_PDEATHSIG``),
    so no worker outlives a killed build holding the caller's pipes or the output lock."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the parent terminates us
            pass
    if os.getppid() != parent:      # the parent ended before the line above
        os._exit(1)


def _pekerja_mulai(parent: int) -> None:
    """Initialiser of a pool worker: Ctrl-C is the caller's (a worker ignores it, so an idle
    or busy worker never prints a traceback), SIGTERM ends it quietly, it lets go of the
    parent's output lock and dies with its parent."""
    from .output.processed import lepas_warisan

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    lepas_warisan()
    _mati_bersama(parent)


@contextlib.contextmanager
def _tanpa_sinyal():
    """While workers are forked: SIGINT ignored and SIGTERM at its default, so a worker
    starts with them before its initialiser runs (no window for a traceback); the
    parent's handlers are back right after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    old_term = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)


def _hentikan(pool) -> None:
    """Stop every worker of a process pool now (running documents included)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())      # shutdown forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(5)
            if p.is_alive():  # pragma: no cover - a worker ignoring SIGTERM
                p.kill()
                p.join(5)


def _run_pool(jobs_list: list[tuple], jobs: int, bar: dict) -> list:
    """The documents read by a pool of ``jobs`` worker processes, in order. On any
    exception (Ctrl-C, SIGTERM turned into an exception by the caller) every worker is
    stopped before it goes on."""
    from concurrent.futures import ProcessPoolExecutor

    from tqdm.auto import tqdm

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(jobs_list)), initializer=_pekerja_mulai,
                               initargs=(os.getpid(),))
    futures = []
    try:
        with _tanpa_sinyal():
            futures.append(pool.submit(baca_dokumen, *jobs_list[0]))      # forks the workers
        futures += [pool.submit(baca_dokumen, *j) for j in jobs_list[1:]]
        out = []
        with tqdm(**bar) as pbar:
            for fut in futures:
                out.append(fut.result())
                pbar.update()
    except BaseException:
        _hentikan(pool)
        raise
    pool.shutdown(wait=True)
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
            import logging

            with _tanpa_sinyal():          # its processes ignore Ctrl-C; we stop them
                cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.CRITICAL)
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
    return _run_pool(jobs_list, jobs, bar)


# --- the same evaluation twice, or two evaluations of one office and period ----------------------

def _na(v) -> Any:
    return None if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)) else v


def _sidik(evaluasi: pd.DataFrame) -> str:
    """A fingerprint of the Tabel 2.2 numbers: each row's level and ``ANGKA_22``, in order."""
    cols = [c for c in ["level", *ANGKA_22] if c in evaluasi]
    frame = evaluasi[cols].astype({"level": "string"}) if "level" in cols else evaluasi[cols]
    hashed = pd.util.hash_pandas_object(frame, index=False).to_numpy()
    return hashlib.sha256(hashed.tobytes() + str(len(evaluasi)).encode()).hexdigest()


def _cocok(a: tuple, b: tuple) -> bool:
    """Keys that agree: each one equal, or unknown on one side."""
    return all(x is None or y is None or x == y for x, y in zip(a, b))


def _label_kunci(k: dict) -> str:
    tw = f"TW {k['triwulan']}" if k["triwulan"] is not None else "TW -"
    return f"{k['pemda']}, {k['instansi']}, {k['jenis_dokumen']} {k['tahun']}, {tw}"


def _pagu_program(evaluasi: pd.DataFrame) -> float:
    return float(evaluasi.loc[evaluasi["level"].astype("string") == "program", "pagu_rp"].sum())


def tandai_ganda(hasil: list[HasilDokumen]) -> None:
    """Mark documents read twice, and documents that contradict each other (in place).

    ``hasil`` in id order. A document whose Tabel 2.2 numbers (``ANGKA_22`` and the
    levels, row by row) equal an earlier one's and whose keys agree with it (each of
    ``KUNCI_SAMA`` equal, or unknown on one side: a workbook names no pemda; the pemda
    compared in its ``keys.pemda_baku`` form, ``Kab. X`` is ``Kabupaten X``) is
    ``ganda``: ``sama_dengan`` names the one kept, which is the one whose keys the
    document itself states (``kunci_dari``), else the first. Documents with other
    numbers and the same instansi, tahun, jenis and triwulan (all known) and the same
    pemda, or a pemda unknown on one side (the message says so), are both kept, each
    with a ``dokumen_bertentangan`` finding naming the others (a reviewer chooses).
    Cost: one fingerprint per document, then dictionaries: linear.
    """
    read = [r for r in hasil if r.status == TERBACA and r.tables is not None]
    rows = {r.dokumen: r.tables["dokumen"].iloc[0] for r in read}      # type: ignore[index]
    # the pemda in one form (Kab. X and Kabupaten X are one pemda), as offices are keyed everywhere
    keys = {d: (pemda_baku(_na(row["pemda"])), *(_na(row[k]) for k in KUNCI_SAMA[1:])) for d, row in rows.items()}
    prints = {r.dokumen: _sidik(r.tables["evaluasi"]) for r in read}   # type: ignore[index]
    order = sorted(range(len(read)), key=lambda i: (str(rows[read[i].dokumen]["kunci_dari"]) != "dokumen", i))
    kept: dict[str, list[HasilDokumen]] = {}
    for i in order:
        r = read[i]
        same = next((k for k in kept.get(prints[r.dokumen], []) if _cocok(keys[k.dokumen], keys[r.dokumen])), None)
        if same is None:
            kept.setdefault(prints[r.dokumen], []).append(r)
            continue
        r.status, r.sama_dengan = GANDA, same.dokumen
        r.pesan = (f"kunci dan angka Tabel 2.2 sama dengan {same.dokumen} ({same.berkas}): "
                   "evaluasi yang sama, dibaca sekali")
    groups: dict[tuple, dict] = {}
    for r in read:
        pemda, *rest = keys[r.dokumen]
        if r.status == TERBACA and None not in rest:
            groups.setdefault(tuple(rest), {}).setdefault(pemda, []).append(r)
    for by_pemda in groups.values():
        unknown = by_pemda.get(None, [])
        for pemda, docs in by_pemda.items():
            for r in docs:
                others = [o for o in (sum(by_pemda.values(), []) if pemda is None else docs + unknown) if o is not r]
                if others:
                    _bertentangan(r, others, rows, keys)


def _bertentangan(r: HasilDokumen, others: list[HasilDokumen], rows: dict, keys: dict) -> None:
    """Add a ``dokumen_bertentangan`` finding to ``r`` (the same office and period as
    ``others``, other numbers), naming the others and their program pagu."""
    from .numbers import format_rupiah

    assert r.tables is not None
    key = dict(zip(KUNCI_SAMA, keys[r.dokumen]))
    pagu = {o.dokumen: _pagu_program(o.tables["evaluasi"]) for o in [r, *others]}     # type: ignore[index]
    names = "; ".join(f"{o.dokumen} ({o.berkas}, jumlah pagu program {format_rupiah(pagu[o.dokumen])})"
                      for o in others[:5]) + (f"; dan {len(others) - 5} lainnya" if len(others) > 5 else "")
    unknown = [d for d in [r, *others] if keys[d.dokumen][0] is None]
    note = (f" Pemda tidak tertulis di {', '.join(d.dokumen for d in unknown[:5])}: bila pemdanya lain, "
            "kedua dokumen tidak bertentangan." if unknown else "")
    if key["pemda"] is None:
        key["pemda"] = next((keys[o.dokumen][0] for o in others if keys[o.dokumen][0] is not None), None)
    pesan = (f"Dokumen lain di korpus berkunci sama ({_label_kunci(key)}) tetapi angka Tabel 2.2-nya berbeda: "
             f"{names}; dokumen ini: jumlah pagu program {format_rupiah(pagu[r.dokumen])}. Keduanya dibaca "
             f"dan tidak dijumlahkan; reviewer memilih salah satu sebelum membandingkan instansi.{note}")
    _tambah_temuan(r.tables, BERTENTANGAN, "peringatan", "Tabel 2.2", key["instansi"], pesan)
    d = r.tables["dokumen"].copy()
    d["pesan"] = pd.Series([f"berkunci sama dengan {', '.join(o.dokumen for o in others[:5])} tetapi angka "
                            "Tabel 2.2 berbeda: lihat temuan dokumen_bertentangan"], dtype="string")
    r.tables["dokumen"] = d


@dataclass
class Korpus:
    """The documents of a corpus: a summary, the consolidated tables, each document's tables,
    and the folders of the sources left out (``dilewati``: path, why)."""

    dokumen: pd.DataFrame
    tables: dict
    per_dokumen: dict
    dilewati: list = field(default_factory=list)


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
        ``dokumen``: one row per source file with its status (``terbaca``; ``gagal``
        with its one-line error, a broken link or an unreadable file included;
        ``ganda`` for a file whose bytes equal an earlier one's, or whose keys and
        Tabel 2.2 numbers do (``tandai_ganda``): read once); ``tables``: every table of
        the documents read, joined, with the key columns ``KUNCI`` in front;
        ``per_dokumen``: each document's own tables by id; ``dilewati``: folders of our
        own outputs found inside a source, not read.

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

    found, dilewati = temukan_sumber(sources)
    _ada_dokumen(sources, found, dilewati)
    paths = list(found)
    ids = _ids(paths)
    first_by_hash: dict[str, str] = {}
    results: dict[str, HasilDokumen] = {}
    todo = []
    for path, did in zip(paths, ids):
        if found[path] is not None:
            results[did] = HasilDokumen(did, nama_berkas(path), "", GAGAL, f"{path}: {found[path]}")
            continue
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
    tandai_ganda(ordered)
    read = [r for r in ordered if r.status == TERBACA]
    tabs = [r.tables for r in read if r.tables is not None]     # every document read has its tables
    names = [n for n in (tabs[0] if tabs else []) if n != "dokumen"]
    tables = {name: pd.concat([_with_keys(t["dokumen"], t[name]) for t in tabs], ignore_index=True)
              for name in names}
    return Korpus(dokumen=frame_dokumen([r.baris() for r in ordered]), tables=tables,
                  per_dokumen={r.dokumen: r.tables for r in read},
                  dilewati=[(nama_berkas(p), why) for p, why in dilewati])


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
