"""Whether a deal came off, asked in words of it coming off (commands/ask/outcome.py)."""

from __future__ import annotations

import pytest

from commands import run_command
from commands.ask.outcome import outcome
from commands.ask.pipeline import Ask
from commands.ask.question import Form, Question
from knowledge import FactBase


def _outcome_title(fb: FactBase, body: str) -> str | None:
    ask = Ask(fb, fb.questions, f"did {body}?")
    found = outcome(ask, Question(f"did {body}", Form.YES_NO, body), ask.read(body))
    return found.title if found is not None else None


def test_a_negator_in_a_relative_clause_is_not_the_deeds(fb: FactBase) -> None:
    # "who had not agreed" says who is meant; it neither negates going with G4S nor asks it.
    assert _outcome_title(fb, "the east mids forces who had not agreed go with g4s") is None
    assert _outcome_title(fb, "the east mids police who said no go with g4s") is None
    # Negated in the main clause, it holds where the deal did not come off.
    assert (_outcome_title(fb, "the east mids forces not go with g4s") or "").startswith("Yes:")


@pytest.mark.parametrize(
    "question",
    [
        "did the east mids forces decide not to go ahead with the g4s deal?",
        "did the east mids forces not go ahead with the g4s deal?",
        "is the herts deal not going ahead?",
    ],
)
def test_a_negated_status_word_is_the_claims_own(fb: FactBase, question: str) -> None:
    # "decided not to go ahead": the claim negates going ahead; it is so where the deal was dropped.
    assert run_command(fb, "ask", question).title.startswith("Yes:")
