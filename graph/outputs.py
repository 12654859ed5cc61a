"""The build's files: graph.ttl, graph.jsonld, graph.trig, graph.html, written atomically.

Serialisations are made canonical (sorted N-Quads for TriG's named graphs, sorted
keys for JSON-LD) so the same input gives the same bytes and users can diff graphs.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from .atomic import write_text
from .rdf import PREFIXES, merged_graph

FILES = ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html")


def turtle(g: Graph) -> str:
    return g.serialize(format="turtle")


def trig(ds: Dataset) -> str:
    # rdflib's TriG writer orders graphs by hash of their identifiers; sort them so
    # two runs write the same bytes.
    blocks = []
    prefixes: set[str] = set()
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        g = Graph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns)
        for t in ctx:
            g.add(t)
        body = g.serialize(format="turtle")
        prefixes.update(l for l in body.splitlines() if l.startswith("@prefix"))
        body = "\n".join(l for l in body.splitlines() if not l.startswith("@prefix")).strip()
        indented = "\n".join("    " + l if l else "" for l in body.splitlines())
        blocks.append(f"<{ctx.identifier}> {{\n{indented}\n}}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)


def jsonld(g: Graph) -> str:
    data = json.loads(g.serialize(format="json-ld", context={p: str(ns) for p, ns in PREFIXES.items()}))
    items = data.get("@graph", [])
    items.sort(key=lambda n: n.get("@id", ""))
    for n in items:
        for k, v in n.items():
            if isinstance(v, list):
                v.sort(key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_outputs(ds: Dataset, out: Path, html: str | None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    merged = merged_graph(ds)
    written = []
    for name, text in (("graph.ttl", turtle(merged)), ("graph.jsonld", jsonld(merged)), ("graph.trig", trig(ds))):
        write_text(out / name, text)
        written.append(out / name)
    if html is not None:
        write_text(out / "graph.html", html)
        written.append(out / "graph.html")
    return written
