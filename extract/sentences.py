"""Split a document into sentences with character offsets and a language each.

Lines come first (press releases put headings, bullets and datelines on lines of
their own), then sentence ends inside a line.  A sentence's language is Korean when
a fair share of its letters is Hangul, since Korean sentences often carry English
names in brackets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import Document

MAX_SENTENCE = 2000   # longer runs are cut so one pathological line cannot dominate the cost


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    lang: str   # "ko" or "en"


# A sentence ends at . ! ? (or Korean 다./요.) followed by space and not inside an
# initial like "J. D." or a number like "1,000.5"; a Korean 다./요. ends one even when the
# next starts with no space (scraped text: "…발표했다.김철수 주석은"), as does an English word's full stop
# before a capitalised word ("…in New York.Representatives from …").
_END = re.compile(r"(?<=[.!?。])[\"'”’)\]]*(?:\s+|(?<=[다요]\.)(?=[\uac00-\ud7a3])|"
                  r"(?<=[a-z]{2}[.!?])(?=[“‘]?[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z]))"
                  r"(?=[\"'“‘(\[]?[A-Z0-9\uac00-\ud7a3·•①-⑳])")
_INITIAL = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Ms|Mrs|Dr|dr|Prof|prof|St|No|U\.S|U\.K|e\.g|i\.e|vs|Jr|Sr|Gen|Gov|Sen|Sens|Rep|Reps|Hon|Rt|Eng|Rev|Fr|Amb|Lt|Col|Capt|Cllr|YBhg|YBrs|YABhg))\.$")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s*(?=\S)")
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\.$")


def language(text: str) -> str:
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul and hangul * 3 >= latin * 0.5 else "en"


def _pieces(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    indent = len(line) - len(line.lstrip())
    for m in _END.finditer(line):
        # Only the last few characters decide (an initial, "No.", a bare "3."), so look at
        # those alone: re-reading the whole head would be quadratic on "A. B. C. …" lines.
        # (A head starts after the whitespace the previous end consumed, or at the indent.)
        head_start = max(start, indent)
        if _INITIAL.search(line, max(head_start, m.start() - 8), m.start()) or (
                m.start() - head_start <= 3 and _BARE_NUMBER.match(line[head_start:m.start()])):
            continue
        # (the quotes and brackets a sentence closes are its own: “… A Roadmap for Trust.”)
        closed = len(m.group(0)) - len(m.group(0).lstrip("\"'”’)]"))
        spans.append((start, m.start() + closed))
        start = m.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = line.rfind(" ", s, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def split_sentences(doc: Document) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line in doc.text.split("\n"):
        for s, e in _pieces(line):
            raw = line[s:e]
            lead = len(raw) - len(raw.lstrip())
            m = _NUMBERED.match(raw[lead:])     # "1.Participants ..." numbered paragraphs
            if m:
                lead += m.end()
            body = raw[lead:].rstrip()
            if body.strip() and re.search(r"\w", body):
                a = offset + s + lead
                sentences.append(Sentence(doc.doc_id, len(sentences), a, a + len(body), body, language(body)))
        offset += len(line) + 1
    return sentences
