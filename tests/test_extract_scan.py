"""Fast paths in extraction (extract/scan.py, quote marks) give exactly what the plain scans give."""
from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest

import random

from communique.extract import counts, dates, events, figures, kb, people, quotes
from communique.extract import scan
from communique.extract.scan import Windows, for_string, lead_checked, search_last_word
from communique.extract.text import Text

EXTRACTION = Path(__file__).parent / "extraction"


def _texts() -> list[str]:
    # Synthetic test documents and the real ones that are not held out.
    real = EXTRACTION / "real"
    held = {ln.strip().removesuffix(".txt") for f in real.glob("HELDOUT*.txt") for ln in f.read_text().splitlines() if ln.strip()}
    paths = sorted((EXTRACTION / "docs").iterdir()) + sorted(p for p in (real / "docs").iterdir() if p.stem not in held)
    return [Text(p.read_text(encoding="utf-8")).clean for p in paths]


TEXTS = _texts()


def _patterns() -> dict[str, re.Pattern]:
    found = {f"trigger {i} {t}": p for i, (t, p, *_) in enumerate(events.TRIGGERS)}
    for mod in (events, dates, figures, counts, people):
        for k, v in vars(mod).items():
            if isinstance(v, re.Pattern):
                found[f"{mod.__name__}.{k}"] = v
            elif isinstance(v, (list, tuple)):  # dates._PATTERNS
                found |= {f"{mod.__name__}.{k}[{i}]": p for i, p in enumerate(v) if isinstance(p, re.Pattern)}
    found |= {f"figures._METRIC_RES {name}": p for name, p in figures._METRIC_RES}  # (run as twins or lead-checked)
    return found


PATTERNS = _patterns()


def _found(pattern: re.Pattern, text: str, a: int, b: int) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text, a, b)]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_lead_checked_pattern_finds_the_same_matches_on_every_line(name):
    pattern = PATTERNS[name]
    fast = lead_checked(pattern)
    assert fast.groupindex == pattern.groupindex and fast.groups == pattern.groups
    for text in TEXTS:
        for ln in Windows.by_line(text).lines:
            assert _found(fast, text, ln.start, ln.end) == _found(pattern, text, ln.start, ln.end), (name, text[ln.start:ln.end])


def test_lead_check_applies_to_the_event_triggers():
    rewritten = [t for t, p, *_ in events.TRIGGERS if lead_checked(p) is not p]
    assert {"meeting", "other", "call", "signing"} <= set(rewritten)


@pytest.mark.parametrize("source, flags", [
    (r"\bfoo|bar", 0),  # one branch may start anywhere
    (r"\b.+day", 0),  # any character can start it
    (r"\b(?:x)?", 0),  # can match nothing
    (r"foo\b", 0),
    (r"(?a:\b)caf", 0),  # a \b of another kind than the wrapper's
    (r"(?x)\b foo  # comment", 0),
    (r"(?<![\w.])\$\d", 0),  # a look-behind refusing a word before "$": no boundary there
    (r"(?<![.,])\d+", 0),  # a look-behind that lets a word character stand before
    (r"(?<![\w.])\d+|\d+%", 0),  # one branch unguarded
])
def test_lead_check_leaves_patterns_it_cannot_prove(source, flags):
    pattern = re.compile(source, flags)
    fast = lead_checked(pattern)
    # No word boundary where none can be shown; at most a look-ahead for the first characters.
    assert fast is pattern or (fast.pattern.startswith("(?=(?i:[") and fast.pattern.endswith("]))(?:" + source + ")"))


@pytest.mark.parametrize("source, flags, text", [
    (r"(?<![\w.])\$\d", 0, "a $5, x$6, .$7, $8"),
    (r"\bfoo|bar", 0, "foo, afoo, bar, abar, FOO"),
    (r"(?<![\w$])(?:US\$|USD|Rs\.?|\$)\s?\d+", re.IGNORECASE, "US$ 5, usd 6, rs. 7, $8, x$9, RS10"),
    (r"['\u2019]ll\b|\b(?:will|shall)\b", re.IGNORECASE, "we\u2019ll, WILL, shall, \u017fhall"),  # (the long s is an s)
])
def test_first_character_check_finds_the_same_matches(source, flags, text):
    pattern = re.compile(source, flags)
    fast = lead_checked(pattern)
    assert fast is not pattern and fast.pattern.startswith("(?=(?i:[")
    assert _found(fast, text, 0, len(text)) == _found(pattern, text, 0, len(text))
    assert _found(pattern, text, 0, len(text))


@pytest.mark.parametrize("source, flags", [
    (r"foo\b", 0),  # re skips to the literal "foo" itself
    (r"[\u201c\"]\w+", 0),  # ... or to a class of first characters
])
def test_first_character_check_leaves_patterns_re_skips_through(source, flags):
    pattern = re.compile(source, flags)
    assert lead_checked(pattern) is pattern


@pytest.mark.parametrize("source, flags, text", [
    (r"\bkelvin\b", re.IGNORECASE, "ten \u212aelvin and kelvin"),  # Kelvin sign folds to k
    (r"\bstra(?:ss|\u00df)e", re.IGNORECASE, "\u017ftrasse, Strasse, stra\u00dfe"),  # long s folds to s
    (r"\b(?-i:Council)\s+votes?|\bvoted\b", re.IGNORECASE, "the Council votes; COUNCIL voted; council VOTES"),
    (r"(?<!courtesy )\bcall\s+with\b|\bmet\b", re.IGNORECASE, "a courtesy call with her; a call with him; they MET"),
    (r"\b[2-4]\d?-day\b", 0, "a 3-day and a 25-day visit, not 9-day"),
    (r"(?<![\w.,])\d+(?:\.\d+)?\s?%", 0, "5% a5% x.5% ,7% (8.5 %) 9%"),  # a word start after a non-word
    (r"\b\d+\s+(?:days|weeks)", 0, "in 3 days, \u0663 weeks, \u0968\u0966 days"),  # any decimal digit is a \d
    (r"\b(?:\w+-day|state)\s+visit", re.IGNORECASE, "a two-day visit, 3-day  visit, \u00e9t\u00e9-day visit, State visit"),  # \w: at word starts
    (r"(?<![\w.])\w+-nation", 0, "a five-nation tour, .x-nation, _-nation"),
])
def test_lead_checked_keeps_case_folding_and_lookbehinds(source, flags, text):
    pattern = re.compile(source, flags)
    fast = lead_checked(pattern)
    assert fast is not pattern
    assert _found(fast, text, 0, len(text)) == _found(pattern, text, 0, len(text))
    assert _found(pattern, text, 0, len(text))


def _around_by_find(win: Windows, keywords, before: int, after: int) -> list[tuple[int, int]]:
    """Windows.around as it was written first: a find per keyword."""
    raw = []
    for kw in keywords:
        i = win.text.find(kw)
        while i != -1:
            k = bisect.bisect_right(win._starts, i) - 1
            if k >= 0 and i < win._ends[k]:
                raw.append((max(win._starts[k], i - before), min(win._ends[k], i + len(kw) + after)))
            i = win.text.find(kw, i + 1)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(raw):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@pytest.mark.parametrize("keywords, before, after", [
    (people._TITLE_KEYS, 80, 60),
    (people._HONORIFIC_KEYS, 2, 12),
    (("Prime Minister", "Minister", "Min", "Ministers", "Secretary", "Sec"), 5, 3),  # keywords inside keywords
    (("Mr", "Mrs", "Ms", "Dr"), 0, 0),
    (people._LOWER_KEYS, 30, 1),  # lowercase, with the space before
])
def test_around_in_one_pass_gives_the_spans_of_a_find_per_keyword(keywords, before, after):
    texts = TEXTS + ["Prime Ministers Secretary-General Mrs Min\n\n  Minister\nMinisterial Sec. Mr. Dr.Mrs",
                     "the prime minister  minister ministers\n head of the king  queen"]
    for text in texts:
        for win in (Windows.by_line(text), Windows.whole(text)):
            assert win.around(keywords, before, after, case=True) == _around_by_find(win, keywords, before, after)


def test_opening_straight_marks_are_found_as_by_looking_back_first():
    # The pattern as first written: what stands before the mark checked before the mark.
    plain = re.compile(r'(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))"(?=\S)', re.MULTILINE)
    rng = random.Random(7)
    alphabet = ['"', '"', " ", "\n", "(", "[", "\u2014", "\u2013", "-", "a", "B", ".", "\t"]
    samples = ['"We"', '\n"x', '("a")', 'a"b', '" "', '""a', "-\"a\u2014\"b"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in samples:
        assert quotes._OPENING_STRAIGHT.sub("\u201c", text) == plain.sub("\u201c", text), text
    assert quotes.pair_marks('He said "we agree" and "more".') == "He said \u201cwe agree\u201d and \u201cmore\u201d."


@pytest.mark.parametrize("name", [name for name, _ in figures.METRICS])
def test_every_metric_match_holds_one_of_its_words(name):
    pattern = dict(figures._METRIC_RES)[name]
    words = [w for text in TEXTS for w in re.findall(r"[A-Za-z-]+", text)]
    samples = TEXTS + [" ".join(words[i : i + 3]) for i in range(0, len(words), 2)]
    samples += ["Bilateral TRADE", "two-way trade", "FDI", "reexports", "Shipments", "lines of credit",
                "credit line", "donation", "GDP", "gross domestic product", "orders", "agreement worth",
                "grown", "growth", "increased", "surged", "jumped", "declines", "dropped", "rises"]
    for text in samples:
        if text.isascii() and pattern.search(text):
            assert any(k in text.lower() for k in figures.METRIC_KEYS[name]), (name, text)


def test_capitalised_runs_are_found_as_without_the_boundary_check():
    plain = re.compile(r"(?<![\w'\u2019.-])[^\W\d_a-z][\w\u2019'-]*(?:[ \t]+[^\W\d_a-z][\w\u2019'-]*)+")
    rng = random.Random(3)
    alphabet = ["A", "b", "\u00c9", "\u00e9", "1", "_", " ", "\t", "'", "\u2019", ".", "-", "\n", "Ma"]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in samples:
        assert [m.span() for m in people._CAP_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_last_word_is_what_the_pattern_finds():
    from communique.extract.text import _LAST_WORD, last_word
    rng = random.Random(5)
    alphabet = ["a", "Z", ".", ".", " ", "1", "\u00e9", "!", "-", "\n", "Mr", "U.S"]
    samples = ["Mr.", "U.S.", "a. b.", "..x.", "R. K.", "etc.", "1990.", "caf\u00e9.", "e.g.", ".", "!", "x!"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(4000)]
    for text in samples:
        for a in range(len(text) + 1):
            m = _LAST_WORD.search(text, a, len(text))
            assert last_word(text, a, len(text)) == (m.group(1) if m else ""), (text, a)


def _lines_with(win: Windows, keywords) -> list[tuple[int, int]]:
    """Windows.spans_with as first written: every line where some keyword starts."""
    low = win.text.lower()
    return [(a, b) for a, b in zip(win._starts, win._ends)
            if any(low.find(kw, a, b + len(kw) - 1 if kw else b) != -1 for kw in keywords)]


@pytest.mark.parametrize("keywords", [counts.WORD_KEYS, dates._RELATIVE_KEYS, *events.KEYS.values(),
                                      ("seven", "seventy", "even"), ("ab", "ab", "abc")])
def test_spans_with_finds_the_lines_holding_a_keyword(keywords):
    for text in TEXTS + ["seventy\n\nseven even\nabc\n  ab  "]:
        win = Windows.by_line(text)
        assert win.spans_with(keywords) == _lines_with(win, keywords)


def test_spans_with_stays_right_as_new_keywords_are_asked_for():
    # The keywords of every pattern share one automaton, rebuilt when a set brings new ones:
    # a text read before a rebuild is read again for them, and "" is found on every line.
    rng = random.Random(17)
    alphabet = ["ab", "ba", "a", "b", "c", " ", "\n", "\n\n", "AB", "\u00e9", "x-y"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    wins = [Windows.by_line(t) for t in texts]
    for _ in range(60):
        keywords = tuple(rng.sample(["ab", "ba", "abab", "b a", "c", "cab", f"q{rng.randint(0, 9**6)}", "\u00e9", "x-", ""],
                                    rng.randint(1, 4)))
        for win in rng.sample(wins, 40) + [Windows.by_line(rng.choice(texts))]:
            assert win.spans_with(keywords) == _lines_with(win, keywords), (win.text, keywords)


def test_spans_with_keeps_every_line_a_pattern_ignoring_case_can_match():
    # re.IGNORECASE takes "\u017f" for "s" and "\u0131" for "i", which lowercasing does not,
    # and lowercasing "\u0130" gives two characters: the keyword's lines must still be found.
    for text, keyword in [("The Minister al\u017fo attended.\nNothing here", "also"),
                          ("\u0130\u0130\u0130\u0130\u0130\u0130\nab\nno", "ab"), ("V\u0131sit\nother", "visit")]:
        win = Windows.by_line(text)
        starts = re.compile("(?=" + re.escape(keyword) + ")", re.IGNORECASE)
        holding = [(a, b) for a, b in zip(win._starts, win._ends) if (m := starts.search(text, a)) and m.start() < b]
        assert holding and set(holding) <= set(win.spans_with((keyword,))), text


@pytest.mark.parametrize("source, flags, keywords, proven", [
    (r"\b(?:was|were)\s+also\b|\brepresented\s+the\b", re.I, ("also", "present"), True),
    (r"\b(?:was|were)\s+also\b|\brepresented\s+the\b", re.I, ("also",), False),
    (r"(?P<x>aB(?:c|d))+", 0, ("ab",), True),
    (r"(?:abc)?d", 0, ("abc",), False),  # optional
    (r"a\s+b", 0, ("a b",), False),  # a space in the text is not a letter of the pattern
    (r"(?:abc)*x", 0, ("abc",), False),
    (r"(?-i:ABC)x", re.I, ("abc",), True),
])
def test_reads_one_of_shows_only_what_every_match_reads(source, flags, keywords, proven):
    from communique.extract.scan import reads_one_of
    assert reads_one_of(re.compile(source, flags), keywords) is proven


def test_every_match_of_an_event_pattern_holds_a_word_of_its_types_narrower_set():
    # events.NARROWER lets a trigger pattern skip lines holding only its type's common words
    # ("tourism", "joint", "exchanged views"); that keeps its matches only if every way through
    # the pattern reads one of the set's words.
    from communique.extract.scan import reads_one_of
    for etype, pattern, *_ in events.TRIGGERS:
        if etype in events.NARROWER:
            assert reads_one_of(pattern, events.NARROWER[etype]), f"a way through a {etype} pattern reads none of NARROWER[{etype!r}]"


def test_finditer_with_a_second_set_reads_only_lines_holding_a_word_of_each():
    win = Windows.by_line("They toured the fair.\nTourism grew.\nA museum tour.\nThe museum.")
    pattern = re.compile(r"tour\w*", re.IGNORECASE)
    assert [m.group() for m in win.finditer(pattern, ("tour",))] == ["toured", "Tourism", "tour"]
    assert [m.group() for m in win.finditer(pattern, ("tour",), also=("fair", "museum"))] == ["toured", "tour"]
    # and the same matches as without it, for the event patterns, on every text
    for text in TEXTS:
        win = Windows.by_line(text)
        for etype, pattern, *own in events.TRIGGERS:
            keys = own[0] if own else events.KEYS[etype]
            also = events.NARROWER.get(etype, ())
            assert [m.span() for m in win.finditer(pattern, keys, also=also)] == [m.span() for m in win.finditer(pattern, keys)]


def test_month_and_between_patterns_read_a_word_of_their_second_sets():
    from communique.extract.scan import reads_one_of
    for pattern in [*dates._PATTERNS[2:], dates._MONTH_YEAR]:
        assert reads_one_of(pattern, dates._MONTHS_AS_WRITTEN, case=True), pattern.pattern[:60]
    assert all(reads_one_of(p, ("between",)) for p in (figures.BETWEEN, figures.BETWEEN_PERCENT))


@pytest.mark.parametrize("source, flags, keywords, proven", [
    (r"\b(?:Mar|Apr|MAR)\s+\d+", 0, ("Mar", "Apr", "MAR"), True),
    (r"\b(?:Mar|Apr|MAR)\s+\d+", 0, ("Mar", "Apr"), False),  # "MAR 3" reads no "Mar"
    (r"\bMar\s+\d+", re.IGNORECASE, ("Mar", "MAR"), False),  # "mar 3" too
    (r"\b(?i:Mar)\s+\d+", 0, ("Mar", "MAR"), False),
    (r"\b(?-i:Mar)\s+\d+", re.IGNORECASE, ("Mar",), False),  # (the pattern ignores case: not shown)
])
def test_reads_one_of_as_written_refuses_what_ignores_case(source, flags, keywords, proven):
    from communique.extract.scan import reads_one_of
    assert reads_one_of(re.compile(source, flags), keywords, case=True) is proven


def test_spans_with_written_finds_the_lines_holding_a_keyword_as_written():
    text = "maritime summary\nOn 3 Mar 2020\nMAR 4\nmar 5 and mars\nAmarMAR"
    win = Windows.by_line(text)
    lines = list(zip(win._starts, win._ends))
    assert win.spans_with_written(("Mar",)) == [lines[1]]
    assert win.spans_with_written(("Mar", "MAR")) == [lines[1], lines[2], lines[4]]
    assert win.spans_with(("mar",)) == lines
    # Where lowercasing moves the text, every line is read (as spans_with does).
    assert Windows.by_line("\u0130\u0130 x\nnothing").spans_with_written(("Mar",)) == [(0, 4), (5, 12)]
    for text in TEXTS:
        win = Windows.by_line(text)
        for pattern in [*dates._PATTERNS[2:], dates._MONTH_YEAR]:
            assert ([m.span() for m in win.finditer(pattern, scan_month_keys(), also=dates._MONTHS_AS_WRITTEN, also_as_written=True)]
                    == [m.span() for m in win.finditer(pattern, scan_month_keys())])


def scan_month_keys():
    from communique.extract.scan import MONTH_KEYS
    return MONTH_KEYS


def _sentences_plain(t: Text) -> list:
    """Text.sentences as first written: the stop pattern run on every paragraph."""
    from communique.extract.text import _ABBREV, _INITIALS, _OPENER, _SENT_END, Span, last_word
    out = []
    for para in t.lines:
        start = para.start
        for m in _SENT_END.finditer(t.clean, para.start, para.end):
            token = last_word(t.clean, max(start, m.start() - 40), m.start() + 1).lower().rstrip(".")
            if m.group().startswith(".") and (token in _ABBREV or (len(token) == 1 and token.isalpha())
                                              or (_INITIALS.fullmatch(token) and not _OPENER.match(t.clean, m.end()))):
                continue
            out.append(Span(start, m.end()))
            start = m.end()
            while start < para.end and t.clean[start].isspace():
                start += 1
        if start < para.end:
            out.append(Span(start, para.end))
    return out


def test_sentences_skip_the_stop_pattern_only_where_no_stop_can_end_one():
    samples = ["One line.\nTwo. Three!\nFour?  Five\n", "He said \u201cyes.\u201d Then left.", "x.\" Next one", "Mr. Li met. U.S. Army",
               "No stop at all\n\n  Indented. Next  \n", "A.\nB!\nWhat?", "Ends with stops...", "Q. Who?"]
    for raw in samples + TEXTS:
        t = Text(raw)
        assert t.sentences == _sentences_plain(t), raw[:80]


def test_a_line_without_the_keywords_is_skipped_only_where_no_match_can_stand():
    from communique.extract.pipeline import _JOINS, _JOINS_KEYS
    from communique.extract.scan import reads_one_of
    assert reads_one_of(_JOINS, _JOINS_KEYS), "a new way through _JOINS reads none of _JOINS_KEYS: add its word"
    samples = TEXTS + ["He was also present.\nThey were present at the occasion.", "X represented his country",
                       "Nothing to see\nX ALSO attended the talks", "al\u017fo attended"]
    for text in samples:
        win = Windows.by_line(text)
        for a, b in zip(win._starts, win._ends):
            if _JOINS.search(text, a, b):
                assert win.may_match(_JOINS, _JOINS_KEYS, a), text[a:b]


def test_may_match_in_keeps_the_items_may_match_keeps():
    from communique.extract.pipeline import _JOINS, _JOINS_KEYS
    from communique.extract.text import Text
    samples = TEXTS + ["He was also present. Nothing else.\n\nThey met. They were present at the occasion.",
                       "Nothing to see\nX ALSO attended the talks", "al\u017fo attended", ""]
    for text in samples:
        win, sentences = Windows.by_line(text), Text(text).sentences
        kept = win.may_match_in(_JOINS, _JOINS_KEYS, sentences)
        assert kept == [sn for sn in sentences if win.may_match(_JOINS, _JOINS_KEYS, sn.start)], text
    some = Text("He was also present. Nothing else.\nNo one came.").sentences
    assert Windows.by_line("He was also present. Nothing else.\nNo one came.").may_match_in(_JOINS, _JOINS_KEYS, some) == some[:2]


def test_unpossessive_removes_what_the_possessive_pattern_did():
    possessive = re.compile(r"['\u2019]s$")
    for word in ["India's", "India\u2019s", "Jones'", "Jones", "s", "'s", "O's", "Ma's.", "its", "It'S"]:
        assert people._unpossessive(word) == possessive.sub("", word)


def test_capitalised_words_are_found_as_by_looking_back_first():
    from communique.extract.scan import CAPITALISED as _CAPITALISED
    plain = re.compile(r"(?<![\w'\u2019.-])[^\W\d_a-z][\w'\u2019.-]*\w|(?<![\w'\u2019.-])[^\W\d_a-z]")
    rng = random.Random(11)
    alphabet = ["A", "b", "\u00c9", "\u00e9", "1", "_", " ", "'", "\u2019", ".", "-", "\n", "\u0130", "Q."]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        assert [m.span() for m in _CAPITALISED.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [m.span() for m in _CAPITALISED.finditer(text, 3)] == [m.span() for m in plain.finditer(text, 3)], text


def test_gazetteers_sharing_one_scan_find_what_each_finds_alone():
    from communique.extract.gazetteer import Gazetteer, share_scan
    entries = [
        [("India", "in"), ("New Delhi", "nd"), ("US", "us"), ("United States", "us"), ("Delhi", "d")],
        [("United Nations", "un"), ("UN", "un"), ("IT Ministry", "itm"), ("New Development Bank", "ndb")],
        [("trade", "trade"), ("it", "it-word"), ("new", "new"), ("united", "u"), ("development bank", "db"),
         ("trade and investment", "ti"), ("trade deal", "td"), ("t", "t")],
    ]
    shared = [Gazetteer(e) for e in entries]
    alone = [Gazetteer(e) for e in entries]
    share_scan(*shared)
    rng = random.Random(13)
    words = ["India", "New", "Delhi", "new", "delhi", "US", "us", "United", "States", "Nations", "UN", "IT", "it",
             "Ministry", "Development", "Bank", "trade", "&", "-", ",", "Indian", "\u0130stanbul",
             "and", "investment", "deal", "trades", "trade_", "trade2", "tradé", "T", "t", "\u00b2", "&trade", "\n",
             "_trade", "2trade", "étrade", "x.trade"]
    samples = TEXTS + [rng.choice(("", " ", "-")).join(rng.choice(words) for _ in range(rng.randint(0, 12)))
                       for _ in range(4000)]
    for text in samples:
        for g, h in zip(shared, alone):
            assert g.find(text) == h.find(text), text
        assert shared[2].find(text, 2) == alone[2].find(text, 2)


def test_boilerplate_test_agrees_with_the_pattern():
    from communique.extract.text import BOILERPLATE, is_boilerplate
    lines = [ln for text in TEXTS for ln in text.split("\n")]
    lines += ["Share this article", "  SHARE", "Tweet", "Follow us on X", "Published: 26/02/2024", "(Photo credit: MEA)",
              "Image: PIB", "Read more", "Related stories: x", "Skip to main content", "Back to top", "\tHome ",
              "Photographs", "\u017fhare", "The minister said", "Posted on 3 May", "ADVERTISEMENT", "Email"]
    for line in lines:
        assert is_boilerplate(line) == (BOILERPLATE.match(line) is not None), line


def test_hits_and_spans_made_the_fast_way_stay_frozen_values():
    import dataclasses
    from communique.extract.gazetteer import Hit
    from communique.extract.text import Span
    for make, args in ((Hit, (3, 9, "india", "India")), (Span, (3, 9))):
        made = make(*args)
        names = [f.name for f in dataclasses.fields(make)]
        assert made == make(**dict(zip(names, args))) and hash(made) == hash(make(*args))
        assert dataclasses.astuple(made) == args and made != make(*args[:-1], args[-1] * 2)
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 0


def test_special_characters_and_sentence_ends_are_found_as_by_the_plain_patterns():
    from communique.extract import text as text_mod
    special = re.compile(text_mod._ENTITY.pattern + "|[" + text_mod._SPECIAL_CHARS + "]")
    sent_end = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
    rng = random.Random(17)
    alphabet = ["&", "&amp;", "&#39;", "&#x2019;", "&nbsp", "&zz;", "#", ";", "x", "A", "1", " ", "\n", "\u00a0", "\u200b",
                "\t", "\r", ".", "!", "?", "...", "\u201d", "'", ")", "\u201c", "\u00c9", "a"]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        assert [m.span() for m in text_mod._SPECIAL.finditer(text)] == [m.span() for m in special.finditer(text)], text
        assert [m.span() for m in text_mod._SENT_END.finditer(text, 2, len(text) - 1)] == \
            [m.span() for m in sent_end.finditer(text, 2, len(text) - 1)], text


def test_an_opening_class_reads_one_character_of_its_class_and_no_other():
    from communique.extract.scan import opening_class
    for cls in (r"[^\W\d_a-z]", r"[^\W\d_]", r"[A-Z\u00e9]"):
        exact, fast = re.compile(cls), re.compile(opening_class(cls))
        for c in [*range(0x3000), *range(0xFF00, 0x10000), 0x1D400, 0x10FFFF]:
            assert (fast.fullmatch(chr(c)) is None) == (exact.fullmatch(chr(c)) is None), (cls, hex(c))


def test_runs_of_capitalised_words_are_found_as_by_looking_back_first():
    plain = re.compile(r"\b(?=[^\W\d_a-z])(?<![\w'\u2019.-])[^\W\d_a-z][\w\u2019'-]*(?:[ \t]+[^\W\d_a-z][\w\u2019'-]*)+")
    rng = random.Random(19)
    alphabet = ["Ab", "b", "\u00c9", "\u00e9", "1", "_", " ", "\t", "'", "\u2019", ".", "-", "\n", "\u0130", "Q.", "\u00b2", "\u0394"]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        assert [m.span() for m in people._CAP_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [m.span() for m in people._CAP_RUN.finditer(text, 3)] == [m.span() for m in plain.finditer(text, 3)], text


def test_runs_of_capitalised_words_are_found_from_the_capitalised_words_alone():
    from communique.extract.scan import from_capitals
    rng = random.Random(23)
    alphabet = ["Ab", "b", "\u00c9", "\u00e9", "1", "_", " ", "\t", "'", "\u2019", ".", "-", "\n", "\u0130", "Q.", "A.B",
                "\u01c5", "&", ",", "\u0394"]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        for start in (0, 3, len(text) // 2):
            assert ([m.span() for m in from_capitals(people._CAP_RUN, text, start)]
                    == [m.span() for m in people._CAP_RUN.finditer(text, start)]), (text, start)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_ascii_twin_finds_the_same_matches_on_plain_ascii_lines(name):
    from communique.extract.scan import _REACH, ascii_twin
    pattern, twin = PATTERNS[name], ascii_twin(PATTERNS[name])
    if twin is None:
        return
    assert twin.groupindex == pattern.groupindex and twin.groups == pattern.groups
    # Lines of the test documents, with what stands before them, made plain ASCII where they are not.
    rng = random.Random(23)
    samples = [t.encode("ascii", "replace").decode() for t in TEXTS]
    samples += ["".join(rng.choice(["the", "The", " ", "-", "2", "19", "May", "met", "visit", ".", ",", "'", "\t", "K", "s",
                                    "I", "US$", "5", "%", "per cent", "\n", "_", "ss", "SIGNED"]) for _ in range(30))
                for _ in range(300)]
    for text in samples:
        for ln in Windows.by_line(text).lines:
            assert text[max(0, ln.start - _REACH) : ln.end].isascii()
            assert _found(twin, text, ln.start, ln.end) == _found(lead_checked(pattern), text, ln.start, ln.end), (name, text[ln.start:ln.end])


# Marks beyond ASCII that real releases are full of, and a few rarer ones.
_MARKS = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u20ac\u00a3\u20b9\u00a9\u00b0\u2022\u00ab\u00bb\u00a7\u2032\u2122\u3001"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_ascii_twin_finds_the_same_matches_on_lines_with_inert_marks(name):
    from communique.extract.scan import ascii_twin
    pattern, twin = PATTERNS[name], ascii_twin(PATTERNS[name])
    if twin is None:
        return
    rng = random.Random(29)
    words = ["the", "The", " ", "-", "2", "19", "May", "met", "visit", ".", ",", "'", "K", "s", "I", "US$", "5", "%",
             "per cent", "_", "signed", "Minister", "said", "to", "in"]
    samples = [("".join(c if c.isascii() else rng.choice(_MARKS) for c in t)) for t in TEXTS]
    samples += ["".join(rng.choice(words if rng.random() < 0.8 else _MARKS) for _ in range(30)) for _ in range(300)]
    for text in samples:
        win = Windows.by_line(text)
        for ln in win.lines:
            assert win._ascii(ln.start - 16, ln.end)  # (every mark is inert: the twin runs)
            assert _found(twin, text, ln.start, ln.end) == _found(lead_checked(pattern), text, ln.start, ln.end), (name, text[ln.start:ln.end])


def test_inert_marks_are_punctuation_and_symbols_without_case_or_word_class():
    from communique.extract.scan import _inert
    assert all(_inert(c) for c in _MARKS)
    # Letters, digits, spaces beyond ASCII, and symbols with a case read otherwise under re.ASCII.
    assert not any(_inert(c) for c in "\u00e9\u00c9\u00b2\u00bd\u00a0\u2009\u00aa\u00b5\u24b6\u2160\u212a\u0130\u017f\u0394\x1c")
    win = Windows.by_line("The Minister\u2019s visit \u2013 \u201cgood\u201d\nL\u00e9a met him")
    assert win._ascii(0, 28) and not win._ascii(29, 40)


def test_ascii_twins_stand_for_the_triggers_and_figures_but_not_where_case_folds_beyond_ascii():
    from communique.extract.scan import ascii_twin
    assert all(ascii_twin(p) is not None for _, p, *_ in events.TRIGGERS)
    assert ascii_twin(figures.MONEY) is not None and ascii_twin(counts.COUNT) is not None
    assert ascii_twin(re.compile(r"\u212aelvin", re.IGNORECASE)) is None  # the Kelvin sign is a "k"
    assert ascii_twin(re.compile(r"[\u0100-\u0200]x", re.IGNORECASE)) is None  # holds "\u017f", an "s"
    assert ascii_twin(re.compile(r"\u212aelvin")) is not None  # (as written it is no "k")
    assert ascii_twin(re.compile(r"(?<=.{20})x")) is None  # reads too far back


def test_the_characters_folding_to_ascii_are_all_listed():
    import _sre
    import re._casefix as casefix
    from communique.extract.scan import FOLD_TO_ASCII
    lowering = {c for c in range(128, 0x110000) if _sre.unicode_tolower(c) < 128}
    equal = {c for k, v in casefix._EXTRA_CASES.items() for c in (k, *v) if c > 127 and (k < 128 or min(v) < 128)}
    assert lowering | equal == FOLD_TO_ASCII


def test_windows_use_the_ascii_twin_only_on_plain_lines():
    lines = ["The leaders met in Delhi.", "They met again in K\u00f6ln.", "\u00c9 met.", "a plain line of words", "met"]
    text = "\n".join(lines)
    found = [(m.start(), bool(m.re.flags & re.ASCII)) for m in Windows.by_line(text).finditer(events.TRIGGERS[7][1], ("met",))]
    offsets = [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]
    starts = [at + ln.index("met") for at, ln in zip(offsets, lines) if "met" in ln]
    # Plain only where the line, and what stands just before it, is ASCII.
    assert found == list(zip(starts, [True, False, False, True]))


@pytest.mark.parametrize("pattern, reach", [(kb._PREV_WORD, 30), (people._WORD_BEFORE, 40)])
def test_the_word_before_is_found_as_by_searching_the_whole_span(pattern, reach):
    rng = random.Random(11)
    odd = ["Latin American", "of  Kenya", "x\tKenya", "word \nKenya", "\u00a0Kenya", "O'Neill-Smith  Kenya",
           "Gen. 2nd Kenya", "_under Kenya", "\u2019s Kenya", "Mr.\u2003Kenya", "end.\n\nKenya", "K\u00e9nya\u00e9 Kenya"]
    alphabet = "ab AZ\t\n.,'\u2019-_9\u00e9\u00a0\u2003"
    texts = TEXTS + odd + ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(200)]
    checked = 0
    for text in texts:
        ends = [m.start() for m in re.finditer(r"[A-Z]", text)] + rng.sample(range(len(text) + 1), min(30, len(text) + 1))
        for hi in ends:
            lo = max(0, hi - reach)
            got, want = search_last_word(pattern, text, lo, hi), pattern.search(text, lo, hi)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text[lo:hi],)
            checked += want is not None
    assert checked > 100  # the comparison met matches, not only misses


def test_a_string_searched_whole_finds_what_the_plain_pattern_finds():
    rng = random.Random(5)
    strings = [t[a:b] for t in TEXTS for a, b in zip([0] + [m.end() for m in re.finditer(r"[.!?]\s", t)],
                                                      [m.end() for m in re.finditer(r"[.!?]\s", t)] + [len(t)])]
    strings += ["We will meet\x1cnext week", "Ellen\u2019ll visit", "WILL VISIT", "previously\u00a0formerly", "has been",
                "\u201cWe\u2019ll meet\u201d \u2013 previously", "it\u2019s been", "Ren\u00e9e will visit"]
    strings += ["".join(rng.choice(["will", " ", "has", "been", "\u0130", "ago", "years", "\u017f", "x"]) for _ in range(20))
                for _ in range(300)]
    for pattern in (events.FUTURE, events._HISTORY):
        hits = 0
        for s in strings:
            got, want = for_string(pattern, s).search(s), pattern.search(s)
            assert (got and got.span()) == (want and want.span()), s
            hits += want is not None
        assert hits > 20


def test_spelt_out_numbers_are_found_as_by_the_plain_alternation():
    words = sorted(list(counts._UNITS) + list(counts._MULTIPLIERS), key=len, reverse=True)
    plain = re.compile(
        r"\b(?=[tTfFsSeEnNhHmMbBoOlLcCzZ])(?P<w>(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words)
        + r")(?:(?:[ \t]+and[ \t]+|[ \t]+|-)(?:" + "|".join(words) + r"))*)\b(?=[ \t.,;:])")
    rng = random.Random(3)
    pieces = words + [w.title() for w in words] + [" ", " and ", "-", "teen", "ty", "s", "x", "\t"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(30)) + " " for _ in range(500)]
    hits = 0
    for text in texts:
        got = [(m.span(), m.group("w")) for m in counts.WORD_COUNT.finditer(text)]
        assert got == [(m.span(), m.group("w")) for m in plain.finditer(text)], text
        hits += len(got)
    assert hits > 200


def test_first_characters_are_those_a_match_can_open_with():
    assert scan.first_characters(re.compile(r"[-*][ \t]+|Q\b|QUESTION:")) == frozenset("-*Q")
    assert scan.first_characters(re.compile(r"(?:ab|c)d", re.IGNORECASE)) == frozenset("aAcC")
    assert scan.first_characters(re.compile(r"\w+")) is None  # a class, not characters
    assert scan.first_characters(re.compile(r"x?y*")) is None  # can match empty


def test_keywords_read_in_the_gazetteers_pass_are_those_a_pass_of_their_own_finds():
    from communique.extract import scan
    from communique.extract.gazetteer import Gazetteer, lowered, share_scan
    gaz = Gazetteer([("India", "in"), ("trade", "t"), ("visit", "v"), ("New Delhi", "nd")])
    share_scan(gaz, keywords=scan.KEYWORDS)
    keywords = ("visit", "trade", "19", "met", "call", "day", " day", "-day")
    scan.KEYWORDS._holding(keywords)  # (known to the table, so that the gazetteers' pass reads them)
    rng = random.Random(17)
    words = ["India", "visited", "trade", "19", "2019", "met", "called", "two-day", "day", "\u0130", "New", "Delhi", "-", "\n"]
    samples = TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(500)]
    for k, text in enumerate(samples):
        text = f"{text} {k}"  # (a new string: no pass of the table read it before)
        gaz.find(text)
        low = lowered(text)
        if len(low) == len(text):  # (otherwise the gazetteers read the text with their patterns)
            assert scan.KEYWORDS._last[0] is text  # the gazetteers' pass was shared
        known, found = scan.KEYWORDS._found(text, low, keywords)
        own = list(scan.KEYWORDS._holding(keywords)[1].iter(low))
        assert sorted(found) == sorted((end, kw) for end, kw in own if kw in known), text


def test_every_line_of_a_text_is_a_line_windows_by_line_reads():
    from communique.extract.text import Text
    for raw in TEXTS + ["", "\n\n", "  a \n\t\nb  \n Share this\n", "x\n \n\ny", " only "]:
        text = Text(raw)
        assert Windows(text.clean, bounds=text.every_line).lines == Windows.by_line(text.clean).lines


def test_other_characters_are_found_line_by_line_as_the_pattern_finds_them_in_the_whole():
    rng = random.Random(19)
    alphabet = ["a", " ", "\n", "\u00e9", "\u201c", "\x1d", "\u2019", "Z", "\u0130", "\u017f", "\u2013"]
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in samples:
        expected = [m.start() for m in scan._NOT_ASCII.finditer(text) if not scan._inert(m.group())]
        assert scan._other_at(text) == expected, repr(text)


def test_written_dates_are_the_dates_found_that_are_not_relative():
    import datetime as dt
    samples = TEXTS + ["Press Briefing - February 7, 2022", "Visit to India from 10-12 March 2024", "No date here today",
                       "Talks on Monday, July 25, 2022 and from July 23 to July 25", "\u0663\u0660 May"]
    for text in samples:
        for ref in (None, dt.date(2022, 7, 26)):
            assert dates.find_written_dates(text, ref) == [m for m in dates.find_dates(text, ref) if not m.relative], text
