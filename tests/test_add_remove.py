"""``aigov-kg add`` and ``remove``: a graph grown or shrunk one document at a time is the
graph built at once, and both commands are safe to repeat and to interrupt.

Graphs are compared as RDF (the union of the named graphs in graph.trig, with
rdflib's isomorphism test), not as bytes.  One subtlety is by design: a graph folder
remembers the IRI it first gave each entity (graph/ids.py), so that adding a document
never renames an entity others may already link to.  An entity first seen as
"엠마뉘엘 마크롱" keeps ``person/emmanwiel-makeurong`` even when a build of both
documents at once would call it ``person/emanwiel-makeurong``.  So:

* against a build at once *in a folder with the same history*, the graphs must be
  identical (isomorphic, IRIs and all);
* against a build at once in a fresh folder, they must be identical except for the
  names of the entity IRIs the history chose differently (and the evidence and
  position IRIs derived from them) -- the same entities, labels, facts and evidence.
"""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from ontology import AIG, ID_BASE
from tests.conftest import ROOT, run_cli
from tests.test_atomic_outputs import KILL_BEFORE, snapshot

A = ROOT / "aigov_kg" / "corpus" / "000_d2343a382aed7d1a.txt"
B = ROOT / "aigov_kg" / "corpus" / "002_3fc53f846a49f97d.txt"
A_ID, B_ID = "000-d2343a382aed7d1a", "002-3fc53f846a49f97d"
NAMED_BY_HISTORY = ("person/", "org/", "country/", "summit/", "initiative/", "place/", "position/", "evidence/")


def union(out: Path) -> Graph:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    g = Graph()
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


def iris(g: Graph) -> set[URIRef]:
    return {x for t in g for x in t if isinstance(x, URIRef)}


def same_graph(a: Graph, b: Graph) -> bool:
    return isomorphic(a, b)


def same_graph_but_entity_names(a: Graph, b: Graph) -> bool:
    """Isomorphic once the entity IRIs the two graphs name differently are made anonymous."""
    differ = iris(a) ^ iris(b)
    assert all(str(i).startswith(ID_BASE) and str(i)[len(ID_BASE):].startswith(NAMED_BY_HISTORY) for i in differ), \
        sorted(differ)[:10]

    def anonymous(g: Graph) -> Graph:
        out = Graph()
        for t in g:
            out.add(tuple(BNode(str(x)) if x in differ else x for x in t))
        return out
    return isomorphic(anonymous(a), anonymous(b))


def documents(out: Path) -> set[str]:
    return set(json.loads((out / "state" / "manifest.json").read_text())["documents"])


def cli_ok(*args: str) -> subprocess.CompletedProcess:
    r = run_cli(*args)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
    return r


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    """The builds the tests compare, each made once."""
    root = tmp_path_factory.mktemp("add-remove")
    f = {name: root / name for name in ("a", "a_then_b", "a_b_after_a", "a_b", "a_b_minus_b")}
    cli_ok("build", str(A), "--out", str(f["a"]))
    shutil.copytree(f["a"], f["a_then_b"])
    cli_ok("add", str(B), "--graph", str(f["a_then_b"]))
    shutil.copytree(f["a"], f["a_b_after_a"])                  # same history as a_then_b, built at once
    cli_ok("build", str(A), str(B), "--out", str(f["a_b_after_a"]))
    cli_ok("build", str(A), str(B), "--out", str(f["a_b"]))
    shutil.copytree(f["a_b"], f["a_b_minus_b"])
    r = cli_ok("remove", B.name, "--graph", str(f["a_b_minus_b"]))
    assert f"removed {B_ID}" in r.stdout
    return f


def test_adding_documents_one_at_a_time_gives_the_graph_built_at_once(folders):
    assert documents(folders["a_then_b"]) == {A_ID, B_ID}
    one_at_a_time = union(folders["a_then_b"])
    assert same_graph(one_at_a_time, union(folders["a_b_after_a"]))
    assert same_graph_but_entity_names(one_at_a_time, union(folders["a_b"]))


def test_removing_a_document_removes_exactly_the_facts_only_it_supported(folders, tmp_path):
    both, left = union(folders["a_b"]), union(folders["a_b_minus_b"])
    assert documents(folders["a_b_minus_b"]) == {A_ID}
    # the same as building the remaining document alone, in a folder with the same history ...
    rebuilt = tmp_path / "a-again"
    shutil.copytree(folders["a_b"], rebuilt)
    cli_ok("build", str(A), "--out", str(rebuilt))
    assert same_graph(left, union(rebuilt))
    # ... and, but for names the history chose, as building it alone in a fresh folder
    assert same_graph_but_entity_names(left, union(folders["a"]))
    # spelled out: B's document, its evidence and the entities only it mentioned are gone;
    # what A also supports stays, with A's evidence
    doc_b, doc_a = URIRef(f"{ID_BASE}document/{B_ID}"), URIRef(f"{ID_BASE}document/{A_ID}")
    assert doc_b in iris(both) and doc_b not in iris(left)
    only_b = set(both.subjects(AIG.mentionedIn, doc_b)) - set(both.subjects(AIG.mentionedIn, doc_a))
    shared = set(both.subjects(AIG.mentionedIn, doc_b)) & set(both.subjects(AIG.mentionedIn, doc_a))
    assert only_b and shared
    assert not any((e, RDF.type, None) in left for e in only_b)
    assert all((e, RDF.type, None) in left for e in shared)
    assert not set(left.subjects(AIG.inDocument, doc_b))


def test_adding_a_document_already_in_the_graph_changes_nothing(folders, tmp_path):
    out = tmp_path / "graph"
    shutil.copytree(folders["a_b"], out)
    before = snapshot(out)
    copy = tmp_path / "same-text-other-name.txt"      # known by its text, whatever the file is called
    shutil.copy(A, copy)
    r = cli_ok("add", str(A), str(copy), "--graph", str(out))
    assert f"{A.name}: already in the graph as {A_ID}" in r.stdout
    assert f"{copy.name}: already in the graph as {A_ID}" in r.stdout
    assert "graph now holds 2 document(s)" in r.stdout
    assert snapshot(out) == before
    assert documents(out) == {A_ID, B_ID}


def test_remove_is_safe_to_repeat(folders, tmp_path):
    out = tmp_path / "graph"
    shutil.copytree(folders["a_b_minus_b"], out)
    before = snapshot(out)
    for name in (B.name, B_ID):
        r = run_cli("remove", name, "--graph", str(out))
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        assert r.stderr.startswith(f"aigov-kg: error: {name}: no such document in {out}")
        assert snapshot(out) == before
    r = run_cli("remove", A.name, "--graph", str(out))
    assert r.returncode == 2 and "would leave an empty graph" in r.stderr
    assert snapshot(out) == before and documents(out) == {A_ID}


def test_an_interrupted_add_is_finished_by_running_it_again(folders, tmp_path):
    """Killed at the last moment: every graph file already shows B, but the manifest does not."""
    out = tmp_path / "graph"
    shutil.copytree(folders["a"], out)
    r = subprocess.run([sys.executable, "-c", KILL_BEFORE, "manifest.json", "add", str(B), "--graph", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert documents(out) == {A_ID}                      # not committed: the folder still holds A alone
    assert snapshot(out)["graph.trig"] == snapshot(folders["a_then_b"])["graph.trig"]
    cli_ok("add", str(B), "--graph", str(out))
    assert documents(out) == {A_ID, B_ID}
    assert snapshot(out) == snapshot(folders["a_then_b"])
    assert same_graph(union(out), union(folders["a_then_b"]))


def test_an_interrupted_remove_is_finished_by_running_it_again(folders, tmp_path):
    out = tmp_path / "graph"
    shutil.copytree(folders["a_b"], out)
    r = subprocess.run([sys.executable, "-c", KILL_BEFORE, "manifest.json", "remove", B.name, "--graph", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert documents(out) == {A_ID, B_ID}                # the removal had not taken effect: B can be named again
    cli_ok("remove", B.name, "--graph", str(out))
    assert documents(out) == {A_ID}
    assert snapshot(out) == snapshot(folders["a_b_minus_b"])


def store_quads(store) -> set[str]:
    return {str(q) for q in store}


def fresh_load(out: Path):
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return store


def test_after_add_and_remove_the_store_holds_what_graph_trig_holds(folders):
    """``add`` and ``remove`` reload only the named graphs that changed into the folder's store."""
    import pyoxigraph as ox
    for name in ("a", "a_then_b", "a_b_minus_b"):
        out = folders[name]
        held = json.loads((out / "store" / "aigov-kg-graphs.json").read_text())["graphs"]
        store = ox.Store.read_only(str(out / "store"))
        assert set(held) == {g.value for g in store.named_graphs()}
        assert store_quads(store) == store_quads(fresh_load(out))


def _plant(out: Path, doc_id: str):
    """A quad written into one document's graph of the on-disk store, behind the builder's back."""
    import pyoxigraph as ox
    store = ox.Store(str(out / "store"))
    q = ox.Quad(ox.NamedNode("https://example.org/planted"), ox.NamedNode("https://example.org/p"),
                ox.Literal("x"), ox.NamedNode(f"{ID_BASE}document/{doc_id}"))
    store.add(q)
    store.flush()
    del store
    return str(q)


def test_add_loads_only_the_named_graphs_that_changed(folders, tmp_path):
    """A's graph is the same before and after B is added, so it is not loaded again: the quad
    planted in it survives; the entities graph changed, and holds exactly its new triples."""
    import pyoxigraph as ox
    out = tmp_path / "graph"
    shutil.copytree(folders["a"], out)
    planted = _plant(out, A_ID)
    cli_ok("add", str(B), "--graph", str(out))
    store = store_quads(ox.Store.read_only(str(out / "store")))
    assert store - store_quads(fresh_load(out)) == {planted}
    assert store_quads(fresh_load(out)) <= store


def test_a_store_opened_for_updates_is_loaded_whole_by_the_next_add(folders, tmp_path):
    """``serve --allow-update`` may change any graph, so it drops the store's record of what it holds."""
    import pyoxigraph as ox

    from queries.workers import _open
    out = tmp_path / "graph"
    shutil.copytree(folders["a"], out)
    _plant(out, A_ID)
    store = _open(out, writable=True)
    del store
    assert not (out / "store" / "aigov-kg-graphs.json").exists()
    cli_ok("add", str(B), "--graph", str(out))
    assert store_quads(ox.Store.read_only(str(out / "store"))) == store_quads(fresh_load(out))
