"""`communique add` against a ministry-shaped website served on 127.0.0.1: what each page
shape keeps and loses, the fetch policy, feeds, PDFs, duplicates and failures."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from communique import store
from communique.cli import main
from communique.ingest import language
from communique.ingest.add import Target, _url_key, obtain, text_key
from communique.ingest.fetch import FetchError, Fetcher, Policy, USER_AGENT
from communique.ingest.pdf import reflow
from ingest_site import (CALL, DROPPED, FRENCH, IFRAME_RELEASE, JOINT, PDF_RELEASE, TABLE_RELEASE, VISIT,
                         make_pdf, serve)

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def site():
    s, server = serve()
    yield s
    server.shutdown()


@pytest.fixture
def fetcher():
    return Fetcher(Policy(timeout=2, retries=0, delay=0))


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(ROOT / "data", d)
    return d


def sources(data: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((data / "sources").iterdir())}


# -- what each page shape keeps and loses ---------------------------------------------------

SHAPES = {
    # path: (paragraphs that must be kept, publication date, note)
    "/press/visit-brazil.html": (VISIT, dt.date(2024, 3, 12)),            # meta tag + "12 March 2024"
    "/press/call-germany.html": (CALL, dt.date(2024, 3, 13)),             # "March 13, 2024"
    "/press/consultations.html": (TABLE_RELEASE, dt.date(2024, 3, 15)),   # layout table, "15/03/2024"
    "/press/geneva-meeting.html": (IFRAME_RELEASE, dt.date(2024, 3, 16)), # iframe, <time> "16.03.2024"
    "/press/teaser.html": (JOINT, dt.date(2024, 3, 18)),                  # "Read more", "18 Mar 2024"
    "/fr/entretien.html": (FRENCH, dt.date(2024, 3, 14)),                 # French
}


@pytest.mark.parametrize("path", SHAPES)
def test_page_shape_keeps_the_release_and_drops_the_chrome(site, fetcher, path):
    keep, date = SHAPES[path]
    rel = obtain(Target(site.base + path, url=site.base + path), fetcher, TODAY)
    for para in keep:
        assert para in rel.text, f"lost from {path}: {para[:60]}"
    for chrome in DROPPED:
        assert chrome not in rel.text, f"{path} kept page chrome: {chrome!r}"
    paragraphs = rel.text.strip().split("\n\n")
    assert all(p.strip() for p in paragraphs)  # one blank line between paragraphs, no empty ones
    assert rel.meta.published == date
    assert rel.meta.publisher == "Ministry of Foreign Affairs"
    assert rel.meta.url == site.base + path and rel.meta.fetched == TODAY
    assert rel.meta.title and "|" not in rel.meta.title  # the site name is cut from <title>
    assert rel.meta.language == ("fr" if path.startswith("/fr/") else "en")


def test_table_layout_keeps_the_data_table_and_drops_the_menu_cell(site, fetcher):
    rel = obtain(Target("t", url=site.base + "/press/consultations.html"), fetcher, TODAY)
    assert "| Agreement | Value |\n|---|---|\n| Green hydrogen partnership | EUR 3 billion |" in rel.text
    assert "Speeches" not in rel.text
    assert rel.text.index("Intergovernmental consultations in Berlin") < rel.text.index(TABLE_RELEASE[0])


def test_release_in_an_iframe_or_behind_read_more_is_followed_and_said(site, fetcher):
    rel = obtain(Target("t", url=site.base + "/press/geneva-meeting.html"), fetcher, TODAY)
    assert any("/embed/geneva.html" in n for n in rel.notes)
    assert rel.meta.title == "Meeting of the Foreign Ministers in Geneva"  # the outer page's
    rel = obtain(Target("t", url=site.base + "/press/frame-only.html"), fetcher, TODAY)
    assert rel.text == "\n\n".join(IFRAME_RELEASE) + "\n"
    rel = obtain(Target("t", url=site.base + "/press/teaser.html"), fetcher, TODAY)
    assert any("/press/full/joint-statement.html" in n for n in rel.notes)
    assert "adopted a joint statement in Brasilia." not in rel.text  # the teaser is not mixed in
    rel = obtain(Target("t", url=site.base + "/press/two-ways.html"), fetcher, TODAY)
    assert f"could not follow {site.base}/missing.html: HTTP 404 Not Found" in rel.notes
    assert JOINT[0] in rel.text


def test_a_date_only_in_the_footer_is_not_taken_for_the_release_date(site, fetcher):
    rel = obtain(Target("t", url=site.base + "/mirror/brazil-visit.html"), fetcher, TODAY)
    assert VISIT[2] in rel.text
    assert rel.meta.published is None  # the footer says "Last updated on 01/01/2021"


def test_pdf_text_is_reflowed_into_its_paragraphs(site, fetcher):
    rel = obtain(Target("t", url=site.base + "/docs/clean-energy.pdf"), fetcher, TODAY)
    assert rel.text == "\n\n".join(PDF_RELEASE) + "\n"  # every line break of the layout undone, no more
    assert rel.meta.title == PDF_RELEASE[0] and rel.meta.language == "en"


def test_reflow_joins_layout_lines_and_hyphenated_words():
    text = ("The ministers agreed to strengthen coopera-\ntion in the field of renewable energy and to\n"
            "meet again in India-\nRussia format.\n\nSecond paragraph.\n")
    assert reflow(text) == ("The ministers agreed to strengthen cooperation in the field of renewable energy and to "
                            "meet again in India-Russia format.\n\nSecond paragraph.\n")


# -- the fetch policy -----------------------------------------------------------------------

FAILURES = {
    "/loop/a": "redirect loop",
    "/missing.html": "HTTP 404",
    "/to-file": "only http(s) is followed",
    "/private/secret.html": "robots.txt",
}


@pytest.mark.parametrize("path", FAILURES)
def test_fetch_failures_say_why(site, fetcher, path):
    with pytest.raises(FetchError, match=re.escape(FAILURES[path])):
        fetcher.get(site.base + path)


def test_robots_txt_is_read_once_and_a_disallowed_page_never_requested(site, fetcher):
    fetcher.get(site.base + "/press/call-germany.html")
    with pytest.raises(FetchError):
        fetcher.get(site.base + "/private/secret.html")
    paths = [p for p, _, _ in site.log]
    assert "/private/secret.html" not in paths
    assert all(ua == USER_AGENT for _, ua, _ in site.log)
    assert USER_AGENT.startswith("communique/")


def test_only_http_and_https(fetcher, site):
    before = len(site.log)
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "data:text/html,hi", "http:///x"):
        with pytest.raises(FetchError, match="only http"):
            fetcher.get(url)
    for url, why in (("http://127.0.0.1:8o/x", "port"), ("http://127.0.0.1/a b", "spaces"),
                     ("http://127.0.0.1/a\r\nHost: evil", "control")):
        with pytest.raises(FetchError, match=why):
            fetcher.get(url)
    assert len(site.log) == before


def test_a_slow_server_times_out_after_the_retries(site):
    f = Fetcher(Policy(timeout=0.3, retries=1, backoff=0.01, delay=0))
    before = [p for p, _, _ in site.log].count("/slow")
    with pytest.raises(FetchError, match="no answer within 0.3 s"):
        f.get(site.base + "/slow")
    assert [p for p, _, _ in site.log].count("/slow") - before == 2  # first try + one retry


def test_a_server_dripping_bytes_is_cut_off(site):
    f = Fetcher(Policy(timeout=1, max_seconds=0.5, retries=0, delay=0))
    with pytest.raises(FetchError, match="too slow: body not complete after 0.5 s"):
        f.get(site.base + "/drip")


def test_a_busy_server_is_retried(site):
    site.flaky_left = 1
    resp = Fetcher(Policy(retries=2, backoff=0.01, delay=0)).get(site.base + "/flaky")
    assert resp.status == 200 and b"Karl Brandt" in resp.body
    assert site.flaky_left == 0


def test_a_huge_response_is_cut_off_while_streaming(site):
    f = Fetcher(Policy(max_bytes=1_000_000, retries=0, delay=0))
    with pytest.raises(FetchError, match="too large: stopped after 1,000,000 bytes"):
        f.get(site.base + "/huge")


def test_a_compressed_body_is_decompressed_within_the_size_limit(site):
    f = Fetcher(Policy(max_bytes=1_000_000, retries=0, delay=0))
    assert b"Karl Brandt" in f.get(site.base + "/gzipped").body
    with pytest.raises(FetchError, match="once decompressed"):
        f.get(site.base + "/gzip-bomb")  # 5 KB on the wire, 5 MB unpacked


def test_robots_crawl_delay_is_honoured(site):
    original = site.pages["/robots.txt"]
    site.pages["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                 b"User-agent: communique\nCrawl-delay: 1\nDisallow: /private/\n")
    try:
        f = Fetcher(Policy(delay=0, retries=0))
        start = len(site.log)
        for p in ("/press/visit-brazil.html", "/press/call-germany.html"):
            f.get(site.base + p)
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(site.base + "/private/secret.html")  # the agent's own group applies
    finally:
        site.pages["/robots.txt"] = original
    times = [t for p, _, t in site.log[start:] if p != "/robots.txt"]
    assert len(times) == 2 and times[1] - times[0] >= 0.99


def test_requests_to_one_host_are_spaced(site):
    f = Fetcher(Policy(delay=0.2, retries=0))
    start = len(site.log)
    for p in ("/press/visit-brazil.html", "/press/call-germany.html", "/press/teaser.html"):
        f.get(site.base + p)
    times = [t for p, _, t in site.log[start:] if p != "/robots.txt"]
    assert len(times) == 3
    assert all(b - a >= 0.19 for a, b in zip(times, times[1:]))


# -- language --------------------------------------------------------------------------------

def test_language_from_the_declaration_checked_against_the_text():
    english = " ".join(VISIT)
    french = " ".join(FRENCH)
    assert language.decide("fr", french) == ("fr", None)
    assert language.decide("en-GB", english) == ("en-GB", None)
    assert language.decide(None, english) == ("en", None)
    assert language.decide(None, french)[0] == "und"
    tag, note = language.decide("en", french)  # a French page that says it is English
    assert tag == "und" and "English" in note
    assert language.decide("hi", english)[0] == "en"
    assert language.decide("fr", "Trop court.") == ("fr", None)  # too short to overrule


# -- the command ------------------------------------------------------------------------------

def add(data: Path, *args: str) -> int:
    return main(["add", "--data", str(data), "--delay", "0", "--timeout", "2", *args])


def test_feeds_add_each_item_once_and_only_new_ones_on_a_rerun(site, data, capsys):
    rc = add(data, "--feed", site.base + "/feeds/rss.xml", "--feed", site.base + "/feeds/atom.xml")
    out, err = capsys.readouterr()
    assert rc == 1  # the RSS feed has an item pointing at file:///etc/passwd
    assert "link is not an http(s) address" in err and "passwd" in err
    st = store.load(data)
    assert st.problems == []
    fetched = {s.meta.url: s for s in st.sources.values() if s.meta.url}
    assert len(fetched) == 7
    visit = fetched[site.base + "/press/visit-brazil.html"]
    assert visit.meta.title == "Visit of the Foreign Minister of Brazil"
    assert visit.meta.published == dt.date(2024, 3, 12) and visit.meta.fetched is not None
    assert visit.id in st.documents and st.documents[visit.id].quotes  # extraction ran
    french = fetched[site.base + "/fr/entretien.html"]
    assert french.meta.language == "fr" and french.id not in st.documents
    assert "language fr: skipped extraction" in out
    assert "7 added, 0 already stored, 0 duplicates, 0 changed (not overwritten), 1 failed" in out

    before = sources(data)
    n_requests = len(site.log)
    rc = add(data, "--feed", site.base + "/feeds/rss.xml", "--feed", site.base + "/feeds/atom.xml")
    out, _ = capsys.readouterr()
    assert "4 items, 0 new" in out and "0 added, 7 already stored" in out
    assert sources(data) == before
    asked = [p for p, _, _ in site.log[n_requests:]]
    assert asked == ["/robots.txt", "/feeds/rss.xml", "/feeds/atom.xml"]  # no page fetched again


def test_same_text_elsewhere_is_a_duplicate_and_a_changed_page_is_not_overwritten(site, data, capsys):
    url = site.base + "/press/call-germany.html"
    assert add(data, url) == 0
    assert add(data, site.base + "/flaky", url) == 0  # /flaky serves the same release
    out, _ = capsys.readouterr()
    assert "duplicate " + site.base + "/flaky" in out and "unchanged " + url in out
    before = sources(data)
    original = site.pages["/press/call-germany.html"]
    site.pages["/press/call-germany.html"] = (original[0], original[1],
                                              original[2].replace(b"past decade", b"past two decades"))
    try:
        assert add(data, url) == 0
    finally:
        site.pages["/press/call-germany.html"] = original
    out, err = capsys.readouterr()
    assert "changed " + url in err and "kept the stored text as it is" in err
    assert sources(data) == before


def test_failures_write_nothing_and_set_the_exit_code(site, data, capsys):
    before = sources(data)
    docs = sorted(p.name for p in (data / "documents").iterdir())
    rc = add(data, *(site.base + p for p in ("/loop/a", "/missing.html", "/image.png", "/plain.txt",
                                             "/private/secret.html", "/to-file")),
             "file:///etc/passwd", "notes.txt")
    out, err = capsys.readouterr()
    assert rc == 1
    assert "0 added" in out and "8 failed" in out
    for why in ("redirect loop", "HTTP 404", "not an HTML page or a PDF (Content-Type: image/png)",
                "Content-Type: text/plain", "robots.txt", "only http(s) is followed",
                "only http:// and https://", "for .md/.txt use communique extract"):
        assert why in err
    assert sources(data) == before
    assert sorted(p.name for p in (data / "documents").iterdir()) == docs
    assert not list((data / "sources").glob(".*.tmp"))


def test_saved_html_and_pdf_files(site, data, tmp_path, capsys):
    page = tmp_path / "visit.html"
    page.write_bytes(site.pages["/press/visit-brazil.html"][2])
    pdf = tmp_path / "clean energy.pdf"
    pdf.write_bytes(make_pdf(PDF_RELEASE))
    assert add(data, str(page), str(pdf)) == 0
    st = store.load(data)
    by_title = {s.meta.title: s for s in st.sources.values()}
    visit = by_title["Visit of the Foreign Minister of Brazil"]
    assert visit.meta.url == "https://mfa.example.org/press/visit-brazil.html"  # <link rel=canonical>
    assert visit.meta.fetched is None  # read from disk, not fetched
    assert text_key(visit.text) == text_key("\n".join(["Visit of the Foreign Minister of Brazil", *VISIT]))
    assert by_title[PDF_RELEASE[0]].id in st.documents
    capsys.readouterr()
    assert add(data, str(page)) == 0
    assert "unchanged" in capsys.readouterr().out


def test_store_problems_stop_add_before_anything_is_fetched(site, data, capsys):
    (data / "sources" / "broken.md").write_text("---\ntitel: A typo in a key\n---\ntext\n")
    n = len(site.log)
    assert add(data, site.base + "/press/teaser.html") == 1
    assert "broken.md:2" in capsys.readouterr().err
    assert len(site.log) == n


def test_add_needs_something_to_add(data, capsys):
    assert main(["add", "--data", str(data)]) == 2
    assert "give URLs" in capsys.readouterr().err


# -- offline and encodings ----------------------------------------------------------------------

def test_parsers_never_touch_the_network(site, monkeypatch):
    """trafilatura, htmldate, feedparser and pypdf work on the bytes given: no download."""
    from communique.ingest.feeds import parse_feed
    from communique.ingest.html import parse_html
    from communique.ingest.pdf import parse_pdf
    from ingest_site import atom

    html = site.pages["/press/geneva-meeting.html"][2].decode()  # has an iframe: not followed here
    pdf = site.pages["/docs/clean-energy.pdf"][2]

    def refuse(*args, **kwargs):
        raise AssertionError(f"network used: {args}")

    import socket
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = parse_html(html, "https://mfa.example.org/press/geneva.html", TODAY)
    assert page.follow == ["https://mfa.example.org/embed/geneva.html"]
    assert len(parse_feed(atom("https://mfa.example.org"), "https://mfa.example.org/atom").items) == 4
    assert "Clean energy" in parse_pdf(pdf).text


def test_a_page_in_a_legacy_encoding_is_decoded_by_its_declared_charset():
    from communique.ingest.add import release_from_response
    from communique.ingest.fetch import Response

    text = " ".join(CALL).replace("Karl Brandt", "Jos\u00e9 Mu\u00f1oz")
    body = f"<html><head><meta charset='windows-1252'><title>Call</title></head><body><article><p>{text}</p></article></body></html>"
    # From the HTTP header; from <meta charset> when there is none, or when the header's
    # does not exist or cannot decode the bytes.
    for charset in ("windows-1252", None, "x-no-such-charset", "utf-8"):
        page, _ = release_from_response(Response("https://x.org/a", 200, "text/html", charset,
                                                 body.encode("cp1252")), None, TODAY)
        assert "Foreign Minister Jos\u00e9 Mu\u00f1oz of Germany" in page.text
        assert page.publisher is None  # not "x.org": a host name names no publisher


def test_urls_that_name_the_same_page():
    assert _url_key("HTTP://Example.ORG:80/press/a/#top") == _url_key("http://example.org/press/a")
    assert _url_key("https://example.org:443/x?id=3") == _url_key("https://example.org/x?id=3")
    assert _url_key("https://example.org/Press/A") != _url_key("https://example.org/press/a")
    assert _url_key("https://example.org/x?id=3") != _url_key("https://example.org/x?id=4")
    assert _url_key("http://example.org/x") != _url_key("https://example.org/x")
    assert _url_key("http://example.org:8o/x") == "http://example.org:8o/x"
