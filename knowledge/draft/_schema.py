"""The fact files' schema, as the drafter writes it: every field name is here.

A change to the schema (knowledge/model.py, knowledge/loader.py) is a change
to this module alone: the rest of the drafter works on neutral records.
Where the schema is changing (a quote's times and the pieces of one
quotation, a closed list of kinds), the names are read from the model, so a
draft loads under the model it is made with.
"""

from __future__ import annotations

from dataclasses import fields

from knowledge import model
from knowledge.draft._records import Draft, DraftEntity, DraftQuote, EntityKind
from knowledge.draft._yaml import Document, Field, Item, Section

REVIEW = "review: "
_QUOTE_FIELDS = {f.name for f in fields(model.Quote)}


def _field(*names: str) -> str | None:
    """The first of `names` that a quote has in this model; None: written as a comment."""
    return next((name for name in names if name in _QUOTE_FIELDS), None)


# The schema's words for each kind of entity.
KINDS: dict[EntityKind, str] = {
    "person": "person",
    "spokesperson": "spokesperson",
    "group": "group",
    "company": "company",
    "union": "union",
    "council": "council",
    "force": "police force",
    "organisation": "organisation",
    "place": "place",
}
FACT_TOPICS = "status, services, reason, background, next or reaction"

# Kinds the model allows, when it closes the list; a place, if it is not one, is listed as a comment.
ALLOWED_KINDS: tuple[str, ...] | None = getattr(model, "ENTITY_KINDS", None)
PLACES_AS_ENTITIES = ALLOWED_KINDS is None or KINDS["place"] in ALLOWED_KINDS

QUOTE_CONTINUES = _field("continues")  # the piece of one quotation this piece follows
QUOTE_ABOUT = _field("about_times")  # the times a quote speaks of, apart from when it was said
QUOTE_SAID_WHEN = _field("said_when", "when")  # when the words were said, as the article states it


def _reviews(notes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(REVIEW + note for note in notes)


def _source(draft: Draft) -> Section:
    s = draft.source
    fields = [Field("id", s.id)]
    if s.title:
        fields.append(Field("title", s.title, ("the headline, as the text gives it",)))
    if s.publisher:
        fields.append(Field("publisher", s.publisher))
        fields.append(Field("publisher_basis", s.publisher_basis))
    if s.seed:
        fields.append(Field("seed", s.seed))
    if s.date:
        fields.append(Field("date", s.date, _reviews([f"from the line “{s.date_basis}”"])))
    return Section("source", (Item(tuple(fields), _reviews(s.reviews)),), single=True)


def _kind(kind: EntityKind) -> str:
    word = KINDS[kind]
    return word if ALLOWED_KINDS is None or word in ALLOWED_KINDS else KINDS["organisation"]


def _entity(entity: DraftEntity) -> Item:
    fields = [
        Field("id", entity.id),
        Field("name", entity.name),
        Field("kind", _kind(entity.kind)),
        Field("role", entity.role),
    ]
    if entity.organisation:
        fields.append(Field("organisation", entity.organisation))
    if entity.aliases:
        fields.append(Field("aliases", list(entity.aliases)))
    fields.append(Field("basis", entity.basis))
    return Item(tuple(fields), _reviews(entity.reviews))


def _quote(quote: DraftQuote) -> Item:
    comments = list(_reviews(quote.reviews))
    fields = [Field("id", quote.id), Field("speaker", quote.speaker), Field("kind", quote.kind)]
    if quote.continues:
        if QUOTE_CONTINUES:
            fields.append(Field(QUOTE_CONTINUES, quote.continues))
        else:
            comments.append(f"continues {quote.continues}: the same quotation, split where the article breaks it")
    if quote.said:
        fields.append(Field("said", quote.said))
    if quote.said_when:
        if QUOTE_SAID_WHEN:
            fields.append(Field(QUOTE_SAID_WHEN, quote.said_when))
        else:
            comments.append(f"said: “{quote.said_when}”")
    about = [t for t in quote.about if t != quote.said_when]
    if about:
        if QUOTE_ABOUT:
            fields.append(Field(QUOTE_ABOUT, about))
        else:
            comments.append("speaks of: " + ", ".join(f"“{t}”" for t in about))
    fields.append(Field("text", quote.text))
    return Item(tuple(fields), tuple(comments))


def document(draft: Draft) -> Document:
    name = draft.source.seed or "standard input"
    header: tuple[str, ...] = (
        f"Drafted by `factbot draft` from {name}. Every quote's text and every basis is copied from the "
        "article word for word. Check each `# review:` line, write the deal, facts and events at the end "
        "in our own words (then uncomment them), and run `factbot check --articles DIR`.",
    )
    sections = [_source(draft)]
    entity_notes: list[str] = []
    if draft.reused:
        entity_notes.append("Already in the fact base, used here by id:")
        for reused in draft.reused:
            entity_notes.append(f"  {reused.id} ({reused.name}, {reused.origin})")
            entity_notes.extend(f"    {REVIEW}{note}" for note in reused.notes)
    entities = [e for e in draft.entities if PLACES_AS_ENTITIES or e.kind != "place"]
    places = [e for e in draft.entities if e not in entities]
    if places:
        entity_notes.append(
            "Places named (an alias of the force or body they stand for, if any): "
            + ", ".join(f"{p.name} (“{p.basis}”)" for p in places)
        )
    if entities:
        sections.append(Section("entities", tuple(_entity(e) for e in entities), tuple(entity_notes)))
    else:
        header += tuple(entity_notes)
    unattributed = tuple(f"{REVIEW}“{u.text}” ({u.reason}), in: {u.sentence}" for u in draft.unattributed)
    if draft.quotes:
        trailer = ("", "Not drafted as quotes:", *unattributed) if unattributed else ()
        sections.append(Section("quotes", tuple(_quote(q) for q in draft.quotes), trailer=trailer))
    elif unattributed:
        header += ("No quotes drafted. Not drafted as quotes:", *unattributed)
    sections.extend(_stubs(draft))
    return Document(header, tuple(sections))


def _stubs(draft: Draft) -> list[Section]:
    deal = draft.deal
    sections = []
    deal_fields = (
        Field("id", deal.id),
        Field("name", None, ("review: name this deal",)),
        Field("status", None, ("review: e.g. proposed, signed, abandoned, rejected",)),
        Field("summary", None, ("review: in our own words, from the sentences below",)),
        *(
            [Field("forces", list(deal.forces), ("review: the forces named; keep the deal's parties",))]
            if deal.forces
            else []
        ),
        *([Field("companies", list(deal.companies))] if deal.companies else []),
        *([Field("services", list(deal.services))] if deal.services else []),
    )
    rests = tuple(f"  {b}" for b in deal.basis)
    sections.append(
        Section(
            "deals",
            (Item(deal_fields, ("The deal this article is about; it rests on:", *rests)),),
            commented_out=True,
            banner=("Stubs from here on: complete them in our own words, then uncomment.",),
        )
    )
    if draft.facts:
        items = tuple(
            Item(
                (
                    Field("id", f.id),
                    Field("deal", deal.id),
                    Field("topic", f.topic, (f"review: {FACT_TOPICS}" + (" (a guess)" if f.topic else ""),)),
                    Field("text", None, ("review: what the basis says, in our own words",)),
                    Field("basis", f.basis),
                )
            )
            for f in draft.facts
        )
        sections.append(Section("facts", items, commented_out=True))
    if draft.events:
        items = tuple(
            Item(
                (
                    Field("id", e.id),
                    Field("deal", deal.id),
                    Field("when", e.when),
                    Field("text", None, ("review: what happened, in our own words",)),
                    Field("basis", e.basis),
                )
            )
            for e in draft.events
        )
        sections.append(Section("events", items, ("In article order.",), commented_out=True))
    return sections
