"""Official titles as they are written in releases, and their abbreviations.

This is knowledge of the English of diplomacy, not of any one release: editors can
still correct the title recorded for a person in data/people/.
"""
from __future__ import annotations

import re

# Abbreviations used before a name ("EAM Kumar", "PM Sato").
ABBREVIATIONS = {
    "EAM": "External Affairs Minister",
    "DPM": "Deputy Prime Minister",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "MoS": "Minister of State",
    "NSA": "National Security Adviser",
    "CM": "Chief Minister",
    "VP": "Vice President",
    "FS": "Foreign Secretary",
    "Amb.": "Ambassador",
    "Pres.": "President",
    "Sec.": "Secretary",
    "Gen.": "General",
    # Ranks as South Asian and US releases shorten them, with or without full stops.
    "Maj Gen": "Major General", "Maj. Gen.": "Major General", "Lt Gen": "Lieutenant General",
    "Lt. Gen.": "Lieutenant General", "Brig Gen": "Brigadier General", "Brig. Gen.": "Brigadier General",
    "Lt Col": "Lieutenant Colonel", "Lt. Col.": "Lieutenant Colonel", "Rear Adm.": "Rear Admiral",
    "Vice Adm.": "Vice Admiral",
    "CDR": "Commander", "Cdr.": "Commander", "Cmdr.": "Commander", "LCDR": "Lieutenant Commander",
    "Capt.": "Captain", "Col.": "Colonel", "Lt.": "Lieutenant", "Adm.": "Admiral", "RADM": "Rear Admiral",
    "VADM": "Vice Admiral", "Cdre": "Commodore",
    "MP": "Member of Parliament",
    "HRVP": "High Representative and Vice-President",
}

# The last word of a title.
HEADS = (
    "Minister", "President", "Chancellor", "Secretary", "Ambassador", "Envoy", "Commissioner",
    "Adviser", "Advisor", "Premier", "King", "Queen", "Crown Prince", "Emir", "Amir", "Sultan",
    "Governor", "Mayor", "Speaker", "Senator", "Chairman", "Chairperson", "Chairwoman", "Chair",
    "Secretary-General", "Director-General", "Director", "Spokesperson", "Spokesman", "Spokeswoman",
    "Councillor", "Counsellor", "Councilor", "Counselor", "Consul", "Consul-General", "Representative", "Vice-President",
    "Head", "Leader", "Chief", "Commander", "General", "Admiral", "Pope", "Monarch", "Coordinator",
    "Officer", "CEO", "Lead", "Partner", "Manager", "Professor", "Captain", "Administrator", "Founder",
    "Governor-General", "Under-Secretary", "Trade Representative", "Attorney-General", "Vice-Chancellor",
    "Treasurer", "Tánaiste", "Taoiseach", "Chief Minister", "Ombudsman", "Envoy",
    # White House staff ("Deputy Assistant to the President and Coordinator for ... X"); "Assistant"
    # alone is a modifier ("Assistant Secretary").
    "Assistant to the President", "Assistant to the Vice President", "Assistant to the Secretary",
    "Assistant to the Prime Minister", "Negotiator",
    # Buddhist clergy's office ("the Chief Incumbent of the Gangaramaya Temple, Ven. X Thero").
    "Incumbent",
    # Compound offices also written with a space ("Director General, NCB").
    "Director General", "Secretary General", "Governor General", "Consul General", "Inspector General",
    "Solicitor General", "Auditor General", "Surgeon General", "Attorney General", "First Lady", "Second Gentleman",
    "Prosecutor", "Prosecutor General", "Prosecutor-General",  # ("General Prosecutor of Ukraine, Iryna Venediktova")
    "Cardinal", "Archbishop", "Bishop",
    # The diplomatic rank written in full ("Ambassador Extraordinary and Plenipotentiary of X to Y").
    "Ambassador Extraordinary and Plenipotentiary", "Envoy Extraordinary and Minister Plenipotentiary",
    # Ranks ("Sovereign Council Chairman Lieutenant General X", "Air Chief Marshal X").
    "Colonel", "Lieutenant", "Marshal", "Brigadier", "Commodore",
)

# Words that may stand before a head inside a title ("Deputy Prime Minister").
MODIFIERS = (
    "Deputy", "Vice", "First", "Prime", "Foreign", "External", "Affairs", "Defence", "Defense",
    "Finance", "Commerce", "Trade", "Industry", "Home", "Interior", "Federal", "Union", "State",
    "Chief", "General", "National", "Security", "Special", "High", "Senior", "Acting", "Crown",
    "Cabinet", "Permanent", "Economic", "Energy", "Health", "Education", "Agriculture", "Petroleum",
    "Railways", "Culture", "Justice", "Environment", "Science", "Technology", "Tourism", "Labour",
    "Labor", "Transport", "Civil", "Aviation", "Shipping", "Power", "Oil", "Gas", "Economy",
    "Executive", "Presidential", "Principal", "Assistant", "Under", "Joint", "Additional",
    "Parliamentary", "Development", "Business", "Railway", "Commerce", "International", "Cooperation",
    "Digital", "Women", "Youth", "Sports", "Information", "Broadcasting", "Water", "Mines",
    "Coal", "Steel", "Textiles", "Food", "Fisheries", "Investment", "Planning", "Relations",
    "Strategic", "Army", "Navy", "Air", "Staff", "Defence-", "European", "Commission", "Council",
    "Managing", "Operating", "Creative", "Program", "Programme", "Political", "Associate", "Regional",
    "Country", "Resources", "Attorney", "Solicitor", "Executive", "Ambassador-at-Large",
    "Press", "Communications", "Climate", "Treasury", "Immigration", "Housing", "Homeland", "Opposition",
    "Lieutenant", "Major", "Brigadier", "Rear", "Field",
)

# Styles written before a name that are not offices.
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Hon", "Honourable", "Honorable", "Shri", "Smt", "Sri", "Sheikh", "Sheikha", "H.E.", "HE",
              "Sir", "Dame", "Madam", "Prince", "Princess", "Excellency", "His Excellency", "Her Excellency",
              "Venerable", "Ven", "Rev", "Reverend", "Dato' Seri", "Dato\u2019 Seri", "Dato Seri", "Datuk Seri", "Dato'", "Dato\u2019", "Dato", "Datuk", "Tan Sri", "His Royal Highness", "Her Royal Highness", "Royal Highness", "HRH")

_HEAD_RE = "|".join(sorted((re.escape(h) for h in HEADS), key=len, reverse=True))
_MOD_RE = "|".join(sorted((re.escape(m) for m in MODIFIERS), key=len, reverse=True))
_ABBR_RE = "|".join(sorted((re.escape(a) for a in ABBREVIATIONS), key=len, reverse=True))

# "Minister of State for External Affairs", "Secretary of State", "President of Brazil"
# Countries after "of" are added by the people component, which knows the places.
_TAIL = r"(?:\s+(?:of|for)(?:\s+State\s+for)?(?:\s+(?:and\s+|&\s+)?(?:" + _MOD_RE + r")(?![\w-]))+)?"

# "Secretary to the Prime Minister", "Senior Advisor to President": the office serves another; it is not that one.
_TO_OFFICE = (r"(?:\s+to\s+(?:the\s+)?(?:(?:Vice|Deputy)[\s-]+)?(?:Prime\s+Minister|President|Chief\s+Minister|Governor|King|Queen|Speaker|"
              r"Cabinet|Government)(?![\w\u2019'-]))?")

TITLE = re.compile(
    # (not after a hyphen: "class of Minister-Counselor" is a rank of the Foreign Service)
    # (not a given name: "Minister of State Sultan bin Saad Al Muraikhi", "Mohamed bin Zayed bin Sultan Al Nahyan")
    r"(?<![\w-])(?<!\bbin\s)(?<!\bibn\s)(?:(?:" + _MOD_RE + r")(?:\s+(?:and|&))?[\s-]+){0,5}(?:" + _HEAD_RE + r")(?:-elect|-designate|-at-[Ll]arge|\s+at\s+Large)?(?![\w-])"
    r"(?!\s+(?:bin|ibn|bint)\s)" + _TO_OFFICE + _TAIL
    + r"|(?<![\w])(?:" + _ABBR_RE + r")(?![\w])",
)

# "(Mr|Ms|Dr)." before a name.
HONORIFIC = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)) + r")\.?(?=\s)")


# Abbreviations written out at the end of a longer office (those with a stop or a space: "Lt. Gen.", "Maj Gen").
_SPELLED_OUT_LAST = sorted((a for a in ABBREVIATIONS if " " in a or a.endswith(".")), key=len, reverse=True)
_INITIALISM_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$|(?:^|\s)[A-Z][a-z]{0,3}\.$")


def expand(title: str) -> str:
    """'EAM' -> 'External Affairs Minister'; titles are returned with single spaces."""
    title = " ".join(title.split())
    if title in ABBREVIATIONS:
        return ABBREVIATIONS[title]
    for abbr in _SPELLED_OUT_LAST:  # "Marine Corps Lt. Gen." -> "Marine Corps Lieutenant General"
        if title.endswith(" " + abbr):
            return title[: -len(abbr)] + ABBREVIATIONS[abbr]
    if title.endswith(".") and not _INITIALISM_END.search(title):
        title = title[:-1]  # the full stop of the sentence the office ends ("... Relations.")
    return title
