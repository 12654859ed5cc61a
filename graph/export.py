"""Exports of the built graph for Gephi, Cytoscape and spreadsheets: GraphML, GEXF, CSV.

They are made from the same networkx graph as the viewer (``graph.network``), so a
node has the same identity, class and counts in every tool.  GraphML and GEXF hold
only scalar attributes, so list-valued ones are flattened: preferred labels become
``label_ko``/``label_en``, lists are joined with ``'; '``, and evidence is reduced
to its count (the sentences stay in graph.trig and the viewer).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from extract.errors import GraphError

from .atomic import write_bytes
from .network import to_networkx

FORMATS = ("graphml", "gexf", "csv")
NODE_COLUMNS = ("id", "label_ko", "label_en", "family", "cls", "alt_labels", "positions", "documents", "doc_count",
                "fact_count", "start_date", "end_date", "participant_count", "signatory_count")
EDGE_COLUMNS = ("source", "target", "relation", "documents", "doc_count", "evidence_count", "title_en", "title_ko",
                "as_of")
SEP = "; "
OPTIONAL = ("start_date", "end_date", "participant_count", "signatory_count")


def load_graph(graph_dir: Path) -> nx.MultiDiGraph:
    """The networkx graph of a built graph folder, read from its graph.trig."""
    path = Path(graph_dir) / "graph.trig"
    if not path.is_file():
        raise GraphError(f"{graph_dir}: no graph.trig here; run `aigov-kg build --out {graph_dir}` first")
    ds = Dataset()
    try:
        ds.parse(path, format="trig")
    except Exception as exc:  # rdflib raises many parser types; all mean the same to a user
        raise GraphError(f"{path}: cannot be read as TriG ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})")
    return to_networkx(ds)


def _position(p: dict) -> str:
    title = p["title_en"] or p["title_ko"]
    if p["title_en"] and p["title_ko"]:
        title = f"{p['title_en']} ({p['title_ko']})"
    return title + (f" @ {p['in']}" if p["in"] else "") + (f" as of {p['as_of']}" if p["as_of"] else "")


def flat_node(data: dict) -> dict:
    """One node's attributes as scalars (str or int), missing values as empty strings."""
    row = {"label_ko": data["label_ko"], "label_en": data["label_en"], "family": data["family"], "cls": data["cls"],
           "iri": data["iri"], "alt_labels": SEP.join(text for _, text in data["alt_labels"]),
           "positions": SEP.join(_position(p) for p in data["positions"]),
           "documents": SEP.join(data["documents"]), "doc_count": data["doc_count"],
           "fact_count": data["fact_count"]}
    for key in OPTIONAL:
        value = data.get(key)
        row[key] = "" if value is None else (value if isinstance(value, int) else str(value))
    return row


def flat_edge(data: dict) -> dict:
    return {"relation": data["relation"], "documents": SEP.join(data["documents"]),
            "doc_count": len(data["documents"]), "evidence_count": data.get("evidence_count", len(data["evidence"])),
            "title_en": data.get("title_en", ""), "title_ko": data.get("title_ko", ""), "as_of": data.get("as_of", "")}


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, as GraphML and GEXF require."""
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        # An absent date or count is left out, not written as "": one attribute, one type.
        row = {k: v for k, v in flat_node(d).items() if not (k in OPTIONAL and v == "")}
        # Gephi shows the "label" attribute by default: the English name, else the Korean.
        out.add_node(n, label=d["label_en"] or d["label_ko"], **row)
    for u, v, k, d in g.edges(keys=True, data=True):
        row = {k2: v2 for k2, v2 in flat_edge(d).items() if v2 != ""}  # titles exist on holdsPosition edges only
        out.add_edge(u, v, key=k, label=d["relation"], **row)
    return out


def _csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def export(graph_dir: Path, fmt: str, output: Path | None = None) -> list[Path]:
    """Write the graph in ``fmt`` and return the files written (default: beside graph.trig)."""
    if fmt not in FORMATS:
        raise GraphError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    graph_dir = Path(graph_dir)
    g = load_graph(graph_dir)
    if fmt == "csv":
        folder = Path(output) if output else graph_dir
        nodes = [{"id": n, **flat_node(d)} for n, d in g.nodes(data=True)]
        edges = [{"source": u, "target": v, **flat_edge(d)} for u, v, d in g.edges(data=True)]
        # utf-8-sig: spreadsheet programs read Korean correctly only with the byte-order mark
        write_bytes(folder / "nodes.csv", _csv(nodes, NODE_COLUMNS).encode("utf-8-sig"))
        write_bytes(folder / "edges.csv", _csv(edges, EDGE_COLUMNS).encode("utf-8-sig"))
        return [folder / "nodes.csv", folder / "edges.csv"]
    path = Path(output) if output else graph_dir / f"graph.{fmt}"
    # Written through a buffer: networkx's string generators turn Korean into &#...; references.
    buf = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat_graph(g), buf, encoding="utf-8")
    write_bytes(path, buf.getvalue())
    return [path]
