#!/usr/bin/env python3
"""Extraction time against document size: it must grow linearly (10 MB ~ 10x 1 MB).

    python scripts/bench_large.py [MB ...]      # default: 0.5 1 2 5 10
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.pipeline import extract
from communique.store import split_front_matter

ROOT = Path(__file__).resolve().parent.parent


def corpus_text(mb: float) -> str:
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        n = max(1, int(mb * 1e6 / 4000))
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(n), tmp], check=True, capture_output=True)
        return "\n".join(split_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted(Path(tmp).iterdir()))


def main() -> int:
    sizes = [float(x) for x in sys.argv[1:]] or [0.5, 1, 2, 5, 10]
    st = store.load(ROOT / "data")
    kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
    full = corpus_text(max(sizes))
    print("| size (MB) | seconds | seconds per MB |")
    print("|---|---|---|")
    for mb in sizes:
        text = full[: int(mb * 1e6)]
        t = time.perf_counter()
        extract(text, "large", kb)
        secs = time.perf_counter() - t
        print(f"| {len(text) / 1e6:.1f} | {secs:.2f} | {secs / (len(text) / 1e6):.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
