"""Escaping and small formatting helpers. The template engine passes every value it prints
through `esc` (see render.py): a name or a quote holding <script>, Markdown or Jinja
syntax shows as the characters it is, even where a Markdown engine reads the page."""
from __future__ import annotations

import json
import re

# HTML's special characters, and those Markdown or Jinja could act on even inside an
# HTML block, become entities, so no later step can read them as syntax. One C pass.
_TABLE = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
    "{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;", "*": "&#42;", "_": "&#95;",
    "`": "&#96;", "\\": "&#92;", "|": "&#124;", "~": "&#126;", "$": "&#36;", "\n": "&#10;",
})


# str.translate looks every character up in the table (a fifth of rendering the pages); nearly
# no value holds any of these characters, so a C scan for them decides, and the few that do
# are replaced character by character, "&" first: the same text as the table gives.
_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")
_REPLACE = sorted(((chr(c), r) for c, r in _TABLE.items()), key=lambda cr: cr[0] != "&")


def esc(text) -> str:
    s = "" if text is None else str(text)
    if _SPECIAL.search(s) is None:
        return s
    for char, entity in _REPLACE:
        if char in s:
            s = s.replace(char, entity)
    return s


def plain_title(text: str) -> str:
    """A title for <title>, navigation and search, where themes insert it without escaping:
    markup characters are dropped so nothing can break out of the element."""
    return " ".join(re.sub(r"[<>&\"'`{}\[\]\\]", "", str(text)).split())[:200] or "Untitled"


def json_for_script(obj) -> str:
    """JSON safe inside <script type="application/ld+json">: no </script>, no comment openers."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def money(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_value(low: float, high: float, currency: str | None, unit: str | None) -> str:
    if unit == "percent":
        v = f"{low:g}" if low == high else f"{low:g}\u2013{high:g}"
        return v + "%"
    v = money(low) if low == high else _range(low, high)
    return f"{currency} {v}" if currency else f"{v} {unit or ''}".strip()


def _range(low: float, high: float) -> str:
    lo, hi = money(low), money(high)
    lo_n, _, lo_w = lo.partition(" ")
    hi_n, _, hi_w = hi.partition(" ")
    if lo_w and lo_w == hi_w:
        return f"{lo_n}\u2013{hi_n} {hi_w}"
    return f"{lo}\u2013{hi}"
