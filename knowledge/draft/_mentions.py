"""Who a sentence names, read from the patterns of news prose.

    Leicestershire Police and Crime Commissioner Sir Clive Loader   role, then name
    David Lloyd, the Hertfordshire Police and Crime Commissioner,   name, then role
    Its chairwoman, Ruth Abbott,                                     role, comma, name
    Cllr Lloyd / Mrs Okafor                                          title and surname
    a police spokesman from Northamptonshire                         unnamed speaker
    a joint statement from the three forces' commissioners           a group speaking
    security firm G4S / the Unison union / Marren Harbour Trust      organisations
    Lincolnshire Police / Hertfordshire's police force               police forces
    in Hertfordshire, Cambridgeshire and Bedfordshire                places

Each mention records the token range it covers and the article's own words
for its name, role and basis; nothing here is looked up or made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.draft._lexicon import (
    DAYS,
    MONTHS,
    ORG_CUES,
    ORG_SUFFIXES,
    PLACE_PREPOSITIONS,
    ROLE_HEADS,
    ROLE_JOINERS,
    ROLE_STOPS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    SPOKES_HEADS,
    STATEMENT_HEADS,
    TITLES,
    TITLES_KEPT,
)
from knowledge.draft._tokens import Token

MentionKind = Literal["person", "reference", "spokes", "group", "org", "force", "place"]
_DETERMINERS = frozenset("a an the one".split())
_PLAIN_NOUN_STOPS = ROLE_STOPS | _DETERMINERS


@dataclass(frozen=True, slots=True)
class Mention:
    kind: MentionKind
    first: int  # token range [first, last) in the sentence
    last: int
    name: str
    basis: tuple[int, int]  # character span in the paragraph: the words that say who this is
    role: str | None = None
    category: str | None = None  # for organisations: company, union, council, force, organisation
    organisation: str | None = None  # an organisation named in the role: "G4S" of "G4S spokesman"
    place: str | None = None  # for forces: the place they police
    surname: str | None = None
    form: str | None = None  # a person's name as written, titles included


def _lower(token: Token) -> str:
    return token.bare.lower().rstrip(".")


def _name_word(token: Token, first: bool) -> bool:
    if not token.capitalised or token.acronym:
        return False
    word = _lower(token)
    if word in ORG_SUFFIXES or word in ROLE_HEADS or word in TITLES or word in ORG_CUES:
        return False
    return not (first and (word in SENTENCE_WORDS or word in MONTHS or word in DAYS))


def name_at(tokens: list[Token], i: int) -> tuple[int, list[Token], list[Token]] | None:
    """A person's name starting at token i: (end, titles, name words)."""
    j = i
    titles: list[Token] = []
    while j < len(tokens) and tokens[j].capitalised and _lower(tokens[j]) in TITLES:
        titles.append(tokens[j])
        j += 1
    names: list[Token] = []
    while j < len(tokens) and len(names) < 4 and _name_word(tokens[j], not names):
        names.append(tokens[j])
        j += 1
        if names[-1].possessive:
            break
    if (titles and names) or len(names) >= 2:
        return j, titles, names
    return None


def _role_word_left(tokens: list[Token], j: int, phase: str) -> str | None:
    """The phase after accepting token j going left, or None to stop."""
    token = tokens[j]
    if not token.is_word:
        return None
    word = token.lower
    if word in ROLE_JOINERS:
        return "caps" if j > 0 and tokens[j - 1].capitalised else None
    if token.capitalised:
        if j == 0 and word in SENTENCE_WORDS:
            return None
        return None if word in SENTENCE_WORDS and word not in ("police",) else "caps"
    if phase == "mods" and word not in _PLAIN_NOUN_STOPS and word not in SPEECH_VERBS:
        return "mods"
    return None


def role_before(tokens: list[Token], head: int) -> int | None:
    """First token of a job title ending with the role noun at `head`, or None."""
    if head < 0 or not tokens[head].is_word or _lower(tokens[head]) not in ROLE_HEADS:
        return None
    first = head
    phase = "mods"
    j = head - 1
    while j >= 0 and head - j < 9:
        next_phase = _role_word_left(tokens, j, phase)
        if next_phase is None:
            break
        phase = next_phase
        first = j
        j -= 1
    while first < head and tokens[first].lower in ROLE_JOINERS:
        first += 1
    return first


def role_after(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """A job title in apposition after a name: ", the X Commissioner," -> its token range."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    j = comma + 1
    if j < len(tokens) and tokens[j].lower in ("the", "a", "an"):
        j += 1
    start = j
    has_head = False
    while j < len(tokens) and j - start < 14:
        token = tokens[j]
        if not token.is_word or token.lower in SPEECH_VERBS or token.lower in ("who", "which", "whose"):
            break
        if token.lower in ROLE_STOPS and token.lower not in ("the", "a", "an") and token.lower not in ROLE_JOINERS:
            break
        has_head = has_head or _lower(token) in ROLE_HEADS
        j += 1
    if not has_head or j == start or tokens[start].lower.endswith("ing"):
        return None
    if j < len(tokens) and tokens[j].text not in (",", ".", "!", "?", ";") and tokens[j].lower not in SPEECH_VERBS:
        return None  # the apposition must close: "X, the union's leader, said" or end the sentence
    return start, j


_POSSESSIVE_DETERMINERS = frozenset("the a an its their his her our".split())


def role_before_comma(tokens: list[Token], comma: int) -> int | None:
    """A job title opening a clause, then a comma, then the name: "Its chairwoman, Ruth Abbott"."""
    if comma < 1 or tokens[comma].text != ",":
        return None
    j = comma - 1
    has_head = False
    while j >= 0 and comma - j <= 14:
        token = tokens[j]
        if not token.is_word or token.lower in SPEECH_VERBS:
            break
        if token.lower in ROLE_STOPS and token.lower not in ROLE_JOINERS:
            break
        has_head = has_head or _lower(token) in ROLE_HEADS
        j -= 1
    start = j + 1
    if j >= 0 and tokens[j].lower in _POSSESSIVE_DETERMINERS:
        j -= 1  # "The chief executive of ..., Dr Priya Nair"
    if not has_head or start == comma or (j >= 0 and tokens[j].text != ","):
        return None  # the title must be the whole clause, or it may be someone else's
    while start < comma and tokens[start].lower in ROLE_JOINERS:
        start += 1
    return start if start < comma else None


def _span(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    return tokens[first].start, tokens[last - 1].end


def _text(paragraph: str, tokens: list[Token], first: int, last: int) -> str:
    start, end = _span(tokens, first, last)
    return paragraph[start:end]


def _modifier(token: Token, index: int) -> bool:
    """A word that can qualify an organisation noun: "security" in "security firm"."""
    if not token.is_word or token.lower in _PLAIN_NOUN_STOPS or token.lower in SPEECH_VERBS:
        return False
    if token.capitalised:
        return index == 0 and token.lower not in SENTENCE_WORDS  # "Campaign group X" opening a sentence
    return not token.lower.endswith(("ed", "en", "ing")) or token.lower in ("outsourcing", "banking", "housing")


def _bare_text(paragraph: str, tokens: list[Token], first: int, last: int) -> str:
    """Words first..last as written, less a possessive at the end."""
    end_token = tokens[last - 1]
    return paragraph[tokens[first].start : end_token.start] + end_token.bare


def _org_in_role(paragraph: str, tokens: list[Token], first: int, head: int) -> str | None:
    """The organisation a job title names just before its noun: "G4S" in "G4S spokesman"."""
    j = head - 1
    while j >= first and not tokens[j].capitalised and tokens[j].is_word:
        j -= 1  # lower-case modifiers: "branch" in "Unison branch secretary"
    end = j + 1
    while j >= first and tokens[j].capitalised:
        j -= 1
    start = j + 1
    if start >= end or (j >= 0 and tokens[j].lower in ROLE_JOINERS):
        return None  # "Police and Crime Commissioner": a title, not an organisation
    # "Leicestershire Police Unison": the name after the force's; "Widget Co": a name ending in its kind.
    inner = [i for i in range(start, end - 1) if _lower(tokens[i]) in ORG_SUFFIXES]
    if inner:
        start = inner[-1] + 1
    if end - start == 1 and not tokens[start].acronym and (start == 0 or _lower(tokens[start]) in ORG_SUFFIXES):
        return None  # "Police Chief", "Jail guard" opening a sentence: a capital that names no one
    name = _text(paragraph, tokens, start, end)
    words = [_lower(t) for t in tokens[start:end]]
    if all(w in SENTENCE_WORDS or w in ROLE_HEADS or w in TITLES for w in words):
        return None
    return name


def people(paragraph: str, tokens: list[Token]) -> list[Mention]:
    """People named with a role or a title."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        parsed = name_at(tokens, i)
        if parsed is None:
            i += 1
            continue
        end, titles, names = parsed
        kept = [t for t in titles if _lower(t) in TITLES_KEPT]
        name = " ".join(t.bare for t in (*kept, *names))
        surname = names[-1].bare
        first, last = i, end
        role: str | None = None
        organisation: str | None = None
        basis = _span(tokens, i, end)
        role_first = role_before(tokens, i - 1)
        comma_first = role_before_comma(tokens, i - 1) if i >= 2 else None
        after = role_after(tokens, end)
        if role_first is not None:
            role = _text(paragraph, tokens, role_first, i)
            organisation = _org_in_role(paragraph, tokens, role_first, i - 1)
            first, basis = role_first, _span(tokens, role_first, end)
        elif comma_first is not None:
            role = _text(paragraph, tokens, comma_first, i - 1)
            organisation = _org_in_role(paragraph, tokens, comma_first, i - 2)
            first, basis = comma_first, _span(tokens, comma_first, end)
        elif after is not None:
            role = _text(paragraph, tokens, *after)
            last = after[1]
            basis = (tokens[i].start, tokens[after[1] - 1].end)
        elif not titles:
            i += 1
            continue
        kind: MentionKind = "person" if len(names) >= 2 else "reference"
        form = _text(paragraph, tokens, i, end)  # as written: "Mrs Okafor", "Lord Evans"
        found.append(
            Mention(kind, first, last, name, basis, role, organisation=organisation, surname=surname, form=form)
        )
        i = end
    return found


def spokespeople(paragraph: str, tokens: list[Token]) -> list[Mention]:
    """Unnamed speakers: "a spokesman for the Unison union", "a joint statement from X"."""
    found: list[Mention] = []
    for head, token in enumerate(tokens):
        word = _lower(token)
        statement = word in STATEMENT_HEADS
        if not token.is_word or not (word in SPOKES_HEADS or statement):
            continue
        if name_at(tokens, head + 1) is not None:
            continue  # "G4S spokesman John Shaw": a named person's role
        first = head
        while first > 0 and head - first < 4:
            before = tokens[first - 1]
            if not before.is_word or before.lower in _PLAIN_NOUN_STOPS or before.lower in SPEECH_VERBS:
                break
            if before.capitalised and first - 1 == 0 and before.lower in SENTENCE_WORDS:
                break
            first -= 1
        modifiers = (first, head)
        if first > 0 and tokens[first - 1].lower in _DETERMINERS:
            first -= 1
        last = head + 1
        group: tuple[int, int] | None = None
        if last < len(tokens) and tokens[last].lower in ("for", "from", "of", "at"):
            j = last + 1
            while j < len(tokens) and j - last <= 10:
                t = tokens[j]
                if not t.is_word or t.lower in SPEECH_VERBS or t.lower in ("who", "which"):
                    break
                j += 1
            if j > last + 1:
                group = (last + 1, j)
                last = j
        if statement and group is None:
            continue  # "a statement said": no one is named
        bare = _text(paragraph, tokens, modifiers[0], last)
        organisation = _org_in_role(paragraph, tokens, modifiers[0], head) if modifiers[0] < head else None
        if organisation is None and group is not None:
            organisation = _named_group(paragraph, tokens, *group)
        if statement and group is not None:
            who = _text(paragraph, tokens, *group)
            plural = tokens[group[1] - 1].bare.lower().endswith("s")
            found.append(
                Mention(
                    "group",
                    first,
                    last,
                    who[0].upper() + who[1:],
                    _span(tokens, first, last),
                    who,
                    category="group" if plural else "organisation",
                )
            )
            continue
        name = bare[0].upper() + bare[1:]
        found.append(Mention("spokes", first, last, name, _span(tokens, first, last), bare, organisation=organisation))
    return found


def _named_group(paragraph: str, tokens: list[Token], first: int, last: int) -> str | None:
    """The name in "for Bluewater Ferries", "for the Unison union", "from Northamptonshire"."""
    if tokens[first].lower == "the":
        first += 1
    end = _cap_run_right(tokens, first)
    if end == first:
        return None
    if end == last or (end + 1 == last and tokens[end].lower in ORG_CUES):
        return _bare_text(paragraph, tokens, first, end)
    return None


def _cap_run_right(tokens: list[Token], j: int) -> int:
    """End of a run of capitalised words (joined by "of", "and", "&") from j."""
    end = j
    while end < len(tokens):
        token = tokens[end]
        if token.capitalised or token.acronym:
            end += 1
            if token.possessive:
                break
        elif token.lower in ("of", "&") and end + 1 < len(tokens) and tokens[end + 1].capitalised and end > j:
            end += 1
        else:
            break
    return end


def _org_after_cue(paragraph: str, tokens: list[Token], k: int) -> Mention | None:
    """ "security firm G4S", "campaign group Save Eastford Libraries": the noun, then the name."""
    end = _cap_run_right(tokens, k + 1)
    if end == k + 1:
        return None
    first = k - 1 if k >= 1 and _modifier(tokens[k - 1], k - 1) else k
    name = _bare_text(paragraph, tokens, k + 1, end)
    role = _text(paragraph, tokens, first, k + 1)
    return Mention("org", first, end, name, _span(tokens, first, end), role, ORG_CUES[_lower(tokens[k])])


def _org_before_cue(paragraph: str, tokens: list[Token], k: int) -> Mention | None:
    """ "the Unison union": the name, then the noun."""
    if k < 1 or not tokens[k - 1].capitalised:
        return None
    first = k - 1
    while first > 0 and tokens[first - 1].capitalised and tokens[first - 1].lower not in SENTENCE_WORDS:
        first -= 1
    if first == 0 or tokens[first - 1].lower != "the":
        return None
    name = _text(paragraph, tokens, first, k)
    return Mention(
        "org", first - 1, k + 1, name, _span(tokens, first - 1, k + 1), tokens[k].text, ORG_CUES[tokens[k].lower]
    )


def _org_apposed(paragraph: str, tokens: list[Token], k: int) -> Mention | None:
    """ "CoreCivic, a private prison operator": the name, a comma, then what it is."""
    j = k - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].capitalised and tokens[j].lower not in _DETERMINERS:
        j -= 1
    if j < 2 or tokens[j].lower not in ("a", "an", "the") or tokens[j - 1].text != ",":
        return None
    last = j - 1
    first = last
    while first > 0 and (tokens[first - 1].capitalised or tokens[first - 1].acronym) and last - first < 4:
        first -= 1
    if first == last or (first == 0 and tokens[0].lower in SENTENCE_WORDS) or name_at(tokens, first) is not None:
        return None
    name = _bare_text(paragraph, tokens, first, last)
    role = _text(paragraph, tokens, j + 1, k + 1)
    return Mention("org", first, k + 1, name, _span(tokens, first, k + 1), role, ORG_CUES[_lower(tokens[k])])


def _org_by_suffix(paragraph: str, tokens: list[Token], k: int) -> Mention | None:
    """ "Marren Harbour Trust", "Lincolnshire Police", "University of Leeds": a name ending in its kind."""
    if k + 2 < len(tokens) and tokens[k + 1].lower == "and" and tokens[k + 2].capitalised:
        return None  # "Police and Crime Commissioner": a title
    first = k
    while first > 0 and (tokens[first - 1].capitalised or tokens[first - 1].acronym):
        before = tokens[first - 1]
        if _lower(before) in ORG_SUFFIXES or before.possessive or (first == 1 and before.lower in SENTENCE_WORDS):
            break
        first -= 1
    if first == k:
        return None  # "Police" or "Council" alone names no one
    end = k + 1
    if end + 1 < len(tokens) and tokens[end].lower == "of" and tokens[end + 1].capitalised:
        end = _cap_run_right(tokens, end + 1)
    name = _bare_text(paragraph, tokens, first, end)
    category = ORG_SUFFIXES[_lower(tokens[k])]
    if category == "force":
        place = _text(paragraph, tokens, first, k)
        return Mention("force", first, end, name, _span(tokens, first, end), None, "force", place=place)
    return Mention("org", first, end, name, _span(tokens, first, end), None, category)


def organisations(paragraph: str, tokens: list[Token]) -> list[Mention]:
    found: list[Mention | None] = []
    for k, token in enumerate(tokens):
        if not token.is_word:
            continue
        word = _lower(token)
        if word in ORG_CUES and (not token.capitalised or k == 0):
            found.append(
                _org_after_cue(paragraph, tokens, k)
                or (_org_before_cue(paragraph, tokens, k) if not token.capitalised else None)
                or (_org_apposed(paragraph, tokens, k) if not token.capitalised else None)
            )
        if token.capitalised and word in ORG_SUFFIXES:
            found.append(_org_by_suffix(paragraph, tokens, k))
    return [m for m in found if m is not None]


def _place_list(tokens: list[Token], j: int) -> list[tuple[int, int]]:
    """Capitalised names listed from token j: "Hertfordshire, Cambridgeshire and Bedfordshire"."""
    items: list[tuple[int, int]] = []
    while j < len(tokens):
        if tokens[j].lower == "the" and j + 1 < len(tokens) and tokens[j + 1].capitalised:
            j += 1
        if not tokens[j].capitalised:
            break
        end = _cap_run_right(tokens, j)
        words = [_lower(t) for t in tokens[j:end]]
        if (
            any(w in MONTHS or w in DAYS or w in ORG_SUFFIXES or w in TITLES for w in words)
            or words[0] in SENTENCE_WORDS
        ):
            break
        items.append((j, end))
        listed_on = end + 1 < len(tokens) and (
            (tokens[end].text == "," and tokens[end + 1].capitalised) or tokens[end].lower in ("and", "or")
        )
        if listed_on:
            j = end + 1
        else:
            break
    return items


def places(paragraph: str, tokens: list[Token]) -> list[Mention]:
    """Places after a locating preposition, and the police forces named for a place."""
    found: list[Mention] = []
    listed: set[int] = set()
    for k, token in enumerate(tokens):
        word = token.lower
        police = word in ("police", "forces") and (not token.capitalised or k == 0)
        if (word in PLACE_PREPOSITIONS and k not in listed) or (
            police and k + 1 < len(tokens) and tokens[k + 1].lower == "in"
        ):
            start = k + 2 if police else k + 1
            items = _place_list(tokens, start)
            listed.add(k + 1)
            for first, last in items:
                name = _bare_text(paragraph, tokens, first, last)
                if police:
                    basis = _span(tokens, k, items[-1][1])
                    found.append(Mention("force", k, last, f"{name} police", basis, None, "force", place=name))
                else:
                    found.append(Mention("place", first, last, name, _span(tokens, first, last)))
        # "Hertfordshire's police force", "Kent police"
        if word == "police" and not token.capitalised and k >= 1 and tokens[k - 1].capitalised:
            first = k - 1
            while first > 0 and tokens[first - 1].capitalised and tokens[first - 1].lower not in SENTENCE_WORDS:
                first -= 1
            if first == 0 and tokens[0].lower in SENTENCE_WORDS:
                continue
            place = " ".join(t.bare for t in tokens[first:k])
            last = k + 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "force" else k + 1
            found.append(
                Mention(
                    "force",
                    first,
                    last,
                    f"{place} police force" if last == k + 2 else f"{place} police",
                    _span(tokens, first, last),
                    None,
                    "force",
                    place=place,
                )
            )
    return found
