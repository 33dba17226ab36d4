"""An article as the drafter reads it: headline, story paragraphs, publisher.

Page furniture (captions, crossheads, bylines, "More on this story" and
everything after it, share prompts, disclaimers) is kept out of the story:
it states nothing. A footer line that names the site ("The BBC is not
responsible for the content of external sites", "© Eastford Evening Post
2024") is the one thing taken from it: the publisher, with that line as its
basis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.draft._html import read_page
from knowledge.draft._reading import DraftError
from knowledge.draft._times import time_phrases

# A line that ends the story: everything after it is the page around the story.
_END_MARKERS = frozenset(
    """more on this story|related internet links|related topics|related stories|related content|related links|
    share this page|share this story|share this article|explore more on these topics|topics|most read|
    top stories|you may also like|more from this section|sign up to our newsletter|follow us|
    read more about these links|comments|advertisement""".replace("\n", "").split("|")
)
_END_MARKERS = frozenset(m.strip() for m in _END_MARKERS)
_FURNITURE_START = re.compile(
    r"^(?:image caption|image copyright|image source|media caption|media playback|photograph:|photo:|picture:|"
    r"caption:|getty images|share on |published\b|posted\b|last updated|updated\b|copyright\b|©|\(c\)|"
    r"follow us|sign up|click here|advertisement)",
    re.I,
)
_BYLINE = re.compile(r"^By [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+(?:,.*)?$")
_CLOSERS = "\"'”’)]"
_NAME = r"[A-Z][\w&’'.-]*(?: (?:of |and |& )?[A-Z0-9][\w&’'.-]*){0,5}"
_PUBLISHER = (
    re.compile(rf"^(?:Copyright|©|\(c\))\s*(?:\d{{4}}\s+)?(?P<name>{_NAME}?)(?:\s+\d{{4}})?(?:[.,;]|$)", re.I),
    re.compile(rf"^(?:The )?(?P<name>{_NAME}) is not responsible for the content of external"),
    re.compile(rf"^(?:Published|Posted) by (?P<name>{_NAME})"),
)
_DATE_LINE = re.compile(r"^(?:(?:Published|Posted|Updated|Last updated)[: ]\s*)?(?P<date>.{4,40})$", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;]$")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")  # "Bridge shut | Gazette": the page's title less the site


@dataclass(frozen=True, slots=True)
class Article:
    name: str | None  # the file's name; None for standard input
    text: str  # the text every quote and basis is verbatim in
    headline: str | None
    paragraphs: tuple[str, ...]
    publisher: str | None = None
    publisher_basis: str | None = None
    date: str | None = None
    date_basis: str | None = None
    from_html: bool = False


def _is_heading(paragraph: str) -> bool:
    """A crosshead or headline: short, and not a sentence."""
    bare = paragraph.rstrip(_CLOSERS + " ")
    return len(paragraph.split()) <= 14 and not _SENTENCE_END.search(bare)


def _furniture(paragraph: str) -> bool:
    return bool(_FURNITURE_START.match(paragraph) or _BYLINE.match(paragraph)) or (
        "not responsible for the content of external" in paragraph
    )


def _publisher(lines: list[str]) -> tuple[str | None, str | None]:
    for line in lines:
        for pattern in _PUBLISHER:
            match = pattern.match(line)
            if match and match.group("name").strip(" .,"):
                return match.group("name").strip(" .,"), line
    return None, None


def _date(lines: list[str]) -> tuple[str | None, str | None]:
    """A line that is only a date ("Published 3 November 2014"): the page's date, as written."""
    for line in lines:
        match = _DATE_LINE.match(line)
        if not match:
            continue
        spans = time_phrases(match.group("date"))
        text = match.group("date")
        if len(spans) == 1 and spans[0] == (0, len(text)) and any(ch.isdigit() for ch in text):
            return text, line
    return None, None


def _split_paragraphs(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(not line.strip() for line in lines[:-1]) and len(lines) > 1:
        return [line.strip() for line in lines if line.strip()]  # no blank lines: one paragraph a line
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _assemble(name: str | None, text: str, blocks: list[str], extra: list[str], headline: str | None) -> Article:
    story: list[str] = []
    furniture: list[str] = list(extra)
    ended = False
    for i, block in enumerate(blocks):
        if ended or block.strip().lower().rstrip(":") in _END_MARKERS:
            ended = True
            furniture.append(block)
        elif _furniture(block):
            furniture.append(block)
        elif _is_heading(block):
            if headline is None and not story and i == 0:
                headline = block.strip()
            else:
                furniture.append(block)
        else:
            story.append(block)
    if not story:
        where = name or "standard input"
        raise DraftError(f"{where} has no story paragraphs: nothing that reads as sentences")
    publisher, publisher_basis = _publisher(furniture)
    date, date_basis = _date(furniture)
    return Article(name, text, headline, tuple(story), publisher, publisher_basis, date, date_basis)


def article_from_text(name: str | None, text: str) -> Article:
    return _assemble(name, text, _split_paragraphs(text), [], None)


def article_from_html(name: str | None, html: str) -> Article:
    page = read_page(html)
    blocks = page.story if page.has_article and page.story else page.story + page.loose
    headline = page.headline or (_SITE_SUFFIX.sub("", page.title) if page.title else None)
    article = _assemble(name, "", blocks, page.furniture, headline)
    # The text to check against: the story as read, plus the line naming the publisher.
    parts = [p for p in (article.headline, *article.paragraphs, article.publisher_basis, article.date_basis) if p]
    return Article(
        article.name,
        "\n\n".join(parts) + "\n",
        article.headline,
        article.paragraphs,
        article.publisher,
        article.publisher_basis,
        article.date,
        article.date_basis,
        from_html=True,
    )
