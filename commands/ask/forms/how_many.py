"""How many, how much, how long: only a record that puts a number, an
amount or a measure on what is asked answers; otherwise the articles don't
say (a record on the topic without the figure is no answer)."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import graph, slots
from commands.ask.forms.entry import Entry
from commands.ask.forms.parties import deals_asked, members
from commands.ask.pipeline import Ask, Found, crossed_stories, from_records, select, shown_text
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Scored
from commands.ask.reading import Reading
from commands.ask.render import not_found
from commands.format import and_list, citations, echo
from knowledge.analysis import NUMBER_WORDS, stem, words
from knowledge.question_index import has_number

_STORY_WORDS = frozenset("story stories article articles piece pieces total altogether named listed".split())
_NAMING = frozenset("named name names mentioned quoted listed identified".split())
# Words that only ask who figures in the stories.
_PRESENCE = frozenset(
    stem(w) for w in "named name names mentioned quoted quote listed identified involved feature appear".split()
)
# "how long until ..." asks when (forms/when.py).
_HOW_MANY = re.compile(
    r"^how (?:many|much|long(?! (?:until|till|til|before)\b)|big|large|old|often|far)\b(?P<rest>.*)$"
)


# "how big a chunk of the force": the share asked for, framing what it is of.
_SHARE_NOUN = re.compile(r"^\s*(?:a |the )?(?:chunk|part|portion|share|slice|section|proportion) of\b")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _HOW_MANY.match(line):
        rest = _SHARE_NOUN.sub("", m["rest"]) if slots.asks_share(line) else m["rest"]
        return Question(line, Form.HOW_MANY, body(rest))
    return None


def _gives(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """The ranked records that give the figure asked for, and if none does,
    what the articles lack ("how many jobs")."""
    fb, qi = ask.fb, ask.qi
    if slots.asks_share(question.text):
        kept = [s for s in ranked if slots.gives_share(_basis_or_text(ask, s.item.id))]
        return kept, "They give no amount or figure for it."
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


def _basis_or_text(ask: Ask, record_id: str) -> str:
    """A record's shown text and the article words it rests on."""
    fact = ask.fb.facts.get(record_id)
    return " ".join(filter(None, (shown_text(ask.fb, record_id), fact.basis if fact else "")))


def _answer(ask: Ask, question: Question) -> Answer:
    crossed = crossed_stories(ask, question, ask.read(question.body))
    if crossed:
        # "How many back-office functions were in the East Midlands deal?"
        return not_found(ask.fb, ask.echoed, (), lacking=crossed)
    if slots.asks_share(question.text):
        stated = select(ask, question, gives=_gives)
        if isinstance(stated, Found):
            return from_records(ask, question, gives=_gives)
        parts = _parts_of(ask, question)
        return parts if parts is not None else stated
    nouns, _ = slots.counted(question.body)
    counted = next((_GRAPH_COUNTS[n] for n in sorted(nouns) if n in _GRAPH_COUNTS), "")
    if counted and not slots.asks_amount(question.text) and not slots.asks_measure(question.text):
        found = _from_graph(ask, question, counted)
        if found is not None:
            return found
    kind = next((_KIND_COUNTS[n] for n in sorted(nouns) if n in _KIND_COUNTS), "")
    if kind and not slots.asks_amount(question.text) and not slots.asks_measure(question.text):  # "how old is the PCC"
        found = _of_kind(ask, question, kind)
        if found is not None:
            return found
    return from_records(ask, question, gives=_gives)


def _parts_of(ask: Ask, question: Question) -> Answer | None:
    """ "How much of the Herts force was to be handed over?": with no share
    given, which parts were, from the one deal named: its services."""
    fb = ask.fb
    reading = ask.read(question.body)
    if len(reading.anchor) != 1:
        return None
    deal = fb.deals[next(iter(reading.anchor))]
    said = next(iter(fb.facts_of_deal(deal.id, "services")), None)
    if not deal.services or said is None:
        return None
    lines = [f"They give no share; the parts to be handed over: {and_list(deal.services)}.", said.text]
    title = f"{deal.name}: {and_list(deal.services)}"
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, [said.id]), ids=(said.id, deal.id))


# Kinds of party "how many" may count, from the fact graph: "how many PCCs
# are named", "how many spokesmen get quoted".
_KIND_COUNTS = {
    **dict.fromkeys(map(stem, ("pcc", "pccs", "commissioner", "commissioners")), "commissioner"),
    **dict.fromkeys(
        map(stem, ("spokesman", "spokesmen", "spokespeople", "spokesperson", "spokespersons")), "spokesman"
    ),
    **dict.fromkeys(map(stem, ("company", "companies", "firm", "firms")), "company"),
    **dict.fromkeys(map(stem, ("union", "unions")), "union"),
}


def _of_kind(ask: Ask, question: Question, kind: str) -> Answer | None:
    """How many of a kind of party the stories name, and who."""
    fb = ask.fb
    text = " ".join(w for w in words(question.body) if w not in _STORY_WORDS)
    reading = ask.read(text)
    nouns, _ = slots.counted(question.body)
    said = [u for u in reading.units if u.mention is None and u.key not in nouns and u.key not in _PRESENCE]
    if said:
        return None  # "how many firms were in the running": a record says, not the cast list
    deals = deals_asked(ask, reading, question.text)
    lines: list[str] = []
    ids: list[str] = []
    seen: dict[str, str] = {}
    for deal_id in deals:
        found = members(ask, deal_id, kind)
        if not found:
            continue
        seen |= {e.id: e.name for e in found}
        lines.append(
            f"**{fb.deals[deal_id].name}**: {graph.count_of(len(found))}: "
            + "; ".join(graph.role_line(fb, e) for e in found)
        )
        ids += [e.id for e in found]
    if not lines:
        return None
    where = "the two stories" if len(deals) > 1 else f"the {fb.deals[deals[0]].name} story"
    title = f"{graph.count_of(len(seen)).capitalize()} in {where}: {and_list(seen.values())}"
    ids = list(dict.fromkeys(ids))
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


# Words of counting itself ("not counting Lincolnshire"), which ask nothing of the stories.
_COUNTING = frozenset(stem(w) for w in "count counting counted total tally number numbers altogether".split())
# What "how many" counts that the fact graph holds outright.
_GRAPH_COUNTS = {
    **dict.fromkeys((stem("force"), stem("forces")), "forces"),
    **dict.fromkeys((stem("person"), stem("people"), stem("ppl"), stem("names"), stem("individuals")), "people"),
    **dict.fromkeys((stem("service"), stem("function"), stem("department")), "services"),
}


def _from_graph(ask: Ask, question: Question, counted: str) -> Answer | None:
    """A count the fact graph holds: a deal's forces or services, or the
    people an article names. The record that states the number, if one
    does, is shown beneath."""
    fb, qi = ask.fb, ask.qi
    text = " ".join(w for w in words(question.body) if w not in _STORY_WORDS)
    reading = ask.read(text)
    nouns, _ = slots.counted(question.body)
    beyond = [
        u
        for u in reading.units
        if not u.known and u.key not in nouns and u.key not in _COUNTING and not _is_number(u.word)
    ]
    if (reading.places and not reading.anchor) or beyond:
        # "how many forces across the country use G4S": counted over what the
        # articles never speak of, the stories' own forces are no answer.
        return None
    deals = deals_asked(ask, reading, question.text)
    if counted == "people" and not set(words(question.text)) & _NAMING:
        return None  # "how many people work there" counts no names
    if counted == "people":
        sources = list(dict.fromkeys(fb.deals[d].source for d in deals))
        people = graph.people_named(fb, sources)
        unnamed = [e for e in graph.named_by(fb, sources) if slots.unnamed(e.kind, e.role)]
        where = "the two articles" if len(sources) > 1 else "the article"
        count = graph.count_of(len(people)).capitalize()
        title = f"{count} people named in {where}: {and_list(e.name for e in people)}"
        lines = [f"• {graph.role_line(fb, e)}" for e in people]
        if unnamed:
            lines.append("Also quoted or named without a name: " + "; ".join(e.name for e in unnamed) + ".")
        ids = [e.id for e in people]
        return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))
    if counted == "forces" and set(words(question.text)) & _NAMING:
        # "How many forces does the Herts article name?": every force it
        # names, not only the deal's own ("including the framework's").
        return _named_forces(ask, deals)
    lines = []
    ids = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        items = [graph.place_of(e) for e in graph.forces(fb, deal_id)] if counted == "forces" else list(deal.services)
        if items:
            lines.append(f"**{deal.name}**: {graph.count_of(len(items))} {counted}: {and_list(items)}.")
            ids.append(deal_id)
    if not lines:
        return None
    stated = select(ask, question, gives=_gives)
    lead = stated.ranked[0].item.id if isinstance(stated, Found) else None
    if lead is None and counted == "services" and len(deals) == 1:
        lead = next((f.id for f in fb.facts_of_deal(deals[0], "services")), None)
    if lead is not None and lead not in ids and set(qi.items[lead].deals) <= set(ids):
        ids.insert(0, lead)
        lines.append(f"*In the article:* {shown_text(fb, lead)}")
    if len(deals) == 1:
        listed = lines[0].split(": ", 1)[1].rstrip(".")
        title = listed[0].upper() + listed[1:]
        total = len(graph.forces(fb, deals[0])) if counted == "forces" else len(fb.deals[deals[0]].services)
    else:
        total = len({e.id for d in deals for e in graph.forces(fb, d)}) if counted == "forces" else 0
        total = total or sum(len(fb.deals[d].services) for d in deals)
        title = f"{graph.count_of(total).capitalize()} {counted} in all: the {counted} in each story"
    guess = _guessed(question.text)
    if guess is not None:
        # "how many forces across both stories, like 6?": the guess checked.
        title = f"{'Yes' if guess == total else 'No'}: {title[:1].lower()}{title[1:]}"
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _named_forces(ask: Ask, deals: list[str]) -> Answer:
    """The police forces the articles of some deals name, party or not."""
    fb = ask.fb
    sources = list(dict.fromkeys(fb.deals[d].source for d in deals))
    found = [e for e in fb.entities.values() if e.kind in graph.FORCE_KINDS and e.source in sources]
    where = "the two articles" if len(sources) > 1 else "the article"
    title = f"{graph.count_of(len(found)).capitalize()} forces named in {where}: {and_list(e.name for e in found)}"
    lines = [f"• {graph.role_line(fb, e)}" for e in found]
    ids = [e.id for e in found]
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n > 1}


def _is_number(word: str) -> bool:
    """A number in figures or words: a guess ("..., four?"), not a thing asked of."""
    return word.isdigit() or word in _NUMBER_WORDS


def _guessed(text: str) -> int | None:
    """A number a "how many" question offers as its own guess ("..., like 6?")."""
    said = words(text)
    found = [
        int(w) if w.isdigit() else _NUMBER_WORDS[w]
        for i, w in enumerate(said)
        if (w.isdigit() or w in _NUMBER_WORDS) and said[i + 1 : i + 2] not in _SCOPES
    ]
    return found[-1] if len(found) == 1 else None


# "the two stories": which stories are asked about, not a guess.
_SCOPES = [[w] for w in "stories articles deals pieces sets lots story article deal".split()]


ENTRIES = (Entry(Form.HOW_MANY, _read, _answer),)
