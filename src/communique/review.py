"""The review queue over a loaded store.

A record without `review`, or with `review.status: extracted`, is unchecked. The queue
puts the most doubtful first: lowest extractor confidence, then records the extractor
gave a reason for, then the rest in file order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from .model import Document, Review
from .store.yamlio import line_for

KINDS = ("document", "event", "quote", "figure")


def is_reviewed(record) -> bool:
    r: Optional[Review] = getattr(record, "review", None)
    return r is not None and r.status == "reviewed"


@dataclass(frozen=True)
class Item:
    kind: str  # document, event, quote or figure
    document: str
    id: str
    record: object
    path: str
    line: int

    @property
    def review(self) -> Optional[Review]:
        return self.record.review

    @property
    def reviewed(self) -> bool:
        return is_reviewed(self.record)

    def doubt_key(self) -> tuple:
        r = self.review
        conf = r.confidence if r else None
        reason = r.reason if r else None
        return (conf is None, conf if conf is not None else 0.0, reason is None)

    def describe(self) -> str:
        rec = self.record
        if self.kind == "document":
            return rec.title
        if self.kind == "event":
            return rec.summary or rec.type.replace("_", " ")
        if self.kind == "quote":
            return "\u201c" + _short(rec.text) + "\u201d"
        return f"{rec.metric} {rec.period or ''}".strip()

    def __str__(self) -> str:
        r = self.review
        doubt = []
        if r and r.confidence is not None:
            doubt.append(f"confidence {r.confidence:.2f}")
        if r and r.reason:
            doubt.append(r.reason)
        extra = f" [{'; '.join(doubt)}]" if doubt else ""
        where = "" if self.kind == "document" else f" {self.id}"
        return f"{self.path}:{self.line}: {self.kind}{where}{extra}: {self.describe()}"


def items(st) -> Iterator[Item]:
    """Every reviewable record of the store, in file order."""
    loaded = st.tree.records.get("document", {})
    for did in sorted(st.documents):
        doc: Document = st.documents[did]
        entry = loaded.get(did)
        path = str(entry.path) if entry else f"{st.root}/documents/{did}.yml"
        lines = entry.lines if entry else {}
        yield Item("document", did, did, doc, path, line_for(lines, ("id",)))
        for key, kind in (("events", "event"), ("quotes", "quote"), ("figures", "figure")):
            for i, rec in enumerate(getattr(doc, key)):
                yield Item(kind, did, rec.id, rec, path, line_for(lines, (key, i, "id")))


def queue(st, kinds: tuple[str, ...] = KINDS) -> list[Item]:
    """Unchecked records, most doubtful first; ties keep file order."""
    todo = [it for it in items(st) if not it.reviewed and it.kind in kinds]
    return sorted(todo, key=Item.doubt_key)  # sorted() is stable


def coverage(st) -> dict[str, tuple[int, int]]:
    """kind -> (reviewed, total), and "all" over every kind."""
    out = {k: [0, 0] for k in (*KINDS, "all")}
    for it in items(st):
        for k in (it.kind, "all"):
            out[k][1] += 1
            out[k][0] += it.reviewed
    return {k: (a, b) for k, (a, b) in out.items()}


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"
