"""Load a built graph into any SPARQL 1.1 store over the Graph Store HTTP Protocol.

One PUT per named graph (``?graph=IRI``): PUT replaces the graph, so pushing a rebuilt
document replaces exactly that document's facts and evidence and leaves the others alone,
and pushing twice gives the same store as pushing once.  The entities graph goes first,
so a store never holds facts whose labels are missing.  A whole-folder push also deletes
the graphs of documents the folder held once and no longer does (``state.removed``), so a
store does not go on answering with a removed document's facts.  Graphs travel as
N-Triples under the Turtle media type (N-Triples is a subset of Turtle, and every store
reads Turtle).
urllib, not a client library: authentication is Basic or Digest, whichever the store
challenges with (Virtuoso's /sparql-graph-crud-auth asks for Digest, Fuseki for Basic).
"""
from __future__ import annotations

import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import AigovError, GraphError, QueryError
from graph import state
from ontology import ID_BASE, ONTOLOGY_IRI

ENTITY_GRAPH = ID_BASE + "graph/entities"
FILE_NAME = ONTOLOGY_IRI + "#fileName"


class EndpointError(AigovError):
    """The store cannot be reached, refuses us, or is not a Graph Store endpoint."""


@dataclass
class PushReport:
    endpoint: str
    pushed: list[tuple[str, int]] = field(default_factory=list)     # graph IRI (None: default graph), triples
    deleted: list[str] = field(default_factory=list)                # graphs of documents the folder no longer holds
    failed: list[tuple[str, str]] = field(default_factory=list)     # graph IRI, reason

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.pushed)

    def summary(self) -> str:
        lines = [f"pushed {len(self.pushed)} graph(s), {self.triples:,} triples to {self.endpoint}"]
        lines += [f"  {g or '(default graph)'}: {n:,} triples" for g, n in self.pushed]
        if self.deleted:
            lines.append(f"deleted {len(self.deleted)} graph(s) of documents the graph no longer holds")
            lines += [f"  {g}" for g in self.deleted]
        lines += [f"failed: {g or '(default graph)'}: {why}" for g, why in self.failed]
        return "\n".join(lines)


def read_graphs(trig: Path) -> dict[str | None, list]:
    """graph.trig as {graph IRI or None for the default graph: [triples]}."""
    import pyoxigraph as ox
    graphs: dict[str | None, list] = {}
    try:
        for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            graphs.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    except (OSError, SyntaxError) as exc:
        raise GraphError(f"{trig}: unreadable graph ({str(exc).splitlines()[0][:200]})") from None
    return graphs


def _document_graph(graphs: dict, name: str) -> str:
    """The graph IRI of a document given as IRI, id (000-d234…), id path or file name."""
    if name in graphs:
        return name
    for candidate in (ID_BASE + name, ID_BASE + "document/" + name):
        if candidate in graphs:
            return candidate
    for t in graphs.get(ENTITY_GRAPH, []):
        if t.predicate.value == FILE_NAME and t.object.value == name and t.subject.value in graphs:
            return t.subject.value
    raise QueryError(f"no document {name!r} in this graph; give its file name or id (see `aigov-kg query documents`)")


def _opener(endpoint: str, user: str | None, password: str | None):
    handlers = []
    if user:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, endpoint, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def _url(endpoint: str, graph: str | None) -> str:
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return endpoint + ("&" if "?" in endpoint else "?") + query


def _put(opener, url: str, body: bytes | None, retries: int, timeout: float, method: str = "PUT") -> None:
    """PUT (or DELETE) with retries on connection errors and 5xx; raises EndpointError when it gives up."""
    delay = 0.5
    for attempt in range(retries + 1):
        req = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": "text/turtle; charset=utf-8"} if body is not None else {})
        try:
            with opener.open(req, timeout=timeout) as resp:
                resp.read()
                return
        except urllib.error.HTTPError as exc:
            if method == "DELETE" and exc.code == 404:      # the store never had it, or it is gone already
                return
            if exc.code in (401, 403):
                raise EndpointError(f"{url.split('?')[0]}: not allowed to write (HTTP {exc.code}); "
                                    "check --user and --password (or AIGOV_KG_PASSWORD)") from None
            if exc.code in (404, 405):
                raise EndpointError(f"{url.split('?')[0]}: HTTP {exc.code}, not a Graph Store endpoint that "
                                    "accepts PUT (Oxigraph: /store, Fuseki: /DATASET/data, "
                                    "Virtuoso: /sparql-graph-crud-auth)") from None
            if exc.code < 500 and exc.code != 429:
                detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
                raise EndpointError(f"HTTP {exc.code}: {detail[0] if detail else exc.reason}") from None
            last = f"HTTP {exc.code} {exc.reason}"
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            last = f"cannot reach {url.split('?')[0]} ({reason})"
        if attempt < retries:
            time.sleep(delay)
            delay = min(delay * 2, 8.0)
    hint = "; is the store running?" if last.startswith("cannot reach") else ""
    raise EndpointError(f"{last}, {retries + 1} attempt(s){hint}")


def push(graph_dir: Path, endpoint: str, user: str | None = None, password: str | None = None, retries: int = 3,
         documents: list[str] | None = None, *, entities_graph: str | None = None,
         timeout: float = 60.0) -> PushReport:
    """PUT every named graph of ``graph_dir/graph.trig`` (or only the given documents' and the entities graph).

    ``entities_graph`` renames the entities graph in the store: give each shard its own
    (…/graph/entities/shard-1), so that shards built apart do not replace each other's
    labels when pushed into one store.
    """
    import pyoxigraph as ox
    trig = Path(graph_dir) / "graph.trig"
    if not trig.is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    if user and password is None:
        password = os.environ.get("AIGOV_KG_PASSWORD")
        if password is None:
            raise EndpointError(f"--user {user} given without a password: pass --password or set AIGOV_KG_PASSWORD")
    graphs = read_graphs(trig)
    if documents:
        wanted = [ENTITY_GRAPH] + sorted({_document_graph(graphs, d) for d in documents})
    else:
        wanted = sorted(graphs, key=lambda g: (g != ENTITY_GRAPH, g is not None, g or ""))
    opener = _opener(endpoint, user, password)
    report = PushReport(endpoint)
    for name in wanted:
        triples = graphs.get(name, [])
        target = entities_graph if (name == ENTITY_GRAPH and entities_graph) else name
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        try:
            _put(opener, _url(endpoint, target), body, retries, timeout)
        except EndpointError as exc:
            if not report.pushed:      # nothing got through: the endpoint itself is the problem
                raise
            report.failed.append((target, str(exc)))
            continue
        report.pushed.append((target, len(triples)))
    if not documents:
        for doc_id in state.removed(Path(graph_dir)):
            gone = ID_BASE + "document/" + doc_id
            if gone in graphs:         # the folder holds it again
                continue
            try:
                _put(opener, _url(endpoint, gone), None, retries, timeout, method="DELETE")
            except EndpointError as exc:
                report.failed.append((gone, str(exc)))
                continue
            report.deleted.append(gone)
    return report
