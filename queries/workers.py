"""Queries run in worker processes, so that a query can be stopped.

pyoxigraph has no timeout and no way to interrupt a running query from Python; a thread
cannot be killed either.  Each worker is a spawned process holding its own read-only
handle on ``out/store``; the server hands it one job at a time over a pipe and, when the
answer does not come within the time limit, kills the process and starts a fresh one in
the background.  Spawned (not forked) because the server is multi-threaded by then.
Workers stop reading solutions after ``max_results + 1`` and answer with an error instead
of a silently shortened result: a partial answer to "who attended" looks like a complete one.
"""
from __future__ import annotations

import itertools
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ontology import ONTOLOGY_IRI

# no prefix for id/: its IRIs hold slashes, which Turtle would escape in every local name
PREFIXES = {"aig": ONTOLOGY_IRI + "#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
            "dcterms": "http://purl.org/dc/terms/", "schema": "https://schema.org/",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "wd": "http://www.wikidata.org/entity/"}
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Job:
    kind: str                      # query | update | stored
    text: str = ""
    fmt: str = "json"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    name: str = ""
    params: tuple[tuple[str, str], ...] = ()
    lang: str = "en"


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default=())


def error(status: int, message: str) -> Reply:
    return Reply(status, TEXT, (" ".join(message.split())[:500] + "\n").encode("utf-8"))


def _open(graph_dir: Path, writable: bool, memory: bool = False):
    import pyoxigraph as ox

    from .store import current_store, forget_graphs, load_store, memory_store, open_store
    trig = graph_dir / "graph.trig"
    if memory and not writable:
        return memory_store(trig, grouped=True)
    if not writable:
        return open_store(graph_dir)
    store_dir = current_store(graph_dir)
    if store_dir is not None:
        forget_graphs(store_dir)   # updates will change it: the next add loads it whole again
        return ox.Store(str(store_dir))
    return load_store(trig)        # in memory: updates last as long as the server


def _too_many(max_results: int) -> Reply:
    return error(413, f"result too large: more than {max_results} results; add LIMIT (and OFFSET to page) "
                      f"or start the server with a larger --max-results")


def answer(store, job: Job, max_results: int) -> Reply:
    """Run one job against an open store (in the worker process)."""
    import pyoxigraph as ox

    from extract.errors import AigovError

    from . import results
    try:
        if job.kind == "update":
            store.update(job.text)
            return Reply(200, TEXT, b"update done\n")
        if job.kind == "stored":
            from . import get_query
            from .run import run_query
            res = run_query(store, get_query(job.name), dict(job.params), job.lang)
            if len(res.rows) > max_results:
                return _too_many(max_results)
            body = results.boolean(res.boolean, "json") if res.boolean is not None else \
                results.solutions(list(res.columns), list(res.rows), "json")
            return Reply(200, results.CONTENT_TYPE["json"], body)
        kwargs = {"use_default_graph_as_union": not job.default_graphs}
        if job.default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        res = store.query(job.text, **kwargs)
        if isinstance(res, ox.QuerySolutions):
            fmt = job.fmt if job.fmt in results.SOLUTION_FORMATS else "json"
            columns = [v.value for v in res.variables]
            rows = [tuple(s[c] for c in columns) for s in itertools.islice(res, max_results + 1)]
            if len(rows) > max_results:
                return _too_many(max_results)
            return Reply(200, results.CONTENT_TYPE[fmt], results.solutions(columns, rows, fmt))
        if isinstance(res, (bool, ox.QueryBoolean)):
            fmt = job.fmt if job.fmt in results.SOLUTION_FORMATS else "json"
            return Reply(200, results.CONTENT_TYPE[fmt], results.boolean(bool(res), fmt))
        fmt = job.fmt if job.fmt in results.GRAPH_FORMATS else "turtle"
        triples = list(itertools.islice(res, max_results + 1))
        if len(triples) > max_results:
            return _too_many(max_results)
        return Reply(200, results.CONTENT_TYPE[fmt], results.graph(triples, fmt, PREFIXES))
    except SyntaxError as exc:
        return error(400, f"malformed SPARQL: {str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}")
    except (AigovError, ValueError) as exc:
        return error(400, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
    except Exception as exc:       # noqa: BLE001 - the process must answer, whatever the engine raised
        first = str(exc).splitlines()[0] if str(exc) else ""
        return error(500, f"query failed: {exc.__class__.__name__}: {first}")


def _worker_main(conn, graph_dir: str, writable: bool, max_results: int, memory: bool = False) -> None:
    try:
        store = _open(Path(graph_dir), writable, memory)
    except Exception as exc:       # noqa: BLE001 - report to the parent instead of dying silently
        conn.send(("failed", f"{exc.__class__.__name__}: {exc}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(store, job, max_results))


class _Worker:
    def __init__(self, ctx, graph_dir: Path, writable: bool, max_results: int, memory: bool = False):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, str(graph_dir), writable, max_results, memory),
                                daemon=True, name="aigov-kg-query")
        self.proc.start()
        child.close()

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class Pool:
    """A fixed number of query processes; a job waits for a free one at most ``timeout_s``.

    ``memory``: each process holds the graph in memory (``store.memory_store``, grouped by
    subject) instead of opening the on-disk store."""

    def __init__(self, graph_dir: Path, size: int, timeout_s: float, max_results: int, writable: bool = False,
                 memory: bool = False):
        self.graph_dir, self.timeout_s, self.max_results, self.writable = graph_dir, timeout_s, max_results, writable
        self.memory = memory and not writable
        self.size = 1 if writable else max(1, size)      # only one process may open the store for writing
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.failure = ""
        for _ in range(self.size):
            self._start()

    def _start(self) -> None:
        threading.Thread(target=self._bring_up, daemon=True).start()

    def _bring_up(self) -> None:
        w = _Worker(self._ctx, self.graph_dir, self.writable, self.max_results, self.memory)
        with self._lock:
            self._all.add(w)
        if w.conn.poll(300):
            try:
                state, detail = w.conn.recv()
            except (EOFError, OSError):
                state, detail = "failed", "worker exited while opening the store"
            if state == "ready" and not self._closed:
                self._idle.put(w)
                return
            self.failure = detail
        self._retire(w)

    def _retire(self, w: _Worker) -> None:
        w.stop()
        with self._lock:
            self._all.discard(w)

    def wait_ready(self, timeout: float = 60) -> bool:
        """True once every worker has opened the store (used at start-up and by tests)."""
        end = time.monotonic() + timeout
        while self._idle.qsize() < self.size and time.monotonic() < end and not self.failure:
            time.sleep(0.05)
        return self._idle.qsize() >= self.size

    def run(self, job: Job) -> Reply:
        try:
            w = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            return error(503, f"server busy: all {self.size} query workers stayed busy for {self.timeout_s:g} s; "
                              "try again later" + (f" ({self.failure})" if self.failure else ""))
        try:
            w.conn.send(job)
            if w.conn.poll(self.timeout_s):
                reply = w.conn.recv()
                self._idle.put(w)
                return reply
        except (EOFError, OSError):
            self._retire(w)
            self._start()
            return error(500, "the query worker died; the query was not answered")
        self._retire(w)
        if not self._closed:
            self._start()
        return error(503, f"query stopped: it ran longer than the time limit of {self.timeout_s:g} s")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
