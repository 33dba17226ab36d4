"""Who somebody is, what something is, and who did something.

WHO_IS and WHAT_IS look the body up as a name, or as a description of one
entity ("the G4S spokesman"); when it is neither ("who was disappointed?")
the question is handed on, as WHO or WHAT, to be answered from records.
Asked for a name the articles do not give (a spokesman, a group), the
answer says so instead of offering a record that shares the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask import slots
from commands.ask.compose import combine
from commands.ask.forms import general
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import KNOWN_MIN, PAIRING, Ask, from_records
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Only, Scored, entities, rank
from commands.ask.reading import Reading, is_party
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.verdict import COMMON, settles, unreal
from commands.format import and_list, citations, echo
from knowledge import FactBase
from knowledge.analysis import stem
from knowledge.analysis import words as analysed_words

ENTITY_MIN = 0.75  # "who is" by description: an entity must fit this well...
ENTITY_MARGIN = 0.1  # ...and this much better than the next

# How somebody or something figures in a story: not a place, not a name.
_ROLE = re.compile(
    r"^(?:where (?:does|do|did|is|was) (?P<a>.+?) (?:come|comes|came|fit|fits|figure|figures|feature|features)"
    r"(?: in| into| in to)?"
    r"|what (?:role|part) (?:does|do|did|has|had|is|was) (?P<b>.+?) (?:play|played|playing|have|had)(?: in)?"
    r"|how (?:is|was|are|were) (?P<c>.+?) (?:involved|connected|linked|related)(?: in| with| to)?"
    r"|what (?:does|do|did|has|have) (?P<d>.+?) (?:have|has|got) to do with)\b(?P<rest>.*)$"
)
# A request for a name, which only a named person or thing can answer.
_NAME = re.compile(
    r"^(?:(?:what (?:is|was|are|were) )?(?:the )?(?:full |first |last )?names? (?:of|for) (?P<a>.+)"
    r"|what (?:is|was|are|were) (?P<b>.+?) s (?:full |first |last )?names?"
    r"|what (?:is|was|are|were) (?P<c>.+?) called"
    r"|who (?:is|was|are|were) (?P<d>.+?) by name"
    r"|(?:is|was|are|were) (?P<e>.+?) (?:named|identified)"
    r"|(?:does|do|did) (?:the |either |each |this |that )?(?:articles?|story|stories|piece|text|bbc|report) "
    r"(?:name|identify|give the names? of|say who) (?P<g>.+)"
    r"|(?P<f>.+?) s? ?(?:full )?names?)$"
)
_IS = re.compile(r"^(?P<first>who|what) (?:is|was|are|were) (?P<rest>.+)$")
# "what kind of company is G4S", "what's Lloyd's job title": what G4S is, who Lloyd is.
# The words after a role question ("..., according to the report on the
# deal", "in the story") say where it is asked, not what.
_WHERE_ASKED = r"(?: (?:according|in|on|from|at|for|within) .*)?$"
# "What did the union's man say they would do", "what does Lloyd say all this
# means": a verb of saying before the verb asked of asks for their words.
_NOT_SAID = r"(?!(?:\w+ )*?(?:say|says|said|reckon|reckons|think|thinks|claim|claims) )"
_ROLE_NOUN = r"(?:job(?: title)?|role|title|position|post|job role|office|work|line of work|occupation|profession)"
_KIND_OF = re.compile(
    r"^what (?:kind|sort|type) of (?:\w+ ){0,2}?(?:is|was|are|were) (?P<rest>.+)$"
    # "... what kind of company it is": the same, in a statement's order.
    r"|^what (?:kind|sort|type) of \w+ (?P<stated>(?:\w+ ){0,3}?\w+) (?:is|was|are|were)$"
    r"|^what (?:does|do|did) " + _NOT_SAID + r"(?P<doer>.+?) do(?: for a living)?$"
    # "Lloyd's position on outsourcing" is his stance, not his post.
    # "what are Lloyd's jobs" of a pair, asked of each: each one's job.
    r"|^what (?:is|was|are|were) (?P<holder>.+?)(?: s|(?<=s)) (?!positions? (?:on|about|regarding|over|towards?)\b)"
    r"(?:actual |official |exact |proper |full |current )?"
    + _ROLE_NOUN
    + r"s?"
    + _WHERE_ASKED
    + r"|^what (?:is|was) the (?:actual |official |exact |proper |full |current )?"
    + _ROLE_NOUN
    + r" of (?P<held>.+?)"
    + _WHERE_ASKED
    + r"|"
    # "who does Shaw work for?", "which organisation does Hanrahan belong
    # to?", "who employs him?": the body somebody is part of, which what
    # they are says.
    r"^(?:who|whom|(?:what|which) (?:organi[sz]ation|body|outfit|employer|lot|side))"
    r" (?:does|do|did) (?P<member>.+?) "
    r"(?:work for|work at|belong to|represent|speak for)" + _WHERE_ASKED + r"|"
    r"^who (?:employs|employed|pays|paid) (?P<employed>.+?)" + _WHERE_ASKED + r"|"
    r"^what (?:job|role|position|office|title) (?:does|did|do|has|had) (?P<worker>.+?) "
    r"(?:do|have|hold|held|play|played|has)" + _WHERE_ASKED + r"|"
    r"^(?P<owner>.+?) s (?:actual |official |exact |proper |full |current )?" + _ROLE_NOUN + r"$"
    # "what's chris hanrahan job": the possessive dropped, as chat and
    # learners of English drop it, before a name's role noun at the end.
    r"|^what (?:is|was) (?!(?:the|a|an|his|her|their|its|this|that|your|my|our) )"
    r"(?P<unmarked>(?:\w+ ){1,3}?)(?:job(?: title)?|role|title|occupation|profession)$"
    # "How is G4S described in the Herts article?": what the articles call it.
    r"|^how (?:is|was|are|were) (?P<described>.+?) (?:described|characterised|characterized|portrayed|referred to|"
    r"called|labelled|labeled|introduced|identified)(?: as)?"
    + _WHERE_ASKED
    # "How does the Herts article describe G4S?": the same, said of the article.
    + r"|^(?:how|what) (?:does|do|did) (?:the |this |that |either |each )?(?:\w+ ){0,2}?"
    r"(?:articles?|story|stories|piece|report|bbc|reporter|journalist|writer) "
    r"(?:describe|characterise|characterize|portray|refer to|call|label|introduce|present) (?P<told>.+?)"
    r"(?: as)?" + _WHERE_ASKED
)
_DESCRIBED_AS = re.compile(
    r" (?:described|characterised|characterized|portrayed|referred to|called|labelled|labeled|introduced)(?: as)?"
    + _WHERE_ASKED
)
# "... here", "... in the article": where a meaning is asked, not of what.
_WHERE_ASKED_HERE = r"(?: here| there| in (?:this|the|that) (?:\w+ )?(?:article|story|piece|context|report))?"
EXPANSION = "expansion"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_NO_NAME = "They give no name for that."


# "What does ICT stand for?": the words an abbreviation is short for.
_STANDS = re.compile(
    r"^what (?:does|do|did|is|s) (?:the )?(?P<short>\w+) (?:stand for|short for|an abbreviation (?:for|of))\b"
)
# "What does 'strategic alliance' mean?", "what is meant by X": what X is.
# "What did Lloyd say all this means" asks for his words, not a definition.
_MEANS = re.compile(
    r"^(?:what (?:does|do|did) " + _NOT_SAID + r"(?P<a>.+?) "
    r"(?:mean|means)|what (?:is|s|was) meant by (?P<b>.+?)"
    r"|what means (?P<c>.+?)|what (?:is|s) the meaning of (?P<d>.+?))" + _WHERE_ASKED_HERE + r"$"
)


# "what's the alliance for?": its purpose.
_FOR = re.compile(r"^what (?:is|s|was|are|were) (?P<thing>(?:the |this |that |their |its )?\w+(?: \w+){0,3}?) for$")


def _read_naming(line: str, contrast: bool) -> Question | None:
    if m := _STANDS.match(line):
        return Question(line, Form.WHAT_IS, m["short"], slot=EXPANSION)
    if m := _FOR.match(line):
        return Question(line, Form.WHAT_IS, body(f"the purpose of {m['thing']}"))
    if m := _MEANS.match(line):
        return Question(line, Form.WHAT_IS, body(next(g for g in (m["a"], m["b"], m["c"], m["d"]) if g)))
    if m := _KIND_OF.match(line):
        groups = (
            "rest",
            "stated",
            "doer",
            "holder",
            "held",
            "member",
            "employed",
            "worker",
            "owner",
            "unmarked",
            "described",
            "told",
        )
        named = next((m[g] for g in groups if m[g]), "")
        # "what sort of company is G4S described as in the Herts story": how
        # and where it is described asks what it is.
        return Question(line, Form.WHAT_IS, body(_DESCRIBED_AS.sub("", named) or named))
    if m := _ROLE.match(line):
        subject = next(g for g in (m["a"], m["b"], m["c"], m["d"]) if g is not None)
        return Question(line, Form.WHAT, body(f"{subject} {body(m['rest'])}"), role=body(subject))
    if m := _NAME.match(line):
        named = next(g for g in (m["a"], m["b"], m["c"], m["d"], m["e"], m["g"], m["f"]) if g is not None)
        return Question(line, Form.WHO_IS, body(named), asks_name=True)
    return None


def _read_is(line: str, contrast: bool) -> Question | None:
    if m := _IS.match(line):
        return Question(line, Form.WHO_IS if m["first"] == "who" else Form.WHAT_IS, body(m["rest"]))
    return None


def _read_who(line: str, contrast: bool) -> Question | None:
    first = line.split(" ", 1)[0]
    # "whose recommendations did Lloyd follow?": who, by what was theirs.
    return Question(line, Form.WHO, body(line[len(first) :])) if first in ("who", "whose") else None


def _who_is(ask: Ask, question: Question) -> Answer | Question:
    if question.slot == EXPANSION:
        return _expansion(ask, question)
    # "who's the G4S guy quoted?": being quoted or named says where, not who.
    question = replace(question, body=_IN_STORY.sub("", question.body) or question.body)
    other = _other_holder(ask, question) or _spoke_for(ask, question)
    if other is not None:
        return other
    if question.form is Form.WHO_IS and _stranded(ask, question.body):
        # "who was Lloyd taking advice from": not who Lloyd is.
        return replace(question, form=Form.WHO)
    reading = ask.read(question.body)
    each = _each_named(ask, question, reading)
    if each is not None:
        return each
    found = _entity(ask, question, reading)
    if found is not None:
        return found
    # Not a name after all ("who was disappointed?"): a question like any
    # other, read for the topic its words name ("what were they thinking of
    # handing over, service-wise?").
    if question.form is Form.WHO_IS:
        return replace(question, form=Form.WHO)
    return general.read_any(question.text)


def _each_named(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """ "Lloyd and Loader, who are they", "herts pcc vs leics pcc names": a
    body of nothing but names joined as a pair asks who each is."""
    units = reading.units
    if len(units) < 2 or any(u.mention is None or len(u.mention.targets) != 1 for u in units):
        return None
    targets = list(dict.fromkeys(t for u in units if u.mention is not None for t in u.mention.targets))
    if len(targets) < 2 or not all(t in ask.fb.entities for t in targets):
        return None
    if PAIRING.isdisjoint(analysed_words(question.body)):
        return None
    answers = [render_answer(ask.fb, ask.qi, ask.query, question, Shown(t)) for t in targets]
    both = combine(ask, answers, [True] * len(answers))
    return replace(both, title=and_list([a.title for a in answers]))


# Words of an office, whose other holders a question may ask for.
_OFFICE_WORDS = frozenset(
    "pcc commissioner chief constable secretary spokesman spokesperson spokeswoman head boss leader chair job role "
    "post office position".split()
)
# Another holder of an office than somebody named: before or after them.
_OTHER_HOLDER = re.compile(
    r"\b(?:before|after|prior to|ahead of|instead of|in place of|replaced|replacing|succeeded|preceded)\b"
)
_IN_STORY = re.compile(
    r"\s+(?:quoted|named|mentioned|featured|cited|involved)"
    r"(?: (?:in|by) (?:the |this |that )?(?:articles?|story|stories|piece|bbc))?$"
    r"|\s+in (?:the |this |that )?(?:articles?|story|stories|piece)$"
)
# Words for a person, whoever they are: "the G4S guy" is somebody at G4S.
_PERSON_NOUNS = frozenset("guy bloke man woman person fella chap lady geezer dude".split())


def _member(ask: Ask, question: Question, organisation: str) -> Answer | None:
    """ "Who's the G4S guy?": the one person the articles name at an organisation."""
    fb = ask.fb
    people = [m for m in fb.members.get(organisation, ()) if fb.entities[m].kind in ("person", "spokesperson")]
    if len(people) > 1:
        # One named person beats unnamed spokesmen, as in `clear_best`.
        people = [m for m in people if _has_name(fb, m) and fb.entities[m].kind == "person"]
    if len(people) != 1:
        return None
    return render_answer(fb, ask.qi, ask.query, question, Shown(people[0]))


def _entity(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """A person, organisation or deal, when the body names or describes one.

    Asked who somebody is by a description ("the Northamptonshire PCC"), or
    asked for a name, an entity the articles leave unnamed (a group, a
    spokesman) does not answer: the answer says the name is not given.
    """
    fb, qi = ask.fb, ask.qi
    mention = reading.units[0].mention if len(reading.units) == 1 else None
    if mention is not None and not mention.place and len(mention.targets) == 1:
        target = mention.targets[0]
        if set(question.text.split()) & _PERSON_NOUNS and fb.members.get(target):
            member = _member(ask, question, target)
            if member is not None:
                return member
        if question.asks_name and not _has_name(fb, target):
            return _no_name(ask, question, target)
        return render_answer(fb, qi, ask.query, question, Shown(target))
    if not reading.units or reading.known_share < KNOWN_MIN or reading.places:
        return not_found(fb, ask.echoed, reading.mentions, lacking=_NO_NAME) if question.asks_name else None
    ranked = rank(qi, question, reading, entities)
    # "what is the security company called?": a company, whatever else the
    # words fit (the Olympics G4S failed at).
    said = analysed_words(question.body)
    # "the union guy", "the G4S spokesman": a person, whose body the kind names.
    person = any(w in _PERSON_NOUNS or stem(w) in slots.OFFICES for w in said)
    kinds = set() if person else {_KIND_NOUNS[w] for w in said if w in _KIND_NOUNS}
    of_kind = [s for s in ranked if s.item.id in fb.entities and fb.entities[s.item.id].kind in kinds]
    best = clear_best(of_kind or ranked, fb)
    # "Who is the Northamptonshire PCC?" fits the three forces' PCCs best:
    # a group, which does not say who one of them is.
    one_of_many = best is not None and question.form is Form.WHO_IS and _is_group(fb, best)
    if best is not None and (one_of_many or (question.asks_name and not _has_name(fb, best))):
        return _no_name(ask, question, best)
    if best is None and (question.asks_name or _describes_one(question)):
        # "who is the leicestershire chief constable?": an office nobody in
        # the articles is said to hold; a record that shares its words is no name.
        lacking = f"They name no one as {echo(question.body, 60)}."
        return not_found(fb, ask.echoed, reading.mentions, lacking=lacking)
    return render_answer(fb, qi, ask.query, question, Shown(best)) if best else None


# Nouns that say what kind of entity a description is of.
_KIND_NOUNS = {
    **dict.fromkeys("company firm business outfit contractor supplier provider".split(), "company"),
    **dict.fromkeys("union".split(), "union"),
    **dict.fromkeys("force constabulary".split(), "police force"),
}

_INITIAL_GLUE = frozenset({"and", "of", "the", "for", "&"})


def _expansion(ask: Ask, question: Question) -> Answer:
    """ "What does PCC stand for?": words of the articles whose initials
    spell it ("Police and Crime Commissioner"); if none, they don't say."""
    fb = ask.fb
    short = question.body.lower()
    written: list[tuple[str, str]] = [
        *((q.id, q.text) for q in fb.quotes.values()),
        *((f.id, f.basis or "") for f in fb.facts.values()),
        *((e.id, e.basis or "") for e in fb.events.values()),
        *((e.id, e.basis or "") for e in fb.entities.values()),
    ]
    for record_id, text in written:
        found = _spelt_out(text, short)
        if found:
            lines = [f"**{short.upper()}**: {found}.", f"*The article:* “{text}”"]
            return Answer(
                title=f"{short.upper()}: {found}",
                body="\n".join(lines),
                citations=citations(fb, [record_id]),
                ids=(record_id,),
            )
    lacking = f"They never spell out {echo(short.upper(), 20)}."
    return not_found(fb, ask.echoed, (), lacking=lacking)


def _spelt_out(text: str, short: str) -> str:
    """Words of a text whose initials, glue words aside, are `short`."""
    if len(short) < 2 or not short.isalpha():
        return ""
    typed = text.replace("’", "'").split()
    plain = [w.strip(",.;:!?\"'()“”‘’").lower() for w in typed]
    for start in range(len(plain)):
        at, letters = start, 0
        while at < len(plain) and letters < len(short):
            word = plain[at]
            if word in _INITIAL_GLUE and letters:
                at += 1
                continue
            # An abbreviation spells out words written with capitals.
            if not word or word[0] != short[letters] or not typed[at].lstrip("\"'(“‘")[:1].isupper():
                break
            letters += 1
            at += 1
        if letters == len(short) and len(plain[start]) > 1:
            return " ".join(w.strip(",.;:!?\"'()“”‘’") for w in typed[start:at])
    return ""


def _describes_one(question: Question) -> bool:
    """ "who is the <office>": a description of one person, not "who was
    disappointed", nor "who were the officers there to keep safe" (a clause
    of what was done, whose answer is in the records)."""
    found = question.body.split()
    if question.form is not Form.WHO_IS or not found or "to" in found[1:]:
        return False
    # "who is (the|Cambridgeshire's) chief constable?": an office, whoever's;
    # "who was the only firm in the frame?" describes no office, and the
    # records answer it.
    return any(stem(w) in slots.OFFICES for w in found)


def _has_name(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is None or not slots.unnamed(entity.kind, entity.role)


def _is_group(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is not None and slots.plural(entity.kind)


def _no_name(ask: Ask, question: Question, entity_id: str) -> Answer:
    """The articles refer to somebody without naming them: say so."""
    lacking = f"They don't name {echo(question.body, 60)}." if question.body else _NO_NAME
    return not_found(ask.fb, ask.echoed, (), lacking=lacking, entities=(entity_id,))


def clear_best(ranked: list[Scored], fb: FactBase | None = None) -> str | None:
    """The one entity a description fits, if it fits well and clearly best.

    Of several that fit as well, one named person beats groups and unnamed
    spokesmen: "the police and crime commissioner for Leicestershire" is Sir
    Clive Loader, though the three forces' PCCs as a body fit the words too.
    """
    if not ranked or ranked[0].cover < ENTITY_MIN:
        return None
    close = [s.item.id for s in ranked if ranked[0].cover - s.cover < ENTITY_MARGIN]
    if len(close) == 1:
        return close[0]
    if fb is not None:
        named = [t for t in close if _has_name(fb, t) and not _is_group(fb, t) and fb.entities[t].kind == "person"]
        if len(named) == 1:
            return named[0]
    return None


_not_a_deal = Only(kinds=("fact", "quote", "event", "entity"))


def _other_holder(ask: Ask, question: Question) -> Answer | None:
    """ "Hertfordshire's PCC before David Lloyd", "the Leics PCC after
    Loader": another holder of an office than the one named, of whom the
    articles say nothing; declined, with whom they do name."""
    other = _OTHER_HOLDER.search(question.body)
    if other is None or not set(analysed_words(question.body)) & _OFFICE_WORDS:
        return None
    named = [t for m in ask.read(question.body).mentions for t in m.targets if t in ask.fb.entities]
    people = [t for t in named if ask.fb.entities[t].kind in ("person", "spokesperson")]
    if not people:
        return None
    lacking = f"They name no one {other.group(0)} {echo(ask.fb.entities[people[0]].name, 40)}."
    return not_found(ask.fb, ask.echoed, (), lacking=lacking, entities=(people[0],))


def _who(ask: Ask, question: Question) -> Answer:
    other = _other_holder(ask, question) or _spoke_for(ask, question)
    if other is not None:
        return other
    owned = _WHOSE.match(question.text)
    if owned:
        # "whose idea was it to ...": what was somebody's is what is asked;
        # unless the articles speak of that very thing (a synonym, "plan"
        # for "idea", says nothing of whose it was), nobody's is given.
        thing = ask.read(owned["thing"])
        if thing.units and not any(u.mention or u.key in u.widened for u in thing.units):
            lacking = f"They don't say whose {echo(owned['thing'], 30)} it was."
            return not_found(ask.fb, ask.echoed, ask.read(question.body).mentions, lacking=lacking)
    if _stranded(ask, question.body):
        # "who did Lloyd take recommendations from": the one the preposition
        # asks for is another than the subject, whose own words would only
        # name him: the record that says it answers, not whoever spoke it.
        return from_records(ask, replace(question, form=Form.WHAT), allow=_not_a_deal, gives=_done)
    # A deal is no "who": a record that names who did or said it answers.
    return from_records(ask, question, allow=_not_a_deal, gives=_done)


# A preposition left without its object ("... taking advice from", "...
# talking to on this"): the object is who is asked for.
_STRANDED = re.compile(r" (?:from|to|with|by)(?: (?:on|about|over|in|re) (?:this|that|it|all this))?$")


def _stranded(ask: Ask, body: str) -> bool:
    """Whether a body is a named person or body doing something to or with
    somebody left unnamed: "lloyd taking recommendations from". Not "the chief
    constables lloyd took advice from", a description with a clause of its
    own: who they are is asked."""
    if len(body.split()) < 3 or not _STRANDED.search(body):
        return False
    reading = ask.read(body)
    first = reading.units[0].mention if reading.units else None
    somebody = [m for m in reading.mentions if any(t in ask.fb.entities and not is_party(ask.qi, m) for t in m.targets)]
    return first is not None and somebody == [first]


_WHOSE = re.compile(r"^whose (?P<thing>\w+)\b")
# Speaking for a body: "who spoke for G4S", "who was representing the union".
_SPEAKS_FOR = re.compile(
    r"\b(?:(?:spoke|speak|speaks|speaking|spoken|talked|talking) (?:for|on behalf of)|"
    r"represented|represents|representing|(?:the )?(?:spokesman|spokeswoman|spokesperson|voice) (?:for|of))\b"
)


def _spoke_for(ask: Ask, question: Question) -> Answer | None:
    """ "Who spoke for G4S on the control-room deal?": the one person the
    articles give as speaking for that body (a member whose role is to speak
    for it), in the story the rest of the question names; if that story
    has none, nobody is made up from the other story."""
    if not _SPEAKS_FOR.search(question.text):
        return None
    fb, qi = ask.fb, ask.qi
    reading = ask.read(question.body)
    bodies = [t for m in reading.mentions for t in m.targets if fb.members.get(t)]
    if len(set(bodies)) != 1:
        return None
    body_id = bodies[0]
    # The story the other names pick ("on the control room thing").
    story = frozenset().union(
        *(qi.deals_of.get(t, frozenset()) for m in reading.mentions for t in m.targets if t != body_id)
    )
    people = [m for m in fb.members[body_id] if fb.entities[m].kind in ("person", "spokesperson")]
    speaking = [m for m in people if _SPOKES.search(fb.entities[m].role)] or people
    inside = [m for m in speaking if not story or qi.deals_of.get(m, frozenset()) & story]
    if len(inside) == 1:
        return render_answer(fb, qi, ask.query, question, Shown(inside[0]))
    if speaking and not inside:
        name = fb.entities[body_id].name
        lacking = f"They quote nobody speaking for {echo(name, 40)} in that story."
        return not_found(fb, ask.echoed, reading.mentions, lacking=lacking, entities=tuple(speaking))
    return None


_SPOKES = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


# Asked of what is or will be ("who will run it now?"), not of what would have been.
_UNREAL_ASKED = re.compile(r"\b(?:would|could|might) have\b")


def _done(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """ "Who will run the Herts back office now?" is not answered by a
    record of who would have run it, had the deal gone ahead."""
    predicate = tuple(u for u in reading.predicate if u.weight >= COMMON and settles(u))
    # A contract is no "who": whose idea it was is not the thing itself.
    entities = ask.fb.entities
    ranked = [s for s in ranked if s.item.kind != "entity" or slots.somebody(entities[s.item.id].kind)]
    if _UNREAL_ASKED.search(question.text):
        return ranked, ""
    kept = [s for s in ranked if not unreal(s.item, predicate)]
    return kept, "They only say who would have, had the deal gone ahead."


NAMING = (Entry(Form.WHO_IS, _read_naming, _who_is),)
ENTRIES = (Entry(Form.WHO_IS, _read_is, _who_is), Entry(Form.WHAT_IS, _read_is, _who_is))
WHO = (Entry(Form.WHO, _read_who, _who),)
