#!/usr/bin/env python3
"""Do two source trees extract the same records? For changes that must not change output.

    python scripts/check_same_output.py BASE_SRC [NEW_SRC] [--synthetic 300] [--data DIR] [--sets ...]

Runs `communique.extract.pipeline.extract` with the code of each tree (a folder holding the
`communique` package, e.g. /tmp/base/src; NEW_SRC defaults to this tree's src), each in its
own process, over: /work/shared/realdev/docs, tests/extraction/real/docs, the synthetic test
documents, data/sources, N releases from scripts/make_corpus.py, and the real documents once
more in one run whose knowledge base holds data/people and learns each release's people (as
`communique extract` does). Prints how many documents differ and, for documents not held
out, the differences. Of held-out documents (tests/extraction/real/HELDOUT-*.txt and
tests/extraction/heldout) only the count is printed. Exit status 1 if any document differs.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACTION = ROOT / "tests" / "extraction"
REAL = EXTRACTION / "real"
REALDEV = ROOT.parent / "shared" / "realdev"


def held_out_names() -> set[str]:
    names: set[str] = set()
    for f in REAL.glob("HELDOUT*.txt"):
        names |= {ln.strip().removesuffix(".txt") for ln in f.read_text().splitlines() if ln.strip()}
    return names


SETS = ("realdev", "real", "synthetic", "run", "corpus")


def dump(data: Path, corpus: Path, out: Path, src: Path, sets: set[str]) -> None:
    """In the child process: extract every document, write {key: output} as JSON."""
    import yaml

    import communique
    from communique import store
    from communique.extract.kb import KnowledgeBase
    from communique.extract.pipeline import extract
    from communique.extract.run import read_release
    from communique.store import split_front_matter

    if not Path(communique.__file__).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"imported {communique.__file__}, not the tree {src}")
    st = store.load(data)
    bare = dict(places=st.places, organizations=st.organizations, topics=st.topics)
    results: dict[str, object] = {}

    def run(key: str, kb, body: str, sid: str, title, published, learn: bool) -> None:
        ex = extract(body, sid, kb, title=title, published=published)
        if learn:
            kb.add_people(ex.new_people)
        results[key] = {"output": ex.as_json(kb, title or ex.document.title),
                        "new_people": [p.model_dump(mode="json") for p in ex.new_people]}

    def releases(folder: Path):
        return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))

    # As scripts/score_extraction.py reads them: real releases each with a fresh knowledge base...
    for name, folder in (("realdev", REALDEV / "docs"), ("real", REAL / "docs")):
        if name in sets and folder.is_dir():
            for p in releases(folder):
                sid, meta, body, _ = read_release(p, data)
                run(f"{name}/{p.name}", KnowledgeBase(**bare), body, sid, meta.title, meta.published, False)
    # ...synthetic test documents with one knowledge base per folder.
    for name, folder in (("synthetic", EXTRACTION / "docs"), ("synthetic-heldout", EXTRACTION / "heldout" / "docs")):
        if "synthetic" not in sets:
            continue
        kb = KnowledgeBase(**bare)
        for p in releases(folder):
            fm, body, _ = split_front_matter(p.read_text(encoding="utf-8"))
            meta = yaml.safe_load(fm) if fm else {}
            run(f"{name}/{p.name}", kb, body, "doc", meta.get("title"), meta.get("published"), False)
    # As `communique extract` runs: the store's people known, each release's people learnt.
    kb = KnowledgeBase.from_store(st)
    ran = releases(data / "sources") + releases(REAL / "docs") + (releases(REALDEV / "docs") if REALDEV.is_dir() else [])
    for p in ran if "run" in sets else []:
        sid, meta, body, _ = read_release(p, data)
        run(f"run/{p.parent.parent.name}/{p.name}", kb, body, sid, meta.title, meta.published, True)
    # As scripts/bench_extract.py runs: synthetic releases, people learnt.
    kb = KnowledgeBase(**bare)
    for p in releases(corpus) if "corpus" in sets else []:
        fm, body, _ = split_front_matter(p.read_text(encoding="utf-8"))
        meta = yaml.safe_load(fm)
        run(f"corpus/{p.name}", kb, body, p.stem, meta.get("title"), meta.get("published"), True)
    out.write_text(json.dumps(results, default=str, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def is_held_out(key: str, held: set[str]) -> bool:
    stem = Path(key).stem
    return key.startswith("synthetic-heldout/") or (stem in held and ("/real/" in f"/{key}" or key.startswith("real/")))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="the baseline tree's src folder")
    ap.add_argument("new", type=Path, nargs="?", default=ROOT / "src", help="the changed tree's src folder")
    ap.add_argument("--synthetic", type=int, default=300, help="how many make_corpus.py releases")
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--sets", default=",".join(SETS), help="which of " + ", ".join(SETS) + " (comma-separated)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    sets = set(args.sets.split(","))
    if not sets <= set(SETS):
        ap.error(f"--sets: unknown {', '.join(sorted(sets - set(SETS)))}")
    if args.dump:
        dump(args.data, args.corpus, args.dump, args.base, sets)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(args.synthetic), str(corpus)],
                       check=True, capture_output=True)
        outs = []
        for i, src in enumerate((args.base, args.new)):
            out = Path(tmp) / f"out{i}.json"
            env = {**os.environ, "PYTHONPATH": str(src.resolve())}
            subprocess.run([sys.executable, __file__, str(src), "--dump", str(out), "--corpus", str(corpus),
                            "--data", str(args.data), "--sets", args.sets], check=True, env=env)
            outs.append(json.loads(out.read_text(encoding="utf-8")))
    a, b = outs
    held = held_out_names()
    keys = sorted(set(a) | set(b))
    differ = [k for k in keys if a.get(k) != b.get(k)]
    hidden = [k for k in differ if is_held_out(k, held)]
    for k in differ:
        if k in hidden:
            continue
        left = json.dumps(a.get(k), indent=1, sort_keys=True, ensure_ascii=False).splitlines()
        right = json.dumps(b.get(k), indent=1, sort_keys=True, ensure_ascii=False).splitlines()
        print("\n".join(difflib.unified_diff(left, right, f"base/{k}", f"new/{k}", lineterm="", n=2)))
    print(f"{len(keys)} documents compared ({sum(is_held_out(k, held) for k in keys)} held out): "
          f"{len(differ)} differ, {len(hidden)} of them held out")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
