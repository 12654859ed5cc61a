"""Time-to-interactive of the graph viewer on a synthetic graph of N entities, in headless Chromium.

Extraction cannot yet produce a 5,000-entity graph in reasonable time, and the viewer's
cost depends only on the graph's shape, so this builds an rdflib Dataset shaped like a
real build (entities graph, one named graph per document, positions, literal facts and
an Evidence node per fact) directly, renders graph.html from it with the real
``render_network`` and opens it offline.  Time-to-interactive is page load until the
network is drawn (the viewer never runs physics, so drawn is stable) and a search
returns results; the figures printed are medians over the runs.

    python -m bench.viewer_bench --nodes 5000 [--runs 3] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from ontology import AIG, ID_BASE

ID = Namespace(ID_BASE)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SYLLABLES = "가나다라마바사아자차카타파하강민서준지현수영호진"
# share of entities per class, roughly that of the sample graphs
MIX = (("Person", 0.34), ("Company", 0.10), ("InternationalOrganisation", 0.06), ("GovernmentBody", 0.06),
       ("Country", 0.04), ("Summit", 0.04), ("Declaration", 0.08), ("Statement", 0.05), ("Law", 0.04),
       ("Network", 0.04), ("Report", 0.05), ("City", 0.06), ("Venue", 0.04))


def synthetic_dataset(n: int, seed: int = 1) -> Dataset:
    """N entities with labels in both languages, relations with evidence spread over n/25 documents."""
    rnd = random.Random(seed)
    ds = Dataset()
    ent = ds.graph(ID["graph/entities"])
    docs = [ID[f"document/bench-{i:05d}"] for i in range(max(2, n // 25))]
    for i, d in enumerate(docs):
        ent.add((d, RDF.type, AIG.SourceDocument))
        ent.add((d, AIG.fileName, Literal(f"bench-{i:05d}.txt")))
        ent.add((d, DCTERMS.title, Literal(f"합성 기사 {i} / synthetic article {i}")))
    by_cls: dict[str, list] = {}
    for i in range(n):
        cls = rnd.choices([c for c, _ in MIX], [w for _, w in MIX])[0]
        s = ID[f"{cls.lower()}/e{i:05d}"]
        by_cls.setdefault(cls, []).append(s)
        ko = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))
        ent.add((s, RDF.type, AIG[cls]))
        ent.add((s, RDFS.label, Literal(f"{ko} {i}", lang="ko")))
        if cls != "Person" or rnd.random() < 0.3:
            latin = "".join(rnd.choice("bdgjkmnprst") + rnd.choice("aeiou") for _ in range(rnd.randint(2, 3)))
            ent.add((s, RDFS.label, Literal(f"{latin.title()} {cls} {i}", lang="en")))
        if rnd.random() < 0.2:
            ent.add((s, SKOS.altLabel, Literal(f"{ko}{i}", lang="ko")))
        for d in rnd.sample(docs, rnd.randint(1, 2)):
            ds.graph(d).add((s, AIG.mentionedIn, d))
    for cls in ("Summit", "Country", "City", "Person", "Declaration"):
        by_cls.setdefault(cls, [ID[f"{cls.lower()}/extra"]])
    orgs = by_cls.get("Company", []) + by_cls.get("InternationalOrganisation", []) + by_cls.get("GovernmentBody", [])
    inits = [s for c in ("Declaration", "Statement", "Law", "Network", "Report") for s in by_cls.get(c, [])]
    summits = by_cls["Summit"]
    n_fact = [0]

    def fact(s, p, o, sentence: str) -> None:
        d = rnd.choice(docs)
        g = ds.graph(d)
        g.add((s, p, o))
        ev = ID[f"evidence/bench/{n_fact[0]}"]
        n_fact[0] += 1
        for pp, oo in ((RDF.type, AIG.Evidence), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                       (AIG.inDocument, d), (AIG.sentence, Literal(sentence)), (AIG.startOffset, Literal(0)),
                       (AIG.endOffset, Literal(len(sentence))), (AIG.method, Literal("bench")),
                       (AIG.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal))):
            g.add((ev, pp, oo))

    for i, s in enumerate(summits):
        fact(s, AIG.startDate, Literal(f"{2015 + i * 10 // len(summits)}-{1 + i % 12:02d}-10", datatype=XSD.date),
             "정상회의가 열렸다.")
        fact(s, AIG.heldIn, rnd.choice(by_cls["City"]), "The summit was held in the city.")
        fact(s, AIG.hostCountry, rnd.choice(by_cls["Country"]), "그 나라가 정상회의를 주최했다.")
        if i:
            fact(s, AIG.follows, summits[i - 1], "It follows the previous summit.")
        for x in rnd.sample(inits, min(len(inits), 3)):
            fact(s, AIG.adopted, x, "정상회의는 선언을 채택했다.")
    for s in by_cls["Person"] + orgs + by_cls["Country"]:
        for summit in rnd.sample(summits, min(len(summits), rnd.choice((1, 1, 2)))):
            fact(s, AIG.attended, summit, "They attended the summit.")
    for s in by_cls["Person"]:
        pos = ID[f"position/{s.split('/')[-1]}"]
        fact(s, AIG.holdsPosition, pos, "장관은 말했다.")
        g = ds.graph(docs[0])
        g.add((pos, RDF.type, AIG.Position))
        g.add((pos, AIG.title, Literal("Minister", lang="en")))
        g.add((pos, AIG.title, Literal("장관", lang="ko")))
        g.add((pos, AIG.positionIn, rnd.choice(by_cls["Country"] + orgs)))
        g.add((pos, AIG.asOf, Literal("2024-05-22", datatype=XSD.date)))
    for s in by_cls["Country"]:
        for x in rnd.sample(inits, min(len(inits), 2)):
            fact(s, AIG.signed, x, "The country signed it.")
    for s in inits:
        if rnd.random() < 0.3:
            fact(s, AIG.references, rnd.choice(inits), "선언은 보고서를 언급했다.")
    return ds


TTI_SCRIPT = "Boolean(window.aigov && window.aigov.ready)"


def measure(html: Path, query: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(runs):
            ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
            left = []
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                      else (left.append(r.request.url), r.abort()))
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(html.as_uri())
            # polled from here: wait_for_function evals in the page, which the page's CSP forbids
            while not page.evaluate(TTI_SCRIPT):
                time.sleep(0.01)
            t_drawn = time.perf_counter()
            drawn = page.evaluate("aigov.network.body.nodeIndices.length")
            page.fill("#search", query)
            page.wait_for_selector("#results li", timeout=60_000)
            t_search = time.perf_counter()
            out.append({"drawn_s": t_drawn - t0, "tti_s": t_search - t0, "search_s": t_search - t_drawn,
                        "nodes_drawn": drawn, "requests_left": len(left)})
            ctx.close()
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.viewer_bench", description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="folder to keep graph.html in (default: a temporary folder)")
    args = ap.parse_args(argv)
    from graph.network import to_networkx
    from graph.viewer import render_network
    t = time.perf_counter()
    ds = synthetic_dataset(args.nodes)
    t_gen = time.perf_counter() - t
    t = time.perf_counter()
    g = to_networkx(ds)
    t_nx = time.perf_counter() - t
    t = time.perf_counter()
    page = render_network(g)
    t_render = time.perf_counter() - t
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="viewer-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    html = folder / "graph.html"
    html.write_text(page, encoding="utf-8")
    query = next(d["label_en"] for _, d in g.nodes(data=True) if d["family"] == "Summit" and d["label_en"])
    print(f"graph: {len(g)} nodes, {g.number_of_edges()} edges; {sum(len(c) for c in ds.graphs())} triples generated in {t_gen:.1f} s")
    print(f"python: to_networkx {t_nx:.2f} s, layout + page {t_render:.2f} s, graph.html {len(page) / 1e6:.1f} MB")
    rows = measure(html, query, args.runs)
    for i, r in enumerate(rows, 1):
        print(f"run {i}: drawn {r['drawn_s']:.2f} s, search answered {r['search_s']:.2f} s later, "
              f"time-to-interactive {r['tti_s']:.2f} s ({r['nodes_drawn']} nodes drawn, {r['requests_left']} requests blocked)")
    med = {k: statistics.median(r[k] for r in rows) for k in ("drawn_s", "search_s", "tti_s")}
    print(f"median over {len(rows)} runs: drawn {med['drawn_s']:.2f} s, search {med['search_s']:.2f} s, "
          f"time-to-interactive {med['tti_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
