"""What extraction knows from the store: the names of places, organisations,
topics and people, as gazetteers. All of it is data an editor can change."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Organization, Person, Place, Topic
from .gazetteer import Gazetteer
from .people import fold


@dataclass
class KnowledgeBase:
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)

    def __post_init__(self) -> None:
        place_terms = []
        for p in self.places.values():
            place_terms.append((p.name, p.id))
            place_terms += [(a, p.id) for a in p.aliases]
        self.place_gaz = Gazetteer(place_terms)
        # Words that name places are never people's names ("Russian", "Moscow").
        self.place_words = {w for t, _ in place_terms for w in t.split()}
        # place id -> the country it stands for (itself for countries)
        self.country_of = {p.id: p.id for p in self.places.values() if p.kind == "country"}
        org_terms = []
        for o in self.organizations.values():
            org_terms.append((o.name, o.id))
            org_terms += [(a, o.id) for a in o.aliases]
        self.org_gaz = Gazetteer(org_terms)
        topic_terms = []
        for t in sorted(self.topics.values(), key=lambda t: t.id):
            topic_terms += [(k, t.id) for k in t.keywords]
            topic_terms.append((t.label.lower(), t.id))
        self.topic_gaz = Gazetteer(topic_terms)
        self._index_people()

    @classmethod
    def from_store(cls, st) -> "KnowledgeBase":
        return cls(dict(st.people), dict(st.places), dict(st.organizations), dict(st.topics))

    def add_people(self, people: list[Person]) -> None:
        """People found in one release are known to the next one of the same run."""
        if not people:
            return
        for p in people:
            self.people[p.id] = p
        self._index_people()

    def _index_people(self) -> None:
        people_terms = []
        self.people_by_form = {}
        for p in sorted(self.people.values(), key=lambda p: p.id):
            for form in [p.name, *p.aliases]:
                self.people_by_form.setdefault(fold(form), []).append(p.id)
                people_terms.append((form, p.id))
        self.people_gaz = Gazetteer([(t, i) for t, i in people_terms if t != t.lower()])
