"""Reading a question's body against the fact base.

A body becomes units: names it mentions (found by the question index: exact
names and aliases, then clear typos) and the other terms, each weighted by
its rarity in the fact base. A word the fact base never uses weighs as its
rarest word, so a question about something else cannot be covered; a filler
word (knowledge/analysis.py) weighs nothing, so it can never decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from commands.ask.question import INTENT
from knowledge.analysis import NUMBER_WORDS, STOPWORDS, is_filler, stem
from knowledge.analysis import words as analysed_words
from knowledge.question_index import Mention, QuestionIndex


@dataclass(frozen=True, slots=True)
class Unit:
    """One thing a question's body says: a term, or a name it mentions."""

    key: str
    widened: dict[str, float]  # index terms it stands for, with weights
    weight: float
    mention: Mention | None = None
    word: str = ""  # as typed, for "the articles never mention ..."
    # A name's own terms, each (key, widened, weight): a record that writes
    # the name earns the share of its rarity it matches, so "police" alone
    # is not "Lincolnshire Police".
    parts: tuple[tuple[str, dict[str, float], float], ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.widened) or (self.mention is not None and not self.mention.place)


@dataclass(frozen=True, slots=True)
class Reading:
    """A body read against the fact base."""

    units: tuple[Unit, ...]
    anchor: frozenset[str]  # deals its names point at; empty if none

    @property
    def known_share(self) -> float:
        total = sum(u.weight for u in self.units)
        return sum(u.weight for u in self.units if u.known) / (total or 1.0)

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u.word for u in self.units if not u.known))

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(u.mention for u in self.units if u.mention is not None)

    @property
    def places(self) -> tuple[str, ...]:
        """Places no article covers, and whose name the articles never use."""
        return tuple(u.mention.name for u in self.units if u.mention is not None and u.mention.place and not u.known)

    @property
    def predicate(self) -> tuple[Unit, ...]:
        """Known terms that are not names: what the question says happened."""
        return tuple(u for u in self.units if u.mention is None and u.widened)


def read(qi: QuestionIndex, text: str) -> Reading:
    """Split a body into mentions and weighted terms."""
    # A publisher's name ("the BBC piece") says which article, not what is
    # asked of it; which article is the source form's to answer.
    # "what is Unison hoping to discuss": intent, which the records settle
    # by what they say of the deed itself.
    text = INTENT.sub("", text)
    words = qi.content.analyzer.rejoin_particles([w for w in analysed_words(text) if w not in qi.publishers])
    words = _without_support_verbs(words)
    mentions = mentions_in(qi, words)
    units: list[Unit] = []
    start = 0
    for mention in [*mentions, None]:
        end = mention.start if mention is not None else len(words)
        units += term_units(qi, words[start:end])
        if mention is not None:
            units.append(_mention_unit(qi, mention, " ".join(words[mention.start : mention.end])))
            start = mention.end
    return Reading(tuple(units), _anchor(qi, mentions))


# "take the decision", "reached his decision", "issued a statement", "took
# the chiefs' recommendations", "made the announcement", "attracted scrutiny": a verb
# that only carries the noun after it, which names the event itself. The verb
# says nothing a record must have ("the forces decided", "a joint statement").
_SUPPORT_VERBS = frozenset(
    """take takes took taken taking reach reaches reached reaching issue issues issued issuing
    release releases released releasing arrive arrived arriving follow follows followed following heed heeds heeded
    heeding act acts acted acting make makes made making attract attracts attracted attracting draw draws drew
    drawing""".split()
)
_EVENT_NOUNS = frozenset(
    """decision decisions announcement announcements statement statements choice choices ruling verdict
    remark remarks pledge pledges promise promises commitment commitments recommendation recommendations advice
    guidance scrutiny criticism attention""".split()
)
_SUPPORT_REACH = 3  # words between the verb and its noun ("issued the joint statement", "took their final decision")


def _without_support_verbs(words: list[str]) -> list[str]:
    """Words without the support verbs of the event nouns after them."""
    if _SUPPORT_VERBS.isdisjoint(words):
        return words
    return [
        w
        for i, w in enumerate(words)
        if w not in _SUPPORT_VERBS or _EVENT_NOUNS.isdisjoint(words[i + 1 : i + 2 + _SUPPORT_REACH])
    ]


_COPULA_FIRST = frozenset("is was are were".split())
_ARTICLES = frozenset("the a an".split())
_NAMING_VERBS = frozenset("called named".split())
_RELATIVE = frozenset("who whom whose which that".split())


def name_first(qi: QuestionIndex, text: str) -> str:
    """ "Is the Leicestershire commissioner David Lloyd?", "was the G4S man
    called John Shaw?": a description, then a person's name, asks whether
    that person is what is described; read in the usual order ("is David
    Lloyd the Leicestershire commissioner"), so that what the person is
    answers it, from the fact graph."""
    found = analysed_words(text)
    if len(found) < 4 or found[0] not in _COPULA_FIRST or found[1] not in _ARTICLES:
        return text
    named = mentions_in(qi, found)
    last = named[-1] if named else None
    if last is None or last.end != len(found) or not any(t in qi.role_terms for t in last.targets):
        return text
    described = found[1 : last.start]
    while described and described[-1] in _NAMING_VERBS:
        described = described[:-1]
    if set(described) & _RELATIVE:
        return text  # "the official who ruled out outsourcing": a deed, which no office answers
    if len(described) < 2 or any(m.start < last.start and m.end > last.start for m in named):
        return text
    return " ".join([found[0], *found[last.start :], *described])


def mentions_in(qi: QuestionIndex, words: list[str]) -> list[Mention]:
    """The names in some words, read across a possessive or a clipped "is"
    ("G4S's spokesman" is the G4S spokesman, "Leicestershire's PCC" the
    Leicestershire PCC); positions are those of `words`."""
    # "loaders reason": a possessive written without its apostrophe.
    words = [_unglued(qi, w) for w in words]
    kept = [i for i, w in enumerate(words) if not (w == "s" and i > 0 and words[i - 1] not in STOPWORDS)]
    if len(kept) == len(words):
        return qi.mentions(words)
    found = qi.mentions([words[i] for i in kept])
    return [replace(m, start=kept[m.start], end=kept[m.end - 1] + 1) for m in found]


def _unglued(qi: QuestionIndex, word: str) -> str:
    """A word that begins no name but is one with an "s" glued on ("lloyds",
    "loaders"): the name."""
    if len(word) > 4 and word.endswith("s") and word[:-1] in qi.name_starts and word not in qi.name_starts:
        return word[:-1]
    return word


def term_units(qi: QuestionIndex, words: list[str]) -> list[Unit]:
    """The terms of some words (phrases whole), filler left out."""
    out = []
    for found in dict.fromkeys(qi.content.query_terms(" ".join(words))):
        term = found
        # Chat drops the g of a filler word too: "happenin" is "happening".
        if is_filler(term) or (_g_dropped(term) and is_filler(stem(term + "g")) and not qi.content.knows(term)):
            continue
        typed = next((w for w in words if stem(w) == term), term)
        widened = qi.content.widen(term)
        if not widened and _g_dropped(term):
            # Chat drops the g: "meetin" is "meeting", where the articles use the word.
            dropped = stem(term + "g")
            if qi.content.knows(dropped):
                term, widened = dropped, qi.content.widen(dropped)
        if not widened:
            meant = misspelt(qi, typed)
            if meant:
                term, widened = meant, {t: w * _TYPO_SHARE for t, w in qi.content.widen(meant).items()}
        # "3 forces" are "three forces": a number in figures or in words.
        spelt = _NUMBERS.get(term)
        if spelt is not None and qi.content.knows(spelt):
            widened = {**widened, spelt: 1.0}
        # A member of the term's synonym group that is the same word with
        # another ending ("merging" and "merger") is the word itself.
        widened = {t: 1.0 if _same_word(term, t) else w for t, w in widened.items()}
        out.append(Unit(term, widened, qi.content.weight(widened), word=typed))
    return out


_TYPO_LEN = 6  # letters a typed word must have before one edit of it is read as a misspelling
_TYPO_SHARE = 0.8  # a word read through a misspelling counts for less than the word as typed
# A word ending as English words are made ("former", "shares", "fined") may be
# a word the articles never use, one letter from a short one they do ("form",
# "shaw", "find"): it is taken for a misspelling only of a long term
# ("outsorcing"), which few words are one letter from; a word ending
# otherwise ("talkng", "closley") of any.
_WORD_ENDINGS = ("s", "ed", "er", "ing", "est", "ly")
_LONG_TERM = 6
_ENDINGS = ("e", "s", "es", "ed", "ing", "ion", "ions", "ation", "ations", "ly", "y")
_ENDING_REACH = 5  # last letters that may be a misspelt ending


def misspelt(qi: QuestionIndex, typed: str) -> str:
    """The one term a typed word the fact base lacks misspells, by one edit
    past its first letter, written as the word in any form ("talkng" is
    "talking", so "talk"; "closley" is "closely", a word of the vocabulary);
    else "". Nothing is taken for a misspelling of two words at once. The
    index's own typo fixes match stems, so they miss a misspelt ending, and
    words only the vocabulary holds."""
    if len(typed) < _TYPO_LEN or not typed.isalpha():
        return ""
    shortest = _LONG_TERM if typed.endswith(_WORD_ENDINGS) else _SAME_WORD
    own = stem(typed)
    content = qi.content
    # A slip in the word's body, past its first letter: one edit of its stem,
    # among the vocabulary's words (the index's own typo fixes cover its terms).
    edits = {
        hit[0]
        for hit in process.extract(
            own, content.analyzer.words_by_initial.get(own[0], ()), scorer=OSA.distance, score_cutoff=1, limit=None
        )
    }
    # A slip in its ending, which the stemmer then fails to take off ("talkng"):
    # the word one edit off with a whole ending ("talking"), stemmed.
    edits |= {
        stem(form)
        for cut in range(1, _ENDING_REACH + 1)
        for ending in _ENDINGS
        if OSA.distance(typed, form := typed[:-cut] + ending) == 1
    }
    found = {
        term
        for term in edits
        if term != own
        and len(term) >= shortest
        and (content.knows(term) or content.analyzer.synonyms(term))
        and not is_filler(term)
        and term not in STOPWORDS
    }
    shortest_term = min(found, key=lambda t: (len(t), t), default="")
    if not all(t.startswith(shortest_term) for t in found):
        return ""  # two words it may be: neither is read
    # Forms of one word ("discuss", "discussion"): the one the articles use, else its shortest.
    return next((t for t in sorted(found, key=lambda t: (len(t), t)) if content.knows(t)), shortest_term)


def _g_dropped(term: str) -> bool:
    """Whether a term may be a word with its final g dropped ("meetin")."""
    return term.endswith("in") and len(term) > 4


_NUMBERS = {
    **{str(n): stem(w) for w, n in NUMBER_WORDS.items() if n > 1},
    **{stem(w): str(n) for w, n in NUMBER_WORDS.items() if n > 1},
}
_SAME_WORD = 4  # letters a stem must have to be taken for the start of another form of it


def _same_word(term: str, other: str) -> bool:
    short, long = sorted((term, other), key=len)
    return len(short) >= _SAME_WORD and " " not in long and long.startswith(short) and len(long) - len(short) <= 2


def _mention_unit(qi: QuestionIndex, mention: Mention, typed: str) -> Unit:
    key = "@" + mention.name
    widened: dict[str, float] = {}
    parts = []
    for term in qi.content.query_terms(mention.name):
        wide = qi.content.widen(term)
        if wide:
            parts.append((f"{key}#{term}", wide, qi.content.weight(wide)))
        for index_term, weight in wide.items():
            widened[index_term] = max(weight, widened.get(index_term, 0.0))
    # A place no article covers is a word the fact base does not know, unless
    # the articles use its whole name ("London" in "London Olympics"): one word
    # shared with a covered place ("Midlands" of "West Midlands") is not it.
    if mention.place:
        own = qi.content.query_terms(mention.name)
        used = bool(own) and all(qi.content.knows(t) for t in own)
        known = {t: w for t, w in widened.items() if w == 1.0} if used else {}
        return Unit(key, known, qi.content.max_idf, mention, typed)
    weight = qi.content.weight(widened) if widened else qi.content.max_idf / 2
    return Unit(key, widened, weight, mention, typed, tuple(parts))


def _anchor(qi: QuestionIndex, mentions: Iterable[Mention]) -> frozenset[str]:
    """The deals every name points at, or (if they disagree) any of them."""
    sets = []
    for mention in mentions:
        deals = frozenset().union(*(qi.deals_of.get(t, frozenset()) for t in mention.targets))
        if deals:
            sets.append(deals)
    if not sets:
        return frozenset()
    common = frozenset.intersection(*sets)
    return common or frozenset.union(*sets)


def is_party(qi: QuestionIndex, mention: Mention) -> bool:
    """A force, company or deal: a name that places a question in a deal."""
    return any(t in qi.parties or t in qi.deal_ids for t in mention.targets)
