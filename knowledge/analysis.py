"""The one text-analysis pipeline: what the words of a text are, alike when
indexing a record and when reading a question.

    text --normalise--> words --expand shorthand--> words --stem--> terms
                                                    (stopwords and filler out)

- `words`: the normalised words of a text, contractions rejoined ("didn t"
  -> "did not") and chat shorthand spelt out ("r" -> "are", "thru" ->
  "through", "w o" -> "without"). Emoji and punctuation are gone already.
- `stem`: a light, cached stemmer ("rejected", "rejects" -> "reject").
- `terms`: the searchable terms of a text (stopwords out).
- `STOPWORDS` say how something is asked; `FILLER` words (hedges, slang,
  discourse words, "lol") say nothing of what is asked: a question is never
  declined, nor an answer chosen, for one of them.
- `Analyzer`: the vocabulary's synonym groups, phrases included: a phrase
  ("called off") is one compound term on both sides, and a term stands for
  the other members of its groups.
- `searchable_text`: what a record can be found by, defined once for every
  index.

A search index (knowledge/search.py) stores what `Analyzer.doc_terms` gives
and is queried with what `Analyzer.query_terms` gives, so the two sides can
never disagree.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from knowledge.model import Deal, Entity, Event, Fact, Quote
from knowledge.text import normal_words, normalise, printable_ascii

# Words that say how a question is asked, not what it is about. The one-letter
# and two-letter pieces are what contractions leave ("who's", "we'd").
# "only" is not one: "was G4S the only firm?" asks exactly that.
STOPWORDS = frozenset(
    """
    a about after all also am an and any are as at be been being but by can
    could did do does doing for from had has have having he her hers him his
    how i if in into is it its just me my no nor not of off on once or
    our ours out over own she should so than that the their theirs them then
    there these they this those through to too under until up very was we
    were what when where which while who whom whose why will with would you
    your yours tell me know please give show s d t ll re ve m every each
    among amongst across towards toward within during besides beside upon onto whether
    here themselves himself herself itself ourselves yourself yourselves mr mrs ms before between vs versus
    """.split()
    # Every form of the verbs of asking above: "who gave Lloyd advice" asks
    # what "give" does, and "gave" is no more a thing asked about.
    + "gave gives given giving knew knows known knowing showed shows shown showing".split()
)
# Words that never carry what a question is about, whatever the articles say:
# hedges, intensifiers and size words ("which big fiasco" asks for the
# fiasco), discourse markers, chat slang, the verbs of asking, and the words
# for how the article or the message puts something ("how does the article
# describe G4S" asks what it says of G4S; "the paper's words"), and the
# modals that are no stopwords ("which might end up privatised", as "could").
# Kept out of a question's terms after phrases are found, so "go ahead" and
# "went wrong" survive as phrases.
FILLER = frozenset(
    """
    exactly actually really basically just still ever even anything something everything thing things
    stuff someone somebody anyone anybody everyone everybody
    guy guys bloke blokes man fella chap geezer dude lot lots kind sort bit
    happen happened happens happening come came get got getting go went gone going mean means
    think thought like meant supposed want wants wanted wanting hope hopes hoped hoping gonna wanna gotta
    article articles story stories piece says say said told tell
    completely totally entirely fully definitely certainly absolutely officially finally currently
    anyway anyways nevertheless regardless behind literally honestly seriously apparently obviously
    simply genuinely properly pretty quite rather somewhat whole though official exact precise precisely rough roughly
    yet already one make makes making now reckon reckons reckoned much many first anywhere somewhere
    actual according mention mentions mentioned feature features featured appear appears appeared
    both either total altogether overall specific particular same different similar differ
    connection connections link links relationship relationships relation relations involvement
    set sets group groups two side sides
    list lists wise done put puts putting try tries tried trying written write writes wrote because
    big bigger huge massive enormous giant such
    describe describes described describing description portray portrays portrayed characterise characterised
    characterize characterized paper papers newspaper question questions
    might must shall ought
    """.split()
) | frozenset(
    # Chat and discourse words: they open, pad or close a message ("ngl who
    # even is...", "..., lol") and are dropped wherever they stand.
    DISCOURSE := frozenset(
        """
        lol lmao rofl haha hahaha lmfao tbh ngl imo imho idk btw fyi smh omg ffs tbf iirc afaik
        ok okay yeah yea yep yup yes nah nope hey hi hello oh ah um erm hmm uh eh mate
        right innit like wait well alright so anyway anyways basically honestly actually seriously literally
        fr frfr deffo defo def obvs obv cba lmk hmu rn atm irl bruh bro fam guys folks kinda sorta
        thx ty ta k kk hmmm umm ooh wow hehe xd jk ikr fwiw tho plus besides apparently supposedly
        wondering wonder curious confused sure guess suppose bet sorry apologies dumb silly quick quickly
        mega proper super totes lowkey highkey x xx xxx kindly
        """.split()
    )
)
# Chat shorthand, spelt out. Only forms that are never a word of their own in
# an article: "r", "n", "u", "w", "thru", "cos".
SHORTHAND: Mapping[str, str] = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "n": "and",
    "w": "with",
    "w o": "without",
    "wo": "without",
    "thru": "through",
    "tho": "though",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "b c": "because",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "abt": "about",
    "diff": "different",
    "wot": "what",
    "wat": "what",
    "whos": "who is",
    "whats": "what is",
    "wheres": "where is",
    "whens": "when is",
    "hows": "how is",
    "dunno": "do not know",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "ya": "you",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "info": "information",
    "prob": "probably",
    "probs": "probably",
    "q": "question",
    "tldr": "summary",
    "tl dr": "summary",
    # Chat spellings of common words.
    "dat": "that",
    "dis": "this",
    "da": "the",
    "dem": "them",
    "den": "then",
    "wen": "when",
    "y": "why",
    "shud": "should",
    "shld": "should",
    "cud": "could",
    "wud": "would",
    "yer": "your",
    "gud": "good",
    "rly": "really",
    "srsly": "seriously",
    "bout": "about",
    "smth": "something",
    "sth": "something",
    "b4": "before",
    "bcos": "because",
    "tmrw": "tomorrow",
    "yday": "yesterday",
    "tonite": "tonight",
    "altho": "although",
    "lemme": "let me",
    "gimme": "give me",
    "im": "i am",
    "ive": "i have",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    # Run together as chat types them, none a word of its own ("he'd" is "he d").
    "theyd": "they d",
    "hed": "he d",
    "youd": "you d",
    "theyve": "they ve",
    "youve": "you ve",
    "youre": "you are",
    "theyll": "they ll",
    "youll": "you ll",
    "thats": "that is",
    "theres": "there is",
    "gov": "government",
    "mornin": "morning",
    "evenin": "evening",
    "nothin": "nothing",
    "somethin": "something",
    "wats": "what is",
    "wots": "what is",
    "tryna": "trying to",
    "finna": "going to",
    # Common chat misspellings of function and everyday words: none is a
    # word of its own, so spelling them out can sink no other reading.
    "ment": "meant",
    "sposed": "supposed",
    "suposed": "supposed",
    "wer": "were",
    "woz": "was",
    "wuz": "was",
    "wiv": "with",
    "becuz": "because",
    "becoz": "because",
    "becuase": "because",
    "thier": "their",
    "teh": "the",
    "wich": "which",
    "waht": "what",
    "wht": "what",
    "whn": "when",
    "alot": "a lot",
    "agen": "again",
    "gona": "going to",
    "wana": "want to",
    "shuld": "should",
    "cld": "could",
    "wld": "would",
    # "what was there statement": "there" for "their" before a noun of what is theirs.
    **{
        f"there {n}": f"their {n}"
        for n in "statement statements view views reaction response take position stance decision reason reasons "
        "plan plans words comment comments own side deal forces spokesman boss bosses members".split()
    },
    # Chat drops the g of common verbs ("doin", "chattin").
    **{f"{w}in": f"{w}ing" for w in "do go say gett talk chatt look try think mak tak runn com hav sitt meet".split()},
}
# Contractions as normalise leaves them ("didn't" -> "didn t"), and run together.
_CONTRACTIONS: Mapping[str, str] = {
    **{f"{w}n t": f"{w} not" for w in "did does do is was are were has have had would could should".split()},
    **{f"{w}nt": f"{w} not" for w in "did does do is was are were has have had would could should".split()},
    "won t": "will not",
    "wont": "will not",
    "can t": "can not",
    "cant": "can not",
    "ain t": "is not",
}
_REWRITES = {**_CONTRACTIONS, **SHORTHAND}
_LONGEST_REWRITE = max(len(k.split()) for k in _REWRITES)
_REWRITE_STARTS = frozenset(k.split()[0] for k in _REWRITES)
_REWRITTEN = {k: tuple(v.split()) for k, v in _REWRITES.items()}
# Irregular forms readers use that the endings below cannot fold.
_IRREGULAR = {
    "using": "use",
    "used": "use",
    "uses": "use",
    "taken": "take",
    "took": "take",
    "taking": "take",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "going": "go",
    "made": "make",
    "making": "make",
    "came": "come",
    "coming": "come",
    "said": "say",
    "says": "say",
    "told": "tell",
    "thought": "think",
    "won": "win",
    "ran": "run",
    "running": "run",
    "chose": "choose",
    "chosen": "choose",
    "began": "begin",
    "begun": "begin",
    "held": "hold",
    "met": "meet",
    "brought": "bring",
    "left": "leave",
    "binned": "bin",
    "people": "person",
    # Common irregular verbs: "gave" meets "give", "fell" meets "fall".
    "gave": "give",
    "given": "give",
    "got": "get",
    "gotten": "get",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "bought": "buy",
    "paid": "pay",
    "sold": "sell",
    "sent": "send",
    "spent": "spend",
    "lost": "lose",
    "found": "find",
    "felt": "feel",
    "kept": "keep",
    "led": "lead",
    "meant": "mean",
    "stood": "stand",
    "heard": "hear",
    "fell": "fall",
    "fallen": "fall",
    "broke": "break",
    "broken": "break",
    "drove": "drive",
    "driven": "drive",
    "threw": "throw",
    "thrown": "throw",
    "grew": "grow",
    "grown": "grow",
    "drew": "draw",
    "drawn": "draw",
    "fought": "fight",
    "caught": "catch",
    "taught": "teach",
    "sought": "seek",
    "dealt": "deal",
    "built": "build",
    "struck": "strike",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "became": "become",
    "shown": "show",
    "understood": "understand",
    "undertook": "undertake",
    "undertaken": "undertake",
}
# Forms of English verbs: words, never typos of others ("paid" is no "said").
IRREGULAR_FORMS = frozenset(_IRREGULAR)
# Endings folded so "rejects", "rejected" and "rejecting" meet as "reject".
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "es", "s")
# Words a phrase may skip on either side: "not to go ahead" is "not go ahead".
GLUE = frozenset({"a", "an", "the", "to", "of"})
# Particles of phrasal verbs, which may stand after the verb's object
# ("turned G4S down"), and words that end the verb's clause before them.
_PARTICLES = frozenset("down off out up over in back away on".split())
_CLAUSE_BREAKS = frozenset("and but or because so when if that which who".split())


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word's light stem; cached, since a corpus repeats its words (Zipf)."""
    word = _IRREGULAR.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"  # "companies" meets "company"
    stripped = False
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            stripped = suffix in ("ed", "edly", "ing", "ings")
            break
    # "dropped" and "scrapping" meet "drop" and "scrap"; not "called" -> "cal".
    if stripped and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouylsz":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


FILLER_STEMS = frozenset(stem(w) for w in FILLER)

# Small numbers as a reader writes them in words ("three forces").
NUMBER_WORDS: Mapping[str, int] = {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)
}


def is_filler(term: str) -> bool:
    """Whether a term (a stem) is one that never decides what is asked."""
    return term in FILLER_STEMS


# Symbols that are words: "what % of the force", "£££".
_SYMBOLS = str.maketrans(
    {
        "%": " percent ",
        "£": " pounds ",
        "$": " dollars ",
        "€": " euros ",
        "&": " and ",
        # Emoji that stand for a word in chat ("did they say 👎 to G4S").
        "👎": " no ",
        "❌": " no ",
        "🚫": " no ",
        "👍": " yes ",
        "✅": " yes ",
        "💷": " money ",
        "💰": " money ",
        "💵": " money ",
        "💸": " money ",
        "👮": " police ",
        "🤝": " deal ",
        "💀": " dead ",
        "☠": " dead ",
    }
)


# The ASCII characters among _SYMBOLS: plain ASCII text holding none of them is
# not changed by translating it (the rest of _SYMBOLS lie outside ASCII).
_ASCII_SYMBOLS = tuple(chr(c) for c in _SYMBOLS if c < 128)


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> bool:
    """Printable ASCII holding no symbol: its words before shorthand is spelt
    out are its normal_words (translating the symbols changes nothing)."""
    return printable_ascii(text) and not any(map(text.__contains__, _ASCII_SYMBOLS))


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    raw = normal_words(text) if _plain(text) else normalise(text.translate(_SYMBOLS)).split()
    found = _spelt_out(raw)
    if _CLIPPED_THEM in found:
        found = _objects_spelt_out(found)
    return _hopes_held(found) if not _HOPES.keys().isdisjoint(found) else found


# "Hope" frames a message when the asker hopes ("I hope you can tell me",
# "hoping someone knows"): filler, which decides nothing. When a party is
# its subject ("what does G4S hope to do") it asks what they believe they
# can do, and is read as that verb, which the articles use.
_HOPES: Mapping[str, str] = {"hope": "believe", "hopes": "believes", "hoped": "believed", "hoping": "believing"}
_ASKERS = frozenset("i we m am re".split())


def _hopes_held(found: tuple[str, ...]) -> tuple[str, ...]:
    """Words with each "hope" whose subject is a party read as "believe",
    unless a deed follows ("hoping to set up"): then the deed is what is
    asked, and "hope" stays filler."""
    return tuple(
        _HOPES[w]
        if w in _HOPES and i and _ASKERS.isdisjoint(found[max(0, i - 2) : i]) and not _deed_after(found, i)
        else w
        for i, w in enumerate(found)
    )


def _deed_after(found: Sequence[str], i: int) -> bool:
    """Whether "to" and a word of substance follow position i."""
    return i + 2 < len(found) and found[i + 1] == "to" and found[i + 2] not in STOPWORDS


# Chat clips "them" to "em" ("dumped em"), which is also how a reader shortens
# a place (EM for the East Midlands, an alias in the fact base). Read as
# "them" only where it can be an object pronoun: directly after a verb, or
# after a preposition when something plural it could stand for ("they", "the
# forces") comes earlier. Before a noun ("em forces"), first, after a noun or
# a conjunction ("g4s reaction em", "herts or em"), or after a preposition
# with nothing to stand for ("the pcc for em", "compared to em") it is a name.
_CLIPPED_THEM = "em"
# Prepositions: a closed class, after which "em" needs an antecedent.
_PREPOSITIONS = frozenset(
    """to for with of about at from by on against without than like into onto towards toward after
    behind between among around past over under through via""".split()
)
# Words after which the next word is a verb's base form ("did they bin em",
# "should herts dump em", "wanted to ditch em"): auxiliaries, modals, "to".
_BEFORE_VERB = frozenset(
    """to do does did dont didnt doesnt not would will should could can cant wont must might may
    shall lets let gonna wanna gotta""".split()
)
# Plural pronouns, and the determiners before a plural noun ("the forces").
_PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
_PLURAL_DETERMINERS = frozenset("the both all these those three two".split())
# Base forms of the verbs the analysis knows, and of the verbs of asking.
_VERB_BASES = frozenset(_IRREGULAR.values()).union("tell give show let ask".split()) - {"person", "deal"}
# Verbs no object follows ("what is em", "what did em say").
_NOT_OBJECT_VERBS = frozenset("is are was were be been being am do does did has have had".split())


def _plural_before(found: Sequence[str], i: int) -> bool:
    """Whether something plural "em" could stand for comes before position
    i: a plural pronoun, or a determiner and a plural noun ("the forces")."""
    for j in range(i):
        w = found[j]
        if w in _PLURAL_PRONOUNS:
            return True
        noun = found[j + 1] if j + 1 < i else ""
        if w in _PLURAL_DETERMINERS and len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss"):
            return True
    return False


def _is_verb_at(found: Sequence[str], j: int, particle_after: bool) -> bool:
    """Whether the word at j reads as a verb: by its form ("dumped",
    "chasing", "told", "give"), split from its particle by the object ("mix
    em up"), or after an auxiliary, a modal or "to" in the words before it."""
    w = found[j]
    if (len(w) > 4 and w.endswith(("ed", "ing"))) or w in IRREGULAR_FORMS or w in _VERB_BASES:
        return True
    if w in STOPWORDS or w in FILLER or w in _PREPOSITIONS:
        return False
    return particle_after or any(found[k] in _BEFORE_VERB for k in range(max(0, j - 3), j))


def _object_pronoun_at(found: Sequence[str], i: int) -> bool:
    """Whether the "em" at position i is "them" (see _CLIPPED_THEM), before
    no word of substance it could name the place of."""
    after = found[i + 1] if i + 1 < len(found) else ""
    if after and after not in STOPWORDS and after not in _PARTICLES and after not in FILLER:
        return False
    before = found[i - 1] if i else ""
    if not before or before in _CLAUSE_BREAKS or before in _NOT_OBJECT_VERBS:
        return False
    return _is_verb_at(found, i - 1, after in _PARTICLES) or _plural_before(found, i - 1)


def _objects_spelt_out(found: tuple[str, ...]) -> tuple[str, ...]:
    """Words with each "em" that is an object pronoun spelt out as "them"."""
    return tuple("them" if w == _CLIPPED_THEM and _object_pronoun_at(found, i) else w for i, w in enumerate(found))


def words_of_parts(parts: Sequence[str]) -> tuple[str, ...]:
    """`_words(" ".join(parts))`, from each part's own words where every part
    is plain: their words then are the whole's, in order, unless shorthand or
    a contraction spans two parts ("w" "o"), which only the whole's can say.
    Each part's words are cached: a record's text is read for its item
    first, and a speaker's name and role recur in all their quotes."""
    if not all(map(_plain, parts)):
        return _words(" ".join(parts))
    if _LONGEST_REWRITE <= 2:
        out: list[str] = []
        last = ""  # the last word so far, before spelling out
        for part in parts:
            raw = normal_words(part)
            if not raw:
                continue
            if last and f"{last} {raw[0]}" in _REWRITTEN:
                break
            out += _words(part)
            last = raw[-1]
        else:
            return tuple(out)
    return _spelt_out(tuple(itertools.chain.from_iterable(map(normal_words, parts))))


def _spelt_out(raw: Sequence[str]) -> tuple[str, ...]:
    """Normalised words with contractions and chat shorthand spelt out."""
    if _REWRITE_STARTS.isdisjoint(raw):
        return tuple(raw)  # a tuple as it is (tuple() returns it)
    out: list[str] = []
    done = 0  # words before this are in `out`
    # Only a word some rewrite starts with can start one: the words between are kept as they are.
    for i in itertools.compress(range(len(raw)), map(_REWRITE_STARTS.__contains__, raw)):
        if i < done:
            continue  # part of a rewrite already made
        out += raw[done:i]
        for size in range(min(_LONGEST_REWRITE, len(raw) - i), 0, -1):
            spelt = _REWRITTEN.get(" ".join(raw[i : i + size]))
            if spelt is not None:
                out += spelt
                done = i + size
                break
        else:
            out.append(raw[i])
            done = i + 1
    out += raw[done:]
    return tuple(out)


def words(text: str) -> list[str]:
    """A text's words: normalised, contractions and chat shorthand spelt out."""
    return list(_words(text))


def terms(text: str) -> list[str]:
    """The searchable terms of a text, in order, stopwords dropped."""
    return [stem(w) for w in _words(text) if w not in STOPWORDS]


class _WordMemo(dict[str, str]):
    """A word -> what it maps to, looked up by `map` over many words without
    a Python call each (dict lookups at C speed); worked out on a miss, and
    emptied when it grows past a bound (questions bring new words forever)."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, word: str) -> str:
        if len(self) >= _MEMO_WORDS:
            self.clear()
        value = self[word] = self._make(word)
        return value


_MEMO_WORDS = 1 << 16
_STEM_OF = _WordMemo(stem)
# A word's term: its stem, or "" for a stopword (no stem is empty).
_TERM_OF = _WordMemo(lambda word: "" if word in STOPWORDS else stem(word))
# A word's stem as phrases are matched: "" for a glue word, which phrases skip.
_PHRASE_STEM_OF = _WordMemo(lambda word: "" if word in GLUE else stem(word))


def stems(text: str) -> tuple[str, ...]:
    """Every word of a text as its stem, in order (for tests of position)."""
    return tuple(map(_STEM_OF.__getitem__, _words(text)))


def phrase_key(text: str) -> tuple[str, ...]:
    """A phrase as stems, stopwords kept but glue words dropped."""
    return tuple(stem(w) for w in _words(text) if w not in GLUE)


def term_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Consecutive searchable terms: "other companies" as ("other", "company")."""
    return frozenset(itertools.pairwise(terms(text)))


# Words whose meanings exclude each other: a record that says one answers
# "no" to a claim of the other ("does each force lose its identity?" against
# "each force will retain its own identity"). Plain English, no story's facts.
# Members are words or phrases, comma-separated.
_OPPOSED = (
    ("lose", "keep, retain"),
    ("include", "exclude"),
    (
        "delighted, pleased, happy, glad, chuffed, thrilled, welcome, welcomed, good news, great news, "
        "take it well, took it well, taking it well",
        "disappointed, take it badly, took it badly, take it hard, took it hard",
    ),
    ("tiny, small, little, minor", "swathes, large, substantial, major"),
    ("accept", "reject"),
    # Still in the frame is not ruled out.
    (
        "in the picture, in the frame, in the running, leave the door open, left the door open, keep the door open",
        "rule out, ruled out, exclude, excluded",
    ),
    ("win", "lose"),
    # Gone for good is not what may come again.
    ("for good, forever, for ever, permanently, never again", "in future, again"),
    # "G4S was the only company considered" denies that anyone else was.
    ("only, sole", "other, else, another, several, multiple, various, numerous, more than one"),
    # A pause is not an end.
    ("pause, paused, suspend, suspended", "abandon, abandoned, end, ended, discontinue, discontinued, scrap, scrapped"),
    # Giving something up is not pressing on with it.
    (
        "give up, gave up, given up, giving up, quit, abandon, abandoned, ditch, ditched, done with, finished with, "
        "stop, stopped, bin, binned, drop, dropped, dump, dumped",
        "press ahead, pursue, pursued, continue, carry on, keep going",
    ),
)


def _term_of(member: str) -> str:
    """A word's stem, or a phrase as the compound term the Analyzer makes of it."""
    key = phrase_key(member)
    return " ".join(key) if len(key) > 1 else (key[0] if key else "")


def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for left, right in _OPPOSED:
        lefts = {_term_of(w) for w in left.split(",") if w.strip()}
        rights = {_term_of(w) for w in right.split(",") if w.strip()}
        for word in lefts:
            out.setdefault(word, set()).update(rights)
        for word in rights:
            out.setdefault(word, set()).update(lefts)
    return {k: frozenset(v) for k, v in out.items()}


OPPOSITES: Mapping[str, frozenset[str]] = _opposites()


class Analyzer:
    """Terms of documents and queries, with the vocabulary's synonym groups.

    A synonym group may hold phrases ("called off", "pull the plug"). A
    phrase is matched whole, on both sides: in a document it adds one
    compound term beside its words; in a query it replaces its words, so
    "called off" never stands for "call", nor "take over" for "take".
    """

    def __init__(self, synonyms: Iterable[Iterable[str]] = ()) -> None:
        groups = [[str(member) for member in group] for group in synonyms]
        # Multi-word members, as stem tuples; the compound term is the tuple
        # joined with spaces, which no single term can contain.
        self._phrases: dict[tuple[str, ...], str] = {}
        for group in groups:
            for member in group:
                key = phrase_key(member)
                if len(key) > 1 and any(w not in STOPWORDS for w in key):
                    self._phrases[key] = " ".join(key)
        # Every word (stem) some phrase is made of.
        self.phrase_stems = frozenset(w for key in self._phrases for w in key)
        # First word of a phrase -> its most words: most words start none.
        self._phrase_starts: dict[str, int] = {}
        for key in self._phrases:
            self._phrase_starts[key[0]] = max(self._phrase_starts.get(key[0], 0), len(key))
        # A word -> its stem if that starts a phrase, else "" (a glue word
        # never does: phrases skip them): where a text's phrases may start,
        # found by one map over its words.
        starts = self._phrase_starts
        self._opens_phrase = _WordMemo(lambda word: "" if word in GLUE or (s := stem(word)) not in starts else s)
        synonyms_of: dict[str, dict[str, None]] = defaultdict(dict)
        for group in groups:
            group_terms = [t for t in dict.fromkeys(self._member_term(m) for m in group) if t]
            for term in group_terms:
                for other in group_terms:
                    if other != term:
                        synonyms_of[term][other] = None
        # Insertion-ordered, so widening a term is the same in every process.
        self._synonyms = {term: tuple(others) for term, others in synonyms_of.items()}
        # The groups' one-word terms by first letter: where a misspelt word of
        # the vocabulary's, which no article uses, is looked for.
        by_initial: dict[str, list[str]] = defaultdict(list)
        for term in self._synonyms:
            if " " not in term:
                by_initial[term[:1]].append(term)
        self.words_by_initial: Mapping[str, tuple[str, ...]] = {k: tuple(v) for k, v in by_initial.items()}

    def _member_term(self, member: str) -> str:
        """The one term a synonym group member stands for ("" if none)."""
        key = phrase_key(member)
        if len(key) > 1:
            return self._phrases.get(key, "")
        found = terms(member)
        return found[0] if len(found) == 1 else ""

    @property
    def has_phrases(self) -> bool:
        return bool(self._phrases)

    def synonyms(self, term: str) -> tuple[str, ...]:
        """The other terms of every group `term` is in, in the vocabulary's order."""
        return self._synonyms.get(term, ())

    def _phrase_at(self, found: list[str], start: int) -> int:
        """Length of the longest phrase starting at `start` (0 if none)."""
        longest = self._phrase_starts.get(found[start], 0)
        for size in range(min(longest, len(found) - start), 1, -1):
            if tuple(found[start : start + size]) in self._phrases:
                return size
        return 0

    def rejoin_particles(self, kept: list[str]) -> list[str]:
        """A phrasal verb split by its object ("turned G4S down", "called it
        off") put back together as the phrase it is ("turned down G4S")."""
        out = list(kept)
        for i, word in enumerate(kept):
            verb = stem(word)
            if verb not in self._phrase_starts or word in FILLER:
                continue
            for gap in (2, 3):
                j = i + gap
                if j >= len(out) or out[j] not in _PARTICLES:
                    continue
                # "still keen on": the particle is the nearer word's own;
                # "coming back in house": the particle opens a phrase of its
                # own, after another particle of the verb.
                near = (stem(out[j - 1]), stem(out[j])) in self._phrases
                opens = j + 1 < len(out) and (stem(out[j]), stem(out[j + 1])) in self._phrases
                between = set(out[i + 1 : j])
                # An object stands between, never a verb form ("the step mentioned in").
                participle = any(len(w) > 4 and w.endswith("ed") for w in between)
                if not participle and (
                    (verb, stem(out[j])) in self._phrases
                    and not near
                    and not opens
                    and not between & _CLAUSE_BREAKS
                    and not between & _PARTICLES
                ):
                    out.insert(i + 1, out.pop(j))
                    break
        return out

    def doc_terms(self, text: str) -> list[str]:
        """A document's terms: its words' stems (stopwords out) and every
        phrase it holds as one more, compound term."""
        return self.terms_of(_words(text))

    def terms_of(self, said: Sequence[str]) -> list[str]:
        """`doc_terms` of a text's words (`words`)."""
        # The stems of its words less stopwords (glue words among them), in order.
        out = list(filter(None, map(_TERM_OF.__getitem__, said)))
        if not self._phrase_starts:
            return out
        opens = self._opens_phrase
        # Most texts hold no word starting a phrase, and most that do hold one
        # or two: only those words' phrases are tried, each from the stems of
        # the words after it (glue words skipped), as many as its longest phrase has.
        for start in itertools.compress(range(len(said)), map(opens.__getitem__, said)):
            found = [opens[said[start]]]
            longest = self._phrase_starts[found[0]]
            after = start + 1
            while len(found) < longest and after < len(said):
                next_stem = _PHRASE_STEM_OF[said[after]]
                after += 1
                if next_stem:
                    found.append(next_stem)
            size = self._phrase_at(found, 0)
            if size:
                out.append(" ".join(found[:size]))
        return out

    def query_terms(self, text: str) -> list[str]:
        """A query's terms in order: a phrase as one compound term in place of
        its words; stopwords dropped. Filler stays: callers that read what a
        question asks drop it with `is_filler`, after phrases are found."""
        kept = [w for w in _words(text) if w not in GLUE]
        if self._phrase_starts:
            kept = self.rejoin_particles(kept)
        found = [stem(w) for w in kept]
        out: list[str] = []
        start = 0
        while start < len(kept):
            size = self._phrase_at(found, start) if self._phrase_starts else 0
            if size:
                out.append(" ".join(found[start : start + size]))
                start += size
                continue
            if kept[start] not in STOPWORDS:
                out.append(found[start])
            start += 1
        return out


# --- what a record is found by -------------------------------------------------------


def searchable_text(record: Fact | Quote | Event | Entity | Deal, entities: Mapping[str, Entity]) -> str:
    """The words a record can be found by, for every index: a fact by its
    words, keywords and the article sentence it rests on; a quote by its
    words and its speaker; an entity by its names, role and the word "role"; a deal by its
    name, status, summary and services."""
    return " ".join(searchable_parts(record, entities))


def searchable_parts(record: Fact | Quote | Event | Entity | Deal, entities: Mapping[str, Entity]) -> tuple[str, ...]:
    """`searchable_text` in the pieces it is joined from (`words_of_parts` reads them)."""
    if isinstance(record, Fact):
        return (record.text, " ".join(record.keywords), record.basis or "")
    if isinstance(record, Quote):
        speaker = entities[record.speaker]
        return (record.said or "", record.text, speaker.name, speaker.role)
    if isinstance(record, Event):
        return (record.when or "", record.text, record.basis or "")
    if isinstance(record, Entity):
        # The word "role" too: an entity's record is what its role is ("what's her job title?").
        return (record.name, record.role, " ".join(record.aliases), "role")
    return (record.name, record.status, record.summary, " ".join((*record.services, *record.aliases)))


# --- times ---------------------------------------------------------------------------

MONTHS: tuple[str, ...] = tuple(
    "january february march april may june july august september october november december".split()
)
MONTH = "|".join(MONTHS)  # any month's name, as a regular expression's alternatives
_TIME = re.compile(
    r"\b(?:(?:by|in|until|since|before|after|from|on)\s+)?(?:"
    r"(?:early|late|mid|last|next|this)\s+(?:next\s+)?(?:night|week|month|year|spring|summer|autumn|winter|"
    r"morning|afternoon|evening)"
    r"|yesterday|today|tonight|tomorrow"
    r"|(?:19|20)\d\d"
    r"|\d{1,2}\s+(?:" + MONTH + r")"
    r"|(?:" + "|".join(m for m in MONTHS if m not in ("may", "march")) + r")"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r")\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# Every time _TIME finds holds a year (19xx, 20xx) or one of these as a word of its own.
_TIME_WORDS = frozenset(
    "night week month year spring summer autumn winter morning afternoon evening".split()
    + "yesterday today tonight tomorrow".split()
    + list(MONTHS)
    + [f"{day}day" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")]
)
_YEARISH = re.compile("(?:19|20)[0-9][0-9]")  # the one kind of time with no such word


def time_phrase(text: str) -> str:
    """The first time a text gives ("by 2020", "On 3 November"), as written."""
    # Most text gives none. In printable ASCII a time's words are among its
    # normal_words (normalising there only lowers case and turns what is not a
    # letter or digit into spaces), so a text with no year-like digits and
    # none of those words has no time: known without the long pattern's
    # search at every position.
    if (
        printable_ascii(text)
        and not (("19" in text or "20" in text) and _YEARISH.search(text))
        and _TIME_WORDS.isdisjoint(normal_words(text))
    ):
        return ""
    match = _TIME.search(text.lower())
    return text[match.start() : match.end()] if match else ""


def years(text: str) -> tuple[str, ...]:
    """The years a text names, in order."""
    return tuple(_YEAR.findall(text))
