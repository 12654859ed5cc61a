"""Cities the authority data does not know, named where news places them: next to their country.

The data knows capitals and the cities summits have met in; a meeting in Lagoa Azul or on Latium Island is
still reported in the form every wire uses, "in Lagoa Azul, Brazil" and "필리핀 라티움섬에서", and the
country beside it says the word is a place.  Only that form counts: a capitalised word alone after
"in" may as well be a body or a month.
"""
from __future__ import annotations

import re

from ontology import FAMILY

from .authority import load_authority
from .gazetteer import lookup_normalised
from .lexicon import demonyms, korean_provinces
from .model import Mention
from .sentences import Sentence
from .words import GENERIC_ACRONYMS, MONTHS, SCHOOL_FIRST_EN, Word, head_class, known_or_new, mention_at

# capitalised words after "in" that name no place
_NOT_PLACES_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Spring", "Summer",
                  "Autumn", "Winter", "Person", "Parliament", "Congress", "Private", "Public", "Response", "Line",
                  # (continents and regions: places, but no city; "farmers in India and Europe")
                  "Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Antarctica", "Arctic", "Caribbean",
                  "Scandinavia", "Balkans"}

# in Lagoa Azul, Brazil; at Vila Nova do Sul, Bahia, Brazil (a region between the place and its country)
_IN_CITY_EN = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’.-]+\s+(?:(?:de|do|da|del|di|la|le|el)\s+)?){0,2}[A-Z][\w'’.-]+)"
                         r"(?:,\s+|\s+\()")         # in Lima, Peru; in Lima (Peru)
_REGION_EN = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+")


# met on 14-15 March in Ostrava and Brno; held in Ostrava on 3 May; hosted by Chile in Ostrava: where a
# meeting is held, a capitalised word after "in" is the place (its own name, no body's: one or two words,
# then no more)
_CITY_WORD_EN = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?"
# (or "in the French city of Saclay": the city after its kind, with its country's demonym before)
_HELD_IN_EN = re.compile(rf"\b(?:held|took\s+place|convened|met|gathered|opened|kicked\s+off|hosted)\b[^.;]{{0,40}}?"
                         rf"\bin\s+(?:the\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:city|town|capital|port\s+city|village)\s+of\s+)?"
                         rf"(?P<a>{_CITY_WORD_EN})"
                         rf"(?:\s+and\s+(?P<b>{_CITY_WORD_EN}))?(?=\s+[a-z]|[,.;:]|$)")


# (one or two capitalised words, then no more: a lower-case word or the clause's end; not "in Support of")
_AFTER_MEETING_EN = re.compile(rf"\s+in\s+(?P<a>{_CITY_WORD_EN})(?=\s+(?!(?:of|to|for|with)\b)[a-z]|[,.;:]|$)")


def english_cities(sent: Sentence, found: list[Mention]) -> list[Mention]:
    countries = {m.start - sent.start for m in found if m.cls == "Country"}
    taken = [(m.start - sent.start, m.end - sent.start) for m in found]
    out = []
    for hit in _HELD_IN_EN.finditer(sent.text):
        for g in ("a", "b"):
            if hit.group(g) is None:
                continue
            s, e = hit.span(g)
            words = hit.group(g).split()
            if any(a < e and s < b for a, b in taken) or any(w in MONTHS or w in _NOT_PLACES_EN for w in words) or \
                    head_class(hit.group(g), "en"):
                continue
            out.append(known_or_new(sent, s, e, "City", "en-city-held-in", 0.6))
            taken.append((s, e))
        dem = hit.group("dem")
        if dem and dem in demonyms() and not any(a < hit.end("dem") and hit.start("dem") < b for a, b in taken):
            out.append(mention_at(sent, hit.start("dem"), hit.end("dem"), "Country", "en-country-of-city", 0.8,
                                  (demonyms()[dem],)))
    for m in found:
        # "during the 3rd Latium Start-up Conference in Ostrava.": a meeting's name, then where it met
        hit = _AFTER_MEETING_EN.match(sent.text, m.end - sent.start) if m.cls == "Summit" else None
        if hit is None:
            continue
        s, e = hit.span("a")
        words = hit.group("a").split()
        if any(a < e and s < b for a, b in taken) or any(w in MONTHS or w in _NOT_PLACES_EN for w in words) or \
                head_class(hit.group("a"), "en") or hit.group("a") in demonyms() or lookup_normalised(hit.group("a")):
            continue
        out.append(known_or_new(sent, s, e, "City", "en-city-after-meeting", 0.6))
        taken.append((s, e))
    for hit in _IN_CITY_EN.finditer(sent.text):
        s, e = hit.span(1)
        region = _REGION_EN.match(sent.text, hit.end())
        if hit.end() not in countries and not (region and region.end() in countries):
            continue
        country = next((m for m in found if m.cls == "Country" and m.start - sent.start in
                        (hit.end(), region.end() if region else -1)), None)
        if country is not None and re.match(r"[’']s\b", sent.text[country.end - sent.start:]) or \
                hit.group(1) in GENERIC_ACRONYMS:
            continue            # "collaborations in AI, Singapore's Ministry … said": a field, then the country's body
        if any(a < e and s < b for a, b in taken):
            continue
        if any(w in MONTHS or w in _NOT_PLACES_EN or re.fullmatch(SCHOOL_FIRST_EN, w) for w in hit.group(1).split()) \
                or head_class(hit.group(1), "en"):
            continue            # (not "the Clinic at Acme Law School (Latium)": a body's name, ending in its head;
            #                     nor "the most populous nation in Southeast Asia, Indonesia …": a region)
        out.append(known_or_new(sent, s, e, "City", "en-city-by-country", 0.6))
    return out


# a foreign region between a country and its city (일본 가나현 라티움시에서, 독일 가나주 라티움에서)
_REGION_KO = re.compile(r"[\uac00-\ud7a3]{1,6}(?:현|주|성|도)")


def _region_word(w: Word) -> bool:
    return not w.particle and _REGION_KO.fullmatch(w.core) is not None and \
        w.tags[0] == "NNP" and set(w.tags) <= {"NNP", "NNG"}


def korean_cities(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """필리핀 라티움섬에서: one proper noun between a country and 에서, or after the country and its
    region (일본 가나현 라티움시에서; a city the data knows keeps its own name: 리옹시 is 리옹)."""
    country_ends = {m.end - sent.start for m in found if m.cls == "Country"}
    taken = [(m.start - sent.start, m.end - sent.start) for m in found]
    out = []
    for k in range(1, len(words)):
        w, before = words[k], words[k - 1]
        if before.core_end not in country_ends and not (
                k > 1 and _region_word(before) and words[k - 2].core_end in country_ends and not words[k - 2].particle):
            continue
        glossed = not w.particle and k + 4 < len(words) and [x.core for x in words[k + 1:k + 4:2]] == ["(", ")"] and \
            words[k + 2].tags == ("SL",) and words[k + 4].tags == ("JKB",) and words[k + 4].core.startswith("에서")
        if before.particle or not (w.particle.startswith("에서") or glossed):
            continue            # (칠레 오스트라(Ostra)에서: the city's Latin spelling between it and 에서)
        tags = [t for t in w.tags if not t.startswith("J")]
        # (a name Kiwi splits into a proper and a common noun, 라티움 + 타운, is one when the common noun makes
        # no body or venue of it: 라티움대학 is a university)
        if not (tags == ["NNP"] or tags == ["NNP", "NNG"] and (w.core.endswith("시") or head_class(w.core, "ko") is None)) \
                or len(w.core) < 2 or \
                any(a < w.core_end and w.start < b for a, b in taken):
            continue
        end = w.core_end
        if w.core.endswith("시") and len(w.core) > 2 and any(
                FAMILY.get(load_authority().get(i).cls) == "Place" for i in lookup_normalised(w.core[:-1])):
            end -= 1
        out.append(known_or_new(sent, w.start, end, "City", "ko-city-by-country", 0.6))
        taken.append((w.start, w.core_end))
    # 경기 성남시, 경북 경주시에서: a city or county after its province
    for k in range(1, len(words)):
        w, before = words[k], words[k - 1]
        if before.text not in korean_provinces() or not re.fullmatch(r"[\uac00-\ud7a3]{1,4}[시군]", w.core) or \
                any(a < w.core_end and w.start < b for a, b in taken):
            continue
        out.append(known_or_new(sent, w.start, w.core_end, "City", "ko-city-by-province", 0.6))
    return out
