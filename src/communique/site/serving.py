"""What the plugin keeps and puts off while `mkdocs serve` runs, so that a rebuild does
little more than what an edit changed. Nothing here runs under `mkdocs build`."""
from __future__ import annotations

import gc
import os
import tempfile
import threading
from pathlib import Path

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates kept in memory; Jinja checks each source's checksum."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket):
        self._code[bucket.key] = bucket.bytecode_to_string()


def share_compiled_templates(theme, cache: jinja2.BytecodeCache) -> None:
    """MkDocs makes new theme environments on every rebuild (and the search plugin one more
    for its translations): give each the compiled templates kept from the first build."""
    make_env = theme.get_env

    def get_env():
        env = make_env()
        env.bytecode_cache = cache
        return env

    theme.get_env = get_env


class IdleWork:
    """What a rebuild under `mkdocs serve` need not wait for, done shortly after it.

    Python's cycle collector: between rebuilds the process holds every record, page and kept
    output; each full collection during a rebuild walked all of them (a third of a --dirty
    rebuild). Shortly after a build one full collection frees the last build's garbage and
    freezes what is left, so the collections of the next rebuild only look at what it made.

    The last build's output: before a plain rebuild MkDocs empties the site folder, and on a
    busy disk removing some thousand folders took seconds. The plugin moves them aside into
    one hidden folder (MkDocs leaves hidden entries alone) and removes that here, a file at
    a time, pausing whenever a rebuild starts so that the two never compete for the disk."""

    DELAY = 0.5  # seconds after a build: the page is served by then

    def __init__(self):
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._aside: list[Path] = []
        self._building = threading.Event()

    def set_aside(self, site_dir: Path) -> None:
        """Move the site folder's visible entries into a hidden folder, removed later."""
        if not site_dir.is_dir():
            return
        aside = Path(tempfile.mkdtemp(prefix=".communique-old-", dir=site_dir))
        for entry in os.scandir(site_dir):
            if not entry.name.startswith("."):
                os.rename(entry.path, aside / entry.name)
        with self._lock:
            self._aside.append(aside)

    def after_build(self) -> None:
        self.cancel()
        self._building.clear()
        self._timer = threading.Timer(self.DELAY, self._work)
        self._timer.daemon = True
        self._timer.start()

    def before_build(self) -> None:
        self._building.set()  # removal stops at the next file; the build after this one resumes it
        self.cancel()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _work(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        with self._lock:
            aside = list(self._aside)
        for folder in aside:
            if not self._remove(folder):
                return
            with self._lock:
                self._aside.remove(folder)

    def _remove(self, folder: Path) -> bool:
        """Remove the folder bottom-up; False if a rebuild started before it was gone."""
        for root, dirs, files in os.walk(folder, topdown=False):
            for name in files:
                if self._building.is_set():
                    return False
                Path(root, name).unlink(missing_ok=True)
            try:
                os.rmdir(root)
            except OSError:  # a leftover: the next pass finds it again
                pass
        return not folder.exists()

    def stop(self) -> None:
        self.cancel()
        gc.unfreeze()
