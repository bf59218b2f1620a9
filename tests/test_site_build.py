"""`mkdocs build` with the plugin: strict build passes; a broken record stops it with
the same path:line message as `communique check`."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import write_tree

ROOT = Path(__file__).resolve().parent.parent


def project(tmp_path: Path, data: Path) -> Path:
    proj = tmp_path / "project"
    shutil.copytree(ROOT / "docs", proj / "docs")
    (proj / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text().replace("data_dir: data", f"data_dir: {data}"))
    return proj


def build(proj: Path, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(proj / "mkdocs.yml"), "-d", str(site)],
                          capture_output=True, text=True)


def test_strict_build_of_a_small_tree(tmp_path):
    data = write_tree(tmp_path / "data")
    res = build(project(tmp_path, data), tmp_path / "site")
    assert res.returncode == 0, res.stderr
    site = tmp_path / "site"
    assert (site / "people" / "ana-souza" / "index.html").exists()
    assert (site / "events" / "s1" / "meeting-2024-03-04" / "index.html").exists()
    assert (site / "data" / "communique.json").exists() and (site / "data" / "figures.csv").exists()
    head = (site / "people" / "ana-souza" / "index.html").read_text().split("</head>")[0]
    assert '<script type="application/ld+json">' in head and '"@type": "Person"' in head
    assert "WARNING -" not in res.stderr
    assert "not included in the \"nav\" configuration" not in res.stderr  # generated pages stay out of the nav quietly


def test_a_broken_record_fails_the_build_with_file_and_line(tmp_path):
    data = write_tree(tmp_path / "data")
    (data / "people" / "karl-brandt.yml").write_text("id: karl-brandt\nname: Karl Brandt\nnmae: x\n")
    res = build(project(tmp_path, data), tmp_path / "site")
    assert res.returncode != 0
    assert f"{data}/people/karl-brandt.yml:3: unknown key 'nmae'" in res.stderr
    assert not (tmp_path / "site" / "people").exists()


def test_a_docs_page_cannot_silently_shadow_a_generated_one(tmp_path):
    data = write_tree(tmp_path / "data")
    proj = project(tmp_path, data)
    (proj / "docs" / "people").mkdir()
    (proj / "docs" / "people" / "ana-souza.md").write_text("# Fake\n")
    res = build(proj, tmp_path / "site")
    assert res.returncode != 0 and "would hide a generated page" in res.stderr


def test_a_template_in_custom_dir_replaces_the_packaged_one(tmp_path):
    data = write_tree(tmp_path / "data")
    proj = project(tmp_path, data)
    cfg = proj / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("theme:\n  name: material\n", "theme:\n  name: material\n  custom_dir: overrides\n"))
    override = proj / "overrides" / "communique" / "person.html"
    override.parent.mkdir(parents=True)
    override.write_text('{% extends "communique/page.html" %}{% import "communique/macros.html" as m %}'
                        '{% block content %}<h1 class="our-layout">{{ title }}</h1><p>{{ bio }}</p>'
                        '<p>Roles: {% for r in roles %}{{ r.title }}{% endfor %}</p>{% endblock %}')
    (data / "people" / "karl-brandt.yml").write_text("id: karl-brandt\nname: Karl Brandt\nbio: <b>bold</b> & {{ x }}\n")
    res = build(proj, tmp_path / "site")
    assert res.returncode == 0, res.stderr
    ana = (tmp_path / "site" / "people" / "ana-souza" / "index.html").read_text()
    assert '<h1 class="our-layout">Ana Souza</h1>' in ana and "Roles: Foreign Minister" in ana
    assert 'id="linked-from"' in ana  # the packaged page.html still adds the backlinks
    karl = (tmp_path / "site" / "people" / "karl-brandt" / "index.html").read_text()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &#123;&#123; x &#125;&#125;" in karl  # the engine escapes overrides too
    # Other kinds keep the packaged template.
    event = (tmp_path / "site" / "events" / "s1" / "meeting-2024-03-04" / "index.html").read_text()
    assert 'class="cq-facts"' in event and "our-layout" not in event


def test_serve_shows_an_edit_and_keeps_the_pages_it_did_not_change(tmp_path):
    data = write_tree(tmp_path / "data")
    proj = project(tmp_path, data)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(proj / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        karl = wait_for(base + "people/karl-brandt/", "Karl Brandt", proc)
        ana = wait_for(base + "people/ana-souza/", "Ana Souza", proc)
        (data / "people" / "karl-brandt.yml").write_text("id: karl-brandt\nname: Karl Brandt\ncountry: germany\nbio: Edited <now>\n")
        edited = wait_for(base + "people/karl-brandt/", "Edited &lt;now&gt;", proc)
        assert edited != karl
        # Kept from the last build, byte for byte (but for the live-reload script's counters).
        assert without_reload_script(fetch(base + "people/ana-souza/")) == without_reload_script(ana)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    out = (tmp_path / "serve.log").read_text()
    kept = [int(n.replace(",", "")) for n in re.findall(r"communique: ([\d,]+) generated pages unchanged", out)]
    assert kept[0] == 0 and kept[-1] > 10, out[-3000:]  # the rebuild kept the untouched pages
    assert "not included in the \"nav\"" not in out


def without_reload_script(html: str) -> str:
    return html.rsplit("<script", 1)[0]  # the live-reload script, injected when served


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode()
    except OSError:
        return None


def wait_for(url: str, text: str, proc, timeout: float = 120) -> str:
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        body = fetch(url)
        if body and text in body:
            return body
        time.sleep(0.2)
    raise AssertionError(f"{url} never showed {text!r}")
