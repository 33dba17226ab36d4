"""Time phrases, exactly as written."""

from __future__ import annotations

import pytest

from knowledge.draft._times import time_phrases


def times(text: str) -> list[str]:
    return [text[s:e] for s, e in time_phrases(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("confirmed last night negotiations", ["last night"]),
        ("On 3 November, we announced", ["3 November"]),
        ("could be in place by 2020.", ["by 2020"]),
        ("to meet officers early next year to discuss", ["early next year"]),
        ("will report by the end of March", ["by the end of March"]),
        ("opened on Tuesday and shut later this year", ["Tuesday", "later this year"]),
        ("expected within six months", ["within six months"]),
    ],
)
def test_times_as_written(text: str, expected: list[str]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize("text", ["their 999 control rooms", "it may be so", "a 2012 report", "spent two years on it"])
def test_numbers_and_words_that_are_not_times(text: str) -> None:
    assert times(text) == []
