"""The countries of ISO 3166 (pycountry's offline data) as place records.

A knowledge base that lacks a country cannot see it in a release, and its name can even be
read as a person's ("Sri Lanka" -> "Lanka"). So extraction always knows every country:
those the store lacks are added in memory, and written to data/places when a record uses one.
"""
from __future__ import annotations

import pycountry

from ..model import Place
from .people import slugify


def country_names(c) -> list[str]:
    """Common name first ("Vietnam"), then the ISO short and official names."""
    names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
    # ISO writes "Korea, Republic of": such inverted forms are not how releases write names.
    return list(dict.fromkeys(n for n in names if n and "," not in n and "(" not in n))


def missing_countries(existing: dict[str, Place]) -> list[Place]:
    """Countries present under none of their names among `existing`, as new place records."""
    known = {n.lower() for p in existing.values() for n in [p.name, *p.aliases]}
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names = country_names(c)
        if not names or any(n.lower() in known for n in names):
            continue
        pid = slugify(names[0])
        if pid in existing:
            continue
        out.append(Place(id=pid, name=names[0], kind="country", aliases=names[1:]))
    return out
