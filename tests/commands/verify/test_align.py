"""Aligning a claim's words with the stretch of a quotation they fit best."""

from __future__ import annotations

from commands.verify.align import Op, align

QUOTE = "we d prefer to be the masters of our own destiny".split()


def _ops(claim: str) -> list[tuple[Op, str]]:
    alignment = align(claim.split(), QUOTE)
    return [(s.op, QUOTE[s.quote] if s.quote is not None else claim.split()[s.claim or 0]) for s in alignment.steps]


def test_a_fragment_costs_nothing_for_what_it_leaves_out() -> None:
    alignment = align("the masters of our own".split(), QUOTE)
    assert alignment.exact and alignment.cost == 0
    assert (alignment.start, alignment.end) == (5, 10)
    assert alignment.similarity == 1.0


def test_each_kind_of_difference() -> None:
    assert (Op.CHANGED, "destiny") in _ops("the masters of our own future")
    assert (Op.MISSING, "the") in _ops("to be masters of our own destiny")
    assert (Op.EXTRA, "true") in _ops("be the true masters of our")
    assert (Op.TYPO, "masters") in _ops("be the mastres of our own")
    assert (Op.TYPO, "masters") in _ops("be the master of our own")  # another form of the word


def test_costs_and_similarity() -> None:
    assert align("the masters of our own future".split(), QUOTE).cost == 1
    assert align("be the mastres of our".split(), QUOTE).cost == 0.4
    assert align("we d prefer to be the masters of our own future".split(), QUOTE).similarity == 1 - 1 / 11


def test_equally_cheap_alignments_pair_more_of_the_same_words() -> None:
    ops = _ops("we would rather be masters of our own destiny")
    assert ops[0] == (Op.SAME, "we") and (Op.SAME, "be") in ops


def test_a_short_word_is_never_a_typo_of_another() -> None:
    assert (Op.CHANGED, "we") in _ops("he d prefer to be")


def test_nothing_in_common() -> None:
    alignment = align("bananas grow on trees".split(), QUOTE)
    assert alignment.similarity == 0.0 and not alignment.exact


def test_within_a_fixed_stretch_every_word_of_it_is_paired_or_missing() -> None:
    quote = "negotiations for a deal which would have seen g4s take over services have been discontinued".split()
    claim = "negotiations for a deal with g4s have been discontinued".split()
    alignment = align(claim, quote, within=(0, len(quote)))
    assert (alignment.start, alignment.end) == (0, len(quote))
    missing = [quote[s.quote] for s in alignment.steps if s.op is Op.MISSING and s.quote is not None]
    assert {"which", "would", "take", "over", "services"} <= set(missing)
    same = [quote[s.quote] for s in alignment.steps if s.op is Op.SAME and s.quote is not None]
    assert same[:4] == ["negotiations", "for", "a", "deal"] and same[-3:] == ["have", "been", "discontinued"]
    offset = align("masters of our own".split(), QUOTE, within=(6, 11))
    assert next(QUOTE[s.quote] for s in offset.steps if s.quote is not None) == "masters"
    assert offset.steps[-1].op is Op.MISSING  # "destiny", left out
