"""Find known names (places, organisations, topic keywords, people) in text.

Terms become one regular expression built from a trie, so matching stays linear in
the text however many terms the knowledge base holds. A term written all in
lowercase matches in any case ("trade" finds "Trade"); any other term matches as
written, so "IT" is not "it" and "US" is not "us".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick


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


# The last two texts lowercased and their lowercase, as one tuple (a reader never sees half of a
# pair): a release and its headline, read in turns (the headline's dates are read between the
# release's windows and its gazetteers, and evicted the release's lowercase with one slot).
_last_lowered: tuple[tuple[str | None, str], tuple[str | None, str]] = ((None, ""), (None, ""))


def lowered(text: str) -> str:
    """text.lower(), remembered for the last two texts asked about: the gazetteers and the keyword
    windows of one release all read the same lowercase (a pass over 4 KB each time otherwise)."""
    global _last_lowered
    newer, older = _last_lowered
    if newer[0] is text:
        return newer[1]
    if older[0] is text:
        _last_lowered = (older, newer)
        return older[1]
    low = text.lower()
    _last_lowered = ((text, low), newer)
    return low


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
        self._terms = sorted({t.lower() for t in self._ids} | set(self._ids_lower))
        self._patterns: tuple[re.Pattern, re.Pattern] | None = None  # (made on first use: see _regexes)
        self._shared: _SharedScan | None = None

    def _regexes(self) -> tuple[re.Pattern, re.Pattern]:
        """(the trie on lowercased text, the same ignoring case on the text itself). Compiled when
        first asked for: a gazetteer sharing a scan reads whole texts without them, and compiling
        the tries costs a one-release run about a tenth of a second."""
        if self._patterns is None:
            body = trie_regex(self._terms)
            self._patterns = (re.compile(r"(?<![\w&])(?:" + body + r")(?![\w])"),
                              re.compile(r"(?<![\w&])(?i:" + body + r")(?![\w])"))
        return self._patterns

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        if not self._terms:
            return []
        end = len(text) if end is None else end
        whole = self._shared is not None and start == 0 and end == len(text)
        low = lowered(text) if whole else text.lower()
        same = len(low) == len(text)
        if same and whole:
            return self._shared.hits(self, text, low)
        exact, folding = self._regexes()
        spans = [m.span() for m in (exact.finditer(low, start, end) if same else folding.finditer(text, start, end))]
        hits = []
        for a, b in spans:
            term = text[a:b]
            ident = self._ids_lower.get(term.lower()) or self._ids.get(term)
            if ident is not None:  # "it" is not the term "IT"
                hits.append(Hit(a, b, ident, term))
        return hits


def share_scan(*gazetteers: Gazetteer, keywords=None) -> None:
    """Gazetteers that read the same texts (places, organisations, topics) find where any of
    their terms starts in one pass over a text, not one pass each: re's cost is per position
    read, and each then tries only those places. Their hits are the same.
    keywords: the keyword windows' table (scan.KEYWORDS), whose words the same pass finds too:
    the windows of a release read the same lowercase, and need no pass of their own after it."""
    scan = _SharedScan([g for g in gazetteers if g._terms], keywords)
    for k, g in enumerate(scan.members):
        g._shared = scan
        g._member = k


class _SharedScan:
    def __init__(self, members: list[Gazetteer], keywords=None):
        self.members = members
        self._keywords = keywords
        holders: dict[str, int] = {}  # lowercase term -> the members holding it, one bit each
        for k, g in enumerate(members):
            for t in g._terms:
                holders[t] = holders.get(t, 0) | 1 << k
        # Where a term is the longest one starting, the terms starting there are its beginnings:
        # for each member holding some, (member, their lengths, longest first).
        self._there = {t: _beginnings(t, holders, len(members)) for t in holders}
        self._term_set = frozenset(self._there)
        # (the automaton, the keywords it finds besides the terms): made on first use, and again when
        # the keyword table has learnt more (while the first releases of a run are read).
        self._pass: tuple[ahocorasick.Automaton | None, frozenset[str]] = (None, _NO_KEYWORDS)
        # One tuple each, so that a reader never sees one text's half with another's: safe across threads.
        self._last: tuple[str | None, list[list[tuple[int, tuple[int, ...]]]]] = (None, [])

    def _automaton(self, keywords: frozenset[str]) -> ahocorasick.Automaton:
        """Every term and keyword where it occurs, in one Aho-Corasick pass: each word's value is
        (its length, its beginnings if a term (see _beginnings) else None, itself if a keyword else None).
        (A regex reading the terms' trie at every position took twice as long.)"""
        auto = ahocorasick.Automaton()
        for t in self._there.keys() | keywords:
            auto.add_word(t, (len(t), self._there.get(t), t if t in keywords else None))
        auto.make_automaton()
        return auto

    def hits(self, g: Gazetteer, text: str, low: str) -> list[Hit]:
        """g's hits in text (low: text lowercased, as long): at each place where one of g's terms
        starts, its longest term there that no word character follows (what the trie regex, its
        look-ahead and then the case check give; the look-behind is the scan's own)."""
        last_text, starts = self._last
        if last_text is not text:
            starts = self._starts(text, low)
            self._last = (text, starts)
        out: list[Hit] = []
        free_from, size = 0, len(low)
        ids_lower, ids = g._ids_lower, g._ids
        for pos, lengths in starts[g._member]:
            if pos >= free_from:
                for n in lengths:
                    end = pos + n
                    if end == size or not (low[end].isalnum() or low[end] == "_"):  # re's \w
                        free_from = end
                        term = text[pos:end]
                        ident = ids_lower.get(term.lower()) or ids.get(term)
                        if ident is not None:  # "it" is not the term "IT"
                            out.append(Hit(pos, end, ident, term))
                        break
        return out

    def _starts(self, text: str, low: str) -> list[list[tuple[int, tuple[int, ...]]]]:
        """member -> (where its terms start, their lengths, longest first), read from the longest
        term at each place where a word starts: where no word character or "&" stands before (what
        the trie regex's look-behind says), the longest term starting there, word end or not. The
        keywords found on the way are handed to the keyword table, for text."""
        auto, keywords = self._current_pass()
        longest: dict[int, tuple[int, tuple, str | None]] = {}  # where -> the value of the longest term there
        get = longest.get
        found_keywords: list[tuple[int, str]] = []
        for end, found in auto.iter(low) if self._there or keywords else ():
            if found[2] is not None:
                found_keywords.append((end, found[2]))
                if found[1] is None:
                    continue  # a keyword and no term
            i = end - found[0] + 1
            if i:
                before = low[i - 1]
                if before.isalnum() or before == "_" or before == "&":
                    continue  # not where a word starts
            got = get(i)
            if got is None or got[0] < found[0]:
                longest[i] = found
        starts: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in self.members]
        for i in sorted(longest):
            for k, lengths in longest[i][1]:
                starts[k].append((i, lengths))
        if self._keywords is not None:
            self._keywords.share_pass(text, keywords, found_keywords)
        return starts

    def _current_pass(self) -> tuple[ahocorasick.Automaton, frozenset[str]]:
        """The automaton, made again if the keyword table knows keywords it does not find (or taken
        from the last scan of the same terms: every knowledge base of a store makes the same one)."""
        global _last_pass
        auto, keywords = self._pass
        known = self._keywords.known if self._keywords is not None else _NO_KEYWORDS
        if auto is None or known is not keywords:
            terms, made_for, made = _last_pass
            if made is None or made_for != known or terms != self._term_set:
                made = self._automaton(known)
                _last_pass = (self._term_set, known, made)
            auto, keywords = self._pass = (made, known)
        return auto, keywords


_NO_KEYWORDS: frozenset[str] = frozenset()
# The last automaton made: (its terms, its keywords, it). One slot: a run reads with one store.
_last_pass: tuple[frozenset[str], frozenset[str], ahocorasick.Automaton | None] = (frozenset(), _NO_KEYWORDS, None)


def _beginnings(term: str, holders: dict[str, int], n: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(member, lengths of the beginnings of term it holds as terms, longest first) for each member holding one."""
    bits = [(i, holders.get(term[:i], 0)) for i in range(len(term), 0, -1)]
    return tuple((k, lengths) for k in range(n) if (lengths := tuple(i for i, b in bits if b >> k & 1)))
