"""Run a stored query against a store with parameters bound as RDF terms."""
from __future__ import annotations

from dataclasses import dataclass

from extract.errors import QueryError
from ontology import ID_BASE

from . import StoredQuery

LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX aig: <https://w3id.org/aigov-kg/ontology#>
SELECT DISTINCT ?s ?text WHERE { ?s rdfs:label|skos:altLabel|aig:fileName ?l . FILTER(STR(?l) = ?text) } ORDER BY ?s
"""


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]      # pyoxigraph terms or None
    boolean: bool | None = None


def _term(store, param, value: str):
    import pyoxigraph as ox
    if param.type == "integer":
        try:
            return ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        except ValueError:
            raise QueryError(f"parameter {param.name} must be an integer, got {value!r}") from None
    if param.type == "literal":
        return ox.Literal(value)
    if param.type == "date":
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    if value.startswith(("http://", "https://")):
        try:
            return ox.NamedNode(value)
        except ValueError:
            raise QueryError(f"parameter {param.name}: not a valid IRI: {value!r}") from None
    hits = [row["s"] for row in store.query(LOOKUP, use_default_graph_as_union=True,
                                             substitutions={ox.Variable("text"): ox.Literal(value)})]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise QueryError(f"parameter {param.name}={value!r} names {len(hits)} entities: "
                         f"{', '.join(h.value for h in hits[:5])}; give the IRI")
    try:
        candidate = ox.NamedNode(ID_BASE + value.strip("/"))
    except ValueError:
        candidate = None
    if candidate is not None and any(True for _ in store.quads_for_pattern(candidate, None, None)):
        return candidate
    raise QueryError(f"parameter {param.name}: nothing in the graph is called {value!r}")


def run_query(store, query: StoredQuery, params: dict[str, str], lang: str = "en") -> Result:
    import pyoxigraph as ox
    declared = {p.name: p for p in query.params}
    unknown = set(params) - set(declared)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {sorted(unknown)[0]!r}"
                         + (f"; it takes {', '.join(declared)}" if declared else "; it takes none"))
    missing = [p for p in declared if p not in params]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=VALUE ({declared[missing[0]].description})")
    subs = {ox.Variable(n): _term(store, declared[n], v) for n, v in params.items()}
    if "?lang" in query.text:
        subs[ox.Variable("lang")] = ox.Literal(lang)
    try:
        res = store.query(query.text, use_default_graph_as_union=True, substitutions=subs)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL in {query.name}: {str(exc).splitlines()[0][:300]}") from None
    except RuntimeError as exc:
        if "projection" in str(exc):
            raise QueryError(f"query {query.name!r}: parameters and ?lang must be in its SELECT list "
                             f"({str(exc).splitlines()[0]})") from None
        raise
    if isinstance(res, bool):
        return Result((), (), res)
    if isinstance(res, ox.QuerySolutions):
        # bound parameters must be projected for pyoxigraph's substitution (SEP-0007);
        # they are inputs, not answers, so they are left out of the result
        cols = tuple(v.value for v in res.variables if v.value not in params and v.value != "lang")
        rows = tuple(tuple(sol[c] for c in cols) for sol in res)
        return Result(cols, rows)
    rows = tuple((t.subject, t.predicate, t.object) for t in res)
    return Result(("subject", "predicate", "object"), rows)
