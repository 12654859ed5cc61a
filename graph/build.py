"""The build: documents in, graph files out.  The CLI's build, add and remove all come here.

Every command that changes a graph folder holds a lock on it, so two commands never
interleave their writes; reads each file on its own, so one unreadable or crashing
document is skipped with its reason and never costs the others their results; and
writes in an order that survives being killed at any moment: new state files, then
the graph files (each replaced whole, see ``atomic``), then the manifest that commits
the change (see ``state``).  Running an interrupted command again finishes it.
"""
from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import gc
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract.documents import Document, default_corpus, expand_paths, read_document, shown
from extract.errors import AigovError, GraphError, InputError
from ontology import FAMILY
from queries.store import current_store

from . import state
from .atomic import TMP_PREFIX, TMP_SUFFIX, sweep
from .outputs import write_outputs


@dataclass
class Summary:
    documents: list[str]
    failed: list[tuple[str, str]]
    notes: list[str]
    entities: Counter
    facts: Counter
    written: list[Path]
    report: list[str] = field(default_factory=list)


def _check_out(out: Path) -> None:
    """Refuse a wrong --out before minutes of extraction, not after."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{shown(out)}: exists and is not a folder; choose another --out")


@contextlib.contextmanager
def _writing(out: Path, notes: list[str]):
    """Hold the folder's lock while a command writes into it; OS errors become one line.

    The lock is an advisory ``flock`` on the folder itself: the kernel drops it when the
    process dies however it dies, so a killed build never leaves the folder locked."""
    _check_out(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY)
    except OSError as exc:
        raise GraphError(f"{shown(out)}: cannot create or open the output folder ({exc.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GraphError(f"{shown(out)}: another aigov-kg command is writing here; wait for it to finish") \
                from None
        left = sweep(out) + sweep(out / state.STATE)
        if left:
            notes.append(f"cleared {len(left)} temporary file(s) left by an interrupted run")
        try:
            yield
        except OSError as exc:
            where = f" ({shown(exc.filename)})" if exc.filename else ""
            raise GraphError(f"{shown(out)}: cannot write the graph: {exc.strerror or exc}{where}; every file "
                             f"there is still whole and the previous documents are kept, fix this and run "
                             f"the command again") from None
    finally:
        os.close(fd)


@contextlib.contextmanager
def _no_cyclic_gc():
    """Python's cyclic garbage collector paused while a command holds the corpus in memory.

    Loading, resolving and writing make millions of objects that live until the command ends
    (extractions, the resolution, the named graphs' triples), and they hold no reference
    cycles, yet every full collection walks all of them again: a 1,000-document render ran
    14 full collections and took 28–30 s with them, 20–22 s without; loading its stored
    extractions took 5.6–6.0 s with them, 4.1–4.4 s without.  The one cyclic structure, the
    viewer's networkx graph, is collected by hand when it is let go (``outputs.write_outputs``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_documents(paths: list[Path], exclude: list[Path] | tuple = ()) \
        -> tuple[list[Document], list[tuple[str, str]], list[str]]:
    files, skipped = expand_paths(paths, exclude)
    docs, failed, notes = [], list(skipped), []
    used: set[str] = set()
    for f in files:
        try:
            d = read_document(f)
        except AigovError as exc:
            failed.append((str(f), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a reader bug must not cost the other files
            failed.append((str(f), f"{shown(f)}: could not be read ({exc.__class__.__name__}: "
                                   f"{str(exc)[:200]}); please report this file"))
            continue
        doc_id, n = d.doc_id, 2
        while doc_id in used:
            doc_id, n = f"{d.doc_id}-{n}", n + 1
        used.add(doc_id)
        if doc_id != d.doc_id:
            d = Document(doc_id, d.file_name, d.text, d.meta, d.sha256, d.encoding, d.notes)
        docs.append(d)
        notes.extend(d.notes)
    return docs, failed, notes


def extract_each(docs: list[Document], failed: list[tuple[str, str]]) -> list[tuple[Document, object]]:
    """Extractions of the documents that can be extracted; a document that crashes the
    extractor is listed in ``failed`` with the error, and the others keep their results.

    Documents go through in chunks (``extract.batch``); only a chunk that fails is run
    again document by document, to find the culprit."""
    from extract.batch import extract_chunks
    from extract.pipeline import extract_many
    pairs = []
    for part, result in extract_chunks(docs):
        if not isinstance(result, Exception):
            pairs += zip(part, result)
            continue
        for d in part:
            try:
                pairs.append((d, extract_many([d])[0]))
            except Exception as exc:  # noqa: BLE001 - reported per document
                failed.append((d.file_name, f"{d.file_name}: extraction failed ({exc.__class__.__name__}: "
                                            f"{str(exc)[:200]}); please report this file"))
    return pairs


def _swap_store(out: Path, staging: Path) -> None:
    """The store built in a hidden folder during the write takes ``out/store``'s place, so a
    killed run leaves no half-built store in sight (queries fall back to graph.trig whenever
    ``store`` is missing or older than it)."""
    retired = out / f"{TMP_PREFIX}store-old{TMP_SUFFIX}"
    final = out / "store"
    shutil.rmtree(retired, ignore_errors=True)
    if final.exists():
        os.replace(final, retired)
    os.replace(staging, final)
    os.utime(final)      # newer than graph.trig, which was finished while the store still loaded
    shutil.rmtree(retired, ignore_errors=True)
    for leftover in (out / "store.tmp", out / "store.old"):    # from runs before the hidden staging
        shutil.rmtree(leftover, ignore_errors=True)


def render(out: Path, pairs: list, failed, notes, overrides=None, html=True, reuse_store=False) -> Summary:
    """Resolve identity over all stored extractions and write every output file.

    ``reuse_store``: start the store from the folder's own and replace only the named graphs
    that changed (``add`` and ``remove``, which change few of them); a build loads it whole.

    ``pairs`` is emptied once identity is resolved, and the documents are kept without
    their text: the files are made from the resolution alone, and at 10,000 documents the
    extractions and texts hold about 1 GB that would otherwise stay beside the render's
    own peak (callers must not keep other references to the pairs)."""
    from .ids import load_ids, save_ids
    from .resolve import resolve
    docs = [dataclasses.replace(d, text="") for d, _ in pairs]
    extractions = [ex for _, ex in pairs]
    pairs.clear()
    res = resolve(extractions, {d.doc_id: d.meta.date for d in docs}, overrides, load_ids(out))
    del extractions
    staging = out / f"{TMP_PREFIX}store-new{TMP_SUFFIX}"
    written = write_outputs(res, docs, out, html, store_dir=staging,
                            store_base=current_store(out) if reuse_store else None)
    save_ids(out, res.ids)
    _swap_store(out, staging)
    ents = Counter(FAMILY.get(e.cls, e.cls) for e in res.entities.values())
    facts = Counter()
    for f in res.facts:
        facts[f.predicate] += 1
    return Summary([d.file_name for d in docs], failed, notes, ents, facts, written, res.ambiguous)


def _no_documents(what: str, failed: list[tuple[str, str]]) -> InputError:
    reasons = "; ".join(r for _, r in failed[:3]) + ("; …" if len(failed) > 3 else "")
    return InputError(what + (f" ({reasons})" if reasons else ""))


def build(paths: list[Path] | None, out: Path, overrides=None) -> Summary:
    _check_out(out)
    docs, failed, notes = read_documents(paths or default_corpus(), exclude=[out])
    pairs = extract_each(docs, failed)
    del docs                        # their texts: render keeps the documents without them
    if not pairs:
        raise _no_documents("no documents to build from", failed)
    with _writing(out, notes), _no_cyclic_gc():
        files = {d.doc_id: state.save(out, d, ex) for d, ex in pairs}
        summary = render(out, pairs, failed, notes, overrides)
        state.commit(out, files)
    return summary


def add(paths: list[Path], out: Path, overrides=None) -> Summary:
    notes: list[str] = []
    with _writing(out, notes), _no_cyclic_gc():
        committed = state.entries(out)
        existing = state.load_all(out)
        docs, failed, read_notes = read_documents(paths, exclude=[out])
        notes.extend(read_notes)
        if not docs:
            raise _no_documents("no documents to add", failed)
        known = {d.sha256: d.doc_id for d, _ in existing}
        ids = {d.doc_id for d, _ in existing}
        fresh = []
        for d in docs:
            if d.sha256 in known:
                notes.append(f"{d.file_name}: already in the graph as {known[d.sha256]}")
                continue
            known[d.sha256] = d.doc_id
            doc_id, n = d.doc_id, 2
            while doc_id in ids:
                doc_id, n = f"{d.doc_id}-{n}", n + 1
            ids.add(doc_id)
            fresh.append(Document(doc_id, d.file_name, d.text, d.meta, d.sha256, d.encoding, d.notes))
        pairs = extract_each(fresh, failed)
        if not pairs and not existing:
            raise _no_documents("no documents to add", failed)
        files = dict(committed)
        for d, ex in pairs:
            files[d.doc_id] = state.save(out, d, ex)
        everything = sorted(existing + pairs, key=lambda p: p[0].doc_id)
        del existing, pairs
        summary = render(out, everything, failed, notes, overrides, reuse_store=True)
        state.commit(out, files)
    return summary


def merge(shards: list[Path], out: Path, overrides=None) -> Summary:
    """One graph from the stored extractions of several builds, with identity resolved across them.

    Extraction is per document, so shards of a corpus can be built on separate machines; identity
    is not: two Hangul spellings of one foreign name, each in another shard, are one person only
    when both are resolved together.  Merging costs what ``add`` costs after its extraction
    (reading the states, resolving, writing), so the graph equals one build of the whole corpus."""
    _check_out(out)
    target = out.resolve()
    notes: list[str] = []
    pairs: list = []
    origin: dict[str, tuple[str, Path, Path]] = {}  # doc_id -> (text hash, shard, its state file there)
    for shard in shards:
        if shard.resolve() == target:
            raise InputError(f"{shown(shard)}: is the output folder too; merge into a new --out")
        committed = state.entries(shard)
        if not committed:
            raise InputError(f"{shown(shard)}: no built graph here (build the shard with `aigov-kg build` first)")
        for d, ex in state.load_all(shard):
            seen = origin.get(d.doc_id)
            if seen is None:
                origin[d.doc_id] = (d.sha256, shard, shard / state.STATE / committed[d.doc_id])
                pairs.append((d, ex))
            elif seen[0] == d.sha256:
                notes.append(f"{d.file_name}: in {shown(seen[1])} and {shown(shard)}; merged once")
            else:
                raise InputError(f"{d.doc_id}: two different documents of this name, in {shown(seen[1])} and "
                                 f"{shown(shard)}; rename one file and build its shard again")
    if not pairs:
        raise InputError("no documents to merge")
    pairs.sort(key=lambda p: p[0].doc_id)
    with _writing(out, notes), _no_cyclic_gc():
        files = {d.doc_id: state.copy(origin[d.doc_id][2], d, out) for d, _ in pairs}
        summary = render(out, pairs, [], notes, overrides)
        state.commit(out, files)
    return summary


def remove(names: list[str], out: Path, overrides=None) -> Summary:
    notes: list[str] = []
    if not state.entries(out):
        raise InputError(f"{shown(out)}: no built graph to remove from")
    with _writing(out, notes), _no_cyclic_gc():
        committed = state.entries(out)
        existing = state.load_all(out)
        gone = set()
        for name in names:
            hit = [d.doc_id for d, _ in existing if name in (d.doc_id, d.file_name, d.file_name.rsplit('.', 1)[0])]
            if not hit:
                raise InputError(f"{name}: no such document in {shown(out)} (see `aigov-kg query documents`)")
            gone.update(hit)
        pairs = [(d, ex) for d, ex in existing if d.doc_id not in gone]
        del existing
        if not pairs:
            raise InputError("removing these would leave an empty graph; delete the folder instead")
        notes.append(f"removed {', '.join(sorted(gone))}")
        summary = render(out, pairs, [], notes, overrides, reuse_store=True)
        state.commit(out, {k: v for k, v in committed.items() if k not in gone})
    return summary
