"""Reading a message dictated by voice typing as the words it was meant to be.

Speech-to-text writes what it hears: names and codes spelt out letter by
letter ("g four s", "p c c's", "nine nine nine"), years as words ("twenty
twenty"), one word heard as two ("out sourcing", "hertford shire") or two as
one ("backoffice"), a name heard as a word that sounds like it ("loyd",
"nots", "hurts" for Herts), and the speaker correcting themselves ("the herts
no sorry the hertfordshire deal"). `written` rewrites such a message before
it is read, and only towards what the fact base knows: a join, a split or a
sound-alike is made only when what it gives is a name, alias or word of the
fact base and what it replaces is not, so a typed message is left as it is.

Query side only: the fact base is indexed from articles, which are written.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

import jellyfish
from rapidfuzz import fuzz

from commands.ask.question import AUX, QUESTION_WORDS
from commands.ask.slots import OFFICES
from knowledge.analysis import DISCOURSE, MONTH, MONTHS, STOPWORDS, is_filler, stem, words
from knowledge.matching import NameIndex
from knowledge.question_index import QuestionIndex
from knowledge.text import normalise

# Letters as speech-to-text may write them when a speaker spells a code out.
# Each is joined into a code only when the code is one the fact base knows.
_LETTER_NAMES = {
    "aitch": "h",
    "haitch": "h",
    "bee": "b",
    "cee": "c",
    "dee": "d",
    "ee": "e",
    "eff": "f",
    "gee": "g",
    "jay": "j",
    "kay": "k",
    "el": "l",
    "ell": "l",
    "em": "m",
    "en": "n",
    "pee": "p",
    "cue": "q",
    "ar": "r",
    "ess": "s",
    "tee": "t",
    "vee": "v",
    "ex": "x",
    "wye": "y",
    "zed": "z",
    "zee": "z",
    # Words heard for a letter's name: only a code the fact base knows is made of them.
    "es": "s",
    "see": "c",
    "sea": "c",
    "tea": "t",
    "pea": "p",
    "eye": "i",
    "are": "r",
}
_DIGITS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "for": "4",  # heard for "four", read so only between letters: "g for s" (_code)
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_TEENS = {
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
}
_TENS = {
    "twenty": "2",
    "thirty": "3",
    "forty": "4",
    "fifty": "5",
    "sixty": "6",
    "seventy": "7",
    "eighty": "8",
    "ninety": "9",
}
# Numbers 1 to 99 as words, for days and years.
_NUMBER_WORDS = {
    **{w: int(d) for w, d in _DIGITS.items() if w != "for"},
    **{w: int(d) for w, d in _TEENS.items()},
    **{w: int(d) * 10 for w, d in _TENS.items()},
}
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINALS = {
    **{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)},
    **{
        w: i + 10
        for i, w in enumerate(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
        )
    },
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty {w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS)},
    "thirty first": 31,
    **{f"{n}{end}": n for n in range(1, 32) for end in ("st", "nd", "rd", "th")},
}
_ORDINAL = "|".join(sorted((w.replace(" ", r"\s+") for w in _ORDINALS), key=lambda w: (-len(w), w)))
# re.ASCII: under IGNORECASE alone "fırst" (dotless i) matches, and then is
# no key of _ORDINALS; every pattern whose match is looked up has it.
# "the first march report" is no date: without "of", a day needs a word
# placing a time before it ("on the first march").
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<at>on|by|from|since|until|till|before|after)\s+)?(?:the\s+)?(?P<day>{_ORDINAL})\s+"
    rf"(?:(?P<of>of)\s+)?(?P<month>{MONTH})\b",
    re.IGNORECASE | re.ASCII,
)
# "may the third" is left alone: "may" opens questions far more than it names a month.
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH.replace('may|', '')})\s+(?:the\s+)?(?P<day>{_ORDINAL})\b", re.IGNORECASE | re.ASCII
)
_YEAR = re.compile(
    r"\b(?P<at>in|by|since|until|till|from|before|after|during|of)\s+(?P<century>nineteen|twenty)\s+"
    r"(?P<rest>oh\s+(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b",
    re.IGNORECASE | re.ASCII,
)
# Not "full stop": typed, it ends a claim for emphasis ("done with outsourcing full stop").
_MARKS = {"question mark": "?", "exclamation mark": "!", "comma": ","}
_SPOKEN_MARK = re.compile(r"\s*\b(?P<mark>question mark|exclamation mark|comma)\b", re.IGNORECASE | re.ASCII)
_REPEATED = {"double": 2, "triple": 3}
# Words some piece of a code is said with, besides single letters and digits.
_SPOKEN_PIECES = frozenset({*_LETTER_NAMES, *_DIGITS, *_TEENS, *_TENS, *_REPEATED})
# Words without which a rewrite of the whole text has nothing to do.
_TIME_WORDS = (*MONTHS, "nineteen", "twenty")
_CORRECTION_WORDS = ("sorry", "mean", "wait", "no no", "hang on", "rather", "scratch", "actually no", "no actually")
_LONGEST_CODE = 6  # spoken pieces joined into one code at most
_MIXED_PIECE = 4  # letters and digits together: "g4" of "g4 s" is a piece of a code, "a14" a code of its own
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A speaker taking back what they just said: "X no sorry Y", "X I mean Y".
# Said outright ("no sorry", "wait no"), it takes back the words before it;
# a bare "sorry" or "I mean", or "no wait" and "no no" (ordinary English too:
# "is there no wait", "say no no to it"), only where what follows says again
# how what it takes back began ("the herts sorry the hertfordshire deal"),
# reworks the word before ("leicester I mean leicestershire"), or is a name
# put for a name ("shaw I mean hanrahan"; not "g4s sorry the deal"):
# "what I mean is" corrects nothing.
_CORRECTION = re.compile(
    r"\s+(?:(?:oh|er|um|erm)\s+)?(?:(?P<outright>no sorry|sorry no|wait no|no hang on|"
    r"scratch that|actually no|no actually|no i mean|no i meant|sorry i mean|sorry i meant)|"
    r"(?P<bare>sorry|i mean|i meant|or rather|no wait|no no))\s+",
    re.IGNORECASE | re.ASCII,
)
# Sounds of hesitation dictation writes down, which are no words ("um",
# "erm" and the like are chat's too, and dropped wherever a message is read).
_HESITATION = re.compile(r"(?<![\w'’])(?:er|err|uhh|uhm|ehm|mm|mmm|hm)(?![\w'’])[\s,]*", re.IGNORECASE)
_TAKEN_BACK = 4  # words at most a correction takes back
_SAID_SHORT = 6  # letters at least of the start of a name said for it ("leicester")
_REWORKED = 70.0  # spelt this alike, a word after "I mean" repairs the one before it
# A sound-alike must be spelt this like the name too: "load" sounds like
# "Lloyd" (both LT) but is an ordinary word, far from it in spelling.
_SPELT_ALIKE = 75.0
# Spelt less like the name than this, a sound-alike may be an ordinary word
# ("heart", "hurts" for Herts): it is read as the name only where the words
# around it make it one (see _sound).
_NEAR_TYPO = 85.0
_SPELLING_MARGIN = 5.0  # a runner-up with another key this close leaves the word as it is
_SHORTEST_SOUND_ALIKE = 4  # letters: "bed" and "lot" are too short to be heard for a name


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written
    word: str  # lower case, a possessive's "'s" dropped
    start: int
    end: int
    possessive: bool
    strange: bool  # a word the fact base does not use, nor any small word: only such a word may be misheard


def written(qi: QuestionIndex, text: str) -> str:
    """A dictated message as it was meant: self-corrections taken as the
    correction, spelt-out codes joined, split or run-together words mended,
    and sound-alikes of names read as the names, where the fact base knows
    what comes out."""
    said = text.lower()
    # Each rewrite of the whole text only where a word it needs is there:
    # most messages are typed, and hold none.
    if _HESITATION.search(text):  # a whole word: "er" as a substring is in "were", "her"
        text = _HESITATION.sub("", text) or text
    if "mark" in said or "comma" in said:
        text = _punctuated(text)
    if any(w in said for w in _TIME_WORDS):
        text = _dated(text)
    if any(w in said for w in _CORRECTION_WORDS):
        text = _corrected(qi, text)
    tokens = [_token(qi, m) for m in _WORD.finditer(text)]
    if not any(t.strange or t.word in _SPOKEN_PIECES or len(t.word) == 1 or not t.word.isalpha() for t in tokens):
        return text
    sounds = _sounds(qi.names)
    out: list[str] = []
    done = 0  # characters of `text` already in `out`
    i = 0
    while i < len(tokens):
        mended = (
            _code(qi, tokens, i) or _joined(qi, tokens, i) or _split(qi, tokens[i]) or _sound(qi, sounds, tokens, i)
        )
        if mended is None:
            i += 1
            continue
        size, replacement = mended
        out += (text[done : tokens[i].start], replacement)
        done = tokens[i + size - 1].end
        i += size
    out.append(text[done:])
    return "".join(out)


def _token(qi: QuestionIndex, m: re.Match[str]) -> _Token:
    raw = m.group()
    word = raw.lower().replace("’", "'")
    possessive = word.endswith("'s")
    word = word.removesuffix("'s")
    strange = word.isalpha() and word not in STOPWORDS and word not in DISCOURSE and not _known(qi, word)
    return _Token(raw, word, m.start(), m.end(), possessive, strange)


def _punctuated(text: str) -> str:
    """Punctuation said aloud and written out ("who is he question mark")."""
    return _SPOKEN_MARK.sub(lambda m: _MARKS[m["mark"].lower()], text)


def _dated(text: str) -> str:
    """A day said as an ordinal beside its month ("the third of november",
    "november the third") as the articles write it ("3 November"), and a
    year said in two numbers after a word that places a time ("by twenty
    twenty") as digits."""
    text = _DAY_MONTH.sub(_day_month, text)
    text = _MONTH_DAY.sub(lambda m: f"{_ORDINALS[_spaced(m['day'])]} {m['month'].capitalize()}", text)
    return _YEAR.sub(lambda m: f"{m['at']} {_year(m['century'], m['rest'])}", text)


def _day_month(m: re.Match[str]) -> str:
    if not (m["of"] or m["at"]):
        return m.group()  # "the first march report"
    at = f"{m['at']} " if m["at"] else ""
    return f"{at}{_ORDINALS[_spaced(m['day'])]} {m['month'].capitalize()}"


def _spaced(words: str) -> str:
    return " ".join(words.lower().split())


def _year(century: str, rest: str) -> str:
    first = _NUMBER_WORDS[century.lower()]
    said = _spaced(rest).split()
    if said[0] == "oh":  # "twenty oh nine"
        return f"{first}0{_DIGITS[said[1]]}"
    return f"{first}{_NUMBER_WORDS[said[0]] + (int(_DIGITS[said[1]]) if len(said) > 1 else 0):02d}"


def _corrected(qi: QuestionIndex, text: str) -> str:
    """ "the herts no sorry the hertfordshire deal" -> "the hertfordshire
    deal": what is taken back runs from the last word before the correction
    that the correction starts with ("the"), else it is the one word before."""
    at = 0
    while (m := _CORRECTION.search(text, at)) is not None:
        before, after = text[: m.start()], text[m.end() :]
        said = before.split()
        again = after.split()[:1]
        at = m.end()
        if not said or not again:
            continue
        back = [i for i in range(max(0, len(said) - _TAKEN_BACK), len(said)) if said[i].lower() == again[0].lower()]
        if not back and m["bare"] and not _reworked(said[-1], again[0]) and not _name_for_name(qi, said[-1], after):
            continue
        keep = said[: back[-1]] if back else said[:-1]
        text = " ".join([*keep, after])
        at = 0
    return text


def _name_for_name(qi: QuestionIndex, before: str, after: str) -> bool:
    """Whether a correction puts a name for a name: the word before it is
    one, and so are the one or two words after it, an article aside
    ("shaw sorry hanrahan", "lloyd no wait the leicester one")."""
    if not qi.names.exact(before.strip(",;:-")):
        return False
    said = after.split()
    if said and said[0].lower() in ("the", "a", "an"):
        said = said[1:]
    following = [w.strip(",;:-?!.").lower() for w in said[:2]]
    if any(qi.names.exact(" ".join(following[:n])) for n in range(len(following), 0, -1) if following[n - 1]):
        return True
    # A name said short: "the leicester one" for Leicestershire.
    first = following[0] if following else ""
    return len(first) >= _SAID_SHORT and any(name.startswith(first) for name, _ in _sounds(qi.names).keyed)


def _reworked(before: str, after: str) -> bool:
    """Whether a word repairs the one before it: the same word begun again
    or reworked ("leicester I mean leicestershire", "hurts sorry herts")."""
    before, after = before.lower().strip(",;:-"), after.lower().strip(",;:-")
    if len(before) < _SHORTEST_SOUND_ALIKE or len(after) < _SHORTEST_SOUND_ALIKE:
        return False
    return after.startswith(before) or before.startswith(after) or fuzz.ratio(before, after) >= _REWORKED


def _pieces(token: _Token) -> str | None:
    """What a spoken piece of a code stands for: a letter, digits, or a
    piece already holding both ("g4" of "g4 s")."""
    word = token.word
    if len(word) == 1 and word.isalpha():
        return word
    if word.isdigit() or (len(word) <= _MIXED_PIECE and word.isalnum() and any(c.isdigit() for c in word)):
        return word
    return _LETTER_NAMES.get(word) or _DIGITS.get(word) or _TEENS.get(word)


def _code(qi: QuestionIndex, tokens: list[_Token], i: int) -> tuple[int, str] | None:
    """The longest run of spoken letters and numbers from token i that
    spells a name or word the fact base knows: "g four s" -> G4S, "p c c's"
    -> PCCs, "nine nine nine" -> 999, "twenty twenty" -> 2020."""
    spelt: list[str] = []
    ends: list[int] = []  # tokens used for each length of `spelt`
    j = i
    while j < len(tokens) and len(ends) < _LONGEST_CODE:
        word = tokens[j].word
        if word in _TENS:
            unit = _DIGITS.get(tokens[j + 1].word) if j + 1 < len(tokens) and tokens[j + 1].word != "for" else None
            spelt.append(_TENS[word] + (unit or "0"))
            j += 2 if unit else 1
        elif word in _REPEATED and j + 1 < len(tokens) and (piece := _pieces(tokens[j + 1])) is not None:
            spelt.append(piece * _REPEATED[word])  # "triple nine" -> 999
            j += 2
        else:
            piece = _pieces(tokens[j])
            if piece is None or (word == "for" and not _between_letters(spelt, tokens, j)):
                break
            spelt.append(piece)
            j += 1
        ends.append(j)
        if tokens[j - 1].possessive:
            break
    for n in range(len(spelt), 0, -1):
        if ends[n - 1] - i < 2:
            break  # one word is no code spoken piece by piece
        code = "".join(spelt[:n])
        last = tokens[ends[n - 1] - 1]
        found = _known_code(qi, code, plural=last.possessive)
        if found is not None:
            return ends[n - 1] - i, found
    return None


def _between_letters(spelt: list[str], tokens: list[_Token], j: int) -> bool:
    """Whether "for" at token j stands between two spoken letters, the one
    place it is heard for "four" ("g for s"; not "p c c for the deal")."""
    after = _pieces(tokens[j + 1]) if j + 1 < len(tokens) else None
    return bool(spelt) and _letter(spelt[-1]) and after is not None and _letter(after)


def _letter(piece: str) -> bool:
    return len(piece) == 1 and piece.isalpha()


def _known_code(qi: QuestionIndex, code: str, *, plural: bool) -> str | None:
    """A code as the fact base writes it, if it knows it ("g4s" -> "G4S")."""
    hits = qi.names.exact(code)
    if hits:
        return hits[0].name + ("'s" if plural else "")
    if code in STOPWORDS or not qi.knows_word(code):
        return None
    shown = code.upper() if code.isalpha() else code
    # "p c c's": a plural or a possessive, as dictation writes both; kept as said.
    return shown + ("'s" if plural else "")


def _known(qi: QuestionIndex, word: str) -> bool:
    """Whether the fact base uses a word, in its text or as a name (the text
    asked first: it is the cheaper look-up, and holds most words)."""
    return qi.knows_word(word) or bool(qi.names.exact(word))


def _joined(qi: QuestionIndex, tokens: list[_Token], i: int) -> tuple[int, str] | None:
    """Two or three words heard for one: "out sourcing", "hertford shire",
    "north ampton shire", "uni son", where the one is the fact base's (a name,
    or a word of it of which one of the two is not)."""
    if i + 1 >= len(tokens) or tokens[i].possessive:
        return None
    if not any(t.strange for t in tokens[i : i + 3]):
        return None  # words the fact base has, as they stand
    first, second = tokens[i].word, tokens[i + 1].word
    if not (first.isalpha() and second.isalpha()) or len(first) < 2 or len(second) < 2:
        return None
    if i + 2 < len(tokens) and tokens[i + 2].word.isalpha() and not tokens[i + 1].possessive:
        third = tokens[i + 2].word
        if qi.names.exact(first + second + third) and not any(w in STOPWORDS for w in (first, second, third)):
            return 3, first + second + third + ("'s" if tokens[i + 2].possessive else "")
    whole = first + second
    if whole in STOPWORDS or whole in DISCOURSE or not _known(qi, whole):
        return None
    named = bool(qi.names.exact(whole)) and first not in STOPWORDS and second not in STOPWORDS
    if not named and not any(_unheard(qi, w) for w in (first, second)):
        # "back office": both are words the fact base has, as they stand;
        # "for me": small words, which any run of speech has.
        return None
    if qi.names.exact(f"{first} {second}"):
        return None
    return 2, whole + ("'s" if tokens[i + 1].possessive else "")


def _unheard(qi: QuestionIndex, word: str) -> bool:
    """A word of some length, no small word, that the fact base does not use
    ("sourcing" of "out sourcing", "shire" of "hertford shire")."""
    return len(word) >= _SHORTEST_SOUND_ALIKE and word not in STOPWORDS and not _known(qi, word)


def _split(qi: QuestionIndex, token: _Token) -> tuple[int, str] | None:
    """One word heard for two: "backoffice" -> "back office", a name or a
    pair of the fact base's words, where the word itself is not one."""
    word = token.word
    if not token.strange or len(word) < 2 * _SHORTEST_SOUND_ALIKE:
        return None
    for at in range(_SHORTEST_SOUND_ALIKE, len(word) - _SHORTEST_SOUND_ALIKE + 1):
        pair = f"{word[:at]} {word[at:]}"
        if qi.names.exact(pair):
            return 1, pair + ("'s" if token.possessive else "")
    return None


@dataclass(frozen=True, slots=True)
class _Sounds:
    """The one-word names of a fact base by how they sound."""

    by_key: dict[str, tuple[str, ...]]  # sound key -> names with it, as normalised
    keyed: tuple[tuple[str, str], ...]  # every one-word name, normalised, and its key, in a fixed order


# No global state in the sense that matters: the cache is keyed weakly by the
# immutable NameIndex it was worked out from, so a reload's new index gets its
# own entry and the old one goes with the old index.
_SOUNDS: weakref.WeakKeyDictionary[NameIndex, _Sounds] = weakref.WeakKeyDictionary()


def _sounds(names: NameIndex) -> _Sounds:
    """The sound keys of a name index's one-word names, worked out once."""
    found = _SOUNDS.get(names)
    if found is None:
        one_word = sorted({n for n in map(normalise, names.all_names()) if n.isalpha() and " " not in n})
        by_key: dict[str, list[str]] = {}
        for name in one_word:
            by_key.setdefault(_key(name), []).append(name)
        keyed = tuple((name, _key(name)) for name in one_word)
        found = _SOUNDS[names] = _Sounds({k: tuple(v) for k, v in by_key.items()}, keyed)
    return found


def _key(word: str) -> str:
    """How a word sounds, a plural's or possessive's "s" aside ("heart",
    "hearts" and "herts" alike)."""
    return jellyfish.metaphone(word).removesuffix("S")


def _in_a_name(qi: QuestionIndex, name: str, after: str, *, short: bool, possessive: bool) -> bool:
    """Whether a word that may be an ordinary one ("heart", "hurts") stands
    where a name does: it and the word after make a name ("knots police" is
    Notts police) or, for a name of more than two sounds, no small word
    follows it, as one follows a verb or a noun heading a phrase: "what hurts
    the police", "at the heart of the dispute" stay as written, "the hurts
    commissioner", "is hurts still going ahead", "the heart's deal" do not.
    A name of one or two sounds has too many such words: only the first test."""
    if after and not possessive and qi.names.exact(f"{name} {after}"):
        return True
    return not short and (possessive or after not in STOPWORDS)


def _has_meaning(word: str) -> bool:
    """Whether a word means something to how a question is read, whatever the
    fact base says: a word of asking, chat or hedging, shorthand ("cant" is
    "can not"), or an office ("leader" is no mishearing of Loader)."""
    term = stem(word)
    return (
        word in STOPWORDS
        or word in DISCOURSE
        or word in QUESTION_WORDS
        or word in AUX
        or is_filler(term)
        or term in OFFICES
        or words(word) != [word]
    )


def _sound(qi: QuestionIndex, sounds: _Sounds, tokens: list[_Token], i: int) -> tuple[int, str] | None:
    """A word the fact base does not know, heard for a name that sounds the
    same and is spelt much like it ("loyd" Lloyd, "nots" Notts, "hurts"
    Herts); never where another name is spelt about as like it. A word spelt
    less like the name than a near-typo may be an ordinary word that sounds
    like it ("notes" and Notts, "heart" and Herts): it is read as the name
    only where the words around it make one (_in_a_name)."""
    token = tokens[i]
    word = token.word
    if not token.strange or len(word) < _SHORTEST_SOUND_ALIKE or _has_meaning(word):
        return None
    key = _key(word)
    alike = sounds.by_key.get(key, ())
    scored = sorted(((fuzz.ratio(word, name), name) for name in alike), reverse=True)
    if not scored or scored[0][0] < _SPELT_ALIKE:
        return None
    best_score, best = scored[0]
    after = tokens[i + 1].word if i + 1 < len(tokens) else ""
    if best_score < _NEAR_TYPO and not _in_a_name(qi, best, after, short=len(key) <= 2, possessive=token.possessive):
        return None
    rivals = (fuzz.ratio(word, name) for name, other in sounds.keyed if other != key)
    if any(score > best_score - _SPELLING_MARGIN for score in rivals):
        return None
    if len(scored) > 1 and scored[1][0] > best_score - _SPELLING_MARGIN:
        return None
    name = qi.names.exact(best)[0].name  # as the fact base writes it: "Lloyd", "Herts"
    return 1, name + (("'" if name.endswith("s") else "'s") if token.possessive else "")
