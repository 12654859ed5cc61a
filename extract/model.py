"""The values that flow between stages: mentions found in sentences, and relations between them.

They are frozen so that a stage cannot change what an earlier stage produced, and
ordered so that every later stage sees them in one deterministic order.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True, slots=True)
class Mention:
    doc_id: str
    sent: int                 # index of the sentence in its document
    start: int                # character offsets in the document text
    end: int
    text: str                 # the surface form, particles stripped
    cls: str                  # ontology class local name (Person, Summit, Declaration, …)
    authority_ids: tuple[str, ...] = ()   # authority entries this name matches (several = ambiguous)
    method: str = ""
    confidence: float = 1.0
    lang: str = "ko"
    # a reference rather than a name: "surname" (윤 대통령), "title" (인도 총리),
    # "this" (이번 정상회의, the Summit) — resolved against the document's names
    reference: str = ""
    title_en: str = ""        # for person mentions with a title next to them
    title_ko: str = ""
    org_span: tuple[int, int] = ()   # document offsets of the country/organisation next to the title


@dataclass(frozen=True, order=True, slots=True)
class Relation:
    relation: str             # ontology property local name
    subject: Mention
    object: Mention | None    # None for literal-valued relations
    value: str = ""           # literal value (a date, a count) when object is None
    sent: int = 0
    method: str = ""
    confidence: float = 0.8
    extra: tuple[tuple[str, str], ...] = field(default=())   # ("title_en", …), ("unit", "countries")


@dataclass(frozen=True)
class Extraction:
    """Everything found in one document."""
    doc_id: str
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    sentences: tuple = ()     # the Sentence values, for evidence text and offsets
