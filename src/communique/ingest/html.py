"""A release's main text and metadata from an HTML page, with trafilatura.

trafilatura drops navigation, footers, share widgets and link lists, keeps tables, and
reads title, date (htmldate: meta tags, <time>, dates in the text in many formats) and
site name. It runs fully offline; nothing here fetches.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import copy

import htmldate
import lxml.etree
import lxml.html
import trafilatura

from .fetch import SCHEMES

_PARSER = lxml.html.HTMLParser(encoding="utf-8")
# A page whose main text is shorter than this is probably a teaser or a frame around the
# release: look for the full text behind an iframe or a "read more" link.
SHORT_WORDS = 60
_READ_MORE = re.compile(r"\b(read (the )?(more|full( text| statement| release)?)|full text|continue reading|"
                        r"view (the )?(full|complete)|more details)\b", re.IGNORECASE)


@dataclass
class Page:
    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    declared_language: str | None = None
    canonical: str | None = None
    follow: list[str] = field(default_factory=list)  # where the full text may be

    @property
    def words(self) -> int:
        return len(self.text.split())


def parse_html(html: str, url: str | None = None, today: dt.date | None = None) -> Page:
    today = today or dt.date.today()
    if not html.strip():
        return Page(text="")
    try:
        # Bytes with the encoding stated: the text is already decoded, so a <meta charset>
        # in it must not make lxml decode it a second time.
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return Page(text="")
    body = _unwrap_layout_tables(copy.deepcopy(tree))
    # trafilatura's own extractor first; its comparison with jusText and readability
    # (three quarters of the time) only when that finds little.
    doc = _trafilatura(body, url, fast=True)
    if doc is None or not doc.text or len(doc.text.split()) < SHORT_WORDS:
        doc = _trafilatura(body, url, fast=False) or doc
    text = _paragraphs(doc.text if doc is not None and doc.text else "")
    page = Page(text=text, published=_published(tree, url, today))
    if doc is not None:
        page.title = _short(doc.title)
        # trafilatura falls back to the host name, which names no publisher.
        host = (urlsplit(url).hostname or "") if url else ""
        if doc.sitename and doc.sitename.lower().removeprefix("www.") != host.lower().removeprefix("www."):
            page.publisher = _short(doc.sitename)
    page.declared_language = _declared_language(tree)
    page.canonical = _canonical(tree, url)
    if page.words < SHORT_WORDS:
        page.follow = _full_text_links(tree, url)
    return page


def _trafilatura(tree, url: str | None, fast: bool):
    return trafilatura.bare_extraction(
        copy.deepcopy(tree), url=url, with_metadata=True, fast=fast, include_comments=False,
        include_tables=True, include_images=False, include_links=False, favor_precision=True,
        deduplicate=False)


def _unwrap_layout_tables(tree):
    """Old government sites lay pages out in tables. A table whose cells hold paragraphs
    or headings is layout, not data: turned into plain blocks, its menu cell and its text
    cell are judged apart instead of being flattened into one table row."""
    layout = tree.xpath("//table[.//td[p or h1 or h2 or h3 or div or table]]")
    for table in layout:
        # Only this table's own rows and cells: a data table nested in a cell stays a table.
        own = [el for el in table.iter("tbody", "thead", "tr", "td", "th")
               if next(el.iterancestors("table")) is table]
        for el in own:
            el.tag = "div"
    for table in layout:
        table.tag = "div"
    return tree


def _published(tree, url: str | None, today: dt.date) -> dt.date | None:
    """htmldate on the page without its chrome: footers carry "last updated" and
    copyright dates that are not the release's. No "extensive" search: it guesses dates
    from URLs and years."""
    pruned = copy.deepcopy(tree)
    for el in pruned.xpath("//footer | //nav | //aside | //header[not(.//h1)] | //*[contains(@class, 'footer')]"
                           " | //*[contains(@id, 'footer')] | //*[contains(@class, 'related')]"):
        if el.getparent() is not None:
            el.getparent().remove(el)
    found = htmldate.find_date(pruned, url=url, extensive_search=False, original_date=True,
                               max_date=today.isoformat())
    return _date(found, today)


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, so the stored source reads as Markdown; the rows
    of a table stay together."""
    blocks: list[str] = []
    for ln in (ln.strip() for ln in text.splitlines()):
        if not ln:
            continue
        if blocks and ln.startswith("|") and blocks[-1].startswith("|"):
            blocks[-1] += "\n" + ln
        else:
            blocks.append(ln)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _short(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value[:500] or None


def _date(value: str | None, today: dt.date) -> dt.date | None:
    try:
        d = dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
    return d if d and dt.date(1900, 1, 1) <= d <= today else None


def _declared_language(tree) -> str | None:
    for xp in ("/html/@lang", "/html/@xml:lang", "//meta[@http-equiv='content-language']/@content",
               "//meta[@property='og:locale']/@content"):
        found = tree.xpath(xp)
        if found and str(found[0]).strip():
            return str(found[0]).strip().split(",")[0]
    return None


def _canonical(tree, base: str | None) -> str | None:
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for href in tree.xpath(xp):
            full = urljoin(base or "", str(href).strip())
            if urlsplit(full).scheme in SCHEMES and urlsplit(full).netloc:
                return full
    return None


def _full_text_links(tree, base: str | None) -> list[str]:
    out = []
    for src in tree.xpath("//iframe/@src | //frame/@src | //object/@data | //embed/@src"):
        out.append(urljoin(base or "", str(src).strip()))
    for a in tree.xpath("//a[@href]"):
        label = " ".join(a.text_content().split()) or (a.get("title") or "")
        if _READ_MORE.search(label) and len(label) < 80:
            out.append(urljoin(base or "", a.get("href").strip()))
    base_doc = (base or "").split("#")[0]
    keep = [u for u in dict.fromkeys(out) if urlsplit(u).scheme in SCHEMES and u.split("#")[0] != base_doc]
    return keep[:3]
