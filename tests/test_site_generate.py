"""The page generator on its own, without MkDocs: pages, links, escaping, exports."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from communique import store
from communique.model import Person, Role
from communique.site import generate
from communique.site.urls import relative, url_of
from html_links import parse as parse_html


@pytest.fixture
def pages(tree):
    return {p.path: p for p in generate(store.load(tree).raise_for_problems())}


def parse(content: str):
    return parse_html(content.split("---\n\n", 1)[-1])


def test_a_page_for_every_entity_and_index(pages):
    for path in ("index.md", "people/index.md", "people/ana-souza.md", "topics/trade.md", "places/berlin.md",
                 "events/s1/meeting-2024-03-04.md", "dates/2024-03-04.md",
                 "quotes/index.md", "figures/index.md", "sources/s1.md", "reference/schema.md",
                 "data/communique.json", "data/figures.csv", "data/quotes.csv"):
        assert path in pages, path


def test_places_organisations_and_topics_no_record_mentions_get_no_page(tree):
    pages = {p.path: p for p in generate(store.load(tree).raise_for_problems())}
    # BRICS and the topic "economy" are in the gazetteer, but no record mentions them.
    assert "organizations/brics.md" not in pages and "topics/economy.md" not in pages
    assert "organizations/index.md" in pages and "brics" not in pages["organizations/index.md"].html
    trade = pages["topics/trade.md"].html
    assert "Economy" in trade and "topics/economy" not in trade  # named, not linked
    # A person's role at an organisation is a mention: BRICS gets its page.
    st = store.load(tree)
    person = st.people["karl-brandt"].model_copy(update={"roles": [Role(title="Envoy", organization="brics")]})
    store.write_record(tree, person)
    pages = {p.path: p for p in generate(store.load(tree).raise_for_problems())}
    assert "organizations/brics.md" in pages and "../../organizations/brics/" in pages["people/karl-brandt.md"].html


def test_every_internal_link_and_anchor_resolves(pages):
    by_url = {url_of(p): p for p in pages if p.endswith(".md")}
    ids = {p: parse(pages[p].content).ids for p in by_url.values()}
    checked = 0
    for path in by_url.values():
        for href in parse(pages[path].content).hrefs:
            if re.match(r"^[a-z]+:", href):
                continue
            target, _, anchor = href.partition("#")
            target, _, query = target.partition("?")
            # A query is a filtered list's state (assets/filter.js reads these keys).
            assert all(kv.split("=")[0] in {"country", "with", "from", "to", "topic", "type"}
                       for kv in query.split("&") if kv), (path, href)
            if not target:
                dest = path
            else:
                base = "/" + url_of(path)
                import posixpath

                full = posixpath.normpath(posixpath.join(posixpath.dirname(base) if not base.endswith("/") else base, target))
                full = full.lstrip("/")
                full += "/" if target.endswith("/") and full else ""
                if full in pages and pages[full].data is not None:  # a data file or feed
                    continue
                assert full in by_url, (path, href)
                dest = by_url[full]
            if anchor:
                assert anchor in ids[dest], (path, href)
            checked += 1
    assert checked > 50


def test_person_page_shows_events_quotes_and_people_met(pages):
    html = pages["people/ana-souza.md"].content
    assert "Our trade will double" in html
    assert "meeting-2024-03-04" in html
    assert "Karl Brandt" in html  # people met
    assert 'id="linked-from"' in html


def test_backlinks_list_the_pages_that_link_here(pages):
    html = pages["people/karl-brandt.md"].content
    backlinks = html.split('id="linked-from"', 1)[1]
    assert "../../events/s1/meeting-2024-03-04/" in backlinks
    assert "../../sources/s1/" in backlinks


def test_source_page_highlights_every_record_with_a_link(pages):
    html = pages["sources/s1.md"].content
    assert html.count('class="cq-mark') >= 3
    for anchor in ("ev-event-meeting-2024-03-04", "ev-quote-q1", "ev-figure-f1"):
        assert f'id="{anchor}"' in html


def test_source_text_links_the_people_and_places_it_names(pages):
    html = pages["sources/s1.md"].content
    text = html.split('class="cq-source-text"', 1)[1]
    assert 'href="../../people/ana-souza/"' in text and 'href="../../people/karl-brandt/"' in text
    assert 'href="../../places/berlin/"' in text
    assert 'cq-k-event cq-k-person' in text  # a name inside an event's passage links to the person


def test_hostile_text_is_escaped_everywhere(tree):
    evil = '<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1)) **b** </title>"'
    store.write_record(tree, Person(id="evil", name=evil, bio=evil))
    out = {p.path: p for p in generate(store.load(tree).raise_for_problems())}
    page = out["people/evil.md"].content
    body = page.split("---\n\n", 1)[1]
    for raw in ("<script>alert", "{{", "](javascript", "**b**", "</title>"):
        assert raw not in body, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'title: "scriptalert(1)/script 7*7 x(javascript:alert(1)) **b** /title"' in page
    assert "<script>" not in out["people/index.md"].content


def test_escaping_turns_every_special_character_into_its_entity_and_nothing_else():
    import random

    from communique.site.html import _TABLE, esc

    specials = "".join(map(chr, _TABLE))
    assert esc(specials) == "".join(_TABLE[ord(c)] for c in specials)
    assert esc("&#123;") == "&amp;#123;" and esc(None) == "" and esc(12) == "12"
    rng = random.Random(5)
    alphabet = specials + "ab #;\u00e9\u4e2d\U0001f600"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert esc(text) == "".join(_TABLE.get(ord(c), c) for c in text), text


def test_names_in_source_text_are_found_as_the_extraction_gazetteer_finds_them():
    # The source page finds its people and places without compiling a Gazetteer per
    # document; what it finds must be what the Gazetteer finds, on awkward text too.
    import random

    from communique.extract.gazetteer import Gazetteer
    from communique.site.context import _named_spans

    terms = [("Ana Souza", "person a"), ("Ana", "person b"), ("Ana  Souza Lima", "person c"),
             ("Berlin", "place berlin"), ("IT", "org it"), ("trade", "topic t"), ("Ana", "person dup"),
             ("S\u00e3o Paulo", "place sp"), ("AT&T", "org att"), ("   ", "blank")]
    words = ["Ana", "ana", "ANA", "Souza", "souza", "Lima", "Berlin", "berlin", "IT", "it", "trade", "Trade",
             "S\u00e3o", "Paulo", "AT&T", "&", "-", "_", "x", "1", "\u00e9", " ", "  ", ".", "\n", "\u0130"]
    rng = random.Random(11)
    for _ in range(3000):
        chosen = tuple(rng.sample(terms, rng.randint(0, len(terms))))
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", ".", "", "-"]) for _ in range(rng.randint(0, 14)))
        expected = tuple((h.start, h.end, h.id) for h in Gazetteer(list(chosen)).find(text))
        assert _named_spans(chosen, text) == expected, (chosen, text)
    assert _named_spans((("Ana Souza", "p"),), "Ana Souza met Ana Souzas.") == ((0, 9, "p"),)


def test_json_ld_for_people_and_events(pages):
    person = pages["people/ana-souza.md"].jsonld
    assert person[0]["@type"] == "Person" and person[0]["name"] == "Ana Souza"
    assert any(x["@type"] == "Quotation" and x["text"] == "Our trade will double," for x in person)
    event = pages["events/s1/meeting-2024-03-04.md"].jsonld[0]
    assert event["@type"] == "Event" and event["startDate"] == "2024-03-04"
    assert {a["name"] for a in event["attendee"]} == {"Ana Souza", "Karl Brandt"}


def test_exports(pages):
    kb = json.loads(pages["data/communique.json"].content)
    assert kb["counts"]["quotes"] == 1 and kb["documents"][0]["id"] == "s1"
    rows = list(csv.DictReader(io.StringIO(pages["data/figures.csv"].content)))
    assert rows[0]["value_low"] == "12000000000" and rows[0]["currency"] == "EUR" and rows[0]["period"] == "2023"
    quotes = list(csv.DictReader(io.StringIO(pages["data/quotes.csv"].content)))
    assert quotes[0]["speaker_name"] == "Ana Souza"


def test_csv_cells_cannot_become_formulas(tree):
    st = store.load(tree)
    doc = st.documents["s1"]
    doc.figures[0].metric = "=HYPERLINK(\"http://evil\")"
    store.write_record(tree, doc)
    out = {p.path: p for p in generate(store.load(tree).raise_for_problems())}
    assert "'=HYPERLINK" in out["data/figures.csv"].content


def test_figures_chart_has_a_point_per_period(pages):
    html = pages["figures/index.md"].content
    assert '<svg class="cq-chart"' in html and 'data-points="1"' in html
    assert 'data-period="2023" data-low="12000000000" data-high="12000000000"' in html


def test_generation_is_deterministic(tree):
    a = [(p.path, p.content) for p in generate(store.load(tree))]
    b = [(p.path, p.content) for p in generate(store.load(tree))]
    assert a == b


@pytest.mark.parametrize("src,dst,expected", [
    ("index.md", "people/index.md", "people/"),
    ("people/ana.md", "topics/trade.md", "../../topics/trade/"),
    ("events/doc/e1.md", "people/ana.md", "../../../people/ana/"),
    ("people/ana.md", "index.md", "../../"),
    ("people/ana.md", "people/ana.md", "./"),
])
def test_relative_links(src, dst, expected):
    assert relative(src, dst) == expected


@pytest.mark.parametrize("keep", [True, False])
def test_an_edited_template_is_used_after_refresh(tmp_path, keep):
    # Jinja does not look at template files again by itself (no auto_reload): refresh() must
    # see the edit, and a renderer that keeps pages must not serve the page made before it.
    import os

    from communique.site.render import Renderer

    override = tmp_path / "communique" / "person.html"
    override.parent.mkdir(parents=True)
    override.write_text('{% extends "communique/page.html" %}{% block content %}<p>first {{ title }}</p>{% endblock %}')
    renderer = Renderer([tmp_path], keep=keep)
    ctx = {"title": "Ana"}
    assert "<p>first Ana</p>" in renderer.render("communique/person.html", "people/ana.md", ctx)
    override.write_text('{% extends "communique/page.html" %}{% block content %}<p>second {{ title }}</p>{% endblock %}')
    stamp = override.stat().st_mtime_ns + 5_000_000_000  # a later time whatever the clock's resolution
    os.utime(override, ns=(stamp, stamp))
    renderer.refresh()
    html = renderer.render("communique/person.html", "people/ana.md", ctx)
    assert "<p>second Ana</p>" in html and "first" not in html
