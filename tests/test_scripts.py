"""The maintenance and benchmark scripts run (on tiny sizes: the figures are theirs to print)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> str:
    res = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    return res.stdout


def test_make_corpus_is_deterministic(tmp_path):
    run("scripts/make_corpus.py", "3", str(tmp_path / "a"))
    run("scripts/make_corpus.py", "3", str(tmp_path / "b"))
    a = sorted((tmp_path / "a").iterdir())
    assert len(a) == 3
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in sorted((tmp_path / "b").iterdir())]
    run("scripts/make_corpus.py", "3", str(tmp_path / "c"), "--seed", "8")
    assert a[0].read_bytes() != sorted((tmp_path / "c").iterdir())[0].read_bytes()


def test_score_extraction_prints_a_table():
    out = run("scripts/score_extraction.py")
    assert "| quotes |" in out and "| figures |" in out


def test_extraction_benchmarks_run():
    assert "docs/second" in run("scripts/bench_extract.py", "5")
    assert "seconds per MB" in run("scripts/bench_large.py", "0.01", "0.02")


def test_bench_runs_end_to_end_on_a_tiny_knowledge_base():
    out = run("scripts/bench.py", "--quick")
    for heading in ("## Extraction", "## Site build", "## Edit loop", "mkdocs serve --dirty"):
        assert heading in out


def test_bad_record_benchmark_runs():
    out = run("scripts/bench_bad_records.py", "--quick")
    assert "baseline (valid tree)" in out and "every exit 1: True" in out


def test_check_same_output_counts_documents_whose_records_differ(tmp_path):
    import shutil
    same = subprocess.run([sys.executable, "scripts/check_same_output.py", "src", "--sets", "synthetic,corpus",
                           "--synthetic", "3"], cwd=ROOT, capture_output=True, text=True)
    assert same.returncode == 0, same.stderr
    assert "documents compared (4 held out): 0 differ" in same.stdout
    # A tree whose extraction reads no month names: the dates it finds change.
    changed = tmp_path / "src"
    shutil.copytree(ROOT / "src", changed)
    scan = changed / "communique" / "extract" / "scan.py"
    scan.write_text(scan.read_text() + "\nMONTH_KEYS = ()\n")
    differ = subprocess.run([sys.executable, "scripts/check_same_output.py", "src", str(changed), "--sets", "synthetic"],
                            cwd=ROOT, capture_output=True, text=True)
    assert differ.returncode == 1, differ.stderr
    assert "0 differ" not in differ.stdout and "--- base/synthetic/" in differ.stdout


def test_compare_extract_cpu_prints_a_row_per_tree():
    out = run("scripts/compare_extract_cpu.py", "a=src", "b=src", "--docs", "2", "--rounds", "1")
    assert out.count("| a |") == 1 and out.count("| b |") == 1


def test_check_same_yaml_finds_a_changed_message(tmp_path):
    same = subprocess.run([sys.executable, "scripts/check_same_yaml.py", "src", "--mutations", "1"],
                          cwd=ROOT, capture_output=True, text=True)
    assert same.returncode == 0, same.stderr
    assert ": 0 differ" in same.stdout and " error" in same.stdout
    changed = tmp_path / "src" / "communique" / "store"
    changed.mkdir(parents=True)
    text = (ROOT / "src" / "communique" / "store" / "yamlio.py").read_text()
    assert "duplicate key " in text
    (changed / "yamlio.py").write_text(text.replace("duplicate key ", "repeated key "))
    differ = subprocess.run([sys.executable, "scripts/check_same_yaml.py", str(tmp_path / "src"), "--mutations", "1"],
                            cwd=ROOT, capture_output=True, text=True)
    assert differ.returncode == 1, differ.stderr
    assert "differs: " in differ.stdout and "repeated key" in differ.stdout


def test_diag_extraction_sorts_event_errors_the_scorers_way():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import diag_extraction
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    gold = {"people": [{"name": n, "aliases": []} for n in ("Ann Lee", "Bo Kim", "Cy Park")],
            "events": [{"type": "meeting", "date": "2024-01-02", "participants": ["Ann Lee", "Bo Kim"]},
                       {"type": "call", "date": "2024-01-03", "participants": ["Ann Lee", "Cy Park"]},
                       {"type": "visit", "date": None, "participants": ["Bo Kim"]}]}
    pred = {"people": [{"id": i, "name": n} for i, n in (("a", "Ann Lee"), ("b", "Bo Kim"), ("c", "Cy Park"))],
            "events": [{"date": "2024-01-02", "participants": ["a", "b"]},
                       {"date": "2024-01-04", "participants": ["a", "c"], "evidence": {"exact": "They spoke."}},
                       {"date": "2024-01-05", "participants": ["c"]}]}
    mapper = diag_extraction._scorer().Mapper(gold["people"], pred["people"])
    kinds = [k for k, _ in diag_extraction.event_rows(gold, pred, mapper)]
    # the wrong-day call keeps its people; no event shares the visit's day or visitor; the 5th is extra
    assert kinds == ["ok", "date", "missing", "fp"]
    held = run("scripts/diag_extraction.py", "quotes", "--set", "held")
    assert "==" not in held and "'ok'" in held  # held-out documents: counts only
