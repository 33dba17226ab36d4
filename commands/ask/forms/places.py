"""Where something is or happened: only a record that gives a place as a
location ("some from Hertfordshire") answers, not one that merely names it."""

from __future__ import annotations

from commands.answer import Answer
from commands.ask import slots
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records, shown_text
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Scored
from commands.ask.reading import Reading


def _read(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0]
    return Question(line, Form.WHERE, body(line[len(first) :])) if first == "where" else None


def _gives(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    qi = ask.qi
    asked = {t for m in reading.mentions for t in m.targets}
    kept = [s for s in ranked if slots.located_places(qi, qi.forces, shown_text(ask.fb, s.item.id)) - asked]
    return kept, "They name no place for it."


def _answer(ask: Ask, question: Question) -> Answer:
    return from_records(ask, question, gives=_gives)


ENTRIES = (Entry(Form.WHERE, _read, _answer),)
