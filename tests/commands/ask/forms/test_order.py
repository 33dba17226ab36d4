"""Which came first, and the latest step: the order of a story's events."""

from __future__ import annotations

from commands import Status, run_command
from commands.ask.forms import order
from knowledge import FactBase


def test_which_of_two_events_came_first_follows_the_timeline(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which came earlier, the Olympics staffing failure or the decision to privatise?")
    assert answer.title.startswith("First: The three forces decided to privatise")
    assert list(answer.ids) == ["herts-decided-to-privatise", "herts-olympics-failure"]


def test_asked_for_the_later_one_names_it(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what happened later: the study being announced or G4S providing its report?")
    assert answer.title.startswith("Later: G4S provided its report")


def test_put_as_yes_or_no_the_order_decides(fb: FactBase) -> None:
    yes = run_command(fb, "ask", "did the feasibility study come before the forces decided against the deal?")
    assert yes.title == "Yes: in that order"
    no = run_command(fb, "ask", "did the report being provided happen after the forces decided against the deal?")
    assert no.title == "No: the other way round"


def test_no_order_is_made_up_between_the_two_stories(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what came first, the herts privatisation decision or the east midlands study?")
    assert answer.status is Status.NOT_FOUND
    assert "no order between them" in answer.body
    assert "last year" in answer.body and "3 November" in answer.body


def test_the_latest_step_is_the_last_done_with_what_is_still_ahead(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "most recent development in the leics notts northants saga?")
    assert answer.title == "Latest: East Midlands 999 control room deal"
    assert answer.ids[0] == "em-deal-rejected"
    assert "Still to come" in answer.body and "by 2020" in answer.body


def test_the_first_step_of_a_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what was the earliest event in the herts story")
    assert answer.ids == ("herts-decided-to-privatise",)


def test_the_latest_of_a_story_named_in_unknown_words_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "latest step mentioned in the zq story")
    assert answer.status is Status.NOT_FOUND


def test_the_latest_on_a_deal_is_still_its_status(fb: FactBase) -> None:
    # "the latest on X" asks how it stands, not for its last event.
    answer = run_command(fb, "ask", "whats the latest on the cambs deal")
    assert "herts-abandoned" in answer.ids or "herts-negotiations-ended" in answer.ids


def test_what_happened_at_a_time_is_no_order_question(fb: FactBase) -> None:
    # "last night" is when, not the last of the events.
    answer = run_command(fb, "ask", "what happened last night with the beds contract")
    assert answer.title.startswith("What happened")


def test_an_order_answer_says_it_follows_the_timeline_not_the_telling(fb: FactBase) -> None:
    # Events are sorted by the fact file's timeline, which may differ from where the article tells them.
    question = "which happened first, G4S failing at the Olympics or the forces deciding to privatise?"
    answer = run_command(fb, "ask", question)
    assert answer.body.endswith("In the order of the story's timeline.")
    events = [fb.events[i] for i in answer.ids if i in fb.events]
    assert [e.order for e in events] == sorted(e.order for e in events)


def test_a_thing_done_put_in_the_passive_is_ordered_on_each_side() -> None:
    # "which deal got dropped first": the deed is said once, of both sides.
    question = order.read("which deal got ditched first the herts one or the em one", False)
    assert question is not None
    assert question.slot == order.ORDER
    assert question.about == "ditched"


def test_two_stories_passively_ordered_are_given_no_order(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which lot got binned first, the herts deal or the 999 one?")
    assert answer.status is Status.NOT_FOUND


def test_a_timeline_asked_for_lists_the_story_s_events_in_order(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "chronology of the control-room saga please")
    assert answer.title == "Timeline: East Midlands 999 control room deal"
    assert answer.ids[0] == "em-feasibility-announced" and answer.ids[-1] == "em-full-alliance"
    assert answer.fields[0].value.startswith("1. **3 November**")


def test_a_timeline_of_both_stories_keeps_each_story_to_itself(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "could you set out a timeline covering both articles")
    assert answer.status is Status.AMBIGUOUS
    assert [f.name for f in answer.fields] == [d.name for d in fb.deals.values()]


def test_a_timeline_of_a_place_no_article_covers_is_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "give me the sequence of events in the kent deal").status is Status.NOT_FOUND


def test_in_order_to_is_a_purpose_not_a_timeline() -> None:
    assert order.read("what did they do in order to cut costs", False) is None
    assert order.read("herts events in date order", False) is not None
