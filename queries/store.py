"""The embedded SPARQL store: pyoxigraph, loaded from graph.trig and kept on disk in out/store/.

pyoxigraph answers our competency queries 10–60× faster than rdflib's engine at a
million triples (FINDINGS.md, bench/); rdflib stays the library for building and
serialising graphs.  Queries see the union of all named graphs as their default graph.
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import queue
import shutil
import threading
from pathlib import Path

from extract.errors import GraphError


LOAD_BATCH = 200_000   # quads per bulk load
MEMORY_LIMIT = 128 << 20   # bytes of graph.trig up to which `serve` holds the graph in memory (--store auto)


def memory_store(path: Path, fmt=None, *, grouped: bool = False):
    """An in-memory store holding the RDF file ``path`` (TriG unless ``fmt`` says otherwise).

    ``grouped`` loads it subject by subject, for a store that answers many queries.
    pyoxigraph's in-memory store keeps, per subject, a linked list of its quads, and a lookup
    such as one entity's label walks its subject's whole list.  Loaded in file order, a busy
    entity's quads lie scattered over the heap, one document graph apart, and every step of
    that walk misses the processor's cache; grouped, each list lies together.  The competency
    queries then answer up to 2.4 × faster (README, Performance: 11 of 13 under 50 ms on the
    1.1 M-quad synthetic graph, against 8 in file order).  The price is the load: about 10 s
    instead of 5 s for a million quads, with a peak of about 1.3 GB instead of 0.45 GB,
    because the sort holds every quad as a Python object."""
    import pyoxigraph as ox
    fmt = fmt or ox.RdfFormat.TRIG
    store = ox.Store()
    if not grouped:
        store.load(path=str(path), format=fmt)
        return store
    quads = list(ox.parse(path=str(path), format=fmt))
    quads.sort(key=lambda q: q.subject.value)
    # Inserted by the loader from N-Quads text: store.extend() and bulk_extend() on the
    # sorted objects themselves did not keep the lists together (no speed-up, measured).
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    del quads
    store.load(input=data, format=ox.RdfFormat.N_QUADS)
    return store


def load_store(trig_path: Path, store_dir: Path | None = None):
    """A store holding ``graph.trig``; on disk when ``store_dir`` is given (rebuilt atomically)."""
    import pyoxigraph as ox
    if store_dir is None:
        return memory_store(trig_path)
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


GRAPHS = "aigov-kg-graphs.json"   # in a store's folder: a digest of each named graph's TriG block it holds


def block_digest(block: bytes) -> str:
    return hashlib.blake2b(block, digest_size=16).hexdigest()


def held_graphs(store_dir: Path, header: bytes) -> dict[str, str] | None:
    """The named graphs a store written by ``StoreWriter`` holds (graph IRI → digest of its
    TriG block), or ``None`` when that is not known for sure: no record, another prefix
    header, or a store a writable ``serve`` may have changed (it deletes the record)."""
    try:
        data = json.loads((store_dir / GRAPHS).read_text(encoding="utf-8"))
        if data.get("format") != 1 or data.get("header") != block_digest(header):
            return None
        graphs = data["graphs"]
        if isinstance(graphs, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in graphs.items()):
            return graphs
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def forget_graphs(store_dir: Path) -> None:
    """Before a store is changed by anything but ``StoreWriter``: its record no longer holds."""
    with contextlib.suppress(FileNotFoundError):
        (store_dir / GRAPHS).unlink()


class StoreWriter:
    """An on-disk store filled, on a thread of its own, from TriG text as the build writes it.

    pyoxigraph's bulk loader releases the GIL, so the store is built on the second core
    while Python writes the next named graphs and the viewer.  Text goes in slices of a
    few megabytes, each parsed and loaded on its own, so memory stays bounded whatever the
    corpus size.

    The bulk loader's memory grows with its slice while it sorts it (16 MB: 380 MB, 4 MB:
    210 MB, measured), and a smaller slice costs it more CPU time on the second core (the
    graph.trig of 1,000 documents: 16 s with 16 MB slices, 24 s with 4 MB, in the same
    wall time).  4 MB keeps the render of 10,000 documents under 2 GB (1,882 MB against
    2,077 MB with 16 MB).

    Loading is the longest part of a render (the 1,000-document graph: about 10 s on the
    second core, while the main thread's share of writing takes about 5 s), and adding one
    document changes only its own named graph and the entities graph.  So given ``base``,
    the store the graph folder holds, the new store starts as a checkpoint of it (RocksDB
    hard-links its files: milliseconds) and only the named graphs whose TriG block differs
    from the one ``base`` was loaded from are replaced; the record of those blocks' digests
    (``GRAPHS``) is written into the store's folder, so it is swapped in with the store."""

    SLICE = 4 << 20   # bytes of TriG per bulk load

    def __init__(self, store_dir: Path, header: bytes, base: Path | None = None):
        import pyoxigraph as ox
        self._ox, self._header = ox, header
        self._dir = store_dir
        self._held: dict[str, str] = {}       # graph IRI -> digest, in the base store
        self._digests: dict[str, str] = {}    # graph IRI -> digest, in the new one
        self._store = self._checkpoint(base) if base is not None else None
        if self._store is None:
            shutil.rmtree(store_dir, ignore_errors=True)
            self._store = ox.Store(str(store_dir))
        self._parts: list[bytes] = []
        self._size = 0
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="store-writer", daemon=True)
        self._thread.start()

    def _checkpoint(self, base: Path):
        """A writable copy of ``base`` at ``self._dir``, or ``None`` (then the store is loaded whole)."""
        held = held_graphs(base, self._header)
        if held is None:
            return None
        shutil.rmtree(self._dir, ignore_errors=True)
        try:
            self._ox.Store.read_only(str(base)).backup(str(self._dir))
            store = self._ox.Store(str(self._dir))
        except (OSError, ValueError):
            shutil.rmtree(self._dir, ignore_errors=True)
            return None
        forget_graphs(self._dir)      # rewritten by close() once the store holds what it says
        self._held = held
        return store

    def _load(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    if isinstance(data, str):
                        self._store.remove_graph(self._ox.NamedNode(data))
                    else:
                        self._store.bulk_load(input=data, format=self._ox.RdfFormat.TRIG)
                except BaseException as exc:  # noqa: BLE001 - raised again in close()
                    self._error = exc

    def write(self, trig: bytes, graph: str) -> None:
        """One named graph's whole TriG block, without prefix lines."""
        digest = block_digest(trig)
        self._digests[graph] = digest
        held = self._held.get(graph)
        if held == digest:
            return
        if held is not None:
            self._queue.put(graph)     # dropped before the slice that loads its new block
        self._parts.append(trig)
        self._size += len(trig)
        if self._size >= self.SLICE:
            self._send()

    def _send(self) -> None:
        if self._parts:
            self._queue.put(self._header + b"".join(self._parts))
            self._parts, self._size = [], 0

    def close(self) -> None:
        """Drop the graphs no longer written, load what is left, wait for the thread, flush
        the store to disk and record what it holds."""
        for graph in sorted(set(self._held) - set(self._digests)):
            self._queue.put(graph)
        self._send()
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        self._store.flush()
        del self._store
        record = {"format": 1, "header": block_digest(self._header), "graphs": dict(sorted(self._digests.items()))}
        (self._dir / GRAPHS).write_text(json.dumps(record, indent=0, sort_keys=True) + "\n", encoding="utf-8")

    def abandon(self) -> None:
        """Stop loading after a failed build; the half-built store stays in its hidden folder,
        which the next command on the graph folder sweeps away."""
        self._parts = []
        self._error = self._error or RuntimeError("abandoned")
        self._queue.put(None)
        self._thread.join()
        del self._store

def current_store(graph_dir: Path) -> Path | None:
    """The folder's persisted store when it holds what graph.trig says: it is newer than graph.trig
    (a build finishes graph.trig first and touches the store when it swaps it in)."""
    store_dir, trig = graph_dir / "store", graph_dir / "graph.trig"
    try:
        return store_dir if store_dir.is_dir() and store_dir.stat().st_mtime >= trig.stat().st_mtime else None
    except OSError:
        return None


def open_store(graph_dir: Path):
    """The store of a built graph folder: the persisted one when it is up to date, else graph.trig."""
    import pyoxigraph as ox
    trig = graph_dir / "graph.trig"
    if not trig.is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    store_dir = current_store(graph_dir)
    if store_dir is not None:
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
