"""Appointments: whoever a sentence appoints to a post holds it from then on.

The post is named next to the appointing verb, not next to the name, which often carries
the person's current title instead (국가AI전략위원회 민간위원장에 이서연 가나대 교수를 위촉했다;
the board appointed Jane Roe, a professor at …, as Chair of the Ostrava AI Institute).
Korean marks the post with 에 or (으)로 before the verb (임명, 위촉, 선임); English puts it
after "as" or right after the verb (was appointed Director of the …).  Only a post in a
country or organisation the sentence names makes a fact: the position needs its body.
"""
from __future__ import annotations

import functools
import re

from .context import Context, make_relation
from .lexicon import alternation, cue_positions, english_titles, titles
from .people_ko import ORDINALS_EN
from .model import Mention, Relation
from .words import AGENT_CLASSES


@functools.cache
def _post_ko() -> re.Pattern:
    """A word ending in a title, then 에(는) or (으)로: 민간위원장에, 위원으로, 부위원장으로, 1차장에는."""
    alt = alternation(titles())
    return re.compile(rf"(?<!\S)([^\s‘’'“”\"]{{0,6}}?)({alt})(?:으로|로|에는|에)\s")


@functools.cache
def _post_en() -> re.Pattern:
    """(as) (the) (new) TITLE of (the) (new): what follows is the body of the post."""
    alt = alternation(english_titles())
    return re.compile(rf"(?:,\s+)?(?:as\s+)?(?:(?:the|its|a)\s+)?(?:new\s+|first\s+|next\s+)?((?i:{alt}))s?"
                      rf"\s+(?:of|at|for)\s+(?:the\s+)?(?:new\s+|newly\s+created\s+)?")


def _body_at(ctx: Context, at: int) -> Mention | None:
    return next((m for m in ctx.mentions if ctx.rel(m) == at and m.cls in AGENT_CLASSES and m.cls != "Person"), None)


def _body_before(ctx: Context, end: int) -> Mention | None:
    return next((m for m in ctx.mentions if ctx.rel(m) + len(m.text) == end and m.cls in AGENT_CLASSES and
                 m.cls != "Person"), None)


def _people(ctx: Context, lo: int, hi: int) -> list[Mention]:
    return [m for m in ctx.mentions if m.cls == "Person" and m.reference in ("", "surname") and lo <= ctx.rel(m) < hi]


_POST_LEAD_KO = re.compile(r"[’'”\"]?(?:의)?\s+(?:초대|신임|첫|차기|새|제\d+대)\s+$")


def _korean(ctx: Context, pos: int, clause: tuple[int, int]):
    posts = [p for p in _post_ko().finditer(ctx.text, clause[0], pos)]
    if not posts:
        return None
    post = posts[-1]                # the post nearest the verb
    # the body: named before the word (국가AI전략위원회 민간위원장에) or glued to the title (…위원회위원장에)
    body = _body_before(ctx, post.start() - 1) if post.start() > 0 and ctx.text[post.start() - 1] == " " else None
    body = body or _body_before(ctx, post.start(2))
    lead = _POST_LEAD_KO.search(ctx.text, 0, post.start())
    if body is None and lead:   # ‘가나연구소’의 초대 소장으로: the body, its 의, then a word for a first or new holder
        body = _body_before(ctx, lead.start())
    if body is None:
        return None
    people = [m for m in _people(ctx, clause[0], clause[1])
              if not post.start() <= ctx.rel(m) < post.end() and not ctx.rel(body) <= ctx.rel(m) < post.end()]
    if not people:
        return None
    person = min(people, key=lambda m: abs(ctx.rel(m) - pos))
    title = titles()[post.group(2)]
    number = re.fullmatch(r"제?([1-5])", post.group(1))
    if number:                  # 국가안보실 1차장에: the first of the body's deputies
        return person, body, f"{ORDINALS_EN[int(number.group(1))]} {title.en}", post.group(1) + post.group(2)
    return person, body, title.en, title.ko


# "… was elected, as were two new members of the Executive Committee": another subject's post
_OTHER_SUBJECT_EN = re.compile(r",\s+as\s+(?:were|was|are|is|did|have|has)\b")


_AS_POST_EN = re.compile(r"(?:,\s+)?as\s")


@functools.cache
def _owned_post_en() -> re.Pattern:
    """A post after its body's possessive: ['s] (first) (AI) TITLE (as Ruritania's first AI Ambassador)."""
    alt = alternation(english_titles())
    # (the field's acronym may follow it: "Chile's first Digital Technology (DT) Ambassador")
    return re.compile(rf"['’]s\s+(?:new|first|next|inaugural)?\s*((?:[A-Z][\w-]*\s+){{0,2}}?(?:\([A-Z]{{2,6}}\)\s+)?)"
                      rf"((?i:{alt}))\b(?!['’-])")


@functools.cache
def _its_post_en() -> re.Pattern:
    """A post of the appointing body itself: its (first) TITLE, the department's (new) TITLE."""
    alt = alternation(english_titles())
    return re.compile(rf"(?:its|the\s+(?:department|ministry|agency|company|firm|institute|office|organi[sz]ation|"
                      rf"council|commission|government|university|bank)['’]s)\s+(?:new|first|next|inaugural)?\s*"
                      rf"((?:[A-Z][\w-]*\s+){{0,2}}?)((?i:{alt}))\b(?!['’-])")


def _owned(ctx: Context, verb_end: int, clause: tuple[int, int]):
    """as BODY's TITLE: the body is the possessor, the person the one named before the verb or after it
    (as its TITLE, as the department's TITLE: the body that appoints, named before the verb)."""
    for m in _AS_POST_EN.finditer(ctx.text, verb_end, clause[1]):
        body = _body_at(ctx, m.end())
        post = body and _owned_post_en().match(ctx.text, ctx.rel(body) + len(body.text))
        if body is None and (post := _its_post_en().match(ctx.text, m.end())):
            bodies = [b for b in ctx.mentions if b.cls in AGENT_CLASSES and b.cls != "Person" and
                      ctx.rel(b) + len(b.text) <= verb_end]
            body = bodies[-1] if bodies else None
            post = post if body is not None else None
        if not post:
            continue
        title = english_titles().get(post.group(2)) or next(
            (t for k, t in english_titles().items() if k.casefold() == post.group(2).casefold()), None)
        people = _people(ctx, verb_end, m.start() + 1) or _people(ctx, clause[0], verb_end)[-1:]
        if title is None or len(people) != 1:
            return None
        words = [w for w in post.group(1).split() if not w.startswith("(")]
        return people[0], body, " ".join(words + [title.en]), " ".join(words + [title.ko])
    return None


# a verb of saying between a name and the appointment: the appointment is of whom it reports
_REPORTED_EN = re.compile(r"\b(?:announced|announces|said|says|confirmed|confirms|stated|noted|added)\b")


def _english(ctx: Context, pos: int, clause: tuple[int, int]):
    verb_end = ctx.text.find(" ", pos)
    if verb_end < 0:
        return None
    other = _OTHER_SUBJECT_EN.search(ctx.text, verb_end, clause[1])
    posts = [(post, body) for post in _post_en().finditer(ctx.text, verb_end, other.start() if other else clause[1])
             if (body := _body_at(ctx, post.end())) is not None]
    # "appointed Jane Roe, a professor at Ostrava University, as Chair of …": the post after "as" is
    # the one given; the apposition says what she was
    given = [p for p in posts if _AS_POST_EN.match(p[0].group(0))]
    for post, body in given[:1] or posts:
        between = _people(ctx, verb_end, post.start() + 1)
        if len(between) > 1:
            return None             # "appointed A and B as co-chairs of …": a shared post, left to the reader
        # appointed NAME as TITLE of ORG; else NAME was appointed TITLE of ORG
        before = _people(ctx, clause[0], pos)
        person = between[0] if between else (before[-1] if before else None)
        if person is None:
            return None
        if not between and _REPORTED_EN.search(ctx.text, ctx.rel(person) + len(person.text), pos):
            return None             # "Jane Roe announced Ed Poe will serve as Director of …": whom she announced
        title = english_titles().get(post.group(1)) or next(
            (t for k, t in english_titles().items() if k.casefold() == post.group(1).casefold()), None)
        if title is None:
            return None
        return person, body, title.en, title.ko
    return None if posts else _owned(ctx, verb_end, clause)


def appointments(ctx: Context) -> list[Relation]:
    out = []
    for pos in cue_positions("appointed", ctx.lang, ctx.text):
        clause = ctx.clause_of(pos)
        if ctx.negated(clause, pos):
            continue
        found = _korean(ctx, pos, clause) if ctx.lang == "ko" else _english(ctx, pos, clause)
        if found is None:
            continue
        person, body, title_en, title_ko = found
        out.append(make_relation("holdsPosition", person, body, ctx, "appointed", 0.7,
                                 extra=(("title_en", title_en), ("title_ko", title_ko))))
    return out
