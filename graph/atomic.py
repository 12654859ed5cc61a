"""Write files so that a reader never sees half of one: temporary file, fsync, rename.

A process killed mid-write (even by SIGKILL, which no handler sees) leaves the old file
in place, whole, plus a hidden temporary ``.NAME.XXXX.tmp`` beside it; ``sweep`` clears
those at the start of the next write into the folder.  New files get the permissions
any file the user creates gets (0666 less the umask), or keep those of the file they
replace, rather than ``mkstemp``'s owner-only 0600.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

TMP_PREFIX = "."
TMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot sync a directory; the rename is still atomic
        pass
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes, sync: bool = True) -> None:
    with atomic_file(path, sync) as f:
        f.write(data)


@contextmanager
def atomic_file(path: Path, sync: bool = True):
    """A binary file that appears at ``path`` whole when the block ends, or not at all
    (for output made piece by piece: a graph too large to hold as one string).

    ``sync=False`` leaves making it durable to the caller (``state`` writes a file per
    document and syncs them all at once before its commit: two fsyncs per file were about
    40 % of saving the state of 1,000 documents)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fchmod(f.fileno(), mode)
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if sync:
        _fsync_dir(path.parent)


def sync_all(paths) -> None:
    """Make files written with ``sync=False`` durable: one ``sync`` where the system has it."""
    if hasattr(os, "sync"):
        os.sync()           # waits for the writes on Linux; one call instead of two fsyncs a file
        return
    folders = set()
    for p in paths:
        with open(p, "rb+") as f:
            os.fsync(f.fileno())
        folders.add(Path(p).parent)
    for folder in folders:      # the renames that put them there
        _fsync_dir(folder)


def write_text(path: Path, text: str, sync: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), sync)


def is_temporary(name: str) -> bool:
    """A temporary file or folder of ours (``.graph.trig.k2j4x.tmp``), never a real output."""
    return name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX)


def sweep(folder: Path) -> list[Path]:
    """Remove temporaries a killed run left in ``folder``; call only while holding its lock."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for e in entries:
        if is_temporary(e.name):
            p = Path(e.path)
            try:
                if e.is_dir(follow_symlinks=False):
                    shutil.rmtree(p)
                else:
                    p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed
