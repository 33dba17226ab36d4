"""When something happened or will: a record with a time, led by that time."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Only, Scored
from commands.ask.reading import Reading
from commands.ask.render import Shown

_WHEN = re.compile(
    r"^(?:when|by when|since when|until when|how soon|how long ago|(?:what|which) (?:date|day|time|year|month)|"
    r"what (?:was|is|s) the (?:exact |precise |actual )?(?:date|day|time|year|month)(?: of| when| that)?)"
    r"\b(?P<rest>.*)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHEN.match(line):
        return Question(line, Form.WHEN, body(m["rest"]))
    return None


# "When did Lloyd confirm it?" asks when words were said, not the times they
# speak of: "early next year" is when Unison may meet, not when Hanrahan spoke.
_SAYING = re.compile(
    r"\b(?:say|said|says|saying|confirm|confirmed|confirms|announce|announced|announces|tell|told|state|stated|"
    r"comment|commented|reveal|revealed|declare|declared)\b"
)


# Facts, quotes and events that give a time; that say when their words were said.
_timed = Only(kinds=("fact", "quote", "event"), timed=True)
_said = Only(kinds=("fact", "quote", "event"), said=True)


def _lead_time(ask: Ask, question: Question, reading: Reading, lead: Scored, shown: Shown) -> Shown:
    return replace(shown, when=lead.item.when)


def _lead_said(ask: Ask, question: Question, reading: Reading, lead: Scored, shown: Shown) -> Shown:
    return replace(shown, when=lead.item.said_when)


_ASKS_YEAR = re.compile(r"\b(?:what|which) year\b|\byear\b")
_ASKS_DATE = re.compile(r"\b(?:date|day|exact|precise)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY = re.compile(r"\b\d{1,2}\s+[a-z]+\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _gives_time(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """Asked for a year or a date, only a time that gives one answers:
    "3 November" gives no year, "early next year" no date."""
    text = question.text
    if _ASKS_YEAR.search(text) and not _ASKS_YEAR.search(question.body):
        kept = [s for s in ranked if _YEAR.search(s.item.when)]
        return kept, f"They give no year for it, only “{ranked[0].item.when}”."
    if _ASKS_DATE.search(text):
        kept = [s for s in ranked if _DAY.search(s.item.when)]
        return kept, f"They give no date for it, only “{ranked[0].item.when}”."
    return ranked, ""


def _answer(ask: Ask, question: Question) -> Answer:
    if _SAYING.search(question.body):
        return from_records(ask, question, allow=_said, gives=_gives_time, decorate=_lead_said)
    return from_records(ask, question, allow=_timed, gives=_gives_time, decorate=_lead_time)


ENTRIES = (Entry(Form.WHEN, _read, _answer),)
