"""`ask <question>`: a free-form question answered from the fact base.

How a message is answered:

1. The question is found in the message (message.py): chat shorthand,
   emoji and hedges decide nothing; a long message is read for the
   question in it; "X, right?" is a statement put for checking.
2. Its form is read (forms/): who said, who is, why, when, what next,
   yes/no, confirm-or-correct, which parties, compare, count, summary...
   Each form is one entry of a registry, holding its patterns, the records
   that may answer it, how they are ranked and how the answer is shown.
3. Roles, parties, places, counts and summaries come from the fact graph
   (graph.py); everything else from the records that best cover what is
   asked (pipeline.py, ranking.py), above a bar, giving the kind of thing
   asked (slots.py). Otherwise the answer is "the articles don't say",
   with what the bot does know: a wrong confident answer is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask import support
from commands.ask.compose import combine, first_story_name
from commands.ask.forms import answer, blank, choice, parse, said
from commands.ask.forms.quoted import quoted_in
from commands.ask.message import POINTING, has_verb, read_message, reported
from commands.ask.pipeline import Ask
from commands.ask.question import AUX, QUESTION_WORDS, Form, Question, prepare
from commands.ask.reading import mentions_in, name_first
from commands.ask.slots import OFFICES
from commands.ask.spoken import written
from knowledge import FactBase
from knowledge.analysis import DISCOURSE, STOPWORDS, is_filler, stem, time_phrase, words
from knowledge.question_index import Mention, QuestionIndex

__all__ = ["run"]

# Forms whose words frame a request of their own, even put as a statement
# with a question mark ("Lloyd's comments on the evidence?", "the herts story in one line?").
# WHEN: "latest step in the em story" reads as a statement, but asks for the step.
_FRAMED = frozenset(
    {
        *(Form.SUMMARY, Form.COMPARE, Form.QUOTED, Form.SOURCE, Form.WHO_SAID, Form.WHAT_SAID, Form.WHO_IS),
        *(Form.WHAT_IS, Form.WHEN, Form.WORDING, Form.STANCE),
    }
)


def run(fb: FactBase, query: str) -> Answer:
    """Answer a message: the question (or questions, or claim) in it."""
    qi = fb.questions
    typed, query = query, written(qi, query)  # a message dictated by voice, as it was meant (spoken.py)
    ask = Ask(fb, qi, query, typed)
    filled = blank.fill(ask)  # "decision once the evidence was ___": words to fill, never a claim
    if filled is not None:
        return filled
    # "who said it: (a) G4S (b) Unison": the question without its options, answered, then the options judged.
    chosen = choice.choose(ask, lambda stem: _message(Ask(fb, qi, stem)))
    if chosen is not None:
        return chosen
    return _message(ask)


def _message(ask: Ask) -> Answer:
    """Answer a message read for its question (or questions, or claim)."""
    qi, query = ask.qi, ask.query
    message = read_message(query)
    # "According to the commissioners, what's the alliance for?": whose words
    # answer is said in the sentence's other clause.
    if message.whole and said.ACCORDING.match(prepare(message.whole, qi.knows_word)[0]):
        message = replace(message, questions=(message.whole,), contexts=("",), whole="")
    if (
        message.whole
        and parse(_asking_sentence(message.whole, message.questions[0]), qi.knows_word).form in _CUED
        and not (len(message.questions) == 1 and parse(message.questions[0], qi.knows_word).form in _CUED)
    ):
        # "in one line, what happened in the east mids?": the sentence's own
        # words ask for a summary, not the clause alone.
        message = read_message(message.whole.replace(",", " ").replace(":", " "))
    if message.claim and len(message.questions) == 1 and not _naming(qi, message.questions):
        # A claim put for checking that names nothing ("I'm putting that in
        # the briefing. Fair summary?") stands for the one before that does.
        nearest = _naming(qi, message.earlier)
        if nearest:
            message = replace(message, questions=(reported(nearest),), contexts=("",))
    if (
        message.contexts
        and message.contexts[0]
        and len(message.earlier) > 1
        and (_points_back(asked := words(message.questions[0])) or any(w in _SINGULAR for w in asked))
        and not mentions_in(qi, asked)
    ):
        # A question pointing back at what was said or at somebody ("is that
        # what he said?", "what did they say about that?") after a sentence that names
        # nothing ("Our convenor's put that in the draft.") points past that
        # aside, at the nearest sentence before it that names something.
        # "he", "she" stand for a person: the nearest sentence naming one.
        person = any(w in _SINGULAR for w in asked)
        nearest = _naming(qi, message.earlier, person=person)
        if nearest and nearest != message.contexts[0] and not _naming(qi, (message.contexts[0],)):
            message = replace(message, contexts=(nearest, *message.contexts[1:]), own_context=False)
    if len(message.questions) == 1 and message.contexts and message.contexts[0]:
        put = _PUT_IN_MOUTH.match(prepare(message.questions[0], qi.knows_word)[0])
        if put:
            # "herts ditched g4s cos of bad press, is that what Lloyd said?":
            # the sentence before, put in their mouth for checking.
            # A pronoun ("is that what he said?") stands for whoever the sentence names.
            context = reported(message.contexts[0])
            claim = context if put["who"] in POINTING else f"{put['who']} said {context}"
            line, _ = prepare(claim, qi.knows_word)
            put_claim = Question(line, Form.CONFIRM, line)
            return support.check(ask, put_claim, answer(ask, put_claim))
    parts = [
        _in_context(qi, part, context, checked=message.claim, own=not i and message.own_context)
        for i, (part, context) in enumerate(zip(message.questions, message.contexts, strict=False))
    ]
    quoted = quoted_in(ask)
    if quoted is not None:
        # "It say 'a full alliance, which was not a merger, could be in place by'
        # some year ... which year is written there?": the words quoted from
        # the article are what a question naming nothing is about.
        parts = [
            p if mentions_in(qi, words(p)) or quoted[1] in " ".join(words(p)) else f"{p} {quoted[1]}" for p in parts
        ]
    parts = [name_first(qi, part) for part in parts]
    questions = [parse(part, qi.knows_word) for part in parts]
    follow_up = [i for i, part in enumerate(message.questions) if i and _NAME_ONLY.match(prepare(part)[0])]
    if follow_up and any(q.form is Form.WHO_IS for q in questions):
        # "Who was the Northants spokesman? Do we get a name?": the name is
        # what is asked of whom the question before describes.
        questions = [
            replace(q, asks_name=True) if q.form is Form.WHO_IS else q
            for i, q in enumerate(questions)
            if i not in follow_up
        ]
    # A statement put for checking, unless its words frame a request of
    # their own ("the herts story in one line?").
    checked = message.claim and (message.tagged or questions[0].form not in _FRAMED)
    if checked or (message.statement and questions[0].form is Form.KEYWORDS):
        line, _ = prepare(parts[0], qi.knows_word)
        claimed = Question(line, Form.CONFIRM, line)
        return support.check(ask, claimed, answer(ask, claimed))  # a claim's answer holds what it asks, as any's
    # A part naming a story of its own may be answered from it.
    named = [bool(ask.read(q.body).anchor) for q in questions] if len(questions) > 1 else None
    # Each answer must hold what its question asks for (support.py).
    answers: list[Answer] = []
    for i, question in enumerate(questions):
        if answers and named is not None and not named[i]:
            name = first_story_name(ask, answers[0], parts[i])
            if name:  # read in the first part's story
                question = parse(f"{parts[i]} {name}", qi.knows_word)  # noqa: PLW2901
        answers.append(support.check(ask, question, answer(ask, question)))
    return combine(ask, answers, named)


def _asking_sentence(whole: str, question: str) -> str:
    """The sentence of a message that holds its question: a summary asked for
    in the asker's own story before it ("my editor wants one line on it. ...
    when is the meeting?") is not what the question asks."""
    at = whole.find(question)
    if at < 0:
        return whole
    return whole[max(whole.rfind(end, 0, at) for end in ".!?") + 1 :]


def _naming(qi: QuestionIndex, sentences: tuple[str, ...], *, person: bool = False) -> str:
    """The last of some sentences that names something in the fact base
    (with `person`, somebody: a person, or a place with its office)."""
    for sentence in reversed(sentences):
        found = words(sentence)
        named = mentions_in(qi, found)
        if named and not person:
            return sentence
        if any(_is_person(qi, found, m) for m in named):
            return sentence
    return ""


def _is_person(qi: QuestionIndex, found: list[str], mention: Mention) -> bool:
    """Whether a name is somebody's, or a place with its office after it ("the herts commissioner")."""
    office = len(_with_office(found, mention)) > mention.end - mention.start
    return office or any(t in qi.role_terms for t in mention.targets)


def _telling(qi: QuestionIndex, found: list[str], named: list[Mention]) -> list[str]:
    """The words of a sentence before a question that can tell what it is
    about, when that sentence names what: its names, and words the fact base
    uses (or a synonym, a phrase or a typo of one). The rest of it ("my mum
    heard at work that...") is the asker's own story: no part of the
    question, and words no article uses must never sink it."""
    content = qi.content
    inside = {i for m in named for i in range(m.start, m.end)}
    # A word of a phrase the articles use counts only inside that phrase:
    # "left" of "left the door open" is no word of theirs in "left right and centre".
    phrased = {
        part
        for term in content.query_terms(" ".join(found))
        if " " in term and content.widen(term)
        for part in term.split()
    }
    return [
        w
        for i, w in enumerate(found)
        if w not in POINTING
        and w not in DISCOURSE
        and (
            i in inside
            or w in STOPWORDS
            or is_filler(stem(w))  # weighs nothing, and may frame ("both stories")
            or stem(w) in phrased
            or bool(content.widen(stem(w)))
            or not w.isalpha()
        )
    ]


# "..., is that what Lloyd said?": the sentence before put in somebody's mouth.
_PUT_IN_MOUTH = re.compile(
    r"^(?:is|was) (?:that|this|it) (?:what|something|how) (?P<who>(?:\w+ ){0,3}?\w+) "
    r"(?:said|says|say|claimed|claims|told \w+|put it|meant)$"
)
# A part that only asks for the name of whom the part before asks about.
_NAME_ONLY = re.compile(
    r"^(?:and |so |but )?(?:(?:what is|what s|whats) (?:his|her|their|its|the) (?:full |actual )?names?"
    r"|(?:do|did|does) (?:we|you|they|it|the articles?|the story) (?:get|have|know|give|say|say the) "
    r"(?:a |his |her |their |the |any )?names?"
    r"|(?:a |the |full )?names?(?: (?:please|pls|plz|anyone))?|(?:is|was|are|were) (?:he|she|they|it) (?:ever )?named"
    r"|any names?|(?:got|get) a name)$"
)
# Forms asked by cue words wherever they stand in a sentence.
_CUED = frozenset({Form.SUMMARY, Form.COMPARE, Form.PARTIES})
# Words that stand for somebody named before them, and their possessives.
_PERSONAL = frozenset("he she they him her them it".split())
_POSSESSIVE = frozenset("his their its".split())
_SINGULAR = frozenset("he she him her his".split())
# Words that stand for what the sentence before said ("why did he say this?").
_DEMONSTRATIVE = frozenset("this that".split())
# Words that stand for something named before them.
# Words between a place and its office ("Northants police and crime commissioner").
_BETWEEN_OFFICE = frozenset("s police force crime and".split())
# A sentence before a question that only offers its choices.
_CHOICES = re.compile(r"^\W*(?:out of|between|of|from|among|choosing between)\s", re.IGNORECASE)
_DATE_WORDS = 3  # a sentence this short that gives a time is the time a question is about
_DEMONSTRATIVES = frozenset("this that these those".split())
_LONG_CONTEXT = 12  # words (not stopwords): a sentence before a question this long only lends it its names
_DESCRIPTION_WORDS = 8  # a sentence this short before a question may describe whom its pronoun means


def _with_office(found: list[str], mention: Mention) -> list[str]:
    """A name's words, with the office after it if any ("northants police and crime commissioner")."""
    end = mention.end
    while end < len(found) and (found[end] in _BETWEEN_OFFICE or stem(found[end]) in OFFICES):
        end += 1
    while end > mention.end and stem(found[end - 1]) not in OFFICES:
        end -= 1
    return found[mention.start : end]


def _points_back(asked: list[str]) -> bool:
    """Whether a question has a demonstrative standing for something said
    ("why did he say this?", "either of those"), not one before a noun ("that meeting")."""
    return any(w in _DEMONSTRATIVES and (i + 1 == len(asked) or asked[i + 1] in STOPWORDS) for i, w in enumerate(asked))


def _in_context(qi: QuestionIndex, part: str, context: str, *, checked: bool = False, own: bool = False) -> str:
    """A question that names nothing, read with the sentence before it
    ("g4s got binned by herts?? what was the excuse"): that sentence says
    what it is about. A question naming something of its own stands alone.

    A pronoun stands for the one name before it ("sir clive loader 🧐 what
    did he say"), or for a short sentence that describes somebody without
    naming them ("Unison branch sec in Leics - whats his name?") or lists
    them ("Leics, Notts and Northants - what are they forming?"); "this"
    after it stands for what that sentence said ("Lloyd say the contract is
    not good. Why he say this?")."""
    if not context:
        return part
    asked = words(part)
    if asked and asked[0] in ("which", "who") and _CHOICES.match(context):
        # "Out of Lloyd and Loader, which commissioner...": the names offered
        # are choices, of which the answer is one, never all at once.
        return part
    named_here = mentions_in(qi, asked)
    pronoun = next((i for i, w in enumerate(asked) if w in _PERSONAL or w in _POSSESSIVE), None)
    if pronoun == 1 and asked[1] == "it" and asked[0] in AUX and ("who" in asked or "that" in asked):
        pronoun = None  # "was it the commissioner or the chiefs who...": a cleft's "it" stands for nothing
    if named_here and (pronoun is None or named_here[0].start < pronoun):
        # A name before the pronoun is what it stands for; a pronoun
        # before any name ("what was their take on Herts ...") looks back.
        return part
    found = words(context)
    named = mentions_in(qi, found)
    # A time put before a question ("3 November - what was announced?")
    # places it as a name does; one inside the asker's own story does not.
    dated = bool(time_phrase(context)) and len([w for w in found if w not in STOPWORDS]) <= _DATE_WORDS
    if not named and not dated and any(w not in STOPWORDS and w not in QUESTION_WORDS for w in asked):
        # "the security company, what's it called?": a pronoun stands for a
        # short description before it, naming nothing, with no verb of its own.
        described = [w for w in found if w not in STOPWORDS and w not in DISCOURSE]
        if pronoun is None or not described or len(described) > _DESCRIPTION_WORDS // 2 or has_verb(found):
            return part
        standing = [*found, "s"] if asked[pronoun] in _POSSESSIVE else found
        return " ".join([*asked[:pronoun], *standing, *asked[pronoun + 1 :]])
    # A claim put for checking is checked on all its words ("next month" is a
    # detail to correct); a sentence naming nothing is itself what is asked
    # about ("one story has a prison contract... which is which?").
    # So is one before a bare question word ("Was Lloyd elected or appointed,
    # and when?"): all it says is what is asked about.
    bare = not any(w not in STOPWORDS and w not in QUESTION_WORDS and w not in DISCOURSE for w in asked)
    # So is a yes/no pointing back at it ("... is that in the article?"): a
    # rumour checked on all its words, not only those the articles use.
    whole = checked or not named or bare or (asked[0] in AUX and _points_back(asked))
    said = [w for w in found if w not in POINTING and w not in DISCOURSE] if whole else _telling(qi, found, named)
    long_story = not own and len([w for w in found if w not in STOPWORDS]) > _LONG_CONTEXT
    if not whole and long_story and not _points_back(asked):
        # A long sentence before the question is the asker's own story ("someone
        # said he only dropped it because of bad press ..."): it lends the
        # question what it names, not what it says happened; unless the
        # question asks of what it says ("do the articles give either of those?").
        said = [w for m in named for w in _with_office(found, m)]
    if pronoun is None:
        return f"{part} {' '.join(said)}"
    if asked[pronoun] in _SINGULAR:
        # "Lloyd in Herts - is he still ...": he is the one person named.
        # A place with its office after it ("the herts commissioner") is a person too.
        people = [
            m
            for m in named
            if any(t in qi.role_terms for t in m.targets) or len(_with_office(found, m)) > m.end - m.start
        ]
        named = people if len(people) == 1 else named
    if len(named) == 1:
        # A name that only says whose office it is ("the Northants PCC"): the
        # pronoun stands for the holder of the office, not for the name.
        referent = _with_office(found, named[0])
    elif len([w for w in said if w not in STOPWORDS]) <= _DESCRIPTION_WORDS:
        referent = said
    else:
        return f"{part} {' '.join(said)}"
    standing = [*referent, "s"] if asked[pronoun] in _POSSESSIVE else referent
    out = [*asked[:pronoun], *standing, *asked[pronoun + 1 :]]
    if referent is not said and any(w in _DEMONSTRATIVE for w in out[pronoun + len(standing) :]):
        out += said
    return " ".join(out)
