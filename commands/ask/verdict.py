"""What a fact's own words settle: yes or no, and whether it explains a thing.

Both are read from the words only, with simple, conservative rules: a
verdict is given only when every occurrence agrees, and anything unclear
gives none. A wrong "No" is worse than showing the fact as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from commands.ask.ranking import topic_of_word
from commands.ask.reading import Reading, Unit
from knowledge import FactBase
from knowledge.analysis import GLUE, OPPOSITES, phrase_key, stem, terms
from knowledge.question_index import Item, QuestionIndex

# Deal statuses that mean it is off, and the words that ask whether it is.
ENDED = frozenset({"abandoned", "rejected", "cancelled", "dropped", "ended", "collapsed", "withdrawn", "scrapped"})
ENDED_CUES = re.compile(r"\b(?:off|dead|over)\b")
# A yes/no question with these words asks whether a deal is still on.
STATUS_CUES = re.compile(
    r"\b(?:(?:still )?(?:go|going|went) ahead|still on|still going(?! to)|still happening|still alive|going through|"
    r"still in (?:the running|contention|the frame|the picture)|still on the table|"
    r"proceeding|proceed|off(?! the table)|dead|over(?=\s*$|\s+(?:now|then|already|for good))|happening)\b"
)
# Words of regret and of welcome, as a party's reaction to an outcome: a
# party sorry that a deal was not agreed wanted it; one glad of it did not.
REGRET = frozenset(
    stem(w) for w in "disappointed unhappy upset regret gutted sad sorry angry annoyed frustrated furious".split()
)
WELCOME = frozenset(
    stem(w)
    for w in "welcome welcomed pleased happy glad delighted relieved thrilled chuffed buzzing celebrating".split()
)
GOOD_NEWS = " ".join(phrase_key("good news"))
# How a verdict opens an answer's title.
VERDICT_WORDS = ("Yes", "No", "Not quite")
# A shortfall claimed ("too few staff", "insufficient staff") is enough of it
# not given: read as "not enough", the words a record of a failure uses.
_SHORTFALL = re.compile(r"\b(?:too (?:few|little)|insufficient|not sufficient)\b")


def ended_terms(qi: QuestionIndex) -> set[str]:
    """The index's terms for a deal's ending, the statuses' words widened."""
    return {t for word in ENDED for t in qi.content.widen(stem(word))}


def shortfall_read(text: str) -> str:
    """A claim's "too few X" as "not enough X"."""
    return _SHORTFALL.sub("not enough", text)


# Words of what was planned, meant or may be, not of what happened: a record
# that only reports a plan ("hopes to", "would"), a why- or when-clause of one
# ("due to be privatised"), a claim of one ("was going to", "would have").
# "Is going to sign" claims the deed itself, as "signs" does: not a plan.
PLANNED = re.compile(
    r"\b(?:would|could|should|might) (?:\w+ )?have\b"
    r"|\b(?:was|were) (?:going|gonna) to\b"
    r"|\b(?:due|set|supposed|meant|meaning|mean|planned|planning|expected|about|hoping|aiming|intending|"
    r"wanting|trying|looking) to\b"
    r"|\b(?:will|would|could|might|may|shall|should|plans? to|intends? to|hopes? to|aims? to|in discussion|"
    r"keep talking|not rule out|was to|were to)\b"
    r"|\b(?:plan|plans|planned|intended|proposed|idea|looking at|considering)\b"
)
COMMON = 1.2  # rarity below which a word does not decide a verdict ("forces", "police")
# "failed to deliver" says the delivery did not happen, as "did not deliver" does.
_NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "without", "fail"})
# Of those, the ones that negate a verb ("did not go", "never went"), not a noun ("no deal").
VERB_NEGATORS = frozenset({"not", "never"})
_NEGATION_REACH = 2  # words after a negator that it governs ("not to go ahead")
_CONNECTIVES = frozenset(stem(w) for w in ("because", "cause", "reason", "why", "due", "after", "since"))
# Verbs that report what somebody said ("did Lloyd call it unsuitable?",
# "did Shaw describe G4S as disappointed?"): the record of their words
# settles the claim; it need not use the verb.
SAYING = frozenset(
    stem(w)
    for w in """say said says call called calls describe described describes claim claimed claims state stated
    tell told reckon reckoned think thought believe believed mention mentioned suggest suggested insist insisted
    admit admitted confirm confirmed announce announced put label labelled brand branded term termed refer
    referred known dubbed nicknamed titled addressed judge judged judges deem deemed deems""".split()
)
# Verbs that hold a state ("kept G4S in the picture", "left the door open"): what they assert is the state.
_KEEPING = frozenset(stem(w) for w in "keep keeps kept keeping leave leaves left leaving".split())
_ARTICLES = frozenset({"a", "an", "the"})
_POLARITY = frozenset({"any"})
_NP_REACH = 3  # words of a noun phrase "no" negates ("no further G4S work")
# Verbs whose meaning lies in their object ("make a decision", "reach an agreement").
_LIGHT_VERBS = frozenset(
    stem(w)
    for w in "make made making take took taken taking give gave given giving get got getting do did done doing "
    "reach reached reaching hold held holding".split()
)
# Words a negator reaches past without using up its reach: "no deal had
# been agreed" negates "agreed", as "had not been agreed" does.
_PASSED = frozenset(
    stem(w)
    for w in "a an the to of had has have having been be being is was are were will would could should may".split()
)


def verdict(
    item: Item,
    predicate: tuple[Unit, ...],
    asked: list[str] | None = None,
    *,
    opening: bool = True,
    index: QuestionIndex | None = None,
    done: bool = False,
) -> str:
    """ "yes" or "no" when a fact's own words settle a yes/no question, else "".

    Every predicate word must be in the fact's statement (its text, else the
    article sentence it rests on) and all its occurrences must agree on
    negation. Its keywords are search aids, not claims: "other companies" is
    a keyword of "G4S was the only company considered", which says no such
    thing. "Did not rule out using G4S" negates "rule out" but not "using":
    a negator reaches two words.

    With `asked` (the question's words), the claim and the record must agree
    in polarity: both negate what they share, or neither does. Where the
    negator stands is wording, not meaning: "no further work would be
    progressed" is "not to progress any further work", and "disappointed
    that a deal had not been agreed" a yes to "no deal had been agreed".
    Without, the record's words must agree among themselves.

    With `index`, a synonym's word that stands in the record as part of a
    phrase of another meaning bears nothing out: "keen on" widens to "look"
    (from "looking to"), which "looked at handing over" does not say.
    """
    # Words common across the fact base name who is meant rather than what
    # happened; their negation settles nothing.
    # Connectives ("because of G4S") relate what is asked; the fact's own
    # markers of cause carry them, not its words.
    predicate = tuple(u for u in predicate if u.weight >= COMMON and settles(u))
    if item.kind not in ("fact", "quote", "event") or not predicate:
        return ""
    wanted = _asked_negations(asked, predicate, opening=opening) if asked is not None else {}
    negations: set[bool] = set()
    # Per word found: whether the record negates it, and whether the question does.
    polarity: list[tuple[bool, bool]] = []
    opposed = False
    # Negators inside phrases the question's words matched ("not include"
    # for "rule out") are those words' own, and govern nothing else.
    spent = {
        id(text): frozenset().union(*(_phrase_negators(text, u) for u in predicate))
        for text in (item.words, item.basis)
    }
    for unit in predicate:
        if topic_of_word(unit.key) in item.topics:
            # "Did G4S respond?" against G4S's reaction: what kind of record it is says so.
            negations.add(False)
            polarity.append((False, wanted.get(unit.key, False)))
            continue
        for text in (item.words, item.basis):
            positions = _positions(text, unit)
            against = _opposite_positions(text, unit)
            if against:
                # Where another word of the claim stands is that word's ("the
                # collapse of the deal" named as the event), not this one's.
                others = [p for u in predicate if u is not unit for p in _positions(text, u)]
                if _nearer(against, [p for p in positions if p not in others], others):
                    # The fact says the opposite ("retain" against "lose") where
                    # it speaks of the rest of the claim: the claim is denied.
                    opposed = True
                    break
            if not positions:
                # "did not rule out" says "left the door open": an opposite
                # negated states the word itself.
                positions = _opposite_positions(text, unit, negated=True)
                if positions:
                    negations.add(False)
                    polarity.append((False, wanted.get(unit.key, False)))
                    break
            if positions and index is not None:
                positions = [p for p in positions if not _in_other_phrase(index, text, p, unit)]
            # What "would have" happened ("a deal which would have seen G4S take
            # over services") did not: no word there bears a claim out; nor what
            # was only decided or planned ("had decided to privatise"), unless
            # the claim itself is of the plan.
            positions = [p for p in positions if not _counterfactual(text, p)]
            if asked is not None and not claims_intent(asked):
                positions = [p for p in positions if not _intended(text, p, modal=done)]
            if positions:
                found = {_negated(text, i, spent[id(text)]) for i in positions}
                negations |= found
                if asked is not None and len(found) != 1:
                    return ""
                polarity.append((next(iter(found)), wanted.get(unit.key, False)))
                break
        else:
            if unit.key in _KEEPING and len(predicate) > 1:
                continue  # "kept G4S in the picture": the state kept is the claim, borne out or not by the rest
            return ""
    if opposed:
        return "no"
    if not polarity:
        # Every word was one kept unchecked ("kept", "left"): nothing the record says was tested.
        return ""
    if asked is not None:
        return "yes" if any(r for r, _ in polarity) == any(q for _, q in polarity) else "no"
    if len(negations) != 1:
        return ""
    return "no" if negations.pop() else "yes"


def _in_other_phrase(index: QuestionIndex, words: tuple[str, ...], at: int, unit: Unit) -> bool:
    """Whether a word found for a unit only through a synonym stands in the
    record as part of a phrase of another meaning ("look" in "looked at",
    found for "keen on")."""
    word = words[at]
    if word == unit.key or unit.widened.get(word, 0.0) >= 1.0 or at + 1 >= len(words):
        return False
    grown = index.content.widen(f"{word} {words[at + 1]}")
    return bool(grown) and not grown.keys() & {word, unit.key, *unit.widened}


def _asked_negations(words: list[str], predicate: tuple[Unit, ...], *, opening: bool = True) -> dict[str, bool]:
    """For each predicate word, whether the question negates it ("had not
    been agreed"). A negator opening the question ("didn't Lloyd rule it
    out?") asks the same as without it; words put in a mouth (`opening`
    false: "G4S said no deal had been agreed") have no such opening."""
    found = tuple(stem(w) for w in words)
    skip = 1 if opening else 0
    # A negator inside a phrase asked ("would not include outsourcing") is
    # the phrase's own, as in a record.
    spent = frozenset(i - skip for u in predicate for i in _phrase_negators(found, u) if i >= skip)
    out: dict[str, bool] = {}
    for unit in predicate:
        at = _positions(found, replace(unit, widened={unit.key: 1.0, **unit.widened}))
        out[unit.key] = any(i > skip and _negated(found[skip:], i - skip, spent) for i in at)
    return out


def asked_negated(words: list[str], predicate: tuple[Unit, ...]) -> bool:
    """Whether a question negates any of what it says happened ("did they end
    up not going with G4S?"); a negator opening it asks the same as without."""
    return any(_asked_negations(words, predicate).values())


def _phrase_negators(words: tuple[str, ...], unit: Unit) -> frozenset[int]:
    """Negators inside a phrase a unit matched ("not include" for "rule
    out"): the phrase's own, governing nothing after it."""
    # The unit's own phrase too: the "no" of "said no (to G4S)" refuses; it negates nothing after it.
    # Not one whose sense is its words' without the negator ("not enough" of "enough"): that negates.
    own = (unit.key,) if " ".join(w for w in unit.key.split() if w not in _NEGATORS) not in unit.widened else ()
    phrases = [p for p in (tuple(t.split()) for t in {*own, *unit.widened} if " " in t) if _NEGATORS & set(p)]
    return frozenset(i for span in _phrase_spans(words, phrases) for i in span if words[i] in _NEGATORS)


def contradicts(item: Item, unit: Unit) -> bool:
    """Whether a record's own words state the opposite of a unit ("keeps"
    against "lose"), un-negated."""
    return bool(_opposite_positions(item.words, unit))


def denies_opposite(item: Item, unit: Unit) -> bool:
    """Whether a record's own words deny the opposite of a unit ("did not
    rule out" for "left the door open"), so stating the unit itself."""
    return bool(_opposite_positions(item.words, unit, negated=True))


def _opposite_positions(words: tuple[str, ...], unit: Unit, *, negated: bool = False) -> list[int]:
    """Where a text states the opposite of a unit, un-negated (with
    `negated`, negated instead): words and phrases ("press ahead" against
    "give up")."""
    opposites = {o for s in (unit.key, *unit.widened) if unit.widened.get(s, 1.0) >= 1.0 for o in OPPOSITES.get(s, ())}
    if not opposites:
        return []
    found = [i for i, w in enumerate(words) if w in opposites]
    found += [span[0] for span in _phrase_spans(words, [tuple(o.split()) for o in opposites if " " in o])]
    return sorted(i for i in set(found) if _negated(words, i) == negated)


def _phrase_spans(words: tuple[str, ...], phrases: list[tuple[str, ...]]) -> list[tuple[int, ...]]:
    """Where each phrase stands in a text's stems, its words in a row with
    glue words skipped ("drafted in", "press ahead"): the positions of its words."""
    if not phrases:
        return []
    kept = [(i, w) for i, w in enumerate(words) if w not in GLUE]
    found: list[tuple[int, ...]] = []
    for phrase in phrases:
        size = len(phrase)
        found += [
            tuple(i for i, _ in kept[j : j + size])
            for j in range(len(kept) - size + 1)
            if tuple(w for _, w in kept[j : j + size]) == phrase
        ]
    return found


def _nearer(against: list[int], matched: list[int], others: list[int]) -> bool:
    """Whether the opposite of a word stands nearer the rest of the claim
    than the word itself does ("after the collapse of the deal, Lloyd is
    still looking to press ahead with privatisation": "press ahead", not
    "collapse", is what is said of privatisation). With the word itself
    absent, an opposite counts near the rest of the claim, or alone."""
    if not matched and not others:
        return True
    if not others:
        return False

    def distance(spots: list[int]) -> int:
        return min(abs(s - o) for s in spots for o in others)

    if not matched:
        # An opposite said of something else than the rest of the claim ("keep
        # spectators safe" against "lose officers") denies nothing of it.
        return distance(against) <= _OPPOSITE_REACH
    return distance(against) < distance(matched)


_OPPOSITE_REACH = 4  # words between an opposite and the rest of the claim it is said of ("retain its own identity")


# Nouns for what happened in a story as a whole ("did G4S respond to the
# decision?"): they say which event, not what is claimed of it.
THE_EVENT = frozenset(stem(w) for w in "decision news outcome result move announcement development situation".split())


# When a claim is put ("in future", "going forward"): its frame, which the
# record on the thing itself settles; never what a verdict turns on. A bare
# "future" may name a thing ("future deals"), so it is only the frame of a
# search (TIME_FRAME), not left out of a verdict.
_FRAME_PHRASES = frozenset(
    " ".join(phrase_key(w))
    for w in (
        "in future",
        "later",
        "later on",
        "going forward",
        "down the line",
        "eventually",
        "soon",
        "ever",
    )
)
TIME_FRAME = _FRAME_PHRASES | {stem("future")}

# Numbers that count whom a claim is about ("do the three forces keep...").
_COUNTING = frozenset(stem(w) for w in "two three four five six 2 3 4 5 6".split())


def settles(unit: Unit) -> bool:
    """Whether a unit is one a verdict turns on: not a connective ("because"),
    a verb of saying ("called"), the story's event as such ("the decision"),
    a number counting whom it is about ("the three forces") or the time
    frame it is put in ("going forward")."""
    return (
        unit.key not in _CONNECTIVES
        and unit.key not in SAYING
        and unit.key not in THE_EVENT
        and unit.key not in _COUNTING
        and unit.key not in _FRAME_PHRASES
    )


def _positions(words: tuple[str, ...], unit: Unit) -> list[int]:
    """Where a unit's terms stand in a text's stems: single terms anywhere,
    phrases ("drafted in") as their words in a row, glue words skipped."""
    single = _single_terms(unit)
    found = [i for i, w in enumerate(words) if w in single]
    found += [span[0] for span in _phrase_spans(words, [tuple(t.split()) for t in unit.widened if " " in t])]
    return sorted(set(found))


_WOULD_HAVE = (stem("would"), stem("have"))
_COUNTERFACTUAL_REACH = 8  # words from "would have" to what it governs ("would have seen G4S take over")


def _counterfactual(words: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` stands in what "would have" been."""
    return any(words[s : s + 2] == _WOULD_HAVE for s in range(max(0, at - _COUNTERFACTUAL_REACH), at - 1))


# A record's words of a decision or plan to do a thing: "had decided to
# privatise", "planned to hand". A refusal decided ("decided not to go ahead")
# is done by deciding it, so "not" breaks the pattern. ("Looked at handing
# over" is not here: what was looked at is also what a refusal rejects.)
_INTENDING = frozenset(stem(w) for w in "decided planned agreed intended meant".split())
# A modal future: what "will" be done is not yet done. "Not" after it
# ("would not go ahead") states a refusal, which is done by saying it. What
# only could be is `only_ahead`'s (_MAY), declined with what the record says.
_MODAL = frozenset(stem(w) for w in "will would shall".split())
# Words opening a question that claim a deed done ("did they set up...?",
# "have they formed...?"): no record of what will be bears it out.
_DONE = frozenset("did have has had".split())
_INTENT_REACH = 3  # words from "decided to" to what it governs ("decided to collectively privatise")
# A claim's own words of a plan or a wish ("were they going to privatise HR?",
# "did they decide to..."): a record of the plan bears such a claim out.
_CLAIMED_INTENT = frozenset(
    stem(w)
    for w in """decide decided decision plan plans planned planning intend intended intention want wanted going gonna
    meant aim aimed would idea proposal proposed considered consider considering look looked looking thinking
    mulling weighing""".split()
)


def claims_intent(asked: list[str]) -> bool:
    """Whether a claim's words are of a plan, a decision or a wish, not of a deed done."""
    return any(stem(w) in _CLAIMED_INTENT for w in asked)


def claims_done(text: list[str]) -> bool:
    """Whether a question's opening claims a deed done ("did they...?")."""
    return text[:1] != [] and text[0] in _DONE


def _intended(words: tuple[str, ...], at: int, *, modal: bool = False) -> bool:
    """Whether the word at `at` stands as what was decided or planned ("had
    decided to privatise back-office functions"); with `modal`, also as what
    will be ("will instead form a strategic alliance")."""
    return any(
        (words[s] in _INTENDING and words[s + 1 : s + 2] == ("to",))
        or (modal and words[s] in _MODAL and words[s + 1 : s + 2] != ("not",))
        for s in range(max(0, at - _INTENT_REACH), at)
    )


def only_intended(item: Item, units: tuple[Unit, ...], asked: list[str]) -> bool:
    """Whether a claim of a deed done ("so procurement got privatised?") meets
    a record that has what it claims only as decided or planned: what a plan
    was to do is no word that it was done (the deal may have collapsed)."""
    if claims_intent(asked):
        return False
    words = item.words
    spots = [p for u in units if u.mention is None and settles(u) for p in _positions(words, u)]
    return bool(spots) and any(_intended(words, p) for p in spots)


def unreal(item: Item, predicate: tuple[Unit, ...]) -> bool:
    """Whether the words of a predicate stand in a record (its text, else
    the article sentence it rests on) only as what would have been ("a deal
    which would have seen G4S take over services"): what did not happen."""
    if not predicate:
        return False
    for words in (item.words, item.basis):
        spots = [_positions(words, u) for u in predicate]
        if not all(spots):
            continue
        starts = [i for i in range(len(words) - 1) if words[i : i + 2] == _WOULD_HAVE]
        return all(any(0 < p - s <= _COUNTERFACTUAL_REACH for s in starts) for at in spots for p in at)
    return False


# A record's words of what only may be, and how far on they govern ("could be in place by 2020").
_MAY = frozenset(stem(w) for w in "could may might possibly perhaps hope hopes hoped aim aims likely".split())
_MAY_REACH = 8  # words a modal (or a "will", _WILL) governs: "could be in place by 2020"
# A claim's own words putting it as only possible, hoped, planned or expected ("supposed to be in place").
_HEDGED = re.compile(
    r"\b(?:could|can|may|might|possibly|possible|possibility|perhaps|maybe|hopes?|hoped|hoping|aims?|aimed|aiming|"
    r"likely|expected?|expecting|supposed to|meant to|plans?|planned|planning|target(?:ed|s)?|intend(?:s|ed)?|"
    r"potentially|could be|on the cards|in the pipeline)\b"
)


# ...and of what is still to come ("will", "shall"), when the record puts it at a time ahead.
_WILL = frozenset(stem(w) for w in "will shall".split())
_TIME_AHEAD = re.compile(r"\b(?:next|" + stem("future") + r"|later|soon)\b|\bby (?:19|20)\d\d\b")


def _governed(item: Item, units: tuple[Unit, ...], modals: frozenset[str]) -> bool:
    """Whether a claim's words stand in a record only within reach after
    one of `modals` ("could be in place by 2020", "will be looking to meet")."""
    words = item.words
    at = [i for i, w in enumerate(words) if w in modals]
    if not at:
        return False
    spots = [p for u in units if u.mention is None and settles(u) for p in _positions(words, u)]
    return bool(spots) and all(any(0 < p - m <= _MAY_REACH for m in at) for p in spots)


def only_ahead(item: Item, units: tuple[Unit, ...]) -> bool:
    """Whether what a claim says stands in a record only as still to come
    ("the union will be looking to meet chief police officers early next
    year"): no word on whether it came about. "Will" without a time ahead
    may state what is decided now ("this will not include outsourcing")."""
    ahead = _TIME_AHEAD.search(" ".join(item.words))
    return _governed(item, units, _MAY) or (bool(ahead) and _governed(item, units, _WILL))


def firm_against_possible(claim: str, item: Item, units: tuple[Unit, ...]) -> bool:
    """Whether a claim put as firm ("is the alliance happening by 2020?",
    "due by 2020") meets a record that says what it claims only may be ("a
    full alliance could be in place by 2020"): possibly never confirms a
    firm claim. Only the words the possibility governs count: "not a merger"
    in the same sentence is said outright."""
    if _HEDGED.search(claim.lower()):
        return False
    words = item.words
    modals = [i for i, w in enumerate(words) if w in _MAY]
    spots = [p for u in units if u.mention is None and settles(u) for p in _positions(words, u)]
    return any(0 < p - m <= _MAY_REACH for m in modals for p in spots)


def status_verdict(fb: FactBase, item: Item, cues: str) -> str:
    """Yes or no to "is the deal off?" / "is it still going ahead?", from the
    status of the deal a status fact belongs to; nothing from any other record."""
    if item.kind != "fact" or "status" not in item.topics or len(item.deals) != 1:
        return ""
    ended = fb.deals[next(iter(item.deals))].status.lower() in ENDED
    asks_ended = bool(ENDED_CUES.search(cues))
    return "yes" if ended == asks_ended else "no"


def explains(item: Item, predicate: tuple[Unit, ...]) -> bool:
    """Whether a fact's own text gives a cause for the predicate's words:
    "scrutiny after G4S failed" explains the scrutiny, not the failure."""
    if not predicate or item.kind != "fact":
        return False
    seen = False
    for unit in predicate:
        stems = _single_terms(unit)
        positions = [i for i, w in enumerate(item.words) if w in stems]
        if positions:
            seen = True
            if not all(i < len(item.explained) and item.explained[i] for i in positions):
                return False
    return seen


def negated(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Whether a negator governs the word of a text's stems at `at`."""
    return _negated(words, at)


def _single_terms(unit: Unit) -> set[str]:
    return {t for t in unit.widened if " " not in t}


def _negated(words: tuple[str, ...] | list[str], at: int, spent: frozenset[int] = frozenset()) -> bool:
    """Whether a negator governs the word at `at`: one within reach before
    it, counting neither auxiliaries nor glue words ("no deal had been
    agreed"); not one `spent` inside a matched phrase."""
    if at in spent:
        return False
    reach = 0
    opened = False  # the word opens a noun phrase of its own ("the unique position")
    for i in range(at - 1, -1, -1):
        word = words[i]
        if word in _NEGATORS and i not in spent:
            # "no" before a noun phrase negates it to its head ("no further G4S work").
            return reach < _NEGATION_REACH or (word == "no" and reach <= _NP_REACH)
        if word in _POLARITY:
            # "not to progress any further work": what "any" opens is
            # negated as far as "any" itself is.
            return _negated(words, i, spent)
        if word in _ARTICLES and reach:
            # "not a merger, could be in place": the negator's noun phrase
            # ends before the word; it governs nothing after it.
            return False
        if word in _ARTICLES:
            opened = True
        elif word not in _PASSED:
            if opened and word not in _LIGHT_VERBS:
                # "did not suit the unique position": the object of a negated
                # verb is not denied; the verb is ("not a merger" still negates).
                # A light verb's meaning is its object ("did not make a
                # decision" is no decision): its object is negated with it.
                return False
            reach += 1
            if reach > _NP_REACH:
                return False
    return False


def claim_verdict(
    fb: FactBase,
    qi: QuestionIndex,
    item: Item,
    happened: tuple[Unit, ...],
    *,
    asked: list[str],
    named: Iterable[str],
    done: bool = False,
) -> tuple[str, tuple[Unit, ...]]:
    """How one record's words judge a claim, whichever form put it (a yes/no
    question or a statement to confirm): "yes", "no" or "", and the
    predicate it turned on. Words describing whom the record is about ("the
    Hertfordshire commissioner" of a record on David Lloyd) say who, not
    what happened; the rest is settled by the record's own words, else by
    its deal's end when every word of it means the deal ended. A claim
    of a deed `done` is not borne out by what will be."""
    who = who_terms(fb, item)
    predicate = tuple(u for u in happened if not ({u.key, *u.widened} & who))
    return verdict(item, predicate, asked, index=qi, done=done) or ended_verdict(
        fb, qi, item, predicate, named
    ), predicate


def took(item: Item) -> tuple[bool, bool]:
    """How a party's reaction took an outcome: whether it welcomed it ("good
    news", "pleased") and whether it regretted it ("disappointed")."""
    said = set(item.words)
    return bool(said & WELCOME) or GOOD_NEWS in " ".join(item.words), bool(said & REGRET)


def reactions_of(
    fb: FactBase, qi: QuestionIndex, party: Iterable[str], anchor: frozenset[str] = frozenset()
) -> list[str]:
    """The reaction facts of a party (a body's people too), once each, by
    the sorted ids of the party and its people (never a set's order); with
    `anchor`, only those in its deals."""
    whole = set(party)
    whole |= {p for t in sorted(whole) for p in fb.members.get(t, ())}
    found = [
        r
        for t in sorted(whole)
        for r in qi.about_of.get(t, ())
        if "reaction" in qi.items[r].topics and r in fb.facts and (not anchor or qi.items[r].deals & anchor)
    ]
    return list(dict.fromkeys(found))


def answers_for(subject: Iterable[str], item: Item) -> bool:
    """Whether a record may answer a claim about `subject` (whom it is
    about): a reaction answers only for whoever reacted ("was G4S happy?"
    is not answered by Unison's welcome of the same decision)."""
    wanted = set(subject)
    return not wanted or "reaction" not in item.topics or bool(wanted & item.about)


def ended_verdict(
    fb: FactBase, qi: QuestionIndex, item: Item, predicate: tuple[Unit, ...], named: Iterable[str] = ()
) -> str:
    """ "Did the east mids lot tell G4S to do one?": every word of the
    predicate means the deal ended, and the record's deal did: yes. The
    deal's end says nothing of a thing of its own kind named as ended ("was
    the alliance scrapped?", "the framework contract"): the parties and the
    people who ended it aside, what is named is what ended."""
    if not predicate or len(item.deals) != 1:
        return ""
    if any(t in fb.entities and fb.entities[t].kind in _ENDS_ON_ITS_OWN for t in named):
        return ""
    deal = fb.deals[next(iter(item.deals))]
    if deal.status.lower() not in ENDED:
        return ""
    ended = ended_terms(qi)
    return "yes" if all({u.key, *u.widened} & ended for u in predicate) else ""


# Things that end (or go on) on their own account, whatever became of the deal.
_ENDS_ON_ITS_OWN = frozenset({"alliance", "contract", "event"})
_PEOPLE = frozenset({"person", "spokesperson", "group"})
_GROUPS = frozenset({"group"})


def who_terms(fb: FactBase, item: Item) -> set[str]:
    """Words that describe the people a record is about ("the herts
    commissioner" of a record on David Lloyd): they say who, not what
    happened, so a record need not use them to bear a claim out."""
    found: set[str] = set()
    for target in sorted(item.about):
        entity = fb.entities.get(target)
        if entity is not None and entity.kind in _PEOPLE:
            # A group's role describes what it did ("whose recommendations the
            # decision was based on"): only its names say who.
            role = entity.role if entity.kind not in _GROUPS else ""
            found |= set(terms(" ".join((entity.name, role, *entity.aliases))))
    return found


SYNONYM_SHARE = 0.6  # what a word's opposite earns: it answers the question as well as the word, less a little


def with_opposites(qi: QuestionIndex, reading: Reading) -> Reading:
    """A claim's reading in which a word also finds its opposite ("happy"
    finds "disappointed"): a record saying the opposite answers it, with a no."""
    units = []
    for unit in reading.units:
        # The opposites of the word and of its synonyms: "hate" is "disappointed", against "good news".
        said = (unit.key, *unit.widened)
        opposites = {t for s in said for o in OPPOSITES.get(s, ()) for t in qi.content.widen(o)}
        if unit.mention is None and opposites:
            units.append(replace(unit, widened={**dict.fromkeys(sorted(opposites), SYNONYM_SHARE), **unit.widened}))
        else:
            units.append(unit)
    return replace(reading, units=tuple(units))
