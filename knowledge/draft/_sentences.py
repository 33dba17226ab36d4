"""Sentence boundaries, with quotations kept whole.

A full stop ends a sentence when a capital letter, a digit or an opening
quotation mark follows, unless it ends an abbreviation ("Cllr.", "Dr.") or
an initial. Inside a quotation the marks are the speaker's: a quoted
passage of several sentences stays inside the sentence that introduces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof cllr rev st sgt insp supt det gen col capt lt maj sen gov jr sr no vs
    etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt hon rt cf al""".split()
)
_TERMINATORS = ".!?…"
_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘(["
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")


def _starts_sentence(text: str, i: int) -> bool:
    """Whitespace at `i`, then the start of a sentence."""
    if i >= len(text) or not text[i].isspace():
        return False
    while i < len(text) and text[i].isspace():
        i += 1
    return i < len(text) and (text[i].isupper() or text[i].isdigit() or text[i] in _OPENERS)


def _abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text[max(0, dot - 12) : dot + 1])
    if not match:
        return False
    word = match.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, opaque: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) spans, trimmed of spaces."""
    end = len(text) if end is None else end
    bounds: list[int] = []
    i = start
    spans = sorted(opaque)
    k = 0
    while i < end:
        while k < len(spans) and spans[k][1] <= i:
            k += 1
        if k < len(spans) and spans[k][0] <= i < spans[k][1]:
            # A quotation: a boundary only after it, when its words ended a sentence.
            close = spans[k][1]
            inner = text[spans[k][0] : close].rstrip(_CLOSERS + " ")
            if inner and inner[-1] in _TERMINATORS and _starts_sentence(text, close):
                bounds.append(close)
            i = close
            continue
        ch = text[i]
        if ch in _TERMINATORS and not (ch == "." and _abbreviation(text, i)):
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            if j >= end or _starts_sentence(text, j):
                bounds.append(j)
            i = j
            continue
        i += 1
    out: list[tuple[int, int]] = []
    previous = start
    for bound in [*bounds, end]:
        s, e = previous, min(bound, end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        previous = bound
    return out
