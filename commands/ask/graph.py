"""What the fact graph says outright: who is party to which deal, who holds
which role, which people each article names, which story a record is in.

These answers are read from the records' fields (a deal's forces,
companies and contract; an entity's role and organisation), never searched
for in text, so "who are the three forces?" or "is Sir Clive the Notts
PCC?" cannot be answered by a sentence that happens to share the words.
Each function returns records and ids; rendering is the forms' business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from commands.format import and_list
from knowledge import FactBase
from knowledge.analysis import NUMBER_WORDS
from knowledge.model import Deal, Entity
from knowledge.question_index import QuestionIndex

# How an entity's name says it is a police force, to name the place alone.
_FORCE_SUFFIX = re.compile(r"\s+(?:police force|police|constabulary|force)$", re.IGNORECASE)
FORCE_KINDS = frozenset({"police force"})
PERSON_KINDS = frozenset({"person"})


_SPELT = {0: "no", **{n: w for w, n in NUMBER_WORDS.items()}}


def count_of(number: int) -> str:
    """A count as a reader writes it: small numbers in words ("three")."""
    return _SPELT.get(number, str(number))


def place_of(entity: Entity) -> str:
    """A force's place ("Hertfordshire" for "Hertfordshire police force")."""
    return _FORCE_SUFFIX.sub("", entity.name) if entity.kind in FORCE_KINDS else entity.name


def forces(fb: FactBase, deal_id: str) -> list[Entity]:
    return [fb.entities[f] for f in fb.deals[deal_id].forces]


def companies(fb: FactBase, deal_id: str) -> list[Entity]:
    return [fb.entities[c] for c in fb.deals[deal_id].companies]


def deals_of(fb: FactBase, entity_id: str) -> tuple[str, ...]:
    """The deals an entity bears on: the one place that says so, for every form."""
    return fb.deals_of_entity.get(entity_id, ())


def deals_named(fb: FactBase, targets: Iterable[str]) -> set[str]:
    """The deals some names point at: a deal itself, or the deals its entity bears on."""
    return {d for t in targets for d in ((t,) if t in fb.deals else deals_of(fb, t))}


def linked(fb: FactBase, deal_id: str, kinds: frozenset[str]) -> list[Entity]:
    """Entities of some kinds that bear on a deal, in the fact base's order."""
    return [e for e in fb.entities.many(fb.entities_of_deal.get(deal_id, ())) if e.kind in kinds]  # read in one go


def named_by(fb: FactBase, source_ids: Iterable[str]) -> list[Entity]:
    """The entities an article (or several) names, in the fact base's order."""
    ids = {e for s in dict.fromkeys(source_ids) for e in fb.entities_of_source.get(s, ())}
    return [fb.entities[e] for e in fb.in_order(ids)]


def people_named(fb: FactBase, source_ids: Iterable[str]) -> list[Entity]:
    """The people an article (or several) names, in the order it names them."""
    return [e for e in named_by(fb, source_ids) if e.kind in PERSON_KINDS]


def stories(fb: FactBase) -> list[str]:
    """Every article's id, in the fact base's order."""
    return list(fb.sources)


def evidence(qi: QuestionIndex, deal_id: str, targets: Sequence[str]) -> str | None:
    """The first record of a deal that names all of `targets` (its text, or
    the article sentence it rests on): what the articles say to show it."""
    wanted = set(targets)
    for record_id in qi.records_of.get(deal_id, ()):
        if wanted <= qi.items[record_id].about:
            return record_id
    return None


def role_line(fb: FactBase, entity: Entity) -> str:
    """ "Sir Clive Loader, Leicestershire Police and Crime Commissioner"."""
    line = f"**{entity.name}**, {entity.role}"
    if entity.organisation and fb.entities[entity.organisation].name.lower() not in entity.role.lower():
        line += f" ({fb.entities[entity.organisation].name})"
    return line


def deal_line(fb: FactBase, deal: Deal) -> str:
    """A deal's parties in one line: its forces, company and contract."""
    parts = [f"{and_list(place_of(f) for f in forces(fb, deal.id))} police forces"]
    if deal.companies:
        parts.append(f"with {and_list(c.name for c in companies(fb, deal.id))}")
    if deal.via:
        parts.append(f"under the {fb.entities[deal.via].name}")
    return " ".join(parts)
