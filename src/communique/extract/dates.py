"""Dates in every common written form, resolved against the publication date.

Explicit: "December 26, 2023", "26 December 2023", "26th Dec, 2023", "Dec. 26",
"26/12/2023", "2023-12-26", ranges "10-12 March 2024" and "March 10-12, 2024".
Relative: "today", "yesterday", "on Monday", "the following day", "last week".
Years and periods ("in 2022", "last year", "two years ago", "FY 2022-23") are
found by `periods()` for figures; they are not calendar dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .scan import MONTH_KEYS, Windows
from .spans import Index, Taken

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "a": 1}

FULL_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NAMES = FULL_MONTH_NAMES + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Written as a name or in capitals ("03 JAN 2020"), never in lowercase: "10 may" is a verb.
_MON = r"(?P<mon>" + _MONTH_NAMES + "|" + _MONTH_NAMES.upper() + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:[ \t]?(?:st|nd|rd|th)\b)?"  # ("on 4 th October", as some releases space it)
_DAY2 = r"(?P<day2>[0-3]?\d)(?:[ \t]?(?:st|nd|rd|th)\b)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|\u2013|\u2014|to|till|until)\s*"
_DASH_OR_AND = r"\s*(?:-|\u2013|\u2014|to|till|until|and|&)\s*"  # "on January 26 and 27": two days running

_AND = re.compile(r"\d\s*(?:and|&)\s*\d")

_PATTERNS = [
    # 2023-12-26, and 2023.12.26 or 2023/12/26 as some releases write it
    re.compile(r"\b(?P<iso>(?:19|20)\d\d(?P<isep>[-./])[01]?\d(?P=isep)[0-3]?\d)\b(?![-./]\d)"),
    # 26/12/2023, 26.12.2023, and 07/31/2009 as US pages write their date lines
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR + r"\b"),
    # 10-12 March 2024, 26 December 2023, 26th Dec, 2023, 26 December
    # (and 07-February-2020, as India's PIB writes its date lines)
    re.compile(r"\b" + _DAY + r"(?:" + _DASH_OR_AND + _DAY2 + r")?(?:\s+(?:of\s+)?|-)" + _MON + r"(?:(?:,?\s+|-)" + _YEAR + r")?\b"),
    # March 10-12, 2024, December 26, 2023, Dec. 26
    re.compile(r"\b" + _MON + r"\s+" + _DAY + r"(?:" + _DASH_OR_AND + _DAY2 + r")?(?:,?\s+" + _YEAR + r")?\b(?![:\d])"),
    # August (26), as Sri Lankan releases write the day after the month
    re.compile(r"\b" + _MON + r"[ \t]*\((?P<day>[0-3]?\d)\)"),
]

_RELATIVE = re.compile(
    r"\b(?P<word>today|yesterday|tomorrow|tonight|(?<=I\s)just(?=\s+(?:concluded|finished|completed|wrapped\s+up|ended))|"
    r"(?<=[Ww]e\s)just(?=\s+(?:concluded|finished|completed|wrapped\s+up|ended))|this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening)|yesterday\s+(?:morning|afternoon|evening)|"
    r"(?:the\s+)?(?:following|next|previous|same)\s+day|the\s+day\s+(?:before|after)|"
    r"(?:(?P<when>last|next|this|on|on\s+the\s+following|the\s+following)\s+)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # News style drops the "on": "met Friday with", "Senator Dar Sunday received a call", "said Tuesday.",
    # or sets the day off with commas: "hosted X for his first visit to the Pentagon, Wednesday, to discuss"
    # (not a feast, a paper or a habit: "Good Friday", "the Sunday Times", "every Monday").
    r"|(?<=[a-z],\s)(?-i:(?P<cwd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=,\s+(?-i:[a-z]))"
    # or opens the sentence with it: "Friday, Administrator X met with ..." (not a date line's "Friday, May 5"),
    # or owns what happened on it: "Friday's ceremony was ...", "took part in Monday's meeting" (not "to
    # attend Tuesday's funeral", which may be to come).
    r"|(?:(?<![^\n])|(?<=[.!?]\s))(?-i:(?P<swd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?=,\s+(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d)|['\u2019]s\s+(?-i:[a-z]))"
    r"|(?<=\w\s)(?-i:(?P<bwd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=\s+(?-i:[a-z])|\s*[.;]|\s*\()"
    r"|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bafter\s)|(?<=\bfollowing\s))"
    r"(?-i:(?P<pwd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=['\u2019]s\s+(?-i:[a-z])))\b"
    # South Asian releases add the day of the month: "yesterday (09)", "this morning (14)".
    r"(?:\s*\((?P<dom>[0-3]?\d)(?:st|nd|rd|th)?\))?",
    re.IGNORECASE,
)


def _day_of_month(dom: int, near: dt.date) -> dt.date | None:
    """The date with this day of the month nearest to `near` (this month, or the one before or after);
    releases report the past, so a day more than a day after `near` counts only if no earlier one fits."""
    cands = []
    for months in (-1, 0, 1):
        y, m = near.year + (near.month - 1 + months) // 12, (near.month - 1 + months) % 12 + 1
        d = _safe_date(y, m, dom)
        if d:
            cands.append(d)
    past = [d for d in cands if (d - near).days <= 1]
    return min(past or cands, key=lambda d: abs((d - near).days), default=None)

_FY_ONE = re.compile(r"\b(?:FY|[Ff]iscal\s+[Yy]ear)\s*'?(?P<y>(?:19|20)\d\d|\d\d)\b(?!\s*[-\u2013/]\s*\d)")
_FY = re.compile(r"\b(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*'?(?P<y1>(?:19|20)?\d\d)\s*[-\u2013/]\s*(?P<y2>\d{2,4})\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\b(?:in|of|for|during|year)\s+(?P<y>(?:19|20)\d\d)\b(?![-\u2013/]\d)", re.IGNORECASE)
_BARE_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\b(?![-\u2013/.]\d)")
_REL_YEAR = re.compile(
    r"\b(?:(?P<rel>last|this|next|previous|the\s+past|the\s+previous|the\s+current)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year"
    r"|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+years?\s+ago)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    end_date: dt.date | None = None
    relative: bool = False
    future: bool = False  # "tomorrow", "will ... on Tuesday": a plan, not a date the release reports


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    value: str  # "2022", "FY2022-23"
    text: str


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, ref: dt.date | None) -> int | None:
    """A date written without a year: the one nearest the reference date, but releases
    report the past, so a day more than three months ahead is last year's."""
    if ref is None:
        return None
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = _safe_date(y, month, day)
        if d is None or (d - ref).days > 92:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.year if best else None


_ISO_SEP = re.compile(r"[-./]")
_SPACES = re.compile(r"\s+")
_PATTERN_KEYS = (("19", "20"), ("/", ".19", ".20", "-19", "-20"), MONTH_KEYS, MONTH_KEYS, MONTH_KEYS)
# Month names as the patterns write them ("Mar", "MAR"; never "mar"): a line holding "mar" only in
# "maritime" or "summary" need not be read for them.
_MONTHS_AS_WRITTEN = tuple(k.title() for k in MONTH_KEYS) + tuple(k.upper() for k in MONTH_KEYS)
_PATTERN_ALSO = ((), (), _MONTHS_AS_WRITTEN, _MONTHS_AS_WRITTEN, _MONTHS_AS_WRITTEN)
# Not "on the 5th BIMSTEC Summit" nor "on 4th October" (a word follows), nor "on 4 occasions" (no suffix).
_ORDINAL_DAY = re.compile(r"\b[Oo]n[ \t]+(?:the[ \t]+)?(?P<odom>[0-3]?\d)[ \t]?(?:st|nd|rd|th)\b(?![ \t]*(?!of[ \t]+this[ \t]+month)[A-Za-z0-9(])")
_ORDINAL_DAY_KEYS = ("on the ",) + tuple(f"on {d}" for d in "0123456789")
_RELATIVE_KEYS = ("today", "yesterday", "tomorrow", "tonight", " day", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday", "just")


def _explicit(text: str, ref: dt.date | None, win: Windows | None = None) -> list[DateMention]:
    win = win or Windows.whole(text)
    found: list[DateMention] = []
    taken = Taken()
    for pat, keys, also in zip(_PATTERNS, _PATTERN_KEYS, _PATTERN_ALSO):
        for m in win.finditer(pat, keys, also=also, also_as_written=True):
            if not taken.free(m.start(), m.end()):
                continue
            g = m.groupdict()
            start_d = end_d = None
            if g.get("iso"):
                y, mo, d = (int(x) for x in _ISO_SEP.split(g["iso"]))
                start_d = _safe_date(y, mo, d)
            elif g.get("a"):
                a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
                # Day first is the norm outside the US; month first only when it must be.
                start_d = _safe_date(y, b, a) or _safe_date(y, a, b)
            else:
                mon = MONTHS[g["mon"].lower().rstrip(".")]
                day = int(g["day"])
                year = int(g["year"]) if g.get("year") else _year_for(mon, day, ref)
                if year is None:
                    continue
                start_d = _safe_date(year, mon, day)
                if g.get("day2"):
                    end_d = _safe_date(year, mon, int(g["day2"]))
                    if end_d is None or start_d is None or end_d <= start_d:
                        end_d = None
                    elif _AND.search(m.group()) and (end_d - start_d).days != 1:
                        end_d = None  # "March 10 and 12 other countries": not two days running
            if start_d is None:
                continue
            taken.add(m.start(), m.end())
            found.append(DateMention(m.start(), m.end(), start_d, end_d))
    if ref is not None:
        # "met ... on 4 th." or "a meeting on the 24th, next week": the nearest day of that number.
        for m in win.finditer(_ORDINAL_DAY, _ORDINAL_DAY_KEYS):
            dom = int(m.group("odom"))
            days = [d for k in (-1, 0, 1) if (d := _safe_date(ref.year + (ref.month - 1 + k) // 12,
                                                              (ref.month - 1 + k) % 12 + 1, dom))]
            d = min(days, key=lambda d: abs((d - ref).days), default=None)
            if d is not None and taken.free(m.start(), m.end()):
                found.append(DateMention(m.start(), m.end(), d, None, relative=True, future=d > ref))
    return found


# Before a weekday with no "on": a feast, a paper or a habit, not a day ("Good Friday", "every Monday").
_NOT_A_DAY = re.compile(r"\b(?:good|black|easter|palm|ash|super|cyber|holy|bloody|maundy|shrove|whit|every|each|of|the|a)\s+$",
                        re.IGNORECASE)
# A plan told in the same sentence before a weekday ("will travel ... on Wednesday").
_PLAN_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|to\s+be\s+held|scheduled|going\s+to)\b[^.!?]*$", re.IGNORECASE)
# ... or after it, as the clause's verb ("On Thursday, he will welcome X").
_PLAN_AFTER = re.compile(r",?\s+(?:[\w'-]+\s+){0,5}?(?:will|shall|(?:is|are)\s+(?:scheduled|expected|set|due)\s+to)\s", re.IGNORECASE)


def _relative(text: str, ref: dt.date | None, explicit: list[DateMention], win: Windows) -> list[DateMention]:
    out: list[DateMention] = []
    if ref is None:
        return out
    anchors = Index(explicit)
    for m in sorted(win.finditer(_RELATIVE, _RELATIVE_KEYS), key=lambda m: m.start()):
        word = m.group("word").lower()
        word = _SPACES.sub(" ", word)
        # The narrative date: the latest date told before this expression, explicit or relative.
        last = anchors.last_before(m.start())
        if out and (last is None or out[-1].start > last.start):
            last = out[-1]
        narrative = last.date if last else ref
        if word in ("today", "tonight", "just") or word.startswith("this "):  # ("We just concluded a meeting")
            d = ref
        elif word.startswith("yesterday") or word in ("last night", "last evening"):
            d = ref - dt.timedelta(days=1)
        elif word == "tomorrow":
            d = ref + dt.timedelta(days=1)
        elif "same day" in word:
            d = narrative
        elif "following day" in word or "next day" in word or "day after" in word:
            d = narrative + dt.timedelta(days=1)
        elif "previous day" in word or "day before" in word:
            d = narrative - dt.timedelta(days=1)
        elif m.group("bwd") and _NOT_A_DAY.search(text, max(0, m.start() - 12), m.start()):
            continue
        elif m.group("wd") or m.group("bwd") or m.group("cwd") or m.group("swd") or m.group("pwd"):
            wd = WEEKDAYS[(m.group("wd") or m.group("bwd") or m.group("cwd") or m.group("swd") or m.group("pwd")).lower()]
            when = (m.group("when") or "on").lower()
            if "following" in when:
                delta = (wd - narrative.weekday()) % 7 or 7
                d = narrative + dt.timedelta(days=delta)
            elif when == "next":
                delta = (wd - ref.weekday()) % 7 or 7
                d = ref + dt.timedelta(days=delta)
            elif when != "last" and (_PLAN_BEFORE.search(text, max(0, m.start() - 80), m.start())
                                     or _PLAN_AFTER.match(text, m.end())):
                # "He will continue his meetings on Tuesday": the coming Tuesday.
                d = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            else:
                # News reports tell what happened: "on Monday" is the latest Monday up to publication.
                d = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
                if when == "last" and d == ref:
                    d -= dt.timedelta(days=7)
        else:
            continue
        if m.group("dom"):  # the day written in brackets wins over our arithmetic
            d = _day_of_month(int(m.group("dom")), d) or d
        out.append(DateMention(m.start(), m.end(), d, None, relative=True, future=d > ref))
    return out


_A_DIGIT = re.compile(r"\d")


def find_written_dates(text: str, ref: dt.date | None) -> list[DateMention]:
    """The dates find_dates finds that are written out (not "today" or "on Monday"), in order of
    position: none in a text with no digit, which every pattern of them reads."""
    if _A_DIGIT.search(text) is None:
        return []
    return _spans(text, _explicit(text, ref))


def find_dates(text: str, ref: dt.date | None, win: Windows | None = None) -> list[DateMention]:
    """Every calendar date in the text, in order of position."""
    win = win or Windows.whole(text)
    explicit = _explicit(text, ref, win)
    starts = {d.start for d in explicit}
    # "On Monday, July 25, 2022": the weekday only names the date written after it.
    relative = [d for d in _relative(text, ref, explicit, win)
                if not any(d.end + k in starts for k in range(4) if not text[d.end : d.end + k].strip(", "))]
    return sorted(_spans(text, explicit) + relative, key=lambda d: (d.start, d.end))


_SPAN_TO = re.compile(r"\s*(?:to|through|until|till|and|\u2013|-)\s*")
_FROM_BEFORE = re.compile(r"\b(?:[Ff]rom|(?P<between>[Bb]etween))\s+$")


def _spans(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "from July 23 to July 25", "July 30 through August 2": two full dates are one span."""
    dates = sorted(dates, key=lambda d: d.start)
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        gap = _SPAN_TO.fullmatch(text, prev.end, d.start) if prev else None
        opened = _FROM_BEFORE.search(text, max(0, prev.start - 10), prev.start) if gap else None
        if (gap and prev.end_date is None and d.end_date is None and 0 < (d.date - prev.date).days <= 62
                and ((opened and ("and" in gap.group()) == bool(opened.group("between"))) or "thr" in gap.group())):
            out[-1] = DateMention(prev.start, d.end, prev.date, d.date, prev.relative, prev.future)
            continue
        out.append(d)
    return out


def infer_published(text: str, win: Windows | None = None) -> dt.date | None:
    """No publication date given: the latest full date the text states (reports follow events)."""
    dates = _explicit(text, None, win)
    return max((d.end_date or d.date for d in dates), default=None)


def _word_number(s: str) -> int:
    return int(s) if s.isdigit() else NUMBER_WORDS[s.lower()]


_BOUNDARY_MONTH = re.compile(r"\b(?:since|from|after|before|by|until|till)\s+(?:" + _MONTH_NAMES + r")?\s*(?:of\s+)?$", re.IGNORECASE)
_BOUNDARY = re.compile(r"\b(?:since|from|after|before|by|until|till|to)\s+$", re.IGNORECASE)
_YEAR_PAIR = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[-\u2013/]\s*(?P<y2>\d\d)\b(?![\d/])")
_MONTH_YEAR = re.compile(r"\b" + _MON + r",?\s+" + _YEAR + r"\b")
# "from January to November 2024", "January-June 2023": months within one year
_MONTH_SPAN = re.compile(r"\b(?:(?:from|between)\s+)?(?P<m1>" + FULL_MONTH_NAMES + r")\s*(?:-|\u2013|to|and|through|till|until)\s*"
                         r"(?P<m2>" + FULL_MONTH_NAMES + r"),?\s+(?P<year>(?:19|20)\d\d)\b")
# "2016-2020", "over 2025-32", "from 2016 to 2020": a span of calendar years
_YEAR_RANGE = re.compile(
    r"\b(?=[12fFbB])(?:(?P<y1>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<y2>(?:19|20)\d\d|\d\d)"
    r"|(?i:from|between)\s+(?P<y3>(?:19|20)\d\d)\s+(?:to|and|until|through)\s+(?P<y4>(?:19|20)\d\d))\b(?![-\u2013/.]?\d)"
)
# "over the two years from 2020": a span counted from its first year
_YEARS_FROM = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if w not in ("a", "one")) + r")\s+years\s+(?:from|starting(?:\s+in)?)\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?![-\u2013/.]?\d)",
    re.IGNORECASE,
)


def find_periods(text: str, ref: dt.date | None, exclude: list[tuple[int, int]] = (),
                 win: Windows | None = None) -> list[Period]:
    """Years, months and fiscal years a figure can refer to, resolved against ref.

    `exclude` holds the spans of full dates, whose year is not a period of its own.
    """
    out: list[Period] = []
    taken = Taken(exclude)
    win = win or Windows.whole(text)

    def add(start: int, end: int, value: str) -> None:
        if taken.free(start, end):
            taken.add(start, end)
            out.append(Period(start, end, value, text[start:end]))

    for m in win.finditer(_FY, ("fy", "fiscal", "financial")):
        y1 = m.group("y1")
        y1 = int(y1) if len(y1) == 4 else 2000 + int(y1)
        add(m.start(), m.end(), f"FY{y1}-{(y1 + 1) % 100:02d}")
    for m in win.finditer(_FY_ONE, ("fy", "fiscal")):
        y = m.group("y")
        add(m.start(), m.end(), f"FY{y if len(y) == 4 else 2000 + int(y)}")  # "FY 2019", "Fiscal Year 2021"
    for m in win.finditer(_YEAR_PAIR, ("19", "20")):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if (y1 + 1) % 100 == y2:
            add(m.start(), m.end(), f"FY{y1}-{y2:02d}")
    for m in win.finditer(_YEAR_RANGE, ("19", "20")):
        y1 = int(m.group("y1") or m.group("y3"))
        y2 = m.group("y2") or m.group("y4")
        y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if y1 < y2 <= y1 + 50:
            add(m.start(), m.end(), f"{y1}-{y2}")
    for m in win.finditer(_YEARS_FROM, ("years",)):
        y = int(m.group("y"))
        add(m.start(), m.end(), f"{y}-{y + _word_number(m.group('n'))}")
    if ref is not None:
        for m in win.finditer(_REL_YEAR, ("year",)):
            if _BOUNDARY_MONTH.search(text, max(0, m.start() - 24), m.start()):
                taken.add(m.start(), m.end())  # "since April of last year": a boundary
                continue
            if m.group("rel"):
                rel = m.group("rel").lower()
                shift = 1 if rel == "next" else 0 if rel in ("this", "the current") else -1
                if re.search(r"fiscal|financial", m.group(), re.IGNORECASE):
                    # "last financial year": fiscal years run across two calendar years; the one
                    # running at publication starts in July of the year before (or this one).
                    start = (ref.year if ref.month >= 7 else ref.year - 1) + shift
                    add(m.start(), m.end(), f"FY{start}-{(start + 1) % 100:02d}")
                    continue
                year = ref.year + shift
            else:
                year = ref.year - _word_number(m.group("n"))
            add(m.start(), m.end(), str(year))
    for m in win.finditer(_MONTH_SPAN, MONTH_KEYS, also=_MONTHS_AS_WRITTEN, also_as_written=True):
        if MONTHS[m.group("m1").lower()] < MONTHS[m.group("m2").lower()]:
            add(m.start(), m.end(), m.group("year"))  # "from January to November 2024": months of that year
    for m in win.finditer(_MONTH_YEAR, MONTH_KEYS, also=_MONTHS_AS_WRITTEN, also_as_written=True):
        if _BOUNDARY.search(text, max(0, m.start() - 7), m.start()):
            taken.add(m.start(), m.end())  # "since April 2021": a boundary, and its year no period either
            continue
        add(m.start(), m.end(), f"{m.group('year')}-{MONTHS[m.group('mon').lower().rstrip('.')]:02d}")
    for m in win.finditer(_YEAR_ONLY, ("19", "20")):
        add(m.start(), m.end(), m.group("y"))
    for m in win.finditer(_BARE_YEAR, ("19", "20")):
        # "since 2010", "by 2030": a boundary, not the period a figure measures
        if not _BOUNDARY.search(text, max(0, m.start() - 7), m.start()):
            add(m.start(), m.end(), m.group("y"))
    return sorted(out, key=lambda p: p.start)
