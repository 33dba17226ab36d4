"""Whom a message credits, resolved against the fact base's names."""

from __future__ import annotations

import pytest

from commands.verify.speaker import Named, resolve
from knowledge import FactBase


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Lloyd", ("david-lloyd",)),
        ("Councillor David Lloyd of Herts", ("david-lloyd",)),  # a name inside more words
        ("the Herts PCC", ("david-lloyd",)),
        ("Lyod", ("david-lloyd",)),  # misspelt
        ("Sir Cleve", ("clive-loader",)),
        ("the union", ("unison",)),
        ("the firm", ("g4s",)),  # G4S's role is "Security firm"
        (
            "the spokesman",
            ("john-shaw", "unison-spokesman", "northamptonshire-police-spokesman", "three-forces-spokesman"),
        ),
    ],
)
def test_names_aliases_typos_and_roles(fb: FactBase, text: str, ids: tuple[str, ...]) -> None:
    named = resolve(fb, text)
    assert named is not None and set(named.ids) == set(ids)


@pytest.mark.parametrize("text", ["Boris Johnson", "john smith", "boris"])
def test_a_name_the_articles_never_give(fb: FactBase, text: str) -> None:
    assert resolve(fb, text) == Named(text)


@pytest.mark.parametrize("text", ["he", "someone", "my mate", "lol", "@everyone", "the BBC", ""])
def test_words_that_name_no_one(fb: FactBase, text: str) -> None:
    assert resolve(fb, text) is None


def test_an_organisation_credits_who_speaks_for_it(fb: FactBase) -> None:
    unison = Named("Unison", ("unison",))
    assert unison.credits(fb, "unison-spokesman") and unison.credits(fb, "chris-hanrahan")
    assert not unison.credits(fb, "david-lloyd")
    assert not Named("Boris").credits(fb, "david-lloyd")
