"""The build: documents in, graph files out.  The CLI's build, add and remove all come here."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract.documents import Document, default_corpus, expand_paths, read_document
from extract.errors import InputError
from ontology import FAMILY

from . import state
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


def read_documents(paths: list[Path]) -> tuple[list[Document], list[tuple[str, str]], list[str]]:
    files, skipped = expand_paths(paths)
    docs, failed, notes = [], list(skipped), []
    used: set[str] = set()
    for f in files:
        try:
            d = read_document(f)
        except InputError as exc:
            failed.append((str(f), str(exc)))
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


def render(out: Path, pairs, failed, notes, overrides=None, html=True) -> Summary:
    """Resolve identity over all stored extractions and write every output file."""
    from .rdf import build_dataset
    from .resolve import resolve
    from queries.store import load_store_into
    docs = [d for d, _ in pairs]
    from .ids import load_ids, save_ids
    res = resolve([ex for _, ex in pairs], {d.doc_id: d.meta.date for d in docs}, overrides, load_ids(out))
    ds = build_dataset(res, docs)
    page = None
    if html:
        from .viewer import render_html
        page = render_html(ds)
    written = write_outputs(ds, out, page)
    save_ids(out, res.ids)
    load_store_into(out)
    ents = Counter(FAMILY.get(e.cls, e.cls) for e in res.entities.values())
    facts = Counter()
    for f in res.facts:
        facts[f.predicate] += 1
    return Summary([d.file_name for d in docs], failed, notes, ents, facts, written, res.ambiguous)


def build(paths: list[Path] | None, out: Path, overrides=None) -> Summary:
    from extract.pipeline import extract_many
    docs, failed, notes = read_documents(paths or default_corpus())
    if not docs:
        reasons = "; ".join(r for _, r in failed[:3])
        raise InputError("no documents to build from" + (f" ({reasons})" if reasons else ""))
    extractions = extract_many(docs)
    out.mkdir(parents=True, exist_ok=True)
    old = {p.stem for p in (out / state.STATE).glob("*.json")} if (out / state.STATE).is_dir() else set()
    for d, ex in zip(docs, extractions):
        state.save(out, d, ex)
    for stale in sorted(old - {d.doc_id for d in docs}):
        state.remove(out, stale)
    return render(out, list(zip(docs, extractions)), failed, notes, overrides)


def add(paths: list[Path], out: Path, overrides=None) -> Summary:
    from extract.pipeline import extract_many
    existing = state.load_all(out)
    docs, failed, notes = read_documents(paths)
    if not docs:
        raise InputError("no documents to add" + (f" ({failed[0][1]})" if failed else ""))
    known = {d.sha256: d.doc_id for d, _ in existing}
    ids = {d.doc_id for d, _ in existing}
    fresh = []
    for d in docs:
        if d.sha256 in known:
            notes.append(f"{d.file_name}: already in the graph as {known[d.sha256]}")
            continue
        doc_id, n = d.doc_id, 2
        while doc_id in ids:
            doc_id, n = f"{d.doc_id}-{n}", n + 1
        ids.add(doc_id)
        fresh.append(Document(doc_id, d.file_name, d.text, d.meta, d.sha256, d.encoding, d.notes))
    extractions = extract_many(fresh) if fresh else []
    for d, ex in zip(fresh, extractions):
        state.save(out, d, ex)
    pairs = sorted(existing + list(zip(fresh, extractions)), key=lambda p: p[0].doc_id)
    return render(out, pairs, failed, notes, overrides)


def remove(names: list[str], out: Path, overrides=None) -> Summary:
    existing = state.load_all(out)
    if not existing:
        raise InputError(f"{out}: no built graph to remove from")
    gone, notes = set(), []
    for name in names:
        hit = [d.doc_id for d, _ in existing if name in (d.doc_id, d.file_name, d.file_name.rsplit('.', 1)[0])]
        if not hit:
            raise InputError(f"{name}: no such document in {out} (see `aigov-kg query documents`)")
        gone.update(hit)
    for doc_id in sorted(gone):
        state.remove(out, doc_id)
    pairs = [(d, ex) for d, ex in existing if d.doc_id not in gone]
    if not pairs:
        raise InputError("removing these would leave an empty graph; delete the folder instead")
    notes.append(f"removed {', '.join(sorted(gone))}")
    return render(out, pairs, [], notes, overrides)
