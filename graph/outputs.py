"""The build's files: graph.ttl, graph.jsonld, graph.trig, graph.html, written atomically.

Serialisations are canonical (graphs, subjects, predicates and objects in sorted
order, keys sorted in JSON-LD) so the same input gives the same bytes and users can
diff graphs.  Turtle and TriG text is made directly (``turtle``): rdflib's serialiser,
and converting terms for pyoxigraph's, were each the largest cost of a build in turn;
JSON-LD is written here, compacted with the project's prefixes.  graph.trig is written
one named graph at a time, and the viewer and the store read the same graphs as they
pass, so the evidence of a large corpus is never all in memory at once.
"""
from __future__ import annotations

import gc
import json
from pathlib import Path
from itertools import chain
from typing import Iterator

from rdflib import URIRef
from rdflib.namespace import RDF, XSD

from extract.documents import Document
from queries.store import StoreWriter

from .atomic import atomic_file
from .rdf import ENTITY_GRAPH, ID, PREFIXES, Triple, document_graphs, entity_triples, merged_triples
from .resolve import Resolution
from .turtle import TurtleText
from .viewer import page_graph, shown_entities, write_page

FILES = ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html")
_PREFIXES = {p: str(ns) for p, ns in sorted(PREFIXES.items())}


def trig(graphs: dict) -> str:
    text = TurtleText(_PREFIXES)
    return (text.header.encode() + b"".join(text.trig_block(i, ts)[0] for i, ts in graphs.items())).decode("utf-8")


def _compact(iri: str) -> str:
    for p, ns in _PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{p}:{iri[len(ns):]}"
    return iri


# DefinedNamespace attribute access (RDF.type, XSD.string) runs Python code on every call, so it
# is done once here, as in rdf.py (py-spy put it at 6 % of a 1,000-document render; the render's
# wall time did not measurably change).
_RDF_TYPE, _XSD_STRING = RDF.type, XSD.string


def _jsonld_value(o):
    if isinstance(o, URIRef):
        return {"@id": _compact(o)}
    if o.language:
        return {"@value": str(o), "@language": o.language}
    if o.datatype and o.datatype != _XSD_STRING:
        return {"@value": str(o), "@type": _compact(o.datatype)}
    return str(o)


def jsonld_parts(triples: list[Triple]) -> Iterator[str]:
    """Flattened JSON-LD, piece by piece: one node object per subject and line, compact IRIs
    from the prefixes.  The triples are sorted, so a subject's triples are consecutive and
    each node is complete when the next subject starts; the file is never one string."""
    context = json.dumps(_PREFIXES, ensure_ascii=False, sort_keys=True)
    yield f'{{"@context": {context},\n"@graph": [\n'
    node, sep = None, ""
    for s, p, o in triples:     # sorted, so node and value order is canonical
        if node is None or node["@id"] != s:
            if node is not None:
                yield sep + _node_line(node)
                sep = ",\n"
            node = {"@id": s}
        if p == _RDF_TYPE:
            node.setdefault("@type", []).append(_compact(o))
        else:
            node.setdefault(_compact(p), []).append(_jsonld_value(o))
    if node is not None:
        yield sep + _node_line(node)
    yield "\n]}\n"


def _node_line(node: dict) -> str:
    # One node object a line: readable and diffable, and json's C encoder still runs
    # (``indent`` switches it to the pure-Python one, which took most of this function's time).
    return json.dumps({**node, "@id": _compact(node["@id"])}, ensure_ascii=False, sort_keys=True)


def _write_merged(out: Path, res: Resolution, documents: list[Document], text: TurtleText) -> None:
    """graph.ttl and graph.jsonld: the union of the named graphs, each statement once."""
    keys, merged = text.ordered(merged_triples(res, documents, ordered=False))
    with atomic_file(out / "graph.ttl") as f:
        f.write(text.header.encode())
        f.writelines(line.encode("utf-8") for line in text.statement_lines(keys))
    with atomic_file(out / "graph.jsonld") as f:
        f.writelines(part.encode("utf-8") for part in jsonld_parts(merged))


def write_outputs(res: Resolution, documents: list[Document], out: Path, html: bool = True,
                  store_dir: Path | None = None, store_base: Path | None = None) -> list[Path]:
    """Every graph file, and with ``store_dir`` the on-disk store, loaded from the same text
    on a second thread while the named graphs and the viewer are made; with ``store_base``
    (the folder's store, when it is up to date) only the named graphs that changed are loaded."""
    out.mkdir(parents=True, exist_ok=True)
    text = TurtleText(_PREFIXES)
    written = [out / "graph.ttl", out / "graph.jsonld", out / "graph.trig"]
    store = None
    if store_dir is not None:
        store = StoreWriter(store_dir, text.header.encode(), store_base)
    try:
        with atomic_file(out / "graph.trig") as f:
            f.write(text.header.encode())

            def passing():
                """Each named graph, written to graph.trig and the store on its way to the viewer:
                one pass, one graph in memory."""
                for iri, triples in chain(document_graphs(res, documents, ordered=False),
                                          [(ENTITY_GRAPH, entity_triples(res, documents))]):
                    block, ordered = text.trig_block(iri, triples)
                    f.write(block)
                    if store is not None:
                        store.write(block, str(iri))
                    yield iri, ordered

            if html:
                only = shown_entities(res.entities)
                shown = page_graph(passing(), None if only is None else {ID[p] for p in only}, len(res.entities))
            else:
                for _ in passing():
                    pass
        if html:
            write_page(out / "graph.html", shown)
            written.append(out / "graph.html")
            del shown
            gc.collect()    # networkx graphs hold reference cycles (cached views): freed now, not at exit
        # The merged files come last, while the store finishes loading: the viewer's and the
        # merged graph's working sets are then never held at once (peak memory at 10,000 documents).
        _write_merged(out, res, documents, text)
        if store is not None:
            store.close()
            store = None
    finally:
        if store is not None:
            store.abandon()
    return written
