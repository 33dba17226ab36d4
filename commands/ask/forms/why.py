"""Why something happened: a deal's reason facts, or a record that states a
cause of what the question names."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import COVER_MIN, Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import CLOSE, Aim, Only, Scored, aim, rank, records
from commands.ask.reading import Reading
from commands.ask.verdict import explains
from knowledge.question_index import QuestionIndex

PREMISE_MIN = 0.5  # a record covering this much tells which deal a question is on

_WHY = re.compile(
    r"^(?:why|how come|for what reason|what (?:was|is|were|are|s) the (?:official |real |main )?reasons?"
    r"(?: for| behind| why)?|what (?:made|led|caused|prompted|drove)|what s behind|what is behind|"
    r"reasons? (?:for|why|behind)|explain why|on what grounds)\b(?P<rest>.*)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHY.match(line):
        return Question(line, Form.WHY, body(m["rest"]))
    return None


def _read_anywhere(line: str, contrast: bool) -> Question | None:
    """ "herts dropped g4s, why?": the question word last."""
    if "why" in line.split():
        return Question(line, Form.WHY, body(re.sub(r"\bwhy\b", " ", line)))
    return None


def _answer(ask: Ask, question: Question) -> Answer:
    return from_records(ask, question, ranker=_rank)


def _rank(ask: Ask, question: Question, reading: Reading) -> list[Scored]:
    """Reasons: a deal's reason facts when the question is why it ended as it
    did; otherwise a record that states a cause of what the question names."""
    qi = ask.qi
    reading = replace(reading, anchor=reading.anchor or _premise_deals(qi, reading))
    predicate = reading.predicate
    # "why did herts drop g4s": what is taken as given is the deal's status.
    status_premise = not predicate or any(
        s.cover >= PREMISE_MIN for s in rank(qi, Aim(topic="status"), reading, Only(topic="status"), predicate)
    )
    out = []
    for scored in rank(qi, aim(question), reading, records):
        reason = "reason" in scored.item.topics and status_premise
        if reason or (scored.cover >= COVER_MIN and explains(scored.item, predicate)):
            out.append(scored)
    return out


def _premise_deals(qi: QuestionIndex, reading: Reading) -> frozenset[str]:
    """The deal(s) of the records that best state what the question takes as given."""
    ranked = rank(qi, Aim(), reading, records)
    if not ranked or ranked[0].cover < PREMISE_MIN:
        return frozenset()
    top = ranked[0].cover
    return frozenset(d for s in ranked if s.cover >= top - CLOSE for d in s.item.deals)


ENTRIES = (Entry(Form.WHY, _read, _answer),)
ANYWHERE = (Entry(Form.WHY, _read_anywhere, _answer),)
