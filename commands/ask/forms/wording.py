"""The article's own words, asked for: "what word does the herts piece use
for the G4S Olympics mess?", "what phrase did Lloyd use about the contract?".

Asked for wording, an answer in our own words is no answer: the record that
best covers what is described is shown in the words its article printed (a
direct quote as spoken, else the sentence the record rests on).
"""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask.forms.entry import Entry, reread
from commands.ask.pipeline import COVER_MIN, Ask
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Aim, Only, rank
from commands.ask.reading import Reading
from commands.ask.render import not_found
from commands.format import citations, quote_text
from knowledge.analysis import terms

_NOUN = r"(?:word|words|term|terms|phrase|phrases|expression|wording|language|label|description)"
_USES = r"(?:use|uses|used|using|choose|chose|pick|picked|give|gives|gave|apply|applies|applied)"
_FOR = r"(?:for|to describe|to refer to|about|to call|when describing|when talking about|of|to|on)"
_ASKED = re.compile(
    # "what word does the herts piece use for X", "which phrase did Lloyd use about X"
    rf"^(?:what|which) (?:exact |actual |precise )?{_NOUN} (?:does|do|did|is|was) (?P<who>.+?) {_USES} {_FOR} "
    r"(?P<what>.+)$"
    # "word the herts piece uses for X" (terse, no question word)
    rf"|^(?:the )?(?:exact |actual |precise )?{_NOUN} (?P<who2>.+?) {_USES} {_FOR} (?P<what2>.+)$"
    # "how does the article describe X", "what does the bbc call X", "what
    # kind of company does the article call X": the kind asked is the frame.
    r"|^(?:how|what(?: (?:kind|sort|type) of \w+)?) (?:does|do|did) (?P<who3>(?:the |that |this )?(?:\w+ ){0,2}?"
    r"(?:article|piece|story|report|bbc|paper)) (?:call|calls|describe|describes|word|words|put|refer to) "
    r"(?P<what3>.+)$"
    # "the herts article calls G4S the company behind what?" (read from the front).
    r"|^what (?P<who4>(?:the |that |this )?(?:\w+ ){0,2}?(?:article|piece|story|report|bbc|paper)) "
    r"(?:calls|called|describes|described) (?P<what4>.+)$"
)


# Every pattern above holds one of these words: most questions are let go on this one search.
_CUE = re.compile(rf"\b(?:{_NOUN}|call|calls|describe|describes|word|words|put|refer to)\b")


def _read(line: str, contrast: bool) -> Question | None:
    if not _CUE.search(line):
        return None
    if m := _ASKED.match(line):
        who = m["who"] or m["who2"] or m["who3"] or m["who4"]
        what = m["what"] or m["what2"] or m["what3"] or m["what4"]
        slot = _DESCRIBE if m["who3"] or m["who4"] else ""
        return Question(line, Form.WORDING, body(f"{who} {what}"), about=body(what), slot=slot)
    return None


_said = Only(kinds=("quote", "fact", "event"))
_DESCRIBE = "describe"  # "how does the article describe G4S"


def answer(ask: Ask, question: Question) -> Answer | Question:
    """The best-covering record, in its article's words. Asked how an
    article describes somebody or something it names, the description of
    what it names answers (the who-is form's); asked for a word for it, the
    record that names it does."""
    fb = ask.fb
    described = ask.read(question.about)
    named = _described_entity(ask, described) if question.slot == _DESCRIBE else ""
    if named:
        # "what kind of company does it call G4S", "calls G4S the company
        # behind what?": how the articles describe it is its own record's.
        return reread(f"what is {named}", _read)
    if question.slot == _DESCRIBE and described.units and all(u.mention is not None for u in described.units):
        return reread(question.text, _read)
    reading = ask.read(question.body)
    ranked = [s for s in rank(ask.qi, Aim(), reading, _said) if s.cover >= COVER_MIN]
    if not ranked:
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    best = ranked[0].item.id
    if best in fb.quotes:
        words = quote_text(fb, fb.quotes[best])
    else:
        record = fb.facts.get(best) or fb.events.get(best)
        basis = record.basis if record is not None else None
        if not basis:
            return not_found(fb, ask.echoed, reading.mentions)
        words = f"*The article:* “{basis}”"
    return Answer(title="In the article's words", body=words, citations=citations(fb, [best]), ids=(best,))


def _described_entity(ask: Ask, described: Reading) -> str:
    """The one person or thing named in what is described, when every other
    word of it is a word of that one's own description; else ""."""
    named = [t for m in described.mentions for t in m.targets if t in ask.fb.entities]
    if len(named) != 1:
        return ""
    entity = ask.fb.entities[named[0]]
    own = set(terms(f"{entity.role} {entity.basis or ''}"))
    rest = [u for u in described.units if u.mention is None]
    return entity.name if all(u.key in own or own & set(u.widened) for u in rest) else ""


ENTRIES = (Entry(Form.WORDING, _read, answer),)
