"""The ontology is one contract: code, Turtle and built graphs use the same declared terms."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import ontology
from ontology import AIG, FAMILY

NS = str(AIG)


def _declared() -> set[str]:
    g = Graph().parse(ontology.ontology_file("aigov.ttl"))
    return {str(s)[len(NS):] for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
            for s in g.subjects(RDF.type, t) if str(s).startswith(NS)}


def test_namespace_class_and_turtle_declare_the_same_terms():
    in_code = {n for n in AIG.__annotations__}
    assert in_code == _declared()


def test_contract_names_are_declared():
    contract = {"Person", "Country", "Organisation", "Summit", "Initiative", "Place", "Position", "SourceDocument",
                "attended", "chaired", "hostCountry", "heldIn", "startDate", "endDate", "adopted", "signed",
                "launched", "follows", "references", "holdsPosition", "title", "positionIn", "asOf",
                "participantCount", "mentionedIn"}
    assert contract <= _declared()


def test_every_term_has_english_and_korean_label_and_definition():
    g = Graph().parse(ontology.ontology_file("aigov.ttl"))
    for name in _declared():
        term = URIRef(NS + name)
        for prop in (RDFS.label, SKOS.definition):
            langs = {l.language for l in g.objects(term, prop)}
            assert {"en", "ko"} <= langs, (name, prop)


def test_family_table_covers_every_entity_class():
    g = Graph().parse(ontology.ontology_file("aigov.ttl"))
    classes = {str(s)[len(NS):] for s in g.subjects(RDF.type, OWL.Class)}
    assert set(FAMILY) == classes - {"Agent", "Position", "SourceDocument", "Evidence"}


def test_every_aig_term_in_a_built_graph_is_declared(built_default: Path):
    from rdflib import Dataset
    ds = Dataset(default_union=True)
    ds.parse(built_default / "graph.trig", format="trig")
    used = set()
    for s, p, o in ds.triples((None, None, None)):
        for t in (p, o if p == RDF.type else None):
            if t is not None and str(t).startswith(NS):
                used.add(str(t)[len(NS):])
    assert used and used <= _declared(), used - _declared()
