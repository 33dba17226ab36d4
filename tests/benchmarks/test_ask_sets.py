"""The table of every set counts halves and the validation total as ask_phrases.py would."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ask_sets import VALIDATION, Row, measure, total
from knowledge import FactBase

SET = """\
- {q: "who said they wanted to be masters of their own destiny?", answerable: true, any: [Loader], story: east-midlands}
- {q: "what did the herts deal cost in pounds?", answerable: false, story: none}
- {q: "why did hertfordshire abandon the G4S deal?", answerable: true, any: [evidence], story: herts}
- {q: "who is the mayor of hertfordshire?", answerable: false, story: none}
"""


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return FactBase.load()


def test_a_split_set_gives_held_worked_and_whole_rows(fb: FactBase, tmp_path: Path) -> None:
    path = tmp_path / "questions_dev2.yaml"
    path.write_text(SET, encoding="utf-8")
    held, worked, whole, validation = measure(fb, {"dev2": path}, {})
    assert (held.label, held.questions, held.unanswerable) == ("dev2, held half", 2, 2)
    assert (worked.questions, worked.unanswerable) == (2, 0)
    assert whole.questions == 4 and whole.right == held.right + worked.right
    assert validation == total(validation.label, [held])
    assert "dev2" in VALIDATION


def test_a_whole_set_gives_one_row_and_no_validation(fb: FactBase, tmp_path: Path) -> None:
    path = tmp_path / "questions_dev8.yaml"
    path.write_text(SET, encoding="utf-8")
    (row,) = measure(fb, {}, {"dev8": path})
    assert (row.label, row.questions, row.unanswerable) == ("dev8", 4, 2)
    assert 0 <= row.right <= 4 and row.confident <= 2


def test_a_row_names_no_question() -> None:
    line = Row("dev13, held half", 146, 46, 101, 8, 1).line()
    assert line.split() == ["dev13,", "held", "half", "146", "(", "46)", "101", "69.2%", "/", "8", "/", "1"]
