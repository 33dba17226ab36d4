"""Why something happened: a deal's reason facts, or a record that states a
cause of what the question names."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.forms.entry import Entry
from commands.ask.forms.said import only_the_deal
from commands.ask.pipeline import COVER_MIN, Ask, facts_first, from_records, shown_text, too_broad
from commands.ask.question import AUX, Form, Question, body
from commands.ask.ranking import CLOSE, TOPIC_BONUS, Aim, Scored, aim, rank, records
from commands.ask.reading import Reading
from commands.ask.render import Shown, render_answer
from commands.ask.slots import OFFICES
from commands.ask.verdict import explains
from knowledge.analysis import STOPWORDS, stems
from knowledge.question_index import QuestionIndex

PREMISE_MIN = 0.5  # a record covering this much tells which deal a question is on
# Words a why-question with no name needs to say what it asks about: the
# verb and two more ("why will the forces form an alliance").
_SAID_OF_MIN = 3
NEAREST_MIN = 0.75  # a record covering this much of a why-question states what it asks the reason of

# Nouns for a reason, whatever qualifies them ("the actual excuse", "the
# official line on why").
_REASONS = r"(?:reasons?|excuses?|justifications?|grounds|rationale|motives?|motivation|explanations?|basis)"
_WHY = re.compile(
    r"^(?:why|how come|for what reason|(?:what|which) (?:was|is|were|are|s) (?:the |their |his |its )?"
    r"(?P<pre>(?:\w+ ){0,2}?)"
    + _REASONS
    + r"(?: for| behind| why| given)?|what (?:made|led|caused|prompted|drove)|what s behind|what is behind|"
    r"reasons? (?:for|why|behind)|explain why|on what (?:grounds|basis)|"
    # "How did Loader explain the decision?", "how did Lloyd justify it?"
    r"how (?:did|does|do|has|have|was|were) (?P<who>.+?) (?:explain|explained|justify|justified|defend|defended|"
    r"account for|accounted for)(?: for)?)\b(?P<rest>.*)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHY.match(line):
        # "what was Lloyd's reason for...": whose reason is part of what is asked.
        owner = " ".join(w for w in f"{m['pre'] or ''} {m['who'] or ''}".split() if w not in _QUALIFIERS)
        return Question(line, Form.WHY, body(f"{owner} {m['rest']}".strip()))
    return None


# Words that qualify a reason without saying whose it is ("the real reason").
_QUALIFIERS = frozenset("s main real actual official stated given exact key whole true first".split())


def _read_anywhere(line: str, contrast: bool) -> Question | None:
    """ "herts dropped g4s, why?": the question word last."""
    if "why" in line.split():
        return Question(line, Form.WHY, body(re.sub(r"\bwhy\b", " ", line)))
    if line.split(" ", 1)[0] not in AUX and (m := _REASON_ANYWHERE.search(line)):
        # "set out the grounds on which the commissioner ended the talks": a
        # reason asked for wherever its noun stands; the rest is whose reason.
        return Question(line, Form.WHY, body(f"{line[: m.start()]} {line[m.end() :]}"))
    return None


_REASON_ANYWHERE = re.compile(r"\b" + _REASONS + r"(?: (?:on|for|behind) which| for| behind| why)?\b")


def _answer(ask: Ask, question: Question) -> Answer:
    seen: list[Scored] = []
    found = from_records(ask, question, ranker=lambda a, q, r: _rank(a, q, r, seen), decorate=_every_reason)
    if found.status is not Status.NOT_FOUND:
        return found
    # No reason given for it: still a decline, but one that shows, cited,
    # what the articles do say of what was asked about ("why did G4S fail at
    # the Olympics?": they say it failed, not why). The records were ranked
    # already, on the question's words, a reason's bonus aside.
    near = [
        replace(s, score=s.score - (TOPIC_BONUS if question.topic in s.item.topics else 0.0))
        for s in seen
        if s.cover >= NEAREST_MIN
    ]
    reading = ask.read(question.body)
    if not near or too_broad(ask.qi, replace(question, form=Form.WHAT), reading):
        return found  # "why the contract?": many records say as much, and picking one would be a guess
    if not reading.mentions and len(reading.predicate) < _SAID_OF_MIN:
        # "why did it fail?": a verb alone says not what failed; the nearest
        # record would be a guess at what was meant.
        return found
    lead = facts_first(ask.qi, near)[0]
    said = render_answer(ask.fb, ask.qi, ask.query, question, Shown(lead.item.id))
    return replace(
        found,
        body=f"They don't say why. What they do say of it:\n\n{said.body}",
        citations=said.citations,
        ids=said.ids,
    )


def _every_reason(ask: Ask, question: Question, reading: Reading, lead: Scored, shown: Shown) -> Shown:
    """ "Why did Herts drop G4S?", "Lloyd's excuse for binning it": asked why
    the deal ended as it did, naming nothing but the deal, its parties and
    its people, every reason the story gives for it answers alike; one
    picked from equals by a tie would hide the other."""
    fb, qi = ask.fb, ask.qi
    if "reason" not in lead.item.topics or len(lead.item.deals) != 1:
        return shown
    deal_id = next(iter(lead.item.deals))
    # The deal's own people ("Lloyd", "the Herts commissioner") say whose
    # decision, not what it was about.
    kept = tuple(
        u
        for u in reading.units
        if (u.mention is None and u.key not in OFFICES)
        or (
            u.mention is not None
            and (
                not all(qi.deals_of.get(t, frozenset()) == {deal_id} for t in u.mention.targets)
                or any(t in fb.deals for t in u.mention.targets)
            )
        )
    )
    if kept and not only_the_deal(ask, replace(reading, units=kept), frozenset({deal_id})):
        return shown
    others = tuple(f.id for f in fb.facts_of_deal(deal_id, "reason") if f.id != shown.lead)
    if not others:
        return shown
    second = None if shown.second in others else shown.second
    return replace(shown, second=second, more=others)


def _rank(ask: Ask, question: Question, reading: Reading, seen: list[Scored] | None = None) -> list[Scored]:
    """Reasons: a deal's reason facts when the question is why it ended as it
    did; otherwise a record that states a cause of what the question names.
    Every record ranked is added to `seen`, if given."""
    qi = ask.qi
    reading = replace(reading, anchor=reading.anchor or premise_deals(qi, reading))
    predicate = reading.predicate
    # "why did herts drop g4s": what is taken as given is a deal's status,
    # and that deal's reasons answer.
    # A status record must state it as well as any record does: "why was
    # G4S the only company considered" takes as given what a background fact
    # states, which no deal's reasons explain.
    premises = rank(qi, Aim(), reading, records, predicate)
    best = max((s.cover for s in premises), default=0.0)
    premised = {
        d
        for s in premises
        if "status" in s.item.topics and s.cover >= PREMISE_MIN and s.cover >= best - CLOSE
        for d in s.item.deals
    }
    out = []
    ranked = rank(qi, aim(question), reading, records)
    if seen is not None:
        seen += ranked
    # The texts _purpose may read, read in one go, not one by one.
    ask.fb.store.records(s.item.id for s in ranked if s.cover >= COVER_MIN)
    for scored in ranked:
        # A reason that itself states what is asked about answers too ("on
        # what basis did Lloyd make his decision").
        premise = not predicate or bool(scored.item.deals & premised) or scored.cover >= COVER_MIN
        reason = "reason" in scored.item.topics and premise
        if reason or (
            scored.cover >= COVER_MIN
            and (explains(scored.item, predicate) or _purpose(ask, scored.item.id, question.body))
        ):
            out.append(scored)
    return out


# "The alliance is all about protecting local policing": what a thing is
# for, a reason for doing it.
_PURPOSE = re.compile(r"\b(?:is|are|was|were|s) (?:all |mainly |largely |really |chiefly )?about \w+ing\b")


# Where the clause stating a purpose starts: after a verb of saying or a
# punctuation mark ("the commissioners said | the alliance is about...").
_CLAUSE_START = re.compile(r".*(?:\b(?:said|says|say|that)\b|[,.;:])")


def _purpose(ask: Ask, record_id: str, asked: str) -> bool:
    """Whether a record says what something the question names is for: the
    subject of "is about ...ing" must be named in the question, by a word
    that says something ("the" and who said it do not: "the commissioners
    said the alliance is about..." is no reason for the feasibility study)."""
    text = shown_text(ask.fb, record_id).lower()
    m = _PURPOSE.search(text)
    if m is None:
        return False
    before = text[: m.start()]
    start = _CLAUSE_START.match(before)
    subject = set(stems(before[start.end() :] if start else before)) - STOPWORDS
    return not subject.isdisjoint(stems(asked))


def premise_deals(qi: QuestionIndex, reading: Reading) -> frozenset[str]:
    """The deal(s) of the records that best state what the question takes as given."""
    ranked = rank(qi, Aim(), reading, records)
    if not ranked or ranked[0].cover < PREMISE_MIN:
        return frozenset()
    top = ranked[0].cover
    return frozenset(d for s in ranked if s.cover >= top - CLOSE for d in s.item.deals)


ENTRIES = (Entry(Form.WHY, _read, _answer),)
ANYWHERE = (Entry(Form.WHY, _read_anywhere, _answer),)
