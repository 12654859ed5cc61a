"""A non-editable install must carry every module and data file (no paths into the checkout).

Top-level names like ``graph`` and ``extract`` are generic; the wheel is checked to
hold our modules and data under them, so an installed copy imports the right code.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {r.stderr.strip().splitlines()[-1:]}")
    wheel = next(out.glob("aigov_kg-*.whl"))
    return set(zipfile.ZipFile(wheel).namelist())


@pytest.mark.parametrize("name", [
    "ontology/aigov.ttl", "ontology/shapes.ttl", "ontology/__init__.py",
    "extract/data/titles.tsv", "extract/data/cues.tsv", "extract/data/suffixes.tsv", "extract/data/demonyms.tsv",
    "extract/data/authority/countries.tsv", "extract/data/authority/entities.tsv",
    "queries/summits.rq", "queries/attendees.rq", "queries/run.py",
    "graph/resolve.py", "graph/rdf.py", "aigov_kg/cli.py",
    "aigov_kg/corpus/000_d2343a382aed7d1a.txt", "aigov_kg/corpus/002_3fc53f846a49f97d.meta.json",
])
def test_wheel_carries_modules_and_data(wheel_names: set[str], name: str):
    assert name in wheel_names


def test_every_stored_query_is_in_the_wheel(wheel_names: set[str]):
    for rq in (ROOT / "queries").glob("*.rq"):
        assert f"queries/{rq.name}" in wheel_names, rq.name
