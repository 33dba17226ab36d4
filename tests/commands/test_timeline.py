"""`timeline`: events in article order, with only the times the articles give."""

from __future__ import annotations

from commands import Status, run_command
from knowledge import FactBase


def test_all_deals(fb: FactBase) -> None:
    answer = run_command(fb, "timeline", "")
    assert {f.name for f in answer.fields} == {d.name for d in fb.deals.values()}
    assert set(answer.ids) == set(fb.events)
    assert "neither gives its date of publication" in answer.body


def test_one_deal_in_order_with_relative_times(fb: FactBase) -> None:
    answer = run_command(fb, "timeline", "herts")
    (field,) = answer.fields
    lines = field.value.splitlines()
    assert lines[0].startswith("• **last year**")
    assert any("**last night**" in line for line in lines)
    assert list(answer.ids) == [e.id for e in fb.events_of_deal("herts-back-office")]


def test_dates_only_as_stated(fb: FactBase) -> None:
    text = run_command(fb, "timeline", "notts").fields[0].value
    assert "**3 November**" in text and "**by 2020**" in text and "**early next year**" in text
    assert "2013" not in text and "2014" not in text


def test_typo_and_miss(fb: FactBase) -> None:
    assert run_command(fb, "timeline", "northamtonshire").status is Status.OK
    assert run_command(fb, "timeline", "atlantis").status is Status.NOT_FOUND
