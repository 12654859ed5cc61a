"""Precision, recall and F1 of a built graph against gold annotations (tests/gold/*/*.json).

Entities match within a family (Person, Country, …).  Strict: the graph's English
label is the gold name, or one of the graph's labels is one of the gold surface
forms, letter for letter.  Lenient: the same up to spaces, brackets, case and
인공지능/AI (name variants).  A fact matches when its relation matches and its
subject and object match gold entities (or literal values) under the same mode;
positions compare person and country/organisation, and in strict mode the title too.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import RDF, RDFS, SKOS

from extract.errors import GraphError, InputError
from extract.gazetteer import normal_key
from ontology import AIG, ENTITY_FAMILIES, FAMILY, RELATIONS

_OBJ = {"attended", "chaired", "hostCountry", "heldIn", "adopted", "signed", "launched", "follows", "references"}
_LIT = {"startDate", "endDate", "participantCount", "signatoryCount"}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Scores:
    entities: dict[str, dict[str, PRF]] = field(default_factory=lambda: {"strict": defaultdict(PRF), "lenient": defaultdict(PRF)})
    relations: dict[str, dict[str, PRF]] = field(default_factory=lambda: {"strict": defaultdict(PRF), "lenient": defaultdict(PRF)})
    documents: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)     # strict misses and spurious facts, for --details

    def total(self, kind: str, mode: str) -> PRF:
        t = PRF()
        for v in getattr(self, kind)[mode].values():
            t.add(v)
        return t


def _family(ds: Dataset, node) -> str | None:
    for t in ds.objects(node, RDF.type):
        local = str(t).split("#")[-1]
        if local in FAMILY:
            return FAMILY[local]
    return None


def _graph_doc(ds: Dataset, file_name: str):
    for d in ds.subjects(AIG.fileName, None):
        if str(next(ds.objects(d, AIG.fileName))) == file_name:
            return d
    return None


def _names_match(labels: set[str], en: str | None, gold: dict, mode: str) -> bool:
    forms = {gold["name"], *gold.get("surface", [])}
    if mode == "strict":
        return (en is not None and en.casefold() == gold["name"].casefold()) or bool(labels & forms)
    keys = {normal_key(f) for f in forms}
    return any(normal_key(l) in keys for l in labels | ({en} if en else set()))


def _match_entities(ds: Dataset, doc, gold: dict, mode: str, scores: Scores) -> dict:
    """Graph entity → gold entity name, scoring entity P/R/F1 for this document."""
    predicted = {}
    for e in set(ds.subjects(AIG.mentionedIn, doc)):
        fam = _family(ds, e)
        if fam is None:
            continue
        labels = {str(l) for p in (RDFS.label, SKOS.altLabel) for l in ds.objects(e, p)}
        en = next((str(l) for l in ds.objects(e, RDFS.label) if getattr(l, "language", None) == "en"), None)
        predicted[e] = (fam, labels, en)
    mapping: dict = {}
    matched_gold: set[str] = set()
    for e, (fam, labels, en) in sorted(predicted.items()):
        for g in gold["entities"]:
            if g["class"] == fam and _names_match(labels, en, g, mode):
                mapping[e] = g["name"]
                matched_gold.add(g["name"])
                break
    for fam in ENTITY_FAMILIES:
        prf = PRF()
        gold_names = {g["name"] for g in gold["entities"] if g["class"] == fam}
        prf.tp = len(gold_names & matched_gold)
        prf.fn = len(gold_names - matched_gold)
        # several graph nodes matching one gold entity: one true positive, the rest are splits (false positives)
        hits = [e for e, v in predicted.items() if v[0] == fam]
        prf.fp = sum(1 for e in hits if e not in mapping) + (sum(1 for e in hits if e in mapping) - prf.tp)
        scores.entities[mode][fam].add(prf)
    return mapping


def _value(term) -> str:
    return str(term)


def _predicted_facts(ds: Dataset, doc, mapping: dict) -> set[tuple]:
    g = ds.graph(doc)
    out = set()
    for s, p, o in g:
        rel = str(p).split("#")[-1] if str(p).startswith(str(AIG)) else None
        if rel not in RELATIONS or s not in mapping and rel != "holdsPosition":
            continue
        sub = mapping.get(s, f"?{s}")
        if rel in _OBJ:
            out.add((rel, sub, mapping.get(o, f"?{o}"), ""))
        elif rel in _LIT:
            out.add((rel, sub, _value(o), ""))
        elif rel == "holdsPosition":
            org = next(iter(ds.objects(o, AIG.positionIn)), None)
            title = next((str(t) for t in ds.objects(o, AIG.title) if getattr(t, "language", None) == "en"), "")
            out.add((rel, sub, mapping.get(org, f"?{org}") if org is not None else "", title))
    return out


def _gold_facts(gold: dict) -> set[tuple]:
    out = set()
    for f in gold["facts"]:
        obj = f["object"]
        if f["relation"] == "holdsPosition":
            out.add(("holdsPosition", f["subject"], obj.get("org", ""), obj.get("title", "")))
        else:
            out.add((f["relation"], f["subject"], str(obj), ""))
    return out


def _score_facts(pred: set[tuple], gold: set[tuple], mode: str, scores: Scores) -> None:
    if mode == "lenient":
        pred = {(r, s, o, "") for r, s, o, _ in pred}
        gold = {(r, s, o, "") for r, s, o, _ in gold}
    for rel in RELATIONS:
        p = {f for f in pred if f[0] == rel}
        g = {f for f in gold if f[0] == rel}
        scores.relations[mode][rel].add(PRF(len(p & g), len(p - g), len(g - p)))
        if mode == "strict":
            scores.details += [f"  missed   {f}" for f in sorted(g - p)] + [f"  spurious {f}" for f in sorted(p - g)]


def evaluate(ds: Dataset, golds: list[dict]) -> Scores:
    scores = Scores()
    for gold in golds:
        doc = _graph_doc(ds, gold["document"])
        if doc is None:
            scores.missing.append(gold["document"])
            continue
        scores.documents.append(gold["document"])
        scores.details.append(gold["document"])
        for mode in ("strict", "lenient"):
            mapping = _match_entities(ds, doc, gold, mode, scores)
            if mode == "strict":
                found = set(mapping.values())
                scores.details += [f"  missed   entity {g['class']} {g['name']}" for g in gold["entities"]
                                   if g["name"] not in found]
                scores.details += [f"  spurious entity {_family(ds, e)} {ds.value(e, RDFS.label)}" for e in
                                   sorted(set(ds.subjects(AIG.mentionedIn, doc)) - set(mapping))
                                   if _family(ds, e)]
            _score_facts(_predicted_facts(ds, doc, mapping), _gold_facts(gold), mode, scores)
    return scores


def load_gold(gold_dir: Path) -> list[dict]:
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold files")
    golds = []
    for p in sorted(gold_dir.glob("*.json")):
        try:
            golds.append(json.loads(p.read_text(encoding="utf-8")))
        except ValueError as exc:
            raise InputError(f"{p}: not valid JSON ({exc})") from None
    if not golds:
        raise InputError(f"{gold_dir}: no gold .json files")
    return golds


def evaluate_dir(gold_dir: Path, graph_dir: Path) -> Scores:
    trig = graph_dir / "graph.trig"
    if not trig.is_file():
        raise GraphError(f"{graph_dir}: no built graph here (run `aigov-kg build --out {graph_dir}` first)")
    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    return evaluate(ds, load_gold(gold_dir))


def format_report(s: Scores, details: bool = False) -> str:
    lines = (s.details + [""] if details else []) + [f"documents: {len(s.documents)}" + (f"; not in the graph: {', '.join(s.missing)}" if s.missing else "")]
    for kind, keys in (("entities", ENTITY_FAMILIES), ("relations", RELATIONS)):
        lines.append("")
        lines.append(f"{kind:<18} {'strict P':>8} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}   gold")
        for k in list(keys) + ["ALL"]:
            st = s.total(kind, "strict") if k == "ALL" else getattr(s, kind)["strict"][k]
            le = s.total(kind, "lenient") if k == "ALL" else getattr(s, kind)["lenient"][k]
            if k != "ALL" and st.tp + st.fn + st.fp == 0:
                continue
            lines.append(f"{k:<18} {st.p:8.3f} {st.r:6.3f} {st.f1:6.3f}   {le.p:9.3f} {le.r:6.3f} {le.f1:6.3f}   {st.tp + st.fn}")
    return "\n".join(lines)
