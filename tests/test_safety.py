"""Nothing gets through, nothing hangs, nothing is lost."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_

from communique import store
from communique.cli import main
from communique.model import Document
from extract_helpers import ROOT, kb
from communique.extract.pipeline import extract

KB = kb()
FRAGMENTS = [
    "External Affairs Minister ", "Prime Minister ", "President ", "EAM ", "Mr. ", "Sheikh ", "the minister said",
    "Ana Souza", "Luiz Inácio Lula da Silva", "Trần Văn Sơn", "Kim", "Souza", " met ", " held talks with ",
    " signed ", " visited ", " on Monday", " the following day", "26 December 2023", "Dec. 26", "26/12/2023",
    "10-12 March 2024", " in Moscow", " in New Delhi", "USD 12-14 billion", "Rs 5,000 crore", "\u20b9 2 lakh",
    "\u20ac3bn", "\u00a5 1 trillion", "18 per cent", "FY 2022-23", "last year", "two years ago",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", ", he said.", " said: ", ". ", "\n", "\n\n", "&amp;",
    "&nbsp;", "&#8211;", "\u200b", "\u202e", "\U0001F600", "<script>alert(1)</script>", "{{ x }}", "[a](javascript:x)",
    "so-called ", "both leaders said ", "12 agreements", "1", "0", ",", "-", " ", "A", "Share this article\n",
]


def check_invariants(raw: str, ex) -> None:
    doc = Document.model_validate(ex.document.model_dump())
    people = {p["id"] for p in ex.people} | set(KB.people)
    for rec in [*doc.events, *doc.quotes, *doc.figures]:
        ev = rec.evidence
        assert ev is not None and raw[ev.start : ev.end] == ev.exact
    for q in doc.quotes:
        assert q.text in raw and (q.speaker is None or q.speaker in people)
        assert q.event is None or q.event in {e.id for e in doc.events}
    for e in doc.events:
        assert set(e.participants) <= people and (e.place is None or e.place in KB.places)
        assert set(e.topics) <= set(KB.topics)
    for f in doc.figures:
        assert 0 <= f.value_low <= f.value_high and set(f.parties) <= set(KB.places)
    assert len({e.id for e in doc.events}) == len(doc.events)
    assert len({q.id for q in doc.quotes}) == len(doc.quotes)


@settings(max_examples=300, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st_.lists(st_.one_of(st_.sampled_from(FRAGMENTS), st_.text(max_size=12)), max_size=80))
def test_extractor_never_crashes_and_every_output_is_valid(parts):
    raw = "".join(parts)
    check_invariants(raw, extract(raw, "doc", KB))


@contextmanager
def time_limit(seconds: int):
    """Turns a hang into a failure (not a speed goal: the limit is far above normal)."""
    def boom(*_):
        raise TimeoutError(f"still running after {seconds} s")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


ADVERSARIAL = {
    "digits": "1" * 200_000,
    "digit-groups": "1,000," * 30_000,
    "quotes": '"' * 100_000,
    "curly-quotes": "\u201c" * 50_000 + "\u201d" * 50_000,
    "capitals": "Minister Ana Souza Lula " * 10_000,
    "spaces": " " * 200_000,
    "dots": ". " * 100_000,
    "currency": "USD " * 50_000,
    "months": "December " * 30_000,
    "titles": "Deputy Prime Minister " * 10_000,
    "entities": "&amp;" * 50_000,
    "one-long-line": ("word " * 40_000) + "\u201cquote\u201d said Minister Ana Souza.",
    "nested-parens": "(" * 50_000 + ")" * 50_000,
    "hyphens": "-" * 200_000,
    "names-without-end": "A. " * 60_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extractor_does_not_hang_on_adversarial_text(name):
    raw = ADVERSARIAL[name]
    with time_limit(60):
        ex = extract(raw, "doc", KB)
    check_invariants(raw, ex)


def test_generated_releases_pass_communique_check(tmp_path):
    data = tmp_path / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    rels = tmp_path / "in"
    rels.mkdir()
    for i, parts in enumerate([FRAGMENTS, FRAGMENTS[::-1], FRAGMENTS[::2] * 3, FRAGMENTS[1::3] * 5]):
        (rels / f"r{i}.txt").write_text("".join(parts))
    assert main(["extract", str(rels), "--data", str(data)]) == 0
    assert store.load(data).problems == []


# ---- no lost work -------------------------------------------------------------------

def _tree_with_corpus(tmp_path: Path, n: int) -> tuple[Path, Path]:
    data = tmp_path / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(n), str(corpus)], check=True, capture_output=True)
    return data, corpus


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")}


@pytest.mark.parametrize("delay", [0.6, 1.2, 1.8])
def test_killing_extraction_mid_run_leaves_only_whole_files(tmp_path, delay):
    data, corpus = _tree_with_corpus(tmp_path, 200)
    proc = subprocess.Popen([sys.executable, "-m", "communique.cli", "extract", str(corpus), "--data", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.kill()
    proc.wait()
    st = store.load(data)
    assert st.problems == []  # every file present is whole and valid: old or new, never half
    written = len(st.documents)
    # A second run finishes the job without touching what the first one wrote.
    before = _digest(data / "documents")
    assert main(["extract", str(corpus), "--data", str(data)]) == 0
    after = _digest(data / "documents")
    assert all(after[k] == v for k, v in before.items())
    assert len(after) == 200 and written <= 200


def test_a_full_disk_fails_cleanly_and_keeps_every_old_file(tmp_path, capsys):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3000k", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        data, corpus = _tree_with_corpus(mnt, 0)
        shutil.rmtree(corpus)
        corpus = tmp_path / "corpus"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "400", str(corpus)], check=True, capture_output=True)
        before = _digest(data)
        code = main(["extract", str(corpus), "--data", str(data)])
        err = capsys.readouterr().err
        assert code == 1 and "No space left on device" in err
        after = _digest(data)
        assert all(after[k] == v for k, v in before.items())  # nothing old was lost or changed
        # What was written is whole: remove the tmpfs limit's victims and check the rest loads.
        assert not [p for p in data.rglob(".*.tmp")]
        problems = store.load(data).problems
        assert all("unknown person" not in p.message for p in problems)
        assert problems == []
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_an_unwritable_file_fails_cleanly(tmp_path, capsys, monkeypatch):
    data, corpus = _tree_with_corpus(tmp_path, 3)
    real_replace = os.replace

    def refuse(src, dst):
        if str(dst).endswith("release-00001.yml"):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["extract", str(corpus), "--data", str(data)]) == 1
    assert "cannot write its records: Permission denied" in capsys.readouterr().err
    assert not (data / "documents" / "release-00001.yml").exists()
    assert not [p for p in data.rglob(".*.tmp")]
    monkeypatch.setattr(os, "replace", real_replace)
    assert store.load(data).problems == []
    assert main(["extract", str(corpus), "--data", str(data)]) == 0  # a later run completes it
    assert (data / "documents" / "release-00001.yml").exists()


def test_ids_that_are_paths_cannot_be_records():
    from pydantic import ValidationError

    from communique.model import Person

    for bad in ("../../etc/passwd", "/etc/passwd", "a/b", "..", "x\\y", ""):
        with pytest.raises(ValidationError):
            Person(id=bad, name="x")
