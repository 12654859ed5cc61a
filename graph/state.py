"""What a built graph folder remembers between runs: each document's metadata and extraction.

``add`` and ``remove`` re-resolve identity over the stored extractions instead of
re-reading every document, so adding one document costs its own morphology only,
and building document by document gives the same graph as building at once.
Stored as JSON (never pickle: a graph folder may come from someone else).
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from extract.documents import DocMeta, Document
from extract.errors import GraphError
from extract.model import Extraction, Mention, Relation
from extract.sentences import Sentence

from .atomic import write_text

STATE = "state"


def _mention(d: dict) -> Mention:
    d = dict(d)
    d["authority_ids"] = tuple(d["authority_ids"])
    d["org_span"] = tuple(d["org_span"])
    return Mention(**d)


def save(out: Path, doc: Document, ex: Extraction) -> None:
    data = {
        "document": {"doc_id": doc.doc_id, "file_name": doc.file_name, "text": doc.text, "meta": asdict(doc.meta),
                     "sha256": doc.sha256, "encoding": doc.encoding},
        "mentions": [asdict(m) for m in ex.mentions],
        "relations": [{**asdict(r), "subject": asdict(r.subject),
                       "object": asdict(r.object) if r.object is not None else None} for r in ex.relations],
        "sentences": [asdict(s) for s in ex.sentences],
    }
    write_text(out / STATE / f"{doc.doc_id}.json", json.dumps(data, ensure_ascii=False, sort_keys=True))


def load(path: Path) -> tuple[Document, Extraction]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        d = data["document"]
        meta = d["meta"]
        meta["languages"] = tuple(meta["languages"])
        doc = Document(d["doc_id"], d["file_name"], d["text"], DocMeta(**meta), d["sha256"], d["encoding"])
        rels = []
        for r in data["relations"]:
            r = dict(r)
            r["subject"] = _mention(r["subject"])
            r["object"] = _mention(r["object"]) if r["object"] else None
            r["extra"] = tuple(tuple(x) for x in r["extra"])
            rels.append(Relation(**r))
        ex = Extraction(doc.doc_id, tuple(_mention(m) for m in data["mentions"]), tuple(rels),
                        tuple(Sentence(**s) for s in data["sentences"]))
        return doc, ex
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GraphError(f"{path}: unreadable build state ({exc.__class__.__name__}); rebuild the graph") from None


def load_all(out: Path) -> list[tuple[Document, Extraction]]:
    folder = out / STATE
    if not folder.is_dir():
        return []
    return [load(p) for p in sorted(folder.glob("*.json"))]


def remove(out: Path, doc_id: str) -> bool:
    p = out / STATE / f"{doc_id}.json"
    if p.exists():
        p.unlink()
        return True
    return False
