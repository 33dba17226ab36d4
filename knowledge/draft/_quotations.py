"""Quotation marks: where each quotation opens and closes in a paragraph.

A house style quotes with double marks ("..." or “...”) or with single ones
(‘...’); the article's style is the one it uses, and the other marks are
quotations inside quotations or apostrophes. A quotation still open at the
end of a paragraph runs on when the next paragraph opens with a mark: the
news convention for one quotation over several paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Style = Literal["double", "single"]
_DOUBLE = '"“”'
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation within a paragraph: marks at `open` and `close`, words in [start, end)."""

    open: int
    close: int | None  # None: still open at the paragraph's end
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """From the opening mark to just past the closing one (or the paragraph's end)."""
        return self.open, (self.close + 1 if self.close is not None else self.end)


def house_style(paragraphs: tuple[str, ...]) -> Style:
    """The article's marks: double unless it quotes only with single ones."""
    if any(ch in p for p in paragraphs for ch in _DOUBLE):
        return "double"
    return "single" if any(_single_opens(p, i) for p in paragraphs for i in range(len(p))) else "double"


def paragraph_style(paragraph: str, article: Style) -> Style:
    """A paragraph may quote in the other style: "‘" only ever opens a quotation."""
    if article == "double" and not any(ch in paragraph for ch in _DOUBLE) and "‘" in paragraph:
        return "single"
    return article


def _single_opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _SINGLE_OPEN:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and (after.isalnum() or after in "…."[0])


def _single_closes(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _SINGLE_CLOSE:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in "sS" and after == " " and text[i + 2 : i + 3].islower():
        return False  # "the forces’ answer": a plural's apostrophe, not the end of the quotation
    return not before.isspace() and not after.isalnum()


def _marks(text: str, style: Style) -> list[tuple[int, bool]]:
    """(position, is it an opening mark) for each quotation mark, paired in order."""
    marks: list[tuple[int, bool]] = []
    is_open = False
    for i, ch in enumerate(text):
        if style == "double":
            if ch == "“" or (ch == '"' and not is_open):
                if not is_open:
                    marks.append((i, True))
                    is_open = True
            elif ch in '”"' and is_open:
                marks.append((i, False))
                is_open = False
        elif not is_open and _single_opens(text, i):
            marks.append((i, True))
            is_open = True
        elif is_open and _single_closes(text, i):
            marks.append((i, False))
            is_open = False
    return marks


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1  # "We agree," said X: the comma stands for a full stop
    return start, end


def find_quotations(text: str, style: Style) -> list[Quotation]:
    quotations: list[Quotation] = []
    opened: int | None = None
    for position, opening in _marks(text, style):
        if opening:
            opened = position
        elif opened is not None:
            start, end = _trimmed(text, opened + 1, position)
            if end > start:
                quotations.append(Quotation(opened, position, start, end))
            opened = None
    if opened is not None:
        start, end = _trimmed(text, opened + 1, len(text))
        if end > start:
            quotations.append(Quotation(opened, None, start, end))
    return quotations


def opens_with_mark(text: str, style: Style) -> bool:
    stripped = text.lstrip()
    if not stripped:
        return False
    return stripped[0] in _DOUBLE if style == "double" else _single_opens(stripped, 0)
