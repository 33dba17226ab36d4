"""Who said it, and what somebody said, paraphrased as people do."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask.question import Form
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who said they'd rather be in charge of their own fate", "loader-masters-of-destiny"),
        ("who said every bit of support work is up for outsourcing", "lloyd-support-work"),
        (
            "the G4S bloke said they could free up cash for frontline n keep more bobbies out on the streets, "
            "who was that",
            "shaw-front-line",
        ),
    ],
)
def test_a_paraphrased_quote_is_found(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == quote


def test_what_x_said_about_their_deal_s_outcome(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did unison say about the east mids forces ditching G4S")
    assert answer.ids[0] in ("unison-good-news", "hanrahan-meet-chiefs")


def test_did_x_say_anything(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "does the article have a northamptonshire police spokesman saying anything")
    assert answer.title.startswith("Yes:") and answer.ids == ("northants-no-further-work",)


def test_a_speaker_nobody_quotes_is_said_so(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did the chief police officers say")
    assert answer.title == "The articles don't say" and "quote nobody" in answer.body


def test_a_named_statement_is_searched_for_as_words(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what was the northants police statement").ids == ("northants-no-further-work",)


def test_a_description_that_fits_several_speakers(fb: FactBase) -> None:
    # "The PCCs" fits Lloyd, Loader and the three forces' commissioners alike.
    asked = run_command(fb, "ask", "what did the PCCs say?")
    assert asked.status is Status.AMBIGUOUS and {"David Lloyd", "Sir Clive Loader"} <= set(asked.suggestions)
    # What they said about something picks between them.
    answer = run_command(fb, "ask", "what did the PCCs say about local policing?")
    assert answer.ids[0] == "pccs-local-policing"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # "according to X" names whose words answer, before or after the question.
        ("According to Unison, how was the decision?", "unison-good-news"),
        ("what is the alliance all about, according to the PCCs", "pccs-not-a-merger"),
    ],
)
def test_according_to_somebody_is_answered_from_their_words(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == quote


def test_according_to_somebody_never_quoted_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "according to the home secretary, why was the herts deal dropped?")
    assert answer.status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("what are people saying about the soldiers brought in for the Games?", "herts-olympics-scrutiny"),
        ("what do the papers say about the 999 control rooms?", "em-rejected"),
    ],
)
def test_what_nobody_in_particular_said_is_what_the_articles_say(fb: FactBase, question: str, record: str) -> None:
    # "they", "people", "the papers" name no speaker: whatever the articles say of it answers.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and answer.ids[0] == record


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who said he was still looking to", "lloyd-not-ruled-out"),
        ("who said will not be contracting with", "lloyd-other-providers"),
        ("who said 'I would make my decisoin once'", "lloyd-evidence-framework"),  # a typo stands for its word
    ],
)
def test_common_words_quoted_as_written_find_their_quote(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids == (quote,)


@pytest.mark.parametrize(
    "question",
    [
        "who said the decision was bad news",
        "who said the decision was terrible news",
        "who said the decision was dreadful news",
        "what did they say about the cost of the deal",
    ],
)
def test_a_word_they_never_use_is_no_wildcard_for_one_they_do(fb: FactBase, question: str) -> None:
    # Unison said "good news": "bad" is no spelling of "good", so no quote holds the words.
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize("question", ["who said it was the", "who said that they were in the"])
def test_a_run_of_stopwords_names_no_quote(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_an_amount_word_among_the_words_said_asks_no_figure(fb: FactBase) -> None:
    # "Who said ... worth ..." asks who: the record need give no amount.
    answer = run_command(fb, "ask", "who said the decision was well worth it, good news for members?")
    assert answer.ids == ("unison-good-news",)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("what was lloyd's 'clear position'?", "lloyd-support-work"),
        ("what did Lloyd say about 'other providers'", "lloyd-other-providers"),
        # Recalled loosely: most of the words, in a row, are one quote's.
        ("were 'all support work will be considered for outsourcing' Lloyd's own words?", "lloyd-support-work"),
    ],
)
def test_words_in_quote_marks_say_which_of_their_quotes(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == quote


@pytest.mark.parametrize(
    "question",
    [
        "what case did the security firm put forward for outsourcing support functions?",
        "what did G4S argue about support functions?",
        "what point did G4S make about front-line policing?",
    ],
)
def test_an_argument_made_is_something_said(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and answer.ids[0] == "shaw-front-line"


@pytest.mark.parametrize(
    "question",
    [
        "what argument did G4S make for outsourcing",
        "what argument did G4S make for privatisation",
        "what argument did unison make for outsourcing",
        "what case did unison make against outsourcing",
        "what did the union argue about privatisation?",
    ],
)
def test_an_argument_for_what_none_of_their_quotes_is_on_is_declined(fb: FactBase, question: str) -> None:
    # All they said on the deal is no argument for outsourcing: Unison's "good news" argues nothing.
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who said it was good news for members, was it Lloyd?", "No: Unison spokesman said it"),
        ("who said it was good news for our members - was that unison?", "Yes: Unison spokesman said it"),
        # A guess described, not named, is checked alike.
        ("who said disappointed, was it the firm?", "Yes: John Shaw said it"),
        ("who said disappointed, was it the company?", "Yes: John Shaw said it"),
        ("who said it was good news for members, was it the security company?", "No: Unison spokesman said it"),
    ],
)
def test_a_guess_at_the_speaker_is_checked_not_searched(fb: FactBase, question: str, title: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title == title and answer.ids[0] in {"unison-good-news", "shaw-disappointed"}


def test_a_yes_no_question_answered_by_finding_the_words_says_yes(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did the commissioners release a joint statement?")
    assert answer.title.startswith("Yes: ") and answer.ids[0] == "pccs-not-a-merger"


def test_a_report_is_somebody_in_particular_whose_words_are_not_given(fb: FactBase) -> None:
    # G4S's report is named, its contents never given: not "whatever the articles say".
    assert run_command(fb, "ask", "what did the report say about contact management?").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        "who told the paper the alliance was meant to protect the quality of local policing",
        "which person said the new alliance is about efficiencies",
    ],
)
def test_a_quote_is_about_what_its_reporting_sentence_says(fb: FactBase, question: str) -> None:
    """ "It is all about ...": the quote leaves its subject (the alliance) to
    the sentence that reports it, and answers for that subject."""
    assert run_command(fb, "ask", question).ids[0] == "pccs-local-policing"


def test_words_on_why_are_the_speaker_s_reasons(fb: FactBase) -> None:
    """ "say about why they didn't go with G4S": the reason they gave, though
    their words never name G4S."""
    question = "what exactly did the leicestershire commissioner say about why they didnt go with g4s"
    assert run_command(fb, "ask", question).ids[0] == "loader-masters-of-destiny"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # A clause after the verb of saying, opened by a quantifier, a
        # determiner or a pronoun: what they said, not a definition.
        ("what did loader say all three forces would prefer", "loader"),
        # A question word left inside the clause somebody reported.
        ("the unison spokesman thought the decision was what for members", "unison"),
    ],
)
def test_words_reported_by_a_verb_of_saying_ask_what_was_said(fb: FactBase, question: str, speaker: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and answer.title.startswith("What ")
    assert speaker in answer.title.lower() or speaker in answer.ids[0]


def test_what_somebody_says_a_thing_means_is_their_words(fb: FactBase) -> None:
    # Not a definition of "the decision": the union's words on it.
    answer = run_command(fb, "ask", "what does the unison spokesman say the decision means")
    assert answer.title.startswith("What ") and answer.ids == ("unison-good-news",)


def test_which_body_a_report_mentions_is_a_party_not_a_speaker(fb: FactBase) -> None:
    # "the BBC report" is the article: being mentioned in it asks no words.
    assert run_command(fb, "ask", "which union gets mentioned in the BBC report").title == "Unison"


def test_several_speakers_words_on_a_deal_are_titled_and_continued_by_the_deal(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did the east mids side have to say")
    assert answer.title == "What was said on the East Midlands 999 control room deal"
    assert "`!quote East Midlands`" in answer.body
    # The command it points at lists the deal's quotes, every speaker's.
    listed = run_command(fb, "quote", "East Midlands")
    assert set(answer.ids) <= set(listed.ids)
    assert len({fb.quotes[i].speaker for i in listed.ids if i in fb.quotes}) > 1


def test_one_speakers_words_keep_their_name(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what has david lloyd said")
    assert answer.title == "What David Lloyd said" and "`!quote David Lloyd`" in answer.body


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("what was the g4s man's case to the three forces", "shaw-front-line"),
        ("Sir Clive's argument for keeping it in house?", "loader-masters-of-destiny"),
    ],
)
def test_what_somebody_puts_to_others_is_what_they_said(fb: FactBase, question: str, quote: str) -> None:
    assert quote in run_command(fb, "ask", question).ids


def test_somebodys_line_on_what_may_come_later_is_in_their_words(fb: FactBase) -> None:
    # Asked of what they said, an outcome after the articles is no reason to decline.
    answer = run_command(fb, "ask", "what's the herts commissioner's stance on which services might end up privatised")
    assert answer.status is Status.OK and answer.ids[0].startswith("lloyd-")


def test_an_auxiliary_left_out_before_anybody_still_asks_what_was_said() -> None:
    from commands.ask.forms import parse

    question = parse("anybody comment on the alliance being a merger?")
    assert question.form is Form.WHAT_SAID and question.speaker == "anybody"


def test_a_search_box_query_names_the_speaker_the_kind_of_words_and_the_subject(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "shaw comments front-line policing")
    assert answer.ids == ("shaw-front-line",)


def test_a_verb_that_only_says_how_it_was_said_is_no_word_of_the_quote(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who stressed that each force keeps its own identity")
    assert answer.ids[0] == "pccs-local-policing"


def test_saying_no_to_somebody_is_turning_them_down_not_words_said(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which of the forces said no to g4s in the leics notts northants story")
    assert not answer.title.endswith("said it")
    assert "Leicestershire, Nottinghamshire and Northamptonshire" in answer.title + answer.body
    assert answer.ids[0] in ("em-rejected", "east-midlands-control-rooms")


def test_how_firmly_something_was_said_is_no_word_of_the_quote(fb: FactBase) -> None:
    # "insisted" says how the words were said; the quote never uses it.
    answer = run_command(fb, "ask", "who insisted each force would keep its own identity?")
    assert answer.title == "The three forces' police and crime commissioners said it"
