"""The shared text every extractor reads: cleaned for matching, mapped back to the source.

Scraped releases carry HTML entities, non-breaking spaces and zero-width characters.
Extractors match on `clean`; `evidence()` maps a clean span back to the exact
characters of the source body, so provenance always quotes the file as it is.
"""
from __future__ import annotations

import bisect
import html
import re
import string
from dataclasses import dataclass, field
from functools import cached_property

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
         "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u2002", "\u2003", "\t", "\r", "\f", "\v"}

_SPECIAL_CHARS = "".join(sorted(_DROP | _SPACES)).replace("\\", "\\\\")
# An entity, or one character to drop or to make a space. Written as one class of first characters
# (an entity only after "&"), so that re skips from one of them to the next instead of trying each
# position: the same matches as _ENTITY.pattern + "|[" + _SPECIAL_CHARS + "]", twice as fast.
_SPECIAL = re.compile("[&" + _SPECIAL_CHARS + "](?:(?<=&)" + _ENTITY.pattern[1:] + "|(?<!&))")
# Lines a web page wraps around an article; they are not part of any sentence.
BOILERPLATE = re.compile(
    r"^\s*(share( this( article| story| page)?)?|tweet|print|email|whatsapp|facebook|linkedin|"
    r"follow us.*|advertisement|also read.*|read more.*|click here.*|subscribe.*|"
    r"home|menu|skip to (main )?content|back to top|related (news|stories|articles)?.*|"
    r"(updated|published|posted)( on)?:? .{0,40}|photo:? .{0,80}|image:? .{0,80}|"
    r"\(?(image|photo) (credit|source|courtesy).*)\s*$",
    re.IGNORECASE,
)
# How every BOILERPLATE line opens, lowercased after its leading spaces: a line of plain ASCII
# (where lowercasing is exact) that opens otherwise is no boilerplate, with no pattern to run.
_BOILERPLATE_OPENINGS = ("share", "tweet", "print", "email", "whatsapp", "facebook", "linkedin", "follow",
                         "advert", "also", "read", "click", "subscribe", "home", "menu", "skip", "back",
                         "related", "updated", "published", "posted", "photo", "image", "(")
_OPENING_LEN = max(map(len, _BOILERPLATE_OPENINGS))  # (only so much of a line is lowercased to test them)


def is_boilerplate(line: str) -> bool:
    if line.isascii() and not line.lstrip()[:_OPENING_LEN].lower().startswith(_BOILERPLATE_OPENINGS):
        return False
    return BOILERPLATE.match(line) is not None

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "capt", "hon", "rev",
    "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs", "a.m", "p.m", "inc", "ltd",
    "co", "corp", "govt", "amb", "sen", "rep", "gov", "adm", "maj", "sgt", "h.e", "approx", "fig",
    # styles and ranks of South Asian and Commonwealth releases: "Rt. Hon.", "Ven.", "Dep. Minister",
    # "Addl. Secretary", "Brig. (Retd.)"
    "rt", "ven", "dep", "dy", "addl", "jt", "secy", "asst", "brig", "cdr", "cmdr", "sqn", "ldr",
    "retd", "rtd", "excy", "smt",
}
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_OPENER = re.compile(r"\s+(?:The|This|These|That|Those|It|Its|He|She|They|We|I|In|On|At|During|After|Before|Both|His|Her|Their|Our|A|An|As|For|With|While|When|Today|Yesterday)\b")
# "[.!?][.!?]*", not "[.!?]+": a pattern opening with a class lets re skip to the next stop (twice as fast).
_SENT_END = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_CHARS = string.ascii_letters + "."


def last_word(s: str, start: int, end: int) -> str:
    """What _LAST_WORD.search(s, start, end) finds ("" if nothing): the letters and stops that
    end the span, from the first letter among them. Stripping finds it in one step where the
    pattern tries every position of the span."""
    chunk = s[start:end]
    if chunk.endswith("\n"):  # ($ also matches before a last newline: rare, left to the pattern)
        m = _LAST_WORD.search(s, start, end)
        return m.group(1) if m else ""
    return chunk[len(chunk.rstrip(_WORD_CHARS)) :].lstrip(".")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # (Made by the hundred per release; see gazetteer.Hit.)
        d = self.__dict__
        d["start"], d["end"] = start, end


@dataclass
class Text:
    raw: str
    clean: str = field(init=False)
    _segs: list = field(init=False, repr=False)
    _seg_starts: list = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Runs of unchanged text map one to one; only entities and dropped characters
        # break the run. Segments: (clean start, raw start, length).
        parts: list[str] = []
        segs: list[tuple[int, int, int]] = []
        raw = self.raw
        pos = clean_len = 0
        for m in _SPECIAL.finditer(raw):
            if m.start() > pos:
                chunk = raw[pos : m.start()]
                parts.append(chunk)
                segs.append((clean_len, pos, len(chunk)))
                clean_len += len(chunk)
            tok = m.group()
            if tok in _DROP:
                rep = ""
            elif tok in _SPACES:
                rep = " "
            else:
                rep = html.unescape(tok)
                if rep == tok:  # not an entity after all: plain text
                    parts.append(tok)
                    segs.append((clean_len, m.start(), len(tok)))
                    clean_len += len(tok)
                    pos = m.end()
                    continue
                rep = "".join(" " if c in _SPACES else c for c in rep if c not in _DROP)
            if rep:
                parts.append(rep)
                # Every character of a replacement maps to the whole entity.
                segs.extend((clean_len + k, m.start(), 0) for k in range(len(rep)))
                clean_len += len(rep)
            pos = m.end()
        if pos < len(raw):
            parts.append(raw[pos:])
            segs.append((clean_len, pos, len(raw) - pos))
            clean_len += len(raw) - pos
        self.clean = "".join(parts)
        self._segs = segs
        self._seg_starts = [sg[0] for sg in segs]

    def _raw_pos(self, i: int, end: bool = False) -> int:
        """Raw offset of clean index i (end=True: one past the raw character(s) of i)."""
        k = bisect.bisect_right(self._seg_starts, i) - 1
        if k < 0:
            return 0
        cstart, rstart, length = self._segs[k]
        if length == 0:  # a replacement: the whole entity
            if not end:
                return rstart
            m = _ENTITY.match(self.raw, rstart)
            return m.end() if m else rstart + 1
        return rstart + (i - cstart) + (1 if end else 0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean offsets -> raw offsets (end exclusive, entities kept whole)."""
        if end <= start:
            rs = self._raw_pos(start) if start < len(self.clean) else len(self.raw)
            return rs, rs
        return self._raw_pos(start), self._raw_pos(end - 1, end=True)

    def evidence(self, start: int, end: int) -> dict:
        rs, re_ = self.raw_span(start, end)
        return {"start": rs, "end": re_, "exact": self.raw[rs:re_]}

    def raw_text(self, start: int, end: int) -> str:
        rs, re_ = self.raw_span(start, end)
        return self.raw[rs:re_]

    @cached_property
    def lines(self) -> list[Span]:
        """Non-empty, non-boilerplate lines (paragraphs) of the clean text."""
        return self._split_lines[0]

    @cached_property
    def every_line(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of every line holding more than white space, as it stands (boilerplate
        and spaces included): the lines `Windows.by_line` reads, from the same split as `lines`."""
        return self._split_lines[1]

    @cached_property
    def _split_lines(self) -> tuple[list[Span], tuple[list[int], list[int]]]:
        spans: list[Span] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for line in self.clean.split("\n"):
            body = line.strip()
            if body:
                starts.append(pos)
                ends.append(pos + len(line))
                if not is_boilerplate(line):
                    lead = pos + len(line) - len(line.lstrip())
                    spans.append(Span(lead, lead + len(body)))
            pos += len(line) + 1
        return spans, (starts, ends)

    @cached_property
    def sentences(self) -> list[Span]:
        out = []
        clean = self.clean
        for para in self.lines:
            start = para.start
            last = para.end - 1
            # A stop needs white space after it inside the paragraph: one only at its end (most
            # short paragraphs) ends no sentence before it, with no pattern to run.
            if clean.find(".", start, last) < 0 and clean.find("?", start, last) < 0 and clean.find("!", start, last) < 0:
                if start < para.end:
                    out.append(Span(start, para.end))
                continue
            for m in _SENT_END.finditer(self.clean, para.start, para.end):
                # Only the word before the stop matters: look back a bounded distance, not to
                # the sentence start (a run of initials would make that quadratic).
                token = last_word(self.clean, max(start, m.start() - 40), m.start() + 1).lower().rstrip(".")
                # "Mr. Li", "Dec. 26", and initials such as "R. Kumar" do not end a sentence.
                if m.group().startswith(".") and (token in _ABBREV or (len(token) == 1 and token.isalpha())
                                                  or (_INITIALS.fullmatch(token) and not _OPENER.match(self.clean, m.end()))):
                    # ("Professor G.L. Peiris met", but "in Washington, D.C. The Secretary ...")
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
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [s.start for s in self.lines]

    def sentence_at(self, pos: int) -> Span:
        return _containing(self.sentences, self.sentence_starts, pos)

    def paragraph_at(self, pos: int) -> Span:
        return _containing(self.lines, self._line_starts, pos)


def _containing(spans: list[Span], starts: list[int], pos: int) -> Span:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return Span(pos, pos)
