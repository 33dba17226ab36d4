"""What happens next: a deal's next-steps facts only."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records, only_parties
from commands.ask.question import Form, Question, body, drop_question_word
from commands.ask.ranking import records
from commands.ask.reading import read
from commands.format import bullets, citations

_CUES = re.compile(
    r"\b(?:what next|what now|now what|next steps?|what happens next|what will happen next|next|instead|"
    r"going forward|from now on|plans?|planning|plan to)\b"
)
_FRAME = re.compile(r"^what (?:will|would|are|is|do|does|did|can|could) (?P<rest>.+?) (?:do|doing|going to do)$")


def _read(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0]
    if first not in ("what", "which", "how"):
        return None
    if m := _FRAME.match(line):
        rest = m["rest"]
    elif _CUES.search(line):
        rest = _CUES.sub(" ", line)
    else:
        return None
    cues = " ".join(c.group(0) for c in _CUES.finditer(line))
    question = Question(line, Form.NEXT, body(drop_question_word(rest)), cues=cues)
    if contrast and "instead" not in question.cues.split():
        # What they do instead is still asked: "instead" stays a cue, as in "doing instead?".
        question = replace(question, cues=f"{question.cues} instead".strip())
    return question


def _answer(ask: Ask, question: Question) -> Answer:
    reading = read(ask.qi, question.body)
    if reading.units and only_parties(ask.qi, reading) and len(reading.anchor) == 1:
        return _plans(ask, question, next(iter(reading.anchor)))
    return from_records(ask, question, allow=records, reading=reading)


def _plans(ask: Ask, question: Question, deal_id: str) -> Answer:
    """ "What next for Herts?": every next step the articles give for the
    deal, not one picked from equals."""
    fb = ask.fb
    steps = fb.facts_of_deal(deal_id, "next")
    if not steps:
        return from_records(ask, question, allow=records)
    ids = [f.id for f in steps]
    body = bullets(f.text for f in steps) + f"\n*On the {fb.deals[deal_id].name}.*"
    return Answer(title=f"What next: {fb.deals[deal_id].name}", body=body, citations=citations(fb, ids), ids=tuple(ids))


ENTRIES = (Entry(Form.NEXT, _read, _answer),)
