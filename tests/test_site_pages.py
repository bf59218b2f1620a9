"""`communique pages --out DIR`: the generated pages as files, built without the plugin,
by MkDocs and by Zensical (Material's successor, which reads mkdocs.yml)."""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from communique import store
from communique.cli import main
from communique.model import Person
from conftest import write_tree

ROOT = Path(__file__).resolve().parent.parent
EVIL = '<script>window.__pwned=1</script> {{ 7*7 }} **b** [x](javascript:alert(1))\n\n    indented'


def written_project(tmp_path: Path, engine: str = "mkdocs") -> Path:
    """docs/ plus the written pages, and mkdocs.yml without the communique plugin."""
    data = write_tree(tmp_path / "data")
    store.write_record(data, Person(id="evil", name="Evil Name", bio=EVIL))
    proj = tmp_path / "project"
    shutil.copytree(ROOT / "docs", proj / "docs")
    assert main(["pages", "--data", str(data), "--out", str(proj / "docs"), "--engine", engine]) == 0
    cfg = (ROOT / "mkdocs.yml").read_text().replace("  - communique:\n      data_dir: data\n", "")
    (proj / "mkdocs.yml").write_text(cfg + "\nextra_css:\n  - assets/communique.css\n")
    return proj


def check_site(site: Path) -> None:
    person = (site / "people" / "ana-souza" / "index.html").read_text()
    assert "Foreign Minister" in person and 'href="../../events/s1/meeting-2024-03-04/"' in person
    assert (site / "events" / "s1" / "meeting-2024-03-04" / "index.html").exists()
    assert (site / "data" / "figures.csv").read_text().startswith("document,id,metric")
    assert (site / "assets" / "communique.css").exists()
    evil = (site / "people" / "evil" / "index.html").read_text()
    assert "&lt;script&gt;window.&#95;&#95;pwned=1&lt;/script&gt;" in evil  # shown as text
    assert EVIL.replace("\n", " ")[:60] in " ".join(html.unescape(evil).split("\n"))
    for raw in ("<script>window", "<strong>b</strong>", "{{ 7*7 }}", 'href="javascript', "<pre><code>indented"):
        assert raw not in evil, raw


def test_pages_writes_markdown_files_with_one_html_block(tmp_path):
    proj = written_project(tmp_path)
    page = (proj / "docs" / "people" / "evil.md").read_text()
    front, body = page.split("---\n\n", 1)
    assert front.startswith('---\ntitle: "Evil Name"')
    assert "\n\n" not in body.strip()  # a blank line would end the HTML block
    assert (proj / "docs" / ".communique-pages").exists()


def test_pages_never_overwrites_a_file_it_did_not_write(tmp_path, capsys):
    data = write_tree(tmp_path / "data")
    out = tmp_path / "out"
    (out / "people").mkdir(parents=True)
    (out / "people" / "ana-souza.md").write_text("# Written by an editor\n")
    assert main(["pages", "--data", str(data), "--out", str(out)]) == 1
    assert "people/ana-souza.md: exists and was not written by `communique pages`" in capsys.readouterr().err
    assert (out / "people" / "ana-souza.md").read_text() == "# Written by an editor\n"
    # Its own files from an earlier run are rewritten, and pages that are gone are removed.
    (out / "people" / "ana-souza.md").unlink()
    assert main(["pages", "--data", str(data), "--out", str(out)]) == 0
    (data / "people" / "karl-brandt.yml").unlink()
    text = (data / "documents" / "s1.yml").read_text().replace("ana-souza, karl-brandt", "ana-souza")
    (data / "documents" / "s1.yml").write_text(text.replace("participants: [ana-souza, karl-brandt]", "participants: [ana-souza]"))
    assert main(["pages", "--data", str(data), "--out", str(out)]) == 0
    assert not (out / "people" / "karl-brandt.md").exists() and (out / "people" / "ana-souza.md").exists()


def test_written_pages_build_with_plain_mkdocs(tmp_path):
    proj = written_project(tmp_path)
    res = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(proj / "mkdocs.yml"),
                          "-d", str(tmp_path / "site")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    check_site(tmp_path / "site")


def test_written_pages_build_with_zensical(tmp_path):
    zensical = shutil.which("zensical")
    if not zensical:
        pytest.skip("zensical is not installed (pip install zensical; it is in the test extra)")
    proj = written_project(tmp_path, "zensical")
    res = subprocess.run([zensical, "build", "-f", str(proj / "mkdocs.yml")], capture_output=True, text=True,
                         cwd=proj, timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
    check_site(proj / "site")


@pytest.mark.parametrize("template,expected", [
    ("{% block content %}{% if %}{% endblock %}", "person.html:1: Expected an expression"),
    ('{% extends "communique/page.html" %}{% block content %}\n{{ title.upper(1, 2) }}{% endblock %}', "person.html:2: TypeError"),
])
def test_a_broken_override_stops_with_its_file_and_line(tmp_path, capsys, template, expected):
    data = write_tree(tmp_path / "data")
    (tmp_path / "overrides" / "communique").mkdir(parents=True)
    (tmp_path / "overrides" / "communique" / "person.html").write_text(template)
    code = main(["pages", "--data", str(data), "--out", str(tmp_path / "out"), "--templates", str(tmp_path / "overrides")])
    err = capsys.readouterr().err
    assert code == 1 and f"{tmp_path}/overrides/communique/{expected}" in err, err
    assert not (tmp_path / "out").exists()  # nothing half-written
