#!/usr/bin/env python3
"""Extraction speed on one core: documents per second and peak memory.

    python scripts/bench_extract.py [N ...] [--size 4000]

Generates N synthetic releases (scripts/make_corpus.py), runs the pipeline on each in
this process (no file writes, so the figure is extraction itself), prints a table.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.pipeline import extract
from make_corpus import read_corpus  # (this script's folder is on sys.path: it runs as a file)

ROOT = Path(__file__).resolve().parent.parent


def bench(n: int, size: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(n), tmp, "--size", str(size)],
                       check=True, capture_output=True)
        docs = read_corpus(Path(tmp))
    st = store.load(ROOT / "data")
    kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
    t0 = time.perf_counter()
    for i, (body, meta) in enumerate(docs):
        ex = extract(body, f"d{i}", kb, title=meta.title, published=meta.published)
        kb.add_people(ex.new_people)  # as a real run does: people found are known to the next release
    secs = time.perf_counter() - t0
    # Peak memory in a second pass under tracemalloc, which slows the code it watches.
    kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
    tracemalloc.start()
    for i, (body, meta) in enumerate(docs):
        kb.add_people(extract(body, f"d{i}", kb, title=meta.title, published=meta.published).new_people)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    avg = sum(len(d) for d, _ in docs) / len(docs)
    return n / secs, peak, avg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="*", type=int, default=[100, 1000])
    ap.add_argument("--size", type=int, default=4000)
    args = ap.parse_args()
    print("| documents | avg size (chars) | docs/second | peak traced memory (MB) |")
    print("|---|---|---|---|")
    for n in args.n:
        rate, peak, avg = bench(n, args.size)
        print(f"| {n} | {avg:,.0f} | {rate:,.0f} | {peak:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
