"""Long answers a page at a time: every quote can be read, in words
(`quote lloyd page 2`) wherever the answer is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from commands import Status, respond, run_command
from commands.answer import paginate, split_page, with_page
from commands.quote import PAGE_CHARS, PER_PAGE
from knowledge import FactBase
from tests.knowledge.factfiles import write

QUOTES = 40


def talkative(folder: Path) -> FactBase:
    """One speaker with 40 quotes of different lengths."""
    quotes = "\n".join(
        f"  - id: q{i}\n    speaker: ann-smith\n    kind: direct\n"
        f"    text: Number {i} says {'widgets ' * (i % 7 * 9)}today."
        for i in range(QUOTES)
    )
    write(
        folder,
        "talk.yaml",
        "source:\n  id: src\n  title: Talk\nentities:\n"
        "  - id: ann-smith\n    name: Ann Smith\n    kind: person\n    role: Chief of tests\n"
        f"quotes:\n{quotes}\n",
    )
    return FactBase.load(folder)


@pytest.fixture(scope="module")
def chatty(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    return talkative(tmp_path_factory.mktemp("kb"))


def test_split_page() -> None:
    assert split_page("lloyd page 2") == ("lloyd", 2)
    assert split_page("Lloyd  PAGE 12 ") == ("Lloyd", 12)
    assert split_page("page 3") == ("", 3)
    assert split_page("lloyd") == ("lloyd", 1)
    assert split_page("the front page") == ("the front page", 1)
    assert split_page("homepage 2") == ("homepage 2", 1)
    assert with_page("quote lloyd page 2", 3) == "quote lloyd page 3"
    assert with_page("quote lloyd", 2) == "quote lloyd page 2"


def test_paginate_keeps_within_count_and_size() -> None:
    sizes = [5, 5, 5, 20, 1, 1, 1, 1]
    pages = paginate(sizes, lambda n: n, per_page=3, budget=12)
    assert pages == [[5, 5], [5], [20], [1, 1, 1], [1]]
    assert paginate([], len, 3, 10) == []


def test_every_quote_is_on_exactly_one_page(chatty: FactBase) -> None:
    first = run_command(chatty, "quote", "ann smith")
    assert first.pages > 1 and first.page == 1
    seen: list[str] = []
    for page in range(1, first.pages + 1):
        answer = run_command(chatty, "quote", f"ann smith page {page}")
        assert answer.status is Status.OK
        assert (answer.page, answer.pages) == (page, first.pages)
        assert answer.title == f"Quotes from Ann Smith (page {page} of {first.pages})"
        assert len(answer.ids) <= PER_PAGE
        quoted = answer.body.rsplit("\n\nPage ", 1)[0]
        assert len(quoted) <= PAGE_CHARS
        for quote_id in answer.ids:
            assert chatty.quotes[quote_id].text in answer.body
        seen += answer.ids
    assert sorted(seen) == sorted(chatty.quotes) and len(seen) == QUOTES


def test_each_page_says_how_to_read_the_next(chatty: FactBase) -> None:
    first = run_command(chatty, "quote", "ann smith")
    assert first.body.endswith(f"Page 1 of {first.pages}. Next: `!quote Ann Smith page 2`")
    shown = respond(chatty, "!quote smith")  # whatever the query, the hint names the speaker
    assert shown.body.endswith(f"Page 1 of {first.pages}. Next: `!quote Ann Smith page 2`")
    last = respond(chatty, f"!quote ann smith page {first.pages}")
    assert last.body.endswith(
        f"Page {first.pages} of {first.pages}, the last. Back to the first: `!quote Ann Smith page 1`"
    )
    # The text form is the same in the console, `factbot ask` and a mention.
    assert respond(chatty, "quote ann smith page 2") == respond(chatty, "!quote ann smith page 2")


@pytest.mark.parametrize("page", [0, 99])
def test_a_page_that_does_not_exist(chatty: FactBase, page: int) -> None:
    pages = run_command(chatty, "quote", "ann smith").pages
    answer = respond(chatty, f"!quote ann smith page {page}")
    assert answer.status is Status.USAGE
    assert answer.body == (
        f"`!quote Ann Smith` has {pages} pages; there is no page {page}. Try `!quote Ann Smith page {pages}`."
    )


def test_a_word_search_is_paged_too(chatty: FactBase) -> None:
    answer = run_command(chatty, "quote", "says widgets today")
    assert answer.pages > 1
    assert answer.body.endswith("Next: `!quote says widgets today page 2`")
    second = run_command(chatty, "quote", "says widgets today page 2")
    assert second.page == 2 and set(second.ids).isdisjoint(answer.ids)


def test_a_short_answer_has_one_page_and_no_page_line(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "lloyd")
    assert (answer.page, answer.pages) == (1, 1)
    assert "Page 1" not in answer.body and "(page" not in answer.title
    assert run_command(fb, "quote", "lloyd page 1") == answer
