"""graph.trig and graph.ttl are written as text by ``graph.turtle``: whatever a document
says, the files must parse back to exactly the statements that were written."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD

from graph.rdf import ID, PREFIXES
from graph.turtle import TurtleText

TEXT = TurtleText({p: str(ns) for p, ns in PREFIXES.items()})

HOSTILE = [
    'He said "AI" \\ then left.',
    "line one\nline two\r\nthree\ttabbed",
    '"""triple quoted""" and \'single\'',
    "끝에 역슬래시\\",
    "{ } < > ^ ` | @ ; . , # %",
]
ODD_IRIS = [
    ID["document/ends-with-dot."],          # a prefixed name may not end in '.'
    ID["person/kim%20jong"],                # '%' outside a valid escape
    ID["place/a.b"],
    ID[""],
    URIRef("https://example.org/path?q=1&r=2#frag"),
    URIRef("http://example.org/space here"),   # not a valid IRI: percent-encoded when written
]


def _statements():
    s = ID["person/kim-min-su"]
    triples = [(s, RDFS.label, Literal(text, lang="ko")) for text in HOSTILE]
    triples += [(iri, RDFS.comment, Literal(text)) for iri in ODD_IRIS for text in HOSTILE[:1]]
    triples += [(s, ID["n"], Literal(5, datatype=XSD.integer)), (s, ID["d"], Literal("2025-02-10", datatype=XSD.date)),
                (s, ID["s"], Literal("plain", datatype=XSD.string))]
    return triples


def _expected(triples):
    """What a reader gets back: RDF 1.1 makes "x"^^xsd:string and "x" one literal, written plain."""
    g = Graph()
    for s, p, o in triples:
        if " " in str(s):
            s = URIRef(str(s).replace(" ", "%20"))
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        g.add((s, p, o))
    return g


def test_turtle_with_hostile_literals_and_odd_iris_parses_back_to_the_same_graph():
    triples = _statements()
    data = TEXT.turtle(triples).decode("utf-8")
    back = Graph().parse(data=data, format="turtle")
    assert isomorphic(back, _expected(triples))
    assert len(list(ox.parse(data.encode(), format=ox.RdfFormat.TURTLE))) == len(triples)


def test_trig_block_parses_back_into_its_named_graph():
    triples = _statements()
    g = ID["document/hostile"]
    block, ordered = TEXT.trig_block(g, triples + triples[:3])       # duplicates are written once
    assert len(ordered) == len(triples)
    ds = Dataset().parse(data=TEXT.header + block.decode("utf-8"), format="trig")
    assert isomorphic(ds.graph(g), _expected(triples))
    quads = list(ox.parse(TEXT.header.encode() + block, format=ox.RdfFormat.TRIG))
    assert {q.graph_name.value for q in quads} == {str(g)}


def test_same_statements_in_any_order_give_the_same_bytes():
    triples = _statements()
    assert TEXT.turtle(triples) == TurtleText(dict(TEXT.prefixes)).turtle(list(reversed(triples)))


def test_entity_iris_are_written_as_prefixed_names():
    block, _ = TEXT.trig_block(ID["document/a"], [(ID["person/kim-min-su"], RDFS.label, Literal("김민수", lang="ko"))])
    assert b"id:person\\/kim-min-su rdfs:label \"\xea\xb9\x80\xeb\xaf\xbc\xec\x88\x98\"@ko ." in block
