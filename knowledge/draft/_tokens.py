"""Words of a sentence, with each quotation standing as one token.

The grammar of attribution reads the narrative around quotations: what the
speaker said is opaque to it, so a "said" inside a quotation never starts
reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.draft._quotations import Quotation

_TOKEN = re.compile(r"[^\W_](?:[\w&]|['’\-.](?=[^\W_]))*(?:['’](?![^\W_]))?|[,;:()—–!?…]|\.+|-(?=\s)")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    quote: int = -1  # index of the paragraph's quotation this token stands for; -1 for words

    @property
    def is_quote(self) -> bool:
        return self.quote >= 0

    @property
    def is_word(self) -> bool:
        return not self.is_quote and self.text[0].isalnum()

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        """The word without a possessive: "Hertfordshire’s" -> "Hertfordshire"."""
        return _POSSESSIVE.sub("", self.text) if self.is_word else self.text

    @property
    def possessive(self) -> bool:
        return self.is_word and bool(_POSSESSIVE.search(self.text)) and len(self.bare) < len(self.text)

    @property
    def capitalised(self) -> bool:
        return self.is_word and self.text[0].isupper()

    @property
    def acronym(self) -> bool:
        """G4S, GMB, BBC: capitals and digits, at least two characters."""
        bare = self.bare
        return len(bare) >= 2 and bare.isupper() and any(c.isalpha() for c in bare)


def tokenize(text: str, start: int, end: int, quotations: list[Quotation]) -> list[Token]:
    """Tokens of text[start:end]; each quotation overlapping it becomes one token."""
    tokens: list[Token] = []
    position = start
    for index, quotation in enumerate(quotations):
        q_start, q_end = quotation.span
        if q_end <= start or q_start >= end:
            continue
        tokens.extend(_words(text, position, max(position, q_start)))
        tokens.append(Token(text[quotation.start : quotation.end], q_start, min(q_end, end), index))
        position = min(q_end, end)
    tokens.extend(_words(text, position, end))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]
