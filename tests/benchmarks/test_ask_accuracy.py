"""The id-judged question benchmark splits, sums up and judges as its docstring says."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from commands import Status, run_command
from knowledge import FactBase

QUESTIONS = Path(__file__).resolve().parents[1] / "commands" / "questions.yaml"
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


def test_benchmark_halves_split_a_set_in_two() -> None:
    from benchmarks.ask_accuracy import load_questions

    dev, check = load_questions(half="dev"), load_questions(half="check")
    assert len(dev) + len(check) == len(_SET)
    assert dev[0][0] == _SET[0]["q"] and check[0][0] == _SET[1]["q"]
    assert not {q for q, _ in dev} & {q for q, _ in check}


def test_benchmark_summary_names_no_question(fb: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.ask_accuracy import evaluate, report

    report(evaluate(fb, [("why did herts drop g4s?", ("none",))]), verbose=True, summary=True)
    out = capsys.readouterr().out
    assert "wrong but confident" in out and "why did herts" not in out


def test_benchmark_reports_and_judges(fb: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.ask_accuracy import evaluate, load_questions, report

    assert len(load_questions(holdout=True)) + len(load_questions(holdout=False)) == len(_SET)
    outcomes = evaluate(fb, [("why did herts drop g4s?", ("herts-reason-framework",)), ("weather?", ("none",))])
    assert all(o.right for o in outcomes)
    assert report(outcomes) is True
    wrong = evaluate(fb, [("why did herts drop g4s?", ("none",))])
    assert wrong[0].wrong_confident and report(wrong) is False
    out = capsys.readouterr().out
    assert "wrong but confident" in out and "median time" in out


def test_a_set_in_ask_phrasess_format_is_named_as_such(tmp_path: Path) -> None:
    from benchmarks.ask_accuracy import SetFormatError, load_questions

    path = tmp_path / "other.yaml"
    path.write_text("- q: why did herts drop g4s?\n  answerable: true\n  any: [not suitable]\n")
    with pytest.raises(SetFormatError, match=r"ask_phrases\.py's format"):
        load_questions(path)


def test_the_command_says_which_script_reads_the_other_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.ask_accuracy import main

    path = tmp_path / "other.yaml"
    path.write_text("- q: who is lloyd?\n  answerable: true\n  any: [Lloyd]\n")
    monkeypatch.setattr("sys.argv", ["ask_accuracy.py", "--questions", str(path)])
    assert main() == 2
    err = capsys.readouterr().err
    assert "benchmarks/ask_phrases.py" in err
    assert "Traceback" not in err
