"""store -> plain page contexts: what each page shows, as dicts of strings, numbers and lists.

No HTML is made here: every page is a `PageContext` naming its template
(`communique/person.html`, ...) and the data the template needs. Links are dicts
`{"href", "text", "cls"}` whose href is already relative to the page (so the site works
under any subpath); an entity without a page is `{"text": ...}` with no href. Every link
made is recorded, which gives entity pages their "Linked from" list.

To add a page kind: write a method that calls `self.page(path, template, title)` and
fills `self.cur.ctx`, call it from `build`, and add the template.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup

from ..model import Document, Event, Figure, Quote
from ..review import coverage, is_reviewed
from . import reader_pages
from .charts import period_span, time_chart
from .graph import country_graph, people_graph
from .html import figure_value, json_for_script
from .labels import OFFICE_KINDS, backlink_groups, date_range, office_kinds, title_at
from .reader_pages import latest_events, latest_figures, latest_quotes
from .relations import Countries, events_in_country, relationships
from .tracking import Built, Calls, Derived, Index, Listed, Members, Recorder, Records, unchanged
from .urls import page_path, url_of

CHANNEL_LABEL = {"x": "post on X", "social_media": "social media", "joint_statement": "joint statement",
                 "press_conference": "press conference"}

BACKLINKS = 40  # per kind; a hub page is linked from hundreds of records it already lists

KIND_LABEL = {
    "people": "People", "topics": "Topics", "places": "Places", "organizations": "Organisations",
    "events": "Events", "dates": "Dates", "sources": "Sources", "quotes": "Quotes", "figures": "Figures",
}


@dataclass
class PageContext:
    path: str
    template: str
    title: str
    ctx: dict = field(default_factory=dict)
    jsonld: list[dict] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    description: str = ""
    backlinks: bool = True
    # Text for the search index instead of the whole page (None: index the page).
    search: list[str] | None = None


class Contexts:
    """previous: the `built` of an earlier Contexts over the same site (a rebuild under
    `mkdocs serve`); its pages are kept where nothing they read has changed."""

    def __init__(self, st, directory_urls: bool = True, links_from_source: bool = False,
                 previous: dict[str, Built] | None = None, track: bool = False):
        self.st = self.raw = st
        self.directory_urls = directory_urls
        self._from_source = links_from_source
        self._bases: dict[str, tuple[str, str]] = {}  # page path -> (its URL, "../" to the site root)
        self._urls: dict[str, str] = {}  # target page path -> its URL
        self.pages: dict[str, PageContext] = {}
        self.links: dict[str, set[str]] = defaultdict(set)
        self.cur: PageContext | None = None
        self.previous = previous or {}
        self.built: dict[str, Built] = {}  # every page: its data, what it read, what it links to
        self.kept = 0  # pages taken from `previous`
        self._out: set[str] | None = None  # the links of the page being built
        self._index()
        if track or previous is not None:
            self._watch()
        else:  # a single build: the same reads, not noted (noting costs a tenth more)
            self._plain()

    # ---- indexes over the records -------------------------------------------------
    def _index(self) -> None:
        st = self.st
        self.docs = sorted(st.documents.values(), key=lambda d: (d.published or dt.date.min, d.id), reverse=True)
        self.events: list[tuple[Document, Event]] = [(d, e) for d in self.docs for e in d.events]
        self.quotes: list[tuple[Document, Quote]] = [(d, q) for d in self.docs for q in d.quotes]
        self.figures: list[tuple[Document, Figure]] = [(d, f) for d in self.docs for f in d.figures]
        self.ev_by_person, self.q_by_person = defaultdict(list), defaultdict(list)
        self.ev_by_date, self.q_by_date = defaultdict(list), defaultdict(list)
        self.ev_by_topic, self.q_by_topic = defaultdict(list), defaultdict(list)
        self.ev_by_place, self.ev_by_org = defaultdict(list), defaultdict(list)
        self.docs_by_person, self.docs_by_topic = defaultdict(list), defaultdict(list)
        self.docs_by_place, self.docs_by_org, self.docs_by_date = defaultdict(list), defaultdict(list), defaultdict(list)
        self.fig_by_place, self.fig_by_topic = defaultdict(list), defaultdict(list)
        for d, e in self.events:
            for p in e.participants:
                self.ev_by_person[p].append((d, e))
            for day in _days(e.date, e.end_date):
                self.ev_by_date[day].append((d, e))
            for t in e.topics:
                self.ev_by_topic[t].append((d, e))
            if e.place:
                self.ev_by_place[e.place].append((d, e))
            for o in e.organizations:
                self.ev_by_org[o].append((d, e))
        for d, q in self.quotes:
            if q.speaker:
                self.q_by_person[q.speaker].append((d, q))
            if q.date:
                self.q_by_date[q.date].append((d, q))
            for t in q.topics:
                self.q_by_topic[t].append((d, q))
        keyword_topics = self.metric_topics = self._metric_topics()
        for d, f in self.figures:
            for p in f.parties:
                self.fig_by_place[p].append((d, f))
            for t in keyword_topics.get(f.metric, ()):
                self.fig_by_topic[t].append((d, f))
        for d in self.docs:
            for p in d.people:
                self.docs_by_person[p].append(d)
            for t in d.topics:
                self.docs_by_topic[t].append(d)
            for p in d.places:
                self.docs_by_place[p].append(d)
            for o in d.organizations:
                self.docs_by_org[o].append(d)
            for day in set(d.dates) | ({d.published} if d.published else set()):
                self.docs_by_date[day].append(d)
        self.all_dates = sorted(set(self.ev_by_date) | set(self.q_by_date) | set(self.docs_by_date))
        self.date_set = set(self.all_dates)
        self.members = defaultdict(list)
        for p in st.people.values():
            for r in p.roles:
                if r.organization:
                    self.members[r.organization].append(p.id)
        self.topic_children = defaultdict(list)
        for t in st.topics.values():
            if t.parent:
                self.topic_children[t.parent].append(t.id)
        self.people_by_country = defaultdict(list)
        for p in st.people.values():
            if p.country:
                self.people_by_country[p.country].append(p.id)
        self._across()
        self._used()
        self.cities = defaultdict(list)  # places with a page, by the country they are in
        for pid in self.used_places:
            p = st.places[pid]
            if p.country:
                self.cities[p.country].append(p.id)

    INDEXES = ("ev_by_person", "q_by_person", "ev_by_date", "q_by_date", "ev_by_topic", "q_by_topic", "ev_by_place",
               "ev_by_org", "docs_by_person", "docs_by_topic", "docs_by_place", "docs_by_org", "docs_by_date",
               "fig_by_place", "fig_by_topic", "members", "topic_children", "people_by_country", "cities",
               "rel_by_country", "rel_by_doc", "quote_countries", "doc_countries", "ev_in_country", "metric_topics")

    def _plain(self) -> None:
        self.rec, self.sources = Recorder(), {}
        for name in self.INDEXES:
            setattr(self, name, _Plain({k: v for k, v in getattr(self, name).items() if v}))
        graphs = {"people": self.people_graph, "countries": self.country_graph}
        self.graph = graphs.__getitem__
        self.near = lambda key: _near(graphs[key[0]], key[1])
        raw = self.raw
        self.coverage = lambda _=None: coverage(raw)

    def _watch(self) -> None:
        """From here on, pages read the records and the indexes through wrappers that note
        each read (tracking.py). The indexes lose their empty lists: a page that asks for
        a key nobody has gets an empty list all the same."""
        rec = self.rec = Recorder()
        self.sources: dict[str, object] = {}

        def add(w):
            self.sources[w.name] = w
            return w
        self.st = _StoreView(self.raw, rec, add)
        for name in self.INDEXES:
            setattr(self, name, add(Index(name, {k: v for k, v in getattr(self, name).items() if v}, rec)))
        for name in ("docs", "events", "quotes", "figures", "all_dates"):
            setattr(self, name, add(Listed(name, getattr(self, name), rec)))
        for name in ("used_topics", "used_orgs", "used_places", "date_set"):
            setattr(self, name, add(Members(name, getattr(self, name), rec)))
        self.relations = add(Records("relations", self.relations, rec))
        self.countries = add(Calls("countries", self.countries, rec))
        graphs = {"people": self.people_graph, "countries": self.country_graph}
        self.graph = add(Derived("graph", graphs.__getitem__, rec))
        self.near = add(Derived("near", lambda key: _near(graphs[key[0]], key[1]), rec))
        raw = self.raw
        self.coverage = add(Derived("coverage", lambda _: coverage(raw), rec))

    def _across(self) -> None:
        """What spans releases: relationships between countries and who met whom."""
        st = self.st
        self.countries = Countries(st)
        self.relations = relationships(st)
        self.rel_by_country: dict[str, list] = defaultdict(list)
        self.rel_by_doc: dict[str, list] = defaultdict(list)
        # The countries a quote or a release concerns, for the lists' filter by country: a
        # relationship page's "all of them" link (country=a&with=b) then finds its rows.
        self.quote_countries: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.doc_countries: dict[str, set[str]] = defaultdict(set)
        for r in self.relations.values():
            for c in r.pair:
                self.rel_by_country[c].append(r)
            for d in r.documents:
                self.rel_by_doc[d.id].append(r)
                self.doc_countries[d.id].update(r.pair)
            for d, q in r.quotes:
                self.quote_countries[(d.id, q.id)].update(r.pair)
        self.ev_in_country = events_in_country(st)
        self.people_graph = people_graph(st, self.events, self.countries.of_person)
        self.country_graph = country_graph(st, self.relations)

    def _used(self) -> None:
        """Places, organisations and topics get a page only if a record mentions them:
        the gazetteer holds hundreds that no release names yet."""
        st = self.st
        self.used_topics = {t for t in st.topics if self.docs_by_topic[t] or self.ev_by_topic[t]
                            or self.q_by_topic[t] or self.fig_by_topic[t]}
        self.used_orgs = {o for o in st.organizations if self.docs_by_org[o] or self.ev_by_org[o] or self.members[o]}
        people_places = {x for p in st.people.values() for x in [p.country, *(r.country for r in p.roles)] if x}
        org_places = {st.organizations[o].country for o in self.used_orgs if st.organizations[o].country}
        self.used_places = {p for p in st.places if self.docs_by_place[p] or self.ev_by_place[p] or self.fig_by_place[p]
                            or p in people_places or p in org_places or self.rel_by_country[p]}

    def _metric_topics(self) -> dict[str, list[str]]:
        """Figures have a metric, not topics: "bilateral trade" belongs to the topic whose keyword it holds."""
        found = _topic_finder(self.st.topics)
        return {m: found(m) for m in {f.metric for _, f in self.figures}}

    # ---- pages and links -------------------------------------------------------------
    def page(self, path: str, template: str, title: str, **kw) -> dict:
        pc = PageContext(path, f"communique/{template}", title, **kw)
        self.pages[path] = pc
        self.cur = pc
        pc.ctx["title"] = title
        return pc.ctx

    def href(self, target: str, anchor: str = "") -> str:
        """urls.relative (or relative_to_source) from the current page, from two small tables
        instead of a cache keyed on both pages (120,000 links at 300 releases)."""
        here = self.cur.path
        if target.endswith(".md"):
            self.links[target].add(here)
            if self._out is not None:
                self._out.add(target)
            dst = self._urls.get(target)
            if dst is None:
                dst = self._urls[target] = url_of(target, self.directory_urls)
        else:
            dst = target
        base = self._bases.get(here)
        if base is None:
            up = here if self._from_source else url_of(here, self.directory_urls)
            base = self._bases[here] = (url_of(here, self.directory_urls), "../" * up.count("/"))
        if dst == base[0] and self.directory_urls and not self._from_source:
            rel = "./"
        else:
            rel = base[1] + dst or "./"
        return rel + "#" + anchor if anchor else rel

    def link(self, target: str, text: str, anchor: str = "", cls: str = "") -> dict:
        return {"href": self.href(target, anchor), "text": text, "cls": cls}

    def person(self, pid: str | None) -> dict:
        if not pid:
            return {"text": "unknown speaker", "em": True}
        p = self.st.people.get(pid)
        if not p:
            return {"text": pid}
        return self.link(page_path("people", pid), p.name, cls="cq-person")

    def topic(self, tid: str) -> dict:
        t = self.st.topics.get(tid)
        if tid not in self.used_topics:
            return {"text": t.label if t else tid, "cls": "cq-topic"}
        return self.link(page_path("topics", tid), t.label, cls="cq-topic")

    def place(self, pid: str | None) -> dict | None:
        if not pid:
            return None
        p = self.st.places.get(pid)
        if pid not in self.used_places:
            return {"text": p.name if p else pid}
        return self.link(page_path("places", pid), p.name, cls="cq-place")

    def org(self, oid: str) -> dict:
        o = self.st.organizations.get(oid)
        if oid not in self.used_orgs:
            return {"text": o.name if o else oid}
        return self.link(page_path("organizations", oid), o.name, cls="cq-org")

    def date(self, day: dt.date | None) -> dict:
        if not day:
            return {"text": "undated", "em": True}
        if day not in self.date_set:  # e.g. the start of a role: no page of its own
            return {"text": _fmt_date(day)}
        return self.link(page_path("dates", day.isoformat()), _fmt_date(day), cls="cq-date")

    def event_link(self, doc: Document, ev: Event, text: str | None = None) -> dict:
        return self.link(page_path("events", doc.id, ev.id), text or _event_title(ev), cls="cq-event")

    def source_link(self, doc: Document, text: str | None = None, anchor: str = "") -> dict:
        return self.link(page_path("sources", doc.id), text or doc.title, anchor=anchor, cls="cq-source")

    # ---- shared blocks ---------------------------------------------------------------
    def quote(self, doc: Document, q: Quote, show_speaker: bool = True, filtered: bool = False) -> dict:
        meta = []
        if show_speaker:
            meta.append(self.person(q.speaker))
        if q.channel:
            meta.append({"text": CHANNEL_LABEL.get(q.channel, q.channel.replace("_", " "))})
        if q.date:
            meta.append(self.date(q.date))
        if q.event:
            ev = next((e for e in doc.events if e.id == q.event), None)
            if ev:
                meta.append(self.event_link(doc, ev))
        out = {"id": _quote_anchor(doc, q), "text": q.text, "meta": meta,
               "source": self.source_link(doc, "source passage", anchor=_ev_anchor("quote", q.id)),
               "topics": [self.topic(t) for t in q.topics], "unchecked": not is_reviewed(q)}
        if filtered:
            countries = self.countries.of_person(q.speaker) | self.quote_countries.get((doc.id, q.id), set())
            out["filter"] = {"country": _words(countries), "date": _iso(q.date), "end": "",
                             "topic": _words(q.topics), "type": q.channel or "",
                             "type_label": CHANNEL_LABEL.get(q.channel or "", (q.channel or "").replace("_", " "))}
        return out

    def titled(self, pid: str, day: dt.date | None) -> dict:
        """A person's link with the title they held that day."""
        link = self.person(pid)
        p = self.st.people.get(pid)
        title = title_at(p, day) if p else ""
        return {**link, "note": title} if title else link

    def when(self, start: dt.date | None, end: dt.date | None) -> dict:
        """The first day's link, reading as the whole range for a multi-day event."""
        link = self.date(start)
        return {**link, "text": date_range(start, end)} if start and end and end > start else link

    def event_rows(self, rows: list[tuple[Document, Event]], filtered: bool = False) -> list[dict]:
        """filtered: the rows carry what the filter script reads (only lists that have one)."""
        rows = sorted(rows, key=lambda r: (r[1].date or dt.date.max, r[0].id, r[1].id))
        out = []
        for d, e in rows:
            row = {"date": self.when(e.date, e.end_date), "end": None,
                   "event": self.event_link(d, e, e.type.replace("_", " ")),
                   "who": [self.titled(p, e.date) for p in e.participants], "where": self.place(e.place),
                   "unchecked": not is_reviewed(e)}
            if filtered:
                row["filter"] = {"country": _words(self.countries.of_event(e)), "date": _iso(e.date),
                                 "end": _iso(e.end_date), "topic": _words(e.topics), "type": e.type}
            out.append(row)
        return out

    def filter_box(self, dims: str, rows: list[dict], type_labels: dict[str, str] | None = None) -> dict:
        """What the filter script needs beside the rows: the dimensions and the names of the ids
        (a row's one type is named by its "type_label"; several, by type_labels)."""
        type_labels = type_labels or {}
        labels: dict[str, dict[str, str]] = {}
        for r in rows:
            f = r.get("filter") or {}
            for w in f.get("country", "").split():
                labels.setdefault("country", {})[w] = self.st.places[w].name if w in self.st.places else w
            for w in f.get("topic", "").split():
                labels.setdefault("topic", {})[w] = self.st.topics[w].label if w in self.st.topics else w
            for w in f.get("type", "").split():
                labels.setdefault("type", {})[w] = type_labels.get(w) or f.get("type_label") or w.replace("_", " ")
        return {"dims": dims, "labels": Markup(json_for_script(labels))}

    def figure_rows(self, rows: list[tuple[Document, Figure]], filtered: bool = False) -> list[dict]:
        out = []
        for d, f in sorted(rows, key=lambda r: (r[1].metric, r[1].period or "", r[0].id, r[1].id)):
            row = {"id": d.id + "-" + f.id, "metric": f.metric, "parties": [self.place(p) for p in f.parties],
                   "value": figure_value(f.value_low, f.value_high, f.currency, f.unit),
                   "period": f.period or "", "period_text": f.period_text or "",
                   "source": self.source_link(d, "passage", anchor=_ev_anchor("figure", f.id)),
                   "unchecked": not is_reviewed(f)}
            if filtered:
                span = period_span(f.period)
                row["filter"] = {"country": _words(self.countries.of_figure(f)),
                                 "date": _iso(span[0]) if span else "",
                                 "end": _iso(span[1] - dt.timedelta(days=1)) if span else "",
                                 "topic": _words(self.metric_topics.get(f.metric, ())),
                                 "type": "-".join(f.metric.lower().split()), "type_label": f.metric}
            out.append(row)
        return out

    def more(self, shown: int, total: int, noun: str, target: str, query: dict[str, str], where: str) -> dict | None:
        """When a page lists the latest `shown` of `total` rows: a line saying so, linking to
        the whole list filtered the same way (the filter script reads the query)."""
        if total <= shown:
            return None
        q = "&".join(f"{k}={v}" for k, v in query.items())
        return {"text": f"The latest {shown} of {total:,} {noun}.",
                "link": {"href": f"{self.href(target)}?{q}", "text": where}}

    def doc_items(self, docs: list[Document]) -> list[dict]:
        seen = list({d.id: d for d in docs}.values())
        return [{"date": self.date(d.published), "source": self.source_link(d)} for d in seen]

    # ---- the pages -----------------------------------------------------------------
    def build(self) -> list[PageContext]:
        """Every page. Which pages there are comes from the records as they are; each page's
        data comes from its own builder (`unit`), which reads through the wrappers only."""
        st = self.raw
        self.unit("index.md", self.home)
        self.unit(page_path("people"), self.people_list)
        for pid in st.people:
            self.unit(page_path("people", pid), self.person_page, pid)
        self.unit(page_path("topics"), self.topic_list)
        for tid in _unwrapped(self.used_topics):
            self.unit(page_path("topics", tid), self.topic_page, tid)
        self.unit(page_path("places"), self.place_list)
        for pid in _unwrapped(self.used_places):
            self.unit(page_path("places", pid), self.place_page, pid)
        self.unit(page_path("organizations"), self.org_list)
        for oid in _unwrapped(self.used_orgs):
            self.unit(page_path("organizations", oid), self.org_page, oid)
        self.unit(page_path("events"), self.event_list)
        for d, e in _unwrapped(self.events):
            self.unit(page_path("events", d.id, e.id), self.event_page, d.id, e.id)
        self.unit(page_path("dates"), self.date_list)
        for day in _unwrapped(self.all_dates):
            self.unit(page_path("dates", day.isoformat()), self.date_page, day)
        self.unit(page_path("quotes"), self.quote_page)
        self.unit(page_path("figures"), self.figure_page)
        self.unit(page_path("sources"), self.source_list)
        for sid in st.sources:
            self.unit(page_path("sources", sid), self.source_page, sid)
        self.unit("reference/schema.md", self.schema_page)
        self.unit(page_path(reader_pages.RELATIONS), reader_pages.relation_list, self)
        for pair in reader_pages.shown_relations(_unwrapped(self.relations)):
            self.unit(reader_pages.relation_path(_unwrapped(self.relations)[pair]), reader_pages.relation_page, self, pair)
        self.unit(reader_pages.GRAPH_PAGE, reader_pages.graph_page, self)
        return self.finish()

    def unit(self, path: str, build, *args) -> None:
        """The page at path: kept from the previous build if nothing it read has changed,
        else built by build(*args), which makes that one page, noting what it reads."""
        prev = self.previous.get(path)
        if prev is not None and unchanged(prev.reads, self.sources):
            self.pages[path] = prev.page
            for target in prev.links:
                self.links[target].add(path)
            self.built[path] = prev
            self.kept += 1
            return
        self.rec.log, self._out = reads, links = {}, set()
        try:
            build(*args)
        finally:
            self.rec.log = self._out = None
        if self.cur is None or self.cur.path != path:
            raise AssertionError(f"the builder of {path} made {self.cur.path if self.cur else 'no page'}")
        self.built[path] = Built(self.cur, reads, links)

    def home(self) -> None:
        c = self.page("index.md", "home.html", "Home", backlinks=False, search=["Diplomatic press releases, as linked records"])
        counts = dict(self.st.counts())  # a copy: what a page reads stays as it was read
        counts.update(topics=len(self.used_topics), places=len(self.used_places), organizations=len(self.used_orgs),
                      dates=len(self.all_dates))
        c["cards"] = [{"link": self.link(page_path(k), KIND_LABEL[k]), "count": counts[k]}
                      for k in ("people", "events", "quotes", "figures", "topics", "places", "organizations",
                                "sources", "dates")]
        c["latest"] = self.doc_items(self.docs[:10])
        dated = sorted((e for e in self.events if e[1].date), key=lambda r: r[1].date, reverse=True)[:8]
        c["timeline"] = self.event_rows(dated)
        c["dates"] = self.link(page_path("dates"), "The whole timeline \u2192")
        c["downloads"] = [self.link(f"data/{n}", n) for n in ("communique.json", "figures.csv", "quotes.csv")]
        c["feeds"] = [self.link(reader_pages.FEED, "Atom feed of releases"),
                      self.link(reader_pages.CALENDAR, "calendar of events (.ics)")]
        c["across"] = [self.link(page_path(reader_pages.RELATIONS), "Relationships between countries"),
                       self.link(reader_pages.GRAPH_PAGE, "Who met whom")]
        cov = self.coverage()
        c["review"] = [{"kind": k, "done": cov[k][0], "total": cov[k][1]}
                       for k in ("document", "event", "quote", "figure") if cov[k][1]]
        c["review_all"] = {"done": cov["all"][0], "total": cov["all"][1]}

    def people_list(self) -> None:
        st = self.st
        c = self.page(page_path("people"), "people.html", "People", backlinks=False, search=["People"])
        c["rows"] = [{"person": self.person(p.id), "role": _current_role(p), "country": self.place(p.country),
                      "events": len(self.ev_by_person[p.id]), "quotes": len(self.q_by_person[p.id]),
                      "documents": len(self.docs_by_person[p.id]), "filter": self._person_filter(p.id)}
                     for p in sorted(st.people.values(), key=lambda p: p.name.casefold())]
        c["box"] = self.filter_box("country date topic type", c["rows"], OFFICE_KINDS)
        c["graph"] = self.link(reader_pages.GRAPH_PAGE, "who met whom")

    def person_page(self, pid: str) -> None:
        st = self.st
        p = st.people[pid]
        role = _current_role(p)
        c = self.page(page_path("people", p.id), "person.html", p.name, description=role,
                      search=[p.name, role, *(r.title for r in p.roles), *p.aliases, p.bio or ""])
        c.update(role=role, country=self.place(p.country), aliases=p.aliases, bio=p.bio or "", wikidata=p.wikidata)
        c["roles"] = [{"title": r.title, "organization": self.org(r.organization) if r.organization else None,
                       "country": self.place(r.country), "start": self.date(r.start) if r.start else None,
                       "end": self.date(r.end) if r.end else None} for r in p.roles]
        c["events"] = self.event_rows(self.ev_by_person[p.id])
        qs = sorted(self.q_by_person[p.id], key=lambda r: (r[1].date or dt.date.min, r[0].id, r[1].id))
        c["quotes"] = [self.quote(d, q, show_speaker=False) for d, q in qs]
        met = Counter(o for _, e in self.ev_by_person[p.id] for o in e.participants if o != p.id)
        c["met"] = [{"person": self.person(o), "count": n} for o, n in met.most_common()]
        c["graph"] = reader_pages.person_neighbourhood(self, p.id)
        c["graph_page"] = self.link(reader_pages.GRAPH_PAGE, "Who met whom")
        c["documents"] = self.doc_items(self.docs_by_person[p.id])
        ld = {"@context": "https://schema.org", "@type": "Person", "name": p.name,
              "alternateName": p.aliases, "jobTitle": role or None}
        if p.country and p.country in st.places:
            ld["nationality"] = {"@type": "Country", "name": st.places[p.country].name}
        self.cur.jsonld.append(ld)
        self.cur.jsonld += [_quotation_ld(q, p.name) for _, q in qs]

    def topic_list(self) -> None:
        st = self.st
        c = self.page(page_path("topics"), "topics.html", "Topics", backlinks=False, search=["Topics"])
        used = sorted((st.topics[t] for t in self.used_topics), key=lambda t: t.label.casefold())
        c["rows"] = [{"topic": self.topic(t.id), "parent": self.topic(t.parent) if t.parent else None,
                      "events": len(self.ev_by_topic[t.id]), "quotes": len(self.q_by_topic[t.id]),
                      "figures": len(self.fig_by_topic[t.id]), "documents": len(self.docs_by_topic[t.id])} for t in used]

    def topic_page(self, tid: str) -> None:
        children = self.topic_children
        t = self.st.topics[tid]
        c = self.page(page_path("topics", t.id), "topic.html", t.label, description=t.description,
                      search=[t.label, t.description, *t.keywords])
        rel = [self.topic(t.parent)] if t.parent else []
        rel += [self.topic(x) for x in sorted(children[t.id])]
        co = Counter(o for d in self.docs_by_topic[t.id] for o in d.topics
                     if o != t.id and o not in children[t.id] and o != t.parent)
        rel += [self.topic(o) for o, _ in co.most_common(8)]
        qs = latest_quotes(self.q_by_topic[t.id])
        evs, figs = latest_events(self.ev_by_topic[t.id]), latest_figures(self.fig_by_topic[t.id])
        docs = self.docs_by_topic[t.id][:reader_pages.LATEST]
        people = Counter(p for _, e in self.ev_by_topic[t.id] for p in e.participants)
        people.update(q.speaker for _, q in self.q_by_topic[t.id] if q.speaker)
        query = {"topic": t.id}
        c.update(description=t.description, related=rel, keywords=t.keywords,
                 quotes=[self.quote(d, q) for d, q in qs], events=self.event_rows(evs),
                 figures=self.figure_rows(figs),
                 people=[{"person": self.person(p), "count": n} for p, n in people.most_common(12)],
                 documents=self.doc_items(docs),
                 quotes_more=self.more(len(qs), len(self.q_by_topic[t.id]), "quotes", page_path("quotes"), query,
                                       "All of them in the list of quotes"),
                 events_more=self.more(len(evs), len(self.ev_by_topic[t.id]), "events", page_path("events"), query,
                                       "All of them in the list of events"),
                 figures_more=self.more(len(figs), len(self.fig_by_topic[t.id]), "figures", page_path("figures"),
                                        query, "All of them in the list of figures"),
                 documents_more=self.more(len(docs), len(self.docs_by_topic[t.id]), "releases", page_path("sources"),
                                          query, "All of them in the list of sources"))

    def place_list(self) -> None:
        st = self.st
        c = self.page(page_path("places"), "places.html", "Places", backlinks=False, search=["Places"])
        used = [st.places[p] for p in self.used_places]
        c["known"] = len(st.places)
        c["rows"] = [{"place": self.place(p.id), "kind": p.kind, "country": self.place(p.country),
                      "events": len(self._events_at(p)), "documents": len(self.docs_by_place[p.id])}
                     for p in sorted(used, key=lambda p: (-len(self.docs_by_place[p.id]), p.name.casefold()))]

    def place_page(self, pid: str) -> None:
        p = self.st.places[pid]
        people_by_country, cities = self.people_by_country, self.cities
        c = self.page(page_path("places", p.id), "place.html", p.name, search=[p.name, p.kind, *p.aliases])
        events, figures = self._events_at(p), self.fig_by_place[p.id]
        if p.kind == "country":  # a city's lists stay whole: the lists' filter knows countries only
            events, figures = latest_events(events), latest_figures(figures)
            query = {"country": p.id}
            c.update(events_more=self.more(len(events), len(self._events_at(p)), "events here", page_path("events"),
                                           query, f"Every event involving {p.name}, in the list of events"),
                     figures_more=self.more(len(figures), len(self.fig_by_place[p.id]), "figures",
                                            page_path("figures"), query, "All of them in the list of figures"))
        c.update(kind=p.kind, country=self.place(p.country), aliases=p.aliases,
                 places=[self.place(x) for x in sorted(cities[p.id])],
                 events=self.event_rows(events),
                 people=[self.person(x) for x in sorted(people_by_country[p.id])],
                 relations=[reader_pages.relation_link(self, r) for r in
                            sorted(self.rel_by_country[p.id], key=lambda r: (-len(r.events), r.pair))],
                 graph=reader_pages.country_neighbourhood(self, p.id),
                 figures=self.figure_rows(figures), documents=self.doc_items(self.docs_by_place[p.id]))

    def _events_at(self, place) -> list:
        """A country's events are those at any place in it; another place's, those there."""
        return self.ev_in_country.get(place.id, []) if place.kind == "country" else self.ev_by_place[place.id]

    def _person_filter(self, pid: str) -> dict:
        evs = self.ev_by_person[pid]
        days = sorted({e.date for _, e in evs if e.date} | {q.date for _, q in self.q_by_person[pid] if q.date})
        topics = {t for _, e in evs for t in e.topics} | {t for _, q in self.q_by_person[pid] for t in q.topics}
        return {"country": _words(self.countries.of_person(pid)), "date": _iso(days[0]) if days else "",
                "end": _iso(days[-1]) if days else "", "topic": _words(topics),
                "type": " ".join(office_kinds(self.st.people[pid]))}

    def org_list(self) -> None:
        st = self.st
        c = self.page(page_path("organizations"), "organizations.html", "Organisations", backlinks=False,
                      search=["Organisations"])
        used = sorted((st.organizations[o] for o in self.used_orgs), key=lambda o: o.name.casefold())
        c["rows"] = [{"organization": self.org(o.id), "aliases": o.aliases, "documents": len(self.docs_by_org[o.id])}
                     for o in used]

    def org_page(self, oid: str) -> None:
        o = self.st.organizations[oid]
        c = self.page(page_path("organizations", o.id), "organization.html", o.name, search=[o.name, *o.aliases])
        c.update(aliases=o.aliases, country=self.place(o.country), members=[self.person(x) for x in self.members[o.id]],
                 events=self.event_rows(self.ev_by_org[o.id]), documents=self.doc_items(self.docs_by_org[o.id]))

    def event_list(self) -> None:
        c = self.page(page_path("events"), "events.html", "Events", backlinks=False, search=["Events"])
        c["count"] = len(self.events)
        c["rows"] = self.event_rows(self.events, filtered=True)
        c["box"] = self.filter_box("country date topic type", c["rows"])

    def event_page(self, did: str, eid: str) -> None:
        st = self.st
        d = st.documents[did]
        e = next(e for e in d.events if e.id == eid)
        title = _event_title(e)
        names = [st.people[p].name for p in e.participants if p in st.people]
        kind = e.type.replace("_", " ")
        c = self.page(page_path("events", d.id, e.id), "event.html", title,
                      tags=[st.topics[t].label for t in e.topics if t in st.topics],
                      search=[title, kind, ", ".join(names), e.evidence.exact if e.evidence else ""])
        qs = [q for q in d.quotes if q.event == e.id]
        c.update(kind=kind, date=self.date(e.date), end=self.date(e.end_date) if e.end_date else None,
                 when=date_range(e.date, e.end_date) if e.end_date else "", review=_review(e),
                 place=self.place(e.place), participants=[self.titled(p, e.date) for p in e.participants],
                 organizations=[self.org(o) for o in e.organizations], topics=[self.topic(t) for t in e.topics],
                 source=self.source_link(d), summary=e.summary or "",
                 passage=e.evidence.exact if e.evidence else "",
                 in_context=self.source_link(d, "in context", anchor=_ev_anchor("event", e.id)),
                 quotes=[self.quote(d, q) for q in qs])
        ld = {"@context": "https://schema.org", "@type": "Event", "name": title,
              "startDate": e.date.isoformat() if e.date else None,
              "endDate": e.end_date.isoformat() if e.end_date else None,
              "attendee": [{"@type": "Person", "name": n} for n in names]}
        if e.place and e.place in st.places:
            ld["location"] = {"@type": "Place", "name": st.places[e.place].name}
        self.cur.jsonld.append(ld)
        self.cur.jsonld += [_quotation_ld(q, st.people[q.speaker].name if q.speaker in st.people else None) for q in qs]

    def date_list(self) -> None:
        c = self.page(page_path("dates"), "dates.html", "Dates", backlinks=False, search=["Dates", "Timeline"])
        by_year: dict[int, dict[int, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
        for day in self.all_dates:
            by_year[day.year][day.month].append(day)
        c["years"] = [{"year": year, "months": [
            {"id": f"m{year}-{month:02d}", "name": f"{dt.date(year, month, 1):%B}",
             "days": [{"link": self.link(page_path("dates", day.isoformat()), str(day.day)),
                       "busy": bool(self.ev_by_date[day] or self.q_by_date[day])} for day in by_year[year][month]]}
            for month in sorted(by_year[year], reverse=True)]} for year in sorted(by_year, reverse=True)]

    def date_page(self, day: dt.date) -> None:
        title = _fmt_date(day)
        c = self.page(page_path("dates", day.isoformat()), "date.html", title, search=[title])
        published = [d for d in self.docs_by_date[day] if d.published == day]
        c.update(weekday=f"{day:%A}", events=self.event_rows(self.ev_by_date[day]),
                 quotes=[self.quote(d, q) for d, q in self.q_by_date[day]],
                 figures=self.figure_rows([(d, f) for d in published for f in d.figures]),
                 documents=self.doc_items(self.docs_by_date[day]))

    def quote_page(self) -> None:
        st = self.st
        c = self.page(page_path("quotes"), "quotes.html", "Quotes", backlinks=False)
        c["count"] = len(self.quotes)
        by_speaker = defaultdict(list)
        for d, q in self.quotes:
            by_speaker[q.speaker].append((d, q))
        order = sorted(by_speaker, key=lambda p: (p is None, (st.people[p].name.casefold() if p in st.people else str(p))))
        c["by_speaker"] = [{"person": self.person(pid), "quotes": [self.quote(d, q, show_speaker=False, filtered=True)
                                                                    for d, q in by_speaker[pid]]}
                           for pid in order]
        c["box"] = self.filter_box("country date topic type", [q for g in c["by_speaker"] for q in g["quotes"]])
        by_date = defaultdict(list)
        for d, q in self.quotes:
            by_date[q.date].append((d, q))
        c["by_date"] = [{"date": self.date(day), "quotes": [
            {"anchor": _quote_anchor(d, q), "text": _short(q.text), "person": self.person(q.speaker)} for d, q in by_date[day]]}
            for day in sorted(by_date, key=lambda x: x or dt.date.min, reverse=True)]
        # Topics that some quote has (the index keeps no empty lists).
        c["by_topic"] = [{"topic": self.topic(tid), "quotes": [
            {"anchor": _quote_anchor(d, q), "text": _short(q.text)} for d, q in self.q_by_topic[tid]]}
            for tid in sorted(self.q_by_topic, key=lambda t: st.topics[t].label.casefold() if t in st.topics else t)]
        self.cur.jsonld += [_quotation_ld(q, st.people[q.speaker].name if q.speaker in st.people else None) for _, q in self.quotes]

    def figure_page(self) -> None:
        st = self.st
        c = self.page(page_path("figures"), "figures.html", "Figures", backlinks=False,
                      search=["Figures", ", ".join(sorted({f.metric for _, f in self.figures}))])
        series = defaultdict(list)
        for d, f in self.figures:
            series[(f.metric, f.currency or f.unit or "", tuple(f.parties))].append((d, f))
        charts = []
        for (metric, unit, parties), rows in sorted(series.items()):
            names = " \u2013 ".join(st.places[p].name if p in st.places else p for p in parties) or "unspecified parties"
            drawn = self.chart(f"{metric}, {names} ({unit})", rows)
            if drawn:
                charts.append(drawn)
        c["charts"] = charts
        c["rows"] = self.figure_rows(self.figures, filtered=True)
        c["box"] = self.filter_box("country date topic type", c["rows"])
        c["csv"] = self.link("data/figures.csv", "figures.csv")

    def chart(self, title: str, rows: list[tuple[Document, Figure]]) -> dict | None:
        """One series (same metric and unit) on a time axis, each point linking to its passage."""
        rows = sorted(rows, key=lambda r: (r[1].period or "", r[0].id, r[1].id))
        pts = [{"period": f.period, "low": f.value_low, "high": f.value_high,
                "label": f"{f.period}: {figure_value(f.value_low, f.value_high, f.currency, f.unit)}",
                "href": self.href(page_path("sources", d.id), _ev_anchor("figure", f.id)),
                "source": f"{d.published.day} {d.published:%b %Y}" if d.published else "release"}
               for d, f in rows]
        return time_chart(title, pts, currency=rows[0][1].currency, unit=rows[0][1].unit) if rows else None

    def source_list(self) -> None:
        st = self.st
        c = self.page(page_path("sources"), "sources.html", "Sources", backlinks=False, search=["Sources"])
        rows = []
        for sid, src in sorted(st.sources.items()):
            doc = st.documents.get(sid)
            published = (doc.published if doc else None) or src.meta.published
            countries = (self.doc_countries.get(sid, set()) | self.countries.of_people(doc.people)) if doc else set()
            rows.append({"date": self.date(published),
                         "source": self.link(page_path("sources", sid), (doc.title if doc else None) or src.meta.title or sid),
                         "publisher": src.meta.publisher or "", "events": len(doc.events) if doc else 0,
                         "quotes": len(doc.quotes) if doc else 0, "figures": len(doc.figures) if doc else 0,
                         "filter": {"country": _words(countries), "date": _iso(published), "end": "",
                                    "topic": _words(doc.topics) if doc else "", "type": ""}})
        c["rows"] = rows
        c["box"] = self.filter_box("country date topic", rows)

    def source_page(self, sid: str) -> None:
        st = self.st
        src = st.sources[sid]
        doc = st.documents.get(sid)
        title = (doc.title if doc else None) or src.meta.title or sid
        m = src.meta
        c = self.page(page_path("sources", sid), "source.html", title,
                      search=[title, m.publisher or "", (doc.summary or "") if doc else ""])
        c.update(published=self.date((doc.published if doc else None) or m.published),
                 inferred=bool(doc and doc.published_inferred), publisher=m.publisher or "",
                 language=m.language, url=m.url or "", summary=(doc.summary or "") if doc else "",
                 text=self.provenance_text(src.text, doc), has_records=doc is not None,
                 review=_review(doc) if doc else None,
                 relations=[reader_pages.relation_link(self, r) for r in self.rel_by_doc.get(sid, [])])
        if doc:
            c.update(people=[self.person(p) for p in doc.people], places=[self.place(p) for p in doc.places],
                     organizations=[self.org(o) for o in doc.organizations], topics=[self.topic(t) for t in doc.topics],
                     dates=[self.date(x) for x in doc.dates], events=self.event_rows([(doc, e) for e in doc.events]),
                     quotes=[self.quote(doc, q) for q in doc.quotes],
                     figures=self.figure_rows([(doc, f) for f in doc.figures]))

    def provenance_text(self, text: str, doc: Document | None) -> list[dict]:
        """The source cut into pieces, each with the records whose passage covers it. Overlapping
        spans nest: each piece links to the most specific thing covering it."""
        spans = []
        if doc:
            for e in doc.events:
                if e.evidence:
                    spans.append((e.evidence.start, e.evidence.end, "event", e.id, page_path("events", doc.id, e.id), ""))
            for q in doc.quotes:
                if q.evidence:
                    spans.append((q.evidence.start, q.evidence.end, "quote", q.id, "", _quote_anchor(doc, q)))
            for f in doc.figures:
                if f.evidence:
                    spans.append((f.evidence.start, f.evidence.end, "figure", f.id, "", doc.id + "-" + f.id))
            spans += self._mentions(text, doc)
        spans = [sp for sp in spans if 0 <= sp[0] < sp[1] <= len(text)]
        cuts = sorted({0, len(text)} | {sp[0] for sp in spans} | {sp[1] for sp in spans})
        starting = defaultdict(list)
        for sp in spans:
            starting[sp[0]].append(sp)
        out, active = [], []
        for a, b in zip(cuts, cuts[1:]):
            active = [sp for sp in active if sp[1] > a] + starting.get(a, [])
            piece = {"anchors": [_ev_anchor(sp[2], sp[3]) for sp in starting.get(a, []) if sp[2] in ("event", "quote", "figure")],
                     "text": text[a:b]}
            if active:
                inner = min(active, key=lambda sp: sp[1] - sp[0])
                piece["mark"] = {"kinds": " ".join(sorted({f"cq-k-{sp[2]}" for sp in active})),
                                 "href": self.href(inner[4], inner[5]) if inner[4] else "#" + inner[5],
                                 "title": inner[2] + " " + inner[3]}
            out.append(piece)
        return out

    def _mentions(self, text: str, doc: Document) -> list[tuple]:
        """Where the document's people and places are named in its text (by name or alias)."""
        terms = []
        for pid in doc.people:
            p = self.st.people.get(pid)
            if p:
                terms += [(f, f"person {pid}") for f in [p.name, *p.aliases] if len(f) > 2 and f[:1].isupper()]
        for pid in doc.places:
            p = self.st.places.get(pid)
            if p and pid in self.used_places:
                terms += [(f, f"place {pid}") for f in [p.name, *p.aliases] if len(f) > 2 and f[:1].isupper()]
        out = []
        for start, end, hit in _named_spans(tuple(terms), text):
            kind, rid = hit.split(" ", 1)
            out.append((start, end, kind, rid, page_path("people" if kind == "person" else "places", rid), ""))
        return out

    def schema_page(self) -> None:
        from ..model.kinds import KINDS, all_schemas

        c = self.page("reference/schema.md", "schema.html", "Record schema", backlinks=False)
        schemas = all_schemas()
        c["kinds"] = [{"title": f"{k.folder}/<id>.yml ({k.name})", "id": k.name, "rows": _schema_rows(schemas[f"{k.name}.schema.json"])}
                      for k in KINDS]
        c["kinds"].append({"title": "sources/<id>.md front matter", "id": "source",
                           "rows": _schema_rows(schemas["source.schema.json"])})

    # ---- backlinks -------------------------------------------------------------------
    def finish(self) -> list[PageContext]:
        out = []
        for path, pc in sorted(self.pages.items()):
            if pc.backlinks:
                self.cur = pc
                sources = frozenset(p for p in self.links.get(path, ()) if p != path and p in self.pages)
                built = self.built[path]
                last = built.linked_from
                if last is not None and last[0] == sources and all(self.pages[p].title == t for p, t in last[1]):
                    for p, _ in last[1]:  # the links it makes, as self.link would note them
                        self.links[p].add(path)
                    pc.ctx["linked_from"] = last[2]
                else:
                    groups = backlink_groups(sources)
                    shown = [(p, self.pages[p].title) for _, group in groups for p in group[:BACKLINKS]]
                    pc.ctx["linked_from"] = [{"label": label, "links": [self.link(p, self.pages[p].title) for p in group[:BACKLINKS]],
                                              "more": max(0, len(group) - BACKLINKS)}
                                             for label, group in groups]
                    built.linked_from = (sources, shown, pc.ctx["linked_from"])
            out.append(pc)
        return out


_TOPIC_FINDER: list = []  # [(topics, find)]: one kept, for rebuilds under `mkdocs serve`


def _topic_finder(topics: dict):
    """metric -> ids of the topics whose keywords it holds; kept while the topics are the same
    (compiling the topics' pattern takes 0.2 s)."""
    if _TOPIC_FINDER and _TOPIC_FINDER[0][0] == topics:
        return _TOPIC_FINDER[0][1]
    from ..extract.kb import topic_gazetteer  # (not a whole KnowledgeBase: that loads the name lists)

    gaz = topic_gazetteer(topics)

    @functools.lru_cache(maxsize=10_000)
    def find(metric: str) -> list[str]:
        return sorted({h.id for h in gaz.find(metric)})

    _TOPIC_FINDER[:] = [(dict(topics), find)]
    return find


def _unwrapped(x):
    """What a tracking wrapper wraps (deciding which pages exist is not a page's read)."""
    return getattr(x, "data", x)


class _Plain(dict):
    """An index read without tracking: as `tracking.Index`, a missing key reads as an empty
    list and is not added."""

    def __missing__(self, key):
        return []


class _StoreView:
    """The store as page builders see it: each kind of record through `tracking.Records`."""

    def __init__(self, st, rec: Recorder, add):
        for kind in ("sources", "documents", "people", "topics", "places", "organizations"):
            setattr(self, kind, add(Records(kind, getattr(st, kind), rec)))
        self.counts = add(Derived("counts", lambda _: st.counts(), rec))


def _near(g, centre: str):
    """A node's neighbourhood in a graph, or None if the graph has no such node."""
    return g.neighbourhood(centre) if centre in g.labels else None


@functools.lru_cache(maxsize=20_000)
def _named_spans(terms: tuple, text: str) -> tuple:
    """(start, end, term id) of every term in the text, as `extract.gazetteer.Gazetteer(terms)
    .find(text)` gives them. Kept: under `mkdocs serve` most documents and their people are
    unchanged from one rebuild to the next.

    A document names a few people and places: compiling a Gazetteer's two patterns for each
    (0.3-0.5 s at 300 releases) costs far more than looking for its few terms with
    `str.find` and doing what the pattern does with the places found."""
    low = text.lower()
    if len(low) != len(text):  # the Gazetteer then matches the text itself, ignoring case
        from ..extract.gazetteer import Gazetteer

        return tuple((h.start, h.end, h.id) for h in Gazetteer(list(terms)).find(text))
    exact: dict[str, str] = {}  # terms matched as written, as in Gazetteer
    anycase: dict[str, str] = {}  # lowercase terms, matched in any case
    for term, ident in terms:
        term = " ".join(term.split())
        if term:
            (anycase if term == term.lower() else exact).setdefault(term, ident)
    lengths: dict[int, int] = {}  # where a term starts in the lowercased text -> longest such term
    for term in {t.lower() for t in exact} | set(anycase):
        n, at = len(term), low.find(term)
        while at >= 0:
            # The pattern needs no word character after the term; of the terms starting at one
            # place that can end there, it takes the longest (a trie tries longer ones first).
            if (at + n == len(low) or not _WORD(low, at + n)) and n > lengths.get(at, 0):
                lengths[at] = n
            at = low.find(term, at + 1)
    out, free = [], 0
    for at in sorted(lengths):
        # As finditer: no word character or "&" before a match; matches do not overlap.
        if at < free or (at and _WORD_OR_AMP(low, at - 1)):
            continue
        free = end = at + lengths[at]
        found = text[at:end]
        ident = anycase.get(found.lower()) or exact.get(found)
        if ident is not None:  # a match in the wrong case still takes its place ("it" is not "IT")
            out.append((at, end, ident))
    return tuple(out)


_WORD = re.compile(r"\w").match  # re's own \w, so the same characters count as letters
_WORD_OR_AMP = re.compile(r"[\w&]").match


def _days(start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    if not start:
        return []
    if not end or end <= start or (end - start).days > 60:
        return [start]
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


@functools.lru_cache(maxsize=100_000)
def _fmt_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _event_title(e: Event) -> str:
    return e.summary or e.type.replace("_", " ").capitalize()


def _current_role(p) -> str:
    roles = [r for r in p.roles if not r.end] or p.roles
    return roles[-1].title if roles else ""


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _quote_anchor(doc: Document, q: Quote) -> str:
    return f"{doc.id}-{q.id}"


def _ev_anchor(kind: str, rid: str) -> str:
    return f"ev-{kind}-{rid}"


def _quotation_ld(q: Quote, speaker: str | None) -> dict:
    ld = {"@context": "https://schema.org", "@type": "Quotation", "text": q.text}
    if speaker:
        ld["spokenByCharacter"] = {"@type": "Person", "name": speaker}
        ld["creator"] = {"@type": "Person", "name": speaker}
    if q.date:
        ld["dateCreated"] = q.date.isoformat()
    return ld


def _schema_rows(schema: dict) -> list[dict]:
    rows = []
    for name, prop in schema.get("properties", {}).items():
        typ = prop.get("type") or " | ".join(x.get("type", x.get("$ref", "").split("/")[-1]) for x in prop.get("anyOf", [])) \
            or prop.get("$ref", "").split("/")[-1]
        rows.append({"key": name, "type": typ, "required": name in schema.get("required", []),
                     "meaning": prop.get("description", "")})
    return rows


def _words(ids) -> str:
    return " ".join(sorted(set(ids)))


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _review(rec) -> dict:
    """What a page says of a record's review state."""
    r = rec.review
    if not is_reviewed(rec):
        return {"unchecked": True, "confidence": r.confidence if r else None, "reason": (r.reason if r else "") or ""}
    return {"unchecked": False, "by": r.by or "", "on": _iso(r.on)}
