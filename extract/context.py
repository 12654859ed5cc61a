"""One sentence of a document, with its mentions and clauses: what every relation rule reads.

The document's own summit (the one it names most) is the default subject of attendance,
adoption and launch sentences that say 이번 정상회의 or "the Summit" or name no summit at
all; that is how press releases are written.  Negated clauses (참여하지 못했으나) and
intentions (개최 의사를 밝혔다) give no fact.
"""
from __future__ import annotations

import re
from collections import Counter

from .gazetteer import normal_key
from .lexicon import has_cue
from .model import Mention, Relation
from .sentences import Sentence
from .words import AGENT_CLASSES

INITIATIVE_CLASSES = {"Initiative", "Declaration", "Statement", "Law", "Strategy", "Process", "Platform",
                      "Observatory", "Panel", "Commitment", "Resolution", "Agreement", "Recommendation", "Network",
                      "Report", "Dialogue"}
PLACE_CLASSES = {"Place", "City", "Venue"}

# Clause boundaries: where Korean and English join independent statements.
_CLAUSE = re.compile(r"(?:으나|지만|했고|하였고|했으며|하였으며|되었으며|됐으며|이며|으며|였고|고,|며,)\s|;\s|, (?:but|while|and) ")


def entity_key(m: Mention) -> str:
    return m.authority_ids[0] if m.authority_ids else normal_key(m.text)


def _most_named(mentions: list[Mention], classes: tuple[str, ...], prefer=lambda m: False) -> Mention | None:
    """The first mention of the entity of these classes that the mentions name most (on ties, the
    first that ``prefer`` likes, else the first)."""
    named = [m for m in mentions if m.cls in classes and not m.reference]
    if not named:
        return None
    counts = Counter(entity_key(m) for m in named)
    best = max(counts.values())
    tied = [m for m in named if counts[entity_key(m)] == best]
    return next((m for m in tied if prefer(m)), tied[0])


# what follows an English name's head word ("Global AI Summit on Africa": the head is Summit)
_HEAD_TAIL_EN = re.compile(r"\s+(?:on|of|for|in)\s.*$")


def _head_word(name: str) -> str:
    words = _HEAD_TAIL_EN.sub("", name).split()
    return words[-1].casefold() if words else ""


# a Korean verb in the form that describes the noun after it (열린, 개최된, 참석한): its polarity is
# its own, not the clause's main verb's
_KO_ADNOMINAL = re.compile(r"[\uac00-\ud7a3]*[린된한던](?=\s)")


def focus_summit(mentions: list[Mention]) -> Mention | None:
    """The summit a document is about: the one it names most, first named on ties.  On a tie, one
    whose head word is that of the document's "AI 정상회의" or "the Summit" (a summit, not a forum;
    the Summit of "… Summit on Africa", not of "… Forum on …")."""
    ends = {_head_word(m.text) for m in mentions if m.cls == "Summit" and m.reference == "this"} - {""}
    return _most_named(mentions, ("Summit",), lambda m: _head_word(m.text) in ends)


def focus_initiative(mentions: list[Mention], agreements: bool = True) -> Mention | None:
    """The declaration or statement a document is about: the one it names most (or, for "the pact",
    with ``agreements``, its agreement)."""
    return _most_named(mentions, ("Declaration", "Statement", "Agreement") if agreements else ("Declaration", "Statement"))


def named_most(mentions: list[Mention], cls: str, head: str = "") -> Mention | None:
    """The entity of one class a document names most ("the network": its one network); with ``head``,
    among those whose name ends in that word ("the forum": its forum, not its summit)."""
    if head:
        mentions = [m for m in mentions if m.text.split() and m.text.split()[-1].casefold() == head.casefold()]
    return _most_named(mentions, (cls,))


_QUOTED = re.compile(r"[‘“'\"「『][^’”'\"」』]{1,120}[’”'\"」』]")


# between the items of an English list: "A, B and C", "A, B, and the C"
# (a stray space before a comma too; "as well as" joins like "and")
LIST_SEP_EN = re.compile(r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_JOINING = re.compile(r"\band\b|\bas\s+well\s+as\b")
_SPEECH = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def speech_around(text: str, pos: int) -> tuple[int, int] | None:
    """The quoted speech (“…”) that holds ``pos``, if any."""
    return next(((q.start(), q.end()) for q in _SPEECH.finditer(text) if q.start() < pos < q.end()), None)


def _clauses(text: str) -> list[tuple[int, int]]:
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue            # 혁신적이며 inside ‘…서울선언’ does not end a clause
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


class Context:
    """One sentence with its mentions, in sentence offsets, and the document's context."""

    def __init__(self, sent: Sentence, mentions: list[Mention], focus: Mention | None):
        self.sent = sent
        self.text = sent.text
        self.lang = sent.lang
        self.mentions = mentions
        self.focus = focus
        self.clauses = self._join_lists(_clauses(sent.text))

    def _join_lists(self, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """", and" between two named agents ends a list (China, France, and (the) India), not a clause."""
        starts = {self.rel(m) for m in self.mentions if m.cls in AGENT_CLASSES}
        ends = {self.rel(m) + len(m.text) for m in self.mentions if m.cls in AGENT_CLASSES}
        out = [clauses[0]]
        for c in clauses[1:]:
            prev = out[-1]
            joint = self.text[:prev[1]]
            after = prev[1] + 4 if self.text.startswith("the ", prev[1]) else prev[1]
            if self.lang == "en" and joint.endswith(", and ") and after in starts and len(joint) - 6 in ends:
                out[-1] = (prev[0], c[1])
            else:
                out.append(c)
        return out

    def rel(self, m: Mention) -> int:
        return m.start - self.sent.start

    def clause_of(self, pos: int) -> tuple[int, int]:
        return next(c for c in self.clauses if c[0] <= pos < c[1] or c[1] == len(self.text))

    def in_clause(self, clause, classes) -> list[Mention]:
        return [m for m in self.mentions if m.cls in classes and clause[0] <= self.rel(m) < clause[1]]

    def negated(self, clause, pos: int | None = None) -> bool:
        """A negation or an intention in the clause.  With the cue's ``pos`` outside quoted speech,
        not one in speech the clause goes on into (…, who co-chaired the conference, he asserted
        that “we plan to …”): that is the speaker's, not the cue's."""
        t = self.text[clause[0]:clause[1]]
        if self.lang == "ko" and pos is not None:
            word = _KO_ADNOMINAL.match(self.text, pos)
            if word and re.match(r"\s*바\s+있", self.text[word.end():]):
                word = None     # 말한 바 있다 (has said): the clause's own verb, not one describing a noun
            if word:            # 오슬로에서 열린 … 서밋에서 서명하지 않았다: the verb that names the summit
                # with the word before it, which may carry the intention (…하기로 합의한)
                t = self.text[self.text.rfind(" ", clause[0], max(clause[0], pos - 1)) + 1:word.end()]
                return has_cue("negation", "ko", t) or has_cue("intention", "ko", t)
        if pos is not None and speech_around(self.text, pos) is None:
            t = _SPEECH.sub(" ", t)     # (…는 축사에서 “협력하겠다”며 강조했다: the speech's intention)
        planned = t
        if self.lang == "en" and pos is not None and re.match(r",\s+$", self.text[pos - 2:pos]):
            # "The OECD will host a registry, launched at the summit": a participle after a comma has
            # its own tense; the main verb's "will" is not its intention
            planned = self.text[pos:clause[1]]
        relative = _relative_en(self.text, clause, pos) if self.lang == "en" and pos is not None else None
        if relative is not None:
            # "Varma, who co-chaired the summit with Dubois, will host the next one": a relative clause
            # has its own tense and polarity
            t = planned = self.text[relative[0]:relative[1]]
        return has_cue("negation", self.lang, t) or has_cue("intention", self.lang, planned)

    def negated_at(self, clause, at: int) -> bool:
        """A negation or an intention in the clause that holds a mention at ``at``, leaving out
        quoted speech the mention is not in (김 총재는 축사에서 “협력하겠다”며 강조했다: the speech's)."""
        t = self.text[clause[0]:clause[1]]
        if speech_around(self.text, at) is None:
            t = _SPEECH.sub(" ", t)
        return has_cue("negation", self.lang, t) or has_cue("intention", self.lang, t)

    def summit_for(self, pos: int | None = None) -> Mention | None:
        """The summit a cue at ``pos`` speaks of: a summit named just before it in Korean
        (‘…정상회의’에 참석), else one named in the sentence, else the document's."""
        explicit = [m for m in self.mentions if m.cls == "Summit"]
        if pos is not None:
            before = [m for m in explicit if self.rel(m) < pos]
            if before:
                m = before[-1]
                if m.reference == "this" and self.focus and "회담" in m.text and "회담" not in self.focus.text:
                    return None     # 이번 정상회담은: talks of their own, not the forum the document names
                return self.focus if m.reference == "this" and self.focus else m
        if not explicit and _KIND_OF_MEETING_KO.search(self.text, 0, len(self.text) if pos is None else pos):
            return None         # 한국이 AI 관련 정상회의를 … 공동 주최하는: a meeting on a topic, unnamed, not the document's
        named = [m for m in explicit if not m.reference]
        # (a name's acronym in brackets right after it is the same meeting: "… Working Group (ODWG)")
        named = [m for m in named if not any(self.text[self.rel(o) + len(o.text):self.rel(m)] in ("(", " (")
                                             for o in named)]
        # (or its names in two languages and its acronym: 세계인공지능대회(World AI Conference, WAIC))
        if len({entity_key(m) for m in named}) == 1 and not any(m.reference == "this" for m in explicit):
            return named[0]
        return self.focus


# a meeting named by its topic alone (AI 관련 정상회의, 기후 관련 회의): one of its kind, no name
_KIND_OF_MEETING_KO = re.compile(r"관련\s*(?:정상회의|회의|포럼|회담)")


# a country (or its government) as the clause's subject or topic: 한국은, 케냐 정부는, 칠레가
COUNTRY_SUBJECT_KO = re.compile(r"(?:\s*정부)?(?:은|는|이|가)\s")


# "the first summit in the Netherlands", "the previous meeting": an earlier meeting of the series, unnamed
# ("the first global AI summit took place in the United Kingdom": with words of its kind between)
EARLIER_EDITION_EN = re.compile(r"\bthe\s+(?:first|previous|last|inaugural|earlier)\s+(?:(?:global|international|"
                                r"world|AI|annual|ministerial|high-level)\s+){0,3}"
                                r"(?:summit|meeting|edition|conference|forum|gathering)\b", re.I)


_RELATIVE_EN = re.compile(r",\s+(?:who|which)\s+[^,;]*?(?=,|;|$)")


def _relative_en(text: str, clause: tuple[int, int], pos: int) -> tuple[int, int] | None:
    """The span of the ", who …," or ", which …," clause that holds ``pos``, if any."""
    return next(((m.start(), m.end()) for m in _RELATIVE_EN.finditer(text, clause[0], clause[1])
                 if m.start() < pos < m.end()), None)


def make_relation(relation, subject, obj, ctx: Context, method, conf=0.8, value="", extra=()) -> Relation:
    return Relation(relation, subject, obj, value, ctx.sent.index, method, conf, tuple(extra))


# between the last subject and an active verb: "… and 27 countries have (also) signed", "… and
# leaders of nine other key countries are attending"
_SUBJECT_TO_VERB_EN = re.compile(r"(?:\s+and\s+(?:(?:leaders|heads|representatives|ministers|delegations)\s+(?:of|from)\s+)?"
                                 r"(?:\d+|[a-z-]+)\s+(?:(?:other|key|major|more)\s+){0,2}(?:countries|nations|states|others))?"
                                 # … including China, on Tuesday signed; … on Sunday, September 22, launched
                                 # (or with its auxiliary first: "Ruritania has on Tuesday April 14, 2031, launched")
                                 r"(?:(?:\s+(?:has|have|had))?,?\s+on\s+(?:[A-Z][a-z]+day,?\s+[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day|"
                                 r"[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?,?)?"
                                 r"(?:\s+(?:have|has|had|are|were|is|was|also|all|both|formally|jointly|officially|now|then|"
                                 r"today|yesterday|finally|unanimously|since|already|recently|subsequently))*"
                                 # … became (the latest) signatories to; became the 12th country to sign
                                 r"(?:\s+(?:became|become|becomes)(?:\s+the)?(?:\s+(?:first|latest|newest|new|second|third|"
                                 r"fourth|fifth|\d{1,3}(?:st|nd|rd|th)))?)?"
                                 # … is among the 30 signatories of
                                 # … are among the (30) countries participating in
                                 r"(?:\s+among(?:\s+the)?(?:\s+\d+)?(?:\s+(?:other\s+)?(?:countries|nations|states|members))?)?\s+")


_REPRESENTED_BY_EN = re.compile(r",\s+(?:represented|led|headed)\s+by\s+[^;]{3,160}?,(?=\s+[a-z])")


# (or a dash: "officials from the G7 – Chile, …, and Kenya – met for …")
_INCLUDING_EN = re.compile(r"(?:\b(?:including|such\s+as|among\s+them|along\s+with|together\s+with|as\s+well\s+as)\s+|"
                           r"[–—]\s*)(?:the\s+)?$")


def english_subjects(ctx: Context, pos: int) -> list[Mention]:
    """The countries and organisations listed right before an active English verb at ``pos``
    (Saudi Arabia, the UAE, and Israel have signed …): its subject, read back over the list."""
    before = sorted((m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and
                     ctx.rel(m) + len(m.text) <= pos), key=lambda m: m.start)
    if not before:
        return []
    represented = _REPRESENTED_BY_EN.search(ctx.text)
    if represented and represented.end() <= pos and _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, represented.end(), pos):
        # "Norway, represented by the Ministry of …, participated in": the country, and the body acting for it
        head = [m for m in before if ctx.rel(m) + len(m.text) == represented.start()]
        agents = [m for m in before if represented.start() < ctx.rel(m) < represented.end()]
        return head + agents[:1] if head else []
    end = ctx.rel(before[-1]) + len(before[-1].text)
    if len(before) > 1 and (before[-1].authority_ids and before[-1].authority_ids == before[-2].authority_ids or
                            re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,10}", before[-1].text)) and \
            ctx.text[ctx.rel(before[-2]) + len(before[-2].text):ctx.rel(before[-1])] in (" (", "(") and \
            ctx.text.startswith(")", end):
        before, end = before[:-1], end + 1      # "the Association of … Nations (ASEAN) convened": a name and its acronym
    # "Chile and three other countries (Kenya, Peru and Norway) have signed": the countries the
    # bracket names, and the list before it, which the "and" before the count ends
    closing = re.match(r"\s*\)", ctx.text[end:end + 3])
    opening = ctx.text.rfind("(", 0, end)
    if closing and opening > 0 and _COUNTED_BEFORE_EN.search(ctx.text, 0, opening) and \
            _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, end + closing.end(), pos):
        inside = [m for m in before if ctx.rel(m) > opening]
        listed = _listed_back(ctx, inside)[0] if inside else []
        if not listed or len(listed) < len(inside):
            return []
        outside = [m for m in before if ctx.rel(m) + len(m.text) <= opening]
        if outside and _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, ctx.rel(outside[-1]) + len(outside[-1].text), opening):
            return _listed_back(ctx, outside)[0] + listed
        return listed
    # "leaders from 28 countries, including the US and China, have signed": the list closes an
    # apposition, with a comma, before the verb
    closing = re.match(r"\s*[,–—]", ctx.text[end:end + 3])
    apposition = closing and _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, end + closing.end(), pos)
    if not apposition and not _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, end, pos):
        return []
    out, seps = _listed_back(ctx, before)
    if apposition and not _INCLUDING_EN.search(ctx.text, 0, ctx.rel(out[0])):
        return []
    if apposition and re.search(r"[–—]\s*$", ctx.text[:ctx.rel(out[0])]):
        return out              # "25 countries – Austria, Belgium, …, Norway – adopted": a list between dashes
    # a list ends in "and"; without one the comma closes an opening phrase (At the summit hosted by
    # France, India signed …); the "and" may join a count after the list (Chile, Peru and 15 other
    # countries signed)
    joined = re.match(r"\s+and\s", ctx.text[end:pos]) and not after_preposition(ctx, out[0])
    return out if not seps or _JOINING.search(seps[0]) or joined else out[-1:]


_PREPOSITION_BEFORE_EN = re.compile(r"\b(?:by|at|in|during|with|of|from|for|after|before|under)\s+(?:the\s+)?$")


def after_preposition(ctx: Context, m: Mention) -> bool:
    """Whether a name follows a preposition, so that a list starting with it may be an opening phrase's
    end and the next clause's subject (hosted by France, India and 15 other countries signed)."""
    return bool(_PREPOSITION_BEFORE_EN.search(ctx.text, 0, ctx.rel(m)))


# "… and seven other countries (", "… 12 states (": a count the bracket after it spells out
_COUNTED_BEFORE_EN = re.compile(r"\b(?:\d+|[a-z-]+)\s+(?:other\s+)?(?:countries|nations|states|members)\s*$")


def _listed_back(ctx: Context, before: list[Mention]) -> tuple[list[Mention], list[str]]:
    """The list that ends at the last of ``before``, read back over its separators.  A name's short
    form in brackets right after it is part of that item ("The Latium Data Office (LDO) and the …")."""
    items: list[tuple[Mention, int]] = []
    for m in before:
        if items and ctx.text[items[-1][1]:ctx.rel(m)] in (" (", "(") and \
                ctx.text.startswith(")", ctx.rel(m) + len(m.text)):
            items[-1] = (items[-1][0], ctx.rel(m) + len(m.text) + 1)
            continue
        items.append((m, ctx.rel(m) + len(m.text)))
    out, seps = [before[-1]], []
    if len(items) > 1 and items[-1][0] is not before[-1]:
        out = [items[-1][0]]    # (the list's last item is a name with its short form: read from the name)
    for m, end in reversed(items[:-1]):
        sep = LIST_SEP_EN.fullmatch(ctx.text, end, ctx.rel(out[0]))
        if not sep:
            break
        out.insert(0, m)
        seps.append(sep.group(0))
    return out, seps

