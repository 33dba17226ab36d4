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
from dataclasses import dataclass
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


_VERB = (
    r"(?:said|says|say|stated|states|claimed|claims|told\s+\w+(?:\s+\w+)?|tells\s+\w+|wrote|writes|added|adds"
    r"|insisted|insists|confirmed|confirms|declared|declares|remarked|tweeted|announced|explained|argued"
    r"|put\s+it|puts\s+it|was\s+quoted\s+(?:as\s+)?saying|is\s+quoted\s+(?:as\s+)?saying)"
)
_ADVERB = r"(?:(?:really|actually|apparently|once|also|then|reportedly|supposedly|famously|just|never)\s+)?"
_ASKING = r"(?:did|does|was\s+it\s+true\s+that|is\s+it\s+true\s+that)"
_ACCORDING = r"(?:according\s+to|per|in\s+the\s+words\s+of|quoting)"
_DASH = r"(?:\s[-~]+|\s*[–—―]+)"
_END = r"[\s.,;:!?]*"
# A name is short; bounding it also bounds the regex engine's backtracking.
_NAME = r"(?P<name>.{1,80}?)"
_NAME_NO_COMMA = r"(?P<name>[^,:]{1,80}?)"

# Before the quoted words: who is named, and nothing after the name but a verb.
_BEFORE = [
    _rx(rf"^(?:.*\s)?(?:did|does|was\s+it|is\s+it\s+true\s+that)\s+{_NAME}\s+{_ADVERB}(?:say|said)(?:\s+that)?{_END}$"),
    _rx(rf"^{_ACCORDING}\s+{_NAME}{_END}$"),
    # "X said", or reporting around the quoted words: "X said the firm was".
    _rx(rf"^(?:as\s+)?{_NAME}\s+{_ADVERB}{_VERB}(?:\s+that)?(?:\s+[^:]{{1,60}})?{_END}$"),
    _rx(r"^(?P<name>[^:]{1,80}?)\s*:\s*$"),
]
# After the quoted words.
_AFTER = [
    _rx(rf"^{_END}(?:[-~]+|[–—―]+)\s*{_NAME}{_END}$"),
    _rx(rf"^{_END}(?:said|says|according\s+to)\s+{_NAME}{_END}$"),
    _rx(rf"^{_END}{_NAME}\s+{_ADVERB}{_VERB}(?:\s+\w+){{0,4}}{_END}$"),  # ..., Lloyd told the BBC
    _rx(rf"^{_END}\((?P<name>[^()]{{1,80}})\){_END}$"),
    _rx(rf"^{_END}(?:did|does)\s+{_NAME}\s+{_ADVERB}say\s+(?:this|that|it){_END}$"),
]
# Between two quoted halves of one sentence: "We'd prefer," said X, "to be ...".
_BETWEEN = [
    _rx(rf"^{_END}(?:said|says|added|adds|continued)\s+{_NAME}{_END}$"),
    _rx(rf"^{_END}{_NAME}\s+(?:said|says|added|adds|continued){_END}$"),
]
# Without quotation marks: the claim and the name around it.
_SPLITS = [
    _rx(rf"^{_ASKING}\s+{_NAME}\s+{_ADVERB}(?:say|said)\s+(?:that\s+)?(?P<claim>.+?){_END}$"),
    _rx(rf"^{_ACCORDING}\s+{_NAME_NO_COMMA}\s*[,:]\s*(?P<claim>.+)$"),
    _rx(rf"^(?:as\s+)?{_NAME_NO_COMMA}\s+{_ADVERB}{_VERB}(?:\s+that)?\s*[,:]?\s+(?P<claim>.+)$"),
    _rx(r"^(?P<name>[^:]{1,80}?)\s*:\s*(?P<claim>.+)$"),
    _rx(rf"^(?P<claim>.+?){_DASH}\s*(?P<name>[^-–—―~]{{1,80}}?){_END}$"),
    _rx(rf"^(?P<claim>.+?),?\s+(?:said|says)\s+(?P<name>[^,]{{1,80}}?){_END}$"),
    _rx(rf"^(?P<claim>.+?),\s*(?P<name>[^,]{{1,80}}?)\s+(?:said|says){_END}$"),
    _rx(rf"^(?P<claim>.+?)\s*\((?P<name>[^()]{{1,80}})\){_END}$"),
]
_NAME_WORDS = 8  # longer than this, it is not a name
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


def prepare(text: str) -> str:
    """Cleaned, with straight quotes and no Discord markup."""
    return fold_quotes(clean(_MARKUP.sub(" ", clean(text))))


def _name(match: re.Match[str] | None) -> str:
    if match is None:
        return ""
    name = match.group("name").strip(" ,.;:!?\"'")
    return name if 0 < len(name.split()) <= _NAME_WORDS else ""


def _speaker_around(before: str, after: str) -> str:
    """The name in the rest of a message around its quoted words."""
    before, after = before.strip(), _TRAILING_QUESTION.sub("", after).strip()
    for pattern in _BEFORE:
        if before and (name := _name(pattern.match(before))):
            return name
    for pattern in _AFTER:
        if after and (name := _name(pattern.match(after))):
            return name
    return ""


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
        return Claim(words, speaker or _speaker_around(before, after), quoted=True)
    span = max(spans, key=lambda m: (len(m.group(1).split()), -m.start()))
    words = span.group(1).strip()
    before, after = text[: span.start()], text[span.end() :]
    speaker = _speaker_around(before, after)
    if len(words.split()) < _QUOTED_WORDS and not speaker and (before.strip() or after.strip(" .,;:!?")):
        return None
    return Claim(words, speaker, quoted=True)


def unquoted_claims(text: str) -> list[Claim]:
    """Ways to read a message without quotation marks: the claim with the
    name split off by each pattern that fits. The caller decides which name,
    if any, is a speaker."""
    text = _TRAILING_QUESTION.sub("", text).strip()
    out = []
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
