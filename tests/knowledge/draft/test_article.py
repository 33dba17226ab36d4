"""The story and nothing else: headline, paragraphs, publisher; no page furniture."""

from __future__ import annotations

from knowledge.draft._article import article_from_html, article_from_text
from tests.knowledge.draft.helpers import ARTICLES

BBC_STYLE = """\
Council votes to close three libraries

image captionThe library on Mill Street opened in 1911

Three libraries will close after a council vote.

'Heart of the community'

Campaigner Ann Roe said the decision was "a disgrace".

More on this story

Library cuts 'hit poorest'

Related Internet Links

The BBC is not responsible for the content of external sites.
"""


def test_plain_text_headline_story_and_furniture() -> None:
    article = article_from_text("s.txt", BBC_STYLE)
    assert article.headline == "Council votes to close three libraries"
    assert article.paragraphs == (
        "Three libraries will close after a council vote.",
        'Campaigner Ann Roe said the decision was "a disgrace".',
    )
    assert (article.publisher, article.publisher_basis) == (
        "BBC",
        "The BBC is not responsible for the content of external sites.",
    )
    assert article.text == BBC_STYLE  # quotes and bases are checked against the file as it is


def test_no_headline_no_publisher_no_date_unless_the_text_gives_them() -> None:
    article = article_from_text("s.txt", "The bridge is shut. Drivers face a long detour.\n")
    assert (article.headline, article.publisher, article.date) == (None, None, None)


def test_a_date_line_is_the_date_as_written() -> None:
    article = article_from_text("s.txt", "Bridge shut\n\nPublished 3 November 2014\n\nThe bridge is shut today.\n")
    assert (article.date, article.date_basis) == ("3 November 2014", "Published 3 November 2014")


def test_copyright_line_names_the_publisher() -> None:
    article = article_from_text("s.txt", "The bridge is shut today.\n\nCopyright Eastley Gazette 2024\n")
    assert article.publisher == "Eastley Gazette"
    assert article.paragraphs == ("The bridge is shut today.",)


def test_lines_without_blank_lines_are_paragraphs_and_wrapped_paragraphs_join() -> None:
    assert article_from_text("s.txt", "First line here.\nSecond line here.\n").paragraphs == (
        "First line here.",
        "Second line here.",
    )
    wrapped = "A long sentence that was\nwrapped over two lines.\n\nAnother one.\n"
    assert article_from_text("s.txt", wrapped).paragraphs == (
        "A long sentence that was wrapped over two lines.",
        "Another one.",
    )


def test_web_page_story_only() -> None:
    html = (ARTICLES / "library-closures.html").read_text(encoding="utf-8")
    article = article_from_html("library-closures.html", html)
    assert article.headline == "Libraries saved from closure"
    assert article.paragraphs[0] == (
        "Four libraries in Eastford will stay open after the county council dropped plans to close them."
    )
    text = " ".join(article.paragraphs)
    for furniture in (
        "Home",
        "Sport",
        "By Sam Patel",
        "opened in 1904",
        "Related stories",
        "opening hours cut",
        "Privacy",
    ):
        assert furniture not in text
    assert "&quot;" not in text and '"Libraries are the heart' in text  # entities decoded
    assert article.publisher == "Eastford Evening Post"
    # The text checked against is the story as read, with the line that names the publisher.
    assert article.text.startswith("Libraries saved from closure\n\nFour libraries")
    assert article.text.rstrip().endswith("© Eastford Evening Post 2024. All rights reserved.")


def test_web_page_without_article_element_uses_its_paragraphs() -> None:
    html = "<html><head><title>Bridge shut | Gazette</title></head><body><div class='share'><p>Share this</p></div>"
    html += "<p>The bridge is shut.<p>Drivers face a detour.</body></html>"
    article = article_from_html("p.html", html)
    assert article.headline == "Bridge shut"
    assert article.paragraphs == ("The bridge is shut.", "Drivers face a detour.")
