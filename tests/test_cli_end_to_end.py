"""The CLI as a user meets it: build, validate, query, and clear one-line errors."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS

from ontology import AIG
from tests.conftest import run_cli


def test_build_writes_the_four_files(built_default: Path):
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html"):
        assert (built_default / name).stat().st_size > 1000, name


def test_build_summary_names_classes_relations_and_outputs(tmp_path: Path):
    r = run_cli("build", "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert re.search(r"entities: .*Person \d+", r.stdout)
    assert re.search(r"facts: .*attended \d+", r.stdout)
    assert str(tmp_path / "graph.trig") in r.stdout


def test_three_summits_with_korean_and_english_labels(built_default: Path):
    g = Graph().parse(built_default / "graph.ttl")
    summits = set(g.subjects(RDF.type, AIG.Summit))
    labels = {s: {l.language: str(l) for l in g.objects(s, RDFS.label)} for s in summits}
    english = " | ".join(l.get("en", "") for l in labels.values())
    for name in ("Seoul", "Action", "Safety"):
        assert name in english, english
    assert sum(1 for l in labels.values() if "ko" in l and "en" in l) >= 3


def test_graph_has_every_family_from_both_documents(built_default: Path):
    ds = Dataset(default_union=True)
    ds.parse(built_default / "graph.trig", format="trig")
    docs = list(ds.subjects(RDF.type, AIG.SourceDocument))
    assert len(docs) == 2
    for doc in docs:
        mentioned = set(ds.subjects(AIG.mentionedIn, doc))
        kinds = {str(t).split("#")[1] for e in mentioned for t in ds.objects(e, RDF.type)}
        assert {"Person", "Country"} <= kinds, kinds


def test_validate_passes_on_the_default_build(built_default: Path):
    r = run_cli("validate", "--graph", str(built_default))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "conforms" in r.stdout


def test_same_input_gives_byte_identical_outputs(built_default: Path, tmp_path: Path):
    r = run_cli("build", "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html"):
        assert (tmp_path / name).read_bytes() == (built_default / name).read_bytes(), name


def _one_line_error(r) -> str:
    assert r.returncode != 0
    assert "Traceback" not in r.stderr, r.stderr
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make_input, expected", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "no documents"),
    (lambda d: _write(d / "bin.txt", b"\x00\x01\x02" * 500), "binary"),
])
def test_bad_build_input_is_one_clear_line(tmp_path: Path, make_input, expected):
    path = make_input(tmp_path)
    line = _one_line_error(run_cli("build", str(path), "--out", str(tmp_path / "out")))
    assert expected in line


@pytest.mark.parametrize("args, expected", [
    (["query", "no-such-query"], "unknown query"),
    (["query", "attendees", "--param", "nope=1"], "no parameter"),
    (["query", "attendees"], "needs --param summit"),
    (["query", "attendees", "--param", "summit=No Such Summit Anywhere"], "nothing in the graph"),
])
def test_bad_query_is_one_clear_line(built_default: Path, args, expected):
    line = _one_line_error(run_cli(*args, "--graph", str(built_default)))
    assert expected in line


def test_malformed_sparql_file_is_one_clear_line(built_default: Path, tmp_path: Path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    line = _one_line_error(run_cli("query", str(bad), "--graph", str(built_default)))
    assert "malformed SPARQL" in line


def test_query_without_a_built_graph_says_what_to_do(tmp_path: Path):
    line = _one_line_error(run_cli("query", "summits", "--graph", str(tmp_path)))
    assert "aigov-kg build" in line


def test_query_table_lines_up_korean_labels(built_default: Path):
    r = run_cli("query", "summits", "--lang", "ko", "--graph", str(built_default))
    assert r.returncode == 0, r.stderr
    assert "정상회의" in r.stdout
    from queries.format import width
    lines = r.stdout.splitlines()
    rule = lines[1]
    # the rule under the header is exactly as wide as the widest row: columns line up by display width
    assert max(width(l) for l in lines[2:-1]) <= width(rule)


def test_help_lists_every_command():
    r = run_cli("--help")
    from aigov_kg.cli import COMMANDS
    for name in COMMANDS:
        assert name in r.stdout
