"""Documents to Extractions: sentences, spaCy docs (Kiwi for Korean), mentions, relations.

One spaCy pipeline per language with the same components, so rules see the same
kind of ``Doc`` whatever the language; Korean sentences of all documents are
tokenised in one batch so Kiwi's threads keep both cores busy.
"""
from __future__ import annotations

import dataclasses
import functools
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .authority import load_authority
from .context import focus_summit
from .documents import Document
from .gazetteer import lookup_normalised
from .korean import KiwiTokenizer
from .lexicon import demonyms
from .mentions import DOCUMENT_KINDS, sentence_mentions
from .model import Extraction, Mention
from .relations import document_relations, issuers_in_names, parties_in_names
from .sentences import Sentence, split_sentences
from .words import ACRONYM_LETTERS, FILE_KINDS, GENERIC_ACRONYMS
from ontology import FAMILY

if not Doc.has_extension("aig_sentence"):
    Doc.set_extension("aig_sentence", default=None)
if not Doc.has_extension("aig_mentions"):
    Doc.set_extension("aig_mentions", default=())


@Language.component("aigov_mentions")
def mentions_component(doc: Doc) -> Doc:
    """Known and discovered names of the sentence the doc holds (``doc._.aig_sentence``)."""
    sent = doc._.aig_sentence
    if sent is not None:
        doc._.aig_mentions = tuple(sentence_mentions(sent, doc if sent.lang == "ko" else None))
    return doc


@functools.cache
def nlp(lang: str) -> Language:
    if lang == "ko":
        pipe = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
        pipe.tokenizer = KiwiTokenizer(pipe.vocab)
    else:
        pipe = spacy.blank("en")
    pipe.add_pipe("aigov_mentions")
    return pipe


def _docs(sentences: list[Sentence]) -> list[Doc]:
    docs: list[Doc | None] = [None] * len(sentences)
    # English first: its pipeline and the shared lexicons are made while a Kiwi helper is still
    # loading (extract.kiwi_helper), not after; each sentence's doc is the same either way.
    for lang in ("en", "ko"):
        idx = [i for i, s in enumerate(sentences) if s.lang == lang]
        if not idx:
            continue
        pipe = nlp(lang)
        texts = [sentences[i].text for i in idx]
        made = pipe.tokenizer.pipe(texts) if lang == "ko" else (pipe.make_doc(t) for t in texts)
        for i, d in zip(idx, made):
            d._.aig_sentence = sentences[i]
            docs[i] = d
        for i, d in zip(idx, pipe.pipe(docs[i] for i in idx)):
            docs[i] = d
    return docs  # type: ignore[return-value]


def _echoes(sentences: list[Sentence], mentions: list[list[Mention]], names: dict[str, str], method: str,
            ends_well, spelled: dict[str, str] | None = None) -> list[list[Mention]]:
    """Every further occurrence of ``names`` (text → class) in the document's sentences, outside
    the spans already found; ``ends_well(text, end)`` says whether a hit may end there; ``spelled``
    gives the name an acronym stands for, which its mention then carries as its text."""
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    out = []
    for sent, ms in zip(sentences, mentions):
        taken = [(m.start, m.end) for m in ms]
        extra = []
        for hit in pattern.finditer(sent.text):
            s, e = sent.start + hit.start(), sent.start + hit.end()
            before = sent.text[hit.start() - 1:hit.start()] if hit.start() else " "
            if before.isalnum() or not ends_well(sent.text, hit.end()) or any(a < e and s < b for a, b in taken):
                continue
            full = (spelled or {}).get(hit.group(0))
            if full and before == "(" and sent.text[hit.end():hit.end() + 1] == ")":
                continue        # ‘…회의(LAM)’: the bracket that defines it, after the name itself
            # (an acronym of a name the data knows is that body: 한국교통안전공단(TS), then "TS 이사장")
            ids = lookup_normalised(full) if full else ()
            extra.append(Mention(sent.doc_id, sent.index, s, e, full or hit.group(0), names[hit.group(0)], ids, method,
                                 0.7, sent.lang))
            taken.append((s, e))
        out.append(sorted(ms + extra, key=lambda m: (m.start, m.end, m.cls)))
    return out


def _hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def echo_people(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A person named with a title once is the same name elsewhere in the document without one
    (a full name with a title once, the bare name in a later list): find those other occurrences too."""
    names = {m.text: "Person" for ms in mentions for m in ms if m.cls == "Person" and not m.reference
             and (" " in m.text or len(m.text) >= 3)}
    if not names:
        return mentions
    # a Korean particle may follow the name; a Latin letter or a digit makes it part of a longer word
    return _echoes(sentences, mentions, names, "echo",
                   lambda text, end: not (text[end:end + 1].isalnum() and not _hangul(text[end:end + 1])))


_FAMILY_EN = re.compile(r"(?:^|\s)((?:(?:von|van|der|den|de|da|del|di|du)\s+){1,2}[A-Z][\w'’-]+|[A-Z][a-z][\w'’-]+)$")
_SUFFIX_EN = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_STYLES_EN = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor"})
_TIME_WORDS_EN = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                           "May June July August September October November December".split())


def echo_family_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """English news names a person in full once, then by the family name alone ("Jane Roe … Roe
    said"): those later mentions are the same person (identity joins them, as it joins "Minister
    Roe"), so what their sentences say of them counts.

    Only a family name that one person of the document bears, that names nothing in the authority
    data (a person called Paris or Jordan), and that stands alone: a capitalised word before it
    other than a style (Hunter Roe beside Jane Roe) or after it (Roe Foundation) makes it part of
    another name."""
    full: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for sent, ms in zip(sentences, mentions):
        for m in ms:
            if m.cls == "Person" and not m.reference and " " in m.text:
                name = _SUFFIX_EN.sub("", m.text)
                first.setdefault(name.split()[0], set()).add(name)
                hit = _FAMILY_EN.search(name)
                if m.lang == "en" and hit and hit.group(1) != name:
                    full.setdefault(hit.group(1), set()).add(name)
    # (identity joins the family name to the one full name that ends or starts with it: a family
    # name some other name starts with, Xi of Xi Jinping, would be left a person of its own)
    names = {f: "Person" for f, ns in full.items()
             if len(ns | first.get(f, set())) == 1 and not lookup_normalised(f)}
    if not names:
        return mentions

    def ends_well(text: str, end: int) -> bool:
        c = text[end:end + 1]
        if c.isalnum() or c in "-":
            return False
        if c and not c.isspace():
            return True         # a possessive or punctuation
        after = text[end:].split(None, 1)
        nxt = after[0] if after else ""
        return not (nxt[:1].isupper() and nxt.strip(",.;:") not in _TIME_WORDS_EN)

    out = []
    for sent, ms in zip(sentences, _echoes(sentences, mentions, names, "echo-family", ends_well)):
        if sent.lang != "en":
            out.append([m for m in ms if m.method != "echo-family"])
            continue
        kept = []
        for m in ms:
            if m.method == "echo-family":
                before = sent.text[:m.start - sent.start].split()
                prev = before[-1] if before else ""
                if prev[:1].isupper() and prev[-1:].isalpha() and prev not in _STYLES_EN:
                    continue
            kept.append(m)
        out.append(kept)
    return out


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\)")
_PARTICLE_AFTER = re.compile(r"(?:에서|에는|에도|으로|에게|에|은|는|이|가|을|를|과|와|의|도|로|만)(?![\uac00-\ud7a3])")


def echo_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A meeting or a text the rules found by its quotes or its head word once (‘라티움 선언’)
    is the same name where the document writes it again without them (라티움 선언에는 …)."""
    from ontology import FAMILY
    found = sorted({(m.text, m.cls) for ms in mentions for m in ms
                    if FAMILY.get(m.cls) in ("Summit", "Initiative") and not m.reference and not m.authority_ids
                    and len(m.text.split()) >= 2})
    names: dict[str, str] = {}
    for text, cls in found:
        names.setdefault(text, cls)
    # and the acronym written in brackets after such a name, which the document then uses alone
    # ("… Sub-Regional Forum on Data (OSFD)", later "attended the OSFD")
    # (a body's too: "the Ostrava Data Institute (ODI)", later "ODI Director Jane Roe"; and a Korean
    # name's: ‘…장관급회의(LAM)’, later "LAM 개막")
    # (a Korean name's acronym stands for the name, which is how identity knows it: the Korean
    # rules read no mention in its defining bracket for a gloss to join)
    spelled: dict[str, str] = {}
    for sent, ms in zip(sentences, mentions):
        for m in ms:
            if FAMILY.get(m.cls) in ("Summit", "Initiative", "Organisation") and not m.reference and \
                    (len(m.text.split()) >= 2 and sent.lang == "en" or sent.lang == "ko"):
                short = _ACRONYM_AFTER.match(sent.text, m.end - sent.start)
                if short and short.group(1).upper() not in GENERIC_ACRONYMS | DOCUMENT_KINDS | FILE_KINDS:
                    names.setdefault(short.group(1), m.cls)
                    if sent.lang == "ko":
                        spelled.setdefault(short.group(1), m.text)
    if not names:
        return mentions
    # (a body's acronym is no person's family name in capitals: "Secretary General of the Tokyo ESC",
    # after "… Expert Support Center (ESC)", names no one ESC)
    mentions = [[m for m in ms if not (m.cls == "Person" and m.text in names and ACRONYM_LETTERS.fullmatch(m.text))]
                for ms in mentions]
    # (a mention of the acronym alone the rules made before the bracket defined it, as a headline's
    # "NAME KERIS 원장" before "한국교육학술정보원(KERIS)", stands for the name too)
    mentions = [[dataclasses.replace(m, text=spelled[m.text], authority_ids=lookup_normalised(spelled[m.text]))
                 if m.text in spelled and not m.authority_ids and not m.reference and
                 FAMILY.get(m.cls) == FAMILY.get(names[m.text]) else m for m in ms]
                for ms in mentions]

    def ends_well(text: str, end: int) -> bool:
        """Not inside a longer word (라티움 선언문): the text ends, or a particle follows."""
        c = text[end:end + 1]
        return not c.isalnum() or _hangul(c) and bool(_PARTICLE_AFTER.match(text, end))
    return _posts_in_acronyms(sentences, _echoes(sentences, mentions, names, "echo-name", ends_well, spelled))


def _posts_in_acronyms(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A title between a body's acronym and a name is a post in that body ("ODI Director Jane
    Roe", "ODI's Director Jane Roe"), and so is the acronym's title in the name's apposition ("Jane
    Roe, the ODI's Director of Research", "Jane Roe, ODI Chief Executive"): the sentence's rules saw
    no body there, as the acronym is defined in another sentence."""
    from ontology import FAMILY
    out = []
    for sent, ms in zip(sentences, mentions):
        acronyms = [m for m in ms if m.method == "echo-name" and FAMILY.get(m.cls) == "Organisation"]
        short = [m for m in acronyms if re.fullmatch(r"[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*", m.text)]   # ODI, EUMETSAT
        fixed = []
        for m in ms:
            if m.cls == "Person" and m.title_en and not m.org_span:
                body = _acronym_of_post(sent, m, acronyms, short)
                if body is not None:
                    m = dataclasses.replace(m, org_span=(body.start, body.end))
            fixed.append(m)
        out.append(fixed)
    return out


def _acronym_of_post(sent: Sentence, m: Mention, acronyms: list[Mention], short: list[Mention]) -> Mention | None:
    """The acronym whose post the person ``m``'s title names, said before the name or in its apposition."""
    title = m.title_en.lower()

    def text(a: int, b: int) -> str:
        return sent.text[a - sent.start:b - sent.start]

    for b in acronyms:          # "ODI Director Jane Roe", "ODI's Director-General, Jane Roe"
        if b.end < m.start and _OWNED.sub("", text(b.end, m.start)).strip(" ,").lower() == title:
            return b
    for b in short:             # "Jane Roe, the ODI's Director of Research", "Jane Roe, ODI Chief Executive"
        after = _OWNED.sub("", text(b.end, b.end + len(title) + 3)).strip().lower()
        if re.fullmatch(r",\s+(?:the\s+)?", text(m.end, b.start)) and after.startswith(title):
            return b
    for b in short:             # "Jane Roe, Director at the ODI", "Jane Roe, President, ODI"
        post = _POST_AT.fullmatch(sent.text, m.end - sent.start, b.start - sent.start)
        if post and post.group(1).lower().startswith(title):
            return b
    return None


# a possessive after an acronym (ODI's, ODI’s)
_OWNED = re.compile(r"^['’]s(?=\s)")
# a title in apposition, then the body it is held in (", Director at the ", ", President, ")
_POST_AT = re.compile(r",\s+(?:the\s+)?([A-Za-z][\w -]{1,60}?)(?:\s+(?:at|of|in)\s+(?:the\s+)?|,\s+)")


_AI_WORDS = re.compile(r"(?<![A-Za-z])AI(?![A-Za-z])|인공지능|Artificial Intelligence", re.I)


def _other_ai_summits(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Without "AI 정상회의" / "the AI Summit": in a document about a group's summit that is no AI
    summit (the G7's), a generic AI summit is another meeting (영국에서 열리는 AI 정상회담), not the
    document's; a summit named by its place and topic (리스본 디지털 정상회의) may be called so."""
    focus = focus_summit([m for ms in mentions for m in ms])
    auth = load_authority()
    if focus is None or _AI_WORDS.search(focus.text) or focus.authority_ids and any(
            _AI_WORDS.search(n or "") for n in (auth.get(focus.authority_ids[0]).en, auth.get(focus.authority_ids[0]).ko)):
        return mentions
    words = re.findall(r"[^\s()]+", focus.text)
    if not any(FAMILY.get(auth.get(i).cls) == "Organisation" for w in words for i in lookup_normalised(w)):
        return mentions
    return [[m for m in ms if not (m.method == "generic-summit" and _AI_WORDS.search(m.text))] for ms in mentions]


def _other_countries_laws(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A national law the data knows, named in English by a name any country's law may have ("the AI
    Basic Act"), is another country's law in a document that names countries, by name or adjective,
    but neither the law's own nor any body of it: Taiwan's Artificial Intelligence Basic Act is not
    Korea's.  Korean text calls Korea's own laws so without naming Korea, so it keeps the match."""
    auth = load_authority()

    def national_law(m: Mention) -> bool:
        entry = auth.get(m.authority_ids[0]) if m.authority_ids and m.lang == "en" else None
        return entry is not None and entry.cls == "Law" and entry.country is not None

    if not any(national_law(m) for ms in mentions for m in ms):
        return mentions
    homes: set[str] = set()
    for m in (m for ms in mentions for m in ms if m.authority_ids):
        entry = auth.get(m.authority_ids[0])
        if entry.cls == "Country":
            homes.add(entry.id)
        elif entry.country and FAMILY.get(entry.cls) != "Initiative":
            homes.add(entry.country)
    homes |= {demonyms()[hit.group(1)] for s in sentences if s.lang == "en"
              for hit in _demonym_pattern().finditer(s.text)}
    if not homes:
        return mentions
    return [[dataclasses.replace(m, authority_ids=()) if national_law(m) and auth.get(m.authority_ids[0]).country
             not in homes else m for m in ms] for ms in mentions]


_FILLER_EN = frozenset({"the", "of", "and", "for", "on", "in", "to"})


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)} - _FILLER_EN


def _acronyms_defined_here(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """An acronym a document spells out as a name that is not the body the data knows by it is that
    name's all through the document: "the Electoral Commission of Ruritania (IEC)" is no International
    Electrotechnical Commission, nor is its "IEC" three sentences on."""
    auth = load_authority()
    mine: dict[str, str] = {}       # acronym -> the class of the name it shortens here
    for sent, ms in zip(sentences, mentions):
        for m in ms:
            if not ACRONYM_LETTERS.fullmatch(m.text):
                continue
            named = next((n for n in ms if n.end <= m.start and not n.authority_ids and FAMILY.get(n.cls) == "Organisation"
                          and not re.search(r"[가-힣]", n.text)
                          and re.fullmatch(r"\s*\(", sent.text[n.end - sent.start:m.start - sent.start])), None)
            if named is None or not re.match(r"\s*\)", sent.text[m.end - sent.start:]):
                continue        # (not "… Security Center (NSA AISC)": the owner's acronym before the body's)
            if not m.authority_ids:
                if lookup_normalised(m.text):
                    mine[m.text] = named.cls    # a rule of the sentence's gave it to the name (another country's)
                continue
            entry = auth.get(m.authority_ids[0])
            words = _name_words(named.text)
            if all(2 * len(words & _name_words(label)) < len(words)
                   for label in (entry.en, *entry.alt_en) if not ACRONYM_LETTERS.fullmatch(label)):
                mine[m.text] = named.cls
    if not mine:
        return mentions
    return [[dataclasses.replace(m, authority_ids=(), cls=mine[m.text]) if m.text in mine and m.authority_ids else m
             for m in ms] for ms in mentions]


_WORD_BEFORE = re.compile(r"(\w+)[\s-]$")
_REGION_WORDS = frozenset({"Latin", "North", "South", "East", "West", "Central", "Native", "Pan"})


@functools.cache
def _demonym_pattern() -> re.Pattern:
    latin = sorted((d for d in demonyms() if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", d)), key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, latin)) + r")(?![\w-])")


def countries_as_adjectives(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A country named by its adjective in English (French experts, a Thai ministry) is mentioned there.

    Made after the sentence rules ran, as the issuers in names are: "Chinese officials attended"
    does not say China attended, and an adjective inside a name the rules found (the Saudi Data …
    Authority) is that name's."""
    taken_in: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken_in.setdefault(m.sent, []).append((m.start, m.end))
    out = []
    for sent in sentences:
        if sent.lang != "en":
            continue
        taken = taken_in.get(sent.index, [])
        for hit in _demonym_pattern().finditer(sent.text):
            s, e = sent.start + hit.start(), sent.start + hit.end()
            before = _WORD_BEFORE.search(sent.text, 0, hit.start())
            # (not after a region's word, Latin American, East Korean, nor another capitalised word
            # inside the sentence: the last word of a longer name)
            if not any(a < e and s < b for a, b in taken) and not (before and (
                    before.group(1) in _REGION_WORDS or before.group(1)[0].isupper() and before.start(1) > 0)):
                out.append(Mention(sent.doc_id, sent.index, s, e, hit.group(1), "Country",
                                   (demonyms()[hit.group(1)],), "en-demonym", 0.6, "en"))
    return out


def extract_many(documents: list[Document]) -> list[Extraction]:
    """Extractions in document order; sentences of all documents go through spaCy together."""
    per_doc = [split_sentences(d) for d in documents]
    flat = [s for ss in per_doc for s in ss]
    docs = _docs(flat)
    out, k = [], 0
    for d, ss in zip(documents, per_doc):
        ms = [list(docs[k + i]._.aig_mentions) for i in range(len(ss))]
        ms = _other_countries_laws(ss, _other_ai_summits(echo_names(ss, echo_family_names(ss, echo_people(ss, ms)))))
        ms = _acronyms_defined_here(ss, ms)
        k += len(ss)
        rels = document_relations(d, ss, ms)
        flat = [m for x in ms for m in x]
        inner, issued = issuers_in_names(ss, flat, rels)
        parties, signed = parties_in_names(ss, flat)
        adjectives = countries_as_adjectives(ss, flat + inner + parties)
        out.append(Extraction(d.doc_id, tuple(sorted(flat + inner + parties + adjectives,
                                                     key=lambda m: (m.start, m.end, m.cls))),
                              tuple(rels + issued + signed), tuple(ss)))
    return out


def extract(document: Document) -> Extraction:
    return extract_many([document])[0]
