"""How many, how much, how long: only a record that puts a number, an
amount or a measure on what is asked answers; otherwise the articles don't
say (a record on the topic without the figure is no answer)."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import slots
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records, shown_text
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Scored
from commands.ask.reading import Reading
from commands.format import echo
from knowledge.question_index import has_number

_HOW_MANY = re.compile(r"^how (?:many|much|long|big|large|old|often|far)\b(?P<rest>.*)$")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _HOW_MANY.match(line):
        return Question(line, Form.HOW_MANY, body(m["rest"]))
    return None


def _gives(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """The ranked records that give the figure asked for, and if none does,
    what the articles lack ("how many jobs")."""
    fb, qi = ask.fb, ask.qi
    if slots.asks_amount(question.text):
        kept = [s for s in ranked if slots.gives_amount(shown_text(fb, s.item.id))]
        return kept, "They give no amount or figure for it."
    if slots.asks_measure(question.text):
        kept = [s for s in ranked if slots.gives_measure(shown_text(fb, s.item.id))]
        return kept, f"They don't say {echo(' '.join(question.text.split()[:2]))}."
    nouns, typed = slots.counted(question.body)
    if not nouns:
        return [s for s in ranked if has_number(shown_text(fb, s.item.id))], "They give no number for it."
    widened = frozenset(t for n in nouns for t in qi.content.widen(n))
    kept = [s for s in ranked if slots.gives_count(shown_text(fb, s.item.id), nouns, widened)]
    return kept, f"They give no number of {echo(typed, 30)}."


def _answer(ask: Ask, question: Question) -> Answer:
    return from_records(ask, question, gives=_gives)


ENTRIES = (Entry(Form.HOW_MANY, _read, _answer),)
