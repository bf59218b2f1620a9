"""Read the data/ tree into records, collecting every problem with its file and line."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model import KINDS, SLUG_RE, SourceMeta
from . import yamlio

MAX_RECORD_BYTES = 2_000_000
MAX_SOURCE_BYTES = 5_000_000
SOURCE_SUFFIXES = (".md", ".txt")
RECORD_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Source:
    id: str
    path: Path
    meta: SourceMeta
    text: str  # the body: evidence offsets count from its first character
    body_line: int  # line of the file where the body starts


@dataclass
class Loaded:
    """One record file: the validated record, and the line of every key in it."""

    record: BaseModel
    path: Path
    lines: dict[tuple, int]


@dataclass
class Tree:
    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    records: dict[str, dict[str, Loaded]] = field(default_factory=dict)  # kind -> id -> Loaded
    problems: list[Problem] = field(default_factory=list)
    broken_sources: set[str] = field(default_factory=set)  # present but unreadable
    # kind -> ids of record files that exist but did not load: references to them are not
    # reported as unknown too (one broken file, one error).
    broken: dict[str, set[str]] = field(default_factory=dict)

    def rel(self, path: Path) -> str:
        # Paths are shown as the user named the data folder: `check data` gives data/...
        return str(path)

    def problem(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(self.rel(path), line, message))


def read_text(tree: Tree, path: Path, limit: int) -> str | None:
    """Bytes to text, refusing what cannot be a record or a release."""
    if path.is_symlink() and tree.root.resolve() not in path.resolve().parents:
        tree.problem(path, 1, "symbolic link to a file outside the data folder")
        return None
    try:
        size = path.stat().st_size
        if size > limit:
            tree.problem(path, 1, f"file is {size:,} bytes; the limit is {limit:,}")
            return None
        raw = path.read_bytes()
    except OSError as exc:
        tree.problem(path, 1, f"cannot read file: {exc.strerror}")
        return None
    if b"\x00" in raw:
        tree.problem(path, raw[: raw.index(b"\x00")].count(b"\n") + 1, "binary file (NUL byte)")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        tree.problem(path, line, f"not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        tree.problem(path, 1, "file is empty")
        return None
    return text


def format_loc(loc: tuple) -> str:
    """('events', 0, 'date') -> 'events[0].date', as messages name a key."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_problems(exc: ValidationError, lines: dict[tuple, int]) -> list[tuple[int, str]]:
    """Pydantic errors as (line, message), in words an editor understands."""
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if p not in ("function-after", "function-before"))
        where = format_loc(loc)
        kind = err["type"]
        if kind == "extra_forbidden":
            msg = f"unknown key {where!r}"
        elif kind == "missing":
            msg = f"missing required key {where!r}"
        else:
            text = err["msg"].removeprefix("Value error, ")
            msg = f"{where}: {text}" if where else text
        out.append((yamlio.line_for(lines, loc), msg))
    return out


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, line of the body). The body is kept byte for byte."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return None, text, 1
    pos = text.index("\n") + 1
    line = 2
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        if text[pos:end].rstrip("\r") == "---":
            body_start = len(text) if nl == -1 else nl + 1
            return text[text.index("\n") + 1 : pos], text[body_start:], line + 1
        pos = end + 1
        line += 1
    return None, text, 1  # no closing fence: treat the whole file as text


class FileCache:
    """What reading each file gave, kept while the file's (mtime, ctime, size, inode) is unchanged:
    under `mkdocs serve` a rebuild parses and validates only the files an edit touched.
    Checks across files are not cached: they run on every load."""

    def __init__(self, racy_seconds: float = 2.0):
        # A file changed this recently may change again within its timestamps' resolution
        # without a visible difference: it is read again next time (git's "racy" entries).
        self.racy_ns = int(racy_seconds * 1e9)
        self._files: dict[Path, tuple[tuple, object]] = {}
        self._seen: set[Path] = set()
        self.read = 0  # files read (not found unchanged) by the last load

    def through(self, path: Path, read):
        self._seen.add(path)
        try:  # a symbolic link is read every time: its target may change under the same stamp
            st = None if os.path.islink(path) else os.stat(path)
        except OSError:
            st = None
        # The change time cannot be set back (a tool restoring mtime still moves it).
        stamp = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino) if st else None
        hit = self._files.get(path)
        if stamp is not None and hit is not None and hit[0] == stamp:
            return hit[1]
        self.read += 1
        result = read()
        if stamp is not None and time.time_ns() - max(stamp[:2]) >= self.racy_ns:
            self._files[path] = (stamp, result)
        else:
            self._files.pop(path, None)
        return result

    def start(self) -> None:
        self._seen, self.read = set(), 0

    def finish(self) -> None:
        """Forget files the last load did not meet (deleted or renamed)."""
        self._files = {p: v for p, v in self._files.items() if p in self._seen}


def _read(cache: FileCache | None, path: Path, read):
    return cache.through(path, read) if cache is not None else read()


def load_source(tree: Tree, path: Path, cache: FileCache | None = None) -> None:
    sid = path.stem
    source, problems = _read(cache, path, lambda: _read_source(tree.root, path))
    tree.problems.extend(problems)
    if not SLUG_RE.match(sid):
        return
    if source is not None and sid in tree.sources:
        tree.problem(path, 1, f"duplicate source id {sid!r} (also {tree.rel(tree.sources[sid].path)})")
        source = None
    if source is None:
        tree.broken_sources.add(sid)
        return
    tree.sources[sid] = source


def _read_source(root: Path, path: Path) -> tuple[Source | None, list[Problem]]:
    """One source file on its own: the source, or the problems that kept it out."""
    tree = Tree(root)
    _parse_source(tree, path)
    return tree.sources.get(path.stem), tree.problems


def _parse_source(tree: Tree, path: Path) -> None:
    sid = path.stem
    if not SLUG_RE.match(sid):
        tree.problem(path, 1, f"source name {sid!r} is not a slug (lowercase letters, digits, - and _)")
        return
    text = read_text(tree, path, MAX_SOURCE_BYTES)
    if text is None:
        return
    fm, body, body_line = split_front_matter(text)
    meta_data: Any = {}
    lines: dict[tuple, int] = {}
    if fm is not None:
        try:
            # A blank line in place of the opening fence: every line number is the file's.
            meta_data, lines = yamlio.load("\n" + fm)
        except yamlio.YamlError as exc:
            tree.problem(path, exc.line, exc.message)
            return
        meta_data = meta_data or {}
        if not isinstance(meta_data, dict):
            tree.problem(path, 2, "front matter must be a mapping of keys to values")
            return
    if not body.strip():
        tree.problem(path, body_line, "source has no text")
        return
    try:
        meta = SourceMeta.model_validate(meta_data)
    except ValidationError as exc:
        for line, msg in validation_problems(exc, lines):
            tree.problem(path, line, msg)
        return
    tree.sources[sid] = Source(sid, path, meta, body, body_line)


def load_record(tree: Tree, kind, path: Path, cache: FileCache | None = None) -> None:
    loaded, problems = _read(cache, path, lambda: _read_record(tree.root, kind, path))
    tree.problems.extend(problems)
    bucket = tree.records.setdefault(kind.name, {})
    if loaded is not None:
        rid = loaded.record.id
        if rid in bucket:
            tree.problem(path, loaded.lines.get(("id",), 1),
                         f"duplicate {kind.name} id {rid!r} (also {tree.rel(bucket[rid].path)})")
        else:
            bucket[rid] = loaded
    if path.stem not in bucket:  # one broken file, one error: references to it are not reported
        tree.broken.setdefault(kind.name, set()).add(path.stem)


def _read_record(root: Path, kind, path: Path) -> tuple[Loaded | None, list[Problem]]:
    """One record file on its own: the record, or the problems that kept it out."""
    tree = Tree(root)
    _parse_record(tree, kind, path)
    return tree.records.get(kind.name, {}).get(path.stem), tree.problems


def _parse_record(tree: Tree, kind, path: Path) -> None:
    text = read_text(tree, path, MAX_RECORD_BYTES)
    if text is None:
        return
    try:
        data, lines = yamlio.load(text)
    except yamlio.YamlError as exc:
        tree.problem(path, exc.line, exc.message)
        return
    if not isinstance(data, dict):
        tree.problem(path, 1, f"a {kind.name} record must be a mapping of keys to values")
        return
    try:
        record = kind.model.model_validate(data)
    except ValidationError as exc:
        for line, msg in validation_problems(exc, lines):
            tree.problem(path, line, msg)
        return
    rid = record.id
    if rid != path.stem:
        tree.problem(path, lines.get(("id",), 1), f"id {rid!r} does not match the file name {path.stem!r}")
        return
    tree.records.setdefault(kind.name, {})[rid] = Loaded(record, path, lines)


def load_tree(root: Path, cache: FileCache | None = None) -> Tree:
    """cache: keep what each file gave, for the next load of the same tree."""
    root = Path(root)
    tree = Tree(root)
    if cache is not None:
        cache.start()
    for kind in KINDS:
        tree.records[kind.name] = {}
    if not root.is_dir():
        tree.problems.append(Problem(str(root), 1, "data folder not found"))
        return tree
    src_dir = root / "sources"
    if src_dir.is_dir():
        for path in sorted(src_dir.iterdir()):
            if path.name.startswith("."):
                continue
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                load_source(tree, path, cache)
            else:
                tree.problem(path, 1, f"unexpected file in sources/ (expected {', '.join(SOURCE_SUFFIXES)})")
    for kind in KINDS:
        folder = root / kind.folder
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue  # editor swap files, our own temp files
            if path.suffix in RECORD_SUFFIXES and path.is_file():
                load_record(tree, kind, path, cache)
            else:
                tree.problem(path, 1, f"unexpected file in {kind.folder}/ (expected .yml)")
    if cache is not None:
        cache.finish()
    return tree
