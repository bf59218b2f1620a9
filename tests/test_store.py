"""The store: a valid tree passes; schemas come from the model; saving is atomic."""
from __future__ import annotations

import json
import os

import jsonschema
import pytest
import yaml

from communique import store
from communique.cli import main
from communique.model import Person, Topic
from communique.store import yamlio


def test_valid_tree_passes_with_a_summary(tree, capsys):
    os.chdir(tree.parent)
    assert main(["check", "data"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: checked 1 sources, 1 documents, 2 people, 2 topics, 3 places")
    assert "1 events, 1 quotes, 1 figures" in out


def test_loaded_records_are_typed(tree):
    st = store.load(tree).raise_for_problems()
    doc = st.documents["s1"]
    assert doc.figures[0].value_low == 12_000_000_000
    assert st.people["ana-souza"].roles[0].start.isoformat() == "2023-01-01"
    assert st.sources["s1"].text.startswith("Foreign Minister")
    assert st.sources["s1"].meta.published.isoformat() == "2024-03-05"


def test_missing_data_folder_is_an_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope")]) == 1
    assert "data folder not found" in capsys.readouterr().out


def test_schema_files_validate_the_records_they_describe(tree, tmp_path):
    assert main(["schema", "--out", str(tmp_path / "schema")]) == 0
    person_schema = json.loads((tmp_path / "schema" / "person.schema.json").read_text())
    doc_schema = json.loads((tmp_path / "schema" / "document.schema.json").read_text())
    good = yaml.safe_load((tree / "people" / "ana-souza.yml").read_text())
    good["roles"][0]["from"] = "2023-01-01"  # JSON has no dates
    jsonschema.validate(good, person_schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "nmae": "x"}, person_schema)
    assert "figures" in doc_schema["properties"]


def test_write_record_is_valid_yaml_with_schema_line_and_round_trips(tmp_path):
    root = tmp_path / "data"
    path = store.write_record(root, Topic(id="trade", label="Trade: goods & \"services\"", keywords=["x"]))
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schema/topic.schema.json\n")
    data, _ = yamlio.load(text)
    assert Topic.model_validate(data).label == 'Trade: goods & "services"'
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp file left


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "people" / "x.yml"
    path.parent.mkdir()
    path.write_text("old\n")

    def boom(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        yamlio.write_atomic(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in path.parent.iterdir()] == ["x.yml"]


def test_person_role_uses_from_and_to_keys(tmp_path):
    p = Person.model_validate({"id": "a", "name": "A", "roles": [{"title": "PM", "from": "2020-01-01"}]})
    path = store.write_record(tmp_path / "data", p)
    assert "from: 2020-01-01" in path.read_text()


def test_committed_schemas_match_the_model():
    """schema/ is generated: a model change without `communique schema` fails here."""
    from pathlib import Path

    from communique.model.kinds import all_schemas

    root = Path(__file__).resolve().parent.parent / "schema"
    for name, schema in all_schemas().items():
        assert json.loads((root / name).read_text()) == schema, f"run `communique schema` ({name} is stale)"
