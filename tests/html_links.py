"""Links and ids of an HTML page, for the link-integrity tests."""
from __future__ import annotations

from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        # Links inside SVG use xlink:href (Material's instant navigation cannot rewrite an SVG href).
        href = a.get("href") or a.get("xlink:href")
        if tag == "a" and href:
            self.hrefs.append(href)


def parse(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p
