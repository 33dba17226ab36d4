"""Name matching: aliases, typos, case, partial names, and refusing to guess."""

from __future__ import annotations

import pytest

from knowledge import PLACE_PREFIX, FactBase
from knowledge.matching import AUTOCOMPLETE_LIMIT, NameIndex
from knowledge.text import clean, normalise


@pytest.mark.parametrize(
    ("query", "target"),
    [
        # aliases a British reader types
        ("Herts", "hertfordshire-police"),
        ("beds", "bedfordshire-police"),
        ("Cambs", "cambridgeshire-police"),
        ("leics", "leicestershire-police"),
        ("NOTTS", "nottinghamshire-police"),
        ("Northants", "northamptonshire-police"),
        ("east midlands", "east-midlands-control-rooms"),
        ("the Olympics", "london-olympics"),
        ("Cllr Lloyd", "david-lloyd"),
        ("Sir Clive", "clive-loader"),
        ("999", "east-midlands-control-rooms"),
        # typos, case and partial names
        ("hertfordshre", "hertfordshire-police"),
        ("nottinghamshir", "nottinghamshire-police"),
        ("northamtonshire", "northamptonshire-police"),
        ("david loyd", "david-lloyd"),
        ("clive loder", "clive-loader"),
        ("chris hanrahn", "chris-hanrahan"),
        ("JOHN SHAW", "john-shaw"),
        ("hanrahan", "chris-hanrahan"),
        ("G4s", "g4s"),
        ("unisn", "unison"),
        # invisible characters do not change the answer
        ("Her\u200bts", "hertfordshire-police"),
        ("\u202eNotts\u202c", "nottinghamshire-police"),
    ],
)
def test_resolves(fb: FactBase, query: str, target: str) -> None:
    resolution = fb.names.resolve(query)
    assert [h.target for h in resolution.hits] == [target]


def test_a_real_place_one_letter_away_is_not_taken_for_another(fb: FactBase) -> None:
    hits = fb.names.resolve("Herefordshire").hits
    assert [h.target for h in hits] == [PLACE_PREFIX + "Herefordshire"]


def test_equally_close_names_are_all_returned(fb: FactBase) -> None:
    # Between Herefordshire and Hertfordshire: do not pick one silently.
    targets = {h.target for h in fb.names.resolve("herfordshire").hits}
    assert targets == {PLACE_PREFIX + "Herefordshire", "hertfordshire-police"}


def test_nonsense_has_no_hit_and_no_suggestion(fb: FactBase) -> None:
    resolution = fb.names.resolve("xyzzy plugh")
    assert not resolution.hits
    assert not resolution.found


def test_far_typo_is_only_a_suggestion() -> None:
    index = NameIndex([("Hertfordshire", "h"), ("Bedfordshire", "b")])
    resolution = index.resolve("hrtfdshr")
    assert not resolution.hits
    assert [h.target for h in resolution.suggestions][:1] == ["h"]


def test_accept_and_margin_are_settings() -> None:
    entries = [("Hertfordshire", "h")]
    assert NameIndex(entries).resolve("hertfordshre").found
    assert not NameIndex(entries, accept=99).resolve("hertfordshre").found


def test_exact_alias_beats_any_fuzzy_hit(fb: FactBase) -> None:
    hit = fb.names.resolve("lloyd").hits[0]
    assert hit.exact
    assert hit.score == 100


def test_allow_filters_targets(fb: FactBase) -> None:
    hits = fb.names.resolve("herts deel", allow=lambda t: t in fb.deals).hits
    assert [h.target for h in hits] == ["herts-back-office"]


def test_an_exact_name_the_filter_refuses_blocks_fuzzy_guesses(fb: FactBase) -> None:
    resolution = fb.names.resolve("Lincs police", allow=lambda t: t != "lincolnshire-police")
    assert not resolution.hits
    assert [h.target for h in resolution.named] == ["lincolnshire-police"]


def test_a_short_name_inside_a_longer_word_is_no_match(fb: FactBase) -> None:
    assert not fb.names.resolve("1137999487832532767").hits
    assert fb.names.resolve("999 calls").hits[0].target == "east-midlands-control-rooms"


def test_same_query_same_answer(fb: FactBase) -> None:
    first = fb.names.resolve("hertford")
    assert all(fb.names.resolve("hertford") == first for _ in range(5))


def test_every_name_and_alias_finds_its_owner(fb: FactBase) -> None:
    for entity in fb.entities.values():
        for name in (entity.name, *entity.aliases):
            assert [h.target for h in fb.names.resolve(name).hits] == [entity.id], name
    for deal in fb.deals.values():
        for name in (deal.name, *deal.aliases):
            assert [h.target for h in fb.names.resolve(name).hits] == [deal.id], name


def test_autocomplete_prefix_first_and_capped(fb: FactBase) -> None:
    names = [h.name for h in fb.names.complete("no")]
    assert names[0].lower().startswith("no")
    assert len(fb.names.complete("")) <= AUTOCOMPLETE_LIMIT
    assert len(fb.names.complete("e", limit=100)) <= AUTOCOMPLETE_LIMIT


def test_autocomplete_finds_typos_and_inner_words(fb: FactBase) -> None:
    assert "clive-loader" in {h.target for h in fb.names.complete("clive lodr")}
    assert "chris-hanrahan" in {h.target for h in fb.names.complete("hanra")}


def test_autocomplete_one_entry_per_target(fb: FactBase) -> None:
    targets = [h.target for h in fb.names.complete("herts")]
    assert len(targets) == len(set(targets))


def test_large_index_uses_word_candidates() -> None:
    entries = [(f"Person {i:05d} Surname{i}", f"p{i}") for i in range(5000)]
    entries.append(("Hertfordshire", "herts"))
    index = NameIndex(entries)
    assert index.resolve("hertfordshre").hits[0].target == "herts"
    assert index.resolve("Person 01234 Surname1234").hits[0].target == "p1234"


def test_normalise_folds_case_accents_punctuation_and_invisibles() -> None:
    assert normalise("  Cllr.  LLOYD’s\u200b ") == "cllr lloyd s"
    assert normalise("Lloÿd") == "lloyd"
    assert normalise("\x00\x1b[31m") == "31m"
    assert clean("a\tb\nc\u200d") == "a b c"


def test_large_index_finds_words_run_together_and_partial_words() -> None:
    entries = [(f"Person{i} Surname{i}", f"p{i}") for i in range(1500)]
    entries += [("Victoria Mason", "vm"), ("Cllr Ellis", "ce"), ("Hanrahan", "h")]
    index = NameIndex(entries)
    assert index.resolve("VictoriaMason").hits[0].target == "vm"
    assert index.resolve("CllrEllis").hits[0].target == "ce"
    assert index.resolve("hanrahn").hits[0].target == "h"
    assert [h.target for h in index.complete("vict")] == ["vm"]


def test_names_of_a_target(fb: FactBase) -> None:
    assert "Sir Clive" in fb.names.names_of("clive-loader")
    assert fb.names.names_of("nobody") == []


@pytest.mark.parametrize(
    ("query", "name", "apart"),
    [
        ("west midlands", "east midlands", True),
        ("north wales", "wales", True),
        ("greater manchester", "manchester", True),
        ("east midlands", "east midlands", False),
        ("eest midlands", "east midlands", False),
    ],
)
def test_a_name_differing_by_a_qualifier_is_another_place(query: str, name: str, apart: bool) -> None:
    from knowledge.matching import differs_by_qualifier

    assert differs_by_qualifier(query, name) is apart


def test_a_qualified_place_is_never_a_typo_of_a_covered_one(fb: FactBase) -> None:
    # "North Midlands" is a letter or two from "East Midlands", but another place.
    assert not any(h.target == "east-midlands-control-rooms" for h in fb.names.search("north midlands"))
    assert not any(h.target == "east-midlands-control-rooms" for h in fb.names.spelt_like("west midlands", 60))
    assert fb.names.spelt_like("eest midlands", 80)[0].target == "east-midlands-control-rooms"


def test_the_filter_is_asked_once_per_target_and_decides_as_before() -> None:
    """A target with many names is allowed or not once per search (the
    filter may read the fact base), and the answer is what asking for every
    name would give."""
    entries = [(f"Kestrel Security {n}", "kestrel") for n in range(40)] + [("Kestrel Secure", "other")]
    index = NameIndex(entries)
    asked: list[str] = []

    def allow(target: str) -> bool:
        asked.append(target)
        return target != "other"

    hits = index.search("kestrel security", allow)
    assert sorted(asked) == ["kestrel", "other"]
    assert [h.target for h in hits] == ["kestrel"]
    assert [h.target for h in index.search("kestrel security")][:2] == ["kestrel", "other"]
