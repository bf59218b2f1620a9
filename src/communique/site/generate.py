"""generate(store) -> pages: every page of the site, from records, through templates.

context.py says what each page shows (plain data), render.py turns it into HTML with
Jinja2 templates a site can override. A `Page` carries the HTML and what an engine
needs around it (title, tags, table of contents, search text, JSON-LD); `content` is
the page as a Markdown file (front matter and one HTML block) for engines that read files.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import re
from dataclasses import dataclass, field

from . import exports, reader_pages
from .context import Contexts
from .html import esc, json_for_script, plain_title
from .render import Renderer, toc

_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass
class Page:
    path: str
    title: str
    html: str = ""
    jsonld: list[dict] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    toc: list[dict] = field(default_factory=list)
    # Lean HTML for the search index (title and the few facts worth finding the page by).
    search_html: str | None = None
    # Set for data files (JSON, CSV): their bytes, served as they are.
    data: str | None = None

    @functools.cached_property
    def stamp(self) -> str:
        """Changes when anything the theme shows of the page changes (its HTML or meta).
        Once per page: a page kept between rebuilds keeps its stamp."""
        return hashlib.blake2b(self.html.encode() + repr(self.meta).encode(), digest_size=16).hexdigest()

    @property
    def content(self) -> str:
        if self.data is not None:
            return self.data
        front = "---\n" + "".join(f"{k}: {json_for_script(v)}\n" for k, v in self.meta.items()) + "---\n\n"
        # One HTML block: a blank line would end it and let Markdown read the rest.
        return front + _BLANK_LINES.sub("\n", self.html).strip() + "\n"


class Kept:
    """What `generate` keeps for the next call (a rebuild under `mkdocs serve`): each page's
    data with what it read (context.py), and each page as made from it."""

    def __init__(self):
        self.key: tuple | None = None
        self.built: dict = {}  # path -> tracking.Built
        self.pages: dict[str, tuple] = {}  # path -> (PageContext, its linked_from, Page)
        self.rebuilt = 0  # pages whose data was built again by the last call
        self.remade: set[str] = set()  # pages made again by the last call (data or "Linked from" changed)

    def for_site(self, key: tuple) -> "Kept":
        if key != self.key:  # other links or templates: nothing kept applies
            self.key, self.built, self.pages = key, {}, {}
        return self


def generate(st, directory_urls: bool = True, template_dirs=(), renderer: Renderer | None = None,
             links_from_source: bool = False, site_name: str = "communique",
             site_url: str | None = None, kept: Kept | None = None) -> list[Page]:
    """Every generated page of the site, sorted by path. Pure: same store, same pages.
    Links are relative to each page's URL, or to its source file (for Zensical).
    site_url, when known, makes the feeds' links absolute (calendars need that).
    kept: what an earlier call over the same site kept; pages whose data read nothing that
    changed since are not built again."""
    # Nearly every object made here lives until the pages are written, and none is in a
    # cycle: the cycle collector would walk them all again and again for nothing (15-25%
    # of the time at 1,000 releases). It resumes, unchanged, once the pages are made.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(st, directory_urls, template_dirs, renderer, links_from_source, site_name, site_url, kept)
    finally:
        if was_enabled:
            gc.enable()


def _generate(st, directory_urls, template_dirs, renderer, links_from_source, site_name, site_url, kept) -> list[Page]:
    renderer = renderer or Renderer(template_dirs, keep=False)  # nothing to keep it for
    if kept is not None:
        kept.for_site((directory_urls, links_from_source, renderer.templates_state, id(renderer)))
    pages = []
    cx = Contexts(st, directory_urls, links_from_source, kept.built if kept is not None else None,
                  track=kept is not None)
    made: dict[str, tuple] = {}
    old_pages = kept.pages if kept is not None else {}
    for pc in cx.build():
        linked_from = pc.ctx.get("linked_from")
        old = kept.pages.get(pc.path) if kept is not None else None
        if old is not None and old[0] is pc and old[1] == linked_from:  # same data: same page
            pages.append(old[2])
            made[pc.path] = old
            continue
        html = renderer.render(pc.template, pc.path, pc.ctx)
        meta = {"title": plain_title(pc.title)}
        if pc.tags:
            meta["tags"] = [plain_title(t) for t in pc.tags]
        if pc.description:
            meta["description"] = plain_title(pc.description)
        lean = None
        if pc.search is not None:
            lean = f"<h1>{esc(pc.title)}</h1>" + "".join(f"<p>{esc(t)}</p>" for t in pc.search if t)
        pages.append(Page(pc.path, pc.title, html, pc.jsonld, meta, toc(html), lean))
        made[pc.path] = (pc, linked_from, pages[-1])
    if kept is not None:
        kept.built, kept.pages, kept.rebuilt = cx.built, made, len(cx.built) - cx.kept
        kept.remade = {path for path, m in made.items() if m is not old_pages.get(path)}
    feeds = [Page(path, path, data=text) for path, text in reader_pages.feed_files(cx, site_name, site_url)]
    return pages + exports.files(st) + feeds
