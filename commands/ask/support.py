"""Whether an answer gives what its question asks for, whatever the form.

Every form picks the records nearest a question; this check, run on each
form's answer, asks of the record it shows whether it holds the kind of
thing the question wants, else the answer becomes the honest "the
articles don't say":

- an outcome after the articles ("did herts end up signing with another
  firm?", "who got the work in the end?") is not answered by a record that
  only says what was planned or hoped ("will", "could", "in discussion");
- the contents of a document or of advice ("what did the feasibility study
  find?", "what did the chief constables recommend?") are not answered by a
  record that only says the document or advice existed;
- a person's name ("the Northants spokesman, name?") is not answered by a
  record that names nobody.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask import graph, slots
from commands.ask.outcome import outcome
from commands.ask.pipeline import JOINING, VERSUS, Ask, says_where, shown_text
from commands.ask.question import AUX, Form, Question
from commands.ask.reading import Reading
from commands.ask.render import RUNNER_UP, not_found
from commands.ask.verdict import PLANNED, VERDICT_WORDS
from commands.format import echo
from knowledge.analysis import MONTH, NUMBER_WORDS, STOPWORDS, words

# Words that ask how things stood after the articles' own events.
_AFTERWARDS = re.compile(
    r"\b(?:in the end|end(?:s|ed|ing)? up|eventually|ultimately|afterwards?|since then|"
    r"(?:after|since) (?:this|that|all that|all this)|"
    r"(?:go|goes|going|went|gone) on to|by now|so far|replaced|took over from)\b"
)
# What somebody said or still holds is in the articles, whenever it is asked.
_SAID_OR_HELD = frozenset("say says said saying reckon reckons think thinks believe believes still keen".split())


def _said_asked(question: Question) -> bool:
    """Whether the question itself (not the story told before it) asks what somebody said or holds."""
    return bool(_SAID_OR_HELD & set(words(question.text)))


# A party asked about other than the deal's own, or which party it was: "one
# of them", "another firm", "which provider did they choose".
_ANOTHER_PARTY = re.compile(
    r"\b(?:one of (?:them|those|the others?)|(?:another|a different|a new|some other) (?:\w+ )?"
    r"(?:company|firm|provider|contractor|supplier|bidder|one)|someone else|somebody else|"
    r"(?:which|what) (?:other )?(?:company|firm|provider|contractor|supplier|bidder))\b"
)
# A document or advice whose contents are asked, and the verbs that ask for them.
_DOCUMENT = r"(?:report|study|review|assessment|evaluation|analysis|findings)"
_CONTENT_VERB = (
    r"(?:say|says|said|find|finds|found|recommend|recommends|recommended|conclude|concludes|concluded|"
    r"show|shows|showed|suggest|suggests|suggested|propose|proposes|proposed|advise|advised|contain|contained)"
)
_CONTENTS = re.compile(
    rf"\b{_DOCUMENT} (?:\w+ )?{_CONTENT_VERB}\b"  # "the report actually recommend"
    r"|\bwhat (?:was|is|were) in (?:the |their |its |g4s s |g4s )?(?:\w+ )?" + _DOCUMENT + r"\b"
    r"|\bwhat (?:(?:were|are|was|is) (?:\w+ ){1,5}|(?:\w+ ){0,5}?)(?:recommendations|findings|conclusions)\b"
    r"|\bwhat (?:did|does|do) (?:\w+ ){1,5}?(?:recommend|conclude|advise|propose)(?:ed|d|s)?\b"
    # "what did g4s's report to the forces recommend": the document, then the verb.
    rf"|\bwhat (?:did|does|do) (?:\w+ ){{0,4}}?{_DOCUMENT} (?:\w+ ){{0,5}}?{_CONTENT_VERB}$"
)
# A record that gives what a document or advice said.
_GIVES_CONTENTS = re.compile(r"\b(?:recommended that|recommends|concluded|found that|findings were|advised that)\b")
# Words asking for a judgement of a deed ("was Lloyd right to drop G4S?",
# "was it a good idea?", "should they have signed?"): no record of what was
# done, nor of the reasons given for it, says whether it was right.
_JUDGED = re.compile(
    r"\b(?:right|wrong|wise|unwise|smart|foolish|stupid|mad|crazy|justified|naive|sensible|reasonable|clever) "
    r"(?:to|in)\b"
    r"|\b(?:the )?(?:right|wrong|correct|best|smart|sensible|wise) (?:call|decision|thing to do|choice|move)\b"
    r"|\b(?:a )?(?:good|bad|great|terrible|smart|sensible|wise|stupid) (?:idea|call|move|choice)\b"
    r"|\ba mistake\b|\bshould(?:n t| not)?(?: \w+){0,4}? have\b"
)


def _judged(said: list[str]) -> bool:
    """Whether a question asks for a judgement of a deed, not whether somebody
    gave one: "were they wise to say no?" is the asker's, "did Unison say it was
    the right call?" the union's."""
    found = _JUDGED.search(" ".join(said))
    return found is not None and not _SAID_OR_HELD & set(" ".join(said)[: found.start()].split())


# Words asking of a person's past, before their part in the story ("before he
# became commissioner", "Loader's background", "his previous job").
_PAST_OF = re.compile(
    r"\bbefore (?:he|she|they) (?:became|become|was|were|took|joined|got)\b"
    r"|\bbefore (?:becoming|being|joining|taking (?:up|on|over))\b|\b(?:s|his|her|their) background\b"
    r"|\bused to (?:be|work|run|serve)\b|\bprevious(?:ly)? (?:job|role|career|post|work)\b"
    r"|\b(?:s|his|her|their) (?:career|cv|bio|biography)\b"
)
# A record's words of somebody's past.
_PAST_TOLD = re.compile(r"\b(?:former|formerly|previously|used to|ex-|before becoming|retired)\b")


def _past_asked(ask: Ask, reading: Reading, asked: str) -> str:
    """The person whose past a question asks of, else ""."""
    if not _PAST_OF.search(asked):
        return ""
    fb = ask.fb
    people = (t for m in reading.mentions for t in m.targets if t in fb.entities)
    return next((t for t in people if fb.entities[t].kind in graph.PERSON_KINDS), "")


# "Lincolnshire Police itself", "its own": what a body did on its own account.
_ITSELF = frozenset("itself themselves".split())


def _own_doing_asked(ask: Ask, reading: Reading, asked: str) -> str:
    """The body named just before "itself" ("what had Lincolnshire Police
    itself outsourced"), whose own doing is asked, else ""."""
    said = asked.split()
    at = next((i for i, w in enumerate(said) if w in _ITSELF), None)
    if at is None:
        return ""
    named = ask.read(" ".join(said[:at])).mentions
    last = named[-1] if named and named[-1].end == at else None
    return next((t for t in last.targets if t in ask.fb.entities), "") if last else ""


def _party_of(ask: Ask, answer: Answer, entity: str) -> bool:
    """Whether a body is a party (a force or company) of the deal the
    answer's lead record is on, or what a record of no deal is about."""
    fb, qi = ask.fb, ask.qi
    item = qi.items.get(answer.ids[0]) if answer.ids else None
    if item is None:
        return True
    parties = {p for d in item.deals for p in (*fb.deals[d].forces, *fb.deals[d].companies)}
    return entity in parties or (entity in item.about and not item.deals)


# "who at G4S", "who from Unison": a person asked for as one of a body's own.
_WHO_OF = re.compile(r"^who (?:at|from|with|working for|speaking for|representing) (?P<body>.+)$")
_BODY_KINDS = frozenset({"company", "union", "police force"})


def _of_body_asked(ask: Ask, question: Question) -> str:
    """The body whose own person a who-question asks for, else ""."""
    found = _WHO_OF.match(" ".join(words(question.text)))
    if found is None:
        return ""
    named = ask.read(found["body"]).mentions
    if not named or named[0].start > 1:
        return ""
    fb = ask.fb
    return next((t for t in named[0].targets if t in fb.entities and fb.entities[t].kind in _BODY_KINDS), "")


def _answers_of_body(ask: Ask, answer: Answer, body: str) -> bool:
    """Whether an answer names first (in its title) somebody of a body: its
    own spokesman or member; a deal or a record on the deed names nobody."""
    fb = ask.fb
    named = [e for e in fb.entities.values() if e.kind in _PERSONS and e.name.lower() in answer.title.lower()]
    return any(e.organisation == body for e in named)


_PERSONS = frozenset({"person", "spokesperson"})


# Words that put a deed after the articles' own events ("did Herts sign with
# G4S later anyway?"), and words that ask of what is yet to come instead.
_LATER = re.compile(
    # "later" as when, not as what ("kept G4S in the frame for later deals")
    r"\b(?:later(?: on)?(?= anyway| that| in| with| after| when| too| though|$)|afterwards?|subsequently|since then|"
    r"at a later date|down the line)\b"
)
# "later" before a verb of a deed asked as done ("did they later sign?"), not of a noun ("later deals").
_LATER_DEED = re.compile(r"^(?:did|was|were|had)\b.*\blater\b")


def _put_later(asked: str) -> bool:
    """Whether a question puts what it asks after the articles' own events."""
    return bool(_LATER.search(asked) or _LATER_DEED.search(asked))


_AHEAD = re.compile(r"\b(?:will|would|could|may|might|going to|gonna|plan|plans|planning|future|still|again)\b")
# A request for a name, and words that say a person's is meant.
_ASKS_NAME = re.compile(r"\bnames?\b(?! (?:of|for) (?:the )?(?:alliance|deal|contract|company|firm|study|report))")
_PERSON_WORDS = frozenset(
    """who whom spokesman spokeswoman spokesperson commissioner commissioners pcc pccs constable constables chief
    chiefs boss ceo secretary head person guy bloke man woman he she rep officer officers leader chair""".split()
)


# Quote marks round no words ("", "...", or what was a mention before it was
# read out), opened after a space or the start and closed before a space,
# punctuation or the end, as confirm reads a quotation.
_EMPTY_QUOTATION = re.compile(r"(?:^|(?<=[\s(:,;]))[\"“‘'][^\w\"“”‘’']*[\"”’'](?=[\s.,;:?!)\-]|$)")


def check(ask: Ask, question: Question, answer: Answer) -> Answer:
    """The answer, or a decline when the record it shows lacks what is asked."""
    if answer.status is not Status.USAGE:
        # A premise the articles deny is corrected, neither declined nor answered.
        denied = _denied_premise(ask, question)
        if denied is not None:
            return denied
    if answer.status not in (Status.OK, Status.AMBIGUOUS):
        return answer
    reading = ask.read(question.body)
    if _EMPTY_QUOTATION.search(ask.query):
        # 'did Lloyd say "@everyone"?': quote marks round no words (a mention
        # is read out of a message) put nothing in anybody's mouth to confirm.
        who = next((e.name for m in reading.mentions for t in m.targets if (e := ask.fb.entities.get(t))), "anybody")
        lacking = f"They don't have {who} saying that: the quote marks hold no words."
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    offered = bool(({"or", "either"} | VERSUS) & set(words(question.text)))  # "london or paris?": a choice
    # A claim put for checking has its places checked by the confirm form
    # itself ("Derbyshire was one of the three?" is corrected with the three).
    checked = question.form is Form.CONFIRM
    if reading.places and not offered and not checked and not any(says_where(ask, u) for u in reading.units):
        # "which forces in the West Midlands turned G4S down?": a place no
        # article covers, whatever form asks of it.
        return not_found(ask.fb, ask.echoed, reading.mentions, places=reading.places)
    holder = _unknown_holder(reading, words(question.text))
    if holder:
        # "police federation view on the herts deal": whose view is asked is
        # somebody the articles never mention; nobody else's view answers it.
        return not_found(ask.fb, ask.echoed, reading.mentions, unknown=[holder])
    stranger = _unnamed_person(ask, reading, words(question.body))
    if stranger:
        # "did Tom Smith from G4S say...": somebody the articles never name is
        # not whoever of that body they do.
        lacking = f"They name nobody called {echo(stranger, 40)}."
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    if answer.status is not Status.OK:
        return answer
    unmatched = _unmatched(ask, question, reading, answer)
    if unmatched:
        # "what did herts unison say?": Unison is only in the other story;
        # its words there are no answer about Herts.
        lacking = f"What they give is from another story than {echo(unmatched, 40)}'s."
        return not_found(ask.fb, ask.echoed, reading.mentions, lacking=lacking)
    asked = " ".join(words(ask.query))
    lead = next((t for t in (shown_text(ask.fb, i) for i in answer.ids) if t), "")
    lacking = ""
    checking = question.form in _CHECKING or answer.title.startswith(VERDICT_WORDS)
    if checking and _judged(words(question.text)):
        # Whether it was right is the asker's to judge; what they give is what was done and why.
        lacking = f"They say what was done and the reasons given, not whether it was right: {lead}"
    elif checking and _put_later(asked) and not _AHEAD.search(asked) and not _said_asked(question):
        # A deed put after the story's end is not settled by what the story
        # says up to it, yes (a record near the words) or no (the deal ended).
        lacking = f"They end before that; what they say is: {lead}"
    # What somebody said is asked of their words ("X's line on how much could
    # end up outsourced"), which the articles hold, whenever it speaks of.
    afterwards = (
        _AFTERWARDS.search(asked) and not _SAID_OR_HELD & set(asked.split()) and question.form is not Form.WHAT_SAID
    )
    if lacking:
        pass
    elif lead and afterwards and PLANNED.search(lead.lower()):
        lacking = f"They end before that; what they say is what was planned: {lead}"
    elif lead and _AFTERWARDS.search(asked) and _ANOTHER_PARTY.search(asked) and not _said_asked(question):
        # "did Herts end up signing with one of the other providers?": what
        # became of the deal with G4S says nothing of a deal with anybody else.
        lacking = f"They end before that; what they say is: {lead}"
    elif _CONTENTS.search(asked) and not _GIVES_CONTENTS.search(lead.lower()):
        lacking = "They say it was made, but not what it said."
    elif (
        (
            (_MONEY.search(asked) and question.form in _ASKING_WHAT)
            or (_MONEY_CLAIMED.search(asked) and question.form in _CHECKING)
        )
        and not _CAUSE.search(" ".join(words(question.text)))
        and not slots.gives_amount(_shown(answer))
    ):
        # "the study came up with some savings figure, what was it?": only an amount answers.
        lacking = "They give no amount or figure for it."
    elif _NAMED_LATER.search(asked) and not _NAMED_LATER.search(lead.lower()):
        # "what will the alliance be called?": what it is called now names
        # nothing it is yet to be called.
        lacking = "They give no name it is to have."
    elif _asks_persons_name(asked) and not _names_person(ask, answer):
        lacking = "They give no name for them."
    elif (other := _other_kind_asked(question.text)) and not _names_other(ask, reading, answer, other):
        # "which other providers is he talking to, by name?": the party already
        # known is no other, and "other providers" is no name.
        lacking = f"They name no other {other}."
    elif _asks_what_words_mean(ask.query, lead):
        # "what exactly was the 'unique position' Lloyd meant?": the record
        # that uses the words is no account of what they stand for.
        lacking = "They use those words but do not say what they stand for."
    elif _lacks_time_asked(_time_asked(ask, question), _shown(answer)):
        # "3 november of what year?", "on what exact date last year...?": a
        # time more precise than any the answer gives is not given by it.
        lacking = "They give no such date: only what they say of it."
    if not lacking and (person := _past_asked(ask, reading, asked)) and not _PAST_TOLD.search(lead.lower()):
        # "what did Loader do before he became commissioner?": they give his
        # role in the story, not his past; the record on what he did there is no answer.
        entity = ask.fb.entities[person]
        lacking = f"They give only {entity.name}'s part in the story: {entity.role}."
    if not lacking and (own := _own_doing_asked(ask, reading, asked)) and not _party_of(ask, answer, own):
        # "what had Lincolnshire Police itself outsourced?": a record naming it
        # only as the route of another's deal says nothing of its own doing.
        entity = ask.fb.entities[own]
        lacking = f"They name {entity.name} only as {entity.role[:1].lower()}{entity.role[1:]}."
    if not lacking and (body := _of_body_asked(ask, question)) and not _answers_of_body(ask, answer, body):
        # "who at G4S led the talks?": somebody of another body is no answer,
        # whoever the record on the talks names.
        lacking = f"They name nobody of {ask.fb.entities[body].name} who did that. What they say is: {lead}"
    if not lacking and _lacks_length_asked(" ".join(words(question.text)), _shown(answer)):
        # "for how many months had they been negotiating?": no record that
        # gives no length of time answers how long.
        lacking = "They give no length of time for it."
    if not lacking and question.form in _CHECKING and not answer.title.startswith(_CORRECTIONS):
        claimed = _length_claimed(" ".join(words(question.text)))
        if claimed and not _lengths(claimed) & _lengths(" ".join(words(_shown(answer)))):
            # "was the contract meant to last 5 years?": a length the record
            # does not give ("last year" is when, not how long) is not borne out.
            lacking = f"They give no length of time for it, {claimed} or any other."
    if not lacking:
        return answer
    return not_found(ask.fb, ask.echoed, ask.read(ask.query).mentions, lacking=lacking)


# Forms whose question takes its clause for granted: "why did Bedfordshire
# sign?" and "when did Unison back it?" presuppose that it happened.
_PRESUPPOSING = frozenset({Form.WHY, Form.WHEN})
_NEGATORS = frozenset("not never t didnt doesnt wasnt werent hasnt".split())
# A why-question's body that opens so is no claim ("why not ...", "why is it that ...").
_NOT_A_CLAIM = frozenset("not is it that there".split())


def _denied_premise(ask: Ask, question: Question) -> Answer | None:
    """The correction of a why- or when-question whose clause is a deal's
    coming off (or its ending) that the deal's status denies: "why did
    Bedfordshire sign the deal in the end?" is answered that nobody signed.
    Only the deal's status judges it, as for "did Bedfordshire sign?"; a
    clause on anything else, or on both stories, stays declined."""
    if question.form not in _PRESUPPOSING:
        return None
    rest = question.text.partition(" ")[2]
    if rest.split()[:1] == [] or rest.split()[0] not in AUX:
        # "how come the forces agreed the deal?": a why-question's clause put
        # as a statement is its body, when that opens as a claim would and
        # holds a deed ("herts g4s why" claims nothing).
        opening = question.body.split()[:1]
        if question.form is not Form.WHY or not opening or opening[0] in _NOT_A_CLAIM:
            return None
        if not ask.read(question.body).predicate:
            return None
        rest = question.body
    # Only a clause of its own ("why did X sign", not "herts g4s why"), put
    # positively: "why didn't they go with G4S?" takes for granted what is so.
    if _NEGATORS & set(rest.split()):
        return None
    if PLANNED.search(rest):
        return None  # "when were the functions due to be privatised?": the plan, which there was
    clause = Question(rest, Form.YES_NO, question.body)
    found = outcome(ask, clause, ask.read(question.body))
    if found is None or not found.title.startswith("No:"):
        return None
    note = "The question takes for granted what the articles do not bear out."
    return replace(found, body=f"{note}\n\n{found.body}")


# A name a thing is yet to have: "what will the alliance be called?".
_NAMED_LATER = re.compile(
    r"\b(?:will|would|shall|going to|gonna) (?:\w+ ){0,5}?(?:be )?(?:called|named|known as|titled|branded)\b"
)


# A question asking how long something lasted or took, in so many words.
_ASKS_LENGTH = re.compile(
    r"\bhow (?:many|much) (?P<unit>days?|weeks?|months?|years?|time)\b|\bhow long\b(?! (?:is|was|were) (?:the|a|it)\b)"
)
_LENGTH_UNITS = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\b")


# A length of time claimed: "5 years", "ten months".
_LENGTH_CLAIMED = re.compile(
    r"\b(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r") (?P<unit>year|month|week|day)s?\b"
)


def _length_claimed(text: str) -> str:
    """The first length of time a claim puts ("last 5 years"), else ""."""
    found = _LENGTH_CLAIMED.search(text)
    return found[0] if found else ""


def _lengths(text: str) -> set[tuple[int, str]]:
    """The lengths of time a text gives, as a number and a unit, so that
    "3 years" and "three years" are one length."""
    return {
        (int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]], m["unit"]) for m in _LENGTH_CLAIMED.finditer(text)
    }


def _lacks_length_asked(asked: str, shown: str) -> bool:
    """Whether a question asks how long something lasted and what the answer
    shows gives no number, nor any length of time ("last night" is when, not how long)."""
    if not _ASKS_LENGTH.search(asked):
        return False
    said = words(shown)
    counted = any(w.isdigit() or w in NUMBER_WORDS for w in said)
    spans = [i for i, w in enumerate(said) if _LENGTH_UNITS.fullmatch(w)]
    # "last year", "next month" place a thing in time; a length has a number or "a" before its unit.
    lengths = [i for i in spans if i and said[i - 1] not in ("last", "next", "this", "that", "early", "late")]
    return not counted and not lengths


# Words for what somebody thinks or says of a thing ("the federation's view", "union reaction").
# Nouns only: a verb ("my notes say") may be the asker's own source speaking,
# and "position" is as often a place ("the unique position").
_VIEW_WORDS = frozenset("view views reaction reactions response stance opinion opinions take thoughts".split())
_ASKERS = frozenset("my our your".split())  # "my notes' take": the asker's own, not somebody in the story


def _unknown_holder(reading: Reading, asked: list[str]) -> str:
    """A word the articles never use, standing as whose view or words are
    asked ("federation view", "what did the federation say"), else ""."""
    unknown = set(reading.unknown_words)
    if not unknown:
        return ""
    for at, word in enumerate(asked):
        if word not in _VIEW_WORDS:
            continue
        before = at - 1
        while before >= 0 and asked[before] in ("s", "the", "their", "its"):
            before -= 1  # "the federation's view"
        owner = asked[before - 1] if before > 0 else ""
        if before >= 0 and asked[before] in unknown and asked[before].isalpha() and owner not in _ASKERS:
            return asked[before]
    return ""


def _unnamed_person(ask: Ask, reading: Reading, body: list[str]) -> str:
    """A person's name the articles never use, if a question gives one: two
    or more unknown words in a row, written with capitals, or put after an
    office ("G4S boss Nick Buckles") or before a body they are of ("Sarah
    Jones from Unison"); else ""."""
    typed = re.findall(r"[A-Za-z][A-Za-z-]*", ask.query)
    capitalised = {w.lower() for w in typed[1:] if w[0].isupper() and not w.isupper()}
    units = reading.units
    at = 0
    while at < len(units):
        end = at
        while end < len(units) and units[end].mention is None and not units[end].known and units[end].word.isalpha():
            end += 1
        if end - at >= _NAME_WORDS:
            run = [u.word for u in units[at:end]]
            before = units[at - 1] if at else None
            after = units[end] if end < len(units) else None
            if (
                sum(w in capitalised for w in run) >= _NAME_WORDS
                or (before is not None and before.mention is None and set(words(before.word)) & _OFFICES)
                or (after is not None and after.mention is not None and not after.mention.place and _of(body, run))
            ):
                return " ".join(run)
        at = max(end, at + 1)
    return ""


def _of(body: list[str], run: list[str]) -> bool:
    """Whether a run of words is followed by "from", "of" or "at" in a body ("Sarah Jones from ...")."""
    n = len(run)
    return any(
        body[i : i + n] == run and body[i + n : i + n + 1] in (["from"], ["of"], ["at"]) for i in range(len(body))
    )


_NAME_WORDS = 2  # unknown words in a row that may be somebody's name
# Offices a name may follow ("spokeswoman Jane Doe").
_OFFICES = frozenset(
    """spokesman spokeswoman spokesperson commissioner pcc constable chief boss ceo executive exec secretary chair
    chairman chairwoman leader director head minister""".split()
)


# Words that put names side by side, as a pair, a choice or a comparison:
# asked of each, not of one story.
_SIDE_BY_SIDE = JOINING | {"compare", "compared", "than"}
_CORRECTIONS = ("No", "Not quite")
# Entities named by a description ("the chief constables"), not by a proper name.
_DESCRIBED = frozenset({"group"})


def _unmatched(ask: Ask, question: Question, reading: Reading, answer: Answer) -> str:
    """A name of the question (a force, person or deal of one story) that the
    story the answer comes from does not have; else "". A correction ("No:
    it was X who said it") may show the other story: that is its point. A
    "Yes" may not: the other story never bears out a claim about this one
    ("did Unison welcome the Herts decision?" against Unison's welcome of
    the East Midlands one)."""
    if answer.title.startswith(_CORRECTIONS) or _SIDE_BY_SIDE & set(words(question.text)):
        return ""
    fb, qi = ask.fb, ask.qi
    cited = {d for i in answer.ids for d in ((i,) if i in fb.deals else qi.items[i].deals if i in qi.items else ())}
    if not cited:
        return ""
    confirmed = answer.title.startswith("Yes")
    for mention in reading.mentions:
        if mention.place:
            continue
        if confirmed and all(t in fb.entities and fb.entities[t].kind in _DESCRIBED for t in mention.targets):
            # "the chief constables" describes the East Midlands chief officers as well as
            # the Herts ones it is the name of: only a proper name pins a claim to a story.
            continue
        theirs = graph.deals_named(fb, mention.targets)
        if theirs and not theirs & cited:
            return mention.name
    return ""


# Words asking for others than the parties known ("which other firms",
# "which companies besides G4S", "what providers apart from G4S").
_OTHER_THAN = re.compile(r"\b(?:other|else|besides|apart from|aside from|except|other than|as well as)\b")
_KIND_REACH = 3  # words after "which"/"what" in which the kind asked for is named ("which other market providers")


def _other_kind_asked(text: str) -> str:
    """The kind of body a question asks for, others than those known
    ("which other market providers", "which firms besides G4S"): the
    kind's noun as asked, else ""."""
    found = words(text)
    if found[:1] not in _LISTING or not _OTHER_THAN.search(" ".join(found)):
        return ""
    # "the" and "other" open the kind's noun phrase ("name the other market providers"): no word of it.
    for word in [w for w in found[1:] if w not in ("the", "other")][:_KIND_REACH]:
        if slots.entity_kind([word]):
            return word
        if word in STOPWORDS:
            return ""
    return ""


# Openings that ask for bodies by name: "which other...", and the bidding
# "name the other providers", "list the other firms".
_LISTING = (["which"], ["what"], ["name"], ["list"])


def _names_other(ask: Ask, reading: Reading, answer: Answer, noun: str) -> bool:
    """Whether what an answer shows first names a body of the kind asked
    that is no party already known."""
    fb = ask.fb
    kind = slots.entity_kind([noun])
    known = {t for m in reading.mentions for t in m.targets}
    known |= {p for t in tuple(known) if (d := fb.deals.get(t)) for p in (*d.companies, *d.forces)}
    if not any(e.kind == kind for t in known if (e := fb.entities.get(t))):
        # "which other providers is he talking to?": with none of the kind
        # named, "other" is than the deals' own (G4S). With one named
        # ("apart from leicestershire"), "other" is than that one only: the
        # forces beside it in its deal are others.
        known |= {p for d in fb.deals.values() for p in (*d.companies, *d.forces)}
    shown = f" {' '.join(words(_shown(answer)))} "
    return any(
        f" {' '.join(words(name))} " in shown
        for e in fb.entities.values()
        if e.kind == kind and e.id not in known
        for name in (e.name, *e.aliases)
    )


def _asks_persons_name(asked: str) -> bool:
    return bool(_ASKS_NAME.search(asked)) and bool(_PERSON_WORDS & set(asked.split()))


def _names_person(ask: Ask, answer: Answer) -> bool:
    """Whether what the answer shows first names a person the articles name."""
    shown = f" {' '.join(words(_shown(answer)))} "
    # By any name the articles give them ("Lloyd", "Councillor Lloyd").
    return any(
        f" {' '.join(words(name))} " in shown
        for e in ask.fb.entities.values()
        if e.kind == "person"
        for name in (e.name, *e.aliases)
    )


def _shown(answer: Answer) -> str:
    """What a reader takes as the answer: its title and its lead, up to a runner-up."""
    return f"{answer.title}\n{answer.body.split(RUNNER_UP, 1)[0]}"


# Forms that ask for a thing, which an amount may be; a yes/no or a why
# ("was it down to cost?") asks of a cause, not for a figure.
_ASKING_WHAT = frozenset({Form.WHAT, Form.WHAT_IS, Form.WHO_IS, Form.KEYWORDS, Form.STATUS, Form.NEXT, Form.SERVICES})
# Forms that check a claim: one on an amount ("the herts contract's value?",
# "was it worth £10m?") is settled only by a record that gives an amount.
_CHECKING = frozenset({Form.YES_NO, Form.CONFIRM})
# Words asking for a cause, in which "cost" is one ("what reason did he give, cost?").
# So do words putting something down to a cause ("did Lloyd put it down to cost?", "was cost a factor?").
_CAUSE = re.compile(
    r"\b(?:why|reasons?|because|cause[sd]?|excuse|explanation|down to|due to|blam(?:e|ed|ing)|"
    r"attribut(?:e|ed|ing)|factors?|part in)\b"
)
# Words asking for an amount of money ("what was it worth", "a savings figure").
_MONEY = re.compile(
    r"\b(?:cost|costs|costing|worth|value|valued|price|priced|salary|salaries|budget|fee|fees|savings|"
    r"figure|figures|how much(?! of)|pounds|millions?|billions?|£\w*)"
)
# Of those, the ones a claim puts as an amount: "the quoted figure Sir Clive" is a person.
_MONEY_CLAIMED = re.compile(_MONEY.pattern.replace("figure|figures|", ""))


_MONTH = rf"(?:{MONTH})"
# A question asking for a year, a date or a month, in so many words.
_ASKS_YEAR = re.compile(r"\b(?:what|which) year\b")
# A date is given by a year ("by what date could it be in place?": "by 2020"), unless a day is asked.
_ASKS_DATE = re.compile(r"\b(?:what|which) (?:date|day)\b")
_ASKS_DAY = re.compile(r"\b(?:exact|precise|actual) (?:date|day)\b|\b(?:what|which) day\b")
_ASKS_MONTH = re.compile(r"\b(?:what|which) month\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\b|\b{_MONTH} \d{{1,2}}\b")
_A_MONTH = re.compile(rf"\b{_MONTH}\b")


def _time_asked(ask: Ask, question: Question) -> str:
    """The words in which a question asks for a time: its own; or, where
    reading put its question word first ("3 November, what year?" read as
    "what 3 November year"), the message's own words for the time it names."""
    asked = " ".join(words(question.text))
    typed = _ASKED_TIME_WORD.search(" ".join(words(ask.query)))
    if _ASKED_TIME_WORD.search(asked) or typed is None or typed["unit"] not in asked.split():
        return asked
    return f"{asked} {typed[0]}"


# "what year", "which month": how a message asks for a time, wherever its question word was moved to.
_ASKED_TIME_WORD = re.compile(r"\b(?:what|which) (?P<unit>year|month|date|day)\b")


def _lacks_time_asked(asked: str, shown: str) -> bool:
    """Whether a question asks for a year, a date or a month that what the
    answer shows does not give."""
    shown = shown.lower()
    return bool(
        (_ASKS_YEAR.search(asked) and not _YEAR.search(shown))
        or (_ASKS_DATE.search(asked) and not (_DATE.search(shown) or _YEAR.search(shown)))
        or (_ASKS_DAY.search(asked) and not _DATE.search(shown))
        or (_ASKS_MONTH.search(asked) and not _A_MONTH.search(shown))
    )


# A question asking what words it quotes ('unique position') stand for: what
# something is or makes it so, what was meant by it.
_WHAT_IT_IS = re.compile(
    r"\bwhat (?:exactly|specifically|precisely) (?:is|was|makes|made)\b|\bmean(?:t)? by\b|\bmeant$"
)
# Words after a phrase that go on to say what it is ("my clear position is that
# ...", "disappointed that a deal had not been agreed").
_GOES_ON = frozenset("is was are were that about because over means meant".split())


def _asks_what_words_mean(query: str, lead: str) -> bool:
    """Whether a question asks what words it quotes stand for ("what
    specifically makes their position 'unique'?") and the answer's lead only
    uses those words, saying nothing of what they are."""
    quoted = [q for q in slots.quoted_spans(query) if len(words(q)) <= _QUOTED_WORDS]
    if not quoted or not lead:
        return False
    rest = " ".join(words(slots.QUOTED.sub(" ", query)))
    if not _WHAT_IT_IS.search(rest) or "meant to" in rest:
        return False  # "what is the 'alliance' meant to do?" asks its purpose, which a record may give
    shown = words(lead)
    for phrase in (words(q) for q in quoted):
        at = [i for i in range(len(shown)) if shown[i : i + len(phrase)] == phrase]
        if at and not any(
            shown[i + len(phrase) : i + len(phrase) + 1] and shown[i + len(phrase)] in _GOES_ON for i in at
        ):
            return True
    return False


_QUOTED_WORDS = 3  # a phrase of somebody's words, not a whole quotation put for checking
