"""extract.batch: a corpus in chunks, on a process pool when large, gives the same extractions."""
from __future__ import annotations

from pathlib import Path

from extract.batch import chunks, extract_chunks
from extract.documents import read_document

GENERAL = Path(__file__).parent / "corpus" / "general"


def _docs():
    return [read_document(p) for p in sorted(GENERAL.glob("*.txt"))]


def test_chunks_keep_document_order_and_bound_their_size():
    docs = _docs()
    parts = chunks(docs, size=3_000)
    assert [d.doc_id for p in parts for d in p] == [d.doc_id for d in docs]
    assert len(parts) > 1
    for p in parts:
        assert len(p) == 1 or sum(len(d.text) for d in p) <= 3_000


def test_a_process_pool_extracts_exactly_what_one_process_does(monkeypatch):
    import extract.batch as batch
    monkeypatch.setattr(batch, "CHUNK_CHARS", 3_000)      # several chunks over the two workers
    docs = _docs()
    alone = [(tuple(d.doc_id for d in p), r) for p, r in extract_chunks(docs, workers=1)]
    pooled = [(tuple(d.doc_id for d in p), r) for p, r in extract_chunks(docs, workers=2)]
    assert not any(isinstance(r, Exception) for _, r in alone + pooled)
    assert [ex for _, r in pooled for ex in r] == [ex for _, r in alone for ex in r]
    assert sum(len(ex.mentions) for _, r in pooled for ex in r) > 100
