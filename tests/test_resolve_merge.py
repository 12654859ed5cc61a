"""Identity rules on real variant pairs, including pairs that must stay apart."""
from __future__ import annotations

import pytest

from graph.resolve import transliteration_variants


@pytest.mark.parametrize("a, b", [
    ("에마뉘엘 마크롱", "엠마뉘엘 마크롱"),      # Korean press spells Emmanuel both ways
    ("로런스 웡", "로렌스 웡"),                   # Lawrence Wong
    ("조르자 멜로니", "조르지아 멜로니"),          # Giorgia Meloni
    ("리시 수낵", "리시 수낙"),                   # Rishi Sunak
    ("안토니우 구테흐스", "안토니오 구테흐스"),    # António Guterres
])
def test_transliteration_variants_merge(a, b):
    assert transliteration_variants(a, b)


@pytest.mark.parametrize("a, b", [
    ("김정은", "김정일"),                # different people, one syllable apart
    ("이재용", "이재명"),
    ("저스틴 트뤼도", "피에르 트뤼도"),   # father and son
    ("마크롱", "엠마뉘엘 마크롱"),        # a surname alone never merges by spelling
    ("올라프 숄츠", "올라프 쇼이블레"),
    ("카멀라 해리스", "카멀라 해리슨"),   # differ in a whole syllable at the end
])
def test_different_people_stay_apart(a, b):
    assert not transliteration_variants(a, b)


def test_a_hangul_spelling_that_romanises_to_a_latin_name_is_that_person():
    from extract.documents import DocMeta, Document
    from extract.pipeline import extract_many
    from graph.resolve import resolve
    docs = [Document("en", "en.txt", "Anthropic CEO Dario Amodei spoke at the AI Seoul Summit.", DocMeta(), "0" * 64),
            Document("ko", "ko.txt", "다리오 아모데이 앤트로픽 최고경영자도 참석했다.", DocMeta(), "1" * 64)]
    people = {p for p, e in resolve(extract_many(docs), {}).entities.items() if e.cls == "Person"}
    assert people == {"person/dario-amodei"}


def test_a_family_name_alone_is_the_person_named_with_it_in_capitals_first():
    from extract.documents import DocMeta, Document
    from extract.pipeline import extract_many
    from graph.resolve import resolve
    text = ("YAMADA Hanako, Minister for Digital Affairs, visited Lima. Minister Yamada signed the memorandum there.")
    docs = [Document("en", "en.txt", text, DocMeta(), "0" * 64)]
    people = {p for p, e in resolve(extract_many(docs), {}).entities.items() if e.cls == "Person"}
    assert people == {"person/yamada-hanako"}


def test_a_family_name_with_its_particle_alone_is_the_person_named_in_full():
    from extract.documents import DocMeta, Document
    from extract.pipeline import extract_many
    from graph.resolve import resolve
    text = ("Minister Al Dimas spoke at the forum in Dubai. Rashid Saeed Al Dimas, Minister of State for Artificial "
            "Intelligence, said companies must adopt AI.")
    people = {p for p, e in resolve(extract_many([Document("en", "en.txt", text, DocMeta(), "0" * 64)]), {}).entities.items()
              if e.cls == "Person"}
    assert people == {"person/rashid-saeed-al-dimas"}
