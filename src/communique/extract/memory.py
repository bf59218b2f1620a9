"""What `extract --update` remembers, so that an editor's deletion sticks.

Beside each document the extractor keeps a ledger of the passages where it wrote a record
(data/documents/.<id>.extracted.yml; hidden, machine-kept, committed with the data). On
--update, a ledger passage of a kind that no record of that kind covers any more was
deleted by an editor: it is added to the document's `rejected:` list, and nothing of that
kind is ever added again at a rejected passage. A document without a ledger (written
before ledgers, or the ledger was lost) is compared with what extraction finds now: what
it finds and the document lacks is taken as deleted, never as new.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document, Rejection
from ..store import yamlio

KIND_OF = {"events": "event", "quotes": "quote", "figures": "figure"}
HEADER = "# What `communique extract` wrote for this document (kept by the machine; do not edit).\n"


def ledger_path(data: Path, sid: str) -> Path:
    return Path(data) / "documents" / f".{sid}.extracted.yml"


def spans_of(doc: Document) -> list[Rejection]:
    """Every record of the document that has evidence, as a (kind, passage)."""
    return [Rejection(kind=kind, **rec.evidence.model_dump())
            for key, kind in KIND_OF.items() for rec in getattr(doc, key) if rec.evidence]


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def covered(span: Rejection, spans: list[Rejection]) -> bool:
    return any(s.kind == span.kind and overlaps(s, span) for s in spans)


def read_ledger(data: Path, sid: str, body: str) -> list[Rejection] | None:
    """The ledger's passages that still match the source; None when there is no usable ledger."""
    path = ledger_path(data, sid)
    try:
        raw, _ = yamlio.load(path.read_text(encoding="utf-8"))
        spans = [Rejection.model_validate(item) for item in raw["written"]]
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, yamlio.YamlError, TypeError, KeyError, ValueError):
        return None  # damaged: treated as absent, the safe side for editors
    return [s for s in spans if body[s.start:s.end] == s.exact]


def write_ledger(data: Path, sid: str, spans: list[Rejection]) -> None:
    unique = {(s.kind, s.start, s.end): s for s in spans}
    items = [unique[k].model_dump(mode="json") for k in sorted(unique)]
    yamlio.write_atomic(ledger_path(data, sid), HEADER + yamlio.dump({"written": items}))


def reject_deleted(doc: Document, once_written: list[Rejection]) -> list[Rejection]:
    """Add to doc.rejected every passage the extractor wrote that no record of its kind covers now."""
    current = spans_of(doc)
    new = [s for s in once_written if not covered(s, current) and not covered(s, doc.rejected)]
    doc.rejected.extend(new)
    return new
