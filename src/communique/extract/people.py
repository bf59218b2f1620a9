"""People: names after titles and honorifics, appositions, and names the store knows.

Mentions of one person ("R Kumar", "EAM Kumar", "Kumar") are merged;
two people who share a surname stay two ("Ana Souza", "Carlos Souza").
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from . import names as name_evidence
from .gazetteer import Gazetteer, Hit
from .spans import Taken
from .scan import Windows, first_characters, from_capitals, opening_class, search_last_word
from .text import Text
from .titles import ABBREVIATIONS, HEADS, HONORIFIC, HONORIFICS, MODIFIERS, TITLE, expand

PARTICLES = {"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "bin",
             "binti", "al", "el", "la", "le", "du", "ibn", "y", "ter", "zu", "bint"}
_PARTICLE_RE = "|".join(sorted(PARTICLES, key=len, reverse=True))
NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "And", "But", "He", "She", "It", "They", "We", "His", "Her",
    "Their", "This", "That", "These", "Also", "Meanwhile", "Today", "Yesterday", "Tomorrow", "Both",
    "During", "After", "Before", "While", "When", "With", "For", "From", "To", "Of", "As", "By",
    "Said", "Says", "Here", "There", "According", "However", "Earlier", "Later", "Speaking", "Addressing",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "His", "Her",
    "Excellency", "Highness", "Majesty", "Government", "Ministry", "Embassy", "Office", "Republic", "Kingdom", "State", "States",
    "Union", "Federation", "Council", "Parliament", "House", "Palace", "Hall", "Centre", "Center",
    "Who", "What", "Which", "Where", "Why", "How", "Mr", "Ms", "Mrs", "Dr", "Has", "Had", "Is", "Was",
    "Will", "Would", "Visited", "Met", "Holds", "Held", "Thanked", "Welcomed", "Called", "Noted",
    "Sr", "Jr",
    # Feasts and greetings ("wished the Deputy Secretary Happy Christmas and New Year").
    "Christmas", "Easter", "Diwali", "Deepavali", "Eid", "Ramadan", "Ramazan", "Vesak", "Wesak", "Poson",
    "Thanksgiving", "Hanukkah", "Navaratri", "Pongal", "Holi", "Nowruz", "Happy", "Merry", "Greetings",
    # Buddhist clergy's offices ("the Most Venerable Mahanayake Thero of the Malwatte Chapter").
    "Mahanayake", "Mahanayaka", "Anunayake", "Anunayaka", "Nayake", "Nayaka",
} | set(HEADS) | set(MODIFIERS) | set(ABBREVIATIONS) | set(HONORIFICS)

_TOKEN = re.compile(r"[^\W\d_]\.(?:[^\W\d_]\.)+|[A-Z]\.(?:[A-Z]\.)*[A-Z](?=[ \t]+[A-Z][a-z]|[ \t]*[,;)]|[ \t]+[a-z])|[^\W\d_](?:[\w\u2019'-]*[\w])?\.?")  # "G.P." first
_NASAB = {"bin", "ibn", "bint", "binti", "al", "el"}  # "son/daughter of", "the": a name follows
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-[A-Z][\w'\u2019-]*")
def _unpossessive(word: str) -> str:
    """The word without a possessive 's or \u2019s at its end: "India's" -> "India"."""
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word
_PRONOUN_SPAN = 60  # how far back a title looks for "India's" or "Russian"


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case- and accent-insensitive key: 'Inácio' == 'inacio'."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "")


# Letters that no accent-stripping decomposes: "Jørgensen" is jorgensen, not j-rgensen.
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d",
                               "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "ı": "i"})


def slugify(s: str) -> str:
    s = fold(s.translate(_UNDECOMPOSED))
    s = re.sub(r"[^a-z0-9_]+", "-", s).strip("-_")
    s = re.sub(r"[-_]{2,}", "-", s)
    return s[:80].strip("-") or "x"


_INITIALS = re.compile(r"(?:[^\W\d_]\.?)+")


def _is_initial(tok: str) -> bool:
    bare = tok.replace(".", "")  # (the cheap tests first: most words are longer than initials)
    # Up to three ("K.P.", "KP"), or up to six each with its stop, as Sri Lankan names write them ("A.M.P.M.B.")
    return (len(bare) <= 3 or len(bare) <= 6 and tok.count(".") >= len(bare)) and bare.isupper() and bool(_INITIALS.fullmatch(tok))


_MODIFIER_WORDS = frozenset(MODIFIERS)
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
# Small patterns read at every word of a name, compiled once (re.compile inside a function
# looks each up in re's cache on every call).
_BLANKS = re.compile(r"[ \t]*")
_GAP = re.compile(r"[ \t]+")
_COMMA = re.compile(r",?")
_COMMA_GAP = re.compile(r",?[ \t]+")
_GAP_BEFORE_CAPITAL = re.compile(r"[ \t]+(?=[^\W\d_a-z])")
_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w'-]*)")
_NEXT_NAME_START = re.compile(r"[ \t]+(?:[A-Z]|(?:al|el|bin|ibn)\b)")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'-]*)")
_NEXT_LETTERS = re.compile(r"[ \t]+([A-Za-z]+)")
_AFTER_OFFICE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + r")[ \t]*$")
_CAPITALISED_AT = re.compile(r"([A-Z][\w'\u2019-]*)")
_CAPITALISED_AFTER = re.compile(r"[ \t]*([A-Z][\w'\u2019-]*)")
_NON_SPACE = re.compile(r"\S+")
_NON_SPACE_OR_PAREN = re.compile(r"[^\s(]+")
_LAST_NON_SPACE = re.compile(r"(\S+)$")
_COUNTRY_GAP = re.compile(r"(?:['\u2019]s)?\s+(?:the\s+)?")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w-]*")
_OF_OR_FOR = re.compile(r"\s(?:of|for)\s")


def _office_word_surname(word: str, toks, text: str, after: int, place_terms=frozenset()) -> bool:
    """A word of offices or a place's name ("Power", "Major", "Monaco") is a surname right after a
    lone given name, when the name ends there: "Samantha Power spoke", "Deputy Attorney General
    Lisa Monaco", not "Minister of Power" or "Ana Energy Minister"."""
    if not (len(toks) == 1 and (word in _MODIFIER_WORDS or (word in place_terms and word.istitle()))
            and name_evidence.is_given(toks[0][2])):
        return False
    nxt = _NEXT_NAME_WORD.match(text, after)  # (a headline's verb ends the name: "Samantha Power Meets with ...")
    return not _NAME_GOES_ON.match(text, after) or bool(nxt and name_evidence.headline_verb(nxt.group(1)))


def _is_name_word(tok: str, place_terms: set[str]) -> bool:
    bare = tok.rstrip(".")
    return (
        bare[:1].isupper()
        and bare not in NOT_NAMES
        and bare not in place_terms
        and not (bare.isupper() and len(bare) > 3)  # MFA, BRICS...
    )


def _place_word_not_here(tok: str, text: str, pos: int, place_terms) -> bool:
    """"Mohammad Ishaq Dar", "Antonio Costa": a word only of longer place names ("Dar es Salaam", "Costa
    Rica") goes on a name when the text here does not spell that place."""
    bare = tok.rstrip(".")
    inside = getattr(place_terms, "inside_only", {})
    return (bare in inside and bare not in NOT_NAMES and bare.lower() not in name_evidence.REGIONS
            and not place_terms.spelt_at(text, pos, bare))


@dataclass
class Mention:
    start: int
    end: int
    name: str  # surface form of the name, "" for a title alone
    title: str = ""  # expanded
    country: str | None = None  # place id
    person: "Draft | None" = None
    speaker_label: bool = False  # a transcript's "NAME, TITLE:" turn
    role: str = ""  # a title alone said of someone: "as" (X as CEO), "is" (he was a Partner), "roles"
    lead: int = -1  # where the title's words start (before the office word: "Asia-Pacific Vice President")
    also: tuple[str, ...] = ()  # a rank or office written as a style: "Senator", "Sr. Lt. Gen."


@dataclass
class Draft:
    tokens: list[str]
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    store_id: str | None = None
    id: str = ""
    starts: list[int] = field(default_factory=list)  # mention starts, sorted

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def read_name(text: str, pos: int, end: int, place_terms: set[str], styled: bool = False) -> tuple[int, int, str] | None:
    """A name starting at pos (after spaces), or None. Returns (start, end, name).
    styled: an honorific stands before pos ("Ms" before "Jan Adams")."""
    m = _BLANKS.match(text, pos, end)
    i = m.end()
    h = HONORIFIC.match(text, i, end)
    if h:  # "President Sheikh Khalid", "Foreign Minister Prince Faisal"
        i = _BLANKS.match(text, h.end(), end).end()
        styled = True
    toks: list[tuple[int, int, str]] = []
    while i < end and len(toks) < 10:  # (a nasab runs long: "Reema bint Bandar bin Sultan bin Abdulaziz Al Saud")
        t = _TOKEN.match(text, i, end)
        if not t:
            break
        tok = t.group()
        word = _unpossessive(tok)
        if word.rstrip(".").endswith(("-ji", "-Ji")) and len(word) > 5:
            word = word.rstrip(".")[:-3]  # "Rajnath Singh-ji": a Hindi mark of respect, no part of the name; it ends it
        possessive = word != tok
        # "Adel al-Jubeir", and after "bin" a name even if it is a title word:
        # "Mohamed bin Zayed bin Sultan Al Nahyan".
        if (_ARABIC_PARTICLE.fullmatch(word.rstrip(".")) and (toks or word[:1].islower())) or toks and ((
                toks[-1][2].lower() in _NASAB and word[:1].isupper() and word not in HONORIFICS)
                or (word == "Sri" and re.match(r"[ \t]+[A-Z]", text[t.end() : t.end() + 3]))):
            # ("Thibbatuwawe Sri Siddhartha Sumangala Thero": Sri inside a name is part of it.)
            if not _is_initial(word):  # "... al-Fadhli." / "... Al Thani." ends the sentence
                word = word.rstrip(".")
            toks.append((t.start(), t.start() + len(word), word))
            gap = _GAP.match(text, t.end(), end)
            if not gap or possessive:
                break
            i = gap.end()
            continue
        if word.lower() in PARTICLES and word.islower() and (toks or word not in _NASAB and (
                styled or _AFTER_OFFICE.search(text, max(0, pos - 40), pos))):
            # "von der Leyen", "de la Cruz": particles in a row, then the name; so may a surname
            # begin after an office ("President von der Leyen").
            nxt = re.match(r"(?:\s+(?:" + _PARTICLE_RE + r"))*\s+([^\W\d_][\w'\u2019-]*)", text[t.end() : t.end() + 40])
            if nxt and (_is_name_word(nxt.group(1), place_terms) and (toks or nxt.group(1)[:1].isupper())
                        or (word.lower() in _NASAB and nxt.group(1)[:1].isupper())):
                toks.append((t.start(), t.end(), word))
                i = t.end() + 1
                continue
            break
        if not toks and _word_surname(word, text, t.end()):
            toks.append((t.start(), t.end(), word))  # "Vice Premier He Lifeng", "To Lam": a surname, not the pronoun
        elif toks and len(toks) <= 2 and _regnal(word.rstrip("."), text, pos):
            # "King Mohammed VI", "King Abdullah II's": a monarch's numeral ends the name (a family's
            # "Lloyd J. Austin III" is the same person as "Lloyd J. Austin" and stays so)
            toks.append((t.start(), t.start() + len(word.rstrip(".")), word.rstrip(".")))
            break
        elif not toks and word in ABBREVIATIONS and _NAME_GOES_ON.match(text, t.end(), end):
            pass  # "Chief CDR Sean Jin": a rank between the office and the name, no initials
        elif _is_initial(word) and (not toks or all(_is_initial(x[2]) for x in toks) or word.endswith(".")):
            # "R. K. Singh", and a middle initial: "Antony J. Blinken"
            toks.append((t.start(), t.start() + len(word), word))
        elif not toks and word[:1].isupper() and _NASAB_NEXT.match(text, t.end(), end):
            toks.append((t.start(), t.end(), word))  # "Sultan bin Saad Al Muraikhi": a given name, though an office too
        elif word in _MONTHS_AS_NAMES and _month_is_name(text, t.end(), bool(toks), styled or bool(
                _AFTER_OFFICE.search(text, max(0, pos - 40), pos))):
            toks.append((t.start(), t.end(), word))  # "Prime Minister Theresa May", "Prime Minister Jan Novak"
        elif (_is_name_word(word, place_terms) or _surname_like_title(word, toks, text, t.end(), end)
              or (toks and _place_word_not_here(word, text, t.start(), place_terms))
              or (styled and not toks and _given_after_style(word, text, t.end(), end))
              or _caps_surname(word, toks, text, t.end(), end, place_terms)):
            w_end = t.start() + len(word.rstrip(".")) if not _is_initial(word) else t.start() + len(word)
            toks.append((t.start(), w_end, word.rstrip(".") if not _is_initial(word) else word))
            if possessive or word.endswith("."):
                break
        elif _office_word_surname(word, toks, text, t.end(), place_terms):
            toks.append((t.start(), t.end(), word))  # "Samantha Power spoke", "John Major said"
            break
        else:
            break
        gap = _GAP.match(text, t.end(), end)
        if not gap and toks and toks[-1][2] == word and word.endswith(".") and _is_initial(word) \
                and _GLUED_SURNAME.match(text, t.end(), end):
            i = t.end()  # "Brian S.Page": a middle initial run into the surname
            continue
        if not gap or possessive:
            break
        i = gap.end()
    # Post-nominals ("Jan Adams AO PSM", "Mitu Bhowmick Lange AM") are honours, not names.
    while (len(toks) > 1 and toks[-1][2].isupper() and 1 < len(toks[-1][2]) <= 4 and "." not in toks[-1][2]
           and not toks[0][2].isupper() and not _regnal(toks[-1][2], text, pos)):
        toks.pop()
    while toks and (toks[-1][2].lower() in PARTICLES or _is_initial(toks[-1][2]) and not _regnal(toks[-1][2], text, pos)
                    and not _initials_after_given(toks)):
        toks.pop()
    if not toks:
        return None
    return toks[0][0], toks[-1][1], " ".join(x[2] for x in toks)


_SHIP = re.compile(r"\b(?:HMS|HMAS|HMNZS|HMCS|USS|USNS|USCGC|INS|SLNS|PNS|BNS|KRI|RSS|JS|ROKS|FS|ITS|HNLMS|TCG)[ \t]+$")
_GLUED_SURNAME = re.compile(r"[A-Z][a-z]{2,}")
_PLACE_INITIALS = {"US", "UK", "UN", "EU", "UAE", "USA", "DC"}  # ("Secretary Blinken U.S. ...": a country, not initials)


def _initials_after_given(toks: list) -> bool:
    """"Dipin P.R", "Rajesh K.R.": initials written after a given name, as South Indian names put
    them, belong to it; without them only the given name would be left."""
    initials = toks[1][2] if len(toks) == 2 else ""
    return ("." in initials and len(initials.replace(".", "")) >= 2 and not _is_initial(toks[0][2])
            and initials.replace(".", "") not in _PLACE_INITIALS)



_NASAB_NEXT = re.compile(r"[ \t]+(?:bin|ibn|bint)[ \t]+[A-Z]")
# Months that are names too; a day or a year after one makes it the month ("Theresa May", not "on May 5").
_MONTHS_AS_NAMES = {"April", "May", "June", "August", "Jan"}


def _month_is_name(text: str, pos: int, after_name: bool, after_office: bool) -> bool:
    """A month's name read as part of a name: after a name word ("Theresa May said"), or after an office or
    a style ("Prime Minister Jan Novak", "Prime Minister May said"), where the month would be lowercase."""
    if re.match(r"[ \t,]*\d", text[pos : pos + 6]):
        return False
    return after_name or after_office


_MONARCH = re.compile(r"\b(?:King|Queen|Pope|Emperor|Empress|Sultan|Emir|Amir|Majesty|Duke|Tsar)[ \t]*$")
_REGNAL = re.compile(r"II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI")


def _regnal(word: str, text: str, pos: int) -> bool:
    """A monarch's numeral after the name read from pos ("King Mohammed VI"), not a family's ("Austin III")."""
    return _REGNAL.fullmatch(word) is not None and _MONARCH.search(text, max(0, pos - 30), pos) is not None


# Short surnames that are also English words, and how rare the next word must be for them to be one:
# "Vice Premier He Lifeng" (Chinese), "General Secretary ... To Lam" (Vietnamese; not a headline's "To Visit").
_WORD_SURNAMES = {"He": 3.0, "To": 4.0}


def _word_surname(word: str, text: str, pos: int) -> bool:
    """After an office, "He" or "To" before an uncommon capitalised word is a surname, not the pronoun."""
    below = _WORD_SURNAMES.get(word)
    nx = re.match(r"[ \t]+([A-Z][a-z]+)\b", text[pos : pos + 30]) if below else None
    return bool(nx) and name_evidence.zipf(nx.group(1)) < below and nx.group(1) not in NOT_NAMES


def _caps_surname(word: str, toks: list, text: str, pos: int, end: int, place_terms: set[str]) -> bool:
    """'MIZUKOSHI Hideaki', 'Hideaki MIZUKOSHI': a surname in capitals beside a given name, as
    Japanese and some other releases write it (an acronym such as 'BRICS' stands beside no given name)."""
    if not (word.isalpha() and word.isupper() and 3 < len(word) <= 15) or word in place_terms:
        return False
    if toks:
        last = toks[-1][2]
        return len(toks) == 1 and not last.isupper() and name_evidence.is_given(last)
    nxt = _NEXT_NAME_WORD.match(text, pos, end)
    return nxt is not None and name_evidence.is_given(nxt.group(1)) and name_evidence.zipf(nxt.group(1)) < 4.0


def _given_after_style(word: str, text: str, pos: int, end: int) -> bool:
    """'Ms Jan Adams', 'Mr May': after an honorific a given name is a name, even one that is
    also a month, or an office when a name goes on after it ('Dr. Sultan Al Jaber');
    offices and styles alone are not ('Mr President')."""
    bare = word.rstrip(".")
    if not (bare[:1].isupper() and name_evidence.is_given(bare) and bare not in HONORIFICS and bare not in ABBREVIATIONS):
        return False
    if bare not in HEADS and bare not in MODIFIERS:
        return True
    return _NEXT_NAME_START.match(text, pos, end) is not None


def _surname_like_title(word: str, toks: list, text: str, pos: int, end: int) -> bool:
    """'Madeleine King': a title word after a lone given name, with no name after it, is a surname."""
    ends_sentence, word = word.endswith("."), word.rstrip(".")
    if word not in HEADS or len(toks) != 1 or not name_evidence.is_given(toks[0][2]):
        return False
    if ends_sentence:
        return True
    nxt = _NEXT_WORD.match(text, pos, end)
    return not (nxt and nxt.group(1)[:1].isupper())


def _country_before(hits: list[Hit], ends: list[int], text: str, start: int, countries: dict[str, str]) -> str | None:
    """'India's' or 'Russian' (or 'the Russian') right before a title."""
    i = bisect.bisect_right(ends, start)
    for h in reversed(hits[max(0, i - 4) : i]):
        if h.end > start:
            continue
        gap = text[h.end : start]
        if _COUNTRY_GAP.fullmatch(gap) and h.id in countries:
            return countries[h.id]
        if h.end < start - _PRONOUN_SPAN:
            break
    return None


_AFTER_TITLE = re.compile(r"\s+(of|to|in)\s+(?:the\s+)?(?P<state>(?:Federal\s+|Islamic\s+|People's\s+|Democratic\s+)?(?:Republic|Kingdom|State|Sultanate|Emirate|Commonwealth)\s+of\s+(?:the\s+)?)?")
def _place_after(after: re.Match | None, hits_by_start: dict):
    """The place an office's "of" or "to" names: "China" or, where the gazetteer holds the whole
    name, "People's Republic of China"."""
    if after is None:
        return None
    return hits_by_start.get(after.end()) or (hits_by_start.get(after.start("state")) if after.group("state") else None)


_REPUBLIC = re.compile(r"(?:\s+(?:Republic|Federation|Kingdom|Government))?")
HONORIFIC_TITLES = {"Sheikh", "Prince", "Princess"}
_BODY_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|and|&|of|for))+")
_PAREN_OFFICE = re.compile(r"[ \t]+\([A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|and|&|of))*\)(?=[ \t,])")
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


_HEADLINE_PREPOSITIONS = frozenset("Before After During Ahead At On In To With From Following Amid Upon Over".split())


def _body_after(s: str, pos: int, end: int) -> int:
    """'U.S. Trade and Development Agency': capitals after a place that close with a body's
    word name the body the office belongs to; returns where the body ends (pos: none)."""
    m = _BODY_RUN.match(s, pos, end)
    if not m:
        return pos
    out = pos
    for w in _NON_SPACE.finditer(m.group()):
        word = w.group()
        if word in _HEADLINE_PREPOSITIONS:
            break  # "Prime Minister X of Sweden Before Bilateral Meeting": a headline goes on, the office does not
        if name_evidence.is_given(word) and name_evidence.zipf(word) < 4.0:
            break  # "President of Brazil Luiz ...": a name, not a body
        if word.lower() in name_evidence.BODIES:
            out = pos + w.end()
    return out
_COUNTERPART = re.compile(r"(counterparts?),?[ \t]+")
_OBJECT_OF = {"of", "at", "for", "from", "with", "by"}
# "met with Nanaia Mahuta, New Zealand's Minister ...": one meets a person, not a body.
_MET_WITH = re.compile(r"\b(?:met|meets|meet|meeting|spoke|speaks|talked|talks|call|held\s+(?:talks|discussions))\s+with\s+$")
_ANOTHER_FOLLOWS = re.compile(r"[ \t]*(?:,|and\b|&)")
_NEXT_OFFICE = re.compile(r",[ \t]+(?=" + TITLE.pattern + r"[ \t]+[A-Z])")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b")
_AND_NEXT_OFFICE = re.compile(r"[ \t]+(?:and|&)[ \t]+|/(?=[A-Z])")  # ("High Representative/Vice-President X")
_HEADLINE_WITH = re.compile(r"[ \t][Ww]ith[ \t]+((?:[A-Z][\w'\u2019-]+[ \t]+){1,2}[A-Z][\w'\u2019-]+)(?=[ \t]+(?:of|on|from)[ \t]+[A-Z]|[ \t]*$)", re.MULTILINE)
# A headline's "With Al Arabiya", "With Le Monde", "With CBS News" is with an outlet, not a person.
_ARTICLES = {"Al", "El", "Le", "La", "Les", "Il", "Die", "Der", "Das", "The"}
_OUTLET_WORDS = {"News", "Times", "Post", "Radio", "TV", "Television", "Channel", "Network", "Journal", "Daily",
                 "Press", "Media", "Magazine", "Tribune", "Herald", "Gazette", "Zeitung", "Broadcasting"}
_UNDER_SECRETARY = re.compile(r"Under[ \t-]+Secretary")
_THEN_OFFICE = re.compile(r"\b(?:then|ex|former|Then|Ex|Former)-(?:[A-Z][\w]*[ \t]+){0,3}$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_HEAD_OF_STATE = re.compile(r"(?:Vice[ \t]+)?(?:President|Prime[ \t]+Minister|King|Queen|Emperor|Emir|Chancellor)[ \t]+[A-Z]")
_RANK_TAIL = re.compile(r"[ \t]+(?:General|Admiral)$")
_NOW = r"(?:(?:currently|now|also)\s+)?"  # ("Bridget Brink, currently the U.S. Ambassador to Slovakia")
_WHO_IS_TEXT = r",\s+who\s+(?:is|was|serves\s+as)\s+" + _NOW + r"(?:our|the|its|their)\s+"
_OWNER = r"(?:(?:the|my|our|his|her|their)\s+)?"  # ("Roger Carstens, my Special Presidential Envoy for ...,")
_APPOSED = re.compile(r",\s+" + _NOW + _OWNER + r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}|" + _WHO_IS_TEXT)
_APPOSITION_BEFORE = re.compile(r"(?:,\s+" + _NOW + r"|\s\()" + _OWNER + r"(?:[^\W\d_][\w\u2019'.-]*(?:['\u2019]s)?\s+){0,2}$")
_WHO_IS = re.compile(_WHO_IS_TEXT + "$")
_COURTESY_ONE = {"Mr", "Ms", "Mrs", "Dr", "Prof", "Professor", "Madam", "Sir", "Dame"}
_ROLE_ADJ = r"(?:(?:new|inaugural|first|founding|interim|acting|next|incoming|sole|joint|former)[ \t]+)*"
_AS_BEFORE = re.compile(r"\bas[ \t]+(?:(?:the|a|an|its|our|their|his|her)[ \t]+)?(?:[A-Z][\w&.-]*['\u2019]s[ \t]+)?"
                        + _ROLE_ADJ + r"$")
_IS_BEFORE = re.compile(r"\b(?:is|was|has[ \t]+been|had[ \t]+been|became|becomes|remains|remained)[ \t]+"
                        r"(?:(?:most[ \t]+recently|currently|previously|now|also|formerly|still)[ \t]+)?"
                        r"(?:(?:the|a|an)[ \t]+)?" + _ROLE_ADJ + r"$")
_ROLES_SENTENCE = re.compile(r"(?:His|Her|Their)[ \t]+(?:(?:previous|former|earlier|past|other|current)[ \t]+)?"
                             r"(?:roles|positions|posts|appointments|jobs)[ \t]+(?:include|includes|included|have[ \t]+included)\b")


def _role_context(s: str, sentence_start: int, tstart: int) -> str:
    """Whether a title with no name beside it is still said of someone: "Tim Thomas as the inaugural
    Chief Executive Officer" ("as"), "He was most recently a Partner" ("is"), "His previous roles include
    Vice President of ..., CEO of ..." ("roles"). Attributed in attribute_roles, once every name is read."""
    if _ROLES_SENTENCE.match(s, sentence_start, tstart):
        return "roles"
    before = s[max(sentence_start, tstart - 80) : tstart]
    if _AS_BEFORE.search(before):
        return "as"
    if _IS_BEFORE.search(before):
        return "is"
    return ""


def _extend_left(s: str, start: int, floor: int, place_terms: set[str]) -> int:
    """'Railway Minister', 'the Panama Canal Administrator', 'ASIC Chairman', "AXA's India Market Entry
    Director": capitalised words before a title belong to it, unless they name a place or a person
    (a rare given name), or begin the sentence."""
    lo = max(floor, start - 80)
    toks = list(_NON_SPACE_OR_PAREN.finditer(s[lo:start]))
    if not toks or not s[lo:start].endswith((" ", "\t")):
        return start
    k = len(toks)
    window = s[lo:start]
    # "Affairs" alone names no portfolio: the words before it are the office's, a place too
    # ("Pacific Island Affairs Minister", "The Indigenous Affairs Minister").
    affairs = s.startswith("Affairs", start)
    while k > 0 and len(toks) - k < 4:
        if k < len(toks) and "(" in window[toks[k - 1].end() : toks[k].start()]:
            break  # "(GM Holden Chairman ...)": the bracket opens the office
        word = toks[k - 1].group()
        acronym = word.isupper() and word.isalpha() and 2 <= len(word) <= 5
        if (not _CAPITALISED_WORD.fullmatch(word)
                or (word in place_terms and word not in _MODIFIER_WORDS and word.lower() not in name_evidence.REGIONS
                    and not affairs)
                or (word in NOT_NAMES and word not in MODIFIERS and word.lower() not in name_evidence.BODIES)
                or (word.isupper() and not acronym)
                or (k < len(toks) and name_evidence.is_given(word) and name_evidence.zipf(word) < 4.0)):
            break  # a rare given name further out is a person's: "with Ana Souza Minister"
        k -= 1
    if k == len(toks):
        return start
    # A capital after another capital is a name ("Arvind Mehra"); after a full stop, a sentence start.
    # After "Ned Price," the capital opens an apposition: "Department Spokesperson".
    prev = toks[k - 1].group() if k > 0 else ""
    if s[lo:start][: toks[k].start()].rstrip(" \t").endswith("("):  # "(GM Holden Chairman ...)"
        return lo + toks[k].start()
    if prev in place_terms and len(toks) - k > 1:  # "the Panama Canal Administrator": a place is no name
        return lo + toks[k].start()
    if (all(t.group() in _MODIFIER_WORDS for t in toks[k:]) or any(t.group().lower() in name_evidence.BODIES for t in toks[k:])) \
            and not (prev[:1].isupper() and not prev.endswith(",")):
        # "Deputy U.S. Trade Representative", "White House Press Secretary" opening a sentence: office
        # words and a body's name, not a person's
        return lo + toks[k].start()
    if not affairs and ((prev[:1].isupper() and not prev.endswith(",")) or not prev or prev[-1:] in ".!?:\u2014-\u201c\""):
        return start
    return lo + toks[k].start()


# "of Trade", "for Climate", "to the Philippines", and "and Employment" after "Minister of Labour".
# Styles and ranks between an office and a name.
_STYLE_RUN = re.compile(
    r"[ \t]*(?:(?:(?:the|The)[ \t]+)?(?:Senator|Sen\.|Dr\.?|Professor|Prof\.?|General|Gen\.|Lt\.|Maj\.|Sr\.|Admiral|"
    r"LTGEN|MAJGEN|BRIG|GEN|ADM|VADM|RADM|AVM|CDRE|Col\.|Brig\.|Cdre\.|"  # military ranks as some governments write them
    r"(?:Lieutenant|Major|Brigadier)[ \t]+General|Archbishop|Cardinal|(?:Rear|Vice)[ \t]+Admiral|Air[ \t]+(?:Chief[ \t]+|Vice[ \t]+)?Marshal|"
    r"Ambassador|Rt\.?[ \t]+Hon\.?|Right[ \t]+Hon(?:ou?rable)?|Hon\.?|Honou?rable|Hon['\u2019]ble|Mr\.?|Ms\.?|Mrs\.?|His\s+Excellency|Her\s+Excellency|H\.\s?E\.|HE|Sheikh|Sir|Dame|(?<=HE[ \t])Chief|(?<=Excellency[ \t])Chief|"
    r"\((?:Dr|Prof|Mr|Mrs|Ms|Rtd|Retd|Ret|retd|rtd|ret)\.?\))[ \t,]+)+")  # "Hon. (Dr.) Ramesh Pathirana", "Maj. Gen. (Rtd)"
_COURTESY = re.compile(r"(?:the|The|\((?:Dr|Prof|Mr|Mrs|Ms|Rtd|Retd|Ret|retd|rtd|ret)\.?\)|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Rt\.?\s+Hon\.?|Right\s+Hon(?:ou?rable)?|"
                       r"Hon\.?|Honou?rable|Hon['\u2019]ble|His\s+Excellency|Her\s+Excellency|H\.\s?E\.|HE|Sheikh|Sir|Dame)(?=[\s,]|$)")


_NAME_AND_COMMA = re.compile(r"(?<![\w-])((?:[a-z]{1,3}-)?[A-Z][\w'\u2019-]+),[ \t]+(?:(?:the[ \t]+)?([A-Z][\w'\u2019-]+)[ \t]+)?$")


# "President of Nepal, Bidya Devi Bhandari, ": the name before the comma has its office already.
_OFFICE_NAME_COMMA = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))
                                + r")(?:[ \t]+(?:of|for|to)[ \t]+[^,;.]{1,40})?,[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}[A-Z][\w'\u2019-]+,[ \t]+$")


def _named_before_comma(s: str, tstart: int, floor: int, place_terms: set[str]) -> bool:
    """An office right after "Name, " is said of that name (apposition), in a list of people;
    not in a list of offices each followed by its name ("President of X, A, Prime Minister of X, B")."""
    m = _NAME_AND_COMMA.search(s[max(floor, tstart - 50) : tstart])
    if m and m.group(2) and m.group(2) not in place_terms:
        return False  # ("Saudi" is the office's country: "al-Swaha, Saudi Minister of ...")
    if m and _OFFICE_NAME_COMMA.search(s[max(floor, tstart - 120) : tstart]):
        return False
    return bool(m and not m.group(1).isupper() and m.group(1) not in place_terms and not TITLE.fullmatch(m.group(1))
                and m.group(1) not in NOT_NAMES and name_evidence.zipf(m.group(1)) < 4.0)


def _rank(style: str) -> str:
    """The offices and ranks in a run of styles ("Senator", "Sr. Lt. Gen."), without the courtesies
    (Mr, the Hon, His Excellency) that every person may carry."""
    words = " ".join(_COURTESY.sub(" ", style).replace(",", " ").split())
    return {"Sen.": "Senator", "Prof.": "Professor", "Amb.": "Ambassador"}.get(words, words)


_RELATIONS_WITH = r"(?<=Relations[ \t])with"  # ("Minister for Relations with Parliament")
_TAIL_START = re.compile(r"[ \t]+(?:of|for|to|on|and|&|" + _RELATIONS_WITH + r")[ \t]+(?:the[ \t]+)?")
_TAIL_WORD = re.compile(r"(?:[^\W\d_a-z][\w.'\u2019-]*[\w.]|[^\W\d_a-z]|and|&|of|the|for|on|" + _RELATIONS_WITH + r")(?=[\s,;:)]|$)")
_CONNECTORS = {"and", "&", "of", "the", "for", "on", "with"}
_TAIL_GAP = re.compile(r",?[ \t]+")
_DOTTED = re.compile(r"(?:[A-Z]\.){1,5}")
_LIST_GO_ON = re.compile(r",[ \t]+(?=(\S+))")


def _is_plural_head(word: str) -> bool:
    """An everyday plural noun ("Issues", "Organizations", "Affairs"), which heads the words before it."""
    return (len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word[:1].isupper()
            and name_evidence.zipf(word) >= 4.0 and not name_evidence.is_given(word))


def _portfolio_word(word: str, place_terms: set[str]) -> bool:
    """A word that can open the next item of a list of portfolios: 'Water', 'and', 'Regulations'."""
    if word in ("and", "&", "the"):
        return True
    bare = word.rstrip(".")
    if (bare in NOT_NAMES and bare not in MODIFIERS) or bare in place_terms or bare.isupper():
        return False
    z = name_evidence.zipf(bare)
    return z >= 3.0 and not (name_evidence.is_given(bare) and z < 4.0)


def _name_ends_before(words: list[tuple[int, int, str]], place_terms: set[str]) -> bool:
    """The office's words read so far end in two uncommon capitalised words after an everyday one: a name."""
    if len(words) < 3:
        return False
    last = [w[2] for w in words[-2:]]
    return (all(w[:1].isupper() and w not in NOT_NAMES and w not in place_terms and name_evidence.zipf(w) < 4.0
                for w in last) and name_evidence.zipf(words[-3][2]) >= 4.0)


def _list_of_rare_portfolios(s: str, before: str, at: int, end: int, place_terms: set[str]) -> bool:
    """A comma inside a list of portfolios, where a word beside it is rare: "Minister of Buddha Sasana,
    Religious and Cultural Affairs", "of Irrigation, Mahaweli Development and ...". The list must
    reach, after an item, an "and" and an everyday word, with no given name or office on the way."""
    def plain(word: str) -> bool:
        return (word[:1].isupper() and word not in NOT_NAMES and word not in place_terms
                and not name_evidence.is_given(word.rstrip(".")))
    if not plain(before):
        return False
    for k in range(4):
        t = _TAIL_WORD.match(s, at, end)
        if not t:
            return False
        if t.group() in ("and", "&") and k:  # (", and National Intelligence Manager ...": another office)
            gap = _TAIL_GAP.match(s, t.end(), end)
            then = _TAIL_WORD.match(s, gap.end() if gap else t.end(), end)
            return bool(then and not TITLE.match(s, then.start(), end) and _portfolio_word(then.group(), place_terms)
                        and then.group() not in _CONNECTORS)
        gap = _TAIL_GAP.match(s, t.end(), end)
        if not ((plain(t.group()) or _portfolio_word(t.group(), place_terms)) and gap and "," not in gap.group()):
            return False
        at = gap.end()
    return False


def portfolio(s: str, pos: int, end: int, place_terms: set[str], continued: bool = False) -> tuple[int, int | None]:
    """The rest of an office after "of", "for" or "to": "Special Envoy for Climate John Kerry",
    "Assistant Secretary of State for International Security and Nonproliferation Eliot Kang".

    Returns where the title ends and, when the same run of capitals goes on into a name,
    where the name starts. A name starts at a given name, or after the everyday words of a
    portfolio ("Secretary of Trade and Industry Pascual")."""
    m = _TAIL_START.match(s, pos, end)
    commas: list[int] = []  # indices of the words that open a segment after a comma
    bare_go_on = False
    if not m and continued:
        # The office's own "for Economic" may stop short: " Growth, Energy, and the Environment"
        # (only a list of portfolios goes on this way; "for Foreign Affairs Penny Wong" does not).
        m = _GAP_BEFORE_CAPITAL.match(s, pos, end)
        bare_go_on = m is not None
    if not m:
        # The office's own "of Environment" may already be read: ", Water, and Agriculture" goes on.
        m = _LIST_GO_ON.match(s, pos, end)
        last = _LAST_NON_SPACE.search(s[max(0, pos - 40) : pos])
        if not (m and last and _portfolio_word(last.group(1), place_terms)
                and _portfolio_word(m.group(1), place_terms)):
            return pos, None
        commas.append(0)
    joined = m.group().strip().startswith(("and", "&"))
    words: list[tuple[int, int, str]] = []
    i = m.end()
    styled = False  # a style closes the office and opens the name: "to Sri Lanka H.E. Mizukoshi Hideaki"
    initials_at = None
    rare_list = False  # a list of portfolios with a rare word in it ("Buddha Sasana, Religious and ...")
    while len(words) < 16:
        t = _TAIL_WORD.match(s, i, end)
        if not t:
            break
        if t.group() in ("and", "&") and _name_ends_before(words, place_terms):
            gap = _TAIL_GAP.match(s, t.end(), end)
            if gap and TITLE.match(s, gap.end(), end):
                break  # "... and Tourism Vijitha Herath and Deputy Minister of ...": the next office is another's
        prev = words[-1][2].rstrip(".") if words else ""
        if (words and _DOTTED.fullmatch(t.group()) and t.group() not in place_terms and not (
                name_evidence.is_given(prev) and prev not in NOT_NAMES)):  # "Jose W. Fernandez" is one name
            nxt = _CAPITALISED_AFTER.match(s, t.end(), end)
            if nxt and (name_evidence.is_given(nxt.group(1)) or name_evidence.zipf(nxt.group(1)) < 4.0):
                initials_at = t.start()  # "Secretary to the Prime Minister G.P. Saputhanthri"
                break
        if words and _caps_surname(t.group(), [], s, t.end(), end, place_terms):
            initials_at = t.start()  # "Minister of Economy, Trade and Industry HAGIUDA Koichi"
            break
        if (words or t.group() == "To") and _word_surname(t.group(), s, t.end()):
            initials_at = t.start()  # "Vice Premier of the People's Republic of China He Lifeng", "... Vietnam To Lam"
            break
        if _STYLE_RUN.match(s, t.start(), end) and t.group() not in ("the", "The") and not (
                t.group() in ("General", "Ambassador") and not re.match(r"[ \t]+[A-Z]", s[t.end() : t.end() + 2])):
            styled = True
            break
        if t.group().endswith(".") and t.group().count(".") == 1 and len(t.group()) > 4:
            words.append((t.start(), t.end() - 1, t.group()[:-1]))
            break  # "... of the Republic of Korea. The overview": the sentence ends the office
        words.append((t.start(), t.end(), t.group()))
        g = _TAIL_GAP.match(s, t.end(), end)
        if not g:
            break
        if "," in g.group():
            # Only everyday words on both sides of the comma, and no second office after it:
            # "Relations Le Hoai Trung, and Deputy Minister" is a name and another person.
            nxt = _TAIL_WORD.match(s, g.end(), end)
            if not (nxt and _portfolio_word(nxt.group(), place_terms) and _portfolio_word(t.group(), place_terms)):
                if not (nxt and _list_of_rare_portfolios(s, t.group(), nxt.start(), end, place_terms)):
                    break
                rare_list = True
            if nxt.group() in ("and", "&"):
                gap_after = _TAIL_GAP.match(s, nxt.end(), end)
                at = gap_after.end() if gap_after else nxt.end()
                then = _TAIL_WORD.match(s, at, end)
                # ", and Deputy Minister ...": another office; ", and Mizukoshi Hideaki, Ambassador": a person
                if TITLE.match(s, at, end) or (then and not _portfolio_word(then.group(), place_terms)
                                               and then.group() not in _MODIFIER_WORDS):
                    break
            commas.append(len(words))
        i = g.end()
    if commas and not any(w[2] in ("and", "&") for w in words[commas[-1]:]):
        # "Minister of Environment, Water, and Agriculture": a list of portfolios ends with "and";
        # without one, the comma closes the office ("Minister of Finance, Economy Minister ...").
        words = words[: commas[0]]
    if bare_go_on and (not words or name_evidence.is_given(words[0][2])):
        return pos, None
    if bare_go_on and not commas:
        # "Assistant Secretary of State for International Organization Affairs Michele J. Sison": the
        # office's words go on to a given name, which opens the name.
        # A common given name counts when a rare word follows it: "for Climate Change and Energy Chris Bowen".
        k = next((k for k, w in enumerate(words) if k and name_evidence.is_given(w[2]) and w[2] not in NOT_NAMES
                  and (name_evidence.zipf(w[2]) < 4.0 or k + 1 < len(words) and words[k + 1][2][:1].isupper()
                       and name_evidence.zipf(words[k + 1][2]) < 3.6)), None)
        if k is not None and words[k - 1][2] not in _CONNECTORS and all(
                w[2] in _CONNECTORS or _portfolio_word(w[2], place_terms) and name_evidence.zipf(w[2]) >= 4.0
                and not name_evidence.is_given(w[2]) and w[2][:1].isupper() for w in words[:k]):
            return words[k - 1][1], words[k][0]
        # "President of International Operations.": everyday words up to the clause's end go on too.
        tail_end = words[-1][1]
        if (len(words) > 3 or (s[tail_end : tail_end + 1] not in ("", ",", ".", ";", ":", ")")
                               and not words[-1][2].endswith(".") and not styled)
                or not all(w[2] in _CONNECTORS or (name_evidence.zipf(w[2].rstrip(".")) >= 4.0
                           and not name_evidence.is_given(w[2].rstrip(".")) and w[2] not in NOT_NAMES)
                           for w in words)):
            return pos, None
        return tail_end - (1 if words[-1][2].endswith(".") and not _is_initial(words[-1][2]) else 0), None
    while words and words[-1][2] in _CONNECTORS:
        words.pop()
    if not words or words[0][2] in _CONNECTORS:
        return pos, None

    def name_from(k: int) -> list[str]:
        """The words from k up to the next connector or office word ("... John Kerry and Assistant ...")."""
        out = []
        for w in words[k:]:
            if w[2] in _CONNECTORS or w[2] in NOT_NAMES:
                break
            out.append(w[2])
        return out

    # The first given name that opens a plausible name among the office's words ("for Climate John Kerry").
    given_at = next((k for k in range(1, len(words))
                     if name_evidence.is_given(words[k][2]) and words[k - 1][2] not in _CONNECTORS
                     and words[k][2] not in place_terms and name_evidence.plausible_name(name_from(k))), None)
    if styled:
        # "to the President Saman Ekanayake and Most Ven. Dr. X": a name before the "and" ends the office.
        k = next((k for k, w in enumerate(words) if k and w[2] == "and"), None)
        if k and given_at is not None and given_at < k and len(name_from(given_at)) >= 2:
            return words[given_at - 1][1], words[given_at][0]
        return words[-1][1], None
    if initials_at is not None:
        return words[-1][1], initials_at
    if joined and words[0][2] in NOT_NAMES and not any(w[2] in ("of", "for") for w in words):
        # "The Vice President and President Marcos": a second office is another person's; one that
        # no name follows is a joint office ("Chairman and Chief Executive Officer and Tim Lee").
        j = next((k for k, w in enumerate(words) if w[2] not in NOT_NAMES), len(words))
        if j < len(words) and words[j][2] in ("and", "&") and s[words[j - 1][1] : words[j][0]].strip() == "":
            return words[j - 1][1], None
        if j == len(words) and s[words[-1][1] : words[-1][1] + 1] in (")", ",", ";"):
            return words[-1][1], None  # "(GM Holden Chairman and Managing Director)"
        return pos, None
    if (joined and words[0][2] not in place_terms and name_evidence.untitled_name_ok(name_from(0))
            and (given_at is None or len(name_from(given_at)) < 2)):
        # "Chief Executive Officer and Tim Lee": a person, not a portfolio ("... and Charity Ana Souza" is).
        return pos, None
    plain = 0  # the portfolio's everyday words: "Trade and Industry", "National Drug Control Policy"
    while plain < len(words) and (words[plain][2] in _CONNECTORS or words[plain][2] in place_terms
                                  or (words[plain][2].endswith("ans") and words[plain][2][:-1] in place_terms)  # "for Indigenous Australians"
                                  or words[plain][2] in NOT_NAMES or name_evidence.zipf(words[plain][2].rstrip(".")) >= 4.0
                                  or words[plain][2].isupper()):
        plain += 1
    if rare_list and commas:
        # Its last item's everyday words end it; the first uncommon word after them opens the name
        # ("... Religious and Cultural Affairs Kamkanamge Sunil Senevi").
        k = commas[-1]
        while k < len(words) and (words[k][2] in _CONNECTORS or name_evidence.zipf(words[k][2].rstrip(".")) >= 4.0):
            k += 1
        if commas[-1] < k < len(words):
            return words[k - 1][1], words[k][0]
    # A given name opens the name ("for Climate John Kerry") unless it would leave a lone word
    # and the words after the portfolio read as a fuller name ("Policy Kemp Chester").
    # ... and unless a name already stands before it, in an earlier clause ("to the Prime Minister
    # Anura Dissanayake and Foreign Minister Ali Sabry").
    earlier = 0 < plain < (given_at or 0) and any(w[2] in _CONNECTORS for w in words[plain:given_at])
    # ... and unless rare words stand between the portfolio and it: they open the name ("Minister of
    # Foreign Affairs Pham Binh Minh", "Minister of Defence Anura Kumara Dissanayake").
    rare_first = 0 < plain < (given_at or 0) and all(
        w[2][:1].isupper() and name_evidence.zipf(w[2]) < 3.0 for w in words[plain:given_at])
    if given_at is not None and not earlier and not rare_first and not (
            len(name_from(given_at)) == 1 and 0 < plain < given_at and len(name_from(plain)) > 1):
        return words[given_at - 1][1], words[given_at][0]
    if plain == 0:
        return pos, None
    rest = name_from(plain)
    if (words[plain - 1][2] == "of" and len(rest) == 3 and plain + 3 == len(words)
            and name_evidence.plausible_name(rest[1:])):
        # "Chairman of the Bank of Ceylon Kanchana Ratwatte": one unusual word closes the body's
        # name, the two after it are the person's.
        return words[plain][1], words[plain + 1][0]
    # A lone word closing the portfolio is the office's ("... and Superannuation."), unless an everyday
    # plural ends the portfolio before it: nouns qualify the word after them in the singular, so a rare
    # word after "Issues" or "Organizations" is a surname ("on Climate Issues Edelgeriyev,").
    head = words[plain - 1][2] if plain else ""
    lone = (len(name_from(plain)) == 1 and plain == len(words) - 1
            and not (_is_plural_head(head) and name_evidence.zipf(words[plain][2]) < 3.0 and words[plain][2] not in place_terms))
    if (plain == len(words) or (lone and s[words[-1][1] : words[-1][1] + 1] in ("", ",", ".", ";"))
            or (words[plain - 1][2] in _CONNECTORS and not name_evidence.is_given(words[plain][2]))):
        # "... Financial Services and Superannuation." / "President of Prudential's operations":
        # a lone word closing the portfolio, or one right after "of", is part of the office.
        return words[-1][1], None  # "Minister for Financial Services and Superannuation, the Hon ..."
    return words[plain - 1][1], words[plain][0]


_STYLES = {"Baroness", "Baron", "Lord", "Lady", "Dame", "Sir", "Hon", "Honourable", "Excellency"} | set(HONORIFICS)


def _vouched(name: str, is_known) -> bool:
    """A name sure enough to stand after a comma: known, with a given name, or with a style."""
    words = name.split()
    return is_known(name) or (len(words) > 1 and (words[0].rstrip(".") in _STYLES
                                                  or any(name_evidence.is_given(w) for w in words)))


# Where an apposed name ends: a comma, "and" before the next item, or the sentence's end
# ("called on President, Ranil Wickremesinghe and Prime Minister, ...").
_APPOSITION_END = re.compile(r",|[ \t]+and[ \t]|[.;:](?:\s|$)|$")


def _rare_name_apposed(s: str, name: tuple[int, int, str], place_terms: set[str]) -> bool:
    """"Sri Lanka's Ambassador to the United States, Mahinda Samarasinghe, attended": uncommon words, one
    of them rare, set off by commas on both sides are a name, though no list knows the given name."""
    words = name[2].split()
    return (len(words) >= 2 and _APPOSITION_END.match(s, name[1]) is not None and not any(w in place_terms for w in words)
            and all(name_evidence.zipf(w) < 4.0 and w[:1].isupper() for w in words)
            and any(name_evidence.zipf(w) < 3.0 for w in words))


# What a headline says the release is ("Secretary Antony J. Blinken Keynote Address ...").
_RELEASE_KINDS = {"Keynote", "Readout", "Remarks", "Statement", "Interview", "Address", "Speech", "Message", "Briefing", "Op-Ed"}
_LOWER_NEXT = re.compile(r",?[ \t]+[a-z]|(?:[ \t]+[A-Z]{2,4}\b)+(?:,|[ \t]+[a-z])"  # ("Philip Green OAM, hosted")
                         r"|,?[ \t]+[A-Z]\.[A-Z]\.?(?![\w])"  # ("Hon Chris Green, M.P", "Simon Coveney T.D.")
                         r"|[.;:](?:[ \t]|$)")  # (a sentence's end: "... and Lt. Tom Brown.")
_HEAD_WORDS = frozenset(h for h in HEADS if " " not in h)


def _another_holds(s: str, office: str, name: str) -> bool:
    """Whether the text names someone else as holding the office ("Prime Minister Dinesh Gunawardena" beside
    "Secretary to Prime Minister Gamini Senarath"): a word after the office that is no word of this name."""
    words = set(name.split())
    after = [re.sub(r"['\u2019]s$", "", m.group(1)) for m in re.finditer(r"(?<!\bto\s)(?<!\bto\sthe\s)\b" + re.escape(office) + r"[ \t]+([A-Z][\w'\u2019-]+)", s)]
    # (Where the text also gives this name the office, "President Obama", the name is the holder after all.)
    return not words & set(after) and any(w not in NOT_NAMES for w in after)


_SERVES = re.compile(r"\s(?:to|of)\s+((?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|King|Queen|Crown\s+Prince|Emir|Chancellor|Premier|Secretary))$")
_AND_NEXT = re.compile(r"[ \t]+(?:and|&)[ \t]")
_THING_RUN = re.compile(r"(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?[A-Z][\w'-]*){1,6}")


def trim_name(s: str, name: tuple[int, int, str] | None, known, strict: bool = False) -> tuple[int, int, str] | None:
    """Keep the words of a read name that are a name: leading everyday words belong to an
    office or a body ("Minister of Labour and Employment Ana Souza", "Director of National
    Drug Control Policy Kemp Chester"); a reading with no name left is no name at all."""
    if name is None:
        return None
    a, b, nm = name
    words = nm.split()
    if known(nm):
        return name
    nxt = _NEXT_LETTERS.match(s[b : b + 30])
    # In running text the capitalised words that follow belong to the same name of a thing:
    # "Elie Wiesel Genocide and Atrocities Prevention Act", "Ronald Reagan Carrier Strike Group".
    if len(words) == 1 and nxt and nxt.group(1) in _HEAD_WORDS:
        return None  # "Acting Chief Pentagon Spokesperson X": a body inside the title, not a surname
    k = 0
    while (k < len(words) - 1 and not _is_initial(words[k]) and not name_evidence.is_given(words[k])
           and name_evidence.zipf(words[k]) >= 4.0 and not (words[k] in PARTICLES and words[k].islower())):
        k += 1
    # (The leading everyday words are the office's: "at the State Department Molly Montgomery" is
    # Molly Montgomery, not a department named after her.)
    run = _THING_RUN.match(s, b) if not strict else None
    if run and _AND_NEXT.match(s, b):
        # "Sagarika Perera and Deputy Chief of Mission ...", "Antony J. Blinken and African Union
        # Commission (AUC) Chairperson ...": what follows "and" is another person or body, not the name's thing
        run = None
    if any(name_evidence.names_a_thing(w) for w in words[k + 1:]) or (nxt and name_evidence.names_a_thing(nxt.group(1))) \
            or (run and name_evidence.names_a_thing(run.group().split()[-1])):
        return None  # "King Charles III Coronation Medal", "Queen Elizabeth Hospital": a thing named after someone
    if k:
        for w in words[:k]:
            a = s.index(w, a) + len(w)
        a = s.index(words[k], a)
        words = words[k:]
    # "Samantha Power Meets with ...": a word of offices after a given name, then the headline's verb, is a surname.
    office_surname = (len(words) == 2 and words[1] in _MODIFIER_WORDS and name_evidence.is_given(words[0])
                      and nxt is not None and name_evidence.headline_verb(nxt.group(1)))
    # "Victoria Nuland Travel": an everyday word closing a headline's run is not the surname.
    while (not office_surname and len(words) > 1 and not name_evidence.is_given(words[-1]) and name_evidence.zipf(words[-1]) >= 5.0
           and (strict or not _LOWER_NEXT.match(s, b))):
        words.pop()  # (in running text a lowercase word after it shows it ends a name: "Samantha Power was")
    if strict and name_evidence.headline_verb(words[0]):
        return None  # "President Inaugurates New Water Supply Project": the office's verb, no name
    if strict:  # in a headline every word is capitalised: "Rudd Meet Amid ..." is "Rudd"
        # (The word after a middle initial is the surname, however common: "Donald J. Trump Secures ...")
        cut = len(words) if office_surname else next((k for k in range(1, len(words)) if not (k > 1 and _is_initial(words[k - 1])) and (
                    (not name_evidence.is_given(words[k]) and not _is_initial(words[k])
                     and name_evidence.zipf(words[k]) >= name_evidence.COMMON) or name_evidence.headline_verb(words[k])
                    or name_evidence.headline_base_verb(words[k])
                    or words[k] in _RELEASE_KINDS)),
                   len(words))
        while cut + 1 < len(words) and name_evidence.headline_verb(words[cut]) and name_evidence.headline_verb(words[cut + 1]):
            cut += 1  # "Senator Jim Banks Visits Taiwan": the verb is the last of the two
        words = words[:cut]
    if not name_evidence.plausible_name(words, strict=strict):
        return None
    name = " ".join(words)
    # Words dropped from the end shorten the span; a name read across odd spacing keeps its end.
    return a, (a + len(name) if s.startswith(name, a) else b), name


# Titles and honorifics are written with a capital: look them up as written.
_TITLE_KEYS = sorted(set(HEADS) | {a.rstrip(".") for a in ABBREVIATIONS})
_HONORIFIC_KEYS = sorted({h.rstrip(".") for h in HONORIFICS})


def find_mentions(text: Text, place_hits: list[Hit], countries: dict[str, str],
                  known: list[Hit], place_terms: set[str], is_known=lambda name: False,
                  headline_end: int = 0) -> list[Mention]:
    """countries: place id -> country id for places that are countries (or adjectives of them)."""
    s = text.clean
    mentions: list[Mention] = []
    taken = Taken()
    free = taken.free
    hits_by_start = {h.start: h for h in place_hits}
    hit_ends = [h.end for h in place_hits]  # place hits come sorted and do not overlap

    for mention, line_end in list_items(text, place_terms, is_known):
        mentions.append(mention)
        taken.add(mention.start, line_end)
    win = Windows(s, text.lines)
    for mention in shared_titles(text, win, place_terms, is_known):
        if free(mention.start, mention.end):
            mentions.append(mention)
            taken.add(mention.start, mention.end)
    offices_before: dict[int, str] = {}  # "Cabinet Spokesman, Minister X": the next office's start -> this one
    for a, b in win.around(_TITLE_KEYS, before=80, after=60, case=True):
        para = text.paragraph_at(a)
        for m in win.finditer_in(TITLE, a, b):
            if not free(m.start(), m.end()):
                continue
            if _SHIP.search(s, max(para.start, m.start() - 8), m.start()):
                taken.add(m.start(), m.end())
                continue  # "HMS Queen Elizabeth", "INS Vikrant": a ship's name, no office
            tstart = _extend_left(s, m.start(), para.start, place_terms)
            if s.startswith("Under ", tstart) and not _UNDER_SECRETARY.match(s, tstart):
                tstart += len("Under ")  # "Under President Xi, the party ...": the preposition, not an office's word
            if s.endswith("former ", para.start, tstart) or s.endswith("Former ", para.start, tstart):
                tstart -= len("former ")  # "former Prime Minister": the office is held no longer
            then = _THEN_OFFICE.search(s, max(para.start, tstart - 40), tstart)
            if then:
                tstart = then.start()  # "then-Prime Minister Rafic Hariri", "ex-Foreign Minister": no longer held either
            title = expand(s[tstart : m.end()]) if tstart != m.start() else expand(m.group())
            if title in HONORIFIC_TITLES:
                continue
            mend = m.end()
            rank = _RANK_TAIL.search(m.group())
            if rank and _OF_OR_FOR.search(m.group(), 0, rank.start()) and re.match(r"[ \t]+[A-Z]", s[mend : mend + 2]):
                # "Chief of Army Staff General Asim Munir": the rank is the holder's, not the office's end
                mend = m.start() + rank.start()
                title = expand(s[tstart:mend])
            tend = mend
            country = _country_before(place_hits, hit_ends, s, tstart, countries)
            if country and m.group().endswith("Representative"):
                # "(Deputy) United States Trade Representative", "UK Permanent Representative": the
                # country is part of the office's name.
                h = next(h for h in reversed(place_hits[: bisect.bisect_right(hit_ends, tstart)]) if h.end <= tstart)
                if not s[h.end : tstart].strip():  # (not "India's Permanent Representative")
                    tstart = _extend_left(s, h.start, para.start, place_terms)
                    title = expand(s[tstart : m.end()])
            # "Prime Minister of Japan", "President of the Republic of Kenya", "Ambassador to India"
            after = _AFTER_TITLE.match(s, tend, para.end)
            h = _place_after(after, hits_by_start)
            title_end = mend
            if h is not None:
                if after.group(1) == "of" and h.id in countries:
                    country = country or countries[h.id]
                # "Ambassador to the Philippines", "Premier of South Australia": the place is part of the office
                # ("President of the French Republic": the republic's name is the office's too)
                title_end = tend = _REPUBLIC.match(s, h.end, para.end).end()
                body = _body_after(s, h.end, para.end)
                if body > h.end:  # "Director of the U.S. Trade and Development Agency"
                    title_end = tend = body
            office_end = tend
            tend, name_at = portfolio(s, tend, para.end, place_terms,
                                      continued=tend == mend and _OF_OR_FOR.search(m.group()) is not None)
            if tend > office_end:
                title_end = tend
            if title_end > mend:
                title = expand(s[tstart:title_end])
            paren = _PAREN_OFFICE.match(s, tend, para.end) if name_at is None else None
            if paren:  # "Director General (International Affairs) Ms. Ruwani Silva"
                title_end = tend = paren.end()
                title = expand(s[tstart:title_end])
            after_sep = name_at if name_at is not None else _COMMA.match(s, tend, para.end).end()
            style = _STYLE_RUN.match(s, after_sep, para.end)
            if style and name_at is None:  # "Minister for Trade Senator Don Farrell", "... the Hon Kevin Rudd MP"
                after_sep = style.end()
            read = read_name(s, after_sep, para.end, place_terms,
                             styled=style is not None and after_sep == style.end() and bool(_rank(style.group()) != style.group().strip(" ,")))
            name = trim_name(s, read, is_known, strict=m.start() < headline_end)
            cut = s[read[0] : name[0]].strip() if name and read and name[0] > read[0] else ""
            if (cut and " " not in cut and " " not in name[2] and " of " not in title and " for " not in title
                    and read[0] - tend <= 1
                    and cut not in _MODIFIER_WORDS and name_evidence.is_given(name[2])):
                name = read  # "Foreign Minister Park Jin": a surname written first, not the office's last word
            if name and read and name[0] > read[0] and "," not in s[tend : name[0]] and read[0] - tend <= 3:
                # Everyday words trimmed off the front belong to the office: "of National Drug Control Policy".
                title = expand(s[tstart : s.rindex(" ", read[0], name[0])].rstrip())
                tend = name[0] - 1
            if (name and "," in s[tend:name[0]] and not _vouched(name[2], is_known)
                    and not _rare_name_apposed(s, name, place_terms)
                    and not (style is not None and name[0] == style.end())  # "..., the Hon Phandu Skelemani"
                    and s[tend : name[0]].strip(" ,").rstrip(".") not in _STYLES):
                name = None  # "CEO, Universities Australia": after a comma comes the body, unless a name is sure
            if name and "," in s[tend : name[0]] and _named_before_comma(s, tstart, para.start, place_terms):
                name = None  # "Mr. A, Secretary to the Prime Minister, Ms. B, ...": the office is A's
                taken.add(m.start(), tend)  # (and "Prime Minister" inside it is no office of B's)
            if name and (name[0] - tend <= 3 or s[tend : name[0]].strip(" ,").rstrip(".") in HONORIFICS
                         or (style is not None and name[0] == style.end())):
                a, b, nm = name
                rank = _rank(style.group()) if style is not None and name[0] == style.end() else ""
                body_of = _OF_THE.match(s, b, para.end)
                land = hits_by_start.get(body_of.end()) if body_of else None
                if land is not None and land.id in countries and not country:
                    country = countries[land.id]  # "President Ruto of Kenya"
                if body_of and " of " not in title:  # "Director Aisha Booker of the U.S. Commercial Service"
                    body = _body_after(s, body_of.end() - 1, para.end)
                    if body > body_of.end():
                        title += s[b:body]
                served = _SERVES.search(title)
                if served and not _another_holds(s, served.group(1), nm):
                    # "Advisor to President Barack Obama": Obama is the President ("to the President X": X
                    # advises; so does X in "Secretary to Prime Minister X" where the text names another Prime Minister)
                    title = served.group(1)
                # (Only for one person, not a list: "Prime Minister, Foreign Minister X and others attended".)
                before = offices_before.get(tstart, "") if not _ANOTHER_FOLLOWS.match(s, b) else ""
                also = tuple(t for t in (before, rank) if t)
                mentions.append(Mention(a, b, nm, title, country, also=also))
                taken.add(m.start(), b)
                continue
            # Apposition: "Mauro Vieira, Brazil's Foreign Minister," / "Ana Souza, the Chancellor"
            lead, comma = m.start(), -1
            before_office = s[max(para.start, lead - 60) : lead]
            pre = _APPOSITION_BEFORE.search(before_office)
            if pre and _RELATIVE.search(pre.group()):
                pre = None  # "Paul X, whom the Secretary has determined ...": a clause about X, not X's office
            if not pre:  # "Under Secretary Zeya, who is our Under Secretary for ...": X's office after all
                pre = _WHO_IS.search(before_office)
            if pre:
                comma = max(para.start, lead - 60) + pre.start()
                back = re.search(r"((?:[^\W\d_][\w\u2019'.-]*\s+){0,4}[^\W\d_][\w\u2019'-]*)$", s[max(para.start, comma - 70) : comma])
                if back:
                    b0 = max(para.start, comma - 70) + back.start()
                    words = back.group(1).split()
                    # keep the longest tail of capitalised words
                    keep: list[str] = []
                    for w in reversed(words):
                        if _is_name_word(w, place_terms) or _is_initial(w) or (w in PARTICLES and keep):
                            keep.insert(0, w)
                        else:
                            break
                    honours: list[str] = []
                    while len(keep) > 2 and keep[-1].isupper() and len(keep[-1]) <= 4 and not keep[0].isupper():
                        honours.insert(0, keep.pop())  # post-nominals: "Mitu Bhowmick Lange AM"
                    name_end = comma - len(" ".join(honours)) - (1 if honours else 0)  # ("Richard Marles MP, Deputy ...")
                    if keep and keep[0].islower():
                        keep = []  # "... bin Sultan bin Abdulaziz Al Saud,": the name began further back
                    if len(keep) >= 2 and not name_evidence.plausible_name(keep):
                        keep = []
                    before = words[-len(keep) - 1].lower() if 0 < len(keep) < len(words) else ""
                    if (before in _OBJECT_OF and not _vouched(" ".join(keep), is_known)
                            and not _MET_WITH.search(s, max(para.start, comma - 90), comma - len(" ".join(keep)))):
                        keep = []  # "Vice President of Prudential Financial, CEO ...": the body, not a person
                    # "Mr. Sullivan, the National Security Advisor": one word is a name after a courtesy.
                    styled_one = (len(keep) == 1 and len(keep) < len(words) and words[-2].rstrip(".") in _COURTESY_ONE
                                  and name_evidence.plausible_name(keep, strict=False))
                    a = name_end - len(" ".join(keep))
                    # (One word will do for a name already read with its office: "Under Secretary Zeya, who is ...")
                    holder = next((x for x in reversed(mentions) if x.end == name_end and x.name), None)
                    if (len(keep) >= 2 or styled_one or (keep and holder)) and s[a:name_end] == " ".join(keep):
                        if free(a, name_end) and (len(keep) >= 2 or styled_one):
                            mentions.append(Mention(a, name_end, " ".join(keep), title, country))
                            taken.add(a, m.end())
                            continue
                        # "Ambassador Linda Green, the U.S. Representative to the UN,": a second office.
                        closed = re.match(r"\s*(?:[,;:.)]|$)", s[title_end : title_end + 3]) is not None
                        # ... but not an office that swallowed the next person's name ("... Relations Le Hoai Trung,").
                        named_end = all(name_evidence.zipf(w) < 3.0 for w in title.split()[-2:])
                        if (holder is not None and closed and read is None and not named_end
                                and _APPOSED.fullmatch(s[comma:lead])):
                            if title != holder.title and title not in holder.also:
                                holder.also += (title,)
                            taken.add(m.start(), m.end())
                            continue
            nxt_office = _NEXT_OFFICE.match(s, title_end, para.end)
            if nxt_office and tstart == text.sentence_at(tstart).start:
                offices_before[nxt_office.end()] = title  # (an office opening the sentence, then the holder's other)
                taken.add(m.start(), m.end())
                continue
            joint = _AND_NEXT_OFFICE.match(s, title_end, para.end)
            second = TITLE.match(s, joint.end(), para.end) if joint else None
            holder_word = _CAPITALISED_AFTER.match(s, second.end(), para.end) if second else None
            if second and not holder_word:  # "Special Envoy and Ambassador to Libya Richard Norland"
                name_at = portfolio(s, second.end(), para.end, place_terms)[1]
                holder_word = _CAPITALISED_AT.match(s, name_at, para.end) if name_at is not None else None
            if (holder_word and holder_word.group(1) not in NOT_NAMES
                    and not _THE_BEFORE.search(s, max(para.start, tstart - 5), tstart)
                    and not _HEAD_OF_STATE.match(s, joint.end(), para.end)):
                # "Thai Deputy Prime Minister and Foreign Minister Don Pramudwinai": one holder of both
                # ("the Vice President and President Marcos" are two, as "the" and a head of state tell).
                offices_before[joint.end()] = title
                taken.add(m.start(), m.end())
                continue
            role, role_at = _role_context(s, text.sentence_at(tstart).start, tstart), tstart
            if s.startswith(("'s ", "\u2019s "), m.end()):
                role = ""  # "X is the President's nominee": the office is whose nominee, not X's
            if (not role and pre and read is None and _APPOSED.fullmatch(s[comma:lead])
                    and not all(name_evidence.zipf(w) < 3.0 for w in title.split()[-2:])
                    and re.match(r"\s*(?:[,;:.)]|$)", s[title_end : title_end + 3])):
                role, role_at = "appos", comma  # "Kerry, the Special Envoy for Climate,": whose, once names are read
            # "as Prime Minister" names no holder, unless it says whose role it is ("X ... as CEO").
            if role or not _AS_ROLE.search(s, max(0, m.start() - 12), m.start()):
                mentions.append(Mention(m.start(), m.end(), "", title, country, role=role, lead=role_at))
            taken.add(m.start(), m.end())
    for mention in lowercase_offices(text, win, place_hits, hit_ends, hits_by_start, countries, place_terms, is_known):
        if free(mention.start, mention.end):
            mentions.append(mention)
            taken.add(mention.start, mention.end)
    for a, b in win.around(_HONORIFIC_KEYS, before=2, after=12, case=True):
        para = text.paragraph_at(a)
        for m in win.finditer_in(HONORIFIC, a, b):
            name = trim_name(s, read_name(s, m.end(), para.end, place_terms, styled=True), is_known)
            if name and m.group().startswith("Sri") and not (is_known(name[2]) or name_evidence.is_given(name[2].split()[0])):
                continue  # "Sri Dalada Maligawa", "Sri Jayewardenepura": places and temples open with Sri too
            if name and free(name[0], name[1]):
                mentions.append(Mention(name[0], name[1], name[2]))
                taken.add(m.start(), name[1])
    # "his Spanish counterpart José Albares": no title, but the country and a name.
    for a, b in win.around(("counterpart",), before=40, after=4):
        para = text.paragraph_at(a)
        for m in win.finditer_in(_COUNTERPART, a, b):
            name = trim_name(s, read_name(s, m.end(), para.end, place_terms), is_known)
            if name and len(name[2].split()) > 1 and free(name[0], name[1]):
                country = _country_before(place_hits, hit_ends, s, m.start(1), countries)
                mentions.append(Mention(name[0], name[1], name[2], "", country))
                taken.add(name[0], name[1])
    for h in known:
        if free(h.start, h.end) and text.paragraph_at(h.start).end >= h.end:
            mentions.append(Mention(h.start, h.end, h.term))
            taken.add(h.start, h.end)
    for m in speaker_labels(text):
        if free(m.start, m.end):
            mentions.append(m)
            taken.add(m.start, m.end)
    body_start = text.lines[0].end if text.lines else 0
    head = _HEADLINE_WITH.search(s, 0, body_start) if body_start else None
    if head and free(head.start(1), head.end(1)):
        # "Secretary X With David Muir of ABC World News Tonight": the one an interview is with.
        words = head.group(1).split()
        if not any(w in NOT_NAMES or w in place_terms or w != _unpossessive(w) or w in _OUTLET_WORDS for w in words) \
                and words[0] not in _ARTICLES and (
                name_evidence.is_given(words[0]) or all(name_evidence.zipf(w) < 4.0 for w in words)):
            mentions.append(Mention(head.start(1), head.end(1), head.group(1)))
            taken.add(head.start(1), head.end(1))
    for a, b, nm in untitled_names(s, body_start, place_terms):
        if free(a, b):
            mentions.append(Mention(a, b, nm))
            taken.add(a, b)
    # A headline capitalises every word, so a name there with no title needs the body to vouch
    # for it, by a surname alone: "..., Simon Coveney T.D. travels to Paris" over "Minister Coveney leaves ...".
    surnames = {m.name for m in mentions if m.name and m.start >= body_start and " " not in m.name}
    for a, b, nm in untitled_names(s[:body_start], 0, place_terms) if body_start and surnames else ():
        # (A name the body spells out in full is found there, and here, as the body reads it.)
        if (nm.split()[-1] in surnames and name_evidence.is_given(nm.split()[0]) and s.find(nm, body_start) < 0
                and free(a, b)):
            mentions.append(Mention(a, b, nm))
            taken.add(a, b)
    for m in mentions:
        # "H.E. Hayashi Yoshimasa, Minister for ...": a name read back from its office keeps no style.
        style = _LEADING_STYLE.match(m.name)
        if style and len(m.name.split()) > len(style.group().split()):
            m.name, m.start = m.name[style.end():], m.start + style.end()
    # "Minister of Canadian Heritage", "Commissioner for European Neighbourhood Policy": after a people's
    # adjective the capitals go on naming the portfolio, not a person.
    mentions = [m for m in mentions if not (m.title and _PORTFOLIO_ADJECTIVE.search(m.title))]
    return sorted(mentions, key=lambda x: x.start)


_PORTFOLIO_ADJECTIVE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:ian|ean|ese|ish)$")


# Styles that are also part of how a person is named ("Sheikh Hasina", "Sri Mulyani Indrawati", "Prince Harry").
_NAME_STYLES = {"Sri", "Sheikh", "Sheikha", "Prince", "Princess", "Sir", "Dame", "Madam"}
_LEADING_STYLE = re.compile(r"(?:(?:" + "|".join(re.escape(h.rstrip(".")) for h in sorted(HONORIFICS, key=len, reverse=True) if h not in _NAME_STYLES)
                            + r")\.?\s+)+")


_LOWER_OFFICE = re.compile(
    r"(?<![\w-])((?:(?:deputy|vice|acting|former|interim)[ \t]+)?(?:prime[ \t]+minister|foreign[ \t]+minister|"
    r"vice[ \t]+president|president|chancellor|premier|leader|chairman|chairperson|chairwoman|secretary-general|"
    r"ambassador|high[ \t]+commissioner|governor|mayor|king|queen|crown[ \t]+prince|emir|speaker|founder|head))"
    r"(?=[ \t,])")
# With the space before them: "king" inside "making" is no office.
_LOWER_KEYS = tuple(" " + k for k in (
    "minister", "president", "chancellor", "premier", "leader", "chair", "secretary-general", "ambassador",
    "commissioner", "governor", "mayor", "king ", "queen", "prince", "emir ", "speaker", "founder", "head "))


def lowercase_offices(text: Text, win: Windows, place_hits: list[Hit], hit_ends: list[int], hits_by_start: dict,
                      countries: dict, place_terms: set[str], is_known) -> list[Mention]:
    """Offices written in lowercase before a name: "the prime minister of Japan, Fumio Kishida",
    "leader of the National Rescue Party Kem Sokha". Lowercase words are everyday English, so the
    name needs more evidence: a given name first, a known name, or a body or country to the office."""
    s = text.clean
    out: list[Mention] = []
    matches = (m for a, b in win.around(_LOWER_KEYS, before=30, after=1, case=True)
               for m in win.finditer_in(_LOWER_OFFICE, a, b))
    for m in matches:
        para = text.paragraph_at(m.start())
        end, qualified = m.end(), False
        country = _country_before(place_hits, hit_ends, s, m.start(), countries)
        after = _AFTER_TITLE.match(s, end, para.end)
        h = _place_after(after, hits_by_start)
        if h is not None:
            end, qualified = max(h.end, _body_after(s, h.end, para.end)), True
            if after.group(1) == "of" and h.id in countries and end == h.end:
                country = country or countries[h.id]
        else:
            of = _OF_THE.match(s, end, para.end)
            body = _body_after(s, of.end() - 1, para.end) if of else end
            if of and body > of.end():
                end, qualified = body, True
        sep = _COMMA_GAP.match(s, end, para.end)
        if not sep:
            continue
        name = trim_name(s, read_name(s, sep.end(), para.end, place_terms), is_known)
        if not name or name[0] != sep.end():
            continue
        words = name[2].split()
        sure = is_known(name[2]) or name_evidence.untitled_name_ok(words) or (qualified and len(words) > 1)
        if not sure or ("," in sep.group() and not re.match(r"\s*[,.;)]", s[name[1] : name[1] + 2])):
            continue  # after a comma, the name must close the apposition: "..., Fumio Kishida, said"
        office = " ".join(w if w in ("former", "of", "the", "to") else w[:1].upper() + w[1:]
                          for w in m.group(1).split())
        title = office + s[m.end() : end].replace("\n", " ")
        out.append(Mention(name[0], name[1], name[2], " ".join(title.split()), country))
    return out


_PLURAL_HEADS = {"Ministers": "Minister", "Presidents": "President", "Secretaries": "Secretary",
                 "Ambassadors": "Ambassador", "Senators": "Senator", "Premiers": "Premier", "Leaders": "Leader",
                 "Governors": "Governor", "Envoys": "Envoy", "Commissioners": "Commissioner", "Mayors": "Mayor",
                 "Chancellors": "Chancellor", "Directors": "Director", "Co-chairs": "Co-chair", "Chairs": "Chair",
                 "Members of Parliament": "Member of Parliament", "MPs": "Member of Parliament",
                 "Parliamentarians": "Member of Parliament"}
_PLURAL = re.compile(r"(?<![\w-])((?:(?:[Ff]ormer|" + "|".join(re.escape(m) for m in MODIFIERS) + r")[ \t]+){0,5})("
                     + "|".join(_PLURAL_HEADS) + r")(?=[ \t])")
_NEXT_NAME = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def shared_titles(text: Text, win: Windows, place_terms: set[str], is_known) -> list[Mention]:
    """One office for several names: "former Prime Ministers Bob Hawke and Paias Wingti",
    "Foreign Ministers Ana Souza, Li Wei and Omar Haddad". Each name gets the office."""
    s = text.clean
    out: list[Mention] = []
    for m in (m for a, b in win.around(tuple(_PLURAL_HEADS), before=80, after=1, case=True)
              for m in win.finditer_in(_PLURAL, a, b)):
        para = text.paragraph_at(m.start())
        title = expand((m.group(1) + _PLURAL_HEADS[m.group(2)]).strip())
        pos, found, last_and = m.end(), [], False
        while len(found) < 6:
            name = trim_name(s, read_name(s, pos, para.end, place_terms), is_known)
            if not name or name[0] - pos > 2:
                break
            found.append(name)
            sep = _NEXT_NAME.match(s, name[1], para.end)
            if not sep or last_and:
                break
            last_and = "and" in sep.group()
            pos = sep.end()
        if len(found) >= 2 and last_and:
            out.extend(Mention(a, b, nm, title) for a, b, nm in found)
    return out


_ITEM = re.compile(r"[-\u2022\u2013*][ \t]+(?:(?:the|The)[ \t]+)?")
_ITEM_MARKS = first_characters(_ITEM)  # (what an item opens with: most lines hold none, and no pattern need run)
_ITEM_REST = re.compile(r"(?:[ \t]+[A-Z]{1,4}\b)*[ \t]*,[ \t]*(?:\([^)\n]{1,40}\)[ \t]*,?[ \t]*)?([^\n]+)")
_NOT_AN_OFFICE = re.compile(r"(?:who|which|whose|and|or|as|said|says|will|has|had|is|was|to)\b", re.I)


def list_items(text: Text, place_terms: set[str], is_known) -> list[tuple[Mention, int]]:
    """A list of appointees or a delegation, one person an item: "- Ms Ana Souza AM, CEO, Acme Films",
    "- The Hon. Jo Bloggs, former Minister for Trade". The rest of the item is the person's office,
    as written (lowercase offices too: "former cricket captain"). Returns mentions and line ends."""
    s = text.clean
    out = []
    for line in text.lines:
        if _ITEM_MARKS is not None and s[line.start] not in _ITEM_MARKS:
            continue
        item = _ITEM.match(s, line.start, line.end)
        if not item:
            continue
        styled = HONORIFIC.match(s, item.end(), line.end) is not None
        name = trim_name(s, read_name(s, item.end(), line.end, place_terms), is_known)
        if not name or (not styled and not is_known(name[2]) and not name_evidence.untitled_name_ok(name[2].split())):
            continue  # with no courtesy, a name as sure as one with no title: "- Grace Period, ..." is none
        rest = _ITEM_REST.match(s, name[1], line.end)
        if not rest:
            continue
        office = rest.group(1).strip().rstrip(".;")
        if (not office or len(office.split()) > 12 or _NOT_AN_OFFICE.match(office)
                or re.search(r"[.!?:\u201c\"]\s", office)):
            continue
        out.append((Mention(name[0], name[1], name[2], office), line.end))
    return out


# (The capital first, what stands before it looked at from behind: re jumps from capital to capital.)
_CAP_RUN = re.compile(opening_class(r"[^\W\d_a-z]") + r"(?<![\w'\u2019.-][^\W\d_a-z])[\w\u2019'-]*(?:[ \t]+[^\W\d_a-z][\w\u2019'-]*)+")


def untitled_names(s: str, start: int, place_terms: set[str]) -> list[tuple[int, int, str]]:
    """Names written with no title: "Vladimir Putin", "Brett Lee". A given name must open
    them, and the last word must be a name rather than everyday English."""
    out = []
    for m in from_capitals(_CAP_RUN, s, start):  # (_CAP_RUN.finditer(s, start), from the capitals kb read)
        words = m.group().split()
        if not any(name_evidence.is_given(_unpossessive(w)) for w in words[:-1]):
            continue  # no given name to open a name: the common case, decided cheaply
        first = next(k for k, w in enumerate(words) if name_evidence.is_given(_unpossessive(w)))
        if any(name_evidence.names_a_thing(w) for w in words[first + 1:]):
            continue  # "Tina River Hydropower": a thing named after someone, all of it
        toks = [(t.start(), t.end(), t.group()) for t in _NON_SPACE.finditer(m.group())]
        i = 0
        while i < len(toks) - 1:
            w = _unpossessive(toks[i][2])
            if w.isupper() or w in NOT_NAMES or w in place_terms or not name_evidence.is_given(w):
                i += 1
                continue
            if i and _glued(_unpossessive(toks[i - 1][2]), place_terms):
                # The run started before this given name, and is one name: a party's ("Samagi Jana
                # Balawegaya"), or, when three name words follow, a person's whose first names we lack
                # ("Badru Abdul Aziz Saleh"). None of its later words opens another name.
                first = i - 1
                while first and _glued(_unpossessive(toks[first - 1][2]), place_terms):
                    first -= 1
                j = i
                while j < len(toks) and name_evidence.name_word_ok(_unpossessive(toks[j][2])) and not (
                        toks[j][2].isupper() or toks[j][2] in NOT_NAMES or toks[j][2] in place_terms):
                    j += 1
                if (j - i >= 3 and j - first <= 6 and toks[j - 1][2] == _unpossessive(toks[j - 1][2])
                        and not _THE_BEFORE.search(s, max(0, m.start() + toks[first][0] - 5), m.start() + toks[first][0])):
                    # (not "the Diyawadana Nilame Pradeep ...": an office or a thing follows "the")
                    a, b = m.start() + toks[first][0], m.start() + toks[j - 1][1]
                    out.append((a, b, s[a:b]))
                i = j
                continue
            words = [w]
            j = i + 1
            while j < len(toks) and len(words) < 4:
                nxt = _unpossessive(toks[j][2])
                if nxt.isupper() or nxt in NOT_NAMES or nxt in place_terms or not name_evidence.name_word_ok(nxt):
                    break
                words.append(nxt)
                if nxt != toks[j][2]:  # a possessive ends the name
                    j += 1
                    break
                j += 1
            while len(words) > 1 and not name_evidence.untitled_name_ok(words):
                words.pop()
            after_at = m.start() + toks[i][0] + len(" ".join(words))
            after = s[after_at : after_at + 40].split()[:2]
            plural_team = (words[-1].endswith("s") and not name_evidence.is_given(words[-1])
                           and name_evidence.is_given(words[-1][:-1])
                           and s[max(0, m.start() + toks[i][0] - 4) : m.start() + toks[i][0]].lower() == "the ")
            a = m.start() + toks[i][0]
            b = a + len(" ".join(words))
            run = _THING_RUN.match(s, b)  # "Elie Wiesel Genocide and Atrocities Prevention Act"
            particle = _PARTICLE_SURNAME.match(s, b) if len(words) == j - i else None
            if (particle and particle.group(1) not in place_terms and name_evidence.zipf(particle.group(1)) < 3.0
                    and name_evidence.name_word_ok(particle.group(1))):
                b = particle.end()  # "Jean-Baptiste Donatien de Vimeur", "Violeta Barrios de Chamorro"
                words = s[a:b].split()
                run = _THING_RUN.match(s, b)
            if _COUNTED.search(s, max(0, a - 24), a):
                i += len(words)  # "deploy 350 Royal Marines": things counted, not a person
                continue
            if _FIRM_BEFORE.search(s, max(0, a - 24), a):
                i += len(words)  # "Indian manufacturer Bharat Forge": a firm named after no one here
                continue
            if s[max(0, a - 4) : a] in ("the ", "The "):
                i += len(words)  # "met with the Phoenix Mercury": "the" names a team, a ship, a thing, not a person
                continue
            if _in_heading(s, a, b) and min(name_evidence.zipf(w) for w in words) >= 3.5:
                i += 1  # "Deep Historical and Cultural Ties Cement Our ... Bonds": a section heading's words
                continue
            if (len(words) > 1 and not plural_team and not any(name_evidence.names_a_thing(w) for w in after)
                    and not (run and name_evidence.names_a_thing(run.group().split()[-1]))):
                # ("the Young Matildas": a team named by a plural given name, not a person)
                if s[a:b] == " ".join(words):
                    out.append((a, b, " ".join(words)))
                i += len(words)
            else:
                i += 1
    return out


_COUNTED = re.compile(r"(?<![\w.,])(?:\d[\d,]*|" + "|".join(w for w in name_evidence.NUMBER_WORDS if w not in ("a", "one"))
                      + r"|dozens\s+of|hundreds\s+of|thousands\s+of)[ \t]+$", re.IGNORECASE)
# Nouns that name a firm just before its name ("British business De La Rue", "truck maker Tevva Motors").
_FIRM_BEFORE = re.compile(r"\b(?:business|company|firm|manufacturer|(?:car|auto|chip|truck)?maker|producer|bank|retailer|brand"
                          r"|giant|start-?up|conglomerate|supplier|airline|carrier|exporter|shipbuilder|insurer|lender"
                          r"|multinational|corporation|enterprise)[ \t]+$", re.IGNORECASE)
_PARTICLE_SURNAME = re.compile(r"[ \t]+(?:de[ \t]+la|de|du|da|dos|das|van[ \t]+der|van|von|der|del|della|di)[ \t]+([A-Z][\w'\u2019-]+)\b")


def _in_heading(s: str, a: int, b: int) -> bool:
    """Words a..b stand inside a short line written in title case with no full stop, which goes on
    after them in capitals: a heading's phrase ("Ties Cement Our ... Bonds"), not a name closing it."""
    lo = s.rfind("\n", 0, a) + 1
    hi = s.find("\n", b)
    hi = hi if hi >= 0 else len(s)
    colon = s.find(":", b, hi)
    if colon >= 0 and "." not in s[lo:a]:
        # "- Address Food Insecurity and Foster Inclusive and Sustainable Growth: The conflict ...":
        # a list item's lead-in before its colon is a heading too, when it goes on after the words.
        lead = s[lo:colon].lstrip(" \t-\u2022*").split()
        words = [w for w in lead if len(w) > 3]
        return (len(words) >= 4 and bool(s[b:colon].strip())
                and sum(w[:1].isupper() for w in words) >= 0.8 * len(words))
    line = s[lo:hi].strip()
    words = [w for w in line.split() if len(w) > 3]
    rest = s[b:hi].strip()
    return (len(words) >= 4 and len(line) <= 160 and line[-1:] not in ".!?\u201d\"" and rest[:1].isupper()
            and sum(w[:1].isupper() for w in words) >= 0.8 * len(words))


def _glued(prev: str, place_terms: set[str]) -> bool:
    """An unusual capitalised word before a given name is part of the same proper name."""
    return not (prev.isupper() or prev in NOT_NAMES or prev in place_terms or prev.endswith(",")
                or name_evidence.is_given(prev) or not name_evidence.name_word_ok(prev)
                or name_evidence.zipf(prev) >= 3.0)


_AS_ROLE = re.compile(r"\b(?:as|became|become|becomes|elected|appointed|named)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_CAPS_WORD = r"[^\W\d_a-z](?:[^\W\d_a-z]|['\u2019.-])*"
_LABEL = re.compile(r"(" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){1,3})(?:,[ \t]*([^:\n]{2,90}?))?[ \t]*:")
_NAME_PART = re.compile(r"(^|[-'\u2019])(\w)")  # JEAN-PIERRE -> Jean-Pierre, O'NEILL -> O'Neill
_SMALL = {"Of", "For", "The", "And", "To", "In", "On"}


def _title_case(words: str) -> str:
    out = [_NAME_PART.sub(lambda m: m.group(1) + m.group(2).upper(), w.lower())
           if not w.isupper() or len(w) > 3 or w.isalpha() else w for w in words.split()]
    out = [w.lower() if w in _SMALL and k else w for k, w in enumerate(out)]
    return " ".join(out)


def speaker_labels(text: Text) -> list[Mention]:
    """Transcript turns: "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Thank you..."."""
    s = text.clean
    out = []
    for line in text.lines:
        if s.find(":", line.start, line.end) < 0:
            continue  # (every label ends with a colon)
        m = _LABEL.match(s, line.start, line.end)
        if not m or not m.group(1).isupper() or (m.group(2) and not m.group(2).isupper()):
            continue
        name = _title_case(m.group(1))
        # "MS. JEAN-PIERRE:", "PRESIDENT BIDEN:": a style or an office before a surname.
        style = _LABEL_STYLE.match(name)
        lead = style.group() if style else ""
        office = TITLE.match(name, len(lead))
        skip = office.end() if office else len(lead)
        rest = name[skip:].strip()
        if not rest or any(w in NOT_NAMES for w in rest.split()):
            continue  # "THE PRESIDENT:" names no one
        if not (style or office) and not name_evidence.plausible_name(rest.split(), strict=True):
            continue  # "FACT SHEET:", "READ-OUT:": a heading, not a speaker
        start = m.start(1) + len(m.group(1)) - len(m.group(1)[skip:].lstrip())
        title = expand(office.group()) if office else (expand(_title_case(m.group(2))) if m.group(2) else "")
        out.append(Mention(start, m.end(1), rest, title, speaker_label=True))
    return out


_ANON_LABEL = re.compile(r"(?:THE[ \t]+([A-Z][A-Z \t.-]{1,40}?)|(PRIME[ \t]+MINISTER|(?:VICE[ \t]+)?PRESIDENT|TREASURER|FOREIGN[ \t]+MINISTER))[ \t]*:"
                         r"|(?P<q>Q|QUESTION|JOURNALIST|REPORTER)(?::|[ \t]+(?=[A-Z]))|(?:MODERATOR|OPERATOR|PARTICIPANT|(?:SENIOR[ \t]+)?(?:ADMINISTRATION|STATE[ \t]+DEPARTMENT|U\.S\.)[ \t]+OFFICIALS?(?:[ \t]+(?:ONE|TWO|THREE|\d))?)(?::|[ \t]+(?=[A-Z]))")


_ANON_OPENINGS = first_characters(_ANON_LABEL)  # (a line opening otherwise holds no such label)


def unnamed_turns(text: Text) -> list[tuple[int, str]]:
    """Transcript turns whose label names no one: "THE VICE PRESIDENT:", "PRIME MINISTER:", "Q",
    "JOURNALIST:", "MODERATOR:".
    Returns (start, office): the office in title case ("Vice President"), "?" for a reporter's
    question, "" for no one."""
    s = text.clean
    out = []
    for line in text.lines:
        if _ANON_OPENINGS is not None and s[line.start] not in _ANON_OPENINGS:
            continue
        m = _ANON_LABEL.match(s, line.start, line.end)
        if m:
            office = m.group(1) or m.group(2)
            out.append((line.start, _title_case(office) if office else "?" if m.group("q") else ""))
    return out


_LABEL_STYLE = re.compile(r"(?:The|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+", re.IGNORECASE)


_NICKNAME = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z]{3,})[ \t]*\)")
_NOT_NICKNAMES = {"Retd", "Retired", "Rtd", "Ret", "Deceased", "Acting", "Designate", "Elect"}


def merge_nicknames(text: Text, mentions: list[Mention], drafts: list[Draft], place_terms: set[str]) -> list[Draft]:
    """"President Joko Widodo (Jokowi)": the word in brackets after a full name is that person's
    other name; a person read from it alone ("Jokowi said") is the same one."""
    s = text.clean
    by_name = {d.tokens[0]: d for d in drafts if len(d.tokens) == 1}
    for d in drafts:
        if len(d.tokens) < 2:
            continue
        for m in [x for x in d.mentions if x.name]:
            nick = _NICKNAME.match(s, m.end)
            word = nick.group(1) if nick else ""
            if (not word or word in d.tokens or word in NOT_NAMES or word in place_terms or word in _NOT_NICKNAMES
                    or not name_evidence.plausible_name([word], strict=False)):
                continue
            if not any(x.start == nick.start(1) for x in mentions):
                alias = Mention(nick.start(1), nick.end(1), word)
                mentions.append(alias)
                _attach(d, alias)
            other = by_name.pop(word, None)
            if other is not None and other is not d:
                for x in other.mentions:
                    _attach(d, x)
                other.mentions = []
    mentions.sort(key=lambda x: x.start)
    return [d for d in drafts if d.mentions]


def add_local_mentions(text: Text, mentions: list[Mention], drafts: list[Draft], place_terms: set[str]) -> None:
    """Later mentions by surname or short form ("Lula", "Brückner", "Sara Ahmed")."""
    owners: dict[str, set[int]] = {}
    everyday: set[str] = set()
    for i, d in enumerate(drafts):
        terms = set(d.forms) | {d.name}
        if len(d.tokens) > 1:
            terms |= {t for t in d.tokens if len(t) > 2 and t.lower() not in PARTICLES
                      and _is_name_word(t, place_terms) and not _is_initial(t) and name_evidence.plausible_name([t], strict=False)}
        # A surname that is an everyday word ("White", "Little") or a month ("May") names its person only
        # beside a verb of saying ("..., White said"); it is looked up, and kept only there.
        last = d.tokens[-1] if len(d.tokens) > 1 else ""
        if (last and last not in terms and last[:1].isupper() and last[1:].islower() and len(last) > 2
                and (last not in NOT_NAMES or last in _MONTHS_AS_NAMES) and last not in place_terms):
            terms.add(last)
            everyday.add(last)
        for t in terms:
            owners.setdefault(t, set()).add(i)
    taken = Taken((m.start, m.end) for m in mentions)
    s = text.clean
    unique = {t: next(iter(o)) for t, o in owners.items() if len(o) == 1}  # a shared surname names neither
    if len(s) * len(unique) < 2_000_000:
        # Short releases: str.find per term is fastest. Longest terms first ("Sara Ahmed" before "Sara").
        hits = []
        for term in sorted(unique, key=lambda t: (-len(t), t)):
            i = s.find(term)
            while i != -1:
                j = i + len(term)
                if (i == 0 or not s[i - 1].isalnum()) and (j == len(s) or not s[j].isalnum()):
                    hits.append((i, j, term))
                i = s.find(term, j)
    else:
        # Long texts: one pass of a trie regex, whatever the number of terms.
        hits = [(h.start, h.end, h.term) for h in Gazetteer([(t, t) for t in unique]).find(s)]
    for i, j, term in hits:
        before = search_last_word(_WORD_BEFORE, s, max(0, i - 40), i)
        if before and before.group(1) in drafts[unique[term]].tokens:
            continue  # "President Xi Jinping" with "Xi" read alone: "Jinping" is the rest of that name, no form of its own
        if term in everyday and not _SAYS_NEXT.match(s, j):
            continue
        if taken.free(i, j) and text.paragraph_at(i).end >= j:
            m = Mention(i, j, term)
            _attach(drafts[unique[term]], m)
            mentions.append(m)
            taken.add(i, j)
    mentions.sort(key=lambda x: x.start)
    attribute_roles(text, mentions)
    for d in drafts:
        d.mentions.sort(key=lambda x: x.start)
        d.forms = list(dict.fromkeys(x.name for x in d.mentions if x.name))
        d.titles = _titles_of(d.mentions)


_WORD_BEFORE = re.compile(r"(\S+)[ \t]$")
_SAYS_NEXT = re.compile(r"[ \t]+(?:said|says|added|told|noted|stated|explained|continued)\b")
_PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\b")
_SUBJECT_GAP = re.compile(r"[ \t]*(?:,[^,]{1,60},[ \t]*)?,?[ \t]*(?:who[ \t]+)?$")
_AS_GAP = re.compile(r"(?:[ \t]*,)?(?:[ \t]+(?:has|have|had|was|is|will|would|be|been|being|to|now|also|who|serve|serves|"
                     r"served|serving|act|acts|acting|appointed|named|nominated|elected|confirmed|installed|reappointed|"
                     r"return|returns|returned|continue|continues|continued|join|joins|joined|start|starts|started|"
                     r"sworn|in|on|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                     r"April|May|June|July|August|September|October|November|December|\d{1,2}),?)*[ \t]*")
# ("Ambassador X was sworn in on Tuesday, May 31 as the Director of ...": the day is told on the way)
_PRONOUN_REACH = 1500  # how far back "He" looks for the person the text is about


def attribute_roles(text: Text, mentions: list[Mention]) -> None:
    """Give a title said of someone with no name beside it (Mention.role) to that person: the name
    before "as" in the sentence; the subject of "is"/"was"; after "He"/"His", the last person who
    opened a sentence. mentions: sorted by start."""
    s = text.clean
    named = [m for m in mentions if m.name and m.person is not None]
    if not named:
        return
    starts = [m.start for m in named]

    def opens_sentence(m: Mention) -> bool:
        sent = text.sentence_at(m.start)
        return re.fullmatch(r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,5}", s[sent.start : m.start]) is not None

    def last_subject(pos: int) -> Mention | None:
        k = bisect.bisect_left(starts, pos)
        for m in reversed(named[:k]):
            if m.start < pos - _PRONOUN_REACH:
                return None
            if opens_sentence(m):
                return m
        return None

    ends = {m.end: m for m in named}
    for r in mentions:
        if not r.role or r.person is not None or r.name:
            continue
        if r.role == "appos":  # a surname read later stands right before the comma
            holder = ends.get(r.lead)
            if holder is not None:
                _attach(holder.person, r)
            continue
        sent = text.sentence_at(r.start)
        k = bisect.bisect_left(starts, r.start)
        inside = [m for m in named[max(0, k - 6) : k] if m.start >= sent.start]
        pronoun = None if inside else _PRONOUN_OPENS.match(s, sent.start)
        if not inside and not pronoun:
            continue
        if r.role != "roles":
            # The name (or "He") the office is said of stands right before "as" or "is":
            # "the appointment of Tim Thomas as the CEO", "He was most recently a Partner";
            # "Gillard acknowledged Mozambique's role as the Chair" is not said of her.
            holder_end = inside[-1].end if inside else pronoun.end()
            verb = (_AS_BEFORE if r.role == "as" else _IS_BEFORE).search(s, holder_end, r.lead)
            if verb is None or not _says_of(s[holder_end : verb.start()], r.role,
                                            opens=not inside or opens_sentence(inside[-1])):
                continue
        subject = inside[-1] if inside else last_subject(sent.start)
        if subject is not None:
            _attach(subject.person, r)


_NOT_THE_SUBJECTS = re.compile(r"\b(?:that|said|says|which|where|when|while|because|if|whether|told|noted|stated|"
                               r"and[ \t]+(?:he|she|it|they|we|I))\b")


def _says_of(gap: str, role: str, opens: bool) -> bool:
    """Is the text between a name and its "as"/"is" still that name's clause?"""
    if role == "as":
        return _AS_GAP.fullmatch(gap) is not None
    if _SUBJECT_GAP.fullmatch(gap):
        return True
    # "Tim has held leadership roles in ... and is Founder of ...": a second predicate of the subject.
    return opens and re.search(r"\band[ \t]+$", gap) is not None and not _NOT_THE_SUBJECTS.search(gap)


def same_person(a: list[str], b: list[str]) -> bool:
    """Token lists naming one person: same last name, and the shorter's other words fit the longer."""
    if not a or not b:
        return False
    fa, fb = [fold(t) for t in a], [fold(t) for t in b]
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if len(short) == 1:
        return short[0] in long_
    if short == long_[: len(short)]:
        return True  # "Laurentino Cortizo" for "Laurentino Cortizo Cohen": the second surname left out
    if short[-1] != long_[-1]:
        return False
    j = 0
    for tok in short[:-1]:
        # ("Joe Biden" is "Joseph R. Biden": a given name written short is the same name.)
        while j < len(long_) - 1 and not (long_[j] == tok or (len(tok) <= 3 and long_[j].startswith(tok[:1]) and _is_initial_folded(tok))
                                          or (j == 0 and tok == short[0] and name_evidence.same_given(tok, long_[0]))):
            j += 1
        if j >= len(long_) - 1:
            return False
        j += 1
    return True


def _is_initial_folded(tok: str) -> bool:
    return len(tok) == 1


_SPOUSE_TITLES = ("First Lady", "First Gentleman", "Second Lady", "Second Gentleman")


def cluster(mentions: list[Mention]) -> list[Draft]:
    drafts: list[Draft] = []
    by_token: dict[str, list[Draft]] = {}  # folded name word -> drafts holding it
    named = [m for m in mentions if m.name]
    # Full names first, so that "Kumar" finds "R Kumar" wherever it stands.
    for m in sorted(named, key=lambda m: (-len(m.name.split()), m.start)):
        toks = m.name.split()
        match = None
        pool = by_token.get(fold(toks[-1]), [])
        if len(toks) > 1:
            match = next((d for d in pool if len(d.tokens) > 1 and same_person(toks, d.tokens)), None)
        else:
            cands = [d for d in pool if same_person(toks, d.tokens)]
            if m.title and not m.title.startswith(_SPOUSE_TITLES):
                # "President Biden" beside "First Lady Jill Biden": a spouse shares the surname, not the office.
                cands = [d for d in cands if not any(t.startswith(_SPOUSE_TITLES) for t in d.titles)]
            if len(cands) > 1 and m.title:
                cands = [d for d in cands if m.title in d.titles] or cands
            if cands:
                # Shared surnames: the person named most recently before this mention.
                match = max(cands, key=lambda d: _last_start_before(d, m.start))
            elif m.title:
                match = _misspelt_holder(toks[0], m.title, drafts)
        if match is None:
            match = Draft(tokens=toks)
            drafts.append(match)
        elif len(toks) > len(match.tokens):
            match.tokens = toks
        for t in match.tokens:
            lst = by_token.setdefault(fold(t), [])
            if match not in lst:
                lst.append(match)
        _attach(match, m)
    # A title alone ("the Chancellor said") names whoever last held it in the text.
    by_title: dict[str, list[Draft]] = {}
    for d in drafts:
        for t in d.titles:
            by_title.setdefault(t, []).append(d)
    for m in mentions:
        if m.name or not m.title:
            continue
        # (Of two holders, one last named pages before is no longer in view: in a long briefing "the
        # President" may be another country's than the one of the opening topic.)
        holders = [d for d in by_title.get(m.title, []) if (m.country is None or d.country == m.country)
                   and _last_start_before(d, m.start) >= 0]
        if len(by_title.get(m.title, [])) > 1:
            holders = [d for d in holders if m.start - _last_start_before(d, m.start) <= _TITLE_REACH]
        # Two Presidents named before: "the President" is the one the release is about, named first
        # ("President Biden met President X ... The President reaffirmed").
        if holders:
            _attach(min(holders, key=lambda d: d.starts[0]), m)
    for d in drafts:
        d.mentions.sort(key=lambda x: x.start)
        # Titles, forms and country in the order the text gives them.
        d.titles = _titles_of(d.mentions)
        d.forms = list(dict.fromkeys(x.name for x in d.mentions if x.name))
        d.country = next((x.country for x in d.mentions if x.country), None)
    return drafts


def _titles_of(mentions: list[Mention]) -> list[str]:
    """Titles in the order the text gives them."""
    return list(dict.fromkeys(t for x in mentions for t in (x.title, *x.also) if t))


def _misspelt_holder(surname: str, title: str, drafts: list[Draft]) -> "Draft | None":
    """'Secretary Pasqual' after 'Secretary of Trade and Industry Alfredo Pascual': a surname one
    letter off, with the same office, is a misprint of the one person who fits."""
    key = fold(surname)
    if len(key) < 5:
        return None
    fits = [d for d in drafts if len(d.tokens) > 1 and _one_edit(key, fold(d.tokens[-1]))
            and any(t == title or t.startswith(title + " ") for t in d.titles)]
    return fits[0] if len(fits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or dropped (not at the first letter)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_TITLE_REACH = 3000  # characters: about a page of a release


def _last_start_before(d: Draft, pos: int) -> int:
    i = bisect.bisect_left(d.starts, pos)
    return d.starts[i - 1] if i else -1


def _attach(d: Draft, m: Mention) -> None:
    m.person = d
    d.mentions.append(m)
    bisect.insort(d.starts, m.start)
    for t in (m.title, *m.also):
        if t and t not in d.titles:
            d.titles.append(t)
    if m.country and not d.country:
        d.country = m.country
    if m.name and m.name not in d.forms:
        d.forms.append(m.name)
