"""`communique extract` end to end: writes valid records, never loses an edit, --json."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from communique import store
from communique.cli import main
from communique.extract.kb import KnowledgeBase
from communique.extract.scoring import score_folder
from extract_helpers import ROOT

DOCS = ROOT / "tests" / "extraction" / "docs"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A knowledge base with the project's taxonomy and places but no documents or people."""
    data = tmp_path / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    return data


def test_extract_writes_records_that_pass_check(kb_dir, capsys):
    assert main(["extract", str(DOCS), "--data", str(kb_dir)]) == 0
    st = store.load(kb_dir)
    assert st.problems == []
    assert len(st.documents) == len(list(DOCS.iterdir()))
    assert len(st.sources) == len(st.documents)
    doc = st.documents["02_news_report_brazil_germany"]
    assert doc.quotes and doc.events and doc.figures
    for q in doc.quotes:
        assert q.text in st.sources[doc.id].text
    # The same person across documents is one record (Arvind Mehra is in three releases).
    assert sum(1 for p in st.people if p.startswith("arvind-mehra")) == 1
    head = (kb_dir / "documents" / "02_news_report_brazil_germany.yml").read_text().splitlines()[0]
    assert head == "# yaml-language-server: $schema=../../schema/document.schema.json"


def test_extract_is_deterministic_byte_for_byte(tmp_path, kb_dir):
    other = tmp_path / "other"
    shutil.copytree(kb_dir, other)
    assert main(["extract", str(DOCS), "--data", str(kb_dir)]) == 0
    assert main(["extract", str(DOCS), "--data", str(other)]) == 0
    files = sorted(p.relative_to(kb_dir) for p in kb_dir.rglob("*.yml"))
    assert files == sorted(p.relative_to(other) for p in other.rglob("*.yml"))
    for rel in files:
        assert (kb_dir / rel).read_bytes() == (other / rel).read_bytes(), rel


def test_rerun_keeps_hand_edits_and_update_adds_only_new_passages(kb_dir, capsys):
    src = DOCS / "04_call_readout_australia_indonesia.md"
    assert main(["extract", str(src), "--data", str(kb_dir)]) == 0
    doc_path = kb_dir / "documents" / "04_call_readout_australia_indonesia.yml"
    person_path = kb_dir / "people" / "daniel-ashworth.yml"
    edited_doc = doc_path.read_text().replace("type: call", "type: talks")
    assert "type: talks" in edited_doc
    doc_path.write_text(edited_doc)
    person_path.write_text(person_path.read_text() + "bio: Edited by hand.\n")
    capsys.readouterr()
    assert main(["extract", str(src), "--data", str(kb_dir)]) == 0
    assert "kept" in capsys.readouterr().out
    assert doc_path.read_text() == edited_doc
    assert person_path.read_text().endswith("bio: Edited by hand.\n")
    # --update: the hand-edited event stays; nothing at an already covered passage is added.
    assert main(["extract", str(src), "--data", str(kb_dir), "--update"]) == 0
    assert doc_path.read_text() == edited_doc


SRC04 = DOCS / "04_call_readout_australia_indonesia.md"
ID04 = "04_call_readout_australia_indonesia"


def update(kb_dir, capsys) -> str:
    capsys.readouterr()
    assert main(["extract", str(SRC04), "--data", str(kb_dir), "--update"]) == 0
    return capsys.readouterr().out


def edit(kb_dir, **changes):
    doc = store.load(kb_dir).raise_for_problems().documents[ID04]
    store.write_record(kb_dir, doc.model_copy(update=changes))
    return doc


def test_a_deleted_record_stays_deleted_and_is_listed_as_rejected(kb_dir, capsys):
    assert main(["extract", str(SRC04), "--data", str(kb_dir)]) == 0
    doc = edit(kb_dir, figures=[])
    gone = doc.figures[0].evidence
    out = update(kb_dir, capsys)
    assert f"the figure at {gone.start}-{gone.end} was deleted" in out
    after = store.load(kb_dir).raise_for_problems().documents[ID04]
    assert after.figures == [] and [(r.kind, r.start, r.end, r.exact) for r in after.rejected] == [
        ("figure", gone.start, gone.end, gone.exact)]
    assert after.events == doc.events and after.quotes == doc.quotes
    text = (kb_dir / "documents" / f"{ID04}.yml").read_text()
    assert update(kb_dir, capsys).startswith("kept")  # nothing new, nothing rejected twice
    assert (kb_dir / "documents" / f"{ID04}.yml").read_text() == text
    # The editor changes their mind: deleting the rejection lets --update add the figure again.
    edit(kb_dir, rejected=[])
    update(kb_dir, capsys)
    assert store.load(kb_dir).documents[ID04].figures == doc.figures


def test_a_rejected_quote_does_not_block_an_event_at_the_same_passage(kb_dir, capsys):
    from communique.extract import memory
    from communique.model import Rejection

    assert main(["extract", str(SRC04), "--data", str(kb_dir)]) == 0
    doc = store.load(kb_dir).documents[ID04]
    event = doc.events[0]
    # A quote was rejected somewhere in the event's sentence; the event itself is a new find
    # (absent from the document and from the ledger, as after an extractor improvement).
    inside = Rejection(kind="quote", start=event.evidence.start, end=event.evidence.start + 5,
                       exact=event.evidence.exact[:5])
    edit(kb_dir, events=doc.events[1:], rejected=[inside])
    ledger = memory.read_ledger(kb_dir, ID04, store.load(kb_dir).sources[ID04].text)
    memory.write_ledger(kb_dir, ID04, [s for s in ledger if s.kind != "event" or s.start != event.evidence.start])
    assert "1 new records" in update(kb_dir, capsys)
    after = store.load(kb_dir).raise_for_problems().documents[ID04]
    assert event.evidence in [e.evidence for e in after.events] and after.rejected == [inside]


def test_without_its_ledger_a_document_keeps_deletions_too(kb_dir, capsys):
    from communique.extract import memory

    assert main(["extract", str(SRC04), "--data", str(kb_dir)]) == 0
    doc = edit(kb_dir, quotes=doc_quotes[1:] if (doc_quotes := store.load(kb_dir).documents[ID04].quotes) else [])
    memory.ledger_path(kb_dir, ID04).unlink()
    update(kb_dir, capsys)
    after = store.load(kb_dir).raise_for_problems().documents[ID04]
    assert after.quotes == doc.quotes[1:] and [r.kind for r in after.rejected] == ["quote"]
    assert memory.ledger_path(kb_dir, ID04).is_file()  # rebuilt from what extraction finds now


def test_json_output_has_the_documented_shape_and_writes_nothing(kb_dir, capsys):
    before = sorted(p for p in kb_dir.rglob("*"))
    assert main(["extract", str(DOCS / "10_signing_ceremony_dinner.md"), "--data", str(kb_dir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(p for p in kb_dir.rglob("*")) == before
    assert set(out) >= {"source", "people", "places", "organizations", "events", "quotes", "figures", "topics", "dates"}
    assert set(out["source"]) >= {"id", "title", "published"}
    ids = {p["id"] for p in out["people"]}
    for e in out["events"]:
        assert set(e) >= {"id", "type", "date", "end_date", "place", "participants", "topics", "evidence"}
        assert set(e["participants"]) <= ids
    for q in out["quotes"]:
        assert q["speaker"] in ids | {None}
    assert {"id", "metric", "value_low", "value_high", "currency", "unit", "period", "evidence"} <= set(out["figures"][0])
    assert out["dates"] == ["2024-10-06", "2024-10-07", "2024-10-10"]


def test_published_option_and_inference(kb_dir, tmp_path, capsys):
    release = tmp_path / "Readout.txt"
    release.write_text("Prime Minister Ana Souza met President Karl Brandt on Monday.\n")
    assert main(["extract", str(release), "--data", str(kb_dir), "--json", "--published", "2024-06-12"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"]["published"] == "2024-06-12"
    assert out["events"][0]["date"] == "2024-06-10"
    release.write_text("Prime Minister Ana Souza met President Karl Brandt on 3 May 2024.\n")
    assert main(["extract", str(release), "--data", str(kb_dir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"]["published"] == "2024-05-03" and out["source"]["published_inferred"] is True


def test_a_hostile_file_name_cannot_escape_data(kb_dir, tmp_path):
    evil = tmp_path / "..%2F..%2Fetc%2Fpasswd.txt"
    evil.write_text("Minister Ana Souza met President Karl Brandt on 3 May 2024.\n")
    assert main(["extract", str(evil), "--data", str(kb_dir)]) == 0
    written = [p.resolve() for p in kb_dir.rglob("*") if p.is_file()]
    assert all(kb_dir.resolve() in p.parents for p in written)
    assert (kb_dir / "sources" / "2f-2fetc-2fpasswd.md").exists()


def test_a_release_that_clashes_with_a_stored_source_is_refused(kb_dir, tmp_path, capsys):
    a = tmp_path / "a" / "note.txt"
    a.parent.mkdir()
    a.write_text("Minister Ana Souza met President Karl Brandt on 3 May 2024.\n")
    b = tmp_path / "b" / "note.txt"
    b.parent.mkdir()
    b.write_text("Something else entirely happened on 4 May 2024.\n")
    assert main(["extract", str(a), "--data", str(kb_dir)]) == 0
    stored = (kb_dir / "sources" / "note.md").read_text()
    assert main(["extract", str(b), "--data", str(kb_dir)]) == 1
    assert "exists with other text" in capsys.readouterr().err
    assert (kb_dir / "sources" / "note.md").read_text() == stored


def test_extraction_quality_stays_above_target():
    """The scorer's figures on the hand-checked documents (see docs/extraction.md)."""
    st = store.load(ROOT / "data")
    kb = KnowledgeBase(places=st.places, organizations=st.organizations, topics=st.topics)
    for folder in ("", "heldout/"):
        report = score_folder(ROOT / "tests/extraction" / folder / "docs", ROOT / "tests/extraction" / folder / "expected", kb)
        for kind, tally in report.tallies.items():
            assert tally.f1 >= 0.9, (folder, kind, tally, report.misses)


def test_people_link_across_releases_by_full_name_and_shared_surnames_stay_apart(kb_dir, tmp_path):
    rel = tmp_path / "rel"
    rel.mkdir()
    (rel / "a.txt").write_text("Foreign Minister Ana Nair met Ambassador Priya Nair on 3 May 2024. Nair said it went well.\n")
    (rel / "b.txt").write_text("Foreign Minister Ana Nair met Trade Minister Carlos Nair on 9 May 2024. Ana Nair left.\n")
    assert main(["extract", str(rel), "--data", str(kb_dir)]) == 0
    st = store.load(kb_dir)
    assert sorted(st.people) == ["ana-nair", "carlos-nair", "priya-nair"]
    assert st.documents["b"].people == ["ana-nair", "carlos-nair"]


BOMB_FRONT_MATTER = "---\n" + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(9)) + "---\nText.\n"


def test_a_release_with_an_alias_bomb_in_its_front_matter_is_refused(kb_dir, tmp_path, capsys):
    outside = tmp_path / "bomb.md"
    outside.write_text(BOMB_FRONT_MATTER)
    assert main(["extract", str(outside), "--data", str(kb_dir)]) == 1
    err = capsys.readouterr().err
    assert f"{outside}:2: cannot read release: YAML anchors (&l0) are not allowed" in err
    stored = kb_dir / "sources" / "bomb.md"
    stored.parent.mkdir(exist_ok=True)
    stored.write_text(BOMB_FRONT_MATTER)
    assert main(["extract", str(stored), "--data", str(kb_dir), "--json"]) == 1
    assert f"{stored}:2: cannot read release: YAML anchors (&l0) are not allowed" in capsys.readouterr().err


def test_an_empty_knowledge_base_still_knows_every_country_and_writes_those_it_uses(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    release = tmp_path / "release.txt"
    release.write_text("Prime Minister meets High Commissioner\n2023-05-10\n\nPrime Minister Kamal Perera said that "
                       "Sri Lanka values the support of India, as High Commissioner Santosh Jha heard.\n", encoding="utf-8")
    assert main(["extract", str(release), "--data", str(data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(p["name"] for p in out["people"]) == ["Kamal Perera", "Santosh Jha"]  # no person "Lanka"
    assert {p["id"] for p in out["places"]} == {"india", "sri-lanka"}
    assert not list(data.iterdir())  # --json writes nothing
    assert main(["extract", str(release), "--data", str(data)]) == 0
    assert sorted(p.name for p in (data / "places").iterdir()) == ["india.yml", "sri-lanka.yml"]
    assert store.load(data).problems == []
