"""`mkdocs serve` (plain and --dirty) after edits to the records: what the plugin keeps between
rebuilds (records, page data, the theme's output, compiled templates) never hides a change.
An edited person shows on their page and on every page that shows them; an added record gets
a page; a removed one leaves the lists; an edited hand-written page shows too."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import write_tree
from test_serve_errors import free_port, wait_for_http
from test_site_build import project

TIMEOUT = 120  # seconds; a rebuild of this tree takes a few: this only guards against a hang


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except OSError:
        return 0, ""


def wait_until(url: str, check, what: str) -> str:
    end = time.monotonic() + TIMEOUT
    while time.monotonic() < end:
        status, body = get(url)
        if check(status, body):
            return body
        time.sleep(0.2)
    raise AssertionError(f"{url}: {what} did not happen in {TIMEOUT} s (last status {status})")


def shows(text: str):
    return lambda status, body: status == 200 and text in body


def lacks(text: str):
    return lambda status, body: status == 200 and text not in body


@pytest.fixture(params=["plain", "dirty"])
def served(request, tmp_path):
    data = write_tree(tmp_path / "data")
    proj = project(tmp_path, data)
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    args = [sys.executable, "-m", "mkdocs", "serve", "-f", str(proj / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(args + (["--dirty"] if request.param == "dirty" else []),
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url + "people/karl-brandt/", proc)
        yield url, data, proj, request.param
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_edits_to_records_show_on_every_page_that_shows_them(served):
    url, data, proj, mode = served
    pages = ["people/karl-brandt/", "events/s1/meeting-2024-03-04/", "people/", "sources/s1/", "places/berlin/"]
    for page in pages:
        assert "Karl Brandt" in get(url + page)[1], page

    # A person renamed: their page, the event they took part in, the people list, the source
    # and the place of the event all show the new name, and none the old one.
    person = data / "people" / "karl-brandt.yml"
    person.write_text(person.read_text().replace("name: Karl Brandt", "name: Karl Brandtner"))
    for page in pages:
        wait_until(url + page, shows("Karl Brandtner"), f"the new name on {page}")
        assert "Karl Brandt<" not in get(url + page)[1], page

    # A record added: its page appears and the list names it.
    (data / "people" / "lea-weber.yml").write_text("id: lea-weber\nname: Lea Weber\ncountry: germany\n")
    wait_until(url + "people/lea-weber/", shows("Lea Weber"), "the new person's page")
    wait_until(url + "people/", shows("Lea Weber"), "the new person in the people list")

    # Removed again: the list forgets them (a plain serve removes the page too; --dirty,
    # as MkDocs documents, leaves files of removed pages in place).
    (data / "people" / "lea-weber.yml").unlink()
    wait_until(url + "people/", lacks("Lea Weber"), "the removed person leaving the list")
    if mode == "plain":
        wait_until(url + "people/lea-weber/", lambda status, body: status == 404, "the removed page going")

    # An edit to the second participant after that: still picked up (nothing kept too long).
    other = data / "people" / "ana-souza.yml"
    other.write_text(other.read_text().replace("name: Ana Souza", "name: Ana Souza-Lima"))
    wait_until(url + "events/s1/meeting-2024-03-04/", shows("Ana Souza-Lima"), "the second edit on the event page")

    # A hand-written page edited: shown as MkDocs always does.
    doc = proj / "docs" / "contributing.md"
    doc.write_text(doc.read_text() + "\n\nA sentence added while serving.\n")
    wait_until(url + "contributing/", shows("A sentence added while serving."), "the edit to a hand-written page")


def test_the_server_rests_between_edits_and_sees_each_save(served, tmp_path):
    """Folders are watched through file events: the files a build reads (opened, closed
    unchanged) must not call for another build, or the server would rebuild forever."""
    url, data, proj, mode = served
    log = tmp_path / "serve.log"

    def builds() -> int:
        return log.read_text().count("Building documentation")

    person = data / "people" / "karl-brandt.yml"
    for i in range(2):
        person.write_text(person.read_text().replace("name: Karl Brandt", f"name: Karl Brandt{i}x", 1)
                          if i == 0 else person.read_text().replace("Brandt0x", "Brandt1x"))
        wait_until(url + "people/karl-brandt/", shows(f"Karl Brandt{i}x"), f"save {i}")
    time.sleep(3)  # more than any pause between a save and its rebuild
    settled = builds()
    time.sleep(3)
    assert builds() == settled, "the server kept rebuilding with nothing saved"
    assert settled <= 1 + 2 + 1, f"{settled} builds for two saves"  # start, the saves, at most one more


def test_the_last_output_is_set_aside_then_removed(tmp_path):
    """Before a plain rebuild the site folder's visible entries move into one hidden folder
    (MkDocs then finds nothing to remove) and that folder goes once the build is done."""
    from communique.site.serving import IdleWork

    site = tmp_path / "site"
    (site / "people" / "ana").mkdir(parents=True)
    (site / "people" / "ana" / "index.html").write_text("old")
    (site / "index.html").write_text("old")
    (site / ".keep").write_text("hidden entries are MkDocs' to keep")
    idle = IdleWork()
    idle.set_aside(site)
    names = sorted(p.name for p in site.iterdir())
    assert len(names) == 2 and names[0].startswith(".communique-old-") and names[1] == ".keep"
    assert (site / names[0] / "people" / "ana" / "index.html").read_text() == "old"
    idle._work()
    assert sorted(p.name for p in site.iterdir()) == [".keep"]
    idle.stop()


def test_removing_the_old_output_pauses_while_a_rebuild_runs(tmp_path):
    from communique.site.serving import IdleWork

    site = tmp_path / "site"
    for i in range(3):
        (site / f"p{i}").mkdir(parents=True)
        (site / f"p{i}" / "index.html").write_text("old")
    idle = IdleWork()
    idle.set_aside(site)
    idle.before_build()
    idle._work()  # a rebuild is running: nothing removed
    assert sum(1 for _ in site.rglob("index.html")) == 3
    idle.after_build()
    idle.cancel()
    idle._work()  # idle again: all gone
    assert [p.name for p in site.iterdir()] == []
    idle.stop()


def test_a_server_stopped_with_sigterm_leaves_no_stub_folder(tmp_path):
    import os
    data = write_tree(tmp_path / "data")
    proj = project(tmp_path, data)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    port = free_port()
    env = dict(os.environ, TMPDIR=str(scratch))  # the plugin's stub folder goes here
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(proj / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/people/karl-brandt/", proc)
        assert [p.name for p in scratch.iterdir() if p.name.startswith("communique-pages-")]
    finally:
        proc.terminate()  # SIGTERM, as `kill` and service managers send
        proc.wait(timeout=30)
    assert not [p.name for p in scratch.iterdir() if p.name.startswith("communique-pages-")]
