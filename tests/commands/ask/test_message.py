"""Finding the question in a message as people type it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.ask.message import SHORT, read_message, reported


@pytest.mark.parametrize(
    "text",
    [
        "the herts deal covered herts, essex and beds yeah?",
        "G4S framework contract was through Cambridgeshire police innit",
        "Sir Clive Loader is the notts PCC?",
        "so they're merging by 2025?",
        "G4S said they were 'delighted' with the outcome?? 😂",
        "i read somewhere that g4s were the only company in the running, is that right",
    ],
)
def test_a_statement_put_for_checking_is_a_claim(text: str) -> None:
    assert read_message(text).claim


@pytest.mark.parametrize(
    "text",
    [
        "olympics?",
        "whos jon shaw 🤔",
        "did lloyd say no?",
        "reason for east midlands forces not outsourcing 999?",
        "the G4S bloke said they could free up cash, who was that",
        "is the alliance a merger?",
    ],
)
def test_a_question_is_not_a_claim(text: str) -> None:
    assert not read_message(text).claim


@pytest.mark.parametrize(
    "text",
    ["tell me about the forces that looked at G4S?", "explain how Herts ended the talks with the company?"],
)
def test_a_request_put_with_a_question_mark_is_neither_claim_nor_statement(text: str) -> None:
    message = read_message(text)
    assert not message.claim and not message.statement


def test_a_tagged_request_is_still_put_for_checking() -> None:
    assert read_message("tell me the forces signed with G4S, right?").claim


def test_a_tag_is_taken_off_the_claim() -> None:
    message = read_message("the herts deal covered herts, essex and beds yeah?")
    assert message.questions == ("the herts deal covered herts, essex and beds?",) and message.tagged


def test_the_question_in_a_rambling_message_is_found() -> None:
    text = (
        "ok this is prob a dumb one but bear with me. my mum's neighbour works in a control room and keeps "
        "asking about it. she's been stressing about it for weeks and i just want the facts, not rumours from "
        "facebook. what was the G4S study about and when was it announced? cheers in advance"
    )
    assert len(text) > SHORT
    assert read_message(text).questions == ("what was the G4S study about", "when was it announced?")


def test_two_questions_in_one_sentence_are_answered_in_turn() -> None:
    assert read_message("is this alliance a merger, and when is it meant to be in place?").questions == (
        "is this alliance a merger",
        "when is it meant to be in place?",
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_reading_a_message_never_fails(text: str) -> None:
    message = read_message(text)
    assert message.questions and all(isinstance(q, str) for q in message.questions)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "long day here. the news was everywhere?? anyway my real question is: who is John Shaw",
            "who is John Shaw",
        ),
        (
            "been reading about this all week. is it over?? what I really need to know is did Loader say anything",
            "did Loader say anything",
        ),
    ],
)
def test_the_question_the_writer_announces_is_the_one_read(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_a_dash_then_a_question_word_opens_a_second_question() -> None:
    assert read_message("Who is John Shaw - what did he say?").questions == ("Who is John Shaw", "what did he say?")
    # A description before the dash is the context of the one question after it.
    assert read_message("Lincolnshire's PCC - what was their view?").questions == ("what was their view?",)


def test_a_comma_then_a_question_word_opens_a_second_question_after_a_question() -> None:
    assert read_message("who is Hanrahan, what did he say?").questions == ("who is Hanrahan", "what did he say?")
    # A name before the comma is the topic of the one question after it.
    assert read_message("hanrahan, what did he say?").questions == ("what did he say?",)


def test_an_apology_is_no_sentence_of_the_question() -> None:
    message = read_message("Apologies for the long message. Unison, it was pleased?")
    assert all("pologies" not in q for q in message.questions)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("in the east mids story, who spoke for unison?", "who spoke for unison in the east mids story?"),
        ("across both articles: did G4S lose out", "did G4S lose out across both articles"),
    ],
)
def test_a_phrase_setting_the_scope_before_a_question_stays_part_of_it(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_a_sentence_before_a_question_is_still_its_context() -> None:
    message = read_message("lloyd binned them, why was that?")
    assert message.questions == ("why was that?",) and message.contexts == ("lloyd binned them",)


def test_a_long_messages_question_is_read_with_the_opening_of_its_own_sentence() -> None:
    text = (
        "bit of background first, sorry, it has been a long week for everyone in the branch and I am behind on it. "
        "on the east mids side the thing nobody could agree on was the union's reaction - what did they actually say?"
    )
    message = read_message(text)
    assert message.questions == ("what did they actually say?",)
    assert message.contexts[0] == "on the east mids side the thing nobody could agree on was the union's reaction"
    assert message.own_context


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # The question put inside the writer's own sentence, the chat after it no part of it.
        (
            "I'd love to know which firm the Beds force was negotiating with. My aunt used to work there.",
            "which firm the Beds force was negotiating with.",
        ),
        ("Honestly I can't recall who spoke for Unison. It's driving me mad.", "who spoke for Unison."),
        (
            "We're not sure whether the alliance is a merger. The group chat is split.",
            "whether the alliance is a merger.",
        ),
        ("Anyone know why the forces said no? Ta.", "why the forces said no?"),
    ],
)
def test_a_question_put_inside_the_writers_own_sentence_is_found(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_somebody_elses_doubt_or_a_reminder_is_no_question() -> None:
    # "you know how..." reminds the reader; the question is the next sentence.
    message = read_message("You know how G4S got slammed over the Games? Which deal did that hit?")
    assert message.questions == ("Which deal did that hit?",)
    # Somebody else's doubt is the asker's story.
    assert read_message("He never knew why it ended. When was the study announced?").questions == (
        "When was the study announced?",
    )


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Can I ask you something? Who runs the Herts force's policing budget?",
            "Who runs the Herts force's policing budget?",
        ),
        ("Could you help me out? Which services were on the list?", "Which services were on the list?"),
        # In one sentence: a request about the asking, then the question.
        (
            "My brother and I have been going round in circles on this for an hour and neither of us will back down, "
            "and the pub quiz is on Thursday so it matters. Can you settle it: did the forces merge?",
            "did the forces merge?",
        ),
    ],
)
def test_a_request_about_the_asking_is_no_question_of_its_own(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_a_line_break_ends_a_sentence() -> None:
    message = read_message("morning all\nwhat did the unison man say\nta")
    assert message.questions == ("what did the unison man say.",)


@pytest.mark.parametrize(
    ("text", "question", "context"),
    [
        (
            "Read both pieces on the train. What I still don't understand is when the alliance starts.",
            "when the alliance starts.",
            "Read both pieces on the train.",
        ),
        # Only a thing named: what it is is asked; the question pointing back asks it again.
        (
            "Long week. In the Beds story the bit I couldn't figure out was the firm's name - what was it?",
            "what is the firm's name",
            "In the Beds story",
        ),
    ],
)
def test_what_the_writer_cannot_make_out_is_their_question(text: str, question: str, context: str) -> None:
    message = read_message(text)
    assert message.questions == (question,) and message.contexts[0] == context


@pytest.mark.parametrize("tail", ["Fair summary?", "Accurate?", "Good to go?", "Is that fair?"])
def test_asking_whether_it_may_be_written_so_puts_a_claim(tail: str) -> None:
    message = read_message(f"The alliance will be up and running by 2020. {tail}")
    assert message.questions == ("The alliance will be up and running by 2020.",) and message.claim


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "No offence to anyone but I keep hearing the alliance is a merger",
            "the alliance is a merger",
        ),
        ("As I understand it, the study was done by G4S", "the study was done by G4S"),
        ("Lloyd dropped the deal", "Lloyd dropped the deal"),
    ],
)
def test_the_claim_in_a_sentence_reporting_one(sentence: str, claim: str) -> None:
    assert reported(sentence) == claim


def test_the_sentences_before_a_question_are_kept_for_looking_back() -> None:
    message = read_message("Loader chose an alliance. I told my mum that. Is that right, what he said?")
    assert message.earlier == ("Loader chose an alliance.", "I told my mum that.")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Newsdesk: the intro says Unison welcomed the decision. OK?", "Unison welcomed the decision."),
        ("our write-up has Hanrahan as the G4S spokesman, correct?", "Hanrahan is the G4S spokesman?"),
        ("just checking that the alliance is not a merger", "the alliance is not a merger"),
        ("Verify: Herts dropped G4S", "Herts dropped G4S"),
    ],
)
def test_what_the_askers_own_text_says_is_put_for_checking(text: str, claim: str) -> None:
    message = read_message(text)
    assert message.questions == (claim,) and message.claim


def test_a_question_about_a_story_is_no_claim_of_its_own() -> None:
    assert not read_message("which story has a spokesman in it").claim


def test_whether_the_version_told_is_right_asks_for_a_check() -> None:
    message = read_message("The forces chose an alliance. Is that the correct version?")
    assert message.questions == ("The forces chose an alliance.",) and message.claim


def test_a_question_pointing_back_asks_the_one_just_put() -> None:
    text = "I forget which company Lloyd had been negotiating with. Which was it?"
    assert read_message(text).questions == ("which company Lloyd had been negotiating with.",)


def test_it_in_capitals_is_the_abbreviation() -> None:
    assert "ICT" in read_message("did the herts plan cover IT as well?").questions[0]
    assert read_message("WAS IT A MERGER?").questions == ("WAS IT A MERGER?",)


def test_of_two_versions_put_the_first_told_is_checked() -> None:
    message = read_message("My flatmate insists the alliance is a merger. I said it isn't. Who's right?")
    assert message.questions == ("the alliance is a merger.",) and message.claim


def test_labels_inside_a_message_say_what_each_part_is() -> None:
    message = read_message("Background: I run a union page. Query: who spoke for G4S?")
    assert message.questions == ("who spoke for G4S?",)


def test_a_request_to_check_puts_the_claim_before_it_without_the_askers_doubt() -> None:
    text = "I've heard from a neighbour that the alliance is a merger, which seemed odd to me. Could you check that?"
    message = read_message(text)
    assert message.claim and message.questions == ("the alliance is a merger.",)


@pytest.mark.parametrize(
    "text",
    [
        "Heard from a neighbour that Unison welcomed the decision. Could you confirm that?",
        "Been told that Unison welcomed the decision. Is that right?",
        "Read somewhere that Unison welcomed the decision. Can you check?",
    ],
)
def test_a_claim_heard_with_the_writer_left_out_is_the_claim(text: str) -> None:
    # "Heard from a neighbour that X", as a note puts it: X is the claim, not
    # "heard from a neighbour", words of no record that made it "Not quite".
    message = read_message(text)
    assert message.claim and message.questions == ("Unison welcomed the decision.",)


def test_a_polite_frame_of_many_words_still_puts_the_question_inside() -> None:
    text = "Hello there. I would be really very grateful if you could tell me who spoke for G4S. Thanks, Jo."
    assert read_message(text).questions == ("who spoke for G4S.",)


@pytest.mark.parametrize("label", ["Quick check - ", "quick fact check: ", "Final check -- "])
def test_a_label_of_any_size_heads_a_claim_without_being_part_of_it(label: str) -> None:
    claim = "the alliance is about maximising efficiencies, right?"
    assert read_message(label + claim).questions == read_message(claim).questions


@pytest.mark.parametrize("sign_off", [" thanks", " - cheers mate", " thank you!", " ta"])
def test_thanks_after_a_question_is_no_part_of_it(sign_off: str) -> None:
    claim = "each force keeps its own identity?"
    assert read_message(claim + sign_off) == read_message(claim)


@pytest.mark.parametrize("greeting", ["Morning all. ", "Hello everyone - ", "good evening! "])
def test_a_greeting_sentence_is_no_context_of_the_question(greeting: str) -> None:
    for asked in ("why did herts drop g4s?", "lloyd dropped g4s, right?"):
        assert read_message(greeting + asked) == read_message(asked)


@pytest.mark.parametrize(
    "aside",
    [
        "Sorry if this is a dumb question. ",
        "Asking for a newsletter piece: ",
        "This might be a silly one - ",
        "Just wondering, ",
    ],
)
def test_a_sentence_about_the_asking_itself_is_no_part_of_what_is_asked(aside: str) -> None:
    for asked in ("why did herts drop g4s?", "Sir Clive Loader is the notts PCC?"):
        assert read_message(aside + asked) == read_message(asked)


def test_a_difference_between_two_things_is_one_question() -> None:
    # Split at "and what", each half would lose the other it is compared with.
    text = "what is the difference between what Unison said and what G4S said?"
    assert read_message(text).questions == (text,)
    assert len(read_message("what did Unison say, and what did G4S say?").questions) == 2


def test_a_question_after_a_compared_pair_is_asked_on_its_own() -> None:
    # Only "between X and Y" is one comparison; ", and when ..." after it asks again.
    message = read_message("what contrast is there between Loader and Lloyd, and why did herts pull out?")
    assert message.questions == ("what contrast is there between Loader and Lloyd", "why did herts pull out?")


@pytest.mark.parametrize(
    "text",
    [
        "T/F: Unison welcomed what the three forces decided",
        "true or false - the alliance is a merger",
        "Is this true or false: G4S did the study for Leicestershire",
        "t / f the Herts PCC is called Lloyd",
        "fact or fiction: the Leicestershire commissioner wants control of their own destiny",
    ],
)
def test_a_true_or_false_marker_put_first_is_a_claim_to_judge(text: str) -> None:
    message = read_message(text)
    assert message.claim and message.tagged
    assert "true" not in message.questions[0].lower().split()
    assert not message.questions[0].lower().startswith(("t/f", "t / f", "is this", "fact"))


def test_a_text_having_somebody_down_as_something_says_they_are() -> None:
    message = read_message("the press release has Shaw down as the Leicestershire commissioner")
    assert message.claim
    assert message.questions[0].lower().startswith("shaw is")


def test_an_aside_after_a_claim_is_context_not_part_of_the_claim() -> None:
    message = read_message("hanrahan is the leics branch sec? our rota has him down as notts")
    assert message.questions == ("hanrahan is the leics branch sec?",)
    assert message.claim
    assert message.contexts == ("our rota has him down as notts",)
    assert message.earlier == ()  # said after the question, it is no sentence before it
