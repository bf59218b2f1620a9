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


def _trie_regex(terms: list[str]) -> str:
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
        """entries: (term, id). Later entries never override earlier ones for the same term."""
        self._ids: dict[str, str] = {}
        self._ids_lower: dict[str, str] = {}
        exact, folded = [], []
        for term, ident in entries:
            term = " ".join(term.split())
            if not term:
                continue
            if term == term.lower():
                if term not in self._ids_lower:
                    self._ids_lower[term] = ident
                    folded.append(term)
            elif term not in self._ids:
                self._ids[term] = ident
                exact.append(term)
        parts = []
        if exact:
            parts.append(f"(?P<e>{_trie_regex(exact)})")
        if folded:
            parts.append(f"(?i:(?P<f>{_trie_regex(folded)}))")
        # The trie makes the longest term win at each position.
        self._re = re.compile(r"(?<![\w&])(?:" + "|".join(parts) + r")(?![\w])") if parts else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        if self._re is None:
            return []
        end = len(text) if end is None else end
        hits = []
        for m in self._re.finditer(text, start, end):
            if m.group("e") if "e" in self._re.groupindex else None:
                term = m.group("e")
                ident = self._ids[term]
            else:
                term = m.group("f")
                ident = self._ids_lower[term.lower()]
            hits.append(Hit(m.start(), m.end(), ident, term))
        return hits
