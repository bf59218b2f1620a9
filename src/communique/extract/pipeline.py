"""One release in, records out: the components run in order over one shared Text."""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Document, Event, Figure, Person, Quote, Review, Role
from . import dates as dates_mod
from .events import EventFind, find_events, history_or_plan
from .figures import RUPEE_COUNTRIES, drop_restated, find_figures, home_dollar, is_bare_dollar, is_bare_rupee, metric_for, period_for, rupee_lands_by_place
from .kb import KnowledgeBase
from .layout import read_layout
from .people import Draft, add_local_mentions, cluster, find_mentions, fold, merge_nicknames, same_person, slugify, speaker_labels, unnamed_turns
from . import names as name_evidence
from .titles import HEADS
from .quotes import FIRST_PERSON, I_SAID, I_SAID_BEFORE, PLURAL, _last_subject, find_quotes
from .scan import Windows
from .spans import Index
from .text import Text

_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|his|her|they|their)\b", re.IGNORECASE)
_LONG_STAY = re.compile(r"\b(?:conclud|wrapp(?:ed|ing|s)\s+up|complet)", re.IGNORECASE)
_NOT_SIGNERS = re.compile(r"\b(?:welcom|not(?:ed|ing)|applaud|hail|congratulat|look(?:ed|ing)?\s+forward\s+to)\w*\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,6}$", re.IGNORECASE)
# "welcomed the signing of a Memorandum ... by Secretary X and Minister Y": who signed is told.
_SIGNED_BY = re.compile(r"[^;:]*?\bby\s+(?=(?:[A-Z]|the\s+[A-Z]))")
_PEOPLE_PLURAL = re.compile(r"leaders|presidents|ministers|heads|prime", re.IGNORECASE)
_AUTHORED = re.compile(r"(?:Joint\s+)?(?:Statement|Remarks|Message|Op-?Ed|Letter|Speech|Address|Keynote)\s+(?:from|by|of)\b", re.IGNORECASE)
_MET = re.compile(r"\b(?:met|meets|called\s+on|held\s+talks)\b")
_ONES_VISIT = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}?visit\b", re.IGNORECASE)
_OWNED_VISIT = re.compile(r"\b(?:my|our|his|her|their|your|this)\s+(?:[\w-]+\s+){0,3}?visit\b", re.IGNORECASE)
_SAYER_AFTER = re.compile(r"[ \t]+(?:said|says|told\s+(?:reporters|journalists|the\s+press)|noted|announced)\b(?![ \t]+(?:that|the|he|she|they|it)\b)")
_ON_THE_MARGINS = re.compile(r"\b(?:margins?|sidelines?|side-lines?)\s+of\b", re.IGNORECASE)
_VISIT_ENDS = re.compile(r"\b(?:concluded|began|begun|started|wrapped\s+up|completed|ended|kicked\s+off)\s+(?:[\w-]+\s+){0,3}?visit\b")
_NAME_SUFFIX = re.compile(r",?( (?:Jr|Sr)\b\.?|(?: II| III| IV)\b)")
_WHO_CLAUSE = re.compile(r",[ \t]+(?:who|which)\b[^,;.]*,")
# (and without its commas: "X who arrived yesterday(27) for an official visit had met Y today(28)")
_BARE_WHO_CLAUSE = re.compile(r"(?<=[a-z] )who[ \t]+(?:arrived|came|reached|landed|is|was)\b[^,;.]{0,120}?(?=[ \t]+(?:had|has|have|held|met|also|later|then)\b)")
_NOWADAYS = re.compile(r"today,?\s+(?:(?:we|there|it|this|trade|investment)\s+)?(?:stands?|is|are|has|have|remains?|exceeds?|totals?)\b", re.IGNORECASE)
_TOOK_PLACE = re.compile(r"\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|discussions?|conversation)\s+(?:took\s+place|was\s+held|were\s+held)\b")
_ANAPHORA = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|discussions?|conversation)\s+(?:was|were|is|are|focused|covered|lasted|took)\b")
_AND_THEN_MET = re.compile(r",?\s+and\s+(?:later\s+|also\s+|then\s+)?(?:called\s+on|met\s+(?:with\s+)?|paid\s+a\s+courtesy\s+call\s+on)(?=\s*(?:the\s+)?[A-Z])")
_ADDRESSED_OCCASION = re.compile(r"address(?:ed|ing)?\s+the\s+(?:gathering|occasion|event|ceremony|function|audience|assembled\s+\w+)\b", re.IGNORECASE)
# (Not "During his call on the Prime Minister, X ...", "During the meeting between A and B": often the first telling.)
# A clause before the subject that tells another happening: "Following X's summit with Y, ...".
_LEAD_FRAME = re.compile(r"\s*(?:Following|After|Ahead\s+of|On\s+the\s+heels\s+of|In\s+the\s+wake\s+of)\s")
_TOLD_FRAME = re.compile(r"\s*(?:(?:(?:At|Towards?)\s+the\s+(?:end|close|conclusion)\s+of|During|Following|After|In|Concluding|Opening|Closing)"
                         r"\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:audience|speech|address|remarks|ceremony)"
                         r"|(?:After|Following)\s+the\s+(?:meeting|call|talks))\b")
_FIRST_PERSON_TRIGGER = re.compile(r"(?:and\s+)?(?:I|[Ww]e)\b")  # "we discussed" is the trigger itself
_WITH_HEADLINE = re.compile(r"\s(?:[Ww]ith|[Aa]nd)\s")
_SUBJECT_BEFORE = r"\b(?:['\u2019]\w+)?(?:\s+[\w'\u2019-]+){0,8}\s*$"  # a few words before the trigger
_I_SUBJECT = re.compile(r"\b(?:I|[Mm]y)" + _SUBJECT_BEFORE)
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)" + _SUBJECT_BEFORE)
_AFTER_MEETING = re.compile(r"\b(?:after|following)\s+(?:their|the)\s+(?:[\w-]+\s+)?meeting\b", re.IGNORECASE)
# A release reports what happened in the last weeks; a day written further back is history.
_NEWS_DAYS = 30
_BRIEFED_BY = re.compile(r"\b(?:[Bb]riefing|[Bb]y)\b")  # "Press Briefing by X and Y": briefers, not a meeting
_HEADLINE_PLAN = re.compile(r"\b[Tt]o\s+$")
_BRIEFING_HEADLINE = re.compile(r"\b(?:briefing|press\s+call|teleconference|conference\s+call)\b", re.IGNORECASE)
_MEETING_HEADLINE = re.compile(r"\b(?:Meeting|Ministerial|Summit|Meet\s+and\s+Greet|Town\s+Hall|Roundtable)\b")
_OUTLET_HEADLINE = re.compile(r"\b(?:[Ww]ith|[Oo]n)\s+(?:[A-Z][\w.&'\u2019-]*\s+){0,4}?(?:Television|TV|Radio|News|Times|Post|Magazine|Journal|Network)\b"
                              r"|\b[Ww]ith\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:and\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4})?of\s+[A-Z]|\b[Ii]nterview\b")


def _transcript_kind(headline: str) -> str:
    """The kind of event a transcript's own headline tells, when no trigger word names it."""
    if _BRIEFING_HEADLINE.search(headline):
        return "press_conference"
    if _MEETING_HEADLINE.search(headline):
        return "meeting"
    if _OUTLET_HEADLINE.search(headline):
        return "other"  # an interview
    return "address"  # remarks, an opening statement, words at an occasion


_WILL_GO = re.compile(r"\bwill\s+(?:also\s+)?(?:travel|visit|lead|meet|attend|participate|deliver|hold|host|join|depart|embark)\b")
_OTHER_CLOCK = re.compile(r"^[^()]*?\b(?:[A-Z][a-z]+|local|[A-Z]{2,4})\s+time\s*\)")
_CONVERSION_OPENS = re.compile(r"\s*\(\s*(?:(?:about|around|approximately|approx\.|almost|nearly|over|more\s+than|some|or|equivalent\s+to|i\.e\.)\s+)?")
_OTHER_CLOCK_BEFORE = re.compile(r"\((?:local|[A-Z][a-z]+)\s+time\b[^()]*$")
_SECOND_PERSON = re.compile(r"\byou\b|\btogether\b|\b(?:both|the\s+two)\s+of\s+us\b", re.IGNORECASE)  # ("we had dinner together")
_NEXT_CUE = re.compile(r"\b(?:co-)?le[ad]\b|\b(?:headed|accompanied|joined|attended|participated|included|present)\b", re.IGNORECASE)
_FRAME = re.compile(r"\b(?:during|on\s+the\s+occasion\s+of|as\s+part\s+of|in\s+the\s+course\s+of)\s+(?:[\w\u2019'-]+\s+){0,6}$", re.IGNORECASE)
_JOINED_HOST_TEXT = r"\bjoined\s+the\s+(?:Vice\s+)?(?:President|Prime\s+Minister|Secretary)\s*[.]"  # ("X and Y joined the President.")
_JOINS = re.compile(r"\b(?:was|were)\s+also\s+(?:present|in\s+attendance)\b|\balso\s+(?:present|in\s+attendance)\s+(?:was|were)\b|\b(?:participants|attendees)\s+included\b|\b(?:was|were)\s+present\s*(?:[.;]|$)|\b(?:was|were)\s+(?:also\s+)?associated\s+with\b|" + _JOINED_HOST_TEXT + r"|\balso\s+(?:attended|participated|took\s+part|joined)\b(?!\s+(?:in\s+)?(?:a|an)\b)|\bjoined\s+the\s+(?:(?:virtual|video|online)\s+)?(?:group|meeting|talks|discussions?|call)\b|\baccompanied\s+the\s+(?:(?:Vice|Deputy)\s+)?(?:Prime\s+Minister|President|Secretary)\b|\b(?:were|was)\s+(?:also\s+)?present\s+(?:at|on|for|during)\s+(?:the|this)\s+(?:occasion|event|meeting|discussion|ceremony)\b|\b(?:participated\s+in|attended)\s+(?:this|the)\s+(?:event|occasion|meeting|discussion|ceremony|function)\b(?!\s+(?:of|on|in|at|with)\b)|\b(?:participated\s+in|attended|witnessed)\s+the\s+signing\b(?!\s+of\b)|\brepresented\s+(?:their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:governments?|countries|country|nations?)\b|\b(?:delegations?|talks|meetings?|consultations|dialogue|discussions|sessions?)\s+(?:was|were)\s+(?:co-?)?(?:chaired|led|headed)\s+by\b"
                    # "The meeting was attended by A, B and C", "X is accompanied by Ambassador Y and Secretary Z".
                    r"|\b(?:meeting|discussions?|talks|call|ceremony|event|session)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b"
                    r"|\b(?:is|was|were|are)\s+(?:also\s+)?accompanied\s+by\b"
                    # "Dr. X signed on behalf of the Government, while Mr. Y signed on behalf of the Bank."
                    r"|\bsigned\s+(?:(?:the|this)\s+(?:\w+\s+){0,3}?)?on\s+behalf\s+of\b", re.IGNORECASE)
_JOINED_HOST = re.compile(_JOINED_HOST_TEXT)
_ACCOMPANIED_BY = re.compile(r"\baccompanied\s+by\b", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)
_JOINED_KIND = re.compile(r"\b(?:at|in|during|for|joined|attended|witnessed)\s+the\s+(?:(?:virtual|video|online)\s+)?(meeting|discussions?|talks|ceremony|dinner|banquet|luncheon|call|signing)\b", re.IGNORECASE)
_JOINED_KINDS = {"meeting": "meeting", "discussion": "meeting", "discussions": "meeting", "talks": "talks",
                 "ceremony": "ceremony", "dinner": "dinner", "banquet": "dinner", "luncheon": "dinner", "call": "call",
                 "signing": "signing"}
_JOINS_KEYS = ("also", "present", "participated", "attended", "witnessed", "joined", "accompanied", "associated", "included", "chaired", "led", "headed", "behalf")  # (a pattern search per sentence, only where one of them stands)
_SAME_DAY = re.compile(r"\s*(?:Earlier|Later)(?:\s+(?:in|on)\s+the\s+(?:same\s+)?day|\s+that\s+(?:same\s+)?day)\b")
# "signed this week", "met recently": some day the text does not give, not the last one it named.
_VAGUE_TIME = re.compile(r"\b(?:(?:this|last|earlier\s+this|past)\s+(?:week|month|year)|recently|earlier\s+in\s+the\s+(?:week|month)"
                         r"|(?:a\s+few|several|some|two|three|a\s+couple\s+of)\s+(?:days|weeks|months|years)\s+ago|the\s+other\s+(?:day|week))\b",
                         re.IGNORECASE)
_PLACE_CUE = re.compile(r"\b(?:in|at|to|visit(?:ed|ing)?|arrived\s+in)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Extraction:
    document: Document
    people: list[dict]  # id, name, aliases, titles, country, new
    new_people: list[Person] = field(default_factory=list)

    def as_json(self, kb: KnowledgeBase, title: str) -> dict:
        d = self.document
        dump = lambda r: r.model_dump(mode="json", exclude_none=False)  # noqa: E731
        return {
            "source": {"id": d.id, "title": title, "published": d.published.isoformat() if d.published else None,
                       "published_inferred": d.published_inferred},
            "people": self.people,
            "places": [{"id": p, "name": kb.places[p].name, "kind": kb.places[p].kind} for p in d.places],
            "organizations": [{"id": o, "name": kb.organizations[o].name} for o in d.organizations],
            "events": [dump(e) for e in d.events],
            "quotes": [dump(q) for q in d.quotes],
            "figures": [dump(f) for f in d.figures],
            "topics": [{"id": t, "label": kb.topics[t].label} for t in d.topics],
            "dates": [x.isoformat() for x in d.dates],
        }


def _link_to_store(draft: Draft, kb: KnowledgeBase) -> str | None:
    # Full names first: "Ana Nair" decides, even if the surname alone "Nair" is an alias of many.
    forms = list(dict.fromkeys(draft.forms + [draft.name]))
    groups = [[f for f in forms if len(f.split()) > 1]]
    if len(draft.tokens) == 1:
        groups.append(forms)  # only a bare "Souza" is looked up by a bare alias
    for group in groups:
        ids = set()
        for form in group:
            ids.update(kb.people_by_form.get(fold(form), []))
        if len(ids) == 1:
            return ids.pop()
        if ids:
            return None  # ambiguous: let an editor decide rather than merge two people
    # "R. Kumar" for "Rajan Kumar": people sharing the last name, then the rule.
    pool = kb.people_by_token.get(fold(draft.tokens[-1]), [])
    cands = [pid for pid in pool
             if any(same_person(draft.tokens, f.split()) for f in [kb.people[pid].name, *kb.people[pid].aliases])]
    return cands[0] if len(cands) == 1 else None


def _assign_ids(drafts: list[Draft], kb: KnowledgeBase) -> None:
    # Taken: the store's ids and those given here. (Not a copy of the store's: that grows with every
    # release a run reads, and copying it made each release cost more than the one before.)
    given: set[str] = set()

    def used(cand: str) -> bool:
        return cand in given or cand in kb.people

    for d in sorted(drafts, key=lambda d: d.mentions[0].start if d.mentions else 0):
        d.store_id = _link_to_store(d, kb)
        if d.store_id:
            d.id = d.store_id
            continue
        base = slugify(d.name)
        cand = base if not used(base) else f"{base}-{d.country}" if d.country else base
        n = 2
        while used(cand):
            cand = f"{base}-{n}"
            n += 1
        d.id = cand
        given.add(cand)


def extract(raw: str, source_id: str, kb: KnowledgeBase, title: str | None = None,
            published: dt.date | None = None) -> Extraction:
    text = Text(raw)
    s = text.clean
    win = Windows(s, bounds=text.every_line)  # (Windows.by_line(s), from the split Text.lines reads)
    inferred = False
    layout = read_layout(text)
    if published is None and layout.published is not None:
        published = layout.published  # the release's own date line or dateline
    if published is None:
        published = dates_mod.infer_published(s)  # the whole text: scraped date lines count too
        inferred = published is not None
    released = published
    published = _headline_day(s, layout, published) or published
    # The gazetteers before the windows read the text: their pass over its lowercase finds the
    # windows' keywords too (and after the headline's dates, whose windows read another text).
    place_hits = kb.find_places(s)
    org_hits = kb.org_gaz.find(s)
    topic_hits = kb.topic_gaz.find(s)
    date_mentions = dates_mod.find_dates(s, published, win)

    # People
    mentions = find_mentions(text, place_hits, kb.country_of, kb.find_people(s), kb.place_words,
                             is_known=lambda name: fold(name) in kb.people_by_form,
                             headline_end=layout.headline.end if layout.headline else 0)
    drafts = merge_nicknames(text, mentions, [d for d in cluster(mentions) if d.mentions], kb.place_words)
    add_local_mentions(text, mentions, drafts, kb.place_words)
    _assign_ids(drafts, kb)
    named = [m for m in mentions if m.person is not None]
    named_ix, topic_ix, org_ix = Index(named), Index(topic_hits), Index(org_hits)
    place_ix = Index(place_hits)
    # The date line and dateline say when the release came out, not when anything happened.
    # "(local time: 7:15 a.m. on Friday, September 28, Japan time)" writes the same moment on
    # another clock: not a day of its own.
    date_ix = Index(m for m in date_mentions if not layout.is_furniture(m.start) and not _OTHER_CLOCK.search(s, m.end, m.end + 20)
                    and not _OTHER_CLOCK_BEFORE.search(s, max(0, m.start - 40), m.start))

    def people_in(a: int, b: int) -> list[str]:
        return list(dict.fromkeys(m.person.id for m in named_ix.within(a, b)))

    def topics_in(a: int, b: int) -> list[str]:
        return sorted({h.id for h in topic_ix.within(a, b)})

    def orgs_in(a: int, b: int) -> list[str]:
        return sorted({h.id for h in org_ix.within(a, b)})

    # Events
    events: list[Event] = []
    finds = find_events(s, text.sentences, win)
    headline_finds = [ev for ev in finds if layout.in_headline(ev.start)]
    told = [ev for ev in finds if not layout.is_furniture(ev.start)]
    finds = [ev for ev in told if not history_or_plan(s, ev, published)]
    # "Official Visit by X" over "X will visit Canberra from 12 - 14 October": the headline names the plan.
    if any(ev.type == "visit" for ev in told if ev not in finds) and not any(f.type == "visit" for f in finds):
        headline_finds = [h for h in headline_finds if h.type != "visit"]
    labels = [m for m in named if m.speaker_label]

    def dated_body(found, met_today=False):  # in a transcript, what a speaker dates in the sentence itself ("Yesterday, I met...")
        # (After the headline's meeting, "Today we discussed ..." and "Today's meeting" tell that meeting,
        # unless they name someone the headline does not: "a meeting with your Prime Minister this morning".)
        return [ev for ev in found if not layout.in_headline(ev.start) and date_ix.within(ev.sentence_start, ev.sentence_end)
                and not (met_today and ev.type in ("talks", "meeting") and all(
                    d.date == published for d in date_ix.within(ev.sentence_start, ev.sentence_end))
                    and set(people_in(ev.sentence_start, ev.sentence_end)) <= set(people_in(layout.headline.start, layout.headline.end)))]

    speakers = list(dict.fromkeys(m.person.id for m in labels))
    unnamed = unnamed_turns(text)
    # (Without a named label, one line opening "Q Fever ..." makes no transcript: two turns do.)
    turns = _turns(text, named, unnamed) if speakers or len(unnamed) > 1 else []
    if speakers and headline_finds:
        # A transcript ("Opening remarks - Bilateral meeting ..."): its headline names the event and
        # its speakers took part; what they say in it recalls other days, not this release's news.
        # Only what a speaker dates in the sentence itself ("Yesterday, I met...") is news of its own.
        first = sorted(headline_finds, key=lambda f: f.start)[:1]
        hl = layout.headline
        if first[0].type != "press_conference" and _AFTER_MEETING.search(s, hl.start, hl.end):
            # "X and Y After Their Meeting": they met, then spoke to the press.
            first.append(EventFind("press_conference", first[0].start, first[0].end, first[0].sentence_start, first[0].sentence_end))
        elif first[0].type == "press_conference" and _WITH_HEADLINE.search(s, hl.start, hl.end) \
                and not _BRIEFED_BY.search(s, hl.start, hl.end) and sum(
                1 for m in {m.person.id: m for m in named_ix.within(hl.start, hl.end)}.values() if m.person.titles) >= 2:
            # "Secretary X and Foreign Minister Y at a Joint Press Availability": they met, then spoke.
            first.insert(0, EventFind("meeting", first[0].start, first[0].end, first[0].sentence_start, first[0].sentence_end))
        finds = first + dated_body(finds, met_today=any(f.type in ("meeting", "talks") for f in first))
    elif speakers and layout.headline is not None and _WITH_HEADLINE.search(s, layout.headline.start, layout.headline.end) \
            and len({m.person.id for m in named_ix.within(layout.headline.start, layout.headline.end)}) >= 2:
        # "Secretary X With Foreign Secretary Y and Foreign Minister Z": the transcript is of their
        # meeting (of an interview, when the one with X holds no office).
        hl = layout.headline
        untitled = any(not m.person.titles for m in named_ix.within(hl.start, hl.end))
        finds = [EventFind("other" if untitled else "meeting", hl.start, hl.end, hl.start, hl.end)] + dated_body(
            finds, met_today=not untitled)
    elif turns and layout.headline is not None and not headline_finds \
            and len(s[layout.headline.start : layout.headline.end].split()) >= 3:  # (a headline, not a "Notes" line)
        # A transcript whose headline names no event ("Briefing with Senior Officials", "Opening Remarks
        # by X Before the House Committee", "Secretary X at Bastille Day Celebration", "X with Kuwait
        # Television") is itself one, on the day it was given; what its speakers say recalls other days.
        hl = layout.headline
        kind = _transcript_kind(s[hl.start : hl.end])
        finds = [EventFind(kind, hl.start, hl.end, hl.start, hl.end)] + dated_body(finds, met_today=kind == "meeting")
    elif not finds:
        # A release that only names its event in the headline, unless the headline announces
        # it ("Prime Minister of India to Visit Japan", "... Will Travel to ...").
        finds = [h for h in headline_finds if not history_or_plan(s, h, published)
                 and not _HEADLINE_PLAN.search(s, max(0, h.start - 8), h.start)]
        body = text.lines[1].start if len(text.lines) > 1 else len(s)
        will = _WILL_GO.search(s, body) if finds else None
        if will:
            said = text.sentence_at(will.start())
            # "Deputy Secretary X Travels to Atlanta" over "On Thursday, X will travel to ...": a plan,
            # unless the trip it tells has begun ("will travel ... from May 31 to June 6", told June 1).
            if not any(published is not None and d.date <= published for d in date_ix.within(said.start, said.end)):
                finds = []
    trigger_sentences = {ev.sentence_start for ev in finds}
    # "Statement from President X on ...": the first person of the text is X.
    hl = layout.headline
    author = None
    if hl is not None and _AUTHORED.match(s, hl.start, hl.end):
        author = next((m.person.id for m in named_ix.within(hl.start, hl.end)), None)
    joins = [sn for sn in win.may_match_in(_JOINS, _JOINS_KEYS, text.sentences)
             if _JOINS.search(s, sn.start, sn.end) and not layout.is_furniture(sn.start)]
    joined_sentences: set[int] = set()  # sentences whose trigger only names the event they join
    for ev in finds:
        a, b = ev.sentence_start, ev.sentence_end
        if ev.type in ("meeting", "talks", "call") and _ANAPHORA.match(s, a, b) and any(e.type == ev.type for e in events):
            continue  # "The meeting was candid and constructive, part of ... their meeting last November": told before
        if ev.type == "address" and events and _ADDRESSED_OCCASION.match(s, ev.start):
            continue  # "Addressing the gathering, the Prime Minister said": at the event told before
        if events and (frame := _TOLD_FRAME.match(s, a, b)) and ev.start < frame.end():
            continue  # "At the end of the audience, ...", "In his speech, the Minister ...": the event told before
        if events and any(j.start == a for j in joins) and (ev.type == "other" or (
                (kind := _JOINED_KIND.search(s, a, b)) and kind.start() <= ev.start < kind.end()
                and any(_same_kind(e.type, _JOINED_KINDS[kind.group(1).lower()]) or _same_kind(e.type, ev.type) for e in events))):
            joined_sentences.add(a)
            continue  # "X also attended the meeting", "were also present at the ceremony": X joins the event told before, below
        if (ev.type != "visit" and _FRAME.search(s, max(a, ev.start - 60), ev.start) and not date_ix.within(a, b)
                and not named_ix.within(a, b) and any(f.type in (ev.type, "talks", "meeting") and f.start > b for f in finds)):
            continue  # "released on the occasion of the Third Meeting": the meeting is told later
        inside = [d for d in date_ix.within(a, b) if not (d.start > ev.end and _SAID_ON.search(s, max(a, d.start - 40), d.start))]
        if inside and published is not None and (published - (inside[0].end_date or inside[0].date)).days > _NEWS_DAYS:
            continue  # "the discussions held between the leaders on March 12", told in August: history
        if inside and published is not None and all((d.date - published).days > 1 or d.relative and d.date > published
                                                     for d in inside):
            continue  # "the visit to India taking place from upcoming Friday, April 1", "a dialogue tomorrow": a plan
        if ev.type == "visit" and _OWNED_VISIT.search(s, max(a, ev.start - 30), ev.end):
            # "pleased to be here on my first visit ... today": the day is not the visit's start;
            # only a date next to it is ("his visit on 3 June", "today concluded her visit").
            # So does one opening the sentence that tells its start or end ("Yesterday, X concluded her visit").
            ends = _VISIT_ENDS.search(s, a, ev.end)
            inside = [d for d in inside if ev.start - 40 <= d.end and d.start <= ev.end + 30 or ends and d.start <= a + 2]
        if len(inside) > 1:
            # "X, who arrived last evening (04), was accorded a welcome this morning": a day inside a
            # relative clause dates that clause, not the event told outside it.
            asides = [c.span() for c in (*_WHO_CLAUSE.finditer(s, a, b), *_BARE_WHO_CLAUSE.finditer(s, a, b))
                      if not c.start() <= ev.start < c.end()]
            inside = [d for d in inside if not any(x <= d.start < y for x, y in asides)] or inside
        lead_frame = _LEAD_FRAME.match(s, a, ev.start)
        frame_end = s.rfind(", ", a, ev.start) if lead_frame else -1
        if frame_end > a and any(d.start > frame_end for d in inside):
            # "Following X's summit on Wednesday with Y, Z met yesterday with W": Wednesday is the summit's
            inside = [d for d in inside if d.start > frame_end]
        dm = inside[0] if inside else None
        if dm is None and ev.type != "visit" and not _VAGUE_TIME.search(s, a, b):
            # Narrative order: an undated sentence happens on the last day the text named, unless
            # that was a "today" of no event ("trade today stands at ..."), which dates nothing.
            # A day after the release's own ("commencing on 1 July") is a plan's, not the narrative's.
            dm = date_ix.last_before(a)
            # A day long before the release ("Referring to their meeting on 4 August") is history's:
            # it dates nothing after it either.
            # Nor does a "tomorrow" ("the celebrations to be held tomorrow (04)"): the narrative is not there yet.
            while dm is not None and (dm.relative and (_NOWADAYS.match(s, dm.start) or published is not None and dm.date > published)
                                      or published is not None and not -1 <= (published - dm.date).days <= _NEWS_DAYS):
                dm = date_ix.last_before(dm.start)
        # "Earlier in the day, X held talks": the day of the event told before, not of whatever
        # day the sentence before named ("X arrived on Tuesday (14) evening").
        same_day = next((e.date for e in reversed(events) if e.type != "visit" and e.date), None) \
            if (dm is None or dm.start < a) and _SAME_DAY.match(s, a) else None
        if same_day is not None:
            dm = None
        doubts = []
        if dm is not None and dm.start < a and dm.end_date is not None and ev.type != "visit":
            dm = None  # told after "from 27 to 30 June": some day of the stay, the text does not say which
        elif (dm is not None and dm.end_date is not None and ev.type != "visit"
              and _ON_THE_MARGINS.search(s, a, dm.start)):
            dm = None  # "On the margins of the meeting held on October 5 and 6, X met Y": one of those days
        if dm is not None and ev.type != "visit" and any(
                f.type == "visit" and f.sentence_start <= dm.start < f.sentence_end and f.start < ev.start
                and _LONG_STAY.search(s, f.sentence_start, f.start) for f in finds):
            dm = None  # "today concluded her visit ...": what she did on it was on some day of the stay
        welcomed = ev.type == "signing" and _NOT_SIGNERS.search(s, max(a, ev.start - 80), ev.start)
        if welcomed and not inside:
            dm = None  # "welcomed the signing of ...": signed some day, by others
        # Dated the day of the release: "Readout of X's Phone Call With Y", "Remarks by X at the Y Briefing".
        by_release = dm is None and same_day is None and published is not None and not inferred and (
            (ev.type == "call" and any(h.type == "call" for h in headline_finds) and not any(e.type == "call" for e in events))
            or (ev.type == "address" and layout.in_headline(ev.start) and s.startswith("Remarks", ev.start)))
        if by_release:
            doubts.append("dated by the release")
        elif dm is None and same_day is None:
            doubts.append(NO_DATE)
        elif dm is None or dm.start < a:
            doubts.append("date taken from an earlier sentence")
        if layout.in_headline(ev.start):
            doubts.append("only the headline tells it")
        if ev.type == "visit" and dm is not None and _FRAME.search(s, max(a, ev.start - 60), ev.start) and any(
                f.sentence_start == a and f.type != "visit" for f in finds) and not (
                ev.start <= dm.start <= ev.end + 40):  # ("during her visit to X from July 23 to July 25")
            dm = None  # "met on 22 May, during his visit": the day is the meeting's, the visit's is not told
            doubts.append(NO_DATE)
        date = same_day or (dm.date if dm else (published if by_release else None))
        if date is None and ev.type in ("meeting", "talks", "call"):
            # "X, calling on Y, discussed ... . The meeting took place ... last evening (July 28).": its day
            # (or some sentences on, "... The meeting took place at the Foreign Ministry on 9th August.",
            # so long as no other event is told in between)
            k = bisect.bisect_left(text.sentence_starts, b)
            nxt = None
            for sent in text.sentences[k : k + 8]:
                if _TOOK_PLACE.match(s, sent.start, sent.end):
                    nxt = sent
                    break
                if sent.start in trigger_sentences:
                    break
            if nxt is not None:
                day = next((d for d in date_ix.within(nxt.start, nxt.end)
                            if published is None or 0 <= (published - d.date).days <= _NEWS_DAYS), None)
                if day is not None:
                    date, doubts = day.date, [d for d in doubts if d != NO_DATE] + ["date taken from a later sentence"]
        end_date = dm.end_date if dm and dm.start >= a else None
        if date and ev.days and not end_date and ev.type == "visit":
            end_date = date + dt.timedelta(days=ev.days - 1)
        if welcomed:
            signed_by = _SIGNED_BY.match(s, ev.end, b)
            participants = people_in(signed_by.end(), b) if signed_by else []
        else:
            participants = _participants(text, named_ix, a, b, ev.start, people_in, people_only=ev.type == "signing")
        # "X met with Y today, Pentagon Press Secretary Z said in a statement": Z tells of the meeting, was not at it.
        sayers = {m.person.id for m in named_ix.within(ev.end, b)
                  if _SAYER_AFTER.match(s, m.end) and s.rfind(",", ev.end, m.start) != -1}
        if sayers and len([p for p in participants if p not in sayers]) >= 1:
            participants = [p for p in participants if p not in sayers]
        if frame_end > a:
            framed = {m.person.id for m in named_ix.within(a, frame_end)}
            kept = [p for p in participants if p not in framed]
            if len(kept) >= 2:
                participants = kept  # (and X and Y, the summit's, are not at Z's meeting)
        labelled = {m.person.id for m in labels if a <= m.start < b}
        if labelled and ev.type != "press_conference":  # (a briefer's "thank you for joining this briefing" is hers)
            # "MR PRICE: He is traveling to Vienna today.": the label names who speaks, not who travels
            # (a speaker's own "I met ..." makes them take part, below).
            told = {m.person.id for m in named_ix.within(a, b) if not m.speaker_label}
            participants = [p for p in participants if p not in labelled or p in told]
        welcome = ev.type == "visit" and s.startswith("welcom", ev.start)
        if welcome and not (any(h.start == ev.end for h in place_ix.within(ev.end, ev.end + 40))
                            and named_ix.within(ev.start, ev.end)):
            continue  # "welcomed the commitment to ASEAN": no one welcomed to a place
        if _visiting_adjective(s, ev.start) and (any(e.type == "visit" for e in events)
                                                 or _GUEST_OF.search(s, max(0, ev.start - 24), ev.start)):
            # "the visiting External Affairs Minister" after his visit was told: the same visit; "met
            # (with) the visiting Minister", "advised the visiting Attache": a guest told in passing.
            continue
        if welcome or _visiting_adjective(s, ev.start):  # ("the visiting X will hold a press conference on Monday")
            dm, date, end_date = None, None, None  # "today welcomed X to Australia": the visit began some day before
        if ev.type == "visit":
            participants = _visitors_only(s, named_ix, ev, participants)
            if not participants and _visiting_adjective(s, ev.start):
                continue  # "The visiting High Commissioner assured ...": no one named visits
        elif _THE_VISITOR.search(s, a, ev.start) and not named_ix.within(a, ev.start):
            # "The visiting dignitary held talks with X": the visitor told before took part.
            guest = next((e for e in reversed(events) if e.type == "visit" and e.participants), None)
            if guest:
                participants = list(dict.fromkeys(guest.participants + participants))
        visitor = _visitor(s, named_ix, ev, place_ix, kb.country_of) if ev.type == "visit" else None
        if visitor:
            participants = [visitor]  # "this visit to Australia by the President of Botswana"
        if not speakers and _asked(turns, a):
            continue  # "JOURNALIST: Will you meet Prabowo tomorrow?": a question tells no news
        if author and not speakers and not layout.in_headline(ev.start) and FIRST_PERSON.search(s, a, ev.start) \
                and not named_ix.within(a, ev.start):
            participants = list(dict.fromkeys([author] + participants))  # "I spoke with ..." in a statement
        if speakers and not layout.in_headline(ev.start):
            # A speaker's "we had a state dinner", "I met...": the speaker took part, and "you",
            # in a talk between two, is the other one.
            # The turn goes on until the next label: the speaker is the last one labelled before.
            turn = _turn_at(turns, a)
            if turn == "?":
                continue  # a reporter's question ("Q: You met with the ministers ...") tells no news
            # Only when "I" or "we" is who did it ("Yesterday I met", "we had a state dinner"), not
            # "we congratulate Morocco as it welcomes X on a visit".
            if turn and (_FIRST_PERSON_SUBJECT.search(s, max(a, ev.start - 60), ev.start)
                         or _FIRST_PERSON_TRIGGER.match(s, ev.start)):
                participants = list(dict.fromkeys([turn] + participants))
                if len(speakers) == 2 and _SECOND_PERSON.search(s, a, b):
                    participants += [p for p in speakers if p not in participants]
        if turns and layout.in_headline(ev.start):
            # The headline's principals and the speakers; where it names two or more, a speaker it
            # does not name moderates ("MR PRICE: ... the Secretary and the Foreign Minister").
            hl_people = people_in(layout.headline.start, layout.headline.end)
            joining = [p for p in speakers if p in hl_people] if len(hl_people) >= 2 else speakers
            participants = list(dict.fromkeys(joining + participants))
            if date is None and published is not None:
                date = published
                doubts = [d for d in doubts if d != NO_DATE] + ["dated by the release"]
        if ev.type in ("talks", "meeting", "call", "signing") and not speakers:
            # (In a transcript the next sentence is talk: "Let me turn it over to X".)
            nxt = text.sentence_at(b + 1)
            if (nxt.start > b and nxt.start not in trigger_sentences and text.paragraph_at(a) == text.paragraph_at(nxt.start)
                    and _NEXT_CUE.search(s, nxt.start, nxt.end)):
                # "X led the delegation", "accompanied by Y": who took part; others are only talked about.
                participants += [p for p in people_in(nxt.start, nxt.end) if p not in participants]
        if not participants and headline_finds and not layout.in_headline(ev.start):
            # "Today's meeting in Geneva": who met is told in the headline of the release.
            hl = layout.headline
            if any(_same_kind(h.type, ev.type) for h in headline_finds):
                participants = people_in(hl.start, hl.end)
        place = _place_in(s, place_ix.within(a, b), kb, a, b, prefer_country=ev.type == "visit")
        groups = [participants]
        listed = _listed_after(s, b) if ev.type in ("meeting", "talks", "call") and s[a:b].rstrip().endswith(":") else []
        heads = [h for h in (next(iter(people_in(x, y)), None) for x, y in listed) if h]
        if heads:
            # "X met with key counterparts, including:" over "- A, Minister ..." items: a meeting with each of them.
            hosts = [p for p in participants if p in people_in(a, ev.start)] or participants
            participants = hosts + [h for h in heads if h not in hosts]
            groups = [hosts + [h] for h in heads if h not in hosts]
        withs = [w.start() for w in _SEMI_WITH.finditer(s, ev.end, b)]
        if ev.type in ("meeting", "talks", "call") and withs and _WITH_TRIGGER.match(s, ev.start):
            # "met with A and B; with C, as well as D; and with E": one meeting with each group.
            cuts = [ev.start] + withs + [b]
            met = {p for k in range(1, len(cuts) - 1) for p in people_in(cuts[k - 1], cuts[k + 1])}
            hosts = [p for p in participants if p not in met or p in people_in(a, ev.start)]
            groups = [hosts + [p for p in people_in(cuts[k], cuts[k + 1]) if p not in hosts] for k in range(len(cuts) - 1)]
        elif ev.type in ("meeting", "talks", "call") and (then := _AND_THEN_MET.search(s, ev.end, b)) \
                and people_in(ev.end, then.start()) and people_in(then.end(), b):
            # "X met with A and called on B": two meetings, each with X.
            hosts = [p for p in participants if p in people_in(a, ev.start)]
            groups = [hosts + [p for p in people_in(lo, hi) if p not in hosts]
                      for lo, hi in ((ev.end, then.start()), (then.end(), b))]
        elif ev.type in ("meeting", "talks", "call") and len(participants) > 2 and _SEPARATE.search(s[a:b]):
            subjects = [p for p in participants if p in people_in(a, ev.start)]
            if len(subjects) > 1 and len(subjects) < len(participants):
                # "A and B called on the Prime Minister separately": each of them met the rest
                groups = [[one] + [p for p in participants if p not in subjects] for one in subjects]
            else:
                groups = [[participants[0], other] for other in participants[1:]]  # "separate meetings with A, B and C"
        if not participants:
            if date is None and layout.in_headline(ev.start):
                continue  # "Visit to Indonesia" over "I will travel to ...": a headline naming no one and no day
            doubts.append("no named participant")
        for group in groups:
            events.append(Event(
                id="x", type=ev.type, date=date, end_date=end_date, place=place,
                participants=group, organizations=orgs_in(a, b), topics=topics_in(a, b),
                evidence=text.evidence(a, b), review=doubt_review(doubts),
            ))
    # Tellings of one event merge before the guests join: "A met B. X and Y were also present at the
    # meeting. Later, A also met X" is two meetings, though X was at the first.
    events = _merge_events(events)
    own_event = {ev.sentence_start for ev in finds if ev.type != "other"} - joined_sentences  # ("also took part in talks with Y")
    for j in joins:
        # "Ambassador X also attended", "Ministers X and Y were also present": more participants
        # of the event told just before, not an event of their own.
        before = [e for e in events if e.evidence and text.evidence(j.start, j.end)["start"] > e.evidence.start]
        named_kind = _JOINED_KIND.search(s, j.start, j.end)
        if named_kind:  # "also present at the meeting": that one, though a visit is told after it in the sentence
            kind = _JOINED_KINDS.get(named_kind.group(1).lower(), "")
            before = [e for e in before if _same_kind(e.type, kind)] or ([] if kind == "signing" else before)
        if _ACCOMPANIED_BY.search(s, j.start, j.end):
            before = [e for e in before if e.type == "visit"] or before  # a delegation goes with the visit
        if _ON_BEHALF.search(s, j.start, j.end):
            before = [e for e in before if e.type == "signing"]  # a signatory signs, not a meeting told before
        if before and j.start not in own_event:
            last = max(before, key=lambda e: e.evidence.start)
            if _JOINED_HOST.search(s, j.start, j.end):
                # "X, Y and Z joined the Vice President.": the readout's own event, its first telling
                last = next((e for e in before if any(_same_kind(e.type, h.type) for h in headline_finds)), last)
            last.participants += [p for p in people_in(j.start, j.end) if p not in last.participants]
            if last.participants and last.review and "no named participant" in last.review.reason:
                last.review = doubt_review([d for d in last.review.reason.split("; ") if d != "no named participant"])
    names = {d.id: (kb.people[d.store_id].name if d.store_id else d.name) for d in drafts}
    for e in events:
        e.summary = _summary(e.type, e.participants, e.place, e.date, kb, names)
    _number(events, lambda e: f"{e.type.replace('_', '-')}-{e.date.isoformat() if e.date else 'undated'}")

    # Quotes
    quotes: list[Quote] = []
    ev_starts = sorted((e.evidence.start, i) for i, e in enumerate(events) if e.evidence)
    for qf in find_quotes(text, mentions):
        sp = qf.speaker_mention.person.id if qf.speaker_mention else None
        if sp is None and (I_SAID.match(s, qf.end) or I_SAID_BEFORE.search(s, max(qf.sentence.start, qf.start - 100), qf.start)):
            # '"We will not waver," I told him' in "Statement from President X", or in a speaker's turn
            turn = _turn_at(turns, qf.start) if turns else None
            sp = author or (turn if turn != "?" else None)
        event = _event_for(events, ev_starts, text.evidence(qf.sentence.start, qf.sentence.end)["start"], text, qf.start)
        inside = date_ix.within(qf.sentence.start, qf.sentence.end)
        dm = inside[0] if inside else None
        qdate = dm.date if dm else (event.date if event else None)
        quotes.append(Quote(
            id="x", text=text.raw_text(qf.start, qf.end), speaker=sp, event=event.id if event else None,
            channel=qf.channel, date=qdate, topics=topics_in(qf.sentence.start, max(qf.sentence.end, qf.end)),
            evidence=text.evidence(qf.start, qf.end), review=doubt_review([qf.doubt] if qf.doubt else []),
        ))
    _number(quotes, lambda q: "q")

    # Figures
    figures: list[Figure] = []
    date_spans = [(m.start, m.end) for m in date_mentions if not m.relative]
    periods = Index(dates_mod.find_periods(s, published, date_spans, win))
    doc_countries = [kb.country_of[h.id] for h in place_hits if h.id in kb.country_of]
    top_countries = [c for c, _ in Counter(doc_countries).most_common(2)]
    dollar = home_dollar(doc_countries)
    # A rupee country other than India counts when the release names it (or its cities) more than
    # once, or names no India at all ("in Kurunegala ... Rs. 12,500 million": Sri Lanka's rupees).
    rupee_lands = doc_countries + [kb.places[h.id].country for h in place_hits
                                   if h.id in kb.places and kb.places[h.id].country in RUPEE_COUNTRIES]
    fig_ix = Index(drop_restated(find_figures(s, win), s, layout.headline.end if layout.headline else 0))
    if not any(c in RUPEE_COUNTRIES for c in rupee_lands) and any(
            f.currency == "INR" and is_bare_rupee(s[f.start:f.end]) for f in fig_ix.items):
        rupee_lands = rupee_lands_by_place(s)  # no country named: its towns tell whose rupee
    rupee = home_dollar([c for c in rupee_lands if rupee_lands.count(c) > 1 or c == "india" or "india" not in rupee_lands],
                        RUPEE_COUNTRIES, "india")
    # A release that writes its rupee plainly somewhere (₹, INR, LKR) means that one by "Rs".
    written_rupees = [f.currency for f in fig_ix.items if f.currency in RUPEE_COUNTRIES.values()
                      and not (f.currency == "INR" and is_bare_rupee(s[f.start:f.end]))]
    if written_rupees:
        rupee = Counter(written_rupees).most_common(1)[0][0]
    # Only the sentences where some figure starts can hold one (not every sentence of the release).
    sentence_starts = text.sentence_starts
    for k in sorted({bisect.bisect_right(sentence_starts, f.start) - 1 for f in fig_ix.items} - {-1}):
        sent = text.sentences[k]
        found = fig_ix.within(sent.start, sent.end)
        if not found:
            continue
        for i, f in enumerate(found):
            if _asked(turns, f.start):
                continue  # a reporter's "is $100 billion the right number?" states no figure
            nxt = found[i + 1].start if i + 1 < len(found) else sent.end
            if i + 1 < len(found) and _CONVERSION_OPENS.fullmatch(s, f.end, nxt):
                # "US$78.59 billion (RM360.12 billion) in 2024": the amount in brackets is the same one
                # in another money; the period after it is both's.
                nxt = found[i + 2].start if i + 2 < len(found) else sent.end
            period = period_for(periods, f, nxt, sent.start, sent.end, s)
            parties = sorted({kb.country_of[h.id] for h in place_ix.within(sent.start, sent.end) if h.id in kb.country_of})
            if not parties and f.currency:
                parties = sorted(top_countries)
            metric = metric_for(s[sent.start:sent.end], f.start - sent.start)
            if f.unit not in (None, "percent", "count"):
                metric = f.unit
            currency = f.currency
            doubts = [] if metric != "amount" else ["no metric named near the figure"]
            if currency == "USD" and dollar != "USD" and is_bare_dollar(s[f.start : f.end]):
                currency = dollar
                doubts.append(f"a bare $ read as {dollar}, the release's own dollar")
            elif currency == "INR" and rupee != "INR" and is_bare_rupee(s[f.start : f.end]):
                currency = rupee
                doubts.append(f"rupees read as {rupee}, the rupee of the country the release names most")
            figures.append(Figure(
                id="x", metric=metric, parties=parties, value_low=f.value_low, value_high=f.value_high,
                currency=currency, unit=f.unit, period=period.value if period else None,
                period_text=period.text if period else None, review=doubt_review(doubts),
                evidence=text.evidence(f.start, (period.end if period and period.start >= f.end else f.end)),
            ))
    figures = _counts_once(figures)
    _number(figures, lambda f: "f")

    doc_people = list(dict.fromkeys(d.id for d in sorted(drafts, key=lambda d: d.mentions[0].start)))
    used_people = set(doc_people)
    doc = Document(
        id=source_id,
        title=(title or _first_line(text))[:500],
        published=released,
        published_inferred=inferred,
        summary=_lead(text),
        people=doc_people,
        places=sorted({h.id for h in place_hits}),
        organizations=sorted({h.id for h in org_hits}),
        topics=sorted({h.id for h in topic_hits}),
        # The dates the release reports; "tomorrow" and "will ... on Tuesday" are plans.
        dates=sorted({m.date for m in date_mentions if not m.future} | {m.end_date for m in date_mentions if m.end_date}),
        events=events, quotes=quotes, figures=figures,
    )
    people_out, new_people = [], []
    for d in sorted(drafts, key=lambda d: d.mentions[0].start):
        if d.id not in used_people:
            continue
        used_people.discard(d.id)
        name = kb.people[d.store_id].name if d.store_id else d.name
        # A given name alone ("Thanks, Karine") names this person here only: stored as an alias
        # it would link every later "Karine" to them.
        first = name.split()[0] if len(name.split()) > 1 else None
        aliases = [f for f in d.forms if f != name and not (f == first and name_evidence.is_given(f))]
        # "Ferdinand Marcos Jr.": the suffix is part of how the text names him.
        aliases += list(dict.fromkeys(m.name + sx.group(1) for m in d.mentions if m.name
                                      and (sx := _NAME_SUFFIX.match(s, m.end)) and m.name + sx.group(1) not in aliases))
        people_out.append({"id": d.id, "name": name, "aliases": aliases, "titles": d.titles,
                           "country": d.country, "new": d.store_id is None})
        if not d.store_id:
            new_people.append(Person(
                id=d.id, name=name, aliases=aliases, country=d.country,
                roles=[Role(title=t, country=d.country) for t in d.titles],
            ))
    return Extraction(doc, people_out, new_people)


NO_DATE = "the text gives no date for it"
# What each doubt costs the extractor's confidence: editors review the least sure first.
_DOUBT_COST = {
    "no speaker found": 0.5, NO_DATE: 0.3, "no named participant": 0.3,
    "only the headline tells it": 0.3, "date taken from an earlier sentence": 0.2,
    "speaker taken from the paragraph before": 0.2, "speaker named in an earlier sentence": 0.2,
    "no metric named near the figure": 0.2,
}


def _same_kind(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"meeting", "talks"}


_LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2022*\u2013][ \t]+)([^\n]+)")


def _listed_after(s: str, pos: int, most: int = 30) -> list[tuple[int, int]]:
    """The spans of the list items ("- A, Minister of Trade") that follow pos, blank lines between them allowed."""
    out = []
    nl = s.find("\n", pos)
    while nl != -1 and len(out) < most:
        k = nl + 1
        while k < len(s) and s[k] == "\n":
            k += 1
        m = _LIST_ITEM.match(s, k)
        if not m:
            break
        out.append(m.span(1))
        nl = s.find("\n", m.end())
    return out


def doubt_review(doubts: list[str]) -> Review | None:
    """The extractor's confidence and reasons, or None when it has no doubt."""
    if not doubts:
        return None
    confidence = 1.0
    for d in doubts:
        confidence -= _DOUBT_COST.get(d, 0.2)
    return Review(confidence=round(max(confidence, 0.05), 2), reason="; ".join(doubts))


def _turns(text: Text, named: list, unnamed: list[tuple[int, str]]) -> list[tuple[int, str | None]]:
    """Who speaks from each label of a transcript on: (line start, person id, "?" for a reporter's
    question, None for no one named). "THE VICE PRESIDENT:" is whoever holds that office here."""
    at = {m.start: m.person.id for m in named}
    out = [(text.paragraph_at(lm.start).start, at.get(lm.start)) for lm in speaker_labels(text)]
    for start, office in unnamed:
        holders = {m.person.id for m in named if office and office in m.person.titles}
        out.append((start, "?" if office == "?" else holders.pop() if len(holders) == 1 else None))
    return sorted(out, key=lambda t: t[0])


def _asked(turns: list[tuple[int, str | None]], pos: int) -> bool:
    """Does pos stand in a reporter's question ("Q", "JOURNALIST:")?"""
    return bool(turns) and _turn_at(turns, pos) == "?"


def _turn_at(turns: list[tuple[int, str | None]], pos: int) -> str | None:
    k = bisect.bisect_right(turns, pos, key=lambda t: t[0]) - 1
    return turns[k][1] if k >= 0 else None


_HEADLINE_HAPPENING = re.compile(r"\b(?:meeting|call|talks|visit|readout)\b", re.IGNORECASE)


def _headline_day(s: str, layout, published: dt.date | None) -> dt.date | None:
    """"Department Press Briefing - February 7, 2022", posted the next day: the text was spoken or
    written on the headline's day, so its "today" is that day, not the release's."""
    hl = layout.headline
    if hl is None or published is None or _HEADLINE_HAPPENING.search(s, hl.start, hl.end):
        return None  # ("PM meeting with Prime Minister X: 22 April 2025", out the next day: the meeting's day)
    days = [m for m in dates_mod.find_written_dates(s[hl.start : hl.end], published) if m.end_date is None]
    if len(days) == 1 and 1 <= (published - days[0].date).days <= 3:
        return days[0].date
    return None


def _participants(text: Text, named_ix: Index, a: int, b: int, trigger: int, people_in,
                  people_only: bool = False) -> list[str]:
    """Named people of the sentence, plus the subject a pronoun or "the two leaders" stands for.
    people_only: "the two sides signed" names no signatory; "both Prime Ministers signed" does."""
    # "spoke with X about Putin's war", "to deliver on President Y's directive": an owner named
    # after the trigger is talked about, not met.
    # "spoke with X to discuss holding President Y to account": who is met comes before the purpose.
    purpose = _PURPOSE.search(text.clean, trigger, b)
    cut = purpose.start() if purpose else b
    met = {m.person.id for m in named_ix.within(a, cut)
           if not (m.start > trigger and _OWNER.match(text.clean, m.end))
           and not _CARRIED.search(text.clean, max(a, m.start - 80), m.start)}
    names = [p for p in people_in(a, b) if p in met]
    head = text.clean[a:trigger]
    if any(m.start < trigger for m in named_ix.within(a, b)):
        return names
    plural = PLURAL.search(head) or (people_only and PLURAL.search(text.clean, trigger, b))
    if people_only and plural and not _PEOPLE_PLURAL.search(plural.group()):
        return names
    if people_only and not plural:
        return names
    if plural:
        found: list[str] = []
        for k in range(bisect.bisect_left(named_ix._starts, a) - 1, -1, -1):
            m = named_ix.items[k]
            if m.end > a:
                continue
            if m.person.id not in found:
                found.append(m.person.id)
            if len(found) == 2:
                break
        return list(dict.fromkeys(found[::-1] + names))
    office = _THE_OFFICE.search(head)
    if office:
        # "The President met with X": the last person named who holds that office, if any.
        word = office.group(1).lower()
        k = max(bisect.bisect_right(text._line_starts, a) - 2, 0)
        near = text.lines[k].start if text.lines else a  # this paragraph or the one before
        before = [named_ix.items[k] for k in range(bisect.bisect_left(named_ix._starts, a) - 1, -1, -1)]
        # Whom the lead names first with the whole office, opening a sentence: the release's own ("Prime
        # Minister of Sri Lanka X held ..." is "the Prime Minister", "Minister of Foreign Affairs Y ..." "the
        # Foreign Minister"); else the last one near with its head word.
        phrase = office.group().split()[1:]
        lead_end = text.lines[min(2, len(text.lines) - 1)].end if text.lines else 0  # (title, date line, lead)
        m = next((m for m in reversed(before) if m.start < lead_end and any(_title_is_office(t, phrase) for t in m.person.titles)
                  and _TITLE_RUN.fullmatch(text.clean, text.sentence_at(m.start).start, m.start)), None) or next(
            (m for m in itertools.takewhile(lambda m: m.start >= near, before)
             if any(t.lower().endswith(word) for t in m.person.titles)), None)
        return list(dict.fromkeys([m.person.id] + names)) if m is not None else names
    # "She had a meeting with ...", "The delegation met with ...", "In a meeting with X, the
    # Secretary ...": the one who met is the subject told before, not one of the people met.
    # ("I met with ..." is the speaker or the author, found elsewhere.)
    if names and _CATAPHORA.match(head):
        return names  # "During his call on the Prime Minister, Foreign Secretary X conveyed ...": "his" is X's
    if not _I_SUBJECT.search(head) and (_PRONOUN_SUBJECT.search(head) or _WITH_TRIGGER.match(text.clean, trigger)
            or (not names and _PRONOUN_SUBJECT.search(text.clean[a:b]))):
        subj = _last_subject(text, named_ix.items, a)
        if subj:
            return list(dict.fromkeys([subj.person.id] + names))
    return names


# "conveyed the greetings of Prime Minister X", "a letter from President Y": who sent it is not there.
_CARRIED = re.compile(r"\b(?:greetings|wishes|regards|felicitations|condolences|message|letter|invitation)\s+(?:of|from)\s+"
                      r"(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,6}$", re.IGNORECASE)
_CATAPHORA = re.compile(r"\W*(?:During|In|At|On|After|Before|Following)\s+(?:the\s+course\s+of\s+)?(?:his|her)\b", re.IGNORECASE)
_HELD_TALKS = re.compile(r"\b(?:held|hold|holding|had)\s+(?:[\w-]+\s+){0,3}?talks\b", re.IGNORECASE)
# "..., the Foreign Office said on Tuesday": the day dates the saying, not what was said.
_SAID_ON = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)\b(?:said|stated|announced|added|reported|confirmed|told\s+(?:reporters|journalists|the\s+media))\s+(?:on\s+)?$")
_OWNER = re.compile(r"['\u2019]s?(?:\s+|\s*[\u2013\u2014]\s*)(?!(?:[\w-]+\s+){0,2}?(?:visit|meeting|call|talks|trip|delegation)\b)", re.IGNORECASE)
# "spoke with X about ...", "called Y and issued a statement with Z": after the purpose, or a
# second thing done, the people named are not the ones met.
_PURPOSE = re.compile(r"\b(?:to\s+(?:discuss|review|exchange|hold|address|condemn|coordinate)|about|regarding|concerning)\b"
                      r"|\s+and\s+(?:also\s+|then\s+|later\s+)?(?:issued|released|announced|launched|unveiled|visited|toured|attended|delivered|addressed)\b")
_RANKED = {"vice", "deputy", "former", "acting", "assistant", "under", "state", "junior", "associate", "principal"}


def _title_is_office(title: str, office: list[str]) -> bool:
    """Whether a title is the office "the ..." names: all its words, and no rank it lacks
    ("Minister of Foreign Affairs" is "the Foreign Minister"; "Vice President" is not "the President")."""
    words = {w.lower() for w in re.findall(r"[\w-]+", title)}
    want = {w.lower() for w in office}
    return want <= words and not (words - want) & _RANKED


_THE_OFFICE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}?(" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + r")\b(?!\s+[A-Z])")
_WITH_TRIGGER = re.compile(r"(?:met|meeting|meetings|talks|call|spoke|discussions?)\b[^.]{0,30}?\bwith\b", re.IGNORECASE)
# "separate meetings", plural "meetings with A, B and C", "met bilaterally with A, B and C": one meeting with each.
_SEMI_WITH = re.compile(r";\s*(?:and\s+)?with\b")
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\b(?:tele)?phone\s+calls\s+(?:to|with)\b|\brespectively\b|\bindividual(?:ly|\s+(?:bilateral\s+)?meetings)\b|\bmeetings\s+with\b"
                       r"|\bbilaterally\b|\bbilateral\s+meetings\b", re.IGNORECASE)


# Who makes a visit, when the visit names them: "X's visit", "the visit (to P) by/of X",
# "this visit by the President of Botswana" (the holder of that office named in the release).
_TO_PLACE_BY = r"\s*(?:(?:to\s+)?(?:the\s+)?(?:[\w\u2019'.-]+\s+){1,4}?)?(?:by|of)\s+"  # " to Australia by "
_VISIT_BY = re.compile(_TO_PLACE_BY + r"(?:the\s+)?$")
_BY_NATIONAL_HEAD = re.compile(_TO_PLACE_BY + r"an?\s+([A-Z][\w-]+)\s+(?:Head\s+of\s+(?:Government|State)|Prime\s+Minister|President|[Ll]eader|Premier|Chancellor)\b")
_LEADERS = {"Prime Minister", "President", "Premier", "Chancellor", "Head of Government", "Head of State"}
_POSSESSIVE_VISIT = re.compile(r"^['\u2019]s\s+(?:[\w-]+\s+){0,3}$")
_BY_OFFICE = re.compile(_TO_PLACE_BY + r"the\s+(?:[A-Z][\w-]*\s+){0,2}?("
                        + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))
                        + r")(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w-]+))?\b")


_THE_VISITOR = re.compile(r"\b[Tt]he\s+visiting\s+(?:[A-Z][\w-]*\s+){0,3}?(?:dignitary|guest|leader|minister|delegation|envoy|[A-Z][\w-]*)\b")
_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|and|with|met|meets|received|receives|welcomed|hosted)\s+$")
# "visiting" after a verb or a preposition: the guest is the sentence's object, not its news.
_GUEST_OF = re.compile(r"\b(?:with|met|meets|received|receives|welcomed|welcomes|hosted|hosts|advised|thanked|told|"
                       r"briefed|for|to|by|of|on)\s+(?:the\s+)?$")


def _visiting_adjective(s: str, at: int) -> bool:
    """'the visiting Minister', not 'who is visiting Japan'."""
    return s.startswith("visiting", at) and _DETERMINER.search(s, max(0, at - 8), at) is not None


_HOSTED = re.compile(r"\b(?:welcom|receiv|host)(?:ed|es|e|s|ing)\b")
_TITLE_RUN = re.compile(r"\s*(?:(?:[A-Z][\w.'\u2019-]*|of|for|the|and|on)[\s,]+)*")
_ACCOMPANIED = re.compile(r"\b(?:accompanied\s+by|along\s+with|together\s+with|joined\s+by|delegation\s+(?:comprising|including|of))\b", re.IGNORECASE)


def _visitors_only(s: str, named_ix: Index, ev, participants: list[str]) -> list[str]:
    """Who makes a visit is who the sentence names before it ("X concluded a visit to China, during
    which he called on Y"): the people met on it, or the host who invited, are not visitors;
    those who went along are ("accompanied by Z")."""
    if _visiting_adjective(s, ev.start):
        # "the visiting Under Secretary X": X visits; "the visiting dignitary met X": X hosts.
        after = named_ix.within(ev.end, min(ev.sentence_end, ev.end + 100))
        return [after[0].person.id] if after and _TITLE_RUN.fullmatch(s, ev.end, after[0].start) else []
    first: dict[str, int] = {}
    for m in named_ix.within(ev.sentence_start, ev.sentence_end):
        first.setdefault(m.person.id, m.start)
    lead = [p for p in participants if first.get(p, ev.sentence_start) < ev.start]
    host = _HOSTED.search(s, ev.sentence_start, ev.start)
    guests = [p for p in lead if host and host.end() <= first.get(p, -1)]
    if guests:
        lead = guests  # "President X welcomed Prime Minister Y for an Official State Visit": Y visits
    if not lead:
        return participants
    verb = _MET.search(s, ev.sentence_start, ev.start) if len(lead) > 1 and not guests else None
    if verb and _ONES_VISIT.search(s, max(ev.sentence_start, ev.start - 30), ev.end):
        # One person's visit: "X met A, B and C during her visit to P" is X's; "X, Y and Z met with
        # A during his visit to P" is A's.
        subject = [p for p in lead if first[p] < verb.start()]
        met = [p for p in lead if first[p] > verb.start()]
        lead = subject if len(subject) == 1 else met if len(met) == 1 else lead
    return lead + [p for p in participants if p not in lead and _ACCOMPANIED.search(s, ev.end, first[p])]


def _visitor(s: str, named_ix: Index, ev, place_ix: Index, country_of: dict) -> str | None:
    if s.startswith("welcom", ev.start):
        return named_ix.within(ev.start, ev.end)[0].person.id  # "welcomed X and his delegation to P"
    after = named_ix.within(ev.end, min(ev.sentence_end, ev.end + 80))
    if after and _VISIT_BY.match(s[ev.end:after[0].start]):
        return after[0].person.id
    before = named_ix.within(max(ev.sentence_start, ev.start - 40), ev.start)
    if before and _POSSESSIVE_VISIT.match(s[before[-1].end:ev.start]):
        return before[-1].person.id
    head = _BY_NATIONAL_HEAD.match(s, ev.end, ev.sentence_end)
    land = [country_of[h.id] for h in place_ix.within(head.start(1), head.end(1)) if h.id in country_of] if head else []
    if land:
        # "the first visit by an Israeli Head of Government": the leader of that country named here.
        leaders = [m.person.id for m in named_ix.items if m.person.country == land[0]
                   and any(t.split(" of ")[0] in _LEADERS for t in m.person.titles)]
        if len(set(leaders)) == 1:
            return leaders[0]
    office = _BY_OFFICE.match(s, ev.end, ev.sentence_end)
    if office and (not after or after[0].start > office.end()):
        head, country = office.group(1).lower(), (office.group(2) or "").lower()
        for m in named_ix.items:
            home = (m.person.country or "").replace("-", " ")
            if any(t.lower().startswith(head) and (country in t.lower() or country == home) for t in m.person.titles):
                return m.person.id
    return None


_DESCRIBES = re.compile(r"[ \t]+(?:(?:and[ \t]+)?[A-Z][\w-]*[ \t]+){0,3}(?:and[ \t]+)?[a-z]")
_DEMONYM_ENDS = ("an", "ese", "ish", "i", "ic", "ch")


def _place_in(s: str, hits, kb: KnowledgeBase, a: int, b: int, prefer_country: bool) -> str | None:
    """Where an event happened: a place after "in", "at", "to" wins; a bare country
    name or adjective ("Russian") describes someone rather than locating the event."""
    cands = []
    for h in hits:
        kind = kb.places[h.id].kind
        cued = bool(_PLACE_CUE.search(s[max(a, h.start - 20) : h.start]))
        if not cued and kind == "country":
            continue
        # "visited Australian military personnel in Afghanistan": the adjective tells who, the
        # place after "in" where (without such a place, "to the Australian Parliament" is where).
        described = s[h.start : h.end].endswith(_DEMONYM_ENDS) and s[h.start : h.end] != kb.places[h.id].name \
            and _DESCRIBES.match(s, h.end) is not None
        cands.append(((not cued, described, (kind == "country") != prefer_country, h.start), h.id))
    return min(cands)[1] if cands else None


def _merge_events(events: list[Event]) -> list[Event]:
    """The same happening told twice becomes one event; the telling that names people is the evidence.

    Two tellings are one event when type agrees, dates do not differ, and participants
    overlap (or one side names nobody). Candidates are looked up by (type, date).
    """
    out: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    by_type: dict[str, list[Event]] = {}
    for ev in events:
        kind = ev.type
        if ev.date is None:
            pool = by_type.get(kind, [])
        else:
            pool = by_key.get((kind, ev.date), []) + by_key.get((kind, None), [])
        if kind == "talks":
            # "We discussed the full range of issues" after "my meeting with Premier Li", "The two ministers
            # also held discussions on ..." after their call: that meeting's or call's talk
            # ("The two leaders held talks on energy" after "welcomed X" are talks of their own.)
            own = _HELD_TALKS.search(ev.evidence.exact) if ev.evidence is not None else None
            pool = pool + [o for o in (by_key.get(("meeting", ev.date), []) if not own else []) + by_key.get(("call", ev.date), [])
                           if set(ev.participants) <= set(o.participants)]
        # One telling adds nothing to the other: same people, or one names a subset, or none.
        # (A visit is told by its visitors: two tellings naming different visitors are two visits.)
        twin = next((o for o in pool if (ev.type == "visit" and set(o.participants) & set(ev.participants))
                     or set(o.participants) <= set(ev.participants) or set(ev.participants) <= set(o.participants)), None)
        if twin is None:
            out.append(ev)
            by_key.setdefault((kind, ev.date), []).append(ev)
            by_type.setdefault(kind, []).append(ev)
            continue
        if not twin.participants and ev.participants:
            twin.evidence = ev.evidence
        if twin.date is None and ev.date is not None:
            by_key[(kind, None)].remove(twin)
            by_key.setdefault((kind, ev.date), []).append(twin)
        twin.date = twin.date or ev.date
        twin.end_date = twin.end_date or ev.end_date
        twin.place = twin.place or ev.place
        twin.participants = list(dict.fromkeys(twin.participants + ev.participants))
        twin.organizations = sorted(set(twin.organizations) | set(ev.organizations))
        twin.topics = sorted(set(twin.topics) | set(ev.topics))
        if twin.end_date and twin.date and twin.end_date < twin.date:
            twin.end_date = None
    return out


def _number(records, stem) -> None:
    seen: Counter = Counter()
    for r in records:
        base = stem(r)
        seen[base] += 1
        r.id = f"{base}{seen[base]}" if base in ("q", "f") else (base if seen[base] == 1 else f"{base}-{seen[base]}")


def _event_for(events: list[Event], ev_starts: list[tuple[int, int]], sent_raw_start: int, text: Text, qpos: int) -> Event | None:
    """The event told in the quote's sentence, else the latest one told before it in the paragraph."""
    para = text.paragraph_at(qpos)
    para_raw_start = text.evidence(para.start, para.end)["start"] if para.end > para.start else sent_raw_start
    i = bisect.bisect_right(ev_starts, (sent_raw_start, len(events)))
    for start, k in reversed(ev_starts[max(0, i - 8) : i]):
        if start == sent_raw_start:
            return events[k]
    for start, k in reversed(ev_starts[max(0, i - 8) : i]):
        if para_raw_start <= start < sent_raw_start:
            return events[k]
    return None


def _counts_once(figures: list[Figure]) -> list[Figure]:
    """A count told again ("140 countries ... over 140 countries around the world") is one figure
    (an amount told twice may be two, as "$5 million for X and $5 million for Y"); a bare number
    equal to one told before ("this figure that he mentioned, 95 million") points back to it."""
    seen, values, out = set(), set(), []
    for f in figures:
        key = (f.value_low, f.value_high, f.unit, f.period)
        if f.unit == "count" and f.currency is None and (f.value_low, f.value_high) in values:
            continue
        values.add((f.value_low, f.value_high))
        if f.currency is None and f.unit not in (None, "percent"):
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def _summary(etype: str, participants: list[str], place: str | None, date, kb: KnowledgeBase, names: dict) -> str:
    people = [names.get(p, p) for p in participants]
    out = etype.replace("_", " ").capitalize()
    if len(people) == 1:
        out += f" by {people[0]}"
    elif people:
        out += f" of {', '.join(people[:-1])} and {people[-1]}"
    if place:
        out += f" in {kb.places[place].name}"
    if date:
        out += f" on {date.isoformat()}"
    return out


def _first_line(text: Text) -> str:
    """The headline: the first line that is not page furniture ("Home", "Share this")."""
    for line in text.lines:
        words = text.clean[line.start : line.end].strip().lstrip("#").strip()
        if words:
            return words
    return "Untitled"


def _lead(text: Text) -> str:
    sents = text.sentences
    return text.clean[sents[0].start : sents[0].end][:1000] if sents else ""
