"""The question index: names in a question, what records are about, times, causes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import FactBase


def _words(text: str) -> list[str]:
    from knowledge.text import normalise

    return normalise(text).split()


def _words(text: str) -> list[str]:
    from knowledge.text import normalise

    return normalise(text).split()


def test_mentions_longest_first_and_fewest_stopwords(fb: FactBase) -> None:

    qi = fb.questions
    found = qi.mentions(_words("was the framework contract suitable for the leicestershire pcc"))
    assert [(m.targets, m.exact) for m in found] == [
        (("g4s-framework-contract",), True),  # "framework contract", not "the framework"
        (("clive-loader",), True),  # "leicestershire pcc", not the force
    ]


def test_misspelt_names_are_found_but_known_words_never(fb: FactBase) -> None:

    qi = fb.questions
    assert [m.targets for m in qi.mentions(_words("hertfordshre and sir clive lodaer"))] == [
        ("hertfordshire-police",),
        ("clive-loader",),
    ]
    # "leader" is not a word the articles use, but it is no name either;
    # "police" is a word they use, so it is never read as a misspelt name.
    assert qi.mentions(_words("police leader")) == []


def test_a_code_one_letter_short_of_a_name_is_that_name(fb: FactBase) -> None:
    qi = fb.questions
    # "g4" is no word: a clipped "G4S". A code no name begins with is nobody.
    assert [m.targets for m in qi.mentions(_words("the g4 spokesman"))] == [("g4s",)]
    assert qi.mentions(_words("the b7 spokesman")) == []


def test_places_no_article_covers(fb: FactBase) -> None:

    found = fb.questions.mentions(_words("herefordshire and paris"))
    assert [m.place for m in found] == [True, True]


def test_records_are_about_what_their_words_name(fb: FactBase) -> None:

    items = fb.questions.items
    assert {"northamptonshire-police", "g4s"} <= items["em-no-further-g4s-work"].about
    assert {"john-shaw", "g4s"} <= items["shaw-front-line"].about  # speaker and organisation


def test_a_fact_is_linked_to_the_quote_carrying_its_article_words(fb: FactBase) -> None:

    support = fb.questions.support
    assert support["em-masters-of-destiny"] == ("loader-masters-of-destiny",)
    assert "lloyd-evidence-framework" in support["herts-reason-framework"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A full alliance could be in place by 2020.", "by 2020"),
        ("On 3 November the forces announced a study.", "On 3 November"),
        ("to meet chief police officers early next year", "early next year"),
        ("as David Lloyd confirmed last night", "last night"),
        ("G4S provided its report.", ""),
    ],
)
def test_time_phrases(text: str, phrase: str) -> None:
    from knowledge.question_index import time_phrase

    assert time_phrase(text) == phrase


def test_explained_words() -> None:
    from knowledge.question_index import explained_positions

    words = "scrutiny came after g4s failed so soldiers came".split()
    flags = dict(zip(words, explained_positions(" ".join(words)), strict=True))
    assert flags["scrutiny"] and flags["soldiers"]
    assert not flags["failed"]  # the cause, before "so" and after "after"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from("g4s failed so soldiers came after because due to as a result which meant".split()), max_size=16
    )
)
def test_a_word_is_explained_when_a_marker_presents_it_as_the_outcome(words: list[str]) -> None:
    """Before any "X because Y"-marker, or after any "Y, so X"-marker, wherever they stand."""
    from knowledge.question_index import _EXPLAINED_AFTER_WORDS, _EXPLAINED_BEFORE_WORDS, explained_positions

    def at(marker: list[str]) -> list[int]:
        return [i for i in range(len(words)) if words[i : i + len(marker)] == marker]

    expected = [
        any(i < p for m in _EXPLAINED_BEFORE_WORDS for p in at(m))
        or any(i >= p + len(m) for m in _EXPLAINED_AFTER_WORDS for p in at(m))
        for i in range(len(words))
    ]
    assert list(explained_positions(" ".join(words))) == expected


def test_negation_reaches_two_words(fb: FactBase) -> None:
    from commands.ask.reading import read
    from commands.ask.verdict import verdict

    qi = fb.questions
    fact = qi.items["herts-g4s-not-ruled-out"]  # "did not rule out using G4S"
    assert verdict(fact, read(qi, "rule").predicate) == "no"
    assert verdict(fact, read(qi, "using").predicate) == "yes"
    assert verdict(fact, read(qi, "weather").predicate) == ""  # not in the fact: no verdict


def test_texts_read_in_one_go_are_the_texts_read_one_by_one(fb: FactBase) -> None:
    qi = fb.questions
    ids = [*list(fb.quotes)[:5], "no-such-record", *list(fb.facts)[:5], *fb.deals]
    together = qi.texts_of(ids)
    assert list(together) == [i for i in ids if i in qi.texts]
    assert all(qi.texts[i] == text for i, text in together.items())


def test_items_survive_the_store_whole(fb: FactBase) -> None:
    """An item read back is the item written: every field, the word
    sequences (kept as stored until read) included, equal and hashed alike."""
    from knowledge.question_index import Item, decode_item, encode_item

    qi = fb.questions
    items = qi.items_of(qi.items)
    assert items
    for record_id, item in items.items():
        again = decode_item(record_id, encode_item(item))
        assert again == item and hash(again) == hash(item), record_id
        assert isinstance(again.words, tuple) and isinstance(again.basis, tuple)
        assert all(isinstance(flag, bool) for flag in again.explained)
        assert len(again.explained) in (0, len(again.words))
        assert repr(again) == repr(item)
    made = Item("q1", "quote", frozenset({"d"}), frozenset(), frozenset({"x"}), "", ("a", "b"), (False, True))
    assert decode_item("q1", encode_item(made)) == made
    assert made != Item("q1", "quote", frozenset({"d"}), frozenset(), frozenset({"x"}), "", ("a", "c"), (False, True))


def test_an_item_holding_a_separator_is_refused() -> None:
    from knowledge.question_index import Item, encode_item

    with pytest.raises(ValueError, match="separator"):
        encode_item(Item("q1", "quote", frozenset({"a\x1fb"}), frozenset(), frozenset(), "", ()))


def test_services_claimed_are_those_every_word_of_which_is_claimed(fb: FactBase) -> None:
    """The services index finds what checking every deal's services finds, in deal order."""
    qi = fb.questions
    words = sorted({t for found in qi.service_terms.values() for service in found for t in service})
    claims = [set(), {"nothing"}, set(words), *({w} for w in words), set(words[::2]), set(words[1::2])]
    for claimed in claims:
        scanned = {
            deal: [at for at, service in enumerate(found) if service <= claimed]
            for deal, found in qi.service_terms.items()
        }
        assert qi.services_within(claimed) == {d: found for d, found in scanned.items() if found}, claimed
    assert qi.service_words == frozenset(words)


def test_a_build_finds_the_names_a_question_would() -> None:
    """names_in, which building uses, names exactly what named_in does: on
    every record's text, and on texts made of names, parts of names and
    stopwords, where spans overlap and longer names must win."""
    import random

    from knowledge.build import Graph
    from knowledge.loader import default_folder, read_records
    from knowledge.question_index import groundwork, named_in, names_in, searchable

    records = read_records(default_folder())
    graph = Graph.of(records)
    ground = groundwork(graph)
    texts = [t for r in searchable(records) for t in (getattr(r, "text", None), getattr(r, "basis", None)) if t]
    rng = random.Random(7)
    pieces = [
        *ground.names,
        *(w for n in ground.names for w in n.split()),
        "the",
        "of",
        "and",
        "Straße",
        "É",
        "(Herts),",
    ]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    for text in texts:
        assert names_in(graph.names, ground, text) == named_in(graph.names, text, starts=ground.starts), text
