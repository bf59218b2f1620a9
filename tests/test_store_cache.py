"""Loading the same tree again with a FileCache (as `mkdocs serve` does on every rebuild):
unchanged files are not parsed again, and the result is the one a fresh load gives."""
from __future__ import annotations

import os
import time

from communique import store
from communique.store import FileCache


def cache() -> FileCache:
    # Files a test has just written count as settled (by default they are read again for 2 s).
    return FileCache(racy_seconds=0)


def same_as_fresh(root, cached) -> None:
    fresh = store.load(root)
    assert cached.problems == fresh.problems
    for kind in ("documents", "people", "topics", "places", "organizations"):
        assert getattr(cached, kind) == getattr(fresh, kind), kind
    assert {k: s.text for k, s in cached.sources.items()} == {k: s.text for k, s in fresh.sources.items()}


def test_unchanged_files_are_not_read_again(tree):
    files = cache()
    first = store.load(tree, files)
    assert files.read == 10 and not first.problems
    again = store.load(tree, files)
    assert files.read == 0
    assert again.people["ana-souza"] is first.people["ana-souza"]  # kept, not parsed again
    same_as_fresh(tree, again)


def test_an_edited_file_is_read_again_even_at_the_same_size_and_time(tree):
    files = cache()
    store.load(tree, files)
    person = tree / "people" / "karl-brandt.yml"
    stat = person.stat()
    time.sleep(0.05)  # past the change time's resolution
    person.write_text(person.read_text().replace("Karl Brandt", "Karl Brandx"))
    os.utime(person, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the old time back: the change time still moved
    assert person.stat().st_size == stat.st_size
    st = store.load(tree, files)
    assert st.people["karl-brandt"].name == "Karl Brandx"
    same_as_fresh(tree, st)


def test_a_file_saved_just_now_is_read_again_next_time(tree):
    """Within the timestamps' resolution a second save may leave the same stamp."""
    files = FileCache()
    store.load(tree, files)
    assert store.load(tree, files) and files.read == 10


def test_deleted_added_and_broken_files_give_what_a_fresh_load_gives(tree):
    files = cache()
    store.load(tree, files)

    # Deleted: the person is gone, and every reference to them is reported with file and line.
    (tree / "people" / "karl-brandt.yml").unlink()
    st = store.load(tree, files)
    assert "karl-brandt" not in st.people
    assert any(p.path.endswith("documents/s1.yml") and "unknown person 'karl-brandt'" in p.message for p in st.problems)
    same_as_fresh(tree, st)

    # Added back under the same name, and a new one: both appear.
    (tree / "people" / "karl-brandt.yml").write_text("id: karl-brandt\nname: Karl Brandt\ncountry: germany\n")
    (tree / "people" / "lea-weber.yml").write_text("id: lea-weber\nname: Lea Weber\n")
    st = store.load(tree, files)
    assert {"karl-brandt", "lea-weber"} <= set(st.people) and not st.problems
    same_as_fresh(tree, st)

    # Broken: the same error as a fresh load (file and line), and no second error for the references to it.
    (tree / "people" / "ana-souza.yml").write_text('id: ana-souza\nname: "Ana Souza\n')
    st = store.load(tree, files)
    assert [p.path.rsplit("/", 2)[-2:] for p in st.problems] == [["people", "ana-souza.yml"]]
    same_as_fresh(tree, st)
    st = store.load(tree, files)  # cached as broken now: still reported
    assert [p.path.rsplit("/", 2)[-2:] for p in st.problems] == [["people", "ana-souza.yml"]]
    assert store.load(tree, files).problems == st.problems


def test_a_duplicate_id_is_reported_on_every_load(tree):
    (tree / "people" / "karl-brandt.yaml").write_text("id: karl-brandt\nname: Karl Brandt\n")
    files = cache()
    for read in (11, 0):
        st = store.load(tree, files)
        assert any("duplicate person id 'karl-brandt'" in p.message for p in st.problems)
        assert files.read == read
