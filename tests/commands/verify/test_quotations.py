"""Quotations as verify compares them, and the one accessor for quotations
stored as several pieces."""

from __future__ import annotations

from commands.verify import Verdict, verify
from commands.verify import quotations as q
from knowledge import FactBase

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


def test_pieces_are_those_the_fact_base_records(fb: FactBase) -> None:
    for quote in fb.quotes.values():
        assert q.pieces_of(fb, quote) == fb.pieces(quote)
    assert [p.id for p in q.pieces_of(fb, fb.quotes["pccs-local-policing"])] == [
        "pccs-not-a-merger",
        "pccs-local-policing",
    ]


def test_a_claim_across_the_pieces_of_one_quotation_is_exact(fb: FactBase) -> None:
    """The PCCs' statement is one quotation the article runs over two paragraphs."""
    answer = verify(fb, SPANNING)
    assert answer.title == Verdict.EXACT
    assert answer.ids == ("pccs-not-a-merger", "pccs-local-policing")
    assert "**To be quite clear, the alliance is not a merger. It is all about protecting the quality" in answer.body
    assert verify(fb, f"Lloyd said '{SPANNING}'").title == Verdict.SOMEONE_ELSE


def test_a_claim_across_two_quotations_is_not_exact(fb: FactBase) -> None:
    spliced = "We'd prefer to be the masters of our own destiny. To be quite clear, the alliance is not a merger."
    assert verify(fb, spliced).title != Verdict.EXACT
