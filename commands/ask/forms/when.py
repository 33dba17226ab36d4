"""When something happened or will: a record with a time, led by that time."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Scored
from commands.ask.reading import Reading
from commands.ask.render import Shown
from knowledge.question_index import Item

_WHEN = re.compile(
    r"^(?:when|by when|since when|until when|how soon|how long ago|(?:what|which) (?:date|day|time|year|month)|"
    r"what (?:was|is|s) the (?:date|day|time|year|month)(?: of| when| that)?)\b(?P<rest>.*)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHEN.match(line):
        return Question(line, Form.WHEN, body(m["rest"]))
    return None


def _timed(item: Item) -> bool:
    return bool(item.when) and item.kind in ("fact", "quote", "event")


def _lead_time(ask: Ask, question: Question, reading: Reading, lead: Scored, shown: Shown) -> Shown:
    return replace(shown, when=lead.item.when)


def _answer(ask: Ask, question: Question) -> Answer:
    return from_records(ask, question, allow=_timed, decorate=_lead_time)


ENTRIES = (Entry(Form.WHEN, _read, _answer),)
