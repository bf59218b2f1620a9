"""The items of an RSS or Atom feed, with feedparser (parses every RSS/Atom dialect and
broken feeds, dates in their many formats). It is given bytes, so it never fetches."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser

from .fetch import SCHEMES


class FeedError(Exception):
    pass


@dataclass
class FeedItem:
    url: str | None           # None when the link is missing or not http(s)
    link: str                 # as the feed gives it, for messages
    title: str | None
    published: dt.date | None
    language: str | None


@dataclass
class Feed:
    title: str | None
    items: list[FeedItem]


def parse_feed(data: bytes, feed_url: str) -> Feed:
    parsed = feedparser.parse(data, response_headers={"content-location": feed_url},
                              sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = getattr(parsed, "bozo_exception", None)
        raise FeedError(f"not an RSS or Atom feed{f' ({why})' if why else ''}")
    head = parsed.feed
    feed_lang = head.get("language") or None
    items = []
    for e in parsed.entries:
        link = (e.get("link") or "").strip()
        full = urljoin(feed_url, link) if link else ""
        ok = urlsplit(full).scheme.lower() in SCHEMES and bool(urlsplit(full).netloc)
        items.append(FeedItem(
            url=full if ok else None, link=link, title=(e.get("title") or "").strip() or None,
            published=_date(e.get("published_parsed") or e.get("updated_parsed")),
            language=e.get("language") or (e.get("title_detail") or {}).get("language") or feed_lang,
        ))
    return Feed(title=(head.get("title") or "").strip() or None, items=items)


def _date(st) -> dt.date | None:
    if not st:
        return None
    try:
        return dt.date(st.tm_year, st.tm_mon, st.tm_mday)
    except (ValueError, AttributeError):
        return None
