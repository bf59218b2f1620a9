"""Pages across releases: relationships between countries, who met whom, and feeds.

Each function takes the page-context builder (`context.Contexts`) and adds its pages
the way the builder's own methods do: `cx.page(path, template, title)` and plain data.
"""
from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from . import feeds, graph
from .charts import period_span
from .labels import date_range, title_at
from .relations import Relationship
from .urls import page_path, url_of

# A page about a topic, a relationship or a country shows the latest rows of each list
# and links to the whole list, filtered: the full lists would make these pages megabytes.
LATEST = 30
LATEST_QUOTES = 10

RELATIONS = "relations"
GRAPH_PAGE = "who-met-whom.md"


def relation_path(r: Relationship) -> str:
    return page_path(RELATIONS, r.slug)


def country_name(cx, cid: str) -> str:
    p = cx.st.places.get(cid)
    return p.name if p else cid


def relation_title(cx, r: Relationship) -> str:
    return f"{country_name(cx, r.pair[0])} \u2013 {country_name(cx, r.pair[1])}"


def relation_link(cx, r: Relationship, text: str | None = None) -> dict:
    return cx.link(relation_path(r), text or relation_title(cx, r), cls="cq-relation")


def shown_relations(relations: dict) -> list:
    """The pairs of countries that get a page."""
    return [pair for pair, r in relations.items() if r.events or r.figures or r.quotes or len(r.documents) > 0]


def relation_list(cx) -> None:
    rels = [cx.relations[pair] for pair in shown_relations(cx.relations)]
    c = cx.page(page_path(RELATIONS), "relations.html", "Relationships", backlinks=False,
                search=["Relationships between countries"])
    rows = []
    for r in sorted(rels, key=lambda r: (-len(r.events), -len(r.documents), r.pair)):
        days = [e.date for _, e in r.events if e.date]
        rows.append({"relation": relation_link(cx, r), "events": len(r.events), "quotes": len(r.quotes),
                     "figures": len(r.figures), "documents": len(r.documents),
                     "first": cx.date(min(days)) if days else None, "last": cx.date(max(days)) if days else None})
    c["rows"] = rows
    c["graph"] = cx.link(GRAPH_PAGE, "Who met whom")


def relation_page(cx, pair) -> None:
    r = cx.relations[pair]
    a, b = r.pair
    title = relation_title(cx, r)
    c = cx.page(relation_path(r), "relation.html", title,
                description=f"Events, people, quotes and figures between {title}.",
                search=[title, f"{country_name(cx, a)} {country_name(cx, b)} relations"])
    c["countries"] = [cx.place(a), cx.place(b)]
    both = {"country": a, "with": b}  # the lists' filter: rows touching both countries
    evs = latest_events(r.events)
    c["events"] = cx.event_rows(evs)
    c["events_more"] = cx.more(len(evs), len(r.events), "events", page_path("events"), both,
                               "All of them in the list of events")
    c["sides"] = [{"country": cx.place(side), "people": [
        {"person": cx.person(pid), "title": title_at(cx.st.people[pid], None), "count": _count(r, pid)}
        for pid in r.people.get(side, []) if pid in cx.st.people]} for side in r.pair]
    qs = latest_quotes(r.quotes)
    c["quotes"] = [cx.quote(d, q) for d, q in qs]
    c["quotes_more"] = cx.more(len(qs), len(r.quotes), "quotes", page_path("quotes"), both,
                               "All of them in the list of quotes")
    c["charts"] = [ch for (metric, unit), rows_ in r.series().items()
                   if (ch := cx.chart(f"{metric}, {title} ({unit})", rows_))]
    # Charted figures are in each chart's table; only those with no period to chart come again.
    c["figures"] = cx.figure_rows([(d, f) for d, f in r.figures if not period_span(f.period)])
    c["figures_all"] = {"href": cx.href(page_path("figures")) + f"?country={a}&with={b}",
                        "text": "the list of figures"} if r.figures else None
    c["topics"] = [{"topic": cx.topic(t), "count": n} for t, n in r.topics[:15]]
    docs = r.documents[:LATEST]
    c["documents"] = cx.doc_items(docs)
    c["documents_more"] = cx.more(len(docs), len(r.documents), "releases", page_path("sources"), both,
                                  "All of them in the list of sources")
    c["graph"] = cx.link(GRAPH_PAGE, "Who met whom")
    c["span"] = _span(r)


def latest_events(rows: list, n: int | None = None) -> list:
    """The n latest (document, event) pairs; undated ones count as the oldest."""
    return sorted(rows, key=lambda r: (r[1].date or dt.date.min, r[0].id, r[1].id))[-(n or LATEST):]


def latest_quotes(rows: list, n: int | None = None) -> list:
    """The n latest (document, quote) pairs, oldest first."""
    return sorted(rows, key=lambda r: (r[1].date or dt.date.min, r[0].id, r[1].id))[-(n or LATEST_QUOTES):]


def latest_figures(rows: list, n: int | None = None) -> list:
    """The n (document, figure) pairs of the latest periods, then the latest releases."""

    def key(r):
        span = period_span(r[1].period)
        return (span[1] if span else dt.date.min, r[0].published or dt.date.min, r[0].id, r[1].id)
    return sorted(rows, key=key)[-(n or LATEST):]


def _count(r: Relationship, pid: str) -> int:
    return sum(pid in e.participants for _, e in r.events) + sum(q.speaker == pid for _, q in r.quotes)


def _span(r: Relationship) -> str:
    days = [e.date for _, e in r.events if e.date]
    return date_range(min(days), max(days)) if days else ""


# ---- who met whom ----------------------------------------------------------------------

def graph_svg(cx, g: graph.Graph, title: str, centre: str | None = None, kind: str = "people") -> Markup | None:
    """An SVG of g from the current page, with nodes linking to their pages."""
    if len(g.labels) < 2 or not g.edges:
        return None
    pos = graph.circle_layout(g, centre) if centre else graph.force_layout(g)
    folder = "people" if kind == "people" else "places"
    hrefs = {n: cx.href(page_path(folder, n)) for n in g.labels}
    # A neighbourhood is a small circle: a lower canvas keeps it from towering over the page.
    height = 640 if not centre else (320 if len(g.labels) <= 4 else 480)
    return Markup(graph.svg(g, pos, hrefs.__getitem__, title, centre=centre, height=height,
                            labelled=len(g.labels) if centre else graph.LABELLED))


def legend(g: graph.Graph) -> list[dict]:
    return [{"label": grp, "colour": colour, "count": n} for grp, colour, n in graph.legend(g)]


def graph_page(cx) -> None:
    c = cx.page(GRAPH_PAGE, "graph.html", "Who met whom", backlinks=False,
                search=["Who met whom", "Network of people linked by shared events"])
    people = cx.graph("people")
    top = people.top(graph.MAX_NODES).backbone()
    c["people_total"] = len(people.labels)
    c["people_linked"] = sum(1 for n, k in people.contacts().items() if k)
    c["shown"] = len(top.labels)
    c["max_nodes"] = graph.MAX_NODES
    c["labelled"] = min(graph.LABELLED, len(top.labels))
    c["backbone"] = graph.BACKBONE
    c["people_svg"] = graph_svg(cx, top, "Who met whom: the most connected people")
    c["people_legend"] = legend(top)
    c["links"] = [{"a": cx.person(a), "b": cx.person(b), "count": w} for a, b, w in graph.strongest_links(people, 40)]
    countries = cx.graph("countries")
    c["countries_svg"] = graph_svg(cx, countries.top(graph.MAX_NODES).backbone(), "Countries linked by events",
                                   kind="places")
    c["country_links"] = [{"relation": relation_link(cx, cx.relations[(a, b)]), "count": w}
                          for a, b, w in graph.strongest_links(countries, 40)]
    c["relations"] = cx.link(page_path(RELATIONS), "All relationships")


def person_neighbourhood(cx, pid: str) -> Markup | None:
    near = cx.near(("people", pid))
    if near is None:
        return None
    return graph_svg(cx, near, f"Who {near.labels[pid]} met", centre=pid)


def country_neighbourhood(cx, cid: str) -> Markup | None:
    near = cx.near(("countries", cid))
    if near is None:
        return None
    return graph_svg(cx, near, f"Countries linked to {near.labels[cid]} by events", centre=cid, kind="places")


# ---- feeds -----------------------------------------------------------------------------

FEED = "feeds/releases.xml"
CALENDAR = "feeds/events.ics"


def feed_files(cx, site_name: str, site_url: str | None) -> list[tuple[str, str]]:
    """(path, text) of the Atom feed of releases and the iCalendar of events."""
    st = cx.st
    base = (site_url or "").rstrip("/") + "/" if site_url else ""

    def url(path: str, from_feed: bool = True) -> str:
        u = url_of(path, cx.directory_urls)
        if base:
            return base + u
        return "../" + u if from_feed else ""  # relative to feeds/: only Atom takes relative links

    entries = []
    for d in cx.docs:
        if not d.published:
            continue
        src = st.sources.get(d.id)
        entries.append(feeds.Entry(
            key=d.id, title=d.title, link=url(page_path("sources", d.id)), published=d.published,
            summary=d.summary, author=(src.meta.publisher if src and src.meta.publisher else ""),
            categories=tuple(st.topics[t].label for t in d.topics if t in st.topics)))
    atom = feeds.atom(entries, title=f"{site_name}: latest releases", self_link=(base + FEED) if base else "releases.xml",
                      home_link=base or "../", site=site_name)
    events = []
    for d, e in cx.events:
        if not e.date:
            continue
        names = [st.people[p].name for p in e.participants if p in st.people]
        place = st.places[e.place].name if e.place in st.places else ""
        summary = e.summary or f"{e.type.replace('_', ' ').capitalize()}: {', '.join(names)}"
        events.append(feeds.CalendarEvent(
            key=f"{d.id}/{e.id}", summary=summary, start=e.date, end=e.end_date, location=place,
            description="\n".join(x for x in (", ".join(names), f"Source: {d.title}") if x),
            url=url(page_path("events", d.id, e.id), from_feed=False),
            categories=tuple(st.topics[t].label for t in e.topics if t in st.topics), stamp=d.published))
    cal = feeds.ics(events, name=f"{site_name}: events", site=site_name)
    return [(FEED, atom), (CALENDAR, cal)]
