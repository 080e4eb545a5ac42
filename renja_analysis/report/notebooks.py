"""Execute the notebooks of a report and write its figures.

Notebooks are executed with papermill in the current environment's ``python3``
kernel (the project's ``.venv`` when run through ``make``). After execution the
notebooks are normalised so that the same input gives the same file: cell ids
are numbered, papermill's timestamps and per-cell timings are removed.

The notebooks of a report (``execute_all``) share a warm kernel per process (``WarmKernel``):
started once, reset before each notebook to the state of a fresh kernel (``kernel_state``), so
each executed notebook has the bytes a fresh kernel gives, without a kernel's start and the
imports for every notebook. ``execute`` alone starts a fresh kernel.
"""

import contextlib
import functools
import json
import os
import re
import signal
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
            contoh: bool = False, kernel: "WarmKernel | None" = None) -> Path:
    """Execute one notebook with papermill and normalise the result; ``contoh`` marks it as
    an example (``tandai_contoh``). ``kernel``: a warm kernel to execute it in (reset first),
    else a fresh kernel of its own; the bytes are the same."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        clean = _clean_copy(source, Path(tmp))
        if kernel is None:
            _execute(clean, target, parameters, cwd or source.parent)
        else:
            kernel.execute(clean, target, parameters, cwd or source.parent)
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


def _execute(source: Path, target: Path, parameters: dict | None, cwd: Path, **engine) -> None:
    """papermill, the notebook saved once at the end (not after every cell: 0.25 s a notebook),
    with the error marked when a cell fails, as far as it ran when the kernel died or a cell
    timed out; ``engine``: a warm kernel's (``WarmKernel``: ``km``, ``kc``), else a fresh kernel."""
    pm.execute_notebook(str(source), str(target), parameters=parameters or {}, kernel_name="python3",
                        progress_bar=False, cwd=str(cwd), log_output=False, request_save_on_cell_execute=False,
                        execution_timeout=180, engine_name=_engine(), partial=str(target),
                        **(engine or {"kernel_manager_class": _kernel_manager_ipc()}))


#: The startup and reset of a warm kernel, sent as text (``kernel_state``).
_KERNEL_STATE = Path(__file__).with_name("kernel_state.py")
_STATE_MODULE = "_renja_kernel_state"
#: A warm kernel executes at most this many notebooks, then a fresh one takes over (a bound on
#: what a notebook may leave behind that the reset does not reach: memory, imported modules).
KERNEL_LIMIT = 50


@functools.cache
def _engine() -> str:
    """papermill's nbclient engine, registered as ``renja``: it hands a warm kernel's client to
    nbclient (which keeps a kernel it does not own alive: ``owns_km``) and writes the notebook
    as far as it ran when execution stops without a cell error (papermill writes it only after
    a cell error, as it no longer saves after every cell)."""
    from nbclient.exceptions import DeadKernelError
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.iorw import write_ipynb
    from papermill.log import logger
    from papermill.utils import merge_kwargs, remove_args

    class Client(PapermillNotebookClient):
        def __init__(self, nb_man, kc=None, **kw):
            super().__init__(nb_man, **kw)
            self.kc = kc

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            # NBClientEngine.execute_managed_notebook, with the client above
            partial = kwargs.pop("partial", None)
            kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
            final = merge_kwargs(kwargs, timeout=execution_timeout, startup_timeout=start_timeout,
                                 kernel_name=kernel_name, log=logger, log_output=log_output,
                                 stdout_file=stdout_file, stderr_file=stderr_file)
            try:
                return Client(nb_man, **final).execute()
            except DeadKernelError:
                if partial:
                    write_ipynb(nb_man.nb, partial)
                raise KernelBerhenti(*_sel_berjalan(nb_man.nb)) from None
            except BaseException:
                if partial:
                    write_ipynb(nb_man.nb, partial)
                raise

    papermill_engines.register("renja", Engine)
    # nbclient logs a dead kernel on standard error before raising it; the one line the command
    # prints (``run_job``: the notebook, the cell, ``KernelBerhenti``) says it already
    logger.addFilter(lambda record: not str(record.msg).startswith("Kernel died"))
    return "renja"


class KernelBerhenti(Exception):
    """The kernel process ended while it executed a notebook's cell (``sel``: its index in the
    executed notebook, ``eksekusi``: its execution count, None when unknown) or the warm
    kernel's reset (``sel`` None): killed (``kill -9``) or out of memory."""

    def __init__(self, sel: int | None = None, eksekusi: int | None = None):
        super().__init__(sel, eksekusi)
        self.sel, self.eksekusi = sel, eksekusi

    def __str__(self) -> str:
        return "kernel berhenti (dimatikan atau kehabisan memori)"


def _sel_berjalan(nb) -> tuple[int | None, int | None]:
    """The cell that ran when the kernel died (its index, its execution count): the last cell
    papermill started (its status is then ``running``, or ``completed`` as papermill closes every
    started cell; those not reached are ``pending``); (None, None) when none was started.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in "abc"])
    >>> for c, status in zip(nb.cells, ("completed", "completed", "pending")):
    ...     c.metadata["papermill"] = {"status": status}
    >>> nb.cells[1].execution_count = 2
    >>> _sel_berjalan(nb), _sel_berjalan(nbformat.v4.new_notebook())
    ((1, 2), (None, None))
    """
    mulai = [i for i, cell in enumerate(nb.cells)
             if cell.get("metadata", {}).get("papermill", {}).get("status") in ("running", "completed", "failed")]
    if not mulai:
        return None, None
    return mulai[-1], nb.cells[mulai[-1]].get("execution_count")


#: How often a wait for the kernel's reply checks that the kernel process still runs (seconds).
CEK_KERNEL = 1.0


async def _silent(kc, code: str, timeout: float, km=None) -> dict:
    """Execute ``code`` in the kernel without a trace (no output kept, no history, the counter
    unchanged); the reply's content. ``queue.Empty`` after ``timeout`` seconds; with ``km``,
    ``KernelBerhenti`` within ``CEK_KERNEL`` seconds of the kernel process ending."""
    import queue
    import time

    msg_id = kc.execute(code, silent=True, store_history=False, allow_stdin=False, stop_on_error=False)
    end = time.monotonic() + timeout
    while True:
        left = end - time.monotonic()
        try:
            reply = await kc.get_shell_msg(timeout=max(min(left, CEK_KERNEL), 0.01))
        except queue.Empty:
            if km is not None and not await km.is_alive():
                raise KernelBerhenti() from None
            if left <= CEK_KERNEL:
                raise
            continue
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


class WarmKernel:
    """A ``python3`` kernel kept alive to execute notebooks one after another.

    Started once (over its own sockets: ``_kernel_manager_ipc``), it imports what the report's
    notebooks import and records its state (``kernel_state.prepare``). Before each notebook it is
    reset to that state (``kernel_state.reset``: namespace, execution counter, working folder,
    warnings shown once, matplotlib figures and settings, pandas options), so a notebook gives
    the bytes a fresh kernel gives (tested in ``tests/unit/test_warm_kernel.py``). After a
    notebook that failed its state is unknown: close it and start another.

    Parameters
    ----------
    cwd : Path, optional
        The kernel's working folder at start, if it exists (default: this process's); each
        notebook works in its own (``reset``).

    Examples
    --------
    >>> with WarmKernel() as kernel:                                      # doctest: +SKIP
    ...     execute(source, target, {"program": "A"}, cwd=folder, kernel=kernel)
    """

    def __init__(self, cwd: Path | None = None):
        from jupyter_core.utils import run_sync

        self._run_sync = run_sync
        self.pid = os.getpid()
        self.used = 0
        self.kc = None
        self.km = _kernel_manager_ipc()(kernel_name="python3")
        start = Path(cwd) if cwd is not None and Path(cwd).is_dir() else Path.cwd()   # reset goes to each notebook's
        run_sync(self.km.start_kernel)(cwd=str(start),
                                       extra_arguments=["--HistoryManager.hist_file=:memory:"])
        try:
            self.kc = self.km.client()
            self.kc.allow_stdin = False
            self.kc.start_channels()
            try:
                run_sync(self.kc.wait_for_ready)(timeout=60)
            except RuntimeError:
                if not run_sync(self.km.is_alive)():
                    raise KernelBerhenti() from None
                raise
            self._call(f"__import__('sys').modules.setdefault({_STATE_MODULE!r}, "
                       f"__import__('types').ModuleType({_STATE_MODULE!r}))\n"
                       f"exec(compile({_KERNEL_STATE.read_text(encoding='utf-8')!r}, {str(_KERNEL_STATE)!r}, "
                       f"'exec'), __import__('sys').modules[{_STATE_MODULE!r}].__dict__)\n"
                       f"__import__('sys').modules[{_STATE_MODULE!r}].prepare()", timeout=120)
        except BaseException:
            self.close()
            raise

    def _call(self, code: str, timeout: float = 60) -> None:
        content = self._run_sync(_silent)(self.kc, code, timeout, self.km)
        if content.get("status") != "ok":
            raise RuntimeError(f"kernel: {content.get('ename')}: {content.get('evalue')}")

    def alive(self) -> bool:
        """Whether the kernel process still runs."""
        return self.kc is not None and bool(self._run_sync(self.km.is_alive)())

    def reset(self, cwd: Path) -> None:
        """Bring the kernel back to the state after its start, working in ``cwd``."""
        self._call(f"__import__('sys').modules[{_STATE_MODULE!r}].reset({str(Path(cwd).resolve())!r})")

    def execute(self, source: Path, target: Path, parameters: dict | None, cwd: Path) -> None:
        """Reset, then execute the notebook ``source`` into ``target`` (papermill)."""
        self.reset(cwd)
        self.used += 1
        _execute(source, target, parameters, cwd, km=self.km, kc=self.kc)

    def kill(self) -> None:
        """End the kernel process at once (from a signal handler: no event loop, no wait)."""
        pid = getattr(getattr(self.km, "provisioner", None), "pid", None)
        if pid is not None and self.pid == os.getpid():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for path in [self.km.connection_file, *(f"{self.km.ip}-{port}" for port in
                                                (self.km.shell_port, self.km.iopub_port, self.km.stdin_port,
                                                 self.km.hb_port, self.km.control_port))]:
            with contextlib.suppress(OSError, TypeError):
                os.remove(path)

    def close(self, now: bool = False) -> None:
        """Shut the kernel down (asked, then killed if it does not end; ``now``: killed at once,
        for a kernel that may be busy) and remove its files. In a forked child the kernel is the
        parent's: left alone."""
        if self.pid != os.getpid():
            return
        if now:
            _cancel_pending()
        try:
            if self.kc is not None:
                self.kc.stop_channels()
                self.kc = None
            if self.km.has_kernel:
                self._run_sync(self.km.shutdown_kernel)(now=now)
        except Exception:  # noqa: BLE001 - a kernel that cannot be shut down is killed
            self.kill()

    def __enter__(self) -> "WarmKernel":
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(now=kind is not None)


def _cancel_pending() -> None:
    """End the tasks a notebook stopped half-way (Ctrl-C, SIGTERM) left in the event loop the
    kernel's client runs in (``jupyter_core.utils.run_sync``), their errors taken: left pending, a
    cell's task is run again by the kernel's shutdown, ends with nbclient's ``DeadKernelError``
    and Python prints it with a traceback at exit ("Task exception was never retrieved")."""
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    loop = ensure_event_loop()
    if loop.is_running():
        return
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        done, _ = loop.run_until_complete(asyncio.wait(tasks, timeout=5))
        for task in done:
            if not task.cancelled():
                task.exception()


#: This process's warm kernel (``_warm_kernel``), None before the first notebook.
_WARM: WarmKernel | None = None


def _warm_kernel(cwd: Path) -> WarmKernel:
    """This process's warm kernel: the one running, or a new one after ``KERNEL_LIMIT``
    notebooks, after a kernel that died, or in a worker (a forked child leaves its parent's
    alone). A worker's kernel is shut down when the worker ends, killed if it is terminated."""
    global _WARM
    if _WARM is not None and _WARM.pid != os.getpid():
        _WARM = None
    if _WARM is not None and (_WARM.used >= KERNEL_LIMIT or not _WARM.alive()):
        close_warm_kernel()
    if _WARM is None:
        _WARM = WarmKernel(cwd)
        import multiprocessing

        if multiprocessing.parent_process() is not None:
            _in_worker()
    return _WARM


@functools.cache
def _in_worker() -> None:
    """Once per worker process: its kernel shut down when it ends, killed when it is terminated."""
    from multiprocessing import util

    util.Finalize(None, close_warm_kernel, exitpriority=100)

    def terminated(signum, frame):
        if _WARM is not None:
            _WARM.kill()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)

    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, terminated)


def close_warm_kernel(now: bool = False) -> None:
    """Shut this process's warm kernel down (if any; ``now``: killed at once)."""
    global _WARM
    kernel, _WARM = _WARM, None
    if kernel is not None:
        kernel.close(now)


class NotebookGagal(Exception):
    """A notebook of the report failed to execute: the message names the notebook (where the
    report puts it), the cell and the error, on one line; ``keluaran``: where its output, with
    the error, was written (a staging folder's file while a report runs: ``report.tahap``)."""

    def __init__(self, pesan: str, keluaran: str | None = None):
        super().__init__(pesan, keluaran)
        self.pesan, self.keluaran = pesan, keluaran

    def __str__(self) -> str:
        return self.pesan


@dataclass(frozen=True)
class NotebookJob:
    """One notebook to execute (``execute``'s arguments)."""

    source: Path
    target: Path
    parameters: dict = field(default_factory=dict)
    cwd: Path | None = None
    contoh: bool = False
    #: Where the report puts the executed notebook, for messages (None: ``target``); a report
    #: writes ``target`` into a staging folder first (``report.tahap``).
    nama: Path | None = None


def _nama(path: Path) -> str:
    """A path as a message names it: relative to the working folder when inside it.

    >>> _nama(Path.cwd() / "notebooks" / "a.ipynb"), _nama(Path("/elsewhere/a.ipynb"))
    ('notebooks/a.ipynb', '/elsewhere/a.ipynb')
    """
    path = Path(path).absolute()
    return path.relative_to(Path.cwd()).as_posix() if path.is_relative_to(Path.cwd()) else str(path)


def run_job(job: NotebookJob) -> Path:
    """Execute one job (``execute``) in this process's warm kernel (``WarmKernel``, replaced
    after a failure); a failure raised as ``NotebookGagal`` naming the notebook and the cell (a
    picklable exception: it crosses from a worker process)."""
    try:
        try:
            return execute(job.source, job.target, job.parameters, cwd=job.cwd, contoh=job.contoh,
                           kernel=_warm_kernel(job.cwd or job.source.parent))
        except BaseException:
            close_warm_kernel(now=True)         # its state is unknown: the next notebook gets a new one
            raise
    except pm.PapermillExecutionError as exc:
        pesan = " ".join(f"{exc.ename}: {exc.evalue}".split())[:300]
        raise NotebookGagal(f"notebook {_nama(job.nama or job.target)} gagal di sel {exc.cell_index + 1} "
                            f"(eksekusi ke-{exc.exec_count}): {pesan}", str(job.target)) from None
    except KernelBerhenti as exc:
        di = "" if exc.sel is None else f" di sel {exc.sel + 1}" + (
            "" if exc.eksekusi is None else f" (eksekusi ke-{exc.eksekusi})")
        sebelum = " sebelum sel pertama" if exc.sel is None else ""
        raise NotebookGagal(f"notebook {_nama(job.nama or job.target)} gagal{di}{sebelum}: {exc}",
                            str(job.target) if exc.sel is not None else None) from None
    except Exception as exc:  # noqa: BLE001 - a timeout or another failure: the notebook named, one line
        pesan = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        sumber = "" if job.nama is not None or job.source.resolve() == job.target.resolve() else \
            f" (dari {_nama(job.source)})"
        raise NotebookGagal(f"notebook {_nama(job.nama or job.target)}{sumber} gagal: {pesan}") from None


def default_jobs(jobs: int | None = None) -> int:
    """The number of notebooks executed at once: ``jobs``, else the processor cores.

    >>> default_jobs(3), default_jobs() >= 1
    (3, True)
    """
    return jobs if jobs is not None else (os.cpu_count() or 1)


def execute_all(jobs: list[NotebookJob], n_jobs: int | None = None, progress: bool = True,
                desc: str = "notebook") -> list[Path]:
    """Execute independent notebooks, ``n_jobs`` at once (default: the cores), in worker
    processes each driving its own warm kernel (``WarmKernel``: one kernel for many notebooks,
    reset before each); the executed notebooks, in the order of ``jobs``.

    Each notebook's bytes depend only on its source and parameters (``execute``
    normalises them), so any ``n_jobs`` writes the same files. One progress bar counts the
    notebooks done. The first notebook that fails stops the rest (``run_all``): its
    ``NotebookGagal`` (notebook, cell, error) is raised.
    """
    try:
        done = run_all(run_job, jobs, n_jobs, progress=progress, desc=desc)
    except BaseException:
        close_warm_kernel(now=True)          # the serial path's, perhaps busy (Ctrl-C)
        raise
    close_warm_kernel()         # the serial path's (workers shut theirs down when they end)
    return done


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
                    jobs: int | None = None, keluaran: Path | None = None) -> list[Path]:
    """Execute the overview notebooks in place and one program notebook per program.

    The notebooks read processed tables (``load.load_processed``); ``olahan``, a
    folder other than ``data/processed/``, is passed to every notebook. ``sipd``
    (SIPD-RI exports) adds the SIPD pemda notebook, marked as an example when they are the
    project's test data (``pemda.sipd_contoh``); it reconciles the report's document (the
    processed tables' source) with them only when pemda, year and office agree, or with
    ``paksa``; without ``sipd`` an earlier SIPD notebook is removed. ``realisasi`` (SIPD
    realisation exports) adds the realisation page (``parameter_realisasi``), likewise.
    ``jobs`` notebooks are executed at once (``execute_all``; default: the cores).
    ``keluaran``: the executed notebooks are written there (a staging folder, ``report.tahap``)
    instead of in place; the notebooks still run in ``notebooks`` and are named by their place
    there.
    """
    out = notebooks if keluaran is None else Path(keluaran)
    programs = daftar_program(doc.evaluasi)
    extra = {"olahan": str(Path(olahan).resolve())} if olahan is not None else {}
    todo = [(notebooks / n, out / n, dict(extra), False) for n in NOTEBOOKS]
    name = HALAMAN_SIPD[0]
    if sipd is not None:
        todo.append((notebooks / "templates" / name, out / name,
                     dict(extra, **parameter_sipd(sipd), **({"paksa": True} if paksa else {})),
                     pemda.sipd_contoh(sipd)))
    else:
        (out / name).unlink(missing_ok=True)
    name_r = HALAMAN_REALISASI[0]
    if realisasi is not None:
        todo.append((notebooks / "templates" / name_r, out / name_r, parameter_realisasi(realisasi, sipd),
                     pemda.sipd_contoh(realisasi)))
    else:
        (out / name_r).unlink(missing_ok=True)
    todo += [(notebooks / TEMPLATE, out / PROGRAM_DIR / f"{p['notebook']}.ipynb",
              dict(extra, program=p["program"]), False) for _, p in programs.iterrows()]
    remove_stale((out / PROGRAM_DIR).glob("*.ipynb"), [target for _, target, _, _ in todo])
    return execute_all([NotebookJob(source, target, params, notebooks, contoh,
                                    nama=None if keluaran is None else notebooks / target.relative_to(out))
                        for source, target, params, contoh in todo], jobs, progress=progress)
