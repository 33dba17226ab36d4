"""The indexed fact base: who is in which deal, and quotations in pieces."""

from __future__ import annotations

from knowledge import FactBase
from knowledge.store import quote_head


def evidence(fb: FactBase, entity_id: str, deal_id: str) -> list[str]:
    """The records that put an entity in a deal: its quotes, and facts and events about it."""
    quotes = [q.id for q in fb.quotes.values() if q.deal == deal_id and q.speaker == entity_id]
    stated = [r.id for r in (*fb.facts.values(), *fb.events.values()) if r.deal == deal_id and entity_id in r.about]
    return quotes + stated


def test_a_persons_deals_come_from_evidence_not_from_their_organisation(fb: FactBase) -> None:
    # John Shaw speaks for G4S, a party to both deals, but only on the East Midlands one.
    assert fb.deals_of_entity["john-shaw"] == ("east-midlands-control-rooms",)
    assert set(fb.deals_of_entity["g4s"]) == {"herts-back-office", "east-midlands-control-rooms"}
    for entity in fb.entities.values():
        if entity.kind in ("person", "spokesperson", "group"):
            for deal in fb.deals_of_entity.get(entity.id, ()):
                assert evidence(fb, entity.id, deal), f"{entity.id} is in {deal} with nothing to show for it"


def test_an_organisation_is_in_the_deals_its_people_speak_on(fb: FactBase) -> None:
    assert fb.deals_of_entity["unison"] == ("east-midlands-control-rooms",)


def test_the_pieces_of_a_quotation(fb: FactBase) -> None:
    lloyd = ("lloyd-other-providers", "lloyd-support-work", "lloyd-private-sector")
    for piece in lloyd:
        assert tuple(q.id for q in fb.pieces(fb.quotes[piece])) == lloyd
    assert [q.id for q in fb.pieces(fb.quotes["pccs-local-policing"])] == ["pccs-not-a-merger", "pccs-local-policing"]
    assert [q.id for q in fb.pieces(fb.quotes["loader-masters-of-destiny"])] == ["loader-masters-of-destiny"]


def test_quote_heads_are_the_quotes_in_order_without_their_words(fb: FactBase) -> None:
    for entity in fb.entities:
        heads = fb.quote_heads_of(entity)
        assert heads == [quote_head(q) for q in fb.quotes_of(entity)]
        assert tuple(h.id for h in heads) == fb.quote_ids_of(entity)
    deals = list(fb.deals)
    for deal in deals:
        assert fb.quote_heads_of_deals((deal,)) == [quote_head(q) for q in fb.quotes_of_deal(deal)]
    assert fb.quote_heads_of_deals(deals[::-1]) == [quote_head(q) for d in deals[::-1] for q in fb.quotes_of_deal(d)]
    told = fb.quotes["shaw-disappointed"]  # reported speech: its verb and kind come with it
    assert quote_head(told)[2:] == (told.speaker, "reported", told.said, told.said_when, told.note)
    assert quote_head(told).reported and quote_head(told).length == len(told.text)


def test_an_organisations_quotes_are_its_own_then_its_peoples(fb: FactBase) -> None:
    people = [p for p in fb.members["unison"] if p in fb.quotes_of_speaker]
    assert people
    expected = [*fb.quotes_of_speaker.get("unison", ()), *(i for p in people for i in fb.quotes_of_speaker[p])]
    assert fb.quote_ids_of("unison") == tuple(expected)
