"""`mkdocs serve` with a broken record, in a real browser: the page being read shows the
problems (file, line, message) and comes back by itself on the save that fixes them."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import write_tree
from test_site_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (the shared browser fixture)
from test_site_build import project

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (.ci/run installs it)")]

BROKEN = 'id: ana-souza\nname: "Ana Souza\naliases: [Souza]\ncountry: brazil\n'
WAIT_MS = 90_000  # a rebuild takes a few seconds; this only guards against a hang


def free_port() -> int:
    # mkdocs serve logs the port it was given, so it gets a free one rather than 0.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, proc.stderr.read()
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {timeout} s")


@pytest.fixture
def served(tmp_path):
    data = write_tree(tmp_path / "data")
    person = data / "people" / "ana-souza.yml"
    good = person.read_text()
    person.write_text(BROKEN)  # broken from the start: serve must still start
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(project(tmp_path, data) / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url, proc)
        yield url, person, good, data
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_serve_shows_the_problems_in_the_page_and_recovers_on_the_next_save(browser, served):  # noqa: F811
    url, person, good, data = served
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    where = "data/people/ana-souza.yml:2"

    # Started broken: the home page is the error page.
    page.goto(url)
    assert where in page.locator(".cq-errors").inner_text()

    # Fixed: the open page reloads itself into the real site.
    person.write_text(good)
    page.locator(".cq-cards").wait_for(timeout=WAIT_MS)
    page.goto(url + "people/ana-souza/")
    assert page.locator("h1").first.inner_text() == "Ana Souza"

    # Broken while an entity page is open: that page turns into the error page, with file and line.
    person.write_text(BROKEN)
    errors = page.locator(".cq-errors")
    errors.wait_for(timeout=WAIT_MS)
    assert "1 problem in the records" in errors.inner_text()
    assert page.locator("code.cq-error-where").all_inner_texts() == [where]
    assert "quote that opens here" in page.locator(".cq-error-message").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-error.png"))

    # A hand-written page keeps its text, with the problems over it.
    page.goto(url + "contributing/")
    assert page.locator("h1").first.inner_text().startswith("Contributing")
    assert page.locator(".cq-errors code.cq-error-where").all_inner_texts() == [where]

    # The save that fixes it brings the page back by itself.
    page.goto(url + "people/ana-souza/")
    person.write_text(good)
    page.locator("h1", has_text="Ana Souza").wait_for(timeout=WAIT_MS)
    assert page.locator(".cq-errors").count() == 0
    page.close()
