"""Run a costly regular expression only where a cheap keyword says it can match.

Python's re engine cannot skip ahead on patterns that start with \\b and an
alternation, so scanning a whole release with each pattern costs more than all
the rest of extraction. `str.find` on a keyword is fast: the pattern then runs
on the lines (paragraphs) that hold one, which gives the same matches, since no
pattern crosses a line.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


class Windows:
    def __init__(self, text: str, lines):
        self.text = text
        self.lower = text.lower()
        self.lines = lines
        self._starts = [ln.start for ln in lines]
        self._cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # patterns share keyword sets

    @classmethod
    def whole(cls, text: str) -> "Windows":
        return cls(text, [_Span(0, len(text))])

    @classmethod
    def by_line(cls, text: str) -> "Windows":
        """Every line, boilerplate included (a scraped "Published: 26/02/2024" is a date)."""
        spans, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                spans.append(_Span(pos, pos + len(line)))
            pos += len(line) + 1
        return cls(text, spans)

    def spans_with(self, keywords: Iterable[str]) -> list[tuple[int, int]]:
        keywords = tuple(keywords)
        cached = self._cache.get(keywords)
        if cached is None:
            cached = self._cache[keywords] = self._spans_with(keywords)
        return cached

    def _spans_with(self, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
        hit: set[int] = set()
        low = self.lower
        for kw in keywords:
            i = low.find(kw)
            while i != -1:
                k = bisect.bisect_right(self._starts, i) - 1
                if k >= 0 and i < self.lines[k].end:
                    hit.add(k)
                    i = low.find(kw, self.lines[k].end)
                else:
                    i = low.find(kw, i + 1)
        return [(self.lines[k].start, self.lines[k].end) for k in sorted(hit)]

    def around(self, keywords: Iterable[str], before: int, after: int, case: bool = False) -> list[tuple[int, int]]:
        """Spans reaching `before` characters back and `after` forward from each keyword,
        merged, and cut at line ends (no pattern crosses a line). case=True: keywords
        are looked up as written."""
        low = self.text if case else self.lower
        raw: list[tuple[int, int]] = []
        for kw in keywords:
            i = low.find(kw)
            while i != -1:
                k = bisect.bisect_right(self._starts, i) - 1
                if k >= 0 and i < self.lines[k].end:
                    ln = self.lines[k]
                    raw.append((max(ln.start, i - before), min(ln.end, i + len(kw) + after)))
                i = low.find(kw, i + 1)
        raw.sort()
        merged: list[tuple[int, int]] = []
        for a, b in raw:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def finditer(self, pattern: re.Pattern, keywords: Iterable[str]) -> Iterator[re.Match]:
        for a, b in self.spans_with(keywords):
            yield from pattern.finditer(self.text, a, b)


MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DIGITS = tuple("0123456789")
