"""`factbot draft`: a news article in, a fact file for an editor to review out.

    article = read_article("story.txt")          # .txt, .html, or "-" for standard input
    text = render(make_draft(article, known))    # known: the fact base's records, for reuse by id

Everything drafted is the article's own words: quotes and every basis are
copied from it, times are kept as written, and each guess the drafter makes
(a speaker found by adjacency or a pronoun, an organisation inferred from a
role) carries a `# review:` comment. Deals, facts and events are left as
commented stubs: summaries in our own words are the editor's job.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, TypeVar

from knowledge.draft._article import Article, article_from_html, article_from_text
from knowledge.draft._collect import collect
from knowledge.draft._entities import FALLBACK_ROLES, Cast
from knowledge.draft._ids import Ids, slug
from knowledge.draft._parse import parse
from knowledge.draft._reading import DraftError, read_input
from knowledge.draft._records import Draft, DraftQuote, DraftSource
from knowledge.draft._schema import document
from knowledge.draft._speech import Attribution
from knowledge.draft._stubs import deal, events, facts
from knowledge.draft._yaml import render as render_yaml
from knowledge.factbase import default_folder
from knowledge.loader import read_records
from knowledge.model import Deal, Entity, Event, Fact, Quote, Records, Source

__all__ = ["GENERIC_ROLES", "Article", "Draft", "DraftError", "make_draft", "read_article", "read_known", "render"]

_R = TypeVar("_R", Source, Entity, Deal, Fact, Quote, Event)

# The roles written when the article gives none: labels for a kind, not claims.
GENERIC_ROLES = frozenset(FALLBACK_ROLES.values())


def read_article(path: str, stdin: BinaryIO | None = None) -> Article:
    """The article at `path` ("-": standard input). Raises DraftError, never a traceback's worth."""
    name, text, html = read_input(path, stdin if stdin is not None else sys.stdin.buffer)
    return article_from_html(name, text) if html else article_from_text(name, text)


def read_known(folder: Path | None, replacing: Path | None = None) -> Records:
    """The fact base whose entities a draft reuses (None: the shipped one). Raises FactBaseError.

    A draft written over an earlier draft (`replacing`) reuses nothing of it: that file is about to go.
    """
    records = read_records(folder) if folder else read_records(default_folder(), label="knowledge/data")
    if replacing is None:
        return records
    target = replacing.resolve()

    def keep(items: tuple[_R, ...]) -> tuple[_R, ...]:
        return tuple(r for r in items if Path(r.origin.file).resolve() != target)

    return replace(
        records,
        sources=keep(records.sources),
        entities=keep(records.entities),
        deals=keep(records.deals),
        facts=keep(records.facts),
        quotes=keep(records.quotes),
        events=keep(records.events),
    )


def _source(article: Article, ids: Ids, seed: str | None) -> DraftSource:
    stem = Path(article.name).stem if article.name else "untitled"
    base = slug(article.headline, 5, skip_stopwords=True) if article.headline else slug(stem, 5)
    reviews = []
    if not article.headline:
        reviews.append("the text shows no headline: add `label:` in our own words")
    if not article.publisher:
        reviews.append("the text names no publisher, so none is recorded")
    if not article.date:
        reviews.append("the text gives no date of publication, so none is recorded")
    seed = seed or article.name
    if seed is None:
        reviews.append("read from standard input: add `seed:`, the article's file name")
    elif article.from_html and seed == article.name:
        reviews.append("`seed` is the saved page: save its story with `factbot draft --text` for `--articles`")
    return DraftSource(
        ids.new(f"{base}-article"),
        seed,
        article.headline,
        article.publisher,
        article.publisher_basis,
        article.date,
        article.date_basis,
        tuple(reviews),
    )


def make_draft(article: Article, known: Records | None = None, seed: str | None = None) -> Draft:
    """The draft of `article`; entities in `known` are reused by id.

    `seed` names the file holding the article's text, when that is not the article's own file.
    """
    paragraphs = parse(article)
    cast = Cast(known)
    collect(paragraphs, cast)
    said, unattributed = Attribution(paragraphs, cast).run()
    entities, reused = cast.finish()
    taken = {e.id for e in entities}
    if known is not None:
        groups = (known.sources, known.entities, known.deals, known.facts, known.quotes, known.events)
        taken |= {r.id for group in groups for r in group}
    ids = Ids(taken)
    source = _source(article, ids, seed)
    quotes: list[DraftQuote] = []
    # A piece continues only the last direct piece of its quotation by the
    # same speaker: a quotation whose pieces were credited to two people is
    # two quotations to the loader, and the editor is told by their reviews.
    last_piece: dict[tuple[int, str], str] = {}
    for s in said:
        speaker = s.speaker.final().id
        chain = (s.chain, speaker)
        quote_id = ids.new(f"{speaker}-{slug(s.text, 3, skip_stopwords=True)}")
        quotes.append(
            DraftQuote(
                quote_id,
                speaker,
                s.kind,
                s.text,
                s.said,
                s.said_when,
                s.about,
                last_piece.get(chain) if s.kind == "direct" else None,
                tuple(s.reviews),
            )
        )
        if s.kind == "direct":
            last_piece[chain] = quote_id
    reused_forces = [r.id for r in reused if known is not None and _is_force(known, r.id)]
    stub_base = source.id.removesuffix("-article")
    return Draft(
        source,
        tuple(entities),
        tuple(reused),
        tuple(quotes),
        tuple(unattributed),
        tuple(events(paragraphs, ids)),
        tuple(facts(paragraphs, ids)),
        deal(paragraphs, entities, reused_forces, ids, stub_base),
    )


def _is_force(known: Records, entity_id: str) -> bool:
    return any(e.id == entity_id and e.kind == "police force" for e in known.entities)


def render(draft: Draft) -> str:
    """The draft as a fact file, with `# review:` comments."""
    return render_yaml(document(draft))
