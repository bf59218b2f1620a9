"""Review state: the queue's order, coverage, `communique review`, and re-extraction
never touching what an editor reviewed."""
from __future__ import annotations

import shutil

from communique import store
from communique.cli import main
from communique.model import Review
from communique.review import coverage, queue
from extract_helpers import ROOT


def _with_reviews(tree, **reviews):
    """Set review on records of document s1: key 'event'/'quote'/'figure'/'document'."""
    st = store.load(tree)
    doc = st.documents["s1"]
    upd = {}
    for kind, rv in reviews.items():
        if kind == "document":
            upd["review"] = rv
        else:
            key = kind + "s"
            upd[key] = [r.model_copy(update={"review": rv}) for r in getattr(doc, key)]
    store.write_record(tree, doc.model_copy(update=upd))
    st = store.load(tree)
    assert st.problems == []
    return st


def test_queue_puts_lowest_confidence_first_then_reasons_and_skips_reviewed(tree):
    st = _with_reviews(tree, quote=Review(confidence=0.9), figure=Review(confidence=0.3),
                       event=Review(reason="participants guessed"),
                       document=Review(status="reviewed", by="ed", on="2024-05-01"))
    order = [(i.kind, i.id) for i in queue(st)]
    assert order == [("figure", "f1"), ("quote", "q1"), ("event", "meeting-2024-03-04")]
    assert coverage(st)["all"] == (1, 4)
    assert coverage(st)["document"] == (1, 1)
    assert coverage(st)["event"] == (0, 1)


def test_absent_review_means_unchecked(tree):
    st = store.load(tree)
    assert [i.kind for i in queue(st)] == ["document", "event", "quote", "figure"]
    assert coverage(st)["all"] == (0, 4)


def test_review_command_prints_path_line_and_doubt(tree, capsys):
    _with_reviews(tree, figure=Review(confidence=0.25, reason="period unclear"),
                  event=Review(status="reviewed", by="ed"))
    assert main(["review", str(tree)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith(f"{tree}/documents/s1.yml:")
    assert "figure f1 [confidence 0.25; period unclear]: bilateral trade 2023" in lines[0]
    assert not any("meeting-2024-03-04" in l for l in lines)
    assert len(lines) == 3
    assert "1 of 4 records reviewed; 3 to check" in err
    # The line named is the figure's own id line in the file.
    path, line = lines[0].split(":")[:2]
    assert open(path).read().splitlines()[int(line) - 1].strip() == "- id: f1"


def test_review_command_filters_and_limits(tree, capsys):
    assert main(["review", str(tree), "--kind", "quote", "--kind", "figure", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "quote q1" in out
    assert "2 to check, showing 1" in err


def test_review_command_refuses_a_broken_tree(tree, capsys):
    (tree / "documents" / "s1.yml").write_text("id: s1\ntitle: x\nreview: {status: maybe}\n")
    assert main(["review", str(tree)]) == 1
    err = capsys.readouterr().err
    assert f"{tree}/documents/s1.yml:3:" in err


def test_update_never_touches_reviewed_records_or_a_reviewed_documents_lists(tmp_path, capsys):
    data = tmp_path / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    src = ROOT / "tests" / "extraction" / "docs" / "02_news_report_brazil_germany.md"
    assert main(["extract", str(src), "--data", str(data)]) == 0
    did = "02_news_report_brazil_germany"
    doc = store.load(data).documents[did]
    assert len(doc.quotes) >= 2 and doc.people and doc.topics
    # An editor checks the document and the first quote (fixing its speaker), and deletes
    # a topic and the other quotes; then the release is extracted again with --update.
    checked = Review(status="reviewed", by="editor", on="2024-06-01")
    first = doc.quotes[0].model_copy(update={"speaker": doc.people[-1], "review": checked})
    assert first.speaker != doc.quotes[0].speaker
    edited = doc.model_copy(update={"quotes": [first], "topics": doc.topics[1:], "review": checked})
    store.write_record(data, edited)
    before = store.load(data).documents[did]
    assert main(["extract", str(data / "sources" / f"{did}.md"), "--data", str(data), "--update"]) == 0
    after = store.load(data).documents[did]
    assert after.quotes[0] == before.quotes[0]
    assert after.review == before.review
    assert after.topics == before.topics and after.people == before.people and after.places == before.places
    # The deleted quotes stay deleted: their passages are listed under `rejected:` instead.
    assert after.quotes == before.quotes
    deleted = sorted((q.evidence.start, q.evidence.end) for q in doc.quotes[1:])
    assert sorted((r.start, r.end) for r in after.rejected if r.kind == "quote") == deleted
