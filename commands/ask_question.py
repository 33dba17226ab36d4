"""What kind of question a message is, and which of its words say what about.

Pure text work, no fact base: "why did herts drop g4s?" is a WHY question
whose body is "herts drop g4s"; "what did lloyd say about evidence" is a
WHAT_SAID question with speaker "lloyd" and about "evidence". The words
that only frame the question ("what happened with", "who said") are taken
out of the body, so that what is left is what the answer must be about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz.distance import OSA

from knowledge.analysis import STOPWORDS, stem
from knowledge.text import normalise


class Form(StrEnum):
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
    YES_NO = "yes or no"
    WHAT = "what"  # any other question
    KEYWORDS = "keywords"  # no question form at all: "olympics?"
    SOURCE = "which article"  # who published, which article, where it comes from


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
_LEAD = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|well|right|factbot|bot|please|quick question|question|"
    r"(?:can|could|would) you (?:please )?(?:tell me|say|explain|check)|tell me|explain|"
    r"do you know|does anyone know|i (?:want|d like|would like|need) to know|i wonder|i m wondering|any idea|"
    r"remind me)\s+)+"
)
_TRAIL = re.compile(r"(?:\s+(?:please|thanks|thank you|then|again please|exactly|or not|or what))+$")
# Hedges that sit between a question word and its verb ("what exactly did",
# "did g4s actually"): they frame the question, and break its patterns.
_HEDGES = frozenset("exactly actually really basically just".split())
# "... instead of X", "... rather than X": X is what was not done, the
# contrast to the answer, never what the answer is about.
_CONTRAST = re.compile(r"\s+(?:instead of|rather than|other than|as opposed to)\s+.+$")
# Contractions once normalise has split them ("didn't" -> "didn t").
_CONTRACTIONS = {
    "didn t": "did not",
    "doesn t": "does not",
    "don t": "do not",
    "isn t": "is not",
    "wasn t": "was not",
    "aren t": "are not",
    "weren t": "were not",
    "hasn t": "has not",
    "haven t": "have not",
    "hadn t": "had not",
    "won t": "will not",
    "wouldn t": "would not",
    "can t": "can not",
    "couldn t": "could not",
    "shouldn t": "should not",
    "didnt": "did not",
    "doesnt": "does not",
    "dont": "do not",
    "isnt": "is not",
    "wasnt": "was not",
    "wont": "will not",
    "cant": "can not",
    "whats": "what is",
    "whos": "who is",
    "hows": "how is",
    "wheres": "where is",
    "whens": "when is",
}
_IS_AFTER = ("what", "who", "where", "when", "how", "why", "that", "it", "there", "here")
# Words that never carry what a question is about, whatever the articles say.
# They are dropped from the terms of a body (after phrases are found, so
# "go ahead" and "went wrong" survive), not from its words.
FILLER = frozenset(
    """
    exactly actually really basically just still ever even anything something everything thing things
    stuff someone somebody anyone anybody guy guys bloke happen happened happens happening come came
    get got getting go went gone going mean means think thought like lot lots kind sort
    article articles story says say said told tell
    completely totally entirely fully definitely certainly absolutely officially finally currently
    meant supposed anyway nevertheless regardless behind want wants wanted wanting gonna wanna gotta
    """.split()
)
# Words a reader uses for "say", kept out of a WHO_SAID body; livelier verbs
# ("announced", "confirmed") stay in it, since reported speech records them.
_SAY = frozenset("said say says told tell stated state claimed claims thinks think believes believe reckons".split())

_TYPO_REACH = 2  # how many leading words may be typos of question words
_QUESTION_WORDS = ("what", "who", "why", "when", "where", "which", "how", "whose")
_AUX = frozenset("is was are were am did does do has have had will would can could should shall may might must".split())
# Canonical spellings of the words the patterns below look for, for fixing
# a typo in them ("sayd", "happend", "wat").
_FORM_WORDS = {
    **{w: w for w in _QUESTION_WORDS},
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

_WHO_SAID = re.compile(
    r"^(?:who|which(?: \w+){1,3}?) (?:(?:was|is|has|had|have) )?(?:also )?"
    r"(?P<verb>said|say|says|told|stated|announced|confirmed|claimed|called|described|commented|remarked|insisted|"
    r"declared|admitted|thinks|think|believes|believe|reckons|welcomed|quoted(?: as saying)?|used the words|put it|"
    r"made the (?:comment|remark|statement)|spoke of|talked about|mentioned)\b(?: that)?(?P<rest>.*)$"
)
_WHOSE_WORDS = re.compile(r"^whose (?:words|quote|comment|statement) (?:is|was|were|are)(?P<rest>.*)$")
_SAY_VERBS = (
    r"say|said|tell|told|think|thinks|comment|claim|announce|confirm|state|reply|respond|have to say|"
    r"got to say|mention|talk about"
)
_WHAT_SAID = re.compile(
    r"^what (?:did|does|has|had|do|have|else did|was it that) (?P<speaker>.+?) (?:" + _SAY_VERBS + r")"
    r"(?: (?:about|on|regarding|concerning|of|re|to|over|with|after|following|since|once|when) (?P<about>.+?))?$"
)
_WHAT_SAID_BY = re.compile(
    r"^what (?:was|is|has been|were) (?:said|stated|announced) by (?P<speaker>.+?)"
    r"(?: (?:about|on|regarding|concerning) (?P<about>.+?))?$"
)
_WORDS_OF = re.compile(
    r"^(?:what (?:were|are|was|is) )?(?:the )?(?P<speaker>.+?)(?: s)? "
    r"(?P<noun>words|comments?|quotes?|statements?|remarks?|views?)"
    r"(?: (?:about|on|regarding|concerning) (?P<about>.+?))?$"
)
_REACTION_HOW = re.compile(
    r"^how (?:did|does|do|has|have|is|was|were|are) (?P<speaker>.+?) "
    r"(?:react|reacted|reacting|respond|responded|responding|feel|feeling|felt|reply|replied|"
    r"take it|take the news|(?P<take>take|took|taken|taking))"
    r"(?: (?:to|about|over|on) (?P<about>.+?)| (?P<object>.+?))?$"
)
_REACTION_WHAT = re.compile(
    r"^what (?:was|is|were|are) (?:(?P<speaker>.+?) s |the )?(?:reaction|response|reactions|responses)"
    r"(?: (?:of|from) (?P<speaker2>.+?))?(?: (?:to|on|about) (?P<about>.+?))?$"
)
_WHY = re.compile(
    r"^(?:why|how come|for what reason|what (?:was|is|were|are|s) the reasons?(?: for| behind| why)?|"
    r"what (?:made|led|caused|prompted|drove)|what s behind|what is behind|reasons? (?:for|why|behind)|"
    r"explain why|on what grounds)\b(?P<rest>.*)$"
)
_WHEN = re.compile(
    r"^(?:when|by when|since when|until when|how soon|how long ago|(?:what|which) (?:date|day|time|year|month)|"
    r"what (?:was|is|s) the (?:date|day|time|year|month)(?: of| when| that)?)\b(?P<rest>.*)$"
)
_HOW_MANY = re.compile(r"^how (?:many|much|long|big|large|old|often|far)\b(?P<rest>.*)$")
_SERVICES = re.compile(
    r"^(?:which|what) (?:kinds? of |sorts? of |types? of |other )?(?:back office )?"
    r"(?:services?|functions?|departments?|jobs|roles|tasks|operations|parts of)\b(?P<rest>.*)$"
)
_SERVICES_DONE = re.compile(
    r"^what (?:would|was|were) (?P<rest>.+?) (?:have )?(?:been )?(?:going to )?(?:be )?"
    r"(?:run|running|provide|provided|providing|take over|taken over|taking over|handle|handled|"
    r"operate|operated|outsourced|privatised|privatized|handed over)\b(?P<tail>.*)$"
)
_STATUS = re.compile(
    r"^(?:what (?:has |have |had )?happened|what (?:is|was) happening|what (?:is|was) going on|"
    r"what (?:is|was) the (?:latest|status|outcome|result|upshot|position)|what became|whatever happened|"
    r"what (?:is|was) the deal with|what (?:is|was) the story(?: with)?|what was decided|"
    r"any (?:news|update)|latest|status|update|outcome)\b(?P<rest>.*)$"
)
# Questions about the articles themselves: who published one, its title, its date.
_SOURCE_BY = re.compile(
    r"^(?:who|which (?:\w+ )?(?:outlet|paper|newspaper|publisher|website|site|broadcaster|organisation)) "
    r"(?:(?:has|had|was|is|did) )?(?:published|publishes|publish|wrote|writes|write|written|printed|ran|"
    r"broadcast|put out|carried|authored)\b(?P<rest>.*)$"
)
_SOURCE_ATTR = re.compile(
    r"^(?:what|which|who) (?:is|was|are|were) (?:the )?(?P<attr>sources?|publishers?|titles?|headlines?|authors?|"
    r"writers?|date|publication date)\b(?P<rest>.*)$"
)
_SOURCE_WHICH = re.compile(
    r"^(?:which|what) (?:articles?|stories|story|sources?|papers?|newspapers?|outlets?|publications?|websites?)\b"
    r"(?P<rest>.*)$"
)
_SOURCE_FROM = re.compile(
    r"^where (?:is|was|does|did|do|are|were) (?:this|that|all this|these|the|your)"
    r"(?: (?:article|story|info|information|news|facts?|answers?|stuff))? (?:come |coming |came )?from$"
)
_SOURCE_WHEN = re.compile(
    r"^when (?:was|were|is) (?P<which>(?:the |this |that )?(?:\w+ ){0,2}?)(?:articles?|story|stories|piece) "
    r"(?:published|written|printed|out|from|dated)\b(?P<rest>.*)$"
)
# Words that make "the date" or "the title" that of an article, not of a deal.
_ARTICLE_NOUNS = re.compile(r"\b(?:articles?|story|stories|piece|sources?)\b")
_IT = frozenset({"", "it", "this", "that", "these", "them"})
# What a question about the articles asks of them.
_SOURCE_ATTRS = {
    "source": "source",
    "publisher": "publisher",
    "title": "title",
    "headline": "title",
    "author": "author",
    "writer": "author",
    "date": "date",
    "publication date": "date",
}
_SOURCE_VERBS = {"wrote": "author", "writes": "author", "write": "author", "written": "author", "authored": "author"}
# How somebody or something figures in a story: not a place, not a name.
_ROLE = re.compile(
    r"^(?:where (?:does|do|did|is|was) (?P<a>.+?) (?:come|comes|came|fit|fits|figure|figures|feature|features)"
    r"(?: in| into| in to)?"
    r"|what (?:role|part) (?:does|do|did|has|had|is|was) (?P<b>.+?) (?:play|played|playing|have|had)(?: in)?"
    r"|how (?:is|was|are|were) (?P<c>.+?) (?:involved|connected|linked|related)(?: in| with| to)?"
    r"|what (?:does|do|did|has|have) (?P<d>.+?) (?:have|has|got) to do with)\b(?P<rest>.*)$"
)
# A request for a name, which only a named person or thing can answer.
_NAME = re.compile(
    r"^(?:what (?:is|was) (?:the )?(?:full )?names? of (?P<a>.+)"
    r"|what (?:is|was) (?P<b>.+?) s (?:full )?name"
    r"|what (?:is|was) (?P<c>.+?) called"
    r"|who (?:is|was) (?P<d>.+?) by name"
    r"|(?:is|was|are|were) (?P<e>.+?) (?:named|identified))$"
)
# "what/which <slot> <verb> ...": the kind of thing the answer must be.
_SLOT = re.compile(
    r"^(?:what|which) (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|could|can|should|s)\b)"
    r"(?P<slot>(?:\w+ ){0,2}?\w+) (?:is|was|are|were|did|does|do|has|have|had|will|would|could|can|should|might|"
    r"may)\b"
)
_NEXT_CUES = re.compile(
    r"\b(?:what next|what now|now what|next steps?|what happens next|what will happen next|next|instead|"
    r"going forward|from now on|plans?|planning|plan to)\b"
)
# A yes/no question with these words asks whether a deal is still on.
_STATUS_CUES = re.compile(
    r"\b(?:(?:still )?(?:go|going|went) ahead|still on|still going|still happening|still alive|going through|"
    r"proceeding|proceed|off|dead|over|happening)\b"
)
# Topic words in a question of no particular form ("G4S response", "herts reasons").
_TOPIC_CUES: tuple[tuple[Form, re.Pattern[str]], ...] = (
    (Form.REACTION, re.compile(r"\b(?:react|reacted|reaction|reactions|response|responses|respond|responded)\b")),
    (Form.WHY, re.compile(r"\b(?:reason|reasons|because|cause|causes|caused)\b")),
    (Form.SERVICES, re.compile(r"\b(?:services|functions|departments)\b")),
    (Form.STATUS, re.compile(r"\b(?:status|outcome|latest|update)\b")),
    (Form.WHEN, re.compile(r"\b(?:when|date)\b")),
)
_NEXT_FRAME = re.compile(r"^what (?:will|would|are|is|do|does|did|can|could) (?P<rest>.+?) (?:do|doing|going to do)$")
_LEADING_PREPOSITION = re.compile(r"^(?:with|to|on|about|of|in|at|over|for|behind|regarding|concerning)\b\s*")


def parse(text: str, known: Callable[[str], bool] = lambda _: False) -> Question:
    """Read a question's form and body. `known` says which words the fact base
    uses, so that only unknown words are taken for typos of question words."""
    words = _fix_typos(_expand(normalise(text)), known)
    line = _TRAIL.sub("", _LEAD.sub("", words)).strip() or words
    line = " ".join(w for w in line.split() if w not in _HEDGES) or line
    contrast = _CONTRAST.search(line)
    line = _CONTRAST.sub("", line) or line
    question = _classify(line)
    if contrast and question.form is Form.NEXT and "instead" not in question.cues.split():
        # What they do instead is still asked: "instead" stays a cue, as in "doing instead?".
        question = replace(question, cues=f"{question.cues} instead".strip())
    if question.form is Form.WHAT and not question.role and (m := _SLOT.match(line)):
        question = replace(question, slot=m["slot"])
    return question


def _expand(line: str) -> str:
    for short, full in _CONTRACTIONS.items():
        line = re.sub(rf"\b{short}\b", full, line)
    for word in _IS_AFTER:
        line = re.sub(rf"\b{word} s\b", f"{word} is", line)
    return line


def _fix_typos(line: str, known: Callable[[str], bool]) -> str:
    """Question and form words one edit from a typo: "wat did" -> "what did".

    Only the first two words are tried, where question words stand ("who
    sayd", "wat did"): further in, "paid" is not a typo of "said".
    """
    words = line.split()
    return " ".join([*_fix_words(words[:_TYPO_REACH], known), *words[_TYPO_REACH:]])


def _fix_words(words: list[str], known: Callable[[str], bool]) -> list[str]:
    out = []
    for word in words:
        if word in _FORM_WORDS or word in STOPWORDS or known(word) or len(word) < 3 or not word.isalpha():
            out.append(word)
            continue
        close = {canon for form, canon in _FORM_WORDS.items() if OSA.distance(word, form) <= 1}
        if len({stem(c) for c in close}) == 1:
            # One word, whatever its ending: "happend" is one edit from
            # "happened" and "happen", "sayd" from "said" and "says".
            out.append(max(close, key=len) if not close & {"said", "say", "says"} else "said")
        else:
            out.append(word)
    return out


def _body(text: str | None) -> str:
    """What is left once framing words are out: prepositions and auxiliaries
    at the start ("why did herts drop g4s" -> "herts drop g4s")."""
    words = _LEADING_PREPOSITION.sub("", (text or "").strip()).split()
    while len(words) > 1 and words[0] in _AUX:
        words = words[1:]
    return " ".join(words)


def _classify(line: str) -> Question:
    first = line.split(" ", 1)[0] if line else ""

    source = _source(line)
    if source is not None:
        return source
    if m := _ROLE.match(line):
        subject = next(g for g in (m["a"], m["b"], m["c"], m["d"]) if g is not None)
        return Question(line, Form.WHAT, _body(f"{subject} {_body(m['rest'])}"), role=_body(subject))
    if m := _NAME.match(line):
        named = next(g for g in (m["a"], m["b"], m["c"], m["d"], m["e"]) if g is not None)
        return Question(line, Form.WHO_IS, _body(named), asks_name=True)

    if m := _WHO_SAID.match(line):
        verb = m["verb"]
        rest = m["rest"] if verb in _SAY else f"{verb} {m['rest']}"
        return Question(line, Form.WHO_SAID, _body(rest))
    if m := _WHOSE_WORDS.match(line):
        return Question(line, Form.WHO_SAID, _body(m["rest"]))
    for pattern in (_WHAT_SAID, _WHAT_SAID_BY, _WORDS_OF):
        if (m := pattern.match(line)) and m["speaker"].split()[0] not in _QUESTION_WORDS:
            speaker, about = _body(m["speaker"]), _body(m["about"])
            # The noun stays in the body: if no speaker is found, the words
            # are searched as they are ("the joint statement").
            noun = m["noun"] if "noun" in pattern.groupindex else ""
            return Question(line, Form.WHAT_SAID, " ".join(filter(None, (speaker, noun, about))), speaker, about)
    if (m := _REACTION_HOW.match(line)) and (m["object"] is None or m["take"]):
        # "how did g4s take losing the deal": what was taken is what they reacted to.
        speaker, about = _body(m["speaker"]), _body(m["about"] or m["object"])
        return Question(line, Form.REACTION, f"{speaker} {about}".strip(), speaker, about)
    if m := _REACTION_WHAT.match(line):
        speaker, about = _body(m["speaker"] or m["speaker2"]), _body(m["about"])
        return Question(line, Form.REACTION, f"{speaker} {about}".strip(), speaker, about)
    if m := _WHY.match(line):
        return Question(line, Form.WHY, _body(m["rest"]))
    if m := _WHEN.match(line):
        return Question(line, Form.WHEN, _body(m["rest"]))
    if m := _HOW_MANY.match(line):
        return Question(line, Form.HOW_MANY, _body(m["rest"]))
    if m := _SERVICES.match(line):
        return Question(line, Form.SERVICES, _body(m["rest"]))
    if m := _STATUS.match(line):
        return Question(line, Form.STATUS, _body(m["rest"]))
    if first in ("what", "which", "how") and (m := _NEXT_FRAME.match(line) or _NEXT_CUES.search(line)):
        rest = m["rest"] if m.re is _NEXT_FRAME else _NEXT_CUES.sub(" ", line)
        cues = " ".join(c.group(0) for c in _NEXT_CUES.finditer(line))
        return Question(line, Form.NEXT, _body(_drop_question_word(rest)), cues=cues)
    if m := _SERVICES_DONE.match(line):
        return Question(line, Form.SERVICES, _body(f"{m['rest']} {m['tail']}"))
    if first in ("who", "what") and (m := re.match(r"^(?:who|what) (?:is|was|are|were) (?P<rest>.+)$", line)):
        return Question(line, Form.WHO_IS if first == "who" else Form.WHAT_IS, _body(m["rest"]))
    if "why" in line.split():
        return Question(line, Form.WHY, _body(re.sub(r"\bwhy\b", " ", line)))
    if first == "who":
        return Question(line, Form.WHO, _body(line[len(first) :]))
    if first == "where":
        return Question(line, Form.WHERE, _body(line[len(first) :]))
    if first in _AUX:
        rest = line[len(first) :]
        if cues := " ".join(c.group(0) for c in _STATUS_CUES.finditer(rest)):
            return Question(line, Form.YES_NO, _body(_STATUS_CUES.sub(" ", rest)), cues=cues, topic_hint="status")
        return Question(line, Form.YES_NO, _body(rest))
    rest = line[len(first) :] if first in _QUESTION_WORDS else line
    for form, cue in _TOPIC_CUES:
        if cue.search(rest):
            return Question(line, form, _body(cue.sub(" ", rest)))
    return Question(line, Form.WHAT if first in _QUESTION_WORDS else Form.KEYWORDS, _body(rest))


def _source(line: str) -> Question | None:
    """A question about the articles themselves; `slot` says what of them."""
    m = _SOURCE_BY.match(line)
    # "which paper ran ..." is about the articles; "who ran the control
    # rooms?" is not, unless what was run is an article ("who ran the story?").
    if m and (not line.startswith("who ") or _ARTICLE_NOUNS.search(m["rest"]) or m["rest"].strip() in _IT):
        verb = next((v for v in _SOURCE_VERBS if re.search(rf"\b{v}\b", line)), "")
        return Question(line, Form.SOURCE, _body(m["rest"]), slot=_SOURCE_VERBS.get(verb, "publisher"))
    if m := _SOURCE_ATTR.match(line):
        attr = m["attr"].rstrip("s") if m["attr"] not in ("publication date",) else m["attr"]
        slot = _SOURCE_ATTRS.get(attr, "source")
        # "the date of the decision" is a deal's; "the date of the article" the article's.
        if slot not in ("date", "title") or not m["rest"].strip() or _ARTICLE_NOUNS.search(m["rest"]):
            return Question(line, Form.SOURCE, _body(m["rest"]), slot=slot)
    if m := _SOURCE_WHICH.match(line):
        return Question(line, Form.SOURCE, _body(m["rest"]), slot="source")
    if _SOURCE_FROM.match(line):
        return Question(line, Form.SOURCE, "", slot="source")
    if m := _SOURCE_WHEN.match(line):
        return Question(line, Form.SOURCE, _body(f"{m['which']} {m['rest']}"), slot="date")
    return None


def plain_yes_no(question: Question) -> Question:
    """A yes/no question read without its status cues: "is he still going
    ahead with privatisation?" asks about privatisation, not a deal's status."""
    rest = question.text.split(" ", 1)[1] if " " in question.text else ""
    return Question(question.text, Form.YES_NO, _body(rest))


def _drop_question_word(text: str) -> str:
    words = text.split()
    return " ".join(words[1:] if words and words[0] in _QUESTION_WORDS else words)
