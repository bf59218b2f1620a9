#!/usr/bin/env python3
"""How long `communique check` takes to answer on a bad record, for every case of the
bad-record catalogue (tests/test_check_catalogue.py) and the resource bombs of the fuzz test.

    python scripts/bench_bad_records.py            # every case, each in a fresh process
    python scripts/bench_bad_records.py --quick    # five cases, to check the script works

Each case is the catalogue's small valid tree with one file broken, checked by
`python -m communique.cli check` in a new process (wall time, start-up included). The
valid tree is measured the same way first, as the baseline.
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
sys.path.insert(0, str(ROOT / "tests"))

from conftest import write_tree  # noqa: E402
from test_check_catalogue import CASES, apply_case  # noqa: E402
from test_check_fuzz import BOMBS  # noqa: E402


def timed_load(root: Path) -> float:
    from communique import store

    t = time.perf_counter()
    store.load(root)
    return time.perf_counter() - t


def timed_check(root: Path) -> tuple[float, int]:
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "communique.cli", "check", str(root)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    return time.perf_counter() - t, res.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    cases = [(name, rel, content) for name, rel, content, _ in CASES]
    cases += [(f"bomb-{name}", "people/ana-souza.yml", content) for name, content in BOMBS.items()]
    if args.quick:
        cases = cases[:3] + cases[-2:]
    with tempfile.TemporaryDirectory() as tmp:
        base, code = timed_check(write_tree(Path(tmp) / "valid" / "data"))
        assert code == 0
        rows = []
        for i, (name, rel, content) in enumerate(cases):
            root = write_tree(Path(tmp) / str(i) / "data")
            apply_case(root, rel, content)
            seconds, code = timed_check(root)
            rows.append((seconds, name, code, timed_load(root)))
    rows.sort(reverse=True)
    print(f"baseline (valid tree): {base:.2f} s")
    print(f"{len(rows)} bad cases; slowest answers (process wall time; in brackets the load and check alone):")
    for seconds, name, code, inner in rows[:8]:
        print(f"  {seconds:5.2f} s ({inner:.2f} s)  exit {code}  {name}")
    ok = all(r[2] == 1 for r in rows)
    print(f"max {rows[0][0]:.2f} s, median {rows[len(rows) // 2][0]:.2f} s, "
          f"max load alone {max(r[3] for r in rows):.2f} s; every exit 1: {ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
