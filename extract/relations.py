"""Relations between the mentions of one document, read sentence by sentence.

Each rule is a cue (a verb or noun from ``data/cues.tsv``) plus the mentions around
it in the same clause (``context``).  Attendance, chairs and counts are in
``attendance``, places, dates and hosts in ``places``; positions, adoptions and
launches, signatures, series, references, glosses and issuers are here, with the
document-level pass that runs them all.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .appointments import appointments
from .attendance import attendance, caption_list, chairing, counts, listed_before, pictured, prospective
from .context import COUNTRY_SUBJECT_KO, INITIATIVE_CLASSES, LIST_SEP_EN, PLACE_CLASSES, Context, english_subjects, entity_key, focus_summit, make_relation, speech_around
from .documents import Document
from .authority import id_year, load_authority
from .gazetteer import lookup_normalised, normal_key
from .lexicon import cue_positions, has_cue, heads, heads_ending, national_titles, pair_abbreviations, portfolios
from .model import Mention, Relation
from .outline import outline
from .places import hosts, places_and_dates, year_hint
from .sentences import Sentence
from .words import AGENT_CLASSES, ORG_FAMILY
from ontology import FAMILY

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def positions(ctx: Context) -> list[Relation]:
    out = []
    by_span = {(m.start, m.end): m for m in ctx.mentions}
    for m in ctx.mentions:
        if m.cls == "Person" and m.title_en:
            org = by_span.get(tuple(m.org_span)) if m.org_span else None
            if org is None and m.org_span:
                # (the body's mention a longer one took the place of: 네덜란드 외교부 for 외교부 of 외교부장관)
                org = next((b for b in ctx.mentions if b.cls in AGENT_CLASSES and b.cls != "Person" and
                            b.start <= m.org_span[0] and m.org_span[1] <= b.end), None)
            if org is None and ctx.lang == "ko":
                org = _topic_body(ctx, m) or _bracketed_after_title(ctx, m)
            title_en = national_titles().get((m.title_ko, org.authority_ids[0]), m.title_en) \
                if org is not None and org.authority_ids else m.title_en
            if m.title_ko == "의원" and org is not None and not org.authority_ids and org.text.endswith("의회"):
                title_en = "Council Member"     # 가나시의회 의원: a local council's member, not a parliament's
            extra = (("title_en", title_en), ("title_ko", m.title_ko))
            if _former(ctx, m):
                extra += (("former", "yes"),)
            holder = _concurrent_holder(ctx, m) if m.reference == "title" else None
            out.append(make_relation("holdsPosition", holder or m, org, ctx, m.method, 0.8 if org else 0.6, extra=extra))
    return out


_ALSO_INCLUDE_EN = re.compile(r"\s*(?:They|These|Those|Its\s+signatories|The\s+signatories|Other\s+signatories)\s+"
                              r"(?:also\s+)?include[sd]?\b")


def _bracketed_after_title(ctx: Context, person: Mention) -> Mention | None:
    """김철수 의원(가나당), 이영희 교수(가나대): the body in brackets right after the title is the post's."""
    after = re.match(r"\s*" + re.escape(person.title_ko) + r"\s*\(", ctx.text[ctx.rel(person) + len(person.text):]) \
        if person.title_ko else None
    if after is None:
        return None
    at = ctx.rel(person) + len(person.text) + after.end()
    return next((b for b in ctx.mentions if ctx.rel(b) == at and b.cls in AGENT_CLASSES and b.cls != "Person"
                 and ctx.text.startswith(")", at + len(b.text))), None)


# the heads' titles of a ministry (…부), an agency (…청), an office (…처) and a commission (…위원회)
_HEADS_OF_KO = {"부": ("장관", "차관", "1차관", "2차관", "제1차관", "제2차관"), "청": ("청장", "차장"),
                "처": ("처장", "차장"), "위원회": ("위원장", "부위원장")}
_TOPIC_THEN_NAME_KO = re.compile(r"(?:\([^()]{1,20}\))?(?:은|는)\s+")


def _topic_body(ctx: Context, person: Mention) -> Mention | None:
    """과기정통부는 김철수 장관이 …: a government body as the sentence's topic, then the name and a
    head's title of such a body, is that body's head (a press release's ministry naming its minister)."""
    for b in ctx.mentions:
        if b.cls == "GovernmentBody" and _TOPIC_THEN_NAME_KO.fullmatch(ctx.text, ctx.rel(b) + len(b.text), ctx.rel(person)):
            label = (load_authority().get(b.authority_ids[0]).ko or b.text) if b.authority_ids else b.text
            kind = next((k for k in _HEADS_OF_KO if label.endswith(k)), None)
            return b if kind and person.title_ko in _HEADS_OF_KO[kind] else None
    return None


# 박서준 전 대통령 (or 당시 대통령: the then president), former President Jane Doe, Jane Doe, a former minister of …
_FORMER_KO = re.compile(r"\s*(?:전|前|당시)\s")
# (the title's words may be in lower case: "former UK deputy prime minister Jane Roe")
_FORMER_BEFORE_EN = re.compile(r"\b(?:[Ff]ormer\s+(?:(?!(?:and|or|but|who|which|was|were|is|are|has|have|said|with)\b)"
                               r"[\w.’'-]+\s+){1,6}|[Tt]hen-(?:[A-Za-z][\w.-]*\s+){1,4})$")
_FORMER_AFTER_EN = re.compile(r",\s+(?:a\s+|the\s+)?former\b")


def _former(ctx: Context, m: Mention) -> bool:
    """The post named with the person is one they held before: it is no post as of the document's date."""
    end = ctx.rel(m) + len(m.text)
    if ctx.lang == "ko":
        return bool(_FORMER_KO.match(ctx.text, end))
    return bool(_FORMER_BEFORE_EN.search(ctx.text, 0, ctx.rel(m)) or _FORMER_AFTER_EN.match(ctx.text, end))


def _concurrent_holder(ctx: Context, post: Mention) -> Mention | None:
    """NAME TITLE 겸 ORG TITLE: the second post, named without a name, is the same person's."""
    before = ctx.text[:ctx.rel(post)].rstrip()
    if not before.endswith("겸"):
        return None
    named = [m for m in ctx.mentions if m.cls == "Person" and not m.reference and m.title_ko and
             ctx.rel(m) + len(m.text) <= len(before)]
    if not named:
        return None
    m = named[-1]
    between = ctx.text[ctx.rel(m) + len(m.text):len(before) - 1].split()
    while len(between) > 1 and between[0] in portfolios():
        between.pop(0)          # 박지훈 과학기술 부총리 겸 …: the first post's field
    return m if between == [m.title_ko] else None


_AT_KO = re.compile(r"[’'”\"」』)]*\s*에서")
# ‘… 전략’을 주제로 발표했다, ‘…’에 대해 설명했다: what a talk is about, not what it adopts
_TOPIC_KO = re.compile(r"[’'”\"」』)]*\s*(?:[을를]\s*주제로|에\s*(?:대해|대한|관해|관한)\s)")


_LED_BY_KO = re.compile(r"\s*(?:정부\s*)?주도(?:로|하에|\s+하에|\s+아래)\s")
_AT_OTHER_MEETING_KO = re.compile(r"\S(?:회의|회담)에서\s")


# a subject's particle after a name and its title (홍 대통령이, 김철수 장관이)
_SUBJECT_PARTICLE_KO = re.compile(r"(?:\s+[\uac00-\ud7a3]{1,6})?(?:이|가)\s")


# between a released text and the verb: its object particle, and a word or two (공식, 처음으로)
_RELEASED_OBJECT_KO = re.compile(r"[’'”\"」』]?\s*(?:을|를)\s+(?:\S+\s+){0,2}?")


# an adnominal cue, then the noun it describes and "is" (발표한 전략이다): a definition of the text
_DESCRIBED_AS_KO = re.compile(r"[\uac00-\ud7a3]{0,4}(?:한|된)\s+(?:[\uac00-\ud7a3]+\s+)?[\uac00-\ud7a3]+(?:이다|입니다|이며|으로서)")


def initiatives(ctx: Context) -> list[Relation]:
    out = []
    # "announced the establishment of X": announced is an adoption cue, but what it announces is a launch
    founding = [m.start() for m in _FOUNDING_EN.finditer(ctx.text)] if ctx.lang == "en" else []
    for relation in ("adopted", "launched"):
        positions = cue_positions(relation, ctx.lang, ctx.text)
        if ctx.lang == "en":
            positions = sorted(set(positions) | {h.start("verb") for h in _PERFORMATIVE_EN.finditer(ctx.text)
                                                 if (h.group("verb") in ("launch", "establish")) == (relation == "launched")})
        released = set(cue_positions("released", ctx.lang, ctx.text)) if relation == "launched" else set()
        if relation == "adopted":
            positions = [p for p in positions if p not in founding]
        else:
            positions = sorted(set(positions) | set(founding) | released)
        for pos in positions:
            clause = ctx.clause_of(pos)
            if ctx.negated(clause, pos):
                continue
            if ctx.lang == "en" and (_TO_BE_SIGNED_EN.search(ctx.text, 0, pos) or _TO_DO_EN.search(ctx.text, 0, pos)
                                     or ctx.text[pos].isupper() and re.search(r"\sto\s+$", ctx.text[:pos])):
                continue        # "will be launched", "plans to launch", a headline's "Ruritania to Launch …": not yet
            if ctx.lang == "ko" and _OBJECT_NOUN_KO.match(ctx.text, pos):
                continue        # 합의를 이끌어내는 데 기여, 채택을 촉구했다: the act is another verb's object, not done
            if ctx.lang == "ko" and _LISTED_NOUN_KO.match(ctx.text, pos):
                continue        # ‘…센터’ 설립 등 정부의 정책을 반영: one of a list of plans, not an act
            if ctx.lang == "ko" and relation == "adopted" and re.match(r"[\uac00-\ud7a3]{1,3}\s*(?:이후|이래)", ctx.text[pos:]):
                continue        # 지난해 ‘…구상’ 발표 이후: a past act that dates what follows, not the meeting's
            if ctx.lang == "en" and re.match(r"announced\s+that\b(?![^.;]*\b(?:signed|adopted|endorsed|agreed|approved)\b)",
                                             ctx.text[pos:], re.I):
                continue        # "announced that the UAE has been chosen to join the … Group": news, no text adopted
                #                 (but "announced that the … Declaration had been signed": its adoption)
            scope = (0, clause[1]) if ctx.lang == "ko" else clause
            inits = ctx.in_clause(scope, INITIATIVE_CLASSES)
            if ctx.lang == "ko":
                # ‘가나-라티움 … 대화’에서 합의된 사항: a text or dialogue named with 에서 is where, not what
                inits = [m for m in inits if ctx.rel(m) < pos and not _AT_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         and not _TOPIC_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                         and not _IMPLEMENTED_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            if ctx.lang == "ko" and relation == "launched":
                # ‘유엔 총회 결의’로 설립된 패널: the text by which a body was set up is not what was set up
                inits = [m for m in inits if not (m.cls in _INSTRUMENTS and _BY_MEANS_KO.match(
                    ctx.text, ctx.rel(m) + len(m.text)))]
                # 가나기구는 …개국이 ‘…헌장’에 서명한 이후 발족했다: what was signed or joined is another verb's object
                inits = [m for m in inits if not _SIGNED_OR_JOINED_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            if ctx.lang == "en":
                # "… the Friends Group, a framework of countries that share the spirit of the … Process":
                # what a relative clause after the cue names is not what the cue acts on
                inits = [m for m in inits if not _in_relative_after(ctx, m, pos)]
                # "… in response to the Data Report, it was launched": the text it answers, not what was launched
                inits = [m for m in inits if not _FRAMED_BY_EN.search(ctx.text, 0, ctx.rel(m))]
            # “We remain committed to … Process outcomes,” the ministers said in a statement issued …:
            # a text named inside quoted speech is what was said, not what the cue outside it did
            inits = [m for m in inits if not _named_in_speech(ctx, m, pos)]
            which = _WHICH_PASSIVE_EN.search(ctx.text, 0, pos) if ctx.lang == "en" else None
            if which:
                # "… launched the Data Initiative and proposed a resolution, which was adopted": the
                # relative clause's antecedent, right before "which", is what it acts on, or nothing named
                inits = [m for m in inits
                         if re.fullmatch(r"[’”\"']?\s*", ctx.text[ctx.rel(m) + len(m.text):which.start()])]
            if pos in released:
                # ‘…헌장’을 발표했다: the text is what is released, its object right before the verb (not
                # ‘…권리장전’의 주요 내용을 발표했다, its content presented; nor …이 합의됐다고 발표했다, news)
                inits = [m for m in inits if _RELEASED_OBJECT_KO.fullmatch(ctx.text, ctx.rel(m) + len(m.text), pos)]
            if not inits:
                continue
            # "유엔 총회에서 채택된 협약": adopted by an organisation, not by a summit
            orgs_before = [m for m in ctx.mentions if m.cls in ORG_FAMILY and ctx.rel(m) < pos and
                           ctx.text[ctx.rel(m) + len(m.text):].startswith(("에서", "이 ", "가 ", "은 ", "는 "))]
            # "미국은 ‘…’을 발표했고", with no summit named: the country's own act, not a summit's adoption
            # (and a side's at talks: 가나 측은 ‘…’을 발표하며)
            country_act = ctx.lang == "ko" and not any(m.cls == "Summit" for m in ctx.mentions) and any(
                m.cls == "Country" and ctx.rel(m) < pos and
                ctx.text.startswith(("은 ", "는 ", "이 ", "가 ", " 측은 ", " 측이 ", " 측도 "), ctx.rel(m) + len(m.text))
                for m in ctx.mentions)
            # "홍 대통령이 발표한 ‘…구상’": a text described as a person's own act (the verb's subject, no
            # meeting between); not "김 국장이 ‘…’을 발표했다", what someone presented at the meeting
            person_act = ctx.lang == "ko" and re.match(r"[\uac00-\ud7a3]{0,3}(?:한|된)\s", ctx.text[pos:]) and any(
                m.cls == "Person" and ctx.rel(m) < pos and _SUBJECT_PARTICLE_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                and not any(x.cls == "Summit" and ctx.rel(m) < ctx.rel(x) < pos for x in ctx.mentions)
                for m in ctx.mentions)
            # "…디지털 전략은 … 관계부처가 수립·발표한 전략이다": what the text is, not an act at a meeting
            described = ctx.lang == "ko" and _DESCRIBED_AS_KO.match(ctx.text, pos)
            # "the … Compact adopted at the United Nations": a body's adoption, not a summit's
            at_body = ctx.lang == "en" and (at := _ADOPTED_AT_EN.match(ctx.text, pos)) is not None and any(
                m.cls in ORG_FAMILY and ctx.rel(m) == at.end() for m in ctx.mentions)
            if relation == "adopted" and (re.search(r"\badopted by\b", ctx.text[pos:pos + 12]) or at_body or
                                          (orgs_before and ctx.lang == "ko") or country_act or person_act or described):
                continue
            # "한국은 ‘…법’을 제정했다": a country that is the clause's subject launched it itself
            # (and its government: 케냐 정부는; those who led it: 케냐와 가나 주도로 … 출범했다)
            countries_before = [m for m in ctx.mentions if m.cls == "Country" and ctx.rel(m) < pos and
                                COUNTRY_SUBJECT_KO.match(ctx.text, ctx.rel(m) + len(m.text))] \
                if ctx.lang == "ko" else []
            if ctx.lang == "ko" and relation == "launched" and not orgs_before and not countries_before:
                led = [m for m in ctx.mentions if m.cls in AGENT_CLASSES - {"Person"} and ctx.rel(m) < pos and
                       _LED_BY_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
                countries_before = led[-1:]
            agents = _passive_agents(ctx, pos) if ctx.lang == "en" else []
            agent = agents[0] if agents else None
            actors = english_subjects(ctx, pos) if ctx.lang == "en" and agent is None and not any(
                m.cls == "Summit" and not m.reference and not _in_relative_after(ctx, m, pos)
                for m in ctx.mentions) else []
            if not actors and agent is None and relation == "launched" and ctx.lang == "en":
                actors = _body_of_titled_subject(ctx, pos)
            if actors:
                # "The Council of the European Union today adopted the … Act", no summit named: the
                # body's own act (a summit's adoption is what this relation says), or its launch
                if relation == "launched":
                    out += [make_relation(relation, a, m, ctx, "cue-launched-subject", 0.7) for a in actors for m in inits]
                continue
            if agent is not None:
                # "established by the UN General Assembly": the body's act (adopted by one: no summit's)
                if agent.cls != "Summit" and (relation == "adopted" or agent.cls not in ORG_FAMILY | {"Country"}):
                    continue
                subject = agent
            elif relation == "launched" and (orgs_before or countries_before):
                last = (orgs_before or countries_before)[-1]
                # 가나와 라티움, 오스트라가 …을 결성했다: every body of the subject's list launched it
                out += [make_relation(relation, a, m, ctx, "cue-launched", 0.75)
                        for a in sorted([last] + listed_before(ctx, [last]), key=ctx.rel) for m in inits]
                continue
            elif pos in released:
                continue        # released at a meeting: its adoption, which the adopted cues give
            else:
                subject = ctx.summit_for(None)
            if subject is None:
                continue
            if ctx.lang == "en" and subject is not agent and subject in ctx.mentions and ctx.rel(subject) > pos and \
                    all(ctx.rel(m) < ctx.rel(subject) for m in inits) and \
                    not _AT_MEETING_BEFORE_EN.search(ctx.text, 0, ctx.rel(subject)):
                continue        # "published a report on the … Bill, the … Taskforce and the AI Safety Summit": a
                #                 meeting listed after what the verb acts on is one more thing it acts on
            if ctx.lang == "en" and not any(x.cls == "Summit" for x in ctx.mentions) and any(
                    _PARTICIPLE_AFTER_EN.fullmatch(ctx.text, ctx.rel(m) + len(m.text), pos) for m in inits):
                continue        # "the National AI Strategy 2.0 launched in December 2023": the text's own history
            # the document's summit, by default: no summit is named in the sentence
            method = f"cue-{relation}-document-summit" if subject is ctx.focus and not any(
                x.cls == "Summit" for x in ctx.mentions) else f"cue-{relation}"
            if method.endswith("document-summit") and ctx.lang == "ko" and \
                    _AT_OTHER_MEETING_KO.search(ctx.text, clause[0], pos):
                continue        # 지난 3월 … 조정회의에서 ‘…’를 발표했다: at a meeting the sentence names, not this one
            if method.endswith("document-summit") and ctx.lang == "en" and any(
                    ctx.rel(m) == 0 and m.cls in AGENT_CLASSES - {"Person"} for m in ctx.mentions):
                continue        # "Unesco and Ruritania, at the festival of …, adopted a …": the
                #                 bodies the sentence opens with did, however far the verb, not the meeting
            if method.endswith("document-summit") and ctx.lang == "en" and _AT_UNNAMED_EVENT_EN.search(ctx.text):
                continue        # "was launched at a high-level online event": another gathering, which it does not name
            if method.endswith("document-summit") and re.search(r"(?<!\d)1[89]\d\d(?!\d)", ctx.text[clause[0]:clause[1]]):
                continue        # "the Universal Declaration of Human Rights was adopted in 1948": history, not this meeting
            if method.endswith("document-summit") and _in_another_year(ctx, clause):
                continue        # "the Government launched the … Mission in 2020": at the 2026 summit's, another year's act
            for m in inits:
                if subject.cls == "Summit" and _LATER_MEETING.search(subject.text) and \
                        normal_key(m.text) in normal_key(subject.text):
                    continue    # ‘제2차 가나 디지털 대화’ did not launch the dialogue it is a later meeting of
                if method.endswith("document-summit") and ctx.lang == "en" and _not_the_meetings_en(ctx, m):
                    continue
                out.append(make_relation(relation, subject, m, ctx, method, 0.75))
                if subject is agent and agent.cls != "Summit":
                    out += [make_relation(relation, a, m, ctx, method, 0.75) for a in agents[1:]]
    return out + (_passed_ko(ctx) if ctx.lang == "ko" else [])


# ‘…법’이 26일 국회 본회의를 통과했다: the law is the subject, and the legislature it passed (in plenary,
# not one of its committees: 과방위 전체회의를 통과했다 is a stage on the way) made it
_SUBJECT_THEN_BODY_KO = re.compile(r"[’'”\"」』)]*\s*(?:이|가|은|는)\s+(?:[^\s.]+\s+){0,3}?$")
_PASSED_BODY_KO = re.compile(r"(?:\s*본회의)?\s*(?:을|를)\s*(?:최종\s*)?통과(?:했|하였|해|하며|하면서|한)")


def _passed_ko(ctx: Context) -> list[Relation]:
    out = []
    for law in ctx.mentions:
        if law.cls != "Law":
            continue
        after = ctx.rel(law) + len(law.text)
        for body in ctx.mentions:
            start = ctx.rel(body)
            if body.cls not in ORG_FAMILY or start <= after or \
                    not _SUBJECT_THEN_BODY_KO.match(ctx.text[after:start]) or \
                    not _PASSED_BODY_KO.match(ctx.text, start + len(body.text)):
                continue
            if not ctx.negated(ctx.clause_of(start), start):
                out.append(make_relation("launched", body, law, ctx, "passed-legislature", 0.7))
    return out


# between a text's name and a past participle that describes it (… Strategy 2.0 launched in …)
_COUNTED_SUBJECT_KO = re.compile(r"\d+\s*개\s*(?:국|국가|나라)(?:이|가)\s")
_TOPIC_PARTICLE_KO = re.compile(r"(?:은|는)\s")


# a year said as a date (in 2020, in May 2020, 2020년): not a year in a text's name (Strategy 2030)
_DATED_YEAR = re.compile(r"\b(?:in|since)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b|(?<!\d)((?:19|20)\d\d)년")


def _in_another_year(ctx, clause: tuple[int, int]) -> bool:
    """Whether the clause dates its act to another year than the one the authority data gives the document's
    summit (its id's year)."""
    year = next((y for i in ctx.focus.authority_ids if (y := id_year(i))), None) if ctx.focus is not None else None
    return year is not None and any((d.group(1) or d.group(2)) != year
                                    for d in _DATED_YEAR.finditer(ctx.text, clause[0], clause[1]))


def _not_the_meetings_en(ctx: Context, init: Mention) -> bool:
    """"under the Ruritania AI Mission, the ministry unveiled …": the framework the act comes under;
    "the announcement of Ruritania's National AI Strategy": a country's (or a person's) own text.
    Neither is what the document's meeting launched or adopted, with no meeting named."""
    before = ctx.text[:ctx.rel(init)]
    if _UNDER_EN.search(before):
        return True
    owner = _OWNER_EN.search(before)
    return owner is not None and any(ctx.rel(x) + len(x.text) == owner.start() and x.cls != "Summit" and
                                     x.cls in AGENT_CLASSES for x in ctx.mentions)


_UNDER_EN = re.compile(r"\bunder\s+(?:the\s+)?$")
# a meeting named after the verb as where or when it happened: "… launched at the …", "on the sidelines of the …"
_AT_MEETING_BEFORE_EN = re.compile(r"\b(?:at|during|in|on|for|of|ahead\s+of|on\s+the\s+(?:sidelines|margins)\s+of|"
                                   r"(?:at\s+)?the\s+(?:start|end|opening|close)\s+of)\s+(?:the\s+|this\s+(?:year['’]s\s+)?)?"
                                   r"(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|inaugural|annual|recent|latest)\s+)*[“\"‘']?$",
                                   re.I)
_FRAMED_BY_EN = re.compile(r"\b(?:in\s+response\s+to|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|as\s+part\s+of|"
                           r"based\s+on)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_AT_UNNAMED_EVENT_EN = re.compile(r"\bat\s+an?\s+(?:[\w-]+\s+){0,3}?(?:event|ceremony|webinar|reception|dinner|briefing|"
                                  r"press\s+conference)\b")
_OWNER_EN = re.compile(r"(?:’s|'s)\s+$")
_PARTICIPLE_AFTER_EN = re.compile(r"[’”\"']?(?:\s+\d+(?:\.\d+)*)?,?\s+(?:(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+)?"
                                  r"(?:\w+ly\s+)?")


def _body_of_titled_subject(ctx: Context, pos: int) -> list[Mention]:
    """"UN Secretary-General Jane Roe has announced the creation of …": the body of the subject's post
    launches what its head announces."""
    by_span = {(m.start, m.end): m for m in ctx.mentions}
    subject = [p for p in ctx.mentions if p.cls == "Person" and p.org_span and tuple(p.org_span) in by_span and
               re.fullmatch(r"(?:\s+(?:has|have|had|also|today|formally|officially))*\s+", ctx.text[ctx.rel(p) + len(p.text):pos])]
    return [by_span[tuple(subject[-1].org_span)]] if subject else []


_WHICH_PASSIVE_EN = re.compile(r",?\s*\b(?:which|that)\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+"
                               r"(?:\w+ly\s+)?$")


# 유엔 권고 이행의 첫 조치로 ‘…’을 발표했다, 권고에 따라: the text another one carries out, not the one made
_IMPLEMENTED_KO = re.compile(r"[’'”\"]?\s*(?:이행|에\s*따라|에\s*따른|의\s*후속)")
# the cue as a noun heading a list: ‘…센터’ 설립 등 정부의 AI 정책
_LISTED_NOUN_KO = re.compile(r"[\uac00-\ud7a3]{2}\s*등(?:\s|[을이의은도])")
_OBJECT_NOUN_KO = re.compile(r"[\uac00-\ud7a3]+(?:[을를]\s|\s+(?:등의\s+(?:\S+\s+){0,3}?)?(?:방안|계획|구상|필요성|가능성|검토|"
                             r"준비|추진|논의|협의)(?:[을를이가은는에]|\s))|[\uac00-\ud7a3]*[’'”\"]")
#                                                              … 센터 설립 등의 협력 강화 방안을 제안했다: proposed, not done;
#                                                              센터를 공동 설립하는 방안에 합의했다: a plan agreed, not done;
#                                                              연구소 설립 준비: preparing it; ‘AI 안전연구소 설립’: an agenda's
#                                                              item quoted by name


# texts that set a body up, not bodies: what a launch cue names with (으)로 is the means
_INSTRUMENTS = {"Resolution", "Law", "Agreement", "Declaration", "Statement", "Recommendation"}
_SIGNED_OR_JOINED_KO = re.compile(r"[’'”\"」』)]*\s*에\s*(?:서명|가입|동참)")
_BY_MEANS_KO = re.compile(r"[’'”\"」』)]*\s*(?:으로|로)(?:써)?\s")
# "was established in August 2025 by …", "launched by": the agent named after a passive cue
_BY_EN = re.compile(r"[\w-]*(?:\s+(?:in|on|at|during)\s+[\w ,]{1,30}?)?\s+by\s+(?:the\s+)?")


_LATER_MEETING = re.compile(r"(?:제\s*)?(?:[2-9]|\d\d)\s*(?:차|회)\b|\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))\b",
                            re.I)
_ADOPTED_AT_EN = re.compile(r"adopted\s+at\s+(?:the\s+)?")
_FOUNDING_EN = re.compile(r"\bannounced\s+(?:the\s+)?(?:establishment|launch|creation|formation)\s+of\b", re.I)
# a declaration's performative present, its authors speaking at their meeting: "We adopt the … Declaration",
# "2. We hereby launch the … Network" (only as the sentence's own start: "we call on all to adopt …" is no act)
_PERFORMATIVE_EN = re.compile(r"(?:^|(?<=[.;]\s))(?:\d{1,2}\.\s+)?We\s+(?:hereby\s+|also\s+|today\s+)?"
                              r"(?P<verb>adopt|endorse|launch|establish)\b")
# a relative clause, or a participle after a comma ("…, covering practices from members of the … Forum")
_RELATIVE_EN = re.compile(r"\b(?:which|that|who|whose)\b|,\s+[a-z]{3,}ing\b")


def _in_relative_after(ctx: Context, m: Mention, pos: int) -> bool:
    """``m`` is named after the cue at ``pos``, inside a relative clause on what the cue names ("agreed
    on a memorandum which will see …, putting into practice commitments made at the … Summit")."""
    start = pos
    said = re.match(r"[\w-]+\s+that\b", ctx.text[pos:])
    if said:                    # "announced that …": the cue's own clause, not a relative one
        start += said.end()
    return ctx.rel(m) > pos and _RELATIVE_EN.search(ctx.text, start, ctx.rel(m)) is not None


def _passive_agents(ctx: Context, pos: int) -> list[Mention]:
    """The agents of an English passive cue ("… was set up by the G7", "launched by Kenya and Ghana"),
    if one is named right after "by", with the ones listed after it."""
    by = _BY_EN.match(ctx.text, pos)
    if by is None:
        return []
    first = next((m for m in ctx.mentions if ctx.rel(m) == by.end() and
                  (m.cls in AGENT_CLASSES or m.cls == "Summit")), None)
    if first is None:
        return []
    out = [first]
    for m in sorted((m for m in ctx.mentions if m.cls in AGENT_CLASSES and ctx.rel(m) > ctx.rel(first)), key=ctx.rel):
        if not LIST_SEP_EN.fullmatch(ctx.text, ctx.rel(out[-1]) + len(out[-1].text), ctx.rel(m)):
            break
        out.append(m)
    return out


def _named_in_speech(ctx: Context, m: Mention, pos: int) -> bool:
    """``m`` is inside quoted speech that does not hold the cue at ``pos``, and is not the whole quote
    (“Seoul Declaration” is quoted as a name)."""
    quote = speech_around(ctx.text, ctx.rel(m))
    return quote is not None and not quote[0] < pos < quote[1] and quote[1] - quote[0] > len(m.text) + 4


# follow-up work of a meeting (후속조치, 후속 과제), which no meeting of a series is
_FOLLOW_UP_WORK_KO = re.compile(r"후속\s*(?:조치|사업|과제|논의|협의|절차|대책|협상|작업|연구|방안)")


def series(ctx: Context, summit_dates: dict[str, str]) -> list[Relation]:
    """‘A’와 ‘B’에 이어 … 개최되는 정상회의 / the follow-up to B: a chain in date order."""
    if not has_cue("follows", ctx.lang, ctx.text) or ctx.negated((0, len(ctx.text))):
        return []
    named = [m for m in ctx.mentions if m.cls == "Summit" and not m.reference]
    current = ctx.focus
    others = [m for m in named if current is None or entity_key(m) != entity_key(current)]
    if current is None or not others:
        return []
    if ctx.lang == "en" and not any(0 <= ctx.rel(m) - pos < 60 for pos in cue_positions("follows", "en", ctx.text)
                                    for m in others):
        return []       # "Following the minister's announcement of … during the Seoul Summit": not a series
    cues = cue_positions("follows", "ko", ctx.text) if ctx.lang == "ko" else []
    if cues and all(ctx.text.startswith(("에 이어", "에 이은"), p) for p in cues) and not any(
            0 <= p - (ctx.rel(m) + len(m.text)) <= 3 for p in cues for m in others):
        return []       # 지난해 뉴욕에 이어 다보스포럼에서는 …: a place before 에 이어, not a summit of the series
    # 미니 정상회의는 … 제1차 정상회의의 후속 …: an undated summit that is the sentence's subject is the later one
    after = [m for m in others if ctx.lang == "ko" and entity_key(m) not in summit_dates and
             ctx.text.startswith(("은 ", "는 ", "이 ", "가 "), ctx.rel(m) + len(m.text))]
    if cues and not after and all(_FOLLOW_UP_WORK_KO.match(ctx.text, p) for p in cues):
        return []       # 작년 한-EU 정상회담 후속조치 이행을 위한 …: the work a meeting left, which no meeting of the
        #                 sentence is said to be (not "가나 회의는 … 후속 조치를 점검하는 회의다")
    chain = sorted({entity_key(m): m for m in others if m not in after}.values(),
                   key=lambda m: (summit_dates.get(entity_key(m), "9999"), m.start))
    chain.append(current)
    chain += sorted({entity_key(m): m for m in after}.values(), key=lambda m: m.start)
    return [make_relation("follows", later, earlier, ctx, "cue-follows", 0.7) for earlier, later in zip(chain, chain[1:])]


def references(ctx: Context, section: Mention | None) -> list[Relation]:
    """In the text of a statement, the initiatives it acknowledges."""
    if section is None or not has_cue("references", ctx.lang, ctx.text):
        return []
    return [make_relation("references", section, m, ctx, "cue-references", 0.7)
            for m in ctx.mentions if m.cls in INITIATIVE_CLASSES and not m.reference and entity_key(m) != entity_key(section)]


# an agreement named by its kind alone, the cue's object right before it (업무협약을 체결했다, MOU를 맺었다)
_UNNAMED_AGREEMENT_KO = re.compile(r"(?:^|\s)(?P<w>(?:업무\s*)?협약|양해각서|MOU|MoU|협정|합의서|(?:용역\s*|공급\s*|투자\s*)?계약)(?:\([^()]*\))?(?:을|를)\s*$")
_SIGN_KO = re.compile(r"서명|동참|채택|가입|지지|체결|참여|합류|비준")
# the cue's clause reported by a verb of saying after it (…에 가입했다고 주장했다)
_REPORTED_AFTER_KO = re.compile(r"\S*?다고\s+(?:\S+\s+){0,2}?(?:주장|밝혔|말했|전했|설명했|강조했|보도했|발표했|알렸)")
# ‘…선언’에는 A, B 등 30개국이 참여했다: joining a text is taking part in it, said of the text itself
# a body's member countries (아세안 국가 포함 28개국이): they sign, not the body
_MEMBERS_AFTER_KO = re.compile(r"\s*(?:회원국|국가)")
# G20 장관들은 …을 채택했다: the body's ministers, who adopt it at their meeting; the body does not make it
_ITS_PEOPLE_KO = re.compile(r"\s*(?:장관|정상|각료|대표|수장)들")
# 미국 정부 기관도 참여했다: a country's agencies, named or not, take part; not the country
_ITS_AGENCIES_KO = re.compile(r"\s*(?:정부\s*)?(?:기관|부처)")
# (not what something else rests on: ‘…원칙’에 기반해, 따라, 근거해)
_JOINED_TEXT_KO = re.compile(r"[’'”\"」』]?\s*에는?\s(?!(?:기반|따라|따른|근거|의거|입각|맞춰))")
_SIGN_EN = re.compile(r"\b(?:signed|signing|signatories|endorsed|endorsing|joined|adopted(?:\s+by)?|members|approved|passed|"
                      r"participat(?:ed|es|ing|e)\s+in|t(?:ake|akes|aking|ook)\s+part\s+in|"
                      r"gave\s+(?:its\s+|their\s+)?final\s+(?:approval|green\s+light)\s+to|"
                      r"ratified|ratifying|adhered\s+to|entered\s+into|(?:countr(?:y|ies)|nations?|states?)\s+to\s+(?:sign|endorse|join))\b", re.I)
_ONE_OF_EN = re.compile(r"\s+(?:was|is|were|are|became)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:\d[\d,]*|[a-z-]+)\s+"
                        r"(?:other\s+)?")
_PASSIVE_KO = re.compile(r"[되됐된돼됨]")
_PART_OF_KO = re.compile(r"의\s*(?:일환|계기)")      # 유엔총회의 일환으로 열린: what a meeting is part of signs nothing
# (and a noun's "to be": "in the … report to be launched in December")
_TO_BE_SIGNED_EN = re.compile(r"\b(?:(?:set|expected|scheduled|due|slated|going|poised)\s+to\s+be|will\s+(?:\w+\s+)?be|"
                              r"(?:is|are)\s+to\s+be|to\s+be)\s+(?:\w+ly\s+)?$", re.I)
_TO_DO_EN = re.compile(r"\b(?:will|(?:set|expected|scheduled|due|slated|going|poised|plans?|planning|intends?|"
                       r"hopes?|aims?|expects?)\s+to)\s+(?:\w+ly\s+)?$", re.I)
_OBJECT_ACT_KO = re.compile(r"[을를]\s*(?:기대|환영|추진|논의|검토|목표|위한|위해|앞두|결정)|에\s*(?:관한|대한)\s")
_STEP_TOWARD_KO = re.compile(r"\s*(?:협상|절차|의사|신청|타진|준비|희망|요청|추진|검토)")
_ASKED_KO = re.compile(r"[^.]{0,8}?(?:요청|당부|촉구|호소|요구)")
_OUGHT_KO = re.compile(r"(?:하|되)?(?:여야|해야|돼야|되어야)\s*(?:하|한|할|합|했|함)")
_PLURAL_LEADERS = re.compile(r"정상들|장관들|각료들|참가국들|참여국들|서명국들|\bleaders\b|\bministers\b|\bparticipating countries\b|\battendees\b")


# 김철수 가나부 장관 주재로 진행됐으며, … 선언문을 채택했다: who chaired is no signer for their body
_CHAIRING_KO = re.compile(r"(?:\s+[^\s,.]+){0,3}?\s+주재(?:로|하에|\s+아래)")


# a country's name used as an adjective: "US tech giants such as …" signed, not the US
_OF_COUNTRY_EN = re.compile(r"\s+(?:tech|technology|companies|company|firms|firm|giants|start-?ups|businesses|"
                            r"industry|developers|labs|researchers|officials|lawmakers|media)\b")
_PASSIVE_EN = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$", re.I)


_SIGNED_TEXT_KO = re.compile(r"[’'”\"]?\s*에는?\s")      # ‘…선언’에는 …이 서명했다
# (and a second aim after 및: … 구축 및 신산업 육성을 위한 업무협약)
_FOR_SETTING_UP_KO = re.compile(r"[’'”\"」』]?\s*(?:의\s*)?(?:설립|구축|설치|건립|신설|개소)(?:\s*및\s+[^.,;]{1,30}?)?(?:을|를)?\s*"
                                r"(?:위한|에\s*관한|관련)")


_REPORTED_SIGNING_KO = re.compile(r"[^.]{0,8}?다고\s*(?:\d{1,2}\s*일\s*)?(?:발표했|밝혔|전했|말했)")


def _where_or_when_ko(ctx: Context, m: Mention) -> bool:
    """A country or body named for where or for its clock, not as a party: 프랑스 파리에서, 프랑스에서,
    (프랑스 현지시각), 유네스코 본부에서, 가나연구원(GRI)에서."""
    end = ctx.rel(m) + len(m.text)
    if re.match(r"(?:\([^()]{1,20}\)|\))?에서", ctx.text[end:end + 24]) or \
            re.match(r"\s*(?:현지\s*시[각간]|본부\s*에서|회원국|(?:제?\d+\s*)?(?:위원회|분과)\S*에서)", ctx.text[end:end + 12]):
        return True             # (유엔 회원국들은: the members, not the body; 유엔총회 1위원회에서: its committee, where)
    if _ACCORDING_TO_KO.match(ctx.text, end):
        return True             # 홍콩 사우스차이나모닝포스트(SCMP)에 따르면: the source's city
    return m.cls == "Country" and (any(p.cls in PLACE_CLASSES and ctx.text[end:ctx.rel(p)].isspace() and
                                       ctx.rel(p) > end for p in ctx.mentions) or
                                   bool(_PLACE_AFTER_KO.match(ctx.text, end)))


_ACCORDING_TO_KO = re.compile(r"(?:\s+[^\s,]+){0,2}?\s*(?:\([^()]{1,20}\))?에\s*따르면")
# 영국 버킹엄셔 블레츨리 파크에서: words without particles, the last marked 에서, after the country
# (or 사우디아라비아 라티움에 위치한 … 본사에서: a place the venue is located in)
_PLACE_AFTER_KO = re.compile(r"(?:\s+(?!\S*(?:이|가|은|는|을|를|과|와|의|,)\s)\S+){0,2}?\s+\S+(?:에서|에\s+위치한|에\s+있는)\s")


# a subject particle on a word (인사가, 정부가), not the determiner 이 (이 선언)
_OWN_SUBJECT_KO = re.compile(r"(?<=[가-힣])(?:이|가)\s")


# "signed the … Declaration together with three other countries, such as A, B and C": they sign it too
_ALONGSIDE_EN = re.compile(r"[’”\"']?\s+(?:alongside|together\s+with|along\s+with)\s+(?:(?:\w+|\d+)\s+)?(?:other\s+)?"
                           r"(?:(?:nations|countries|states|governments)\s*,?\s*(?:including|such\s+as|among\s+them)\s+)?"
                           r"(?:the\s+)?")


def _alongside_en(ctx: Context, text: Mention) -> list[Mention]:
    """The countries and bodies listed right after a signed text's name as its co-signers."""
    at = _ALONGSIDE_EN.match(ctx.text, ctx.rel(text) + len(text.text))
    if at is None:
        return []
    out: list[Mention] = []
    pos = at.end()
    for m in sorted((m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person"), key=lambda m: m.start):
        if ctx.rel(m) < pos:
            continue
        if ctx.rel(m) != pos:
            break
        out.append(m)
        sep = LIST_SEP_EN.match(ctx.text, ctx.rel(m) + len(m.text))
        if sep is None:
            break
        pos = sep.end()
    return out


def signing(ctx: Context, earlier: Mention | None = None) -> list[Relation]:
    """Countries and organisations that signed, joined or adopted an initiative.

    Korean puts the signers first, as the subject (미국·중국 등 86개국과 EU 등은 … 선언문을
    채택했다); English after "signed by" or in a list (Among those signing … were China,
    France and India).  A leader who joins the adoption signs for their country.  "정상들은 …
    채택했다" (the leaders adopted) signs for every country that attended, which only the
    whole document knows: it becomes a ``signed_by_attendees`` marker for identity resolution.
    ``earlier`` is the text the sentence before named last, which "… signed it" means.
    """
    out = []
    pat = _SIGN_KO if ctx.lang == "ko" else _SIGN_EN
    by_span = {(m.start, m.end): m for m in ctx.mentions}
    for cue in pat.finditer(ctx.text):
        pos = cue.start()
        clause = ctx.clause_of(pos)
        if ctx.negated(clause, pos):
            continue
        if ctx.lang == "ko" and _ASKED_KO.match(ctx.text, cue.end()):
            continue            # …에 대한 지지와 협조를 요청했다: support asked for, not given
        if ctx.lang == "ko" and _OUGHT_KO.match(ctx.text, cue.end()):
            continue            # 기업이 채택해야 하는 원칙: what someone ought to adopt, not what they did
        if ctx.lang == "en" and _TO_BE_SIGNED_EN.search(ctx.text, 0, pos):
            continue            # "The agreement, set to be signed on Monday", "will be formally signed by": not yet
        if ctx.lang == "en" and re.match(r"\s+(?:forces|hands)\b", ctx.text[cue.end():]):
            continue            # "UNESCO and the Alliance joined forces to …": worked together, joined no text
        if ctx.lang == "en" and cue.group(0).lower() == "joined" and re.match(r"\s+by\b", ctx.text[cue.end():]):
            continue            # "Joined by industry representatives, the council …": who came along, no signature
        if ctx.lang == "ko" and re.match(r"(?:은|는|이|가)\s", ctx.text[cue.end():cue.end() + 2]) and \
                not _PASSIVE_KO.match(ctx.text, cue.end()):
            continue            # … 결의안 채택은 이번이 처음이다: the act as another verb's subject, done by no one named
        if ctx.lang == "ko" and cue.group(0) in ("가입", "비준", "서명", "체결") and _STEP_TOWARD_KO.match(ctx.text, cue.end()):
            continue            # 가입 협상을 개시했다, 가입 의사를 통보했다: a step toward joining, not joining
        if ctx.lang == "ko" and _OBJECT_ACT_KO.match(ctx.text, cue.end()):
            continue            # 가입을 추진한다, 채택을 환영했다: the act is sought or welcomed (채택을 주도한 is
            #                     leading it, which signs)
        inits = ctx.in_clause((0, len(ctx.text)) if ctx.lang == "ko" else clause, INITIATIVE_CLASSES)
        if ctx.lang == "ko":
            # ‘한-라티움 협력센터’ 설립을 위한 MOU를 체결했다: what the signed text is for, not the text
            inits = [m for m in inits if not _FOR_SETTING_UP_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
        if not inits and earlier is not None and ctx.lang == "en" and _IT_EN.match(ctx.text, cue.end()):
            # "The treaty opened for signature in May. Chile, Kenya and Peru signed it."
            out += [make_relation("signed", a, earlier, ctx, "cue-signed-it", 0.6) for a in english_subjects(ctx, pos)]
        if not inits and earlier is not None and ctx.lang == "en" and re.match(r"It\s", ctx.text) and \
                re.match(r"\s*by\b", ctx.text[cue.end():]):
            inits = [earlier]   # "It … has so far been signed by A, B and C": the text the sentence before named
        if not inits:
            continue
        unnamed = _UNNAMED_AGREEMENT_KO.search(ctx.text, 0, pos) if ctx.lang == "ko" else None
        if unnamed and not any(ctx.rel(m) + len(m.text) == unnamed.end("w") for m in inits):
            continue            # 업무협약을 체결하고: an agreement the sentence does not name, not another text it names
        near = min(inits, key=lambda m: abs(ctx.rel(m) - pos))
        if ctx.lang == "en" and cue.group(0).lower().startswith(("particip", "tak", "took")) and \
                not re.fullmatch(r"\s+(?:the\s+|this\s+|that\s+)?", ctx.text[cue.end():ctx.rel(near)]):
            continue            # taking part in a text is joining it; in a meeting where one was adopted, not
        if cue.group(0) == "지지" and near.cls == "Law":
            continue            # 가나 기업은 … 법안을 지지했다: supporting a bill is no signing of a law
        if cue.group(0) in ("참여", "합류") and not (ctx.rel(near) < pos and _JOINED_TEXT_KO.match(
                ctx.text, ctx.rel(near) + len(near.text))):
            continue            # (taking part in a meeting, or in a talk about a text, is no signing)
        # "the Ostrava Declaration, which China signed in 2023, …": the relative clause's antecedent
        antecedent = [m for m in inits if ctx.lang == "en" and ctx.rel(m) < pos and re.fullmatch(
            r"[’”\"']?,?\s+(?:which|that)\s+[^,;]*", ctx.text[ctx.rel(m) + len(m.text):pos])]
        if antecedent:
            near = antecedent[-1]
        if ctx.lang == "ko":
            # the signers: agents before the cue that are the clause's subject, up to the initiative
            # (a country or body in a person's post signs through the person, below: 홍길동 영국 … 장관은)
            # (and so does the country written before a post's ministry: 홍길동 영국 가나부 장관은)
            posts = {tuple(p.org_span) for p in ctx.mentions if p.cls == "Person" and p.org_span}
            posts |= {(m.start, m.end) for m in _ministry_countries(ctx).values()}
            agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and ctx.rel(m) < ctx.rel(near)
                      and ctx.rel(m) >= clause[0] and not _where_or_when_ko(ctx, m) and (m.start, m.end) not in posts
                      and not _PART_OF_KO.match(ctx.text, ctx.rel(m) + len(m.text))
                      and not (m.cls != "Country" and _MEMBERS_AFTER_KO.match(ctx.text, ctx.rel(m) + len(m.text)))
                      and not _ITS_PEOPLE_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            # (not an agent in a clause that describes the next one: 칠레와 시장 경쟁을 벌이는 페루가 서명했고)
            agents = [m for m in agents if not any(
                ctx.rel(m) < ctx.rel(x) and _DESCRIBES_NEXT_KO.fullmatch(ctx.text, ctx.rel(m) + len(m.text), ctx.rel(x))
                for x in agents)]
            counted = _COUNTED_SUBJECT_KO.search(ctx.text, clause[0], ctx.rel(near))
            if counted:         # 가나기구는 1951년 40개국이 ‘…헌장’에 서명한 뒤 발족했다: the counted countries
                #                 signed, not the topic before them (A와 B 등 30개국이: the listed ones did)
                agents = [m for m in agents if ctx.rel(m) > counted.start() or
                          not _TOPIC_PARTICLE_KO.search(ctx.text, ctx.rel(m) + len(m.text), counted.start())]
            if _REPORTED_AFTER_KO.match(ctx.text, cue.end()):
                # 라티움은행은 A와 B가 …에 가입했다고 주장했다: the topic says so; the reported clause's subjects signed
                topics = [m for m in agents if re.match(r"(?:은|는)\s", ctx.text[ctx.rel(m) + len(m.text):])]
                if topics and any(ctx.rel(m) > ctx.rel(topics[-1]) and re.match(
                        r"(?:\s*등(?:\s*\S+)?)?(?:이|가)\s", ctx.text[ctx.rel(m) + len(m.text):]) for m in agents):
                    agents = [m for m in agents if ctx.rel(m) > ctx.rel(topics[-1])]
            subj = re.search(r"(?:등|국|들)?(?:이|가|은|는)\s", ctx.text[clause[0]:ctx.rel(near)])
            if not subj:
                agents = []
            back = near.text.split()[-1] if near.text.split() else ""
            if ctx.rel(near) < clause[0] and back and re.search(
                    rf"(?:이|가|은|는)\s.*{re.escape(back[-2:])}문?(?:에|을|를)\s*$", ctx.text[clause[0]:pos]):
                # ‘…선언’을 채택했으며, A와 B 등 30개국이 선언에 서명했다: the text named before, by its
                # head word; the signers are the later clause's subject
                agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and clause[0] <= ctx.rel(m) < pos]
            if _SIGNED_TEXT_KO.match(ctx.text, ctx.rel(near) + len(near.text)) and \
                    re.search(r"(?:이|가|도)\s", ctx.text[ctx.rel(near):pos]):
                # ‘…선언’에는 A, B 등 50개국이 서명했다: the text first, its signers after it (…기관도 참여했다)
                agents += [m for m in ctx.mentions if m.cls in AGENT_CLASSES and ctx.rel(near) < ctx.rel(m) < pos
                           and not (m.cls == "Country" and _ITS_AGENCIES_KO.match(ctx.text, ctx.rel(m) + len(m.text)))]
        else:
            # the first body named after the text, if a comma stands between them ("Although many
            # countries signed the declaration, the governments of A and B chose not to"): no signer from there on
            after_text = [ctx.rel(x) for x in ctx.mentions if x.cls in AGENT_CLASSES and ctx.rel(x) > ctx.rel(near)]
            past_comma = ctx.rel(near) > pos and not re.match(r"\s*by\b", ctx.text[cue.end():]) and bool(after_text) and \
                "," in ctx.text[ctx.rel(near) + len(near.text):min(after_text)]
            agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and cue.end() <= ctx.rel(m) < clause[1]
                      and not re.search(r"\b(?:but|while|not|at|hosted|held|during|which|drafted|proposed|sponsored|prepared|"
                                        r"according|to\s+(?:establish|set\s+up|create|launch|build|form))\b",
                                        ctx.text[cue.end():ctx.rel(m)])
                      and not _OF_COUNTRY_EN.match(ctx.text, ctx.rel(m) + len(m.text))
                      # (the body whose members they are: "adopted by members of the European Parliament")
                      and not (cue.group(0).lower() == "members" and
                               re.fullmatch(r"\s+of\s+(?:the\s+)?", ctx.text[cue.end():ctx.rel(m)]))
                      # (nor the body whose members consent: "with consent from 44 member states of the GPAI")
                      and not _MEMBERS_OF_EN.search(ctx.text[max(0, ctx.rel(m) - 120):ctx.rel(m)])
                      # (not the text's owner: "signed the Council of Europe's Framework Convention")
                      and not re.match(r"['’]s\s", ctx.text[ctx.rel(m) + len(m.text):])
                      and not (past_comma and ctx.rel(m) > ctx.rel(near))]
            if _BETWEEN_THE_TWO_EN.match(ctx.text, cue.end()):
                # "… a Memorandum of Understanding signed between the two countries": the two the sentence names
                named: dict = {}
                for m in ctx.mentions:
                    if m.cls == "Country":
                        named.setdefault(m.authority_ids[:1] or (m.text,), m)
                agents = list(named.values()) if len(named) == 2 else []
            if _ENACTED_EN.match(cue.group(0)):
                # "The parliament has approved a law …, making Italy the first …": who approves or passes is
                # the verb's subject, never a body named after it
                agents = english_subjects(ctx, pos)
            if cue.group(0).lower() == "signatories" and not _SIGNATORIES_LISTED_EN.match(ctx.text, cue.end()):
                agents = []     # "principles that signatories have to uphold, … the 27 EU countries": no list
            # (not for "members": "Group of Seven members" are the G7's, not signers of what follows)
            if (ctx.rel(near) > pos or antecedent) and not _PASSIVE_EN.search(ctx.text, 0, pos) and \
                    not re.match(r"\s*by\b", ctx.text[cue.end():]) and cue.group(0).lower() != "members":
                # (not the source a sentence cites: "According to a statement by the Ministry …, A and B signed")
                agents += [m for m in english_subjects(ctx, pos) if m not in agents and
                           not re.search(r"\baccording\s+to\b[^,]*$", ctx.text[:ctx.rel(m)], re.I)]
            agents += [m for m in _alongside_en(ctx, near) if m not in agents]
            if re.match(r"(?:countries|nations|states)\s", cue.group(0), re.I):
                # "… in which Chile was one of 30 nations to sign the … Declaration": the one of them named
                agents += [m for m in ctx.mentions if m.cls in AGENT_CLASSES - {"Person"} and m not in agents and
                           ctx.rel(m) < pos and _ONE_OF_EN.fullmatch(ctx.text, ctx.rel(m) + len(m.text), pos)]
            if cue.group(0).lower() == "adopted by":
                # adopted by 60 countries: they signed; by the Council of Europe's Committee of Ministers:
                # the body that made the text, not a party to it (but a body added to the countries is one:
                # "by 30 member states of the bloc and the European Union")
                agents = [m for m in agents if m.cls == "Country" or re.fullmatch(
                    r"\s*(?:over\s+|more\s+than\s+)?\d[^;]*\s(?:countries|nations|states)\b[^;]*\band\s+(?:the\s+)?",
                    ctx.text[cue.end():ctx.rel(m)])]
        passive = ctx.lang == "ko" and _PASSIVE_KO.match(ctx.text, cue.end())
        if passive:             # … 선언이 채택됐다: the text is the subject; who took part is not said to sign
            agents = []
        people = [m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) < pos and not passive
                  and (ctx.lang == "ko" or clause[0] <= ctx.rel(m))
                  and not (ctx.lang == "ko" and _CHAIRING_KO.match(ctx.text, ctx.rel(m) + len(m.text)))]
        if ctx.lang == "ko" and _REPORTED_SIGNING_KO.match(ctx.text, cue.end()):
            # 홍 장관은 28개국과 EU가 … 서명했다고 발표했다: who announces it does not sign
            people = [p for p in people if not re.search(r"(?:이|가)\s", ctx.text[ctx.rel(p) + len(p.text):pos])]
        quote = speech_around(ctx.text, pos) if ctx.lang == "ko" else None
        if quote and _OWN_SUBJECT_KO.search(ctx.text, quote[0], pos):
            # 박 장관은 “우리 정부의 인사가 …에 참여하게 된 것은 …”: the quote's own subject takes part, not its
            # speaker (who says “우리는 …에 서명했다” does sign)
            people = [m for m in people if quote[0] <= ctx.rel(m) < quote[1]]
            agents = [m for m in agents if quote[0] <= ctx.rel(m) < quote[1]]
        countries = _ministry_countries(ctx) if ctx.lang == "ko" else {}
        for p in people:                         # a leader joining the adoption signs for the country
            org = by_span.get(tuple(p.org_span)) if p.org_span else None
            for a in (org, countries.get(p.org_span[0]) if org is not None else None):
                if a is not None and a not in agents:
                    agents.append(a)
        # one body adopting a text makes it (OECD는 … ‘라티움 데이터 원칙’을 채택했다, the Assembly adopted the Act);
        # countries, or a body among them, adopting one are its parties; at a meeting, the meeting adopts
        # (a legislature, or a country, approving or passing a law makes it)
        made = (len(agents) == 1 and agents[0].cls in ORG_FAMILY and
                (ctx.lang == "ko" or ctx.rel(agents[0]) < pos) and       # (not a party named after the verb)
                (cue.group(0) in ("채택", "adopted") or _ENACTED_EN.match(cue.group(0)) is not None)
                and not ctx.in_clause((0, len(ctx.text)) if ctx.lang == "ko" else clause, {"Summit"})) or \
            ctx.lang == "en" and _ENACTED_EN.match(cue.group(0)) is not None and near.cls in ("Law", "Strategy")
        for a in agents:
            for i in inits if ctx.lang == "ko" else [near]:
                if ctx.lang == "ko" and ctx.rel(i) < ctx.rel(a) and i is not near:
                    continue
                out.append(make_relation("launched", a, i, ctx, "cue-adopted-by-body", 0.7) if made else
                           make_relation("signed", a, i, ctx, "cue-signed", 0.7))
        if not agents and _PLURAL_LEADERS.search(ctx.text[clause[0]:pos] if ctx.lang == "ko" else ctx.text):
            for i in inits:
                out.append(make_relation("signed_by_attendees", i, None, ctx, "leaders-adopted", 0.6))
    return out + (_sponsors_ko(ctx) if ctx.lang == "ko" else [])


# 와 … 벌이는 (페루): the words between two agents are a clause, ending in a verb's present adnominal form,
# that describes the second
_DESCRIBES_NEXT_KO = re.compile(r"(?:과|와|을|를)\s+(?:\S+\s+){0,4}?[\uac00-\ud7a3]*(?:는|던)\s+")
# A와 B가 (각각, 공동으로) 주도한/상정한/제출한 ‘…’ 결의안: who led or tabled a text is its party
_SPONSORED_KO = re.compile(r"(?:이|가)\s+(?:각각\s+)?(?:공동(?:으로)?\s*)?(?:주도|상정|제출)한\s*[‘'“\"]?$")


def _sponsors_ko(ctx: Context) -> list[Relation]:
    out = []
    for m in ctx.mentions:
        if m.cls not in INITIATIVE_CLASSES or m.reference:
            continue
        sponsored = _SPONSORED_KO.search(ctx.text, max(0, ctx.rel(m) - 24), ctx.rel(m))
        if sponsored is None:
            continue
        subject = next((a for a in ctx.mentions if a.cls in AGENT_CLASSES - {"Person"} and
                        ctx.rel(a) + len(a.text) == sponsored.start()), None)
        if subject is None:
            continue
        for a in [x for x in listed_before(ctx, [subject]) if x.cls in AGENT_CLASSES] + [subject]:
            out.append(make_relation("signed", a, m, ctx, "cue-sponsored", 0.7))
    return out


_BETWEEN_THE_TWO_EN = re.compile(r"\s+between\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|governments)\b")
# the cues by which a legislature or government makes a law its own
_ENACTED_EN = re.compile(r"approved|passed|gave\b")
# the body whose members consent, by its name or its acronym after it: "with consent from 44 member
# states of the Latium Partnership on Data (LPD) and the EU"
_MEMBERS_OF_EN = re.compile(r"\b(?:member\s+)?(?:states|countries|nations|members)\s+of\s+(?:the\s+)?"
                            r"(?:(?:[A-Z][\w-]*|on|of|for|and)\s+){0,8}?(?:\(\s*)?$")
# "signatories include A, B", "signatories such as A", "signatories: A, B": the noun's list follows
# (after the text they signed: "signatories of the … Convention include A")
_SIGNATORIES_LISTED_EN = re.compile(r"(?:\s+(?:of|to)\s[^,;:.]*?)?\s*(?::|\s(?:so\s+far\s+)?"
                                    r"(?:include|included|including|are|were|such\s+as)\b)")
_IT_EN = re.compile(r"\s+it\b(?!\s+(?:was|is|would|will|had|has)\b)")


def glosses(ctx: Context) -> list[Relation]:
    """A name glued to its translation or abbreviation: 유엔UN, 행동 정상회의(AI Action Summit)."""
    out = []
    ms = sorted((m for m in ctx.mentions if not m.reference), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        gap = ctx.text[ctx.rel(a) + len(a.text):ctx.rel(b)]
        gap = re.sub(r"\((?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+$", "(", gap)     # 앨리스 로(Dr. Alice Roe): a style
        if re.sub(r"^[’'”\"]", "", gap) not in ("", "(", " (") or FAMILY.get(a.cls) != FAMILY.get(b.cls):
            continue
        bracketed = gap.endswith("(") and ctx.text.startswith(")", ctx.rel(b) + len(b.text))
        if bool(_HANGUL.search(a.text)) == bool(_HANGUL.search(b.text)) and not bracketed:
            continue            # two names side by side, unless the second is the first's bracketed short name
        if a.authority_ids and b.authority_ids and a.authority_ids[0] != b.authority_ids[0]:
            continue
        out.append(make_relation("gloss", a, b, ctx, "gloss-adjacent", 0.9))
    return out


_ISSUER_GAP = re.compile(r"^(?:\s*|의\s+|’s\s+|'s\s+|\s*\(|\s*차원의\s+|(?:이|가|에서)\s+(?:수립|제정|마련|발표|채택|출범|설립)[한된]\s+[‘'“]?)$")


def issuers(ctx: Context) -> list[Relation]:
    """An organisation or country named right before an initiative is its issuer:
    UNESCO Recommendation on …, 유엔 총회의 AI 결의안, 한국 정부가 수립한 디지털 권리장전."""
    out = []
    ms = sorted(ctx.mentions, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        if a.cls in AGENT_CLASSES and b.cls in INITIATIVE_CLASSES and not b.reference:
            gap = ctx.text[ctx.rel(a) + len(a.text):ctx.rel(b)]
            if _ISSUER_GAP.match(gap) and not b.text.startswith(a.text) and \
                    not (b.cls == "Agreement" and a.cls == "Country") and not (gap.strip() == "(" and not a.authority_ids):
                # (a bracket after a body nobody knows is the end of a longer title's, glossed: "… of a
                # Data Trust Foundation (Data Basic Act)")
                # (an agreement a country's name comes before is between it and another: 한-칠레 협정)
                out.append(make_relation("launched", a, b, ctx, "issuer-modifier", 0.6))
    return out


def issuers_in_names(sentences: list[Sentence], mentions: list[Mention], relations: list[Relation]) \
        -> tuple[list[Mention], list[Relation]]:
    """A body or country the data knows, at the start of a text's name, issued it: the OECD AI
    Principles, the African Union Continental AI Strategy, EU AI법.  The issuer is a mention of its
    own, made after the sentence rules ran: inside the name, it is no party to the sentence's lists.
    A network's first words name its members (AI Safety Institutes Network), not who began it."""
    out_m: list[Mention] = []
    out_r: list[Relation] = []
    text_of = {s.index: s.text for s in sentences}
    meetings = [m.text for m in mentions if FAMILY.get(m.cls) == "Summit" and not m.reference]
    # who the text says launched it is who did (Chile enacted the ‘Kenya Data Act’ of a made-up example)
    # (a meeting that launched it leaves it the body's it is named for: the APEC Data Initiative)
    said = {r.object.text for r in relations if r.relation == "launched" and r.object is not None
            and r.subject.cls in AGENT_CLASSES}
    for b in mentions:
        sentence = text_of.get(b.sent, "")
        if b.cls not in INITIATIVE_CLASSES or b.reference or b.cls == "Network" or b.text in said or \
                has_cue("intention", b.lang, sentence) and _CREATING.search(sentence):
            continue            # what is only planned has no issuer yet (an existing text a plan is about has)
        words = b.text.split()
        for k in range(min(4, len(words) - 1), 0, -1):
            prefix = " ".join(words[:k])
            ids = [i for i in lookup_normalised(prefix) if load_authority().get(i).cls in AGENT_CLASSES]
            if len(ids) == 1:
                country = load_authority().get(ids[0]).cls == "Country"
                if country and (b.cls == "Agreement" or any(t.startswith(prefix + " ") for t in meetings)):
                    break       # an agreement a country's name starts is between it and another; the Kenya
                    #             Data Summit's Kenya Declaration names where the meeting was, not an issuer
                if _qualifies_another(words[k:-1], b.lang):
                    break       # 가나 AI 정상회의 공동선언, Ruritania Oslo Data Charter: the meeting's or the
                    #             city's country, not the text's issuer
                cls = load_authority().get(ids[0]).cls
                a = Mention(b.doc_id, b.sent, b.start, b.start + len(prefix), prefix, cls, (ids[0],), "issuer-in-name",
                            0.6, b.lang)
                out_m.append(a)
                out_r.append(Relation("launched", a, b, "", b.sent, "issuer-in-name", 0.6, ()))
                break
    return out_m, out_r


# the kinds of text two parties sign; not a dialogue, a centre or a plan one side names for both
# (Ruritania-Freedonia Solidarity Initiative: the first country's policy)
_SIGNABLE = frozenset({"Agreement", "Declaration", "Statement"})
_PARTY_SEP = re.compile(r"[-–‐·ㆍ‧]")
_SIGNING = re.compile(r"서명|체결|sign", re.I)


def parties_in_names(sentences: list[Sentence], mentions: list[Mention]) -> tuple[list[Mention], list[Relation]]:
    """The parties a pact is named for signed it: news names a bilateral text after them (the
    Ruritania–Freedonia Data Accord, ASEAN-U.S. Joint Statement, 한-EU 협정, 한미 양해각서).  Each
    party is a mention of its own, as an issuer is.  Not where a meeting's head comes between
    (the Ruritania-Freedonia Summit Declaration is the meeting's), nor for a signing still planned."""
    out_m: list[Mention] = []
    out_r: list[Relation] = []
    text_of = {s.index: s.text for s in sentences}
    auth = load_authority()
    for b in mentions:
        if b.cls not in _SIGNABLE or b.reference:
            continue
        words = b.text.split()
        if len(words) < 2 or _qualifies_another(words[1:-1], b.lang):
            continue
        sentence = text_of.get(b.sent, "")
        if has_cue("intention", b.lang, sentence) and _SIGNING.search(sentence):
            continue
        if b.lang == "ko" and "위한" in b.text and any(
                m.sent == b.sent and m.start < b.start and m.cls != "Country" and
                (m.cls in AGENT_CLASSES - {"Person"} or m.cls == "City") for m in mentions):
            continue            # 가나시는 라티움연구원과 ‘한국-칠레 … 협력을 위한 협약’에 서명했다: the pair is what
            #                     the pact is for; its signers are the city and the institute named before it
        for offset, part, pid in _parties(words[0], b.lang):
            a = Mention(b.doc_id, b.sent, b.start + offset, b.start + offset + len(part), part, auth.get(pid).cls,
                        (pid,), "parties-in-name", 0.6, b.lang)
            out_m.append(a)
            out_r.append(Relation("signed", a, b, "", b.sent, "parties-in-name", 0.6, ()))
    return out_m, out_r


def _parties(word: str, lang: str) -> list[tuple[int, str, str]]:
    """(offset, text, authority id) of each party of ASEAN-U.S., 한-EU, 한·중·일 or 한미; none unless
    every part is a country or body the data knows and there are two or more.  Korean writes a
    row without marks only when it begins with Korea (한미, 한중일); 중미 is Central America."""
    if lookup_normalised(word):
        return []                   # a name of its own (독일 is Germany, not 독+일)
    short = pair_abbreviations() if lang == "ko" else {}
    if _PARTY_SEP.search(word):
        pieces, at = [], 0
        for piece in _PARTY_SEP.split(word):
            pieces.append((at, piece))
            at += len(piece) + 1
    elif word.startswith("한") and all(c in short for c in word):
        pieces = list(enumerate(word))
    else:
        return []
    out = []
    for at, piece in pieces:
        ids = [i for i in lookup_normalised(piece) if load_authority().get(i).cls in AGENT_CLASSES]
        pid = short.get(piece) or (ids[0] if len(ids) == 1 else None)
        if pid is None:
            return []
        out.append((at, piece, pid))
    return out if len({pid for _, _, pid in out}) >= 2 else []


_CREATING = re.compile(r"설립|구축|출범|신설|마련|제정|establish|launch|creat|set\s+up", re.I)


def _ministry_countries(ctx) -> dict:
    """The country named right before a person's post's body (영국 가나부 장관), by where that body starts."""
    starts = {p.org_span[0] for p in ctx.mentions if p.cls == "Person" and p.org_span}
    return {m.end + 1: m for m in ctx.mentions if m.cls == "Country" and m.end + 1 in starts and
            ctx.text[ctx.rel(m) + len(m.text):ctx.rel(m) + len(m.text) + 1] == " "}


def _qualifies_another(words: list[str], lang: str) -> bool:
    """A meeting's head or a place among the words between an issuer and a name's last word."""
    table = heads()[lang]
    for k, w in enumerate(words):
        ending = heads_ending(w, lang) if lang == "ko" else [w] if w in table else []
        if any(FAMILY.get(table[h]) == "Summit" for h in ending):
            return True
        if any(FAMILY.get(load_authority().get(i).cls) == "Place" for n in (1, 2)
               for i in lookup_normalised(" ".join(words[k:k + n]))):
            return True
    return False


# a past year or month, then where and how the meeting named right after it was held (지난해 9월
# 라티움에서 열린 ‘…’)
_HELD_BEFORE_KO = re.compile(r"(?:지난해|작년|지난\s*(?:\d{1,2}\s*월|(?:19|20)\d\d\s*년))[^.;]{0,40}?"
                             r"(?:열린|개최된|열렸던|개최됐던)\s*[‘'“\"「『]?$")


def document_relations(doc: Document, sentences: list[Sentence], mentions: list[list[Mention]]) -> list[Relation]:
    flat = [m for ms in mentions for m in ms]
    # the summit the document is about is one it names itself, not one a speaker names in a quotation
    # (“… AI 윤리정책 포럼을 운영하고 …”라고 설명했다)
    by_sent = {s.index: s for s in sentences}
    # (nor one it only names as held last year or earlier: 지난해 9월 라티움에서 열린 ‘…’에서 발표한 …)
    held_before: dict = {}      # summit -> whether every mention of it is so
    for m in flat:
        if m.cls == "Summit":
            past = _HELD_BEFORE_KO.search(by_sent[m.sent].text, 0, m.start - by_sent[m.sent].start) is not None
            held_before[entity_key(m)] = held_before.get(entity_key(m), True) and past
    earlier = {k for k, past in held_before.items() if past}
    focus = focus_summit([m for m in flat if speech_around(by_sent[m.sent].text,
                                                           m.start - by_sent[m.sent].start) is None
                          and not (m.cls == "Summit" and entity_key(m) in earlier)])
    year = year_hint(doc)
    out: list[Relation] = []
    section: Mention | None = None
    summit_dates: dict[str, str] = {}
    ctxs = [Context(s, ms, focus) for s, ms in zip(sentences, mentions)]
    previous: list[Relation] = []       # the summit attended in the sentence before
    caption, caption_wait = None, 0     # a caption's list of people waiting for the meeting they were at
    last_text: Mention | None = None    # the text the sentence before named last ("… signed it")
    signed_before: list[Relation] = []  # the signatures the sentence before read ("They also include …")
    for ctx in ctxs:
        for r in places_and_dates(ctx, doc.meta.date, year):
            if r.relation == "startDate":
                summit_dates.setdefault(entity_key(r.subject), r.value)
    for ctx in ctxs:
        earlier = last_text
        texts = [m for m in ctx.mentions if m.cls in INITIATIVE_CLASSES]
        last_text = max(texts, key=lambda m: m.start) if texts else None
        # a line that is just the name of a statement opens its text
        inits = [m for m in ctx.mentions if m.cls in INITIATIVE_CLASSES and not m.reference]
        if inits and len(inits[0].text) >= len(ctx.text.strip()) - 2:
            # a statement followed by its translation: two titles, two languages, one text
            if section is not None and section.lang != inits[0].lang and \
                    FAMILY.get(section.cls) == FAMILY.get(inits[0].cls):
                out.append(make_relation("gloss", inits[0], section, ctx, "translation-section", 0.8))
            section = inits[0]
            out += glosses(ctx)
            continue
        attended = attendance(ctx)
        if not attended and previous:
            attended = pictured(ctx, previous[0].object)    # the caption's list, after its first sentence
        previous = [r for r in attended if r.object is not None and r.object.cls == "Summit"]
        # a caption's list before the lines that say where the photo was taken (뒷줄 왼쪽부터 A 미국
        # 재무장관, …  /  a credit line  /  대통령이 …정상회의장에서 … 기념촬영을 하고 있다), up to three lines on
        if caption is not None and previous:
            out += pictured(caption, previous[0].object)
            caption = None
        elif not attended and caption_list(ctx):
            caption, caption_wait = ctx, 3
        elif caption is not None:
            caption_wait -= 1
            if caption_wait == 0:
                caption = None
        out += positions(ctx) + appointments(ctx) + attended + chairing(ctx) + \
            places_and_dates(ctx, doc.meta.date, year)
        signed = signing(ctx, earlier)
        if not signed and signed_before and _ALSO_INCLUDE_EN.match(ctx.text):
            # "The Charter's signatories include A and B. They also include C (Europe) and D": the list goes on
            signed = [make_relation("signed", m, signed_before[0].object, ctx, "cue-signed-list-continued", 0.7)
                      for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person"]
        signed_before = [r for r in signed if r.relation == "signed" and r.object is not None]
        out += glosses(ctx) + issuers(ctx) + hosts(ctx) + initiatives(ctx) + counts(ctx) + series(ctx, summit_dates) + \
            references(ctx, section) + signed
    # a preview, which says elsewhere who will attend: its headlines' "… 참석" are not yet attendance, and
    # what was adopted in a sentence naming no summit was adopted before, by another (브레츨리 선언은 … 합의했다)
    out += outline(ctxs, doc.meta.date, year)
    if any(prospective(ctx, pos) for ctx in ctxs for pos in cue_positions("attended", ctx.lang, ctx.text)):
        out = [r for r in out if r.method not in ("cue-attended-nominal", "cue-adopted-document-summit")]
    return _ministers_of_named_ministries(out, flat)


# a minister's portfolio (the Deputy Minister of Data) and a ministry's (the Latin Ministry of Data and …)
# (a Minister of State holds a junior post in the ministry of the portfolio after it: "Minister of State for Data")
_MINISTER_OF_EN = re.compile(r"(?:(?:Deputy|Vice|Assistant|Junior|State)[\s-]+)?Minister\s+(?:of\s+State\s+(?=(?:of|for)\s))?"
                             r"(?:of|for)\s+(?P<p>.+)")
_MINISTRY_OF_EN = re.compile(r"(?:.*\s)?(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?P<p>.+?)"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+)?")


def _ministers_of_named_ministries(relations: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """A minister named by portfolio alone ("Jane Roe, the Minister of Defence") holds the post in the
    one ministry of that portfolio the document names ("organised by the Ministry of Defence"): news
    names the ministry once and then its minister.  Two ministries of one portfolio leave it unsaid."""
    bodies: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.cls != "GovernmentBody":
            continue
        names = [m.text] + ([load_authority().get(m.authority_ids[0]).en] if m.authority_ids else [])
        for name in names:
            found = _MINISTRY_OF_EN.fullmatch(name or "")
            if found:
                key = m.authority_ids[0] if m.authority_ids else normal_key(m.text)
                bodies.setdefault(found.group("p").casefold(), {}).setdefault(key, m)
    out = []
    for r in relations:
        title = dict(r.extra).get("title_en", "")
        minister = _MINISTER_OF_EN.fullmatch(title) if r.relation == "holdsPosition" and r.object is None else None
        named = bodies.get(minister.group("p").casefold(), {}) if minister else {}
        if len(named) == 1:
            r = replace(r, object=next(iter(named.values())), method="portfolio-ministry", confidence=0.7)
        out.append(r)
    return out
