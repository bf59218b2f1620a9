"""Date ranges, titles on a day, and which pages count as backlinks."""
from __future__ import annotations

import datetime as dt

from communique.model import Person, Role
from communique.site.labels import backlink_groups, date_range, office_kind, office_kinds, title_at

D = dt.date


def test_date_ranges_say_each_part_once():
    assert date_range(D(2024, 3, 4), None) == "4 March 2024"
    assert date_range(D(2024, 3, 4), D(2024, 3, 4)) == "4 March 2024"
    assert date_range(D(2024, 3, 4), D(2024, 3, 8)) == "4\u20138 March 2024"
    assert date_range(D(2024, 3, 30), D(2024, 4, 1)) == "30 March \u2013 1 April 2024"
    assert date_range(D(2023, 12, 30), D(2024, 1, 2)) == "30 December 2023 \u2013 2 January 2024"
    assert date_range(None, None) == "undated"


def test_title_on_a_day_follows_the_roles_dates():
    p = Person(id="x", name="X", roles=[
        Role(title="Trade Minister", start=D(2019, 1, 1), end=D(2022, 6, 30)),
        Role(title="Foreign Minister", start=D(2022, 7, 1)),
        Role(title="Party Chair")])
    assert title_at(p, D(2020, 5, 1)) == "Trade Minister"
    assert title_at(p, D(2023, 5, 1)) == "Foreign Minister"
    assert title_at(p, None) == "Party Chair"  # no day: the last current role
    assert title_at(Person(id="y", name="Y"), D(2023, 1, 1)) == ""


def test_backlinks_keep_content_pages_grouped_by_kind():
    got = backlink_groups(["index.md", "people/index.md", "dates/2024-03-04.md", "topics/trade.md",
                           "events/s1/meeting.md", "sources/s1.md", "people/karl.md", "sources/s0.md",
                           "relations/brazil--germany.md", "places/berlin.md", "sources/s1.md"])
    assert got == [("Releases", ["sources/s0.md", "sources/s1.md"]), ("Events", ["events/s1/meeting.md"]),
                   ("People", ["people/karl.md"])]


def test_office_kinds_sort_titles_for_the_people_filter():
    kinds = {t: office_kind(t) for t in (
        "President", "Prime Minister", "Acting President", "Chancellor", "Deputy Prime Minister", "Vice President",
        "Foreign Minister", "Minister of State for External Affairs", "Secretary of State", "Ambassador",
        "Ambassador to India", "High Commissioner", "Special Envoy for Climate", "Foreign Secretary",
        "Chancellor of the Exchequer", "Spokesperson")}
    assert kinds == {
        "President": "head", "Prime Minister": "head", "Acting President": "head", "Chancellor": "head",
        "Deputy Prime Minister": "minister", "Vice President": "official", "Foreign Minister": "minister",
        "Minister of State for External Affairs": "minister", "Secretary of State": "minister",
        "Ambassador": "envoy", "Ambassador to India": "envoy", "High Commissioner": "envoy",
        "Special Envoy for Climate": "envoy", "Foreign Secretary": "official",
        "Chancellor of the Exchequer": "official", "Spokesperson": "official"}
    p = Person(id="x", name="X", roles=[Role(title="Ambassador"), Role(title="Foreign Minister")])
    assert office_kinds(p) == ["minister", "envoy"]  # every office held, in a fixed order
    assert office_kinds(Person(id="y", name="Y")) == []
