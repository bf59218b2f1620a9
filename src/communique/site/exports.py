"""Machine-readable copies of the knowledge base, served beside the pages."""
from __future__ import annotations

import csv
import io
import json

from ..store.store import record_data


# A text cell starting with one of these would run as a formula in a spreadsheet; it gets a
# leading ' (OWASP's advice). A cell that starts with ' itself gets one too, so the rule reverses
# exactly: a text cell that starts with ' has one ' too many (see docs/contributing.md).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def guard_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unguard_cell(text: str) -> str:
    """What a reader does to get the value back (used by the tests, documented for users)."""
    return text[1:] if text.startswith("'") else text


def _csv(rows: list[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([guard_cell(c) for c in r])
    return buf.getvalue()


_KEPT: dict[int, tuple[object, str]] = {}  # id(record) -> (record, its JSON text)


def _record_text(rec, make) -> str:
    """A record's JSON as it sits in a list of communique.json (indented two levels).
    Kept while the record is the same object: under `mkdocs serve` most are unchanged."""
    hit = _KEPT.get(id(rec))
    if hit is not None and hit[0] is rec:
        return hit[1]
    text = "  " + json.dumps(make(rec), ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n  ")
    _KEPT[id(rec)] = (rec, text)
    return text


def knowledge_base_json(st) -> str:
    """communique.json: the same text as json.dumps(..., indent=1, sort_keys=True) of the
    whole base, written from each record's kept text."""
    def dump(rec) -> dict:
        return json.loads(json.dumps(record_data(rec), default=str))

    def source(s) -> dict:
        return {"id": s.id, **json.loads(s.meta.model_dump_json(exclude_none=True))}

    lists = {
        "sources": [_record_text(s, source) for s in sorted(st.sources.values(), key=lambda s: s.id)],
        "documents": [_record_text(d, dump) for _, d in sorted(st.documents.items())],
        "people": [_record_text(p, dump) for _, p in sorted(st.people.items())],
        "topics": [_record_text(t, dump) for _, t in sorted(st.topics.items())],
        "places": [_record_text(p, dump) for _, p in sorted(st.places.items())],
        "organizations": [_record_text(o, dump) for _, o in sorted(st.organizations.items())],
    }
    live = {id(r) for kind in ("sources", "documents", "people", "topics", "places", "organizations")
            for r in getattr(st, kind).values()}
    for key in [k for k in _KEPT if k not in live]:  # forget removed and replaced records
        del _KEPT[key]
    parts = {"counts": json.dumps(st.counts(), ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n ")}
    parts.update({k: ("[\n" + ",\n".join(v) + "\n ]") if v else "[]" for k, v in lists.items()})
    return "{\n" + ",\n".join(f" {json.dumps(k)}: {parts[k]}" for k in sorted(parts)) + "\n}\n"


def files(st) -> list:
    from .generate import Page

    fig_rows = [["document", "id", "metric", "parties", "value_low", "value_high", "currency", "unit", "period", "period_text", "evidence"]]
    quote_rows = [["document", "id", "speaker", "speaker_name", "text", "channel", "date", "event", "topics"]]
    for did, d in sorted(st.documents.items()):
        for f in d.figures:
            fig_rows.append([did, f.id, f.metric, ";".join(f.parties), f"{f.value_low:.0f}" if f.value_low.is_integer() else f.value_low,
                             f"{f.value_high:.0f}" if f.value_high.is_integer() else f.value_high, f.currency or "", f.unit or "",
                             f.period or "", f.period_text or "", f.evidence.exact if f.evidence else ""])
        for q in d.quotes:
            name = st.people[q.speaker].name if q.speaker in st.people else ""
            quote_rows.append([did, q.id, q.speaker or "", name, q.text, q.channel or "", q.date.isoformat() if q.date else "",
                               q.event or "", ";".join(q.topics)])
    return [
        Page("data/communique.json", "communique.json", data=knowledge_base_json(st)),
        Page("data/figures.csv", "figures.csv", data=_csv(fig_rows)),
        Page("data/quotes.csv", "quotes.csv", data=_csv(quote_rows)),
    ]
