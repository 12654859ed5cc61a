"""A Korean press release's outline of its event (⦁일시, ⦁장소, ⦁참석): fields with no verb, which
give the date, place and attendees of the meeting the document is about.  The release is made up."""
from __future__ import annotations

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many

RELEASE = """가나부, 라티움과 ‘제2차 가나-라티움 디지털 포럼’ 개최

가나부(장관 김철수)는 라티움 정부와 공동으로 ‘제2차 가나-라티움 디지털 포럼’을 개최하였다고 밝혔다.

⦁일시 : ‘31년 3월 4일(화) 10:00 ~ 17:00

⦁장소 : 프랑스 파리 라티움 회관

⦁참석

- (정부) 가나부 이영희 2차관, 박민수 한국지능정보사회진흥원장 등

- (참여국가) 스페인·호주 등 회원국 정부대표 및 메타 등 산업계

라티움은 다음 포럼을 개최할 예정이다.
"""


def facts() -> set[tuple[str, str, str]]:
    ex = extract_many([Document("doc", "doc.txt", RELEASE, DocMeta(date="2031-03-05"), "0" * 64)])[0]
    return {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in ex.relations
            if r.method.startswith("outline")}


def test_the_outlines_date_and_place_are_the_meetings():
    found = facts()
    assert ("startDate", "제2차 가나-라티움 디지털 포럼", "2031-03-04") in found
    assert {("heldIn", "제2차 가나-라티움 디지털 포럼", "파리"),
            ("hostCountry", "제2차 가나-라티움 디지털 포럼", "프랑스")} <= found


def test_the_dash_lines_under_the_attendance_field_attended_and_the_prose_after_them_did_not():
    attended = {s for r, s, o in facts() if r == "attended"}
    assert {"이영희", "박민수", "스페인", "호주", "메타"} <= attended
    assert "라티움" not in attended
