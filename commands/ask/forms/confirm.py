"""Confirm or correct: a statement put for checking ("the herts deal covered
herts, essex and beds yeah?", "Sir Clive is the Notts PCC?", "Hanrahan said
it was good news, right?") gets "Yes", or "No"/"Not quite" with the
correction, from the facts of the very deal, person or quote it is about.

The checks, each on the fact graph or one record, in order:

- presence: "Unison is in both stories" against the deals an entity bears on;
- attribution: "X said Y" against the quote that carries Y, and its speaker;
- identity: "X is the Y" against X's own role and organisation;
- membership: "the deal covered A, B and C" against the deal's own forces;
- otherwise the record that best covers the statement: its own words
  (a negation, a different year or number) or a detail it lacks.

Yes/no questions of the same shapes ("is David Lloyd the Leicestershire
PCC?", "was Lincolnshire one of the three forces?") go through the same
checks (`check`). Nothing here answers from the other story.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from commands.answer import Answer
from commands.ask import graph
from commands.ask.forms.entry import Entry, never
from commands.ask.pipeline import COVER_MIN, KNOWN_MIN, Ask, facts_first, refuse
from commands.ask.question import SAY, Form, Question
from commands.ask.ranking import Aim, Scored, quotes, rank, records
from commands.ask.reading import Reading, Unit, read
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.verdict import as_asked, asked_negated, verdict
from commands.format import citations, quote_text
from knowledge import FactBase
from knowledge.analysis import STOPWORDS, is_filler, stem, terms, years
from knowledge.analysis import words as analysed_words
from knowledge.model import Deal, Entity
from knowledge.question_index import Mention, named_in

SURE = 0.75  # a record covering a claim this well, with nothing it lacks, confirms it
NEAR = 0.4  # ...covering this much, it is on the claim's subject: a correction, not a decline
_COPULA = frozenset({"is", "was", "are", "were", "s", "re", "be", "been"})
# Verbs that say what somebody is to somebody else, as "is" does.
_RELATES = frozenset("works work worked working represents represent speaks speak ran runs".split())
_ARTICLES = frozenset("story stories article articles piece pieces".split())
_DEALS = frozenset("deal deals contract contracts".split())
_PRESENCE_WORDS = frozenset(
    stem(w) for w in (*_ARTICLES, "both", "each", "appear", "feature", "mention", "named", "in")
)
_BOTH = frozenset("both each two".split())
_THROUGH = frozenset({"through", "via", "under"})
_MEMBERSHIP = frozenset("one forces force covered cover covers include included includes part member among in".split())
# Words naming an office or role, which ask whether somebody holds it.
_ROLE_WORDS = frozenset(
    stem(w)
    for w in """pcc commissioner secretary spokesman spokesperson spokeswoman chief constable leader head boss chair
    chairman councillor officer member mp minister director executive president general""".split()
)
# Kinds of entity whose role says what they are to others: a person's office,
# a contract's owner. A company or a force is not "the X" of anything here.
_RELATIONAL_KINDS = frozenset({"person", "contract", "spokesperson", "group", "alliance"})
# A noun after a force's name that makes the name the deal's ("the herts plan").
_DEAL_NOUNS = frozenset(stem(w) for w in "deal plan plans contract story forces lot privatisation outsourcing".split())


@dataclass(frozen=True, slots=True)
class _Claim:
    """A statement read for checking."""

    words: list[str]
    reading: Reading
    claim: bool  # put as a statement ("..., right?"), not as a yes/no question
    asked: str = ""  # a yes/no question's opening word ("is", "did")

    def after(self, mention: Mention) -> str:
        return self.words[mention.end] if mention.end < len(self.words) else ""


def _answer(ask: Ask, question: Question) -> Answer:
    reading = read(ask.qi, question.body)
    found = check(ask, question, reading, claim=True)
    if found is not None:
        return found
    return _from_record(ask, question, reading)


def check(ask: Ask, question: Question, reading: Reading, *, claim: bool) -> Answer | None:
    """The structured checks, for a claim or a yes/no question of their shape."""
    if reading.places and not any(t in ask.fb.deals for m in reading.mentions for t in m.targets):
        return None  # an uncovered place is the subject: declined by the form
    said = _Claim(analysed_words(question.body), reading, claim, question.text.split(" ", 1)[0])
    for test in (_presence, _attribution, _identity, _membership, _across):
        found = test(ask, said)
        if found is not None:
            return found
    return None


def _verdict_title(verdict_word: str, what: str) -> str:
    return f"{verdict_word}: {what}" if what else verdict_word


def _answer_of(ask: Ask, title: str, lines: list[str], ids: list[str]) -> Answer:
    ids = list(dict.fromkeys(i for i in ids if i))
    return Answer(title=title, body="\n".join(lines), citations=citations(ask.fb, ids), ids=tuple(ids))


# --- presence: "Unison is in both stories" ------------------------------------------------


def _presence(ask: Ask, said: _Claim) -> Answer | None:
    """ "Unison is in both stories", "is Unison in the herts story?": from
    the deals an entity bears on."""
    found = set(said.words)
    both = bool(found & _BOTH)
    plain = [u for u in said.reading.units if u.mention is None and u.key not in _PRESENCE_WORDS]
    # "...in both stories/deals" whatever else is said; "in the herts story" with nothing else.
    if not ((both and found & (_ARTICLES | _DEALS)) or (found & _ARTICLES and not plain)):
        return None
    fb = ask.fb
    named = [t for m in said.reading.mentions for t in m.targets if t in fb.entities and t not in ask.qi.forces]
    # The story asked about: a deal named, or named by one of its forces ("the herts story").
    asked = list(
        dict.fromkeys(
            d
            for m in said.reading.mentions
            for t in m.targets
            for d in ((t,) if t in fb.deals else graph.deals_of(fb, t) if t in ask.qi.forces else ())
        )
    )
    if not named or not (both or asked):
        return None
    entity = fb.entities[named[0]]
    deals = [d for d in fb.deals if d in graph.deals_of(fb, entity.id)]
    if not deals:
        return None
    wanted = list(fb.deals) if both else asked
    evidence = [next(iter(ask.qi.about_of.get(entity.id, ())), "")]
    if set(wanted) <= set(deals):
        where = "both stories" if len(wanted) > 1 else f"the story on the {fb.deals[wanted[0]].name}"
        lines = [f"**{entity.name}** is in {where}: {entity.role}."]
        return _answer_of(ask, _verdict_title("Yes", f"{entity.name} is in {where}"), lines, [*evidence, *wanted])
    only = fb.deals[deals[0]]
    lines = [f"**{entity.name}** is only in the story on the **{only.name}** ({entity.role})."]
    return _answer_of(ask, _verdict_title("No", f"only in the {only.name} story"), lines, [*evidence, only.id])


# --- attribution: "X said Y" ------------------------------------------------------------


def _attribution(ask: Ask, said: _Claim) -> Answer | None:
    fb, qi = ask.fb, ask.qi
    verb = next(
        (
            i
            for i, w in enumerate(said.words)
            if (w in SAY or w in ("reckons", "reckon", "thinks")) and said.words[i + 1 : i + 2] not in (["no"], ["yes"])
        ),
        None,
    )  # "said no to G4S" is a refusal, not words put in a mouth
    if verb is None or verb == 0:
        return None
    speakers = [
        t for m in said.reading.mentions if m.end <= verb for t in m.targets if t in fb.entities and not m.place
    ]
    if not speakers:
        return None
    content = " ".join(said.words[verb + 1 :])
    reading = read(qi, content)
    if not reading.units:
        return None
    wanted = _with_members(ask, speakers)
    ranked = [s for s in rank(qi, Aim(speaker_first=True, pairs=content), reading, quotes) if s.cover >= COVER_MIN]
    theirs = [s for s in ranked if fb.quotes[s.item.id].speaker in wanted]
    named = " and ".join(fb.entities[s].name for s in speakers)
    if ranked and not theirs and ranked[0].cover >= SURE:
        # Somebody else said it, in words close enough to be sure.
        quote = fb.quotes[ranked[0].item.id]
        speaker = fb.entities[quote.speaker]
        lines = [
            f"It was **{speaker.name}** ({speaker.role}), not {named}.",
            quote_text(fb, quote),
        ]
        return _answer_of(ask, _verdict_title("No", f"{speaker.name} said it"), lines, [quote.id])
    if theirs:
        best = theirs[0]
        sure = best.cover >= SURE and not reading.unknown_words and _agrees(ask, best, reading, said.words[verb + 1 :])
        word = "Yes" if sure else "Not quite"
        lines = [quote_text(fb, fb.quotes[best.item.id])]
        if not sure:
            lines.insert(0, f"Not in those words: this is what {named} said.")
        return _answer_of(ask, _verdict_title(word, f"what {named} said"), lines, [best.item.id])
    # Nothing they said carries the words well: what they said nearest to it, if anything.
    own = [q for s in speakers for q in fb.quote_ids_of(s)]
    if not own:
        return None
    mine = rank(qi, Aim(speaker_first=True), Reading(reading.units, frozenset()), quotes, deal_words=True, among=own)
    lead = mine[0].item.id if mine else own[0]
    lines = [f"Not in those words. What {named} said:", quote_text(fb, fb.quotes[lead])]
    return _answer_of(ask, _verdict_title("Not quite", f"what {named} said"), lines, [lead])


def _with_members(ask: Ask, speakers: list[str]) -> set[str]:
    """Who may have said what is put in these speakers' mouths: them, the
    people of an organisation, or the organisation of a person ("G4S said"
    is John Shaw's)."""
    fb = ask.fb
    out = set(speakers)
    for speaker in speakers:
        out |= set(fb.members.get(speaker, ()))
    return out


def _agrees(ask: Ask, best: Scored, reading: Reading, said_words: list[str]) -> bool:
    """Whether a quote's words leave the claim's predicate un-negated."""
    return as_asked(verdict(best.item, reading.predicate), asked_negated(said_words, reading.predicate)) != "no"


# --- identity: "X is the Y" ------------------------------------------------------------------


def _identity(ask: Ask, said: _Claim) -> Answer | None:
    fb = ask.fb
    mentions = [m for m in said.reading.mentions if not m.place]
    if not mentions:
        return None
    # The subject is the name just before "is" ("G4S framework contract was..."
    # names the contract, not G4S); in a question, the first name.
    copula = next((i for i, w in enumerate(said.words) if w in _COPULA | _RELATES), None) if said.claim else None
    before = [m for m in mentions if copula is not None and m.end <= copula]
    subject_mention = before[-1] if before else mentions[0]
    subject_id = next((t for t in subject_mention.targets if t in fb.entities), None)
    if subject_id is None or (mentions[0].start > 1 and subject_mention is mentions[0]):
        return None
    entity = fb.entities[subject_id]
    if entity.kind not in _RELATIONAL_KINDS:
        return None
    rest = said.words[subject_mention.end :]
    if said.claim:
        if not rest or rest[0] not in _COPULA | _RELATES:
            return None
        rest = rest[1:]
    elif said.asked not in _COPULA:
        return None  # "has lloyd ruled out G4S?" asks what he did, not who he is
    others = [m for m in said.reading.mentions if m.start >= subject_mention.end]
    role_terms = [u for u in said.reading.units if u.mention is None and u.key in _ROLE_WORDS | _widened_roles(ask, u)]
    if not others and not role_terms and "through" not in rest:
        return None
    fits, wrong = _fits_role(ask, entity, others, said.reading.units, subject_mention)
    role = f"{entity.name} is {_role_phrase(ask, entity)}" if entity.kind in graph.PERSON_KINDS else entity.name
    organisation = _organisation(fb, entity)
    unsaid = organisation is not None and organisation.name.lower() not in entity.role.lower()
    lines = [f"**{entity.name}**: {entity.role}" + (f", {organisation.name}." if organisation and unsaid else ".")]
    for other in wrong:
        lines.append(f"**{other.name}**: {other.role}.")
    proof = next(iter(ask.qi.about_of.get(entity.id, ())), None)
    if fits:
        return _answer_of(ask, _verdict_title("Yes", role), lines, [entity.id, proof or ""])
    return _answer_of(ask, _verdict_title("No", role), lines, [entity.id, *(o.id for o in wrong)])


def _widened_roles(ask: Ask, unit: Unit) -> set[str]:
    """A unit's own key, if one of its synonyms names an office ("pcc")."""
    return {unit.key} if set(unit.widened) & _ROLE_WORDS else set()


def _organisation(fb: FactBase, entity: Entity) -> Entity | None:
    return fb.entities[entity.organisation] if entity.organisation else None


def _role_phrase(ask: Ask, entity: Entity) -> str:
    role = entity.role
    organisation = _organisation(ask.fb, entity)
    if organisation is not None and organisation.name.lower() not in role.lower():
        return f"the {role} ({organisation.name})"
    return f"the {role}" if not role.lower().startswith(("a ", "an ", "the ")) else role


def _fits_role(
    ask: Ask, entity: Entity, others: list[Mention], units: tuple[Unit, ...], subject: Mention
) -> tuple[bool, list[Entity]]:
    """Whether what is said of an entity fits its role; and the other people
    or bodies it was confused with."""
    fb, qi = ask.fb, ask.qi
    own = named_in(qi.names, entity.role, entity.name, *entity.aliases, starts=qi.name_starts)
    own |= {entity.id, *((entity.organisation,) if entity.organisation else ())}
    role_terms = set(terms(" ".join((entity.role, entity.name, *entity.aliases))))
    org = _organisation(fb, entity)
    if org is not None:
        role_terms |= set(terms(" ".join((org.name, org.role, *org.aliases))))
    wrong: list[Entity] = []
    fits = True
    for mention in others:
        targets = [t for t in mention.targets if t in fb.entities]
        if targets and not set(targets) & own:
            fits = False
            wrong += [fb.entities[t] for t in targets if fb.entities[t].kind in _RELATIONAL_KINDS]
    for unit in units:
        if unit.mention is not None or unit.key in STOPWORDS or is_filler(unit.key):
            continue
        if not ({unit.key, *unit.widened} & role_terms) and unit.key not in ("one", "same"):
            fits = False
    return fits, wrong


# --- membership: "the deal covered A, B and C" ------------------------------------------------


def _membership(ask: Ask, said: _Claim) -> Answer | None:
    fb, qi = ask.fb, ask.qi
    deal_mentions = [m for m in said.reading.mentions if any(t in fb.deals for t in m.targets)]
    listed: list[Mention] = []
    for mention in said.reading.mentions:
        if mention in deal_mentions:
            continue
        force_or_place = mention.place or any(
            t in qi.forces or (t in fb.entities and fb.entities[t].kind in graph.FORCE_KINDS) for t in mention.targets
        )
        if not force_or_place:
            continue
        if stem(said.after(mention)) in _DEAL_NOUNS and not deal_mentions:
            deal_mentions.append(mention)  # "the herts plan": the name says which deal
            continue
        listed.append(mention)
    if not listed or not deal_mentions:
        return None
    deals = [t for t in deal_mentions[0].targets if t in fb.deals] or [
        d for t in deal_mentions[0].targets for d in graph.deals_of(fb, t)
    ]
    if len(set(deals)) != 1:
        return None
    deal = fb.deals[deals[0]]
    if set(said.words) & _THROUGH:
        return _through(ask, deal, listed)
    if len(listed) < 2 and not set(said.words) & _MEMBERSHIP:
        return None
    members = set(deal.forces)
    outside = [m for m in listed if not set(m.targets) & members]
    shown = graph.and_list(graph.place_of(e) for e in graph.forces(fb, deal.id))
    proof = graph.evidence(qi, deal.id, list(deal.forces))
    lines = [f"The **{deal.name}**: {graph.deal_line(fb, deal)}."]
    for mention in outside:
        lines.append(_elsewhere(ask, mention, deal.id))
    if not outside:
        complete = len(listed) in (1, len(members))
        word = "Yes" if complete else "Not quite"
        return _answer_of(ask, _verdict_title(word, shown), lines, [proof or "", deal.id])
    word = "Not quite" if said.claim and len(outside) < len(listed) else "No"
    return _answer_of(ask, _verdict_title(word, shown), lines, [proof or "", deal.id])


def _through(ask: Ask, deal: Deal, listed: list[Mention]) -> Answer:
    """ "Was the herts deal through Lincolnshire Police?": the deal's own contract and its owner."""
    fb = ask.fb
    via = fb.entities[deal.via] if deal.via else None
    owners = {via.id, *((via.organisation,) if via.organisation else ())} if via else set()
    asked = {t for m in listed for t in m.targets}
    proof = graph.evidence(ask.qi, deal.id, sorted(owners)) if owners else None
    if via is None:
        lines = [f"The articles name no contract the **{deal.name}** ran through."]
        return _answer_of(ask, _verdict_title("No", deal.name), lines, [deal.id])
    lines = [f"The **{deal.name}** would have run under the **{via.name}**."]
    word = "Yes" if asked <= owners else "No"
    return _answer_of(ask, _verdict_title(word, via.name), lines, [proof or "", deal.id])


def _elsewhere(ask: Ask, mention: Mention, deal_id: str) -> str:
    """Where a force or place named in a claim really figures, if anywhere."""
    fb = ask.fb
    target = mention.targets[0]
    if mention.place:
        return f"{mention.name} is in neither article."
    entity = fb.entities[target]
    other = [d for d in graph.deals_of(fb, target) if d != deal_id]
    if entity.id in {f for d in other for f in fb.deals[d].forces}:
        return f"{graph.place_of(entity)} is in the other story, the **{fb.deals[other[0]].name}**."
    return f"{entity.name} is not one of them: {entity.role}."


# --- across the stories: "did Hertfordshire form a strategic alliance?" ----------------------


def _across(ask: Ask, said: _Claim) -> Answer | None:
    """A force or person of one story with a thing only the other story has:
    the answer is no, from the deal each belongs to, never a yes lent by the
    other story."""
    fb, qi = ask.fb, ask.qi
    mentions = [m for m in said.reading.mentions if not m.place]
    if len(mentions) < 2:
        return None
    first = [t for t in mentions[0].targets if t in fb.entities]
    if not first or not all(t in qi.forces or fb.entities[t].kind in graph.PERSON_KINDS for t in first):
        return None
    home = {d for t in first for d in graph.deals_of(fb, t)}
    for mention in mentions[1:]:
        others = [t for t in mention.targets if t in fb.entities and t not in qi.parties]
        their = {d for t in others for d in graph.deals_of(fb, t)}
        if others and their and home and not their & home:
            subject, thing = fb.entities[first[0]], fb.entities[others[0]]
            deal = fb.deals[min(home, key=qi.deal_order.__getitem__)]
            status = next((f for f in fb.facts_of_deal(deal.id, "status")), None)
            lines = [
                f"**{graph.place_of(subject)}** is in the story on the **{deal.name}** ({deal.status}); "
                f"the **{thing.name}** is only in the other story.",
            ]
            if status is not None:
                lines.append(status.text)
            # Cited: the story asked about, which is what settles it.
            title = _verdict_title("No", f"not in the {deal.name} story")
            return _answer_of(ask, title, lines, [status.id if status else deal.id])
    return None


# --- otherwise: the record that best covers the claim ------------------------------------------


def _from_record(ask: Ask, question: Question, reading: Reading) -> Answer:
    fb, qi = ask.fb, ask.qi
    # A year or a number in a claim is a detail to check, not what it is about.
    reading = Reading(tuple(u for u in reading.units if not u.word.isdigit()), reading.anchor)
    if not reading.units:
        return not_found(fb, ask.query, ())
    refusal = refuse(ask, replace(question, form=Form.YES_NO), reading)
    if refusal is not None and reading.known_share < KNOWN_MIN / 2:
        return refusal
    located = any(t in qi.deal_ids or t in qi.forces for m in reading.mentions for t in m.targets)
    if reading.places and not located:
        # "the west midlands police dropped G4S": a place no article covers is what it is about.
        return not_found(fb, ask.query, reading.mentions, places=reading.places)
    ranked = facts_first(qi, [s for s in rank(qi, Aim(pairs=question.body), reading, records) if s.cover >= NEAR])
    if not ranked:
        return not_found(fb, ask.query, reading.mentions, unknown=reading.unknown_words)
    lead = ranked[0]
    said = as_asked(
        verdict(lead.item, reading.predicate), asked_negated(analysed_words(question.body), reading.predicate)
    )
    claimed = years(question.body)
    given = _years_of(ask, lead)
    if said == "no" or (claimed and given and not set(claimed) & set(given)):
        word = "no"
    elif said == "yes" and lead.cover >= SURE and not reading.unknown_words:
        word = "yes"
    else:
        word = "not quite"
    shown = Shown(lead.item.id, verdict=word)
    answer = render_answer(fb, qi, ask.query, question, shown)
    if claimed and given and not set(claimed) & set(given):
        note = f"The articles give {graph.and_list(given)}, not {graph.and_list(claimed)}."
        answer = replace(answer, body=f"{note}\n\n{answer.body}")
    return answer


def _years_of(ask: Ask, lead: Scored) -> tuple[str, ...]:
    """The years the lead record's deal gives on its subject: the lead's own,
    else those of the deal's records about the same things."""
    fb, qi = ask.fb, ask.qi
    own = years(qi.texts.get(lead.item.id, ""))
    if own:
        return own
    about = lead.item.about
    found: list[str] = []
    for deal in sorted(lead.item.deals):
        for record_id in qi.records_of.get(deal, ()):
            if about & qi.items[record_id].about - set(fb.deals[deal].forces) - set(fb.deals[deal].companies):
                found += years(qi.texts.get(record_id, ""))
    return tuple(dict.fromkeys(found))


ENTRIES = (Entry(Form.CONFIRM, never, _answer),)
