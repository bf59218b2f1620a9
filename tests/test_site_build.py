"""`mkdocs build` with the plugin: strict build passes; a broken record stops it with
the same path:line message as `communique check`."""
from __future__ import annotations

import shutil
import subprocess
import sys
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
