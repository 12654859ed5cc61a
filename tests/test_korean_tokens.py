"""extract.korean: the token table the rules read is the spaCy Doc's own tokens, made once.

The rules read offsets, texts and tags from ``token_rows(doc)`` instead of iterating the Doc;
a table that drifted from the Doc would silently move every mention, so it is checked
against the Doc on sentences with the shapes Kiwi's offsets make awkward.
"""
from __future__ import annotations

import pytest

from extract.korean import TokenRow, token_rows
from extract.pipeline import nlp

SENTENCES = [
    "에마뉘엘 마크롱 프랑스 대통령은 10일(현지시간) 파리 그랑팔레에서 열린 AI 행동 정상회의를 주재했다.",
    "  두 칸 띄운  문장과\t탭, 그리고 끝의 공백 ",
    "유엔UN과 OECD·G7이 '히로시마 AI 프로세스'를 지지했다고 밝혔다…",
    "했다.",
    "(서울=연합뉴스) 김민수 기자 = 과학기술정보통신부는 21일 \"AI 서울 정상회의\"가 열린다고 밝혔다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_token_rows_are_the_docs_tokens(text: str):
    doc = nlp("ko").tokenizer(text)
    made = token_rows(doc)
    doc._.aig_tokens = None                       # what any other doc gets: read from the Doc itself
    assert token_rows(doc) == made
    assert made == tuple(TokenRow(t.idx, t.text, t.tag_, bool(t.whitespace_)) for t in doc)
    assert "".join(r.text + " " * r.space for r in made) == text == doc.text



def tags(text: str) -> list[str]:
    return [f"{r.text}/{r.tag}" for r in token_rows(nlp("ko").tokenizer(text))]


def test_a_name_of_the_authority_data_is_split_from_the_particle_kiwi_reads_into_it():
    assert tags("의장국인 호주의 장관은")[2:4] == ["호주/NNP", "의/JKG"]
    assert tags("참석한 르완다의 대표는")[2:4] == ["르완다/NNP", "의/JKG"]


def test_a_name_the_data_does_not_know_is_left_as_kiwi_reads_it():
    # a name may end in 의 itself; only a known name is told apart from the particle
    assert tags("참석한 라티움의 대표는")[2] == "라티움의/NNP"


def test_a_hyphenated_transliterated_name_is_one_proper_noun_but_a_pair_of_countries_is_two():
    assert "로페스-가르시아/NNP" in tags("안나 로페스-가르시아 대사는")
    assert tags("한국-칠레 정상회담")[:3] == ["한국/NNP", "-/SO", "칠레/NNP"]
