"""A realistic knowledge base for site tests: the project's data, the test releases
extracted into it, and one record full of hostile text."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from communique import store
from communique.cli import main
from communique.model import Document, Evidence, Person, Quote

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
           '{{ 7*7 }} {% raw %} [click](javascript:alert(1)) **bold** </title>"\' \u202eevil\u200b \U0001F600')
HOSTILE_QUOTE = 'We say <b onmouseover="window.__pwned=3">{{ config }}</b> and ![x](javascript:alert(2)) here'


def make_data(dest: Path) -> Path:
    data = dest / "data"
    shutil.copytree(ROOT / "data", data)
    assert main(["extract", str(ROOT / "tests" / "extraction" / "docs"), "--data", str(data)]) == 0
    body = f"Minister {HOSTILE} spoke on 5 May 2024.\n\u201c{HOSTILE_QUOTE},\u201d the minister said.\n" + ("x" * 3000) + "\n"
    (data / "sources" / "hostile.md").write_text("---\ntitle: Hostile test release\npublished: 2024-05-06\n---\n" + body)
    store.write_record(data, Person(id="hostile-person", name=HOSTILE, aliases=[HOSTILE_QUOTE], bio=HOSTILE))
    start = body.index(HOSTILE_QUOTE)
    store.write_record(data, Document(
        id="hostile", title=HOSTILE, published=None, people=["hostile-person"],
        quotes=[Quote(id="q1", text=HOSTILE_QUOTE, speaker="hostile-person", channel="statement",
                      evidence=Evidence(start=start, end=start + len(HOSTILE_QUOTE), exact=HOSTILE_QUOTE))]))
    st = store.load(data)
    assert st.problems == [], st.problems
    return data


def build_site(dest: Path, data: Path) -> Path:
    project = dest / "project"
    project.mkdir()
    shutil.copytree(ROOT / "docs", project / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text().replace("data_dir: data", f"data_dir: {data}")
    (project / "mkdocs.yml").write_text(cfg)
    site = dest / "site"
    res = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return site
