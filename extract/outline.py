"""The outline a Korean press release gives of its event, as fields instead of sentences.

Ministries end a release with an overview (개요) of the meeting it announces:

    ⦁일시 : ‘31년 3월 4일(화) 10:00
    ⦁장소 : 칠레 산티아고
    ⦁참석
    - (정부) 가나부 김철수 차관, …

Each field is the date, place or attendees of the meeting the document is about, with no verb
to read them from.  A field's value follows its name on the line, or, for attendees, on the
dash lines under it.
"""
from __future__ import annotations

import re

from .context import Context, make_relation
from .dates import find_dates
from .model import Relation
from .words import AGENT_CLASSES

# a field's name after an optional bullet, then an optional colon (일 시 : …, □ 장소: …, ▶ 참석자)
_FIELD_KO = re.compile(r"\s*[⦁•·□■○◦▪▶►◆◇\-–]?\s*(?P<name>일\s*시|장\s*소|참\s*석\s*자?|참\s*석\s*대\s*상)"
                       r"\s*(?:[:：]\s*|$)")
# a line of a list under a field: a dash or a bullet first
_ITEM_KO = re.compile(r"\s*[-–⦁•·○◦▪]\s*")


def outline(ctxs: list[Context], doc_date: str | None, year_hint: int | None) -> list[Relation]:
    out: list[Relation] = []
    listing = False             # inside the dash lines under an attendance field
    for ctx in ctxs:
        summit = ctx.focus
        field = _FIELD_KO.match(ctx.text) if ctx.lang == "ko" else None
        if listing and (field or not _ITEM_KO.match(ctx.text)):
            listing = False     # the dash lines end at the next field or at a line of prose
        if summit is None or not field and not listing:
            continue
        name = re.sub(r"\s", "", field.group("name")) if field else "참석"
        start = field.end() if field else 0
        if name == "일시":
            dates = [d for d in find_dates(ctx.text, "ko", doc_date, year_hint) if d.start >= start]
            if dates:
                out.append(make_relation("startDate", summit, None, ctx, "outline-date", 0.7, value=dates[0].first))
                if dates[0].last != dates[0].first:
                    out.append(make_relation("endDate", summit, None, ctx, "outline-date", 0.7, value=dates[0].last))
        elif name == "장소":
            for m in ctx.mentions:
                if ctx.rel(m) >= start and m.cls in ("Country", "City", "Venue"):
                    out.append(make_relation("hostCountry" if m.cls == "Country" else "heldIn", summit, m, ctx,
                                             "outline-place", 0.7))
        else:
            listing = True
            for m in ctx.mentions:
                if ctx.rel(m) >= start and (m.cls in AGENT_CLASSES or m.cls == "Person") and m is not summit:
                    out.append(make_relation("attended", m, summit, ctx, "outline-attended", 0.7))
    return out
