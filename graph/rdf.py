"""Resolved entities and facts as RDF triples: an entities graph, and one named graph per document.

Evidence for a fact is an ``aig:Evidence`` node (a reified ``rdf:Statement`` with
the sentence, its offsets, the method and a confidence) in the named graph of the
document it comes from, so dropping a document's graph drops exactly its evidence.
Evidence IRIs are a hash of what they say, never of run state, so the same input
gives the same IRIs.
"""
from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from typing import Iterator
from decimal import Decimal

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from extract.authority import load_authority
from extract.documents import Document
from extract.romanize import slugify
from ontology import AIG, ID_BASE, ONTOLOGY_IRI

from .resolve import Evidence, Fact, Resolution

ID = Namespace(ID_BASE)
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {"aig": Namespace(ONTOLOGY_IRI + "#"), "id": ID, "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA,
            "owl": OWL, "xsd": XSD, "rdfs": RDFS, "wd": WD, "rdf": RDF}
ENTITY_GRAPH = URIRef(ID_BASE + "graph/entities")

_OBJECT_RELATIONS = {"attended", "chaired", "hostCountry", "heldIn", "adopted", "signed", "launched", "follows",
                     "references"}


@functools.cache
def doc_iri(doc_id: str) -> URIRef:
    return ID[f"document/{doc_id}"]


@functools.cache
def entity_iri(path: str) -> URIRef:
    """One IRI object per entity, shared by every triple that names it (memory, and hashing once)."""
    return ID[path]


@functools.lru_cache(maxsize=1 << 12)
def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYearMonth)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def position_iri(person: str, extra: dict, org: str | None) -> URIRef:
    parts = [person.split("/", 1)[1], slugify(extra.get("title_en", "") or extra.get("title_ko", "")) or "post"]
    if org:
        parts.append(org.split("/", 1)[1])
    parts.append(extra.get("asOf") or "undated")
    return ID["position/" + "--".join(parts)]


Triple = tuple  # (subject, predicate, object) of rdflib terms


def term_key(t) -> tuple:
    """A total order on rdflib terms made of plain strings: cheap and stable (rdflib's own
    compares in Python, and literals by value, which is slow and can fail across datatypes)."""
    if isinstance(t, Literal):
        return (1, str(t), t.language or "", str(t.datatype or ""))
    return (0, str(t), "", "")


def _sorted(triples) -> list[Triple]:
    """Unique triples in canonical order; keyed on plain strings, which hash and compare in C."""
    keyed = {(str(s), str(p), term_key(o)): (s, p, o) for s, p, o in triples}
    return [keyed[k] for k in sorted(keyed)]


@functools.lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


@functools.lru_cache(maxsize=1 << 12)
def _plain(value: str) -> Literal:
    return Literal(value)


@functools.lru_cache(maxsize=1 << 10)
def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


_MENTIONED_IN = AIG.mentionedIn
_RELATION_IRIS = {r: AIG[r] for r in _OBJECT_RELATIONS | {"startDate", "endDate", "participantCount", "signatoryCount"}}
_STATED = _OBJECT_RELATIONS | {"holdsPosition", "startDate", "endDate", "participantCount", "signatoryCount"}


def _counts(res: Resolution) -> tuple[Counter, Counter, Counter]:
    """Evidence statements per entity (as subject or object) and per document, and entities per
    document: what the ranking queries would otherwise aggregate over every document graph.

    One evidence node per (fact, document, offset, method), as ``evidence_triples`` names them.
    """
    by_entity, by_doc, entities = Counter(), Counter(), Counter()
    for f in res.facts:
        if f.predicate not in _STATED:
            continue
        nodes = {(ev.doc_id, ev.start, ev.method) for ev in f.evidence}
        by_entity[f.subject] += len(nodes)
        if f.predicate in _OBJECT_RELATIONS and f.object != f.subject:
            by_entity[f.object] += len(nodes)
        by_doc.update(doc_id for doc_id, _, _ in nodes)
    for e in res.entities.values():
        entities.update(e.docs)
    return by_entity, by_doc, entities


def entity_triples(res: Resolution, documents: list[Document]) -> list[Triple]:
    """The entities graph: what each entity and each source document is, with their counts."""
    ent = []
    auth = load_authority()
    facts, doc_facts, doc_entities = _counts(res)
    for path in sorted(res.entities):
        e = res.entities[path]
        s = entity_iri(path)
        ent += [(s, RDF.type, AIG[e.cls]), (s, AIG.documentCount, _integer(len(e.docs))),
                (s, AIG.factCount, _integer(facts[path]))]
        for lang, label in sorted(e.labels.items()):
            ent.append((s, RDFS.label, Literal(label, lang=lang)))
        for text, lang in sorted(e.alt_labels):
            ent.append((s, SKOS.altLabel, Literal(text, lang=lang)))
        entry = auth.get(e.authority_id) if e.authority_id else None
        if entry is not None:
            if entry.iso:
                ent.append((s, AIG.isoCode, Literal(entry.iso)))
            if entry.wikidata:
                ent.append((s, SCHEMA.sameAs, WD[entry.wikidata]))
    for d in documents:
        s = doc_iri(d.doc_id)
        ent += [(s, RDF.type, AIG.SourceDocument), (s, AIG.fileName, Literal(d.file_name)),
                (s, AIG.contentHash, Literal(d.sha256)), (s, AIG.factCount, _integer(doc_facts[d.doc_id])),
                (s, AIG.entityCount, _integer(doc_entities[d.doc_id]))]
        if d.meta.title:
            ent.append((s, DCTERMS.title, Literal(d.meta.title)))
        if d.meta.publisher:
            ent.append((s, DCTERMS.publisher, Literal(d.meta.publisher)))
        if d.meta.date:
            ent.append((s, DCTERMS.date, _date(d.meta.date)))
        for lang in d.meta.languages:
            ent.append((s, DCTERMS.language, Literal(lang)))
        if d.meta.source:
            ent.append((s, AIG.sourceName, Literal(d.meta.source)))
        if d.meta.url:
            ent.append((s, SCHEMA.url, Literal(d.meta.url)))
    return _sorted(ent)


# Namespace attribute access runs Python code on every call; a document graph makes a million of them.
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_HOLDS_POSITION, _POSITION, _TITLE, _POSITION_IN, _AS_OF = (
    AIG.holdsPosition, AIG.Position, AIG.title, AIG.positionIn, AIG.asOf)


def fact_triples(f: Fact) -> list[Triple]:
    """The triples that state a fact; the first is the one its evidence is about."""
    s = entity_iri(f.subject)
    if f.predicate == "holdsPosition":
        extra = dict(f.extra)
        pos = position_iri(f.subject, extra, f.object)
        triples = [(s, _HOLDS_POSITION, pos), (pos, _TYPE, _POSITION)]
        if extra.get("title_en"):
            triples.append((pos, _TITLE, Literal(extra["title_en"], lang="en")))
        if extra.get("title_ko"):
            triples.append((pos, _TITLE, Literal(extra["title_ko"], lang="ko")))
        if f.object:
            triples.append((pos, _POSITION_IN, entity_iri(f.object)))
        if extra.get("asOf"):
            triples.append((pos, _AS_OF, _date(extra["asOf"])))
        return triples
    if f.predicate in _OBJECT_RELATIONS:
        return [(s, _RELATION_IRIS[f.predicate], entity_iri(f.object))]
    if f.predicate in ("startDate", "endDate"):
        return [(s, _RELATION_IRIS[f.predicate], _date(f.value))]
    if f.predicate in ("participantCount", "signatoryCount"):
        return [(s, _RELATION_IRIS[f.predicate], _integer(int(f.value)))]
    return []


_EVIDENCE, _IN_DOCUMENT, _SENTENCE, _START, _END, _METHOD, _CONFIDENCE, _UNIT = (
    AIG.Evidence, AIG.inDocument, AIG.sentence, AIG.startOffset, AIG.endOffset, AIG.method, AIG.confidence,
    AIG.participantCountUnit)


def evidence_triples(main: Triple, ev: Evidence, unit: str = "", sentences: dict | None = None) -> list[Triple]:
    """An ``aig:Evidence`` node for one sentence that states ``main``; ``sentences`` shares one
    literal among the facts a sentence states."""
    node = ID[f"evidence/{ev.doc_id}/{_digest(main[0], main[1], str(main[2]), str(ev.start), ev.method)}"]
    sentence = sentences.get(ev.sentence) if sentences is not None else None
    if sentence is None:
        sentence = Literal(ev.sentence)
        if sentences is not None:
            sentences[ev.sentence] = sentence
    out = [(node, _TYPE, _EVIDENCE), (node, _SUBJECT, main[0]), (node, _PREDICATE, main[1]),
           (node, _OBJECT, main[2]), (node, _IN_DOCUMENT, doc_iri(ev.doc_id)), (node, _SENTENCE, sentence),
           (node, _START, _integer(ev.start)), (node, _END, _integer(ev.end)),
           (node, _METHOD, _plain(ev.method)), (node, _CONFIDENCE, _decimal(ev.confidence))]
    if unit:
        out.append((node, _UNIT, Literal(unit)))
    return out


def document_graphs(res: Resolution, documents: list[Document], ordered: bool = True) \
        -> Iterator[tuple[URIRef, list[Triple]]]:
    """Each document's named graph (what it mentions, the facts it states, their evidence),
    one at a time in IRI order, so a large corpus never holds all its evidence as triples.
    ``ordered=False`` leaves sorting and de-duplication to the caller (the TriG writer sorts
    on the text it writes anyway)."""
    by_doc: dict[str, list] = defaultdict(list)
    for f in res.facts:
        for ev in f.evidence:
            by_doc[ev.doc_id].append((f, ev))
    mentioned: dict[str, list[str]] = defaultdict(list)
    for path, e in res.entities.items():
        for doc_id in e.docs:
            mentioned[doc_id].append(path)
    for doc_id in sorted({d.doc_id for d in documents} | set(by_doc) | set(mentioned), key=lambda i: doc_iri(i)):
        d = doc_iri(doc_id)
        triples = [(entity_iri(path), _MENTIONED_IN, d) for path in mentioned.get(doc_id, ())]
        sentences: dict[str, Literal] = {}
        for f, ev in by_doc.get(doc_id, ()):
            stated = fact_triples(f)
            if stated:
                triples += stated
                triples += evidence_triples(stated[0], ev, dict(f.extra).get("unit", ""), sentences)
        if triples:
            yield d, _sorted(triples) if ordered else triples


def merged_triples(res: Resolution, documents: list[Document], ordered: bool = True) -> list[Triple]:
    """All facts and descriptions in one graph, without the evidence nodes: graph.ttl.
    ``ordered=False``: unsorted, with repeats (the Turtle writer sorts on its own text)."""
    triples = entity_triples(res, documents)
    for f in res.facts:
        if f.evidence:
            triples += fact_triples(f)
    for path, e in res.entities.items():
        s = entity_iri(path)
        triples += [(s, _MENTIONED_IN, doc_iri(doc_id)) for doc_id in e.docs]
    return _sorted(triples) if ordered else triples


def build_graphs(res: Resolution, documents: list[Document]) -> dict[URIRef, list[Triple]]:
    """Every named graph at once, in IRI order (for tests and small graphs)."""
    graphs = dict(document_graphs(res, documents))
    graphs[ENTITY_GRAPH] = entity_triples(res, documents)
    return dict(sorted(graphs.items()))


def graphs_of(ds: Dataset) -> dict[URIRef, list[Triple]]:
    """A parsed rdflib Dataset (e.g. a graph.trig read back) in the same shape as ``build_graphs``."""
    out = {}
    for ctx in ds.graphs():
        triples = set(ctx.triples((None, None, None)))
        if triples:
            out[ctx.identifier] = _sorted(triples)
    return dict(sorted(out.items()))
