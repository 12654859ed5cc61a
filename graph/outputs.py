"""The build's files: graph.ttl, graph.jsonld, graph.trig, graph.html, written atomically.

Serialisations are canonical (graphs, subjects, predicates and objects in sorted
order, keys sorted in JSON-LD) so the same input gives the same bytes and users can
diff graphs.  Turtle and TriG are written by pyoxigraph's serialiser, which is linear
and a hundred times faster than rdflib's (the largest cost of a build before); JSON-LD
is written here, compacted with the project's prefixes.  graph.trig is written one
named graph at a time, and the viewer reads the same graphs as they pass, so the
evidence of a large corpus is never all in memory at once.
"""
from __future__ import annotations

import json
from pathlib import Path
from itertools import chain
from typing import Iterator

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from extract.documents import Document

from .atomic import atomic_file, write_text
from .rdf import ENTITY_GRAPH, ID, PREFIXES, Triple, document_graphs, entity_triples, merged_triples
from .resolve import Resolution

FILES = ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html")
_PREFIXES = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
_HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in _PREFIXES.items())


class _Terms:
    """rdflib terms to pyoxigraph terms, each IRI converted once."""

    def __init__(self):
        self.iris: dict[str, ox.NamedNode] = {}

    def iri(self, t: str) -> ox.NamedNode:
        n = self.iris.get(t)
        if n is None:
            n = self.iris[t] = ox.NamedNode(t)
        return n

    def term(self, t):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=self.iri(t.datatype)) if t.datatype else ox.Literal(str(t))
        return self.iri(t)


def _body(items, fmt) -> bytes:
    """Serialised statements without the prefix lines (written once, at the top of the file)."""
    data = ox.serialize(items, format=fmt, prefixes=_PREFIXES)
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"@prefix ")).lstrip(b"\n")


def _turtle_chunks(triples: list[Triple], batch: int = 50_000) -> Iterator[bytes]:
    yield _HEADER.encode()
    c = _Terms()
    i = 0
    while i < len(triples):
        j = min(i + batch, len(triples))
        while j < len(triples) and triples[j][0] == triples[j - 1][0]:   # never split a subject
            j += 1
        yield _body([ox.Triple(c.iri(s), c.iri(p), c.term(o)) for s, p, o in triples[i:j]], ox.RdfFormat.TURTLE)
        i = j


def trig_block(iri: URIRef, triples: list[Triple], terms: _Terms | None = None) -> bytes:
    c = terms or _Terms()
    g = c.iri(iri)
    return _body([ox.Quad(c.iri(s), c.iri(p), c.term(o), g) for s, p, o in triples], ox.RdfFormat.TRIG)


def trig(graphs: dict) -> str:
    c = _Terms()
    return (_HEADER.encode() + b"".join(trig_block(i, ts, c) for i, ts in graphs.items())).decode("utf-8")


def _compact(iri: str) -> str:
    for p, ns in _PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{p}:{iri[len(ns):]}"
    return iri


def _jsonld_value(o):
    if isinstance(o, URIRef):
        return {"@id": _compact(o)}
    if o.language:
        return {"@value": str(o), "@language": o.language}
    if o.datatype and o.datatype != XSD.string:
        return {"@value": str(o), "@type": _compact(o.datatype)}
    return str(o)


def jsonld(triples: list[Triple]) -> str:
    """Flattened JSON-LD: one node object per subject and line, compact IRIs from the prefixes."""
    nodes: dict[str, dict] = {}
    for s, p, o in triples:     # sorted, so node and value order is canonical
        node = nodes.setdefault(s, {"@id": _compact(s)})
        if p == RDF.type:
            node.setdefault("@type", []).append(_compact(o))
        else:
            node.setdefault(_compact(p), []).append(_jsonld_value(o))
    # One node object a line: readable and diffable, and json's C encoder still runs
    # (``indent`` switches it to the pure-Python one, which took most of this function's time).
    context = json.dumps(_PREFIXES, ensure_ascii=False, sort_keys=True)
    body = ",\n".join(json.dumps(n, ensure_ascii=False, sort_keys=True) for n in nodes.values())
    return f'{{"@context": {context},\n"@graph": [\n{body}\n]}}\n'


def write_outputs(res: Resolution, documents: list[Document], out: Path, html: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    merged = merged_triples(res, documents)
    with atomic_file(out / "graph.ttl") as f:
        f.writelines(_turtle_chunks(merged))
    write_text(out / "graph.jsonld", jsonld(merged))
    del merged
    written = [out / "graph.ttl", out / "graph.jsonld", out / "graph.trig"]
    with atomic_file(out / "graph.trig") as f:
        f.write(_HEADER.encode())
        terms = _Terms()

        def passing():
            """Each named graph, written to graph.trig on its way to the viewer: one pass, one graph in memory."""
            for iri, triples in chain(document_graphs(res, documents), [(ENTITY_GRAPH, entity_triples(res, documents))]):
                f.write(trig_block(iri, triples, terms))
                yield iri, triples

        if html:
            from .viewer import render_html, shown_entities
            only = shown_entities(res.entities)
            page = render_html(passing(), None if only is None else {ID[p] for p in only}, len(res.entities))
        else:
            for _ in passing():
                pass
    if html:
        write_text(out / "graph.html", page)
        written.append(out / "graph.html")
    return written
