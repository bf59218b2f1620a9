"""Which folder of data/ holds which record kind, and their JSON Schemas."""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from .records import Document, Organization, Person, Place, SourceMeta, Topic


@dataclass(frozen=True)
class Kind:
    name: str  # singular, used in messages and page paths
    folder: str
    model: type[BaseModel]


# Order matters for loading messages only; references are checked after all are loaded.
KINDS: tuple[Kind, ...] = (
    Kind("person", "people", Person),
    Kind("topic", "topics", Topic),
    Kind("place", "places", Place),
    Kind("organization", "organizations", Organization),
    Kind("document", "documents", Document),
)

def json_schema(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def all_schemas() -> dict[str, dict]:
    """File name -> schema, for every record kind and the source front matter."""
    out = {f"{k.name}.schema.json": json_schema(k.model) for k in KINDS}
    out["source.schema.json"] = json_schema(SourceMeta)
    return out
