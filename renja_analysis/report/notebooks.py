"""Execute the notebooks of a report and write its figures.

Notebooks are executed with papermill in the current environment's ``python3``
kernel (the project's ``.venv`` when run through ``make``). After execution the
notebooks are normalised so that the same input gives the same file: cell ids
are numbered, papermill's timestamps and per-cell timings are removed.
"""

import functools
import json
import os
import re
import tempfile
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm

from .. import config
from ..load import RenjaDocument, SipdData
from ..present import pemda, plots
from ..present.summary import daftar_program
from .pages import HALAMAN_REALISASI, HALAMAN_SIPD, NOTEBOOKS, SPANDUK_CONTOH, judul_contoh


def parameter_sipd(sipd) -> dict:
    """Papermill parameters of the SIPD notebook: the path relative to the project root
    where it lies inside it (so the executed notebook does not carry this machine's
    path), none at all for the notebook's own default (``config.DEFAULT_SIPD``).

    >>> parameter_sipd(config.DEFAULT_SIPD), parameter_sipd("/data/pemda")
    ({}, {'sipd': '/data/pemda'})
    """
    path = Path(sipd).resolve()
    if path == config.DEFAULT_SIPD.resolve():
        return {}
    return {"sipd": str(path.relative_to(config.ROOT)) if path.is_relative_to(config.ROOT) else str(path)}


TEMPLATE = Path("templates") / "program.ipynb"
PROGRAM_DIR = "program"
#: The tag of the banner cell ``tandai_contoh`` puts into an example notebook.
TAG_CONTOH = "contoh"


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
WIDGET_MODEL = re.compile(r"IPY_MODEL_([0-9a-f]{32})")


def _widget_order(nb) -> list[str]:
    """Widget model ids in a content-determined order: breadth-first from the views
    shown in outputs, then any others by their (id-free) content."""
    state = (nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
             .get("state", {}))
    roots = [out["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
             for cell in nb.cells for out in cell.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in out.get("data", {})]
    order, seen, queue = [], set(), deque(roots)
    while queue:
        mid = queue.popleft()
        if mid in seen or mid not in state:
            continue
        seen.add(mid)
        order.append(mid)
        queue.extend(WIDGET_MODEL.findall(json.dumps(state[mid], sort_keys=True)))
    rest = sorted((m for m in state if m not in seen),
                  key=lambda m: WIDGET_MODEL.sub("", json.dumps(state[m], sort_keys=True)))
    return order + rest + [r for r in roots if r not in state and r not in order]


def normalise(path: Path) -> None:
    """Make an executed notebook's bytes depend only on its content: numbered cell
    ids, no papermill timestamps or timings, no memory addresses in reprs, widget
    model ids renumbered in a content-determined order."""
    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("papermill", None)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"sel-{i:02d}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    text = json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    text = _ADDRESS.sub(">", text)
    for k, mid in enumerate(_widget_order(nb)):
        text = text.replace(mid, f"{k:032x}")
    # re-sort: renamed widget ids change the order of the state's keys
    text = json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def remove_stale(candidates, wanted) -> None:
    """Delete generated files of programs or pages that no longer exist."""
    keep = {Path(w).resolve() for w in wanted}
    for path in candidates:
        if path.resolve() not in keep:
            path.unlink()


def _clean_copy(source: Path, folder: Path) -> Path:
    """The source notebook without outputs, stored widget state or injected parameters
    (executing a notebook in place must not carry over the previous run's state)."""
    nb = nbformat.read(source, as_version=4)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    # parameters injected by an earlier run must not outlive it
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    clean = folder / source.name
    nbformat.write(nb, clean)
    return clean


def _judul_sel(cell) -> tuple[dict, str] | None:
    """Where a cell shows the page title (a ``# `` line): its markdown source, or the
    Markdown a code cell displays (the program template prints its title)."""
    if cell.cell_type == "markdown":
        return (cell, "source") if any(ln.startswith("# ") for ln in cell.source.split("\n")) else None
    for out in cell.get("outputs", []):
        md = out.get("data", {}).get("text/markdown")
        if isinstance(md, str) and any(ln.startswith("# ") for ln in md.split("\n")):
            return out["data"], "text/markdown"
    return None


def tandai_contoh(nb):
    """Mark a notebook as an example: its title (the first ``# `` heading, written in a
    Markdown cell or displayed by a code cell) gets ``(contoh)`` and a banner cell (tagged
    ``contoh``) follows it, so that a reader of the notebook itself (JupyterLab, a diff)
    sees it is test data. Marking twice changes nothing.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Tren"),
    ...                                      nbformat.v4.new_markdown_cell("## Ringkasan")])
    >>> [c.source for c in tandai_contoh(tandai_contoh(nb)).cells]  # doctest: +NORMALIZE_WHITESPACE
    ['# Tren (contoh)', '> **Contoh: data uji buatan, bukan data resmi pemda.** Angka dan temuan di
    halaman ini berasal dari berkas uji proyek, bukan dari dokumen atau ekspor resmi suatu pemda.',
    '## Ringkasan']
    """
    cells = nb.cells
    if any(TAG_CONTOH in c.metadata.get("tags", []) for c in cells):
        return nb
    where = next(((i, found) for i, c in enumerate(cells) if (found := _judul_sel(c)) is not None), None)
    if where is not None:
        holder, key = where[1]
        lines = holder[key].split("\n")
        h = next(k for k, line in enumerate(lines) if line.startswith("# "))
        lines[h] = judul_contoh(lines[h].rstrip())
        holder[key] = "\n".join(lines)
        at = where[0] + 1
    else:
        at = next((i for i, c in enumerate(cells) if c.cell_type == "markdown"), 0)
    banner = nbformat.v4.new_markdown_cell(
        f"> **{SPANDUK_CONTOH}.** Angka dan temuan di halaman ini berasal dari berkas uji proyek, bukan dari "
        "dokumen atau ekspor resmi suatu pemda.", metadata={"tags": [TAG_CONTOH]})
    cells.insert(at, banner)
    return nb


def execute(source: Path, target: Path, parameters: dict | None = None, cwd: Path | None = None,
            contoh: bool = False) -> Path:
    """Execute one notebook with papermill and normalise the result; ``contoh`` marks it as
    an example (``tandai_contoh``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _execute(_clean_copy(source, Path(tmp)), target, parameters, cwd or source.parent)
    if contoh:
        nbformat.write(tandai_contoh(nbformat.read(target, as_version=4)), target)
    normalise(target)
    return target


@functools.cache
def _kernel_manager_ipc():
    """A kernel manager whose kernel talks over its own Unix sockets (``transport="ipc"``, a
    unique path under the temporary folder) instead of TCP ports.

    jupyter_client picks a TCP kernel's five ports by binding and releasing them, and the
    kernel binds them again later: kernels started at the same moment (``report --jobs``,
    pytest's workers) can take each other's ports and the kernel dies before it replies
    ("Kernel died before replying to kernel_info": jupyter/jupyter_client#154,
    nteract/papermill#511; seen here in a test of two jobs). A socket path of its own
    cannot be taken by another kernel. The kernel and its sockets are local to this
    machine, so nothing is sent over a network either (ipykernel's warning about
    unencrypted TCP no longer applies).
    """
    from jupyter_client.manager import AsyncKernelManager

    class IpcKernelManager(AsyncKernelManager):
        def __init__(self, **kw):
            kw.setdefault("transport", "ipc")
            kw.setdefault("ip", os.path.join(tempfile.gettempdir(), f"renja-kernel-{uuid.uuid4().hex[:16]}"))
            super().__init__(**kw)

    return IpcKernelManager


def _execute(source: Path, target: Path, parameters: dict | None, cwd: Path) -> None:
    pm.execute_notebook(str(source), str(target), parameters=parameters or {}, kernel_name="python3",
                        progress_bar=False, cwd=str(cwd), log_output=False,
                        execution_timeout=180, kernel_manager_class=_kernel_manager_ipc())


class NotebookGagal(Exception):
    """A notebook of the report failed to execute: the message names the executed notebook
    (where its output, with the error, was written), the cell and the error, on one line."""


@dataclass(frozen=True)
class NotebookJob:
    """One notebook to execute (``execute``'s arguments)."""

    source: Path
    target: Path
    parameters: dict = field(default_factory=dict)
    cwd: Path | None = None
    contoh: bool = False


def _nama(path: Path) -> str:
    """A path as a message names it: relative to the working folder when inside it.

    >>> _nama(Path.cwd() / "notebooks" / "a.ipynb"), _nama(Path("/elsewhere/a.ipynb"))
    ('notebooks/a.ipynb', '/elsewhere/a.ipynb')
    """
    path = Path(path).absolute()
    return path.relative_to(Path.cwd()).as_posix() if path.is_relative_to(Path.cwd()) else str(path)


def run_job(job: NotebookJob) -> Path:
    """Execute one job (``execute``); a failure raised as ``NotebookGagal`` naming the
    notebook and the cell (a picklable exception: it crosses from a worker process)."""
    try:
        return execute(job.source, job.target, job.parameters, cwd=job.cwd, contoh=job.contoh)
    except pm.PapermillExecutionError as exc:
        pesan = " ".join(f"{exc.ename}: {exc.evalue}".split())[:300]
        raise NotebookGagal(f"notebook {_nama(job.target)} gagal di sel {exc.cell_index + 1} "
                            f"(eksekusi ke-{exc.exec_count}): {pesan}") from None
    except Exception as exc:  # noqa: BLE001 - a dead kernel or a timeout: the notebook named, one line
        pesan = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise NotebookGagal(f"notebook {_nama(job.target)} ({_nama(job.source)}) gagal: {pesan}") from None


def default_jobs(jobs: int | None = None) -> int:
    """The number of notebooks executed at once: ``jobs``, else the processor cores.

    >>> default_jobs(3), default_jobs() >= 1
    (3, True)
    """
    return jobs if jobs is not None else (os.cpu_count() or 1)


def execute_all(jobs: list[NotebookJob], n_jobs: int | None = None, progress: bool = True,
                desc: str = "notebook") -> list[Path]:
    """Execute independent notebooks, ``n_jobs`` at once (default: the cores), in worker
    processes each driving its own kernel; the executed notebooks, in the order of ``jobs``.

    Each notebook's bytes depend only on its source and parameters (``execute``
    normalises them), so any ``n_jobs`` writes the same files. One progress bar counts the
    notebooks done. The first notebook that fails stops the rest (``run_all``): its
    ``NotebookGagal`` (notebook, cell, error) is raised.
    """
    return run_all(run_job, jobs, n_jobs, progress=progress, desc=desc)


def run_all(func, items: list, n_jobs: int | None = None, progress: bool = True, desc: str = "notebook") -> list:
    """``[func(item) for item in items]``, ``n_jobs`` at once in worker processes (default:
    the cores; one: in this process), with one progress bar; the results in the order of
    ``items``. The first exception of a worker stops the rest: the items not started are
    cancelled, those running finish (no half-written file, no kernel left behind), then it
    is raised here. Ctrl-C or SIGTERM stops every worker at once.

    >>> run_all(abs, [-2, 3], 1, progress=False)
    [2, 3]
    """
    from tqdm.auto import tqdm

    n = min(default_jobs(n_jobs), len(items))
    bar: dict[str, Any] = dict(total=len(items), desc=desc, disable=not progress)
    if n <= 1:
        return [func(item) for item in tqdm(items, **bar)]
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    from ..corpus import _hentikan, _pekerja_mulai, _tanpa_sinyal

    pool = ProcessPoolExecutor(max_workers=n, initializer=_pekerja_mulai, initargs=(os.getpid(),))
    failed = None
    try:
        with _tanpa_sinyal():
            futures = [pool.submit(func, items[0])]          # forks the workers
        futures += [pool.submit(func, item) for item in items[1:]]
        with tqdm(**bar) as pbar:
            pending = set(futures)
            while pending and failed is None:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                pbar.update(len(done))
                failed = next((f.exception() for f in futures if f in done and f.exception() is not None), None)
        # the items not started are cancelled, the running ones end normally
        pool.shutdown(wait=True, cancel_futures=failed is not None)
    except BaseException:
        _hentikan(pool)
        raise
    if failed is not None:
        raise failed
    return [f.result() for f in futures]


def figures(doc: RenjaDocument, folder: Path = config.FIGURES) -> list[Path]:
    """Write every chart of the report as PNG + SVG with stable names."""
    ev = doc.evaluasi
    charts = {
        "ikhtisar-serapan-program": plots.serapan_per_program(ev),
        "ikhtisar-capaian-vs-serapan": plots.sebaran_capaian_serapan(ev),
        "ikhtisar-status": plots.jumlah_status(ev),
        "pergeseran-program": plots.pergeseran_program(doc.pergeseran),
        "temuan-per-jenis": plots.temuan_per_jenis(doc.temuan),
    }
    for _, p in daftar_program(ev).iterrows():
        charts[f"program-{p['notebook']}"] = plots.kinerja_sub_kegiatan(ev[ev["program"] == p["program"]],
                                                                        judul=p["program"])
    paths = []
    for name, fig in charts.items():
        paths += plots.simpan(fig, name, folder)
    remove_stale([*folder.glob("program-*.png"), *folder.glob("program-*.svg")], paths)
    return paths


def figures_sipd(sipd: SipdData | None, folder: Path = config.FIGURES) -> list[Path]:
    """Write the charts of the SIPD pemda page as PNG + SVG (``sipd-*``); ``sipd`` None:
    remove them (a report without SIPD data shows none)."""
    if sipd is None:
        remove_stale([*folder.glob("sipd-*.png"), *folder.glob("sipd-*.svg")], [])
        return []
    charts = {
        "sipd-pagu-perangkat-daerah": plots.pagu_sipd_perangkat_daerah(sipd.pemda),
        "sipd-pagu-bidang-urusan": plots.pagu_sipd_bidang_urusan(sipd.pemda),
        "sipd-temuan-perangkat-daerah": plots.temuan_sipd_perangkat_daerah(
            pemda.temuan_per_tingkat(sipd.temuan, sipd.rekaman)),
    }
    return [p for name, fig in charts.items() for p in plots.simpan(fig, name, folder)]


def parameter_realisasi(realisasi, sipd=None) -> dict:
    """Papermill parameters of the realisation page: the realisation exports and the plan
    (``sipd``, else None: the plan exports of the realisation folder), each relative to the
    project root where it lies inside it.

    >>> parameter_realisasi("/data/realisasi")
    {'realisasi': '/data/realisasi', 'rencana': None}
    """
    def rel(p):
        path = Path(p).resolve()
        return str(path.relative_to(config.ROOT)) if path.is_relative_to(config.ROOT) else str(path)
    return {"realisasi": rel(realisasi), "rencana": rel(sipd) if sipd is not None else None}


def build_notebooks(doc: RenjaDocument, notebooks: Path = config.NOTEBOOKS, progress: bool = True,
                    olahan=None, sipd=None, paksa: bool = False, realisasi=None,
                    jobs: int | None = None) -> list[Path]:
    """Execute the overview notebooks in place and one program notebook per program.

    The notebooks read processed tables (``load.load_processed``); ``olahan``, a
    folder other than ``data/processed/``, is passed to every notebook. ``sipd``
    (SIPD-RI exports) adds the SIPD pemda notebook, marked as an example when they are the
    project's test data (``pemda.sipd_contoh``); it reconciles the report's document (the
    processed tables' source) with them only when pemda, year and office agree, or with
    ``paksa``; without ``sipd`` an earlier SIPD notebook is removed. ``realisasi`` (SIPD
    realisation exports) adds the realisation page (``parameter_realisasi``), likewise.
    ``jobs`` notebooks are executed at once (``execute_all``; default: the cores).
    """
    programs = daftar_program(doc.evaluasi)
    extra = {"olahan": str(Path(olahan).resolve())} if olahan is not None else {}
    todo = [(notebooks / n, notebooks / n, dict(extra), False) for n in NOTEBOOKS]
    name = HALAMAN_SIPD[0]
    if sipd is not None:
        todo.append((notebooks / "templates" / name, notebooks / name,
                     dict(extra, **parameter_sipd(sipd), **({"paksa": True} if paksa else {})),
                     pemda.sipd_contoh(sipd)))
    else:
        (notebooks / name).unlink(missing_ok=True)
    name_r = HALAMAN_REALISASI[0]
    if realisasi is not None:
        todo.append((notebooks / "templates" / name_r, notebooks / name_r, parameter_realisasi(realisasi, sipd),
                     pemda.sipd_contoh(realisasi)))
    else:
        (notebooks / name_r).unlink(missing_ok=True)
    todo += [(notebooks / TEMPLATE, notebooks / PROGRAM_DIR / f"{p['notebook']}.ipynb",
              dict(extra, program=p["program"]), False) for _, p in programs.iterrows()]
    remove_stale((notebooks / PROGRAM_DIR).glob("*.ipynb"), [target for _, target, _, _ in todo])
    return execute_all([NotebookJob(source, target, params, notebooks, contoh)
                        for source, target, params, contoh in todo], jobs, progress=progress)


