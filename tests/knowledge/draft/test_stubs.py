"""Deal, fact and event stubs: the sentences to write from, with their times as written."""

from __future__ import annotations

from tests.knowledge.draft.helpers import draft_of

STORY = """
    Plans to sell the town hall were dropped last night.

    The council decided in 2019 to sell buildings such as the town hall, the museum and the old library.

    Leader Amy Cole said: "On 3 March we asked for bids. None came."

    A new plan could be ready by 2026, and staff will meet early next year.
    """


def test_events_carry_each_time_as_written_in_article_order() -> None:
    draft = draft_of(STORY)
    assert [(e.when, e.basis) for e in draft.events] == [
        ("last night", "Plans to sell the town hall were dropped last night."),
        (
            "2019",
            "The council decided in 2019 to sell buildings such as the town hall, the museum and the old library.",
        ),
        ("3 March", "On 3 March we asked for bids."),
        ("by 2026", "A new plan could be ready by 2026, and staff will meet early next year."),
        ("early next year", "A new plan could be ready by 2026, and staff will meet early next year."),
    ]


def test_facts_rest_on_narrative_sentences_and_invent_no_summary() -> None:
    draft = draft_of(STORY)
    bases = [f.basis for f in draft.facts]
    assert bases[0] == "Plans to sell the town hall were dropped last night."
    assert not any("asked for bids" in b for b in bases)  # quoted words are quotes, not facts
    assert draft.facts[0].topic == "status"  # a guess from "dropped", for review


def test_deal_stub_names_parties_and_services_but_no_summary() -> None:
    draft = draft_of(STORY)
    assert draft.deal.services == ("the town hall", "the museum", "the old library")
    assert draft.deal.basis == ("Plans to sell the town hall were dropped last night.",)
