"""Who said something, and what somebody said.

WHO_SAID is answered by quotes only, ranked on the words asked about:
the quote that carries them names its speaker. WHAT_SAID finds the speaker
(by name, or by a description such as "the herts commissioner") and ranks
their quotes on the subject asked about, or shows them all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.forms.entry import Entry
from commands.ask.forms.people import ENTITY_MARGIN, ENTITY_MIN, clear_best
from commands.ask.pipeline import COVER_MIN, KNOWN_MIN, Ask, described, from_records, shown_of, shown_text
from commands.ask.question import AUX, INTENT, QUESTION_WORDS, SAY, Form, Question, body, drop_question_word
from commands.ask.ranking import Aim, anything, entities, quoted_as_written, quotes, rank, topic_of_word
from commands.ask.reading import Reading, is_party
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.slots import OFFICES, quoted_spans
from commands.ask.verdict import ENDED, THE_EVENT
from commands.format import cmd, echo
from knowledge.analysis import stem, terms, words
from knowledge.question_index import named_in
from knowledge.search import longest_run

_WHO_SAID = re.compile(
    # "who was it (that) said...": a cleft, with or without its "that".
    r"^(?:who (?:is|was|s) (?:the |that |this )?(?:\w+ ){0,2}?(?:that|who)|who (?:is|was|s) it|who"
    r"|which(?: \w+){1,3}?) "
    r"(?:(?:was|is|has|had|have) )?(?:also )?"
    r"(?P<verb>said|say|says|told|stated|announced|confirmed|claimed|called|described|commented|remarked|insisted|"
    r"declared|admitted|thinks|think|believes|believe|reckons|welcomed|quoted(?: as saying)?|used the words|put it|"
    r"made the (?:comment|remark|statement)|spoke of|talked about|mentioned)\b(?: that)?(?P<rest>.*)$"
)
# "which union is quoted in the control-room story": where, which asks no words.
_IN_STORY = re.compile(
    r"^\s*(?:in|from|by) (?:the |this |that |each |both )?(?:\w+ ){0,4}?(?:story|stories|article|articles|piece|"
    r"report|reports|coverage)$"
)
_WHOSE_WORDS = re.compile(r"^whose (?:words|quote|comment|statement) (?:is|was|were|are)(?P<rest>.*)$")
# "... good news for members, who said that?": the words first, the question after.
_SAID_THAT = re.compile(
    r"^(?P<rest>.+?) (?:who (?:said|says|say) (?:that|this|it)|who (?:was|is) (?:that|it|this)|"
    r"who (?:said|was) (?:that|it) then|whose words (?:are|were) (?:those|these|that))$"
)
_SAY_VERBS = (
    r"say|said|tell|told|think|thinks|comment|claim|announce|confirm|state|reply|respond|have to say|"
    r"got to say|mention|talk about|reckon|reckons|believe|believes|feel|feels|argue|insist|suggest|warn"
)
# "what argument did G4S make for outsourcing": an argument made is something said.
_WHAT_ARGUED = re.compile(
    r"^what (?:argument|arguments|case|point|points|pitch|reasoning) (?:did|does|do|has|had|have|was|were) "
    r"(?P<speaker>.+?) (?:make|made|put|give|given|offer|offered|present|presented|putting|making)"
    r"(?: (?:forward|across))?(?: (?:for|about|on|against|regarding|over|in favour of) (?P<about>.+?))?$"
)
_ARGUE = re.compile(r"\b(?:argue|argued|argues|arguing|insist|insisted|suggest|suggested|warn|warned)\b")
_WHAT_SAID = re.compile(
    r"^what (?:did|does|has|had|do|have|else did|was it that) (?P<speaker>.+?) (?:" + _SAY_VERBS + r")"
    r"(?: (?:about|on|regarding|concerning|of|re|to|over|with|after|following|since|once|when) (?P<about>.+?)"
    # "what did G4S reckon it could do", "what did the spokesman claim the
    # company could do": what they said is about the clause that follows.
    # A clause opens with its subject: a pronoun, or a determiner or
    # quantifier before a noun ("what did Lloyd say all this means").
    r"| (?:that )?(?P<clause>(?:it|they|he|she|we|the|a|an|this|these|those|their|its|his|her|our|all|no|some|"
    r"every|g4s) .+?))?$"
)
# "(tell me) what the union said about it": the question put in a sentence,
# in a statement's order.
_WHAT_X_SAID = re.compile(
    r"^what (?!(?:is|was|are|were|has|had|have|did|does|do|will|would|s|it|else)\b)"
    r"(?P<speaker>(?:the |a )?\w+(?: \w+){0,4}?) "
    r"(?:said|says|told \w+|stated|claimed)"
    r"(?: (?:about|on|regarding|concerning|of|re|over) (?P<about>.+?))?$"
)
# "According to the commissioners, what's the alliance for?", "what won't
# happen now, according to Lloyd?": whose words answer, and on what.
_NOT_A_SPEAKER = r"(?!(?:the |this |that )?(?:articles?|story|stories|text|piece|report|bbc|reports?)\b)"
_ASKED = r"(?:what|why|how|when|where|which|who|is|was|are|were|did|does|do|will|would|has|have|can|could)"
_ACCORDING_CUE = "according to:"
ACCORDING = re.compile(
    r"^according to " + _NOT_A_SPEAKER + r"(?P<speaker>(?:\w+ ){0,3}?\w+) (?P<rest>" + _ASKED + r" .+)$"
    r"|^(?P<rest2>" + _ASKED + r" .+?) according to " + _NOT_A_SPEAKER + r"(?P<speaker2>(?:\w+ ){0,3}?\w+)$"
)
# "what is Unison saying about all this", "what were the forces claiming".
_WHAT_SAYING = re.compile(
    r"^what (?:is|are|was|were|s|re) (?P<speaker>.+?) (?:saying|commenting|claiming|arguing|insisting|telling \w+)"
    r"(?: (?:about|on|regarding|concerning|of|re|over) (?P<about>.+?))?$"
)
_WHAT_SAID_BY = re.compile(
    r"^what (?:was|is|has been|were) (?:said|stated|announced) by (?P<speaker>.+?)"
    r"(?: (?:about|on|regarding|concerning) (?P<about>.+?))?$"
)
_WORDS_OF = re.compile(
    r"^(?:what (?:were|are|was|is) )?(?:the )?(?P<speaker>.+?)(?: s)? "
    r"(?P<noun>words|comments?|quotes?|statements?|remarks?|views?|take|position|stance|thoughts|opinions?|line)"
    r"(?: (?:about|on|regarding|concerning) (?P<about>.+?))?$"
)
# What somebody puts to others is said too: "G4S's pitch to police forces",
# "their case for outsourcing"; whom or what it is put for is what it is on.
# (A response is a reaction, reasoning a reason: their own forms read them.)
_PUT_NOUNS = r"pitch|case|message|argument|arguments|verdict|spin|claim|claims|promise|pledge|assurance"
# Asked ("what was the union's message") or whose it is said ("Loader's case"):
# "did they give a response" asks whether, which the reaction form answers.
_PUT_TO = re.compile(
    r"^(?=what (?:were|are|was|is) |(?:\w+ )+?s (?:" + _PUT_NOUNS + r")\b)"
    r"(?:what (?:were|are|was|is) )?(?:the )?(?P<speaker>.+?)(?: s)? (?P<noun>" + _PUT_NOUNS + r")"
    r"(?: (?:about|on|regarding|concerning|to|for|towards) (?P<about>.+?))?$"
)
# "did/does X say anything (about Y)": whether X is quoted, and what they said.
_SAY_ANYTHING = re.compile(
    # Chat leaves out the auxiliary before anybody at all: "anyone say anything about...".
    r"^(?:(?:did|does|do|has|have|is|was) (?:the articles? (?:have|has|quote) )?|"
    r"(?=(?:anyone|anybody|someone|somebody|any of them|either of them) ))(?P<speaker>.+?)(?<! a) "
    r"(?:say|said|saying|comment|commenting|quoted)(?: anything| something)?"
    r"(?: (?:about|on|regarding) (?P<about>.+?))?$"
)


# Verbs that only say how something was said ("who insisted it is not a
# merger"): the words said are what the quote holds, not the verb.
_FIRMLY_SAID = frozenset("insisted declared remarked commented".split())


def _read_who_said(line: str, contrast: bool) -> Question | None:
    if (m := _WHO_SAID.match(line)) and _IN_STORY.sub("", m["rest"]).strip():
        verb = m["verb"]
        rest = m["rest"] if verb in SAY or verb in _FIRMLY_SAID else f"{verb} {m['rest']}"
        if guess := _GUESS.match(rest):
            # "who said it's not a merger, was that unison?": a guess at the
            # speaker, to be checked, not words of the quote.
            return Question(line, Form.WHO_SAID, body(guess["rest"]), speaker=guess["guess"])
        return Question(line, Form.WHO_SAID, body(rest))
    if m := _WHOSE_WORDS.match(line):
        return Question(line, Form.WHO_SAID, body(m["rest"]))
    if m := _SAID_THAT.match(line):
        return Question(line, Form.WHO_SAID, body(m["rest"]))
    return None


_WHAT_SAID_PATTERNS = (
    *(_WHAT_SAID, _WHAT_SAYING, _WHAT_SAID_BY, _WHAT_ARGUED),
    *(_WORDS_OF, _PUT_TO, _SAY_ANYTHING, _WHAT_X_SAID),
)


def _read_what_said(line: str, contrast: bool) -> Question | None:
    if m := ACCORDING.match(line):
        speaker = body(m["speaker"] or m["speaker2"])
        about = body(INTENT.sub("", drop_question_word(m["rest"] or m["rest2"])))
        asked = m["rest"] or m["rest2"]
        return Question(line, Form.WHAT_SAID, f"{speaker} {about}", speaker, about, cues=f"{_ACCORDING_CUE} {asked}")
    for pattern in _WHAT_SAID_PATTERNS:
        if (m := pattern.match(line)) and m["speaker"].split()[0] not in QUESTION_WORDS:
            if "noun" in pattern.groupindex and m["speaker"].split()[-1] == "the":
                # "... again down the line": a noun after "the" is nobody's
                # words, whatever the noun ("the unison line" has its "the" first).
                continue
            clause = m["clause"] if "clause" in pattern.groupindex else None
            speaker, about = body(m["speaker"]), body(m["about"] or clause)
            # The noun stays in the body: if no speaker is found, the words
            # are searched as they are ("the joint statement").
            noun = m["noun"] if "noun" in pattern.groupindex else ""
            parts = " ".join(filter(None, (speaker, noun, about)))
            return Question(line, Form.WHAT_SAID, parts, speaker, about, slot="words" if noun else "")
    return None


_GUESS = re.compile(r"^(?P<rest>.+?) (?:was|is|wasn t|isn t) (?:that|it|this) (?P<guess>(?:\w+ ){0,3}?\w+)$")


def _who_said(ask: Ask, question: Question) -> Answer:
    if question.speaker:
        guess = ask.read(question.speaker)
        guessed = {t for m in guess.mentions for t in m.targets if t in ask.fb.entities}
        if not guessed and guess.units:
            # "..., was it the firm?": a guess described, not named.
            guessed = set(described(ask, question.speaker, guess))
        plain = replace(question, speaker="")
        if not guessed:  # no name guessed: the words were the quote's
            return _who_said(ask, replace(plain, body=f"{question.body} {question.speaker}"))
        found = _who_said(ask, plain)
        if found.status is not Status.OK or found.ids[0] not in ask.fb.quotes:
            return found
        speaker = ask.fb.entities[ask.fb.quotes[found.ids[0]].speaker]
        right = speaker.id in guessed or speaker.organisation in guessed
        return replace(found, title=f"{'Yes' if right else 'No'}: {found.title}")
    found = from_records(ask, question, allow=quotes)
    if found.status is Status.NOT_FOUND:
        # Words too common to pick a quote by may still be the words of one,
        # quoted as written: then that quote is the one asked about.
        quote = quoted_as_written(ask.fb, ask.qi, question.body, kinds=("quote",))
        if quote is not None:
            found = render_answer(ask.fb, ask.qi, ask.query, question, Shown(quote))
    # "Did the PCCs issue a joint statement?": finding their words says yes.
    return _yes(question, found) if found.status is Status.OK else found


def _what_said(ask: Ask, question: Question) -> Answer | Question:
    if question.cues.startswith(_ACCORDING_CUE):
        # Whose words were named as the source; if theirs do not answer, the
        # question is answered as asked, from any record. Somebody the
        # articles never quote is declined as such.
        found = _what_said(ask, replace(question, cues=""))
        quoted = speakers_of(ask, ask.read(question.speaker), several=True)
        if isinstance(found, Answer) and not found.matched and quoted:
            from commands.ask.forms import parse  # noqa: PLC0415 - the registry imports this module

            return parse(question.cues.removeprefix(_ACCORDING_CUE).strip(), ask.qi.knows_word)
        return found
    fb, qi = ask.fb, ask.qi
    speaker_reading = ask.read(question.speaker)
    speakers = speakers_of(ask, speaker_reading, several=True)
    if len(speakers) > 1 and not question.about and not speaker_reading.mentions:
        return _which_of(ask, question, speakers)
    if not speakers:
        named = tuple(t for m in speaker_reading.mentions for t in m.targets if t in fb.entities)
        if named:
            # Somebody the articles name but never quote ("the chief constables").
            return not_found(fb, ask.echoed, (), speakers=named)
        if question.slot == "words":
            # "the joint statement": no one by that name, so the words are words from a quote.
            return replace(question, form=Form.WHO_SAID, slot="")
        if question.about and _NOBODY_IN_PARTICULAR.match(question.speaker):
            # "what did they say about the cuts", "what do the articles say on
            # pay": nobody in particular, so whatever the articles say of it.
            return replace(question, form=Form.WHAT, body=question.about, speaker="", about="")
        # "what did the chief police officers say": nobody the articles quote.
        lacking = f"They quote nobody as {echo(question.speaker, 60)}."
        return not_found(fb, ask.echoed, speaker_reading.mentions, lacking=lacking)
    said = list(dict.fromkeys(q for s in speakers for q in fb.quote_ids_of(s)))
    # "what did the EM side say": a deal named as the speaker, whose words are its speakers'.
    named_deals = {t for m in speaker_reading.mentions for t in m.targets if t in fb.deals}
    deal_said = min(named_deals) if len(named_deals) == 1 else ""
    marked = _quoting(ask, said)
    if marked is not None:
        # "what did Lloyd mean by 'all this means'": the words put in quote
        # marks are theirs, and say which of their quotes is meant.
        return _yes(question, render_answer(fb, qi, ask.query, question, Shown(marked)))
    if not question.about or not ask.read(question.about).units:  # "... about all this"
        shown = Shown(said[0], more=tuple(said[1:]), deal_said=deal_said)
        return _yes(question, render_answer(fb, qi, ask.query, question, shown))
    about = ask.read(question.about)
    if not about.units or about.known_share < KNOWN_MIN:
        return not_found(fb, ask.echoed, about.mentions, speakers=speakers, unknown=about.unknown_words)
    # Every quote of a speaker is on their deal: the subject's words decide,
    # and a subject that is what their deal is about ("outsourcing") counts
    # for all of their quotes on it, a little less than their own words.
    deals = about.anchor or frozenset(d for q in said if (d := fb.quotes[q].deal))
    on_deal = [q for q in said if fb.quotes[q].deal in deals]
    # "What argument did they make for outsourcing": a case made for a thing
    # is in words on it; all they said on the deal is no argument for it.
    arguing = bool(_WHAT_ARGUED.match(question.text) or _ARGUE.search(question.text))
    if on_deal and not arguing and _only_the_deal(ask, about, deals):
        # "what did unison say about the east mids forces ditching G4S": the
        # deal and what became of it is the subject of all they said on it,
        # their reaction to it first.
        on_deal.sort(key=lambda q: "reaction" not in qi.items[q].topics)
        shown = Shown(on_deal[0], more=tuple(on_deal[1:]), deal_said=deal_said)
        return _yes(question, render_answer(fb, qi, ask.query, question, shown))
    topical = [q for q in on_deal if _asked_topic(question.about) in qi.items[q].topics]
    if topical and all(u.mention is not None and is_party(qi, u.mention) for u in about.units):
        # "what did Loader say about why they didn't go with G4S": their
        # words giving the reason (or the reaction) on the deal the names are in.
        return _yes(question, render_answer(fb, qi, ask.query, question, Shown(topical[0], more=tuple(topical[1:]))))
    subject = Reading(about.units, frozenset())
    aimed = Aim(speaker_first=True, pairs=question.body, framed=True)
    ranked = rank(qi, aimed, subject, anything, deal_words=not arguing, among=said)
    ranked = [s for s in ranked if s.cover >= COVER_MIN]
    parties = {t for u in about.units if u.mention is not None for t in u.mention.targets}
    if parties and all(u.mention is not None for u in about.units):
        # "what did Hanrahan say about G4S": only words that name them are on them.
        ranked = [s for s in ranked if parties & named_in(qi.names, shown_text(fb, s.item.id), starts=qi.name_starts)]
    if not ranked:
        return not_found(fb, ask.echoed, about.mentions, speakers=speakers, unknown=about.unknown_words)
    return _yes(question, render_answer(fb, qi, ask.query, question, shown_of(ranked)))


_MARKED_WORDS = 2  # words in quote marks, in a row in one quote, that say it is that quote
_MARKED_RUN = 3  # of longer words in quote marks, this many in a row will do (a quote recalled loosely)


def _quoting(ask: Ask, said: list[str]) -> str | None:
    """The one of some quotes that holds the most of the words a message
    puts in quote marks in a row: all of two, or three or more."""
    for typed in quoted_spans(ask.query):
        wanted = words(typed)
        if len(wanted) < _MARKED_WORDS:
            continue
        runs = {q: longest_run(wanted, words(ask.fb.quotes[q].text)) for q in said}
        best = max(runs.values(), default=0)
        holding = [q for q, run in runs.items() if run == best]
        if best >= min(len(wanted), _MARKED_RUN) and len(holding) == 1:
            return holding[0]
    return None


def _which_of(ask: Ask, question: Question, speakers: tuple[str, ...]) -> Answer:
    """A description that fits several speakers, and nothing asked that picks one."""
    fb = ask.fb
    lines = [
        f"• **{fb.entities[s].name}** ({fb.entities[s].role}): {cmd('quote ' + fb.entities[s].name)}" for s in speakers
    ]
    return Answer(
        title=f"{len(speakers)} speakers fit {echo(question.speaker, 60)}",
        body="Which one?\n" + "\n".join(lines),
        status=Status.AMBIGUOUS,
        suggestions=tuple(fb.entities[s].name for s in speakers),
        ids=speakers,
    )


def _asked_topic(about: str) -> str:
    """The kind of record a subject asks for ("why they dropped G4S": a
    reason, "how they took it": a reaction), or ""."""
    said = words(about)
    if said[:1] == ["why"]:
        return "reason"
    return next((t for w in said if (t := topic_of_word(stem(w)))), "")


def _yes(question: Question, found: Answer) -> Answer:
    """ "Did X say anything?": yes, and what."""
    if question.text.split(" ", 1)[0] in AUX:
        return replace(found, title=f"Yes: {found.title}")
    return found


_COUNTS = frozenset(stem(w) for w in "two three four five six 2 3 4 5 6 both all".split())


def _only_the_deal(ask: Ask, about: Reading, deals: frozenset[str]) -> bool:
    """Whether a subject names nothing but a deal (or its parties) and what
    became of it ("the east mids forces ditching G4S", "the decision")."""
    fb = ask.fb
    if all(u.mention is not None and not any(t in fb.deals for t in u.mention.targets) for u in about.units):
        # "about G4S": a party alone is that party, not its deal; their words must be on it.
        return False
    # What happened in the story as a whole ("about the decision", "... about the news").
    status_terms: set[str] = set(THE_EVENT)
    # The deal's own words and its parties', as written: "private sector" is
    # a synonym of "firm", but no name of G4S.
    named: set[str] = set()
    for deal_id in deals:
        deal = fb.deals[deal_id]
        statuses = ENDED if deal.status.lower() in ENDED else {deal.status}
        status_terms |= {t for s in statuses for t in (stem(s), *ask.qi.content.widen(stem(s)))}
        named |= set(terms(deal.name))
        for party in (*deal.forces, *deal.companies):
            # Its names, and what it is (a role's first phrase, "Security
            # firm"): not all an article says of it ("the company behind...").
            entity = fb.entities[party]
            named |= set(terms(" ".join((entity.name, entity.role.split(",")[0], *entity.aliases))))
    for unit in about.units:
        if unit.mention is not None:
            if not any(t in fb.deals or t in ask.qi.parties for t in unit.mention.targets):
                return False
        elif not (
            unit.key in status_terms
            or unit.key in named
            or set(unit.widened) & status_terms
            or unit.key in ask.qi.deal_nouns
            or unit.key in _COUNTS  # "the three forces binning it"
        ):
            return False
    return True


_BODIES = frozenset({"police force", "company", "union"})
# A "speaker" that names nobody in particular: people in general, or the articles themselves.
_NOBODY_IN_PARTICULAR = re.compile(
    r"^(?:they|people|anyone|anybody|everyone|everybody|folks?|"
    r"(?:the |this |that |these |those )?"
    r"(?:articles?|stories|story|news|papers?|pieces?|press|media|coverage))$"
)


def speakers_of(ask: Ask, reading: Reading, *, several: bool = False) -> tuple[str, ...]:
    """Who a "what did X say" question means: people or bodies with quotes.

    A description that fits several equally ("the PCCs": Lloyd, Loader and
    the three forces' commissioners) gives all of them when `several`: the
    subject asked about then picks between their quotes."""
    fb = ask.fb
    named = [t for m in reading.mentions for t in m.targets if t in fb.entities]
    # "the Northants PCC": an office of a force or a company names whoever
    # holds it, not anybody who speaks for that body.
    office = any(u.mention is None and u.key in OFFICES for u in reading.units)
    named = [t for t in named if not office or fb.entities[t].kind not in _BODIES]
    quoted = tuple(dict.fromkeys(t for t in named if fb.has_quotes(t)))
    if quoted or not reading.units:
        return quoted
    # "the herts commissioner": a description of somebody, not a name.
    ranked = rank(ask.qi, Aim(), reading, entities)
    best = clear_best(ranked, fb)
    if best is not None:
        return (best,) if fb.has_quotes(best) else ()
    if not several or not ranked or ranked[0].cover < ENTITY_MIN:
        return ()
    top = ranked[0].cover
    return tuple(s.item.id for s in ranked if top - s.cover < ENTITY_MARGIN and fb.has_quotes(s.item.id))


ENTRIES = (
    Entry(Form.WHO_SAID, _read_who_said, _who_said),
    Entry(Form.WHAT_SAID, _read_what_said, _what_said),
)
