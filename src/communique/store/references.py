"""Checks across files: references resolve, ids are unique, evidence matches its source."""
from __future__ import annotations

from .loader import Loaded, Tree, format_loc
from .yamlio import line_for

# Characters of source text one document may have searched (for a quote's words, or for
# where moved evidence now stands): a real document needs about a million; a 5 MB source
# with thousands of quotes without evidence would otherwise take minutes.
SEARCH_BUDGET = 50_000_000


class _Search:
    def __init__(self, text: str):
        self.text, self.left, self.spent_out = text, SEARCH_BUDGET, False

    def find(self, needle: str) -> int | None:
        """Position of needle in the text, -1 if absent, None once the budget is spent."""
        self.left -= len(self.text)
        if self.left < 0:
            self.spent_out = True
            return None
        return self.text.find(needle)


def _missing(tree: Tree, loaded: Loaded, loc: tuple, ref: str, target: str) -> None:
    known = tree.sources if target == "source" else tree.records.get(target, {})
    if ref is not None and ref not in known and ref not in tree.broken.get(target, ()):
        tree.problem(loaded.path, line_for(loaded.lines, loc), f"{format_loc(loc)}: unknown {target} {ref!r}")


def _check_refs(tree: Tree, loaded: Loaded, loc: tuple, ids: list, target: str) -> None:
    for i, ref in enumerate(ids):
        _missing(tree, loaded, loc + (i,), ref, target)


def _check_evidence(tree: Tree, loaded: Loaded, loc: tuple, evidence, text: str | None, search: _Search) -> None:
    if evidence is None or text is None:
        return
    found = text[evidence.start : evidence.end]
    if found == evidence.exact:
        return
    line = line_for(loaded.lines, loc + ("exact",))
    where = search.find(evidence.exact)
    hint = f"; the exact text stands at {where}-{where + len(evidence.exact)}" if where is not None and where >= 0 else ""
    if evidence.end > len(text):
        msg = f"evidence {evidence.start}-{evidence.end} is past the end of the source ({len(text)} characters)"
    else:
        msg = f"evidence does not match the source: {found[:60]!r} stands at {evidence.start}-{evidence.end}"
    tree.problem(loaded.path, line, f"{format_loc(loc)}: {msg}{hint}")


def _check_document(tree: Tree, loaded: Loaded) -> None:
    doc = loaded.record
    source = tree.sources.get(doc.id)
    if source is None and doc.id not in tree.broken_sources:
        tree.problem(loaded.path, loaded.lines.get(("id",), 1), f"no source data/sources/{doc.id}.md or .txt for this document")
    text = source.text if source else None
    search = _Search(text or "")
    for key, target in (("people", "person"), ("places", "place"), ("organizations", "organization"), ("topics", "topic")):
        _check_refs(tree, loaded, (key,), getattr(doc, key), target)
    event_ids = set()
    for kind_key in ("events", "quotes", "figures"):
        seen: set[str] = set()
        for i, rec in enumerate(getattr(doc, kind_key)):
            loc = (kind_key, i)
            if rec.id in seen:
                tree.problem(loaded.path, line_for(loaded.lines, loc + ("id",)), f"{format_loc(loc)}: duplicate id {rec.id!r} in {kind_key}")
            seen.add(rec.id)
            _check_evidence(tree, loaded, loc + ("evidence",), rec.evidence, text, search)
        if kind_key == "events":
            event_ids = seen
    for i, ev in enumerate(doc.events):
        loc = ("events", i)
        _check_refs(tree, loaded, loc + ("participants",), ev.participants, "person")
        _check_refs(tree, loaded, loc + ("organizations",), ev.organizations, "organization")
        _check_refs(tree, loaded, loc + ("topics",), ev.topics, "topic")
        _missing(tree, loaded, loc + ("place",), ev.place, "place")
    for i, q in enumerate(doc.quotes):
        loc = ("quotes", i)
        _missing(tree, loaded, loc + ("speaker",), q.speaker, "person")
        _check_refs(tree, loaded, loc + ("topics",), q.topics, "topic")
        if q.event is not None and q.event not in event_ids:
            tree.problem(loaded.path, line_for(loaded.lines, loc + ("event",)), f"{format_loc(loc + ('event',))}: unknown event {q.event!r} in this document")
        if text is not None and not _words_in_source(q, text, search):
            tree.problem(loaded.path, line_for(loaded.lines, loc + ("text",)), f"{format_loc(loc + ('text',))}: quote text is not in the source word for word")
    for i, fig in enumerate(doc.figures):
        _check_refs(tree, loaded, ("figures", i, "parties"), fig.parties, "place")
    for i, rejection in enumerate(doc.rejected):
        _check_evidence(tree, loaded, ("rejected", i), rejection, text, search)
    if search.spent_out:
        tree.problem(loaded.path, 1, f"too many records without matching evidence to verify against a source of "
                     f"{len(text):,} characters; give them evidence")


def _words_in_source(q, text: str, search: _Search) -> bool:
    ev = q.evidence
    if ev and text[ev.start : ev.end] == ev.exact and q.text in ev.exact:
        return True  # the usual case, and no search
    return search.find(q.text) != -1  # None (budget spent) is not reported here but once, above


def _check_parents(tree: Tree) -> None:
    topics = tree.records.get("topic", {})
    for tid, loaded in topics.items():
        seen = {tid}
        cur = loaded.record.parent
        while cur is not None and cur in topics:
            if cur in seen:
                tree.problem(loaded.path, loaded.lines.get(("parent",), 1), f"parent: topic {tid!r} is its own ancestor")
                break
            seen.add(cur)
            cur = topics[cur].record.parent


def check_references(tree: Tree) -> None:
    for loaded in tree.records.get("person", {}).values():
        p = loaded.record
        _missing(tree, loaded, ("country",), p.country, "place")
        for i, role in enumerate(p.roles):
            _missing(tree, loaded, ("roles", i, "organization"), role.organization, "organization")
            _missing(tree, loaded, ("roles", i, "country"), role.country, "place")
            if role.start and role.end and role.end < role.start:
                tree.problem(loaded.path, line_for(loaded.lines, ("roles", i, "to")), f"roles[{i}]: 'to' {role.end} is before 'from' {role.start}")
    for loaded in tree.records.get("topic", {}).values():
        _missing(tree, loaded, ("parent",), loaded.record.parent, "topic")
    _check_parents(tree)
    for kind in ("place", "organization"):
        for loaded in tree.records.get(kind, {}).values():
            _missing(tree, loaded, ("country",), loaded.record.country, "place")
    for loaded in tree.records.get("document", {}).values():
        _check_document(tree, loaded)
