"""generate(store) -> pages: every page of the site as (path, title, content), from records.

Pages are Markdown files whose body is one HTML block built here with every record
text escaped, so Markdown, HTML and Jinja in the data show literally. Links are
relative, so the site works under any subpath. Each link is also recorded, which
gives every entity page its "Linked from" list.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..model import Document, Event, Figure, Quote
from . import exports
from .charts import series_chart
from .html import esc, esc_block, figure_value, json_for_script, plain_title  # noqa: F401
from .urls import page_path, relative


@dataclass
class Page:
    path: str
    title: str
    content: str
    jsonld: list[dict] = field(default_factory=list)


@dataclass
class _Draft:
    path: str
    title: str
    parts: list[str] = field(default_factory=list)
    jsonld: list[dict] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    backlinks: bool = True
    description: str = ""


DOT, DASH, EM = " \u00b7 ", " \u2013 ", "\u2014"  # f-string expressions cannot hold backslashes (3.11)

CHANNEL_LABEL = {"x": "post on X", "social_media": "social media", "joint_statement": "joint statement",
                 "press_conference": "press conference"}

KIND_LABEL = {
    "people": "People", "topics": "Topics", "places": "Places", "organizations": "Organisations",
    "events": "Events", "dates": "Dates", "sources": "Sources", "quotes": "Quotes", "figures": "Figures",
}


class Builder:
    def __init__(self, st, directory_urls: bool = True):
        self.st = st
        self.directory_urls = directory_urls
        self.drafts: dict[str, _Draft] = {}
        self.links: dict[str, set[str]] = defaultdict(set)
        self.cur: _Draft | None = None
        self._index()

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
        keyword_topics = self._metric_topics()
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

    def _metric_topics(self) -> dict[str, list[str]]:
        """Figures have a metric, not topics: "bilateral trade" belongs to the topic whose keyword it holds."""
        from ..extract.kb import KnowledgeBase

        kb = KnowledgeBase(topics=dict(self.st.topics))
        metrics = {f.metric for _, f in self.figures}
        return {m: sorted({h.id for h in kb.topic_gaz.find(m)}) for m in metrics}

    # ---- page building -------------------------------------------------------------
    def page(self, path: str, title: str, backlinks: bool = True, description: str = "") -> _Draft:
        d = _Draft(path, title, backlinks=backlinks, description=description)
        self.drafts[path] = d
        self.cur = d
        return d

    def add(self, *html: str) -> None:
        self.cur.parts.extend(html)

    def href(self, target: str, anchor: str = "") -> str:
        if target.endswith(".md"):
            self.links[target].add(self.cur.path)
        return _esc_href(self.cur.path, target, anchor, self.directory_urls)

    def a(self, target: str, text: str, anchor: str = "", cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<a href="{self.href(target, anchor)}"{c}>{esc(text)}</a>'

    # entity links
    def person(self, pid: str | None) -> str:
        if not pid:
            return "<em>unknown speaker</em>"
        p = self.st.people.get(pid)
        return self.a(page_path("people", pid), p.name if p else pid, cls="cq-person")

    def topic(self, tid: str) -> str:
        t = self.st.topics.get(tid)
        return self.a(page_path("topics", tid), t.label if t else tid, cls="cq-topic")

    def place(self, pid: str | None) -> str:
        if not pid:
            return ""
        p = self.st.places.get(pid)
        return self.a(page_path("places", pid), p.name if p else pid, cls="cq-place")

    def org(self, oid: str) -> str:
        o = self.st.organizations.get(oid)
        return self.a(page_path("organizations", oid), o.name if o else oid, cls="cq-org")

    def date(self, day: dt.date | None) -> str:
        if not day:
            return "<em>undated</em>"
        if day not in self.date_set:  # e.g. the start of a role: no page of its own
            return esc(_fmt_date(day))
        return self.a(page_path("dates", day.isoformat()), _fmt_date(day), cls="cq-date")

    def event_link(self, doc: Document, ev: Event, text: str | None = None) -> str:
        return self.a(page_path("events", doc.id, ev.id), text or _event_title(ev, self.st), cls="cq-event")

    def source_link(self, doc: Document, text: str | None = None, anchor: str = "") -> str:
        return self.a(page_path("sources", doc.id), text or doc.title, anchor=anchor, cls="cq-source")

    def joined(self, items: Iterable[str], sep: str = ", ") -> str:
        items = [i for i in items if i]
        return sep.join(items) if items else "<em>none</em>"

    # ---- shared blocks ---------------------------------------------------------------
    def h1(self, text: str, sub: str = "") -> None:
        self.add(f'<h1>{esc(text)}</h1>' + (f'<p class="cq-sub">{sub}</p>' if sub else ""))

    def h2(self, text: str, anchor: str = "") -> None:
        a = f' id="{esc(anchor)}"' if anchor else ""
        self.add(f"<h2{a}>{esc(text)}</h2>")

    def quote_block(self, doc: Document, q: Quote, show_speaker: bool = True) -> str:
        meta = []
        if show_speaker:
            meta.append(self.person(q.speaker))
        if q.channel:
            meta.append(esc(CHANNEL_LABEL.get(q.channel, q.channel.replace("_", " "))))
        if q.date:
            meta.append(self.date(q.date))
        if q.event:
            ev = next((e for e in doc.events if e.id == q.event), None)
            if ev:
                meta.append(self.event_link(doc, ev))
        topics = " ".join(self.topic(t) for t in q.topics)
        src = self.source_link(doc, "source passage", anchor=_ev_anchor("quote", q.id))
        return (f'<blockquote class="cq-quote" id="{esc(_quote_anchor(doc, q))}">'
                f'<p>\u201c{esc(q.text)}\u201d</p><footer>{DOT.join(meta)}{DOT}{src}'
                f'{DOT}<a href="#{esc(_quote_anchor(doc, q))}" class="cq-permalink" title="Permalink">#</a>'
                + (f"<br>{topics}" if topics else "") + "</footer></blockquote>")

    def event_row(self, doc: Document, ev: Event) -> str:
        who = self.joined(self.person(p) for p in ev.participants)
        where = self.place(ev.place)
        return (f"<tr><td>{self.date(ev.date)}{(DASH + self.date(ev.end_date)) if ev.end_date else ''}</td>"
                f"<td>{self.event_link(doc, ev, ev.type.replace('_', ' '))}</td><td>{who}</td>"
                f"<td>{where or f'<em>{EM}</em>'}</td></tr>")

    def events_table(self, rows: list[tuple[Document, Event]]) -> None:
        if not rows:
            self.add("<p><em>No events.</em></p>")
            return
        rows = sorted(rows, key=lambda r: (r[1].date or dt.date.max, r[0].id, r[1].id))
        self.add('<table class="cq-table"><thead><tr><th>Date</th><th>Event</th><th>Participants</th><th>Place</th></tr></thead><tbody>'
                 + "".join(self.event_row(d, e) for d, e in rows) + "</tbody></table>")

    def figures_table(self, rows: list[tuple[Document, Figure]]) -> None:
        if not rows:
            self.add("<p><em>No figures.</em></p>")
            return
        body = []
        for d, f in sorted(rows, key=lambda r: (r[1].metric, r[1].period or "", r[0].id, r[1].id)):
            body.append(
                f'<tr id="{esc(d.id + "-" + f.id)}"><td>{esc(f.metric)}</td><td>{self.joined(self.place(p) for p in f.parties)}</td>'
                f'<td class="cq-num">{esc(figure_value(f.value_low, f.value_high, f.currency, f.unit))}</td>'
                f'<td>{esc(f.period or "")}{(" <small>(" + esc(f.period_text) + ")</small>") if f.period_text else ""}</td>'
                f'<td>{self.source_link(d, "passage", anchor=_ev_anchor("figure", f.id))}</td></tr>')
        self.add('<table class="cq-table"><thead><tr><th>Metric</th><th>Parties</th><th>Value</th><th>Period</th><th>Source</th></tr></thead><tbody>'
                 + "".join(body) + "</tbody></table>")

    def docs_list(self, docs: list[Document]) -> None:
        if not docs:
            self.add("<p><em>No documents.</em></p>")
            return
        seen = list({d.id: d for d in docs}.values())
        self.add("<ul class=\"cq-docs\">" + "".join(
            f"<li>{self.date(d.published)} {EM} {self.source_link(d)}</li>" for d in seen) + "</ul>")

    # ---- the pages -----------------------------------------------------------------
    def build(self) -> list[Page]:
        self.home()
        self.people_pages()
        self.topic_pages()
        self.place_pages()
        self.org_pages()
        self.event_pages()
        self.date_pages()
        self.quote_page()
        self.figure_page()
        self.source_pages()
        self.schema_page()
        return self.finish()

    def home(self) -> None:
        st = self.st
        self.page("index.md", "Home", backlinks=False)
        counts = st.counts()
        self.h1("Diplomatic press releases, as linked records",
                "Every person, event, quote and figure points back to the passage of the release it comes from.")
        cards = []
        for key, path in (("people", "people"), ("events", "events"), ("quotes", "quotes"), ("figures", "figures"),
                          ("topics", "topics"), ("places", "places"), ("organizations", "organizations"),
                          ("sources", "sources")):
            cards.append(f'<li>{self.a(page_path(path), KIND_LABEL[key])}<span class="cq-count">{counts[key]:,}</span></li>')
        cards.append(f'<li>{self.a(page_path("dates"), "Dates")}<span class="cq-count">{len(self.all_dates):,}</span></li>')
        self.add('<ul class="cq-cards">' + "".join(cards) + "</ul>")
        self.h2("Latest documents")
        self.docs_list(self.docs[:10])
        self.h2("Timeline")
        dated = sorted((e for e in self.events if e[1].date), key=lambda r: r[1].date, reverse=True)[:8]
        self.events_table(dated)
        self.add("<p>" + self.a(page_path("dates"), "The whole timeline \u2192") + "</p>")
        self.add('<p class="cq-sub">Machine-readable: '
                 f'<a href="{self.href("data/communique.json")}">communique.json</a> \u00b7 '
                 f'<a href="{self.href("data/figures.csv")}">figures.csv</a> \u00b7 '
                 f'<a href="{self.href("data/quotes.csv")}">quotes.csv</a></p>')

    def people_pages(self) -> None:
        st = self.st
        self.page(page_path("people"), "People", backlinks=False)
        self.h1("People", f"{len(st.people):,} people in the records.")
        rows = []
        for p in sorted(st.people.values(), key=lambda p: p.name.casefold()):
            role = _current_role(p)
            rows.append(f"<tr><td>{self.person(p.id)}</td><td>{esc(role)}</td><td>{self.place(p.country) or ''}</td>"
                        f"<td class=\"cq-num\">{len(self.ev_by_person[p.id])}</td><td class=\"cq-num\">{len(self.q_by_person[p.id])}</td>"
                        f"<td class=\"cq-num\">{len(self.docs_by_person[p.id])}</td></tr>")
        self.add('<table class="cq-table"><thead><tr><th>Name</th><th>Role</th><th>Country</th><th>Events</th><th>Quotes</th><th>Documents</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table>")
        for p in st.people.values():
            self.page(page_path("people", p.id), p.name, description=_current_role(p))
            self.h1(p.name, DOT.join(x for x in (esc(_current_role(p)), self.place(p.country)) if x))
            if p.aliases:
                self.add(f"<p><strong>Also written:</strong> {esc(', '.join(p.aliases))}</p>")
            if p.bio:
                self.add(f"<p>{esc(p.bio)}</p>")
            if p.wikidata:
                self.add(f'<p>Wikidata: <a href="https://www.wikidata.org/wiki/{esc(p.wikidata)}">{esc(p.wikidata)}</a></p>')
            self.h2("Roles")
            if p.roles:
                self.add("<ul>" + "".join(
                    f"<li>{esc(r.title)}{(' ' + EM + ' ' + self.org(r.organization)) if r.organization else ''}"
                    f"{(' (' + self.place(r.country) + ')') if r.country else ''}"
                    f"{(' from ' + self.date(r.start)) if r.start else ''}{(' to ' + self.date(r.end)) if r.end else ''}</li>"
                    for r in p.roles) + "</ul>")
            else:
                self.add("<p><em>No roles recorded.</em></p>")
            self.h2("Events")
            self.events_table(self.ev_by_person[p.id])
            self.h2("Quotes")
            qs = sorted(self.q_by_person[p.id], key=lambda r: (r[1].date or dt.date.min, r[0].id, r[1].id))
            self.add("".join(self.quote_block(d, q, show_speaker=False) for d, q in qs) or "<p><em>No quotes.</em></p>")
            met = Counter(o for _, e in self.ev_by_person[p.id] for o in e.participants if o != p.id)
            self.h2("People met")
            self.add("<p>" + self.joined(f"{self.person(o)} ({n})" for o, n in met.most_common()) + "</p>")
            self.h2("Documents")
            self.docs_list(self.docs_by_person[p.id])
            ld = {"@context": "https://schema.org", "@type": "Person", "name": p.name,
                  "alternateName": p.aliases, "jobTitle": _current_role(p) or None}
            if p.country and p.country in st.places:
                ld["nationality"] = {"@type": "Country", "name": st.places[p.country].name}
            self.cur.jsonld.append(ld)
            self.cur.jsonld += [_quotation_ld(q, p.name) for _, q in qs]

    def topic_pages(self) -> None:
        st = self.st
        self.page(page_path("topics"), "Topics", backlinks=False)
        self.h1("Topics", "Themes matched by keyword in each release; the taxonomy is data/topics/.")
        rows = []
        children = defaultdict(list)
        for t in st.topics.values():
            if t.parent:
                children[t.parent].append(t.id)
        for t in sorted(st.topics.values(), key=lambda t: t.label.casefold()):
            rows.append(f"<tr><td>{self.topic(t.id)}</td><td>{self.topic(t.parent) if t.parent else ''}</td>"
                        f"<td class=\"cq-num\">{len(self.ev_by_topic[t.id])}</td><td class=\"cq-num\">{len(self.q_by_topic[t.id])}</td>"
                        f"<td class=\"cq-num\">{len(self.fig_by_topic[t.id])}</td><td class=\"cq-num\">{len(self.docs_by_topic[t.id])}</td></tr>")
        self.add('<table class="cq-table"><thead><tr><th>Topic</th><th>Parent</th><th>Events</th><th>Quotes</th><th>Figures</th><th>Documents</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table>")
        for t in st.topics.values():
            self.page(page_path("topics", t.id), t.label, description=t.description)
            self.h1(t.label, esc(t.description))
            rel = [self.topic(t.parent)] if t.parent else []
            rel += [self.topic(c) for c in sorted(children[t.id])]
            co = Counter(o for d in self.docs_by_topic[t.id] for o in d.topics if o != t.id and o not in children[t.id] and o != t.parent)
            rel += [self.topic(o) for o, _ in co.most_common(8)]
            self.add(f"<p><strong>Related topics:</strong> {self.joined(rel, ' ')}</p>")
            if t.keywords:
                self.add(f"<p><strong>Keywords:</strong> {esc(', '.join(t.keywords))}</p>")
            self.h2("Quotes")
            qs = sorted(self.q_by_topic[t.id], key=lambda r: (r[1].date or dt.date.min, r[0].id, r[1].id))
            self.add("".join(self.quote_block(d, q) for d, q in qs) or "<p><em>No quotes.</em></p>")
            self.h2("Events")
            self.events_table(self.ev_by_topic[t.id])
            self.h2("Figures")
            self.figures_table(self.fig_by_topic[t.id])
            people = Counter(p for _, e in self.ev_by_topic[t.id] for p in e.participants)
            people.update(q.speaker for _, q in self.q_by_topic[t.id] if q.speaker)
            self.h2("People most associated")
            self.add("<p>" + self.joined(f"{self.person(p)} ({n})" for p, n in people.most_common(12)) + "</p>")
            self.h2("Documents")
            self.docs_list(self.docs_by_topic[t.id])

    def place_pages(self) -> None:
        st = self.st
        self.page(page_path("places"), "Places", backlinks=False)
        self.h1("Places")
        used = [p for p in st.places.values() if self.docs_by_place[p.id] or self.ev_by_place[p.id] or self.fig_by_place[p.id]]
        self.add(f"<p class=\"cq-sub\">{len(used)} of {len(st.places)} known places appear in the records; all have a page.</p>")
        rows = [f"<tr><td>{self.place(p.id)}</td><td>{esc(p.kind)}</td><td>{self.place(p.country) if p.country else ''}</td>"
                f"<td class=\"cq-num\">{len(self.ev_by_place[p.id])}</td><td class=\"cq-num\">{len(self.docs_by_place[p.id])}</td></tr>"
                for p in sorted(st.places.values(), key=lambda p: (-len(self.docs_by_place[p.id]), p.name.casefold()))]
        self.add('<table class="cq-table"><thead><tr><th>Place</th><th>Kind</th><th>Country</th><th>Events</th><th>Documents</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table>")
        people_by_country = defaultdict(list)
        for p in st.people.values():
            if p.country:
                people_by_country[p.country].append(p.id)
        cities = defaultdict(list)
        for p in st.places.values():
            if p.country:
                cities[p.country].append(p.id)
        for p in st.places.values():
            self.page(page_path("places", p.id), p.name)
            self.h1(p.name, esc(p.kind) + ((" in " + self.place(p.country)) if p.country else ""))
            if p.aliases:
                self.add(f"<p><strong>Also written:</strong> {esc(', '.join(p.aliases))}</p>")
            if cities[p.id]:
                self.add("<p><strong>Places in it:</strong> " + self.joined(self.place(c) for c in sorted(cities[p.id])) + "</p>")
            self.h2("Events here")
            self.events_table(self.ev_by_place[p.id])
            self.h2("People from here")
            self.add("<p>" + self.joined(self.person(x) for x in sorted(people_by_country[p.id])) + "</p>")
            self.h2("Figures")
            self.figures_table(self.fig_by_place[p.id])
            self.h2("Documents")
            self.docs_list(self.docs_by_place[p.id])

    def org_pages(self) -> None:
        st = self.st
        self.page(page_path("organizations"), "Organisations", backlinks=False)
        self.h1("Organisations")
        rows = [f"<tr><td>{self.org(o.id)}</td><td>{esc(', '.join(o.aliases))}</td><td class=\"cq-num\">{len(self.docs_by_org[o.id])}</td></tr>"
                for o in sorted(st.organizations.values(), key=lambda o: o.name.casefold())]
        self.add('<table class="cq-table"><thead><tr><th>Name</th><th>Also</th><th>Documents</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
        members = defaultdict(list)
        for p in st.people.values():
            for r in p.roles:
                if r.organization:
                    members[r.organization].append(p.id)
        for o in st.organizations.values():
            self.page(page_path("organizations", o.id), o.name)
            self.h1(o.name, esc(", ".join(o.aliases)))
            if o.country:
                self.add(f"<p><strong>Country:</strong> {self.place(o.country)}</p>")
            if members[o.id]:
                self.add("<p><strong>People with a role here:</strong> " + self.joined(self.person(x) for x in members[o.id]) + "</p>")
            self.h2("Events")
            self.events_table(self.ev_by_org[o.id])
            self.h2("Documents")
            self.docs_list(self.docs_by_org[o.id])

    def event_pages(self) -> None:
        st = self.st
        self.page(page_path("events"), "Events", backlinks=False)
        self.h1("Events", f"{len(self.events):,} visits, meetings, talks, addresses, signings, calls and more.")
        self.events_table(self.events)
        for d, e in self.events:
            title = _event_title(e, st)
            self.page(page_path("events", d.id, e.id), title)
            self.cur.tags = [plain_title(st.topics[t].label) for t in e.topics if t in st.topics]
            self.h1(title, esc(e.type.replace("_", " ")))
            when = self.date(e.date) + ((" \u2013 " + self.date(e.end_date)) if e.end_date else "")
            self.add('<dl class="cq-facts">'
                     f"<dt>Date</dt><dd>{when}</dd>"
                     f"<dt>Place</dt><dd>{self.place(e.place) or '<em>not stated</em>'}</dd>"
                     f"<dt>Participants</dt><dd>{self.joined(self.person(p) for p in e.participants)}</dd>"
                     f"<dt>Organisations</dt><dd>{self.joined(self.org(o) for o in e.organizations)}</dd>"
                     f"<dt>Topics</dt><dd>{self.joined((self.topic(t) for t in e.topics), ' ')}</dd>"
                     f"<dt>Source</dt><dd>{self.source_link(d)}</dd></dl>")
            if e.summary:
                self.add(f"<p>{esc(e.summary)}</p>")
            if e.evidence:
                self.h2("Source passage")
                self.add(f'<blockquote class="cq-passage"><p>{esc(e.evidence.exact)}</p><footer>'
                         f'{self.source_link(d, "in context", anchor=_ev_anchor("event", e.id))}</footer></blockquote>')
            self.h2("Quotes")
            qs = [q for q in d.quotes if q.event == e.id]
            self.add("".join(self.quote_block(d, q) for q in qs) or "<p><em>No quotes recorded for this event.</em></p>")
            ld = {"@context": "https://schema.org", "@type": "Event", "name": title,
                  "startDate": e.date.isoformat() if e.date else None,
                  "endDate": e.end_date.isoformat() if e.end_date else None,
                  "attendee": [{"@type": "Person", "name": st.people[p].name} for p in e.participants if p in st.people]}
            if e.place and e.place in st.places:
                ld["location"] = {"@type": "Place", "name": st.places[e.place].name}
            self.cur.jsonld.append(ld)
            self.cur.jsonld += [_quotation_ld(q, st.people[q.speaker].name if q.speaker in st.people else None) for q in qs]

    def date_pages(self) -> None:
        self.page(page_path("dates"), "Dates", backlinks=False)
        self.h1("Timeline", "Every day the records name, by year and month.")
        by_year: dict[int, dict[int, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
        for day in self.all_dates:
            by_year[day.year][day.month].append(day)
        for year in sorted(by_year, reverse=True):
            self.h2(str(year), anchor=f"y{year}")
            rows = []
            for month in sorted(by_year[year], reverse=True):
                chips = []
                for day in by_year[year][month]:
                    n = len(self.ev_by_date[day]) + len(self.q_by_date[day])
                    chips.append(f'{self.a(page_path("dates", day.isoformat()), str(day.day), cls="cq-day" + (" cq-busy" if n else ""))}')
                rows.append(f'<li id="m{year}-{month:02d}"><span class="cq-month">{dt.date(year, month, 1):%B}</span> {" ".join(chips)}</li>')
            self.add('<ul class="cq-timeline">' + "".join(rows) + "</ul>")
        for day in self.all_dates:
            self.page(page_path("dates", day.isoformat()), _fmt_date(day))
            self.h1(_fmt_date(day), f"{day:%A}")
            self.h2("Events")
            self.events_table(self.ev_by_date[day])
            self.h2("Quotes")
            qs = self.q_by_date[day]
            self.add("".join(self.quote_block(d, q) for d, q in qs) or "<p><em>No quotes dated this day.</em></p>")
            published = [d for d in self.docs_by_date[day] if d.published == day]
            self.h2("Figures reported this day")
            self.figures_table([(d, f) for d in published for f in d.figures])
            self.h2("Documents that name this day")
            self.docs_list(self.docs_by_date[day])

    def quote_page(self) -> None:
        st = self.st
        self.page(page_path("quotes"), "Quotes", backlinks=False)
        self.h1("Quotes", f"{len(self.quotes):,} direct quotes, grouped by speaker, date and topic. Each has a permalink.")
        self.add('<p class="cq-jump"><a href="#by-speaker">By speaker</a> \u00b7 <a href="#by-date">By date</a> \u00b7 <a href="#by-topic">By topic</a></p>')
        self.h2("By speaker", anchor="by-speaker")
        by_speaker = defaultdict(list)
        for d, q in self.quotes:
            by_speaker[q.speaker].append((d, q))
        for pid in sorted(by_speaker, key=lambda p: (p is None, (st.people[p].name.casefold() if p in st.people else str(p)))):
            self.add(f'<h3>{self.person(pid)}</h3>')
            self.add("".join(self.quote_block(d, q, show_speaker=False) for d, q in by_speaker[pid]))
        # The same quotes again would repeat ids: the other groupings are lists of links.
        self.h2("By date", anchor="by-date")
        by_date = defaultdict(list)
        for d, q in self.quotes:
            by_date[q.date].append((d, q))
        items = []
        for day in sorted(by_date, key=lambda x: x or dt.date.min, reverse=True):
            links = ", ".join(f'<a href="#{esc(_quote_anchor(d, q))}">{esc(_short(q.text))}</a> ({self.person(q.speaker)})' for d, q in by_date[day])
            items.append(f"<li>{self.date(day)}: {links}</li>")
        self.add("<ul>" + "".join(items) + "</ul>")
        self.h2("By topic", anchor="by-topic")
        items = []
        for tid in sorted(self.q_by_topic, key=lambda t: st.topics[t].label.casefold() if t in st.topics else t):
            links = ", ".join(f'<a href="#{esc(_quote_anchor(d, q))}">{esc(_short(q.text))}</a>' for d, q in self.q_by_topic[tid])
            items.append(f"<li>{self.topic(tid)}: {links}</li>")
        self.add("<ul>" + "".join(items) + "</ul>")
        self.cur.jsonld += [_quotation_ld(q, st.people[q.speaker].name if q.speaker in st.people else None) for _, q in self.quotes]

    def figure_page(self) -> None:
        st = self.st
        self.page(page_path("figures"), "Figures", backlinks=False)
        self.h1("Figures", "Economic and trade figures, with the period they refer to. Ranges are drawn as bars.")
        series = defaultdict(list)
        for d, f in self.figures:
            key = (f.metric, f.currency or f.unit or "", tuple(f.parties))
            series[key].append((d, f))
        self.h2("Charts")
        charts = []
        for (metric, unit, parties), rows in sorted(series.items()):
            names = " \u2013 ".join(st.places[p].name if p in st.places else p for p in parties) or "unspecified parties"
            title = f"{metric}, {names} ({unit})"
            pts = [{"period": f.period, "low": f.value_low, "high": f.value_high,
                    "label": f"{f.period}: {figure_value(f.value_low, f.value_high, f.currency, f.unit)}",
                    "href": relative(self.cur.path, page_path("sources", d.id), _ev_anchor("figure", f.id), self.directory_urls)}
                   for d, f in rows]
            svg = series_chart(title, pts)
            if svg:
                for d, _ in rows:
                    self.links[page_path("sources", d.id)].add(self.cur.path)
                charts.append(f'<figure class="cq-figure"><figcaption>{esc(title)}</figcaption>{svg}</figure>')
        self.add("".join(charts) or "<p><em>No figure has a period to chart yet.</em></p>")
        self.h2("All figures")
        self.figures_table(self.figures)
        self.add(f'<p>Download: <a href="{self.href("data/figures.csv")}">figures.csv</a></p>')

    def source_pages(self) -> None:
        st = self.st
        self.page(page_path("sources"), "Sources", backlinks=False)
        self.h1("Sources", "The press releases as published, with what was extracted from each.")
        rows = []
        for sid, src in sorted(st.sources.items()):
            doc = st.documents.get(sid)
            title = (doc.title if doc else None) or src.meta.title or sid
            pub = (doc.published if doc else None) or src.meta.published
            rows.append(f"<tr><td>{self.date(pub)}</td><td>{self.a(page_path('sources', sid), title)}</td>"
                        f"<td>{esc(src.meta.publisher or '')}</td><td class=\"cq-num\">{len(doc.events) if doc else 0}</td>"
                        f"<td class=\"cq-num\">{len(doc.quotes) if doc else 0}</td><td class=\"cq-num\">{len(doc.figures) if doc else 0}</td></tr>")
        self.add('<table class="cq-table"><thead><tr><th>Published</th><th>Title</th><th>Publisher</th><th>Events</th><th>Quotes</th><th>Figures</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table>")
        for sid, src in st.sources.items():
            doc = st.documents.get(sid)
            title = (doc.title if doc else None) or src.meta.title or sid
            self.page(page_path("sources", sid), title)
            self.h1(title)
            m = src.meta
            facts = [("Published", self.date((doc.published if doc else None) or m.published)
                      + (" <em>(inferred from the text)</em>" if doc and doc.published_inferred else "")),
                     ("Publisher", esc(m.publisher or "")), ("Language", esc(m.language)),
                     ("Original", f'<a href="{esc(m.url)}" rel="nofollow noopener">{esc(m.url)}</a>' if m.url else "")]
            if doc:
                facts += [("People", self.joined(self.person(p) for p in doc.people)),
                          ("Places", self.joined(self.place(p) for p in doc.places)),
                          ("Organisations", self.joined(self.org(o) for o in doc.organizations)),
                          ("Topics", self.joined((self.topic(t) for t in doc.topics), " ")),
                          ("Dates named", self.joined(self.date(x) for x in doc.dates))]
            self.add('<dl class="cq-facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts if v) + "</dl>")
            if doc and doc.summary:
                self.add(f"<p><strong>Summary:</strong> {esc(doc.summary)}</p>")
            self.h2("Text, with what was extracted from it")
            self.add('<p class="cq-sub">Highlighted passages are records: <mark class="cq-k-event">events</mark> '
                     '<mark class="cq-k-quote">quotes</mark> <mark class="cq-k-figure">figures</mark>. Follow one to its record.</p>')
            self.add(self.provenance_text(src.text, doc))
            if doc:
                self.h2("Records from this source")
                self.events_table([(doc, e) for e in doc.events])
                self.add("".join(self.quote_block(doc, q) for q in doc.quotes))
                self.figures_table([(doc, f) for f in doc.figures])

    def provenance_text(self, text: str, doc: Document | None) -> str:
        """The source with every record's passage highlighted, and the people and places it
        names linked to their pages. Overlapping spans nest: each piece of text links to the
        most specific thing covering it."""
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
        out, active = ['<div class="cq-source-text">'], []
        for a, b in zip(cuts, cuts[1:]):
            active = [sp for sp in active if sp[1] > a] + starting.get(a, [])
            anchors = "".join(f'<span id="{esc(_ev_anchor(sp[2], sp[3]))}"></span>'
                              for sp in starting.get(a, []) if sp[2] in ("event", "quote", "figure"))
            seg = esc_block(text[a:b])
            if active:
                inner = min(active, key=lambda sp: sp[1] - sp[0])
                kinds = " ".join(sorted({f"cq-k-{sp[2]}" for sp in active}))
                href = self.href(inner[4], inner[5]) if inner[4] else "#" + esc(inner[5])
                seg = f'<a class="cq-mark {kinds}" href="{href}" title="{esc(inner[2] + " " + inner[3])}">{seg}</a>'
            out.append(anchors + seg)
        out.append("</div>")
        return "".join(out)

    def _mentions(self, text: str, doc: Document) -> list[tuple]:
        """Where the document's people and places are named in its text (by name or alias)."""
        from ..extract.gazetteer import Gazetteer

        terms = []
        for pid in doc.people:
            p = self.st.people.get(pid)
            if p:
                terms += [(f, f"person {pid}") for f in [p.name, *p.aliases] if len(f) > 2 and f[:1].isupper()]
        for pid in doc.places:
            p = self.st.places.get(pid)
            if p:
                terms += [(f, f"place {pid}") for f in [p.name, *p.aliases] if len(f) > 2 and f[:1].isupper()]
        out = []
        for h in Gazetteer(terms).find(text):
            kind, rid = h.id.split(" ", 1)
            out.append((h.start, h.end, kind, rid, page_path("people" if kind == "person" else "places", rid), ""))
        return out

    def schema_page(self) -> None:
        from ..model.kinds import KINDS, all_schemas

        self.page("reference/schema.md", "Record schema", backlinks=False)
        self.h1("Record schema", "Generated from the data model (src/communique/model), the one source of truth.")
        schemas = all_schemas()
        for kind in KINDS:
            self.h2(f"{kind.folder}/<id>.yml ({kind.name})", anchor=kind.name)
            self.add(_schema_table(schemas[f"{kind.name}.schema.json"]))
        self.h2("sources/<id>.md front matter", anchor="source")
        self.add(_schema_table(schemas["source.schema.json"]))

    # ---- backlinks and output -------------------------------------------------------
    def finish(self) -> list[Page]:
        pages = []
        for path, d in sorted(self.drafts.items()):
            body = list(d.parts)
            if d.backlinks:
                sources = sorted(p for p in self.links.get(path, ()) if p != path and p in self.drafts)
                self.cur = d
                items = "".join(f"<li>{self.a(p, self.drafts[p].title)}</li>" for p in sources)
                body.append(f'<h2 id="linked-from">Linked from</h2><ul class="cq-backlinks">{items or "<li><em>nothing yet</em></li>"}</ul>')
            meta = {"title": plain_title(d.title)}
            if d.tags:
                meta["tags"] = d.tags
            if d.description:
                meta["description"] = plain_title(d.description)
            front = "---\n" + "".join(f"{k}: {json_for_script(v)}\n" for k, v in meta.items()) + "---\n\n"
            html = '<div class="cq-page">' + "".join(body) + "</div>"
            pages.append(Page(path, d.title, front + html + "\n", d.jsonld))
        return pages


def generate(st, directory_urls: bool = True) -> list[Page]:
    """Every generated page of the site, sorted by path. Pure: same store, same pages."""
    pages = Builder(st, directory_urls).build()
    return pages + exports.files(st)


@functools.lru_cache(maxsize=200_000)
def _esc_href(src: str, target: str, anchor: str, directory_urls: bool) -> str:
    return esc(relative(src, target, anchor, directory_urls))


def _days(start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    if not start:
        return []
    if not end or end <= start or (end - start).days > 60:
        return [start]
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _fmt_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _event_title(e: Event, st) -> str:
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


def _schema_table(schema: dict) -> str:
    rows = []
    for name, prop in schema.get("properties", {}).items():
        typ = prop.get("type") or " | ".join(x.get("type", x.get("$ref", "").split("/")[-1]) for x in prop.get("anyOf", [])) \
            or prop.get("$ref", "").split("/")[-1]
        req = "yes" if name in schema.get("required", []) else ""
        rows.append(f"<tr><td><code>{esc(name)}</code></td><td>{esc(typ)}</td><td>{req}</td><td>{esc(prop.get('description', ''))}</td></tr>")
    return ('<table class="cq-table"><thead><tr><th>Key</th><th>Type</th><th>Required</th><th>Meaning</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")
