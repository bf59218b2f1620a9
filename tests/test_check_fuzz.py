"""Mutated record files against `communique check`: never a traceback, always `path:line`
answers and exit 1 when something is wrong, and an answer within a hang guard's time."""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique import store
from communique.cli import main
from conftest import FILES, write_tree

RECORDS = sorted(FILES)
ORIGINAL = {rel: textwrap.dedent(text) for rel, text in FILES.items()}
ANSWER = re.compile(r"^(?P<path>\S.*):(?P<line>[1-9]\d*): \S")
YAML_BITS = [":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!x ", "|", ">", "'", '"', "#",
             "%", "@", "`", "\t", "\n", "  ", "---\n", "...\n", "? ", "<<: ", "\\", "\x07", "\ufeff", "\u2028",
             "\U0001F600", "é", "\u202e", "null", "~", "yes", "1e400", "0x1F", "2023-02-30", "12:30:00"]
SWAPS = ["[]", "{}", "null", "[a, b]", "{a: 1}", "-1", "1.5", "true", "''", "x" * 600, "2024-01-01", "[[[[]]]]",
         "\"\\u0000\"", "!!binary aGk=", "&x y", "*x", "2023-02-30",
         "2024-13-01", "1e999", ".nan", "-.inf"]

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
inserts = st.one_of(st.sampled_from(YAML_BITS), texts, st.lists(st.sampled_from(YAML_BITS), min_size=1, max_size=6).map("".join))


OPS = ["delete", "duplicate", "swap", "insert", "indent", "value", "truncate", "move"]


@st.composite
def mutated(draw):
    """(file, new content): one valid file, edited the way people and accidents edit files.

    Choices go through a seeded random.Random: Hypothesis's own choices favour the first
    items of a list, and every file, line, edit and value should come up as often."""
    rnd = draw(st.randoms(use_true_random=True))
    rel = rnd.choice(RECORDS)
    lines = ORIGINAL[rel].splitlines(keepends=True)
    for _ in range(rnd.choice([1, 1, 1, 2, 3])):
        op = rnd.choice(OPS)
        if not lines:
            lines = [draw(inserts)]
            continue
        i = rnd.randrange(len(lines))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            at = rnd.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:at] + (rnd.choice(YAML_BITS) if rnd.random() < 0.5 else draw(inserts)) + lines[i][at:]
        elif op == "indent":
            lines[i] = " " * rnd.randrange(8) + lines[i].lstrip(" ")
        elif op == "value":
            keyed = [k for k, line in enumerate(lines) if ": " in line] or [i]
            k = rnd.choice(keyed)
            new = rnd.choice(SWAPS) if rnd.random() < 0.7 else draw(texts)
            lines[k] = lines[k].split(": ", 1)[0] + ": " + new + "\n"
        elif op == "truncate":
            text = "".join(lines)
            lines = [text[: rnd.randrange(len(text) + 1)]]
        elif op == "move":
            lines.append(lines.pop(i))
    return rel, "".join(lines)


def run_check(root: Path, capsys) -> tuple[int, list[str]]:
    code = main(["check", str(root)])  # any exception fails the test with its traceback
    return code, capsys.readouterr().out.splitlines()


def assert_answers(code: int, out: list[str], root: Path) -> None:
    assert code in (0, 1)
    if code == 0:
        assert len(out) == 1 and out[0].startswith("ok: checked"), out
        assert store.load(root).problems == []
        return
    assert out, "exit 1 without a single problem line"
    for line in out:
        m = ANSWER.match(line)
        assert m, f"not a path:line answer: {line!r}"
        assert m["path"].startswith(str(root)), line


@settings(max_examples=300, deadline=10_000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=mutated())
def test_check_answers_any_mutated_file_with_path_and_line(case, capsys):
    rel, content = case
    with tempfile.TemporaryDirectory() as tmp:
        root = write_tree(Path(tmp) / "data")
        (root / rel).write_text(content, encoding="utf-8")
        code, out = run_check(root, capsys)
        assert_answers(code, out, root)
        if content.strip() != ORIGINAL[rel].strip() and code == 0:
            # Accepted edits are real YAML edits that still validate (a swapped line, say).
            assert (root / rel).read_text(encoding="utf-8") == content


@settings(max_examples=60, deadline=10_000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rel=st.sampled_from(RECORDS), data=st.binary(max_size=200), at=st.integers(0, 400))
def test_check_answers_random_bytes_in_a_file(rel, data, at, capsys):
    raw = ORIGINAL[rel].encode()
    with tempfile.TemporaryDirectory() as tmp:
        root = write_tree(Path(tmp) / "data")
        (root / rel).write_bytes(raw[:at] + data + raw[at:])
        code, out = run_check(root, capsys)
        assert_answers(code, out, root)


BOMBS = {
    # The nine-line alias bomb: gigabytes once expanded.
    "alias-bomb": "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(9)),
    "deep-flow": "id: x\nbio: " + "[" * 500_000 + "\n",
    "deep-block": "id: x\nroles:\n" + "- " * 300_000 + "x\n",
    "wide-list": "id: x\naliases: [" + "a, " * 500_000 + "]\n",
    "many-documents": "id: x\n" + "---\n" * 400_000,
    "long-value": "id: x\nbio: " + "x" * 1_900_000 + "\n",
}


def test_check_refuses_resource_bombs_as_a_separate_process(tmp_path):
    root = write_tree(tmp_path / "data")
    person = root / "people" / "ana-souza.yml"
    for name, content in BOMBS.items():
        person.write_text(content, encoding="utf-8")
        # timeout: a hang guard only; the time itself is measured by scripts/bench_bad_records.py
        res = subprocess.run([sys.executable, "-m", "communique.cli", "check", str(root)],
                             capture_output=True, text=True, timeout=60)
        assert res.returncode == 1, name
        assert "Traceback" not in res.stderr, (name, res.stderr)
        lines = res.stdout.splitlines()
        assert lines and all(ANSWER.match(line) for line in lines), (name, lines)
        assert any(line.startswith(f"{person}:") for line in lines), (name, lines)
