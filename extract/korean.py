"""Kiwi morphology as a spaCy tokenizer: spaCy tokens that carry Kiwi's tags.

spaCy's own Korean tokenizer needs a system MeCab, so Korean goes through Kiwi and
the result is handed to spaCy as a ``Doc`` (words and spaces rebuilt from Kiwi's
character offsets).  Morphemes that Kiwi splits out of one syllable (했 → 하 + 었)
overlap in the text; they are merged back into one spaCy token so every token is a
real substring.  Each token keeps Kiwi's tag in ``tag_`` and its morpheme form in
``lemma_``.  Texts are tokenised in batches so Kiwi's worker threads use both cores.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, NamedTuple

from spacy.tokens import Doc
from spacy.vocab import Vocab


THREADS = 2   # Kiwi worker threads; a process pool over documents sets 1 in each process


class TokenRow(NamedTuple):
    idx: int          # offset in the doc's text
    text: str
    tag: str          # Kiwi's tag
    space: bool       # followed by a space


if not Doc.has_extension("aig_tokens"):
    Doc.set_extension("aig_tokens", default=None)


def token_rows(doc: Doc) -> tuple[TokenRow, ...]:
    """The doc's tokens as plain tuples, made once per doc.

    The rules read every token's offset, text and tag several times per sentence; iterating a
    spaCy ``Doc`` makes a ``Token`` object per token each time, and ``Doc.text`` iterates again
    (a quarter of the rules' time on a 100-document corpus).  Docs made here carry their rows
    from the start; any other doc gets them on first use."""
    rows = doc._.aig_tokens
    if rows is None:
        rows = doc._.aig_tokens = tuple(TokenRow(t.idx, t.text, t.tag_, bool(t.whitespace_)) for t in doc)
    return rows


@functools.cache
def kiwi(num_workers: int = 2):
    """One Kiwi per process: it loads a ~500 MB model, so it is never built twice.
    When the command started a helper that loads Kiwi beside it, that one answers."""
    from . import kiwi_helper
    if kiwi_helper.running():
        return kiwi_helper.RemoteKiwi(num_workers)
    from kiwipiepy import Kiwi
    return Kiwi(num_workers=num_workers)


class _Part(NamedTuple):
    """A piece of one of Kiwi's tokens, with the attributes of a token that ``_tokens_to_doc`` reads."""
    form: str
    tag: str
    start: int
    len: int


@functools.cache
def _known_names() -> frozenset[str]:
    from .authority import load_authority
    return frozenset(label for e in load_authority().entries.values() for label in (e.ko, *e.alt_ko) if label)


_HANGUL = re.compile(r"[\uac00-\ud7a3 ]+")


def _regrouped(tokens):
    """Kiwi's tokens, with two of its readings of names mended.

    After a verb's adnominal form Kiwi takes a less common name and its 의 for one unknown
    proper noun (…인 말라위의 NAME 대통령: 말라위의/NNP), and the country, its 의 and the person
    after it then read as one name: a name of the authority data is split from it here.
    (Making the names Kiwi's user words splits them too, but also cuts the bodies whose names
    start with them, 케냐항공 → 케냐 + 항공, and changes the reading of words around them.)
    A transliterated double-barrelled name comes as two proper nouns around a hyphen (토머스 - 그린필드):
    it is one name, unless a side is a name the data knows (한국-칠레 is a pair of countries)."""
    toks = list(tokens)
    i = 0
    while i < len(toks):
        t = toks[i]
        if i + 2 < len(toks) and t.tag == "NNP" and toks[i + 1].form == "-" and toks[i + 2].tag == "NNP":
            h, r = toks[i + 1], toks[i + 2]
            if t.start + t.len == h.start and h.start + h.len == r.start and \
                    _HANGUL.fullmatch(t.form) and _HANGUL.fullmatch(r.form) and \
                    t.form not in _known_names() and r.form not in _known_names():
                yield _Part(f"{t.form}-{r.form}", "NNP", t.start, r.start + r.len - t.start)
                i += 3
                continue
        if t.tag == "NNP" and t.len == len(t.form) > 2 and t.form.endswith("의") and t.form[:-1] in _known_names():
            yield _Part(t.form[:-1], "NNP", t.start, t.len - 1)
            yield _Part("의", "JKG", t.start + t.len - 1, 1)
        else:
            yield t
        i += 1


def _tokens_to_doc(vocab: Vocab, text: str, tokens) -> Doc:
    tags: list[str] = []
    lemmas: list[str] = []
    spans: list[tuple[int, int]] = []
    for t in _regrouped(tokens):
        start, end = t.start, t.start + t.len
        if end <= start:                              # zero-width morphemes (restored endings)
            if lemmas:
                lemmas[-1] += t.form
            continue
        if spans and start < spans[-1][1]:             # overlapping morpheme: merge
            s0, e0 = spans[-1]
            spans[-1] = (s0, max(e0, end))
            lemmas[-1] += t.form
            continue
        spans.append((start, end))
        tags.append(t.tag)
        lemmas.append(t.form)
    out_words, spaces, out_tags, out_lemmas = [], [], [], []
    pos = 0
    for (s, e), tag, lemma in zip(spans, tags, lemmas):
        if s > pos:                                   # text Kiwi skipped (spaces, odd symbols)
            gap = text[pos:s]
            if gap == " " and out_words:
                spaces[-1] = True
            else:
                if out_words and gap.startswith(" ") and not spaces[-1]:
                    spaces[-1] = True
                    gap = gap[1:]
                if gap:
                    out_words.append(gap); spaces.append(False); out_tags.append("_SP" if not gap.strip() else "SW")
                    out_lemmas.append(gap)
        out_words.append(text[s:e]); spaces.append(False); out_tags.append(tag); out_lemmas.append(lemma)
        pos = e
    if pos < len(text):
        gap = text[pos:]
        out_words.append(gap); spaces.append(False); out_tags.append("_SP" if not gap.strip() else "SW")
        out_lemmas.append(gap)
    doc = Doc(vocab, words=out_words, spaces=spaces, tags=out_tags, lemmas=out_lemmas)
    rows, idx = [], 0
    for w, sp, tag in zip(out_words, spaces, out_tags):
        rows.append(TokenRow(idx, w, tag, sp))
        idx += len(w) + sp
    doc._.aig_tokens = tuple(rows)
    return doc


class KiwiTokenizer:
    """spaCy tokenizer interface (``__call__`` and ``pipe``) backed by Kiwi."""

    def __init__(self, vocab: Vocab, num_workers: int | None = None):
        self.vocab = vocab
        self._workers = num_workers

    @property
    def num_workers(self) -> int:
        return self._workers or THREADS

    def __call__(self, text: str) -> Doc:
        return _tokens_to_doc(self.vocab, text, kiwi(self.num_workers).tokenize(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterable[Doc]:
        texts = list(texts)
        results = kiwi(self.num_workers).tokenize(texts)
        for text, tokens in zip(texts, results):
            yield _tokens_to_doc(self.vocab, text, tokens)

    # spaCy serialises tokenizers with the pipeline; Kiwi's model comes from its
    # package, so there is nothing to write.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KiwiTokenizer":
        return self
