"""Whom a message credits, resolved against the fact base's names."""

from __future__ import annotations

import pytest

from commands.verify.speaker import Named, mentioned, resolve
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


@pytest.mark.parametrize("text", ["Boris Johnson", "Priti Patel", "Boris"])
def test_a_proper_name_the_articles_never_give(fb: FactBase, text: str) -> None:
    assert resolve(fb, text) == Named(text)


@pytest.mark.parametrize(
    "text",
    [
        "he",
        "someone",
        "my mate",
        "lol",
        "@everyone",
        "the BBC",
        "",
        # A lowercase phrase the articles do not know is no proper name.
        "john smith",
        "boris",
        "full quote check pls",
        "my cousin's flatmate",
        # Chat framing: the message, where it was seen, whether it is true.
        "saw someone quote",
        "genuine quote or made up",
        "screenshot of a news app",
        "found this online",
        "quote check",
        "is this legit",
        "real or fake",
        "someone posted",
    ],
)
def test_words_that_name_no_one(fb: FactBase, text: str) -> None:
    assert resolve(fb, text) is None


def test_framing_around_a_party_still_names_the_party(fb: FactBase) -> None:
    named = resolve(fb, "someone at G4S")
    assert named is not None and "g4s" in named.ids
    named = resolve(fb, "saw the Unison spokesman quoted")
    assert named is not None and named.ids == ("unison-spokesman",)


def test_an_organisation_credits_who_speaks_for_it(fb: FactBase) -> None:
    unison = Named("Unison", ("unison",))
    assert unison.credits(fb, "unison-spokesman") and unison.credits(fb, "chris-hanrahan")
    assert not unison.credits(fb, "david-lloyd")
    assert not Named("Boris").credits(fb, "david-lloyd")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # A list of the three forces is "the three forces", whose spokesman speaks for them.
        ("spokesman for Leics, Notts and Northants forces", ("three-forces-spokesman",)),
        ("the Northants police spokesperson", ("northamptonshire-police-spokesman",)),
        ("the East Midlands forces' spokesperson", ("three-forces-spokesman",)),
        ("the G4S guy", ("john-shaw", "g4s")),  # the firm, or its spokesman
        ("the Leics commissioner", ("clive-loader",)),
        ("the Leicester PCC", ("clive-loader",)),  # a name cut short
        ("the three commissioners", ("east-midlands-pccs",)),
        ("Unison's spokesperson", ("unison-spokesman",)),  # a synonym, only when no party fits without
        ("Hertfordshire's police and crime commissioner", ("david-lloyd",)),
        ("G4S's John Shaw", ("john-shaw",)),
        ("didn't the Leicestershire PCC", ("clive-loader",)),  # words that lead in
        ("Lloyd on G4S", ("david-lloyd",)),  # what he spoke about is not who spoke
    ],
)
def test_descriptions_abbreviations_and_possessives(fb: FactBase, text: str, ids: tuple[str, ...]) -> None:
    named = resolve(fb, text)
    assert named is not None and set(named.ids) == set(ids)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # Words left out before a description name another party: they are not a lead-in.
        ("Hertfordshire police spokesman", ("hertfordshire-police",)),
        ("a Bedfordshire police spokesperson", ("bedfordshire-police",)),
        ("the Lincolnshire PCC", ("lincolnshire-police",)),
        ("Acme Security", ()),  # another firm's name, not the security firm G4S
        # ...while words that say nothing may be ("didn't", "wait so the").
        ("wait so the Herts PCC", ("david-lloyd",)),
        ("didn't the Leics PCC", ("clive-loader",)),
    ],
)
def test_words_before_a_description_that_name_another_party_are_not_dropped(
    fb: FactBase, text: str, ids: tuple[str, ...]
) -> None:
    named = resolve(fb, text)
    assert named is not None and named.ids == ids


def test_a_name_after_words_it_does_not_hold_is_still_named(fb: FactBase) -> None:
    named = resolve(fb, "Unison branch sec Chris Hanrahan")  # "sec": no word of any party's
    assert named is not None and "chris-hanrahan" in named.ids


@pytest.mark.parametrize("text", ["he said", "basically", "about policing", "the three forces' deal with Unison"])
def test_words_that_describe_no_one_resolve_to_no_one(fb: FactBase, text: str) -> None:
    named = resolve(fb, text)
    assert named is None or not named.ids or text.endswith("Unison")


def test_parties_mentioned_outside_a_quotation(fb: FactBase) -> None:
    assert mentioned(fb, "unison wants to  fair enough") == Named("unison", ("unison",))
    named = mentioned(fb, "so Lloyd and the union reckon")
    assert named is not None and named.ids == ("david-lloyd", "unison")
    assert mentioned(fb, "this is about G4S and the Herts deal") is None  # what it is about, a deal
    assert mentioned(fb, "good news for Unison lol") is None
    assert mentioned(fb, "the Olympics all over again") is None  # an event says nothing


@pytest.mark.parametrize(
    "text",
    [
        "I have company",  # a pronoun: a clause, not a description of a firm
        "negotiations for a",  # "contract" in Lincolnshire Police's role relates it to a contract; it is no name
        "the decision",  # nor is the decision the chief constables' recommendations were for
    ],
)
def test_a_clause_or_what_a_role_relates_to_describes_no_one(fb: FactBase, text: str) -> None:
    assert resolve(fb, text, inside=False) is None
