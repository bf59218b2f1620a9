"""Country pairs from places, people's countries and figure parties."""
from __future__ import annotations

import textwrap

from communique import store
from communique.site.relations import Countries, events_in_country, pair_slug, relationships
from conftest import write_tree


def test_pair_from_event_participants_and_place_with_its_quotes_figures_and_people(tree):
    st = store.load(tree)
    rel = relationships(st)
    assert list(rel) == [("brazil", "germany")]
    r = rel[("brazil", "germany")]
    assert r.slug == "brazil--germany"
    assert [e.id for _, e in r.events] == ["meeting-2024-03-04"]
    assert [q.id for _, q in r.quotes] == ["q1"]
    assert [f.id for _, f in r.figures] == ["f1"]
    assert [d.id for d in r.documents] == ["s1"]
    assert r.people == {"brazil": ["ana-souza"], "germany": ["karl-brandt"]}
    assert r.topics == [("trade", 3)]
    assert list(r.series()) == [("bilateral trade", "EUR")]


EXTRA = {
    "places/france.yml": "id: france\nname: France\nkind: country\n",
    "places/paris.yml": "id: paris\nname: Paris\nkind: city\ncountry: france\n",
    "places/elysee.yml": "id: elysee\nname: Elysee Palace\nkind: venue\ncountry: paris\n",
    "places/loop-a.yml": "id: loop-a\nname: Loop A\nkind: region\ncountry: loop-b\n",
    "places/loop-b.yml": "id: loop-b\nname: Loop B\nkind: region\ncountry: loop-a\n",
    # No country of her own: her role says France.
    "people/lea-moreau.yml": """\
        id: lea-moreau
        name: Lea Moreau
        roles:
          - title: Foreign Minister
            country: france
        """,
    "sources/s2.md": "---\ntitle: Talks in Paris\npublished: 2024-04-01\n---\nText of the second release, long enough.\n",
    "documents/s2.yml": """\
        id: s2
        title: Talks in Paris
        published: 2024-04-01
        people: [lea-moreau, ana-souza]
        places: [elysee, germany]
        events:
          - id: talks
            type: talks
            date: 2024-03-30
            end_date: 2024-04-01
            place: elysee
            participants: [ana-souza]
          - id: alone
            type: address
            place: loop-a
            participants: []
        quotes:
          - id: q1
            text: Text of the second release
            speaker: lea-moreau
        """,
}


def test_cities_and_venues_count_for_their_country_and_places_named_in_passing_make_no_pair(tree):
    write_tree(tree, EXTRA)
    st = store.load(tree)
    assert st.problems == []
    cs = Countries(st)
    assert cs.of_place("elysee") == "france"
    assert cs.of_place("loop-a") is None  # a cycle of regions names no country
    assert cs.of_person("lea-moreau") == {"france"}
    rel = relationships(st)
    # s2 names Germany among its places, but no event, figure or person of it: no pair.
    assert set(rel) == {("brazil", "germany"), ("brazil", "france")}
    bf = rel[("brazil", "france")]
    assert [e.id for _, e in bf.events] == ["talks"]
    # A quote with no event goes to the release's pairs that hold the speaker's country.
    assert [(d.id, q.id) for d, q in bf.quotes] == [("s2", "q1")]
    assert [(d.id, q.id) for d, q in rel[("brazil", "germany")].quotes] == [("s1", "q1")]
    assert [d.id for d in rel[("brazil", "germany")].documents] == ["s1"]
    by_country = events_in_country(st)
    assert [e.id for _, e in by_country["france"]] == ["talks"]
    assert [e.id for _, e in by_country["germany"]] == ["meeting-2024-03-04"]


def test_pair_slug_is_unambiguous():
    assert pair_slug(("south-africa", "sudan")) == "south-africa--sudan"
    assert pair_slug(("south", "africa-sudan")) != pair_slug(("south-africa", "sudan"))
