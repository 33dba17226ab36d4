"""Quotation marks in each house style."""

from __future__ import annotations

from knowledge.draft._quotations import find_quotations, house_style, opens_with_mark, paragraph_style


def words(text: str, style: str = "double") -> list[tuple[str, bool]]:
    return [(text[q.start : q.end], q.close is not None) for q in find_quotations(text, style)]  # type: ignore[arg-type]


def test_straight_and_curly_double_marks() -> None:
    assert words('He said "yes" and “no”.') == [("yes", True), ("no", True)]


def test_a_trailing_comma_stands_for_a_full_stop() -> None:
    assert words('"We agree," she said.') == [("We agree", True)]


def test_an_open_quotation_runs_to_the_paragraph_end() -> None:
    assert words('He said: "First part. Second part.') == [("First part. Second part.", False)]
    assert opens_with_mark('"Next paragraph."', "double")


def test_single_marks_leave_apostrophes_alone() -> None:
    text = "She said: ‘We’ve waited for the forces’ answer.’ Then she left."
    assert words(text, "single") == [("We’ve waited for the forces’ answer.", True)]
    assert house_style((text,)) == "single"


def test_a_paragraph_may_quote_in_single_marks_in_a_double_article() -> None:
    assert house_style(('He said "yes".', "‘No,’ she said.")) == "double"
    assert paragraph_style("‘No,’ she said.", "double") == "single"
    assert paragraph_style("It's fine.", "double") == "double"
