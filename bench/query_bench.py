"""Competency-query latency on a synthetic graph shaped like ours: pyoxigraph against rdflib's in-memory store.

Why: the project queries with pyoxigraph and builds graphs with rdflib; this measures what
that choice buys at scale.  The synthetic graph copies the shape of a real build — one
named graph per document holding its facts and, per fact, an aig:Evidence node of ten
triples; an entities graph with typed, bilingual labels; entity popularity skewed so that
a few summits and countries recur in most documents — and it contains the real sample
graph, so every stored query's ``# example:`` parameters resolve to real entities.

    python -m bench.query_bench --triples 1000000
    python -m bench.query_bench --built OUT     # a real build instead (see --help)

pyoxigraph's in-memory store is loaded grouped by subject, as ``aigov-kg serve`` holds it
(``queries.store.memory_store``), and timed three ways: through ``run_query``, which writes
parameters into the text as RDF terms (``queries.run.bound_text``, the text rdflib and
remote stores get too); the same on the store loaded in file order, to show what the
grouping buys; and with pyoxigraph's own SEP-0007 substitutions, which the engine joins
after evaluating the pattern instead of using its indexes: the column shows what that
choice avoids.
Each engine runs each query ``--runs`` times in a forked child that is killed after
``--limit-s`` seconds, so one slow query cannot hang the benchmark.
"""
from __future__ import annotations

import argparse
import functools
import os
import random
import select
import shlex
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ID = "https://w3id.org/aigov-kg/id/"
AIG = "https://w3id.org/aigov-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
# class shares and relation mix of the sample build (entities by class, facts by relation)
CLASSES = [("Person", 26), ("Company", 10), ("InternationalOrganisation", 9), ("GovernmentBody", 6),
           ("Declaration", 6), ("Statement", 4), ("Law", 4), ("Platform", 4), ("Country", 12), ("Summit", 8),
           ("City", 5)]
RELATIONS = [("attended", 48), ("holdsPosition", 27), ("references", 9), ("launched", 6), ("chaired", 4),
             ("adopted", 3), ("signed", 2), ("follows", 2), ("heldIn", 2), ("hostCountry", 2)]
DOMAIN = {"attended": ("agent", "Summit"), "chaired": ("Person", "Summit"), "holdsPosition": ("Person", "agent"),
          "references": ("initiative", "initiative"), "launched": ("Summit", "initiative"),
          "adopted": ("Summit", "initiative"), "signed": ("agent", "initiative"), "follows": ("Summit", "Summit"),
          "heldIn": ("Summit", "City"), "hostCountry": ("Summit", "Country")}
GROUPS = {"agent": {"Person", "Company", "InternationalOrganisation", "GovernmentBody", "Country"},
          "initiative": {"Declaration", "Statement", "Law", "Platform"}}
WORDS = "AI 정상회의 안전 혁신 포용 선언 summit safety declaration 인공지능 협력 governance 국제 leaders 채택".split()
STABLE = {"hostCountry": 1, "heldIn": 1, "follows": 1, "holdsPosition": 2}   # values per subject
TRIPLES_PER_DOC = 650          # facts with evidence, positions, mentions and metadata, as in the sample


def _n(x: str):
    import pyoxigraph as ox
    return ox.NamedNode(x)


def _lit(v, dt: str | None = None, lang: str | None = None):
    import pyoxigraph as ox
    if lang:
        return ox.Literal(v, language=lang)
    return ox.Literal(str(v), datatype=ox.NamedNode(XSD + dt)) if dt else ox.Literal(v)


def synthetic(real_trig: Path, target: int, seed: int) -> list:
    """Quads: the real sample graph plus synthetic documents until about ``target`` triples."""
    import pyoxigraph as ox
    rnd = random.Random(seed)
    quads = list(ox.parse(path=str(real_trig), format=ox.RdfFormat.TRIG))
    ent_graph = _n(ID + "graph/entities")
    pools: dict[str, list] = {}
    for q in quads:                                   # real entities first: the most popular ranks
        if q.predicate.value == RDF + "type" and q.object.value.startswith(AIG):
            pools.setdefault(q.object.value[len(AIG):], []).append(q.subject)
    docs = max(1, (target - len(quads)) // TRIPLES_PER_DOC)
    n_entities = max(200, docs * 8)
    weights = [w for _, w in CLASSES]
    for i in range(n_entities):
        cls = rnd.choices([c for c, _ in CLASSES], weights)[0]
        if cls == "Country" and len(pools.get(cls, ())) >= 250:
            cls = "Person"
        e = _n(f"{ID}{cls.lower()}/synthetic-{i}")
        pools.setdefault(cls, []).append(e)
        quads += [ox.Quad(e, _n(RDF + "type"), _n(AIG + cls), ent_graph),
                  ox.Quad(e, _n(RDFS + "label"), _lit(f"{cls} {i}", lang="en"), ent_graph),
                  ox.Quad(e, _n(RDFS + "label"), _lit(f"{rnd.choice(WORDS)} {i}", lang="ko"), ent_graph)]
    zipf = {c: [1 / (r + 1) for r in range(len(p))] for c, p in pools.items()}

    def pick(kind: str, r: random.Random = rnd):
        classes = sorted(GROUPS.get(kind, {kind}) & set(pools))
        cls = r.choice(classes)
        return r.choices(pools[cls], zipf[cls])[0]

    def stable(kind: str, key, rel: str, choices: int):
        """One of ``choices`` fixed values per subject: articles agree on a summit's host or a person's post."""
        r = random.Random(f"{seed}|{key.value}|{rel}|{rnd.randrange(choices)}")
        return pick(kind, r)

    rel_weights = [w for _, w in RELATIONS]
    for d in range(docs):
        doc = _n(f"{ID}document/synthetic-{d}")
        quads += [ox.Quad(doc, _n(RDF + "type"), _n(AIG + "SourceDocument"), ent_graph),
                  ox.Quad(doc, _n(AIG + "fileName"), _lit(f"synthetic-{d}.txt"), ent_graph),
                  ox.Quad(doc, _n(DCT + "title"), _lit(" ".join(rnd.choices(WORDS, k=6))), ent_graph),
                  ox.Quad(doc, _n(DCT + "date"), _lit(f"20{rnd.randint(18, 25)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}", "date"), ent_graph)]
        mentioned = set()
        for f in range(50):
            rel = rnd.choices([r for r, _ in RELATIONS], rel_weights)[0]
            if rel == "chaired":                      # a summit has a couple of chairs, not hundreds
                o = pick("Summit")
                s = stable("Person", o, rel, 2)
            else:
                s = pick(DOMAIN[rel][0])
                o = stable(DOMAIN[rel][1], s, rel, STABLE[rel]) if rel in STABLE else pick(DOMAIN[rel][1])
            mentioned |= {s, o}
            if rel == "holdsPosition":
                pos = _n(f"{ID}position/synthetic-{d}-{f}")
                facts = [ox.Quad(s, _n(AIG + "holdsPosition"), pos, doc),
                         ox.Quad(pos, _n(RDF + "type"), _n(AIG + "Position"), doc),
                         ox.Quad(pos, _n(AIG + "title"), _lit("Minister", lang="en"), doc),
                         ox.Quad(pos, _n(AIG + "positionIn"), o, doc)]
            else:
                facts = [ox.Quad(s, _n(AIG + rel), o, doc)]
            main = facts[0]
            ev = _n(f"{ID}evidence/synthetic-{d}/{f}")
            start = f * 120
            quads += facts + [
                ox.Quad(ev, _n(RDF + "type"), _n(AIG + "Evidence"), doc),
                ox.Quad(ev, _n(RDF + "subject"), main.subject, doc),
                ox.Quad(ev, _n(RDF + "predicate"), main.predicate, doc),
                ox.Quad(ev, _n(RDF + "object"), main.object, doc),
                ox.Quad(ev, _n(AIG + "inDocument"), doc, doc),
                ox.Quad(ev, _n(AIG + "sentence"), _lit(" ".join(rnd.choices(WORDS, k=14))), doc),
                ox.Quad(ev, _n(AIG + "startOffset"), _lit(start, "integer"), doc),
                ox.Quad(ev, _n(AIG + "endOffset"), _lit(start + 100, "integer"), doc),
                ox.Quad(ev, _n(AIG + "method"), _lit("cue-" + rel), doc),
                ox.Quad(ev, _n(AIG + "confidence"), _lit("0.8", "decimal"), doc)]
        quads += [ox.Quad(e, _n(AIG + "mentionedIn"), doc, doc) for e in sorted(mentioned, key=str)]
    return _with_counts(quads, ent_graph)


def _with_counts(quads: list, ent_graph) -> list:
    """The build's materialised counts (aig:documentCount, aig:factCount, aig:entityCount), recounted
    over the whole synthetic graph: the sample's own counts cover only the sample."""
    import pyoxigraph as ox
    from collections import Counter
    names = {AIG + n for n in ("documentCount", "factCount", "entityCount")}
    quads = [q for q in quads if q.predicate.value not in names]
    docs, facts, doc_facts, doc_entities = Counter(), Counter(), Counter(), Counter()
    for q in quads:
        p = q.predicate.value
        if p == AIG + "mentionedIn":
            docs[q.subject] += 1
            doc_entities[q.object] += 1
        elif p == RDF + "subject" or (p == RDF + "object" and isinstance(q.object, ox.NamedNode)):
            facts[q.object] += 1
        elif p == AIG + "inDocument":
            doc_facts[q.object] += 1
    count = lambda n: _lit(n, "integer")                              # noqa: E731
    quads += [x for e, n in docs.items() for x in (ox.Quad(e, _n(AIG + "documentCount"), count(n), ent_graph),
                                                    ox.Quad(e, _n(AIG + "factCount"), count(facts[e]), ent_graph))]
    sources = {q.subject for q in quads if q.object == _n(AIG + "SourceDocument")}
    quads += [x for d in sorted(sources, key=str) for x in (ox.Quad(d, _n(AIG + "factCount"), count(doc_facts[d]), ent_graph),
                                                             ox.Quad(d, _n(AIG + "entityCount"), count(doc_entities[d]), ent_graph))]
    return quads


def bounded_runs(fn, runs: int, limit_s: float) -> tuple[list[float], int | None]:
    """Seconds per run of ``fn`` (which returns a row count) in a forked child killed after ``limit_s``."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:                                       # child: run, report each time, exit hard
        os.close(r)
        try:
            for _ in range(runs):
                t = time.perf_counter()
                n = fn()
                os.write(w, struct.pack("dq", time.perf_counter() - t, n))
        finally:
            os._exit(0)
    os.close(w)
    times: list[float] = []
    rows = None
    deadline = time.monotonic() + limit_s
    try:
        while len(times) < runs:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([r], [], [], remaining)[0]:
                break
            data = os.read(r, 16)
            if len(data) < 16:
                break
            dt, rows = struct.unpack("dq", data)
            times.append(dt)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(r)
    return times, rows


@functools.cache
def _read_only(path: Path):
    import pyoxigraph as ox
    return ox.Store.read_only(str(path))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cell(times: list[float], runs: int, limit_s: float) -> tuple[str, float | None]:
    if not times:
        return f">{limit_s:g} s", None
    med = statistics.median(times) * 1000
    return (f"{med:,.1f}" + ("" if len(times) == runs else f" ({len(times)} runs)")), med


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.query_bench", description=__doc__.splitlines()[0])
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--limit-s", type=float, default=60.0, help="time allowed per query and engine (default 60)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--graph", help="a built sample graph folder (default: build the sample corpus now)")
    p.add_argument("--disk", action="store_true",
                   help="also time the on-disk (RocksDB) store, the one `aigov-kg query` opens "
                        "(and `serve` for a graph.trig over 128 MB)")
    p.add_argument("--built", help="time this build's graph.trig as it is instead of a synthetic graph: the real "
                                   "pipeline's shape (build a generated corpus together with the default corpus, "
                                   "e.g. `aigov-kg build CORPUS aigov_kg/corpus --out OUT`, so the examples resolve)")
    args = p.parse_args(argv)
    import pyoxigraph as ox
    from rdflib import Dataset

    from queries import stored_queries
    from queries.run import _term, bound_text, run_query
    from queries.store import memory_store
    with tempfile.TemporaryDirectory(prefix="aigov-bench-") as tmp:
        if args.built:
            data, fmt = Path(args.built) / "graph.trig", ox.RdfFormat.TRIG
            print(f"timing the build in {args.built} ({data.stat().st_size / 1e6:.0f} MB TriG)", flush=True)
        else:
            graph = Path(args.graph) if args.graph else Path(tmp) / "sample"
            if not args.graph:
                subprocess.run([sys.executable, "-m", "aigov_kg", "build", "--out", str(graph)], check=True,
                               stdout=subprocess.DEVNULL)
            t = time.perf_counter()
            quads = synthetic(graph / "graph.trig", args.triples, args.seed)
            data, fmt = Path(tmp) / "synthetic.nq", ox.RdfFormat.N_QUADS
            ox.serialize(quads, str(data), fmt)
            print(f"generated {len(quads):,} quads in {time.perf_counter() - t:.1f} s "
                  f"({data.stat().st_size / 1e6:.0f} MB N-Quads)", flush=True)
            del quads
        rss = _rss_mb()
        t = time.perf_counter()
        store = memory_store(data, fmt, grouped=True)
        ox_load, ox_mb = time.perf_counter() - t, _rss_mb() - rss
        print(f"pyoxigraph load: {ox_load:.1f} s, +{ox_mb:,.0f} MB (grouped by subject, as `serve` holds it)",
              flush=True)
        t = time.perf_counter()
        in_order = memory_store(data, fmt)
        print(f"pyoxigraph load in file order: {time.perf_counter() - t:.1f} s", flush=True)
        rss = _rss_mb()
        t = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(str(data), format="nquads" if fmt == ox.RdfFormat.N_QUADS else "trig")
        rdf_load, rdf_mb = time.perf_counter() - t, _rss_mb() - rss
        print(f"rdflib load:     {rdf_load:.1f} s, +{rdf_mb:,.0f} MB ({rdf_load / ox_load:.0f}x)", flush=True)
        disk_dir, disk_cells = Path(tmp) / "store", {}
        if args.disk:
            t = time.perf_counter()
            on_disk = ox.Store(str(disk_dir))
            on_disk.bulk_load(path=str(data), format=fmt)
            on_disk.flush()
            del on_disk
            disk_cells["load (s)"] = f"{time.perf_counter() - t:.1f}"
            print(f"on-disk load:    {disk_cells['load (s)']} s", flush=True)
        rows = [("load (s)", f"{len(store):,} quads", f"{ox_load:.1f}", "", "", f"{rdf_load:.1f}",
                 f"{rdf_load / ox_load:.1f}")]
        for name, q in stored_queries().items():
            words = shlex.split(q.example)
            given = dict(w.split("=", 1) for f, w in zip(words, words[1:]) if f == "--param")
            params = {pp.name: given[pp.name] for pp in q.params}
            text = bound_text(store, q, params, "en")
            subs = {ox.Variable(pp.name): _term(store, pp, given[pp.name]) for pp in q.params}
            if q.takes_lang:
                subs[ox.Variable("lang")] = ox.Literal("en")
            ox_times, n = bounded_runs(lambda: len(run_query(store, q, params, "en").rows), args.runs, args.limit_s)
            order_times, _ = bounded_runs(lambda: len(run_query(in_order, q, params, "en").rows), args.runs,
                                          args.limit_s)
            txt_times, _ = bounded_runs(lambda: len(list(store.query(q.text, use_default_graph_as_union=True,
                                                                     substitutions=subs))),
                                        args.runs, args.limit_s)
            rdf_times, n_rdf = bounded_runs(lambda: len(list(ds.query(text))), args.runs, args.limit_s)
            if args.disk:     # opened in the forked child: a RocksDB handle is not carried across fork
                disk_times, _ = bounded_runs(lambda: len(run_query(_read_only(disk_dir), q, params, "en").rows),
                                             args.runs, args.limit_s)
                disk_cells[name + " (ms)"] = _cell(disk_times, args.runs, args.limit_s)[0]
            ox_cell, ox_ms = _cell(ox_times, args.runs, args.limit_s)
            order_cell, _ = _cell(order_times, args.runs, args.limit_s)
            txt_cell, _ = _cell(txt_times, args.runs, args.limit_s)
            rdf_cell, rdf_ms = _cell(rdf_times, args.runs, args.limit_s)
            ratio = f"{rdf_ms / ox_ms:,.0f}" if ox_ms and rdf_ms else (">" if ox_ms else "?")
            result = "?" if n is None else f"{n:,} rows" + ("" if n_rdf in (None, n) else f" (rdflib {n_rdf:,})")
            rows.append((name + " (ms)", result, ox_cell, order_cell, txt_cell, rdf_cell, ratio))
            print(f"  {name}: {ox_cell} / {order_cell} / {txt_cell} / {rdf_cell} ms", flush=True)
    header = ("", "result", "pyoxigraph", "pyoxigraph, file order", "pyoxigraph, substitutions", "rdflib Memory",
              "rdflib / pyoxigraph")
    if args.disk:
        header += ("pyoxigraph on disk",)
        rows = [r + (disk_cells.get(r[0], ""),) for r in rows]
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    print()
    for r in [header] + rows:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
    print(f"\nmedian of {args.runs} runs; memory: pyoxigraph +{ox_mb:,.0f} MB, rdflib +{rdf_mb:,.0f} MB (RSS growth)")
    print("pyoxigraph: in memory, loaded grouped by subject as `aigov-kg serve` holds it (queries.store.memory_store), "
          "through queries.run.run_query (parameters written in as RDF terms, the text every store gets); "
          "file order: the same store loaded in file order; "
          "substitutions: the stored text with pyoxigraph's SEP-0007 pre-binding instead"
          + ("; on disk: the same through a read-only RocksDB store, opened in each timed process" if args.disk else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
