"""Meetings the authority data does not know: recurring ones named without their year, the same
meeting named two ways, and a short name next to the full one.

Every text here is written for the test; each goes through the real pipeline (Kiwi, spaCy, resolve).
"""
from __future__ import annotations

from extract.documents import DocMeta, Document
from extract.gazetteer import normal_key
from extract.pipeline import extract
from graph.resolve import resolve


def _resolve(*dated_texts: tuple[str, str | None]):
    docs = [Document(f"d{i}", f"d{i}.txt", t, DocMeta(date=date), "0" * 64) for i, (t, date) in enumerate(dated_texts)]
    return resolve([extract(d) for d in docs], {d.doc_id: d.meta.date for d in docs})


def _summits(res) -> dict[str, dict]:
    return {p: e.labels for p, e in res.entities.items() if p.startswith("summit/")}


def _facts(res, predicate: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object or f.value) for f in res.facts if f.predicate == predicate}


def test_a_recurring_meeting_named_without_its_year_is_one_entity_a_year():
    res = _resolve(("가나 장관은 10일 로마에서 열린 ‘G20 디지털 장관회의’에 참석했다.", "2031-05-11"),
                   ("다라 장관은 8일 토론토에서 열린 ‘G20 디지털 장관회의’에 참석했다.", "2032-06-09"))
    summits = _summits(res)
    assert set(summits) == {"summit/g20-dijiteol-janggwanhoeui-2031", "summit/g20-dijiteol-janggwanhoeui-2032"}
    held = _facts(res, "heldIn")
    assert held == {("summit/g20-dijiteol-janggwanhoeui-2031", "place/rome"),
                    ("summit/g20-dijiteol-janggwanhoeui-2032", "place/toronto")}


def test_the_year_a_document_says_the_meeting_was_held_comes_before_the_documents_own():
    # a recap, a year later, of last year's meeting: the meeting of 2031, not of 2032
    res = _resolve(("가나 장관은 2031년 5월 로마에서 열린 ‘G20 디지털 장관회의’의 성과를 소개했다.", "2032-06-09"))
    assert set(_summits(res)) == {"summit/g20-dijiteol-janggwanhoeui-2031"}


def test_a_meeting_named_with_its_year_or_ordinal_and_an_undated_document_keep_the_plain_key():
    res = _resolve(("‘제3차 G20 디지털 장관회의’가 로마에서 열렸다.", "2031-05-11"),
                   ("‘G20 디지털 장관회의’가 로마에서 열렸다.", None))
    assert set(_summits(res)) == {"summit/je3cha-g20-dijiteol-janggwanhoeui", "summit/g20-dijiteol-janggwanhoeui"}


def test_and_between_two_topics_is_the_middle_dot():
    assert normal_key("G20 산업 및 디지털 장관회의") == normal_key("G20 산업·디지털 장관회의")
    res = _resolve(("‘G20 산업 및 디지털 장관회의’가 로마에서 열렸다. 가나 장관이 G20 산업·디지털 장관회의에 "
                    "참석했다.", "2031-05-11"))
    assert len(_summits(res)) == 1


def test_a_meeting_named_short_in_a_headline_is_the_one_named_in_full_below():
    res = _resolve(("가나 장관, ‘디지털 협력 정상회의’ 참석\n\n가나 장관은 5일 로마에서 열린 ‘2031 라티움 디지털 협력 "
                    "정상회의’에 참석했다.", "2031-05-06"))
    assert set(_summits(res)) == {"summit/2031-ratium-dijiteol-hyeopryeok-jeongsanghoeui"}
    # two longer names ending the same way: the short one is neither
    res = _resolve(("‘라티움 디지털 협력 정상회의’와 ‘보레아 디지털 협력 정상회의’가 열렸다. ‘디지털 협력 정상회의’는 "
                    "해마다 열린다.", None))
    assert len(_summits(res)) == 3


def test_the_short_name_may_say_ai_where_the_full_name_says_인공지능_ai():
    res = _resolve(("라티움 기술원은 2일부터 이틀 간 ‘2031 국제 인공지능(AI) 협력 서밋’을 개최했다. 앞서 세 기구는 ‘국제 AI "
                    "협력 서밋’ 공동 개최를 결정했다.", None))
    assert len(_summits(res)) == 1, _summits(res)


def test_countries_short_names_joined_by_a_dot_start_the_meetings_name():
    res = _resolve(("이는 지난 3월 한·일 정상회담에서 합의한 협의체다. 한·중·일 정상회의도 열렸다.", "2031-05-11"))
    assert {labels.get("ko") for labels in _summits(res).values()} == {"한·일 정상회담", "한·중·일 정상회의"}


def test_two_names_in_one_pair_of_quotes_and_a_generic_one_point_to_the_documents_summit():
    res = _resolve(("장관들은 ‘AI 정상회의 및 리스본 AI 포럼’ 합동브리핑을 가졌다. 리스본 디지털 정상회의가 21일 열렸다. "
                    "리스본 AI 포럼도 열렸다. 리스본 디지털 정상회의는 22일 끝났다. ‘AI 정상회의’에는 박민수 삼성전자 회장이 "
                    "참석했다.", "2031-05-21"))
    summits = _summits(res)
    assert {labels.get("ko") for labels in summits.values()} == {"리스본 디지털 정상회의", "리스본 AI 포럼"}
    # each is named twice and the forum first: "AI 정상회의" is the summit, not the forum
    summit = next(p for p, labels in summits.items() if labels.get("ko") == "리스본 디지털 정상회의")
    assert {o for s, o in _facts(res, "attended") if s.startswith("person/")} == {summit}


def test_a_known_recurring_summit_named_with_its_number_or_year_is_that_meeting():
    # the data knows the AI Global Forum and the Internet Governance Forum as series, without a year
    res = _resolve(("과기정통부, 제2차 AI 글로벌 포럼 개최\n\n'제2차 AI 글로벌 포럼'이 서울에서 열렸다.", None),
                   ("Delegates met at the Internet Governance Forum 2031 in Rome. The Internet Governance Forum "
                    "was held in Rome.", "2031-12-01"))
    summits = _summits(res)
    assert set(summits) == {"summit/ai-global-forum-2nd", "summit/internet-governance-forum-2031"}
    assert summits["summit/ai-global-forum-2nd"] == {"en": "2nd AI Global Forum", "ko": "제2차 AI 글로벌 포럼"}
    assert ("summit/ai-global-forum-2nd", "place/seoul") in _facts(res, "heldIn")
    assert res.entities["summit/internet-governance-forum-2031"].authority_id is None   # not the series' Q-id


def test_a_known_recurring_summit_named_plainly_stays_the_series():
    res = _resolve(("Building on the work of the Internet Governance Forum, ministers met in Rome.", "2031-12-01"))
    assert "summit/internet-governance-forum" in _summits(res)


def test_the_year_a_document_says_a_known_recurring_summit_opened_makes_it_that_years_meeting():
    res = _resolve(("세계인공지능대회가 7월 26일 상하이에서 개막했다.", "2031-07-27"),
                   ("세계인공지능대회가 7월 4일 상하이에서 개막했다.", "2032-07-05"))
    assert set(_summits(res)) == {"summit/world-ai-conference-2031", "summit/world-ai-conference-2032"}
    assert _facts(res, "startDate") == {("summit/world-ai-conference-2031", "2031-07-26"),
                                       ("summit/world-ai-conference-2032", "2032-07-04")}


def test_a_title_said_with_fewer_topic_words_in_the_same_document_is_the_same_text():
    res = _resolve(("Leaders endorsed the Ostrava Compact on AI on Friday. The meeting adopted the Ostrava Compact on "
                    "Trustworthy AI, which was signed by Portugal and Kenya.", "2031-03-14"))
    compacts = [p for p in res.entities if p.startswith("initiative/")]
    assert compacts == ["initiative/ostrava-compact-on-trustworthy-ai"]
    # a different topic is a different text
    res = _resolve(("The Ostrava Compact on AI Safety and the Ostrava Compact on AI Skills were both signed.", "2031-03-14"))
    assert len([p for p in res.entities if p.startswith("initiative/")]) == 2


def test_one_numbered_meeting_of_a_dialogue_is_a_meeting():
    res = _resolve(("Ministers gathered in Lisbon for the second Ostrava AI Governance Dialogue, which adopted the "
                    "Ostrava Compact on Trustworthy AI.", "2031-03-14"))
    assert [e.cls for p, e in res.entities.items() if "dialogue" in p] == ["Summit"]
    assert _facts(res, "heldIn") and _facts(res, "adopted")
    res = _resolve(("The Ostrava AI Governance Dialogue is a process run by Portugal.", "2031-03-14"))
    assert [e.cls for p, e in res.entities.items() if "dialogue" in p] == ["Dialogue"]


def test_an_undated_summit_that_is_the_subject_of_a_follow_up_is_the_later_one():
    text = ("AI 안전성 정상회의가 2023년 11월 블레츨리에서 열렸다. AI 안전성 정상회의에는 28개국이 참석했다.\n"
            "정부는 ‘라티움 미니 정상회의’를 준비한다.\n"
            "라티움 미니 정상회의는 AI 안전성 정상회의의 후속 조치를 점검하는 회의다.")
    assert _follows_ko(text, "2023-11-03") == {("라티움 미니 정상회의", "AI 안전성 정상회의")}


def test_a_place_before_eh_ieo_is_no_summit_of_the_series():
    text = ("김철수 총리는 25일 오슬로에서 열린 ‘한-칠레 비즈니스 포럼’에서 연설했다.\n"
            "앞서 김 총리는 지난해 뉴욕에 이어 1월 다보스포럼에서는 석학들을 만났다.\n"
            "‘한-칠레 비즈니스 포럼’은 작년 ‘한-칠레 AI 포럼’에 이어 열렸다.")
    assert _follows_ko(text, "2031-03-26") == {("한-칠레 비즈니스 포럼", "한-칠레 AI 포럼")}


def _follows_ko(text: str, date: str) -> set[tuple[str, str]]:
    """(later, earlier) Korean labels of the follow-ups one document states."""
    res = _resolve((text, date))
    return {(res.entities[s].labels.get("ko"), res.entities[o].labels.get("ko")) for s, o in _facts(res, "follows")}


def test_a_meeting_named_with_its_words_spelled_out_and_with_their_acronym_is_one():
    assert normal_key("Andes Information and Communications Technology (ICT) Ministerial Dialogue") == \
        normal_key("Andes ICT Ministerial Dialogue")
    # (an acronym whose letters are not the initials of the words before it leaves them as they are)
    assert normal_key("Ministry of Health and Prevention (MoHAP)") == "ministryofhealthandprevention"
    res = _resolve(("Andes ICT Ministerial Dialogue 2031\n\nThe Andes Information and Communications Technology (ICT) "
                    "Ministerial Dialogue was held on 28 August 2031 in Quito. It was hosted by the Government of "
                    "Ecuador.", "2031-08-29"))
    assert len(_summits(res)) == 1


def test_a_meeting_named_with_its_year_first_is_that_years_meeting_of_the_series_named_without_it():
    res = _resolve(("라티움협력포럼 “디지털 협력 논의”\n\n‘2031 라티움협력포럼’이 12일 서울에서 열렸다.\n"
                    "이번 포럼에는 160여 명이 참석했다.", "2031-12-12"))
    assert len(_summits(res)) == 1


def test_a_numbered_dialogue_glued_to_its_topic_is_one_meeting_named_with_its_parties():
    # the number before the name makes the glued head (…안보대화) one meeting of a series, and the
    # parties before the topic are part of its name
    res = _resolve(("세 나라는 5일 오슬로에서 제4차 한미일 데이터안보대화를 개최했다.", "2031-03-06"))
    assert [(e.labels["ko"], e.cls) for p, e in res.entities.items() if p.startswith("summit/")] == \
        [("한미일 데이터안보대화", "Summit")]
    assert _facts(res, "heldIn")
    # without the number it is no meeting the rules name
    res = _resolve(("세 나라는 데이터안보대화를 이어가기로 했다.", "2031-03-06"))
    assert not [p for p in res.entities if p.startswith("summit/")]


def test_a_meeting_named_by_its_body_is_one_meeting_whichever_name_the_body_has():
    from extract.documents import DocMeta, Document
    from extract.pipeline import extract_many
    from graph.resolve import resolve
    text = ("과기정통부, OECD 각료이사회서 ‘디지털 협력’ 논의\n\n"
            "과학기술정보통신부는 5일 파리에서 열린 경제협력개발기구 각료이사회에 참석했다.")
    ex = extract_many([Document("d", "d.txt", text, DocMeta(date="2031-10-07"), "0" * 64)])
    summits = [p for p, e in resolve(ex, {"d": "2031-10-07"}).entities.items() if e.cls == "Summit"]
    assert len(summits) == 1, summits


def test_an_english_meetings_name_without_its_topic_is_the_same_meeting():
    res = _resolve(("Jane Roe spoke at the Latium Forum on the Ethics of Data on Monday. "
                    "Slovenia was chosen to host the Latium Forum.", None))
    assert list(_summits(res).values()) == [{"en": "Latium Forum on the Ethics of Data"}]


def test_a_meeting_named_with_a_pairs_short_form_and_spelled_out_is_one_meeting():
    res = _resolve(("대통령의 싱가포르 방문 중 열린 '한·싱 인공지능(AI) 라티움 서밋'에서 양국이 뜻을 모았다. "
                    "김민서 장관은 2일 한·싱가포르 AI 라티움 서밋에서 연설했다.", "2031-03-03"))
    assert len(_summits(res)) == 1


def test_a_korean_meetings_name_with_words_left_out_here_and_there_is_the_same_meeting():
    res = _resolve(("‘한-칠레 공동 디지털 권리 워크숍’이 6일 열렸다. 이번 ‘칠레 디지털 권리 워크숍’에는 "
                    "10개국이 참석했다. ‘디지털 권리 워크숍’은 내년에도 열린다.", "2031-03-07"))
    assert list(_summits(res).values()) == [{"ko": "한-칠레 공동 디지털 권리 워크숍"}]


def test_a_name_without_the_longer_ones_number_is_not_that_meeting():
    res = _resolve(("‘제2차 한-칠레 공동 디지털 권리 워크숍’이 6일 열렸다. ‘칠레 디지털 권리 워크숍’은 "
                    "해마다 열린다.", "2031-03-07"))
    assert len(_summits(res)) == 2


def test_an_ordinal_before_a_known_series_and_its_owner_names_that_meeting():
    # "The 3rd OECD (…) AI Global Forum": the number is written before the owner and its gloss
    res = _resolve(("The 3rd OECD (Organisation for Economic Co-operation and Development) AI Global Forum "
                    "opened on Thursday in Rome.", "2031-12-01"))
    assert set(_summits(res)) == {"summit/ai-global-forum-3rd"}
    assert ("summit/ai-global-forum-3rd", "place/rome") in _facts(res, "heldIn")


def test_a_glossed_meetings_short_form_is_the_same_years_meeting():
    # (the year comes from the date said of the long form: 주요 7개국(G7) 정상회의 … G7 정상회의)
    res = _resolve(("2023년 5월 20일 주요 7개국(G7) 정상회의가 일본 히로시마에서 열렸다. 히로시마에서 열린 G7 정상회의 "
                    "참석자들이 사진을 찍었다.", None))
    assert len(_summits(res)) == 1


def test_two_names_one_sentence_gives_are_two_meetings_though_one_leaves_words_out():
    res = _resolve(("‘한-칠레 디지털 장관회의’는 ‘칠레 디지털 장관회의’와 연계해 개최되는 회의다. ‘칠레 디지털 장관회의’는 "
                    "해마다 열린다.", "2031-03-07"))
    assert len(_summits(res)) == 2
