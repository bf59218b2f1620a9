#!/usr/bin/env python3
"""Does this tree's YAML reader give what another tree's gives? For changes to store/yamlio.py
that must not change any record, line number or error message.

    python scripts/check_same_yaml.py BASE_SRC [--data DIR ...] [--mutations 6]

Loads `communique/store/yamlio.py` from BASE_SRC (e.g. an old checkout's src/) and from this
tree, and compares `load()` on: every .yml/.yaml under data/ and tests/ (and each --data
folder), a list of edge cases (tags, anchors, merge keys, complex keys, limits, unclosed
quotes), and random mutations of the first 400 of those texts (characters inserted, cut,
lines repeated). The same data, the same line for every key, or the same YamlError (line and
message) must come out. Exit status 1 if any text differs.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EDGE_CASES = [
    "", "# only a comment\n", "---\n", "--- \n...\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "? [a]\n: 1\n", "? {a: 1}\n: 2\n",
    "a: !!binary aGVsbG8=\n", "a: !!str 12\n", "a: !custom x\n", "! a: 1\n", "a: ! 12\n", "a: !!map {b: 1}\n",
    "a: !!omap [b: 1]\n", "!!set {a, b}\n", "a: !!seq [1]\n", "a: !!int x\n", "a: 2023-02-30\n", "2024-01-01: x\n",
    "1.5: x\nnull: y\ntrue: z\n", "a: &x 1\nb: *x\n", 'a: "x\\0y"\n', "a: [1, 2\n", "a: 'unclosed\nb: c\n",
    "- a\n- b: [c, {d: e}]\n", "a:\n  - b: 1\n    b: 2\n",
    "a: !!float 1\nb: !!bool yes\nc: !!null ''\nd: !!timestamp 2020-01-01\n", "a: ~\nb: yes\nc: 0x1f\nd: 1_000\ne: .inf\n",
    "a: |\n  text\n  more\nb: >-\n  folded\n", "x: !!python/object:os.system ls\n", "? !!merge a\n: 1\n", "- !!merge a\n",
    "[a, b]: 1\n", "a: 1\n---\nb: 2\n", "{a: 1, a: 2}\n", "- - - [x]\n", "a: '\tb'\n", "a:\n\t- b\n",
    "a: " + "x" * 100_001 + "\n", "a: '" + "y" * 100_001 + "'\n", "[" + ", ".join(["1"] * 50_001) + "]\n",
    "[" + ", ".join(["1"] * 49_999) + "]\n", "[" * 21 + "]" * 21 + "\n", "[" * 20 + "]" * 20 + "\n",
    "a: 'x\nb: y'\nc: d\n", "a: 'x\nb: y\nc: ' d\n",
]
PIECES = [":", "-", " ", "\n", "'", '"', "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "?", ",", "\t", "x", "0", "<<"]


def module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def outcome(yamlio, text: str) -> tuple:
    try:
        data, lines = yamlio.load(text)
        return "data", repr(data), sorted(lines.items(), key=repr)
    except yamlio.YamlError as e:
        return "error", e.line, e.message
    except Exception as e:  # noqa: BLE001  (a crash must differ from an answer, whatever it is)
        return "crash", type(e).__name__, str(e)


def mutations(texts: list[str], per_text: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = []
    for text in texts[:400]:
        for _ in range(per_text if text else 0):
            s = text
            for _ in range(rng.randint(1, 3)):
                i, op = rng.randrange(len(s) + 1), rng.random()
                if op < 0.4:
                    s = s[:i] + rng.choice(PIECES) + s[i:]
                elif op < 0.7:
                    s = s[:i] + s[i + rng.randint(1, 5):]
                else:
                    lines = s.split("\n")
                    lines.insert(rng.randrange(len(lines) + 1), lines[rng.randrange(len(lines))])
                    s = "\n".join(lines)
            out.append(s)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base_src", type=Path)
    ap.add_argument("--data", type=Path, nargs="*", default=[])
    ap.add_argument("--mutations", type=int, default=6, help="mutated copies of each of the first 400 texts")
    args = ap.parse_args()
    old = module(args.base_src / "communique" / "store" / "yamlio.py", "yamlio_base")
    new = module(ROOT / "src" / "communique" / "store" / "yamlio.py", "yamlio_new")
    files = sorted({p for folder in [ROOT / "data", ROOT / "tests", *args.data]
                    for ext in ("yml", "yaml") for p in folder.rglob(f"*.{ext}")})
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files] + EDGE_CASES
    texts += mutations(texts, args.mutations)
    kinds: dict[str, int] = {}
    differ = 0
    for text in texts:
        a, b = outcome(old, text), outcome(new, text)
        kinds[a[0]] = kinds.get(a[0], 0) + 1
        if a != b:
            differ += 1
            if differ <= 10:
                print(f"differs: {text[:200]!r}\n  base: {a if a[0] != 'data' else 'data'}\n  this: {b if b[0] != 'data' else 'data'}")
    print(f"{len(texts):,} texts ({', '.join(f'{n:,} {k}' for k, n in sorted(kinds.items()))}): {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
