"""Find the authority data's known names in a sentence.

Matching is on characters, not on token sequences, because Korean writes the same
name with and without spaces (블레츨리 파크 / 블레츨리파크) and glues particles and
English glosses to it (유엔UN, 영국에서); token boundaries from the tokenizer then
decide whether a character match is a whole name (인도 must not match inside
인도네시아).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .authority import case_sensitive, labels, load_authority

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Known:
    surface: str      # the form in the authority data
    key: str          # the form matched (lowercased for case-insensitive names)
    entity_id: str
    exact_case: bool


def _case_insensitive(surface: str) -> bool:
    # Abbreviations and short names (EU, UN, AMD, Meta) keep their case: "meta" or
    # "un" in running English text is a word, not the organisation.
    return len(surface) >= 6 and any(c.islower() for c in surface)


@functools.cache
def index() -> dict[str, tuple[Known, ...]]:
    """First two characters of a form → its candidates, longest first."""
    table: dict[str, list[Known]] = {}
    seen = set()
    for surface, lang, entity_id in load_authority().surface_forms():
        forms = {surface}
        if _HANGUL.search(surface) and " " in surface:
            forms.add(surface.replace(" ", ""))
        if "'" in surface:      # Côte d'Ivoire is typeset Côte d’Ivoire
            forms.add(surface.replace("'", "’"))
        for form in forms:
            ci = _case_insensitive(form)
            key = form.lower() if ci else form
            if len(key) < 2 or (key, entity_id) in seen:
                continue
            seen.add((key, entity_id))
            table.setdefault(key[:2].lower(), []).append(Known(surface, key, entity_id, not ci))
    return {k: tuple(sorted(v, key=lambda c: (-len(c.key), c.entity_id))) for k, v in table.items()}


def _left_ok(text: str, i: int, first: str) -> bool:
    if i == 0:
        return True
    prev = text[i - 1]
    if _HANGUL.match(first):
        return not _HANGUL.match(prev)
    return not _LATIN.match(prev)


def _right_ok(text: str, j: int, last: str) -> bool:
    if j >= len(text):
        return True
    nxt = text[j]
    if _LATIN.match(last):
        return not _LATIN.match(nxt)
    return True   # Korean: checked against token boundaries by the caller


# an acronym in brackets after the words it abbreviates, inside a longer name: "Ruritania Data
# Agency (RDA) Charter on Artificial Intelligence (AI) and Open Science"
_INNER_GLOSS = re.compile(r" \([A-Z][A-Za-z]{1,9}\)(?= [A-Za-z])")


def find_known(text: str, ends: set[int] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, entity ids) of the longest known names, left to right, not overlapping.

    ``ends``, where given, are the offsets a name may end at (Korean token boundaries): a
    longer name that ends inside a word gives way to a shorter one that does not (유럽연합
    in 유럽연합 집행위원장, where the alias 유럽연합 집행위 ends inside 집행위원장).  Without
    them (English), a name is also found across the bracketed acronyms written inside it,
    and then holds them and the names they gloss."""
    found = _find_known(text, ends)
    if ends is not None or not _INNER_GLOSS.search(text):
        return found
    glosses = list(_INNER_GLOSS.finditer(text))
    origin: list[int] = []          # the offset in ``text`` of each character of the text without them
    pos = 0
    for g in glosses:
        origin.extend(range(pos, g.start()))
        pos = g.end()
    origin.extend(range(pos, len(text)))
    plain = "".join(text[i] for i in origin)
    across = []
    for s, e, ids in _find_known(plain, None):
        s, e = origin[s], origin[e - 1] + 1
        if any(s < g.start() and g.end() < e for g in glosses):
            across.append((s, e, ids))
    if not across:
        return found
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in across)]
    return sorted(kept + across)


def _find_known(text: str, ends: set[int] | None) -> list[tuple[int, int, tuple[str, ...]]]:
    table = index()
    low = text.lower()
    out = []
    i, n = 0, len(text)
    while i < n - 1:
        cands = table.get(low[i:i + 2])
        best = None
        if cands and _left_ok(text, i, text[i]):
            for c in cands:
                hay = low if not c.exact_case else text
                if hay.startswith(c.key, i) and _right_ok(text, i + len(c.key), c.key[-1]) and \
                        (ends is None or i + len(c.key) in ends) and \
                        not (c.surface[:1].isupper() and text[i].islower() and low[max(0, i - 4):i] != "the ") and \
                        not _described_meeting(text[i:i + len(c.key)], c) and \
                        not _opens_longer_name(text, i + len(c.key), c):
                    # a capitalised name written lower-case is a name after "the" ("the council of
                    # Europe"), but not after another word: "their partnership on AI safety"
                    if best is None:
                        best = (i, i + len(c.key), [c.entity_id])
                    elif len(c.key) == best[1] - best[0] and c.entity_id not in best[2]:
                        best[2].append(c.entity_id)
                    elif len(c.key) < best[1] - best[0]:
                        break
        if best:
            out.append((best[0], best[1], tuple(sorted(best[2]))))
            i = best[1]
        else:
            i += 1
    return out


_OF_PLACE = re.compile(r" of ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")


def _opens_longer_name(text: str, end: int, known: Known) -> bool:
    """A one-word name followed by "of" and a proper noun that is no country starts a longer name ("the Vale of
    Latium", a place), not the body the data knows; "Acme of South Korea" is still Acme."""
    after = _OF_PLACE.match(text, end)
    if after is None or " " in known.surface or not known.surface[:1].isupper():
        return False
    words = after.group(1).split()
    return not any(load_authority().get(i).cls == "Country"
                   for n in range(1, len(words) + 1) for i in lookup_normalised(" ".join(words[:n])))


def _described_meeting(found: str, known: Known) -> bool:
    """A meeting's name written in lower case with no proper noun in it ("the AI safety summit in
    Seoul") describes a kind of meeting, whichever one: the name is the capitalised "AI Safety Summit"."""
    words = found.split()
    return not known.exact_case and found != known.surface and len(words) >= 2 and words[-1].islower() and \
        load_authority().get(known.entity_id).cls == "Summit" and \
        all(w.islower() or w.isupper() for w in words)


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_CONNECTORS = {"and", "of", "for", "the", "on", "&", "in"}


def _acronyms_in(name: str) -> str:
    """Words spelled out before their acronym written as the acronym alone: "Pacific Information and
    Communications Technology (ICT) Dialogue" → "Pacific ICT Dialogue", as the press writes it again."""
    for m in reversed(list(_ACRONYM.finditer(name))):
        letters = [c for c in m.group(1) if c.isupper()]
        words = list(re.finditer(r"[^\s\-–]+", name[:m.start()]))
        taken, k = [], len(words) - 1
        while k >= 0 and len(taken) < len(letters):
            if words[k].group(0).lower() not in _CONNECTORS:
                taken.append(words[k])
            k -= 1
        if len(taken) == len(letters) and [w.group(0)[0] for w in reversed(taken)] == letters:
            name = name[:taken[-1].start()] + m.group(1) + name[m.end():]
    return name


def normal_key(name: str) -> str:
    """A spelling-insensitive key: no brackets' content, no spaces or joiners, 인공지능 = AI.

    Korean writes one name many ways (인공지능(AI) 서울 정상회의, AI 서울 정상회의,
    아마존 웹-서비스, 아마존 웹서비스; …서밋 = …정상회의); these are equal under this key.  A bill is keyed as
    the law it proposes (…기본법안 = …기본법): news names the two interchangeably.
    """
    key = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", _acronyms_in(name))
    key = key.replace("인공지능", "ai").replace("정상회담", "정상회의").replace("서밋", "정상회의").lower().replace("artificial intelligence", "ai")
    key = re.sub(r"^(the|a|an)\s+", "", key)
    key = re.sub(r"\s+및\s+", "·", key)        # 산업 및 디지털 장관회의 = 산업·디지털 장관회의
    key = re.sub(r"[\s\-–·・〮.,'’‘\"“”()\[\]&]+", "", key)
    return key[:-1] if key.endswith("법안") else key


@functools.cache
def _normal_index() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for surface, _lang, entity_id in load_authority().surface_forms():
        k = normal_key(surface)
        if len(k) >= 2:
            table.setdefault(k, set()).add(entity_id)
    return {k: tuple(sorted(v)) for k, v in table.items()}


# a Korean city's name with the word for its kind of city (광주시, 수원특례시, 부산광역시)
_CITY_KO = re.compile(r"([\uac00-\ud7a3]{2,}?)(?:특별시|광역시|특례시|시)")


def lookup_normalised(name: str) -> tuple[str, ...]:
    """Authority ids whose some name equals ``name`` under ``normal_key`` (a case-sensitive short form,
    xAI, only as written: XAI is explainable AI)."""
    ids = _normal_index().get(normal_key(name), ())
    city = _CITY_KO.fullmatch(name) if not ids else None
    if city:                # 광주시, 가나특례시: a city's name and the word for "city", which the data need not list
        ids = tuple(i for i in _normal_index().get(normal_key(city.group(1)), ()) if load_authority().get(i).cls == "City")
    if ids and re.fullmatch(r"[A-Za-z0-9]{2,4}", name):
        ids = tuple(i for i in ids if any(form == name or not case_sensitive(form)
                                          for form, _ in labels(load_authority().get(i))))
    return ids


SIMILAR_MIN = 16          # characters of normal_key: shorter names differ by a word that matters
SIMILAR_DICE = 0.5        # shared character pairs (Dice) with the closest form of the entry
SIMILAR_MARGIN = 0.15     # ahead of the next entry's closest form


def _bigrams(key: str) -> frozenset[str]:
    return frozenset(key[i:i + 2] for i in range(len(key) - 1))


@functools.cache
def _long_names() -> tuple[tuple[str, frozenset[str], str], ...]:
    return tuple((key, _bigrams(key), entity_id) for key, ids in sorted(_normal_index().items())
                 if len(key) >= SIMILAR_MIN for entity_id in ids)


def lookup_similar(name: str, classes: set[str]) -> tuple[str, ...]:
    """The authority entry (of one of ``classes``) that a long name is another wording of.

    Official texts get translated many times: the Paris statement is "사람과 지구를 위한 지속
    가능하고 포용적인 AI에 관한 선언문" in one paper and "인류와 지구를 위한 포용적이고
    지속가능한 인공지능에 대한 선언문" in another.  Long names that share most character
    pairs with one entry, and clearly fewer with any other, are taken as that entry.  Korean
    only: English titles are cited as published, and their shared function words make
    different texts look alike ("…Declaration on Responsible AI…", "…on Responsible Military
    Use of AI…").
    """
    key = normal_key(name)
    if len(key) < SIMILAR_MIN or not _HANGUL.search(name):
        return ()
    grams = _bigrams(key)
    auth = load_authority()
    best: dict[str, float] = {}
    for _, other, entity_id in _long_names():
        if auth.get(entity_id).cls in classes and grams & other:
            dice = 2 * len(grams & other) / (len(grams) + len(other))
            if dice > best.get(entity_id, 0.0):
                best[entity_id] = dice
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= SIMILAR_DICE and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= SIMILAR_MARGIN):
        return (ranked[0][0],)
    return ()
