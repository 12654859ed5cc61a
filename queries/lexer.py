"""SPARQL at the token level: what a request asks for, and binding values into text for other stores.

pyoxigraph 0.5 exposes no query parser to Python, and it executes SERVICE clauses over
HTTP, so the endpoint must find SERVICE, LOAD and updates itself.  Looking for the word
in the raw text would refuse ``FILTER(?x = "SERVICE")`` and could be fooled by comments;
tokenising first means a keyword counts only where the grammar allows one: outside
strings, comments, IRIs, variables and prefixed names.  Where this lexer and Oxigraph's
parser could disagree (odd IRIs, bad escapes) it errs towards seeing a keyword, so the
worst case is a needless refusal, never an unnoticed SERVICE.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"A-Za-z\u00C0-\uFFFF"
_TOKEN = re.compile(rf"""
 (?P<ws>\s+)
|(?P<comment>\#[^\n\r]*)
|(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
   |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
|(?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
|(?P<var>[?$][{_NAME}0-9_\u00B7]+)
|(?P<bnode>_:[{_NAME}0-9_.\-\u00B7]+)
|(?P<pname>(?:[{_NAME}][{_NAME}0-9_.\-\u00B7]*)?:(?:[{_NAME}0-9_\-.:\u00B7]|%[0-9A-Fa-f]{{2}}|\\.)*)
|(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
|(?P<word>[A-Za-z_][A-Za-z0-9_]*)
|(?P<number>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
|(?P<punct>\^\^|\|\||&&|!=|<=|>=|.)
""", re.X | re.S)

QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """All tokens but whitespace and comments; a prefixed name never ends in a dot (the dot ends the triple)."""
    out = []
    for m in _TOKEN.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind in ("ws", "comment"):
            continue
        if kind == "pname" and value.endswith(".") and not value.endswith("\\."):
            stripped = value.rstrip(".")
            out.append(Token(kind, stripped, m.start()))
            out.extend(Token("punct", ".", m.start() + i) for i in range(len(stripped), len(value)))
            continue
        out.append(Token(kind, value, m.start()))
    return out


@dataclass(frozen=True)
class Shape:
    """What a request is: its form (SELECT, ASK, … or an update keyword) and what it would reach outside."""
    form: str | None
    is_update: bool
    uses_service: bool
    uses_load: bool


def shape(text: str) -> Shape:
    toks = tokens(text)
    words = [t.text.upper() for t in toks if t.kind == "word"]
    i = 0
    form = None
    while i < len(toks):
        t = toks[i]
        if t.kind == "word" and t.text.upper() == "BASE":
            i += 2
            continue
        if t.kind == "word" and t.text.upper() == "PREFIX":
            i += 3
            continue
        if t.kind == "word":
            form = t.text.upper()
        break
    return Shape(form=form,
                 is_update=form in UPDATE_FORMS,
                 uses_service="SERVICE" in words,
                 uses_load="LOAD" in words)


def bind_text(text: str, terms: dict[str, str]) -> str:
    """The query with each named variable replaced by an RDF term written in N-Triples syntax.

    For stores without pre-binding (a remote endpoint, rdflib): the term strings must come
    from an RDF library (``str(pyoxigraph.Literal(...))``), never from user text, so nothing
    pasted here can end a literal or an IRI.  A bound variable listed bare in a SELECT
    clause is dropped there ("SELECT ?lang" cannot become 'SELECT "en"'); in GROUP BY it
    becomes a constant expression, ``("en")``, so a clause of bound variables only stays valid.
    """
    toks = tokens(text)
    out, pos, mode, depth, mode_depth = [], 0, None, 0, 0
    for k, t in enumerate(toks):
        up = t.text.upper() if t.kind == "word" else None
        if t.kind == "punct" and t.text == "(":
            depth += 1
        elif t.kind == "punct" and t.text == ")":
            depth -= 1
        if up == "SELECT":
            mode, mode_depth = "select", depth
        elif up == "BY" and k and toks[k - 1].text.upper() == "GROUP":
            mode, mode_depth = "group", depth
        elif mode and (up in ("WHERE", "FROM", "HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES")
                       or (t.kind == "punct" and t.text in "{}")):
            mode = None
        if t.kind != "var" or t.text[1:] not in terms:
            continue
        out.append(text[pos:t.start])
        pos = t.start + len(t.text)
        bare = depth == mode_depth
        if mode == "group" and bare:
            out.append(f"({terms[t.text[1:]]})")
        elif not (mode == "select" and bare):
            out.append(terms[t.text[1:]])
    out.append(text[pos:])
    return "".join(out)
