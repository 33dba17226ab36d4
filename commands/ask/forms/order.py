"""Which came first, and what is the latest: the order of a story's events.

A deal's events stand in its timeline: the fact file's order of events,
which is the order they happened in, not where the article tells them (the
`timeline` command shows the same list). That order, not a date, answers: the articles give a date for few events ("3
November", "last year") and none for the rest. Two stories' events have no
order between them (neither article is dated), so such a question is told
what each gives, never an order made up.
"""

from __future__ import annotations

import re

from commands.answer import Answer, Field, Status
from commands.ask import slots
from commands.ask.forms.why import premise_deals
from commands.ask.pipeline import COVER_MIN, Ask
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Aim, Only, rank
from commands.ask.reading import Reading
from commands.ask.render import not_found
from commands.format import citations
from knowledge.model import Event

ORDER = "order"  # "which came first, X or Y?"
EDGE = "edge"  # "the latest step in the herts story"
TIMELINE = "timeline"  # "a timeline of the em story, in order": every event of a story
SLOTS = frozenset({ORDER, EDGE, TIMELINE})

_EARLY = "first earlier earliest sooner soonest before opening".split()
_VERBS = r"(?:happened|happen|happens|came|come|comes|was|were|took place|take place|occurred|occur)"
_SIDE = r"(?P<dir>first|earlier|sooner|before|last|later|second|most recently|latest)"
_WHICH_FIRST = re.compile(
    # "what happened first: the study or the rejection", "which came first, X or Y"
    rf"^(?:what|which)(?: one| thing| event| step| of these| of the two| of them)? {_VERBS} {_SIDE}\b"
    r"(?: of (?:the two|these|them))?\s+(?P<rest>.+ or .+)$"
    # "which deal got dropped first, herts or the em one": a thing done, put in the passive.
    r"|^(?:what|which) (?:\w+ )?(?:got|get|gets|was|were|is|are) (?P<done>\w+(?:ed|en|t)) "
    r"(?P<dir3>first|earlier|sooner|last|later|second|most recently|latest)\s+(?P<rest3>.+ or .+)$"
    # "the study or the rejection, which came first"
    rf"|^(?P<rest2>.+ or .+?) (?:which|what)(?: one)? {_VERBS} (?P<dir2>first|earlier|sooner|last|later|second)$"
)
# "did the study come before the rejection?": put as a yes or no.
_BEFORE = re.compile(
    r"^(?:did|was|were) (?P<a>.+?) (?:come|happen|take place|occur|came|happened|took place) "
    r"(?P<dir>before|after|ahead of|prior to) (?P<b>.+)$"
)
# "the latest step in the em story", "what happened last in herts".
_STEP = r"(?:step|thing|event|development|news|update|move|stage|happening|twist|milestone|bit)s?"
_EDGE = re.compile(
    r"^(?:what (?:is|was|s|are|were) )?(?:the )?(?P<dir>latest|most recent|newest|last|final|first|earliest)"
    rf"(?: \w+)? {_STEP}\b(?P<rest>.*)$"
    # "what happened last night" asks of a time, not of the last event.
    r"|^what (?:happened|came|comes|happens) (?P<dir2>last|first|most recently|latest)\b"
    r"(?! (?:night|year|week|month|time|weekend|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b)(?P<rest2>.*)$"
)
# "what's the latest on the 999 deal" asks how the deal stands: the status form's.
# A step somebody said is a quote, not an event: "the last thing Lloyd said".
_SAYING = re.compile(r"\b(?:said|say|says|saying|told|tell|quoted?|words?)\b")

# Events are sorted by the timeline (the order they happened), not by where the article tells them.
_ORDER_NOTE = "In the order of the story's timeline."


# A request for a story's events in the order they happened: the frame
# names the kind of answer (the `timeline` command's), the rest the story.
# "in order to" gives a purpose, not an order.
TIMELINE_CUE = re.compile(
    r"\b(?:time ?lines?|chronology|chronological(?:ly)?(?: order)?|sequence of events|order of events|"
    r"(?:in|by) (?:date |time |the right |the )?order(?! to\b)|what happened when(?= (?:in|on|for|with)\b|$)|"
    r"when did what happen|"
    r"step by step|blow by blow|(?:key )?dates and events)\b"
)
# Around the frame: a request for it, and words naming the story as a story.
_TIMELINE_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u) (?:please )?|please )?(?:give (?:me|us)|provide|write|do|make|send|"
    r"show (?:me|us)|tell (?:me|us)|walk (?:me|us) through|run (?:me|us) through|go through|list|set out)?\s*"
    r"(?:me )?(?:an? |the )?(?:quick |short |brief |full |rough |basic )?"
)
_TIMELINE_LINKS = re.compile(
    r"^(?:(?:of|on|for|about|re|in|from)\s+)+|\s+(?:of|on|for|about|please|pls|events?|what happened|happened)$"
)
_STORY = re.compile(r"\b(?:story|stories|article|articles|piece|saga|events?|deal|thing|business|case)\b")


# Every pattern above holds one of these words: most questions are let go on this one search.
_CUE = re.compile(
    r"\b(?:first|earlier|earliest|sooner|before|after|ahead|prior|last|later|latest|second|recent|"
    r"recently|newest|final)\b"
)


def read(line: str, contrast: bool) -> Question | None:
    timeline = _read_timeline(line)
    if timeline is not None:
        return timeline
    if not _CUE.search(line):
        return None
    if m := _WHICH_FIRST.match(line):
        rest = m["rest"] or m["rest2"] or m["rest3"]
        # The thing done, said once for both sides ("which deal got dropped first"), is said of each.
        done = m["done"] or ""
        return Question(line, Form.WHEN, body(rest), slot=ORDER, cues=m["dir"] or m["dir2"] or m["dir3"], about=done)
    if m := _BEFORE.match(line):
        return Question(line, Form.WHEN, f"{m['a']} or {m['b']}", slot=ORDER, cues=m["dir"], topic_hint="yes")
    if (m := _EDGE.match(line)) and not _SAYING.search(line):
        rest = m["rest"] or m["rest2"] or ""
        return Question(line, Form.WHEN, body(rest), slot=EDGE, cues=m["dir"] or m["dir2"])
    return None


def _read_timeline(line: str) -> Question | None:
    """ "timeline for the em story please", "herts events in order": every
    event of the story the rest of the line names."""
    found = TIMELINE_CUE.search(line)
    if found is None:
        return None
    rest = _TIMELINE_REQUEST.sub("", TIMELINE_CUE.sub(" ", line), count=1)
    rest = " ".join(_STORY.sub(" ", rest).split())
    previous = None
    while previous != rest:
        previous, rest = rest, _TIMELINE_LINKS.sub("", rest).strip()
    return Question(line, Form.WHEN, body(rest), slot=TIMELINE)


def answer(ask: Ask, question: Question) -> Answer:
    if question.slot == EDGE:
        return _edge(ask, question)
    if question.slot == TIMELINE:
        return _timeline(ask, question)
    return _order(ask, question)


def _timeline(ask: Ask, question: Question) -> Answer:
    """Each story's events asked about, in the order they happened: one list
    per story, never one list of both (neither article is dated, so the two
    stories' events have no order between them)."""
    fb = ask.fb
    reading = ask.read(question.body)
    if reading.places and not reading.anchor:
        return not_found(fb, ask.echoed, reading.mentions, places=reading.places)
    if reading.unknown_words and not reading.anchor:
        # "a timeline of the xyz deal": a story named in words we don't know.
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    # A story named by what it is about ("the control-room saga"): the
    # story of the records that best say it.
    anchor = reading.anchor or (premise_deals(ask.qi, reading) if reading.units else frozenset())
    deals = [d for d in fb.deals if not anchor or d in anchor]
    fields: list[Field] = []
    ids: list[str] = []
    for deal_id in deals:
        events = fb.events_of_deal(deal_id)
        if events:
            fields.append(Field(fb.deals[deal_id].name, "\n".join(f"{i}. {_line(e)}" for i, e in enumerate(events, 1))))
            ids += [e.id for e in events]
    if not ids:
        return not_found(fb, ask.echoed, reading.mentions)
    one = len(fields) == 1
    return Answer(
        title=f"Timeline: {fields[0].name}" if one else "Timeline of each story",
        body=f"{_ORDER_NOTE} Times are as the articles give them; neither gives its date of publication.",
        fields=tuple(fields),
        citations=citations(fb, ids),
        ids=tuple(ids),
        status=Status.OK if one else Status.AMBIGUOUS,
    )


# An event told as still ahead: "Unison will be looking to meet", "the next step is".
_AHEAD = re.compile(r"\b(?:will|could|would|next step|is to|are to|plans? to|intends? to)\b", re.IGNORECASE)


def _to_come(event: Event) -> bool:
    return bool(event.when and slots.to_come(event.when)) or bool(_AHEAD.search(event.text))


def _line(event: Event) -> str:
    return f"**{event.when}**: {event.text}" if event.when else event.text


def _edge(ask: Ask, question: Question) -> Answer:
    """The first or the latest event of each story asked about; asked for the
    latest of a story with steps still to come, the last to have happened
    and what is still to come, since "latest" may mean either."""
    fb = ask.fb
    reading = ask.read(question.body)
    if reading.places and not reading.anchor:
        return not_found(fb, ask.echoed, reading.mentions, places=reading.places)
    if not reading.anchor and reading.unknown_words:
        # "the latest in the xyz story": one story, named in words we don't know.
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    deals = [d for d in fb.deals if not reading.anchor or d in reading.anchor]
    early = question.cues in _EARLY
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        events = fb.events_of_deal(deal_id)
        if not events:
            continue
        done = [e for e in events if not _to_come(e)]
        if early:
            shown = [events[0]]
            said = _line(events[0])
        elif done and done[-1] is not events[-1]:
            ahead = [e for e in events if e.order > done[-1].order]
            shown = [done[-1], *ahead]
            said = f"{_line(done[-1])}\n*Still to come:* " + " ".join(_line(e) for e in ahead)
        else:
            shown = [events[-1]]
            said = _line(events[-1])
        lines.append(f"**{fb.deals[deal_id].name}**: {said}" if len(deals) > 1 else said)
        ids += [e.id for e in shown]
    if not ids:
        return not_found(fb, ask.echoed, reading.mentions)
    which = "First" if early else "Latest"
    title = f"{which}: {fb.deals[deals[0]].name}" if len(deals) == 1 else f"{which} in each story"
    note = _ORDER_NOTE
    return Answer(
        title=title,
        body="\n\n".join([*lines, note]),
        citations=citations(fb, ids),
        ids=tuple(ids),
        status=Status.OK if len(deals) == 1 else Status.AMBIGUOUS,
    )


_events = Only(kinds=("event",))


def _event(ask: Ask, reading: Reading, among: list[str] | None) -> Event | None:
    """The event that best covers what one side of the question describes."""
    ranked = [s for s in rank(ask.qi, Aim(), reading, _events, among=among) if s.cover >= COVER_MIN]
    return ask.fb.events[ranked[0].item.id] if ranked else None


def _order(ask: Ask, question: Question) -> Answer:
    """Which of two events came first. Each side is found among the events;
    a side naming no story of its own is of the other side's story."""
    fb = ask.fb
    first, _, second = question.body.rpartition(" or ")
    sides = [ask.read(f"{side} {question.about}".strip()) for side in (first, second)]
    found = [_event(ask, r, None) for r in sides]
    for i, (reading, event) in enumerate(zip(sides, found, strict=True)):
        other = found[1 - i]
        if other is not None and (event is None or event.deal != other.deal) and not reading.anchor - {other.deal}:
            # "the 3 Nov announcement or the forces dropping G4S": both of one story.
            found[i] = _event(ask, reading, [e.id for e in fb.events_of_deal(other.deal)]) or event
    a, b = found
    if a is None or b is None:
        missing = sides[0] if a is None else sides[1]
        return not_found(fb, ask.echoed, missing.mentions, unknown=missing.unknown_words)
    if a.deal != b.deal:
        # Two stories: neither article is dated, so no order between them.
        given = "; ".join(f"{e.text} ({e.when or 'no date given'})" for e in (a, b))
        return not_found(
            fb, ask.echoed, (), lacking=f"The two stories give no order between them. What they give: {given}"
        )
    if a.id == b.id:
        return not_found(fb, ask.echoed, sides[0].mentions)
    earlier, later = sorted((a, b), key=lambda e: e.order)
    late = question.cues not in _EARLY
    if question.topic_hint == "yes":
        # "did A come before B?": yes when A is the earlier and "before" was asked.
        yes = (earlier is a) != late
        title = "Yes: in that order" if yes else "No: the other way round"
    else:
        shown = later if late else earlier
        title = f"{'Later' if late else 'First'}: {shown.text.rstrip('.')}"
    lines = [f"1. {_line(earlier)}", f"2. {_line(later)}", _ORDER_NOTE]
    ids = (earlier.id, later.id)
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=ids)
