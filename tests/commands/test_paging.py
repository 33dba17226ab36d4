"""Long answers a page at a time: every quote can be read, in words
(`quote lloyd page 2`) wherever the answer is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from commands import Status, respond, run_command
from commands.answer import paginate, split_page, with_page
from commands.format import quotation_text, quotations
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


def mixed(folder: Path) -> FactBase:
    """A union and its two people on one deal, 60 quotes of every shape:
    long and short, reported with a verb and a time, with notes, and
    quotations in pieces (a piece of one landing at a page's end)."""
    quotes = []
    for i in range(60):
        who = ("bea-jones", "cal-wu", "union")[i % 3]
        lines = [
            f"  - id: m{i}",
            f"    speaker: {who}",
            "    deal: pay-deal",
            f"    text: Line {i} {'word ' * (i * 37 % 180)}end.",
        ]
        if i % 5 == 1:
            lines += ["    kind: reported", "    said: told members", "    said_when: on Friday"]
        else:
            lines += ["    kind: direct"]
        if i % 7 == 3 and i % 5 != 1:
            lines += ["    said_when: last week"]
        if i % 11 == 4:
            lines += [f"    note: Said at meeting {i}."]
        if i in (22, 25, 40):  # m22 runs on from m19 (Cal Wu), m25 from m22, m40 from m37
            lines += [f"    continues: m{i - 3}"]
        quotes.append("\n".join(lines))
    write(
        folder,
        "mixed.yaml",
        "source:\n  id: src\n  title: Pay talks\nentities:\n"
        "  - id: union\n    name: Union Ten\n    kind: union\n    role: A union\n"
        "  - id: bea-jones\n    name: Bea Jones\n    kind: person\n    role: Secretary\n    organisation: union\n"
        "  - id: cal-wu\n    name: Cal Wu\n    kind: person\n    role: Steward\n    organisation: union\n"
        "  - id: payco\n    name: Payco\n    kind: company\n    role: Payroll firm\n"
        "deals:\n  - id: pay-deal\n    name: Pay deal\n    status: signed\n    summary: Payco runs payroll.\n"
        "    companies: [payco]\n"
        f"quotes:\n{chr(10).join(quotes)}\n",
    )
    return FactBase.load(folder)


@pytest.mark.parametrize("query", ["union ten", "pay deal", "payco", "bea jones", "word word word end"])
def test_pages_are_those_the_whole_text_makes(tmp_path: Path, query: str) -> None:
    """Pages are laid out without formatting every quote; each holds the
    quotations it would if every one were written out and measured."""
    fb = mixed(tmp_path)
    first = run_command(fb, "quote", query)
    assert first.pages > 1
    shown = [run_command(fb, "quote", f"{query} page {n}") for n in range(1, first.pages + 1)]
    quotes = fb.quotes.many(i for answer in shown for i in answer.ids)
    whole = [(pieces, quotation_text(fb, pieces)) for pieces in quotations(fb, quotes)]
    pages = paginate(whole, lambda item: len(item[1]) + 2, PER_PAGE, PAGE_CHARS)
    assert [answer.ids for answer in shown] == [tuple(q.id for p, _ in page for q in p) for page in pages]
    for answer, page in zip(shown, pages, strict=True):
        assert answer.body.startswith("\n\n".join(text for _, text in page) + "\n\nPage ")
