"""The endpoint's query page: one self-contained HTML file, no CDN, so it works offline.

Result values are text from news articles, hence untrusted: the script builds every cell
with ``textContent`` (never innerHTML), and the server sends a Content-Security-Policy
that allows no other origin.  The stored competency queries are fetched from /queries
and become one-click examples (their buttons are in the HTML, so the page lists them even
before the script runs); a stored query runs through /queries/<name> with its
parameters, an edited one through /sparql.
"""

import html


def render(queries) -> str:
    """The page with one button per stored query (names and titles escaped)."""
    buttons = "".join(f'<button type="button" data-name="{html.escape(q.name)}" title="{html.escape(q.title)}">'
                      f"{html.escape(q.name)}</button>" for q in queries)
    return PAGE.replace("<!--examples-->", buttons)


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>aigov-kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{font:14px/1.4 system-ui,sans-serif;margin:1.2em;max-width:1200px}
 textarea{width:100%;height:16em;font:13px/1.35 ui-monospace,monospace}
 #examples button{margin:0 .3em .3em 0} table{border-collapse:collapse;margin-top:.8em}
 td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left} th{background:#f3f3f3}
 #status{margin:.6em 0;color:#555} #status.error{color:#b00} pre{background:#f7f7f7;padding:.6em;overflow:auto}
 label{margin-right:.8em} input{margin-left:.3em}
</style></head><body>
<h1>aigov-kg SPARQL endpoint</h1>
<p>Queries see all documents' graphs as one default graph. Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only).</p>
<div id="examples"><!--examples--></div>
<p id="question"></p>
<textarea id="query" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<div id="params"></div>
<p><label>label language <select id="lang"><option>en</option><option>ko</option></select></label>
<button id="run">Run</button></p>
<div id="status"></div><div id="out"></div>
<script>
"use strict";
let stored = null;
const $ = (id) => document.getElementById(id);
function el(tag, text) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
function status(text, isError) { $("status").textContent = text; $("status").className = isError ? "error" : ""; }
function exampleParams(example) {
  const out = {}; const re = /--param\\s+(?:"([^"]*)"|'([^']*)'|(\\S+))/g; let m;
  while ((m = re.exec(example)) !== null) {
    const pair = m[1] ?? m[2] ?? m[3]; const i = pair.indexOf("=");
    if (i > 0) out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}
function choose(q) {
  stored = q; $("query").value = q.text; $("question").textContent = q.question;
  const box = $("params"); box.replaceChildren(); const values = exampleParams(q.example);
  for (const p of q.params) {
    const label = el("label", p.name); const input = el("input"); input.name = p.name; input.size = 48;
    input.value = values[p.name] ?? ""; input.title = p.description; label.appendChild(input); box.appendChild(label);
  }
  const lang = /--lang\\s+(\\w+)/.exec(q.example); if (lang) $("lang").value = lang[1];
}
function cell(term) {
  const td = el("td", term ? term.value : "");
  if (term && term["xml:lang"]) td.lang = term["xml:lang"];
  return td;
}
function table(data) {
  if ("boolean" in data) return el("p", data.boolean ? "yes" : "no");
  const t = el("table"); const head = el("tr");
  for (const v of data.head.vars) head.appendChild(el("th", v));
  t.appendChild(head);
  for (const b of data.results.bindings) {
    const tr = el("tr"); for (const v of data.head.vars) tr.appendChild(cell(b[v])); t.appendChild(tr);
  }
  return t;
}
async function run() {
  const text = $("query").value; let resp;
  status("running…"); $("out").replaceChildren(); const started = performance.now();
  try {
    if (stored && text === stored.text) {
      const qs = new URLSearchParams({lang: $("lang").value});
      for (const input of $("params").querySelectorAll("input")) qs.set(input.name, input.value);
      resp = await fetch("/queries/" + encodeURIComponent(stored.name) + "?" + qs.toString());
    } else {
      resp = await fetch("/sparql", {method: "POST", body: new URLSearchParams({query: text}),
        headers: {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}});
    }
    const ms = Math.round(performance.now() - started);
    if (!resp.ok) { status(resp.status + ": " + (await resp.text()), true); return; }
    const type = resp.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      const data = await resp.json(); $("out").appendChild(table(data));
      status(("boolean" in data ? "answer" : data.results.bindings.length + " rows") + " in " + ms + " ms", false);
    } else { $("out").appendChild(el("pre", await resp.text())); status("graph in " + ms + " ms", false); }
  } catch (e) { status("request failed: " + e, true); }
}
$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
fetch("/queries").then((r) => r.json()).then((qs) => {
  const byName = new Map(qs.map((q) => [q.name, q]));
  for (const b of $("examples").querySelectorAll("button")) {
    const q = byName.get(b.dataset.name); if (q) b.addEventListener("click", () => choose(q));
  }
}).catch((e) => status("could not load the stored queries: " + e, true));
</script></body></html>
"""
