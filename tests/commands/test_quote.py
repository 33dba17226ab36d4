"""`quote`: verbatim, attributed, cited; by speaker, organisation or words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("query", "speaker"),
    [
        ("sir clive", "clive-loader"),
        ("clive loder", "clive-loader"),
        ("Cllr Lloyd", "david-lloyd"),
        ("david loyd", "david-lloyd"),
        ("john shaw", "john-shaw"),
        ("hanrahan", "chris-hanrahan"),
        ("three forces spokesman", "three-forces-spokesman"),
        ("Northants police spokesman", "northamptonshire-police-spokesman"),
        ("PCCs", "east-midlands-pccs"),
    ],
)
def test_quotes_of_a_speaker(fb: FactBase, query: str, speaker: str) -> None:
    answer = run_command(fb, "quote", query)
    assert answer.status is Status.OK
    assert set(answer.ids) == set(fb.quotes_of_speaker[speaker])
    for quote_id in answer.ids:
        assert fb.quotes[quote_id].text in answer.body


def test_organisation_gives_its_peoples_quotes(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "unison")
    assert set(answer.ids) == {"unison-good-news", "hanrahan-meet-chiefs"}
    assert answer.title == "Quotes from Unison"


def test_company_gives_its_spokesmans_quotes(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "g4s")
    assert set(answer.ids) == {"shaw-disappointed", "shaw-front-line"}


def test_force_gives_the_quotes_on_its_deal(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "herts")
    assert set(answer.ids) == set(fb.quotes_of_speaker["david-lloyd"])


@pytest.mark.parametrize(
    ("words", "quote_id"),
    [
        ("masters of our own destiny", "loader-masters-of-destiny"),
        ("destiny", "loader-masters-of-destiny"),
        ("feasability study", "forces-feasibility-study"),
        ("officers on the beat", "shaw-front-line"),
        ("the alliance is not a merger", "pccs-not-a-merger"),
        ("retain its own identity", "pccs-local-policing"),
        ("good news for our members", "unison-good-news"),
        ("unique position of the three forces", "lloyd-evidence-framework"),
    ],
)
def test_words_from_inside_a_quote(fb: FactBase, words: str, quote_id: str) -> None:
    answer = run_command(fb, "quote", words)
    # A piece of a longer quotation leads with the quotation it belongs to.
    first = fb.pieces(fb.quotes[quote_id])[0].id
    assert answer.ids[0] == first
    assert quote_id in answer.ids


def test_direct_quotes_are_verbatim_and_attributed(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "sir clive")
    assert answer.body == (
        "> “We'd prefer to be the masters of our own destiny.”\n"
        "— Sir Clive Loader, Leicestershire Police and Crime Commissioner"
    )
    assert "BBC" in answer.footer


def test_reported_speech_is_marked(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "hanrahan")
    assert answer.body.startswith("*Reported:* Chris Hanrahan said the union will be looking")
    answer = run_command(fb, "quote", "john shaw")
    assert '*Reported:* John Shaw said the firm was "disappointed"' in answer.body
    assert "> “We firmly believe" in answer.body


def test_no_query_lists_speakers(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "")
    assert set(answer.ids) == set(fb.quotes_of_speaker)
    assert "David Lloyd" in answer.body


def test_miss(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "banana republic")
    assert answer.status is Status.NOT_FOUND


def test_a_date_inside_the_words_is_not_shown_as_when_they_were_said(fb: FactBase) -> None:
    body = run_command(fb, "quote", "three forces spokesman").body
    assert "On 3 November, we announced" in body
    assert "(3 November)" not in body
    assert "(early next year)" not in run_command(fb, "quote", "hanrahan").body


def test_a_piece_of_a_quotation_is_shown_with_its_neighbour(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "it is all about protecting")
    assert answer.ids == ("pccs-not-a-merger", "pccs-local-policing")
    assert answer.body.startswith("> “To be quite clear, the alliance is not a merger.\n> It is all about protecting")
    assert answer.body.count("”\n— The three forces' police and crime commissioners") == 1


def test_this_contract_keeps_what_it_refers_to(fb: FactBase) -> None:
    body = run_command(fb, "quote", "this contract").body
    lead = body.split("\n\n")[0]
    assert lead.startswith("> “All this means is that we will not be contracting with G4S through this contract.")
    assert "\n> My clear position is" in lead  # the next piece of the same quotation
    assert "*Note:* In the article this comes after his words on the G4S framework contract" in lead


def test_a_speakers_quotations_are_listed_whole(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "lloyd")
    assert len(answer.ids) == 6
    assert answer.body.count("— David Lloyd, Hertfordshire Police and Crime Commissioner") == 2  # two direct quotations
    assert answer.body.count("*Reported:* David Lloyd") == 2


def test_a_title_several_speakers_share_is_asked_about(fb: FactBase) -> None:
    answer = run_command(fb, "quote", "commissioners")
    assert answer.status is Status.AMBIGUOUS
    assert set(answer.ids) == {"east-midlands-pccs", "david-lloyd", "clive-loader"}


def test_the_title_says_containing_only_when_every_word_is_there(fb: FactBase) -> None:
    exact = run_command(fb, "quote", "good news for our members")
    assert exact.title == "Quotes containing `good news for our members`"
    # The quote says 'the decision was "good news..."': no "it" in it.
    close = run_command(fb, "quote", "it was good news?")
    assert close.ids == ("unison-good-news",)
    assert close.title == "Quotes matching `it was good news?`"
    typo = run_command(fb, "quote", "feasability study")
    assert typo.title == "Quotes matching `feasability study`"


def _shipped_words() -> list[str]:
    fb = FactBase.load()
    texts = [q.text for q in fb.quotes.values()] + [e.name for e in fb.entities.values()]
    return sorted({w.strip(".,;:!?“”\"'()").lower() for text in texts for w in text.split()} - {""})


_WORDS = _shipped_words()
_word = st.one_of(
    st.sampled_from(_WORDS),
    st.builds(
        lambda w, at, c: w[: at % len(w)] + c + w[at % len(w) + 1 :],
        st.sampled_from(_WORDS),
        st.integers(0, 12),
        st.sampled_from("aeioustz"),
    ),
    st.sampled_from(["zorbling", "the", "and", "of"]),
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_word, min_size=1, max_size=7))
def test_no_quote_covers_more_of_a_query_than_most_covered_says(fb: FactBase, words: list[str]) -> None:
    """ContentIndex.most_covered is what lets a misspelt name skip the search by words:
    it must bound the coverage of every quote that search can return."""
    query = " ".join(words)
    bound = fb.content.most_covered(query)
    for found in fb.content.search(query, limit=50, kinds=("quote",)):
        assert found.coverage <= bound


def test_a_misspelt_three_word_name_no_quote_holds_is_the_speaker(fb: FactBase) -> None:
    assert fb.content.most_covered("sir clivr loader") < 0.95  # "clivr" is at best a typo of a word
    answer = run_command(fb, "quote", "sir clivr loader")
    assert answer.title == "Quotes from Sir Clive Loader"
    assert fb.content.most_covered("the alliance is not a merger") == pytest.approx(1.0)
