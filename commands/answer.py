"""The structured answer every command returns, whatever shows it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")


class Status(StrEnum):
    OK = "ok"  # answered one thing
    AMBIGUOUS = "ambiguous"  # several things fit equally; all are listed
    NOT_FOUND = "not_found"  # nothing in the fact base fits
    USAGE = "usage"  # the request itself was malformed

    @property
    def exit_code(self) -> int:
        """grep-like: 0 answered, 1 nothing matched, 2 usage error."""
        return {Status.OK: 0, Status.AMBIGUOUS: 0, Status.NOT_FOUND: 1, Status.USAGE: 2}[self]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Citation:
    source_id: str
    text: str  # how the source is named: title and publisher where known


@dataclass(frozen=True, slots=True)
class Answer:
    title: str
    body: str = ""
    fields: tuple[Field, ...] = ()
    citations: tuple[Citation, ...] = ()
    status: Status = Status.OK
    suggestions: tuple[str, ...] = ()  # names offered as "did you mean"
    ids: tuple[str, ...] = ()  # ids of the records the answer rests on
    page: int = 1  # a long answer is shown a page at a time: this one...
    pages: int = 1  # ...of this many

    @property
    def matched(self) -> bool:
        return self.status in (Status.OK, Status.AMBIGUOUS)

    @property
    def footer(self) -> str:
        if not self.citations:
            return ""
        label = "Source" if len(self.citations) == 1 else "Sources"
        return f"{label}: " + "; ".join(c.text for c in self.citations)

    def with_prefix(self, prefix: str, marker: str) -> Answer:
        """The answer with every `marker` in its text replaced by `prefix`."""

        def fix(text: str) -> str:
            return text.replace(marker, prefix)

        return replace(
            self,
            title=fix(self.title),
            body=fix(self.body),
            fields=tuple(Field(fix(f.name), fix(f.value), f.inline) for f in self.fields),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["matched"] = self.matched
        return data


# "lloyd page 2": the page asked for, at the end of a query.
_PAGE = re.compile(r"(?:^|\s)page\s*(\d{1,6})\s*$", re.IGNORECASE)


def split_page(query: str) -> tuple[str, int]:
    """A query and the page it asks for: ("lloyd page 2") -> ("lloyd", 2); no page asked is page 1."""
    found = _PAGE.search(query)
    if found is None:
        return query, 1
    return query[: found.start()].strip(), int(found.group(1))


def with_page(text: str, page: int) -> str:
    """The text that asks for another page of the same answer."""
    return f"{split_page(text)[0]} page {page}".strip()


def paginate(items: Sequence[T], size: Callable[[T], int], per_page: int, budget: int) -> list[list[T]]:
    """Items in pages of at most `per_page`, and at most `budget` in total size
    unless one item alone is bigger. The same items always make the same pages,
    so "page 3" means one thing."""
    pages: list[list[T]] = []
    used = 0
    for item in items:
        cost = size(item)
        if not pages or len(pages[-1]) >= per_page or (pages[-1] and used + cost > budget):
            pages.append([])
            used = 0
        pages[-1].append(item)
        used += cost
    return pages
