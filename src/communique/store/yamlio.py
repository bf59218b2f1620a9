"""Safe YAML with line numbers: every value remembers the line it came from.

The file is parsed once, into events (libyaml's, through PyYAML); those are checked
(`_scan`) and then built into data here (`_build`): PyYAML's safe constructor makes
scalars other than strings, and mappings and sequences are made here so that duplicate
keys become errors (YAML says keys are unique; PyYAML silently keeps the last) and each
path maps to its source line. Tags are resolved as PyYAML's composer resolves them.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml


# libyaml (shipped in PyYAML's wheels) parses and writes ten times faster; same safe semantics.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class YamlError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _Constructor(yaml.constructor.SafeConstructor):
    pass


_MERGE = "tag:yaml.org,2002:merge"
_BINARY = "tag:yaml.org,2002:binary"
# NUL only: a source may hold other control characters (form feeds...), and evidence quotes it.
_CONTROL = re.compile(r"\x00")


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()  # the implicit tags (int, bool, date...) of PyYAML's loaders


def _line(ev: yaml.Event) -> int:
    return ev.start_mark.line + 1


_IMPLICIT = _RESOLVER.yaml_implicit_resolvers  # first character -> [(tag, pattern)]
_ANY_FIRST = _IMPLICIT.get(None, [])


def _tag(ev: yaml.NodeEvent) -> str:
    """The node's tag, as PyYAML's composer (C or Python) gives it: Resolver.resolve, inlined."""
    if ev.tag is not None and ev.tag != "!":
        return ev.tag
    cls = ev.__class__
    if cls is yaml.ScalarEvent:
        if ev.implicit[0]:  # plain: int, bool, null, a date... or text
            value = ev.value
            for tag, pattern in _IMPLICIT.get(value[:1], []) + _ANY_FIRST:
                if pattern.match(value):
                    return tag
        return _STR
    return _SEQ if cls is yaml.SequenceStartEvent else _MAP


def _build(ev: yaml.NodeEvent, events, path: tuple, lines: dict, cons: _Constructor) -> Any:
    """The value that starts with ev; events: an iterator over the events after it."""
    lines.setdefault(path, ev.start_mark.line + 1)
    tag = _tag(ev)
    cls = ev.__class__
    if cls is yaml.MappingStartEvent:
        if tag != _MAP:
            raise YamlError(_line(ev), f"YAML tag {tag!r} is not allowed")
        out: dict = {}
        for key_ev in events:
            if key_ev.__class__ is yaml.MappingEndEvent:
                return out
            if _tag(key_ev) == _MERGE:
                raise YamlError(_line(key_ev), "YAML merge keys (<<) are not allowed")
            key = _build(key_ev, events, path + ("<key>",), {}, cons)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise YamlError(_line(key_ev), "a key must be a plain scalar")
            if key in out:
                raise YamlError(
                    _line(key_ev),
                    f"duplicate key {_short(key)} (first on line {lines[path + (key,)]})",
                )
            lines[path + (key,)] = _line(key_ev)
            out[key] = _build(next(events), events, path + (key,), lines, cons)
            # A value's own line is where the key stands, so messages point at the key.
            lines[path + (key,)] = _line(key_ev)
        return out
    if cls is yaml.SequenceStartEvent:
        if tag != _SEQ:
            raise YamlError(_line(ev), f"YAML tag {tag!r} is not allowed")
        items = []
        for item_ev in events:
            if item_ev.__class__ is yaml.SequenceEndEvent:
                return items
            items.append(_build(item_ev, events, path + (len(items),), lines, cons))
        return items
    if tag == _BINARY:  # bytes would pass as text silently
        raise YamlError(_line(ev), f"YAML tag {tag!r} is not allowed")
    if tag == _STR:  # what the constructor gives for it: the text as it is
        value = ev.value
    else:
        node = yaml.ScalarNode(tag, ev.value, ev.start_mark, ev.end_mark, style=ev.style)
        try:
            value = cons.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise YamlError(_line(ev), f"YAML tag {tag!r} is not allowed") from None
        except ValueError as exc:  # e.g. 2023-02-30 matched the timestamp pattern
            raise YamlError(_line(ev), f"invalid value {_short(ev.value)}: {exc}") from None
    if isinstance(value, str) and (bad := _CONTROL.search(value)):
        # The reader refuses NUL as a character, sources refuse it too; an escape must not bring it in.
        raise YamlError(_line(ev), f"control character U+{ord(bad.group()):04X} in a value")
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# Bounds far above any real record, far below what hurts: a file is parsed and refused
# within a fraction of a second whatever it holds (see docs/contributing.md).
MAX_DEPTH = 20  # a document record nests 5 deep (events -> evidence -> start)
MAX_NODES = 50_000  # a release with a hundred events and quotes has a few thousand
MAX_SCALAR = 100_000  # characters; the longest text field allows 20,000

# Where a broken thing starts is the line to fix, not where the parser gave up on it.
_START_CONTEXTS = ("while scanning a quoted scalar", "while parsing a quoted scalar", "while scanning a simple key",
                   "while scanning a block scalar", "while parsing a flow sequence", "while parsing a flow mapping",
                   "while scanning a tag", "while scanning an anchor", "while scanning an alias")


_OPENED = {
    "quoted scalar": "the quote that opens here is never closed",
    "flow sequence": "the [ list that opens here is never closed",
    "flow mapping": "the { mapping that opens here is never closed",
    "simple key": "a key on this line has no ':' after it",
}


_KEY_LINE = re.compile(r"^\s*-?\s*[A-Za-z_][\w-]*:(\s|$)")


def _scan(text: str, runaway: list[tuple[int, int]]) -> list[yaml.Event]:
    """The file's events, once every one has been checked: refuse, before anything is built,
    what can blow up: anchors and aliases (a nine-line alias bomb expands to gigabytes),
    nesting deep enough to overflow a stack, millions of nodes, huge scalars, several documents."""
    depth = nodes = documents = 0
    lines: list[str] = []  # split once, on the first multi-line quoted value
    events = []
    for ev in yaml.parse(text, Loader=_SafeLoader):
        events.append(ev)
        cls = ev.__class__
        if cls is yaml.ScalarEvent and ev.anchor is None:  # most events: the same checks as below, sooner
            if len(ev.value) > MAX_SCALAR or nodes >= MAX_NODES:
                pass  # said below
            else:
                if ev.style in ("'", '"') and ev.end_mark.line > ev.start_mark.line:
                    lines = lines or text.splitlines()
                    _note_runaway(lines, ev, runaway)
                nodes += 1
                continue
        elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            depth -= 1
            continue
        line = ev.start_mark.line + 1
        if isinstance(ev, yaml.AliasEvent):
            raise YamlError(line, f"YAML aliases (*{ev.anchor}) are not allowed: write the value out")
        if isinstance(ev, yaml.NodeEvent) and ev.anchor is not None:
            raise YamlError(line, f"YAML anchors (&{ev.anchor}) are not allowed: write the value out")
        if isinstance(ev, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlError(line, "a second YAML document starts here; a record file holds one")
        elif isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(line, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(ev, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(ev, yaml.ScalarEvent):
            if len(ev.value) > MAX_SCALAR:
                raise YamlError(line, f"a value of {len(ev.value):,} characters; the limit is {MAX_SCALAR:,}")
            if ev.style in ("'", '"') and ev.end_mark.line > ev.start_mark.line:
                lines = lines or text.splitlines()
                _note_runaway(lines, ev, runaway)
        if isinstance(ev, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_NODES:
                raise YamlError(line, f"more than {MAX_NODES:,} values in one file")
    return events


def _note_runaway(lines: list[str], ev: yaml.ScalarEvent, runaway: list[tuple[int, int]]) -> None:
    """A quoted value over several lines, one of which reads like `key: value`: most likely a
    missing closing quote that swallowed the keys below it until the next quote."""
    inner = lines[ev.start_mark.line + 1 : ev.end_mark.line + 1]
    if any(_KEY_LINE.match(s) for s in inner):
        runaway.append((ev.start_mark.line + 1, ev.end_mark.line + 1))


def _syntax_error(text: str, exc: yaml.MarkedYAMLError, runaway: list[tuple[int, int]]) -> YamlError:
    stop = exc.problem_mark.line + 1 if exc.problem_mark else 0
    # Only when the parser fails where that value ends: the text after the "closing" quote.
    if runaway and runaway[-1][1] <= stop <= runaway[-1][1] + 1:
        start, end = runaway[-1]
        return YamlError(start, f"YAML syntax error: the quote that opens here runs on to line {end}; "
                                f"is its closing quote missing? ({exc.problem} on line {exc.problem_mark.line + 1})")
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "YAML syntax error"
    if exc.context_mark is not None and exc.context in _START_CONTEXTS:
        mark = exc.context_mark
        stop = exc.problem_mark.line + 1 if exc.problem_mark else mark.line + 1
        if stop != mark.line + 1:
            what = _OPENED.get(exc.context.split(" a ", 1)[-1], "what starts here is not complete")
            problem = f"{what} ({problem} on line {stop})"
    line = mark.line + 1 if mark else 1
    lines = text.splitlines()
    here = lines[mark.line] if mark and mark.line < len(lines) else ""
    if "\t" in here[: mark.column + 1] and ("tab" in problem or "found character" in problem):
        problem = "tab characters are not allowed for indentation in YAML"
    elif problem.startswith("mapping values are not allowed") and mark and exc.context is None:
        line, problem = _misindented(lines, mark.line, problem)
    content = [i + 1 for i, s in enumerate(lines) if s.strip()]
    if content and line > content[-1]:  # past the last line: the last line is what is left open
        line, problem = content[-1], f"{problem} at the end of the file"
    return YamlError(line, f"YAML syntax error: {problem}")


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" "))


def _misindented(lines: list[str], at: int, problem: str) -> tuple[int, str]:
    """`key: value` followed by a deeper line is a parse error on the deeper line, but when
    the key above is the odd one out (less indented than the lines on both sides of it), that
    key is the mistake: a de-indented key, not an over-indented next line."""
    content = [i for i in range(at) if lines[i].strip() and not lines[i].lstrip().startswith("#")]
    if len(content) >= 2:
        prev, before = content[-1], content[-2]
        if _indent(lines[before]) == _indent(lines[at]) > _indent(lines[prev]):
            return prev + 1, f"this key is indented less than the keys around it (lines {before + 1} and {at + 1})"
    return at + 1, problem


def _reader_error(text: str, exc: yaml.reader.ReaderError) -> YamlError:
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    line = text[: max(exc.position, 0)].count("\n") + 1
    return YamlError(line, f"YAML syntax error: character U+{ord(char):04X} is not allowed in YAML")


def load(text: str) -> tuple[Any, dict[tuple, int]]:
    """Parse one YAML document; return (data, {path: line})."""
    runaway: list[tuple[int, int]] = []
    try:
        events = _scan(text, runaway)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(text, exc, runaway) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(text, exc) from None
    except yaml.YAMLError as exc:  # any other parser complaint: still a file:line answer
        raise YamlError(1, f"YAML error: {exc}") from None
    # A document holds one node (or none: an empty file); its events run to the DocumentEndEvent.
    rest = iter(events)
    first = next((ev for ev in rest if isinstance(ev, yaml.NodeEvent)), None)
    if first is None:
        return None, {}
    lines: dict[tuple, int] = {}
    data = _build(first, rest, (), lines, _Constructor())
    return data, lines


def line_for(lines: dict[tuple, int], loc: tuple) -> int:
    """Line of the deepest known prefix of loc (a missing key points at its parent)."""
    for n in range(len(loc), -1, -1):
        if tuple(loc[:n]) in lines:
            return lines[tuple(loc[:n])]
    return 1


class _Dumper(_SafeDumper):
    def ignore_aliases(self, data):  # no &id001 anchors in files people edit
        return True


def _str_presenter(dumper, value: str):
    style = "|" if "\n" in value and len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def _represent_date(dumper, value: dt.date):
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_Dumper.add_representer(dt.date, _represent_date)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_atomic(path: Path, text: str) -> None:
    """Write the whole file or nothing: temp file in the same folder, fsync, rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
