"""Reading a question: its form, body, speaker and cues (the registry's patterns)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands import run_command
from commands.ask.forms import parse
from commands.ask.question import Form
from knowledge import FactBase


def _words(text: str) -> list[str]:
    from knowledge.text import normalise

    return normalise(text).split()


@pytest.mark.parametrize(
    ("question", "form", "body"),
    [
        ("who said it was good news?", Form.WHO_SAID, "it was good news"),
        ("Who announced the feasibility study?", Form.WHO_SAID, "announced the feasibility study"),
        ("whose words were 'masters of our own destiny'", Form.WHO_SAID, "masters of our own destiny"),
        ("who is david lloyd?", Form.WHO_IS, "david lloyd"),
        ("who's the g4s spokesman", Form.WHO_IS, "the g4s spokesman"),
        ("what is unison", Form.WHAT_IS, "unison"),
        ("who was disappointed?", Form.WHO_IS, "disappointed"),
        ("why did herts drop g4s?", Form.WHY, "herts drop g4s"),
        ("how come herts dumped g4s", Form.WHY, "herts dumped g4s"),
        ("what was the reason for the decision", Form.WHY, "the decision"),
        ("herts dropped g4s, why?", Form.WHY, "herts dropped g4s"),
        ("when will the alliance be in place?", Form.WHEN, "the alliance be in place"),
        ("how many forces were involved?", Form.HOW_MANY, "forces were involved"),
        # "in what way" asks how; "how big a share of" asks a share, the noun framing what of.
        ("in what way did the forces thank G4S", Form.WHAT, "the forces thank g4s"),
        ("how big a share of the force was involved", Form.HOW_MANY, "the force was involved"),
        ("which services would g4s have run?", Form.SERVICES, "g4s"),
        # Any word for parts, once "back office" or "support" names them: the services, not what next.
        ("which support bits would g4s have taken over?", Form.SERVICES, "g4s"),
        ("what back office stuff were herts planning to hand over", Form.SERVICES, "herts planning to"),
        ("what happened with the herts deal?", Form.STATUS, "the herts deal"),
        ("what's the latest on the 999 deal", Form.STATUS, "the 999 deal"),
        ("what will herts do next?", Form.NEXT, "herts"),
        ("is the alliance a merger?", Form.YES_NO, "the alliance a merger"),
        ("olympics?", Form.KEYWORDS, "olympics"),
        ("alliance 2020", Form.KEYWORDS, "alliance 2020"),
        ("where is g4s based?", Form.WHERE, "g4s based"),
        ("G4S response", Form.REACTION, "g4s"),
        ("tell me about the strategic alliance", Form.KEYWORDS, "the strategic alliance"),
    ],
)
def test_forms(question: str, form: Form, body: str) -> None:
    parsed = parse(question)
    assert parsed.form is form
    assert " ".join(parsed.body.split()) == body


@pytest.mark.parametrize(
    ("question", "speaker", "about"),
    [
        ("what did lloyd say about other market providers?", "lloyd", "other market providers"),
        ("What did Sir Clive say?", "sir clive", ""),
        ("what does unison think of the decision", "unison", "the decision"),
        ("what was said by the pccs about local policing", "the pccs", "local policing"),
        ("lloyd's comments on the evidence", "lloyd", "the evidence"),
        # A request ("please state", "describe") before the question, in a statement's order.
        ("Please state what the G4S spokesman said about the outcome.", "the g4s spokesman", "the outcome"),
        ("describe what Hanrahan said about the alliance", "hanrahan", "the alliance"),
    ],
)
def test_what_did_x_say(question: str, speaker: str, about: str) -> None:
    parsed = parse(question)
    assert parsed.form is Form.WHAT_SAID
    assert (parsed.speaker, parsed.about) == (speaker, about)


@pytest.mark.parametrize(
    ("question", "speaker", "about"),
    [
        ("how did the union react to the decision?", "the union", "the decision"),
        ("what was g4s's reaction", "g4s", ""),
        ("what was the reaction to the herts decision?", "", "the herts decision"),
    ],
)
def test_reactions(question: str, speaker: str, about: str) -> None:
    parsed = parse(question)
    assert parsed.form is Form.REACTION
    assert (parsed.speaker, parsed.about) == (speaker, about)


def test_typos_in_question_words_are_fixed() -> None:
    assert parse("wat did lloyd say").form is Form.WHAT_SAID
    assert parse("who sayd it was good news").form is Form.WHO_SAID
    # A common word one letter from a question word is left alone.
    assert parse("were other companies considered?").form is Form.YES_NO


def test_typo_fixing_leaves_words_the_fact_base_knows() -> None:
    # "shaw" is one edit from "how"-like words only by chance; known words stay.
    assert parse("whay did shaw say", known=lambda w: w == "whay").form is not Form.WHY


def test_what_was_said_names_no_speaker() -> None:
    assert parse("what was said").form is not Form.WHAT_SAID


def test_contractions_and_chatter() -> None:
    assert parse("Hey factbot, can you tell me who's John Shaw?").form is Form.WHO_IS
    parsed = parse("is the herts deal still going ahead?")
    assert parsed.form is Form.YES_NO and parsed.topic == "status"
    assert "ahead" not in parsed.body and "going ahead" in parsed.cues


def test_topics_of_forms() -> None:
    assert parse("why did herts drop g4s").topic == "reason"
    assert parse("what will herts do next").topic == "next"
    assert parse("who said it was good news").topic is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_parse_never_fails(text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed.form, Form)
    assert isinstance(parsed.body, str)


def test_what_is_not_wanted_is_not_searched(fb: FactBase) -> None:
    parsed = parse("who is lloyd talking to instead of g4s")
    assert "g4s" not in parsed.body
    doing = parse("what are the forces doing rather than outsourcing")
    assert "outsourcing" not in doing.body
    # ...but that something else is done is still asked: "instead" stays a cue.
    assert doing.form is Form.NEXT and doing.cues == "instead"
    answer = run_command(fb, "ask", "what are northants police doing instead of going private?")
    assert answer.ids[0] in ("em-strategic-alliance", "em-full-alliance")


def test_hedges_and_time_clauses() -> None:
    parsed = parse("what exactly did lloyd say after the deal collapsed")
    assert parsed.form is Form.WHAT_SAID
    assert (parsed.speaker, parsed.about) == ("lloyd", "the deal collapsed")
    assert parse("so was the framework suitable or not").body == "the framework suitable"


def test_a_typo_between_forms_of_one_word_is_fixed() -> None:
    # "happend" is one edit from "happened" and from "happen": the same word.
    assert parse("wat happend with the alliance").form is Form.STATUS


def test_where_does_x_come_in_asks_for_a_part_not_a_place(fb: FactBase) -> None:
    parsed = parse("where does lincolnshire police come into it?")
    assert parsed.form is Form.WHAT and parsed.role == "lincolnshire police"
    answer = run_command(fb, "ask", "what part did lincolnshire police play?")
    assert answer.ids[0] in ("herts-reason-framework", "g4s-framework-contract", "lincolnshire-police")


def test_a_reaction_is_the_reactors_own(fb: FactBase) -> None:
    # Unison welcomed the same decision; G4S's reaction is asked.
    assert run_command(fb, "ask", "what was g4s's response to the decision?").ids[0] == "em-g4s-disappointed"
    assert run_command(fb, "ask", "how did g4s take losing the deal?").ids[0] == "em-g4s-disappointed"


def test_a_short_form_of_a_word_in_a_name(fb: FactBase) -> None:

    qi = fb.questions
    found = qi.mentions(_words("what will the east mids forces do"))
    assert [m.targets for m in found] == [("east-midlands-control-rooms",)]


def test_a_record_on_a_contract_bears_on_its_owner(fb: FactBase) -> None:

    # "the G4S framework contract through Lincolnshire Police" is one name;
    # the contract is Lincolnshire Police's.
    assert "lincolnshire-police" in fb.questions.items["herts-reason-framework"].about


@pytest.mark.parametrize(
    ("text", "form"),
    [("what'd Loader say?", Form.WHAT_SAID), ("why'd they reject G4S?", Form.WHY), ("who'd they pick?", Form.WHO)],
)
def test_a_clipped_did_is_did(text: str, form: Form) -> None:
    assert parse(text).form is form


def test_what_kind_of_thing_in_a_statements_order_asks_what_it_is() -> None:
    question = parse("what sort of outfit Unison is")
    assert (question.form, question.body) == (Form.WHAT_IS, "unison")


def test_quick_one_is_chatter_whole() -> None:
    # "quick one:" frames the question; its "one" is no part of what is asked.
    assert parse("hi, quick one - lloyd dropped g4s, right?").text == parse("lloyd dropped g4s, right?").text


@pytest.mark.parametrize("greeting", ["hi there, ", "Hey all - ", "hello everyone: "])
def test_a_greeting_and_whom_it_greets_are_chatter(greeting: str) -> None:
    asked = "in which year was the feasibility study announced?"
    assert parse(greeting + asked).text == parse(asked).text
