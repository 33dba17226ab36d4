"""The phrase-judged question benchmark judges as its docstring says."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ask_phrases import Entry, SetFormatError, evaluate, judge, load, main, report
from commands import Answer, Citation, Status
from knowledge import FactBase

HERTS = "herts-g4s-article"
EAST_MIDLANDS = "east-midlands-g4s-article"


def test_loads_yes_and_no_as_verdicts(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text("- {q: 'is it off?', answerable: true, verdict: yes, any: [abandoned], story: herts}\n")
    assert load(path) == [Entry("is it off?", True, ("abandoned",), (), "yes", "herts", ())]


def test_a_set_in_ask_accuracys_format_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("- q: why did herts drop g4s?\n  answer: [herts-reason-framework]\n")
    with pytest.raises(SetFormatError, match=r"ask_accuracy\.py's format"):
        load(path)


def test_the_command_says_which_script_reads_the_other_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("- q: who is lloyd?\n  answer: david-lloyd\n")
    monkeypatch.setattr("sys.argv", ["ask_phrases.py", str(path)])
    assert main() == 2
    err = capsys.readouterr().err
    assert "benchmarks/ask_accuracy.py --questions" in err
    assert "Traceback" not in err


def test_right_needs_a_phrase_in_the_lead_not_the_runner_up(fb: FactBase) -> None:
    entry = Entry("q", True, any=("destiny",), story="east-midlands")
    lead = Answer("T", "masters of our own destiny", citations=(Citation(EAST_MIDLANDS, "x"),))
    later = Answer("T", "something\n\n**Also:** our own destiny", citations=(Citation(EAST_MIDLANDS, "x"),))
    assert judge(fb, entry, lead, 0.0).right
    assert not judge(fb, entry, later, 0.0).right


def test_verdicts_and_mixed_stories(fb: FactBase) -> None:
    entry = Entry("q", True, any=("Cambridgeshire",), verdict="no", story="herts")
    cites_herts = (Citation(HERTS, "x"),)
    assert judge(fb, entry, Answer("No: the Herts deal", "Cambridgeshire", citations=cites_herts), 0).right
    assert not judge(fb, entry, Answer("Yes: the Herts deal", "Cambridgeshire", citations=cites_herts), 0).right
    both = (Citation(HERTS, "x"), Citation(EAST_MIDLANDS, "y"))
    mixed = judge(fb, entry, Answer("No", "Cambridgeshire", citations=both), 0)
    assert mixed.mixed and not mixed.right


def test_unanswerable_is_right_only_when_declined(fb: FactBase) -> None:
    entry = Entry("q", False)
    assert judge(fb, entry, Answer("The articles don't say", status=Status.NOT_FOUND), 0).right
    assert not judge(fb, entry, Answer("Something", "text"), 0).right


def test_report_names_no_question_in_summary(fb: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    results = evaluate(fb, [Entry("why did herts drop g4s?", True, any=("unique position",), story="herts")])
    assert results[0].right
    assert report(results, summary=True) is True
    out = capsys.readouterr().out
    assert "right overall" in out and "why did herts" not in out


def test_a_crash_is_counted_wrong_and_the_measurement_goes_on(
    fb: FactBase, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crash_on_the_first(fb: FactBase, message: str) -> Answer:
        if "first" in message:
            raise KeyError("some-record")
        return Answer("The articles don't say", "", status=Status.NOT_FOUND)

    monkeypatch.setattr("benchmarks.ask_phrases.respond", crash_on_the_first)
    entries = [Entry("the first", True, any=("x",)), Entry("the second", False)]
    crashed, declined = evaluate(fb, entries)
    assert (crashed.right, crashed.why, crashed.title) == (False, "crashed", "crashed (KeyError)")
    assert declined.right
    assert not report([crashed, declined], summary=True)
    assert "crashed (counted wrong):                1/2" in capsys.readouterr().out
