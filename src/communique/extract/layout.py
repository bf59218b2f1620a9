"""The parts of a release that are not its story: headline, date line, dateline.

Releases open with a headline (and often a summary line), a line that is only the
publication date ("June 1, 2021", "Posted On: 03 JAN 2020 7:30PM by PIB Delhi"), and
a dateline before the first sentence ("Manila, Philippines –", "Tokyo, 22 June 2024 –").
They say when and where the release was published; they do not report events.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import dates as dates_mod
from .text import Span, Text

_DATE_LINE_CUE = re.compile(r"^\s*(?:posted|published|released|updated|issued|date)\b[\w\s]*:?", re.IGNORECASE)
# "LOS ANGELES –", "Manila, Philippines –", "WASHINGTON, March 3, 2023 —", "Canberra, 22 June 2024:"
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][\w.'\u2019-]*|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|[A-Z]{2,})){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?)"
    r"(?:,?[ \t]*(?P<date>[^\u2013\u2014:\n]{4,30}?))?[ \t]*(?:\u2013|\u2014|--|-|:)[ \t]+",
    re.MULTILINE,
)
# A dateline ends with its dash or colon and a space: a line holding none is no dateline (the
# pattern, with its many ways to read a run of capitals, is slow to say so).
_DATELINE_END = re.compile(r"[\u2013\u2014:-][ \t]")


@dataclass
class Layout:
    headline: Span | None = None
    date_line: Span | None = None
    dateline: Span | None = None
    published: dt.date | None = None  # from the date line or the dateline

    def is_furniture(self, pos: int) -> bool:
        """Inside the headline, the date line or the dateline."""
        return any(sp is not None and sp.start <= pos < sp.end for sp in (self.headline, self.date_line, self.dateline))

    def in_headline(self, pos: int) -> bool:
        return self.headline is not None and self.headline.start <= pos < self.headline.end


def _top_lines(s: str, n: int) -> list[Span]:
    """The first n non-empty lines, page furniture included ("Posted On: ...")."""
    out, pos = [], 0
    for line in s.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Span(pos + lead, pos + len(line.rstrip())))
            if len(out) == n:
                break
        pos += len(line) + 1
    return out


def read_layout(text: Text) -> Layout:
    s = text.clean
    lines = _top_lines(s, 6)
    out = Layout()
    if len(lines) < 2:
        return out
    first = s[lines[0].start : lines[0].end]
    # A headline is short and is not a sentence; text pasted without one starts with the story.
    body_from = 0
    dated_next = _date_line(s, lines[1]) is not None
    # Followed by a date line, the first line is the headline whatever it ends with ("Washington, D.C.").
    if len(first) <= 250 and (dated_next or not first.rstrip("\u201d\"' ").endswith((".", "!", "?"))):
        out.headline = lines[0]
        body_from = 1
    for k, line in enumerate(lines[body_from : body_from + 3], start=body_from):
        if line.end - line.start > 80:
            break
        date = _date_line(s, line)
        if date is not None:
            out.date_line, out.published = line, date
            body_from = k + 1
            break
    if body_from < len(lines):
        first = lines[body_from]
        end = min(first.end, first.start + 90)
        m = _DATELINE.match(s, first.start, end) if _DATELINE_END.search(s, first.start, end) else None
        if m and _looks_like_dateline(m):
            out.dateline = Span(first.start, m.end())
            found = [d for d in dates_mod.find_dates(m.group("date"), None) if not d.relative] if m.group("date") else []
            if out.published is None and found:
                out.published = found[0].date
            elif out.date_line is not None:
                # "3/10/2003" over "LONDON, March 10 --": a numeric date line both ways readable is read
                # the way the dateline writes the day (month first, as US agencies write it). The whole
                # dateline is read, its day resolved against the date line's year ("LONDON, March" may
                # be read as its place).
                swapped = _other_reading(s[out.date_line.start : out.date_line.end], out.published)
                found = [d for d in dates_mod.find_dates(m.group(), out.published) if not d.relative] if swapped else []
                if found and (found[0].date.month, found[0].date.day) == (swapped.month, swapped.day):
                    out.published = swapped
    return out


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\s*")


def _other_reading(chunk: str, date: dt.date | None) -> dt.date | None:
    """The day a numeric date line names read the other way round ("3/10/2003": 10 March or 3 October)."""
    m = _NUMERIC_DATE.fullmatch(chunk)
    if date is None or m is None or m.group(1) == m.group(2) or int(m.group(1)) > 12 or int(m.group(2)) > 12:
        return None
    return date.replace(month=date.day, day=date.month)


_MONTH_COMMA_DAY = re.compile(r"(\s*[A-Z][a-z]{2,8}\.?),(\s+[0-3]?\d\b)")


def _date_line(s: str, line: Span) -> dt.date | None:
    """The date of a line that is only a date ("June 1, 2021", "Posted On: 03 JAN 2020 7:30PM")."""
    chunk = s[line.start : line.end]
    if len(chunk) > 80:
        return None
    explicit = [d for d in dates_mod.find_dates(chunk, None) if not d.relative]
    if not explicit and _MONTH_COMMA_DAY.match(chunk):
        chunk = _MONTH_COMMA_DAY.sub(r"\1\2", chunk, count=1)  # "November, 17, 2025", as a ministry writes it
        explicit = [d for d in dates_mod.find_dates(chunk, None) if not d.relative]
    covered = sum(d.end - d.start for d in explicit)
    if explicit and (covered >= 0.5 * len(chunk.strip()) or _DATE_LINE_CUE.match(chunk)):
        return explicit[0].date
    return None


def _looks_like_dateline(m: re.Match) -> bool:
    """A place (and maybe a date) before a dash, not the subject of a sentence."""
    place = m.group("place")
    words = place.replace(",", " ").split()
    if len(words) > 5:
        return False
    # "Prime Minister – ...": a title is not a place.
    return not any(w in {"Minister", "President", "Secretary", "The", "We", "I", "Today"} for w in words)
