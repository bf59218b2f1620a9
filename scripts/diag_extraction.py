#!/usr/bin/env python3
"""Where extraction misses on real releases: events, quotes and figures, error by error.

    python scripts/diag_extraction.py events  [--set realdev|dev|held] [--show missing,fp,date,people,ok]
    python scripts/diag_extraction.py quotes  [--set ...]
    python scripts/diag_extraction.py figures [--set ...]
    python scripts/diag_extraction.py people  [--set ...]
    python scripts/diag_extraction.py events --dir FOLDER   (any folder in score.py's layout: docs/, gold/)

Matching follows the shared scorer (score.py). An event is `ok` when date and participants match, `date`
when the participants match but the day does not, `people` when the day matches but the participants do
not, `missing` when nothing comes near and `fp` when a predicted event matches no gold one. The held-out
set prints counts only: its documents stay out of the development loop.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import functools
import json
import sys
from pathlib import Path

import score_extraction  # this folder is on sys.path
from score_extraction import REAL, ROOT, SHARED_REALDEV, held_out

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.pipeline import extract
from communique.extract.run import read_release


_scorer = functools.lru_cache(maxsize=None)(score_extraction._scorer)  # (loads score.py once, not per quote)


def documents(which: str, folder: Path | None = None):
    """(name, gold, prediction) for every document of the set, or of a folder with docs/ and gold/."""
    folder = folder or (SHARED_REALDEV if which == "realdev" else REAL)
    held = held_out(folder) if folder == REAL else set()
    st = store.load(ROOT / "data")
    for gpath in sorted((folder / "gold").glob("*.json")):
        if which == "dev" and gpath.stem in held or which == "held" and gpath.stem not in held:
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
        sid, meta, body, _ = read_release(folder / "docs" / gold["doc"], ROOT / "data")
        ex = extract(body, sid, kb, title=meta.title, published=meta.published)
        yield gpath.stem, gold, json.loads(json.dumps(ex.as_json(kb, meta.title or ex.document.title), default=str))


def event_rows(gold: dict, pred: dict, mapper) -> list[tuple[str, str]]:
    def people(e):
        return {mapper.name(x) for x in e.get("participants") or []}

    def jac(a, b):
        return len(a & b) / len(a | b) if a | b else 1.0

    pe = list(pred.get("events") or [])
    used: set[int] = set()
    rows, pending = [], []
    for ge in gold["events"]:
        g = set(ge["participants"])
        hit = next((i for i, e in enumerate(pe) if i not in used and e.get("date") == ge["date"]
                    and jac(g, people(e)) >= 0.5), None)
        if hit is not None:
            used.add(hit)
            rows.append(("ok", f"{ge['date']} {ge['type']} {sorted(g)}"))
        else:
            pending.append(ge)
    for ge in pending:
        g = set(ge["participants"])
        near = [(jac(g, people(e)) >= 0.5, e.get("date") == ge["date"], i) for i, e in enumerate(pe) if i not in used]
        kind, i = next(((k, i) for same_people, same_day, i in near
                        for k in [("date" if same_people else "people" if same_day else None)] if k), (None, None))
        if i is None:
            rows.append(("missing", f"gold {ge['date']} {ge['type']} {sorted(g)}"))
            continue
        used.add(i)
        e = pe[i]
        rows.append((kind, f"gold {ge['date']} {ge['type']} {sorted(g)}\n        got  {e.get('date')} {e.get('type')} "
                           f"{sorted(map(str, people(e)))}  « {_evidence(e)} »"))
    for i, e in enumerate(pe):
        if i not in used:
            rows.append(("fp", f"{e.get('date')} {e.get('type')} {sorted(map(str, people(e)))}  "
                               f"« {_evidence(e)} »"))
    return rows


def _evidence(record: dict) -> str:
    return " ".join(((record.get("evidence") or {}).get("exact") or "").split())[:200]


def quote_rows(gold: dict, pred: dict, mapper) -> list[tuple[str, str]]:
    pq = list(pred.get("quotes") or [])
    used: set[int] = set()
    rows = []
    for gq in gold["quotes"]:
        ratios = [(difflib.SequenceMatcher(None, *map(_norm, (gq["text"], q.get("text", "")))).ratio(), i)
                  for i, q in enumerate(pq) if i not in used]
        best, i = max(ratios, default=(0, None))
        if i is None or best < 0.9:
            rows.append(("missing", f"{gq['speaker']}: {gq['text'][:140]}"))
            continue
        used.add(i)
        got = mapper.name(pq[i].get("speaker"))
        rows.append(("ok" if got == gq["speaker"] else "speaker",
                     f"{gq['text'][:100]}\n        gold {gq['speaker']}  got {got}"))
    rows += [("fp", f"{mapper.name(q.get('speaker'))}: {q.get('text', '')[:140]}") for i, q in enumerate(pq) if i not in used]
    return rows


def figure_rows(gold: dict, pred: dict, mapper) -> list[tuple[str, str]]:
    scorer = _scorer()
    rows = []
    for gf in gold["figures"]:
        single = dict(gold, figures=[gf])
        scored = scorer.score_doc(single, pred)
        tp, tpp = scored["figures"][0], scored["figures(+period)"][0]
        kind = "ok" if tpp else "period" if tp else "missing"
        rows.append((kind, f"{gf['low']}..{gf['high']} {gf['currency']} period={gf.get('period')}  « {gf.get('metric', '')} »"))
    got = len(pred.get("figures") or [])
    tp = scorer.score_doc(gold, pred)["figures"][0]
    rows += [("fp", f"predicted {got}, matched {tp}")] if got > tp else []
    return rows


def people_rows(gold: dict, pred: dict, mapper) -> list[tuple[str, str]]:
    """A predicted person no gold one matches (fp), a gold one nobody matches (missing), or one
    matched twice (split: "Joko Widodo" and "Jokowi" as two people)."""
    rows, seen = [], collections.Counter(v for v in mapper.map.values() if v)
    for pid, p in mapper.pred.items():
        name = mapper.map.get(pid)
        if not name:
            rows.append(("fp", f"{p.get('name')}  titles={[t.get('title') if isinstance(t, dict) else t for t in p.get('titles') or []]}"))
        elif seen[name] > 1:
            rows.append(("split", f"{name} <- {p.get('name')}"))
    rows += [("missing", g["name"]) for g in gold["people"] if g["name"] not in seen]
    rows += [("ok", g["name"]) for g in gold["people"] if g["name"] in seen]
    return rows


def _norm(s: str) -> str:
    return _scorer().norm(s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("events", "quotes", "figures", "people"))
    ap.add_argument("--set", dest="which", choices=("realdev", "dev", "held"), default="dev")
    ap.add_argument("--dir", type=Path, help="a folder of your own with docs/ and gold/ (score.py's layout)")
    ap.add_argument("--show", default="missing,fp,date,people,speaker,period,split")
    args = ap.parse_args()
    rows_of = {"events": event_rows, "quotes": quote_rows, "figures": figure_rows, "people": people_rows}[args.kind]
    show = set(args.show.split(",")) if args.which != "held" else set()
    counts: collections.Counter = collections.Counter()
    for name, gold, pred in documents(args.which, args.dir):
        rows = rows_of(gold, pred, _scorer().Mapper(gold["people"], pred.get("people") or []))
        counts.update(k for k, _ in rows)
        shown = [(k, r) for k, r in rows if k in show]
        if shown:
            print(f"== {name}")
            for k, r in shown:
                print(f"  {k:8} {r}")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
