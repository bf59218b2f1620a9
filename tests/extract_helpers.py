"""A knowledge base for extraction tests: the project's own places, organisations and
topics (data, not code), with no people, so results do not depend on earlier runs."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from communique import store
from communique.extract.kb import KnowledgeBase
from communique.extract.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def _base():
    st = store.load(ROOT / "data")
    return st.places, st.organizations, st.topics


def kb(people=None) -> KnowledgeBase:
    places, orgs, topics = _base()
    return KnowledgeBase(people=dict(people or {}), places=dict(places), organizations=dict(orgs), topics=dict(topics))


def run(text: str, published=None, people=None):
    k = kb(people)
    ex = extract(text, "doc", k, title="T", published=published)
    return ex, k


def names(ex) -> dict[str, dict]:
    return {p["name"]: p for p in ex.people}


def speaker_names(ex) -> list[tuple[str, str | None]]:
    by_id = {p["id"]: p["name"] for p in ex.people}
    return [(q.text, by_id.get(q.speaker)) for q in ex.document.quotes]


def kinds_and_days(ex) -> list[tuple[str, str]]:
    """Each event's type and day, in order: what a readout's test usually asks."""
    return [(e.type, str(e.date)) for e in ex.document.events]
