"""graph.network: the networkx model of a hand-built dataset, and its vis-network dicts, attribute by attribute."""
from __future__ import annotations

from decimal import Decimal

import pytest
import rdflib.namespace as rns
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from graph.network import STYLE, edge_attributes, layout, node_attributes, timeline, to_networkx
from ontology import AIG, FAMILY, ID_BASE

ID = Namespace(ID_BASE)
MACRON, FRANCE, PARIS_SUMMIT = ID["person/emmanuel-macron"], ID["country/france"], ID["summit/ai-action-summit-2025"]
SEOUL_SUMMIT, DECL, POS = ID["summit/ai-seoul-summit-2024"], ID["declaration/paris-statement"], ID["position/p1"]
D1, D2 = ID["document/d1"], ID["document/d2"]
SENT1 = "에마뉘엘 마크롱 프랑스 대통령은 인공지능 행동 정상회의에 참석했다."
SENT2 = "President Emmanuel Macron attended the AI Action Summit."


def _evidence(g, name, s, p, o, doc, sentence, start, method="rule", confidence="0.8"):
    ev = ID[f"evidence/{name}"]
    for t in ((RDF.type, AIG.Evidence), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o), (AIG.inDocument, doc),
              (AIG.sentence, Literal(sentence)), (AIG.startOffset, Literal(start, datatype=rns.XSD.integer)),
              (AIG.endOffset, Literal(start + len(sentence), datatype=rns.XSD.integer)), (AIG.method, Literal(method)),
              (AIG.confidence, Literal(Decimal(confidence), datatype=rns.XSD.decimal))):
        g.add((ev, *t))


@pytest.fixture(scope="module")
def ds() -> Dataset:
    ds = Dataset()
    ent = ds.graph(ID["graph/entities"])
    for s, cls, ko, en in ((MACRON, AIG.Person, "에마뉘엘 마크롱", "Emmanuel Macron"), (FRANCE, AIG.Country, "프랑스", "France"),
                           (PARIS_SUMMIT, AIG.Summit, "인공지능 행동 정상회의", "AI Action Summit"),
                           (SEOUL_SUMMIT, AIG.Summit, "AI 서울 정상회의", "AI Seoul Summit"),
                           (DECL, AIG.Declaration, "파리 성명", None)):
        ent.add((s, RDF.type, cls))
        ent.add((s, RDFS.label, Literal(ko, lang="ko")))
        if en:
            ent.add((s, RDFS.label, Literal(en, lang="en")))
    ent.add((MACRON, SKOS.altLabel, Literal("마크롱", lang="ko")))
    ent.add((MACRON, SKOS.altLabel, Literal("Macron", lang="en")))
    for doc, name, title in ((D1, "d1.txt", "첫 문서"), (D2, "d2.txt", "Second")):
        ent.add((doc, RDF.type, AIG.SourceDocument))
        ent.add((doc, AIG.fileName, Literal(name)))
        ent.add((doc, DCTERMS.title, Literal(title)))
    g1, g2 = ds.graph(D1), ds.graph(D2)
    for s in (MACRON, FRANCE, PARIS_SUMMIT, SEOUL_SUMMIT, DECL):
        g1.add((s, AIG.mentionedIn, D1))
    g2.add((MACRON, AIG.mentionedIn, D2))
    g2.add((PARIS_SUMMIT, AIG.mentionedIn, D2))
    for g in (g1, g2):
        g.add((MACRON, AIG.attended, PARIS_SUMMIT))
    _evidence(g1, "e1", MACRON, AIG.attended, PARIS_SUMMIT, D1, SENT1, 10)
    _evidence(g2, "e2", MACRON, AIG.attended, PARIS_SUMMIT, D2, SENT2, 0, "pattern", "0.9")
    for t in ((MACRON, AIG.holdsPosition, POS), (POS, RDF.type, AIG.Position), (POS, AIG.title, Literal("President", lang="en")),
              (POS, AIG.title, Literal("대통령", lang="ko")), (POS, AIG.positionIn, FRANCE),
              (POS, AIG.asOf, Literal("2025-02-10", datatype=rns.XSD.date)),
              (PARIS_SUMMIT, AIG.startDate, Literal("2025-02-10", datatype=rns.XSD.date)),
              (SEOUL_SUMMIT, AIG.startDate, Literal("2024-05", datatype=rns.XSD.gYearMonth)),
              (PARIS_SUMMIT, AIG.adopted, DECL)):
        g1.add(t)
    _evidence(g1, "e3", MACRON, AIG.holdsPosition, POS, D1, SENT1, 10, "title")
    _evidence(g1, "e4", PARIS_SUMMIT, AIG.startDate, Literal("2025-02-10", datatype=rns.XSD.date), D1, "2월 10일 파리.", 0, "date")
    return ds


EV1 = {"sentence": SENT1, "document": "d1.txt", "start": 10, "end": 10 + len(SENT1), "method": "rule", "confidence": 0.8}
EV2 = {"sentence": SENT2, "document": "d2.txt", "start": 0, "end": len(SENT2), "method": "pattern", "confidence": 0.9}
EV3 = dict(EV1, method="title")
EV4 = {"sentence": "2월 10일 파리.", "document": "d1.txt", "start": 0, "end": 10, "method": "date", "confidence": 0.8}

NODES = {
    str(MACRON): {"iri": str(MACRON), "family": "Person", "cls": "Person", "label_ko": "에마뉘엘 마크롱",
                  "label_en": "Emmanuel Macron", "alt_labels": [["en", "Macron"], ["ko", "마크롱"]],
                  "positions": [{"iri": str(POS), "title_en": "President", "title_ko": "대통령", "in": str(FRANCE),
                                 "as_of": "2025-02-10", "evidence": [EV3], "evidence_count": 1,
                                 "documents": ["d1.txt"]}],
                  "values": [], "documents": ["d1.txt", "d2.txt"], "doc_count": 2, "fact_count": 2,
                  "start_date": None, "end_date": None, "participant_count": None, "signatory_count": None},
    str(PARIS_SUMMIT): {"iri": str(PARIS_SUMMIT), "family": "Summit", "cls": "Summit", "label_ko": "인공지능 행동 정상회의",
                        "label_en": "AI Action Summit", "alt_labels": [], "positions": [],
                        "values": [{"relation": "startDate", "value": "2025-02-10", "documents": ["d1.txt"],
                                    "evidence": [EV4], "evidence_count": 1}],
                        "documents": ["d1.txt", "d2.txt"], "doc_count": 2, "fact_count": 3, "start_date": "2025-02-10",
                        "end_date": None, "participant_count": None, "signatory_count": None},
    str(DECL): {"iri": str(DECL), "family": "Initiative", "cls": "Declaration", "label_ko": "파리 성명", "label_en": "",
                "alt_labels": [], "positions": [], "values": [], "documents": ["d1.txt"], "doc_count": 1,
                "fact_count": 1, "start_date": None, "end_date": None, "participant_count": None,
                "signatory_count": None},
}
EDGES = {
    (str(MACRON), str(PARIS_SUMMIT), "attended"): {"relation": "attended", "documents": ["d1.txt", "d2.txt"],
                                                   "evidence": [EV1, EV2], "evidence_count": 2},
    (str(PARIS_SUMMIT), str(DECL), "adopted"): {"relation": "adopted", "documents": ["d1.txt"], "evidence": [],
                                                "evidence_count": 0},
    (str(MACRON), str(FRANCE), f"holdsPosition:{POS}"): {"relation": "holdsPosition", "title_en": "President",
                                                         "title_ko": "대통령", "as_of": "2025-02-10",
                                                         "documents": ["d1.txt"], "evidence": [EV3],
                                                         "evidence_count": 1},
}


@pytest.mark.parametrize("node", sorted(NODES))
def test_network_attributes_node(ds, node):
    assert to_networkx(ds).nodes[node] == NODES[node]


@pytest.mark.parametrize("edge", sorted(EDGES))
def test_network_attributes_edge(ds, edge):
    g = to_networkx(ds)
    assert g.edges[edge] == EDGES[edge]


def test_network_attributes_only_entities(ds):
    g = to_networkx(ds)
    assert sorted(g.nodes) == sorted(map(str, (MACRON, FRANCE, PARIS_SUMMIT, SEOUL_SUMMIT, DECL)))
    assert g.number_of_edges() == 3
    assert g.graph["documents"] == {"d1.txt": "첫 문서", "d2.txt": "Second"}


@pytest.mark.parametrize("lang,label,tip", [
    ("en", "Emmanuel Macron", "Emmanuel Macron\n에마뉘엘 마크롱\nPerson · 2 facts · 2 documents"),
    ("ko", "에마뉘엘 마크롱", "에마뉘엘 마크롱\nEmmanuel Macron\nPerson · 2 facts · 2 documents"),
])
def test_network_attributes_vis_node(ds, lang, label, tip):
    node = str(MACRON)
    assert node_attributes(node, NODES[node], lang) == {
        "id": node, "label": label, "title": tip, "color": "#4e79a7", "shape": "dot", "size": 20.0,
        "font": {"size": 16}, "family": "Person", "cls": "Person", "label_ko": "에마뉘엘 마크롱",
        "label_en": "Emmanuel Macron", "alt": ["Macron", "마크롱"], "docs": ["d1.txt", "d2.txt"]}


def test_network_attributes_vis_node_falls_back_to_other_language():
    vis = node_attributes(str(DECL), NODES[str(DECL)], "en")
    assert (vis["label"], vis["title"], vis["color"], vis["shape"], vis["size"]) == (
        "파리 성명", "파리 성명\nDeclaration · 1 facts · 1 documents", "#b07aa1", "diamond", 17.1)


@pytest.mark.parametrize("cls", sorted(FAMILY))
def test_network_attributes_style_per_family(cls):
    data = dict(NODES[str(DECL)], cls=cls, family=FAMILY[cls])
    vis = node_attributes("x", data)
    assert (vis["color"], vis["shape"], vis["cls"], vis["family"]) == (*STYLE[FAMILY[cls]], cls, FAMILY[cls])


@pytest.mark.parametrize("facts,docs,size", [(0, 0, 10.0), (0, 1, 15.0), (2, 2, 20.0), (14, 2, 30.0), (500, 9, 60.0)])
def test_network_attributes_size_grows_with_facts_and_documents(facts, docs, size):
    assert node_attributes("x", dict(NODES[str(DECL)], fact_count=facts, doc_count=docs))["size"] == size


@pytest.mark.parametrize("lang,label", [("en", "attended"), ("ko", "참석")])
def test_network_attributes_vis_edge(lang, label):
    key = (str(MACRON), str(PARIS_SUMMIT), "attended")
    assert edge_attributes(*key, EDGES[key], lang) == {
        "id": f"{MACRON}|attended|{PARIS_SUMMIT}", "from": str(MACRON), "to": str(PARIS_SUMMIT), "label": label,
        "relation": "attended", "arrows": "to", "title": "attended · 2 evidence sentences · 2 documents",
        "docs": ["d1.txt", "d2.txt"]}


def test_network_attributes_summits_in_time_order(ds):
    g = to_networkx(ds)
    assert timeline(g) == [(str(SEOUL_SUMMIT), "2024-05"), (str(PARIS_SUMMIT), "2025-02-10")]
    pos = layout(g)
    assert set(pos) == set(g.nodes)
    assert pos[str(SEOUL_SUMMIT)][0] < pos[str(PARIS_SUMMIT)][0]
    assert pos[str(SEOUL_SUMMIT)][1] == pos[str(PARIS_SUMMIT)][1]
    assert layout(g) == pos  # seeded: the same graph gives the same picture


def test_network_keeps_a_bounded_sample_of_evidence_and_counts_all(ds):
    g = to_networkx(ds, max_evidence=1)
    edge = g.edges[(str(MACRON), str(PARIS_SUMMIT), "attended")]
    assert edge["evidence"] == [EV1] and edge["evidence_count"] == 2
    assert edge["documents"] == ["d1.txt", "d2.txt"]      # documents still come from every graph


def test_network_of_chosen_entities_keeps_only_them_and_the_facts_among_them(ds):
    g = to_networkx(ds, only={MACRON, PARIS_SUMMIT})
    assert sorted(g.nodes) == sorted([str(MACRON), str(PARIS_SUMMIT)])
    assert list(g.edges(keys=True)) == [(str(MACRON), str(PARIS_SUMMIT), "attended")]
    assert g.nodes[str(MACRON)]["positions"][0]["in"] == str(FRANCE)    # the post is kept, its edge is not
