"""``load.SipdData.temuan`` is computed when first asked for, from what the reader kept
(``bahan``). A first call that fails (an interrupted notebook cell) must leave those inputs for
the retry: REV-I I3 found them released before the call, so the retry lost the reading account
and the user's materiality floor (two findings changed from info to peringatan)."""
from __future__ import annotations

import pytest

import renja_analysis.findings.sipd as sipd_findings
from renja_analysis import load_sipd
from renja_analysis.config import DEFAULT_SIPD


def test_a_failed_first_call_leaves_the_inputs_for_the_retry(monkeypatch):
    kwargs = dict(materialitas_persen=1000.0, materialitas_rp=1e15)
    ref = load_sipd(DEFAULT_SIPD, **kwargs).temuan
    data = load_sipd(DEFAULT_SIPD, **kwargs)
    asli = sipd_findings.semua_temuan

    def sekali_gagal(*args, **kw):
        monkeypatch.setattr(sipd_findings, "semua_temuan", asli)
        raise KeyboardInterrupt
    monkeypatch.setattr(sipd_findings, "semua_temuan", sekali_gagal)
    with pytest.raises(KeyboardInterrupt):
        _ = data.temuan
    assert data.bahan                                  # still there for the retry
    again = data.temuan
    assert again.equals(ref)
    assert data.bahan == {}                            # released once the findings exist
