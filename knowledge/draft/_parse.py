"""The article read once: paragraphs, quotations, sentences, tokens and mentions."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.draft._article import Article
from knowledge.draft._mentions import Mention, organisations, people, places, spokespeople
from knowledge.draft._quotations import Quotation, Style, find_quotations, house_style, opens_with_mark, paragraph_style
from knowledge.draft._sentences import sentence_spans
from knowledge.draft._tokens import Token, tokenize

# When two mentions end on the same word, the more specific names the speaker.
_PRIORITY = {"person": 0, "reference": 1, "spokes": 2, "group": 3, "org": 4, "force": 5, "place": 6}


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    tokens: list[Token]
    mentions: list[Mention]
    quoted: bool  # words inside a quotation


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    style: Style
    quotations: list[Quotation]
    sentences: list[Sentence]  # the narrative's sentences, each quotation inside them whole
    quoted: list[Sentence]  # sentences of the quoted words

    @property
    def opens_with_quotation(self) -> bool:
        return (
            bool(self.quotations)
            and opens_with_mark(self.text, self.style)
            and (self.quotations[0].open == len(self.text) - len(self.text.lstrip()))
        )


def _mentions(text: str, tokens: list[Token]) -> list[Mention]:
    found = [
        *people(text, tokens),
        *spokespeople(text, tokens),
        *organisations(text, tokens),
        *places(text, tokens),
    ]
    return sorted(found, key=lambda m: (m.last, _PRIORITY[m.kind], m.first))


def parse(article: Article) -> list[Paragraph]:
    style = house_style(article.paragraphs)
    parsed: list[Paragraph] = []
    for index, text in enumerate(article.paragraphs):
        own_style = paragraph_style(text, style)
        quotations = find_quotations(text, own_style)
        sentences = []
        for start, end in sentence_spans(text, opaque=[q.span for q in quotations]):
            tokens = tokenize(text, start, end, quotations)
            sentences.append(Sentence(index, start, end, tokens, _mentions(text, tokens), quoted=False))
        quoted = []
        for quotation in quotations:
            for start, end in sentence_spans(text, quotation.start, quotation.end):
                tokens = tokenize(text, start, end, [])
                quoted.append(Sentence(index, start, end, tokens, _mentions(text, tokens), quoted=True))
        parsed.append(Paragraph(index, text, own_style, quotations, sentences, quoted))
    return parsed
