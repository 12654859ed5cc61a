"""SHACL validation of a built graph (pyshacl, shapes in ontology/shapes.ttl)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from extract.errors import GraphError
from ontology import ontology_file


def validate_graph(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ont = Graph().parse(ontology_file("aigov.ttl"))
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs",
                                 allow_warnings=False, advanced=False)
    return bool(conforms), text


def union_of(trig: Path) -> Graph:
    ds = Dataset()
    try:
        ds.parse(trig, format="trig")
    except Exception as exc:  # rdflib raises many parser exception types
        raise GraphError(f"{trig}: unreadable graph ({exc.__class__.__name__})") from None
    g = Graph()
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


def validate_dir(graph_dir: Path) -> tuple[bool, str]:
    trig = graph_dir / "graph.trig"
    if not trig.is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    ok, text = validate_graph(union_of(trig))
    return ok, ("graph conforms to the SHACL shapes" if ok else text)
