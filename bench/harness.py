"""The benchmark run: builds of synthetic corpora timed against bare Kiwi, with memory, CPU, cold start and add.

Every measured thing runs in its own subprocess, so its peak memory (``ru_maxrss``
from ``os.wait4``) and CPU time belong to it alone; the machine's per-core use comes
from /proc/stat deltas over the same interval and includes whatever else the machine
was doing, which is why the load average is printed too.  Inside a build the child
times the pipeline's stages by wrapping module functions (``STAGES``) and writes a
line as each stage ends, so a slow build says where its time went even when it is
stopped at the time limit.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("kiwipiepy", "kiwipiepy_model", "spacy", "rdflib", "pyoxigraph", "pyvis", "networkx", "pyshacl")
TARGETS = {"ratio": 0.5, "scale": 11.0, "rss_mb": 2048.0, "cold_build": 5.0, "cold_help": 0.5, "add": 2.0}


@dataclass
class Measure:
    """One subprocess: its wall time, resources, the machine's per-core use, and what it reported."""
    wall: float
    rc: int
    user: float = 0.0
    sys: float = 0.0
    maxrss_mb: float = 0.0
    core_busy: list[float] = field(default_factory=list)   # machine-wide, per core, 0..1
    report: dict = field(default_factory=dict)             # the child's last JSON line
    events: list[dict] = field(default_factory=list)       # the child's progress lines
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.rc == 0 and not self.timed_out


def _cpu_jiffies() -> list[tuple[int, int]]:
    """(busy, total) jiffies per core from /proc/stat; empty where there is no /proc."""
    out = []
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        if line.startswith("cpu") and line[3:4].isdigit():
            v = [int(x) for x in line.split()[1:9]]
            idle = v[3] + v[4]
            out.append((sum(v) - idle, sum(v)))
    return out


def run(cmd: list[str], timeout: float | None = None, report: Path | None = None) -> Measure:
    """Run ``cmd`` from the repository root; kill its process group after ``timeout`` seconds."""
    log = tempfile.TemporaryFile()
    before = _cpu_jiffies()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    killed = threading.Event()

    def kill():
        killed.set()
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if timer:
        timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    after = _cpu_jiffies()
    busy = [(b1 - b0) / (t1 - t0) if t1 > t0 else 0.0 for (b0, t0), (b1, t1) in zip(before, after)]
    m = Measure(wall, p.returncode, ru.ru_utime, ru.ru_stime, ru.ru_maxrss / 1024, busy, timed_out=killed.is_set())
    if report is not None and report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            try:
                m.events.append(json.loads(line))
            except ValueError:
                pass
        m.report = m.events[-1] if m.events and "done" in m.events[-1] else {}
    if not m.ok:
        log.seek(0)
        m.report.setdefault("log", log.read().decode("utf-8", "replace")[-2000:])
    log.close()
    return m


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def cli() -> tuple[list[str], str]:
    """How a user runs aigov-kg here: the installed console script, else ``python -m aigov_kg``."""
    script = shutil.which("aigov-kg") or (str(Path(sys.executable).with_name("aigov-kg"))
                                          if Path(sys.executable).with_name("aigov-kg").exists() else None)
    return ([script], "aigov-kg") if script else (python("-m", "aigov_kg"), "python -m aigov_kg")


def machine() -> list[str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for lib in LIBRARIES:
        try:
            versions.append(f"{lib} {metadata.version(lib)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{lib} (not installed)")
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
    return [f"CPU: {model or platform.processor() or 'unknown'}, {os.cpu_count()} cores ({usable} usable)",
            f"Memory: {mem or 'unknown'}",
            f"OS: {platform.platform()}",
            f"Python {platform.python_version()}; " + ", ".join(versions),
            f"Code: {commit.stdout.strip() or 'unknown'} (git describe)",
            "Load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg())]


# (module, function, label, major): functions wrapped in a build child to time its stages.
# Major stages write a progress line when they end; the others only add up.
STAGES = [
    ("graph.build", "read_documents", "read documents", True),
    ("graph.state", "load_all", "load stored extractions (add)", True),
    ("graph.build", "extract_each", "extract", True),
    ("extract.pipeline", "split_sentences", "  split sentences", False),
    ("extract.pipeline", "_docs", "  tokenise + mentions (Kiwi, spaCy)", True),
    ("extract.pipeline", "sentence_mentions", "    mention rules", False),
    ("extract.pipeline", "echo_people", "  echo people", False),
    ("extract.pipeline", "document_relations", "  relations", False),
    ("graph.state", "save", "save state JSON", False),
    ("graph.build", "render", "render", True),
    ("graph.resolve", "resolve", "  resolve identity", True),
    ("graph.rdf", "merged_triples", "  merged graph (graph.ttl) triples", True),
    ("graph.viewer", "page_graph", "  named graphs to graph.trig and the store, with the viewer", True),
    ("graph.viewer", "write_page", "  graph.html", True),
    ("graph.build", "write_outputs", "  write ttl/jsonld/trig/html and the store", True),
    ("queries.store", "StoreWriter.close", "    waiting for the store to finish loading", True),
    ("queries.store", "load_store_into", "  pyoxigraph store", True),
]
KIWI_LABEL = "    Kiwi (time waiting for it)"


# ---------------------------------------------------------------- parent side

@dataclass
class Size:
    n: int
    chars: int = 0
    builds: list[Measure] = field(default_factory=list)
    kiwis: list[Measure] = field(default_factory=list)
    note: str = ""

    def ok_builds(self) -> list[Measure]:
        return [b for b in self.builds if b.ok and b.report]


@dataclass
class Results:
    machine: list[str]
    repeat: int
    sizes: list[Size] = field(default_factory=list)
    cold_build: list[Measure] = field(default_factory=list)
    cold_help: list[Measure] = field(default_factory=list)
    cold_probe: Measure | None = None                     # one build of the sample corpus, stages timed
    adds: list[Measure] = field(default_factory=list)     # `aigov-kg add` of one document, whole command
    add_probes: list[Measure] = field(default_factory=list)   # the same through bench, stages timed
    add_size: int = 0
    others: dict[str, str] = field(default_factory=dict)
    cli: str = ""
    load_end: str = ""


def load_results(path: Path) -> Results:
    """Results saved by ``run`` (``results.json`` in its work folder), to print the tables again."""
    d = json.loads(path.read_text(encoding="utf-8"))
    ms = lambda xs: [Measure(**x) for x in xs]          # noqa: E731
    sizes = [Size(s["n"], s["chars"], ms(s["builds"]), ms(s["kiwis"]), s["note"]) for s in d.pop("sizes")]
    cold = Measure(**d.pop("cold_probe")) if d.get("cold_probe") else None
    return Results(**{**d, "sizes": sizes, "cold_probe": cold, "cold_build": ms(d["cold_build"]),
                      "cold_help": ms(d["cold_help"]), "adds": ms(d["adds"]), "add_probes": ms(d["add_probes"])})


def _say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _child(work: Path, *args: str, timeout: float | None = None) -> Measure:
    report = Path(tempfile.mkstemp(prefix="report-", suffix=".jsonl", dir=work)[1])
    m = run(python("-m", "bench", *args, "--report", str(report)), timeout, report)
    report.unlink(missing_ok=True)
    return m


def measure_all(sizes: list[int], repeat: int, seed: int, work: Path, timeout: float,
                profile: Path | None = None, others: bool = True, quick: bool = False) -> Results:
    res = Results(machine(), repeat)
    cmd, res.cli = cli()
    for r in range(repeat):
        _say(f"cold start {r + 1}/{repeat}")
        res.cold_help.append(run(cmd + ["--help"], 60))
        out = work / f"cold-{r}"
        res.cold_build.append(run(cmd + ["build", "--out", str(out)], timeout))
        shutil.rmtree(out, ignore_errors=True)
    res.cold_probe = _child(work, "_build", str(ROOT / "aigov_kg" / "corpus"), str(work / "cold-probe"),
                            timeout=timeout)
    shutil.rmtree(work / "cold-probe", ignore_errors=True)
    last_out = None
    for n in sorted(sizes):
        size = Size(n)
        res.sizes.append(size)
        if any(not s.ok_builds() for s in res.sizes[:-1]):
            size.note = "skipped: a smaller size did not finish"
            continue
        corpus = work / f"corpus-{n}"
        _say(f"{n} documents: writing the corpus")
        gen = run(python("-m", "bench", "corpus", "--n", str(n), "--seed", str(seed), "--out", str(corpus)))
        if not gen.ok:
            size.note = "corpus generation failed: " + gen.report.get("log", "")[-300:]
            continue
        size.chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
        for r in range(repeat):
            out = work / f"out-{n}-{r}"
            _say(f"{n} documents: build {r + 1}/{repeat}")
            args = ["_build", str(corpus), str(out)]
            if profile:
                profile.mkdir(parents=True, exist_ok=True)
                args += ["--profile", str(profile / f"build-{n}-{r}.prof")]
            b = _child(work, *args, timeout=timeout)
            size.builds.append(b)
            _say(f"{n} documents: build {r + 1}/{repeat}: {b.wall:.1f} s" + ("" if b.ok else " (did not finish)"))
            _say(f"{n} documents: bare Kiwi {r + 1}/{repeat}")
            size.kiwis.append(_child(work, "_kiwi", str(corpus), timeout=timeout))
            if not b.ok:
                size.note = (f"timed out after {timeout:.0f} s" if b.timed_out else f"build failed (exit {b.rc})")
                shutil.rmtree(out, ignore_errors=True)
                break
            if last_out is not None:
                shutil.rmtree(last_out, ignore_errors=True)
            last_out = out
            res.add_size = n
    if last_out is not None:
        docs = work / "add"
        run(python("-m", "bench", "corpus", "--n", str(2 * repeat), "--start", str(res.add_size), "--seed", str(seed),
                   "--out", str(docs)))
        new = sorted(docs.glob("*.txt"))
        for r in range(repeat):
            _say(f"add one document to the {res.add_size}-document graph {r + 1}/{repeat}")
            res.adds.append(run(cmd + ["add", str(new[2 * r]), "--graph", str(last_out)], timeout))
            res.add_probes.append(_child(work, "_add", str(new[2 * r + 1]), str(last_out), timeout=timeout))
    if others:
        res.others = other_benchmarks(repeat, quick)
    res.load_end = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return res


# the other benchmarks' arguments: runs as --repeat, and a smaller case for --quick
OTHER = {"query_bench": lambda repeat, quick: ["--runs", str(repeat), "--limit-s", "10"] + (["--triples", "100000"] if quick else []),
         "viewer_bench": lambda repeat, quick: ["--runs", str(repeat)] + (["--nodes", "1000"] if quick else [])}


def other_benchmarks(repeat: int, quick: bool, timeout: float = 7200) -> dict[str, str]:
    """bench/query_bench.py and bench/viewer_bench.py, when they exist: imported and their ``main`` called."""
    out = {}
    for name, argv in OTHER.items():
        if not (ROOT / "bench" / f"{name}.py").exists():
            out[name] = "not available (bench/{name}.py does not exist yet)".format(name=name)
            continue
        _say(f"{name}")
        code = ("import sys, importlib; m = importlib.import_module('bench.%s'); "
                "sys.exit(m.main(%r))" % (name, argv(repeat, quick)))
        try:
            log = subprocess.run(python("-c", code), cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            out[name] = f"stopped after {timeout:.0f} s"
            continue
        out[name] = (log.stdout.strip() + ("" if log.returncode == 0 else f"\n(exit {log.returncode}) "
                                           + log.stderr.strip()[-1500:]))
    return out


# ---------------------------------------------------------------- report

def _med(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def _n(x: float | None, fmt: str = ",.0f", unit: str = "") -> str:
    return "–" if x is None else f"{x:{fmt}}{unit}"


def _table(header: list[str], rows: list[list[str]], right: int = 1) -> list[str]:
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join(":---" if i < right else "---:" for i in range(len(header))) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("yes" if ok else "**no**")


def report(res: Results) -> str:
    """The Markdown the README's Performance section takes: machine, throughput, stages, single figures."""
    lines = ["### Machine", ""] + [f"- {m}" for m in res.machine] + [f"- Load average at end: {res.load_end}", ""]
    rows, figures = [], {}
    for s in res.sizes:
        ok = s.ok_builds()
        wall = _med([b.report["wall"] for b in ok])
        kiwi = _med([k.report["wall"] for k in s.kiwis if k.ok and k.report])
        stopped = [b for b in s.builds if b.timed_out]
        if not ok and stopped:      # bounds: it would have taken longer, and used at least this memory
            b = stopped[-1]
            rows.append([f"{s.n:,}", f"{s.chars:,}", f"> {b.wall:,.0f} (stopped)", f"< {s.n / b.wall:,.2f}",
                         f"< {s.chars / b.wall:,.0f}", _n(s.chars / kiwi if kiwi else None),
                         f"< {100 * kiwi / b.wall:.1f} %" if kiwi else "–", f"≥ {b.maxrss_mb:,.0f} MB",
                         _n(100 * (b.user + b.sys) / b.wall / (len(b.core_busy) or 1), ".0f", " %"),
                         " / ".join(_n(x * 100, ".0f") for x in b.core_busy) + " %", "–", "–", "–"])
            continue
        if not ok:
            rows.append([f"{s.n:,}", f"{s.chars:,}" if s.chars else "–", s.note or "–"] + ["–"] * 10)
            continue
        cores = len(ok[0].core_busy) or os.cpu_count() or 1
        cpu = _med([(b.user + b.sys) / b.wall / cores for b in ok])
        busy = [_med([b.core_busy[i] for b in ok if len(b.core_busy) > i]) for i in range(cores)]
        ents = ok[-1].report.get("entities", {})
        ratio = (s.chars / wall) / (s.chars / kiwi) if wall and kiwi else None
        figures[s.n] = {"wall": wall, "ratio": ratio, "rss": _med([b.maxrss_mb for b in ok])}
        rows.append([f"{s.n:,}", f"{s.chars:,}", _n(wall, ",.1f"), _n(s.n / wall, ",.1f"), _n(s.chars / wall),
                     _n(s.chars / kiwi if kiwi else None), _n(ratio * 100 if ratio else None, ".0f", " %"),
                     _n(figures[s.n]["rss"], ",.0f", " MB"), _n(cpu * 100, ".0f", " %"),
                     " / ".join(_n(x * 100, ".0f") for x in busy) + " %",
                     f"{sum(ents.values()):,}", f"{ents.get('Person', 0):,}", f"{ok[-1].report.get('facts', 0):,}"])
    lines += [f"### Build throughput (median of {res.repeat})", ""]
    lines += _table(["documents", "characters", "build s", "docs/s", "chars/s", "bare Kiwi chars/s", "build/Kiwi",
                     "peak RSS", "CPU per core", "machine busy per core", "entities", "people", "facts"], rows)
    notes = [f"{s.n:,} documents: {s.note}" for s in res.sizes if s.note]
    lines += [""] + [f"- {n}" for n in notes] + ([""] if notes else [])
    lines += _stages(res)
    lines += _figures(res, figures)
    for name, text in res.others.items():
        lines += ["", f"### {name}", ""]
        lines += ["```", text, "```"] if "\n" in text else [text]
    return "\n".join(lines) + "\n"


def _order(label: str) -> int:
    labels = [l for _, _, l, _ in STAGES]
    if label == KIWI_LABEL:
        return labels.index("  tokenise + mentions (Kiwi, spaCy)") * 2 + 1
    return labels.index(label) * 2 if label in labels else 999


def _stage_table(title: str, m: Measure) -> list[str]:
    """Where one measured child's time went; for a stopped child, as far as it got."""
    ends = [e for e in m.events if "stages" in e]
    if not ends:
        return []
    stages, memory = ends[-1]["stages"], ends[-1].get("memory", {})
    rep = m.report if "done" in m.report else {}
    wall = rep.get("wall") or m.wall
    if rep:
        how = "finished"
    else:
        running = [e["start"] for e in m.events if "start" in e][-1:]
        how = f"stopped at {m.wall:,.0f} s" + (f", inside {running[0].strip()}" if running else "")
    rows = [["import the pipeline's modules", _n(rep["imports"], ",.2f"), _n(100 * rep["imports"] / wall, ".0f", " %"),
             "", ""]] if rep else []
    for k, v in sorted(stages.items(), key=lambda kv: _order(kv[0])):
        label = k.lstrip(" ")
        label = "\u00a0" * 2 * (len(k) - len(label)) + label    # Markdown keeps no-break spaces in a cell
        now, peak = memory.get(k, (None, None))
        rows.append([label, _n(v, ",.2f"), _n(100 * v / wall, ".0f", " %"), _n(now, ",.0f"), _n(peak, ",.0f")])
    return ["", f"### Where the time goes: {title} ({how}; nested stages are indented)", ""] + \
        _table(["stage", "s", "share", "RSS at its end, MB", "peak RSS by its end, MB"], rows)


def _stages(res: Results) -> list[str]:
    out = []
    for s in reversed(res.sizes):
        runs = s.ok_builds() or [b for b in s.builds if b.events]
        if runs:
            out += _stage_table(f"build of {s.n:,} documents", runs[-1])
            break
    if res.add_probes:
        out += _stage_table(f"add one document to the {res.add_size:,}-document graph", res.add_probes[-1])
    if res.cold_probe is not None:
        out += _stage_table("build of the sample corpus", res.cold_probe)
    return out + [""]


def _figures(res: Results, figures: dict) -> list[str]:
    t = TARGETS
    help_s = _med([m.wall for m in res.cold_help if m.ok])
    build_s = _med([m.wall for m in res.cold_build if m.ok])
    add_s = _med([m.wall for m in res.adds if m.ok])
    add_call = _med([m.report["wall"] - m.report["imports"] for m in res.add_probes if m.ok and m.report])
    rows = [[f"cold start `{res.cli} build` (sample corpus), wall", _n(build_s, ".2f", " s"), f"< {t['cold_build']:g} s",
             _met(None if build_s is None else build_s < t["cold_build"])],
            [f"cold start `{res.cli} --help`, wall", _n(help_s, ".2f", " s"), f"< {t['cold_help']:g} s",
             _met(None if help_s is None else help_s < t["cold_help"])],
            [f"add one document to the {res.add_size:,}-document graph, whole command" if res.add_size else
             "add one document (no finished build to add to)",
             _n(add_s, ".2f", " s"), f"< {t['add']:g} s (at 10,000)",
             _met(None if add_s is None or res.add_size < 10000 else add_s < t["add"])],
            ["  of which the add() call (imports and start-up excluded)", _n(add_call, ".2f", " s"), "", ""]]
    ns = sorted(figures)
    if ns:
        big = ns[-1]
        ratio = figures[big]["ratio"]
        rows.append([f"build/Kiwi throughput at {big:,} documents", _n(ratio * 100 if ratio else None, ".0f", " %"),
                     f"≥ {t['ratio'] * 100:.0f} %", _met(None if ratio is None else ratio >= t["ratio"])])
        rss = figures[big]["rss"]
        rows.append([f"peak memory at {big:,} documents", _n(rss, ",.0f", " MB"), "< 2,048 MB (at 10,000)",
                     _met(rss < t["rss_mb"] if big >= 10000 else None)])
    for a, b in zip(ns, ns[1:]):
        k = figures[b]["wall"] / figures[a]["wall"]
        rows.append([f"time {b:,} / time {a:,} documents", _n(k, ".1f", "×"),
                     f"≤ {t['scale'] * (b / a) / 10:.3g}× for {b / a:.3g}× the documents",
                     _met(k <= t["scale"] * (b / a) / 10)])
    return ["### Single figures (median of %d)" % res.repeat, ""] + _table(["figure", "value", "target", "met"], rows)
