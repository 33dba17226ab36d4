"""A story in short ("tldr the herts story", "the olympics bit in one line"):
a deal's status, summary and first reason, from its own record; or, asked
about one part of a story, the record that best covers that part."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.forms.entry import Entry
from commands.ask.forms.parties import deals_asked
from commands.ask.pipeline import Ask, only_parties
from commands.ask.question import Form, Question, body
from commands.ask.reading import read
from commands.format import citations
from knowledge.analysis import words

_LEAD = re.compile(
    r"^(?:summary|summarise|summarize|sum up|summing up|recap|give me (?:a |the )?(?:summary|gist|short version|"
    r"rundown|quick version|lowdown|highlights)(?: of| on)?|(?:what is )?the (?:gist|short version|rundown|lowdown)"
    r"(?: of| on)?|gist of|nutshell|eli5|in short|briefly|quickly)\b(?P<rest>.*)$"
)
_TAIL = re.compile(
    r"^(?P<rest>.+?) (?:in (?:one|a|1|two|2|a few|few) (?:line|lines|sentence|sentences|word|words)|in a nutshell|"
    r"in short|summary|summarised|summed up|short version|briefly)$"
)
_STORY_WORDS = frozenset("story stories article articles piece pieces news whole thing please".split())


def _read(line: str, contrast: bool) -> Question | None:
    m = _LEAD.match(line) or _TAIL.match(line)
    if m is None:
        return None
    rest = m["rest"].strip()
    tail = _TAIL.match(rest)
    return Question(line, Form.SUMMARY, body(tail["rest"] if tail else rest))


def _answer(ask: Ask, question: Question) -> Answer | Question:
    fb, qi = ask.fb, ask.qi
    text = " ".join(w for w in words(question.body) if w not in _STORY_WORDS)
    reading = read(qi, text)
    if reading.units and not only_parties(qi, reading):
        # One part of a story: the record that best covers it.
        return replace(question, form=Form.KEYWORDS, body=text)
    if reading.places and not reading.anchor:
        return replace(question, form=Form.KEYWORDS, body=text)
    deals = deals_asked(ask, reading, question.text)
    parts = []
    ids: list[str] = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        reasons = fb.facts_of_deal(deal_id, "reason")
        why = f" Why: {reasons[0].text}" if reasons else ""
        parts.append(f"**{deal.name}**: {deal.status}. {deal.summary}{why}")
        ids += [deal_id, *(f.id for f in reasons[:1])]
    title = f"In short: {fb.deals[deals[0]].name}" if len(deals) == 1 else "In short: each story"
    status = Status.OK if len(deals) == 1 else Status.AMBIGUOUS
    return Answer(title=title, body="\n\n".join(parts), citations=citations(fb, ids), ids=tuple(ids), status=status)


ENTRIES = (Entry(Form.SUMMARY, _read, _answer),)
