"""The ``aigov-kg`` command: a thin layer that wires library stages and turns errors into one line.

Heavy libraries (spaCy, Kiwi, rdflib, pyoxigraph) are imported inside the commands
that use them, so ``aigov-kg --help`` answers at once.  ``run`` is the process's entry
point and ``main`` the one code and tests call: only a whole process may fork a Kiwi
helper or skip the interpreter's teardown.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_OUT = Path("out")


def _print_summary(summary, out: Path, action: str) -> None:
    print(f"{action} {len(summary.documents)} document(s) into {out}/")
    print("entities:", ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items())) or "none")
    print("facts:   ", ", ".join(f"{k} {v}" for k, v in sorted(summary.facts.items())) or "none")
    for n in summary.notes:
        print(f"note: {n}")
    for path, reason in summary.failed:
        print(f"skipped: {reason}", file=sys.stderr)
    print("wrote:   ", ", ".join(str(p) for p in summary.written))


def _print_report(summary) -> None:
    print("\nfor a person to decide:" if summary.report else "\nnothing ambiguous to decide.")
    for line in summary.report:
        print(f"  {line}")


def cmd_build(args) -> int:
    if args.own_process:
        from extract import kiwi_helper
        from extract.documents import default_corpus
        kiwi_helper.start_for([Path(p) for p in args.paths] or default_corpus(), exclude=[Path(args.out)])
    from graph.build import build
    from graph.overrides import load_overrides
    summary = build([Path(p) for p in args.paths] or None, Path(args.out), load_overrides(args.overrides))
    _print_summary(summary, Path(args.out), "built")
    if args.report:
        _print_report(summary)
    return 1 if summary.failed else 0


def cmd_add(args) -> int:
    if args.own_process:
        from extract import kiwi_helper
        kiwi_helper.start_for([Path(p) for p in args.paths], exclude=[Path(args.graph)])
    from graph.build import add
    from graph.overrides import load_overrides
    summary = add([Path(p) for p in args.paths], Path(args.graph), load_overrides(args.overrides))
    _print_summary(summary, Path(args.graph), "graph now holds")
    return 1 if summary.failed else 0


def cmd_merge(args) -> int:
    from graph.build import merge
    from graph.overrides import load_overrides
    summary = merge([Path(p) for p in args.shards], Path(args.out), load_overrides(args.overrides))
    _print_summary(summary, Path(args.out), "merged")
    if args.report:
        _print_report(summary)
    return 0


def cmd_remove(args) -> int:
    from graph.build import remove
    from graph.overrides import load_overrides
    summary = remove(args.documents, Path(args.graph), load_overrides(args.overrides))
    _print_summary(summary, Path(args.graph), "graph now holds")
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    from extract.errors import QueryError
    out = {}
    for p in pairs:
        if "=" not in p:
            raise QueryError(f"--param takes NAME=VALUE, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


def cmd_query(args) -> int:
    from queries import get_query
    from queries.format import render
    from queries.run import run_query
    from queries.store import open_store
    query = get_query(args.query)
    store = open_store(Path(args.graph))
    result = run_query(store, query, _params(args.param), args.lang)
    print(render(result, args.format))
    return 0


def cmd_validate(args) -> int:
    from graph.validate import validate_dir
    ok, report = validate_dir(Path(args.graph))
    print(report)
    return 0 if ok else 1


def cmd_evaluate(args) -> int:
    from graph.evaluate import evaluate_dir, format_report
    scores = evaluate_dir(Path(args.gold), Path(args.graph))
    print(format_report(scores, args.details))
    return 0


def cmd_export(args) -> int:
    from graph.export import export
    for path in export(Path(args.graph), args.format, Path(args.output) if args.output else None):
        print(f"wrote {path}")
    return 0


def cmd_serve(args) -> int:
    from queries.serve import serve
    serve(Path(args.graph), host=args.host, port=args.port, timeout_s=args.timeout, max_results=args.max_results,
          allow_update=args.allow_update, store=args.store)
    return 0


def cmd_push(args) -> int:
    from queries.push import push
    report = push(Path(args.graph), args.endpoint, user=args.user, password=args.password, retries=args.retries,
                  documents=args.document or None, entities_graph=args.entities_graph)
    print(report.summary())
    return 0 if report.ok else 1


COMMANDS = {
    "build": (cmd_build, "Build the graph from documents (default: the shipped sample corpus)."),
    "add": (cmd_add, "Add documents to a built graph."),
    "remove": (cmd_remove, "Remove documents (by file name or id) from a built graph."),
    "merge": (cmd_merge, "Merge the builds of shards of a corpus into one graph, resolving identity across them."),
    "query": (cmd_query, "Run a stored competency query (by name) or a .rq file against a built graph."),
    "validate": (cmd_validate, "Check a built graph against the SHACL shapes."),
    "evaluate": (cmd_evaluate, "Compare a built graph with gold annotations: precision, recall, F1."),
    "export": (cmd_export, "Write the network for Gephi, Cytoscape or spreadsheets (GraphML, GEXF, CSV)."),
    "serve": (cmd_serve, "Serve the graph over the SPARQL 1.1 Protocol, with a query page."),
    "push": (cmd_push, "Load the graph into a SPARQL store over the Graph Store HTTP Protocol."),
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aigov-kg", description="Knowledge graphs of AI governance from Korean and English news.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if name == "build":
            sp.add_argument("paths", nargs="*", help="files or folders (.txt .md .html); default: the sample corpus")
            sp.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: out)")
            sp.add_argument("--report", action="store_true", help="list identity decisions left to a person")
            sp.add_argument("--overrides", help="TSV of manual merges and splits (see README)")
        elif name == "add":
            sp.add_argument("paths", nargs="+", help="files or folders to add")
        elif name == "remove":
            sp.add_argument("documents", nargs="+", help="document file names or ids")
        elif name == "merge":
            sp.add_argument("shards", nargs="+", help="built graph folders, one per shard of the corpus")
            sp.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: out)")
            sp.add_argument("--report", action="store_true", help="list identity decisions left to a person")
            sp.add_argument("--overrides", help="TSV of manual merges and splits (see README)")
        elif name == "query":
            sp.add_argument("query", help="stored query name (see README) or a .rq file")
            sp.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="query parameter")
            sp.add_argument("--format", choices=("table", "json", "csv", "tsv"), default="table")
            sp.add_argument("--lang", choices=("ko", "en"), default="en", help="label language")
        elif name == "export":
            sp.add_argument("--format", choices=("graphml", "gexf", "csv"), default="graphml")
            sp.add_argument("--output", help="file (graphml, gexf) or folder (csv); default: in the graph folder")
        elif name == "serve":
            sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
            sp.add_argument("--port", type=int, default=7878)
            sp.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default 10)")
            sp.add_argument("--max-results", type=int, default=10000, help="rows a query may return (default 10000)")
            sp.add_argument("--allow-update", action="store_true", help="accept SPARQL Update, LOAD and SERVICE")
            sp.add_argument("--store", choices=("auto", "memory", "disk"), default="auto",
                            help="where the query workers read the graph: memory (faster queries, slower start), "
                                 "disk (out/store), or auto: memory when graph.trig is at most 128 MB")
        elif name == "push":
            sp.add_argument("endpoint", help="Graph Store Protocol URL of the store (e.g. http://127.0.0.1:7879/store)")
            sp.add_argument("--user", help="user for HTTP basic authentication")
            sp.add_argument("--password", help="password (or set AIGOV_KG_PASSWORD)")
            sp.add_argument("--retries", type=int, default=3)
            sp.add_argument("--document", action="append", help="push only this document's graph (repeatable)")
            sp.add_argument("--entities-graph", help="name for this build's entities graph in the store (one per "
                                                     "shard when several builds share a store)")
        elif name == "evaluate":
            sp.add_argument("gold", help="folder of gold JSON files")
            sp.add_argument("--details", action="store_true", help="list every missed and spurious entity and fact")
        if name not in ("build", "merge"):
            sp.add_argument("--graph", default=str(DEFAULT_OUT), help="built graph folder (default: out)")
        if name in ("add", "remove"):
            sp.add_argument("--overrides", help="TSV of manual merges and splits")
    return p


def main(argv: list[str] | None = None, own_process: bool = False) -> int:
    args = parser().parse_args(argv)
    args.own_process = own_process
    if not args.command:
        parser().print_help()
        return 2
    from extract.errors import AigovError
    try:
        return COMMANDS[args.command][0](args)
    except AigovError as exc:
        print(f"aigov-kg: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("aigov-kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> None:
    """The console command: ``main`` as a whole process, which then ends at once.

    A build leaves spaCy, rdflib and its extractions behind, and the interpreter's teardown
    garbage-collects them: 0.45 s of a 5 s build of the sample corpus (perf: gc_collect_main
    after the last atexit handler).  Every output is written and closed by then, so the
    process flushes its streams, stops the Kiwi helper and exits without that teardown."""
    code = main(own_process=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):      # a closed pipe (`aigov-kg query ... | head`)
        pass
    helper = sys.modules.get("extract.kiwi_helper")
    if helper is not None:
        helper.stop()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
