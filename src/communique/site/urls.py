"""Where each entity's page lives, and relative links between pages."""
from __future__ import annotations

import functools


def page_path(kind: str, *ids: str) -> str:
    """Source path of a generated page: people/ana-souza.md, events/doc/visit-1.md, people/index.md."""
    return "/".join((kind, *ids)) + ".md" if ids else f"{kind}/index.md"


def url_of(path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page source path (relative to the site root)."""
    stem = path[:-3] if path.endswith(".md") else path
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@functools.lru_cache(maxsize=200_000)
def relative(from_path: str, to_path: str, anchor: str = "", directory_urls: bool = True) -> str:
    """A link from one page to another that works on any host and under any subpath:
    up to the site root, then down to the target (one string operation, no path maths)."""
    src = url_of(from_path, directory_urls)
    dst = url_of(to_path, directory_urls) if to_path.endswith(".md") else to_path
    rel = "./" if src == dst and directory_urls else "../" * src.count("/") + dst
    return (rel or "./") + (f"#{anchor}" if anchor else "")


def relative_to_source(from_path: str, to_path: str, anchor: str = "", directory_urls: bool = True) -> str:
    """A link written relative to the page's source file, the convention of engines that
    rewrite links in raw HTML as they do Markdown links (Zensical)."""
    dst = url_of(to_path, directory_urls) if to_path.endswith(".md") else to_path
    return ("../" * from_path.count("/") + dst or "./") + (f"#{anchor}" if anchor else "")
