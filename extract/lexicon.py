"""The extractor's rule lexicons (titles, relation cues, name heads), loaded from TSV package data."""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Iterator


def _rows(name: str) -> list[dict[str, str]]:
    text = (files("extract") / "data" / name).read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Title:
    ko: str
    en: str
    kind: str   # "state": held in a country; "org": held in an organisation


@functools.cache
def titles() -> dict[str, Title]:
    """Korean title → Title (the lexicon is keyed by Korean because Korean puts it after the name)."""
    return {r["ko"]: Title(r["ko"], r["en"], r["kind"]) for r in _rows("titles.tsv") if r["ko"] != "-"}


@functools.cache
def stop_words() -> frozenset[str]:
    """Korean words that are never part of a name, though they stand where one would (회원국 고위급 대표)."""
    return frozenset(r["word"] for r in _rows("stop_words.tsv"))


@functools.cache
def portfolios() -> frozenset[str]:
    """Korean words for a minister's field, written apart before the title (외교 장관): no part of a name."""
    return frozenset(r["word"] for r in _rows("portfolios.tsv"))


@functools.cache
def event_roles() -> frozenset[str]:
    """Lower-case words for a person's part in an event (host, moderator): no part of their name."""
    return frozenset(r["role"] for r in _rows("event_roles.tsv"))


@functools.cache
def sentence_adverbs() -> frozenset[str]:
    """English words that open a sentence before a comma (Meanwhile, However): never a name."""
    return frozenset(r["word"] for r in _rows("sentence_adverbs.tsv"))


@functools.cache
def generic_names() -> frozenset[str]:
    """Names of a kind of text, not of one text (Memorandum of Understanding, 공동성명), as written."""
    return frozenset(r["name"] for r in _rows("generic_names.tsv"))


@functools.cache
def org_prefixes() -> frozenset[str]:
    """Korean legal forms written before a body's name (법무법인 가나, 재단법인 …)."""
    return frozenset(r["word"] for r in _rows("org_prefixes.tsv"))


@functools.cache
def post_modifiers() -> frozenset[str]:
    """Korean words that qualify a post, not the person or the body (초대, 신임, 전, 비상근)."""
    return frozenset(r["word"] for r in _rows("post_modifiers.tsv"))


@functools.cache
def title_ranks() -> frozenset[str]:
    """English words before a title that make it another post (Additional Secretary, Second Vice Minister)."""
    return frozenset(r["word"] for r in _rows("title_ranks.tsv"))


@functools.cache
def unit_heads() -> tuple[str, ...]:
    """Head words of a unit inside a body (학과, 본부): a department, not the body."""
    return tuple(r["head"] for r in _rows("unit_heads.tsv"))


@functools.cache
def national_titles() -> dict[tuple[str, str], str]:
    """(Korean title, country id) → the English the country itself uses: 독일 총리 is a Chancellor."""
    return {(r["ko"], r["country"]): r["en"] for r in _rows("national_titles.tsv")}


@functools.cache
def english_titles() -> dict[str, Title]:
    out: dict[str, Title] = {}
    for r in _rows("titles.tsv"):
        # (a lower-case row, "co-founder", is how it is written before a name; the post is "Co-founder", or the
        # capitalised row's where there is one: "chief executive" is the Chief Executive)
        same = next((t for k, t in out.items() if k.lower() == r["en"].lower()), None) if r["en"].islower() else None
        out.setdefault(r["en"], same or Title(r["ko"] if r["ko"] != "-" else "", r["en"][:1].upper() + r["en"][1:],
                                              r["kind"]))
    for r in _rows("title_abbreviations.tsv"):
        out[r["short"]] = out[r["en"]]      # "CTO" is written, the Chief Technology Officer's post is held
    return out


@functools.cache
def english_title_alternation() -> str:
    """The English titles as one regex alternation, longest first, a space and a hyphen alike
    ("Secretary General" is the Secretary-General, "vice-president" a Vice President)."""
    return "|".join(re.escape(t).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
                    for t in sorted(english_titles(), key=len, reverse=True))


@functools.cache
def occupations() -> frozenset[str]:
    """Lower-case words for what a person does (economist, diplomat): a name follows them, a post does not."""
    return frozenset(r["en"] for r in _rows("occupations.tsv"))


@functools.cache
def pair_abbreviations() -> dict[str, str]:
    """Korean short form of a country, read only inside a row of parties → its id (미 → US)."""
    korean = {d: c for d, c in demonyms().items() if re.fullmatch(r"[\uac00-\ud7a3]", d)}
    return korean | {r["short"]: r["id"] for r in _rows("pair_abbreviations.tsv")}


@functools.cache
def demonyms() -> dict[str, str]:
    """English adjective of a country → its authority id (French → country/france)."""
    return {r["demonym"]: r["country"] for r in _rows("demonyms.tsv")}


@functools.cache
def transliteration_syllables() -> frozenset[str]:
    """Hangul syllables of foreign sounds that Korean given names do not use (스, 트, 클 …)."""
    return frozenset(r["syllable"] for r in _rows("transliteration_syllables.tsv"))


@functools.cache
def international_words() -> frozenset[str]:
    """Words that make an English "… Commission" or "… Council" a body of many states (European, Gulf, UN)."""
    return frozenset(r["word"] for r in _rows("international_words.tsv"))


@functools.cache
def regions() -> dict[str, str]:
    """States and provinces of federations by their Korean and English names → the English name
    (캘리포니아 → California): a governor's or premier's region, named before the title."""
    rows = _rows("regions.tsv")
    return {r["ko"]: r["en"] for r in rows} | {r["en"]: r["en"] for r in rows}


@functools.cache
def korean_provinces() -> dict[str, str]:
    """Korean provinces, short and full names (경기, 경상북도), which news writes before a city or a
    governor's title, with their English names."""
    return {r["province"]: r["en"] for r in _rows("korean_provinces.tsv")}


@functools.cache
def cues() -> dict[tuple[str, str], tuple[str, ...]]:
    """(relation, lang) → cue strings, longest first."""
    out: dict[tuple[str, str], list[str]] = {}
    for r in _rows("cues.tsv"):
        out.setdefault((r["relation"], r["lang"]), []).append(r["cue"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def has_cue(relation: str, lang: str, text: str) -> bool:
    words = cues().get((relation, lang), ())
    hay = text.lower() if lang == "en" else text
    return any(w in hay for w in words)


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, so a longer title wins over its tail
    (Vice President before President)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def cue_positions(relation: str, lang: str, text: str) -> list[int]:
    hay = text.lower() if lang == "en" else text
    out = []
    for w in cues().get((relation, lang), ()):
        i = hay.find(w)
        while i >= 0:
            # an English attendance cue ending in "in" says where or when only before a name, a number
            # or "the" ("meeting in Lima", not "a G7 meeting in brief remarks to the press")
            if not (relation == "attended" and lang == "en" and w.endswith(" in")) or \
                    _PLACE_OR_TIME_AFTER_EN.match(text, i + len(w)):
                out.append(i)
            i = hay.find(w, i + 1)
    return sorted(out)


_PLACE_OR_TIME_AFTER_EN = re.compile(r"\s+(?:the\s|[A-Z0-9“\"‘'])|[^\s\w]|\s*$")


@functools.cache
def heads() -> dict[str, dict[str, str]]:
    """lang → head word → class; e.g. ko 정상회의 → Summit, en Act → Law."""
    out: dict[str, dict[str, str]] = {"ko": {}, "en": {}}
    for r in _rows("suffixes.tsv"):
        out[r["lang"]][r["head"]] = r["class"]
    return out


@functools.cache
def _head_lengths(lang: str) -> tuple[int, ...]:
    return tuple(sorted({len(h) for h in heads()[lang]}, reverse=True))


def heads_ending(word: str, lang: str) -> Iterator[str]:
    """The head words ``word`` ends with, longest first (정상회의 before 회의).

    One dictionary lookup per head length, not a comparison per head: the rules ask this of
    every word of every sentence."""
    table = heads()[lang]
    for n in _head_lengths(lang):
        if n <= len(word) and word[-n:] in table:
            yield word[-n:]


@functools.cache
def korean_surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in _rows("surnames.tsv"))
