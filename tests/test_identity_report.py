"""What identity resolution leaves to a person: the --report list and the overrides file."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from ontology import AIG
from tests.conftest import run_cli

TWO_KIMS = ("김민수 네이버 대표와 김민호 카카오 대표가 AI 서울 정상회의에 참석했다.\n"
            "김 대표는 이날 개회식에서 연설했다.\n")
MACRON = ("에마뉘엘 마크롱 프랑스 대통령이 AI 행동 정상회의를 주재했다.\n"
          "엠마뉘엘 마크롱 대통령은 이날 연설했다.\n")


def _people(out: Path) -> dict:
    g = Graph().parse(out / "graph.ttl")
    return {p: {str(l) for l in g.objects(p, RDFS.label)} | {str(l) for l in g.objects(p, SKOS.altLabel)}
            for p in g.subjects(RDF.type, AIG.Person)}


def test_surname_with_two_candidates_is_reported_not_guessed(tmp_path: Path):
    doc = tmp_path / "kims.txt"
    doc.write_text(TWO_KIMS, encoding="utf-8")
    r = run_cli("build", str(doc), "--out", str(tmp_path / "out"), "--report")
    assert r.returncode == 0, r.stderr
    assert "surname '김'" in r.stdout and "2 people" in r.stdout
    labels = set().union(*_people(tmp_path / "out").values())
    assert {"김민수", "김민호"} <= labels and "김" not in labels


def test_transliteration_variants_merge_and_an_override_splits_them(tmp_path: Path):
    doc = tmp_path / "macron.txt"
    doc.write_text(MACRON, encoding="utf-8")
    r = run_cli("build", str(doc), "--out", str(tmp_path / "merged"))
    assert r.returncode == 0, r.stderr
    merged = [ls for ls in _people(tmp_path / "merged").values() if any("마크롱" in l for l in ls)]
    assert len(merged) == 1 and {"에마뉘엘 마크롱", "엠마뉘엘 마크롱"} <= merged[0]

    overrides = tmp_path / "overrides.tsv"
    overrides.write_text("# keep this spelling apart\n엠마뉘엘 마크롱\tsomeone-else\n", encoding="utf-8")
    r = run_cli("build", str(doc), "--out", str(tmp_path / "split"), "--overrides", str(overrides))
    assert r.returncode == 0, r.stderr
    split = [ls for ls in _people(tmp_path / "split").values() if any("마크롱" in l for l in ls)]
    assert len(split) == 2


def test_malformed_overrides_file_is_one_clear_line(tmp_path: Path):
    bad = tmp_path / "o.tsv"
    bad.write_text("only-one-column\n", encoding="utf-8")
    r = run_cli("build", "--out", str(tmp_path / "out"), "--overrides", str(bad))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "expected NAME<TAB>KEY" in r.stderr
