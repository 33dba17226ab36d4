"""Name matching: aliases, typos, case, partial names, and refusing to guess."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import chain

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from knowledge import PLACE_PREFIX, FactBase
from knowledge.matching import ACCEPT, AUTOCOMPLETE_LIMIT, NameIndex, Resolution
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


# -- a big index: the candidates, and stopping the scan at ACCEPT ----------------------------

_GIVEN = ["Amelia", "Bernard", "Carys", "Declan", "Eleri", "Fergus", "Gwen", "Hamish", "Isla", "Jonah", "Keir", "Lowri"]
_FAMILY = ["Ashworth", "Bramley", "Cartwright", "Dunmore", "Ellison", "Fairbairn", "Garside", "Holroyd"]
_PLACES = ["North Wexley", "South Wexley", "Wexley", "Greater Tamworth", "Tamworth", "East Lindon"]


def _big_index() -> NameIndex:
    """Over 1000 names (so that candidates are picked by their words), many
    sharing words, some sharing whole names between targets, some qualified."""
    entries = [(f"{g} {f}", f"person-{i}-{j}") for i, g in enumerate(_GIVEN) for j, f in enumerate(_FAMILY)]
    entries += [(f"Cllr {f}", target) for (name, target) in list(entries) for f in name.split()[1:]]
    entries += [(f"Dr {g} {f}-{h}", f"doctor-{g}-{f}-{h}") for g in _GIVEN for f in _FAMILY for h in _FAMILY]
    entries += [(f"{p} {kind}", f"{p}-{kind}".lower()) for p in _PLACES for kind in ("Police", "Council", "Fire")]
    entries += [(f"{p} {f} control room deal", f"deal-{p}-{f}".lower()) for p in _PLACES for f in _FAMILY]
    entries += [("Bramley", "person-1-1"), ("Ellison", "someone-else"), ("Gwen Holroyd", "twin")]
    assert len(entries) >= 1000
    return NameIndex(entries)


_BIG = _big_index()
_WORDS = sorted({w for name in _BIG.all_names() for w in name.split()})


def _typo(word: str, at: int, letter: str, how: int) -> str:
    at %= len(word)
    return (word[:at] + letter + word[at + 1 :], word[:at] + word[at + 1 :], word[:at] + letter + word[at:])[how]


_query_word = st.one_of(
    st.sampled_from(_WORDS),
    st.builds(_typo, st.sampled_from(_WORDS), st.integers(0, 20), st.sampled_from("aeiourstz"), st.integers(0, 2)),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9),
)
_queries = st.lists(_query_word, min_size=1, max_size=5).map(" ".join)


def _no_doctors(target: str) -> bool:
    return not target.startswith("doctor")


@settings(max_examples=150, deadline=None)
@given(query=_queries, allow=st.sampled_from([None, _no_doctors]))
def test_a_search_down_to_accept_keeps_exactly_the_hits_the_whole_search_accepts(
    query: str, allow: Callable[[str], bool] | None
) -> None:
    """Stopping the scan at ACCEPT drops no name the search down to SUGGEST
    would accept, and finds nothing it would not: same hits, same order."""
    whole = _BIG.search(query, allow)
    assert _BIG.search(query, allow, floor=ACCEPT) == [h for h in whole if h.score >= ACCEPT]
    full = _BIG.resolve(query, allow)
    quick = _BIG.resolve(query, allow, suggest=False)
    assert (quick.hits, quick.named, quick.found) == (full.hits, full.named, full.found)
    assert quick.suggestions == ()


def _most_common_candidates(index: NameIndex, norm: str) -> list[int]:
    """The candidates as first written: counted with a Counter, ranked by most_common."""
    similar = dict.fromkeys(s for word in dict.fromkeys(norm.split()) for s in index._similar_words(word))
    shared = Counter(chain.from_iterable(index._words[s] for s in similar))  # type: ignore[index]
    return list(shared) if len(shared) <= 300 else [pos for pos, _ in shared.most_common(300)]


def _similar_as_first_written(index: NameIndex, word: str) -> list[str]:
    """Similar words as first written: one scan per length merged, every piece of the word tried."""
    words: dict[str, list[int]] = index._words  # type: ignore[assignment]
    found = [word] if word in words else []
    if len(word) >= 4:
        hits = [
            (-score, n, at, near)
            for n in range(len(word) - 2, len(word) + 3)
            for near, score, at in process.extract(
                word, index._words_by_length.get(n, ()), scorer=fuzz.ratio, score_cutoff=65.0, limit=12
            )
        ]
        found += [h[3] for h in sorted(hits)[:12]]
        pieces = (word[i:j] for i in range(len(word) - 2) for j in range(i + 3, min(len(word), i + 24) + 1))
        found += [p for p in pieces if p != word and p in words]
    if len(word) >= 2:
        found += [w for w in sorted(words) if w.startswith(word)][:64]
    return found


@settings(max_examples=150, deadline=None)
@given(query=_queries)
@example(query="dr")  # over 300 names, each sharing one word: counted, not ranked
@example(query="dr bramley")  # over 300, some sharing two: counted and ranked
@example(query="wexley")  # named under 300 times: not counted
@example(query="cllr bramley")  # under 300 names, but named more than 300 times
def test_candidates_and_similar_words_are_those_first_written(query: str) -> None:
    norm = normalise(query)
    for word in norm.split():
        assert list(_BIG._find_similar(word)) == _similar_as_first_written(_BIG, word)
    assert list(_BIG._candidates(norm) or ()) == _most_common_candidates(_BIG, norm)


def test_without_suggestions_a_lookup_finds_the_same_names_and_offers_none() -> None:
    one, two = _BIG.resolve("Hamish Cartwrigt"), _BIG.resolve("Gwen Holroyde")  # the second has a twin
    assert [h.target for h in one.hits] == ["person-7-2"]
    assert [h.target for h in two.hits] == ["person-6-7", "twin"]
    assert _BIG.resolve("Hamish Cartwrigt", suggest=False) == one
    assert _BIG.resolve("Gwen Holroyde", suggest=False) == two
    missed = _BIG.resolve("Wexly control room")
    assert not missed.hits
    assert missed.suggestions[0].score == 85.5  # just under ACCEPT
    assert _BIG.resolve("Wexly control room", suggest=False) == Resolution()
