"""Direct quotes, their speaker and the channel they were said on.

Straight and curly double quotes; single quotes inside them stay part of the text.
A short phrase in quotes with no speech verb near it (the so-called "Look East"
policy) is a term, not a quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .people import Mention
from .scan import lead_checked
from .spans import Index, Taken
from .text import Span, Text

SPEECH_VERBS = (
    r"said|says|added|adds|noted|notes|stated|states|told|remarked|observed|emphasi[sz]ed|emphasi[sz]ing|"
    r"stressed|stressing|underlined|underscored|highlighted|wrote|writes|posted|tweeted|asserted|declared|"
    r"affirmed|reaffirmed|reiterated|explained|pointed out|described|urged|recalled|announced|"
    r"appreciated|welcomed|expressed|insisted|argued|warned|maintained|commented|continued|concluded|"
    r"acknowledged|assured|hoped|called|mentioned|informed|according to|quoted|quoting|saying|adding|noting|"
    r"in (?:his|her|their) words|put it|shared|agreed|vowed|promised|claimed|"
    r"(?:issued|released)\s+(?:the\s+following|a|this)\s+statement"
)
_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# An office that speaks for its holder: "the President said", "as the Prime Minister told".
_SPEAKING_OFFICE = (r"the\s+(?:[A-Z][\w-]*\s+){0,2}?(President|Prime\s+Minister|Minister|Secretary|Premier|Chancellor|"
                    r"Ambassador|Spokesperson|Spokesman)\s+(?:" + SPEECH_VERBS + r")\b")
_THE_OFFICE_SAID = re.compile(r"^[\s,.!?\"\u201d]*(?:as\s+)?" + _SPEAKING_OFFICE)
# 'as the President said yesterday, "..."': the office speaks, told before the quote.
_THE_OFFICE_SAID_BEFORE = re.compile(r"\b[Aa]s\s+" + _SPEAKING_OFFICE + r"(?:\s+\w+){0,2}[\s,:]*$")
_DASH_BYLINE = re.compile(r"[\s\"\u201d]*[\u2013\u2014-]{1,2}[ \t]*([^\n]{1,80})")
_BODY = (r"(?:\b(?:PMO|MFA|MEA|MOFA|MoFA|FCDO|DFAT|PIB)\b|\b[Tt]he\s+(?:[A-Z][\w'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}(?:Ministry|Department|Embassy|High\s+Commission|Government|"
         r"Office|Council|Commission|Secretariat|Agency|Bureau|Mission|Consulate|[Ss]tatement|[Cc]ommuniqu[e\u00e9]|[Dd]eclaration|"
         r"[Rr]eadout|[Pp]ress\s+release|White\s+House|Kremlin|Pentagon)\b(?:\s+(?:[A-Z][\w'-]*|of|for|and|the))*)")
# (A body's acronym speaks for it too: '"...," said PMO.')
_BODY_SAID = re.compile(_BODY + r"\s+(?:" + SPEECH_VERBS + r"|read|reads)\b[^\u201c\"]*$")
# '"...," the Indian High Commission tweeted', '"...," the Ministry of Foreign Affairs, Bangladesh, said',
# '"...," reports the press release': a body speaks, no person.
_BODY_SAID_AFTER = re.compile(r"^[\s,.!?\"\u201d]*(?:(?:reports|reads|says|said)\s+" + _BODY + r"|" + _BODY
                              + r"(?:,\s*[A-Z][\w'\u2019 -]{0,30},)?\s+(?:also\s+)?(?:" + SPEECH_VERBS + r"|read|reads)\b)")
I_SAID = re.compile(r"[\s,.!?\"\u201d]*I\s+(?:" + SPEECH_VERBS + r")\b")
# 'I said to President Widodo, "..."': the one who says "I" speaks, not the one addressed.
I_SAID_BEFORE = re.compile(r"\bI\s+(?:" + SPEECH_VERBS + r")\b[^.!?\u201c\"]{0,80}[\u201c\"]?$")
PLURAL = re.compile(
    r"\b(?:the\s+two\s+(?:leaders|presidents|prime\s+ministers|(?:foreign\s+)?ministers|sides|countries|delegations|heads)"
    r"|both\s+(?:leaders|sides|ministers|presidents|countries|delegations)"
    r"|the\s+(?:leaders|ministers|presidents|sides|delegations)|they)\b",
    re.IGNORECASE,
)
_TERM_CUE = re.compile(r"(?:so-called|so called|termed|dubbed|known as|called|named|titled|the term|the word|slogan)\s*$"
                       r"|\blabell?ed\s+(?:\w+\s+)?as\s*$"  # ("the Economist labeled him as \"...\"")
                       # a theme, and the title of a resolution or report: "theme for World Refugee Day, \"...\""
                       r"|\b(?:theme|motto|slogan|tagline)\b[^.\u201c\u201d\"]{0,80}?(?:\b(?:is|was|will\s+be)\s*,?|[,:])\s*$"
                       r"|\b(?:resolution|report|declaration|initiative|campaign|strategy|programme|program)\s+(?:on|entitled)\s*$",
                       re.IGNORECASE)
_RUN_ON = re.compile(r"\u201c([^\u201c\u201d]{1,3000})$")
_PAIR = re.compile(r"\u201c([^\u201c\u201d]{1,3000}?)\u201d|\"([^\"]{1,3000}?)\"|\u201e([^\u201c\u201d]{1,3000}?)\u201c")

CHANNELS = [
    ("x", re.compile(r"\b(?:on|via)\s+(?:social media platform\s+)?X\b|\bposts? on X\b|\btweet(?:ed|s)?\b|\bTwitter\b|\bwrote on X\b")),
    ("joint_statement", re.compile(r"\bjoint (?:statement|declaration|communiqu[eé])\b", re.IGNORECASE)),
    ("press_conference", re.compile(r"\bpress conference\b|\bpress briefing\b|\bmedia briefing\b|\btold (?:reporters|journalists|the media)\b|\bjoint press\b", re.IGNORECASE)),
    ("interview", re.compile(r"\binterview\b", re.IGNORECASE)),
    ("speech", re.compile(r"\b(?:speech|address(?:ing|ed)?|lecture|keynote|speaking at|told the (?:gathering|audience|conference|forum))\b", re.IGNORECASE)),
    ("social_media", re.compile(r"\bsocial media\b|\bFacebook\b|\bInstagram\b|\bTelegram\b", re.IGNORECASE)),
    ("statement", re.compile(r"\bstatement\b|\bpress release\b|\breadout\b", re.IGNORECASE)),
    ("remarks", re.compile(r"\bremarks\b", re.IGNORECASE)),
]


@dataclass
class QuoteFind:
    start: int  # of the words, without marks (clean offsets)
    end: int
    sentence: Span
    speaker_mention: Mention | None
    channel: str | None
    doubt: str | None = None  # why the speaker may be wrong, for editors


def _channel(text: str) -> str | None:
    for name, pat in CHANNELS:
        if lead_checked(pat).search(text):
            return name
    return None


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a].isspace():
        a += 1
    while b > a and (s[b - 1].isspace() or s[b - 1] == ","):
        b -= 1
    return a, b


# A straight mark at a line start or after a space, bracket or dash, before a word. (Written
# mark first, what stands before it looked at from behind: re then jumps from mark to mark.)
_OPENING_STRAIGHT = re.compile(r'"(?:(?<=^")|(?<=[\s(\[\u2014\u2013-]"))(?=\S)', re.MULTILINE)
FIRST_PERSON = re.compile(r"\b(?:I|my|My|we|We|our|Our|us)\b")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|my|me)\b")  # ("I'm", "I've" too: one speaker, not a delegation's "we")
_INTRO_CUE = re.compile(r"\battribut(?:able|ed)\s+to\b|\bquotes?\s+(?:from|by)\b|\bon\s+behalf\s+of\b|\bstatement\s+from\b", re.IGNORECASE)


# A quote in single marks, as British and South Asian releases write them: \u2018We will ...\u2019 or
# 'We will ...'. An apostrophe inside ("Lanka\u2019s") is followed by a letter; the closing mark is not.
_SINGLE_QUOTED = re.compile(r"[\u2018'](?:(?<=^[\u2018'])|(?<=[\s(\[\u2014\u2013-][\u2018']))(?=[A-Za-z])((?:[^\u2018\u2019'\"\u201c\u201d\n]|[\u2019'](?=[A-Za-z]))"
                            r"{15,1500}?[\w.,!?;])[\u2019'](?![A-Za-z])", re.MULTILINE)


def pair_marks(s: str) -> str:
    """The text with every double quote mark made curly by its position, so that releases
    that mix straight and curly marks (\u201c...") pair up; a paragraph with no double marks
    has its single-quoted words marked the same way. Offsets do not change."""
    t = s
    if '"' in s:
        t = _OPENING_STRAIGHT.sub("\u201c", s).replace('"', "\u201d")
    if "\u2018" in t or "'" in t:
        t = _SINGLE_QUOTED.sub(_as_double, t)
    return t


def _as_double(m: re.Match) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    line_end = m.string.find("\n", m.end())
    line = m.string[line_start : line_end if line_end >= 0 else len(m.string)]
    if "\u201c" in line or "\u201d" in line:
        return m.group()  # the paragraph quotes in double marks: single ones are quotes within quotes
    if not (_VERB.search(m.string, max(line_start, m.start() - 60), m.start())
            or _VERB.search(m.string, m.end(), min(m.end() + 40, line_start + len(line)))):
        return m.group()  # ("Hani \u2018Abd-al-Majid ...": a transliteration's mark; no one says it)
    return "\u201c" + m.group(1) + "\u201d"


@dataclass
class Block:
    """Paragraphs after an introduction such as 'Minister X said:' or 'Quotes attributable to X:'."""
    start: int
    end: int
    speaker: Mention | None


def quote_blocks(text: Text, named: list[Mention], marks: str) -> list[Block]:
    s = text.clean
    named_ix = Index(named)
    out: list[Block] = []
    lines = text.lines
    for k, para in enumerate(lines):
        if para.end - para.start > 300 or not (s.endswith(":", para.start, para.end) or s.find("ttributable", para.start, para.end) >= 0
                                                 or s.find("uote", para.start, para.end) >= 0):
            continue
        chunk = s[para.start : para.end]
        # "Minister X said:" introduces words; "Quotes attributable to X" (colon or not) too.
        cue = _INTRO_CUE.search(chunk)
        said = chunk.endswith(":") and _VERB.search(chunk) and not cue
        if not (said or (cue and cue.start() < 40)):
            continue
        people = named_ix.within(para.start, para.end)
        speaker = people[0] if people else None
        if speaker is None:
            continue
        end = para.end
        run_on = False  # a quote that opened in the last paragraph and has not closed goes on in this one
        for nxt in lines[k + 1 :]:
            body = marks[nxt.start : nxt.end]
            opens_quote = body.startswith("\u201c")
            # Unmarked words (gov.uk prints quotes as plain paragraphs) only after "X said:",
            # and only in the first person, not a narrative paragraph about someone.
            spoken = (said and "\u201c" not in body and FIRST_PERSON.search(body)
                      and not named_ix.within(nxt.start, min(nxt.end, nxt.start + 60)))
            if opens_quote or spoken or (run_on and "\u201c" not in body and not body.rstrip().endswith(":")
                                         and not _INTRO_CUE.search(body, 0, 60)):
                end = nxt.end
                run_on = body.rfind("\u201c") > body.rfind("\u201d") or (run_on and "\u201d" not in body)
                continue
            break
        if end > para.end:
            out.append(Block(para.end, end, speaker))
    return out


def _is_name_in_quotes(words: list[str]) -> bool:
    """'Japan-Australia Friends of the New Colombo Plan', 'Proactive Contribution to Peace':
    a title or a name in quote marks, not words someone said."""
    if len(words) > 12:
        return False
    caps = [w for w in words if w[:1].isupper()]
    small = [w for w in words if w in {"of", "the", "and", "for", "to", "in", "on", "a", "an", "&"}]
    return len(words) <= 12 and len(caps) + len(small) == len(words) and len(caps) >= 2 and not words[-1].endswith((".", "!", "?"))


def _unmarked(text: Text, block: Block, marks: str) -> list[tuple[int, int]]:
    """Runs of paragraphs in a block that carry no quote marks: one quote each run."""
    runs: list[tuple[int, int]] = []
    for para in text.lines:
        if para.start < block.start or para.end > block.end:
            continue
        if "\u201c" in marks[para.start : para.end]:
            continue
        end = para.end - 1 if marks[para.end - 1 : para.end] == "\u201d" else para.end  # (a run-on's closing mark)
        if runs and not marks[runs[-1][1] : para.start].strip():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((para.start, end))
    return runs


def find_quotes(text: Text, mentions: list[Mention]) -> list[QuoteFind]:
    s = text.clean
    marks = pair_marks(s)
    inside = Taken((m.start(), m.end()) for m in _PAIR.finditer(marks))
    named = [m for m in mentions if m.person is not None and inside.free(m.start, m.end)]
    named_ix = Index(named)
    subjects = _subjects(text, named)
    out: list[QuoteFind] = []
    blocks = quote_blocks(text, named, marks)
    for block in blocks:
        for a, b in _unmarked(text, block, marks):
            out.append(QuoteFind(a, b, text.sentence_at(a), block.speaker, _channel(s[block.start - 300 : block.start]),
                                 "paragraphs without quote marks, read as the words of the introduction's speaker"))
    carry: Mention | None = None  # who speaks in the paragraphs just before
    carry_from: Span | None = None  # or the narrative paragraph that may name them ("X said ...")
    pending: list[QuoteFind] = []  # quotes running on into the next paragraph, no speaker yet
    for para in text.lines:
        # A paragraph that is only a quote ("\u201cWe are committed ...\u201d") goes on with the
        # speaker of the paragraph before: a quote run on, or "X said the contract ...".
        if marks.find("\u201c", para.start, para.end) < 0 and marks.find("\u201e", para.start, para.end) < 0:
            carry, carry_from = None, para  # no quote here (what the steps below come to, read cheaply)
            continue
        body = marks[para.start : para.end]
        # (marks holds no straight mark: a paragraph with no opening one holds no quote.)
        opens = "\u201c" in body
        pairs = list(_PAIR.finditer(marks, para.start, para.end)) if opens or "\u201e" in body else []
        # (A paragraph that opens a quote and never closes it is all quote: it runs on.)
        outside = "" if body.startswith("\u201c") and "\u201d" not in body else _PAIR.sub("", body) if pairs else body
        bare = body.startswith("\u201c") and not _VERB.search(outside)
        if bare and carry_from is not None:
            carry = _sayer(text, carry_from, named_ix) or _sole_subject(text, carry_from, para, named_ix)
            carry_from = None
        # A quote that runs on into the next paragraph opens each paragraph and closes only the
        # last: "X said, \u201cThese commitments ..." with no closing mark goes to the paragraph's end.
        if opens:
            pairs += list(_RUN_ON.finditer(marks, pairs[-1].end() if pairs else para.start, para.end))
        in_block = next((bl for bl in blocks if bl.start <= para.start and para.end <= bl.end), None)
        for idx, m in enumerate(pairs):
            g = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
            a, b = _trim(s, m.start(g), m.end(g))
            if a >= b:
                continue
            words = s[a:b].split()
            prev_end = pairs[idx - 1].end() if idx else para.start
            next_start = pairs[idx + 1].start() if idx + 1 < len(pairs) else para.end
            before = s[prev_end : m.start()]
            after = s[m.end() : next_start]
            sent = text.sentence_at(m.start())
            sent_text = s[sent.start : max(sent.end, m.end())]
            if _TERM_CUE.search(before):
                continue
            verb_near = bool(_VERB.search(after[:80]) or _VERB.search(before[-120:]) or
                             (idx and _VERB.search(s[pairs[idx - 1].end() : m.start()])))
            if (len(words) < 4 and not verb_near) or _is_name_in_quotes(words) or len(words) == 1:
                continue
            recent = out[-1] if out else None
            speaker = _speaker(text, m.start(), m.end(), after, before, named_ix, subjects, recent)
            doubt = None if speaker is not None else "no speaker found"
            if in_block is not None and not _VERB.search(after[:80]):
                speaker = in_block.speaker  # the introduction names who speaks
                doubt = None
            elif bare and carry is not None and not _bylined(after, m.end(), named_ix):
                speaker, doubt = carry, "speaker taken from the paragraph before"
            elif speaker is not None and not named_ix.within(sent.start, max(sent.end, m.end())):
                doubt = "speaker named in an earlier sentence"
            ctx_start = text.sentence_at(max(para.start, sent.start - 1)).start if sent.start > para.start else para.start
            channel = _channel(s[ctx_start : m.end() + len(after[:120])])
            out.append(QuoteFind(a, b, sent, speaker, channel, doubt))
            if pending and pending[-1] is not out[-1] and speaker is not None and idx == 0 and body.startswith("\u201c"):
                for q in pending:  # '"...¶"..., " X said.': the paragraphs run on to X's words
                    q.speaker_mention, q.doubt = speaker, "speaker named where the quote closes"
            pending = [out[-1]] if speaker is None and m.re is _RUN_ON and out[-1].start == a else []
        if pairs:
            carry = out[-1].speaker_mention if out and out[-1].start >= para.start else carry
            carry_from = None
        else:
            carry, carry_from = None, para  # read only if a bare quote follows
    _named_next(text, out, marks, named_ix)
    return _without_terms(text, out)


_WORDS_OF = re.compile(r"\b(?:words|message|remarks)\s+of\b|\bsaid\s+by\b", re.IGNORECASE)


def _named_next(text: Text, found: list[QuoteFind], marks: str, named_ix: Index) -> None:
    """A paragraph that is only a quote, with no one named before it: the next paragraph says
    whose words they were ("These were the words of Minister X ...", "Minister X said the deal
    ...")."""
    s = text.clean
    for q in found:
        if q.speaker_mention is not None:
            continue
        para = text.paragraph_at(q.start)
        if not marks.startswith("\u201c", para.start) or _PAIR.sub("", marks[para.start : para.end]).strip(" \u201c\u201d"):
            continue  # not a paragraph of quotation alone
        if named_ix.within(0, para.start) and any(f.start < q.start and f.speaker_mention is not None for f in found):
            continue  # a quote run on from someone already speaking is told elsewhere
        nxt = text.paragraph_at(para.end + 1) if para.end + 1 < len(s) else None
        k = para.end
        while nxt is not None and nxt.start == nxt.end and k < len(s):
            k += 1
            nxt = text.paragraph_at(k)
        if nxt is None or nxt.start <= para.start or "\u201c" in marks[nxt.start : nxt.end]:
            continue
        first = text.sentence_at(nxt.start)
        words_of = _WORDS_OF.search(s, first.start, first.end)
        who = named_ix.within(words_of.end(), first.end)[:1] if words_of else [m for m in [_sayer(text, nxt, named_ix)] if m]
        if who:
            q.speaker_mention, q.doubt = who[0], "speaker named in the next paragraph"


def _without_terms(text: Text, found: list[QuoteFind]) -> list[QuoteFind]:
    """A scare quote, a slogan or a title in quotation marks ("one China", "Never again") is no
    quote, unless the sentence says someone said it or it goes on a quote split by "he said"."""
    out, last_end = [], None
    for qf in found:
        # '"We will deepen ties," he said, "and open markets."': the fragment goes on the quote.
        continued = (last_end is not None and 0 <= qf.start - last_end < 60 and last_end >= qf.sentence.start
                     and _VERB.search(text.clean, last_end, qf.start) is not None)
        last_end = qf.end
        framed = _SAID_BEFORE.search(text.clean, qf.sentence.start, qf.start) is not None
        quoted = text.raw_text(qf.start, qf.end)
        # '"Japan is back," Prime Minister Abe declared': a speaker's comma inside the mark, then who said it.
        framed = framed or (_SPOKEN_CLOSE.match(text.clean, qf.end) is not None and qf.speaker_mention is not None
                            and _SAID_AFTER.match(text.clean, qf.end + 2, qf.end + 80) is not None)
        if _title_cased(quoted):
            continue  # a title, even where someone speaks of it ("... the order \"Blocking Property ...\"")
        if continued or framed or _said(quoted):
            out.append(qf)
    return out


_TITLE_WORD = re.compile(r"[A-Z]")
_SPOKEN_CLOSE = re.compile(r"[,!?][\u201d\"]")
_SAID_AFTER = re.compile(r"[\s\u201d\"]*(?:(?:[\w'\u2019-]+|[A-Z]\.)\s+){0,6}?(?:" + SPEECH_VERBS + r")\b", re.IGNORECASE)
# 'said the talks had been "frank and productive."': a fragment someone is said to have said.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated|described|called\s+(?:it|them|the\s+\w+))\b[^;:\u201c\u201d\"]*[\u201c\"]?$")


def _said(quoted: str) -> bool:
    """Words someone said, rather than a term, a slogan or a title put in quotation marks: at least
    four words; a fragment of fewer than six ("as soon as possible") does not open with a capital;
    a title ("Blocking Property With Respect to the Situation in Burma") capitalises its words."""
    words = quoted.strip(" \"'\u201c\u201d\u2018\u2019").split()
    if len(words) < 4 or (len(words) < 6 and not words[0][:1].isupper()):
        return False
    return not _title_cased(quoted)


def _title_cased(quoted: str) -> bool:
    """"Blocking Property With Respect to the Situation in Burma", "100 Most Important Americans of
    the 20th Century": every longer word capitalised, as titles are and sentences are not."""
    long_words = [w for w in (w.strip(".,:;!?()\"'\u201c\u201d\u2018\u2019") for w in quoted.split())
                  if len(w) > 3 and not any(c.isdigit() for c in w)]
    return len(long_words) >= 3 and all(_TITLE_WORD.match(w) for w in long_words)




def _sayer(text: Text, para: Span, named_ix: Index) -> Mention | None:
    """'Minister X said the contract covers ...': the person named before the speech verb."""
    first = text.sentence_at(para.start)
    said = _VERB.search(text.clean, first.start, first.end)
    people = named_ix.within(first.start, said.start()) if said else []
    return people[0] if people else None


def _sole_subject(text: Text, para: Span, quote_para: Span, named_ix: Index) -> Mention | None:
    """'Mr X is responding to reports ...' then a paragraph in the first person with no one said to
    say it: the words are X's, when X opens that paragraph and is the only person it names."""
    people = named_ix.within(para.start, para.end)
    if not people or len({m.person.id for m in people}) > 1 or not FIRST_PERSON_SINGULAR.search(text.clean, quote_para.start, quote_para.end):
        return None
    first = text.sentence_at(para.start)
    return people[0] if people[0].start - first.start <= 12 else None


def _holds(title: str, head: str) -> bool:
    """"the Minister said" is said by a "State Minister" or a "Minister of Finance"."""
    return title.endswith(head) or f"{head} of " in title or f"{head} for " in title


def _bylined(after: str, qb: int, named: Index) -> Mention | None:
    """'"This is a historic moment." \u2013 President X': the name after the dash signs the quote."""
    dash = _DASH_BYLINE.match(after)
    cands = named.within(qb + dash.start(1), qb + dash.end(1)) if dash else []
    return cands[0] if cands else None


# "the Chinese foreign ministry spokesperson said", "a lieutenant wrote", "...," the minister said:
# a sayer told by a common noun, no name, is no one the text names (an office in capitals is, below).
_UNNAMED_SAYER = r"\b(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?(?!(?:and|or|but|who|which|that)\s)(?-i:[a-z][\w-]*)\s+(?:also\s+|then\s+|once\s+)?(?:" + SPEECH_VERBS + r")\b"
_UNNAMED_BEFORE = re.compile(_UNNAMED_SAYER + r"[^.;!?\u201c\u201d\"]*[\u201c\"]?$", re.IGNORECASE)
_UNNAMED_AFTER = re.compile(r"^[\s,.!?\"\u201d]*" + _UNNAMED_SAYER, re.IGNORECASE)
# "President Carter said this:", not "standing between President Sadat and President Begin": the
# name right before the verb is its subject.
_VERB_NEXT = re.compile(r"\s+(?:(?:also|then|once|later|simply|basically)\s+)?(?:" + SPEECH_VERBS + r")\b")


def _speaker(text: Text, qa: int, qb: int, after: str, before: str, named: Index, subjects: Index,
             recent: QuoteFind | None = None) -> Mention | None:
    """recent: the quote before this one, whose speaker a "he said" may be."""
    s = text.clean

    def referent() -> Mention | None:
        # "he", "she": the last subject, or the speaker of a quote told since ("who as X said, '...'.
        # It's about, as he said, '...'" is X, though X was no sentence's subject).
        last = subjects.last_before(qa)
        if recent is not None and recent.speaker_mention is not None and (last is None or last.start < recent.start):
            return recent.speaker_mention
        return last

    sent = text.sentence_at(qa)
    lo = max(sent.start, qa - len(before))
    seg = s[lo:qa]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0][:120]
    # 1. "...," the minister said / said Souza / Souza added -- when nothing before speaks
    if I_SAID.match(clause) or I_SAID_BEFORE.search(seg):
        return None  # '"We will not waver," I told him': the text's own author speaks
    # (A quote that closes its paragraph may be signed on the next line: "– Secretary X, January 27".)
    byline = _bylined(after if after.strip() else s[qb : qb + 120], qb, named)
    if byline is not None:
        return byline
    if _BODY_SAID.search(seg) and not named.within(lo, qa):
        return None  # 'In a statement, the Ministry of Foreign Affairs said, "..."': no person speaks
    office = _THE_OFFICE_SAID.search(clause) or _THE_OFFICE_SAID_BEFORE.search(seg)
    if office:
        # '"...," as the President said': whoever holds that office here, or no one named.
        head = office.group(1).lower()
        holders = [m for m in named.items if m.start < qa and any(_holds(t.lower(), head) for t in m.person.titles)]
        if not holders:
            return None
        unnamed = re.search(r"\bthe\s+" + re.escape(office.group(1)) + r"\b(?!\s+[A-Z])", s)
        if unnamed and unnamed.start() < holders[0].start:
            return None  # "the President" spoken of before any President is named is someone else
        return holders[-1]
    if not _VERB.search(seg) and _VERB.search(clause):
        cands = named.within(qb, qb + len(clause) + 200)
        # '..., he said after meeting Prime Minister X': who is met after the saying does not say it
        cut = _SAID_THEN.search(clause)
        cands = [m for m in cands if m.start < qb + (cut.end() if cut else len(clause))]
        if cands:
            return cands[0]
        if PLURAL.search(clause) or _UNNAMED_AFTER.match(clause) or _BODY_SAID_AFTER.match(clause):
            return None
        if _PRONOUN.search(clause) or not seg.strip():
            return referent()
    # 2. Souza said: "..." / Souza, who met Lula, said "..." -- the subject, named first
    if seg.strip() == "" and lo > 0:
        lo = text.sentence_at(max(0, lo - 2)).start
        seg = s[lo:qa]
    cands = named.within(lo, qa)
    unnamed = _UNNAMED_BEFORE.search(seg)
    if cands and unnamed and cands[-1].end <= lo + unnamed.start():
        return None  # "SECRETARY X: Then a Russian soldier said ...": the sayer comes after the names
    if cands:
        acc = re.search(r"according to\s+(?:the\s+)?$", s[max(lo, cands[-1].start - 20) : cands[-1].start])
        if acc:
            return cands[-1]
        return next((m for m in reversed(cands) if _VERB_NEXT.match(s, m.end)), cands[0])
    if PLURAL.search(seg) or unnamed:
        return None  # both leaders, the two sides, a spokesperson: no single named speaker
    # 3. "he wrote", or no subject at all: the last person who was a sentence's subject.
    if _PRONOUN.search(clause) or _PRONOUN.search(seg) or _VERB.search(clause) or _VERB.search(seg):
        return referent()
    return None


# Where the words after a quote end: not at a style's or an initial's stop ('," said Dr. Samaratunga').
_CLAUSE_END = re.compile(r"[;!?]|(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bHon)(?<!\bGen)(?<!\bCol)"
                         r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bAmb)(?<!\bLt)(?<!\bMaj)(?<!\bCapt)(?<!\bSt)(?<!\bVen)\.")
_SAID_THEN = re.compile(r"\b(?:said|says|added|told\s+\w+|stated|noted|remarked|wrote|tweeted|posted)\s+(?:after|following|before|during|upon|on|while|when|at|in)\b")
_OBJECT_CUE = re.compile(r"\b(?:with|meet|met|meets|meeting|to|by|on|and|from|for)\b", re.IGNORECASE)


def _subjects(text: Text, named: list[Mention]) -> Index:
    """The person a sentence opens with, its subject: who a later "he" or "she" most likely is.
    A person named after "met with" or "by" is an object, not the subject."""
    first: dict[int, Mention] = {}
    for m in named:
        start = text.sentence_at(m.start).start
        if start in first:
            continue
        head = text.clean[start : m.start]
        if m.title:  # (the office's own words, "Under Secretary of State for ...", are no object cue)
            k = head.find(m.title.split()[0])
            head = head[:k] if k >= 0 else head
        if len(head) <= 60 and not _OBJECT_CUE.search(head):
            first[start] = m
        else:
            first[start] = None  # the sentence has another subject
    return Index(m for m in first.values() if m is not None)


def _last_subject(text: Text, named: list[Mention], pos: int) -> Mention | None:
    """The latest mention before pos that is the first person named in its sentence."""
    return _subjects(text, [m for m in named if m.end <= pos]).last_before(pos)
