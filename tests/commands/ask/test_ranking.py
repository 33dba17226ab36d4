"""Ranking: work in proportion to the candidates, never the fact base."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from commands import run_command
from commands.ask.ranking import PAIR_BONUS, order_step, quoted_as_written
from commands.ask.reading import Unit
from knowledge import FactBase
from knowledge.question_index import Item, QuestionIndex

_SET = yaml.safe_load((Path(__file__).resolve().parents[1] / "questions.yaml").read_text(encoding="utf-8"))


def test_candidates_are_every_record_that_could_score(fb: FactBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a fact base this small every word gathers candidates, so they must
    be exactly the records a full pass would score: answers are the same."""
    import commands.ask.ranking as scoring

    questions = [str(e["q"]) for e in _SET]
    found = [run_command(fb, "ask", q) for q in questions]
    monkeypatch.setattr(scoring, "candidates", lambda qi, *_, **__: list(qi.items))
    assert [run_command(fb, "ask", q) for q in questions] == found


def test_the_order_of_listing_breaks_ties_only_on_any_size_of_fact_base() -> None:
    """The record listed first wins a tie: a millionth of a score per place on
    a small base (the shipped one's answers as ever), and on a big one never
    so much in all that it outweighs a record's better wording (its BM25, here
    13 against 14) or a pair of question words side by side."""
    assert order_step(73) == 1e-6
    for records in (1_000, 100_000, 10_000_000):
        spread = order_step(records) * records
        assert spread <= 1e-4
        assert spread < 14 / (1000 + 14) - 13 / (1000 + 13) < PAIR_BONUS


def test_candidates_stay_with_the_named_deal(fb: FactBase) -> None:
    from commands.ask.ranking import candidates
    from commands.ask.reading import read

    qi = fb.questions
    reading = read(qi, "the unison meeting with chief officers")
    found = candidates(qi, reading.units, reading.anchor, None)
    assert "em-unison-meeting" in found
    assert not {r for r in found if qi.items[r].deals == {"herts-back-office"}}


def test_a_common_word_gathers_no_candidates() -> None:
    from knowledge.search import ContentIndex

    docs = [(f"d{i}", "police said" + (" destiny" if i == 7 else "")) for i in range(400)]
    index = ContentIndex(docs)
    expanded = index.expand("police destiny")
    assert index.holding(expanded, limit=10) == {"d7"}
    assert index.holding(index.expand("police"), limit=10) is None
    assert index.matches(expanded, among={"d7", "d8"}) == {
        k: v for k, v in index.matches(expanded).items() if k in ("d7", "d8")
    }


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("the firm was delighted that", None),  # Shaw was "disappointed that"
        ("had been asked to stop", None),  # "asked to carry out"
        ("the company was delighted that", None),
        ("I would make my decisoin once", "lloyd-evidence-framework"),  # a likely spelling of "decision"
        ("the decision was god news", "unison-good-news"),  # an edit from "good"; "bad" is three
        ("the decision was bad news", None),
    ],
)
def test_a_word_quoted_as_written_stands_for_its_spellings_alone(fb: FactBase, text: str, record: str | None) -> None:
    assert quoted_as_written(fb, fb.questions, text, kinds=("quote",)) == record


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("what did g4s get wrong", ("g4s",)),  # a company in both stories: its deals are the anchor
        ("what did g4s say to hertfordshire", ()),  # the two names' common deal: one deal, filtered as itself
        ("what went wrong", ()),  # no name, no anchor
    ],
)
def test_an_anchor_of_a_names_deals_is_filtered_by_the_name(fb: FactBase, text: str, names: tuple[str, ...]) -> None:
    from commands.ask.ranking import anchored_by, candidates
    from commands.ask.reading import read

    qi = fb.questions
    reading = read(qi, text)
    assert anchored_by(qi, reading.mentions, reading.anchor) == names
    if names:
        assert frozenset().union(*(qi.deals_of[n] for n in names)) == reading.anchor
        plain = candidates(qi, reading.units, reading.anchor, None)
        assert candidates(qi, reading.units, reading.anchor, None, anchor_names=names) == plain


@pytest.mark.parametrize(
    "text",
    [
        "the commissioner was gutted about the back office talks",
        "unison warned members over outsourcing jobs",
        "lloyd reacted to staff being transferred to the firm",
    ],
)
def test_coverage_in_one_go_is_each_records_own(fb: FactBase, text: str) -> None:
    """Scoring many records at once gives each the very figure `coverage`
    gives it alone, with the other pieces of its quotation or without."""
    from commands.ask.ranking import coverage, coverages
    from commands.ask.reading import read

    qi = fb.questions
    units = read(qi, text).units
    ids = sorted(fb.quotes)[:40] + sorted(fb.facts)[:40]
    items = qi.items_of(ids)
    pieces = {q: fb.quotation.get(q, ()) for q in items}
    assert any(pieces.values())  # some are pieces of longer quotations
    assert coverages(qi, units, items, pieces) == {q: coverage(qi, units, items[q], pieces[q]) for q in items}
    alone = coverages(qi, units, items)
    assert alone == {q: coverage(qi, units, items[q]) for q in items}
    assert any(alone.values())
    assert coverages(qi, (), items) == dict.fromkeys(items, 0.0)


def _cover_record_by_record(qi: QuestionIndex, units: tuple[Unit, ...], item: Item, matched: dict[str, float]) -> float:
    """The coverage formula as written before Cover: each unit's share, names' parts weighed each time."""
    total = got = 0.0
    for unit in units:
        total += unit.weight
        if unit.parts:
            whole = sum(w for _, _, w in unit.parts)
            share = sum(w * matched.get(k, 0.0) for k, _, w in unit.parts) / whole if whole else 0.0
        else:
            share = matched.get(unit.key, 0.0)
        if unit.mention is not None and not unit.mention.place:
            share = max(share, *(qi.credit(t, item) for t in unit.mention.targets))
        got += unit.weight * share
    return got / total if total else 0.0


@pytest.mark.parametrize(
    "text", ["did the herts commissioner pull out of the g4s deal", "east midlands forces and the control room"]
)
def test_cover_worked_out_once_per_question_gives_the_same_floats(fb: FactBase, text: str) -> None:
    """Cover, which works out the units' side once, sums exactly what the
    formula did record by record: rankings and their ties stay the same."""
    from commands.ask.ranking import Cover, _expanded
    from commands.ask.reading import read

    qi = fb.questions
    units = read(qi, text).units
    assert any(u.parts for u in units) and any(u.mention is not None for u in units)
    covering = Cover(qi, units)
    items = qi.items_of(sorted(fb.facts) + sorted(fb.quotes))
    found = qi.content.matches(_expanded(units), among=items)
    figures = [covering(item, found.get(i, (0.0, {}))[1]) for i, item in items.items()]
    assert figures == [
        _cover_record_by_record(qi, units, item, found.get(i, (0.0, {}))[1]) for i, item in items.items()
    ]
    assert len(set(figures)) > 3
