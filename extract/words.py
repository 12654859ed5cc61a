"""Korean words and what every mention rule shares: a word's core and particles, whether it can
be part of a name, and how a span becomes a mention (known to the authority data, or new).

Kiwi splits a Korean word into morphemes; the rules reason about whole words (the run
between spaces or punctuation) with their particles cut off, so these live in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ontology import FAMILY

from .authority import load_authority
from .gazetteer import lookup_normalised, lookup_similar
from .korean import TokenRow, token_rows
from .lexicon import heads, heads_ending, stop_words, titles
from .model import Mention
from .sentences import Sentence

ORG_FAMILY = {"Organisation", "InternationalOrganisation", "GovernmentBody", "Company", "ResearchOrganisation",
              "NonProfitOrganisation"}
AGENT_CLASSES = ORG_FAMILY | {"Country"}
_PUNCT_TAGS = {"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "_SP"}
_PARTICLE = re.compile(r"^(J|E|VCP|XSV|XSA|VV|VA|VX)")
_NAME_TAGS = {"NNP", "NNG", "SL", "SH", "MM", "NNB", "XSN", "XPN", "NR", "XR"}
# English words a name or a Title Case headline leaves in lower case
SMALL_WORDS_EN = frozenset({"of", "on", "for", "and", "the", "in", "to", "at", "a", "an", "with", "by", "&", "de", "du"})
# and the other short words a headline leaves in lower case ("… Points to …, as Delegates Call for …")
_HEADLINE_SMALL = frozenset({"as", "or", "vs", "via"})
# acronyms that name a field or a role, not a body (AI 회의, ICT 장관)
GENERIC_ACRONYMS = frozenset({"AI", "IT", "ICT", "ITC", "CEO", "CTO", "TF", "R&D", "UN", "EU"})
# what a web page writes in brackets after a linked document's name: its file, not its short name
FILE_KINDS = frozenset({"PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "HTML", "ZIP", "MP4", "KB", "MB"})
# a body's legal form abbreviated and glued to its name, before or after it: ㈜가나, 가나(주) (a company),
# (재)가나 (a foundation), (사)가나 (an association)
LEGAL_FORM_KO = re.compile(r"㈜|\((주|유|재|사)\)")
# the words that open a school's or institute's name where its kind comes first (Université de …, Ecole …)
SCHOOL_FIRST_EN = r"(?:Universit[éeyà]|Universidade?|Universität|Instituto|Institut|[EÉ]cole)"
# an acronym in capitals: AISI, G7, J-AISI
ACRONYM_LETTERS = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
LATIN_NAME = re.compile(r"^(?:[A-Z]\.|[A-Z][a-z'’-]+|[A-Z]{2,})$")
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


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
    run: list[TokenRow] = []
    rows = token_rows(doc)
    full = "".join(r.text + " " * r.space for r in rows)

    def flush():
        if not run:
            return
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        k = len(run)
        while k > 1 and _PARTICLE.match(run[k - 1].tag) and run[k - 1].tag not in ("VV", "VA") or \
                (k > 1 and run[k - 1].tag in ("VV", "VA", "VX") and any(t.tag.startswith("E") for t in run[k - 1:])):
            k -= 1
        core_end = run[k - 1].idx + len(run[k - 1].text)
        out.append(Word(s, e, core_end, tuple(t.tag for t in run), full[s:e], full[s:core_end], False,
                        full[core_end:e]))
        run.clear()

    for tok in rows:
        if tok.tag in _PUNCT_TAGS and not LATIN_NAME.match(tok.text):
            flush()
            if tok.text.strip():
                out.append(Word(tok.idx, tok.idx + len(tok.text), tok.idx + len(tok.text), (tok.tag,), tok.text,
                                tok.text, True, ""))
            continue
        run.append(tok)
        if tok.space:
            flush()
    flush()
    return out


def name_like(w: Word) -> bool:
    if w.punct or w.particle or w.core in stop_words() or w.core in titles():
        return False
    # Kiwi may keep a two-word name as one token; a double-barrelled one is hyphenated (extract.korean)
    if re.fullmatch(r"[\uac00-\ud7a3]+(?:[ -][\uac00-\ud7a3]+)*", w.core):
        # (up to 14 syllables when Kiwi's dictionary holds it as one name of several words: 레제프 타이이프 에르도안)
        return len(w.core.replace(" ", "").replace("-", "")) <= (14 if " " in w.core else 10) and \
            all(t in _NAME_TAGS for t in w.tags) and \
            not w.tags[0].startswith("NNB")
    return bool(LATIN_NAME.match(w.core))


def mention_at(sent: Sentence, s: int, e: int, cls: str, method: str, conf: float, ids=(), reference="", **kw) -> Mention:
    text = sent.text[s:e]
    return Mention(sent.doc_id, sent.index, sent.start + s, sent.start + e, text, cls, tuple(ids), method, conf,
                   sent.lang, reference, **kw)


# common Korean words that end in a head word's syllable (…부: a ministry, …법: a law) and name nothing
_ENDS_LIKE_A_HEAD_KO = ("여부", "방법", "기법", "해법", "수법", "불법", "문법", "편법", "위법", "비법", "일부", "내부", "외부",
                        "전부", "간부", "세부", "대부", "진일보", "상실")


def head_class(phrase: str, lang: str) -> str | None:
    table = heads()[lang]
    words = phrase.split()
    if not words:
        return None
    if lang == "en":
        topic = next((i for i, w in enumerate(words) if w in ("on", "for")), None)
        if topic:       # "… Statement on AI and Emerging Technologies": the head is before what it is about
            found = head_class(" ".join(words[:topic]), lang)
            if found:
                return found
        of = next((i for i, w in enumerate(words) if w == "of"), None)
        if of and (words[of - 1] in table and words[of - 1][0].isupper() or " ".join(words[of - 2:of]) in table):
            # "Ministerial Meeting of the Dialogue Platform": English puts the head before "of"
            return table.get(" ".join(words[of - 2:of])) or table[words[of - 1]]
        for k in range(len(words) - 1, -1, -1):         # "Global Forum on the Ethics of AI": head in the middle
            pair = " ".join(words[k - 1:k + 1]) if k else ""
            if pair in table:                           # a two-word head (Ministerial Council) before its last word
                return table[pair]
            if words[k] in table and words[k][0].isupper():
                return table[words[k]]
        return None
    last = words[-1]
    if last.endswith(_ENDS_LIKE_A_HEAD_KO):
        return None         # ‘발명자 지위 인정 여부’, ‘AI 특허획득 방법’: whether, how (…부, …법), no ministry or law
    for head in heads_ending(last, lang):
        if len(last) > len(head) or len(words) > 1:
            return table[head]
    return None


_INITIATIVE_CLASSES = frozenset(c for c, fam in FAMILY.items() if fam == "Initiative")


def known_or_new(sent: Sentence, s: int, e: int, cls: str, method: str, conf: float) -> Mention:
    text = sent.text[s:e]
    ids = lookup_normalised(text)
    if not ids and cls in _INITIATIVE_CLASSES:       # another translation of a known text's long title
        ids = lookup_similar(text, _INITIATIVE_CLASSES) or _issued_by_body(text)
    return mention_at(sent, s, e, cls if not ids else load_authority().get(ids[0]).cls, method, conf, ids)


# a body's name, and who in it, before a text's own name: ‘APEC 정상 경주선언’, "APEC Leaders' Gyeongju Declaration"
_ISSUER_LEAD = re.compile(r"(\S+)\s+(?:(?:정상|장관|각료|Leaders['’]?|Ministers['’]?|Ministerial)\s+)?(?=\S)")


def _issued_by_body(text: str) -> tuple[str, ...]:
    """The known declaration or statement a name is, said with the international body whose
    meeting issued it first: the body must be one the data knows (not a country: "Ruritania
    Declaration" is no other country's), and the text one of no country's.  Not laws or
    processes: "UN AI Act" is no other body's AI Act."""
    lead = _ISSUER_LEAD.match(text)
    auth = load_authority()
    if lead is None or not any(FAMILY.get(auth.get(i).cls) == "Organisation" for i in lookup_normalised(lead.group(1))):
        return ()
    return tuple(i for i in lookup_normalised(text[lead.end():])
                 if auth.get(i).cls in ("Declaration", "Statement") and not auth.get(i).country)


def headline(text: str, slack: int = 1) -> bool:
    """Title Case lines (headlines) capitalise every word, so capitals say nothing about names there.
    ``slack`` lower-case words are allowed; a caption dense with names can have one."""
    sentence = text.rstrip().endswith((".", ".”", ".\""))
    if sentence and re.search(r",[^;]+;\s*[A-Z]", text):
        return False        # "Jane Roe, Minister of …; Ed Doe, Chair of ….": a caption's list of people and posts
    if sentence:            # (a quoted title is Title Case whatever the line is: the words around it tell)
        text = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    content = [w for w in words if w not in SMALL_WORDS_EN and w not in _HEADLINE_SMALL]
    if sentence:
        slack = 0           # a sentence, with a full stop: its one lower-case verb (Leaders attended the G7 …) counts
    return len(content) >= 5 and sum(not w[0].isupper() for w in content) <= slack
