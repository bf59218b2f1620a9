"""Atom and iCalendar feeds, checked by independent parsers (feedparser, icalendar)."""
from __future__ import annotations

import datetime as dt

import feedparser
import icalendar

from communique.site.feeds import FEED_SIZE, CalendarEvent, Entry, atom, ics

HOSTILE = '<script>alert(1)</script> & "quoted" \x01\u202e\U0001F600'


def _entries(n: int) -> list[Entry]:
    return [Entry(key=f"doc-{i:03d}", title=f"Release {i}", link=f"sources/doc-{i:03d}/",
                  published=dt.date(2024, 1, 1) + dt.timedelta(days=i), summary=f"Summary {i}",
                  author="Ministry", categories=("trade", "energy")) for i in range(n)]


def test_atom_feed_parses_cleanly_newest_first_and_capped():
    xml = atom(_entries(FEED_SIZE + 5), title="communique: releases", self_link="feed.xml",
               home_link="./", site="communique")
    feed = feedparser.parse(xml)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "communique: releases"
    assert len(feed.entries) == FEED_SIZE
    first = feed.entries[0]
    assert first.title == f"Release {FEED_SIZE + 4}"
    assert first.link == f"sources/doc-{FEED_SIZE + 4:03d}/"
    assert first.published_parsed[:3] == (2024, 2, 24)
    assert feed.feed.updated_parsed[:3] == (2024, 2, 24)
    assert [t.term for t in first.tags] == ["trade", "energy"]
    assert first.id.startswith("urn:uuid:") and len({e.id for e in feed.entries}) == FEED_SIZE
    # Same records, same bytes: no clock in the output.
    assert xml == atom(_entries(FEED_SIZE + 5), title="communique: releases", self_link="feed.xml",
                       home_link="./", site="communique")


def test_atom_keeps_hostile_text_as_text():
    e = Entry(key="x", title=HOSTILE, link="sources/x/?a=1&b=2", published=dt.date(2024, 5, 6), summary=HOSTILE)
    feed = feedparser.parse(atom([e], title="t", self_link="feed.xml", home_link="./", site="s"))
    assert feed.bozo == 0
    assert feed.entries[0].link == "sources/x/?a=1&b=2"
    # Plain text, character for character (less the control character XML cannot hold).
    assert feed.entries[0].title_detail.type == "text/plain"
    assert feed.entries[0].title == HOSTILE.replace("\x01", "")


def test_ics_parses_with_all_day_dates_and_exclusive_end():
    evs = [CalendarEvent(key="d1/visit", summary="Visit, with talks; and more", start=dt.date(2024, 3, 4),
                         end=dt.date(2024, 3, 8), location="Berlin", description="Line one\nline two " + "é" * 80,
                         url="https://example.org/events/d1/visit/", categories=("Trade", "Energy, oil"),
                         stamp=dt.date(2024, 3, 9)),
           CalendarEvent(key="d1/call", summary=HOSTILE, start=dt.date(2024, 3, 1))]
    text = ics(evs, name="communique events", site="communique")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    got = cal.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in got] == [HOSTILE.replace("\x01", ""), "Visit, with talks; and more"]
    call, visit = got
    assert call.decoded("DTSTART") == dt.date(2024, 3, 1) and call.decoded("DTEND") == dt.date(2024, 3, 2)
    assert visit.decoded("DTSTART") == dt.date(2024, 3, 4)
    assert visit.decoded("DTEND") == dt.date(2024, 3, 9)  # the day after the last day
    assert str(visit["DESCRIPTION"]) == "Line one\nline two " + "é" * 80
    assert str(visit["URL"]) == "https://example.org/events/d1/visit/"
    assert visit.decoded("DTSTAMP").date() == dt.date(2024, 3, 9)
    assert len({str(e["UID"]) for e in got}) == 2
    assert [str(c) for c in visit["CATEGORIES"].cats] == ["Trade", "Energy, oil"]
