"""The validated knowledge base as plain dictionaries of records, and saving records."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from ..model import KINDS, Document, Organization, Person, Place, Topic
from . import yamlio
from .loader import FileCache, Problem, Source, Tree, load_tree
from .references import check_references

SCHEMA_DIR = "schema"  # at the repository root, beside data/


class StoreError(Exception):
    """The tree has problems; str() lists them one per line as path:line: message."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Store:
    root: Path
    sources: dict[str, Source]
    documents: dict[str, Document]
    people: dict[str, Person]
    topics: dict[str, Topic]
    places: dict[str, Place]
    organizations: dict[str, Organization]
    problems: list[Problem]
    tree: Tree

    def counts(self) -> dict[str, int]:
        docs = self.documents.values()
        return {
            "sources": len(self.sources),
            "documents": len(self.documents),
            "people": len(self.people),
            "topics": len(self.topics),
            "places": len(self.places),
            "organizations": len(self.organizations),
            "events": sum(len(d.events) for d in docs),
            "quotes": sum(len(d.quotes) for d in docs),
            "figures": sum(len(d.figures) for d in docs),
        }

    def raise_for_problems(self) -> "Store":
        if self.problems:
            raise StoreError(self.problems)
        return self


def load(root: Path | str, cache: FileCache | None = None) -> Store:
    """Load and check the whole tree; problems are collected, never raised.
    With a cache, files unchanged since its last load are not parsed again."""
    tree = load_tree(Path(root), cache)
    check_references(tree)
    recs = {k: {rid: l.record for rid, l in tree.records[k].items()} for k in tree.records}
    return Store(
        root=Path(root),
        sources=tree.sources,
        documents=recs.get("document", {}),
        people=recs.get("person", {}),
        topics=recs.get("topic", {}),
        places=recs.get("place", {}),
        organizations=recs.get("organization", {}),
        problems=sorted(set(tree.problems)),
        tree=tree,
    )


def folder_of(model: type[BaseModel]) -> str:
    return next(k.folder for k in KINDS if k.model is model)


def kind_of(model: type[BaseModel]) -> str:
    return next(k.name for k in KINDS if k.model is model)


def schema_line(root: Path, path: Path, kind: str) -> str:
    """The yaml-language-server comment, relative to the file: the schemas sit beside data/."""
    depth = len(Path(path).relative_to(root).parts)  # people/x.yml -> 2
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{kind}.schema.json\n"


def _tidy(value):
    # 12000000000.0 reads better as 12000000000 in a file people edit.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _tidy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    return value


def record_data(record: BaseModel) -> dict:
    """A record as YAML-ready data: default values left out, keys in model order."""
    return _tidy(record.model_dump(mode="python", by_alias=True, exclude_defaults=True)) | {"id": record.id}


def write_record(root: Path | str, record: BaseModel) -> Path:
    """Write one record atomically to data/<folder>/<id>.yml; returns the path."""
    root = Path(root)
    path = root / folder_of(type(record)) / f"{record.id}.yml"
    data = record_data(record)
    ordered = {"id": data.pop("id"), **data}
    text = schema_line(root, path, kind_of(type(record))) + yamlio.dump(ordered)
    yamlio.write_atomic(path, text)
    return path
