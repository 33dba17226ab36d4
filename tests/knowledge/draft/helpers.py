"""Helpers for the drafter's tests: draft a made-up article, check it loads and is verbatim."""

from __future__ import annotations

import textwrap
from pathlib import Path

from knowledge.draft import Draft, make_draft, render
from knowledge.draft._article import article_from_text
from knowledge.draft._records import DraftEntity
from knowledge.loader import read_records
from knowledge.model import Records
from knowledge.text import fold_quotes

ARTICLES = Path(__file__).parent / "articles"


def draft_of(text: str, known: Records | None = None, name: str = "story.txt") -> Draft:
    return make_draft(article_from_text(name, textwrap.dedent(text).strip() + "\n"), known)


def quotes_by_text(draft: Draft) -> dict[str, tuple[str, str]]:
    """quote text -> (speaker's name, kind)."""
    names = {e.id: e.name for e in draft.entities} | {r.id: r.name for r in draft.reused}
    return {q.text: (names[q.speaker], q.kind) for q in draft.quotes}


def entity(draft: Draft, name: str) -> DraftEntity:
    return next(e for e in draft.entities if e.name == name)


def not_verbatim(draft: Draft, article: str) -> list[str]:
    """Every quote, basis and time that is not the article's own words (curly quotes folded)."""
    text = fold_quotes(article)
    bad = []
    words = [
        *((f"{q.said} {q.text}" if q.said else q.text) for q in draft.quotes),
        *(e.basis for e in draft.entities),
        *(e.basis for e in draft.events),
        *(f.basis for f in draft.facts),
        *draft.deal.basis,
        *(w for w in (draft.source.title, draft.source.publisher_basis) if w),
    ]
    bad.extend(w for w in words if fold_quotes(w) not in text)
    bad.extend(f"{e.when!r} not in {e.basis!r}" for e in draft.events if e.when not in e.basis)
    bad.extend(
        f"{q.said_when!r} not in {q.said!r}" for q in draft.quotes if q.said_when and q.said_when not in (q.said or "")
    )
    return bad


def load(draft: Draft, folder: Path, *others: Path) -> Records:
    """The draft as a fact file in `folder` (beside copies of `others`), loaded by the real loader."""
    folder.mkdir(parents=True, exist_ok=True)
    for other in others:
        (folder / other.name).write_bytes(other.read_bytes())
    (folder / "draft.yaml").write_text(render(draft), encoding="utf-8")
    return read_records(folder)
