"""Every quote, title and basis in the fact base is verbatim from its article."""

from __future__ import annotations

import pytest

from knowledge import FactBase
from knowledge.text import fold_quotes
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"source articles not found at {SEEDS} (the shared/ folder sits beside the checkout)"
)


def article(fb: FactBase, source_id: str) -> str:
    seed = fb.sources[source_id].seed
    assert seed, f"source {source_id} names no seed file"
    return fold_quotes((SEEDS / seed).read_text(encoding="utf-8"))


def test_every_quote_is_verbatim(fb: FactBase) -> None:
    for quote in fb.quotes.values():
        words = f"{quote.said} {quote.text}" if quote.reported and quote.said else quote.text
        assert fold_quotes(words) in article(fb, quote.source), f"{quote.id} ({quote.origin}) is not verbatim"


def test_every_basis_is_verbatim(fb: FactBase) -> None:
    records = [*fb.entities.values(), *fb.facts.values(), *fb.events.values()]
    for record in records:
        assert record.basis, f"{record.id} ({record.origin}) has no basis in the article"
        assert fold_quotes(record.basis) in article(fb, record.source), f"{record.id} basis is not verbatim"


def test_titles_and_publishers_come_from_the_text(fb: FactBase) -> None:
    for source in fb.sources.values():
        text = article(fb, source.id)
        if source.title:
            assert fold_quotes(source.title) in text
        if source.publisher:
            assert source.publisher_basis and fold_quotes(source.publisher_basis) in text
            assert source.publisher in source.publisher_basis
        assert not source.date, "neither article gives a publication date"
