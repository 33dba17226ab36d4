"""The hand-written question set (questions.yaml), asserted whole: every promised answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from commands import Status, respond, run_command
from knowledge import FactBase

QUESTIONS = Path(__file__).resolve().parents[1] / "questions.yaml"
_SET = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))


def _accepted(entry: dict[str, object]) -> tuple[str, ...]:
    answer = entry["answer"]
    return tuple(str(a) for a in answer) if isinstance(answer, list) else (str(answer),)


def _top(fb: FactBase, question: str) -> str:
    answer = run_command(fb, "ask", question)
    if answer.status is Status.NOT_FOUND:
        return "none"
    assert answer.status in (Status.OK, Status.AMBIGUOUS), (question, answer)
    assert answer.ids, question
    return answer.ids[0]


@pytest.mark.parametrize(
    "entry", [e for e in _SET if e.get("promised", True)], ids=lambda e: str(e["q"])[:60] if isinstance(e, dict) else ""
)
def test_question_set(fb: FactBase, entry: dict[str, object]) -> None:
    assert _top(fb, str(entry["q"])) in _accepted(entry)


def test_question_set_shape(fb: FactBase) -> None:
    questions = [str(e["q"]) for e in _SET]
    assert len(questions) >= 60
    assert len(set(questions)) == len(questions), "a question is listed twice"
    assert sum(_accepted(e) == ("none",) for e in _SET) >= 12
    known = {*fb.facts, *fb.quotes, *fb.events, *fb.entities, *fb.deals, *fb.sources, "none"}
    for entry in _SET:
        unknown = set(_accepted(entry)) - known
        assert not unknown, f"{entry['q']!r} expects unknown ids {unknown}"


def test_question_set_covers_every_fact_quote_and_person(fb: FactBase) -> None:
    expected = {a for e in _SET for a in _accepted(e)}
    people = {e.id for e in fb.entities.values() if e.kind == "person"}
    missing = ({*fb.facts, *fb.quotes} | people) - expected
    assert not missing, f"no question expects {sorted(missing)}"


def test_every_fact_and_quote_is_the_best_answer_somewhere(fb: FactBase) -> None:
    firsts = {_accepted(e)[0] for e in _SET}
    assert not {*fb.facts, *fb.quotes} - firsts


DEV = Path(__file__).resolve().parents[1] / "questions_dev.yaml"


def test_every_message_of_the_chat_register_set_gets_a_clear_answer(fb: FactBase) -> None:
    """questions_dev.yaml (written from the articles alone, in a chat register):
    every message is read and answered or declined, never refused as malformed.
    Its accuracy is a benchmark figure (benchmarks/ask_phrases.py), not asserted."""
    for entry in yaml.safe_load(DEV.read_text(encoding="utf-8")):
        answer = respond(fb, "!ask " + str(entry["q"]))
        assert answer.status is not Status.USAGE, entry["q"]
        assert answer.title and (answer.citations or answer.status is Status.NOT_FOUND)
