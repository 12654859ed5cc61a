"""Where and when a summit was held, and which country hosted it.

Korean puts the summit first or as the object of an active verb (‘…’이 CITY에서
열렸다, CITY에서 ‘…’을 개최했다), English after the cue (held in New Delhi, India);
only the places and dates in the summit's own stretch of the clause count.
"""
from __future__ import annotations

import re
from collections import Counter

from ontology import FAMILY

from .attendance import listed_before
from .context import COUNTRY_SUBJECT_KO, EARLIER_EDITION_EN, LIST_SEP_EN, PLACE_CLASSES, Context, english_subjects, make_relation
from .dates import find_dates
from .documents import Document
from .gazetteer import lookup_normalised
from .lexicon import cue_positions, has_cue
from .model import Mention, Relation
from .tense import next_predicate, non_past
from .words import AGENT_CLASSES


# an earlier year the clause is about: "since 2005, when the forum was last hosted in …"
_THEN_EN = re.compile(r"\b((?:19|20)\d\d),?\s+when\b[^.;]*$")
# a time still to come, counted from now: 내년, 6개월 후, 2년 뒤
_LATER_KO = re.compile(r"내년|\d+\s*(?:개월|년)\s*(?:후|뒤)")
# the meeting after this one, not named: "The next meeting will be held in …"
_NEXT_EN = re.compile(r"\b(?:next|following|upcoming|subsequent)\s+(?:\w+\s+)?(?:meeting|summit|edition|session|"
                      r"conference|forum|round|gathering)s?\b", re.I)


# "NAIROBI, 4 March 2026 – …", "Seoul, May 21 (Yonhap) -- …": where and when the story was filed
_THEME_EN = re.compile(r"held\s+under\s+the\s+(?:theme|banner|motto|slogan)\s+[“\"‘'][^”\"’]{1,120}[”\"’'],?\s*")
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][\w.'’ -]{1,40},\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:--?|–|—)\s")


def _dateline(text: str, d) -> bool:
    """The date of a dateline that opens the sentence: the story's, not the meeting's."""
    return bool(_DATELINE_BEFORE.fullmatch(text, 0, d.start) and _DATELINE_AFTER.match(text, d.end))


_OTHER_MEETING_KO = re.compile(r"\S*(?:된|린|한)\s+(?:첫|지난|이전|직전|제?\s*\d+\s*차)\s*(?:회의|회담|정상회의|대화|포럼)")


_WHEN_FIRST_EN = re.compile(r"held\s+(?:over\s+\w+\s+days?\s+)?(?:from|on|between)\s+[^.;]{0,50}?\b(?:19|20)\d\d,?\s*"
                            r"(?=(?:in|at)\s)")
_OTHER_OBJECT_KO = re.compile(r"[’'”\"]\s*[을를]\s*,")


_SINCE_EN = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-)?$", re.I)


_FIRST_HELD = re.compile(r"(?:처음|최초로?|\bfirst)\s*$")
_YEAR_NEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _earlier_year(ctx: Context, pos: int, doc_date: str | None) -> bool:
    """Whether the clause of a "first held" names a year before the document's (any year, when the
    document has no date): the series began then, so the place is that first meeting's."""
    lo, hi = ctx.clause_of(pos)
    years = [int(y) for y in _YEAR_NEAR.findall(ctx.text, max(lo, pos - 40), min(hi, pos + 40))]
    return any(doc_date is None or y < int(doc_date[:4]) for y in years)


# held in partnership (collaboration, conjunction, …) with: a partner, not a place
_HELD_WITH_EN = re.compile(r"\w+\s+in\s+(?:close\s+)?(?:partnership|collaboration|cooperation|conjunction|association|"
                           r"tandem|coordination)\b")
_BEFORE_HELD_EN = re.compile(r"[’'”\"]?,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|will\s+be|has\s+been|being)\s+)?")


def _named_right_before_en(ctx: Context, pos: int) -> Mention | None:
    """A summit named (not "the summit") with only quotes or "which was" between it and the held verb."""
    return next((m for m in ctx.mentions if m.cls == "Summit" and not m.reference and
                 _BEFORE_HELD_EN.fullmatch(ctx.text, ctx.rel(m) + len(m.text), pos)), None)


# a date that another event after it keeps, before the held verb (2023년 11월 ‘…합의’로 격상된 이후 처음으로 열린)
_SINCE_THEN_KO = r"이후|이래|만에"
# a date followed by another act's verb (2016년 12월 체결된 ‘…협정’): that act's date, not the meeting's
_OTHER_ACT_AFTER_DATE_KO = re.compile(r"\s*(?:에\s*)?(?:체결|채택|발표|서명|출범|설립|제정|발효|수립)(?:된|한|됐|했|하)")


# 개최 ending a headline or one of its phrases (…, ·, or the end), which stands for the verb
_BARE_HELD_KO = re.compile(r"(?<=[\uac00-\ud7a3\s’'”\"])(?:개최|개막)(?=\s*(?:…|\.{2,3}|·|,|$))")


def places_and_dates(ctx: Context, doc_date: str | None, year_hint: int | None) -> list[Relation]:
    """X에서 열린 ‘SUMMIT’ / held in X: host country, city or venue, and the dates before it."""
    out = []
    # not a dateline's, and not the start of a period (held in different states since December 2023)
    dates = [d for d in find_dates(ctx.text, ctx.lang, doc_date, year_hint) if not _dateline(ctx.text, d)
             and not (ctx.lang == "en" and _SINCE_EN.search(ctx.text, 0, d.start))]
    held = cue_positions("held", ctx.lang, ctx.text)
    if ctx.lang == "ko":        # a headline's bare noun: 가나에서 AI 정상회의 개최…
        held = sorted(set(held) | {m.start() for m in _BARE_HELD_KO.finditer(ctx.text)})
    for pos in held:
        if ctx.negated(ctx.clause_of(pos), pos):
            continue
        if ctx.lang == "en" and _HELD_WITH_EN.match(ctx.text, pos):
            continue            # "held in partnership with Chile's …": with whom, not where
        if ctx.lang == "ko" and _OTHER_MEETING_KO.match(ctx.text, pos):
            continue            # 독일 베를린에서 개최된 첫 회의에 이어: where an earlier meeting of the series was held
        if _FIRST_HELD.search(ctx.text, max(0, pos - 12), pos) and _earlier_year(ctx, pos, doc_date):
            continue            # 지난 2022년 한국에서 처음 개최됐으며; was first held in Oslo in 2019: the series' first
            #                     meeting (not 아프리카에서 처음 개최된 이번 정상회의, this one, with no earlier year)
        if ctx.lang == "ko" and _LATER_KO.search(ctx.text, 0, pos) and not any(
                m.cls == "Summit" and not m.reference and not m.authority_ids and ctx.rel(m) < pos for m in ctx.mentions):
            continue            # 6개월 후 한국에서 … 정상회담을 개최한다: the next one, not a summit the data or the document knows
        if ctx.lang == "ko":
            after = [m for m in ctx.mentions if m.cls == "Summit" and pos <= ctx.rel(m) <= pos + 40]
            subject = None if after else (_summit_subject(ctx, pos) or _summit_object(ctx, pos))
            if subject is not None:
                # ‘SUMMIT’이 (DATE) PLACE에서 열렸다: the places and the date between the summit and the verb;
                # (DATE) PLACE에서 ‘SUMMIT’을 개최했다: those before it
                summit = ctx.focus if subject.reference == "this" and ctx.focus else subject
                clause_start = ctx.clause_of(pos)[0]
                others = [ctx.rel(m) for m in ctx.mentions if m.cls == "Summit" and m is not subject and
                          not (m.authority_ids and m.authority_ids == subject.authority_ids)]

                # A에서 ‘X’를, B에서 ‘SUMMIT’을 개최했다: another object of the verb, with its own place
                objects = [o.start() for o in _OTHER_OBJECT_KO.finditer(ctx.text, 0, pos)
                           if o.start() < ctx.rel(subject)]

                def own(at: int) -> bool:
                    """Nothing between ``at`` and the verb belongs to another summit: no other summit
                    named, no other held verb (‘영국에서 열린 …’ inside the sentence is that one's)."""
                    return not any(at < x < pos for x in held + others + objects)

                places = [m for m in ctx.mentions if clause_start <= ctx.rel(m) < pos and
                          (m.cls in PLACE_CLASSES or m.cls == "Country") and own(ctx.rel(m)) and
                          not ctx.rel(subject) <= ctx.rel(m) < ctx.rel(subject) + len(subject.text)]
                where = [m for k, m in enumerate(places) if _AT_PLACE_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         or m.cls == "City" and _CITY_VENUE_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         or m.cls in ("Country", "City") and k + 1 < len(places) and
                         places[k + 1].cls not in ("Country", m.cls) and
                         ctx.text[ctx.rel(m) + len(m.text):ctx.rel(places[k + 1])].isspace() and
                         _AT_PLACE_KO.match(ctx.text, ctx.rel(places[k + 1]) + len(places[k + 1].text))
                         or m.cls == "Country" and _country_of_place_ko(ctx, m, places[k + 1:])]
                date_here = [d for d in dates if clause_start <= d.start < pos and own(d.start)
                             and not _announced_on(ctx, pos, d, doc_date)
                             and not re.search(_SINCE_THEN_KO, ctx.text[d.end:pos])
                             and not _OTHER_ACT_AFTER_DATE_KO.match(ctx.text, d.end)]
                for m in where:
                    out.append(make_relation("hostCountry" if m.cls == "Country" else "heldIn", summit, m, ctx, "cue-held", 0.8))
                if date_here:
                    d = date_here[-1]
                    out.append(make_relation("startDate", summit, None, ctx, "cue-held-date", 0.8, value=d.first))
                    if d.last != d.first:
                        out.append(make_relation("endDate", summit, None, ctx, "cue-held-date", 0.8, value=d.last))
                continue
            summit = (ctx.focus if after and after[0].reference == "this" else after[0]) if after else ctx.focus
            verb_end = pos + len(re.match(r"\S*", ctx.text[pos:]).group(0))
            if not after and any(FAMILY.get(m.cls) == "Initiative" and 0 <= ctx.rel(m) - verb_end <= 2
                                 for m in ctx.mentions):
                continue        # 서울에서 열린 ‘…공동 선언문’ 확대 행사에서: an event of a text, not a summit's
            # (a meeting word of its own or the end of the document's meeting's name, not another
            # meeting's: 열린 반도체 현안 점검회의에서)
            word = re.search(r"[\uac00-\ud7a3]*회의", ctx.text[pos:pos + 30])
            if word and any(pos < h < pos + word.start() for h in held):
                word = None     # 열린 가나학회 행사 중 개최된 회의: the 회의 of the second verb, not of this one
            if word and not after and re.search(r"(?:제\s*)?\d{1,2}\s*(?:차|회)\s", ctx.text[pos:pos + word.start()]):
                continue        # 샌디에이고에서 열린 제2회 가나 네트워크 회의: one numbered meeting of another series
            if not after and not any(m.reference == "this" for m in ctx.mentions) and not (word and (
                    word.group(0) in ("회의", "정상회의") or ctx.focus and
                    ctx.focus.text.replace(" ", "").endswith(word.group(0)))):
                continue
            window = (max(0, pos - 30), pos)
            left = ctx.text.rfind("’", 0, pos)
            lo = max(window[0], ctx.text.rfind("‘", 0, pos) if left < ctx.text.rfind("‘", 0, pos) else window[0])
            # (not the place or date of another held verb between it and this one: 산티아고에서 열린 가나학회
            # 행사 중 개최된 회의: the 학회's)
            near = sorted((m for m in ctx.mentions if lo <= ctx.rel(m) and ctx.rel(m) + len(m.text) <= pos
                           and (m.cls in PLACE_CLASSES or m.cls == "Country") and
                           not any(ctx.rel(m) < h < pos for h in held)),
                          key=lambda m: m.start)
            # the places of the verb: one marked 에서 (영국 런던에서), or a country right before such a place;
            # not a country that is the sentence's subject (중국 정부는 지난해 영국에서 열린 …)
            marked = [m for m in near if _AT_PLACE_KO.match(ctx.text, ctx.rel(m) + len(m.text)) or
                      m.cls == "City" and _IN_CITY_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            # (or a country before such a place, words saying where in it between: 일본 가나현 라티움시에서)
            where = [m for m in near if m in marked or any(
                n in marked and ctx.text[ctx.rel(m) + len(m.text):ctx.rel(n)].isspace() for n in near) or
                m.cls == "Country" and _country_of_place_ko(ctx, m, [n for n in marked if ctx.rel(n) > ctx.rel(m)])]
            date_here = [d for d in dates if window[0] - 10 <= d.start < pos and not any(d.start < h < pos for h in held)
                         and not re.search(_SINCE_THEN_KO, ctx.text[d.end:pos])
                         and not _OTHER_ACT_AFTER_DATE_KO.match(ctx.text, d.end)]
        else:
            then = _THEN_EN.search(ctx.text, 0, pos)
            if then and then.group(1) != (doc_date or "")[:4]:
                continue        # "… since 2005, when the forum was last hosted in Busan": that year's meeting
            # "… at the ‘AI Safety Summit’ held in Bletchley Park": the summit right before the verb
            summit = _named_right_before_en(ctx, pos) or ctx.summit_for(None)
            if _named_right_before_en(ctx, pos) is None and _AN_UNNAMED_MEETING_EN.search(ctx.text, 0, pos):
                continue        # "In a meeting held on 1 May in Rabat, … of the Ostrava Forum for Peace": a meeting
                #                 the sentence does not name, not the body or summit it names later
            if summit is not None and summit in ctx.mentions and ctx.rel(summit) > pos and \
                    re.search(r"\b(?:next|upcoming|following)\s+$", ctx.text[:ctx.rel(summit)]):
                continue        # "gathered in Cartagena … towards the next EU-CELAC Summit": not where that one meets
            if EARLIER_EDITION_EN.search(ctx.text, 0, pos) and not any(
                    m.cls == "Summit" and not m.reference for m in ctx.mentions):
                continue        # "In February 2023, the first summit in the Netherlands, co-hosted by …": an
                #                 earlier meeting of the series, which the sentence does not name
            if _NEXT_EN.search(ctx.text, 0, pos) and not any(
                    m.cls == "Summit" and not m.reference and ctx.rel(m) < pos for m in ctx.mentions):
                continue        # "The next meeting will be held in Nairobi": not the document's summit
            inside = _parenthetical(ctx.text, pos)
            if inside is not None and not any(inside[0] <= ctx.rel(m) < inside[1] for m in ctx.mentions
                                              if m.cls == "Summit"):
                continue        # "(the first two being held in …)": an aside about other meetings
            # "held at Bletchley Park in the UK", "held in New Delhi, India": the places after the cue,
            # up to where the phrase ends
            # (after when, if when comes first: "held over two days from Thursday, May 2 to Friday, 3, 2024,
            # in Lisbon, Portugal")
            # (past the theme it was held under: "held under the theme “Data for All,” from June 3 to 5")
            theme = _THEME_EN.match(ctx.text, pos)
            at = theme.end() if theme else pos
            when = _WHEN_FIRST_EN.match(ctx.text, at)
            start = when.end() if when else at
            stop = re.search(r"[;.]|,\s+(?:which|and|but|where|while|with|was|were|is|are|has|have)\b|"
                             r"\s+(?:and|but)\s", ctx.text[start + 5:start + 45])
            reach = start + 5 + stop.start() if stop else start + 45
            # (a demonym is an adjective: "… in 2025, was co-chaired by Portuguese Prime Minister …")
            # (not where guests came from: "hosted leaders from Ruritania and Elbonia")
            where = [m for m in ctx.mentions if pos <= ctx.rel(m) <= min(reach, start + 40) and
                     (m.cls in PLACE_CLASSES or m.cls == "Country") and m.method != "demonym" and
                     not re.search(r"\bfrom\s+(?:the\s+)?$", ctx.text[max(0, ctx.rel(m) - 12):ctx.rel(m)])]
            where += _listed_after(ctx, where)
            if summit is not None and not where and ctx.text.startswith("held on", pos):
                # "The Lisbon Digital Summit in Lisbon was held on …": the place right after the summit's name
                where = [m for m in ctx.mentions if m.cls in PLACE_CLASSES and summit.sent == m.sent and
                         re.fullmatch(r"\s+in\s+(?:the\s+)?", ctx.text[ctx.rel(summit) + len(summit.text):ctx.rel(m)])]
            # (or right after a long name the verb governs: "hosted the … Summit on the Ethics of … on 19 March")
            named = [ctx.rel(m) + len(m.text) for m in ctx.mentions if m.cls == "Summit" and 0 <= ctx.rel(m) - pos <= 30]
            date_here = [d for d in dates if abs(d.start - at) < 60 or any(0 <= d.start - e <= 12 for e in named)]
            if not date_here and len(dates) == 1 and re.match(r"(?:On|From|Between)\s+$", ctx.text[:dates[0].start]):
                date_here = dates       # "On 20 and 21 November 2024, … are convening in …": the sentence's date
        if summit is None:
            continue
        ahead = _AHEAD_OF_EN.search(ctx.text, 0, pos) if ctx.lang == "en" else None
        if ahead is not None and not (summit.sent == ctx.sent.index and ctx.rel(summit) > ahead.start()):
            continue            # "On 14 March, NAME visited … ahead of the G7 meeting to be held in Trento", "to prepare
            #                     for the G7 summit to be held in Biarritz": a meeting the sentence does not name, whose
            #                     place and dates are not the document's meeting's (nor is the visit's date)
        for m in where:
            rel = "hostCountry" if m.cls == "Country" else "heldIn"
            out.append(make_relation(rel, summit, m, ctx, "cue-held", 0.8))
        if ahead is not None:
            date_here = [d for d in date_here if d.start > ahead.start()]   # (the visit's date is not the meeting's)
        if date_here:
            d = date_here[-1] if ctx.lang == "ko" else date_here[0]
            out.append(make_relation("startDate", summit, None, ctx, "cue-held-date", 0.8, value=d.first))
            if d.last != d.first:
                out.append(make_relation("endDate", summit, None, ctx, "cue-held-date", 0.8, value=d.last))
    if ctx.lang == "en":
        out += _summit_in_place(ctx, dates) + _dated_in_brackets(ctx, dates) + _organised_then_held_en(ctx, dates)
    # "지난 21일(과 22일) … 정상회의를 주재했다": the day or days on which a named summit was chaired
    if ctx.lang == "ko" and has_cue("chaired", "ko", ctx.text):
        summit = ctx.summit_for(None)
        for d in dates:
            if summit is not None and len(d.first) == 10 and not cue_positions("held", "ko", ctx.text):
                out.append(make_relation("startDate", summit, None, ctx, "cue-chaired-date", 0.6, value=d.first))
                if d.last != d.first:
                    out.append(make_relation("endDate", summit, None, ctx, "cue-chaired-date", 0.6, value=d.last))
    return out


# an indefinite meeting right before the held verb ("a meeting held", "an event hosted")
_AN_UNNAMED_MEETING_EN = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:[\w-]+\s+){0,2}(?:meeting|event|ceremony|session|gathering|"
                                    r"dinner|reception|briefing|workshop|seminar|symposium|webinar|training)"
                                    # (what it was about: "a major international workshop on AI capacity building")
                                    r"(?:\s+(?:on|about|for)\s+[^,.;:]{1,60}?)?\s+(?:was\s+)?$")


# "… Summit in Kigali", "… Summit 2025 in Kigali" (the edition's year between them), "… Summit in the
# Saudi capital, Riyadh" (a city named after what it is)
_IN_PLACE_EN = re.compile(r"\s+(?:(?:19|20)\d\d\s+)?in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:capital|city)(?:\s+of)?,?\s+)?")


# words between a country and a place in it, none with a particle but 의: 라티움 남부 오스트라의 (벨라 호텔에서)
_INSIDE_COUNTRY_KO = re.compile(r"(?:\s+[\uac00-\ud7a3A-Za-z]*[^\s은는이가을를에도와과로,.])*\s+")


def _country_of_place_ko(ctx: Context, country: Mention, later: list[Mention]) -> bool:
    """A country named before the place the summit was held at, the words between saying where
    in it (라티움 남부 오스트라의 벨라 리조트에서 열렸다): the host."""
    at = next((n for n in later if n.cls != "Country"), None)
    return at is not None and bool(_AT_PLACE_KO.match(ctx.text, ctx.rel(at) + len(at.text))) and \
        bool(_INSIDE_COUNTRY_KO.fullmatch(ctx.text, ctx.rel(country) + len(country.text), ctx.rel(at))) and \
        len(ctx.text[ctx.rel(country) + len(country.text):ctx.rel(at)].split()) <= 3


def _summit_in_place(ctx: Context, dates: list) -> list[Relation]:
    """A summit named with where it met, with no verb to say so: "launched during the Global AI Summit on
    Africa in Kigali, Rwanda".  Only a known place right after the name ("in May" is when); and the days
    right after the place ("… conference in Lagos from September 10-11, 2024") are when it met."""
    out = []
    for s in ctx.mentions:
        if s.cls != "Summit" or s.reference:
            continue
        # where its name ends: its text's length, or its span (a quoted name's holds its quotes: “…” conference)
        place = next((m for end in dict.fromkeys((ctx.rel(s) + len(s.text), ctx.rel(s) + s.end - s.start))
                      for m in ctx.mentions if ctx.rel(m) >= end and (m.cls in PLACE_CLASSES or m.cls == "Country")
                      and _IN_PLACE_EN.fullmatch(ctx.text, end, ctx.rel(m))), None)
        if place is None:
            continue
        where = [place] + _listed_after(ctx, [place]) + _country_after(ctx, place)
        for m in where:
            rel = "hostCountry" if m.cls == "Country" else "heldIn"
            out.append(make_relation(rel, s, m, ctx, "summit-in-place", 0.7))
        last = max(ctx.rel(m) + m.end - m.start for m in where)
        d = next((d for d in dates if _DAYS_AFTER_PLACE_EN.fullmatch(ctx.text, last, d.start)), None)
        if d is not None and len(d.first) == 10:
            out.append(make_relation("startDate", s, None, ctx, "summit-in-place-date", 0.7, value=d.first))
            if d.last != d.first:
                out.append(make_relation("endDate", s, None, ctx, "summit-in-place-date", 0.7, value=d.last))
    return out


_DAYS_AFTER_PLACE_EN = re.compile(r",?\s+(?:from|on)\s+(?:the\s+)?")


# "… Forum 2031 meeting, convened by the Data Council (DC) on 3 March in Surabaya, Indonesia": who
# organised it, then when and where it met
_ORGANISED_BY_EN = re.compile(r"(?:\s+(?:event|conference|meeting|forum))?,?\s+(?:co-)?(?:organi[sz]ed|convened|hosted)"
                              r"\s+by\s+[^,;.]{1,100}?\s+(?=(?:on|in)\s)")


def _organised_then_held_en(ctx: Context, dates: list) -> list[Relation]:
    out = []
    for s in ctx.mentions:
        if s.cls != "Summit" or s.reference:
            continue
        by = _ORGANISED_BY_EN.match(ctx.text, ctx.rel(s) + len(s.text))
        if by is None:
            continue
        at = by.end()
        d = next((d for d in dates if re.fullmatch(r"on\s+(?:the\s+)?", ctx.text[at:d.start])), None)
        if d is not None:
            out.append(make_relation("startDate", s, None, ctx, "summit-organised", 0.7, value=d.first))
            if d.last != d.first:
                out.append(make_relation("endDate", s, None, ctx, "summit-organised", 0.7, value=d.last))
            at = d.end
        place = next((m for m in ctx.mentions if (m.cls in PLACE_CLASSES or m.cls == "Country") and
                      re.fullmatch(r",?\s*in\s+(?:the\s+)?", ctx.text[at:ctx.rel(m)])), None)
        if place is None:
            continue
        for m in [place] + _listed_after(ctx, [place]) + _country_after(ctx, place):
            out.append(make_relation("hostCountry" if m.cls == "Country" else "heldIn", s, m, ctx, "summit-organised", 0.7))
    return out


def _dated_in_brackets(ctx: Context, dates: list) -> list[Relation]:
    """A summit's days in brackets right after its name ("the UK's Latium Safety Summit (1-2 November)"):
    when it met, with no verb to say so."""
    out = []
    for s in ctx.mentions:
        if s.cls != "Summit" or s.reference:
            continue
        end = ctx.rel(s) + len(s.text)
        d = next((d for d in dates if re.fullmatch(r"\s*\(", ctx.text[end:d.start]) and
                  re.match(r"\s*\)", ctx.text[d.end:])), None)
        if d is None:
            continue
        out.append(make_relation("startDate", s, None, ctx, "summit-dated", 0.7, value=d.first))
        if d.last != d.first:
            out.append(make_relation("endDate", s, None, ctx, "summit-dated", 0.7, value=d.last))
    return out


def _country_after(ctx: Context, city: Mention) -> list[Mention]:
    """Kigali, Rwanda: the country written after a city."""
    if city.cls != "City":
        return []
    end = ctx.rel(city) + len(city.text)
    return [m for m in ctx.mentions if m.cls == "Country" and re.fullmatch(r",\s*", ctx.text[end:ctx.rel(m)])]


# what comes before a meeting that something else is done for (a visit "ahead of the summit")
_AHEAD_OF_EN = re.compile(r"\b(?:ahead\s+of|in\s+preparation\s+for|prepare\s+for|in\s+the\s+run-up\s+to)\s")


def _listed_after(ctx: Context, where: list[Mention]) -> list[Mention]:
    """Places of the same kind listed after the last one found (co-hosted by the UK and South Korea):
    the "and" that ends the phrase's reach joins a list here."""
    out: list[Mention] = []
    last = where[-1] if where else None
    while last is not None:
        end = ctx.rel(last) + len(last.text)
        nxt = min((m for m in ctx.mentions if ctx.rel(m) >= end), key=ctx.rel, default=None)
        if nxt is None or nxt.cls != last.cls or not LIST_SEP_EN.fullmatch(ctx.text, end, ctx.rel(nxt)):
            break
        if "," in ctx.text[end:ctx.rel(nxt)] and re.match(r"['’]s\s", ctx.text[ctx.rel(nxt) + len(nxt.text):]):
            break               # "… Summit in India, Japan’s Prime Minister …": the next clause's owner, no list
        out.append(nxt)
        last = nxt
    return out


_REPORTED_KO = re.compile(r"\S*?(?:다|라)고\s+(?:\S+\s+){0,2}?(?:밝혔|말했|전했|발표했|설명했|알렸)")


def _announced_on(ctx: Context, pos: int, d, doc_date: str | None) -> bool:
    """A date that is not the meeting's, before a held verb that says it is still to come: one
    before the document's own date, or the day an announcement was made (대통령실은 12일 … ‘…’를
    개최한다고 밝혔다: the date follows the announcer, whose verb ends the sentence)."""
    if ctx.lang != "ko" or not doc_date or not non_past(next_predicate(ctx.text, pos)):
        return False
    if d.last < doc_date[:len(d.last)]:
        return True
    return d.first <= doc_date[:len(d.first)] and bool(_REPORTED_KO.match(ctx.text, pos)) and \
        bool(re.search(r"(?:은|는)\s*$", ctx.text[:d.start]))


def _parenthetical(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the brackets ``pos`` is inside, if any."""
    opening = text.rfind("(", 0, pos)
    if opening < 0 or text.rfind(")", 0, pos) > opening:
        return None
    closing = text.find(")", pos)
    return opening, closing if closing >= 0 else len(text)


# what may close a summit's name before its particle: quotes, brackets, a bracketed gloss
_NAME_CLOSE_KO = r"[’'”\"」』)]*(?:\s*\([^()]{1,60}\))?[’'”\"」』)]*"
# ‘…’ 개회식이 … 개최됐다; (a meeting held with it, glossed together: 세계인공지능대회 및 … 고위급 회의(World AI
# Conference and High-Level Meeting on …, WAIC)가 상하이에서 개막했다)
_SUBJECT_TAIL_KO = re.compile(r"(?:\s+및\s+[^.,;()은는이가을를]{1,40}?(?:\s*\([^()]{1,120}\)))?" + _NAME_CLOSE_KO +
                              r"(?:\s*(?:개회식|개막식|폐회식|본회의|개막 행사))?(?:이|가|은|는|도)\s")
# CITY VENUE에서 (인천 가나컨벤시아에서): a venue the data does not know, in a city it does; not after a
# country (미국 대사관에서 may be in any city)
_CITY_VENUE_KO = re.compile(r"(?:\s+[\uac00-\ud7a3A-Za-z]+){1,2}?에서\b")   # 오슬로 시청 대강당에서: the venue in the city
# a city, then a venue of up to four words (오슬로 가나 클럽에서, 오슬로 가나대 라 가나 캠퍼스에서)
_IN_CITY_KO = re.compile(r"(?:\s+[^\s‘’'“”\"]+){1,4}?에서\b")
# (a place's Latin spelling may come between it and 에서: 오스트라(Ostra)에서)
_AT_PLACE_KO = re.compile(r"(?:\([A-Z][A-Za-z .'’-]{1,30}\))?(?:(?:에서|서)\b|(?:에서|서)\s)|"
                          # CITY 시내 한 호텔에서: a venue in the place, not named in the authority data
                          r"\s+(?:\S+\s+){0,2}\S*(?:호텔|센터|컨벤션|홀|궁|궁전|회관|청사|본부|전시장|파크|타워)(?:에서|서)\b|"
                          # CITY에 위치한 가나위원회 본부에서: a venue located in the place
                          r"에\s+(?:위치한|있는)\s+(?:\S+\s+){0,3}?\S+(?:에서|서)\b")


def _summit_subject(ctx: Context, pos: int) -> Mention | None:
    """The summit that is the subject of a held verb at ``pos`` (‘…정상회의’가 CITY에서 열렸다), if any:
    the last summit named in the verb's clause, followed by a subject particle."""
    clause_start = ctx.clause_of(pos)[0]
    before = [m for m in ctx.mentions if m.cls == "Summit" and clause_start <= ctx.rel(m) and
              ctx.rel(m) + len(m.text) <= pos]
    for m in reversed(before):
        if _SUBJECT_TAIL_KO.match(ctx.text, ctx.rel(m) + len(m.text)):
            return m
    return None


# ‘…’를 (공동, 성공적으로, 성황리에) 개최했다
_OBJECT_BEFORE_VERB_KO = re.compile(_NAME_CLOSE_KO + r"(?:을|를)\s*(?:(?:공동|[\uac00-\ud7a3]+(?:으로|리에|하게))\s*)?$")


def _summit_object(ctx: Context, pos: int) -> Mention | None:
    """The summit that is the object right before an active held verb (‘…’을 개최했다), if any."""
    clause_start = ctx.clause_of(pos)[0]
    before = [m for m in ctx.mentions if m.cls == "Summit" and clause_start <= ctx.rel(m) and
              ctx.rel(m) + len(m.text) <= pos]
    if not before:
        return None
    between = ctx.text[ctx.rel(before[-1]) + len(before[-1].text):pos]
    if _OBJECT_BEFORE_VERB_KO.match(between) or _BARE_HELD_KO.match(ctx.text, pos) and \
            re.fullmatch(_NAME_CLOSE_KO + r"\s*", between):
        return before[-1]       # (a headline's bare 개최 takes its object with no particle)
    # ‘…’를 26일 칠레 산티아고(에 위치한 … 본부)에서 개최했다: only the date and the place between the object
    # and the verb
    obj = re.match(_NAME_CLOSE_KO + r"(?:을|를)\s", between)
    if obj is None:
        return None
    start = ctx.rel(before[-1]) + len(before[-1].text) + obj.end()
    rest = list(ctx.text[start:pos])
    for m in ctx.mentions:
        if (m.cls in PLACE_CLASSES or m.cls == "Country") and start <= ctx.rel(m) and ctx.rel(m) + len(m.text) <= pos:
            rest[ctx.rel(m) - start:ctx.rel(m) - start + len(m.text)] = " " * len(m.text)
    rest = _DATE_WORD_KO.sub(" ", "".join(rest))
    return before[-1] if _ONLY_WHERE_KO.fullmatch(rest) else None


_DATE_WORD_KO = re.compile(r"(?:지난|오는)?\s*\d{1,4}(?:\s*[~∼-]\s*\d{1,4})?\s*(?:년|월|일)(?:부터|까지)?")
_ONLY_WHERE_KO = re.compile(r"\s*(?:에\s+(?:위치한|있는)\s+(?:\S+\s+){0,3}?\S*)?(?:에서|서)\s*(?:공동\s*)?")


_HOST_KO = re.compile(r"^\s*(?:정부가|정부\s*주최로|정부\s*주최의|이|가)?\s*(?:주최하는|주최한|주최하고|주최로|개최하는|개최한)\s*")


def hosts(ctx: Context) -> list[Relation]:
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
            out.append(make_relation("hostCountry", nxt, a, ctx, "possessive-host", 0.7))
        elif ctx.lang == "ko" and (m := _HOST_KO.match(after)) and re.fullmatch(r"[\s‘'“\"]*", gap[m.end():]):
            out.append(make_relation("hostCountry", nxt if nxt.reference != "this" else nxt, a, ctx, "cue-hosted", 0.75))
    if ctx.lang == "ko":
        # the countries listed before a hosting phrase host the meeting it speaks of: 한국과 네덜란드, 케냐의
        # 공동주최로 … 개최됐다 and ‘…’를 영국, 에콰도르, 미국 정부와 공동 주최했다 (the sentence's meeting);
        # 네덜란드·한국 공동주최 REAIM 개막 (the meeting named right after the hosting noun)
        for a in ms:
            end = ctx.rel(a) + len(a.text)
            if a.cls != "Country":
                continue
            if _CO_HOSTED_BY_KO.match(ctx.text, end) or _CO_HOSTED_WITH_KO.match(ctx.text, end):
                summit = ctx.summit_for(ctx.rel(a))
            elif hosting := _CO_HOSTING_BEFORE_KO.match(ctx.text, end):
                summit = next((m for m in ms if m.cls == "Summit" and ctx.rel(m) == hosting.end()), None)
            else:
                continue
            if summit is None:
                continue
            for c in [x for x in listed_before(ctx, [a]) if x.cls == "Country"] + [a]:
                out.append(make_relation("hostCountry", summit, c, ctx, "cue-hosted", 0.75))
        out += _subject_hosted_ko(ctx, ms)
    if ctx.lang == "en":
        # "Kenya and Ghana co-hosted the third Ostrava Summit": the countries that are the verb's subject
        starts = {ctx.rel(m): m for m in ms if m.cls == "Summit"}
        for verb in _HOSTED_EN.finditer(ctx.text):
            summit = starts.get(verb.end())
            if summit is None:
                continue
            for a in english_subjects(ctx, verb.start()):
                if a.cls == "Country":
                    out.append(make_relation("hostCountry", summit, a, ctx, "cue-hosted", 0.75))
        # "Ghana was the co-host": of the meeting the document is about
        for was in _WAS_HOST_EN.finditer(ctx.text):
            summit = ctx.summit_for(None)
            for a in english_subjects(ctx, was.start()) if summit is not None else []:
                if a.cls == "Country":
                    out.append(make_relation("hostCountry", summit, a, ctx, "cue-hosted", 0.7))
    return out


def _subject_hosted_ko(ctx: Context, ms: list[Mention]) -> list[Relation]:
    """라티움은 올해 ‘…’를 개최했다, 라티움이 「A」 및 「B」 개최를 통해: the country that is the
    clause's subject hosts the meetings that are the verb's objects (with no place in the clause,
    the held rule finds no host)."""
    out = []
    for verb in _HOSTING_VERB_KO.finditer(ctx.text):
        pos = verb.start()
        clause = ctx.clause_of(pos)
        if ctx.negated(clause, pos):
            continue
        before = [m for m in ms if m.cls == "Summit" and clause[0] <= ctx.rel(m) and ctx.rel(m) + len(m.text) <= pos]
        if not before:
            continue
        between = ctx.text[ctx.rel(before[-1]) + len(before[-1].text):pos]
        if verb.group("noun"):      # 「A」 및 「B」 개최를 통해: the meetings named right before the noun
            if not re.fullmatch(_NAME_CLOSE_KO + r"\s*", between):
                continue
            summits = [before[-1]]
            for prev in reversed(before[:-1]):
                gap = ctx.text[ctx.rel(prev) + len(prev.text):ctx.rel(summits[-1])]
                if not re.fullmatch(_NAME_CLOSE_KO + r"\s*(?:,|및|와|과)\s*[‘'“\"「『]?", gap):
                    break
                summits.append(prev)
        else:
            summit = _summit_object(ctx, pos)
            if summit is None:
                continue
            summits = [summit]
        first = min(ctx.rel(s) for s in summits)
        # the nearest subject before the objects: 라티움은 가나가 ‘…’를 개최한 뒤 …: Ghana hosts it
        agents = [m for m in ms if m.cls in AGENT_CLASSES and clause[0] <= ctx.rel(m) and ctx.rel(m) + len(m.text) <= first
                  and COUNTRY_SUBJECT_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
        if not agents or agents[-1].cls != "Country":
            continue
        for summit in summits:
            summit = ctx.focus if summit.reference == "this" and ctx.focus else summit
            for c in [x for x in listed_before(ctx, [agents[-1]]) if x.cls == "Country"] + [agents[-1]]:
                out.append(make_relation("hostCountry", summit, c, ctx, "subject-hosted", 0.75))
    return out


_HOSTING_VERB_KO = re.compile(r"(?:공동\s*)?(?:개최|주최)(?:했|하였|한다|하며|하고|하여|해|함|한\s+(?:뒤|후|데|바))|"
                              r"(?P<noun>개최)(?=를\s*통해|로\s|함으로써)")


_CO_HOSTED_BY_KO = re.compile(r"(?:\s*정부)?의\s*(?:공동\s*)?주최로\s")
_CO_HOSTED_WITH_KO = re.compile(r"(?:\s*정부)?(?:와|과)\s*(?:함께\s*)?공동\s*(?:으로\s*)?(?:주최|개최)(?:했|하였|한|하는)")
_CO_HOSTING_BEFORE_KO = re.compile(r"(?:\s*정부)?\s*(?:공동\s*)?주최(?:의|하는|한)?\s+[‘'“\"]?")
_WAS_HOST_EN = re.compile(r"\b(?:was|were)\s+(?:the\s+)?(?:co-)?hosts?\b(?!\s+(?:of|for|to)\b)")


# (not "will host": the next meeting, usually unnamed, is said to be hosted in the future tense)
# (or was chosen for it: "Slovenia has been chosen to host this meeting")
_HOSTED_EN = re.compile(r"\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:chosen|selected)\s+to\s+(?:co-)?host|(?:co-)?host(?:ed|s))"
                        r"\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|inaugural|annual|"
                        r"\d{1,3}(?:st|nd|rd|th)|\d{4})\s+)*")


_YEAR = re.compile(r"(20\d\d)년|\b(20\d\d)\b")
# a year followed by a founding (G20은 2008년 … 출범한 협의체로; founded in 2008) is history, not the
# year an undated document's dates are in
_FOUNDING = re.compile(r"[^.。!?]{0,40}?(?:출범|설립|창설|창립|발족|처음\s*(?:개최|열)|founded|established|created|"
                       r"launched in|first held)")


# nor is a year followed by a meeting still to come (다음 포럼은 2027년 …에서 열릴 예정이다; will be held in 2027)
_TO_COME = re.compile(r"[^.。!?]{0,40}?(?:열릴|개최될|개최할|예정|will be held|will take place|will host)")
# nor is a target (by 2030, 2030년까지, the 2030 Agenda, 2030 어젠다), a period (2026-2030) or a name's year (Digital Masterplan 2030,
# Guidelines for … Submarine Cables (2019))
_TARGET_BEFORE = re.compile(r"(?:\b(?:by|until|through|towards?|before|since)\s+|[-–(]\s*|"
                            r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b)[A-Z][a-z]+\s+)$")
# (or its acronym's: ADM 2025 for a Digital Masterplan 2025; but a body's acronym the data knows with a year, APEC
# 2025, is its meeting of that year)
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,})\s+$")
_TARGET_AFTER = re.compile(r"년?\s*까지|\s*[-–]\s*20\d\d|\s+(?:어젠다|아젠다|의제|비전)|\s+(?:Agenda|Vision)\b")
# (but a meeting's year is when it met: Transform Data Summit 2025)
_MEETING_BEFORE = re.compile(r"\b(?:Summit|Conference|Forum|Meeting|Dialogue|Congress|Assembly|Expo|Week)\s+$")
_TO_COME_BEFORE = re.compile(r"(?:will be held|will take place|will host|\bnext\b)[^.。!?]{0,30}$")


# a photo's credit (ⓒ AFP=뉴스1, © Reuters): its line dates the photo, which may be years older than the story
_CREDIT = re.compile(r"[ⓒ©]")


def _line_of(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def year_hint(doc: Document) -> int | None:
    """The year of an undated document's dates without a year: its own date's, else the year it names
    most, founding years, meetings to come, the start of a period (since 2020) and photos' credit lines
    aside."""
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(doc.text)
             if not _FOUNDING.match(doc.text, m.end(), m.end() + 60)
             and not _CREDIT.search(_line_of(doc.text, m.start()))
             and not ((acronym := _ACRONYM_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()))
                      and not lookup_normalised(acronym.group(1)))
             and not _TO_COME.match(doc.text, m.end(), m.end() + 60)
             and not _TO_COME_BEFORE.search(doc.text, max(0, m.start() - 60), m.start())
             and (not _TARGET_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
                  or _MEETING_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()))
             and not _TARGET_AFTER.match(doc.text, m.end())]
    return int(doc.meta.date[:4]) if doc.meta.date else (Counter(years).most_common(1)[0][0] if years else None)
