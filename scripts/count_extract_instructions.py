#!/usr/bin/env python3
"""Instructions one extraction pass costs with the code of several source trees (valgrind).

    python scripts/count_extract_instructions.py NAME=SRC [NAME=SRC ...] [--docs 20]

CPU time on a shared machine moves by a third from one run to the next; the count of
instructions does not. Each SRC is a folder holding the `communique` package (e.g. a
`git archive` of an old commit, its src/). For each tree, a process under valgrind's
cachegrind builds its knowledge bases, then extracts the same synthetic releases
(scripts/make_corpus.py, 4 KB) once, learning people, and another runs two such passes: the
difference is the cost of one pass, start-up and knowledge bases left out. PYTHONHASHSEED is
fixed, so that the order of sets and dictionaries (and so the work) is the same every run.
Needs valgrind; takes about a minute per tree for 20 releases.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


_KBS = 3  # knowledge bases each child builds: one to warm up with, one for each of up to two passes


def passes(corpus: Path, data: Path, n: int) -> None:
    """In the child process: n extraction passes, each with a knowledge base built beforehand."""
    from make_corpus import read_corpus  # (this script's folder is on sys.path: it runs as a file)

    from communique import store
    from communique.extract.kb import KnowledgeBase
    from communique.extract.pipeline import extract

    docs = read_corpus(corpus)
    st = store.load(data)
    # As many knowledge bases in every run (a build costs about a pass: it must not count as one).
    kbs = [KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics) for _ in range(_KBS)]
    for kb in kbs[: n + 1]:  # the first pass only warms up: keyword automata and twins are made on first use
        for i, (body, meta) in enumerate(docs):
            kb.add_people(extract(body, f"d{i}", kb, title=meta.title, published=meta.published).new_people)


def instructions(src: Path, corpus: Path, data: Path, n: int) -> int:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--child", str(corpus), "--passes", str(n), "--data", str(data)]
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode or not found:
        raise SystemExit(f"{src}: valgrind failed\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="*", help="NAME=SRC")
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        passes(args.child, args.data, args.passes)
        return 0
    trees = []
    for t in args.trees:
        name, sep, src = t.partition("=")
        if not sep or not (Path(src) / "communique").is_dir():
            ap.error(f"{t}: expected NAME=SRC, SRC a folder holding the communique package")
        trees.append((name, Path(src).resolve()))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(args.docs), tmp],
                       check=True, capture_output=True)
        print(f"| code | million instructions per pass ({args.docs} releases) | against the first |")
        print("|---|---|---|")
        first = None
        for name, src in trees:
            one = instructions(src, Path(tmp), args.data, 1)
            two = instructions(src, Path(tmp), args.data, 2)
            per_pass = (two - one) / 1e6
            first = first or per_pass
            print(f"| {name} | {per_pass:,.0f} | {per_pass / first:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
