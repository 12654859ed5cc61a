"""Days that English reports write without their year (on 13 March, March 13-14): the article's
year, unless the authority data dates the summit to another one."""
from __future__ import annotations

import pytest

from extract.dates import find_dates
from extract.documents import DocMeta, Document
from extract.pipeline import extract
from graph.resolve import resolve


@pytest.mark.parametrize("text, first, last", [
    ("Ministers met on 13 March.", "2031-03-13", "2031-03-13"),
    ("Ministers met on 13–14 March.", "2031-03-13", "2031-03-14"),
    ("Ministers met on March 13-14.", "2031-03-13", "2031-03-14"),
    ("Ministers met on 13 and 14 March.", "2031-03-13", "2031-03-14"),
    ("Ministers met on March 13, 2029.", "2029-03-13", "2029-03-13"),     # a written year wins
    ("Ministers met on July 9th and 10th.", "2031-07-09", "2031-07-10"),  # days with their ordinal's letters
    ("Ministers met on 21st–22nd March 2029.", "2029-03-21", "2029-03-22"),
])
def test_a_day_without_its_year_takes_the_documents(text: str, first: str, last: str):
    [d] = find_dates(text, "en", "2031-03-20")
    assert (d.first, d.last) == (first, last)


def test_no_year_to_take_no_date():
    assert find_dates("Ministers met on 13 March.", "en", None) == []
    assert find_dates("Ministers met on 45 March.", "en", "2031-03-20") == []


def _dates(text: str, date: str) -> set[tuple[str, str, str]]:
    doc = Document("d", "d.txt", text, DocMeta(date=date), "0" * 64)
    res = resolve([extract(doc)], {"d": date})
    return {(f.subject, f.predicate, f.value) for f in res.facts if f.predicate in ("startDate", "endDate")}


def test_a_summit_held_on_a_day_without_its_year():
    found = _dates("The Ostrava AI Dialogue Summit was held in Lisbon on 13–14 March.", "2031-03-20")
    assert {f[1:] for f in found} == {("startDate", "2031-03-13"), ("endDate", "2031-03-14")}


def test_a_known_summit_of_another_year_does_not_take_the_articles_year():
    # the data dates the AI Seoul Summit to 2024; an article of 2031 recalls its days without the year
    found = _dates("The AI Seoul Summit was held in Seoul on May 21-22.", "2031-03-20")
    assert found == set()


@pytest.mark.parametrize("years", ["to reach US$1 trillion by 2030", "the Ostrava Digital Masterplan 2030",
                                   "a plan the country had pursued since 2020",
                                   "updated Guidelines for Submarine Cables (2031)", "a Strategy (2026-2030)"])
def test_an_undated_documents_year_is_no_target_period_or_years_in_a_name(years: str):
    # the document names no other year: its days stay without one rather than take a target's
    text = (f"From January 16 to 17, the Ostrava Ministry hosted the 5th Ostrava Digital Ministers’ Meeting. "
            f"Officials discussed {years}.")
    assert _dates(text, None) == set()


@pytest.mark.parametrize("text, first, last", [
    ("The forum ran from May 30 to June 2, 2029.", "2029-05-30", "2029-06-02"),
    ("The forum ran from 28 May – 2 June 2029.", "2029-05-28", "2029-06-02"),
])
def test_a_span_with_its_month_written_twice_is_one_span(text: str, first: str, last: str):
    # one span, not a day without its year and then another day
    [d] = find_dates(text, "en", "2031-03-20")
    assert (d.first, d.last) == (first, last)


def test_an_undated_documents_year_is_the_year_in_its_meetings_name():
    # the name's year is when the meeting met, unlike a plan's target year in its name
    text = ("Ostrava Data Summit 2029: a new start. The 3rd edition of the Ostrava Data Summit opened on "
            "November 12 in Brno. Ostrava had wanted to host it since 2020.")
    assert {f[1:] for f in _dates(text, None)} == {("startDate", "2029-11-12")}


def test_a_date_right_after_held_is_the_summits():
    found = _dates("The first Ostrava AI Summit commenced in Lisbon. The landmark event, held March 3-4 under the "
                   "theme “AI for All,” drew leaders from across Africa.", "2031-03-05")
    assert {f[1:] for f in found} == {("startDate", "2031-03-03"), ("endDate", "2031-03-04")}


def test_a_summits_days_in_brackets_after_its_name_are_when_it_met():
    text = ("After the opening day of the UK’s Latium Safety Summit (1 November), 28 countries agreed to "
            "cooperate. The Ostrava Data Forum (14–15 March 2031) closed.")
    assert _dates(text, "2031-11-02") == {("summit/latium-safety-summit-2031", "startDate", "2031-11-01"),
                                          ("summit/ostrava-data-forum-2031", "startDate", "2031-03-14"),
                                          ("summit/ostrava-data-forum-2031", "endDate", "2031-03-15")}
