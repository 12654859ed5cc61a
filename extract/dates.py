"""Dates as written in Korean and English news, resolved against the document's date.

Returns ISO strings: "2025-02-10" for a day, "2023-11" when only the month is
known.  Relative forms (지난 21일, 지난해 11월) need the document date; without
one they are left out rather than guessed.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .documents import MONTHS

_MONTH_NAMES = "|".join(MONTHS)


@dataclass(frozen=True)
class DateSpan:
    start: int           # offsets in the sentence
    end: int
    first: str           # ISO date or year-month
    last: str            # same as first for one day


def _iso(y, m, d=None) -> str | None:
    try:
        if d is None:
            datetime.date(int(y), int(m), 1)
            return f"{int(y):04d}-{int(m):02d}"
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except (ValueError, TypeError):
        return None


def _year(token: str | None, doc_year: int | None) -> int | None:
    if token is None:
        return doc_year
    token = token.strip("’'‘")
    if len(token) == 2:
        return 2000 + int(token)
    return int(token)


_KO = re.compile(
    r"(?:(?P<rel>지난해|작년|올해|내년)\s*|(?P<y>\d{4}|[’'‘]\d{2})\s*년\s*)?"
    r"(?P<m>\d{1,2})\s*월\s*(?:(?P<d1>\d{1,2})\s*(?:일\s*)?(?:(?:~|∼|〜|-|–|부터|과|와|,|및)\s*(?P<d2>\d{1,2})\s*일)?(?:일)?)?")
_DURATION = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7}
# 21∼22일, 15일과 16일, 15일부터 16일까지: two days of the document's month
_KO_SPAN = re.compile(r"(?P<d1>\d{1,2})\s*(?:(?:∼|~|〜|-|–)|일\s*(?:과|와|부터|에서|~|∼))\s*(?P<d2>\d{1,2})\s*일")
# 28일부터 11월 1일까지: a span whose first day takes the month before the last one's
_KO_ACROSS = re.compile(r"(?<!\d)(?P<d1>\d{1,2})\s*일\s*(?:부터|~|∼|〜|-|–)\s*(?P<m>\d{1,2})\s*월\s*(?P<d2>\d{1,2})\s*일")
_KO_FOR = re.compile(r"^\s*(?:저녁|오전|오후|아침)?\s*부터\s*(?P<n>이틀|사흘|나흘|닷새|엿새|이레)")
_KO_REL_DAY = re.compile(r"(?:(?:지난|오는)\s*|(?<![^\s]))(?P<d>\d{1,2})\s*일(?!\s*(?:차|간|째|동안))")   # not 2일간
_KO_REL_MONTH = re.compile(r"(?P<w>내달|다음\s*달|지난\s*달|이달|이번\s*달)\s*$")
_EN = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+)?(?P<mon>{_MONTH_NAMES})"
    rf"(?:\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?)?)?,?\s+(?P<y>\d{{4}})")   # 14-15 March, 2024

# a span across two months, or one written with the month twice: May 30 to June 2, 2031; 28 May – 2 June 2031
_EN_ACROSS = re.compile(
    rf"(?:(?P<ma>{_MONTH_NAMES})\s+(?P<da>\d{{1,2}})(?:st|nd|rd|th)?|(?P<db>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mb>{_MONTH_NAMES}))"
    rf"\s*(?:to|until|through|-|–)\s*"
    rf"(?:(?P<mc>{_MONTH_NAMES})\s+(?P<dc>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<md>{_MONTH_NAMES})),?\s+(?P<y>\d{{4}})")


# a day written without its year (on 13 March, 13–14 March, March 13-14): the document's year
# (days may carry their ordinal's letters, in this and the patterns above: July 9th and 10th)
_EN_DAY = re.compile(
    rf"(?<![\d\w])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?P<mon>{_MONTH_NAMES})\b|"
    rf"(?P<mon2>{_MONTH_NAMES})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?)?(?!\d))(?!,?\s+\d{{4}})")


def _month_of(doc: datetime.date, day: int, before: str) -> tuple[int, int]:
    """The year and month of a day written without them, from the words ``before`` it: the month
    they name (내달 21일, 지난달 5일, 이달 3일), else the document's, or the one before or after it
    when 지난 (last) or 오는 (coming) says the day is past or to come."""
    y, mo = doc.year, doc.month
    rel = _KO_REL_MONTH.search(before)
    if rel:
        word = re.sub(r"\s", "", rel.group("w"))
        step = 1 if word in ("내달", "다음달") else -1 if word == "지난달" else 0
    else:
        last = before.rstrip()[-2:]
        step = -1 if last == "지난" and day > doc.day else 1 if last == "오는" and day < doc.day else 0
    mo += step
    if mo == 0:
        y, mo = y - 1, 12
    if mo == 13:
        y, mo = y + 1, 1
    return y, mo


def find_dates(text: str, lang: str, doc_date: str | None, year_hint: int | None = None) -> list[DateSpan]:
    doc = datetime.date.fromisoformat(doc_date) if doc_date and len(doc_date) == 10 else None
    doc_year = doc.year if doc else year_hint
    out: list[DateSpan] = []
    if lang == "ko":
        for m in _KO_ACROSS.finditer(text) if doc_year else ():
            if text[:m.start()].rstrip().endswith("월"):
                continue        # 12월 30일부터 1월 2일까지: the first day has its month
            mo, d1, d2 = int(m.group("m")), int(m.group("d1")), int(m.group("d2"))
            y1, mo1 = (doc_year, mo - 1) if d1 > d2 else (doc_year, mo)
            if mo1 == 0:
                y1, mo1 = doc_year - 1, 12
            a, b = _iso(y1, mo1, d1), _iso(doc_year, mo, d2)
            if a and b and a < b:
                out.append(DateSpan(m.start(), m.end(), a, b))
        for m in _KO.finditer(text):
            if any(s.start <= m.start() < s.end for s in out):
                continue
            if m.group("rel"):
                base = doc.year if doc else None
                if base is None:
                    continue
                y = base + {"지난해": -1, "작년": -1, "올해": 0, "내년": 1}[m.group("rel")]
            else:
                y = _year(m.group("y"), doc_year)
            if y is None:
                continue
            month, d1, d2 = m.group("m"), m.group("d1"), m.group("d2")
            first = _iso(y, month, d1) if d1 else _iso(y, month)
            last = _iso(y, month, d2) if d2 else first
            if first and last:
                out.append(DateSpan(m.start(), m.end(), first, last))
        for m in _KO_SPAN.finditer(text):                # before single days, which would take its first day alone
            if doc is None or any(s.start <= m.start() < s.end for s in out):
                continue
            y, mo = _month_of(doc, int(m.group("d1")), text[max(0, m.start() - 8):m.start()])
            a, b = _iso(y, mo, m.group("d1")), _iso(y, mo, m.group("d2"))
            if a and b and a < b:
                out.append(DateSpan(m.start(), m.end(), a, b))
        for m in _KO_REL_DAY.finditer(text):
            if doc is None or any(s.start <= m.start() < s.end for s in out):
                continue
            day = int(m.group("d"))
            y, mo = _month_of(doc, day, text[max(0, m.start("d") - 8):m.start("d")])
            iso = _iso(y, mo, day)
            last = iso
            dur = _KO_FOR.match(text[m.end():])          # 16일부터 닷새 동안 → the 16th to the 20th
            if iso and dur:
                last = (datetime.date.fromisoformat(iso) + datetime.timedelta(days=_DURATION[dur.group("n")] - 1)).isoformat()
            if iso:
                out.append(DateSpan(m.start(), m.end(), iso, last))
    else:
        for m in _EN_ACROSS.finditer(text):
            y = int(m.group("y"))
            first = _iso(y, MONTHS[m.group("ma") or m.group("mb")], m.group("da") or m.group("db"))
            last = _iso(y, MONTHS[m.group("mc") or m.group("md")], m.group("dc") or m.group("dd"))
            if first and last and first <= last:
                out.append(DateSpan(m.start(), m.end(), first, last))
        for m in _EN.finditer(text):
            if any(s.start <= m.start() < s.end or m.start() <= s.start < m.end() for s in out):
                continue
            mon = MONTHS[m.group("mon")]
            d1 = m.group("d1") or m.group("d3")
            d2 = m.group("d2") or m.group("d4")
            y = int(m.group("y"))
            first = _iso(y, mon, d1) if d1 else _iso(y, mon)
            last = _iso(y, mon, d2) if d2 else first
            if first and last:
                out.append(DateSpan(m.start(), m.end(), first, last))
        for m in _EN_DAY.finditer(text) if doc_year else ():
            if any(s.start <= m.start() < s.end for s in out):
                continue
            mon = MONTHS[m.group("mon") or m.group("mon2")]
            d1, d2 = m.group("d1") or m.group("d3"), m.group("d2") or m.group("d4")
            first = _iso(doc_year, mon, d1)
            last = _iso(doc_year, mon, d2) if d2 else first
            if first and last and first <= last:
                out.append(DateSpan(m.start(), m.end(), first, last))
    if lang == "ko":
        out += _day_before(text, sorted(out, key=lambda d: d.start), doc)
        out = _joined_spans(text, sorted(out, key=lambda d: d.start))
    return sorted(out, key=lambda d: d.start)


_SPAN_JOIN_KO = re.compile(r"\s*(?:부터|~|∼|〜|-|–)\s*")


def _joined_spans(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """3월 18일부터 3월 20일까지, 3월 30일 ~ 4월 1일: two dates written whole, one span."""
    out: list[DateSpan] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and _SPAN_JOIN_KO.fullmatch(text, prev.end, d.start) and prev.first < d.last and \
                prev.first == prev.last and d.first == d.last:
            out[-1] = DateSpan(prev.start, d.end, prev.first, d.last)
            continue
        out.append(d)
    return out


# the day before the date just named, or the document's (22일 … 에 따르면 … 전날 하노이에서 개최됐다)
_KO_DAY_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])전날(?![\uac00-\ud7a3])")


def _day_before(text: str, found: list[DateSpan], doc: datetime.date | None) -> list[DateSpan]:
    out = []
    for m in _KO_DAY_BEFORE.finditer(text):
        named = [d for d in found if d.end <= m.start() and len(d.first) == 10]
        base = datetime.date.fromisoformat(named[-1].first) if named else doc
        if base is not None:
            iso = (base - datetime.timedelta(days=1)).isoformat()
            out.append(DateSpan(m.start(), m.end(), iso, iso))
    return out
