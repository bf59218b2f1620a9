"""The shared text every extractor reads: cleaned for matching, mapped back to the source.

Scraped releases carry HTML entities, non-breaking spaces and zero-width characters.
Extractors match on `clean`; `evidence()` maps a clean span back to the exact
characters of the source body, so provenance always quotes the file as it is.
"""
from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from functools import cached_property

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
         "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u2002", "\u2003", "\t", "\r", "\f", "\v"}

# Lines a web page wraps around an article; they are not part of any sentence.
BOILERPLATE = re.compile(
    r"^\s*(share( this( article| story| page)?)?|tweet|print|email|whatsapp|facebook|linkedin|"
    r"follow us.*|advertisement|also read.*|read more.*|click here.*|subscribe.*|"
    r"home|menu|skip to (main )?content|back to top|related (news|stories|articles)?.*|"
    r"(updated|published|posted)( on)?:? .{0,40}|photo:? .{0,80}|image:? .{0,80}|"
    r"\(?(image|photo) (credit|source|courtesy).*)\s*$",
    re.IGNORECASE,
)

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "capt", "hon", "rev",
    "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs", "a.m", "p.m", "inc", "ltd",
    "co", "corp", "govt", "amb", "sen", "rep", "gov", "adm", "maj", "sgt", "h.e", "approx", "fig",
}
_SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Text:
    raw: str
    clean: str = field(init=False)
    _map: list[int] = field(init=False, repr=False)  # clean index -> raw index

    def __post_init__(self) -> None:
        out: list[str] = []
        mapping: list[int] = []
        raw = self.raw
        i, n = 0, len(raw)
        while i < n:
            ch = raw[i]
            if ch == "&":
                m = _ENTITY.match(raw, i)
                if m:
                    rep = html.unescape(m.group())
                    if rep != m.group():
                        for c in rep:
                            out.append(" " if c in _SPACES else c)
                            mapping.append(i)
                        i = m.end()
                        continue
            if ch in _DROP:
                i += 1
                continue
            out.append(" " if ch in _SPACES else ch)
            mapping.append(i)
            i += 1
        mapping.append(n)
        self.clean = "".join(out)
        self._map = mapping

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean offsets -> raw offsets (end exclusive, entities kept whole)."""
        rs = self._map[start]
        if end <= start:
            return rs, rs
        last = self._map[end - 1]
        m = _ENTITY.match(self.raw, last) if self.raw[last : last + 1] == "&" else None
        re_ = m.end() if m else last + 1
        # Characters dropped after the span (zero-width) stay outside it.
        return rs, re_

    def evidence(self, start: int, end: int) -> dict:
        rs, re_ = self.raw_span(start, end)
        return {"start": rs, "end": re_, "exact": self.raw[rs:re_]}

    def raw_text(self, start: int, end: int) -> str:
        rs, re_ = self.raw_span(start, end)
        return self.raw[rs:re_]

    @cached_property
    def lines(self) -> list[Span]:
        """Non-empty, non-boilerplate lines (paragraphs) of the clean text."""
        spans = []
        pos = 0
        for line in self.clean.split("\n"):
            end = pos + len(line)
            if line.strip() and not BOILERPLATE.match(line):
                lead = len(line) - len(line.lstrip())
                spans.append(Span(pos + lead, pos + len(line.rstrip())))
            pos = end + 1
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        out = []
        for para in self.lines:
            start = para.start
            for m in _SENT_END.finditer(self.clean, para.start, para.end):
                word = _LAST_WORD.search(self.clean, start, m.start() + 1)
                token = (word.group(1) if word else "").lower().rstrip(".")
                # "Mr. Li", "Dec. 26", and initials such as "S. Jaishankar" do not end a sentence.
                if m.group().startswith(".") and (token in _ABBREV or (len(token) == 1 and token.isalpha())):
                    continue
                end = m.end()
                out.append(Span(start, end))
                start = end
                while start < para.end and self.clean[start].isspace():
                    start += 1
            if start < para.end:
                out.append(Span(start, para.end))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [s.start for s in self.lines]

    def sentence_at(self, pos: int) -> Span:
        return _containing(self.sentences, self._sentence_starts, pos)

    def paragraph_at(self, pos: int) -> Span:
        return _containing(self.lines, self._line_starts, pos)


def _containing(spans: list[Span], starts: list[int], pos: int) -> Span:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return Span(pos, pos)
