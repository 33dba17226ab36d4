"""Whether words are a direct quote, reported speech or the article's own
("is 'did not rule out using the firm' a direct quote from Lloyd?", "was
'not a merger' in quote marks?"): from how the record carrying the words
was written, direct or reported, never guessed."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask.forms import general
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import COVER_MIN, Ask
from commands.ask.question import AUX, Form, Question, body
from commands.ask.ranking import Aim, quotes, rank
from commands.ask.render import not_found
from commands.ask.slots import QUOTED as _QUOTED
from commands.ask.slots import quoted_spans
from commands.format import citations, quote_text
from knowledge import FactBase
from knowledge.analysis import words
from knowledge.model import Event, Fact

_ASKS = re.compile(
    r"\b(?:direct quotes?|direct quotation|in quote marks|in quotes|in quotation marks|quotation marks|quote marks|"
    r"verbatim|word for word|(?:his|her|their|its) (?:own |actual |exact )?words|actual words|reported speech|"
    r"reporter s (?:take|words|paraphrase|summary)|paraphrased?|quoted directly|actually quoted)\b"
)


_FRAME = re.compile(
    r"^(?:is|was|are|were|did)\s+(?:the\s+)?(?:line|bit|phrase|words?|quote)?\s*|"
    r"\s+(?:line|bit|phrase)?\s*(?:actually\s+)?(?:a\s+|in\s+)?(?:direct quote|quote marks|quotes|"
    r"quotation marks|reported speech|verbatim)"
    # "... or the reporter summarising", "or the paper's words": the other choice, no words of the quote.
    r"(?:\s+or\s+(?:the\s+)?(?:reporter|paper|journalist|article|writer|bbc)s?(?:\s+s)?"
    r"(?:\s+(?:summarising|summarizing|paraphrasing|words|own words|summary|paraphrase))?)?"
)


def _read(line: str, contrast: bool) -> Question | None:
    # Asked whether ("is 'X' a direct quote?"): "what did he say, word for
    # word?" asks for the words themselves.
    if not _ASKS.search(line) or line.split(" ", 1)[0] not in AUX:
        return None
    return Question(line, Form.QUOTED, body(_FRAME.sub(" ", line)))


# "What's the end of that quote?", "finish the quote for me", "what did
# Lloyd mean when he said '...'": the whole of the words quoted in the message.
_REST = re.compile(
    r"\b(?:end|rest|remainder|finish|completion|full|whole|full version) of (?:that|the|this|his|her|their)? ?"
    r"(?:quote|quotation|line|sentence|statement)\b"
    r"|\b(?:finish|complete) (?:that|the|this|it|his|her) ?(?:quote|quotation|line|sentence)?\b"
    r"|\bhow does (?:it|that|the|this) ?(?:quote|line|sentence)? (?:go on|end|continue|finish)\b"
    r"|\bwhat comes (?:next|after)\b"
    r"|^what (?:did|does|do) (?:\w+ ){1,4}mean (?:when|by)\b"
    # "(explain) what Lloyd meant by '...'": the same, put in a statement's order.
    # ("what is meant by X" asks what X names, not whose words.)
    r"|^what (?!(?:is|was|are|were|s)\b)(?:\w+ ){1,4}(?:meant|means) (?:when|by)\b"
    # "X said '...' - what did he mean?", "all what means what?": asked of words quoted.
    r"|^what did (?:\w+ ){1,3}mean$|\bmeans? what$"
)
REST = "rest"


def _read_rest(line: str, contrast: bool) -> Question | None:
    if _REST.search(line):
        return Question(line, Form.QUOTED, line, slot=REST)
    return None


def verbatim(fb: FactBase, query: str) -> tuple[str, str] | None:
    """The record whose words a message quotes ("'We will now move forward
    looking at...'"), and the words quoted: a quote's own text, or the
    article sentence a fact or event rests on. An ellipsis ends a quotation
    cut short; at least three words must be the record's, in a row."""
    for typed in quoted_spans(query):
        wanted = " ".join(words(typed.replace("...", " ").replace("…", " ")))
        if len(wanted.split()) < _FRAGMENT_WORDS:
            continue
        padded = f" {wanted} "
        for quote in fb.quotes.values():
            if padded in f" {' '.join(words(quote.text))} ":
                return quote.id, wanted
        written: list[Fact | Event] = [*fb.facts.values(), *fb.events.values()]
        for record in written:
            if record.basis and padded in f" {' '.join(words(record.basis))} ":
                return record.id, wanted
    return None


def quoted_in(ask: Ask) -> tuple[str, str] | None:
    """`verbatim` for the message being answered, worked out once per message."""
    if ask.query not in ask.quoting:
        ask.quoting[ask.query] = verbatim(ask.fb, ask.query)
    return ask.quoting[ask.query]


_FRAGMENT_WORDS = 3


def _rest(ask: Ask, question: Question) -> Answer | Question:
    """The whole quotation a message quotes part of."""
    fb = ask.fb
    found = quoted_in(ask)
    if found is None:
        return general.read_any(question.text)  # no words quoted: what is asked, asked plainly
    record_id, _ = found
    quote = fb.quotes.get(record_id)
    if quote is None:
        record = fb.facts.get(record_id) or fb.events[record_id]
        lines = [f"The article's own words, not a quote: “{record.basis}”"]
        return _answer_of(ask, "The article's words", lines, [record_id])
    speaker = fb.entities[quote.speaker]
    lines = [quote_text(fb, quote)]
    return _answer_of(ask, f"What {speaker.name} said", lines, [q.id for q in fb.pieces(quote)])


def _answer(ask: Ask, question: Question) -> Answer | Question:
    if question.slot == REST:
        return _rest(ask, question)
    fb, qi = ask.fb, ask.qi
    typed = _QUOTED.search(ask.query)
    wanted = " ".join(words(typed.group(1))) if typed else question.body
    if not wanted:
        return not_found(fb, ask.echoed, ())
    padded = f" {wanted} "
    said = [q for q in fb.quotes.values() if padded in f" {' '.join(words(q.text))} "]
    written: list[Fact | Event] = [*fb.facts.values(), *fb.events.values()]
    narrative = [r for r in written if r.basis and padded in f" {' '.join(words(r.basis))} "]
    if not said and not narrative:
        reading = ask.read(wanted)
        ranked = [s for s in rank(qi, Aim(speaker_first=True), reading, quotes) if s.cover >= COVER_MIN]
        said = [fb.quotes[s.item.id] for s in ranked[:1]]
    direct = [q for q in said if not q.reported]
    if direct:
        quote = direct[0]
        lines = [f"In quote marks: the words of **{fb.entities[quote.speaker].name}**.", quote_text(fb, quote)]
        return _answer_of(ask, "Yes: a direct quote", lines, [quote.id])
    if said:
        quote = said[0]
        lines = [f"The article reports what **{fb.entities[quote.speaker].name}** said, not in quote marks:"]
        lines.append(quote_text(fb, quote))
        return _answer_of(ask, "No: reported speech", lines, [quote.id])
    if narrative:
        record = narrative[0]
        lines = [f"The article's own words, not a quote: “{record.basis}”"]
        # What a speaker said in the same vein, if anybody did, marked as it was given.
        ranked = rank(qi, Aim(speaker_first=True), ask.read(wanted), quotes)
        close = [s for s in ranked if record.deal in s.item.deals and s.cover >= COVER_MIN]
        if close:
            lines.append(quote_text(fb, fb.quotes[close[0].item.id]))
        return _answer_of(ask, "No: the article's own words", lines, [record.id])
    return not_found(fb, ask.echoed, (), lacking="No quote in the articles has those words.")


def _answer_of(ask: Ask, title: str, lines: list[str], ids: list[str]) -> Answer:
    return Answer(title=title, body="\n".join(lines), citations=citations(ask.fb, ids), ids=tuple(ids))


ENTRIES = (Entry(Form.QUOTED, _read, _answer), Entry(Form.QUOTED, _read_rest, _answer))
