"""Find known names (places, organisations, topic keywords, people) in text.

Terms become one regular expression built from a trie, so matching stays linear in
the text however many terms the knowledge base holds. A term written all in
lowercase matches in any case ("trade" finds "Trade"); any other term matches as
written, so "IT" is not "it" and "US" is not "us".
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    id: str
    term: str

    def __init__(self, start: int, end: int, id: str, term: str) -> None:
        # Made by the hundred per release: a frozen dataclass's own __init__ sets each field
        # through object.__setattr__, 2.4 times slower. Still frozen, equal and hashed as before.
        d = self.__dict__
        d["start"], d["end"], d["id"], d["term"] = start, end, id, term


def trie_regex(terms: list[str]) -> str:
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


class Gazetteer:
    def __init__(self, entries: list[tuple[str, str]]):
        """entries: (term, id); the first id given for a term is kept."""
        self._ids: dict[str, str] = {}  # terms matched as written
        self._ids_lower: dict[str, str] = {}  # lowercase terms, matched in any case
        for term, ident in entries:
            term = " ".join(term.split())
            if not term:
                continue
            table = self._ids_lower if term == term.lower() else self._ids
            table.setdefault(term, ident)
        # One trie over every term lowercased, run on the lowercased text (the same length
        # in nearly every script): one pass, the longest term first; case is checked after.
        self._terms = terms = sorted({t.lower() for t in self._ids} | set(self._ids_lower))
        body = trie_regex(terms) if terms else None
        self._re = re.compile(r"(?<![\w&])(?:" + body + r")(?![\w])") if body else None
        self._re_ci = re.compile(r"(?<![\w&])(?i:" + body + r")(?![\w])") if body else None
        self._shared: _SharedScan | None = None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        if self._re is None:
            return []
        end = len(text) if end is None else end
        whole = self._shared is not None and start == 0 and end == len(text)
        low = self._shared.lowered(text) if whole else text.lower()  # (the three share one lowercasing)
        same = len(low) == len(text)
        if same and whole:
            matches = self._shared.matches(self, text, low)
        else:
            matches = self._re.finditer(low, start, end) if same else self._re_ci.finditer(text, start, end)
        hits = []
        for m in matches:
            term = text[m.start() : m.end()]
            ident = self._ids_lower.get(term.lower()) or self._ids.get(term)
            if ident is not None:  # "it" is not the term "IT"
                hits.append(Hit(m.start(), m.end(), ident, term))
        return hits


def share_scan(*gazetteers: Gazetteer) -> None:
    """Gazetteers that read the same texts (places, organisations, topics) find where any of
    their terms starts in one pass over a text, not one pass each: re's cost is per position
    read, and each then tries only those places. Their hits are the same."""
    scan = _SharedScan([g for g in gazetteers if g._re is not None])
    for k, g in enumerate(scan.members):
        g._shared = scan
        g._member = k


class _SharedScan:
    def __init__(self, members: list[Gazetteer]):
        self.members = members
        holders: dict[str, int] = {}  # lowercase term -> the members holding it, one bit each
        for k, g in enumerate(members):
            for t in g._terms:
                holders[t] = holders.get(t, 0) | 1 << k
        # Where a term is the longest one starting, the terms starting there are its beginnings:
        # the members with a term there are those holding one of them (as a tuple of indexes).
        self._there = {t: tuple(k for k in range(len(members)) if bits >> k & 1)
                       for t in holders if (bits := _or(holders.get(t[:i], 0) for i in range(1, len(t) + 1)))}
        # No look-ahead at the end: the longest term starting at each place, word end or not. The
        # term is read inside a look-ahead, so that one finditer reports every place, overlapping.
        self._re = re.compile(r"(?<![\w&])(?=(" + trie_regex(sorted(holders)) + r"))")
        # One tuple each, so that a reader never sees one text's half with another's: safe across threads.
        self._last: tuple[str | None, list[list[int]]] = (None, [])
        self._low: tuple[str | None, str] = (None, "")

    def lowered(self, text: str) -> str:
        last_text, low = self._low
        if last_text is not text:
            low = text.lower()
            self._low = (text, low)
        return low

    def matches(self, g: Gazetteer, text: str, low: str) -> list[re.Match]:
        """What g._re.finditer(low) gives: its matches at the places where its terms start."""
        last_text, starts = self._last
        if last_text is not text:
            starts = [[] for _ in self.members]  # member -> where one of its terms starts
            there = self._there
            for m in self._re.finditer(low):
                for k in there[m.group(1)]:
                    starts[k].append(m.start())
            self._last = (text, starts)
        out, free_from = [], 0
        match = g._re.match
        for pos in starts[g._member]:
            if pos >= free_from:
                m = match(low, pos)
                if m:
                    out.append(m)
                    free_from = m.end()
        return out


def _or(bits) -> int:
    out = 0
    for b in bits:
        out |= b
    return out
