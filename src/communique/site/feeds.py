"""Feeds beside the pages: Atom (RFC 4287) of the latest releases and iCalendar
(RFC 5545) of dated events. Pure functions: same records, same bytes (no clock)."""
from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass
from typing import Iterable
from xml.sax.saxutils import escape as _xml

FEED_SIZE = 50
_NS = uuid.UUID("6f1b8d2e-3c4a-5e6f-8a9b-0c1d2e3f4a5b")  # this project's namespace for stable ids


def _x(text) -> str:
    # XML 1.0 cannot hold most control characters, even escaped.
    s = "".join(c for c in ("" if text is None else str(text)) if c >= " " or c in "\t\n")
    return _xml(s, {'"': "&quot;"})


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def stable_id(*parts: str) -> str:
    """An absolute IRI for atom:id that never changes for the same record."""
    return "urn:uuid:" + str(uuid.uuid5(_NS, "/".join(parts)))


@dataclass(frozen=True)
class Entry:
    key: str  # the record's id: gives the entry's permanent id
    title: str
    link: str  # absolute, or relative to the feed's own address
    published: dt.date
    summary: str = ""
    author: str = ""
    categories: tuple[str, ...] = ()


def atom(entries: Iterable[Entry], *, title: str, self_link: str, home_link: str, site: str) -> str:
    """The newest FEED_SIZE entries as an Atom feed; undated entries cannot be in a feed."""
    items = sorted(entries, key=lambda e: (e.published, e.key), reverse=True)[:FEED_SIZE]
    updated = items[0].published if items else dt.date(1970, 1, 1)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<id>{stable_id(site, 'feed')}</id>",
           f"<title>{_x(title)}</title>",
           f"<updated>{_stamp(updated)}</updated>",
           f'<link rel="self" type="application/atom+xml" href="{_x(self_link)}"/>',
           f'<link rel="alternate" type="text/html" href="{_x(home_link)}"/>',
           f"<author><name>{_x(site)}</name></author>",
           '<generator uri="https://www.mkdocs.org/">communique</generator>']
    for e in items:
        out += ["<entry>",
                f"<id>{stable_id(site, 'document', e.key)}</id>",
                f"<title>{_x(e.title)}</title>",
                f'<link rel="alternate" type="text/html" href="{_x(e.link)}"/>',
                f"<published>{_stamp(e.published)}</published>",
                f"<updated>{_stamp(e.published)}</updated>"]
        if e.author:
            out.append(f"<author><name>{_x(e.author)}</name></author>")
        out += [f'<category term="{_x(c)}"/>' for c in e.categories]
        if e.summary:
            out.append(f"<summary>{_x(e.summary)}</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class CalendarEvent:
    key: str
    summary: str
    start: dt.date
    end: dt.date | None = None  # the last day, inclusive
    location: str = ""
    description: str = ""
    url: str = ""  # only an absolute URL belongs here
    categories: tuple[str, ...] = ()
    stamp: dt.date | None = None  # when the record was published; DTSTAMP must not move


def ics(events: Iterable[CalendarEvent], *, name: str, site: str) -> str:
    """All-day events as an iCalendar file (CRLF lines folded at 75 octets)."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{_text(site)}//communique//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_text(name)}"]
    return ("".join(_fold(line) + "\r\n" for line in head)
            + "".join(_vevent(e, site) for e in sorted(events, key=lambda e: (e.start, e.key)))
            + "END:VCALENDAR\r\n")


@functools.lru_cache(maxsize=50_000)
def _vevent(e: CalendarEvent, site: str) -> str:
    """One event's lines, folded. Kept: under `mkdocs serve` most events are unchanged."""
    last = e.end if e.end and e.end >= e.start else e.start
    lines = ["BEGIN:VEVENT",
             f"UID:{stable_id(site, 'event', e.key)[9:]}@communique",
             f"DTSTAMP:{(e.stamp or e.start):%Y%m%d}T000000Z",
             f"DTSTART;VALUE=DATE:{e.start:%Y%m%d}",
             # DTEND of an all-day event is the day after the last one (exclusive).
             f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}",
             f"SUMMARY:{_text(e.summary)}"]
    if e.location:
        lines.append(f"LOCATION:{_text(e.location)}")
    if e.description:
        lines.append(f"DESCRIPTION:{_text(e.description)}")
    if e.categories:
        lines.append("CATEGORIES:" + ",".join(_text(c) for c in e.categories))
    if e.url:
        lines.append(f"URL:{e.url}")
    lines.append("END:VEVENT")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; no control characters."""
    s = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    s = s.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return "".join(c for c in s if c >= " " and c != "\x7f")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space;
    a UTF-8 character is never cut in two."""
    if len(line) <= 75 // 4 or len(line.encode("utf-8")) <= 75:  # most lines: nothing to fold
        return line
    out, cur, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append("".join(cur))
            cur, size = [], 0
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n ".join(out)
