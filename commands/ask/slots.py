"""What kind of answer a question asks for, and whether a record gives it.

A record may share every topic word of a question and still not answer it:
"how much was the contract worth?" wants an amount, "where are the control
rooms?" a place, "what political party is Lloyd in?" a party, "who is the
Northamptonshire PCC?" a name. Each check here reads the record's own words
for the thing asked (its *slot*); a record that lacks it cannot lead, and
when none has it the honest answer is that the articles don't say.

All checks are conservative and read only the records already ranked for a
question, never the whole fact base.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge import PLACE_PREFIX
from knowledge.analysis import MONTHS, STOPWORDS, is_filler, stem
from knowledge.analysis import words as analysed_words
from knowledge.model import Entity
from knowledge.question_index import QuestionIndex, exact_mentions

# Words that count: a number a reader could be told.
_COUNT_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions billion billions dozen dozens
    """.split()
)
_ONE_OF = frozenset({"only", "sole", "single"})
# Numbers that are names: the emergency number.
_NAMED_NUMBERS = frozenset({"999", "911", "112", "101"})
_MONTHS = frozenset(MONTHS)
_COUNT_REACH = 3  # a number may stand this many words before what it counts ("three East Midlands forces")
# An amount: money, a share or a measured quantity, as an article writes it.
_AMOUNT = re.compile(
    r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:%|per ?cent|percent|pounds?|pence|p\b|m\b|bn\b|k\b|million|billion|thousand)"
    r"|\b(?:million|billion|thousand)s? (?:pounds?|dollars?|euros?)\b"
)
# Words before a place that say it is where something is or comes from.
_LOCATIVE = frozenset({"in", "at", "from", "across", "near", "within", "inside", "based", "around"})
_LOCATIVE_REACH = 2  # "in the", "based in"
# Slot words that ask for no particular kind of thing ("what kind of deal").
_GENERIC_SLOT = frozenset(
    """
    kind kinds sort sorts type types way ways bit bits part parts role roles one ones else other
    sort piece pieces aspect aspects subject subjects topic topics matter matters thing things
    """.split()
)
_HOW_MUCH = re.compile(r"^how much\b")
# "how long", "how big", "how old"...: a measure, which only a number with its unit gives.
_HOW_MEASURE = re.compile(r"^how (?:long|big|large|old|often|far)\b")
_MEASURE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|a few|several|many)\s"
    r"(?:\w+\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|miles?|km|kilometres?|metres?|"
    r"times?|staff|employees|people|officers)\b"
)
# What "how many" counts runs up to the first verb of the question.
_VERBS = frozenset(
    """
    is was are were be been did does do has have had will would could can should might may must
    get got go went work worked handle handled lose lost
    """.split()
)
_PREPOSITIONS = frozenset("in across of at for from on within between among over under by with".split())
# Kinds of entity a person-asking question cannot be answered by: the
# articles refer to them without a name.
_UNNAMED_KINDS = frozenset({"group", "spokesperson"})
_PLURAL_KINDS = frozenset({"group"})


def asks_amount(text: str) -> bool:
    """ "how much ...": an amount, not a count of something."""
    return bool(_HOW_MUCH.match(text))


# Words that ask for an amount however the question is put ("what % of...").
_AMOUNT_WORDS = re.compile(
    r"\b(?:percent|percentage|proportion|worth|cost|costs|costing|value|valued|price|salary|"
    r"budget|pounds|dollars|euros|how much(?! of)|fee|fees|"
    # "what did G4S charge": a price; "in charge (of)" is no price.
    r"(?<!in )(?<!take )(?<!took )(?<!taking )charg(?:e|es|ed|ing)(?! of)|"
    # "does the branch have many members": how many they have, in other words.
    r"(?:have|has|had|got|with) (?:so |very |too )?(?:many|much|lots of|a lot of|loads of|plenty of|few|a few)"
    r"(?! of)"
    r")\b"
)
# "how much of the force", "how big a chunk of it": a share, which words as
# well as figures give.
_HOW_MUCH_OF = re.compile(
    r"^how (?:much|(?:big|large|great|sizeable) (?:a |the )?(?:chunk|part|portion|share|slice|section|proportion)) of\b"
)
_SHARE = re.compile(
    r"\b(?:swathes|most|half|a third|a quarter|bulk|majority|large parts|a large part|chunk|chunks) of\b"
)


# Superlatives and comparatives: "biggest", "largest", "more", "most".
_MEASURED = re.compile(r"^(?:\w{2,}est|most|least|more|less|fewer|\w{2,}er)$")


def unknown_measures(text: str, unknown: tuple[str, ...] | list[str]) -> list[str]:
    """The superlatives or comparatives of a question the articles never use
    ("which force is the biggest?"): a measure no list of names answers."""
    return [w for w in unknown if _MEASURED.match(w) and w in analysed_words(text)]


def asks_share(text: str) -> bool:
    """ "how much of the force ...": a share of something."""
    return bool(_HOW_MUCH_OF.match(text))


def gives_share(text: str) -> bool:
    """Whether a text puts a share on something, in words ("swathes of") or figures."""
    return bool(_SHARE.search(text.lower())) or gives_amount(text)


def asks_amount_words(text: str) -> bool:
    """Whether a question asks for an amount in so many words."""
    return bool(_AMOUNT_WORDS.search(text))


# "What came out of the meeting?", "the outcome of the talks": what came of
# something, which a record saying it is yet to happen cannot tell.
_OUTCOME = re.compile(
    r"\b(?:came|come|comes|coming) out of\b|\b(?:outcome|result|results|upshot|conclusion)s? (?:of|from)\b"
    r"|\bwhat (?:has |had )?(?:happened|was (?:agreed|decided|said)) (?:at|in|during)\b"
)
# A time still to come ("early next year", "by 2020").
_TO_COME = re.compile(r"\bnext\b|\bby (?:19|20)\d\d\b|\bfuture\b|\bcoming\b|\btomorrow\b")


def asks_outcome(text: str) -> bool:
    """Whether a question asks what came of something."""
    return bool(_OUTCOME.search(text))


def to_come(when: str) -> bool:
    """Whether a record's time is still to come."""
    return bool(_TO_COME.search(when.lower()))


def asks_measure(text: str) -> bool:
    """ "how long / big / old / often ...": a measure with its unit."""
    return bool(_HOW_MEASURE.match(text))


def gives_measure(text: str) -> bool:
    return bool(_MEASURE.search(text.lower()))


_DETERMINERS = frozenset("the a an their its his her these those this that".split())


def counted(body: str) -> tuple[frozenset[str], str]:
    """What a "how many" question counts: the last content word before its
    first verb or preposition ("how many 999 calls do ..." -> "calls", "how
    many forces in total" -> "forces"), as stems and as typed."""
    words = analysed_words(body)
    head: list[str] = []
    for word in words:
        # "how many forces turned down G4S": "turned" is what they did; "how
        # many forces want to use G4S": so is "want", a word of no subject.
        ends = word in _VERBS or word in _PREPOSITIONS or word.endswith(("ed", "ing")) or is_filler(stem(word))
        # "how many 999 calls the three forces get": a determiner opens the next phrase, the subject's.
        ends = ends or word in _DETERMINERS
        if ends and head:
            break
        if word not in STOPWORDS and not is_filler(stem(word)):
            head.append(word)
    return (frozenset({stem(head[-1])}), head[-1]) if head else (frozenset(), "")


def gives_count(text: str, nouns: frozenset[str], widened: frozenset[str]) -> bool:
    """Whether a text puts a number on one of `nouns` (or their synonyms):
    "three forces" counts forces; "three forces decided" counts no jobs."""
    words = analysed_words(text)
    wanted = nouns | widened
    for i, word in enumerate(words):
        # "the only company considered" counts one; "999 control rooms" is a
        # name, no count of rooms.
        if not (word.isdigit() or word in _COUNT_WORDS or word in _ONE_OF) or word in _NAMED_NUMBERS:
            continue
        # Only names and describing words between: "three East Midlands
        # forces", not "3 November the forces" (a date, then another phrase).
        for w in words[i + 1 : i + 1 + _COUNT_REACH]:
            if stem(w) in wanted:
                return True
            if w in STOPWORDS or w in _MONTHS:
                break
    return False


def gives_amount(text: str) -> bool:
    """Whether a text states an amount of money, a share or a quantity."""
    return bool(_AMOUNT.search(text.lower()))


def located_places(qi: QuestionIndex, forces: frozenset[str], text: str) -> set[str]:
    """Forces and places a text gives as a location ("some from Hertfordshire",
    "services in Hertfordshire"), not those it merely names."""
    words = analysed_words(text)
    out: set[str] = set()
    for mention in exact_mentions(qi.names, words, [False] * len(words), qi.name_starts):
        before = words[max(0, mention.start - _LOCATIVE_REACH) : mention.start]
        if not any(w in _LOCATIVE for w in before):
            continue
        out |= {t for t in mention.targets if t in forces or t.startswith(PLACE_PREFIX)}
    return out


def slot_words(slot: str) -> list[str]:
    """The words of a slot that say what kind of thing is asked ("political
    party"); generic ones ("kind of", "other") and filler left out."""
    return [
        w
        for w in analysed_words(slot)
        if w not in STOPWORDS and not is_filler(stem(w)) and stem(w) not in _GENERIC_STEMS
    ]


# Slot nouns that ask for an entity of one kind, which the answer must name.
_KIND_NOUNS = {
    **dict.fromkeys(("company", "firm", "business", "contractor", "provider", "supplier", "outfit"), "company"),
    **dict.fromkeys(("union",), "union"),
    # A county's force is named by the county ("Hertfordshire's police force").
    **dict.fromkeys(("force", "constabulary", "county", "shire"), "police force"),
    **dict.fromkeys(("contract",), "contract"),
}


_KIND_STEMS = {stem(noun): kind for noun, kind in _KIND_NOUNS.items()}


_OTHER_WORDS = frozenset({"other", "else", "another", "alternative", "alternatives"})


def asks_other(slot: str) -> bool:
    """ "which other providers", "what else": others than those already named."""
    return bool(_OTHER_WORDS.intersection(analysed_words(slot)))


def entity_kind(slot: list[str]) -> str:
    """The kind of entity a slot asks for ("which firm" -> "company"), if any."""
    return _KIND_STEMS.get(stem(slot[-1]), "") if slot else ""


def unnamed(kind: str, role: str) -> bool:
    """An entity the articles refer to without naming anyone."""
    return kind in _UNNAMED_KINDS or "not named" in role.lower()


# Entities that are things, not somebody: no answer to "who" or "whose".
_THING_KINDS = frozenset({"contract", "event"})


def somebody(kind: str) -> bool:
    """An entity that can be who did or thought something (a person or body)."""
    return kind not in _THING_KINDS


def plural(kind: str) -> bool:
    """An entity standing for several people: no answer to who one of them is."""
    return kind in _PLURAL_KINDS


_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC_SLOT)


# Words naming an office or role ("PCC", "chief constable", "spokesman").
OFFICES = frozenset(
    stem(w)
    for w in """pcc pccs commissioner commissioners secretary spokesman spokesperson spokeswoman constable constables
    chief chiefs leader head boss chair chairman councillor mp minister director executive ceo president""".split()
)
# Words a role description may hold between a place and its office:
# "Cambridgeshire's PCC", "the PCC for Notts", "cambs n beds PCCs".
# "Cambridgeshire's police and crime commissioner": the office's own words too.
_BETWEEN = frozenset("s the for of and n police force forces crime".split())


def undescribed(qi: QuestionIndex, entities: Mapping[str, Entity], text: str) -> str:
    """An office a question puts in a place ("Cambridgeshire's PCC", "the
    PCC for Notts") that nobody in the articles holds: its words as typed,
    else "". Somebody holds it when their role names the place, or names
    no place and they bear on a deal of that place's force ("the Herts
    chief constables")."""
    words = analysed_words(text)
    if not any(stem(w) in OFFICES for w in words):
        return ""
    taken = [False] * len(words)
    every: set[str] | None = None  # every force's place words, worked out once if a force is named
    for mention in exact_mentions(qi.names, words, taken, qi.name_starts):
        forces = [t for t in mention.targets if t in qi.forces]
        if not forces:
            continue
        office = _office_near(words, mention.start, mention.end)
        if office is None:
            continue
        place = words[mention.start : mention.end]
        if every is None:
            every = _places(entities, sorted(qi.forces))
        held, asked = stem(office), _places(entities, forces)
        if not any(_holds(qi, e, forces, asked, every) for e in entities.values() if held in _office_terms(e)):
            return " ".join([*place, office])
    return ""


def _office_near(words: list[str], start: int, end: int) -> str | None:
    for i in range(end, min(len(words), end + 4)):
        if stem(words[i]) in OFFICES:
            return words[i]
        if words[i] not in _BETWEEN:
            break
    for i in range(start - 1, max(-1, start - 4), -1):
        if stem(words[i]) in OFFICES:
            return words[i]
        if words[i] not in _BETWEEN:
            break
    return None


_COMMISSIONER = stem("commissioner")
_PCC_TERMS = frozenset({stem("pcc"), stem("pccs")})


def _office_terms(entity: Entity) -> set[str]:
    found = {stem(w) for w in analysed_words(f"{entity.role} {' '.join(entity.aliases)}")}
    return found | (_PCC_TERMS if _COMMISSIONER in found else set())


def _holds(qi: QuestionIndex, entity: Entity, forces: list[str], asked: set[str], every: set[str]) -> bool:
    """Whether somebody holds an office in the place of `forces`; `asked` are
    those forces' place words, `every` those of all the forces."""
    role = set(analysed_words(entity.role))
    if role & every:
        return bool(role & asked)  # "Hertfordshire Police and Crime Commissioner"
    return bool(set(qi.deals_of.get(entity.id, ())) & {d for f in forces for d in qi.deals_of.get(f, ())})


def _places(entities: Mapping[str, Entity], forces: list[str]) -> set[str]:
    """The place words of forces' names ("bedfordshire" of "Bedfordshire police force")."""
    return {w for f in forces for w in analysed_words(entities[f].name) if w not in ("police", "force")}


# A stretch of quoted words in a message as typed.
QUOTED = re.compile(r"[\"“”‘’']([^\"“”‘’']{3,}?)[\"“”‘’'](?!\w)")


def quoted_spans(query: str) -> list[str]:
    """The stretches of words a message puts in quote marks, as typed."""
    return [m for m in QUOTED.findall(query) if m.strip()]


_QUOTED_WORDS_MIN = 2  # words in quote marks, in a row, that name a record's own words rather than a word of them


def quoted_words(spans: list[str]) -> list[str]:
    """The stretches of words a message puts in quote marks that are long
    enough to be somebody's words, not a word picked out ("'unique'"), and
    say something (not only stopwords), as analysed words."""
    out = []
    for span in spans:
        said = analysed_words(span)
        if len(said) >= _QUOTED_WORDS_MIN and any(w not in STOPWORDS for w in said):
            out.append(" ".join(said))
    return out


def holds_quoted(text: str, quoted: list[str]) -> bool:
    """Whether a record's words hold one of the stretches a message quotes, in a row."""
    padded = f" {' '.join(analysed_words(text))} "
    return any(f" {q} " in padded for q in quoted)
