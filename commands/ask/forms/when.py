"""When something happened or will: a record with a time, led by that time."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask import slots
from commands.ask.forms import order
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, from_records, unknown_predicate
from commands.ask.question import INTENT, Form, Question, body
from commands.ask.ranking import Only, Scored
from commands.ask.reading import Reading
from commands.ask.render import Shown, not_found
from commands.ask.verdict import COMMON, settles
from knowledge.analysis import MONTH, stem, time_phrase, words

_WHEN = re.compile(
    r"^(?:when|by when|since when|until when|how soon|how long ago|how long (?:until|till|til|before)|"
    r"(?:what|which) (?:date|day|time|year|month)|"
    r"what (?:was|is|s) the (?:exact |precise |actual |target |expected |planned |proposed |likely )?"
    r"(?:date|day|time|year|month)(?: of| when| that| for)?)"
    r"\b(?P<rest>.*)$"
)


# "When is the alliance due?", "when's it scheduled for?", "when is it on
# course to happen?": words of being timed for something ask only when.
_TIMED_FOR = re.compile(
    r"\b(?:due|scheduled|slated|timetabled|pencilled in|penciled in|on course|on track|forecast|projected|"
    r"expected|likely|set)(?: (?:to be|to|for|in|by|at|on))?(?= |$)(?! up\b)"
)


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHEN.match(line):
        # "When does Unison hope to meet the chiefs?": when they will meet.
        return Question(line, Form.WHEN, body(_TIMED_FOR.sub(" ", INTENT.sub("", m["rest"]))))
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


# A question of what has happened: "when did...", "when was it announced".
_PAST = re.compile(
    r"^(?:when|what \w+|which \w+) (?:did|was|were|had)\b(?!.*\b(?:going|meant|supposed|due|set|expected|planned) to\b)"
)
_ASKS_YEAR = re.compile(r"\b(?:what|which) year\b|\byear\b")
_ASKS_MONTH = re.compile(r"\b(?:what|which) month\b")
_ASKS_DATE = re.compile(r"\b(?:date|day|exact|precise)\b")
# "what time last night": a time of day, which a day or a date does not give.
_ASKS_CLOCK = re.compile(r"\b(?:what|which|at what) (?:time|hour)\b|\btime of day\b|\bo ?clock\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(rf"\b(?:{MONTH})\b", re.IGNORECASE)
_DAY = re.compile(r"\b\d{1,2}\s+[a-z]+\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d\d\b|o.clock|\bnoon\b|\bmidnight\b", re.IGNORECASE
)


def _gives_time(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """Only a record that says the thing asked about happened gives its time
    ("when did the forces reject G4S?" is not answered by when the study was
    announced). Asked for a year or a date, only a time that gives one
    answers: "3 November" gives no year, "early next year" no date."""
    done = [u for u in reading.predicate if u.weight >= COMMON and settles(u)]
    framing = _framing(question.body, {u.word for u in done})
    done = [u for u in done if u.word not in framing] or done
    ranked = [s for s in ranked if all(u.key in s.matched for u in done)]
    # "When did the forces first talk to G4S?": a company asked about must be
    # in the record, not merely party to its deal (Unison's meeting with the chiefs).
    companies = {c for d in ask.fb.deals.values() for c in d.companies}
    named = {t for m in reading.mentions for t in m.targets if t in companies}
    ranked = [s for s in ranked if named <= s.item.about]
    if not ranked:
        return ranked, "They don't say when."
    text = question.text
    if _PAST.match(text):
        # "When did the forces first talk about an alliance?": asked of what
        # has happened, not answered by a time still to come.
        ranked = [s for s in ranked if not slots.to_come(s.item.when)]
        if not ranked:
            return ranked, "They only say when it is to happen, not that it has."
    if _ASKS_CLOCK.search(text):
        kept = [s for s in ranked if _CLOCK.search(s.item.when)]
        return kept, f"They give no time of day for it, only “{ranked[0].item.when}”."
    if _ASKS_MONTH.search(text):
        kept = [s for s in ranked if _MONTH.search(s.item.when)]
        return kept, f"They give no month for it, only “{ranked[0].item.when}”."
    if _ASKS_YEAR.search(text) and not _ASKS_YEAR.search(question.body):
        kept = [s for s in ranked if _YEAR.search(s.item.when)]
        return kept, f"They give no year for it, only “{ranked[0].item.when}”."
    if _ASKS_DATE.search(text):
        kept = [s for s in ranked if _DAY.search(s.item.when)]
        return kept, f"They give no date for it, only “{ranked[0].item.when}”."
    return ranked, ""


# Verbs saying a deed was settled on: "decided / chose / agreed to privatise"
# all say the same of it, so they frame the deed. "Refused", "failed" or
# "declined to privatise" say the opposite, and are words of the question.
_SETTLING = frozenset(
    stem(w)
    for w in (
        *("decide", "decided", "decides", "deciding", "choose", "chose", "chosen", "chooses", "choosing"),
        *("agree", "agreed", "agrees", "agreeing", "opt", "opted", "opts", "opting"),
        *("resolve", "resolved", "resolves", "resolving", "plan", "planned", "plans", "planning"),
    )
)


def _framing(text: str, deeds: set[str]) -> set[str]:
    """ "When did they agree to privatise?": the deed is what follows "to";
    a verb before it saying it was settled only frames it ("decided",
    "chose", "agreed" all say so), so it need not be the record's word."""
    said = words(text)
    return {
        said[i]
        for i in range(len(said) - 2)
        if said[i + 1] == "to" and said[i + 2] in deeds and stem(said[i]) in _SETTLING
    }


# "When was the decision taken?": taking, making or reaching a decision is
# deciding; the verb says nothing the noun does not, as "made" says nothing.
_DECISION = re.compile(r"\b(?:decision|decisions|choice|step)\b")
_LIGHT = re.compile(r"\b(?:take|taken|took|takes|taking|reach|reached|reaches|reaching)\b")


def _answer(ask: Ask, question: Question) -> Answer:
    if question.slot in order.SLOTS:
        return order.answer(ask, question)
    if _DECISION.search(question.body):
        question = replace(question, body=" ".join(_LIGHT.sub(" ", question.body).split()))
    offered = _offer(question.body)
    if offered and (asked := question.body[: question.body.rfind(offered)].rstrip(" ,;:-")):
        # "..., last week?": the record is found from what is asked, and the
        # time offered judged against its time, whatever words the offer has;
        # nor is it a year or date asked for.
        at = question.text.rfind(offered)
        text = question.text[:at] + question.text[at + len(offered) :] if at >= 0 else question.text
        question = replace(question, text=text, body=asked)
    reading = ask.read(question.body)
    known = {u.word for u in reading.predicate if u.known and u.weight >= COMMON and settles(u)}
    framing = _framing(question.body, known)
    unknown = [w for w in unknown_predicate(question, reading) if w not in framing]
    if unknown:
        # "When did the talks start?": a time of something the articles never mention.
        return not_found(ask.fb, ask.echoed, reading.mentions, unknown=unknown)
    if _SAYING.search(question.body):
        found = from_records(ask, question, allow=_said, gives=_gives_time, decorate=_lead_said)
    else:
        found = from_records(ask, question, allow=_timed, gives=_gives_time, decorate=_lead_time)
    return _offered(ask, question, found, offered)


# Words that put a time as a bound or a stretch, which another time may fall within.
_BOUND = frozenset("by before after until till since from within around about early late".split())


def _offer(asked: str) -> str:
    """The time a when-question offers as its own answer, last ("..., this
    year wasn't it?", "was it last year?"), else "". A time put as a bound
    ("by 2020") may hold another, and a time inside what is asked about ("the
    meeting early next year") is no answer offered."""
    offered = time_phrase(asked)
    told = words(offered)
    if not offered or words(asked)[-len(told) :] != told or set(told) & _BOUND:
        return ""
    return offered


def _offered(ask: Ask, question: Question, found: Answer, offered: str) -> Answer:
    """A time offered is a time put for checking: "Yes" when the record's
    time is the one offered, "No" with the record's when it is another."""
    if not offered or found.status is not Status.OK or not found.ids or found.ids[0] not in ask.qi.items:
        return found
    told = words(offered)
    item = ask.qi.items[found.ids[0]]
    given = item.said_when if _SAYING.search(question.body) else item.when
    if not given:
        return found
    theirs = " ".join(words(given))
    same = " ".join(told) in theirs or theirs in " ".join(told)
    title = found.title.split(": ", 1)[-1]
    if same:
        return replace(found, title=f"Yes: {title}")
    note = f"The articles give “{given}”, not “{offered}”."
    return replace(found, title=f"No: {title}", body=f"{note}\n\n{found.body}")


ENTRIES = (Entry(Form.WHEN, _read, _answer),)
# "Which came first, X or Y?", "the latest step in the herts story": read
# before the forms their words would otherwise fall to ("what happened").
ORDER = (Entry(Form.WHEN, order.read, _answer),)
