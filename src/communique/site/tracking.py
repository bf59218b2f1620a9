"""What each page read while it was built, so that a rebuild under `mkdocs serve` builds
again only the pages whose inputs changed.

Page builders (context.py) read the knowledge base and everything derived from it through
the wrappers here. Each read is noted as (source, key, value seen). On the next build a page
is kept when every source gives an equal value for every key it read: its builder would
make the same page again. Records a save did not touch are the same objects as before
(`store.FileCache`), so nearly every comparison is an identity check.

A wrapper never adds a key to what it wraps (a defaultdict would): what one page reads
must not change what another sees.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

MISSING = object()  # the value seen for a key that was not there
ALL = "*all*"  # the key noted when a page reads a whole source (iterates it, takes its length)


class Recorder:
    """Where reads are noted: into the page being built, if any. A key read twice is noted
    once (the value cannot differ within a build)."""

    def __init__(self):
        self.log: dict | None = None  # (source, hashable key) -> (key, value seen)

    def saw(self, source: str, key, value, hashable=None) -> None:
        if self.log is not None:
            k = (source, key if hashable is None else hashable)
            if k not in self.log:
                self.log[k] = (key, value)


class Records(Mapping):
    """A read-only dict (records by id, or anything keyed); a missing key raises KeyError."""

    def __init__(self, name: str, data: dict, rec: Recorder):
        self.name, self.data, self.rec = name, data, rec

    def _missing(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        v = self.data.get(key, MISSING)
        self.rec.saw(self.name, key, v)
        return self._missing(key) if v is MISSING else v

    def get(self, key, default=None):
        v = self.data.get(key, MISSING)
        self.rec.saw(self.name, key, v)
        return default if v is MISSING else v

    def __contains__(self, key) -> bool:
        v = self.data.get(key, MISSING)
        self.rec.saw(self.name, key, v)
        return v is not MISSING

    def _whole(self) -> dict:
        self.rec.saw(self.name, ALL, self.data)
        return self.data

    def __iter__(self):
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def keys(self):
        return self._whole().keys()

    def values(self):
        return self._whole().values()

    def items(self):
        return self._whole().items()

    def current(self, key):
        return self.data if key == ALL else self.data.get(key, MISSING)


class Index(Records):
    """An index over the records (person -> their events, ...): a missing key reads as an
    empty list, as the defaultdict it was built with, without adding the key."""

    def _missing(self, key):
        return []


class Members:
    """A read-only set (the places that have a page, ...)."""

    def __init__(self, name: str, data: set, rec: Recorder):
        self.name, self.data, self.rec = name, data, rec

    def __contains__(self, key) -> bool:
        v = key in self.data
        self.rec.saw(self.name, key, v)
        return v

    def __iter__(self):
        self.rec.saw(self.name, ALL, self.data)
        return iter(self.data)

    def __len__(self) -> int:
        self.rec.saw(self.name, ALL, self.data)
        return len(self.data)

    def current(self, key):
        return self.data if key == ALL else key in self.data


class Listed(Sequence):
    """A read-only list (every document, newest first, ...); any read reads all of it."""

    def __init__(self, name: str, data: list, rec: Recorder):
        self.name, self.data, self.rec = name, data, rec

    def __getitem__(self, i):
        self.rec.saw(self.name, ALL, self.data)
        return self.data[i]

    def __len__(self) -> int:
        self.rec.saw(self.name, ALL, self.data)
        return len(self.data)

    def __iter__(self):
        self.rec.saw(self.name, ALL, self.data)
        return iter(self.data)

    def current(self, key):
        return self.data


class Calls:
    """An object whose methods compute from the records (`Countries`): each call's
    arguments and answer are noted, and asked again of the next build's object."""

    def __init__(self, name: str, obj, rec: Recorder):
        self.name, self.obj, self.rec = name, obj, rec

    def __getattr__(self, method: str):
        fn = getattr(self.obj, method)

        def call(*args):
            v = fn(*args)
            # Records are not hashable; the log holds them, so their ids stay theirs.
            self.rec.saw(self.name, (method, args), v, (method, tuple(map(id, args))))
            return v
        return call

    def current(self, key):
        method, args = key
        return getattr(self.obj, method)(*args)


class Derived:
    """A value computed from the build's data for a key (a person's part of the graph)."""

    def __init__(self, name: str, fn, rec: Recorder):
        self.name, self.fn, self.rec = name, fn, rec

    def __call__(self, key=None):
        v = self.fn(key)
        self.rec.saw(self.name, key, v)
        return v

    def current(self, key):
        return self.fn(key)


@dataclass
class Built:
    """One page's data as built, what it read, and the pages it links to."""

    page: object  # context.PageContext
    reads: dict = field(default_factory=dict)
    links: set = field(default_factory=set)
    # The page's "Linked from" as last made: (the pages linking here, [(page shown, its title)], the list).
    linked_from: tuple | None = None


def unchanged(reads: dict, sources: dict) -> bool:
    """True if every source gives the values this page read from it before."""
    for (name, _), (key, seen) in reads.items():
        now = sources[name].current(key)
        if now is not seen and now != seen:
            return False
    return True
