"""What one question form is: how it is asked, and how it is answered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commands.answer import Answer
from commands.ask.pipeline import Ask
from commands.ask.question import Form, Question

# (the question's prepared words, whether an "instead of X" was dropped) -> the question, if in this form
Reader = Callable[[str, bool], Question | None]
# The answer, or the question handed on to another form.
Answerer = Callable[[Ask, Question], Answer | Question]


@dataclass(frozen=True, slots=True)
class Entry:
    """One question form: `read` holds its patterns; `answer` its candidate
    pool, ranking and rendering."""

    form: Form
    read: Reader
    answer: Answerer


def never(line: str, contrast: bool) -> Question | None:
    """For a form no pattern reads: one the message itself decides (a
    statement put for checking), or one only reached by a hand-on."""
    return None


def reread(line: str, skip: Reader) -> Question:
    """The question as the forms other than `skip` read it: a form that
    read a question it cannot answer hands it to the next that reads it."""
    from commands.ask.forms import ENTRIES  # noqa: PLC0415 - the registry imports every form, which import this

    for entry in ENTRIES:
        if entry.read is not skip:
            question = entry.read(line, False)
            if question is not None:
                return question
    raise AssertionError("the keywords form reads every question")  # pragma: no cover
