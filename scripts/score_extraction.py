#!/usr/bin/env python3
"""Score extraction against hand-checked releases.

    python scripts/score_extraction.py [--docs DIR] [--expected DIR] [-v]     our test documents
    python scripts/score_extraction.py --real DIR [--split dev|held|all] [-v] real releases
    python scripts/score_extraction.py --all [--json]                          every set, one table each

Our test documents (tests/extraction/docs, heldout/) are scored with exact matching.
Real releases (a folder with docs/*.txt and gold/*.json: ../shared/realdev, or
tests/extraction/real) are scored with the shared benchmark's rules, by its own scorer
(tests/extraction/real/score.py, a verbatim copy). In tests/extraction/real, the names
listed in HELDOUT*.txt form the held-out split. People already in data/people are not
used, so scores do not depend on earlier runs.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.pipeline import extract
from communique.extract.run import read_release
from communique.extract.scoring import score_folder, table

ROOT = Path(__file__).resolve().parent.parent
EXTRACTION = ROOT / "tests" / "extraction"
REAL = EXTRACTION / "real"
SHARED_REALDEV = ROOT.parent / "shared" / "realdev"
KINDS = ("people", "titles", "quotes+speaker", "events(date+people)", "figures(+period)", "dates")


def _scorer():
    spec = importlib.util.spec_from_file_location("realscore", REAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def held_out(folder: Path) -> set[str]:
    names: set[str] = set()
    for f in folder.glob("HELDOUT*.txt"):
        names |= {ln.strip().removesuffix(".txt") for ln in f.read_text().splitlines() if ln.strip()}
    return names


def score_real(folder: Path, kb_args: dict, split: str = "all") -> dict[str, tuple[float, int, int, int]]:
    """{kind: (F1 or recall, true positives, predicted, gold)} over the folder's documents."""
    scorer = _scorer()
    held = held_out(folder)
    totals: dict[str, list[int]] = {}
    for gpath in sorted((folder / "gold").glob("*.json")):
        if (split == "dev" and gpath.stem in held) or (split == "held" and gpath.stem not in held):
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = folder / "docs" / gold["doc"]
        kb = KnowledgeBase(**kb_args)
        sid, meta, body, _ = read_release(doc, ROOT / "data")
        ex = extract(body, sid, kb, title=meta.title, published=meta.published)
        pred = json.loads(json.dumps(ex.as_json(kb, meta.title or ex.document.title), default=str))
        for k, v in scorer.score_doc(gold, pred).items():
            t = totals.setdefault(k, [0, 0, 0])
            for j in range(3):
                t[j] += v[j]
    out = {}
    for k, (tp, npred, ngold) in totals.items():
        p, r, f = scorer.f1(tp, npred, ngold)
        out[k] = (r if k in ("titles", "topics(recall)") else f, tp, npred, ngold)
    return out


def real_table(scores: dict) -> str:
    rows = ["| kind | F1 (recall for titles) | matched | predicted | gold |", "|---|---|---|---|---|"]
    rows += [f"| {k} | {v[0]:.2f} | {v[1]} | {v[2]} | {v[3]} |" for k, v in scores.items()]
    return "\n".join(rows)


def all_sets(kb_args: dict) -> dict[str, dict[str, float]]:
    """The figure of every kind on every set, as docs/extraction.md reports them."""
    kb = KnowledgeBase(**kb_args)
    out = {}
    for name, docs, expected in (("synthetic", EXTRACTION / "docs", EXTRACTION / "expected"),
                                 ("synthetic-heldout", EXTRACTION / "heldout" / "docs", EXTRACTION / "heldout" / "expected")):
        report = score_folder(docs, expected, kb)
        out[name] = {k: round(t.f1, 2) for k, t in report.tallies.items()}
    if (SHARED_REALDEV / "gold").is_dir():
        out["realdev"] = {k: round(v[0], 2) for k, v in score_real(SHARED_REALDEV, kb_args).items() if k in KINDS}
    for split in ("dev", "held"):
        out[f"real-{split}"] = {k: round(v[0], 2) for k, v in score_real(REAL, kb_args, split).items() if k in KINDS}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default=EXTRACTION / "docs", type=Path)
    ap.add_argument("--expected", default=EXTRACTION / "expected", type=Path)
    ap.add_argument("--real", type=Path, help="a folder of real releases: docs/*.txt and gold/*.json")
    ap.add_argument("--split", choices=("dev", "held", "all"), default="all")
    ap.add_argument("--all", action="store_true", help="every set: synthetic, realdev, real dev and held-out")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--data", default=ROOT / "data", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    st = store.load(args.data)
    kb_args = dict(places=st.places, organizations=st.organizations, topics=st.topics)
    if args.all:
        result = all_sets(kb_args)
        if args.json:
            print(json.dumps(result, indent=2, sort_keys=True))
        else:
            kinds = list(dict.fromkeys(k for v in result.values() for k in v))
            print("| set | " + " | ".join(kinds) + " |\n|---|" + "---|" * len(kinds))
            for name, v in result.items():
                print(f"| {name} | " + " | ".join(f"{v[k]:.2f}" if k in v else "" for k in kinds) + " |")
        return 0
    if args.real:
        print(real_table(score_real(args.real, kb_args, args.split)))
        return 0
    report = score_folder(args.docs, args.expected, KnowledgeBase(**kb_args))
    print(table(report))
    if args.verbose:
        print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
