"""The built graph as a networkx MultiDiGraph: one model shared by the viewer and the exporters.

RDF spreads one entity over several named graphs (labels in the entities graph,
facts and evidence in each document's graph); the viewer and Gephi both want one
node per entity with everything about it attached.  Building that once, here,
keeps the two from drifting apart.  ``node_attributes``/``edge_attributes`` map
that model to vis-network dicts and are pure so they can be tested exactly.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ontology import AIG, FAMILY

_NS = str(AIG)
RELATIONS = ("attended", "chaired", "hostCountry", "heldIn", "adopted", "signed", "launched", "follows",
             "references")
LITERALS = {"startDate": "start_date", "endDate": "end_date", "participantCount": "participant_count",
            "signatoryCount": "signatory_count"}
_REL_IRIS = {AIG[r]: r for r in RELATIONS}
_LIT_IRIS = {AIG[p]: p for p in LITERALS}
# Plain-IRI lookups: DefinedNamespace attribute access costs microseconds, and a graph has 100k+ triples.
_EV_FIELD = {RDF.subject: "subject", RDF.predicate: "predicate", RDF.object: "object", AIG.inDocument: "inDocument",
             AIG.sentence: "sentence", AIG.startOffset: "startOffset", AIG.endOffset: "endOffset",
             AIG.method: "method", AIG.confidence: "confidence"}
_KIND = {RDF.type: "type", RDFS.label: "label", SKOS.altLabel: "alt", AIG.mentionedIn: "mentionedIn",
         AIG.fileName: "fileName", DCTERMS.title: "doctitle", AIG.holdsPosition: "holds", AIG.title: "title",
         AIG.positionIn: "positionIn", AIG.asOf: "asOf", **{p: "rel" for p in _REL_IRIS},
         **{p: "lit" for p in _LIT_IRIS}, **{p: "ev" for p in _EV_FIELD}}

# Colour and shape per family: shapes differ too, so the legend still reads in grey print.
STYLE = {
    "Person": ("#4e79a7", "dot"),
    "Country": ("#59a14f", "hexagon"),
    "Organisation": ("#f28e2b", "square"),
    "Summit": ("#e15759", "star"),
    "Initiative": ("#b07aa1", "diamond"),
    "Place": ("#76b7b2", "triangle"),
}


def _local(iri) -> str:
    return str(iri)[len(_NS):] if str(iri).startswith(_NS) else ""


def _value(lit):
    v = lit.toPython() if isinstance(lit, Literal) else lit
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else str(lit)


def _pick(values):
    """One value for a flat attribute when documents disagree: the most precise date, the largest count."""
    if not values:
        return None
    return sorted(values, key=lambda v: (-v, "") if isinstance(v, (int, float)) else (-len(str(v)), str(v)))[0]


def _ev_order(e: dict) -> tuple:
    return (str(e["inDocument"]), _value(e.get("startOffset", -1)), str(e.get("method", "")), str(e.get("sentence", "")))


_ENTITY_KINDS = {"label", "alt", "mentionedIn", "lit", "rel", "holds"}


def to_networkx(graphs, max_evidence: int | None = None, only: set | None = None) -> nx.MultiDiGraph:
    """One node per entity, one edge per (subject, relation, object), evidence gathered from every document graph.

    ``graphs`` is a mapping or a one-pass iterable of (graph IRI, triples) pairs
    (``graph.rdf.build_graphs``/``document_graphs``); an rdflib Dataset works too.
    ``max_evidence`` keeps at most that many evidence sentences per fact (the first by
    document and offset; ``evidence_count`` still counts all), so the viewer of a large
    corpus holds and ships a bounded sample, not every sentence.  ``only`` (entity IRIs)
    keeps those entities and the facts among them, and skips the rest as it reads."""
    if isinstance(graphs, Dataset):
        graphs = {c.identifier: c.triples((None, None, None)) for c in graphs.graphs()}
    if isinstance(graphs, Mapping):
        graphs = graphs.items()
    types: dict[URIRef, set[str]] = defaultdict(set)
    labels: dict[URIRef, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    alts: dict[URIRef, set[tuple[str, str]]] = defaultdict(set)
    mentioned: dict[URIRef, set[URIRef]] = defaultdict(set)
    doc_file: dict[URIRef, str] = {}
    doc_title: dict[URIRef, str] = {}
    rel: set[tuple[URIRef, str, URIRef]] = set()
    lits: dict[URIRef, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    holds: set[tuple[URIRef, URIRef]] = set()
    pos: dict[URIRef, dict[str, object]] = defaultdict(dict)
    ev: dict[URIRef, dict[str, object]] = defaultdict(dict)
    where: dict[tuple, set] = defaultdict(set)  # fact -> named graphs holding it, for facts without evidence
    # Evidence indexed by the fact it supports as each graph ends (an evidence node never
    # spans graphs), so 5,000-node graphs stay linear and capped evidence stays bounded.
    by_fact: dict[tuple, list[dict]] = defaultdict(list)
    ev_count: dict[tuple, int] = defaultdict(int)

    def index_evidence():
        for e in ev.values():
            if "subject" in e and "predicate" in e and "inDocument" in e and (only is None or e["subject"] in only):
                key = (e["subject"], e["predicate"], e.get("object"))
                ev_count[key] += 1
                rows = by_fact[key]
                rows.append(e)
                if max_evidence is not None and len(rows) > 2 * max_evidence:
                    rows.sort(key=_ev_order)
                    del rows[max_evidence:]
        ev.clear()
    for ctx, triples in graphs:
        for s, p, o in triples:
            kind = _KIND.get(p)
            if kind is None or (only is not None and kind in _ENTITY_KINDS and s not in only):
                continue
            if kind == "type":
                name = _local(o)
                if name == "Evidence":
                    ev[s]["_"] = True
                elif name in FAMILY and (only is None or s in only):
                    types[s].add(name)
            elif kind == "ev":
                ev[s][_EV_FIELD[p]] = o
            elif kind == "rel":
                rel.add((s, _REL_IRIS[p], o))
                where[(s, p, o)].add(ctx)
            elif kind == "lit":
                lits[s][_LIT_IRIS[p]].add(_value(o))
                where[(s, _LIT_IRIS[p], str(o))].add(ctx)
            elif kind == "mentionedIn":
                mentioned[s].add(o)
            elif kind == "holds":
                holds.add((s, o))
                where[(s, p, o)].add(ctx)
            elif kind == "fileName":
                doc_file[s] = str(o)
            elif kind == "doctitle":
                doc_title[s] = str(o)
            elif kind == "positionIn":
                pos[s]["in"] = o
            elif kind == "asOf":
                pos[s]["as_of"] = str(o)
            elif isinstance(o, Literal):  # labels and position titles
                if kind == "label":
                    labels[s][o.language or ""].add(str(o))
                elif kind == "alt":
                    alts[s].add((o.language or "", str(o)))
                elif kind == "title":
                    pos[s]["title_" + (o.language or "en")] = str(o)
        index_evidence()
    if max_evidence is not None:
        for rows in by_fact.values():
            rows.sort(key=_ev_order)
            del rows[max_evidence:]

    def fname(doc) -> str:
        return doc_file.get(doc, str(doc))

    def evidence(s, p, o) -> list[dict]:
        rows = [{"sentence": str(e.get("sentence", "")), "document": fname(e["inDocument"]),
                 "start": _value(e.get("startOffset", -1)), "end": _value(e.get("endOffset", -1)),
                 "method": str(e.get("method", "")), "confidence": float(e.get("confidence", 0))}
                for e in by_fact.get((s, p, o), ())]
        return sorted(rows, key=lambda r: (r["document"], r["start"], r["method"], r["sentence"]))

    def docs_of(rows: list[dict], fact: tuple) -> list[str]:
        return sorted({r["document"] for r in rows} | {doc_file[c] for c in where.get(fact, ()) if c in doc_file})

    g = nx.MultiDiGraph(documents={doc_file[d]: doc_title.get(d, "") for d in sorted(doc_file)})
    facts: dict[URIRef, int] = defaultdict(int)
    for s, _, o in rel:
        facts[s] += 1
        facts[o] += 1
    for s in lits:
        facts[s] += sum(len(v) for v in lits[s].values())
    for s, p in holds:
        facts[s] += 1
        if pos[p].get("in") is not None:
            facts[pos[p]["in"]] += 1
    for s in sorted(types):
        names = types[s]
        fams = {FAMILY[n] for n in names}
        # The most specific class wins: a Declaration is shown as a Declaration, not an Initiative.
        cls = sorted(names - fams)[0] if names - fams else sorted(names)[0]
        lab = labels.get(s, {})
        docs = sorted({fname(d) for d in mentioned.get(s, ())})
        g.add_node(str(s), iri=str(s), family=FAMILY[cls], cls=cls,
                   label_ko=sorted(lab.get("ko", [""]))[0], label_en=sorted(lab.get("en", lab.get("", [""])))[0],
                   alt_labels=[[lang, text] for lang, text in sorted(alts.get(s, ()))],
                   positions=[], values=[], documents=docs, doc_count=len(docs), fact_count=facts.get(s, 0),
                   **{key: _pick(lits[s].get(p)) for p, key in LITERALS.items()})
    # Literal facts match their evidence by value text: a reparse may change a literal's datatype.
    lit_ev: dict[tuple, list[dict]] = defaultdict(list)
    lit_count: dict[tuple, int] = defaultdict(int)
    for (s, p, o), rows in by_fact.items():
        if p in _LIT_IRIS:
            lit_ev[(s, _LIT_IRIS[p], str(o))].extend(evidence(s, p, o))
            lit_count[(s, _LIT_IRIS[p], str(o))] += ev_count[(s, p, o)]
    for s in lits:
        if str(s) in g:
            g.nodes[str(s)]["values"] = [
                {"relation": p, "value": v, "documents": docs_of(lit_ev.get((s, p, str(v)), []), (s, p, str(v))),
                 "evidence": sorted(lit_ev.get((s, p, str(v)), []),
                                    key=lambda r: (r["document"], r["start"], r["method"], r["sentence"]))[:max_evidence],
                 "evidence_count": lit_count.get((s, p, str(v)), 0)}
                for p in LITERALS for v in sorted(lits[s].get(p, ()), key=str)]
    holds_position = AIG.holdsPosition      # looked up once: namespace attributes run Python code
    for s, p in sorted(holds):
        if str(s) not in g:
            continue
        info = pos[p]
        target = info.get("in")
        entry = {"iri": str(p), "title_en": info.get("title_en", ""), "title_ko": info.get("title_ko", ""),
                 "in": str(target) if target is not None else "", "as_of": info.get("as_of", ""),
                 "evidence": evidence(s, holds_position, p),
                 "evidence_count": ev_count.get((s, holds_position, p), 0)}
        entry["documents"] = docs_of(entry["evidence"], (s, holds_position, p))
        g.nodes[str(s)]["positions"].append(entry)
        if target is not None and str(target) in g:
            key = "holdsPosition:" + str(p)
            g.add_edge(str(s), str(target), key=key, relation="holdsPosition", title_en=entry["title_en"],
                       title_ko=entry["title_ko"], as_of=entry["as_of"], documents=entry["documents"],
                       evidence=entry["evidence"], evidence_count=entry["evidence_count"])
    for node in g.nodes.values():
        node["positions"].sort(key=lambda e: (e["as_of"] or "~", e["title_en"], e["title_ko"], e["iri"]))
    for s, r, o in sorted(rel):
        if str(s) in g and str(o) in g:
            rows = evidence(s, AIG[r], o)
            g.add_edge(str(s), str(o), key=r, relation=r, documents=docs_of(rows, (s, AIG[r], o)),
                       evidence=rows, evidence_count=ev_count.get((s, AIG[r], o), 0))
    return g


def label(data: dict, lang: str) -> str:
    """The label in ``lang``, falling back to the other language, then to the IRI's last segment."""
    other = "en" if lang == "ko" else "ko"
    return data.get(f"label_{lang}") or data.get(f"label_{other}") or data["iri"].rstrip("/").rsplit("/", 1)[-1]


def node_size(data: dict) -> float:
    """Area grows with facts and documents; square root so one hub does not dwarf the page."""
    return round(min(60.0, 10.0 + 5.0 * math.sqrt(data["fact_count"] + data["doc_count"])), 1)


def font_size(data: dict) -> int:
    """Heavier nodes get larger labels, so hubs stay named when the whole graph is zoomed out."""
    return round(12 + 2.0 * math.sqrt(data["fact_count"] + data["doc_count"]))


def node_attributes(node_id: str, data: dict, lang: str = "en") -> dict:
    """The vis-network node for one entity: style by family, size by weight, plain-text tooltip."""
    colour, shape = STYLE[data["family"]]
    other = "en" if lang == "ko" else "ko"
    tip = [label(data, lang)]
    if data.get(f"label_{other}") and data[f"label_{other}"] != tip[0]:
        tip.append(data[f"label_{other}"])
    tip.append(f"{data['cls']} · {data['fact_count']} facts · {data['doc_count']} documents")
    return {"id": node_id, "label": label(data, lang), "title": "\n".join(tip), "color": colour, "shape": shape,
            "size": node_size(data), "font": {"size": font_size(data)}, "family": data["family"], "cls": data["cls"],
            "label_ko": data["label_ko"], "label_en": data["label_en"],
            "alt": [text for _, text in data["alt_labels"]], "docs": list(data["documents"])}


RELATION_KO = {"attended": "참석", "chaired": "주재", "hostCountry": "개최국", "heldIn": "개최지", "adopted": "채택",
               "signed": "서명", "launched": "출범", "follows": "후속", "references": "언급", "holdsPosition": "직위"}


def edge_attributes(u: str, v: str, key: str, data: dict, lang: str = "en") -> dict:
    """The vis-network edge for one relation: directed, labelled with the relation, evidence count as tooltip."""
    rel = data["relation"]
    text = RELATION_KO.get(rel, rel) if lang == "ko" else rel
    n = data.get("evidence_count", len(data["evidence"]))
    return {"id": f"{u}|{key}|{v}", "from": u, "to": v, "label": text, "relation": rel, "arrows": "to",
            "title": f"{rel} · {n} evidence sentence{'s' if n != 1 else ''} · {len(data['documents'])} documents",
            "docs": list(data["documents"])}


def timeline(g: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Dated summits in start-date order: the series the viewer lays out left to right."""
    dated = [(n, d["start_date"]) for n, d in g.nodes(data=True) if d["family"] == "Summit" and d.get("start_date")]
    return sorted(dated, key=lambda t: (str(t[1]), t[0]))


_GOLDEN = math.pi * (3 - math.sqrt(5))
DENSE_LIMIT = 500  # above this, networkx's spring layout wants SciPy or O(n²) memory: use hubs and spirals


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Pixel positions for every node, computed here so the browser never runs physics on big graphs.

    Dated summits sit on one row, evenly spaced in start-date order, so the series reads
    in time.  Small graphs get a seeded spring layout around that row; big ones place the
    best-connected nodes with a spring layout and every other node on a sunflower spiral
    around the hubs it links to, which is linear in the number of nodes.
    """
    if len(g) == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    series = [n for n, _ in timeline(g)]
    fixed = set(series)
    # Unlinked entities would be flung to the rim by a force layout: they go on a grid below instead.
    loose = sorted((n for n in simple if simple.degree(n) == 0 and n not in fixed),
                   key=lambda n: (g.nodes[n]["family"], label(g.nodes[n], "en"), n))
    linked = simple.subgraph(n for n in simple if n not in set(loose))
    # Components apart from the summit series would drift off: lay each out alone and pack them below.
    comps = sorted(nx.connected_components(linked), key=lambda c: (-len(c), min(c)))
    main = set().union(*[c for c in comps if c & fixed]) or (comps[0] if comps else set())
    out = _component(linked.subgraph(main), series, seed) if main else {}
    left, _, right, bottom = _box(out)
    width = max(right - left, 600.0)
    row_x, row_y, row_h = left, bottom + 160.0, 0.0
    for comp in comps:
        if comp & main:
            continue
        part = _component(linked.subgraph(comp), [], seed)
        x0, y0, x1, y1 = _box(part)
        if row_x + (x1 - x0) > left + width and row_x > left:
            row_x, row_y, row_h = left, row_y + row_h + 120.0, 0.0
        out.update({n: (x - x0 + row_x, y - y0 + row_y) for n, (x, y) in part.items()})
        row_x, row_h = row_x + (x1 - x0) + 120.0, max(row_h, y1 - y0)
    if loose:
        xs = [x for x, _ in out.values()] or [0.0]
        left, width = min(xs), max(max(xs) - min(xs), 120.0 * math.sqrt(len(loose)))
        top = max((y for _, y in out.values()), default=0.0) + 160.0
        per_row = max(1, int(width // 120.0))
        for i, n in enumerate(loose):
            out[n] = (left + 120.0 * (i % per_row), top + 80.0 * (i // per_row))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in out.items()}


def _box(pos: dict) -> tuple[float, float, float, float]:
    if not pos:
        return 0.0, 0.0, 0.0, 0.0
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _row(series: list[str], scale: float) -> dict[str, tuple[float, float]]:
    """The summit series in reading order, in units of ``scale``: left to right, wrapping into rows.

    Summits are at least 220 px apart so their attendees do not pile up between them,
    and a long series wraps like text so the picture keeps a usable shape.
    """
    if not series:
        return {}
    per_row = min(len(series), max(8, math.ceil(math.sqrt(2 * len(series)))))
    step = max(2.0 * scale / max(1, per_row - 1), 220.0)
    half = step * (per_row - 1) / 2
    return {n: ((i % per_row * step - half) / scale, (i // per_row) * 1.6 * step / scale) for i, n in enumerate(series)}


def _ordered(view: nx.Graph) -> nx.Graph:
    """A copy with nodes and edges in sorted order.

    networkx subgraph views iterate over a Python set when they hold under half the
    nodes, so their order (and a seeded layout) would change with the hash seed."""
    h = nx.Graph()
    h.add_nodes_from(sorted(view.nodes))
    h.add_edges_from(sorted(tuple(sorted(e)) for e in view.edges))
    return h


def _component(part: nx.Graph, series: list[str], seed: int) -> dict[str, tuple[float, float]]:
    part = _ordered(part)
    if len(part) == 1:
        return {n: (0.0, 0.0) for n in part}
    scale = (40.0 if len(part) > DENSE_LIMIT else 60.0) * math.sqrt(len(part))
    fixed = _row([n for n in series if n in part], scale)
    if len(part) > DENSE_LIMIT:
        return _hub_layout(part, fixed, scale, seed)
    pos = nx.spring_layout(part, pos=fixed or None, fixed=list(fixed) or None, k=2.0 / math.sqrt(len(part)),
                           iterations=150, seed=seed)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def _hub_layout(simple: nx.Graph, fixed: dict, scale: float, seed: int) -> dict[str, tuple[float, float]]:
    deg = dict(simple.degree())
    rank = sorted(simple, key=lambda n: (-deg[n], n))
    hubs = set(rank[:max(50, min(400, len(simple) // 12))]) | set(fixed)
    hub_graph = nx.Graph()
    hub_graph.add_nodes_from(sorted(hubs))
    for n in rank:
        near = sorted((m for m in simple[n] if m in hubs), key=lambda m: (-deg[m], m))
        if n in hubs:
            hub_graph.add_edges_from((n, m) for m in near)
        else:  # two hubs sharing a neighbour belong near each other
            hub_graph.add_edges_from((a, b) for i, a in enumerate(near[:5]) for b in near[i + 1:5])
    pos = nx.spring_layout(hub_graph, pos=fixed or None, fixed=list(fixed) or None,
                           k=2.0 / math.sqrt(len(hub_graph)), iterations=60, seed=seed)
    out = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
    count: dict[object, int] = defaultdict(int)

    def spiral(anchor_key, centre) -> tuple[float, float]:
        i = count[anchor_key] = count[anchor_key] + 1
        r = 40.0 + 14.0 * math.sqrt(i)
        return centre[0] + r * math.cos(i * _GOLDEN), centre[1] + r * math.sin(i * _GOLDEN)

    pending = [n for n in rank if n not in out]
    while pending:
        left = []
        for n in pending:
            placed = sorted((m for m in simple[n] if m in out), key=lambda m: (-deg[m], m))[:5]
            if not placed:
                left.append(n)
                continue
            cx = sum(out[m][0] for m in placed) / len(placed)
            cy = sum(out[m][1] for m in placed) / len(placed)
            out[n] = spiral(tuple(placed), (cx, cy))
        if len(left) == len(pending):  # the rest touch nothing placed: a grid below the picture
            bottom = max(y for _, y in out.values()) + 200.0
            width = max(1, int(math.sqrt(len(left))))
            for i, n in enumerate(sorted(left)):
                out[n] = (-scale + 60.0 * (i % width), bottom + 60.0 * (i // width))
            break
        pending = left
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in out.items()}
