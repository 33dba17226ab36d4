"""Two-part messages: each part answered, under one set of sources."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    "question",
    [
        "who is David Lloyd and which article is that from?",
        "what happened in hertfordshire, and what's the source for that?",
    ],
)
def test_a_part_asking_for_the_article_joins_the_other_part(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK
    herts = next(s for s in fb.sources.values() if "Hertfordshire" in s.display)
    assert [c.source_id for c in answer.citations] == [herts.id]
    assert "Publisher:" in answer.body  # the article part is shown, not dropped


def test_a_later_part_naming_no_story_is_asked_of_the_first_parts_story(fb: FactBase) -> None:
    # "it" stands for what the first part asked about, which only its answer places.
    question = "When were the back-office functions due to be privatised, and which ones were they?"
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] == "herts-decided-to-privatise"
    assert "procurement" in answer.body
    assert {c.source_id for c in answer.citations} == {fb.deals["herts-back-office"].source}


def test_a_part_left_unanswered_is_said_so(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what is G4S, and what did its chief executive earn?")
    assert answer.status is Status.OK
    assert answer.body.endswith("*Not answered:* the second part of the question; the articles don't say.")


def test_a_part_whose_answer_opens_with_its_name_is_not_titled_again(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Chris Hanrahan and John Shaw: who are they then")
    for person in ("john-shaw", "chris-hanrahan"):
        name = fb.entities[person].name
        assert answer.body.count(f"**{name}**") == 1
