"""SPARQL results on the wire: the four result formats and three graph formats the endpoint speaks.

pyoxigraph can serialise a whole result set, but the endpoint must stop reading after
``max_results`` rows, so rows are collected first and written here (the formats are
small: W3C SPARQL 1.1 Query Results JSON, XML, CSV and TSV).  Graphs go through
pyoxigraph's own Turtle, N-Triples and JSON-LD writers.
"""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# media type -> short name; the first of each kind is the default
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
}
CONTENT_TYPE = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
}
# ?format= / ?output= short names that SPARQLWrapper and browsers send
SHORT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
               "n3": "turtle", "nt": "ntriples", "ntriples": "ntriples", "json-ld": "jsonld", "jsonld": "jsonld"}
SOLUTION_FORMATS = {"json", "xml", "csv", "tsv"}
GRAPH_FORMATS = {"turtle", "ntriples", "jsonld"}


def _json_term(t) -> dict:
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                        "object": _json_term(t.object)}}


def _xml_term(t) -> str:
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return f"<literal>{escape(str(t))}</literal>"


def _csv_value(t) -> str:
    import pyoxigraph as ox
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return t.value if hasattr(t, "value") else str(t)


def solutions(columns: list[str], rows: list[tuple], fmt: str) -> bytes:
    """SELECT results in one of json, xml, csv, tsv (rows hold pyoxigraph terms or None)."""
    if fmt == "json":
        bindings = [{c: _json_term(t) for c, t in zip(columns, r) if t is not None} for r in rows]
        return json.dumps({"head": {"vars": columns}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(c)}/>" for c in columns]
        out.append("</head><results>")
        for r in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(c)}>{_xml_term(t)}</binding>" for c, t in zip(columns, r) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(columns)
        w.writerows([_csv_value(t) for t in r] for r in rows)
        return buf.getvalue().encode("utf-8")
    # TSV: terms in N-Triples syntax, whose escapes already keep tabs and newlines out of cells
    lines = ["\t".join("?" + c for c in columns)]
    lines += ["\t".join("" if t is None else str(t) for t in r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    if fmt in ("csv", "tsv"):
        return f"_askResult\n{'true' if value else 'false'}\n".encode()
    return json.dumps({"head": {}, "boolean": bool(value)}).encode()


def graph(triples: list, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    import pyoxigraph as ox
    form = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    return ox.serialize(triples, format=form, prefixes=prefixes if fmt == "turtle" else None) or b""
