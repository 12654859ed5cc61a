"""``aigov-kg merge``: shards of a corpus built on separate machines become the graph of one build.

Extraction is per document, identity is not: the two sample documents spell one person
"엠마뉘엘 마크롱" and "에마뉘엘 마크롱", and only a resolution that sees both makes one
person of them.  Each shard here is one sample document built alone.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from tests.conftest import ROOT, SAMPLE_DOCS, run_cli


def dataset(out: Path) -> Dataset:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def people_named_macron(out: Path) -> set[str]:
    ids = json.loads((out / "ids.json").read_text(encoding="utf-8"))
    return {iri for key, iri in ids.items() if "마크롱" in key}


def test_merged_shards_are_the_graph_built_at_once(built_default: Path, merged_shards: Path):
    merged, at_once = dataset(merged_shards), dataset(built_default)
    assert {str(g.identifier) for g in merged.graphs()} == {str(g.identifier) for g in at_once.graphs()}
    for g in at_once.graphs():
        assert isomorphic(merged.graph(g.identifier), g), f"graph {g.identifier} differs"


def test_the_shards_alone_split_a_person_that_the_merge_joins(sample_shards: list[Path], merged_shards: Path):
    alone = [people_named_macron(out) for out in sample_shards]
    assert len(alone[0] | alone[1]) == 2, alone          # each shard has its own Macron IRI
    assert len(people_named_macron(merged_shards)) == 1


def test_a_document_in_two_shards_is_merged_once(sample_shards: list[Path], tmp_path: Path):
    again = tmp_path / "again"
    shutil.copytree(sample_shards[0], again)
    out = tmp_path / "out"
    r = run_cli("merge", str(sample_shards[0]), str(sample_shards[1]), str(again), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("merged 2 document(s)")
    assert "merged once" in r.stdout


@pytest.mark.parametrize("case, message", [
    ("not-built", "no built graph here"),
    ("output-is-a-shard", "is the output folder too"),
    ("same-name-other-text", "two different documents of this name"),
])
def test_bad_merges_are_one_line_errors(sample_shards: list[Path], tmp_path: Path, case: str, message: str):
    shards, out = [str(s) for s in sample_shards], tmp_path / "out"
    if case == "not-built":
        (tmp_path / "empty").mkdir()
        shards.append(str(tmp_path / "empty"))
    elif case == "output-is-a-shard":
        out = sample_shards[0]
    else:                      # a shard whose document has the same name but another text
        src = tmp_path / "src"
        src.mkdir()
        first = ROOT / "aigov_kg" / "corpus" / f"{SAMPLE_DOCS[0]}.txt"
        (src / first.name).write_text(first.read_text(encoding="utf-8") + "\n추가된 문장입니다.\n", encoding="utf-8")
        r = run_cli("build", str(src), "--out", str(tmp_path / "other"))
        assert r.returncode == 0, r.stderr
        shards.append(str(tmp_path / "other"))
    r = run_cli("merge", *shards, "--out", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and message in r.stderr, r.stderr
