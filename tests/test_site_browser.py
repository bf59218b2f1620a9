"""The built site in a real browser (Debian's chromium driven by Playwright)."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from html_links import parse as parse_html
from site_fixtures import HOSTILE, HOSTILE_QUOTE, build_site, make_data

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
SITE: list[Path] = []
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (.ci/run installs it)")]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    site = build_site(tmp, make_data(tmp))
    SITE.append(site)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def test_crawl_every_internal_link_no_broken_links_or_anchors(page, site_url):
    """Every page reachable from the home page, fetched through the browser's HTTP stack;
    every link must answer 200 and every #anchor must exist on its target page."""
    todo, seen, ids, wanted = [site_url], set(), {}, []
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        resp = page.request.get(url)
        assert resp.ok, f"{url}: HTTP {resp.status}"
        if "text/html" not in resp.headers.get("content-type", ""):
            continue
        parser = parse_html(resp.text())
        ids[url] = parser.ids
        for href in parser.hrefs:
            target, anchor = urldefrag(urljoin(url, href))
            if not target.startswith(site_url):
                continue  # external: not ours to check offline
            wanted.append((url, target, anchor))
            if target not in seen:
                todo.append(target)
    broken = [(src, t, a) for src, t, a in wanted if a and t in ids and a not in ids[t]]
    assert not broken, broken[:10]
    # Every page of the site was reached from the home page.
    pages = {p.parent.relative_to(SITE[0]).as_posix() for p in SITE[0].rglob("index.html")}
    reached = {u[len(site_url):].rstrip("/") for u in seen if u.endswith("/")}
    assert len(pages) > 150 and pages - {"."} <= reached, sorted(pages - reached)[:10]
    assert len(wanted) > 3000


def test_person_page_lists_quotes_and_events(page, site_url):
    page.goto(site_url + "people/luiz-inacio-lula-da-silva/")
    assert page.locator("h1").first.inner_text() == "Luiz Inácio Lula da Silva"
    quotes = page.locator("blockquote.cq-quote").all_inner_texts()
    assert any("We cannot wait another twenty years." in q for q in quotes)
    events = page.locator("table.cq-table").first.inner_text()
    assert "meeting" in events and "7 March 2024" in events and "Berlin" in events
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)


def test_date_page_lists_that_days_events(page, site_url):
    page.goto(site_url + "dates/2024-10-07/")
    text = page.locator("table.cq-table").first.inner_text()
    for kind in ("talks", "signing", "dinner"):
        assert kind in text


def test_topic_page_lists_its_quotes(page, site_url):
    page.goto(site_url + "topics/trade/")
    quotes = page.locator("blockquote.cq-quote").all_inner_texts()
    assert any("Our goal is to raise bilateral trade to USD 30 billion" in q for q in quotes)


def search(page, site_url: str, query: str) -> list[tuple[str, str]]:
    """(link, text) of each search result for query, typed into the search box as a person does."""
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    item = page.locator(".md-search-result__item").first
    # The index loads in a worker, so a query typed before it is ready is typed again.
    for _ in range(4):
        box.fill("")
        box.press_sequentially(query, delay=40)
        try:
            item.wait_for(timeout=5000)
            break
        except Exception:
            continue
    links = page.locator(".md-search-result__link")
    # Material adds ?h=<query> (to highlight it): keep the path.
    return [(urlsplit(links.nth(i).get_attribute("href")).path, links.nth(i).inner_text()) for i in range(links.count())]


def test_search_finds_a_quote_by_a_word_in_it(page, site_url):
    results = search(page, site_url, "responder")
    assert any("first responder" in text for _, text in results)


def test_search_finds_people_and_their_events_by_name(page, site_url):
    results = search(page, site_url, "Lula")
    assert any(href.endswith("people/luiz-inacio-lula-da-silva/") for href, _ in results), results
    assert any("/events/" in href for href, _ in results), results
    # An entity page is indexed by what identifies it, not its tables: one entry, no rows.
    person = [text for href, text in results if href.endswith("people/luiz-inacio-lula-da-silva/")]
    assert "Linked from" not in person[0] and "Participants" not in person[0]


def test_figures_chart_renders_with_its_data_points(page, site_url):
    page.goto(site_url + "figures/")
    charts = page.locator("svg.cq-chart")
    assert charts.count() >= 3
    points = page.locator("svg.cq-chart g.cq-point")
    assert points.count() >= 5
    box = charts.first.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    # A range is an error bar: a vertical line from low to high, with a cap at each end.
    bar = page.locator('svg.cq-chart g.cq-point[data-low="75000000000"][data-high="80000000000"] line.cq-range')
    assert bar.count() == 3
    ys = [float(bar.first.get_attribute(k)) for k in ("y1", "y2")]
    assert ys[0] < ys[1]  # high drawn above low
    # Beside each chart: a legend and a table of the same values.
    fig = page.locator("figure.cq-timechart").first
    assert fig.locator(".cq-legend li").count() >= 2
    assert fig.locator("table.cq-chart-table tbody tr").count() == fig.locator("g.cq-point").count()


def test_hostile_record_renders_literally_and_runs_nothing(page, site_url):
    for path in ("people/hostile-person/", "sources/hostile/", "quotes/", "people/"):
        page.goto(site_url + path)
        page.wait_for_timeout(200)
        page.mouse.move(400, 400)
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.dialogs == [], path
    page.goto(site_url + "people/hostile-person/")
    assert page.locator("h1").first.inner_text() == HOSTILE.replace("\u200b", "\u200b")
    assert HOSTILE_QUOTE in page.locator("blockquote.cq-quote").first.inner_text()
    assert page.locator("article script").count() == 0
    assert page.locator("article img").count() == 0


def test_home_page_screenshot(page, site_url):
    page.goto(site_url)
    counts = page.locator(".cq-cards").inner_text()
    assert "People" in counts and "Quotes" in counts
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    # dark mode toggle exists and works
    page.locator("label.md-header__button[for^='__palette']").first.click()
    assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") in ("slate", "default")


def _errors(page) -> list:
    errs = []
    page.on("pageerror", lambda e: errs.append(str(e)))
    page.on("console", lambda m: errs.append(m.text) if m.type == "error" else None)
    return errs


def test_relationship_page_and_its_links(page, site_url):
    errs = _errors(page)
    page.goto(site_url + "relations/india--russia/")
    assert page.locator("h1").first.inner_text() == "India \u2013 Russia"
    timeline = page.locator("table.cq-table").first.inner_text()
    assert "meeting" in timeline and "26 December 2023" in timeline
    assert "Deputy Prime Minister" in timeline  # participants with their titles
    sides = page.locator(".cq-sides section").all_inner_texts()
    assert "S Jaishankar" in sides[0] and sides[0].startswith("India")
    assert "Denis Manturov" in sides[1] and sides[1].startswith("Russia")
    chart = page.locator("svg.cq-chart").first
    assert chart.locator("g.cq-point").count() == 2
    assert page.locator("blockquote.cq-quote").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "relationship.png"), full_page=True)
    # Linked from both countries' pages and from the release.
    for path in ("places/india/", "places/russia/", "sources/000_406cfeb22b89c37e/"):
        page.goto(site_url + path)
        assert page.locator('a.cq-relation[href$="relations/india--russia/"]').count() >= 1, path
    page.goto(site_url + "relations/")
    assert page.locator('a.cq-relation[href$="india--russia/"]').count() == 1
    assert errs == []


def _visible_rows(page):
    return page.locator("[data-cq-filter] [data-row]:visible")


def test_filtered_list_keeps_its_state_in_the_url(page, site_url):
    errs = _errors(page)
    page.goto(site_url + "events/")
    total = page.locator("[data-cq-filter] [data-row]").count()
    assert total > 20 and _visible_rows(page).count() == total
    page.select_option("select[name=country]", "india")
    assert "country=india" in page.url
    shown = _visible_rows(page).count()
    assert 0 < shown < total
    assert all("india" in c.split() for c in
               _visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.country)"))
    page.fill("input[name=from]", "2024-03-01")
    page.dispatch_event("input[name=from]", "change")
    assert "from=2024-03-01" in page.url
    dates = _visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.end || r.dataset.date)")
    assert dates and all(d >= "2024-03-01" for d in dates)
    narrowed = len(dates)
    assert narrowed < shown
    assert page.locator(".cq-filter-count").inner_text() == f"Showing {narrowed} of {total}."
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "filtered-events.png"), full_page=True)
    # A shared link or a reload shows the same view.
    page.reload()
    assert page.locator("select[name=country]").input_value() == "india"
    assert page.locator("input[name=from]").input_value() == "2024-03-01"
    assert _visible_rows(page).count() == narrowed
    page.click(".cq-filter-form button")
    assert _visible_rows(page).count() == total and "country=" not in page.url
    assert errs == []


def test_people_list_filters_by_type_country_and_dates(page, site_url):
    errs = _errors(page)
    page.goto(site_url + "people/")
    total = page.locator("[data-cq-filter] [data-row]").count()
    assert total > 10 and _visible_rows(page).count() == total
    labels = page.locator("select[name=type] option").all_inner_texts()
    assert labels[0] == "all" and any(t.startswith("Minister (") for t in labels)
    page.select_option("select[name=type]", "minister")
    assert "type=minister" in page.url
    types = _visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.type)")
    assert 0 < len(types) < total and all("minister" in t.split() for t in types)
    page.select_option("select[name=country]", "india")
    rows = _visible_rows(page).evaluate_all("rs => rs.map(r => [r.dataset.type, r.dataset.country])")
    assert rows and all("minister" in t.split() and "india" in c.split() for t, c in rows)
    assert len(rows) < len(types)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "filtered-people.png"), full_page=True)
    page.reload()  # the view is in the address
    assert page.locator("select[name=type]").input_value() == "minister"
    assert _visible_rows(page).count() == len(rows)
    assert errs == []


def test_relationship_links_to_the_events_between_both_countries(page, site_url):
    errs = _errors(page)
    page.goto(site_url + "events/")
    both = page.locator('[data-cq-filter] [data-row][data-country~="india"][data-country~="russia"]').count()
    assert both > 0
    page.goto(site_url + "events/?country=india&with=russia")
    assert page.locator("select[name=with]").input_value() == "russia"
    rows = _visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.country.split(' '))")
    assert len(rows) == both and all("india" in c and "russia" in c for c in rows)
    page.select_option("select[name=with]", "")
    assert "with=" not in page.url and _visible_rows(page).count() > both
    assert errs == []


def test_quote_filter_hides_speakers_left_without_quotes(page, site_url):
    page.goto(site_url + "quotes/?country=india")
    groups = page.locator("[data-cq-filter] section[data-group]")
    visible = [g for g in groups.all() if g.is_visible()]
    assert 0 < len(visible) < groups.count()
    for g in visible:
        assert g.locator("[data-row]:visible").count() > 0


def test_without_javascript_a_filtered_list_is_the_whole_plain_list(browser, site_url):
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    try:
        for path in ("events/", "people/", "figures/", "quotes/", "sources/"):
            pg.goto(site_url + path + "?country=india&from=2030-01-01")
            rows = pg.locator("[data-cq-filter] [data-row]")
            assert rows.count() > 0, path
            assert pg.locator("[data-cq-filter] [data-row]:visible").count() == rows.count(), path
            assert pg.locator(".cq-filter-form").count() == 0, path
        ARTIFACTS.mkdir(exist_ok=True)
        pg.goto(site_url + "events/?country=india")
        pg.screenshot(path=str(ARTIFACTS / "events-no-js.png"))
    finally:
        ctx.close()


def test_who_met_whom_graph_page_and_neighbourhoods(page, site_url):
    errs = _errors(page)
    page.goto(site_url + "who-met-whom/")
    svg = page.locator("svg.cq-graph").first
    nodes = int(svg.get_attribute("data-nodes"))
    assert nodes >= 10 and svg.locator("circle").count() == nodes
    assert svg.locator("line").count() == int(svg.get_attribute("data-edges")) > 0
    box = svg.bounding_box()
    assert box["width"] > 500 and box["height"] > 300
    assert page.locator(".cq-legend li").count() >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "who-met-whom.png"), full_page=True)
    # A node is a link to the person's page.
    page.locator('svg.cq-graph a[data-node="arvind-mehra"]').first.click()
    page.wait_for_url("**/people/arvind-mehra/")
    ego = page.locator("svg.cq-graph").first
    assert ego.locator("circle.cq-centre").count() == 1
    assert "Hiroshi Tanabe" in ego.inner_html()
    assert errs == []
