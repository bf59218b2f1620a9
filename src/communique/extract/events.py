"""Events: the words that announce a visit, a meeting, talks, an address, a signing..."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .dates import FULL_MONTH_NAMES, MONTHS
from .scan import Windows, for_string, lead_checked
from .titles import HEADS, HONORIFICS, MODIFIERS

# Hosting or welcoming a person, not a decision: "welcomed President X", "hosted the Prime Minister".
_PERSON_START = "|".join(sorted({re.escape(w) for w in (*HEADS, *MODIFIERS, *HONORIFICS)} - {"State", "Union", "Council"}, key=len, reverse=True))

_SITE = r"(?:an?|the)\s+(?:[\w\u2019'-]+\s+){0,6}?(?:exhibition|expo|exposition|fair|museum|memorial|plant|factory|facility|site|showcase|pavilion|centre|center|campus|university|institute|temple|monument)"

# (type, pattern[, keywords]): a pattern runs only on lines holding one of its keywords
# (KEYS[type] unless it names its own).
TRIGGERS: list[tuple] = [
    ("exhibition", re.compile(r"\b(?:visit(?:ed|s|ing)?|tour(?:ed)?|toured|inaugurat(?:ed|es|ing)|opened)\s+(?:to\s+)?" + _SITE + r"|\bexhibition\b|\bexpo\b", re.IGNORECASE)),
    ("visit", re.compile(
        r"\b(?:(?:state|official|working|bilateral|maiden|first|\w+-day|\w+-nation|two-day|three-day)\s+)+visit\b"
        r"|(?<!please\s)\bvisit(?:s|ed|ing)?\s+(?:to\s+)?(?!an?\s|the\s+(?:exhibition|expo|fair|museum|site|plant|factory))"
        r"(?!(?:the\s+)?(?:[\w.-]+\s+){0,5}?(?:website|web\s+site|webpage|web\s+page|portal)\b)(?=(?:the\s+)?(?-i:[A-Z]))"
        r"|\bvisit\s+to\s+(?:the\s+)?(?:country|capital)\b|\barriv(?:ed|es|ing)\s+(?:in|to)\b|\btrip\s+to\b|\bon\s+a\s+visit\b|\bvisit(?:ing)?\s+dignitar"
        # (not "While welcoming the Ambassador, X appreciated ... assistance to Sri Lanka": the clause ends at the comma)
        r"|(?<!while\s)(?<!when\s)\bwelcom(?:e|ed|es|ing)\s+(?:[\w\u2019'.,-]+\s+){1,16}?to\s+(?=(?-i:[A-Z]))"
        r"|\btravel(?:l?ed|s)\s+to\b|\b(?:is|are|am|was|were)\s+(?:now\s+|currently\s+)?travell?ing\s+to\b|\bled\s+(?:a|the|an\s+\w+)\s+delegation\s+to\b"
        r"|\b(?:paid|made|led|undertook|undertakes|pays|makes|leads)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b"
        r"|(?<!has\s)(?<!have\s)\bhad\s+(?:a|an|the)\s+(?:\w+\s+)?(?:chance|opportunity)\s+to\s+(?:tour|visit)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
        re.IGNORECASE)),
    ("call", re.compile(r"\b(?:tele)?phon(?:e|ic)\s+(?:call|conversation|talk)s?\b|\breceived\s+an?\s+(?:[\w-]+\s+){0,2}?call\s+from\b|\bspoke\s+(?:over\s+the\s+phone|by\s+(?:tele)?phone)\b|\bvideo\s*(?:call|conference)\b|\bvirtual(?:ly)?\s+(?:meeting|summit|met)\b|(?<!courtesy )\bcall\s+with\b|\bdialled\b"
        r"|\bspoke\s+(?:\w+\s+){0,2}?(?:on\s+(?-i:[A-Z][a-z]+)\s+\d{1,2},?\s+(?:\d{4}\s+)?)?(?:with|to)\s+(?=(?:[\w,]+\s+){0,6}?(?-i:[A-Z]))(?!.{0,40}\b(?:conference|forum|summit|reporters|media|press|students|audience)\b)"
        r"|\b(?:held|had)\s+an?\s+(?:(?!courtesy)\w+\s+){0,2}call\b(?!\s+(?:to\s+action|for)\b)"
        r"|\bon\s+the\s+(?:tele)?phone\s+(?:(?:yesterday|today|this\s+(?:morning|afternoon|evening)|earlier(?:\s+today)?|last\s+night)\s+)?with\b"
        # "President X yesterday had an opportunity to speak to President Y" (not "has had": some time before)
        r"|(?<!has\s)(?<!have\s)\bhad\s+(?:an|the)\s+(?:\w+\s+)?(?:opportunity|chance)\s+to\s+speak\s+(?:with|to)\s+(?=(?:[\w,]+\s+){0,6}?(?-i:[A-Z]\w))", re.IGNORECASE)),
    ("signing", re.compile(r"\bsign(?:ed|ing|s)?\b(?=.{0,80}\b(?:MoUs?|memorand(?:um|a)|agreements?|treaty|treaties|pacts?|protocols?|accords?|declarations?|contracts?|deals?|compacts?|arrangements?|conventions?|charters?|letters?\s+of\s+(?:intent|agreement)|exchanges?\s+of\s+notes)\b)|\b(?:MoUs?|agreements?|pacts?|notes|memorand(?:um|a)(?:\s+of\s+understanding)?|treaty|protocols?|contracts?|accords?)\s+(?:(?:on|of|for|between|regarding)\s+(?:[\w-]+\s+){1,5}?)?(?:were|was)\s+(?:(?:formally|officially|duly|also|successfully)\s+)?(?:signed|exchanged|inked)\b|\binked\b|\bexchang(?:e|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:MoUs?|memorand(?:um|a)|agreements|instruments\s+of\s+ratification|notes(?!\s+(?:on|about|regarding)\b))\b"
        r"|\b(?:contract|agreement|MoU|treaty|deal|accord|declaration)s?\s+signing\b|\b(?:today|yesterday)['\u2019]s\s+signing\s+by\b"
        r"|(?-i:\b(?:Agreement|Treaty|Memorandum\s+of\s+Understanding|MoU|Accord|Declaration|Arrangement)s?)\s+signed\b"
        # "a new Memorandum of Understanding on a Mining for Development Partnership signed today at ...".
        r"|\b(?:MoUs?|memorand(?:um|a)(?:\s+of\s+understanding)?|agreements?|treaty|treaties|accords?|arrangements?)\s+"
        r"(?:on|of|for|between|regarding)\s+(?:[\w-]+\s+){1,6}?signed\s+(?=today|yesterday|this\s+(?:morning|afternoon|evening)|"
        r"earlier\s+today|here|in\s+the\s+presence)", re.IGNORECASE)),
    ("press_conference", re.compile(r"\b(?:joint\s+)?press\s+(?:conference|briefing|meet|statements?|call|gaggle|availability)\b|\bnews\s+conference\b|\bbackground\s+(?:press\s+)?call\b|\bmedia\s+briefing\b|\baddressed\s+the\s+media\b|\b(?:statements?|remarks|comments)\s+to\s+(?:the\s+)?(?:traveling\s+|travelling\s+)?(?:press|media)\b", re.IGNORECASE)),
    ("talks", re.compile(r"\b(?:held|hold|holding|had)\s+(?:\w+\s+){0,3}?talks\b|\b(?:delegation|bilateral|in-depth|wide-ranging|comprehensive|formal)[- ]level\s+talks\b|\btalks\s+(?:with|between)\b|\bdialogue\s+with\b|\bstrategic\s+dialogue\b|\bjoint\s+commission\b|\bconsultations\s+with\b|\b(?:held|hold|concluded|opened)\s+(?:\w+\s+){0,4}negotiations\b|\bround\s+of\s+(?:talks|negotiations)\b|\b(?:today|yesterday)['\u2019]s\s+talks\b|\b(?:held|had)\s+(?:\w+\s+){0,2}?discussions\b|\b(?:held|had)\s+an?\s+(?:\w+\s+){0,2}?discussion\s+with\b|\bengaged\s+in\s+(?:\w+\s+){0,2}?(?:discussions?|talks)\s+with\b"
        # "A special discussion was held at the Presidential Secretariat today (09) under ...".
        r"|\bdiscussions?\s+(?=(?:[\w,.'\u2019()-]+\s+){0,14}?(?:was|were)\s+held\b)", re.IGNORECASE)),
    # Talks told in first person or by a named forum; a pattern of its own so that each runs
    # only where its own keywords stand.
    ("talks", re.compile(r"\b(?=[aAwWhHcCoOlLdDjJ])(?:(?:and\s+I|we)\s+(?:also\s+)?(?:discussed|talked|had\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:discussion|talk|conversation)s?)\b"
        r"|(?<!has\s)(?<!have\s)\b(?:had|held)\s+an?\s+(?:\w+\s+){0,2}?(?:conversation|talk)\s+with\s+(?=(?:[\w,]+\s+){0,6}?(?-i:[A-Z]\w))"
        r"|\b(?:held|hosted|convened|co-?chaired|chaired|opened|led)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.'\u2019-]+\s+){0,6}?(?-i:Dialogue|Consultations?|Working\s+Group|Joint\s+Committee)\b"
        r"|(?-i:\b(?:Dialogue|Consultations?|Working\s+Group|Joint\s+Committee))\s*,?\s+(?:was\s+|were\s+)?held\b"
        # "The 5th Round of the Policy Dialogue between A and B took place on 8 March".
        r"|(?-i:\b(?:Dialogue|Consultations?|Working\s+Group|Joint\s+Committee))\s+(?=(?:[\w,.'\u2019()&-]+\s+){0,12}?took\s+place\b))", re.IGNORECASE),
        ("discuss", "talk", "conversation", "dialogue", "consultation", "working group", "joint committee")),
    ("meeting", re.compile(r"\bmet\b(?!\s+(?:the|its|their)\s+(?:target|goal|needs?|demand))|\bmeetings?\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?(?:with|between)\b|\b(?:had|held)\s+(?:an?\s+)?(?:\w+\s+){0,3}?meetings?\b|\bmeets\b|\bcall(?:ed|s|ing)?\s+on\s+(?=(?:the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2})?(?-i:[A-Z]))(?![^.]{0,60}?\bto\s+(?!discuss|review|exchange|convey|brief)[a-z]+)|\b(?:welcomed|hosted|received)\s+(?!(?:[\w.\u2019'-]+\s+){0,4}?[\w-]+['\u2019]s\s+(?-i:[a-z]))(?:(?:the|his|her|their)\s+)?(?:(?-i:[A-Z])[\w\u2019'-]+\s+){0,2}(?=(?-i:" + _PERSON_START + r")\b)|\bbilateral\s+meeting\b|\bmeeting\s+of\b|\b(?:before|after|following|ahead\s+of|prior\s+to)\s+(?:their|the|a|our|this)\s+(?:[\w-]+\s+){0,2}?meeting\b|\bsummit\s+(?:meeting|talks)\b|\b(?:today|yesterday)['\u2019]s\s+meeting\b|\b(?:at|during|sidelines\s+of|attended|hosted|held|chaired|co-chaired)\s+(?:the|this|their)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?-i:(?:Leaders|Leaders\u2019|Leaders'|Special|Annual|Bilateral)\s+(?:Summit|Meeting)\b)|\b(?:held|hold)\s+(?:a|an|the|their)\s+(?:\w+\s+){0,3}summit\b|\baudience\s+with\b|\b(?:completed|concluded|wrapped\s+up|finished)\s+(?:a|an|the|our|my|their)\s+(?:[\w-]+\s+){0,3}?meetings?\b|\bmeetings?\s+(?:that\s+)?(?:I|we)\s+(?:have\s+)?had\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening))\b|(?<!has\s)(?<!have\s)\bhad\s+(?:an|the)\s+(?:\w+\s+)?(?:opportunity|chance)\s+to\s+meet\s+(?:with\s+)?(?=(?:[\w,]+\s+){0,6}?(?-i:[A-Z]\w))|\binteracted\s+with\b|\b(?:pleased|delighted|honou?red|glad|privileged|honou?r)\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening)|today\s+in\s+the\s+(?:morning|afternoon|evening))\s+)?to\s+(?:meet|join)\s+(?=(?:\w+\s+){0,4}?(?-i:[A-Z]))|\bround[- ]?tables?\b|\bcourtesy\s+(?:call|visit)\b|\breceived\s+by\s+(?:the\s+)?(?-i:[A-Z])"
        r"|\bmeetings?\s+(?=(?:[\w,.'\u2019()-]+\s+){0,14}?(?:was|were)\s+held\b)"
        r"|\bbriefed\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:ambassadors|envoys|diplomats|diplomatic\s+corps|heads\s+of\s+missions?|high\s+commissioners)\b", re.IGNORECASE)),
    # (not "to address Iran's nuclear programme", "Addressing Global Impacts": tackling, not a speech)
    ("address", re.compile(r"(?<!\bto\s)\baddress(?:ed|ing)?\s+(?:to\s+)?(?:the|a|an)\s+(?:[\w\u2013\u2019'.-]+\s+){0,4}?(?:audience|gathering|parliament|conference|session|forum|students|nation|media|event|summit|assembly|rally|reception|community|diaspora|meeting|house|congress|council|university|institute|business|leaders)\b|(?<!\bto\s)(?<=\w\s)(?<!discussions\s)(?<!ssions\salso\s)(?<!talks\s)(?<!talks\salso\s)(?<!meeting\s)(?<!eeting\salso\s)\baddress(?:ed)?\s+(?-i:[A-Z])|(?<!political\s)(?<!free\s)(?<!hate\s)(?<!of\s)\bspeech\b|\blecture\b|\bkeynote\b|\bspoke\s+at\b|\bspeaking\s+at\b"
        # A headline's "Remarks by X at the Investment Forum"; not "to Deliver Remarks" (a plan), nor remarks
        # at a gathering another type tells ("to the Press", "at a Roundtable", "Before Their Meeting").
        r"|(?<!Deliver\s)(?-i:\bRemarks\b)(?=[^\n]{0,160}?\s(?:at|to)\s+(?:the\s+|a\s+|an\s+)?(?-i:[A-Z]))"
        r"(?![^\n]*(?:Press|Media|Meeting|Call|Dialogue|Roundtable|Reception|Dinner|Luncheon|Breakfast|Signing)\b)", re.IGNORECASE)),
    # (not a greeting: "Following a warm reception, ...", "the reception accorded to")
    ("dinner", re.compile(r"\b(?:dinner|banquet|luncheon|lunch|breakfast)\b|(?<!warm\s)(?<!cordial\s)(?<!rousing\s)(?<!grand\s)(?<!hearty\s)(?<!friendly\s)\breception\b(?!\s+(?:accorded|extended|given)\b)", re.IGNORECASE)),
    ("other", re.compile(r"\b(?:adopted|passed|approved)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?resolution\b|\bvoted\b|\bvetoed\b|(?-i:\b(?:Council|Assembly|Parliament|Senate|Congress)\s+)votes?\b|\blaunch(?:ed|es)\s+(?:the|a|an)\b|\b(?:pleased|delighted|honou?red|proud|glad|wonderful|privileged)\b(?:\s+[\w,]+){0,4}?\s+to\s+(?:launch|open|unveil|inaugurate|celebrate|attend|host)\b|\battended\s+(?:a|an|the)\b|\bcelebrated\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w\u2019'-]+\s+){0,4}?(?:anniversary|festival|day|holiday|birthday|jubilee|new\s+year|independence|(?-i:[A-Z])\w+)\b|\btook\s+part\s+in\s+(?:a|an|the)\b|\bparticipated\s+in\s+(?:a|an|the)\b|\b(?:participated|took\s+part|attended|graced\s+(?:the\s+)?(?:occasion|event|ceremony))\s+as\s+(?:the\s+)?(?:chief|special|main)\s+guest\b|\bwas\s+the\s+chief\s+guest\b"
        # A welcome at the airport: "X was received on arrival at the airport by Y".
        r"|\b(?:was|were)\s+received\s+(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b", re.IGNORECASE)),
    ("ceremony", re.compile(r"\binaugurat(?:ed|es|ing)\b|\b(?:declared|ceremonially)\s+open(?:ed)?\b|\bofficially\s+opened\b|\bopened\s+the\s+(?:new|upgraded|refurbished|renovated)\b|\blaid\s+the\s+foundation\s+stone\b|\bunveil(?:ed|s)\b|\bceremony\b|\bwreath\b|\bguard\s+of\s+honou?r\b|\bceremonial\s+welcome\b|\bpaid\s+(?:tribute|homage)\b|\bconferred\b"
        # An envoy's credentials: "presented his Letters of Credence to King X", "the presentation of credentials".
        r"|\bpresent(?:ed|s|ing)\s+(?:(?:his|her|their|the|a)\s+)?(?:copy\s+of\s+(?:the\s+|his\s+|her\s+)?)?(?:letters?\s+of\s+credence|credentials)\b"
        r"|\bpresentation\s+of\s+(?:(?:his|her|their|the)\s+)?(?:letters?\s+of\s+credence|credentials)\b", re.IGNORECASE)),
]

# A keyword every match of the type contains (lowercase), so the pattern runs only where one stands.
KEYS = {
    "exhibition": ("exhibition", "expo", "visit", "tour", "inaugurat", "opened"),
    "visit": ("visit", "arriv", "trip", "travel", "delegation", "welcom", "tour"),
    "call": ("phone", "phonic", "call", "spoke", "video", "virtual", "dialled", "speak"),
    "signing": ("sign", "inked", "exchang"),
    "press_conference": ("press", "media", "background", "news"),  # ("remarks to the press")
    "talks": ("talks", "dialogue", "commission", "consultations", "negotiations", "discussion"),
    "meeting": ("met", "meet", "brief", "join", "interacted", "call", "courtesy", "round", "summit", "audience", "received", "co-chair", "welcomed", "hosted"),
    "address": ("address", "speech", "lecture", "keynote", "spoke", "speaking", "remarks"),
    "dinner": ("dinner", "banquet", "lunch", "breakfast", "reception"),
    "ceremony": ("inaugurat", "open", "foundation", "ceremon", "wreath", "guard", "tribute", "homage", "conferred", "unveil",
                 "credence", "credentials"),
    "other": ("launch", "pleased", "delighted", "honour", "honor", "proud", "glad", "wonderful", "privileged", "adopted", "passed", "approved", "vote", "veto", "attended", "celebrated", "took part", "participated", "graced", "chief guest", "arrival"),
}

# For types whose own words stand on many lines no trigger does ("tour" in "tourism", "join" in
# "joint", "exchang" in "exchanged views", "delegation", "working group"): a second set of words,
# every match of each pattern of the type holding one too (test_extract_scan shows it from the
# patterns). A pattern then runs only on lines holding a word of each set: the same matches.
NARROWER = {
    "exhibition": ("exhibition", "expo", "exposition", "fair", "museum", "memorial", "plant", "factory", "facility", "site",
                   "showcase", "pavilion", "centre", "center", "campus", "university", "institute", "temple", "monument"),
    "visit": ("visit", "arriv", "trip", "travel", "led", "welcom", "tour"),
    "signing": ("sign", "inked", "mou", "memorand", "agreement", "pact", "notes", "treat", "protocol", "contract", "accord",
                "instruments"),
    "talks": ("talks", "dialogue", "commission", "consultation", "negotiations", "discuss", "talk", "conversation",
              "held", "hosted", "convened", "chaired", "opened", "led", "group", "committee"),
    "meeting": ("met", "meet", "brief", "pleased", "delighted", "hono", "glad", "privileged", "interacted", "call",
                "courtesy", "round", "summit", "audience", "received", "welcomed", "hosted"),
}

DURATION = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)-day\b", re.IGNORECASE)
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Verbs of a meeting show it happened; a plan or a hope is not yet an event.
FUTURE = re.compile(r"['\u2019]ll\b|\b(?:will|would|shall|plans?\s+to|look(?:s|ed|ing)?\s+forward|expected\s+to|expects?\s+to|to\s+be\s+held|next\s+(?:year|month|week|meeting|round|session)|set\s+to|(?:is|are)\s+to|(?:is|are)\s+(?:scheduled|slated|due)\s+to|(?:is|are)\s+being\s+(?:arranged|organi[sz]ed|planned)|agreed\s+to|invit(?:ed|ation)\s+to|invit(?:ed|es|ing)\s+(?:[\w.\u2019'-]+\s+){1,6}?to\s+(?:visit|attend|come|travel)|invitation\s+(?:[\w.\u2019'-]+\s+){1,14}?to\s+(?:visit|attend|come|travel|undertake)|upcoming|forthcoming|going\s+to|intends?\s+to|prepar(?:e|es|ing|ations?)\s+for)\b", re.IGNORECASE)


# Words of the past before the news: "last year's signing", "was the first country to sign".
# ("A historic visit" is praise of the news itself, so only "historically" counts.)
_HISTORY = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|decade)|\b(?:in|since)\s+(?:19|20)\d\d\b|\bwas\s+the\s+first\b"
    r"|\b(?:previously|formerly|historically|recall(?:ed|ing)|building\s+on|following\s+(?:last|the\s+\d{4}))\b"
    r"|\b(?:praised|commended|hailed|lauded)\b"
    r"|\b(?:years?|decades?)\s+ago\b|\bhas\s+been\b|\bhave\s+been\b",
    re.IGNORECASE,
)


def history_or_plan(text: str, ev: "EventFind", published=None) -> bool:
    """A plan, a hope or a piece of history told in the sentence: not the release's news."""
    # The words up to the trigger say whether it is a plan ("will visit", "agreed to convene
    # the next meeting"); later words may be about something else ("arrives today, where she will").
    lead = text[ev.sentence_start : min(ev.sentence_end, ev.end + 15)]
    plan = for_string(FUTURE, lead).search(lead)
    if plan and _DECIDED.match(plan.group()) and (_SETTING.search(text, plan.end(), ev.start)
                                                  or _AT.match(text, ev.start, ev.end)):
        plan = None  # "agreed to ... at the Leaders' Summit": agreed there, at the event told
    if plan:
        return True
    past = for_string(_HISTORY, lead).search(lead)
    if past and not (past.group().lower().startswith(("has", "have")) and _TODAY.search(lead)):
        return True  # (but "has been strengthened with the launch today ... following my meeting" is news)
    # (Lead-checked patterns below: the same matches, their words tried only where one can start.)
    if lead_checked(_INTENDED).search(text, max(ev.sentence_start, ev.start - 90), ev.start):
        return True  # "approved the proposal to sign an MoU", "decided to hold talks": not yet done
    if ((_PLUPERFECT.match(text, ev.sentence_start, ev.start) or _HAD.search(text, max(ev.sentence_start, ev.start - 30), ev.start))
            and not _REPORTED_SPEECH.search(text, ev.sentence_start, ev.start)):
        return True  # "Both prime ministers had held the Leaders' Meeting in March, during which ...", "X had traveled to Syria"
    # (Not "having held discussions with X", told of a visit she concluded today: news of the visit.)
    if _OWN_EARLIER.search(text, max(ev.sentence_start, ev.start - 40), ev.start) or _TO_THE_PRESS.search(lead):
        return True  # "shared insights from his recent trip", "follows his recent meetings with X"; "media should arrive by"
    if _ANNIVERSARY_OF.search(text, max(ev.sentence_start, ev.start - 60), ev.start):
        return True  # "the 240th anniversary of John Adams presenting his credentials"
    if _REPORTED.search(text, max(ev.sentence_start, ev.start - 160), ev.start):
        return True  # "apprised the Prime Minister of his meetings with X", "I heard X said after the meeting"
    if _URGED.search(text, ev.sentence_start, ev.start) or _MANY.search(lead):
        return True  # "calls on the authorities to engage in a genuine dialogue"; "many conversations, meetings"
    if lead_checked(_NEGATED).search(text, max(ev.sentence_start, ev.start - 30), ev.start) or _talked_of_it(text, ev):
        return True  # "never met you", "did not meet"; at a podium, "we talked about this yesterday"
    if _NOUN_TRIGGER.search(text, ev.start, ev.end) and _THEN_WILL.match(text, ev.end, ev.sentence_end):
        return True  # "The Prime Minister's visit to A, B and C will deepen ties", "Her meetings ... will focus on"
    # "visited Mozambique in (June) 2009": a year before the release's own is history;
    # one after it, told next to the trigger ("visit Peru in 2025"), is a plan.
    if published is not None and any(
            (int(m.group(1)) < published.year or int(m.group(1)) > published.year and m.start() < ev.end + 40)
            and not _FIRST_SINCE.search(text, max(ev.sentence_start, m.start() - 60), m.start() + 6)
            for m in _IN_YEAR.finditer(text, ev.sentence_start, ev.sentence_end)):
        return True
    # "her visit to Japan at the end of March", told in September: a month that is neither the
    # release's nor the one before is another time's (a past visit or a coming one).
    if _LAST_MONTH.match(text, ev.end, min(ev.sentence_end, ev.end + 60)):
        return True  # "during her visit to Accra last March"
    month = _IN_MONTH.match(text, ev.end, min(ev.sentence_end, ev.end + 60))
    return published is not None and month is not None and \
        (published.month - MONTHS[month.group(1).lower()]) % 12 > 1


# (FUTURE reads "plans to", "intends to" in the whole lead already.)
_INTENDED = re.compile(r"\b(?:proposals?|decisions?|decided|decides|approval|planned|planning|intention|"
                       r"seeks?|sought|wants?|wished?|hopes?|hoped|aims?|ready|willing|keen|eager)\s+(?:\w+\s+){0,2}?to\s+$"
                       # ("approved the proposal made by Minister X to sign")
                       r"|\bproposals?\s+(?:made|submitted|presented|tabled|put\s+forward)\s+by\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+$",
                       re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
_HAD = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|also\s+)?$", re.IGNORECASE)
# A sentence whose verb is in the past of the past tells background: "X had held ... in March".
_PLUPERFECT = re.compile(r"[^,;:.]{0,80}?\bhad\s+(?:already\s+|previously\s+|earlier\s+|both\s+|also\s+)?(?:held|met|signed|visited|spoken|talked|"
                         r"hosted|attended|called|travell?ed|received|welcomed|discussed|agreed|exchanged|launched|opened)\b", re.IGNORECASE)
# (Reported speech keeps its news in the pluperfect: "the ministry said he had met X on Monday".)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|stated|told|informed|noted|added|reported|announced)\b", re.IGNORECASE)
_OWN_EARLIER = re.compile(r"\b(?:his|her|their|its|my|our)\s+(?:most\s+)?(?:recent|last|previous|earlier|past|prior)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
# A media advisory's logistics: "All media interested in attending this ceremony should arrive by 11:45 a.m."
_TO_THE_PRESS = re.compile(r"\b(?:media|journalists|reporters)\b[^.;]{0,80}?\b(?:should|must|are\s+(?:invited|requested|asked|required))\b",
                           re.IGNORECASE)
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:[\w.'\u2019-]+\s+){0,6}$", re.IGNORECASE)
# A happening reported, told of or heard about, not the news told: "He apprised the Prime Minister of his
# productive meetings with ...", "I heard the Secretary General said yesterday after the meeting of the Allies".
_REPORTED = re.compile(r"\b(?:apprised|briefed|informed|updated|debriefed|told)\s+(?:[\w.'\u2019-]+\s+){1,6}?(?:of|about|on)\s+"
                       r"(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}$|\bheard\b[^.;!?]{0,80}\bsaid\b[^.;!?]*$", re.IGNORECASE)
# A demand of others ("calls on the authorities to ... engage in a dialogue with"), not a happening.
# ("called on the President to discuss ..." is a courtesy call, so only the present "calls on".)
_URGED = re.compile(r"\b(?:calls?\s+(?:on|upon)|calling\s+(?:on|upon)|urges?|urged|encourages?|encouraged|demands?|demanded)\s+"
                    r"[^.;:!?]{0,120}?\bto\s+(?!discuss|review|exchange|convey|brief)[a-z][^.;:!?]*$", re.IGNORECASE)
# Happenings counted by the many, a habit: "We've had many engagements, conversations, meetings".
_MANY = re.compile(r"\b(?:many|several|numerous|countless|multiple|regular|frequent)\s+(?:[\w,]+\s+){0,4}?"
                   r"(?:meetings|conversations|calls|engagements|visits|talks|discussions)\b", re.IGNORECASE)
_NEGATED = re.compile(r"(?:\bnever|\bnot|n['\u2019]t|\bno\s+longer)\s+(?:(?:yet|ever|once|been|had|have|has|be|personally|formally)\s+){0,2}$",
                      re.IGNORECASE)
# A spokesperson's talk of the talk itself: "we discussed this at some length", "as I spoke to yesterday".
_TALKED_OF_IT = re.compile(r"(?:talk(?:ed|ing)?|discuss(?:ed|ing)?|spoke|speak(?:ing)?)\s+(?:(?:about|to)\s+)?"
                           r"(?:this|that|it|these|those)(?=\s*(?:[.,;!?]|$|\s+(?:at|some|a\s+bit|a\s+lot|quite|yesterday|earlier|last|"
                           r"before|already|again|here|extensively|briefly|in\s+(?:some|great)\s+detail)\b))"
                           r"|(?:talked|spoke)\s+(?:about|to)\s+(?:here|yesterday|earlier)\b", re.IGNORECASE)


def _talked_of_it(text: str, ev: "EventFind") -> bool:
    m = lead_checked(_TALKED_OF_IT).search(text, ev.start, min(ev.sentence_end, ev.end + 40))
    return m is not None and m.start() < ev.end  # (the trigger may open with its subject: "we talked")


# A trigger that is a noun, the subject of a verb in the future: the happening is planned.
_NOUN_TRIGGER = re.compile(r"(?:visits?|meetings?|trip|talks|ceremony|ceremonies|joint\s+commission|dialogue|consultations)\s*(?:(?:to|with|between|of)\s*)?$", re.IGNORECASE)
_THEN_WILL = re.compile(r"\s+(?:(?!and\b|but\b)[\w\u2019'-]+\s+){0,6}?(?:is|are)\s+(?:also\s+)?(?:being\s+(?:arranged|organi[sz]ed|planned)|(?:scheduled|slated|due)\s+to)\b|(?:(?!\b(?:was|were|is|are|took|held|began|concluded|has|have)\b)[^.;:?!\n]){0,80}?\b(?:will|is\s+expected\s+to|are\s+expected\s+to|(?<!and\s)(?:is|are)\s+(?:scheduled|slated|due)\s+to)\b", re.IGNORECASE)
_DECIDED = re.compile(r"agreed|invit", re.IGNORECASE)
_SETTING = re.compile(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+|their\s+)?(?:[\w\u2019'-]+\s+){0,5}$", re.IGNORECASE)
_AT = re.compile(r"(?:at|during|sidelines)\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"[^.;:!?\n]*?\b(?:in|during|at\s+the\s+(?:end|beginning|start)\s+of|(?:early|mid|late)[\s-]+)\s*"
                       r"(" + FULL_MONTH_NAMES + r")\b(?![\s,]+\d{1,2}\b)")  # ("in March 2010", not "in March 12")
# "a State Visit, the first by an African leader since 2008": a record the news sets, not its time.
_FIRST_SINCE = re.compile(r"\b(?:first|only|largest|biggest|highest|most)\b[^.;:!?\n]*\bsince\s$", re.IGNORECASE)
_LAST_MONTH = re.compile(r"[^.;:!?\n]*?\b(?:last|this\s+past)\s+(?:" + FULL_MONTH_NAMES + r")\b")
_IN_YEAR = re.compile(r"\b(?:in|since|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b")


@dataclass
class EventFind:
    type: str
    start: int  # trigger
    end: int
    sentence_start: int
    sentence_end: int
    days: int | None = None
    extra: dict = field(default_factory=dict)


def find_events(text: str, sentences, win: Windows | None = None) -> list[EventFind]:
    """At most one event of each type per sentence, at its first trigger."""
    win = win or Windows.whole(text)
    starts = [sn.start for sn in sentences]
    hits: dict[int, list[tuple[int, int, int, str]]] = {}  # sentence index -> (order, start, end, type)
    for order, (etype, pat, *own_keys) in enumerate(TRIGGERS):
        for m in win.finditer(pat, own_keys[0] if own_keys else KEYS[etype], also=NARROWER.get(etype, ())):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0 or m.end() > sentences[k].end:
                continue
            hits.setdefault(k, []).append((order, m.start(), m.end(), etype))
    out: list[EventFind] = []
    for k in sorted(hits):
        sent = sentences[k]
        chunk = text[sent.start : sent.end]
        if chunk.rstrip().endswith("?"):
            continue  # a question ("when do we expect a visit?") reports nothing
        if sent.start > 0 and _KIND_LABEL.fullmatch(chunk.strip()):
            # "Press Statement" on a line of its own under the date: what kind of release this is. (As the
            # headline of a transcript, an Australian Prime Minister's "Press Statement" is a press conference.)
            continue
        seen_types: set[str] = set()
        taken: list[tuple[int, int]] = []
        found = sorted(hits[k])
        if any(t != "other" for *_, t in found):
            found = [h for h in found if h[3] != "other"]  # "attended a state dinner" is the dinner
        kinds = [t for *_, t in found]
        if "meeting" in kinds and "talks" in kinds:
            # "Today's meeting was the beginning of this dialogue with ...": one meeting, told twice.
            first = min((h for h in found if h[3] in ("meeting", "talks")), key=lambda h: h[1])[3]
            found = [h for h in found if h[3] not in ("meeting", "talks") or h[3] == first]
        addresses = [(a, b) for _o, a, b, t in found if t == "address"]
        if addresses:
            # "addressing the annual general meeting of the Chamber": the meeting is where one spoke.
            found = [h for h in found if h[3] not in ("meeting", "talks") or not any(a < h[1] < b + 1 for a, b in addresses)]
        if any(t == "dinner" for *_, t in found):
            # "hosted President Yoon and Mrs. Kim for a State Dinner": the hosting is the dinner.
            found = [h for h in found if not (h[3] == "meeting" and text.startswith("host", h[1]))]
        if any(t in ("talks", "meeting") for *_, t in found):
            # "held talks with X today over lunch": the lunch is where they talked, one event.
            found = [h for h in found if not (h[3] == "dinner" and _OVER_A_MEAL.search(text, max(sent.start, h[1] - 8), h[1]))]
        if any(t == "call" for *_, t in found):
            # "spoke by phone ... to prepare the Leaders' Summit": the call is the meeting told.
            found = [h for h in found if h[3] not in ("meeting", "talks")]
        for _order, a, b, etype in found:
            # "welcomed President X and his delegation to P": the welcome is a meeting, the stay a visit.
            welcome_visit = etype == "visit" and text.startswith("welcom", a)
            if etype in seen_types or (not welcome_visit and any(x < b and a < y for x, y in taken)):
                continue
            # A quote's words describe, they do not announce: skip triggers inside quote marks.
            if _inside_quotes(chunk, a - sent.start) and not _quoted_readout(text, sent.start, chunk):
                continue
            seen_types.add(etype)
            if not welcome_visit:
                taken.append((a, b))
            days = None
            if etype == "visit":
                d = DURATION.search(chunk)
                if d:
                    days = int(d.group("n")) if d.group("n").isdigit() else _N[d.group("n").lower()]
            out.append(EventFind(etype, a, b, sent.start, sent.end, days))
    return out


_KIND_LABEL = re.compile(r"(?:Joint\s+)?(?:Press|Media)\s+(?:Statement|Release|Note|Advisory)s?", re.IGNORECASE)
_OVER_A_MEAL = re.compile(r"\b(?:over|during)\s+(?:a\s+|the\s+)?(?:working\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")


def _quoted_readout(text: str, start: int, chunk: str) -> bool:
    """'Director X said:' over a quoted paragraph that tells, in the third person, what the Secretary did
    ("“This morning, Secretary V had a call with Minister B.”"): a readout the spokesperson reads out."""
    if not chunk.lstrip().startswith(("\u201c", '"')) or _FIRST_PERSON.search(chunk):
        return False
    w = max(0, start - 4000)  # (bounded: a page of quoted paragraphs is not read back to its start)
    end = w + len(text[w:start].rstrip())
    if text.endswith(":", 0, end):
        return True
    nl = text.rfind("\n", w, end)  # a quote running on over paragraphs opens each of them
    para = text[nl + 1 : end]
    return nl > w and para.startswith("\u201c") and "\u201d" not in para and text[max(w, nl - 400) : nl].rstrip().endswith(":")


def _inside_quotes(chunk: str, pos: int) -> bool:
    opens = chunk.count("\u201c", 0, pos) - chunk.count("\u201d", 0, pos)
    straight = chunk.count('"', 0, pos) % 2
    return opens > 0 or straight == 1
