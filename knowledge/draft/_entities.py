"""The article's cast: each person and organisation once, with every name it goes by.

Mentions are merged by name ("Sir Clive Loader" and "Clive Loader"), by
place for police forces, and by surname for a title and surname ("Cllr
Lloyd" is the David Lloyd named earlier; the guess is noted for review).
An entity the fact base already holds is reused by its id, never repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.draft._ids import Ids, slug
from knowledge.draft._lexicon import TITLES
from knowledge.draft._mentions import Mention
from knowledge.draft._records import DraftEntity, EntityKind, Reused
from knowledge.model import Entity, Records
from knowledge.text import normalise

_CATEGORY_KINDS: dict[str, EntityKind] = {
    "company": "company",
    "union": "union",
    "council": "council",
    "force": "force",
    "group": "group",
    "organisation": "organisation",
}
# A role for an entity the article gives none: in brackets, the fact files' mark for our own words.
FALLBACK_ROLES: dict[EntityKind, str] = {
    "person": "(role not given)",
    "spokesperson": "(spokesperson, not named)",
    "group": "(role not given)",
    "company": "(company)",
    "union": "(union)",
    "council": "(council)",
    "force": "(police force)",
    "organisation": "(organisation)",
    "place": "(place)",
}
_KNOWN_FORCE_KINDS = ("police force", "force")
# A fact base's kinds, read back into the drafter's: pronouns need to know who is a person.
_KNOWN_KINDS: dict[str, EntityKind] = {
    "person": "person",
    "spokesperson": "spokesperson",
    "group": "group",
    "company": "company",
    "union": "union",
    "council": "council",
    "police force": "force",
    "place": "place",
}


@dataclass(eq=False)
class Ent:
    name: str
    kind: EntityKind
    role: str | None
    basis: str
    names: list[str] = field(default_factory=list)
    organisation: str | None = None  # a name, resolved when the cast is final
    reviews: list[str] = field(default_factory=list)
    place: str | None = None
    surname: str | None = None
    known: Entity | None = None
    merged_into: Ent | None = None
    id: str = ""

    def final(self) -> Ent:
        ent = self
        while ent.merged_into is not None:
            ent = ent.merged_into
        return ent


def _without_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


class Cast:
    def __init__(self, known: Records | None) -> None:
        self.ents: list[Ent] = []
        self._index: dict[str, Ent] = {}
        self._known: dict[str, Entity] = {}
        self._known_ids: set[str] = set()
        self._reused: dict[str, Ent] = {}
        self._forces: dict[str, Ent] = {}  # police forces by the place they police
        if known is not None:
            self._known_ids = {
                r.id
                for group in (known.sources, known.entities, known.deals, known.facts, known.quotes, known.events)
                for r in group
            }
            for entity in known.entities:
                for name in (entity.name, *entity.aliases):
                    self._known.setdefault(normalise(name), entity)

    # -- building -------------------------------------------------------------

    def _reuse(self, entity: Entity) -> Ent:
        ent = self._reused.get(entity.id)
        if ent is None:
            kind = _KNOWN_KINDS.get(entity.kind, "organisation")
            ent = Ent(entity.name, kind, entity.role, entity.basis or entity.name, known=entity)
            ent.id = entity.id
            self._reused[entity.id] = ent
            self.ents.append(ent)
        return ent

    def _index_names(self, ent: Ent, *names: str) -> None:
        for name in names:
            key = normalise(name)
            if key and key not in self._index:
                self._index[key] = ent
            if name not in ent.names:
                ent.names.append(name)

    def lookup(self, name: str, known: bool = True) -> Ent | None:
        """The entity called `name` in the article so far, else (if `known`) in the fact base."""
        key = normalise(name)
        ent = self._index.get(key)
        if ent is not None:
            return ent.final()
        entity = self._known.get(key) if known else None
        if entity is None:
            return None
        ent = self._reuse(entity)
        if key != normalise(entity.name):
            note = f"“{name}” taken to be {entity.name}, already in the fact base"
            if note not in ent.reviews:
                ent.reviews.append(note)
        return ent

    def add(self, mention: Mention, basis: str) -> Ent:
        """The entity a mention names: found by name (or a force by its place), else new."""
        kind = self._kind(mention)
        names = [mention.name]
        if kind == "person":
            names.append(_without_titles(mention.name))
        place = normalise(mention.place) if kind == "force" and mention.place else None
        existing = self._forces.get(place) if place else None
        # An unnamed speaker in this story is not the one in another: never reused.
        reusable = kind not in ("spokesperson", "group")
        for name in names:
            if existing is None:
                existing = self.lookup(name, known=reusable)
        if existing is not None:
            return self._merge(existing, mention, kind, basis)
        if place:
            entity = self._known.get(place)
            if entity is not None and entity.kind in _KNOWN_FORCE_KINDS:
                return self._reuse(entity)
        ent = Ent(mention.name, kind, mention.role, basis, place=mention.place, surname=mention.surname)
        ent.organisation = mention.organisation
        self.ents.append(ent)
        self._index_names(ent, *names)
        if place:
            self._forces[place] = ent
        return ent

    def _merge(self, ent: Ent, mention: Mention, kind: EntityKind, basis: str) -> Ent:
        if ent.known is not None:
            if mention.role and normalise(mention.role) != normalise(ent.known.role):
                ent.reviews.append(f"this article calls {ent.name} “{mention.role}”")
            return ent
        if ent.kind == "place" and kind != "place":
            ent.kind, ent.name, ent.basis = kind, mention.name, basis
            ent.place = mention.place or ent.place
            if kind == "force" and ent.place:
                self._forces[normalise(ent.place)] = ent
        if ent.role is None and mention.role:
            ent.role, ent.basis = mention.role, basis
        ent.organisation = ent.organisation or mention.organisation
        if kind == "force" and mention.name.endswith(("Police", "Constabulary")):
            self._index_names(ent, ent.name)
            ent.name = mention.name  # the force's proper name, when the article gives it
        self._index_names(ent, mention.name)
        return ent

    @staticmethod
    def _kind(mention: Mention) -> EntityKind:
        if mention.kind == "spokes":
            return "spokesperson"
        if mention.kind in ("person", "reference"):
            return "person"
        if mention.kind == "place":
            return "place"
        return _CATEGORY_KINDS.get(mention.category or "", "organisation")

    def add_named(self, name: str, basis: str, as_person: bool) -> Ent:
        """A bare name: an organisation if known as one, else a person with no role given."""
        ent = self.lookup(name)
        if ent is not None:
            return ent
        kind: EntityKind = "person" if as_person else "organisation"
        ent = Ent(name, kind, None, basis, surname=name.rsplit(maxsplit=1)[-1] if as_person else None)
        self.ents.append(ent)
        self._index_names(ent, name)
        return ent

    def reference(self, form: str, surname: str) -> tuple[Ent | None, str | None]:
        """A title and surname ("Cllr Lloyd") or a bare surname: the person meant, and the guess made."""
        ent = self.lookup(form)
        if ent is not None:
            return ent, None
        people = [e for e in self.ents if e.kind == "person" and not e.known and e.surname == surname]
        if len(people) == 1:
            self._index_names(people[0], form)
            return people[0], f"“{form}” taken to be {people[0].name} (same surname)"
        return None, None

    # -- finishing ------------------------------------------------------------

    def finish(self) -> tuple[list[DraftEntity], list[Reused]]:
        """Ids, aliases, roles and organisations, once every mention is in."""
        for ent in self.ents:
            if ent.kind == "place" and not ent.known and ent.merged_into is None:
                force = self._forces.get(normalise(ent.name))
                if force is not None and force is not ent:
                    ent.merged_into = force
                    self._index_names(force, ent.name)
        ids = Ids(self._known_ids)
        live = [e for e in self.ents if e.merged_into is None and e.known is None]
        for ent in live:
            other = self._known.get(normalise(ent.name))
            if other is not None:
                # Not the same one (or it would have been reused), so it needs a name of its own.
                ent.name = ent.basis if normalise(ent.basis) not in self._known else f"{ent.name} ({ent.basis})"
                ent.reviews.append(f"named apart from {other.name} ({other.id}) in the fact base: is it the same?")
        for ent in live:
            words = _without_titles(ent.name)
            ent.id = ids.new(slug(words) if ent.kind == "person" else slug(words, 4, skip_stopwords=True))
        owners: dict[str, str] = {k: e.id for k, e in self._known.items()}
        for ent in live:
            owners.setdefault(normalise(ent.name), ent.id)
        surnames: dict[str, int] = {}
        for ent in live:
            if ent.kind == "person" and ent.surname:
                surnames[ent.surname] = surnames.get(ent.surname, 0) + 1
        drafted: list[DraftEntity] = []
        for ent in live:
            drafted.append(self._drafted(ent, owners, surnames))
        reused = [
            Reused(e.id, e.name, str(e.known.origin), tuple(e.reviews))
            for e in self.ents
            if e.known is not None and e.merged_into is None
        ]
        return drafted, reused

    def _drafted(self, ent: Ent, owners: dict[str, str], surnames: dict[str, int]) -> DraftEntity:
        names = list(ent.names)
        if ent.kind == "person":
            names.append(_without_titles(ent.name))
            if ent.surname and surnames.get(ent.surname) == 1:
                names.append(ent.surname)
        if ent.kind == "force" and ent.place:
            names.append(ent.place)
        aliases: list[str] = []
        own = normalise(ent.name)
        for name in names:
            key = normalise(name)
            if not key or key == own or any(normalise(a) == key for a in aliases):
                continue
            if owners.get(key, ent.id) != ent.id:
                continue  # another entry's name: as an alias it would be ambiguous
            owners[key] = ent.id
            aliases.append(name)
        reviews = list(ent.reviews)
        role = ent.role
        if role is None:
            role = FALLBACK_ROLES[ent.kind]
            if ent.kind != "place":
                reviews.append("the article gives no role: say who or what this is")
        organisation = None
        if ent.organisation:
            org = self.lookup(ent.organisation)
            if org is not None and org.kind == "place":
                org = next((e for e in self.ents if e.kind == "force" and e.place == org.name), None)
            if org is not None and org is not ent and org.kind != "place":
                organisation = org.final().id
                reviews.append(f"organisation taken from “{ent.role}”")
        if ent.kind == "place":
            reviews.append("taken to be a place: is it one the story is about, or a police force?")
        return DraftEntity(ent.id, ent.name, ent.kind, role, ent.basis, organisation, aliases, reviews)

    def has_surname(self, surname: str) -> bool:
        return any(e.kind == "person" and e.surname == surname for e in self.ents)

    def alias(self, ent: Ent, name: str) -> None:
        self._index_names(ent, name)
