"""`aigov-kg push` into real stores, and the competency queries asked of them over HTTP.

Each test starts its own store on a loopback port and stops it: an Oxigraph server (the
``oxigraph`` package of the test extra) and Virtuoso 7 (Debian's virtuoso-opensource).
Answers are compared with the embedded store's as sets of rows of plain values.

Store differences the comparison has to know about, each checked here rather than assumed:
- Oxigraph serves the union of named graphs as default graph only with --union-default-graph.
- Virtuoso's default graph without FROM is *every* graph it holds, its own system graphs
  included; the queries name our graphs with the protocol's default-graph-uri instead.
- Virtuoso's Graph Store endpoint that accepts writes is /sparql-graph-crud-auth, with HTTP
  Digest authentication (dba/dba on a fresh database); /sparql-graph-crud is read-only.
- Virtuoso answers xsd:boolean values as 1/0, and an empty GROUP_CONCAT as "" where Oxigraph
  leaves the value unbound; canonical_json maps both.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from queries import get_query, stored_queries
from queries.push import ENTITY_GRAPH, EndpointError, push, read_graphs
from queries.run import bound_text, run_query
from queries.store import open_store
from tests.conftest import run_cli
from tests.test_queries_competency import (boolean_columns, canonical_json, canonical_rows,
                                           example_params)

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
needs_oxigraph = pytest.mark.skipif(not Path(OXIGRAPH).is_file(),
                                    reason="oxigraph server missing: pip install -e '.[test]'")
needs_virtuoso = pytest.mark.skipif(not Path(VIRTUOSO).is_file(),
                                    reason="virtuoso-t missing: apt-get install virtuoso-opensource (.ci/install-stores.sh)")
NAMES = sorted(stored_queries())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"store exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    raise RuntimeError(f"store at {url} did not answer within {seconds} s")


class Store:
    """A running store: where to push, where to query, and which default-graph-uri to send."""

    def __init__(self, proc, gsp: str, sparql: str, name_graphs: bool = False, user: str | None = None,
                 password: str | None = None):
        self.proc, self.gsp, self.sparql, self.name_graphs = proc, gsp, sparql, name_graphs
        self.user, self.password = user, password

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def push(self, graph_dir: Path, **kw):
        return push(graph_dir, self.gsp, user=self.user, password=self.password, retries=2, **kw)

    def select(self, text: str, graphs=()) -> dict:
        data = [("query", text)] + ([("default-graph-uri", g) for g in graphs] if self.name_graphs else [])
        req = urllib.request.Request(self.sparql, data=urllib.parse.urlencode(data).encode(), headers={
            "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read())

    def graph_sizes(self, graphs) -> dict[str, int]:
        out = {}
        for g in graphs:
            body = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
            out[g] = int(body["results"]["bindings"][0]["n"]["value"])
        return out


def start_oxigraph(tmp: Path) -> Store:
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp / "oxigraph"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    _wait(base + "/query?query=ASK%7B%7D", proc)
    return Store(proc, base + "/store", base + "/query")


VIRTUOSO_INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = .
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def start_virtuoso(tmp: Path) -> Store:
    home = tmp / "virtuoso"
    home.mkdir()
    http = _free_port()
    (home / "virtuoso.ini").write_text(VIRTUOSO_INI.format(sql=_free_port(), http=http))
    proc = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=home,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    _wait(base + "/sparql?query=ASK%7B%7D", proc)
    return Store(proc, base + "/sparql-graph-crud-auth", base + "/sparql", name_graphs=True,
                 user="dba", password="dba")


@pytest.fixture(scope="module")
def embedded(built_default: Path):
    return open_store(built_default)


@pytest.fixture(scope="module", params=[pytest.param("oxigraph", marks=needs_oxigraph),
                                        pytest.param("virtuoso", marks=needs_virtuoso)])
def pushed(request, built_default: Path, tmp_path_factory):
    store = (start_oxigraph if request.param == "oxigraph" else start_virtuoso)(tmp_path_factory.mktemp("store"))
    try:
        report = store.push(built_default)
        assert report.ok, report.summary()
        yield store
    finally:
        store.stop()


def _compare(embedded, store: Store, name: str, graphs, reference=None):
    """The store's answer and the reference answer (the embedded store's by default), comparable."""
    q = get_query(name)
    params = example_params(q)
    res = run_query(reference or embedded, q, params, "en")
    body = store.select(bound_text(reference or embedded, q, params, "en"), graphs)
    bools = boolean_columns(res.columns, res.rows)
    return canonical_json(res.columns, body, bools), canonical_rows(res.columns, res.rows)


@pytest.mark.parametrize("name", NAMES)
def test_store_answers_like_the_embedded_store(embedded, pushed, built_default: Path, name: str):
    graphs = sorted(g for g in read_graphs(built_default / "graph.trig") if g)
    remote, local = _compare(embedded, pushed, name, graphs)
    assert remote == local, f"only remote: {sorted(remote - local, key=str)[:3]}\n" \
                            f"only local: {sorted(local - remote, key=str)[:3]}"


def test_pushing_again_replaces_exactly_the_changed_graph(pushed, built_default: Path, tmp_path: Path):
    import pyoxigraph as ox
    graphs = read_graphs(built_default / "graph.trig")
    names = sorted(g for g in graphs if g)
    first = pushed.graph_sizes(names)
    assert first == {g: len(set(map(str, graphs[g]))) for g in names}
    assert pushed.push(built_default).ok                      # same graph again: nothing doubles
    assert pushed.graph_sizes(names) == first
    changed = next(g for g in names if "/document/" in g)
    sentence = ox.NamedNode("https://w3id.org/aigov-kg/ontology#sentence")
    quads = [q for q in ox.parse(path=str(built_default / "graph.trig"), format=ox.RdfFormat.TRIG)
             if not (q.graph_name.value == changed and q.predicate == sentence)]
    (tmp_path / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    report = pushed.push(tmp_path, documents=[changed.rsplit("/", 1)[1]])
    assert report.ok and [g for g, _ in report.pushed] == [ENTITY_GRAPH, changed]
    after = pushed.graph_sizes(names)
    assert after[changed] < first[changed]
    assert {g: n for g, n in after.items() if g != changed} == {g: n for g, n in first.items() if g != changed}
    assert pushed.push(built_default).ok                      # leave the store as the other tests expect
    assert pushed.graph_sizes(names) == first


def test_pushing_after_a_remove_deletes_the_removed_documents_graph(pushed, built_default: Path, tmp_path: Path):
    folder = tmp_path / "graph"
    shutil.copytree(built_default, folder)
    names = sorted(g for g in read_graphs(built_default / "graph.trig") if g and "/document/" in g)
    first = pushed.graph_sizes(names)
    assert all(first.values())
    gone = names[0]
    r = run_cli("remove", gone.rsplit("/", 1)[1], "--graph", str(folder))
    assert r.returncode == 0, r.stderr
    report = pushed.push(folder)
    assert report.ok and report.deleted == [gone], report.summary()
    after = pushed.graph_sizes(names)
    assert after[gone] == 0
    assert {g: n for g, n in after.items() if g != gone} == {g: n for g, n in first.items() if g != gone}
    assert pushed.push(folder).ok and pushed.graph_sizes([gone]) == {gone: 0}   # deleting again is harmless
    assert pushed.push(built_default).ok                      # leave the store as the other tests expect
    assert pushed.graph_sizes(names) == first


@needs_oxigraph
def test_unreachable_store_is_one_clear_error(built_default: Path):
    with pytest.raises(EndpointError, match="cannot reach .*is the store running"):
        push(built_default, f"http://127.0.0.1:{_free_port()}/store", retries=1)


@needs_virtuoso
def test_wrong_password_is_refused(pushed, built_default: Path):
    if not pushed.user:
        pytest.skip("this store takes no password")
    with pytest.raises(EndpointError, match="not allowed to write"):
        push(built_default, pushed.gsp, user="dba", password="wrong", retries=0)


@pytest.fixture(scope="module")
def shards(sample_shards: list[Path], tmp_path_factory):
    """Each sample document built alone, both pushed into one fresh Oxigraph (one entities graph each)."""
    if not Path(OXIGRAPH).is_file():
        pytest.skip("oxigraph server missing: pip install -e '.[test]'")
    store = start_oxigraph(tmp_path_factory.mktemp("shards-store"))
    try:
        for i, out in enumerate(sample_shards):
            report = store.push(out, entities_graph=f"{ENTITY_GRAPH}/shard-{i}")
            assert report.ok, report.summary()
        yield store, sample_shards
    finally:
        store.stop()


@pytest.fixture(scope="module")
def merged_store(merged_shards: Path, tmp_path_factory):
    """The shards merged (`aigov-kg merge`), then pushed into a fresh Oxigraph."""
    if not Path(OXIGRAPH).is_file():
        pytest.skip("oxigraph server missing: pip install -e '.[test]'")
    store = start_oxigraph(tmp_path_factory.mktemp("merged-store"))
    try:
        report = store.push(merged_shards)
        assert report.ok, report.summary()
        yield store
    finally:
        store.stop()


@pytest.mark.parametrize("name", NAMES)
def test_two_shards_merged_then_pushed_answer_like_one_build(embedded, merged_store, name: str):
    """Identity is resolved across shards by the merge: "에마뉘엘 마크롱" (built in one shard) and
    "엠마뉘엘 마크롱" (in the other) are one person in the store, as in one build of both."""
    remote, single = _compare(embedded, merged_store, name, ())
    assert remote == single, f"only shards: {sorted(remote - single, key=str)[:3]}\n" \
                             f"only one build: {sorted(single - remote, key=str)[:3]}"


@pytest.mark.parametrize("name", NAMES)
def test_two_shards_in_a_store_equal_the_shards_loaded_together(shards, name: str):
    """The push mechanics alone: the store holds exactly the union of the two shard builds."""
    import pyoxigraph as ox
    store, outs = shards
    union = ox.Store()
    for i, out in enumerate(outs):
        for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value == ENTITY_GRAPH:
                g = ox.NamedNode(f"{ENTITY_GRAPH}/shard-{i}")
            union.add(ox.Quad(q.subject, q.predicate, q.object, g))
    remote, local = _compare(union, store, name, (), reference=union)
    assert remote == local


class _Flaky:
    """A Graph Store stand-in on loopback: fails the first ``failures`` PUTs with 503, asks for Basic auth."""

    def __init__(self, failures: int, password: str | None = None):
        import base64
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        state = self
        self.failures, self.puts, self.graphs = failures, 0, {}
        expected = "Basic " + base64.b64encode(f"dba:{password}".encode()).decode() if password else None

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_PUT(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if expected and self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                state.puts += 1
                if state.puts <= state.failures:
                    self.send_response(503)
                else:
                    state.graphs[urllib.parse.parse_qs(self.path.split("?", 1)[1]).get("graph", ["default"])[0]] = body
                    self.send_response(201)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_push_retries_server_errors_then_succeeds(built_default: Path):
    store = _Flaky(failures=2)
    try:
        report = push(built_default, store.url, retries=2)
        assert report.ok and store.puts == len(report.pushed) + 2
        assert set(store.graphs) == {g for g, _ in report.pushed}
        assert "triples" in report.summary().splitlines()[0]
    finally:
        store.close()
    store = _Flaky(failures=5)
    try:
        with pytest.raises(EndpointError, match="HTTP 503.*2 attempt"):
            push(built_default, store.url, retries=1)
    finally:
        store.close()


def test_basic_auth_with_the_password_from_the_environment(built_default: Path, monkeypatch):
    store = _Flaky(failures=0, password="s3cret")
    try:
        monkeypatch.setenv("AIGOV_KG_PASSWORD", "s3cret")
        assert push(built_default, store.url, user="dba", retries=0).ok
        monkeypatch.delenv("AIGOV_KG_PASSWORD")
        with pytest.raises(EndpointError, match="AIGOV_KG_PASSWORD"):
            push(built_default, store.url, user="dba", retries=0)
        with pytest.raises(EndpointError, match="not allowed to write"):
            push(built_default, store.url, user="dba", password="wrong", retries=0)
    finally:
        store.close()
