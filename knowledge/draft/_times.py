"""Time phrases, found exactly as the article writes them.

"last night", "on 3 November", "by 2020", "early next year": a draft keeps
the words, never a computed date, since the articles rarely say when they
were published. A locating preposition ("on", "in", "at") is left out; one
that changes the meaning ("by", "until", "since", "before", "after") stays.
"""

from __future__ import annotations

import re

_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_UNIT = r"(?:night|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|winter|decade|quarter)"
_SEASON = r"(?:spring|summer|autumn|winter)"
_YEAR = r"(?:19|20)\d\d"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"

_POINT = "|".join(
    (
        rf"(?:(?:early|late|mid|later|earlier)[ -])?(?:last|next|this|that)\s+{_UNIT}",
        rf"(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:{_UNIT}|{_MONTH}|{_YEAR})",
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?",
        rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?",
        rf"(?:(?:early|late|mid)[ -])?{_MONTH}(?:\s+{_YEAR})?",
        rf"(?:(?:early|late|mid)[ -])?{_YEAR}",
        rf"{_DAY}(?:\s+(?:morning|afternoon|evening|night))?",
        r"yesterday|today|tonight|tomorrow",
        rf"the\s+{_SEASON}",
        rf"{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|time)",
        rf"the\s+(?:coming|next|past|last)\s+(?:{_NUMBER}\s+)?(?:days|weeks|months|years)",
    )
)
_KEPT = r"by|until|till|since|before|after|from|within"
_DROPPED = r"on|in|at|during|over"
# A bare year counts only after a preposition: "999" and "2,000 staff" are not times.
_TIME = re.compile(
    rf"\b(?:(?:(?P<kept>{_KEPT})|(?:{_DROPPED}))\s+)?(?P<point>{_POINT})\b",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(rf"^(?:(?:early|late|mid)[ -])?{_YEAR}$", re.IGNORECASE)
_DURATION = re.compile(rf"\b(?:within|in)\s+{_NUMBER}\s+(?:days|weeks|months|years)\b", re.IGNORECASE)


def time_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of the time phrases in `text`, in order, as written."""
    spans: list[tuple[int, int]] = []
    for match in _TIME.finditer(text):
        point = match.group("point")
        if _BARE_YEAR.match(point) and match.start("point") == match.start():
            continue  # a year with no preposition: a number, a name ("the 2012 Games"), not a time
        start = match.start("kept") if match.group("kept") else match.start("point")
        spans.append((start, match.end()))
    for match in _DURATION.finditer(text):
        if not any(s <= match.start() < e for s, e in spans):
            spans.append((match.start(), match.end()))
    return sorted(spans)


def time_at(text: str, position: int) -> int | None:
    """The end of a time phrase that starts exactly at `position` ("on Friday", "last night"), or None."""
    match = _TIME.match(text, position)
    if match is None or (_BARE_YEAR.match(match.group("point")) and match.start("point") == position):
        return None
    return match.end()
