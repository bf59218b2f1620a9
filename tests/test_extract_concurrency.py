"""Two `communique extract` processes on one data/ folder at once, as real processes.

Runs take the writer lock (data/.communique.lock) from reading the knowledge base to their
last write, so running them together must give what running them one after the other gives.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from communique import store
from extract_helpers import ROOT

DOCS = ROOT / "tests" / "extraction" / "docs"
RELEASES = sorted(DOCS.iterdir())


def fresh(dest: Path) -> Path:
    data = dest / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    return data


def start(data: Path, *paths: Path, update: bool = False) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "communique.cli", "extract", *map(str, paths), "--data", str(data)]
    return subprocess.Popen(cmd + (["--update"] if update else []), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def finish(proc: subprocess.Popen) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return err


def snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and p.name != ".communique.lock"}


def sequential(tmp: Path, *groups: list[Path]) -> dict[str, bytes]:
    data = fresh(tmp)
    for group in groups:
        finish(start(data, *group))
    return snapshot(data)


def test_two_runs_on_different_releases_at_once_equal_one_after_the_other(tmp_path):
    half = len(RELEASES) // 2
    a, b = RELEASES[:half], RELEASES[half:]
    data = fresh(tmp_path / "together")
    procs = [start(data, *a), start(data, *b)]
    for p in procs:
        finish(p)
    got = snapshot(data)
    assert store.load(data).problems == []
    assert len(store.load(data).documents) == len(RELEASES)
    assert got in (sequential(tmp_path / "ab", a, b), sequential(tmp_path / "ba", b, a))


def test_two_runs_on_the_same_releases_at_once_equal_one_run(tmp_path):
    data = fresh(tmp_path / "together")
    procs = [start(data, *RELEASES), start(data, *RELEASES)]
    for p in procs:
        finish(p)
    assert snapshot(data) == sequential(tmp_path / "once", RELEASES)


def test_two_updates_of_one_document_at_once_lose_nothing(tmp_path):
    from communique.extract import memory

    data = fresh(tmp_path / "data")
    release = RELEASES[3]
    finish(start(data, release))
    doc = store.load(data).documents[release.stem]
    # Two records are new finds for --update (gone from the document and the ledger).
    store.write_record(data, doc.model_copy(update={"events": [], "figures": []}))
    ledger = memory.read_ledger(data, doc.id, store.load(data).sources[doc.id].text)
    memory.write_ledger(data, doc.id, [s for s in ledger if s.kind == "quote"])
    procs = [start(data, release, update=True), start(data, release, update=True)]
    for p in procs:
        finish(p)
    after = store.load(data)
    assert after.problems == []
    assert after.documents[doc.id].events == doc.events and after.documents[doc.id].figures == doc.figures


def test_a_run_waits_for_the_lock_before_reading_anything(tmp_path):
    data = fresh(tmp_path / "data")
    fd = os.open(data / ".communique.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    proc = start(data, RELEASES[0])
    try:
        line = proc.stderr.readline()  # blocks until the run reports that it waits
        assert line.startswith(f"waiting for {data / '.communique.lock'}")
        time.sleep(0.5)
        assert proc.poll() is None and not (data / "documents").exists()
    finally:
        os.close(fd)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert (data / "documents" / f"{RELEASES[0].stem}.yml").is_file()


def test_three_overlapping_runs_at_once_leave_a_tree_that_checks(tmp_path):
    data = fresh(tmp_path / "data")
    procs = [start(data, RELEASES[i], RELEASES[i + 1]) for i in range(3)]  # 0+1, 1+2, 2+3
    for p in procs:
        finish(p)
    st = store.load(data)
    assert st.problems == [] and sorted(st.documents) == [r.stem for r in RELEASES[:4]]
