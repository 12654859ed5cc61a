"""Who signed an initiative, read from Korean sentences: the adopters are the subject of an
active verb; a passive verb makes the text the subject, and whoever else the sentence
names took part in the meeting, which is not signing."""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many
from graph.resolve import resolve


def signed(text: str) -> set[tuple[str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "signed"}


def test_the_subject_of_an_active_adoption_signs():
    found = signed("이날 미국과 프랑스, 캐나다 등 10개국은 ‘서울 선언’을 채택했다.")
    assert {("미국", "서울 선언"), ("프랑스", "서울 선언"), ("캐나다", "서울 선언")} <= found


def test_those_taking_part_while_a_text_is_adopted_do_not_sign_it():
    text = ("미국·프랑스 등 9개국과 유럽연합, OECD, 삼성전자 회장 등이 참여한 가운데 "
            "정상 간 합의 문서인 ‘서울 선언’ 등이 채택됐다.")
    assert signed(text) == set()


def test_a_passive_signing_names_no_signer_either():
    assert signed("캐나다와 호주가 참석한 회의에서 ‘서울 선언’이 서명됐다.") == set()


def test_a_country_announcing_its_own_text_is_no_summits_adoption():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’가 오슬로에서 열렸다.\n"
                                "칠레는 ‘AI 행정명령’을 발표했고, 케냐는 ‘AI 기본법’을 통과시켰다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "adopted"]
    named = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’에서 칠레와 케냐는 ‘오슬로 선언’을 발표했다.",
                                   DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert ("AI 행동 정상회의", "오슬로 선언") in {(r.subject.text, r.object.text) for r in named.relations
                                                 if r.relation == "adopted"}


def test_a_dialogue_named_as_the_place_of_an_agreement_is_not_what_was_agreed():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 행동 정상회의’ 후속이다. 「라티움 AI 워킹그룹」은 작년 12월에 개최된 "
                                "‘한-라 신흥기술대화’에서 합의된 사항이다.", DocMeta(date="2031-04-12"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "adopted"]


def test_concluding_an_agreement_is_signing_it():
    found = signed("과학기술정보통신부는 29일 캐나다와 ‘한-캐나다 기술협력 업무협약’을 체결했다고 밝혔다.")
    assert found == {("과학기술정보통신부", "한-캐나다 기술협력 업무협약"), ("캐나다", "한-캐나다 기술협력 업무협약"),
                     ("한", "한-캐나다 기술협력 업무협약")}       # (the parties it is named for)


def test_support_asked_for_is_not_given():
    assert signed("장관은 김민수 ITU 사무총장과 만나 ‘디지털 권리장전’에 대한 ITU 차원의 지지와 협조를 요청했다.") == set()


def test_a_country_that_enacts_a_law_is_who_launched_it():
    text = "라티움 정상회의가 열렸다. 한국은 지난해 ‘가나 AI 기본법’을 제정했으며, 일본은 ‘다라 AI 전략’을 발표했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-05-02"), "0" * 64)])[0]
    launched = {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"}
    assert ("한국", "가나 AI 기본법") in launched
    # (and not also the country its name starts with: the text says who enacted it)
    assert ("가나", "가나 AI 기본법") not in launched
    # a draft of a decree (시행령 제정안) is not the law's enactment: the ministry launched nothing
    # (the law is still Ghana's, by its name)
    text = "과학기술정보통신부는 ‘가나 AI 기본법’의 시행령 제정안을 공개했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-05-02"), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == {
        ("가나", "가나 AI 기본법")}


def test_signers_named_after_the_text_they_signed():
    assert signed("‘라티움 선언’에는 한국, 일본 등 50개국이 서명했다. 미국과 영국은 서명하지 않았다.") == {
        ("한국", "라티움 선언"), ("일본", "라티움 선언")}


def test_a_text_quoted_once_is_the_same_name_where_the_document_writes_it_without_quotes():
    text = "‘라티움 선언’이 채택됐다.\n라티움 선언에는 한국, 일본 등 50개국이 서명했다. 라티움 선언문 초안은 공개되지 않았다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    names = [m.text for m in ex.mentions if m.cls == "Declaration"]
    assert names.count("라티움 선언") == 2            # not a third inside 라티움 선언문, a longer word
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "signed"} == {
        ("한국", "라티움 선언"), ("일본", "라티움 선언")}


def test_the_resolution_a_body_was_set_up_by_is_not_what_the_summit_launched():
    # ‘…결의’로 설립됐다: the resolution is the means; nothing here says a summit launched it
    ex = extract_many([Document("doc", "doc.txt", "과학패널은 지난해 8월 유엔 총회 결의로 설립됐으며, 2024년 ‘AI 서울 "
                                "정상회의’ 당시 논의가 시작됐다.", DocMeta(), "0" * 64)])[0]
    # (the resolution is the General Assembly's, by its name)
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == {
        ("유엔 총회", "유엔 총회 결의")}


def test_what_the_ministers_agreed_to_set_up_is_not_launched_yet():
    ex = extract_many([Document("doc", "doc.txt", "‘제1차 가나 AI 장관회의’에서 참석국들은 ‘가나 AI 협력 센터’를 설립하기로 "
                                "합의했다.", DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation in ("launched", "adopted")]


def test_concluding_a_memorandum_is_signing_it():
    assert signed("과학기술정보통신부는 14일 ‘AI 안전 연구 협력에 관한 양해각서’를 체결했다.") == \
        {("과학기술정보통신부", "AI 안전 연구 협력에 관한 양해각서")}


def test_signers_in_a_later_clause_sign_the_text_named_before_by_its_head_word():
    text = "정상회의 참가국들은 ‘가나 AI 선언’을 채택했으며, 한국과 일본 등 30개국이 선언에 서명했다."
    assert signed(text) == {("한국", "가나 AI 선언"), ("일본", "가나 AI 선언")}


def test_an_mou_named_so_in_korean_is_an_agreement_its_parties_sign():
    # (and the two countries it is named for)
    assert signed("과학기술정보통신부는 29일 ‘한-칠레 AI 협력 MOU’를 공식 체결했다고 발표했다.") == \
        {("과학기술정보통신부", "한-칠레 AI 협력 MOU"), ("한", "한-칠레 AI 협력 MOU"), ("칠레", "한-칠레 AI 협력 MOU")}


def test_who_chaired_the_meeting_is_no_signer_for_their_body():
    text = ("이번 장관회의는 박서준 과학기술정보통신부 장관 주재로 진행됐으며, 역내 장관들이 참석한 가운데 "
            "‘가나 AI 공동선언문’을 채택했다.")
    assert ("과학기술정보통신부", "가나 AI 공동선언문") not in signed(text)


def test_an_adoption_that_is_another_verbs_object_was_not_made():
    ex = extract_many([Document("doc", "doc.txt", "‘가나 AI 정상회의’ 참가국들은 ‘가나 AI 권고’에 대한 국제적 합의를 "
                                "이끌어내는 데 기여했다.", DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation in ("adopted", "launched")]


@pytest.mark.parametrize("text, launched", [
    ("과기정통부는 칠레 현지 ‘한-칠레 디지털 플랫폼’ 출범 등의 협력 강화 방안을 칠레 정부에 제안했다.", False),
    ("과기정통부는 ‘한-칠레 디지털 플랫폼’ 출범 방안을 논의했다.", False),
    ("과기정통부는 지난해 ‘한-칠레 디지털 플랫폼’을 출범했다.", True),
])
def test_a_launch_that_is_a_proposals_or_plans_content_was_not_made(text: str, launched: bool):
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert bool([r for r in ex.relations if r.relation == "launched"]) is launched


@pytest.mark.parametrize(("ending", "launched"), [("공동 설립하는 방안에 합의했다고", False), ("공동 설립했다고", True)])
def test_a_plan_agreed_to_set_something_up_is_no_launch(ending: str, launched: bool):
    text = f"행정안전부는 23일 ‘2차 한-라티움 IT협력위원회’를 개최하고 라티움에 ‘IT협력센터’를 {ending} 밝혔다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert bool([r for r in ex.relations if r.relation == "launched"]) is launched


def test_what_a_signed_memorandum_is_for_is_not_what_was_signed():
    found = signed("행정안전부는 라티움 정보통신부와 ‘한-라티움 디지털정부 협력센터’ 설립을 위한 양해각서(MOU)를 체결했다.")
    assert ("행정안전부", "한-라티움 디지털정부 협력센터") not in found


@pytest.mark.parametrize("where", ["23일(프랑스 현지시각) 프랑스 파리 라티움 본부에서", "영국 버킹엄셔 라티움 파크에서"])
def test_a_country_named_for_where_or_when_does_not_sign(where: str):
    found = signed(f"라티움한국위원회는 {where} 열린 총회에서 ‘라티움 윤리 권고’를 채택했다고 24일 밝혔다.")
    assert not {s for s in found if s[0] in ("프랑스", "영국")}


def test_who_announces_that_others_signed_does_not_sign():
    found = signed("홍길동 영국 과학기술부 장관은 세계 28개국과 유럽연합(EU)이 ‘라티움 선언’에 서명했다고 발표했다.")
    assert ("유럽연합", "라티움 선언") in found
    assert ("영국", "라티움 선언") not in found


def test_a_count_of_signers_before_an_active_signing():
    ex = extract_many([Document("doc", "doc.txt", "세계 28개국과 유럽연합(EU)이 ‘라티움 선언’에 서명했다.", DocMeta(), "0" * 64)])[0]
    assert [(r.subject.text, r.value) for r in ex.relations if r.relation == "signatoryCount"] == [("라티움 선언", "28")]


def test_the_source_s_city_and_a_body_s_members_do_not_sign():
    found = signed("홍콩 사우스차이나모닝포스트(SCMP)에 따르면 1일 유엔 총회에서 미국을 포함한 140여 회원국은 "
                   "‘라티움 AI 결의안’을 채택했습니다. 앞서 유엔 회원국들은 ‘라티움 안전 결의안’을 채택한 바 있습니다.")
    assert ("미국", "라티움 AI 결의안") in found
    assert not {s for s in found if s[0] in ("홍콩", "유엔")}


def test_every_body_of_the_subjects_list_launched_what_they_formed():
    text = "네이버와 카카오, 삼성전자가 30여개 연구기관이 참여한 오스트라 AI 얼라이언스를 결성했다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-05-02"), "0" * 64)])[0]
    launched = {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"}
    assert launched == {("네이버", "오스트라 AI 얼라이언스"), ("카카오", "오스트라 AI 얼라이언스"),
                        ("삼성전자", "오스트라 AI 얼라이언스")}


def test_the_countries_taking_part_in_a_text_said_of_the_text_signed_it():
    assert signed("‘오스트라 선언’에는 케냐, 가나, 페루 등 30개국이 참여했다.") == {
        ("케냐", "오스트라 선언"), ("가나", "오스트라 선언"), ("페루", "오스트라 선언")}
    # taking part in a meeting where a text was discussed is no signing
    assert signed("케냐와 가나는 ‘라티움 포럼’에 참여해 ‘오스트라 선언’을 논의했다.") == set()


def test_a_country_that_ratified_a_text_signed_it():
    assert signed("칠레는 지난달 ‘오스트라바 인공지능 협약’을 비준했다.") == {("칠레", "오스트라바 인공지능 협약")}


def test_a_text_announced_at_another_meeting_the_sentence_names_is_not_the_documents_meetings():
    text = ("김철수 장관이 10일 ‘가나 데이터위원회 출범식’을 주재했다. 위원회 설립은 지난 4월 김 장관이 "
            "데이터 현안점검회의에서 ‘가나 데이터 이니셔티브’를 발표하면서 추진됐다.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-12"), "0" * 64)])[0]
    assert [(m.text, m.cls) for m in ex.mentions if m.cls == "Summit"][:1] == [("가나 데이터위원회 출범식", "Summit")]
    assert not [r for r in ex.relations if r.relation == "adopted"]


@pytest.mark.parametrize("text, launchers", [
    ("케냐 정부는 ‘오스트라 AI 네트워크’를 출범시켰다.", {"케냐"}),
    ("케냐와 가나 주도로 ‘오스트라 AI 네트워크’가 출범했다.", {"케냐", "가나"}),
])
def test_a_country_its_government_or_the_countries_that_led_it_launched_it(text, launchers):
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-12"), "0" * 64)])[0]
    assert {r.subject.text for r in ex.relations if r.relation == "launched"} == launchers


def test_who_took_part_in_this_alliance_joined_the_alliance_the_document_names():
    from graph.resolve import resolve
    text = "케냐는 ‘오스트라 AI 얼라이언스’를 결성했다고 밝혔다. 이 얼라이언스에는 칠레, 페루 등도 참여했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-12"), "0" * 64)]),
                  {"doc": "2030-03-12"})
    assert {(f.subject, f.object) for f in res.facts if f.predicate == "signed"} == {
        ("country/chile", "initiative/oseuteura-ai-eolraieonseu"), ("country/peru", "initiative/oseuteura-ai-eolraieonseu")}


def test_a_body_or_country_at_the_start_of_a_texts_name_issued_it():
    ex = extract_many([Document("doc", "doc.txt", "참석자들은 ‘EU 데이터법’과 유엔 총회 결의안, 칠레 AI 정상회의 공동선언을 논의했다.",
                                DocMeta(), "0" * 64)])[0]
    launched = {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"}
    # (the joint declaration is the summit's, which the country's name only places)
    assert launched == {("EU", "EU 데이터법"), ("유엔 총회", "유엔 총회 결의안")}


def test_an_agreement_signed_in_a_reports_nominal_ending():
    assert signed("칠레와 케냐는 ‘오슬로 협정’에 서명함") == {("칠레", "오슬로 협정"), ("케냐", "오슬로 협정")}


def test_a_country_named_before_an_agreement_did_not_issue_it_alone():
    ex = extract_many([Document("doc", "doc.txt", "양국 정상은 한-칠레 디지털경제협약(DEA)에 서명했다.", DocMeta(),
                                "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "launched"]


def test_a_proposal_to_launch_launches_nothing():
    ex = extract_many([Document("doc", "doc.txt", "‘라티움 정상회의’에서는 ‘라티움 데이터 플랫폼’을 출범하자는 제안이 나왔다.",
                                DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "launched"]


def test_the_joint_declaration_is_no_trade_agreement_the_document_also_names():
    from graph.resolve import resolve
    doc = Document("doc", "doc.txt", "라티움 정상회의 공동선언문 채택\n‘라티움 정상회의’가 5월 3일 리마에서 열렸다. "
                   "칠레는 2019년 케냐와 ‘칠레-케냐 자유무역협정’을 체결했다.", DocMeta(date="2031-05-03"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-05-03"})
    assert not [f for f in res.facts if f.predicate == "adopted" and "jayumuyeok" in f.object]


def test_the_parties_a_pact_is_named_for_signed_it():
    ex = extract_many([Document("doc", "doc.txt", "과기정통부는 3일 한-칠레 데이터 협력 양해각서를 체결했다. "
                                "지난해 맺은 한미 인공지능 협정과 칠레·케냐 데이터 협정도 소개했다.", DocMeta(), "0" * 64)])[0]
    parties = {(r.subject.authority_ids[0], r.object.text) for r in ex.relations if r.method == "parties-in-name"}
    assert parties == {("country/south-korea", "한-칠레 데이터 협력 양해각서"), ("country/chile", "한-칠레 데이터 협력 양해각서"),
                       ("country/south-korea", "한미 인공지능 협정"), ("country/united-states", "한미 인공지능 협정"),
                       ("country/chile", "칠레·케냐 데이터 협정"), ("country/kenya", "칠레·케냐 데이터 협정")}


def test_a_short_form_read_in_a_row_of_parties_is_no_name_of_the_country():
    from graph.resolve import resolve
    doc = Document("doc", "doc.txt", "양국은 한미 데이터 협정에 서명했다.", DocMeta(), "0" * 64)
    us = next(e for e in resolve(extract_many([doc]), {}).entities.values() if e.authority_id == "country/united-states")
    assert "미" not in {t for t, _ in us.alt_labels} | set(us.labels.values())


def test_no_party_signs_a_meetings_text_or_one_still_to_be_signed():
    ex = extract_many([Document("doc", "doc.txt", "‘한-칠레 정상회의’는 한-칠레 정상회의 공동성명을 채택했다. "
                                "양국은 내년에 한·케냐 데이터 협정을 체결할 예정이다. 독일 데이터 협정도 있다.",
                                DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.method == "parties-in-name"]


def test_a_venue_glossed_in_brackets_before_에서_is_no_signer():
    assert signed("칠레 라티움데이터연구원(LDI)에서 열린 ‘라티움 정상회의’에서 참가국들이 ‘리마 선언’을 채택했다.") == set()


def test_one_body_adopting_a_text_made_it_and_countries_adopting_one_signed_it():
    def facts(text):
        ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
        return {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.relation in ("signed", "launched")}
    assert facts("OECD는 2031년 ‘라티움 데이터 원칙’을 채택했다.") == {("launched", "OECD", "라티움 데이터 원칙")}
    assert facts("칠레와 OECD는 2031년 ‘라티움 데이터 원칙’을 채택했다.") == \
        {("signed", "칠레", "라티움 데이터 원칙"), ("signed", "OECD", "라티움 데이터 원칙")}
    # (adopted at a meeting: the meeting adopted it, not the body that reports it)
    assert not {f for f in facts("유네스코는 리마에서 열린 ‘라티움 데이터 총회’에서 ‘라티움 데이터 권고’를 채택했다.")
                if f[0] == "launched" and f[1] == "유네스코"}


def test_the_assembly_that_passed_a_law_launched_it():
    ex = extract_many([Document("doc", "doc.txt", "국회는 이날 오후 본회의를 열고 ‘라티움 데이터 기본법안’을 통과시켰다.",
                                DocMeta(date="2024-12-26"), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == \
        {("국회", "라티움 데이터 기본법안")}


def test_a_text_announced_before_the_meeting_was_not_adopted_at_it():
    ex = extract_many([Document("doc", "doc.txt", "이번 ‘라티움 디지털 포럼’은 지난해 대통령 ‘라티움 구상’ 발표 이후 이어 온 "
                                "디지털 아젠다를 확산하기 위해 개최됐다.", DocMeta(date="2023-06-21"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "adopted"]


def test_the_indo_pacific_is_no_country_that_launched_a_strategy():
    ex = extract_many([Document("doc", "doc.txt", "공동성명에는 한국 정부의 인도 태평양전략 및 인도·태평양 구상에 기반한 협력 "
                                "의지를 담았다.", DocMeta(date="2023-02-12"), "0" * 64)])[0]
    assert "인도" not in {m.text for m in ex.mentions if m.cls == "Country"}


def test_a_body_whose_member_countries_adopted_a_text_and_a_text_a_body_rests_on_were_not_signed():
    ex = extract_many([Document("doc", "doc.txt", "지난주 ‘AI 서울 정상회의’에서 아세안 국가 포함 28개국이 ‘서울 장관 성명’을 "
                                "채택했다. GPAI는 ‘OECD AI 원칙’에 기반해 협력을 촉진하는 협의체로, OECD 회원국을 포함한 "
                                "44개국이 참여하고 있다.", DocMeta(date="2024-05-28"), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "signed" and r.subject.cls != "Country"]


def test_a_text_quoted_by_its_name_with_its_kind_after_the_quotes_is_signed():
    assert signed("칠레와 케냐는 '데이터 평화와 안보' 결의안에 서명했다.") == \
        {("칠레", "데이터 평화와 안보 결의안"), ("케냐", "데이터 평화와 안보 결의안")}


@pytest.mark.parametrize("kind", ["계획", "약속"])
def test_a_quoted_slogan_before_a_plan_or_promise_is_no_text(kind: str):
    ex = extract_many([Document("doc", "doc.txt", f"칠레는 ‘AI 3대 강국’ {kind}을 발표했다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls not in ("Country",)]


def _made(text: str) -> set[tuple[str, str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-06-01"), "0" * 64)])[0]
    return {(r.relation, r.subject.text, r.object.text) for r in ex.relations
            if r.relation in ("adopted", "launched", "signed")}


def test_the_ministers_text_glued_to_them_is_adopted_by_their_meeting_not_made_by_their_body():
    text = ("‘라티움 디지털 장관회의’가 8일 오슬로에서 열렸다. LDA 장관들은 포용적 성장을 담은 오슬로 디지털 "
            "장관선언문을 채택했다.")
    assert _made(text) == {("adopted", "라티움 디지털 장관회의", "오슬로 디지털 장관선언문")}


@pytest.mark.parametrize("text", [
    "‘라티움 AI 정상회의’에서 채택된 ‘오슬로 선언’의 핵심 의제인 ‘AI 안전연구소 설립’을 구체화하기 위함이다.",
    "‘오슬로 선언’ 핵심 의제인 AI 안전연구소 설립 준비 목적",
])
def test_an_establishment_quoted_as_an_agenda_item_or_being_prepared_launches_nothing(text: str):
    assert not {r for r in _made(text) if r[0] == "launched"}


def test_the_recommendation_a_declaration_carries_out_is_not_adopted():
    text = ("‘라티움 AI 표준 서밋’이 서울에서 열렸다. 개회식에서는 김서준 총리가 유엔 권고 이행의 첫 조치로 ‘AI 표준 오슬로 "
            "선언’을 발표했다.")
    assert {r for r in _made(text) if r[0] == "adopted"} == {("adopted", "라티움 AI 표준 서밋", "AI 표준 오슬로 선언")}


def test_a_joining_sought_is_no_signing():
    assert signed("칠레는 ‘오슬로 선언’ 가입을 추진하고 있다.") == set()


def test_a_bodys_text_named_after_its_possessive_needs_the_whole_noun_phrase():
    ex = extract_many([Document("doc", "doc.txt", "김서준 차관은 OECD의 AI 권고안 채택을 주도했다.", DocMeta(), "0" * 64)])[0]
    assert "initiative/oecd-ai-policy-observatory" not in {i for m in ex.mentions for i in m.authority_ids}


def test_a_meeting_held_as_part_of_a_bodys_session_and_a_support_spoken_of_sign_nothing():
    text = ("뉴욕에서 유엔총회의 일환으로 개최된 ‘라티움 정상회의’에서 193개 회원국들은 ‘오슬로 협약’을 채택했다. 이날 채택된 "
            "‘오슬로 협약’에는 김서준 유엔 사무총장의 제안에 따른 평화 유지 지지에 관한 56개 행동강령이 담겼다.")
    assert signed(text) == set()


def test_who_led_or_tabled_a_text_is_its_party_and_an_adoption_spoken_of_signs_nothing_more():
    text = ("유엔총회 1위원회에서 칠레와 케냐가 공동 상정한 ‘데이터 평화’ 결의안이 채택됐다. 금년 3월 페루와 가나가 각각 "
            "주도한 ‘오슬로 결의안’이 채택된 바 있으나, ‘데이터 평화’ 결의안 채택은 이번이 처음이다.")
    assert signed(text) == {("칠레", "데이터 평화 결의안"), ("케냐", "데이터 평화 결의안"), ("페루", "오슬로 결의안"),
                            ("가나", "오슬로 결의안")}


def test_a_plan_listed_as_a_noun_is_not_launched():
    ex = extract_many([Document("doc", "doc.txt", "대통령실은 “‘라티움 AI 센터’ 설립 등 정부의 AI 정책을 반영하고 있다”고 "
                                                    "설명했다.", DocMeta(), "0" * 64)])[0]
    assert [r for r in ex.relations if r.relation == "launched"] == []


def test_a_quotes_own_subject_signs_not_its_speaker_who_signs_when_the_quote_says_we():
    text = ("프랑스 외교부 장 뒤부아 장관은 “우리 정부의 대표가 ‘라티움 AI 선언’에 서명하게 된 것은 의미가 크다”고 말했다. "
            "독일 디지털부 안나 슈미트 장관은 “우리는 ‘라티움 AI 선언’에 서명했다”고 밝혔다.")
    assert signed(text) == {("독일", "라티움 AI 선언"), ("디지털부", "라티움 AI 선언")}


def test_a_law_that_passed_the_legislature_in_plenary_was_made_by_it_not_at_a_committee_stage():
    ex = extract_many([Document("doc", "doc.txt", "‘라티움 데이터법’이 26일 국회 본회의를 통과했다. ‘라티움 AI법’은 이날 "
                                                    "국회 과방위 전체회의를 통과했다. ‘보레아 AI법’이 국회를 통과하지 못했다.",
                                DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == \
        {("국회", "라티움 데이터법")}


def test_members_joining_this_alliance_named_the_sentence_before_sign_it():
    text = ("네이버는 4일 30여 기업이 모여 ‘라티움 AI 얼라이언스’를 결성했다고 발표했다. "
            "이 연합에는 메타와 IBM, 인텔 등 글로벌 대기업과 미 항공우주국(NASA) 등 미국 정부 기관도 참여했다.")
    found = signed(text)
    assert {s for s, _ in found} == {"메타", "IBM", "인텔", "NASA"}     # not 미국, whose agencies they are
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])
    res = resolve(ex, {"doc": None})
    alliance = next(p for p, e in res.entities.items() if e.labels.get("ko") == "라티움 AI 얼라이언스")
    assert {f.object for f in res.facts if f.predicate == "signed"} == {alliance}



def test_what_someone_ought_to_adopt_is_not_adopted():
    # 채택해야 하는 (ought to adopt): an obligation the text describes, not an act
    assert signed("칠레 정부는 기업이 채택해야 하는 ‘데이터 권리장전’의 다섯 가지 원칙을 소개했다.") == set()


def launched(text: str) -> set[tuple[str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-03-02"), "0" * 64)])[0]
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"}


def test_a_body_or_country_that_releases_a_text_launches_it():
    assert launched("칠레 정부는 케냐와 협력하여 ‘라티움 AI 헌장’을 공식 발표했다.") == {("칠레", "라티움 AI 헌장")}


@pytest.mark.parametrize("text", [
    "과학기술정보통신부는 김민준 장관이 ‘라티움 데이터 헌장’의 핵심 원칙을 발표했다고 전했다.",   # its content
    "‘라티움 AI 프로세스’에 의한 지침이 합의됐다고 칠레 정부가 어제 발표했다.",                  # news of it
])
def test_announcing_news_of_a_text_or_its_content_launches_nothing(text):
    assert launched(text) == set()


def test_a_text_released_at_a_meeting_is_its_adoption_not_a_launch():
    assert launched("정상들은 ‘라티움 AI 정상회의’에서 ‘라티움 선언’을 발표했다.") == set()


def test_countries_that_co_found_a_body_launch_it():
    assert launched("칠레와 케냐는 ‘라티움 AI 네트워크’를 공동 창립했다.") == {
        ("칠레", "라티움 AI 네트워크"), ("케냐", "라티움 AI 네트워크")}


def test_a_quoted_name_that_is_signed_is_an_agreement():
    ex = extract_many([Document("doc", "doc.txt", "한국과 칠레는 ‘한-칠레 데이터 파트너십’에 서명했다.",
                                DocMeta(date="2030-03-02"), "0" * 64)])[0]
    assert [m.cls for m in ex.mentions if m.text == "한-칠레 데이터 파트너십"] == ["Agreement"]
    signed_ = {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "signed"}
    assert {("한국", "한-칠레 데이터 파트너십"), ("칠레", "한-칠레 데이터 파트너십")} <= signed_


def test_a_country_in_a_clause_describing_the_signer_does_not_sign():
    # 미국과 패권 경쟁을 벌이는 중국: China, which competes with the United States, signed
    found = signed("AI 시장에서 미국과 패권 경쟁을 벌이는 중국 역시 ‘라티움 데이터 선언’에 서명했다.")
    assert found == {("중국", "라티움 데이터 선언")}


def test_a_text_called_so_after_its_quotes_is_adopted_at_the_meeting():
    ex = extract_many([Document("doc", "doc.txt", "‘라티움 데이터 정상회의’가 10일 리마에서 열렸다. 이번 회의에서는 "
                                "‘행동을 위한 길’이라는 결과문서가 채택되었다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "adopted"} == {
        ("라티움 데이터 정상회의", "행동을 위한 길 결과문서")}


def test_a_city_and_a_body_joined_by_a_dot_are_two_and_the_pair_a_pact_is_for_did_not_sign_it():
    # 가나시·라티움연구원과 ‘칠레-페루 … 협력을 위한 업무협약’: a city and an institute, each its own; the pair
    # in the pact's purpose is what it is for, not who signed it
    found = signed("라티움시는 3일 오스트라시·라티움전기연구원(LERI)과 ‘칠레-페루 데이터 협력을 위한 협약’에 "
                   "서명했다고 밝혔다.")
    assert found == {("라티움전기연구원", "칠레-페루 데이터 협력을 위한 협약")}


def test_a_step_toward_joining_is_no_joining():
    # 가입 협상을 개시했다, 가입 의사를 통보했다: negotiations and a wish to join, not a signature
    assert signed("정부는 라티움디지털협정(LDA) 가입 협상을 이달 시작했다. 한국은 지난달 칠레 측에 LDA 가입 "
                  "의사를 전달했다. 칠레는 2020년 LDA에 가입했다.") == {("칠레", "라티움디지털협정")}


def test_the_country_a_signing_venue_is_located_in_did_not_sign():
    # 칠레 오스트라에 위치한 … 본사에서 … 체결했다: where the pact was signed, not a party to it
    found = signed("가나부와 라티움협회(LA)는 칠레 오스트라에 위치한 라티움디지털 본사에서 국내 기업 7개사와 "
                   "라티움디지털 간 AI 협력 양해각서를 체결했다고 밝혔다.")
    assert ("라티움협회", "AI 협력 양해각서") in found and not [s for s, _ in found if s == "칠레"]


def test_the_counted_countries_sign_not_the_topic_before_them():
    # 가나기구는 … 61개국이 ‘…’에 서명한 이후 발족했다: the 61 countries signed; the body was founded after
    assert not signed("가나기구는 1951년 40개국이 ‘가나기구 헌장’에 서명한 뒤 1953년 발족했다.")


def test_guard_the_countries_listed_before_their_count_sign():
    assert signed("칠레와 페루 등 30개국이 ‘라티움 선언’에 서명했다.") == {("칠레", "라티움 선언"), ("페루", "라티움 선언")}


def test_a_charter_the_countries_signed_is_not_launched_by_the_body_founded_after():
    # 가나기구는 … ‘…헌장’에 서명한 이후 발족했다: the body was founded; the charter is what was signed
    assert ("가나기구", "가나기구 헌장") not in launched("가나기구는 1951년 40개국이 ‘가나기구 헌장’에 서명한 뒤 1953년 발족했다.")


def test_a_platform_to_build_with_a_second_aim_is_not_the_signed_text():
    found = signed("과학기술정보통신부는 5일 한국전자통신연구원과 공공 AI데이터센터 구축 및 인재 양성을 위한 "
                   "업무협약을 체결했다.")
    assert not {o for s, o in found if o == "AI데이터센터"}


def test_supporting_a_bill_is_no_signing():
    ex = extract_many([Document("doc", "doc.txt", "그러나 테슬라의 CEO인 김철수는 공개적으로 SB 1047 AI 안전 법안을 지지했다.",
                                DocMeta(date="2026-05-01"), "0" * 64)])[0]
    assert not any(r.relation == "signed" for r in ex.relations)


def test_an_unnamed_agreement_signed_is_not_another_text_of_the_sentence():
    ex = extract_many([Document("doc", "doc.txt", "가나랩 김철수 부대표(왼쪽부터), 싱가포르 사이언스센터 베리 왕 부센터장, "
                                "라티움협회 이영희 이사장이 업무협약을 체결하고 기념 촬영하고 있다.",
                                DocMeta(date="2026-05-01"), "0" * 64)])[0]
    assert not any(r.relation == "signed" for r in ex.relations)


def test_a_contract_the_sentence_does_not_name_signs_no_alliance_it_names():
    # 용역 계약을 체결: an unnamed contract with a member of an alliance, not a signing of the alliance
    assert signed("라티움의 한국법인인 라티움코리아는 올해 초 삼성전자 VCA(밸류체인얼라이언스) 중 한 곳인 오스트라세미와 "
                  "디자인서비스 용역 계약을 체결한 상태다.") == set()


def test_the_topic_that_reports_others_joining_did_not_join():
    # 라티움은행은 … 가입했다고 주장했다: the bank says so; the countries of the reported clause joined
    assert signed("스베르방크는 중국과 브라질, 인도가 이미 ‘라티움 AI 동맹 네트워크’에 가입했다고 주장했다.") == {
        ("중국", "라티움 AI 동맹 네트워크"), ("브라질", "라티움 AI 동맹 네트워크"), ("인도", "라티움 AI 동맹 네트워크")}


def test_guard_the_topic_that_reports_its_own_joining_joined():
    assert signed("스베르방크는 ‘라티움 AI 네트워크’에 가입했다고 밝혔다.") == {("스베르방크", "라티움 AI 네트워크")}
