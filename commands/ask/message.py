"""Finding the question in a message as people type it.

A chat message is not a clean question. It may be long and ramble before
it asks ("my mum's neighbour works in a control room ... what was the G4S
study about and when was it announced?"); it may ask two things at once;
it may not ask at all but state something and ask for a check ("the herts
deal covered herts, essex and beds yeah?"). Emoji, "lol", "tbh" and such
are dropped later, with every other filler word (knowledge/analysis.py):
they never decide what is asked.

`read_message` gives the question or questions to answer, and whether the
message is a claim to confirm or correct. Pure text work: no fact base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commands.ask.question import AUX, QUESTION_WORDS
from commands.ask.slots import OFFICES
from knowledge.analysis import DISCOURSE, STOPWORDS, is_filler, stem, words
from knowledge.text import clean

SHORT = 200  # characters: a message this short asks one thing, in one sentence or two
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Chat and discourse words that may open a sentence before what it says.
_DISCOURSE = "|".join(sorted(map(re.escape, DISCOURSE), key=lambda w: (-len(w), w)))
# Chat, and sentence adverbs that hedge or frame what follows ("roughly when...").
_OPENERS = (
    r"(?:(?:" + _DISCOURSE + r"|and|but|also|then|now|please|pls|plz|just|roughly|approximately|precisely|exactly|"
    r"briefly|genuinely|by the way|out of interest|out of curiosity)[\s,]+)*"
)
# Tags that ask for a check of what was just said ("..., right?"), before a
# comma, a question mark or the end.
_TAG = re.compile(
    r"(?:(?:,\s*|\s+)(?:right|yeah|yea|yep|ya|innit|init|eh|or not|or nah|or what|or wot|or wat|"
    r"isn'?t (?:it|he|she|that)|aren'?t (?:they|we)|"
    # "Is that the right story?": whether what was said is.
    r"is (?:that|this|it) (?:the |a )?(?:right|correct|true|accurate|fair) "
    r"(?:story|version|account|reading|summary|line|picture|wording|spelling|name|way round)|"
    r"wasn'?t (?:it|he|she)|weren'?t they|didn'?t (?:they|he|she|it)|"
    r"don'?t they|doesn'?t (?:it|he|she)|is that (?:right|true|correct|so|it)|(?:or )?am i (?:right|wrong|mistaken)|"
    # A tail doubting the asker's own memory asks for a check as well.
    r"or am i (?:mixing (?:it|that|this|things|them) up|confused|misremembering|imagining (?:it|that|things)|"
    r"making (?:it|that|this) up|thinking of something else|getting (?:it|that|this) wrong)|"
    r"have i got that right|did i get that right|yeah or no|yes or no|true or false|true ?/ ?false|t ?/ ?f|"
    r"correct me if i'?m wrong|true|"
    # A request to check what was just said: "can you check?", "could you confirm that?".
    r"(?:can|could|would|will) (?:you|u|someone|anyone) (?:please )?(?:check|confirm|verify|double[- ]check)"
    r"(?: (?:that|this|it|for me|please))*|"
    # Two versions put, and which is so: "which of us is right?", "who's right?".
    r"(?:so )?(?:which|who)(?: of us| of them| one)?(?: is| s| was|'s|’s) (?:right|correct|wrong)|"
    r"correct|"
    # Asking whether it may be written so: "..., fair?", "Fair summary?",
    # "is that good to go?". Bare, only as a tag of its own after a comma:
    # "was the decision fair?" asks an opinion of the decision, no check.
    r"(?:(?:is that|is this|that s|that'?s)\s+|(?:(?<=,)|(?<=,\s))(?:a\s+)?)"
    r"(?:fair|accurate|fair enough|about right|spot on|good to go|ok to run|"
    r"safe to (?:print|run|say)|fair (?:summary|description|reading|to say)|accurate summary|right summary)|"
    r"correct me if i am wrong)|,\s*(?:yes|no|true|correct|ok|okay))\s*(?=[,?!.]|$)",
    re.IGNORECASE,
)
# A label before a colon that says what kind of message follows, not what
# it asks: "Subs desk:", "Quote check:", "Fact check:", "Quick one:".
_LABEL = re.compile(
    r"^(?:(?:the |our |a )?(?:quick |brief |final |last |one )?"  # "quick check -": how big, not what
    r"(?:subs?(?: desk)?|news ?desk|desk|quote check|fact ?check|sanity check|check|query|"
    r"question|quick (?:one|question|q)|q|background|context|update|correction|request|note|edit|editor|"
    r"for the record|urgent|help)\s*[:-]+\s+)",
    re.IGNORECASE,
)
# Asking whether somebody may be called something: "is it right to style
# Lloyd as 'Councillor'?", "can I refer to Loader as the Leics PCC?".
# Describing or labelling asks so only of an office ("describe Loader as
# the Notts commissioner"); "describe Loader as a critic" judges what
# somebody did, which what they are called does not answer.
_STYLED = re.compile(
    r"^(?:is it (?:right|correct|ok|okay|fair|accurate|wrong|safe) to|(?:can|could|should|may) (?:i|we|you)) "
    r"(?P<verb>style|call|describe|refer to|title|label|name|credit|introduce) (?P<thing>\S+(?: \S+){0,3}?) as "
    r"(?P<what>.+)$",
    re.IGNORECASE,
)
_JUDGING = frozenset({"describe", "label"})
# The asker's own doubt about what they put: "..., which sounded off to me".
_DOUBT = re.compile(
    r",?\s+(?:which|but that|and that|that)\s+(?:sounds?|sounded|seems?|seemed|looks?|looked|feels?|felt)\s+"
    r"(?:a bit |rather |quite |really |very )?(?:off|wrong|odd|weird|strange|fishy|dodgy|unlikely|suspicious|right|"
    r"off to me|wrong to me)(?: to me| to us)?(?=\W*$)",
    re.IGNORECASE,
)
# What the asker's own text says, put for checking: "copy says...", "our
# draft has the forces merging", "the intro reads...".
_DOCUMENTS = (
    r"(?:the |our |my |a |his |her |their |this |that )?"
    r"(?:(?!(?:which|what|who|whose|how|why|when|where|is|was|are|were|did|does|do)\b)\w+ ){0,2}?"
    r"(?:copy|draft|intro|story|headline|"
    r"caption|notes?|script|press release|newsletter|write ?-?up|briefing|report|reporter|colleague|sub|piece|line|"
    r"quote|standfirst|para|paragraph|sentence)(?: (?:in|on|of) (?:the |our |my |this |that )?\w+)?"
)
# "... has X as Y": X is Y, says the asker's text, where one is an office
# ("has Lloyd as the Leics PCC", "has the G4S spokesman as John Shore");
# "has Loader as a critic of G4S" judges what he did, which no office answers.
_CAST_AS = re.compile(
    r"^" + _DOCUMENTS + r" (?:has|had|have|names|named|gives|gave|lists|listed|calls|called) "
    r"(?P<thing>.+?)(?: down)? (?:as|being) (?P<what>.+)$",
    re.IGNORECASE,
)
# Openings that introduce a claim to check rather than a question: what the
# asker read or heard, or a request to confirm it.
_CLAIM_LEAD = re.compile(
    r"^" + _OPENERS + r"(?:i (?:read|heard|saw|think|thought|reckon|believe|was told|m pretty sure|am pretty sure)"
    r"(?: somewhere| online| that)*|someone (?:said|told me|says)|apparently|"
    r"(?:is it|it s|it'?s|it is|isn'?t it|is it not|would it be|wouldn'?t it be) "
    r"(?:true|right|correct|the case|accurate|fair|safe|wrong)(?: to (?:say|think|assume|claim))?(?: that)?|"
    r"(?:is there )?any (?:truth|sign|evidence|indication|suggestion|hint|word) (?:in|of|to)?(?: (?:the|this) "
    r"(?:claim|idea|story|rumou?r|report|suggestion))?(?: that)?|"
    r"is there (?:any |a |some )?(?:sign|evidence|indication|suggestion|hint)(?: that)?|"
    r"am i (?:right|correct|wrong)(?: in thinking| to think| to say| that| in saying)*|"
    r"(?:can|could|would) you (?:please )?(?:confirm|check|verify)(?: for me)?(?: that| whether| if)?|"
    r"(?:does|did|do) (?:the |this |that |either |each )?(?:articles?|story|stories|piece|report|bbc|text)"
    r" (?:say|said|state|claim|show|suggest|mention|confirm|report)(?: that| whether| if)?|"
    r"my (?:\w+ )?(?:mate|friend|mum|dad|husband|wife|partner|boss|colleague|brother|sister|son|daughter|gran|nan|"
    r"grandad|uncle|aunt|cousin|neighbour|editor|lecturer|teacher|tutor|flatmate|housemate|rep|convenor|chair|boyfriend|"
    r"girlfriend|other half|dad|mother|father) (?:said|says|reckons|insists|insisted|thinks|swears|told me|claims)|"
    r"(?:i|we) (?:said|say|told (?:him|her|them))|people are saying|they say|"
    # The asker's own text, or a check asked for: "copy says", "our draft has",
    # "checking that", "confirm:".
     + _DOCUMENTS + r" (?:says|said|reads|states|stated|claims|claimed|has|had|puts it)(?: that)?(?=\s)|"
    r"(?:just |quickly )?(?:checking|double[- ]checking|fact[- ]checking|confirming|verifying)(?: that| whether| if)?|"
    r"(?:please )?(?:confirm|verify)(?: for me)?(?=\s*:)|"
    # How the writer came to think it: "as I understand it, ...".
    r"as (?:i|we) (?:understand|read|see) it|as far as (?:i|we) (?:know|can tell)|"
    r"from what (?:i|we) (?:read|heard|understand|gather|can tell)|"
    r"if (?:i|we) (?:understand|read) (?:it )?(?:right|correctly)|"
    # A true/false marker put first ("T/F: ...", "true or false - ..."): a claim to judge.
    r"(?:is (?:this|that|it|the following) )?(?:true or false|true ?/ ?false|t ?/ ?f|t or f|fact or fiction|"
    r"fact or myth|myth or fact|true or not|real or fake)(?:\s*[-–?:]+\s*(?=\w))?)"
    r"\b[\s,:]*",
    re.IGNORECASE,
)
# "The forces in Herts, they stop the deal?": a subject put first and taken
# up again by a pronoun is the subject of what follows.
_RESUMED = re.compile(
    r"^(?P<subject>(?!(?:what|who|why|when|where|which|how|so|and|but|well|ok|okay|yes|no|right)\b)[^,?!.]{3,60}),\s*"
    r"(?:they|he|she|it)\s+(?=\w)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:difference|differences|similarity|similarities|compare|contrast)\b.* between\b", re.I)
# The "and" of the pair "between X and Y": the first after "between", with no comma before it.
_PAIR_AND = re.compile(r"(?<!,)\s+and\s+", re.I)
# Where two questions are joined into one sentence ("X, and when is Y?").
# "who was for the deal and who was against it": the two sides asked as one question (forms/stance.py).
_TWO_SIDES = re.compile(
    r"^\W*who\b.*\b(?:for|backed|supported|welcomed|defended|praised)\b.*\band who\b.*"
    r"\b(?:against|opposed|criticised|criticized|objected)\b",
    re.IGNORECASE,
)
_JOIN = re.compile(
    r",?\s+(?:and|but)\s+(?:if so,?\s+)?(?=(?:when|why|what|who|how|where|which)\b)"
    # "Is G4S the company in both, and did it lose out in both?": after a comma, a second yes/no.
    r"|,\s*(?:and|but)\s+(?:if so,?\s+)?(?=(?:did|does|do|is|was|were|are|has|have|will|would|could|can)\s)"
    # "Who is Sir Clive Loader - what's his job?": a dash, then a question of its own.
    r"|\s+[-–—]+\s+(?=(?:when|why|what|who|how|where|which)(?:\b|'))"
    r"(?!(?:who|whose words) (?:said|says|say|was|is|s|are|were) (?:that|this|it|those|these)\b)",
    re.IGNORECASE,
)
# A sentence that asks: it opens (after chatter) with a question word, an
# auxiliary or a request.
_ASKS = re.compile(
    r"^"
    + _OPENERS
    + r"(?P<opener>"
    + "|".join((*QUESTION_WORDS, *sorted(AUX)))
    + r"|whos|whats|whens|wheres|hows|wot|wat|"
    r"tell me|explain|name|list|give me|sum up|summarise|summarize|tldr)\b",
    re.IGNORECASE,
)
# "was IT on the list?": a pronoun written in capitals, in a message not
# written in capitals, is the abbreviation, read as its one-word twin ICT
# (the vocabulary ties it to "information technology"; a list of services is
# matched word by word, where a two-word name finds nothing); opening a sentence ("IT was G4S
# that failed, wasn't it?") its capitals may be the sentence's own.
_ACRONYM_IT = re.compile(r"(?<=[\s\S])(?<![A-Z] )(?<![.!?] )(?<![.!?]\s\s)\bIT\b(?! [A-Z]{2,})")
# A line break where no mark ends the line ends a sentence all the same:
# chat puts each thought on a line of its own.
_LINE_END = re.compile(r"(?<=[^\s.!?,;:])[ \t]*(?:\r?\n\s*)+(?=\S)")
_VERB_ENDINGS = ("ed",)
_TRAILING = re.compile(r"[^\w?]+$")  # emoji and the like after the last word or mark
# A greeting opening a message as a sentence or clause of its own ("Morning
# all.", "Hello everyone -"): it says nothing the question is about.
_GREETING = re.compile(
    r"^\s*(?:good )?(?:morning|afternoon|evening|hi|hello|hey|hiya|howdy|greetings|yo)"
    r"(?: (?:all|everyone|everybody|folks|guys|team|there|people|both|mate|lads|bot|factbot))?\s*[.!,:;-]+\s+",
    re.IGNORECASE,
)
# A sentence opening a message that is only about the asking itself: an
# apology, how the asker rates the question, what it is for.
_ASIDE = re.compile(
    r"^\s*(?:(?:sorry|apologies|forgive me)\b[^.?!:]*|(?:this|it) (?:is|s|might be|may be|could be) (?:probably )?"
    r"(?:a |an )?(?:dumb|silly|stupid|daft|random|basic|naive|obvious|odd)\b[^.?!:]*|"
    r"(?:i m |i am )?asking (?:for|because|as)\b[^.?!:]*|not sure (?:if|whether) this is the right place\b[^.?!:]*)"
    r"[.!:;-]+\s+"
    # "Just wondering, ...", "curious -": how the asker comes to ask.
    r"|^\s*(?:just |only )?(?:wondering|curious|checking|asking)\s*[,.:;-]+\s+",
    re.IGNORECASE,
)
# Thanks and the like run on after a message's last words ("...right? thanks",
# "... - cheers mate"): how it is signed off, not what it asks. One put as a
# sentence of its own ("... no? Ta.") is read as a sentence already.
_SIGN_OFF = re.compile(
    r"(?:[\s,:;-]+(?:many thanks|thanks a lot|thanks in advance|thank you|thanks|cheers|ta|thx|ty|tia|pls|please)"
    r"(?: (?:mate|all|guys|everyone))?)+[^\w?]*$"
)
_FINITE = frozenset({*AUX, "s", "re", "said", "says", "reckons", "thinks"})


@dataclass(frozen=True, slots=True)
class Message:
    """What a message asks."""

    questions: tuple[str, ...]  # the question or questions in it, as typed
    claim: bool = False  # a statement put for checking, not a question...
    tagged: bool = False  # ...said so outright ("right?", "I read that"), not only by a question mark
    # Words put with a question mark that neither ask nor show a verb ("so
    # each force keeps its own identity?"): a claim unless they frame a
    # request of their own ("reason for the forces not outsourcing?").
    statement: bool = False
    # For each question, the sentence before it ("g4s got binned by herts??
    # what was the excuse"): what a question with no name of its own is about.
    contexts: tuple[str, ...] = ()
    # The whole sentence a question was read from inside of ("in one line,
    # what happened...?"): its words may frame the request.
    whole: str = ""
    # The first context opens the question's own sentence ("On the Herts side
    # the thing I can't pin down is the reason - what did he say?"): the
    # question's own words, not the asker's story before it.
    own_context: bool = False
    # The sentences before the first question, its context last: where a
    # question looks further back when the sentence just before it names
    # nothing ("... the herts PCC is done with outsourcing. Our convenor's
    # put that in the draft. Is that what he said?").
    earlier: tuple[str, ...] = ()


def read_message(text: str) -> Message:
    """The question(s) in a message, and whether it puts a claim for checking."""
    cleaned = _ACRONYM_IT.sub("ICT", clean(_LINE_END.sub(". ", text.strip())))
    cleaned = _SIGN_OFF.sub("", cleaned) or cleaned  # "...right? thanks": the question ends at its mark
    cleaned = _GREETING.sub("", cleaned) or cleaned  # "Morning all. ...": a greeting, no context of the question
    # "Sorry if this is a dumb question.", "Asking for a newsletter piece:": the asking, not what is asked.
    cleaned = _ASIDE.sub("", cleaned) or cleaned
    asked_parts, context, tagged = _question_sentences(cleaned)
    read_inside = len(asked_parts) == 1 and context and cleaned.rstrip().endswith(asked_parts[0].rstrip())
    whole = cleaned if read_inside else ""
    # An aside after the question ("... ? the copy keeps calling him cllr")
    # is no sentence before it.
    after = bool(context) and cleaned.find(context) > cleaned.find(asked_parts[0]) >= 0
    earlier = () if after else _earlier(cleaned, context)
    if len(asked_parts) > 1:
        # Several questions, each in its own sentence: answered in turn, each
        # read with the sentence before it.
        contexts = (context, *asked_parts[:-1])
        return Message(asked_parts, contexts=contexts, earlier=earlier)
    text = _RESUMED.sub(r"\g<subject> ", asked_parts[0])
    text = _unlabelled(text)  # "Subs desk: ...", "Quote check: ..."
    text = _DOUBT.sub("", text) or text
    # "is it right to style Lloyd as 'Councillor'?": whether he is known so.
    styled = _STYLED.match(text)
    if styled and (styled["verb"].lower() not in _JUDGING or any(stem(w) in OFFICES for w in words(styled["what"]))):
        text = f"is {styled['thing']} known as {styled['what']}"
    untagged, found = _untag(text)
    text, tagged = untagged, tagged or found
    cast = _CAST_AS.match(text)
    if cast and any(stem(w) in OFFICES for w in words(f"{cast['thing']} {cast['what']}")):
        # "the draft has the G4S spokesman as John Shore": the draft says he is.
        text, tagged = f"{cast['thing']} is {cast['what']}", True
    lead = _CLAIM_LEAD.match(text)
    if lead and lead.end() < len(text) and not _asked_in_place(text[lead.end() :]):
        text, tagged = text[lead.end() :], True
    # "the difference between what A wanted and what B wanted": one comparison, never two questions.
    joined = _joined(text)
    parts = [p.strip(" ,") for p in joined if p.strip(" ,")] or [text]
    parts = [q for p in parts for q in _after_comma(p)]
    asked = _TRAILING.sub("", text).endswith("?")
    claim = len(parts) == 1 and _states(parts[0], tagged=tagged, asked=asked)
    statement = len(parts) == 1 and asked and not claim and _unopened(parts[0])
    own = bool(context) and context in cleaned and _opens_own_sentence(cleaned, context, asked_parts[0])
    return Message(tuple(parts), claim, claim and tagged, statement, (context, *parts[:-1]), whole, own, earlier)


def _joined(text: str) -> list[str]:
    """The questions joined in a sentence, with "between X and Y" kept whole:
    "the difference between what A wanted and what B wanted" is one
    comparison; ", and who said ..." after the pair is a question of its own.
    So is "who was for it and who against": one question, of both sides."""
    if _TWO_SIDES.search(text):
        return [text]
    between = _BETWEEN.search(text)
    pair = _PAIR_AND.search(text, between.end()) if between else None
    parts, start = [], 0
    for m in _JOIN.finditer(text):
        if pair is not None and m.start() <= pair.start() < m.end():
            continue
        parts.append(text[start : m.start()])
        start = m.end()
    return [*parts, text[start:]]


# The writer reporting what they heard or read, wherever it stands in their
# sentence ("Not trying to start a row but I keep hearing X"): X is the claim.
_HEARD = re.compile(
    r"\b(?:i|we)(?:\s+|(?=['’]))(?:(?:keep|kept|have been|have|ve been|'ve been|’ve been|ve|'ve|’ve|am|m|'m|’m)\s+)?"
    r"(?:hearing|reading|being told|heard|read|was told|were told|told|seen|saw)\s+(?:somewhere\s+|online\s+)?"
    r"(?:(?:by|from) (?:a|an|my|our|the|some|one) (?:\w+ )?\w+\s+)?(?:that\s+)?"
    # The writer left out, as a note does: "Heard from a neighbour that X".
    r"|^\s*(?:just\s+)?(?:heard|been told|was told|read|seen)\s+(?:somewhere\s+|online\s+)?"
    r"(?:(?:by|from|in) (?:a|an|my|our|the|some|one) (?:\w+ )?\w+\s+)?that\s+",
    re.IGNORECASE,
)


def reported(sentence: str) -> str:
    """The claim in a sentence that reports one as heard or read ("... but I
    keep hearing the PCC is done with outsourcing"), else the sentence."""
    found = list(_HEARD.finditer(sentence))
    rest = sentence[found[-1].end() :] if found else ""
    if len(words(rest)) >= _STATEMENT_WORDS:
        return rest
    lead = _CLAIM_LEAD.match(sentence)
    return sentence[lead.end() :] if lead and lead.end() < len(sentence) else sentence


def _earlier(text: str, context: str) -> tuple[str, ...]:
    """The sentences of a message up to and including a question's context."""
    at = text.find(context) if context else -1
    if at < 0:
        return ()
    return tuple(s.strip() for s in _SENTENCE_END.split(text[: at + len(context)]) if words(s))


def _opens_own_sentence(text: str, context: str, asked: str) -> bool:
    """Whether a context runs on into the question in the same sentence."""
    if context.rstrip()[-1:] in (".", "!", "?"):
        return False
    rest = text[text.find(context) + len(context) :].lstrip(" ,;:-")
    return rest.startswith(asked)


# A comma, then a question word: "Who is G4S, what kind of company is it?"
_COMMA_QUESTION = re.compile(r",\s+(?=(?:when|why|what|who|how|where|which)\b)", re.IGNORECASE)


def _after_comma(part: str) -> list[str]:
    """A question, then after a comma a question of its own, when what comes
    before the comma asks by itself ("who is G4S, what kind of company is
    it?"); not a name or a topic before the question ("g4s, what did they say")."""
    pieces = _COMMA_QUESTION.split(part)
    if len(pieces) != 2 or _asking_clause(pieces[0], whole=True) is None or _POINTS_BACK.match(pieces[1]):
        return [part]
    return [pieces[0].strip(), pieces[1].strip()]


def _question_sentences(text: str) -> tuple[tuple[str, ...], str, bool]:
    """The sentence or sentences of a message that ask, the sentence before
    the first, and whether the asking sentence was only a check tag ("...
    Am I wrong?"), which puts the sentence before it for checking.

    A sentence asks when it opens as a question does; a long message's
    question may open a later clause ("anyway, did lloyd say ...?"), or be
    put inside the writer's own words ("I can't remember who the G4S
    spokesman was"). A sentence that asks only about the asking ("Can I ask
    you something?", "can you settle it") asks nothing when another asks of
    something. In a short message every sentence that so asks is a question
    ("who is john shaw? what did he say?"), and one with a question mark but
    no such opening is the context of the next ("g4s got binned?? what was
    the excuse"); with no such sentence it is read as a long one, and with
    no question found at all it is one question, read whole ("lloyd binned
    G4S for good right? never touching them again?"). A long message asks
    its last question: the last sentence with a question mark, from its
    clause that asks, else the last clause that asks, else its last
    sentence.
    """
    # A "sentence" of emoji alone ("... g4s?? 🚨") says nothing; nor does an
    # apology or a greeting ("Sorry for my english.").
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if words(s) and not _APOLOGY.match(s.strip())]
    # "Context: ... Question: which deal...": labels say what each part is.
    sentences = [_unlabelled(s) for s in sentences]
    announced = [(i, m) for i, s in enumerate(sentences) if (m := _ANNOUNCED.search(s)) and s[m.end() :].strip()]
    if announced and len(sentences) > 1:
        # "... anyway what I actually wanna know is was HR on the list": the
        # writer says which is their question, whatever else asks or is marked.
        at, m = announced[-1]
        own = sentences[at][: m.start()].strip(" ,;:-")
        return (_announced(sentences[at], m),), own if _says(own) else sentences[at - 1] if at > 0 else "", False
    if len(sentences) < 2:
        return _within(sentences[0] if sentences else text)
    marked = [i for i, s in enumerate(sentences) if _TRAILING.sub("", s).endswith("?")]
    if marked and _tag_only(sentences[marked[-1]]) and marked[-1] > 0:
        at = marked[-1] - 1
        while at > 0 and not _puts_something(_claimed(sentences[at])):
            at -= 1  # "My husband says X. I said Y. Which of us is right?": X is what is put
        return (reported(sentences[at]),), sentences[at - 1] if at > 0 else "", True
    opened = [
        (i, c) for i, s in enumerate(sentences) if (c := _asking_clause(s, whole=True) or _indirect(s, whole=True))
    ]
    short = len(text) <= SHORT
    if short and opened and not all(_asks_nothing(c) for _, c in opened):
        opened = _of_something(_not_asked_again(opened))
        first = opened[0][0]
        return tuple(c for _, c in opened), sentences[first - 1] if first > 0 else "", False
    indirect = [(i, c) for i, s in enumerate(sentences) if (c := _indirect(s)) is not None]
    # A marked sentence asks from its clause that asks, or whole ("so it was
    # lloyd who made the call?"); a long message's unmarked one from its
    # clause that asks.
    marked_asking = [(i, _asking_clause(sentences[i]) or sentences[i]) for i in marked]
    if short:
        marked_asking = [(i, c) for i, c in marked_asking if c is not sentences[i]]
    asked = _of_something(sorted(marked_asking + indirect))
    if not asked and not short:
        asked = _of_something([(i, c) for i, s in enumerate(sentences) if (c := _asking_clause(s)) is not None])
    asked = _not_asked_again(asked)
    if asked and not (opened and _asks_nothing(asked[-1][1])):
        at, clause = asked[-1]
        return (clause,), _before(sentences, at, clause), False
    if short and opened:
        first = opened[0][0]
        return tuple(c for _, c in opened), sentences[first - 1] if first > 0 else "", False
    if asked:
        at, clause = asked[-1]
        return (clause,), _before(sentences, at, clause), False
    if short and marked and marked[-1] < len(sentences) - 1:
        # "lloyd is a councillor as well? the copy keeps calling him cllr": a
        # statement put for checking, then words that ask nothing, the asker's
        # aside. The aside is read as a context: it lends its names to the
        # question only when the question names nothing ("they scrapped it?
        # the herts one I mean").
        at = marked[-1]
        return (" ".join(sentences[: at + 1]),), " ".join(sentences[at + 1 :]), False
    if short:
        return (text,), "", False
    return (sentences[-1],), sentences[-2], False


# Verbs and words by which the writer puts a question inside a sentence of
# their own: "I can't remember who...", "I'd like to know when...", "not
# sure whether...", "any idea why...", "remind me which...".
_INDIRECT = re.compile(
    r"^" + _OPENERS + r"(?P<frame>(?:[\w'’%]+[\s,]+){0,10}?)"
    r"(?:know|knows|remember|recall|forget|forgot|forgotten|wonder|wondering|wondered|sure|unsure|certain|curious|"
    r"understand|get|see|"
    r"work out|figure out|find out|pin down|tell me|tell us|explain|confirm|check|clarify|remind me|let me know|"
    r"idea|clue|ask|asking)"
    r"(?:\s+(?:of|about|as to|on|to me|for me))?\s+(?=(?:whether|if|what|who|whom|whose|why|when|where|which|how)\b)",
    re.IGNORECASE,
)
# Whose doubt it is: the writer's ("I", "we") or the reader's ("do you
# know"), or nobody's ("not sure whether", "any idea why"); "she doesn't know
# who to believe" is the asker's story, not their question.
_ASKERS = frozenset("i we me us you u anyone anybody someone somebody not no any".split())
_READERS = frozenset("you u".split())  # "anyone know why...?" asks all the same
_POLITE = frozenset("please kindly pls plz just".split())


def _indirect(sentence: str, *, whole: bool = False) -> str | None:
    """The question a writer puts inside a sentence of their own ("I can't
    remember who the G4S spokesman was"): from its question word. With
    `whole`, only if the sentence opens so."""
    starts = [0] if whole else [0, *(m.end() for m in _CLAUSE_START.finditer(sentence))]
    for start in starts:
        m = _INDIRECT.match(sentence[start:])
        if m is None:
            continue
        frame = [w for w in words(m["frame"]) if w not in _POLITE]
        asker = next((i for i, w in enumerate(frame) if w in _ASKERS), None)
        if frame and (asker is None or (frame[asker] in _READERS and not any(w in AUX for w in frame[:asker]))):
            # "you know how G4S messed up?" reminds; "do you know how" asks.
            continue
        return sentence[start + m.end() :]
    return None


# Words of a sentence that asks only about the asking, or checks it was
# understood: "can I ask you something?", "could you settle an argument?",
# "does that make sense?".
_ABOUT_ASKING = frozenset(
    """ask asking asked help helping question questions query queries settle argument debate bet favour hand
    minute second clarify check something believe imagine sense""".split()
)
# Words that point back at something said before: "what did he say?" asks of it.
POINTING = frozenset("he she they it him her them his hers their theirs its this that these those".split())


def _asks_nothing(text: str) -> bool:
    """Whether a question asks of nothing: no word of it says what about,
    and it speaks of the asking itself or points back at nothing ("Can I ask
    you something?", "can you settle it", "who knew?")."""
    said = words(text)
    if any(w not in STOPWORDS and not is_filler(stem(w)) and w not in _ABOUT_ASKING for w in said):
        return False
    return any(w in _ABOUT_ASKING for w in said) or not any(w in POINTING for w in said)


def _not_asked_again(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Questions found, less one that only points back at the question just
    before it ("... I can't remember which union person said it. Who was
    it?"): that asks it again."""
    return [(i, c) for n, (i, c) in enumerate(found) if not (n and _only_points_back(c) and found[n - 1][0] >= i - 1)]


def _only_points_back(text: str) -> bool:
    """Whether a question says nothing but that it asks of something before
    it ("Who was it?", "which one was that?")."""
    said = words(text)
    return any(w in POINTING for w in said) and all(
        w in STOPWORDS or is_filler(stem(w)) or w in _ABOUT_ASKING for w in said
    )


def _of_something(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The questions found that ask of something, if any do."""
    return [(i, c) for i, c in found if not _asks_nothing(c)] or found


def _before(sentences: list[str], at: int, clause: str) -> str:
    """What a long message's question is read with: the opening of its own
    sentence, when it asks from a later clause ("On the Herts side the one
    thing I can't pin down is the reason - what did he say it was?"), else
    the sentence before."""
    own = sentences[at][: len(sentences[at]) - len(clause)].strip(" ,;:-")
    if _says(own):
        return own
    return sentences[at - 1] if at > 0 else ""


def _unlabelled(sentence: str) -> str:
    """A sentence without the label before its colon ("Quote check: ...")."""
    label = _LABEL.match(sentence)
    return sentence[label.end() :] if label and label.end() < len(sentence) else sentence


def _asked_in_place(rest: str) -> bool:
    """Whether what follows a claim's lead only asks, where the thing said
    would stand ("the Unison quote says what exactly?"): nothing is put."""
    said = words(rest)
    return (
        bool(said)
        and said[0] in QUESTION_WORDS
        and all(w in STOPWORDS or w in DISCOURSE or is_filler(stem(w)) for w in said[1:])
    )


def _claimed(sentence: str) -> str:
    """What a sentence puts as so, without who says it ("I said Leicestershire")."""
    lead = _CLAIM_LEAD.match(sentence)
    return sentence[lead.end() :] if lead else sentence


def _puts_something(text: str) -> bool:
    """Whether a claim says something of its own: a few words, not all of
    them small ones ("it isn't", "Leicestershire" answer another's claim)."""
    said = words(text)
    return len(said) >= _STATEMENT_WORDS and any(w not in STOPWORDS and w not in DISCOURSE for w in said)


def _says(text: str) -> bool:
    """Whether some words say anything: not only chatter ("anyway", "ok so"),
    nor only the writer's frame of a question ("I can't remember")."""
    return any(w not in DISCOURSE and w not in STOPWORDS and w not in _ASKING_FRAME for w in words(text))


# The words of a frame the writer puts a question in ("I'd like to know", "not sure").
_ASKING_FRAME = frozenset(
    """know remember recall wonder wondering wondered sure unsure certain curious understand get see work figure
    find pin tell explain confirm check clarify remind let idea clue ask asking like love want need trying try
    can not""".split()
)


_APOLOGY = re.compile(
    r"^(?:sorry|apologies|excuse me|pardon)(?: (?:for|about) (?:my|the|this) (?:bad |poor |broken )?"
    r"(?:english|grammar|spelling|typos?|long message|essay|question|rambling))?\W*$",
    re.IGNORECASE,
)
# The writer announcing their question: "what I actually want to know is",
# "my real question is", "all I'm asking is".
_ANNOUNCED = re.compile(
    r"\b(?:what|the (?:one |only |main |big )?(?:thing|bit|part)|one thing|all) (?:i|we)(?:['’]?(?:d|m|ve))?\s+"
    r"(?:(?:actually|really|just|basically|still|genuinely|honestly|also)\s+)?"
    r"(?:(?:want to|wanna|need to|would like to|like to|d like to|love to|d love to|would love to|am trying to|"
    r"trying to|m trying to|am asking|asking|m asking|wonder)(?: know| ask| check| find out| understand)?"
    r"(?: is| was)?[:,]?\s+"
    # What the writer cannot make out: "what I don't get is why...", "the bit
    # I can't pin down from my notes: did...".
    r"|(?:can['’]?t|cannot|can not|couldn['’]?t|don['’]?t|do not|didn['’]?t|haven['’]?t)\s+(?:quite\s+)?"
    r"(?:get|understand|work out|figure out|see|find|pin down|remember|follow|tell|make sense of)"
    r"(?:\s+[\w'’]+){0,4}?(?:\s+(?:is|was)\b[:,]?|\s*:)\s+)"
    r"|\bmy (?:actual |real |main |only )?question (?:is|was)[:,]?\s+",
    re.IGNORECASE,
)
# After an announced thing, a question pointing back at it asks it again:
# "the thing I can't pin down is the reason - what did he say it was?".
_ASKED_AGAIN = re.compile(
    r"\s*(?:[-–—:;,]+|\s)\s*(?=(?:what|which|who)\b[^?]*\b(?:it|that|they|those)\b)", re.IGNORECASE
)


def _announced(sentence: str, m: re.Match[str]) -> str:
    """The question a writer announces: asked as it stands ("what I don't
    get is why herts pulled out"), or, when only a thing is named ("the one
    thing I can't pin down is the reason he gave"), what that thing is."""
    rest = sentence[m.end() :].strip()
    clause = _asking_clause(rest) or _indirect(rest)
    if clause is not None and not _says(rest[: len(rest) - len(clause)]):
        return clause  # "what I want to know is simply: how many..."
    thing = _ASKED_AGAIN.split(rest, maxsplit=1)[0].strip(" ,;:-")
    return f"what is {thing}" if _says(thing) else rest


_STATEMENT_WORDS = 3  # fewer words with a question mark are a topic ("olympics?"), not a claim


def _unopened(text: str) -> bool:
    """Several words, with no question word, that do not open with an
    auxiliary or a request ("tell me about ...")."""
    found = [w for w in words(text) if w not in DISCOURSE]
    return (
        len(found) >= _STATEMENT_WORDS
        and found[0] not in AUX
        and not any(w in QUESTION_WORDS for w in found)
        and _asking_clause(text, whole=True) is None
    )


# A question word and its auxiliary opening a question inside a sentence
# ("sir clive loader 🧐 what did he say"), but not one pointing back at
# what came before ("..., who was that").
_INNER_QUESTION = re.compile(
    r"\s(?=(?:what|who|why|when|where|which|how) (?:is|was|are|were|did|does|do|has|have|will|would|can|could|s)\b)"
    r"(?!who (?:is|was|s|said) (?:that|this|it)\b)",
    re.IGNORECASE,
)


_POINTS_BACK = re.compile(
    r"(?:who|whose words) (?:said|says|say|was|is|s|are|were) (?:that|this|it|those|these)\b", re.IGNORECASE
)


def _within(text: str) -> tuple[tuple[str, ...], str, bool]:
    """One sentence: read whole, or from a clause within it that asks when
    what comes before does not ("breaking: did herts drop g4s?", "sir clive
    loader 🧐 what did he say"), that being its context."""
    if _asking_clause(text, whole=True) is not None:
        # "genuinely curious, what did G4S say": the openers before the
        # question word are chatter, which no pattern of a form expects.
        opened = _ASKS.match(text)
        return (text[opened.start("opener") :] if opened else text,), "", False
    clause = _asking_clause(text)
    if clause is not None and (_tag_only(clause) or _POINTS_BACK.match(clause)):
        # "..., is that right": a claim put for checking; "'masters of our own
        # destiny' - who said that?": a question about what came before.
        return (text,), "", False
    if clause is None:
        inner = _INNER_QUESTION.search(text)
        clause = text[inner.end() :] if inner else None
    if clause is None or not clause.strip():
        return (text,), "", False
    before = text[: len(text) - len(clause)].strip(" ,;:-")
    if _FRAME.match(before) and not has_verb(words(before)) and len(words(before)) <= _FRAME_WORDS:
        # "in each story, was G4S turned down?": a phrase setting where the
        # question asks is part of it, said last as a question has it.
        end = _TRAILING_MARKS.search(clause)
        at = end.start() if end else len(clause)
        return (f"{clause[:at]} {before}{clause[at:]}",), "", False
    return (clause,), before, False


# A phrase put before a question that sets its scope: a story, a deal, both.
_FRAME = re.compile(r"^(?:in|on|for|across|within|as for|as regards|regarding|when it comes to)\s", re.IGNORECASE)
_FRAME_WORDS = 6
_TRAILING_MARKS = re.compile(r"[\s?!.]+$")


def _tag_only(sentence: str) -> bool:
    """A sentence that is nothing but a check tag ("Am I wrong?")."""
    padded = ", " + sentence
    untagged = _TAG.sub("", padded)
    return untagged != padded and not any(w not in DISCOURSE for w in words(untagged))


# "would be good to have his words", "could be useful": an auxiliary
# opening a sentence asks only when somebody or something follows it.
_NOT_ASKING = frozenset("be been being have love like need help appreciate mind great good nice useful handy".split())
# The writer themselves: "what I want to know", "what we can't work out".
_SPEAKER = frozenset({"i", "we"})
_CLAUSE_START = re.compile(r"[,;:]\s+|\s+-+\s+")


def _asking_clause(sentence: str, *, whole: bool = False) -> str | None:
    """The sentence from its first clause that opens as a question, if any
    (with `whole`, only if the sentence itself so opens)."""
    bounds = [0, *(m.end() for m in _CLAUSE_START.finditer(sentence))]
    for at, start in enumerate(bounds[:1] if whole else bounds):
        clause = sentence[start:]
        m = _ASKS.match(clause)
        if m is None:
            continue
        after = words(clause[m.end() :])[:1]
        if m["opener"].lower() in AUX and (not after or after[0] in _NOT_ASKING):
            continue
        if m["opener"].lower() in QUESTION_WORDS and after and after[0] in _SPEAKER:
            continue  # "what I can't pin down is...": what the writer says, not a question
        if at + 1 < len(bounds) and _asks_nothing(sentence[start : bounds[at + 1]]):
            # "Can you settle it - is the alliance a merger?": a request about
            # the asking, then the question.
            return _asking_clause(sentence[bounds[at + 1] :]) or clause
        return clause
    return None


def _untag(text: str) -> tuple[str, bool]:
    """A message without its check tags, and whether it had any."""
    untagged = _TAG.sub("", text)
    return untagged.strip(" ,") or text, untagged != text


def _states(text: str, *, tagged: bool, asked: bool) -> bool:
    """Whether a sentence put with a tag ("right?") or a question mark is a
    statement to check: it asks no question word and does not open with an
    auxiliary (that is a yes/no question); put with a bare question mark, it
    must also have a verb ("olympics?" states nothing)."""
    found = words(text)
    while found and (found[0] in DISCOURSE or found[0] in ("and", "but")):
        found = found[1:]
    if len(found) < 2 or found[0] in AUX or found[0] in QUESTION_WORDS:
        return False
    if not (tagged or asked):
        # Said to the bot with no question at all ("so the three forces are
        # merging then"): a statement with a verb is put for checking; a
        # request ("list everyone named") is no statement.
        if _asking_clause(text, whole=True) is not None:
            return False
        return len(found) >= _STATEMENT_WORDS and not any(w in QUESTION_WORDS for w in found) and has_verb(found)
    if not tagged and any(w in QUESTION_WORDS for w in found):
        return False  # "the G4S bloke said they could free up cash, who was that"
    if not tagged and _asking_clause(text, whole=True) is not None:
        return False  # "tell me about the forces that signed?": a request, put with a question mark
    return tagged or has_verb(found)


def has_verb(found: list[str]) -> bool:
    """Whether some words hold a finite verb ("is", "said", "dropped")."""
    return any(w in _FINITE or (len(w) > 4 and w.endswith(_VERB_ENDINGS)) for w in found)
