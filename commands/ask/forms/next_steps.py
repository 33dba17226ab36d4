"""What happens next: a deal's next-steps facts only."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask.compose import combine
from commands.ask.forms.entry import Entry
from commands.ask.forms.why import premise_deals
from commands.ask.pipeline import JOINING, Ask, from_records, only_parties, shown_text
from commands.ask.question import Form, Question, body, drop_question_word
from commands.ask.ranking import records
from commands.ask.verdict import COMMON
from commands.format import bullets, citations
from knowledge.analysis import words
from knowledge.question_index import exact_mentions

_CUES = re.compile(
    r"\b(?:what next|what now|now what|next steps?|what happens next|what will happen next|next|instead|"
    r"going forward|from now on|plans?|planning|plan to|now)\b"
)
# "now the deal is dead": a bare "now" before a clause of its own (a verb
# within a few words) is "now that".
_PREMISE = re.compile(
    r"\s+(?:now that|following|after|since|given that|seeing as|in the wake of|with|"
    r"now(?= (?:\w+ ){1,4}(?:is|are|was|were|has|have|had|s|re)\b)) (?!.*\b(?:next|now|instead)\b).*$"
)
_WOULD_HAVE = re.compile(r"\b(?:would|could|should|might)(?: \w+){0,2} have\b")
_FRAME = re.compile(
    r"^what (?:will|would|are|is|do|does|did|can|could) (?P<rest>.+?) (?:do|doing|going to do)"
    r"(?: now| next| then| instead| after that| about it)*(?: (?:about|with|for|on) (?P<about>.+?))?$"
)


def _read(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0]
    if first not in ("what", "which", "how") or _WOULD_HAVE.search(line):
        return None  # "what would G4S have been doing?": the deal, not what next
    # "now that they have rejected G4S", "following the collapse of the deal":
    # what is taken as given, not what next.
    asked = _PREMISE.sub("", line) or line
    premise = line[len(asked) :].strip()
    if m := _FRAME.match(asked):
        rest = f"{m['rest']} {m['about'] or ''}".strip()
    elif _CUES.search(asked):
        rest = _CUES.sub(" ", asked)
    else:
        return None
    cues = " ".join(c.group(0) for c in _CUES.finditer(asked))
    question = Question(line, Form.NEXT, body(drop_question_word(rest)), cues=cues, about=premise)
    if contrast and "instead" not in question.cues.split():
        # What they do instead is still asked: "instead" stays a cue, as in "doing instead?".
        question = replace(question, cues=f"{question.cues} instead".strip())
    return question


def answer(ask: Ask, question: Question) -> Answer:
    qi = ask.qi
    reading = ask.read(question.body)
    if not reading.anchor and question.about:
        # "what happens next after the Herts deal collapsed", "now that the G4S
        # talks have ended": the premise says which deal.
        premise = ask.read(question.about)
        reading = replace(reading, anchor=premise.anchor if len(premise.anchor) == 1 else premise_deals(qi, premise))
    if not reading.anchor and "instead" in question.cues.split():
        # "what happened instead of the herts deal": what was set aside says which story.
        whole = ask.read(ask.query)
        if len(whole.anchor) == 1:
            reading = replace(reading, anchor=whole.anchor)
    if not reading.units and len(reading.anchor) == 1:
        return _plans(ask, question, next(iter(reading.anchor)))  # "what happens next, after the Herts deal collapsed?"
    first = reading.mentions[0].targets if reading.mentions else ()
    companies = [t for t in first if t in _companies(ask)]
    if companies:
        # "what will G4S do now?": only what G4S itself will do, not what
        # a force will do about G4S.
        doer = companies[0]
        return from_records(ask, question, allow=lambda i: records(i) and _acts(ask, i.id, doer), reading=reading)
    # "what next for the east mids forces": the deal, named by its parties and common words only.
    named = [u for u in reading.units if u.mention is not None]
    plain = [u for u in reading.units if u.mention is None]
    parties_only = named and only_parties(qi, replace(reading, units=tuple(named)))
    if parties_only and len(reading.anchor) == 1 and all(u.weight < COMMON for u in plain):
        return _plans(ask, question, next(iter(reading.anchor)))
    joined = JOINING & set(words(question.text))
    if parties_only and len(reading.anchor) > 1 and joined and all(u.weight < COMMON for u in plain):
        # "what are herts and the em forces each doing instead": each
        # story's own next steps, one after the other, never one mixed list.
        deals = sorted(reading.anchor, key=qi.deal_order.__getitem__)
        plans = [_plans(ask, question, d) for d in deals]
        each = combine(ask, plans, [True] * len(deals))
        return replace(each, title="What next in each story", body=f"**{plans[0].title}**\n{each.body}")
    return from_records(ask, question, allow=records, reading=reading)


def _companies(ask: Ask) -> set[str]:
    return {c for d in ask.fb.deals.values() for c in d.companies}


def _acts(ask: Ask, record_id: str, doer: str) -> bool:
    """Whether a record tells what `doer` does: its speaker is of them, or
    they are the first the record names."""
    fb, qi = ask.fb, ask.qi
    quote = fb.quotes.get(record_id)
    if quote is not None:
        speaker = fb.entities[quote.speaker]
        return doer in (speaker.id, speaker.organisation)
    text = shown_text(fb, record_id)
    found = words(text)
    first = exact_mentions(qi.names, found, [False] * len(found), qi.name_starts)
    return bool(first) and doer in min(first, key=lambda m: m.start).targets


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


ENTRIES = (Entry(Form.NEXT, _read, answer),)
