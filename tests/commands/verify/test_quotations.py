"""Quotations as verify compares them, and the one accessor for quotations
stored as several pieces."""

from __future__ import annotations

import pytest

from commands.verify import Verdict, verify
from commands.verify import quotations as q
from knowledge import FactBase
from knowledge.model import Quote

SPANNING = "To be quite clear, the alliance is not a merger. It is all about protecting the quality of local policing"


def test_words_remember_where_they_stand(fb: FactBase) -> None:
    passage = q.passage([fb.quotes["loader-masters-of-destiny"]])
    assert [w.norm for w in passage.words[:3]] == ["we", "d", "prefer"]
    assert passage.words[0].chunk == passage.words[1].chunk == 0  # "We'd" is one word of the text
    assert all(w.direct for w in passage.words)


def test_in_reported_speech_only_the_words_in_quotes_are_direct(fb: FactBase) -> None:
    passage = q.passage([fb.quotes["unison-good-news"]])
    direct = [w.norm for w in passage.words if w.direct]
    assert direct == "good news for our members and the public".split()
    assert passage.reported


def test_today_every_quote_is_its_own_quotation(fb: FactBase) -> None:
    for quote in fb.quotes.values():
        assert q.pieces_of(fb, quote) == (quote,)


def test_a_claim_across_two_different_records_is_not_exact(fb: FactBase) -> None:
    assert verify(fb, SPANNING).title != Verdict.EXACT


def test_once_pieces_are_grouped_a_claim_across_them_is_exact(fb: FactBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model will record that the PCCs' two pieces are one quotation
    (issue 11); `pieces_of` is the one place that then changes."""
    pieces = (fb.quotes["pccs-not-a-merger"], fb.quotes["pccs-local-policing"])

    def grouped(fb: FactBase, quote: Quote) -> tuple[Quote, ...]:
        return pieces if quote in pieces else (quote,)

    monkeypatch.setattr(q, "pieces_of", grouped)
    answer = verify(fb, SPANNING)
    assert answer.title == Verdict.EXACT
    assert answer.ids == ("pccs-not-a-merger", "pccs-local-policing")
    assert "**To be quite clear, the alliance is not a merger. It is all about protecting the quality" in answer.body
    assert verify(fb, f"Lloyd said '{SPANNING}'").title == Verdict.SOMEONE_ELSE
