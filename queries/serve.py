"""The graph over the SPARQL 1.1 Protocol: a read-only endpoint, a query page and the stored queries.

Read-only by default because the endpoint is for reading a built graph, and because
pyoxigraph would otherwise run SPARQL Update, LOAD and SERVICE (which makes the server
fetch any URL a visitor names).  Each request is classified by ``queries.lexer`` before
it reaches the engine; queries run in killable worker processes (``queries.workers``)
with a time limit and a result limit.  Errors are one line of text/plain:

- 400 malformed query or parameter, 404 unknown stored query, 405 update over GET,
  403 update/LOAD/SERVICE while read-only, 406 unsupported Accept, 413 request body over
  the limit *or* more results than ``max_results`` (never a silently cut result),
  415 unknown request content type, 503 time limit exceeded or all workers busy.
"""
from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from extract.errors import GraphError

from . import results, stored_queries
from .lexer import shape
from .workers import Job, Pool, Reply, error

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"


def _prepare(graph_dir: Path) -> None:
    """Refresh out/store from graph.trig when stale, so all workers share one on-disk store."""
    from .store import current_store, load_store_into
    if not (graph_dir / "graph.trig").is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    if current_store(graph_dir) is None:
        try:
            load_store_into(graph_dir)
        except OSError:
            pass                   # workers then load graph.trig into memory each


def _respond(reply: Reply):
    from flask import Response
    resp = Response(reply.body, status=reply.status, content_type=reply.content_type)
    for k, v in reply.headers:
        resp.headers[k] = v
    return resp


def _fail(status: int, message: str):
    return _respond(error(status, message))


def _negotiate(request, form: str | None) -> str | None:
    """Short format name for the response, or None when nothing acceptable is on offer."""
    graph_form = form in ("CONSTRUCT", "DESCRIBE")
    offered = results.GRAPH_TYPES if graph_form else results.SOLUTION_TYPES
    wanted = results.GRAPH_FORMATS if graph_form else results.SOLUTION_FORMATS
    short = (request.values.get("format") or request.values.get("output") or "").lower()
    if results.SHORT_NAMES.get(short) in wanted:
        return results.SHORT_NAMES[short]
    if not request.headers.get("Accept"):
        return next(iter(offered.values()))
    best = request.accept_mimetypes.best_match(list(offered))
    return offered[best] if best else None


def _service_description(url: str, allow_update: bool, fmt: str) -> bytes:
    import pyoxigraph as ox
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    me, sd = ox.NamedNode(url), lambda n: ox.NamedNode(SD + n)
    dataset, default = ox.BlankNode(), ox.BlankNode()
    langs = ["SPARQL11Query"] + (["SPARQL11Update"] if allow_update else [])
    triples = [ox.Triple(me, rdf_type, sd("Service")), ox.Triple(me, sd("endpoint"), me),
               ox.Triple(me, sd("feature"), sd("UnionDefaultGraph")),
               ox.Triple(me, sd("defaultDataset"), dataset), ox.Triple(dataset, rdf_type, sd("Dataset")),
               ox.Triple(dataset, sd("defaultGraph"), default), ox.Triple(default, rdf_type, sd("Graph"))]
    triples += [ox.Triple(me, sd("supportedLanguage"), sd(n)) for n in langs]
    triples += [ox.Triple(me, sd("resultFormat"), ox.NamedNode(FORMATS + f)) for f in
                ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD")]
    return results.graph(triples, fmt, {"sd": SD, "formats": FORMATS})


def in_memory(graph_dir: Path, store: str) -> bool:
    """Whether the query workers hold the graph in memory (``--store``: auto, memory or disk).

    In memory, grouped by subject, the competency queries answer 1.5–3 × faster than from the
    on-disk store (bench/README.md), but each worker loads the graph itself (about 12 s and
    1.3 GB at its peak per million quads), so ``auto`` keeps larger graphs on disk."""
    from .store import MEMORY_LIMIT
    if store != "auto":
        return store == "memory"
    trig = graph_dir / "graph.trig"
    return trig.is_file() and trig.stat().st_size <= MEMORY_LIMIT


def create_app(graph_dir: Path, timeout_s: float = 10.0, max_results: int = 10000, allow_update: bool = False,
               *, workers: int = 2, max_body: int = 1_000_000, store: str = "auto"):
    """The Flask app; its worker pool is ``app.extensions["aigov_pool"]`` (close it when done)."""
    from flask import Flask, redirect, request
    from werkzeug.exceptions import HTTPException

    from .page import render
    graph_dir = Path(graph_dir)
    _prepare(graph_dir)
    pool = Pool(graph_dir, workers, timeout_s, max_results, writable=allow_update,
                memory=in_memory(graph_dir, store))
    app = Flask("aigov_kg_sparql")
    app.config["MAX_CONTENT_LENGTH"] = max_body
    app.extensions["aigov_pool"] = pool

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if exc.code == 413:
            return _fail(413, f"request body too large: the limit is {max_body} bytes")
        resp = _fail(exc.code or 500, f"{exc.name}: {exc.description}")
        allow = dict(exc.get_headers()).get("Allow")
        if allow:
            resp.headers["Allow"] = allow
        return resp

    @app.after_request
    def cors(resp):
        resp.headers["Access-Control-Allow-Origin"] = "*"
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
        resp.headers["Access-Control-Max-Age"] = "600"
        resp.headers["Vary"] = "Accept"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        return resp

    @app.get("/")
    def page():
        return app.response_class(render(stored_queries().values()), content_type="text/html; charset=utf-8",
                                  headers={"Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline' "
                                           "'self'; style-src 'unsafe-inline'"})

    @app.get("/queries")
    def query_list():
        return [{"name": q.name, "title": q.title, "question": q.question, "example": q.example, "text": q.text,
                 "params": [{"name": p.name, "type": p.type, "description": p.description} for p in q.params]}
                for q in stored_queries().values()]

    @app.get("/queries/<name>")
    def stored(name: str):
        queries = stored_queries()
        if name not in queries:
            return _fail(404, f"unknown query {name!r}; known: {', '.join(queries)}")
        params = tuple((k, v) for k, v in request.args.items() if k != "lang")
        return _respond(pool.run(Job("stored", name=name, params=params,
                                     lang=request.args.get("lang", "en"))))

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql():
        ctype = (request.mimetype or "").lower()
        update = None
        if request.method == "GET":
            if "update" in request.args:
                resp = _fail(405, "SPARQL Update must be sent with POST")
                resp.headers["Allow"] = "POST"
                return resp
            text = request.args.get("query")
        elif ctype == "application/x-www-form-urlencoded":
            text, update = request.form.get("query"), request.form.get("update")
        elif ctype == "application/sparql-query":
            text = request.get_data(as_text=True)
        elif ctype == "application/sparql-update":
            update = request.get_data(as_text=True)
            text = None
        else:
            return _fail(415, f"unsupported request content type {ctype or '(none)'}; use application/sparql-query, "
                              "application/sparql-update or application/x-www-form-urlencoded")
        if text is None and update is None:
            if request.method == "GET":
                if request.accept_mimetypes.best == "text/html":
                    return redirect("/")
                fmt = _negotiate(request, "DESCRIBE")
                if fmt is None:
                    return _fail(406, "service description available as text/turtle, application/n-triples, "
                                      "application/ld+json")
                return app.response_class(_service_description(request.base_url, allow_update, fmt),
                                          content_type=results.CONTENT_TYPE[fmt])
            return _fail(400, "no query: send query= or update=")
        kind = shape(update if update is not None else text)
        if update is not None or kind.is_update:
            if not allow_update:
                return _fail(403, "SPARQL Update and LOAD are disabled: this endpoint is read-only "
                                  "(start it with --allow-update to accept them)")
            if update is None:
                return _fail(400, "this is an update, not a query: send it as update= or application/sparql-update")
            return _respond(pool.run(Job("update", text=update)))
        if kind.uses_service and not allow_update:
            return _fail(403, "SERVICE clauses are disabled: this endpoint does not fetch other endpoints "
                              "(start it with --allow-update to allow them)")
        fmt = _negotiate(request, kind.form)
        if fmt is None:
            offered = results.GRAPH_TYPES if kind.form in ("CONSTRUCT", "DESCRIBE") else results.SOLUTION_TYPES
            return _fail(406, f"cannot answer a {kind.form or 'query'} as {request.headers.get('Accept')}; "
                              f"offered: {', '.join(offered)}")
        return _respond(pool.run(Job("query", text=text, fmt=fmt,
                                     default_graphs=tuple(request.values.getlist("default-graph-uri")),
                                     named_graphs=tuple(request.values.getlist("named-graph-uri")))))

    return app


def exposure_warning(host: str, allow_update: bool) -> str | None:
    """The warning to print when the server listens beyond this machine (None on loopback)."""
    import ipaddress
    if host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host.strip("[]")).is_loopback:
            return None
    except ValueError:
        pass
    return (f"warning: listening on {host}, not loopback: anyone who can reach this machine can query the graph"
            + (" and change it (--allow-update)" if allow_update else ""))


def serve(graph_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0,
          max_results: int = 10000, allow_update: bool = False, store: str = "auto") -> None:
    """Serve until interrupted (waitress, several threads; the queries run in worker processes)."""
    from waitress import serve as waitress_serve
    warning = exposure_warning(host, allow_update)
    if warning:
        print(warning, file=sys.stderr)
    app = create_app(graph_dir, timeout_s, max_results, allow_update, store=store)
    pool = app.extensions["aigov_pool"]
    if not pool.wait_ready(120):
        pool.close()
        raise GraphError(f"{graph_dir}: query workers could not open the store ({pool.failure or 'timed out'})")
    print(f"SPARQL endpoint on http://{host}:{port}/sparql, query page on http://{host}:{port}/ "
          f"({'read-write' if allow_update else 'read-only'}; {timeout_s:g} s and {max_results} results per query; "
          f"graph {'in memory' if pool.memory else 'on disk'})",
          flush=True)
    if threading.current_thread() is threading.main_thread():
        # SIGTERM (kill, systemd, CI) stops the server like Ctrl-C, so the workers are stopped too
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        waitress_serve(app, host=host, port=port, threads=8, ident="aigov-kg")
    except KeyboardInterrupt:
        pass
    finally:
        pool.close()
