"""Which services a deal would have covered: its services facts only."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask import graph
from commands.ask.forms import next_steps
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, Found, crossed_stories, from_records, select, shown_of
from commands.ask.question import Form, Question, body
from commands.ask.ranking import CLOSE, coverage, records
from commands.ask.reading import Reading
from commands.ask.render import not_found, render_answer
from commands.ask.verdict import COMMON
from commands.format import and_list, citations
from knowledge.analysis import stem

_SERVICES = re.compile(
    r"^(?:which|what) (?:kinds? of |sorts? of |types? of |other )?(?:back office )?"
    r"(?:services?|functions?|departments?|jobs|roles|tasks|operations|parts of)\b(?P<rest>.*)$"
    # "what back office bits ...": any word for parts, once the back office or support work names them.
    r"|^(?:which|what) (?:back office|support|policing support|admin) (?:bits|things|stuff|areas|elements|parts|work)"
    r"\b(?P<rest2>.*)$"
)
_SERVICES_DONE = re.compile(
    # "what stuff would've G4S taken over", "which herts bits was G4S going to
    # run": a vague noun of what was to be done says no more than "what".
    r"^(?:what|which)(?P<kind>(?: \w+){0,2}? (?:stuff|things?|bits?|parts?|work|jobs|services?|functions?|areas?|"
    r"departments?|elements?))? (?:would|was|were)(?:ve| ve| have)? (?P<rest>.+?) "
    r"(?:have )?(?:been )?(?:going to )?(?:be )?"
    r"(?:run|running|provide|provided|providing|take over|taken over|taking over|handle|handled|doing|do|done|"
    r"operate|operated|outsourced|privatised|privatized|handed over|hand over|handing over)\b(?P<tail>.*)$"
)


# What a service question says would be done to the services: its frame, not its subject.
_DONE_TO = re.compile(
    r"\b(?:going to |gonna |have |been |be )*(?:run|running|ran|take over|taken over|taking over|took over|"
    r"handle|handled|operate|operated|provide|provided|do|done|doing|hand over|handed over|handing over|cover|"
    r"covered)\b"
)


# What a deal was to do with its services, in any words: no more than which services.
_DEAL_DOINGS = frozenset(
    stem(w) for w in "run operate manage take hand outsource privatise provide deliver cover handle".split()
) | {"take over", "hand over"}


def _read(line: str, contrast: bool) -> Question | None:
    if m := _SERVICES.match(line):
        rest = m["rest"] if m["rest"] is not None else m["rest2"]
        return Question(line, Form.SERVICES, body(_DONE_TO.sub(" ", rest)))
    return None


_VAGUE = frozenset(
    "stuff thing things bit bits part parts work jobs service services function functions area areas".split()
)


def _read_done(line: str, contrast: bool) -> Question | None:
    """ "what would G4S have run": the services, asked by what was to be done to them."""
    if m := _SERVICES_DONE.match(line):
        kind = " ".join(w for w in (m["kind"] or "").split() if w not in _VAGUE)
        return Question(line, Form.SERVICES, body(f"{kind} {m['rest']} {m['tail']}"))
    return None


def _answer(ask: Ask, question: Question) -> Answer:
    if _FROM_NOW.search(question.text):
        # "which parts is herts now prepared to outsource": asked of what
        # comes after the deal, not the services it would have covered;
        # failing that, the services are what the articles give.
        found = next_steps.answer(ask, replace(question, form=Form.NEXT))
        if found.matched and _hands_over(ask, question, found):
            return found
    reading = ask.read(question.body)
    crossed = crossed_stories(ask, question, reading)
    if crossed:
        return not_found(ask.fb, ask.echoed, (), lacking=crossed)
    outside = _outside_forces(ask, reading)
    if outside:
        # "what services does G4S provide for Lincolnshire Police?": a force
        # that is no party to the deal has no services in it.
        lacking = f"They name no services for {and_list(outside)}."
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    if _asks_more(ask, reading):
        # Asked more than the list: any record on what is asked, not only the services facts.
        return from_records(ask, replace(question, form=Form.WHAT), allow=records)
    if len(reading.anchor) == 1 and not reading.places:
        # One deal named: its services, whatever the question says was to be done with them.
        return _listed(ask, reading)
    chosen = select(ask, question, allow=records)
    if isinstance(chosen, Answer):
        return chosen
    found = render_answer(ask.fb, ask.qi, ask.query, question, shown_of(chosen.ranked))
    if found.status is not Status.OK or reading.places:
        return found
    meant = _meant_deals(chosen)
    if len(meant) == 1:
        # "which services did the forces want G4S to run in the control
        # rooms": the deal the best records are on is the one meant; its
        # services are the answer.
        return _listed(ask, replace(reading, anchor=meant))
    if meant:
        # "which services would the three forces have handed over": each
        # story has three forces, and the question fits both as well.
        return replace(_listed(ask, replace(reading, anchor=meant)), status=Status.AMBIGUOUS)
    return found


def _hands_over(ask: Ask, question: Question, found: Answer) -> bool:
    """Whether what comes next speaks of what the question asks is to be
    done with services (outsourced, privatised, run): a union's meeting to
    discuss an alliance says nothing of which services will be handed over."""
    done = tuple(u for u in ask.read(question.body).predicate if u.key not in _FRAMING)
    # With the deed left in the question's frame ("what services will they
    # still hand over"), handing services over is what is asked.
    done = done or ask.read("outsource").predicate
    lead = ask.qi.items.get(found.ids[0]) if found.ids else None
    return lead is not None and coverage(ask.qi, done, lead) > 0.0


_SERVICE_WORDS = frozenset(stem(w) for w in "service services function functions part parts work".split())
# Who is to do it ("the three forces", where no name says which) says not what is done.
_DOERS = frozenset(stem(w) for w in "three forces force police".split())
# Words that frame a services question rather than say what is done.
_FRAMING = _SERVICE_WORDS | _DOERS


def _meant_deals(found: Found) -> frozenset[str]:
    """With no deal named, the deal the best record is on, and any other
    deal whose best record is as good (within CLOSE): the question fits them
    both. None when a deal is named or the best record is on no one deal."""
    if found.reading.anchor or len(found.ranked[0].item.deals) != 1:
        return frozenset()
    lead = found.ranked[0]
    close = [s for s in found.ranked if len(s.item.deals) == 1 and lead.score - s.score <= _OTHER_DEAL_GAP]
    return frozenset(d for s in close for d in s.item.deals)


_OTHER_DEAL_GAP = CLOSE  # another deal's best record this close: the question fits both


# Words asking of what comes now, after the deal ("still", "from now on"),
# said of what is done: "now that it collapsed" gives a reason, "next to" a place.
_FROM_NOW = re.compile(
    r"\b(?:now(?! that\b)|still|from now on|going forward|from here on|in future|in the future|next(?! to\b)|anymore)\b"
)


def _asks_more(ask: Ask, reading: Reading) -> bool:
    """Whether a services question asks more than which services a deal had:
    what a person wants of them ("what services does Lloyd want the private
    sector to deliver?") is in the records, not the deal's list."""
    people = any(
        t in ask.fb.entities and ask.fb.entities[t].kind in graph.PERSON_KINDS
        for m in reading.mentions
        for t in m.targets
    )
    said = [u for u in reading.predicate if u.weight >= COMMON and not ({u.key, *u.widened} & _DEAL_DOINGS)]
    return people and bool(said)


def _listed(ask: Ask, reading: Reading) -> Answer:
    """The services of the deal a question names, from the deal's own
    record, with what the article says of them beneath."""
    fb = ask.fb
    deals = sorted(reading.anchor, key=ask.qi.deal_order.__getitem__)
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        if not deal.services:
            continue
        lines.append(f"**{deal.name}**: {and_list(deal.services)}.")
        said = next(iter(fb.facts_of_deal(deal_id, "services")), None)
        if said is not None:
            lines.append(f"*In the article:* {said.text}")
        ids += [said.id if said is not None else deal_id, deal_id]
    if not lines:
        return not_found(fb, ask.echoed, reading.mentions, lacking="They name no services for it.")
    title = f"Services: {fb.deals[deals[0]].name}"
    ids = list(dict.fromkeys(ids))
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _outside_forces(ask: Ask, reading: Reading) -> list[str]:
    """Forces a question names that are party to none of the deals it is about."""
    fb = ask.fb
    deals = reading.anchor or frozenset(fb.deals)
    members = {f for d in deals for f in fb.deals[d].forces}
    named = [t for m in reading.mentions for t in m.targets if t in fb.entities]
    return [fb.entities[t].name for t in named if fb.entities[t].kind in graph.FORCE_KINDS and t not in members]


ENTRIES = (Entry(Form.SERVICES, _read, _answer),)
DONE = (Entry(Form.SERVICES, _read_done, _answer),)
