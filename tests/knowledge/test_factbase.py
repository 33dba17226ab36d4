"""The indexed fact base: who is in which deal, and quotations in pieces."""

from __future__ import annotations

from knowledge import FactBase


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
