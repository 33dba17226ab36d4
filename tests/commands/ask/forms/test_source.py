"""Questions about the articles themselves."""

from __future__ import annotations

from commands import Status, run_command
from commands.ask.forms import parse
from commands.ask.question import Form
from knowledge import FactBase


def test_who_published_an_article(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which outlet published the east midlands story?")
    assert answer.status is Status.OK
    assert answer.ids == ("east-midlands-g4s-article",)
    assert "BBC" in answer.title and "The BBC is not responsible" in answer.body


def test_what_an_article_does_not_give_is_said_plainly(fb: FactBase) -> None:
    herts = run_command(fb, "ask", "who published the story about lloyd?")
    assert herts.status is Status.NOT_FOUND
    assert "don't say who published it" in herts.body and "not given in the text" in herts.body
    assert run_command(fb, "ask", "when was the bbc article published?").status is Status.NOT_FOUND


def test_which_article_says_something(fb: FactBase) -> None:
    assert run_command(fb, "ask", "which article says g4s was disappointed?").ids == ("east-midlands-g4s-article",)


def test_a_report_is_not_an_article() -> None:
    assert parse("when was the g4s report published?").form is not Form.SOURCE
    assert parse("what was the date of the feasibility study?").form is Form.WHEN
    assert parse("who published the article about the alliance?").form is Form.SOURCE
