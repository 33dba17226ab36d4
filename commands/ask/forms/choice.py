"""A question that offers its own answers: "(a) G4S (b) Unison (c) Loader",
"Lloyd or Loader: who said ...", "... into what - A, B or C?", "which is NOT
one of ...: A, B, C, D", "5 years or 10".

The options are found by how they are set out (letters, a list after a dash
or colon, a list before one, names or figures joined by "or"), never by what
they say. The question without them (its stem) is answered as any other
question is; each option is then judged against what that answer rests on:
a name against the speakers, subjects and parties of its records (and of
the deals they are of; for "who said/did ...", only against who said or did
what its answer's record states), words against their text. The answer is the one
option so supported (for "which is NOT", the one that is not), shown with
the stem's answer as its evidence.

A wrong pick is worse than none: when the options cannot be told apart,
the question is read as any other, with its options in it; when no option
is anything the articles mention, they are told not to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from commands.answer import Answer, Status
from commands.ask import graph
from commands.ask.forms import order, parse, stance
from commands.ask.pipeline import COVER_MIN, Ask, shown_text
from commands.ask.question import Form
from commands.ask.ranking import Aim, rank, records
from commands.ask.render import not_found
from commands.format import and_list, citations, echo, inert, quote_text, shorten
from knowledge.analysis import STOPWORDS, is_filler, stem, words
from knowledge.text import clean

# Where a letter or number sets out an option: "(a) ", "b) ", "C. ", "[2] ".
_MARKER = re.compile(r"(?:^|(?<=\s))[(\[]?(?P<m>[a-dA-D1-4])[)\]](?=\s)|(?:^|(?<=\s))(?P<d>[A-D1-4])\.(?=\s)")
# Between a stem and a list: a colon, a dash standing alone, or a sentence end.
_BREAK = re.compile(r"\s*(?::|\s[-–—]+\s|(?<=\w)[.?!]\s)\s*")
# How options are joined in a list.
_JOIN = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+|\s*/\s*")
# Words that open a list rather than belong to its first option.
_EITHER = re.compile(r"^(?:either|is it|was it|it s|its)\s+", re.IGNORECASE)
# A question number before the question: "Q7 -", "3)".
_NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\s*\d+|\d+)\s*[-:.)]\s*", re.IGNORECASE)
# "Odd one out", "which doesn't belong": the option the facts do not support is asked.
_ODD = re.compile(r"\b(?:odd one out|odd 1 out|doesn t belong|does not belong|don t belong|the odd one)\b")
# "which is NOT one of", "who did not say": a which/who question asked in the
# negative, its "not" straight after its own copula or auxiliary; never a "not"
# that negates what is asked of ("who decided not to go ahead").
_AUX = r"(?:is|was|are|were|did|does|do|has|have|had|could|would|can|will|should)"
# Words that start a clause of their own after "which ...": its "not" is the clause's.
_CLAUSE = r"(?:it|they|he|she|we|you|i|said|says|told|thought|thinks|decided|agreed|wanted)"
_NOT = re.compile(
    # "who" takes its auxiliary at once; "which" a few words first ("which of these", "which force").
    rf"^(?:who|(?:which|what)(?:\s+(?!{_AUX}\b|{_CLAUSE}\b)\w+){{0,3}}?)"
    rf"\s+(?:{_AUX}\s+not|isn t|wasn t|aren t|weren t|didn t|doesn t|don t|hasn t|hadn t)\b"
)
# Options that make a yes/no question of an "or" ("... or not", "or nah"), not a choice.
_YES_NO_OPTIONS = frozenset(
    "not no nah what yes yeah nope never something smth anything else other otherwise".split()
    + "true false t f right wrong".split()
)
_VERDICT = re.compile(r"^(?:yes|no|not quite|partly)\b", re.IGNORECASE)
# A stem that ends where its reason would stand ("Herts dropped it mainly because:") asks why.
_BECAUSE = re.compile(
    r"^(?P<rest>.+?)\s+(?:(?:mainly|mostly|partly|largely|chiefly|only) )?(?:because(?: of)?|due to|owing to)$"
)
_EACH_POOL = 3  # records looked at for each option put into the stem
_LONGEST_STEM = 30  # words: a question set out with options is short
_MOST_WORDS = 6  # an option longer than this is a clause, not an option
_LEAST_STEM = 2  # a stem of fewer words asks nothing of its own (unless it names something)
_WORDS_MIN = 0.6  # share of an option's words a record must hold to support it

# A question answered as any other: the caller's own run, without this form.
Runner = Callable[[str], Answer]


@dataclass(frozen=True, slots=True)
class Offered:
    """A question's options as set out, and the question without them."""

    stem: str
    options: tuple[str, ...]
    letters: tuple[str, ...] = ()  # "a", "b"... when the options were lettered
    negative: bool = False  # "which is NOT", "odd one out": the option not supported is asked


def offered(text: str) -> Offered | None:
    """The options a message sets out, and its stem; None if it sets out none."""
    line = " ".join(_NUMBERED.sub("", text.replace("’", "'")).split())
    odd = _ODD.search(_plain(line))
    if odd:
        line = _strip_odd(line)
    found = _lettered(line) or _listed_after(line) or _listed_before(line, odd=bool(odd))
    if found is None or len(found[0].split()) > _LONGEST_STEM:
        return None  # a long message is read for its question (message.py), its asides no options
    stem, listed, letters = found
    options = tuple(o for o in (_clean(o) for o in listed) if o)
    if len(options) < 2 or any(_plain(o) in _YES_NO_OPTIONS or _asks_verdict(o) for o in options):
        return None
    if any(len(o.split()) > _MOST_WORDS for o in options[1:]):
        return None  # the first may carry the question's words before it (see `_trimmed`)
    said = _plain(stem)
    negative = bool(odd) or bool(_NOT.search(said))
    if negative:
        stem = re.sub(r"\b(?:NOT|not)\b\s*", "", stem, count=1)
    stem = stem.strip(" -:,")
    if m := _BECAUSE.match(stem):
        stem = f"why {m['rest']}?"
    return Offered(stem, options, letters, negative)


# "confirm or correct", "true or false", "right or wrong": a claim put for checking, not options.
_VERDICT_WORDS = frozenset("confirm correct deny true false right wrong yes no".split())
_VERDICT_OPTION = 3  # words: an option this short holding a verdict word is that verdict


def _asks_verdict(option: str) -> bool:
    found = words(option)
    return len(found) <= _VERDICT_OPTION and any(w in _VERDICT_WORDS for w in found)


def _plain(text: str) -> str:
    return " ".join(words(text))


def _strip_odd(line: str) -> str:
    return re.sub(r"(?i)\b(?:odd (?:one|1) out|the odd one)\b\s*[-:,]?\s*", "", line).strip()


_TRAILING_JOIN = re.compile(r"\s+(?:or|and)$", re.IGNORECASE)  # "(b) Unison or (c) Loader"


def _clean(option: str) -> str:
    option = _TRAILING_JOIN.sub("", option.strip(" .?!,;:'\"“”‘’"))
    return _EITHER.sub("", option.strip(" .?!,;:'\"“”‘’")).strip()


def _lettered(line: str) -> tuple[str, list[str], tuple[str, ...]] | None:
    """ "Who said it: (a) G4S (b) Unison (c) Loader": options after letters or numbers in order."""
    marks = list(_MARKER.finditer(line))
    labels = [(m["m"] or m["d"]).lower() for m in marks]
    if len(marks) < 2 or (labels != [*"abcd"[: len(labels)]] and labels != [*"1234"[: len(labels)]]):
        return None
    ends = [m.start() for m in marks[1:]] + [len(line)]
    options = [line[m.end() : end] for m, end in zip(marks, ends, strict=True)]
    last = options[-1]
    # A question after the last option ("(c) Loader. Which one?") belongs to the stem.
    tail = re.split(r"(?<=[.?!])\s+", last, maxsplit=1)
    stem = line[: marks[0].start()]
    if len(tail) == 2:
        options[-1] = tail[0]
        stem = f"{stem} {tail[1]}"
    return stem, options, tuple(labels)


def _split(listed: str) -> list[str]:
    return [p for p in _JOIN.split(listed.strip(" ?!.")) if p.strip()]


def _is_list(parts: list[str], listed: str) -> bool:
    """Two options joined by "or", or three and more by commas; never a
    list that ends in "and" ("herts, cambs, beds and lincs"): all of them, not a choice."""
    said = f" {listed.lower()} "
    if " and " in said.rsplit(",", 1)[-1] and " or " not in said:
        return False
    return len(parts) >= 2 and (" or " in said or len(parts) >= 3)


def _listed_after(line: str) -> tuple[str, list[str], tuple[str, ...]] | None:
    """ "The study was into what - A, B or C?": a list after the last break."""
    breaks = list(_BREAK.finditer(line))
    if not breaks:
        return None
    last = breaks[-1]
    stem, listed = line[: last.start()], line[last.end() :]
    parts = _split(listed)
    if not _is_list(parts, listed) or len(stem.split()) < _LEAST_STEM:
        return None
    return stem, parts, ()


def _listed_before(line: str, *, odd: bool) -> tuple[str, list[str], tuple[str, ...]] | None:
    """ "Lloyd or Loader: who said ...?": a list joined by "or" before the
    first break (any list, after "odd one out"). A greeting's commas ("hi
    folks, first post.") join no options."""
    first = _BREAK.search(line)
    if first is None:
        return None
    listed, stem = line[: first.start()], line[first.end() :]
    parts = _split(listed)
    if not odd and " or " not in f" {listed.lower()} ":
        return None
    if not _is_list(parts, listed) or len(stem.split()) < _LEAST_STEM:
        return None
    return stem, parts, ()


def choose(ask: Ask, asked: Runner) -> Answer | None:
    """The option the facts support, if the message sets out options and one
    stands out; a decline if none of them is anything the articles mention;
    else None (the message is read as any other)."""
    found = offered(ask.query) or _inline(ask, ask.query)
    if found is None:
        return None
    read = parse(ask.query, ask.qi.knows_word)
    if read.form is Form.COMPARE or read.slot in (order.ORDER, stance.WEIGHED):
        # "which story has X, herts or em?", "which came first, X or Y?", "who
        # was more open to G4S, Lloyd or Loader?": the stories or events
        # themselves are the options, which those forms weigh.
        return None
    found = _trimmed(ask, found)
    if len(found.options[0].split()) > _MOST_WORDS:
        return None
    known = [_mentioned(ask, o) for o in found.options]
    stem_answer = asked(found.stem)
    if not any(known):
        return _none_known(ask, found, stem_answer)
    # "who said/did ...": the option must be who said or did what the stem's answer rests on.
    who = bool(_ASKS_WHO.match(_plain(found.stem)))
    if stem_answer.matched:
        extra = f"{stem_answer.title}\n{stem_answer.body}"
        judged = stem_answer.ids[:1] if who else stem_answer.ids
        backed = [_backs(ask, judged, o, extra, doers_only=who) for o in found.options]
        picked = [i for i, b in enumerate(backed) if b != found.negative]
        if len(picked) == 1 and any(backed):
            return _picked(ask, found, picked[0], stem_answer)
        if who and not found.negative and not any(backed):
            return _none_of(ask, found, stem_answer)
    if found.negative or who:
        # A name beside the stem's words in some other record is not who said or did it.
        return None
    return _each_put(ask, found)


# A stem asking who said or did something.
_ASKS_WHO = re.compile(r"^(?:who|whose)\b")


def _none_of(ask: Ask, found: Offered, stem_answer: Answer) -> Answer | None:
    """No option said or did what the stem asks: none of them, and who did,
    when the stem's answer rests on a record that names them; else None."""
    if not stem_answer.ids:
        return None
    fb = ask.fb
    doers = _doers_of(ask, stem_answer.ids[0])
    # A speaker stands for the body they speak for ("a Unison spokesman", not also "Unison").
    doers -= {o for d in doers if (o := fb.entities[d].organisation)}
    if not doers:
        return None
    named = and_list(fb.entities[d].name for d in sorted(doers))
    lead = "Neither" if len(found.options) == 2 else "None of them"
    lines = [f"*{stem_answer.title}*", stem_answer.body] if stem_answer.title else [stem_answer.body]
    return replace(stem_answer, title=f"{lead}: {named}", body="\n".join(lines), status=Status.OK)


def _each_put(ask: Ask, found: Offered) -> Answer | None:
    """The stem read with each option in it ("by what year could it be in
    place 2020"): the one option whose best record holds it; None unless
    exactly one does."""
    held: list[tuple[int, str]] = []
    stem_reading = ask.read(found.stem)
    for i, option in enumerate(found.options):
        reading = ask.read(f"{found.stem} {option}")
        ranked = [s for s in rank(ask.qi, Aim(), reading, records) if s.cover >= COVER_MIN][:_EACH_POOL]
        if _targets(ask, option):
            # A name is in many records beside some of the stem's words: the
            # record must cover the stem on its own too ("who runs the
            # alliance - Leics or Notts": a record naming Leics and the alliance is no answer).
            covering = {
                s.item.id
                for s in rank(ask.qi, Aim(), stem_reading, records, among=[s.item.id for s in ranked])
                if s.cover >= COVER_MIN
            }
            ranked = [s for s in ranked if s.item.id in covering]
        best = next((s.item.id for s in ranked if _backs(ask, (s.item.id,), option)), None)
        if best is not None:
            held.append((i, best))
    if len(held) != 1:
        return None
    index, record_id = held[0]
    shown = Answer(title="", body=_text_of(ask, record_id), citations=citations(ask.fb, [record_id]), ids=(record_id,))
    return _picked(ask, found, index, shown)


# Words a name of a story may carry beside it ("the herts deal", "the east mids one").
_STORY_NOUNS = frozenset("deal deals one story article piece lot side thing contract plan".split())
_INLINE_WORDS = 4  # an option joined by "or" inside a sentence is this many words at most
_FIGURE = re.compile(r"\d")


def _inline(ask: Ask, text: str) -> Offered | None:
    """ "was that in the east mids alliance or the herts deal?", "5 years or
    10": the last two things a sentence joins by "or", when both are names
    the articles use or both are figures. Words any other "or" joins ("or
    not", "separately or together") are the other forms' to read."""
    text = _NUMBERED.sub("", text.replace("’", "'"))
    joined = text.lower().rfind(" or ")
    if joined < 0:
        return None
    # The first option starts after the last comma, colon or dash before "or" ("lincs police, herts or em").
    cut = max(text.rfind(c, 0, joined) for c in ",;:")
    cut = max(cut, text.rfind(" - ", 0, joined) + 1)
    head = words(text[: cut + 1]) if cut >= 0 else []
    found = [*head, *words(text[cut + 1 :])]
    at = len(found) - 1 - found[::-1].index("or")
    right = found[at + 1 :]
    if not 0 < len(right) <= _INLINE_WORDS:
        return None
    kind = _kind(ask, right)
    if not kind:
        return None
    for size in range(min(_INLINE_WORDS, at - len(head)), 0, -1):
        left = found[at - size : at]
        if left[0] in STOPWORDS and left[0] not in ("the", "a", "an"):
            continue
        if _kind(ask, left) == kind or (kind == "figure" and _FIGURE.search(left[0]) and _kind(ask, left) == kind):
            stem = " ".join(found[: at - size])
            if len(stem.split()) < _LEAST_STEM:
                return None
            return Offered(stem, (" ".join(left), " ".join(right)))
    return None


def _kind(ask: Ask, option: list[str]) -> str:
    """ "name": words all naming things the articles name (a story's noun
    beside them); "figure": a number opening it; else ""."""
    reading = ask.read(" ".join(option))
    named = {w for u in reading.units if u.mention is not None and not u.mention.place for w in u.word.split()}
    nouns = ask.qi.deal_nouns  # "control room": words of a deal's own name
    if named and all(w in named or w in _STORY_NOUNS or stem(w) in nouns or w in ("the", "a", "an") for w in option):
        return "name"  # "the 999 control room one" names a story before it gives a figure
    return "figure" if _FIGURE.match(option[0]) else ""


def _trimmed(ask: Ask, found: Offered) -> Offered:
    """Options set out as names or figures whose first carries the question's
    own words before it ("herts - part of the 999 one or the em deal?"):
    those words go back to the stem."""
    first, last = found.options[0].split(), found.options[-1].split()
    kind = _kind(ask, last)
    if not kind or _kind(ask, first) == kind:
        return found
    for at in range(1, len(first)):
        if _kind(ask, first[at:]) == kind:
            stem = f"{found.stem} {' '.join(first[:at])}"
            return replace(found, stem=stem, options=(" ".join(first[at:]), *found.options[1:]))
    return found


def _mentioned(ask: Ask, option: str) -> bool:
    """Whether an option is anything the articles name or say: a name, a
    figure with all its words ("3 million": not just a 3), or words of which
    they use some."""
    reading = ask.read(option)
    if reading.mentions and not reading.places:
        return True
    said = [u for u in reading.units if not is_filler(u.key)]
    if _FIGURE.match(option):
        return bool(said) and all(u.known for u in said)
    return any(u.known for u in said)


def _none_known(ask: Ask, found: Offered, stem_answer: Answer) -> Answer:
    """No option is anything the articles mention: they don't say, and what they give instead."""
    given = f" What they give: {echo(stem_answer.title, 120)}." if stem_answer.matched else ""
    options = ", ".join(echo(o, 30) for o in found.options)
    return not_found(ask.fb, ask.echoed, (), lacking=f"None of {options} is in them.{given}")


def _names_of(ask: Ask, record_id: str) -> set[str]:
    """Whom and what a record is of: a quote's speaker (and the body speaking
    through them), a record's subjects and story, a deal's parties; an
    entity or deal itself. Who said or did what it states is `_doers_of`."""
    fb, qi = ask.fb, ask.qi
    out = {record_id}
    if record_id in fb.quotes:
        return out | _doers_of(ask, record_id)  # a quote's words are its speaker's, whoever else they name
    item = qi.items.get(record_id)
    if item is not None:
        out |= set(item.about) | set(item.deals)
    entity = fb.entities.get(record_id)
    if entity is not None and entity.organisation:
        out.add(entity.organisation)
    for deal_id in [d for d in out if d in fb.deals]:
        deal = fb.deals[deal_id]
        out |= {*deal.forces, *deal.companies, *((deal.via,) if deal.via else ())}
    return out


def _doers_of(ask: Ask, record_id: str) -> set[str]:
    """Who said or did what a record states: a quote's speaker (and the body
    speaking through them), a statement's doers (see `_doers`)."""
    fb = ask.fb
    quote = fb.quotes.get(record_id)
    if quote is not None:
        speaker = fb.entities.get(quote.speaker)
        return {quote.speaker, *((speaker.organisation,) if speaker and speaker.organisation else ())}
    stated = fb.facts.get(record_id) or fb.events.get(record_id)
    return _doers(ask, stated.text) if stated is not None else set()


# Verbs that report speech: "..., David Lloyd confirmed last night".
_REPORTING = frozenset("said says confirmed confirms added told stated announced warned claimed insisted".split())
_LEADING = frozenset("a an the and".split())  # words a statement's opening names may stand among


def _doers(ask: Ask, text: str) -> set[str]:
    """Who does or says what a statement states: the names it opens with ("A
    Unison spokesman said ...", "Leics, Notts and Northants police decided
    ...") and a name a reporting verb follows ("..., David Lloyd confirmed")."""
    said = words(text)
    out: set[str] = set()
    reach = 0  # how far the opening run of names and joining words goes
    for m in sorted(ask.read(text).mentions, key=lambda m: m.start):
        if m.place:
            continue
        opening = not set(said[reach : m.start]) - _LEADING
        if opening:
            reach = m.end
        if opening or (m.end < len(said) and said[m.end] in _REPORTING):
            out |= {t for t in m.targets if t in ask.fb.entities}
            out |= {e.organisation for t in m.targets if (e := ask.fb.entities.get(t)) and e.organisation}
    return out


def _text_of(ask: Ask, record_id: str) -> str:
    """A record as shown: a quote with its speaker, a deal with its parties and services."""
    fb = ask.fb
    if record_id in fb.quotes:
        return quote_text(fb, fb.quotes[record_id])
    deal = fb.deals.get(record_id)
    if deal is not None:
        return f"**{deal.name}**: {graph.deal_line(fb, deal)}; {and_list(deal.services)}. {deal.summary}"
    entity = fb.entities.get(record_id)
    if entity is not None:
        return graph.role_line(fb, entity) + "."
    return shown_text(fb, record_id)


def _backs(ask: Ask, record_ids: tuple[str, ...], option: str, extra: str = "", *, doers_only: bool = False) -> bool:
    """Whether records support an option: a name by who and what they are
    of (by who said or did what they state, with `doers_only`); the words
    beside it by their text (and `extra`, the answer's own)."""
    reading = ask.read(option)
    targets = _targets(ask, option)
    names_of = _doers_of if doers_only else _names_of
    if targets and not targets & {n for r in record_ids for n in names_of(ask, r)}:
        return False
    analyzer = ask.qi.content.analyzer
    # The words beside its names ("the Lincolnshire contract wasn't suitable"): what it says of them.
    rest = " ".join(u.word for u in reading.units if u.mention is None)
    said = [t for t in analyzer.query_terms(rest) if not is_filler(t) and t not in STOPWORDS]
    if not said:
        return bool(targets)
    held = set(analyzer.doc_terms(" ".join([extra, *(_text_of(ask, r) for r in record_ids)])))
    found = [t for t in said if t in held or any(s in held for s in analyzer.synonyms(t))]
    if any(t not in found for t in said if t.isdigit()):
        return False  # a figure is the figure given, or not supported
    return len(found) / len(said) >= _WORDS_MIN


def _picked(ask: Ask, found: Offered, index: int, stem_answer: Answer) -> Answer:
    """The option picked, named as the articles name it, and the records
    that show it (for "which is NOT", those that show the others)."""
    option = found.options[index]
    label = f"({found.letters[index]}) " if found.letters else ""
    typed = inert(shorten(clean(option), 60))
    name = _name(ask, option, "" if found.negative else found.stem)
    name = f"{typed} ({name})" if name and _plain(name) != _plain(typed) else typed
    title = f"{label}{name}: not one of them" if found.negative else f"{label}{name}"
    shown = [o for i, o in enumerate(found.options) if (i != index) == found.negative]
    showing = [r for r in stem_answer.ids if any(_backs(ask, (r,), o) for o in shown)]
    # A story picked is shown by its parties and services: what places a thing in it.
    stories = [d for d in dict.fromkeys(_story(ask, o, found.stem) for o in shown) if d and not found.negative]
    showing = [*stories, *(r for r in showing if r not in stories)]
    if found.negative:
        # The deals the others are parties of, when no record shows them.
        others = {t for o in shown for t in _targets(ask, o)}
        showing = [d for d in ask.fb.deals if others & _names_of(ask, d) and d not in showing] + showing
    if showing and showing == list(stem_answer.ids) and not found.negative:
        # The stem's answer shows just these: as it was rendered, its story line with it.
        return replace(stem_answer, title=title, status=Status.OK)
    if showing:
        body = "\n\n".join(_text_of(ask, r) for r in showing)
        ids = tuple(showing)
        return replace(stem_answer, title=title, body=body, ids=ids, citations=citations(ask.fb, ids), status=Status.OK)
    # The stem's own title, unless it is a verdict on the stem put as a claim ("Not quite: ...").
    lead = stem_answer.title and not _VERDICT.match(stem_answer.title)
    lines = [f"*{stem_answer.title}*", stem_answer.body] if lead else [stem_answer.body]
    return replace(stem_answer, title=title, body="\n".join(lines), status=Status.OK)


def _targets(ask: Ask, option: str) -> set[str]:
    return {t for m in ask.read(option).mentions for t in m.targets}


# "which deal ...", "what story ...": a stem asking for a story, whose options are stories.
_ASKS_STORY = re.compile(r"^(?:which|what) (?:deal|story|article|piece|one|lot|side)\b")


def _story(ask: Ask, option: str, stem_said: str = "") -> str:
    """The deal an option names as a story ("the herts g4s deal", "the 999 one"),
    or names where the stem asks for a story ("which deal ..., herts or em"); else ""."""
    reading = ask.read(option)
    # A deal's alias alone ("contact management") is what the deal was about, not the story named.
    storied = any(w in _STORY_NOUNS for w in words(option)) or bool(_ASKS_STORY.match(" ".join(words(stem_said))))
    return next(iter(reading.anchor)) if storied and len(reading.anchor) == 1 else ""


def _name(ask: Ask, option: str, stem_said: str = "") -> str:
    """An option that is the name of one person, body or story, as the articles
    give it ("Leics": Leicestershire Police; "the herts deal": the back-office deal)."""
    story = _story(ask, option, stem_said)
    if story:
        return ask.fb.deals[story].name
    reading = ask.read(option)
    targets = _targets(ask, option)
    if len(targets) != 1 or any(u.mention is None for u in reading.units):
        return ""
    entity = ask.fb.entities.get(next(iter(targets)))
    return entity.name if entity is not None else ""
