"""Finding the question in a message as people type it.

A chat message is not a clean question. It may be long and ramble before
it asks ("my mum's neighbour works in a control room ... what was the G4S
study about and when was it announced?"); it may ask two things at once;
it may not ask at all but state something and ask for a check ("the herts
deal covered herts, essex and beds yeah?"). Emoji, "lol", "tbh" and such
are dropped later, with every other filler word (knowledge/analysis.py):
they never decide what is asked.

`read_message` gives the question or questions to answer, and whether the
message is a claim to confirm or correct. Pure text work: no fact base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commands.ask.question import AUX, QUESTION_WORDS
from knowledge.analysis import words
from knowledge.text import clean

SHORT = 200  # characters: a message this short is one question, read whole
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Tags that ask for a check of what was just said ("..., right?"), before a
# comma, a question mark or the end.
_TAG = re.compile(
    r"(?:(?:,\s*|\s+)(?:right|yeah|yea|yep|innit|init|eh|or not|or nah|or what|"
    r"isn'?t (?:it|he|she|that)|aren'?t (?:they|we)|wasn'?t (?:it|he|she)|weren'?t they|didn'?t (?:they|he|she)|"
    r"don'?t they|doesn'?t (?:it|he|she)|is that (?:right|true|correct|so|it)|am i right|have i got that right|"
    r"did i get that right|yeah or no|true or false)|,\s*(?:yes|no|true|correct|ok|okay))\s*(?=[,?!.]|$)",
    re.IGNORECASE,
)
# Openings that introduce a claim to check rather than a question.
_CLAIM_LEAD = re.compile(
    r"^(?:(?:so|ok|okay|right|well|lol|and|but|wait)\s+)*(?:i (?:read|heard|saw|think|thought|reckon|was told)"
    r"(?: somewhere| online| that)*|someone (?:said|told me|says)|apparently|is it true (?:that)?|"
    r"my (?:mate|friend|mum|dad) (?:said|says)|people are saying|they say)\b[\s,]*",
    re.IGNORECASE,
)
# Where two questions are joined into one sentence ("X, and when is Y?").
_JOIN = re.compile(r",?\s+(?:and|but)\s+(?:if so,?\s+)?(?=(?:when|why|what|who|how|where|which)\b)", re.IGNORECASE)
_VERB_ENDINGS = ("ed",)
_TRAILING = re.compile(r"[^\w?]+$")  # emoji and the like after the last word or mark
_FINITE = frozenset({*AUX, "s", "re", "said", "says", "reckons", "thinks"})


@dataclass(frozen=True, slots=True)
class Message:
    """What a message asks."""

    questions: tuple[str, ...]  # the question or questions in it, as typed
    claim: bool = False  # a statement put for checking, not a question...
    tagged: bool = False  # ...said so outright ("right?", "I read that"), not only by a question mark


def read_message(text: str) -> Message:
    """The question(s) in a message, and whether it puts a claim for checking."""
    text = clean(text)
    if len(text) > SHORT:
        text = _question_sentence(text)
    text, tagged = _untag(text)
    lead = _CLAIM_LEAD.match(text)
    if lead and lead.end() < len(text):
        text, tagged = text[lead.end() :], True
    parts = [p.strip(" ,") for p in _JOIN.split(text) if p.strip(" ,")] or [text]
    asked = _TRAILING.sub("", text).endswith("?")
    claim = len(parts) == 1 and _states(parts[0], tagged=tagged, asked=asked)
    return Message(tuple(parts), claim, claim and tagged)


def _question_sentence(text: str) -> str:
    """In a long message, the sentence that asks: the last one ending in a
    question mark, else the last sentence."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    asked = [s for s in sentences if s.rstrip(" )").endswith("?")]
    return (asked or sentences or [text])[-1]


def _untag(text: str) -> tuple[str, bool]:
    """A message without its check tags, and whether it had any."""
    untagged = _TAG.sub("", text)
    return untagged.strip(" ,") or text, untagged != text


def _states(text: str, *, tagged: bool, asked: bool) -> bool:
    """Whether a sentence put with a tag ("right?") or a question mark is a
    statement to check: it asks no question word and does not open with an
    auxiliary (that is a yes/no question); put with a bare question mark, it
    must also have a verb ("olympics?" states nothing)."""
    found = words(text)
    while found and found[0] in ("so", "ok", "okay", "right", "well", "lol", "and", "but"):
        found = found[1:]
    if not (tagged or asked) or len(found) < 2 or found[0] in AUX or any(w in QUESTION_WORDS for w in found):
        return False
    return tagged or any(w in _FINITE or (len(w) > 4 and w.endswith(_VERB_ENDINGS)) for w in found)
