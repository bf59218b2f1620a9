"""Which language a release is in, offline: what the page declares, checked against a
cheap English stopword ratio (extraction reads English only)."""
from __future__ import annotations

import re

# The commonest English function words; they make up ~40% of English prose and almost
# none of French, Spanish, German, Russian or Hindi text.
_STOPWORDS = frozenset("""
the of and to in a is that for on with as by was were be been are it its at from this
which his her their has have had will would said also not an or but he she they we our
who after during between into under over about than other these those there more
""".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30        # fewer words say too little to overrule a declaration
ENGLISH_RATIO = 0.15  # English news prose: 0.35-0.5; other languages: below 0.05

LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def normalise_tag(tag: str | None) -> str | None:
    """'en_US' / 'EN-us' -> 'en-US'; None when it is not a language tag."""
    if not tag:
        return None
    parts = tag.strip().replace("_", "-").split("-")
    out = "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]])
    return out if LANG_TAG.match(out) else None


def english_ratio(text: str) -> tuple[float, int]:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(w in _STOPWORDS for w in words) / len(words), len(words)


def decide(declared: str | None, text: str) -> tuple[str, str | None]:
    """(language tag to store, a note when the text contradicts the declaration)."""
    tag = normalise_tag(declared)
    ratio, n = english_ratio(text)
    looks_english = ratio >= ENGLISH_RATIO
    if n < MIN_WORDS:
        return tag or "en", None
    if tag is None:
        return ("en" if looks_english else "und"), None
    primary = tag.split("-")[0]
    if primary == "en" and not looks_english:
        return "und", f"declared English, but only {ratio:.0%} of its words are English function words"
    if primary != "en" and looks_english:
        return "en", f"declared {tag!r}, but the text reads as English"
    return tag, None


def is_english(tag: str) -> bool:
    return tag.split("-")[0].lower() == "en"
