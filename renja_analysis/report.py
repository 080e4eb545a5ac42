"""Build the reviewer deliverables: figures and executed notebooks.

Notebooks are executed with papermill in the current environment's ``python3``
kernel (the project's ``.venv`` when run through ``make``). After execution the
notebooks are normalised so that the same input gives the same file: cell ids
are numbered, papermill's timestamps and per-cell timings are removed.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import deque
from pathlib import Path

import nbformat
import papermill as pm
from tqdm.auto import tqdm

from . import config, plots
from .load import RenjaDocument, load_document
from .ringkasan import daftar_program

#: Notebooks executed in place, in order.
NOTEBOOKS = ["00-ikhtisar.ipynb", "20-pergeseran-anggaran.ipynb", "30-kualitas-data.ipynb",
             "40-eksplorasi.ipynb"]
TEMPLATE = Path("templates") / "program.ipynb"
PROGRAM_DIR = "program"


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
_MODEL = re.compile(r"IPY_MODEL_([0-9a-f]{32})")


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
        queue.extend(_MODEL.findall(json.dumps(state[mid], sort_keys=True)))
    rest = sorted((m for m in state if m not in seen),
                  key=lambda m: _MODEL.sub("", json.dumps(state[m], sort_keys=True)))
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


def _clean_copy(source: Path, folder: Path) -> Path:
    """The source notebook without outputs or stored widget state (executing a
    notebook in place must not carry over the previous run's state)."""
    nb = nbformat.read(source, as_version=4)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    clean = folder / source.name
    nbformat.write(nb, clean)
    return clean


def execute(source: Path, target: Path, parameters: dict | None = None, cwd: Path | None = None) -> Path:
    """Execute one notebook with papermill and normalise the result."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _execute(_clean_copy(source, Path(tmp)), target, parameters, cwd or source.parent)
    normalise(target)
    return target


def _execute(source: Path, target: Path, parameters: dict | None, cwd: Path) -> None:
    pm.execute_notebook(str(source), str(target), parameters=parameters or {}, kernel_name="python3",
                        progress_bar=False, cwd=str(cwd), log_output=False,
                        execution_timeout=180)


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
    return paths


def build_notebooks(doc: RenjaDocument, notebooks: Path = config.NOTEBOOKS, progress: bool = True,
                    source=None) -> list[Path]:
    """Execute the overview notebooks in place and one program notebook per program.

    ``source`` (a non-default document) is passed to every notebook as ``sumber``.
    """
    done = []
    programs = daftar_program(doc.evaluasi)
    extra = {"sumber": str(Path(source).resolve())} if source is not None else {}
    jobs = [(notebooks / n, notebooks / n, dict(extra)) for n in NOTEBOOKS]
    jobs += [(notebooks / TEMPLATE, notebooks / PROGRAM_DIR / f"{p['notebook']}.ipynb",
              dict(extra, program=p["program"])) for _, p in programs.iterrows()]
    wanted = {target for _, target, _ in jobs}
    for stale in (notebooks / PROGRAM_DIR).glob("*.ipynb"):
        if stale not in wanted:
            stale.unlink()
    for source, target, params in tqdm(jobs, desc="notebook", disable=not progress):
        done.append(execute(source, target, params, cwd=notebooks))
    return done


def build(source=None, progress: bool = True) -> None:
    """Figures and executed notebooks for ``source`` (default: the bundled document)."""
    doc = load_document(source)
    figures(doc)
    build_notebooks(doc, progress=progress, source=source)
