"""People named next to their titles in Korean news, written in ways the first rules missed.

Each example is a sentence of the kind Korean reports write; the names are made up, and
the checks are on what a reader of the graph would see: who the person is, with which
title, in which organisation.
"""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many
from graph.resolve import resolve


def people(text: str) -> dict[str, tuple[str, str, str]]:
    """Person name -> (Korean title, English title, the organisation their position is in)."""
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    orgs = {r.subject.text: r.object.text if r.object else "" for r in ex.relations if r.relation == "holdsPosition"}
    return {m.text: (m.title_ko, m.title_en, orgs.get(m.text, "")) for m in ex.mentions if m.cls == "Person"}


def test_a_name_kiwi_reads_as_a_determiner_and_a_noun_is_still_a_name():
    # Kiwi reads 이상호 as 이 (MM, "this") + 상호 (NNG, "mutual"); after a dateline it starts the sentence's subject
    found = people("[서울=김철수 기자] 이상호 외교부 장관은 22일 국제 사회와 연대하겠다고 밝혔다.")
    assert found == {"이상호": ("장관", "Minister", "외교부")}


def test_a_bracketed_short_name_between_the_ministry_and_the_title():
    found = people("[서울=김철수 기자] 이상호 과학기술정보통신부(과기정통부) 장관은 22일 밝혔다.")
    assert found == {"이상호": ("장관", "Minister", "과학기술정보통신부")}


def test_a_common_word_shaped_like_a_name_after_another_word_of_the_name_is_not_taken_alone():
    # 모데이 has a family name's first syllable, but it is the second half of a foreign name here
    found = people("윤 장관은 아멀라 모데이 FuriosaAI 최고경영자 등과 함께 토론했다.")
    assert "모데이" not in found


def test_a_double_barrelled_name_is_one_name():
    found = people("또한 마리아 로페스-가르시아 ITU 사무총장과 양자 면담을 했다.")
    assert found == {"마리아 로페스-가르시아": ("사무총장", "Secretary-General", "ITU")}


@pytest.mark.parametrize("title, english", [("1차관", "First Vice Minister"), ("2차관", "Second Vice Minister"),
                                            ("제1차관", "First Vice Minister")])
def test_a_numbered_vice_minister_keeps_the_number_in_both_titles(title: str, english: str):
    found = people(f"박지훈 {title}은 29일 열린 AI 거버넌스 행사에서 발표했다.")
    assert found == {"박지훈": (title, english, "")}


def test_an_unnumbered_title_is_written_as_the_lexicon_has_it():
    assert people("박지훈 차관은 29일 발표했다.") == {"박지훈": ("차관", "Vice Minister", "")}


def test_a_foreign_name_spelled_in_brackets_before_the_title_is_one_person_with_both_names():
    # Korean reports give a foreign person's own spelling in brackets between the name and the title
    text = "이날 마르타 호이베르크(Marta Hoiberg) 노르웨이 디지털부 장관은 개막식에서 연설했다."
    # (the post is in the ministry, named after its country: 노르웨이 디지털부)
    assert people(text)["마르타 호이베르크"] == ("장관", "Minister", "디지털부")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    persons = [e for e in res.entities.values() if e.cls == "Person"]
    assert [(p.iri_path, p.labels) for p in persons] == \
        [("person/marta-hoiberg", {"ko": "마르타 호이베르크", "en": "Marta Hoiberg"})]


def test_a_bracketed_abbreviation_before_the_title_is_not_a_name():
    found = people("사티아 나델라 마이크로소프트(MS) 최고경영자가 참석했다.")
    assert found == {"사티아 나델라": ("최고경영자", "CEO", "마이크로소프트")}


def test_the_organisation_before_the_name_is_the_posts_not_part_of_the_name():
    assert people("국민의힘 박지훈 의원은 29일 토론회를 열었다.") == \
        {"박지훈": ("의원", "Member of Parliament", "국민의힘")}


def test_a_title_glued_to_the_bodys_short_name():
    assert people("김철수 과기정통부장관은 29일 밝혔다.") == {"김철수": ("장관", "Minister", "과기정통부")}
    # a body the authority data does not know: the post without it
    assert people("박지훈 라방위원장은 29일 밝혔다.") == {"박지훈": ("위원장", "Chair", "")}
    # a known short name whose last syllable is the title's first (과방위 + 위원장)
    assert people("박지훈 과방위원장은 29일 밝혔다.") == {"박지훈": ("위원장", "Chair", "과방위")}
    assert people("이서연 개인정보위원장은 29일 밝혔다.") == {"이서연": ("위원장", "Chair", "개인정보위")}


def test_a_ministry_after_the_country_is_not_a_name():
    assert people("영국 기술부 장관은 말했다.") == {"영국 기술부 장관": ("장관", "Minister", "영국")}


def test_a_family_name_alone_is_the_person_named_in_full_in_the_same_document():
    text = "마르타 호이베르크 노르웨이 총리가 참석했다. 호이베르크 총리는 연설했다. 노르웨이 호이베르크 총리는 떠났다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    persons = [e for e in res.entities.values() if e.cls == "Person"]
    assert [(p.labels, p.alt_labels) for p in persons] == [({"ko": "마르타 호이베르크"}, {("호이베르크", "ko")})]


def test_a_word_ending_like_a_title_inside_a_longer_phrase_is_no_title():
    # 증권시장 ends in 시장 (mayor), but the phrase goes on: 분석가 is what the person is
    assert "김민수" not in people("김민수 증권시장 분석가는 29일 말했다.")


def test_a_known_body_whose_longer_alias_ends_inside_the_title_is_still_found():
    # the alias 유럽연합 집행위 (the Commission) ends inside 집행위원장; 유럽연합 alone is the body
    assert people("마리아 로페스 유럽연합 집행위원장이 참석했다.") == \
        {"마리아 로페스": ("집행위원장", "President", "유럽연합")}


def test_a_family_name_written_first_is_the_person_too():
    text = "다나카 히로시 일본 총리가 참석했다. 다나카 총리는 연설했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    assert [p.labels for p in res.entities.values() if p.cls == "Person"] == [{"ko": "다나카 히로시"}]


def test_a_ministry_glued_to_minister_is_a_title_of_its_own():
    assert people("안나 베르흐(Anna Berg) 스웨덴 국방장관이 축사를 했다.") == \
        {"안나 베르흐": ("국방장관", "Defence Minister", "스웨덴"), "Anna Berg": ("", "", "")}


def test_a_korean_title_takes_the_english_the_country_itself_uses():
    ex = extract_many([Document("doc", "doc.txt", "한스 베버 독일 총리와 안나 린드 스웨덴 총리가 회담했다.",
                                DocMeta(), "0" * 64)])[0]
    titles = {r.subject.text: dict(r.extra)["title_en"] for r in ex.relations if r.relation == "holdsPosition"}
    assert titles == {"한스 베버": "Chancellor", "안나 린드": "Prime Minister"}


def test_the_last_title_of_a_phrase_is_the_post():
    # 시장 is "market" here (EU 내부 시장 집행위원: the commissioner for the internal market), not "mayor"
    assert people("한스 베버 EU 내부 시장 집행위원은 성명을 냈다.") == {"한스 베버": ("집행위원", "Commissioner", "EU")}
    # after the name the first title is the post and the second a role: the minister, as chair
    assert people("김철수 장관 의장으로 회의 주재") == {"김철수": ("장관", "Minister", "")}


def test_a_senior_secretary_glued_to_the_portfolio():
    found = people("박상우 과학기술수석과 김철수 국가안보실 3차장은 20일 브리핑에서 밝혔다.")
    assert found["박상우"][1] == "Senior Secretary"
    assert found["김철수"][1:] == ("Third Deputy Director", "국가안보실")


def test_a_bodys_acronym_before_a_title_is_no_person():
    assert people("ABCD-EFG 의장에 선출") == {}
    assert people("Jane Doe 의장은 말했다.") == {"Jane Doe": ("의장", "Chair", "")}


def test_a_second_post_held_concurrently_is_the_same_persons():
    ex = extract_many([Document("doc", "doc.txt", "김철수 부총리 겸 과학기술정보통신부 장관이 회의를 주재했다.",
                                DocMeta(), "0" * 64)])[0]
    posts = {(r.subject.text, r.object.text if r.object else "", dict(r.extra)["title_en"])
             for r in ex.relations if r.relation == "holdsPosition"}
    assert posts == {("김철수", "", "Deputy Prime Minister"), ("김철수", "과학기술정보통신부", "Minister")}


def test_an_inaugural_director_with_a_bracketed_other_post():
    # 초대 (inaugural) is neither name nor body; the bracket describes the person before it
    found = people("정부는 김철수 AI 안전연구소 초대 소장(가나대 법학부 교수)이 회의에 참석한다고 밝혔다.")
    assert found == {"김철수": ("소장", "Director", "AI 안전연구소")}


def test_common_nouns_before_a_title_are_no_name():
    ex = extract_many([Document("doc", "doc.txt", "이 회의는 OECD 회원국 고위급 대표가 모여 논의하는 협의체다.",
                                DocMeta(), "0" * 64)])[0]
    # at most a reference to whoever holds the post, which identity leaves out when no one is named
    assert not [m for m in ex.mentions if m.cls == "Person" and not m.reference]


def test_an_unknown_university_between_the_name_and_the_title_is_the_posts_body():
    assert people("부위원장에는 김가나 라티움대학교 총장이 위촉됐다.") == \
        {"김가나": ("총장", "President", "라티움대학교")}
    # a department inside it: the university is the body
    assert people("분과위원장에 이다라 보레아대학교 컴퓨터공학과 교수가 위촉됐다.") == \
        {"이다라": ("교수", "Professor", "보레아대학교")}


def test_a_legal_form_starts_the_body_after_the_name():
    assert people("법·제도분과위원장에 박마바 법무법인 사아 대표이사가 위촉됐다.")["박마바"][2] == "법무법인 사아"


def test_a_bare_head_word_and_a_common_noun_before_a_title_are_no_name():
    assert people("대통령실은 AI 위원회 민간 위원 구성과 관련해 설명했다.") == {}


def test_the_ministrys_country_between_the_name_and_a_glued_title():
    assert people("16일 폐회사를 맡은 김철수 한국 외교부장관은 준비해야 한다고 말했다.") == \
        {"김철수": ("장관", "Minister", "외교부")}


def test_of_two_titles_side_by_side_the_last_is_the_post():
    assert people("축사는 김철수 유엔 사무총장 기술특사가 했다.") == {"김철수": ("기술특사", "Special Envoy", "유엔")}
    # but a title with 으로 after it is the capacity, not the post (the minister, as chair)
    assert people("회의는 김철수 장관 의장으로 진행됐다.") == {"김철수": ("장관", "Minister", "")}


@pytest.mark.parametrize("phrase", ["상근 부위원장", "국제협력 담당 차관"])
def test_words_that_qualify_the_post_are_not_part_of_the_name(phrase: str):
    found = people(f"이번 회의에는 김철수 {phrase}이 참석했다.")
    assert list(found) == ["김철수"]


def test_a_council_the_data_does_not_know_between_the_name_and_the_title_is_no_name():
    found = people("축사는 김철수 유엔 라티움 경제사회이사회 사무총장이 했다.")
    assert list(found) == ["김철수"]


def test_a_foreign_name_of_several_words_before_the_country_and_a_glued_title():
    found = people("김 본부장은 4일 안나 루이사 로페스 가르시아 스페인 국방차관과 만났다.")
    assert found["안나 루이사 로페스 가르시아"] == ("차관", "Vice Minister", "스페인")


@pytest.mark.parametrize("phrase", ["EU 집행위 AI·디지털산업 담당 국장", "EU 집행위 디지털산업 담당국장",
                                    "현(現) EU 집행위 AI·디지털산업 담당국장"])
def test_what_a_post_covers_glued_to_it_or_listed_with_a_dot_is_not_the_name(phrase: str):
    found = people(f"이날 사무국장엔 마르타 올센 {phrase}이 임명됐다.")
    assert found == {"마르타 올센": ("국장", "Director-General", "EU 집행위")}


def test_a_known_body_then_its_unit_glued_to_the_title():
    found = people("마크 올센 미국 백악관 과학기술정책실장과 김민수 과기정통부 AI정책국장이 서명했다.")
    assert {n: org for n, (_, _, org) in found.items()} == {"마크 올센": "백악관", "김민수": "과기정통부"}


def test_a_common_noun_and_its_suffix_before_a_glued_title_is_no_name():
    # 신뢰성 is 신뢰 + the suffix 성 (reliability); its first syllable is a family name
    found = people("이날 개소식에는 박은지 서울대 AI 신뢰성 연구센터장, 김민수 외교부 차관 등이 참석했다.")
    assert "신뢰성" not in found and "김민수" in found


def test_a_word_never_part_of_a_name_between_the_name_and_the_title():
    found = people("국무총리를 지낸 김철수 총회 의장은 AI 세션을 마련했다.")
    assert list(found) == ["김철수"]


def test_a_universitys_short_name_before_its_title():
    found = people("민간 부위원장은 김철수 한빛대 총장이 내정됐다.")
    assert found == {"김철수": ("총장", "President", "한빛대")}


def test_a_person_before_a_body_named_with_its_gloss_is_not_part_of_the_bodys_name():
    found = people("이날 개소식에는 김민수 과기정통부 과기혁신본부장, 박철수 국가인공지능(AI)위원회 부위원장 등이 참석했다.")
    assert found["박철수"] == ("부위원장", found["박철수"][1], "국가인공지능(AI)위원회")


@pytest.mark.parametrize("sentence, expected", [
    ("라티움은 첫 AI 장관을 임명했다.", {}),                                   # the post's field and "first": no name
    ("김철수 AI 장관이 말했다.", {"김철수": ("장관", "Minister", "")}),        # not "김철수 AI", nor a body "AI"
])
def test_a_generic_acronym_before_the_title_is_the_posts_field(sentence: str, expected: dict):
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("유엔 사무총장 마르코 벨리니는 성명을 냈다.", {"마르코 벨리니": ("사무총장", "Secretary-General", "유엔")}),
    ("오픈AI CEO 클라라 샤파즈와 함께 논의했다.", {"클라라 샤파즈": ("CEO", "CEO", "오픈AI")}),
    ("미국 부통령 J.K. 모건이 연설했다.", {"J.K. 모건": ("부통령", "Vice President", "미국")}),
    # items of a list end at their comma or at 등
    ("회의에는 영국 총리 앨런 브룩스, 미국 부통령 에밀리 카터 등이 참석했다.",
     {"앨런 브룩스": ("총리", "Prime Minister", "영국"), "에밀리 카터": ("부통령", "Vice President", "미국")}),
])
def test_a_name_written_after_its_title(sentence: str, expected: dict):
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence, absent", [
    ("회의 의장 프랑스는 성명을 냈다.", "프랑스"),            # a known country after the title
    ("과기정통부 장관 회의에서 논의했다.", "회의"),            # a common noun
    ("한국 대통령 김철수 정부는 발표했다.", "김철수"),         # the phrase goes on: 김철수 정부, the government
])
def test_what_follows_a_title_is_not_always_a_name(sentence: str, absent: str):
    assert absent not in people(sentence)


@pytest.mark.parametrize("sentence", ["과학기술정보통신부(장관 김도윤)는 14일 밝혔다.",
                                      "과학기술정보통신부(장관 김도윤, 이하 과기정통부)는 14일 밝혔다."])
def test_the_head_of_a_body_named_in_brackets_after_it(sentence: str):
    # as press releases introduce the ministry that issues them; Kiwi reads the name as a common noun in the second
    assert people(sentence) == {"김도윤": ("장관", "Minister", "과학기술정보통신부")}
    assert people("유엔(사무총장 회의)은 열리지 않았다.") == {}


def test_the_head_in_brackets_is_not_who_took_part():
    text = "과학기술정보통신부(장관 김도윤)는 라티움에서 열린 AI 라티움 정상회의에 참석했다고 밝혔다."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2030-05-02"), "0" * 64)])[0]
    attended = {r.subject.text for r in ex.relations if r.relation == "attended"}
    assert attended == {"과학기술정보통신부"}


def test_a_member_of_a_panel_is_not_named_by_the_panel():
    # the panel's name ends in 패널: it is neither a person's name nor a body a position can be in
    assert "AI 과학패널" not in people("김철수 교수, 유엔 AI 과학패널 위원 선임")


def test_a_long_word_after_a_korean_name_is_a_body_nobody_knows_yet():
    assert people("왼쪽부터 이서연 가나다무역정보통신 대표.") == {"이서연": ("대표", "CEO", "가나다무역정보통신")}


def test_a_modifier_glued_to_the_title_is_no_bodys_name():
    found = people("연구소는 김명주 초대소장을 중심으로 출발한다.")
    assert found == {"김명주": ("소장", "Director", "")}


def test_a_family_name_glued_to_a_shortened_title_is_the_person_named_in_full():
    text = ("박서준 과기정통부 정보통신정책실장은 22일 브리핑에서 설명했다. "
            "박 정책실장은 이어 후속 회의를 준비하겠다고 말했다.")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert [e.labels.get("ko") for e in res.entities.values() if e.cls == "Person"] == ["박서준"]
    # the shortened title's glued word is a unit of the ministry's office (정책실), not a body of its own
    assert {(f.subject, f.object) for f in res.facts if f.predicate == "holdsPosition"} == \
        {("person/bakseojun", "org/ministry-of-science-and-ict")}


def test_a_title_with_its_own_ending_closes_the_phrase_before_the_next_title():
    # 민간위원장에 ends its phrase: the committee is not the body of the professor's post
    ex = extract_many([Document("doc", "doc.txt", "정부, 국가AI전략위원회 민간위원장에 이서연 교수 위촉", DocMeta(), "0" * 64)])[0]
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"이서연"}
    # the professor's post has no body here; the committee's post is the one the appointment gives
    assert {(r.object.text if r.object else "", dict(r.extra)["title_en"]) for r in ex.relations
            if r.relation == "holdsPosition"} == {("", "Professor"), ("국가AI전략위원회", "Chair")}


def test_a_third_word_before_a_company_post_is_the_company():
    found = people("샘 올트먼 오픈AI 최고경영자와 순다르 피차이 가나다벳 CEO 등이 연설했다.")
    assert found.get("순다르 피차이") == ("CEO", "CEO", "가나다벳")


def test_a_post_held_at_once_glued_to_gyeom_is_no_part_of_the_name():
    assert people("박서준 과기부총리겸 과기정통부 장관이 서명했다.") == {"박서준": ("장관", "Minister", "과기정통부")}


@pytest.mark.parametrize("text", ["박서준 전 가나전자 회장과 이서연 가나전자 회장이 만났다.",
                                  "2001년 박서준 당시 가나전자 회장과 이서연 가나전자 회장이 만났다.",
                                  "Former Acme Chairman Rui Carvalho met Acme Chairman Anne Dupuis.",
                                  "Rui Carvalho, a former chairman of Acme, met Acme Chairman Anne Dupuis."])
def test_a_former_post_is_no_post_as_of_the_documents_date(text: str):
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-05-02"), "0" * 64)]),
                  {"doc": "2031-05-02"})
    as_of = {res.entities[f.subject].labels.get("ko") or res.entities[f.subject].labels.get("en"): dict(f.extra).get("asOf")
             for f in res.facts if f.predicate == "holdsPosition"}
    assert sorted(as_of.values()) == ["", "2031-05-02"]


def test_an_ambassador_resident_in_korea_is_the_envoy_of_the_country_after_juhan():
    assert people("안나 로페스 주한칠레 대사가 참석했다.") == {"안나 로페스": ("대사", "Ambassador", "칠레")}


def test_an_ambassador_stationed_at_a_body_is_the_envoy_of_the_country_before_the_title():
    assert people("안나 로페스-가르시아 유엔 주재 칠레 대사가 말했다.") == \
        {"안나 로페스-가르시아": ("대사", "Ambassador", "칠레")}


@pytest.mark.parametrize("text", ["전 세계 정상과 글로벌 빅테크 CEO 등이 초청될 예정이다.",
                                  "안나 로페스 칠레 외교부 사이버·핵심기술 및 민주주의 회복력 국장 등이 참여했다."])
def test_common_words_before_a_title_are_no_foreign_name(text: str):
    assert not [n for n in people(text) if n in ("글로벌 빅테크", "민주주의 회복력")]


def test_a_title_that_is_also_an_everyday_word_is_a_title_only_after_its_body():
    # 대신 is a Japanese minister's title after the ministry, and "instead of" anywhere else
    assert people("야마다 하나코 일본 총무성 대신과 회담했다.") == {"야마다 하나코": ("대신", "Minister", "일본 총무성")}
    assert people("박서준 대신 이서연 교수가 참석했다.").get("박서준") is None


def test_a_time_of_day_before_a_foreign_name_is_no_part_of_it():
    assert people("박서준 대통령은 20일 저녁 안나 로페스 칠레 총리와 화상 회의를 한다.").get("안나 로페스") == \
        ("총리", "Prime Minister", "칠레")


@pytest.mark.parametrize("text, name", [("회의에는 이시카와 다로 일본 총무성 차관이 참석했다.", "이시카와 다로"),
                                        ("장관, 나카가와 켄지 일본 총무성 차관 등이 참여했다.", "나카가와 켄지")])
def test_a_japanese_family_name_ending_in_wa_is_no_conjunction(text: str, name: str):
    assert people(text) == {name: ("차관", "Vice Minister", "일본 총무성")}


def test_a_korean_name_before_wa_is_still_a_conjunction():
    assert "김철수와 이영희" not in people("김철수와 이영희 장관이 참석했다.")


def test_a_name_whose_last_syllable_kiwi_reads_as_an_adverb_before_a_glossed_body():
    # Kiwi: 허준 (proper noun) + 늘 (adverb); the body's short name in brackets before the title
    assert people("허준늘 정보통신산업진흥원(NIPA) 원장은 밝혔다.") == {"허준늘": ("원장", "Director", "정보통신산업진흥원")}
    assert people("조만간 장관이 방문한다.") == {}


def test_a_policy_council_meeting_and_the_officials_who_chaired_it():
    ex = extract_many([Document("doc", "doc.txt", "이번 제1차 한-칠레 ICT 정책협의회는 김철수 과기정통부 미주협력담당관이 "
                                "주재했다. 이영희 과기정통부 국제협력관은 협력을 강조했다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} == \
        {("김철수", "한-칠레 ICT 정책협의회")}
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"김철수": "Director",
                                                                            "이영희": "Director-General"}


def test_a_countrys_formal_name_before_a_title_is_no_part_of_the_name():
    assert people("김철수 대한민국 대통령과 다나카 히로시 일본국 총리는 회동했다.")["다나카 히로시"] == \
        ("총리", "Prime Minister", "일본국")


def test_a_state_chairman_is_a_president_and_a_sentence_glued_to_the_next_still_ends():
    ex = extract_many([Document("doc", "doc.txt", "연설을 발표했다.김철수 가나 국가주석은 세 가지 제안을 했다.",
                                DocMeta(), "0" * 64)])[0]
    assert [s.text for s in ex.sentences] == ["연설을 발표했다.", "김철수 가나 국가주석은 세 가지 제안을 했다."]
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"김철수": "President"}


def test_the_past_before_a_body_and_a_title_is_no_name():
    assert "과거 수도회" not in people("그는 과거 수도회 총장으로 활동했다.")


def test_an_ambassador_resident_in_korea_written_apart_and_a_short_country_name():
    assert people("안나 로페스 주한 칠레 대사는 평가했다.") == {"안나 로페스": ("대사", "Ambassador", "칠레")}
    # 카자흐 is the country (Kazakh), so "카자흐 대통령" is its president named by title, not a person 카자흐
    assert people("카자흐 대통령, 정상회의서 지지") == {"카자흐 대통령": ("대통령", "President", "카자흐")}


def test_a_word_of_a_quoted_name_is_no_title():
    assert people("‘한-칠레 디지털 혁신 대표 사업(플래그십)’의 이행 현황을 점검했다.") == {}


def test_an_arabic_name_with_its_links_runs_past_three_words():
    assert people("김 대통령은 사미르 빈 자이드 알 파리스 요르단 국왕과 회담했다.") == \
        {"김": ("대통령", "President", ""), "사미르 빈 자이드 알 파리스": ("국왕", "King", "요르단")}


def test_a_meeting_at_a_titles_rank_is_no_persons_post():
    assert people("과기정통부, 일본 총무성과 디지털 분야 차관 회담 개최") == {}


def test_the_body_before_the_name_in_a_delegation_list_and_an_envoy_resident_abroad():
    assert people("스페인 측에서는 과학혁신부 테레사 리에스고 차관이 수석대표로 참석했다.") == \
        {"테레사 리에스고": ("차관", "Vice Minister", "과학혁신부")}
    assert "김철수" in people("행사에는 김철수 주칠레 대사가 참석했다.")


def test_a_glued_title_before_the_word_that_closes_a_list():
    # 등 ("and others") closes the list of attendees; the glued title is still the person's post
    found = people("국내에서는 이 차관을 비롯해 김철수 과학기술정책연구원장 등이 참석했다.")
    assert found["김철수"] == ("원장", "Director", "과학기술정책연구원")


@pytest.mark.parametrize(("phrase", "body"), [("호주 외교부 국장", "호주 외교부"), ("칠레 국회 부의장", "칠레 국회")])
def test_another_countrys_body_is_not_the_korean_body_of_that_name(phrase: str, body: str):
    # 외교부 and 국회 alone are Korea's; after another country's name they are that country's
    found = people(f"이 자리에는 존 스미스 {phrase}도 참석했다.")
    assert found["존 스미스"][2] == body
    assert people("김철수 한국 외교부 국장도 참석했다.")["김철수"][2] == "외교부"


def test_a_countrys_one_syllable_short_form_between_the_name_and_the_title():
    assert people("윤 대통령은 존 스미스 미 대통령 초청으로 출국한다.")["존 스미스"] == ("대통령", "President", "미")


def test_a_special_committee_is_no_name_and_an_institutes_name_starts_after_its_country():
    assert people("박영희 특위 위원장은 첫 회의라고 말했다.") == {"박영희": ("위원장", "Chair", "")}
    assert people("김 본부장은 안나 로페스 독일 라티움 연구회 총재를 만났다.")["안나 로페스"] == \
        ("총재", "President", "라티움 연구회")


def test_a_three_word_foreign_name_before_a_latin_acronym_and_the_title_in_a_list():
    found = people("회원국 정상, 마르코 안토니오 로페스 LATI 사무총장이 참석했다.")
    assert found == {"마르코 안토니오 로페스": ("사무총장", "Secretary-General", "LATI")}


def test_a_business_group_and_a_members_committee():
    # 그룹 heads a company's name; 소속 ("of") is no name
    assert people("이영호 가나그룹 회장이 참석했다.") == {"이영호": ("회장", "Chairman", "가나그룹")}
    assert people("이날 과방위 소속 김철수 의원이 말했다.") == {"김철수": ("의원", "Member of Parliament", "과방위")}


def test_a_chair_glued_to_a_chamber_is_no_body_ending_in_its_first_syllable():
    # (a chamber the data does not know: the post is the country's)
    assert people("윤 장관은 마르코 로페스 체코 상원의장과 만났다.")["마르코 로페스"] == ("의장", "Chair", "체코")


def test_a_committee_named_by_the_fields_it_covers_with_dots():
    found = people("라티움 측에서는 안나 로페스 경제·재정·금융위원회 위원장, 마르코 로페스 에너지위원회 위원장이 참석했다.")
    assert found == {"안나 로페스": ("위원장", "Chair", "경제·재정·금융위원회"),
                     "마르코 로페스": ("위원장", "Chair", "에너지위원회")}


def test_a_former_post_in_a_list_item_is_the_bodys_without_the_word_former():
    assert people("위원으로는 ▲김철수 전 라티움통상부 장관, ▲이영희 라티움대 교수가 위촉됐다.")["김철수"] == \
        ("장관", "Minister", "라티움통상부")


def test_an_opening_adverb_before_an_arabic_link_and_an_envoy_glued_to_a_country_before_a_glued_title():
    assert list(people("한편 알 라티미 청장은 김철수 장관을 면담했다.")) == ["알 라티미", "김철수"]
    assert people("김철수 주칠레 한국대사는 협력을 강조했다.") == {"김철수": ("대사", "Ambassador", "한국")}


def test_the_country_then_its_ministry_then_the_name_with_its_own_spelling():
    found = people("지난 7일 칠레 과학혁신부 안나 로페스(Ana Lopez) 장관과 면담을 가졌다.")
    assert found["안나 로페스"] == ("장관", "Minister", "과학혁신부")


def test_a_known_venue_after_another_countrys_name_is_still_the_venue():
    ex = extract_many([Document("doc", "doc.txt", "회의는 칠레 코엑스에서 열렸다.", DocMeta(), "0" * 64)])[0]
    assert {m.text: m.authority_ids for m in ex.mentions if m.cls == "Venue"} == {"코엑스": ("place/coex",)}


def test_the_names_own_spelling_says_how_many_words_it_has():
    found = people("이날 라티움 교육부 안나 마리 로페스(Anna Marie Lopez) 국장이 참석했다.")
    assert "안나 마리 로페스" in found


def test_a_conference_hall_is_a_place_not_a_chair():
    # 국제회의장 ends like 의장 (chair); with 에서 after it, it is where something happened
    found = people("홍길동 통상교섭본부장이 22일 오전 서울 중구 대한상공회의소 국제회의장에서 개막한 ‘라티움 총회’에 "
                   "참석해 인사말을 하고 있다.")
    assert set(found) == {"홍길동"}


def test_a_family_name_with_the_last_word_of_the_full_title_is_the_person_too():
    # 외교장관 (Foreign Minister) with the full name, 장관 (Minister) with the family name
    text = "안나 마리아 로페스 칠레 외교장관이 방한했다. 김 장관은 로페스 장관의 방한에 사의를 표했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    assert [p.labels for p in res.entities.values() if p.cls == "Person"] == [{"ko": "안나 마리아 로페스"}]


def test_a_chief_officers_title_is_no_name():
    assert "최고 인공지능" not in people("아랍에미리트측에서 13명의 최고 인공지능 담당관을 포함해 30여명이 참석했다.")


def test_a_known_name_glued_into_a_longer_body_name_is_that_body():
    # 유네스코한국위원회 is the Korean commission for UNESCO, not UNESCO
    found = people("유네스코한국위원회(사무총장 홍길동)는 23일 총회 결과를 밝혔다.")
    assert found == {"홍길동": ("사무총장", "Secretary-General", "유네스코한국위원회")}


def test_a_name_kiwi_reads_as_a_common_noun_between_a_ministry_and_its_office_head():
    # Kiwi reads 강도민 as one common noun here (강도, "strength"); between a known ministry and a
    # title glued to one of its offices nothing but a name stands, and the post is the ministry's
    found = people("과학기술정보통신부 강도민 디지털정책실장이 지난 13일 회의에서 전략을 소개했다.")
    assert found == {"강도민": ("실장", "Director", "과학기술정보통신부")}


def test_a_post_described_before_the_name_gives_the_body_and_no_second_person():
    found = people("국제통화기금 아시아 담당 초대 부총재인 김민철 부총재는 개회사에서 협력을 강조했다.")
    assert found == {"김민철": ("부총재", "Vice President", "국제통화기금")}


def test_the_sector_a_post_covers_is_no_part_of_the_name_before_the_country():
    found = people("루카 비앙키 스페인 통상 협력 부문 차관이 회의에 참석했다.")
    assert found == {"루카 비앙키": ("차관", "Vice Minister", "스페인")}


def test_a_research_fellow_of_an_institute_is_no_member():
    found = people("한국의 김민정 정보통신정책연구원 연구위원이 신임 의장으로 선출됐다.")
    assert found["김민정"][:2] == ("연구위원", "Research Fellow")


def test_a_time_phrase_before_a_name_is_no_part_of_it():
    # (취임 후, "after taking office", reads like a foreign name of two nouns)
    found = people("로페스 대통령 취임 후 마르코 소장은 연구소를 떠났다.")
    assert "취임 후" not in found and "마르코" in found


def test_a_working_group_before_a_title_is_no_name():
    # (연구반, 작업반: a body's head word; the post is the subject's, whose name is elsewhere)
    for text in ("김민수 본부장은 라티움연합 개발국(LTM-D) 연구반 부의장으로도 활동 중이다.",
                 "김민수 본부장은 라티움 연구반 부의장으로도 활동 중이다."):
        found = people(text)
        assert not any(name.endswith(("연구반", "작업반")) for name in found), found


def test_a_name_spelled_in_latin_letters_before_a_glued_title():
    found = people("회의에는 안나 로페스(Ana Lopez) 선임보좌관과 마크 올센(Mark Olsen) 가나디지털부장관이 참석했다.")
    assert found["안나 로페스"] == ("보좌관", "Advisor", "")
    assert found["Ana Lopez"][2] == ""
    assert found["마크 올센"][1:] == ("Minister", "가나디지털부")


def test_a_foreign_name_after_its_known_ministry_and_before_its_unit_glued_to_the_title():
    # the post is the ministry's, as for a Korean name (가나부 김철수 정보정책실장)
    found = people("회의에는 과기정통부 안나 루이사 로페스 디지털정책국장이 참석했다.")
    assert found["안나 루이사 로페스"] == ("국장", "Director-General", "과기정통부")


def test_a_national_security_council_is_a_body_not_a_meeting():
    # 회의 ends the name of meetings, but a security council is a government body: Korea's when
    # named alone, the United States' after 미국
    ex = extract_many([Document("doc", "doc.txt", "미국 국가안전보장회의(NSC) 존 스미스 보좌관과 국가안전보장회의 김철수 "
                                "사무처장이 만났다.", DocMeta(), "0" * 64)])[0]
    bodies = {m.text: (m.cls, m.authority_ids) for m in ex.mentions if m.cls != "Person"}
    assert bodies["미국 국가안전보장회의"] == ("GovernmentBody", ("org/us-national-security-council",))
    assert bodies["국가안전보장회의"] == ("GovernmentBody", ("org/national-security-council-korea",))
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"존 스미스", "김철수"}


def test_a_universitys_short_name_then_its_department_before_a_professor():
    found = people("이날 강연에는 이서연 라티움여대 정보보호학부 교수가 나섰다.")
    assert found == {"이서연": ("교수", "Professor", "라티움여대")}


def test_a_bare_title_after_a_numbered_one_is_the_same_post():
    text = "김철수 외교부 2차관이 참석했다. 김 차관은 연설했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    posts = [dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition"]
    assert posts == ["Second Vice Minister"]


@pytest.mark.parametrize("text", [
    # the headline names the post without its number, the text with it: one vice minister, not two posts
    "류민수 과기정통부 차관, 라티움 장관회의 참석\n\n과학기술정보통신부는 류민수 2차관을 수석대표로 라티움 장관회의에 "
    "참석했다고 밝혔다.",
    "강민수 차관, 라티움 서밋 참석\n\n강민수 2차관은 29일 열린 라티움 서밋 행사에 참석했다.",
])
def test_a_title_without_its_number_is_the_numbered_post_of_the_same_document(text):
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    posts = [dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition"]
    assert posts == ["Second Vice Minister"]


@pytest.mark.parametrize("text, english", [
    ("존 스미스 독일 총리가 연설했다.", "Chancellor"),
    ("존 스미스 미국 재무장관이 연설했다.", "Secretary of the Treasury"),
    ("존 스미스 미국 상무장관이 연설했다.", "Secretary of Commerce"),
    ("존 스미스 영국 외무장관이 연설했다.", "Foreign Secretary"),
    ("존 스미스 칠레 재무장관이 연설했다.", "Finance Minister"),
    ("안나 로페스 유럽연합 집행위원장이 연설했다.", "President of the European Commission"),
    # (a body names its head its own way: UNESCO's 사무총장 is its Director-General, the IMF's 총재 its
    # Managing Director; the UN's 사무총장 stays its Secretary-General)
    ("안나 로페스 유네스코 사무총장이 연설했다.", "Director-General"),
    ("안나 로페스 국제통화기금(IMF) 총재가 연설했다.", "Managing Director"),
    ("안나 로페스 유엔 사무총장이 연설했다.", "Secretary-General"),
])
def test_a_korean_title_is_said_as_the_country_names_the_post(text: str, english: str):
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert [dict(r.extra)["title_en"] for r in ex.relations if r.relation == "holdsPosition"] == [english]


def _posts(text: str) -> set[tuple[str, str, str]]:
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    return {(res.entities[f.subject].labels.get("ko", ""), dict(f.extra)["title_en"],
             f.object.split("/")[-1] if f.object else "") for f in res.facts if f.predicate == "holdsPosition"}


def test_a_president_a_korean_report_names_without_a_country_is_koreas():
    posts = _posts("김철수 대통령은 19일 안나 로페스 칠레 대통령과 회담했다. 한국과 칠레는 협력하기로 했다. "
                   "로페스 대통령은 만족했다.")
    assert posts == {("김철수", "President", "south-korea"), ("안나 로페스", "President", "chile")}
    assert _posts("김철수 부총리는 한국의 AI 전략을 발표했다.") == {("김철수", "Deputy Prime Minister", "south-korea")}
    # a former president may have been anyone's
    assert _posts("김철수 전 대통령은 한국의 미래를 말했다.") == {("김철수", "President", "")}


@pytest.mark.parametrize("text, name", [
    ("마크 올센 칠레 총리안나 로페스 가나 총리가 참석했다.", "안나 로페스"),       # the list's comma lost after a title
    ("이날 회의에는 소장대신 안나 로페스 부통령이 참석했다.", "안나 로페스"),     # and "instead of" glued to it too
])
def test_a_title_glued_to_the_next_name_is_no_part_of_it(text: str, name: str):
    assert name in people(text)


@pytest.mark.parametrize("text", ["김철수 차관은 영국 ‘AI 안전연구소’를 방문했다.",
                                  "김철수 차관은 영국 과학혁신기술부(DSIT) ‘AI 안전연구소(AISI)’ 관계자와 만났다."])
def test_a_korean_bodys_name_after_another_country_or_its_body_is_that_countrys_body(text: str):
    # the data knows the United Kingdom's institute by 영국 AI안전연구소; alone, AI안전연구소 is Korea's
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert [m.authority_ids for m in ex.mentions if m.text == "AI 안전연구소"] == [("org/uk-ai-security-institute",)]


def test_a_district_before_an_institute_glossed_with_its_acronym_and_a_region_before_a_title_are_no_names():
    found = people("포럼은 서울 성북구 한국과학기술연구원(KIST)에서 열렸고, 안나 로페스 라티움랩 대표와 링게 오스트라전자 유럽 대표가 "
                   "참석했다.")
    assert "성북구" not in found and "유럽" not in found
    assert "안나 로페스" in found


def test_a_short_title_later_in_the_document_is_the_post_it_shortens():
    # 총장 after 사무총장: the same post (not a university's President), as is a directorate-general's name no person's
    text = "마르타 호이베르크 OECD 사무총장이 참석했다. 호이베르크 총장은 연설했다. EU 집행위원회 연결총국 사무총장도 왔다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    posts = sorted(dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition")
    assert posts == ["Secretary-General"]
    assert "연결총국" not in {e.labels.get("ko") for e in res.entities.values() if e.cls == "Person"}


def test_a_name_kiwi_reads_as_a_noun_before_a_units_glued_title_is_a_name():
    # Kiwi tags 류민배 as one common noun; before 네트워크정책실장 (the unit 네트워크정책실 and its 실장)
    # only a name can stand
    assert people("과학기술정보통신부는 류민배 네트워크정책실장을 수석대표로 회의에 참석했다.") == \
        {"류민배": ("실장", "Director", "네트워크정책실")}


def test_a_bodys_head_in_brackets_after_its_acronym():
    assert people("정보통신기획평가원(IITP·원장 김민재)은 13일 양해각서를 체결했다고 밝혔다.") == \
        {"김민재": ("원장", "Director", "정보통신기획평가원")}


def test_a_latin_script_body_before_the_title_is_the_posts_not_part_of_the_name():
    found = people("▲라나 오 AI Fund 대표 ▲마르타 호이베르크 AI Institute 대표 등이 참석했다.")
    assert found.get("마르타 호이베르크") == ("대표", "CEO", "AI Institute")
    assert not [n for n in found if n.startswith(("AI", "마르타 호이베르크 "))]


def test_korean_names_dotted_before_one_title_each_hold_it():
    found = people("이 법안은 류민배·김서준·박하늘 의원 등이 발의했다.")
    assert {n: t[1] for n, t in found.items()} == {"류민배": "Member of Parliament", "김서준": "Member of Parliament",
                                                   "박하늘": "Member of Parliament"}


def test_countries_dotted_before_a_title_are_no_names():
    assert set(people("회의에는 칠레·케냐 장관이 참석했다.")) <= {"케냐 장관"}


def test_a_ministry_before_a_korean_name_is_the_posts_body():
    assert people("회의에는 오스트라재정부 류민배 1차관이 참가했다.")["류민배"] == ("1차관", "First Vice Minister", "오스트라재정부")


def test_an_envoy_to_a_body_written_apart_is_no_part_of_the_name():
    assert people("회의에는 김서준 주 OECD 대사가 참가했다.") == {"김서준": ("대사", "Ambassador", "OECD")}


def test_last_year_before_a_name_is_no_part_of_it():
    assert set(people("과기정통부는 이번 방문이 작년 김서준 대통령이 발표한 구상을 실천한다고 밝혔다.")) == {"김서준"}


@pytest.mark.parametrize("name, post, title, body", [
    ("슝지쥔", "중국 공업정보화부 부부장", "Vice Minister", "중국 공업정보화부"),
    ("카니시카 나라얀", "영국 과학혁신기술부 AI 담당 정무차관", "Parliamentary Under-Secretary of State", "영국 과학혁신기술부"),
    ("콜린 크룩스", "주한영국대사", "Ambassador", "영국"),
])
def test_chinese_vice_ministers_british_under_secretaries_and_glued_resident_ambassadors(name, post, title, body):
    found = people(f"행사에는 {name} {post}도 참석했다.")
    assert found[name][1:] == (title, body)


def test_a_ministers_field_written_apart_before_the_title_is_no_part_of_the_name():
    assert people("김민수 외교 장관은 12일 회의에 참석했다.") == {"김민수": ("장관", "Minister", "")}
    assert people("최영호 경제 부총리가 참석했다.") == {"최영호": ("부총리", "Deputy Prime Minister", "")}
    # the post held at once after 겸 is still the same person's
    ex = extract_many([Document("doc", "doc.txt", "이후 양국은 박지훈 과학기술 부총리 겸 과학기술정보통신부 장관이 대표로 "
                                                    "참석했다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text if r.object else "") for r in ex.relations if r.relation == "holdsPosition"} \
        == {("박지훈", ""), ("박지훈", "과학기술정보통신부")}


@pytest.mark.parametrize("text", ["마이클 라로바르치오스 장관은 22일 서울에서 열린 회의에서 연설했다.",
                                  "마이클 라로바르치오스(Michael Larobarchios) 실장은 22일 연설했다."])
def test_a_long_foreign_family_name_after_a_given_name_is_no_body(text: str):
    # 마이클 starts with a Korean family name's syllable, and a word of five syllables after a Korean name is
    # a body nobody knows yet (고진 한국무역정보통신 대표); not before a state's post, nor with the name spelled out
    found = people(text)
    assert found["마이클 라로바르치오스"][2] == ""
    assert not any(name.startswith("라로바르") or name == "마이클" for name in found), found


def test_a_bracket_after_a_heading_names_a_person_of_its_own():
    # a committee's subcommittee heads, each after the field it covers; the brackets follow no person
    text = ("분과장\n△ 산업 AX 및 생태계 (조민호 가나AI·SW협회 회장)\n△ 공공 AX (박서윤 라티움포럼 의장)\n"
            "△ 사회 (유다인 한양대 글로벌사회혁신단 교수)")
    found = people(text)
    assert found["조민호"] == ("회장", "Chairman", "가나AI·SW협회")
    assert found["박서윤"][:2] == ("의장", "Chair")
    assert found["유다인"] == ("교수", "Professor", "한양대")


def test_a_country_at_the_start_of_a_bodys_name_is_not_the_body():
    found = people("왼쪽부터 이서연 한국AI·SW협회 회장, 박지훈 가나대 교수.")
    assert found["이서연"] == ("회장", "Chairman", "한국AI·SW협회")


def test_a_ministry_after_its_country_with_its_minister_in_brackets():
    text = "과기정통부가 칠레 정보통신부(장관 안나 로페스)와 협력 약정을 맺었다."
    assert people(text)["안나 로페스"] == ("장관", "Minister", "정보통신부")


def test_a_country_then_a_word_ending_in_bu_is_a_ministry_only_when_it_is_a_compound():
    ex = extract_many([Document("doc", "doc.txt", "칠레 디지털혁신부는 밝혔다. 중국 지도부는 말했다. "
                                "미국 동남부에 비가 왔다. 한국 대표부는 밝혔다.", DocMeta(), "0" * 64)])[0]
    assert {m.text for m in ex.mentions if m.cls == "GovernmentBody"} == {"디지털혁신부"}


def test_people_listed_after_the_first_with_the_same_title_hold_it_in_the_same_body():
    found = people("이번 개정안은 국회 김민서 의원, 이도윤 의원, 장하준 의원이 대표발의했다.")
    assert {name: org for name, (_, _, org) in found.items()} == {"김민서": "국회", "이도윤": "국회", "장하준": "국회"}
    # a body of one's own is kept
    found = people("삼성전자 김민서 대표, 네이버 이도윤 대표가 참석했다.")
    assert found["이도윤"][2] == "네이버"


@pytest.mark.parametrize("text, name, org", [
    ("브라이언 로이드 가나국립대(GNU) 교수가 행사에 참석했다.", "브라이언 로이드", "가나국립대"),
    ("김민서 라티움소프트웨어산업협회(LSIA) 회장이 행사에 참석했다.", "김민서", "라티움소프트웨어산업협회"),
    ("박서윤 라티움인공지능·소프트웨어산업협회(LAIS) 회장이 행사에 참석했다.", "박서윤", "라티움인공지능·소프트웨어산업협회"),
])
def test_a_body_with_its_acronym_in_brackets_between_the_name_and_the_title(text: str, name: str, org: str):
    assert people(text)[name][2] == org


@pytest.mark.parametrize("text", ["김민서 네이버 AI 센터장은 29일 글을 올렸다.", "김민서 네이버 AI센터장은 29일 글을 올렸다."])
def test_the_field_between_a_body_and_a_head_of_unit_title_names_the_unit(text: str):
    assert people(text)["김민서"] == ("센터장", "Head of AI Center", "네이버")


def test_the_post_said_again_without_its_units_field_is_the_same_post():
    text = "김민서 네이버 AI 센터장은 29일 글을 올렸다. 김민서 센터장은 이어 말했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    posts = [f for f in res.facts if f.predicate == "holdsPosition"]
    assert [dict(f.extra)["title_en"] for f in posts] == ["Head of AI Center"]


def test_a_portfolio_with_a_middle_dot_between_the_body_and_the_title():
    found = people("이날 개소식에는 김민서 대통령실 AI·디지털 비서관, 박서윤 KT 최고기술책임자(CTO) 등이 참석했다.")
    assert found["김민서"] == ("비서관", "Secretary", "대통령실")


def test_a_university_after_its_country_holds_the_post():
    found = people("자문위원인 요슈아 벤지오 캐나다 가나리대 교수는 영상 축사에서 말했다.")
    assert found["요슈아 벤지오"] == ("교수", "Professor", "가나리대")


def test_a_bodys_acronym_between_it_and_its_heads_glued_title():
    # (the head of the body itself: …원(ACRONYM)장; a unit's head: …원(ACRONYM) AI연구원장)
    found = people("행사에는 김철수 한국전자통신연구원(ETRI)장, 이영희 한국과학기술원(KAIST) AI연구원장 등이 참석했다.")
    assert found["김철수"] == ("원장", "Director", "한국전자통신연구원")
    assert found["이영희"] == ("원장", "Director", "한국과학기술원")


def test_a_chief_officers_title_written_in_several_words():
    found = people("행사에는 안나 로페스 삼성전자 최고 AI 책임자와 김철수 최고 기술 책임자가 참석했다.")
    assert found["안나 로페스"][1] == "Chief AI Officer" and found["김철수"][:2] == ("최고기술책임자", "Chief Technology Officer")


def test_a_name_before_a_post_named_by_the_title_before_it():
    # (the Secretary-General's envoy for technology: 사무총장 기술특사)
    found = people("유엔에서는 안나 마리 로페스 사무총장 기술특사가 참석한다.")
    assert found["안나 마리 로페스"][:2] == ("기술특사", "Special Envoy")


def test_a_government_body_as_the_topic_then_its_heads_name_and_title():
    found = people("행정안전부는 김철수 장관이 칠레 안나 로페스 장관과 회담했다고 밝혔다.")
    assert found["김철수"] == ("장관", "Minister", "행정안전부")
    # (a title no head of such a body has stays without it)
    assert people("행정안전부는 이영희 교수가 참석했다고 밝혔다.")["이영희"][2] == ""


def test_a_units_field_in_words_between_the_body_and_the_glued_head_of_unit_title():
    found = people("행사에는 이영희 서울대 AI 신뢰성 연구센터장 등이 참석했다.")
    assert found["이영희"] == ("센터장", "Head of Center", "서울대")


def test_a_body_in_brackets_right_after_the_title_holds_the_post():
    found = people("이날 김철수 의원(더불어민주당)과 이영희 교수(서울대)가 우려를 표했다.")
    assert found["김철수"] == ("의원", "Member of Parliament", "더불어민주당")
    assert found["이영희"] == ("교수", "Professor", "서울대")


@pytest.mark.parametrize("text, posts", [
    # the name, "former", then a body nobody knows yet: the body is no part of the name
    ("정부는 데이비드 로페스 전 라티페이 최고운영책임자(COO)를 자문위원으로 위촉했다.",
     {("데이비드 로페스", "Chief Operating Officer", "ratipei")}),
    # a university's short name, then a foreign name and the title
    ("이날 라티움대 안나 로페스 교수가 발표했다.", {("안나 로페스", "Professor", "ratiumdae")}),
    ("이날 김성대 라티움대 교수가 발표했다.", {("김성대", "Professor", "ratiumdae")}),
    # the post the name after it was appointed to: the words before it are no name
    ("글로벌 AI 가나랩 공동소장으로 내정된 라티움대 안나 로페스 교수는 말했다.",
     {("안나 로페스", "Professor", "ratiumdae")}),
])
def test_who_holds_a_post_when_a_body_or_an_appointment_stands_beside_the_name(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize("text, expected", [
    # a research centre's head (센터장) is glued to its 연구센터: the body is the whole centre, not "… 연구"
    ("김철수 AI 윤리 연구센터장이 참석했다.", {"김철수": ("센터장", "Head of Center", "AI 윤리 연구센터")}),
    ("개소식에는 이영희 프랑스 장관, 김철수 라티움대 AI 윤리 연구센터장, 박민수 KT 상무 등 40여 명이 참석했다.",
     {"이영희": ("장관", "Minister", "프랑스"), "김철수": ("센터장", "Head of Center", "라티움대 AI 윤리 연구센터")}),
])
def test_the_head_of_a_research_centre_glued_to_it_holds_a_post_in_the_whole_centre(text, expected):
    found = people(text)
    assert {n: found.get(n) for n in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # the country with 의 before the name, its ministry (one the data does not know) between the name and
    # the title: no part of the name; the post stays the country's, as after "영국 외무부 장관", and its
    # minister is the 외무장관 (the United Kingdom's Foreign Secretary: tests of national titles above)
    ("영국의 존 스미스 외무부 장관은 협력이 필요하다고 말했다.", {"존 스미스": ("외무장관", "Minister", "영국")}),
    ("미국의 존 스미스 상무부 장관은 말했다.", {"존 스미스": ("상무장관", "Minister", "미국")}),
    ("한국의 김철수 체육부 장관은 말했다.", {"김철수": ("체육장관", "Minister", "한국")}),
])
def test_a_ministry_between_the_name_and_the_title_after_the_countrys_ui_is_no_part_of_the_name(text, expected):
    assert people(text) == expected


def test_the_ministers_title_of_a_country_the_ministry_names_is_the_countrys_own():
    text = "영국의 존 스미스 외무부 장관은 협력이 필요하다고 말했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    assert [dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition"] == ["Foreign Secretary"]


@pytest.mark.parametrize("text, expected", [
    # a governor's state (regions.tsv) stands between the name and 주지사: the post is named with it
    ("존 스미스 캘리포니아 주지사는 법안에 서명했다.", {"존 스미스": ("캘리포니아 주지사", "Governor of California", "")}),
    ("제인 로 뉴욕 주지사는 법안에 서명했다.", {"제인 로": ("뉴욕 주지사", "Governor of New York", "")}),
    ("존 스미스 미국 텍사스주 주지사는 법안에 서명했다.", {"존 스미스": ("텍사스주 주지사", "Governor of Texas", "미국")}),
    ("존 스미스 미국 텍사스 주지사는 법안에 서명했다.", {"존 스미스": ("텍사스 주지사", "Governor of Texas", "미국")}),
    ("존 스미스 온타리오 주총리는 말했다.", {"존 스미스": ("온타리오 주총리", "Premier of Ontario", "")}),
    # (the state alone before the title names no one)
    ("캘리포니아 주지사는 법안에 서명했다.", {}),
])
def test_a_governors_state_is_no_part_of_the_name_and_names_the_post(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Korean name is one word: 가운데 ("amid") or a verb's form before it (방문한: Kiwi 방문 NNG + 한 MM)
    # is no part of it
    ("여러 기관장이 참석한 가운데 김철수 국무총리는 말했다.", {"김철수": ("국무총리", "Prime Minister", "")}),
    ("美 방문한 이동호 과기정통부 장관, 협력 논의", {"이동호": ("장관", "Minister", "과기정통부")}),
    # a committee's short name (…위원회 → …위) before its chair's title is its body, not a name
    ("회의는 라티위·가나위 위원장, 라티움전략위 부위원장 등으로 구성된다.", {}),
    ("김철수 라티움전략위 위원장은 말했다.", {"김철수": ("위원장", "Chair", "라티움전략위")}),
    # a permanent secretary (사무차관) is a post of its own, not a vice minister of "사무"
    ("존 스미스 영국 외무부 사무차관은 말했다.", {"존 스미스": ("사무차관", "Permanent Secretary", "영국")}),
    # a press release brackets the ministry's country, short, before it: (영), (필리핀)
    ("참석자 : ▲존 스미스 (영)과학혁신기술부 장관 ▲안나 로페스 (칠레)과학기술부 장관 등",
     {"존 스미스": ("장관", "Minister", "과학혁신기술부"), "안나 로페스": ("장관", "Minister", "칠레")}),
])
def test_words_around_a_name_that_are_no_part_of_it(text, expected):
    assert people(text) == expected


def test_a_country_kiwi_glues_to_its_particle_is_the_country_not_part_of_the_name():
    # after a verb's adnominal form Kiwi reads a less common country with its 의 as one proper noun (말라위의/NNP)
    assert people("이번 회의는 공동의장인 말라위의 김철수 대통령이 주재했다.") == {"김철수": ("대통령", "President", "말라위")}
    assert people("회의를 주재한 르완다의 존 카미 장관은 말했다.") == {"존 카미": ("장관", "Minister", "르완다")}


def test_a_body_the_data_names_with_its_country_is_that_countrys_before_a_glued_title():
    # 미국 AI안전연구소 is the US institute; AI안전연구소 alone is Korea's
    found = people("라티움 포럼에서는 안나 로페스 미국 AI안전연구소장이 기조연설을 했다.")
    assert found == {"안나 로페스": ("연구소장", "Director", "미국 AI안전연구소")}


def test_the_day_of_a_meeting_before_a_name_is_no_part_of_it():
    found = people("장관은 포럼 첫날 안나 로페스 ARM 최고경영자와 면담했다.")
    assert found == {"안나 로페스": ("최고경영자", "CEO", "ARM")}


def test_a_hyphenated_name_and_an_envoy_resident_at_a_body():
    # 주유엔 (resident at the UN) between the name and the country's ambassador; the name is double-barrelled
    found = people("안나 로페스-가르시아 주유엔 칠레대사는 총회 연설에서 합의를 촉구했다.")
    assert found == {"안나 로페스-가르시아": ("대사", "Ambassador", "칠레")}


def test_a_hyphenated_own_spelling_in_brackets_is_still_the_names_gloss():
    # Kiwi cuts "Al-Rashid" at its hyphen; the bracket is still the name's own spelling before the post
    text = "이날 박 장관은 카림 알라시드(Karim Al-Rashid) 칠레 디지털경제부 장관과 만났다."
    assert people(text)["카림 알라시드"] == ("장관", "Minister", "디지털경제부")


def test_a_name_kiwi_reads_as_one_common_noun_before_a_body_and_its_title():
    # Kiwi tags the whole name as a common noun (NNG); a body and its title right after it leave only a name there
    assert people("문보영 국가AI전략위원회 위원장은 오슬로 포럼에서 연설했다.") == \
        {"문보영": ("위원장", "Chair", "국가AI전략위원회")}


@pytest.mark.parametrize("text", [
    "협약식에는 양 부처 장관이 함께 참석했다.",     # 양 (MM, "both") and a common noun
    "양 기관 대표가 차례로 서명했다.",
])
def test_a_determiner_and_a_common_noun_before_a_title_are_no_name(text):
    assert people(text) == {}


def test_an_agency_before_a_title_is_the_posts_body_not_a_name():
    # …청 of four syllables or more is an agency (Kiwi may tag it a proper noun); its unnamed vice chair is no one here
    text = "행사에는 칠레 데이터보호청 부의장 등이 참석했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {"doc": None})
    assert [e.cls for e in res.entities.values() if e.cls == "Person"] == []
    assert "데이터보호청" not in people(text)
    res = resolve(extract_many([Document("doc", "doc.txt", "김철수 칠레 데이터보호청 청장이 말했다.", DocMeta(), "0" * 64)]),
                  {"doc": None})
    assert [e.labels for e in res.entities.values() if e.cls == "Person"] == [{"ko": "김철수"}]
    assert {(f.subject, f.object) for f in res.facts if f.predicate == "holdsPosition"} == \
        {("person/gimcheolsu", "org/deiteobohocheong")}


def test_a_committee_named_by_a_compound_of_common_nouns_holds_its_chairs_post():
    # Kiwi reads every part of 데이터플랫폼정부위원회 as a common noun; three of them and 위원회 make a body's name
    assert people("데이터플랫폼정부위원회의 김철수 위원장은 말했다.") == {"김철수": ("위원장", "Chair", "데이터플랫폼정부위원회")}


def test_a_division_directors_title_glued_to_the_divisions_name():
    # 과장 is also "exaggeration": a title only right after the body it is held in
    found = people("박민수 외교부 디지털협력과장과 야마다 다로 일본 외무성 정보정책과장은 오늘 회의를 가졌다.")
    assert found == {"박민수": ("과장", "Director", "외교부"), "야마다 다로": ("과장", "Director", "일본 외무성")}
    assert people("그는 성과를 과장했다고 박민수 의원은 말했다.") == {"박민수": ("의원", "Member of Parliament", "")}


def test_a_name_spelled_with_a_hyphen_in_its_gloss_keeps_all_its_korean_words():
    # Korean writes the double-barrelled Marie-Lopez as two words: three words, not a company after two
    found = people("안나 마리 로페스(Anna Marie-Lopez) 사무총장은 말했다.")
    assert "안나 마리 로페스" in found and "안나 마리" not in found


def test_a_glossed_body_then_its_genitive_holds_the_post():
    found = people("국제전기통신연합(ITU)의 안나 로페스 사무총장은 말했다.")
    assert found["안나 로페스"][2] == "ITU"


def test_a_family_name_of_two_words_alone_is_the_person_named_in_full():
    ex = extract_many([Document("doc", "doc.txt", "국제전기통신연합(ITU)의 안나 마리 로페스(Anna Marie-Lopez) 사무총장은 "
                                "말했다. 마리 로페스 사무총장은 위험을 경고했다.", DocMeta(), "0" * 64)])[0]
    people_ = sorted(e.labels.get("ko", "") for e in resolve([ex], {}).entities.values() if e.cls == "Person")
    assert people_ == ["안나 마리 로페스"]


@pytest.mark.parametrize("name", ["얀 반 덴 베르크", "우르줄라 폰 데어 호프"])
def test_a_dutch_or_german_family_name_particle_links_the_name(name):
    found = people(f"{name} 대표를 만났다.")
    assert list(found) == [name]


def test_a_body_described_as_the_largest_of_its_kind_is_no_name():
    ex = extract_many([Document("doc", "doc.txt", "김 차관은 아시아 최대 데이터 연구소인 라티움을 방문했다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if "연구소" in m.text]


def test_a_name_glossed_in_hanja_before_a_title_glued_to_its_body():
    found = people("호반탄(胡文成) 국립라티움기술원장은 말했다.")
    assert found["호반탄"][0] == "원장"


def test_a_body_then_a_korean_name_then_the_posts_field_and_title():
    found = people("세계은행 김민준 디지털전환 부총재는 말했다.")
    assert found["김민준"][2] == "세계은행"


def test_a_name_kiwi_reads_as_a_noun_after_a_subject_before_a_known_body():
    found = people("과학기술정보통신부는 임상영 국가AI전략위원회 위원이 회의에 나왔다고 전했다.")
    assert found["임상영"][2] == "국가AI전략위원회"


@pytest.mark.parametrize("text, title", [
    ("EU 집행위원 안나 로페스(Anna Lopez)는 말했다.", "Commissioner"),            # the name after its title, glossed
    ("EU 단일 시장 담당 집행위원 안나 로페스(Anna Lopez)는 말했다.", "Commissioner"),  # 시장 is the market here
    ("유럽의회 의장인 안나 로페스(Anna Lopez)는 말했다.", "Chair"),                # the post described before the name
    ("EU 안나 로페스 내수시장 집행위원이 말했다.", "Commissioner"),                # the portfolio between
])
def test_a_foreign_name_with_its_title_before_or_its_portfolio_between(text, title):
    found = people(text)
    assert list(found) == ["안나 로페스"] and found["안나 로페스"][1] == title


def test_a_family_name_alone_of_a_name_written_in_one_word_is_that_person():
    ex = extract_many([Document("doc", "doc.txt", "쩐반민 과학기술부 차관은 하노이를 찾았다. 쩐반 차관은 ‘라티움 디지털 포럼’ "
                                "개회식에서 이같이 밝히며 협력을 강조했다.", DocMeta(), "0" * 64)])[0]
    res = resolve([ex], {})
    people_ = {e.labels.get("ko") for e in res.entities.values() if e.cls == "Person"}
    attended = {res.entities[f.subject].labels.get("ko") for f in res.facts if f.predicate == "attended"
                and res.entities[f.subject].cls == "Person"}
    assert people_ == {"쩐반민"} and attended == {"쩐반민"}


def test_the_head_in_brackets_after_a_body_before_its_short_name():
    found = people("과학기술정보통신부(장관 김민준·이하 과기정통부)는 회의를 열었다.")
    assert found["김민준"][1:] == ("Minister", "과학기술정보통신부")


def test_korean_names_listed_with_commas_before_one_title_each_hold_it():
    found = people("이서연 의원을 비롯한 김민준, 박도윤, 최지우 의원이 참석했다.")
    assert {name: title[0] for name, title in found.items()} == {
        "이서연": "의원", "김민준": "의원", "박도윤": "의원", "최지우": "의원"}


def test_a_field_with_a_generic_acronym_between_a_body_and_a_title_is_no_name():
    found = people("김민준 네이버 AI 혁신 센터장은 강조했다.")
    assert list(found) == ["김민준"]


def test_a_title_before_jiksok_names_whose_body_it_is_not_a_post():
    found = people("김민준 대통령 직속 라티움위원회 위원장이 말했다.")
    assert found["김민준"][:2] == ("위원장", "Chair")


def test_a_former_president_before_jiksok_is_still_the_president():
    found = people("이 실장은 김민준 전 대통령 직속 라티움위원회에서 자문위원을 지냈다.")
    assert found["김민준"][:2] == ("대통령", "President")


def test_the_chinese_state_council_is_a_body_not_the_name_before_the_premiers_title():
    # 중국 국무원 총리: the premier of the State Council, which the authority data knows
    assert people("왕밍(王明) 중국 국무원 총리가 개막식에서 연설했다.") == {"왕밍": ("총리", "Prime Minister", "중국 국무원")}


def test_a_posts_field_after_the_body_leaves_the_name_before_the_body():
    # NAME BODY FIELD TITLE: 인도태평양 ("Indo-Pacific") is what the special representative covers
    assert people("김민수 외교부 인도태평양 특별대표가 회의에 참석했다.") == {
        "김민수": ("특별대표", "Special Representative", "외교부")}


def test_a_public_corporation_glued_into_one_word_is_a_body_not_a_name():
    # 한국가스공사 사장: …공사 ("public corporation") of four syllables or more
    assert "라티움가스공사" not in people("라티움가스공사 사장이 문서에 서명했다.")
    assert people("김민수 라티움가스공사 사장이 서명했다.") == {"김민수": ("사장", "President", "라티움가스공사")}


def test_a_given_name_kiwi_reads_as_a_verb_stem_is_part_of_the_name():
    # 지나 (Gina) is a verb stem for Kiwi; first in the sentence or after a verb's ending it can only be a name's
    assert people("지나 로페스 칠레 데이터부 장관은 성명을 통해 밝혔다.") == {"지나 로페스": ("장관", "Minister", "데이터부")}
    assert "지나 로페스" in people("외신에 따르면 지나 로페스 칠레 데이터부 장관은 성명을 발표했다.")
    assert people("3년이 지나 김민수 장관이 취임했다.") == {"김민수": ("장관", "Minister", "")}


def test_a_post_glued_to_its_field_after_the_body_and_before_a_second_post():
    # NAME BODY FIELD+TITLE 겸 …: the second post held at once does not hide the first one's body
    assert people("김민준 외교부 데이터협력대사 겸 차관보가 참석했다.")["김민준"] == ("대사", "Ambassador", "외교부")


def test_a_high_representative_is_no_chief_executive():
    # 군축고위대표: 고위대표 (High Representative), not 대표 (CEO)
    assert people("다카하시 군축고위대표는 개회사를 했다.")["다카하시"][1] == "High Representative"


def test_a_country_kiwi_reads_as_a_verb_is_a_country_beside_a_lists_middle_dot():
    # 가나 (Ghana) reads as 가 + 나 (a verb and its ending); beside a middle dot it is a list's noun
    ex = extract_many([Document("doc", "doc.txt", "행사에는 가나·케냐·기니 장관이 참석했다. 어디로 가나 마찬가지다.",
                                DocMeta(), "0" * 64)])[0]
    assert [m.text for m in ex.mentions if m.cls == "Country"] == ["가나", "케냐", "기니"]


def test_the_body_named_with_its_possessive_before_a_three_word_name_holds_the_post():
    # BODY(ACR)의 안나 로페스 가르시아 의장: the third word is the name's, not a company's
    assert people("라티움평의회 데이터위원회(LDC)의 안나 로페스 가르시아 의장은 “규제는 중요하다”고 강조했다.") == {
        "안나 로페스 가르시아": ("의장", "Chair", "데이터위원회")}


def test_a_body_described_as_directly_under_someone_is_no_name():
    ex = extract_many([Document("doc", "doc.txt", "라티움청은 2019년 설립된 로페스 대통령 직속 기구다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.text.endswith("직속 기구")]


def test_a_quoted_title_with_a_list_inside_is_one_name():
    # ‘A와 B, C 및 D에 관한 협약’: the comma is the list's, not two names'
    ex = extract_many([Document("doc", "doc.txt", "지난해 채택된 ‘데이터와 인권, 평화 및 번영에 관한 기본협약’은 "
                                "이정표로 평가받는다.", DocMeta(), "0" * 64)])[0]
    assert "데이터와 인권, 평화 및 번영에 관한 기본협약" in {m.text for m in ex.mentions}


def test_a_regions_market_is_no_mayor():
    # 동남아시아 시장: 시장 is the region's market here, not a mayor's title
    assert people("라티움 기업들은 동남아시아 시장 공략에 나섰다.") == {}


def test_a_unit_of_a_city_glued_to_its_title_is_a_post_in_the_city():
    # NAME 부산시 데이터정책실장: the city, then its office glued to the title
    ex = extract_many([Document("doc", "doc.txt", "김민호 부산시 데이터정책실장은 “협력을 넓히겠다”고 말했다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == {("김민호", "부산시")}


def test_a_quoted_strategy_named_with_the_year_it_looks_to_is_one_name():
    ex = extract_many([Document("doc", "doc.txt", "칠레는 이듬해 데이터 중장기 전략인 ‘라티움 데이터 전략 2031’을 발표했다.",
                                DocMeta(), "0" * 64)])[0]
    assert ("라티움 데이터 전략 2031", "Strategy") in {(m.text, m.cls) for m in ex.mentions}


def test_a_countrys_digital_government_is_no_ministry():
    # 한국 디지털정부: …정부 is a government, not a ministry (…부) of the country
    ex = extract_many([Document("doc", "doc.txt", "양국은 한국 디지털정부 경험 전수를 약속했다.", DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.text == "디지털정부"]


def test_a_name_kiwi_reads_as_a_determiner_before_a_universitys_short_name():
    # Kiwi reads 이정욱 here as 이 (MM) + 정 (NNG) + 욱 (MAG); 라티움대 is the university, not the name
    assert people("의장은 이정욱 라티움대 교수가 맡았다.") == {"이정욱": ("교수", "Professor", "라티움대")}


def test_whom_a_body_answers_to_is_no_part_of_the_name_before_it():
    found = people("박철수 대통령직속 라티움정부위원회 위원장이 축사를 보냈다.")
    assert found["박철수"][2] == "라티움정부위원회" and not [n for n in found if "직속" in n]


def test_a_body_answering_to_another_with_no_name_before_it_gives_no_person():
    # 가나부 산하 라티움원 원장: the ministry the institute is under, then the institute; no name in reach
    assert not [n for n in people("김철수 가나부 산하 라티움원 원장이 말했다.") if "산하" in n]


def test_a_law_firms_legal_form_glued_to_its_name_is_no_part_of_the_person_after_it():
    assert "장준호" in people("법무법인가나 장준호 AI센터장 등이 참석했다.")
    assert not [n for n in people("법무법인가나 장준호 AI센터장 등이 참석했다.") if "법무법인" in n]


def test_the_ordinal_of_a_post_is_no_body():
    # 제38대 국무총리: the thirty-eighth holder of the post
    assert people("홍길동 제38대 국무총리는 축사를 했다.") == {"홍길동": ("국무총리", "Prime Minister", "")}


def test_people_counted_before_a_bodys_members_are_no_name():
    # 35명을 정라단 위원으로: the team (…단) the counted people join, though the word looks like a name
    assert people("총 35명을 정라단 위원으로 위촉했다.") == {}


def test_a_region_before_a_title_is_no_name():
    # 라티움은행 동아태 부총재: the bank's vice-president for East Asia and the Pacific
    assert people("행사에는 Jane Roe 세계은행 동아태 부총재가 참석했다.") == {"Jane Roe": ("부총재", "Vice President", "세계은행")}


def test_a_panel_heads_title_before_the_name_in_brackets():
    # 투명성 분과(분과장 NAME 교수): the panel's head, a professor; 분과장 is no part of the name
    assert people("윤리 분과(분과장 박민지 라티움대 교수)와 기술 분과로 나뉜다.") == {"박민지": ("교수", "Professor", "라티움대")}


def test_the_heads_of_counted_bodies_are_no_name():
    # 7개 통신 기업 대표: the heads of seven telecom companies
    assert people("면담에는 7개 통신 기업 대표가 참석했다.") == {}


def test_a_word_for_top_level_is_no_name():
    # 최고위 (top-level) looks like a name (최 + 고위) before a policy dialogue
    assert people("인공지능 최고위 정책대화는 업계 대표가 참여하는 협력 채널이다.") == {}


def test_a_bare_head_word_before_a_title_is_no_body():
    # 박철수 포럼 공동의장: the chair of "the forum" the document is about, no body named 포럼;
    # (전 공군참모총장): a former chief of staff, no person named after the word before it
    found = people("박철수 포럼 공동의장(전 공군참모총장)이 인사말을 했다.")
    assert found == {"박철수": ("공동의장", found["박철수"][1], "")}


def test_a_latin_word_after_a_korean_name_starts_the_body_before_the_title():
    # 김동수 XYZ 엔터프라이즈 대표: a Korean name is one word; the Latin-script word begins the company's name
    assert people("전문가로는 김동수 XYZ 엔터프라이즈 대표가 참석했다.") == {"김동수": ("대표", "CEO", "XYZ 엔터프라이즈")}


def test_a_long_name_kiwi_holds_as_one_token_of_several_words():
    # Kiwi's dictionary keeps 레제프 타이이프 에르도안 (eleven syllables) as one proper noun
    assert people("오찬에는 레제프 타이이프 에르도안 대통령도 함께했다.") == {
        "레제프 타이이프 에르도안": ("대통령", "President", "")}


def test_the_pope_is_a_title():
    assert people("베네딕토 교황은 축전을 보냈다.") == {"베네딕토": ("교황", "Pope", "")}


def test_the_country_represented_holds_a_state_post():
    # 칠레 정부를 대표해 NAME 외교장관: speaking for Chile's government, the person holds Chile's foreign post
    assert people("행사에는 칠레 정부를 대표해 안나 로페스 외교장관이 자리했다.") == {"안나 로페스": ("외교장관", "Foreign Minister", "칠레")}


def test_guard_a_countrys_name_before_a_professors_title_is_not_the_body():
    # 한국을 대표해 NAME 교수: a professor is no post of a country
    assert people("세션에는 한국을 대표해 박민지 교수가 나섰다.") == {"박민지": ("교수", "Professor", "")}


def test_judges_titles():
    assert people("위원으로는 홍길동 라티움지방법원 부장판사와 박민지 대법관이 참여한다.") == {
        "홍길동": ("부장판사", "Presiding Judge", "라티움지방법원"), "박민지": ("대법관", "Supreme Court Justice", "")}


@pytest.mark.parametrize("text, expected", [
    ("회의에는 박민지 지사를 비롯해 위원들이 함께했다.", {"박민지": ("지사", "Governor", "")}),
    ("도청을 찾아 홍길동 경제부지사를 만났다.", {"홍길동": ("부지사", "Vice Governor", "")}),
    # 지난달 (last month) before the name is no part of it
    ("위원회는 지난달 박민지 지사의 선언과 함께 출범했다.", {"박민지": ("지사", "Governor", "")}),
    # the province before the title is no part of the name (경기도 부지사: Vice Governor of Gyeonggi)
    ("행사에는 홍길동 경기도 부지사 등이 참석했다.", {"홍길동": ("경기도 부지사", "Vice Governor of Gyeonggi", "")}),
])
def test_a_provinces_governor(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public corporation (…공단) and an agency (…진흥원) are bodies, whose heads are named in brackets
    ("라티움산업공단(이사장 홍길동)은 협약을 맺었다.", {"홍길동": ("이사장", "Chair", "라티움산업공단")}),
    ("라티움정보진흥원(원장 박민지)은 포럼을 연다.", {"박민지": ("원장", "Director", "라티움정보진흥원")}),
])
def test_a_public_corporation_and_an_agency_are_bodies(text, expected):
    assert people(text) == expected


def test_a_provinces_governor_in_brackets_after_it():
    # 강원특별자치도(도지사 NAME): a province is no body the graph holds; its governor is named in brackets
    assert people("강원특별자치도(도지사 박민지)는 3일 위원회를 연다고 밝혔다.") == {
        "박민지": ("강원특별자치도 도지사", "Governor of Gangwon", "")}


@pytest.mark.parametrize("text, expected", [
    ("황보라 라티움스타 부대표 등이다.", {"황보라": ("부대표", "Vice President", "라티움스타")}),
    # 총학생회 (the student council) is a body, no part of the name
    ("박민지 총학생회 대표가 지침을 낭독했다.", {"박민지": ("대표", "CEO", "총학생회")}),
])
def test_a_vice_president_and_a_student_council(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Korean name ending in 부 after a body's Latin gloss is no ministry
    ("세계은행(World Bank) 박태부 부총재도 왔다.", {"박태부": ("부총재", "Vice President", "")}),
    # after a name spelled in Latin script, the words before the title are the post's field
    ("연설에는 라티움(Latium) 안나 로페스(Ana Lopez) 국제 대외협력 부사장이 나섰다.",
     {"안나 로페스": ("부사장", "Vice President", "")}),
    ("대한상공회의소(회장 홍길동)는 10일 밝혔다.", {"홍길동": ("회장", "Chairman", "대한상공회의소")}),
])
def test_words_before_a_title_that_are_no_name(text, expected):
    assert people(text) == expected


def test_guard_the_heads_of_large_companies_and_flagship_companies_are_no_one_named():
    # 국내 대기업 대표: the heads of domestic conglomerates; 대표 기업: flagship companies
    assert people("또 국내 대기업 대표들이 자리했다.") == {}
    assert people("각 얼라이언스는 분야별 대표 기업이 이끈다.") == {}


@pytest.mark.parametrize("text, expected", [
    ("모가람 전남도지사는 8일 말했다.", ("모가람", "전남 도지사", "Governor of South Jeolla")),
    ("모가람 충청북도지사는 8일 말했다.", ("모가람", "충청북도 지사", "Governor of North Chungcheong")),
    ("모가람 충북지사는 8일 말했다.", ("모가람", "충북 지사", "Governor of North Chungcheong")),
])
def test_a_province_glued_to_its_governors_title(text, expected):
    name, title_ko, title_en = expected
    assert people(text)[name][:2] == (title_ko, title_en)


@pytest.mark.parametrize("text, expected", [
    ("윤다솜 가람대 부총장이 참석했다.", {"윤다솜": ("부총장", "Vice President", "가람대")}),
    ("한바다 네이버클라우드 상무가 참석했다.", {"한바다": ("상무", "Managing Director", "네이버클라우드")}),
    ("서누리 LG AI연구원 랩장이 참석했다.", {"서누리": ("랩장", "Lab Head", "LG AI연구원")}),
    ("편하람 한빛정보산업협회 협회장이 참석했다.", {"편하람": ("협회장", "Chairman", "한빛정보산업협회")}),
])
def test_posts_of_universities_companies_labs_and_associations(text, expected):
    assert people(text) == expected


def test_a_legal_form_glued_to_a_name_makes_it_a_company_not_a_person():
    ex = extract_many([Document("doc", "doc.txt", "도하람 ㈜누리랩스 대표와 (사)한빛정보산업협회가 협약했다.",
                                DocMeta(), "0" * 64)])[0]
    found = {m.text: m.cls for m in ex.mentions}
    assert found.get("누리랩스") == "Company"
    assert found.get("한빛정보산업협회") == "NonProfitOrganisation"
    assert "누리랩스" not in {m.text for m in ex.mentions if m.cls == "Person"}
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("도하람", "누리랩스")}


def test_an_association_named_by_a_compound_of_common_nouns_is_a_body():
    ex = extract_many([Document("doc", "doc.txt", "가람대는 6일 미래정보산업협회와 업무협약을 체결했다.",
                                DocMeta(), "0" * 64)])[0]
    assert ("미래정보산업협회", "NonProfitOrganisation") in {(m.text, m.cls) for m in ex.mentions}


def test_a_post_the_lexicon_lacks_glossed_by_one_it_knows():
    found = people("한가람 2차관과 일본 총무성 다나카 유키 총무심의관(차관)은 회의록에 서명했다.")
    assert found["다나카 유키"] == ("총무심의관", "Vice Minister", "일본 총무성")


def test_a_vice_president_for_a_field_is_no_ministry_glued_to_a_title():
    ex = extract_many([Document("doc", "doc.txt", "윤다솜 교육부총장이 참석했다.", DocMeta(), "0" * 64)])[0]
    assert {(m.text, m.title_en) for m in ex.mentions if m.cls == "Person"} == {("윤다솜", "Vice President")}
    assert "교육부" not in {m.text for m in ex.mentions}


def test_a_listed_companys_stock_code_makes_it_a_company():
    ex = extract_many([Document("doc", "doc.txt", "복합 대회에서는 가람소프트[047560], 누리랩스[036570]가 1위를 했다.",
                                DocMeta(), "0" * 64)])[0]
    assert {(m.text, m.cls) for m in ex.mentions} >= {("가람소프트", "Company"), ("누리랩스", "Company")}


def test_a_ministrys_policy_director_general_and_a_universitys_school_before_a_professor():
    found = people("송가람 과기정통부 데이터진흥정책관은 말했다. 오누리 카이스트 데이터과학 전문대학원 교수(분과장)도 왔다.")
    assert found["송가람"] == ("정책관", "Policy Director General", "과기정통부")
    assert "데이터과학 전문대학원" not in found


def test_a_kind_of_body_glossed_by_an_acronym_is_no_body():
    ex = extract_many([Document("doc", "doc.txt", "세계은행과 여러 비정부기구(NGO)가 회의에 함께한다.",
                                DocMeta(), "0" * 64)])[0]
    assert "비정부기구" not in {m.text for m in ex.mentions}


def test_co_heads_in_brackets_after_the_company_are_each_a_person():
    found = people("20일 삼성전자(대표 권가람 윤누리 신하늘)는 포럼을 열었다.")
    assert {n: v[2] for n, v in found.items()} == {"권가람": "삼성전자", "윤누리": "삼성전자", "신하늘": "삼성전자"}


def test_a_university_in_brackets_after_a_professors_title_and_a_commissions_glued_short_name():
    found = people("▲이가람 교수(가람대) 등이 강연했다. 주누리 공정거래위원장도 왔다.")
    assert found["이가람"][2] == "가람대"
    assert found["주누리"][2] == "공정거래위"


def test_a_state_named_after_its_city_is_not_the_city():
    ex = extract_many([Document("doc", "doc.txt", "김가람 대표가 미국 워싱턴주 레드먼드 본사에서 말했다.",
                                DocMeta(), "0" * 64)])[0]
    assert "워싱턴" not in {m.text for m in ex.mentions}


def test_a_korean_name_then_a_compound_noun_before_a_title_is_the_name_and_the_posts_unit():
    assert "노가람" in people("노가람 특화연구 센터장이 참석했다.")


def test_guard_a_foreign_family_name_kiwi_cuts_into_common_nouns_stays_whole_before_a_state_post():
    assert "안가라 드뤼비스" in people("한편 이번 정상회의에는 안가라 드뤼비스 케이맨 제도 총리가 참석했다.")


def test_a_korean_name_then_a_compound_noun_before_a_company_post_is_the_name_and_its_body():
    assert people("강가람 전자신문 대표가 참석했다.") == {"강가람": ("대표", "CEO", "전자신문")}


def test_a_deputy_spokesperson_and_words_that_are_never_names():
    assert people("윤가람 청와대 부대변인은 말했다.")["윤가람"][:2] == ("부대변인", "Deputy Spokesperson")
    assert people("노사민 각계 대표가 참석했다.") == {}
    assert people("회의는 ‘기조 세션’과 ‘장관 세션’ 두 부분으로 열린다.") == {}


def test_a_body_and_its_acronym_before_the_name_and_the_title():
    assert people("간담회에는 가람인공지능산업협회(GAIA) 윤누리 회장이 참석했다.")["윤누리"][2] == "가람인공지능산업협회"


def test_a_court_between_a_korean_name_and_the_title_is_the_body_and_an_associate_research_fellow():
    found = people("이어 ‘책임’(강가람 특허법원 판사), ‘안보’(노누리 가람전략연구원 부연구위원)가 발표됐다.")
    assert found["강가람"] == ("판사", "Judge", "특허법원")
    assert found["노누리"] == ("부연구위원", "Associate Research Fellow", "가람전략연구원")


def test_a_foreign_university_of_four_syllables_before_a_foreign_name_though_its_first_is_a_family_name():
    assert people("이어 노스힐대 린다 스미스 교수가 서명했다.") == {"린다 스미스": ("교수", "Professor", "노스힐대")}


def test_a_body_and_a_title_then_the_name_alone_in_brackets():
    found = people("행사에 참석한 노스힐대 총장(린다 스미스), 과기정통부 장관(강누리) 등이 축사했다.")
    assert found == {"린다 스미스": ("총장", "President", "노스힐대"), "강누리": ("장관", "Minister", "과기정통부")}


def test_companies_as_a_common_noun_before_a_title_are_no_name():
    assert "AI 기업" not in people("노 장관은 이날 국내 AI 기업 대표, 교수들을 만났다.")


def test_the_head_of_a_us_department_the_data_knows_is_its_secretary():
    ex = extract_many([Document("doc", "doc.txt", "이날 가람 장관과 리사 몬드 미국 상무부 장관이 회의를 주재했다.",
                                DocMeta(), "0" * 64)])[0]
    titles = {r.subject.text: dict(r.extra)["title_en"] for r in ex.relations if r.relation == "holdsPosition"}
    assert titles["리사 몬드"] == "Secretary of Commerce"


def test_a_law_firm_with_its_legal_form_first_then_a_korean_name():
    assert people("법무법인 가람 김하늘 대표 변호사는 전략을 발표했다.") == {"김하늘": ("대표", "CEO", "법무법인 가람")}


def test_a_standing_commissioner_of_a_committee_named_short():
    assert people("연구회는 노하늘 경사노위 상임위원이 이끈다.") == \
        {"노하늘": ("상임위원", "Standing Commissioner", "경사노위")}


def test_the_posts_nth_holder_is_no_part_of_the_ministrys_name_in_a_list():
    found = people("이날 간담회에는 배가람 부총리, 윤누리 제35대 체신부 장관이 참석했다.")
    assert found["윤누리"] == ("장관", "Minister", "체신부")


def test_a_style_in_the_names_own_spelling_is_no_part_of_it():
    ex = extract_many([Document("doc", "doc.txt", "앨리스 로(Dr. Alice Roe) 가람연구소 이사 등이 참석했다.",
                                DocMeta(), "0" * 64)])[0]
    assert ("앨리스 로", "Alice Roe") in {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "gloss"}


def test_a_city_council_is_the_body_of_its_members_post():
    ex = extract_many([Document("doc", "doc.txt", "가람시의회 노하늘 의원이 조례안을 발의했다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text, dict(r.extra)["title_en"]) for r in ex.relations
            if r.relation == "holdsPosition"} == {("노하늘", "가람시의회", "Council Member")}


def test_a_bodys_latin_short_name_glued_to_its_heads_title():
    # (GETRI원장 is GETRI's 원장, as 한국지능정보원장 is 한국지능정보원's 장)
    found = people("김철수 ETRI원장이 1일 열린 취임식에서 말했다.")
    assert found == {"김철수": ("원장", "Director", "ETRI")}


def test_the_head_of_a_delegation_is_no_ceo():
    found = people("김철수 수석대표는 “협력 기반을 넓혔다”고 밝혔다.")
    assert found["김철수"][1] == "Head of Delegation"


def test_a_caption_credit_run_into_the_next_sentence_is_no_part_of_the_name():
    found = people("가나 연구소를 찾았다. /사진=가나랩 제공김철수 과학기술정보통신부 제2차관이 연구소를 찾았다.")
    assert found == {"김철수": ("제2차관", "Second Vice Minister", "과학기술정보통신부")}


def test_when_before_a_family_name_is_no_part_of_it():
    # (…을 때 최 대표는: 때, "when", ends the clause before the family name)
    found = people("이후 김영희 대통령이 회담을 마치고 행사장을 찾을 때 최 대표는 이철수 라티움 회장과 나란히 섰다.")
    assert "때 최" not in found and found["최"][1] == "CEO"


def test_a_market_is_no_mayor():
    # (시장 is a market as well as a mayor: a country's market, or a topic's, is no one's post)
    assert people("대표적인 AI 메모리 HBM 시장에서 한국은 80%에 가까운 비중을 차지했다.") == {}
    assert people("라티움텍은 미국 시장에서 빠르게 성장했다.") == {}


def test_a_bodys_latin_name_before_a_korean_name_and_title_is_the_posts_body():
    found = people("▶LDA 김철수 부대표(왼쪽부터), IAAE 이영희 이사장, THE DATA 박민수 대표가 업무협약을 체결했다.")
    assert found == {"김철수": ("부대표", "Vice President", "LDA"), "이영희": ("이사장", "Chair", "IAAE"),
                     "박민수": ("대표", "CEO", "THE DATA")}


def test_a_countrys_new_government_is_the_country():
    found = people("이번 행사에는 지난해 집권한 캄보디아 신정부의 안나 로페스 총리가 참여했다.")
    assert found["안나 로페스"][2] == "캄보디아"


def test_a_scholar_major_countries_and_founding_are_no_words_of_a_name():
    assert people("세계적 석학 안나 로페스 라티움대 교수가 강연했다.") == {"안나 로페스": ("교수", "Professor", "라티움대")}
    assert "주요국" not in people("김철수 특허심판원장은 “주요국 특허심판원장과 논의한다”고 말했다.")
    assert not any("창립" in name for name in people("이어 존 로 IEEE Global Data Initiative 창립 사무총장이 나선다."))


def test_receiving_a_prize_is_no_prime_minister():
    # (수상: receiving a prize, or 首相, a prime minister)
    assert people("둘째 날에는 이그노벨상 수상 경력이 있는 교수가 강연한다.") == {}


def test_a_companys_latin_name_of_several_words_between_a_hangul_name_and_its_post():
    assert people("이어 안나 로페스 LATIUM Education 부사장이 기조 강연에 나선다.") == \
        {"안나 로페스": ("부사장", "Vice President", "LATIUM Education")}


def test_a_foreign_countrys_body_glued_to_a_title_keeps_its_country():
    found = people("세미나에는 김철수 특허심판원장, 존 로 미국 특허심판원장이 참석한다.")
    assert found["김철수"][2] == "특허심판원" and found["존 로"][2] == "미국 특허심판원"


def test_ministries_as_a_common_noun_and_a_senior_vice_chairman():
    assert people("오마르 로 장관은 ‘세계 최초의 인공지능 부처 장관’으로 불린다.").keys() <= {"오마르 로"}
    assert people("김철수 가나그룹 수석부회장이 참석했다.") == {"김철수": ("수석부회장", "Senior Vice Chairman", "가나그룹")}


def test_the_kyrgyz_republic_spelt_with_jeu_is_the_country():
    assert people("윤 대통령은 사디르 로페스 키르기즈공화국 대통령과 정상회담을 했다.")["사디르 로페스"] == \
        ("대통령", "President", "키르기즈공화국")


def test_a_foreign_province_before_its_ministry_is_no_part_of_the_name():
    found = people("윤 대통령은 빅터 피델로 온타리오주 경제개발부 장관 등과 간담회를 했다.")
    assert found["피델로"] == ("장관", "Minister", "경제개발부")


def test_board_titles_and_public_corporations_and_funds_in_a_caption_list():
    found = people("사진 왼쪽부터 김철수 라티움산업단지공단 상무이사, 이영희 라티움장학재단 상임이사, 박민수 라티움기술평가원 "
                   "부원장, 최지훈 라티움가스공사 경영지원본부장, 정수빈 라티움보증기금 전무이사")
    assert found == {"김철수": ("상무이사", "Managing Director", "라티움산업단지공단"),
                     "이영희": ("상임이사", "Standing Director", "라티움장학재단"),
                     "박민수": ("부원장", "Deputy Director", "라티움기술평가원"),
                     "최지훈": ("본부장", "Head", "라티움가스공사"),
                     "정수빈": ("전무이사", "Executive Director", "라티움보증기금")}


def test_a_units_head_in_a_list_keeps_the_unit_and_no_more():
    found = people("이재훈 한국부동산원 산업지원본부장, 김철수 라티움대 교수가 참석했다.")
    assert found["이재훈"] == ("본부장", "Head", "한국부동산원 산업지원본부")


def test_a_posts_field_with_ai_in_it_is_no_name():
    found = people("14일에는 안나 로페스 가나언론기금 AI 신기술 및 규제 담당 이사, 김철수 라티움대 교수 등이 발표한다.")
    assert not any("AI" in name for name in found)


def test_a_vice_chair_co_chair_and_distinguished_professor():
    found = people("이영희 중진공 부이사장, 김철수 라티움대 석학교수가 참석했다. 박민수 가나위원회 공동위원장이 말했다.")
    assert {k: v[1] for k, v in found.items()} == {"이영희": "Vice Chair", "김철수": "Distinguished Professor",
                                                     "박민수": "Co-Chair"}


def test_korean_agencies_the_data_knows():
    ex = extract_many([Document("doc", "doc.txt", "김철수 경찰청장은 “과학치안을 강화하겠다”고 말했다.", DocMeta(), "0" * 64)])[0]
    assert ("경찰청", ("org/knpa",)) in {(m.text, m.authority_ids) for m in ex.mentions}


def test_a_partys_leader_and_a_party_before_a_korean_name():
    assert people("김철수 국민의힘 전 대표가 말했다.")["김철수"] == ("대표", "Party Leader", "국민의힘")
    assert "김영희" in people("민주당 김영희 의원이 발의했다.")


def test_a_former_mayor_of_a_city_glued_to_the_title_in_a_list():
    found = people("박민수 전 라티움시장, 김철수 라티움대 교수가 참석했다.")
    assert found["박민수"] == ("시장", "Mayor", "라티움시")


def test_a_fields_leading_firm_is_no_ones_post():
    # 대표 after 분야 is "leading" (the field's leading supplier), not a CEO
    assert people("라티움오토는 모빌리티 분야 대표 SW 공급기업으로, 역량을 검증받았다.") == {}


def test_a_universitys_short_name_before_a_korean_name_apart_or_glued():
    assert people("라티움대 김철수 교수가 밝혔다.") == {"김철수": ("교수", "Professor", "라티움대")}
    assert people("작업반장을 수임(라티움대김철수 교수)하였다.") == {"김철수": ("교수", "Professor", "라티움대")}


def test_guard_a_korean_name_ending_in_dae_is_still_a_name():
    assert people("김한대 교수가 밝혔다.") == {"김한대": ("교수", "Professor", "")}


def test_the_national_standards_agency_and_the_radio_research_agency_are_known_bodies():
    found = people("산업통상자원부 국가기술표준원(원장 김철수)과 과학기술정보통신부 국립전파연구원(원장 이영희)은 밝혔다.")
    assert found == {"김철수": ("원장", "Director", "국가기술표준원"), "이영희": ("원장", "Director", "국립전파연구원")}


def test_a_ministry_then_in_brackets_a_post_held_with_another_and_the_name():
    # 부총리 겸 … 장관: the deputy prime minister who is also the minister, named after the last post
    assert people("기획재정부(부총리 겸 기획재정부 장관 김철수)는 밝혔다.") == {"김철수": ("장관", "Minister", "기획재정부")}
    assert people("과학기술정보통신부(부총리 겸 과기정통부 장관 이영희, 이하 과기정통부)가 주최했다.") == {
        "이영희": ("장관", "Minister", "과학기술정보통신부")}


def test_a_market_of_common_nouns_or_of_a_products_acronym_is_no_mayor():
    assert people("라티움은 스마트폰 칩 시장에서 절대강자다.") == {}
    assert people("현재 전세계 데이터센터 서버용 GPU 시장은 라티움텍이 독점하고 있다.") == {}


def test_guard_a_mayor_of_a_city_glued_to_the_title():
    assert people("이영희 라티움시장이 말했다.") == {"이영희": ("시장", "Mayor", "라티움시")}


def test_a_business_operator_is_no_name():
    found = people("라티움텔레콤은 최대 통신사이자, 디지털서비스 사업자 모바일텔레시스템즈(MTS)그룹 최고경영자(CEO)를 비롯 "
                   "주요 임원이 방문했다고 밝혔다.")
    assert "디지털서비스 사업자" not in found


def test_koica_by_its_korean_short_name():
    assert people("김철수 코이카 이사장은 말했다.") == {"김철수": ("이사장", "Chair", "코이카")}


def test_a_party_of_four_syllables_and_more_is_no_person():
    # (Kiwi may misread the leader's name before it; the party is still no person)
    assert people("라티움미래당 대표는 말했다.") == {}


def test_a_chair_professor_at_a_universitys_short_name():
    assert people("김철수 라티움대 석좌교수가 말했다.") == {"김철수": ("석좌교수", "Chair Professor", "라티움대")}


def test_a_university_in_brackets_after_a_societys_post_is_an_affiliation_not_the_posts_body():
    found = people("행사에는 김철수 회장(라티움대 교수), 이영희 부회장(오스트라대) 등이 참석했다.")
    assert found["이영희"] == ("부회장", "Vice Chairman", "")


def test_guard_a_professor_with_the_university_in_brackets():
    assert people("▲김철수 교수(라티움대) ▲이영희 교수(오스트라대)") == {
        "김철수": ("교수", "Professor", "라티움대"), "이영희": ("교수", "Professor", "오스트라대")}


def test_trade_unions_and_the_employers_federation_by_their_short_names():
    assert people("김철수 한국노총 위원장은 말했다.") == {"김철수": ("위원장", "Chair", "한국노총")}
    assert people("이영희 경총 회장은 말했다.") == {"이영희": ("회장", "Chairman", "경총")}


def test_a_partys_short_name_before_or_after_a_foreign_name_is_no_part_of_it():
    assert people("상원은 테드 크루즈 공화당 상원의원의 주도 하에 진행된 법안을 부결했다.") == {
        "테드 크루즈": ("상원의원", "Senator", "")}
    assert people("공화당 마샤 블랙번 상원의원은 밝혔다.") == {"마샤 블랙번": ("상원의원", "Senator", "")}


def test_a_quotative_ending_and_the_days_of_are_no_names():
    assert people("‘미스터 에브리싱’이라고 불리는 무함마드 빈 살만 왕세자가 출범시켰다.") == {
        "무함마드 빈 살만": ("왕세자", "Crown Prince", "")}
    assert people("1기 트럼프 시절 최고기술책임자(CTO)를 지낸 마이클 크라시오스가 이끌게 된다.") == {}


def test_the_chief_cabinet_secretary_written_apart_or_glued():
    assert people("통합혁신전략추진회의(의장 스가 요시히데 관방 장관)에서 착수했다.") == {
        "스가 요시히데": ("관방장관", "Chief Cabinet Secretary", "")}
    assert people("스가 요시히데 관방장관은 말했다.") == {"스가 요시히데": ("관방장관", "Chief Cabinet Secretary", "")}


def test_a_post_of_a_post_is_no_body_in_a_list_item():
    # 총리 보좌관: the prime minister's adviser; "히로토 총리" is no body
    assert all(org != "히로토 총리" for _, _, org in people("실무를 이즈미 히로토 총리 보좌관이 맡는다.").values())


def test_foreign_companies_by_their_korean_names():
    assert people("왕촨푸 비야디 회장 등과 만났다.") == {"왕촨푸": ("회장", "Chairman", "비야디")}
    assert people("게르만 그레프 스베르방크 최고경영자(CEO)는 인정했다.") == {"게르만 그레프": ("최고경영자", "CEO", "스베르방크")}


def test_a_countrys_state_between_a_foreign_name_and_the_title():
    assert people("앤드류 벨 호주 뉴사우스웨일즈주 대법원장이 말했다.") == {"앤드류 벨": ("대법원장", "Chief Justice", "호주")}


def test_prosecutors_and_a_subcommittee_chair_are_titles():
    assert people("대검찰청은 9일 김철수 검찰총장 주재로 연구회 창립식을 개최했다.") == {
        "김철수": ("검찰총장", "Prosecutor General", "")}
    assert people("이영희 대검찰청 차장검사가 축사를 맡았다.") == {"이영희": ("차장검사", "Deputy Chief Prosecutor", "대검찰청")}
    found = people("포럼에서는 라티움연구원 IT·AI 분과위원장 김철수 오스트라대 교수의 강연이 발표됐다.")
    assert found["김철수"] == ("교수", "Professor", "오스트라대")
    assert not any(name.endswith("김철수") and name != "김철수" for name in found)


def test_a_companys_mixed_case_short_name_is_matched_as_written():
    # xAI is a company in the authority data; XAI (explainable AI) in a platform's name is none
    ex = extract_many([Document("doc", "doc.txt", "제목\n\n에너지 AI 클러스터는 'XAI 기반 스마트에너지 플랫폼' 개발을 "
                                "완료했다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.authority_ids == ("company/xai",) for m in ex.mentions)
    ex = extract_many([Document("doc", "doc.txt", "제목\n\n김철수 xAI 창업자가 말했다.", DocMeta(), "0" * 64)])[0]
    assert any(m.authority_ids == ("company/xai",) for m in ex.mentions)


def test_short_korean_names_of_the_space_agency_and_two_companies():
    assert people("김철수 우주청 우주항공산업국장은 말했다.")["김철수"][2] == "우주청"
    assert people("이영희 한국수력원자력 기술부사장(CNO)이 말했다.")["이영희"][2] == "한국수력원자력"
    found = people("협약식에는 김철수 KAI 사장과 이영희 서울대학교 총장을 비롯해 박민수 KAI 미래융합기술원장 전무, 최지훈 KAI "
                   "경영관리본부장 전무, 정수진 서울대 연구부총장 등 주요 관계자 13명이 참석했다.")
    assert found["최지훈"] == ("전무", "Senior Managing Director", "KAI")     # (not the body "KAI 경영관리본부장")


def test_the_indo_pacific_portfolio_is_no_name():
    assert people("英 인태 장관 방한…'한영 고위급 경제대화' 공동 주재") == {}


def test_a_department_or_campus_before_a_korean_name_is_no_part_of_it():
    assert people("행사에는 라티움대 자연 과학 캠퍼스 김철수 부총장, 반도체공학과 이영희 교수 등이 참석했다.") == {
        "김철수": ("부총장", "Vice President", ""), "이영희": ("교수", "Professor", "")}


def test_a_city_between_a_korean_name_and_a_local_post():
    assert people("김철수 라티움시 시장이 말했다.") == {"김철수": ("시장", "Mayor", "라티움시")}


def test_a_federation_is_a_body_and_a_godfather_no_ministry():
    found = people("이후 라티움과학기술총연합회 부원장을 역임했다.")
    assert not any(name.endswith("총연합회") for name, (_, _, org) in found.items() if not org)
    ex = extract_many([Document("doc", "doc.txt", "제목\n\n이 총장은 'KAIST 벤처 창업의 대부'로도 불린다.", DocMeta(),
                                "0" * 64)])[0]
    assert not any(m.cls == "GovernmentBody" for m in ex.mentions)


def test_a_universitys_short_name_alone_before_a_professors_title_is_no_person():
    found = people("얀 르쿤 메타 수석 AI 과학자 겸 미국 라티움대 교수가 나섰다.")
    assert "라티움대" not in found


def test_chief_before_a_role_is_no_senior_secretary():
    found = people("이번 포럼에는 안나 로페스 메타 수석 AI 과학자 겸 미국 라티움대 교수 등이 나섰다.")
    assert all(title != "수석" for title, _, _ in found.values())


def test_guard_a_senior_secretary():
    assert people("김철수 수석은 말했다.") == {"김철수": ("수석", "Senior Secretary", "")}


def test_a_daily_newspaper_before_a_korean_name_is_the_posts_company():
    assert people("선포식 행사는 라티움일보 김철수 대표이사가 주최한다.") == {"김철수": ("대표이사", "CEO", "라티움일보")}


def test_a_careers_firms_with_the_years_of_each_post_are_no_persons():
    assert people("이후 라티움미디어 대표(1991~1997년), 오스트라넷 전무(1997~2001년) 등 기업에서 일했다.") == {}


def test_a_team_before_a_korean_name_is_no_part_of_it():
    assert people("또 산업계에선 카카오 대외정책팀 김철수 이사가 참여해 발표했다.") == {"김철수": ("이사", "Director", "카카오")}


def test_the_software_policy_institutes_short_korean_name():
    assert people("김철수 스프리 소장이 비전을 설명하고 있다.") == {"김철수": ("소장", "Director", "스프리")}


def test_from_and_the_first_are_no_name_words():
    assert people("특히 라티움부 7급 공채(기술직) 출신 최초 여성 실장이 됐다.") == {}


def test_a_partys_short_name_after_a_korean_name_is_no_part_of_it():
    found = people("민 차관은 박철수 라티움당 의원과 최영희 가나다당 의원의 질의에 답했다.")
    assert set(found) == {"민", "박철수", "최영희"}


def test_a_post_glued_to_a_committees_short_name_before_the_name_is_no_part_of_it():
    found = people("민 차관은 라티움위원장 노철수 가나다당 의원의 질의에 답했다.")
    assert "노철수" in found and not any(n.startswith("라티움위원장") for n in found)


def test_in_this_regard_before_a_family_name_and_its_title_is_no_part_of_the_name():
    assert "관련 노" not in people("이와 관련 노 위원장이 재차 묻자 민 차관은 답했다.")


def test_a_province_before_a_post_is_no_person():
    assert set(people("임철수 위원장은 경기도 정보화정책관 등을 지냈다.")) == {"임철수"}


def test_a_floor_leader_is_a_post():
    assert people("추철수 원내대표는 회의에서 말했다.") == {"추철수": ("원내대표", "Floor Leader", "")}


def test_a_university_and_its_institute_after_a_research_professors_name():
    found = people("김서준 라티움여대 웹발전연구소 연구교수는 발표한다.")
    assert found == {"김서준": ("연구교수", "Research Professor", "라티움여대")}


def test_left_and_right_in_a_photo_caption_are_no_part_of_the_names():
    found = people("업무협약식(왼쪽 유철수 라티움대학교 총장, 오른쪽 김영희 라티움재단 이사장)")
    assert set(found) == {"유철수", "김영희"}


def test_a_city_before_a_korean_name_and_a_glued_title():
    found = people("개소식에는 대구시 서철수 행정부시장이 참석했다.")
    assert set(found) == {"서철수"}


def test_a_mayor_glued_to_the_citys_name_holds_the_post_in_the_city():
    ex = extract_many([Document("doc", "doc.txt", "이철수 라티움시장은 28일 기자회견을 열었다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text, r.object.cls) for r in ex.relations if r.relation == "holdsPosition"} \
        == {("이철수", "라티움시", "City")}


def test_a_leader_named_by_family_name_holds_the_partys_post_said_in_full():
    text = ("더불어민주당 이철수 대표가 19일 국회의장을 예방했다. 이철수 대표는 특위 설치를 제안했다. "
            "이 대표는 이날 최고위에서도 AI를 언급했다.")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    titles = {dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition" and f.subject.startswith("person/")}
    assert titles == {"Party Leader"}


def test_a_foreign_name_its_party_and_the_chamber_before_a_floor_leaders_post():
    assert set(people("마이클 로버츠 라티움당 상원 원내대표는 축사에서 말했다.")) == {"마이클 로버츠"}


def test_a_superintendent_of_education_glued_to_the_city():
    assert people("시민단체는 이주호 교육부 장관과 강철수 대구교육감을 고발했다.")["강철수"] == \
        ("교육감", "Superintendent of Education", "대구")


def test_a_second_post_glued_to_its_ministry_in_the_bracket_after_the_body():
    assert people("교육부(부총리 겸 교육부장관 김철수)와 EBS(사장 이영희)가 서비스를 개통했다.") == {
        "김철수": ("장관", "Minister", "교육부"), "이영희": ("사장", "President", "EBS")}


def test_a_universitys_short_name_before_its_president_in_brackets():
    assert people("라티움대(총장 김철수)는 지난 2일 밝혔다.") == {"김철수": ("총장", "President", "라티움대")}


def test_a_loanword_body_after_or_before_a_korean_name():
    assert people("방철수 라티브 의장은 인터뷰에서 말했다.") == {"방철수": ("의장", "Chair", "라티브")}
    assert people("행사에서 만난 라티브 김철수 대표는 말했다.") == {"김철수": ("대표", "CEO", "라티브")}


def test_guard_a_foreign_name_of_two_words_before_a_companys_post_keeps_both():
    assert set(people("마이클 로버츠 회장이 말했다.")) == {"마이클 로버츠"}


def test_joint_before_a_post_is_no_part_of_the_name():
    assert set(people("김철수 공동 대표가 말했다.")) == {"김철수"}


def test_a_learned_society_and_an_innovation_centre_are_bodies():
    from extract.words import head_class
    assert head_class("한국라티움학회", "ko") == "NonProfitOrganisation"
    assert head_class("라티움창조경제혁신센터", "ko") == "Organisation"


def test_a_name_kiwi_cuts_before_a_verbs_ending_is_still_the_name():
    # Kiwi reads 김창한 as 김창 (NNP) + 한 ("did"); before a body and a title it is the name
    assert people("김창한 라티브 대표는 인터뷰에서 말했다.") == {"김창한": ("대표", "CEO", "라티브")}


def test_a_citys_office_of_education_written_two_ways_is_one_body():
    text = ("서울특별시교육청, AI 교육 종합계획 발표\n\n서울시교육청은 이번 계획을 통해 AI 교육을 강화한다고 밝혔다. "
            "서울시교육청(교육감 김철수)은 대학 4곳과 협약을 맺었다.")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    offices = [e for e in res.entities.values() if e.labels.get("ko", "").endswith("교육청")]
    assert len(offices) == 1 and offices[0].cls == "GovernmentBody"


def test_at_the_lecture_shortened_before_a_korean_name_is_no_part_of_it():
    assert set(people("이날 특강서 김철수 대표는 조직문화를 소개했다.")) == {"김철수"}


def test_a_korean_name_a_body_nobody_knows_and_its_unit_glued_to_the_title():
    assert people("김철수 라티브금융 디지털혁신부문장이 말했다.")["김철수"][2] == "라티브금융"


def test_where_a_name_stands_in_the_photo_between_it_and_the_glued_title():
    assert people("김철수(왼쪽에서 네번째) 라티움연구원장이 기념 촬영을 하고 있다.") == {
        "김철수": ("원장", "Director", "라티움연구원")}


def test_a_company_whose_name_ends_in_ai_written_apart():
    ex = extract_many([Document("doc", "doc.txt", "김철수 퓨리오사 AI 대표 등과 회동했다.", DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.authority_ids) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("김철수", ("company/furiosaai",))}


def test_a_researchers_grade_ends_no_bodys_name():
    ex = extract_many([Document("doc", "doc.txt", "김철수 상무는 라티움전자에서 AI선임연구원을 지냈다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.text.endswith("선임연구원") for m in ex.mentions if m.cls != "Person")


def test_advisers_assistant_governors_and_honorary_managing_partners_are_posts():
    assert people("이철수 라티브 상임고문, 윤영희 법무법인 라티움 명예 대표변호사 등이다.") == {
        "이철수": ("상임고문", "Standing Adviser", "라티브"), "윤영희": ("대표변호사", "Managing Partner", "법무법인 라티움")}
    assert people("김철수 금융감독원 디지털·IT 부원장보가 참석했다.") == {
        "김철수": ("부원장보", "Assistant Governor", "금융감독원")}


def test_guard_a_title_dotted_to_a_country_is_no_body_of_dotted_fields():
    ex = extract_many([Document("doc", "doc.txt", "김 대통령·동티모르 이철수 총리 공동 주재로 열렸다.", DocMeta(), "0" * 64)])[0]
    assert not any("·" in m.text for m in ex.mentions)


def test_guard_a_family_name_with_the_last_word_of_a_bare_post_is_that_post():
    text = "우철수 국회의장이 19일 대표를 만났다. 우 의장도 긍정적으로 화답했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    titles = {dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition" and f.subject.startswith("person/")}
    assert titles == {"Speaker"}


def test_a_numbered_conference_of_a_learned_society_is_no_society():
    ex = extract_many([Document("doc", "doc.txt", "라티움기상원은 오는 19일 '제1회 한-라티움 기상 분야 인공지능(AI) 활용 "
                                "학회'를 개최한다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls == "NonProfitOrganisation" for m in ex.mentions)


def test_a_public_corporation_by_its_full_and_short_names_is_one_body():
    text = "한국교통안전공단(이사장 김철수)은 AI 조직을 신설했다. 교통안전공단은 AI미래전략실을 두었다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert [e.labels.get("en") for e in res.entities.values() if e.labels.get("ko", "").endswith("공단")] == \
        ["Korea Transportation Safety Authority"]


def test_a_known_bodys_acronym_defined_in_brackets_names_it_later():
    text = "이에 김철수 한국교통안전공단(TS) 이사장은 설명했다. 김철수 TS 이사장은 말했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert sorted(res.entities) == ["org/ts-korea", "person/gimcheolsu"]


def test_a_bodys_spaced_name_before_a_units_post_is_no_person():
    assert people("이번 회의에는 국가 라티움 전략위원회 국방안보분과 위원장과 참모차장 등이 참석했다.") == {}
    assert people("포럼에는 방산 기업 CEO 등 270여 명이 참석했다.") == {}


def test_a_hospital_glued_after_a_name_is_the_body_of_the_post():
    assert people("김철수 라티움대병원 소아청소년과 교수가 발표했다.") == {"김철수": ("교수", "Professor", "라티움대병원")}


def test_a_university_hospital_in_full_and_shortened_is_one_body():
    text = "라티움대학교병원(원장 김철수)은 협약을 맺었다. 이영희 라티움대병원 교수가 발표했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert len([e for e in res.entities.values() if e.labels.get("ko", "").endswith("병원")]) == 1


def test_after_a_clause_before_a_name_is_no_part_of_it():
    assert set(people("‘라티움 비전 선포식’을 마친 뒤 이철수 라티움전자 부회장의 안내로 둘러봤다.")) == {"이철수"}


def test_a_universitys_short_name_before_its_institutes_post_is_no_name():
    assert "라티움가톨릭대" not in people("이날 세미나에서 라티움가톨릭대 라티움생명윤리연구소 소장이 발표했다.")


def test_acting_or_an_adverb_after_a_title_glued_to_its_body():
    assert people("김철수 소방청장 직무대행은 안전을 지키겠다고 말했다.") == {"김철수": ("청장", "Commissioner", "소방청")}
    assert people("이영희 소방청장 역시 발전을 기원한다며 기대를 드러냈다.") == {"이영희": ("청장", "Commissioner", "소방청")}


def test_chief_executive_before_a_second_post_names_the_company():
    assert people("김철수 라티움중공업 대표이사 부회장은 지난 3월 말했다.") == \
        {"김철수": ("부회장", "Vice Chairman", "라티움중공업")}


def test_bu_before_a_heads_title_is_its_deputy():
    assert people("김철수 외교부 부본부장은 말했다.") == {"김철수": ("부본부장", "Deputy Head", "외교부")}
    assert not people("김철수 부서장은 말했다.").get("김철수", ("", "", ""))[1].startswith("Deputy")   # a department's


def test_a_companys_loanword_form_after_its_name_is_no_name():
    assert people("그는 알렉스 로페스 팔란티어 테크놀로지스 대표와 만났다.") == \
        {"알렉스 로페스": ("대표", "CEO", "팔란티어")}


def test_a_foreign_family_name_kiwi_reads_as_a_noun_and_ija():
    assert people("이 국장이 발데시 우르퀴자 인터폴 사무총장과 면담했다.")["발데시 우르퀴자"] == \
        ("사무총장", "Secretary-General", "인터폴")


def test_the_post_someone_is_recruited_to_is_theirs_and_no_one_elses():
    found = people("라티움그룹은 라티움모빌리티 대표에 김철수 사장을 영입했다고 밝혔다.")
    assert found == {"김철수": ("사장", "President", "")}
    # (a body the data knows: the appointment makes the fact)
    ex = extract_many([Document("doc", "doc.txt", "라티움그룹은 삼성전자 대표에 김철수 사장을 영입했다고 밝혔다.",
                                DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text, r.method) for r in ex.relations if r.relation == "holdsPosition"
            and r.object} == {("김철수", "삼성전자", "appointed")}


def test_a_long_body_name_before_a_korean_name_is_the_body():
    assert people("국립요양원 김철수 원장은 “기대한다”라고 말했다.") == {"김철수": ("원장", "Director", "국립요양원")}


def test_co_heads_listed_with_commas_in_the_bodys_bracket():
    assert people("22일 삼성전자(대표 김철수, 이영희)는 서비스를 적용했다고 밝혔다.") == \
        {"김철수": ("대표", "CEO", "삼성전자"), "이영희": ("대표", "CEO", "삼성전자")}


def test_a_boy_band_is_no_company():
    ex = extract_many([Document("doc", "doc.txt", "그는 또한 오는 2026년 신인 보이그룹 데뷔를 예고했다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls == "Company" for m in ex.mentions)


def test_acting_between_the_title_and_the_name_in_a_bodys_bracket():
    assert people("삼성전자(사장 직무대리 김철수)는 6일 행사를 열었다.") == {"김철수": ("사장", "President", "삼성전자")}


def test_a_market_of_a_kind_is_no_mayor():
    assert people("의료·웰니스 같은 고부가 시장을 선점해 성장을 만들겠다고 말했다.") == {}


def test_the_post_given_to_a_name_with_its_doctors_title_after_it_is_no_ones_before_it():
    assert people("라티움부는 아태지역 준비그룹 의장으로 김철수 라티움연구원 박사가 선출됐다고 밝혔다.") == {}


def test_a_known_bodys_name_with_a_particle_is_no_title_glued_to_a_body():
    assert people("국립전파연구원은 이승윤 한국전자통신연구원을 단장으로 한 대표단이 참석했다고 밝혔다.") == {}


def test_a_study_group_is_an_organisation_not_a_company():
    ex = extract_many([Document("doc", "doc.txt", "한국은 AI 데이터 스터디그룹 신설을 제안했다.", DocMeta(), "0" * 64)])[0]
    assert {m.cls for m in ex.mentions if m.text.endswith("그룹")} == {"Organisation"}


def test_a_two_syllable_countrys_name_before_a_state_title_after_a_name_is_the_country():
    assert people("회의에는 김철수 통가 외교장관이 참석했다.") == {"김철수": ("외교장관", "Foreign Minister", "통가")}


def test_a_known_body_then_the_place_of_its_office_before_a_glued_title():
    found = people("대사관은 김철수 한국수출입은행 라티움시티 사무소장 등이 참석했다고 밝혔다.")
    assert found == {"김철수": ("소장", "Director", "한국수출입은행")}


def test_a_bar_association_is_a_body_and_no_name():
    found = people("선거는 김철수(사법연수원 24기) 전 의원과 이영희(군법무관시험 7회) 한국라티움변호사회 초대 회장의 대결이다.")
    assert "한국라티움변호사회" not in found


def test_a_time_or_a_role_before_a_name_is_no_part_of_it():
    assert people("이에 앞서 주총 직전 최 대표는 말했다.") == {"최": ("대표", "CEO", "")}
    assert set(people("라티움 ‘코GPT’ 개발 주역 김철수 라티움브레인 대표 사임")) == {"김철수"}
    assert set(people("같은 당 최철수 의원이 물었다.")) == {"최철수"}


def test_a_market_of_common_nouns_with_a_particle_is_no_mayor():
    assert people("글로벌 기업이 국내 공공 클라우드 시장에 진출했다.") == {}


def test_appointed_to_a_post_with_e_names_no_one_before_it():
    assert people("2021년 라티움브레인 대표에 선임됐다.") == {}


def test_a_korean_name_is_one_word_after_a_universitys_short_name_before_a_glued_title():
    assert people("이번 협약식에는 라티움대 김철수 학무부총장(국제)이 참석했다.") == {"김철수": ("부총장", "Vice President", "")}


def test_recently_and_in_future_before_a_name_are_no_part_of_it():
    assert set(people("담당 상무로는 최근 김철수 전 라티움 대표를 영입했다.")) == {"김철수"}
    assert set(people("향후 이 대표가 AI를 활용할지 주목된다.")) == {"이"}


def test_a_high_commissioner_glued_to_her_field():
    assert people("토의에는 미셸 로페스 유엔 인권최고대표가 참석했다.")["미셸 로페스"][1] == "High Commissioner"


def test_an_expert_group_is_no_company():
    ex = extract_many([Document("doc", "doc.txt", "라티움기구는 ‘라티움 전문가그룹’을 출범했다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls == "Company" for m in ex.mentions)


def test_a_national_museums_director_glued_or_in_brackets():
    assert people("포럼은 김철수 국립라티움박물관장의 환영사로 시작된다.") == {"김철수": ("관장", "Director", "국립라티움박물관")}
    assert people("국립라티움미술관(관장 이영희)과 가나연구원은 협약을 맺었다.")["이영희"][2] == "국립라티움미술관"


def test_a_special_appointment_professor_at_a_universitys_short_name():
    assert people("패널토론에는 김철수 라티움대 특임교수가 참여했다.") == \
        {"김철수": ("특임교수", "Professor of Practice", "라티움대")}


def test_a_research_institute_glued_after_an_agency_is_no_researcher():
    assert people("라티움청 국립라티움문화연구원이 42명을 선정했다.") == {}


def test_the_head_of_an_unnamed_institute_holds_no_body():
    assert people("협회를 대표해 김철수 연구원장이 참석했다.") == {"김철수": ("원장", "Director", "")}


def test_a_body_named_after_its_country_is_no_name_before_a_numbered_post():
    assert set(people("김철수 라티브 대표, 한국출판인회의 제14대 회장 선출")) == {"김철수"}


def test_the_short_name_after_a_bracketed_head_is_no_co_head():
    assert set(people("가나도서관위원회(위원장 김철수, 위원회)와 문화체육관광부(장관 이영희)는 세미나를 열었다.")) == \
        {"김철수", "이영희"}


def test_a_consultative_body_before_a_name_holds_its_chairs_post():
    assert people("AI 라티움 협의체 김철수 의장은 “함께 모아나가겠다”고 밝혔다.") == \
        {"김철수": ("의장", "Chair", "AI 라티움 협의체")}


def test_a_region_before_a_latin_title_is_no_name():
    assert "아시아태평양" not in people("얀 로페스 가나대 교수·크리스 로페스 IBM시큐리티 아시아태평양 CTO 강연")


def test_how_to_in_quotes_is_no_law():
    ex = extract_many([Document("doc", "doc.txt", "첫 세션은 ‘라티움 시대를 살아가는 법’이다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls == "Law" for m in ex.mentions)


def test_a_museum_or_a_library_as_a_word_of_its_own_names_no_body():
    ex = extract_many([Document("doc", "doc.txt", "▲콘텐츠 활용 스마트 박물관 구축. 두 번째 체험존은 ‘VR 라티움 도서관’이다. "
                                "토론은 김철수 도서관 위원의 사회로 진행됐다.", DocMeta(), "0" * 64)])[0]
    assert {m.text for m in ex.mentions if m.cls != "Person"} == set()


def test_a_subcommittee_chair_is_no_chair_of_a_body_ending_in_so():
    assert people("토론은 김철수 라티움 디지털혁신 소위원장의 사회로 진행됐다.")["김철수"][:2] == ("소위원장", "Subcommittee Chair")


def test_a_korean_body_named_without_korea_after_in_full_is_one_body():
    text = "한국라티움공사(사장 김철수)와 가나전력공사가 협약을 체결했다. 라티움공사 김철수 사장은 “첫걸음”이라고 말했다."
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert len([e for e in res.entities.values() if e.labels.get("ko", "").endswith("라티움공사")]) == 1


def test_the_number_of_a_posts_holder_before_a_bodys_short_name_names_no_one():
    assert set(people("이날 총회에서는 김철수 라티움대 총장이 제30대 라교협 회장으로 취임했다.")) == {"김철수"}


def test_a_department_chair_and_a_slogan_ending_in_university():
    assert people("토론자로는 김철수 라티움공학과 주임교수가 나선다.")["김철수"][:2] == ("주임교수", "Department Chair")
    ex = extract_many([Document("doc", "doc.txt", "대학은 ‘기술로 사회 혁신을 이끄는 대학’을 비전으로 선포했다. 연구 분야는 "
                                "자율 주행, AI관련 법과 윤리 등이다.", DocMeta(), "0" * 64)])[0]
    assert [m.text for m in ex.mentions] == []


def test_a_universitys_short_name_before_a_glued_unit_title_is_no_name():
    assert set(people("발전협의회(회장 김철수·라티움문화대 기획실장)는 워크숍을 개최했다.")) == {"김철수"}


def test_days_ago_before_a_name_is_no_former_post():
    assert set(people("김철수 의원은 “이틀 전 이영희 대통령께서도 전문가들과 만나셨다”고 설명했다.")) == {"김철수", "이영희"}


def test_common_nouns_before_a_korean_name_in_a_headline_are_no_part_of_it():
    assert set(people("창립 80주년 기념식서 노동권 보호·조직률 확대 핵심 과제 제시 이재명 대통령 “라티움법 시행”")) == {"이재명"}


def test_a_talks_quoted_topic_names_no_text():
    ex = extract_many([Document("doc", "doc.txt", "김철수 박사는 '라티움 신행정부의 대 중국 전략 변화' 주제로, 이영희 과장은 '라티움 과학기술 "
                                "주권 도약 전략'이란 주제로 발표했다. 배경엔 ‘혁신’보다는 ‘현실’ 요소가 컸다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls in ("Strategy", "GovernmentBody") for m in ex.mentions)


def test_a_photo_credits_year_is_not_the_documents():
    from extract.places import year_hint
    text = "제목\n\n라티움상의는 27일 세미나를 개최했다고 밝혔다.\n공장에서 차량이 조립되고 있다. 2018.8.31 ⓒ AFP=뉴스1"
    assert year_hint(Document("doc", "doc.txt", text, DocMeta(), "0" * 64)) is None
    assert year_hint(Document("doc", "doc.txt", text + "\n2024년 5월 포럼이 열렸다.", DocMeta(), "0" * 64)) == 2024


def test_a_name_then_where_it_stands_in_the_photo_then_its_body():
    assert people("김철수(왼쪽 다섯 번째) 라티에스엠 대표이사가 기념촬영을 하고 있다.") == \
        {"김철수": ("대표이사", "CEO", "라티에스엠")}


def test_a_groups_loanword_company_after_a_korean_name_is_no_name():
    assert set(people("이어 김철수 HD현대 라비커스 대표는 사례를 발표했다.")) == {"김철수"}


def test_a_universitys_short_name_between_a_name_and_its_institutes_glued_title():
    assert people("좌장은 김종학 서강대 인공지능연구소장이 맡았다.")["김종학"][2] == "서강대"


def test_a_loanword_company_before_a_title_and_the_foreign_name_after_it():
    assert people("세계 스포츠 통계 회사인 라티움 부회장 던컨 로페스는 예를 들었다.") == \
        {"던컨 로페스": ("부회장", "Vice Chairman", "라티움")}


def test_an_umpire_and_a_year_before_international_are_no_name_and_no_count():
    assert set(people("3심이 모여 논의한 뒤 김철수 심판 위원이 직접 마이크를 잡았다.")) == {"김철수"}
    ex = extract_many([Document("doc", "doc.txt", "라티움부가 11월 29일 서울에서 전문가 250여 명이 참석한 가운데 '2019 국제 "
                                "라티움산업 학술회의'를 진행했다.", DocMeta(), "0" * 64)])[0]
    assert [r.value for r in ex.relations if r.relation == "participantCount"] == ["250"]


def test_a_verb_made_of_a_title_and_a_lecturer_before_a_name():
    assert people("라티움은 경상북도 구미시를 대표하는 1등 식품회사라고 자부한다.") == {}
    assert set(people("이날 강연자 김철수 서울대 교수는 말했다.")) == {"김철수"}


def test_a_companys_loanword_name_before_its_units_glued_title_is_no_name():
    assert people("이마트 디지털사업본부장이 말했다.") == {}
    assert set(people("김철수 이마트 디지털사업본부장이 합류했다.")) == {"김철수"}


def test_serving_as_a_bodys_director_and_an_adverb_before_a_family_name():
    assert set(people("김철수 교수는 현재 라티마그나 이사로 재직 중이다.")) == {"김철수"}
    assert set(people("정작 류 위원장은 자리를 떠났다.")) == {"류"}


def test_a_trade_bodys_short_names_and_youth_firms_name_no_one():
    assert people("구자열 무협 회장은 대전을 방문했다.") == {"구자열": ("회장", "Chairman", "무협")}
    assert people("강경성 코트라 사장은 말했다.")["강경성"][2] == "코트라"
    assert people("이날 청년 중소기업 대표가 참석했다.") == {}


def test_a_quoted_clause_ending_in_reality_is_no_office():
    ex = extract_many([Document("doc", "doc.txt", "‘AI 산업이 성장에 따라 인력 수요도 증가하고 있지만 인력 공급은 부족한 현실’을 "
                                "지적했다.", DocMeta(), "0" * 64)])[0]
    assert not any(m.cls == "GovernmentBody" for m in ex.mentions)


def people_in(text: str) -> dict[str, str]:
    """Person name -> the organisation their position is in, with its authority id when it has one."""
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {r.subject.text: f"{r.object.text} {','.join(r.object.authority_ids)}".strip() if r.object else ""
            for r in ex.relations if r.relation == "holdsPosition"}


@pytest.mark.parametrize("text, body", [
    ("김철수 라티움구청장이 말했다.", "라티움구"),        # the district's name ends in the title's first syllable
    ("김철수 라티움군수가 말했다.", "라티움군"),
    ("김철수 경기도 라티움시장이 말했다.", "라티움시"),    # the province before the city
    ("김철수 경북 라티움시장이 말했다.", "라티움시"),
])
def test_a_local_heads_glued_title_is_held_in_the_district_county_or_city(text: str, body: str):
    assert people_in(text) == {"김철수": body}


def test_a_city_named_with_the_word_for_city_is_the_city_the_data_knows():
    assert people_in("김철수 광주시장이 말했다.") == {"김철수": "광주시 place/gwangju"}


def test_a_local_government_or_a_loanwords_company_before_its_head_in_brackets():
    assert people_in("라티움구(구청장 김철수)가 공모전을 열었다.") == {"김철수": "라티움구"}
    assert people_in("라티움군(군수 김철수)과 라티브엑스(대표 이영희)는 협약을 체결했다.") == \
        {"김철수": "라티움군", "이영희": "라티브엑스"}
    assert people_in("가나그룹㈜(대표 김철수)가 협약을 맺었다.") == {"김철수": "가나그룹"}   # the legal form between


def test_a_province_written_with_do_is_no_name():
    assert set(people("김철수 경북도 라티움원장이 참석했다.")) == {"김철수"}


def test_a_listed_bodys_new_head_is_held_in_the_body_without_new():
    assert people_in("김철수 신임 가나중앙회 회장이 취임 후 첫 행보로 농촌을 찾았다.") == {"김철수": "가나중앙회"}


def test_members_at_a_systems_start_are_no_one_named():
    assert people("군의회는 시스템 도입 초기 의원 및 직원을 대상으로 교육한다.") == {}


def test_a_hospital_director_and_a_group_head_are_titles():
    assert people_in("가나병원(병원장 김철수)과 라티브는 모델을 공개했다.") == {"김철수": "가나병원"}
    assert people_in("김철수 라티움사업단장이 협약을 맺었다.") == {"김철수": "라티움사업단"}


@pytest.mark.parametrize("text, body", [
    ("가나대학교 컴퓨터공학과 김철수 교수가 말했다.", "가나대학교"),
    ("가나대학교 의료정보학교실 김철수 교수가 말했다.", "가나대학교"),
    ("가나병원 정형외과 김철수 교수가 말했다.", "가나병원"),
])
def test_a_name_after_the_body_and_its_department_holds_the_post_in_the_body(text: str, body: str):
    assert people_in(text) == {"김철수": body}


def test_a_name_between_two_titles_holds_the_first_in_the_body_before_it():
    assert people_in("가나병원 의료혁신추진단 단장 김철수 교수가 발표했다.") == {"김철수": "가나병원"}
    assert people_in("가나연구소 공동 소장 김철수 교수가 말했다.") == {"김철수": "가나연구소"}


def test_a_photo_note_before_a_glued_title_is_no_country():
    ex = extract_many([Document("doc", "doc.txt", "김철수(사진) 전남도교육감은 2일 말했다.", DocMeta(), "0" * 64)])[0]
    assert [m.text for m in ex.mentions if m.cls == "Country"] == []
    assert set(people("김철수(사진) 전남도교육감은 2일 말했다.")) == {"김철수"}


def test_a_universitys_four_syllable_short_name_before_professor_is_no_name():
    # (a real university: Kiwi reads its short name as one proper noun, shaped like a Korean name of four syllables)
    assert people("그는 교육부에서 일하다 이화여대 교수로 자리를 옮겼다.") == {}


def test_a_joint_post_written_apart_is_the_joint_title():
    assert people("가나연구소 공동 소장 김철수 교수가 말했다.") == {"김철수": ("공동소장", "Co-Director", "가나연구소")}
