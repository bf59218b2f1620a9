"""Pages across releases, from the generator alone: relationships, review marks,
backlinks, titles, date ranges, filters' data, graphs and feeds."""
from __future__ import annotations

import datetime as dt
import html
import json
import re

import feedparser
import icalendar
import pytest

from communique import store
from communique.model import Event, Review
from communique.site import generate


def _pages(tree, **kw):
    return {p.path: p for p in generate(store.load(tree).raise_for_problems(), **kw)}


@pytest.fixture
def pages(tree):
    return _pages(tree)


def _section(html: str, anchor: str) -> str:
    """The HTML from the heading with this id to the next h2."""
    part = html.split(f'id="{anchor}"', 1)[1]
    return part.split("<h2", 1)[0]


def test_relationship_page_linked_from_both_countries_and_the_release(pages):
    rel = pages["relations/brazil--germany.md"].html
    assert "<h1>Brazil \u2013 Germany</h1>" in rel
    assert "meeting" in _section(rel, "timeline")
    people = _section(rel, "people")
    assert people.index("Ana Souza") < people.index("Karl Brandt")  # Brazil's side first
    assert "Our trade will double" in _section(rel, "quotes")
    assert 'class="cq-chart"' in _section(rel, "figures")
    assert "Trade" in _section(rel, "topics")
    assert "Minister visits Berlin" in _section(rel, "releases")
    for path in ("places/brazil.md", "places/germany.md", "sources/s1.md"):
        assert 'href="../../relations/brazil--germany/"' in pages[path].html, path
    assert re.search(r'href="(\.\./relations/)?brazil--germany/"', pages["relations/index.md"].html)


def test_country_page_gathers_the_events_at_its_cities(pages):
    assert "events/s1/meeting-2024-03-04/" in _section(pages["places/germany.md"].html, "events")
    assert "events/s1/meeting-2024-03-04/" not in _section(pages["places/brazil.md"].html, "events")


def test_unchecked_records_are_marked_and_the_home_page_counts_the_checked(tree):
    pages = _pages(tree)
    assert pages["events/index.md"].html.count('class="cq-u"') == 1
    assert "0 of 4 records checked" in pages["index.md"].html
    st = store.load(tree)
    doc = st.documents["s1"]
    done = Review(status="reviewed", by="ed", on=dt.date(2024, 6, 1))
    store.write_record(tree, doc.model_copy(update={"events": [e.model_copy(update={"review": done}) for e in doc.events]}))
    pages = _pages(tree)
    assert 'class="cq-u"' not in pages["events/index.md"].html
    assert "1 of 4 records checked" in pages["index.md"].html
    event = pages["events/s1/meeting-2024-03-04.md"].html
    assert "by ed on 2024-06-01" in event
    assert 'class="cq-u"' in _section(pages["sources/s1.md"].html, "records")  # the quote and figure


def test_backlinks_come_only_from_content_pages_grouped_by_kind(pages):
    back = pages["people/karl-brandt.md"].html.split('id="linked-from"', 1)[1]
    headings = re.findall(r"<h3>(.*?)</h3>", back)
    assert headings == ["Releases", "Events", "People"]
    for noise in ('href="../../"', "people/\"", "dates/", "topics/", "relations/", "who-met-whom"):
        assert noise not in back, noise


def test_participants_carry_their_title_and_multi_day_events_a_range(tree):
    st = store.load(tree)
    doc = st.documents["s1"]
    visit = Event(id="visit", type="visit", date=dt.date(2024, 3, 3), end_date=dt.date(2024, 3, 6),
                  place="berlin", participants=["ana-souza"])
    store.write_record(tree, doc.model_copy(update={"events": [*doc.events, visit]}))
    html = _pages(tree)["events/index.md"].html
    assert re.search(r'>Ana Souza</a> <span class="cq-note">Foreign Minister</span>', html)
    assert ">3\u20136 March 2024</a>" in html


def test_list_rows_carry_what_the_filters_read(pages):
    html = pages["events/index.md"].html
    row = re.search(r"<tr data-row [^>]*>", html).group(0)
    assert 'data-country="brazil germany"' in row and 'data-date="2024-03-04"' in row
    assert 'data-topic="trade"' in row and 'data-type="meeting"' in row
    labels = json.loads(re.search(r'class="cq-filter-labels">(.*?)</script>', html).group(1))
    assert labels["country"] == {"brazil": "Brazil", "germany": "Germany"}
    assert labels["topic"] == {"trade": "Trade"}
    fig = re.search(r"<tr id=\"s1-f1\"[^>]*>", pages["figures/index.md"].html).group(0)
    assert 'data-date="2023-01-01"' in fig and 'data-end="2023-12-31"' in fig and 'data-type="bilateral-trade"' in fig
    assert 'data-type="statement"' in pages["quotes/index.md"].html
    people = pages["people/index.md"].html
    assert 'data-cq-filter="country date topic type"' in people
    ana = re.search(r"<tr data-row [^>]*>(?=<td><a [^>]*>Ana Souza<)", people).group(0)
    assert 'data-type="minister"' in ana and 'data-country="brazil"' in ana
    assert 'data-type=""' in re.search(r"<tr data-row [^>]*>(?=<td><a [^>]*>Karl Brandt<)", people).group(0)
    labels = json.loads(re.search(r'class="cq-filter-labels">(.*?)</script>', people).group(1))
    assert labels["type"] == {"minister": "Minister"}


def test_who_met_whom_page_and_a_persons_neighbourhood(pages):
    whole = pages["who-met-whom.md"].html
    assert 'class="cq-graph"' in whole and 'data-nodes="2"' in whole and 'data-edges="1"' in whole
    ego = pages["people/ana-souza.md"].html
    assert 'class="cq-centre"' in ego and re.search(r'xlink:href="(\.\./\.\./people/|\.\./)karl-brandt/"', ego)


def test_feeds_parse_and_point_at_the_pages(tree):
    pages = _pages(tree)
    feed = feedparser.parse(pages["feeds/releases.xml"].data)
    assert feed.bozo == 0 and [e.title for e in feed.entries] == ["Minister visits Berlin"]
    assert feed.entries[0].link == "../sources/s1/"  # relative to the feed when the site has no URL
    cal = icalendar.Calendar.from_ical(pages["feeds/events.ics"].data)
    (ev,) = cal.walk("VEVENT")
    assert ev.decoded("DTSTART") == dt.date(2024, 3, 4) and str(ev["LOCATION"]) == "Berlin"
    assert "URL" not in ev  # a calendar link must be absolute: only with site_url
    pages = _pages(tree, site_url="https://example.org/kb/")
    feed = feedparser.parse(pages["feeds/releases.xml"].data)
    assert feed.entries[0].link == "https://example.org/kb/sources/s1/"
    (ev,) = icalendar.Calendar.from_ical(pages["feeds/events.ics"].data).walk("VEVENT")
    assert str(ev["URL"]) == "https://example.org/kb/events/s1/meeting-2024-03-04/"


def _filtered_rows(html: str, **query) -> list[str]:
    """The rows of a filtered list the filter script would show for this query."""
    rows = re.findall(r"<(?:tr|blockquote)\b[^>]*\bdata-row\b[^>]*>", html)
    out = []
    for row in rows:
        countries = re.search(r'data-country="([^"]*)"', row).group(1).split()
        topics = re.search(r'data-topic="([^"]*)"', row).group(1).split()
        if all(query[k] in countries for k in ("country", "with") if k in query) and \
                ("topic" not in query or query["topic"] in topics):
            out.append(row)
    return out


def test_hub_pages_show_the_latest_rows_and_link_to_the_whole_list_filtered(tree, monkeypatch):
    from communique.site import context, reader_pages

    st = store.load(tree)
    doc = st.documents["s1"]
    later = Event(id="call-2024-03-20", type="call", date=dt.date(2024, 3, 20),
                  participants=["ana-souza", "karl-brandt"], topics=["trade"])
    store.write_record(tree, doc.model_copy(update={"events": [*doc.events, later]}))
    monkeypatch.setattr(reader_pages, "LATEST", 1)
    monkeypatch.setattr(context, "BACKLINKS", 1)
    pages = _pages(tree)
    rel = _section(pages["relations/brazil--germany.md"].html, "timeline")
    assert "call-2024-03-20" in rel and "meeting-2024-03-04" not in rel  # the latest only
    more = re.search(r'<p class="cq-more">The latest 1 of 2 events\. <a href="([^"]+)"', rel).group(1)
    assert html.unescape(more) == "../../events/?country=brazil&with=germany"
    # The link's view holds exactly the relationship's events, and its quotes likewise.
    assert len(_filtered_rows(pages["events/index.md"].html, country="brazil", **{"with": "germany"})) == 2
    assert len(_filtered_rows(pages["quotes/index.md"].html, country="brazil", **{"with": "germany"})) == 1
    assert "All figures between them" in pages["relations/brazil--germany.md"].html
    topic = pages["topics/trade.md"].html
    assert re.search(r'The latest 1 of 2 events\. <a href="\.\./\.\./events/\?topic=trade"', topic)
    assert len(_filtered_rows(pages["events/index.md"].html, topic="trade")) == 2
    # Charted figures are not listed again under the chart.
    assert "<th>Metric</th>" not in _section(pages["relations/brazil--germany.md"].html, "figures")
    back = pages["people/karl-brandt.md"].html.split('id="linked-from"', 1)[1]
    assert "<em>and 1 more</em>" in back  # two events link here; one is shown
