"""Counts: how many of something a release tells ("817,000 Oxford-AstraZeneca vaccines",
"eleven cooperation documents", "a two-day trip"), with the words that say a number
counts nothing ("the two sides", "Article 5", "July 29", "10 year visas")."""
from __future__ import annotations

import re
from typing import Iterator

from .gazetteer import trie_regex
from .scan import DIGITS, Windows

NUM = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALES = {"thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "mn": 1e6, "mln": 1e6, "crore": 1e7,
           "crores": 1e7, "billion": 1e9, "bn": 1e9}


def number(s: str) -> float:
    return float(s.replace(",", ""))


_TIME_WORDS = {"years", "months", "days", "weeks", "hours", "minutes", "decades", "centuries", "times", "seconds",
               "am", "pm", "year", "month", "day", "week", "hour", "minute", "decade", "century", "fold"}
# A count: a number, then up to three words that describe it, then a plural noun ("817,000
# Oxford-AstraZeneca vaccines", "30 Self-Propelled Howitzers", "eleven cooperation documents").
COUNT = re.compile(
    r"(?<![\w.,$\u20ac\u00a3\u00a5\u20b9/+#-])(?P<lo>" + NUM + r")(?:\s?(?P<sc>lakh|lakhs|crore|crores|million|billion|thousand|bn|mn|mln)\b)?(?=[ \t.,;:])"
)
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
_NUM_WORD = "|".join(sorted(list(_UNITS) + list(_MULTIPLIERS), key=len, reverse=True))
# Lower case or capitalised, spelt out as a class: IGNORECASE and a bare alternation at every word
# boundary cost more than the rest of figure extraction. Written as a trie ("s(?:even(?:t(?:een|y))?|
# ix...)"): re reads each letter once, not each word in turn; the words that fit at a place are
# tried longest first, as in the alternation sorted by length.
_NUM_WORDS_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(list(_UNITS) + list(_MULTIPLIERS)):
    _NUM_WORDS_BY_FIRST.setdefault(_w[0], []).append(_w[1:])
_NUM_WORD_CAP = "|".join(f"[{c}{c.upper()}]" + trie_regex(rest) for c, rest in _NUM_WORDS_BY_FIRST.items())
WORD_COUNT = re.compile(
    r"\b(?=[tTfFsSeEnNhHmMbBoOlLcCzZ])(?P<w>(?:" + _NUM_WORD_CAP + r")(?:(?:[ \t]+and[ \t]+|[ \t]+|-)(?:"
    + trie_regex(sorted(list(_UNITS) + list(_MULTIPLIERS))) + r"))*)\b(?=[ \t.,;:])"
)
_ONE_IN = re.compile(r"\b(?:\d{1,2}|one|a)[ \t]+in[ \t]+$", re.IGNORECASE)
_PART_OF_A = re.compile(r"\b(half|quarter)[ \t]+(?:of[ \t]+)?a[ \t]+$", re.IGNORECASE)
WORD_KEYS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen",
             "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
             "million", "billion", "lakh", "crore", "zero")
# "a two-day trip", "this 8-month effort": how long something lasts is a figure of its own.
DURATION = re.compile(
    r"(?<![\w.,$/-])(?P<n>\d{1,3}|" + "|".join(w for w in _UNITS if w != "zero") + r")-(?P<unit>day|week|month)(?:-long)?(?=[ \t]+[a-z]{3})",
    re.IGNORECASE,
)
# A word; initials keep their last full stop ("2,500 U.S. troops", "U.S.-funded buildings").
_TOKEN = re.compile(r"[ \t]+((?:[A-Za-z]\.){2,}(?:-[\w-]+)?|[A-Za-z](?:[\w'\u2019-]|\.(?=[\w-]))*)")
_OUT_OF = re.compile(r"[ \t]+out[ \t]+of[ \t]+(?:" + NUM + r")(?=[ \t])")
_WORD_PERCENT = re.compile(r"[ \t]+(?:per[ \t]?cent|percent)\b", re.IGNORECASE)
# Words that end a count's description: a count runs number, describing words, noun.
_FUNCTION = frozenset(
    "of in on at to for by with from and or nor the a an was were is are be been being have has had will would shall "
    "should can could may might must do does did that which who whom whose this these those it its their our his her "
    "per than as into under about after before since until while when where not no so but if also only each every "
    "all both some such between across through during against among within without upon via here there they we".split()
)
_IRREGULAR_PLURALS = frozenset({"people", "children", "personnel", "women", "men", "staff", "memoranda", "criteria"})
_NOT_PLURAL = frozenset("always towards perhaps afterwards whereas various numerous previous news thus besides plus "
                        "unless yes ours theirs hers series ones".split())
# "the two sides", "our two countries": the pair a bilateral release is about, not a count.
_PARTIES = frozenset("countries nations sides leaders governments peoples delegations ministers presidents parties "
                     "officials heads economies parliaments legislatures embassies capitals partners neighbours "
                     "neighbors democracies militaries ministries chancellors premiers secretaries counterparts "
                     "teams".split())
# "six key points", "across four pillars": how a speech is organised.
_ABSTRACT = frozenset("points goals pillars priorities areas issues ways aspects things elements principles tracks "
                      "themes topics objectives dimensions reasons questions matters options rounds sessions occasions phases "
                      "stages terms follow-ups words paths".split())
_NAMED_BY_NUMBER = re.compile(r"\b[A-Z][a-z]+[ \t]+of[ \t]+$")
_DETERMINERS = frozenset("the our their its these those both all his her my your whose each every".split())
# A number right after such a word is a label ("Article 5", "Phase 2"), not a count.
_LABELS = frozenset("article section paragraph chapter clause phase stage round tier level grade class no nos number "
                    "item page part annex rule resolution room gate platform terminal route version model category "
                    "tranche term goal target order proclamation title law bill amendment appendix schedule "
                    "table figure exhibit case flight volume vol h.r year".split())
_MONTHS = frozenset("january february march april may june july august september october november december jan feb "
                    "mar apr jun jul aug sep sept oct nov dec".split())
_METRIC_TONNES = re.compile(r"[ \t]*(?:MT|metric[ \t]+tons?)\b")
_PREV_WORD = re.compile(r"([A-Za-z][\w.'\u2019-]*)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Za-z]{0,4}s")
_SPLIT_WORDS = re.compile(r"[\s-]+")


def find_counts(text: str, win: Windows) -> Iterator[tuple[int, int, float, str]]:
    """(start, end, value, unit) of every count and duration; the unit is the noun counted
    ("vaccines"), "days", "weeks" or "months", or "percent" for one written in words."""
    for m in win.finditer(DURATION, ("-day", "-week", "-month")):
        n = m.group("n").lower()
        value = float(_UNITS.get(n) or n)
        yield m.start(), m.end(), value, m.group("unit").lower() + "s"
    for m in win.finditer(COUNT, DIGITS):
        if _YEAR.fullmatch(m.group("lo")) or _label_before(text, m.start()):
            continue
        if _ONE_IN.search(text, max(0, m.start() - 12), m.start()):
            continue  # "1 in 8 jobs", "one in 33 people": a ratio, no count of 8 jobs
        of_total = _OUT_OF.match(text, m.end())  # "141 out of 193 member states": the 141 is the count
        found = _count_noun(text, of_total.end() if of_total else m.end())
        sc = m.group("sc")
        if found and not sc and found[1].lower() in _PARTIES and number(m.group("lo")) <= 3 and _word_before(text, m.start()).lower() in _DETERMINERS:
            continue  # "as the 2 countries look ahead": the pair the release is about
        measure = None if found else _METRIC_TONNES.match(text, m.end())
        if found:
            yield m.start(), found[0], number(m.group("lo")) * (_SCALES[sc.lower()] if sc else 1), found[1]
        elif measure:  # "9,000 MT of rice": a weight, counted as "370 tonnes of assistance" is
            yield m.start(), measure.end(), number(m.group("lo")) * (_SCALES[sc.lower()] if sc else 1), "tonnes"
        elif sc:
            # "hosting nearly 1 million Rohingya", "has gone up by 12 million": a number big enough to
            # carry a scale counts something even where no plural noun follows (money was taken first)
            yield m.start(), m.end(), number(m.group("lo")) * _SCALES[sc.lower()], "count"
    for m in win.finditer(WORD_COUNT, WORD_KEYS):
        value = _word_value(m.group("w"))
        if m.group("w").split()[0].lower() in _MULTIPLIERS and _word_before(text, m.start()).lower() != "a":
            continue  # "per million people": a scale alone counts only as "a million"
        part = _PART_OF_A.search(text, max(0, m.start() - 16), m.start())
        if part and m.group("w").split()[0].lower() in _MULTIPLIERS:
            value *= 0.5 if part.group(1).lower() == "half" else 0.25  # "half a million people"
        pct = _WORD_PERCENT.match(text, m.end())
        if pct:  # "fifty-one percent"
            yield m.start(), pct.end(), value, "percent"
            continue
        if _ONE_IN.search(text, max(0, m.start() - 12), m.start()):
            continue
        found = _count_noun(text, m.end()) if value >= 2 else None
        if not found and value >= 1e6 and not _label_before(text, m.start()):
            yield m.start(), m.end(), value, "count"  # "the total of donated vaccines to eight million"
            continue
        if not found or _label_before(text, m.start()) or _told_as_known(text, m.start()) or _NAMED_BY_NUMBER.search(
                text, max(0, m.start() - 20), m.start()) and m.group()[:1].isupper() and found[1][:1].islower():
            continue  # ("the Group of Eight universities": a body's name, not eight of them; a headline capitalises all)
        noun = found[1].lower()
        if noun not in _ABSTRACT and not (noun in _PARTIES and value <= 3):
            yield m.start(), found[0], value, found[1]


def _word_value(words: str) -> float:
    """ "one hundred forty-one" -> 141, "two million" -> 2e6."""
    total = current = 0.0
    for w in _SPLIT_WORDS.split(words.lower()):
        if w in _UNITS:
            current += _UNITS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[w]
            current = 0
    return total + current


def _count_noun(text: str, pos: int) -> tuple[int, str] | None:
    """The plural noun a number counts, after at most three describing words: its end and the noun.
    None when a function word or a unit of time comes first ("10 year visas" is no count of visas)."""
    for k in range(4):
        m = _TOKEN.match(text, pos)
        if not m:
            return None
        word = m.group(1)
        low = word.lower()
        if low in _FUNCTION or low.split("-")[0].replace(".", "") in _TIME_WORDS or (k == 0 and low in _MONTHS and word[0].isupper()):
            return None  # "7 October attacks" is a date
        if low[-1:] == "s" or low in _IRREGULAR_PLURALS:
            if _is_plural(word):
                return m.end(), word
        pos = m.end()
    return None


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    if _ACRONYM_PLURAL.fullmatch(word) and sum(c.isupper() for c in word) >= 2:
        return True  # MoUs, SMEs, MPs
    if low in _NOT_PLURAL or low.endswith(("ss", "us", "is", "'s", "\u2019s")):
        return False
    return len(low) >= 4 and low.endswith("s")


def _word_before(text: str, pos: int) -> str:
    """The word just before pos on its line, without the punctuation around it."""
    chunk = text[max(0, pos - 40) : pos].rstrip(" \t")
    if not chunk or chunk[-1] == "\n":
        return ""
    m = _PREV_WORD.search(chunk.rsplit(None, 1)[-1])
    return m.group(1).rstrip(".") if m else ""


def _label_before(text: str, pos: int) -> bool:
    """ "Article 5", "Phase 2", "July 29": the number names or dates something."""
    word = _word_before(text, pos)
    low = word.lower()
    return low in _LABELS or (low in _MONTHS and word[:1].isupper())


_KNOWN_NUMBER = re.compile(r"\b(?:" + "|".join(_DETERMINERS) + r")[ \t]+(?:" + _NUM_WORD + r")\b", re.IGNORECASE)


def _told_as_known(text: str, pos: int) -> bool:
    """A number the reader already knows, not a count: "the two sides", "our two embassies and
    two ambassadors" (the determiner reaches over "and"), "solar and hydrogen \u2013 two technologies"."""
    word = _word_before(text, pos).lower()
    if word in _DETERMINERS:
        return True
    if word in ("and", "or"):
        return bool(_KNOWN_NUMBER.search(text, max(0, pos - 60), pos))
    return text[max(0, pos - 3) : pos].rstrip()[-1:] in ("\u2013", "\u2014", "-", ":")


