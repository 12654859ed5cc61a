"""How a corpus goes through extraction: in chunks of documents, on two processes when it is large.

Chunks bound memory (a chunk's spaCy docs are dropped once its extractions are made,
so a 10,000-document build holds extractions, not tokens).  Kiwi's own threads keep
both cores busy only while Kiwi runs; the rule code around it is Python and holds one
core, so a large corpus goes to a process pool instead, one Kiwi thread per process.
A small corpus stays in this process: starting workers and loading Kiwi in each costs
seconds.  Extraction of a document never depends on the others in its chunk, so the
result is the same whichever way it runs.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Iterator

from .documents import Document
from .model import Extraction

CHUNK_CHARS = 150_000     # text per chunk: large enough for Kiwi's batch, small enough for memory
POOL_CHARS = 2_000_000    # below this, worker start-up costs more than the second core saves


def chunks(documents: list[Document], size: int | None = None) -> list[list[Document]]:
    size = size or CHUNK_CHARS
    out: list[list[Document]] = [[]]
    chars = 0
    for d in documents:
        if out[-1] and chars + len(d.text) > size:
            out.append([])
            chars = 0
        out[-1].append(d)
        chars += len(d.text)
    return [c for c in out if c]


def _one_kiwi_thread() -> None:
    from . import korean
    korean.THREADS = 1


def _extract(docs: list[Document]) -> list[Extraction]:
    from .pipeline import extract_many
    return extract_many(docs)


def workers_for(documents: list[Document]) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 2) if sum(len(d.text) for d in documents) >= POOL_CHARS else 1


def extract_chunks(documents: list[Document], workers: int | None = None
                   ) -> Iterator[tuple[list[Document], list[Extraction] | Exception]]:
    """Each chunk of documents with its extractions, in document order; a chunk whose
    extraction raised comes with the exception instead, so the caller can retry its
    documents one by one and name the culprit."""
    parts = chunks(documents)
    workers = workers_for(documents) if workers is None else workers
    if workers <= 1 or len(parts) == 1:
        for part in parts:
            try:
                yield part, _extract(part)
            except Exception as exc:  # noqa: BLE001 - handed to the caller with its chunk
                yield part, exc
        return
    # spawn, not fork: the parent may already run Kiwi's threads, which fork does not copy safely
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_one_kiwi_thread) as pool:
        futures = [pool.submit(_extract, part) for part in parts]
        for part, fut in zip(parts, futures):
            try:
                yield part, fut.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker too: retried in this process
                yield part, exc
