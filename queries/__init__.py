"""Stored SPARQL competency queries: one ``.rq`` file each, with a header that documents it.

A header line ``# param: NAME TYPE  description`` declares a parameter.  The runner turns
each value into an RDF term (a validated IRI, or a literal) and writes that term's
N-Triples form in place of the variable (``queries.lexer.bind_text``): never the user's
string itself.  Every store, embedded or remote, gets the same text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from extract.errors import QueryError


@dataclass(frozen=True)
class Param:
    name: str
    type: str          # iri | literal | integer | date
    description: str


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    question: str
    params: tuple[Param, ...]
    example: str
    text: str

    @functools.cached_property
    def takes_lang(self) -> bool:
        """Whether ``?lang`` occurs as a variable (a comment or string naming it does not count)."""
        from .lexer import tokens
        return any(t.kind == "var" and t.text[1:] == "lang" for t in tokens(self.text))


def parse_query(name: str, text: str) -> StoredQuery:
    head = {"title": "", "question": "", "example": ""}
    params = []
    for line in text.splitlines():
        m = re.match(r"#\s*(title|question|example|param):\s*(.*)", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            pm = re.match(r"(\w+)\s+(iri|literal|integer|date)\s*(.*)", value)
            if pm:
                params.append(Param(pm.group(1), pm.group(2), pm.group(3).strip()))
        else:
            head[key] = value.strip()
    return StoredQuery(name, head["title"], head["question"], tuple(params), head["example"], text)


@functools.cache
def stored_queries() -> dict[str, StoredQuery]:
    root = files("queries")
    out = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return out


def get_query(name_or_file: str) -> StoredQuery:
    if name_or_file.endswith(".rq") or "/" in name_or_file:
        path = Path(name_or_file)
        if not path.is_file():
            raise QueryError(f"{name_or_file}: no such query file")
        try:
            return parse_query(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{name_or_file}: cannot read ({exc.__class__.__name__})") from None
    queries = stored_queries()
    if name_or_file not in queries:
        raise QueryError(f"unknown query {name_or_file!r}; known: {', '.join(queries)}")
    return queries[name_or_file]
