"""The embedded SPARQL store: pyoxigraph, loaded from graph.trig and kept on disk in out/store/.

pyoxigraph answers our competency queries 10–60× faster than rdflib's engine at a
million triples (FINDINGS.md, bench/); rdflib stays the library for building and
serialising graphs.  Queries see the union of all named graphs as their default graph.
"""
from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from extract.errors import GraphError


LOAD_BATCH = 200_000   # quads per bulk load


def load_store(trig_path: Path, store_dir: Path | None = None):
    """A store holding ``graph.trig``; on disk when ``store_dir`` is given (rebuilt atomically)."""
    import pyoxigraph as ox
    if store_dir is None:
        store = ox.Store()
        store.load(path=str(trig_path), format=ox.RdfFormat.TRIG)
        return store
    tmp = store_dir.with_name(store_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    store = ox.Store(str(tmp))
    # bulk_load holds the whole file's quads in memory (+700 MB for a 1,000-document graph);
    # bulk loading in slices of the parsed stream costs the same time with memory bounded.
    quads = ox.parse(path=str(trig_path), format=ox.RdfFormat.TRIG)
    while batch := list(itertools.islice(quads, LOAD_BATCH)):
        store.bulk_extend(batch)
    store.flush()
    del store
    old = store_dir.with_name(store_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if store_dir.exists():
        os.replace(store_dir, old)
    os.replace(tmp, store_dir)
    shutil.rmtree(old, ignore_errors=True)
    return ox.Store.read_only(str(store_dir))


def open_store(graph_dir: Path):
    """The store of a built graph folder: the persisted one when it is up to date, else graph.trig."""
    import pyoxigraph as ox
    trig = graph_dir / "graph.trig"
    if not trig.is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    store_dir = graph_dir / "store"
    if store_dir.is_dir() and store_dir.stat().st_mtime >= trig.stat().st_mtime:
        try:
            return ox.Store.read_only(str(store_dir))
        except OSError:
            pass
    try:
        return load_store(trig)
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphError(f"{trig}: unreadable graph ({str(exc).splitlines()[0][:200]})") from None


def load_store_into(graph_dir: Path) -> None:
    """Persist graph.trig as an on-disk store so queries need not parse it again."""
    load_store(graph_dir / "graph.trig", graph_dir / "store")
