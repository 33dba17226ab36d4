"""Whether words were quoted, reported or the article's own."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_words_in_quote_marks(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "was 'not a merger' actually in quote marks or just the reporter's take")
    assert answer.title.startswith("Yes:") and answer.ids == ("pccs-not-a-merger",)


def test_the_article_s_own_words(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "is the 'did not rule out using the firm in future' line a direct quote from lloyd")
    assert answer.title.startswith("No:") and "not a quote" in answer.body


def test_reported_speech(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "is 'good news for our members' a direct quote?")
    quote = fb.quotes[answer.ids[0]]
    assert quote.reported == answer.title.startswith("No:")


@pytest.mark.parametrize(
    "message",
    [
        "Shaw said 'we firmly believe that we can help' - what did he mean?",
        "the PCCs said 'to be quite clear' - clear about what, means what?",
    ],
)
def test_what_quoted_words_mean_is_the_whole_quotation(fb: FactBase, message: str) -> None:
    answer = run_command(fb, "ask", message)
    assert answer.title.startswith("What ") and "said" in answer.title


def test_what_somebody_meant_by_words_the_articles_never_explain_is_declined(fb: FactBase) -> None:
    # Their quote only uses the words; what they stand for the articles never say (support.py).
    answer = run_command(fb, "ask", "tell me what Loader meant by 'our own destiny'")
    assert answer.status is Status.NOT_FOUND and "do not say what they stand for" in answer.body
