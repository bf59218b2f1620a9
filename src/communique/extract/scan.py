"""Run a costly regular expression only where a cheap keyword says it can match.

Python's re engine cannot skip ahead on patterns that start with \\b and an
alternation, so scanning a whole release with each pattern costs more than all
the rest of extraction. `str.find` on a keyword is fast: the pattern then runs
on the lines (paragraphs) that hold one, which gives the same matches, since no
pattern crosses a line.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import re._compiler as _sre_compile
import re._constants as _sre
import re._parser as _sre_parse
import threading
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator

import ahocorasick

from .gazetteer import lowered


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _cached(cache: dict, keywords: tuple[str, ...], compute) -> list[tuple[int, int]]:
    """The lines for a keyword set, worked out once per text (patterns share keyword sets)."""
    got = cache.get(keywords)
    if got is None:
        got = cache[keywords] = compute(keywords)
    return got


class Windows:
    def __init__(self, text: str, lines=None, *, bounds: tuple[list[int], list[int]] | None = None):
        """lines: spans with a start and an end, sorted; or bounds: their starts and ends."""
        self.text = text
        self.lower = lowered(text)
        # Keywords are lowercase ASCII, looked up in the lowercased text for patterns that ignore
        # case. That finds what re finds unless lowercasing moves the text ("\u0130" becomes two
        # characters) or leaves a letter re takes for an ASCII one ("\u017f" is an "s" to re,
        # "\u0131" an "i"): then every line is read.
        self._exact = len(self.lower) == len(text) and "\u017f" not in text and "\u0131" not in text
        if bounds is None:
            bounds = [ln.start for ln in lines], [ln.end for ln in lines]
        self._starts, self._ends = bounds
        self._cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # patterns share keyword sets
        self._cache_written: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._lines: dict[str, set[int]] | None = None
        self._read_for: frozenset[str] = frozenset()  # the keywords self._lines was read for
        self._other: list[int] | None = None  # where characters other than plain ASCII stand

    @property
    def lines(self) -> list[_Span]:
        return [_Span(a, b) for a, b in zip(self._starts, self._ends)]

    @classmethod
    def whole(cls, text: str) -> "Windows":
        return cls(text, bounds=([0], [len(text)]))

    @classmethod
    def by_line(cls, text: str) -> "Windows":
        """Every line, boilerplate included (a scraped "Published: 26/02/2024" is a date)."""
        starts, ends, pos = [], [], 0
        for line in text.split("\n"):
            if line.strip():
                starts.append(pos)
                ends.append(pos + len(line))
            pos += len(line) + 1
        return cls(text, bounds=(starts, ends))

    def spans_with(self, keywords: Iterable[str]) -> list[tuple[int, int]]:
        """The lines (spans) where one of the keywords starts, looked up in lowercase."""
        return _cached(self._cache, tuple(keywords), self._spans_with)

    def _spans_with(self, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
        starts, ends = self._starts, self._ends
        if "" in keywords or not self._exact:
            return list(zip(starts, ends))  # (str.find finds "" everywhere)
        lines = self._keyword_lines(keywords)
        hit: set[int] = set()
        for kw in keywords:
            got = lines.get(kw)
            if got:
                hit |= got
        return [(starts[k], ends[k]) for k in sorted(hit)]

    def spans_with_written(self, keywords: Iterable[str]) -> list[tuple[int, int]]:
        """The lines where one of the keywords starts as written, case and all: for a pattern that
        does not ignore case ("Mar" of "Mar 3", not of "market"), whose every match reads one of them
        as written (reads_one_of(pattern, keywords, case=True))."""
        return _cached(self._cache_written, tuple(keywords), self._spans_with_written)

    def _spans_with_written(self, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
        starts, ends = self._starts, self._ends
        if "" in keywords or not self._exact:
            return list(zip(starts, ends))  # (lowercase places are not the text's: every line)
        forms: dict[str, list[str]] = {}  # each keyword lowercased -> the ways it is written
        for kw in keywords:
            forms.setdefault(kw.lower(), []).append(kw)
        lows = tuple(forms)
        self._keyword_lines(lows)  # (so that the shared pass has read them)
        _, found = _KEYWORDS._found(self.text, self.lower, lows)
        text, hit = self.text, set()
        for last, kw in found:
            written = forms.get(kw)
            if written:
                i = last - len(kw) + 1
                if any(text.startswith(w, i) for w in written):
                    k = bisect.bisect_right(starts, i) - 1
                    if k >= 0 and i < ends[k]:
                        hit.add(k)
        return [(starts[k], ends[k]) for k in sorted(hit)]

    def _keyword_lines(self, keywords: tuple[str, ...]) -> dict[str, set[int]]:
        """keyword -> the lines where it starts, for every keyword asked for so far in any text.
        A str.find per keyword reads the whole release each time (about 170 keywords); one
        Aho-Corasick pass reads it once for all of them."""
        if self._lines is None or not self._read_for.issuperset(keywords):
            self._read_for, self._lines = _KEYWORDS.lines(self.text, self.lower, self._starts, self._ends, keywords)
        return self._lines

    def may_match(self, pattern: re.Pattern, keywords: tuple[str, ...], pos: int) -> bool:
        """False only when no match of the pattern can stand in the line at pos: every match
        reads one of the keywords (shown from the pattern itself) and the line holds none."""
        if not reads_one_of(pattern, keywords):
            return True
        spans = self.spans_with(keywords)
        k = bisect.bisect_right(spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and pos < spans[k][1]

    def may_match_in(self, pattern: re.Pattern, keywords: tuple[str, ...], items: list) -> list:
        """The items (with a start, such as sentences) for which may_match holds at their start:
        the pattern and keywords looked up once, not once an item."""
        if not reads_one_of(pattern, keywords):
            return list(items)
        spans = self.spans_with(keywords)
        if not spans:
            return []
        beyond, out = len(self.text) + 1, []
        for item in items:
            k = bisect.bisect_right(spans, (item.start, beyond)) - 1
            if k >= 0 and item.start < spans[k][1]:
                out.append(item)
        return out

    def around(self, keywords: Iterable[str], before: int, after: int, case: bool = False) -> list[tuple[int, int]]:
        """Spans reaching `before` characters back and `after` forward from each keyword,
        merged, and cut at line ends (no pattern crosses a line). case=True: keywords
        are looked up as written."""
        low = self.text if case else self.lower
        keywords = tuple(keywords)
        if not case and not self._exact:
            return list(zip(self._starts, self._ends))  # lowercasing cannot tell (see __init__): whole lines
        raw: list[tuple[int, int]] = []
        starts, ends = self._starts, self._ends
        if case and "" not in keywords:
            # Many keywords cost a find each: one Aho-Corasick pass over the text as written finds
            # every keyword of every set asked for in it (titles, honorifics, offices: one pass,
            # not a scan each), each occurrence as str.find would.
            wanted = _keyword_set(keywords)
            bisect_right = bisect.bisect_right
            for last, kw in _WRITTEN._found(self.text, self.text, keywords)[1]:
                if kw in wanted:
                    i = last - len(kw) + 1
                    k = bisect_right(starts, i) - 1
                    if k >= 0 and i < ends[k]:
                        raw.append((max(starts[k], i - before), min(ends[k], last + 1 + after)))
        else:
            for kw in keywords:
                i = low.find(kw)
                while i != -1:
                    k = bisect.bisect_right(starts, i) - 1
                    if k >= 0 and i < ends[k]:
                        raw.append((max(starts[k], i - before), min(ends[k], i + len(kw) + after)))
                    i = low.find(kw, i + 1)
        raw.sort()
        merged: list[tuple[int, int]] = []
        for a, b in raw:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def finditer(self, pattern: re.Pattern, keywords: Iterable[str], also: Iterable[str] = (),
                 also_as_written: bool = False) -> Iterator[re.Match]:
        """The pattern's matches in the lines holding one of the keywords, and one of `also` if
        given (a second set every match holds a word of, looked up as written with also_as_written;
        see finditer_in).
        (An iterator of the lines' iterators, not a generator: most calls find no line or one.)"""
        spans = self.spans_with(keywords)
        if spans and also:
            holding = set(self.spans_with_written(also) if also_as_written else self.spans_with(also))
            spans = [sp for sp in spans if sp in holding]
        if not spans:
            return iter(())
        twin, text = ascii_twin(pattern), self.text
        found = [(twin if twin is not None and self._ascii(a - _REACH, b) else lead_checked(pattern)).finditer(text, a, b)
                 for a, b in spans]
        return found[0] if len(found) == 1 else itertools.chain.from_iterable(found)

    def finditer_in(self, pattern: re.Pattern, a: int, b: int) -> Iterator[re.Match]:
        """pattern.finditer(text, a, b), lead-checked. On plain ASCII the pattern's ASCII twin finds
        the same, without asking the Unicode database what each character is (\\b, \\w, case)."""
        twin = ascii_twin(pattern)
        use = twin if twin is not None and self._ascii(a - _REACH, b) else lead_checked(pattern)
        return use.finditer(self.text, a, b)

    def _ascii(self, a: int, b: int) -> bool:
        """Is text[a:b] plain ASCII (no character beyond it, none of the separators \\x1c-\\x1f that
        Unicode's \\s holds and ASCII's does not), but for marks that read the same (see _inert)?"""
        other = self._other
        if other is None:
            other = self._other = _not_ascii_at(self.text)
        if not other:
            return True
        k = bisect.bisect_left(other, max(a, 0))
        return k == len(other) or other[k] >= b


def for_string(pattern: re.Pattern, s: str) -> re.Pattern:
    """The pattern to search the whole of the string s with: its ASCII twin where s is plain ASCII
    or inert marks (nothing before s to read back into), else the pattern lead-checked. The same matches."""
    twin = ascii_twin(pattern)
    if twin is not None and plain(s):
        return twin
    return lead_checked(pattern)


def plain(s: str) -> bool:
    """Is s plain ASCII or inert marks, where an ASCII twin finds what its pattern finds (and so in
    any piece of s)? for_plain(pattern, plain(s)) is for_string(pattern, s), for many patterns."""
    return s.isascii() and _NOT_ASCII.search(s) is None or not _other_at(s)  # (the quick test first)


def for_plain(pattern: re.Pattern, is_plain: bool) -> re.Pattern:
    """for_string(pattern, s), told whether s is plain (see plain)."""
    twin = ascii_twin(pattern)
    return twin if twin is not None and is_plain else lead_checked(pattern)


def search_last_word(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """pattern.search(text, lo, hi) for a pattern whose every match is one run of characters other
    than white space, then only white space to hi, and which reads nothing before where it starts
    (no look-behind, no \\b): such a match starts in the span's last run, so the search starts
    there instead of trying every position of the span ("the word before a name")."""
    body = text[lo:hi].rstrip()
    last = body.rsplit(None, 1)
    return pattern.search(text, lo + len(body) - len(last[-1]) if last else hi, hi)


class _Keywords:
    """Every keyword a pattern has been gated by, in one Aho-Corasick automaton (rebuilt when a
    new one comes: only while the first releases of a run are read)."""

    def __init__(self) -> None:
        self._known: frozenset[str] = frozenset()
        self._auto: ahocorasick.Automaton | None = None
        self._lock = threading.Lock()
        # The last text read: (text, the keywords read for, where they end). Windows of the same
        # text (by line, by paragraph) share one pass. One tuple, so threads never see half of one.
        self._last: tuple[str | None, frozenset[str], list[tuple[int, str]]] = (None, frozenset(), [])

    def _holding(self, keywords: tuple[str, ...]) -> tuple[frozenset[str], ahocorasick.Automaton]:
        with self._lock:
            if self._auto is None or not self._known.issuperset(keywords):
                known = self._known | {kw for kw in keywords if kw}
                auto = ahocorasick.Automaton()
                for kw in sorted(known):
                    auto.add_word(kw, kw)
                auto.make_automaton()
                self._auto, self._known = auto, known
            return self._known, self._auto

    @property
    def known(self) -> frozenset[str]:
        """Every keyword asked for so far (a new frozenset whenever one comes)."""
        return self._known

    def share_pass(self, text: str, known: frozenset[str], found: list[tuple[int, str]]) -> None:
        """Where the keywords of `known` end in text lowercased, read by another pass over it (the
        gazetteers', see gazetteer.share_scan): a window of text then needs no pass of its own."""
        if self._last[0] is not text:
            self._last = (text, known, found)

    def _found(self, text: str, low: str, keywords: tuple[str, ...]) -> tuple[frozenset[str], list[tuple[int, str]]]:
        """(the keywords read for, which hold `keywords`; (where one ends, the keyword) in low = text.lower())."""
        last_text, known, found = self._last
        if last_text is not text or not known.issuperset(keywords):
            known, auto = self._holding(keywords)
            found = list(auto.iter(low))
            self._last = (text, known, found)
        return known, found

    def lines(self, text: str, low: str, starts: list[int], ends: list[int],
              keywords: tuple[str, ...]) -> tuple[frozenset[str], dict[str, set[int]]]:
        """(the keywords read for, which hold `keywords`; keyword -> the lines where it starts,
        an occurrence from where a line starts to before where it ends, as str.find finds it)."""
        known, found = self._found(text, low, keywords)
        out: dict[str, set[int]] = {}
        bisect_right = bisect.bisect_right
        k, lo, hi = -1, 0, 0  # the line of the last occurrence: [lo, hi) (keywords come in the order they end)
        for last, kw in found:
            i = last - len(kw) + 1
            if not lo <= i < hi:
                k = bisect_right(starts, i) - 1
                if k < 0 or i >= ends[k]:
                    k, lo, hi = -1, 0, 0
                    continue
                lo, hi = starts[k], ends[k]
            got = out.get(kw)
            if got is None:
                out[kw] = {k}
            else:
                got.add(k)
        return known, out


_KEYWORDS = _Keywords()
KEYWORDS = _KEYWORDS  # (the knowledge base's gazetteers read them in their pass: see gazetteer.share_scan)
_WRITTEN = _Keywords()  # (keywords looked up as written, case and all: Windows.around(case=True))


@functools.lru_cache(maxsize=256)
def _keyword_set(keywords: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keywords)


def reads_one_of(pattern: re.Pattern, keywords: tuple[str, ...], case: bool = False) -> bool:
    """Does every match of the pattern hold one of the (lowercase) keywords? Shown from its parse:
    letters it reads in a row, in every way through it; False when that cannot be shown.
    case=True: one of the keywords as written, case and all (never shown where case is ignored)."""
    key = (id(pattern), keywords, case)
    got = _reads.get(key)
    if got is None or got[0] is not pattern:
        try:
            items = _items(pattern)
            proven = (items is not None and not (case and pattern.flags & re.IGNORECASE)
                      and _covered(items, keywords, case))
        except re.error:
            proven = False
        got = _reads[key] = (pattern, proven)
    return got[1]


_reads: dict[tuple[int, tuple[str, ...], bool], tuple[re.Pattern, bool]] = {}


def _covered(items: list, keywords: tuple[str, ...], case: bool = False) -> bool:
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(av) if case else chr(av).lower())
            continue
        if any(k in "".join(run) for k in keywords):
            return True  # these letters are read, one after the other, by every match
        run = []
        if op is _sre.BRANCH and all(_covered(list(alt.data), keywords, case) for alt in av[1]):
            return True
        if (op is _sre.SUBPATTERN and not (case and av[1] & re.IGNORECASE)  # ((?i:...) reads any case)
                and _covered(list(av[-1].data), keywords, case)):
            return True
        if op in _REPEATS and av[0] >= 1 and _covered(list(av[2].data), keywords, case):
            return True
    return False


_DIGIT = r"\d"  # the class itself: under the pattern's own flags it means what the pattern's \d does
_WORD = r"\w"  # ("\w+-day": a match starts with a word character, at a word start, not at a word end)
_CLASSES = (_DIGIT, _WORD)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


_NOT_ASCII = re.compile(r"[^\x00-\x1b\x20-\x7f]")
# The last text read and where its characters other than plain ASCII stand, inert marks left out
# (windows by line and by paragraph read the same release).
_last_not_ascii: tuple[str | None, list[int]] = (None, [])


def _not_ascii_at(text: str) -> list[int]:
    global _last_not_ascii
    last, at = _last_not_ascii
    if last is not text:
        at = _other_at(text)
        _last_not_ascii = (text, at)
    return at


def _other_at(text: str) -> list[int]:
    """Where characters other than plain ASCII and inert marks stand. Only the lines holding a
    character beyond ASCII are read with the pattern (a slice of plain ASCII knows it is one, where
    the pattern tests each character), unless the text holds a separator \\x1c-\\x1f."""
    seen, pattern = _skipping
    out, new = [], []
    for offset, piece in _beyond_ascii(text):
        for m in pattern.finditer(piece):
            c = m.group()
            if not _inert(c):
                out.append(offset + m.start())
            elif c not in seen:
                new.append(c)
    if new:
        _skip_too(new)
    return out


_SEPARATORS = "\x1c\x1d\x1e\x1f"  # (ASCII, but found by _NOT_ASCII: Unicode's \s holds them, ASCII's does not)


def _beyond_ascii(text: str) -> list[tuple[int, str]]:
    """(where it starts, a piece of text) for pieces holding every character of text that _NOT_ASCII finds."""
    if any(sep in text for sep in _SEPARATORS):
        return [(0, text)]
    if text.isascii():
        return []
    pieces, pos = [], 0
    for line in text.split("\n"):
        if not line.isascii():
            pieces.append((pos, line))
        pos += len(line) + 1
    return pieces


# The inert marks met so far, and a pattern finding the characters _NOT_ASCII finds but for them:
# curly quotes and dashes fill real releases, and each found was a match to make and test.
_skipping: tuple[frozenset[str], re.Pattern] = (frozenset(), _NOT_ASCII)


def _skip_too(marks: list[str]) -> None:
    global _skipping
    seen = _skipping[0] | set(marks)
    if len(seen) <= 512:  # (a bound; past it the pattern stays as it is)
        _skipping = (seen, re.compile(_NOT_ASCII.pattern[:-1] + "".join(re.escape(c) for c in sorted(seen)) + "]"))


@functools.lru_cache(maxsize=4096)
def _inert(c: str) -> bool:
    """A mark beyond ASCII that a pattern reads the same with re.ASCII as without: punctuation or a
    symbol (\u2019 \u201c \u2013 \u20ac ...) that is no word character, digit or space either way
    and has no case. Curly quotes and apostrophes fill real releases: lines holding them keep the
    ASCII twins."""
    return (unicodedata.category(c)[0] in "PS" and not (c.isalnum() or c == "_" or c.isspace())
            and c.lower() == c == c.upper() and c.casefold() == c and ord(c) not in FOLD_TO_ASCII)


_REACH = 16  # how far before where it starts a pattern with an ASCII twin may read (look-behinds, \b)
_twins: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def ascii_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern compiled with re.ASCII (and lead-checked), for text that is plain ASCII (or an
    inert mark, see _inert) from _REACH characters before where a search starts to where it ends:
    there \\w, \\d, \\s (but for \\x1c-\\x1f, which _NOT_ASCII refuses), \\b and ignoring case mean
    the same in both, unless the pattern, ignoring case, names one of FOLD_TO_ASCII. None when that
    cannot be shown, or when the pattern may read further back."""
    return _once_per_pattern(_twins, pattern, _ascii_twin)


def _ascii_twin(pattern: re.Pattern) -> re.Pattern | None:
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    items = _items(pattern)
    flags = (pattern.flags & ~re.UNICODE) | re.ASCII
    try:
        if items is None or _reach(items) > _REACH - 1:  # (-1: lead_checked's \b reads one back)
            return None
        if pattern.flags & re.IGNORECASE and _folds_to_ascii(items):
            return None
        # (Parsing does not depend on re.ASCII: the parse already read serves the twin too.)
        return (_with_lead(pattern.pattern, flags, items) or _with_first_check(pattern.pattern, flags, items)
                or re.compile(pattern.pattern, flags))
    except (re.error, ValueError):  # e.g. (?u:...) inside, which re.ASCII refuses
        return None


def _children(op, av) -> list:
    """The sub-sequences of one parsed item."""
    if op is _sre.BRANCH:
        return [list(alt.data) for alt in av[1]]
    if op is _sre.SUBPATTERN:
        return [list(av[-1].data)]
    if op is _sre.ATOMIC_GROUP:
        return [list(av.data)]
    if op in _REPEATS:
        return [list(av[2].data)]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [list(av[1].data)]
    if op is _sre.GROUPREF_EXISTS:
        return [list(x.data) for x in av[1:] if x is not None]
    return []


def _reach(items: list) -> int:
    """How far back before the position it is tried at the sequence may read: look-behinds, and one
    character for \\b, \\B and ^ (which look at the character before)."""
    out = 0
    for op, av in items:
        if op is _sre.AT:
            out = max(out, 1)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] == -1:
            inner = _reach(list(av[1].data))
            out = max(out, av[1].getwidth()[1] + inner)
        for child in _children(op, av):
            out = max(out, _reach(child))
    return out


# The characters beyond ASCII that Unicode, ignoring case, takes for ASCII letters: "\u0130" and
# the Kelvin sign lowercase to "i" and "k"; "\u0131" and "\u017f" are held equal to "i" and "s".
FOLD_TO_ASCII = frozenset({0x130, 0x131, 0x17F, 0x212A})


def _folds_to_ascii(items: list) -> bool:
    """Does the sequence name one of FOLD_TO_ASCII (as a literal, or in a class or range)?"""
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL) and av in FOLD_TO_ASCII:
            return True
        if op is _sre.IN and any((o in (_sre.LITERAL, _sre.NOT_LITERAL) and a in FOLD_TO_ASCII)
                                 or (o is _sre.RANGE and any(a[0] <= c <= a[1] for c in FOLD_TO_ASCII)) for o, a in av):
            return True
        if any(_folds_to_ascii(child) for child in _children(op, av)):
            return True
    return False


_checked: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def lead_checked(pattern: re.Pattern) -> re.Pattern:
    """_lead_checked(pattern), computed once per pattern."""
    return _once_per_pattern(_checked, pattern, _lead_checked)


def _lead_checked(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, with the same matches and groups, made to fail fast where it cannot start.

    re tries a pattern at every position; one that starts with \\b and a long alternation
    tries each alternative at every word start. When every match starts at a word boundary
    and its first character is one of a known few, `\\b(?=[those])` in front rejects the
    other word starts in one test (3-4 times faster on the event triggers). Any pattern
    this cannot prove it for is returned as it is."""
    if not isinstance(pattern.pattern, str):
        return pattern
    items = _items(pattern)
    return (items is not None and (_with_lead(pattern.pattern, pattern.flags, items)
                                   or _with_first_check(pattern.pattern, pattern.flags, items))) or pattern


def _with_lead(source: str, flags: int, items: list) -> re.Pattern | None:
    """source compiled with flags, lead-checked (see _lead_checked); None when that cannot be shown.
    items: its parse."""
    if flags & re.VERBOSE:
        return None
    firsts, can_be_empty = _first_chars(items)
    guard = _guard(items)
    if firsts is None or can_be_empty or guard is None:
        return None
    word = re.compile(r"\w", flags & re.ASCII)
    if guard == "lb" and not all(c in _CLASSES or word.fullmatch(c) for c in firsts):
        return None  # only a word character after a non-word one makes a boundary
    if any(f in source for f in ("(?a", "(?L", "(?u")):
        return None  # \\b and \\d of another kind inside than the wrapper's
    chars = "".join(c if c in _CLASSES else re.escape(c) for c in sorted(firsts))
    # (?i:...): a superset of the first characters whichever case each was written to match in.
    try:
        return re.compile(r"\b(?=(?i:[" + chars + "]))(?:" + source + ")", flags)
    except re.error:  # e.g. global flags the wrapper would move from the start
        return None


def _with_first_check(source: str, flags: int, items: list) -> re.Pattern | None:
    """source compiled with flags behind a look-ahead for its possible first characters, where no
    word boundary can be shown (see _with_lead) and re has no prefix of its own to skip to: at a
    position no match can start at, one class test fails it, where re would try each alternative
    ("(?<![\\w$])(?:US\\$|USD|Rs|...)" ignoring case, "['\u2019]ll\\b|\\b(?:will|would|...)"). The
    same matches and groups (the class holds every character a match can start with); None when
    that cannot be shown or would not help."""
    if flags & re.VERBOSE or any(f in source for f in ("(?a", "(?L", "(?u")):
        return None  # (\\d and \\w of another kind inside than the class's)
    firsts, can_be_empty = _first_chars(items)
    if firsts is None or can_be_empty or _re_skips_ahead(source, flags):
        return None
    chars = "".join(c if c in _CLASSES else re.escape(c) for c in sorted(firsts))
    try:
        return re.compile(r"(?=(?i:[" + chars + "]))(?:" + source + ")", flags)
    except re.error:  # e.g. global flags the wrapper would move from the start
        return None


def _re_skips_ahead(source: str, flags: int) -> bool:
    """Does re find where the pattern can start by itself, from a literal prefix or a class of
    first characters (what its compiler looks for)? A look-ahead in front would hide those."""
    try:
        parsed = _sre_parse.parse(source, flags)
        got = parsed.state.flags
        return bool(_sre_compile._get_literal_prefix(parsed, got)[0] or _sre_compile._get_charset_prefix(parsed, got))
    except Exception:  # (a private part of re: whatever it does in another version, leave the pattern as it is)
        return True


_parsed: dict[int, tuple[re.Pattern, list | None]] = {}


def _items(pattern: re.Pattern) -> list | None:
    """The pattern's parse (its items), read once per pattern (the twin, the lead check and the
    keyword proof all read it; parsing costs about as much as compiling). None if it cannot be."""
    return _once_per_pattern(_parsed, pattern, _parse)


def _parse(pattern: re.Pattern) -> list | None:
    try:
        return list(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    except re.error:
        return None


def _once_per_pattern(table: dict, pattern: re.Pattern, compute):
    """compute(pattern), remembered by the pattern's identity (hashing a compiled pattern costs as
    much as a short scan); a table past 4096 entries starts again, so that patterns compiled on the
    fly do not pile up."""
    got = table.get(id(pattern))
    if got is None or got[0] is not pattern:
        if len(table) > 4096:
            table.clear()
        got = table[id(pattern)] = (pattern, compute(pattern))
    return got[1]


def first_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Every character a match of the pattern can start with, read from the pattern itself (a cheap
    test before running it on a line); None when that cannot be shown or it can match empty."""
    items = _items(pattern)
    firsts, empty = _first_chars(items) if items is not None else (None, True)
    if firsts is None or empty or any(len(c) != 1 for c in firsts):
        return None  # (a class such as \w is no character to look up)
    if pattern.flags & re.IGNORECASE:
        firsts = firsts | {c.swapcase() for c in firsts}
    return frozenset(firsts)


def _first_chars(items: list) -> tuple[set[str] | None, bool]:
    """(every character a match of the sequence can start with, or None if unknown; can it match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # lookarounds only narrow what can start: ignoring them keeps a superset
        if op is _sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _sre.IN:
            for o, a in av:
                if o is _sre.LITERAL:
                    out.add(chr(a))
                elif o is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT:
                    out.add(_DIGIT)
                elif o is _sre.CATEGORY and a is _sre.CATEGORY_WORD:
                    out.add(_WORD)
                elif o is not _sre.RANGE:
                    return None, False  # other categories, negated sets: too many characters to list
                elif a[1] - a[0] > 64:
                    return None, False
                else:
                    out.update(map(chr, range(a[0], a[1] + 1)))
            return out, False
        if op is _sre.BRANCH:
            empty = False
            for alt in av[1]:
                got, e = _first_chars(list(alt.data))
                if got is None:
                    return None, False
                out |= got
                empty = empty or e
            if not empty:
                return out, False
            continue
        if op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP:
            inner = av[-1] if op is _sre.SUBPATTERN else av
            got, empty = _first_chars(list(inner.data))
        elif op in _REPEATS:
            got, empty = _first_chars(list(av[2].data))
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, back-references, conditionals
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


def _guard(items: list) -> str | None:
    """How every way through the sequence is sure to start at a word boundary before it reads
    a character: "b" when each passes \\b, "lb" when some only pass a look-behind refusing a
    word character before ("(?<![\\w.,])": a boundary if the match starts with a word
    character), None when some way passes neither."""
    for i, (op, av) in enumerate(items):
        if op is _sre.AT and av is _sre.AT_BOUNDARY:
            return "b"
        if op is _sre.ASSERT_NOT and av[0] == -1 and _refuses_word_char(av[1]):
            rest = _guard(items[i + 1 :])
            return "b" if rest == "b" else "lb"
        if op in _ZERO_WIDTH:
            continue
        rest = items[i + 1 :]
        if op is _sre.SUBPATTERN:
            if (av[1] | av[2]) & (re.ASCII | re.LOCALE | re.UNICODE):
                return None  # a \\b of its own kind: the wrapper's would differ
            return _guard(list(av[-1].data) + rest)
        if op is _sre.ATOMIC_GROUP:
            return _guard(list(av.data) + rest)
        if op is _sre.BRANCH:
            kinds = [_guard(list(alt.data) + rest) for alt in av[1]]
            return None if None in kinds else "lb" if "lb" in kinds else "b"
        return None  # reads a character (or repeats something) first
    return None


def _refuses_word_char(sub) -> bool:
    """A one-character class holding \\w, not negated: `(?<![\\w.,])` refuses every word character."""
    data = list(sub.data)
    return (len(data) == 1 and data[0][0] is _sre.IN
            and (_sre.CATEGORY, _sre.CATEGORY_WORD) in data[0][1] and not any(o is _sre.NEGATE for o, _ in data[0][1]))


def opening_class(cls: str) -> str:
    """One character of the class `cls` (such as "[^\\W\\d_a-z]", a capital), written so that re
    finds it fast as a pattern's first: re skips to a pattern's possible first characters by
    testing each one against the class, and a class of categories asks the Unicode database for
    every character. Here the Latin-1 members are listed (a table look-up) and any character
    beyond Latin-1 is let through, for the class itself to check from behind."""
    exact = re.compile(cls)
    listed = "".join(re.escape(chr(c)) for c in range(256) if exact.fullmatch(chr(c)))
    return "[" + listed + "\u0100-\U0010ffff](?<=" + cls + ")"


MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DIGITS = tuple("0123456789")


# A word written with a capital where a word starts (what comes before is looked at from behind: see
# opening_class). Known names (kb) and names written with no title (people) both open with one.
CAPITALISED = re.compile(opening_class(r"[^\W\d_a-z]") + r"(?<![\w'\u2019.-][^\W\d_a-z])(?:[\w'\u2019.-]*\w)?")
# The last text read and its capitalised words, (where, the word): one scan of a release serves both.
_last_capitalised: tuple[str | None, list[tuple[int, str]]] = (None, [])


def capitalised_words(text: str) -> list[tuple[int, str]]:
    """(start, word) of every CAPITALISED match in the text, remembered for the last text asked about."""
    global _last_capitalised
    last, words = _last_capitalised
    if last is not text:
        words = [(m.start(), m.group()) for m in CAPITALISED.finditer(text)]
        _last_capitalised = (text, words)
    return words


def from_capitals(pattern: re.Pattern, text: str, start: int = 0) -> Iterator[re.Match]:
    """pattern.finditer(text, start) for a pattern whose every match is not empty and starts where a
    CAPITALISED match does (the same capital, looked at from behind the same way: a word start
    there is no CAPITALISED match inside of, since its words hold only what that look-behind
    refuses): tried only there, not at every position of the text."""
    end = start
    for at, _word in capitalised_words(text):
        if at >= end:
            m = pattern.match(text, at)
            if m:
                yield m
                end = m.end()
