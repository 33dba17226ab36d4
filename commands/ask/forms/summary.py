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
from commands.ask.question import AUX, QUESTION_WORDS, Form, Question, body
from commands.ask.reading import Reading, Unit
from commands.format import citations
from knowledge.analysis import words

# Words that ask for a story in short, wherever they stand in a question.
_CUE = re.compile(
    r"\b(?:summary|summaries|summarise|summarize|summarised|summarized|sum up|sum it up|sum them up|summing up|recap|"
    r"overview|gist|rundown|run down|lowdown|low down|nutshell|short version|quick version|eli5|in brief|briefly|"
    # "in a line or two": a length, not two stories.
    r"(?:in )?(?:one|a|1) (?:line|sentence|word) or (?:two|2|so)|"
    r"in (?:one|a|1|two|2|a few|few|a couple of) (?:line|lines|sentence|sentences|words?)|one line|one liner|"
    r"one sentence|(?:one|1|single) line|(?:two|three|2|3|few) (?:line|lines|sentence|sentences)|"
    r"a sentence each|a line each|(?:like )?i am (?:5|five|a child|a kid))\b"
    # "explain the east mids 999 thing": a whole story, asked to be explained.
    r"|^(?:the |this |that )(?:\w+ ){0,4}?(?:thing|story|saga|situation|business|stuff)\b"
    r"(?: to me)?(?=(?: like)? i am|$)"
)
# "what is the herts story about", "what are the two articles about".
_ABOUT = re.compile(
    r"^what (?:is|are|was|were|s) (?P<rest>(?:\w+ )*?(?:story|stories|article|articles|piece|pieces|thing|things|"
    r"news))(?: all| actually| even)? about$"
)
# A request around the cue: "can you give me a quick ... of".
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u) (?:please )?|please )?(?:give (?:me|us)|provide|write|do|make|send|"
    r"(?:can|could|may) (?:i|we) (?:please )?(?:have|get|see)|"
    r"show (?:me|us)|tell (?:me|us)|explain|describe)?\s*(?:me )?(?:an? |the )?(?:very |really )?"
    # "short" in "the short version" is the cue's own word, not the request's.
    r"(?:(?:quick|short|brief|fast|simple)(?! version))?\s*"
)
_LINKS = re.compile(r"^(?:of|on|for|about|re)\s+|\s+(?:of|on|for|about|please|pls)$")
# "the story about the East Midlands forces": words that point at a story, not a part of it.
_LOCATING = re.compile(
    r"\b(?:story|stories|article|articles|piece|pieces|report|reports|news|thing|things) "
    r"(?:about|on|of|concerning|regarding|involving|with)\b"
)
# With "forces", of whom every story is ("the East Midlands forces"): it
# says whose story, not which part of it ("the G4S side" is a part).
_STORY_WORDS = frozenset(
    """story stories article articles piece pieces news whole thing things please two both each all every these
    force forces saga""".split()
)

# "the story about the East Midlands forces": the kind of its parties, beside
# or instead of a name, says which story too.
_PARTY_WORDS = frozenset("forces force police constabulary constabularies".split())


def _read(line: str, contrast: bool) -> Question | None:
    if m := _ABOUT.match(line):
        return Question(line, Form.SUMMARY, body(m["rest"]))
    if not _CUE.search(line):
        return None
    request = _REQUEST.sub("", line, count=1)
    linked = next((m for m in _CUE.finditer(request) if _LINKS.match(request[m.end() :].lstrip())), None)
    if linked is not None and words(request[: linked.start()]):
        # "my teacher wants a 2 line summary of the herts story": what is
        # summarised follows the cue's "of"; the words before it are whoever
        # asks for it, and how.
        request = request[linked.end() :]
    rest = " ".join(_CUE.sub(" ", request).split())
    rest = _LINKS.sub("", _LINKS.sub("", _LOCATING.sub(" ", rest))).strip()
    return Question(line, Form.SUMMARY, body(rest))


def _answer(ask: Ask, question: Question) -> Answer | Question:
    fb, qi = ask.fb, ask.qi
    # What only says which story ("the herts deal", "what happened with")
    # picks the story, not a part of it.
    text = " ".join(
        w
        for w in words(question.body)
        if w not in _STORY_WORDS and w not in _PARTY_WORDS and w not in QUESTION_WORDS and w not in AUX
    )
    reading = ask.read(text)
    reading = replace(reading, units=tuple(u for u in reading.units if u.mention or u.key not in qi.deal_nouns))
    asked = _CUE.sub(" ", question.text)
    if _SEVERAL.search(asked):
        # "both g4s police stories": words every story asked of is about
        # say which stories, not a part of them.
        reading = replace(reading, units=_not_shared(ask, reading, deals_asked(ask, reading, asked)))
    if reading.units and not only_parties(qi, reading):
        # One part of a story: the record that best covers it.
        return replace(question, form=Form.KEYWORDS, body=text)
    if reading.places and not reading.anchor:
        return replace(question, form=Form.KEYWORDS, body=text)
    # The cue's own words ("in a line or two") say how long, not how many stories.
    # Asked for several ("the herts and g4s stories", "each", "both"), the
    # names are each a story's, not the one they share.
    common = [] if _SEVERAL.search(asked) else _common_story(ask, reading)
    deals = common or deals_asked(ask, reading, asked)
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


_SEVERAL = re.compile(r"\b(?:stories|articles|deals|each|both)\b")


def _not_shared(ask: Ask, reading: Reading, deals: list[str]) -> tuple[Unit, ...]:
    """A reading's units less the words (not names) that the description of
    every one of several deals holds, itself or by a synonym."""
    terms = [u for u in reading.units if u.mention is None and u.widened]
    if len(deals) < 2 or not terms:
        return reading.units
    described = ask.qi.content.matches([(u.key, u.widened) for u in terms], among=set(deals))
    shared = {u.key for u in terms if all(u.key in described.get(d, (0.0, {}))[1] for d in deals)}
    return tuple(u for u in reading.units if u.mention is not None or u.key not in shared)


def _common_story(ask: Ask, reading: Reading) -> list[str]:
    """ "The herts G4S story": several names, one of them in both stories,
    mean the story they share, when they share some but not all."""
    fb, qi = ask.fb, ask.qi
    named = [
        frozenset(d for t in m.targets for d in ((t,) if t in fb.deals else qi.deals_of.get(t, ())))
        for m in reading.mentions
    ]
    named = [deals for deals in named if deals]
    if len(named) < 2:
        return []
    shared = frozenset.intersection(*named)
    if not shared or shared == frozenset.union(*named):
        return []
    return sorted(shared, key=qi.deal_order.__getitem__)


ENTRIES = (Entry(Form.SUMMARY, _read, _answer),)
