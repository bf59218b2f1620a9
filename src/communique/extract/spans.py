"""Sorted spans with binary search, so that nothing in extraction is quadratic in the
length of a release (a 10 MB document must take ten times a 1 MB one)."""
from __future__ import annotations

import bisect
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")


class Taken:
    """A set of non-overlapping [start, end) spans; `free` asks whether a span overlaps none."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def free(self, a: int, b: int) -> bool:
        # Spans do not overlap, so among those starting before b only the last can reach past a.
        i = bisect.bisect_left(self._starts, b)
        return i == 0 or self._ends[i - 1] <= a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)


class Index(Generic[T]):
    """Items with a start and an end, sorted by start: the ones inside a span, the last before a point."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int] = lambda x: x.start,
                 end: Callable[[T], int] = lambda x: x.end):
        self.items = sorted(items, key=start)
        self._starts = [start(x) for x in self.items]
        self._end = end

    def within(self, a: int, b: int) -> list[T]:
        lo = bisect.bisect_left(self._starts, a)
        hi = bisect.bisect_left(self._starts, b)
        return [x for x in self.items[lo:hi] if self._end(x) <= b]

    def last_before(self, pos: int) -> T | None:
        """The item starting latest among those ending at or before pos."""
        i = bisect.bisect_left(self._starts, pos)
        for x in reversed(self.items[max(0, i - 64) : i]):
            if self._end(x) <= pos:
                return x
        return None
