"""graph.export: GraphML, GEXF and CSV written from graph.trig, read back by networkx and csv."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
import rdflib.namespace as rns
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS

from extract.errors import GraphError
from graph.export import EDGE_COLUMNS, NODE_COLUMNS, export
from graph.outputs import trig
from graph.rdf import graphs_of
from ontology import AIG, ID_BASE

ID = Namespace(ID_BASE)
YOON, KOREA, SEOUL = ID["person/yoon-suk-yeol"], ID["country/south-korea"], ID["summit/ai-seoul-summit-2024"]
DOC = ID["document/d1"]
SENTENCE = "윤석열 대통령은 ‘AI 서울 정상회의’를 주재했다, \"quoted\"; with a semicolon"


@pytest.fixture()
def graph_dir(tmp_path) -> Path:
    ds = Dataset()
    ent = ds.graph(ID["graph/entities"])
    for s, cls, ko, en in ((YOON, AIG.Person, "윤석열", "Yoon Suk Yeol"), (KOREA, AIG.Country, "대한민국", "South Korea"),
                           (SEOUL, AIG.Summit, "AI 서울 정상회의", "AI Seoul Summit")):
        ent.add((s, RDF.type, cls))
        ent.add((s, RDFS.label, Literal(ko, lang="ko")))
        ent.add((s, RDFS.label, Literal(en, lang="en")))
    ent.add((DOC, RDF.type, AIG.SourceDocument))
    ent.add((DOC, AIG.fileName, Literal("seoul.txt")))
    ent.add((DOC, DCTERMS.title, Literal("서울 정상회의")))
    g = ds.graph(DOC)
    for s in (YOON, KOREA, SEOUL):
        g.add((s, AIG.mentionedIn, DOC))
    g.add((YOON, AIG.chaired, SEOUL))
    g.add((SEOUL, AIG.hostCountry, KOREA))
    g.add((SEOUL, AIG.startDate, Literal("2024-05-21", datatype=rns.XSD.date)))
    g.add((SEOUL, AIG.participantCount, Literal(20, datatype=rns.XSD.integer)))
    ev = ID["evidence/e1"]
    for p, o in ((RDF.type, AIG.Evidence), (RDF.subject, YOON), (RDF.predicate, AIG.chaired), (RDF.object, SEOUL),
                 (AIG.inDocument, DOC), (AIG.sentence, Literal(SENTENCE)), (AIG.startOffset, Literal(0)),
                 (AIG.endOffset, Literal(len(SENTENCE))), (AIG.method, Literal("rule")),
                 (AIG.confidence, Literal(Decimal("0.9")))):
        g.add((ev, p, o))
    (tmp_path / "graph.trig").write_text(trig(graphs_of(ds)), encoding="utf-8")
    return tmp_path


NODE_LABELS = {str(YOON): ("윤석열", "Yoon Suk Yeol"), str(KOREA): ("대한민국", "South Korea"),
               str(SEOUL): ("AI 서울 정상회의", "AI Seoul Summit")}


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_formats_read_back(graph_dir, fmt, reader):
    [path] = export(graph_dir, fmt, None)
    assert path == graph_dir / f"graph.{fmt}"
    g = reader(path)
    assert {n: (d["label_ko"], d["label_en"]) for n, d in g.nodes(data=True)} == NODE_LABELS
    summit = g.nodes[str(SEOUL)]
    assert (summit["cls"], summit["family"], summit["documents"], summit["doc_count"], summit["fact_count"],
            summit["start_date"], summit["participant_count"]) == (
        "Summit", "Summit", "seoul.txt", 1, 4, "2024-05-21", 20)
    assert "start_date" not in g.nodes[str(YOON)]  # absent, not an empty string of another type
    edges = sorted((u, v, d["relation"], d["documents"], d["evidence_count"]) for u, v, d in g.edges(data=True))
    assert edges == [(str(YOON), str(SEOUL), "chaired", "seoul.txt", 1),
                     (str(SEOUL), str(KOREA), "hostCountry", "seoul.txt", 0)]


def test_export_formats_csv(graph_dir, tmp_path):
    out = tmp_path / "tables"
    written = export(graph_dir, "csv", out)
    assert written == [out / "nodes.csv", out / "edges.csv"]
    with open(out / "nodes.csv", encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == NODE_COLUMNS
        nodes = {r["id"]: r for r in reader}
    assert {n: (r["label_ko"], r["label_en"]) for n, r in nodes.items()} == NODE_LABELS
    assert (nodes[str(SEOUL)]["documents"], nodes[str(SEOUL)]["doc_count"], nodes[str(YOON)]["start_date"]) == (
        "seoul.txt", "1", "")
    with open(out / "edges.csv", encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == EDGE_COLUMNS
        rows = sorted((r["source"], r["relation"], r["target"], r["evidence_count"]) for r in reader)
    assert rows == [(str(YOON), "chaired", str(SEOUL), "1"), (str(SEOUL), "hostCountry", str(KOREA), "0")]
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]  # no temporary files left


def test_export_formats_csv_defaults_to_graph_dir(graph_dir):
    assert export(graph_dir, "csv", None) == [graph_dir / "nodes.csv", graph_dir / "edges.csv"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_formats_output_path(graph_dir, tmp_path, fmt):
    target = tmp_path / "elsewhere" / f"mine.{fmt}"
    assert export(graph_dir, fmt, target) == [target]
    assert target.read_text(encoding="utf-8").count("윤석열") == 1


def test_export_formats_missing_graph(tmp_path):
    with pytest.raises(GraphError) as err:
        export(tmp_path, "graphml", None)
    assert "graph.trig" in str(err.value) and "\n" not in str(err.value)
