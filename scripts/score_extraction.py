#!/usr/bin/env python3
"""Score extraction against the hand-checked test documents.

    python scripts/score_extraction.py [--docs DIR] [--expected DIR] [--data DIR] [-v]

Prints precision, recall and F1 per record kind; -v lists every miss and extra.
People already in data/people are not used, so scores do not depend on earlier runs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.scoring import score_folder, table

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default=ROOT / "tests" / "extraction" / "docs", type=Path)
    ap.add_argument("--expected", default=ROOT / "tests" / "extraction" / "expected", type=Path)
    ap.add_argument("--data", default=ROOT / "data", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    st = store.load(args.data)
    kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
    report = score_folder(args.docs, args.expected, kb)
    print(table(report))
    if args.verbose:
        print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
