"""Confirm or correct: a statement put for checking ("the herts deal covered
herts, essex and beds yeah?", "Sir Clive is the Notts PCC?", "Hanrahan said
it was good news, right?") gets "Yes", or "No"/"Not quite" with the
correction, from the facts of the very deal, person or quote it is about.

A claim of two parts, each on a story of its own, is put part by part
(`conjuncts`). The checks, each on the fact graph or one record, in order:

- for good: "done with G4S forever" against the story's records on what next;
- presence: "Unison is in both stories" against the deals an entity bears on;
- attribution: "X said Y" against the quote that carries Y (or its
  opposite), and its speaker;
- identity: "X is the Y" against X's own role and organisation;
- cause: "dropped G4S because of X" against the story's reason records;
- membership: "the deal covered A, B and C" against the deal's own forces,
  a yes only to a claim of nothing else;
- services: "HR was one of them" against each deal's own services;
- across: a thing of the other story put in this one: no, or declined;
- otherwise the record that best covers the statement: its own words
  (a negation, a different year or number) or a detail it lacks.

Yes/no questions of the same shapes ("is David Lloyd the Leicestershire
PCC?", "was Lincolnshire one of the three forces?") go through the same
checks (`check`). Nothing here answers from the other story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from commands.answer import Answer
from commands.ask import graph, slots
from commands.ask.forms import blank, general
from commands.ask.forms.entry import Entry, never
from commands.ask.outcome import deal_deeds, deal_terms, outcome, what_happened
from commands.ask.pipeline import COVER_MIN, KNOWN_MIN, Ask, facts_first, refuse, shown_text
from commands.ask.question import SAY, Form, Question
from commands.ask.ranking import CLOSE, Aim, Scored, coverage, coverages, quotes, rank, records
from commands.ask.reading import Reading, Unit, is_party, mentions_in
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.scope import asks_each_story
from commands.ask.verdict import (
    COMMON,
    ENDED,
    PLANNED,
    REGRET,
    SAYING,
    STATUS_CUES,
    THE_EVENT,
    WELCOME,
    answers_for,
    claim_verdict,
    ended_terms,
    firm_against_possible,
    negated,
    only_intended,
    reactions_of,
    settles,
    shortfall_read,
    took,
    verdict,
    who_terms,
    with_opposites,
)
from commands.format import and_list, citations, quote_text
from knowledge import FactBase
from knowledge.analysis import MONTH, NUMBER_WORDS, STOPWORDS, is_filler, stem, terms, time_phrase, years
from knowledge.analysis import words as analysed_words
from knowledge.model import Deal, Entity
from knowledge.question_index import Item, Mention, named_in
from knowledge.text import normalise

SURE = 0.75  # a record covering a claim this well, with nothing it lacks, confirms it
NEAR = 0.4  # ...covering this much, it is on the claim's subject: a correction, not a decline
_COPULA = frozenset({"is", "was", "are", "were", "s", "re", "be", "been"})
# Verbs that say what somebody is to somebody else, as "is" does.
_RELATES = frozenset(
    "works work worked working represents represent speaks speak ran runs heads headed leads led manages managed "
    "chairs chaired".split()
)
_RELATING = frozenset(stem(w) for w in _RELATES)
_ARTICLES = frozenset("story stories article articles piece pieces".split())
_DEALS = frozenset("deal deals contract contracts".split())
_PRESENCE_WORDS = frozenset(
    stem(w) for w in (*_ARTICLES, "both", "each", "appear", "feature", "mention", "named", "in", "involve", "involved")
)
_BOTH = frozenset("both each two".split())
_SAY_AS_NOUN = [[w] for w in "any a no some the final have has had".split()]
# Verbs of saying itself, not of thinking: "said about" still puts words in a mouth.
_SPOKEN = SAY - frozenset("think thinks believe believes reckons".split())
_THROUGH = frozenset({"through", "via", "under"})
_MEMBERSHIP = frozenset("one forces force covered cover covers include included includes part member among in".split())
# Joining is membership once done ("did Essex join", "Essex joined"); "is
# Derbyshire joining", "will Kent join" ask of the future, which the articles don't tell.
_JOINED = frozenset({"joined"})
_DONE = frozenset({"did", "has", "have", "had"})
# Words naming an office or role, which ask whether somebody holds it.
_ROLE_WORDS = frozenset(
    stem(w)
    for w in """pcc commissioner secretary spokesman spokesperson spokeswoman chief constable leader head boss chair
    chairman councillor officer member mp minister director executive president general""".split()
)
# Kinds of entity whose role says what they are to others: a person's office,
# a contract's owner. A company or a force is not "the X" of anything here.
_RELATIONAL_KINDS = frozenset({"person", "contract", "spokesperson", "group", "alliance"})
# A noun after a force's name that makes the name the deal's ("the herts plan").
_DEAL_NOUNS = frozenset(stem(w) for w in "deal plan plans contract story forces lot privatisation outsourcing".split())


@dataclass(frozen=True, slots=True)
class _Claim:
    """A statement read for checking."""

    words: list[str]
    reading: Reading
    claim: bool  # put as a statement ("..., right?"), not as a yes/no question
    asked: str = ""  # a yes/no question's opening word ("is", "did")

    def after(self, mention: Mention) -> str:
        return self.words[mention.end] if mention.end < len(self.words) else ""


# "the herts outsourcing thing was with G4S": whom a deal was with, not whether it came off.
_WAS_WITH = re.compile(r"^(?P<deal>.+?) (?:that |which )?(?:was|is|were|are) (?:with|between) (?P<party>.+)$")


def _with_whom(ask: Ask, body: str, reading: Reading) -> Answer | None:
    """ "The Herts outsourcing thing was with G4S": a claim of whom one deal
    was with, its deed words ("outsourcing") only saying which deal. Yes when
    every party named is the deal's, shown by a record naming them."""
    m = _WAS_WITH.match(" ".join(analysed_words(body)))
    if m is None or len(reading.anchor) != 1:
        return None
    deal = ask.fb.deals[next(iter(reading.anchor))]
    party = ask.read(m["party"])
    named = [t for u in party.units if u.mention is not None for t in u.mention.targets]
    if not named or any(u.mention is None or not is_party(ask.qi, u.mention) for u in party.units):
        return None
    if not set(named) <= {*deal.companies, *deal.forces}:
        return None  # another party: the checks of the deal's own records correct it
    # Shown by a record that names them in its own words, else by any about them.
    names = [ask.fb.entities[t].name.lower() for t in named if t in ask.fb.entities]
    lead = next(
        (
            r
            for r in ask.qi.records_of.get(deal.id, ())
            if set(named) <= ask.qi.items[r].about and all(n in shown_text(ask.fb, r).lower() for n in names)
        ),
        None,
    )
    lead = lead or graph.evidence(ask.qi, deal.id, named) or deal.id
    return render_answer(ask.fb, ask.qi, ask.query, Question(body, Form.CONFIRM, body), Shown(lead, verdict="yes"))


_NEGATED_CUE = re.compile(r"\b(?:not|never)(?: to)?\s*$")
# A verb of deciding or wanting before a negated cue: its own deed ("decided not to go ahead").
_DECIDING = re.compile(
    r"\b(?:decided?|decides|chose|choose|opted|agreed|voted|wanted|want|wants)\s+(?:not|never)(?: to)?\s*$"
)


def _ends_claim(ask: Ask, after: str) -> bool:
    """Whether what follows a status cue leaves it ending the claim: nothing,
    or only the party it went ahead with ("... went ahead with G4S")."""
    rest = after.split()
    if not rest:
        return True
    if rest[0] not in ("with", "for"):
        return False
    reading = ask.read(" ".join(rest[1:]))
    return bool(reading.units) and all(u.mention is not None and is_party(ask.qi, u.mention) for u in reading.units)


def _answer(ask: Ask, question: Question) -> Answer | Question:
    if blank.BLANK.search(ask.echoed):
        # A statement with a gap asks what fills it (blank.py answers that where
        # a record holds the words before it): nothing to confirm or deny.
        return general.read_any(question.body)
    question = replace(question, text=shortfall_read(question.text), body=shortfall_read(question.body))
    text = question.body.removesuffix(" now").removesuffix(" right")
    # A cue the claim negates after a verb of its own ("decided not to go
    # ahead") is a deed to check; negated alone ("herts never went ahead with
    # G4S"), it says the deal is off.
    ends = [c for c in STATUS_CUES.finditer(text) if _ends_claim(ask, text[c.end() :])]
    negated = [c for c in ends if _NEGATED_CUE.search(text[: c.start()])]
    if negated and not _DECIDING.search(text[: negated[0].start()]):
        before = _NEGATED_CUE.sub(" ", text[: negated[0].start()])
        rest = " ".join(f"{before} {text[negated[0].end() :]}".split())
        return Question(f"is {text}", Form.YES_NO, rest, cues="off", topic_hint="status")
    ends = [c for c in ends if c not in negated]
    if cues := " ".join(c.group(0) for c in ends):
        # "so the herts thing is off now?": whether a deal is still on, put as
        # a statement, is asked as the yes/no is; the cue ends the claim
        # ("going through Lincolnshire Police" is the way it went, not whether).
        rest = " ".join(STATUS_CUES.sub(" ", text).split())
        return Question(f"is {text}", Form.YES_NO, rest, cues=cues, topic_hint="status")
    if conjuncts(ask, question.body) or one_and_other(question.body):
        # "the herts one was back office and the east mids one control rooms?":
        # each part put to its own story, as a yes/no of two parts is.
        return replace(question, form=Form.YES_NO)
    reading = ask.read(question.body)
    if len(ask.fb.deals) > 1 and coordinated_stories(ask, reading, question.body):
        # "herts and the east mids forces both turned G4S down, yeah?": put to each story.
        return replace(question, form=Form.YES_NO)
    found = check(ask, question, reading, claim=True)
    if found is not None:
        return found
    if len(ask.fb.deals) > 1 and asks_each_story(question.text, anchored_one=len(reading.anchor) == 1):
        if set(analysed_words(question.text)) & _SAME:
            # "it is the same company in both stories, yes?": the two compared.
            return replace(question, form=Form.COMPARE, slot="same")
        # "so G4S lost both deals?": put to each story, as the question would be.
        return replace(question, form=Form.YES_NO)
    partner = _with_whom(ask, question.body, reading)
    if partner is not None:
        return partner
    # "so G4S are running Herts HR now?": whether the deal came off.
    came_off = outcome(ask, question, reading)
    if came_off is not None:
        return came_off
    return from_record(ask, question, reading)


# Words that join two claims into one ("X, while Y", "X and Y").
_JOINS = frozenset("and while whereas but".split())


def conjuncts(ask: Ask, body: str) -> tuple[str, str] | None:
    """A claim of two parts, each naming a story of its own and saying
    something of it ("Herts still wants to outsource while the East
    Midlands forces have ruled it out"): the two parts, else None. Each is
    put to its own story; one story never answers for the other."""
    found = analysed_words(body)
    names = ask.read(body).mentions
    for i, word in enumerate(found):
        if word not in _JOINS or i == 0 or i == len(found) - 1:
            continue
        if any(m.end == i for m in names) and any(m.start == i + 1 for m in names):
            continue  # "Leicestershire, Notts and Northants": a list of names, not two claims
        left, right = " ".join(found[:i]), " ".join(found[i + 1 :])
        stories = [subject_story(ask, ask.read(part)) for part in (left, right)]
        if all(stories) and stories[0] != stories[1]:
            return left, right
    return None


def one_and_other(body: str) -> tuple[str, str] | None:
    """ "one deal was about X and the other about Y": the two parts, each
    said of a different deal though neither names which; else None."""
    found = analysed_words(body)
    if found[:1] != ["one"]:
        return None
    at = next((i for i in range(1, len(found) - 3) if found[i : i + 3] == ["and", "the", "other"]), None)
    if at is None:
        return None
    return " ".join(found[:at]), " ".join(found[at + 1 :])


def subject_story(ask: Ask, reading: Reading) -> str:
    """The one story a part of a claim is about: the deal its first name
    names, itself or by its forces ("the herts one"), with something more
    said; else ""."""
    first = next((m for m in reading.mentions if not m.place), None)
    if first is None or len(reading.units) < 2:
        return ""
    deals = _deals_named(ask, [first])
    return next(iter(deals)) if len(deals) == 1 else ""


def check(ask: Ask, question: Question, reading: Reading, *, claim: bool) -> Answer | None:
    """The structured checks, for a claim or a yes/no question of their shape.
    Asked whether a deal is still on ("is the plan for G4S to run the control
    rooms still on?"), what the deal was (its services, its forces, what it
    went through) is how it is named, not the answer: its status settles it."""
    said = _Claim(analysed_words(question.body), reading, claim, question.text.split(" ", 1)[0])
    if coordinated_stories(ask, reading, question.body):
        return None  # each story in turn: no check of one deal's slots settles both
    if slots.asks_amount_words(question.text) and not set(said.words) & _CAUSE_MARKERS:
        # "was the Herts deal worth more than...?": an amount, which the form asks for;
        # "dropped because of the cost" gives a cause, which the reason checks settle.
        return None
    if reading.places and not any(t in ask.fb.deals for m in reading.mentions for t in m.targets):
        # An uncovered place is the subject, declined by the form, unless it
        # is said to be one of a deal's forces ("Derbyshire was one of the three").
        return _membership(ask, said)
    tests: tuple[Callable[[Ask, _Claim], Answer | None], ...] = (
        *(_office, _for_good, _presence, _attribution, _felt, _identity, _kind, _cause, _exclusive, _membership),
        *(_services, _across),
    )
    if question.topic_hint == "status":
        tests = tuple(t for t in tests if t not in (_membership, _services))
    for test in tests:
        found = test(ask, said)
        if found is not None:
            return found
    return None


def _verdict_title(verdict_word: str, what: str) -> str:
    return f"{verdict_word}: {what}" if what else verdict_word


def _answer_of(ask: Ask, title: str, lines: list[str], ids: list[str]) -> Answer:
    ids = list(dict.fromkeys(i for i in ids if i))
    return Answer(title=title, body="\n".join(lines), citations=citations(ask.fb, ids), ids=tuple(ids))


# --- for good: "so Herts is done with G4S forever?" -------------------------------------------

# Words that claim a party was dropped for good, not only from the deal: a
# claim on what comes next, which the story's records on what next settle.
_FOR_GOOD = re.compile(
    r"\b(?:for good|for ever|forever|never\b.*\bagain|ever again|full stop|no more|out of the picture|done with|"
    r"finished with|through with|once and for all|permanently|for all time|cut ties)\b"
)
_NOT = frozenset({"not", "no", "never"})


def _for_good(ask: Ask, said: _Claim) -> Answer | None:
    """ "Lloyd is done with G4S for good?", "so G4S is out of the picture in
    Herts?": the deal ended, but whether the party is dropped for good is
    told by the story's records on what comes next. One that still names
    the party, un-negated ("did not rule out using G4S", "will keep talking
    to G4S"), says no. A claim that denies it ("this contract, not G4S full
    stop") is then a yes. Nothing such, no verdict from here."""
    fb, qi = ask.fb, ask.qi
    text = " ".join(said.words)
    cue = _FOR_GOOD.search(text)
    if cue is None:
        return None
    deals = sorted(said.reading.anchor) or sorted(
        {d for m in said.reading.mentions for t in m.targets if t in fb.entities for d in graph.deals_of(fb, t)}
    )
    if len(deals) != 1:
        return None
    deal = fb.deals[deals[0]]
    # The party is named, and is what is dropped: "done with privatisation" is no claim on G4S.
    named = sorted({t for m in said.reading.mentions for t in m.targets if t in deal.companies})
    if len(named) != 1:
        return None
    party = fb.entities[named[0]]
    names = {tuple(analysed_words(n)) for n in (party.name, *party.aliases)}
    if cue.group(0).endswith(" with") and not any(text[cue.end() :].split()[: len(n)] == list(n) for n in names):
        return None
    still: list[str] = []
    for record_id in qi.topic_records.get((deal.id, "next"), ()):
        found = qi.items[record_id].words
        spots = [i for i in range(len(found)) for n in names if found[i : i + len(n)] == n]
        if any(not negated(found, i) for i in spots):
            still.append(record_id)
    if not still:
        return None
    # "not G4S full stop": the claim itself denies the party was dropped for good.
    before = set(text[: cue.start()].split()[-3:])
    denied = bool(before & _NOT) and not cue.group(0).startswith(("never", "no more"))
    word = "Yes" if denied else "No"
    lines = [shown for shown in (_shown(ask, r) for r in still[:2]) if shown]
    return _answer_of(ask, _verdict_title(word, f"{party.name} is not ruled out in the {deal.name}"), lines, still[:2])


def _shown(ask: Ask, record_id: str) -> str:
    """A record as a line: a fact's text, a quote in its speaker's words."""
    fb = ask.fb
    if record_id in fb.facts:
        return fb.facts[record_id].text
    if record_id in fb.quotes:
        return quote_text(fb, fb.quotes[record_id])
    return ""


# --- cause: "Herts dropped G4S because of X" -----------------------------------------------------

# Words after which a claim gives its cause ("because of", "cos", "due to");
# not "over", which is as often what a thing was about ("talks over the deal").
_CAUSE_MARKERS = frozenset("because cos cause caused due".split())


# "was the Olympics failure the reason (given) for dropping them?": the cause, then what it caused.
_REASON_FOR = re.compile(
    r"^(?:in (?:both|each) (?:cases?|stories|story) )?(?:was|is|were|are )?(?P<cause>.+?) (?:was |is |were |are )?"
    r"(?:the|their|his|its) (?:main |real |only )?reasons? (?:given |offered )?"
    r"(?:(?P<who>\w+(?: \w+){0,2}) (?:gave|gives|give|offered|offers|cited|cites) )?(?:for|behind) (?P<event>.+)$"
)
_EACH_CASE = frozenset("both each".split())
# "(Lloyd admitted) it was the Olympics that made him drop G4S": a cause
# put in a cleft as what made somebody do a thing, which the cleft takes as
# done ("did the collapse make him drop his plans?" claims the dropping too).
_CAUSATIVE = re.compile(
    r"^(?:(?P<who>.+?) )??(?:it|this|that) (?:was|is|s) (?P<cause>\S.*?) (?:that |which |what )?"
    r"(?:made|makes|forced|forces|led|leads|pushed|pushes|drove|drives|prompted|prompts|got) (?P<event>.+)$"
)


def _cause(ask: Ask, said: _Claim) -> Answer | None:
    """ "Herts dropped G4S because of X", "was X the reason for dropping
    them?": the cause of a deal's end is the reason slot, which the story's
    reason records fill. One that carries X says yes; otherwise the claim
    gives the wrong reason: no, or not quite where the story tells of X
    otherwise (the Olympics failure brought scrutiny; it is not the reason
    given), with the reasons it gives. Of both stories, each is put in turn."""
    fb, qi = ask.fb, ask.qi
    phrases = {u.key for u in said.reading.units if " " in u.key}
    at = next(
        (
            i
            for i, w in enumerate(said.words)
            if w in _CAUSE_MARKERS and not (i and f"{stem(said.words[i - 1])} {stem(w)}" in phrases)
        ),
        None,
    )
    shaped = _REASON_FOR.match(" ".join(said.words))
    # The cleft's "forced him to end the talks" is what was caused, no purpose.
    made = None if at or shaped else _CAUSATIVE.match(" ".join(said.words))
    purpose = None if at or made else _purpose_at(said)
    at = at or purpose
    if at:
        event_words, cause_words = " ".join(said.words[:at]), said.words[at + 1 :]
    elif shaped:
        event_words, cause_words = shaped["event"], shaped["cause"].split()
    elif made:
        event_words, cause_words = made["event"], made["cause"].split()
    else:
        return None
    event = ask.read(event_words)
    # "the reason Lloyd gave for ending the talks": who gave it says which story, as the event's names do.
    who = (shaped["who"] if shaped else made["who"] if made else None) or ""
    giver = ask.read(who) if who else None
    ended = ended_terms(qi)
    if not any({u.key, *u.widened} & ended for u in event.units if u.mention is None):
        return None  # "were officers drafted in because of G4S?": the cause of something else
    each = bool(set(said.words) & _EACH_CASE) and len(fb.deals) > 1
    deals = list(fb.deals) if each else _cause_deals(fb, event, giver)
    if len(deals) != 1 and not each:
        return None
    unheard = ask.read(" ".join(cause_words)).unknown_words
    if unheard and _IN_THE_ARTICLES.search(" ".join(analysed_words(ask.query))):
        # "I heard it collapsed over a leak to the press - is that in there?":
        # asked whether the articles tell of a cause they never mention, the
        # answer is that they don't, with the reasons they do give.
        reasons = [f.id for d in deals for f in fb.facts_of_deal(d, "reason")]
        lacking = f"They never mention {and_list(f'`{w}`' for w in unheard)}. The reasons they give: " + " ".join(
            _shown(ask, r) for r in reasons
        )
        return not_found(fb, ask.echoed, said.reading.mentions, lacking=lacking)
    found = [_cause_in(ask, d, cause_words, cross_story=each) for d in deals]
    if any(f is None for f in found):
        return None
    settled = [f for f in found if f is not None]
    if purpose:
        # A purpose is the doer's mind, which reasons in other words may yet
        # hold ("to keep control" in "masters of our own destiny"): not given
        # as theirs is a correction, not a denial.
        settled = [("Not quite" if w == "No" else w, ls, ids) for w, ls, ids in settled]
    if len(settled) == 1:
        word, lines, ids = settled[0]
        what = f"the reason{'' if word == 'Yes' else 's'} given in the {fb.deals[deals[0]].name}"
        return _answer_of(ask, _verdict_title(word, what), lines, ids)
    words_ = [w for w, _, _ in settled]
    title = "Yes: in both stories" if set(words_) == {"Yes"} else "No: not the reason given in both stories"
    lines = [f"**{fb.deals[d].name}**: {w}. {' '.join(ls)}" for d, (w, ls, _) in zip(deals, settled, strict=True)]
    return _answer_of(ask, title, lines, [i for _, _, ids in settled for i in ids])


def _cause_deals(fb: FactBase, event: Reading, giver: Reading | None) -> list[str]:
    """The deals an event's names bear on, narrowed to those of whoever gave
    the reason ("Lloyd admitted ... made him drop G4S": G4S is in both
    stories, Lloyd in one)."""

    def bearing(reading: Reading) -> set[str]:
        return {d for m in reading.mentions for t in m.targets if t in fb.entities for d in graph.deals_of(fb, t)}

    found, given = set(event.anchor) or bearing(event), bearing(giver) if giver else set()
    return sorted(found & given or found | given)


# Asked whether the articles tell of something: "is that in there?", "does the article say that?".
_IN_THE_ARTICLES = re.compile(
    r"\b(?:is|was) (?:that|this|it) (?:in there|in (?:the|either|any) (?:articles?|story|stories|piece|text))\b"
    r"|\b(?:does|do|did) (?:the|either|any) (?:articles?|story|stories|piece|text) (?:say|mention|have)\b"
    r"|\bis that what (?:the|either) (?:articles?|story|piece|text) (?:actually )?says?\b"
)


# Words that only weigh a purpose put after what was done ("dropped it purely to save money").
_WEIGHING_PURPOSE = frozenset("purely just only simply mainly mostly partly largely solely really".split())
# Words that open a noun phrase: "to" before them names where a thing went ("handed it to the firm").
_PHRASE_OPENERS = frozenset("the a an this that these those his her their its our my your".split())


def _purpose_at(said: _Claim) -> int | None:
    """Where a claim puts a purpose after what was done ("dropped the deal to
    save money", "in order to cut costs"): a cause given, as "because" gives
    one. "To" before a name or a noun phrase says where ("handed it to G4S"),
    and one inside a phrase of the claim is that phrase's own."""
    found = said.words
    named = {i for m in said.reading.mentions for i in range(m.start, m.end)}
    phrases = {u.key for u in said.reading.units if " " in u.key}
    for i, word in enumerate(found[1:-1], start=1):
        after = found[i + 1]
        if word != "to" or i + 1 in named or after in _PHRASE_OPENERS or after in STOPWORDS:
            continue
        if f"{stem(found[i - 1])} {stem(word)}" in phrases or f"{stem(word)} {stem(after)}" in phrases:
            continue
        before = i - 1
        while before > 0 and found[before] in _WEIGHING_PURPOSE | {"in", "order", "so", "as"}:
            before -= 1
        return before + 1 if before + 1 < i else i
    return None


def _cause_in(
    ask: Ask, deal_id: str, cause_words: list[str], *, cross_story: bool
) -> tuple[str, list[str], list[str]] | None:
    """A cause put to one story's reasons: the verdict, its lines and records;
    None when the cause is one only the other story tells of (unless each
    story is asked in turn, where it is simply not this story's reason)."""
    fb, qi = ask.fb, ask.qi
    reasons = [f.id for f in fb.facts_of_deal(deal_id, "reason")]
    cause = ask.read(" ".join(cause_words))
    asked = [u for u in cause.units if u.mention is not None or (u.weight >= COMMON and settles(u))]
    if not reasons or not asked:
        return None
    elsewhere = any(m.targets and deal_id not in _deals_named(ask, [m]) for m in cause.mentions if not m.place)
    if elsewhere and not cross_story:
        return None  # a cause only the other story tells of: not this story's to deny
    # Carried, and not negated against it ("because it was suitable" against "did not suit").
    given = [
        r
        for r in reasons
        if all(_carries(ask, r, u) for u in asked)
        and verdict(qi.items[r], cause.predicate, cause_words, opening=False) != "no"
    ]
    if given:
        return "Yes", [_shown(ask, r) for r in given], given
    # The cause told elsewhere in the story, as something else than its reason.
    told = [
        r
        for r in qi.records_of.get(deal_id, ())
        if r not in reasons and r in fb.facts and all(_carries(ask, r, u) for u in asked)
    ]
    lines = [f"The reasons given: {' '.join(_shown(ask, r) for r in reasons)}"]
    if told:
        lines.append(f"*Not given as the reason:* {_shown(ask, told[0])}")
    return ("Not quite" if told else "No"), lines, [*reasons, *told[:1]]


def _carries(ask: Ask, record_id: str, unit: Unit) -> bool:
    """Whether a record says what a unit of a claim says: a name it is about
    (not merely one of its deal's), or a word it uses, synonyms too."""
    item = ask.qi.items[record_id]
    if unit.mention is not None:
        return bool(set(unit.mention.targets) & item.about)
    return coverage(ask.qi, (unit,), item) > 0


# --- feeling: "Unison was happy about it?" ----------------------------------------------------

_FEELING_NEGATORS = _NOT | {"hardly"}


def _felt(ask: Ask, said: _Claim) -> Answer | None:
    """ "Unison happy about it?", "G4S were gutted, right?": how a party
    took the outcome is what its own reaction in the articles says. A
    welcome ("good news", "pleased") bears out a claim of gladness and
    denies one of regret; regret ("disappointed") the other way round. Only
    the party's own reaction answers, and only in the story it reacted in."""
    fb, qi = ask.fb, ask.qi
    stems = [stem(w) for w in said.words]
    at = next((i for i, w in enumerate(stems) if w in WELCOME or w in REGRET), None)
    first = next((m for m in said.reading.mentions if not m.place), None)
    if at is None or first is None or first.start > 1 or first.end > at:
        return None
    if len(fb.deals) > 1 and asks_each_story(" ".join(said.words), anchored_one=len(said.reading.anchor) == 1):
        return None  # "in both stories, was Unison glad?": put to each story in turn
    glad = (stems[at] in WELCOME) != bool(_FEELING_NEGATORS & set(said.words[max(0, at - 2) : at]))
    # "happy or sad?": a choice between the two, which their reaction answers without a yes or no.
    choice = bool(set(stems) & WELCOME) and bool(set(stems) & REGRET)
    # Another story named ("happy about the Herts decision"): their reaction there is untold.
    elsewhere = [_deals_named(ask, [m]) for m in said.reading.mentions if m is not first]
    party = [t for t in first.targets if t in fb.entities]
    for record_id in reactions_of(fb, qi, party, said.reading.anchor):
        item = qi.items[record_id]
        welcomed, regretted = took(item)
        if welcomed == regretted:
            continue  # a reaction both ways, or neither, settles nothing
        if any(named and not named & item.deals for named in elsewhere):
            return None
        word = "" if choice else "yes" if welcomed == glad else "no"
        question = Question(ask.query, Form.YES_NO, " ".join(said.words))
        return render_answer(fb, qi, ask.query, question, Shown(record_id, verdict=word))
    return None


# --- presence: "Unison is in both stories" ------------------------------------------------


def _presence(ask: Ask, said: _Claim) -> Answer | None:
    """ "Unison is in both stories", "is Unison in the herts story?": from
    the deals an entity bears on."""
    found = set(said.words)
    both = bool(found & _BOTH)
    fb = ask.fb
    # "Is G4S the company in both articles?": what the entity is, said of it, is no claim of its own.
    own = {
        t
        for m in said.reading.mentions
        for e in m.targets
        if e in fb.entities
        for t in terms(f"{fb.entities[e].kind} {fb.entities[e].role}")
    }
    plain = [u for u in said.reading.units if u.mention is None and u.key not in _PRESENCE_WORDS | own]
    # "...in both stories/deals", "in the herts story", with nothing else said
    # ("did G4S lose both contracts?" asks what happened to it).
    if plain or not ((both and found & (_ARTICLES | _DEALS)) or found & _ARTICLES):
        return None
    named = [t for m in said.reading.mentions for t in m.targets if t in fb.entities and t not in ask.qi.forces]
    # The story asked about: a deal named, or named by one of its forces ("the herts story").
    asked = list(
        dict.fromkeys(
            d
            for m in said.reading.mentions
            for t in m.targets
            for d in ((t,) if t in fb.deals else graph.deals_of(fb, t) if t in ask.qi.forces else ())
        )
    )
    if not named or not (both or asked):
        return None
    entity = fb.entities[named[0]]
    deals = [d for d in fb.deals if d in graph.deals_of(fb, entity.id)]
    if not deals:
        return None
    wanted = list(fb.deals) if both else asked
    evidence = [next(iter(ask.qi.about_of.get(entity.id, ())), "")]
    if set(wanted) <= set(deals):
        where = "both stories" if len(wanted) > 1 else f"the story on the {fb.deals[wanted[0]].name}"
        lines = [f"**{entity.name}** is in {where}: {entity.role}."]
        return _answer_of(ask, _verdict_title("Yes", f"{entity.name} is in {where}"), lines, [*evidence, *wanted])
    only = fb.deals[deals[0]]
    lines = [f"**{entity.name}** is only in the story on the **{only.name}** ({entity.role})."]
    return _answer_of(ask, _verdict_title("No", f"only in the {only.name} story"), lines, [*evidence, only.id])


# Verbs that say what somebody called a thing ("Lloyd called it a fiasco"): words put in their mouth.
_CALLING = frozenset("called described describes branded labelled dubbed".split())  # "the herts call" is a noun
# Verbs of calling that name only with "as" ("described G4S as disappointed").
_CALLING_AS = frozenset("described describes".split())
# Particles that make a phrasal verb of "call" ("called off the deal", "called
# in to do a study", "called for a review"): a deed, not a name given.
_PARTICLES = frozenset("off in up out on back for round over upon into".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our".split())


def _calls(words: list[str], at: int) -> bool:
    """Whether a verb of calling gives a thing a name in somebody's mouth:
    active (not "G4S was called in"), not a phrasal verb ("called off the
    deal", "called the deal off"), with an object and the name put on it."""
    if words[at] not in _CALLING or (at > 0 and words[at - 1] in _COPULA):
        return False
    after = [w for w in words[at + 1 :] if w not in ("right", "yeah", "yes", "correct", "eh", "innit")]
    # The particle comes after the verb or after its object ("called G4S in", "called the deal off").
    object_ends = 2 if after[:1] and after[0] in _DETERMINERS else 1
    if len(after) < 2 or set(after[: object_ends + 1]) & _PARTICLES or after[-1] in _PARTICLES:
        return False
    return words[at] not in _CALLING_AS or "as" in after[1:]


# --- attribution: "X said Y" ------------------------------------------------------------


# A quotation named as a line and given to somebody by a copula: "the
# 'masters of our destiny' line was the Notts PCC('s)", "the quote about good
# news came from G4S", "was the line from Loader?". What it claims is that they said it.
_LINE_OF = re.compile(
    # Whoever gave it the line ("we've put", "the draft has") is the asker's side, not the claim.
    r"^(?:(?:we|i|they|you|he|she)(?: ve| have| had| d| s)? (?:put|got|given|gave|attributed|credited|have|has|had) )?"
    r"(?:the |that |this )?(?P<before>.*?)\b(?:line|lines|quote|quotation|comment|remark|soundbite|words|bit|phrase)"
    r"(?: (?:about|on|saying|that) (?P<after>.+?))? "
    r"(?:(?:was|is|were|are|came|comes|belongs|belonged)(?: (?:from|by|to|said by|made by|down to))?|from|by|"
    r"(?:(?:is|was|are|were) )?(?:in the mouth of|attributed to|credited to|put down to|given to)) "
    r"(?P<who>.+?)(?: s)?$"
)


def _line_given(words: list[str]) -> list[str] | None:
    """A line given to somebody by a copula, as "<who> said <line>"; else None."""
    found = _LINE_OF.match(" ".join(words))
    if found is None:
        return None
    content = (found["after"] or found["before"]).split()
    if not content or (found["before"] and found["after"]):
        return None
    return [*found["who"].split(), "said", *content]


def _attribution(ask: Ask, said: _Claim) -> Answer | None:
    """Words put in somebody's mouth, judged by what they mean; and, where
    the message puts them in quote marks, by the words themselves."""
    given = _line_given(said.words)
    if given is not None:
        said = replace(said, words=given, reading=ask.read(" ".join(given)))
    claim, quoted, asks_wording = _quotation_claimed(ask, said.words)
    found = _attributed(ask, replace(said, words=claim))
    return found if found is None else _as_worded(ask, found, quoted, asks_wording=asks_wording)


def as_worded(ask: Ask, body: str, found: Answer) -> Answer:
    """A claim's verdict, whatever check gave it, held to the wording where
    the claim closes with words in quote marks ("the PCCs saying 'each force
    will keep its own identity'. Exact?"): a quotation is checked as words."""
    _, quoted, asks_wording = _quotation_claimed(ask, analysed_words(body))
    return _as_worded(ask, found, quoted, asks_wording=asks_wording)


def _quotation_claimed(ask: Ask, words: list[str]) -> tuple[list[str], list[tuple[str, ...]], bool]:
    """A claim's words with any check of the wording asked after them cut off
    ("- is that the quote?"), the stretches it puts in quote marks, and
    whether the wording itself is asked about.

    Only a quotation that closes the claim is what it claims: quote marks
    elsewhere ("celebrating that Herts 'saw off' G4S, but has Lloyd said...")
    are the asker's, and words after one ("said 'not through this contract' -
    so it's just this one that's dead?") make a claim of their own."""
    text = " ".join(words)
    tail = _WORDING_TAIL.search(text)
    claim = _WORDING_TAIL.sub("", text).split() if tail else list(words)
    quoted = [q for q in _quoted_words(ask.echoed) if _closes(_wording(" ".join(claim)), q)]
    if not quoted:
        # No words in quote marks close it: "... the evidence was accurate" is all claim.
        return list(words), [], False
    return claim, quoted, bool(tail)


def _attributed(ask: Ask, said: _Claim) -> Answer | None:
    fb, qi = ask.fb, ask.qi
    verb = next(
        (
            i
            for i, w in enumerate(said.words)
            if (w in SAY or w == "reckon" or _calls(said.words, i))
            and not _refusal(said.words[i + 1 : i + 3])
            and said.words[i - 1 : i] not in _SAY_AS_NOUN
            and not (w not in _SPOKEN and said.words[i + 1 : i + 2] in (["about"], ["of"]))
        ),
        None,
    )  # "said no to G4S" is a refusal, "have any say" a part in it: not words put in a mouth;
    # "think about doing what the East Midlands did" is considering it, not saying so.
    if verb is None or verb == 0:
        return None
    speakers = list(
        dict.fromkeys(
            t for m in said.reading.mentions if m.end <= verb for t in m.targets if t in fb.entities and not m.place
        )
    )
    if not speakers:
        return None
    content = " ".join(said.words[verb + 1 :])
    reading = ask.read(content)
    if not reading.units:
        return None
    put = _membership(ask, _Claim(said.words[verb + 1 :], reading, said.claim))
    if put is not None and put.title.startswith("No:"):
        # "Lloyd said the contract went through Cambridgeshire Police": a fact of
        # the deal's own (its forces, what it went through) put in a mouth is
        # checked as the fact it states; the articles' account of it is theirs.
        return put
    content_stems = [stem(w) for w in said.words[verb + 1 :]]
    wanted = _with_members(ask, speakers)
    ranked = [s for s in rank(qi, Aim(speaker_first=True, pairs=content), reading, quotes) if s.cover >= COVER_MIN]
    theirs = [s for s in ranked if fb.quotes[s.item.id].speaker in wanted]
    named = " and ".join(fb.entities[s].name for s in speakers)
    # One quotation in several pieces is read whole: "the alliance is not a
    # merger. It is all about ... maximising efficiencies".
    own = [q for s in speakers for q in _own_quotes(ask, s)]
    # Their words saying the opposite ("disappointed" for "delighted") are
    # their words on the very thing: the quote that corrects the claim.
    opposed = with_opposites(qi, reading).units
    items = qi.items_of(own)  # read in one go
    own_items = {q: items[q] for q in own}
    pieces = {q: fb.quotation.get(q, ()) for q in own_items}
    whole = coverages(qi, opposed, own_items, pieces)  # each quote's as `coverage` gives it, scored in one go
    # Their words bearing the claim in its own words come before words
    # covering it only through an opposite ("will continue to talk" for
    # "the talks were discontinued", beside "negotiations ... discontinued").
    plain = {q: c >= SURE for q, c in coverages(qi, reading.units, own_items, pieces).items()}
    ranks = {s.item.id: i for i, s in enumerate(theirs)}
    best_id = min(own, key=lambda q: (not plain[q], -whole[q], ranks.get(q, len(ranks)), qi.order[q]), default=None)
    if best_id is not None and whole[best_id] < SURE:
        best_id = theirs[0].item.id if theirs else None
    if ranked and best_id is None and ranked[0].cover >= SURE:
        # Somebody else said it, in words close enough to be sure.
        quote = fb.quotes[ranked[0].item.id]
        speaker = fb.entities[quote.speaker]
        if said.words[verb + 1 : verb + 2] in (["whether"], ["if"]):
            # "did Cambridgeshire say whether ...": nothing is put in their
            # mouth to deny; that they said nothing on it, the articles don't say.
            lacking = f"They quote nothing from {named} on it."
            return not_found(fb, ask.echoed, (), lacking=lacking, entities=(speaker.id,))
        lines = [
            f"It was **{speaker.name}** ({speaker.role}), not {named}.",
            quote_text(fb, quote),
        ]
        return _answer_of(ask, _verdict_title("No", f"{speaker.name} said it"), lines, [quote.id])
    if best_id is not None:
        best = Scored(qi.items[best_id], 0.0, whole.get(best_id, 0.0))
        # Close: covering the claim well, or bearing out every word of what
        # it says happened, synonyms too ("keep talking" for "continue to talk").
        # An order in time the claim puts ("decided before the evidence") must be the record's own.
        timing = _timing(content_stems, best.item.words)
        happened = what_happened(qi, reading)
        # The quote in its own words, or in a fact that reports it in others ("take no
        # further G4S work forward" for "not to progress any further work").
        wordings = [best.item, *_paraphrases(ask, best.item)]
        borne = timing != "untold" and any(
            verdict(w, happened, said.words[verb + 1 :], opening=False) == "yes" for w in wordings
        )
        close = (whole.get(best_id, 0.0) >= SURE or borne) and not reading.unknown_words and timing != "untold"
        # Covered through a word's opposite ("good news" for "gutted"): their words deny it.
        opposite = _opposed(ask, best.item, reading.units, opposed)
        agrees = not opposite and _agrees(ask, best, reading, said.words[verb + 1 :])
        # Their words on the very thing, saying the opposite ("a deal had not been agreed"): no.
        # Their words on the very thing in the other order in time ("once the evidence was received"): no.
        word = "No" if timing == "other" else ("Yes" if agrees else "No") if close else "Not quite"
        lines = [quote_text(fb, fb.quotes[best_id])]
        elsewhere = _other_storys_forces(ask, reading, best.item)
        if word == "Yes" and elsewhere:
            # "Lloyd said the Nottinghamshire framework contract was not
            # suitable": a force of the other story is in none of his words.
            word = "No"
            lines.insert(0, f"Their words name no {and_list(fb.entities[f].name for f in elsewhere)}.")
        claimed_time = time_phrase(content)
        other_time = _other_time(best, claimed_time) if claimed_time and not years(content) else ""
        teller = fb.quotes[best_id].speaker
        if teller not in speakers and any(teller in _joint_bodies(ask, s) for s in speakers):
            # Words of a joint statement: whose they are is the group's, the
            # person named being one of them by office.
            lines.insert(0, f"Said jointly by **{fb.entities[teller].name}**, of whom {named} is one.")
            named = fb.entities[teller].name
        if other_time:
            # "Hanrahan said they'd meet later this year?": their words give another time.
            word = "No"
            lines.insert(0, f"The articles give “{other_time}”, not “{claimed_time}”.")
        elif word == "No":
            lines.insert(0, f"Not so: this is what {named} said.")
        elif word == "Not quite":
            lines.insert(0, f"Not in those words: this is what {named} said.")
        return _answer_of(ask, _verdict_title(word, f"what {named} said"), lines, [best_id])
    # Nothing they said carries the words well: what they said nearest to it, if anything.
    own = [q for s in speakers for q in fb.quote_ids_of(s)]
    if not own:
        return None
    mine = rank(qi, Aim(speaker_first=True), Reading(opposed, frozenset()), quotes, deal_words=True, among=own)
    lead = mine[0].item.id if mine else own[0]
    if _opposed(ask, qi.items[lead], reading.units, opposed) or _timing(content_stems, qi.items[lead].words) == "other":
        # Their words state the opposite of the claim's ("disappointed" for "delighted"),
        # or put it in the other order in time ("once the evidence was in" for "before"): no.
        lines = [f"Not so: this is what {named} said.", quote_text(fb, fb.quotes[lead])]
        return _answer_of(ask, _verdict_title("No", f"what {named} said"), lines, [lead])
    item = qi.items[lead]
    if not reading.unknown_words and _timing(content_stems, item.words) == "same":
        happened = what_happened(qi, reading)
        found = {verdict(w, happened, said.words[verb + 1 :], opening=False) for w in (item, *_paraphrases(ask, item))}
        # Their words, reported in others ("take no further G4S work forward"),
        # bear every word out, or deny it by their polarity.
        word = "Yes" if "yes" in found else "No" if "no" in found else ""
        elsewhere = _other_storys_forces(ask, reading, item)
        if happened and word:
            lines = [quote_text(fb, fb.quotes[lead])]
            if word == "Yes" and elsewhere:
                word = "No"  # a force of the other story is in none of their words
                lines.insert(0, f"Their words name no {and_list(fb.entities[f].name for f in elsewhere)}.")
            if word == "No":
                lines.insert(0, f"Not so: this is what {named} said.")
            return _answer_of(ask, _verdict_title(word, f"what {named} said"), lines, [lead])
    # Their words (or a fact reporting them) on the same thing, in other
    # words, may say it all the same: only a claim none of them is near (NEAR) is
    # the article's own voice put in their mouth.
    their_items = qi.items_of(own)  # read in one go, not one quote at a time
    worded = {q: their_items[q] for q in own}
    for reported in _paraphrases_of(ask, list(worded.values())).values():
        worded |= {w.id: w for w in reported}
    theirs_cover = max(coverages(qi, reading.units, worded).values(), default=0.0)
    told = _told_otherwise(ask, reading, wanted) if theirs_cover < NEAR else None
    if told is not None:
        # "Lloyd called the Olympics a security fiasco": the article's own words, not
        # theirs. Not a denial: that the articles quote no such words is not that they never said them.
        question = Question(ask.query, Form.CONFIRM, content)
        shown = render_answer(fb, qi, ask.query, question, Shown(told, verdict="not quite"))
        note = f"The articles quote no such words from {named}: the article says it, not quoting {named}."
        return replace(shown, title=f"Not quite: not in {named}'s words", body=f"{note}\n\n{shown.body}")
    lines = [f"Not in those words. What {named} said:", quote_text(fb, fb.quotes[lead])]
    return _answer_of(ask, _verdict_title("Not quite", f"what {named} said"), lines, [lead])


# Quote marks around words put in a mouth: opened after a space or the
# start, closed before a space, punctuation or the end; an apostrophe inside a
# word ("we'd") neither opens nor closes.
_QUOTATION = re.compile(r"(?:^|(?<=[\s(:,;]))[\"“‘'](.+?)[\"”’'](?=[\s.,;:?!)\-]|$)")
# A check of the words asked after the claim ("- is that the quote?",
# "correct wording?", "word for word?"), as analysed words.
_WORDING_TAIL = re.compile(
    r"(?:^|\s)(?:(?:is|was|are|were) )?(?:(?:that|this|it|those|these) (?:is |was |are |were )?)?"
    r"(?:(?:the|his|her|their|its|a|an) )?(?:(?:correct|right|exact|actual|accurate|real|proper|precise|same) )?"
    r"(?:wording|words|quote|quotation|phrasing)(?: (?:right|correct|yes))?$"
    r"|(?:^|\s)(?:word for word|verbatim|exact|exactly|accurate|precise)$"
)
# Clitics that stand for a word ("we'd" for "we would"): typed either way,
# the same wording. A possessive's or "is"'s "s" is left out on both sides.
_CLITICS = {"d": "would", "ll": "will", "re": "are", "ve": "have", "m": "am", "s": ""}


def _quoted_words(message: str) -> list[tuple[str, ...]]:
    """The stretches of words a message puts in quote marks, as stems."""
    return [said for span in _QUOTATION.findall(message) if (said := _wording(span))]


def _wording(text: str) -> tuple[str, ...]:
    """A text's words as stems, clitics spelt out, an ellipsis no word."""
    spelt = (_CLITICS.get(w, w) for w in analysed_words(text.replace("...", " ").replace("…", " ")))
    return tuple(stem(w) for w in spelt if w)


# Articles: one dropped or added ("prefer to be masters" for "prefer to be
# the masters") leaves a quotation nearly word for word.
_A_THE = frozenset(stem(w) for w in ("the", "a", "an"))
_NEARLY = "Nearly word for word"


def _unarticled(stems: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in stems if w not in _A_THE)


def _worded_in(ask: Ask, record_id: str, quoted: list[tuple[str, ...]], *, nearly: bool = False) -> bool | None:
    """Whether every stretch a message quotes stands, word for word, in a
    record's article words: a quotation (all its pieces read as one), or
    the article sentence a fact or event rests on; None for a record with
    no article words of its own. `nearly`: articles aside on both sides."""
    fb = ask.fb
    if record_id in fb.quotes:
        whole = " ".join(q.text for q in fb.pieces(fb.quotes[record_id]))
    else:
        record = fb.facts.get(record_id) or fb.events.get(record_id)
        if record is None or not record.basis:
            return None
        whole = record.basis
    if nearly:
        return all(_holds(_unarticled(_wording(whole)), _unarticled(q)) for q in quoted)
    return all(_holds(_wording(whole), q) for q in quoted)


def _closes(claimed: tuple[str, ...], stretch: tuple[str, ...]) -> bool:
    """Whether a stretch quoted ends a claim: its words the claim kept (a
    filler word, "like", may be read out of it) are the claim's last."""
    kept = tuple(w for w in stretch if w in claimed)
    return 2 * len(kept) > len(stretch) and claimed[-len(kept) :] == kept


def _holds(said: tuple[str, ...], stretch: tuple[str, ...]) -> bool:
    """Whether a stretch of stems stands in a text's stems, in a row."""
    return any(said[i : i + len(stretch)] == stretch for i in range(len(said) - len(stretch) + 1))


def _as_worded(ask: Ask, found: Answer, quoted: list[tuple[str, ...]], *, asks_wording: bool) -> Answer:
    """A verdict on words put in quote marks, held to the words: a "yes"
    only if they are the article's own in what it shows; asked whether
    they are the wording, a "not quite" on meaning is a "yes" when they are."""
    if not quoted:
        return found
    held = [h for h in (_worded_in(ask, i, quoted) for i in found.ids) if h is not None]
    if not held:
        return found
    word, _, rest = found.title.partition(": ")
    verbatim = any(held)
    # Asked whether they are the exact words, an article differing is a difference.
    nearly = not verbatim and not asks_wording and any(_worded_in(ask, i, quoted, nearly=True) for i in found.ids)
    if word == "Yes" and nearly:
        if found.body.startswith(_NEARLY):
            return found  # held to the words once already
        return replace(found, body=f"{_NEARLY}: only a “the”, “a” or “an” differs.\n{found.body}")
    if word == "Yes" and not verbatim:
        title = _verdict_title("Not quite", rest)
        body = f"Not in those words: the words are these.\n{found.body}"
        return replace(found, title=title, body=body)
    if word == "Not quite" and verbatim and asks_wording:
        # The meaning check's "Not in those words" line is what this overrules.
        first, _, after = found.body.partition("\n")
        body = after if first.startswith("Not in those words") else found.body
        return replace(found, title=_verdict_title("Yes", rest), body=f"Word for word: the words are these.\n{body}")
    return found


def _told_otherwise(ask: Ask, reading: Reading, speakers: set[str]) -> str | None:
    """A record in the article's own voice (a fact, on nobody it quotes) that
    carries every word put in somebody's mouth, when none of theirs does."""
    if reading.unknown_words or not reading.predicate:
        return None
    qi = ask.qi
    # The article's own words: the claim's words themselves, not words near them in sense ("disaster" for "fiasco").
    exact = Reading(
        tuple(replace(u, widened={t: w for t, w in u.widened.items() if w >= 1.0}) for u in reading.units),
        reading.anchor,
    )
    for scored in rank(qi, Aim(), exact, records):
        item = scored.item
        if scored.cover < SURE:
            break
        if item.kind == "fact" and not item.about & speakers and not _quoting(ask, item):
            return item.id
    return None


def _quoting(ask: Ask, item: Item) -> bool:
    """Whether a fact reports somebody's words (it rests on a quote's, or says who said it)."""
    said = set(item.words)
    if said & SAYING:
        return True
    # A fact with no article sentence of its own rests on no quote: "" is in every quote's words.
    return bool(item.basis) and any(" ".join(item.basis) in " ".join(q.words) for q in _quotes_of(ask, item))


def _quotes_of(ask: Ask, item: Item) -> list[Item]:
    """The quotes of a record's deals, in the deals' order."""
    ids = [r for d in sorted(item.deals) for r in ask.qi.records_of.get(d, ())]
    items = ask.qi.items_of(ids)  # read in one go, not twice a record
    return [items[r] for r in ids if items[r].kind == "quote"]


# Words that order things in time, which word-for-word matching passes over.
_ORDER = frozenset(stem(w) for w in "before after until once since prior without instead".split())
# Orders that are one another's words ("once the evidence was in" is after it), and each other's opposite.
_EARLIER = frozenset(stem(w) for w in "before prior".split())
_LATER = frozenset(stem(w) for w in "after once since".split())


def _timing(claimed: list[str], record: tuple[str, ...]) -> str:
    """How a record's words order what a claim puts in time (both as stems,
    in order): "same" when each order word claimed is the record's (itself,
    or one meaning the same: "after" for "once"), "other" when the record
    orders the same thing the opposite way ("decided before the evidence"
    against "decide once the evidence was received"), "untold" when it gives
    no such order. "Waited for the evidence before deciding" is the record's
    order turned round ("before" what the record puts after): the same."""
    told = "same"
    for at, word in enumerate(claimed):
        if word not in _ORDER:
            continue
        kin = _EARLIER if word in _EARLIER else _LATER if word in _LATER else frozenset({word})
        opposite = _LATER if word in _EARLIER else _EARLIER if word in _LATER else frozenset()
        after = _what_follows(claimed, at)
        if any(w in kin and _what_follows(record, i) & after for i, w in enumerate(record)):
            continue
        turned = [i for i, w in enumerate(record) if w in opposite]
        if any(_what_follows(record, i) & after for i in turned):
            return "other"
        # The opposite order by something else is the relation turned round.
        if not turned:
            told = "untold"  # no order of theirs to bear it out, or one by something else
    return told


_LIGHT = frozenset(
    stem(w) for w in "a an the to of any it was were is are be been being had has have his her their".split()
)
_OBJECT_REACH = 4  # words after an order word that name what it orders by ("once the evidence was received")


def _what_follows(words: list[str] | tuple[str, ...], at: int) -> set[str]:
    """The content words an order word orders by: the few after it."""
    return {w for w in words[at + 1 : at + 1 + _OBJECT_REACH] if w not in _LIGHT and w not in _ORDER}


def _opposed(ask: Ask, item: Item, units: tuple[Unit, ...], opposed: tuple[Unit, ...]) -> bool:
    """Whether a record meets a claim's word only through its opposite
    ("disappointed" for "delighted", "good news" for "gutted")."""
    qi = ask.qi
    return any(
        u.mention is None and u.weight >= COMMON and not coverage(qi, (u,), item) and coverage(qi, (o,), item) > 0
        for u, o in zip(units, opposed, strict=True)
    )


def _refusal(after: list[str]) -> bool:
    """ "said no (to G4S)" is a refusal; "said no deal had been agreed" words put in a mouth."""
    return bool(after) and after[0] in ("no", "yes") and after[1:2] in ([], ["to"], ["thanks"], ["way"])


_SAME = frozenset("same different differ similar".split())
# "Did Herts consider forming an alliance?", "did Shaw react to Lloyd dropping
# G4S?": what was weighed up, or said, is not told by what the other story did.
_CONSIDERING = frozenset(
    """consider considered considering think thought thinking discuss discussed discussing weigh weighed
    look looked looking explore explored exploring examine examined examining study studied studying
    react reacted reacting respond responded responding comment commented commenting say said says welcome
    welcomed criticise criticised criticize criticized""".split()
)
# Entities that act and hold views: what they did in the other story is not told.
_ACTORS = frozenset({"person", "spokesperson", "group", "union"})
# Words of what somebody is, not what they did ("was Loader one of the chief constables?").
_BEING = frozenset("is was are were be been being one part member members among".split())
_CAUSES = frozenset("because cos cause caused due over after since why reason".split())


def _gives_cause(said: _Claim) -> bool:
    """Whether a claim gives a cause ("... cos of the Olympics", "over the
    fiasco"); "over" of "handing over" is the verb's own."""
    phrases = {u.key for u in said.reading.units if " " in u.key}
    return any(
        w in _CAUSES and not (i and f"{stem(said.words[i - 1])} {stem(w)}" in phrases) for i, w in enumerate(said.words)
    )


def _other_storys_forces(ask: Ask, reading: Reading, quote: Item) -> list[str]:
    """The police forces words put in a mouth name that are parties to
    another story only, not the quote's: never words of that quote."""
    fb, qi = ask.fb, ask.qi
    named = dict.fromkeys(t for m in reading.mentions for t in m.targets if t in qi.forces)
    return [f for f in named if quote.deals and not set(graph.deals_of(fb, f)) & quote.deals]


def _own_quotes(ask: Ask, speaker: str) -> list[str]:
    """The quotes of a speaker, or of the people of an organisation."""
    fb = ask.fb
    return [q.id for who in (speaker, *fb.members.get(speaker, ())) for q in fb.quotes_of(who)]


def _with_members(ask: Ask, speakers: list[str]) -> set[str]:
    """Who may have said what is put in these speakers' mouths: them, the
    people of an organisation, or the organisation of a person ("G4S said"
    is John Shaw's)."""
    fb = ask.fb
    out = set(speakers)
    for speaker in speakers:
        out |= set(fb.members.get(speaker, ()))
        out |= _joint_bodies(ask, speaker)
    return out


def _joint_bodies(ask: Ask, person_id: str) -> set[str]:
    """The groups a person is one of by office: a joint statement from "the
    three forces' police and crime commissioners" is the Leicestershire
    Police and Crime Commissioner's too, their force being one of the three."""
    fb = ask.fb
    person = fb.entities[person_id]
    if person.kind not in graph.PERSON_KINDS:
        return set()
    role = set(terms(person.role))
    out = set()
    for deal_id in graph.deals_of(fb, person_id):
        places = [f for f in graph.forces(fb, deal_id) if set(terms(graph.place_of(f))) <= role]
        if not places:
            continue
        office = role - {t for f in places for t in terms(graph.place_of(f))}
        out |= {
            e.id
            for e in graph.linked(fb, deal_id, frozenset({"group"}))
            if office and office <= set(terms(e.role)) and e.id != person_id
        }
    return out


def _paraphrases(ask: Ask, quote: Item) -> list[Item]:
    """The facts that report a quote in other words: those resting on the
    quote's own words (their article sentence is the quote, or part of it)."""
    said = " ".join(quote.words)
    ids = sorted({r for d in quote.deals for r in ask.qi.records_of.get(d, ())})
    items = ask.qi.items_of(ids)  # read in one go: a deal of a big fact base has hundreds of records
    return [
        item
        for record_id in ids
        if (item := items[record_id]).kind == "fact" and item.basis and " ".join(item.basis) in said
    ]


def _paraphrases_of(ask: Ask, quotes: list[Item]) -> dict[str, list[Item]]:
    """`_paraphrases` of each of some quotes: the facts of each set of deals
    read and joined once, not once per quote (a speaker's quotes share a
    deal or two, each of hundreds of records on a big fact base)."""
    qi = ask.qi
    of_deals: dict[frozenset[str], list[tuple[str, Item]]] = {}
    out: dict[str, list[Item]] = {}
    for quote in quotes:
        facts = of_deals.get(quote.deals)
        if facts is None:
            ids = sorted({r for d in quote.deals for r in qi.records_of.get(d, ())})
            items = qi.items_of(ids)
            facts = [(" ".join(item.basis), item) for r in ids if (item := items[r]).kind == "fact" and item.basis]
            of_deals[quote.deals] = facts
        said = " ".join(quote.words)
        out[quote.id] = [item for basis, item in facts if basis in said]
    return out


def _agrees(ask: Ask, best: Scored, reading: Reading, said_words: list[str]) -> bool:
    """Whether a quote's words leave the claim's predicate un-negated."""
    # Words that only name the deal ("no deal had been agreed") say which, not what.
    return verdict(best.item, what_happened(ask.qi, reading), said_words, opening=False) != "no"


_STAFF_OF = frozenset("from of at with".split())


def _office(ask: Ask, said: _Claim) -> Answer | None:
    """ "Bedfordshire's PCC David Lloyd ended the talks?": an office is a fact
    of the graph, so given one that is not theirs, the claim is not borne
    out, whatever a record says of the rest. "Is David Lloyd the Beds PCC?"
    asks only who he is: the identity check's to answer; "is David Lloyd,
    the G4S boss, saying the deal is off?" says more of him, and is ours."""
    misplaced = _misplaced_office(ask, " ".join(said.words))
    if misplaced is None:
        return None
    person, bodies, says_more = misplaced
    if not said.claim and said.asked in _COPULA and not says_more:
        return None
    role = f"{person.name} is {_role_phrase(ask, person)}"
    lines = [
        f"**{person.name}**: {person.role}.",
        f"The articles give {person.name} no office of " + and_list(b.name for b in bodies) + ".",
    ]
    proof = next(iter(ask.qi.about_of.get(person.id, ())), "")
    return _answer_of(ask, _verdict_title("Not quite", role), lines, [person.id, proof])


def _misplaced_office(ask: Ask, body: str) -> tuple[Entity, list[Entity], bool] | None:
    """A person whom a claim puts in a body that is not theirs, in passing:
    "Bedfordshire's PCC David Lloyd ended the talks", "David Lloyd, the G4S
    boss, ...", "John Shaw from Unison said ...". Only an office word between
    the body and the name (or after "name, the body"), or "from/of" a company
    or union, counts: "Unison's Chris Hanrahan" says nothing of an office.
    The person, the bodies wrongly given, and whether the words go on past
    the name and office (to say what the person did)."""
    fb, qi = ask.fb, ask.qi
    words = qi.content.analyzer.rejoin_particles([w for w in analysed_words(body) if w not in qi.publishers])
    found = mentions_in(qi, words)
    ending = {m.end: m for m in found}
    starting = {m.start: m for m in found}
    for mention in found:
        person = next(
            (fb.entities[t] for t in mention.targets if t in fb.entities and fb.entities[t].kind in graph.PERSON_KINDS),
            None,
        )
        if person is None:
            continue
        office = mention.start
        while office > 0 and stem(words[office - 1]) in _ROLE_WORDS:
            office -= 1
        given: Mention | None = None
        kinds: tuple[str, ...] = ()  # any kind of body
        if office < mention.start:  # "<body>('s) <office> <name>"
            given = ending.get(office - 1 if words[office - 1 : office] == ["s"] else office)
            end = mention.end
        elif words[mention.end : mention.end + 1] and words[mention.end] in _STAFF_OF:
            # "<name> from/of <company or union>": whose staff they are.
            given, kinds = starting.get(mention.end + 1), ("company", "union")
            end = given.end if given is not None else len(words)
        else:  # "<name>, the <body>('s) <office>"
            after = mention.end + (words[mention.end : mention.end + 1] == ["the"])
            given = starting.get(after)
            end = given.end + (words[given.end : given.end + 1] == ["s"]) if given is not None else len(words)
            if not (end < len(words) and stem(words[end]) in _ROLE_WORDS):
                given = None
            while end < len(words) and stem(words[end]) in _ROLE_WORDS:
                end += 1
        if given is None:
            continue
        bodies = [
            t
            for t in given.targets
            if t in fb.entities and t != person.id and (not kinds or fb.entities[t].kind in kinds)
        ]
        if bodies and not set(bodies) & _own_bodies(ask, person):
            return person, [fb.entities[t] for t in bodies], end < len(words)
    return None


# --- identity: "X is the Y" ------------------------------------------------------------------


def _identity(ask: Ask, said: _Claim) -> Answer | None:
    fb = ask.fb
    mentions = [m for m in said.reading.mentions if not m.place]
    if not mentions:
        return None
    # The subject is the name just before "is" ("G4S framework contract was..."
    # names the contract, not G4S); in a question, the first name.
    copula = next((i for i, w in enumerate(said.words) if w in _COPULA | _RELATES), None) if said.claim else None
    before = [m for m in mentions if copula is not None and m.end <= copula]
    # "does the article call Lloyd a councillor?", "style Lloyd as Councillor":
    # what the articles call somebody is who they say they are.
    styled = _styled(said, mentions)
    subject_mention = styled or (before[-1] if before else mentions[0])
    subject_id = next((t for t in subject_mention.targets if t in fb.entities), None)
    if subject_id is None or (mentions[0].start > 1 and subject_mention is mentions[0] and not styled):
        return None
    entity = fb.entities[subject_id]
    if entity.kind not in _RELATIONAL_KINDS:
        return None
    rest = said.words[subject_mention.end :]
    if _possessive(said.words, subject_mention.end):
        return None  # "Lloyd's decision was based on...": not who Lloyd is
    if styled:
        rest = rest[1:] if rest[:1] == ["as"] else rest
        if not rest or _judgement(ask, said, subject_mention, entity):
            return None
    elif said.claim:
        if not rest or rest[0] not in _COPULA | _RELATES:
            return None
        rest = rest[1:]
        if rest[:1] != ["the"] and _doing(rest):
            return None  # "Lloyd's still gonna keep talking to G4S": what he does, as a question's would be
    elif said.asked in ("does", "do", "did") and rest and rest[0] in _RELATES:
        rest = rest[1:]  # "does Loader work for G4S?": what he is to G4S
    elif said.asked not in _COPULA:
        return None  # "has lloyd ruled out G4S?" asks what he did, not who he is
    elif _doing(rest):
        return None  # "is lloyd still talking to G4S?" asks what he is doing, not who he is
    elif rest and not _names_a_role(ask, said, subject_mention):
        return None  # "is lloyd (planning to) use G4S again?" asks what he does
    # A deal named after the subject says where it is ("the alliance in the
    # East Midlands"), not what it is.
    others = [
        m
        for m in said.reading.mentions
        if m.start >= subject_mention.end
        and not any(t in fb.deals for t in m.targets)
        and said.after(m) not in _ARTICLES  # "in the herts piece" says where it is written
    ]
    role_terms = [u for u in said.reading.units if u.mention is None and u.key in _ROLE_WORDS | _widened_roles(ask, u)]
    # "a union official", "a G4S rep": nouns of any role, which say nothing of which.
    any_role = any(stem(w) in _ANY_ROLE for w in rest)
    if not others and not role_terms and not any_role and "through" not in rest:
        return None
    # "is Lloyd referred to as / known as a councillor": a verb of naming is no role.
    unknown = [
        u.word for u in said.reading.units if u.mention is None and not u.known and u.key not in SAYING | _NAMING_STEMS
    ]
    unknown = [w for w in unknown if w not in _qualifiers(said.words, entity) and w not in _namers(said.words)]
    fits, wrong = _fits_role(ask, entity, others, said.reading.units, subject_mention)
    # "Loader runs G4S's operation": a body named that is not theirs settles
    # it, whatever else the claim calls the role.
    elsewhere = any(not set(m.targets) & _own_bodies(ask, entity) for m in others if not m.place)
    if unknown and not elsewhere:
        # "Loader was an Air Chief Marshal, wasn't he?", "was Lloyd elected?":
        # a role or past the articles never speak of is neither confirmed
        # nor denied by the one they give.
        lacking = f"They only say {entity.name} is {_role_phrase(ask, entity)}."
        return not_found(fb, ask.echoed, (), unknown=unknown, lacking=lacking)
    role = f"{entity.name} is {_role_phrase(ask, entity)}" if entity.kind in graph.PERSON_KINDS else entity.name
    organisation = _organisation(fb, entity)
    unsaid = organisation is not None and organisation.name.lower() not in entity.role.lower()
    lines = [f"**{entity.name}**: {entity.role}" + (f", {organisation.name}." if organisation and unsaid else ".")]
    # Whom it was confused with, from the same story only: an answer never mixes the stories.
    home = set(graph.deals_of(fb, entity.id))
    wrong = [o for o in wrong if not home or set(graph.deals_of(fb, o.id)) & home]
    for other in wrong:
        lines.append(f"**{other.name}**: {other.role}.")
    proof = next(iter(ask.qi.about_of.get(entity.id, ())), None)
    # "Is Lloyd a councillor?": the names the article calls him by that say so.
    asked = {u.key for u in role_terms}
    called = [a for a in entity.aliases if asked & set(terms(a)) and a.lower() not in entity.role.lower()]
    if called:
        # Our aliases are not all the article's words ("Herts PCC" is ours):
        # "also called", never "the article calls".
        lines.append(f"{entity.name} is also called " + and_list(f"“{a}”" for a in called) + ".")
    if fits or (called and not others):
        # The article's own name for them ("Councillor Lloyd") says so.
        return _answer_of(ask, _verdict_title("Yes", role), lines, [entity.id, proof or ""])
    # A contract put with the wrong forces: the deal it was really the route of, named.
    routed = [d for d in fb.deals.values() if d.via == entity.id]
    lines += [f"It was the route of the **{d.name}**: {graph.deal_line(fb, d)}." for d in routed]
    return _answer_of(ask, _verdict_title("No", role), lines, [entity.id, *(o.id for o in wrong)])


# --- kind: "is Unison a union?", "G4S is a charity, right?" ------------------------------------

# Nouns that name each kind of thing the fact base records (its entities'
# `kind`): what kind of thing something is comes from its own record, not
# from a record that happens to use the noun ("the only company considered"
# says nothing of Lincolnshire Police).
_KIND_NOUNS: dict[str, frozenset[str]] = {
    kind: frozenset(stem(w) for w in nouns.split())
    for kind, nouns in {
        "union": "union unions",
        "company": "company companies firm firms business businesses contractor provider corporation plc",
        "police force": "force forces police constabulary constabularies",
    }.items()
}
# Nouns of the kinds of body no entity of those kinds is: a claim naming one is a no.
_OTHER_KINDS = frozenset(
    stem(w)
    for w in """charity council government department agency regulator quango ngo party club trust ministry court
    authority university school church army military newspaper""".split()
)
# Nouns true of any body, whatever its kind.
_ANY_BODY = frozenset(stem(w) for w in "organisation organization body outfit".split())
_INDEFINITE = frozenset({"a", "an"})


def _kind_named(words: list[str]) -> list[tuple[list[str], str]] | None:
    """The kinds a claim puts after "a"/"an" ("a union", "a charity or a
    security company"): each phrase's words before its last, and its last
    (stemmed); None unless that is all it says."""
    while words and is_filler(words[-1]):
        words = words[:-1]  # "..., right", "yeah"
    named: list[tuple[list[str], str]] = []
    for part in " ".join(words).split(" or "):
        said = part.split()
        if not said or said[0] not in _INDEFINITE or not 1 < len(said) <= 3:
            return None
        named.append(([stem(w) for w in said[1:-1]], stem(said[-1])))
    return named or None


def _kind_fits(entity: Entity, qualifiers: list[str], noun: str) -> bool | None:
    """Whether a kind is true of an entity: its kind's own nouns or its role's
    (the words qualifying it too: "a British company" is more than they say);
    False for a kind it is not; None for what they do not settle."""
    own = _KIND_NOUNS.get(entity.kind, frozenset()) | {stem(w) for w in entity.role.lower().split()}
    if noun in own or (noun in _ANY_BODY and entity.kind not in graph.PERSON_KINDS):
        return True if set(qualifiers) <= own else None
    known = _OTHER_KINDS.union(*_KIND_NOUNS.values())
    return False if noun in known else None


def _kind(ask: Ask, said: _Claim) -> Answer | None:
    """ "Is Unison a union?", "is G4S a charity or a company?": what kind of
    thing a body is, from its own record (its kind and role). A choice of
    kinds is answered with the one that fits."""
    fb = ask.fb
    first = next((m for m in said.reading.mentions if not m.place), None)
    if first is None or set(said.words[: first.start]) - {"the", "so"}:
        return None
    entity = next((fb.entities[t] for t in first.targets if t in fb.entities), None)
    if entity is None or entity.kind not in _KIND_NOUNS:
        return None  # people, contracts and groups are who they are to others: `_identity`
    rest = said.words[first.end :]
    if said.claim:
        if not rest or rest[0] not in _COPULA:
            return None
        rest = rest[1:]
    elif said.asked not in _COPULA:
        return None
    rest = [w for w in rest if w not in _STILL]
    named = _kind_named(rest)
    if not named:
        return None
    fits = [_kind_fits(entity, qualifiers, noun) for qualifiers, noun in named]
    if None in fits:
        return None  # a kind they do not settle: the other checks, or a decline
    proof = next(iter(ask.qi.about_of.get(entity.id, ())), None)
    lines = [f"**{entity.name}**: {entity.role}."]
    if len(named) > 1:
        chosen = [p for p, f in zip(" ".join(rest).split(" or "), fits, strict=True) if f]
        if len(chosen) != 1:
            return None
        title = f"{chosen[0].strip().capitalize()}: {entity.name}"
        return _answer_of(ask, title, lines, [entity.id, proof or ""])
    word = "Yes" if fits[0] else "No"
    return _answer_of(ask, _verdict_title(word, f"{entity.name} is {_a(entity.role)}"), lines, [entity.id, proof or ""])


def _a(role: str) -> str:
    """A role with its indefinite article: "a security firm", "a union"."""
    lowered = role[:1].lower() + role[1:]
    return ("an " if lowered[:1] in "aeio" else "a ") + lowered  # "a union"


_STILL = frozenset("still now already currently really actually also even yet".split())
_NOT_DOING = frozenset("acting something anything nothing everything".split())  # "the acting commissioner"


def _doing(rest: list[str]) -> bool:
    """Whether the words after a subject say what it is doing ("still
    talking to G4S", "going to"), not what it is ("speaking for Unison",
    "working for G4S": whose they are)."""
    at = next((i for i, w in enumerate(rest) if w not in _STILL), len(rest))
    verb, after = (rest[at], rest[at + 1 : at + 2]) if at < len(rest) else ("", [])
    if verb in _ON_BEHALF and after in (["for"], ["on"]):
        return False
    if verb in _GOING_TO:
        return True  # "lloyd's still gonna keep talking to G4S": what he will do
    return len(verb) > 4 and verb.endswith("ing") and verb not in _NOT_DOING


_ON_BEHALF = frozenset("speaking working representing acting".split())
# Chat forms of "going to" / "want to", which say what somebody does, as "going to" does.
_GOING_TO = frozenset("gonna gunna wanna gotta finna".split())


# Verbs of naming somebody ("call Lloyd a councillor", "style him as Cllr").
_NAMING = frozenset(
    "call calls called calling style styles styled styling describe describes described refer refers referred "
    "term termed label labelled dub dubbed title titled address addressed".split()
)
_NAMING_STEMS = frozenset(stem(w) for w in _NAMING)
_NAMER_REACH = 3  # words before a verb of naming that say who names ("the copy keeps calling him")


def _namers(words: list[str]) -> set[str]:
    """The words just before a verb of naming ("the copy keeps calling him
    Cllr", "my draft calls him"): who calls somebody that, which is no role."""
    return {w for i, v in enumerate(words) if v in _NAMING for w in words[max(0, i - _NAMER_REACH) : i]}


def _judgement(ask: Ask, said: _Claim, subject: Mention, entity: Entity) -> bool:
    """Whether what somebody is called after a verb of naming holds a word
    that is no office, no word of their own names or body and names nothing
    ("describe Lloyd as a critic of G4S", "call Hanrahan a G4S critic"): a
    judgement of what they did, which their title neither bears out nor
    denies."""
    own = set(terms(" ".join((entity.role, entity.name, *entity.aliases))))
    organisation = _organisation(ask.fb, entity)
    if organisation is not None:
        own |= set(terms(" ".join((organisation.name, organisation.role, *organisation.aliases))))
    named = {i for m in said.reading.mentions for i in range(m.start, m.end)}
    for i in range(subject.end, len(said.words)):
        word = said.words[i]
        if i in named or word in STOPWORDS or is_filler(word) or word in _NAMING or word == "as":
            continue
        key = stem(word)
        if key not in own and key not in _ROLE_WORDS and key not in _ANY_ROLE:
            return True
    return False


def _styled(said: _Claim, mentions: list[Mention]) -> Mention | None:
    """The name a verb of naming takes as its object ("call Lloyd a
    councillor", "refer to Loader as Sir Clive"), else None."""
    at = next((i for i, w in enumerate(said.words) if w in _NAMING), None)
    if at is None:
        return None
    start = at + 2 if said.words[at + 1 : at + 2] == ["to"] else at + 1
    return next((m for m in mentions if m.start == start), None)


# Words that may open what somebody is said to be: "is Lloyd the/a ...",
# "is Hanrahan with Unison", "is Lincolnshire part of/one of ...".
_ANY_ROLE = frozenset(stem(w) for w in "official officials rep reps representative staff employee worker".split())
_ROLE_OPENERS = frozenset(
    "the a an one part with from at in of member still also just really s through via under speaking working "
    "representing known referred called described titled dubbed".split()
)


def _possessive(words: list[str], at: int) -> bool:
    """Whether the "s" at `at` makes the name before it a possessive ("Lloyd's
    decision"), not "is" ("Lloyd's the PCC")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return at < len(words) and words[at] == "s" and bool(following) and following not in _ROLE_OPENERS


# Prepositions that open a role only with a body or an office after them.
_PLACING = frozenset("in at with from of under".split())


def _names_a_role(ask: Ask, said: _Claim, subject: Mention) -> bool:
    """Whether what follows the subject of "is X ...?" says what X is (a
    role, a body, a membership), not what X does."""
    after = said.words[subject.end]
    if _possessive(said.words, subject.end):
        return False  # "was Lloyd's decision based on...": Lloyd's, not Lloyd
    if after in _PLACING:
        # "is Hanrahan in Unison" places him in a body; "is Lloyd in talks
        # with ..." says what he is doing.
        near = said.words[subject.end + 1 : subject.end + 3]
        return any(m.start in (subject.end + 1, subject.end + 2) for m in said.reading.mentions) or any(
            stem(w) in _ROLE_WORDS for w in near
        )
    if after in _ROLE_OPENERS or stem(after) in _ROLE_WORDS:
        return True
    return any(m.start == subject.end for m in said.reading.mentions)


def _qualifiers(words: list[str], entity: Entity) -> set[str]:
    """Words put right before an office the entity holds ("national general
    secretary" of a branch secretary): another kind of that office, which
    its own role corrects; anything else unknown is no office of theirs."""
    own = set(terms(entity.role)) & _ROLE_WORDS
    out: set[str] = set()
    for i, word in enumerate(words):
        if stem(word) not in own:
            continue
        j = i - 1
        while j >= 0 and words[j] not in STOPWORDS:
            out.add(words[j])
            j -= 1
    return out


def _widened_roles(ask: Ask, unit: Unit) -> set[str]:
    """A unit's own key, if one of its synonyms names an office ("pcc")."""
    return {unit.key} if set(unit.widened) & _ROLE_WORDS else set()


def _organisation(fb: FactBase, entity: Entity) -> Entity | None:
    return fb.entities[entity.organisation] if entity.organisation else None


def _role_phrase(ask: Ask, entity: Entity) -> str:
    role = entity.role
    organisation = _organisation(ask.fb, entity)
    if organisation is not None and organisation.name.lower() not in role.lower():
        return f"the {role} ({organisation.name})"
    return f"the {role}" if not role.lower().startswith(("a ", "an ", "the ")) else role


def _own_bodies(ask: Ask, entity: Entity) -> set[str]:
    """What an entity's own names and role name: itself, its organisation,
    the place in its role ("Hertfordshire Police and Crime Commissioner")."""
    fb, qi = ask.fb, ask.qi
    own = set(named_in(qi.names, entity.role, entity.name, *entity.aliases, starts=qi.name_starts))
    own |= {entity.id, *((entity.organisation,) if entity.organisation else ())}
    # The place in a role is theirs, though the whole role is read as one of their own names.
    role_words = f" {' '.join(analysed_words(entity.role))} "
    own |= {f for f in qi.forces if f" {' '.join(analysed_words(graph.place_of(fb.entities[f])))} " in role_words}
    return own


def _fits_role(
    ask: Ask, entity: Entity, others: list[Mention], units: tuple[Unit, ...], subject: Mention
) -> tuple[bool, list[Entity]]:
    """Whether what is said of an entity fits its role; and the other people
    or bodies it was confused with."""
    fb = ask.fb
    own = _own_bodies(ask, entity)
    role_terms = set(terms(" ".join((entity.role, entity.name, *entity.aliases))))
    org = _organisation(fb, entity)
    if org is not None:
        role_terms |= set(terms(" ".join((org.name, org.role, *org.aliases))))
    wrong: list[Entity] = []
    fits = True
    for mention in others:
        targets = [t for t in mention.targets if t in fb.entities]
        if targets and not set(targets) & own:
            fits = False
            wrong += [fb.entities[t] for t in targets if fb.entities[t].kind in _RELATIONAL_KINDS]
    for unit in units:
        if unit.mention is not None or unit.key in STOPWORDS or is_filler(unit.key) or unit.key in SAYING:
            continue  # "is X called / known as a ...": the naming verb is no part of the role
        if unit.key in _RELATING:
            continue  # "X works for Y": the verb says only that Y is theirs
        if not ({unit.key, *unit.widened} & role_terms) and unit.key not in ("one", "same"):
            fits = False
    return fits, wrong


# --- membership: "the deal covered A, B and C" ------------------------------------------------


def _membership(ask: Ask, said: _Claim) -> Answer | None:
    fb, qi = ask.fb, ask.qi
    # A deal, or the body its forces form ("the East Midlands strategic alliance").
    deal_mentions = [
        m
        for m in said.reading.mentions
        if any(t in fb.deals or (t in fb.entities and fb.entities[t].kind in _FORMED) for t in m.targets)
    ]
    listed: list[Mention] = []
    naming = _naming_deal(ask, said)
    if naming and deal_mentions and _deals_named(ask, naming) != _deals_named(ask, deal_mentions):
        # "the herts plan was about 999 control rooms": the forces name their
        # own deal, which is claimed to be the other's; none is put in a deal.
        return None
    for mention in said.reading.mentions:
        if mention in deal_mentions:
            continue
        force_or_place = mention.place or any(
            t in qi.forces or (t in fb.entities and fb.entities[t].kind in graph.FORCE_KINDS) for t in mention.targets
        )
        if not force_or_place and not _partner_of_body(fb, said, deal_mentions, mention):
            continue
        if mention in naming and not deal_mentions:
            deal_mentions.append(mention)  # "the herts plan": the name says which deal
            continue
        if any(d.start == mention.end for d in deal_mentions):
            continue  # "the Herts back-office deal": the force names the deal that follows
        listed.append(mention)
    if not listed:
        return None
    if deal_mentions:
        deals = [t for t in deal_mentions[0].targets if t in fb.deals] or [
            d for t in deal_mentions[0].targets for d in graph.deals_of(fb, t)
        ]
    elif set(said.words) & _ONE_OF and len(listed) == 1 and _is_subject(said, listed[0]):
        # "Derbyshire was one of the three that rejected G4S": which three, the
        # rest of the claim says.
        deals = _described_deal(ask, said, listed)
    elif set(said.words) & _ONE_OF and len(listed) > 1 and _is_subject(said, listed[0]) and _one_deal(ask, listed[1:]):
        # "was Lincolnshire one of the forces privatising with Herts?": the
        # forces named after the subject say which deal it is claimed to be in.
        deals = _one_deal(ask, listed[1:])
        listed = listed[:1]
    elif len(listed) > 1 and _in_deal_with(said, listed) and _one_deal(ask, listed[1:]):
        # "Beds was in the G4S deal with Herts": the forces it is put in the
        # deal with say which deal; whether it is one of them is the claim.
        deals = _one_deal(ask, listed[1:])
        listed = listed[:1]
    elif set(said.words) & _THROUGH and len(listed) > 1 and _is_party_subject(ask, said, listed[0]):
        # "did Herts go via Lincolnshire Police?": the subject, one of a deal's
        # own forces, says which deal; what it went through is the rest.
        deals = list(graph.deals_of(fb, next(t for t in listed[0].targets if t in qi.forces)))
        listed = listed[1:]
    elif set(said.words) & _THROUGH and (channel := _channel(ask, said, listed)) is not None:
        deals, listed = channel
    else:
        return None
    if len(set(deals)) != 1:
        return None
    formed = any(fb.entities[t].kind in _FORMED for m in deal_mentions for t in m.targets if t in fb.entities)
    if formed and not _only_membership(ask, said, listed):
        return None  # "do Notts and Northants lose their identity in the alliance?" asks something else
    deal = fb.deals[deals[0]]
    if set(said.words) & _THROUGH:
        return _through(ask, deal, listed, said)
    unheard = any(u.mention is None and not u.known for u in said.reading.units)
    if len(listed) < 2 and set(said.words) & _MEMBERSHIP == {"in"} and unheard and _located(said, listed[0]):
        # "were the staff in Herts going to be TUPE'd?": where they are, and a
        # deed never spoken of; no member put to check.
        return None
    joined = bool(set(said.words) & _JOINED) or ("join" in said.words and said.asked in _DONE)
    if len(listed) < 2 and not set(said.words) & _MEMBERSHIP and not joined:
        return None
    weighed = next((i for i, w in enumerate(said.words) if w in _CONSIDERING), None)
    being = next((i for i, w in enumerate(said.words) if w in _ONE_OF | _COPULA), None)
    if weighed is not None and (being is None or weighed < being):
        # "did the east mids forces look at the contract Herts was to use?":
        # what they weighed up, with no force claimed to be one of the deal's.
        return None
    members = set(deal.forces)
    if len(listed) > 1 and _in_deal_with(said, listed) and all(set(m.targets) & members for m in listed[1:]):
        # "Cambs was part of the back-office plan with Beds": the forces after
        # "with" are the deal's, given to place it; the claim is the subject's.
        listed = listed[:1]
    outside = [m for m in listed if not set(m.targets) & members]
    if not outside and deal_mentions and not _who_is_in(ask, said, deal):
        # "the herts forces decided to privatise this year", "ICT was one of the
        # functions in the herts plan": their being in the deal is no yes to
        # the rest of the claim. A force put in it wrongly is a no whatever else is said.
        return None
    shown = and_list(graph.place_of(e) for e in graph.forces(fb, deal.id))
    proof = graph.evidence(qi, deal.id, list(deal.forces))
    lines = [f"The **{deal.name}**: {graph.deal_line(fb, deal)}."]
    body = next((fb.entities[t] for m in deal_mentions for t in m.targets if t in fb.entities), None)
    if formed and body is not None and body.kind in _FORMED:
        # A body the forces form is theirs alone: said so, not the deal they turned down.
        lines = [f"The **{body.name}** is the {shown} police forces' own ({body.role})."]
    for mention in outside:
        lines.append(_elsewhere(ask, mention, deal.id))
    if not outside:
        complete = len(listed) in (1, len(members))
        word = "Yes" if complete else "Not quite"
        return _answer_of(ask, _verdict_title(word, shown), lines, [proof or "", deal.id])
    # Who a body is formed with is the point of the claim: one put in it wrongly is a no.
    partnered = any(_partner_of_body(fb, said, deal_mentions, m) for m in outside)
    word = "Not quite" if said.claim and len(outside) < len(listed) and not partnered else "No"
    return _answer_of(ask, _verdict_title(word, shown), lines, [proof or "", deal.id])


# Words that restrict a claim to the parties it names or counts, and no more
# ("only Herts and Beds", "just one of the forces"): the set it claims is all.
_EXCLUSIVE = frozenset("only just solely merely".split())
_FORCE_NOUNS = frozenset("force forces constabulary constabularies police".split())
_COUNT_REACH = 5  # words from a number to the forces it counts ("one of the east mids forces")


def _claimed_count(words: list[str]) -> int | None:
    """The number of forces a claim's words count ("one of the East Mids
    forces", "a single force", "two forces"), from its start; else None."""
    at = 1 if words[:1] in (["a"], ["the"]) else 0
    word = words[at] if at < len(words) else ""
    if word == "single":
        count = 1
    elif word.isdigit():
        count = int(word)
    elif word in NUMBER_WORDS:
        count = NUMBER_WORDS[word]
    else:
        return None
    following = words[at + 1 : at + 1 + _COUNT_REACH]
    return count if _FORCE_NOUNS & set(following) else None


def kind_of(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """ "Is G4S a charity or a company?": what kind of thing a body is, before
    the choice is put option by option to records that use the nouns."""
    return _kind(ask, _Claim(analysed_words(question.body), reading, False, question.text.split(" ", 1)[0]))


def restricted(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """A yes/no restricted to some of a deal's forces ("was it just Herts that
    dropped G4S?"), put against the deal's whole set before any reading of
    whom the rest names ("was it Herts that..." is a yes to a cleft)."""
    return _exclusive(ask, _Claim(analysed_words(question.body), reading, False, question.text.split(" ", 1)[0]))


def _restricted(ask: Ask, said: _Claim) -> int | None:
    """Where the parties a claim restricts itself to begin in its words: after
    "only" or "just", which the reading of a question may have taken for a
    hedge ("was it just one of..."), so found in the message as written."""
    at = next((i for i, w in enumerate(said.words) if w in _EXCLUSIVE), None)
    if at is not None:
        return at + 1
    written = analysed_words(ask.query)
    for i, word in enumerate(written[:-2]):
        if word in _EXCLUSIVE:
            following = written[i + 1 : i + 3]
            found = next((k for k in range(len(said.words)) if said.words[k : k + 2] == following), None)
            if found is not None:
                return found
    return None


def _exclusive(ask: Ask, said: _Claim) -> Answer | None:
    """ "The Herts deal was only Herts and Beds?", "was it just one of the East
    Mids forces that turned G4S down?": a claim restricted to some of a deal's
    parties, named or counted, is put against the deal's whole set of forces.
    Only for what the deal itself was or did (its parties, its own deeds, its
    end), which was all its forces' doing: "only Herts officers were drafted
    in" claims something else, which the other checks take."""
    fb, qi = ask.fb, ask.qi
    start = _restricted(ask, said)
    if start is None:
        return None
    after = said.words[start:]
    named = [m for m in said.reading.mentions if m.start >= start and any(t in qi.forces for t in m.targets)]
    # The forces named straight after the word ("only Herts and Beds"), or a count of them.
    listed = [m for m in named if said.words[start : m.start] in ([], ["the"]) or m is not named[0]]
    listed = listed if named and listed[:1] == named[:1] else []
    count = None if listed else _claimed_count(after)
    if not listed and count is None:
        return None
    deals = set(said.reading.anchor) or _deals_named(ask, listed)
    if len(deals) != 1:
        return None
    deal = fb.deals[next(iter(deals))]
    exclusive = {u.key for u in said.reading.units if u.word in _EXCLUSIVE}
    rest = Reading(tuple(u for u in said.reading.units if u.key not in exclusive), said.reading.anchor)
    if not _who_is_in(ask, replace(said, reading=rest), deal):
        return None
    members = set(deal.forces)
    shown = and_list(graph.place_of(e) for e in graph.forces(fb, deal.id))
    lines = [f"The **{deal.name}**: {graph.deal_line(fb, deal)}."]
    if listed:
        claimed = {t for m in listed for t in m.targets if t in qi.forces}
        outside = [m for m in listed if not set(m.targets) & members]
        lines += [_elsewhere(ask, m, deal.id) for m in outside]
        word = "Yes" if claimed == members else "No" if outside else "Not quite"
    else:
        word = "Yes" if count == len(members) else "No"
    # Shown by the record that counts them ("across the three forces"), else one naming them all.
    counting = (r for r in qi.records_of.get(deal.id, ()) if slots.gives_count(shown_text(fb, r), _FORCES, _FORCES))
    proof = next(counting, None) or graph.evidence(qi, deal.id, list(deal.forces))
    if proof:
        lines.append(_shown(ask, proof))
    total = _NUMBER_NAMES.get(len(members), str(len(members)))
    return _answer_of(ask, _verdict_title(word, f"all {total}, {shown}"), lines, [proof or "", deal.id])


_FORCES = frozenset({stem("forces")})
_NUMBER_NAMES = {n: w for w, n in sorted(NUMBER_WORDS.items(), reverse=True)}


def _naming_deal(ask: Ask, said: _Claim) -> list[Mention]:
    """Forces that name their own deal by a noun after them ("the herts
    plan", "the Herts/Cambs/Beds G4S plan", "the herts one"): a run of
    forces, perhaps with the deal's company, then a deal noun, or "one"
    that is not "one of"."""
    qi = ask.qi
    mentions = [m for m in said.reading.mentions if not m.place]
    out: list[Mention] = []
    run: list[Mention] = []
    for i, mention in enumerate(mentions):
        is_force = any(t in qi.forces for t in mention.targets)
        if not is_force and not (run and any(t in qi.parties for t in mention.targets)):
            run = []
            continue
        if is_force:
            run.append(mention)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            following is not None
            and following.start - mention.end <= 1
            and said.words[mention.end : following.start]
            in (
                [],
                ["and"],
            )
        ):
            continue  # the run goes on
        after = said.after(mention)
        one = after == "one" and said.words[mention.end + 1 : mention.end + 2] != ["of"]
        if stem(after) in _DEAL_NOUNS or one:
            out += run
        run = []
    return out


def _deals_named(ask: Ask, mentions: list[Mention]) -> set[str]:
    """The deals some names point at: a deal itself, or the deals of its forces or body."""
    return graph.deals_named(ask.fb, (t for m in mentions for t in m.targets))


# Bodies a deal's forces form together: a claim of being part of one is a
# claim of being one of the deal's forces.
_FORMED = frozenset({"alliance"})
_ONE_OF = frozenset("one part among member members".split())
_DESCRIBES = 0.6  # a record covering the rest of a claim this well says which deal it means


_JOINING = frozenset(stem(w) for w in "join joined joining joins member members part one among in".split())


def _is_subject(said: _Claim, mention: Mention) -> bool:
    """Whether a force is what a membership claim is about ("Derbyshire was
    one of the three"), not a word describing its subject ("officers from
    Hertfordshire were among those drafted in")."""
    first = not set(said.words[: mention.start]) - {"the", "so", "and"}
    return first and said.after(mention) in _COPULA | _ONE_OF | {"in"}


_ASKED_BEING = frozenset("the so and is was are were".split())


def _in_deal_with(said: _Claim, listed: list[Mention]) -> bool:
    """ "Beds was in the G4S deal with Herts", "was Essex part of the plan
    with Cambs?": a force (the subject) put in a deal, then "with" the
    forces whose deal it is."""
    subject, others = listed[0], listed[1:]
    if set(said.words[: subject.start]) - _ASKED_BEING:
        return False
    between = said.words[subject.end : others[0].start]
    if "with" not in between or not {stem(w) for w in between} & _DEAL_NOUNS:
        return False
    return bool(between[:2] and ({between[0], *between[1:2]} & (_MEMBERSHIP | _ONE_OF)))


def _one_deal(ask: Ask, mentions: list[Mention]) -> list[str]:
    """The one deal whose own forces all these mentions name, if one."""
    found = {d for m in mentions for t in m.targets if t in ask.qi.forces for d in graph.deals_of(ask.fb, t)}
    named_all = all(any(t in ask.qi.forces and graph.deals_of(ask.fb, t) for t in m.targets) for m in mentions)
    return sorted(found) if named_all and len(found) == 1 else []


def _is_party_subject(ask: Ask, said: _Claim, mention: Mention) -> bool:
    """Whether a claim opens with one of a deal's own forces ("Hertfordshire went ...")."""
    first = not set(said.words[: mention.start]) - {"the", "so", "and", "did", "does", "was", "were", "had", "has"}
    return first and any(t in ask.qi.forces and graph.deals_of(ask.fb, t) for t in mention.targets)


def _only_membership(ask: Ask, said: _Claim, listed: list[Mention]) -> bool:
    """Whether a claim says nothing but that forces are in a body ("is
    Lincolnshire part of the alliance?"), or who form it ("forming an
    alliance with G4S")."""
    return all(
        u.mention is not None or u.key in _JOINING | _FORMING or is_filler(u.key) or u.weight < COMMON
        for u in said.reading.units
    )


_FORMING = frozenset(stem(w) for w in "form forming formed forms create creating created set setting".split())


def _partner_of_body(fb: FactBase, said: _Claim, bodies: list[Mention], mention: Mention) -> bool:
    """ "An alliance with G4S": whoever a body the forces form is said to be
    formed with is claimed to be one of its members."""
    return any(
        b.end < mention.start
        and said.words[mention.start - 1] == "with"
        and all(w in _COPULA or stem(w) in _FORMING for w in said.words[b.end : mention.start - 1])
        and any(t in fb.entities and fb.entities[t].kind in _FORMED for t in b.targets)
        for b in bodies
    )


# Words of a claim on who is in a deal: being in it, covering, counting.
_IN_DEAL = frozenset(
    stem(w)
    for w in """cover covered covers covering include included includes including involve involved involving join
    joined joins joining member members part one among in force forces police constabulary constabularies two three
    four five six covered with""".split()
)


def _who_is_in(ask: Ask, said: _Claim, deal: Deal) -> bool:
    """Whether a claim says nothing but which forces a deal had ("the herts
    deal covered herts, essex and beds", "was Beds in the Herts plan?"),
    with words that describe the deal itself: its name, services and
    summary, its own doing ("G4S taking over") or its ending ("rejected")."""
    qi = ask.qi
    claimed = set(terms(" ".join(said.words)))
    if qi.services_within(claimed):
        return False  # "ICT was one of the functions in the herts plan": a claim on its services
    own = deal_terms(deal)
    own |= deal_deeds(qi) | ended_terms(qi)
    return all(
        u.mention is not None
        or u.key in _IN_DEAL
        or u.key in qi.deal_nouns
        or {u.key, *u.widened} & own
        or is_filler(u.key)
        or u.weight < COMMON
        or not settles(u)
        for u in said.reading.units
    )


def _described_deal(ask: Ask, said: _Claim, listed: list[Mention]) -> list[str]:
    """The one deal the rest of a membership claim describes ("the three that
    rejected G4S"), from the records that best cover it; none if unclear."""
    rest = tuple(u for u in said.reading.units if u.mention not in listed)
    if not any(u.mention is None and u.weight >= COMMON for u in rest):
        return []
    ranked = [s for s in rank(ask.qi, Aim(), Reading(rest, frozenset()), records) if s.cover >= _DESCRIBES]
    if not ranked:
        return []
    top = ranked[0].cover
    return sorted({d for s in ranked if s.cover >= top - CLOSE for d in s.item.deals})


def _located(said: _Claim, mention: Mention) -> bool:
    """Whether a force stands after "in" as where something else is ("the
    staff in Herts"), not as what is claimed to be in a deal."""
    before = said.words[max(0, mention.start - 2) : mention.start]
    return bool(before) and before[-1] == "in" and (len(before) < 2 or before[0] not in _ONE_OF | _COPULA)


def _channel(ask: Ask, said: _Claim, listed: list[Mention]) -> tuple[list[str], list[Mention]] | None:
    """A claim that something went through something else ("the contract
    Herts was looking at went through Surrey Police"), split at "through":
    the names before it say which deal (the one every one of them bears on),
    the forces or places after it are what it is claimed to have gone
    through. None unless both parts name something."""
    at = next(i for i, w in enumerate(said.words) if w in _THROUGH)
    before = [m for m in said.reading.mentions if m.end <= at and not m.place]
    after = [m for m in listed if m.start >= at]  # a name may take in the word itself ("via Lincolnshire Police")
    if not before or not after:
        return None
    deals: set[str] | None = None
    for mention in before:
        own = _deals_named(ask, [mention])
        deals = own if deals is None else deals & own
    return (sorted(deals), after) if deals else None


def _through(ask: Ask, deal: Deal, listed: list[Mention], said: _Claim) -> Answer:
    """ "Was the herts deal through Lincolnshire Police?": the deal's own contract and its owner."""
    fb = ask.fb
    via = fb.entities[deal.via] if deal.via else None
    owners = {via.id, *((via.organisation,) if via.organisation else ())} if via else set()
    asked = {t for m in listed for t in m.targets}
    proof = graph.evidence(ask.qi, deal.id, sorted(owners)) if owners else None
    if via is None:
        lines = [f"The articles name no contract the **{deal.name}** ran through."]
        return _answer_of(ask, _verdict_title("No", deal.name), lines, [deal.id])
    lines = [f"The **{deal.name}** would have run under the **{via.name}**."]
    word = "Yes" if asked <= owners else "No"
    ended = _ended_status(ask, deal) if word == "Yes" and _claims_deed(ask, said) else None
    if ended is not None:
        # "so Herts is signing through the Lincolnshire contract after all?": the
        # right channel, but the deed claimed did not happen: the deal ended.
        lines = [f"The **{deal.name}** ended: {_shown(ask, ended)}", *lines]
        return _answer_of(ask, _verdict_title("No", deal.name), lines, [ended, proof or "", deal.id])
    return _answer_of(ask, _verdict_title(word, via.name), lines, [proof or "", deal.id])


# Verbs of going through a contract ("use the framework", "sign up under it").
_USING = frozenset("use uses used using sign signs signed signing".split())


def channel_verdict(ask: Ask, text: str, reading: Reading, deal_id: str) -> tuple[str, str | None] | None:
    """A claim that a deal went through a contract or its owner ("both lots
    were going to use the Lincolnshire framework"), put to one story: its
    verdict and proof from the deal's own channel; ("", None) when the story
    names no channel at all (it says nothing of one); None for any other claim."""
    fb = ask.fb
    said = _Claim(analysed_words(text), reading, True)
    if not set(said.words) & (_THROUGH | _USING):
        return None
    contracts = sorted(e.id for e in fb.entities.values() if e.kind == "contract")
    # A contract, or the body whose contract it is ("the Lincs framework"), named.
    owners = {*contracts, *(o for t in contracts if (o := fb.entities[t].organisation))}
    listed = [m for m in reading.mentions if set(m.targets) & owners]
    if not listed:
        return None
    deal = fb.deals[deal_id]
    if deal.via is None:
        return "", None
    found = _through(ask, deal, listed, said)
    return ("yes" if found.title.startswith("Yes") else "no"), (found.ids[0] if found.ids else deal_id)


def _claims_deed(ask: Ask, said: _Claim) -> bool:
    """Whether a claim says a deal's own deed happens or happened ("Herts
    signs", "is going to use the contract"), not that it was only planned."""
    if PLANNED.search(" ".join(said.words)):
        return False
    content = ask.qi.content
    deeds = {t for w in _CAME_OFF for t in (w, *content.widen(w))}
    return any(u.mention is None and {u.key, *u.key.split()} & deeds for u in said.reading.units)


# A deal's coming off, in its parties' deeds ("Herts signs", "uses the contract");
# not an offer or a look at one, which a deal that ended still had.
_CAME_OFF = tuple(stem(w) for w in "sign signed agree agreed use used award awarded proceed secure".split())


def _ended_status(ask: Ask, deal: Deal) -> str | None:
    """The status fact of a deal that ended; None if it did not."""
    if deal.status.lower() not in ENDED:
        return None
    return next((f.id for f in ask.fb.facts_of_deal(deal.id, "status")), None)


def _elsewhere(ask: Ask, mention: Mention, deal_id: str) -> str:
    """Where a force or place named in a claim really figures, if anywhere."""
    fb = ask.fb
    target = mention.targets[0]
    if mention.place:
        return f"{mention.name} is in neither article."
    entity = fb.entities[target]
    other = [d for d in graph.deals_of(fb, target) if d != deal_id]
    if entity.id in {f for d in other for f in fb.deals[d].forces}:
        return f"{graph.place_of(entity)} is in the other story, the **{fb.deals[other[0]].name}**."
    return f"{entity.name} is not one of them: {entity.role}."


# --- services: "HR was one of the services in the Herts deal?" --------------------------------

# Words a claim about a deal's services may use besides the services: what
# was to be done with them, and that they were among the deal's.
_SERVICE_FRAME = frozenset(
    stem(w)
    for w in """service services function functions department departments work one part include included includes
    among cover covered covers about thing plan plans going force forces police list""".split()
)
# What was to be done with the services: asked of a deal's own services, it
# asks whether the deal came off (outcome.py), not what it covered.
_SERVICE_DEEDS = frozenset(
    stem(w)
    for w in """outsource outsourcing outsourced privatise privatising privatised hand handing handed run running
    operate operating take taking""".split()
)


_DOING = frozenset("do does doing did now currently".split())
# Weighing a deal up ("looking at handing HR to G4S"): its plan, which its services fill.
_WEIGHING = frozenset(
    {stem("look at"), *(stem(w) for w in "consider considering considered explore exploring weigh weighing".split())}
)


# Weighing put in the present ("is Herts still considering ...", "are they
# looking at ... now"): whether it is still under way, which the deal's
# outcome settles, not what it was to cover.
_PRESENT = frozenset("still now currently is are am s re does do".split())

_CLIPPED = 4  # letters a clipped word keeps of the word it stands for
# "HR was to be privatised", "would have run": the plan, not whether it came off;
# "was getting outsourced", "being privatised": under way when the articles speak, so still the plan.
_PLANNED = re.compile(r"\b(?:(?:to be|getting|being) \w+(?:ed|en)|would|planned|plan|plans|meant to|set to)\b")


def _services(ask: Ask, said: _Claim) -> Answer | None:
    """A claim that a deal covered some services ("the East Mids forces were
    going to outsource their HR?"), checked against each deal's own list."""
    fb, qi = ask.fb, ask.qi
    claimed = set(terms(" ".join(said.words)))
    # A clipped word stands for the word it clips ("comms", "procure").
    given = claimed | {t for t in qi.service_words for c in claimed if len(c) >= _CLIPPED and t.startswith(c)}
    # Only the deals with a service claimed, in deal order (looked up by the claim's words).
    named = {d: [fb.deals[d].services[at] for at in found] for d, found in qi.services_within(given).items()}
    # The deal named, or else the one deal whose services the claim names.
    anchor = said.reading.anchor or (frozenset(named) if len(named) == 1 else frozenset())
    if not named or len(anchor) != 1:
        return None
    deal = fb.deals[next(iter(anchor))]
    listed = qi.service_words
    # "so G4S are doing Herts procurement now?": done, now, not covered.
    deeds = bool(set(said.words) & _DOING)
    weighed = unheard = False
    for unit in said.reading.units:
        clipped = len(unit.key) >= _CLIPPED and any(t.startswith(unit.key) for t in listed)
        if (
            unit.mention is not None
            or unit.key in listed
            or clipped
            or unit.key in _SERVICE_FRAME
            or is_filler(unit.key)
        ):
            continue
        if unit.key in qi.deal_nouns or not settles(unit):
            continue
        if {unit.key, *unit.widened} & _SERVICE_DEEDS:
            deeds = True
            continue
        if unit.key in _WEIGHING:
            if set(said.words) & _PRESENT or said.asked in _PRESENT:
                return None  # "is Herts still considering ...": whether it is so now
            weighed = True  # "looking at handing HR to G4S": what the deal was to cover
            continue
        if not unit.known:
            unheard = True  # "HR and payroll": a word they never use, perhaps another service
            continue
        return None  # "did G4S fail at HR?" claims something else of the service
    theirs = named.get(deal.id, [])
    elsewhere = [s for d, found in named.items() if d != deal.id for s in found if s not in deal.services]
    if unheard and (theirs or not elsewhere):
        # Only a service of the other deal settles it, whatever the word they never use adds.
        return None
    planned = weighed or bool(_PLANNED.search(" ".join(said.words)))
    if deeds and not elsewhere and not planned:
        return None  # "so G4S are running Herts HR now?": whether the deal came off
    said_of = next(iter(fb.facts_of_deal(deal.id, "services")), None)
    lines = [f"The **{deal.name}**: {and_list(deal.services)}."]
    if said_of is not None:
        lines.append(f"*In the article:* {said_of.text}")
    for service in elsewhere:
        other = next(d for d, found in named.items() if service in found and d != deal.id)
        lines.append(f"{service} is in the other story, the **{fb.deals[other].name}**.")
    ids = [said_of.id if said_of is not None else deal.id, deal.id]
    word = "No" if elsewhere and not theirs else "Not quite" if elsewhere else "Yes"
    return _answer_of(ask, _verdict_title(word, f"the {deal.name}: {and_list(deal.services)}"), lines, ids)


# --- across the stories: "did Hertfordshire form a strategic alliance?" ----------------------


def _across(ask: Ask, said: _Claim) -> Answer | None:
    """A deal, or a force or person of one story, with a thing only the
    other story has ("the herts deal was about 999 control rooms"): the
    answer is no, from the deal each belongs to, never a yes lent by the
    other story."""
    fb, qi = ask.fb, ask.qi
    mentions = [m for m in said.reading.mentions if not m.place]
    if len(mentions) < 2:
        return None
    first = [t for t in mentions[0].targets if t in fb.entities or t in fb.deals]
    if not first or not all(
        t in fb.deals or t in qi.forces or fb.entities[t].kind in graph.PERSON_KINDS for t in first
    ):
        return None
    home = graph.deals_named(fb, first)
    for mention in mentions[1:]:
        if _coordinated(said, mentions[0], mention):
            # "both the herts lot and the east mids lot": subjects of the claim
            # side by side, each in its own story; neither is put in the other's.
            continue
        others = [t for t in mention.targets if (t in fb.entities and t not in qi.parties) or t in fb.deals]
        their = graph.deals_named(fb, others)
        if others and their and home and not their & home:
            subject = fb.entities.get(first[0])
            thing = fb.entities[others[0]].name if others[0] in fb.entities else mention.name
            thing = thing[4:] if thing.lower().startswith("the ") else thing  # "the **chief constables**"
            deal = fb.deals[min(home, key=qi.deal_order.__getitem__)]
            status = next((f for f in fb.facts_of_deal(deal.id, "status")), None)
            who = f"**{graph.place_of(subject)}** is in" if subject is not None else "That is"
            lines = [
                f"{who} the story on the **{deal.name}** ({deal.status}); the **{thing}** is only in the other story."
            ]
            if deal.services:
                lines.append(f"The {deal.name} was about {and_list(deal.services)}.")
            if status is not None:
                lines.append(status.text)
            ids = [status.id if status else deal.id]
            acts = fb.entities[others[0]].kind in _ACTORS if others[0] in fb.entities else False
            if _gives_cause(said) or set(said.words) & _CONSIDERING or (acts and not set(said.words) & _BEING):
                # "did the east mids chief constables back the decision?":
                # what the other story's people did here, the articles never say.
                # "did the east mids forces bin G4S cos of the Olympics?": the
                # articles give no such cause, which is not to say there was none.
                return not_found(fb, ask.echoed, (), lacking=" ".join(lines[:1]))
            # Cited: the story asked about, which is what settles it.
            return _answer_of(ask, _verdict_title("No", f"not in the {deal.name} story"), lines, ids)
    return None


# Words that may stand between names listed side by side ("the herts lot and the east mids lot").
_COORDINATING = frozenset({"and", "or", "nor", "plus"})
_LIST_GLUE = frozenset({"the", "lot", "one", "ones", "forces", "force", "police", "people", "deal", "both", "either"})


def _coordinated(said: _Claim, first: Mention, other: Mention) -> bool:
    """Whether two names are listed side by side as the claim's subjects:
    only a conjunction (and the words naming what each is) between them."""
    between = said.words[first.end : other.start]
    return bool(set(between) & _COORDINATING) and set(between) <= _COORDINATING | _LIST_GLUE


def coordinated_stories(ask: Ask, reading: Reading, text: str) -> tuple[Mention, ...]:
    """A claim's subjects when they are names of different stories listed side
    by side ("Herts and the East Mids forces both dropped G4S", "did both the
    herts lot and the east mids lot..."), else none: the claim is put to each
    story in turn, never one story's name put in the other's. Worked out once
    per text and names in a message."""
    key = (text, reading.mentions)
    found = ask.coordinated.get(key)
    if found is None:
        found = ask.coordinated[key] = _coordinated_stories(ask, reading, text)
    return found


def _coordinated_stories(ask: Ask, reading: Reading, text: str) -> tuple[Mention, ...]:
    said = _Claim(analysed_words(text), reading, False)
    mentions = [m for m in reading.mentions if not m.place]
    if len(mentions) < 2 or not _coordinated(said, mentions[0], mentions[1]):
        return ()  # subjects come first; a list further on is what the claim puts somewhere
    if any(t in ask.fb.deals for m in mentions[2:] for t in m.targets):
        return ()  # "herts, beds and northants in the back-office deal": forces put in a deal, checked as such
    deals = [_deals_named(ask, [m]) for m in mentions[:2]]
    return tuple(mentions[:2]) if all(len(d) == 1 for d in deals) and not deals[0] & deals[1] else ()


# --- otherwise: the record that best covers the claim ------------------------------------------


def from_record(ask: Ask, question: Question, reading: Reading) -> Answer:
    fb, qi = ask.fb, ask.qi
    # A time or a number in a claim is a detail to check, not what it is about.
    claimed_time = time_phrase(question.body)
    timed = set(analysed_words(claimed_time))
    asked = reading.units  # with its time: what a possibility may govern ("could be in place by 2020")
    reading = Reading(tuple(u for u in reading.units if not u.word.isdigit() and u.word not in timed), reading.anchor)
    if not reading.units:
        return not_found(fb, ask.echoed, ())
    refusal = refuse(ask, replace(question, form=Form.YES_NO), reading)
    if refusal is not None and reading.known_share < KNOWN_MIN / 2:
        return refusal
    located = any(t in qi.deal_ids or t in qi.forces for m in reading.mentions for t in m.targets)
    if reading.places and not located:
        # "the west midlands police dropped G4S": a place no article covers is what it is about.
        return not_found(fb, ask.echoed, reading.mentions, places=reading.places)
    # "the G4S man was sad about the decision?": the story's event says which
    # event, not what is claimed of it; a reaction answers only for whoever reacted.
    asserted = tuple(u for u in reading.units if u.mention is not None or u.key not in THE_EVENT)
    if any(u.mention is None for u in asserted):
        reading = Reading(asserted, reading.anchor)
    first = next((m for m in reading.mentions if not m.place), None)
    subject = {t for t in first.targets if t in fb.entities} if first is not None and first.start <= 1 else set()
    subject |= {p for t in subject for p in fb.members.get(t, ())}
    ranked = [
        s
        for s in rank(qi, Aim(pairs=question.body), reading, records)
        if s.cover >= NEAR and answers_for(subject, s.item)
    ]
    ranked = facts_first(qi, ranked)
    if not ranked:
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    if claimed_time:
        # A claim that puts a time on something is checked against a record that gives one.
        ranked = [s for s in ranked if s.item.when or s.item.said_when] or ranked
        # A record near the claim that gives the very time bears it out; only
        # with none does another's time deny it ("the herts decision was made
        # last night": confirmed last night, though decided on last year).
        ranked = [s for s in ranked if not _other_time(s, claimed_time)] or ranked
    lead = ranked[0]
    if reading.unknown_words and _only_who(fb, lead.item, reading):
        # "Loader's background, wasn't he military before being PCC?": all the
        # claim says besides who he is, the articles never speak of; the record
        # on him corrects nothing of it.
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    untold = _untold_time(ask, lead, claimed_time, years(question.body), question.body)
    if untold:
        # "announced on 3 November 2013": a year (or a day) the articles never give.
        return not_found(fb, ask.echoed, reading.mentions, lacking=untold)
    # How well the lead fits what the verdict turns on: verbs of saying and
    # connectives aside ("Lloyd called it unsuitable" is settled by his words).
    # Words describing whom the record is about ("the Hertfordshire
    # commissioner" of a record naming David Lloyd) say who, not what happened.
    # A record that uses them bears them out all the same.
    named = [t for m in reading.mentions for t in m.targets]

    def judged(scored: Scored) -> tuple[str, float]:
        who = who_terms(fb, scored.item)
        told = {u.key for u in reading.units if {u.key, *u.widened} & who and not coverage(qi, (u,), scored.item)}
        claimed_units = tuple(u for u in reading.units if u.mention is not None or (settles(u) and u.key not in told))
        asked = analysed_words(question.body)
        said, _ = claim_verdict(fb, qi, scored.item, reading.predicate, asked=asked, named=named)
        return said, coverage(qi, claimed_units, scored.item)

    said, settled = judged(lead)
    if not said and not claimed_time:
        # The lead's words leave it open ("the plans would have outsourced
        # swathes..."): a record of the same story covering the claim nearly as
        # well whose words bear it out does ("... have been abandoned").
        for other in ranked[1 : 1 + _RUNNERS_UP]:
            if other.cover < lead.cover - _NEAR_COVER:
                break
            if other.item.deals != lead.item.deals:
                continue  # never another story's record
            # Only a yes: a runner-up's "no" may deny a word the lead is not about.
            verdict_, cover_ = judged(other)
            if verdict_ == "yes" and cover_ >= SURE:
                lead, said, settled = other, verdict_, cover_
                break
    claimed = years(question.body)
    given = _years_of(ask, lead)
    other_time = _other_time(lead, claimed_time) if not claimed else ""
    bound = _BOUNDED_YEAR.search(qi.texts.get(lead.item.id, "")) if claimed and given else None
    # An order in time the claim puts ("decided before the evidence came in")
    # must be the record's own, as for words put in somebody's mouth.
    if (
        said == "no"
        or other_time
        or _timing([stem(w) for w in analysed_words(question.body)], lead.item.words) == "other"
    ):
        word = "no"
    elif bound is not None and not set(claimed) & set(given):
        # "in place by 2020" bounds a time: another year may fall within it, or after. Not settled.
        word = "not quite"
    elif claimed and given and not set(claimed) & set(given):
        word = "no"
    elif said != "no" and settled >= SURE and not reading.unknown_words:
        # A record covering the claim this well, with no word of it unknown
        # and nothing in it against the claim, bears it out: a correction
        # needs something to correct. What it says only may be does not bear
        # out a claim that it is so ("the alliance is happening by 2020").
        # Nor does what was only decided or planned ("had decided to privatise")
        # bear out that it was done ("so procurement got privatised?").
        planned = only_intended(lead.item, asked, analysed_words(question.body))
        word = "not quite" if planned or firm_against_possible(question.text, lead.item, asked) else "yes"
    else:
        word = "not quite"
    shown = Shown(lead.item.id, verdict=word)
    answer = render_answer(fb, qi, ask.query, question, shown)
    if bound is not None and not set(claimed) & set(given):
        note = f"The articles give only “{bound.group(0)}”, which neither says nor rules out {and_list(claimed)}."
        answer = replace(answer, body=f"{note}\n\n{answer.body}")
    elif claimed and given and not set(claimed) & set(given):
        note = f"The articles give {and_list(given)}, not {and_list(claimed)}."
        answer = replace(answer, body=f"{note}\n\n{answer.body}")
    elif other_time:
        note = f"The articles give “{other_time}”, not “{claimed_time}”."
        answer = replace(answer, body=f"{note}\n\n{answer.body}")
    return answer


def _only_who(fb: FactBase, item: Item, reading: Reading) -> bool:
    """Whether a claim is on people only, and the words of it the articles
    use only name or describe whom the record is about ("Loader", "PCC"):
    what it says of them is all in words they never use."""
    people = [m for m in reading.mentions if any(fb.entities[t].kind in _PEOPLE for t in m.targets if t in fb.entities)]
    if reading.places or not people or len(people) != len(reading.mentions):
        return False  # a claim on places or bodies ("Derbyshire and Notts are teaming up") is on who is in what
    who = who_terms(fb, item)
    return all(
        u.mention is not None or not u.known or not settles(u) or u.weight < COMMON or {u.key, *u.widened} & who
        for u in reading.units
    )


_PEOPLE = frozenset({"person", "spokesperson"})
_RUNNERS_UP = 3  # records after the lead that may settle a claim the lead leaves open
_NEAR_COVER = 0.1  # ...when they cover it nearly as well


# A year a record gives as a bound ("could be in place by 2020"), not a point.
_BOUNDED_YEAR = re.compile(r"\b(?:by|before|until|till|within|from|after|since)\s+(?:19|20)\d\d\b", re.I)
# Times told from now ("last night", "early next year"), which a date or a
# day of the week can neither match nor contradict.
_RELATIVE = re.compile(r"\b(?:last|next|this|yesterday|today|tonight|tomorrow|ago)\b")
_NAMED_TIME = re.compile(rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH}|(?:19|20)\d\d)\b")


def _untold_time(ask: Ask, lead: Scored, claimed_time: str, claimed_years: tuple[str, ...], claim: str = "") -> str:
    """What the articles give of a time a claim puts more precisely than
    they do, else "": a year for "3 November" (none of the deal's records
    gives one), a day of the week for "last night"."""
    given = lead.item.when or lead.item.said_when
    if not given:
        # A year put on what they give no time for at all ("the Olympics mess
        # was 2012") is no more borne out than one put on "last night"; a
        # year naming an event ("at London 2012") puts no time on the claim.
        timed = bool(_YEAR_PUT.search(claim))
        return "They give no time for it, nor any year." if timed and not _years_of(ask, lead) else ""
    if claimed_years and not _years_of(ask, lead):
        return f"They give “{given}”, but no year."
    told = normalise(claimed_time)
    if _NAMED_TIME.search(told) and _RELATIVE.search(normalise(given)) and not _NAMED_TIME.search(normalise(given)):
        return f"They say only “{given}”."
    return ""


# A year put as the time of something: "in 2012", "was 2012", "back in 2012".
_YEAR_PUT = re.compile(r"\b(?:in|was|were|is|during|since|from|until|by|of) (?:19|20)\d\d\b")


def _other_time(lead: Scored, claimed: str) -> str:
    """The lead record's own time when a claim puts another on it ("announced
    this morning" against "last night"); "" when they agree or either is missing."""
    if not claimed:
        return ""
    mine = normalise(claimed)
    # The claim's own words of time, its preposition aside: a coarser time
    # the record's falls within ("in November" of "3 November") agrees.
    coarse = set(mine.split()) - _TIME_PREPOSITIONS
    for given in (lead.item.said_when, lead.item.when):
        theirs = normalise(given)
        if theirs and theirs not in mine and mine not in theirs and not (coarse and coarse <= set(theirs.split())):
            return given
    return ""


_TIME_PREPOSITIONS = frozenset("in on at during".split())


def _years_of(ask: Ask, lead: Scored) -> tuple[str, ...]:
    """The years the lead record's deal gives on its subject: the lead's own,
    else those of the deal's records about the same things."""
    fb, qi = ask.fb, ask.qi
    own = tuple(dict.fromkeys(years(qi.texts.get(lead.item.id, ""))))
    if own:
        return own
    about = lead.item.about
    found: list[str] = []
    for deal in sorted(lead.item.deals):
        ids = qi.records_of.get(deal, ())
        items = qi.items_of(ids)  # read in one go
        on_it = [r for r in ids if about & items[r].about - set(fb.deals[deal].forces) - set(fb.deals[deal].companies)]
        texts = qi.texts_of(on_it)
        for record_id in on_it:
            found += years(texts.get(record_id, ""))
    return tuple(dict.fromkeys(found))


def _answer_worded(ask: Ask, question: Question) -> Answer | Question:
    found = _answer(ask, question)
    return as_worded(ask, question.body, found) if isinstance(found, Answer) else found


ENTRIES = (Entry(Form.CONFIRM, never, _answer_worded),)
