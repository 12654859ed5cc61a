"""Synthetic corpora for the benchmark: the sample's real sentences recombined, with names swapped.

The two sample documents alone measure start-up, and the same text copied N times
builds a graph that never grows.  Here every document is made of runs of real
sentences of the default corpus, so Kiwi and the rules see the genre they were
written for, and the names in it (people, countries, organisations, companies,
summits) are swapped for others of the same class: authority names from
``load_authority()`` (the Korean label where the sample wrote Hangul, the English one
where it wrote Latin letters) and new person names recombined from the parts of the
names an extraction run finds in the sample, so no name list is written here.
Replacements are drawn with Zipf-like frequencies: a few names recur across documents
and the number of distinct people keeps growing with N, as it does in real news.

Document i depends only on (seed, i), so the first 100 documents of a 1,000-document
corpus are the 100-document corpus, and document N is one the N-document graph lacks.
"""
from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from pathlib import Path

SWAP_CLASSES = frozenset({"Country", "InternationalOrganisation", "GovernmentBody", "ResearchOrganisation",
                          "NonProfitOrganisation", "Company", "Summit"})
PERSON_METHODS = frozenset({"ko-name-title", "en-title-name"})
FILE_PREFIX = "bench-"
PERSON_ALPHA = 0.5      # Pareto shape and scale of person ranks: the most frequent name gets about 5% of
PERSON_SCALE = 10       # the draws, and distinct people keep growing with the corpus (about as draws ** 0.67)
TEMPLATE_SHARE = 0.7    # share of sentence runs taken from the document the new one imitates

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# particle after a name: (form after a final consonant, form after a vowel)
_PARTICLES = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"),
              "을": ("을", "를"), "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와")}


@dataclass(frozen=True)
class Slot:
    """A name in a sample sentence that a generated document replaces."""
    start: int          # offsets in the sentence text
    end: int
    kind: str           # "person", "surname" (a part of a person's name standing alone) or "entity"
    key: str            # the person's full name in the sample, or the authority id


@dataclass(frozen=True)
class Piece:
    """One sample sentence with its names marked."""
    text: str
    slots: tuple[Slot, ...]
    line_end: bool      # the sentence ended its line in the sample


@dataclass(frozen=True)
class Sample:
    docs: tuple[tuple[Piece, ...], ...]
    lengths: tuple[int, ...]      # characters of each sample document
    breaks: tuple[str, ...]       # each sample document's paragraph break ("\n" or "\n\n")
    people: tuple[str, ...]       # person names the extraction found, sorted


def _is_acronym(form: str) -> bool:
    return form.isascii() and any(c.isalpha() for c in form) and not any(c.islower() for c in form)


def _batchim(ch: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant; None for other characters."""
    code = ord(ch) - 0xAC00
    return code % 28 != 0 if 0 <= code < 11172 else None


def _slots(sent, mentions, people: set[str]) -> list[Slot]:
    """Non-overlapping swappable names of one sentence, longest first where they overlap."""
    cands = []
    for m in mentions:
        s, e = m.start - sent.start, m.end - sent.start
        if not 0 <= s < e <= len(sent.text):
            continue
        if m.cls == "Person" and m.method in PERSON_METHODS:
            if not m.reference:
                cands.append(Slot(s, e, "person", m.text))
            elif m.reference == "surname":
                full = sorted(p for p in people if p.startswith(m.text) and p != m.text)
                if full:
                    cands.append(Slot(s, e, "surname", full[0]))
        elif m.method == "authority" and m.cls in SWAP_CLASSES and len(m.authority_ids) == 1:
            cands.append(Slot(s, e, "entity", m.authority_ids[0]))
    # family names of foreign people standing alone (영국 수낵 총리): found by searching the text
    for p in sorted(people):
        parts = p.split()
        if len(parts) < 2 or len(parts[-1]) < 2 or not _HANGUL.search(parts[-1]):
            continue
        for m in re.finditer(re.escape(parts[-1]), sent.text):
            if m.start() == 0 or not _HANGUL.match(sent.text[m.start() - 1]):
                cands.append(Slot(m.start(), m.end(), "surname", p))
    chosen: list[Slot] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.kind, c.key)):
        if not any(o.start < c.end and c.start < o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@functools.cache
def read_sample(paths: tuple[Path, ...] = ()) -> Sample:
    """The sample documents (default: the shipped corpus) split into sentences, names found by extraction."""
    from extract.documents import default_corpus, read_document
    from extract.pipeline import extract_many
    docs = [read_document(p) for p in (paths or default_corpus())]
    extractions = extract_many(docs)
    all_people = sorted({m.text for ex in extractions for m in ex.mentions
                         if m.cls == "Person" and m.method in PERSON_METHODS and not m.reference})
    pieces, breaks = [], []
    for doc, ex in zip(docs, extractions):
        people = {m.text for m in ex.mentions if m.cls == "Person" and m.method in PERSON_METHODS and not m.reference}
        by_sent: dict[int, list] = {}
        for m in ex.mentions:
            by_sent.setdefault(m.sent, []).append(m)
        out = []
        for s in ex.sentences:
            nl = doc.text.find("\n", s.end)
            line_end = not doc.text[s.end: nl if nl >= 0 else len(doc.text)].strip()
            out.append(Piece(s.text, tuple(_slots(s, by_sent.get(s.index, []), people)), line_end))
        pieces.append(tuple(out))
        breaks.append("\n\n" if doc.text.count("\n\n") * 3 > doc.text.count("\n") else "\n")
    return Sample(tuple(pieces), tuple(len(d.text) for d in docs), tuple(breaks), tuple(all_people))


def _splice(parts: list[str]) -> list[str]:
    """Parts of names and new ones made of the front of one and the back of another (카멀라 + 리시 → 카시)."""
    out = set(parts)
    for a in parts:
        for b in parts:
            if a != b and _HANGUL.fullmatch(a[0]) and _HANGUL.fullmatch(b[-1]) and len(a) >= 2 and len(b) >= 2:
                out.add(a[: (len(a) + 1) // 2] + b[len(b) // 2:])
    return sorted(out)


class Names:
    """Replacement names for one corpus: person-name pools and authority entries by class, in seeded orders."""

    def __init__(self, sample: Sample, seed: int):
        from extract.authority import load_authority
        rng = random.Random(f"{seed}:names")
        firsts, lasts, surnames, givens, latin_first, latin_last = set(), set(), set(), set(), set(), set()
        for p in sample.people:
            parts = p.split()
            if len(parts) >= 2 and _HANGUL.search(parts[-1]):
                firsts.add(" ".join(parts[:-1]))
                lasts.add(parts[-1])
            elif len(parts) >= 2:
                latin_first.add(" ".join(parts[:-1]))
                latin_last.add(parts[-1])
            elif 2 <= len(p) <= 4 and all(_HANGUL.fullmatch(c) for c in p):
                surnames.add(p[0])
                givens.update(p[1:])
        syllables = sorted(givens)
        self.pools = {
            "foreign": [f"{f} {l}" for f in _splice(sorted(firsts)) for l in _splice(sorted(lasts))],
            "native": [s + a + b for s in sorted(surnames) for a in syllables for b in syllables if a != b],
            "latin": [f"{f} {l}" for f in sorted(latin_first) for l in sorted(latin_last)],
        }
        for pool in self.pools.values():
            rng.shuffle(pool)
        auth = load_authority()
        self.entries = auth.entries
        self.by_class: dict[str, list[str]] = {}
        for e in sorted(auth.entries.values(), key=lambda e: e.id):
            if e.cls in SWAP_CLASSES:
                self.by_class.setdefault(e.cls, []).append(e.id)
        self.weights: dict[str, list[float]] = {}
        for cls, ids in self.by_class.items():
            rng.shuffle(ids)
            total, cum = 0.0, []
            for r in range(len(ids)):
                total += 1.0 / (r + 1)
                cum.append(total)
            self.weights[cls] = cum

    @staticmethod
    def shape(name: str) -> str:
        parts = name.split()
        if len(parts) >= 2:
            return "foreign" if _HANGUL.search(parts[-1]) else "latin"
        return "native" if _HANGUL.fullmatch(name[0]) else ""

    def person(self, rng: random.Random, name: str) -> str:
        pool = self.pools.get(self.shape(name)) or [name]
        return pool[int(PERSON_SCALE * (rng.paretovariate(PERSON_ALPHA) - 1)) % len(pool)]

    def entity(self, rng: random.Random, entity_id: str) -> str:
        cls = self.entries[entity_id].cls
        return rng.choices(self.by_class[cls], cum_weights=self.weights[cls])[0]

    def surface(self, entity_id: str, original: str) -> str:
        """The replacement's label in the original's script (an abbreviation for an abbreviation)."""
        e = self.entries[entity_id]
        if _HANGUL.search(original):
            return e.ko or e.en
        if _is_acronym(original):
            return next((f for f in (e.en, *e.alt_en) if _is_acronym(f) and len(f) <= 8), e.en)
        return e.en


def _surname(original_part: str, full: str, replacement: str) -> str:
    """The part of ``replacement`` that stands for ``original_part`` of ``full``."""
    if " " in replacement:
        return replacement.split()[-1]
    return replacement[: len(original_part)] if full.startswith(original_part) else replacement


def _render(piece: Piece, names: Names, rng: random.Random, chosen: dict[str, str]) -> str:
    text = piece.text
    for slot in reversed(piece.slots):
        original = text[slot.start:slot.end]
        if slot.key not in chosen:
            # two names of the sample must not become one name of the new document
            taken = set(chosen.values())
            for _ in range(20):
                new = names.entity(rng, slot.key) if slot.kind == "entity" else names.person(rng, slot.key)
                if new not in taken:
                    break
            chosen[slot.key] = new
        new = chosen[slot.key]
        if slot.kind == "entity":
            new = names.surface(new, original)
        elif slot.kind == "surname":
            new = _surname(original, slot.key, new)
        after = text[slot.end:]
        if after[:1] in _PARTICLES and (len(after) == 1 or not _HANGUL.match(after[1])):
            final = _batchim(new[-1])
            if final is not None:
                after = _PARTICLES[after[0]][0 if final else 1] + after[1:]
        text = text[:slot.start] + new + after
    return text


def document(sample: Sample, names: Names, seed: int, index: int) -> str:
    """Document ``index`` of the corpus of ``seed``: one sample document's opening, then runs of sentences."""
    rng = random.Random(f"{seed}:{index}")
    t = rng.randrange(len(sample.docs))
    target = int(sample.lengths[t] * rng.uniform(0.7, 1.3))
    order = [(t, k) for k in range(min(rng.randint(2, 5), len(sample.docs[t])))]
    used = set(order)
    length = sum(len(sample.docs[d][k].text) + 1 for d, k in order)
    total = sum(len(d) for d in sample.docs)
    while length < target:
        if len(used) == total:
            used.clear()
        d = t if rng.random() < TEMPLATE_SHARE else rng.randrange(len(sample.docs))
        free = [k for k in range(len(sample.docs[d])) if (d, k) not in used]
        if not free:
            continue
        k = rng.choice(free)
        for k in range(k, min(k + rng.randint(1, 6), len(sample.docs[d]))):
            if (d, k) in used:
                break
            used.add((d, k))
            order.append((d, k))
            length += len(sample.docs[d][k].text) + 1
    chosen: dict[str, str] = {}
    out = []
    for d, k in order:
        piece = sample.docs[d][k]
        out.append(_render(piece, names, rng, chosen))
        out.append(sample.breaks[t] if piece.line_end else " ")
    return "".join(out).rstrip() + "\n"


def file_name(index: int) -> str:
    return f"{FILE_PREFIX}{index:05d}.txt"


def generate(n: int, seed: int, start: int = 0, sample: Sample | None = None):
    """(file name, text) of documents ``start`` … ``start + n - 1``."""
    sample = sample or read_sample()
    names = Names(sample, seed)
    for i in range(start, start + n):
        yield file_name(i), document(sample, names, seed, i)


def write_corpus(n: int, seed: int, out: Path, start: int = 0) -> list[Path]:
    """Write the documents as UTF-8 .txt files into ``out``; older bench-*.txt files there are removed."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate(n, seed, start):
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    keep = {p.name for p in written}
    for stale in out.glob(f"{FILE_PREFIX}*.txt"):
        if stale.name not in keep:
            stale.unlink()
    return written
