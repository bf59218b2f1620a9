#!/usr/bin/env python3
"""Time per release for `communique add`, against the test ministry site on 127.0.0.1.

    python scripts/bench_ingest.py [--reps 20]

Per page shape: fetch + main text (trafilatura / pypdf), then extraction of that text;
then the whole command (`communique add --feed RSS --feed ATOM` into a copy of data/,
including robots.txt, feeds, writes and the store check) divided by the releases added.
The server is local, so the figures are our cost, not the network's.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from communique import store  # noqa: E402
from communique.cli import main  # noqa: E402
from communique.extract.kb import KnowledgeBase  # noqa: E402
from communique.extract.pipeline import extract  # noqa: E402
from communique.ingest.add import Target, obtain  # noqa: E402
from communique.ingest.fetch import Fetcher, Policy  # noqa: E402
from ingest_site import serve  # noqa: E402

SHAPES = [("article, meta date", "/press/visit-brazil.html"), ("article, date in words", "/press/call-germany.html"),
          ("layout table", "/press/consultations.html"), ("iframe", "/press/geneva-meeting.html"),
          ("read more", "/press/teaser.html"), ("PDF", "/docs/clean-energy.pdf")]


def main_() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=20)
    args = ap.parse_args()
    site, server = serve()
    kb = KnowledgeBase.from_store(store.load(ROOT / "data"))
    today = dt.date.today()
    print(f"{'shape':24} {'words':>5} {'fetch+text ms':>14} {'extract ms':>11}")
    for name, path in SHAPES:
        fetch_ms, extract_ms = [], []
        for _ in range(args.reps):
            fetcher = Fetcher(Policy(delay=0, retries=0))
            fetcher.get(site.base + "/robots.txt")  # robots.txt is read once per host per run
            t = time.perf_counter()
            rel = obtain(Target(path, url=site.base + path), fetcher, today)
            fetch_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            extract(rel.text, "bench", kb, title=rel.meta.title, published=rel.meta.published)
            extract_ms.append((time.perf_counter() - t) * 1000)
        print(f"{name:24} {len(rel.text.split()):5d} {statistics.median(fetch_ms):14.1f} {statistics.median(extract_ms):11.1f}")
    runs, base_runs = [], []
    quiet = contextlib.redirect_stdout(io.StringIO())
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            shutil.copytree(ROOT / "data", data)
            t = time.perf_counter()
            with quiet, contextlib.redirect_stderr(io.StringIO()):
                main(["add", "--data", str(data), "--delay", "0", "--feed", site.base + "/feeds/rss.xml",
                      "--feed", site.base + "/feeds/atom.xml"])
            runs.append(time.perf_counter() - t)
            new = sorted(set((data / "sources").glob("*.md")) - {data / "sources" / p.name for p in (ROOT / "data" / "sources").glob("*.md")})
            # Baseline: the same releases saved by hand as .md files, then `communique extract`.
            hand = Path(tmp) / "hand"
            hand.mkdir()
            for p in new:
                shutil.copy(p, hand / p.name)
            fresh = Path(tmp) / "fresh"
            shutil.copytree(ROOT / "data", fresh)
            t = time.perf_counter()
            with quiet, contextlib.redirect_stderr(io.StringIO()):
                main(["extract", str(hand), "--data", str(fresh)])
            base_runs.append(time.perf_counter() - t)
    n = len(new)
    print(f"communique add --feed (2 feeds): {n} releases in {min(runs):.2f} s = {min(runs) / n * 1000:.0f} ms per release")
    print(f"baseline, communique extract of the same {n} saved .md files: {min(base_runs):.2f} s = "
          f"{min(base_runs) / n * 1000:.0f} ms per release   (best of 3; both include loading and checking data/)")
    server.shutdown()


if __name__ == "__main__":
    main_()
