"""Reading a message for the words it attributes and the name it gives."""

from __future__ import annotations

import pytest

from commands.verify.claim import Claim, prepare, quoted_claim, unquoted_claims, whole

WORDS = "we'd prefer to be the masters of our own destiny"


@pytest.mark.parametrize(
    ("message", "speaker"),
    [
        (f"Lloyd said '{WORDS}'", "Lloyd"),
        (f'Lloyd said: "{WORDS}"', "Lloyd"),
        (f"“{WORDS}” - Sir Clive", "Sir Clive"),
        (f"“{WORDS}” — Sir Clive Loader.", "Sir Clive Loader"),
        (f'according to Unison, "{WORDS}"', "Unison"),
        (f"Sir Clive: '{WORDS}'", "Sir Clive"),
        (f'"{WORDS}", said John Shaw', "John Shaw"),
        (f'"{WORDS}", John Shaw said.', "John Shaw"),
        (f'"{WORDS}" (Hanrahan)', "Hanrahan"),
        (f'did lloyd really say "{WORDS}"?', "lloyd"),
        (f'lol did lloyd really say "{WORDS}"', "lloyd"),
        (f'As Lloyd put it, "{WORDS}"', "Lloyd"),
        (f'"{WORDS}" who said this?', ""),
        (f'John Shaw said the firm was "{WORDS}"', "John Shaw"),  # reporting around the quoted words
    ],
)
def test_quoted_words_and_the_name_around_them(message: str, speaker: str) -> None:
    assert quoted_claim(prepare(message)) == Claim(WORDS, speaker, quoted=True)


def test_a_quotation_broken_by_said_is_joined() -> None:
    claim = quoted_claim(prepare('"We\'d prefer," said Lloyd, "to be the masters of our own destiny."'))
    assert claim == Claim("We'd prefer, to be the masters of our own destiny.", "Lloyd", quoted=True)


def test_apostrophes_inside_single_quotes_are_not_quote_marks() -> None:
    claim = quoted_claim(prepare("Sir Clive: 'We'd prefer it, and we don't mind'"))
    assert claim is not None and claim.words == "We'd prefer it, and we don't mind"


def test_curly_quotes_and_markup_are_read_as_plain() -> None:
    assert prepare("<@123456789012345678> ‘a’ “b” <:x:123456789012345678>\u200b") == "'a' \"b\""


def test_scare_quotes_inside_a_sentence_are_not_the_claim() -> None:
    assert quoted_claim(prepare('Police will form a "strategic alliance" to coordinate their work')) is None
    # ...but a short quotation with a speaker is.
    assert quoted_claim(prepare('John Shaw said G4S was "disappointed"')) == Claim("disappointed", "John Shaw", True)


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (f"Lloyd said {WORDS}", Claim(WORDS, "Lloyd")),
        (f"Lloyd said that {WORDS}", Claim(WORDS, "Lloyd")),
        (f"according to Unison, {WORDS}", Claim(WORDS, "Unison")),
        (f"{WORDS} - Sir Clive", Claim(WORDS, "Sir Clive")),
        (f"{WORDS}, said Loader", Claim(WORDS, "Loader")),
        (f"{WORDS} (Lloyd)", Claim(WORDS, "Lloyd")),
        (f"did Lloyd really say {WORDS}?", Claim(WORDS, "Lloyd")),
    ],
)
def test_without_quotation_marks_each_pattern_offers_a_split(message: str, claim: Claim) -> None:
    assert claim in unquoted_claims(prepare(message))


def test_the_whole_message_credits_no_one() -> None:
    assert whole(prepare(f"{WORDS} who said this?")) == Claim(WORDS)
    assert unquoted_claims(prepare("It is now clear that the contract was not suitable")) == []


def test_hostile_text_is_read_quickly_and_safely() -> None:
    for text in ("a " * 600 + " said " + "b " * 600, "x - " * 400, '"a" ' * 500, "(" * 1000 + ")" * 1000):
        quoted_claim(prepare(text))
        unquoted_claims(prepare(text))


@pytest.mark.parametrize(
    ("message", "name"),
    [
        (f'unison wants to "{WORDS}" fair enough', "unison"),
        (f'G4S reckons it\'s "{WORDS}"', "G4S"),
        (f'Sir Clive Loader\'s line was "{WORDS}"', "Sir Clive Loader"),
        (f'per the Unison spokesman, "{WORDS}"', "the Unison spokesman"),
        (f'G4S guy basically said "{WORDS}"', "G4S guy"),
        (f'didn\'t the Leicestershire PCC say something like "{WORDS}"?', "the Leicestershire PCC"),
        (f'the PCCs were like "{WORDS}" 🙃', "the PCCs"),
        (f'"{WORDS}" is what the forces said apparently', "the forces"),
        (f'"{WORDS}" was G4S\'s line', "G4S"),
        (
            f'"{WORDS}" - spokesman for Leics, Notts and Northants forces',
            "spokesman for Leics, Notts and Northants forces",
        ),
        (f'Unison\'s spokesperson called it "{WORDS}"', "Unison's spokesperson"),
        (f'"{WORDS}" (Hanrahan) lol', "Hanrahan"),
    ],
)
def test_attributions_come_in_many_shapes(message: str, name: str) -> None:
    claim = quoted_claim(prepare(message))
    assert claim is not None and claim.words == WORDS
    assert claim.speaker == name


def test_every_reading_of_the_name_and_the_words_outside_are_kept() -> None:
    claim = quoted_claim(prepare(f'I can\'t believe Lloyd said "{WORDS}" lol'))
    assert claim is not None
    assert claim.names == ("I can't", "I can't believe Lloyd")  # the caller takes the first that names someone
    assert claim.outside == "I can't believe Lloyd said lol"


def test_a_name_with_commas_is_tried_at_each_place_it_may_end() -> None:
    name = "Leicestershire, Nottinghamshire and Northamptonshire PCCs"
    for message in (f"According to {name}, {WORDS}", f"{name} said {WORDS}"):
        assert Claim(WORDS, name) in unquoted_claims(prepare(message))
