"""Safe YAML with line numbers: every value remembers the line it came from.

PyYAML's safe constructor is used for scalars only; mappings and sequences are
walked here so that duplicate keys become errors (YAML says keys are unique;
PyYAML silently keeps the last) and each path maps to its source line.
"""
from __future__ import annotations

import datetime as dt
import os
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


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _build(node: yaml.Node, path: tuple, lines: dict, cons: _Constructor) -> Any:
    lines.setdefault(path, _line(node))
    if isinstance(node, yaml.MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise YamlError(_line(node), f"YAML tag {node.tag!r} is not allowed")
        out: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise YamlError(_line(key_node), "YAML merge keys (<<) are not allowed")
            key = _build(key_node, path + ("<key>",), {}, cons)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise YamlError(_line(key_node), "a key must be a plain scalar")
            if key in out:
                raise YamlError(
                    _line(key_node),
                    f"duplicate key {key!r} (first on line {lines[path + (key,)]})",
                )
            lines[path + (key,)] = _line(key_node)
            out[key] = _build(value_node, path + (key,), lines, cons)
            # A value's own line is where the key stands, so messages point at the key.
            lines[path + (key,)] = _line(key_node)
        return out
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise YamlError(_line(node), f"YAML tag {node.tag!r} is not allowed")
        return [_build(item, path + (i,), lines, cons) for i, item in enumerate(node.value)]
    try:
        return cons.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise YamlError(_line(node), f"YAML tag {node.tag!r} is not allowed") from None
    except ValueError as exc:  # e.g. 2023-02-30 matched the timestamp pattern
        raise YamlError(_line(node), f"invalid value {node.value!r}: {exc}") from None


def load(text: str) -> tuple[Any, dict[tuple, int]]:
    """Parse one YAML document; return (data, {path: line})."""
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or "YAML syntax error"
        if "\t" in text and ("tab" in problem or "found character" in problem):
            problem = "tab characters are not allowed for indentation in YAML"
        raise YamlError(line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:  # composer errors such as several documents
        raise YamlError(1, f"YAML error: {exc}") from None
    if node is None:
        return None, {}
    lines: dict[tuple, int] = {}
    data = _build(node, (), lines, _Constructor())
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
