"""Resolved entities and facts as RDF: one merged graph, and one named graph per document.

Evidence for a fact is an ``aig:Evidence`` node (a reified ``rdf:Statement`` with
the sentence, its offsets, the method and a confidence) in the named graph of the
document it comes from, so dropping a document's graph drops exactly its evidence.
Evidence IRIs are a hash of what they say, never of run state, so the same input
gives the same IRIs.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from extract.authority import load_authority
from extract.documents import Document
from extract.romanize import slugify
from ontology import AIG, ID_BASE, ONTOLOGY_IRI

from .resolve import Resolution

ID = Namespace(ID_BASE)
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {"aig": Namespace(ONTOLOGY_IRI + "#"), "id": ID, "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA,
            "owl": OWL, "xsd": XSD, "rdfs": RDFS, "wd": WD, "rdf": RDF}
ENTITY_GRAPH = URIRef(ID_BASE + "graph/entities")

_OBJECT_RELATIONS = {"attended", "chaired", "hostCountry", "heldIn", "adopted", "signed", "launched", "follows",
                     "references"}


def doc_iri(doc_id: str) -> URIRef:
    return ID[f"document/{doc_id}"]


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYearMonth)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _bind(g) -> None:
    for p, ns in PREFIXES.items():
        g.bind(p, ns)


def position_iri(person: str, extra: dict, org: str | None) -> URIRef:
    parts = [person.split("/", 1)[1], slugify(extra.get("title_en", "") or extra.get("title_ko", "")) or "post"]
    if org:
        parts.append(org.split("/", 1)[1])
    parts.append(extra.get("asOf") or "undated")
    return ID["position/" + "--".join(parts)]


def build_dataset(res: Resolution, documents: list[Document]) -> Dataset:
    """The whole graph: entity descriptions in one graph, each document's facts in its own."""
    ds = Dataset()
    _bind(ds)
    ent = ds.graph(ENTITY_GRAPH)
    auth = load_authority()
    for path in sorted(res.entities):
        e = res.entities[path]
        s = ID[path]
        ent.add((s, RDF.type, AIG[e.cls]))
        for lang, label in sorted(e.labels.items()):
            ent.add((s, RDFS.label, Literal(label, lang=lang)))
        for text, lang in sorted(e.alt_labels):
            ent.add((s, SKOS.altLabel, Literal(text, lang=lang)))
        entry = auth.get(e.authority_id) if e.authority_id else None
        if entry is not None:
            if entry.iso:
                ent.add((s, AIG.isoCode, Literal(entry.iso)))
            if entry.wikidata:
                ent.add((s, SCHEMA.sameAs, WD[entry.wikidata]))
    for d in documents:
        g = ds.graph(doc_iri(d.doc_id))
        s = doc_iri(d.doc_id)
        ent.add((s, RDF.type, AIG.SourceDocument))
        ent.add((s, AIG.fileName, Literal(d.file_name)))
        ent.add((s, AIG.contentHash, Literal(d.sha256)))
        if d.meta.title:
            ent.add((s, DCTERMS.title, Literal(d.meta.title)))
        if d.meta.publisher:
            ent.add((s, DCTERMS.publisher, Literal(d.meta.publisher)))
        if d.meta.date:
            ent.add((s, DCTERMS.date, _date(d.meta.date)))
        for lang in d.meta.languages:
            ent.add((s, DCTERMS.language, Literal(lang)))
        if d.meta.source:
            ent.add((s, AIG.sourceName, Literal(d.meta.source)))
        if d.meta.url:
            ent.add((s, SCHEMA.url, Literal(d.meta.url)))
        del g
    for path in sorted(res.entities):
        for doc_id in sorted(res.entities[path].docs):
            ds.graph(doc_iri(doc_id)).add((ID[path], AIG.mentionedIn, doc_iri(doc_id)))
    for f in res.facts:
        s = ID[f.subject]
        extra = dict(f.extra)
        if f.predicate == "holdsPosition":
            pos = position_iri(f.subject, extra, f.object)
            triples = [(s, AIG.holdsPosition, pos), (pos, RDF.type, AIG.Position)]
            if extra.get("title_en"):
                triples.append((pos, AIG.title, Literal(extra["title_en"], lang="en")))
            if extra.get("title_ko"):
                triples.append((pos, AIG.title, Literal(extra["title_ko"], lang="ko")))
            if f.object:
                triples.append((pos, AIG.positionIn, ID[f.object]))
            if extra.get("asOf"):
                triples.append((pos, AIG.asOf, _date(extra["asOf"])))
            main = triples[0]
        elif f.predicate in _OBJECT_RELATIONS:
            main = (s, AIG[f.predicate], ID[f.object])
            triples = [main]
        elif f.predicate in ("startDate", "endDate"):
            main = (s, AIG[f.predicate], _date(f.value))
            triples = [main]
        elif f.predicate in ("participantCount", "signatoryCount"):
            main = (s, AIG[f.predicate], Literal(int(f.value), datatype=XSD.integer))
            triples = [main]
        else:
            continue
        for ev in f.evidence:
            g = ds.graph(doc_iri(ev.doc_id))
            for t in triples:
                g.add(t)
            node = ID[f"evidence/{ev.doc_id}/{_digest(str(main[0]), str(main[1]), str(main[2]), str(ev.start), ev.method)}"]
            g.add((node, RDF.type, AIG.Evidence))
            g.add((node, RDF.subject, main[0]))
            g.add((node, RDF.predicate, main[1]))
            g.add((node, RDF.object, main[2]))
            g.add((node, AIG.inDocument, doc_iri(ev.doc_id)))
            g.add((node, AIG.sentence, Literal(ev.sentence)))
            g.add((node, AIG.startOffset, Literal(ev.start, datatype=XSD.integer)))
            g.add((node, AIG.endOffset, Literal(ev.end, datatype=XSD.integer)))
            g.add((node, AIG.method, Literal(ev.method)))
            g.add((node, AIG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
            if extra.get("unit"):
                g.add((node, AIG.participantCountUnit, Literal(extra["unit"])))
    return ds


def merged_graph(ds: Dataset, with_evidence: bool = False) -> Graph:
    """All facts and descriptions in one graph (evidence nodes only when asked)."""
    g = Graph()
    _bind(g)
    for ctx in ds.graphs():
        for t in ctx:
            if not with_evidence and (t[0], RDF.type, AIG.Evidence) in ctx:
                continue
            g.add(t)
    return g
