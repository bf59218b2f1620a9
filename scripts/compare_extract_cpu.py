#!/usr/bin/env python3
"""CPU time of extraction with the code of several source trees, measured in one run, alternating.

    python scripts/compare_extract_cpu.py NAME=SRC [NAME=SRC ...] [--docs 150] [--rounds 3]

Each SRC is a folder holding the `communique` package (e.g. a `git archive` of an old commit,
its src/). The same synthetic releases (scripts/make_corpus.py, 4 KB) are extracted with each
tree in a process of its own, as `communique extract` runs them (one knowledge base learning
each release's people); a process reports the best of three passes of `time.process_time()`.
The trees take turns, round after round, so that the load of a shared machine falls on all of
them alike; the table gives every round and the best, and documents a second from the best.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def passes(corpus: Path, data: Path, repeat: int) -> float:
    """In the child process: the best CPU seconds of `repeat` passes over the releases."""
    from make_corpus import read_corpus  # (this script's folder is on sys.path: it runs as a file)

    from communique import store
    from communique.extract.kb import KnowledgeBase
    from communique.extract.pipeline import extract

    docs = read_corpus(corpus)
    st = store.load(data)
    best = float("inf")
    for _ in range(repeat):
        kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
        t = time.process_time()
        for i, (body, meta) in enumerate(docs):
            kb.add_people(extract(body, f"d{i}", kb, title=meta.title, published=meta.published).new_people)
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="*", help="NAME=SRC")
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(f"{passes(args.child, args.data, 3):.4f}")
        return 0
    trees = dict(t.split("=", 1) for t in args.trees)
    if not trees:
        ap.error("name at least one tree: NAME=SRC")
    times: dict[str, list[float]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(args.docs), tmp],
                       check=True, capture_output=True)
        for _ in range(args.rounds):
            for name, src in trees.items():
                env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
                out = subprocess.run([sys.executable, __file__, "--child", tmp, "--data", str(args.data)],
                                     env=env, capture_output=True, text=True)
                if out.returncode:
                    print(f"{name}: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else 'failed'}", file=sys.stderr)
                    return 1
                times[name].append(float(out.stdout))
    print(f"| code | CPU seconds for {args.docs} releases, each round | best | documents/s (best) |")
    print("|---|---|---|---|")
    for name, ts in times.items():
        print(f"| {name} | {', '.join(f'{t:.2f}' for t in ts)} | {min(ts):.2f} | {args.docs / min(ts):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
