"""Mentions in one sentence: known names from the authority data, and names discovered by rules.

Discovery is what makes the tool useful on documents nobody has read: an initiative
or summit is a quoted phrase or a run of proper nouns that ends in a head word
(‘… 선언문’, Hiroshima AI Process); people are found next to their titles
(``people_ko.py``, ``people_en.py``).  Kiwi's tags say which words can be part of a name; the lexicons in
``data/`` say which words are titles and heads.  ``sentence_mentions`` runs every rule
and keeps the best of overlapping spans.
"""
from __future__ import annotations

import functools
import re
from itertools import chain
from dataclasses import replace

from spacy.tokens import Doc

from ontology import FAMILY

from .authority import load_authority, recurs
from .cities import english_cities, korean_cities
from .gazetteer import find_known, lookup_normalised
from .korean import token_rows
from .lexicon import (alternation, cues, demonyms, english_title_alternation, heads, heads_ending,
                      international_words, stop_words, title_ranks, titles)
from .model import Mention
from .people_en import english_people
from .people_ko import korean_listed_people, korean_name_shaped, korean_people
from .sentences import Sentence
from .words import ACRONYM_LETTERS, GENERIC_ACRONYMS, LEGAL_FORM_KO, MONTHS, SMALL_WORDS_EN, Word, head_class, headline, known_or_new, mention_at, words_of

_QUOTES = re.compile(r"[‘'“\"「『《〈]([^‘’'“”\"「」『』《》〈〉]{2,150})[’'”\"」』》〉]")


_LIST_DOTS = ("·", "ㆍ", "・")


def _one_states_board(name: str) -> bool:
    """A commission or council with no word of many states in its name (the Securities and Exchange
    Commission, the Judicial Council; not the Gulf Cooperation Council, the SCO Heads of Government Council)."""
    words = name.split()
    if words[-1] not in ("Commission", "Council") or any(w in international_words() for w in words):
        return False
    return not any(load_authority().get(i).cls == "InternationalOrganisation"
                   for w in words[:-1] if w[:1].isupper() for i in lookup_normalised(w))


def known_mentions(sent: Sentence, doc: Doc | None) -> list[Mention]:
    """Authority names; in Korean a match must end on a token boundary (인도 ≠ 인도네시아)."""
    auth = load_authority()
    rows = token_rows(doc) if doc is not None else ()
    token_ends = {t.idx + len(t.text) for t in rows} if doc is not None else None
    token_tag = {t.idx: t.tag for t in rows}
    out = []
    for s, e, ids in find_known(sent.text, token_ends if sent.lang == "ko" else None):
        if sent.lang == "ko" and token_ends is not None and e not in token_ends:
            continue
        if sent.lang == "ko" and e - s <= 2 and re.fullmatch(r"[\uac00-\ud7a3]+", sent.text[s:e]) and \
                token_tag.get(s) not in (None, "NNP") and all(auth.get(i).cls == "Country" for i in ids) and \
                not (sent.text[e:e + 1] in _LIST_DOTS or sent.text[s - 1:s] in _LIST_DOTS) and \
                not _state_title_after_ko().match(sent.text, e):
            continue            # 수단 (means), 가나, 오만 … as common nouns are not the countries (but 가나·케냐:
            #                     a word beside a list's middle dot is a noun, whatever Kiwi reads in it; and
            #                     NAME 통가 외교장관: a state's title after it says it is the state)
        if all(auth.get(i).cls == "Country" for i in ids) and _REGION_AFTER.match(sent.text, e):
            continue            # 인도·태평양 전략, the Indo-Pacific: a region's compound, no country
        if _acronym_of_another_name(sent.text, s, e, [auth.get(i) for i in ids]):
            continue            # 국부펀드(PIF): the text's own body, whose short name a known body shares
        barrel = _BARREL_BEFORE_EN.search(sent.text, 0, s) if sent.lang == "en" else None
        if barrel and all(auth.get(i).cls == "Country" for i in ids) and not find_known(barrel.group(1)) and \
                barrel.group(1) not in demonyms():
            continue            # Jane Crabtree-Ireland: a double-barrelled family name, no country (not US-Ireland
            #                     talks, whose first half is a name the data knows too)
        classes = {auth.get(i).cls for i in ids}
        cls = classes.pop() if len(classes) == 1 else auth.get(ids[0]).cls
        if all(recurs(auth.get(i)) for i in ids):
            s, e = _with_meeting_mark(sent.text, s, e)
        out.append(mention_at(sent, s, e, cls, "authority", 0.95 if len(ids) == 1 else 0.6, ids))
    return [_foreign_counterpart(sent, out[k - 1], m) if k else m for k, m in enumerate(out)]


# a capitalised word and a hyphen right before a name (Crabtree-), not a prefix of a compound (Indo-, Sino-, Anglo-)
_BARREL_BEFORE_EN = re.compile(r"(?<![\w-])((?!(?:Indo|Sino|Anglo|Franco|Euro|Afro|Russo|Austro|Greco|Italo|Ibero|Judeo|"
                               r"Pan|Trans|Inter|Non|Post|Pre|Anti|Pro|Ex)-)[A-Z][a-z]{2,})-$")


# state titles that are no common nouns too (not 시장 "market", 지사 "branch", 주석 "note", 수상 "prize", 의원 "clinic")
_AMBIGUOUS_STATE_TITLES_KO = frozenset({"시장", "부시장", "지사", "주석", "수상", "의원"})


@functools.cache
def _state_title_after_ko() -> re.Pattern:
    """A country's post right after a word: the word is the country (통가 외교장관, 가나 대통령)."""
    return re.compile(r"\s+(?:" + alternation({t for t, x in titles().items() if x.kind == "state" and
                                              t not in _AMBIGUOUS_STATE_TITLES_KO}) + ")")


def _acronym_of_another_name(text: str, s: int, e: int, entries) -> bool:
    """Whether a known acronym in brackets is the short name of the name right before it, which is
    none of the known bodies' (사우디 국부펀드(PIF), the Public Investment Fund (PIF): no Pacific Islands
    Forum): the name before the bracket shares no word (in Hangul, no two letters in a row) with any
    of their names."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", text[s:e]) or text[e:e + 1] != ")" or \
            not re.search(r"\S\s?\($", text[max(0, s - 3):s]):
        return False
    before = re.search(r"((?:[\w'’&-]+\s+){0,5}[\w'’&-]+)\s?\($", text[max(0, s - 80):s])
    if before is None:
        return False

    def parts(t: str) -> set[str]:
        hangul = re.sub(r"[^\uac00-\ud7a3]", "", t)
        if hangul:
            return {hangul[k:k + 2] for k in range(len(hangul) - 1)}
        return {w for w in re.findall(r"[a-z]{3,}", t.casefold()) if w not in ("the", "and", "for")}
    near = parts(before.group(1))
    names = [n for x in entries for n in (x.en, x.ko, *x.alt_en, *x.alt_ko)
             if n and not re.fullmatch(r"[A-Z0-9&]+", n) and bool(re.search(r"[\uac00-\ud7a3]", n)) ==
             bool(re.search(r"[\uac00-\ud7a3]", before.group(1)))]
    return bool(near) and bool(names) and not any(near & parts(n) for n in names)


# an ocean or continent joined to a country's name makes a region (인도·태평양, Indo-Pacific)
_REGION_AFTER = re.compile(r"\s*[·ㆍ・‧-]?\s*(?:태평양|대서양)|\s*[·ㆍ・‧-]\s*아시아|-Pacific\b|-Atlantic\b")


_UNIT_GAP = re.compile(r"(?:\s*\([^()]{1,12}\)|\))?\s*[‘'“\"]?")


def _unit_of_foreign_body(sent: Sentence, before: Mention, m: Mention) -> Mention:
    """A national body the data knows, named right after another country or its body, is that
    country's body of the same name when the data knows one: 영국 ‘AI 안전연구소’ and 영국
    과학혁신기술부(DSIT) ‘AI 안전연구소’ are the United Kingdom's institute, which the data names
    영국 AI안전연구소, not Korea's."""
    auth = load_authority()
    if not before.authority_ids or not m.authority_ids or FAMILY.get(m.cls) != "Organisation":
        return m
    theirs = {before.authority_ids[0]} if before.cls == "Country" else \
        {auth.get(i).country for i in before.authority_ids} - {None}
    ours = {auth.get(i).country for i in m.authority_ids}
    if len(theirs) != 1 or theirs & ours or None in ours or \
            not _UNIT_GAP.fullmatch(sent.text[before.end - sent.start:m.start - sent.start]):
        return m
    country = auth.get(next(iter(theirs)))
    ids = tuple(i for i in lookup_normalised(f"{country.ko} {m.text}") if auth.get(i).country == country.id)
    return replace(m, authority_ids=ids, cls=auth.get(ids[0]).cls) if ids else m


def _foreign_counterpart(sent: Sentence, before: Mention, m: Mention) -> Mention:
    """A national body the data knows, written after another country's name, is that country's
    body of the same kind: 호주 외교부 is Australia's foreign ministry, 베트남 국회 Vietnam's
    assembly, not Korea's.  Named by both words, as the press names it; the country's own
    mention gives way to it.  Not after a pair of countries (한미 외교부, 한·미 외교부 장관)."""
    auth = load_authority()
    home = {auth.get(i).country for i in m.authority_ids}
    if before.cls != "Country" or FAMILY.get(m.cls) != "Organisation" or not m.authority_ids or None in home or \
            set(before.authority_ids) & home:
        return m            # (a place is no body: a known venue after another country's name is still that venue)
    gap = sent.text[before.end - sent.start:m.start - sent.start]
    lead = sent.text[max(0, before.start - sent.start - 1):before.start - sent.start]
    if gap != " " or (lead and not lead.isspace() and lead not in "(\"'‘“「"):
        return m
    return mention_at(sent, before.start - sent.start, m.end - sent.start, m.cls, "foreign-counterpart", 0.7)


# which meeting of a recurring summit: 제2차 …, 2024년 …, the 2nd …, … 2024
_MARK_BEFORE = re.compile(r"(?<![\w.])(?:(?:제\s*)?\d{1,2}\s*(?:차|회)|(?:19|20)\d\d년?|\d{1,2}(?:st|nd|rd|th))\s+$")
_MARK_AFTER = re.compile(r"\s+(?:19|20)\d\d(?![\d.,])")


def _with_meeting_mark(text: str, s: int, e: int) -> tuple[int, int]:
    """A recurring summit's name widened to the number or year written next to it, which says
    which of its meetings the text means."""
    before = _MARK_BEFORE.search(text, max(0, s - 12), s)
    if before:
        s = before.start()
    after = _MARK_AFTER.match(text, e)
    if after:
        e = after.end()
    return s, e


# the head word right after a closing quote, before its particle (‘…’ 포럼을, ‘…’ 웨비나에서, ‘…’ 결의안은)
# (or after 이라는, "called": ‘…’이라는 결과문서가)
_KIND_AFTER_QUOTE_KO = re.compile(r"(?:(?:이)?라는)?\s?([\uac00-\ud7a3]{2,5}?)(?:을|를|이|가|은|는|에서는|에서|에는|에|의|와|과|도|으로|로)?"
                                     r"(?![\uac00-\ud7a3])")


# what a quoted name may be called after its quotes: meetings and texts, not bodies or platforms
# (‘…’ 센터 is as often a body), nor a plan or a promise (‘…’ 계획, ‘…’ 약속: common words)
_KINDS_AFTER_QUOTE = frozenset({"Summit", "Declaration", "Statement", "Law", "Agreement", "Resolution",
                                "Recommendation", "Initiative", "Strategy", "Report", "Process"})
_VAGUE_KINDS_KO = frozenset({"계획", "약속"})
_SIGNED_AFTER_QUOTE_KO = re.compile(r"\s*(?:을|를|에)\s+(?:공식\s*|정식\s*)?(?:서명|체결|맺)")
_WHEN_BEFORE_NAME_KO = re.compile(r"(?:올해|금년|지난해|작년|내년|이번|오는)\s+")


def quoted_names(sent: Sentence) -> list[Mention]:
    """‘…’-quoted phrases that end in a head word (정상회의, 선언, 법, …)."""
    out = []
    for m in _QUOTES.finditer(sent.text):
        inner = m.group(1).strip()
        # the title of what was adopted, signed or launched, quoted after the verb, whatever its last
        # word (“Lima Compact on Data: A Roadmap for Trust.”, the full stop inside the quotes)
        text_of = sent.lang == "en" and _ADOPTED_QUOTE_EN.search(sent.text, 0, m.start()) is not None
        if text_of and inner.endswith("."):
            inner = inner[:-1]
        if re.search(r"[.!?]$|다$|요$", inner):
            continue            # a quoted sentence (speech), not a name
        if sent.lang == "ko" and len(inner.split()) >= 4 and _SAID_AFTER_QUOTE_KO.match(sent.text, m.end()):
            continue            # “… 공동 연구를 이어 갈 계획”이라며: speech that ends in a noun, not a name
        if len(inner) > 90 and not (sent.lang == "en" and _title_cased(re.sub(r"\s*\([^()]*\)$", "", inner))):
            continue            # a long quote is a passage, unless every word is a title's ("Basic Act on the
            #                     Development of … and the Establishment of a Data Trust Foundation")
        inner = inner.rstrip(",;:").rstrip()    # the “…Declaration,” which: American punctuation
        offset = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        while re.search(r"\([^()]*\)$", inner):     # ‘…기본법안(대안)(이하 AI 기본법)’
            inner = re.sub(r"\s*\([^()]*\)$", "", inner)
        # (not a list inside the title: ‘데이터와 인권, 평화 및 번영에 관한 협약’)
        listed = sent.lang == "ko" and ", " in inner and re.search(r"\s및\s", inner[inner.rfind(", "):]) is not None
        if ", " in inner and not listed:          # ‘인공지능, AI 임팩트 정상회의’
            cut = inner.rfind(", ") + 2
            offset += cut
            inner = inner[cut:]
        when = _WHEN_BEFORE_NAME_KO.match(inner) if sent.lang == "ko" else None
        if when and head_class(inner, "ko"):      # ‘올해 라티움 AI 정상회의’: when, then the name
            offset += when.end()
            inner = inner[when.end():]
        joined = re.search(r"\s+및\s+", inner) if sent.lang == "ko" else None
        if joined and head_class(inner[:joined.start()], "ko") and head_class(inner[joined.end():], "ko"):
            # ‘AI 정상회의 및 AI 글로벌 포럼’: two names in one pair of quotes
            for a, b in ((0, joined.start()), (joined.end(), len(inner))):
                out.append(_quoted(sent, offset + a, offset + b, head_class(inner[a:b], "ko")))
            continue
        place = re.search(r"\s(?:at|in)\s+(?:the\s+)?(?=[A-Z])", inner) if sent.lang == "en" else None
        if place and not head_class(inner[:place.start()], "en") and head_class(inner[place.end():], "en"):
            # “Ostrava & Lima Forge Digital Ties at Global AI Summit”: a quoted headline, whose name
            # is the meeting it happened at
            offset += place.end()
            inner = inner[place.end():]
        cls = head_class(inner, sent.lang) or head_class(re.sub(r"\(.*?\)", "", inner), sent.lang)
        year = re.search(r"\s(?:19|20)\d\d$", inner) if not cls else None
        if year:                # ‘라티움 데이터 전략 2031’: the year the strategy looks to ends its name
            cls = head_class(inner[:year.start()], sent.lang)
        if cls and sent.lang == "ko" and (len(inner) <= 2 or inner.split()[-1] in stop_words() and
                                          inner.split()[-1] not in heads()["ko"]):
            continue            # ‘혁신’보다는 ‘현실’: one word of two syllables, whose last (실, 부) only looks like a head
        if cls and sent.lang == "ko" and FAMILY.get(cls) == "Initiative" and _TOPIC_AFTER_QUOTE_KO.match(sent.text, m.end()):
            continue            # ‘… 주권 도약 전략’이란 주제로 발표했다: a talk's topic, no text of anyone's
        if cls and sent.lang == "ko" and inner.split()[-1] in _GLUED_HEADS_KO | {"대학"}:
            cls = None          # ‘VR 미래 도서관’, ‘AI와 박물관’, ‘… 혁신을 이끄는 대학’: a kind of place or school, a
            #                     talk's, an exhibit's or a slogan's title
        if cls == "Law" and sent.lang == "ko" and re.search(r"[\uac00-\ud7a3]는 법$", inner):
            cls = None          # ‘AI 시대를 살아가는 법’: "how to" (a verb's -는, then 법 as its own word), a talk's
            #                     title, no law (a law's name glues its 법: 데이터기본법)
        if text_of and not cls and _title_cased(inner):
            cls = "Initiative"
        if sent.lang == "ko" and cls and FAMILY.get(cls) == "Organisation" and _NUMBERED_COMMITTEE_KO.fullmatch(inner):
            cls = "Summit"      # ‘제5차 한-라티움 비전 위원회’를 개최했다: a committee's numbered session, a meeting
        if not cls and sent.lang == "ko" and inner.endswith("회의") and " " in inner:
            cls = "Summit"      # ‘… 지역 자문회의’: a meeting quoted by its name, whatever kind of 회의
        if not cls and sent.lang == "ko" and " " in inner and _SIGNED_AFTER_QUOTE_KO.match(sent.text, m.end()):
            cls = "Agreement"   # ‘한-가나 디지털 파트너십’에 서명했다: what is quoted and signed is a text
        if sent.lang == "en" and not _english_name_shaped(inner) and not (text_of and _title_cased(inner)):
            continue            # “We will keep advancing the … Process,”: speech
        kind = _KIND_AFTER_QUOTE_KO.match(sent.text, m.end()) if sent.lang == "ko" and not cls and inner else None
        kind_cls = heads()["ko"].get(kind.group(1)) if kind and kind.group(1) not in _VAGUE_KINDS_KO else None
        if kind_cls in _KINDS_AFTER_QUOTE and not lookup_normalised(inner):
            # ‘AI for Good’ 웨비나, ‘… 함의’ 결의안: the name quoted, the kind of meeting or text after the quotes
            # (not ‘…파트너십(GPAI)’ 각료이사회: a body the data knows names its meeting, see body_meetings)
            name = f"{inner} {kind.group(1)}"
            hit = mention_at(sent, offset, kind.end(1), "Summit", "generic-summit", 0.6, reference="this") \
                if _GENERIC_SUMMIT.fullmatch(name) else known_or_new(sent, offset, kind.end(1), kind_cls,
                                                                     "ko-quoted-kind", 0.7)
            out.append(replace(hit, text=name))     # (‘AI 행동’ 정상회의: a name the data knows)
            continue
        kind = _KIND_AFTER_QUOTE_EN.match(sent.text, m.end()) if sent.lang == "en" and not cls and inner else None
        kind_cls = heads()["en"].get(kind.group(1).capitalize()) if kind else None
        if kind_cls in _KINDS_AFTER_QUOTE and _title_cased(inner) and not lookup_normalised(inner):
            # the “Nordic–Baltic” summit: the name quoted, the kind of meeting or text after the quotes
            hit = known_or_new(sent, offset, kind.end(1), kind_cls, "en-quoted-kind", 0.7)
            out.append(replace(hit, text=f"{inner} {kind.group(1).capitalize()}"))
            continue
        kind = _KIND_BEFORE_QUOTE_KO.search(sent.text, 0, m.start()) if sent.lang == "ko" and not cls and inner \
            else None
        if kind and heads()["ko"].get(kind.group(1)) == "Summit" and not lookup_normalised(inner) and \
                _HELD_AFTER_QUOTE_KO.match(sent.text, m.end()):
            # 웨비나 ‘데이터 포 올’(Data for All)을 열었다: the kind of meeting before the quotes, its name in
            # them, and a verb that holds it after them
            hit = known_or_new(sent, kind.start(1), offset + len(inner), "Summit", "ko-kind-quoted", 0.7)
            out.append(replace(hit, text=f"{inner} {kind.group(1)}"))
            continue
        if cls and inner:
            out.append(_quoted(sent, offset, offset + len(inner), cls))
    return out


# a quote's closing "on the topic" (‘…’을 주제로, ‘…’이란 주제로, ‘…’라는 주제로, ‘…’ 주제로): a talk's title
_TOPIC_AFTER_QUOTE_KO = re.compile(r"\s*(?:(?:이)?라는|(?:이)?란|을|를)?\s*주제(?:로|를|는|의)")


# the word right before an opening quote (웨비나 ‘…’), and a held verb after the closing one
_KIND_BEFORE_QUOTE_KO = re.compile(r"(?:^|\s)([\uac00-\ud7a3]{2,5})\s?$")
_HELD_AFTER_QUOTE_KO = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:을|를)\s+(?:\S+\s+){0,2}?(?:열었|열고|열어|개최)")


# the word right after a closing quote, which may say what kind of meeting or text the quote names
_KIND_AFTER_QUOTE_EN = re.compile(r"\s([A-Za-z]{4,12})\b")
# a quote's closing (이)라고, (이)라며: what was said, reported
_SAID_AFTER_QUOTE_KO = re.compile(r"\s*(?:이)?라(?:고|며|면서)\s")

_ADOPTED_QUOTE_EN = re.compile(r"\b(?:adopted|adopt|adopts|endorsed|signed|launched|unveiled|issued|approved|"
                               r"entered\s+into)\s+"
                               r"(?:the\s+)?$")


def _title_cased(phrase: str) -> bool:
    """Two capitalised words and more, small words between, a subtitle after a colon: a title."""
    words = re.findall(r"[\w’'-]+", phrase)
    small = {"a", "an", "the", "of", "on", "for", "and", "in", "to", "at", "by", "with"}
    return sum(w[:1].isupper() for w in words) >= 2 and all(w[:1].isupper() or w in small or w[:1].isdigit()
                                                           for w in words)


_GENERIC_SUMMIT = re.compile(r"(?:AI|인공지능)\s*정상회의|(?:AI|Artificial Intelligence)\s+Summit")


def _quoted(sent: Sentence, s: int, e: int, cls: str) -> Mention:
    """A quoted name; ‘AI 정상회의’ is a kind of meeting, which points to the document's summit."""
    if cls == "Summit" and _GENERIC_SUMMIT.fullmatch(sent.text[s:e]):
        return mention_at(sent, s, e, "Summit", "generic-summit", 0.6, reference="this")
    return known_or_new(sent, s, e, cls, "quoted-name", 0.85)


def _english_name_shaped(phrase: str) -> bool:
    """Capitalised words (or small ones) up to the head word, and after it nothing or a complement
    (on …, for …): the shape of a name ("Seoul Declaration for safe, innovative and inclusive AI"),
    not of a quoted sentence that mentions one."""
    words = phrase.split()
    if words and words[0] in ("the", "a", "an"):
        return False        # “CAHAI” or “the Committee”: a short reference the text defines, no name
    table = heads()["en"]
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in table and words[i][0].isupper()), None)
    if k is None:
        return True
    before_ok = all(w[0].isupper() or w[0].isdigit() or w in SMALL_WORDS_EN or not w[0].isalpha() for w in words[:k])
    return before_ok and (k == len(words) - 1 or words[k + 1] in SMALL_WORDS_EN or words[k + 1].startswith("("))


# "holding", "hosting": 뉴욕 개최 UN 미래 정상회의 says where a meeting is held, not what it is called
_WHERE_HELD_KO = frozenset({"개최", "주최", "주관"})
# "related": AI 관련 자문기구 is an advisory body about AI, described, not named; so is a body
# "the largest", "the first" or "the only" of its kind (아시아 최대 데이터 연구소인 라티움랩); and a body
# "directly under" or "under" someone (대통령 직속 기구, 가나부 산하 기관): described by whom it serves
_RELATED_KO = frozenset({"관련", "최대", "최초", "유일", "유일한", "대표적", "직속", "산하"})


# a Korean administrative area: a city, district, county or province (서울시, 송파구, 가평군, 경기도)
_ADMIN_AREA_KO = re.compile(r"[\uac00-\ud7a3]{1,4}(?:특별시|광역시|시|구|군|도|읍|면|동)")


def _place_then_seo(w: Word) -> bool:
    """A place glued to 서, as headlines shorten 에서 (부산서 포럼 개최): Kiwi reads the 서 as a noun."""
    return len(w.core) >= 3 and w.core.endswith("서") and w.tags[-1:] == ("NNG",) and any(
        FAMILY.get(load_authority().get(i).cls) in ("Place", "Country") for i in lookup_normalised(w.core[:-1]))


def _numbered_run(sent: Sentence, words: list[Word], i: int) -> bool:
    """Whether an ordinal (제4차, 2회) comes right before the word or the few bare nouns that lead to it."""
    for k in range(i, max(-1, i - 3), -1):
        if k < i and (words[k].particle or words[k].punct):
            return False
        if _ORDINAL_KO.search(sent.text, max(0, words[k].start - 8), words[k].start):
            return True
    return False


def _country_word(sent: Sentence, w: Word, found: list[Mention]) -> bool:
    """Whether a word is a country's name, found as such (not part of a longer name)."""
    return any(m.cls == "Country" and m.start - sent.start == w.start and m.end - sent.start == w.core_end
               for m in found)


_EDITION_BEFORE_KO = re.compile(r"(?<![\w])(?:제\s*)?\d{1,2}\s*(?:차|회)\s+$")
_SUMMIT_WORDS_KO = ("정상회의", "정상 회의", "서밋", "정상회담")
# "annual", "regular": no name of a meeting by themselves (제4차 연례 총회 is a body's, whichever)
_REGULAR_KO = frozenset({"연례", "정기", "연차", "정례", "임시"})


# kinds of body, glossed by an acronym as names are (비정부기구(NGO)), but no one body
# heads that name a body only glued to its name (국립라티움박물관, 가나시립미술관), never as a word of their own
_GLUED_HEADS_KO = frozenset({"박물관", "미술관", "도서관"})
_KINDS_OF_BODY_KO = frozenset({"비정부기구", "국제기구", "정부간기구", "국제기관", "공공기관", "시민단체"})
# heads that name a body after a compound of common nouns, with how many nouns (the head's included)
_COMPOUND_HEADS_KO = {"위원회": 4, "협회": 3, "연합회": 3, "기술원": 3, "진흥원": 3}


def korean_head_names(sent: Sentence, words: list[Word], found: list[Mention] = ()) -> list[Mention]:
    """Proper-noun runs ending in a head word: AI 서울 정상회의, 서울선언, 슈미트재단."""
    out = []
    table = heads()["ko"]
    # (‘미국 신행정부의 대 중국 전략 변화’ 주제로: a talk's topic, whose words name no text)
    topics = [(q.start(), q.end()) for q in _QUOTES.finditer(sent.text) if _TOPIC_AFTER_QUOTE_KO.match(sent.text, q.end())]
    for i, w in enumerate(words):
        if w.punct:
            continue
        if any(a <= w.start < b for a, b in topics) and FAMILY.get(table.get(next(heads_ending(w.core, "ko"), ""))) == \
                "Initiative":
            continue
        head = next(heads_ending(w.core, "ko"), None)
        spaced = not head and i > 1 and not words[i - 1].particle and \
            ((words[i - 1].core, w.core) in _spaced_heads() or      # 디지털 장관 회의: a head of two words
             w.core == "회의" and _PORTFOLIO_KO.fullmatch(words[i - 1].core) is not None)    # 재무장관 회의
        if spaced:
            head = f"{words[i - 1].core} {w.core}"
        # a portfolio glued to its ministers' meeting (외교장관회의) is a head of its own that takes the
        # names before it, as 장관회의 alone does
        portfolio = not spaced and _portfolio_meeting(w, head)
        if portfolio and table.get(head) != "Summit" and i > 0 and any(
                h in words[i - 1].core for h, c in table.items() if c == "Summit" and len(h) > 1):
            continue            # GPAI 서밋서 장관선언문: the meeting (에서) before the ministers' text is no part of its name
        # the hall of a summit, where a photo is taken (… 정상회의장에서 기념촬영을 하고 있다): the summit
        venue = not head and w.core.endswith(_SUMMIT_HALL_KO) and w.particle.startswith("에서")
        if venue:
            head = w.core[:-1] if w.core == _SUMMIT_HALL_KO else _SUMMIT_HALL_KO[:-1]
        end = w.core_end - 1 if venue else w.core_end
        glossed = _acronym_glossed(words, i) or bool(head) and _name_glossed(sent, words, i)
        if not head and glossed and len(w.core) > 2 and w.core.endswith("회의"):
            head = "회의"        # 국제라티움통신세계회의(WCRT-12): a meeting, named by the acronym after it
        if not head or w.core in _KINDS_OF_BODY_KO:
            continue
        if w.core == head and head in _GLUED_HEADS_KO:
            continue            # 스마트 박물관, 김철수 도서관 위원장: a kind of place, or a field; a museum's name is one word
        if any(w.core[-n:] in titles() for n in range(len(head) + 1, len(w.core) + 1)):
            continue            # AI선임연구원을 지냈다: a post (선임연구원, senior researcher) ends the word, no body's head
        cls = table.get(head, "Summit")
        if head == "학회" and re.search(r"(?:제\s*)?\d{1,3}\s*회\s", sent.text[max(0, w.start - 60):w.start]):
            cls = "Summit"      # 제1회 … 학회: a learned society's numbered conference, a meeting
        j = i - 1 if spaced else i
        # only a head that stands as its own word takes the proper nouns before it (AI 서울 정상회의);
        # a glued head names what it is glued to (서울선언, 슈미트재단), unless a number before the name
        # makes it one meeting of a series (제4차 한-라티움 데이터안보대화), whose name the words before it are
        numbered = w.core != head and not spaced and not portfolio and cls in ("Dialogue", "Summit") and \
            _numbered_run(sent, words, i)
        taken, gloss_at = 0, None
        while (w.core == head or spaced or portfolio or numbered or venue and w.core == _SUMMIT_HALL_KO) and j > 0 \
                and taken < 4:
            if words[j - 1].text == ")" and taken:
                break           # a gloss inside the name, not right before the head: leave it
            if words[j - 1].text == ")":
                # 주요 7개국(G7) 정상회의: the bracketed gloss of the words before it is part of the name
                opening = next((x for x in range(j - 2, max(0, j - 6), -1) if words[x].text == "("), None)
                if opening is None or opening == j - 2 or any(words[x].punct or not any(
                        t in ("SL", "SN", "SH") for t in words[x].tags) for x in range(opening + 1, j - 1)):
                    break
                before = words[opening - 1]
                if before.punct or before.particle or not all(t in ("NNP", "SL", "SN", "NNG", "SH", "NNB")
                                                              for t in before.tags):
                    break
                j = gloss_at = opening - 1
                taken += 1
                continue
            if taken and j >= 2 and words[j - 1].text in ("·", "-") and not words[j - 2].particle and \
                    (words[j - 2].tags == ("NNP",) and len(words[j - 2].core) <= 3 or
                     words[j - 1].text == "·" and words[j - 2].tags == words[j].tags == ("NNG",) and
                     len(words[j - 2].core) <= 4) and \
                    words[j - 2].end == words[j - 1].start and words[j - 1].end == words[j].start:
                # 한·일 정상회담, 한-아세안 장관회의, 아시아·태평양 장관회의: short names joined by a dot or hyphen;
                # G7 교통·물류 담당 각료 회의: the fields of a ministers' meeting, joined by a dot
                j -= 2
                taken += 1
                continue
            if taken and j >= 2 and words[j - 1].core == "및" and not words[j - 2].particle and \
                    set(words[j - 2].tags) <= {"NNP", "NNG", "SL"} and not next(heads_ending(words[j - 2].core, "ko"), None):
                j -= 2          # 가나 기술 및 디지털 장관 회의: the fields a meeting's name lists
                taken += 1
                continue
            if words[j - 1].punct or words[j - 1].particle or words[j - 1].core in _WHERE_HELD_KO or \
                    words[j - 1].core in _RELATED_KO or words[j - 1].core.endswith("관련") or \
                    not all(t in ("NNP", "SL", "SN", "NNG", "SH") for t in words[j - 1].tags):
                break           # (nor where it is held: 뉴욕 개최 UN 미래 정상회의)
            if j < i and any(m.cls == "Country" and m.start - sent.start == words[j].start for m in found):
                break           # 안나 로페스 독일 라티움 연구회: a body's name starts at its country
            if _place_then_seo(words[j - 1]):
                break           # (headline) 2030년 가나시티서 포럼 개최: where (서, a headline's 에서), not the name
            j -= 1
            taken += 1
        if j == i and i >= 2 and words[i - 1].text in ("·", "-") and words[i - 2].tags == ("NNP",) and \
                len(words[i - 2].core) <= 2 and not words[i - 2].particle and w.tags[0] in ("NNP", "SL"):
            j = i - 2           # 한-아프리카디지털장관회의: the short name joined to a glued name by a hyphen
        if j == i and FAMILY.get(cls) == "Organisation":
            while j >= 2 and words[j - 1].text == "·" and not words[j - 2].particle and not words[j - 2].punct \
                    and words[j - 2].end == words[j - 1].start and words[j - 1].end == words[j].start and \
                    not (re.fullmatch(r"[A-Z]{2,}", words[j - 2].core) and len(words[j - 2].core) >= 3) and \
                    not _ADMIN_AREA_KO.fullmatch(words[j - 2].core) and \
                    FAMILY.get(head_class(words[j - 2].core, "ko")) != "Organisation" and \
                    not any(m.start - sent.start == words[j - 2].start and m.end - sent.start == words[j - 2].core_end
                            for m in found):
                j -= 2          # 가나AI·SW협회: a body's name with a dot inside, glued on both sides
                #                 (not after another body's acronym: 투자기업 LTX·가나부와 면담, two bodies; nor
                #                 after a city or a name found already: 가나시·라티움연구원과, a city and a body;
                #                 nor after a word with a body's head of its own: 가나진흥공사·라티움협회, a list)
        if w.core == head and head in ("협의회", "위원회") and j < i and \
                not any("NNP" in words[x].tags for x in range(j, i)):
            # 제7차 디지털금융 협의회에서: a council's numbered session, named by common nouns
            edition = _EDITION_BEFORE_KO.search(sent.text, 0, words[j].start)
            if edition:
                out.append(known_or_new(sent, edition.start(), w.core_end, "Summit", "ko-numbered-meeting", 0.6))
                continue
        nxt = i + 1
        if nxt < len(words) and words[nxt].text == "(" and not w.particle:
            # (past a gloss: 김철수 가나 정상회의(이사회) 상임의장)
            nxt = next((x + 1 for x in range(nxt + 1, min(nxt + 5, len(words))) if words[x].text == ")"), nxt)
        # (or a foreign name Kiwi reads as one proper noun with its space: 안나 로페스)
        if j < i and (korean_name_shaped(words[j]) or " " in words[j].core and words[j].tags == ("NNP",)) and \
                not w.particle and nxt < len(words) and titles().get(words[nxt].core):
            j += 1              # 김철수 국가인공지능위원회 부위원장: the person before the body, not its name
        # a name starts at a proper noun or Latin word: drop leading common nouns
        if gloss_at is not None:
            # the words a gloss spells out are the name's, whatever their tags (주요 7개국(G7))
            known = next((m.start - sent.start for m in found if m.end - sent.start == words[gloss_at].core_end), None)
            start = next((x for x in range(j, gloss_at + 1) if words[x].start == known), None)
            if start is not None:
                j = start       # a known name the gloss spells out (주요 7개국 = G7)
            while start is None and j < gloss_at and not any(t in ("NNP", "SL", "SH") for t in words[j].tags):
                j += 1          # else common nouns before it are not the name's (차기 인공지능(AI) 정상회의)
        edition = _EDITION_BEFORE_KO.search(sent.text, 0, words[j].start) \
            if cls == "Summit" and j < i and head not in _SUMMIT_WORDS_KO and gloss_at is None and not glossed else None
        if edition and not any(t in ("NNP", "SL", "SH") for x in words[j:i + 1] for t in x.tags) and \
                not all(x.core in _REGULAR_KO for x in words[j:i]):
            # 제1차 디지털 협력 포럼을 개최했다: one meeting of a series, its number before common nouns
            out.append(known_or_new(sent, edition.start(), end, cls, "ko-numbered-meeting", 0.6))
            continue
        # (unless an acronym glosses the whole name: 글로벌 AI 서밋(GLAI))
        while gloss_at is None and j < i and not glossed and not any(t in ("NNP", "SL", "SH") for t in words[j].tags):
            j += 1
        if cls in ("Company", "ResearchOrganisation", "NonProfitOrganisation") and j < i and not words[j].particle and \
                any(m.cls == "Country" and m.start - sent.start == words[j].start and
                    m.end - sent.start == words[j].core_end for m in found):
            j += 1              # 인도 라티움 그룹: a company's or institute's country is no part of its name
        while cls == "Venue" and j < i and not words[j].particle and (_ADMIN_AREA_KO.fullmatch(words[j].core) or any(
                m.cls in ("City", "Place", "Country") and m.start - sent.start == words[j].start for m in found)):
            j += 1              # 서울시 송파구 가나 호텔: the city and district where the venue is, not its name
        if head == "총회" and j < i and any(m.authority_ids and FAMILY.get(m.cls) == "Organisation" and
                                           m.start - sent.start == words[j].start and m.end - sent.start >= words[i - 1].start
                                           for m in found):
            continue            # 유엔 총회: a known body's assembly is its organ, which the data names
        prefix = w.core[: len(w.core) - len(head) - venue]
        # after a country, a compound of several nouns and …부 is its ministry (싱가포르 정보통신부,
        # 라티움 과학혁신기술부), whatever Kiwi's tags; "…부" alone is too often a plain noun (지도부, 동남부)
        # (not …정부, a government: 한국 디지털정부 is a kind of government, no ministry)
        ministry = j == i and cls == "GovernmentBody" and len(head) == 1 and len(w.core) >= 4 and i > 0 and \
            not words[i - 1].particle and _country_word(sent, words[i - 1], found) and not w.core.endswith("정부")
        # a committee named by a compound of three common nouns and more (디지털플랫폼정부위원회) is a body;
        # one or two (운영위원회, 정책자문위원회) are as often a committee of anything
        # (not ending in a name the data knows: 총회국제전기기술위원회 is two names run together)
        # (an association or institute named so: 가나정보산업협회; 가나협회 or 관련협회 is any)
        compound = head in _COMPOUND_HEADS_KO and len(prefix) >= 5 and \
            w.tags.count("NNG") >= _COMPOUND_HEADS_KO[head] and \
            not any(lookup_normalised(w.core[k:]) for k in range(1, len(prefix)))
        # a public body glued to its founder (국립중앙박물관, 시립미술관): 국립, 시립, 도립 name an institution, however
        # Kiwi tags the words after them
        public = j == i and FAMILY.get(cls) == "Organisation" and len(prefix) >= 3 and prefix.startswith(_PUBLIC_KO)
        if j == i and not numbered and not ministry and not compound and not public and \
                not (prefix and ("NNP" in w.tags or "SL" in w.tags) and w.tags[0] in ("NNP", "SL")) and \
                not (glossed and prefix and len(head) > 1 and not w.particle and cls != "Platform"):
            # (a glossed …센터 is as often a body as a platform: 국립과학연구센터(CNRS))
            continue
        if j == i and not lookup_normalised(w.core) and any(
                FAMILY.get(load_authority().get(x).cls) == "Organisation"
                for k in range(2, len(w.core) - 2) for x in lookup_normalised(w.core[k:])):
            continue            # 가나협력체국제통화기금: a body the data knows at the end of the word, two names run together
        if len(head) == 1 and j == i and not ministry:
            continue            # "…부" alone is too often a plain noun
        stem = re.sub(r"\s*\([^()]*\)", "", sent.text[words[j].start:end - len(head)])   # 인공지능(AI): one word
        country_first = any(m.cls == "Country" and m.start - sent.start == words[j].start for m in found)
        if re.fullmatch(r"(?:\S+\s+)?(?:AI|인공지능)\s*", stem) and (country_first or stem.strip() in ("AI", "인공지능")):
            # "AI 정상회의", "영국 AI 정상회의": a kind of meeting, not a name; for a summit it
            # points to the summit the document is about
            edition = _EDITION_BEFORE_KO.search(sent.text, 0, words[j].start)
            if edition and cls == "Summit" and head not in _SUMMIT_WORDS_KO:
                # 제4차 AI 정책협의회: one meeting of a series of talks, which its number names
                out.append(known_or_new(sent, edition.start(), end, cls, "ko-numbered-meeting", 0.6))
                continue
            if cls == "Summit":
                out.append(mention_at(sent, words[j].start, end, "Summit", "generic-summit", 0.6,
                                    reference="this"))
            continue
        if cls == "Summit" and _BODY_GLOSS_KO.match(sent.text, end):
            continue            # 가나 정상회의(이사회) 상임의장: the gloss says it is the council, a body
        if FAMILY.get(cls) == "Initiative" and country_first and j + 1 < i and words[j + 1].core in ("시장", "방문", "진출"):
            continue            # 라티움 시장 진출 계획, 한국 방문 약속: a plan for the country's market, a promise to visit it,
            #                     no text of the country's
        if re.search(r"[A-Za-z0-9]&$", sent.text[:words[j].start]):
            continue            # 글로벌R&D센터: the tail of a word Kiwi cut at "&", no name
        edition = _EDITION_BEFORE_KO.search(sent.text, 0, words[j].start) if FAMILY.get(cls) == "Organisation" else None
        if edition and _NUMBERED_COMMITTEE_KO.fullmatch(sent.text[edition.start():end]):
            out.append(known_or_new(sent, edition.start(), end, "Summit", "ko-numbered-meeting", 0.6))
            continue            # 제5차 한-라티움 비전 위원회를 개최했다: the committee's fifth session
        form = LEGAL_FORM_KO.match(sent.text, words[j].start)     # (사)가나협회: Kiwi keeps the form on the word
        if sent.text[form.end() if form else words[j].start:end] in stop_words():
            continue            # 보이그룹: a common word that ends in a head word, no name
        out.append(known_or_new(sent, form.end() if form else words[j].start, end, cls, "ko-head-name", 0.7))
    return out

# a committee or council named with the number of its session (제5차 …위원회, 3차 …협의회), or a society's
# numbered conference (제1회 …학회): one meeting of it
_NUMBERED_COMMITTEE_KO = re.compile(r"(?:제\s*)?\d{1,2}\s*(?:차|회)\s+.*(?:위원회|협의회|학회)")


_SUMMIT_HALL_KO = "정상회의장"
# founded by the state, a city, a province or a district (국립, 시립, 도립, 구립, 군립)
_PUBLIC_KO = ("국립", "시립", "도립", "구립", "군립")
_BODY_GLOSS_KO = re.compile(r"\([\uac00-\ud7a3\s]{0,8}(?:이사회|위원회|기구)\)")


# kinds of document, not names: 업무협약(MOU) is any memorandum
DOCUMENT_KINDS = frozenset({"MOU", "MOA", "MOC", "LOI"})


def _acronym_glossed(words: list[Word], i: int) -> bool:
    """Whether a Latin acronym in brackets follows the word (국제라티움통신규칙(LTRs), …세계회의(WCRT-12)):
    a compound of common nouns glossed so is a proper name, whatever Kiwi tags its parts."""
    inside = "".join(w.text for w in words[i + 2:i + 6])
    acronym = re.match(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:-\d+)?\)", inside)
    return i + 2 < len(words) and words[i + 1].text == "(" and acronym is not None and \
        acronym.group(1) not in DOCUMENT_KINDS and acronym.group(1) not in GENERIC_ACRONYMS


def _name_glossed(sent: Sentence, words: list[Word], i: int) -> bool:
    """Whether an English name of the same kind follows the word in brackets (… 역량 강화 워크숍(Workshop
    on AI Capacity Building)): common nouns so glossed are a proper name, as with an acronym."""
    if i + 2 >= len(words) or words[i + 1].text != "(" or words[i].particle:
        return False
    close = sent.text.find(")", words[i + 1].end)
    inner = sent.text[words[i + 1].end:close] if close > 0 else ""
    inner = re.sub(r",\s*[A-Z][A-Za-z&]{1,9}$", "", inner)    # (Data Trust Organisation, DTO): and its acronym
    mine = heads()["ko"].get(next(heads_ending(words[i].core, "ko"), ""))
    return bool(re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,8}", inner)) and _title_cased(inner) and \
        mine is not None and head_class(inner, "en") == mine


def _without_gloss(text: str) -> str:
    """The text without a bracketed gloss at its end: 인공지능에 관한 글로벌 파트너십(GPAI) → …파트너십."""
    return re.sub(r"\s*\([^()]{1,20}\)$", "", text)


_NUMBERED_QUOTE = re.compile(r"(?:제\s*\d+\s*차|\d+\s*차|첫)\s*[‘'“\"「『]([^’'”\"」』]{2,40})[’'”\"」』]$")


@functools.cache
def _spaced_heads() -> dict[tuple[str, ...], str]:
    """Korean heads written as two words (각료 이사회), by their words."""
    return {tuple(h.split()): c for h, c in heads()["ko"].items() if " " in h}


# a minister by portfolio, written as one word before 회의 (외교장관 회의, 재무장관 회의)
_PORTFOLIO_KO = re.compile(r"[\uac00-\ud7a3]{1,4}장관(?:급)?")


def _portfolio_meeting(w: Word, head: str | None) -> bool:
    """A ministers' meeting with the portfolio glued before it (외교장관회의, 재무장관급회의), or the
    ministers' or leaders' text (장관선언문): a head word, though not written alone, that the body or
    names before it name."""
    if head is not None and head != w.core and w.core[:-len(head)] in _GLUED_SIGNERS_KO and \
            heads()["ko"].get(head) in ("Declaration", "Statement"):
        return True             # G20 디지털경제 장관선언문, 정상선언: the ministers' or leaders' own text
    return head is not None and head != w.core and head.startswith("장관") and "NNP" not in w.tags and \
        re.fullmatch(r"[\uac00-\ud7a3]{1,6}", w.core[:-len(head)]) is not None     # (디지털경제장관회의)


# who a declaration glued to them is by (장관선언문, 정상선언, 각료성명)
_GLUED_SIGNERS_KO = frozenset({"장관", "각료", "정상", "장관급", "정상급", "장관회의", "정상회의"})


_NAME_TAGS_KO = ("NNP", "NNG", "SL", "SH")
_JOINER = re.compile(r"[-–·]")
_LEGAL_FORM_CLASS_KO = {"주": "Company", "유": "Company", "재": "NonProfitOrganisation", "사": "NonProfitOrganisation"}


def legal_form_bodies(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """The word a legal form is glued to is a body's name, whatever its tags (이랑혁 ㈜구루미 대표: 구루미
    is the company, not the person)."""
    out = []
    for lf in LEGAL_FORM_KO.finditer(sent.text):
        cls = _LEGAL_FORM_CLASS_KO[lf.group(1) or "주"]
        inside = next((x for x in words if x.start <= lf.start() and lf.end() <= x.core_end), None)
        if inside is not None and inside.start == lf.start() and lf.end() < inside.core_end:
            span = (lf.end(), inside.core_end)          # Kiwi keeps (사) on the word: (사)가나협회
        elif inside is not None and inside.core_end == lf.end() and inside.start < lf.start():
            span = (inside.start, lf.start())           # 가나개발(주)
        else:                                           # ㈜ a word of its own, before or after the name
            w = next((x for x in words if x.start == lf.end() and x.tags[0] in _NAME_TAGS_KO), None) or \
                next((x for x in words if x.core_end == lf.start() and x.tags[0] in _NAME_TAGS_KO), None)
            span = (w.start, w.core_end) if w is not None else None
        # (a country or city that starts the name is inside it: (사)한국가나협회)
        if span is None or any(
                m.start - sent.start < span[1] and span[0] < m.end - sent.start and not (
                    m.cls in ("Country", "City") and m.start - sent.start == span[0] and m.end - sent.start < span[1])
                for m in found):
            continue
        # (one party of a row joined by hyphens or dots: 가나도-라마군-가나개발㈜와)
        joined = [x.end() for x in _JOINER.finditer(sent.text, span[0], span[1])] \
            if span[1] == lf.start() else [x.start() for x in _JOINER.finditer(sent.text, span[0], span[1])]
        if joined:
            span = (joined[-1], span[1]) if span[1] == lf.start() else (span[0], joined[0])
        name = sent.text[span[0]:span[1]]
        if not re.search(r"[\uac00-\ud7a3A-Za-z]", name):
            continue
        out.append(known_or_new(sent, span[0], span[1], head_class(name, "ko") or cls, "ko-legal-form", 0.7))
    for code in _STOCK_CODE_KO.finditer(sent.text):
        # 가나소프트[012345]: a listed company, named with its code on the Korea Exchange
        w = next((x for x in words if x.core_end == code.start() and x.tags[0] in _NAME_TAGS_KO), None)
        if w is not None and not any(m.start - sent.start < w.core_end and w.start < m.end - sent.start
                                     for m in found + out):
            out.append(known_or_new(sent, w.start, w.core_end, "Company", "ko-stock-code", 0.8))
    return out


_STOCK_CODE_KO = re.compile(r"\[\d{6}\]")


def body_meetings(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """A meeting named by the body that holds it, quoted or not: ‘…파트너십(GPAI)’ 각료이사회."""
    table = heads()["ko"]
    ends = {m.end - sent.start: m for m in found if m.authority_ids and FAMILY.get(m.cls) not in ("Person", "Place")
            and m.cls not in ("Summit", "Country")}
    spaced = _spaced_heads()
    out = []
    for i, w in enumerate(words):
        # a plain meeting or event, only when a known body names it (… 네트워크 첫 회의, ‘… 네트워크’ 행사)
        two = i > 0 and not words[i - 1].particle and (spaced.get((words[i - 1].core, w.core)) == "Summit" or
                                                        w.core == "회의" and _PORTFOLIO_KO.fullmatch(words[i - 1].core))
        plain = w.core in ("회의", "행사") and not two
        glued = not plain and not two and _portfolio_meeting(w, next(heads_ending(w.core, "ko"), None))
        if not plain and not two and not glued and (w.core not in table or table[w.core] != "Summit"):
            continue            # (glued: 외교장관회의, a portfolio's meeting, named by its body before it)
        before = sent.text[:words[i - 1].start if two else w.start].rstrip()
        if plain:
            before = re.sub(r"\s*(?:첫|제?\d+\s*차)$", "", before)
        before = before[:-1] if before.endswith(("’", "'", "”", '"')) else before
        if not plain:           # 가나연합(GU) 연례 각료이사회: how often it meets, between body and head
            before = re.sub(r"\s+(?:연례|정기|연차)$", "", before)
        body = ends.get(len(before)) or ends.get(len(_without_gloss(before)))
        numbered = _NUMBERED_QUOTE.search(sent.text[:w.start].rstrip()) if w.core == "회의" else None
        if body is None and numbered:
            # 제1차 「라티움 AI 워킹그룹」 회의: the numbered meeting of a body the data does not know
            hit = mention_at(sent, numbered.start(1), w.core_end, "Summit", "ko-numbered-meeting", 0.6)
            out.append(replace(hit, text=f"{numbered.group(1)} {w.core}"))
            continue
        if body is None and plain and w.core == "회의":
            # GSG 회의: an acronym the data does not know names its meeting (not "AI 회의", a kind of meeting)
            acronym = re.search(r"(?<![\w(])([A-Z][A-Z0-9]{1,7})$", before)
            if acronym and acronym.group(1) not in GENERIC_ACRONYMS:
                out.append(mention_at(sent, acronym.start(1), w.core_end, "Summit", "ko-acronym-meeting", 0.6))
            continue
        if body is None and plain:
            continue
        if body is None:
            # APEC(…) 디지털·인공지능(AI) 장관회의: a topic (glued by ·, glossed) between body and head
            rest = _without_gloss(before)
            topic = re.search(r"\s+[\uac00-\ud7a3A-Za-z]+(?:·[\uac00-\ud7a3A-Za-z]+)*(?:\s*\([A-Za-z]{1,8}\))?$", rest)
            if topic and "·" in topic.group(0):
                core = rest[:topic.start()]
                body = ends.get(len(core)) or ends.get(len(_without_gloss(core)))
        if body is not None and not _BODY_GLOSS_KO.match(sent.text, w.core_end):
            m = mention_at(sent, body.start - sent.start, w.core_end, "Summit", "ko-body-meeting", 0.7)
            text = f"{body.text} {w.core}" if plain else re.sub(r"[’'”\"]\s*", " ", m.text)
            out.append(replace(m, text=text))
    return out


# the kinds of meeting a body names in lower case: "the G7 summit", "the OECD ministerial meeting"
# (also the body's organ, capitalised, before a lower-case "meeting": "the GCC Data Policy Committee meeting")
_EN_BODY_MEETING = re.compile(r"\s+((?:leaders['’]\s+)?summit|ministerial(?:\s+(?:meeting|council))?|ministers['’]\s+meeting|"
                              r"(?:(?:[A-Z]|[a-z][A-Z])[\w-]*\s+){1,4}meeting)\b")


# a body's numbered meeting, after its possessive: "… Union's (LPU) 149th Assembly"
_EN_BODYS_NTH_MEETING = re.compile(r"['’]s\s+(?:\(([A-Z][A-Za-z]{1,8})\)\s+)?(\d{1,3}(?:st|nd|rd|th))\s+"
                                   r"(Assembly|Summit|Conference|Forum|Session|Ministerial(?:\s+Meeting)?|Meeting)\b")
# "the first meeting of the …", "the inaugural convening of the …": a body's meeting by its kind alone
_EN_MEETING_OF = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|inaugural|annual|\d+(?:st|nd|rd|th))\s+)?"
                            r"(?:ministerial\s+|leaders['’]?\s+)?"
                            r"(?:meeting|convening|plenary(?:\s+meeting)?)\s+of\s+(?:the\s+)?$", re.I)


def english_body_meetings(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """A meeting named in lower case by the body that holds it (the G7 summit, the G20 ministerial
    meeting), as Korean names it (G7 정상회의); capitalised, the head-word rule finds it.  A
    meeting named by its kind alone (the first meeting of the International Network of AI Safety
    Institutes) is the body's meeting, as 네트워크 첫 회의 is in Korean: named by the whole phrase,
    it spans only the words before the body, which keeps its own mention."""
    out = []
    for m in found:
        if m.cls in ("Summit", "Country") or FAMILY.get(m.cls) in ("Person", "Place"):
            continue
        # a body the data knows; for "the … meeting of the", also one the head-word rule found
        # ("the second ministerial meeting of the Ostrava-Lima Digital Council")
        before = _EN_MEETING_OF.search(sent.text, 0, m.start - sent.start) \
            if m.authority_ids or m.method == "en-head-name" else None
        if not m.authority_ids and before is None:
            continue
        if before:
            words = before.group(0).split()
            kind = next(w for w in words if w.lower() in ("meeting", "convening", "plenary"))
            end = before.start() + before.group(0).index(kind) + len(kind)
            hit = mention_at(sent, before.start(), end, "Summit", "en-body-meeting", 0.6)
            # "A meeting of the OECD Council at Ministerial Level": the body's organ, named after it
            tail = _CAPITALISED_TAIL.match(sent.text, m.end - sent.start)
            out.append(replace(hit, text=sent.text[before.start():tail.end() if tail else m.end - sent.start]))
            continue
        if FAMILY.get(m.cls) != "Organisation":
            continue
        owned = _EN_BODYS_NTH_MEETING.match(sent.text, m.end - sent.start)
        if owned:
            # "the Latium Parliamentary Union's (LPU) 149th Assembly": the body's numbered meeting, named
            # as the press names it (149th LPU Assembly), by the body's short name when it gives one
            hit = mention_at(sent, m.start - sent.start, owned.end(), "Summit", "en-body-meeting", 0.7)
            body = owned.group(1) or m.text
            out.append(replace(hit, text=f"{owned.group(2)} {body} {owned.group(3)}"))
            continue
        head = _EN_BODY_MEETING.match(sent.text, m.end - sent.start)
        if head:
            hit = mention_at(sent, m.start - sent.start, head.end(1), "Summit", "en-body-meeting", 0.7)
            out.append(replace(hit, text=f"{m.text} {head.group(1)}"))
    return out


# (a hyphen goes on with the name: "the EU-US Ostrava Technology Council", after the known EU;
# a day or a month does not: "the meeting of the Telecommunications Council on Tuesday")
_TIME_WORD_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" \
                r"July|August|September|October|November|December)\b"
_CAPITALISED_TAIL = re.compile(rf"(?:-[A-Z][\w-]*|\s+(?:(?:at|of|on|for|and|the)\s+)*(?!{_TIME_WORD_EN})[A-Z][\w-]*)+")


# "the Responsible AI in the Military Domain conference": a capitalised name before a lower-case
# head; each word capitalised whole (not "UK-hosted"), two or more of them
_EN_WORD = r"[A-Z][A-Za-z0-9&’'.]*(?:-[A-Z][A-Za-z0-9]*)*"
_EN_NAMED_MEETING = re.compile(rf"\b[Tt]he\s+({_EN_WORD}(?:\s+(?:(?:of|on|for|and|the|in|to)\s+)*{_EN_WORD})+)"
                               r"\s+(conference|summit|forum|symposium|roundtable)\b")
# "the REAIM summit": one acronym of its own before the lower-case head
_EN_ACRONYM_MEETING = re.compile(r"\b[Tt]he\s+([A-Z][A-Z0-9-]{2,})\s+(conference|summit|forum|symposium)\b")
# "AI Ethics for Peace, the historic multi-religious event held in Hiroshima": a capitalised name, then in
# apposition what kind of meeting it is, said in lower case and followed by what a meeting's description says
_EN_NAME_THEN_EVENT = re.compile(rf"({_EN_WORD}(?:\s+(?:(?:of|on|for|and|the|in|to)\s+)*{_EN_WORD})+),\s+"
                                 r"(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,4}?"
                                 r"(?:event|gathering|meeting|conference|summit|forum|symposium)"
                                 r"(?=\s+(?:held|hosted|organi[sz]ed|convened|taking\s+place|that|which|in|on|at)\b|[,.;])")
# "the" inside a longer name: after a capitalised word or an ordinal, and maybe a connector
_INSIDE_NAME = re.compile(rf"(?:\b{_EN_WORD}|\b\d+(?:st|nd|rd|th))\s+(?:(?:of|on|for|and|in|to)\s+)?$")


def english_named_meetings(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """A meeting named by capitalised words before a lower-case head ("the Responsible AI in the
    Military Domain conference"), as the press writes a long name it does not treat as a title.
    Not when the words are one name already found (the G7 summit is a body's meeting, the Paris
    summit a place's) or end in a head of their own (the AI Safety Summit)."""
    if headline(sent.text):
        return []
    out = []
    hits = sorted(chain(_EN_NAMED_MEETING.finditer(sent.text), _EN_ACRONYM_MEETING.finditer(sent.text)),
                  key=lambda m: m.start())
    for m in hits:
        run, s, e = m.group(1), m.start(1), m.end(2)
        if _INSIDE_NAME.search(sent.text, 0, m.start()):
            continue            # "the 2nd Responsible AI in the Military Domain conference": not from "the Military"
        if " " in run and sum(w[0].isupper() for w in run.split()) < 2 or head_class(run, "en"):
            continue
        if " " not in run and (sum(c.isupper() for c in run) < 3 or run in GENERIC_ACRONYMS):
            continue            # "the REAIM summit": an acronym of three capitals or more, and no generic one
        if any(x.start - sent.start <= s and e <= x.end - sent.start for x in found) or \
                any(x.start - sent.start == s and x.end - sent.start == m.end(1) for x in found):
            continue
        out.append(known_or_new(sent, s, e, "Summit", "en-named-meeting", 0.6))
    for m in _EN_NAME_THEN_EVENT.finditer(sent.text):
        s, e = m.span(1)
        if any(x.start - sent.start < e and s < x.end - sent.start for x in found + out) or head_class(m.group(1), "en"):
            continue            # a name already read (a body, a person, a place), or one with a head of its own
        out.append(known_or_new(sent, s, e, "Summit", "en-named-meeting", 0.6))
    return out


# "the Nairobi declaration": a text named by the city it was agreed in, its head in lower case
_PLACE_TEXT_EN = re.compile(r"\s+(declaration|statement|communiqu[eé]|accord|charter)\b")


# "adopted a Declaration of cooperation on artificial intelligence (AI)": a text named in sentence case,
# its head capitalised, what it is of or on in lower case, up to a bracket or the clause's end
_SENTENCE_CASE_EN = re.compile(r"\b(?:a|an|the)\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][a-z]+\s+(?:of|on|for)\s+"
                               r"[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|AI))*?)(?=\s*\(|[,.;:]|\s+(?:by|at|in|with|and)\s|$)")


def english_sentence_case_names(sent: Sentence, found: list[Mention]) -> list[Mention]:
    taken = [(m.start - sent.start, m.end - sent.start) for m in found]
    out = []
    for hit in _SENTENCE_CASE_EN.finditer(sent.text):
        s, e = hit.span(1)
        words = hit.group(1).split()
        head = next((w for w in words if w[0].isupper() and heads()["en"].get(w)), None)
        cls = heads()["en"].get(head) if head else None
        if cls is None or FAMILY.get(cls) != "Initiative" or any(a < e and s < b for a, b in taken):
            continue
        if len(words) > 9:
            continue
        out.append(known_or_new(sent, s, e, cls, "en-sentence-case-name", 0.6))
    return out


# a resolution by its number, as the UN writes it: Resolution 78/241, resolution A/RES/79/1
_NUMBERED_RESOLUTION_EN = re.compile(r"\b[Rr]esolution\s+(?:A/RES/)?\d{1,3}/\d{1,4}\b")


def english_numbered_resolutions(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """"The General Assembly adopted Resolution 78/241": the number names the text."""
    taken = [(m.start - sent.start, m.end - sent.start) for m in found]
    return [replace(known_or_new(sent, m.start(), m.end(), "Resolution", "en-numbered-resolution", 0.7),
                    text=m.group(0)[0].upper() + m.group(0)[1:])
            for m in _NUMBERED_RESOLUTION_EN.finditer(sent.text) if not any(a < m.end() and m.start() < b for a, b in taken)]


def english_place_texts(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """A declaration named by its city before a lower-case head ("the Nairobi declaration"): the
    Nairobi Declaration, as the head-word rule names it when capitalised."""
    out = []
    for m in found:
        if m.cls not in ("City", "Venue") or not sent.text.startswith("the ", max(0, m.start - sent.start - 4)):
            continue
        head = _PLACE_TEXT_EN.match(sent.text, m.end - sent.start)
        cls = head_class(head.group(1).capitalize(), "en") if head else None
        if cls:
            hit = known_or_new(sent, m.start - sent.start, head.end(1), cls, "en-place-text", 0.6)
            out.append(replace(hit, text=f"{m.text} {head.group(1).capitalize()}"))
    return out


_EN_CAP = r"(?:[A-Z][\w'’.-]*|\([A-Z][A-Za-z]{1,6}\))"   # (AI) in "Artificial Intelligence (AI) Action Summit"
_EN_CONN = r"(?:of|on|for|and|the|in|to|&|de|du|bin|bint|ibn)"   # (bin: "Mohamed bin Zayed University of …")


@functools.cache
def _english_head_pattern() -> re.Pattern:
    head_alt = alternation(heads()["en"])
    return re.compile(
        # (a comma inside a name that lists its fields: "G7 Industry, Digital and Technology Ministers' Meeting")
        # (not a head with a capitalised noun after it, which goes on with the name: "Ministerial Committee")
        # (and the edition's year right after the head: "Andes Digital Forum 2031")
        rf"\b((?:{_EN_CAP}(?:,(?=\s+(?:{_EN_CAP}\s+){{1,2}}and\s+{_EN_CAP}))?\s+(?:{_EN_CONN}\s+)*)*(?:{head_alt})\b"
        r"(?:\s+(?:19|20)\d\d\b(?![-–/]))?"
        r"(?!\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|For|Of|The|And)\b)"
        # (a post's first word ends the name: "the Ostrava Data Agency President Jane Roe")
        r"(?!(?:President|Vice|Deputy|Director|Chair|Chairman|Chairwoman|Chairperson|Minister|Secretary|Governor|"
        r"Commissioner|Chief|Administrator|Ambassador|Envoy|Founder|Mayor|Premier|Speaker|Spokesperson|Spokesman|"
        r"Spokeswoman|Undersecretary)\b)[A-Z][a-z]+\b)"
        # (and a list in it: "… Charter on Open, Fair, and Accountable Data"; "… of Information, Communications,
        # and the Digital Economy")
        rf"(?:\s+(?:on|for|of|in)\s+(?:the\s+)?{_EN_CAP}"
        # (not "…, and the National Institute of …": a second name, with a head word of its own)
        rf"(?:(?:,(?=\s+(?:{_EN_CAP},?\s+){{0,3}}(?:and|&)\s+(?:the\s+(?!(?:{_EN_CAP}\s+){{0,3}}(?:{head_alt})\b))?"
        rf"{_EN_CAP}))?\s+(?:{_EN_CONN}\s+)*{_EN_CAP})*)?)")


_DAY_THEN_NAME_EN = re.compile(r"\b(?:" + "|".join(sorted(MONTHS)) + r")\b[\s,\d]*(?:(?:for|at|to|during|in)\s+)+(?:the\s+)?")


# words a sentence starts with, capitalised only for that: "Following the G20 Summit, …"
_LEAD_EN = re.compile(r"(?:(?:The|the|THE|This|this|These|Those|Both|A|An|Our|Their|Its|We|at|a|for|of|in|on|to|by|with|"
                      r"from|But|And|Yet|Meanwhile|"
                      r"Following|After|Before|During|At|In|On|Since|"
                      r"As|While|When|Once|Although|Though|Even\s+though|Because|If|Unless|Whether|Where|"
                      r"Until|Under|Through|Despite|With|From|For|By|Amid|Including|Like|Unlike|Across|Within|"
                      r"Ahead\s+of|Beyond|Besides|Alongside|Dubbed|Named|Called|"
                      r"(?:MEPs|Members|Representatives|Delegates|Officials|Experts)\s+(?:on|of|from|at)|"   # MEPs on the …
                      r"[A-Z][a-z]+ing\s+(?:on|upon|at|from|with|to|in)|"     # Building on the …
                      r"[A-Z][a-z]{2,}ing(?=\s+the\s))\s+)+")                # Addressing the …


# a body's acronym in brackets, with a capitalised word after it or at the end of the phrase
_ACRONYM_BEFORE_NAME_EN = re.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)\s+(?=[A-Z])")
_ACRONYM_AT_END_EN = re.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$")


@functools.cache
def _title_of_pattern() -> re.Pattern:
    # (a rank before the title is the post's: "First Deputy Minister of Digital Technologies of …"; and
    # "Principal Advisor in Charge of the Ministry of …" holds a post in the ministry)
    # ("Senior Director of Strategy …": a senior post of the body, whose "Strategy" names no text)
    return re.compile(rf"(?:(?:Acting|Interim)\s+)?(?:(?:{alternation(title_ranks())}|Senior)\s+)?(?:{english_title_alternation()})"
                      rf"\s+(?:of|to|at|in(?:\s+[Cc]harge\s+of)?)\s+(?:the\s+)?")


@functools.cache
def _titled_en() -> re.Pattern:
    """A person's title (Prime Minister, Secretary-General) as a word of its own."""
    return re.compile(rf"(?<![\w-])(?:{english_title_alternation()})(?![\w-])")


def _headline_name(sent: Sentence) -> list[Mention]:
    """A headline line that is one meeting's name and nothing else (G7 Industry, Technology and
    Digital Ministerial Meeting): capitals say nothing in a headline, but a whole line of four
    words and more, starting with a body's acronym and ending in a meeting's head word, is a name
    (or the line's part before a colon, whose subtitle follows: "4th ASEAN Digital Ministers Meeting: …")."""
    text = sent.text.strip().split(": ", 1)[0]
    text = re.sub(r"^\d{1,2}(?:st|nd|rd|th)\s+", "", text)     # (its edition is no part of the name, as in a sentence)
    m = _english_head_pattern().fullmatch(text)
    cls = head_class(text, "en") if m else None
    if cls != "Summit" or len(text.split()) < 4 or not re.match(r"[A-Z][A-Z0-9]+\s", text) or \
            _HEADLINE_VERB_EN.search(text):
        return []               # (a body's acronym first: no verb of a headline's sentence before it, nor after it:
        #                         "UNDP Pacific And The European Union Host Pacific Digital Democracy Summit")
    s = sent.text.index(text)
    return [known_or_new(sent, s, s + len(text), cls, "en-headline-name", 0.6)]


# a headline's verb, or its "And The" joining two names, inside a line of capitals
_HEADLINE_VERB_EN = re.compile(r"\s(?:And\s+The|Hosts?|Holds?|Launch(?:es)?|Opens?|Signs?|Unveils?|Adopts?|Welcomes?|"
                               r"Convenes?|Kicks?\s+Off|Concludes?|Wraps?\s+Up)\s")


# a closing quote at a name's end, with American punctuation's full stop, or after any letter but a plural's s
_CLOSING_QUOTE_EN = re.compile(r"(?:\.|(?<=[^s.]))[’'”\"]$")


def english_head_names(sent: Sentence) -> list[Mention]:
    """Capitalised phrases with a head word: Hiroshima AI Process, Global Forum on the Ethics of AI."""
    if headline(sent.text):
        return _headline_name(sent)
    table = heads()["en"]
    out = []
    for m in _english_head_pattern().finditer(sent.text):
        # (and the full stop and closing quote of American punctuation: at the ‘Forum on Data.’ Delegates …)
        # (or a closing quote alone after any letter but a plural's s: the 'Latium Plan for the Andean Region' (LPAR))
        phrase = _CLOSING_QUOTE_EN.sub("", m.group(1)).rstrip(".")
        phrase = re.sub(r"['’]s$", "", phrase)     # the Ministry of Defence’s laboratory
        styled_next = re.search(r",\s+(?:Rep|Sen|Gov|Del|Dr|Mr|Mrs|Ms|Prof)\.?\s", phrase)
        if styled_next:         # "… Department of Commerce, Rep. Jane Roe and …": the list's next item, a person
            phrase = phrase[:styled_next.start()]
        if re.match(r"Congress\s+on\s", phrase):
            continue            # "testify to Congress on AI competition": the legislature, then a topic
        # "Press Release on The Regional … Workshop": the name is what the release is about
        release = re.match(r"Press\s+Release\s+(?:on|about)\s+(?:[Tt]he\s+)?", phrase)
        shift = release.end() if release else 0
        s = m.start(1) + shift
        phrase = phrase[shift:]
        inner_style = re.search(r"\s(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+[A-Z]", phrase)
        if inner_style and head_class(phrase[:inner_style.start()], "en"):
            phrase = phrase[:inner_style.start()]     # "Lecturer at the Institute of Engineering Dr Jan Roe": the
            #                                           body, then a styled person
        poss = max(phrase.rfind("’s "), phrase.rfind("'s "))
        if poss >= 0 and re.search(r"\bPeople$", phrase[:poss]):
            poss = -1                       # "the Supreme People's Court": the people's is the name's own word
        if poss >= 0:                       # "the UK’s AI Safety Summit": the name starts after the owner
            s += poss + 3
            phrase = phrase[poss + 3:]
        owner = re.search(r"(?<=s)['’]\s", phrase)
        if owner and head_class(phrase[:owner.start()], "en"):
            phrase = phrase[:owner.start()]   # "the Ministry of Data Affairs' (MDA) Deputy Minister": the body owns
            #                                    the post (not "the Farmers' Party", whose head comes after)
        day = _DAY_THEN_NAME_EN.search(phrase)
        if day and head_class(phrase[day.end():], "en"):
            s += day.end()                 # "(met in) Oslo on Tuesday for the Ostrava Dialogue": the name after
            phrase = phrase[day.end():]
        lead_day = re.match(r"(?:(?:On|In|on|in|Last|Next|Since|Until)\s+)?(?:(?:%s)\s+)+(?:the\s+)?"
                            % "|".join(sorted(MONTHS)), phrase)
        if lead_day:            # "launched Wednesday the Ostrava Charter …", "On Monday the …": the name after the day
            s += lead_day.end()
            phrase = phrase[lead_day.end():]
            joined = re.match(r"(?:(?:and|or|in|on|at|of|for|to|the)\s+)+", phrase)
            if joined:          # "… this past July and in the Jerusalem Declaration": no name starts in lower case
                s += joined.end()
                phrase = phrase[joined.end():]
        if any(w.strip(".,") in MONTHS for w in phrase.split()):
            cut = min(i for i, w in enumerate(phrase.split()) if w.strip(".,") in MONTHS)
            phrase = " ".join(phrase.split()[:cut])
            if not phrase:
                continue
            while phrase.split()[-1] in ("of", "on", "for", "and", "the", "in", "to"):
                phrase = " ".join(phrase.split()[:-1])
        # (the last "in" after a head: "Future of AI in Africa Conference in Lusaka")
        for first_in in reversed(list(re.finditer(r"\s+in\s+", phrase))):
            before_in = phrase[:first_in.start()]
            headed = [w for w in before_in.split() if not re.fullmatch(r"(?:19|20)\d\d", w)]    # (… Conference 2025 in …)
            if headed and headed[-1] in table and FAMILY.get(head_class(before_in, "en")) != "Initiative":
                phrase = before_in      # "… Summit in Porto Alegre": where it met, right after its head
                break
            #                         (a text's title goes on: "… Technologies in Central Asia")
        place = re.search(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$", phrase)
        if place:       # "… Meeting on Data Commons in Shanghai": where, not the name
            kinds = {load_authority().get(i).cls for i in lookup_normalised(place.group(1))}
            text_title = FAMILY.get(head_class(phrase[:place.start()], "en")) == "Initiative"
            # (a text's title keeps its region or country, "… Statement on Data in Central Asia"; a city
            # is where it was signed, "Memorandum of Understanding in Abu Dhabi")
            country_after = re.match(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", sent.text[s + len(phrase):])
            # (or a city the data does not know, with its country after it: "… in Africa in Benguérir, Morocco")
            if "City" in kinds or not text_title and {FAMILY.get(k) for k in kinds} & {"Place", "Country"} or \
                    not kinds and country_after and any(load_authority().get(i).cls == "Country"
                                                        for i in lookup_normalised(country_after.group(1))):
                phrase = phrase[:place.start()]
        adjective = re.search(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*)$", phrase)
        if adjective and adjective.group(1) in demonyms() and re.match(r"\s+[a-z]", sent.text[s + len(phrase):]):
            phrase = phrase[:adjective.start()]  # "… Summit on AI in the Saudi capital": where, said of a place
        oxford = re.search(r",\s+(?:and|&)\s", phrase)
        if oxford and phrase.count(",") == 1:
            phrase = phrase[:oxford.start()]   # "… Forum on Data, and President Roe …": a list of one is none
        comma = phrase.find(", ")
        if comma > 0 and any(FAMILY.get(load_authority().get(i).cls) in ("Place", "Country")
                             for item in re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+", phrase[comma + 2:])
                             for i in lookup_normalised(item)):
            phrase = phrase[:comma]            # "… Forum on Data, Norway and Kenya said": the countries that spoke
        short = re.search(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$", phrase)
        if short:
            phrase = phrase[:short.start()]    # "… Forum for International Cooperation (OFIC)": its short name
            phrase = _CLOSING_QUOTE_EN.sub("", phrase)     # (the quotes closed before it)
        led = re.match(r"(?:\S+\s+){0,3}?\S+-(?:led|based)\s+", phrase)
        if led and head_class(phrase[led.end():], "en"):
            s += led.end()      # "the Jane Roe-led Ministry of …": whoever leads it is no part of its name
            #                     (nor where it sits: "the Ostrava-based Data Coalition")
            phrase = phrase[led.end():]
        lead = _LEAD_EN.match(phrase)
        if lead:
            s += lead.end()
            phrase = phrase[lead.end():]
        opener = re.match(r"[A-Z][a-z]+\s+(?=[A-Z][A-Za-z0-9-]*\s)", phrase) if s == len(sent.text) - len(
            sent.text.lstrip()) else None
        if opener and not lookup_normalised(opener.group(0)) and any(
                FAMILY.get(load_authority().get(i).cls) == "Organisation"
                for i in lookup_normalised(phrase[opener.end():].split()[0])):
            # "Polarised IPU Assembly in Geneva": a headline's first word, capitalised for its place, before
            # a body the data knows and its meeting
            s += opener.end()
            phrase = phrase[opener.end():]
        joint = re.search(r"\s+(?:for|at|to)\s+the\s+|^(?P<who>(?:\S+\s+){1,3}?)(?:of|on)\s+the\s+", phrase)
        if joint and not head_class(joint.group("who") or phrase[:joint.start()], "en") and \
                head_class(phrase[joint.end():], "en"):
            # "(gathered in) Paris for the AI Action Summit", "Attendees of the AI Safety Summit", "the top
            # Democrat on the Committee on …": the summit's or body's name (words before "of the" or "on the" with
            # no head, not a name: "Digital Ministers of the Association of …";
            # "Dr. Jane Roe of the … Institute" is a person's, below)
            s += joint.end()
            phrase = phrase[joint.end():]
        post = _title_of_pattern().match(phrase)
        if post is None:
            # "… as the inaugural Director and Jane Roe Chief Technology Officer of the AI Safety Institute": a
            # post inside the run, after a name; the body is what follows it
            # (not after a body's name: "the Data Technology Association (DTA) Jane Roe and the Chairperson of …")
            post = next((p for p in _title_of_pattern().finditer(phrase) if p.start() > 0 and
                         phrase[p.start() - 1] == " " and head_class(phrase[p.end():], "en") and
                         not any(w.strip("()") in table for w in phrase[:p.start()].split())), None)
        held = post is not None             # (the phrase names the body of a post said inside it)
        if post:                            # "President of the European Commission": the body, not the post
            s += post.end()
            phrase = phrase[post.end():]
            if re.search(r"\b(?:Minister|Secretary)\b", post.group(0)) and head_class(phrase, "en") == "Company":
                continue        # "Minister of Communications and Digital Technologies": a portfolio, no company
            of_state = re.match(r"State\s+(?:in|at|for)\s+(?:the\s+)?", phrase)
            if of_state and head_class(phrase[of_state.end():], "en"):
                s += of_state.end()     # "Minister of State in the Ministry of …": the post's rank, then its body
                phrase = phrase[of_state.end():]
        second = re.search(r"\s+and\s+(?=" + _title_of_pattern().pattern + ")", phrase)
        if second:                          # "(Minister of) Interior and Chairman of the … Committee": two posts
            after = _title_of_pattern().match(phrase, second.end())
            s += after.end()
            phrase = phrase[after.end():]
        styled = _STYLED_NAME_EN.fullmatch(phrase)
        if styled:
            # "Dr. Jane Center will serve as …": a person whose family name is a head word; no body
            # is styled Dr. or Mr.
            out.append(mention_at(sent, s + styled.start(1), s + styled.end(1), "Person", "en-styled-name", 0.7))
            continue
        # (after the title it follows: "Vice Chancellor Professor Jane Roe of the … University")
        styled = re.search(r"(?<!\S)" + _STYLED_NAME_OF_EN.pattern, phrase)
        if styled and head_class(phrase[styled.end():], "en"):
            # "Dr. Jane Doe of the Ostrava AI Institute": a person, then the body (a title before
            # them gives the person to the title rules, with their post)
            if styled.start() == 0:
                out.append(mention_at(sent, s + styled.start(1), s + styled.end(1), "Person", "en-styled-name", 0.7))
            s += styled.end()
            phrase = phrase[styled.end():]
        named = _titled_name_of().match(phrase)
        if named and head_class(phrase[named.end():], "en"):
            # "Premier Jane Roe of the State Council": the titled person's (title rules), then the body
            s += named.end()
            phrase = phrase[named.end():]
        # (or the title just before the phrase: "Acme Industries founder Jane Roe and Ostra Technologies …")
        titled_before = re.search(_titled_en().pattern + r"\s+$", sent.text[max(0, s - 40):s]) is not None
        titled = [sep for sep in re.finditer(r" and (?:the )?", phrase)
                  if not head_class(phrase[:sep.start()], "en") and
                  (titled_before or _titled_en().search(phrase, 0, sep.start()))]
        if titled:              # "Portuguese Prime Minister Rui Carvalho and European Commission …": a titled
            s += titled[-1].end()   # person before "and", then the body's name
            phrase = phrase[titled[-1].end():]
        styled = _STYLE_AFTER_AND_EN.search(phrase)
        if styled:              # "the Department for Business and Viscount Roe takes …": a person after "and"
            phrase = phrase[:styled.start()]
        post = next((t for t in _titled_en().finditer(phrase) if t.start() > 0 and head_class(phrase[:t.start()], "en")
                     and _NAME_ENDS_EN.match(sent.text, s + t.end())), None)
        if post:                # "Institute of Data President Jane Roe said": the body, then its head's title and name
            phrase = phrase[:post.start()].rstrip()
        words = phrase.split()
        named = next((n for n in (2, 3) if len(words) > n + 1 and words[-n - 1] in table and
                      all(re.fullmatch(r"[A-Z][\w'’.-]+", w) and w not in table for w in words[-n:])), None)
        if named and (_SAID_AFTER_NAME_EN.match(sent.text, s + len(phrase)) or
                      re.match(r"\s*(?:[.,;]|$)", sent.text[s + len(phrase):]) and
                      (held or _post_of_before_en().search(sent.text, max(0, s - 80), s) is not None)):
            # "Chair of the … Panel in the European Parliament Jane Roe said", "… and the Director of National
            # Agency for Data Jane Roe.": a name right after the head word, then the speech or the clause's end,
            # after the post it holds
            phrase = phrase[:phrase.rstrip().rfind(" ".join(words[-named:]))].rstrip()
        words = phrase.split()
        if len(words) < 2 and not re.search(r"[A-Z].*[A-Z]", phrase):
            continue
        if words[0] in table and len(words) == 1:
            continue
        # "the Bletchley Park AI Safety Summit and Seoul Summits": two names joined by "and"
        parts: list[tuple[int, int]] = []
        cur_start = 0
        for sep in re.finditer(r" and (?:[Tt]he )?", phrase):
            left = phrase[cur_start:sep.start()]
            nxt_end = next((x.start() for x in re.finditer(r" and ", phrase[sep.end():])), None)
            right = phrase[sep.end(): sep.end() + nxt_end if nxt_end is not None else len(phrase)]
            # "… Declaration on Responsible AI and the Kigali Declaration on AI Skills": after
            # "and the", a part with its own head word starts a second name
            after_the = sep.group(0).endswith(("the ", "The ")) and head_class(left, "en")
            # (or a body the data knows before "and": "the OECD and the Ostrava AI Authority", not a country
            # in a meeting's name: "Ethiopia and China Industrial Matchmaking Conference"; a head may
            # have its short form after it: "the Latium Data Office (LDO) and the …")
            bare = re.sub(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$", "", left)
            # (or a head word again right after "and": "the Ministry of Foreign Affairs and Ministry of Defence")
            again = right.split()[:1] and right.split()[0] in table and head_class(left, "en")
            # (or a country alone before "and the": "with the input of Finland and the … Foundation", or before
            # "and National …", a country's own: "a strategy for Tonga and National Digital Strategy"; or a
            # body the data knows after "and": "members of the … (LDP) and the European Union")
            the = sep.group(0).endswith(("the ", "The "))
            # (or a name that ends in its head word before "and", and a head word only at the end of
            # what follows: "the Japan Patent Office and United States Patent and Trademark Office")
            ended = len(bare.split()) >= 2 and bare.split()[-1] in table and not head_class(right, "en") and \
                re.match(r"[A-Z]", right) is not None and head_class(phrase[sep.end():], "en") is not None
            # (or a part that ends with its own acronym: "the Legal Division (LD) and the Data Ministry")
            # (or an acronym alone before "and the": "between the ICO and the Office for …", two bodies; or
            # two capitalised words with no head: "by Oxford Data and the International … Centre")
            # (or a company's legal form with its full stop: "Acme Institute Inc. and Ostrava Pharma Limited")
            if bare.split() and (bare.split()[-1].rstrip(".") in table or after_the or again or bare != left or
                                 the and re.fullmatch(r"[A-Z]{2,6}", bare) or
                                 the and len(bare.split()) == 2 and not head_class(bare, "en") and
                                 re.fullmatch(r"(?:[A-Z][\w-]*\s?){2}", bare) is not None or any(
                    FAMILY.get(load_authority().get(i).cls) == "Organisation" or
                    (the or right.startswith("National ")) and load_authority().get(i).cls == "Country"
                    for i in lookup_normalised(bare)) or
                    lookup_normalised(right)) and head_class(right, "en") or ended:
                parts.append((cur_start, sep.start()))
                cur_start = sep.end()
            elif bare != left and head_class(bare, "en") and not head_class(right, "en"):
                # "the Federal Ministry for Data (BMD) and Jane Roe, Director …": the name ends at its acronym
                phrase = phrase[:sep.start()]
                break
            elif nxt_end is None and head_class(left, "en") and not head_class(right, "en") and any(
                    FAMILY.get(load_authority().get(i).cls) == "Organisation" for i in lookup_normalised(right)):
                # "organised by the Ministry of Roads and Data and UNESCO": a body the data knows after the
                # last "and" is a second organiser (the gazetteer names it), no last word of the ministry's
                phrase = phrase[:sep.start()]
                break
        parts.append((cur_start, len(phrase)))
        for a, b in parts:
            post = _title_of_pattern().match(phrase, a, b)
            if post and head_class(phrase[post.end():b], "en"):
                a = post.end()      # "… and the Chairperson of the Council of …": the body after "and the", not the post
            mid = _ACRONYM_BEFORE_NAME_EN.search(phrase, a, b)
            if mid and head_class(phrase[a:mid.start()], "en") and not head_class(phrase[mid.end():b], "en"):
                b = mid.start()     # "… Technology Association (LIKTA) Jane Roe": the body's name ends
                #                     before its acronym, and a person's name follows
            trail = _ACRONYM_AT_END_EN.search(phrase, a, b)
            if trail and head_class(phrase[a:trail.start()], "en"):
                b = trail.start()   # "… Technology (MIIT) Minister Jane Roe": the acronym the post's cut left
            country_then_name = re.search(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*?)(\s+[A-Z][\w'’-]+){2}$",
                                          phrase[a:b])
            if country_then_name and any(load_authority().get(i).cls == "Country"
                                         for i in lookup_normalised(country_then_name.group(1))):
                b = a + country_then_name.end(1)    # "… of the Republic of Latium Jan Roe held": the country ends the
                #                                     body's name; a person's name follows it
            acronym_tail = re.search(r"\s+and\s+the\s+([A-Z]{2,})$", phrase[a:b])
            if acronym_tail and head_class(phrase[a:a + acronym_tail.start()], "en"):
                b = a + acronym_tail.start()    # "the UK Court of Appeal and the EPO": a second body, by its acronym
            second = re.search(r"\s+and\s+of\s+the\s+", phrase[a:b])
            if second and head_class(phrase[a:a + second.start()], "en"):
                b = a + second.start()  # "the Office for Data and of the Office for Rights": a second body, after
                #                         the same preposition as the first's
            dangling = re.search(r"\s+(?:of|for|on|and|the|to|in)$", phrase[a:b])
            if dangling:
                b = a + dangling.start()    # "the Office of Undersecretary Jane Roe": the post cut the name's last words
            article = re.search(r"\s+(?:The|A|An)$", phrase[a:b])
            if article:
                b = a + article.start()     # "… National Authority for AI The bill …": a heading run into the next
                #                             sentence, whose first word no name ends in
            text = phrase[a:b]
            tail = re.search(r"\s*\([A-Z][A-Za-z&]{1,10}\)\s+of\s+\S.*$", text)
            if tail and head_class(text[:tail.start()], "en"):
                b = a + tail.start()    # "the Ministry of Data (MOD) of Ruritania": the name ends at its acronym
                text = phrase[a:b]
            # (a company's legal form keeps its full stop: "Acme Engineering Inc.")
            cls = head_class(text, "en") or (head_class(text[:-1], "en") if text.endswith(".") else None)
            sent_to = re.search(r"\s+to\s+the\s+(?=[A-Z])", text) if FAMILY.get(cls) == "Initiative" else None
            if sent_to and FAMILY.get(head_class(text[sent_to.end():], "en")) == "Organisation":
                b = a + sent_to.start()     # "the draft Law on Data to the National Assembly Standing Committee":
                text = phrase[a:b]          # the body it was sent to is no part of the text's title
                cls = head_class(text, "en")
            if cls == "Summit" and re.fullmatch(r"(?:AI|Artificial Intelligence)\s+Summit", text):
                # "the AI Summit will see …": a kind of meeting, which points to the document's, as
                # "AI 정상회의" does in Korean; "an AI Summit in Paris" is the "Paris AI Summit" the data knows
                where = re.match(r"\s+in\s+([A-Z][\w'’-]+)", sent.text[s + b:])
                ids = tuple(i for i in lookup_normalised(f"{where.group(1)} {text}")
                            if load_authority().get(i).cls == "Summit") if where else ()
                out.append(mention_at(sent, s + a, s + b, "Summit", "en-place-summit", 0.7, ids) if ids else
                           mention_at(sent, s + a, s + b, "Summit", "generic-summit", 0.6, reference="this"))
            elif re.fullmatch(r"\S+ Administration", text) and not lookup_normalised(text):
                continue        # "the Biden Administration": a leader's government, for a term; no body's name
            elif cls and len(text.split()) >= 2 and not (text in table and FAMILY.get(cls) == "Initiative"):
                # (not "a new White Paper": a text's head word alone; "the National Assembly" is a name)
                if cls == "Dialogue" and _ORDINAL_BEFORE_EN.search(sent.text, max(0, s + a - 16), s + a):
                    cls = "Summit"      # the second Global AI Governance Dialogue: one meeting of it
                of_country = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w’'. -]+)$", text) if cls == "InternationalOrganisation" \
                    else None
                if cls == "Summit" and text.split()[-1] == "Congress" and len(text.split()) <= 3 and any(
                        load_authority().get(i).cls == "Country" for i in lookup_normalised(" ".join(text.split()[:-1]))):
                    cls = "GovernmentBody"      # the Peru Congress: a country's legislature, no meeting
                if of_country and any(load_authority().get(i).cls == "Country" for i in lookup_normalised(of_country.group(1))) \
                        or cls == "InternationalOrganisation" and (text.split()[0] in ("National", "Federal") or
                                                                   text.split()[0] in demonyms() or
                                                                   _one_states_board(text)):
                    cls = "GovernmentBody"      # the Scientific Council of Ruritania, the National Data Organization,
                    #                             the Irish Data Protection Commission: one country's body
                number = _BILL_NUMBER_EN.match(sent.text, s + b) if text.endswith("Bill") and b == len(phrase) else None
                if number:
                    b = number.end() - s            # "Senate Bill 53": a bill is named by its number
                elif text.endswith("Bill") and _CHAMBER_BILL_EN.fullmatch(text):
                    continue                    # "a Senate Bill": a kind of text, no name
                out.append(known_or_new(sent, s + a, s + b, cls, "en-head-name", 0.7))
    return out


# a bill's number after "Bill" (Senate Bill 53, House Bill No. 1018), and a chamber's bill with none
_BILL_NUMBER_EN = re.compile(r"\s+(?:No\.\s*)?\d{1,5}\b")
_CHAMBER_BILL_EN = re.compile(r"(?:Senate|House|Assembly|Government|Private\s+Member['’]s)\s+Bill")


# a name of two or three capitalised words, where the sentence goes on in lower case or stops
@functools.cache
def _post_of_before_en() -> re.Pattern:
    """A post and "of" (the) right before a body's name: "the Chair of the …"."""
    return re.compile(rf"\b(?i:{english_title_alternation()})\s+(?:of|for)\s+(?:the\s+)?$")


_SAID_AFTER_NAME_EN = re.compile(r"\s*(?:,\s*)?(?:said|says|stated|noted|added|told|explained|stressed)\b")
_NAME_ENDS_EN = re.compile(r"\s+(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+(?=\s+[a-z]|[,.;:]|$)")


@functools.cache
def _titled_name_of() -> re.Pattern:
    """A title (with its rank: Second Vice Minister), a name of two or three capitalised words, then "of (the)"."""
    ranks = "|".join(sorted(title_ranks()))
    return re.compile(rf"(?:(?:{ranks})[\s-]+)?(?:{english_title_alternation()})\s+"
                      r"(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z]?[\w'’-]+\s+of\s+(?:the\s+)?")


# a name after a style, then "of (the)": the person before the body they belong to
_STYLE_AFTER_AND_EN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:Viscount|Lord|Lady|Baroness|Baron|Earl|Sir|Dame|Mr|Mrs|Ms|"
                                 r"Dr|Prof|Professor)\b")
_STYLED_NAME_EN = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)")
_STYLED_NAME_OF_EN = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)"
                                r"\s+of\s+(?:the\s+)?")
_ORDINAL_BEFORE_EN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|"
                                r"\d{1,2}(?:st|nd|rd|th))\s+$", re.I)


_OWNER_EN = re.compile(r"['’]s\s+((?:[A-Z][\w.-]*|AI)(?:\s+(?:[A-Z][\w.-]*|AI|of|on|for|the)){0,5})")


def owned_titles(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """OWNER의 TITLE / OWNER's TITLE, when the authority data knows "OWNER TITLE".

    Articles name a body's text by its owner and a short title: "경제협력개발기구(OECD)의 AI
    원칙" is the entry "OECD AI 원칙", "the OECD's AI Principles" is "OECD AI Principles".
    The owner must be a known organisation or country, and the joined name a known initiative.
    """
    auth = load_authority()
    out = []
    for m in found:
        if not m.authority_ids or FAMILY.get(m.cls) not in ("Organisation", "Country"):
            continue
        entry = auth.get(m.authority_ids[0])
        owners = sorted({entry.en, entry.ko or "", *entry.alt_en, *entry.alt_ko} - {""})
        rest = sent.text[m.end - sent.start:]
        spans: list[tuple[int, int]] = []           # candidate titles, shortest first
        if sent.lang == "ko":
            after = re.match(r"\)?의\s+", rest)
            pos = m.end - sent.start + after.end() if after else -1
            first = next((i for i, w in enumerate(words) if w.start == pos), None)
            for w in words[first: first + 4] if first is not None else ():
                if w.punct:
                    break
                # (a part of the noun phrase must end in a text's head word: OECD의 AI 권고안 is no "OECD AI")
                if w.particle or any(FAMILY.get(heads()["ko"][h]) == "Initiative" for h in heads_ending(w.core, "ko")):
                    spans.append((pos, w.core_end))
                if w.particle:
                    break                             # a particle ends the noun phrase
        else:
            after = _OWNER_EN.match(rest)
            if after:
                pos = m.end - sent.start + after.start(1)
                # (each word without the punctuation that ends a clause: "… the EU’s AI Act.")
                cut = [pos + x.end() for x in re.finditer(r"[^\s.,;:!?]+(?:[.,;:!?]+[^\s.,;:!?]+)*", after.group(1))]
                spans = [(pos, c) for c in cut]
        for s, e in reversed(spans):                  # the longest known title
            ids = next((hit for o in owners if (hit := lookup_normalised(f"{o} {sent.text[s:e]}"))), ())
            ids = tuple(i for i in ids if FAMILY.get(auth.get(i).cls) == "Initiative")
            if ids:
                out.append(mention_at(sent, s, e, auth.get(ids[0]).cls, "owner-title", 0.8, ids))
                break
    return out


def this_summit(sent: Sentence) -> list[Mention]:
    """이번 정상회의, 동 정상회의, the Summit: the summit the document is about."""
    out = []
    for cue in cues().get(("this_summit", sent.lang), ()):
        flags = re.I if sent.lang == "en" else 0
        for m in re.finditer(re.escape(cue) + (r"\b(?!\s+(?-i:[A-Z]))" if sent.lang == "en" else ""), sent.text, flags):
            out.append(mention_at(sent, m.start(), m.end(), "Summit", "this-summit", 0.7, reference="this"))
    return out


THIS_INITIATIVE = "this-initiative"
# the kinds of text or body that "the …" points back to in English; not the generic ones
# (the process, the strategy, the framework), which news uses for anything
# (and of meeting: "the forum" is the forum the document names, not any summit)
_THIS_KIND_EN = re.compile(r"\b[Tt]he ((?i:network|platform|observatory|compact|convention|treaty|charter|registry|"
                           r"forum|conference|alliance|coalition))\b"
                           r"(?!\s+(?:(?:on|of|for|and)\b|[A-Z]))")        # not the start of a name


# (이 네트워크, 동 얼라이언스: this one; not 이 네트워크를 통해 said of any network; 이 연합, 이 협의체: a
# group of members, as a network is, though neither word is a head of a name)
_THIS_KIND_KO = re.compile(r"(?<![\uac00-\ud7a3])(?:이|동|해당)\s*(네트워크|얼라이언스|플랫폼|연합|협의체)"
                           r"(?=에는|은|는|이|가|에|의)")


def this_initiative(sent: Sentence) -> list[Mention]:
    """The network, the convention, the forum (이 네트워크): the one of that kind the document names
    (graph/resolve.py)."""
    if sent.lang == "ko":
        table = heads()["ko"]
        return [mention_at(sent, m.start(), m.end(), table.get(m.group(1), "Network"), THIS_INITIATIVE, 0.6,
                           reference="this") for m in _THIS_KIND_KO.finditer(sent.text)]
    table = heads()["en"]
    return [mention_at(sent, m.start(), m.end(), table[m.group(1).capitalize()], THIS_INITIATIVE, 0.6,
                       reference="this") for m in _THIS_KIND_EN.finditer(sent.text)
            if table.get(m.group(1).capitalize())]


def this_declaration(sent: Sentence) -> list[Mention]:
    """선언문, the declaration: the declaration or statement the document is about."""
    out = []
    for cue in cues().get(("this_declaration", sent.lang), ()):
        pat = re.escape(cue) + (r"\b(?!\s+(?:on|of|for)\b)" if sent.lang == "en" else "")
        for m in re.finditer(pat, sent.text, re.I if sent.lang == "en" else 0):
            if sent.lang == "ko" and m.start() and re.match(r"[\uac00-\ud7a3A-Za-z’']", sent.text[m.start() - 1]):
                continue            # part of a longer name (파리공동선언, ‘…선언문’)
            out.append(mention_at(sent, m.start(), m.end(), "Declaration", "this-declaration", 0.6, reference="this"))
    return out


def _longer_body_en(known: Mention, m: Mention) -> bool:
    """A body's name the data knows, ending in its head word, then "for"/"on" and capitalised words, is
    the start of another body's name: the European Commission for the Efficiency of Justice is no
    European Commission (a text's name goes on in lower case: "Bletchley Declaration on AI safety …").
    So is a body's name followed by two capitalised words and more of a body's: its unit, named."""
    rest = m.text[known.end - m.start:]
    if FAMILY.get(m.cls) == "Organisation" and FAMILY.get(known.cls) == "Organisation" and \
            any(FAMILY.get(head_class(w, "en")) == "Organisation" for w in rest.split()) and \
            re.fullmatch(r"\s+[A-Z]\S*(?:\s+(?:of|and|the|for|on|[A-Z]\S*))*\s+[A-Z]\S*", rest):
        return True             # "the OECD Advisory Board on Data Ethics": a unit's own name after its owner's
    return FAMILY.get(m.cls) == "Organisation" and known.text.split()[-1] in heads()["en"] and \
        re.fullmatch(r"\s+(?:for|on)\s+(?:the\s+)?[A-Z]\S*(?:\s+(?:of|and|the|for|on|[A-Z]\S*))*\s+[A-Z]\S*",
                     rest) is not None


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Longest first, then authority over rules; overlapping weaker spans dropped (persons kept apart).

    An authority name that starts a longer unquoted rule-found name of the same family
    wins ("Bletchley Declaration" in "Bletchley Declaration on AI safety cooperation"):
    the rule only guessed where the name ends, the authority knows."""
    from ontology import FAMILY
    known = [m for m in mentions if m.method == "authority"]
    # (not in a word the authority name is glued into: 라티움한국위원회 is the Korean commission for
    # 라티움, a body of its own, whose name the word ends exactly)
    mentions = [m for m in mentions if not (
        m.method in ("en-head-name", "ko-head-name") and not m.authority_ids and any(
            k.start == m.start and k.end < m.end and FAMILY.get(k.cls) == FAMILY.get(m.cls) and
            not re.match(r"[\uac00-\ud7a3]", m.text[k.end - m.start:]) and not _longer_body_en(k, m) for k in known))]
    rank = {"authority": 0, "owner-title": 0}
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.method, 1), m.start, m.cls)):
        if any(c.start < m.end and m.start < c.end and not (m.reference == "title" or c.reference == "title")
               for c in chosen):
            continue
        if any(c.start == m.start and c.end == m.end for c in chosen):
            continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end, m.cls))


_CREDIT = re.compile(r"\([^()]{0,30}=[^()]{0,30}\)|사진\s*=\s*\S+(?:\s+\S+)?\s*제공|\[[^\[\]]{0,30}기자\]")


def _outside_credits(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Datelines and credits ((도쿄=연합뉴스), 사진=… 제공, [매체 기자]) name who reported, not who acted."""
    spans = [(m.start() + sent.start, m.end() + sent.start) for m in _CREDIT.finditer(sent.text)]
    out = []
    for m in mentions:
        cut = next((b for a, b in spans if a <= m.start < b < m.end), None)
        if cut is not None and m.cls == "Person" and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", m.text[cut - m.start:]):
            # "/사진=가나 제공김철수 과학기술정보통신부 차관이 …": a caption's credit run into the next sentence
            # (no space after 제공) is no part of the name that starts it
            m = replace(m, start=cut, text=m.text[cut - m.start:])
        if not any(a <= m.start and m.end <= b for a, b in spans):
            out.append(m)
    return out


# the word after a city or country that makes it a newspaper's name (뉴욕 타임스, the Washington Post, China Daily)
_MEDIA_AFTER_PLACE = re.compile(r"\s?(?:(?:Times|Post|Journal|Herald|Tribune|Daily|Chronicle|Gazette)\b(?!-)|"
                                r"(?:타임스|타임즈|포스트|저널|헤럴드|트리뷴|데일리|신문|일보))")


def _outside_media_names(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A place that starts a newspaper's name is no mention of the place: the paper reported, the city did nothing."""
    return [m for m in mentions if not (m.cls in ("City", "Country") and
                                        _MEDIA_AFTER_PLACE.match(sent.text, m.end - sent.start))]


_ORDINAL_KO = re.compile(r"(?:제\s*)?\d{1,2}\s*(?:차|회)\s*[‘'“\"「『]?$")


def _numbered_dialogue_ko(sent: Sentence, m: Mention) -> Mention:
    """‘제2차 한-독 디지털 대화’: one numbered meeting of a dialogue, as "the second … Dialogue" is in English;
    so is the numbered session of a joint committee or a council (‘1차 한-가나 산업기술협력공동위원회’,
    제2차 한-가나 디지털 협의회)."""
    if m.authority_ids or not (m.cls == "Dialogue" or m.text.endswith(("공동위원회", "공동위", "협의회"))):
        return m
    # (the number may follow the parties: ‘가나·칠레 제3차 데이터 대화’)
    numbered = any(_ORDINAL_KO.match(w + " ") for w in m.text.split()[:3]) or \
        _ORDINAL_KO.search(sent.text, max(0, m.start - sent.start - 8), m.start - sent.start)
    return replace(m, cls="Summit") if numbered else m


def _acronym_of_another_country(sent: Sentence, found: list[Mention], m: Mention) -> Mention:
    """An acronym glossing a new name is that name's, not the known body of another country it also
    spells: "the Canadian … Safety Institute (CAISI)" is not the United States' CAISI."""
    if not m.authority_ids or not ACRONYM_LETTERS.fullmatch(m.text) or sent.text[m.start - sent.start - 1:m.start - sent.start] != "(":
        return m
    named = next((n for n in found if not n.authority_ids and n.cls != "Person" and
                  re.fullmatch(r"\s*\(", sent.text[n.end - sent.start:m.start - sent.start])), None)
    country = load_authority().get(m.authority_ids[0]).country
    if named is None or not country:
        return m
    first = named.text.split()[0]       # the name's country, by its demonym or its name: Canadian …, Canada …
    own = demonyms().get(first) or next((i for i in lookup_normalised(first)
                                         if load_authority().get(i).cls == "Country"), None)
    return replace(m, authority_ids=()) if own and own != country else m

_OWNER_FIRST_EN = re.compile(r"[A-Z][\w-]*['’]s\s+(?=[A-Z])")


def _without_owner(m: Mention) -> Mention:
    """"Ruritania's Jane Roe": the person, without whose they are said to be."""
    owner = _OWNER_FIRST_EN.match(m.text) if m.cls == "Person" else None
    if owner is None or len(m.text.split()) < 3:
        return m
    return replace(m, start=m.start + owner.end(), text=m.text[owner.end():])


def sentence_mentions(sent: Sentence, doc: Doc | None) -> list[Mention]:
    known = known_mentions(sent, doc)
    named = quoted_names(sent)
    if sent.lang == "ko" and doc is not None:
        # 김철수 교육부총장: a university's vice president (교육 부총장), not a ministry (…부) and its 총장
        known = [m for m in known if not (m.text.endswith("부") and sent.text.startswith("총장", m.end - sent.start))]
        # 워싱턴주, 뉴욕주: the state named after its city, glued to 주 (not 워싱턴주재, "stationed in")
        known = [m for m in known if not (m.cls == "City" and re.match(r"주(?!재)", sent.text[m.end - sent.start:]))]
        words = words_of(doc)
        named += korean_head_names(sent, words, known) + body_meetings(sent, words, known + named)
        named += legal_form_bodies(sent, words, known + named)
        named += korean_cities(sent, words, known + named)
        named = [_numbered_dialogue_ko(sent, m) for m in named]
        base = _dedupe(known + named + owned_titles(sent, words, known))
        base = [_unit_of_foreign_body(sent, base[k - 1], m) if k else m for k, m in enumerate(base)]
        people = korean_people(sent, words, base)
        people += korean_listed_people(sent, words, base + people)
    else:
        heads = english_head_names(sent)
        named += heads + english_body_meetings(sent, known + heads)
        named += english_named_meetings(sent, known + named) + english_place_texts(sent, known)
        named += english_cities(sent, known + named) + english_sentence_case_names(sent, known + named)
        named += english_numbered_resolutions(sent, known + named)
        base = _dedupe(known + named + owned_titles(sent, [], known))
        base = [_acronym_of_another_country(sent, base, m) for m in base]
        people = [_without_owner(m) for m in english_people(sent, base)]
    found = _dedupe(base + people + this_summit(sent) + this_declaration(sent) + this_initiative(sent))
    return _outside_media_names(sent, _outside_credits(sent, found))
