"""Who somebody is, what something is, and who did something.

WHO_IS and WHAT_IS look the body up as a name, or as a description of one
entity ("the G4S spokesman"); when it is neither ("who was disappointed?")
the question is handed on, as WHO or WHAT, to be answered from records.
Asked for a name the articles do not give (a spokesman, a group), the
answer says so instead of offering a record that shares the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask import slots
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import KNOWN_MIN, Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Only, Scored, entities, rank
from commands.ask.reading import Reading, read
from commands.ask.render import Shown, not_found, render_answer
from commands.format import echo
from knowledge import FactBase

ENTITY_MIN = 0.75  # "who is" by description: an entity must fit this well...
ENTITY_MARGIN = 0.1  # ...and this much better than the next

# How somebody or something figures in a story: not a place, not a name.
_ROLE = re.compile(
    r"^(?:where (?:does|do|did|is|was) (?P<a>.+?) (?:come|comes|came|fit|fits|figure|figures|feature|features)"
    r"(?: in| into| in to)?"
    r"|what (?:role|part) (?:does|do|did|has|had|is|was) (?P<b>.+?) (?:play|played|playing|have|had)(?: in)?"
    r"|how (?:is|was|are|were) (?P<c>.+?) (?:involved|connected|linked|related)(?: in| with| to)?"
    r"|what (?:does|do|did|has|have) (?P<d>.+?) (?:have|has|got) to do with)\b(?P<rest>.*)$"
)
# A request for a name, which only a named person or thing can answer.
_NAME = re.compile(
    r"^(?:what (?:is|was) (?:the )?(?:full |first |last )?names? of (?P<a>.+)"
    r"|what (?:is|was) (?P<b>.+?) s (?:full |first |last )?name"
    r"|what (?:is|was) (?P<c>.+?) called"
    r"|who (?:is|was) (?P<d>.+?) by name"
    r"|(?:is|was|are|were) (?P<e>.+?) (?:named|identified)"
    r"|(?P<f>.+?) s? ?(?:full )?name)$"
)
_IS = re.compile(r"^(?P<first>who|what) (?:is|was|are|were) (?P<rest>.+)$")
# "what kind of company is G4S", "what's Lloyd's job title": what G4S is, who Lloyd is.
_KIND_OF = re.compile(
    r"^what (?:kind|sort|type) of (?:\w+ ){0,2}?(?:is|was|are|were) (?P<rest>.+)$"
    r"|^what (?:does|do|did) (?P<doer>.+?) do(?: for a living)?$"
    r"|^what (?:is|was) (?P<holder>.+?) s (?:actual |official |exact |proper )?"
    r"(?:job(?: title)?|role|title|position|post|job role)$"
    r"|^what (?:job|role|position) (?:does|did|do) (?P<worker>.+?) (?:do|have|hold)$"
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_NO_NAME = "They give no name for that."


def _read_naming(line: str, contrast: bool) -> Question | None:
    if m := _KIND_OF.match(line):
        return Question(line, Form.WHAT_IS, body(m["rest"] or m["doer"] or m["holder"] or m["worker"]))
    if m := _ROLE.match(line):
        subject = next(g for g in (m["a"], m["b"], m["c"], m["d"]) if g is not None)
        return Question(line, Form.WHAT, body(f"{subject} {body(m['rest'])}"), role=body(subject))
    if m := _NAME.match(line):
        named = next(g for g in (m["a"], m["b"], m["c"], m["d"], m["e"], m["f"]) if g is not None)
        return Question(line, Form.WHO_IS, body(named), asks_name=True)
    return None


def _read_is(line: str, contrast: bool) -> Question | None:
    if m := _IS.match(line):
        return Question(line, Form.WHO_IS if m["first"] == "who" else Form.WHAT_IS, body(m["rest"]))
    return None


def _read_who(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0]
    return Question(line, Form.WHO, body(line[len(first) :])) if first == "who" else None


def _who_is(ask: Ask, question: Question) -> Answer | Question:
    found = _entity(ask, question, read(ask.qi, question.body))
    if found is not None:
        return found
    # Not a name after all ("who was disappointed?"): a question like any other.
    return replace(question, form=Form.WHO if question.form is Form.WHO_IS else Form.WHAT)


def _entity(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """A person, organisation or deal, when the body names or describes one.

    Asked who somebody is by a description ("the Northamptonshire PCC"), or
    asked for a name, an entity the articles leave unnamed (a group, a
    spokesman) does not answer: the answer says the name is not given.
    """
    fb, qi = ask.fb, ask.qi
    mention = reading.units[0].mention if len(reading.units) == 1 else None
    if mention is not None and not mention.place and len(mention.targets) == 1:
        target = mention.targets[0]
        if question.asks_name and not _has_name(fb, target):
            return _no_name(ask, question, target)
        return render_answer(fb, qi, ask.query, question, Shown(target))
    if not reading.units or reading.known_share < KNOWN_MIN or reading.places:
        return not_found(fb, ask.query, reading.mentions, lacking=_NO_NAME) if question.asks_name else None
    best = clear_best(rank(qi, question, reading, entities), fb)
    # "Who is the Northamptonshire PCC?" fits the three forces' PCCs best:
    # a group, which does not say who one of them is.
    one_of_many = best is not None and question.form is Form.WHO_IS and _is_group(fb, best)
    if best is not None and (one_of_many or (question.asks_name and not _has_name(fb, best))):
        return _no_name(ask, question, best)
    if best is None and (question.asks_name or _describes_one(question)):
        # "who is the leicestershire chief constable?": an office nobody in
        # the articles is said to hold; a record that shares its words is no name.
        lacking = f"They name no one as {echo(question.body, 60)}."
        return not_found(fb, ask.query, reading.mentions, lacking=lacking)
    return render_answer(fb, qi, ask.query, question, Shown(best)) if best else None


def _describes_one(question: Question) -> bool:
    """ "who is the <office>": a description of one person, not "who was disappointed"."""
    return question.form is Form.WHO_IS and question.body.split(" ", 1)[0] in _DETERMINERS


def _has_name(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is None or not slots.unnamed(entity.kind, entity.role)


def _is_group(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is not None and slots.plural(entity.kind)


def _no_name(ask: Ask, question: Question, entity_id: str) -> Answer:
    """The articles refer to somebody without naming them: say so."""
    lacking = f"They don't name {echo(question.body, 60)}." if question.body else _NO_NAME
    return not_found(ask.fb, ask.query, (), lacking=lacking, entities=(entity_id,))


def clear_best(ranked: list[Scored], fb: FactBase | None = None) -> str | None:
    """The one entity a description fits, if it fits well and clearly best.

    Of several that fit as well, one named person beats groups and unnamed
    spokesmen: "the police and crime commissioner for Leicestershire" is Sir
    Clive Loader, though the three forces' PCCs as a body fit the words too.
    """
    if not ranked or ranked[0].cover < ENTITY_MIN:
        return None
    close = [s.item.id for s in ranked if ranked[0].cover - s.cover < ENTITY_MARGIN]
    if len(close) == 1:
        return close[0]
    if fb is not None:
        named = [t for t in close if _has_name(fb, t) and not _is_group(fb, t) and fb.entities[t].kind == "person"]
        if len(named) == 1:
            return named[0]
    return None


_not_a_deal = Only(kinds=("fact", "quote", "event", "entity"))


def _who(ask: Ask, question: Question) -> Answer:
    # A deal is no "who": a record that names who did or said it answers.
    return from_records(ask, question, allow=_not_a_deal)


NAMING = (Entry(Form.WHO_IS, _read_naming, _who_is),)
ENTRIES = (Entry(Form.WHO_IS, _read_is, _who_is), Entry(Form.WHAT_IS, _read_is, _who_is))
WHO = (Entry(Form.WHO, _read_who, _who),)
