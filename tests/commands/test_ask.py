"""`ask`: free-form questions answered from the fact base, or honestly declined.

The question set (questions.yaml) is asserted whole; the unit tests below pin
down question-form parsing, answer shape, yes/no verdicts and edge cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main as cli_main
from commands import Status, respond, run_command
from commands.ask.forms import parse
from commands.ask.question import Form
from commands.registry import MAX_QUERY_CHARS
from knowledge import FactBase

QUESTIONS = Path(__file__).with_name("questions.yaml")
_SET = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))


def _accepted(entry: dict[str, object]) -> tuple[str, ...]:
    answer = entry["answer"]
    return tuple(str(a) for a in answer) if isinstance(answer, list) else (str(answer),)


def _top(fb: FactBase, question: str) -> str:
    answer = run_command(fb, "ask", question)
    if answer.status is Status.NOT_FOUND:
        return "none"
    assert answer.status in (Status.OK, Status.AMBIGUOUS), (question, answer)
    assert answer.ids, question
    return answer.ids[0]


# --- the question set --------------------------------------------------------


@pytest.mark.parametrize(
    "entry", [e for e in _SET if e.get("promised", True)], ids=lambda e: str(e["q"])[:60] if isinstance(e, dict) else ""
)
def test_question_set(fb: FactBase, entry: dict[str, object]) -> None:
    assert _top(fb, str(entry["q"])) in _accepted(entry)


def test_question_set_shape(fb: FactBase) -> None:
    questions = [str(e["q"]) for e in _SET]
    assert len(questions) >= 60
    assert len(set(questions)) == len(questions), "a question is listed twice"
    assert sum(_accepted(e) == ("none",) for e in _SET) >= 12
    known = {*fb.facts, *fb.quotes, *fb.events, *fb.entities, *fb.deals, *fb.sources, "none"}
    for entry in _SET:
        unknown = set(_accepted(entry)) - known
        assert not unknown, f"{entry['q']!r} expects unknown ids {unknown}"


def test_question_set_covers_every_fact_quote_and_person(fb: FactBase) -> None:
    expected = {a for e in _SET for a in _accepted(e)}
    people = {e.id for e in fb.entities.values() if e.kind == "person"}
    missing = ({*fb.facts, *fb.quotes} | people) - expected
    assert not missing, f"no question expects {sorted(missing)}"


def test_every_fact_and_quote_is_the_best_answer_somewhere(fb: FactBase) -> None:
    firsts = {_accepted(e)[0] for e in _SET}
    assert not {*fb.facts, *fb.quotes} - firsts


# --- answer shape ------------------------------------------------------------


def test_registry_examples_are_answered(fb: FactBase) -> None:
    for example in ("why did herts drop g4s?", "who said it was good news?"):
        assert respond(fb, "!ask " + example).status is Status.OK


def test_a_quote_is_shown_verbatim_with_its_speaker_and_source(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who said we'd prefer to be the masters of our own destiny?")
    quote = fb.quotes["loader-masters-of-destiny"]
    assert answer.ids[0] == quote.id
    assert quote.text in answer.body
    assert "Sir Clive Loader" in answer.title + answer.body
    assert answer.citations and "BBC" in answer.footer


def test_a_fact_names_its_deal_and_shows_the_speakers_words(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "why did herts drop g4s?")
    fact = fb.facts[answer.ids[0]]
    assert fact.topic == "reason"
    assert fact.text in answer.body
    assert fb.deals[fact.deal].name in answer.title + answer.body
    # The quote carrying the same article words is shown beneath it.
    assert "I have always said that I would make my decision" in answer.body


def test_two_close_answers_are_both_shown(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "why did the east midlands forces reject g4s?")
    shown = [i for i in answer.ids if i in fb.facts]
    assert {"em-no-outsourcing", "em-masters-of-destiny"} <= set(shown)
    assert "**Also:**" in answer.body


def test_what_did_x_say_lists_their_quotes(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did john shaw say?")
    assert set(answer.ids) == {"shaw-disappointed", "shaw-front-line"}
    assert answer.title == "What John Shaw said"


def test_who_is_gives_the_person(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who is the unison branch secretary?")
    assert answer.ids[0] == "chris-hanrahan"
    assert "Leicestershire Police Unison branch secretary" in answer.body


# --- yes/no ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the alliance a merger?", "No"),
        ("did herts scrap the g4s plan?", "Yes"),
        ("was g4s disappointed?", "Yes"),
        ("will the east midlands forces include outsourcing?", "No"),
        ("was the framework contract suitable?", "No"),
        ("did lloyd rule out g4s?", "No"),
        ("didn't lloyd rule out g4s?", "No"),
    ],
)
def test_yes_no_verdicts(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


def test_no_verdict_when_the_negation_governs_another_word(fb: FactBase) -> None:
    # "did not rule out using G4S": "using" is not negated, so no "No".
    answer = run_command(fb, "ask", "could hertfordshire still use g4s in the future?")
    assert answer.ids[0] == "herts-g4s-not-ruled-out"
    assert not answer.title.startswith("No")


# --- declining -----------------------------------------------------------------


def test_unanswerable_says_so_with_a_hint(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what is the weather in Paris?")
    assert answer.status is Status.NOT_FOUND
    assert answer.title == "The articles don't say"
    assert "Paris" in answer.body
    assert any(d.name in answer.body for d in fb.deals.values()) or "!" in answer.body


def test_unknown_words_are_named(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who won the 2012 Olympics 100m?")
    assert answer.status is Status.NOT_FOUND
    assert "`100m`" in answer.body or "`won`" in answer.body


def test_a_speaker_never_quoted_on_a_subject(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did john shaw say about the olympics?")
    assert answer.status is Status.NOT_FOUND
    assert "John Shaw" in answer.body and "!quote John Shaw" in answer.body


def test_a_named_body_nobody_quotes(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did the chief constables say?")
    assert answer.status is Status.NOT_FOUND


def test_too_broad(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "contract?")
    assert answer.status is Status.NOT_FOUND
    assert "Too many" in answer.body


def test_cli_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["ask", "!ask what is the weather in Paris?"]) == 1
    assert "The articles don't say" in capsys.readouterr().out
    assert cli_main(["ask", "!ask why did herts drop g4s?"]) == 0
    assert cli_main(["ask", "!ask"]) == 2


# --- edge cases -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\u200b", "\u202e\u2066"])
def test_empty_question_is_a_usage_error(fb: FactBase, text: str) -> None:
    assert run_command(fb, "ask", text).status is Status.USAGE


def test_huge_question_is_a_usage_error(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "why " * 2500)
    assert answer.status is Status.USAGE
    assert str(MAX_QUERY_CHARS) in answer.body


def test_longest_allowed_question_is_fast_and_clean(fb: FactBase) -> None:
    question = ("why did herts drop g4s " * 20)[:MAX_QUERY_CHARS]
    assert run_command(fb, "ask", question).status in (Status.OK, Status.AMBIGUOUS, Status.NOT_FOUND)


def test_invisible_characters_do_not_change_the_answer(fb: FactBase) -> None:
    plain = run_command(fb, "ask", "who said it was good news?")
    hidden = run_command(fb, "ask", "who\u200b said it\u202e was go\u200dod news?\u2066")
    assert hidden.ids == plain.ids


def test_mentions_and_markup_in_a_question_stay_inert(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "@everyone `why` **did** <@&1> herts drop g4s?")
    shown = answer.title + answer.body
    assert "@everyone" not in shown and "<@&1>" not in shown
    for line in shown.splitlines():
        assert line.count("`") % 2 == 0


def test_same_question_same_answer(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what happened with g4s?") == run_command(fb, "ask", "what happened with g4s?")


def test_a_reloaded_fact_base_gets_its_own_index() -> None:
    first, second = FactBase.load(), FactBase.load()
    assert run_command(first, "ask", "destiny").ids == run_command(second, "ask", "destiny").ids


# --- question forms --------------------------------------------------------------


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
        ("which services would g4s have run?", Form.SERVICES, "g4s have run"),
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


# --- who and what an answer may be about ------------------------------------------


def test_an_answer_must_involve_the_person_or_body_asked_about(fb: FactBase) -> None:
    # G4S's own words mention "support functions", but say nothing of Unison.
    answer = run_command(fb, "ask", "did the unison union support g4s?")
    assert answer.status is Status.NOT_FOUND


def test_a_bare_party_gives_its_deals(fb: FactBase) -> None:
    herts = run_command(fb, "ask", "herts")
    assert herts.ids == ("herts-back-office",) and herts.status is Status.OK
    g4s = run_command(fb, "ask", "g4s")
    assert set(g4s.ids) == set(fb.deals) and g4s.status is Status.AMBIGUOUS


def test_the_forces_of_every_story_come_from_the_deals(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who are the three forces")
    for deal in fb.deals.values():
        assert deal.id in answer.ids
        assert all(fb.entities[f].name.split()[0] in answer.body for f in deal.forces)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the back office privatisation dead?", "Yes"),
        ("is the herts deal still going ahead?", "No"),
        ("is the 999 deal off?", "Yes"),
    ],
)
def test_whether_a_deal_is_still_on_comes_from_its_status(fb: FactBase, question: str, verdict: str) -> None:
    answer = run_command(fb, "ask", question)
    assert fb.facts[answer.ids[0]].topic == "status"
    assert answer.title.startswith(verdict + ":")


def test_when_leads_with_the_time(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "when will the full alliance be in place?")
    assert answer.title == "When: by 2020"


def test_hints_use_the_prefix_in_use(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did john shaw say about the olympics?", prefix="?")
    assert "`?quote John Shaw`" in answer.body and "`!" not in answer.body


# --- the benchmark ---------------------------------------------------------------


def test_benchmark_halves_split_a_set_in_two() -> None:
    from benchmarks.ask_accuracy import load_questions

    dev, check = load_questions(half="dev"), load_questions(half="check")
    assert len(dev) + len(check) == len(_SET)
    assert dev[0][0] == _SET[0]["q"] and check[0][0] == _SET[1]["q"]
    assert not {q for q, _ in dev} & {q for q, _ in check}


def test_benchmark_summary_names_no_question(fb: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.ask_accuracy import evaluate, report

    report(evaluate(fb, [("why did herts drop g4s?", ("none",))]), verbose=True, summary=True)
    out = capsys.readouterr().out
    assert "wrong but confident" in out and "why did herts" not in out


def test_benchmark_reports_and_judges(fb: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.ask_accuracy import evaluate, load_questions, report

    assert len(load_questions(holdout=True)) + len(load_questions(holdout=False)) == len(_SET)
    outcomes = evaluate(fb, [("why did herts drop g4s?", ("herts-reason-framework",)), ("weather?", ("none",))])
    assert all(o.right for o in outcomes)
    assert report(outcomes) is True
    wrong = evaluate(fb, [("why did herts drop g4s?", ("none",))])
    assert wrong[0].wrong_confident and report(wrong) is False
    out = capsys.readouterr().out
    assert "wrong but confident" in out and "median time" in out


# --- the knowledge-side helpers ask relies on -------------------------------------


def _words(text: str) -> list[str]:
    from knowledge.text import normalise

    return normalise(text).split()


def test_mentions_longest_first_and_fewest_stopwords(fb: FactBase) -> None:

    qi = fb.questions
    found = qi.mentions(_words("was the framework contract suitable for the leicestershire pcc"))
    assert [(m.targets, m.exact) for m in found] == [
        (("g4s-framework-contract",), True),  # "framework contract", not "the framework"
        (("clive-loader",), True),  # "leicestershire pcc", not the force
    ]


def test_misspelt_names_are_found_but_known_words_never(fb: FactBase) -> None:

    qi = fb.questions
    assert [m.targets for m in qi.mentions(_words("hertfordshre and sir clive lodaer"))] == [
        ("hertfordshire-police",),
        ("clive-loader",),
    ]
    # "leader" is not a word the articles use, but it is no name either;
    # "police" is a word they use, so it is never read as a misspelt name.
    assert qi.mentions(_words("police leader")) == []


def test_places_no_article_covers(fb: FactBase) -> None:

    found = fb.questions.mentions(_words("herefordshire and paris"))
    assert [m.place for m in found] == [True, True]


def test_records_are_about_what_their_words_name(fb: FactBase) -> None:

    items = fb.questions.items
    assert {"northamptonshire-police", "g4s"} <= items["em-no-further-g4s-work"].about
    assert {"john-shaw", "g4s"} <= items["shaw-front-line"].about  # speaker and organisation


def test_a_fact_is_linked_to_the_quote_carrying_its_article_words(fb: FactBase) -> None:

    support = fb.questions.support
    assert support["em-masters-of-destiny"] == ("loader-masters-of-destiny",)
    assert "lloyd-evidence-framework" in support["herts-reason-framework"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A full alliance could be in place by 2020.", "by 2020"),
        ("On 3 November the forces announced a study.", "On 3 November"),
        ("to meet chief police officers early next year", "early next year"),
        ("as David Lloyd confirmed last night", "last night"),
        ("G4S provided its report.", ""),
    ],
)
def test_time_phrases(text: str, phrase: str) -> None:
    from knowledge.question_index import time_phrase

    assert time_phrase(text) == phrase


def test_explained_words() -> None:
    from knowledge.question_index import explained_positions

    words = "scrutiny came after g4s failed so soldiers came".split()
    flags = dict(zip(words, explained_positions(" ".join(words)), strict=True))
    assert flags["scrutiny"] and flags["soldiers"]
    assert not flags["failed"]  # the cause, before "so" and after "after"


def test_negation_reaches_two_words(fb: FactBase) -> None:
    from commands.ask.reading import read
    from commands.ask.verdict import verdict

    qi = fb.questions
    fact = qi.items["herts-g4s-not-ruled-out"]  # "did not rule out using G4S"
    assert verdict(fact, read(qi, "rule").predicate) == "no"
    assert verdict(fact, read(qi, "using").predicate) == "yes"
    assert verdict(fact, read(qi, "weather").predicate) == ""  # not in the fact: no verdict


# --- the kind of answer a question asks for (ask_slots.py) ---------------------------


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("how much of the support work will be outsourced?", "They give no amount or figure for it."),
        ("how many jobs go in the east midlands control rooms?", "They give no number of `jobs`."),
        ("where are the east midlands control rooms?", "They name no place for it."),
        ("what political party is lloyd in?", "They don't say what `political party`."),
        ("how long did the herts negotiations last?", "They don't say `how long`."),
    ],
)
def test_a_record_on_the_topic_without_the_thing_asked_is_no_answer(fb: FactBase, question: str, lacking: str) -> None:
    # Each of these shares its topic with some record ("support work",
    # "control rooms", "Lloyd"), and none gives what is asked.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert lacking in answer.body


def test_a_count_is_a_number_on_what_is_counted() -> None:
    from commands.ask.slots import counted, gives_count

    nouns, typed = counted("forces were in the herts deal")
    assert typed == "forces"
    assert gives_count("The three East Midlands forces decided", nouns, frozenset())
    assert not gives_count("On 3 November the forces announced a study", nouns, frozenset())
    assert not gives_count("The three forces decided", counted("jobs will go")[0], frozenset())


def test_an_amount_and_a_measure() -> None:
    from commands.ask.slots import gives_amount, gives_measure

    assert gives_amount("a contract worth £20m") and gives_amount("saving 5% a year")
    assert not gives_amount("the three forces decided last year")
    assert gives_measure("talks lasted six months") and not gives_measure("talks ended last night")


def test_a_place_is_given_as_a_location_not_merely_named(fb: FactBase) -> None:
    from commands.ask.slots import located_places

    qi = fb.questions
    assert located_places(qi, qi.forces, "police officers, some from Hertfordshire") == {"hertfordshire-police"}
    assert not located_places(qi, qi.forces, "Leicestershire, Nottinghamshire and Northamptonshire police decided")


def test_a_which_question_is_answered_by_the_kind_it_names(fb: FactBase) -> None:
    # "which company": the record that names the company, not the Games it failed at.
    answer = run_command(fb, "ask", "which firm was behind the olympics fiasco?")
    assert answer.ids[0] in ("herts-olympics-scrutiny", "herts-olympics-failure", "g4s")


# --- yes or no only from a record on what is asked ------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is lloyd still going ahead with privatisation?", "Yes"),
        ("is privatisation off in herts?", "No"),
        ("is the herts commissioner still pressing ahead with outsourcing?", "Yes"),
    ],
)
def test_a_deals_status_settles_nothing_about_privatisation_plans(fb: FactBase, question: str, verdict: str) -> None:
    # The G4S deal was abandoned; Lloyd's privatisation plans go on. The
    # verdict comes from what the plans' own record says, never from the
    # deal's status (which would give "No" and "Yes, it is off").
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] in (
        "herts-other-providers",
        "herts-outsourcing-continues",
        "lloyd-not-ruled-out",
        "lloyd-other-providers",
        "lloyd-support-work",
        "lloyd-private-sector",
    )
    assert answer.title.startswith(verdict + ":")


def test_a_deal_named_outright_still_gets_its_status(fb: FactBase) -> None:
    assert run_command(fb, "ask", "is the herts contract still going ahead?").title.startswith("No:")
    assert run_command(fb, "ask", "is the back office privatisation dead?").title.startswith("Yes:")


def test_keywords_are_no_claims(fb: FactBase) -> None:
    from commands.ask.reading import read
    from commands.ask.verdict import verdict

    qi = fb.questions
    # "G4S was the only company seriously considered" lists "other companies"
    # and "bidder" among its keywords; it does not say there were others.
    only = qi.items["herts-only-bidder"]
    assert verdict(only, read(qi, "other bidders").predicate) == ""
    answer = run_command(fb, "ask", "were there any other bidders for the herts work?")
    assert answer.ids[0] == "herts-only-bidder" and not answer.title.startswith("Yes")
    # The article sentence a fact rests on does count: "was not suitable".
    assert verdict(qi.items["herts-reason-framework"], read(qi, "suitable").predicate) == "no"


# --- names the articles do not give -----------------------------------------------------


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


# --- questions about the articles themselves ------------------------------------------


def test_who_published_an_article(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which outlet published the east midlands story?")
    assert answer.status is Status.OK
    assert answer.ids == ("east-midlands-g4s-article",)
    assert "BBC" in answer.title and "The BBC is not responsible" in answer.body


def test_what_an_article_does_not_give_is_said_plainly(fb: FactBase) -> None:
    herts = run_command(fb, "ask", "who published the story about lloyd?")
    assert herts.status is Status.NOT_FOUND
    assert "don't say who published it" in herts.body and "not given in the text" in herts.body
    assert run_command(fb, "ask", "when was the bbc article published?").status is Status.NOT_FOUND


def test_which_article_says_something(fb: FactBase) -> None:
    assert run_command(fb, "ask", "which article says g4s was disappointed?").ids == ("east-midlands-g4s-article",)


def test_a_report_is_not_an_article() -> None:
    assert parse("when was the g4s report published?").form is not Form.SOURCE
    assert parse("what was the date of the feasibility study?").form is Form.WHEN
    assert parse("who published the article about the alliance?").form is Form.SOURCE


# --- reading the question -------------------------------------------------------------


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


# --- work in proportion to the candidates ------------------------------------------------


def test_candidates_are_every_record_that_could_score(fb: FactBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a fact base this small every word gathers candidates, so they must
    be exactly the records a full pass would score: answers are the same."""
    import commands.ask.ranking as scoring

    questions = [str(e["q"]) for e in _SET]
    found = [run_command(fb, "ask", q) for q in questions]
    monkeypatch.setattr(scoring, "candidates", lambda qi, *_: set(qi.items))
    assert [run_command(fb, "ask", q) for q in questions] == found


def test_candidates_stay_with_the_named_deal(fb: FactBase) -> None:
    from commands.ask.ranking import candidates
    from commands.ask.reading import read

    qi = fb.questions
    reading = read(qi, "the unison meeting with chief officers")
    found = candidates(qi, reading.units, reading.anchor, None)
    assert "em-unison-meeting" in found
    assert not {r for r in found if qi.items[r].deals == {"herts-back-office"}}


def test_a_common_word_gathers_no_candidates() -> None:
    from knowledge.search import ContentIndex

    docs = [(f"d{i}", "police said" + (" destiny" if i == 7 else "")) for i in range(400)]
    index = ContentIndex(docs)
    expanded = index.expand("police destiny")
    assert index.holding(expanded, limit=10) == {"d7"}
    assert index.holding(index.expand("police"), limit=10) is None
    assert index.matches(expanded, among={"d7", "d8"}) == {
        k: v for k, v in index.matches(expanded).items() if k in ("d7", "d8")
    }
