"""Who was for and who against something, and the case each side made.

"Who was for and who against the deal?", "did anyone defend G4S?", "what's
the argument for keeping it in-house?", "was he right to drop them?": a
side is read from the fact graph, never guessed from a question's words.
In each story:

- the deal's forces (and whoever speaks for them: their commissioner,
  their spokesman) decided where the deal stands, for the reasons their
  status and reason records give;
- the deal's company speaks for the deal;
- anybody else takes a side by what they said of the decision ("good
  news" welcomes it, "disappointed" regrets it).

"For" and "against" are relative to what the question names: the deal
(or its company), outsourcing, the alliance or the decision itself. A
record that speaks of outsourcing says on which side it stands by its own
words ("will not include outsourcing" is against). Where nobody in a story
stands on the side asked about, the answer says so and gives what the
story does say: never a stance the articles do not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from commands.answer import Answer
from commands.ask import graph
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, crossed_stories
from commands.ask.question import Form, Question, body
from commands.ask.render import not_found
from commands.ask.verdict import ENDED
from commands.format import and_list, citations
from knowledge.model import Deal, Entity, Fact

Side = Literal["for", "against"]
# Who a voice speaks for in a story: the deal's forces, its company, or anybody else.
Camp = Literal["forces", "company", "other", "article"]
# What a side is taken on.
Target = Literal["deal", "decision", "outsourcing", "alliance"]

_FOR: Side = "for"
_AGAINST: Side = "against"

# Verbs and phrases that take a side, and which.
_PRO = (
    r"defend|defended|defends|defending|praise|praised|praises|praising|support|supported|supports|supporting|"
    r"back|backed|backs|backing|welcome|welcomed|welcomes|welcoming|champion|championed|endorse|endorsed|"
    r"applaud|applauded|stick up for|stuck up for|stand up for|stood up for|side with|sided with|speak up for|"
    r"spoke up for|argue for|argued for|push for|pushed for|in favour of|for"
)
_CON = (
    r"criticise|criticised|criticises|criticising|criticize|criticized|attack|attacked|oppose|opposed|opposes|"
    r"opposing|slam|slammed|condemn|condemned|object to|objected to|blame|blamed|complain about|complained about|"
    r"argue against|argued against|speak out against|spoke out against|against|opposed to"
)
_ANYONE = r"(?:anyone|anybody|someone|somebody|any one|no one|nobody|noone|any of them|people)"
# "who was for and who against the deal", "who backed the deal", "who opposed it".
_WHO_SIDE = re.compile(
    rf"^who (?:(?:is|was|are|were|s) |(?:else )?(?:has |have |had )?)(?:(?:actually|really|ever|openly) )?"
    # "who came out against", "who spoke out for": "who speaks for G4S" asks for its spokesman.
    r"(?:(?:came|come|comes|spoke|speaks|spoken) (?:out|up) )?"
    rf"(?P<verb>{_PRO}|{_CON})\b(?! (?:out|off|down|up|away)\b)(?P<rest>.*)$"
)
# "did anyone defend G4S", "was anybody against the decision", "has anyone criticised Lloyd".
_ANYONE_SIDE = re.compile(
    rf"^(?:did|does|do|has|have|had|was|were|is|are) {_ANYONE}(?: (?:else|at all|in (?:the |this |that )?"
    r"(?:\w+ ){0,3}?(?:story|article|piece)))?(?: (?:actually|really|ever|openly|publicly))? "
    rf"(?P<verb>{_PRO}|{_CON})\b(?! (?:out|off|down|up|away)\b)(?P<rest>.*)$"
)
# Both sides asked for: "for and against", "pros and cons", "whose side"
# anywhere; "both sides" as what is asked ("give me both sides"), not as
# who did something asked about ("what reason did each side give").
_BOTH_SIDES = re.compile(
    r"\b(?:for and against|for and who (?:is|was) against|pros and cons|for or against|whose side|"
    r"which side (?:is|was|are|were) (?:\w+ ){1,3}?on|who (?:is|was|s) on (?:which|what|whose) side)\b"
    r"|^(?:(?!(?:did|does|do|has|have|had|will|would|can|could|why|when|how|reason|reasons)\b)\w+ ){0,4}?"
    r"(?:both|each|either|two|all|the) sides\b"
)
# "which commissioner was more open to G4S, the herts one or the leics one".
_MORE = re.compile(
    r"^(?:who|which(?: \w+)?)(?: of (?:them|the two|the 2|both))? (?:is|was|s|are|were|seems?|seemed|sounds?|sounded) "
    r"(?:the )?(?P<degree>more|most|less|least) (?P<attitude>open|keen|supportive|favourable|friendly|warm|"
    r"sympathetic|positive|negative|hostile|opposed|against|enthusiastic|committed)"
    r"(?: (?:to|on|towards|of|about|with))? (?P<rest>.+)$"
)
_HOSTILE = frozenset({"negative", "hostile", "opposed", "against"})
# "who was for the deal and who was against it": both sides, asked in turn.
_PAIRED_WORDS = re.compile(
    r"\b(?:who|is|was|s|are|were|and|for|against|backed|supported|welcomed|defended|praised|opposed|criticised|"
    r"criticized|objected|it|them|that|this)\b"
)
_PAIRED = re.compile(
    r"^who\b.*\b(?:for|backed|supported|welcomed|defended|praised)\b.*\band who\b.*"
    r"\b(?:against|opposed|criticised|criticized|objected)\b"
)
# "the case for outsourcing", "Lloyd's actual argument for it", "the argument against".
_ARGUMENT = re.compile(
    r"^(?:(?:what|which) (?:is|was|are|were|s) |(?:give|show|tell) (?:me|us) )?(?:(?P<holder>.+?) s |"
    r"(?:the )?(?P<holder2>\w+s) |the |their |his |her |its )?"
    r"(?:(?:main|actual|real|best|strongest|whole|basic|key|own) )*"
    r"(?:argument|arguments|case|reasoning|rationale|justification) (?P<verb>for|against|in favour of)"
    r"(?: and against)? (?P<rest>.+)$"
)
# "what were the concerns about the deal", "were there any criticisms".
_CONCERNS = re.compile(
    r"^(?:what (?:were|are|was|is) (?:the |their |any |(?P<holder>(?:\w+ ){0,3}?\w+) s )?|(?:were|are) there (?:any )?)"
    r"(?:main |big |key |real )?"
    r"(?:concerns?|criticisms?|objections?|worries|complaints|misgivings|doubts|reservations)"
    r"(?: (?:about|over|with|around|raised|on|against|regarding|to|of|from|in) (?P<rest>.+))?$"
)
# "was Lloyd right to drop G4S", "was it a good idea", "who won the argument".
_OPINION = re.compile(
    r"^(?:(?:was|is|were|are) (?P<who>.+?) (?:right|wrong|correct|justified|mad|daft|smart|wise|sensible) to "
    r"(?P<rest>.+)"
    r"|(?:was|is) (?:it|that|this|(?:dropping|ditching|rejecting|ending|scrapping|binning) .+?) (?:a |the )?"
    r"(?:good|bad|smart|sensible|wise|stupid|right|wrong|daft|terrible|great) (?:idea|move|call|decision|thing)"
    r"(?P<rest2>.*)"
    r"|who (?:won|lost|is winning|was winning) (?:the |this |that )?(?:argument|debate|row|fight)\b(?P<rest3>.*))$"
)

# What a question takes sides on, by its words.
_OUTSOURCING = re.compile(
    r"\b(?:outsourc\w*|privati[sz]\w*|private (?:sector|firms?|companies|company|providers?)|in house|"
    r"contract(?:ing|ed)? out|keep(?:ing)? (?:it |them |\w+ )?(?:in house|public))\b"
)
_IN_HOUSE = re.compile(r"\b(?:in house|keep(?:ing)? (?:it |them |\w+ )?public)\b")  # outsourcing's opposite
_ALLIANCE = re.compile(r"\b(?:alliance|merger|merge|merging|collaboration)\b")
_DECISION = re.compile(
    r"\b(?:decision|decided|drop|dropped|dropping|ditch\w*|scrap\w*|pull\w* out|pull\w* the plug|walk\w* away|"
    r"reject\w*|call\w* off|calling it off|bin|binned|binning|axe|axed|axing|end|ended|ending|say no|said no|"
    r"turn\w* (?:it |them |g4s )?down)\b"
)
# What a record says of outsourcing, and whether it says no to it.
_SPEAKS_OF_OUTSOURCING = re.compile(
    r"\b(?:outsourc\w*|privati[sz]\w*|private sector|use of the market|market providers)\b", re.IGNORECASE
)
_SAYS_NO = re.compile(r"\b(?:not|no|never|nor|without|rather than)\b", re.IGNORECASE)
# Words that welcome or regret a decision (what somebody other than its
# parties said of it): the side they take is read from these alone.
_WELCOMES = re.compile(r"\b(?:good|welcome\w*|pleased|glad|happy|delighted|great|right|grateful)\b", re.IGNORECASE)
_REGRETS = re.compile(
    r"\b(?:disappointed|disappointing|regret\w*|concern\w*|worried|wrong|bad|unhappy|dismayed|criticis\w*)\b",
    re.IGNORECASE,
)
# The article's own account of a fault, which names nobody who found it.
_FAULTED = re.compile(r"\b(?:failed|failure|fiasco|scrutiny|criticis\w*|concern\w*)\b", re.IGNORECASE)
# A person's role that says they speak for police forces.
_FORCE_ROLE = re.compile(r"\b(?:police|forces?|commissioners?|constables?)\b", re.IGNORECASE)
_PEOPLE_KINDS = frozenset({"person", "spokesperson", "group"})

_SIDES = "sides"
_ARGUED = "argument"
_CONCERNED = "concerns"
_JUDGED = "opinion"
WEIGHED = "weighed"  # which story leans more to one side: the stories are what is weighed
_RECORDS_SHOWN = 2  # of one voice on one side
_ARGUMENT_SHOWN = 3  # records of a case made
# Words that make a case: a belief, a valuation, a preference, a purpose.
_ARGUES = re.compile(
    r"\b(?:believes?|best|better|can help|prefer|would prefer|about protecting|because|so that|in order to)\b",
    re.IGNORECASE,
)


def _read_argument(line: str, contrast: bool) -> Question | None:
    """ "Lloyd's argument for outsourcing": the case one side made, read
    before "what did X say", which would take the argument for the speaker's."""
    if m := _ARGUMENT.match(line):
        rest, holder = m["rest"], m["holder"] or m["holder2"] or ""
        if said := _ACCORDING.search(rest):
            # "the case for outsourcing according to G4S": whose case it is.
            rest, holder = rest[: said.start()], said["holder"]
        return Question(line, Form.STANCE, body(rest), speaker=holder, slot=_ARGUED, cues=_side(m["verb"]))
    return None


_ACCORDING = re.compile(r"\s+(?:according to|in the (?:eyes|view) of|as (?:put|made) by) (?P<holder>(?:\w+ ){0,3}\w+)$")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _MORE.match(line):
        # "which commissioner was more open to G4S, Lloyd or Loader": the stories weighed.
        side = _FOR if m["attitude"] not in _HOSTILE else _AGAINST
        if m["degree"] in ("less", "least"):
            side = _AGAINST if side == _FOR else _FOR
        weighed = f"{m['degree']} {m['attitude']}"
        return Question(line, Form.STANCE, body(m["rest"]), slot=WEIGHED, cues=side, about=weighed)
    if _PAIRED.match(line):
        return Question(line, Form.STANCE, body(_PAIRED_WORDS.sub(" ", line)), slot=_SIDES)
    if m := _OPINION.match(line):
        rest = " ".join(filter(None, (m["who"], m["rest"], m["rest2"], m["rest3"])))
        return Question(line, Form.STANCE, body(rest), slot=_JUDGED)
    if m := _CONCERNS.match(line):
        holder = m["holder"] or ""
        return Question(line, Form.STANCE, body(m["rest"] or ""), speaker=holder, slot=_CONCERNED, cues=_AGAINST)
    if _BOTH_SIDES.search(line):
        return Question(line, Form.STANCE, body(_BOTH_SIDES.sub(" ", line)), slot=_SIDES)
    if m := _WHO_SIDE.match(line):
        return Question(
            line, Form.STANCE, body(m["rest"]), slot=_SIDES, cues=_side(m["verb"]), about=_judging(m["verb"])
        )
    if m := _ANYONE_SIDE.match(line):
        # "... or was it just G4S defending themselves": the alternative asks the same.
        rest = re.split(r"\bor (?:was|is|did|were) (?:it|that|they)\b", m["rest"])[0]
        return Question(line, Form.STANCE, body(rest), slot=_SIDES, cues=_side(m["verb"]), about=_judging(m["verb"]))
    return None


def _side(verb: str) -> Side:
    return _AGAINST if re.fullmatch(_CON, verb) else _FOR


def _judging(verb: str) -> str:
    """ "praise", "criticise": a judgement asked for, which only words that judge give."""
    return _JUDGES if _JUDGING.fullmatch(verb) else _TAKES_SIDE


_JUDGING = re.compile(
    r"praise\w*|criticis\w*|criticiz\w*|attack\w*|slam\w*|condemn\w*|blame\w*|applaud\w*|complain\w*(?: about)?"
)
_JUDGES = "judges"
_TAKES_SIDE = "takes a side"


@dataclass(frozen=True, slots=True)
class Voice:
    """One record of a story and whom it speaks for."""

    record: str  # a fact's id
    camp: Camp
    holder: str | None  # the entity whose words it gives, if any
    fact: Fact


def _camp(ask: Ask, deal: Deal, entity_id: str) -> Camp:
    """Whom somebody speaks for in a deal's story, from the fact graph."""
    entity = ask.fb.entities[entity_id]
    organisation = entity.organisation
    if entity_id in deal.companies or organisation in deal.companies:
        return "company"
    if entity_id in deal.forces or organisation in deal.forces:
        return "forces"
    if organisation is not None:
        return "other"  # a union, another body
    return "forces" if _FORCE_ROLE.search(entity.role) else "other"


def _voices(ask: Ask, deal: Deal) -> list[Voice]:
    """Every fact of a story with whom it speaks for: its quote's speaker,
    else the person it names, else the forces (their decision and plans)
    or the article itself (its background)."""
    fb, qi = ask.fb, ask.qi
    people = graph.linked(fb, deal.id, _PEOPLE_KINDS)
    out = []
    for fact in fb.facts_of_deal(deal.id):
        speakers = [fb.quotes[q].speaker for q in qi.support.get(fact.id, ())]
        holder = speakers[0] if speakers else _named_in(fact.text, people)
        camp: Camp = "forces" if fact.topic != "background" else "article"
        if holder is not None:
            camp = _camp(ask, deal, holder)
        out.append(Voice(fact.id, camp, holder, fact))
    return out


def _named_in(text: str, people: list[Entity]) -> str | None:
    """The first person a text names, by name or alias."""
    found: list[tuple[int, str]] = []
    for entity in people:
        for name in (entity.name, *entity.aliases):
            at = re.search(rf"\b{re.escape(name)}\b", text)
            if at:
                found.append((at.start(), entity.id))
    return min(found)[1] if found else None


def _ended(deal: Deal) -> bool:
    return deal.status.lower() in ENDED


def _lean(voice: Voice, target: Target, deal: Deal, forces_on_outsourcing: Side | None) -> Side | None:
    """The side a record takes on a target, or None: it takes none."""
    fact = voice.fact
    if target == "alliance":
        about_alliance = bool(_ALLIANCE.search(fact.text))
        return _FOR if about_alliance and voice.camp == "forces" else None
    if target == "outsourcing" and voice.camp != "company" and _SPEAKS_OF_OUTSOURCING.search(fact.text):
        return _AGAINST if _SAYS_NO.search(fact.text) else _FOR
    on_deal = _on_deal(voice, deal)
    if target == "outsourcing":
        if voice.camp == "forces":
            # The forces' decision and its reasons are against outsourcing only
            # where what they say of outsourcing is against it too.
            return on_deal if on_deal is not None and on_deal == forces_on_outsourcing else None
        return on_deal
    if target == "decision":
        # Those who made a decision take no side on it: praise is somebody else's.
        if voice.camp == "forces" or on_deal is None:
            return None
        return _FOR if on_deal == _AGAINST else _AGAINST
    return on_deal


def _on_deal(voice: Voice, deal: Deal) -> Side | None:
    """The side a record takes on the deal with the company."""
    fact = voice.fact
    if voice.camp == "company":
        return _FOR
    if voice.camp == "forces":
        if fact.topic in ("status", "reason"):
            return _AGAINST if _ended(deal) else _FOR
        return None
    if voice.camp == "other" and fact.topic == "reaction":
        # Welcoming an ending is being against the deal; regretting it, for.
        welcomed = bool(_WELCOMES.search(fact.text)) and not _REGRETS.search(fact.text)
        regretted = bool(_REGRETS.search(fact.text)) and not _WELCOMES.search(fact.text)
        if welcomed or regretted:
            with_decision = welcomed
            return (_AGAINST if with_decision else _FOR) if _ended(deal) else (_FOR if with_decision else _AGAINST)
    return None


def _target(ask: Ask, question: Question) -> Target:
    text = question.text
    if _OUTSOURCING.search(text):
        return "outsourcing"
    if _ALLIANCE.search(text):
        return "alliance"
    if _DECISION.search(question.body) or _deciders_named(ask, question.body, forces=question.about == _JUDGES):
        return "decision"
    return "deal"


def _deciders_named(ask: Ask, text: str, *, forces: bool = False) -> bool:
    """Whether a text names a person who speaks for the forces (praising
    Lloyd is praising his decision); with `forces`, or the forces themselves
    (praising the forces is praising what they decided)."""
    fb = ask.fb
    for mention in ask.read(text).mentions:
        for target in mention.targets:
            entity = fb.entities.get(target)
            if forces and target in ask.qi.forces:
                return True
            if entity is None or entity.kind not in _PEOPLE_KINDS:
                continue
            deals = ask.qi.deals_of.get(target, frozenset())
            if any(_camp(ask, fb.deals[d], target) == "forces" for d in deals):
                return True
    return False


def _deals(ask: Ask, question: Question) -> list[str]:
    """The stories asked about: those the question names, else every story."""
    anchor = ask.read(question.text).anchor
    if question.speaker:
        anchor = anchor | ask.read(question.speaker).anchor
    return sorted(anchor, key=ask.qi.deal_order.__getitem__) if anchor else list(ask.fb.deals)


def _shown(ask: Ask, voice: Voice, *, named: bool = True) -> str:
    """A record as a line: the speaker's own words where the article quotes
    them directly (`named`: after their name), else our words (which credit them)."""
    fb = ask.fb
    direct = _direct(ask, voice)
    if direct:
        quote = fb.quotes[direct[0]]
        return f"{fb.entities[quote.speaker].name}: “{quote.text}”" if named else f"“{quote.text}”"
    return voice.fact.text


def _label(ask: Ask, deal: Deal, target: Target) -> str:
    company = and_list(ask.fb.entities[c].name for c in deal.companies) or "the company"
    return {
        "deal": f"the deal with {company}",
        "decision": "the decision",
        "outsourcing": "outsourcing",
        "alliance": "the alliance",
    }[target]


def _holder_name(ask: Ask, deal: Deal, voice: Voice) -> str:
    if voice.holder is not None:
        return ask.fb.entities[voice.holder].name
    if voice.camp == "forces":
        return f"{and_list(graph.place_of(ask.fb.entities[f]) for f in deal.forces)} police forces"
    return "the article"


@dataclass(frozen=True, slots=True)
class Story:
    """One story's voices, and those of them on each side of what is asked."""

    deal: Deal
    voices: list[Voice]
    sides: dict[Side, list[Voice]]
    label: str  # what the sides are taken on, as a reader says it


@dataclass(frozen=True, slots=True)
class Part:
    """One story's part of the answer: its lines and records, and whether
    it answers (else it is what the story gives instead, for a decline)."""

    lines: list[str]
    ids: list[str]
    answers: bool


def _answer(ask: Ask, question: Question) -> Answer | Question:
    fb = ask.fb
    target = _target(ask, question)
    if _IN_HOUSE.search(question.text) and question.cues:
        # "the case for keeping it in-house" is the case against outsourcing.
        question = replace(question, cues=_AGAINST if question.cues == _FOR else _FOR)
    crossed = crossed_stories(ask, question, ask.read(question.text))
    if crossed:
        # "Unison's argument against the Herts deal": Unison is only in the other story.
        return not_found(fb, ask.echoed, ask.read(question.text).mentions, lacking=crossed)
    if question.slot == WEIGHED:
        # Weighed between stories, the names offered are whose lean, not a decision asked of.
        return _weighed(ask, question, "outsourcing" if target == "outsourcing" else "deal")
    parts = [
        (deal_id, _part(ask, question, _story(ask, question, fb.deals[deal_id], target), target))
        for deal_id in _deals(ask, question)
    ]
    answering = [(d, p) for d, p in parts if p.answers]
    if not answering:
        lacking = " ".join(line for _, p in parts for line in p.lines)
        return not_found(fb, ask.echoed, ask.read(question.body).mentions, lacking=lacking)
    ids = list(dict.fromkeys(i for _, p in answering for i in p.ids))
    kind = {_JUDGED: "What people in the story said of it", _ARGUED: "The case made", _CONCERNED: "Concerns"}.get(
        question.slot, "For and against"
    )
    title = f"{kind}: " + " and ".join(fb.deals[d].name for d, _ in answering)
    body = "\n\n".join(line for _, p in answering for line in p.lines)
    return Answer(title=title, body=body, citations=citations(fb, ids), ids=tuple(ids))


def _story(ask: Ask, question: Question, deal: Deal, target: Target) -> Story:
    """A story's voices sorted by the side each takes on the target (only
    those of whose side is asked, if somebody's is)."""
    voices = _voices(ask, deal)
    on_outsourcing = _forces_on_outsourcing(voices)
    sides: dict[Side, list[Voice]] = {_FOR: [], _AGAINST: []}
    for voice in voices:
        lean = _lean(voice, target, deal, on_outsourcing)
        if lean is None and target == "decision" and question.slot == _ARGUED:
            lean = _argued_for_decision(voice)
        if lean is not None:
            sides[lean].append(voice)
    holder = _holder(ask, question, deal)
    if holder is not None or question.speaker:
        # Whose case is asked, and they are not of this story: nobody's in it.
        sides = {s: [v for v in vs if holder and _speaks_for(ask, deal, v, holder)] for s, vs in sides.items()}
    return Story(deal, voices, sides, _label(ask, deal, target))


def _argued_for_decision(voice: Voice) -> Side | None:
    """The makers of a decision take no side on it when it is judged, but
    the case for it is theirs: the reasons they gave."""
    return _FOR if voice.camp == "forces" and voice.fact.topic == "reason" else None


def _speaks_for(ask: Ask, deal: Deal, voice: Voice, holder: str) -> bool:
    """Whether a voice is the holder asked about's, or speaks for them
    (Unison's spokesman for Unison; any of the forces' voices for a force)."""
    if holder in deal.forces:
        return voice.camp == "forces"
    if holder in deal.companies:
        return voice.camp == "company"
    speaker = voice.holder
    return speaker is not None and (speaker == holder or ask.fb.entities[speaker].organisation == holder)


def _holder(ask: Ask, question: Question, deal: Deal) -> str | None:
    """Whose side is asked ("Lloyd's argument for ...", "whose side is Unison
    on"), if somebody of this story other than its parties, who are what
    sides are taken on."""
    if question.speaker:
        named = ask.read(question.speaker).mentions
    elif question.slot == _SIDES and not question.cues:
        named = ask.read(question.body).mentions
    else:
        return None
    # Named as whose case ("G4S's argument"), a party is a holder too.
    parties = set() if question.speaker else {*deal.forces, *deal.companies}
    for mention in named:
        for target in mention.targets:
            if (
                target in ask.fb.entities
                and target not in parties
                and deal.id in ask.qi.deals_of.get(target, ())
                and (target in deal.forces or ask.fb.quote_ids_of(target))  # only somebody who speaks takes a side
            ):
                return target
    if question.speaker and not named:
        # "the forces' case", "the company's argument": a party by what it is.
        if _FORCES_WORD.search(question.speaker) and deal.forces:
            return deal.forces[0]
        if _COMPANY_WORD.search(question.speaker) and deal.companies:
            return deal.companies[0]
    return None


_FORCES_WORD = re.compile(r"\b(?:forces?|police|constabular(?:y|ies)|commissioners?|pccs?)\b")
_COMPANY_WORD = re.compile(r"\b(?:company|firm|contractor|supplier|provider)\b")


def _forces_on_outsourcing(voices: list[Voice]) -> Side | None:
    """Where the forces of a story stand on outsourcing, by what their records say of it."""
    said = [
        _AGAINST if _SAYS_NO.search(v.fact.text) else _FOR
        for v in voices
        if v.camp == "forces" and _SPEAKS_OF_OUTSOURCING.search(v.fact.text)
    ]
    if not said:
        return None
    return _AGAINST if said.count(_AGAINST) > said.count(_FOR) else _FOR


def _asked_side(question: Question) -> Side | None:
    if question.cues == _FOR:
        return _FOR
    return _AGAINST if question.cues == _AGAINST else None


def _part(ask: Ask, question: Question, story: Story, target: Target) -> Part:
    """One story's part of the answer, by what the question asks of the sides."""
    deal, voices, sides = story.deal, story.voices, story.sides
    head = f"**{deal.name}** ({deal.status})"
    if question.slot == _JUDGED:
        # Whether it was right is no fact: what those outside the decision said of it.
        judged = [v for v in voices if v.camp in ("other", "company") and v.fact.topic == "reaction"]
        if not any(v.camp == "other" for v in judged):
            reasons = [v for v in voices if v.camp == "forces" and v.fact.topic == "reason"][:_RECORDS_SHOWN]
            line = f"The story on the {deal.name} gives nobody's judgement of the decision but its makers' reasons:"
            return Part([" ".join([line, *(_shown(ask, v) for v in reasons)])], [], answers=False)
        return _listed(ask, head, judged)
    asked = _asked_side(question)
    if question.slot == _ARGUED:
        side = asked or _FOR
        # A reason given, then a belief or a valuation, then the rest: what makes a case.
        found = sorted(sides[side], key=lambda v: (v.fact.topic != "reason", not _ARGUES.search(v.fact.text)))
        if not found:
            return Part([f"The story on the {deal.name} gives no case {side} {story.label}."], [], answers=False)
        return _listed(ask, head, found[:_ARGUMENT_SHOWN])
    if question.slot == _CONCERNED:
        # A concern is a fault the article reports (when nobody's in
        # particular is asked), a reason given against, or somebody's regret.
        reported = (
            [] if question.speaker else [v for v in voices if v.camp == "article" and _FAULTED.search(v.fact.text)]
        )
        against = [v for v in sides[_AGAINST] if v.fact.topic == "reason" or _REGRETS.search(v.fact.text)]
        found = list(dict.fromkeys([*reported, *against]))
        if not found:
            said = [_shown(ask, v) for v in [*sides[_AGAINST], *sides[_FOR]][:_RECORDS_SHOWN]]
            line = f"The story on the {deal.name} gives no concern about {story.label}."
            return Part([" ".join([line, *(["What it gives:", *said] if said else [])])], [], answers=False)
        return _listed(ask, head, found[:_ARGUMENT_SHOWN])
    if asked is not None:
        found = _judgements(ask, story, target, asked) if question.about == _JUDGES else sides[asked]
        if not found:
            return Part([_nobody(ask, question, story, asked)], [], answers=False)
        lines = [head]
        if asked == _FOR and target == "deal" and all(v.camp == "company" for v in found):
            # "Did anyone defend G4S?": only its own spokesman did.
            names = and_list(ask.fb.entities[c].name for c in deal.companies)
            lines.append(f"Only {names} itself speaks up for it in this story:")
        else:
            lines.append(f"*{asked.capitalize()} {story.label}:*")
        return Part([*lines, *_grouped(ask, deal, found)], _ids(ask, found), answers=True)
    if not sides[_FOR] and not sides[_AGAINST]:
        return Part([f"Nobody in the story on the {deal.name} takes a side on {story.label}."], [], answers=False)
    lines = [head]
    for side in (_FOR, _AGAINST):
        named = f"*{side.capitalize()} {story.label}:*"
        lines += [named, *_grouped(ask, deal, sides[side])] if sides[side] else [f"{named} nobody in this story."]
    return Part(lines, _ids(ask, [*sides[_FOR], *sides[_AGAINST]]), answers=True)


def _weighed(ask: Ask, question: Question, target: Target) -> Answer:
    """Which story leans more to the side asked: each story's own lean, from
    what its forces decided and said; one story leaning so is the answer."""
    fb = ask.fb
    side = _asked_side(question) or _FOR
    leans: list[tuple[str, Side | None, list[Voice]]] = []
    for deal_id in list(fb.deals):
        deal = fb.deals[deal_id]
        voices = _voices(ask, deal)
        if target == "outsourcing":
            lean = _forces_on_outsourcing(voices)
            shown = [v for v in voices if v.camp == "forces" and _SPEAKS_OF_OUTSOURCING.search(v.fact.text)]
        else:
            # Open to the company: the forces' plans that name it (not ruled
            # out, kept talking); closed: their decision that names it.
            names = [fb.entities[c].name for c in deal.companies]
            naming = [v for v in voices if v.camp == "forces" and any(n in v.fact.text for n in names)]
            plans = [v for v in naming if v.fact.topic == "next"]
            closed = [v for v in naming if v.fact.topic == "status"]
            lean, shown = (_FOR, plans) if plans else (_AGAINST, closed) if closed else (None, [])
        leans.append((deal_id, lean, shown[:_RECORDS_SHOWN]))
    leaning = [d for d, lean, _ in leans if lean == side]
    if len(leaning) != 1 or not all(shown for _, _, shown in leans):
        return not_found(fb, ask.echoed, ask.read(question.body).mentions)
    lines = []
    for deal_id, _, shown in sorted(leans, key=lambda x: x[0] not in leaning):
        lines.append(f"**{fb.deals[deal_id].name}**: " + " ".join(_shown(ask, v) for v in shown))
    ids = list(dict.fromkeys(_ids(ask, [v for _, _, shown in leans for v in shown])))
    deal = fb.deals[leaning[0]]
    towards = and_list(fb.entities[c].name for c in deal.companies) if target == "deal" else _label(ask, deal, target)
    title = f"{question.about.capitalize()} to {towards}: the {deal.name}"
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _listed(ask: Ask, head: str, found: list[Voice]) -> Part:
    return Part([head, *(f"- {_shown(ask, v)}" for v in found)], _ids(ask, found), answers=True)


def _ids(ask: Ask, found: list[Voice]) -> list[str]:
    """The records some voices show: each fact, and the quote shown in its place."""
    return [i for v in found for i in (v.record, *(_direct(ask, v)[:1]))]


def _direct(ask: Ask, voice: Voice) -> list[str]:
    """The direct quotes that give a fact in the speaker's own words."""
    return [q for q in ask.qi.support.get(voice.record, ()) if not ask.fb.quotes[q].reported]


def _judgements(ask: Ask, story: Story, target: Target, side: Side) -> list[Voice]:
    """Who praised (or criticised) what is asked: somebody's own words that
    welcome (or regret) it, never the article's account nor the praised
    party's words of itself."""
    judging = _WELCOMES if side == _FOR else _REGRETS
    companies = [ask.fb.entities[c].name for c in story.deal.companies]
    out = []
    for voice in story.voices:
        if voice.holder is None or not judging.search(voice.fact.text):
            continue
        if target == "deal":
            # Praise of the company is somebody else's words that name it.
            if voice.camp != "company" and any(c in voice.fact.text for c in companies):
                out.append(voice)
        elif _lean(voice, target, story.deal, None) == side:
            out.append(voice)
    return out


def _nobody(ask: Ask, question: Question, story: Story, asked: Side) -> str:
    """Nobody in a story on the side asked: said plainly, with what the story gives instead."""
    name = story.deal.name
    if question.about == _JUDGES:
        verb = "praising" if asked == _FOR else "criticising"
        line = f"Nobody in the story on the {name} is quoted {verb} {story.label}."
        # The article's own account, which judges in nobody's name; else the makers' reasons.
        judging = _FAULTED if asked == _AGAINST else _WELCOMES
        given = [v for v in story.voices if v.camp == "article" and judging.search(v.fact.text)]
        given = given or [v for v in story.voices if v.camp == "forces" and v.fact.topic == "reason"]
    else:
        line = f"Nobody in the story on the {name} speaks {asked} {story.label}."
        given = story.sides[_AGAINST if asked == _FOR else _FOR]
    said = [_shown(ask, v) for v in given[:_RECORDS_SHOWN]]
    return " ".join([line, *(["What it gives:", *said] if said else [])])


def _grouped(ask: Ask, deal: Deal, found: list[Voice]) -> list[str]:
    """The voices on one side, a line per holder, their first records."""
    by_holder: dict[str, list[Voice]] = {}
    for voice in found:
        by_holder.setdefault(_holder_name(ask, deal, voice), []).append(voice)
    return [
        f"- **{name}**: " + " ".join(_shown(ask, v, named=False) for v in said[:_RECORDS_SHOWN])
        for name, said in by_holder.items()
    ]


ENTRIES = (Entry(Form.STANCE, _read, _answer),)
ARGUED = (Entry(Form.STANCE, _read_argument, _answer),)
