"""The one text-analysis pipeline: words, shorthand, stems, filler, phrases, searchable text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import FactBase
from knowledge.analysis import (
    FILLER,
    OPPOSITES,
    Analyzer,
    is_filler,
    searchable_text,
    stem,
    terms,
    time_phrase,
    words,
    years,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the east mids forces r leics, notts n derbyshire", "the east mids forces are leics notts and derbyshire"),
        ("w/o any police input", "without any police input"),
        ("didn't they", "did not they"),
        ("whos jon shaw 🤔", "who is jon shaw"),
        ("what % of herts police", "what percent of herts police"),
        ("cos of G4S thru the framework", "because of g4s through the framework"),
        # "there" before a noun of what is somebody's is "their"; "is there a" stays.
        ("unison - what was there view on it", "unison what was their view on it"),
        ("is there a statement", "is there a statement"),
        # Contractions run together read as with their apostrophe.
        ("theyd said youre right", "they d said you are right"),
        ("hed found theyve gone", "he d found they ve gone"),
    ],
)
def test_words_spell_out_shorthand_and_symbols(text: str, expected: str) -> None:
    assert " ".join(words(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Directly after a verb (by its form, its particle after the object,
        # or an auxiliary before it), before no noun of its own: "them".
        ("the forces sacked em", "the forces sacked them"),
        ("they let em go", "they let them go"),
        ("told em off", "told them off"),
        ("i keep muddling em up", "i keep muddling them up"),
        ("would cambs scrap em", "would cambs scrap them"),
        # After a preposition, "them" only with something plural before it.
        ("the unions would not sign with em lol", "the unions would not sign with them lol"),
        ("did they fall out with em", "did they fall out with them"),
        # Before a noun, first, or after a noun or a conjunction: a name, left as typed.
        ("em commissioners statement", "em commissioners statement"),
        ("em", "em"),
        ("the union response em", "the union response em"),
        ("hertfordshire and em", "hertfordshire and em"),
        ("were the em police involved", "were the em police involved"),
        # After a noun and a preposition, or a preposition with nothing to
        # stand for: the place.
        ("which commissioner speaks for em", "which commissioner speaks for em"),
        ("how does bedfordshire stack up against em", "how does bedfordshire stack up against em"),
        ("anything on em", "anything on em"),
        ("what went wrong with em", "what went wrong with em"),
        ("what was em", "what was em"),
    ],
)
def test_a_clipped_them_is_told_from_a_short_place_name(text: str, expected: str) -> None:
    assert " ".join(words(text)) == expected


def test_a_shorthand_letter_inside_a_word_is_left_alone() -> None:
    assert words("runner north") == ["runner", "north"]


def test_stems_meet_across_endings() -> None:
    assert stem("rejected") == stem("rejects") == stem("rejecting") == "reject"
    assert stem("binned") == stem("bin")


def test_chat_words_are_filler_and_never_terms_of_what_is_asked() -> None:
    for word in ("lol", "tbh", "ngl", "basically", "innit", "totally"):
        assert word in FILLER and is_filler(stem(word))
    assert not is_filler(stem("merger"))


def test_every_form_of_a_verb_of_asking_is_a_stopword() -> None:
    # "who handed them the report" and "who gave them the report" ask the same.
    assert terms("who gave them the report") == terms("who gives them the report") == ["report"]
    assert terms("it is known who showed up") == []


def test_size_words_and_words_for_the_telling_decide_nothing() -> None:
    # "a huge failure" asks for the failure; "how did the paper portray X" asks what it says of X.
    for word in ("huge", "big", "such", "portrayed", "describes", "paper", "question"):
        assert is_filler(stem(word))
    assert not is_filler(stem("failure"))


def test_opposites_go_both_ways() -> None:
    assert stem("keep") in OPPOSITES[stem("lose")]
    assert stem("lose") in OPPOSITES[stem("retain")]


def test_a_phrase_is_one_term_on_both_sides() -> None:
    analyzer = Analyzer([["abandon", "called off"], ["decide", "made the call"]])
    assert "call off" in analyzer.doc_terms("The talks were called off.")
    assert analyzer.query_terms("who made the call") == [" ".join((stem("made"), stem("call")))]
    assert analyzer.synonyms(" ".join((stem("made"), stem("call")))) == (stem("decide"),)


def test_synonyms_keep_the_vocabulary_order() -> None:
    analyzer = Analyzer([["drop", "scrap", "ditch"]])
    assert analyzer.synonyms("drop") == ("scrap", "ditch")


def test_searchable_text_is_defined_once_for_every_kind(fb: FactBase) -> None:
    fact = fb.facts["herts-only-bidder"]
    assert fact.text in searchable_text(fact, fb.entities) and "bidder" in searchable_text(fact, fb.entities)
    quote = fb.quotes["shaw-front-line"]
    assert "John Shaw" in searchable_text(quote, fb.entities)
    assert set(terms(searchable_text(fb.deals["herts-back-office"], fb.entities))) >= {"hr", "financ"}
    for record_id, text in ((f.id, searchable_text(f, fb.entities)) for f in fb.facts.values()):
        assert fb.questions.texts[record_id] == text


def test_times_and_years() -> None:
    assert time_phrase("A full alliance could be in place by 2020.") == "by 2020"
    assert time_phrase("On 3 November the forces announced a study.") == "On 3 November"
    assert years("by 2020, not 2025") == ("2020", "2025")
    assert years("On 3 November") == ()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_analysis_never_fails(text: str) -> None:
    assert all(isinstance(t, str) and t for t in terms(text))
    assert isinstance(words(text), list)


def test_q_in_chat_is_a_question_and_says_nothing_asked() -> None:
    assert words("quick q, who is she") == ["quick", "question", "who", "is", "she"]
    assert is_filler(stem("question"))


def test_words_that_set_two_things_side_by_side_are_not_what_is_asked() -> None:
    # "Lloyd versus Loader: which side..." asks of Lloyd and Loader.
    assert [t for t in terms("lloyd versus loader, which side") if not is_filler(t)] == terms("lloyd vs loader")
    assert terms("lloyd vs loader") == [stem("lloyd"), stem("loader")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("whn wer the forces sposed to decide", "when were the forces supposed to decide"),
        ("wich firm woz it, thier spokesman said", "which firm was it their spokesman said"),
    ],
)
def test_chat_misspellings_of_everyday_words_are_spelt_out(text: str, expected: str) -> None:
    assert " ".join(words(text)) == expected


def test_a_particle_opening_a_phrase_of_its_own_stays_with_it(fb: FactBase) -> None:
    analyzer = fb.questions.content.analyzer
    # "in house" is a phrase of its own, after the verb's own particle "back".
    assert analyzer.rejoin_particles("it s all coming back in house".split())[-2:] == ["in", "house"]
    # A particle after the verb's object is still the verb's.
    assert analyzer.rejoin_particles("they turned g4s down".split()) == ["they", "turned", "down", "g4s"]


# What building reads by shorter ways must be exactly what the plain functions give.
_PIECES = st.lists(
    st.sampled_from(
        "the police didn t cant r u thru w o Café ﬁnance 50% £5 & $ 👍 \u200b tab\there can t won t by 2020 "
        "in March 3 May last night early next year 1999s a2020 yesterday, Thursday: Police.".split(" ")
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=4))
def test_words_of_parts_are_the_words_of_the_joined_text(parts: list[str]) -> None:
    from knowledge.analysis import words_of_parts

    assert list(words_of_parts(parts)) == words(" ".join(parts))


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_a_time_is_found_exactly_as_the_pattern_finds_it(text: str) -> None:
    """The quick test for text holding no time never hides one the pattern finds."""
    from knowledge.analysis import _TIME

    match = _TIME.search(text.lower())
    assert time_phrase(text) == (text[match.start() : match.end()] if match else "")


def test_document_terms_are_the_stems_of_the_words_less_stopwords_with_phrases(fb: FactBase) -> None:
    """Analyzer.doc_terms maps words to terms at C speed: the same terms as stemming word by word."""
    from knowledge.analysis import GLUE, STOPWORDS

    analyzer = Analyzer([["called off", "pull the plug", "scrap"], ["on hold", "paused"]])
    assert GLUE <= STOPWORDS  # glue words go with the stopwords
    text = "They called it off, then pulled the plug: the talks were on hold, as Herts said"
    said = words(text)
    assert analyzer.doc_terms(text) == [stem(w) for w in said if w not in STOPWORDS] + ["pull plug", "on hold"]


_PHRASE_TEXTS = st.lists(
    st.sampled_from("called call off it pull pulled the plug to of a on hold held and crime police scrap".split()),
    max_size=14,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_PHRASE_TEXTS)
def test_a_document_holds_every_phrase_starting_at_each_of_its_words(text: str) -> None:
    """Each word (glue words skipped) adds the longest phrase its stems start, in order,
    overlapping phrases included: the longest-first scan below, word by word."""
    from knowledge.analysis import GLUE, STOPWORDS

    groups = [["called off", "pull the plug", "scrap"], ["on hold", "held"], ["police and crime", "police"]]
    analyzer = Analyzer(groups)
    phrases = {" ".join(stem(w) for w in member.split() if w not in GLUE) for g in groups for member in g}
    said = words(text)
    found = [stem(w) for w in said if w not in GLUE]
    expected = [stem(w) for w in said if w not in STOPWORDS]
    for start in range(len(found)):
        sizes = [n for n in range(len(found) - start, 1, -1) if " ".join(found[start : start + n]) in phrases]
        if sizes:
            expected.append(" ".join(found[start : start + sizes[0]]))
    assert analyzer.terms_of(said) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party hoping: what they believe they can do, in the articles' verb.
        ("what do the forces hope for", "what do the forces believe for"),
        ("does unison hope to do anything", "does unison believe to do anything"),
        ("are the pccs hoping to merge", "are the pccs hoping to merge"),
        ("lloyd hoped g4s could help", "lloyd believed g4s could help"),
        # The asker hoping frames the message and is left as filler.
        ("i hope someone can say who loader is", "i hope someone can say who loader is"),
        ("hoping somebody knows why herts walked away", "hoping somebody knows why herts walked away"),
        ("we are hoping for an answer", "we are hoping for an answer"),
    ],
)
def test_hope_is_a_partys_belief_but_the_askers_framing(text: str, expected: str) -> None:
    assert " ".join(words(text)) == expected
