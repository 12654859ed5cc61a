"""First viewer: a self-contained pyvis page (the full viewer replaces this module)."""
from __future__ import annotations

import html
import json

from rdflib import Dataset
from rdflib.namespace import RDF, RDFS

from ontology import AIG


def render_html(ds: Dataset) -> str:
    nodes, edges = {}, []
    for s, _, o in ds.triples((None, RDF.type, None)):
        if str(o).startswith(str(AIG)) and o not in (AIG.Evidence, AIG.SourceDocument, AIG.Position):
            nodes[str(s)] = str(o).split("#")[1]
    labels = {str(s): str(l) for s, _, l in ds.triples((None, RDFS.label, None))}
    for s, p, o in ds.triples((None, None, None)):
        if str(s) in nodes and str(o) in nodes and p != RDF.type:
            edges.append((str(s), str(p).split("#")[-1], str(o)))
    data = {"nodes": sorted(({"id": n, "label": labels.get(n, n), "group": c} for n, c in nodes.items()),
                            key=lambda n: n["id"]),
            "edges": sorted({e for e in edges})}
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return ("<!doctype html><meta charset=utf-8><title>aigov-kg</title>"
            f"<pre id=data>{html.escape(payload)}</pre>")
