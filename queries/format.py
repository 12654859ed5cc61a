"""Query results as a terminal table (widths by display width, so Hangul lines up), JSON, CSV or TSV."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from .run import Result


def plain(term) -> str:
    if term is None:
        return ""
    return term.value


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def _clip(s: str, limit: int) -> str:
    s = " ".join(s.split())
    if width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        cw = width(c)
        if w + cw > limit - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def table(res: Result, max_col: int = 60) -> str:
    if res.boolean is not None:
        return "yes" if res.boolean else "no"
    rows = [[_clip(plain(t), max_col) for t in r] for r in res.rows]
    cols = list(res.columns)
    widths = [max([width(c)] + [width(r[i]) for r in rows]) for i, c in enumerate(cols)]

    def line(cells):
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(cols), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def as_json(res: Result) -> str:
    if res.boolean is not None:
        return json.dumps({"boolean": res.boolean})
    return json.dumps([{c: plain(t) for c, t in zip(res.columns, r) if t is not None} for r in res.rows],
                      ensure_ascii=False, indent=1)


def as_delimited(res: Result, delimiter: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(res.columns)
    for r in res.rows:
        w.writerow([plain(t) for t in r])
    return buf.getvalue()


def render(res: Result, fmt: str) -> str:
    if fmt == "json":
        return as_json(res)
    if fmt == "csv":
        return as_delimited(res, ",")
    if fmt == "tsv":
        return as_delimited(res, "\t")
    return table(res)
