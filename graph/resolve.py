"""Identity: which mentions are one real-world entity, across sentences, languages and documents.

Mentions go into a union-find.  Names in the authority data join their entry;
other names join when the evidence says they are one thing: the same spelling
up to spaces and brackets, a Korean name glued to its English gloss (유엔UN,
정상회의(AI Action Summit)), Hangul transliterations one letter apart
(에마뉘엘 / 엠마뉘엘 for one given name), a surname or a bare title that points back to
a full name in the same document (김 대표 → 김민수 대표), "the Summit" → the document's
summit, a title cut to its last words → the full title in the same document, and a
declaration named only by its summit ("the joint declaration", "파리공동선언") → the one
declaration the corpus says that summit adopted.  A surname alone never joins across
documents; mentions that could join more than one entity stay apart and are reported.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from extract.authority import id_year, load_authority, recurs
from extract.context import focus_initiative, focus_summit, named_most
from extract.gazetteer import lookup_normalised, normal_key
from extract.lexicon import cues, generic_names, heads, korean_provinces, korean_surnames, pair_abbreviations
from extract.mentions import THIS_INITIATIVE
from extract.model import Extraction, Mention
from extract.romanize import jamo, slugify
from extract.words import ACRONYM_LETTERS
from ontology import FAMILY

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# a year or an ordinal in a meeting's name says which one it is (2024 G7 장관회의, 제2차 REAIM 고위급회의)
_INSTANCE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d+\s*차|\b\d+(?:st|nd|rd|th)\b")
# a meeting's name with its year first or last (2031 라티움협력포럼, Andes Digital Forum 2031)
_EDGE_YEAR = re.compile(r"(?:(?P<y1>(?:19|20)\d\d)년?\s+(?P<name>.+)|(?P<name2>.+?)\s+(?P<y2>(?:19|20)\d\d)년?)")
# a family name with its particle, written alone (Al Dimas, von Roe)
_PARTICLED = re.compile(r"(?:Al|al|El|el|Bin|bin|von|van|de|da|di|du|le|la)[\s-][A-Z][\w'’-]+")
# a family name whose first part is used alone (Ana Lopes da Costa is "Lopes"): the word before "da", "de", …
_COMPOUND_FAMILY = re.compile(r"\s([A-Z][\w'’-]+)\s+(?:da|de|do|dos|das|del|della|di|y)\s+[A-Z][\w'’-]+$")
PATHS = {"Person": "person", "Country": "country", "Organisation": "org", "Summit": "summit",
         "Initiative": "initiative", "Place": "place"}


@dataclass
class Entity:
    iri_path: str                      # "person/emmanuel-macron"
    cls: str                           # most specific ontology class
    labels: dict[str, str]             # lang → preferred label
    alt_labels: set[tuple[str, str]]   # (text, lang)
    authority_id: str | None = None
    docs: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    sentence: str
    method: str
    confidence: float


@dataclass(slots=True)
class Fact:
    subject: str                       # entity iri_path
    predicate: str
    object: str | None                 # entity iri_path, or None for a literal
    value: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    evidence: list[Evidence] = field(default_factory=list)


# posts whose holders do not attend for their body: teaching and research posts, and a unit's head
_NOT_REPRESENTING = re.compile(r"\b(?:Professor|Researcher|Research Fellow|Lecturer|Student)\b|^Head of ")


class _UF:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root so the result does not depend on order
            lo, hi = sorted((ra, rb), key=repr)
            self.parent[hi] = lo


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{3,}")


@functools.cache
def _korean_place_prefix(name: str) -> tuple[str, int] | None:
    """The city or province a Korean body's name starts with, however it is written (서울, 서울시, 서울특별시;
    경기, 경기도), and where it ends: one place's body, one identity (서울시교육청 and 서울특별시교육청)."""
    if not _HANGUL.search(name) or " " in name.strip():
        return None
    for n in range(len(name) - 2, 1, -1):
        prefix = name[:n]
        if prefix in korean_provinces():
            return f"province:{korean_provinces()[prefix]}", n
        city = next((i for i in lookup_normalised(prefix) if load_authority().get(i).cls == "City"), None)
        if city is not None:
            return city, n
    return None


def _same_post(short: str, full: str) -> bool:
    """Whether a title said with a family name can be the post said with the full name: the same, or
    its last words (로페스 장관 after 안나 로페스 칠레 외교장관: Minister of a Foreign Minister), or its first
    ones (Minister Roe after Jane Roe, Minister of Foreign Affairs: the post without its portfolio)."""
    return not short or not full or short == full or full.endswith(" " + short) or short.endswith(" " + full) \
        or full.startswith(short + " ")


def _shortened_ko(short: str, full: str) -> bool:
    """A Korean title that is the end of the full one: 총장 for 사무총장 (로페스 총장 after 안나 로페스
    유네스코 사무총장), whatever their English titles say (President, Secretary-General)."""
    return bool(short) and len(full) > len(short) and full.endswith(short)


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def transliteration_variants(a: str, b: str) -> bool:
    """Two Hangul spellings of one foreign name: one word spelt differently, the others identical.

    The thresholds are tested on real variant pairs from Korean news in
    tests/test_resolve_merge.py, and on pairs that must stay apart: a one-word Korean
    name must match exactly (김정은/김정일), two different given names are two people,
    and a final consonant added at the end of a word makes another name (…리스/…리슨).
    """
    wa, wb = a.split(), b.split()
    if a == b:
        return True
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = (jamo(w) for w in diff[0])
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and len(long_) - len(short) == 1 and 0x11A8 <= ord(long_[-1]) <= 0x11C2:
        return False
    d = _edit_distance(x, y)
    return d <= 2 and d * 10 <= 4 * min(len(x), len(y))


def _latin_key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def _mkey(m: Mention):
    return (m.doc_id, m.start, m.end, m.cls, m.reference)


@dataclass
class Resolution:
    entities: dict[str, Entity]
    facts: list[Fact]
    ambiguous: list[str]               # lines for `build --report`
    ids: dict = field(default_factory=dict)     # name key → IRI path, kept for the next build


def resolve(extractions: list[Extraction], doc_dates: dict[str, str | None],
            overrides: dict[str, str] | None = None, known_ids: dict[str, str] | None = None) -> Resolution:
    """Entities and facts of all extractions.

    ``known_ids`` maps name keys to the IRI paths an earlier build gave them, so that
    adding a document (which may bring an English name for an entity first seen in
    Korean) never renames an entity that already exists."""
    years = {doc: date[:4] for doc, date in doc_dates.items() if date}
    entities, m2e, report, ids = _identify(extractions, overrides, known_ids, years)
    facts = _facts(extractions, m2e, entities, doc_dates)
    return Resolution(entities, facts, sorted(set(report)), ids)


def _identify(extractions: list[Extraction], overrides: dict[str, str] | None, known_ids: dict[str, str] | None,
              years: dict[str, str]):
    """Entities and the entity of each mention.  A function of its own so that the
    union-find and its indexes are freed before the facts are made (the build's peak
    memory at 10,000 documents).

    A meeting the authority data does not know, named without a year or an ordinal (G7 산업·디지털·기술
    장관회의), recurs: each year's is its own entity, the one of the year of the document that names it."""
    auth = load_authority()
    uf = _UF()
    report: list[str] = []
    mentions = [m for ex in extractions for m in ex.mentions]
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    dropped: set = set()
    overrides = overrides or {}

    # the year a document says a meeting started in (지난해 5월 … 열린 G7 정상회의), before its own date
    held = {(r.subject.doc_id, normal_key(r.subject.text)): r.value[:4] for ex in extractions for r in ex.relations
            if r.relation == "startDate" and r.subject.cls == "Summit" and r.value[:1].isdigit()}
    # (and the name's short form, which its gloss gives: 주요 7개국(G7) 정상회의 … G7 정상회의)
    for ex in extractions:
        for m in ex.mentions:
            year = held.get((ex.doc_id, normal_key(m.text))) if m.cls == "Summit" and "(" in m.text else None
            short = _gloss_form(m.text) if year else None
            if short:
                held.setdefault((ex.doc_id, normal_key(short)), year)

    def dated(fam: str, key: str, m: Mention) -> tuple:
        edge = _EDGE_YEAR.fullmatch(m.text) if fam == "Summit" and not m.authority_ids else None
        plain = edge and (edge.group("name") or edge.group("name2"))
        if plain and not _INSTANCE.search(plain):
            # ‘2031 라티움협력포럼’, "Andes Digital Forum 2031": that year's meeting of the series the
            # name without the year is, as a headline's "라티움협력포럼" of a 2031 document is
            return ("N", fam, f"{normal_key(plain)}@{edge.group('y1') or edge.group('y2')}")
        if fam != "Summit" or m.authority_ids or _INSTANCE.search(m.text):
            return ("N", fam, key)
        year = held.get((m.doc_id, normal_key(m.text))) or years.get(m.doc_id)
        return ("N", fam, f"{key}@{year}" if year else key)

    generic = {normal_key(n) for n in generic_names()}
    # An acronym documents spell out as different names ("U.S. AI Safety Institute (AISI)" in one,
    # "AI Safety Institute (AISI)" of another country in the next) is, in each, the name it shortens.
    glossed, senses = set(), defaultdict(set)
    for ex in extractions:
        for r in ex.relations:
            if r.relation != "gloss" or r.object is None:
                continue
            for x, y in ((r.subject, r.object), (r.object, r.subject)):
                if not x.authority_ids and _LETTERS.fullmatch(x.text) and not _LETTERS.fullmatch(y.text):
                    fam, key = FAMILY.get(x.cls, x.cls), normal_key(x.text)
                    glossed.add((x.doc_id, fam, key))
                    if not _HANGUL.search(y.text):    # (a Korean name may translate the other)
                        senses[(fam, key)].add(y.authority_ids[0] if y.authority_ids else normal_key(y.text))
    spelled = {(doc_id, fam, key) for doc_id, fam, key in glossed if len(senses[(fam, key)]) > 1}

    def name_key(m: Mention):
        fam = FAMILY.get(m.cls, m.cls)
        key = _latin_key(m.text) if not _HANGUL.search(m.text) and fam == "Person" else normal_key(m.text)
        if fam == "Summit" and not m.authority_ids:
            key = _body_meeting_key(m.text) or key
        if fam == "Organisation" and not m.authority_ids and (place := _korean_place_prefix(m.text)):
            key = f"{place[0]}|{normal_key(m.text[place[1]:])}"   # 서울시교육청 = 서울특별시교육청
        if not m.authority_ids and (fam in ("Initiative", "Organisation") and key in generic
                                    or (m.doc_id, fam, key) in spelled):
            # "a Memorandum of Understanding", "the AI Safety Institute", AISI: each document's own
            return ("N", fam, f"{key}@{m.doc_id}")
        return dated(fam, key, m)

    # the meetings of recurring summits each document names: by a number or year written with the
    # name, or by the year the document says it started in (세계인공지능대회가 7월 26일 개막했다)
    # (or by an ordinal before the name and its owner: "The 3rd UNESCO (…) Global Forum on …")
    lines = {(ex.doc_id, s.index): (s.start, s.text) for ex in extractions for s in ex.sentences}

    @functools.cache
    def own_mark(m: Mention) -> str | None:
        start, text = lines.get((m.doc_id, m.sent), (m.start, ""))
        end = max(0, m.start - start)
        before = _ORDINAL_BEFORE_EN.search(text, max(0, end - 200), end)
        return _meeting_mark(m.text) or (_meeting_mark(before.group(1)) if before else None) or \
            held.get((m.doc_id, normal_key(m.text)))

    meetings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.authority_ids and recurs(auth.get(m.authority_ids[0])) and (mark := own_mark(m)):
            meetings[(m.doc_id, m.authority_ids[0])].add(mark)

    def node(m: Mention):
        if m.authority_ids:
            aid = m.authority_ids[0]
            if (m.doc_id, aid) in meetings:
                # the meeting the name says, else the one meeting of the series the document names
                mark = own_mark(m)
                marks = meetings[(m.doc_id, aid)]
                if mark or len(marks) == 1:
                    return ("A", aid, mark or next(iter(marks)))
            return ("A", aid)
        if m.text in overrides:
            return ("O", overrides[m.text])
        return name_key(m)

    unnamed: list[tuple[Mention, object]] = []     # declarations named only by their summit (a key)
    for m in mentions:
        if m.authority_ids and len(m.authority_ids) > 1:
            report.append(f"ambiguous name {m.text!r} in {m.doc_id}: {', '.join(m.authority_ids)} (took the first)")
        if not m.reference:
            uf.union(_mkey(m), node(m))
            short = _gloss_form(m.text) if not m.authority_ids and m.cls != "Person" else None
            if short:   # 주요 7개국(G7) 정상회의 is also called G7 정상회의
                uf.union(node(m), dated(FAMILY.get(m.cls, m.cls), normal_key(short), m))

    for doc_id, ms in by_doc.items():
        ms.sort(key=lambda m: (m.start, m.end))
        focus = focus_summit(ms)
        focus_init = focus_initiative(ms)
        # ("the joint declaration", 공동선언문: a declaration or statement, never a trade agreement the
        # document also names; "the pact" may be an agreement)
        focus_text = focus_initiative(ms, agreements=False)
        full_people = [m for m in ms if m.cls == "Person" and not m.reference]
        # 왕 리웨이 and 리웨이 왕: a transliterated name written in both orders in one document (Korean
        # press puts a Chinese family name first or last) is one person
        two_words = {tuple(p.text.split()): p for p in full_people if _HANGUL.search(p.text) and len(p.text.split()) == 2}
        for (first, last), p in sorted(two_words.items()):
            if (last, first) in two_words:
                uf.union(node(p), node(two_words[(last, first)]))
        for m in ms:
            if m.reference == "this" and m.method == THIS_INITIATIVE:
                # "the network", "the convention": the one of that kind the document names
                target = named_most(ms, m.cls, m.text.split()[-1] if m.cls == "Summit" else "")
                if target is not None:
                    uf.union(_mkey(m), _mkey(target))
                else:
                    dropped.add(_mkey(m))
            elif m.reference == "this":
                target = focus if m.cls == "Summit" else focus_init if m.text.lower().endswith("pact") else focus_text
                if target is not None:
                    uf.union(_mkey(m), _mkey(target))
                elif focus is not None:
                    unnamed.append((m, _mkey(focus)))     # "the joint declaration" of this document's summit
                else:
                    dropped.add(_mkey(m))
            elif (summit := _named_by_summit(m, ms, focus)) is not None:
                unnamed.append((m, summit))
            elif m.cls == "Person" and not m.reference and (" " not in m.text.strip() or _PARTICLED.fullmatch(m.text)
                                                             or any(p.text.endswith(" " + m.text) for p in full_people)):
                # 호이베르크 총리, 다나카 총리, President Dubois: a family name alone, after or before the
                # full name in the same document (one full name ending or, family name first, starting
                # in it, with no other title)
                # (in any case: "Minister Matsumoto" is MATSUMOTO Takeaki, the family name in capitals first)
                # (or a family name with its particle, "Minister Al Dimas" = Rashid Saeed Al Dimas; or the
                # first part of a compound one, "President Lopes" = Ana Maria Lopes da Costa; or a family name
                # of two words, 마리 로페스 사무총장 = 안나 마리 로페스, as Korean writes Marie-Lopez)
                # (or a Hangul family name of two syllables and more before a name written in one word:
                # 호앙 차관 after 호앙민 차관, a Vietnamese name; 남궁 장관 after 남궁민 장관)
                family = m.text.casefold()
                cands = {node(p) for p in full_people if p.text != m.text and (" " in p.text.strip() and
                         (family in (p.text.split()[-1].casefold(), p.text.split()[0].casefold()) or
                          " " in family and p.text.casefold().endswith(" " + family) or
                          (c := _COMPOUND_FAMILY.search(p.text)) is not None and c.group(1).casefold() == family) or
                          _HANGUL_WORD.fullmatch(p.text) and len(family) >= 2 and p.text.startswith(m.text))
                         and (_same_post(m.title_en, p.title_en) or _shortened_ko(m.title_ko, p.title_ko))}
                if len({uf.find(c) for c in cands}) == 1:     # (one person, whatever the order of the name)
                    uf.union(_mkey(m), cands.pop())
            elif m.reference == "surname":
                cands = {node(p) for p in full_people if p.text.startswith(m.text) and len(p.text) > len(m.text)
                         and _same_post(m.title_en, p.title_en)}
                if len(cands) == 1:
                    uf.union(_mkey(m), cands.pop())
                else:
                    dropped.add(_mkey(m))
                    if len(cands) > 1:
                        report.append(f"surname {m.text!r} in {doc_id} could be {len(cands)} people: left out")
            elif m.reference == "title":
                org = next((o for o in ms if m.org_span and (o.start, o.end) == tuple(m.org_span)), None)
                cands = set()
                for p in full_people:
                    porg = next((o for o in ms if p.org_span and (o.start, o.end) == tuple(p.org_span)), None)
                    if p.title_en == m.title_en and porg is not None and org is not None and node(porg) == node(org):
                        cands.add(node(p))
                if len(cands) == 1:
                    uf.union(_mkey(m), cands.pop())
                else:
                    dropped.add(_mkey(m))
        _shortened_titles(ms, node, uf)
        _pairs_spelled_out(ms, node, uf)
        _bodies_named_in_full(ms, node, uf, generic)
        _universities_shortened(ms, node, uf)
        _korea_left_out(ms, node, uf)
        # a name glued to its gloss in the other language: 유엔UN, 정상회의(AI Action Summit)
    for ex in extractions:
        for r in ex.relations:
            if r.relation == "gloss" and r.object is not None:
                uf.union(_mkey(r.subject), _mkey(r.object))

    _declarations_of_summits(unnamed, extractions, uf, dropped)

    # Hangul transliteration variants of discovered people, across documents
    # (names a person put in the overrides file are left as they decided)
    people_nodes = sorted({node(m) for m in mentions if m.cls == "Person" and not m.reference and not m.authority_ids
                           and node(m)[0] == "N"}, key=repr)
    # one spelling per name key, found once (a scan per pair made this quadratic in mentions)
    spelling: dict = {}
    for m in mentions:
        if m.cls == "Person" and not m.reference and not m.authority_ids:
            spelling.setdefault(node(m), m.text)
    hangul = [n for n in people_nodes if _HANGUL.search(n[2])]
    # Variants differ in exactly one word: bucket names by their other words, so only
    # names that share all but one word are compared (every pair made it quadratic).
    buckets: dict = defaultdict(list)
    for n in hangul:
        words = tuple(spelling[n].split())
        buckets[("=", words)].append(n)
        for i in range(len(words)):
            buckets[(i, len(words), words[:i] + words[i + 1:])].append(n)
    compared = set()
    for key in sorted(buckets, key=repr):
        group = buckets[key]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a, b) not in compared:
                    compared.add((a, b))
                    if transliteration_variants(spelling[a], spelling[b]):
                        uf.union(a, b)

    # a Hangul spelling whose romanisation is a Latin-script name (마리아 소렌티노, Maria Sorentino): one person,
    # when one Latin name matches; Revised Romanization rarely lands on a name's own spelling by chance
    latin: dict = defaultdict(set)
    for n in people_nodes:
        if not _HANGUL.search(n[2]):
            latin[slugify(spelling[n])].add(n)
    for n in hangul:
        same = latin.get(slugify(spelling[n]), ())
        if len(same) == 1:
            uf.union(n, next(iter(same)))

    # a name written family name first, in capitals (YAMADA Hanako, as Japanese releases in English write
    # it), is the name in the usual order (Hanako Yamada), when the corpus has one such name; the same
    # order in either case (XI Jinping, Xi Jinping) is one name key already
    for m in mentions:
        words = m.text.split()
        if m.cls != "Person" or m.reference or m.authority_ids or len(words) < 2 or \
                not re.fullmatch(r"[A-Z][A-Z’'-]+", words[0]) or any(w.isupper() for w in words[1:]):
            continue
        same = latin.get(slugify(" ".join(words[1:] + words[:1])), set()) - {node(m)}
        if len(same) == 1:
            uf.union(_mkey(m), next(iter(same)))

    # build entities
    # A reference names an entity only when identity joined it to a name (a mention that is no
    # reference, or a name's key).  Which key is a cluster's root says nothing of this: the
    # smallest repr wins, so with a document id that sorts before "N" (the sample's 002_…) a
    # reference's own key could be the root of the name it was joined to, and was dropped.
    anchored = {uf.find(x) for x in list(uf.parent) if not (len(x) == 5 and x[4])}
    clusters: dict = defaultdict(list)
    for m in mentions:
        k = _mkey(m)
        if k in dropped or (m.reference and uf.find(k) not in anchored):
            continue
        clusters[uf.find(k)].append(m)
    entities: dict[str, Entity] = {}
    root_path: dict = {}
    known_ids = known_ids or {}
    ids: dict[str, str] = dict(known_ids)
    for root in sorted(clusters, key=repr):
        ms = clusters[root]
        named_keys = {name_key(m) for m in ms if not m.reference and not m.authority_ids}
        marks = sorted({k[2] for m in ms if m.authority_ids and len(k := node(m)) == 3})
        ent = _entity(root, ms, auth, named_keys, marks[0] if marks else None)
        keys = sorted({"|".join(k) for k in named_keys})
        earlier = sorted({known_ids[k] for k in keys if k in known_ids} - set(entities))
        if earlier and ent.authority_id is None:
            ent.iri_path = earlier[0]
        path = ent.iri_path
        n = 2
        while path in entities:
            path = f"{ent.iri_path}-{n}"
            n += 1
        ent.iri_path = path
        entities[path] = ent
        root_path[root] = path
        for k in keys:
            ids.setdefault(k, path)
    m2e = {}
    for root, ms in clusters.items():
        for m in ms:
            m2e[_mkey(m)] = root_path[root]
    return entities, m2e, report, ids


_DECLARATION = ("Declaration", "Statement")
_WHERE = ("Summit", "City", "Venue", "Place", "Country")


def _named_by_summit(m: Mention, ms: list[Mention], focus: Mention | None):
    """The summit (a union-find key) of a declaration named only by where it was adopted:
    "인도 AI 정상회의 공동선언", "파리공동선언", "the Paris summit declaration"; None for any
    other mention.  Its words, but for a generic declaration word, must all be summits,
    places or countries; the summit is the one named there, else the document's."""
    if m.reference or m.authority_ids or m.cls not in _DECLARATION:
        return None
    for cue in cues().get(("this_declaration", "ko"), ()) + cues().get(("this_declaration", "en"), ()):
        cue = re.sub(r"^the\s+", "", cue, flags=re.I)
        if m.text.lower().endswith(cue.lower()):
            break
    else:
        return None
    inside = [o for o in ms if o is not m and o.cls in _WHERE and m.start <= o.start and o.end <= m.end - len(cue)]
    covered = {i for o in inside for i in range(o.start, o.end)}
    left = "".join(m.text[i - m.start] for i in range(m.start, m.end - len(cue)) if i not in covered)
    left = re.sub(r"[\-·’']|\bAI\b|인공지능|'s\b", " ", left)
    auth = load_authority()
    summit_words = {h.lower() for h, c in {**heads()["ko"], **heads()["en"]}.items() if c == "Summit"}
    ids = [lookup_normalised(w) for w in left.split()]
    if not ids or not all(w.lower() in summit_words or i and all(auth.get(x).cls in _WHERE for x in i)
               for w, i in zip(left.split(), ids)):
        return None
    summit = next((o for o in inside if o.cls == "Summit"), None)
    if summit is not None:
        return _mkey(summit)
    whole = [x for x in lookup_normalised(left) if auth.get(x).cls == "Summit"]   # "키갈리 정상회의" as one word run
    if whole:
        return ("A", whole[0])
    return _mkey(focus) if focus is not None else None


def _declarations_of_summits(unnamed: list, extractions: list[Extraction], uf: _UF, dropped: set) -> None:
    """A declaration named only by its summit ("the joint declaration", "파리공동선언") is the
    declaration that summit adopted, when the corpus names exactly one: another article, or
    the statement's own text, gives its title.  Otherwise a bare reference is left out and a
    descriptive name stays an entity of its own."""
    waiting = {uf.find(_mkey(m)) for m, _ in unnamed}
    adopted: dict = defaultdict(set)
    for ex in extractions:
        for r in ex.relations:
            if r.relation == "adopted" and r.object is not None and r.object.cls in _DECLARATION + ("Agreement",):
                target = uf.find(_mkey(r.object))
                if target not in waiting:
                    adopted[uf.find(_mkey(r.subject))].add(target)
    for m, summit in unnamed:
        named = adopted.get(uf.find(summit), set())
        if len(named) == 1:
            uf.union(_mkey(m), next(iter(named)))
        elif m.reference:
            dropped.add(_mkey(m))


_GLOSSED = re.compile(r"[^()]+\(([A-Za-z][A-Za-z0-9&.\- ]{0,15})\)\s*([^()]+)")


def _gloss_form(name: str) -> str | None:
    """A name with a bracketed Latin gloss of its first words, said with the gloss instead:
    주요 7개국(G7) 정상회의 → G7 정상회의, 국제전기통신연합(ITU) 총회 → ITU 총회."""
    m = _GLOSSED.fullmatch(name.strip())
    return f"{m.group(1)} {m.group(2).strip()}" if m else None


def _shortened_titles(ms: list[Mention], node, uf: _UF) -> None:
    """A long initiative title cut to its last words elsewhere in the same document is the same text
    ("사람과 지구를 위한 지속 가능하고 포용적인 AI에 관한 선언문" … "지속 가능하고 포용적인 AI에
    관한 선언문"): three words or more, and only when one title ends that way.  So is a meeting's name
    without its year and country (‘디지털 협력 정상회의’ in a headline, ‘2031 라티움 디지털 협력 정상회의’ in
    the text), from two words, or an English meeting's without its topic (the Latium Forum … the Latium
    Forum on the Ethics of Data); and two English words that end a long title before what it is about
    (the Framework Convention … the Council of Europe Framework Convention on Artificial Intelligence)."""
    for family, least in (("Initiative", 2), ("Summit", 2)):
        titles = [m for m in ms if not m.reference and FAMILY.get(m.cls) == family]
        # (longest first, so that two longer names found one meeting leave a shorter name one to join)
        for short in sorted(titles, key=lambda m: -len(m.text.split())):
            words = short.text.split()
            if short.authority_ids or len(words) < least:
                continue
            pair = family == "Initiative" and len(words) == 2
            if pair and _HANGUL.search(short.text):
                continue        # a Korean initiative's short title: three words or more
            whole = _before_topic if pair else str
            # (word by word as names are keyed: 인공지능(AI) = AI)
            keyed = [normal_key(w) for w in words]
            longer = {uf.find(node(m)) for m in titles if len(m.text.split()) > len(words) and
                      [normal_key(w) for w in whole(m.text).split()[-len(words):]] == keyed}
            if not longer and family == "Initiative" and not _HANGUL.search(short.text):
                longer = {node(m) for m in titles if len(m.text.split()) > len(words) and _fewer_topic_words(short.text, m.text)}
            if not longer and family == "Summit" and not _HANGUL.search(short.text):
                # the Latium Forum … the Latium Forum on the Ethics of Data: the meeting's name before its topic
                longer = {node(m) for m in titles if len(m.text.split()) > len(words) and
                          [normal_key(w) for w in _before_topic(m.text).split()] == keyed}
            if not longer and family == "Initiative" and _HANGUL.search(short.text):
                longer = {node(m) for m in titles if len(m.text.split()) > len(words) and _reordered(short.text, m.text)}
            if not longer and family == "Initiative" and _HANGUL.search(short.text):
                longer = {node(m) for m in titles if _word_left_out(short.text, m.text)}
            if not longer and family == "Summit" and _HANGUL.search(short.text):
                # ‘라티움 디지털 권리 워크숍’ … ‘한-라티움 공동 디지털 권리 워크숍’: words left out here and there
                # (not two names one sentence gives: ‘한-라티움 …회의’는 ‘라티움 …회의’와 연계해 개최되는)
                together = {n.sent for n in titles if n.text == short.text}
                longer = {uf.find(node(m)) for m in titles if _words_left_out(short.text, m.text) and
                          not any(n.sent in together for n in titles if n.text == m.text)}
            if len(longer) == 1:
                uf.union(_mkey(short), longer.pop())


_PAIR_KO = re.compile(r"^([\uac00-\ud7a3]{1,6})([·\-–]\s*|\s*[·\-–])([\uac00-\ud7a3]{1,6})(?=\s)")


def _pair_key(name: str) -> str | None:
    """A Korean meeting's name keyed with the pair of countries it starts with spelled out
    (한·싱 … = 한·싱가포르 …: the short forms the press uses inside a pair), or None."""
    pair = _PAIR_KO.match(name)
    if pair is None:
        return None
    auth, short = load_authority(), pair_abbreviations()

    def country(word: str) -> str | None:
        if word in short:
            return short[word]
        ids = [i for i in lookup_normalised(word) if auth.get(i).cls == "Country"]
        return ids[0] if len(ids) == 1 else None

    a, b = country(pair.group(1)), country(pair.group(3))
    return f"{a}|{b}|{normal_key(name[pair.end():])}" if a and b else None


def _pairs_spelled_out(ms: list[Mention], node, uf: _UF) -> None:
    """One document's meeting named with a pair of countries once in short (‘한·싱 AI 커넥트 서밋’) and
    once spelled out (한·싱가포르 AI 커넥트 서밋) is one meeting."""
    keyed: dict[str, set] = defaultdict(set)
    first: dict[str, Mention] = {}
    for m in ms:
        if m.cls == "Summit" and not m.reference and not m.authority_ids:
            k = _pair_key(m.text)
            if k is not None:
                keyed[k].add(node(m))
                first.setdefault(k, m)
    for k, nodes in keyed.items():
        for n in nodes:
            uf.union(_mkey(first[k]), n)


@functools.cache
def _body_meeting_key(name: str) -> str | None:
    """A meeting named by the body it is of, then its kind (OECD 각료이사회, 경제협력개발기구 각료이사회):
    keyed as if the body were named by its acronym (the shortest capitalised form the data gives it),
    so the body's other names give the same meeting and the key stays the one the acronym's name had
    (G20 정상회담, G20정상회의)."""
    auth = load_authority()
    seps = list(re.finditer(r"[\s\-·]+", name))    # (아세안-인도태평양 포럼 is 아세안 인도태평양 포럼)
    for sep in reversed(seps[:3]):
        ids = {i for i in lookup_normalised(name[:sep.start()]) if FAMILY.get(auth.get(i).cls) == "Organisation"}
        if len(ids) == 1:
            entry = auth.get(ids.pop())
            short = sorted((f for f in (entry.en, *entry.alt_en) if _LETTERS.fullmatch(f)), key=lambda f: (len(f), f))
            return normal_key(f"{short[0]} {name[sep.end():]}") if short and name[sep.end():] else None
    return None


def _bodies_named_in_full(ms: list[Mention], node, uf: _UF, generic: set[str]) -> None:
    """A name many countries give a body ("the AI Safety Institute"), in a document that names one
    such body in full ("the U.S. AI Safety Institute", "Ruritania's Latium AI Safety Institute"), is that body."""
    bodies = [m for m in ms if not m.reference and FAMILY.get(m.cls) == "Organisation"]
    for short in bodies:
        if short.authority_ids or normal_key(short.text) not in generic:
            continue
        words = short.text.casefold().split()
        longer = {node(m) for m in bodies if len(m.text.split()) > len(words) and
                  m.text.casefold().split()[-len(words):] == words}
        if len(longer) == 1:
            uf.union(_mkey(short), longer.pop())


def _universities_shortened(ms: list[Mention], node, uf: _UF) -> None:
    """A university a Korean text names in full (가나대학교, 가나대학) and by the short form the press
    uses (가나대) is one body, whether or not the data knows it; and so is its hospital (가나대학교병원,
    가나대병원)."""
    bodies = [m for m in ms if not m.reference and FAMILY.get(m.cls) == "Organisation"]
    full: dict[str, set] = {}
    for m in bodies:
        if (hit := re.fullmatch(r"([\uac00-\ud7a3]+대)학교?(병원)?", m.text)) is not None:
            full.setdefault(hit.group(1) + (hit.group(2) or ""), set()).add(node(m))
    for m in bodies:
        if len(full.get(m.text, ())) == 1:
            uf.union(_mkey(m), next(iter(full[m.text])))


def _korea_left_out(ms: list[Mention], node, uf: _UF) -> None:
    """A Korean body a text names in full (한국가나공사) and without the country its name starts with
    (가나공사), as the press shortens it after the first time, is one body."""
    bodies = [m for m in ms if not m.reference and FAMILY.get(m.cls) == "Organisation"]
    full: dict[str, set] = {}
    for m in bodies:
        if (hit := re.fullmatch(r"한국([\uac00-\ud7a3]{3,})", m.text)) is not None:
            full.setdefault(hit.group(1), set()).add(node(m))
    for m in bodies:
        if not m.authority_ids and len(full.get(m.text, ())) == 1:
            uf.union(_mkey(m), next(iter(full[m.text])))


def _fewer_topic_words(short: str, long: str) -> bool:
    """The same English title said with fewer words about its topic, as headlines do: the Lisbon
    Compact on AI … the Lisbon Compact on Trustworthy AI (the title before the topic, of two words
    or more, is the same; each word of the shorter topic is in the longer one)."""
    title = _before_topic(short)
    if title == short or title != _before_topic(long) or len(title.split()) < 2:
        return False
    topic, longer_topic = short[len(title):].split()[1:], long[len(title):].split()[1:]
    return set(topic) < set(longer_topic)


def _korean_content(title: str) -> list[str]:
    words = [re.sub(r"(?<=..)(?:에|을|를)$", "", w) for w in title.split() if w not in ("관한", "대한", "위한")]
    return sorted(words)


def _reordered(short: str, long: str) -> bool:
    """A Korean title whose topic is said before the name instead of with 에 관한 (‘자카르타 AI 협력
    선언’ … ‘AI 협력에 관한 자카르타 선언’): the same words, three or more, and the same head."""
    a, b = short.split(), long.split()
    return len(a) >= 3 and a[-1] == b[-1] and _korean_content(short) == _korean_content(long)


def _word_left_out(short: str, long: str) -> bool:
    """A Korean title said without one of its words, as headlines do (‘UN 인공지능 자문기구’ … ‘UN AI
    고위급 자문기구’): three words or more, the same first and last, the rest in order.  So is a post
    said without its unit's field (Head of Center … Head of AI Center)."""
    a = [normal_key(w) for w in short.split()]
    b = [normal_key(w) for w in re.sub(r"\([^)]*\)", "", long).split()]     # (인공지능 = AI, as names are keyed)
    if len(a) < 3 or len(b) != len(a) + 1 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return any(b[:k] + b[k + 1:] == a for k in range(1, len(b) - 1))


def _words_left_out(short: str, long: str) -> bool:
    """A Korean meeting's name said with some of its words left out (‘라티움 디지털 권리 워크숍’ … ‘한-라티움
    공동 디지털 권리 워크숍’): the same head, no other number, and the shorter's words, three or more,
    in the longer's order, where a pair's parts count as words of the longer only."""
    a = [normal_key(w) for w in re.sub(r"\([^)]*\)", "", short).split()]     # (a pair stays whole: 한·일)
    b = [normal_key(w) for w in re.split(r"[\s\-–·]+", re.sub(r"\([^)]*\)", "", long)) if w]
    if len(a) < 3 or len(b) <= len(a) or a[-1] != b[-1] or _INSTANCE.search(long) and not _INSTANCE.search(short):
        return False
    rest = iter(b)
    return all(w in rest for w in a)


def _before_topic(title: str) -> str:
    """An English title without what it is about: "… Framework Convention on Artificial Intelligence" → "… Framework Convention"."""
    return re.split(r"\s+(?:on|for)\s+", title, maxsplit=1)[0]


# an ordinal, then only capitalised words or a bracket, right before a name (The 3rd UNESCO (…) …)
_ORDINAL_BEFORE_EN = re.compile(r"(?<!\S)(\d{1,2}(?:st|nd|rd|th))\s+(?:(?:[A-Z][\w.&’'-]*|\([^()]{1,120}\))\s+){0,4}$")


def _meeting_mark(text: str) -> str | None:
    """Which meeting of a recurring summit a name says: its year (2024), or its number (2nd)."""
    year = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    if year:
        return year.group(1)
    number = re.search(r"(?<!\d)(\d{1,2})\s*(?:차|회|st\b|nd\b|rd\b|th\b)", text)
    if number:
        n = int(number.group(1))
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    return None


def _meeting_labels(entry, mark: str) -> dict[str, str]:
    """A recurring summit's names for one of its meetings: AI Global Forum 2025, 2nd AI Global Forum, 제2차 AI 글로벌 포럼."""
    if mark.isdigit():
        labels = {"en": f"{entry.en} {mark}"}
        if entry.ko:
            labels["ko"] = f"{entry.ko} {mark}"
        return labels
    labels = {"en": f"{mark} {entry.en}"}
    if entry.ko:
        number = re.match(r"\d+", mark).group()
        labels["ko"] = f"제{number}차 {entry.ko}"
    return labels


def _entity(root, ms: list[Mention], auth, keys: set, meeting: str | None = None) -> Entity:
    """``meeting``: the mark of one meeting of a recurring summit (2025, 2nd), which is then the
    entity, with the series' names and that mark, and no identifier of the series'."""
    named = [m for m in ms if not m.reference]
    ids = Counter(i for m in named for i in m.authority_ids[:1])
    entry = auth.get(ids.most_common(1)[0][0]) if ids else None
    classes = Counter(m.cls for m in named)
    cls = entry.cls if entry else _specific(classes)
    labels: dict[str, str] = {}
    alts: set[tuple[str, str]] = set()
    # (미 of 한미 협정 is no name of the United States: a short form read only inside a row of parties)
    surface = Counter((m.text, "ko" if _HANGUL.search(m.text) else "en") for m in named
                      if m.text not in pair_abbreviations())
    if entry and meeting:
        labels.update(_meeting_labels(entry, meeting))
    elif entry:
        labels["en"] = entry.en
        if entry.ko:
            labels["ko"] = entry.ko
    for lang in ("ko", "en"):
        # a person's full name before the family name alone (마르타 호이베르크, not 호이베르크), and a name
        # before its acronym (… Sub-Regional Forum on Data, not OSFD), however often each is written
        # (and 호앙민 before 호앙, the family name alone of a name written in one word; Ali al Dimas before
        # Al Dimas, a family name of two words, however it is capitalised)
        texts = [t for (t, l) in surface if l == lang]
        forms = sorted(((t, c) for (t, l), c in surface.items() if l == lang),
                       key=lambda tc: (cls == "Person" and " " not in tc[0],
                                       cls == "Person" and any(o != tc[0] and (o.startswith(tc[0]) or o.casefold().endswith(
                                           " " + tc[0].casefold())) for o in texts),
                                       _ACRONYM.fullmatch(tc[0]) is not None, -tc[1], -len(tc[0]), tc[0]))
        if forms and lang not in labels:
            labels[lang] = forms[0][0]
        for t, _ in forms:
            if t != labels.get(lang):
                alts.add((t, lang))
    if entry and meeting:
        path = f"{entry.id}-{meeting}"
    elif entry:
        path = entry.id
    else:
        fam = FAMILY.get(cls, cls)
        base = labels.get("en") or labels.get("ko") or "unnamed"
        instance = {k[2].rpartition("@")[2] for k in keys if "@" in k[2]}
        if fam == "Summit" and len(instance) == 1 and not _INSTANCE.search(base):
            base = f"{base} {instance.pop()}"      # one year's meeting of a recurring series
        path = f"{PATHS.get(fam, fam.lower())}/{slugify(base) or 'unnamed'}"
    return Entity(path, cls, labels, alts, entry.id if entry and not meeting else None, {m.doc_id for m in ms})


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{1,9}")
_LETTERS = ACRONYM_LETTERS


def _specific(classes: Counter) -> str:
    """The most specific class the mentions agree on (Declaration over Initiative)."""
    generic = {"Initiative", "Organisation", "Place"}
    ranked = sorted(classes.items(), key=lambda kv: (kv[0] in generic, -kv[1], kv[0]))
    return ranked[0][0]


# the posts a Korean report names without their country only for its own country's holders
_HOME, _HOME_TITLES_KO = "country/south-korea", frozenset({"대통령", "국무총리", "부총리"})


def _home_head(person: Entity, extra: dict, sentence: str) -> bool:
    """Whether a post stated without its country is Korea's: a president, prime minister or deputy
    prime minister a Korean sentence names by a Korean name (three syllables after a family name) and
    no country (김철수 대통령, 김철수 부총리), as the press names another country's with its country
    (… 프랑스 대통령); not a former post, whose holder may have been anyone's (전 대통령)."""
    name = person.labels.get("ko", "")
    return extra.get("title_ko") in _HOME_TITLES_KO and not extra.get("former") and \
        bool(_HANGUL.search(sentence)) and re.fullmatch(r"[\uac00-\ud7a3]{3}", name) is not None and \
        name[0] in korean_surnames()


def _merge_into_fuller(groups: dict, facts: dict, fuller) -> None:
    """In each group of one person's posts, a post whose title the document also states in one fuller
    form (``fuller(short, full)``, on the two posts' extras) is that post: its evidence joins the fuller one's."""
    for group in groups.values():
        for k in group:
            extra = dict(facts[k].extra) if k in facts else {}
            if not extra.get("title_en"):
                continue
            docs = {e.doc_id for e in facts[k].evidence}
            longer = [c for c in group if c != k and c in facts and fuller(extra, dict(facts[c].extra))
                      and any(e.doc_id in docs for e in facts[c].evidence)]
            if len(longer) == 1:
                full = facts[longer[0]]
                have = set(full.evidence)
                full.evidence.extend(e for e in facts[k].evidence if e not in have)
                del facts[k]


def _fuller_title(short: dict, full: dict) -> bool:
    """A post's English title with its portfolio or its number (Deputy Minister of Data, Second Vice Minister)."""
    title = full.get("title_en", "")
    return title.startswith(short["title_en"] + " ") or title in _numbered(short["title_en"])


def _numbered(title: str) -> set[str]:
    """The numbered posts a title shortens: "Vice Minister" for the Second Vice Minister (김 차관 after
    김철수 2차관)."""
    return {f"{n} {title}" for n in ("First", "Second", "Third", "Fourth", "Fifth")}


def _other_year(entity: Entity, date: str) -> bool:
    """A date in another year than the one the authority data gives the summit (its id's year):
    a day read without its year took the article's, not the summit's."""
    year = id_year(entity.authority_id)
    return entity.cls == "Summit" and year is not None and date[:4] != year


def _facts(extractions: list[Extraction], m2e: dict, entities: dict[str, Entity],
           doc_dates: dict[str, str | None]) -> list[Fact]:
    facts: dict[tuple, Fact] = {}
    where: dict[tuple, dict] = {}     # fact key -> (doc, start, method) -> index in its evidence list

    def add(subj, pred, obj, value, extra, ev):
        k = (subj, pred, obj, value, extra)
        f = facts.get(k)
        if f is None:
            f = facts[k] = Fact(subj, pred, obj, value, extra)
            where[k] = {}
        seen = where[k]
        same = seen.get((ev.doc_id, ev.start, ev.method))
        if same is None:
            seen[(ev.doc_id, ev.start, ev.method)] = len(f.evidence)
            f.evidence.append(ev)
        elif f.evidence[same].confidence < ev.confidence:   # one sentence, one rule: keep the surer reading
            f.evidence[same] = ev

    for ex in extractions:
        sentences = {s.index: (s.start, s.end, s.text) for s in ex.sentences}
        positions: dict[str, list[tuple[str, tuple]]] = defaultdict(list)
        attended: list[tuple[str, str, Evidence]] = []
        by_leaders: list[tuple[str, Evidence]] = []
        # (who holds a post with its country or body in this document: a bare title there is that post)
        posted = {(m2e.get(_mkey(r.subject)), dict(r.extra).get("title_en")) for r in ex.relations
                  if r.relation == "holdsPosition" and r.object is not None}
        for r in ex.relations:
            s = m2e.get(_mkey(r.subject))
            o = m2e.get(_mkey(r.object)) if r.object is not None else None
            if s is None or (r.object is not None and o is None) or s == o:
                continue
            st, en, text = sentences.get(r.sent, (0, 0, ""))
            ev = Evidence(ex.doc_id, st, en, text, r.method, r.confidence)
            if r.relation == "gloss":
                continue
            if r.relation in ("startDate", "endDate") and _other_year(entities[s], r.value):
                continue        # the AI Seoul Summit (2024) "co-hosted on May 21-22", read in a 2025 article
            if r.relation == "signed_by_attendees":
                by_leaders.append((s, ev))
                continue
            if r.relation == "holdsPosition":
                extra = dict(r.extra)
                if o is None and _HOME in entities and _home_head(entities[s], extra, text) and \
                        (s, extra.get("title_en")) not in posted:
                    o = _HOME       # 김철수 대통령 in a Korean report: Korea's
                # a former post (조 바이든 전 대통령) was held before the document's date: undated
                extra["asOf"] = "" if extra.pop("former", "") else doc_dates.get(ex.doc_id) or ""
                extra_t = tuple(sorted(extra.items()))
                add(s, "holdsPosition", o, "", extra_t, ev)
                if o is not None:
                    positions[s].append((o, extra_t))
                continue
            if r.relation in ("attended", "chaired"):
                attended.append((s, o, ev))
            if r.relation == "chaired":     # aig:chaired is a sub-property of aig:attended
                add(s, "attended", o, "", (), ev)
            add(s, r.relation, o, r.value, r.extra, ev)
        # a leader or representative attends for the country or organisation they hold a post in
        attending_countries = set()
        for s, o, ev in attended:
            if entities[s].cls == "Country":
                attending_countries.add(s)
            for org, extra in positions.get(s, ()):
                if _NOT_REPRESENTING.search(dict(extra).get("title_en", "")):
                    continue    # a professor, or the head of a unit inside the body, comes for themselves
                if entities[s].cls == "Person" and FAMILY.get(entities[org].cls) in ("Country", "Organisation"):
                    add(org, "attended", o, "", (), Evidence(ev.doc_id, ev.start, ev.end, ev.sentence,
                                                             "attended-via-position", round(ev.confidence * 0.8, 2)))
                    if entities[org].cls == "Country":
                        attending_countries.add(org)
        # "the leaders adopted the declaration": every country that attended signed it
        for init, ev in by_leaders:
            for c in sorted(attending_countries):
                add(c, "signed", init, "", (), ev)
    # a post stated once with its country or organisation and once without is one post
    # (the one stated in the same document; from elsewhere only when there is just one)
    # (the same title, else the post with its portfolio: "Minister" and "Minister for Digital Affairs")
    with_org: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts.values():
        if f.predicate == "holdsPosition" and f.object is not None:
            with_org[(f.subject, dict(f.extra).get("asOf"))].append(f)
    for k, f in list(facts.items()):
        if f.predicate == "holdsPosition" and f.object is None:
            title = dict(f.extra).get("title_en")
            held = with_org.get((f.subject, dict(f.extra).get("asOf")), [])
            cands = [c for c in held if dict(c.extra).get("title_en") == title] or \
                [c for c in held if title and dict(c.extra).get("title_en", "").startswith(title + " ")] or \
                [c for c in held if title and dict(c.extra).get("title_en", "") in _numbered(title)] or \
                [c for c in held if title and _word_left_out(title, dict(c.extra).get("title_en", ""))]
            docs = {e.doc_id for e in f.evidence}
            near = sorted((c for c in cands if any(e.doc_id in docs for e in c.evidence)), key=lambda c: c.object)
            title_ko = dict(f.extra).get("title_ko", "")
            if not cands and title_ko:
                # or, in the same document, the title it shortens (로페스 총장 after 안나 로페스 유네스코 사무총장),
                # or the same Korean title, which the body made another post in English (이 대표 after 이철수
                # 가나당 대표: a party's leader, not a company's CEO)
                near = sorted((c for c in held if any(e.doc_id in docs for e in c.evidence) and
                               (title_ko == dict(c.extra).get("title_ko") or
                                _shortened_ko(title_ko, dict(c.extra).get("title_ko", "")))), key=lambda c: c.object)
            full = near[0] if near else (cands[0] if len(cands) == 1 else None)
            if full is not None:
                have = set(full.evidence)
                full.evidence.extend(e for e in f.evidence if e not in have)
                del facts[k]
    # and a post stated with its portfolio and once without, neither with its body, is one post too
    # ("the Deputy Minister of Data, Jane Roe" … "Deputy Minister Roe"), in the same document, and so is
    # one stated with its number and once without ("김철수 2차관" … "김철수 차관")
    bare: dict[tuple, list[tuple]] = defaultdict(list)
    for k, f in facts.items():
        if f.predicate == "holdsPosition" and f.object is None:
            bare[(f.subject, dict(f.extra).get("asOf"))].append(k)
    # (and one said with a Korean title the fuller one ends in: 우 의장 after 우철수 국회의장)
    _merge_into_fuller(bare, facts, lambda short, full: _fuller_title(short, full) or
                       _shortened_ko(short.get("title_ko", ""), full.get("title_ko", "")))
    # a post in one body stated with its number and once without, in the same document, is the numbered
    # post ("김철수 가나부 차관" in the headline, "김철수 2차관" in the text: not two vice ministers)
    in_body: dict[tuple, list[tuple]] = defaultdict(list)
    for k, f in facts.items():
        if f.predicate == "holdsPosition" and f.object is not None:
            in_body[(f.subject, f.object, dict(f.extra).get("asOf"))].append(k)
    _merge_into_fuller(in_body, facts, lambda short, full: full.get("title_en", "") in _numbered(short["title_en"]))
    # held in a city of the authority data: that city's country hosted (Paris → France)
    auth = load_authority()
    for f in list(facts.values()):
        if f.predicate != "heldIn" or f.object is None:
            continue
        entry = auth.get(entities[f.object].authority_id or "")
        if entry is not None and entry.cls == "City" and entry.country and entry.country in entities:
            for ev in list(f.evidence):
                add(f.subject, "hostCountry", entry.country, "", (),
                    Evidence(ev.doc_id, ev.start, ev.end, ev.sentence, "held-in-city-of-country", 0.6))
    return sorted(facts.values(), key=lambda f: (f.subject, f.predicate, f.object or "", f.value, f.extra))
