"""A catalogue of bad records: each must give its exact `path:line: message` and exit 1.

Every case changes one file of the valid tree in conftest.py. The same messages come
from `communique check` and from the site build (see test_site_build.py).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from communique.cli import main
from conftest import FILES

PERSON = "id: ana-souza\nname: Ana Souza\n"
DOC = FILES["documents/s1.yml"]


def doc_with(old: str, new: str) -> str:
    import textwrap

    text = textwrap.dedent(DOC)
    assert old in text, old
    return text.replace(old, new, 1)


# (case id, file, new content (str or bytes, None deletes), expected line)
CASES = [
    # YAML syntax
    ("tab-indent", "people/ana-souza.yml", "id: ana-souza\nname: Ana\nroles:\n\t- title: X\n",
     "people/ana-souza.yml:4: YAML syntax error: tab characters are not allowed for indentation in YAML"),
    ("bad-indent", "people/ana-souza.yml", "id: ana-souza\n  name: Ana\n",
     "people/ana-souza.yml:2: YAML syntax error: mapping values are not allowed in this context"),
    ("unclosed-quote", "people/ana-souza.yml", 'id: ana-souza\nname: "Ana\n',
     "people/ana-souza.yml:2: YAML syntax error: the quote that opens here is never closed (found unexpected end of stream on line 3)"),
    ("duplicate-key", "people/ana-souza.yml", PERSON + "name: Other\n",
     "people/ana-souza.yml:3: duplicate key 'name' (first on line 2)"),
    ("python-tag", "people/ana-souza.yml", PERSON + "bio: !!python/object/apply:os.system [echo hi]\n",
     "people/ana-souza.yml:3: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
    ("custom-tag", "people/ana-souza.yml", PERSON + "bio: !secret x\n",
     "people/ana-souza.yml:3: YAML tag '!secret' is not allowed"),
    ("merge-key", "people/ana-souza.yml", "id: ana-souza\nname: Ana\n<<: {bio: x}\n",
     "people/ana-souza.yml:3: YAML merge keys (<<) are not allowed"),
    # every YAML syntax error class libyaml raises, at the line a person fixes
    ("unclosed-quote-mid-file", "documents/s1.yml", doc_with("published: 2024-03-05", 'published: "2024-03-05'),
     "documents/s1.yml:3: YAML syntax error: the quote that opens here runs on to line 38; is its closing quote missing? (did not find expected key on line 38)"),
    ("unclosed-single-quote", "people/ana-souza.yml", "id: ana-souza\nname: 'Ana\nbio: x\n",
     "people/ana-souza.yml:2: YAML syntax error: the quote that opens here is never closed (found unexpected end of stream on line 4)"),
    ("unclosed-list", "documents/s1.yml", doc_with("people: [ana-souza, karl-brandt]", "people: [ana-souza, karl-brandt"),
     "documents/s1.yml:4: YAML syntax error: the [ list that opens here is never closed (did not find expected ',' or ']' on line 5)"),
    ("unclosed-list-at-end", "people/ana-souza.yml", PERSON + "aliases: [Souza,\n",
     "people/ana-souza.yml:3: YAML syntax error: did not find expected node content at the end of the file"),
    ("unclosed-flow-mapping", "people/ana-souza.yml", "id: ana-souza\nname: Ana\nroles: [{title: FM\nbio: x\n",
     "people/ana-souza.yml:3: YAML syntax error: the { mapping that opens here is never closed (did not find expected ',' or '}' on line 4)"),
    ("list-missing-comma", "people/ana-souza.yml", "id: ana-souza\nname: Ana\naliases: [a: b: c]\n",
     "people/ana-souza.yml:3: YAML syntax error: did not find expected ',' or ']'"),
    ("extra-bracket", "people/ana-souza.yml", "id: ana-souza\nname: Ana\naliases: [Ana]]\n",
     "people/ana-souza.yml:3: YAML syntax error: did not find expected key"),
    ("key-without-colon", "people/ana-souza.yml", "id: ana-souza\nname: Ana\nbio Ana\ncountry: brazil\n",
     "people/ana-souza.yml:3: YAML syntax error: a key on this line has no ':' after it (could not find expected ':' on line 4)"),
    ("deindented-key", "documents/s1.yml", doc_with("      end: 80\n", "    end: 80\n"),
     "documents/s1.yml:17: YAML syntax error: this key is indented less than the keys around it (lines 16 and 18)"),
    ("deindented-list-key", "people/ana-souza.yml", PERSON + "roles:\n  - title: FM\n    country: brazil\n   from: 2023-01-01\n",
     "people/ana-souza.yml:6: YAML syntax error: did not find expected '-' indicator"),
    ("dash-in-mapping", "people/ana-souza.yml", PERSON + "- Souza\n",
     "people/ana-souza.yml:3: YAML syntax error: did not find expected key"),
    ("text-after-quote", "people/ana-souza.yml", 'id: ana-souza\nname: "Ana" Souza\n',
     "people/ana-souza.yml:2: YAML syntax error: did not find expected key"),
    ("block-text-deindented", "people/ana-souza.yml", PERSON + "bio: |\n  Line one\n Line two\ncountry: brazil\n",
     "people/ana-souza.yml:5: YAML syntax error: did not find expected key"),
    ("bad-escape", "people/ana-souza.yml", 'id: ana-souza\nname: "Ana \\q"\n',
     "people/ana-souza.yml:2: YAML syntax error: found unknown escape character"),
    ("reserved-character", "people/ana-souza.yml", PERSON + "bio: @handle\n",
     "people/ana-souza.yml:3: YAML syntax error: found character that cannot start any token"),
    ("control-character", "people/ana-souza.yml", PERSON + "bio: ring \x07 bell\n",
     "people/ana-souza.yml:3: YAML syntax error: character U+0007 is not allowed in YAML"),
    ("escaped-control-character", "people/ana-souza.yml", 'id: ana-souza\nname: "Ana\\u0000"\n',
     "people/ana-souza.yml:2: control character U+0000 in a value"),
    ("binary-tag", "people/ana-souza.yml", PERSON + "bio: !!binary aGk=\n",
     "people/ana-souza.yml:3: YAML tag 'tag:yaml.org,2002:binary' is not allowed"),
    ("bad-tag-syntax", "people/ana-souza.yml", PERSON + "bio: !<x y\n",
     "people/ana-souza.yml:3: YAML syntax error: did not find the expected '>'"),
    ("duplicate-directive", "people/ana-souza.yml", "%YAML 1.1\n%YAML 1.1\n---\n" + PERSON,
     "people/ana-souza.yml:2: YAML syntax error: found duplicate %YAML directive"),
    ("content-after-document-end", "people/ana-souza.yml", PERSON + "...\nbio: x\n",
     "people/ana-souza.yml:4: YAML syntax error: did not find expected <document start>"),
    ("flow-list-of-block-items", "people/ana-souza.yml", PERSON + "aliases: [\n- Souza\n]\n",
     "people/ana-souza.yml:4: YAML syntax error: did not find expected node content"),
    ("complex-key", "people/ana-souza.yml", PERSON + "? [a, b]\n: c\n",
     "people/ana-souza.yml:3: a key must be a plain scalar"),
    # resource bombs: refused from the event stream, before anything is expanded
    ("alias-bomb", "people/ana-souza.yml", PERSON + "".join(
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(9)),
     "people/ana-souza.yml:3: YAML anchors (&l0) are not allowed: write the value out"),
    ("alias-undefined", "people/ana-souza.yml", PERSON + "bio: *other\n",
     "people/ana-souza.yml:3: YAML aliases (*other) are not allowed: write the value out"),
    ("anchor-unused", "documents/s1.yml", doc_with("    type: meeting", "    type: &t meeting"),
     "documents/s1.yml:10: YAML anchors (&t) are not allowed: write the value out"),
    ("deep-flow-nesting", "people/ana-souza.yml", PERSON + "bio: " + "[" * 200_000 + "\n",
     "people/ana-souza.yml:3: nested more than 20 levels deep"),
    ("deep-block-nesting", "people/ana-souza.yml", PERSON + "roles:\n" + "- " * 50_000 + "x\n",
     "people/ana-souza.yml:4: nested more than 20 levels deep"),
    ("huge-list", "people/ana-souza.yml", PERSON + "aliases: [" + "a," * 300_000 + "]\n",
     "people/ana-souza.yml:3: more than 50,000 values in one file"),
    ("huge-value", "people/ana-souza.yml", PERSON + "bio: " + "x" * 1_500_000 + "\n",
     "people/ana-souza.yml:3: a value of 1,500,000 characters; the limit is 100,000"),
    ("many-documents", "people/ana-souza.yml", PERSON + "---\n" * 400_000,
     "people/ana-souza.yml:3: a second YAML document starts here; a record file holds one"),
    ("long-duplicate-key", "people/ana-souza.yml", PERSON + "k" * 1000 + ": 1\n" + "k" * 1000 + ": 2\n",
     "people/ana-souza.yml:4: duplicate key '" + "k" * 76 + "... (first on line 3)"),
    ("topic-own-parent", "topics/economy.yml", "id: economy\nlabel: Economy\nparent: economy\n",
     "topics/economy.yml:3: parent: topic 'economy' is its own ancestor"),
    ("source-unclosed-quote", "sources/s1.md", '---\ntitle: "T\npublished: 2024-03-05\n---\nBody text.\n',
     "sources/s1.md:2: YAML syntax error: the quote that opens here is never closed (found unexpected end of stream on line 4)"),
    ("not-a-mapping", "people/ana-souza.yml", "- id: ana-souza\n",
     "people/ana-souza.yml:1: a person record must be a mapping of keys to values"),
    ("empty-record", "people/ana-souza.yml", "\n",
     "people/ana-souza.yml:1: file is empty"),
    # types, keys, required fields
    ("list-as-string", "documents/s1.yml", doc_with("participants: [ana-souza, karl-brandt]", "participants: ana-souza"),
     "documents/s1.yml:13: events[0].participants: Input should be a valid list"),
    ("number-as-text", "documents/s1.yml", doc_with("value_low: 12000000000", "value_low: lots"),
     "documents/s1.yml:35: figures[0].value_low: Input should be a valid number, unable to parse string as a number"),
    ("unknown-key", "people/ana-souza.yml", PERSON + "nmae: Ana\n",
     "people/ana-souza.yml:3: unknown key 'nmae'"),
    ("unknown-nested-key", "documents/s1.yml", doc_with("    place: berlin\n", "    place: berlin\n    venue: x\n"),
     "documents/s1.yml:13: unknown key 'events[0].venue'"),
    ("missing-label", "topics/economy.yml", "id: economy\n",
     "topics/economy.yml:1: missing required key 'label'"),
    ("missing-event-type", "documents/s1.yml", doc_with("    type: meeting\n", ""),
     "documents/s1.yml:9: missing required key 'events[0].type'"),
    ("bad-enum", "documents/s1.yml", doc_with("type: meeting", "type: visitt"),
     "documents/s1.yml:10: events[0].type: Input should be 'visit', 'meeting', 'talks', 'address', 'exhibition', 'signing', 'press_conference', 'call', 'dinner', 'ceremony' or 'other'"),
    ("bad-place-kind", "places/berlin.yml", "id: berlin\nname: Berlin\nkind: town\n",
     "places/berlin.yml:3: kind: Input should be 'city', 'country', 'region' or 'venue'"),
    ("bad-wikidata", "people/karl-brandt.yml", "id: karl-brandt\nname: Karl Brandt\nwikidata: 42\n",
     "people/karl-brandt.yml:3: wikidata: Input should be a valid string"),
    ("bad-currency", "documents/s1.yml", doc_with("currency: EUR", "currency: euro"),
     "documents/s1.yml:37: figures[0].currency: String should match pattern '^[A-Z]{3}$'"),
    ("no-currency-or-unit", "documents/s1.yml", doc_with("    currency: EUR\n", ""),
     "documents/s1.yml:32: figures[0]: give currency (money) or unit (percent, count, ...)"),
    ("bad-period", "documents/s1.yml", doc_with('period: "2023"', "period: last year"),
     "documents/s1.yml:38: figures[0].period: String should match pattern '^(\\d{4}|FY\\d{4}-\\d{2}|FY\\d{4}|\\d{4}-\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2})$'"),
    # dates
    ("impossible-date", "documents/s1.yml", doc_with("published: 2024-03-05", "published: 2023-02-30"),
     "documents/s1.yml:3: invalid value '2023-02-30': day is out of range for month"),
    ("impossible-quoted-date", "documents/s1.yml", doc_with("published: 2024-03-05", 'published: "2023-02-30"'),
     "documents/s1.yml:3: published: Input should be a valid date or datetime, day value is outside expected range"),
    ("end-before-start", "documents/s1.yml", doc_with("    date: 2024-03-04\n    place", "    date: 2024-03-04\n    end_date: 2024-03-01\n    place"),
     "documents/s1.yml:9: events[0]: end_date 2024-03-01 is before date 2024-03-04"),
    ("role-to-before-from", "people/ana-souza.yml", PERSON + "roles:\n  - title: FM\n    from: 2024-01-01\n    to: 2023-01-01\n",
     "people/ana-souza.yml:6: roles[0]: 'to' 2023-01-01 is before 'from' 2024-01-01"),
    # numbers
    ("negative-value", "documents/s1.yml", doc_with("value_low: 12000000000", "value_low: -5"),
     "documents/s1.yml:35: figures[0].value_low: Input should be greater than or equal to 0"),
    ("infinite-value", "documents/s1.yml", doc_with("value_high: 12000000000", "value_high: .inf"),
     "documents/s1.yml:36: figures[0].value_high: Input should be a finite number"),
    ("inverted-range", "documents/s1.yml", doc_with("value_low: 12000000000", "value_low: 14000000000"),
     "documents/s1.yml:32: figures[0]: value_low 1.4e+10 is greater than value_high 1.2e+10"),
    # ids
    ("id-not-slug", "people/ana-souza.yml", "id: Ana Souza\nname: Ana Souza\n",
     "people/ana-souza.yml:1: id: String should match pattern '^[a-z0-9]+(?:[-_][a-z0-9]+)*$'"),
    ("id-not-file-name", "people/ana-souza.yml", "id: ana\nname: Ana Souza\n",
     "people/ana-souza.yml:1: id 'ana' does not match the file name 'ana-souza'"),
    ("duplicate-id", "people/ana-souza.yaml", PERSON,
     "people/ana-souza.yml:1: duplicate person id 'ana-souza' (also data/people/ana-souza.yaml)"),
    ("duplicate-event-id", "documents/s1.yml", doc_with("events:\n", "events:\n  - id: meeting-2024-03-04\n    type: other\n"),
     "documents/s1.yml:11: events[1]: duplicate id 'meeting-2024-03-04' in events"),
    # references
    ("dangling-participant", "documents/s1.yml", doc_with("participants: [ana-souza, karl-brandt]", "participants: [ana-souza, nobody]"),
     "documents/s1.yml:13: events[0].participants[1]: unknown person 'nobody'"),
    ("dangling-speaker", "documents/s1.yml", doc_with("speaker: ana-souza", "speaker: ghost"),
     "documents/s1.yml:22: quotes[0].speaker: unknown person 'ghost'"),
    ("dangling-topic", "documents/s1.yml", doc_with("dates: [2024-03-04]", "dates: [2024-03-04]\nsecret: 1").replace("secret: 1\n", "") .replace("    topics: [trade]\n    evidence:\n      start: 0", "    topics: [trad]\n    evidence:\n      start: 0"),
     "documents/s1.yml:14: events[0].topics[0]: unknown topic 'trad'"),
    ("dangling-place", "documents/s1.yml", doc_with("place: berlin", "place: bonn"),
     "documents/s1.yml:12: events[0].place: unknown place 'bonn'"),
    ("dangling-party", "documents/s1.yml", doc_with("parties: [brazil, germany]", "parties: [brazil, atlantis]"),
     "documents/s1.yml:34: figures[0].parties[1]: unknown place 'atlantis'"),
    ("dangling-quote-event", "documents/s1.yml", doc_with("event: meeting-2024-03-04", "event: dinner-1"),
     "documents/s1.yml:23: quotes[0].event: unknown event 'dinner-1' in this document"),
    ("dangling-parent", "topics/trade.yml", "id: trade\nlabel: Trade\nparent: commerce\n",
     "topics/trade.yml:3: parent: unknown topic 'commerce'"),
    ("parent-cycle", "topics/economy.yml", "id: economy\nlabel: Economy\nparent: trade\n",
     "topics/economy.yml:3: parent: topic 'economy' is its own ancestor"),
    ("dangling-country", "people/karl-brandt.yml", "id: karl-brandt\nname: Karl Brandt\ncountry: prussia\n",
     "people/karl-brandt.yml:3: country: unknown place 'prussia'"),
    ("dangling-role-org", "people/karl-brandt.yml", "id: karl-brandt\nname: Karl Brandt\nroles:\n  - title: Envoy\n    organization: league-of-nations\n",
     "people/karl-brandt.yml:5: roles[0].organization: unknown organization 'league-of-nations'"),
    ("dangling-doc-people", "documents/s1.yml", doc_with("people: [ana-souza, karl-brandt]", "people: [ana-souza, karl]"),
     "documents/s1.yml:4: people[1]: unknown person 'karl'"),
    ("document-without-source", "documents/s2.yml", "id: s2\ntitle: Orphan\n",
     "documents/s2.yml:1: no source data/sources/s2.md or .txt for this document"),
    # provenance
    ("evidence-moved", "documents/s1.yml", doc_with("start: 82\n      end: 104", "start: 81\n      end: 103"),
     "documents/s1.yml:30: quotes[0].evidence: evidence does not match the source: '\u201cOur trade will double' stands at 81-103; the exact text stands at 82-104"),
    ("evidence-past-end", "documents/s1.yml", doc_with("start: 118\n      end: 164", "start: 918\n      end: 964"),
     "documents/s1.yml:43: figures[0].evidence: evidence 918-964 is past the end of the source (166 characters); the exact text stands at 118-164"),
    ("evidence-length", "documents/s1.yml", doc_with("      end: 80\n", "      end: 79\n"),
     "documents/s1.yml:15: events[0].evidence: exact has 80 characters but end - start is 79"),
    ("quote-not-in-source", "documents/s1.yml", doc_with("text: Our trade will double,", "text: Our trade will triple,"),
     "documents/s1.yml:21: quotes[0].text: quote text is not in the source word for word"),
    # sources
    ("source-empty", "sources/s1.md", "",
     "sources/s1.md:1: file is empty"),
    ("source-no-body", "sources/s1.md", "---\ntitle: T\n---\n\n",
     "sources/s1.md:4: source has no text"),
    ("source-binary", "sources/s1.md", b"\x89PNG\r\n\x1a\n\x00\x00",
     "sources/s1.md:3: binary file (NUL byte)"),
    ("source-not-utf8", "sources/s1.md", "Line one\nCaf\u00e9".encode("latin-1"),
     "sources/s1.md:2: not UTF-8: byte 0xe9 at offset 12"),
    ("source-bad-front-matter", "sources/s1.md", "---\ntitle: T\npublishd: 2024-01-01\n---\nBody text.\n",
     "sources/s1.md:3: unknown key 'publishd'"),
    ("source-bad-date", "sources/s1.md", "---\ntitle: T\npublished: 2024-13-01\n---\nBody text.\n",
     "sources/s1.md:3: invalid value '2024-13-01': month must be in 1..12"),
    ("source-javascript-url", "sources/s1.md", "---\ntitle: T\nurl: javascript:alert(1)\n---\nBody text.\n",
     "sources/s1.md:3: url: String should match pattern '^https?://\\S+$'"),
    ("event-id-path", "documents/s1.yml", doc_with("  - id: meeting-2024-03-04\n    type: meeting", "  - id: ../../etc/passwd\n    type: meeting"),
     "documents/s1.yml:9: events[0].id: String should match pattern '^[a-z0-9]+(?:[-_][a-z0-9]+)*$'"),
    ("source-name-not-slug", "sources/My Release.md", "Text.\n",
     "sources/My Release.md:1: source name 'My Release' is not a slug (lowercase letters, digits, - and _)"),
    ("stray-file", "people/notes.txt", "remember to add people\n",
     "people/notes.txt:1: unexpected file in people/ (expected .yml)"),
]


def run_check(root: Path, capsys) -> tuple[int, list[str]]:
    cwd = os.getcwd()
    os.chdir(root.parent)
    try:
        code = main(["check", root.name])
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out.splitlines()
    return code, out


def apply_case(tree: Path, rel: str, content) -> None:
    path = tree / rel
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("case,rel,content,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_record_is_reported_with_file_and_line(tree, capsys, case, rel, content, expected):
    apply_case(tree, rel, content)
    code, out = run_check(tree, capsys)
    assert code == 1
    assert "data/" + expected in out, "\n".join(out)


@pytest.mark.parametrize("case,rel,content,expected", CASES, ids=[c[0] for c in CASES])
def test_the_site_build_reports_the_same_line(tree, case, rel, content, expected):
    from mkdocs.exceptions import PluginError

    from communique.site.plugin import load_or_fail

    apply_case(tree, rel, content)
    with pytest.raises(PluginError) as err:
        load_or_fail(tree)
    lines = [line.replace(f"{tree.parent}/", "") for line in str(err.value).splitlines()]
    assert "data/" + expected in lines


def test_a_symlink_out_of_the_data_folder_is_refused(tree, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for publication\n")
    (tree / "sources" / "leak.md").symlink_to(secret)
    code, out = run_check(tree, capsys)
    assert code == 1 and "data/sources/leak.md:1: symbolic link to a file outside the data folder" in out


def test_source_of_50_mb_is_refused_without_reading_it(tree, capsys):
    with open(tree / "sources" / "big.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the size check must come before reading
    code, out = run_check(tree, capsys)
    assert code == 1
    assert "data/sources/big.txt:1: file is 52,428,800 bytes; the limit is 5,000,000" in out


def test_a_broken_source_does_not_also_orphan_its_document(tree, capsys):
    (tree / "sources" / "s1.md").write_text("")
    code, out = run_check(tree, capsys)
    assert out == ["data/sources/s1.md:1: file is empty"]


def test_every_problem_is_reported_not_just_the_first(tree, capsys):
    (tree / "people" / "karl-brandt.yml").write_text("id: karl-brandt\nname: K\nnmae: x\n")
    (tree / "topics" / "trade.yml").write_text("id: trade\n")
    code, out = run_check(tree, capsys)
    assert code == 1
    assert "data/people/karl-brandt.yml:3: unknown key 'nmae'" in out
    assert "data/topics/trade.yml:1: missing required key 'label'" in out


def test_catalogue_is_large_enough():
    assert len(CASES) >= 92


def test_searching_a_huge_source_for_thousands_of_quotes_is_bounded(tree, capsys):
    # 4.9 MB of one letter, and 2,000 quotes that almost match it: each search is the slow
    # case of str.find. Unbounded, checking this took over a minute.
    (tree / "sources" / "s2.md").write_text("a" * 4_900_000 + "\n")
    quotes = "".join(f"  - id: q{i}\n    text: {'a' * 150}b{i}\n" for i in range(2000))
    (tree / "documents" / "s2.yml").write_text(f"id: s2\ntitle: Big\nquotes:\n{quotes}")
    code, out = run_check(tree, capsys)
    assert code == 1
    assert ("data/documents/s2.yml:1: too many records without matching evidence to verify against a source "
            "of 4,900,001 characters; give them evidence") in out
    assert "data/documents/s2.yml:5: quotes[0].text: quote text is not in the source word for word" in out
