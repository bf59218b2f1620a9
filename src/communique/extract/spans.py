"""Sorted spans with binary search, so that nothing in extraction is quadratic in the
length of a release (a 10 MB document must take ten times a 1 MB one)."""
from __future__ import annotations

import bisect
from operator import attrgetter
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
    """Items with a start and an end, sorted by start: the ones inside a span, the last before a point.
    (Starts and ends are read once, here: extraction never moves a found span.)"""

    def __init__(self, items: Iterable[T], start: Callable[[T], int] = attrgetter("start"),
                 end: Callable[[T], int] = attrgetter("end")):
        self.items = sorted(items, key=start)
        self._starts = [start(x) for x in self.items]
        self._ends = [end(x) for x in self.items]

    def within(self, a: int, b: int) -> list[T]:
        lo = bisect.bisect_left(self._starts, a)
        hi = bisect.bisect_left(self._starts, b)
        items = self.items[lo:hi]
        if not items:
            return items
        ends = self._ends[lo:hi]
        if max(ends) <= b:
            return items
        return [x for x, e in zip(items, ends) if e <= b]

    def last_before(self, pos: int) -> T | None:
        """The item starting latest among those ending at or before pos."""
        i = bisect.bisect_left(self._starts, pos)
        ends = self._ends
        for j in range(i - 1, max(0, i - 64) - 1, -1):
            if ends[j] <= pos:
                return self.items[j]
        return None
