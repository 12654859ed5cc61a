"""IRIs stay put: an entity keeps the IRI an earlier build gave it, whatever names arrive later."""
from __future__ import annotations

import pytest

from extract.model import Extraction, Mention
from graph.resolve import resolve


def _person(doc: str, text: str, lang: str) -> Mention:
    return Mention(doc, 0, 0, len(text), text, "Person", (), "test", 0.8, lang)


@pytest.mark.parametrize("first_build_names", [["홍길동"]])
def test_known_ids_keep_the_first_slug_when_an_english_name_arrives(first_build_names):
    first = resolve([Extraction("a", (_person("a", "홍길동", "ko"),), ())], {"a": None})
    (path,) = first.entities
    assert path == "person/honggildong"
    # a later document spells the same person in English; an override (or gloss) joins the two names
    second = resolve([Extraction("a", (_person("a", "홍길동", "ko"),), ()),
                      Extraction("b", (_person("b", "Hong Gil-dong", "en"),), ())],
                     {"a": None, "b": None}, overrides={"홍길동": "hong", "Hong Gil-dong": "hong"},
                     known_ids=first.ids)
    assert list(second.entities) == ["person/honggildong"]
    assert second.entities["person/honggildong"].labels == {"ko": "홍길동", "en": "Hong Gil-dong"}


def test_without_known_ids_the_english_name_gives_the_slug():
    res = resolve([Extraction("b", (_person("b", "Hong Gil-dong", "en"),), ())], {"b": None})
    assert list(res.entities) == ["person/hong-gil-dong"]


def test_latin_letters_without_an_accent_to_drop_are_spelt_in_ascii_in_ids():
    from extract.romanize import slugify
    assert slugify("Mehmet Kacır") == "mehmet-kacir"
    assert slugify("Łucja Søndergaard") == "lucja-sondergaard"
