"""Reading an article: paragraphs, quotations (also over several paragraphs), sentences."""

from __future__ import annotations

from knowledge.articles import OUTSIDE, Article
from knowledge.fidelity import time_phrases

STORY = """\
Acme drops “widget” plan

Ann Smith said: "We love widgets. We make them every day.

"They are the best widgets... and we will keep making them.

A spokesman said the news was "a relief".
"""


def quoted(article: Article, words: str) -> set[int]:
    """The quotation numbers over the word characters of some words."""
    at = article.find(words)[0]
    return {article.quotation[at + i] for i, ch in enumerate(words) if ch.isalnum()}


def test_paragraphs_are_folded_and_joined_by_newlines() -> None:
    article = Article("a.txt", STORY)
    assert article.text.splitlines()[0] == 'Acme drops "widget" plan'  # curly marks as straight ones
    assert len(article.text.splitlines()) == 4


def test_a_quotation_runs_over_paragraphs_that_reopen_it() -> None:
    article = Article("a.txt", STORY)
    assert quoted(article, "We love widgets") == quoted(article, "keep making them") == {1}
    assert quoted(article, "Ann Smith said") == {OUTSIDE}
    # Left open at its paragraph's end, not reopened: it ends there.
    assert quoted(article, "A spokesman said the news was") == {OUTSIDE}
    assert quoted(article, "a relief") == {2}


def test_a_quoted_word_in_a_headline_is_a_quotation_of_its_own() -> None:
    article = Article("a.txt", STORY)
    assert quoted(article, "widget") == {0}
    assert quoted(article, "plan") == {OUTSIDE}


def test_lines_are_paragraphs_when_there_are_no_blank_lines() -> None:
    article = Article("a.txt", 'He said: "Open.\nShe said no.\n')
    assert quoted(article, "Open") == {0}
    assert quoted(article, "She said no") == {OUTSIDE}


def test_sentences_end_before_a_capital_or_a_quotation_mark_not_inside_an_ellipsis() -> None:
    article = Article("a.txt", STORY)
    sentences = [article.sentence_text(i) for i in range(len(article.sentences))]
    assert sentences == [
        'Acme drops "widget" plan',
        'Ann Smith said: "We love widgets.',
        "We make them every day.",
        '"They are the best widgets... and we will keep making them.',
        'A spokesman said the news was "a relief".',
    ]


def test_whole_sentences_and_whole_quotations_are_units() -> None:
    article = Article("a.txt", STORY)
    for words in (
        "We love widgets.",
        "We make them every day.",
        "We love widgets. We make them every day.",
        "a relief",
    ):
        at = article.find(words)[0]
        assert article.starts_unit(at) and article.ends_unit(at + len(words)), words
    at = article.find("love widgets")[0]
    assert not article.starts_unit(at)
    assert not article.ends_unit(article.find("We love")[0] + len("We love"))


def test_nearest_passage_for_words_that_are_not_there() -> None:
    article = Article("a.txt", STORY)
    assert "We love widgets" in article.nearest("We adore widgets")
    assert article.nearest("zzzz qqqq xxxx") == ""


def test_names_are_found_as_whole_words() -> None:
    article = Article("a.txt", STORY)
    assert article.names("ann smith")
    assert not article.names("Smit")


def test_time_phrases() -> None:
    text = "On 3 November, last night and early next year; by 2020, in May 2019 or on Monday, not may or march."
    assert time_phrases(text) == ["3 November", "last night", "early next year", "2020", "2019", "Monday"]
    assert time_phrases("3 November 2014") == ["3 November 2014"]
