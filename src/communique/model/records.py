"""The record kinds of the knowledge base: the one source of truth for the schema.

JSON Schema (`communique schema`) and the field reference in docs are generated
from these classes; the store validates every YAML file against them.
"""
from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG_PATTERN)

# A year, a fiscal year, a span of years, a month, a day, or an ISO interval of days.
PERIOD_PATTERN = (
    r"^(\d{4}|FY\d{4}-\d{2}|FY\d{4}|\d{4}-\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$"
)

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120)]
Text = Annotated[str, StringConstraints(max_length=20_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class Record(BaseModel):
    # forbid: a typo in a key must never pass silently.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, use_enum_values=True)


class Evidence(Record):
    """Where a record comes from: W3C TextPositionSelector + TextQuoteSelector in one."""

    start: int = Field(ge=0, description="Offset of the first character in the source body.")
    end: int = Field(gt=0, description="Offset one past the last character.")
    exact: Text = Field(min_length=1, description="The source text between start and end.")

    @model_validator(mode="after")
    def _span(self) -> "Evidence":
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if self.end - self.start != len(self.exact):
            raise ValueError(
                f"exact has {len(self.exact)} characters but end - start is {self.end - self.start}"
            )
        return self


class EventType(str, Enum):
    visit = "visit"
    meeting = "meeting"
    talks = "talks"
    address = "address"
    exhibition = "exhibition"
    signing = "signing"
    press_conference = "press_conference"
    call = "call"
    dinner = "dinner"
    ceremony = "ceremony"
    other = "other"


class Channel(str, Enum):
    x = "x"
    social_media = "social_media"
    speech = "speech"
    statement = "statement"
    joint_statement = "joint_statement"
    interview = "interview"
    press_conference = "press_conference"
    remarks = "remarks"
    other = "other"


class ReviewStatus(str, Enum):
    extracted = "extracted"
    reviewed = "reviewed"


class Review(Record):
    """Whether a person has checked a record. Absent means straight from the extractor."""

    status: ReviewStatus = Field(ReviewStatus.extracted, description="extracted (by the machine) or reviewed.")
    by: Optional[ShortText] = Field(None, description="Who checked it (a name or a handle).")
    on: Optional[dt.date] = Field(None, description="When it was checked.")
    confidence: Optional[float] = Field(
        None, ge=0, le=1, description="The extractor's confidence; low values are reviewed first."
    )
    reason: Optional[ShortText] = Field(None, description="Why the extractor is unsure, for editors.")


class Event(Record):
    id: Slug
    type: EventType
    date: Optional[dt.date] = Field(None, description="First day; null when the text gives none.")
    end_date: Optional[dt.date] = None
    place: Optional[Slug] = Field(None, description="A place id.")
    participants: list[Slug] = Field(default_factory=list, description="Person ids.")
    organizations: list[Slug] = Field(default_factory=list)
    topics: list[Slug] = Field(default_factory=list)
    summary: Text = ""
    evidence: Optional[Evidence] = None
    review: Optional[Review] = None

    @model_validator(mode="after")
    def _dates(self) -> "Event":
        if self.end_date and not self.date:
            raise ValueError("end_date is set but date is not")
        if self.end_date and self.date and self.end_date < self.date:
            raise ValueError(f"end_date {self.end_date} is before date {self.date}")
        return self


class Quote(Record):
    id: Slug
    text: Text = Field(min_length=1, description="The exact words, without the quote marks.")
    speaker: Optional[Slug] = Field(None, description="A person id, or null when unknown.")
    event: Optional[Slug] = Field(None, description="An event id of the same document.")
    channel: Optional[Channel] = None
    date: Optional[dt.date] = None
    topics: list[Slug] = Field(default_factory=list)
    evidence: Optional[Evidence] = None
    review: Optional[Review] = None


class Figure(Record):
    id: Slug
    metric: ShortText = Field(description="What is measured: bilateral trade, exports, investment...")
    parties: list[Slug] = Field(default_factory=list, description="Place ids (usually countries).")
    # allow_inf_nan: `.inf` is valid YAML but no amount, and would write invalid JSON.
    value_low: float = Field(ge=0, allow_inf_nan=False, description="In base units: USD 12 billion is 12000000000.")
    value_high: float = Field(ge=0, allow_inf_nan=False)
    currency: Optional[Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]] = Field(
        None, description="ISO 4217 code."
    )
    unit: Optional[ShortText] = Field(None, description="percent, count, ... when not money.")
    period: Optional[Annotated[str, StringConstraints(pattern=PERIOD_PATTERN)]] = Field(
        None, description="2022, FY2022-23, FY2021 (a fiscal year named by the year it ends), 2016-2020, 2023-12, or 2023-01-01/2023-06-30."
    )
    period_text: Optional[ShortText] = None
    evidence: Optional[Evidence] = None
    review: Optional[Review] = None

    @model_validator(mode="after")
    def _values(self) -> "Figure":
        if self.value_low > self.value_high:
            raise ValueError(f"value_low {self.value_low:g} is greater than value_high {self.value_high:g}")
        if self.currency and self.unit:
            raise ValueError("give currency or unit, not both")
        if not self.currency and not self.unit:
            raise ValueError("give currency (money) or unit (percent, count, ...)")
        return self


class RejectedKind(str, Enum):
    event = "event"
    quote = "quote"
    figure = "figure"


class Rejection(Evidence):
    """A passage where an editor deleted a record of this kind: extraction never adds one here again.

    The kind matters: a deleted quote must not block the event of the sentence around it."""

    kind: RejectedKind = Field(description="event, quote or figure.")


class Document(Record):
    """Everything extracted from one source; the file name is the source id."""

    id: Slug
    title: ShortText
    published: Optional[dt.date] = None
    published_inferred: bool = Field(False, description="True when the date was guessed from the text.")
    summary: Text = ""
    people: list[Slug] = Field(default_factory=list, description="Person ids mentioned.")
    places: list[Slug] = Field(default_factory=list)
    organizations: list[Slug] = Field(default_factory=list)
    topics: list[Slug] = Field(default_factory=list)
    dates: list[dt.date] = Field(default_factory=list, description="Every calendar date the text mentions.")
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    rejected: list[Rejection] = Field(
        default_factory=list,
        description="Passages where a record was deleted; `extract --update` never re-adds one there. "
        "Delete an entry to allow it again.",
    )
    review: Optional[Review] = None


class Role(Record):
    title: ShortText
    organization: Optional[Slug] = None
    country: Optional[Slug] = None
    start: Optional[dt.date] = Field(None, alias="from")
    end: Optional[dt.date] = Field(None, alias="to")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, use_enum_values=True)


class Person(Record):
    id: Slug
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list)
    country: Optional[Slug] = Field(None, description="A place id.")
    roles: list[Role] = Field(default_factory=list)
    wikidata: Optional[Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]] = None
    bio: Text = ""


class Topic(Record):
    id: Slug
    label: ShortText
    description: Text = ""
    keywords: list[ShortText] = Field(default_factory=list, description="Words and phrases extraction matches.")
    parent: Optional[Slug] = None


class PlaceKind(str, Enum):
    city = "city"
    country = "country"
    region = "region"
    venue = "venue"


class Place(Record):
    id: Slug
    name: ShortText
    kind: PlaceKind
    aliases: list[ShortText] = Field(default_factory=list, description="Other names and adjectives (Indian).")
    country: Optional[Slug] = None


class Organization(Record):
    id: Slug
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list)
    country: Optional[Slug] = None


class SourceMeta(Record):
    """Front matter of data/sources/<id>.md."""

    title: Optional[ShortText] = None
    published: Optional[dt.date] = None
    publisher: Optional[ShortText] = None
    url: Optional[Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)]] = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")] = "en"
    fetched: Optional[dt.date] = Field(
        None, description="When `communique add` fetched the page (absent for releases saved by hand).")
