"""A blank to fill: "lloyd: decision once the evidence was ___" asks for the
words that complete a quotation, never whether something is so.

The words before the blank are found, in order, in what somebody said (or in
a record's text); the answer is the words that follow them there, up to the
end of that clause, with the quotation in full. Pronouns may differ ("masters
of their own ___" for "masters of our own destiny"): a reader recalling a
quote often shifts its person.
"""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask.pipeline import Ask
from commands.ask.ranking import Aim, Only, rank
from commands.format import citations, quote_text
from knowledge.analysis import STOPWORDS

# "___", "[blank]", "(blank)": where the missing words go.
BLANK = re.compile(r"_{2,}|\[\s*blank\s*\]|\(\s*blank\s*\)", re.IGNORECASE)
# Words that ask for a blank to be filled: then an ellipsis or one "_" marks it too.
_ASKS_FILL = re.compile(
    r"\b(?:fill(?:ing)? in|fill the (?:gap|blank)|missing (?:word|words|bit)|finish (?:the|this) (?:quote|sentence)|"
    r"complete (?:the|this) (?:quote|sentence)|gap ?fill|blank)\b",
    re.IGNORECASE,
)
_LOOSE_BLANK = re.compile(r"\.{3,}|…|(?<!\w)_(?!\w)")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# A quote recalled in another person: "their own" for "our own".
_PERSON = dict.fromkeys(
    "i we you he she they me us him her them my our your his their its mine ours yours theirs".split(), "PRON"
)
# A closing single quote ends the words quoted too ("'... security ____' - what's the word"); an apostrophe does not.
_CLAUSE_END = re.compile(r"[.;:!?,”\"]|['’](?!\w)")
_BEFORE_WORDS = 5  # words before the blank matched, at most: enough to place it in one quote
_FEWEST = 2  # fewer words than this place nothing
_POOL = 8  # records looked at for the words
_LONGEST = 12  # words shown as the completion, at most
_records = Only(kinds=("quote", "fact"))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _key(word: str) -> str:
    return _PERSON.get(word, word)


def fill(ask: Ask) -> Answer | None:
    """The words that fill a message's blank, if it has one and a record holds
    the words before it (and, when given, those after it, right after the
    fill); else None (the message is read as any other)."""
    query = ask.query
    blank = BLANK.search(query)
    if blank is None and _ASKS_FILL.search(query):
        # "fill the gap: 'masters of our own ...'": asked for the missing
        # words, an ellipsis or a lone underscore is where they go.
        blank = _LOOSE_BLANK.search(query)
    if blank is None:
        return None
    before = _tokens(query[: blank.start()].rsplit(":", 1)[-1].rsplit("'", 1)[-1])[-_BEFORE_WORDS:]
    if len(before) < _FEWEST:
        before = _tokens(query[: blank.start()])[-_BEFORE_WORDS:]
    if len(before) < _FEWEST:
        return None
    tail = query[blank.end() :]
    end = _CLAUSE_END.search(tail)
    after = [_key(w) for w in _tokens(tail[: end.start()] if end else tail)[:_BEFORE_WORDS]]
    # Ranked by all the message's words: those next to the blank may be
    # only common words ("we will not be ___ with G4S").
    ranked = rank(ask.qi, Aim(), ask.read(" ".join(_tokens(BLANK.sub(" ", query)))), _records)[:_POOL]
    # Somebody's own words before the article's account of them.
    ranked.sort(key=lambda s: s.item.kind != "quote")
    for size in range(len(before), _FEWEST - 1, -1):
        if any(w not in STOPWORDS and w not in _PERSON for w in before[:-size]):
            break  # a word typed before the blank that no record holds there ("the alliance's HQ will be in ___")
        wanted = [_key(w) for w in before[-size:]]
        for scored in ranked:
            found = _completion(ask, scored.item.id, wanted, after)
            if found:
                return _answer(ask, scored.item.id, found)
    return None


def _text(ask: Ask, record_id: str) -> str:
    """Somebody's own words; for a fact, the article's sentence it rests on
    (the words a reader recalls, "the herts article calls g4s ___"), then our own."""
    fb = ask.fb
    if record_id in fb.quotes:
        return fb.quotes[record_id].text
    fact = fb.facts.get(record_id)
    if fact is None:
        return ""
    return f"{fact.basis}. {fact.text}" if fact.basis else fact.text


def _completion(ask: Ask, record_id: str, wanted: list[str], after: list[str]) -> str:
    """The words after `wanted` in a record: up to the words typed after the
    blank (`after`), which must follow them there; else to the end of their clause."""
    text = _text(ask, record_id)
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text.lower().replace("’", "'"))]
    keys = [_key(w) for _, _, w in spans]
    for at in range(len(keys) - len(wanted)):
        if keys[at : at + len(wanted)] != wanted:
            continue
        first = at + len(wanted)
        if not after:
            rest = text[spans[first][0] :]
            end = _CLAUSE_END.search(rest)
            return " ".join((rest[: end.start()] if end else rest).split()[:_LONGEST])
        # The fill is the words between, never the words typed after the blank.
        for stop in range(first + 1, min(len(keys), first + _LONGEST) + 1):
            if keys[stop : stop + len(after)] == after:
                return text[spans[first][0] : spans[stop - 1][1]]
    return ""


def _answer(ask: Ask, record_id: str, completion: str) -> Answer:
    fb = ask.fb
    if record_id in fb.quotes:
        said = quote_text(fb, fb.quotes[record_id])
    else:
        fact = fb.facts[record_id]
        said = f"*In the article:* “{fact.basis}”" if fact.basis and completion in fact.basis else fact.text
    return Answer(
        title=f"The missing words: “{completion}”",
        body=said,
        citations=citations(fb, [record_id]),
        ids=(record_id,),
    )
