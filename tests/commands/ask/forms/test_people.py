"""Who somebody is, and names the articles do not give."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("who is the chief constable of bedfordshire?", ""),
        ("who is the pcc for northamptonshire?", "The three forces' police and crime commissioners"),
        ("what is the name of the unison spokesman?", "Unison spokesman"),
        ("who is the leicestershire chief constable?", ""),
    ],
)
def test_an_unnamed_person_is_said_to_be_unnamed(fb: FactBase, question: str, group: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "name" in answer.body
    assert group in answer.body


def test_an_unnamed_spokesman_asked_for_by_title_is_shown_as_unnamed(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who is the unison spokesperson?")
    assert answer.ids == ("unison-spokesman",)
    assert "The articles give no name." in answer.body


def test_a_named_office_holder_is_named(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what is the name of the leicestershire pcc?").ids[0] == "clive-loader"


@pytest.mark.parametrize(
    "question",
    ["whose brainchild was the Lincolnshire framework contract?", "whose fault was it that G4S got dropped in Herts?"],
)
def test_whose_thing_the_articles_never_speak_of_is_declined(fb: FactBase, question: str) -> None:
    # The articles name who decided, not whose idea or fault anything was;
    # neither the contract itself nor a synonym ("plan") answers "whose".
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "whose" in answer.body


def test_whose_thing_the_articles_do_speak_of_is_answered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "whose recommendations was the Herts decision based on?")
    assert answer.status is Status.OK
    assert "chief constables" in answer.body


@pytest.mark.parametrize(
    "question",
    ["what type of outfit is G4S called in the Herts article?", "What kind of firm is G4S described as?"],
)
def test_what_kind_of_thing_somebody_is_described_as_is_what_they_are(fb: FactBase, question: str) -> None:
    # "kind of" after "what" asks a kind; it is no hedge to drop.
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] == "g4s"
    assert "Security firm" in answer.body


def test_what_a_thing_is_for_asks_its_purpose(fb: FactBase) -> None:
    # "what's X for" is its purpose, not what X is; "short for" still spells out.
    answer = run_command(fb, "ask", "so what is the strategic alliance for?")
    assert answer.ids[0] in ("em-strategic-alliance", "em-alliance-purpose", "pccs-local-policing")
    assert "never spell out" in run_command(fb, "ask", "whats ICT short for").body


@pytest.mark.parametrize(
    "question", ["who will be the Leics PCC after Loader?", "who was the G4S spokesman before John Shaw?"]
)
def test_another_holder_of_an_office_than_the_one_named_is_declined(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "They name no one" in answer.body


def test_an_event_is_no_who(fb: FactBase) -> None:
    # Who was brought in is in a record; the Olympics themselves are no answer to "who".
    answer = run_command(fb, "ask", "G4S short of staff in olympics, so who come?")
    assert answer.ids[0] != "london-olympics"
    assert "soldiers" in answer.body


@pytest.mark.parametrize("question", ["who's the unison guy", "what is the name of the unison man"])
def test_the_one_named_person_of_an_organisation_is_its_guy(fb: FactBase, question: str) -> None:
    """Unison has a named branch secretary and an unnamed spokesman: "the
    Unison guy" is the one the articles name."""
    assert run_command(fb, "ask", question).ids[0] == "chris-hanrahan"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # A stance on something, not a post.
        ("what was loader's position on outsourcing", "loader-masters-of-destiny"),
        # What somebody said would be done, not what they do for a living.
        ("what did the northants spokesman say the forces would do", "northants-no-further-work"),
    ],
)
def test_a_position_on_a_thing_or_a_deed_said_is_their_words_not_their_job(
    fb: FactBase, question: str, quote: str
) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] == quote


def test_a_position_alone_is_still_a_job(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what is john shaw's position").ids == ("john-shaw",)


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("Loader versus Lloyd: who are they", ("clive-loader", "david-lloyd")),
        ("who are john shaw and chris hanrahan?", ("john-shaw", "chris-hanrahan")),
    ],
)
def test_names_joined_as_a_pair_are_each_said_who_they_are(
    fb: FactBase, question: str, people: tuple[str, ...]
) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK
    assert all(p in answer.ids for p in people)
    assert all(fb.entities[p].name in answer.title for p in people)


@pytest.mark.parametrize(
    ("question", "person"), [("what was john shaw job title", "john-shaw"), ("what is loader role", "clive-loader")]
)
def test_a_role_asked_without_the_possessive_is_still_who_they_are(fb: FactBase, question: str, person: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == person


def test_a_meaning_asked_politely_of_the_report_is_what_the_thing_is(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Would you kindly tell me what is meant by the 'back-office deal' in that report?")
    assert answer.ids[0] == "herts-back-office"


def test_who_speaks_for_a_body_is_its_spokesman_in_the_story_named(fb: FactBase) -> None:
    assert run_command(fb, "ask", "who was the voice of the union in the east mids piece").ids == ("unison-spokesman",)
    # G4S's spokesman is only in the other story: nobody is made up for this one.
    answer = run_command(fb, "ask", "who was speaking on behalf of g4s over hertfordshire")
    assert answer.status is Status.NOT_FOUND
    assert "speaking for" in answer.body


def test_who_a_named_person_dealt_with_is_another_than_that_person(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who has lloyd been in talks with")
    assert answer.ids[0] == "herts-other-providers"
    assert answer.title != "David Lloyd"
    described = run_command(fb, "ask", "who are the chief constables lloyd took advice from")
    assert described.status is Status.NOT_FOUND  # who they are: the articles give no names
