"""How somebody reacted: their own reaction records only, not another's
reaction to the same decision."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, described, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import records
from commands.ask.render import not_found
from commands.ask.verdict import THE_EVENT
from commands.format import echo
from knowledge.analysis import words

_HOW = re.compile(
    r"^how (?:did|does|do|has|have|is|was|were|are) (?P<speaker>.+?) "
    r"(?:react|reacted|reacting|respond|responded|responding|feel|feeling|felt|reply|replied|"
    r"take it|take the news|(?P<take>take|took|taken|taking))"
    r"(?: (?:to|about|over|on) (?P<about>.+?)| (?P<object>.+?))?$"
)
_WHAT = re.compile(
    r"^what (?:was|is|were|are) (?:(?P<speaker>.+?) s |the )?(?:reaction|response|reactions|responses)"
    r"(?: (?:of|from) (?P<speaker2>.+?))?(?: (?:to|on|about) (?P<about>.+?))?$"
)


# Nobody in particular: a pronoun or "people", with no name to say whose reaction.
_ANYONE = re.compile(r"^(?:they|them|people|anyone|anybody|everyone|everybody|folks?)$")


# "What did Unison make of the decision?": what they made of it is how they took it.
_MAKE_OF = re.compile(r"^what (?:did|does|do|has|have|had) (?P<speaker>.+?) (?:make|made) of (?P<about>.+)$")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _MAKE_OF.match(line):
        speaker, about = body(m["speaker"]), body(m["about"])
        return Question(line, Form.REACTION, f"{speaker} {about}".strip(), speaker, about)
    if (m := _HOW.match(line)) and (m["object"] is None or m["take"]):
        # "how did g4s take losing the deal": what was taken is what they reacted to.
        speaker, about = body(m["speaker"]), body(m["about"] or m["object"])
        return Question(line, Form.REACTION, f"{speaker} {about}".strip(), speaker, about)
    if m := _WHAT.match(line):
        speaker, about = body(m["speaker"] or m["speaker2"]), body(m["about"])
        return Question(line, Form.REACTION, f"{speaker} {about}".strip(), speaker, about)
    return None


def _answer(ask: Ask, question: Question) -> Answer | Question:
    # "How did G4S react to the decision?": every reaction is to the story's
    # event, which says which story, not which reaction.
    reading = ask.read(question.body)
    rest = tuple(u for u in reading.units if u.mention is not None or u.key not in THE_EVENT)
    if rest and len(rest) < len(reading.units):
        reading = replace(reading, units=rest)
    said = ask.read(question.speaker) if question.speaker else None
    if said is not None and _ANYONE.match(question.speaker):
        # "What did they make of it?": several reacted, and "they" says not whose.
        lacking = f"More than one reaction is given; {echo(question.speaker, 20)} says not whose: name them."
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    if said is not None and not said.mentions and any(w in ask.qi.publishers for w in words(question.speaker)):
        # "What did the BBC make of it?": the publisher tells the story, and
        # reading drops its name, which would leave every reaction in it.
        lacking = f"They quote nobody as {echo(question.speaker, 60)}."
        return not_found(ask.fb, ask.echoed, (), lacking=lacking)
    if said is not None and said.units and not said.mentions and not described(ask, question.speaker, said):
        # "What did the front line make of the decision?": nobody the articles
        # quote, so no reaction of theirs; the words are not what to look for.
        lacking = f"They quote nobody as {echo(question.speaker, 60)}."
        return not_found(ask.fb, ask.echoed, (), lacking=lacking)
    if said is not None and said.units and not said.mentions:
        # "How did the security firm react?": the description says whose
        # reaction (only theirs is allowed), not words their reaction must use.
        theirs = {u.key for u in said.units}
        rest = tuple(u for u in reading.units if u.mention is not None or u.key not in theirs)
        if rest:
            reading = replace(reading, units=rest)
    found = from_records(ask, question, allow=records, reading=reading)
    if found.status is Status.NOT_FOUND and question.speaker and _a_view(ask, question):
        # "How does Lloyd feel about the private sector?": no reaction to an
        # event, but a view of a thing, which their own words give.
        return replace(question, form=Form.WHAT_SAID)
    return found


def _a_view(ask: Ask, question: Question) -> bool:
    """Whether what somebody is asked to feel about is a thing, not the
    story's event ("the decision", "losing the deal")."""
    about = ask.read(question.about).units if question.about else ()
    return bool(about) and all(u.mention is None and u.key not in THE_EVENT for u in about)


ENTRIES = (Entry(Form.REACTION, _read, _answer),)
