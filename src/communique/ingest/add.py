"""`communique add`: web pages, saved HTML/PDF files and feed items in, sources written,
then extraction exactly as `communique extract` runs it.

Rules: a release already stored (same URL, or the same text under another URL) is not
added again; a stored page whose text has changed is reported and left as it is
(sources are verbatim records); a release is written whole or not at all.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .. import store as store_mod
from ..extract.people import slugify
from ..extract.run import run_cli as run_extract, source_file_text
from ..model import SourceMeta
from ..store import yamlio
from ..store.loader import MAX_SOURCE_BYTES
from . import language
from .feeds import FeedError, FeedItem, parse_feed
from .fetch import FetchError, Fetcher, Policy, Response, check_scheme
from .html import Page, parse_html
from .pdf import PdfError, parse_pdf

ACCEPT_PAGE = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1"
ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FILE_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


class AddError(Exception):
    pass


@dataclass
class Release:
    meta: SourceMeta
    text: str
    notes: list[str] = field(default_factory=list)
    final_url: str | None = None  # after redirects


@dataclass
class Target:
    label: str                        # URL or path, for messages
    url: str | None = None
    path: Path | None = None
    item: FeedItem | None = None
    feed_title: str | None = None


def text_key(text: str) -> str:
    """Same release, whatever the whitespace, quotes, dashes or case: a hash of its words."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


class Known:
    """What data/sources already holds, by URL and by text."""

    def __init__(self, data: Path, st):
        self.by_url: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        self.key_of: dict[str, str] = {}
        self.path_of: dict[str, Path] = {}
        self.fetched: dict[str, dt.date | None] = {}
        self.ids = set(st.sources) | {p.stem for p in (data / "sources").glob("*") if p.is_file()}
        for sid, src in st.sources.items():
            self.remember(sid, src.path, src.meta, src.text)

    def remember(self, sid: str, path: Path, meta: SourceMeta, body: str) -> None:
        self.ids.add(sid)
        if meta.url:
            self.by_url.setdefault(_url_key(meta.url), sid)
        self.key_of[sid] = text_key(body)
        self.by_text.setdefault(self.key_of[sid], sid)
        self.path_of[sid] = path
        self.fetched[sid] = meta.fetched

    def url(self, *urls: str | None) -> str | None:
        for u in urls:
            if u and _url_key(u) in self.by_url:
                return self.by_url[_url_key(u)]
        return None

    def free_id(self, meta: SourceMeta, text: str) -> str:
        base = slugify(meta.title or "") if meta.title else ""
        if base in ("", "x"):
            base = "release-" + text_key(text)[:10]
        base = base[:80].rstrip("-_")
        sid, n = base, 2
        while sid in self.ids:
            sid, n = f"{base}-{n}", n + 1
        return sid


def _url_key(url: str) -> str:
    """Scheme and host are case-insensitive, a fragment and a trailing slash name the same
    page; the path and query are kept as they are (they may be case-sensitive)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # not a number: compare the address as written
        return url.strip()
    if port == {"http": 80, "https": 443}.get(parts.scheme.lower()):
        port = None
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), parts.query, ""))


# -- turning one target into a release --------------------------------------------------

def release_from_response(resp: Response, fetcher: Fetcher | None, today: dt.date) -> tuple[Page, list[str]]:
    kind = _kind(resp.content_type, resp.body)
    if kind == "pdf":
        pdf = _pdf(resp.body)
        return Page(text=pdf.text, title=pdf.title, declared_language=pdf.declared_language), []
    if kind != "html":
        raise AddError(f"not an HTML page or a PDF (Content-Type: {resp.content_type or 'none'})")
    page = parse_html(_decode(resp.body, resp.charset), resp.url, today)
    notes = []
    if page.follow and fetcher is not None:
        page, notes = _follow(page, fetcher, today)
    elif page.follow:
        notes.append(f"short text ({page.words} words); the full release may be at {page.follow[0]}")
    return page, notes


def _follow(page: Page, fetcher: Fetcher, today: dt.date) -> tuple[Page, list[str]]:
    """The release may be in an iframe or behind a "read more" link: take the longest text
    found one step away, keeping the outer page's metadata where the inner has none."""
    notes = []
    best = page
    for link in page.follow:
        try:
            resp = fetcher.get(link, accept=ACCEPT_PAGE)
            kind = _kind(resp.content_type, resp.body)
            if kind == "pdf":
                pdf = _pdf(resp.body)
                inner = Page(text=pdf.text, title=pdf.title, declared_language=pdf.declared_language)
            elif kind == "html":
                inner = parse_html(_decode(resp.body, resp.charset), resp.url, today)
            else:
                continue
        except (FetchError, AddError) as exc:
            notes.append(f"could not follow {link}: {exc}")
            continue
        if inner.words > best.words:
            best = inner
            src = link
    if best is page:
        return page, notes
    notes.append(f"text taken from {src}")
    best.title = page.title or best.title
    best.published = page.published or best.published
    best.publisher = page.publisher or best.publisher
    best.declared_language = page.declared_language or best.declared_language
    best.canonical = page.canonical
    return best, notes


def _pdf(data: bytes):
    try:
        return parse_pdf(data)
    except PdfError as exc:
        raise AddError(str(exc)) from None


def _kind(content_type: str, body: bytes) -> str | None:
    head = body[:1024].lstrip().lower()
    if content_type == "application/pdf" or body.startswith(b"%PDF-"):
        return "pdf"
    if content_type in HTML_TYPES:
        return "html"
    if content_type in ("", "application/octet-stream") and (head.startswith(b"<!doctype html") or b"<html" in head):
        return "html"
    return None


def _decode(body: bytes, charset: str | None) -> str:
    m = _META_CHARSET.search(body[:4096])
    for enc in (charset, m.group(1).decode("ascii") if m else None, "utf-8"):
        if enc:
            try:
                return body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", "replace")


def build_release(page: Page, target: Target, fetched: dt.date | None) -> Release:
    text = page.text
    if not text.strip():
        raise AddError("no main text found in the page")
    if len(text.encode()) > MAX_SOURCE_BYTES:
        raise AddError(f"main text is over {MAX_SOURCE_BYTES:,} bytes; not a press release?")
    item = target.item
    declared = page.declared_language or (item.language if item else None)
    lang, note = language.decide(declared, text)
    url = target.url or page.canonical
    meta = SourceMeta(
        title=(item.title if item and item.title else page.title),
        published=(item.published if item and item.published else page.published),
        publisher=page.publisher or target.feed_title,
        url=url if url and len(url) <= 2000 and not re.search(r"\s", url) else None,
        language=lang,
        fetched=fetched,
    )
    return Release(meta, text, [note] if note else [])


def obtain(target: Target, fetcher: Fetcher, today: dt.date) -> Release:
    if target.path is not None:
        kind = FILE_SUFFIXES.get(target.path.suffix.lower())
        try:
            raw = target.path.read_bytes()
        except OSError as exc:
            raise AddError(f"cannot read: {exc.strerror or exc}") from None
        ctype = "application/pdf" if kind == "pdf" else "text/html"
        page, notes = release_from_response(Response(str(target.path), 200, ctype, None, raw), None, today)
        rel = build_release(page, target, None)
    else:
        resp = fetcher.get(target.url, accept=ACCEPT_PAGE)
        page, notes = release_from_response(resp, fetcher, today)
        rel = build_release(page, target, today)
        rel.final_url = resp.url
    rel.notes[:0] = notes
    return rel


# -- the command ---------------------------------------------------------------------------

@dataclass
class Tally:
    added: int = 0
    known: int = 0
    duplicate: int = 0
    changed: int = 0
    failed: int = 0

    def line(self) -> str:
        return (f"{self.added} added, {self.known} already stored, {self.duplicate} duplicates, "
                f"{self.changed} changed (not overwritten), {self.failed} failed")


def targets_from_args(args: argparse.Namespace, fetcher: Fetcher, known: Known, tally: Tally) -> list[Target]:
    targets = []
    for arg in args.inputs:
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", arg):
            try:
                check_scheme(arg)
            except FetchError as exc:
                _fail(tally, arg, str(exc))
                continue
            targets.append(Target(arg, url=arg))
        else:
            path = Path(arg)
            if path.suffix.lower() not in FILE_SUFFIXES:
                _fail(tally, arg, "expected an http(s) URL or a .html/.htm/.pdf file "
                                  "(for .md/.txt use communique extract)")
            elif not path.is_file():
                _fail(tally, arg, "no such file")
            else:
                targets.append(Target(arg, path=path))
    for feed_url in args.feed or []:
        try:
            resp = fetcher.get(feed_url, accept=ACCEPT_FEED)
            feed = parse_feed(resp.body, resp.url)
        except (FetchError, FeedError) as exc:
            _fail(tally, feed_url, f"feed: {exc}")
            continue
        new = 0
        for item in feed.items:
            if item.url is None:
                _fail(tally, item.link or "(item without a link)",
                      f"feed item {item.title or ''!r}: link is not an http(s) address; skipped")
            elif known.url(item.url) is not None:
                tally.known += 1
            else:
                targets.append(Target(item.url, url=item.url, item=item, feed_title=feed.title))
                new += 1
        print(f"feed {feed_url}: {len(feed.items)} items, {new} new")
    return targets


def _fail(tally: Tally, label: str, message: str, prefix: str = "") -> None:
    tally.failed += 1
    print(f"{prefix}failed {label}: {message}", file=sys.stderr)


def run_add(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not args.inputs and not args.feed:
        print("communique add: give URLs, .html/.pdf files or --feed URL", file=sys.stderr)
        return 2
    if args.timeout <= 0 or args.delay < 0:
        print("communique add: --timeout must be > 0 and --delay >= 0", file=sys.stderr)
        return 2
    started = time.monotonic()
    st = store_mod.load(data)
    if st.problems:
        for p in st.problems:
            print(p, file=sys.stderr)
        print(f"{data}: fix these {len(st.problems)} problems first (communique check)", file=sys.stderr)
        return 1
    known = Known(data, st)
    fetcher = Fetcher(Policy(timeout=args.timeout, delay=args.delay))
    tally = Tally()
    targets = targets_from_args(args, fetcher, known, tally)
    today = dt.datetime.now(dt.timezone.utc).date()
    written: list[Path] = []
    done = 0
    try:
        for target in targets:
            add_one(target, f"[{done + 1}/{len(targets)}] ", data, fetcher, known, tally, today, written)
            done += 1
    except KeyboardInterrupt:
        # What is written is whole; it still goes through extraction below.
        tally.failed += 1
        print(f"interrupted: {len(targets) - done} of {len(targets)} not done", file=sys.stderr)
    status = 1 if tally.failed else 0
    if written:
        status |= run_extract(argparse.Namespace(paths=[str(p) for p in written], data=str(data),
                                                 published=None, json=False, update=False))
    elapsed = time.monotonic() - started
    per = f", {elapsed / tally.added:.2f} s per release added" if tally.added else ""
    print(f"{tally.line()} in {elapsed:.1f} s{per}")
    return status


def add_one(target: Target, step: str, data: Path, fetcher: Fetcher, known: Known, tally: Tally,
            today: dt.date, written: list[Path]) -> None:
    if target.item is not None and known.url(target.url) is not None:
        tally.known += 1  # listed twice in the feeds given
        return
    try:
        rel = obtain(target, fetcher, today)
    except (FetchError, AddError) as exc:
        _fail(tally, target.label, str(exc), step)
        return
    for note in rel.notes:
        print(f"{step}note {target.label}: {note}")
    key = text_key(rel.text)
    same_url = known.url(target.url, rel.final_url, rel.meta.url)
    if same_url is not None:
        stored = known.path_of[same_url]
        if known.key_of[same_url] == key:
            tally.known += 1
            print(f"{step}unchanged {target.label}: already stored as {stored}")
        else:
            tally.changed += 1
            since = known.fetched.get(same_url)
            print(f"{step}changed {target.label}: its text differs from {stored}"
                  f"{f' (fetched {since})' if since else ''}; kept the stored text as it is",
                  file=sys.stderr)
        return
    if key in known.by_text:
        tally.duplicate += 1
        print(f"{step}duplicate {target.label}: same text as {known.path_of[known.by_text[key]]}; not added")
        return
    sid = known.free_id(rel.meta, rel.text)
    path = data / "sources" / f"{sid}.md"
    try:
        yamlio.write_atomic(path, source_file_text(rel.meta, rel.text))
    except OSError as exc:
        _fail(tally, target.label, f"cannot write {path}: {exc.strerror or exc}", step)
        return
    known.remember(sid, path, rel.meta, rel.text)
    written.append(path)
    tally.added += 1
    lang = "" if language.is_english(rel.meta.language) else f", language {rel.meta.language}"
    print(f"{step}added {path} <- {target.label} ({len(rel.text.split())} words{lang})")
