"""The registry of question forms, and the generic loop that answers.

Each form is one `Entry`: how it is asked (`read`: its patterns, giving a
Question or None) and how it is answered (`answer`: its candidate pool,
ranking and rendering). How a why-question is answered is the WHY entry,
in forms/why.py, and nowhere else.

`parse` tries the entries' patterns in registry order (most specific
first) and keeps the first that reads the question. `answer` runs the
entry of the question's form; an entry may hand the question on, re-read as
another form ("who was disappointed?" is no name to look up, so WHO_IS
hands it to WHO), until one answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from commands.answer import Answer
from commands.ask.forms import (
    compare,
    confirm,
    general,
    how_many,
    next_steps,
    parties,
    people,
    places,
    quoted,
    reaction,
    said,
    services,
    source,
    stance,
    status,
    summary,
    when,
    why,
    wording,
    yes_no,
)
from commands.ask.forms.entry import Answerer, Entry
from commands.ask.pipeline import Ask
from commands.ask.question import Form, Question, prepare

# In the order their patterns are tried: the most specific first.
ENTRIES: tuple[Entry, ...] = (
    *when.ORDER,  # "which came first, X or Y", "the latest in the herts story"
    *compare.ENTRIES,  # "which story mentions X" before the articles' own questions
    *wording.ENTRIES,  # "what word does the herts piece use for X": the article's words
    *source.ENTRIES,
    *summary.ENTRIES,
    *quoted.ENTRIES,
    *people.NAMING,  # "where does X come in", "what is X's name"
    *stance.ARGUED,  # "X's argument for Y": the case one side made, not all X said
    *said.ENTRIES,
    *reaction.ENTRIES,
    *stance.ENTRIES,  # "who was for and who against", "did anyone defend G4S"
    *parties.ENTRIES,
    *how_many.ENTRIES,
    *parties.ACROSS,  # "both stories have a PCC in them, who?"
    *compare.EACH,  # "what happened in each story": each deal's own answer, whatever is asked
    *why.ENTRIES,
    *when.ENTRIES,
    *services.ENTRIES,
    *status.ENTRIES,
    *next_steps.ENTRIES,
    *services.DONE,  # "what would G4S have run": after "what next"
    *people.ENTRIES,  # "who is X", "what is X"
    *why.ANYWHERE,  # "herts dropped g4s, why?"
    *people.WHO,  # "who failed at the olympics?"
    *places.ENTRIES,
    *yes_no.ENTRIES,
    *confirm.ENTRIES,  # decided by the message ("X, right?"), never by a pattern
    *general.ENTRIES,  # no form at all: keywords; reads every question
)
BY_FORM: Mapping[Form, Answerer] = MappingProxyType({e.form: e.answer for e in reversed(ENTRIES)})
assert set(BY_FORM) == set(Form), "every form has an entry"


def parse(text: str, known: Callable[[str], bool] = lambda _: False) -> Question:
    """Read a question's form and body. `known` says which words the fact base
    uses, so that only unknown words are taken for typos of question words."""
    line, contrast = prepare(text, known)
    for entry in ENTRIES:
        question = entry.read(line, contrast)
        if question is not None:
            return question
    raise AssertionError("the keywords form reads every question")  # pragma: no cover


def answer(ask: Ask, question: Question) -> Answer:
    """Run the question's form; a form may hand it on, re-read, to another."""
    for _ in range(len(Form)):
        found = BY_FORM[question.form](ask, question)
        if isinstance(found, Answer):
            return found
        question = found
    raise AssertionError(f"forms handed {question.text!r} on in a loop")  # pragma: no cover
