"""Kiwi loaded in a helper process while this one imports the rest, for commands on a few documents.

Kiwi needs about 3.5 s before its first answer (1.4 s to load its model, 2 s more to finish
its lazy initialisation on the first call) and holds the GIL the whole time, so loading it
on a thread overlaps nothing.  A build of a few documents spends about 2 s importing spaCy
and rdflib and preparing its pipeline before it first needs Kiwi.  A helper forked before
those imports loads Kiwi on the second core meanwhile, then answers ``tokenize`` over a
pipe.  Tokens cross as tuples of the four attributes the tokenizer reads (form, tag,
start, len): the same tokens Kiwi gives in this process, so the graph is the same.

Only for corpora that extraction runs in this process (``extract.batch``): a large corpus
goes to a process pool whose workers load Kiwi themselves.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import NamedTuple


class Token(NamedTuple):
    form: str
    tag: str
    start: int
    len: int


_conn = None   # this process's end of the pipe once a helper runs
_process = None


def _serve(conn, other_end, num_workers: int) -> None:
    other_end.close()                 # else the pipe stays open after the command closes its end
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)               # nor may it hold the command's output open: a caller reading
    os.dup2(devnull, 2)               # the output to its end would wait for the helper as well
    from kiwipiepy import Kiwi
    kiwi = Kiwi(num_workers=num_workers)
    kiwi.tokenize("")                 # finish Kiwi's lazy initialisation before the first request
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):   # the command is done (or gone)
            return
        try:
            out = [[(t.form, t.tag, t.start, t.len) for t in tokens] for tokens in kiwi.tokenize(texts)]
        except Exception as exc:  # noqa: BLE001 - raised again in the command's process
            conn.send(exc)
        else:
            conn.send(out)


def start(num_workers: int = 2) -> None:
    """Fork the helper now; call before spaCy or Kiwi are imported (no threads yet: fork is safe)."""
    global _conn, _process
    if _conn is not None:
        return
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:                 # no fork here (Windows): Kiwi loads in this process as before
        return
    mine, theirs = ctx.Pipe()
    _process = ctx.Process(target=_serve, args=(theirs, mine, num_workers), name="kiwi-helper", daemon=True)
    _process.start()
    theirs.close()
    _conn = mine


def stop() -> None:
    """End the helper now, without waiting for Kiwi to be torn down (it exits on its own
    when this process's end of the pipe closes; this is for a command that exits at once)."""
    if _process is not None and _process.is_alive():
        _process.kill()
        _process.join(1)               # reaped here, not left to init


def running() -> bool:
    return _conn is not None


class RemoteKiwi:
    """The part of Kiwi's interface the tokenizer uses, answered by the helper.

    A helper that is gone (killed, out of memory) is replaced by Kiwi in this process: the
    build is slower by Kiwi's load, not lost."""

    def __init__(self, num_workers: int = 2):
        self._num_workers = num_workers
        self._local = None

    def tokenize(self, text):
        single = isinstance(text, str)
        texts = [text] if single else list(text)
        if self._local is None:
            try:
                _conn.send(texts)
                out = _conn.recv()
            except (EOFError, OSError):
                from kiwipiepy import Kiwi
                self._local = Kiwi(num_workers=self._num_workers)
            else:
                if isinstance(out, BaseException):
                    raise out
                tokens = [[Token(*t) for t in sentence] for sentence in out]
                return tokens[0] if single else tokens
        return self._local.tokenize(text)


def start_for(paths, exclude=()) -> None:
    """Start the helper if these files will be extracted in this process: their size in
    bytes bounds their characters, so files under ``batch.POOL_CHARS`` bytes never go to
    the pool.  Unreadable paths start nothing; the command reports them."""
    from .batch import POOL_CHARS
    from .documents import expand_paths
    from .errors import InputError
    try:
        files, _ = expand_paths(list(paths), exclude)
        size = sum(f.stat().st_size for f in files)
    except (OSError, InputError):
        return
    if files and size < POOL_CHARS:
        start()
