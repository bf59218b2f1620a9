"""The whole path: `communique add --feed` -> sources -> records -> `mkdocs build --strict`
-> the source page in Debian's chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from communique import store
from communique.cli import main
from ingest_site import DROPPED, VISIT, serve
from site_fixtures import build_site

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (.ci/run installs it)")]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_feed_to_sources_to_records_to_site_to_browser(tmp_path, capsys):
    ministry, ministry_server = serve()
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    try:
        rc = main(["add", "--data", str(data), "--delay", "0", "--feed", ministry.base + "/feeds/rss.xml"])
    finally:
        ministry_server.shutdown()
    out = capsys.readouterr().out
    assert rc == 1 and "3 added" in out and "1 failed" in out  # the file:// item is refused
    st = store.load(data)
    assert st.problems == []
    sid = next(s.id for s in st.sources.values() if s.meta.url == ministry.base + "/press/visit-brazil.html")
    doc = st.documents[sid]
    assert doc.quotes and doc.events

    site = build_site(tmp_path, data)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            page.goto(base + "sources/")
            page.get_by_role("link", name="Visit of the Foreign Minister of Brazil").first.click()
            page.wait_for_load_state()
            assert page.url == base + f"sources/{sid}/"
            body = page.locator(".cq-source-text").inner_text()
            for para in VISIT:
                assert para in body
            for chrome in DROPPED:
                assert chrome not in body
            facts = page.locator(".cq-facts").inner_text()
            assert "Ministry of Foreign Affairs" in facts and ministry.base + "/press/visit-brazil.html" in facts
            quote = page.locator("a.cq-k-quote").first
            assert "double bilateral trade by 2030" in quote.inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "ingested-source.png"), full_page=True)
            browser.close()
    finally:
        server.shutdown()
