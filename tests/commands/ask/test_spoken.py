"""Reading a message dictated by voice typing (commands/ask/spoken.py)."""

from __future__ import annotations

import pytest

from commands import respond
from commands.ask.spoken import written
from knowledge import FactBase


def _read(fb: FactBase, text: str) -> str:
    return written(fb.questions, text)


@pytest.mark.parametrize(
    ("dictated", "meant"),
    [
        ("tell me about the g four s bid", "tell me about the G4S bid"),
        ("anything on the gee four ess study", "anything on the G4S study"),
        ("g for s and the forces", "G4S and the forces"),
        ("the nine nine nine plan in brief", "the 999 plan in brief"),
        ("ready by twenty twenty or later", "ready by 2020 or later"),
        ("what the p c c's agreed", "what the PCC's agreed"),
        ("was h r among them", "was HR among them"),
        ("a triple nine call", "a 999 call"),
        ("the g4 s bid", "the G4S bid"),
        ("was eye see tea in it", "was ICT in it"),  # words heard for letters' names
        ("did the e m forces sign", "did the EM forces sign"),  # a place's short form, spelt out
    ],
)
def test_a_code_spoken_piece_by_piece_is_joined(fb: FactBase, dictated: str, meant: str) -> None:
    assert _read(fb, dictated) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "the three forces and their two commissioners",  # numbers that spell no code stay words
        "plan b or plan c",  # letters that spell nothing known stay apart
        "i see you are there",
        "Why did Herts drop G4S?",
        "was the back office deal ever signed",  # two words the fact base has as they stand
        "what did the union say",  # an ordinary word is never read as the name it sounds like
        "did Herefordshire sign with anyone",  # a place of its own, not a mishearing of Hertfordshire
        "what happened in the West Midlands",
    ],
)
def test_typed_text_is_left_as_it_is(fb: FactBase, typed: str) -> None:
    assert _read(fb, typed) == typed


def test_one_word_heard_as_two_is_joined(fb: FactBase) -> None:
    assert _read(fb, "his view on out sourcing") == "his view on outsourcing"
    assert _read(fb, "police in bedford shire") == "police in bedfordshire"
    assert _read(fb, "police in north ampton shire") == "police in northamptonshire"
    assert _read(fb, "the uni son rep") == "the unison rep"  # two short words that make a name


def test_a_date_said_in_words_is_written_as_the_articles_write_it(fb: FactBase) -> None:
    assert _read(fb, "news from the first of march") == "news from 1 March"
    assert _read(fb, "news from october the twenty second") == "news from 22 October"
    assert _read(fb, "not before twenty thirty one") == "not before 2031"  # a year, known or not
    assert _read(fb, "since nineteen oh five") == "since 1905"
    assert _read(fb, "the twenty forces") == "the twenty forces"  # a number, no year
    assert _read(fb, "may the fourth") == "may the fourth"


def test_punctuation_said_aloud_is_written(fb: FactBase) -> None:
    assert _read(fb, "is that so question mark") == "is that so?"
    assert _read(fb, "that is it full stop") == "that is it full stop"  # emphasis, typed as often as said


def test_two_words_heard_as_one_are_split(fb: FactBase) -> None:
    assert _read(fb, "the backoffice jobs") == "the back office jobs"


def test_a_name_heard_as_a_word_that_sounds_like_it(fb: FactBase) -> None:
    assert _read(fb, "quote from loyd please") == "quote from Lloyd please"
    assert _read(fb, "the nots force") == "the Notts force"
    assert _read(fb, "the hurts commissioner") == "the Herts commissioner"
    assert _read(fb, "the heart's deal") == "the Herts' deal"


def test_a_word_that_looks_and_sounds_like_a_short_name_is_read_so_only_in_a_name(fb: FactBase) -> None:
    assert _read(fb, "the knots police") == "the Notts police"
    assert _read(fb, "my knots are tight") == "my knots are tight"


def test_a_name_heard_for_an_ordinary_word_of_asking_is_not_read_so(fb: FactBase) -> None:
    assert _read(fb, "the leader of the pack") == "the leader of the pack"  # an office, not Loader
    assert _read(fb, "i cant see it") == "i cant see it"  # shorthand for "can not"


def test_a_self_correction_keeps_only_the_correction(fb: FactBase) -> None:
    assert _read(fb, "the cambs no sorry the beds force") == "the beds force"
    assert _read(fb, "the cambs sorry the beds force") == "the beds force"
    assert _read(fb, "quote from shaw i mean hanrahan") == "quote from hanrahan"  # a name taken back
    assert _read(fb, "the bedford i mean bedfordshire force") == "the bedfordshire force"  # a word reworked
    assert _read(fb, "no sorry") == "no sorry"  # nothing before it to take back


def test_i_mean_or_sorry_that_takes_nothing_back_is_kept(fb: FactBase) -> None:
    assert _read(fb, "what i mean is who spoke") == "what i mean is who spoke"
    assert _read(fb, "hi sorry to bother you") == "hi sorry to bother you"
    assert _read(fb, "an alliance rather than a deal") == "an alliance rather than a deal"
    assert _read(fb, "they hang on to it") == "they hang on to it"


def test_sounds_of_hesitation_are_dropped(fb: FactBase) -> None:
    assert _read(fb, "who er spoke for the er union") == "who spoke for the union"
    assert _read(fb, "the term errand stays") == "the term errand stays"


def test_a_dictated_question_is_answered_as_the_typed_one(fb: FactBase) -> None:
    dictated = respond(fb, "!ask um who spoke for g four s in the story")
    typed = respond(fb, "!ask who spoke for G4S in the story?")
    assert dictated.title == typed.title
    assert dictated.ids == typed.ids


@pytest.mark.parametrize(
    "dictated",
    [
        "what happened on the fırst of march",  # dotless i: matched case-blind, then no key of the lookup
        "who is lloyd questıon mark",
        "what happened in twenty sıxteen",
    ],
)
def test_a_letter_that_only_folds_to_ascii_is_no_spoken_word(fb: FactBase, dictated: str) -> None:
    assert _read(fb, dictated) == dictated
    answer = respond(fb, f"!ask {dictated}")
    assert "failed inside Factbot" not in f"{answer.title} {answer.body}"


def test_sorry_after_a_name_takes_it_back_only_for_another_name(fb: FactBase) -> None:
    assert _read(fb, "was g4s sorry the deal ended?") == "was g4s sorry the deal ended?"
    assert _read(fb, "was unison sorry about the decision") == "was unison sorry about the decision"
    assert _read(fb, "quote from shaw sorry hanrahan") == "quote from hanrahan"


def test_no_wait_and_no_no_in_plain_english_take_nothing_back(fb: FactBase) -> None:
    assert _read(fb, "is there no wait for the alliance") == "is there no wait for the alliance"
    assert _read(fb, "did unison say no no to outsourcing") == "did unison say no no to outsourcing"
    assert _read(fb, "the herts no wait the hertfordshire deal") == "the hertfordshire deal"  # said again
    assert _read(fb, "quote from shaw no no hanrahan") == "quote from hanrahan"  # a name for a name
    assert _read(fb, "was it lloyd no wait the leicester one") == "was it the leicester one"  # a name said short


def test_an_ordinary_word_that_sounds_like_a_name_is_read_so_only_where_a_name_stands(fb: FactBase) -> None:
    assert _read(fb, "what is at the heart of the dispute?") == "what is at the heart of the dispute?"
    assert _read(fb, "what hurts the police most") == "what hurts the police most"
    assert _read(fb, "the hurts commissioner") == "the Herts commissioner"  # an office follows


def test_the_user_is_answered_in_their_own_words_not_the_rewrite(fb: FactBase) -> None:
    # "loyd" is read as Lloyd, but a message the articles cannot answer is echoed as typed.
    answer = respond(fb, "!ask what did loyd eat for breakfast on the moon")
    assert "loyd eat" in answer.body
    assert "Lloyd eat" not in answer.body


def test_a_day_before_a_month_without_of_is_a_date_only_after_a_word_of_time(fb: FactBase) -> None:
    assert _read(fb, "who wrote the first march report") == "who wrote the first march report"
    assert _read(fb, "what happened on the first march") == "what happened on 1 March"


def test_for_is_four_only_between_spoken_letters(fb: FactBase) -> None:
    assert _read(fb, "the p c c for the deal") == "the PCC for the deal"
    assert _read(fb, "tea for two") == "tea for two"
