"""Who attended or chaired a summit, and how many took part.

Korean news writes what has not happened yet in the present tense (참석한다, 참석해
연설한다), so a cue's tense is read from the verb that ends its chain; a quotation's
speaker is not who took part; a body's standing members are not a meeting's participants.
"""
from __future__ import annotations

import functools
import re

from .context import (EARLIER_EDITION_EN, INITIATIVE_CLASSES, LIST_SEP_EN, Context, after_preposition, english_subjects,
                      make_relation, speech_around)
from .lexicon import cue_positions, cues, event_roles, has_cue, heads, heads_ending
from .model import Mention, Relation
from .people_ko import BRACKETED_HEAD
from .tense import next_predicate, non_past
from .words import AGENT_CLASSES

# not yet attended, or taking part as a standing member (44개국이 참여하고 있으며), not in one meeting
_PROSPECTIVE = re.compile(r"(?:한다|할\s|할 예정|하는 것으로|하기로|할지|여부|하고 있)")
_CONNECTIVE = re.compile(r"(?:하고|하며|하여|해서|해|아서|어서|아|어),?\s")


# "… announced at the summit that …", "met on the sidelines of the APEC summit": who speaks or meets
# (the speaker may stand between: "…," said Jane Roe, Minister for …, at the forum)
# at a summit attends it (only a summit right after: "said at a press conference" says nothing of one)
_SAID_AT_EN = re.compile(r"\b(?:(?:said|announced|stated|declared|warned|pledged)(?:\s+[^;,]{3,60},[^.;]{0,80}?,)?\s+at|"
                         # (what was made public between: "revealed the joint commitment at the …")
                         r"(?:announced|revealed|unveiled|presented)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){1,4}?at|"
                         r"met\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+)?(?:for|at)|"     # met in Oslo for the …
                         r"on\s+the\s+(?:sidelines|margins)\s+of|"
                         r"addressed(?:\s+the\s+(?:[\w-]+\s+){0,2}?(?:session|plenary|segment)\s+of)?|"
                         r"(?:open|clos|inaugurat)(?:ed|ing))\s+")
# between the cue and the summit's name: "the", an edition ("the 17th …")
# (or a press conference or session in it: "said at a press conference in the middle of the first day of
# the Global Forum …")
_BEFORE_NAME_EN = re.compile(r"(?:an?\s+(?:press\s+conference|session|panel|side\s+event)\s+)?"
                             r"(?:(?:on|during|in\s+the\s+middle\s+of)\s+)?(?:the\s+)?"
                             r"(?:(?:first|second|third|fourth|final|last|opening|closing)\s+day\s+of\s+(?:the\s+)?)?"
                             r"(?:\d+(?:st|nd|rd|th)\s+)?"
                             # (an owner's: "the Joint Data Center’s Data Symposium")
                             r"(?:(?:[A-Z][\w&.-]*\s+){0,4}?[A-Z][\w.-]*[’']s\s+(?=[A-Z]))?")


# "At the conference, Minister Jane Roe said …": the meeting first, then who speaks there
# (after a connective or a day: "And Friday, at the …, Jane Roe spoke")
_AT_SUMMIT_FIRST_EN = re.compile(r"(?:^|(?<=[.;]\s))(?:(?:But|And|Then|Later|Meanwhile|Also),?\s+)?"
                                 r"(?:(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                 r"[Tt]oday|[Yy]esterday),?\s+(?=[a-z]))?"
                                 r"(?:[Aa]t|[Dd]uring|On\s+the\s+(?:sidelines|margins)\s+of|Speaking\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)|Addressing)\s+")
_AT_THE_MEETING_EN = re.compile(r"(?:At|During)\s+the\s+(?:meeting|conference|forum|dialogue|session|event),\s+")
_SPEAKS_EN = re.compile(r"\b(?:said|says|told|stressed|noted|announced|emphasi[sz]ed|highlighted|urged|warned|"
                        r"welcomed|called|pledged|stated|declared|delivered|argued|cautioned|critici[sz]ed|"
                        r"underlined|underscored|reiterated|insisted|remarked|outlined|spoke)\b")


# "attended the workshop": the kind of meeting attended, named by a common noun after the cue
_ATTENDED_KIND_EN = re.compile(r"\b(?:attended|joined|addressed|opened|participated\s+in|took\s+part\s+in|spoke\s+at)\s+"
                               r"(?:the|this|a|an)\s+(workshop|seminar|webinar|training|course|reception|roundtable|"
                               r"ceremony|dinner|luncheon|lecture|hearing|briefing)\b")


def _said_at_summit(ctx: Context) -> list[int]:
    starts = {ctx.rel(m) for m in ctx.mentions if m.cls == "Summit"}
    return [m.start() for m in _SAID_AT_EN.finditer(ctx.text)
            if m.end() in starts or _BEFORE_NAME_EN.match(ctx.text, m.end()).end() in starts]


# "…,” said Acme Alliance Chair Jane Roe during the forum: the speaker named right after the verb,
# then the meeting (its name, or "the forum" for the document's)
_SAID_NAME_EN = re.compile(r"\b(?:said|added|noted|stressed)\s+")
_AT_OR_DURING_EN = re.compile(r"\s+(?:at|during)\s+")


def _said_name_at_summit_en(ctx: Context) -> list[int]:
    starts = {ctx.rel(m) for m in ctx.mentions if m.cls == "Summit"}
    out = []
    for p in ctx.mentions:
        if p.cls != "Person":
            continue
        said = list(_SAID_NAME_EN.finditer(ctx.text, max(0, ctx.rel(p) - 120), ctx.rel(p)))
        if not said or not re.fullmatch(r"[^,;.“”\"]*", ctx.text[said[-1].end():ctx.rel(p)]):
            continue            # (the title before the name, nothing else: no clause between)
        at = _AT_OR_DURING_EN.match(ctx.text, ctx.rel(p) + len(p.text))
        if at and (at.end() in starts or _BEFORE_NAME_EN.match(ctx.text, at.end()).end() in starts):
            out.append(said[-1].start())    # ("the forum" starts at its "the")
    return out


def _spoke_during_summit_en(ctx: Context) -> list[int]:
    """"Jane Roe, Minister of …, during the forum said …": who speaks during a meeting or at it,
    the meeting named between the speaker and the verb."""
    out = []
    for m in ctx.mentions:
        if m.cls != "Summit":
            continue
        at = _DURING_BEFORE_EN.search(ctx.text, max(0, ctx.rel(m) - 40), ctx.rel(m))
        if at and _SPEAKS_EN.match(ctx.text, ctx.rel(m) + len(m.text) + len(re.match(
                r",?\s*", ctx.text[ctx.rel(m) + len(m.text):]).group(0))):
            out.append(at.start())
    return out


# (or a moment of it: "at the opening of the forum", "at the launch of the … Forum")
_DURING_BEFORE_EN = re.compile(r"\b(?:during|at)\s+(?:the\s+)?(?:(?:launch|opening|closing|start|end)\s+of\s+(?:the\s+)?)?$")

# "Jane Roe travelled to Lisbon for the summit": the journey's purpose is the meeting named right after
_TRAVELLED_FOR_EN = re.compile(r"\b(?:travell?ed|flew|arrived)\s+(?:to|in)\s+(?:[A-Z][\w-]*\s+){1,3}(?:for|to\s+attend)\s+")


def _travelled_for_en(ctx: Context) -> list[int]:
    starts = {ctx.rel(m) for m in ctx.mentions if m.cls == "Summit"}
    return [t.start() for t in _TRAVELLED_FOR_EN.finditer(ctx.text)
            if t.end() in starts or re.match(r"the\s", ctx.text[t.end():]) and t.end() + 4 in starts]


def _spoke_after_summit_en(ctx: Context) -> list[int]:
    """The speech verbs of "At the conference, Minister Jane Roe said …": the speaker is between."""
    starts = {ctx.rel(m): m for m in ctx.mentions if m.cls == "Summit"}
    out = []
    for m in _AT_SUMMIT_FIRST_EN.finditer(ctx.text):
        summit = starts.get(m.end()) or starts.get(_BEFORE_NAME_EN.match(ctx.text, m.end()).end())
        if summit is None:
            continue
        after = ctx.rel(summit) + len(summit.text)
        # (the opening phrase may go on about the meeting before its comma: "At the Data Forum organised
        # by the Acme Institute in Oslo, Minister Jane Roe said …")
        comma = re.match(r"[^,;.“”\"]{0,120}?,\s+", ctx.text[after:])
        after += comma.end() if comma else 0
        verb = _SPEAKS_EN.search(ctx.text, after, after + 140) if comma else None
        if verb and any(p.cls == "Person" and after <= ctx.rel(p) < verb.start() for p in ctx.mentions):
            out.append(verb.start())
    # "At the meeting, Minister Jane Roe said …", no meeting named in the sentence: the document's
    generic = _AT_THE_MEETING_EN.match(ctx.text)
    if generic and ctx.focus is not None and not any(m.cls == "Summit" for m in ctx.mentions):
        verb = _SPEAKS_EN.search(ctx.text, generic.end(), generic.end() + 140)
        if verb and any(p.cls == "Person" and generic.end() <= ctx.rel(p) < verb.start() for p in ctx.mentions):
            out.append(verb.start())
    return out


_REPORTED_KO = re.compile(r"다고\s*(?:\d{1,2}\s*일\s*)?(?:밝혔|전했|말했|덧붙였)")


def _reports_other(ctx: Context, m: Mention, pos: int) -> bool:
    """Whether a topic (은/는) is followed, before the cue, by a person as the subject (이/가)."""
    after = _past_bracket(ctx.text, ctx.rel(m) + len(m.text))
    if m.cls == "Person" or not ctx.text.startswith(("은", "는"), after):
        return False
    return any(p.cls == "Person" and after < ctx.rel(p) < pos and
               _after_name(ctx, p, _SUBJECT_AFTER_NAME_KO) for p in ctx.mentions)


def _particle_after_name(particles: str) -> re.Pattern:
    """The person's title words, the last with one of ``particles`` (… 국가AI전략위원회 부위원장이)."""
    return re.compile(rf"(?:\s*\S+\s+){{0,4}}?\s*\S*?[{particles}]\s|[{particles}]\s")


_SUBJECT_AFTER_NAME_KO = _particle_after_name("이가")
_TOPIC_AFTER_NAME_KO = _particle_after_name("은는")
_OWNER_AFTER_NAME_KO = re.compile(r"(?:\s+\S+?)?의\s+[‘'“\"]")


def _after_name(ctx: Context, m: Mention, pattern: re.Pattern):
    """``pattern`` matched where the text goes on after the mention (past a bracket right after it)."""
    return pattern.match(ctx.text, _past_bracket(ctx.text, ctx.rel(m) + len(m.text)))


# ‘…포럼’에서 “…”며 말했다, ‘…포럼’ 연설에서: who speaks at a named meeting attends it (the verb in the
# past, in the meeting's clause; the cue's position is the verb's, whose tense is read as any cue's)
# (or at its opening or closing, past its acronym: ‘…장관급회의(LAM)’ 개막식에서 … 밝혔다)
# (not the start of a clause describing what was said there: …에서 제시한 원칙을 강조했다)
# (…서 is …에서 shortened, as headlines and reports write it: G7 정상회의서 … 강조했다)
_SAID_THERE = r"(?:제시|발표|채택|합의|논의|제안|선언)(?:한|된|했던|됐던|되었던)\s"
_SPOKE_AT_KO = re.compile(r"(?:\s*\([^()]{1,20}\))?[’'”\"」』]?(?:\s*(?:개막식|폐막식|개회식|폐회식|본회의|환영\s*만찬|행사))?"
                          rf"(?:(?:에서|서)는?\s+(?!{_SAID_THERE})(?:[^.;]*?\s)??(?P<verb>말했|밝혔|강조했|연설했|제안했|발표했|촉구했|공개했|밝히며|말하며|강조하며|"
                          # (말한 바 있다: said there before, as a past fact)
                          rf"(?:말한|밝힌|강조한|제안한)\s+바\s+있)|"
                          # (what was discussed or presented there, a few words on, with no clause describing
                          # a noun between: not …정상회의에서 대통령이 발표한 ‘…’에 대해 논의했다)
                          rf"(?:에서|서)는?\s+(?:(?![^\s.;]*(?:한|된|던)\s)[^\s.;]+\s+){{0,6}}?(?P<discussed>논의했|소개했)|"
                          r"\s+(?P<speech>(?:기조\s*)?연설)(?:에서|을\s+통해|하며))")


# a photo caption's act at a named meeting, in the present progressive that captions use (… 장관이
# ‘…회의’에서 인사말을 하고 있다, … 기념촬영을 하고 있는 모습): the subject is at the meeting
_DOING_AT_KO = re.compile(r"[’'”\"」』]?\s*장?에서\s+(?:[^.;]*?\s)??(?P<verb>[\uac00-\ud7a3]*고)\s+있(?:다|는\s+모습)(?![고며])")


_THERE_KO = re.compile(r"(?:에서|서)는?\s+")
# the first verb after a meeting's 에서 describes a noun (합의한, 채택된, 열린; not 관한, 대한, 위한, 통한:
# "about", "for", "through")
_DESCRIBED_THERE_KO = re.compile(r"(?:[^\s.;]+\s+){0,2}?(?!(?:관한|대한|위한|통한|향한|의한)\s)[^\s.;]*(?:한|된|린|던)\s")


def _spoke_at_summit_ko(ctx: Context) -> dict[int, Mention]:
    """The verbs of speech at a named meeting (…정상회의에서 … 밝혔다), with that meeting: the one the
    subject spoke at, not the last one named before the verb (…에서 ‘…정상회의’를 소개하고 … 밝혔다)."""
    out = {}
    for m in ctx.mentions:
        if m.cls != "Summit" or m.reference:
            continue
        hit = _SPOKE_AT_KO.match(ctx.text, ctx.rel(m) + len(m.text))
        at = hit.start(next(g for g in ("speech", "verb", "discussed") if hit.group(g))) if hit else None
        if at is not None and hit.group("verb"):
            there = _THERE_KO.search(ctx.text, ctx.rel(m) + len(m.text), at)
            described = _DESCRIBED_THERE_KO.match(ctx.text, there.end()) if there else None
            if described and described.end() <= at:
                continue        # …정상회의에서 설립에 합의한 ‘…’에 가입한다고 밝혔다: the meeting is where what the
                #                 verb describing a noun says happened, not where the subject spoke
        if at is not None and at < ctx.clause_of(ctx.rel(m))[1]:
            out[at] = m
    return out


def _doing_at_summit_ko(ctx: Context) -> list[int]:
    """The verb positions of captions at a named meeting (above)."""
    out = []
    for m in ctx.mentions:
        if m.cls == "Summit" and not m.reference:
            hit = _DOING_AT_KO.match(ctx.text, ctx.rel(m) + len(m.text))
            if hit:
                out.append(hit.start("verb"))
    return out


# an attendance verb describing a time (방문했던 2023년 8월, 참석한 지난해): when, not who came to the meeting
_AT_A_TIME_KO = re.compile(r"[\uac00-\ud7a3]*[던한은]\s+(?:(?:19|20)\d\d\s*년|\d{1,2}\s*월|지난해|작년|당시|때)")


# NAME (COUNTRY) TITLE과 회담: the other party of a meeting
_MET_WITH_KO = re.compile(r"(?:\s+\S+?){0,3}?(?:과|와)\s+(?:\S+\s+)?(?:회담|정상회담|회동|만나|만났|면담|만찬|오찬|접견|통화)")
# 참석차 프랑스를 방문한 NAME: who travelled to attend is the noun phrase after the travel verb
# (or on the occasion of attending, still visiting: …고위급회의 참석 계기 방한 중인 NAME)
_VISITED_FOR_KO = re.compile(r"참석\s?(?:차|계기로?|을\s*계기로)\s+(?:\S+\s+){0,2}?\S*"
                             r"(?:방문한|찾은|방한한|온|(?:방한|방문)\s*중인)\s+")
_INVITED_BY_KO = re.compile(r"(?:\s+[\uac00-\ud7a3]{1,6})?(?:의)?\s*(?:초청|초대)(?:으로|을\s*받아|에\s*따라|에\s*응해)")
_ON_THE_OCCASION_KO = re.compile(r"참석\s?(?:차|계기로?|을\s*계기로)\s")
_VISITOR_END_KO = re.compile(r"(?:와|과|을|를|은|는|이|가|에게|의)(?=\s)")


# "Opening the session, H.E. Jane Roe, Chair of …, noted": who opens or closes the meeting, named
# right after the participle phrase that starts the sentence
_OPENING_EN = re.compile(r"(?:Opening|Closing|Chairing|Moderating)\s+the\s+(?:session|meeting|event|forum|conference|"
                         r"summit|roundtable|workshop|dialogue|ceremony|plenary)\s*,\s*")


def _opener(ctx: Context) -> list[Relation]:
    hit = _OPENING_EN.match(ctx.text) if ctx.lang == "en" else None
    summit = ctx.summit_for(None) if hit else None
    if summit is None:
        return []
    first = min((m for m in ctx.mentions if m.cls == "Person" and hit.end() <= ctx.rel(m) <= hit.end() + 12),
                key=ctx.rel, default=None)
    return [make_relation("attended", first, summit, ctx, "opened-meeting", 0.7)] if first else []


# "Among the attendees were …", "Also present were …": everyone the sentence names after it
_ATTENDEES_WERE_EN = re.compile(r"\b(?:[Aa]mong\s+(?:the\s+)?(?:attendees|participants|those\s+(?:attending|present))|"
                                r"[Aa]lso\s+(?:present|attending|in\s+attendance))\s+(?:were|was)\s+")
# "The summit brought together ministers from Kenya, Ghana and Nigeria": the countries listed after "from"
_BROUGHT_FROM_EN = re.compile(r"\b(?:brought\s+together|gathered|drew|welcomed)\s+(?:(?:over|more\s+than|some|about|"
                              r"nearly)\s+)?(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,3}?(?:leaders|ministers|delegates|"
                              r"delegations|representatives|officials|participants|heads\s+of\s+state)\s+from\s+"
                              # (or from a number of them, some named: "from more than 60 countries, including A and B")
                              r"(?:(?:(?:over|more\s+than|some|about|nearly|around)\s+)?(?:[\d,]+|[a-z]+)\s+"
                              r"(?:countries|nations|states|economies),?\s+(?:including|such\s+as)\s+)?")


# "Jane Roe led Ghana's delegation to the … Summit", "headed the Kenyan delegation at …", "represented
# Norway at the summit": the person and the country both attended (the summit right after)
_DELEGATION_EN = re.compile(r"\b(?:led|headed)\s+(?:the\s+)?(?:(?P<own>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+|"
                            r"(?P<adj>[A-Z][\w-]*)\s+)?delegation\s+(?:to|at)\s+(?:the\s+)?|"
                            r"\brepresented\s+(?:the\s+)?(?P<rep>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+at\s+(?:the\s+)?")


def _delegations_en(ctx: Context) -> list[Relation]:
    out = []
    for hit in _DELEGATION_EN.finditer(ctx.text):
        # (the summit right after, or "the summit", whose mention starts at the "the " the pattern took)
        summit = next((m for m in ctx.mentions if m.cls == "Summit" and ctx.rel(m) in (hit.end(), hit.end() - 4)), None)
        if summit is None or ctx.negated(ctx.clause_of(hit.start()), hit.start()):
            continue
        summit = ctx.focus if summit.reference == "this" and ctx.focus else summit
        clause = ctx.clause_of(hit.start())
        agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and any(
            hit.group(g) and ctx.rel(m) == hit.start(g) for g in ("own", "adj", "rep"))]
        people = [m for m in ctx.in_clause((clause[0], hit.start()), {"Person"}) if m.method != BRACKETED_HEAD][-1:]
        out += [make_relation("attended", a, summit, ctx, "cue-delegation", 0.75) for a in people + agents]
    return out


@functools.cache
def _event_role_en() -> re.Pattern:
    """A meeting's host, co-host or moderator introduced by the role: "Summit host Jane Roe, the Minister of
    …", "Host Jane Roe said", "the conference's co-host, John Roe": not the verb ("Ruritania will host …")."""
    roles = "|".join(sorted((re.escape(r) for r in event_roles()), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;]\s))(?:(?:The\s+)?(?:Summit|Conference|Forum|Meeting)(?:['’]s)?\s+)?(?i:{roles})\s+|"
                      rf"\b(?:the\s+)?(?:summit|conference|forum|meeting)(?:['’]s)?\s+(?:{roles}),?\s+")


def _event_roles_en(ctx: Context) -> list[Relation]:
    """The person a meeting's role introduces took part in it: the meeting the sentence names, else the
    document's."""
    out = []
    for hit in _event_role_en().finditer(ctx.text):
        person = next((m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) == hit.end()), None)
        summit = ctx.summit_for(hit.start()) if person is not None else None
        if summit is None or ctx.negated(ctx.clause_of(hit.start()), hit.start()) or _FUTURE_EN.search(
                ctx.text, ctx.clause_of(hit.start())[0], hit.start()):
            continue
        out.append(make_relation("attended", person, summit, ctx, "event-role", 0.7))
    return out


# A declaration's own voice. "We, the Digital Ministers of the Latium Union, met …", "We, the Leaders of A, B and C,
# reaffirm …": the bodies and countries the opening apposition names are the meeting's (its end is the
# first comma before a lower-case word, the verb); "We welcomed the participation of A, B and the ITU",
# "… invitations to A and B": guests the authors had at their meeting.
_WE_THE_EN = re.compile(r"(?:^|(?<=[.;]\s))(?:\d{1,2}\.\s+)?We,\s+the\s+(?P<apposition>[^.;]{0,160}?)"
                        r",\s+(?:and\s+)?(?:also\s+)?[a-z]")
_AUTHORS_EN = re.compile(r"\b(?:Leaders|Ministers|Heads\s+of\s+(?:State|Government|Delegation)|Representatives|"
                         r"Participants|Members|Delegates|Governors|Parliamentarians)\b")
_WELCOMED_GUESTS_EN = re.compile(r"\b[Ww]e\s+(?:also\s+)?welcomed?\s+(?:the\s+)?(?:participation|presence|"
                                 r"invitations?|attendance)\s+(?:of|to)\s+")


def _declaration_voice_en(ctx: Context) -> list[Relation]:
    out = []
    spans = [(h.start("apposition"), h.end("apposition"), h.start()) for h in _WE_THE_EN.finditer(ctx.text)
             if _AUTHORS_EN.search(h.group("apposition"))]
    for hit in _WELCOMED_GUESTS_EN.finditer(ctx.text):
        end = re.search(r"[.;]\s|[.;]?$", ctx.text[hit.end():]).start() + hit.end()
        spans.append((hit.end(), end, hit.start()))
    posts = {tuple(p.org_span) for p in ctx.mentions if p.cls == "Person" and p.org_span}
    for start, end, at in spans:
        summit = ctx.summit_for(at)
        if summit is None or ctx.negated(ctx.clause_of(at), at) or _FUTURE_EN.search(ctx.text, at, end):
            continue
        listed = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and
                  start <= ctx.rel(m) < end and m.method != BRACKETED_HEAD and (m.start, m.end) not in posts]
        out += [make_relation("attended", m, summit, ctx, "declaration-voice", 0.7) for m in listed]
    return out


def _listed_attendees_en(ctx: Context) -> list[Relation]:
    """Attendees named in a list that a clause about the meeting introduces (above)."""
    out = []
    posts = {tuple(p.org_span) for p in ctx.mentions if p.cls == "Person" and p.org_span}
    for pat, classes in ((_ATTENDEES_WERE_EN, AGENT_CLASSES | {"Person"}), (_BROUGHT_FROM_EN, AGENT_CLASSES)):
        for hit in pat.finditer(ctx.text):
            summit = ctx.summit_for(hit.start())
            if summit is None or ctx.negated(ctx.clause_of(hit.start()), hit.start()) or _FUTURE_EN.search(
                    ctx.text, ctx.clause_of(hit.start())[0], hit.start()):
                continue
            end = re.search(r"[.;]\s|[.;]?$", ctx.text[hit.end():]).start() + hit.end()
            if pat is _BROUGHT_FROM_EN:     # the list of countries right after "from", up to its last item
                names = sorted((m for m in ctx.mentions if m.cls in classes and hit.end() <= ctx.rel(m) < end),
                               key=ctx.rel)
                listed = []
                for m in names:
                    at = listed[-1] if listed else None
                    if at is None and ctx.rel(m) != hit.end() or at is not None and not LIST_SEP_EN.fullmatch(
                            ctx.text, ctx.rel(at) + len(at.text), ctx.rel(m)):
                        break
                    listed.append(m)
            else:
                # (a person's country or body, in their post, attends through them: resolution adds it)
                listed = [m for m in ctx.mentions if m.cls in classes and hit.end() <= ctx.rel(m) < end
                          and m.method != BRACKETED_HEAD and (m.start, m.end) not in posts]
            out += [make_relation("attended", m, summit, ctx, "listed-attendees", 0.7) for m in listed]
    return out


# a photo caption's list of who is in the picture: 앞줄 왼쪽부터 …; (From left) …
_FROM_LEFT = re.compile(r"^\s*(?:(?:앞|뒷|윗|아랫)줄\s*)?(?:왼쪽|오른쪽)(?:부터|에서부터)\s|"
                        r"^\s*\(?(?:From\s+(?:left|right)|Left\s+to\s+right|L-R)\b\)?", re.I)


def _pictured_people(ctx: Context) -> list[Mention]:
    if not _FROM_LEFT.match(ctx.text):
        return []
    return [m for m in ctx.mentions if m.cls == "Person" and m.method != BRACKETED_HEAD]


def caption_list(ctx: Context) -> bool:
    """Whether the sentence is a caption's list of the people in a photo (left to right)."""
    return bool(_pictured_people(ctx))


def pictured(ctx: Context, summit: Mention) -> list[Relation]:
    """The people a caption lists, left to right, when the caption before it says they attend a
    meeting (정상들이 … 회의에 참석해 있다. 앞줄 왼쪽부터 A 미국 대통령, B 독일 총리 …), or a line
    soon after it does (relations.document_relations)."""
    return [make_relation("attended", m, summit, ctx, "caption-list", 0.7) for m in _pictured_people(ctx)]


# the people a meeting had, listed after "included": "Guests at the dinner included …"
_INCLUDED_EN = re.compile(r"\b(?i:participants|attendees|dignitaries|speakers|guests|delegates|panell?ists)\b"
                          r"[^.;:]{0,60}?\s(?P<v>included|include|includes|were)\s")     # (Guests of the Forum were A, B)
# a list's last item and 등 before the subject's particle: 칠레, 케냐 등이 참석했다
# (or what they are, after 등: 삼성전자, 네이버 등 국내 주요 기업이 참여했다)
_ETC_SUBJECT_KO = re.compile(r"\s*등(?:은|이|도)\s|\s*등\s+(?:[\uac00-\ud7a3]+\s+){0,2}[\uac00-\ud7a3]*?"
                             r"(?:기업|업체|기관|국가|단체|회사|빅테크|정부)(?:들)?(?:은|이|도|가)\s")


# talks, meals and calls someone joins, which are no meeting the rules name (면담에는 … 참여했다)
_SIDE_TALKS_KO = re.compile(r"(?:면담|회담|회동|오찬|만찬|접견|간담회|협약식|서명식|체결식)(?:에는|에도|에)\s")


def _side_talks(ctx: Context, clause: tuple[int, int], pos: int) -> bool:
    """Whether what the cue's subject joins is talks or a meal named just before the cue, not a
    meeting: the nearest 에 phrase before the cue, unless a meeting's name ends there (정상회담에)."""
    talks = [t for t in _SIDE_TALKS_KO.finditer(ctx.text, clause[0], pos)]
    if not talks:
        return False
    t = talks[-1]
    return not any(m.cls == "Summit" and ctx.rel(m) <= t.start() < ctx.rel(m) + len(m.text) or
                   m.cls == "Summit" and t.end() <= ctx.rel(m) < pos for m in ctx.mentions)


# a meeting named after the cue as where something was said or agreed, in a clause describing that
_SAID_THERE_KO = re.compile(rf"[’'”」』]?\s*에서\s*{_SAID_THERE}")
# an address's content: the meeting it names, then what was done there, a few words on
_ADDRESSES_KO = ("축사", "연설", "기조연설", "개회사", "환영사", "기념사", "격려사")
_SAID_THERE_IN_ADDRESS_KO = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?[’'”」』]?\s*에서\s*(?:[^\s.;]+\s+){{0,3}}?{_SAID_THERE}")
# the meeting as what an address speaks of (축사에서 ‘…’을 언급했다, 연설에서 ‘…’에 대해 말했다)
_SPOKEN_OF_KO = re.compile(r"(?:\s*\([^()]{1,20}\))?[’'”」』]?\s*(?:을|를|에\s*대해|에\s*관해)\s")
# the cue as a noun naming an occasion (… 참석 등 계기를 활용한, 참석 기회를 살려)
# (not 참석 계기 방한 중인: visiting on the occasion of attending, which they do)
_OCCASION_KO = re.compile(r"(?:참석|참가|참여|방문)\s*(?:등\s*(?:의\s*)?(?:계기|기회)|(?:의\s*)?기회|"
                          r"(?:의\s*)?계기를\s*(?:활용|살려|살리))")


def attendance(ctx: Context) -> list[Relation]:
    out = _opener(ctx) + (_listed_attendees_en(ctx) + _delegations_en(ctx) + _event_roles_en(ctx) +
                          _declaration_voice_en(ctx) if ctx.lang == "en" else [])
    fronted = set(_spoke_after_summit_en(ctx)) if ctx.lang == "en" else set()
    captions = set(_doing_at_summit_ko(ctx)) if ctx.lang == "ko" else set()
    spoke_at = _spoke_at_summit_ko(ctx) if ctx.lang == "ko" else {}
    extra = _said_at_summit(ctx) + _spoke_during_summit_en(ctx) + _travelled_for_en(ctx) + sorted(fronted) + \
        _said_name_at_summit_en(ctx) if ctx.lang == "en" else \
        sorted(spoke_at) + sorted(captions)
    travels = [m.span() for m in _VISITED_FOR_KO.finditer(ctx.text)] if ctx.lang == "ko" else []
    included = {m.start("v") for m in _INCLUDED_EN.finditer(ctx.text)} if ctx.lang == "en" else set()
    attended_kind = _ATTENDED_KIND_EN.search(ctx.text) if ctx.lang == "en" else None
    for pos in sorted(set(cue_positions("attended", ctx.lang, ctx.text)) | set(extra) | included):
        clause = ctx.clause_of(pos)
        if ctx.negated(clause, pos):
            continue
        if any(a < pos < b for a, b in travels):
            continue            # 참석차 프랑스를 방문한: the travel to the meeting, read at 참석차
        if ctx.lang == "ko" and ctx.text.startswith("함께", pos) and re.search(r"[을를]\s*$", ctx.text[:pos]):
            continue            # 오찬을 함께 했다: did something together, not joined a meeting
        if prospective(ctx, pos) and pos not in captions:
            continue            # (a caption's 하고 있다 is the photo's moment, not a plan)
        if joins_no_meeting(ctx, pos) or ctx.lang == "ko" and _AS_MEMBERS_KO.search(ctx.text, 0, pos):
            continue            # (29개국이 회원국으로 참여 중이다: members of a body, not a meeting's attendees)
        if ctx.lang == "ko" and _AT_A_TIME_KO.match(ctx.text, pos):
            continue            # 장관이 한국을 방문했던 2023년 8월부터: a visit that dates something else
        if ctx.lang == "ko" and _OCCASION_KO.match(ctx.text, pos):
            continue            # 각료이사회 참석 등 계기를 활용해: an occasion to use, not an attendance
        if ctx.lang == "ko" and "대독" in ctx.text[max(0, pos - 8):pos]:
            continue            # 실장이 대독한 개회사를 통해 장관은: the address was read for someone not there
        if ctx.lang == "ko" and _CUE_DESCRIBES_TEXT_KO.match(ctx.text, pos):
            continue            # 두 나라가 모두 참여한 최초의 합의문: who joined a text, not a meeting
        if ctx.lang == "ko" and _side_talks(ctx, clause, pos):
            continue            # 가나 측과의 면담에는 NAME CEO가 참여했다: talks on the side, not the meeting
        summit = spoke_at[pos] if pos in spoke_at and pos not in captions else ctx.summit_for(pos)
        if attended_kind and summit is not None and summit not in ctx.mentions and \
                attended_kind.group(1).casefold() not in summit.text.casefold():
            continue            # "attended the workshop and gave opening remarks": a meeting of its own kind, which
            #                     the sentence does not name, not the document's summit of another kind
        if ctx.lang == "ko" and _EARLIER_EDITION_KO.search(ctx.text, max(0, pos - 60), pos) and not any(
                m.cls == "Summit" and not m.reference and ctx.rel(m) < pos for m in ctx.mentions):
            continue            # 2029년 첫 포럼이 열릴 당시 … 축사에서: at the series' first meeting, a year
            #                     the sentence gives, which it does not name
        if ctx.lang == "ko" and summit is not None and summit in ctx.mentions and ctx.rel(summit) > pos and \
                (_SAID_THERE_KO.match(ctx.text, ctx.rel(summit) + len(summit.text)) or
                 ctx.text.startswith(_ADDRESSES_KO, pos) and (
                     _SAID_THERE_IN_ADDRESS_KO.match(ctx.text, ctx.rel(summit) + len(summit.text)) or
                     _SPOKEN_OF_KO.match(ctx.text, ctx.rel(summit) + len(summit.text)))):
            continue            # 참여하여 5월 개최된 라티움 AI 정상회의에서 제시한 원칙을: what was said at another meeting
            #                     (축사에서 지난달 열린 「… 정상회의(4.3)」에서 각국이 채택한 선언을: the
            #                     address speaks of another meeting, held before; 국회 축사에서 ‘… 정상회의’를
            #                     언급했다: the meeting is what the address is about)
        if ctx.lang == "ko" and _occasion_elsewhere_ko(ctx, summit, pos):
            continue
        if ctx.lang == "ko" and summit is not None and summit in ctx.mentions and ctx.rel(summit) > pos and \
                _RESULTS_OF_KO.match(ctx.text, ctx.rel(summit) + len(summit.text)):
            continue            # 행사에 온 대표들에게 ‘라티움 정상회의’ 결과를 알렸다: the meeting whose outcome is
            #                     told after the cue, not the one attended
        if ctx.lang == "en" and summit is not None and _MEETING_SUBJECT_EN.match(ctx.text) and \
                _BY_EN.match(ctx.text, pos):
            # "The meeting was held as one of the ministerial meetings of the G7 Summit and was attended
            # by …": the meeting the sentence is about, not the series named on the way
            summit = ctx.focus
        if summit is None:
            continue
        if ctx.lang == "ko" and ctx.text.startswith("정상회담", pos) and "회담" not in summit.text:
            continue            # 가나 대통령과 정상회담을 갖고: talks of their own, not the G20 summit the document is about
        if ctx.lang == "ko" and ctx.text.startswith("방문", pos) and \
                not any(m.cls == "Summit" and ctx.rel(m) < pos for m in ctx.mentions):
            continue            # 대통령의 라티움 국빈 방문: a visit to a country, no meeting named before it
        scope = (0, clause[1]) if ctx.lang == "ko" else clause
        people = [m for m in ctx.in_clause(scope, {"Person"}) if m.method != BRACKETED_HEAD]
        agents = [m for m in ctx.in_clause(scope, AGENT_CLASSES)
                  if (ctx.text.startswith(("은", "는", "이 ", "가 "), after := _past_bracket(ctx.text, ctx.rel(m) + len(m.text)))
                      or ctx.lang == "ko" and _ETC_SUBJECT_KO.match(ctx.text, after))
                  and not _HOSTING_KO.match(ctx.text, after) and not _hosts_it(ctx, after, summit)]
        if ctx.lang == "ko":
            agents += [m for m in _attending_phrase(ctx, pos) if m not in agents]
            # 미국·중국·인도 등 60여 개국 정상과 …이 참석했다: the countries a count sums up
            agents += [m for m in ctx.in_clause(scope, AGENT_CLASSES - {"Person"}) if ctx.rel(m) < pos and m not in agents
                       and _COUNTED_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            # OECD, 유네스코 등 국제기구 대표가 참석했다: the bodies whose representatives attended
            agents += [m for m in ctx.in_clause(scope, AGENT_CLASSES - {"Person"}) if ctx.rel(m) < pos and
                       m not in agents and _REPRESENTED_KO.match(ctx.text, _past_bracket(ctx.text, ctx.rel(m) + len(m.text)))]
            agents += [m for m in listed_before(ctx, agents) if m not in agents]
        else:
            agents += [m for m in english_subjects(ctx, pos) + _attended_by(ctx, pos) + _counted_then_listed(ctx, pos)
                       + _including_from(ctx, pos) if m not in agents]
            if re.match(r"(?:attended|joined)\s+by\s", ctx.text[pos:pos + 16]):
                # "attended by Jane Doe, Minister of …, and John Roe, Minister of …": the list with its
                # appositions runs past the clause, to a new clause or the sentence's end, as the chairs' does
                end = _AFTER_CHAIRS_EN.search(ctx.text, pos)
                people += [m for m in ctx.mentions if m.cls == "Person" and m not in people and m.method != BRACKETED_HEAD
                           and pos < ctx.rel(m) < (end.start() if end else len(ctx.text))]
        if pos in included:
            # "Other guests at the session included A, Minister of …; B, Secretary; and C": the people
            # listed after the verb, to the sentence's end (the semicolons part their appositions)
            people = [m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) > pos]
            agents = []
        if pos in fronted:      # (not "… initiatives sponsored by Crown Prince John Roe" after the verb)
            people = [m for m in people if ctx.rel(m) < pos]
            agents = [m for m in agents if ctx.rel(m) < pos]
        if ctx.lang == "en":
            # "As per the directives of Minister Jane Doe, John Roe participated": who directed, invited or
            # sent the attendee did not attend
            people = [m for m in people if not _SENT_BY_EN.search(ctx.text, max(0, ctx.rel(m) - 80), ctx.rel(m))]
        if ctx.lang == "ko" and pos in extra:
            # who speaks at the meeting is the speech's topic (홍 대통령은 …에서 … 말했다), not every
            # person the sentence names (… 장관이 한국을 방문했던 2029년부터)
            # (or, with no topic, its subject after the meeting's name: …에서 김 장관이 말했다)
            # (in a caption, the subject wherever it stands: … 장관이 ‘…’에서 인사말을 하고 있다)
            # (or, with no topic and no subject after the meeting, the subject before it: 대통령이 … 열린
            # G7 정상회의서 … 강조했다)
            topics = [m for m in people + agents if _after_name(ctx, m, _TOPIC_AFTER_NAME_KO)]
            subjects = [m for m in people + agents if ctx.rel(m) < pos and _after_name(ctx, m, _SUBJECT_AFTER_NAME_KO)]
            # (not when a verb describing a noun comes first, or in a quotation: “대통령이 … 포럼에서 강조한
            # 비전을 …”, which describes what was said there once)
            later = any(ctx.rel(summit) < ctx.rel(m) for m in subjects) or speech_around(ctx.text, pos) is not None \
                or re.search(r"[\uac00-\ud7a3](?:한|된|던)\s", ctx.text[ctx.rel(summit) + len(summit.text):pos])

            def speaker(m: Mention) -> bool:
                return m in topics or not topics and m in subjects and \
                    (pos in captions or ctx.rel(summit) < ctx.rel(m) or not later)
            people = [m for m in people if speaker(m)]
            agents = [m for m in agents if speaker(m)]
        if ctx.lang == "ko" and _nominal(ctx, pos):
            # 김 장관은 홍 장관의 ‘…’ 참석에 사의를 표했다: whose attendance it is, not who thanks for it
            owners = [m for m in people if _OWNER_AFTER_NAME_KO.match(ctx.text, ctx.rel(m) + len(m.text)) and
                      ctx.rel(m) < ctx.rel(summit) < pos]
            if owners:
                people, agents = owners, []
        if ctx.lang == "ko":
            # …에서 “…”고 밝혔다고 대통령실은 전했다: who reports the clause after its 다고 did not attend
            agents = [m for m in agents if not (ctx.rel(m) > pos and "다고 " in ctx.text[pos:ctx.rel(m)])]
        if ctx.lang == "ko" and _REPORTED_KO.search(ctx.text, pos):
            # 가나부는 김철수 부위원장이 … 참석 직후 … 회동했다고 밝혔다: the topic reports what the person
            # named with 이/가 after it did; the reporter did not attend
            agents = [m for m in agents if not _reports_other(ctx, m, pos)]
        described = _described_attendee_ko(ctx, pos) if ctx.lang == "ko" else None
        if described is not None:
            # 대통령은 G20 정상회의에 참석한 NAME 프랑스 대통령과 회담했다: the verb describes the name right
            # after it, who attended; the clause's topic met them
            people, agents = described
        elif ctx.lang == "ko" and not ctx.text.startswith("정상회담", pos):
            # … 참석 중 남아공에서 NAME 프랑스 대통령과 회담을 열고: who was met is no attendee of the cue
            # (but when the cue is the talks, 가나 대통령과 정상회담을 갖고, both leaders held them)
            people = [m for m in people if not _MET_WITH_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
        if ctx.lang == "ko":
            # 김 위원장이 NAME 장관 초청으로 … 참석: who invited the attendee is not one
            people = [m for m in people if not _INVITED_BY_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
            agents = [m for m in agents if not _INVITED_BY_KO.match(ctx.text, ctx.rel(m) + len(m.text))]
        visit = _VISITED_FOR_KO.match(ctx.text, pos) if ctx.lang == "ko" else None
        if visit:
            # 안나 로페스 대통령은 … 이사회 참석차 칠레를 방문한 김철수 총리와 오찬을 했다: the visitor came to
            # the meeting; the clause's subject, who met them, did not
            end = _VISITOR_END_KO.search(ctx.text, visit.end())
            end = end.start() if end else len(ctx.text)
            visitors = [m for m in ctx.mentions if visit.end() <= ctx.rel(m) < end and m.method != BRACKETED_HEAD]
            people = [m for m in visitors if m.cls == "Person"]
            agents = [m for m in visitors if m.cls in AGENT_CLASSES and m.cls != "Person"]
        elif ctx.lang == "ko" and _ON_THE_OCCASION_KO.match(ctx.text, pos):
            # NAME 장관이 ‘…’ 참석을 계기로 미국 대통령의 보좌관인 NAME과 면담했다: who attends is named
            # before the occasion; who is named after it is in what was done on the way
            people = [m for m in people if ctx.rel(m) < pos]
            agents = [m for m in agents if ctx.rel(m) < pos]
        if ctx.lang == "ko" and _AMID.match(ctx.text, pos + 2):
            # 가나부가 10개국이 참석한 가운데 설명회를 열었다: "amid the attendance of", whose
            # attendees are the subject right before the cue; a subject of its own before that
            # subject is the main clause's, which hosts
            def main_subject(m: Mention) -> bool:
                after = _past_bracket(ctx.text, ctx.rel(m) + len(m.text))
                return ctx.text.startswith(("은", "는", "이 ", "가 "), after) and \
                    bool(_SUBJECT_KO.search(ctx.text, after + 2, pos))
            people = [m for m in people if not main_subject(m)]
            agents = [m for m in agents if not main_subject(m)]
        if ctx.lang == "ko" and re.match(r"참석한\s", ctx.text[pos:]):
            # 수석대표로 참석한 NAME 실장은 … 홍 대통령이 발표한 …: the cue describes the topic after it; the
            # people named after the topic are in what it did
            topic = next((m for m in sorted(people, key=ctx.rel) if ctx.rel(m) > pos and
                          _after_name(ctx, m, _TOPIC_AFTER_NAME_KO)), None)
            if topic is not None:
                people = [m for m in people if ctx.rel(m) <= ctx.rel(topic)]
                agents = [m for m in agents if ctx.rel(m) < ctx.rel(topic)]
        if ctx.lang == "ko" and _CONNECTIVE_KO.match(ctx.text, pos) and pos not in extra:
            # 가나 기업도 참여하면서 라티움이 표준을 주도할 계기가 됐다: a subject after a connective verb is
            # the next verb's, not the cue's (a name after an adnominal one, 참석한 NAME, is the cue's)
            people = [m for m in people if ctx.rel(m) < pos]
            agents = [m for m in agents if ctx.rel(m) < pos]
        quote = speech_around(ctx.text, pos)
        for m in people + agents:
            # a person in a negated clause (… 참여하지 못했으나) did not attend
            if any(c[0] <= ctx.rel(m) < c[1] and ctx.negated_at(c, ctx.rel(m)) for c in ctx.clauses):
                continue
            if quote and not quote[0] <= ctx.rel(m) < quote[1]:
                continue        # 대통령실은 “미국과 중국이 모두 참여한 …”: the speaker is not who took part
            nominal = _nominal(ctx, pos) and not visit    # 참석차 … 방문한: the travel's verb gives the tense
            for at in [summit] + _joined_before(ctx, summit):
                out.append(make_relation("attended", m, at, ctx, "cue-attended-nominal" if nominal else "cue-attended",
                                         0.75))
    return out


_ADNOMINAL_CUE_KO = re.compile(r"(?:참석|참가|참여)한\s+")
# the end of the noun phrase a name opens: its first word with a particle (NAME 가나 총리와)
_PHRASE_END_KO = re.compile(r"\S*?(?:와|과|을|를|은|는|이|가|의|에게|께|도)(?=[\s,.]|$)")


def _described_attendee_ko(ctx: Context, pos: int) -> tuple[list[Mention], list[Mention]] | None:
    """The person an adnominal cue describes (참석한 NAME 가나 총리와), with the country or body named
    in the same phrase; None when no name follows the cue."""
    cue = _ADNOMINAL_CUE_KO.match(ctx.text, pos)
    person = next((m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) == cue.end()), None) if cue else None
    if person is None:
        return None
    end = _PHRASE_END_KO.search(ctx.text, ctx.rel(person) + len(person.text))
    stop = end.end() if end else len(ctx.text)
    agents = [m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and
              ctx.rel(person) < ctx.rel(m) < stop]
    return [person], agents


# ‘…포럼’ 및 (…이 공동 개최하는) ‘…워크숍’에서 기조연설을 했다: two meetings joined, one verb
_JOINED_KO = re.compile(r"[’'”\"]?\s*(?:및|과|와)\s+[^.;]{0,40}$")


def _joined_before(ctx: Context, summit: Mention) -> list[Mention]:
    if ctx.lang != "ko" or summit.reference:
        return []
    return [m for m in ctx.mentions if m.cls == "Summit" and not m.reference and m is not summit and
            ctx.rel(m) + len(m.text) <= ctx.rel(summit) and
            _JOINED_KO.fullmatch(ctx.text, ctx.rel(m) + len(m.text), ctx.rel(summit)) and
            not re.search(r"에서|[을를]\s|[’'”\"]\s*[을를이가은는]", ctx.text[ctx.rel(m) + len(m.text):ctx.rel(summit)])]


# (…, 스페인, 가나개발은행 등 12개 지역 국가: one more item, a body nobody knows yet, may end the list)
_COUNTED_KO = re.compile(r"(?:,\s*[\w·]+)?\s*등\s*(?:(?:[\uac00-\ud7a3A-Za-z]+\s+){0,3}?\d+\s*(?:여\s*)?개\s*(?:지역\s*|회원\s*|초청\s*|참가\s*)?"
                         r"(?:국|나라)|[A-Z][A-Z0-9]+\s*(?:회원\s*)?(?:국가|회원국|나라)들?(?:이|가|은|는|도)\s)")
# (… 가나 등 아프리카 지역의 13개국; 미국, 프랑스 등 G7 국가가: the group's members listed; 가나 등 7개 초청국가가)
# (유네스코, 세계은행 등 5개 국제기구·기관의 대표 등이: the count and kinds between; 세계은행 관계자, …가: none)
_REPRESENTED_KO = re.compile(r"\)?\s*(?:(?:(?:등\s*(?:\d+\s*(?:여\s*)?개\s*)?(?:(?:국제기구|기관|기업|단체)·?)*(?:의)?\s*)?"
                             r"(?:(?:회원국|각국)\s*)?(?:정부\s*)?"       # 칠레 정부대표가, … 등 회원국 정부대표와
                             r"(?:대표단?|수장|관계자|고위급(?:\s*인사)?|인사)(?:\s*등)?|정상|정부\s*대표단?|"
                             r"등\s*(?:[\uac00-\ud7a3]+\s+)?(?:기업|기관|단체|대학|국제기구|업체))들?"   # 등 국내 기업이
                             r"(?:이|가|도|[을를]\s+비롯해|[을를]\s+비롯한|,|[와과](?=\s+[^.]*[\uac00-\ud7a3)](?:이|가|도)\s))\s|"
                             # (…와 업계 관계자 등이, … 정상과 유네스코 사무총장이: joined to other attendees,
                             # the last with the subject's particle)
                             # 외교부 관계자 등 25명이: the body's officials among a count of people
                             # (or the representatives counted: 옵서버국(칠레, 케냐) 대표 120여명이)
                             r"\s*(?:관계자|직원|대표단?)\s*(?:등\s*)?\d[\d,]*\s*(?:여\s*)?명(?:이|가|도)\s|"
                             # (their ministers and vice-ministers of a field: 칠레 정보통신기술(ICT) 분야 장·차관,;
                             # not a group's, whose members are counted: OECD 회원 12개국의 장·차관)
                             r"(?:\s+(?![^\s]*(?:\d|회원))[^\s.,;]+){0,3}?\s+장·?차관(?:들)?(?:이|가|도|,|과|와)\s)")
_AMID = re.compile(r"(?:한|하신)\s+가운데")
# 참여하면서, 참석하며, 참가하고: a verb joined to the next clause
_CONNECTIVE_KO = re.compile(r"(?:참석|참여|참가)(?:하면서|하며|하고|해|하여)\s")
_SUBJECT_KO = re.compile(r"[\uac00-\ud7a3](?:이|가)\s")     # a subject particle after a word

# 가나연합이 주최하는 ‘…’에 참여했다: the subject of the clause that names the meeting hosts it
_HOSTING_KO = re.compile(r"[이가]\s+(?:공동\s*)?(?:주최|주관|개최)(?:하는|한|했던|하던)\s")


# 가나연합이 … 규칙을 개정하기 위하여 개최한 ‘…’에: the hosting verb right before the meeting's name
_HOSTED_BEFORE_KO = re.compile(r"(?:주최|주관|개최)(?:하는|한|했던|하던)\s*[‘'“\"]?$")


def _hosts_it(ctx: Context, after: int, summit: Mention) -> bool:
    """Whether the subject (이/가) whose particle is at ``after`` is the subject of the hosting verb
    that describes the meeting: the meeting's host, however far the verb, not its attendee."""
    return ctx.lang == "ko" and ctx.text.startswith(("이 ", "가 "), after) and \
        after < ctx.rel(summit) and bool(_HOSTED_BEFORE_KO.search(ctx.text, 0, ctx.rel(summit)))


_SENT_BY_EN = re.compile(r"\b(?:directives?|instructions?|patronage|invitation|behalf|auspices)\s+of\s+(?:the\s+)?"
                         r"(?:[A-Z][\w.'’-]*\s+){0,6}$")


def _past_bracket(text: str, end: int) -> int:
    """Where the text after a name goes on, past a bracket right after it (가나부(장관 김철수)는: 는)."""
    if text.startswith("(", end):
        close = text.find(")", end, end + 40)
        if close > 0:
            return close + 1
    return end


_WHO_OF_EN = (r"(?:(?:the\s+)?(?:leaders|delegations|representatives|ministers|officials|heads\s+of\s+state|heads|"
              r"chiefs)\s+(?:of|from)\s+)?(?:the\s+)?")
# a sentence about the document's meeting, named by its kind ("The meeting was held …")
_MEETING_SUBJECT_EN = re.compile(r"\s*(?:The|This)\s+(?:meeting|summit|conference|forum|dialogue|event|gathering|"
                                 r"session|talks)\s+(?!of\b|on\b|in\b)")
_BY_EN = re.compile(r"(?:attended|joined)\s+by\s+" + _WHO_OF_EN)
# "… attended by leaders including A and B, as well as the heads of the OECD and UNESCO"
_AS_WELL_AS_EN = re.compile(r",?\s+as\s+well\s+as\s+" + _WHO_OF_EN)


def _attended_by(ctx: Context, pos: int) -> list[Mention]:
    """The countries and organisations listed after a passive English cue: was attended by France,
    India and China (or by leaders from them)."""
    by = _BY_EN.match(ctx.text, pos)
    if by is None:
        return []
    more = _AS_WELL_AS_EN.search(ctx.text, by.end(), ctx.clause_of(pos)[1])
    return _listed_from(ctx, by.end()) + (_listed_from(ctx, more.end()) if more else [])


def _summit_after(ctx: Context, pos: int, stops: str) -> Mention | None:
    """The first meeting named after ``pos``, if nothing matching ``stops`` comes between."""
    summit = next((m for m in sorted(ctx.mentions, key=lambda m: m.start) if m.cls == "Summit" and ctx.rel(m) > pos), None)
    return None if summit is None or re.search(stops, ctx.text[pos:ctx.rel(summit)]) else summit


def _counted_then_listed(ctx: Context, pos: int) -> list[Mention]:
    """The countries listed after the meeting's name when the clause's subject only counts them:
    "Twelve states took part in the Conference – A, B and C – and …" (or "…: A, B and C")."""
    if not _COUNTED_SUBJECT_EN.search(ctx.text, 0, pos):
        return []
    summit = _summit_after(ctx, pos, r"[.;]")
    if summit is None:
        return []
    opens = _LIST_OPENS_EN.match(ctx.text, ctx.rel(summit) + len(summit.text))
    return _listed_from(ctx, opens.end()) if opens else []


# "…, including ministers (responsible for education, ICT …) from A, B and C": who came from where
_INCLUDING_FROM_EN = re.compile(r",?\s+including\s+(?:(?:[a-z][\w-]*|[A-Z]{2,6}),?\s+){1,24}?from\s+")
_PEOPLE_FROM_EN = re.compile(r"\b(?:ministers?|delegates?|delegations?|representatives?|officials?|leaders?|heads?|"
                             r"participants?|experts?|envoys?|ambassadors?)\b")


def _including_from(ctx: Context, pos: int) -> list[Mention]:
    """The countries that the people an attendance cue's meeting is followed by came from: "Key
    figures attended the Forum, including ministers from A, B and C"."""
    summit = _summit_after(ctx, pos, r"[.;,]")     # (the meeting right after the cue: "attended the Forum, including …")
    if summit is None:
        return []
    inc = _INCLUDING_FROM_EN.match(ctx.text, ctx.rel(summit) + len(summit.text))
    if inc is None or not _PEOPLE_FROM_EN.search(inc.group(0)):
        return []               # (people who came: "including a session on trade from Kenya" names none)
    return _listed_from(ctx, inc.end())


def _listed_from(ctx: Context, at: int) -> list[Mention]:
    """The countries and organisations listed from ``at`` on (A, B and C), if one starts there."""
    after = sorted((m for m in ctx.mentions if m.cls in AGENT_CLASSES and m.cls != "Person" and
                    ctx.rel(m) >= at), key=lambda m: m.start)
    if not after or ctx.rel(after[0]) != at:
        return []
    out = [after[0]]
    for m in after[1:]:
        if not LIST_SEP_EN.fullmatch(ctx.text, ctx.rel(out[-1]) + len(out[-1].text), ctx.rel(m)):
            break
        out.append(m)
    return out


# what English puts before a verb that has not happened yet: will attend, is set to co-chair, look forward to …
# (will … in the clause before the cue, with no past verb after it: "the summit will see … in attendance")
_FUTURE_EN = re.compile(r"(?:\b(?:will|shall)|['’]ll)\s(?!.*\b(?:was|were|had|did|has|have)\b)[^;]*$|\bwould\s+(?:\w+\s+){0,2}$|"
                        r"\b(?:set|expected|scheduled|due|slated|plans?|planning|going|poised|forward|invited)\s+to\s+"
                        r"(?:be\s+)?(?:\w+\s+)?$|\bto\s+be\s+in\s+$", re.I)      # (Jane Doe) to be in attendance


_LATER_EN = re.compile(r"\b(?:next\s+(?:week|month|year|[A-Z][a-z]+day)|tomorrow|later\s+this\s+(?:week|month|year))\b")


# "are taking part in the framework", "participated in the drafting": what was joined is no meeting
_NOT_A_MEETING_EN = re.compile(r"(?:(?:taking|took|take|takes)\s+part|participat\w*|attend\w*|join\w*)\s+(?:in\s+)?"
                               r"(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:framework|initiative|process|"
                               r"partnership|network|programme|program|effort|talks|discussions?|negotiations|drafting|"
                               r"coalition|alliance|project)\b", re.I)


_AS_MEMBERS_KO = re.compile(r"(?:회원국|회원|정회원|창립회원국)(?:으로|로)\s*$")


# 2029년 첫 포럼, 2030년 처음 열린 회의: the first meeting of a series, in a year of its own
_EARLIER_EDITION_KO = re.compile(r"(?<!\d)(?:19|20)\d\d\s*년\s*(?:\S+\s+){0,2}?(?:첫|처음\s+\S+)\s*"
                                 r"(?:대회|회의|정상회의|포럼|행사)")
def _occasion_elsewhere_ko(ctx: Context, summit: Mention | None, pos: int) -> bool:
    """Whether who is present (or counted) at ``pos`` is at another occasion than ``summit``: a
    delegation's visit with no meeting named (이번 방문에는 NAME 청장 등 15명이 참석했다), or an event held
    beside the meeting (포럼이 ‘라티움 정상회의’ 부대행사로 열려 … 장관이 참여했다)."""
    if _VISIT_KO.search(ctx.text, 0, pos) and not any(m.cls == "Summit" and not m.reference for m in ctx.mentions):
        return True
    return summit is not None and summit in ctx.mentions and \
        _SIDE_EVENT_OF_KO.match(ctx.text, ctx.rel(summit) + len(summit.text)) is not None


# 이번 방문에는, 이번 방한에서: a visit is the occasion, not a meeting
_VISIT_KO = re.compile(r"(?:^|\s)이번\s*(?:방문|방한|순방)(?:에는|에|에서는|에서|에도)\s")
# ‘… 정상회의’ 결과와, 정상회의의 성과를: a meeting's outcome, told of
_RESULTS_OF_KO = re.compile(r"[’'”」』]?\s*(?:의\s*)?(?:결과|성과)(?:물)?(?:를|을|와|과|및|\s)")
# …회의의 부대 회의로, …정상회의 계기 부대행사로: an event held beside the meeting, not the meeting
_SIDE_EVENT_OF_KO = re.compile(r"[’'”」』]?\s*(?:의\s*|계기\s*)?(?:부대\s*행사|부대\s*회의|사이드\s*이벤트)")
# 헌장 초안 작성 과정에 적극 참여했다: took part in a process or a piece of work, not in a meeting
_NOT_A_MEETING_KO = re.compile(r"(?:과정|작업|사업|프로젝트|연구|활동|이행|개발|캠페인)(?:에|에도)\s+"
                               r"(?:적극(?:적으로)?\s+|직접\s+|함께\s+)?$")


def joins_no_meeting(ctx: Context, pos: int) -> bool:
    if ctx.lang == "ko":
        return bool(_NOT_A_MEETING_KO.search(ctx.text, max(0, pos - 20), pos))
    return bool(_NOT_A_MEETING_EN.match(ctx.text, pos))


def prospective(ctx: Context, pos: int, end: int | None = None) -> bool:
    """An attendance or chairing cue at ``pos`` (ending at ``end``, two syllables on by default:
    참석) in a form that says it has not happened yet."""
    if ctx.lang != "ko":
        # (or after it: "Among the attendees will be …")
        clause = ctx.clause_of(pos)
        return bool(_FUTURE_EN.search(ctx.text, clause[0], pos)) or \
            bool(re.match(r"[a-z]*\s+(?:will|shall)\s+be\b", ctx.text[pos:pos + 30])) or \
            bool(_LATER_EN.search(ctx.text, pos, clause[1]))    # "are attending the summit next week"
    end = pos + 2 if end is None else end
    if _PROSPECTIVE.match(ctx.text[end:end + 12]):
        return True             # 참석한다, 참석할 예정, 참석하는 것으로 (알려졌다): not yet attended
    # 참석해 연설한다, 의장을 맡아 주재한다: a connective takes the tense of the verb that ends its chain
    return bool(_CONNECTIVE.match(ctx.text, end)) and non_past(next_predicate(ctx.text, pos))


def _nominal(ctx: Context, pos: int) -> bool:
    """A Korean cue used as a noun, with no verb to give its tense (headlines: "…정상회의 참석")."""
    return ctx.lang == "ko" and ctx.text[pos:pos + 2] in ("참석", "참여", "참가", "방문") and \
        not re.match(r"(?:하|했|한|해|할|합|됐|되)", ctx.text[pos + 2:pos + 3])


# 참여한 (최초의 정상급) 합의문: the cue in its adnominal form describing a text, which those named
# joined (words with no particle but 의 between: 참가한 A와 B는 … 성명을 is another phrase)
_CUE_DESCRIBES_TEXT_KO = re.compile(r"(?:참여|참가)(?:한|했던)\s+(?:[^\s.,]*[^\s.,은는이가을를와과도]\s+){0,4}?[^\s.,]*?"
                             r"(?:합의문|합의|선언문|선언|성명서|성명|협정|협약|이니셔티브|원칙|결의안|결의|규범|공약)"
                             r"(?=[이가은는을를의과와]|\s|$|[”\"’'.,])")


# "…에 참석한 A·B 등 N개국과 C 등은": the cue in its adnominal form describes the noun phrase after
# it, up to that phrase's subject or topic particle; a bound noun after it (참석한 뒤, 참석한 것) is no
# phrase of attendees.
_ADNOMINAL = re.compile(r"(?:했던|한)\s+(?!(?:뒤|후|다음|바|것|데|적|가운데|이후|직후|이래|만큼)\b)")
_PHRASE_END = re.compile(r"(?:은|는|이|가|도)\s|[.!?\"“”]")


def listed_before(ctx: Context, heads: list[Mention]) -> list[Mention]:
    """The agents listed with one that carries the particle (한국·스페인·네덜란드가): a Korean list
    puts the particle on its last item only."""
    out = []
    for m in heads:
        at = ctx.rel(m)
        for prev in sorted((x for x in ctx.mentions if x.cls in AGENT_CLASSES and ctx.rel(x) < at),
                           key=ctx.rel, reverse=True):
            gap = ctx.text[ctx.rel(prev) + len(prev.text):at]
            # (… a gloss's or quote's close; a bare "(": the item glossed, 국제연합(UN), after its gloss;
            # a group's bracket closing and the next's opening: 옵서버국(칠레, 케냐), 파트너국(페루))
            # (a stock code or year in brackets after an item: 삼성전자(005930), 네이버(035420))
            if not re.fullmatch(r"\(|(?:\([\d\s.,-]{1,12}\))?[)’'”]?\s*(?:[·,、]|와|과|및)\s*|"
                                r"\)\s*(?:,|및|와|과)\s*[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+)?\s*\(", gap):
                break
            out.append(prev)
            at = ctx.rel(prev)
    return out


def _attending_phrase(ctx: Context, pos: int) -> list[Mention]:
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


# "…, Rui Carvalho, hosted the meeting": a person hosting a meeting chairs it ("hosted" alone is a
# country's hosting, and "hosted a dinner" is no meeting)
_HOSTED_EN = re.compile(r"\bhosted\s+(?:the|this)\s+(?:meeting|summit|conference|forum|gathering)\b")


_AFTER_CHAIRS_EN = re.compile(r",\s+(?:while|where|which|who|when|but|as|after|before|joined\s+by|accompanied\s+by)\b|;|(?<![A-Z])(?<!Mr|Ms|Dr|St)(?<!Mrs|Hon|Eng)(?<!Prof)\.\s|\s+and\s+(?:the\s+)?"
                              r"(?:[a-z]+\s+){0,2}(?:was|were|is|are|has|have|had)\b"
                              # "chaired by A, …, and attended by B": B attended, and did not chair
                              r"|,?\s+and\s+(?:was\s+|were\s+)?(?:attended|joined|accompanied|assisted)\s+by\b"
                              # "The event, presided over by A, was also attended by B": B attended ("…, was
                              # introduced by B", "…, was held in …": the sentence goes on past the chairs)
                              r"|,\s+(?:was|were|has\s+been|had\s+been)\s")


# 주재한 국무회의, 주재하는 각료회의: the meeting the cue's adnominal form describes, named by a compound
_CHAIRED_MEETING_KO = re.compile(r"주재(?:한|하는|했던)\s+([\uac00-\ud7a3]+회의)")
_CHAIRED_SESSION_KO = re.compile(r"주재(?:한|하는|했던)\s+(?:[‘'“\"][^’'”\"]{1,80}[’'”\"]\s*)?(?:세션|분과|토론)")


def _chair_of_group_ko(ctx: Context, pos: int) -> bool:
    """Whether the word right before 의장 names a body or group (…그룹, …위원회, …패널) that no
    meeting's name covers: whose chair the person is."""
    word = re.search(r"([\uac00-\ud7a3]+)\s*$", ctx.text[:pos])
    if word is None or any(m.cls == "Summit" and ctx.rel(m) <= word.start(1) < ctx.rel(m) + len(m.text)
                           for m in ctx.mentions):
        return False
    return any(heads()["ko"][h] != "Summit" and len(word.group(1)) > len(h) for h in heads_ending(word.group(1), "ko"))


# the cue's adnominal form right before the person it describes (의장을 맡은 NAME, 회의를 주재한 NAME)
_CHAIR_BEFORE_NAME_KO = re.compile(r"(?:의장을\s*맡은|주재한)\s+")


# between a person and the next one named with them: their title, then 과/와 (대통령과)
_JOINED_PERSON_KO = re.compile(r"\s*(?:[\uac00-\ud7a3A-Za-z()]+\s+){0,3}?[\uac00-\ud7a3]*(?:과|와)\s+")


# an appositive naming a body right before "chaired by": "…, a regional alliance of 30 member states"
_BODY_CHAIRED_EN = re.compile(r",\s+(?:an?|the)\s+[^,;]{0,40}?\b(?:alliance|organi[sz]ation|union|council|body|group|"
                              r"network|committee|association|board|commission|bloc|coalition|partnership)\b[^,;]{0,40}$")


# a group as the subject of a passive "chaired by": "The focus group … was chaired by …"
_GROUP_CHAIRED_EN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[a-z-]+\s+){0,2}(?:group|committee|panel|board|council|"
                               r"commission|task\s*force|taskforce|team|body|coalition|consortium|network)\b[^.;]*?"
                               r"\b(?:was|is|were|are|has\s+been|will\s+be)\s+(?:co-)?$")


def _body_before_chaired(ctx: Context, pos: int) -> bool:
    """A body's name, then a comma (and "co-"), right before the cue: the cue says who chairs the body."""
    lead = re.search(r",\s+(?:co-)?$", ctx.text[max(0, pos - 8):pos])
    if lead is None:
        return False
    end = max(0, pos - 8) + lead.start()
    return any(m.cls in AGENT_CLASSES and m.cls != "Country" and ctx.rel(m) + len(m.text) == end for m in ctx.mentions)


def chairing(ctx: Context) -> list[Relation]:
    out = []
    hosted = [m.start() for m in _HOSTED_EN.finditer(ctx.text)] if ctx.lang == "en" else []
    for pos in sorted(set(cue_positions("chaired", ctx.lang, ctx.text)) | set(hosted)):
        if ctx.negated(ctx.clause_of(pos), pos):
            continue
        # 부의장을 맡았다: the vice-chair, who attends but does not chair
        relation = "attended" if ctx.lang == "ko" and ctx.text[pos - 1:pos] == "부" else "chaired"
        if ctx.lang == "en" and prospective(ctx, pos):
            continue            # "where he will co-chair the summit": not yet
        if ctx.lang == "ko" and prospective(ctx, pos, pos + max(len(w) for w in cues()[("chaired", "ko")]
                                                                if ctx.text.startswith(w, pos))):
            continue            # 의장을 맡아 논의를 주재한다, 주재할 예정이다: not yet
        summit = ctx.summit_for(None)
        session = _CHAIRED_SESSION_KO.match(ctx.text, pos) if ctx.lang == "ko" else None
        if session and not any(m.cls == "Summit" and pos < ctx.rel(m) < session.end() for m in ctx.mentions):
            # NAME이 주재한 ‘…’ 세션에서: the chair of one session attends the meeting it is part of, the one
            # named before it or the document's; not a meeting the sentence names after it (…에서 오는 5월 열릴
            # ‘…정상회의’를 소개했다); a session the quotes name by its meeting (‘… 포럼’ 세션) is that meeting's
            relation = "attended"
            before = [m for m in ctx.mentions if m.cls == "Summit" and ctx.rel(m) < pos]
            summit = before[-1] if before else None if any(
                m.cls == "Summit" and ctx.rel(m) > pos for m in ctx.mentions) else ctx.focus
        if ctx.lang == "ko" and (chaired_ko := _CHAIRED_MEETING_KO.match(ctx.text, pos)) and \
                not any(m.cls == "Summit" and ctx.rel(m) <= chaired_ko.start(1) < ctx.rel(m) + len(m.text)
                        for m in ctx.mentions):
            continue            # 대통령이 주재한 국무회의에서: a meeting of another kind, which nobody knows
        if ctx.lang == "en" and _BODY_CHAIRED_EN.search(ctx.text, max(0, pos - 80), pos) and not any(
                m.cls == "Summit" and pos - 80 <= ctx.rel(m) < pos for m in ctx.mentions):
            continue            # "Data Latium, an alliance of 30 member states chaired by …": the chair of a body
        if ctx.lang == "en" and _body_before_chaired(ctx, pos):
            continue            # "the work of the Ostrava Data Committee, chaired by …": the chair of the body named
        if ctx.lang == "en" and (group := _GROUP_CHAIRED_EN.search(ctx.text, max(0, pos - 100), pos)) and not any(
                m.cls == "Summit" and group.start() <= ctx.rel(m) < pos for m in ctx.mentions):
            continue            # "The focus group operated until 2023 and was chaired by …": the chair of a group
        if ctx.lang == "ko" and re.match(r"공동\s*주최국", ctx.text[pos:pos + 8]):
            continue            # 공동주최국인 NAME 영국 부총리: a co-hosting country's envoy, named as such
        if ctx.lang == "ko" and ctx.text.startswith("의장을", pos) and _chair_of_group_ko(ctx, pos):
            continue            # 전문가그룹 의장을 맡아: the chair of a group, not of the meeting
        after = ctx.text[pos:pos + 8]
        if re.match(r"(공동\s*)?의장인|co-chairs?\b", after) or \
                ctx.lang == "en" and re.match(r"(?:(?:co-)?chaired|co-hosted)\s+(?:[a-z]+ly\s+)?by\b|presided\s+over\s+by\b",
                                              ctx.text[pos:pos + 36]):
            # the co-chairs named after the cue, or the passive's agents ("was chaired by …", "chaired
            # politically by …"), to the end of the clause (or 함께)
            stop = ctx.text.find("함께", pos)
            scope = (pos, min(stop, ctx.clause_of(pos)[1]) if stop > 0 else ctx.clause_of(pos)[1])
            if ctx.lang == "en":
                # "co-chaired by Jane Doe, Joint Secretary, …, India, and H.E. John Roe, Ambassador …": the
                # list of chairs with their long appositions runs to a new clause or the sentence's end
                end = _AFTER_CHAIRS_EN.search(ctx.text, pos)
                scope = (pos, end.start() if end else len(ctx.text))
        else:
            scope = (ctx.clause_of(pos)[0], pos)
        people = ctx.in_clause(scope, {"Person"})
        if ctx.lang == "ko" and scope[1] == pos and re.match(r"주재(?:한|하는)\s", ctx.text[pos:]):
            # 김 국장은 NAME 총무상이 주재한 세션에서: who chaired is the relative clause's subject (이/가),
            # not the sentence's topic
            subjects = [m for m in people if re.search(r"(?:이|가)\s*(?:공동(?:으로)?\s*)?$", between := ctx.text[ctx.rel(m) + len(m.text):pos])
                        and not re.search(r"(?:은|는)\s", between)]
            # (and who is joined to the subject by 과/와: 류민배 대통령과 김서준 총리가 공동 주재한)
            people = [m for m in people if m in subjects or any(
                _JOINED_PERSON_KO.fullmatch(ctx.text, ctx.rel(m) + len(m.text), ctx.rel(x)) for x in subjects)]
        if ctx.lang == "en" and people and scope[1] == pos:
            people += _chaired_with_en(ctx, pos)
            listed = titled_list_back(ctx, min(people, key=ctx.rel))   # (the co-chairs listed with their titles)
            people = listed + [m for m in people if m not in listed]
        adnominal = _CHAIR_BEFORE_NAME_KO.match(ctx.text, pos) if ctx.lang == "ko" else None
        chair = adnominal and next((m for m in ctx.mentions if m.cls == "Person" and ctx.rel(m) == adnominal.end()), None)
        if chair:
            people = [chair]    # 의장을 맡은 NAME 장관은: the person the relative clause describes, not the topic before it
        for m in people:
            if summit is not None and m.method != BRACKETED_HEAD:
                out.append(make_relation(relation, m, summit, ctx, f"cue-{relation}", 0.8))
    return out


# ", Minister for Trade " between two names of a list, each with its title before it
_TITLE_BETWEEN_EN = re.compile(r",\s+(?:and\s+)?(?:(?:[A-Z][\w.’'-]*|for|of|and|the|&),?\s+)*")


def titled_list_back(ctx: Context, first: Mention) -> list[Mention]:
    """The people listed before ``first``, each with a title before the name ("Commissioner for Data
    Ana Roe, Commissioner for Trade Juan Soto, and Vice-President Eva Lind co-chaired"): the list's earlier
    items, read back while only a comma and a title stand between two names."""
    people = sorted((m for m in ctx.mentions if m.cls == "Person"), key=ctx.rel)
    out, cur = [], first
    while True:
        before = [p for p in people if ctx.rel(p) + len(p.text) <= ctx.rel(cur)]
        if not before or not _TITLE_BETWEEN_EN.fullmatch(ctx.text, ctx.rel(before[-1]) + len(before[-1].text), ctx.rel(cur)):
            return out
        cur = before[-1]
        out.insert(0, cur)


# "… presided over the AI Seoul Summit with British Prime Minister Jane Roe": a co-chair, with
# no more than the title between "with" and the name
_WITH_EN = re.compile(r"\s+(?:together\s+)?with\s+")
_TITLE_WORDS_EN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,6}")


def _chaired_with_en(ctx: Context, pos: int) -> list[Mention]:
    summit = _summit_after(ctx, pos, r"[.;,]")
    w = summit and not summit.reference and _WITH_EN.match(ctx.text, ctx.rel(summit) + len(summit.text))
    if not w:
        return []
    person = next((m for m in sorted(ctx.mentions, key=lambda m: m.start) if m.cls == "Person" and ctx.rel(m) >= w.end()), None)
    return [person] if person and _TITLE_WORDS_EN.fullmatch(ctx.text, w.end(), ctx.rel(person)) else []


_MET_COUNTED_KO = re.compile(r"(?:\s*\S+){0,2}?(?:과|와)\s+(?:양자\s*)?(?:면담|회담|만남)")
_TOTAL_COUNT_KO = re.compile(r"총\s*\d[\d,]*\s*(?:여\s*)?(?:개\s*)?(?:개국|개\s*국가|국가|국|명)")
_COUNT_KO = re.compile(r"(?<![A-Za-z\d])(\d[\d,]*)\s*(?:여\s*)?(?:개\s*)?(개국|개\s*국가|국가|국|명|여명)\s*(?:이상)?")
_UNITS_EN = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
_TENS_EN = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = rf"(?:(?:{'|'.join(_TENS_EN)})(?:[-\s](?:{'|'.join(_UNITS_EN[:9])}))?|{'|'.join(_UNITS_EN)})"
# (29 member countries, 44 member states, 12 participating countries)
# the words that count people, not countries (in either language)
_PEOPLE_UNITS = ("명", "여명", "participants", "people", "delegates", "attendees", "guests", "leaders", "officials",
                 "experts", "representatives", "visitors")
# (29 African countries, Fourteen Nordic and Baltic states: the region between)
_COUNT_EN = re.compile(rf"(?:over|more than|about|some|nearly)?\s*(?<![\w-])(\d[\d,]*|(?i:{_NUMBER_WORD}))\s+"
                       r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}?(?:(?P<other>other)\s+)?(?:(?:member|participating|signatory|partner)\s+)?"
                       rf"((?i:countries|nations|states)|{'|'.join(u for u in _PEOPLE_UNITS if u.isascii())})\b")

# the count of countries a clause starts with (Twelve states, 29 African countries), and what sets off
# the list of them after the meeting's name: a dash or a colon
_COUNTED_SUBJECT_EN = re.compile(rf"(?:^|,\s+|\.\s+)(?:\d[\d,]*|(?i:{_NUMBER_WORD}))\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,4}}"
                                 r"(?:states|countries|nations|member\s+states)\s+$")
_LIST_OPENS_EN = re.compile(r"\s*(?:[-–—]|:)\s*")


def _number(text: str) -> int:
    """12, 1,200, or a number written out (Twenty-seven)."""
    if text[0].isdigit():
        return int(text.replace(",", ""))
    words = re.split(r"[-\s]+", text.lower())
    n = 0
    for w in words:
        n += (_TENS_EN.index(w) + 2) * 10 if w in _TENS_EN else _UNITS_EN.index(w) + 1
    return n


# (or joins as a member, or means to: 창립회원국으로 참여의사를 밝혔다; or takes part now: 10개국이 참여 중인 네트워크)
_NOT_YET_KO = r"(?:(?:(?:회원국|회원)으로\s*)?(?:참여|참가|참석)(?:하고 있|하는|한다|할|합니다|\s*의사|\s*의향|\s*중)|회원국으로\s*(?:참여|가입))"
# (수상자 12명을 포함한, 13명의 최고 데이터 담당관을 포함해: a part of the total)
_PART_OR_TOTAL = re.compile(r"\s*(?:이상\s*)?(?:의(?:\s+[^\s,.;]+){1,4}?)?(?:을|를)?\s*포함")
# 한국측에서는 … 25명이, 라티움측에서 … 30여명이: each side's count, not the meeting's
_SIDE_COUNT_KO = re.compile(r"측(?:에서는|에서|에선|은|는)\s")
_PART_OR_TOTAL_BEFORE = re.compile(r"누적|지금까지|이래|\bincluding\s+(?:over\s+|some\s+|about\s+)?$|\bcumulative|"
                                   r"\bsince\s+(?:its\s+)?(?:launch|founding|inception)", re.I)


# "… concluded Tuesday, drawing 1,952 participants from 96 countries": a count the meeting drew
_DRAWING_EN = re.compile(r"\b(?:drawing|drew|attracting|attracted)(?:\s+(?:over|more\s+than|some|nearly|about))?"
                         r"(?:\s+[\d,]+\s+[a-z-]+\s+from(?:\s+over|\s+more\s+than)?)?\s*$")


def _listed_before_others(ctx: Context, start: int, at: int) -> list[Mention]:
    """The countries or bodies listed right before "and N other countries", with nothing else between."""
    last = re.search(r"\s+and\s+(?:(?:over|more than|about|some|nearly)\s+)?$", ctx.text[start:at])
    if not last:
        return []
    out, stop = [], start + last.start()
    for m in sorted(ctx.in_clause((start, at), AGENT_CLASSES - {"Person"}), key=ctx.rel, reverse=True):
        gap = ctx.text[ctx.rel(m) + len(m.text):stop]
        if not re.fullmatch(r"(?:\s*\([A-Z]{2,8}\))?" + (r"(?:,\s+|,?\s+and\s+)(?:the\s+)?" if out else ""), gap):
            break
        out.append(m)
        stop = ctx.rel(m)
    if len(out) > 1 and after_preposition(ctx, out[-1]) and not _SIGNED_BY_EN.search(ctx.text, 0, ctx.rel(out[-1])):
        return out[:1]          # hosted by France, India and 15 other countries signed: an opening phrase's end
    return out


_SIGNED_BY_EN = re.compile(r"\b(?:signed|endorsed|adopted|joined)\s+by\s+(?:the\s+)?$")


# "a 27-country Ostrava Summit", "the 40-nation meeting": the count is said of the meeting it describes
_COUNTRY_ADJECTIVE_EN = re.compile(r"(?<![\w-])(\d{1,3})-(?:country|nation)\s+(?=(?:[A-Z]|summit\b|meeting\b|"
                                   r"conference\b|forum\b|gathering\b))")


def _country_adjective_counts(ctx: Context) -> list[Relation]:
    out = []
    for m in _COUNTRY_ADJECTIVE_EN.finditer(ctx.text):
        named = next((x for x in ctx.mentions if x.cls == "Summit" and ctx.rel(x) == m.end()), None)
        summit = (ctx.focus if named is not None and named.reference == "this" else named) if named is not None \
            else ctx.summit_for(m.start()) if ctx.text[m.end()].islower() else None
        if summit is None or speech_around(ctx.text, m.start()) is not None:
            continue
        out.append(make_relation("participantCount", summit, None, ctx, "count-participants", 0.7,
                                 value=m.group(1), extra=(("unit", "countries"),)))
    return out


def counts(ctx: Context) -> list[Relation]:
    out = _country_adjective_counts(ctx) if ctx.lang == "en" else []
    pat = _COUNT_KO if ctx.lang == "ko" else _COUNT_EN
    for m in pat.finditer(ctx.text):
        if re.search(r"주요\s*$", ctx.text[:m.start()]) or ctx.text[m.end():m.end() + 3].startswith(("(G", "（G")):
            continue            # 주요 7개국(G7) names a group, it does not count participants
        after = re.match(r"\s*([\uac00-\ud7a3]+)", ctx.text[m.end():])
        if ctx.lang == "ko" and after and any(after.group(1).endswith(h) and len(after.group(1)) > len(h)
                                              for h in ("사무국", "협의체", "협력체", "기구", "위원회")):
            continue            # 한일중 3국 협력사무국: the count is part of a body's name
        if speech_around(ctx.text, m.start()) is not None:
            continue            # 축사를 통해 "… 54개 국가 중 …": a count in what someone said
        if ctx.lang == "ko" and re.match(r"\s*(?:순방|방문)", ctx.text[m.end():]):
            continue            # 중동 등 4개국 순방: the countries a trip visits
        if ctx.lang == "ko" and (re.match(r"\s*중\s", ctx.text[m.end():]) or _MET_COUNTED_KO.match(ctx.text, m.end())):
            continue            # 회원 20개국 중 7개국: the countries some are of; 2개국 장관과 양자면담: whom
            #                     someone met there
        if ctx.lang == "ko" and not re.search(r"총\s*$", ctx.text[:m.start()]) and \
                _TOTAL_COUNT_KO.search(ctx.text, *ctx.clause_of(m.start())):
            continue            # 7개국 및 칠레, 케냐의 총 9개국 장관이: the total is the count
        n = _number(m.group(1))
        unit = "people" if m.group(2) in _PEOPLE_UNITS else "countries"
        if ctx.lang == "ko" and m.group(2) == "국" and n > 250:
            continue            # ‘2019 국제 …’: a year before 국제 (international), no count of the world's countries
        clause = ctx.clause_of(m.start())
        # "Chile and 16 other countries": 17
        listed = _listed_before_others(ctx, clause[0], m.start(1)) if ctx.lang == "en" and m.group("other") else []
        n += len(listed)
        tail = ctx.text[m.end():clause[1]]
        init_after = ctx.in_clause((m.end(), clause[1]), INITIATIVE_CLASSES)
        # (not who attended before the text is named: 40개국 500여 명이 참석해 … 헌장 채택 이후의 이행을 논의했다)
        attending = re.search(r"참석(?:해|하|했|한)|참가(?:해|하|했|한)|attended|gathered",
                              ctx.text[m.end():ctx.rel(init_after[0])]) \
            if init_after else None
        if init_after and not attending and \
                re.search(r"참여한|서명한|서명했|서명하|동참한|지지한|채택|signed|endorsed|adopted|joined", tail) \
                and not re.match(r",?\s+(?:along|together)\s+with\b|,?\s+as\s+well\s+as\b", tail):
            # (not a part of the signers: "36 member countries, along with Brazil and Peru, signed")
            out.append(make_relation("signatoryCount", init_after[0], None, ctx, "count-signatories", 0.7, value=str(n)))
            continue
        head = ctx.text[clause[0]:m.start()]
        init_before = ctx.in_clause((clause[0], m.start()), INITIATIVE_CLASSES)
        if init_before and unit == "countries" and (
                re.search(r"(?:signed|endorsed|adopted|joined) by\s+(?:over |more than |some )?$|서명|채택", head[-40:] + " ")
                or listed and _SIGNED_BY_EN.search(ctx.text, 0, ctx.rel(listed[-1]))):
            out.append(make_relation("signatoryCount", init_before[-1], None, ctx, "count-signatories", 0.7, value=str(n)))
            continue
        reach = 30 if ctx.lang == "ko" else 65     # brought together senior officials from N countries
        window = ctx.text[max(0, m.start() - reach):m.start()]
        if ctx.lang == "ko" and _SIDE_COUNT_KO.search(ctx.text, clause[0], m.start()):
            continue            # 한국측에서는 25명이: one side's delegation
        if _PART_OR_TOTAL.match(ctx.text, m.end()) or _PART_OR_TOTAL_BEFORE.search(window):
            continue            # 수상자 12명을 포함한 …, 누적 6,000명, including 12 laureates: a part, or all the years
        if ctx.lang == "ko" and (re.match(r"\S*\s*(?:\S+\s+){0,4}?" + _NOT_YET_KO, tail) or
                                 re.search(_NOT_YET_KO, window)):
            continue            # 44개국이 참여하고 있으며, 38개국 각료가 참석하는 기구, 38개 국가의 장·차관 등
            #                     최고위급이 참여하는 기구, 참석할 예정이며 이 중 34개국: members of a body, or
            #                     who has not come yet
        if any(joins_no_meeting(ctx, p) for p in cue_positions("attended", ctx.lang, ctx.text)
               if m.end() <= p < clause[1]):
            continue            # "Forty-nine countries … are taking part in the framework": its members
        if not (has_cue("attended", ctx.lang, tail) or has_cue("attended", ctx.lang, window) or
                ctx.lang == "en" and _DRAWING_EN.search(window)):
            continue
        if ctx.lang == "en" and EARLIER_EDITION_EN.search(ctx.text, 0, m.start()) and not any(
                x.cls == "Summit" and not x.reference for x in ctx.mentions):
            continue            # "the first summit in the Netherlands … brought together 2,000 attendees": its count
        summit = ctx.summit_for(None)
        if ctx.lang == "ko" and _occasion_elsewhere_ko(ctx, summit, m.start()):
            continue            # a side event's or a visiting delegation's count
        if summit is not None:
            out.append(make_relation("participantCount", summit, None, ctx, "count-participants", 0.7, value=str(n),
                          extra=(("unit", unit),)))
    return out
