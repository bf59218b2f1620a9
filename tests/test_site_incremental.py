"""A rebuild under `mkdocs serve` builds again only the pages whose inputs changed
(tracking.py); it must give exactly the pages a build from scratch gives. After each edit of
a sequence (rename a person, move an event, add and delete records, edit a source, relabel a
topic, undo everything) the kept build is compared with a clean one, page by page."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique import store
from communique.cli import main
from communique.model import Person
from communique.site.generate import Kept, generate
from communique.site.render import Renderer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """20 synthetic releases extracted into the project's places, organisations and topics."""
    work = tmp_path_factory.mktemp("incremental")
    data = work / "data"
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "20", str(work / "corpus")],
                   check=True, capture_output=True)
    assert main(["extract", str(work / "corpus"), "--data", str(data)]) == 0
    return data


@pytest.fixture
def data(base, tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(base, data)
    # Files older than the record cache's "racy" window, as on a server running a while:
    # unchanged files then give the same record objects from one load to the next.
    old = time.time() - 60
    for path in data.rglob("*"):
        os.utime(path, (old, old))
    return data


def snapshot(pages) -> dict[str, tuple]:
    return {p.path: (p.title, p.html, p.data, p.meta, p.jsonld, p.toc, p.search_html) for p in pages}


class Server:
    """What the plugin does across rebuilds: one record cache, one renderer, one Kept."""

    def __init__(self, data: Path):
        self.data, self.cache, self.renderer, self.kept = data, store.FileCache(), Renderer(), Kept()

    def rebuild(self) -> dict[str, tuple]:
        st = store.load(self.data, self.cache)
        assert st.problems == [], st.problems
        return snapshot(generate(st, renderer=self.renderer, kept=self.kept))


def clean(data: Path) -> dict[str, tuple]:
    return snapshot(generate(store.load(data)))


def assert_same(kept: dict, fresh: dict, step: str) -> None:
    assert sorted(kept) == sorted(fresh), f"{step}: pages differ: {set(kept) ^ set(fresh)}"
    differ = [p for p in fresh if kept[p] != fresh[p]]
    assert not differ, f"{step}: {len(differ)} pages differ from a clean build, e.g. {differ[:5]}"


def edit(data: Path, record) -> None:
    store.write_record(data, record)


def test_rebuilds_after_a_sequence_of_edits_equal_clean_builds_page_by_page(data):
    server = Server(data)
    first = server.rebuild()
    assert_same(first, clean(data), "first build")
    total = len(first)
    st = store.load(data)
    originals = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}

    # A person who took part in events: renamed, so every page naming them changes.
    busy = max(st.people.values(), key=lambda p: sum(p.id in e.participants for d in st.documents.values()
                                                     for e in d.events))
    steps = [("rename a person", lambda: edit(data, busy.model_copy(update={"name": "Renamed Person Xq"})))]

    doc = next(d for d in sorted(st.documents.values(), key=lambda d: d.id) if any(e.date for e in d.events))
    ev = next(e for e in doc.events if e.date)
    moved = ev.model_copy(update={"date": ev.date - dt.timedelta(days=3),
                                  "end_date": ev.end_date - dt.timedelta(days=3) if ev.end_date else None})
    steps.append(("change an event's date", lambda: edit(data, doc.model_copy(
        update={"events": [moved if e.id == ev.id else e for e in doc.events]}))))

    steps.append(("add a person", lambda: edit(data, Person(id="new-person-xq", name="New Person Xq", country="japan"))))

    gone = sorted(st.documents)[-1]
    steps.append(("delete a document", lambda: (data / "documents" / f"{gone}.yml").unlink()))

    source = data / "sources" / f"{sorted(st.documents)[0]}.md"
    steps.append(("edit a source", lambda: source.write_text(
        re.sub(r"(?m)^title: .*$", "title: Edited release title", source.read_text(), count=1)
        + "\nA sentence added at the end.\n")))

    topic = next(t for t in st.topics.values() if any(t.id in d.topics for d in st.documents.values()))
    steps.append(("relabel a topic", lambda: edit(data, topic.model_copy(update={"label": "Relabelled Xq"}))))
    steps.append(("delete the added person", lambda: (data / "people" / "new-person-xq.yml").unlink()))

    def undo():
        for path in list(data.rglob("*.yml")) + list(data.rglob("*.md")):
            if path not in originals:
                path.unlink()
        for path, raw in originals.items():
            if not path.exists() or path.read_bytes() != raw:
                path.write_bytes(raw)
    steps.append(("undo every edit", undo))

    for step, change in steps:
        change()
        kept = server.rebuild()
        assert_same(kept, clean(data), step)
        # The point of keeping: most pages are not built again (and the comparison above
        # covers the kept ones, not only those built again).
        assert server.kept.rebuilt < total / 2, f"{step}: {server.kept.rebuilt} of {total} pages built again"
    assert kept == first


def test_a_rename_rebuilds_the_pages_that_show_the_person_and_keeps_the_others(data):
    server = Server(data)
    server.rebuild()
    st = store.load(data)
    person = sorted(st.people.values(), key=lambda p: p.id)[0]
    edit(data, person.model_copy(update={"name": "Renamed Person Xq"}))
    after = server.rebuild()
    remade = server.kept.remade
    naming = {p for p, page in after.items() if page[2] is None and "Renamed Person Xq" in page[1]}
    assert f"people/{person.id}.md" in naming and "people/index.md" in naming
    assert naming <= remade
    kept = [p for p in after if p not in remade and p.endswith(".md")]
    assert kept and not any("Renamed Person Xq" in after[p][1] for p in kept)
    print(f"{len(naming)} pages name the person; {server.kept.rebuilt} built again, {len(remade)} made again, "
          f"of {len(after)}")
    assert len(remade) < len(after) / 4
