"""What happened with a deal: its status facts first, though any record may
answer ("what happened to the soldiers")."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import slots
from commands.ask.forms.entry import Entry
from commands.ask.forms.general import came_of
from commands.ask.pipeline import Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import records

_STATUS = re.compile(
    r"^(?:what (?:has |have |had )?happened|what (?:is|was) happening|what (?:is|was) going on|"
    r"what (?:is|was) the (?:latest|status|outcome|result|upshot|position)|what became|whatever happened|"
    r"what (?:is|was) the deal with|what (?:is|was) the story(?: with)?|what was decided|"
    r"any (?:news|update)|latest|status|update|outcome)\b(?P<rest>.*)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _STATUS.match(line):
        # "what's happening instead of the deal": what is done in its place.
        form, cues = (Form.NEXT, "instead") if contrast else (Form.STATUS, "")
        return Question(line, form, body(m["rest"]), cues=cues)
    return None


def _answer(ask: Ask, question: Question) -> Answer:
    # "What was the outcome of the meeting?": not a record saying it is to come.
    gives = came_of if slots.asks_outcome(question.text) else None
    return from_records(ask, question, allow=records, gives=gives)


ENTRIES = (Entry(Form.STATUS, _read, _answer),)
