"""What extraction knows from the store: the names of places, organisations,
topics and people, as gazetteers. All of it is data an editor can change."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..model import Organization, Person, Place, Topic
from . import names as name_evidence
from .gazetteer import Gazetteer, Hit, share_scan
from .people import fold
from .scan import KEYWORDS, capitalised_words, search_last_word
from .titles import HEADS, MODIFIERS


_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*\w|[^\W\d_]")
_TITLE_WORDS = frozenset(HEADS) | frozenset(MODIFIERS)
_PREV_WORD = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \t]+$")
# Words that can stand before a place without being part of its name.
_OPEN_WORDS = {"The", "In", "At", "To", "From", "And", "Of", "For", "With", "By", "On", "As", "While", "During",
               "Both", "All", "Between", "Visit", "Dear", "Today", "Yesterday", "Mr", "Ms", "Mrs", "Dr"}


def _glued(text: str, prev: re.Match, hit: Hit) -> bool:
    """'Latin American': the word before is part of the same proper name, unless it opens a
    sentence, is a title word, or is a word that commonly stands before places."""
    word = prev.group(1)
    if word in _OPEN_WORDS or word.isupper():
        return False
    before = text[max(0, prev.start() - 2) : prev.start()]
    if not before.strip() or before.rstrip()[-1:] in ".!?:;\u201c\"(-\u2013\u2014":
        return False  # the word begins a sentence or a line
    # Title words qualify people, not places: "Deputy U.S. Trade Representative".
    return word not in _TITLE_WORDS and not hit.term[0].islower()


def topic_gazetteer(topics: dict[str, Topic]) -> Gazetteer:
    """Each topic's keywords and its label, lowercase."""
    terms = []
    for t in sorted(topics.values(), key=lambda t: t.id):
        terms += [(k, t.id) for k in t.keywords]
        terms.append((t.label.lower(), t.id))
    return Gazetteer(terms)


class PlaceWords(set):
    """The words of places' names. inside_only: a word found only inside longer names ("Costa" of
    Costa Rica, "Dar" of Dar es Salaam) -> those names and where in them it stands."""

    def __init__(self, words=()):
        super().__init__(words)
        self.inside_only: dict[str, list[tuple[str, int]]] = {}

    @classmethod
    def of_terms(cls, terms: list[str], more=()) -> "PlaceWords":
        out = cls({w for t in terms for w in t.split()} | set(more))
        alone = {t for t in terms if " " not in t}
        for t in terms:
            if " " not in t:
                continue
            for m in re.finditer(r"\S+", t):
                w = m.group()
                if w not in alone and w[:1].isupper() and w.isalpha() and w not in ("The", "Of", "And"):
                    out.inside_only.setdefault(w, []).append((t, m.start()))
        return out

    def spelt_at(self, text: str, pos: int, word: str) -> bool:
        """Does the word at pos stand inside one of the longer names it belongs to?"""
        return any(text.startswith(term, pos - off) for term, off in self.inside_only.get(word, ()) if pos >= off)


@dataclass
class KnowledgeBase:
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    builtin_places: dict[str, Place] = field(default_factory=dict)

    def __post_init__(self) -> None:
        place_terms = []
        for p in self.places.values():
            place_terms.append((p.name, p.id))
            place_terms += [(a, p.id) for a in p.aliases]
        self.place_gaz = Gazetteer(place_terms)
        # Words that name places are never people's names ("Russian", "Moscow").
        # ... nor do regions' ("Senior Director for South Asia Sumona Guha", though "Asia" is a given name).
        self.place_words = PlaceWords.of_terms([t for t, _ in place_terms], {r.capitalize() for r in name_evidence.REGIONS})
        # place id -> the country it stands for (itself for countries)
        self.country_of = {p.id: p.id for p in self.places.values() if p.kind == "country"}
        org_terms = []
        for o in self.organizations.values():
            org_terms.append((o.name, o.id))
            org_terms += [(a, o.id) for a in o.aliases]
        self.org_gaz = Gazetteer(org_terms)
        self.topic_gaz = topic_gazetteer(self.topics)
        share_scan(self.place_gaz, self.org_gaz, self.topic_gaz, keywords=KEYWORDS)  # each release is read by all three
        self._index_people()
        name_evidence.warm()

    @classmethod
    def from_store(cls, st) -> "KnowledgeBase":
        """The store's records, and every country it lacks (kept in `builtin_places` until a
        record uses one and it is written to data/places)."""
        from .countries import missing_countries

        builtin = {p.id: p for p in missing_countries(st.places)}
        kb = cls(dict(st.people), {**st.places, **builtin}, dict(st.organizations), dict(st.topics))
        kb.builtin_places = builtin
        return kb

    def add_people(self, people: list[Person]) -> None:
        """People found in one release are known to the next one of the same run."""
        for p in people:
            self.people[p.id] = p
            self._index_person(p)

    def _index_people(self) -> None:
        self.people_by_form: dict[str, list[str]] = {}
        self.people_by_token: dict[str, list[str]] = {}
        self._forms_by_first: dict[str, dict[int, dict[str, str]]] = {}  # first word -> length -> form -> id
        for p in sorted(self.people.values(), key=lambda p: p.id):
            self._index_person(p)

    def _index_person(self, p: Person) -> None:
        # Indexes grow by one person at a time: a run over thousands of releases stays linear.
        for form in [p.name, *p.aliases]:
            key = fold(form)
            if p.id not in self.people_by_form.setdefault(key, []):
                self.people_by_form[key].append(p.id)
            toks = key.split()
            if toks and form != form.lower():
                by_len = self._forms_by_first.setdefault(toks[0], {})
                by_len.setdefault(len(toks), {}).setdefault(key, p.id)
            for t in toks:
                ids = self.people_by_token.setdefault(t, [])
                if p.id not in ids:
                    ids.append(p.id)

    def find_places(self, text: str) -> list[Hit]:
        """Places named in the text. "US$ 3 billion" names a currency, not the United States;
        "Latin American" is a region's adjective, not "American": a name glued to a currency
        sign or following another capitalised word of the same name is not a place."""
        out = []
        for h in self.place_gaz.find(text):
            if text.startswith("$", h.end):
                continue
            prev = search_last_word(_PREV_WORD, text, max(0, h.start - 30), h.start)
            if prev and prev.group(1)[0].isupper() and prev.group(1) not in self.place_words and _glued(text, prev, h):
                continue
            out.append(h)
        return out

    def find_people(self, text: str) -> list[Hit]:
        """Known names and aliases in the text, longest first at each word."""
        hits: list[Hit] = []
        end_of_last = -1
        forms_by_first = self._forms_by_first
        for start, word in capitalised_words(text):  # (the scan untitled names read too)
            by_len = forms_by_first.get(fold(word))  # (most capitalised words open no known name: asked first)
            if not by_len or start < end_of_last or not word[0].isupper():
                continue  # names are written with a capital
            words = list(itertools.islice(_WORD.finditer(text, start), max(by_len)))
            for n in sorted(by_len, reverse=True):  # the longest known form wins
                if len(words) < n or any(text[a.end() : b.start()].strip() for a, b in zip(words[: n - 1], words[1:n])):
                    continue
                pid = by_len[n].get(" ".join(fold(w.group()) for w in words[:n]))
                if pid:
                    end = words[n - 1].end()
                    hits.append(Hit(start, end, pid, text[start:end]))
                    end_of_last = end
                    break
        return hits
