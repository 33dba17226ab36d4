"""Whom a message credits: the fact base's people and bodies, by their
names, aliases, roles and organisations (typos forgiven), or a name it does
not know.

A speaker may be named ("Lloyd"), abbreviated ("Herts PCC"), or described
("the G4S guy", "spokesman for Leics, Notts and Northants forces"): a
description names the parties whose own words (name, aliases, role, the
organisation they speak for) hold every word of it. The most literal reading
wins: words as they stand first, the vocabulary's synonyms only if no party
fits without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from weakref import WeakKeyDictionary

from rapidfuzz.distance import JaroWinkler

from knowledge import FactBase
from knowledge.analysis import STOPWORDS, is_filler, stem
from knowledge.analysis import words as spelt_out
from knowledge.model import Entity
from knowledge.text import normalise

_MOST_NAME_WORDS = 4  # an unknown name ("Boris Johnson") is short
_MOST_DESCRIPTION_WORDS = 10  # "the spokesman for Leics, Notts and Northants forces"
# A word of a name misspelt: "Lyod" for "Lloyd" is 0.81, "Smith" for "Shaw" 0.48.
_TYPO_SIMILARITY = 0.8
_TYPO_LENGTH = 4
# A word of a description misspelt or cut short: "spokesmen", "Leicester" for
# "Leicestershire" (0.93); "Lincolnshire" for "Leicestershire" is 0.66.
_DESCRIPTION_TYPO = 0.9
_DESCRIPTION_TYPO_LENGTH = 5
# Words that say someone spoke without naming anyone.
_NOBODY = frozenset(
    """someone somebody anyone anybody everyone everybody nobody people person guy man woman
    one source sources article articles bbc news report paper
    lol lmao haha ok okay yes no true false fake real wow apparently allegedly
    official officials insider insiders critic critics expert experts""".split()
)
# Chat framing: words about the message, where it was seen and whether it is
# true ("saw someone quote", "full quote check pls", "screenshot of a news
# app", "genuine or made up?"). They describe no one, so a run of them is no
# description, and a description's other words must name the party.
_FRAMING = frozenset(
    """quote quotes quoted quoting quotation quotations screenshot screenshots screengrab screencap pic pics
    check checking checked pls plz verify verifying genuine legit made invented fabricated misquote misquoted
    correct accurate wrong right saw seen see heard hear read reading found spotted post posted tweet thread
    message messages msg text link headline app website site online internet twitter facebook reddit""".split()
)
# Words a description adds to a party without narrowing it: "the G4S guy" is G4S.
_SOMEONE_OF = frozenset("guy guys bloke blokes chap lads lot lady man woman people person folks rep reps".split())
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "our"})
# A personal pronoun makes words a clause, not a description: "I have company"
# (a changed word in "I have always said") describes no firm.
_PRONOUNS = frozenset("i me we us you he him she her it they them".split())
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# Bodies that can speak or be spoken for; not contracts, alliances or events.
PARTY_KINDS = frozenset(
    {"person", "spokesperson", "group", "company", "union", "police force", "council", "organisation"}
)
# Before a party's name, words that make it what the message is about, not
# who spoke: "Lloyd on G4S", "good news for Unison", "talking to the union".
_TOPIC = frozenset(
    "about of on regarding re over against with to at into towards concerning than vs versus for".split()
)
# Longest name the articles give, in words: mentions are looked for up to this.
_MOST_MENTION_WORDS = 7


@dataclass(frozen=True, slots=True)
class Named:
    """The speaker a message names."""

    text: str  # as the message wrote it
    ids: tuple[str, ...] = ()  # the entities it may be; () for a name the articles never give

    def credits(self, fb: FactBase, speaker: str) -> bool:
        """Whether naming this is crediting `speaker`: the speaker, or the
        organisation the speaker speaks for ("Unison" for its spokesman)."""
        organisation = fb.entities[speaker].organisation
        return any(i in (speaker, organisation) for i in self.ids)


def _is_entity(fb: FactBase, target: str) -> bool:
    return target in fb.entities


def _is_party(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is not None and entity.kind in PARTY_KINDS


def _words(text: str) -> list[str]:
    """A name's words in the matching form, a possessive's "s" dropped ("G4S's John Shaw")."""
    return [w for w in normalise(text).split() if w != "s"]


def _stems(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(w) for text in texts for w in normalise(text).split() if w not in STOPWORDS)


def _speaks_for(fb: FactBase, entity: Entity) -> list[Entity]:
    """The bodies a party speaks for: its organisation; for a spokesman or a
    group that belongs to none ("a spokesman for the three forces"), the
    forces of the deals it is quoted on."""
    if entity.organisation:
        return [fb.entities[entity.organisation]]
    if entity.kind not in ("spokesperson", "group"):
        return []
    deals = dict.fromkeys(q.deal for q in fb.quotes_of(entity.id) if q.deal)
    forces = dict.fromkeys(f for d in deals if d in fb.deals for f in fb.deals[d].forces)
    return [fb.entities[f] for f in forces if f in fb.entities]


# How directly a party's words describe it: its own names, its role, the
# names of the bodies it speaks for; a word misspelt counts for a little less.
_NAMED, _ROLE, _BODY = 1.0, 0.8, 0.6
_MISSPELT = 0.9
# The word as written, not only its stem: "the PCCs" are the three forces'
# commissioners, "the Leicester PCC" is one of them.
_AS_WRITTEN = 0.05


# Where a role stops saying what a party is and starts relating it to other
# things: "Police force | of the G4S framework contract", "Chief constables |
# whose recommendations the decision was based on". Those words describe the
# contract and the decision, not the party: "negotiations" (a synonym of
# "contract") is no description of Lincolnshire Police. What a party speaks
# for is held anyway, by its names and the bodies it speaks for.
_RELATING = re.compile(r"\s(?:of|for|from|whose|who|which|that|in|with|on|at)\s.*$", re.IGNORECASE)


def _what_it_is(role: str) -> str:
    return _RELATING.sub("", role)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """Which parties each word (a stem) of their own words belongs to, and how directly."""

    parties: tuple[str, ...]  # in the fact base's order
    holders: dict[str, dict[str, float]]  # stem -> {party: how directly}
    written: dict[str, frozenset[str]]  # a word as written -> the parties whose own names hold it


_VOCABULARIES: WeakKeyDictionary[FactBase, _Vocabulary] = WeakKeyDictionary()


def _vocabulary(fb: FactBase) -> _Vocabulary:
    """Each party's own words: name and aliases, role, and the names of the
    bodies it speaks for. Worked out once per fact base (immutable, swapped whole)."""
    known = _VOCABULARIES.get(fb)
    if known is not None:
        return known
    holders: dict[str, dict[str, float]] = {}
    written: dict[str, set[str]] = {}
    parties = []
    for entity in fb.entities.values():
        if entity.kind not in PARTY_KINDS:
            continue
        parties.append(entity.id)
        bodies = [n for body in _speaks_for(fb, entity) for n in (body.name, *body.aliases)]
        role = (_what_it_is(entity.role),)
        for weight, texts in ((_BODY, bodies), (_ROLE, role), (_NAMED, (entity.name, *entity.aliases))):
            for word in _stems(texts):
                held = holders.setdefault(word, {})
                held[entity.id] = max(held.get(entity.id, 0.0), weight)
        for word in (w for n in (entity.name, *entity.aliases) for w in normalise(n).split()):
            written.setdefault(word, set()).add(entity.id)
    made = _Vocabulary(tuple(parties), holders, {w: frozenset(ids) for w, ids in written.items()})
    _VOCABULARIES[fb] = made
    return made


def _holders(vocabulary: _Vocabulary, word: str, also: tuple[str, ...]) -> dict[str, float]:
    """The parties whose words hold a description's word (a stem), and how
    directly: the same word, one of `also` (its synonyms), or the word
    misspelt or cut short ("Leicester" for "Leicestershire")."""
    out: dict[str, float] = {}

    def add(held: dict[str, float], factor: float) -> None:
        for party, weight in held.items():
            out[party] = max(out.get(party, 0.0), weight * factor)

    for same in (word, *also):
        add(vocabulary.holders.get(same, {}), 1.0)
    if len(word) >= _DESCRIPTION_TYPO_LENGTH:
        for other, held in vocabulary.holders.items():
            if (
                other != word
                and len(other) >= _DESCRIPTION_TYPO_LENGTH
                and JaroWinkler.normalized_similarity(word, other) >= _DESCRIPTION_TYPO
            ):
                add(held, _MISSPELT)
    return out


def _described(fb: FactBase, words: list[str], *, around: bool = True) -> tuple[str, ...]:
    """The parties a description fits best: whose own words hold every word
    of it but articles and words like "guy" ("the spokesman"; "the firm",
    G4S's role being "Security firm"), and of those, the ones it describes
    most directly ("the Leics commissioner" is Sir Clive, Leicestershire's
    commissioner, before the three forces' commissioners). Words as they
    stand first; with the vocabulary's synonyms ("spokesperson" for
    "spokesman") only if no party fits without. Not "I have framework": that
    is no description. Words `around` a quotation may hold chat framing and
    indefinites ("someone at G4S"), which narrow nothing; a name split off
    a message without quotation marks may not: there they may be the
    claim's own ("..., PCCs, To be quite report, the alliance is ...")."""
    # Not "said" in "he said", nor "basically": such words describe no one.
    wanted = {stem(w): w for w in words if _descriptive([w], framing=around)}
    if not wanted or len(words) > _MOST_DESCRIPTION_WORDS or any(w in _PRONOUNS for w in words):
        return ()
    vocabulary = _vocabulary(fb)
    for synonyms in (False, True):
        scores = dict.fromkeys(vocabulary.parties, 0.0)
        for word, as_written in wanted.items():
            held = _holders(vocabulary, word, fb.content.analyzer.synonyms(word) if synonyms else ())
            same = vocabulary.written.get(as_written, frozenset())
            scores = {p: score + held[p] + _AS_WRITTEN * (p in same) for p, score in scores.items() if p in held}
            if not scores:
                break
        if scores:
            best = max(scores.values())
            return tuple(p for p, score in scores.items() if score >= best - 1e-9)
    return ()


def _same_name(typed: list[str], name: list[str]) -> bool:
    """Word for word the same name, each word equal or a typo of it (Jaro-Winkler)."""
    return len(typed) == len(name) and all(
        a == b or (min(len(a), len(b)) >= _TYPO_LENGTH and JaroWinkler.normalized_similarity(a, b) >= _TYPO_SIMILARITY)
        for a, b in zip(typed, name, strict=True)
    )


def _misspelt(fb: FactBase, text: str) -> tuple[str, ...]:
    """Entities whose whole name or alias the text misspells ("Lyod",
    "Sir Cleve"): never a name that merely contains one of its words."""
    typed = normalise(text).split()
    hits = fb.names.search(text, lambda t: _is_entity(fb, t), limit=5)
    return tuple(
        h.target for h in hits if any(_same_name(typed, normalise(n).split()) for n in fb.names.names_of(h.target))
    )


def _looks_like_a_name(text: str) -> bool:
    """A proper name: short, every word capitalised ("Boris Johnson", "G4S"),
    none a pronoun, an indefinite or chat framing. A lowercase phrase the
    articles do not know ("full quote check pls") names no one."""
    words = text.split()
    if not 0 < len(words) <= _MOST_NAME_WORDS:
        return False
    lowered = [w.lower().strip(".") for w in words]
    return all(_NAME_WORD.match(w) and w[0].isupper() for w in words) and not any(
        w in STOPWORDS or w in _NOBODY or w in _FRAMING for w in lowered
    )


def _exact_whole(fb: FactBase, words: list[str]) -> tuple[str, ...]:
    """Entities the text names exactly, an article before it aside ("the union")."""
    while words and words[0] in _ARTICLES and len(words) > 1:
        hits = fb.names.exact(" ".join(words), lambda t: _is_entity(fb, t))
        if hits:
            return tuple(h.target for h in hits)
        words = words[1:]
    return tuple(h.target for h in fb.names.exact(" ".join(words), lambda t: _is_entity(fb, t)))


def _descriptive(words: Iterable[str], *, framing: bool = True) -> list[str]:
    """The words of a description that may narrow it (stems): not articles,
    small words or hedges, and (with `framing`) not indefinites or chat framing."""
    return [
        stem(w)
        for w in words
        if w not in _ARTICLES
        and w not in _SOMEONE_OF
        and not (framing and (w in _NOBODY or w in _FRAMING))
        and w not in STOPWORDS
        and not is_filler(stem(w))
    ]


def _contradicted(fb: FactBase, dropped: list[str], ids: tuple[str, ...]) -> bool:
    """Whether words left out before a name say something the party named
    is not: a lead-in ("didn't", "wait so the") says nothing, and words of
    the party's own may stand there ("Unison branch secretary Chris
    Hanrahan"); any other word may name someone else. "Hertfordshire" in
    "Hertfordshire police spokesman" is no lead-in, and the Northamptonshire
    police spokesman, whose words "police spokesman" are, does not speak
    for Hertfordshire; nor is "Acme Security" the security firm G4S."""
    vocabulary = _vocabulary(fb)
    # Contractions spelt out: "didn't" is "did not", small words both.
    for word in _descriptive(spelt_out(" ".join(dropped))):
        held = _holders(vocabulary, word, ())
        if not any(i in held for i in ids):
            return True
    return False


def resolve(fb: FactBase, text: str, *, inside: bool = True) -> Named | None:
    """The speaker `text` names, or None if it names no one ("he", "someone").

    In order: a name or alias, a description or a misspelt name, in the
    whole text; with `inside` (the words around a quotation), also in the
    longest run of its last words that is one, unless the message is about
    it ("didn't the Leicestershire PCC" names the PCC; "about policing"
    names no one), then any name inside the text; else, if it looks like a
    name, one the articles never give. `inside` is never for the claim's
    own words: in "I have always said more officers on the beat (Herts
    PCC)", "more officers on the beat" is no name, though it ends in one.
    """
    words = _words(text)
    if not words:
        return None
    # The longest run of last words that names someone: "the Leicestershire
    # PCC" in "didn't the Leicestershire PCC", never "G4S" in "Lloyd on G4S".
    runs = [
        words[start:]
        for start in range(len(words) if inside else 1)
        if words[start] not in _TOPIC and not (start and words[start - 1] in _TOPIC)
    ]
    # The most literal reading first: a name as written, a description, a name misspelt.
    described = partial(_described, around=inside)
    for way in (_exact_whole, described, lambda fb, run: _misspelt(fb, " ".join(run))):
        for run in runs:
            ids = way(fb, run)
            if ids and not _contradicted(fb, words[: len(words) - len(run)], ids):
                return Named(text, ids)
    named = mentioned(fb, text) if inside else None
    if named is not None:
        return Named(text, named.ids)
    return Named(text) if _looks_like_a_name(text) else None


def mentioned(fb: FactBase, text: str) -> Named | None:
    """The parties a message names outside its quoted words when no pattern
    says who spoke ("unison wants to ... fair enough"): each name or alias
    of a person or body, longest first, unless the message is about it
    ("Lloyd on G4S", "good news for Unison"). None if it names none."""
    words = _words(text)
    found: dict[str, None] = {}
    shown: list[str] = []
    start = 0
    while start < len(words):
        for size in range(min(_MOST_MENTION_WORDS, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            hits = fb.names.exact(phrase)
            if not hits:
                continue
            before = [w for w in words[:start] if w not in _ARTICLES][-2:]
            topic = bool(before) and before[-1] in _TOPIC and before != ["according", "to"]
            parties = [h.target for h in hits if _is_party(fb, h.target)]
            if parties and not topic:
                found.update(dict.fromkeys(parties))
                shown.append(phrase)
            start += size
            break
        else:
            start += 1
    return Named(", ".join(shown), tuple(found)) if found else None
