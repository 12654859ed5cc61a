"""The SPARQL endpoint as clients meet it: the real CLI server on a loopback port, spoken to over HTTP.

One read-only server per module (2 s time limit, 200 results) answers every protocol case;
a second one, on a copy of the graph, shows that --allow-update really is the switch.
"""
from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from queries import stored_queries
from tests.conftest import ROOT

SEOUL = "https://w3id.org/aigov-kg/id/summit/ai-seoul-summit-2024"
LABELS = f"SELECT ?name WHERE {{ <{SEOUL}> <http://www.w3.org/2000/01/rdf-schema#label> ?name }}"
CONSTRUCT = f"CONSTRUCT {{ <{SEOUL}> ?p ?o }} WHERE {{ <{SEOUL}> ?p ?o }}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TIMEOUT_S, MAX_RESULTS = 2, 200


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``aigov-kg serve`` in a subprocess, stopped with SIGTERM (background jobs may ignore SIGINT)."""

    def __init__(self, graph: Path, *extra: str):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "aigov_kg", "serve", "--graph", str(graph),
                                      "--port", str(self.port), "--timeout", str(TIMEOUT_S),
                                      "--max-results", str(MAX_RESULTS), *extra],
                                     cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        end = time.monotonic() + 90
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read()}")
            try:
                if request(self, "GET", "/sparql?query=ASK%7B%7D")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not answer within 90 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def request(server: Server, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 30):
    req = urllib.request.Request(server.base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def form(query: str, key: str = "query") -> bytes:
    return urllib.parse.urlencode({key: query}).encode()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def server(built_default: Path):
    s = Server(built_default)
    yield s
    s.stop()


def _send(server, how: str, query: str, accept: str | None):
    headers = {"Accept": accept} if accept else {}
    if how == "get":
        return request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers=headers)
    if how == "form":
        return request(server, "POST", "/sparql", form(query), {**FORM, **headers})
    return request(server, "POST", "/sparql", query.encode(), {"Content-Type": "application/sparql-query", **headers})


def _labels(body: bytes, accept: str) -> set[str]:
    text = body.decode("utf-8")
    if "json" in accept:
        return {b["name"]["value"] for b in json.loads(text)["results"]["bindings"]}
    if "xml" in accept:
        ns = "{http://www.w3.org/2005/sparql-results#}"
        return {e.text for e in ET.fromstring(body).iter(ns + "literal")}
    if "csv" in accept:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["name"]
        return {r[0] for r in rows[1:]}
    lines = text.splitlines()
    assert lines[0] == "?name"
    return {line.split('"')[1] for line in lines[1:]}


@pytest.mark.parametrize("how", ["get", "form", "direct"])
@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values"])
def test_select_in_every_result_format(server, how, accept):
    status, headers, body = _send(server, how, LABELS, accept)
    assert status == 200, body
    assert headers["Content-Type"].startswith(accept)
    assert {"AI Seoul Summit", "AI 서울 정상회의"} <= _labels(body, accept)


def test_json_is_the_default_and_ask_answers(server):
    status, headers, body = _send(server, "get", LABELS, None)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    status, _, body = _send(server, "form", f"ASK {{ <{SEOUL}> a ?type }}", None)
    assert json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = _send(server, "get", "ASK { <http://nothing.example> ?p ?o }", "application/sparql-results+xml")
    assert b"<boolean>false</boolean>" in body


def test_construct_in_turtle_ntriples_and_jsonld_is_one_graph(server):
    import pyoxigraph as ox
    graphs = []
    for accept, fmt in [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/ld+json", ox.RdfFormat.JSON_LD)]:
        status, headers, body = _send(server, "form", CONSTRUCT, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept), body
        graphs.append({str(t) for t in ox.parse(body, format=fmt)})
    assert graphs[0] == graphs[1] == graphs[2]
    assert any('"AI Seoul Summit"@en' in t for t in graphs[0])


def test_sparqlwrapper_gets_json(server):
    from SPARQLWrapper import JSON, SPARQLWrapper
    sw = SPARQLWrapper(server.base + "/sparql")
    sw.setQuery(LABELS)
    sw.setReturnFormat(JSON)
    names = {b["name"]["value"] for b in sw.queryAndConvert()["results"]["bindings"]}
    assert "AI Seoul Summit" in names


def test_curl_style_csv(server):
    status, headers, body = request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": LABELS}),
                                    headers={"Accept": "text/csv", "User-Agent": "curl/8.5.0"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode().splitlines()[0] == "name" and "AI Seoul Summit" in body.decode()


def _one_line(body: bytes) -> str:
    lines = body.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, body
    return lines[0]


@pytest.mark.parametrize("query", ["SELECT * WHERE { ?s ?p ", "SELEKT ?s WHERE { ?s ?p ?o }", ""])
def test_malformed_query_is_400_with_one_line(server, query):
    status, headers, body = _send(server, "form", query, None)
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    _one_line(body)


@pytest.mark.parametrize("how, path, body, headers, code", [
    ("POST", "/sparql", form("DROP ALL", "update"), FORM, 403),
    ("POST", "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403),
    ("POST", "/sparql", form("LOAD <http://example.org/x.ttl>", "update"), FORM, 403),
    ("POST", "/sparql", form("PREFIX x: <http://x#> DROP ALL"), FORM, 403),
    ("GET", "/sparql?update=DROP%20ALL", None, {}, 405),
])
def test_updates_are_refused_and_change_nothing(server, how, path, body, headers, code):
    before = json.loads(_send(server, "get", COUNT, None)[2])["results"]["bindings"][0]["n"]["value"]
    status, _, answer = request(server, how, path, body, headers)
    assert status == code, answer
    assert "read-only" in _one_line(answer) or code == 405
    assert json.loads(_send(server, "get", COUNT, None)[2])["results"]["bindings"][0]["n"]["value"] == before


def test_service_is_refused_but_the_word_in_a_literal_is_not(server):
    status, _, body = _send(server, "form", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
                            None)
    assert status == 403 and "SERVICE" in _one_line(body)
    status, _, body = _send(server, "form", 'SELECT ?x WHERE { BIND("SERVICE <http://a> { }" AS ?x) } # SERVICE',
                            None)
    assert status == 200, body


def test_pathological_query_is_stopped_within_the_limit(server):
    started = time.monotonic()
    status, _, body = _send(server, "form", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", None)
    elapsed = time.monotonic() - started
    assert status == 503 and "time limit" in _one_line(body)
    assert TIMEOUT_S <= elapsed < TIMEOUT_S + 5
    assert _send(server, "get", LABELS, None)[0] == 200       # the killed worker was replaced


def test_result_limit_is_an_error_not_a_cut(server):
    status, _, body = _send(server, "form", "SELECT * WHERE { ?s ?p ?o }", None)
    assert status == 413 and f"more than {MAX_RESULTS}" in _one_line(body)
    status, _, body = _send(server, "form", f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_RESULTS}", None)
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_RESULTS


def test_request_body_limit(server):
    big = form("SELECT * WHERE { ?s ?p ?o } #" + "x" * 2_000_000)
    status, _, body = request(server, "POST", "/sparql", big, FORM)
    assert status == 413 and "body too large" in _one_line(body)


def test_unsupported_accept_is_406(server):
    assert _send(server, "get", LABELS, "image/png")[0] == 406
    assert _send(server, "get", CONSTRUCT, "text/csv")[0] == 406


def test_cors_headers_and_preflight(server):
    _, headers, _ = _send(server, "get", LABELS, None)
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = request(server, "OPTIONS", "/sparql", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and "POST" in headers["Access-Control-Allow-Methods"]


def test_service_description(server):
    import pyoxigraph as ox
    status, headers, body = request(server, "GET", "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    sd = "http://www.w3.org/ns/sparql-service-description#"
    me = server.base + "/sparql"
    assert (me, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", sd + "Service") in triples
    assert (me, sd + "supportedLanguage", sd + "SPARQL11Query") in triples
    assert (me, sd + "supportedLanguage", sd + "SPARQL11Update") not in triples


def test_query_page_lists_every_stored_query_and_loads_nothing_remote(server):
    status, headers, body = request(server, "GET", "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    for name in stored_queries():
        assert f'data-name="{name}"' in page, name
    assert "<script src" not in page and "<link" not in page and "innerHTML" not in page
    assert "textContent" in page


def test_stored_query_with_parameters(server):
    qs = urllib.parse.urlencode({"summit": "summit/ai-seoul-summit-2024", "lang": "ko"})
    status, _, body = request(server, "GET", "/queries/cochairs?" + qs)
    assert status == 200, body
    data = json.loads(body)
    names = {b["name"]["value"] for b in data["results"]["bindings"]}
    assert any("수낵" in n for n in names) and any("윤석열" in n for n in names)
    assert "summit" not in data["head"]["vars"] and "lang" not in data["head"]["vars"]
    assert request(server, "GET", "/queries/no-such-query")[0] == 404
    bad = urllib.parse.urlencode({"summit": '") UNION { ?s ?p ?o } #'})
    status, _, body = request(server, "GET", "/queries/cochairs?" + bad)
    assert status == 400 or json.loads(body)["results"]["bindings"] == []


def _stored_answers(server: Server) -> dict[str, list]:
    answers = {}
    for name, q in stored_queries().items():
        words = shlex.split(q.example)
        params = dict(w.split("=", 1) for f, w in zip(words, words[1:]) if f == "--param")
        status, _, body = request(server, "GET", f"/queries/{name}?" + urllib.parse.urlencode({**params, "lang": "ko"}))
        assert status == 200, (name, body)
        rows = [{k: ", ".join(sorted(v["value"].split(", "))) for k, v in r.items()}      # GROUP_CONCAT lists
                for r in json.loads(body)["results"]["bindings"]]                    # come in store order
        answers[name] = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)
    return answers


def test_graph_in_memory_and_on_disk_give_the_same_answers(server, built_default: Path):
    from queries.serve import in_memory
    assert in_memory(built_default, "auto") and not in_memory(built_default, "disk")
    on_disk = Server(built_default, "--store", "disk")
    try:
        disk_answers = _stored_answers(on_disk)
    finally:
        on_disk.stop()
    assert "graph on disk" in on_disk.proc.stdout.read()
    memory_answers = _stored_answers(server)
    assert memory_answers == disk_answers
    assert sum(map(len, memory_answers.values())) > 50


def test_grouped_memory_store_holds_the_same_quads(built_default: Path):
    from queries.store import memory_store
    trig = built_default / "graph.trig"
    assert set(memory_store(trig, grouped=True)) == set(memory_store(trig))


def test_allow_update_is_the_switch(built_default: Path, tmp_path: Path):
    graph = tmp_path / "graph"
    shutil.copytree(built_default, graph)
    s = Server(graph, "--allow-update")
    try:
        insert = 'INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> "inserted" } }'
        status, _, body = request(s, "POST", "/sparql", form(insert, "update"), FORM)
        assert status == 200, body
        status, _, body = _send(s, "get", 'ASK { <urn:a> <urn:b> "inserted" }', None)
        assert json.loads(body)["boolean"] is True
        status, _, body = request(s, "GET", "/sparql", headers={"Accept": "application/n-triples"})
        assert b"SPARQL11Update" in body
    finally:
        s.stop()


@pytest.mark.parametrize("host, warned", [("127.0.0.1", False), ("localhost", False), ("::1", False),
                                          ("0.0.0.0", True), ("192.168.1.10", True), ("example.org", True)])
def test_warning_when_listening_beyond_loopback(host, warned):
    from queries.serve import exposure_warning
    message = exposure_warning(host, allow_update=True)
    assert (message is not None) == warned
    if warned:
        assert host in message and "--allow-update" in message


@pytest.mark.parametrize("text, form, update, service", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT", False, False),
    ("select * where { service <http://x> { ?s ?p ?o } }", "SELECT", False, True),
    ("SELECT * WHERE { SERVICE<http://x>{} }", "SELECT", False, True),
    ("SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }", "SELECT", False, True),
    ('SELECT * WHERE { ?s ?p "SERVICE <x> {}" }', "SELECT", False, False),
    ('SELECT * { ?s ?p """a " SERVICE <x> {} """ }', "SELECT", False, False),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x> {}", "SELECT", False, False),
    ("PREFIX service: <http://x/> SELECT ?service WHERE { ?s service:p ?service }", "SELECT", False, False),
    ("SELECT * WHERE { ?s ?p <http://a.example/#SERVICE> }", "SELECT", False, False),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o <?x) SERVICE <http://e> {} #>\n}", "SELECT", False, True),
    ("SELECT * WHERE { ?s ex:a. SERVICE <http://e> {} }", "SELECT", False, True),
    ("BASE <http://x/> PREFIX a: <http://a#> ASK {}", "ASK", False, False),
    ("PREFIX a: <http://a#> DROP ALL", "DROP", True, False),
    ("LOAD <http://example.org/data.ttl>", "LOAD", True, False),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH", True, False),
])
def test_requests_are_classified_by_tokens_not_substrings(text, form, update, service):
    from queries.lexer import shape
    s = shape(text)
    assert (s.form, s.is_update, s.uses_service) == (form, update, service)


CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]


def _poll(predicate, seconds: float = 20) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_query_page_runs_an_example_and_shows_values_as_text(server):
    if not CHROMIUM.exists():
        pytest.skip("browser test needs Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page()
            elsewhere, dialogs = [], []
            page.on("request", lambda r: None if r.url.startswith(server.base) else elsewhere.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server.base + "/")
            page.click('button[data-name="cochairs"]')
            assert _poll(lambda: "aig:chaired ?summit" in page.input_value("#query"))
            assert page.input_value('input[name="summit"]') == "summit/ai-seoul-summit-2024"
            page.click("#run")
            assert _poll(lambda: page.locator("#out td").count() > 0), page.inner_text("#status")
            assert "수낵" in page.inner_text("#out")
            hostile = '<img src=x onerror="alert(1)">'
            page.fill("#query", f"SELECT ?v WHERE {{ BIND('{hostile}' AS ?v) }}")
            page.click("#run")
            assert _poll(lambda: page.locator("#out td").count() == 1)
            assert page.inner_text("#out td") == hostile       # shown as text, never parsed as HTML
            assert page.locator("#out img").count() == 0 and not dialogs
            assert not elsewhere, elsewhere
        finally:
            browser.close()
