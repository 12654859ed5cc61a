"""``python -m bench``: write a synthetic corpus, or run the benchmark and print its Markdown tables.

    python -m bench corpus --n 1000 --seed 1 --out DIR
    python -m bench run [--sizes 100,1000,10000] [--repeat 3] [--quick]
    python -m bench report WORKDIR/results.json

The subcommands starting with ``_`` are the measured children the run starts (one
build, bare Kiwi, one add); they time the pipeline's stages by wrapping module
functions (``harness.STAGES``) and append JSON lines to the report file the parent reads.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from .harness import KIWI_LABEL, STAGES

class _Probe:
    def __init__(self, path: Path):
        self.path = path
        self.t0 = time.perf_counter()
        self.totals: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.memory: dict[str, tuple[float, float]] = {}   # major stage -> (RSS, peak RSS so far) at its end, MB

    @staticmethod
    def rss() -> tuple[float, float]:
        """This process's resident memory now and its peak so far (MB), from /proc/self/status."""
        now = peak = 0.0
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    now = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        except OSError:
            pass
        return now, peak

    def emit(self, **data) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"t": round(time.perf_counter() - self.t0, 3), **data}) + "\n")

    def add(self, label: str, dt: float) -> None:
        self.totals[label] = self.totals.get(label, 0.0) + dt
        self.calls[label] = self.calls.get(label, 0) + 1

    def wrap(self, module, name: str, label: str, major: bool) -> None:
        while "." in name:                      # a method: Class.method
            owner, name = name.split(".", 1)
            module = getattr(module, owner, None)
        fn = getattr(module, name, None)
        if fn is None or getattr(fn, "_bench_wrapped", False):
            return

        def timed(*a, **kw):
            if major:
                self.emit(start=label)
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.add(label, time.perf_counter() - t)
                if major:
                    self.memory[label] = self.rss()
                    self.emit(end=label, stages=self.totals, memory=self.memory)
        timed._bench_wrapped = True
        setattr(module, name, timed)

    def wrap_kiwi(self) -> None:
        """Time spent inside Kiwi, including waits on its worker threads, without changing how it is called."""
        import extract.korean as korean
        real = korean.kiwi
        probe = self

        class Timed:
            def __init__(self, k):
                self._k = k

            def __getattr__(self, name):
                return getattr(self._k, name)

            def tokenize(self, *a, **kw):
                t = time.perf_counter()
                r = self._k.tokenize(*a, **kw)
                probe.add(KIWI_LABEL, time.perf_counter() - t)
                return r if isinstance(r, list) else probe._timed_iter(r)

        korean.kiwi = lambda *a, **kw: Timed(real(*a, **kw))

    def _timed_iter(self, it):
        it = iter(it)
        while True:
            t = time.perf_counter()
            try:
                x = next(it)
            except StopIteration:
                self.add(KIWI_LABEL, time.perf_counter() - t)
                return
            self.add(KIWI_LABEL, time.perf_counter() - t)
            yield x


def _probe(report: Path) -> _Probe:
    import importlib
    probe = _Probe(report)
    for mod, name, label, major in STAGES:
        try:
            probe.wrap(importlib.import_module(mod), name, label, major)
        except ImportError:
            pass
    probe.wrap_kiwi()
    return probe


def _run_probed(t0: float, report: Path, fn, profile: Path | None = None):
    """``fn()`` with the stages timed: (probe, result, seconds importing since ``t0``, seconds in fn)."""
    probe = _probe(report)      # imports every module the build would import on its way
    imports = time.perf_counter() - t0
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t = time.perf_counter()
    result = fn()
    call = time.perf_counter() - t
    if prof:
        prof.disable()
        prof.dump_stats(str(profile))
    return probe, result, imports, call


def child_build(corpus: Path, out: Path, report: Path, profile: Path | None = None) -> None:
    """One build; its wall time counts importing the pipeline (as a user's build does) but not Python's start."""
    t0 = time.perf_counter()
    from graph.build import build
    probe, summary, imports, call = _run_probed(t0, report, lambda: build([corpus], out), profile)
    probe.emit(done="build", wall=imports + call, imports=imports, stages=probe.totals, calls=probe.calls,
               memory=probe.memory,
               documents=len(summary.documents), failed=len(summary.failed),
               entities=dict(summary.entities), facts=sum(summary.facts.values()))


def child_add(doc: Path, out: Path, report: Path) -> None:
    t0 = time.perf_counter()
    from graph.build import add
    probe, summary, imports, call = _run_probed(t0, report, lambda: add([doc], out))
    probe.emit(done="add", wall=imports + call, imports=imports, stages=probe.totals, calls=probe.calls,
               memory=probe.memory,
               documents=len(summary.documents))


def child_kiwi(corpus: Path, report: Path) -> None:
    """Bare Kiwi over the same sentences the build splits, in one batch, as extract/korean.py calls it."""
    from extract.documents import expand_paths, read_document
    from extract.sentences import split_sentences
    texts = [s.text for f in expand_paths([corpus])[0] for s in split_sentences(read_document(f))]
    t = time.perf_counter()
    from kiwipiepy import Kiwi
    k = Kiwi(num_workers=2)
    load = time.perf_counter() - t
    t = time.perf_counter()
    tokens = sum(len(r) for r in k.tokenize(texts))
    wall = time.perf_counter() - t
    with report.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"done": "kiwi", "load": load, "wall": wall, "sentences": len(texts),
                            "tokens": tokens}) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    c = sub.add_parser("corpus", help="write N synthetic documents of the sample's genre as .txt files")
    c.add_argument("--n", type=int, required=True, help="number of documents")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--start", type=int, default=0, help="index of the first document (default 0)")
    c.add_argument("--out", required=True, help="folder to write into (its older bench-*.txt files are removed)")
    r = sub.add_parser("run", help="run the benchmark and print Markdown tables")
    r.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated (default 100,1000,10000)")
    r.add_argument("--repeat", type=int, default=3, help="runs per measurement; medians are reported (default 3)")
    r.add_argument("--quick", action="store_true", help="smoke run: sizes 20,100, one repeat")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--timeout", type=float, default=7200, help="seconds one build may take (default 7200)")
    r.add_argument("--workdir", help="folder for corpora and graphs (default: a temporary folder, removed)")
    r.add_argument("--profile", help="write a cProfile file of every build into this folder")
    r.add_argument("--no-others", action="store_true", help="skip bench/query_bench.py and bench/viewer_bench.py")
    r.add_argument("--out", help="also write the Markdown to this file")
    rp = sub.add_parser("report", help="print the tables of a saved run again (results.json in its --workdir)")
    rp.add_argument("results")
    for name, args in (("_build", ("corpus", "out")), ("_add", ("doc", "out")), ("_kiwi", ("corpus",))):
        h = sub.add_parser(name)
        for a in args:
            h.add_argument(a)
        h.add_argument("--report", required=True)
        if name == "_build":
            h.add_argument("--profile")
    args = p.parse_args(argv)

    if args.command == "corpus":
        from .corpus import write_corpus
        t = time.perf_counter()
        paths = write_corpus(args.n, args.seed, Path(args.out), args.start)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"wrote {len(paths):,} documents ({chars:,} characters) to {args.out} in {time.perf_counter() - t:.1f} s")
        return 0
    if args.command == "_build":
        child_build(Path(args.corpus), Path(args.out), Path(args.report), Path(args.profile) if args.profile else None)
        return 0
    if args.command == "_add":
        child_add(Path(args.doc), Path(args.out), Path(args.report))
        return 0
    if args.command == "_kiwi":
        child_kiwi(Path(args.corpus), Path(args.report))
        return 0

    from .harness import load_results, measure_all, report
    if args.command == "report":
        print(report(load_results(Path(args.results))))
        return 0
    sizes = [20, 100] if args.quick else [int(x.replace("_", "")) for x in args.sizes.split(",") if x.strip()]
    repeat = 1 if args.quick else args.repeat
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="aigov-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        res = measure_all(sizes, repeat, args.seed, work, args.timeout, Path(args.profile) if args.profile else None,
                          others=not args.no_others, quick=args.quick)
        (work / "results.json").write_text(json.dumps(asdict(res), indent=1, default=str), encoding="utf-8")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    text = report(res)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
