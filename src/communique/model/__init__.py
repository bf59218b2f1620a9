"""The data model: record classes, the folder each kind lives in, and JSON Schema."""
from .records import (  # noqa: F401
    SLUG_RE,
    Channel,
    Document,
    Event,
    EventType,
    Evidence,
    Figure,
    Organization,
    Person,
    Place,
    PlaceKind,
    Quote,
    RejectedKind,
    Rejection,
    Review,
    ReviewStatus,
    Role,
    SourceMeta,
    Topic,
)
from .kinds import KINDS, Kind, json_schema  # noqa: F401
