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
        terms = sorted({t.lower() for t in self._ids} | set(self._ids_lower))
        body = trie_regex(terms) if terms else None
        self._re = re.compile(r"(?<![\w&])(?:" + body + r")(?![\w])") if body else None
        self._re_ci = re.compile(r"(?<![\w&])(?i:" + body + r")(?![\w])") if body else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        if self._re is None:
            return []
        end = len(text) if end is None else end
        low = text.lower()
        same = len(low) == len(text)
        matches = self._re.finditer(low, start, end) if same else self._re_ci.finditer(text, start, end)
        hits = []
        for m in matches:
            term = text[m.start() : m.end()]
            ident = self._ids_lower.get(term.lower()) or self._ids.get(term)
            if ident is not None:  # "it" is not the term "IT"
                hits.append(Hit(m.start(), m.end(), ident, term))
        return hits
