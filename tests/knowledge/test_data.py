"""The shipped fact base says what its articles say, no more and no less strongly.

`factbot check --articles` (tests/knowledge/test_fidelity.py) proves the words;
these pin the readings an audit corrected, which no word check can see.
"""

from __future__ import annotations

from knowledge import FactBase
from knowledge.text import normalise


def test_when_the_words_were_said_is_kept_apart_from_what_they_speak_of(fb: FactBase) -> None:
    quotes = fb.quotes
    # 3 November is a date inside the spokesman's words, not when he spoke.
    assert quotes["forces-feasibility-study"].said_when is None
    assert quotes["forces-feasibility-study"].about_times == ("3 November",)
    # "Early next year" is when the union may meet, not when Hanrahan spoke.
    assert quotes["hanrahan-meet-chiefs"].said_when is None
    assert quotes["hanrahan-meet-chiefs"].about_times == ("early next year",)
    # The one quote the article dates: Lloyd "confirmed last night".
    assert [q.id for q in quotes.values() if q.said_when] == ["lloyd-confirmed-discontinued"]
    assert quotes["lloyd-confirmed-discontinued"].said_when == "last night"


def test_continuous_quotations_are_recorded_as_pieces(fb: FactBase) -> None:
    continued = {q.id: q.continues for q in fb.quotes.values() if q.continues}
    assert continued == {
        "lloyd-support-work": "lloyd-other-providers",
        "lloyd-private-sector": "lloyd-support-work",
        "forces-no-outsourcing": "forces-feasibility-study",
        "pccs-local-policing": "pccs-not-a-merger",
    }


def test_london_is_covered_not_a_place_without_an_article(fb: FactBase) -> None:
    assert "London" not in fb.vocabulary.places
    assert "london" in normalise(fb.entities["london-olympics"].name)


def test_aliases_do_not_reach_into_the_other_story(fb: FactBase) -> None:
    aliases = {normalise(a) for record in (*fb.entities.values(), *fb.deals.values()) for a in record.aliases}
    # Each fits more than one entry: both stories are three forces and privatisation,
    # there are two police spokesmen, and three sets of commissioners are quoted.
    assert not aliases & {"three forces privatisation", "police spokesman", "commissioners", "pccs"}


def test_summaries_keep_the_articles_hedges_and_verbs(fb: FactBase) -> None:
    herts, em = fb.deals["herts-back-office"], fb.deals["east-midlands-control-rooms"]
    # Lloyd confirmed the negotiations were discontinued; he did not "end" them.
    assert "confirmed the negotiations had been discontinued" in herts.summary
    assert "ended" not in herts.summary
    # "at this early stage" is the forces' own hedge on ruling out outsourcing.
    assert "at this early stage" in em.summary
    assert "at this early stage" in fb.facts["em-no-outsourcing"].text


def test_a_restated_decision_is_not_filed_as_its_reason(fb: FactBase) -> None:
    assert fb.facts["em-no-outsourcing"].topic == "status"
    assert [f.id for f in fb.facts_of_deal("east-midlands-control-rooms", "reason")] == ["em-masters-of-destiny"]


def test_claims_are_credited_to_whoever_made_them(fb: FactBase) -> None:
    facts = fb.facts
    assert facts["em-not-a-merger"].text.startswith("The three forces' police and crime commissioners said")
    meeting = facts["em-unison-meeting"].text
    assert "Chris Hanrahan" in meeting and "will be looking to" in meeting
    assert facts["em-unison-welcomes"].text.startswith("A Unison spokesman said")


def test_separate_statements_are_separate_facts(fb: FactBase) -> None:
    # "once the evidence was received and assessed" and "based on evidence and
    # on the recommendations" are two statements, paragraphs apart.
    assert "assessed" not in fb.facts["herts-reason-evidence"].text
    # G4S being "the only company seriously considered" is not dated "last year".
    assert "only" not in fb.events["herts-decided-to-privatise"].text
    # The alliance by 2020 and the alliance to coordinate are two sentences.
    assert "2020" not in fb.facts["em-strategic-alliance"].text
