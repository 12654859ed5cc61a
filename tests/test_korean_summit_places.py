"""Where and when a summit was held, read from Korean sentences whose verb ends them:
the summit is the subject (‘…정상회의’가 파리에서 열렸다), and a place or date belongs to it only
when no other summit or held verb comes between them and the verb, since Korean nests the
earlier meetings of a series inside the sentence (영국에서 열린 ‘…’에 이어 … 개최됐다)."""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many


def extraction(text: str, date: str | None = "2026-05-01"):
    """The extraction of one made-up document."""
    return extract_many([Document("doc", "doc.txt", text, DocMeta(date=date), "0" * 64)])[0]


def held(text: str, date: str | None = "2025-02-11") -> set[tuple[str, str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date=date), "0" * 64)])[0]
    wanted = ("heldIn", "hostCountry", "startDate", "endDate")
    return {(r.relation, r.subject.text, r.object.text if r.object else r.value)
            for r in ex.relations if r.relation in wanted}


# (and the nominal endings of reports and summaries: 개최됨, 개최함, 열림)
@pytest.mark.parametrize("verb", ["열렸다", "개최됐다", "개최되었다", "개막했다", "개최됨", "개최함", "열림"])
def test_the_subject_summit_is_held_where_the_sentence_says(verb: str):
    found = held(f"‘AI 행동 정상회의’가 10일 프랑스 파리에서 {verb}.")
    assert {("heldIn", "AI 행동 정상회의", "파리"), ("hostCountry", "AI 행동 정상회의", "프랑스"),
            ("startDate", "AI 행동 정상회의", "2025-02-10")} <= found


# 실시 (carried out) holds a meeting as 개최 does, in reports of talks between governments
@pytest.mark.parametrize("verb", ["실시했다", "실시했다고 보도함", "실시함"])
def test_governments_carry_out_a_meeting_where_the_sentence_says(verb: str):
    found = held(f"2031년 3월 4일, 칠레 및 페루 정부가 스위스 제네바에서 ‘칠레·페루 제1차 AI 대화’를 {verb}.")
    assert {("heldIn", "칠레·페루 제1차 AI 대화", "제네바"), ("hostCountry", "칠레·페루 제1차 AI 대화", "스위스"),
            ("startDate", "칠레·페루 제1차 AI 대화", "2031-03-04")} <= found


def test_a_bracketed_english_name_between_the_summit_and_its_particle():
    found = held("지난 1일 영국에서 ‘인공지능 안전 정상회의’(AI Safety Summit)가 개막했다.", "2023-11-02")
    assert ("hostCountry", "AI Safety Summit", "영국") in found or \
        ("hostCountry", "인공지능 안전 정상회의", "영국") in found


def test_places_of_the_earlier_summits_named_inside_the_sentence_stay_theirs():
    found = held("AI 행동 정상회의는 지난해 5월 한국에서 열린 AI 서울 정상회의에 이어 10일부터 이틀간 개최됐다.")
    assert ("hostCountry", "AI 서울 정상회의", "한국") in found
    assert not {f for f in found if f[1] == "AI 행동 정상회의" and f[0] in ("hostCountry", "heldIn")}
    assert ("startDate", "AI 행동 정상회의", "2025-02-10") in found


def test_a_country_named_in_the_sentence_but_not_where_it_was_held_is_not_the_host():
    found = held("미국 대표단이 참석한 AI 행동 정상회의는 파리에서 개최됐다.")
    assert ("heldIn", "AI 행동 정상회의", "파리") in found
    assert ("hostCountry", "AI 행동 정상회의", "미국") not in found


def test_a_summit_named_with_a_bracketed_gloss_is_one_name():
    found = held("19일 오사카에서 개막한 주요 20개국(G20) 정상회의는 성명을 발표했다.", "2019-06-29")
    assert ("heldIn", "주요 20개국(G20) 정상회의", "오사카") in found


def test_the_ai_gloss_does_not_make_a_generic_meeting_a_name():
    ex = extract_many([Document("doc", "doc.txt", "인도 총리는 차기 인공지능(AI) 정상회의 개최국으로서 연설했다.",
                                DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls == "Summit" and not m.reference]


def test_the_opening_ceremony_of_a_summit_is_held_where_the_summit_is():
    found = held("‘AI 행동 정상회의’ 개막식이 10일 오전 파리 시내 한 호텔에서 개최됐다.")
    assert ("heldIn", "AI 행동 정상회의", "파리") in found


def test_a_city_before_a_named_venue_is_where_it_was_held_too():
    found = held("‘AI 행동 정상회의’가 파리 그랑팔레에서 열렸다.")
    assert {("heldIn", "AI 행동 정상회의", "파리"), ("heldIn", "AI 행동 정상회의", "그랑팔레")} <= found


def test_a_summit_named_with_its_gloss_is_the_one_named_by_the_gloss_alone():
    from graph.resolve import resolve
    text = "19일 오사카에서 개막한 주요 20개국(G20) 정상회의는 성명을 발표했다. G20 정상회의에는 정상들이 참석했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    summits = [e for e in res.entities.values() if e.cls == "Summit"]
    assert [(e.labels["ko"], e.alt_labels) for e in summits] == [("주요 20개국(G20) 정상회의", {("G20 정상회의", "ko")})]


def test_a_meeting_named_by_the_body_that_holds_it():
    found = held("배경훈 장관이 20일 인도 뉴델리에서 열린 '인공지능에 관한 글로벌 파트너십(GPAI)' 각료이사회에 참석했다.",
                 "2030-11-21")
    name = "인공지능에 관한 글로벌 파트너십(GPAI) 각료이사회"
    assert {("heldIn", name, "뉴델리"), ("hostCountry", name, "인도"), ("startDate", name, "2030-11-20")} <= found


def test_a_quoted_name_and_its_bracketed_short_name_are_one_summit():
    from graph.resolve import resolve
    doc = Document("doc", "doc.txt", "김철수 본부장이 4∼5일 칠레 산티아고에서 열린 '2030 인공지능 안전에 관한 고위급회의'"
                   "(ASAI 고위급회의)에 참석했다.", DocMeta(date="2030-03-06"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2030-03-06"})
    summits = [e for e in res.entities.values() if e.cls == "Summit"]
    assert len(summits) == 1


def test_a_meeting_named_by_its_body_and_topic():
    found = held("정부는 4일 인천 가나컨벤시아에서 첫 아시아태평양경제협력체(APEC) 디지털·인공지능(AI) 장관회의를 "
                 "개최했다.", "2030-08-05")
    name = "아시아태평양경제협력체(APEC) 디지털·인공지능(AI) 장관회의"
    assert {("heldIn", name, "인천"), ("startDate", name, "2030-08-04")} <= found


def test_the_summit_an_active_held_verb_takes_as_object_is_held_where_the_clause_says():
    found = held("정부는 지난해 오슬로에서 열린 ‘AI 행동 정상회의’에 이어 올해 부산에서 ‘AI 부산 포럼’을 개최했다.")
    assert ("heldIn", "AI 부산 포럼", "부산") in found
    assert ("heldIn", "AI 부산 포럼", "오슬로") not in found
    assert ("heldIn", "AI 행동 정상회의", "오슬로") in found


def test_an_undated_documents_year_is_not_a_founding_year_it_names():
    text = ("G20 디지털경제 장관회의가 9월 29~30일 오슬로에서 열렸다.\n"
            "G20은 2008년 글로벌 금융위기 극복을 위해 출범한 협의체다.")
    assert not {f for f in held(text, None) if f[0] in ("startDate", "endDate")}
    dated = text.replace("G20은 2008년 글로벌 금융위기 극복을 위해 출범한 협의체다.", "2030년 회의는 칠레가 주최했다.")
    assert ("startDate", "G20 디지털경제 장관회의", "2030-09-29") in held(dated, None)


def test_an_undated_documents_year_is_not_the_year_of_a_meeting_still_to_come():
    text = ("G20 디지털경제 장관회의가 9월 29~30일 오슬로에서 열렸다.\n"
            "다음 회의는 2031년 리마에서 열릴 예정이다.")
    assert not {f for f in held(text, None) if f[0] in ("startDate", "endDate")}
    english = "The G20 Digital Economy Ministers' Meeting met in Oslo on 29 September. The next will be held in 2031."
    assert not {f for f in held(english, None) if f[0] in ("startDate", "endDate")}


def test_a_plain_meeting_named_by_a_known_body():
    found = held("김철수 소장이 20일 오슬로 가나 클럽에서 열린 국제 AI 안전연구소 네트워크 첫 회의에 참석했다.",
                 "2030-11-21")
    assert ("heldIn", "국제 AI 안전연구소 네트워크 회의", "오슬로") in found
    assert not [f for f in held("정부 회의가 오슬로에서 열렸다.") if f[0] == "heldIn"]


def test_a_meeting_named_by_an_acronym_the_data_does_not_know():
    found = held("XYZ 회의는 회원국 대표가 모여 논의하는 협의체로, 올해는 10월 15~16일 파리에서 개최되었다.", "2030-10-20")
    assert {("heldIn", "XYZ 회의", "파리"), ("startDate", "XYZ 회의", "2030-10-15")} <= found
    assert not [f for f in held("AI 회의가 파리에서 열렸다.") if f[1] == "AI 회의"]


@pytest.mark.parametrize("days", ["15일과 16일", "15일부터 16일까지", "15~16일"])
def test_two_days_without_a_month_are_the_span_the_meeting_took(days: str):
    found = held(f"{days} 이틀 간 네덜란드 헤이그에서 열린 ‘라티움 AI 장관회의’는 폐막했다.", "2031-02-17")
    assert {("startDate", "라티움 AI 장관회의", "2031-02-15"), ("endDate", "라티움 AI 장관회의", "2031-02-16")} <= found


def test_last_days_of_the_previous_month():
    found = held("지난 20~21일 헤이그에서 열린 ‘라티움 AI 장관회의’는 폐막했다.", "2031-03-02")
    assert ("startDate", "라티움 AI 장관회의", "2031-02-20") in found


def test_the_days_a_summit_was_chaired_are_its_dates():
    found = held("이번 논의는 지난 21일과 22일 김철수 대통령이 주재한 ‘라티움 AI 정상회의’ 후속 조치다.", "2031-05-31")
    assert {("startDate", "라티움 AI 정상회의", "2031-05-21"), ("endDate", "라티움 AI 정상회의", "2031-05-22")} <= found


def test_next_month_and_a_duration_in_days():
    # announced on 12 April: 내달 is May, and 2일간 says how long, not the 2nd
    found = held("우리 정부는 내달 21일부터 22일까지 2일간 ‘라티움 AI 정상회의’를 공동 개최한다.", "2031-04-12")
    dates = {(r, v) for r, _, v in found if r in ("startDate", "endDate")}
    assert dates == {("startDate", "2031-05-21"), ("endDate", "2031-05-22")}


def test_the_day_of_an_announcement_is_not_the_meetings():
    # the date follows the announcer (대통령실은 12일), the held verb is still to come
    assert not {f for f in held("대통령실은 12일 보도자료를 통해 두 나라가 ‘라티움 AI 정상회의’를 공동 개최한다고 "
                                "밝혔다.", "2031-04-12") if f[0] == "startDate"}
    # dates after the document's own are the meeting's, announced or not
    found = held("정부는 21일부터 22일까지 ‘라티움 AI 정상회의’를 개최한다고 밝혔다.", "2031-04-12")
    assert ("startDate", "라티움 AI 정상회의", "2031-04-21") in found


@pytest.mark.parametrize("sentence", [
    "세계 AI 정상회담, 내년 한국서 열린다",
    "장관은 개막식에서 6개월 후에 한국에서 소규모 가상 AI 안전 정상회담을 개최한다고 밝혔다.",
])
def test_a_meeting_still_to_come_is_not_the_one_the_data_or_the_document_knows(sentence: str):
    assert held(sentence) == set()


def test_a_newly_named_meeting_to_come_is_where_it_says():
    assert held("리스본 디지털 정상회의가 내년 리스본에서 열린다.") == {("heldIn", "리스본 디지털 정상회의", "리스본")}


def test_the_country_that_is_the_subject_is_not_where_the_summit_was_held():
    found = held("중국 정부는 지난해 영국에서 열린 ‘가나 AI 정상회의’에는 참석했지만 이번 회의에는 불참했다.")
    assert ("hostCountry", "가나 AI 정상회의", "영국") in found
    assert not [f for f in found if f[2] == "중국"]


def test_a_summit_named_by_where_it_was_held_in_a_clause_whose_verb_is_negated():
    # the negation is the signing's, not the 열린 that says where the summit met
    found = held("작년 스웨덴과 노르웨이는 오슬로에서 열린 ‘북유럽 AI 정상회의’에서 공동 선언에 서명하지 않았다.")
    assert ("heldIn", "북유럽 AI 정상회의", "오슬로") in found
    assert not held("‘북유럽 AI 정상회의’는 오슬로에서 열리지 않았다.")


def test_the_day_before_the_date_of_the_report_is_when_the_forum_met():
    found = held("22일 현지 매체에 따르면 2031 한국-칠레 디지털 포럼이 ‘AI 시대의 동반자’라는 주제로 전날 오슬로에서 "
                 "개최됐다.", "2031-11-23")
    assert {("startDate", "한국-칠레 디지털 포럼", "2031-11-21"), ("heldIn", "한국-칠레 디지털 포럼", "오슬로")} == found


def test_a_city_then_a_venue_of_four_words():
    found = held("김철수 총리는 이날 오슬로 가나대 라 가나 캠퍼스에서 열린 ‘북유럽 디지털 비전 포럼’ 연설에서 구상을 공개했다.")
    assert ("heldIn", "북유럽 디지털 비전 포럼", "오슬로") in found


def test_a_span_whose_first_day_has_no_month_takes_the_month_before_the_last_days():
    found = held("홍길동 위원장은 28일부터 11월 1일까지 라티움에서 열리는 ‘제9차 라티움 개인정보 총회’에 참석한다.", "2031-10-27")
    assert {("startDate", "제9차 라티움 개인정보 총회", "2031-10-28"),
            ("endDate", "제9차 라티움 개인정보 총회", "2031-11-01")} <= found


def test_a_compound_ending_in_meeting_glossed_by_an_acronym_is_a_meeting():
    found = held("12월 3일부터 14일까지 두바이에서 개최되는 국제라티움통신세계회의(WCRT-12)에서는 규칙 개정이 논의된다.",
                 "2031-12-02")
    assert {("heldIn", "국제라티움통신세계회의", "두바이"), ("startDate", "국제라티움통신세계회의", "2031-12-03"),
            ("endDate", "국제라티움통신세계회의", "2031-12-14")} <= found


def test_a_place_the_data_does_not_know_is_found_by_its_country_before_it():
    found = held("과기정통부는 이날 필리핀 라티움섬에서 열린 ‘라티움 디지털 장관회의’에 참석했다.")
    assert {("heldIn", "라티움 디지털 장관회의", "라티움섬"), ("hostCountry", "라티움 디지털 장관회의", "필리핀")} <= found


def test_another_object_of_the_hosting_verb_keeps_its_own_place():
    found = held("진흥원은 25일 페루 리마에서 ‘한-페루 협력과제 결과보고회’를, 27일 칠레 산티아고에서 "
                 "‘한-칠레 디지털 포럼’을 개최했다.")
    assert ("hostCountry", "한-칠레 디지털 포럼", "칠레") in found
    assert not {f for f in found if f[1] == "한-칠레 디지털 포럼" and f[2] in ("페루", "리마")}


def test_a_summit_being_held_at_a_resort_in_a_region_of_a_country():
    # 열리고 있다 (is being held); the country, then where in it, then the venue marked 에서
    found = held("가나 정상회의는 3~5일 스페인 북부 오스트라의 벨라 리조트에서 열리고 있다.", "2031-06-04")
    assert found == {("hostCountry", "가나 정상회의", "스페인"), ("heldIn", "가나 정상회의", "벨라 리조트"),
                     ("startDate", "가나 정상회의", "2031-06-03"), ("endDate", "가나 정상회의", "2031-06-05")}


def test_a_hotels_name_starts_after_the_city_and_district_it_is_in():
    found = held("과학기술정보통신부는 30일 서울시 송파구 벨라 호텔에서 ‘제4차 가나 디지털 장관회의’를 개최했다.", "2031-06-14")
    assert ("heldIn", "제4차 가나 디지털 장관회의", "벨라 호텔") in found


def test_a_summit_held_and_then_more_said_in_one_sentence():
    found = held("외교부가 주최한 ‘가나 디지털 포럼’이 부산에서 열려, 전문가들이 협력 방안을 논의했다.")
    assert ("heldIn", "가나 디지털 포럼", "부산") in found


def test_a_city_named_with_its_administrative_suffix_is_the_city():
    found = held("최민수 장관이 지난 9일 부산광역시 해운대구 가나홀에서 열린 ‘가나 디지털 장관회의’에 참석했다.", "2031-06-14")
    assert ("heldIn", "가나 디지털 장관회의", "부산광역시") in found


def test_an_adverb_between_the_summit_and_the_hosting_verb():
    found = held("외교부는 부산 벨라 호텔에서 ‘가나 디지털 포럼’을 성황리에 개최했다고 밝혔다.", "2031-06-14")
    assert {("heldIn", "가나 디지털 포럼", "부산"), ("heldIn", "가나 디지털 포럼", "벨라 호텔")} <= found


def test_a_body_that_held_a_meeting_held_it_where_and_when_the_sentence_says():
    found = held("가나부는 10일 부산 해운대구 벨라 호텔에서 제2차 아시아·태평양 정보 장관회의를 열었다.")
    assert {("heldIn", "아시아·태평양 정보 장관회의", "벨라 호텔"),
            ("startDate", "아시아·태평양 정보 장관회의", "2025-02-10")} <= found


def test_a_city_then_a_venue_of_two_words_is_where_it_opened():
    assert ("heldIn", "오스트라바 디지털 정상회의", "오슬로") in held("오스트라바 디지털 정상회의가 22일 오슬로 시청 대강당에서 개막했다.")


@pytest.mark.parametrize("text", [
    "라티움은 10일 칠레 산티아고에서 열린 ‘라티움 디지털 장관회의’에 참석했다. 이 회의는 2022년 한국에서 처음 개최됐다.",
    "Latium attended the Latium Digital Ministers’ Meeting held in Santiago, Chile on 10 May. "
    "The meeting was first held in Korea in 2022.",
])
def test_where_a_series_was_first_held_is_not_where_this_meeting_is(text: str):
    places = {(rel, place) for rel, _, place in held(text) if rel in ("heldIn", "hostCountry")}
    assert places in ({("heldIn", "산티아고"), ("hostCountry", "칠레")}, {("heldIn", "Santiago"), ("hostCountry", "Chile")})


def test_the_year_a_series_was_first_held_is_not_an_undated_documents_year():
    assert not any(rel == "startDate" for rel, _, _ in
                   held("‘라티움 디지털 장관회의’가 5월 10일 산티아고에서 열렸다. 이 회의는 2022년 한국에서 처음 개최됐다.", None))


def test_a_meeting_held_somewhere_for_the_first_time_is_held_there():
    # no earlier year: "first" says this meeting is the first there, not where a series began
    found = held("김철수 총리는 19일 칠레 산티아고에서 처음 개최된 ‘라티움 AI 정상회의’에 참석했다.")
    assert {("heldIn", "라티움 AI 정상회의", "산티아고"), ("hostCountry", "라티움 AI 정상회의", "칠레")} <= found


@pytest.mark.parametrize("province", ["경기", "경상북도"])
def test_a_city_after_its_province_is_where_the_meeting_was_held(province: str):
    found = held(f"‘라티움 데이터 포럼’이 27일 {province} 오스트라시 판교 글로벌R&D센터에서 열렸다.", "2024-11-27")
    assert ("heldIn", "라티움 데이터 포럼", "오스트라시") in found
    ex = extract_many([Document("doc", "doc.txt", "포럼이 판교 글로벌R&D센터에서 열렸다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.text.startswith("D")]     # no name cut from inside "R&D"


def test_the_countries_by_whose_co_hosting_a_meeting_was_held_are_its_hosts():
    found = held("올해 ‘라티움 데이터 포럼’이 한국과 네덜란드, 케냐의 공동주최로 서울에서 개최됐다.")
    assert {o for r, s, o in found if r == "hostCountry"} == {"한국", "네덜란드", "케냐"}


def test_the_date_of_another_meeting_held_before_is_not_the_documents_meetings():
    text = ("대통령은 26일 ‘라티움 데이터 위원회 출범식 및 제1차 회의’를 주재했다. 대통령은 지난 4월 열린 반도체 현안 "
            "점검회의에서 ‘라티움 이니셔티브’를 발표한 바 있다.")
    assert ("startDate", "라티움 데이터 위원회 출범식 및 제1차 회의", "2025-04") not in held(text)


def test_a_bodys_meeting_of_ministers_with_a_long_portfolio_glued_is_a_meeting():
    found = held("지난 19일 인도 벵갈루루에서 개최된 주요 20개국(G20) 디지털경제장관회의에 참석했다.", "2023-08-20")
    assert {("hostCountry", "주요 20개국(G20) 디지털경제장관회의", "인도"),
            ("startDate", "주요 20개국(G20) 디지털경제장관회의", "2023-08-19")} <= found


def test_two_whole_dates_joined_by_from_and_to_are_one_span():
    from extract.dates import find_dates
    spans = find_dates("포럼은 3월 18일부터 3월 20일까지 사흘간 오슬로에서 개최된다.", "ko", "2031-03-10")
    assert [(d.first, d.last) for d in spans] == [("2031-03-18", "2031-03-20")]


def test_the_countries_a_meeting_was_co_hosted_with_host_it_and_a_co_host_countrys_envoy_chairs_nothing():
    text = ("우리 정부는 2031년 3월 18일 서울에서 ‘제3차 라티움 정상회의’를 영국, 에콰도르, 미국 정부와 공동 주최하였다. "
            "이어 공동주최국인 안나 로페스 영국 부총리의 발언이 이루어졌다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-03-19"), "0" * 64)])[0]
    facts = {(r.relation, r.object.text if r.object else r.value) for r in ex.relations}
    assert {("hostCountry", "영국"), ("hostCountry", "에콰도르"), ("hostCountry", "미국")} <= facts
    assert not [r for r in ex.relations if r.relation == "chaired" and r.subject.text == "안나 로페스"]


def test_an_event_of_a_text_held_somewhere_is_not_the_documents_summit():
    text = ("김민서 위원장이 17일 서울 용산구 가나호텔에서 열린 '라티움 프라이버시 공동 선언문' 확대 행사에서 "
            "선언문에 서명을 하고 있다. 앞서 가나위원회는 지난 2월 '라티움 AI 정상회의'에서 공동 선언문을 채택한 바 있다.")
    assert not {(s, r, o) for s, r, o in held(text) if o in ("Seoul", "서울", "South Korea", "대한민국", "한국")}


def test_a_generic_ai_summit_in_a_document_about_another_kind_of_summit_is_another_meeting():
    text = ("주요 7개국(G7)이 지난 5월 일본 히로시마에서 연 정상회의를 계기로 성명을 냈다. 지난 5월 20일 주요 7개국(G7) "
            "정상회의가 열린 일본 히로시마에서 정상들이 기념촬영을 했다. 또 11월 1∼2일 영국에서 열리는 AI 정상회담을 "
            "기대한다고 덧붙였다.")
    found = held(text, "2023-10-31")
    assert ("hostCountry", "주요 7개국(G7) 정상회의", "영국") not in found
    assert not {f for f in found if f[2].startswith("2023-11")}


def test_the_place_of_another_event_held_around_a_meeting_is_not_the_documents_summits():
    # the meeting word after the first verb is the second verb's (열린 학회 행사 중 개최된 회의), and the city
    # and date marked for the first verb are the 학회's; the document's summit was held in Paris on the 10th
    found = held("‘AI 행동 정상회의’가 10일 프랑스 파리에서 열렸다. 결정은 지난 13일 칠레 산티아고에서 열린 "
                 "라티움데이터학회(LDS) 행사 중 개최된 운영 회의에서 내려졌다.")
    assert found == {("heldIn", "AI 행동 정상회의", "파리"), ("hostCountry", "AI 행동 정상회의", "프랑스"),
                     ("startDate", "AI 행동 정상회의", "2025-02-10")}


@pytest.mark.parametrize("headline", ["칠레에서 제1회 ‘데이터 정상회의’ 개최…공동선언 채택",
                                      "칠레에서 ‘데이터 정상회의’ 개최"])
def test_a_headlines_bare_noun_holds_the_meeting_as_the_verb_does(headline):
    assert ("hostCountry", "데이터 정상회의", "칠레") in held(headline + "\n\n본문은 다음과 같다.")


def test_a_headlines_meeting_still_to_be_held_is_not_held_there():
    assert not held("칠레에서 ‘데이터 정상회의’ 개최 예정\n\n본문은 다음과 같다.")


def test_a_numbered_meeting_of_talks_on_ai_is_a_meeting_of_its_own():
    # AI 정책협의회 alone is a kind of meeting; its number makes it one meeting of a series
    found = held("두 기관은 10일 칠레 산티아고에서 제4차 AI 정책협의회를 열었다.")
    assert {("heldIn", "제4차 AI 정책협의회", "산티아고"), ("hostCountry", "제4차 AI 정책협의회", "칠레")} <= found


def test_speech_that_ends_in_a_noun_is_no_texts_name():
    text = "위원회 대변인은 “내년에도 두 나라와 공동 연구를 꾸준히 이어 갈 계획”이라며 웃었다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls == "Strategy"]


@pytest.mark.parametrize("verb", ["막을 내린", "폐막한"])
def test_a_meeting_that_closed_somewhere_was_held_there(verb: str):
    found = held(f"10일 프랑스 리옹에서 {verb} ‘라티움 데이터 장관회의’에서 장관들은 성명을 발표했다.")
    assert {("heldIn", "라티움 데이터 장관회의", "리옹"), ("hostCountry", "라티움 데이터 장관회의", "프랑스")} <= found


def test_a_city_after_its_country_and_region_is_where_the_meeting_was_held():
    # a foreign prefecture or state between them (…현, …주); the city may end in 시
    found = held("10일 일본 가나자와현 오스트라시에서 열린 ‘라티움 데이터 장관회의’에서 장관들은 성명을 발표했다.")
    assert {("heldIn", "라티움 데이터 장관회의", "오스트라시"), ("hostCountry", "라티움 데이터 장관회의", "일본")} <= found


def test_a_ministers_meeting_whose_head_is_two_words_and_whose_fields_a_dot_joins():
    found = held("10일 프랑스 리옹에서 열린 G7 교통·물류 담당 각료 회의에서 장관들은 성명을 발표했다.")
    assert ("hostCountry", "G7 교통·물류 담당 각료 회의", "프랑스") in found


def test_a_numbered_working_level_meeting_is_held_where_the_sentence_says():
    found = held("양국은 10일 칠레 산티아고에서 제1차 ‘칠레-페루 AI 실무협의’를 개최했다.")
    assert ("heldIn", "칠레-페루 AI 실무협의", "산티아고") in found


def test_a_summit_written_with_the_loanword_seomit_is_the_summit_the_data_knows():
    ex = extract_many([Document("doc", "doc.txt", "김민준 장관은 2031년 AI for Good 글로벌 서밋에 참석했다.",
                                DocMeta(date="2031-07-08"), "0" * 64)])[0]
    assert [m.authority_ids for m in ex.mentions if m.cls == "Summit"] == [("summit/ai-for-good-global-summit",)]


def test_two_bodies_joined_by_a_dot_after_an_acronym_are_not_one_name():
    ex = extract_many([Document("doc", "doc.txt", "김 차관은 AI 투자기업 LTX·가나부와 면담했다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if "·" in m.text]


@pytest.mark.parametrize("text, name", [
    ("라티움 정부가 작성한 ‘라티움 AI 백서’ 초안이 공개됐다.", "라티움 AI 백서"),
    ("‘라티움 AI 페스티벌’이 오슬로에서 열렸다.", "라티움 AI 페스티벌"),
])
def test_a_white_paper_and_a_festival_are_named_by_their_head_word(text, name):
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert name in {m.text for m in ex.mentions}


def test_common_nouns_glossed_by_an_english_name_and_its_acronym_are_a_name():
    ex = extract_many([Document("doc", "doc.txt", "데이터협력기구(Data Trust Organisation, DATO)가 총회를 열었다.",
                                DocMeta(), "0" * 64)])[0]
    assert "데이터협력기구" in {m.text for m in ex.mentions}


def test_a_city_spelt_in_latin_letters_before_its_particle_is_where_the_meeting_was_held():
    # 칠레 오스트라(Ostra)에서: a city the data does not know, after its country, its own spelling in brackets
    found = held("가나부는 3월 5일 칠레 오스트라(Ostra)에서 ‘라티움 데이터 윤리 포럼’을 개최하였다.")
    assert {("heldIn", "라티움 데이터 윤리 포럼", "오스트라"), ("hostCountry", "라티움 데이터 윤리 포럼", "칠레")} <= found


def test_a_meeting_named_in_quotes_after_its_kind_is_a_meeting():
    # 웨비나 ‘…’을 열었다: the kind before the quotes, the name in them, a verb that holds it after them
    ex = extract_many([Document("doc", "doc.txt", "과학기술정보통신부는 6일 웨비나 ‘데이터 포 올’(Data for All)을 열었다. "
                                "행사에는 김철수 차관 등이 참여했다.", DocMeta(date="2031-02-07"), "0" * 64)])[0]
    assert [(m.text, m.cls) for m in ex.mentions if m.cls == "Summit"] == [("데이터 포 올 웨비나", "Summit")]
    assert ("attended", "김철수", "데이터 포 올 웨비나") in {(r.relation, r.subject.text, r.object.text)
                                                       for r in ex.relations if r.object}


def test_a_meeting_that_opens_in_a_city_is_held_there():
    # 개회하여 (opened): a held verb like 개막했다, and no 개회사 (an opening address) read into it
    found = held("외교부가 유엔개발계획과 공동으로 주최하는 ‘제5차 라티움 데이터 포럼’이 칠레 산티아고에서 개회하여 "
                 "사흘간의 일정을 시작했다.")
    assert {("heldIn", "제5차 라티움 데이터 포럼", "산티아고"), ("hostCountry", "제5차 라티움 데이터 포럼", "칠레")} <= found


def test_a_city_kiwi_splits_into_a_proper_and_a_common_noun_after_its_country():
    # 케이프 + 타운: one word between the country and 에서, whose common noun names no body or venue
    found = held("가나부는 3일 남아공 케이프타운에서 개최된 ‘라티움 데이터 장관회의’에 참석했다.")
    assert {("heldIn", "라티움 데이터 장관회의", "케이프타운"), ("hostCountry", "라티움 데이터 장관회의", "남아공")} <= found
    assert not held("가나부는 3일 중국 베이징대학에서 개최된 ‘라티움 데이터 장관회의’에 참석했다.") & {
        ("heldIn", "라티움 데이터 장관회의", "베이징대학")}


@pytest.mark.parametrize("where", ["스위스 제네바에서", "스위스 제네바에 위치한 라티움 위원회 본부에서"])
def test_a_date_and_a_place_between_the_object_meeting_and_its_held_verb(where: str):
    # ‘…’를 DATE PLACE에서 개최했다: the object is the meeting held there, the place maybe a venue located in it
    found = held(f"가나부는 제3차 한-칠레 데이터 협의회를 26~27일 {where} 개최했다고 밝혔다.")
    assert {("heldIn", "제3차 한-칠레 데이터 협의회", "제네바"), ("hostCountry", "제3차 한-칠레 데이터 협의회", "스위스")} <= found


def test_a_numbered_meeting_of_common_nouns_is_a_name_but_not_an_annual_one():
    # 제1차 데이터 협력 포럼: the number makes it one meeting of a series (not 제4차 연례 총회: a body's)
    found = held("가나부는 칠레 데이터부와 공동으로 제1차 데이터 협력 포럼을 3일 칠레 산티아고에서 개최했다.")
    assert ("heldIn", "제1차 데이터 협력 포럼", "산티아고") in found
    ex = extract_many([Document("doc", "doc.txt", "라티움협회는 3일 서울 본부에서 제6차 연례 총회를 개최했다.", DocMeta(), "0" * 64)])[0]
    assert "제6차 연례 총회" not in {m.text for m in ex.mentions}


def test_a_bodys_headquarters_is_a_venue_in_the_city_before_it():
    # PLACE 세계무역기구(WTO) 본부에서 ‘…’가 개최됐다: the headquarters is a venue in the city
    found = held("가나부는 5일 스위스 제네바 세계무역기구(WTO) 본부에서 ‘라티움 디지털 장관회의’가 열렸다고 밝혔다.")
    assert {("heldIn", "라티움 디지털 장관회의", "제네바"), ("hostCountry", "라티움 디지털 장관회의", "스위스")} <= found


def test_a_numbered_session_of_a_committee_is_a_meeting():
    # ‘제5차 한-라티움 비전 위원회’를 열었다: the committee's fifth session, a meeting in Seoul
    found = held("가나부는 26일 서울 중구 라티움호텔에서 ‘제5차 한-라티움 비전 2030 위원회’를 열었다.")
    assert ("heldIn", "제5차 한-라티움 비전 2030 위원회", "서울") in found


# 개최했다 with a country as the clause's subject and no place: the country hosts the meeting (the
# held rule takes a host only from a place marked 에서)
@pytest.mark.parametrize("verb", ["개최했다", "공동 개최했다", "개최하며 논의를 이끌었다"])
def test_the_country_that_is_the_subject_of_an_active_held_verb_hosts_the_meeting(verb: str):
    found = held(f"칠레와 페루는 지난해 ‘제1차 안데스 AI 장관회의(2030.5.)’를 {verb}.", "2031-01-10")
    assert {("hostCountry", "제1차 안데스 AI 장관회의", "칠레"), ("hostCountry", "제1차 안데스 AI 장관회의", "페루")} <= found


def test_a_country_hosts_the_meetings_listed_before_the_noun_of_holding():
    found = held("우리나라가 올해 「안데스 AI 장관회의(2030.3.)」 및 「카리브 AI 정상회의(2030.9.)」 개최를 통해 "
                 "논의를 주도해왔다고 설명했다.", "2031-01-10")
    assert {("hostCountry", "안데스 AI 장관회의", "우리나라"), ("hostCountry", "카리브 AI 정상회의", "우리나라")} <= found


def test_the_nearest_subject_hosts_the_meeting_not_the_sentences_topic():
    found = held("칠레는 페루가 ‘안데스 AI 장관회의’를 개최한 뒤 후속 회의를 준비했다.", "2031-01-10")
    assert ("hostCountry", "안데스 AI 장관회의", "페루") in found
    assert ("hostCountry", "안데스 AI 장관회의", "칠레") not in found


def test_guard_a_ministry_that_holds_a_meeting_is_not_a_host_country():
    found = held("칠레 외교부는 ‘안데스 AI 장관회의’를 개최했다.", "2031-01-10")
    assert not {f for f in found if f[0] == "hostCountry"}


@pytest.mark.parametrize("agenda", ["이번 토론회 주제는 ‘2030 어젠다 이행과 AI 행정’이다.",
                                    "The forum discusses the 2030 Agenda for Sustainable Development."])
def test_an_undated_documents_year_is_not_the_year_of_an_agenda_it_names(agenda: str):
    text = f"가나부는 라티움시와 함께 10월 12일부터 14일까지 사흘간 ‘제5회 가나 AI 행정 토론회’를 개최한다고 11일 전했다.\n{agenda}"
    assert not {f for f in held(text, None) if f[0] in ("startDate", "endDate")}


def test_a_headlines_place_glued_to_seo_is_no_part_of_a_meetings_name():
    # (부산서 포럼 개최: 서 is a headline's 에서, which Kiwi reads as a noun)
    ex = extraction("라티움 장관회의 폐막…2027년 부산서 포럼 개최\n\n본문이다.")
    assert not any(m.cls == "Summit" and m.text.startswith("부산") for m in ex.mentions)


def test_jeju_is_a_place_meetings_are_held_in():
    assert ("heldIn", "APEC 가나장관회의", "제주") in held("제주에서 열린 제7차 APEC 가나장관회의에서 공동성명을 채택했다.")


def test_a_plan_for_a_countrys_market_is_no_text_of_that_country():
    ex = extraction("제목\n\n이어 라티움텍의 AI 안전 전략과 한국 시장 진출 계획 설명, "
                    "협력 방안 등을 논의했다.")
    assert not any(m.text.endswith("진출 계획") for m in ex.mentions)
    assert not any(r.relation == "launched" for r in ex.relations)


def test_a_meeting_on_a_topic_that_a_country_co_hosts_is_not_the_documents_summit():
    ex = extraction("한국이 이번에 제3차 라티움 정상회의를 주최했다. 조 장관은 올해 한국이 AI "
                    "관련 정상회의를 영국과 공동 주최하는 만큼 협력을 심화할 수 있다고 하였다.")
    assert {(r.relation, r.object.text) for r in ex.relations if r.relation in ("hostCountry", "chaired")} == \
        {("hostCountry", "한국")}


def test_a_summits_follow_up_work_is_no_later_meeting():
    ex = extraction("김철수 외교장관은 제3차 라티움 정상회의 참석차 방한한 안나 로페스 "
                    "부위원장과 면담을 가졌다. 한편, 김 장관은 작년 한-EU 정상회담 후속조치 이행을 위한 한-EU "
                    "외교장관 전략대화의 개최를 위해 노력해 나가자고 하였다.")
    assert not any(r.relation == "follows" for r in ex.relations)


def test_guard_a_follow_up_meeting_still_follows():
    ex = extraction("이번 라티움 정상회의는 작년 가나 정상회의의 후속 회의로 열렸다.")
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "follows"} == \
        {("라티움 정상회의", "가나 정상회의")}


def test_a_plenipotentiary_conference_and_a_joint_meeting_are_meetings():
    ex = extraction("김철수 장관은 25일 가나 전기통신연합(LTU) 전권회의에 참석했다. "
                    "라티움연구소는 17일 가나컨소시엄 합동회의를 열었다.")
    assert {m.text for m in ex.mentions if m.cls == "Summit"} == {"가나 전기통신연합(LTU) 전권회의", "가나컨소시엄 합동회의"}


def test_a_numbered_meeting_of_another_series_held_elsewhere_is_not_the_documents():
    found = held("라티움연구소는 17일 서울 가나 호텔에서 가나컨소시엄 합동회의를 열었다. 또한 지난 12월 미국 "
                 "샌디에이고에서 열린 제2회 글로벌 AI안전 네트워크 회의 주요 내용도 공유됐다.")
    assert ("heldIn", "가나컨소시엄 합동회의", "샌디에이고") not in found
    assert ("heldIn", "가나컨소시엄 합동회의", "서울") in found


def test_whether_and_how_are_no_ministry_or_law():
    # (여부 and 방법 end in the syllables of a ministry, 부, and of a law, 법)
    ex = extraction("김철수 과장이 '발명자 지위 인정 여부'에 대한 발표를, 이영희 팀장이 "
                    "'AI 특허획득 방법' 등 대해 발표한다.")
    assert not any(m.cls in ("GovernmentBody", "Law") for m in ex.mentions)


def test_a_promise_to_visit_a_country_is_no_text_of_that_country():
    ex = extraction("제목\n\n인공지능 사례 공유하고 한국 방문 약속 받아")
    assert not any(m.cls == "Commitment" for m in ex.mentions)


def test_a_dotted_list_of_bodies_each_with_its_head_is_no_one_name():
    ex = extraction("이 자리에는 한국데이터협회·한국로봇협회 관계자가 참석했다.")
    assert {m.text for m in ex.mentions} == {"한국데이터협회", "한국로봇협회"}


def test_guard_a_known_body_run_into_another_name_makes_no_body_of_the_whole_word():
    # (a fund's head word, 기금, ends the known 국제통화기금 run together with the name before it)
    ex = extraction("이날 라티움협력체국제통화기금 관계자가 참석했다.")
    assert "라티움협력체국제통화기금" not in {m.text for m in ex.mentions}


def test_the_date_of_another_act_before_a_held_verb_is_not_the_meetings():
    # 2016년 12월 체결된 ‘…협정’: the date the agreement was concluded, not when the committee meets
    ex = extraction("라티움 과기공동위 개최\n\n과학기술정보통신부는 2031년 3월 25일 서울에서 '제3차 한국-라티움 "
                    "과학기술혁신공동위원회'를 개최했다. 과기공동위는 2016년 12월 체결된 '한-라티움 과학기술혁신협력협정'에 "
                    "근거해 개최되는 회의다.")
    assert not any(r.relation == "startDate" and r.value.startswith("2016") for r in ex.relations)


def test_guard_the_date_before_a_held_verb_is_the_meetings():
    ex = extraction("과학기술정보통신부는 2031년 3월 25일 서울에서 '제3차 한국-라티움 과학기술혁신공동위원회'를 개최했다.")
    assert any(r.relation == "startDate" and r.value == "2031-03-25" for r in ex.relations)
