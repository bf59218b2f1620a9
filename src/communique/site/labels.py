"""Small reader-facing wordings: date ranges, a person's title on a day, backlink groups."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

# Pages whose links count as "Linked from": pages about one record. Home, the indexes,
# the date, topic, place and relationship pages list everything and would bury them.
CONTENT_KINDS = (("sources", "Releases"), ("events", "Events"), ("people", "People"),
                 ("organizations", "Organisations"))


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """4 March 2024; 4\u20138 March 2024; 30 March \u2013 1 April 2024; 30 December 2023 \u2013 2 January 2024."""
    if not start:
        return "undated"
    if not end or end <= start:
        return day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} \u2013 {day_text(end)}"
    return f"{day_text(start)} \u2013 {day_text(end)}"


def title_at(person, day: dt.date | None) -> str:
    """The title a person held on a day: the role whose dates cover it, else the current one."""
    roles = list(person.roles)
    if day:
        held = [r for r in roles if (r.start is None or r.start <= day) and (r.end is None or day <= r.end)]
        if held:  # the most specific: the one that started last
            return max(held, key=lambda r: r.start or dt.date.min).title
    current = [r for r in roles if not r.end] or roles
    return current[-1].title if current else ""


# What kind of office a person holds: the people list filters by it ("type").
OFFICE_KINDS = {"head": "Head of state or government", "minister": "Minister",
                "envoy": "Ambassador or envoy", "official": "Other office"}
_ENVOY = re.compile(r"\b(?:Ambassador|High Commissioner|Envoy|Consul|Charg[eé] d.Affaires|Permanent Representative)\b",
                    re.I)
_HEAD = re.compile(r"^(?:Acting\s+)?(?:President|Prime Minister|Chancellor(?! of the Exchequer)|King|Queen|Emir|Amir"
                   r"|Sultan|Emperor|Premier|Head of (?:State|Government))\b", re.I)
_MINISTER = re.compile(r"\bMinister\b|\bSecretary of State\b", re.I)


def office_kind(title: str) -> str:
    """A key of OFFICE_KINDS for a role's title: an envoy before a head ("Ambassador"), a
    deputy is not the head ("Deputy Prime Minister" is a minister)."""
    if _ENVOY.search(title):
        return "envoy"
    if _HEAD.search(title):
        return "head"
    if _MINISTER.search(title):
        return "minister"
    return "official"


def office_kinds(person) -> list[str]:
    """Every kind of office a person has held, in OFFICE_KINDS order."""
    kinds = {office_kind(r.title) for r in person.roles}
    return [k for k in OFFICE_KINDS if k in kinds]


def backlink_groups(paths: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Page paths that link here, kept only when they are content pages, grouped by kind."""
    groups: dict[str, list[str]] = {}
    for p in sorted(set(paths)):
        folder = p.split("/", 1)[0]
        if p.endswith("/index.md") or "/" not in p:
            continue
        for kind, label in CONTENT_KINDS:
            if folder == kind:
                groups.setdefault(label, []).append(p)
    return [(label, groups[label]) for _, label in CONTENT_KINDS if label in groups]
