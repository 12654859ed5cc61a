"""Properties of extraction that hold for any text, checked on generated text (hypothesis).

The generator writes real-looking Korean and English news sentences (names, titles,
summits, attendance and adoption cues, dates, counts) and then puts noise anywhere in
them: control characters, quotes ‘’“”「」, odd spaces, other scripts, particles, emoji.
Whatever comes out, extraction must not fail; every offset must point at the text it
claims; and the graph must conform to the SHACL shapes with nothing but valid IRIs.

Examples are derandomised (the same ones every run) and few, so the file takes about
half a minute; Kiwi and spaCy load once for the whole process.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from extract.documents import DocMeta, Document, html_to_text, normalise_text, read_document
from extract.errors import InputError
from extract.pipeline import extract_many
from extract.sentences import split_sentences
from graph.rdf import build_graphs
from graph.resolve import resolve
from graph.validate import validate_graph

SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

KO_NAMES = ["윤석열", "리시 수낵", "에마뉘엘 마크롱", "엠마뉘엘 마크롱", "기시다 후미오", "조 바이든", "이재명", "나렌드라 모디"]
KO_TITLES = ["대통령", "총리", "영국 총리", "프랑스 대통령", "과기정통부 장관", "국무총리", "윤 대통령"]
KO_SUMMITS = ["AI 서울 정상회의", "AI 안전성 정상회의", "인공지능 행동 정상회의", "‘AI 서울 정상회의’", "「AI 행동 정상회의」",
              "“AI 정상회의”", "이번 정상회의", "인공지능(AI) 서울 정상회의"]
KO_PLACES = ["서울", "파리", "블레츨리 파크", "뉴델리", "영국"]
KO_CUES = ["에 참석했다", "를 주재했다", "에서 ‘서울 선언’을 채택했다", "에 참석할 예정이다", "에 28개국이 참여했다",
           "는 2024년 5월 21일부터 22일까지 열렸다"]
EN_NAMES = ["Rishi Sunak", "Emmanuel Macron", "Kamala Harris", "Narendra Modi", "Yoon Suk Yeol", "Ursula von der Leyen"]
EN_TITLES = ["UK Prime Minister", "French President", "President", "Prime Minister", "US Vice President", "Mr."]
EN_SUMMITS = ["AI Seoul Summit", "AI Safety Summit", "AI Action Summit", "the Summit", "“AI Seoul Summit”", "AI Impact Summit"]
EN_PLACES = ["Seoul", "Paris", "Bletchley Park", "New Delhi", "the United Kingdom"]
EN_CUES = ["attended the", "chaired the", "co-hosted the", "signed the Seoul Declaration at the", "will attend the"]
NOISE = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\r", "\r\n", "\t", "\n", "\n\n\n", "\u2028", "\u2029", "\ufeff",
         "\u200b", "\u200d", "\u202e", "\u00a0", "\u3000", "\ufffd", "‘", "’", "“", "”", "「", "」", "『", "』", '"', "'",
         "(", ")", "[", "]", ".", "...", "!", "?", "·", "•", "①", "-", "—", "~", "∼", "/", "\\", "<", ">", "&amp;",
         "은", "는", "이", "가", "을", "를", "의", "에서", "다.", "요.", "1.", "2024", "5월", "日本", "岸田", "サミット", "قمة",
         "Ωmega", "é", "ﬁ", "Ａ", "😀", " "]
ANY_CHAR = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"))


@st.composite
def ko_sentence(draw) -> str:
    return (f"{draw(st.sampled_from(KO_NAMES))} {draw(st.sampled_from(KO_TITLES))}"
            f"{draw(st.sampled_from(['은', '는', '과', '이', '']))} {draw(st.sampled_from(KO_PLACES))}에서 열린 "
            f"{draw(st.sampled_from(KO_SUMMITS))}{draw(st.sampled_from(KO_CUES))}. ")


@st.composite
def en_sentence(draw) -> str:
    return (f"{draw(st.sampled_from(EN_TITLES))} {draw(st.sampled_from(EN_NAMES))} {draw(st.sampled_from(EN_CUES))} "
            f"{draw(st.sampled_from(EN_SUMMITS))} in {draw(st.sampled_from(EN_PLACES))} on 21 May 2024. ")


@st.composite
def news_text(draw, max_sentences: int = 8) -> str:
    """News sentences in both languages with noise inserted anywhere."""
    text = "".join(draw(st.lists(st.one_of(ko_sentence(), en_sentence()), min_size=1, max_size=max_sentences)))
    noise = draw(st.lists(st.tuples(st.floats(0, 1), st.one_of(st.sampled_from(NOISE), st.text(ANY_CHAR, max_size=3))),
                          max_size=12))
    for where, what in sorted(noise, reverse=True):
        i = int(where * len(text))
        text = text[:i] + what + text[i:]
    return text


def doc(text: str, doc_id: str = "doc") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, DocMeta(), "0" * 64)


def assert_offsets_point_into(text: str, ex) -> None:
    """Every mention, relation end and sentence says where it is, and is what is there."""
    mentions = list(ex.mentions) + [r.subject for r in ex.relations] + [r.object for r in ex.relations if r.object]
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text), m
        assert text[m.start:m.end] == m.text, (m, text[m.start:m.end])
        if m.org_span:
            assert 0 <= m.org_span[0] <= m.org_span[1] <= len(text), m
    previous_end = 0
    for s in ex.sentences:
        assert previous_end <= s.start < s.end <= len(text), s
        assert text[s.start:s.end] == s.text, (s, text[s.start:s.end])
        previous_end = s.end
    for r in ex.relations:
        assert 0 <= r.sent < len(ex.sentences), r


@settings(max_examples=40, **SETTINGS)
@given(news_text())
def test_offsets_of_mentions_relations_and_sentences_point_into_any_text(text: str):
    """On the raw text, control characters and all: the extractor must cope with any string."""
    (ex,) = extract_many([doc(text)])
    assert_offsets_point_into(text, ex)


@settings(max_examples=40, **SETTINGS)
@given(text=news_text(), suffix=st.sampled_from([".txt", ".md", ".html"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"]))
def test_documents_read_from_files_are_clean_and_extract_with_true_offsets(tmp_path_factory, text, suffix, encoding):
    """The path users take: bytes in a file, decoded and cleaned by read_document, then extracted."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = tmp_path_factory.mktemp("doc") / f"news{suffix}"
    path.write_bytes(data)
    try:
        d = read_document(path)
    except InputError as exc:          # a legitimate refusal (no words, binary-looking) names the file
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\r\ufeff\u200b\u202e]", d.text), repr(d.text)
    assert d.text == d.text.strip() and "\n\n\n" not in d.text
    (ex,) = extract_many([d])
    assert_offsets_point_into(d.text, ex)


@settings(max_examples=25, **SETTINGS)
@given(texts=st.lists(news_text(), min_size=1, max_size=2))
def test_graph_of_any_text_conforms_to_the_shapes_and_has_only_valid_iris(texts: list[str]):
    docs = [doc(normalise_text(t) or "empty", f"doc-{i}") for i, t in enumerate(texts)]
    extractions = extract_many(docs)
    res = resolve(extractions, {d.doc_id: None for d in docs})
    by_id = {d.doc_id: d.text for d in docs}
    for f in res.facts:
        for ev in f.evidence:
            assert by_id[ev.doc_id][ev.start:ev.end] == ev.sentence, ev
    union = Graph()
    for triples in build_graphs(res, docs).values():
        for t in triples:
            union.add(t)
    iris = {x for t in union for x in t if isinstance(x, URIRef)}
    for iri in iris:
        assert not re.search(r'[\s<>"{}|\\^`]', iri), iri
        ox.NamedNode(str(iri))          # raises ValueError on an invalid IRI
    for lit in (x for t in union for x in t if isinstance(x, Literal)):
        ox.Literal(str(lit))
    conforms, report = validate_graph(union)
    assert conforms, report[:3000]


@settings(max_examples=200, **SETTINGS)
@given(st.lists(ANY_CHAR | st.sampled_from(["\n", ". ", "다. ", "A. ", "1. ", "“", "”", " "]), max_size=200).map("".join))
def test_sentences_of_any_text_are_where_they_say(text: str):
    sentences = split_sentences(doc(text))
    end = 0
    for i, s in enumerate(sentences):
        assert s.index == i and end <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() and "\n" not in s.text
        end = s.end


# Complete pieces of markup (after them the parser is reading text again), and any bits at all.
WELL_FORMED = ["<p>", "</p>", "<div>", "</div>", "<br/>", "&amp;", "뉴스", " ", "\n", "<!-- c -->", "<a href='x>y'>",
               "</a>", "<svg><text>t</text></svg>", "<head>", "</head>", "<body>", "<title>t</title>", "3 < 5", "5 > 3",
               "<![CDATA[x]]>", "<?php x ?>", "<!doctype html>", "<img alt=\"a > b\"/>", "</nope>"]
ANY_BITS = WELL_FORMED + ["<", ">", "</", "<!--", "-->", "<!", "<?", "<title>", "<textarea>", "'", '"', "=", "<![CDATA["]


@settings(max_examples=200, **SETTINGS)
@given(before=st.lists(st.sampled_from(WELL_FORMED), max_size=30).map("".join),
       after=st.lists(st.sampled_from(ANY_BITS), max_size=30).map("".join),
       tag=st.sampled_from(["script", "style", "SCRIPT", "noscript", "template", "iframe"]))
def test_script_and_style_text_never_reaches_the_document(before: str, after: str, tag: str):
    """Whatever markup comes before and after it, a hidden element's content is dropped."""
    page = f"{before}<{tag} type='text/x'>SECRET-PAYLOAD</{tag}>{after}"
    text, title = html_to_text(page)
    assert "SECRET-PAYLOAD" not in text and "SECRET-PAYLOAD" not in (title or "")
    assert "t" in title if "<title>t</title>" in before.split("<svg>")[0] else True


@pytest.mark.parametrize("n", [200_000])
def test_sentence_splitting_and_html_are_linear_on_pathological_runs(n: int):
    """Runs that once took minutes (each re-scanned the rest of the line) now take a moment."""
    import time
    start = time.monotonic()
    split_sentences(doc("A. " * n))
    html_to_text("<a " * n)
    html_to_text("<title>" * n)
    normalise_text(" " * n + "x")
    assert time.monotonic() - start < 10
