"""Turtle and TriG text written straight from rdflib terms, in canonical order.

The build writes about a million statements per thousand documents.  Converting
each term to a pyoxigraph term to let its serialiser write them cost more than
producing the text itself (and rdflib's serialiser is slower still), so the text of
every term is made once, cached, and statements are grouped by subject with
prefixed names, the way pyoxigraph writes them.  Sorting on that text gives the
canonical order the determinism test relies on.

Only what the build emits is supported: IRIs and literals (no blank nodes).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_/-]*[A-Za-z0-9_-])?")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _iriref(iri: str) -> str:
    """``<iri>``; characters an IRIREF may not hold are percent-encoded (the build never makes such IRIs)."""
    if _BAD_IRI.search(iri):
        iri = _BAD_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)
    return f"<{iri}>"


class TurtleText:
    """The Turtle text of terms under one set of prefixes, each term's text made once."""

    CACHE = 200_000   # terms remembered; evidence nodes and sentences are rarely met twice across graphs

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))
        self._text: dict = {}

    def _name(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns):]
                if _LOCAL.fullmatch(local):
                    return f"{prefix}:{local.replace('/', chr(92) + '/')}"
                break
        return _iriref(iri)

    def term(self, t) -> str:
        text = self._text.get(t)
        if text is None:
            text = self._text[t] = self._make(t)
        return text

    def _make(self, t) -> str:
        if isinstance(t, Literal):
            body = '"' + str(t).translate(_ESCAPES) + '"'
            if t.language:
                return f"{body}@{t.language}"
            if t.datatype and t.datatype != XSD.string:
                return f"{body}^^{self._name(str(t.datatype))}"
            return body
        if isinstance(t, URIRef):
            return self._name(str(t))
        raise TypeError(f"cannot write {t!r} as Turtle: the build emits only IRIs and literals")

    def ordered(self, triples: Iterable[tuple]) -> tuple[list[tuple[str, str, str]], list[tuple]]:
        """The unique statements in canonical order, as text and as the terms they came from."""
        if len(self._text) > self.CACHE:
            self._text.clear()
        known, term = self._text.get, self.term     # cached terms without a Python call each
        keyed = {(known(s) or term(s), known(p) or term(p), known(o) or term(o)): (s, p, o) for s, p, o in triples}
        keys = sorted(keyed)
        return keys, [keyed[k] for k in keys]

    @staticmethod
    def statement_lines(keys: list[tuple[str, str, str]], indent: str = "") -> Iterator[str]:
        """Sorted statements grouped by subject, a line at a time: ``s p o ;`` then ``p2 o2 .``."""
        last, pending = None, None
        for s, p, o in keys:
            if s == last:
                yield pending + " ;\n"
                pending = f"{indent}\t{p} {o}"
            else:
                if pending is not None:
                    yield pending + " .\n"
                pending = f"{indent}{s} {p} {o}"
                last = s
        if pending is not None:
            yield pending + " .\n"

    @classmethod
    def statements(cls, keys: list[tuple[str, str, str]], indent: str = "") -> str:
        return "".join(cls.statement_lines(keys, indent))

    def trig_block(self, graph, triples: Iterable[tuple]) -> tuple[bytes, list[tuple]]:
        """One named graph as TriG, and its statements in the order written."""
        keys, ordered = self.ordered(triples)
        text = f"{self.term(graph)} {{\n{self.statements(keys, chr(9))}}}\n"
        return text.encode("utf-8"), ordered

    def turtle(self, triples: Iterable[tuple]) -> bytes:
        keys, _ = self.ordered(triples)
        return (self.header + self.statements(keys)).encode("utf-8")
