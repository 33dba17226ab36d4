"""Questions about the articles themselves: which article, who published
it, its title or its date, as the fact base records them ("not given"
where the text gives none)."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import COVER_MIN, KNOWN_MIN, Ask
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Aim, anything, rank
from commands.ask.render import not_found, render_sources
from knowledge.analysis import words

_BY = re.compile(
    r"^(?:who|which (?:\w+ )?(?:outlet|paper|newspaper|publisher|website|site|broadcaster|organisation)) "
    r"(?:(?:has|had|was|is|did) )?(?:published|publishes|publish|wrote|writes|write|written|printed|ran|"
    r"broadcast|put out|carried|authored)\b(?P<rest>.*)$"
)
_ATTR = re.compile(
    r"^(?:what|which|who) (?:is|was|are|were) (?:the )?(?P<attr>sources?|publishers?|titles?|headlines?|authors?|"
    r"writers?|date|publication date)\b(?P<rest>.*)$"
)
_WHICH = re.compile(
    r"^(?:which|what) (?:articles?|stories|story|sources?|papers?|newspapers?|outlets?|publications?|websites?)\b"
    r"(?P<rest>.*)$"
)
_FROM = re.compile(
    r"^where (?:is|was|does|did|do|are|were) (?:this|that|all this|these|the|your)"
    r"(?: (?:article|story|info|information|news|facts?|answers?|stuff))? (?:come |coming |came )?from$"
)
_WHEN = re.compile(
    r"^(?:when|what date) (?:was|were|is) (?P<which>(?:the |this |that )?(?:\w+ ){0,2}?)(?:articles?|story|stories|"
    r"piece) (?:published|written|printed|out|from|dated)\b(?P<rest>.*)$"
)
# Words that make "the date" or "the title" that of an article, not of a deal.
_ARTICLE_NOUNS = re.compile(r"\b(?:articles?|story|stories|piece|sources?)\b")
_IT = frozenset({"", "it", "this", "that", "these", "them"})
# What a question about the articles asks of them.
_ATTRS = {
    "source": "source",
    "publisher": "publisher",
    "title": "title",
    "headline": "title",
    "author": "author",
    "writer": "author",
    "date": "date",
    "publication date": "date",
}
_VERBS = {"wrote": "author", "writes": "author", "write": "author", "written": "author", "authored": "author"}
_ARTICLE_WORDS = frozenset("article articles story stories piece news item source sources this that these".split())


def _read(line: str, contrast: bool) -> Question | None:
    """A question about the articles; `slot` says what of them."""
    m = _BY.match(line)
    # "which paper ran ..." is about the articles; "who ran the control
    # rooms?" is not, unless what was run is an article ("who ran the story?").
    if m and (not line.startswith("who ") or _ARTICLE_NOUNS.search(m["rest"]) or m["rest"].strip() in _IT):
        verb = next((v for v in _VERBS if re.search(rf"\b{v}\b", line)), "")
        return Question(line, Form.SOURCE, body(m["rest"]), slot=_VERBS.get(verb, "publisher"))
    if m := _ATTR.match(line):
        attr = m["attr"].rstrip("s") if m["attr"] not in ("publication date",) else m["attr"]
        slot = _ATTRS.get(attr, "source")
        # "the date of the decision" is a deal's; "the date of the article" the article's.
        if slot not in ("date", "title") or not m["rest"].strip() or _ARTICLE_NOUNS.search(m["rest"]):
            return Question(line, Form.SOURCE, body(m["rest"]), slot=slot)
    if m := _WHICH.match(line):
        return Question(line, Form.SOURCE, body(m["rest"]), slot="source")
    if _FROM.match(line):
        return Question(line, Form.SOURCE, "", slot="source")
    if m := _WHEN.match(line):
        return Question(line, Form.SOURCE, body(f"{m['which']} {m['rest']}"), slot="date")
    return None


def _answer(ask: Ask, question: Question) -> Answer:
    """Which article a thing comes from, who published it, its title or date."""
    fb, qi = ask.fb, ask.qi
    text = " ".join(w for w in words(question.body) if w not in _ARTICLE_WORDS)
    # "the BBC article": a publisher's name says which articles, not what is in them.
    published = [s for name, ids in qi.publishers.items() if f" {name} " in f" {text} " for s in ids]
    for name in qi.publishers:
        text = f" {text} ".replace(f" {name} ", " ").strip()
    reading = ask.read(text)
    found: list[str] = list(published)
    if reading.units and reading.known_share < KNOWN_MIN:
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    if reading.predicate:
        # "which article says G4S was disappointed": the article of the record that says it.
        ranked = [s for s in rank(qi, Aim(pairs=text), reading, anything) if s.cover >= COVER_MIN]
        if not ranked:
            return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
        found = [fb.source_of(ranked[0].item.id).id]  # what is said decides, whoever published it
    else:
        # "the article about the East Midlands": the articles of the deals
        # named; "the BBC article": those of that publisher.
        deals = sorted(reading.anchor, key=qi.deal_order.__getitem__)
        found += [fb.deals[d].source for d in deals]
    return render_sources(fb, ask.query, list(dict.fromkeys(found)), question.slot or "source")


ENTRIES = (Entry(Form.SOURCE, _read, _answer),)
