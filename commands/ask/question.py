"""A question as read: its form, and which of its words say what about.

Pure text work, no fact base. "why did herts drop g4s?" is a WHY question
whose body is "herts drop g4s"; "what did lloyd say about evidence" is a
WHAT_SAID question with speaker "lloyd" and about "evidence". The words that
only frame a question ("what happened with", "who said") are taken out of
the body, so that what is left is what the answer must be about.

Which patterns make which form lives with each form (commands/ask/forms/);
this module holds what they share: the Question, the framing words, and the
clean-up before any pattern is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz.distance import OSA

from knowledge.analysis import DISCOURSE, IRREGULAR_FORMS, STOPWORDS, is_filler, stem, words


class Form(StrEnum):
    SOURCE = "which article"  # who published, which article, where it comes from
    CONFIRM = "confirm or correct"  # a statement put for checking: "X, right?"
    QUOTED = "direct or reported"  # whether words were quoted, reported or the article's own
    WORDING = "the article's words"  # "what word does the herts piece use for X"
    SUMMARY = "summary"  # "tldr the herts story"
    COMPARE = "compare"  # the two stories side by side
    PARTIES = "which parties"  # which forces, companies or people, from the fact graph
    WHO_SAID = "who said"  # the speaker of some words
    WHAT_SAID = "what did X say"  # the words of a speaker
    WHO_IS = "who is"  # a person or organisation
    WHAT_IS = "what is"  # a thing, deal or organisation
    WHO = "who"  # someone who did something
    WHY = "why"
    WHEN = "when"
    HOW_MANY = "how many"
    WHERE = "where"
    SERVICES = "which services"
    STATUS = "what happened"
    NEXT = "what next"
    REACTION = "reaction"
    STANCE = "for or against"  # who took which side, and the case each made
    YES_NO = "yes or no"
    WHAT = "what"  # any other question
    KEYWORDS = "keywords"  # no question form at all: "olympics?"


# The fact topic each form asks for.
TOPIC_OF: dict[Form, str] = {
    Form.WHY: "reason",
    Form.SERVICES: "services",
    Form.STATUS: "status",
    Form.NEXT: "next",
    Form.REACTION: "reaction",
}


@dataclass(frozen=True, slots=True)
class Question:
    text: str  # the question as normalised words
    form: Form
    body: str  # what the answer must be about
    speaker: str = ""  # WHAT_SAID, REACTION: whose words or reaction
    about: str = ""  # WHAT_SAID: on what subject
    # Framing words taken out of the body ("instead", "going ahead"): they
    # may break a tie between answers but are not what the answer is about.
    cues: str = ""
    topic_hint: str | None = None  # a topic a yes/no question is about
    # The kind of thing a "what/which <slot> ..." question asks for
    # ("which company was behind...", "what political party is...").
    slot: str = ""
    asks_name: bool = False  # "what is the name of ...": a person's name, nothing less
    role: str = ""  # "where does X come in": X, whose part in the story is asked (not a place)

    @property
    def topic(self) -> str | None:
        return TOPIC_OF.get(self.form) or self.topic_hint


# Opening chatter that frames a question without being part of it.
LEAD = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|well|right|factbot|bot|please|quick question|question|and|but|also|oh|ah|um|erm|"
    r"hmm|lol|yeah|yes|no|wait|alright|basically|honestly|seriously|actually|anyway|sorry|mate|guys|"
    r"(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody|the bot|factbot) (?:please |kindly )?"
    r"(?:tell me|say|explain|check|confirm|clarify|give me|show me|let me know|find me|set out|outline|spell out|"
    r"run through|go through|walk me through)|"
    r"tell me|explain|"
    # "please state what ...", "describe how ...": a request for what the question asks.
    r"(?:state|describe|outline|clarify|spell out|say|tell us|let us know)"
    r"(?= (?:what|who|whom|whose|why|how|when|where|which|whether)\b)|"
    r"do you know|does anyone know|i (?:want|d like|would like|need) to know|i wonder|i m wondering|any idea|"
    r"i (?:was )?wondering|remind me|just checking|quick one|real quick|"
    # "does it say (anywhere) how G4S reacted": the question it puts, asked of the articles.
    r"(?:does|do|did) (?:it|they|the articles?|either article|the story|the piece|the report|the text) "
    r"(?:say|mention|tell us)(?: anywhere| at all)?(?= (?:what|who|whom|whose|why|how|when|where|which)\b)|"
    # "i know this is random but ...": how the asker rates the question, not what it asks.
    r"(?:i know |i realise |i realize |sorry )?(?:this|it) (?:is|s|might be|may be|could be) (?:a )?(?:bit )?"
    r"(?:random|silly|daft|stupid|dumb|weird|odd|obvious|basic|long shot|naive|nerdy)(?: question| one| q)?(?: but)?|"
    r"as far as (?:the )?(?:articles?|text|story) "
    r"(?:goes|go|says?)|according to (?:the )?(?:articles?|text|story)|in the (?:articles?|story))\s+)+"
)
TRAIL = re.compile(
    r"(?:\s+(?:please|thanks|thank you|cheers|then|again please|exactly|or not|or what|lol|tbh|ngl|"
    r"when (?:he|she|they|it) (?:s|is|are|re) at home|in the first place|to begin with|to start with|"
    r"though|tho|at all|in the end|like|and all that|or something|or whatever|mate|pls|if you know|then|"
    r"these days|anymore|any more|"
    # Who keeps saying the thing asked about, said after it: "what's his 'clear
    # position' he keeps going on about" asks what the position is.
    r"(?:that |which )?(?:he|she|they) (?:keeps? |kept )?(?:going on|banging on|harping on|goes on|went on|"
    r"talking|talks|talked|on) about|"
    # Where the asker will use the answer: "... in my notes", "in our newsletter".
    r"(?:in|for) (?:my|our) (?:\w+ )?(?:notes|copy|draft|essay|piece|newsletter|write ?up|intro|caption|report|"
    r"briefing|post|blog|thread|story|article|assignment|homework|minutes)|"
    # The asker's hurry, not what is asked: "..., on deadline", "asap".
    r"on (?:a )?deadline|in a (?:rush|hurry)|asap|urgently|if poss(?:ible)?|"
    # How the words are wanted, not what they are about: "what did he say in full".
    r"in full|word for word|verbatim|in (?:his|her|their|its) own words|"
    # The bot's own earlier reply, recalled: "you said a date", "u mentioned it earlier".
    r"(?:like |as )?(?:you|u|ya|the bot|factbot) (?:said|say|mentioned|gave|showed|told me|told us)"
    r"(?: (?:a|the|it|that|this|one|some|so))?(?: \w+)?(?: (?:earlier|before|already|just now))?))+$"
)
# How the answer is wanted, never what it is about: "explain in simple
# words why...", "in plain English", "for a ten year old". (Length asks for
# a summary, which the summary form reads: "in one line" stays.)
MANNER = re.compile(
    r"(?<= )(?:(?:in|using|with) (?:very |really |nice |)?(?:simple|simpler|plain|plainer|easy|easier|basic|"
    r"everyday|normal|ordinary|layman s|laymans|lay|non technical|kid friendly|child friendly|your own|my own) "
    r"(?:words?|terms|english|language)|(?:to )?put (?:it )?simply|simply put|in a simple way|"
    # "in the article's terms": the words are wanted as the article puts them.
    r"in (?:the )?(?:\w+ )?(?:article|articles|story|piece|text|report|paper|bbc)(?: s)? "
    r"(?:own )?(?:words|terms|language)|"
    r"for (?:a |an |my )?(?:child|kid|kids|beginner|beginners|student|students|class|"
    r"(?:\w+ )?year olds?|(?:\w+ )?yr olds?))(?= |$)"
)
# "give me the exact quote where Lloyd says the contract wasn't right",
# "the words the spokesman used about the report": the frame names the kind
# of answer (their words), the rest what they said it about.
_QUOTE_WHERE = re.compile(
    r"^(?:(?:give|show|find|get|send|quote|tell|read|pull|dig) (?:me|us)(?: out| up)? |"
    r"(?:what|which) (?:is|was|are|were) |i (?:need|want|d like) )?"
    r"(?:the |his |her |their |its |a |that |this )?(?:(?:exact|actual|precise|full|direct|original|real|very|"
    r"specific) )*(?:quote|quotes|quotation|words|wording|line|lines|bit|part|passage|sentence|phrase|comment|"
    r"statement|remark) (?:where |in which |when |that |which )?"
    r"(?P<who>(?!(?:the )?(?:article|articles|story|piece|text|report|paper)\b)(?:\w+ ){0,4}?\w+) "
    r"(?:says|said|say|uses|used|use|makes|made|gives|gave|talks about|talked about|mentions|mentioned)"
    r"(?: (?P<on>about|on|regarding|concerning|re|when talking about))?(?: (?P<rest>.+))?$"
)


def _what_they_said(m: re.Match[str]) -> str:
    said = f"what did {m['who']} say"
    if not m["rest"]:
        return said
    return f"{said} about {m['rest']}" if m["on"] else f"{said} {m['rest']}"


# "what's his job": a person's job is their role ("the herts job" is a contract).
_PERSONS_JOB = re.compile(r"\b(?P<whose>his|her) (?:job|day job|job title|title)\b")


# Chat that writes "4" for "for" and "2" for "to" ("wat did he say g4s cud do
# 4 police"): in a message written in text-speak, a digit where a
# preposition would stand is that word; elsewhere a digit is a number.
_TEXT_SPEAK = frozenset("u ur r cud wud shud wat wot wats wots b4 gr8 pls plz thx abt bout ppl tho cos coz cuz".split())
_HOMOPHONES = {"4": "for", "2": "to"}
# Words after which a digit counts ("the 4 forces", "over 2 years"), never a preposition.
_COUNTED_AFTER = frozenset(
    """the a an of to for by in on at with from than about around over under nearly almost only just all those these
    our their his her its my your top last first next some any no""".split()
)


def _spelt_digits(text: str, found: list[str]) -> list[str]:
    typed = re.findall(r"[a-z0-9]+", text.lower())
    if not _TEXT_SPEAK.intersection(typed) or not _HOMOPHONES.keys() & set(found):
        return found
    return [
        _HOMOPHONES[w]
        if w in _HOMOPHONES
        and 0 < i < len(found) - 1
        and found[i + 1].isalpha()
        and found[i - 1] not in _COUNTED_AFTER
        and found[i - 1].isalpha()
        else w
        for i, w in enumerate(found)
    ]


_HEDGE_TYPO_LEN = 6  # a hedge this long, one edit off, is still a hedge ("actualy"); shorter ones are words


def _misspelt_hedge(word: str, known: Callable[[str], bool]) -> bool:
    """Whether a word the fact base does not use is a hedge one edit off ("actualy", "realy").
    A slip keeps a word's first letter; a letter put before a hedge makes
    another word ("factually"), content the question must keep."""
    if len(word) < _HEDGE_TYPO_LEN - 1 or word in HEDGES or known(word) or not word.isalpha():
        return False
    return any(len(h) >= _HEDGE_TYPO_LEN and h[0] == word[0] and OSA.distance(word, h) <= 1 for h in HEDGES)


# Greetings and whom they greet ("hi there", "morning all"), chatter whole before a question.
_GREETINGS = frozenset("hi hey hello hiya morning evening afternoon".split())
_GREETED = frozenset("there all everyone folks guys team people".split())
# Hedges that sit between a question word and its verb ("what exactly did",
# "did g4s actually"): they frame the question, and break its patterns.
HEDGES = frozenset(
    "exactly actually really basically just like literally totally ever even roughly approximately precisely".split()
)
# Hedges of several words ("who said, more or less, that..."): they frame
# how sure the asker is, never what is asked.
_HEDGE_PHRASES = re.compile(
    r"(?<= )(?:more or less|(?<!what )(?<!which )(?<!a )(?<!the )(?<!this )(?<!that )(?<!any )(?<!some )(?<!no )"
    r"(?:sort|kind) of|in a way|so to speak|as it were|roughly speaking|in so many words|"
    r"or so|give or take|if you like|in some form|in any form|of some kind|in some way|one way or another|"
    # When the asker asks, not what: "what did they say this time".
    r"this time(?: round| around)?|at (?:the|that) time|back then|at this point|by now|"
    # "did they at least thank them", "at the very least": a hedge; "at least three" counts.
    r"at (?:the very )?least(?! \d| one| two| three| four| five| six| some| half))(?= |$)"
)
# "has Lloyd started talking to other firms?": beginning to do a thing is
# doing it, as far as the articles can tell; the thing done is asked.
_ASPECT = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning) (?=\w+ing\b)")
# "in a line or two", "a sentence or so": how long an answer, not a count of anything.
_OR_SO_LONG = re.compile(r"\b(?P<unit>lines?|sentences?|paragraphs?|words?) or (?:two|so|three)\b")
# "did herts end up signing": how it came out, not an ending.
_END_UP = re.compile(r"\b(?:end|ended|ending|ends) up\b\s*")
# "... instead of X", "... rather than X": X is what was not done, the
# contrast to the answer, never what the answer is about.
# "Anyone other than G4S" is somebody besides G4S, not a contrast.
CONTRAST = re.compile(
    r"\s+(?:instead of|rather than|in place of|in lieu of|(?<!one)(?<!body)(?<!thing)(?<!else)(?<!any) other than|"
    r"as opposed to)\s+.+$"
    # "they'd rather run it themselves than hand it over": the second half.
    r"|(?<=\brather\b)(?P<kept>\s+\S+(?:\s+\S+)*?)\s+than\s+.+$"
)
# "is herts still going ahead or is that whole idea dead": the second half
# asks the first again, the other way round.
ALTERNATIVE = re.compile(r"\s+or (?:is|was|are|were|has|have|did|does|do) (?:that|it|this|they|he|she|i|we)\b.*$")
_IS_AFTER = ("what", "who", "where", "when", "how", "why", "that", "it", "there", "here")
# Words a reader uses for "say", kept out of a WHO_SAID body; livelier verbs
# ("announced", "confirmed") stay in it, since reported speech records them.
SAY = frozenset("said say says told tell stated state claimed claims thinks think believes believe reckons".split())

# "Does Lloyd intend to pursue it?", "is he planning to outsource?": intent,
# which the records settle by what they say of the deed itself.
INTENT = re.compile(
    r"\b(?:intend|intends|intended|intending|mean|means|meant|aim|aims|aimed|aiming|hope|hopes|hoped|hoping|want|wants|"
    r"wanted|wanting|wish|wishes|wished|plan|plans|planned|planning|expect|expects|expected|expecting|looking|set|"
    # A promise is an intent declared: "what did Lloyd pledge to pursue".
    r"promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|vowing|"
    # Readiness is intent too: "is he prepared to outsource", "willing to".
    r"prepared|willing|minded|inclined) "
    r"to (?=\w)"
)
TYPO_REACH = 2  # how many leading words may be typos of question words
QUESTION_WORDS = ("what", "who", "why", "when", "where", "which", "how", "whose")
AUX = frozenset("is was are were am did does do has have had will would can could should shall may might must".split())
# Canonical spellings of the words the patterns look for, for fixing a typo
# in them ("sayd", "happend").
_FORM_WORDS = {
    **{w: w for w in QUESTION_WORDS},
    "said": "said",
    "say": "say",
    "says": "says",
    "happened": "happened",
    "happen": "happen",
    "services": "services",
    "reason": "reason",
    "react": "react",
    "reaction": "reaction",
}
_LEADING_PREPOSITION = re.compile(r"^(?:with|to|on|about|of|in|at|over|for|behind|regarding|concerning)\b\s*")


def prepare(text: str, known: Callable[[str], bool] = lambda _: False) -> tuple[str, bool]:
    """A question's words with chatter, hedges and contrasts out, ready for
    the form patterns; and whether an "instead of X" contrast was dropped."""
    found = _spelt_digits(text, words(text))
    found = [w for w in found if not _misspelt_hedge(w, known)] or found
    while len(found) > 1 and (found[0] in DISCOURSE or found[0] in HEDGES):
        # "ngl who even is...", "lol ok so...", "roughly when..."; "quick one:" is chatter whole.
        # "hi there", "hey all": a greeting whole.
        whole = found[:2] == ["quick", "one"] or (found[0] in _GREETINGS and found[1:2] and found[1] in _GREETED)
        found = found[2:] if whole and len(found) > 2 else found[1:]
    line = _expand(" ".join(found))
    line = _fix_typos(line, known)
    line = " ".join(_HEDGE_PHRASES.sub(" ", f" {line} ").split()) or line  # before a trail word eats its end
    line = TRAIL.sub("", LEAD.sub("", line)).strip() or line
    line = " ".join(MANNER.sub(" ", f" {line} ").split()) or line
    line = _QUOTE_WHERE.sub(_what_they_said, line)
    line = _PERSONS_JOB.sub(r"\g<whose> role", line)
    line = _EMBEDDED_YES_NO.sub(r"\g<aux> \g<subject> \g<rest>", line)
    line = _EMBEDDED_WHO.sub(r"who \g<aux> \g<subject>", line)
    line = _CLEFT_CHOICE.sub(r"who \g<rest>", line)
    line = _WHEN_CHOICE.sub(r"when \g<aux> \g<rest>", line)
    line = _IN_WHAT_WAY.sub("how ", line)
    line = _PREPOSED.sub(_postpose, line)
    line = _fronted(line)
    if line.split(" ", 1)[0] in QUESTION_WORDS:
        line = line.removesuffix(" again")  # "what's his name again": asked again, not about a second time
    line = " ".join(w for w in line.split() if w not in HEDGES) or line
    line = " ".join(_HEDGE_PHRASES.sub(" ", f" {line} ").split()) or line
    line = _OR_SO_LONG.sub(r"\g<unit>", line)
    line = _ASPECT.sub("", line) or line
    line = ALTERNATIVE.sub("", line) or line
    line = _END_UP.sub("", line) or line
    contrast = bool(CONTRAST.search(line))
    line = CONTRAST.sub(lambda m: m["kept"] or "", line) or line
    if line.split(" ", 1)[0] in _WH:
        kept = _CONDITION.sub("", line)
        # "what happens if the alliance fails": the condition is all there is to ask about.
        if any(w not in STOPWORDS and not is_filler(stem(w)) for w in kept.split()[1:]):
            line = kept
    return line, contrast


# "what could G4S do for police if they got the work": after a wh-question,
# a condition is the circumstance of what is asked, not part of it. After a
# verb of asking or knowing, "if" is "whether" ("what did he say if anything").
_WH = frozenset("what who why how which where whose".split())
_CONDITION = re.compile(
    r"(?<!\bsay)(?<!\bsaid)(?<!\bknow)(?<!\btell)(?<!\bask)(?<!\bsee)(?<!\bcheck)(?<!\bwonder)(?<!\bsure)"
    r"(?<!\bconfirm)(?<!\bwhat)(?<!\bas)(?<!\beven)"
    r"\s+(?:if|unless|provided|assuming) (?!anything|any|so|not|ever)\S+(?:\s+\S+)*$"
)


# "(does it say / tell me) who the chief constables are": who somebody is, put
# inside a request in a statement's order; asked in its own order ("who are
# the chief constables"), not "who ... did something".
_EMBEDDED_WHO = re.compile(r"^who (?P<subject>(?:\w+ ){0,5}?\w+) (?P<aux>is|was|are|were)$")


# "(could you confirm) if it is a merger": a yes/no question put inside a
# request, in a statement's order; asked in its own order ("is it a merger").
_EMBEDDED_YES_NO = re.compile(
    r"^(?:if|whether) (?P<subject>(?:\w+ ){0,4}?\w+) "
    r"(?P<aux>is|was|are|were|has|have|had|will|would|can|could|did|does|do) (?P<rest>.+)$"
)
# "was it the commissioner or the chief constable who pulled the plug?":
# who did it, the choices offered being no part of what is asked.
_CLEFT_CHOICE = re.compile(r"^(?:was|is|were|are) it (?:\w+ )+?or (?:\w+ )+?(?:who|that) (?P<rest>(?:\w+ ?)+)$")
# "is the alliance happening now or later?": when.
_WHEN_CHOICE = re.compile(
    r"^(?P<aux>is|are|was|were|will|does|do) (?P<rest>(?:\w+ )+?)(?:rn|now|right now|soon|yet|already|this year|"
    r"today|sooner) or (?:later|not|not yet|next year|in the future|in future|never|soon|later on)$"
)
# "in what way does he hope G4S could help": how, asked another way.
_IN_WHAT_WAY = re.compile(
    r"^(?:in )?(?:what|which) ways? (?=(?:is|was|are|were|did|does|do|has|have|had|will|would|could|can|should|"
    r"might)\b)"
)
# "in which year did...", "through which force was...", "by whom": the
# question word leads, the preposition goes to the end, as it is often said.
_PREPOSED = re.compile(
    r"^(?P<prep>in|at|through|via|under|with|from|to|during|by) (?P<wh>which|what|whom|who)\b(?P<rest>.*)$"
)


# "east mids forces r doing what now?": a question word left where its answer
# would stand is read from the front ("what ... doing now"), unless it opens
# a question of its own ("..., who was that").
# "Who" and "which" mid-sentence are mostly relative ("the chiefs who advised Lloyd").
_LEFT_IN_PLACE = re.compile(r"^(?P<before>\w+(?: \w+)+?) (?P<wh>what|where|when)(?P<after>(?: \w+)*)$")


# "Sir Clive is the commissioner for which county?": "which" with its noun
# after a preposition at the end asks, and is read from the front.
_WHICH_AT_END = re.compile(
    r"^(?P<before>\w+(?: \w+)+?) "
    r"(?P<prep>for|of|in|from|at|with|by|to|through|on|behind|about|over|after|against|into|under|via|during) "
    r"which (?P<noun>\w+(?: \w+)?)$"
)


# Verbs that report what somebody said or holds, before the words asked of.
_SAYING = frozenset("said says say reckoned reckons claimed claims thinks thought believes believed".split())


def _fronted(line: str) -> str:
    first = line.split(" ", 1)[0]
    if first not in QUESTION_WORDS and (m := _WHICH_AT_END.match(line)):
        # Its verb goes before the subject, as a question has it.
        before = m["before"].split()
        at = next((i for i, w in enumerate(before) if w in AUX), None)
        verb = before.pop(at) if at is not None else "does"
        return f"which {m['noun']} {verb} {' '.join(before)} {m['prep']}"
    m = _LEFT_IN_PLACE.match(line)
    if first in QUESTION_WORDS or first in AUX or m is None:
        return line
    after = m["after"].split()
    if after and (after[0] in AUX or after[0] in ("s", "re")):
        return line
    before = m["before"].split()
    said = next((i for i, w in enumerate(before) if i and w in _SAYING), None)
    if m["wh"] == "what" and said is not None:
        # "the g4s spokesman said what exactly", "g4s reckoned it could do
        # what for the police": what did they say (it could do).
        clause = " ".join(before[said + 1 :])
        return " ".join(filter(None, ("what did", " ".join(before[:said]), "say", clause))) + m["after"]
    return f"{m['wh']} {m['before']}{m['after']}"


def _postpose(m: re.Match[str]) -> str:
    wh = "who" if m["wh"] == "whom" else m["wh"]
    return f"{wh}{m['rest']} {m['prep']}"


def _expand(line: str) -> str:
    for word in _IS_AFTER:
        line = re.sub(rf"\b{word} s\b", f"{word} is", line)
    # "what'd he say", "who'd they pick": "did" before a bare verb.
    return _DID_CLIPPED.sub(r"\g<wh> did", line)


_DID_CLIPPED = re.compile(
    r"\b(?P<wh>what|who|where|when|why|how) d\b"
    r"(?= \w+ (?:say|do|think|mean|want|pick|choose|use|decide|announce|recommend|reckon|claim|make|get|reject))"
)


def _fix_typos(line: str, known: Callable[[str], bool]) -> str:
    """Question and form words one edit from a typo: "wat did" -> "what did".

    Only the first two words are tried, where question words stand ("who
    sayd", "wat did"): further in, "paid" is not a typo of "said".
    """
    found = line.split()
    return " ".join([*_fix_words(found[:TYPO_REACH], known), *found[TYPO_REACH:]])


def _fix_words(found: list[str], known: Callable[[str], bool]) -> list[str]:
    out = []
    for word in found:
        if (
            word in _FORM_WORDS
            or word in STOPWORDS
            or word in IRREGULAR_FORMS
            or known(word)
            or len(word) < 3
            or not word.isalpha()
        ):
            out.append(word)
            continue
        close = {canon for form, canon in _FORM_WORDS.items() if OSA.distance(word, form) <= 1}
        if len(word) < 4:
            # "day", "way" and "pay" are words, not typos of "say".
            close -= {"said", "say", "says"}
        if len({stem(c) for c in close}) == 1:
            # One word, whatever its ending: "happend" is one edit from
            # "happened" and "happen", "sayd" from "said" and "says".
            out.append(max(close, key=len) if not close & {"said", "say", "says"} else "said")
        else:
            out.append(word)
    return out


def body(text: str | None) -> str:
    """What is left once framing words are out: prepositions and auxiliaries
    at the start ("why did herts drop g4s" -> "herts drop g4s")."""
    found = _LEADING_PREPOSITION.sub("", (text or "").strip()).split()
    while len(found) > 1 and found[0] in AUX:
        found = found[1:]
    return " ".join(found)


def drop_question_word(text: str) -> str:
    found = text.split()
    return " ".join(found[1:] if found and found[0] in QUESTION_WORDS else found)


def plain_yes_no(question: Question) -> Question:
    """A yes/no question read without its status cues: "is he still going
    ahead with privatisation?" asks about privatisation, not a deal's status."""
    rest = question.text.split(" ", 1)[1] if " " in question.text else ""
    return Question(question.text, Form.YES_NO, body(rest))


def as_form(question: Question, form: Form) -> Question:
    return replace(question, form=form)
