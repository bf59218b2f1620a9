"""The hand-made gold under tests/extraction/real is well formed and agrees with its documents.

Only the files are read; no extractor runs here (the gold must stay independent of it).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

REAL = Path(__file__).parent / "extraction" / "real"
GOLD = sorted((REAL / "gold").glob("*.json"))
EVENT_TYPES = {"meeting", "visit", "call", "talks", "signing", "press_conference", "address",
               "dinner", "ceremony", "exhibition", "other"}
KEYS = {"doc", "published_hint", "people", "places", "events", "quotes", "figures", "topics", "dates"}


def _iso(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def test_there_is_real_gold() -> None:
    assert len(GOLD) >= 20


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_matches_its_document(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert KEYS <= gold.keys(), f"{path.name}: missing {KEYS - gold.keys()}"
    assert gold["doc"] == path.stem + ".txt"
    text = (REAL / "docs" / gold["doc"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0].strip() and lines[1].strip() and lines[2] == "", f"{gold['doc']}: title, date, blank line"

    assert gold["published_hint"] in gold["dates"]
    for value in gold["dates"]:
        _iso(value)

    names = [p["name"] for p in gold["people"]]
    assert len(names) == len(set(names)), f"{path.name}: a person is listed twice"
    for person in gold["people"]:
        assert person["aliases"], f"{path.name}: {person['name']} has no alias"
        assert any(alias in text for alias in person["aliases"]), f"{path.name}: no alias of {person['name']} in text"

    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES, f"{path.name}: event type {event['type']!r}"
        if event["date"] is not None:
            _iso(event["date"])
        unknown = set(event["participants"]) - set(names)
        assert not unknown, f"{path.name}: participants not among people: {unknown}"

    for quote in gold["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in names, f"{path.name}: speaker {quote['speaker']!r}"
        assert quote["text"].strip()

    for figure in gold["figures"]:
        assert figure["low"] <= figure["high"], f"{path.name}: {figure['metric']} low > high"


def test_heldout_lists_name_existing_gold() -> None:
    stems = {p.stem for p in GOLD}
    for listing in REAL.glob("HELDOUT*.txt"):
        for name in listing.read_text(encoding="utf-8").split():
            assert name in stems, f"{listing.name}: {name} has no gold file"
