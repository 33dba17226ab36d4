"""What the editor writes: deals, facts and events, as stubs resting on the article's sentences.

A summary in our own words is an editor's judgement, so the draft offers
only the sentences one would rest on, with each stated time as written.
"""

from __future__ import annotations

import re

from knowledge.draft._ids import Ids, slug
from knowledge.draft._parse import Paragraph, Sentence
from knowledge.draft._records import DealStub, DraftEntity, EventStub, FactStub
from knowledge.draft._times import time_phrases

_QUOTE_EDGES = "\"'“”‘’ "
_SUCH_AS = re.compile(
    r"\bsuch as ((?:[\w’'-]+(?: [\w’'-]+){0,2}, )+[\w’'-]+(?: [\w’'-]+){0,2} (?:and|or) [\w’'-]+(?: [\w’'-]+){0,2})"
)
# Cue words for a fact's topic: a guess to review, never a claim.
_TOPICS = (
    (
        "status",
        re.compile(
            r"\b(abandon|scrap|drop|reject|decided not|collaps|discontinu|signed|agreed|approved|withdr"
            r"|pull(?:s|ed)? out|go ahead|saved|cancel)",
            re.I,
        ),
    ),
    ("reason", re.compile(r"\b(because|due to|as a result|reason|not suitable|unsuitable|failed)", re.I)),
    ("next", re.compile(r"\b(will|plans? to|could be|looking to|expected to|next year|by \d{4}|would)\b", re.I)),
    ("reaction", re.compile(r"\b(welcom|disappoint|delight|criticis|good news|angry|frustrat|fed up)", re.I)),
    ("services", re.compile(r"\b(such as|services|functions)\b", re.I)),
)


def _sentence_text(paragraph: Paragraph, sentence: Sentence) -> str:
    return (
        paragraph.text[sentence.start : sentence.end].strip(_QUOTE_EDGES)
        if sentence.quoted
        else (paragraph.text[sentence.start : sentence.end])
    )


def events(paragraphs: list[Paragraph], ids: Ids) -> list[EventStub]:
    """One stub per stated time, in article order, resting on its sentence."""
    stubs: list[EventStub] = []
    for paragraph in paragraphs:
        sentences = sorted([*paragraph.sentences, *paragraph.quoted], key=lambda s: s.start)
        for sentence in sentences:
            if not sentence.quoted and any(t.is_quote for t in sentence.tokens):
                # its quoted words are read as their own sentences; time phrases outside them count here
                spans = time_phrases(paragraph.text[sentence.start : sentence.end])
                quotes = [(t.start - sentence.start, t.end - sentence.start) for t in sentence.tokens if t.is_quote]
                spans = [s for s in spans if not any(a <= s[0] < b for a, b in quotes)]
            else:
                spans = time_phrases(paragraph.text[sentence.start : sentence.end])
            basis = _sentence_text(paragraph, sentence)
            for start, end in spans:
                when = paragraph.text[sentence.start + start : sentence.start + end]
                if when in basis:
                    stubs.append(EventStub(ids.new(f"event-{slug(when, 4)}"), when, basis))
    return stubs


def _attributes_a_quotation(sentence: Sentence) -> bool:
    """`X said: "..."`, `"...," said X`: the sentence is a quotation and who said it."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.is_quote and (
            i == 0 or tokens[i - 1].text == ":" or 2 * len(token.text) > sentence.end - sentence.start
        ):
            return True
    return False


def facts(paragraphs: list[Paragraph], ids: Ids) -> list[FactStub]:
    """The narrative's sentences a fact could rest on (quotations are quotes already)."""
    stubs: list[FactStub] = []
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            words = [t for t in sentence.tokens if t.is_word]
            if len(words) < 5 or _attributes_a_quotation(sentence):
                continue  # too short to state anything, or only says who spoke a quotation
            basis = paragraph.text[sentence.start : sentence.end]
            topic = next((name for name, cue in _TOPICS if cue.search(basis)), None)
            stubs.append(FactStub(ids.new(f"fact-{slug(basis, 4, skip_stopwords=True)}"), topic, basis))
    return stubs


def deal(
    paragraphs: list[Paragraph], entities: list[DraftEntity], reused_forces: list[str], ids: Ids, base: str
) -> DealStub:
    forces = (*(e.id for e in entities if e.kind == "force"), *reused_forces)
    companies = tuple(e.id for e in entities if e.kind == "company")
    services: list[str] = []
    for paragraph in paragraphs:
        for match in _SUCH_AS.finditer(paragraph.text):
            for item in re.split(r", | and | or ", match.group(1)):
                if item and item not in services:
                    services.append(item)
    lead = paragraphs[0]
    basis = tuple(lead.text[s.start : s.end] for s in lead.sentences[:2])
    return DealStub(ids.new(f"{base}-deal"), forces, companies, tuple(services), basis)
