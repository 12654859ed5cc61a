"""What a built graph folder remembers between runs: each document's metadata and extraction.

``add`` and ``remove`` re-resolve identity over the stored extractions instead of
re-reading every document, so adding one document costs its own morphology only,
and building document by document gives the same graph as building at once.
Stored as JSON (never pickle: a graph folder may come from someone else).

The documents a folder holds are the ones its manifest (``state/manifest.json``) lists.
A command writes the state files of new documents first (under new names, beside the
old ones), then the graph files, and replaces the manifest last, in one rename: that
is the moment the command takes effect.  A command killed before it leaves the folder
holding exactly what it held, so running the command again finishes the job; files no
manifest lists are deleted by the next command that commits.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import fields
from functools import cache
from pathlib import Path

from extract.documents import DocMeta, Document
from extract.errors import GraphError
from extract.model import Extraction, Mention, Relation
from extract.sentences import Sentence

from .atomic import sync_all, write_bytes, write_text

STATE = "state"
MANIFEST = "manifest.json"
FORMAT = 2   # 2: a relation names its ends by their place in "mentions" (1: a copy of each)
_LEGACY = re.compile(r"^[a-z0-9-]+\.json$")   # state files of folders built before manifests: DOC_ID.json


_INTERNED = ("cls", "method", "lang", "reference", "title_en", "title_ko")


def _mention(d: dict, doc_id: str) -> Mention:
    d = dict(d)
    if d["doc_id"] == doc_id:
        d["doc_id"] = doc_id
    for k in _INTERNED:
        d[k] = sys.intern(d[k])
    d["authority_ids"] = tuple(map(sys.intern, d["authority_ids"]))
    d["org_span"] = tuple(d["org_span"])
    return Mention(**d)


@cache
def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def asdict(x) -> dict:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies every value: ten times slower)."""
    return {n: getattr(x, n) for n in _names(type(x))}


def file_name(doc: Document) -> str:
    """The state file of one version of a document: a new text never overwrites a committed file."""
    return f"{doc.doc_id}.{doc.sha256[:12]}.json"


def save(out: Path, doc: Document, ex: Extraction) -> str:
    """Write a document's state; it belongs to the graph once a manifest listing it is committed
    (``commit`` makes the files durable first)."""
    # A relation's ends are nearly always the document's own mentions: named by their place
    # in the list, not copied (the copies were half of every file, and most of its load time).
    place = {}
    for i, m in enumerate(ex.mentions):
        place.setdefault(m, i)

    def end(m: Mention | None):
        if m is None:
            return None
        i = place.get(m)
        return i if i is not None else asdict(m)
    data = {
        "document": {"doc_id": doc.doc_id, "file_name": doc.file_name, "text": doc.text, "meta": asdict(doc.meta),
                     "sha256": doc.sha256, "encoding": doc.encoding},
        "mentions": [asdict(m) for m in ex.mentions],
        "relations": [{**asdict(r), "subject": end(r.subject), "object": end(r.object)} for r in ex.relations],
        "sentences": [asdict(s) for s in ex.sentences],
    }
    name = file_name(doc)
    write_text(out / STATE / name, json.dumps(data, ensure_ascii=False, sort_keys=True), sync=False)
    return name


def copy(source: Path, doc: Document, out: Path) -> str:
    """Another folder's state file of a document, as it is: merging shards re-reads no text."""
    name = file_name(doc)
    write_bytes(out / STATE / name, source.read_bytes(), sync=False)
    return name


def load(path: Path) -> tuple[Document, Extraction]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        d = data["document"]
        meta = d["meta"]
        meta["languages"] = tuple(meta["languages"])
        doc = Document(d["doc_id"], d["file_name"], d["text"], DocMeta(**meta), d["sha256"], d["encoding"])
        # One object per distinct value, as extraction made them: a relation's ends are the
        # document's own mentions, and class names, methods and languages are shared strings.
        # JSON gives every occurrence its own copy (2.8 GB instead of 1.1 GB at 10,000 documents).
        doc_id = doc.doc_id
        canon: dict[Mention, Mention] = {}

        def mention(m: dict) -> Mention:
            made = _mention(m, doc_id)
            return canon.setdefault(made, made)
        mentions = tuple(mention(m) for m in data["mentions"])

        def end(x) -> Mention | None:    # a place in the list (format 2) or a copy (format 1)
            if x is None:
                return None
            if type(x) is int:
                if not 0 <= x < len(mentions):
                    raise IndexError(x)
                return mentions[x]
            return mention(x)
        rels = []
        for r in data["relations"]:
            r = dict(r)
            r["subject"] = end(r["subject"])
            r["object"] = end(r["object"])
            r["relation"], r["method"] = sys.intern(r["relation"]), sys.intern(r["method"])
            r["extra"] = tuple((sys.intern(k), v) for k, v in r["extra"])
            rels.append(Relation(**r))
        ex = Extraction(doc_id, mentions, tuple(rels),
                        tuple(Sentence(**{**s, "doc_id": doc_id if s["doc_id"] == doc_id else s["doc_id"],
                                          "lang": sys.intern(s["lang"])})
                              for s in data["sentences"]))
        return doc, ex
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise GraphError(f"{path}: unreadable build state ({exc.__class__.__name__}); rebuild the graph") from None


def entries(out: Path) -> dict[str, str]:
    """The committed documents of a folder: doc_id → state file name (empty when none)."""
    folder = out / STATE
    manifest = folder / MANIFEST
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            docs = data["documents"]
            if not isinstance(docs, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                     and "/" not in v and v.endswith(".json")
                                                     for k, v in docs.items()):
                raise ValueError("documents")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GraphError(f"{manifest}: unreadable build state ({exc.__class__.__name__}); rebuild the graph") \
                from None
        return dict(sorted(docs.items()))
    if not folder.is_dir():
        return {}
    # a folder built before manifests existed: every DOC_ID.json is a committed document
    return {p.stem: p.name for p in sorted(folder.glob("*.json")) if _LEGACY.match(p.name) and p.name != MANIFEST}


def load_all(out: Path) -> list[tuple[Document, Extraction]]:
    pairs = []
    for doc_id, name in entries(out).items():
        path = out / STATE / name
        if not path.is_file():
            raise GraphError(f"{path}: missing build state for {doc_id}; rebuild the graph")
        pairs.append(load(path))
    return pairs


def removed(out: Path) -> list[str]:
    """Documents the folder's graph held once and holds no more (removed, or left out of a
    rebuild into the folder): ``push`` deletes their graphs from a store it filled before."""
    try:
        gone = json.loads((out / STATE / MANIFEST).read_text(encoding="utf-8")).get("removed", [])
    except (OSError, ValueError, AttributeError):
        return []                      # no manifest yet; an unreadable one is reported by entries()
    return sorted(g for g in gone if isinstance(g, str)) if isinstance(gone, list) else []


def commit(out: Path, docs: dict[str, str]) -> None:
    """Make ``docs`` (doc_id → state file) the folder's documents, then drop unlisted state files."""
    folder = out / STATE
    try:
        before = set(entries(out))
    except GraphError:
        before = set()
    gone = sorted((before | set(removed(out))) - set(docs))
    sync_all(folder / name for name in docs.values())   # the state files it lists, durable before it
    write_text(folder / MANIFEST, json.dumps({"format": FORMAT, "documents": dict(sorted(docs.items())),
                                              "removed": gone},
                                             ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    keep = set(docs.values()) | {MANIFEST}
    for p in folder.glob("*.json"):
        if p.name not in keep:
            try:
                p.unlink()
            except OSError:
                pass


def remove(out: Path, doc_id: str) -> bool:
    """Drop one committed document from the manifest (and its file)."""
    docs = entries(out)
    if doc_id not in docs:
        return False
    del docs[doc_id]
    commit(out, docs)
    return True
