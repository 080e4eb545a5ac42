"""One warm kernel for many notebooks (issue 21, points 1 and 2): a notebook executed in a kernel
that already ran others, reset in between, has the bytes it has in a fresh kernel; a kernel of
ours never outlives a failed build."""
import sys
import time
import uuid
import warnings
from pathlib import Path

import nbformat
import pytest

from renja_analysis.config import NOTEBOOKS
from renja_analysis.report import kernel_state
from renja_analysis.report.notebooks import TEMPLATE, NotebookGagal, NotebookJob, WarmKernel, execute, execute_all


def _notebook(path, *sources, parameters=None):
    cells = [nbformat.v4.new_code_cell(s, id=f"c{k}") for k, s in enumerate(sources)]
    if parameters is not None:
        cells.insert(0, nbformat.v4.new_code_cell(parameters, id="p", metadata={"tags": ["parameters"]}))
    nb = nbformat.v4.new_notebook(
        cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, path)
    return path


# A module's warnings (not the cell's: their file name carries the kernel's process id): one shown
# once per place ("default" action, the module's registry), one shown once at all ("once": the
# registry of the warnings module)
KODE = ("import warnings\ndef f(): warnings.warn('muncul lagi', UserWarning)\n"
        "def g():\n    with warnings.catch_warnings():\n        warnings.simplefilter('once')\n"
        "        warnings.warn('sekali', UserWarning)\n")

# Leaves behind every kind of state the reset must undo: names, a changed working folder,
# environment and sys.path, warning filters and shown-once warnings, matplotlib settings and an
# open figure, a pandas option, output history.
MENGOTORI = (
    f"import os, sys, warnings, types\nimport pandas as pd\nimport matplotlib.pyplot as plt\nKODE = {KODE!r}\n"
    "sisa = 41\nos.environ['RENJA_SISA'] = '1'\nsys.path.append('/sisa')\n"
    "m = sys.modules.setdefault('modul_peringatan', types.ModuleType('modul_peringatan'))\n"
    "exec(KODE, m.__dict__)\nm.f()\nm.g()",
    "sisa + 1",
    "warnings.filterwarnings('ignore')\nplt.rcParams['figure.figsize'] = (2, 1)\nplt.figure()\n"
    "pd.set_option('display.max_rows', 3)\nos.chdir('/')\nsisa",
    "fig = plt.figure(); plt.plot([1, 2]); _ = fig",
)

# Prints what a fresh kernel shows: the same output whatever ran before in the kernel.
PERIKSA = (
    f"import os, sys, types, warnings\nimport pandas as pd\nimport matplotlib.pyplot as plt\nKODE = {KODE!r}\n"
    "print(sorted(k for k in globals() if not k.startswith('_')))\n"
    "print(os.getcwd() == str(ASAL), os.environ.get('RENJA_SISA'), '/sisa' in sys.path, len(In), len(Out))\n"
    "print(plt.rcParams['figure.figsize'], plt.get_fignums(), pd.get_option('display.max_rows'))",
    "m = sys.modules.setdefault('modul_peringatan', types.ModuleType('modul_peringatan'))\n"
    "exec(KODE, m.__dict__)\nm.f()\nm.g()",
    "pd.DataFrame({'a': range(12)})",
    "plt.plot([3, 1, 2]); plt.title('gambar')",
    "21 * 2",
    "print(_, _2 if '_2' in globals() else None)",
)


def test_reset_of_warnings_shows_a_warning_again_and_keeps_the_filters():
    # in this process: a warning shown once per place is shown again after the reset, and a
    # filter added since the snapshot is dropped, those before it kept
    module = {"__name__": "modul_uji"}
    exec("import warnings\ndef f(): warnings.warn('muncul lagi', UserWarning)", module)  # noqa: S102
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("default")
        warnings.filterwarnings("ignore", message="lain")
        saved = kernel_state.snapshot()
        module["f"]()
        module["f"]()                                  # the registry holds it: not shown twice
        assert len(seen) == 1
        warnings.filterwarnings("ignore", message="muncul")
        kernel_state._restore_warnings(saved)
        module["f"]()
        assert len(seen) == 2                          # shown again, the "ignore" added later gone
        assert warnings.filters[0][1].pattern == "lain"


def _bytes(path):
    return Path(path).read_bytes()


@pytest.mark.slow          # starts kernels: about 15 s
def test_a_warm_kernel_writes_the_bytes_of_a_fresh_one(tmp_path):
    asal = tmp_path / "nb"
    asal.mkdir()
    probe = _notebook(asal / "periksa.ipynb", *PERIKSA, parameters=f"ASAL = {str(asal)!r}")
    dirty = _notebook(asal / "kotor.ipynb", *MENGOTORI)
    fresh = execute(probe, tmp_path / "segar" / "periksa.ipynb", {}, cwd=asal)
    program = execute(NOTEBOOKS / TEMPLATE, tmp_path / "segar" / "program.ipynb", {}, cwd=NOTEBOOKS)
    text = fresh.read_text(encoding="utf-8")
    # what the probe saw in a fresh kernel: nothing left over, its own warnings, a numbered output
    assert ("['ASAL', 'In', 'KODE', 'Out', 'exit', 'get_ipython', 'open', 'os', 'pd', 'plt', 'quit', 'sys', "
            "'types', 'warnings']") in text
    # in its folder, no variable, path entry, figure or option left; In: '' and 2 cells, Out: none
    assert "True None False 3 0\\n[6.4, 4.8] [] 60\\n" in text
    assert text.count("UserWarning: muncul lagi") == 1 and text.count("UserWarning: sekali") == 1
    assert text.count('"image/png"') == 1
    assert '"text/plain": "42"' in text and "42 None" in text      # Out[6], and _ is it

    with WarmKernel(tmp_path) as kernel:
        # the program page first, then the one that leaves everything dirty, then the probe; and the
        # other way round: program page after the dirty one
        for k, (source, cwd, target) in enumerate([(NOTEBOOKS / TEMPLATE, NOTEBOOKS, "program"),
                                                   (dirty, asal, "kotor"), (probe, asal, "periksa"),
                                                   (dirty, asal, "kotor"), (NOTEBOOKS / TEMPLATE, NOTEBOOKS, "program"),
                                                   (probe, asal, "periksa")]):
            out = execute(source, tmp_path / f"hangat-{k}" / f"{target}.ipynb", {}, cwd=cwd, kernel=kernel)
            if target == "periksa":
                assert _bytes(out) == _bytes(fresh), k
            if target == "program":
                assert _bytes(out) == _bytes(program), k
        assert kernel.used == 6


def _our_kernels(tag: str) -> list[int]:
    """Kernel processes started under the environment variable RENJA_UJI_KERNEL=tag."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            environ = (proc / "environ").read_bytes().split(b"\0")
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if f"RENJA_UJI_KERNEL={tag}".encode() in environ and b"ipykernel_launcher" in cmdline:
            found.append(int(proc.name))
    return found


@pytest.mark.slow          # starts kernels
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("jobs", [1, 2])
def test_no_kernel_outlives_a_failed_build(tmp_path, monkeypatch, jobs):
    tag = uuid.uuid4().hex
    monkeypatch.setenv("RENJA_UJI_KERNEL", tag)
    ok = _notebook(tmp_path / "baik.ipynb", "x = 1")
    bad = _notebook(tmp_path / "rusak.ipynb", "x = 1", "raise ValueError('angka rusak')")
    todo = [NotebookJob(ok, tmp_path / "out" / f"baik-{k}.ipynb", {}, tmp_path) for k in range(3)]
    todo += [NotebookJob(bad, tmp_path / "out" / "rusak.ipynb", {}, tmp_path)]
    todo += [NotebookJob(ok, tmp_path / "out" / f"lagi-{k}.ipynb", {}, tmp_path) for k in range(4)]
    with pytest.raises(NotebookGagal, match="gagal di sel 2"):
        execute_all(todo, jobs, progress=False)
    # the failing notebook is written with its error
    assert "angka rusak" in (tmp_path / "out" / "rusak.ipynb").read_text(encoding="utf-8")
    end = time.monotonic() + 10
    while _our_kernels(tag) and time.monotonic() < end:      # a kernel asked to stop takes a moment
        time.sleep(0.2)
    assert _our_kernels(tag) == []
    # and a build that succeeds leaves none either
    execute_all(todo[:3], jobs, progress=False)
    assert _our_kernels(tag) == []
