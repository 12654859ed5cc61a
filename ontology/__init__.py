"""The aigov-kg ontology: its files as package data and its terms as one namespace.

Every module imports terms from here (``from ontology import AIG``) so that a
misspelt term fails at import time instead of silently minting a new IRI; a test
checks that this class and ``aigov.ttl`` declare the same terms.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/aigov-kg/ontology"
ID_BASE = "https://w3id.org/aigov-kg/id/"


def ontology_file(name: str) -> Path:
    """Path of a packaged ontology file (``aigov.ttl``, ``shapes.ttl``)."""
    return Path(str(files("ontology") / name))


class AIG(DefinedNamespace):
    """Terms of https://w3id.org/aigov-kg/ontology# (see aigov.ttl for definitions)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Agent: URIRef
    Person: URIRef
    Country: URIRef
    Organisation: URIRef
    InternationalOrganisation: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    ResearchOrganisation: URIRef
    NonProfitOrganisation: URIRef
    Summit: URIRef
    Initiative: URIRef
    Declaration: URIRef
    Statement: URIRef
    Law: URIRef
    Strategy: URIRef
    Process: URIRef
    Platform: URIRef
    Observatory: URIRef
    Panel: URIRef
    Commitment: URIRef
    Resolution: URIRef
    Agreement: URIRef
    Recommendation: URIRef
    Network: URIRef
    Report: URIRef
    Dialogue: URIRef
    Place: URIRef
    City: URIRef
    Venue: URIRef
    Position: URIRef
    SourceDocument: URIRef
    Evidence: URIRef
    # object properties
    attended: URIRef
    chaired: URIRef
    hostCountry: URIRef
    heldIn: URIRef
    adopted: URIRef
    signed: URIRef
    launched: URIRef
    follows: URIRef
    references: URIRef
    holdsPosition: URIRef
    positionIn: URIRef
    mentionedIn: URIRef
    inDocument: URIRef
    # data properties
    startDate: URIRef
    endDate: URIRef
    participantCount: URIRef
    participantCountUnit: URIRef
    signatoryCount: URIRef
    title: URIRef
    asOf: URIRef
    isoCode: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    method: URIRef
    confidence: URIRef
    fileName: URIRef
    contentHash: URIRef
    sourceName: URIRef
    documentCount: URIRef
    factCount: URIRef
    entityCount: URIRef


# Top-level classes every entity belongs to, by ontology subclass; used to put an
# entity of a subclass (a Company) in its family (Organisation) for summaries,
# IRIs, the viewer and evaluation.
FAMILY = {
    "Person": "Person",
    "Country": "Country",
    "Organisation": "Organisation",
    "InternationalOrganisation": "Organisation",
    "GovernmentBody": "Organisation",
    "Company": "Organisation",
    "ResearchOrganisation": "Organisation",
    "NonProfitOrganisation": "Organisation",
    "Summit": "Summit",
    "Initiative": "Initiative",
    "Declaration": "Initiative",
    "Statement": "Initiative",
    "Law": "Initiative",
    "Strategy": "Initiative",
    "Process": "Initiative",
    "Platform": "Initiative",
    "Observatory": "Initiative",
    "Panel": "Initiative",
    "Commitment": "Initiative",
    "Resolution": "Initiative",
    "Agreement": "Initiative",
    "Recommendation": "Initiative",
    "Network": "Initiative",
    "Report": "Initiative",
    "Dialogue": "Initiative",
    "Place": "Place",
    "City": "Place",
    "Venue": "Place",
}

ENTITY_FAMILIES = ("Person", "Country", "Organisation", "Summit", "Initiative", "Place")

# The relations extraction produces, in a fixed order (summaries, evaluation).
RELATIONS = (
    "attended", "chaired", "hostCountry", "heldIn", "startDate", "endDate",
    "adopted", "signed", "signatoryCount", "launched", "follows", "references",
    "holdsPosition", "participantCount",
)
