"""Relationships between pairs of countries, computed from the records.

A record belongs to a country through a place (a city counts for its country), a
person (their country, else the countries of their roles) or a figure's parties.
An event or figure that touches two countries belongs to their pair; so does a release
naming people of both. A release's places alone make no pair: releases name countries
in passing ("like Germany, we..."), and every such mention would make a page of noise.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Document, Event, Figure, Quote

Pair = tuple[str, str]  # two country ids, sorted


def pair_of(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def pair_slug(pair: Pair) -> str:
    # Slugs never hold "--" (see SLUG_PATTERN), so the two ids stay separable.
    return f"{pair[0]}--{pair[1]}"


class Countries:
    """Resolves places and people to country ids (ids of places of kind country)."""

    def __init__(self, st):
        self.st = st
        self._place: dict[str, str | None] = {}
        self._person: dict[str, frozenset[str]] = {}

    def of_place(self, pid: str | None) -> str | None:
        if not pid:
            return None
        if pid not in self._place:
            seen: set[str] = set()
            cur: str | None = pid
            while cur is not None:  # venue -> city -> country
                p = self.st.places.get(cur)
                if p is None or cur in seen:  # unknown, or a cycle: no country
                    cur = None
                elif p.kind == "country":
                    break
                else:
                    seen.add(cur)
                    cur = p.country
            self._place[pid] = cur
        return self._place[pid]

    def of_person(self, pid: str | None) -> frozenset[str]:
        if not pid:
            return frozenset()
        if pid not in self._person:
            p = self.st.people.get(pid)
            out: set[str] = set()
            if p:
                c = self.of_place(p.country)
                if c:
                    out.add(c)
                else:
                    out |= {x for r in p.roles if (x := self.of_place(r.country))}
            self._person[pid] = frozenset(out)
        return self._person[pid]

    def of_event(self, ev: Event) -> set[str]:
        out = {c for p in ev.participants for c in self.of_person(p)}
        if c := self.of_place(ev.place):
            out.add(c)
        return out

    def of_figure(self, f: Figure) -> set[str]:
        return {c for p in f.parties if (c := self.of_place(p))}

    def of_people(self, people) -> set[str]:
        return {c for p in people for c in self.of_person(p)}


@dataclass
class Relationship:
    pair: Pair
    events: list[tuple[Document, Event]] = field(default_factory=list)
    quotes: list[tuple[Document, Quote]] = field(default_factory=list)
    figures: list[tuple[Document, Figure]] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    people: dict[str, list[str]] = field(default_factory=dict)  # country -> person ids, most active first
    topics: list[tuple[str, int]] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return pair_slug(self.pair)

    @property
    def weight(self) -> int:
        return len(self.events) + len(self.figures) + len(self.documents)

    def series(self) -> dict[tuple[str, str], list[tuple[Document, Figure]]]:
        """(metric, currency or unit) -> figures, by period: one chart each."""
        out: dict[tuple[str, str], list] = defaultdict(list)
        for d, f in self.figures:
            out[(f.metric, f.currency or f.unit or "")].append((d, f))
        return {k: sorted(v, key=lambda r: (r[1].period or "", r[0].id, r[1].id)) for k, v in sorted(out.items())}


def relationships(st) -> dict[Pair, Relationship]:
    """Every pair of countries some record connects, with what connects them."""
    cs = Countries(st)
    rel: dict[Pair, Relationship] = {}

    def get(pair: Pair) -> Relationship:
        if pair not in rel:
            rel[pair] = Relationship(pair)
        return rel[pair]

    def pairs(countries) -> list[Pair]:
        return [pair_of(a, b) for a, b in itertools.combinations(sorted(countries), 2)]

    docs = sorted(st.documents.values(), key=lambda d: (d.published or dt.date.min, d.id))
    for d in docs:
        ev_pairs: dict[str, list[Pair]] = {}
        for e in d.events:
            ev_pairs[e.id] = pairs(cs.of_event(e))
            for pr in ev_pairs[e.id]:
                get(pr).events.append((d, e))
        for f in d.figures:
            for pr in pairs(cs.of_figure(f)):
                get(pr).figures.append((d, f))
        fig_pairs = [pr for f in d.figures for pr in pairs(cs.of_figure(f))]
        ev_all = [pr for prs in ev_pairs.values() for pr in prs]
        doc_pairs = sorted(set(ev_all) | set(fig_pairs) | set(pairs(cs.of_people(d.people))))
        for pr in doc_pairs:
            get(pr).documents.append(d)
        for q in d.quotes:
            # A quote belongs to the pairs of its event, or else to the pairs of its release
            # that hold the speaker's country.
            spk = cs.of_person(q.speaker)
            qp = ev_pairs.get(q.event) if q.event else None
            if not qp:
                qp = [pr for pr in doc_pairs if spk & set(pr)]
            for pr in qp:
                get(pr).quotes.append((d, q))
    for r in rel.values():
        _people_and_topics(r, cs)
    return dict(sorted(rel.items()))


def _people_and_topics(r: Relationship, cs: Countries) -> None:
    active: Counter[str] = Counter()
    for _, e in r.events:
        active.update(e.participants)
    active.update(q.speaker for _, q in r.quotes if q.speaker)
    sides: dict[str, list[str]] = {c: [] for c in r.pair}
    for pid, _ in sorted(active.items(), key=lambda kv: (-kv[1], kv[0])):
        for c in cs.of_person(pid) & set(r.pair):
            sides[c].append(pid)
    r.people = sides
    topics: Counter[str] = Counter()
    for _, e in r.events:
        topics.update(e.topics)
    for _, q in r.quotes:
        topics.update(q.topics)
    for d in r.documents:
        topics.update(d.topics)
    r.topics = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))
    # The release of an event counts even when its text names only one side's places.
    seen = {d.id for d in r.documents}
    for d, _ in r.events + r.figures + r.quotes:
        if d.id not in seen:
            r.documents.append(d)
            seen.add(d.id)
    r.documents.sort(key=lambda d: (d.published or dt.date.min, d.id), reverse=True)
    r.events.sort(key=lambda x: (x[1].date or dt.date.max, x[0].id, x[1].id))


def events_in_country(st) -> dict[str, list[tuple[Document, Event]]]:
    """country id -> events at a place in it (the country itself, its cities, their venues)."""
    cs = Countries(st)
    out: dict[str, list] = defaultdict(list)
    for d in st.documents.values():
        for e in d.events:
            if c := cs.of_place(e.place):
                out[c].append((d, e))
    return out
