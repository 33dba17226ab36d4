"""Whether a deal came off: "did G4S get the East Mids contract?", "were
the forces going to hand G4S their control rooms?", "so G4S are running
Herts HR now?". Asked in words of the deal coming off, or of it ending, with
nothing else asked, a deal's status answers, from its own status fact; the
same for a yes/no question and for a claim put for checking."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import graph
from commands.ask.pipeline import Ask
from commands.ask.question import INTENT, Question
from commands.ask.reading import Reading, Unit
from commands.ask.render import Shown, render_answer
from commands.ask.verdict import COMMON, ENDED, VERB_NEGATORS, asked_negated, ended_terms, settles
from knowledge.analysis import phrase_key, stem, terms, words
from knowledge.model import Deal
from knowledge.question_index import QuestionIndex

# Words for a deal coming off: "did G4S get/win/land it", "did they go with G4S".
# So is the deal's own doing: "did the forces hand the control rooms to G4S?",
# "did G4S take over Herts HR?".
_HAPPENED = (
    "agree",
    "sign",
    "win",
    "award",
    "secure",
    "proceed",
    "get",
    "outsource",
    "privatise",
    "hand over",
    "take over",
    "run",
    "operate",
    "choose",
    "use",
    "give",
)
# Words for what a deal was to hand over, whatever its services: "give the 999 stuff to G4S".
_WORK = frozenset(stem(w) for w in "work services stuff functions things".split())


_COPULA = frozenset("is was are were".split())
# "the forces who said no", "Herts, which did not sign": a relative clause
# says who is meant, and its words are not what is asked of the deal.
_RELATIVE = frozenset({"who", "which", "whose", "whom"})
# "Would G4S have run HR?", "were they going to hand over the control rooms?":
# asked of the plan, not of whether it came off.
_PLANNED = re.compile(
    r"\b(?:would|could|should|might) (?:\w+ )?have\b|\b(?:was|were) (?:going|planning|meant|set) to\b"
)


def outcome(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """ "Did G4S get the East Mids contract?", "did the forces go with G4S?":
    asked whether a deal came off, in words of it coming off (or of it
    ending), with nothing else asked. Its status answers, from its status fact."""
    fb, qi = ask.fb, ask.qi
    if _PLANNED.search(question.text) or INTENT.search(question.text):
        return None  # "does Herts still want to outsource?": the plans, not the deal
    if question.topic_hint == "status" or len(reading.anchor) != 1 or not reading.mentions or reading.unknown_words:
        return None  # "is the deal off?" has its own cues
    said = words(question.body)
    if _RELATIVE & set(said):
        return None  # what the relative clause says is not the deal coming off
    deal = fb.deals[next(iter(reading.anchor))]
    parties = {deal.id, *deal.forces, *deal.companies}
    if any(not set(m.targets) & parties for m in reading.mentions):
        return None  # "was the Lincolnshire contract scrapped?" asks of the contract, not the deal
    # Words of the deal's own name and services say which deal, not what became of it.
    described = set(terms(" ".join((deal.name, *deal.services, *deal.aliases)))) | _WORK
    rest = [u for u in what_happened(qi, reading) if u.weight >= COMMON and not ({u.key, *u.widened} & described)]
    if not rest and question.text.split(" ", 1)[0] in _COPULA:
        # "Was the Herts deal with G4S?": nothing asked but who it was with,
        # which its parties, all named, say.
        lead = graph.evidence(qi, deal.id, [t for m in reading.mentions for t in m.targets if t != deal.id])
        return render_answer(fb, qi, ask.query, question, Shown(lead or deal.id, verdict="yes"))
    ended = ended_terms(qi)
    # What is left of the question holds none of _WORK (`described` took it out), so the deal's deeds alone count.
    happened = deal_deeds(qi)
    asks_ended = bool(rest) and all({u.key, *u.widened} & ended for u in rest)
    asks_happened = not rest or all({u.key, *u.widened} & happened for u in rest)
    if not (asks_ended or asks_happened):
        return None
    lead = next((f.id for f in fb.facts_of_deal(deal.id, "status")), None)
    if lead is None:
        return None
    is_ended = deal.status.lower() in ENDED
    # "did they end up not going with G4S?": the claim negates the deed, so it holds where the deed did not.
    # With no word of the deed left (it is "go with", "get"), a negator past the
    # claim's opening ("didn't" asks the same as without) negates it.
    negated = asked_negated(said, tuple(rest)) if rest else bool(VERB_NEGATORS & set(said[1:]))
    word = "yes" if (is_ended == asks_ended) != negated else "no"
    return render_answer(fb, qi, ask.query, question, Shown(lead, verdict=word))


def deal_deeds(qi: QuestionIndex) -> frozenset[str]:
    """Terms of a deal's own doing ("run", "hand over", "outsource"), synonyms
    too, and of what it was to hand over, whatever its services ("work")."""
    happened = (t for word in _HAPPENED for t in (_term(word), *qi.content.widen(_term(word))))
    return frozenset((*happened, *_WORK))


def deal_terms(deal: Deal) -> set[str]:
    """The terms a deal describes itself by: its name, summary, services and aliases."""
    return set(terms(" ".join((deal.name, deal.summary, *deal.services, *deal.aliases))))


def _term(word: str) -> str:
    """A word's stem, or a phrase as its compound term."""
    key = phrase_key(word)
    return " ".join(key) if len(key) > 1 else stem(word)


def what_happened(qi: QuestionIndex, reading: Reading) -> tuple[Unit, ...]:
    """A question's predicate, less the words that only name the deal ("the
    plans", "the contract"): what a fact must say for a yes or a no."""
    return tuple(u for u in reading.predicate if not ({u.key, *u.widened} & qi.deal_nouns))


def deal_about(ask: Ask, reading: Reading, deal_id: str) -> str:
    """Whether a deal was about what is claimed ("about running 999 control
    rooms"), "yes" or "no": from its own name, services and summary, its own
    doing aside; a name of another deal's is a no."""
    fb, qi = ask.fb, ask.qi
    deal = fb.deals[deal_id]
    own = deal_terms(deal)
    deeds = deal_deeds(qi)
    for unit in reading.units:
        if unit.mention is not None:
            if any(t in fb.deals and t != deal.id for t in unit.mention.targets):
                return "no"
            continue
        if unit.weight < COMMON or not settles(unit) or unit.key in qi.deal_nouns or unit.key in deeds:
            continue  # "about running control rooms": the deal's own doing says nothing of which
        if not ({unit.key, *unit.widened} & own):
            return "no"
    return "yes"
