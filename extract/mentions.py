"""Mentions in one sentence: known names from the authority data, and names discovered by rules.

Discovery is what makes the tool useful on documents nobody has read: a person is a
run of name-like words before a title (제인 도 미국 차관) or after one
(Prime Minister Jane Doe); an initiative or summit is a quoted phrase or a run of
proper nouns that ends in a head word (‘… 선언문’, Hiroshima AI Process).  Kiwi's tags
say which words can be part of a name; the lexicons in ``data/`` say which words are
titles and heads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ontology import FAMILY

from .authority import load_authority
from .gazetteer import find_known, lookup_normalised, lookup_similar
from .lexicon import cues, demonyms, english_titles, heads, korean_surnames, titles
from .model import Mention
from .sentences import Sentence

ORG_FAMILY = {"Organisation", "InternationalOrganisation", "GovernmentBody", "Company", "ResearchOrganisation",
              "NonProfitOrganisation"}
AGENT_CLASSES = ORG_FAMILY | {"Country"}
_PUNCT_TAGS = {"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "_SP"}
_PARTICLE = re.compile(r"^(J|E|VCP|XSV|XSA|VV|VA|VX)")
_NAME_TAGS = {"NNP", "NNG", "SL", "SH", "MM", "NNB", "XSN", "XPN", "NR", "XR"}
_STOP = {"등", "및", "함께", "이날", "지난", "전", "현", "신임", "당시", "주요", "각국", "또", "이어", "한편", "또한",
         "이번", "국제", "정부", "대표", "대표로는", "각", "모든", "여러", "기자", "특파원", "정상", "인사"}
_QUOTES = re.compile(r"[‘'“\"「『《〈]([^‘’'“”\"「」『』《》〈〉]{2,90})[’'”\"」』》〉]")
_LATIN_NAME = re.compile(r"^(?:[A-Z]\.|[A-Z][a-z'’-]+|[A-Z]{2,})$")


@dataclass
class Word:
    """A run of tokens between spaces or punctuation, with its trailing particles split off."""
    start: int        # offsets in the sentence
    end: int
    core_end: int     # end of the word without particles and endings
    tags: tuple[str, ...]
    text: str
    core: str
    punct: bool
    particle: str     # the particles/endings after the core ("의", "은", …)


def words_of(doc: Doc) -> list[Word]:
    out: list[Word] = []
    run: list = []
    full = doc.text             # Doc.text joins every token on each access: read it once

    def flush():
        if not run:
            return
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        k = len(run)
        while k > 1 and _PARTICLE.match(run[k - 1].tag_) and run[k - 1].tag_ not in ("VV", "VA") or \
                (k > 1 and run[k - 1].tag_ in ("VV", "VA", "VX") and any(t.tag_.startswith("E") for t in run[k - 1:])):
            k -= 1
        core_end = run[k - 1].idx + len(run[k - 1].text)
        out.append(Word(s, e, core_end, tuple(t.tag_ for t in run), full[s:e], full[s:core_end], False,
                        full[core_end:e]))
        run.clear()

    for tok in doc:
        if tok.tag_ in _PUNCT_TAGS and not _LATIN_NAME.match(tok.text):
            flush()
            if tok.text.strip():
                out.append(Word(tok.idx, tok.idx + len(tok.text), tok.idx + len(tok.text), (tok.tag_,), tok.text,
                                tok.text, True, ""))
            continue
        run.append(tok)
        if tok.whitespace_:
            flush()
    flush()
    return out


def _name_like(w: Word) -> bool:
    if w.punct or w.particle or w.core in _STOP or w.core in titles():
        return False
    if re.fullmatch(r"[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*", w.core):   # Kiwi may keep a two-word name as one token
        return len(w.core.replace(" ", "")) <= 10 and all(t in _NAME_TAGS for t in w.tags) and \
            not w.tags[0].startswith("NNB")
    return bool(_LATIN_NAME.match(w.core))


def _mention(sent: Sentence, s: int, e: int, cls: str, method: str, conf: float, ids=(), reference="", **kw) -> Mention:
    text = sent.text[s:e]
    return Mention(sent.doc_id, sent.index, sent.start + s, sent.start + e, text, cls, tuple(ids), method, conf,
                   sent.lang, reference, **kw)


def known_mentions(sent: Sentence, doc: Doc | None) -> list[Mention]:
    """Authority names; in Korean a match must end on a token boundary (인도 ≠ 인도네시아)."""
    auth = load_authority()
    token_ends = {t.idx + len(t.text) for t in doc} if doc is not None else None
    token_tag = {t.idx: t.tag_ for t in doc} if doc is not None else {}
    out = []
    for s, e, ids in find_known(sent.text):
        if sent.lang == "ko" and token_ends is not None and e not in token_ends:
            continue
        if sent.lang == "ko" and e - s <= 2 and re.fullmatch(r"[\uac00-\ud7a3]+", sent.text[s:e]) and \
                token_tag.get(s) not in (None, "NNP") and all(auth.get(i).cls == "Country" for i in ids):
            continue            # 수단 (means), 가나, 오만 … as common nouns are not the countries
        classes = {auth.get(i).cls for i in ids}
        cls = classes.pop() if len(classes) == 1 else auth.get(ids[0]).cls
        out.append(_mention(sent, s, e, cls, "authority", 0.95 if len(ids) == 1 else 0.6, ids))
    return out


def _head_class(phrase: str, lang: str) -> str | None:
    table = heads()[lang]
    words = phrase.split()
    if not words:
        return None
    if lang == "en":
        for w in reversed(words):                       # "Global Forum on the Ethics of AI": head in the middle
            if w in table and w[0].isupper():
                return table[w]
        return None
    last = words[-1]
    for head in sorted(table, key=len, reverse=True):
        if last.endswith(head) and (len(last) > len(head) or len(words) > 1):
            return table[head]
    return None


_INITIATIVE_CLASSES = frozenset(c for c, fam in FAMILY.items() if fam == "Initiative")


def _known_or_new(sent: Sentence, s: int, e: int, cls: str, method: str, conf: float) -> Mention:
    text = sent.text[s:e]
    ids = lookup_normalised(text)
    if not ids and cls in _INITIATIVE_CLASSES:       # another translation of a known text's long title
        ids = lookup_similar(text, _INITIATIVE_CLASSES)
    return _mention(sent, s, e, cls if not ids else load_authority().get(ids[0]).cls, method, conf, ids)


def quoted_names(sent: Sentence) -> list[Mention]:
    """‘…’-quoted phrases that end in a head word (정상회의, 선언, 법, …)."""
    out = []
    for m in _QUOTES.finditer(sent.text):
        inner = m.group(1).strip()
        if re.search(r"[.!?]$|다$|요$", inner):
            continue            # a quoted sentence (speech), not a name
        offset = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        while re.search(r"\([^()]*\)$", inner):     # ‘…기본법안(대안)(이하 AI 기본법)’
            inner = re.sub(r"\s*\([^()]*\)$", "", inner)
        if ", " in inner:                          # ‘인공지능, AI 임팩트 정상회의’
            cut = inner.rfind(", ") + 2
            offset += cut
            inner = inner[cut:]
        cls = _head_class(inner, sent.lang) or _head_class(re.sub(r"\(.*?\)", "", inner), sent.lang)
        if cls and inner:
            out.append(_known_or_new(sent, offset, offset + len(inner), cls, "quoted-name", 0.85))
    return out


def korean_head_names(sent: Sentence, words: list[Word], found: list[Mention] = ()) -> list[Mention]:
    """Proper-noun runs ending in a head word: AI 서울 정상회의, 서울선언, 슈미트재단."""
    out = []
    table = heads()["ko"]
    for i, w in enumerate(words):
        if w.punct:
            continue
        head = next((h for h in sorted(table, key=len, reverse=True) if w.core.endswith(h)), None)
        if not head:
            continue
        cls = table[head]
        j = i
        # only a head that stands as its own word takes the proper nouns before it (AI 서울 정상회의);
        # a glued head names what it is glued to (서울선언, 슈미트재단)
        while w.core == head and j > 0 and i - j < 4 and not words[j - 1].punct and not words[j - 1].particle and \
                all(t in ("NNP", "SL", "SN", "NNG", "SH") for t in words[j - 1].tags):
            j -= 1
        # a name starts at a proper noun or Latin word: drop leading common nouns
        while j < i and not any(t in ("NNP", "SL", "SH") for t in words[j].tags):
            j += 1
        prefix = w.core[: len(w.core) - len(head)]
        if j == i and not (prefix and ("NNP" in w.tags or "SL" in w.tags) and w.tags[0] in ("NNP", "SL")):
            continue
        if len(head) == 1 and j == i:
            continue            # "…부" alone is too often a plain noun
        stem = sent.text[words[j].start:w.core_end - len(head)]
        country_first = any(m.cls == "Country" and m.start - sent.start == words[j].start for m in found)
        if re.fullmatch(r"(?:\S+\s+)?(?:AI|인공지능)\s*", stem) and (country_first or stem.strip() in ("AI", "인공지능")):
            # "AI 정상회의", "영국 AI 정상회의": a kind of meeting, not a name; for a summit it
            # points to the summit the document is about
            if cls == "Summit":
                out.append(_mention(sent, words[j].start, w.core_end, "Summit", "generic-summit", 0.6,
                                    reference="this"))
            continue
        out.append(_known_or_new(sent, words[j].start, w.core_end, cls, "ko-head-name", 0.7))
    return out


_EN_CAP = r"(?:[A-Z][\w'’.-]*|\([A-Z][A-Za-z]{1,6}\))"   # (AI) in "Artificial Intelligence (AI) Action Summit"
_EN_CONN = r"(?:of|on|for|and|the|in|to|&|de|du)"


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _headline(text: str) -> bool:
    """Title Case lines (headlines) capitalise every word, so capitals say nothing about names there."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    small = {"of", "on", "for", "and", "the", "in", "to", "at", "a", "an", "with", "by"}
    content = [w for w in words if w not in small]
    return len(content) >= 5 and sum(not w[0].isupper() for w in content) <= 1


def english_head_names(sent: Sentence) -> list[Mention]:
    """Capitalised phrases with a head word: Hiroshima AI Process, Global Forum on the Ethics of AI."""
    if _headline(sent.text):
        return []
    table = heads()["en"]
    head_alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    pat = re.compile(
        rf"\b((?:{_EN_CAP}\s+(?:{_EN_CONN}\s+)*)*(?:{head_alt})\b(?:\s+(?:on|for|of)\s+(?:the\s+)?{_EN_CAP}"
        rf"(?:\s+(?:{_EN_CONN}\s+)*{_EN_CAP})*)?)")
    out = []
    for m in pat.finditer(sent.text):
        phrase = m.group(1).rstrip(".")
        s = m.start(1)
        poss = max(phrase.rfind("’s "), phrase.rfind("'s "))
        if poss >= 0:                       # "the UK’s AI Safety Summit": the name starts after the owner
            s += poss + 3
            phrase = phrase[poss + 3:]
        if any(w.strip(".,") in _MONTHS for w in phrase.split()):
            cut = min(i for i, w in enumerate(phrase.split()) if w.strip(".,") in _MONTHS)
            phrase = " ".join(phrase.split()[:cut])
            if not phrase:
                continue
            while phrase.split()[-1] in ("of", "on", "for", "and", "the", "in", "to"):
                phrase = " ".join(phrase.split()[:-1])
        lead = re.match(r"(?:(?:The|the|This|this|A|An|Our|We|at|a)\s+)+", phrase)
        if lead:
            s += lead.end()
            phrase = phrase[lead.end():]
        words = phrase.split()
        if len(words) < 2 and not re.search(r"[A-Z].*[A-Z]", phrase):
            continue
        if words[0] in table and len(words) == 1:
            continue
        # "the Bletchley Park AI Safety Summit and Seoul Summits": two names joined by "and"
        parts: list[tuple[int, int]] = []
        cur_start, cur_end = 0, None
        for sep in re.finditer(r" and (?:the )?", phrase):
            left = phrase[cur_start:sep.start()]
            nxt_end = next((x.start() for x in re.finditer(r" and ", phrase[sep.end():])), None)
            right = phrase[sep.end(): sep.end() + nxt_end if nxt_end is not None else len(phrase)]
            if left.split() and left.split()[-1] in table and _head_class(right, "en"):
                parts.append((cur_start, sep.start()))
                cur_start = sep.end()
        parts.append((cur_start, len(phrase)))
        for a, b in parts:
            text = phrase[a:b]
            cls = _head_class(text, "en")
            if cls and len(text.split()) >= 2:
                out.append(_known_or_new(sent, s + a, s + b, cls, "en-head-name", 0.7))
    return out


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
                spans.append((pos, w.core_end))
                if w.particle:
                    break                             # a particle ends the noun phrase
        else:
            after = _OWNER_EN.match(rest)
            if after:
                pos = m.end - sent.start + after.start(1)
                cut = [pos + x.end() for x in re.finditer(r"\S+", after.group(1))]
                spans = [(pos, c) for c in cut]
        for s, e in reversed(spans):                  # the longest known title
            ids = next((hit for o in owners if (hit := lookup_normalised(f"{o} {sent.text[s:e]}"))), ())
            ids = tuple(i for i in ids if FAMILY.get(auth.get(i).cls) == "Initiative")
            if ids:
                out.append(_mention(sent, s, e, auth.get(ids[0]).cls, "owner-title", 0.8, ids))
                break
    return out


def this_summit(sent: Sentence) -> list[Mention]:
    """이번 정상회의, 동 정상회의, the Summit: the summit the document is about."""
    out = []
    for cue in cues().get(("this_summit", sent.lang), ()):
        flags = re.I if sent.lang == "en" else 0
        for m in re.finditer(re.escape(cue) + (r"\b(?!\s+[A-Z])" if sent.lang == "en" else ""), sent.text, flags):
            if sent.lang == "en" and not re.search(r"Summit", m.group(0)):
                continue
            out.append(_mention(sent, m.start(), m.end(), "Summit", "this-summit", 0.7, reference="this"))
    return out


def this_declaration(sent: Sentence) -> list[Mention]:
    """선언문, the declaration: the declaration or statement the document is about."""
    out = []
    for cue in cues().get(("this_declaration", sent.lang), ()):
        pat = re.escape(cue) + (r"\b(?!\s+(?:on|of|for)\b)" if sent.lang == "en" else "")
        for m in re.finditer(pat, sent.text, re.I if sent.lang == "en" else 0):
            if sent.lang == "ko" and m.start() and re.match(r"[\uac00-\ud7a3A-Za-z’']", sent.text[m.start() - 1]):
                continue            # part of a longer name (파리공동선언, ‘…선언문’)
            out.append(_mention(sent, m.start(), m.end(), "Declaration", "this-declaration", 0.6, reference="this"))
    return out


def korean_people(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """NAME [COUNTRY|ORG] TITLE, and COUNTRY의 NAME TITLE (제인 도 미국 차관)."""
    by_end = {m.end - sent.start: m for m in found if m.cls in AGENT_CLASSES}
    covered = {(m.start - sent.start, m.end - sent.start) for m in found}
    out = []
    for i, w in enumerate(words):
        title = titles().get(w.core)
        if not title or w.punct:
            continue
        j = i - 1
        org = None
        # a country or organisation right before the title, possibly with words glued to it
        k = i - 1
        while k >= 0 and words[k].text == ")":      # 마이크로소프트(MS) 최고경영자: skip the gloss
            opening = next((x for x in range(k - 1, max(-1, k - 4), -1) if words[x].text == "("), None)
            if opening is None:
                break
            k = opening - 1
        for k in range(k, max(-1, k - 4), -1):
            m = by_end.get(words[k].core_end) if not words[k].particle else None
            if m:
                org, j = m, k - 1
                while j >= 0 and words[j].start >= m.start - sent.start:
                    j -= 1
                break
            if words[k].punct and words[k].text not in "-–":
                break
        if org is not None and j >= 0 and not words[j].particle and by_end.get(words[j].core_end) is not None \
                and by_end[words[j].core_end].cls == "Country":
            j -= 1              # 대한민국 외교부 장관: the ministry's country before it
        if j >= 0 and words[j].core in ("전", "현", "신임", "당시", "前", "現") and not words[j].particle:
            j -= 1              # 에릭 슈밋 전 구글 최고경영자: a former or current post
        names: list[Word] = []
        while j >= 0 and len(names) < 3 and _name_like(words[j]) and \
                not any(s <= words[j].start < e for s, e in covered):
            names.insert(0, words[j])
            j -= 1
        if org is None and j >= 0 and words[j].particle in ("의", ""):
            m = by_end.get(words[j].core_end)   # 인도의 NAME 총리, 삼성전자 NAME 회장
            if m:
                org = m
        if org is None and len(names) >= 2 and re.fullmatch(r"[A-Za-z][\w.-]*", names[-1].core) and \
                re.search(r"[\uac00-\ud7a3]", names[-2].core):
            # an unknown Latin-script organisation between a Korean-script name and the title (… xAI 설립자)
            ow = names.pop()
            org = _mention(sent, ow.start, ow.core_end, "Organisation", "ko-name-org-title", 0.6)
            out.append(org)
        if org is None and len(names) >= 2 and re.search(r"[\uac00-\ud7a3]", names[-1].core) and _org_head(names[-1].core):
            # an unknown body between a name and the title (이경우 과기수석실 비서관): the word says it is one
            ow = names.pop()
            org = _known_or_new(sent, ow.start, ow.core_end, _head_class(ow.core, "ko") or "Organisation",
                                "ko-name-org-title", 0.6)
            out.append(org)
        if len(names) == 1 and not any(t in ("NNP", "SL", "SH") for t in names[0].tags):
            names = []          # one common noun before a title (국제기구 대표) is not a name;
            #                     two words are a foreign name Kiwi does not know (데미스 하사비스: NNG NNG)
        kw = dict(title_en=title.en, title_ko=title.ko, org_span=(org.start, org.end) if org is not None else ())
        if names:
            s, e = names[0].start, names[-1].core_end
            text = sent.text[s:e]
            ref = "surname" if len(names) == 1 and len(text) == 1 else ""
            out.append(_mention(sent, s, e, "Person", "ko-name-title", 0.8, reference=ref, **kw))
        elif org is not None:
            s = org.start - sent.start
            out.append(_mention(sent, s, w.core_end, "Person", "ko-title-only", 0.5, reference="title", **kw))
        if org is not None and out and out[-1].cls == "Person":
            out.append(org)     # remembered so relations can read the position's country or organisation
    return out


def _org_head(text: str) -> bool:
    """Whether a word ends like an organisation's name (…연구소, …위원회, …안보실) and is more than that."""
    return any(text.endswith(h) and len(text) > len(h) for h, c in heads()["ko"].items()
               if c in ORG_FAMILY or c == "GovernmentBody")


def _title_suffix(core: str) -> tuple[str, int] | None:
    """The title a word ends in, and where the organisation glued before it ends: 과기혁신본부장 →
    본부장 after 과기혁신; AI안전연구소장 → 소장 (Director), but the organisation keeps its 소:
    AI안전연구소 + 장, as Korean writes the head of a body (연구원장, 실장)."""
    table = titles()
    for n in range(min(len(core), 6), 1, -1):
        if core[-n:] in table:
            if core.endswith("장") and (_org_head(core[:-1]) or n == 2 and len(core) >= 4):
                return core[-n:], len(core) - 1      # 한국지능정보원장: the 원 is the body's
            return core[-n:], len(core) - n
    return None


def _korean_name_shaped(w: Word) -> bool:
    """Three Hangul syllables after a family name (김명주), or two/four tagged as one proper noun;
    never a word Kiwi reads as one common noun."""
    core = w.core
    if w.punct or w.particle or not re.fullmatch(r"[\uac00-\ud7a3]{2,4}", core) or core in titles() or core in _STOP:
        return False
    surname = core[:2] if core[:2] in korean_surnames() else core[:1]
    if surname not in korean_surnames() or w.tags == ("NNG",):
        return False            # Kiwi knows it as one common noun (고위급, 주요국)
    return len(core) == 3 or w.tags == ("NNP",)


def korean_listed_people(sent: Sentence, words: list[Word], found: list[Mention]) -> list[Mention]:
    """NAME ORG TITLE items of a list or caption whose organisation nobody knows yet:
    "왼쪽부터 김현욱 국가안보실 비서관, 오혜연 카이스트 AI연구원장, …".  Each item runs between
    commas (or the sentence's ends) and starts with a name-shaped word; the title may be glued
    to the organisation (AI연구원장 = AI연구원 + 원장), which then becomes an organisation
    mention.  Items other rules already read are left to them."""
    covered = [(m.start - sent.start, m.end - sent.start) for m in found]
    out: list[Mention] = []
    item: list[Word] = []
    for w in words + [None]:
        if w is not None and not w.punct:      # commas part items; other punctuation ([기자], brackets) too
            item.append(w)
            continue
        names = [i for i, x in enumerate(item[:2]) if _korean_name_shaped(x)]
        # the item ends at its title; the list's last item goes on into the sentence (… 실장이 참석했다)
        end = next((k for k in range(names[0] + 1, min(len(item), names[0] + 5)) if _title_suffix(item[k].core)
                    and (k == len(item) - 1 or item[k].particle)), None) if names else None
        item = item[:end + 1] if end is not None else item
        last = item[-1] if item else None
        title = _title_suffix(last.core) if end is not None else None
        if names and title and 1 <= len(item) - 1 - names[0] <= 4 and \
                not any(s <= item[names[0]].start < e for s, e in covered):
            name = item[names[0]]
            t = titles()[title[0]]
            org_start = item[names[0] + 1].start
            org_end = last.start + title[1] if title[1] else (item[-2].core_end if len(item) - 1 > names[0] + 1 else 0)
            # a known organisation in the item wins over the unit glued to the title (과기혁신본부장)
            known = [m for m in found if m.cls in AGENT_CLASSES and org_start <= m.start - sent.start
                     and m.end - sent.start <= org_end]
            org = known[-1] if known else None
            glued = sent.text[org_start:org_end] if title[1] and len(item) - 1 == names[0] + 1 else ""
            head_of = title[1] == len(last.core) - 1        # …원 + 장: the body's own last syllable
            if glued and org is None and not head_of and not lookup_normalised(glued) and not _org_head(glued):
                item = []
                continue        # 개인정보위원장: where the body's name ends is a guess; other rules may know
            if org is None and org_end > org_start:
                org = _known_or_new(sent, org_start, org_end, _head_class(sent.text[org_start:org_end], "ko")
                                    or "Organisation", "ko-list-org", 0.6)
                org = org if org.cls in AGENT_CLASSES else None
            kw = dict(title_en=t.en, title_ko=t.ko, org_span=(org.start, org.end) if org is not None else ())
            out.append(_mention(sent, name.start, name.core_end, "Person", "ko-list-name-title", 0.7, **kw))
            if org is not None and org not in found:
                out.append(org)
        item = []
    return out


def english_people(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """[COUNTRY|ORG|demonym] TITLE Firstname Lastname, and Firstname Lastname, TITLE of ORG."""
    table = english_titles()
    alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    name = r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)"
    by_end = {m.end - sent.start: m for m in found if m.cls in AGENT_CLASSES}
    by_start = {m.start - sent.start: m for m in found if m.cls in AGENT_CLASSES}
    out = []

    def person(s, e, title, org_m, method):
        kw = dict(title_en=title.en, title_ko=title.ko, org_span=(org_m.start, org_m.end) if org_m else ())
        out.append(_mention(sent, s, e, "Person", method, 0.8, **kw))

    lower = {k.lower(): v for k, v in table.items()}
    for m in re.finditer(rf"\b((?i:{alt}))(?:,)?\s+{name}", sent.text):
        title = table.get(m.group(1)) or lower.get(m.group(1).lower())
        nm = re.sub(r"(’s|'s)$", "", m.group(2))
        if not nm[0].isupper():
            continue
        if any(w in heads()["en"] or w in _MONTHS for w in nm.split()):
            continue
        left = sent.text[:m.start(1)].rstrip()
        left = re.sub(r"(’s|'s)$", "", left)
        org = by_end.get(len(left))
        if org is None:
            dm = re.search(r"([A-Z][\w.]*)$", left)
            cid = demonyms().get(dm.group(1)) if dm else None
            if cid:
                org = _mention(sent, dm.start(1), dm.end(1), "Country", "demonym", 0.8, (cid,))
                out.append(org)
        person(m.start(2), m.start(2) + len(nm), title, org, "en-title-name")
    for m in re.finditer(rf"\b{name},\s+(?:the\s+)?(?:(?:[A-Z][\w.]*\s+)*?)({alt})(?:\s+(?:of|at)\s+(?:the\s+)?)?", sent.text):
        nm, title = m.group(1), table[m.group(2)]
        if any(w in heads()["en"] or w in _MONTHS for w in nm.split()) or nm in demonyms():
            continue
        org = by_start.get(m.end()) if sent.text[m.end() - 1] == " " and m.group(0).rstrip().endswith(("of", "at", "the")) else None
        if org is None:
            head = sent.text[m.start(2) - 1::-1]
            org = next((x for x in found if x.cls in AGENT_CLASSES and x.end - sent.start <= m.start(2)
                        and x.start - sent.start >= m.end(1)), None)
        person(m.start(1), m.end(1), title, org, "en-name-title")
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Longest first, then authority over rules; overlapping weaker spans dropped (persons kept apart).

    An authority name that starts a longer unquoted rule-found name of the same family
    wins ("Bletchley Declaration" in "Bletchley Declaration on AI safety cooperation"):
    the rule only guessed where the name ends, the authority knows."""
    from ontology import FAMILY
    known = [m for m in mentions if m.method == "authority"]
    mentions = [m for m in mentions if not (
        m.method in ("en-head-name", "ko-head-name") and not m.authority_ids and any(
            k.start == m.start and k.end < m.end and FAMILY.get(k.cls) == FAMILY.get(m.cls) for k in known))]
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
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def sentence_mentions(sent: Sentence, doc: Doc | None) -> list[Mention]:
    known = known_mentions(sent, doc)
    named = quoted_names(sent)
    if sent.lang == "ko" and doc is not None:
        words = words_of(doc)
        named += korean_head_names(sent, words, known)
        base = _dedupe(known + named + owned_titles(sent, words, known))
        people = korean_people(sent, words, base)
        people += korean_listed_people(sent, words, base + people)
    else:
        named += english_head_names(sent)
        base = _dedupe(known + named + owned_titles(sent, [], known))
        people = english_people(sent, base)
    return _outside_credits(sent, _dedupe(base + people + this_summit(sent) + this_declaration(sent)))
