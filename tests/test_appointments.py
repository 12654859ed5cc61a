"""Appointments: the post named with the appointing verb is the appointee's new position.

Made-up people; the bodies are ones the authority data knows, because a position needs a body
the graph can name."""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many


def posts(text: str) -> set[tuple[str, str, str]]:
    """(person, body, English title) of every position the sentence gives by appointment."""
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, r.object.text, dict(r.extra)["title_en"]) for r in ex.relations
            if r.relation == "holdsPosition" and r.method == "appointed"}


@pytest.mark.parametrize("text", [
    "정부는 국가인공지능위원회 부위원장에 이서연 서울대 교수를 위촉했다.",        # the post, then the person's current title
    "정부는 서울대 이서연 교수를 국가인공지능위원회 부위원장으로 임명했다.",      # the person, then the post with (으)로
    "국가인공지능위원회 부위원장에 위촉된 이서연 교수는 소감을 밝혔다.",          # the appointee after the verb
    "‘국가인공지능위원회’의 초대 부위원장으로 이서연 라티움대 법학부 교수가 임명됐다.",  # its first holder, after 의
    "국가인공지능위원회 부위원장에는 이서연 라티움대 교수를 임명했다.",              # the post as the topic (에는)
    "이서연 라티움대 교수가 국가인공지능위원회 부위원장으로 선출됐다.",              # elected (선출), selected (선발)
])
def test_a_korean_post_marked_for_the_appointing_verb_is_the_appointees(text):
    assert posts(text) == {("이서연", "국가인공지능위원회", "Vice Chair")}


@pytest.mark.parametrize("text", [
    "The board appointed Jane Roe, a professor at Ostrava University, as Chair of the OECD.",
    "Jane Roe was named the new Chair of the OECD.",
])
def test_an_english_appointment_names_a_person_without_a_title_and_gives_them_the_post(text):
    assert posts(text) == {("Jane Roe", "OECD", "Chair")}


@pytest.mark.parametrize("text", [
    "The minister announced that Dr Jane Roe will serve as Ireland's first AI Ambassador.",
    "The government appointed Jane Roe as Ireland's new AI Ambassador.",
])
def test_a_post_after_its_countrys_possessive_is_in_that_country(text):
    assert posts(text) == {("Jane Roe", "Ireland", "AI Ambassador")}


def test_a_post_in_a_panel_gives_no_position_without_a_body():
    # a panel is an initiative, not an organisation a position can be in
    assert posts("이서연 교수가 유엔 ‘독립 국제 AI 과학패널’ 위원으로 선임됐다.") == set()


def test_two_appointees_sharing_a_post_are_left_to_the_reader():
    assert posts("The Secretary-General appointed Jane Roe and Tomas Berg, both professors, as co-chairs of "
                 "the OECD.") == set()


def test_a_verb_about_something_else_appoints_nobody():
    assert posts("The Ostrava Declaration was named after the city where the OECD met.") == set()


def test_a_numbered_post_given_by_appointment_keeps_its_number():
    assert posts("국가인공지능위원회 1부위원장에는 이서연 라티움대 교수를 임명했다.") == \
        {("이서연", "국가인공지능위원회", "First Vice Chair")}


def _titled(text: str) -> set[tuple[str, str]]:
    """(person, English title) of every post the sentence gives with the name, by any rule."""
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, dict(r.extra)["title_en"]) for r in ex.relations if r.relation == "holdsPosition"}


def test_in_a_list_of_appointments_a_post_is_not_the_next_names():
    assert _titled("The reshuffle sees Jane Roe MP appointed Minister for Science, Research and Innovation, "
                   "Anna Lopes MP appointed Minister for Data and Digital Infrastructure, and John Doe MP "
                   "appointed Minister for Tech.") == set()


def test_letters_after_a_name_are_no_part_of_it():
    assert _titled("The Minister for Data and Digital Infrastructure, Anna Lopes MP, said the plan would help.") \
        == {("Anna Lopes", "Minister for Data and Digital Infrastructure")}


@pytest.mark.parametrize("text, expected", [
    # the appointee's style is no part of the name; the field's acronym may follow the field
    ("The minister has appointed Dr Jane Roe as Chile's first Digital Technology (DT) Ambassador.",
     {("Jane Roe", "Chile", "Digital Technology Ambassador")}),
    # a post of the appointing body itself ("its", "the department's"), named before the verb
    ("Acme Corporation has appointed Jane Roe as its Chief Technology Officer.",
     {("Jane Roe", "Acme Corporation", "Chief Technology Officer")}),
    ("The Department of Data has appointed Jane Roe as the department's new Chief Artificial Intelligence Officer.",
     {("Jane Roe", "Department of Data", "Chief AI Officer")}),
])
def test_an_appointment_to_a_post_of_a_body_named_by_its_possessive(text, expected):
    assert posts(text) == expected
