"""Which forces, companies, unions or people a deal involves, and where its
forces are: read from the deal's own fields (graph.py), never searched for
in text. "who are the three forces in each story" lists both deals."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import graph, slots
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask
from commands.ask.question import AUX, Form, Question, body
from commands.ask.reading import Reading
from commands.ask.render import Shown, not_found, render_answer
from commands.format import and_list, citations
from knowledge.analysis import STOPWORDS, terms, words
from knowledge.model import Entity

# A count or a word like it before "forces": "the three", "all six", "the other".
_COUNTED = r"(?:(?:all |both |the )?(?:three|3|two|2|six|6|other|main|various|different) )?"
_FORCES = re.compile(
    r"^(?:(?:who|which|what) (?:are|were|is|was) (?:the |all )?" + _COUNTED + r"(?:police )?forces?"
    r"|(?:name|list) (?:all )?(?:the )?" + _COUNTED + r"(?:police )?forces"
    r"|(?:which|what) (?:counties|areas|places)(?: (?:are|were|was|is))?)"
    r"(?P<rest>(?: (?:in|of|involved|named|mentioned|that|who|which|part|on|for|behind|from|at|across)\b.*)?)$"
    # "which forces turned G4S down": which of them, whatever they did.
    r"|^(?:which|what) " + _COUNTED + r"(?:police )?forces\b(?P<rest2>.*)$"
)
# "which unions are mentioned", "who are the people quoted in the herts
# story", "list everyone quoted across both articles".
_KIND_WORDS = (
    r"(?P<kind>unions?|compan(?:y|ies)|firms?|people|persons|individuals|everyone|everybody|organisations?|bodies|"
    r"(?:police and crime )?commissioners?|pccs?)"
)
_KINDS = re.compile(
    r"^(?:(?:which|what|who) (?:(?:is|are|was|were) (?:the )?(?:named )?)?|(?:name|list) (?:all )?(?:of )?(?:the )?"
    r"(?:named )?)(?:(?:trade|labour|private|security|other|public) )?" + _KIND_WORDS + r"(?: s| is| are| was| were)?"
    r"(?: (?:get|gets|got|have been|has been|had been|been|are|were|is|was|do|does))?"
    r"(?: (?:named|mentioned|quoted|involved|featured|featuring|appearing|appear|that appear|who appear))?"
    r"(?: (?:in|part of|on|across|from)\b(?P<rest>.*))?$"
)
_REGION = re.compile(
    r"^(?:what|which|where) (?:region|area|part of (?:the )?country|part of england|county|counties)"
    r"(?: (?:is|are|was|were|do|does))?\b(?P<rest>.*)$"
    # "where are the control-room forces based?": where forces are is their places.
    r"|^where (?:are|were) (?P<forces>(?:\w+ ){0,4}(?:forces|police|constabularies))"
    r"(?: (?:based|located|situated|from))?$"
)
# Words that ask about every story at once.
_ALL_STORIES = frozenset("each both two all every".split())
_STORY_WORDS = frozenset("story stories article articles piece pieces deal deals lot lots sets set".split())
_KIND_OF = {
    "union": frozenset({"union"}),
    "company": frozenset({"company"}),
    "firm": frozenset({"company"}),
    "people": graph.PERSON_KINDS,
    "person": graph.PERSON_KINDS,
    "organisation": frozenset({"company", "union", "police force"}),
    "body": frozenset({"company", "union", "police force"}),
}
_COMMISSIONER = re.compile(r"\bcommissioner\b", re.IGNORECASE)
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
_SPEAKING = frozenset({"person", "spokesperson"})  # the kinds a spokesman is recorded as


# "which east midlands forces", "what herts forces": the forces a place's name
# (or a deal's) puts before the word, asked in a search box's terms.
_NAMED_FORCES = re.compile(r"^(?:which|what) (?P<named>(?:\w+ ){1,3}?)(?:police )?forces$")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _FORCES.match(line):
        return Question(line, Form.PARTIES, body(m["rest"] or m["rest2"]), slot="forces")
    if (m := _NAMED_FORCES.match(line)) and not set(m["named"].split()) & STOPWORDS:
        return Question(line, Form.PARTIES, m["named"].strip(), slot="forces")
    if m := _REGION.match(line):
        return Question(line, Form.PARTIES, body(m["rest"] or m["forces"]), slot="region")
    if m := _KINDS.match(line):
        return Question(line, Form.PARTIES, body(m["rest"] or ""), slot=_kind(m["kind"]))
    return None


# "both stories have a PCC in them, who?": a kind of party asked of every story.
# "the PCCs in these stories": the stories in the plural are every story.
_ACROSS = re.compile(
    r"\b(?:(?:both|each|all|two|2|every) (?:of the )?(?:\w+ )?(?:stor(?:y|ies)|articles?|pieces?|deals?)"
    r"|(?:these|those|the) (?:two )?(?:\w+ )?(?:stories|articles|pieces))\b"
)
_KIND_ANYWHERE = re.compile(r"\b" + _KIND_WORDS + r"\b")


# "can you give me the list of named people and their roles".
_LIST_OF = re.compile(r"\b(?:list|lists|names|rundown|roll call) of (?:the |all )?(?:named |quoted )?" + _KIND_WORDS)


def _read_across(line: str, contrast: bool) -> Question | None:
    if line.split(" ", 1)[0] in AUX:
        return None  # "is G4S the company in both articles?": a yes or no
    m = _LIST_OF.search(line)
    if m is None and (not _ACROSS.search(line) or not (m := _KIND_ANYWHERE.search(line))):
        return None
    return Question(line, Form.PARTIES, "", slot=_kind(m["kind"]))


def _kind(word: str) -> str:
    """The kind of party a word asks for: "companies" a company, "PCCs" or
    "police and crime commissioners" a commissioner."""
    if "commissioner" in word:
        return "commissioner"
    kind = word.rstrip("s") if word != "companies" else "company"
    kind = {"compan": "company", "pcc": "commissioner", "bodie": "body", "individual": "people"}.get(kind, kind)
    return "people" if kind in ("everyone", "everybody") else kind


def deals_asked(ask: Ask, reading: Reading, text: str) -> list[str]:
    """The deals a question is about: those its names point at, or every
    deal when it names none or asks of "each story", "both deals"."""
    said = set(words(text))
    if said & _ALL_STORIES and said & _STORY_WORDS:
        return list(ask.fb.deals)
    if reading.anchor:
        return sorted(reading.anchor, key=ask.qi.deal_order.__getitem__)
    # "the control-room forces": a deal named by its services, numbers aside ("999").
    served = _deals_of_services(ask, set(terms(text)))
    return served if len(served) == 1 else list(ask.fb.deals)


def _deals_of_services(ask: Ask, asked: set[str]) -> list[str]:
    """The deals one of whose services the question names in all its words but numbers."""
    qi = ask.qi
    found = {
        deal
        for term in sorted(asked)
        for deal, at in qi.service_users.get(term, ())
        if {t for t in qi.service_terms[deal][at] if not t.isdigit()} <= asked
    }
    return sorted(found, key=qi.deal_order.__getitem__)


def _answer(ask: Ask, question: Question) -> Answer:
    fb, qi = ask.fb, ask.qi
    reading = ask.read(question.body)
    if reading.places and not reading.anchor:
        return not_found(fb, ask.echoed, reading.mentions, places=reading.places)
    measured = slots.unknown_measures(question.text, reading.unknown_words)
    if measured:
        # "which force is the biggest of the three?": a measure the articles
        # never give, which the cast list does not answer.
        return not_found(fb, ask.echoed, reading.mentions, unknown=measured)
    people = [t for m in reading.mentions for t in m.targets if t in fb.entities and fb.entities[t].kind == "person"]
    if question.slot == "region" and len(people) == 1:
        # "Which county is Sir Clive the commissioner for?": the place his role names.
        return render_answer(fb, qi, ask.query, question, Shown(people[0]))
    deals = deals_asked(ask, reading, question.text)
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        found = members(ask, deal_id, question.slot)
        if not found:
            continue
        if question.slot in ("forces", "region"):
            line = f"**{deal.name}** ({deal.status}): {graph.deal_line(fb, deal)}."
        else:
            line = f"**{deal.name}**: " + "; ".join(graph.role_line(fb, e) for e in found) + "."
        lines.append(line)
        proof = graph.evidence(qi, deal_id, [e.id for e in found])
        ids += [i for i in (proof, deal_id) if i]
    if not lines:
        lacking = f"They name no {question.slot} in it." if question.slot else ""
        return not_found(fb, ask.echoed, reading.mentions, lacking=lacking)
    ids = list(dict.fromkeys(ids))
    if len(lines) == 1:
        listed = members(ask, deals[0], question.slot) if len(deals) == 1 else []
        named = and_list(graph.place_of(e) for e in listed)
        title = fb.deals[deals[0]].name if question.slot == "region" or not listed else named
        proof = ids[0] if ids[0] not in fb.deals else None
        body_lines = [*lines, *([_article_line(ask, proof)] if proof else [])]
        return Answer(title=title, body="\n".join(body_lines), citations=citations(fb, ids), ids=tuple(ids))
    title = {"forces": "The forces in each story", "region": "Where each story's forces are"}.get(
        question.slot, f"The {question.slot} in each story"
    )
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def members(ask: Ask, deal_id: str, kind: str) -> list[Entity]:
    """The parties of one kind a deal involves, from the fact graph."""
    fb = ask.fb
    if kind in ("forces", "region", ""):
        return graph.forces(fb, deal_id)
    if kind == "commissioner":
        return [e for e in graph.linked(fb, deal_id, graph.PERSON_KINDS) if _COMMISSIONER.search(e.role)]
    if kind == "spokesman":
        return [e for e in graph.linked(fb, deal_id, _SPEAKING) if _SPOKESMAN.search(e.role)]
    return graph.linked(fb, deal_id, _KIND_OF.get(kind, frozenset()))


def _article_line(ask: Ask, record_id: str) -> str:
    """What the article itself says, beneath a structured answer."""
    fb = ask.fb
    fact = fb.facts.get(record_id)
    if fact is not None:
        return f"*In the article:* {fact.text}"
    quote = fb.quotes.get(record_id)
    if quote is not None:
        return f"*The article:* “{quote.text}” ({fb.entities[quote.speaker].name})"
    event = fb.events.get(record_id)
    return f"*In the article:* {event.text}" if event is not None else ""


ENTRIES = (Entry(Form.PARTIES, _read, _answer),)
ACROSS = (Entry(Form.PARTIES, _read_across, _answer),)
