"""Relations between the mentions of one document, read sentence by sentence.

Each rule is a cue (a verb or noun from ``data/cues.tsv``) plus the mentions around
it in the same clause.  The document's own summit (the one it names most) is the
default subject of attendance, adoption and launch sentences that say 이번 정상회의
or "the Summit" or name no summit at all; that is how press releases are written.
Negated clauses (참여하지 못했으나) and intentions (개최 의사를 밝혔다) give no
fact.
"""
from __future__ import annotations

import re
from collections import Counter

from .dates import find_dates
from .documents import Document
from .gazetteer import normal_key
from .lexicon import cue_positions, cues, has_cue, national_titles
from .model import Mention, Relation
from .sentences import Sentence
from .words import AGENT_CLASSES, ORG_FAMILY
from ontology import FAMILY

_HANGUL = re.compile(r"[\uac00-\ud7a3]")

INITIATIVE_CLASSES = {"Initiative", "Declaration", "Statement", "Law", "Strategy", "Process", "Platform",
                      "Observatory", "Panel", "Commitment", "Resolution", "Agreement", "Recommendation", "Network",
                      "Report", "Dialogue"}
PLACE_CLASSES = {"Place", "City", "Venue"}

# Clause boundaries: where Korean and English join independent statements.
_CLAUSE = re.compile(r"(?:으나|지만|했고|하였고|했으며|하였으며|되었으며|됐으며|이며|으며|였고|고,|며,)\s|;\s|, (?:but|while|and) ")


def _key(m: Mention) -> str:
    return m.authority_ids[0] if m.authority_ids else normal_key(m.text)


def focus_summit(mentions: list[Mention]) -> Mention | None:
    """The summit a document is about: the one it names most, first named on ties."""
    summits = [m for m in mentions if m.cls == "Summit" and not m.reference]
    if not summits:
        return None
    counts = Counter(_key(m) for m in summits)
    best = max(counts.values())
    return next(m for m in summits if counts[_key(m)] == best)


_QUOTED = re.compile(r"[‘“'\"「『][^’”'\"」』]{1,120}[’”'\"」』]")


def focus_initiative(mentions: list[Mention]) -> Mention | None:
    """The declaration or statement a document is about: the one it names most."""
    named = [m for m in mentions if m.cls in ("Declaration", "Statement", "Agreement") and not m.reference]
    if not named:
        return None
    counts = Counter(_key(m) for m in named)
    best = max(counts.values())
    return next(m for m in named if counts[_key(m)] == best)


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


class _Ctx:
    """One sentence with its mentions, in sentence offsets, and the document's context."""

    def __init__(self, sent: Sentence, mentions: list[Mention], focus: Mention | None):
        self.sent = sent
        self.text = sent.text
        self.lang = sent.lang
        self.mentions = mentions
        self.focus = focus
        self.clauses = self._join_lists(_clauses(sent.text))

    def _join_lists(self, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """", and" between two named agents ends a list (China, France, and India), not a clause."""
        starts = {self.rel(m) for m in self.mentions if m.cls in AGENT_CLASSES}
        ends = {self.rel(m) + len(m.text) for m in self.mentions if m.cls in AGENT_CLASSES}
        out = [clauses[0]]
        for c in clauses[1:]:
            prev = out[-1]
            joint = self.text[:prev[1]]
            if self.lang == "en" and joint.endswith(", and ") and prev[1] in starts and len(joint) - 6 in ends:
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

    def negated(self, clause) -> bool:
        t = self.text[clause[0]:clause[1]]
        return has_cue("negation", self.lang, t) or has_cue("intention", self.lang, t)

    def summit_for(self, pos: int | None = None) -> Mention | None:
        """The summit a cue at ``pos`` speaks of: a summit named just before it in Korean
        (‘…정상회의’에 참석), else one named in the sentence, else the document's."""
        explicit = [m for m in self.mentions if m.cls == "Summit"]
        if pos is not None:
            before = [m for m in explicit if self.rel(m) < pos]
            if before:
                m = before[-1]
                return self.focus if m.reference == "this" and self.focus else m
        named = [m for m in explicit if not m.reference]
        if len(named) == 1 and not any(m.reference == "this" for m in explicit):
            return named[0]
        return self.focus


def _r(relation, subject, obj, ctx: _Ctx, method, conf=0.8, value="", extra=()) -> Relation:
    return Relation(relation, subject, obj, value, ctx.sent.index, method, conf, tuple(extra))


def positions(ctx: _Ctx) -> list[Relation]:
    out = []
    by_span = {(m.start, m.end): m for m in ctx.mentions}
    for m in ctx.mentions:
        if m.cls == "Person" and m.title_en:
            org = by_span.get(tuple(m.org_span)) if m.org_span else None
            title_en = national_titles().get((m.title_ko, org.authority_ids[0]), m.title_en) \
                if org is not None and org.authority_ids else m.title_en
            extra = (("title_en", title_en), ("title_ko", m.title_ko))
            holder = _concurrent_holder(ctx, m) if m.reference == "title" else None
            out.append(_r("holdsPosition", holder or m, org, ctx, m.method, 0.8 if org else 0.6, extra=extra))
    return out


def _concurrent_holder(ctx: _Ctx, post: Mention) -> Mention | None:
    """NAME TITLE 겸 ORG TITLE: the second post, named without a name, is the same person's."""
    before = ctx.text[:ctx.rel(post)].rstrip()
    if not before.endswith("겸"):
        return None
    named = [m for m in ctx.mentions if m.cls == "Person" and not m.reference and m.title_ko and
             ctx.rel(m) + len(m.text) <= len(before)]
    if not named:
        return None
    m = named[-1]
    between = ctx.text[ctx.rel(m) + len(m.text):len(before) - 1]
    return m if between.strip() == m.title_ko else None


# not yet attended, or taking part as a standing member (44개국이 참여하고 있으며), not in one meeting
_PROSPECTIVE = re.compile(r"(?:한다|할\s|할 예정|하는 것으로|하기로|할지|여부|하고 있)")
_CONNECTIVE = re.compile(r"(?:하고|하며|하여|해서|해)\s")
_FUTURE_NOUNS = ("예정", "계획", "방침", "전망")
_PREDICATE = re.compile(r"([\uac00-\ud7a3]+다)(?:[\"'”’]?고)?(?=[\s.!?\"'”’,]|$)")


def _next_predicate(text: str, pos: int) -> str:
    """The first verb after ``pos`` that ends a sentence or a quotation (…연설했다, …논의한다"고 밝혔다)."""
    m = _PREDICATE.search(text, pos)
    return m.group(1) if m else ""


def _non_past(verb: str) -> bool:
    """Present or future (한다, 열린다, 할 예정이다), which news writing uses for what has not
    happened yet; a past verb (했다, 열렸다) or none at all (a headline) is not."""
    if len(verb) < 2:
        return False
    if verb[:-1].endswith(tuple(n + "이" for n in _FUTURE_NOUNS)) or verb[:-1].endswith(_FUTURE_NOUNS):
        return True
    if verb.endswith("습니다"):         # 했습니다 is past, 논의합니다 is not
        return len(verb) > 3 and _final_consonant(verb[-4]) != 20
    if verb.endswith("니다"):
        return len(verb) > 2 and _final_consonant(verb[-3]) == 17
    return verb[-2] == "는" or _final_consonant(verb[-2]) == 4


def _final_consonant(c: str) -> int:
    """A Hangul syllable's final consonant by its index: 4 ㄴ, 17 ㅂ, 20 ㅆ, 0 none; -1 for anything else."""
    return (ord(c) - 0xAC00) % 28 if "가" <= c <= "힣" else -1


_SPEECH = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _speech_around(text: str, pos: int) -> tuple[int, int] | None:
    """The quoted speech (“…”) that holds ``pos``, if any."""
    return next(((q.start(), q.end()) for q in _SPEECH.finditer(text) if q.start() < pos < q.end()), None)


def attendance(ctx: _Ctx) -> list[Relation]:
    out = []
    for pos in cue_positions("attended", ctx.lang, ctx.text):
        clause = ctx.clause_of(pos)
        if ctx.negated(clause):
            continue
        if _prospective(ctx, pos):
            continue
        summit = ctx.summit_for(pos)
        if summit is None:
            continue
        scope = (0, clause[1]) if ctx.lang == "ko" else clause
        people = [m for m in ctx.in_clause(scope, {"Person"})]
        agents = [m for m in ctx.in_clause(scope, AGENT_CLASSES)
                  if ctx.text[ctx.rel(m) + len(m.text):ctx.rel(m) + len(m.text) + 2].startswith(("은", "는", "이 ", "가 "))]
        if ctx.lang == "ko":
            agents += [m for m in _attending_phrase(ctx, pos) if m not in agents]
            agents += [m for m in _listed_before(ctx, agents) if m not in agents]
        quote = _speech_around(ctx.text, pos)
        for m in people + agents:
            # a person in a negated clause (… 참여하지 못했으나) did not attend
            if any(ctx.negated(c) and c[0] <= ctx.rel(m) < c[1] for c in ctx.clauses):
                continue
            if quote and not quote[0] <= ctx.rel(m) < quote[1]:
                continue        # 대통령실은 “미국과 중국이 모두 참여한 …”: the speaker is not who took part
            out.append(_r("attended", m, summit, ctx, "cue-attended-nominal" if _nominal(ctx, pos) else "cue-attended",
                          0.75))
    return out


def _prospective(ctx: _Ctx, pos: int) -> bool:
    """An attendance cue at ``pos`` in a form that says it has not happened yet."""
    if ctx.lang != "ko":
        return False
    if _PROSPECTIVE.match(ctx.text[pos + 2:pos + 14]):
        return True             # 참석한다, 참석할 예정, 참석하는 것으로 (알려졌다): not yet attended
    # 참석해 연설한다: a connective takes the tense of the verb that ends its chain
    return bool(_CONNECTIVE.match(ctx.text, pos + 2)) and _non_past(_next_predicate(ctx.text, pos))


def _nominal(ctx: _Ctx, pos: int) -> bool:
    """A Korean cue used as a noun, with no verb to give its tense (headlines: "…정상회의 참석")."""
    return ctx.lang == "ko" and ctx.text[pos:pos + 2] in ("참석", "참여", "참가", "방문") and \
        not re.match(r"(?:하|했|한|해|할|합|됐|되)", ctx.text[pos + 2:pos + 3])


# "…에 참석한 A·B 등 N개국과 C 등은": the cue in its adnominal form describes the noun phrase after
# it, up to that phrase's subject or topic particle; a bound noun after it (참석한 뒤, 참석한 것) is no
# phrase of attendees.
_ADNOMINAL = re.compile(r"(?:했던|한)\s+(?!(?:뒤|후|다음|바|것|데|적|가운데|이후|직후|이래|만큼)\b)")
_PHRASE_END = re.compile(r"(?:은|는|이|가|도)\s|[.!?\"“”]")


def _listed_before(ctx: _Ctx, heads: list[Mention]) -> list[Mention]:
    """The agents listed with one that carries the particle (한국·스페인·네덜란드가): a Korean list
    puts the particle on its last item only."""
    out = []
    for m in heads:
        at = ctx.rel(m)
        for prev in sorted((x for x in ctx.mentions if x.cls in AGENT_CLASSES and ctx.rel(x) < at),
                           key=ctx.rel, reverse=True):
            gap = ctx.text[ctx.rel(prev) + len(prev.text):at]
            if not re.fullmatch(r"\s*(?:[·,、]|와|과|및)\s*", gap):
                break
            out.append(prev)
            at = ctx.rel(prev)
    return out


def _attending_phrase(ctx: _Ctx, pos: int) -> list[Mention]:
    """Agents listed in the noun phrase an adnominal attendance cue describes, after a summit
    named with 에 just before the cue (‘…정상회의’에 참가한 A·B 등은 …)."""
    cue = next((w for w in cues()[("attended", "ko")] if ctx.text.startswith(w, pos)), "")
    after = _ADNOMINAL.match(ctx.text, pos + len(cue))
    before = ctx.text[max(0, pos - 4):pos].rstrip()
    if not cue or after is None or not before.endswith("에"):
        return []
    inside = [(ctx.rel(m), ctx.rel(m) + len(m.text)) for m in ctx.mentions]
    stop = next((e.start() + 1 for e in _PHRASE_END.finditer(ctx.text, after.end())
                 if not any(a <= e.start() < b for a, b in inside)), len(ctx.text))
    return [m for m in ctx.mentions if m.cls in AGENT_CLASSES and after.end() <= ctx.rel(m) < stop]


def chairing(ctx: _Ctx) -> list[Relation]:
    out = []
    for pos in cue_positions("chaired", ctx.lang, ctx.text):
        if ctx.negated(ctx.clause_of(pos)):
            continue
        summit = ctx.summit_for(None)
        after = ctx.text[pos:pos + 8]
        if re.match(r"(공동\s*)?의장인|co-chairs?\b", after):
            stop = ctx.text.find("함께", pos)
            scope = (pos, stop if stop > 0 else len(ctx.text))
        else:
            scope = (ctx.clause_of(pos)[0], pos)
        for m in ctx.in_clause(scope, {"Person"}):
            if summit is not None:
                out.append(_r("chaired", m, summit, ctx, "cue-chaired", 0.8))
    return out


def places_and_dates(ctx: _Ctx, doc_date: str | None, year_hint: int | None) -> list[Relation]:
    """X에서 열린 ‘SUMMIT’ / held in X: host country, city or venue, and the dates before it."""
    out = []
    dates = find_dates(ctx.text, ctx.lang, doc_date, year_hint)
    for pos in cue_positions("held", ctx.lang, ctx.text):
        if ctx.negated(ctx.clause_of(pos)):
            continue
        if ctx.lang == "ko":
            after = [m for m in ctx.mentions if m.cls == "Summit" and pos <= ctx.rel(m) <= pos + 40]
            subject = None if after else (_summit_subject(ctx, pos) or _summit_object(ctx, pos))
            if subject is not None:
                # ‘SUMMIT’이 (DATE) PLACE에서 열렸다: the places and the date between the summit and the verb;
                # (DATE) PLACE에서 ‘SUMMIT’을 개최했다: those before it
                summit = ctx.focus if subject.reference == "this" and ctx.focus else subject
                clause_start = ctx.clause_of(pos)[0]
                held = cue_positions("held", "ko", ctx.text)
                others = [ctx.rel(m) for m in ctx.mentions if m.cls == "Summit" and m is not subject and
                          not (m.authority_ids and m.authority_ids == subject.authority_ids)]

                def own(at: int) -> bool:
                    """Nothing between ``at`` and the verb belongs to another summit: no other summit
                    named, no other held verb (‘영국에서 열린 …’ inside the sentence is that one's)."""
                    return not any(at < x < pos for x in held + others)

                places = [m for m in ctx.mentions if clause_start <= ctx.rel(m) < pos and
                          (m.cls in PLACE_CLASSES or m.cls == "Country") and own(ctx.rel(m)) and
                          not ctx.rel(subject) <= ctx.rel(m) < ctx.rel(subject) + len(subject.text)]
                where = [m for k, m in enumerate(places) if _AT_PLACE_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         or m.cls == "City" and _CITY_VENUE_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         or m.cls in ("Country", "City") and k + 1 < len(places) and
                         places[k + 1].cls not in ("Country", m.cls) and
                         ctx.text[ctx.rel(m) + len(m.text):ctx.rel(places[k + 1])].isspace() and
                         _AT_PLACE_KO.match(ctx.text, ctx.rel(places[k + 1]) + len(places[k + 1].text))]
                date_here = [d for d in dates if clause_start <= d.start < pos and own(d.start)]
                for m in where:
                    out.append(_r("hostCountry" if m.cls == "Country" else "heldIn", summit, m, ctx, "cue-held", 0.8))
                if date_here:
                    d = date_here[-1]
                    out.append(_r("startDate", summit, None, ctx, "cue-held-date", 0.8, value=d.first))
                    if d.last != d.first:
                        out.append(_r("endDate", summit, None, ctx, "cue-held-date", 0.8, value=d.last))
                continue
            summit = (ctx.focus if after and after[0].reference == "this" else after[0]) if after else ctx.focus
            if not after and not any(m.reference == "this" for m in ctx.mentions) and \
                    not re.search(r"정상회의|회의", ctx.text[pos:pos + 30]):
                continue
            window = (max(0, pos - 30), pos)
            left = ctx.text.rfind("’", 0, pos)
            lo = max(window[0], ctx.text.rfind("‘", 0, pos) if left < ctx.text.rfind("‘", 0, pos) else window[0])
            where = [m for m in ctx.mentions if lo <= ctx.rel(m) and ctx.rel(m) + len(m.text) <= pos
                     and (m.cls in PLACE_CLASSES or m.cls == "Country")]
            date_here = [d for d in dates if window[0] - 10 <= d.start < pos]
        else:
            summit = ctx.summit_for(None)
            inside = _parenthetical(ctx.text, pos)
            if inside is not None and not any(inside[0] <= ctx.rel(m) < inside[1] for m in ctx.mentions
                                              if m.cls == "Summit"):
                continue        # "(the first two being held in …)": an aside about other meetings
            # "held at Bletchley Park in the UK", "held in New Delhi, India": the places after the cue,
            # up to where the phrase ends
            stop = re.search(r"[;.]|,\s+(?:which|and|but|where|while|with)\b|\s+(?:and|but)\s", ctx.text[pos + 5:pos + 45])
            reach = pos + 5 + stop.start() if stop else pos + 45
            where = [m for m in ctx.mentions if pos <= ctx.rel(m) <= min(reach, pos + 40) and
                     (m.cls in PLACE_CLASSES or m.cls == "Country")]
            if summit is not None and not where and ctx.text.startswith("held on", pos):
                # "The Lisbon Digital Summit in Lisbon was held on …": the place right after the summit's name
                where = [m for m in ctx.mentions if m.cls in PLACE_CLASSES and summit.sent == m.sent and
                         re.fullmatch(r"\s+in\s+(?:the\s+)?", ctx.text[ctx.rel(summit) + len(summit.text):ctx.rel(m)])]
            date_here = [d for d in dates if abs(d.start - pos) < 60]
        if summit is None:
            continue
        for m in where:
            rel = "hostCountry" if m.cls == "Country" else "heldIn"
            out.append(_r(rel, summit, m, ctx, "cue-held", 0.8))
        if date_here:
            d = date_here[-1] if ctx.lang == "ko" else date_here[0]
            out.append(_r("startDate", summit, None, ctx, "cue-held-date", 0.8, value=d.first))
            if d.last != d.first:
                out.append(_r("endDate", summit, None, ctx, "cue-held-date", 0.8, value=d.last))
    # "지난 21일 … 정상회의를 주재했다": a single day on which a named summit was chaired or held
    if ctx.lang == "ko" and has_cue("chaired", "ko", ctx.text):
        summit = ctx.summit_for(None)
        for d in dates:
            if summit is not None and d.first == d.last and len(d.first) == 10 and \
                    not cue_positions("held", "ko", ctx.text):
                out.append(_r("startDate", summit, None, ctx, "cue-chaired-date", 0.6, value=d.first))
    return out


def _parenthetical(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the brackets ``pos`` is inside, if any."""
    opening = text.rfind("(", 0, pos)
    if opening < 0 or text.rfind(")", 0, pos) > opening:
        return None
    closing = text.find(")", pos)
    return opening, closing if closing >= 0 else len(text)


# what may close a summit's name before its particle: quotes, brackets, a bracketed gloss
_NAME_CLOSE_KO = r"[’'”\"」』)]*(?:\s*\([^()]{1,60}\))?[’'”\"」』)]*"
_SUBJECT_TAIL_KO = re.compile(_NAME_CLOSE_KO + r"(?:\s*(?:개회식|개막식|폐회식|본회의|개막 행사))?(?:이|가|은|는|도)\s")   # ‘…’ 개회식이 … 개최됐다
# CITY VENUE에서 (인천 가나컨벤시아에서): a venue the data does not know, in a city it does; not after a
# country (미국 대사관에서 may be in any city)
_CITY_VENUE_KO = re.compile(r"\s+[\uac00-\ud7a3A-Za-z]+에서\b")
_AT_PLACE_KO = re.compile(r"(?:에서|서)\b|(?:에서|서)\s|"
                          # CITY 시내 한 호텔에서: a venue in the place, not named in the authority data
                          r"\s+(?:\S+\s+){0,2}\S*(?:호텔|센터|컨벤션|홀|궁|궁전|회관|청사|전시장|파크|타워)(?:에서|서)\b")


def _summit_subject(ctx: _Ctx, pos: int) -> Mention | None:
    """The summit that is the subject of a held verb at ``pos`` (‘…정상회의’가 CITY에서 열렸다), if any:
    the last summit named in the verb's clause, followed by a subject particle."""
    clause_start = ctx.clause_of(pos)[0]
    before = [m for m in ctx.mentions if m.cls == "Summit" and clause_start <= ctx.rel(m) and
              ctx.rel(m) + len(m.text) <= pos]
    for m in reversed(before):
        if _SUBJECT_TAIL_KO.match(ctx.text, ctx.rel(m) + len(m.text)):
            return m
    return None


_OBJECT_BEFORE_VERB_KO = re.compile(_NAME_CLOSE_KO + r"(?:을|를)\s*$")


def _summit_object(ctx: _Ctx, pos: int) -> Mention | None:
    """The summit that is the object right before an active held verb (‘…’을 개최했다), if any."""
    clause_start = ctx.clause_of(pos)[0]
    before = [m for m in ctx.mentions if m.cls == "Summit" and clause_start <= ctx.rel(m) and
              ctx.rel(m) + len(m.text) <= pos]
    if before and _OBJECT_BEFORE_VERB_KO.match(ctx.text[ctx.rel(before[-1]) + len(before[-1].text):pos]):
        return before[-1]
    return None


def initiatives(ctx: _Ctx) -> list[Relation]:
    out = []
    for relation in ("adopted", "launched"):
        for pos in cue_positions(relation, ctx.lang, ctx.text):
            clause = ctx.clause_of(pos)
            if ctx.negated(clause):
                continue
            scope = (0, clause[1]) if ctx.lang == "ko" else clause
            inits = ctx.in_clause(scope, INITIATIVE_CLASSES)
            if ctx.lang == "ko":
                inits = [m for m in inits if ctx.rel(m) < pos]
            if not inits:
                continue
            # "유엔 총회에서 채택된 협약": adopted by an organisation, not by a summit
            orgs_before = [m for m in ctx.mentions if m.cls in ORG_FAMILY and ctx.rel(m) < pos and
                           ctx.text[ctx.rel(m) + len(m.text):].startswith(("에서", "이 ", "가 ", "은 ", "는 "))]
            # "미국은 ‘…’을 발표했고", with no summit named: the country's own act, not a summit's adoption
            country_act = ctx.lang == "ko" and not any(m.cls == "Summit" for m in ctx.mentions) and any(
                m.cls == "Country" and ctx.rel(m) < pos and
                ctx.text.startswith(("은 ", "는 ", "이 ", "가 "), ctx.rel(m) + len(m.text)) for m in ctx.mentions)
            if relation == "adopted" and (re.search(r"\badopted by\b", ctx.text[pos:pos + 12]) or
                                          (orgs_before and ctx.lang == "ko") or country_act):
                continue
            if relation == "launched" and orgs_before:
                subject = orgs_before[-1]
            else:
                subject = ctx.summit_for(None)
            if subject is None:
                continue
            # the document's summit, by default: no summit is named in the sentence
            method = f"cue-{relation}-document-summit" if subject is ctx.focus and not any(
                x.cls == "Summit" for x in ctx.mentions) else f"cue-{relation}"
            for m in inits:
                out.append(_r(relation, subject, m, ctx, method, 0.75))
    return out


_COUNT_KO = re.compile(r"(\d[\d,]*)\s*(?:여\s*)?(?:개\s*)?(개국|개\s*국가|국가|국|명|여명)\s*(?:이상)?")
_UNITS_EN = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
_TENS_EN = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = rf"(?:(?:{'|'.join(_TENS_EN)})(?:[-\s](?:{'|'.join(_UNITS_EN[:9])}))?|{'|'.join(_UNITS_EN)})"
_COUNT_EN = re.compile(rf"(?:over|more than|about|some|nearly)?\s*(?<![\w-])(\d[\d,]*|(?i:{_NUMBER_WORD}))\s+"
                       r"(countries|nations|participants|people|delegates)")


def _number(text: str) -> int:
    """12, 1,200, or a number written out (Twenty-seven)."""
    if text[0].isdigit():
        return int(text.replace(",", ""))
    words = re.split(r"[-\s]+", text.lower())
    n = 0
    for w in words:
        n += (_TENS_EN.index(w) + 2) * 10 if w in _TENS_EN else _UNITS_EN.index(w) + 1
    return n


_NOT_YET_KO = r"(?:참여|참가|참석)(?:하고 있|하는|한다|할|합니다)"


def counts(ctx: _Ctx) -> list[Relation]:
    out = []
    pat = _COUNT_KO if ctx.lang == "ko" else _COUNT_EN
    for m in pat.finditer(ctx.text):
        if re.search(r"주요\s*$", ctx.text[:m.start()]) or ctx.text[m.end():m.end() + 3].startswith(("(G", "（G")):
            continue            # 주요 7개국(G7) names a group, it does not count participants
        n = _number(m.group(1))
        unit = "people" if m.group(2) in ("명", "여명", "participants", "people", "delegates") else "countries"
        clause = ctx.clause_of(m.start())
        tail = ctx.text[m.end():clause[1]]
        init_after = ctx.in_clause((m.end(), clause[1]), INITIATIVE_CLASSES)
        if init_after and re.search(r"참여한|서명한|동참한|지지한|채택|signed|endorsed", tail):
            out.append(_r("signatoryCount", init_after[0], None, ctx, "count-signatories", 0.7, value=str(n)))
            continue
        head = ctx.text[clause[0]:m.start()]
        init_before = ctx.in_clause((clause[0], m.start()), INITIATIVE_CLASSES)
        if init_before and unit == "countries" and re.search(r"(?:signed|endorsed|adopted|joined) by\s+(?:over |more than |some )?$|서명|채택", head[-40:] + " "):
            out.append(_r("signatoryCount", init_before[-1], None, ctx, "count-signatories", 0.7, value=str(n)))
            continue
        reach = 30 if ctx.lang == "ko" else 45     # brought together representatives from N countries
        window = ctx.text[max(0, m.start() - reach):m.start()]
        if ctx.lang == "ko" and (re.match(r"\S*\s*(?:\S+\s+){0,2}?" + _NOT_YET_KO, tail) or
                                 re.search(_NOT_YET_KO, window)):
            continue            # 44개국이 참여하고 있으며, 38개국 각료가 참석하는 기구, 참석할 예정이며 이 중
            #                     34개국: members of a body, or who has not come yet
        if not (has_cue("attended", ctx.lang, tail) or has_cue("attended", ctx.lang, window)):
            continue
        summit = ctx.summit_for(None)
        if summit is not None:
            out.append(_r("participantCount", summit, None, ctx, "count-participants", 0.7, value=str(n),
                          extra=(("unit", unit),)))
    return out


def series(ctx: _Ctx, summit_dates: dict[str, str]) -> list[Relation]:
    """‘A’와 ‘B’에 이어 … 개최되는 정상회의 / the follow-up to B: a chain in date order."""
    if not has_cue("follows", ctx.lang, ctx.text) or ctx.negated((0, len(ctx.text))):
        return []
    named = [m for m in ctx.mentions if m.cls == "Summit" and not m.reference]
    current = ctx.focus
    others = [m for m in named if current is None or _key(m) != _key(current)]
    if current is None or not others:
        return []
    chain = sorted({_key(m): m for m in others}.values(), key=lambda m: (summit_dates.get(_key(m), "9999"), m.start))
    chain.append(current)
    return [_r("follows", later, earlier, ctx, "cue-follows", 0.7) for earlier, later in zip(chain, chain[1:])]


def references(ctx: _Ctx, section: Mention | None) -> list[Relation]:
    """In the text of a statement, the initiatives it acknowledges."""
    if section is None or not has_cue("references", ctx.lang, ctx.text):
        return []
    return [_r("references", section, m, ctx, "cue-references", 0.7)
            for m in ctx.mentions if m.cls in INITIATIVE_CLASSES and not m.reference and _key(m) != _key(section)]


_SIGN_KO = re.compile(r"서명|동참|채택|가입|지지")
_SIGN_EN = re.compile(r"\b(?:signed|signing|signatories|endorsed|endorsing|joined|adopted by|members)\b", re.I)
_PASSIVE_KO = re.compile(r"[되됐된돼됨]")
_PLURAL_LEADERS = re.compile(r"정상들|참가국들|참여국들|서명국들|\bleaders\b|\bparticipating countries\b|\battendees\b")


_PASSIVE_EN = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$", re.I)
# between the last subject and an active verb: "… and 27 countries have (also) signed"
_SUBJECT_TO_VERB_EN = re.compile(r"(?:\s+and\s+(?:\d+|[a-z-]+)\s+(?:other\s+)?(?:countries|nations|states|others))?"
                                 r"(?:,?\s+on\s+[A-Z][a-z]+day,?)?"     # … including China, on Tuesday signed
                                 r"(?:\s+(?:have|has|had|also|all|both|formally|jointly|officially|now|then))*\s+")
_LIST_SEP_EN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _english_subjects(ctx: _Ctx, pos: int) -> list[Mention]:
    """The countries and organisations listed right before an active English verb at ``pos``
    (Saudi Arabia, the UAE, and Israel have signed …): its subject, read back over the list."""
    before = sorted((m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and
                     ctx.rel(m) + len(m.text) <= pos), key=lambda m: m.start)
    if not before or not _SUBJECT_TO_VERB_EN.fullmatch(ctx.text, ctx.rel(before[-1]) + len(before[-1].text), pos):
        return []
    out, seps = [before[-1]], []
    for m in reversed(before[:-1]):
        sep = _LIST_SEP_EN.fullmatch(ctx.text, ctx.rel(m) + len(m.text), ctx.rel(out[0]))
        if not sep:
            break
        out.insert(0, m)
        seps.append(sep.group(0))
    # a list ends in "and"; without one the comma closes an opening phrase (At the summit hosted by
    # France, India signed …)
    return out if not seps or "and" in seps[0] else out[-1:]


def signing(ctx: _Ctx) -> list[Relation]:
    """Countries and organisations that signed, joined or adopted an initiative.

    Korean puts the signers first, as the subject (미국·중국 등 86개국과 EU 등은 … 선언문을
    채택했다); English after "signed by" or in a list (Among those signing … were China,
    France and India).  A leader who joins the adoption signs for their country.  "정상들은 …
    채택했다" (the leaders adopted) signs for every country that attended, which only the
    whole document knows: it becomes a ``signed_by_attendees`` marker for identity resolution.
    """
    out = []
    pat = _SIGN_KO if ctx.lang == "ko" else _SIGN_EN
    by_span = {(m.start, m.end): m for m in ctx.mentions}
    for cue in pat.finditer(ctx.text):
        pos = cue.start()
        clause = ctx.clause_of(pos)
        if ctx.negated(clause):
            continue
        inits = ctx.in_clause((0, len(ctx.text)) if ctx.lang == "ko" else clause, INITIATIVE_CLASSES)
        if not inits:
            continue
        near = min(inits, key=lambda m: abs(ctx.rel(m) - pos))
        if ctx.lang == "ko":
            # the signers: agents before the cue that are the clause's subject, up to the initiative
            agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and ctx.rel(m) < ctx.rel(near)
                      and ctx.rel(m) >= clause[0]]
            subj = re.search(r"(?:등|국|들)?(?:이|가|은|는)\s", ctx.text[clause[0]:ctx.rel(near)])
            if not subj:
                agents = []
        else:
            agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and cue.end() <= ctx.rel(m) < clause[1]
                      and not re.search(r"\b(?:but|while|not|at|hosted|held|during)\b", ctx.text[cue.end():ctx.rel(m)])]
            if ctx.rel(near) > pos and not _PASSIVE_EN.search(ctx.text, 0, pos) and \
                    not re.match(r"\s*by\b", ctx.text[cue.end():]):
                agents += [m for m in _english_subjects(ctx, pos) if m not in agents]
        passive = ctx.lang == "ko" and _PASSIVE_KO.match(ctx.text, cue.end())
        if passive:             # … 선언이 채택됐다: the text is the subject; who took part is not said to sign
            agents = []
        people = [m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) < pos and not passive
                  and (ctx.lang == "ko" or clause[0] <= ctx.rel(m))]
        for p in people:                         # a leader joining the adoption signs for the country
            org = by_span.get(tuple(p.org_span)) if p.org_span else None
            if org is not None and org not in agents:
                agents.append(org)
        for a in agents:
            for i in inits if ctx.lang == "ko" else [near]:
                if ctx.lang == "ko" and ctx.rel(i) < ctx.rel(a):
                    continue
                out.append(_r("signed", a, i, ctx, "cue-signed", 0.7))
        if not agents and _PLURAL_LEADERS.search(ctx.text[clause[0]:pos] if ctx.lang == "ko" else ctx.text):
            for i in inits:
                out.append(_r("signed_by_attendees", i, None, ctx, "leaders-adopted", 0.6))
    return out


def glosses(ctx: _Ctx) -> list[Relation]:
    """A name glued to its translation or abbreviation: 유엔UN, 행동 정상회의(AI Action Summit)."""
    out = []
    ms = sorted((m for m in ctx.mentions if not m.reference), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        gap = ctx.text[ctx.rel(a) + len(a.text):ctx.rel(b)]
        if re.sub(r"^[’'”\"]", "", gap) not in ("", "(", " (") or FAMILY.get(a.cls) != FAMILY.get(b.cls):
            continue
        bracketed = gap.endswith("(") and ctx.text.startswith(")", ctx.rel(b) + len(b.text))
        if bool(_HANGUL.search(a.text)) == bool(_HANGUL.search(b.text)) and not bracketed:
            continue            # two names side by side, unless the second is the first's bracketed short name
        if a.authority_ids and b.authority_ids and a.authority_ids[0] != b.authority_ids[0]:
            continue
        out.append(_r("gloss", a, b, ctx, "gloss-adjacent", 0.9))
    return out


_ISSUER_GAP = re.compile(r"^(?:\s*|의\s+|’s\s+|'s\s+|\s*\(|\s*차원의\s+|(?:이|가|에서)\s+(?:수립|제정|마련|발표|채택|출범|설립)[한된]\s+[‘'“]?)$")


def issuers(ctx: _Ctx) -> list[Relation]:
    """An organisation or country named right before an initiative is its issuer:
    UNESCO Recommendation on …, 유엔 총회의 AI 결의안, 한국 정부가 수립한 디지털 권리장전."""
    out = []
    ms = sorted(ctx.mentions, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        if a.cls in AGENT_CLASSES and b.cls in INITIATIVE_CLASSES and not b.reference:
            gap = ctx.text[ctx.rel(a) + len(a.text):ctx.rel(b)]
            if _ISSUER_GAP.match(gap) and not b.text.startswith(a.text):
                out.append(_r("launched", a, b, ctx, "issuer-modifier", 0.6))
    return out


_HOST_KO = re.compile(r"^\s*(?:정부가|정부\s*주최로|정부\s*주최의|이|가)?\s*(?:주최하는|주최한|주최하고|주최로|개최하는|개최한)\s*")


def hosts(ctx: _Ctx) -> list[Relation]:
    """India’s AI Impact Summit, 영국 정부가 주최하는 ‘AI 안전 정상회의’: the country that hosts it."""
    out = []
    ms = sorted(ctx.mentions, key=lambda m: m.start)
    for i, a in enumerate(ms):
        if a.cls != "Country":
            continue
        after = ctx.text[ctx.rel(a) + len(a.text):]
        nxt = next((m for m in ms[i + 1:] if m.cls == "Summit"), None)
        if nxt is None:
            continue
        gap = ctx.text[ctx.rel(a) + len(a.text):ctx.rel(nxt)]
        if ctx.lang == "en" and re.fullmatch(r"(?:’s|'s)\s+(?:the\s+)?", gap):
            out.append(_r("hostCountry", nxt, a, ctx, "possessive-host", 0.7))
        elif ctx.lang == "ko" and (m := _HOST_KO.match(after)) and re.fullmatch(r"[\s‘'“\"]*", gap[m.end():]):
            out.append(_r("hostCountry", nxt if nxt.reference != "this" else nxt, a, ctx, "cue-hosted", 0.75))
    return out


_YEAR = re.compile(r"(20\d\d)년|\b(20\d\d)\b")
# a year followed by a founding (G20은 2008년 … 출범한 협의체로; founded in 2008) is history, not the
# year an undated document's dates are in
_FOUNDING = re.compile(r"[^.。!?]{0,40}?(?:출범|설립|창설|창립|발족|founded|established|created|launched in)")


def document_relations(doc: Document, sentences: list[Sentence], mentions: list[list[Mention]]) -> list[Relation]:
    flat = [m for ms in mentions for m in ms]
    focus = focus_summit(flat)
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(doc.text)
             if not _FOUNDING.match(doc.text, m.end(), m.end() + 60)]
    year_hint = int(doc.meta.date[:4]) if doc.meta.date else (Counter(years).most_common(1)[0][0] if years else None)
    out: list[Relation] = []
    section: Mention | None = None
    summit_dates: dict[str, str] = {}
    ctxs = [_Ctx(s, ms, focus) for s, ms in zip(sentences, mentions)]
    for ctx in ctxs:
        for r in places_and_dates(ctx, doc.meta.date, year_hint):
            if r.relation == "startDate":
                summit_dates.setdefault(_key(r.subject), r.value)
    for ctx in ctxs:
        # a line that is just the name of a statement opens its text
        inits = [m for m in ctx.mentions if m.cls in INITIATIVE_CLASSES and not m.reference]
        if inits and len(inits[0].text) >= len(ctx.text.strip()) - 2:
            # a statement followed by its translation: two titles, two languages, one text
            if section is not None and section.lang != inits[0].lang and \
                    FAMILY.get(section.cls) == FAMILY.get(inits[0].cls):
                out.append(_r("gloss", inits[0], section, ctx, "translation-section", 0.8))
            section = inits[0]
            out += glosses(ctx)
            continue
        out += positions(ctx) + attendance(ctx) + chairing(ctx) + places_and_dates(ctx, doc.meta.date, year_hint)
        out += glosses(ctx) + issuers(ctx) + hosts(ctx) + initiatives(ctx) + counts(ctx) + series(ctx, summit_dates) + references(ctx, section) + signing(ctx)
    # a preview, which says elsewhere who will attend: its headlines' "… 참석" are not yet attendance, and
    # what was adopted in a sentence naming no summit was adopted before, by another (브레츨리 선언은 … 합의했다)
    if any(_prospective(ctx, pos) for ctx in ctxs for pos in cue_positions("attended", ctx.lang, ctx.text)):
        out = [r for r in out if r.method not in ("cue-attended-nominal", "cue-adopted-document-summit")]
    return out
