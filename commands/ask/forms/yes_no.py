"""Yes or no: from a fact's own words on the very predicate asked, or from a
deal's status when asked whether the deal is still on; never from a record
on something else, and never from the other story."""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask import graph, slots
from commands.ask.forms.confirm import (
    as_worded,
    channel_verdict,
    check,
    conjuncts,
    coordinated_stories,
    from_record,
    kind_of,
    one_and_other,
    restricted,
    subject_story,
)
from commands.ask.forms.entry import Entry
from commands.ask.outcome import deal_about, outcome, what_happened
from commands.ask.pipeline import (
    Ask,
    Decorate,
    Found,
    from_records,
    select,
    shown_of,
    shown_text,
    unknown_predicate,
)
from commands.ask.question import AUX, INTENT, SAY, Form, Question, body, plain_yes_no
from commands.ask.ranking import Allow, Scored, coverage, records
from commands.ask.reading import Reading, mentions_in
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.scope import STORY_TERMS, asks_each_story
from commands.ask.verdict import (
    COMMON,
    ENDED,
    ENDED_CUES,
    SAYING,
    STATUS_CUES,
    THE_EVENT,
    TIME_FRAME,
    VERDICT_WORDS,
    answers_for,
    claim_verdict,
    claims_done,
    contradicts,
    denies_opposite,
    ended_terms,
    firm_against_possible,
    only_ahead,
    reactions_of,
    settles,
    shortfall_read,
    status_verdict,
    took,
    with_opposites,
)
from commands.format import and_list, citations
from knowledge.analysis import MONTH, NUMBER_WORDS, STOPWORDS, stem, time_phrase, words
from knowledge.question_index import Item, Mention, QuestionIndex

YES_NO_MIN = 0.6  # a yes/no question states a whole claim: a little more than COVER_MIN
VERDICT_MIN = 0.75  # a yes or no only from a fact that fits the question this well

# "..., or am I mixing it up?", "or have I got that wrong": the asker's own
# doubt, which decides nothing of the claim. An alternative the asker puts
# about themselves ("or am I dreaming", "or did I imagine it") is never one
# the articles could settle; "or is that ..." is doubt only when it says so.
_DOUBT = re.compile(
    r"\s+or (?:(?:am|have|did|was|do|had) i(?: \w+){1,4}"
    r"|is that(?: \w+){0,3}? "
    r"(?:wrong|mixing (?:it|them|things|that) up|confused|making (?:it|that|this) up|imagining (?:it|that|things)|"
    r"remembering (?:it )?wrong|off|right))$"
)


# "have I got that the right way round?", "is that right?": a request to
# check the statement it is read with, which is then the claim.
_CHECK_REQUEST = re.compile(
    r"^(?P<aux>have|has|is|was|am|are|did|do)(?: i| we| you)? (?:got |understood |read )?(?:that|this|it|i|we)"
    r"(?: got (?:that|this|it))?(?: the)? (?:right|correct|accurate|true|straight)(?: way round| way around)?"
    r"(?: then| so)? (?P<claim>.+)$"
)


def _read(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0] if line else ""
    if first not in AUX:
        return None
    line = _DOUBT.sub("", line)
    request = _CHECK_REQUEST.match(line)
    if request:
        line, first = f"is {request['claim']}", "is"
    if _WISH.match(line):
        # "did G4S want the deal to go ahead?": G4S's wish, not whether it did.
        return Question(line, Form.YES_NO, body(line[len(first) :]), cues=_WISHED)
    rest = _TIME_NAMED.sub(r"\g<what> by \g<year>", INTENT.sub("", line[len(first) :]))
    if _CERTAIN.search(rest):
        # "is the 2020 date definite, or just a possibility?": asked how sure it is.
        return Question(line, Form.YES_NO, body(" ".join(_CERTAIN.sub(" ", rest).split())), cues=_SURE)
    now = rest.endswith((" now", " right now"))
    if now:
        # "is G4S ruled out in herts now?": asked of the present, as "still" is.
        rest = rest.removesuffix(" now").removesuffix(" right")
    if _NEGATED_CUE.search(rest):
        # "did they decide not to go ahead with the deal?": a deed the claim
        # negates, checked on the record's words, not whether the deal is still on.
        return Question(line, Form.YES_NO, body(rest))
    if cues := " ".join(c.group(0) for c in STATUS_CUES.finditer(rest)):
        # "is the herts thing off now?": whether the deal is off, now or not.
        return Question(line, Form.YES_NO, body(STATUS_CUES.sub(" ", rest)), cues=cues, topic_hint="status")
    if now:
        return Question(line, Form.YES_NO, body(rest), cues="now")
    return Question(line, Form.YES_NO, body(rest))


# A status cue the claim itself negates ("decided not to go ahead", "never went ahead").
_NEGATED_CUE = re.compile(r"\b(?:not|never)(?: to)? (?:" + STATUS_CUES.pattern + ")")


def _answer(ask: Ask, question: Question) -> Answer:
    question = replace(question, text=shortfall_read(question.text), body=shortfall_read(question.body))
    reading = ask.read(question.body)
    kind = kind_of(ask, question, reading)
    if kind is not None:
        return kind
    chosen = _choice(ask, question)
    if chosen is not None:
        return chosen
    only = restricted(ask, question, reading)
    if only is not None:
        return only
    split = one_and_other(question.body)
    paired = _one_and_other(ask, split) if split is not None else None
    if paired is not None:
        return paired
    parts = conjuncts(ask, question.body)
    if parts is not None:
        both = _both_parts(ask, question, parts)
        if both is not None:
            return both
    attributed = _attributed(ask, question)
    if attributed is not None:
        return attributed
    cleft = _cleft(ask, question)
    if cleft is not None:
        return cleft
    if question.cues == _WISHED:
        wished = _wished(ask, question)
        if wished is not None:
            return wished
    reading = ask.read(question.body)
    checked = check(ask, question, reading, claim=False)
    if checked is not None:
        return checked
    unknown = unknown_predicate(question, reading)
    timed = set(words(time_phrase(question.body)))
    # A day or year the articles never give ("on 4 November") is the time's own, whatever else is known.
    untimed = set(unknown or reading.unknown_words) & timed
    if untimed and set(unknown) <= timed and _point_in_time(question.body):
        # "Wasn't the study announced on 3 December?": the time is a detail
        # to check against the record that gives one, not what is asked about.
        return from_record(ask, question, reading)
    if unknown:
        # "Did G4S get fined?": a claim on something the articles never
        # mention is not confirmed by them. It is denied when the rest of it
        # is: "did the staff get merged into one organisation?" is a no if
        # there is no merger, whatever "organisation" would have added.
        if _qualified(ask.qi, reading):
            known = replace(reading, units=tuple(u for u in reading.units if u.known))
            denied = _judged(ask, question, known)
            if denied.title.startswith("No:"):
                return denied
        return not_found(ask.fb, ask.echoed, reading.mentions, unknown=unknown)
    return _judged(ask, question, reading)


# Words that put a time as a bound or a stretch ("before 10 November", "by
# 2025", "early November"), not as a point: another time given by a record
# may fall within it, so a differing date is no denial.
_TIME_BOUND = frozenset(
    "before after by until till since from prior within early late earlier later mid around "
    "approximately roughly between".split()
)


# A calendar time (a month or a year), which a record's calendar time can
# deny; a weekday or "last night" it can neither match nor deny.
_CALENDAR = re.compile(rf"\b(?:{MONTH}|(?:19|20)\d\d)\b")


def _point_in_time(body: str) -> bool:
    """Whether a claim puts its time as a calendar point ("on 3 November",
    "in 2020") that another date denies, with no word that bounds or widens it."""
    return bool(_CALENDAR.search(time_phrase(body).lower())) and not set(words(body)) & _TIME_BOUND


def _qualified(qi: QuestionIndex, reading: Reading) -> bool:
    """Whether the words the articles never use only qualify a claim whose
    core they do use: they come after what it says happened ("rejecting
    outsourcing as a principle"), not before it, as its subject does ("did
    Serco bid?"), nor in place of it, as its object may ("did the deal have
    anything to do with prisons?", where the deal's own nouns say only which)."""
    said = (
        i
        for i, u in enumerate(reading.units)
        if u.mention is None and u.known and u.weight >= COMMON and settles(u) and not qi.deal_nouns & u.widened.keys()
    )
    core = next(said, None)
    return core is not None and all(i > core for i, u in enumerate(reading.units) if not u.known)


def _judged(ask: Ask, question: Question, reading: Reading) -> Answer:
    """A yes/no on a claim's reading once the structured checks have passed it by."""
    if _each_story(ask, question, reading):
        return _in_each(ask, question, reading)
    if len(reading.anchor) == 1 and _ABOUT_DEAL.search(question.text):
        # "Was the East Midlands plan about handing over the control rooms?":
        # what the deal was, not whether it came off.
        deal_id = next(iter(reading.anchor))
        lead = next((f.id for f in ask.fb.facts_of_deal(deal_id, "services")), None) or _status_of(ask, deal_id)
        shown = Shown(lead, verdict=deal_about(ask, reading, deal_id))
        return render_answer(ask.fb, ask.qi, ask.query, question, shown)
    came_off = outcome(ask, question, reading)
    if came_off is not None:
        return came_off
    status = question.topic_hint == "status"
    if status and reading.units and not _asks_deal_status(ask.qi, reading):
        # "is he still going ahead with privatisation?" asks about privatisation;
        # and no record's own words settle "going ahead", "off" or "dead".
        cues = question.cues
        question = plain_yes_no(question)
        plain = ask.read(question.body)

        def on_plans(ask: Ask, question: Question, _: Reading, lead: Scored, shown: Shown) -> Shown:
            # The record's own words on the plans settle it; asked whether they
            # are off ("dead", "over"), what they affirm is a no.
            found = _verdict(ask, question, plain, lead, shown)
            if ENDED_CUES.search(cues) and found.verdict in ("yes", "no"):
                return replace(found, verdict="no" if found.verdict == "yes" else "yes")
            return found

        found = from_records(ask, question, allow=records, bar=YES_NO_MIN, reading=plain, decorate=on_plans)
        return _settled(ask, question, reading, found)
    plain = reading

    def decorate(ask: Ask, question: Question, _: Reading, lead: Scored, shown: Shown) -> Shown:
        found = _verdict(ask, question, plain, lead, shown)  # on the words asked, not their opposites
        if question.cues == _SURE and found.verdict == "yes" and _POSSIBLE.search(shown_text(ask.fb, lead.item.id)):
            # Asked whether it is certain, a record that says it could be is a no.
            return replace(found, verdict="no")
        return found

    widened = with_opposites(ask.qi, _without_the_event(reading))
    subject = _subject(ask, reading)

    wholly = _beyond_the_deal(ask, question, reading)

    def allow(item: Item) -> bool:
        return records(item) and answers_for(subject, item) and not (wholly and wholly(item))

    found = _settled_by_one(ask, question, allow, widened, decorate)
    lead = found.ids[0] if found.ids else ""
    if found.title.startswith("Yes") and _not_yet(ask, question, lead):
        # "Is the alliance already in place?" against "could be in place by
        # 2020" or "will form an alliance": what the articles put ahead is not yet so.
        return render_answer(ask.fb, ask.qi, ask.query, question, Shown(lead, verdict="no"))
    if (
        found.title.startswith("Yes")
        and _HAPPENED_ASKED.match(question.text)
        and not _AHEAD.search(question.text)
        and not set(map(stem, words(question.text))) & SAYING
        and (_only_may(ask, lead) or (lead in ask.qi.items and only_ahead(ask.qi.items[lead], reading.units)))
    ):
        # "Did the alliance happen by 2020?" against "could be in place by
        # 2020", "did Hanrahan get his meeting?" against "will be looking to
        # meet": what may or will come is no word on whether it came.
        lacking = f"They only say: {shown_text(ask.fb, lead)}"
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    return _settled(ask, question, reading, found)


_RUNNERS_UP = 3  # records after the lead that may settle a yes/no the lead leaves open
_NEAR_COVER = 0.1  # ...when they cover the claim nearly as well


def _settled_by_one(ask: Ask, question: Question, allow: Allow, reading: Reading, decorate: Decorate) -> Answer:
    """The yes/no from the best record; if its words leave it open, from a
    record of the same story covering the claim nearly as well whose words
    settle it ("continue with privatisation" is settled by "press ahead
    with privatisation plans", not by "keep talking to G4S")."""
    found = select(ask, question, allow=allow, bar=YES_NO_MIN, reading=reading)
    if isinstance(found, Answer):
        return found
    shown = _first_settling(ask, question, found, decorate, shown_of(found.ranked))
    return render_answer(ask.fb, ask.qi, ask.query, question, shown)


def _first_settling(ask: Ask, question: Question, found: Found, decorate: Decorate, shown: Shown) -> Shown:
    """The lead's verdict, else the first close runner-up's of the same story that settles it."""
    lead = found.ranked[0]
    shown = decorate(ask, question, found.reading, lead, shown)
    if shown.verdict:
        return shown
    for other in found.ranked[1 : 1 + _RUNNERS_UP]:
        if other.cover < lead.cover - _NEAR_COVER:
            break
        if other.item.deals != lead.item.deals:
            continue  # never another story's record: an answer never mixes them
        settled = decorate(ask, question, found.reading, other, Shown(other.item.id, cover=other.cover))
        if settled.verdict:
            return settled
    return shown


def _settled(ask: Ask, question: Question, reading: Reading, found: Answer) -> Answer:
    """A yes/no left without a verdict, whose record is not about somebody or
    something the claim names ("did Derbyshire look at a deal too?" against
    the three forces that did; "did the Bedfordshire chief constable...?"
    against the chief constables as one), is declined: a partial match is
    no answer. What that record says goes with the decline. A choice ("the
    PCC or the chief constables?") is answered by the record that names one."""
    if not found.matched or found.title.startswith(VERDICT_WORDS) or " or " in f" {question.body} " or not found.ids:
        return found
    lead = found.ids[0]
    item = ask.qi.items.get(lead)
    if item is None or all(_bears_on(ask, item, m) for m in reading.mentions):
        return found
    lacking = f"They don't settle it either way. They only say: {shown_text(ask.fb, lead)}"
    return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)


def _bears_on(ask: Ask, item: Item, mention: Mention) -> bool:
    """Whether a record is about what a name names: itself, or as a party of
    a deal the record is about as a whole."""
    fb = ask.fb
    own = set(item.about)
    own |= {p for d in item.about if d in fb.deals for p in (*fb.deals[d].forces, *fb.deals[d].companies)}
    return bool(set(mention.targets) & own)


# A yes/no asking whether something has happened, not whether it may.
_HAPPENED_ASKED = re.compile(r"^(?:did|has|have|had|was|were)\b")
# Words claiming a thing is so by now, as the articles were written.
_ALREADY = re.compile(r"\b(?:already|yet|by now|as of now|as things stand)\b")


def _not_yet(ask: Ask, question: Question, record_id: str) -> bool:
    """Whether a claim that a thing is so already meets a record that puts
    it ahead (it may or will come). Not when the claim itself speaks of what
    is ahead ("has Lloyd already said he will...") or of somebody's words,
    nor when the record itself says it is so already."""
    claimed = question.text
    if not _ALREADY.search(claimed) or _AHEAD.search(claimed) or set(map(stem, words(claimed))) & SAYING:
        return False
    said = shown_text(ask.fb, record_id) if record_id else ""
    # A record that says it is so already ("already in discussion") bears the claim out, whatever else it puts ahead.
    return bool(_AHEAD.search(said)) and not _ALREADY.search(said.lower())


def _only_may(ask: Ask, record_id: str) -> bool:
    """Whether a record says only that something may or could come about."""
    return bool(record_id) and bool(_POSSIBLE.search(shown_text(ask.fb, record_id)))


# "the 2020 date for the alliance": a time noun a year qualifies names the
# time of what follows ("the alliance by 2020").
_TIME_NAMED = re.compile(
    r"\bthe (?P<year>(?:19|20)\d\d) (?:date|deadline|target|timescale|timetable|timeline|goal) (?:for|of) "
    r"(?P<what>(?:the |a )?\w+(?: \w+)?)"
)
# "is G4S a firm?", "a firm or a charity": "firm" ending what a thing is
# called names a company; "a firm deadline" is how sure the deadline is.
_FIRM_AS_NOUN = (
    r"(?!(?:(?<=\ba firm)|(?<=\bthe firm)|(?<=security firm))"
    r"(?: *$| (?:or|and|that|then|right|yeah|which|who|whose|is|was|with|for|from|in|of|behind|at|on|to)\b))"
)
# Words asking how sure something is, and a choice of its being only possible;
# a thing "due" or "scheduled" by a date is claimed as firm as a thing "definite"
# ("due to" a cause is no schedule).
_CERTAIN = re.compile(
    r"(?:,? or (?:is it |was it )?(?:just |only |merely )?(?:a |an )?(?:possibility|possible|maybe|hope|aim|target|"
    r"estimate|guess))|\b(?:definitely|certainly|for sure|for certain|guaranteed|definite|certain|set in stone|"
    r"fixed|firm" + _FIRM_AS_NOUN + r"|scheduled|due(?! to (?!be\b)))\b"
)
_SURE = "certain"
# A record's words of what only may be.
_POSSIBLE = re.compile(r"\b(?:could|may|might|possibly|perhaps|hopes?|hoped|aims?|likely|expected to)\b", re.I)
# A record's words putting a thing ahead of when it was written: what may come, or what will.
_AHEAD = re.compile(_POSSIBLE.pattern + r"|\b(?:will|shall|going to|plans? to|set to|meant to)\b", re.I)


def _choice(ask: Ask, question: Question) -> Answer | None:
    """ "Was the Olympics in London or Paris?", "is Lloyd the Herts or the
    Leics PCC?": each choice put in turn; the one the articles say yes to is
    the answer, if only one is. A choice is a name, else one word."""
    found = words(question.body)
    if found.count("or") != 1:
        return None
    at = found.index("or")
    if not 0 < at < len(found) - 1 or {found[at - 1], found[at + 1]} & {"yes", "no", "not"}:
        return None  # "did they say yes or no to G4S?" is the yes or no itself
    names = mentions_in(ask.qi, found)
    before = next((m for m in names if m.end == at), None)
    start = at + 2 if found[at + 1] == "the" and at + 2 < len(found) else at + 1
    after = next((m for m in names if m.start == start), None)
    first = (before.start, at) if before else (at - 1, at)
    second = (start, after.end) if after else (at + 1, at + 2)
    if before is not None and after is not None and _whole_thing(ask, before):
        # "in the East Mids alliance or the Herts G4S deal?": the first choice
        # is a thing of its own, so the second runs to the end; nothing after
        # it is shared, as "PCC" is in "the Herts or the Leics PCC".
        second = (start, len(found))
        lo = before.start
        while lo > 0 and found[lo - 1] not in STOPWORDS:
            lo -= 1  # the whole of its noun phrase: "the East Mids alliance"
        first = (lo, at)
    answers = []
    for lo, hi in (first, second):
        body = " ".join([*found[: first[0]], *found[lo:hi], *found[second[1] :]])
        text = question.text.replace(question.body, body)
        answers.append(_answer(ask, replace(question, text=text, body=body)))
    said = [a for a in answers if a.title.startswith("Yes")]
    if len(said) != 1:
        return None
    lo, hi = first if said[0] is answers[0] else second
    option = " ".join(found[lo:hi])
    return replace(said[0], title=f"{option[:1].upper()}{option[1:]}: {said[0].title.split(': ', 1)[-1]}")


_IS = frozenset("is was are were".split())


def _whole_thing(ask: Ask, mention: Mention) -> bool:
    """Whether a name is a thing of its own (a deal, an alliance, a contract),
    not a place or force that may qualify a noun after it ("the Herts PCC")."""
    fb = ask.fb
    return not mention.place and all(
        t in fb.deals or (t in fb.entities and fb.entities[t].kind not in graph.FORCE_KINDS) for t in mention.targets
    )


# Nouns "one" may stand with for a deal ("one plan ..."); otherwise "one" stands alone.
_ONE_OF = frozenset(
    "deal deals plan plans contract contracts proposal proposals scheme schemes story bid one lot".split()
)


def _one_and_other(ask: Ask, parts: tuple[str, str]) -> Answer | None:
    """ "one deal was about X and the other about Y": "one" and "the other"
    only say the parts are of different deals, in either order. Each part is
    put to each deal: yes if one pairing of parts and deals holds, no only if
    both pairings fail; otherwise unsettled."""
    first, second = parts[0].split(), parts[1].split()  # "one ...", "the other ..." (`one_and_other`)
    deals = list(ask.fb.deals)
    if len(first) < 2 or len(deals) != 2:
        return None
    noun = first[1] if first[1] in _ONE_OF else ""
    own = first[2:] if noun else first[1:]
    other = second[2:]
    if other[:1] and other[0] in _ONE_OF:
        other = other[1:]  # "the other deal", "the other one"
    if not own or not other:
        return None
    fb = ask.fb
    unknown = [w for claim in (own, other) for w in ask.read(" ".join(claim)).unknown_words]
    if unknown:
        # "one was about prisons": a word no article uses is no part any deal is denied.
        return not_found(fb, ask.echoed, ask.read(" ".join([*own, *other])).mentions, unknown=unknown)
    said = {
        (i, d): in_story(ask, " ".join(["the deal", *claim]), d) for i, claim in enumerate((own, other)) for d in deals
    }
    pairings = ((deals[0], deals[1]), (deals[1], deals[0]))
    held = next((p for p in pairings if all(said[i, d][0] == "yes" for i, d in enumerate(p))), None)
    fails = all(any(said[i, d][0] == "no" for i, d in enumerate(p)) for p in pairings)
    if held is None and not fails:
        return not_found(fb, ask.echoed, ask.read(" ".join([*own, *other])).mentions)
    shown = held or pairings[0]
    lines, ids = [], []
    for i, d in enumerate(shown):
        word, lead = said[i, d]
        ids += [lead] if lead else []
        text = shown_text(fb, lead) if lead else "the articles don't say."
        lines.append(f"**{' '.join((own, other)[i])}**: {fb.deals[d].name}: {word or 'not settled'}. {text}")
    title = "Yes: one of each, as the two stories say" if held else "No: neither story pairs up that way"
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(dict.fromkeys(ids)))


def _both_parts(ask: Ask, question: Question, parts: tuple[str, str]) -> Answer | None:
    """A claim of two parts, each on its own story: yes if each part is,
    no naming the part that is not; unsettled if either part is."""
    opening = question.text.split(" ", 1)[0]
    answers = []
    for part in parts:
        # Each part read as a yes/no question of its own: with the question's
        # opening, unless the part is put with its own "is" ("the herts one is back office").
        has_is = bool(set(part.split()) & _IS)
        aux = "is" if has_is else opening if opening in AUX else "does"
        own = _read(f"{aux} {part}", False) or Question(f"{aux} {part}", Form.YES_NO, part)
        answers.append(_answer(ask, own))
    words_ = [a.title.split(":", 1)[0] for a in answers]
    fb = ask.fb
    if any(w not in VERDICT_WORDS for w in words_):
        # A part the articles do not settle leaves the claim unsettled: one
        # story's answer never stands for the whole, nor for the other.
        told = [
            f"{w}: {a.title.split(': ', 1)[-1]}" for w, a in zip(words_, answers, strict=True) if w in VERDICT_WORDS
        ]
        lacking = f"They settle only part of it. {' '.join(told)}".strip() if told else ""
        return not_found(fb, ask.echoed, ask.read(question.body).mentions, lacking=lacking)
    lines = [
        f"**{w}**: {a.title.split(': ', 1)[-1]}\n{a.body.split(chr(10), 1)[0]}"
        for w, a in zip(words_, answers, strict=True)
    ]
    ids = [i for a in answers for i in a.ids[:1]]
    # Named by the stories the parts are about, not in the user's words.
    wrong = [fb.deals[subject_story(ask, ask.read(p))].name for p, w in zip(parts, words_, strict=True) if w != "Yes"]
    title = "Yes: so in both stories" if not wrong else f"No: not so in the {' nor the '.join(wrong)}"
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(dict.fromkeys(ids)))


# "Wasn't it Serco that Herts were negotiating with?": somebody put where
# the clause's doer or party stands.
_CLEFT = re.compile(
    r"^(?:was|is|were|are)(?: not)? it (?P<who>(?:\w+ ){0,3}?\w+) (?:that|who|whom) (?P<rest>(?:\w+ ?)+)$"
)


_SOMEBODY = frozenset({"person", "spokesperson", "company", "union", "police force", "group"})
# "is it certain that ...", "was it true that ...": what is said of a clause, not who.
_CLAUSE_WORDS = frozenset(
    "certain true right fair accurate possible likely clear case so correct wrong known obvious official confirmed "
    "definite sure just really".split()
)


def _cleft(ask: Ask, question: Question) -> Answer | None:
    """The clause answered from its records; yes if they name whom the
    question puts in it, else no, with whom they name."""
    m = _CLEFT.match(question.text)
    if m is None or m["rest"].split(" ", 1)[0] in SAY:
        return None  # "was it Shaw who said ...": words put in a mouth, checked as such
    fb, qi = ask.fb, ask.qi
    put = ask.read(m["who"])
    if not put.units or any(u.mention is None and u.known for u in put.units) or set(m["who"].split()) & _CLAUSE_WORDS:
        return None  # "was it the case that ...", "is it certain that ...": no one put in the clause
    clause = ask.read(m["rest"])
    if not clause.units or not any(u.mention is None and u.known and u.weight >= COMMON for u in clause.units):
        return None
    found = select(ask, question, allow=records, bar=YES_NO_MIN, reading=clause)
    if not isinstance(found, Found):
        return None
    named = {t for mention in put.mentions for t in mention.targets}
    named |= {p for t in named for p in fb.members.get(t, ())}

    def names_somebody(item: Item) -> bool:
        # A record that names who it was, in its own words.
        text = shown_text(fb, item.id).lower()
        return any(
            t in fb.entities and fb.entities[t].kind in _SOMEBODY and fb.entities[t].name.lower() in text
            for t in item.about
        )

    lead = next((s.item for s in found.ranked if names_somebody(s.item)), found.ranked[0].item)
    text = " ".join(words(shown_text(fb, lead.id)))
    said = bool(named & lead.about) or (not named and " ".join(words(m["who"])) in text)
    return render_answer(fb, qi, ask.query, question, Shown(lead.id, verdict="yes" if said else "no"))


# "Did G4S want the deal to go ahead?", "did Unison hope for the deal?":
# what somebody wished for an outcome, with the outcome as its object.
_WISH = re.compile(
    r"^(?:did|does|do|would) (?P<who>\w+(?: \w+){0,3}?) (?:want|wish for|hope for|like|prefer) "
    r"(?:the|a|this|that|any) (?:\w+ )?(?:deal|contract|plan|plans|agreement|outsourcing|privatisation)\b"
)
_WISHED = "wished"


def _wished(ask: Ask, question: Question) -> Answer | None:
    """Whether somebody wanted a deal: from their own reaction to its not
    coming off (regret says yes, welcome says no), in the story they reacted in."""
    fb, qi = ask.fb, ask.qi
    m = _WISH.match(question.text)
    who = ask.read(m["who"]) if m else None
    people = [t for mention in (who.mentions if who else ()) for t in mention.targets if t in fb.entities]
    if len(people) != 1:
        return None
    for record_id in reactions_of(fb, qi, people[:1]):
        item = qi.items[record_id]
        deal = fb.deals[next(iter(sorted(item.deals)))] if item.deals else None
        if deal is None or deal.status.lower() not in ENDED:
            continue  # regret at a deal that did come off says nothing of wanting it
        welcomed, regretted = took(item)
        word = "yes" if regretted else "no" if welcomed else ""
        if word:
            return render_answer(fb, qi, ask.query, question, Shown(record_id, verdict=word))
    return None


# "Did Lloyd put the decision down to cost?", "did he blame it on the
# Olympics?": a cause somebody gave, not the cause itself.
_PUT_DOWN = re.compile(
    r"^(?:did|does|has|have|do) (?P<who>.+?) (?:put|putting) (?:it|this|that|the \w+(?: \w+)?|\w+ s \w+) down to "
    r"(?P<cause>.+)$"
    r"|^(?:did|does|has|have|do) (?P<who2>.+?) (?:blame|blamed) (?:it|this|that|the \w+(?: \w+)?) on (?P<cause2>.+)$"
    r"|^(?:did|does|has|have|do) (?P<who3>.+?) (?:attribute|attributed) (?:it|this|that|the \w+(?: \w+)?) to "
    r"(?P<cause3>.+)$"
)


def _attributed(ask: Ask, question: Question) -> Answer | None:
    """Whether somebody gave a cause: held to the reasons the articles give
    as theirs. Their reasons saying it: yes; giving others: no, with theirs."""
    m = _PUT_DOWN.match(question.text)
    if m is None:
        return None
    fb = ask.fb
    who = ask.read(m["who"] or m["who2"] or m["who3"])
    people = [t for mention in who.mentions for t in mention.targets if t in fb.entities]
    if len(people) != 1:
        return None
    deals = graph.deals_of(fb, people[0])
    reasons = [f for d in deals for f in fb.facts_of_deal(d, "reason") if people[0] in ask.qi.items[f.id].about]
    if not reasons:
        return None
    cause = ask.read(m["cause"] or m["cause2"] or m["cause3"])
    asked = [u for u in cause.units if u.weight >= COMMON and settles(u)]
    if not asked:
        return None
    given = [f for f in reasons if all(coverage(ask.qi, (u,), ask.qi.items[f.id]) > 0 for u in asked)]
    lead = (given or reasons)[0]
    word = "Yes" if given else "No"
    lines = [lead.text, *(f"Also: {f.text}" for f in reasons if f is not lead)]
    return Answer(
        title=f"{word}: {fb.entities[people[0]].name}'s reasons",
        body="\n".join(lines),
        citations=citations(fb, [f.id for f in reasons]),
        ids=tuple(dict.fromkeys([lead.id, *(f.id for f in reasons)])),
    )


def _without_the_event(reading: Reading) -> Reading:
    """ "Was G4S happy with the decision?": "the decision" names the story's
    event, which every reaction to it is to; it is asked about only when
    nothing else is ("was there a decision?"). So is when ("are they going
    to outsource in future?"): the claim is what would happen."""
    rest = tuple(
        u for u in reading.units if u.mention is not None or (u.key not in THE_EVENT and u.key not in TIME_FRAME)
    )
    if not any(u.mention is None for u in rest):
        return reading
    return replace(reading, units=rest)


def _subject(ask: Ask, reading: Reading) -> frozenset[str]:
    """Whom a yes/no question asks about: its first name, when that is a
    person or body (not a deal, nor a place)."""
    first = next((m for m in reading.mentions if not m.place), None)
    if first is None or first.start > 1:
        return frozenset()
    return frozenset(t for t in first.targets if t in ask.fb.entities)


def _each_story(ask: Ask, question: Question, reading: Reading) -> bool:
    """ "Did both sets of forces reject G4S?", "did G4S lose both contracts?":
    asked of every story, which no single deal's record answers."""
    return len(ask.fb.deals) > 1 and (
        asks_each_story(question.text, anchored_one=len(reading.anchor) == 1)
        or bool(coordinated_stories(ask, reading, question.body))
    )


def _in_each(ask: Ask, question: Question, reading: Reading) -> Answer:
    """The same yes/no put to each story on its own records; yes only if
    every story says yes."""
    fb = ask.fb
    lines: list[str] = []
    ids: list[str] = []
    said: dict[str, str] = {}
    # "In both places" names the stories, not what is claimed of each.
    claimed = tuple(u for u in reading.units if u.mention is not None or u.key not in STORY_TERMS)
    if claimed and all(
        u.mention is not None and len(graph.deals_named(ask.fb, u.mention.targets)) == 1 for u in claimed
    ):
        # "herts and the east mids both, yeah?": names of the stories alone, nothing
        # claimed of them ("were both deals with G4S?" names who is in each).
        return not_found(fb, ask.echoed, reading.mentions)
    subjects = coordinated_stories(ask, reading, question.body)
    for deal_id in fb.deals:
        # Of subjects listed side by side ("the herts lot and the east mids lot"), each story's own is its subject.
        own = tuple(u for u in claimed if u.mention not in subjects or _in_story(ask, u.mention, deal_id))
        mine = replace(reading, units=own, anchor=frozenset({deal_id}))
        verdict, lead = _one_story(ask, question, mine)
        name = fb.deals[deal_id].name
        if lead is None:
            lines.append(f"**{name}**: the articles don't say.")
            said[deal_id] = "silent"
            continue
        said[deal_id] = verdict
        word = {"yes": "Yes", "no": "No"}.get(verdict, "Not settled")
        # Each story named with its parties: the claim is put to their deal.
        parties = " with ".join(
            filter(
                None,
                (
                    and_list(graph.place_of(f) for f in graph.forces(fb, deal_id)) + " police forces",
                    and_list(c.name for c in graph.companies(fb, deal_id)),
                ),
            )
        )
        lines.append(f"**{name}** ({parties}): {word}. {shown_text(fb, lead)}")
        ids.append(lead)
    verdicts = set(said.values())
    if verdicts == {"yes"}:
        title = "Yes: in both stories" if len(said) == 2 else "Yes: in every story"
    elif verdicts == {"no"}:
        title = "No: in neither story" if len(said) == 2 else "No: in no story"
    elif "yes" in verdicts and verdicts <= {"yes", "no", "silent"}:
        # A story with nothing near the claim ("Unison" in a story it is not
        # in) has no part in it; one whose record on it leaves it open ("") may yet.
        only = [fb.deals[d].name for d, v in said.items() if v == "yes"]
        title = f"No: only the {and_list(only)}"
    elif "yes" in verdicts:
        # One story says yes, another's record on it leaves it open: the claim
        # of every story is not borne out ("Not quite", as a record near a
        # claim that does not settle it is), but no confident "No" either.
        only = [fb.deals[d].name for d, v in said.items() if v == "yes"]
        open_ = [fb.deals[d].name for d, v in said.items() if v == ""]
        title = f"Not quite: yes in the {and_list(only)}, not settled in the {and_list(open_)}"
    elif "no" in verdicts:
        # One story denies it, the other says nothing either way: a claim of
        # every story is not so, whatever the silent one would say.
        denied = [fb.deals[d].name for d, v in said.items() if v == "no"]
        title = f"No: not in the {and_list(denied)}"
    else:
        return not_found(fb, ask.echoed, reading.mentions)
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _in_story(ask: Ask, mention: Mention, deal_id: str) -> bool:
    """Whether a name bears on a deal, or on no deal at all (then it may be said of any)."""
    deals = graph.deals_named(ask.fb, mention.targets)
    return not deals or deal_id in deals


def in_story(ask: Ask, claim: str, deal_id: str) -> tuple[str, str | None]:
    """A claim put to one story alone ("left the door open to G4S", of the
    Herts story): its verdict ("yes", "no" or "") and lead record, from that
    story's records only."""
    reading = ask.read(claim)
    claimed = tuple(u for u in reading.units if u.mention is not None or u.key not in STORY_TERMS)
    mine = replace(reading, units=claimed, anchor=frozenset({deal_id}))
    return _one_story(ask, Question(f"did {claim}", Form.YES_NO, claim), mine)


def _one_story(ask: Ask, question: Question, reading: Reading) -> tuple[str, str | None]:
    """A yes/no's verdict and lead record within one deal's records."""
    channel = channel_verdict(ask, question.text, reading, next(iter(reading.anchor)))
    if channel is not None:
        return channel
    counted = _forces_counted(ask, question, next(iter(reading.anchor)))
    if counted is not None:
        return counted
    numbered = _FORCES_NUMBERED.search(question.text)
    if numbered is not None:
        # "three police forces not going ahead with G4S": the number says who,
        # checked against the deal's forces; what they did is the claim.
        deal_id = next(iter(reading.anchor))
        if _number(numbered["n"]) != len(graph.forces(ask.fb, deal_id)):
            return "no", graph.evidence(ask.qi, deal_id, list(ask.fb.deals[deal_id].forces)) or deal_id
        reading = replace(reading, units=tuple(u for u in reading.units if u.word.lower() != numbered["n"]))
    if _ABOUT_DEAL.search(question.text):
        deal_id = next(iter(reading.anchor))
        return deal_about(ask, reading, deal_id), next(
            (f.id for f in ask.fb.facts_of_deal(deal_id, "services")), deal_id
        )
    came_off = outcome(ask, question, reading)
    if came_off is not None and came_off.ids:
        verdict = "yes" if came_off.title.startswith("Yes") else "no" if came_off.title.startswith("No") else ""
        return verdict, came_off.ids[0]
    wholly = _beyond_the_deal(ask, question, reading)
    found = select(
        ask,
        question,
        allow=lambda item: records(item) and not (wholly and wholly(item)),
        bar=YES_NO_MIN,
        reading=with_opposites(ask.qi, reading),
    )
    if not isinstance(found, Found):
        return "", None

    def judged(ask: Ask, question: Question, _: Reading, lead: Scored, shown: Shown) -> Shown:
        return _verdict(ask, question, reading, lead, shown)

    shown = _first_settling(ask, question, found, judged, Shown(found.ranked[0].item.id))
    return shown.verdict, shown.lead


# Words that put a claim on the whole of a thing, beyond one deal ("given up
# on outsourcing altogether", "dropped privatisation completely").
_WHOLLY = re.compile(r"\b(?:altogether|entirely|completely|totally|wholly|for good|once and for all|at all)\b")


def _beyond_the_deal(ask: Ask, question: Question, reading: Reading) -> Allow | None:
    """For a claim put on the whole of a thing ("has Herts given up on
    outsourcing altogether?"), which records say only that the deal ended:
    its status records that speak of nothing the claim names besides its
    ending. The deal's end never settles such a claim; what the story says
    of the thing itself (what comes next) does. None for any other claim."""
    if not _WHOLLY.search(question.text):
        return None
    ended = ended_terms(ask.qi)
    things = [u for u in reading.predicate if settles(u) and not ({u.key, *u.widened} & ended)]

    def only_the_end(item: Item) -> bool:
        return "status" in item.topics and not any(
            set(item.words) & {u.key, *(t for t, w in u.widened.items() if w >= 1.0)} for u in things
        )

    return only_the_end


def _status_of(ask: Ask, deal_id: str) -> str:
    """The record that says what a deal was and what became of it: its status fact."""
    return next((f.id for f in ask.fb.facts_of_deal(deal_id, "status")), deal_id)


# "did both stories involve three police forces?": a number of forces claimed of a deal.
_FORCES_COUNTED = re.compile(
    r"\b(?:involve|involved|involving|have|had|has|include|included|feature|featured|with|of|cover|covered) "
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:police )?(?:forces|constabularies)\b"
)

_FORCES_STEMS = frozenset({stem("forces")})
# "three police forces ...": a number of forces said of whoever a claim is about.
_FORCES_NUMBERED = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten) (?:police )?(?:forces|constabularies)\b"
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _forces_counted(ask: Ask, question: Question, deal_id: str) -> tuple[str, str | None] | None:
    """A number of forces claimed of a deal, checked against the deal's own forces."""
    m = _FORCES_COUNTED.search(question.text)
    if m is None:
        return None
    claimed = _number(m["n"])
    # Shown by the record that counts them ("the three forces"), else one naming them all.
    counting = (
        r
        for r in ask.qi.records_of.get(deal_id, ())
        if slots.gives_count(shown_text(ask.fb, r), _FORCES_STEMS, _FORCES_STEMS)
    )
    proof = next(counting, None) or graph.evidence(ask.qi, deal_id, list(ask.fb.deals[deal_id].forces)) or deal_id
    return ("yes" if claimed == len(graph.forces(ask.fb, deal_id)) else "no"), proof


# "were both deals about running 999 control rooms?": what a deal was about.
_ABOUT_DEAL = re.compile(
    r"\b(?:deals?|proposals?|plans?|contracts?|schemes?|bids?)\s+(?:(?:was|were|is|are|all)\s+)?"
    r"(?:about|to do with|concerning|involving)\b"
)


def _verdict(ask: Ask, question: Question, reading: Reading, lead: Scored, shown: Shown) -> Shown:
    if question.topic_hint == "status":
        return replace(shown, verdict=status_verdict(ask.fb, lead.item, question.cues))
    qi = ask.qi
    named = [t for m in reading.mentions for t in m.targets]
    said, predicate = claim_verdict(
        ask.fb,
        qi,
        lead.item,
        what_happened(qi, reading),
        asked=words(question.body),
        named=named,
        # A choice ("did herts or the east mids form an alliance?") asks which, and what will be answers it.
        done=claims_done(words(question.text)) and "or" not in words(ask.query),
    )
    # How well the record fits what the verdict turns on: words that only
    # name the deal, connectives and words it states the opposite of aside.
    kept = tuple(
        u
        for u in reading.units
        if u.mention is not None
        or (u in predicate and settles(u) and not contradicts(lead.item, u) and not denies_opposite(lead.item, u))
    )
    # A record stating the very opposite of what is claimed ("press ahead"
    # against "give up"), of the same things in its words or synonyms, denies it.
    denied = (
        said == "no"
        and any(contradicts(lead.item, u) for u in predicate if settles(u))
        and all(coverage(qi, (u,), lead.item) > 0 for u in kept)
    )
    if (
        coverage(qi, kept, lead.item) < VERDICT_MIN
        and not (said == "yes" and _all_borne(ask, reading, lead.item))
        and not denied
    ):
        return shown
    # Whether it did happen, is certain, or is so already, a possibility answers
    # otherwise (`_judged` declines or says no, as `_not_yet` does).
    firm = not _HAPPENED_ASKED.match(question.text) and question.cues != _SURE and not _ALREADY.search(question.text)
    if said == "yes" and firm and firm_against_possible(question.text, lead.item, reading.units):
        # "Is the alliance happening by 2020?" against "could be in place by 2020": not quite.
        said = "not quite"
    return replace(shown, verdict=said)


def _all_borne(ask: Ask, reading: Reading, item: Item) -> bool:
    """Whether a record bears out all a claim says, though in other words
    than its own: its verdict found every word of what happened (synonyms
    too), and every name the claim gives is one the record is about."""
    return all(_bears_on(ask, item, m) for m in reading.mentions) and not reading.unknown_words


# "The talks" are the deal's negotiations, when whether they are off is asked.
_TALKS = frozenset({stem("talks"), stem("negotiations")})


def _asks_deal_status(qi: QuestionIndex, reading: Reading) -> bool:
    """Whether "is it still going ahead / off?" is asked of a deal: the
    question names one, or says nothing but "the deal" ("contract", "plan")
    besides who is in it."""
    if any(t in qi.deal_ids for m in reading.mentions for t in m.targets):
        return True
    # "did Lloyd confirm the talks were off?": his saying so is not what is asked.
    return all(qi.deal_nouns & u.widened.keys() or u.key in _TALKS for u in reading.predicate if settles(u))


def _answer_worded(ask: Ask, question: Question) -> Answer:
    """A yes/no held to the wording of any words it puts in quote marks."""
    return as_worded(ask, question.body, _answer(ask, question))


ENTRIES = (Entry(Form.YES_NO, _read, _answer_worded),)
