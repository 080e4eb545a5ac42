"""Status codes are constants of ``renja_analysis.status``, never typed elsewhere."""
from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
from paket_ast import simpul

from renja_analysis import labels, metrics, status

PACKAGE = Path(status.__file__).resolve().parent
#: Codes that are also finding types (``findings.registry``): there they name a finding, not a status.
JUGA_TEMUAN = {"serapan_tanpa_output", "output_tanpa_serapan"}


def test_the_codes_in_order_of_precedence():
    assert status.STATUS == ["belum_dilaksanakan", "serapan_tanpa_output", "output_tanpa_serapan",
                             "melampaui_target", "tertinggal", "sesuai_rencana"]
    assert metrics.STATUS == status.STATUS
    # the labels also name the count of sub kegiatan without a status (``metrics.jumlah_per_status``)
    assert list(labels.LABEL_STATUS) == status.STATUS + [status.TANPA_STATUS]
    df = pd.DataFrame({"level": ["sub_kegiatan"], "realisasi_k": [0], "realisasi_rp": [0], "capaian_k": [0],
                       "serapan_rp": [0], "harapan_tw": [50.0], "keterangan": ["Dilaksanakan ditribulan 3 dan 4"]})
    assert metrics.status_pelaksanaan(df, triwulan=2).tolist() == [status.BELUM_DILAKSANAKAN]


def _literals(path: Path) -> list[tuple[int, str]]:
    nodes = simpul(path)                    # parsed once per test process (tests/paket_ast.py)
    docstrings = {id(n.value) for n in nodes if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [(n.lineno, n.value) for n in nodes
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_module_types_a_status_code():
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "status.py":
            continue
        for line, value in _literals(path):
            finding_code = value in JUGA_TEMUAN and path.relative_to(PACKAGE).as_posix() in ("findings/document.py", "findings/registry.py")
            if value in status.STATUS and not finding_code:
                found.append(f"{path.name}:{line}: {value}")
    assert found == []
