"""graph.viewer: the built graph.html driven in headless Chromium, offline, and fed hostile text.

The default corpus is built once through the real CLI; everything is checked through the
page itself (its vis DataSets and its DOM), with every non-file request blocked and recorded.
"""
from __future__ import annotations

import os

import json
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from graph.network import to_networkx
from graph.viewer import safe_json

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL = ("file://", "data:", "blob:", "about:")
HOSTILE = """‘<script>window.__pwned=1</script> 선언’ 채택

2025년 3월 3일 서울에서 열린 ‘<script>window.__pwned=1</script> AI 정상회의’에서 각국 대표단은 ‘<script>window.__pwned=1</script> 선언’을 채택했다.
윤석열 대통령은 이날 ‘<img src=x onerror=window.__pwned=2> AI 정상회의’를 주재했다.
President <img src=x onerror=window.__pwned=3> Smith attended the Foo Summit in Seoul on 3 March 2025.
The "Quote's `Backtick` AI Declaration" was adopted at the Foo Summit by 12 countries.
Prime Minister Jane O'Hara "</script><script>window.__pwned=4</script>" also attended the Foo Summit.
"""


def build(out: Path, *paths: Path) -> Path:
    r = subprocess.run([sys.executable, "-m", "aigov_kg", "build", *map(str, paths), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    return out


def graph_of(out: Path):
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return to_networkx(ds)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("viewer-build"))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("headless browser tests need Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Viewer:
    """One page of graph.html, with what it tried to fetch, its dialogs and its errors recorded."""

    def __init__(self, browser, html: Path):
        self.blocked, self.dialogs, self.errors = [], [], []
        self.context = browser.new_context(viewport={"width": 1600, "height": 1000})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: None if r.url.startswith(LOCAL) else self.blocked.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(html.as_uri())
        # Polled from here, not with wait_for_function: that compiles its predicate in the page with
        # eval, which the page's Content-Security-Policy rightly forbids.
        deadline = time.monotonic() + 60
        while not self.js("Boolean(window.aigov && window.aigov.ready)"):
            assert time.monotonic() < deadline, f"viewer never drew: {self.errors}"
            time.sleep(0.02)

    def _route(self, route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def visible_nodes(self) -> set[str]:
        return set(self.js("aigov.nodeView.getIds()"))

    def details(self) -> str:
        return self.page.inner_text("#details")

    def search(self, text: str) -> None:
        self.page.fill("#search", "")
        self.page.type("#search", text)
        self.page.press("#search", "Enter")


@pytest.fixture()
def viewer(browser, built):
    v = Viewer(browser, built / "graph.html")
    yield v
    assert v.blocked == [] and v.dialogs == [] and v.errors == []
    v.context.close()


@pytest.fixture(scope="session")
def g(built):
    return graph_of(built)


def both_labelled(g, family=None):
    """A well-connected entity named in both languages, taken from the built graph, not from a fixed list."""
    cands = [(d["fact_count"], n) for n, d in g.nodes(data=True) if d["label_ko"] and d["label_en"]
             and (family is None or d["family"] == family)]
    return max(cands)[1]


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- <script>", "a\u2028b\u2029c & 'q' \"d\""])
def test_viewer_browser_json_cannot_leave_script(text):
    out = safe_json({"x": text})
    assert not any(c in out for c in "<>&\u2028\u2029")
    assert json.loads(out) == {"x": text}


def test_viewer_browser_draws_every_family(viewer, g):
    drawn = viewer.js("""() => { const b = aigov.network.body, n = aigov.nodes, fam = {}, efam = {};
        for (const id of b.nodeIndices) fam[n.get(id).family] = (fam[n.get(id).family] || 0) + 1;
        for (const id of b.edgeIndices) { const e = b.edges[id]; if (!e.connected) continue;
          for (const end of [e.fromId, e.toId]) efam[n.get(end).family] = (efam[n.get(end).family] || 0) + 1; }
        return {fam, efam, nodes: n.length, edges: aigov.edges.length, drawnEdges: b.edgeIndices.length}; }""")
    families = {d["family"] for _, d in g.nodes(data=True)}
    linked = {g.nodes[x]["family"] for u, v in g.edges() for x in (u, v)}
    assert families == {"Person", "Country", "Organisation", "Summit", "Initiative", "Place"}
    assert set(drawn["fam"]) == families and set(drawn["efam"]) == linked == families
    assert (drawn["nodes"], drawn["edges"], drawn["drawnEdges"]) == (len(g), g.number_of_edges(), g.number_of_edges())
    assert viewer.js("aigov.edges.get().every(e => e.arrows === 'to' && e.label)")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_viewer_browser_search_by_either_language(viewer, g, lang):
    node = both_labelled(g, "Summit")
    viewer.search(g.nodes[node][f"label_{lang}"])
    assert viewer.js("aigov.network.getSelectedNodes()") == [node]
    text = viewer.details()
    assert g.nodes[node]["label_ko"] in text and g.nodes[node]["label_en"] in text


def test_viewer_browser_search_by_variant(viewer, g):
    node, (lang, alt) = next((n, d["alt_labels"][0]) for n, d in g.nodes(data=True) if d["alt_labels"])
    viewer.page.type("#search", alt)
    assert node in viewer.js("[...document.querySelectorAll('#results li')].map(li => li.dataset.id)")


def test_viewer_browser_class_filter(viewer, g):
    persons = {n for n, d in g.nodes(data=True) if d["cls"] == "Person"}
    viewer.page.uncheck("#classes label[data-cls=Person] input")
    shown = viewer.visible_nodes()
    assert shown == set(g.nodes) - persons
    assert not any(e["from"] in persons or e["to"] in persons for e in viewer.js("aigov.edgeView.get()"))
    viewer.page.check("#classes label[data-cls=Person] input")
    assert viewer.visible_nodes() == set(g.nodes)


def test_viewer_browser_relation_and_document_filters(viewer, g):
    viewer.page.uncheck("#relations label[data-relation=attended] input")
    rels = {e["relation"] for e in viewer.js("aigov.edgeView.get()")}
    assert "attended" not in rels and rels == {d["relation"] for *_, d in g.edges(data=True)} - {"attended"}
    doc = sorted(g.graph["documents"])[-1]
    viewer.page.select_option("#document", doc)
    assert viewer.visible_nodes() == {n for n, d in g.nodes(data=True) if doc in d["documents"]}


def test_viewer_browser_neighbourhood(viewer, g):
    node = both_labelled(g, "Summit")
    viewer.search(g.nodes[node]["label_en"])
    viewer.page.check("#hood")
    assert viewer.visible_nodes() == {node} | set(g.successors(node)) | set(g.predecessors(node))
    viewer.page.uncheck("#hood")
    assert viewer.visible_nodes() == set(g.nodes)


def test_viewer_browser_edge_click_shows_evidence(viewer, g):
    candidates = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d["evidence"]]
    for u, v, k, d in candidates[:15]:
        edge_id = f"{u}|{k}|{v}"
        point = viewer.js("""id => { const n = aigov.network, e = n.body.edges[id], m = e.edgeType.getPoint(0.5);
            n.moveTo({position: m, scale: 1.5, animation: false}); n.unselectAll(); n.redraw();
            const p = n.canvasToDOM(e.edgeType.getPoint(0.5)), r = document.getElementById('net').getBoundingClientRect();
            return n.getNodeAt(p) ? null : [p.x + r.left, p.y + r.top]; }""", edge_id)
        if point is None:
            continue
        viewer.page.mouse.click(*point)
        if viewer.js("aigov.network.getSelectedEdges()") == [edge_id]:
            text = viewer.details()
            assert d["evidence"][0]["sentence"] in text and d["evidence"][0]["document"] in text
            return
    pytest.fail("no edge could be clicked on its own")


def test_viewer_browser_language_switch(viewer, g):
    node = both_labelled(g)
    label = "id => aigov.nodes.get(id).label"
    assert viewer.js(label, node) == g.nodes[node]["label_en"]
    viewer.page.check("input[name=lang][value=ko]")
    assert viewer.js(label, node) == g.nodes[node]["label_ko"]
    assert "참석" in viewer.js("aigov.edges.get().map(e => e.label)")
    viewer.page.check("input[name=lang][value=en]")
    assert viewer.js(label, node) == g.nodes[node]["label_en"]


def test_viewer_browser_screenshot(viewer, g, built):
    node = both_labelled(g, "Summit")
    viewer.search(g.nodes[node]["label_en"])
    main = max(nx.weakly_connected_components(g), key=len)  # the summit series and who met there
    viewer.js("ids => aigov.network.fit({nodes: ids, animation: false})", sorted(main))
    viewer.page.wait_for_timeout(200)
    targets = [built / "screenshot.png"]
    if os.environ.get("AIGOV_KG_UPDATE_SCREENSHOT"):      # refresh the README's picture on request only
        (ROOT / "docs").mkdir(exist_ok=True)
        targets.append(ROOT / "docs" / "screenshot.png")
    for target in targets:
        viewer.page.screenshot(path=str(target))
        assert target.stat().st_size > 20000


def test_viewer_browser_hostile_text_stays_text(browser, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = build(tmp_path / "out", src)
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = html.split('<script id="aigov-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003cscript\\u003ewindow.__pwned" in data and "<script>window" not in html
    g = graph_of(out)
    labels = {n: d["label_ko"] or d["label_en"] for n, d in g.nodes(data=True)}
    bad = {n: t for n, t in labels.items() if "<script>" in t or "<img" in t}
    assert len(bad) >= 2, labels
    v = Viewer(browser, out / "graph.html")
    try:
        for node, text in bad.items():
            assert v.js("id => aigov.nodes.get(id).label", node) == text
            v.js("id => aigov.focusNode(id)", node)
            assert v.page.inner_text("#details h2") == text
            pos = v.js("""id => { const n = aigov.network, p = n.canvasToDOM(n.getPositions([id])[id]),
                r = document.getElementById('net').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""", node)
            v.page.mouse.move(*pos)
            v.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
            assert text in v.page.inner_text("div.vis-tooltip")
            v.page.mouse.move(5, 5)
        v.page.fill("#search", "pwned")
        assert any("<script>" in t for t in v.js("[...document.querySelectorAll('#results li')].map(li => li.textContent)"))
        for u, w, k, d in g.edges(keys=True, data=True):
            v.js("id => aigov.network.emit('click', {nodes: [], edges: [id]})", f"{u}|{k}|{w}")
            assert d["evidence"][0]["sentence"] in v.details()
        assert v.js("document.querySelectorAll('body script').length") == 3
        assert v.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert v.js("typeof window.__pwned") == "undefined"
        assert (v.blocked, v.dialogs, v.errors) == ([], [], [])
    finally:
        v.context.close()
