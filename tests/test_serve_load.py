"""A bounded load on the endpoint over loopback: normal queries keep being answered while
pathological ones run into their limits, and the server's memory stays bounded."""
from __future__ import annotations

from pathlib import Path

from bench.serve_load import PATHOLOGICAL, run_load


def test_endpoint_under_concurrent_load(built_default: Path):
    figures = run_load(built_default, clients=8, requests=80, timeout_s=2.0, pathological_every=5)
    assert figures["requests"] == 80
    assert figures["normal_ok"] == figures["normal_total"] > 0
    for name in PATHOLOGICAL:
        # answered (small graph), refused for too many results (413) or stopped by the time limit (503)
        assert set(figures["pathological"][name]) <= {200, 413, 503}, figures
    assert figures["pathological_max_s"] < 2.0 + 10
    assert 0 < figures["server_peak_rss_mb"] < 1500
