"""Small reader-facing wordings: date ranges, a person's title on a day, backlink groups."""
from __future__ import annotations

import datetime as dt
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
