"""Initiatives named the ways articles name them: a bill for its law, another translation of a
long title, an owner and a short title, or only the summit that adopted it.

Every text here is written for the test (none is a sentence of the default corpus or the
generalisation set); each goes through the real pipeline (Kiwi, spaCy, resolve).
"""
from __future__ import annotations

from extract.documents import DocMeta, Document
from extract.gazetteer import lookup_similar, normal_key
from extract.pipeline import extract
from graph.resolve import resolve


def _resolve(*texts: str):
    docs = [Document(f"d{i}", f"d{i}.txt", t, DocMeta(), "0" * 64) for i, t in enumerate(texts)]
    return resolve([extract(d) for d in docs], {d.doc_id: None for d in docs})


def _initiatives(res) -> set[str]:
    return {p for p, e in res.entities.items() if p.startswith("initiative/")}


def test_a_bill_is_keyed_as_its_law():
    assert normal_key("디지털포용법안") == normal_key("디지털 포용법")
    res = _resolve("과학기술정보통신부는 ‘디지털포용법안’이 국회 본회의를 통과했다고 밝혔다.")
    assert "initiative/digital-inclusion-act" in _initiatives(res)


def test_another_translation_of_a_long_title_is_the_known_text():
    assert lookup_similar("안전하고 혁신적이며 포용적인 인공지능을 위한 서울 선언문", {"Declaration"}) == \
        ("initiative/seoul-declaration",)
    res = _resolve("정상들은 ‘안전하고 혁신적이며 포용적인 인공지능을 위한 서울 선언문’을 채택했다.")
    assert "initiative/seoul-declaration" in _initiatives(res)


def test_short_or_different_titles_are_not_guessed():
    assert lookup_similar("AI 안전 선언", {"Declaration"}) == ()
    assert lookup_similar("기후변화 대응을 위한 국제 협력 선언문", {"Declaration", "Statement"}) == ()
    # (two short names that share only their generic words, 글로벌, AI and 이니셔티브, are two texts)
    assert lookup_similar("글로벌 AI 라티움 이니셔티브", {"Statement", "Initiative"}) == ()
    assert lookup_similar("글로벌 AI 윤리 이니셔티브", {"Statement", "Initiative"}) == ()


def test_an_owner_and_a_short_title_name_the_owners_text():
    ko = _resolve("회원국들은 경제협력개발기구(OECD)의 AI 원칙을 존중하기로 했다.")
    en = _resolve("Ministers reaffirmed the OECD's AI Principles at the meeting.")
    assert "initiative/oecd-ai-principles" in _initiatives(ko)
    assert "initiative/oecd-ai-principles" in _initiatives(en)


def test_a_declaration_named_only_by_its_summit_is_the_one_that_summit_adopted():
    res = _resolve(
        "Leaders who met at the Kigali Summit adopted the Kigali Declaration on Responsible AI, which calls for "
        "shared computing power across the continent.",
        "키갈리 정상회의에 참석한 각국 대표들은 공동선언문을 채택했다. 선언문에는 40여 개국이 서명했다.",
        "‘키갈리 정상회의 공동선언’에 아프리카 연합도 참여했다.")
    declarations = [e for p, e in res.entities.items() if p.startswith("initiative/")]
    assert len(declarations) == 1, [e.labels for e in declarations]
    assert declarations[0].labels["en"] == "Kigali Declaration on Responsible AI"
    assert declarations[0].docs == {"d0", "d1", "d2"}


def test_a_summit_that_adopted_two_declarations_leaves_the_bare_reference_out():
    res = _resolve(
        "Leaders who met at the Kigali Summit adopted the Kigali Declaration on Responsible AI, which calls for "
        "shared computing power. Ministers at the Kigali Summit also adopted the Kigali Declaration on AI Skills, "
        "which sets goals for training.",
        "키갈리 정상회의 참가국들은 공동선언문을 채택했다.")
    declarations = {p: e.docs for p, e in res.entities.items() if p.startswith("initiative/")}
    assert len(declarations) == 2 and all(docs == {"d0"} for docs in declarations.values()), declarations


def _people(res) -> dict[str, str]:
    return {e.labels.get("ko", ""): p for p, e in res.entities.items() if p.startswith("person/")}


def test_a_caption_list_names_people_of_bodies_nobody_knows_yet():
    res = _resolve("행사에는 왼쪽부터 박서준 국가데이터정책실 국장, 이민정 AI정책연구소장, 정우성 한국지능정보원장, "
                   "한지민 과기정통부 실장이 참석했다.")
    people = _people(res)
    assert {"박서준", "이민정", "정우성", "한지민"} <= set(people), people
    orgs = {e.labels.get("ko") for p, e in res.entities.items() if p.startswith(("org/", "company/"))}
    assert {"국가데이터정책실", "AI정책연구소", "한국지능정보원"} <= orgs, orgs


def test_foreign_names_in_a_list_stay_whole():
    res = _resolve("회의에는 도널드 트럼프 미국 대통령, 조르자 멜로니 이탈리아 총리, 사티아 나델라 마이크로소프트 "
                   "최고경영자가 참석했다.")
    assert {"도널드 트럼프", "조르자 멜로니", "사티아 나델라"} <= set(_people(res)), _people(res)


def test_two_titles_joined_by_and_the_are_two_initiatives():
    res = _resolve("Ministers adopted the Kigali Declaration on Responsible AI and the Kigali Declaration on AI Skills "
                   "after two days of talks.")
    names = {e.labels.get("en") for p, e in res.entities.items() if p.startswith("initiative/")}
    assert names == {"Kigali Declaration on Responsible AI", "Kigali Declaration on AI Skills"}, names


def test_a_korean_title_with_its_topic_before_the_name_is_the_title_with_에_관한():
    res = _resolve("한-가나 AI 장관회의, 라티움서 개최…‘라티움 AI 협력 선언’ 채택\n\n"
                   "참석국들은 12일 ‘제1차 한-가나 AI 장관회의’를 열고 ‘AI 협력에 관한 라티움 선언’을 채택했다.")
    assert len(_initiatives(res)) == 1
    # the headline's meeting, with its "한-" joined by a hyphen, is the numbered meeting of the text
    assert len([p for p in res.entities if p.startswith("summit/")]) == 1


def test_a_text_named_only_by_its_kind_is_each_documents_own():
    res = _resolve("Peru and Chile signed a Memorandum of Understanding on Monday. "
                   "The Memorandum of Understanding takes effect in May.",
                   "Brazil and Chile signed a Memorandum of Understanding on Friday.")
    assert len([p for p in _initiatives(res) if p.startswith("initiative/memorandum-of-understanding")]) == 2
    signers = {}
    for f in res.facts:
        if f.predicate == "signed":
            signers.setdefault(f.object, set()).add(f.subject)
    assert sorted(map(sorted, signers.values())) == [["country/brazil", "country/chile"], ["country/chile", "country/peru"]]


def test_a_known_declaration_said_with_the_body_whose_leaders_issued_it_is_that_declaration():
    res = _resolve("정상들은 1일 ‘APEC 정상 경주선언’을 채택했다.")
    assert "initiative/gyeongju-declaration" in _initiatives(res)
    assert "initiative/eu-ai-act" not in _initiatives(_resolve("The body will draft a ‘UN AI Act’ next year."))


def test_a_korean_title_said_without_one_of_its_words_is_the_full_title_and_a_related_body_is_no_name():
    res = _resolve("김철수 위원장, LATI 인공지능 자문기구 위원으로 선발\n\n"
                   "외교부는 김철수 위원장이 LATI 인공지능(AI) 고위급 자문기구 위원으로 선발됐다고 27일 밝혔다. "
                   "LATI 차원의 AI 관련 자문기구가 만들어진 것은 이번이 처음이다. "
                   "김 위원장은 “LATI AI 고위급 자문기구에서 일하게 됐다”고 말했다.")
    assert _initiatives(res) == {"initiative/lati-ai-gowigeup-jamungigu"}
    # two words left out, or another first word, is another text
    res = _resolve("‘LATI AI 자문기구’와 ‘LATI AI 고위급 전문가 자문기구’, ‘GANA AI 고위급 자문기구’가 회의를 열었다.")
    assert len(_initiatives(res)) == 3, _initiatives(res)


def test_a_national_ai_strategy_named_by_its_kind_is_each_documents_own():
    res = _resolve("Ruritania is to unveil its own Artificial Intelligence (AI) Strategy next spring.",
                   "Latium and Estonia are drafting the Latium Artificial Intelligence (AI) Strategy jointly. "
                   "The AI Strategy comes next year.")
    assert len(_initiatives(res)) == 2
