"""A build killed at any moment leaves a graph folder a user can still trust.

The folder holds a previous build (the two sample documents).  A new build of a larger
corpus into it is killed with SIGKILL -- no handler runs, as when a laptop dies -- and
then every graph file must be either the previous one, byte for byte, or the complete
new one; the documents the folder holds (its state manifest) must be the old set or
the new one, never a mixture; no temporary file may sit among the outputs; and running
the build again must finish the job exactly as an uninterrupted build would have.

Moments are chosen two ways: deterministically, by a wrapper that kills the process
just before it renames a given file into place, and by wall clock, on a generated
corpus.  Last, files that cannot be read or extracted never cost the others their
results, and the summary says which failed and why.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset

from graph.atomic import is_temporary
from tests.conftest import ROOT, run_cli

SAMPLES = ROOT / "aigov_kg" / "corpus"
GENERAL = ROOT / "tests" / "corpus" / "general"
FILES = ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html", "ids.json")
OUTPUTS = set(FILES) | {"state", "store"}

# Runs the CLI with os.replace wrapped: the process SIGKILLs itself just before the
# file named TARGET is renamed into place.
KILL_BEFORE = r"""
import os, signal, sys
target, real = sys.argv[1], os.replace
def replace(src, dst, *args, **kwargs):
    dst = os.fspath(dst)
    if os.path.basename(dst) == target:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst, *args, **kwargs)
os.replace = replace
from aigov_kg.cli import main
sys.exit(main(sys.argv[2:]))
"""


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES if (out / name).exists()}


def manifest_documents(out: Path) -> set[str]:
    return set(json.loads((out / "state" / "manifest.json").read_text())["documents"])


def assert_whole(out: Path, old: dict[str, bytes], new: dict[str, bytes], old_docs: set[str], new_docs: set[str]):
    """Every file old or new (never half-written), one document set, no temporaries in sight."""
    for name in FILES:
        data = (out / name).read_bytes()
        assert data in (old[name], new[name]), f"{name} is neither the previous nor the new file"
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(ds) > 0
    visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert visible <= OUTPUTS, visible - OUTPUTS
    hidden = {p.name for p in out.iterdir() if p.name.startswith(".")}
    assert all(is_temporary(n) for n in hidden), hidden
    docs = manifest_documents(out)
    assert docs in (old_docs, new_docs), docs
    listed = json.loads((out / "state" / "manifest.json").read_text())["documents"].values()
    assert all((out / "state" / f).is_file() for f in listed)


def assert_finished(out: Path, new: dict[str, bytes], new_docs: set[str]):
    assert snapshot(out) == new
    assert manifest_documents(out) == new_docs
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    listed = set(json.loads((out / "state" / "manifest.json").read_text())["documents"].values())
    assert {p.name for p in (out / "state").iterdir()} == listed | {"manifest.json"}


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    """A graph folder holding an earlier build of the two sample documents."""
    out = tmp_path_factory.mktemp("previous") / "graph"
    r = run_cli("build", str(SAMPLES), "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def reference(previous: Path, tmp: Path, *paths: Path) -> tuple[dict[str, bytes], set[str], float]:
    """The new build run to the end in a copy of the previous folder: what a killed build must become."""
    out = tmp / "reference"
    shutil.copytree(previous, out)
    started = time.monotonic()
    r = run_cli("build", *map(str, paths), "--out", str(out))
    assert r.returncode == 0, r.stderr
    return snapshot(out), manifest_documents(out), time.monotonic() - started


NEW_CORPUS = [SAMPLES, GENERAL / "en-paris-61-countries.txt"]


@pytest.fixture(scope="module")
def new_build(previous, tmp_path_factory):
    return reference(previous, tmp_path_factory.mktemp("reference"), *NEW_CORPUS)


# (killed before the first state file is written, nothing is replaced: the clock test kills there)
@pytest.mark.parametrize("target", ["graph.ttl", "store", "manifest.json"])
def test_build_killed_just_before_a_file_is_renamed_leaves_old_or_new_and_a_rerun_finishes(
        previous, new_build, tmp_path, target):
    old, old_docs = snapshot(previous), manifest_documents(previous)
    new, new_docs, _ = new_build
    assert new_docs > old_docs and new["graph.trig"] != old["graph.trig"]

    out = tmp_path / "graph"
    shutil.copytree(previous, out)
    r = subprocess.run([sys.executable, "-c", KILL_BEFORE, target, "build", *map(str, NEW_CORPUS), "--out", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert_whole(out, old, new, old_docs, new_docs)
    if target == "graph.ttl":                   # some files new, some old: the old documents until the commit
        assert manifest_documents(out) == old_docs and snapshot(out) not in (old, new)
        return                                  # (a re-run finishes it: see manifest.json and the clock test)
    if target == "store":
        # killed between moving the old store aside and putting the new one in place: queries
        # fall back to graph.trig, so the graph can still be asked about its documents
        assert not (out / "store").exists()
        q = run_cli("query", "documents", "--graph", str(out), "--format", "json")
        assert q.returncode == 0, q.stderr
        assert "en-paris-61-countries.txt" in q.stdout
    if target == "manifest.json":               # every file new, not yet committed
        assert snapshot(out) == new and manifest_documents(out) == old_docs

    again = run_cli("build", *map(str, NEW_CORPUS), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert_finished(out, new, new_docs)


def test_build_killed_by_the_clock_on_a_larger_corpus(previous, tmp_path):
    """SIGKILL from outside at several moments of a build of a generated corpus."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted(GENERAL.glob("*.txt"))[::2]:
        (corpus / f"edition-2-{src.name}").write_text("Edition 2\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
    old, old_docs = snapshot(previous), manifest_documents(previous)
    new, new_docs, took = reference(previous, tmp_path, corpus)
    assert len(new_docs) == 6

    out = tmp_path / "graph"
    shutil.copytree(previous, out)
    for fraction in (0.6, 0.95):
        proc = subprocess.Popen([sys.executable, "-m", "aigov_kg", "build", str(corpus), "--out", str(out)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=took * fraction)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        assert_whole(out, old, new, old_docs, new_docs)
    again = run_cli("build", str(corpus), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert_finished(out, new, new_docs)


def test_failing_files_never_cost_the_others_their_results(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SAMPLES, folder)
    shutil.copy(GENERAL / "en-paris-61-countries.txt", folder)
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "blank.txt").write_text("  \n\n ")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dated.txt").write_text("UK Prime Minister Rishi Sunak attended the AI Seoul Summit.")
    (folder / "dated.meta.json").write_text('{"date": 2024}')
    r = run_cli("build", str(folder), "--out", str(tmp_path / "out"))
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "built 3 document(s)" in r.stdout
    reasons = sorted(l for l in r.stderr.splitlines() if l.startswith("skipped: "))
    assert reasons == sorted([
        f"skipped: {folder / 'blank.txt'}: empty (no words, only spaces or punctuation)",
        f"skipped: {folder / 'dated.meta.json'}: \"date\" must be YYYY-MM-DD or YYYY-MM, got 2024",
        f"skipped: {folder / 'pipe.txt'}: not a regular file (a named pipe)",
        f"skipped: {folder / 'scan.txt'}: binary data (a PNG image), not a text document",
    ]), r.stderr
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    from ontology import AIG
    names = {str(o) for o in ds.objects(None, AIG.fileName)}
    assert names == {"000_d2343a382aed7d1a.txt", "002_3fc53f846a49f97d.txt", "en-paris-61-countries.txt"}


def test_a_document_that_crashes_the_extractor_is_reported_and_the_rest_is_built(tmp_path, monkeypatch):
    """A bug in extraction (simulated here) costs one document, named in the summary with the error."""
    import extract.pipeline
    from graph import state
    from graph.build import build
    real = extract.pipeline.extract_many

    def fragile(docs):
        if any("CRASH-ME" in d.text for d in docs):
            raise RuntimeError("simulated extractor bug")
        return real(docs)

    monkeypatch.setattr(extract.pipeline, "extract_many", fragile)
    (tmp_path / "bad.txt").write_text("CRASH-ME: UK Prime Minister Rishi Sunak attended the AI Seoul Summit.")
    summary = build([SAMPLES, tmp_path / "bad.txt"], tmp_path / "out")
    assert summary.documents == ["000_d2343a382aed7d1a.txt", "002_3fc53f846a49f97d.txt"]
    assert summary.failed == [("bad.txt", "bad.txt: extraction failed (RuntimeError: simulated extractor bug); "
                                          "please report this file")]
    assert set(state.entries(tmp_path / "out")) == {"000-d2343a382aed7d1a", "002-3fc53f846a49f97d"}


def test_a_build_with_nothing_readable_leaves_the_previous_graph_untouched(previous, tmp_path):
    out = tmp_path / "graph"
    shutil.copytree(previous, out)
    before = snapshot(out)
    (tmp_path / "empty.txt").write_text("")
    r = run_cli("build", str(tmp_path / "empty.txt"), "--out", str(out))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert snapshot(out) == before


def test_a_second_command_on_a_busy_folder_is_refused_in_one_line(previous, tmp_path):
    out = tmp_path / "graph"
    shutil.copytree(previous, out)
    before = snapshot(out)
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)          # as a build running in another terminal holds it
        r = run_cli("add", str(GENERAL / "en-paris-61-countries.txt"), "--graph", str(out))
    finally:
        os.close(fd)
    assert r.returncode == 2
    assert r.stderr.strip() == f"aigov-kg: error: {out}: another aigov-kg command is writing here; wait for it to finish"
    assert snapshot(out) == before
