"""The verify benchmark: its generator makes what its docstring says, its
judge judges as it says, and on the real fact base the two safety counts
are zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import verify_accuracy as bench
from benchmarks.verify_accuracy import CLOSE, ELSE, EXACT, NOT_FOUND, Outcome, Variant
from commands.verify import quotations
from knowledge import FactBase
from knowledge.model import Quote
from knowledge.text import normalise


@pytest.fixture(scope="module")
def variants(fb: FactBase) -> list[Variant]:
    return bench.generate(fb, rounds=1)


def test_on_the_real_fact_base_nothing_altered_is_exact_and_no_misattribution_passes(
    fb: FactBase, variants: list[Variant]
) -> None:
    summary = bench.summarise(bench.evaluate(fb, variants))
    assert summary.altered_called_exact == 0
    assert summary.misattributions_passed == 0
    assert summary.total == len(variants)


def test_every_quotation_gets_every_kind_that_fits_it(fb: FactBase, variants: list[Variant]) -> None:
    kinds: dict[str, set[str]] = {}
    for variant in variants:
        for quote_id in variant.quotes:
            kinds.setdefault(quote_id, set()).add(variant.kind)
    for quote in fb.quotes.values():
        expected = {"speaker swapped", "changed word", "dropped word", "typos", "paraphrase"}
        expected |= {"reporter's words"} if quote.reported else {"verbatim", "fragment"}
        if '"' in quote.text:
            expected.add("quoted in reported speech")
        assert expected <= kinds[quote.id], quote.id
    direct = [q for q in fb.quotes.values() if not q.reported]
    assert sum(v.kind == "spliced" for v in variants) >= len(direct) / 2
    assert sum(v.kind == "invented" for v in variants) == len(bench.load_hand_written().invented)


def test_altered_words_really_are_altered(fb: FactBase, variants: list[Variant]) -> None:
    texts = [normalise(q.text.replace('"', "")) for q in fb.quotes.values()]
    for variant in variants:
        if variant.kind in ("changed word", "dropped word", "typos", "spliced", "invented"):
            words = normalise(variant.message)
            assert not any(words in text for text in texts), variant


def test_swapped_speakers_are_people_in_the_articles_who_did_not_say_it(fb: FactBase, variants: list[Variant]) -> None:
    names = {normalise(n) for e in fb.entities.values() for n in (e.name, *e.aliases)}
    for variant in variants:
        if variant.kind == "speaker swapped":
            speaker = fb.quotes[variant.quotes[0]].speaker
            own = {normalise(n) for n in (fb.entities[speaker].name, *fb.entities[speaker].aliases)}
            named = [n for n in names if n in normalise(variant.message)]
            assert named and not set(named) <= own, variant


def test_the_same_seed_makes_the_same_variants_and_another_seed_others(fb: FactBase) -> None:
    assert bench.generate(fb, seed=7, rounds=1) == bench.generate(fb, seed=7, rounds=1)
    assert bench.generate(fb, seed=7, rounds=1) != bench.generate(fb, seed=8, rounds=1)


def test_judging() -> None:
    swapped = Variant("speaker swapped", "m", ("q",), frozenset({ELSE}))
    assert Outcome(swapped, ELSE, ("q",)).right
    assert not Outcome(swapped, ELSE, ("other",)).right  # the real quotation must be cited
    assert Outcome(swapped, EXACT, ("q",)).misattribution_passed
    assert Outcome(swapped, CLOSE, ("q",)).misattribution_passed
    assert not Outcome(swapped, NOT_FOUND, ()).misattribution_passed
    typo = Variant("typos", "m", ("q",), frozenset({CLOSE}))
    assert Outcome(typo, EXACT, ("q",)).altered_called_exact and not Outcome(typo, EXACT, ("q",)).right
    invented = Variant("invented", "m", (), frozenset({NOT_FOUND}))
    assert Outcome(invented, NOT_FOUND, ("nearest",)).right
    verbatim = Variant("verbatim", "m", ("q",), frozenset({EXACT}))
    assert not Outcome(verbatim, EXACT, ("q",)).altered_called_exact


def test_pieces_of_one_quotation_make_variants_across_them(fb: FactBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the model records continuous quotations, the benchmark checks claims across pieces."""
    pieces = (fb.quotes["pccs-not-a-merger"], fb.quotes["pccs-local-policing"])

    def grouped(fb: FactBase, quote: Quote) -> tuple[Quote, ...]:
        return pieces if quote in pieces else (quote,)

    monkeypatch.setattr(quotations, "pieces_of", grouped)
    monkeypatch.setattr(bench, "pieces_of", grouped)
    across = [v for v in bench.generate(fb, rounds=1) if v.kind == "across pieces"]
    assert [v.quotes for v in across] == [("pccs-not-a-merger", "pccs-local-policing")]
    assert all(o.right for o in bench.evaluate(fb, across))


def test_main_prints_each_kind_and_the_safety_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hand = tmp_path / "hand.yaml"
    hand.write_text("paraphrases: {}\ninvented: [Bananas are the official fruit of the three forces.]\n")
    code = bench.main(["--rounds", "1", "--variants", str(hand)])
    out = capsys.readouterr().out
    for kind in bench.KINDS:
        assert kind in out
    assert 'invented or altered words called "Exact quote": 0 (target 0)' in out
    assert "misattributions passed as right: 0 (target 0)" in out
    assert code in (0, 1)


def test_a_hand_written_set_is_judged_and_its_held_half_shown_only_by_its_totals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    messages = tmp_path / "messages.yaml"
    messages.write_text(
        "- {message: \"Sir Clive said 'We'd prefer to be the masters of our own destiny'\", verdict: exact,"
        " kind: exact-whole}\n"
        "- {message: \"Lloyd said 'We'd prefer to be the masters of our own destiny'\", verdict: someone-else,"
        " kind: speaker-swapped}\n"
        "- {message: 'Bananas are the official fruit of the three forces', verdict: not-in-articles, kind: invented}\n"
    )
    loaded = bench.load_messages(messages)
    assert [v.kind for v in bench.half(loaded, "work")] == ["by hand: exact-whole", "by hand: invented"]
    assert [v.kind for v in bench.half(loaded, "held")] == ["by hand: speaker-swapped"]
    assert bench.main(["--messages", str(messages), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "by hand: speaker-swapped" in out and "verbatim" not in out  # only the set's own kinds
    assert bench.main(["--messages", str(messages), "--half", "held", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "(held)" in out and "overall" in out and "by hand" not in out and "WRONG" not in out
