"""One writer at a time on a data/ folder: an exclusive flock on data/.communique.lock.

Held by `communique extract` from reading the knowledge base to its last write, so two
runs (an editor's and a script's) never merge against a stale copy of the other's work.
Readers (check, the site) need no lock: every file is replaced atomically.
"""
from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no lock, as before
    fcntl = None

LOCK_NAME = ".communique.lock"


@contextlib.contextmanager
def writer_lock(data: Path):
    data = Path(data)
    if fcntl is None or not data.is_dir():
        yield
        return
    path = data / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for {path}: another communique extract is writing to {data}", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock, also when the process dies
