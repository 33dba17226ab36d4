"""Reading a message for the words it attributes and to whom.

    Lloyd said 'we'd prefer to be the masters of our own destiny'
    “We'd prefer to be the masters of our own destiny” - Sir Clive
    according to Unison, the decision was good news
    did john shaw really say "we firmly believe"?

With quotation marks, the quoted words are the claim and the rest of the
message may name a speaker. Without them, an attribution is split off only
by a pattern ("X said ...", "... - X"); whether X names anyone is decided
against the fact base by the caller, since "I have always said that I would
make my decision" is a quotation, not a claim about someone called "I have
always".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from knowledge.text import clean, fold_quotes

# Discord's markup for mentions, channels, custom emoji and timestamps: not words.
_MARKUP = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[a-zA-Z])?>")
# A double-quoted span; or a single-quoted one whose marks are not apostrophes
# (an apostrophe stands between letters: we'd, don't).
_DOUBLE = re.compile(r'"([^"]+)"')
_SINGLE = re.compile(r"(?<![\w'])'(?!\s)(.+?)(?<!\s)'(?![\w'])")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Verbs that give words to someone: said, reckons, wants to, was like, ...
_SAYING = (
    r"said|says|say|stated|states|claimed|claims|claim|told\s+\w+(?:\s+\w+)?|tells\s+\w+|wrote|writes|added|adds"
    r"|insisted|insists|confirmed|confirms|declared|declares|remarked|tweeted|tweets|posted|posts|announced"
    r"|announces|explained|explains|argued|argues|mentioned|stressed|warned|admitted|replied|responded"
    r"|commented|maintained|maintains|reckons|reckoned|reckon|wants\s+to|want\s+to|wanted\s+to"
    r"|called\s+it|calls\s+it|goes|went|(?:is|are|was|were|be)\s+like|put\s+it|puts\s+it"
    r"|was\s+quoted\s+(?:as\s+)?saying|is\s+quoted\s+(?:as\s+)?saying"
)
# ...and, around quoted words (never splitting a bare sentence: "We firmly
# believe that ..." is a quotation), verbs of opinion.
_THINKING = r"thinks|think|thought|believes|believe|believed|feels|feel|felt"
_VERB = rf"(?:{_SAYING})"
_ANY_VERB = rf"(?:{_SAYING}|{_THINKING})"
_ADVERB = (
    r"(?:(?:really|actually|apparently|once|also|then|reportedly|supposedly|famously|just|never|basically"
    r"|literally|definitely|allegedly|kind\s+of|sort\s+of|pretty\s+much|more\s+or\s+less)\s+)?"
)
# Between the verb and the quoted words: "said that", "say something like".
_LEADING = r"(?:\s+(?:that|something\s+like|stuff\s+like|words\s+to\s+the\s+effect\s+(?:of|that)|like))?"
_ASKING = r"(?:did|does|didn['’]?t|doesn['’]?t|was\s+it\s+true\s+that|is\s+it\s+true\s+that)"
_ACCORDING = r"(?:according\s+to|per|in\s+the\s+words\s+of|quoting|as\s+quoted\s+by)"
# What a possessive names: "Loader's line was", "G4S's words".
_LINE = r"(?:line|lines|words|quote|statement|response|comment|reaction|view|take|verdict|position|message)"
_DASH = r"(?:\s[-~]+|\s*[–—―]+)"
_END = r"[\s.,;:!?]*"
# A name is short, though a description may run to 90 characters ("the
# Leicestershire, Nottinghamshire and Northamptonshire police and crime
# commissioners"); bounding it also bounds the regex engine's backtracking.
_NAME = r"(?P<name>.{1,120}?)"
# A comment at either end of a message says nothing of who spoke: "lol",
# "fair enough", "apparently", an emoji.
_COMMENT = (
    r"(?:[^\w\s\"'()\[\]\-–—―~]+|\b(?:apparently|allegedly|supposedly|lol|lmao|haha|tbh|ngl|imo|fr|smh|ffs|though|tho"
    r"|innit|eh|mate|fair\s+enough|or\s+something|or\s+what|so|ok|okay|wait|hmm|yeah|right)\b)"
)
# Words before a name that ask or lead in: "did Lloyd say", "as Lloyd put it".
_LEAD_IN = _rx(
    r"^(?:(?:.*\s)?(?:did|does|didn['’]?t|doesn['’]?t|was\s+it\s+true\s+that|is\s+it\s+true\s+that)|as)\s+(?=\S)"
)
_TRAILING_COMMENT = _rx(rf"(?:\s*{_COMMENT})+\s*$")
_LEADING_COMMENT = _rx(rf"^\s*(?:{_COMMENT}\s*)+")

# Before the quoted words. A verb of saying anywhere: the words before it
# name the speaker (the caller takes the longest run of them that names
# someone, so "didn't the Leicestershire PCC say" names the PCC).
_VERB_BEFORE = _rx(rf"\b{_ADVERB}{_ANY_VERB}{_LEADING}(?:\s+[^:]{{1,60}})?{_END}$")
_BEFORE = [
    _rx(rf"^(?:.*\s)?{_ACCORDING}\s+{_NAME}{_END}$"),
    _rx(rf"^(?:as\s+)?{_NAME}['’]s\s+{_LINE}(?:\s+(?:was|is|were|are|here|reads))?{_END}$"),
]
_COLON = _rx(r"^(?P<name>[^:]{1,120}?)\s*:\s*$")
# After the quoted words.
_AFTER = [
    _rx(rf"^{_END}(?:[-~]+|[–—―]+)\s*{_NAME}{_END}$"),
    _rx(rf"^{_END}(?:said|says|according\s+to|per|from|by|via|courtesy\s+of)\s+{_NAME}{_END}$"),
    # "... is what the forces said", "... was G4S's line", "... is the line from Unison".
    _rx(
        rf"^{_END}(?:is|was|are|were|that['’]?s)\s+(?:what|how)\s+{_NAME}\s+{_ADVERB}{_ANY_VERB}(?:\s+\w+){{0,3}}{_END}$"
    ),
    _rx(rf"^{_END}{_NAME}\s+{_ADVERB}{_VERB}(?:\s+\w+){{0,4}}{_END}$"),  # ..., Lloyd told the BBC
    _rx(rf"^{_END}\((?P<name>[^()]{{1,120}})\){_END}$"),
    _rx(rf"^{_END}{_ASKING}\s+{_NAME}\s+{_ADVERB}say\s+(?:this|that|it){_END}$"),
    _rx(rf"^{_END}(?:is|was|are|were)\s+{_NAME}['’]s\s+{_LINE}{_END}$"),
    _rx(rf"^{_END}(?:is|was|are|were)\s+(?:the\s+|a\s+)?{_LINE}\s+(?:of|from|by)\s+{_NAME}{_END}$"),
]
# Between two quoted halves of one sentence: "We'd prefer," said X, "to be ...".
_BETWEEN = [
    _rx(rf"^{_END}(?:said|says|added|adds|continued)\s+{_NAME}{_END}$"),
    _rx(rf"^{_END}{_NAME}\s+(?:said|says|added|adds|continued){_END}$"),
]
# Without quotation marks: the claim and the name around it. A name may hold
# commas ("Leicestershire, Nottinghamshire and Northamptonshire PCCs"), so a
# name that comes first is tried at each comma it may end at, longest first;
# never past a verb of saying: in "Lloyd said I have still said that ...",
# "I have still" is the claim's, not the name's.
_NAME_FIRST = [
    # (what leads in, what ends the name, whether only its first occurrence does)
    (_rx(rf"^{_ACCORDING}\s+"), _rx(r"\s*[,:]\s*"), False),
    (_rx(r"^(?:as\s+)?"), _rx(rf"\s+{_ADVERB}{_VERB}(?:\s+that)?\s*[,:]?\s+"), True),
    (_rx(r"^(?:as\s+)?"), _rx(rf"['’]s\s+{_LINE}(?:\s+(?:was|is|were|are))?\s*[,:]?\s+"), True),
]
_SAYING_WORD = _rx(rf"\b{_VERB}\b")
_SPLITS = [
    _rx(rf"^{_ASKING}\s+{_NAME}\s+{_ADVERB}(?:say|said)\s+(?:that\s+)?(?P<claim>.+?){_END}$"),
    _rx(r"^(?P<name>[^:]{1,120}?)\s*:\s*(?P<claim>.+)$"),
    _rx(rf"^(?P<claim>.+?){_DASH}\s*(?P<name>[^-–—―~]{{1,120}}?){_END}$"),
    _rx(rf"^(?P<claim>.+?),?\s+(?:said|says)\s+(?P<name>[^,]{{1,120}}?){_END}$"),
    _rx(rf"^(?P<claim>.+?),\s*(?P<name>[^,]{{1,120}}?)\s+(?:said|says){_END}$"),
    _rx(rf"^(?P<claim>.+?)\s*\((?P<name>[^()]{{1,120}})\){_END}$"),
    _rx(rf"^(?P<claim>.+?),?\s+(?:is|was)\s+what\s+{_NAME}\s+{_ADVERB}{_VERB}{_END}$"),
]
_NAME_WORDS = 10  # longer than this, it is not a name
_QUOTED_WORDS = 3  # a quoted span this long is the claim whatever surrounds it
# "... who said this?" asks; it names no one and is not part of the claim.
_TRAILING_QUESTION = _rx(
    rf"{_END}\b(?:(?:who|whom)\s+(?:really\s+)?said\s+(?:this|that|it)|(?:is\s+)?(?:this|that)\s+real){_END}$"
)


@dataclass(frozen=True, slots=True)
class Claim:
    words: str  # the words to check, cleaned
    speaker: str = ""  # whom the message credits, as written; "" if no one
    quoted: bool = False  # the words were in quotation marks
    # Other readings of who is credited, in order of preference (the caller
    # takes the first that names someone), and the message's words outside
    # the quotation, where a party may be named without a pattern.
    names: tuple[str, ...] = field(default=(), compare=False)
    outside: str = field(default="", compare=False)


def prepare(text: str) -> str:
    """Cleaned, with straight quotes and no Discord markup."""
    return fold_quotes(clean(_MARKUP.sub(" ", clean(text))))


def _name(match: re.Match[str] | None) -> str:
    if match is None:
        return ""
    name = match.group("name").strip(" ,.;:!?\"'")
    return name if 0 < len(name.split()) <= _NAME_WORDS else ""


def _names_around(before: str, after: str) -> list[str]:
    """The names in the rest of a message around its quoted words, most
    likely first: each reading a pattern gives."""
    before = _LEADING_COMMENT.sub("", before).strip()
    after = _TRAILING_COMMENT.sub("", _TRAILING_QUESTION.sub("", after)).strip()
    out = []
    if before:
        out += [name for pattern in _BEFORE if (name := _name(pattern.match(before)))]
        # Each verb of saying, leftmost first: "Lloyd said the firm was" names Lloyd.
        position = 0
        while (verb := _VERB_BEFORE.search(before, position)) is not None:
            name = _LEAD_IN.sub("", before[: verb.start()]).strip(" ,.;:!?\"'")
            if 0 < len(name.split()) <= _NAME_WORDS:
                out.append(name)
            position = verb.start() + 1
        if name := _name(_COLON.match(before)):
            out.append(name)
    if after:
        out += [name for pattern in _AFTER if (name := _name(pattern.match(after)))]
    return list(dict.fromkeys(out))


def _spans(text: str) -> list[re.Match[str]]:
    """The double-quoted spans, else the single-quoted ones."""
    for pattern in (_DOUBLE, _SINGLE):
        spans = [m for m in pattern.finditer(text) if m.group(1).strip(" .,;:!?")]
        if spans:
            return spans
    return []


def _interrupted(text: str, spans: list[re.Match[str]]) -> tuple[str, str] | None:
    """(the quoted halves joined, the speaker) when a quotation is broken by
    "said X" between its halves, as newspapers write it."""
    if len(spans) < 2:
        return None
    speaker = ""
    for left, right in pairwise(spans):
        between = text[left.end() : right.start()]
        names = [_name(p.match(between)) for p in _BETWEEN]
        name = next((n for n in names if n), "")
        if not name or (speaker and name != speaker):
            return None
        speaker = name
    return " ".join(m.group(1).strip() for m in spans), speaker


def quoted_claim(text: str) -> Claim | None:
    """The claim in a message's quotation marks, with the speaker it names;
    None when nothing is quoted, or only a word or two inside a sentence
    that names no one (scare quotes: a "strategic alliance")."""
    spans = _spans(text)
    if not spans:
        return None
    before, after = text[: spans[0].start()], text[spans[-1].end() :]
    interrupted = _interrupted(text, spans)
    if interrupted is not None:
        words, speaker = interrupted
        names = list(dict.fromkeys([speaker, *_names_around(before, after)]))
        return Claim(words, names[0], quoted=True, names=tuple(names), outside=" ".join(f"{before} {after}".split()))
    span = max(spans, key=lambda m: (len(m.group(1).split()), -m.start()))
    words = span.group(1).strip()
    before, after = text[: span.start()], text[span.end() :]
    names = _names_around(before, after)
    speaker = next(iter(names), "")
    if len(words.split()) < _QUOTED_WORDS and not speaker and (before.strip() or after.strip(" .,;:!?")):
        return None
    return Claim(words, speaker, quoted=True, names=tuple(names), outside=" ".join(f"{before} {after}".split()))


def unquoted_claims(text: str) -> list[Claim]:
    """Ways to read a message without quotation marks: the claim with the
    name split off by each pattern that fits, a name that comes first at each
    place it may end. The caller decides which name, if any, is a speaker."""
    text = _TRAILING_QUESTION.sub("", text).strip()
    out = []
    for lead, ending, first_only in _NAME_FIRST:
        start = lead.match(text)
        if start is None:
            continue
        ends = list(ending.finditer(text, start.end()))
        for end in ends[:1] if first_only else reversed(ends):
            name = text[start.end() : end.start()].strip(" ,.;:!?\"'")
            claim = text[end.end() :].strip(" \"'")
            if claim and 0 < len(name.split()) <= _NAME_WORDS and not _SAYING_WORD.search(name):
                out.append(Claim(claim, name))
    for pattern in _SPLITS:
        match = pattern.match(text)
        if match and (name := _name(match)):
            claim = match.group("claim").strip(" \"'")
            if claim:
                out.append(Claim(claim, name))
    return out


def whole(text: str) -> Claim:
    """The whole message as the claim, crediting no one."""
    return Claim(_TRAILING_QUESTION.sub("", text).strip(" \"'"))
