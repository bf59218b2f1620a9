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
