"""Documents to Extractions: sentences, spaCy docs (Kiwi for Korean), mentions, relations.

One spaCy pipeline per language with the same components, so rules see the same
kind of ``Doc`` whatever the language; Korean sentences of all documents are
tokenised in one batch so Kiwi's threads keep both cores busy.
"""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .documents import Document
from .korean import KiwiTokenizer
from .mentions import sentence_mentions
from .model import Extraction
from .relations import document_relations
from .sentences import Sentence, split_sentences

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
    for lang in ("ko", "en"):
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


def extract_many(documents: list[Document]) -> list[Extraction]:
    """Extractions in document order; sentences of all documents go through spaCy together."""
    per_doc = [split_sentences(d) for d in documents]
    flat = [s for ss in per_doc for s in ss]
    docs = _docs(flat)
    out, k = [], 0
    for d, ss in zip(documents, per_doc):
        ms = [list(docs[k + i]._.aig_mentions) for i in range(len(ss))]
        k += len(ss)
        rels = document_relations(d, ss, ms)
        out.append(Extraction(d.doc_id, tuple(m for x in ms for m in x), tuple(rels), tuple(ss)))
    return out


def extract(document: Document) -> Extraction:
    return extract_many([document])[0]
