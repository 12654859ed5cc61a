"""The graph viewer: one self-contained HTML page (vis-network via pyvis), safe for untrusted text.

pyvis is used for what it does well (the node and edge lists, vis options, the bundled
vis-network build) and not for the rest: its template loads Bootstrap from a CDN and
inserts the heading raw, and ``add_node`` is quadratic.  So the lists are filled
directly, vis-network's JS and CSS are inlined from the installed pyvis package, and
the page comes from the template below.  All data, including every label and sentence,
enters the page once, as JSON in a non-executed ``<script type="application/json">``
with ``<``, ``>``, ``&`` and U+2028/2029 escaped; the page script builds the DOM with
``textContent`` only.  A Content-Security-Policy allows the page's own two scripts (by
hash, so output stays byte-identical) and no network at all: nothing leaves the page.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib.resources import files
from typing import Iterator

import networkx as nx
from pyvis.network import Network

from ontology import FAMILY

from .network import (RELATION_KO, STYLE, edge_attributes, layout, node_attributes, timeline,
                      to_networkx)

BIG = 1000  # above this many nodes, drop curved edges and hide edges while dragging: drawing cost


def _asset(name: str) -> str:
    text = (files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text or "</style" in text.lower():
        raise ValueError(f"pyvis asset {name} cannot be inlined safely")
    return text


_JSON_ESCAPES = (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _escaped(text: str) -> str:
    for raw, esc in _JSON_ESCAPES:
        text = text.replace(raw, esc)
    return text


def safe_json(data) -> str:
    """JSON that cannot end a <script> element or an HTML comment, nor break a JS string."""
    return "".join(safe_json_parts(data))


def safe_json_parts(data, depth: int = 0) -> Iterator[str]:
    """``safe_json(data)`` in pieces, the same characters: containers down to ``depth`` levels
    are written item by item, so a large page's data is never one string (at 10,000
    documents the page's JSON is over 150 MB).  Every escaped character is one character,
    so escaping piece by piece escapes the same text."""
    if depth and isinstance(data, dict) and data:
        yield "{"
        for i, key in enumerate(sorted(data)):
            yield ("," if i else "") + _escaped(json.dumps(key, ensure_ascii=False)) + ":"
            yield from safe_json_parts(data[key], depth - 1)
        yield "}"
    elif depth and isinstance(data, list) and data:
        yield "["
        for i, item in enumerate(data):
            if i:
                yield ","
            yield from safe_json_parts(item, depth - 1)
        yield "]"
    else:
        yield _escaped(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def _details(g: nx.MultiDiGraph) -> dict:
    """What the side panel shows on a click; kept out of the vis DataSets so redraws stay cheap."""
    nodes = {n: {"iri": d["iri"], "alt": d["alt_labels"], "positions": d["positions"], "values": d["values"]}
             for n, d in g.nodes(data=True)}
    edges = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        edges[edge_attributes(u, v, k, d)["id"]] = {"evidence": d["evidence"], "count": d["evidence_count"],
                                                     "title_en": d.get("title_en", ""),
                                                     "title_ko": d.get("title_ko", ""), "as_of": d.get("as_of", "")}
    return {"nodes": nodes, "edges": edges}


def build_network(g: nx.MultiDiGraph, lang: str = "en") -> Network:
    """A pyvis Network holding our vis dicts, positions fixed from the Python layout."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    pos = layout(g)
    for n, d in g.nodes(data=True):
        item = node_attributes(n, d, lang)
        item["x"], item["y"] = pos[n]
        net.nodes.append(item)
    net.edges = [edge_attributes(u, v, k, d, lang) for u, v, k, d in g.edges(keys=True, data=True)]
    big = len(g) > BIG
    net.options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"},
                  "widthConstraint": {"maximum": 180}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"color": "#a0aab4",
                  "highlight": "#222", "hover": "#555"}, "font": {"size": 10, "color": "#555", "strokeWidth": 3,
                  "align": "middle"}, "smooth": False if big else {"type": "curvedCW", "roundness": 0.12},
                  "selectionWidth": 2},
    }
    return net


def page_data(g: nx.MultiDiGraph, lang: str = "en") -> dict:
    net = build_network(g, lang)
    nodes, edges, _, _, _, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options), "lang": lang, "note": g.graph.get("note", ""),
            "details": _details(g), "documents": g.graph.get("documents", {}),
            "styles": {f: {"color": c, "shape": s} for f, (c, s) in STYLE.items()},
            "relation_ko": RELATION_KO, "timeline": [[n, str(d)] for n, d in timeline(g)]}


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def page_parts(g: nx.MultiDiGraph, title: str = "aigov-kg graph", lang: str = "en") -> Iterator[str]:
    """The whole page in pieces, for writing straight to a file."""
    vis_js, app_js = _asset("vis-network.min.js"), _APP_JS
    csp = (f"default-src 'none'; script-src {_sha(vis_js)} {_sha(app_js)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    parts = {"@CSP@": csp, "@TITLE@": html.escape(title),
             "@VIS_CSS@": _asset("vis-network.css"), "@CSS@": _CSS,
             "@VIS_JS@": vis_js, "@APP_JS@": app_js}
    # The template's own text between markers, then what each marker stands for: inserted
    # text (document text included) is never rescanned for markers.
    for i, piece in enumerate(re.split(r"(@[A-Z_]+@)", _PAGE)):
        if i % 2 == 0:
            yield piece
        elif piece == "@DATA@":
            yield from safe_json_parts(page_data(g, lang), depth=3)
        else:
            yield parts[piece]


def render_network(g: nx.MultiDiGraph, title: str = "aigov-kg graph", lang: str = "en") -> str:
    """The whole page as one string; the caller writes it (atomically)."""
    return "".join(page_parts(g, title, lang))


def write_page(path, g: nx.MultiDiGraph) -> None:
    """graph.html written atomically piece by piece, never held whole."""
    from .atomic import atomic_file
    with atomic_file(path) as f:
        f.writelines(part.encode("utf-8") for part in page_parts(g))


PAGE_EVIDENCE = 3     # sentences shown per fact; the page says how many more there are and how to get them
PAGE_NODES = 3000     # entities in the page; beyond a few thousand a network drawing stops being readable
PAGE_EDGES = 20_000   # relations in the page: the best-attested ones


def shown_entities(entities: dict, limit: int | None = None) -> set[str] | None:
    """The entities a large graph's page shows (``None``: all of them): every summit, since
    the page lays out the series, then the entities found in most documents."""
    limit = limit or PAGE_NODES
    if len(entities) <= limit:
        return None
    rank = sorted(entities, key=lambda p: (FAMILY.get(entities[p].cls) != "Summit", -len(entities[p].docs), p))
    return set(rank[:limit])


def _strongest_edges(g: nx.MultiDiGraph, limit: int) -> int:
    """Keep the ``limit`` relations with most evidence; return how many there were."""
    total = g.number_of_edges()
    if total > limit:
        ranked = sorted(g.edges(keys=True, data=True),
                        key=lambda e: (-e[3].get("evidence_count", 0), -len(e[3]["documents"]), e[0], e[2], e[1]))
        g.remove_edges_from([(u, v, k) for u, v, k, _ in ranked[limit:]])
    return total


def page_graph(graphs, only: set | None = None, total: int = 0) -> nx.MultiDiGraph:
    """What the build's graph.html shows of a whole graph (named graphs per document plus the entities graph).

    A large graph's page is a bounded view of it: ``only`` limits it to those entity IRIs
    (``total`` is how many the graph has), at most PAGE_EDGES relations and PAGE_EVIDENCE
    sentences per fact, and the page says what it leaves out and where to find it."""
    g = to_networkx(graphs, max_evidence=PAGE_EVIDENCE, only=only)
    edges = _strongest_edges(g, PAGE_EDGES)
    parts = []
    if only is not None:
        parts.append(f"{len(g):,} of {total:,} entities (every summit, then those in most documents)")
    if edges > g.number_of_edges():
        parts.append(f"{g.number_of_edges():,} of {edges:,} relations among them (those with most evidence)")
    if parts:
        g.graph["note"] = ("Showing " + " and ".join(parts) + ". Query the graph (aigov-kg query) or export it "
                           "(aigov-kg export) for all of it.")
    return g


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="referrer" content="no-referrer">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>@CSS@</style>
</head><body>
<header><strong>aigov-kg</strong>
<input id="search" type="search" placeholder="Search any name, 한국어 or English" autocomplete="off" aria-label="Search">
<span class="lang" role="radiogroup" aria-label="Label language">
<label><input type="radio" name="lang" value="en">English</label><label><input type="radio" name="lang" value="ko">한국어</label></span>
<label><input id="hood" type="checkbox">Neighbourhood only</label>
<button id="reset" type="button">Show all</button><span id="status"></span></header>
<ol id="results" hidden></ol>
<main><aside id="filters"><p id="note" class="hint"></p><h3>Classes</h3><div id="classes"></div><h3>Relations</h3><div id="relations"></div>
<h3>Document</h3><select id="document"><option value="">All documents</option></select></aside>
<div id="net"></div><aside id="details"><p class="hint">Click a node or an edge.</p></aside></main>
<script id="aigov-data" type="application/json">@DATA@</script>
<script>@VIS_JS@</script>
<script>@APP_JS@</script>
</body></html>
"""

_CSS = """
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222;height:100vh;display:flex;flex-direction:column}
header{display:flex;gap:12px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;flex-wrap:wrap}
#search{width:22em;padding:3px 6px}#status{color:#666;margin-left:auto}
#results{position:absolute;top:34px;left:90px;z-index:5;background:#fff;border:1px solid #bbb;margin:0;
padding:0;list-style:none;max-height:60vh;overflow:auto;width:30em}
#results li{padding:3px 8px;cursor:pointer}#results li:hover,#results li.on{background:#e8eef6}
main{flex:1;display:flex;min-height:0}#net{flex:1;min-width:0}
aside{width:260px;overflow:auto;padding:6px 10px;border-right:1px solid #ddd;font-size:13px}
#details{width:340px;border-right:0;border-left:1px solid #ddd}
aside h3{margin:10px 0 4px;font-size:13px}aside label{display:block;white-space:nowrap}
.fam{font-weight:600;margin-top:6px}.sw{display:inline-block;width:10px;height:10px;margin-right:5px}
.muted{color:#666}.ev{border-left:3px solid #ccd;margin:6px 0;padding:2px 8px;white-space:pre-wrap}
.lnk{color:#1a55a0;cursor:pointer;text-decoration:underline}.hint{color:#888}
"""

_APP_JS = r"""(function () {
"use strict";
const D = JSON.parse(document.getElementById("aigov-data").textContent);
const FAM_KO = {Person: "인물", Country: "국가", Organisation: "기관", Summit: "정상회의", Initiative: "이니셔티브", Place: "장소"};
const SHAPE = {dot: "●", hexagon: "⬢", square: "■", star: "★", diamond: "◆", triangle: "▲"};
const S = {lang: D.lang, cls: new Set(), rel: new Set(), doc: "", hood: false, focus: null};
const nodes = new vis.DataSet(D.nodes), edges = new vis.DataSet(D.edges);
const byId = new Map(D.nodes.map(n => [n.id, n]));
const $ = id => document.getElementById(id);
function el(tag, text, cls) { const e = document.createElement(tag); if (text != null) e.textContent = String(text); if (cls) e.className = cls; return e; }
function lab(n, lang) { const o = lang === "ko" ? "en" : "ko"; return n["label_" + lang] || n["label_" + o] || n.id.split("/").pop(); }
function rel(r) { return S.lang === "ko" ? (D.relation_ko[r] || r) : r; }
let hood = new Set();
function nodeOk(n) { return !S.cls.has(n.cls) && (!S.doc || n.docs.includes(S.doc)) && (!S.hood || !S.focus || hood.has(n.id)); }
function edgeOk(e) {
  if (S.rel.has(e.relation) || (S.doc && !e.docs.includes(S.doc))) return false;
  if (S.hood && S.focus && e.from !== S.focus && e.to !== S.focus) return false;
  const a = byId.get(e.from), b = byId.get(e.to); return nodeOk(a) && nodeOk(b);
}
function computeHood() {
  hood = new Set([S.focus]);
  for (const e of D.edges) if (!S.rel.has(e.relation) && (!S.doc || e.docs.includes(S.doc)) && (e.from === S.focus || e.to === S.focus)) { hood.add(e.from); hood.add(e.to); }
}
const nodeView = new vis.DataView(nodes, {filter: nodeOk}), edgeView = new vis.DataView(edges, {filter: edgeOk});
const network = new vis.Network($("net"), {nodes: nodeView, edges: edgeView}, D.options);
function apply(refresh = true) {
  if (S.hood && S.focus) computeHood();
  if (refresh) { nodeView.refresh(); edgeView.refresh(); }
  $("status").textContent = nodeView.length + " / " + nodes.length + " nodes · " + edgeView.length + " / " + edges.length + " edges";
}
function setLang(lang) {
  S.lang = lang; document.documentElement.lang = lang;
  for (const r of document.querySelectorAll("input[name=lang]")) r.checked = r.value === lang;
  nodes.update(D.nodes.map(n => ({id: n.id, label: lab(n, lang)})));
  edges.update(D.edges.map(e => ({id: e.id, label: rel(e.relation)})));
  buildFilters(); if (shown) shown();
}
function count(list, key) { const c = new Map(); for (const x of list) c.set(x[key], (c.get(x[key]) || 0) + 1); return c; }
function check(text, on, change, title) {
  const l = el("label"), b = el("input"); b.type = "checkbox"; b.checked = on; b.addEventListener("change", () => change(b.checked));
  l.append(b, document.createTextNode(" " + text)); if (title) l.title = title; return l;
}
function buildFilters() {
  const box = $("classes"); box.replaceChildren();
  const cls = count(D.nodes, "cls"), fams = count(D.nodes, "family");
  for (const fam of Object.keys(D.styles)) {
    if (!fams.has(fam)) continue;
    const h = el("div", null, "fam"), sw = el("span", SHAPE[D.styles[fam].shape] || "●");
    sw.style.color = D.styles[fam].color; sw.style.marginRight = "5px";
    h.append(sw, document.createTextNode((S.lang === "ko" ? FAM_KO[fam] : fam) + " (" + fams.get(fam) + ")")); box.append(h);
    const mine = [...cls.keys()].filter(c => D.nodes.find(n => n.cls === c).family === fam).sort();
    for (const c of mine) { const l = check(c + " (" + cls.get(c) + ")", !S.cls.has(c), on => { on ? S.cls.delete(c) : S.cls.add(c); apply(); }); l.dataset.cls = c; box.append(l); }
  }
  const rbox = $("relations"); rbox.replaceChildren();
  const rels = count(D.edges, "relation");
  for (const r of [...rels.keys()].sort()) { const l = check(rel(r) + " (" + rels.get(r) + ")", !S.rel.has(r), on => { on ? S.rel.delete(r) : S.rel.add(r); apply(); }); l.dataset.relation = r; rbox.append(l); }
}
$("note").textContent = D.note; $("note").hidden = !D.note;
const sel = $("document");
for (const f of Object.keys(D.documents).sort()) { const o = el("option", f + (D.documents[f] ? " — " + D.documents[f] : "")); o.value = f; sel.append(o); }
sel.addEventListener("change", () => { S.doc = sel.value; apply(); });
$("hood").addEventListener("change", e => { S.hood = e.target.checked; apply(); if (S.focus) network.fit({nodes: nodeView.getIds(), animation: false}); });
$("reset").addEventListener("click", () => { S.cls.clear(); S.rel.clear(); S.doc = ""; sel.value = ""; S.hood = false; $("hood").checked = false; buildFilters(); apply(); network.fit(); });
for (const r of document.querySelectorAll("input[name=lang]")) r.addEventListener("change", () => setLang(r.value));
// Search: every label and variant in both languages, spaces and case ignored.
const norm = s => String(s || "").normalize("NFC").toLowerCase().replace(/\s+/g, "");
const index = D.nodes.map(n => [n.id, [n.label_ko, n.label_en, ...n.alt].filter(Boolean).map(norm)]);
function search(q) {
  q = norm(q); if (!q) return [];
  const hits = [];
  for (const [id, keys] of index) {
    let best = 9; for (const k of keys) { const r = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : 9; if (r < best) best = r; }
    if (best < 9) hits.push([best, lab(byId.get(id), S.lang), id]);
  }
  hits.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])); return hits.slice(0, 20).map(h => h[2]);
}
const results = $("results");
function showResults(ids) {
  results.replaceChildren(); results.hidden = !ids.length;
  ids.forEach((id, i) => { const n = byId.get(id), o = S.lang === "ko" ? "en" : "ko";
    const main = lab(n, S.lang), other = n["label_" + o] && n["label_" + o] !== main ? " · " + n["label_" + o] : "";
    const li = el("li", main + other + " — " + n.cls, i ? "" : "on");
    li.dataset.id = id; li.addEventListener("mousedown", ev => { ev.preventDefault(); focusNode(id); }); results.append(li); });
}
const box = $("search");
box.addEventListener("input", () => showResults(search(box.value)));
box.addEventListener("keydown", e => { if (e.key === "Enter") { const f = results.querySelector("li"); if (f) focusNode(f.dataset.id); } if (e.key === "Escape") results.hidden = true; });
box.addEventListener("blur", () => { results.hidden = true; });
function focusNode(id) {
  results.hidden = true;
  if (!nodeOk(byId.get(id)) || S.hood) { if (!nodeOk(byId.get(id))) { S.cls.clear(); S.doc = ""; sel.value = ""; buildFilters(); } S.focus = id; apply(); }
  network.selectNodes([id]); network.focus(id, {scale: 1.2, animation: false}); showNode(id);
}
// Detail panel: text only.
const panel = $("details"); let shown = null;
const KO = {"Also called": "다른 이름", Positions: "직위", Facts: "사실", Relations: "관계", Documents: "문서", Evidence: "근거", " more: aigov-kg query evidence": "개 더: aigov-kg query evidence", "as of": "기준", undated: "날짜 없음"};
const t = w => S.lang === "ko" ? (KO[w] || w) : w;
function section(title, n) { panel.append(el("h3", t(title) + (n == null ? "" : " (" + n + ")"))); }
function evidence(list, total) {
  for (const ev of list) { const d = el("div", null, "ev"); d.append(el("div", ev.sentence),
    el("div", ev.document + " · " + ev.start + "–" + ev.end + " · " + ev.method + " · " + ev.confidence, "muted")); panel.append(d); }
  if (total > list.length) panel.append(el("div", "… " + (total - list.length) + t(" more: aigov-kg query evidence"), "muted"));
}
function link(id) { const s = el("span", lab(byId.get(id), S.lang), "lnk"); s.addEventListener("click", () => focusNode(id)); return s; }
function showNode(id) {
  S.focus = id; shown = () => showNode(id); const n = byId.get(id), x = D.details.nodes[id], o = S.lang === "ko" ? "en" : "ko";
  panel.replaceChildren(el("h2", lab(n, S.lang)));
  if (n["label_" + o] && n["label_" + o] !== lab(n, S.lang)) panel.append(el("div", n["label_" + o], "muted"));
  panel.append(el("div", n.cls + " · " + (S.lang === "ko" ? FAM_KO[n.family] : n.family)), el("div", x.iri, "muted"));
  if (x.alt.length) { section("Also called"); for (const [l, t] of x.alt) panel.append(el("div", t + " (" + l + ")")); }
  if (x.positions.length) { section("Positions"); for (const p of x.positions) { const d = el("div", (p["title_" + S.lang] || p.title_en || p.title_ko) + " — " + (p.as_of ? t("as of") + " " + p.as_of : t("undated")));
    if (p.in && byId.has(p.in)) d.append(document.createTextNode(" · "), link(p.in)); panel.append(d); evidence(p.evidence, p.evidence_count); } }
  if (x.values.length) { section("Facts"); for (const v of x.values) { panel.append(el("div", v.relation + ": " + v.value)); evidence(v.evidence, v.evidence_count); } }
  const rels = D.edges.filter(e => e.from === id || e.to === id);
  if (rels.length) { section("Relations"); for (const e of rels) { const d = el("div"); const other = e.from === id ? e.to : e.from;
    d.append(document.createTextNode((e.from === id ? "→ " : "← ") + rel(e.relation) + " "), link(other), document.createTextNode(" (" + D.details.edges[e.id].count + ")")); panel.append(d); } }
  section("Documents"); for (const f of n.docs) panel.append(el("div", f + (D.documents[f] ? " — " + D.documents[f] : "")));
}
function showEdge(id) {
  shown = () => showEdge(id); const e = edges.get(id), x = D.details.edges[id];
  panel.replaceChildren(el("h2", rel(e.relation)));
  const d = el("div"); d.append(link(e.from), document.createTextNode(" → "), link(e.to)); panel.append(d);
  const ti = x["title_" + S.lang] || x.title_en || x.title_ko; if (ti) panel.append(el("div", ti + (x.as_of ? " — " + t("as of") + " " + x.as_of : "")));
  section("Evidence", x.count); evidence(x.evidence, x.count);
  section("Documents"); for (const f of e.docs) panel.append(el("div", f + (D.documents[f] ? " — " + D.documents[f] : "")));
}
network.on("click", p => { if (p.nodes.length) { showNode(p.nodes[0]); if (S.hood) apply(); } else if (p.edges.length) showEdge(p.edges[0]); });
// The summit series as a time axis: a line through each row of it and each date above its summit.
network.on("beforeDrawing", ctx => {
  const ids = D.timeline.map(t => t[0]).filter(id => nodeView.get(id)); if (ids.length < 2) return;
  const pos = network.getPositions(ids), rows = new Map(), k = 1 / network.getScale();
  for (const id of ids) { const y = Math.round(pos[id].y); rows.set(y, (rows.get(y) || []).concat([pos[id].x])); }
  ctx.save(); ctx.strokeStyle = "#e3b5b6"; ctx.lineWidth = 2 * k; ctx.setLineDash([6 * k, 6 * k]);
  for (const [y, xs] of rows) { ctx.beginPath(); ctx.moveTo(Math.min(...xs) - 60, y); ctx.lineTo(Math.max(...xs) + 60, y); ctx.stroke(); }
  ctx.fillStyle = "#b04a4c"; ctx.font = Math.round(13 * k) + "px sans-serif"; ctx.textAlign = "center";
  const last = new Map();  // per row, so zoomed-out dates skip rather than overprint
  for (const [id, date] of D.timeline) { const p = pos[id]; if (!p) continue; const y = Math.round(p.y);
    if (last.has(y) && Math.abs(p.x - last.get(y)) < 90 * k) continue; last.set(y, p.x); ctx.fillText(date, p.x, p.y - 30 - 14 * k); }
  ctx.restore();
});
window.aigov = {nodes, edges, nodeView, edgeView, network, search, focusNode, setLang, state: S, ready: false};
network.once("afterDrawing", () => { window.aigov.ready = true; });
// The page opens with labels already in D.lang and nothing filtered: no relabel or refilter pass.
for (const r of document.querySelectorAll("input[name=lang]")) r.checked = r.value === S.lang;
buildFilters(); apply(false);
})();
"""
