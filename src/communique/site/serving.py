"""What the plugin keeps and puts off while `mkdocs serve` runs, so that a rebuild does
little more than what an edit changed. Nothing here runs under `mkdocs build`."""
from __future__ import annotations

import gc
import os
import sys
import sysconfig
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


def share_compiled_templates(theme, cache: jinja2.BytecodeCache, listing: "ThemeListing | None" = None) -> None:
    """MkDocs makes new theme environments on every rebuild (and the search plugin one more
    for its translations): give each the compiled templates kept from the first build,
    and the list of the theme's files."""
    make_env = theme.get_env

    def get_env():
        env = make_env()
        env.bytecode_cache = cache
        if listing is not None:
            listing.install(env, theme)
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


class ThemeListing:
    """MkDocs lists every file of the theme on every build to find its static files (Material
    ships some 14,500, mostly icons: 0.2 s a rebuild). Folders of installed packages do not
    change while the server runs; they are listed once. Other theme folders (a site's
    `custom_dir`) are listed on every build, as before."""

    def __init__(self):
        self._listed: dict[str, list[str]] = {}  # installed folder -> its files
        self._kept: dict[tuple, list[str]] = {}  # (folders, filter) -> files the filter keeps

    def install(self, env: jinja2.Environment, theme) -> None:
        loader = env.loader
        if not isinstance(loader, jinja2.FileSystemLoader):
            return
        dirs = [str(d) for d in loader.searchpath]
        installed = tuple(d for d in dirs if _installed(d))
        own = [d for d in dirs if d not in installed]
        full = env.list_templates

        def list_templates(extensions=None, filter_func=None):
            if extensions is not None or filter_func is None:
                return full(extensions, filter_func)
            # The filter MkDocs passes depends on the theme's static_templates only.
            key = (installed, tuple(sorted(theme.static_templates)), filter_func.__code__)
            if key not in self._kept:
                names = set().union(*(self._listing(d) for d in installed))
                self._kept[key] = [n for n in names if filter_func(n)]
            names = set(self._kept[key])
            for d in own:
                names.update(n for n in jinja2.FileSystemLoader(d).list_templates() if filter_func(n))
            return sorted(names)

        env.list_templates = list_templates

    def _listing(self, folder: str) -> list[str]:
        if folder not in self._listed:
            self._listed[folder] = jinja2.FileSystemLoader(folder).list_templates()
        return self._listed[folder]


def _installed(folder: str) -> bool:
    path = Path(folder).resolve()
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")} | {sys.prefix, sys.base_prefix}
    return any(path.is_relative_to(Path(r).resolve()) for r in roots if r)


class SplitObserver:
    """MkDocs' server polls the watched paths every half second (0.3-0.5 s from a save to the
    rebuild). Folders are watched through the system's file events instead (inotify), which
    arrive at once and cost nothing while nothing changes; single files (mkdocs.yml) stay
    polled, since editors save them by replacing the file, which a file watch loses."""

    def __init__(self, native, polling):
        self.native, self.polling = native, polling

    def schedule(self, handler, path, recursive=False, **kw):
        if os.path.isdir(path):
            return self.native, self.native.schedule(_Changes(handler), path, recursive=recursive, **kw)
        return self.polling, self.polling.schedule(handler, path, recursive=recursive, **kw)

    def unschedule(self, watch) -> None:
        observer, w = watch
        observer.unschedule(w)

    def start(self) -> None:
        self.native.start()
        self.polling.start()

    def stop(self) -> None:
        self.native.stop()
        self.polling.stop()

    def join(self, timeout=None) -> None:
        self.native.join(timeout)
        self.polling.join(timeout)

    def is_alive(self) -> bool:
        return self.native.is_alive() or self.polling.is_alive()


class _Changes:
    """Passes on the events polling would see (a file created, changed, removed, moved), not
    a file opened or closed unchanged: the build reads files, and each read would call for
    another rebuild."""

    KINDS = frozenset({"created", "modified", "deleted", "moved"})

    def __init__(self, handler):
        self.handler = handler

    def dispatch(self, event) -> None:
        if event.event_type in self.KINDS:
            self.handler.dispatch(event)


def _inotify_works() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = libc.inotify_init1(0)
    except (OSError, AttributeError):
        return False
    if fd < 0:  # no instances left
        return False
    os.close(fd)
    return True


def watch_with_file_events(server, paths: list[str]) -> bool:
    """Move the server's watches to a SplitObserver before it starts. paths: those MkDocs may
    have watched already (docs_dir, the config file, theme folders). False, and nothing
    changed, where the system has no file events to offer (not Linux, or no inotify left)."""
    if not _inotify_works():
        return False
    from watchdog.observers.inotify import InotifyObserver

    watched = []
    for p in dict.fromkeys(os.path.abspath(p) for p in paths if p):
        try:
            server.unwatch(p)
        except KeyError:  # not watched (theme folders without --watch-theme)
            continue
        watched.append(p)
    server.observer = SplitObserver(InotifyObserver(), server.observer)
    for p in watched:
        server.watch(p)
    return True
