"""Who attended a summit, read from Korean sentences.

Korean often names the attendees after the verb, in the noun phrase that the verb's
adnominal form describes (‘…정상회의’에 참가한 A·B 등 N개국과 C 등은 …), and news writing says a
guest "came to the venue" (행사장을 찾아) rather than "attended".  The examples are made up.
"""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document, read_document
from extract.pipeline import extract_many
from graph.resolve import resolve


def extraction(text: str):
    """The extraction of one made-up document dated 2 March 2030."""
    return extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-02"), "0" * 64)])[0]


def attended(text: str) -> set[tuple[str, str]]:
    ex = extraction(text)
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"}


@pytest.mark.parametrize("verb", ["참가한", "참석한", "참여한", "참석했던"])
def test_the_noun_phrase_an_attendance_verb_describes_lists_the_attendees(verb: str):
    found = attended(f"오슬로에서 폐막한 ‘AI 행동 정상회의’에 {verb} 캐나다·칠레·케냐 등 40개국과 유럽연합 등은 "
                     "공동선언문을 채택했다.")
    assert {("캐나다", "AI 행동 정상회의"), ("칠레", "AI 행동 정상회의"), ("케냐", "AI 행동 정상회의"),
            ("유럽연합", "AI 행동 정상회의")} <= found


def test_the_phrase_ends_at_its_particle_so_the_rest_of_the_sentence_did_not_attend():
    found = attended("‘AI 행동 정상회의’에 참가한 캐나다와 칠레는 케냐와 함께 성명을 냈다.")
    assert {("캐나다", "AI 행동 정상회의"), ("칠레", "AI 행동 정상회의")} <= found
    assert ("케냐", "AI 행동 정상회의") not in found


def test_a_country_name_ending_like_a_particle_does_not_end_the_phrase():
    found = attended("‘AI 행동 정상회의’에 참가한 인도 등 20개국은 선언을 채택했다.")
    assert ("인도", "AI 행동 정상회의") in found


def test_after_attending_is_no_phrase_of_attendees():
    found = attended("‘AI 행동 정상회의’에 참석한 뒤 칠레 외교부는 새 지침을 냈다.")
    assert ("칠레", "AI 행동 정상회의") not in found


def test_an_agent_before_an_adnominal_verb_without_a_summit_is_not_read_as_attending():
    found = attended("어제 행사에 참가한 캐나다 기업들이 협약을 맺었다.")
    assert not found


def test_guests_who_came_to_the_venue_attended_the_documents_summit():
    text = ("‘AI 행동 정상회의’가 10일 오슬로에서 개막했다.\n"
            "홍길동 오픈AI 최고경영자와 김철수 앤트로픽 대표 등 업계 인사들도 행사장을 찾아 연설했다.")
    found = attended(text)
    assert {("홍길동", "AI 행동 정상회의"), ("김철수", "AI 행동 정상회의")} <= found


@pytest.mark.parametrize("ending, attends", [
    ("참석해 연설했다.", True),
    ("참석해 연설했습니다.", True),
    ("참석해 연설한다.", False),
    ("참석해 연설합니다.", False),
    ("참석하고 만찬을 주재할 예정이다.", False),
    ("참석하고, 만찬을 주재할 예정이다.", False),
])
def test_a_connective_takes_the_tense_of_the_verb_that_ends_its_chain(ending: str, attends: bool):
    found = attended(f"홍길동 외교부 장관은 ‘AI 행동 정상회의’에 {ending}")
    assert (("홍길동", "AI 행동 정상회의") in found) is attends


def test_a_quoted_announcement_of_who_will_attend_is_not_attendance():
    quoted = "대변인은 “‘AI 행동 정상회의’에는 홍길동 오픈AI 대표도 참석해 논의한다”고 밝혔다."
    assert ("홍길동", "AI 행동 정상회의") not in attended(quoted)
    assert ("홍길동", "AI 행동 정상회의") in attended(quoted.replace("논의한다", "논의했다"))


def test_the_speaker_of_a_quotation_about_who_took_part_did_not_attend():
    text = ("‘AI 행동 정상회의’가 오슬로에서 열렸다.\n"
            "외교부는 “칠레와 케냐가 모두 참여한 최초의 자리”라며 의미를 부여했다.")
    found = attended(text)
    assert ("외교부", "AI 행동 정상회의") not in found
    assert ("케냐", "AI 행동 정상회의") in found       # (who joined a text, 참여한 … 합의문, did not: below)


def test_an_aim_to_sign_is_no_adoption():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’가 오슬로에서 열렸다.\n"
                                "주최 측은 AI 관리 원칙을 담은 ‘오슬로 선언’ 채택을 목표로 하고 있다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation in ("adopted", "signed")]


def test_a_list_with_the_particle_on_its_last_item_attends_together():
    found = attended("‘AI 행동 정상회의’가 오슬로에서 열렸다.\n칠레와 케냐, 가나는 이번 회의에 참석했다.")
    assert {("칠레", "AI 행동 정상회의"), ("케냐", "AI 행동 정상회의"), ("가나", "AI 행동 정상회의")} <= found


def test_the_standing_members_of_a_body_are_not_a_meetings_participants():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’가 오슬로에서 열렸다.\n"
                                "이 협의체에는 40개국이 참여하고 있으며 칠레가 올해 의장국을 맡았다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_the_members_who_attend_a_bodys_meetings_are_no_count_of_one():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’가 오슬로에서 열렸다.\n"
                                "각료이사회는 38개국 각료가 참석하는 최고 의사결정기구다.\n"
                                "올해 회의에는 90여 개국이 참석할 예정이며, 이 중 34개국에서 장관급 인사가 자리한다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_a_previews_headline_attendance_is_not_yet_attendance():
    headline = "홍길동 장관, ‘AI 행동 정상회의’ 참석\n"
    preview = attended(headline + "홍길동 장관은 ‘AI 행동 정상회의’에 참석할 예정이다.")
    report = attended(headline + "홍길동 장관은 ‘AI 행동 정상회의’에 참석했다.")
    assert ("홍길동", "AI 행동 정상회의") not in preview
    assert ("홍길동", "AI 행동 정상회의") in report


def test_a_preview_credits_no_past_adoption_to_its_summit():
    preview = ("홍길동 장관은 ‘AI 행동 정상회의’에 참석할 예정이다.\n"
               "‘오슬로 선언’은 지난해 28개국이 합의했다.")
    ex = extract_many([Document("doc", "doc.txt", preview, DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "adopted"]
    report = preview.replace("참석할 예정이다", "참석했다")
    ex = extract_many([Document("doc", "doc.txt", report, DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert [r.object.text for r in ex.relations if r.relation == "adopted"] == ["오슬로 선언"]


def test_an_event_named_by_a_known_body_is_the_meeting_attended_not_the_summit_named_elsewhere():
    text = ("외교부는 3일 오슬로에서 열린 ‘국제 AI 안전연구소 네트워크’ 행사에 참석했다고 밝혔다. "
            "이번 행사는 ‘AI 행동 정상회의’의 후속으로 열렸다.")
    found = attended(text)
    assert found == {("외교부", "국제 AI 안전연구소 네트워크 행사")}
    # an event of a body the data does not know is no meeting: the summit the document names keeps it
    assert attended("외교부는 3일 오슬로에서 열린 ‘가나다 협의체’ 기념 행사에 참석했다. ‘AI 행동 정상회의’ 후속이다.") == \
        {("외교부", "AI 행동 정상회의")}


def counts(text: str) -> set[tuple[str, str]]:
    ex = extraction(text)
    return {(r.subject.text, r.value) for r in ex.relations if r.relation == "participantCount"}


def test_the_number_in_a_groups_name_counts_no_one():
    assert counts("‘G7 디지털 장관회의’에는 G7 국가들과 초청국 장관들이 참석했다.") == set()
    assert counts("‘G7 디지털 장관회의’에는 15개국이 참석했다.") == {("G7 디지털 장관회의", "15")}


def test_a_keynote_at_a_meeting_is_attendance_and_a_spaced_head_names_the_meeting():
    found = attended("김철수 총리는 이날 파리에서 열린 경제협력개발기구(OECD) 각료 이사회에서 기조연설을 했다.")
    assert found == {("김철수", "경제협력개발기구(OECD) 각료 이사회")}


def test_a_numbered_meeting_of_a_quoted_body_the_data_does_not_know():
    found = attended("이번 제1차 「라티움 AI 워킹그룹」 회의에는 과학기술정보통신부 김철수 국장 등이 참석하였고, 미국은 "
                     "국무부 관계자가 참석했다.")
    assert {("김철수", "라티움 AI 워킹그룹 회의"), ("미국", "라티움 AI 워킹그룹 회의")} <= found



def test_a_part_of_the_participants_or_a_count_over_all_the_years_is_no_participant_count():
    summit = "2031 라티움 AI 정상회의"
    assert counts(f"‘{summit}’가 열렸으며, 수상자 12명을 포함한 30여 개국에서 1,200여 명이 참석함") == \
        {(summit, "30"), (summit, "1200")}
    assert counts("‘라티움 AI 정상회의’는 2018년 첫 개최 이후 누적 기준 6,000명 이상의 전문가가 참가") == set()
    assert {n for _, n in counts("The Latium AI Summit was attended by 900 delegates, including 12 Nobel "
                                 "laureates.")} == {"900"}


def test_the_body_that_hosts_the_meeting_named_before_the_cue_did_not_attend_it():
    text = "외교부는 경제협력개발기구(OECD)가 주최하는 ‘AI 라티움 포럼 2030’에 참여했다고 30일 밝혔다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-05-30"), "0" * 64)])[0]
    attended = {r.subject.text for r in ex.relations if r.relation == "attended"}
    assert "외교부" in attended and not attended & {"경제협력개발기구", "OECD"}


def test_a_body_glossed_in_brackets_before_its_particle_attended():
    text = "경제협력개발기구(OECD)는 가나시에서 열린 AI 가나 정상회의에 참석했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-05-30"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "attended"} == {"경제협력개발기구"}


def test_amid_the_attendance_of_others_the_host_of_the_event_did_not_attend_the_summit():
    text = ("외교부는 지난 1일 주한외교단 90여 개국이 참석한 가운데 40여 일 앞으로 다가온 "
            "‘AI 라티움 정상회의’ 준비상황을 공유하는 설명회를 개최했다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-05-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "attended"]
    text = "AI 라티움 정상회의는 영국과 프랑스가 참석한 가운데 라티움에서 열렸다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-05-02"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "attended"} == {"영국", "프랑스"}


def test_the_countries_a_count_of_participants_sums_up_attended():
    text = "AI 라티움 정상회의에는 미국·중국·인도 등 60여 개국 정상과 국제기구 대표들이 참석했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-06-11"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "attended"} == {"미국", "중국", "인도"}


def test_the_invited_countries_a_count_sums_up_attended():
    # (not the meeting's count of participants: the group's members came besides the invited)
    text = ("김철수 장관이 로마에서 열린 G20 라티움 장관회의에 참석했다. 회의에는 G20 회원국 말고도 스페인 등 "
            "5개 초청국가가 함께 참석했다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-06-11"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "attended"} == {"김철수", "스페인"}
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_the_meeting_an_address_speaks_of_is_not_attended_by_the_speaker():
    # the congratulatory address at the forum names yesterday's summit and what it adopted
    text = ("김철수 국무총리는 22일 「라티움 AI 포럼」 개회식에 참석했다. 김 총리는 축사에서 지난달 열린 「라티움 AI "
            "정상회의(4.3)」에서 각국이 채택한 ‘라티움 선언’의 의미를 평가했다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-05-22"), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"} == \
        {("김철수", "라티움 AI 포럼")}


def test_the_body_of_a_post_is_not_found_across_a_verb():
    text = "한국 대표로 참석한 김하늘 국무총리는 기조연설을 했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-06-11"), "0" * 64)])[0]
    assert "김하늘" in {m.text for m in ex.mentions if m.cls == "Person"}


def test_bodies_whose_representatives_attended_attended():
    found = attended("이번 ‘가나 AI 장관회의’에는 25개국 장관과 경제협력개발기구(OECD), 유네스코 등 국제기구 대표가 "
                     "참석했다.")
    assert {"유네스코", "OECD"} <= {a for a, _ in found}


def test_countries_whose_leaders_and_bodies_whose_heads_attended_attended():
    # 정상 after a country is its leader; 등 수장을 비롯해 ("including the heads of") lists bodies,
    # each glossed in brackets, and a gloss between two items does not end the list
    found = attended("‘가나 AI 정상회의’ 정상세션에는 칠레, 케냐 정상, 국제연합(UN), 유럽연합(EU), 경제협력개발기구(OECD) "
                     "등 수장을 비롯해 박서준 삼성전자 회장 등 10명이 참석했다.")
    assert {a for a, _ in found} >= {"칠레", "케냐", "UN", "EU", "경제협력개발기구", "박서준"}


def test_countries_whose_leaders_attended_with_a_head_named_after_them_attended():
    found = attended("이번 ‘라티움 AI 정상회의’에는 칠레·케냐 정상과 유네스코 사무총장이 참석했다.")
    assert {a for a, _ in found} == {"칠레", "케냐", "유네스코 사무총장"}


@pytest.mark.parametrize("dot", ["·", "ㆍ", "‧", "・", "∙"])
def test_a_list_joined_by_any_middle_dot_lookalike_attends_together(tmp_path, dot: str):
    # writers type the middle dot as whatever looks like one; reading the file makes them one dot
    (tmp_path / "doc.txt").write_text(f"이번 ‘라티움 AI 정상회의’에는 칠레{dot}케냐{dot}페루 정상이 참석했다.\n",
                                      encoding="utf-8")
    ex = extract_many([read_document(tmp_path / "doc.txt")])[0]
    found = {r.subject.text for r in ex.relations if r.relation == "attended"}
    assert found == {"칠레", "케냐", "페루"}
    assert "칠레·케냐·페루" in ex.sentences[0].text


def test_a_forum_named_so_and_countries_counted_after_a_body_nobody_knows_attended_it():
    text = ("과기정통부는 칠레에서 개최한 ‘가나 AI 윤리 국제 토론회’에 참석했다고 밝혔다. 이번 토론회에는 아르헨티나, "
            "케냐, 가나개발은행 등 12개 지역 국가에서 참석했다.")
    ex = extraction(text)
    res = resolve([ex], {"doc": "2030-03-02"})
    attended = {(f.subject, f.object) for f in res.facts if f.predicate == "attended"}
    summit = next(e for e, ent in res.entities.items() if ent.cls == "Summit")
    assert {("country/argentina", summit), ("country/kenya", summit)} <= attended


def test_a_numbered_dialogue_is_a_meeting_of_it_with_its_chairs_and_place():
    text = ("과기정통부는 21일 서울에서 ‘제2차 한-칠레 디지털 대화’를 개최했다고 밝혔다. 한-칠레 디지털 대화는 2022년 "
            "출범한 정례협의체다. 이번 제2차 디지털 대화는 2022년 칠레 산티아고에서 개최된 첫 회의에 이어 한국에서 "
            "개최했다. 박서준 과기정통부 차관과 안나 로페스(Ana Lopez) 칠레디지털부 차관이 양국 수석대표로 회의를 주재했다.")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-01-21"), "0" * 64)]),
                  {"doc": "2031-01-21"})
    summit = next(e for e, ent in res.entities.items() if ent.cls == "Summit")
    facts = {(f.predicate, f.subject, f.object) for f in res.facts}
    assert {("chaired", "person/bakseojun", summit), ("heldIn", summit, "place/seoul")} <= facts
    assert not [f for f in facts if f[0] == "launched" or f[2] in ("country/chile", "place/santiago")]
    assert ("holdsPosition", "person/ana-lopez") in {(p, s) for p, s, _ in facts}


def test_ministers_who_gathered_at_a_meeting_attended_it():
    found = attended("5일 오슬로에서 열린 ‘북유럽 AI 장관회의’에서는 스웨덴, 노르웨이, 핀란드 등 8개국 각료가 집결해 "
                     "논의를 이어갔다.")
    assert {("스웨덴", "북유럽 AI 장관회의"), ("노르웨이", "북유럽 AI 장관회의"), ("핀란드", "북유럽 AI 장관회의")} <= found


def test_a_forum_a_speaker_names_in_a_quotation_is_not_the_documents_meeting():
    found = attended("과학기술정보통신부는 26(현지시간) 오슬로에서 책임성 있는 인공지능 주제로 장관 세션에 참석, "
                     "‘디지털 헌장’을 알렸다.\n\n이어, “과기정통부는 정책과제를 도출하기 위한 AI 윤리정책 포럼을 "
                     "운영하고, 법제정비단을 운영했다”고 설명했다.")
    assert ("과학기술정보통신부", "AI 윤리정책 포럼") not in found


def test_a_visit_that_dates_something_else_is_no_attendance():
    found = attended("‘한국-칠레 디지털 포럼’에서 김철수 원장은 안나 로페스 칠레 과학부 장관이 한국을 방문했던 2029년 8월부터 "
                     "양국이 협력해왔다고 밝혔다.")
    assert ("안나 로페스", "한국-칠레 디지털 포럼") not in found


def test_who_travelled_to_attend_attended_and_who_met_them_did_not():
    found = attended("안나 로페스 칠레 대통령은 이날 ‘북유럽 AI 장관회의’ 참석차 칠레를 방문한 김철수 총리와 오찬을 함께 했다. "
                     "로페스 대통령은 다음 주 행사에 참석하고, 상을 받을 예정이다.")
    assert found == {("김철수", "북유럽 AI 장관회의")}


def test_whom_an_attendee_met_there_did_not_attend_by_that_cue():
    found = attended("김철수 대통령이 ‘G20 정상회의’ 참석 중 오슬로에서 안나 로페스 칠레 대통령과 회담을 열었다.")
    assert found == {("김철수", "G20 정상회의")}


def test_a_visit_someone_means_to_make_is_no_attendance():
    found = attended("‘G20 정상회의’에서 김철수 대통령은 안나 로페스 대통령을 초청하며 국빈 방문 형식으로 환대하겠다고 밝혔다.")
    assert found == set()


def test_countries_listed_before_a_count_with_a_region_between_attended_and_a_count_over_the_years_is_none():
    text = ("‘글로벌 ICT 리더십 포럼’은 2015년부터 매년 열려 지금까지 약 50개국의 고위 정책결정자가 참여했다. "
            "이집트, 우간다, 가나 등 아프리카 지역의 13개국 ICT 부처의 장관이 참석했다.")
    assert {("이집트", "글로벌 ICT 리더십 포럼"), ("우간다", "글로벌 ICT 리더십 포럼"), ("가나", "글로벌 ICT 리더십 포럼")} \
        <= attended(text)
    ex = extraction(text)
    assert {r.value for r in ex.relations if r.relation == "participantCount"} == {"13"}


def test_the_vice_chair_attended_but_did_not_chair():
    ex = extract_many([Document("doc", "doc.txt", "‘한-칠레 디지털 장관회의’에서 김철수 가나부 장관이 의장을 맡고, 안나 로페스 칠레 "
                                "과학부 장관이 부의장을 맡았다.", DocMeta(date="2030-03-02"), "0" * 64)])[0]
    facts = {(r.relation, r.subject.text) for r in ex.relations if r.relation in ("chaired", "attended")}
    assert ("chaired", "김철수") in facts and ("attended", "안나 로페스") in facts
    assert ("chaired", "안나 로페스") not in facts


def test_the_numbered_session_of_a_joint_committee_is_the_meeting_attended():
    found = attended("과기정통부는 17일 열린 ‘1차 한-칠레 산업기술협력공동위원회’에서 양국이 합의했다고 밝혔다. 이날 열린 "
                     "회의에 한국 측에서는 과기정통부 김철수 실장이, 칠레 측에서는 과학혁신부 안나 로페스 차관이 수석대표로 "
                     "참석했다. 양국은 내년 ‘한-칠레 기술협력 포럼’을 함께 개최하기로 했다.")
    meeting = "1차 한-칠레 산업기술협력공동위원회"
    assert {("김철수", meeting), ("안나 로페스", meeting)} <= found
    assert not any(s == "한-칠레 기술협력 포럼" for _, s in found)


@pytest.mark.parametrize("written", ["제2차 한-칠레 디지털 파트너십 협의회", "‘제2차 한-칠레 디지털 파트너십 협의회’"])
def test_the_numbered_session_of_a_council_is_the_meeting_attended(written: str):
    # (the council is a body; its second session is a meeting, which people attend)
    found = attended(f"김철수 장관과 안나 로페스 장관은 17일 서울에서 열린 {written}에 참석했다.")
    assert {who for who, _ in found} == {"김철수", "안나 로페스"}
    assert all(meeting.endswith("한-칠레 디지털 파트너십 협의회") for _, meeting in found)


def test_the_topic_of_a_talk_at_a_forum_is_not_what_the_forum_adopted():
    text = ("‘제3회 라티움 ICT 포럼’이 오슬로에서 열렸다.\n"
            "기조연설에서는 김철수 국장이 ‘AI 기반 혁신성장 전략’을 주제로 정책 방향을 발표했다.")
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation == "adopted"]
    ex = extract_many([Document("doc", "doc.txt", text.replace("을 주제로 정책 방향을", "을"), DocMeta(date="2030-03-02"),
                                "0" * 64)])[0]
    assert [r.object.text for r in ex.relations if r.relation == "adopted"] == ["AI 기반 혁신성장 전략"]


def test_a_count_inside_a_bodys_name_counts_no_participants():
    text = ("‘2031 라티움 협력포럼’이 12일 서울에서 열렸다.\n"
            "이번 포럼엔 가나 외교부와 한일중 3국 협력사무국 관계자 등 160여 명이 참석했다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-12-12"), "0" * 64)])[0]
    assert [r.value for r in ex.relations if r.relation == "participantCount"] == ["160"]


@pytest.mark.parametrize("ending, attends", [
    ("참석해 협력 현황을 점검하고 향후 계획을 논의했다.", True),     # plans were the topic, not the intention
    ("참석해 아세안 디지털 업무계획을 승인했다.", True),
    ("참석할 계획이다.", False),
    ("참석할 계획을 밝혔다.", False),
])
def test_a_plan_as_a_topic_is_no_intention_but_a_plan_to_attend_is(ending: str, attends: bool):
    found = attended(f"과기정통부는 오슬로에서 열린 ‘라티움 디지털 장관회의’에 {ending}")
    assert (("과기정통부", "라티움 디지털 장관회의") in found) is attends


@pytest.mark.parametrize("name", ["‘제44차 라티움 프라이버시 연례총회’", "‘AI 국제표준화 총회’", "'제3차 라티움경쟁네트워크(LCN) 연차총회'"])
def test_an_assembly_is_a_meeting_that_people_attend(name: str):
    found = attended(f"홍길동 위원장은 10월 25일 {name}에 참석했다.")
    assert ("홍길동", name.strip("‘’'")) in found


def test_a_known_bodys_assembly_is_its_organ_not_a_meeting():
    ex = extract_many([Document("doc", "doc.txt", "유엔 총회는 결의안을 채택했다.", DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls == "Summit"]


def test_the_host_named_as_the_subject_of_the_hosting_verb_did_not_attend():
    found = attended("방송통신위원회는 국제전기통신연합(ITU)이 규칙을 개정하기 위하여 개최한 라티움통신세계회의(WCRT-12)에 "
                     "참가했다고 밝혔다.")
    assert ("방송통신위원회", "라티움통신세계회의") in found
    assert not {a for a in found if a[0] in ("국제전기통신연합", "ITU")}


def test_who_speaks_at_a_named_meeting_attended_it():
    assert ("홍길동", "라티움 비즈니스 포럼") in attended(
        "홍길동 대통령은 이날 도하에서 열린 ‘라티움 비즈니스 포럼’에서 “협력해야 한다”며 이같이 말했다.")
    assert ("홍길동", "라티움 디지털 비전 포럼") in attended(
        "홍길동 대통령은 파리에서 열린 '라티움 디지털 비전 포럼' 연설에서 이 같은 구상을 공개했다.")


def test_a_state_visit_to_a_country_attends_no_meeting():
    found = attended("‘라티움 AI 포럼’이 10일 서울에서 열렸다.\n홍길동 대통령의 라티움 국빈 방문을 계기로 협력이 늘었다.")
    assert ("홍길동", "라티움 AI 포럼") not in found


def test_a_ministry_reporting_what_its_official_did_did_not_attend():
    found = attended("과기정통부는 홍길동 국가AI전략위원회 부위원장이 두바이에서 열린 라티움정부정상회의(LGS) 참석 직후인 "
                     "5일 아부다비로 이동해 연쇄 회동했다고 8일 밝혔다.")
    assert ("홍길동", "라티움정부정상회의") in found
    assert ("과기정통부", "라티움정부정상회의") not in found


def test_a_short_name_joined_by_a_hyphen_to_a_glued_meeting_name_is_part_of_it():
    ex = extract_many([Document("doc", "doc.txt", "과기정통부, 한-아프리카디지털장관회의서 협력 촉구\n본문.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert [m.text for m in ex.mentions if m.cls == "Summit"] == ["한-아프리카디지털장관회의"]


def chaired(text: str) -> set[tuple[str, str]]:
    ex = extraction(text)
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"}


@pytest.mark.parametrize("ending, chairs", [("분임토론에서 의장을 맡아 논의를 주재한다.", False),
                                            ("분임토론에서 의장을 맡아 논의를 주재했다.", True),
                                            ("논의를 주재할 예정이다.", False)])
def test_chairing_still_to_come_is_not_chairing(ending: str, chairs: bool):
    found = chaired(f"홍길동 차관이 10월 5일 파리에서 개최되는 ‘라티움 각료이사회’에 참석했다. 홍 차관은 {ending}")
    assert bool(found) is chairs


def test_the_members_who_take_part_in_a_body_every_year_are_no_participant_count():
    ex = extract_many([Document("doc", "doc.txt", "‘라티움 각료이사회’가 파리에서 열렸다. 라티움 각료이사회는 매년 한 차례 "
                                "회원국 38개 국가의 장·차관 등 최고위급이 참여하는 최고 의사결정기구다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_who_came_to_attend_written_apart_attended_and_who_met_them_did_not():
    found = attended("김철수 외교부 장관은 9일 ‘라티움 AI 고위급회의’ 참석 차 방한한 안나 로페스 칠레 외교장관과 "
                     "회담을 갖고 협력 현안에 대해 협의했다고 외교부가 밝혔다.")
    assert ("안나 로페스", "라티움 AI 고위급회의") in found
    assert ("김철수", "라티움 AI 고위급회의") not in found


def test_whose_attendance_is_thanked_for_attended_not_who_thanks():
    found = attended("‘라티움 AI 고위급회의’가 9일 열렸다. 김 장관은 안나 로페스 장관의 ‘라티움 AI 고위급회의’ 참석에 "
                     "사의를 표했다.")
    assert ("안나 로페스", "라티움 AI 고위급회의") in found
    assert not {a for a in found if a[0] == "김"}


def test_bodies_whose_officials_are_counted_among_the_attendees_attended():
    found = attended("‘라티움 AI 토론회’가 15일 열렸다. 이날 토론회에는 과기정통부와 외교부 관계자 등 25명이 참석했다.")
    assert {("과기정통부", "라티움 AI 토론회"), ("외교부", "라티움 AI 토론회")} <= found
    assert not attended("‘라티움 AI 토론회’가 15일 열렸다. 이날 토론회에는 외교부 관계자 등 25명이 참석할 예정이다.")


def test_the_members_of_a_group_listed_before_it_took_part():
    found = attended("‘라티움 디지털 장관회의’가 29일 열렸다. 이번 회의는 미국, 프랑스, 독일 등 G7 국가가 참여한 가운데 "
                     "한국과 호주는 초청국 자격으로 참석했다.")
    assert {("미국", "라티움 디지털 장관회의"), ("프랑스", "라티움 디지털 장관회의"), ("독일", "라티움 디지털 장관회의")} <= found


@pytest.mark.parametrize("name", ["라티움 AI 거버넌스 원탁회의", "라티움 AI 워크숍", "라티움 AI 세미나", "라티움 AI 심포지엄",
                                  "라티움 AI 웨비나", "한-라티움 디지털 차관회담", "라티움 디지털 차관회의",
                                  "OECD 디지털경제정책위원회 정례회의"])
def test_roundtables_workshops_seminars_and_symposia_are_meetings(name: str):
    assert ("홍길동", name) in attended(f"홍길동 장관은 10일 {name}에 참석했다.")


def test_where_a_meeting_is_held_is_no_part_of_its_name():
    ex = extract_many([Document("doc", "doc.txt", "라티움 원탁회의 공동 주관\n美 뉴욕 개최 UN 라티움 정상회의 세부 행사\n본문.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert "UN 라티움 정상회의" in {m.text for m in ex.mentions if m.cls == "Summit"}


def test_two_meetings_joined_by_and_before_one_verb_were_both_attended():
    found = attended("홍길동 장관은 5일 ‘라티움-인도태평양 포럼’ 및 한국과 라티움이 공동 개최하는 ‘라티움 AI 워크숍’에서 "
                     "기조연설을 했다.")
    assert {("홍길동", "라티움-인도태평양 포럼"), ("홍길동", "라티움 AI 워크숍")} <= found


@pytest.mark.parametrize("address", ["개회사를 통해", "축사를 통해", "환영사에서", "개막 연설에서"])
def test_who_gives_an_opening_or_welcome_address_attended(address: str):
    found = attended(f"‘라티움 AI 포럼’이 26일 개막했다.\n홍길동 장관은 {address} 협력을 강조했다.")
    assert ("홍길동", "라티움 AI 포럼") in found


def test_an_address_read_for_someone_is_no_attendance_of_theirs():
    found = attended("‘라티움 AI 포럼’이 26일 개막했다.\n김철수 실장이 대독한 개회사를 통해 홍길동 장관은 협력을 강조했다.")
    assert ("홍길동", "라티움 AI 포럼") not in found


def test_a_glossed_name_keeps_its_common_nouns():
    ex = extract_many([Document("doc", "doc.txt", "라티움에서 개최된 글로벌 AI 서밋(GLAI)이 폐막했다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert "글로벌 AI 서밋" in {m.text for m in ex.mentions if m.cls == "Summit"}


def test_a_count_in_what_someone_said_counts_no_participants():
    ex = extract_many([Document("doc", "doc.txt", "‘라티움 ICT 포럼’이 26일 열렸다.\n김철수 원장은 축사를 통해 "
                                "\"라티움이 아프리카 54개 국가 중 가장 빠르게 성장했다\"며 참석자들을 환영했다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_the_subject_who_speaks_after_the_meetings_name_attended_it():
    # a meeting named by two spaced head words (장관 회의), with the fields it covers joined by 및
    found = attended("2029년 10월 15일 라티움 벨라에서 열린 G20 과학 및 교육 장관 회의에서 김민수 장관이 연설했다.")
    assert found == {("김민수", "G20 과학 및 교육 장관 회의")}


def test_an_intention_in_the_speakers_quote_does_not_undo_their_attendance():
    found = attended("가나 포럼이 열렸다. 국제통화기금 김민철 부총재는 축사에서 “회원국과 협력하겠다”며 중요성을 강조했다.")
    assert found == {("김민철", "가나 포럼")}


def test_who_reports_what_was_said_at_the_meeting_did_not_attend():
    found = attended("김 총리는 가나 정상회의 개회사에서 “협력을 강화해 나가겠다”고 밝혔다고 대통령실은 전했다.")
    assert ("대통령실", "가나 정상회의") not in found


@pytest.mark.parametrize("text", [
    "사진은 최민수 외교부 장관이 지난 4일 부산에서 열린 ‘가나 디지털 장관회의’에서 기념촬영을 하고 있는 모습.",
    "2029년 3월 5일 라티움 벨라에서 열린 G20 과학 장관 회의에서 루카 비앙키 스페인 통상 협력 부문 차관이 "
    "김민정 외교부 차관을 환영하고 있다.",
])
def test_the_subject_of_a_photo_caption_at_a_named_meeting_attended_it(text):
    found = attended(text)
    assert len(found) == 1 and next(iter(found))[0] in ("최민수", "루카 비앙키")


def test_companies_listed_before_the_kind_of_body_they_are_attended():
    found = attended("‘가나 디지털 포럼’이 14일 부산에서 열렸다. 포럼에는 네이버, 카카오, 삼성전자 등 국내 기업이 참가했다.")
    assert found == {("네이버", "가나 디지털 포럼"), ("카카오", "가나 디지털 포럼"), ("삼성전자", "가나 디지털 포럼")}


def test_countries_and_bodies_counted_after_a_list_with_words_between_attended():
    found = attended("‘오슬로 데이터 장관회의’가 10일 열렸다. 이번 회의에는 캐나다, 칠레, 케냐 등 OECD 회원 12개국의 "
                     "장·차관과 유네스코, 세계은행 등 5개 국제기구·기관의 대표 등이 참석했다.")
    assert {a for a, _ in found} == {"캐나다", "칠레", "케냐", "유네스코", "세계은행"}


def test_who_came_to_an_opening_ceremony_attended_it():
    found = attended("가나부는 10일 오슬로에서 ‘가나 데이터연구소 개소식’을 열었다. 이날 개소식에는 김철수 가나부 차관, "
                     "이영수 가나부 국장 등이 참석했다.")
    assert found == {("김철수", "가나 데이터연구소 개소식"), ("이영수", "가나 데이터연구소 개소식")}


def test_the_people_a_caption_lists_left_to_right_attended_the_meeting_its_first_sentence_names():
    found = attended("칠레와 케냐 정상들이 10일 오슬로에서 열린 ‘가나 AI 정상회의’에 참석해 있다. 왼쪽부터 김철수 칠레 "
                     "대통령, 안나 로페스 케냐 대통령.")
    assert found >= {("김철수", "가나 AI 정상회의"), ("안나 로페스", "가나 AI 정상회의")}
    assert not attended("‘가나 AI 정상회의’가 10일 열렸다. 왼쪽부터 김철수 칠레 대통령, 안나 로페스 케냐 대통령.")


def test_a_meeting_word_glossed_as_a_council_names_a_body_and_the_person_before_it_is_its_officer():
    ex = extract_many([Document("doc", "doc.txt", "안나 로페스 EU 정상회의(이사회) 상임의장이 연설했다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls == "Summit"]
    assert ("안나 로페스", "Person") in {(m.text, m.cls) for m in ex.mentions}


def test_who_appeared_as_speakers_attended_and_a_capacity_is_no_person():
    assert attended("‘오슬로 데이터 포럼’에는 김철수 가나부 장관과 박영희 가나부 차관이 연사로 나섰다.") == {
        ("김철수", "오슬로 데이터 포럼"), ("박영희", "오슬로 데이터 포럼")}
    assert attended("‘오슬로 데이터 포럼’에 칠레 대표로 김철수 가나부 장관이 참석했다.") == {("김철수", "오슬로 데이터 포럼")}


def test_countries_whose_government_representatives_attended_attended():
    # 정부대표 after the listed countries, with 등 회원국 between or not, and joined to other attendees by 와
    found = attended("‘가나 데이터 포럼’에는 칠레, 케냐 정부대표가 참석했다.")
    assert {a for a, _ in found} == {"칠레", "케냐"}
    found = attended("‘가나 데이터 포럼’에는 칠레, 케냐 등 회원국 정부대표와 업계 관계자 등이 참석했다.")
    assert {a for a, _ in found} == {"칠레", "케냐"}


def test_countries_listed_in_brackets_after_their_group_whose_representatives_are_counted_attended():
    found = attended("‘가나 데이터 포럼’은 3월 4일 열렸으며, 옵서버국(칠레, 케냐), 파트너국(페루) 대표 120여명이 참석했다.")
    assert {a for a, _ in found} == {"칠레", "케냐", "페루"}


def test_a_meeting_with_a_country_representative_is_no_attendance_by_the_country():
    # 와 ends a list of attendees only when other attendees follow it and close it (… 등이)
    assert attended("김철수 장관은 ‘가나 데이터 포럼’에 참석해 칠레 정부대표와 만나 협력을 논의했다.") == \
        {("김철수", "가나 데이터 포럼")}


def test_a_meeting_quoted_by_its_name_is_a_meeting_whatever_kind_of_회의():
    found = attended("정부는 ‘가나 데이터 협약 지역 자문회의’를 개최했다. 이날 회의에는 김철수 과기정통부 장관이 참석했다.")
    assert found == {("김철수", "가나 데이터 협약 지역 자문회의")}


def test_a_captions_list_before_the_line_that_names_the_meeting_attended_it():
    text = ("뒷줄 왼쪽부터 안나 로페스 칠레 외교장관, 박서준 가나 총리.\n가나 연합뉴스\n"
            "김철수 대통령이 17일 가나 아크라에서 열린 가나 디지털 정상회의에서 각국 정상들과 기념촬영을 하고 있다.")
    assert {a for a, _ in attended(text)} == {"안나 로페스", "박서준", "김철수"}
    # a caption with no meeting in the lines after it gives nothing
    assert attended("뒷줄 왼쪽부터 안나 로페스 칠레 외교장관, 박서준 가나 총리.\n가나 연합뉴스\n날씨가 맑았다.") == set()
    # the line may say the summit's hall (…정상회의장에서): the summit
    hall = ("뒷줄 왼쪽부터 안나 로페스 칠레 외교장관, 박서준 가나 총리.\n가나 연합뉴스\n"
            "김철수 대통령이 17일 라티움 정상회의장에서 각국 정상들과 기념촬영을 하고 있다.")
    assert attended(hall) == {(a, "라티움 정상회의") for a in ("안나 로페스", "박서준", "김철수")}


def test_a_text_a_side_presents_at_talks_is_not_the_meetings_adoption():
    text = "‘한-가나 데이터 협력회의’가 24일 열렸다. 가나 측은 ‘데이터 거버넌스 발전 계획’을 발표하며 토론을 나눴다."
    ex = extraction(text)
    assert not any(r.relation == "adopted" for r in ex.relations)


@pytest.mark.parametrize("verb", ["참석했다.", "참석함"])
def test_a_list_closed_by_deung_and_the_subjects_particle_attended(verb: str):
    found = attended(f"‘가나 제1차 AI 대화’가 5월 14일 오슬로에서 열렸다. 이 밖에 칠레, 케냐 등이 {verb}")
    # (the numbered dialogue is one meeting of it, though the parties come before its number)
    assert found == {("칠레", "가나 제1차 AI 대화"), ("케냐", "가나 제1차 AI 대화")}


@pytest.mark.parametrize("meeting", ["라티움 외교장관회의", "라티움 재무장관 회의", "주요 20개국 통상장관회의"])
def test_a_bodys_meeting_of_one_portfolios_ministers_is_a_meeting(meeting: str):
    # (the portfolio glued to 장관회의, or written as one word before 회의; the body is a known one or a proper noun)
    found = attended(f"김민수 외교부 장관이 오슬로에서 열린 {meeting}에 참석했다.")
    assert found == {("김민수", meeting)}


def test_who_joins_talks_on_the_side_of_a_meeting_did_not_attend_it_by_that_sentence():
    text = ("김철수 장관은 19일 ‘라티움 AI 정상회의’에 참석했다. 라티움 측과의 면담에는 안나 로페스 CEO가 참여했다. "
            "이어 열린 라티움·칠레 정상회담에는 마크 올센 총리가 참석했다.")
    found = attended(text)
    assert ("김철수", "라티움 AI 정상회의") in found
    assert not any(who == "안나 로페스" for who, _ in found)
    # a summit meeting named before the cue (정상회담에) is one
    assert ("마크 올센", "라티움·칠레 정상회담") in found


def test_companies_listed_with_stock_codes_before_what_they_are_attended():
    found = attended("‘AI 안전성 정상회의’에는 28개국 장관과 더불어 삼성전자(005930), 네이버(035420) 등 국내 주요 기업이 "
                     "참여했다.")
    assert {"삼성전자", "네이버"} <= {a for a, _ in found}


def test_who_chaired_the_session_is_the_relative_clauses_subject_not_the_sentences_topic():
    ex = extract_many([Document("doc", "doc.txt", "이서연 외교부 국장은 다나카 히로시 일본 총무상이 주재한 ‘라티움 데이터 포럼’ "
                                "세션에서 한국의 정책을 소개했다.", DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "chaired"} == {"다나카 히로시"}
    assert ("다나카 히로시", "Minister", "일본") in {(r.subject.text, dict(r.extra).get("title_en"), r.object.text)
                                                for r in ex.relations if r.relation == "holdsPosition"}


def test_the_cabinet_meeting_a_president_chaired_is_not_the_documents_summit():
    text = ("오스트라부는 25일 류민배 대통령이 주재한 국무회의에서 계획을 보고했다. 류민배 대통령은 작년 다보스 포럼에서 "
            "기업인들을 만났다.")
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation == "chaired"]


def test_the_leading_companies_heads_are_no_person():
    text = "이번 ‘라티움 AI 정상회의’에는 100여 개국 대표단과 세계 유수 기업 대표와 학자들이 참석했다."
    ex = extraction(text)
    assert not [m for m in ex.mentions if m.cls in ("Person", "Organisation")]


def test_a_meeting_quoted_by_its_name_with_its_kind_after_the_quotes_is_the_one_attended():
    text = ("오스트라부는 6일 라티움연합과 공동으로 ‘AI for Good’ 웨비나를 개최했다. 오스트라부 측은 \"이번 행사는 류민배 "
            "대통령이 올해 다보스 포럼에서 강조한 비전을 실천하는 자리\"라고 밝혔다. 이번 행사에는 채종희 교수가 참석했다.")
    assert attended(text) == {("채종희", "AI for Good 웨비나")}


def test_a_known_summits_name_quoted_without_its_kind_is_still_that_summit():
    ex = extract_many([Document("doc", "doc.txt", "류민배 장관은 ‘AI 행동’ 정상회의에 참석했다.", DocMeta(), "0" * 64)])[0]
    assert [m.authority_ids for m in ex.mentions if m.cls == "Summit"] == [("summit/ai-action-summit-2025",)]


def test_who_chairs_a_group_working_for_the_meeting_did_not_chair_the_meeting():
    text = ("‘라티움 AI 정상회의’가 22일 열렸다. 류민배 차관은 권고안 마련 작업을 주도하는 전문가그룹 의장을 맡아 "
            "논의를 이끌었다. 김서준 장관은 이번 정상회의 의장을 맡았다.")
    assert chaired(text) == {("김서준", "라티움 AI 정상회의")}


def test_a_bodys_regular_meeting_is_a_meeting():
    assert attended("류민배 차관은 최근 파리에서 열린 OECD 디지털경제정책위원회 정례회의에 참석했다.") == \
        {("류민배", "OECD 디지털경제정책위원회 정례회의")}


def test_common_nouns_glossed_by_an_english_name_of_a_meeting_name_the_meeting():
    text = ("라티움 정부와 유엔이 공동 주최하는 제1회 데이터 역량 강화 워크숍(Workshop on Data Capacity Building)이 "
            "오슬로에서 개최되었다. 3일 개막식에는 김서준 유엔 사무총장이 참석했다.")
    assert attended(text) == {("김서준", "데이터 역량 강화 워크숍")}


def test_a_meeting_named_in_two_languages_and_by_its_acronym_adopted_what_was_announced_there():
    text = ("‘라티움 AI 워크숍’이 3일 베를린에서 열렸다. ‘라티움 AI 워크숍’은 5일 폐막했다. 오슬로에서 개최한 2031 세계인공지능대회 및 라티움 고위급 "
            "회의(World AI Conference and High-Level Meeting on Latium, WAIC)에서는 ‘라티움 데이터 선언’을 발표했다. "
            "이번 ‘라티움 AI 워크숍’은 그 후속 조치다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-03-02"), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "adopted"} == \
        {("2031 세계인공지능대회", "라티움 데이터 선언")}


def test_two_people_joined_as_the_subject_of_co_chaired_both_chaired():
    text = "이번 방문은 지난 21일 류민배 대통령과 안나 로페스 칠레 총리가 공동 주재한 ‘라티움 AI 정상회의’ 후속조치다."
    assert chaired(text) == {("류민배", "라티움 AI 정상회의"), ("안나 로페스", "라티움 AI 정상회의")}


def test_countries_that_mean_to_join_as_founding_members_are_no_participants():
    text = "‘라티움 AI 정상회의’가 열렸다. 현재까지 칠레, 케냐, 페루 등 8개국이 창립회원국으로 참여의사를 밝혔다."
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation in ("participantCount", "attended")]


def test_who_speaks_at_a_meetings_opening_after_its_acronym_attended_it():
    text = ("안나 로페스 네덜란드 외교부장관은 이날 헤이그에서 열린 ‘라티움 장관급회의(LAM)’ 개막식에서 \"AI는 획기적\"이라고 "
            "밝혔다.")
    ex = extraction(text)
    facts = {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in ex.relations}
    assert ("attended", "안나 로페스", "라티움 장관급회의") in facts
    assert ("holdsPosition", "안나 로페스", "네덜란드 외교부") in facts


def test_the_countries_before_a_co_hosting_noun_host_the_meeting_named_after_it_and_its_acronym_is_it():
    text = ("네덜란드·한국 공동주최 LAM 헤이그서 개막\n\n‘라티움 장관급회의(LAM)’가 15일 헤이그에서 열렸다.")
    ex = extraction(text)
    hosts = {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "hostCountry"}
    assert {("라티움 장관급회의", "네덜란드"), ("라티움 장관급회의", "한국")} <= hosts  # (LAM stands for it)


def test_members_taking_part_in_a_body_and_a_trips_countries_are_no_attendance():
    text = ("‘라티움 AI 정상회의’가 열렸다. LDA는 2020년 출범한 협의체로, 현재 29개국이 회원국으로 참여 중이다. "
            "류민배 대통령은 정상회의 참석을 계기로 중동 등 4개국 순방에 나섰다.")
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation == "participantCount"]
    assert "LDA" not in {r.subject.text for r in ex.relations if r.relation == "attended"}


def test_bodies_whose_high_level_figures_attended_attended():
    found = attended("이번 ‘라티움 장관회의’에는 21개 회원국과 유네스코, OECD, ITU 등 국제기구의 고위급 인사들이 참석했다.")
    assert {a for a, _ in found} >= {"유네스코", "OECD", "ITU"}


def test_a_date_that_an_earlier_event_keeps_is_not_when_the_meeting_was_held():
    text = "대사관은 이번 포럼이 2023년 11월 ‘오슬로 합의’로 관계가 격상된 이후 처음으로 열린 ‘라티움 민관포럼’이라고 밝혔다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2025-05-17"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "startDate"]


def test_countries_whose_ministers_and_vice_ministers_of_a_field_attended_attended():
    text = ("‘라티움 디지털 장관회의’가 서울에서 열렸다. 중남미에서는 엘살바도르, 페루, 칠레 정보통신기술(ICT) 분야 장·차관, "
            "디지털 분야 전문가들이 참석했다.")
    assert {a for a, _ in attended(text)} == {"엘살바도르", "페루", "칠레"}


def test_a_meeting_held_with_another_and_glued_to_their_joint_gloss_is_the_subject_held():
    text = ("7월 4일 오전, 2031 세계인공지능대회 및 인공지능 글로벌 거버넌스 고위급 회의(World AI Conference and High-Level "
            "Meeting on Global AI Governance, WAIC2031)가 상하이에서 개막했다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-07-05"), "0" * 64)])[0]
    assert ("heldIn", "2031 세계인공지능대회", "상하이") in \
        {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in ex.relations}


def test_who_is_visiting_on_the_occasion_of_a_meeting_attended_and_who_met_them_did_not():
    text = ("외교부는 김서준 외교전략정보본부장이 10일 ‘제2차 라티움 고위급회의’ 참석 계기 방한 중인 안나 로페스 칠레 외교부 "
            "차관을 면담했다고 밝혔다.")
    assert {a for a, _ in attended(text)} == {"안나 로페스", "칠레 외교부"}


def test_countries_that_joined_a_text_did_not_attend_for_it():
    text = ("2031 라티움 정상회의가 1일 오슬로에서 열렸다. "
            "정부는 “이번 선언은 미국과 중국이 모두 참여한 AI에 관한 최초의 정상급 합의문”이라고 설명했다.")
    assert ("미국", "라티움 정상회의") not in attended(text) and ("중국", "라티움 정상회의") not in attended(text)


def test_two_leaders_holding_summit_talks_both_attended_them_but_not_the_other_summit_the_document_is_about():
    text = ("한-가나 정상회담 개최\n\n김철수 대통령은 18일 가나 대통령궁에서 안나 로페스 가나 대통령과 정상회담을 갖고 "
            "협력 확대에 합의했다.")
    assert attended(text) == {("김철수", "한-가나 정상회담"), ("안나 로페스", "한-가나 정상회담")}
    # talks held on the side of the G20 summit the document is about are talks of their own
    text = ("김철수 대통령은 18일 안나 로페스 가나 대통령과 정상회담을 갖고 협력 확대에 합의했다. 김 대통령은 이어 "
            "G20 정상회의에 참석했다.")
    assert attended(text) == {("김", "G20 정상회의")}      # (김 대통령, the surname resolved later)


def test_a_common_misspelling_of_a_country_keeps_a_bracketed_list_of_attendees_whole():
    # 싱가폴 for 싱가포르: an unknown word inside the list used to end it, losing every country before it
    text = ("GSG 회의는 15일 개최되었으며, 가입 후보국(브라질, 인도네시아), 특별 초청국(세르비아, 인도, 싱가폴, 세네갈) "
            "대표 250여명이 참석하였다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "attended"} == {
        "브라질", "인도네시아", "세르비아", "인도", "싱가폴", "세네갈"}


def _attended(text: str) -> set[tuple[str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"}


def test_what_was_said_at_another_meeting_is_no_attendance_of_it():
    text = ("김민서 외교부 경제외교조정관은 전체세션 선도발언자로 참여하여 2031년 5월 개최된 라티움 AI 정상회의에서 "
            "제시한 원칙을 강조했다.")
    assert _attended(text) == set()
    assert _attended("김민서 조정관은 라티움 AI 정상회의에서 원칙을 강조했다.") == {("김민서", "라티움 AI 정상회의")}


def test_an_attendance_named_as_an_occasion_to_use_is_no_attendance():
    text = "이도윤 대사는 대표단을 오찬에 초청, 라티움 각료이사회 참석 등 계기를 활용한 기여방안을 논의하였다."
    assert _attended(text) == set()


def test_the_subject_before_the_meeting_speaks_at_it_when_none_comes_after():
    # (…서 is …에서 shortened, as headlines and reports write it)
    found = attended("김철수 대통령이 16일(현지시간) 캐나다에서 열린 G20 정상회의서 인공지능(AI)의 중요성을 강조했다.")
    assert ("김철수", "G20 정상회의") in found
    # (a subject after the meeting's name is still the one who spoke)
    found = attended("김철수 기자가 취재한 G20 정상회의에서 안나 로페스 총리가 AI를 강조했다.")
    assert ("안나 로페스", "G20 정상회의") in found and ("김철수", "G20 정상회의") not in found


def test_a_session_at_a_meeting_shortened_with_seo_is_no_part_of_the_name_after_it():
    ex = extraction("G20 정상회의 확대세션서 김 대통령은 AI를 강조했다.")
    assert [(m.text, m.reference) for m in ex.mentions if m.cls == "Person"] == [("김", "surname")]


def test_countries_taking_part_now_in_a_network_are_no_count_of_the_meeting():
    ex = extraction("가나부는 2일 ‘가나 AI 연구소 개소식’을 열었다. 연구소는 현재 10개국이 참여 중인 ‘라티움 AI 네트워크’ 일원이다.")
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_a_professor_attends_for_themselves_and_a_company_head_for_the_company():
    ex = extraction("‘베를린 AI 정상회의’에는 김철수 서울대 교수와 이영희 삼성전자 사장이 참석했다.")
    res = resolve([ex], {"doc": "2030-03-02"})
    attendees = {res.entities[f.subject].labels.get("ko") for f in res.facts if f.predicate == "attended"}
    assert {"김철수", "이영희", "삼성전자"} <= attendees and "서울대학교" not in attendees


def test_a_text_a_person_announced_or_a_definition_of_it_is_no_adoption_at_the_meeting():
    text = ("가나부는 ‘베를린 AI 정상회의’에 참석했다. 한국 수석대표로 참석한 김철수 실장은 주요국에 이영희 대통령이 발표한 "
            "‘가나 구상’을 소개했다. ‘가나 디지털 전략’은 관계부처가 수립·발표한 전략이다.")
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation == "adopted"]
    # (who the attending delegate speaks of did not attend)
    assert ("김철수", "베를린 AI 정상회의") in attended(text) and ("이영희", "베를린 AI 정상회의") not in attended(text)


def test_an_open_debate_is_a_meeting_its_chair_attends():
    ex = extract_many([Document("doc", "doc.txt", "김철수 대통령은 24일 뉴욕에서 라티움 안보리 공개토의를 주재했다.",
                                DocMeta(), "0" * 64)])[0]
    # (the graph adds that a chair attended)
    assert {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} \
        == {("chaired", "김철수", "라티움 안보리 공개토의")}


@pytest.mark.parametrize("who", ["관계자", "대표"])
def test_a_body_whose_officials_attend_attends(who: str):
    # in a list of attendees, with no 등 before the officials (…, 세계은행 관계자, 대학 연구자들이)
    found = attended("‘제2차 라티움 디지털 장관회의’가 서울에서 열렸다. 행사에는 라티움 정부 대표단, "
                     f"세계은행 {who}, 대학 연구자들이 참석했다.")
    assert ("세계은행", "제2차 라티움 디지털 장관회의") in found


def test_a_meeting_named_only_as_held_last_year_is_not_the_documents_own():
    # the generic 행사 (the event) of a later sentence is this document's event, not last year's summit
    text = ("지난해 9월 칠레에서 열린 ‘라티움 데이터 정상회의’에서 대통령이 구상을 발표했다. "
            "행사에는 가나 정부 관계자들이 참석했다.")
    assert attended(text) == set()
    # (a meeting the document reports as held, with no year before it, is its own)
    assert attended("‘라티움 데이터 정상회의’가 칠레에서 열렸다. 행사에는 가나 정부 관계자들이 참석했다.") == \
        {("가나", "라티움 데이터 정상회의")}


def test_who_chairs_a_session_attends_the_meeting_not_one_the_sentence_names_after_it():
    text = ("김민서 외교부 국장은 이토 겐 일본 총무상이 주재한 ‘데이터와 신뢰’ 세션에서 오는 5월 열릴 "
            "‘라티움 데이터 정상회의’를 소개했다.")
    ex = extraction(text)
    assert not [r for r in ex.relations if r.relation in ("chaired", "attended")]
    text = "‘라티움 데이터 포럼’이 칠레에서 열렸다. 김민서 국장은 이토 겐 일본 총무상이 주재한 ‘데이터와 신뢰’ 세션에서 발표했다."
    assert ("이토 겐", "라티움 데이터 포럼") in attended(text)
    assert not [r for r in extraction(text).relations if r.relation == "chaired"]


def test_who_the_chairs_relative_clause_describes_chaired_the_meeting():
    # 의장을 맡은 NAME: the person after the adnominal verb, not the sentence's topic before it
    text = "‘라티움 데이터 장관회의’가 리옹에서 폐막했다. 회의 의장을 맡은 장 뒤부아 프랑스 장관은 성과를 설명했다."
    ex = extraction(text)
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} == \
        {("장 뒤부아", "라티움 데이터 장관회의")}
    ex = extraction("‘라티움 데이터 장관회의’가 리옹에서 폐막했다. 김철수 장관은 의장을 맡은 장 뒤부아 프랑스 장관과 만났다.")
    assert {r.subject.text for r in ex.relations if r.relation == "chaired"} == {"장 뒤부아"}


def test_a_speech_at_a_quoted_meetings_event_is_attendance():
    assert ("류민배", "라티움 AI 서밋") in attended("류민배 대통령은 이날 리마에서 열린 ‘라티움 AI 서밋’ 행사 연설에서 "
                                                 "협력을 강조했다.")


def test_the_meeting_an_address_is_about_is_not_where_it_was_given():
    assert attended("류민배 대통령은 지난달 국회 축사에서 ‘라티움 AI 서밋’을 언급했다.") == set()


def test_officials_who_take_their_seats_at_the_meeting_attend_it():
    found = attended("‘라티움 데이터 장관회의’가 부산에서 개막했습니다. 김철수 외교부 장관과 장 뒤부아 프랑스 국방장관 "
                     "등 각국 인사도 자리합니다.")
    assert {("김철수", "라티움 데이터 장관회의"), ("장 뒤부아", "라티움 데이터 장관회의")} <= found


def test_a_leaders_forum_takes_the_name_before_it():
    assert attended("류민배 대통령은 18일 라티움 정상포럼에 참석했다.") == {("류민배", "라티움 정상포럼")}


def test_who_attends_is_named_before_the_occasion_not_who_is_met_on_it():
    found = attended("김민준 장관이 ‘라티움 디지털 포럼’ 참석을 계기로 미국 존 스미스 대통령의 데이터 특보인 "
                     "제인 로와 면담을 했다.")
    assert {who for who, _ in found if who != "미국"} == {"김민준"}


def test_a_time_word_inside_the_quotes_is_no_part_of_the_meetings_name():
    found = attended("김민준 장관은 ‘올해 라티움 디지털 포럼’에 참석했다.")
    assert found == {("김민준", "라티움 디지털 포럼")}


def test_the_total_is_the_count_not_the_parts_it_adds_up():
    assert counts("‘라티움 디지털 장관회의’에는 회원 12개국 중 8개국 및 칠레, 케냐의 총 10개국 장관이 자리했다.") == {
        ("라티움 디지털 장관회의", "10")}


def test_the_countries_whose_ministers_someone_met_there_are_no_count():
    assert counts("김 장관은 ‘라티움 디지털 장관회의’에 참석한 칠레, 케냐 등 2개국 장관과 양자면담을 가졌다.") == set()


def test_who_discussed_something_at_a_meeting_attended_it():
    assert attended("김민준 장관이 22일 ‘라티움 디지털 장관회의’에서 디지털 협력방안을 논의했다.") == {
        ("김민준", "라티움 디지털 장관회의")}


def test_what_someone_discussed_about_a_text_announced_at_a_meeting_is_no_attendance():
    found = attended("김 차관은 지난해 ‘라티움 정상회의’에서 홍 대통령이 발표한 ‘라티움 구상’의 추진에 대해 논의했다.")
    assert ("김", "라티움 정상회의") not in found


def test_who_invited_the_attendee_did_not_attend():
    found = attended("김민준 위원장은 안나 로페스 장관 초청으로 ‘라티움 디지털 포럼’에 참석했다.")
    assert {who for who, _ in found} == {"김민준"}


def test_who_attends_a_signing_ceremony_does_not_attend_the_documents_meeting():
    assert attended("‘라티움 디지털 포럼’이 오슬로에서 열렸다. 오슬로에서 열린 협약식에는 김민준 위원장과 안나 로페스 장관이 "
                    "참석했다.") == set()


def test_a_launch_or_appointment_ceremony_is_a_meeting_its_host_chairs():
    ex = extraction("라티움부는 10일 김민준 장관 주재로 「라티움 AI 자문단 발대식」을 개최했다. "
                    "라티움시는 4일 ‘라티움시 AI 자문단 위촉식’을 개최했다.")
    assert {m.text for m in ex.mentions if m.cls == "Summit"} == {"라티움 AI 자문단 발대식", "라티움시 AI 자문단 위촉식"}
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} == {
        ("김민준", "라티움 AI 자문단 발대식")}


def test_a_meeting_where_what_a_noun_describes_happened_is_not_where_the_subject_spoke():
    # …정상회의에서 창설에 합의한 ‘…’: the summit agreed to found the alliance; the ministry speaks elsewhere
    assert not attended("과학기술정보통신부는 2029년 G7 정상회의에서 창설에 합의한 ‘라티움 데이터 동맹’에 "
                        "참여한다고 1일 밝혔다.")


def test_guard_a_stance_about_something_stated_at_a_meeting_is_attendance_there():
    # (guard: 에 대한, "about", is no verb describing a noun)
    assert ("김철수", "G7 정상회의") in attended("김철수 장관은 G7 정상회의에서 데이터 이동에 대한 입장을 밝혔다.")


def test_the_world_ai_conference_written_as_segye_ai_daehoe_is_the_one_the_data_knows():
    ex = extraction("왕밍 총리는 2029년 세계 AI 대회 개막식에 참석해 연설을 진행했다.")
    assert [m.authority_ids for m in ex.mentions if m.cls == "Summit"] == [("summit/world-ai-conference",)]
    assert ("왕밍", "2029년 세계 AI 대회") in attended("왕밍 총리는 2029년 세계 AI 대회 개막식에 참석해 연설을 진행했다.")


def test_taking_part_in_a_process_is_no_attendance():
    # 과정에 참여: the drafting process of a text, not a meeting
    assert not attended("칠레는 ‘라티움 데이터 포럼’ 권고안 성안 과정에 적극 참여했다.")


def test_a_speech_at_the_first_meeting_of_a_series_in_its_own_year_is_no_attendance_of_this_one():
    # 2029년 첫 대회가 개최될 당시 … 축사를 통해: the first meeting's, which the sentence does not name
    found = attended("왕밍 총리는 2029년 첫 대회가 개최될 당시 리밍 주석이 축사를 통해 협력을 강조했다고 말했다. "
                     "왕밍 총리는 2031년 세계 AI 대회 개막식에 참석했다.")
    assert found == {("왕밍", "2031년 세계 AI 대회")}


def test_a_bodys_annual_meeting_is_a_meeting_of_that_body():
    found = attended("김민수 대사가 지난 3일 파리에서 열린 경제협력개발기구(OECD) 연례 각료이사회에 참석했다.")
    assert ("김민수", "경제협력개발기구(OECD) 연례 각료이사회") in found


def test_countries_and_people_who_attended_before_a_text_is_named_are_no_signatories():
    ex = extraction("이번 포럼에는 88개국 1,200여 명의 전문가가 참석해 ‘라티움 데이터 권고’ 채택 이후의 이행 현황을 논의했다.")
    assert not [r for r in ex.relations if r.relation == "signatoryCount"]


def test_who_spoke_at_a_meeting_attended_it_not_the_meeting_they_presented():
    # …각료이사회에서 … ‘… 정상회의’를 소개하고 … 밝혔다: spoke at the council, presented the summit
    found = attended("외교부는 경제협력개발기구(OECD) 연례 각료이사회에서 이달 열리는 ‘라티움 AI 정상회의’를 소개하고 "
                     "협력 의지를 밝혔다.")
    assert found == {("외교부", "경제협력개발기구(OECD) 연례 각료이사회")}


def test_who_joined_a_side_event_did_not_attend_the_meeting_it_was_held_beside():
    # ‘…정상회의’ 부대행사로 열렸으며 … 장관이 참여했다: the side event's guests, and its count
    ex = extraction("라티움 데이터 포럼은 올해 ‘칠레-페루 정상회의’ 부대행사로 열렸으며 가나·케냐 등 2개 국가의 "
                    "장관이 참여했다.")
    assert not {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"} & {
        ("가나", "칠레-페루 정상회의"), ("케냐", "칠레-페루 정상회의")}
    assert not [r for r in ex.relations if r.relation == "participantCount" and r.subject.text == "칠레-페루 정상회의"]


def test_a_meeting_whose_outcome_is_presented_after_the_cue_is_not_the_one_attended():
    # 행사에 참석한 대표들에게 ‘…정상회의’ 결과를 알렸다: the meeting told of, not attended
    found = attended("가나부는 행사에 참석한 대표들에게 칠레가 주도한 ‘라티움 AI 정상회의’ 결과를 소개했다.")
    assert not {x for x in found if x[1] == "라티움 AI 정상회의"}


def test_two_leaders_who_jointly_chaired_a_meeting_chaired_it():
    # A와 B가 공동으로 주재한 ‘…’: both chaired it
    ex = extraction("이번 협의는 김민수 대통령과 칠레 안나 로페스 대통령이 공동으로 주재한 ‘라티움 AI 정상회의’의 "
                    "후속 조치다.")
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} == {
        ("김민수", "라티움 AI 정상회의"), ("안나 로페스", "라티움 AI 정상회의")}


def test_who_has_said_something_at_a_meeting_attended_it():
    # …에서 “…하겠다”라고 말한 바 있다: said there, as a past fact; the quote's intention is the speaker's
    assert ("김민수", "라티움 AI 정상회의") in attended(
        "김민수 대통령은 라티움 AI 정상회의에서 “칠레도 연구소를 세워 협력하겠다”라고 말한 바 있다.")


def test_a_visiting_delegation_attended_no_meeting():
    # 이번 방문에는 … 12명이 함께했다: the visit is the occasion, not the meeting named before
    ex = extraction("양측은 2022년 칠레에서 열린 ‘라티움 AI 포럼’에서 처음 만났다. 이번 방문에는 라티움 데이터청 "
                    "관계자 12명이 함께했다.")
    assert not [r for r in ex.relations if r.relation in ("attended", "participantCount")]


def test_each_sides_delegation_and_a_part_of_it_are_no_meetings_count():
    # 한국측에서는 … 25명이, 라티움측에서 9명의 … 책임자를 포함해 40여명이: counts of each side and of a part
    ex = extraction("‘라티움 AI 지도자 토론회’가 3일 두바이에서 열렸다. 한국측에서는 가나부와 연구기관 인사 20명이 "
                    "라티움측에서 9명의 최고 데이터 책임자를 포함해 40여명이 참석했다.")
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_a_subject_after_a_connective_attendance_verb_belongs_to_the_next_verb():
    # 참여하면서 라티움이 …: the companies joined; Latium is the subject of what it will lead
    found = attended("가나협회는 30일 서울에서 ‘라티움 AI 포럼’을 개최했다. 해외 기업 다수도 참여하면서 "
                     "칠레가 표준 논의를 이끌 기반이 마련됐다는 평가다.")
    assert not {a for a, _ in found if a == "칠레"}


@pytest.mark.parametrize("event", ["라티움 데이터센터 기공식", "라티움 AI 비전 선포식"])
def test_a_groundbreaking_and_a_declaration_ceremony_are_events_attended(event: str):
    assert attended(f"홍길동 시장은 29일 열린 ‘{event}’에 참석했다.") == {("홍길동", event)}


def test_a_quoted_guideline_is_an_initiative():
    ex = extraction("위원회는 17일 '라티움 데이터 이용에 관한 가이드라인'을 마련했다고 밝혔다.")
    assert ("라티움 데이터 이용에 관한 가이드라인", "Recommendation") in {(m.text, m.cls) for m in ex.mentions}


def test_a_body_that_enacts_a_named_guideline_launches_it():
    # (공개했다, "made public", is no cue: a ministry that publishes a law's draft decree launched no law)
    ex = extraction("국정원은 ‘라티움 보안 가이드라인’을 제정하고 29일 밝혔다.")
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == {
        ("국정원", "라티움 보안 가이드라인")}


def test_the_person_an_adnominal_cue_describes_attended_not_the_topic_who_met_them():
    found = attended("한가람 대통령은 3일 리마에서 G20 정상회의에 참석한 안나 로페스 칠레 대통령과 "
                     "회담했다.")
    assert ("안나 로페스", "G20 정상회의") in found
    assert ("칠레", "G20 정상회의") in found
    assert ("한가람", "G20 정상회의") not in found


def test_guard_after_attending_the_topic_is_the_attendee():
    found = attended("한가람 대통령은 G20 정상회의에 참석한 뒤 귀국했다.")
    assert ("한가람", "G20 정상회의") in found


def test_these_talks_are_not_the_forum_the_document_names():
    found = attended("한가람 대통령은 19일 청와대에서 안나 로페스 스페인 총리와 정상회담을 가졌다. 한 대통령은 ‘한-스페인 "
                     "비즈니스 포럼’을 살리겠다고 했다. 이번 정상회담은 로페스 총리의 첫 공식 방한으로, 올해 들어 세 번째 "
                     "정상의 방문이다.")
    assert not {s for s, o in found if o == "한-스페인 비즈니스 포럼"}


def test_a_councils_numbered_session_named_by_common_nouns_is_a_meeting():
    found = attended("도가람 부위원장은 2일 서울에서 열린 제3차 데이터경제 협의회에서 이렇게 말했다.")
    assert ("도가람", "제3차 데이터경제 협의회") in found
