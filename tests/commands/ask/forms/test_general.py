"""Questions of no particular form: the best-covering record."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("tell me about the forces that looked at G4S?", "em-rejected"),
        ("tell me about herts pulling out of the deal?", "herts-abandoned"),
    ],
)
def test_a_request_with_a_question_mark_is_answered_not_checked(fb: FactBase, question: str, record: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and not answer.title.startswith("Yes") and answer.ids[0] == record


def test_common_words_quoted_as_written_find_their_record(fb: FactBase) -> None:
    # Every word here is common in the articles; together, as written, they are one quote's.
    answer = run_command(fb, "ask", "tell me about 'through this contract I am'")
    assert answer.ids[0] == "lloyd-other-providers"


def test_how_something_still_to_come_went_is_declined(fb: FactBase) -> None:
    # Unison's meeting with the chiefs is only planned ("early next year"): nothing came of it yet.
    answer = run_command(fb, "ask", "how did the meeting with the chief police officers turn out?")
    assert answer.status is Status.NOT_FOUND and "to come" in answer.body
