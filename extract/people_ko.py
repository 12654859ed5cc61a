"""Korean people in one sentence: a run of name-shaped words next to a title, with the country or
organisation the title belongs to (제인 도 미국 차관, 이상호 과학기술정보통신부(과기정통부) 장관), and the NAME ORG
TITLE items of Korean captions and lists. English is read by ``people_en.py``: the two languages share
only the title lexicon, not their patterns."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from .authority import load_authority
from .gazetteer import lookup_normalised
from .lexicon import (Title, demonyms, heads, heads_ending, korean_provinces, korean_surnames, org_prefixes,
                      pair_abbreviations, portfolios, post_modifiers, regions, stop_words, titles,
                      transliteration_syllables, unit_heads)
from .model import Mention
from .sentences import Sentence
from .words import (ACRONYM_LETTERS, AGENT_CLASSES, GENERIC_ACRONYMS, LEGAL_FORM_KO, ORG_FAMILY, Word, head_class,
                    known_or_new, mention_at, name_like)


# a party's short name (공화당, 민주당, 노동당): three syllables and more ending in 당
_PARTY_WORD_KO = re.compile(r"[\uac00-\ud7a3]{2,}당")

# a local government's posts, held in the city, county or province named before them
_LOCAL_TITLES_KO = frozenset({"시장", "부시장", "군수", "부군수", "구청장", "도지사", "부지사"})

# the heads of a city, county or district, which a province's name may precede (경기 가나시장)
_LOCAL_HEADS_KO = frozenset({"시장", "군수", "구청장"})

# titles whose first syllable ends the name of the body they head, glued (가나구 + 구청장 → 가나구청장)
_SHARED_SYLLABLE_KO = frozenset({"구청장", "군수"})

# the last syllable of the name of the body a local head heads (가나시 시장, 가나군 군수, 가나구 구청장)
_LOCAL_KIND_KO = {"시장": "시", "군수": "군", "구청장": "구"}

# a post's years in brackets right after it (전무(1997~2001년)): a career's list, after the firms' names
_CAREER_YEARS_KO = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*[~∼-]")

# words for a field or trade, before which 대표 is "leading" (분야 대표 기업), not a post
_FIELD_WORDS_KO = frozenset({"분야", "업계", "산업", "업종"})



@dataclass
class _Reading:
    """One sentence's words and what is already found in it, shared by the readings of its titles."""
    sent: Sentence
    words: list[Word]
    found: list[Mention]                # what the sentence's other readers found
    by_end: dict[int, Mention]          # agents found before, by where they end in the sentence
    covered: set[tuple[int, int]]       # the spans of every mention found, which no name overlaps
    named: list[tuple[int, int]]        # quoted names (‘…’), whose words hold no title
    out: list[Mention] = field(default_factory=list)


@dataclass
class _Post:
    """A title word and, as the stages read leftwards from it, its holder's name and the body the post is in."""
    i: int                              # the title's word
    w: Word
    title: Title
    title_ko: str | None                # the Korean title as written, where it is not the lexicon's
    of_title: bool                      # the post is named after a title before it (사무총장 기술특사)
    spaced: tuple[int, str] | None      # a title written in several words (최고 AI 책임자): its first word
    covers: Title | None                # what the post covers, glued to it (디지털산업 담당국장)
    j: int = -1                         # the next word to read, leftwards
    name_end: int = 0                   # the word after the name
    body_at: int = -1                   # where the search for a body right before the title stopped
    org: Mention | None = None          # the country or body the post is held in
    regional: bool = False              # the title was read as a state's or province's (주지사)
    field_after_name: bool = False      # the body, the name, then the post's field (세계은행 김철수 디지털전환 부총재)
    gloss: tuple[int, int] | None = None    # the name's own spelling in brackets after it
    names: list[Word] = field(default_factory=list)

    @property
    def ko(self) -> str:
        """The Korean title: as written, or the lexicon's."""
        return self.title_ko or self.title.ko


def korean_people(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """NAME [COUNTRY|ORG] TITLE, and COUNTRY의 NAME TITLE (제인 도 미국 차관).

    Each title is read leftwards by the stages in ``_STAGES``, in their order: whether it is a post held here at
    all, the body or country right before it, the words between that and the name, the name's words, and then
    which of those words are a body's or no name's.  A stage that finds no one's post ends the title's reading."""
    ctx = _Reading(sent, [_name_read_as_a_verb(words, k) for k in range(len(words))], found,
                   by_end={m.end - sent.start: m for m in found if m.cls in AGENT_CLASSES},
                   covered={(m.start - sent.start, m.end - sent.start) for m in found},
                   named=[q.span() for q in _NAME_QUOTE_KO.finditer(sent.text)])
    for i in range(len(ctx.words)):
        post = _post_at(ctx, i)
        if post is not None and all(stage(ctx, post) for stage in _STAGES):
            _emit(ctx, post)
    return _same_post_listed(sent, ctx.out)


def _post_at(ctx: _Reading, i: int) -> _Post | None:
    """The title at word i, in any of the forms a title is written in; a title with its name in brackets
    (가나부(장관 김철수)) or glued to a body is read here at once, and gives no ``_Post``."""
    sent, words, by_end, covered, named = ctx.sent, ctx.words, ctx.by_end, ctx.covered, ctx.named
    w = words[i]
    if any(a < w.start < b for a, b in named):
        return None         # ‘가나 디지털 혁신 대표 사업’: a word of a quoted name (대표, "flagship"), no title
    title, title_ko = titles().get(w.core) or _deputy_title(w.core), None
    of_title = False        # (a post named by the title before it: 사무총장 기술특사)
    spaced = _spaced_chief(words, i) if title is None else None
    if spaced is not None:  # 최고 AI 책임자: a chief officer's title written in several words
        title, title_ko = titles()[spaced[1]], spaced[1]
    if title is None:
        glued = next((x for x in post_modifiers() if w.core.startswith(x) and len(w.core) - len(x) >= 2 and
                      w.core[len(x):] in titles()), None)
        if glued:           # 김명주 초대소장: the post's modifier glued to it (초대 소장), not a body's name
            title, title_ko = titles()[w.core[len(glued):]], w.core[len(glued):]
    if title is None and _ORDINAL.match(w.core):
        title = titles().get(_ORDINAL.sub("", w.core))
        title_ko = w.core   # 2차관: the ordinal tells the two vice ministers apart (Second Vice Minister)
        number = int(_ORDINAL.match(w.core).group(0).lstrip("제"))
        if title is not None and number in ORDINALS_EN:
            title = replace(title, en=f"{ORDINALS_EN[number]} {title.en}")
    # (가나부(부총리 겸 가나부장관 김철수): the second post glued to its ministry's name)
    also = _title_suffix(w.core) if title is None and i >= 1 and words[i - 1].core == "겸" else None
    bracketed = _bracketed_head(sent, words, i, by_end, title_ko) if title is not None else \
        _bracketed_head(sent, words, i, by_end, also[0]) if also is not None and also[1] >= 2 else []
    if bracketed:
        ctx.out += bracketed    # 가나부(장관 김철수): the body, then its head in brackets
        return None
    bracketed = _title_then_bracketed_name(sent, words, i, by_end, covered) if title is not None else []
    if bracketed:
        ctx.out += bracketed    # 가나대 총장(안나 로페스): the body and the title, then the name in brackets
        return None
    covers = title is None and w.core.startswith("담당") and titles().get(w.core[2:])
    if covers:              # 디지털산업 담당국장: what the post covers, glued to the title
        title, title_ko = covers, w.core[2:]
    if title is None and not w.punct and i > 0:
        glued = _glued_title(sent, words, i, covered, by_end)
        if glued:
            ctx.out += glued
            return None
        suffix = _title_suffix(w.core) if _plain_title(words[i - 1]) else None
        if suffix is None or suffix[0] not in titles():
            return None
        title, title_ko = titles()[suffix[0]], w.core   # 유엔 사무총장 기술특사: the envoy, of the title before
        of_title = True
    elif title is not None and _plain_title(w) and i + 1 < len(words) and _plain_title(words[i + 1], glued=True) \
            and not words[i + 1].particle.startswith(("으로", "로")):
        return None         # 사무총장 기술특사, 대통령 비서실장: the last title is the post; not 장관 의장으로 (as chair)
    if not title or w.punct:
        return None
    joint = words[i - 1].core + w.core if i >= 1 and title_ko is None and not words[i - 1].particle and \
        words[i - 1].core in post_modifiers() else None
    if joint in titles():       # 공동 소장: the co-director (공동소장), written apart
        title, title_ko = titles()[joint], joint
    return _Post(i, w, title, title_ko, of_title, spaced, covers or None)


def _a_post_held_here(ctx: _Reading, p: _Post) -> bool:
    """False where the title word is no post held by a name before it: a rank before the role it ranks
    (수석), a field's leading firm (분야 대표 기업), the post of a name after it, a meeting at a title's rank."""
    words, by_end, covered = ctx.words, ctx.by_end, ctx.covered
    i, w = p.i, p.w
    if w.core == "수석" and not w.particle and i + 1 < len(words) and not words[i + 1].punct:
        return False        # 메타 수석 AI 과학자: "chief", before the role it ranks; no senior secretary (수석)
    if w.core == "대표" and not w.particle and i > 0 and words[i - 1].core in _FIELD_WORDS_KO and \
            not words[i - 1].particle:
        return False        # 가나테크는 모빌리티 분야 대표 기업으로: a field's leading firm, no one's post (대표)
    if not w.particle and i + 1 < len(words) and words[i + 1].core == "직속" and any(
            titles().get(x.core) for x in words[i + 2:i + 5]):
        return False        # NAME 대통령 직속 가나위원회 위원장: the body is "the president's", the name holds the
        #                     post after it (but 윤 전 대통령 직속 가나위원회에서: the president's own)
    if w.particle == "인" and i + 1 < len(words) and not _name_after(words, i, covered):
        return False        # 가나은행 초대 부총재인 김철수 부총재는: the post describes the name after it
        #                     (which has a title of its own; 가나 의장인 안나 로페스는 holds this one)
    if w.particle in ("에", "에는", "으로", "로") and i + 2 < len(words) and korean_name_shaped(words[i + 1]) and \
            any(i + d < len(words) and (titles().get(words[i + d].core) is not None or
                                        words[i + d].core in ("박사", "씨")) and
                not words[i + d - 1].particle for d in (2, 3)):
        return False        # 라티움모빌리티 대표에 김철수 사장을 영입했다, 라티움 준비그룹 의장으로 김철수 가나연구원
        #                     박사가 선출됐다: the post the name after it (with its title, or 박사 or 씨) is given
    if w.particle in ("으로", "로", "에") and i + 1 < len(words) and _APPOINTED_TO_KO.match(words[i + 1].text):
        return False        # 가나랩 공동소장으로 내정된 김철수 교수: the post of the name after it
    if not w.particle and i + 1 < len(words) and (words[i + 1].core in _MEETING_AFTER_TITLE or
                                                  w.core == "대표" and words[i + 1].core in _REPRESENTATIVE_OF_KO):
        return False        # 디지털 분야 차관 회담: a meeting at the rank of the title, no person's post; 업종별
        #                     대표 기업: the flagship companies
    if not w.particle and i + 1 < len(words) and i > 0 and words[i - 1].tags == ("NNG",) and \
            words[i - 1].core_end not in by_end and (
                titles().get(words[i + 1].core) or words[i + 1].core == "담당" and i + 2 < len(words) and
                titles().get(words[i + 2].core)):
        return False        # 내부 시장 집행위원, 단일 시장 담당 집행위원: the phrase's last title is the post
    return True


def _body_before_title(ctx: _Reading, p: _Post) -> bool:
    """The country or body right before the title (or before the name, as delegation lists write it),
    among the agents the sentence already has, or a university or ministry nobody knows yet; ``p.j`` moves to the
    word before it, and ``p.body_at`` keeps where the search stopped."""
    sent, words, by_end, covered, out = ctx.sent, ctx.words, ctx.by_end, ctx.covered, ctx.out
    i = p.i
    p.j = p.spaced[0] - 1 if p.spaced is not None else i - 2 if p.of_title else i - 1
    p.name_end = i          # (the word after the name)
    if p.j >= 2 and words[p.j].text == "(" and i + 1 < len(words) and words[i + 1].text == ")" and \
            not words[p.j - 1].particle and set(words[p.j - 1].tags) == {"NNG"} and words[p.j - 1].core not in titles():
        p.title_ko, p.j = words[p.j - 1].core, p.j - 2  # NAME 가나심의관(차관): a post the lexicon lacks, glossed
        p.name_end = p.j + 1
    while p.j >= 0 and (words[p.j].core in post_modifiers() or _NTH_HOLDER.fullmatch(words[p.j].core)) and \
            not words[p.j].particle:
        p.j -= 1            # 초대 소장, 신임 장관, 제40대 총리: the modifier is part of neither the name nor the body
    if p.covers or p.j >= 0 and words[p.j].core.endswith("담당") and not words[p.j].particle:
        # 국제협력 담당 차관, 국제협력담당 차관, AI·디지털산업 담당국장: what the post covers
        p.j -= 1 if p.covers or words[p.j].core != "담당" else 2
        while p.j >= 1 and words[p.j].text == "·" and not words[p.j - 1].particle:
            p.j -= 2        # AI·디지털산업: each topic of the list
    if p.j >= 2 and words[p.j].core in _FIELD_OF_POST and not words[p.j].particle:
        # 가나 디지털 변환 부문 차관: the sector the post covers, in common nouns after the country
        field = p.j - 1
        while field >= 1 and p.j - field < 4 and not words[field].particle and \
                words[field].core_end not in by_end and set(words[field].tags) <= {"NNG", "SL"}:
            field -= 1
        if words[field].core_end in by_end and not words[field].particle:
            p.j = field
    p.org, p.regional, p.field_after_name = None, False, False
    # a country or organisation right before the title, possibly with words glued to it
    k = p.j
    while k >= 0 and words[k].text == ")":      # 마이크로소프트(MS) 최고경영자: skip the gloss
        opening = next((x for x in range(k - 1, max(-1, k - 4), -1) if words[x].text == "("), None)
        if opening is None:
            break
        k = opening - 1
    for k in range(k, max(-1, k - 4), -1):
        m = by_end.get(words[k].core_end) if not words[k].particle else None
        if m is None and k >= 3 and words[k].text == ")" and words[k - 2].text == "(" and \
                ACRONYM_LETTERS.fullmatch(words[k - 1].core) and not words[k - 3].particle:
            m = by_end.get(words[k - 3].core_end)   # 가나산업협회(GIA) 김철수 회장: the body's acronym after it
        name_at = next((x for x in range(i - 1, k, -1) if korean_name_shaped(words[x]) and len(words[x].core) == 3),
                       None) if m else None
        if m is not None and words[k].text == ")" and name_at != k + 1:
            m = None        # (only with the name right after the bracket)
        if m and name_at is not None and name_at == k + 1 and m.cls != "Country":
            # 세계은행 김철수 디지털전환 부총재: the body, then the person (a delegation list's order),
            # then the post's field; the name is not a field of the post
            p.org, p.j, p.field_after_name = m, name_at, True
            p.title = _unit_of_title(p.title, [x.core for x in words[name_at + 1:i] if not x.particle])
            break
        if m:
            p.org, p.j = m, k - 1
            # (and its legal form before it: 김철수 ㈜가나 대표)
            form = max((f.start() for f in LEGAL_FORM_KO.finditer(sent.text, 0, m.start - sent.start)
                        if f.end() == m.start - sent.start), default=m.start - sent.start)
            while p.j >= 0 and words[p.j].start >= form:
                p.j -= 1
            # 가나전자 AI 센터장: the unit's field, between the body and the title, names the unit
            p.title = _unit_of_title(p.title, [x.core for x in words[k + 1:i] if not x.particle])
            if k == i - 2 and (governed := _governed(p.title, p.title_ko, words[i - 1])):
                p.title, p.title_ko = governed  # 존 스미스 미국 텍사스주 주지사: the country, then the state
                p.regional = True
            break
        if words[k].punct and words[k].text not in "-–·㈜" or words[k].particle:
            break           # 한국 대표로 참석한 NAME 총리, 위원회 위원장에 NAME 교수: a word with its own
            #                 ending closes the phrase; the body of the post is not before it
        if k < i - 1 and titles().get(words[k].core) and korean_name_shaped(words[k + 1]):
            break           # 가나병원 라티움단 단장 김철수 교수: a title and a name before this title; the body
            #                 before them is the first post's
    if p.org is not None and p.org.cls == "Country" and k == i - 2 and p.ko in _UNIVERSITY_TITLES \
            and not words[i - 1].particle and re.fullmatch(r"[\uac00-\ud7a3]{1,6}대", words[i - 1].core):
        # 김철수 캐나다 가나대 교수: the university after its country holds the post
        p.org = known_or_new(sent, words[i - 1].start, words[i - 1].core_end, "ResearchOrganisation",
                             "ko-name-org-title", 0.6)
        out.append(p.org)
    if p.org is None and p.j >= 4 and not words[p.j].particle and _org_head(words[p.j].core) and \
            words[p.j - 1].text == ")" and words[p.j - 3].text == "(" and _country_short(words[p.j - 2]):
        # 안나 로페스 (칠레)과학기술부 장관: a ministry the data does not know, after its country:
        # the post is the country's (as 스페인 국방차관's), not a ministry's name any country may have
        c = words[p.j - 2]
        p.org = by_end.get(c.core_end) or mention_at(sent, c.start, c.core_end, "Country", "ko-short-country", 0.7,
                                                     _country_ids(c.core)[:1])
        if p.org not in ctx.found:
            out.append(p.org)
        p.j -= 1
    if p.org is not None and p.j >= 3 and words[p.j].text == ")" and words[p.j - 2].text == "(" and \
            _country_short(words[p.j - 1]):
        p.j -= 3            # 존 스미스 (영)과학혁신기술부 장관: the ministry's country, short, in brackets
    if p.title.kind == "after-body" and (p.org is None or k != i - 1 and not _name_between(words[k + 1:i])):
        return False        # 김철수 대신 이영희가: "instead of"; 총무성 (NAME) 대신: the ministry's minister
    if p.org is not None and not p.regional and not p.field_after_name and \
            _name_between(_without_units(_without_gloss(words[k + 1:p.name_end]))):
        p.j = p.name_end - 1  # 국민의힘 박지훈 의원: the organisation, then the name (its own spelling may follow;
        #                       and its unit may come first: 가나대학교 컴퓨터공학과 김철수 교수)
    elif p.org is not None and p.org.cls == "Country" and k + 2 < i and not words[k + 1].particle and \
            _org_head(words[k + 1].core) and _name_between(_without_gloss(words[k + 2:i])):
        # 라티움 과학혁신부 안나 로페스 장관: the country, its ministry, then the name
        p.org = known_or_new(sent, words[k + 1].start, words[k + 1].core_end, head_class(words[k + 1].core, "ko")
                             or "GovernmentBody", "ko-body-name-title", 0.6)
        out.append(p.org)
        covered.add((p.org.start - sent.start, p.org.end - sent.start))
        p.j = i - 1
    p.body_at = k
    return True


def _words_between_name_and_body(ctx: _Reading, p: _Post) -> bool:
    """Moves ``p.j`` past the words between the name and the body or title that belong
    to neither (the ministry's country, 주재, 현(現), a state, 전, the name's own spelling, a chamber); some of them
    name the post's body where none was found (주한칠레, 미, a dotted committee's fields, an acronym in brackets)."""
    sent, words, by_end, out = ctx.sent, ctx.words, ctx.by_end, ctx.out
    w = p.w
    if p.org is not None and p.j >= 0 and not words[p.j].particle and by_end.get(words[p.j].core_end) is not None \
            and by_end[words[p.j].core_end].cls == "Country":
        p.j -= 1            # 대한민국 외교부 장관: the ministry's country before it
    if p.org is not None and p.j >= 1 and words[p.j].core == "주" and not words[p.j].particle:
        p.j -= 1            # 김철수 주 OECD 대사: the envoy "to" the body, written apart
    stationed = by_end.get(words[p.j - 1].core_end) if p.org is not None and p.j >= 1 and words[p.j].core == "주재" \
        and not words[p.j].particle and not words[p.j - 1].particle else None
    if stationed is not None:
        p.j -= 1            # 유엔 주재 미국 대사: the country's ambassador at the body before 주재
        while p.j >= 0 and words[p.j].start >= stationed.start - sent.start:
            p.j -= 1
    if p.j >= 3 and words[p.j].text == ")" and words[p.j - 2].text == "(" and words[p.j - 1].tags == ("SH",):
        p.j -= 3            # 현(現): the modifier glossed in Hanja
    if p.j >= 1 and re.fullmatch(r"[\uac00-\ud7a3]{3,}주", words[p.j].core) and "NNP" in words[p.j].tags \
            and not words[p.j].particle and not words[p.j - 1].particle and \
            (country := by_end.get(words[p.j - 1].core_end)) is not None and country.cls == "Country" and \
            p.org in (None, country):
        p.org, p.j = country, p.j - 2  # 앤드류 벨 호주 뉴사우스웨일즈주 대법원장: a state of the country, then its post
    if p.j >= 0 and words[p.j].core == "관방" and not words[p.j].particle and w.core == "장관":
        p.title, p.title_ko = replace(p.title, en="Chief Cabinet Secretary"), "관방장관"
        p.j -= 1            # 스가 요시히데 관방 장관: Japan's Chief Cabinet Secretary, written apart
    if p.j >= 0 and words[p.j].core in _FORMER_OR_NOW + ("신임", "당시") and not words[p.j].particle:
        p.j -= 1            # 에릭 슈밋 전 구글 최고경영자: a former or current post
    if p.org is None and p.j >= 1 and not words[p.j].particle and re.search(r"[\uac00-\ud7a3]", words[p.j].core) and \
            _org_head(words[p.j].core) and _latin_gloss(words, p.j - 1) is not None and \
            not (korean_name_shaped(words[p.j]) and len(words[p.j].core) == 3):
        # 안나 로페스(Ana Lopez) 가나디지털부 차관: a body nobody knows yet, after the name's own spelling
        # (not a Korean name ending in 부 after a body's gloss: 세계은행(World Bank) 김상부 부총재)
        p.org = known_or_new(sent, words[p.j].start, words[p.j].core_end, head_class(words[p.j].core, "ko") or
                             "Organisation", "ko-name-org-title", 0.6)
        out.append(p.org)
        p.j -= 1
    if p.org is None and p.j >= 3 and words[p.j].text == ")" and words[p.j - 2].text == "(" and \
            re.fullmatch(r"[A-Z][A-Z0-9&.-]{1,9}", words[p.j - 1].core) and not words[p.j - 3].particle and \
            not words[p.j - 3].punct:
        p.j -= 3            # 김민서 가나산업협회(GNIA) 회장: a body's acronym in brackets; the body is before it
        first = p.j
        while first >= 2 and _glued_dot(words, first - 1):
            first -= 2      # (가나인공지능·소프트웨어산업협회: a dot inside its name)
        if re.search(r"[\uac00-\ud7a3]", words[p.j].core) and (_org_head(words[p.j].core) or first < p.j):
            p.org = known_or_new(sent, words[first].start, words[p.j].core_end, head_class(words[p.j].core, "ko") or
                                 "Organisation", "ko-name-org-title", 0.6)
            out.append(p.org)
            p.j = first - 1
    p.gloss = _latin_gloss(words, p.j)
    if p.gloss is not None:  # 미셸 도넬런(Michele Donelan) 영국 기술부 장관: the name's own spelling
        p.j = p.gloss[0] - 1
    resident = _RESIDENT_IN.match(words[p.j].core) if p.org is None and p.j >= 1 and not words[p.j].particle else None
    if resident and _is_country(resident.group(1)):
        # 안나 로페스 주한칠레 대사: the ambassador "resident in Korea" of the country after 주한
        s0 = words[p.j].start + resident.start(1)
        p.org = mention_at(sent, s0, words[p.j].core_end, "Country", "ko-resident-country", 0.7,
                           lookup_normalised(resident.group(1)))
        p.j -= 1
    if p.org is not None and p.org.cls == "Country" and p.j >= 1 and not words[p.j].particle and \
            _STATIONED_IN.fullmatch(words[p.j].core):
        p.j -= 1            # 안나 로페스 주한 칠레 대사: "resident in Korea", written apart from the country
    short = demonyms().get(words[p.j].core) if p.org is None and p.j >= 1 and len(words[p.j].core) == 1 and \
        not words[p.j].particle else None
    if short is not None:   # 존 스미스 미 대통령: the country's one-syllable short form, no part of the name
        p.org = mention_at(sent, words[p.j].start, words[p.j].core_end, "Country", "ko-short-country", 0.7, (short,))
        p.j -= 1
    if p.j >= 1 and not words[p.j].particle and words[p.j].core.startswith("주") and _is_country(words[p.j].core[1:]):
        p.j -= 1            # 김철수 주칠레 대사: the envoy "resident in Chile", glued to it, is no part of the name
    if p.j >= 1 and not words[p.j].particle and _concurrent_post(words[p.j].core):
        p.j -= 1            # 김철수 과기부총리겸 가나부 장관: a post held at once, glued to 겸, is no part of the name
    if p.j >= 1 and not words[p.j].particle and words[p.j].core in stop_words() and korean_name_shaped(words[p.j - 1]):
        p.j -= 1            # 김철수 총회 의장: a word that is never a name's (the assembly) after a name
    if p.j >= 1 and not words[p.j].particle and words[p.j].core.endswith(_UNDER) and p.org is not None:
        # 김철수 대통령직속 가나위원회 위원장, 김철수 대통령 직속 …: whom the body answers to, no part of the name
        p.j -= 2 if words[p.j].core in _UNDER and not words[p.j - 1].particle else 1
    if p.j >= 0 and (governed := _governed(p.title, p.title_ko, words[p.j])):
        p.title, p.title_ko = governed  # 존 스미스 캘리포니아 주지사: the state the governor governs, no part of the name
        p.j -= 1
    if p.org is not None and p.org.cls in ORG_FAMILY and p.j >= 1 and words[p.j].text == "·" and \
            words[p.j].end == p.org.start - sent.start and not words[p.j - 1].particle and not words[p.j - 1].punct and \
            not _org_head(words[p.j - 1].core) and words[p.j - 1].core not in titles() and \
            by_end.get(words[p.j - 1].core_end) is None:
        # 경제·재정·금융위원회 위원장: a body the data knows is the last of a committee's dotted fields
        first = p.j - 1
        while first >= 2 and words[first - 1].text == "·" and not words[first - 2].particle and \
                not words[first - 2].punct:
            first -= 2
        p.org = known_or_new(sent, words[first].start, p.org.end - sent.start, head_class(p.org.text, "ko") or p.org.cls,
                             "ko-dotted-body", 0.6)
        out.append(p.org)
        p.j = first - 1
    if p.org is None and p.j >= 2 and words[p.j - 1].text == "·" and not words[p.j].particle and _org_head(words[p.j].core):
        first = p.j         # 경제·재정·금융위원회 위원장: a committee named by the fields it covers, dotted
        while first >= 2 and words[first - 1].text == "·" and not words[first - 2].particle and \
                not words[first - 2].punct:
            first -= 2
        p.org = known_or_new(sent, words[first].start, words[p.j].core_end, head_class(words[p.j].core, "ko") or
                             "Organisation", "ko-dotted-body", 0.6)
        out.append(p.org)
        p.j = first - 1
    if p.j >= 1 and not words[p.j].particle and words[p.j].core in ("상원", "하원"):
        p.j -= 1            # 존 로 가나당 상원 원내대표: the chamber the post is held in, no part of the name
    return True


def _name_words(ctx: _Reading, p: _Post) -> bool:
    """The name's words, read leftwards from ``p.j`` while they look like a name's: three at most, more
    for a Latin-script or Arabic name, and as many as its own spelling in brackets after it has."""
    sent, words, covered, out = ctx.sent, ctx.words, ctx.covered, ctx.out
    p.names = []
    # (a Latin-script word right before the title may be an organisation's, taken out below: one word more)
    while p.j >= 0 and len(p.names) < (6 if any(x.core in _ARABIC_LINKS for x in p.names) else
                                       4 if p.names and re.fullmatch(r"[A-Za-z][\w.-]*", p.names[-1].core) else 3) and \
            (name_like(words[p.j]) or _misread_name(words[p.j]) or _linked_name_part(words, p.j, p.names) or
             _given_name_read_as_verb(words, p.j, p.names)) and \
            words[p.j].core not in heads()["ko"] and \
            not any(s <= words[p.j].start < e for s, e in covered):     # AI 위원회 민간 위원: no name
        p.names.insert(0, words[p.j])
        p.j -= 1
        if p.j >= 1 and _joins(words[p.j - 1], words[p.j], p.names[0]) and name_like(words[p.j - 1]):
            p.j -= 1        # 로페스-가르시아: a double-barrelled name is one word
    field_at = p.j
    while p.names and field_at >= 1 and field_at > p.j - 2 and not words[field_at].particle and \
            not words[field_at].punct and "NNP" not in words[field_at].tags:
        field_at -= 1       # (글로벌 공공정책: the field's words, a common noun Kiwi would not read as a name)
    spelled = _latin_gloss(words, field_at) if p.names and p.org is None and field_at >= 0 else None
    if spelled is not None and all(re.search(r"[\uac00-\ud7a3]", w.core) for w in p.names):
        # 윌슨 화이트(Wilson White) 글로벌 공공정책 부사장: after a name spelled in Latin script, the words
        # before the title are the post's field; the name is the one spelled (as many words as its spelling)
        k2, before, count = spelled[0] - 1, [], spelled[1] - spelled[0] - 1
        while k2 >= 0 and len(before) < count and name_like(words[k2]) and \
                not any(s <= words[k2].start < e for s, e in covered):
            before.insert(0, words[k2])
            k2 -= 1
        if len(before) == count:
            p.names, p.j = before, k2
    if len(p.names) == 1 and p.j >= 0 and _JAPANESE_FAMILY_WA.search(words[p.j].text) and words[p.j].particle == "와" \
            and not korean_name_shaped(p.names[0]) and (p.j == 0 or words[p.j - 1].punct or words[p.j - 1].particle):
        p.names.insert(0, words[p.j])  # 이시카와 다로: Kiwi reads the family name's 와 as "and" (이시카 + 와)
        p.j -= 1
    if p.org is None and p.names and len(p.names) <= 2 and p.j >= 1 and words[p.j].core in _FORMER_OR_NOW and \
            not words[p.j].particle and name_like(words[p.j - 1]) and not _TIME_AGO_KO.fullmatch(words[p.j - 1].core) and \
            not any(s <= words[p.j - 1].start < e for s, e in covered):
        # 데이비드 로페스 전 라티페이 최고운영책임자: the name, "former", then a body nobody knows yet
        p.org = known_or_new(sent, p.names[0].start, p.names[-1].core_end, head_class(p.names[-1].core, "ko") or
                             "Organisation", "ko-name-org-title", 0.6)
        out.append(p.org)
        p.j -= 1
        p.names = []
        while p.j >= 0 and len(p.names) < 3 and name_like(words[p.j]) and words[p.j].core not in heads()["ko"] and \
                not any(s <= words[p.j].start < e for s, e in covered):
            p.names.insert(0, words[p.j])
            p.j -= 1
    return True


def _words_that_are_no_name(ctx: _Reading, p: _Post) -> bool:
    """Drops the name's words that are no name's (a post's field, a panel, an acronym, people
    counted, a determiner), and takes out a body standing among them (…위, …청, …공사, 퓨리오사 AI)."""
    sent, words, by_end, covered, out = ctx.sent, ctx.words, ctx.by_end, ctx.covered, ctx.out
    w = p.w
    if p.names and p.org is None and p.j >= 3 and words[p.j].text == ")" and all(_unknown_body_word(w) for w in p.names):
        opening = next((k for k in range(p.j - 1, max(0, p.j - 7), -1) if words[k].text == "("), None)
        if opening is not None and opening >= 1 and _PHOTO_POSITION_KO.match(words[opening + 1].core) and \
                _korean_given_name(words[opening - 1]):
            # 김철수(왼쪽 다섯 번째) 가나에스엠 대표이사: the name before where it stands in the photo, then the body
            p.org = known_or_new(sent, p.names[0].start, p.names[-1].core_end, head_class(
                " ".join(w.core for w in p.names), "ko") or "Organisation", "ko-name-org-title", 0.6)
            out.append(p.org)
            p.names = [words[opening - 1]]
    if p.names and p.j >= 0 and words[p.j].text == "(" and _after_person(words, p.j):
        p.names = []        # 김철수 소장(가나대 법학부 교수): the bracket describes the person before it
    if len(p.names) >= 2 and p.j >= 0 and (words[p.j].core in ("및", "·") or words[p.j].text == "·"):
        p.names = []        # 사이버·핵심기술 및 민주주의 회복력 국장: a list of what the post covers, no name
    if p.names and _group_head(p.names[-1].core):
        p.names.pop()       # 유엔 AI 과학패널 위원: a member of a panel or network, which is no name (nor an agent)
    if p.names and not any(c.islower() or "\uac00" <= c <= "\ud7a3" for w in p.names for c in w.core):
        p.names = []        # AIGO-GPAI 의장: a body's acronym, not a person's name
    if p.org is None and len(p.names) >= 3 and p.names[-1].core in GENERIC_ACRONYMS and \
            (known := lookup_normalised(p.names[-2].core + p.names[-1].core)):
        # 김철수 퓨리오사 AI 대표: a company whose name ends in AI, written apart (퓨리오사AI), not the post's field
        p.org = mention_at(sent, p.names[-2].start, p.names[-1].core_end, load_authority().get(known[0]).cls,
                           "ko-name-org-title", 0.7, known)
        out.append(p.org)
        p.names = p.names[:-2]
    while len(p.names) >= 2 and (p.names[-1].core in GENERIC_ACRONYMS or p.names[-1].core in portfolios()):
        p.names.pop()       # 김철수 AI 장관, 김철수 외교 장관: the post's field, not the name's
    if p.names and p.org is None and p.ko in ("위원장", "부위원장", "위원", "상임위원", "비상임위원") and \
            re.fullmatch(r"[\uac00-\ud7a3]{2,}위", p.names[-1].core) and not p.names[-1].particle:
        # 개보위 위원장, 가나전략위 부위원장: a committee's short name (…위원회 → …위) is its body, no name
        ow = p.names.pop()
        if p.names:
            p.org = known_or_new(sent, ow.start, ow.core_end, "GovernmentBody", "ko-name-org-title", 0.6)
            out.append(p.org)
    if p.names and not p.names[-1].particle and re.fullmatch(r"[\uac00-\ud7a3]{3,}청", p.names[-1].core) and \
            not any(t == "NNB" for t in p.names[-1].tags):
        # 가나 연구혁신청 부의장: an agency (…청) of four syllables or more, which no person's name is
        ow = p.names.pop()
        p.org = known_or_new(sent, ow.start, ow.core_end, "GovernmentBody", "ko-agency-title", 0.6)
        out.append(p.org)
    if p.names and not p.names[-1].particle and re.fullmatch(r"[\uac00-\ud7a3]{2,}공사", p.names[-1].core):
        # 한국전력공사 사장: a public corporation (…공사) of four syllables or more, no person's name
        ow = p.names.pop()
        p.org = known_or_new(sent, ow.start, ow.core_end, "Company", "ko-corporation-title", 0.6)
        out.append(p.org)
    if len(p.names) >= 2 and _korean_given_name(p.names[-1]) and "NNP" in p.names[-1].tags and \
            all(set(w.tags) == {"NNG"} and len(w.core) == 2 for w in p.names[:-1]):
        p.names = p.names[-1:]  # (headline) … 핵심 과제 제시 김철수 대통령: common nouns, then a Korean name, one word
    if len(p.names) >= 2 and re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[-1].core) and \
            p.names[-1].core[0] in korean_surnames() and korean_name_shaped(p.names[-1]):
        # 라티움 방문한 김철수 장관: a Korean name is one word, and a verb's form before it (Kiwi: 방문 NNG +
        # 한 MM) is no part of it (a foreign given name Kiwi reads as a common noun may be: 나렌미스 모로니)
        while len(p.names) >= 2 and "NNP" not in p.names[0].tags and p.names[0].tags[-1] == "MM" and \
                p.names[0].core[-1] in "한된는던은인":
            p.names.pop(0)
    if len(p.names) == 1 and w.particle in ("로", "으로") and not korean_name_shaped(p.names[0]) and \
            not any(t in ("SL", "SH") for t in p.names[0].tags):
        return False        # 현재 라티움 이사로 재직 중이다: serving as the body's director; the person is named elsewhere
    if len(p.names) == 1 and p.j >= 0 and _COUNTED.fullmatch(words[p.j].core) and words[p.j].particle in ("을", "를") or \
            p.names and p.j >= 0 and _COUNTED_KINDS.fullmatch(words[p.j].core) and not words[p.j].particle:
        p.names = []        # 35명을 가나단 위원으로 위촉: the people counted join the body; 6개 인터넷 기업 대표:
        #                     the heads of the bodies counted; no one's name
    if p.names and all(w.core in GENERIC_ACRONYMS or w.core in post_modifiers() for w in p.names):
        p.names = []        # 첫 AI 장관: no name at all
    if len(p.names) >= 2 and p.names[0].tags == ("MM",) and len(p.names[0].core) == 1 and \
            all(set(w.tags) <= {"NNG", "XSN"} for w in p.names[1:]):
        p.names = []        # 양 기관 대표, 각 부처 장관: a determiner and a common noun (a Korean name
        #                     is written in one word)
    if p.org is None and p.names and p.j >= 1 and words[p.j].text in _ON_BEHALF_KO:
        k = p.j - 2 if p.j >= 2 and words[p.j - 1].core == "정부" and words[p.j - 1].particle in ("를", "을") else p.j - 1
        m = by_end.get(words[k].core_end)
        if m is not None and (m.cls == "Country") == (p.title.kind == "state") and \
                (k == p.j - 1 and words[k].particle in ("를", "을") or k == p.j - 2 and not words[k].particle):
            p.org = m       # 라티움 정부를 대표해 NAME 외교장관: the minister of the country represented
    if p.org is None and p.j >= 0 and words[p.j].particle in ("의", ""):
        m = by_end.get(words[p.j].core_end)  # 인도의 NAME 총리, 삼성전자 NAME 회장
        if m is None and p.j >= 2 and words[p.j].tags == ("JKG",) and words[p.j - 1].text == ")":
            m = by_end.get(words[p.j - 1].start)  # 가나연합(GU)의 NAME 사무총장: the body, glossed, then 의
        if m:
            p.org = m
    if len(p.names) == 1 and p.names[0].core in portfolios() and p.org is not None and p.j >= 1 and \
            by_end.get(words[p.j].core_end) is p.org and not words[p.j].particle:
        # 김철수 외교부 아시아태평양 특별대표: the post's field after the body; the name is before the body
        k, p.names = p.j - 1, []
        while k >= 0 and len(p.names) < 3 and name_like(words[k]) and words[k].core not in heads()["ko"] and \
                not any(s <= words[k].start < e for s, e in covered):
            p.names.insert(0, words[k])
            k -= 1
    if p.org is not None and p.org.cls == "Country" and len(p.names) >= 2 and not p.names[-1].particle and \
            head_class(p.names[-1].core, "ko") == "GovernmentBody" and _org_head(p.names[-1].core) and \
            (len(p.names) >= 3 or korean_name_shaped(p.names[0])):
        ministry = p.names.pop()  # 영국의 존 스미스 외무부 장관: the country's ministry, which the data does not
        #                         know, between the name and the title (the post stays the country's)
        if ministry.core.endswith("부") and p.ko == "장관":
            p.title_ko = ministry.core[:-1] + "장관"   # 외무부 장관 is the 외무장관 (the UK's Foreign Secretary)
    if p.org is None and p.names and p.j >= 1 and words[p.j].particle == "인" and titles().get(words[p.j].core):
        # 가나은행 디지털 전환 초대 부총재인 김철수 부총재: the body of the post described before the name
        p.org = next((by_end[words[k].core_end] for k in range(p.j - 1, max(-1, p.j - 5), -1)
                      if not words[k].particle and words[k].core_end in by_end), None)
    return True


def _latin_script_bodies(ctx: _Reading, p: _Post) -> bool:
    """A body written in Latin script among the name's words (THE DATA 이영희 대표, 김철수 ABC
    테크놀로지 대표), and a legal form starting a body's name (법무법인)."""
    sent, out = ctx.sent, ctx.out
    if p.org is None and len(p.names) >= 2 and all(re.fullmatch(r"[A-Z][A-Za-z.&-]*", w.core) for w in p.names[:-1]) and \
            re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[-1].core) and korean_name_shaped(p.names[-1]) and \
            lookup_normalised(" ".join(w.core for w in p.names)) == ():
        # ▶LDA 김철수 이사장, THE DATA 이영희 대표: a body's Latin-script name, then a Korean name, which is one word
        # (a topic's acronym alone, AI 김철수 대표, names no body)
        if not all(w.core in GENERIC_ACRONYMS for w in p.names[:-1]):
            p.org = known_or_new(sent, p.names[0].start, p.names[-2].core_end, head_class(
                " ".join(w.core for w in p.names[:-1]), "en") or "Organisation", "ko-org-name-title", 0.6)
            out.append(p.org)
        p.names = p.names[-1:]
    latin = 0
    while latin < len(p.names) - 1 and re.fullmatch(r"[A-Za-z][\w.&-]*", p.names[-1 - latin].core):
        latin += 1
    run = " ".join(w.core for w in p.names[len(p.names) - latin:])
    if p.org is None and latin >= 2 and re.search(r"[\uac00-\ud7a3]", p.names[-1 - latin].core) and \
            head_class(run, "en") in ORG_FAMILY:
        # 라나 오 AI Fund 대표: a Latin-script body of several words, its head word last, before the title
        ows, p.names = p.names[len(p.names) - latin:], p.names[:len(p.names) - latin]
        p.org = known_or_new(sent, ows[0].start, ows[-1].core_end, head_class(run, "en"), "ko-name-org-title", 0.6)
        out.append(p.org)
    if p.names and all(re.fullmatch(r"[A-Za-z][\w.&-]*", w.core) for w in p.names) and \
            head_class(" ".join(w.core for w in p.names), "en") in ORG_FAMILY:
        p.names = []        # (응) AI Fund 대표: a body's name, whoever's name Kiwi did not read before it
    if p.org is None and len(p.names) >= 2 and re.fullmatch(r"[A-Za-z][\w.-]*", p.names[-1].core) and \
            any(w.core in GENERIC_ACRONYMS for w in p.names[:-1]):
        p.names = []        # 대표적인 AI 메모리 HBM 시장: a market (시장), a topic's words; no one's name holds "AI"
    if p.org is None and len(p.names) >= 2 and re.fullmatch(r"[A-Za-z][\w.-]*", p.names[-1].core) and \
            p.names[-1].core not in GENERIC_ACRONYMS and re.search(r"[\uac00-\ud7a3]", p.names[-2].core):
        # an unknown Latin-script organisation between a Korean-script name and the title (… xAI 설립자)
        ow = p.names.pop()
        p.org = mention_at(sent, ow.start, ow.core_end, "Organisation", "ko-name-org-title", 0.6)
        out.append(p.org)
    run = next((k for k in range(len(p.names) - 2, 0, -1) if re.search(r"[\uac00-\ud7a3]", p.names[k - 1].core) and
                all(re.fullmatch(r"[A-Z][\w.&-]*", w.core) for w in p.names[k:])), None) if p.org is None else None
    if run is not None and p.title.kind == "org" and not any(w.core in GENERIC_ACRONYMS for w in p.names[run:]):
        # 안나 로페스 LATIUM Education 부사장: a company's Latin-script name of several words, no head word
        # among them, between a Korean-script name and a company's post
        p.org = mention_at(sent, p.names[run].start, p.names[-1].core_end, "Organisation", "ko-name-org-title", 0.6)
        p.names = p.names[:run]
        out.append(p.org)
    latin = next((k for k in range(1, len(p.names) - 1) if re.fullmatch(r"[A-Za-z][\w.&-]*", p.names[k].core)), None)
    if p.org is None and latin is not None and re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[0].core) and \
            korean_name_shaped(p.names[0]) and all(re.search(r"[\uac00-\ud7a3]", w.core) for w in p.names[latin + 1:]):
        # 김철수 ABC 테크놀로지 대표: a Korean name is one word, and a Latin-script word starts the body's
        # name after it (a transliterated name has no Latin word inside it)
        p.org = mention_at(sent, p.names[latin].start, p.names[-1].core_end, "Organisation", "ko-name-org-title", 0.6)
        p.names = p.names[:latin]
        out.append(p.org)
    prefix = next((k for k in range(1, len(p.names)) if p.names[k].core in org_prefixes() or _org_prefixed(p.names[k])), None)
    if p.org is None and prefix is not None and (len(p.names[prefix:]) >= 2 or _org_prefixed(p.names[prefix])):
        # 김철수 법무법인 가나 대표: a body's legal form starts its name, after the person's
        p.org = mention_at(sent, p.names[prefix].start, p.names[-1].core_end, "Organisation", "ko-name-org-title", 0.6)
        p.names = p.names[:prefix]
        out.append(p.org)
    if p.org is None and len(p.names) >= 3 and p.names[0].core in org_prefixes() and not p.names[-2].particle and \
            korean_name_shaped(p.names[-1]) and len(p.names[-1].core) == 3:
        # 법무법인 가나 김철수 대표: the body with its legal form first, then a Korean name
        p.org = mention_at(sent, p.names[0].start, p.names[-2].core_end, "Organisation", "ko-org-name-title", 0.6)
        p.names = p.names[-1:]
        out.append(p.org)
    return True


def _universities_and_owners(ctx: _Reading, p: _Post) -> bool:
    """A university's short name among the name's words (가나대), a body of five syllables
    and more after a Korean name, and the body named before the name with 의."""
    sent, words, by_end, out = ctx.sent, ctx.words, ctx.by_end, ctx.out
    if p.org is None and len(p.names) >= 3 and p.ko in _UNIVERSITY_TITLES and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}대", p.names[-2].core) and \
            re.fullmatch(r"[\uac00-\ud7a3]{2,}", p.names[-1].core):
        p.names.pop()       # 김철수 가나대 법학부 교수: the university's short name, then its department
        #                     (or another unit of it: 가나대 사회혁신단)
    if p.org is None and len(p.names) >= 2 and p.ko in _UNIVERSITY_TITLES and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}대", p.names[-1].core):
        ow = p.names.pop()  # 김철수 가나대 총장: a university's short name (…대학교 → …대)
        p.org = known_or_new(sent, ow.start, ow.core_end, "ResearchOrganisation", "ko-name-org-title", 0.6)
        out.append(p.org)
    elif p.org is not None and len(p.names) >= 2 and p.ko in _UNIVERSITY_TITLES and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}대", p.names[-1].core) and not p.names[-1].particle and \
            p.org.start - sent.start > p.names[-1].start:
        ow = p.names.pop()  # 김철수 가나대 사회혁신단 교수: the university, not the unit found after it
        p.org = known_or_new(sent, ow.start, ow.core_end, "ResearchOrganisation", "ko-name-org-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) >= 2 and p.ko in _UNIVERSITY_TITLES and \
            re.fullmatch(r"[\uac00-\ud7a3]{2,6}대", p.names[0].core) and not p.names[0].particle and \
            not (korean_name_shaped(p.names[0]) and len(p.names[0].core) <= 3) and \
            not re.fullmatch(r"[\uac00-\ud7a3]{1,4}대", p.names[-1].core):
        # 가나대 안나 로페스 교수: the university's short name first, then a foreign name (a university
        # of four syllables and more is no Korean name, though its first is a family name: 노스힐대)
        ow = p.names.pop(0)
        p.org = known_or_new(sent, ow.start, ow.core_end, "ResearchOrganisation", "ko-org-name-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) == 2 and p.ko in _UNIVERSITY_TITLES and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}대", p.names[0].core) and not p.names[0].particle and \
            re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[1].core) and korean_name_shaped(p.names[1]):
        # 가나대 김철수 교수: the university's short name, then a Korean name, which is one word
        ow = p.names.pop(0)
        p.org = known_or_new(sent, ow.start, ow.core_end, "ResearchOrganisation", "ko-org-name-title", 0.6)
        out.append(p.org)
    glued_school = re.fullmatch(r"([\uac00-\ud7a3]{1,4}대)([\uac00-\ud7a3]{3})", p.names[0].core) \
        if p.org is None and len(p.names) == 1 and p.ko in _UNIVERSITY_TITLES else None
    if glued_school and glued_school.group(2)[0] in korean_surnames():
        # (가나대김철수 교수): the university's short name glued to the Korean name
        cut = p.names[0].start + glued_school.end(1)
        p.org = known_or_new(sent, p.names[0].start, cut, "ResearchOrganisation", "ko-org-name-title", 0.6)
        out.append(p.org)
        p.names = [replace(p.names[0], start=cut, core=glued_school.group(2), text=p.names[0].text[len(glued_school.group(1)):])]
    spelled = len(_own_spelling(ctx, p).split())
    if p.org is None and len(p.names) == 2 and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", p.names[0].core) and \
            p.names[0].core[:1] in korean_surnames() and re.fullmatch(r"[\uac00-\ud7a3]{5,}", p.names[1].core) \
            and p.title.kind != "state" and spelled != 2:
        # 고진 한국무역정보통신 대표: a Korean name is one word, and five syllables and more after it
        # are no foreign name's part but a body nobody knows yet.  Not before a state's post (존 가나다라마
        # 장관: a minister's body is a ministry, whose head word another rule reads), nor when the name's
        # own spelling after it has two words
        ow = p.names.pop()
        p.org = known_or_new(sent, ow.start, ow.core_end, head_class(ow.core, "ko") or "Organisation",
                             "ko-name-org-title", 0.6)
        out.append(p.org)
    owner = re.search(r"(?:\s*\([^()]{1,20}\))?의\s*$", sent.text[:p.names[0].start]) if p.names and p.org is None \
        else None
    body_word = next((w for w in words if w.core_end == owner.start() and re.search(r"[\uac00-\ud7a3]", w.core)),
                     None) if owner else None
    if owner and by_end and by_end.get(owner.start()) is not None and by_end[owner.start()].cls in ORG_FAMILY:
        # 라티움평의회 데이터위원회(LDC)의 안나 로페스 가르시아 의장: the body named before, with 의, holds the
        # post; the third word is the name's
        p.org = by_end[owner.start()]
    elif body_word is not None and re.fullmatch(r"[신새현전]?정부", body_word.core):
        # 캄보디아 신정부의 NAME 총리: a country's (new) government is the country
        k = words.index(body_word)
        p.org = by_end.get(words[k - 1].core_end) if by_end and k > 0 and not words[k - 1].particle else None
        p.org = p.org if p.org is not None and p.org.cls == "Country" else None
    elif body_word is not None and _org_head(body_word.core):
        p.org = known_or_new(sent, body_word.start, body_word.core_end, head_class(body_word.core, "ko") or
                             "Organisation", "ko-body-of-name-title", 0.6)
        out.append(p.org)
    return True


def _korean_bodies_among_names(ctx: _Reading, p: _Post) -> bool:
    """A body written in Korean among the name's words: a company before a company's post,
    a ministry before a delegation list's name, a city before its mayor, a unit of the body, and any word whose
    head says it is a body."""
    sent, words, out = ctx.sent, ctx.words, ctx.out
    i, w = p.i, p.w
    if p.org is None and len(p.names) >= 2 and p.title.kind == "org" and len(p.names) not in _spelled_lengths(ctx, p) and \
            re.fullmatch(r"[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+){2}", " ".join(x.core for x in p.names)):
        # 순다르 피차이 알파벳 CEO: a company's post, and no company known before it: the word before
        # the title is the company, not a third part of the name (unless the name's own spelling after it has three
        # words: 안나 마리 로페스(Anna Marie Lopez) 국장, or 안나 마리 로페스(Anna Marie-Lopez))
        ow = p.names.pop()
        p.org = known_or_new(sent, ow.start, ow.core_end, "Organisation", "ko-name-org-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) >= 3 and re.search(r"[\uac00-\ud7a3]", p.names[0].core) and \
            _org_head(p.names[0].core) and not _org_head(p.names[-1].core):
        # 가나부 안나 로페스 차관: the body first, then the name (the order a delegation list uses)
        ow = p.names.pop(0)
        p.org = known_or_new(sent, ow.start, ow.core_end, head_class(ow.core, "ko") or "GovernmentBody",
                             "ko-org-name-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) >= 2 and p.ko in _LOCAL_TITLES_KO and not p.names[-1].particle and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}(?:시|군|구|도)", p.names[-1].core) and \
            re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[0].core) and korean_name_shaped(p.names[0]):
        ow = p.names.pop()  # 김철수 라티움시 부시장: the city whose deputy mayor the Korean name is
        p.org = known_or_new(sent, ow.start, ow.core_end, "Organisation", "ko-name-org-title", 0.6)
        out.append(p.org)
    if len(p.names) == 2 and (_unit_head(p.names[0].core) or p.names[0].core in unit_heads()) and not p.names[0].particle and \
            re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[1].core) and korean_name_shaped(p.names[1]):
        p.names = p.names[1:]  # 반도체공학과 김철수 교수, 자연과학캠퍼스 김철수 부총장: the unit, then the name
    if p.org is None and len(p.names) == 2 and re.search(r"[\uac00-\ud7a3]", p.names[0].core) and \
            _org_head(p.names[0].core) and korean_name_shaped(p.names[1], noun_ok=True):
        # 가나부 김철수 차관: the body first, then a Korean name (the order of a delegation list)
        ow = p.names.pop(0)
        p.org = known_or_new(sent, ow.start, ow.core_end, head_class(ow.core, "ko") or "GovernmentBody",
                             "ko-org-name-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) >= 3 and _org_head(p.names[-2].core) and _unit_head(p.names[-1].core):
        p.names.pop()       # 김철수 가나대학교 컴퓨터공학과 교수: the university, not its department
    if p.org is None and len(p.names) >= 2 and re.search(r"[\uac00-\ud7a3]", p.names[-1].core) and _org_head(p.names[-1].core):
        # an unknown body between a name and the title (한지민 정책기획실 비서관): the word says it is one
        ow = p.names.pop()
        start = ow.start
        while len(p.names) >= 2 and re.fullmatch(r"[A-Za-z][\w.-]*", p.names[-1].core) and \
                re.search(r"[\uac00-\ud7a3]", p.names[0].core):
            start = p.names.pop().start  # 김철수 AI 안전연구소 소장: the Latin word is the body's
        p.org = known_or_new(sent, start, ow.core_end, head_class(ow.core, "ko") or "Organisation",
                            "ko-name-org-title", 0.6)
        out.append(p.org)
    if len(p.names) == 1 and not any(t in ("NNP", "SL", "SH") for t in p.names[0].tags) and \
            not (korean_name_shaped(p.names[0], noun_ok=p.org is not None and p.body_at == i - 1 and (
                     p.j < 0 or words[p.j].punct and words[p.j].text in ".,;:·!?" or
                     # (or after a subject, before a body the data knows: 가나부는 임문영 국가AI위원회 위원장이)
                     p.org.authority_ids and words[p.j].particle in ("은", "는", "이", "가"))) and
                 (p.j < 0 or words[p.j].punct or words[p.j].particle or words[p.j].core in stop_words())):
        p.names = []        # one common noun before a title (국제기구 대표) is not a name;
        #                     two words are a foreign name Kiwi does not know (데미스 하사비스: NNG NNG);
        #                     a family name and two syllables that Kiwi misreads (이상호: MM NNG) are,
        #                     where a name starts: not after a word that may be its first half; before
        #                     a body's name glued to the title, even one Kiwi reads as a common noun
    if len(p.names) == 2 and (p.names[1].core in korean_surnames() or _korean_given_name(p.names[1])) and \
            len(p.names[0].core) >= 3 and p.names[0].core.endswith("서") and \
            not any(t in ("NNP", "SL", "SH") for t in p.names[0].tags):
        p.names = p.names[1:]  # 정상회의 확대세션서 이 대통령은, 특강서 김철수 대표는: "at the session" (…서 for
        #                     …에서), then a surname or a Korean name
    under = next((k for k, x in enumerate(p.names) if x.core.endswith(_UNDER)), None)
    if under is not None:   # 가나부 산하 라티움원 원장: the body it answers to, with no name before it in reach
        p.names = p.names[:max(0, under - 1)] if p.names[under].core in _UNDER else p.names[:under]
    if p.org is None and p.names and not w.particle and i + 3 < len(words) and words[i + 1].text == "(" and \
            words[i + 3].text == ")" and p.title.kind == "org" and not words[i + 2].particle and \
            (_UNIVERSITY_SHORT.fullmatch(words[i + 2].core) and p.ko in _UNIVERSITY_TITLES or
             _org_head(words[i + 2].core) and not _UNIVERSITY_SHORT.fullmatch(words[i + 2].core)):
        # ▲김철수 교수(가나대): the body the post is in, in brackets after the title, as lists write it
        ow = words[i + 2]
        p.org = known_or_new(sent, ow.start, ow.core_end, head_class(ow.core, "ko") or "ResearchOrganisation",
                             "ko-name-title-body", 0.7)
        out.append(p.org)
    if len(p.names) == 2 and re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[0].core) and korean_name_shaped(p.names[0], True) \
            and (len(p.names[1].tags) >= 2 and set(p.names[1].tags) == {"NNG"} or _org_head(p.names[1].core)) and \
            p.title.kind != "state":
        # 김철수 특화연구 센터장, 김철수 가나신문 대표: a Korean name is one word; a compound of common nouns
        # after it is the unit a unit's head (…장) heads, or the body of any other post (before a state's
        # post, 안토라 가나비스 총리, Kiwi may cut a foreign family name into common nouns)
        if p.ko.endswith("장") or p.org is not None:
            p.title = _unit_of_title(p.title, [p.names[1].core])
        else:
            p.org = known_or_new(sent, p.names[1].start, p.names[1].core_end, head_class(p.names[1].core, "ko") or
                                 "Organisation", "ko-name-org-title", 0.6)
            out.append(p.org)
        p.names = p.names[:1]
    if len(p.names) >= 2 and re.fullmatch(r"[\uac00-\ud7a3]{3,}주", p.names[-1].core) and "NNP" in p.names[-1].tags and \
            p.org is not None and p.org.cls == "GovernmentBody" and p.org.start - sent.start > p.names[-1].start:
        p.names = p.names[:-1]  # 빅터 로 온타리오주 경제개발부 장관: the province whose ministry it is, no word of the name
    return True


def _last_checks(ctx: _Reading, p: _Post) -> bool:
    """The last vetoes (a body's spaced name, a market (시장), a prize (수상), a province, a party) and the last
    bodies told from names; where no name is before the title, the name after it."""
    sent, words, by_end, covered, out = ctx.sent, ctx.words, ctx.by_end, ctx.covered, ctx.out
    i, w = p.i, p.w
    if any(len(h) >= 2 and heads()["ko"].get(h) in ORG_FAMILY for x in p.names for h in heads_ending(x.core, "ko")):
        return False        # 국가 인공지능 전략위원회 분과 위원장: a body's name (…위원회), spaced, before the post; no name
    if any(x.core in GENERIC_ACRONYMS for x in p.names):
        return False        # 가나기금 AI 신기술 및 규제 담당 이사: the post's field; no one's name holds "AI"
    if w.core == "시장" and p.names and not any(t in ("NNP", "SL", "SH") for x in p.names for t in x.tags) and \
            not (len(p.names) == 1 and korean_name_shaped(p.names[0])):
        return False        # 스마트폰 칩 시장에서: a market (시장) of common nouns' goods; a mayor's name is a name
    if w.core == "시장" and p.org is not None and p.org.cls != "City" and not re.search(r"[\uac00-\ud7a3]", p.org.text):
        return False        # 서버용 GPU 시장: the market of a product; a mayor is a city's
    if len(p.names) == 2 and len(p.names[0].core) >= 2 and p.names[0].core.endswith("당") and not p.names[0].particle and \
            re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[1].core) and korean_name_shaped(p.names[1]):
        p.names = p.names[1:]  # 민주당 김철수 의원: the party's short name, then the Korean name, which is one word
    if len(p.names) == 2 and _UNIVERSITY_SHORT.fullmatch(p.names[1].core) and not p.names[1].particle and \
            p.ko in _UNIVERSITY_TITLES and re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[0].core) \
            and korean_name_shaped(p.names[0], True):
        p.names = p.names[:1]  # 김철수 가나대 웹연구소 연구교수: the name, then the university and its unit
    if len(p.names) >= 2 and korean_name_shaped(p.names[1], True) and re.fullmatch(r"[\uac00-\ud7a3]{3}", p.names[1].core) \
            and any(p.names[0].core[-n:] in titles() for n in range(3, len(p.names[0].core))):
        p.names = p.names[1:]  # 가나위원장 김철수 민주당 의원: a post glued to a committee's short name, then the name
    if p.org is None and len(p.names) == 2 and p.title.kind == "org" and _korean_given_name(p.names[0]) and \
            _unknown_body_word(p.names[1]):
        # 김철수 라티브 의장, 김철수 가나협 회장: a Korean name is one word; the word after it, a loanword
        # or a short name, is the body (not 김철수 공동 대표: a post's modifier)
        ow = p.names.pop()
        p.org = known_or_new(sent, ow.start, ow.core_end, head_class(ow.core, "ko") or "Organisation",
                             "ko-name-org-title", 0.6)
        out.append(p.org)
    if p.org is None and len(p.names) in (2, 3) and _korean_given_name(p.names[-1]) and \
            not _PARTY_WORD_KO.fullmatch(p.names[-1].core) and all(_unknown_body_word(w) for w in p.names[:-1]) and \
            (len(p.names) == 2 and _transliterated(p.names[0].core) or
             len(p.names[-2].core) >= 4):
        # 크래프톤 김철수 대표: a loanword's body before the Korean name; 국립요양원 김철수 원장, 라티움 국립요양원 김철수
        # 원장: a body's name ending in a word of four syllables and more, which no Korean name is (not 테드 크루즈
        # 공화당 상원의원: a foreign name, then a party)
        body, p.names = p.names[:-1], p.names[-1:]
        p.org = known_or_new(sent, body[0].start, body[-1].core_end,
                             head_class(sent.text[body[0].start:body[-1].core_end], "ko") or "Organisation",
                             "ko-org-name-title", 0.6)
        out.append(p.org)
    if p.org is not None and len(p.names) == 1 and not korean_name_shaped(p.names[0]) and \
            _transliterated(p.names[0].core) and p.j >= 1 and \
            by_end.get(words[p.j].core_end) is p.org and _korean_given_name(words[p.j - 1]) and not words[p.j - 1].particle:
        return False        # 김철수 HD가나 라비커스 대표: the Korean name before the group; the loanword is its company
    if len(p.names) == 2 and _PARTY_WORD_KO.fullmatch(p.names[1].core) and not p.names[1].particle:
        p.names = p.names[:1]  # 김철수 민주당 의원: the name, then the party's short name (민주당 is also the US
        #                     Democrats: no body is named)
    if len(p.names) == 1 and _is_province(p.names[0].core):
        return False        # 가나도 정책관: the province whose post it is, no name
    if len(p.names) == 1 and _ORDINAL_POST_KO.search(sent.text, 0, p.names[0].start):
        return False        # 제30대 대교협 회장으로: the post's number, then the body whose post it is, no name
    if len(p.names) == 1 and len(p.names[0].core) >= 5 and re.fullmatch(r"[\uac00-\ud7a3]+", p.names[0].core) and \
            any(_is_country(p.names[0].core[:n]) for n in (2, 3)):
        return False        # 한국출판인회의 제14대 회장: a body named after its country (no one's name starts with one)
    if len(p.names) >= 3 and _PARTY_WORD_KO.fullmatch(p.names[0].core) and not p.names[0].particle:
        p.names = p.names[1:]  # 공화당 마샤 블랙번 상원의원: the party, then a foreign name
    if len(p.names) >= 3 and _PARTY_WORD_KO.fullmatch(p.names[-1].core) and p.ko != "대표":
        p.names = p.names[:-1]  # 테드 크루즈 공화당 상원의원: the name, then the party (the post is no party's)
    if p.ko == "대표" and p.org is not None and p.org.cls == "NonProfitOrganisation" and \
            (p.org.text.endswith("당") or "Party" in p.org.text or any(
                "Party" in (load_authority().get(i).en or "") for i in p.org.authority_ids)):
        p.title = replace(p.title, en="Party Leader")  # 한동훈 국민의힘 대표: a party's leader, no company's CEO
    if len(p.names) == 1 and _UNIVERSITY_SHORT.fullmatch(p.names[0].core) and \
            (not korean_name_shaped(p.names[0]) or len(p.names[0].core) >= 4 and p.ko in _UNIVERSITY_TITLES) and \
            (p.ko in _UNIVERSITY_TITLES or p.org is not None and len(p.names[0].core) >= 4):
        return False        # … 겸 미국 뉴욕대 교수: the university's short name, the name having come before 겸
        #                     (or its institute's post after it: 가나가톨릭대 라티움연구소 소장, no name; and 이화여대
        #                     교수로 옮겨: four syllables ending in 대, shaped like a name, are a university's)
    if len(p.names) == 1 and _CAREER_YEARS_KO.match(sent.text, w.end) and \
            not korean_name_shaped(p.names[0]):
        return False        # 라티움넷 전무(1997~2001년), …: a career's posts with their years, after the firms' names
    if len(p.names) == 1 and re.fullmatch(r"[\uac00-\ud7a3]{3,}당", p.names[0].core):
        return False        # 기본소득당 대표: a party's name (…당) of four syllables and more, no person's
    if w.core == "시장" and (len(p.names) == 1 and p.names[0].tags[:1] == ("XPN",) or
                            w.particle in ("에", "에서", "을", "를") and p.names and
                            not any(korean_name_shaped(x) for x in p.names) and
                            not all("NNP" in x.tags for x in p.names)):
        return False        # 고부가 시장을 선점해, 공공 클라우드 시장에 진출: a market (시장) of a kind, a prefix or
        #                     common nouns, no mayor's name
    if w.core == "수상" and p.names and p.names[-1].core.endswith("상") and not _is_country(p.names[-1].core):
        return False        # 가나노벨상 수상 경력이 있는: receiving a prize (수상), no prime minister (首相)
    if p.org is None and len(p.names) == 1 and not w.particle and p.title.kind == "org" and \
            not _korean_given_name(p.names[0]) and (_transliterated(p.names[0].core) or
                                                 p.names[0].core[:1] not in korean_surnames()) and \
            len(after := _name_after(words, i, covered)) >= 2:
        # 가나 회사인 라티움 부회장 던컨 로페스는: a foreign name of two words after the title; the loanword
        # before it is the company whose post it is
        p.org = known_or_new(sent, p.names[0].start, p.names[0].core_end, head_class(p.names[0].core, "ko") or "Organisation",
                             "ko-org-title-name", 0.6)
        out.append(p.org)
        p.names = after
    if not p.names and w.particle in ("", "인"):
        p.names = _name_after(words, i, covered)    # 유엔 사무총장 마르코 벨리니는: the name after the title
    if not p.names and p.org is not None and not w.particle and i + 2 < len(words) and \
            not words[i + 1].particle and (korean_name_shaped(words[i + 1]) or words[i + 1].tags == ("NNP",)) and \
            re.fullmatch(r"[\uac00-\ud7a3]{2,4}", words[i + 1].core) and titles().get(words[i + 2].core) is not None and \
            not any(m.cls != "Person" and m.start - sent.start <= words[i + 1].start < m.end - sent.start
                    for m in ctx.found):
        p.names = [words[i + 1]]    # 가나연구소 공동 소장 김철수 교수: the name between two titles holds both
    return True


def _own_spelling(ctx: _Reading, p: _Post) -> str:
    """The name's own spelling in brackets after it (안나 로페스(Anna Lopez)), or nothing."""
    return ctx.sent.text[ctx.words[p.gloss[0]].end:ctx.words[p.gloss[1]].start] if p.gloss is not None else ""


def _spelled_lengths(ctx: _Reading, p: _Post) -> set[int]:
    """How many words the name's own spelling has; Korean writes a double-barrelled name's parts apart (마리
    로페스 for Marie-Lopez), so either count may be the Korean name's."""
    own = _own_spelling(ctx, p)
    return {len(own.split()), len(re.findall(r"[^\s\-–]+", own))}


def _emit(ctx: _Reading, p: _Post) -> None:
    """The person holding the post, the names dotted or listed before them with the same title, and the name's
    own spelling; with no name, the post alone in its body (한국 대표). The body follows the person, so relations can
    read the position's country or organisation."""
    sent, words, covered, out = ctx.sent, ctx.words, ctx.covered, ctx.out
    w = p.w
    kw = dict(title_en=p.title.en, title_ko=p.ko,
              org_span=(p.org.start, p.org.end) if p.org is not None else ())
    if p.names:
        s, e = p.names[0].start, p.names[-1].core_end
        glued = next((t for t in _longest_first_titles() if len(t) >= 2 and len(p.names[0].core) - len(t) >= 2
                      and p.names[0].core.startswith(t) and
                      re.fullmatch(r"[\uac00-\ud7a3]+", p.names[0].core[len(t):])), None) if len(p.names) >= 2 else None
        if glued:           # 총리안나 로페스: the last item's title glued to this name (a typo in the source)
            s += len(glued)     # (and 소장대신 안나 로페스: a title and "instead of", no part of the name)
            if p.names[0].core[len(glued):] in stop_words():
                s = p.names[1].start
        text = sent.text[s:e]
        ref = "surname" if len(p.names) == 1 and len(text) == 1 else ""
        out.append(mention_at(sent, s, e, "Person", "ko-name-title", 0.8, reference=ref, **kw))
        k = p.j
        while len(p.names) == 1 and korean_name_shaped(p.names[0]) and k >= 1 and words[k].text in ("·", ",") and \
                korean_name_shaped(words[k - 1], noun_ok=words[k].text == "·") and \
                not any(s0 <= words[k - 1].start < e0 for s0, e0 in covered):
            # 류민배·김서준 의원: Korean names dotted before one title each hold it (and 김민준, 이서연,
            # 박도윤 의원: listed with commas, each a proper noun)
            out.append(mention_at(sent, words[k - 1].start, words[k - 1].core_end, "Person", "ko-dotted-names-title",
                                  0.7, **kw))
            k -= 2
        if p.gloss is not None and e == words[p.gloss[0]].start:
            # glued to the name, so relations.glosses makes the two one person
            out.append(mention_at(sent, *_gloss_span(sent, words, p.gloss), "Person", "ko-name-gloss", 0.8))
    elif p.org is not None and w.particle not in ("로", "으로", "에", "에는") and \
            not (w.core == "시장" and p.org.cls == "Country"):
        # (not 한국 대표로 …이 참석했다: a capacity someone acts in, said of the subject; nor 라티움 대표에 NAME을
        # 선임했다, the post someone is appointed to; nor 미국 시장에서, a country's market: a mayor is a city's)
        s = p.org.start - sent.start
        out.append(mention_at(sent, s, w.core_end, "Person", "ko-title-only", 0.5, reference="title", **kw))
    if p.org is not None and out and out[-1].cls == "Person":
        out.append(p.org)   # remembered so relations can read the position's country or organisation

_STAGES = (_a_post_held_here, _body_before_title, _words_between_name_and_body, _name_words, _words_that_are_no_name,
           _latin_script_bodies, _universities_and_owners, _korean_bodies_among_names, _last_checks)



def _is_province(core: str) -> bool:
    """A Korean province, by its full or short name, or the short name with 도 (경북도)."""
    return core in korean_provinces() or core.endswith("도") and core[:-1] in korean_provinces()


def _deputy_title(core: str) -> Title | None:
    """부 before a head's title the lexicon has (부비서실장, 부본부장): its deputy, where the lexicon has no row
    of its own. Only before titles of three syllables and more: 부서장 is a department's head, not a
    deputy police chief (서장)."""
    head = titles().get(core[1:]) if core.startswith("부") and len(core) >= 4 else None
    return Title(core, f"Deputy {head.en}", head.kind) if head is not None and core[1:].endswith("장") else None


def _same_post_listed(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """국회 김철수 의원, 이영희 의원, 박민수 의원: people listed after the first with the same title, and
    nothing but commas between, hold the post in the same body as the first."""
    out = list(found)
    people = sorted((k for k, m in enumerate(out) if m.cls == "Person" and m.method == "ko-name-title"),
                    key=lambda k: out[k].start)
    for a, b in zip(people, people[1:]):
        before, m = out[a], out[b]
        if before.org_span and not m.org_span and m.title_ko == before.title_ko and re.fullmatch(
                rf"\s*{re.escape(before.title_ko)}\s*,\s*", sent.text[before.end - sent.start:m.start - sent.start]):
            out[b] = replace(m, org_span=before.org_span)
    return out


# the method of a body's head named in brackets after it: an identification of the body, so
# the person is not an actor of the clause (가나부(장관 김철수)는 … 회의에 참석했다: the ministry took part)
BRACKETED_HEAD = "ko-body-bracket-title-name"


def _bracketed_head(sent: Sentence, words: list[Word], i: int, by_end: dict, title_ko: str | None = None) -> list[Mention]:
    """BODY(TITLE NAME), as press releases introduce the body that issues them: 가나부(장관
    김철수)는, 가나부(장관 김철수, 이하 가나부)는, 가나부(장관 김철수·이하 가나부)는.  The bracket after a known body holds the title
    and one name-shaped word (Kiwi may read a name it does not know as a common noun here)."""
    w = words[i]
    k = i - 1
    if k >= 2 and words[k].text in ("·", ",") and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", words[k - 1].core) and \
            words[k - 2].text == "(":
        k -= 2                  # 가나평가원(GNPA·원장 김철수): the body's acronym first
    inner = k - 1 if k >= 3 and words[k].core_end in by_end and not words[k].particle else k
    if inner >= 2 and words[inner].core == "겸" and not words[inner].particle and titles().get(words[inner - 1].core) \
            and words[inner - 2].text == "(":
        k = inner - 2           # 가나부(부총리 겸 가나부 장관 김철수): a post held with another, the last one named last
    # the name: one word, or up to three proper nouns (가나부(장관 안나 로페스))
    # (the name after "acting", if the post is held so: 가나공사(사장 직무대리 김철수))
    n0 = i + 2 if i + 1 < len(words) and words[i + 1].core in _ACTING_KO else i + 1
    end = next((x for x in range(n0 + 1, min(n0 + 4, len(words))) if words[x].text in (")", ",", "·")), None)
    if k < 1 or w.particle or words[k].text != "(" or end is None:
        return []
    before = k - 2 if k >= 2 and words[k - 1].text == "㈜" and not words[k - 2].particle else k - 1
    body = by_end.get(words[before].core_end) if not words[before].particle else None
    if body is None and w.core in _LOCAL_HEADS_KO and not words[k - 1].particle and \
            re.fullmatch(r"[\uac00-\ud7a3]{1,4}" + _LOCAL_KIND_KO[w.core], words[k - 1].core):
        # 가나구(구청장 김철수), 가나군(군수 김철수): a district, county or city, which the data need not know
        body = known_or_new(sent, words[k - 1].start, words[k - 1].core_end, "City", BRACKETED_HEAD, 0.6)
    if body is None and titles().get(w.core) is not None and titles()[w.core].kind == "org" and \
            _unknown_body_word(words[k - 1]) and _transliterated(words[k - 1].core) and \
            i + 2 < len(words) and words[i + 2].text == ")" and _korean_given_name(words[i + 1]):
        # 라티브엑스(대표 김철수): a loanword's body, then its head's title and a Korean name in brackets
        body = known_or_new(sent, words[k - 1].start, words[k - 1].core_end,
                            head_class(words[k - 1].core, "ko") or "Organisation", BRACKETED_HEAD, 0.6)
    if body is None and w.core in _UNIVERSITY_TITLES and not words[k - 1].particle and \
            _UNIVERSITY_SHORT.fullmatch(words[k - 1].core) and not korean_name_shaped(words[k - 1]):
        # 가나대(총장 김철수): a university's short name (…대학교 → …대), which the data need not know
        body = known_or_new(sent, words[k - 1].start, words[k - 1].core_end, "ResearchOrganisation",
                            BRACKETED_HEAD, 0.6)
    name, last = words[n0], words[end - 1]
    title = titles().get(title_ko or w.core)
    if title is None:
        return []
    province = _governed(title, w.core, words[k - 1]) if body is None and w.core in _PROVINCE_TITLES_KO else None
    if province is not None and end == n0 + 1 and korean_name_shaped(name):
        # 가나특별자치도(도지사 김철수): a province, which is no body the graph holds, and its governor
        return [mention_at(sent, name.start, name.core_end, "Person", BRACKETED_HEAD, 0.8,
                           title_en=province[0].en, title_ko=province[1])]
    several = words[n0:end]
    listed = end
    while listed + 2 < len(words) and words[listed].text in (",", "·") and words[listed + 2].text in (")", ",", "·") \
            and not (_org_head(words[listed + 1].core) or words[listed + 1].core in heads()["ko"]):
        listed += 2             # 가나엔터(대표 김철수, 이영희): co-heads listed with commas (not 가나위원회(위원장
        #                         김철수, 위원회): the short name the text calls the body by)
    if words[listed].text == ")" and listed > end:
        several = [x for x in words[n0:listed] if x.text not in (",", "·")]
    if body is not None and body.cls != "Person" and len(several) >= 2 and all(
            re.fullmatch(r"[\uac00-\ud7a3]{3}", x.core) and x.core[:1] in korean_surnames() and not x.particle
            for x in several):
        # 가나전자(대표 김철수 이영희 박민수): co-heads, each a Korean name of one word
        return [mention_at(sent, x.start, x.core_end, "Person", BRACKETED_HEAD, 0.8, title_en=title.en,
                           title_ko=title.ko, org_span=(body.start, body.end)) for x in several] + [body]
    if body is None or body.cls == "Person" or any(x.particle or x.punct for x in words[n0:end]) or not (
            end == n0 + 1 and ("NNP" in name.tags or re.fullmatch(r"[\uac00-\ud7a3]{2,4}", name.core) and
                              (name.core[:1] in korean_surnames() or name.core[:2] in korean_surnames())) or
            end > n0 + 1 and all(name_like(x) for x in words[n0:end]) and
            any("NNP" in x.tags for x in words[n0:end])):
        return []
    person = mention_at(sent, name.start, last.core_end, "Person", BRACKETED_HEAD, 0.8,
                        title_en=title.en, title_ko=title.ko, org_span=(body.start, body.end))
    return [person, body]


def _title_then_bracketed_name(sent: Sentence, words: list[Word], i: int, by_end: dict, covered) -> list[Mention]:
    """BODY TITLE(NAME), as lists of guests write them: 가나대 총장(안나 로페스), 가나부 장관(김철수).  The
    bracket right after the title holds the name alone (one Korean name, or up to three proper nouns);
    the body before the title is one the sentence names, a university's short name or a word with a
    body's head word."""
    w = words[i]
    end = next((x for x in range(i + 2, min(i + 5, len(words))) if words[x].text == ")"), None)
    if w.particle or i < 1 or i + 2 >= len(words) or words[i + 1].text != "(" or end is None:
        return []
    several, before = words[i + 2:end], words[i - 1]
    if any(x.particle or x.punct or not re.search(r"[\uac00-\ud7a3]", x.core) for x in several) or not (
            len(several) == 1 and korean_name_shaped(several[0]) and len(several[0].core) == 3 or
            len(several) >= 2 and all(name_like(x) for x in several) and any("NNP" in x.tags for x in several)):
        return []
    if before.particle or before.punct:
        return []
    title = titles()[w.core]
    body = by_end.get(before.core_end)
    out = []
    if body is None and not any(s <= before.start < e for s, e in covered) and (
            _org_head(before.core) or title.kind == "org" and w.core in _UNIVERSITY_TITLES and
            re.fullmatch(r"[\uac00-\ud7a3]{1,6}대", before.core)):
        body = known_or_new(sent, before.start, before.core_end, head_class(before.core, "ko") or
                            "ResearchOrganisation", "ko-body-title-bracket-name", 0.6)
        out.append(body)
    if body is None or body.cls == "Person":
        return []
    return out + [mention_at(sent, several[0].start, several[-1].core_end, "Person", "ko-body-title-bracket-name", 0.8,
                             title_en=title.en, title_ko=title.ko, org_span=(body.start, body.end))]


_APPOSITION_PARTICLES = ("은", "는", "이", "가", "과", "와", "을", "를", "의", "도", "에게", "이다", "였다", "이었다")


def _name_after(words: list[Word], i: int, covered) -> list[Word]:
    """TITLE NAME, the title first and the name in apposition after it (유엔 사무총장 마르코
    벨리니는, 미국 부통령 J.K. 모건이, 가나전자 CEO 클라라 샤파즈와): one to three name words, each a
    proper noun, a Latin-script name or a Korean name's shape, the last carrying the phrase's
    particle.  Never a known entity (의장국 프랑스는), a common noun (장관 회의에서) or a word
    followed by a title of its own (NAME TITLE belongs to that title)."""
    names: list[Word] = []
    end = i + 1
    for x in words[i + 1:i + 4]:
        if x.text == "(" and names:
            break               # the name's own spelling follows (see below)
        core_tags = tuple(t for t in x.tags if not t.startswith(("J", "E", "VCP"))) if x.particle else x.tags
        bare = Word(x.start, x.core_end, x.core_end, core_tags, x.core, x.core, x.punct, "")
        initials = re.fullmatch(r"(?:[A-Z]\.){1,3}", x.core)       # J.D.
        if not (initials or name_like(bare)) or x.core in heads()["ko"] or x.core in GENERIC_ACRONYMS or \
                x.core in post_modifiers() or any(s <= x.start < e for s, e in covered):
            return []
        if not (korean_name_shaped(bare) or "NNP" in core_tags or
                re.fullmatch(r"[A-Z](?:[a-z'’-]+|\.(?:[A-Z]\.)*)", x.core)):
            return []
        names.append(x)
        end += 1
        if x.particle or end < len(words) and (words[end].text in (",", "·") or words[end].core == "등"):
            break
    if not names:
        return []
    after = words[end] if end < len(words) else None
    if after is not None and after.text == "(" and not names[-1].particle:
        # 집행위원 안나 로페스(Ana Lopez)는: the name's own spelling, then the phrase's particle
        closing = next((x for x in range(end + 1, min(end + 8, len(words))) if words[x].text == ")"), None)
        if closing is not None and _latin_gloss(words, closing) is not None and closing + 1 < len(words) and \
                words[closing + 1].tags[:1] and words[closing + 1].tags[0].startswith("J") and \
                words[closing + 1].core.startswith(_APPOSITION_PARTICLES):
            return names
    if not (names[-1].particle.startswith(_APPOSITION_PARTICLES) or not names[-1].particle and after is not None
            and (after.text in (",", "·") or after.core == "등")):
        return []           # a list item ends at its comma or 등 (영국 총리 앨런 브룩스, 미국 …)
    if not any(c.islower() or "\uac00" <= c <= "\ud7a3" for w in names for c in w.core):
        return []
    return names


def _without_gloss(ws: list[Word]) -> list[Word]:
    """The words without a bracket closing them (안나 로페스(Ana Lopez): 안나 로페스)."""
    if ws and ws[-1].text == ")":
        opening = next((x for x in range(len(ws) - 2, -1, -1) if ws[x].text == "("), None)
        if opening is not None:
            return ws[:opening]
    return ws


# where a person stands in a photo, in brackets after the name (왼쪽에서 세번째, 오른쪽, 가운데, 앞줄)
_PHOTO_POSITION_KO = re.compile(r"왼쪽|오른쪽|가운데|앞줄|뒷줄|사진")

# the number of a post's holder in its line (제30대 회장: the thirtieth chair), right before a word
_ORDINAL_POST_KO = re.compile(r"제\s?\d{1,3}\s?대\s+$")
# a university's short name (가나대, 가나공대)
_UNIVERSITY_SHORT = re.compile(r"[\uac00-\ud7a3]{2,6}대")
# the schools and departments of a university, between it and a professor's title
_SCHOOL_UNITS_KO = ("대학원", "학부", "학과", "연구실")


def _without_units(between: list[Word]) -> list[Word]:
    """The words after a body without the units of it that open them (컴퓨터공학과, 경영대학원, 의료정보학교실)."""
    while len(between) > 1 and not between[0].particle and (_unit_head(between[0].core) or between[0].core in unit_heads()):
        between = between[1:]
    return between


def _name_between(between: list[Word]) -> bool:
    """Whether the words between an organisation and a title are a person's name (삼성전자 이재용
    회장), not more of the organisation's name (영국 기술부 장관, 미국 국무부 장관).  A word that is
    never a name's may come first (과방위 소속 김철수 의원: the committee's member)."""
    while len(between) > 1 and between[0].core in stop_words() and not between[0].particle:
        between = between[1:]
    if not between or len(between) > 3 or between[-1].core in _FIELD_OF_POST or any(
            not name_like(w) or w.particle or _org_head(w.core) or w.core in heads()["ko"] or w.core in stop_words()
            or w.core in GENERIC_ACRONYMS or w.core.endswith(_SCHOOL_UNITS_KO) for w in between):
        # (가나 디지털 변환 부문 차관: the sector of the post, no name; 가나전자 AI 혁신 센터장: the unit;
        # 가나대 정보미디어 경영대학원 교수: the university's school)
        return False
    if len(between) == 1:
        return korean_name_shaped(between[0]) or between[0].tags == ("NNP",)
    return all(any(t in ("NNP", "NNG", "SL") for t in w.tags) for w in between)


def _glued_title(sent: Sentence, words: list[Word], i: int, covered, by_end: dict | None = None) -> list[Mention]:
    """NAME ORGTITLE, the body's short name glued to the title (박지훈 과방위원장, 김철수
    과기정통부장관): the person, with the body when the authority data knows its name."""
    w = words[i]
    if w.core == "장" and i >= 5 and by_end and words[i - 1].text == ")" and words[i - 3].text == "(" and \
            words[i - 4].core_end in by_end:
        # 김철수 가나전자통신연구원(GETRI)장: the head (…원 + 장: 원장) of the body its acronym glosses
        body, name = by_end[words[i - 4].core_end], words[i - 5]
        title = titles().get(body.text[-1] + "장")
        if title is None or name.particle or any(s <= name.start < e for s, e in covered) or \
                not korean_name_shaped(name):
            return []
        return [mention_at(sent, name.start, name.core_end, "Person", "ko-name-glued-title",
                           0.7, title_en=title.en, title_ko=body.text[-1] + "장", org_span=(body.start, body.end))]
    suffix = _title_suffix(w.core)
    if suffix is None or suffix[1] < 2 or suffix[0] not in titles():
        return []
    if lookup_normalised(w.core):
        return []               # 김철수 라티움전자통신연구원을 단장으로: a body the data knows by this name, no title (연구원)
    if suffix[1] >= 2 and heads()["ko"].get(suffix[0]) in ORG_FAMILY:
        return []               # 가나부 라티움문화연구원이: the title (연구원, researcher) is also a body's head word, and
        #                         glued after a name it ends that body's name
    if not w.particle and i + 1 < len(words) and not words[i + 1].punct and words[i + 1].core not in ("등", "겸") \
            and words[i + 1].core not in _ACTING_KO and words[i + 1].tags != ("MAG",):
        return []               # the phrase goes on (김민수 증권시장 분석가): the word is not their title
        #                         (but 김철수 가나부 정책대사 겸 …: a second post held at once follows it; 김철수
        #                         가나청장 직무대행은: held in another's place; 가나청장 역시: an adverb after it)
    if w.particle.startswith("에서"):
        return []               # 서울 라티움회관 국제회의장에서: a place (…회의장, a hall), no one's title (의장)
    if i + 3 < len(words) and words[i + 1].text == "(" and words[i + 3].text == ")" and \
            re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", words[i + 2].core):
        return []               # 라티움과학기술연구원(LIST): a body glossed with its acronym, no one's title (연구원)
    n = i - 1
    if n >= 2 and words[n].text == ")":
        opening = next((k for k in range(n - 1, max(-1, n - 6), -1) if words[k].text == "("), None)
        if opening is not None and opening >= 1 and _PHOTO_POSITION_KO.match(words[opening + 1].core):
            n = opening - 1     # 김철수(왼쪽에서 네번째) 가나원장: where the name stands in the photo, in brackets
    gloss = _latin_gloss(words, n)
    if gloss is not None:
        n = gloss[0] - 1        # 안나 로페스(Ana Lopez) 선임보좌관: the name's own spelling before the title
    elif n >= 3 and words[n].text == ")" and words[n - 2].text == "(" and by_end and \
            re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", words[n - 1].core) and words[n - 3].core_end in by_end:
        n -= 3                  # 김철수 가나과학기술원(GIST) AI연구원장: the body's acronym before the glued title
    elif n >= 3 and words[n].text == ")" and words[n - 2].text == "(" and words[n - 1].tags == ("SH",):
        n -= 3                  # 응우옌반(阮文) 라티움기술원장: the name's Hanja, then the glued title
    body_known = by_end.get(words[n].core_end) if by_end and not words[n].particle else None
    if body_known is None and by_end and w.core.endswith("장") and _unit_head(w.core[:-1]):
        # 이영희 가나대 AI 신뢰성 연구센터장: the unit's field in words between the body and the glued title
        for k in range(n, max(0, n - 3), -1):
            if words[k].particle or words[k].punct or not set(words[k].tags) <= {"NNG", "SL", "XSN"}:
                break
            if by_end.get(words[k - 1].core_end) is not None and by_end[words[k - 1].core_end].cls in ORG_FAMILY \
                    and not words[k - 1].particle:
                n = k - 1
                body_known = by_end[words[n].core_end]
                break
    if body_known is not None and body_known.cls != "Country":
        # 김철수 백악관 과학기술정책실장: a known body, then its unit glued to the title
        while n >= 0 and words[n].start >= body_known.start - sent.start:
            n -= 1
    else:
        body_known = None
    if n >= 1 and not words[n].particle and words[n].core.startswith("주") and len(words[n].core) >= 3 and \
            (_is_country(words[n].core[1:]) or lookup_normalised(words[n].core[1:])):
        n -= 1                  # 김철수 주라티움 한국대사, 주유엔 한국대사: the envoy "resident in" a country or at a
        #                         body, glued to 주
    if body_known is None and n >= 1 and not words[n].particle and _is_province(words[n].core) and \
            suffix[0] in _LOCAL_HEADS_KO and korean_name_shaped(words[n - 1]):
        n -= 1                  # 김철수 가나도 라티움시장: the province, then the city or county whose head the name is
    city_span = None
    if body_known is None and n >= 1 and not words[n].particle and words[n].core.endswith(("시", "도", "군", "구")) and \
            ((words[n].start, words[n].core_end) in covered or _is_province(words[n].core)) and \
            korean_name_shaped(words[n - 1]) and \
            not any(s <= words[n - 1].start < e for s, e in covered):
        # 김철수 가나시 디지털정책실장: the city's government, then its unit glued to the title
        city_span = (sent.start + words[n].start, sent.start + words[n].core_end)
        n -= 1
    country = None
    if n >= 1 and not words[n].particle and _is_country(words[n].core):
        country = words[n]
        n -= 1                  # 김철수 한국 외교부장관: the ministry's country between the name and the title
    if n < 0:
        return []
    name = words[n]
    if _is_province(name.core):
        return []               # 가나도 정보화정책관: the province whose post it is, no name
    loanword_body = None
    if body_known is None and n >= 1 and (not _korean_given_name(name) or _UNIVERSITY_SHORT.fullmatch(name.core)) and \
            _unknown_body_word(name) and _korean_given_name(words[n - 1]) and not words[n - 1].particle and \
            not any(s <= name.start < e for s, e in covered):
        # 김철수 라티브금융 디지털혁신부문장: the Korean name, then the body nobody knows, then its unit glued
        # to the title
        loanword_body, n = name, n - 1
        name = words[n]
    known_then_place = by_end.get(words[n - 1].core_end) if body_known is None and by_end and n >= 2 and \
        not words[n - 1].particle and not _korean_given_name(name) and _unknown_body_word(name) else None
    if known_then_place is not None and known_then_place.cls in ORG_FAMILY and _korean_given_name(words[n - 2]) and \
            not any(s <= words[n - 2].start < e for s, e in covered):
        # 김철수 라티움은행 오스트라바 사무소장: the Korean name, the body the data knows, then where its office is
        body_known, n = known_then_place, n - 2
        name = words[n]
    if len(name.core) >= 4 and _UNIVERSITY_SHORT.fullmatch(name.core) and not name.particle:
        return []               # 가나문화대 기획실장: a university's short name (…대), whose unit's head is not named
    # a name-shaped word counts whatever Kiwi tags its last syllable (박상욱: NNP + MAG); else one Hangul proper noun
    # (a three-syllable common noun too, before a unit's title glued to its unit: 류민배 네트워크정책실장)
    unit_title = body_known is None and suffix[1] >= 4 and re.fullmatch(r"[\uac00-\ud7a3]+", w.core[:suffix[1]]) is not None
    if name.particle or any(s <= name.start < e for s, e in covered) or not (
            korean_name_shaped(name, noun_ok=unit_title) or _name_between_body_and_title(words, n, by_end) or
            name_like(name) and name.tags == ("NNP",) and re.search(r"[\uac00-\ud7a3]", name.core)):
        return []
    first = n
    while first > 0 and n - first < 3 and name_like(words[first - 1]) and words[first - 1].tags == ("NNP",) and \
            not any(s <= words[first - 1].start < e for s, e in covered) and not _org_prefixed(words[first - 1]) and \
            not _korean_given_name(name) and not _UNIVERSITY_SHORT.fullmatch(words[first - 1].core):
        first -= 1              # 안나 루이사 로페스 스페인 국방차관: a foreign name of several words (a Korean name is
        #                         one word: 가나대 김철수 학무부총장 is the university, then the name)
    if first == n and unit_title and _loanword_of_three(name):
        return []               # 이마트 디지털사업본부장: a company's loanword name (이 + 마트), then its unit's head
    title = titles()[suffix[0]]
    s, e = w.start, w.start + suffix[1]
    body = sent.text[s:e]
    if suffix[0].startswith("위") and not lookup_normalised(body) and lookup_normalised(body + "위"):
        e += 1                  # 방통위원장: the short name's last syllable is the title's first (방통위 + 위원장)
        body += "위"
    shared = suffix[0] in _SHARED_SYLLABLE_KO and re.fullmatch(r"[\uac00-\ud7a3]{1,4}", body) is not None and \
        not lookup_normalised(body)
    if shared:
        e += 1                  # 가나구청장, 가나군수: the district (가나구) or county (가나군) ends in the title's first syllable
        body += suffix[0][0]
    k = first - 1
    known_before = by_end.get(words[k].core_end) if by_end and k >= 0 and not words[k].particle else None
    if body_known is None and known_before is not None and known_before.cls in ORG_FAMILY and \
            (body.endswith(_OFFICE_UNITS) or _unit_head(body)) and not lookup_normalised(body):
        body_known = known_before   # 가나부 김철수 정보정책실장: the post is the body's; the glued word its unit
    orgs = []                   # the post's body, when the glued word names it
    head_of = suffix[1] == len(w.core) - 1             # 한국지능정보원장: …원 + 장, the body's own last syllable
    resident = _RESIDENT_IN.match(body) if body_known is None else None
    # 가나도지사, 가나북도지사: a province glued to its governor's title (가나 + 도지사, 가나북도 + 지사)
    glued = (body, suffix[0]) if body in korean_provinces() else \
        (body + "도", "지사") if suffix[0] == "도지사" and body + "도" in korean_provinces() else None
    if body_known is None and suffix[0] in _PROVINCE_TITLES_KO and glued:
        title = replace(title, en=f"{title.en} of {korean_provinces()[glued[0]]}", ko=" ".join(glued))
    elif resident and _is_country(resident.group(1)):
        # 주한영국대사: the ambassador "resident in Korea" of the country glued after 주한
        orgs = [mention_at(sent, s + resident.start(1), e, "Country", "ko-resident-country", 0.7,
                           lookup_normalised(resident.group(1)))]
    elif body_known is not None:
        pass                    # the body was named before the glued unit: that is the post's
    elif country is not None and lookup_normalised(country.core + body):
        # 안나 로페스 미국 AI안전연구소장: a body the data names with its country (미국 AI안전연구소),
        # not the body of the same name without it
        orgs = [known_or_new(sent, country.start, e, head_class(body, "ko") or "Organisation", "ko-glued-org", 0.7)]
    elif country is not None and not lookup_normalised(body) and (_org_head(body) or head_of) and \
            "country/south-korea" not in lookup_normalised(country.core):
        # 존 로 미국 특허심판원장: a foreign country's body the data does not know, named with its country (not
        # the Korean body of the same name the document may name too)
        orgs = [known_or_new(sent, country.start, e, head_class(body, "ko") or "Organisation", "ko-glued-org", 0.7)]
    elif body in heads()["ko"] and not lookup_normalised(body):
        pass                    # 김철수 연구원장: the head of "the institute", a kind of body the word does not name
    elif lookup_normalised(body) or _org_head(body) or head_of or shared:   # 과기정통부장관, AI정책연구소장; not 과방위원장's 과방
        local = suffix[0] in _LOCAL_TITLES_KO and body.endswith(("시", "군", "구"))     # 가나시장: the city's mayor
        orgs = [known_or_new(sent, s, e, head_class(body, "ko") or ("City" if local else "Organisation"),
                             "ko-glued-org", 0.7)]
    elif n < i - 1 and gloss is None and not words[n + 1].punct:   # 스페인 국방차관, a ministry the data does not know:
        #                                                               the post is the country's (not 김철수(사진) …: a photo's note)
        orgs = [known_or_new(sent, words[n + 1].start, words[n + 1].core_end, "Country", "ko-glued-org", 0.7)]
    # 박 정책실장: a family name alone refers to the person named in full before it, by a shortened
    # title whose glued word is a unit of the body named there (정책실 of 정보통신정책실), not a body
    ref = "surname" if first == n and len(sent.text[name.start:name.core_end]) == 1 else ""
    if ref and orgs and not lookup_normalised(body):
        orgs = []
    if city_span is not None:
        orgs, title = [], _unit_of_title(title, [body])     # (the unit is the city's: no body of its own)
    if loanword_body is not None:      # (the glued word is the unit of the body named before it)
        orgs = [known_or_new(sent, loanword_body.start, loanword_body.core_end, head_class(loanword_body.core, "ko")
                             or "Organisation", "ko-name-org-title", 0.6)]
        title = _unit_of_title(title, [body])
    post_of = body_known or (orgs[0] if orgs else None)
    if body_known is not None:
        title = _unit_of_title(title, [body])   # 가나리서치 AI센터장: the field glued to the title, the unit's
    kw = dict(title_en=title.en, title_ko=title.ko,
              org_span=(post_of.start, post_of.end) if post_of else city_span or ())
    spelled = [mention_at(sent, *_gloss_span(sent, words, gloss), "Person", "ko-name-gloss", 0.8)] \
        if gloss is not None and name.core_end == words[gloss[0]].start else []
    return [mention_at(sent, words[first].start, name.core_end, "Person", "ko-name-glued-title", 0.7,
                       reference=ref, **kw)] + spelled + orgs


_STYLE_IN_GLOSS = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+")


def _gloss_span(sent: Sentence, words: list[Word], gloss: tuple[int, int]) -> tuple[int, int]:
    """Where the name's own spelling in brackets is, without a style before it: 앨리스 로(Dr. Alice Roe)."""
    start, end = words[gloss[0] + 1].start, words[gloss[1] - 1].core_end
    style = _STYLE_IN_GLOSS.match(sent.text, start, end)
    return (style.end() if style else start), end


# titles held in a state or province of a federation (regions.tsv), written after its name
_REGION_TITLES_KO = frozenset({"주지사", "주총리"})
_PROVINCE_TITLES_KO = frozenset({"지사", "도지사", "부지사"})


def _governed(title: Title, title_ko: str | None, w: Word) -> tuple[Title, str] | None:
    """A governor's or premier's title and Korean title named with the state or province the word ``w``
    names, with or without 주 (캘리포니아주 주지사: Governor of California); None for other words or titles."""
    if w.particle:
        return None
    if (title_ko or title.ko) in _PROVINCE_TITLES_KO:     # 경기도 부지사: Vice Governor of Gyeonggi
        region = korean_provinces().get(w.core)
        return (replace(title, en=f"{title.en} of {region}"), f"{w.core} {title_ko or title.ko}") if region else None
    if (title_ko or title.ko) not in _REGION_TITLES_KO:
        return None
    region = regions().get(w.core) or (regions().get(w.core[:-1]) if w.core.endswith("주") else None)
    return (replace(title, en=f"{title.en} of {region}"), f"{w.core} {title_ko or title.ko}") if region else None


# the last syllable of an office inside a ministry (정보통신정책실, 디지털정책국, 국제협력관, 전략기획단)
_OFFICE_UNITS = ("실", "국", "관", "단", "과")
_FORMER_OR_NOW = ("전", "현", "前", "現")
# a time before 전, which then means "ago", not "former" (이틀 전, 3년 전, 며칠 전)
_TIME_AGO_KO = re.compile(r"\d+\s*(?:일|년|개월|달|주|주일|시간|분)|하루|이틀|사흘|나흘|닷새|며칠|몇\s*\S*|수년|수개월|얼마|오래")
_ON_BEHALF_KO = ("대표해", "대표하여", "대표해서")
_APPOINTED_TO_KO = re.compile(r"(?:내정|임명|선임|위촉|선출|지명)(?:된|되어|돼|됐|되었)")


# words that end the sector a post covers (디지털 변환 부문 차관, 통상 분야 대표)
_FIELD_OF_POST = frozenset({"부문", "분야"})


def _name_between_body_and_title(words: list[Word], n: int, by_end: dict | None) -> bool:
    """A family name and two syllables that Kiwi reads as one common noun in context (강도민: NNG),
    between a body the data knows and a title glued to its unit (가나부 강도민 정보정책실장): where
    nothing but a name stands."""
    w = words[n]
    return bool(by_end) and n >= 1 and not words[n - 1].particle and words[n - 1].core_end in by_end and \
        w.tags == ("NNG",) and bool(re.fullmatch(r"[\uac00-\ud7a3]{3}", w.core)) and \
        w.core[:1] in korean_surnames() and w.core not in stop_words() and w.core not in titles()


# 주한캐나다, 주미한국: resident in Korea (the US, …), then the country whose envoy it is
# Japanese family names written in Hangul that end in 와 (-kawa, -gawa, -sawa, -zawa)
_JAPANESE_FAMILY_WA = re.compile(r"[\uac00-\ud7a3]+(?:카|가|사|자)와$")
_MEETING_AFTER_TITLE = {"회담", "회의", "협의", "간담회", "면담", "대화"}
# "acting" after a post: held in another's place (가나청장 직무대행)
_ACTING_KO = frozenset({"직무대행", "직무대리", "권한대행"})
# what 대표 ("representative", "flagship") qualifies before it, where it is no title (업종별 대표 기업)
_REPRESENTATIVE_OF_KO = {"기업", "기관", "단체", "사례", "도시", "브랜드", "제품", "국가", "대학", "산업", "사업", "과제"}
# the quotation marks Korean news names projects, events and texts with
_NAME_QUOTE_KO = re.compile(r"‘[^’]{1,60}’|「[^」]{1,60}」")
_STATIONED_IN = re.compile(r"주(?:한|미|일|중|영|러|독|불|유엔)")
_RESIDENT_IN = re.compile(r"주(?:한|미|일|중|영|러|독|불)([\uac00-\ud7a3]{2,})$")


# 제40대, 40대: the post's nth holder (제40대 국무총리)
_NTH_HOLDER = re.compile(r"제?\d{1,3}대")
# 35명을 …단 위원으로: a count before the word, which names the body the counted people join
_COUNTED = re.compile(r"\d+\s*명")
_COUNTED_KINDS = re.compile(r"\d+\s*개")


# 직속, 산하: directly under, under (대통령직속 가나위원회): whom a body answers to
_UNDER = ("직속", "산하")


def _org_prefixed(w: Word) -> bool:
    """A body's legal form glued to its name (법무법인가나): an organisation, no part of a person's name."""
    return any(w.core.startswith(p) and len(w.core) > len(p) for p in org_prefixes())


def _concurrent_post(core: str) -> bool:
    """The word is a post held at the same time as the next, glued to 겸 (과기부총리겸).  Written apart
    (부총리 겸 가나부 장관), the first post has its own mention and the second is found by its title."""
    suffix = _title_suffix(core[:-1]) if core.endswith("겸") and len(core) >= 3 else None
    return suffix is not None and suffix[0] in titles()


def _plain_title(w: Word, glued: bool = False) -> bool:
    """A title standing as a word (사무총장), or with ``glued`` one ending a word (기술특사, 비서실장)."""
    if w.punct or (w.particle and not glued):
        return False
    if w.core in titles():
        return True
    suffix = _title_suffix(w.core) if glued else None
    return suffix is not None and suffix[0] in titles() and suffix[1] >= 1


def _country_short(w: Word) -> bool:
    """A country, or its one-syllable short form (영, 프), as a press release brackets it before a ministry."""
    return not w.particle and bool(_country_ids(w.core))


def _country_ids(word: str) -> tuple[str, ...]:
    """The authority ids of the countries a word names, its short form (영) included."""
    if word in pair_abbreviations():
        return (pair_abbreviations()[word],)
    return tuple(i for i in lookup_normalised(word) if load_authority().get(i).cls == "Country")


def _is_country(word: str) -> bool:
    auth = load_authority()
    return any(auth.get(i).cls == "Country" for i in lookup_normalised(word))


def _latin_gloss(words: list[Word], j: int) -> tuple[int, int] | None:
    """Where a bracketed Latin-script name ends at ``words[j]``: (index of "(", index of ")").

    Korean news gives a foreign person's own spelling after the Hangul one; capitalised words
    with a lower-case letter among them, so an abbreviation (마이크로소프트(MS)) is not one."""
    if j < 2 or words[j].text != ")":
        return None
    opening = next((x for x in range(j - 1, max(-1, j - 8), -1) if words[x].text == "("), None)
    if opening is None or opening + 1 == j:
        return None
    inner = words[opening + 1:j]
    # (Kiwi cuts a hyphenated name at its hyphen: Al-Rashid is three words)
    if not all(_LATIN_NAME_PART.fullmatch(w.text) or w.text == "-" and 0 < k < len(inner) - 1
               for k, w in enumerate(inner)) or \
            not any(c.islower() for w in inner for c in w.text):
        return None
    return opening, j


_LATIN_NAME_PART = re.compile(r"[A-Z][A-Za-z'’.-]*")
_ORDINAL = re.compile(r"^제?[0-9]+")     # 2차관, 제1차관: which of a ministry's vice ministers
ORDINALS_EN = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth"}


@functools.cache
def _longest_first_titles() -> tuple[str, ...]:
    return tuple(sorted(titles(), key=len, reverse=True))


def _joins(left: Word, hyphen: Word, right: Word) -> bool:
    """A hyphen written without spaces between two words (로페스-가르시아)."""
    return hyphen.text in ("-", "‐", "–") and left.end == hyphen.start and hyphen.end == right.start


# the titles a university gives: before one, a word ending in 대 is the university's short name
_UNIVERSITY_TITLES = ("총장", "부총장", "교수", "석학교수", "석좌교수", "겸임교수", "연구교수", "초빙교수", "객원교수", "특임교수",
                      "특훈교수", "주임교수", "학장")


def _org_head(text: str) -> bool:
    """Whether a word ends like an organisation's name (…연구소, …위원회, …안보실) and is more than that."""
    return any(text.endswith(h) and len(text) > len(h) for h, c in heads()["ko"].items()
               if c in ORG_FAMILY or c == "GovernmentBody")


def _group_head(text: str) -> bool:
    """Whether a word ends like the name of a group of people that is not an organisation (…과학패널,
    …자문기구, …네트워크)."""
    return bool(re.search(r"[\uac00-\ud7a3]", text)) and any(
        text.endswith(h) and len(text) > len(h) for h, c in heads()["ko"].items() if c in ("Panel", "Network"))


def _unit_head(text: str) -> bool:
    """Whether a word names a unit inside a body (…공학과, …학부, …본부): a department, not the body."""
    return any(text.endswith(h) and len(text) > len(h) for h in unit_heads())


def _spaced_chief(words: list[Word], i: int) -> tuple[int, str] | None:
    """(first word, title) of a chief officer's title written in words (최고 AI 책임자, 최고 기술 책임자)."""
    if not words[i].core.endswith("책임자"):
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        if words[k].particle or words[k].punct:
            return None
        if words[k].core.startswith("최고"):
            joined = "".join(x.core for x in words[k:i + 1])
            return (k, joined) if joined in titles() else None
    return None


def _unit_of_title(title: Title, field: list[str]) -> Title:
    """A head-of-unit title with the unit's field written with it (AI 센터장: Head of AI Center)."""
    if not title.en.startswith("Head of ") or not field or not all(w in GENERIC_ACRONYMS for w in field):
        return title
    return replace(title, en=f"Head of {' '.join(field)} {title.en[len('Head of '):]}")


def _glued_dot(words: list[Word], k: int) -> bool:
    """A middle dot with no space on either side, between two words: part of one name (가나AI·SW협회)."""
    return words[k].text == "·" and 0 < k < len(words) - 1 and not words[k - 1].punct and \
        not words[k + 1].punct and words[k - 1].end == words[k].start and words[k].end == words[k + 1].start


def _after_person(words: list[Word], j: int) -> bool:
    """Whether the bracket opening at ``words[j]`` follows a person's name or title (김철수 소장(가나대
    교수), 김철수(가나대 교수)), so that it describes that person.  After a list's heading or a topic
    (△ 공공 AX (김철수 가나포럼 의장)) the bracket names a person of its own."""
    if j < 1:
        return False
    w = words[j - 1]
    return bool(_title_suffix(w.core) or korean_name_shaped(w) or "NNP" in w.tags or
                re.fullmatch(r"[A-Z][a-z'’-]+", w.core))


def _title_suffix(core: str) -> tuple[str, int] | None:
    """The title a word ends in, and where the organisation glued before it ends: 과기혁신본부장 →
    본부장 after 과기혁신; AI안전연구소장 → 소장 (Director), but the organisation keeps its 소:
    AI안전연구소 + 장, as Korean writes the head of a body (연구원장, 실장)."""
    table = titles()
    for n in range(min(len(core), 6), 1, -1):
        if core[-n:] in table:
            if core.endswith("장") and (_org_head(core[:-1]) or n == 2 and len(core) >= 4 and core[-2] != "의") and \
                    not re.fullmatch(r"[A-Za-z&]+", core[:-n]):
                # (not after a body's Latin short name: GETRI원장 is GETRI's 원장, no body "GETRI원")
                return core[-n:], len(core) - 1      # 한국지능정보원장: the 원 is the body's (no body ends in 의: 상원의장)
            return core[-n:], len(core) - n
    return None


# the links of an Arabic name (사미르 빈 자이드 알 파리스): such a name runs to more words than three
# (and a Dutch, German or French family name's particles: 얀 반 덴 베르크, 안나 폰 데어 호프)
_ARABIC_LINKS = {"빈", "알", "이븐", "압둘", "아부", "빈트", "엘", "반", "판", "폰", "덴", "데어", "데르", "드", "델"}


def _linked_name_part(words: list[Word], j: int, names: list[Word]) -> bool:
    """A word of an Arabic name that Kiwi splits oddly (자이드: 자 interjection + 이드), next to a link."""
    linked = bool(names) and names[0].core in _ARABIC_LINKS or j >= 1 and words[j - 1].core in _ARABIC_LINKS
    return linked and not words[j].particle and bool(re.fullmatch(r"[\uac00-\ud7a3]{2,4}", words[j].core)) and \
        words[j].core not in stop_words()


def _given_name_read_as_verb(words: list[Word], j: int, names: list[Word]) -> bool:
    """A foreign given name Kiwi reads as a bare verb stem (지나 로페스: 지나/VV), first in its sentence,
    after punctuation or after a verb's ending (외신에 따르면 지나 로페스), right before the rest of a name:
    as a verb it needs a subject before it (3년이 지나 …)."""
    w = words[j]
    return bool(names) and w.tags == ("VV",) and not w.particle and bool(re.fullmatch(r"[\uac00-\ud7a3]{2}", w.core)) \
        and "NNP" in names[0].tags and (j == 0 or words[j - 1].punct or words[j - 1].tags[-1].startswith("E"))


def _name_read_as_a_verb(words: list[Word], k: int) -> Word:
    """김창한 read as 김창 (NNP) + 한 ("did"), 고영인 as 고영 + 인 ("being"): a two-syllable proper noun starting with
    a family name, with that ending, one or two words before a title, is the three-syllable name; so is a
    foreign family name read as a noun and 이자 after a given name."""
    w = words[k]
    if w.particle == "자" and k >= 1 and not words[k - 1].particle and not words[k - 1].punct and \
            re.fullmatch(r"[\uac00-\ud7a3]{2,4}", w.core) and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", words[k - 1].core) and \
            set(words[k - 1].tags) <= {"NNG", "NNP"} and w.tags[:1] in (("NNG",), ("NNP",)) and \
            any(k + d < len(words) and words[k + d].core in titles() for d in (1, 2)):
        # 발데시 우르퀴자 라티움 사무총장: a foreign family name ending in 자, read as a noun and 이자 ("and also");
        # after a given name, before a body and a title, it is the name
        return replace(w, core=w.core + w.particle, core_end=w.end, particle="", tags=("NNP",))
    if w.particle not in ("한", "인") or w.tags[:1] != ("NNP",) or not re.fullmatch(r"[\uac00-\ud7a3]{2}", w.core) or \
            w.core[0] not in korean_surnames() or _is_country(w.core) or \
            not any(k + d < len(words) and words[k + d].core in titles() for d in (1, 2)) or \
            k + 1 >= len(words) or words[k + 1].punct:
        return w
    return replace(w, core=w.core + w.particle, core_end=w.end, particle="", tags=("NNP",))


def _misread_name(w: Word) -> bool:
    """A Korean name whose last syllables Kiwi reads as another part of speech (허준늘: 허준 NNP + 늘 MAG),
    or whose family name it reads as a determiner (이상욱 before a body's name: 이 MM + 상 NNG + 욱 MAG)."""
    return (w.tags[:1] == ("NNP",) or w.tags[:1] == ("MM",) and len(w.tags) > 1 and len(w.core) == 3) and \
        korean_name_shaped(w)


def _korean_given_name(w: Word) -> bool:
    """A Korean name of three syllables whose given name has no syllable of a transliteration (김철수, not
    마이클 or 도널드, whose first syllables are family names too)."""
    return re.fullmatch(r"[\uac00-\ud7a3]{3}", w.core) is not None and korean_name_shaped(w) and \
        not _transliterated(w.core[1:])


def _transliterated(text: str) -> bool:
    """Whether a Hangul word holds a syllable only transliterations use (트, …): a loanword's or a foreign name's."""
    return any(c in transliteration_syllables() for c in text)


def _loanword_of_three(w: Word) -> bool:
    """Three syllables shaped like a Korean name whose last two hold a transliteration's syllable (이마트: 이 + 마트),
    which before a unit's glued title is a company's name, not a person's."""
    return len(w.core) == 3 and not _korean_given_name(w) and _transliterated(w.core[1:])


def _unknown_body_word(w: Word) -> bool:
    """A Hangul word that can name a body next to a name: a proper noun, a loanword or three syllables and
    more; no post's modifier, title or word that is never a name's."""
    return not w.particle and re.fullmatch(r"[\uac00-\ud7a3]{2,}", w.core) is not None and \
        w.core not in post_modifiers() and w.core not in stop_words() and w.core not in titles() and \
        not any(w.core[-n:] in titles() for n in range(2, len(w.core) + 1)) and \
        ("NNP" in w.tags or len(w.core) >= 3 or _transliterated(w.core))


def korean_name_shaped(w: Word, noun_ok: bool = False) -> bool:
    """Three Hangul syllables after a family name (김명주), or two/four tagged as one proper noun;
    never a word Kiwi reads as one common noun, unless ``noun_ok`` (where only a name can stand:
    류민배 네트워크정책실장, which Kiwi reads as one noun)."""
    core = w.core
    if w.punct or w.particle or not re.fullmatch(r"[\uac00-\ud7a3]{2,4}", core) or core in titles() or core in stop_words():
        return False
    if any(len(h) >= 3 for h in heads_ending(core, "ko")):
        return False            # 연구반, 작업반: a body's head word of three syllables ends no name
    surname = core[:2] if core[:2] in korean_surnames() else core[:1]
    if surname not in korean_surnames() or w.tags in ((("NNG", "XSN"),) if noun_ok and len(core) == 3 else
                                                      (("NNG",), ("NNG", "XSN"))) or set(w.tags) <= {"MAG", "MAJ"}:
        return False            # Kiwi knows it as one common noun (고위급, 주요국), or a noun and its suffix
        #                         (신뢰성), or an adverb (조만간)
    return len(core) == 3 or w.tags == ("NNP",)


def korean_listed_people(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """NAME ORG TITLE items of a list or caption whose organisation nobody knows yet:
    "왼쪽부터 박서준 국가데이터정책실 국장, 이민정 AI정책연구소장, …".  Each item runs between
    commas (or the sentence's ends) and starts with a name-shaped word; the title may be glued
    to the organisation (AI정책연구소장 = AI정책연구소 + 장), which then becomes an organisation
    mention.  Items other rules already read are left to them."""
    covered = [(m.start - sent.start, m.end - sent.start) for m in found]
    out: list[Mention] = []
    item: list[Word] = []
    opener, before_item, at = "", "", -1
    for k, w in enumerate(words + [None]):
        if w is not None and (not w.punct or _glued_dot(words, k)):
            # commas part items; other punctuation ([기자], brackets) too, but not the dot inside a name (AI·SW협회)
            if not item:
                before_item = opener
            item.append(w)
            continue
        if before_item == "(" and not _after_person(words, at):
            before_item = ""
        opener, at = (w.text, k) if w is not None else ("", -1)
        if before_item == "(":
            item = []
            continue            # 김철수 소장(가나대 법학부 교수): the bracket describes the person before it
        names = [i for i, x in enumerate(item[:2]) if korean_name_shaped(x) and
                 not (i == 0 and len(item) >= 2 and _title_suffix(item[1].core) and _loanword_of_three(x))]
        if names and before_item == ")" and _latin_gloss(words, words.index(item[0]) - 1) is not None:
            names = []          # 윌슨 화이트(Wilson White) 글로벌 공공정책 부사장: the field of the post of the
            #                     name spelled before it, no name of its own
        # the item ends at its title; the list's last item goes on into the sentence (… 실장이 참석했다)
        # (not a verb made of the title's noun: 구미시를 대표하는 회사, "representing")
        end = next((k for k in range(names[0] + 1, min(len(item), names[0] + 5)) if _title_suffix(item[k].core)
                    and (k == len(item) - 1 or item[k].particle) and not item[k].particle.startswith("하")), None) \
            if names else None
        item = item[:end + 1] if end is not None else item
        last = item[-1] if item else None
        title = _title_suffix(last.core) if end is not None else None
        if names and title and 1 <= len(item) - 1 - names[0] <= 4 and \
                not any(s <= item[names[0]].start < e for s, e in covered):
            name = item[names[0]]
            t = titles()[title[0]]
            org_start = item[names[0] + 1].start
            body = item[names[0] + 1:-1]
            while body and body[-1].core in post_modifiers():
                body = body[:-1]        # AI안전연구소 초대 소장: the inaugural director, of the institute
            if not body:
                org_start = last.start  # 김철수 전 가나시장: the city glued to the title, after a word on the post
            if body and titles().get(body[-1].core) and not body[-1].particle:
                item = []
                continue        # 이즈미 히로토 총리 보좌관: a post of a post (the prime minister's adviser); the name
                #                 before it is another rule's to read, not a body between name and title
            if any(korean_name_shaped(x) and len(x.core) == 3 for x in body) or \
                    any(m.cls == "Person" and m.start - sent.start == org_start for m in found):
                item = []
                continue        # 박서준 대신 이서연 교수: another person's name, so no body between name and title;
                #                 마르코 안토니오 로페스 SICA 사무총장: one name that another rule read in part
            if len(body) > 1 and body[0].core in ("전", "현", "前", "現") and not body[0].particle:
                body = body[1:]         # 김철수 전 가나통상부 장관: a former post, of the ministry
                org_start = body[0].start
            if len(body) > 1 and _NTH_HOLDER.fullmatch(body[0].core) and not body[0].particle:
                body = body[1:]         # 김철수 제10대 가나통신부 장관: the post's tenth holder, of the ministry
                org_start = body[0].start
            if len(body) > 1 and body[0].core in post_modifiers() and not body[0].particle:
                body = body[1:]         # 김철수 신임 가나협회 회장: the post's new holder, of the body
                org_start = body[0].start
            org_end = last.start + title[1] if title[1] else (body[-1].core_end if body else 0)
            if title[1] and title[1] == len(last.core) - len(title[0]) and title[0][:-1] in unit_heads() and \
                    title[0].endswith("장"):
                org_end += len(title[0]) - 1    # 가나 AI 윤리 연구센터장: the head (장) of the 연구센터, no body "… 연구"
                #                                 (unless the cut already kept the unit: 가나원 산업지원본부장)
            # a known organisation in the item wins over the unit glued to the title (과기혁신본부장)
            # (not a country at the start of a longer word: 한국AI·SW협회 is a body of its own)
            known = [m for m in found if m.cls in AGENT_CLASSES and org_start <= m.start - sent.start
                     and m.end - sent.start <= org_end and not (m.cls == "Country" and any(
                         x.start <= m.start - sent.start and m.end - sent.start < x.core_end for x in body))]
            org = known[-1] if known else None
            glued = sent.text[org_start:org_end] if title[1] and len(item) - 1 == names[0] + 1 else ""
            head_of = title[1] == len(last.core) - 1        # …원 + 장: the body's own last syllable
            if glued and org is None and not head_of and not lookup_normalised(glued) and not _org_head(glued):
                item = []
                continue        # 개인정보위원장: where the body's name ends is a guess; other rules may know
            if org is None and org_end > org_start and sent.text[org_start:org_end] in heads()["ko"]:
                pass            # 김철수 포럼 공동의장: "the forum" the document speaks of, a head word with no name
            elif org is None and org_end > org_start:
                org = known_or_new(sent, org_start, org_end, head_class(sent.text[org_start:org_end], "ko")
                                    or "Organisation", "ko-list-org", 0.6)
                org = org if org.cls in AGENT_CLASSES else None
            if _CAREER_YEARS_KO.match(sent.text, last.end):
                item = []
                continue        # 라티움넷 전무(1997~2001년), …: a career's posts with their years, after the firms' names
            if title[0] == "시장" and org is not None and org.cls != "City" and not re.search(r"[\uac00-\ud7a3]", org.text):
                item = []
                continue        # 전세계 데이터센터 서버용 GPU 시장: the market of a product; a mayor is a city's
            kw = dict(title_en=t.en, title_ko=t.ko, org_span=(org.start, org.end) if org is not None else ())
            out.append(mention_at(sent, name.start, name.core_end, "Person", "ko-list-name-title", 0.7, **kw))
            if org is not None and org not in found:
                out.append(org)
        item = []
    return out
