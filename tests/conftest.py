"""Shared fixtures: the default corpus built once per test session through the real CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """``aigov-kg ARGS`` as a user runs it: a subprocess, text in, text out."""
    return subprocess.run([sys.executable, "-m", "aigov_kg", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=timeout)


@pytest.fixture(scope="session")
def built_default(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("default-build")
    r = run_cli("build", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def _built_set(tmp_path_factory, name: str) -> Path:
    """One build of a gold set's corpus (tests/corpus/NAME), shared by the session."""
    out = tmp_path_factory.mktemp(f"{name}-build")
    r = run_cli("build", str(ROOT / "tests" / "corpus" / name), "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="session")
def built_general(tmp_path_factory) -> Path:
    return _built_set(tmp_path_factory, "general")


@pytest.fixture(scope="session")
def built_heldout(tmp_path_factory) -> Path:
    return _built_set(tmp_path_factory, "heldout")


@pytest.fixture(scope="session")
def built_general2(tmp_path_factory) -> Path:
    return _built_set(tmp_path_factory, "general2")


@pytest.fixture(scope="session")
def built_general3(tmp_path_factory) -> Path:
    return _built_set(tmp_path_factory, "general3")


@pytest.fixture(scope="session")
def built_general4(tmp_path_factory) -> Path:
    return _built_set(tmp_path_factory, "general4")


SAMPLE_DOCS = ("000_d2343a382aed7d1a", "002_3fc53f846a49f97d")


@pytest.fixture(scope="session")
def sample_shards(tmp_path_factory) -> list[Path]:
    """Each sample document built alone, as two machines would build two shards of the corpus."""
    root = tmp_path_factory.mktemp("shards")
    outs = []
    for doc in SAMPLE_DOCS:
        src = root / f"in-{doc}"
        src.mkdir()
        for f in (ROOT / "aigov_kg" / "corpus").glob(doc + ".*"):
            (src / f.name).write_bytes(f.read_bytes())
        out = root / f"out-{doc}"
        r = run_cli("build", str(src), "--out", str(out))
        assert r.returncode == 0, r.stderr
        outs.append(out)
    return outs


@pytest.fixture(scope="session")
def merged_shards(sample_shards: list[Path], tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("merged") / "graph"
    r = run_cli("merge", *map(str, sample_shards), "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out
