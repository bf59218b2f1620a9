"""Shared fixtures: a small valid knowledge base written from scratch for each test."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

SOURCE_BODY = (
    "Foreign Minister Ana Souza met Chancellor Karl Brandt in Berlin on 4 March 2024.\n"
    "\u201cOur trade will double,\u201d Souza said.\n"
    "Bilateral trade reached EUR 12 billion in 2023.\n"
)

FILES = {
    "sources/s1.md": "---\ntitle: Minister visits Berlin\npublished: 2024-03-05\nlanguage: en\n---\n" + SOURCE_BODY,
    "people/ana-souza.yml": """\
        id: ana-souza
        name: Ana Souza
        aliases: [Souza]
        country: brazil
        roles:
          - title: Foreign Minister
            country: brazil
            from: 2023-01-01
        """,
    "people/karl-brandt.yml": """\
        id: karl-brandt
        name: Karl Brandt
        country: germany
        """,
    "topics/trade.yml": """\
        id: trade
        label: Trade
        keywords: [trade, exports]
        parent: economy
        """,
    "topics/economy.yml": """\
        id: economy
        label: Economy
        """,
    "places/brazil.yml": "id: brazil\nname: Brazil\nkind: country\n",
    "places/germany.yml": "id: germany\nname: Germany\nkind: country\naliases: [German]\n",
    "places/berlin.yml": "id: berlin\nname: Berlin\nkind: city\ncountry: germany\n",
    "organizations/brics.yml": "id: brics\nname: BRICS\ncountry: null\n",
    "documents/s1.yml": """\
        id: s1
        title: Minister visits Berlin
        published: 2024-03-05
        people: [ana-souza, karl-brandt]
        places: [berlin, germany, brazil]
        topics: [trade]
        dates: [2024-03-04]
        events:
          - id: meeting-2024-03-04
            type: meeting
            date: 2024-03-04
            place: berlin
            participants: [ana-souza, karl-brandt]
            topics: [trade]
            evidence:
              start: 0
              end: 80
              exact: Foreign Minister Ana Souza met Chancellor Karl Brandt in Berlin on 4 March 2024.
        quotes:
          - id: q1
            text: Our trade will double,
            speaker: ana-souza
            event: meeting-2024-03-04
            channel: statement
            date: 2024-03-04
            topics: [trade]
            evidence:
              start: 82
              end: 104
              exact: Our trade will double,
        figures:
          - id: f1
            metric: bilateral trade
            parties: [brazil, germany]
            value_low: 12000000000
            value_high: 12000000000
            currency: EUR
            period: "2023"
            period_text: in 2023
            evidence:
              start: 118
              end: 164
              exact: Bilateral trade reached EUR 12 billion in 2023
        """,
}


def write_tree(root: Path, files: dict[str, str] | None = None) -> Path:
    for rel, text in (files or FILES).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "data")
