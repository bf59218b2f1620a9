"""The exports as a reader uses them: figures.csv and quotes.csv through csv.DictReader,
communique.json through json.loads, every value compared with the record it came from."""
from __future__ import annotations

import csv
import io
import json

import pytest

from communique import store
from communique.model import Document, Evidence, Figure, Organization, Person, Place, Quote, Topic
from communique.site import generate
from communique.site.exports import unguard_cell

HOSTILE = ["=cmd|' /C calc'!A0", "+1", "@x", "-2", "'quoted", "\tTab", "\u00abÇa va\u00bb 中文 \U0001F600"]
BODY = "Said: " + " / ".join(HOSTILE) + ".\nA line \"with quotes\", commas; and a\nbreak.\n"


def span(text: str) -> Evidence:
    start = BODY.index(text)
    return Evidence(start=start, end=start + len(text), exact=text)


@pytest.fixture
def st(tree):
    (tree / "sources" / "s2.md").write_text("---\ntitle: '=1+1'\npublished: 2024-05-01\n---\n" + BODY, encoding="utf-8")
    quotes = [Quote(id=f"q{i}", text=t, evidence=span(t) if i % 2 else None) for i, t in enumerate(HOSTILE)]
    quotes.append(Quote(id="multi", text="commas; and a\nbreak.", speaker="ana-souza", channel="speech",
                        date="2024-05-01", topics=["trade", "economy"], evidence=span("commas; and a\nbreak.")))
    figures = [
        Figure(id="empty", metric="-2", value_low=0, value_high=0, unit="percent"),
        Figure(id="hostile", metric="=SUM(A1)", parties=["brazil", "germany"], value_low=1.5, value_high=2.25,
               currency="EUR", period="FY2023-24", period_text="@x", evidence=span("+1")),
        Figure(id="unicode", metric=HOSTILE[-1], value_low=12e9, value_high=1e20, unit="'count"),
    ]
    store.write_record(tree, Document(id="s2", title="=1+1", quotes=quotes, figures=figures, people=["ana-souza"]))
    store.write_record(tree, Person(id="hostile-name", name="@SUM(1)", aliases=["-x", "Ç"], bio="+1\n=2"))
    loaded = store.load(tree)
    assert loaded.problems == [], loaded.problems
    return loaded


@pytest.fixture
def out(st):
    return {p.path: p.content for p in generate(st)}


def rows(text: str) -> list[dict]:
    return [{k: unguard_cell(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(text, newline=""))]


def test_no_cell_can_run_as_a_formula_and_no_empty_cell_gains_a_quote(out):
    for name in ("data/figures.csv", "data/quotes.csv"):
        for row in csv.reader(io.StringIO(out[name], newline="")):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
                assert cell != "'", (name, row)


def test_figures_csv_gives_back_every_value(st, out):
    got = {(r["document"], r["id"]): r for r in rows(out["data/figures.csv"])}
    expected = [(did, f) for did, d in st.documents.items() for f in d.figures]
    assert len(got) == len(expected) >= 4
    for did, f in expected:
        r = got[(did, f.id)]
        assert r["metric"] == f.metric
        assert r["parties"] == ";".join(f.parties)
        assert float(r["value_low"]) == f.value_low and float(r["value_high"]) == f.value_high
        assert (r["currency"] or None) == f.currency and (r["unit"] or None) == f.unit
        assert (r["period"] or None) == f.period and (r["period_text"] or None) == f.period_text
        assert r["evidence"] == (f.evidence.exact if f.evidence else "")


def test_quotes_csv_gives_back_every_value(st, out):
    got = {(r["document"], r["id"]): r for r in rows(out["data/quotes.csv"])}
    expected = [(did, q) for did, d in st.documents.items() for q in d.quotes]
    assert len(got) == len(expected) >= 9
    for did, q in expected:
        r = got[(did, q.id)]
        assert r["text"] == q.text
        assert (r["speaker"] or None) == q.speaker
        assert r["speaker_name"] == (st.people[q.speaker].name if q.speaker else "")
        assert (r["channel"] or None) == q.channel
        assert r["date"] == (q.date.isoformat() if q.date else "")
        assert (r["event"] or None) == q.event
        assert r["topics"] == ";".join(q.topics)


def test_json_gives_back_every_record_unchanged(st, out):
    kb = json.loads(out["data/communique.json"])
    kinds = {"documents": Document, "people": Person, "topics": Topic, "places": Place, "organizations": Organization}
    for key, model in kinds.items():
        records = getattr(st, key)
        assert [r["id"] for r in kb[key]] == sorted(records)
        for r in kb[key]:
            assert model.model_validate(r) == records[r["id"]], r["id"]
    assert {s["id"]: s["title"] for s in kb["sources"]} == {sid: s.meta.title for sid, s in st.sources.items()}
    assert kb["counts"] == st.counts()
