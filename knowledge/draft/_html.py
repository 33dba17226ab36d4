"""A saved web page's story: its headline and paragraphs, without the page around them.

Menus, headers, footers, asides, figures and captions, bylines, share and
related-link boxes are left out by tag and by class name; when the page has
an <article>, only its paragraphs count. Footer text is kept apart: it is
where a page names its publisher ("© Eastford Evening Post 2024").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP_TAGS = frozenset(
    "nav header footer aside figure figcaption form script style noscript template svg button select "
    "iframe label".split()
)
_SKIP_CLASSES = re.compile(
    r"nav|menu|footer|header|related|share|social|promo|caption|byline|breadcrumb|comment|newsletter|"
    r"advert|sidebar|cookie|subscribe|more-on|read-more|tags|topics",
    re.I,
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li title time".split())
_SPACES = re.compile(r"\s+")


@dataclass
class Page:
    title: str | None = None
    headline: str | None = None
    story: list[str] = field(default_factory=list)  # paragraphs, inside <article> when there is one
    loose: list[str] = field(default_factory=list)  # paragraphs outside any <article>
    furniture: list[str] = field(default_factory=list)  # text of skipped parts: footers, bylines, times
    has_article: bool = False


@dataclass
class _Open:
    tag: str
    skipped: bool
    in_article: bool


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[_Open] = []
        self.block: str | None = None
        self.text: list[str] = []

    def _skipped(self) -> bool:
        return any(o.skipped for o in self.stack)

    def _in_article(self) -> bool:
        return any(o.in_article for o in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self.text.append(" ")
            return
        if tag in _BLOCKS and self.block is not None and tag in ("p", "li") and self.block in ("p", "li"):
            self._flush()  # a <p> left open is closed by the next one, as browsers do
        names = " ".join(v for k, v in attrs if k in ("class", "id", "role") and v)
        skipped = tag in _SKIP_TAGS or bool(names and _SKIP_CLASSES.search(names))
        self.stack.append(_Open(tag, skipped, tag == "article"))
        if tag == "article":
            self.page.has_article = True
        if tag in _BLOCKS and self.block is None:
            self.block = tag
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == self.block:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.block is not None:
            self.text.append(data)

    def _flush(self) -> None:
        tag, self.block = self.block, None
        text = _SPACES.sub(" ", "".join(self.text)).strip()
        self.text = []
        if not text:
            return
        page = self.page
        if tag == "title":
            page.title = page.title or text
        elif tag == "h1" and page.headline is None:
            page.headline = text
        elif self._skipped() or tag == "time":
            page.furniture.append(text)
        elif tag == "p":
            (page.story if self._in_article() else page.loose).append(text)

    def close(self) -> None:
        super().close()
        if self.block is not None:
            self._flush()


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.page
