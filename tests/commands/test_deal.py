"""`deal`: the summary card, aliases and typos, ambiguity and misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import generate
from commands import Status, run_command
from commands.deal import LIST_ALL_UP_TO
from knowledge import FactBase

HERTS = "herts-back-office"
EM = "east-midlands-control-rooms"


@pytest.mark.parametrize(
    ("query", "deal"),
    [
        ("hertfordshire", HERTS),
        ("Herts", HERTS),
        ("hertfordshre", HERTS),
        ("beds", HERTS),
        ("Cambs", HERTS),
        ("cllr lloyd", HERTS),
        ("back office", HERTS),
        ("lincolnshire", HERTS),
        ("olympics", HERTS),
        ("notts", EM),
        ("Northants", EM),
        ("leicestershre", EM),
        ("east midlands", EM),
        ("999", EM),
        ("sir clive", EM),
        ("unison", EM),
        ("control rooms", EM),
        ("feasibility study", EM),
    ],
)
def test_finds_the_deal(fb: FactBase, query: str, deal: str) -> None:
    answer = run_command(fb, "deal", query)
    assert answer.status is Status.OK
    assert answer.ids[0] == deal
    assert answer.title == fb.deals[deal].name


def test_card_holds_who_what_status_why_next_and_source(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "herts")
    fields = {f.name: f.value for f in answer.fields}
    assert set(fields) >= {"Status", "Who", "Services", "Why", "What next", "Quotes"}
    assert fields["Status"].startswith("Abandoned.")
    assert "G4S" in fields["Who"] and "Bedfordshire" in fields["Who"]
    for service in ("HR", "finance", "ICT", "procurement", "corporate communications"):
        assert service in fields["Services"]
    assert "framework contract" in fields["Why"]
    assert "other market providers" in fields["What next"]
    assert answer.footer == "Source: Hertfordshire G4S back-office deal abandoned (untitled article)"


def test_east_midlands_card(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "notts")
    fields = {f.name: f.value for f in answer.fields}
    assert fields["Status"].startswith("Rejected.")
    assert "999 control rooms" in fields["Services"]
    assert "strategic alliance" in fields["What next"] and "2020" in fields["What next"]
    assert "masters" not in answer.body  # the summary is in our own words
    assert "BBC" in answer.footer


def test_company_in_both_deals_lists_both(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "g4s")
    assert answer.status is Status.AMBIGUOUS
    assert set(answer.ids) == {HERTS, EM}
    assert answer.matched


def test_no_query_lists_every_deal(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "")
    assert set(answer.ids) == set(fb.deals)
    assert "abandoned" in answer.body and "rejected" in answer.body


def test_uncovered_place_says_so_and_suggests(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "Herefordshire")
    assert answer.status is Status.NOT_FOUND
    assert "The articles say nothing about **Herefordshire**" in answer.body
    assert "Hertfordshire" in answer.suggestions


def test_miss_is_not_found(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "manchester united transfer")
    assert answer.status is Status.NOT_FOUND
    assert not answer.matched
    assert "The fact base covers" in answer.body


def test_london_is_covered_by_the_olympics(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "london")
    assert answer.status is Status.OK
    assert answer.ids[0] == HERTS
    assert "say nothing about" not in answer.body


def test_words_both_stories_share_name_both_deals(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "three forces privatisation")
    assert answer.status is Status.AMBIGUOUS
    assert set(answer.ids) == {HERTS, EM}


def test_a_miss_in_a_large_fact_base_points_to_the_finders_not_a_list_of_all(tmp_path: Path) -> None:
    generate(2000, tmp_path, seed=3)
    big = FactBase.load(tmp_path)
    assert len(big.deals) > LIST_ALL_UP_TO
    answer = run_command(big, "deal", "zzzz qqqq")
    assert answer.status is Status.NOT_FOUND
    assert f"covers {len(big.deals):,} deals" in answer.body
    assert not any(deal.name in answer.body for deal in big.deals.values())
