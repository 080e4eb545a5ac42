"""Executed inside a warm notebook kernel (not imported by the package): bring the kernel back to
the state a fresh kernel has before each notebook (``notebooks.WarmKernel``).

The source of this file is sent to the kernel once, when it starts; it imports nothing of the
package (the kernel would import the report tools, papermill and nbformat, for nothing).
``prepare`` imports what the notebooks import, so that those imports are no-ops in every
notebook, then records the state after startup; ``reset`` restores it:

- the IPython namespace, ``In``/``Out``/``_`` and the execution counter (``reset`` of a new
  session: the first cell of the next notebook is ``[1]`` again);
- the working folder (also where it stands in ``sys.path``) and the environment variables;
- the warning filters, and every "shown once" registry (``once`` and ``default`` actions), so a
  warning shown by one notebook is shown again by the next, as in a fresh kernel;
- matplotlib: every figure closed, ``rcParams`` as after startup;
- pandas options as after startup;
- ipywidgets: every widget closed.

Random generators need nothing: a fresh kernel seeds them from the system, so no notebook can
rely on their state (and none uses them).

Examples
--------
>>> import warnings
>>> saved = snapshot()
>>> warnings.filterwarnings("ignore", message="xyz")
>>> _restore_warnings(saved)
>>> any("xyz" in str(f[1]) for f in warnings.filters)
False
"""
import copy
import os
import sys
import warnings

#: Modules a notebook of the report imports: imported at startup, they cost nothing per notebook.
MODULES = ("pandas", "matplotlib.pyplot", "IPython.display", "renja_analysis", "renja_analysis.config",
           "renja_analysis.load", "renja_analysis.present.comparison", "renja_analysis.present.escape",
           "renja_analysis.present.narrative", "renja_analysis.present.pemda",
           "renja_analysis.present.pemda_analysis", "renja_analysis.present.plots",
           "renja_analysis.present.realisation", "renja_analysis.present.styling",
           "renja_analysis.present.summary")

_SAVED: dict = {}


def snapshot() -> dict:
    """The state ``reset`` restores: path, environment, warnings, matplotlib and pandas settings."""
    saved = {"cwd": os.getcwd(), "path": list(sys.path), "environ": dict(os.environ), "filters": list(warnings.filters),
             "showwarning": warnings.showwarning}
    if "matplotlib" in sys.modules:
        import matplotlib

        saved["rc"] = copy.deepcopy({k: v for k, v in dict.items(matplotlib.rcParams) if k != "backend"})
    if "pandas" in sys.modules:
        with warnings.catch_warnings():         # deprecated options warn when read
            warnings.simplefilter("ignore")
            saved["pandas"] = copy.deepcopy({key: _pandas_option(key) for key in _pandas_options()})
    return saved


def _pandas_options() -> list:
    from pandas._config import config

    return sorted(config._registered_options)


def _pandas_option(key):
    import pandas

    return pandas.get_option(key)


def prepare(modules=MODULES) -> None:
    """Import ``modules`` (those missing are skipped) and record the state after startup."""
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    if "matplotlib.pyplot" in sys.modules:
        # pyplot loads its backend at the first figure, and the inline backend then turns
        # matplotlib interactive (figures shown at the end of a cell): load it now, so the
        # state recorded is the one every notebook meets
        pyplot = sys.modules["matplotlib.pyplot"]
        getattr(pyplot, "_get_backend_mod", lambda: pyplot.switch_backend(pyplot.get_backend()))()
    _SAVED.clear()
    _SAVED.update(snapshot())


def _restore_warnings(saved: dict) -> None:
    warnings.filters[:] = saved["filters"]  # type: ignore[index]
    warnings.showwarning = saved["showwarning"]
    warnings.onceregistry.clear()  # type: ignore[attr-defined]
    # every module's __warningregistry__ holds the filters' version: a new one empties them all
    warnings._filters_mutated()  # type: ignore[attr-defined]


def reset(cwd: str) -> None:
    """Bring the kernel back to its state after ``prepare``, working in ``cwd``."""
    from IPython import get_ipython

    ip = get_ipython()
    if "ipywidgets" in sys.modules:
        sys.modules["ipywidgets"].Widget.close_all()
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    saved = _SAVED or snapshot()
    # the folder the kernel started in stands first in sys.path: a fresh kernel has its own there
    sys.path[:] = [cwd if p == saved["cwd"] else p for p in saved["path"]]
    if dict(os.environ) != saved["environ"]:
        os.environ.clear()
        os.environ.update(saved["environ"])
    os.chdir(cwd)                         # before IPython's reset: it records the folder in _dh
    if ip is not None:
        ip.reset(new_session=True)        # namespace, In/Out/_, and the execution counter back to 1
    if "rc" in saved:
        import matplotlib

        dict.update(matplotlib.rcParams, copy.deepcopy(saved["rc"]))
    if "pandas" in saved:
        import pandas

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for key, value in saved["pandas"].items():
                if _pandas_option(key) != value:
                    pandas.set_option(key, copy.deepcopy(value))
    _restore_warnings(saved)              # last: the lines above must not leave a warning registered
