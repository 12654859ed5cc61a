"""Every stored competency query answers its question on the sample corpus, and parameters cannot rewrite it.

The graph is built once per session from the shipped corpus (``built_default``), so these
checks assert what a correct extraction of the two sample articles must contain: facts
stated in the articles, not counts that move whenever a rule improves.  The helpers at the
top are shared with test_push_stores.py, which asks the same questions of other stores.
"""
from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from extract.errors import QueryError
from queries import StoredQuery, get_query, parse_query, stored_queries
from queries.run import _term, run_query      # _term: the runner's own label/IRI resolution
from queries.store import load_store, open_store

ROOT = Path(__file__).resolve().parent.parent
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def example_params(q: StoredQuery) -> dict[str, str]:
    """The --param NAME=VALUE pairs of a query's ``# example:`` line."""
    words = shlex.split(q.example)
    return dict(w.split("=", 1) for flag, w in zip(words, words[1:]) if flag == "--param")


def _canon(value) -> str | None:
    """One spelling per value: lists from GROUP_CONCAT are sorted (their order is unspecified),
    an empty list and a missing value are the same, booleans are true/false everywhere."""
    if value is None or value == "":
        return None
    return ", ".join(sorted(str(value).split(", ")))


def canonical_rows(columns, rows) -> set[tuple]:
    """Rows of pyoxigraph terms as comparable tuples of plain values."""
    def plain(t):
        if t is None:
            return None
        if getattr(t, "datatype", None) is not None and t.datatype.value == XSD_BOOLEAN:
            return t.value
        return _canon(t.value)
    return {tuple(plain(t) for t in r) for r in rows}


def canonical_json(columns, body: dict, boolean_columns=()) -> set[tuple]:
    """SPARQL JSON results from another store, in the same form (Virtuoso answers booleans as 1/0)."""
    def plain(c, b):
        if b is None:
            return None
        if c in boolean_columns:
            return {"1": "true", "0": "false"}.get(b["value"], b["value"])
        return _canon(b["value"])
    return {tuple(plain(c, row.get(c)) for c in columns) for row in body["results"]["bindings"]}


def boolean_columns(columns, rows) -> set[str]:
    return {c for r in rows for c, t in zip(columns, r)
            if t is not None and getattr(t, "datatype", None) is not None and t.datatype.value == XSD_BOOLEAN}


def as_dicts(res) -> list[dict]:
    return [{c: (t.value if t is not None else None) for c, t in zip(res.columns, r)} for r in res.rows]


@pytest.fixture(scope="module")
def store(built_default: Path):
    return open_store(built_default)


def _names(rows, key="name"):
    return [r[key] or "" for r in rows]


def check_summits(rows):
    dated = [r for r in rows if r["start"]]
    assert [r["start"] for r in dated] == sorted(r["start"] for r in dated), "summits not in date order"
    order = [r["name"] for r in dated]
    seoul = next(i for i, n in enumerate(order) if "Seoul" in n)
    paris = next(i for i, n in enumerate(order) if "Action" in n)
    assert seoul < paris
    assert rows.index(dated[-1]) == len(dated) - 1, "undated summits must come after dated ones"
    action = dated[paris]
    assert action["start"].startswith("2025-02") and "Paris" in (action["places"] or "")
    assert "Seoul" in (action["follows"] or "")
    assert "Korea" in (dated[seoul]["hosts"] or "") and dated[seoul]["start"].startswith("2024-05")


def check_attendees(rows):
    classes = {r["class"] for r in rows}
    assert {"Person", "Country"} <= classes, classes
    countries = {r["name"] for r in rows if r["class"] == "Country"}
    assert {"United Kingdom", "France"} <= countries, countries
    chairs = [r["name"] for r in rows if r["chaired"] == "true"]
    assert any("윤석열" in n for n in chairs) and any("수낵" in n for n in chairs), chairs
    assert [r["class"] for r in rows].index("Country") > [r["class"] for r in rows].index("Person")


def check_cochairs(rows):
    names = _names(rows)
    assert len(rows) == 2 and any("윤석열" in n for n in names) and any("수낵" in n for n in names), names
    sunak = next(r for r in rows if "수낵" in r["name"])
    assert "Prime Minister" in sunak["positions"] and "United Kingdom" in (sunak["of"] or "")


def check_common_entities(rows):
    by_class = {(r["class"], r["name"]) for r in rows}
    assert ("Country", "France") in by_class, by_class
    assert any(c == "Person" and "마크롱" in n for c, n in by_class), by_class


def check_document_mentions(rows):
    text = (ROOT / "aigov_kg" / "corpus" / "002_3fc53f846a49f97d.txt").read_text(encoding="utf-8")
    assert all(text[int(r["start"]):int(r["end"])] == r["sentence"] for r in rows), "offsets do not match the text"
    assert any(r["relation"] == "attended" and r["objectName"] == "AI Seoul Summit" for r in rows)
    assert any(r["relation"] == "adopted" and "Seoul Declaration" in r["objectName"] for r in rows)


def check_documents(rows):
    files = {r["file"]: r for r in rows}
    assert set(files) == {"000_d2343a382aed7d1a.txt", "002_3fc53f846a49f97d.txt"}
    assert files["002_3fc53f846a49f97d.txt"]["date"] == "2024-05-22"
    assert files["002_3fc53f846a49f97d.txt"]["publisher"] == "광주일보"
    assert all(int(r["facts"]) > 10 and int(r["entities"]) > 10 for r in rows)


def check_evidence(rows):
    assert {"attended", "chaired"} <= {r["relation"] for r in rows}
    assert all(r["file"] == "000_d2343a382aed7d1a.txt" and "마크롱" in r["sentence"] for r in rows)
    assert all(0 < float(r["confidence"]) <= 1 for r in rows)


def check_initiatives(rows):
    seoul = next(r for r in rows if r["name"].startswith("Seoul Declaration"))
    assert seoul["kind"] == "Declaration" and "AI Seoul Summit" in seoul["summits"]
    assert "South Korea" in (seoul["hostCountries"] or "")
    paris = next(r for r in rows if r["name"].startswith("Statement on Inclusive and Sustainable"))
    assert paris["kind"] == "Statement" and "AI Action Summit" in paris["summits"]
    assert {"Law", "Statement", "Declaration"} <= {r["kind"] for r in rows}


def check_most_mentioned(rows):
    counts = [(int(r["documents"]), int(r["facts"])) for r in rows]
    assert counts == sorted(counts, reverse=True)
    both = {r["name"] for r in rows if r["documents"] == "2"}
    assert {"AI Seoul Summit", "France"} <= both, both


def check_outcomes(rows):
    adopted = {r["name"] for r in rows if r["relation"] == "adopted"}
    assert any(n.startswith("Seoul Declaration") for n in adopted), adopted
    assert any(n.startswith("Seoul Statement of Intent") for n in adopted), adopted


def check_people_by_country(rows):
    pairs = {(r["countryName"], r["name"]) for r in rows}
    assert any(c == "프랑스" and "마크롱" in n for c, n in pairs), pairs
    assert any(c == "영국" and "수낵" in n for c, n in pairs), pairs
    assert all(r["position"] for r in rows)


def check_positions(rows):
    assert {r["title"] for r in rows} == {"President"} and {r["inName"] for r in rows} == {"France"}
    assert rows[0]["asOf"] == "2024-05-22"


def check_statement_references(rows):
    names = set(_names(rows))
    assert {"Hiroshima AI Process", "Global Digital Compact"} <= names, names
    assert all(r["files"] == "000_d2343a382aed7d1a.txt" for r in rows)


CHECKS = {name[len("check_"):].replace("_", "-"): fn for name, fn in globals().items() if name.startswith("check_")}
LANG = {"people-by-country": "ko"}


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_every_stored_query_answers_its_question(store, name: str):
    q = get_query(name)
    assert q.title and q.question and q.example.startswith(f"aigov-kg query {name}")
    params = example_params(q)
    assert set(params) == {p.name for p in q.params}, "the example must give every parameter"
    assert name in CHECKS, f"add a content check for {name}"
    res = run_query(store, q, params, LANG.get(name, "en"))
    rows = as_dicts(res)
    assert rows, f"{name} found nothing"
    # the union of document graphs repeats a fact once per document that states it
    assert len(set(res.rows)) == len(res.rows), f"{name} repeats rows"
    CHECKS[name](rows)


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_text_binding_answers_like_substitution(store, name: str):
    """The terms bind_text writes in (for every store) must mean what SEP-0007 substitution means.

    pyoxigraph's ``substitutions`` is the engine's own pre-binding: an independent check
    that writing a term into the text neither drops nor adds answers.
    """
    import pyoxigraph as ox
    q = get_query(name)
    params = example_params(q)
    res = run_query(store, q, params, "en")
    subs = {ox.Variable(p.name): _term(store, p, params[p.name]) for p in q.params}
    if q.takes_lang:
        subs[ox.Variable("lang")] = ox.Literal("en")
    sols = store.query(q.text, use_default_graph_as_union=True, substitutions=subs)
    rows = [tuple(s[c] for c in res.columns) for s in sols]
    assert canonical_rows(res.columns, rows) == canonical_rows(res.columns, res.rows)


COUNTED = """
PREFIX aig: <https://w3id.org/aigov-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?node ?documents ?facts ?entities WHERE {
  { ?node aig:documentCount [] } UNION { ?node a aig:SourceDocument }
  OPTIONAL { SELECT ?node (COUNT(DISTINCT ?doc) AS ?documents) WHERE { ?node aig:mentionedIn ?doc } GROUP BY ?node }
  OPTIONAL { SELECT ?node (COUNT(DISTINCT ?ev) AS ?facts)
             WHERE { ?ev a aig:Evidence . { ?ev rdf:subject ?node } UNION { ?ev rdf:object ?node }
                     UNION { ?ev aig:inDocument ?node } } GROUP BY ?node }
  OPTIONAL { SELECT ?node (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?e aig:mentionedIn ?node } GROUP BY ?node }
}"""
STORED = """
PREFIX aig: <https://w3id.org/aigov-kg/ontology#>
SELECT ?node ?documents ?facts ?entities WHERE {
  { ?node aig:documentCount [] } UNION { ?node a aig:SourceDocument }
  OPTIONAL { ?node aig:documentCount ?documents } OPTIONAL { ?node aig:factCount ?facts }
  OPTIONAL { ?node aig:entityCount ?entities }
}"""


@pytest.mark.parametrize("build", ["built_default", "built_general"])
def test_materialised_counts_equal_what_the_graph_counts(request, build: str):
    """The build's aig:documentCount/factCount/entityCount (read by most-mentioned and documents)
    are exactly the aggregates those queries used to compute over every document graph."""
    graph = open_store(request.getfixturevalue(build))

    def table(text: str) -> dict:
        out = {}
        for sol in graph.query(text, use_default_graph_as_union=True):
            out[sol["node"].value] = tuple(int(sol[c].value) if sol[c] is not None else 0
                                           for c in ("documents", "facts", "entities"))
        return out
    stored, counted = table(STORED), table(COUNTED)
    assert len(stored) > 20 and any(f for _, f, _ in stored.values())
    assert stored == counted


def test_a_query_grouped_by_its_parameter_alone_still_runs(store):
    """A bound variable in GROUP BY becomes a constant group, not an empty (invalid) clause."""
    q = parse_query("per-summit", """# param: summit iri  a summit
PREFIX aig: <https://w3id.org/aigov-kg/ontology#>
SELECT ?summit (COUNT(DISTINCT ?who) AS ?attendees) WHERE { ?who aig:attended ?summit } GROUP BY ?summit
""")
    res = run_query(store, q, {"summit": "summit/ai-seoul-summit-2024"})
    assert res.columns == ("attendees",) and int(res.rows[0][0].value) > 5


def test_a_parameter_named_for_its_kind_takes_the_id_alone(store):
    """`query documents` shows document IRIs; their last part is enough for --param document=…"""
    q = get_query("document-mentions")
    doc_id = next(d for d in (ROOT / "aigov_kg" / "corpus").iterdir() if d.suffix == ".txt").stem.replace("_", "-")
    by_id = run_query(store, q, {"document": doc_id})
    assert by_id.rows and by_id.rows == run_query(store, q, {"document": f"document/{doc_id}"}).rows
    summit = get_query("cochairs")
    assert run_query(store, summit, {"summit": "ai-seoul-summit-2024"}).rows
    with pytest.raises(QueryError, match="nothing in the graph is called 'ai-seoul-summit-2024'"):
        run_query(store, get_query("positions"), {"person": "ai-seoul-summit-2024"})   # a summit, not a person


@pytest.mark.parametrize("build", ["built_default", "built_general"])
def test_the_persisted_store_holds_exactly_the_quads_of_graph_trig(request, build: str):
    """The build loads out/store from the text it writes, on a thread of its own; both must agree."""
    import pyoxigraph as ox
    out: Path = request.getfixturevalue(build)
    stored = ox.Store.read_only(str(out / "store"))
    written = set(map(str, ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)))
    assert len(written) > 1000 and set(map(str, stored)) == written
    assert (out / "store").stat().st_mtime >= (out / "graph.trig").stat().st_mtime   # else queries re-parse


INJECTIONS = ['x" } ; DROP ALL ; #', "<http://evil>", '") UNION { ?s ?p ?o } #', "http://evil> } UNION { ?s ?p ?o",
              "summit/ai-seoul-summit-2024> } UNION { ?s ?p ?o } #", "' } ; CLEAR ALL ; #"]


@pytest.fixture(scope="module")
def writable_store(built_default: Path):
    """An in-memory copy: a DROP ALL that got through would show as missing triples."""
    return load_store(built_default / "graph.trig")


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("name", sorted(n for n, q in stored_queries().items() if q.params))
def test_injected_parameters_never_add_rows(writable_store, name: str, payload: str):
    q = get_query(name)
    before = len(writable_store)
    for p in q.params:
        params = {**example_params(q), p.name: payload}
        try:
            res = run_query(writable_store, q, params, "en")
        except QueryError:
            continue
        assert res.rows == (), f"{p.name}={payload!r} returned rows"
    assert len(writable_store) == before


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("name", sorted(n for n, q in stored_queries().items() if q.takes_lang))
def test_injected_language_is_only_a_language(writable_store, name: str, payload: str):
    q = get_query(name)
    normal = run_query(writable_store, q, example_params(q), "en")
    res = run_query(writable_store, q, example_params(q), payload)
    assert res.columns == normal.columns and len(res.rows) <= len(normal.rows)
