"""The two stories side by side: what differs between the deals, whether
something is the same in both, and which story speaks of something.

Each deal is answered on its own records only, so a comparison never
lends one story's facts to the other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer
from commands.ask import graph
from commands.ask.forms.entry import Entry, reread
from commands.ask.forms.parties import members
from commands.ask.forms.yes_no import in_story
from commands.ask.outcome import deal_about
from commands.ask.pipeline import COVER_MIN, VERSUS, Ask, facts_first
from commands.ask.question import AUX, QUESTION_WORDS, Form, Question, body, prepare
from commands.ask.ranking import Aim, Scored, rank, records, topic_of_word
from commands.ask.reading import Reading
from commands.ask.render import not_found
from commands.ask.slots import OFFICES
from commands.ask.verdict import COMMON, settles
from commands.format import and_list, citations, quote_text
from knowledge.analysis import STOPWORDS, stem, words

_DIFFERENCE = re.compile(
    # "what difference between...": a question word the reading put first.
    r"^(?:(?:what|how) (?:is|are|was|were|s) |what )?(?:the )?(?:main |key |big |biggest |real )?(?:differences?|diff|"
    r"similarit(?:y|ies)|contrast|common thread|thing in common|link|connection)(?: between| in| of)?\b(?P<rest>.*)$"
    r"|^what (?:do|did|does) (?P<rest3>.+?) (?:have in common|share)$"
    r"|^(?:compare|contrast|how do(?:es)? (?:the )?(?:two|both) (?:stories|deals|articles) (?:differ|compare))\b"
    r"(?P<rest2>.*)$"
    r"|^what (?:ties|brings|links|pulls|holds) (?P<rest7>.+?) together$"
    # "compared with Hertfordshire, do the East Midlands forces sound keener on ...": side by side.
    r"|^(?:compared (?:with|to)|in comparison (?:with|to)|as against|relative to) (?P<rest8>.+)$"
    # "what connects the two articles?", "what's similar about the deals".
    r"|^what (?:connects|links|ties together|ties|joins|unites|is similar about|s similar about|is common to|"
    r"is different about|s different about)\b(?P<rest4>.*)$"
    # "how did the two deals differ?", "how is the East Midlands outcome different from Hertfordshire's?"
    # "... differ in what they plan to do": what follows says in what.
    r"|^how (?:do|does|did|is|are|was|were) (?P<rest5>.+?) (?:differ|different|compare|similar|alike)\b"
    r"(?:\s+(?:in|on|over|about|when it comes to|as to)\b)?(?P<tail5>.*)$"
    # "which deal was about X and which about Y?", "which lot did X and which lot did Y"
    r"|^(?P<rest6>which (?:\w+ ){0,6}?(?:and|but|while|whereas) which\b.*)$"
)
_WHICH_STORY = re.compile(
    r"^(?:which|what) (?:of the (?:two |2 |both )?)?(?:stories|story|articles?|pieces?|deals?) "
    r"(?:mentions?|brings? up|talks? about|covers?|features?|is about|has|had|names?|includes?|involves?|involved|"
    # Not "says": "which article says X" asks for the article (forms/source.py).
    r"quotes?|quoted|sees|saw|gives?|refers? to|describes?|uses?|speaks? (?:of|about)|deals? with|"
    r"contains?|cites?|lists?|discuss(?:es)?)\b(?P<rest>.*)$"
    # "in which of the 2 stories does G4S reply?"
    r"|^in (?:which|what) (?:of the (?:two |2 |both )?)?(?:stories|story|articles?|pieces?|reports?) "
    r"(?P<rest3>.+)$"
    # "which story does Unison appear in".
    r"|^(?:which|what) (?:of the (?:two |2 |both )?)?(?:stories|story|articles?|pieces?) "
    r"(?:does|do|did|is|are|was|were) "
    r"(?P<rest2>.+?) (?:appear|appears|feature|features|featured|come up|comes up|get mentioned|mentioned|named|figure|"
    r"show up|turn up|in)(?: in)?$"
)
# "is Unison quoted in the herts article too, or only the east mids one?":
# which story has it, asked as a yes or no with the other story its alternative.
_OR_ONLY = re.compile(
    r"^(?:is|are|was|were|does|do|did) (?P<rest>.+?)(?: as well| too| also)? or (?:only |just )?(?:in )?(?:the )?"
    r"(?:\w+ ){0,2}?(?:one|story|article|piece|report)$"
)
# "in the herts article": which story, not what is looked for in it.
_IN_STORY = re.compile(r"\b(?:in|from) (?:the )?(?:\w+ ){0,2}?(?:one|story|article|piece|report)\b")
# "where does G4S get to respond, Herts or East Mids story?": the stories
# offered as the places to choose between.
_WHERE_STORY = re.compile(
    r"^where (?:does|do|did|is|are|was|were|can|could) (?P<rest>.+ or .+?) (?:story|stories|article|articles|piece)$"
)
_WHICH_LOT = re.compile(
    r"^(?:which|what) of the (?:two|2|both) (?:lots?|sets?|groups?|stories|deals|articles) (?:of (?:forces|police) )?"
    r"(?P<rest>.*)$"
)
_BOTH = frozenset("both each two either".split())
# "herts vs em, what services each": the two set side by side.
# A question asked of the pair, which each side answers on its own; unless
# it asks what sets them side by side ("herts vs em, what services each").
_ASKED = frozenset((*QUESTION_WORDS, "whos"))
_SIDE_BY_SIDE = frozenset(
    "each both either differ differs different difference differences same similar compare compared".split()
)
_NO_PAIR = "no pair"
_EACH_SIDE = "each side"


def _readable(word: str) -> bool:
    return word not in VERSUS and word not in STOPWORDS and word not in _ASKED and any(c.isalnum() for c in word)


_Pair = tuple[list[str], list[str], list[str], list[str], list[str]]  # before, shared, left, right, after


def _article(word: str) -> bool:
    return word in STOPWORDS and word not in VERSUS and word not in _ASKED


def _sides(line: str) -> _Pair | None:
    """ "X vs Y ...": the words before, the words of both sides, each side,
    and the words after; None unless a readable word stands on each side of
    the first "vs"."""
    found = line.split()
    at = next(i for i, w in enumerate(found) if w in VERSUS)
    start, end = at, at + 1
    while start and _article(found[start - 1]):
        start -= 1
    while end < len(found) and _article(found[end]):
        end += 1  # "herts vs the east mids": "the" goes with its side
    if not (start and end < len(found) and _readable(found[start - 1]) and _readable(found[end])):
        return None
    while start and _readable(found[start - 1]):
        start -= 1
    while end < len(found) and _readable(found[end]):
        end += 1
    left, right = found[start:at], found[at + 1 : end]
    # "commissioner leicestershire vs hertfordshire": the left side's words
    # beyond the right's length are of both ("the commissioner" of each).
    shared = left[: max(0, len(left) - len(right))]
    return found[:start], shared, left[len(shared) :], right, found[end:]


def _side_lines(pair: _Pair) -> list[str]:
    before, shared, left, right, after = pair
    return [" ".join([*before, *shared, *side, *after]) for side in (left, right)]


# "Sir Clive and Lloyd, same job title?", "do they hold the same kind of post?"
_SAME_OFFICE = re.compile(
    r"\bsame (?:kind of |sort of |type of )?(?:job|jobs|post|posts|role|roles|title|titles|job title|position|"
    r"positions|office|rank)\b"
)
# "which pcc still wants to outsource, lloyd or loader": the choices last.
# The noun stays in the claim: "pcc still wants to outsource" holds of a story.
_WHICH_CHOICE = re.compile(
    r"^(?:which|who) (?P<rest>(?:pcc|pccs|commissioner|commissioners|force|forces|side|lot|area|group|one|of them) "
    r".+ or .+)$"
)
_SAME = frozenset("same different diff differ similar".split())
_ASPECT_STOPS = frozenset(
    "both each two either story stories set sets lot lots group groups same different diff "
    "differ similar one or and the in of".split()
)
_COMMISSIONER = re.compile(r"\b(?:pcc|pccs|commissioner|commissioners)\b")
_REASON = re.compile(
    r"\b(?:reasons?|why|because|explanations?|justifications?|excuses?|grounds|rationale|motives?|causes?)\b"
)


# "which of the two areas left the door open to G4S?", "who's more open to
# G4S, Herts or the East Mids?", "out of Lloyd and Loader, which commissioner
# still wants to outsource?": a claim put to each story, to find the one it holds of.
_WHICH_OF_TWO = re.compile(
    r"^(?:which|what|who) of the (?:two|2|both) (?:\w+ ){0,2}?(?:lots?|sets?|groups?|areas?|places?|regions?|"
    r"sides?|forces|stories|deals|articles|commissioners|pccs|people|men|counties)(?: of (?:forces|police))? "
    r"(?P<rest>.+)$"
)
_MORE_OF = re.compile(
    r"^(?:who|which)(?: one| side| lot| story| deal)? (?:is|s|was|are|were|seems?|sounds?) "
    r"(?:more|most|the more|the most) (?P<rest>.+ or .+)$"
)
_OUT_OF = re.compile(
    r"^(?:out of|between|of) (?P<choices>.+? (?:and|or) .+?) (?:which|who)(?: one)?(?: of them)?"
    r"(?: (?P<office>commissioner|pcc)| (?:force|lot|side|story|deal|one|area))? (?P<rest>.+)$"
)
_HOLDS = "holds"
_CHOICE = "choice"  # "which pcc still wants to outsource, lloyd or loader"


def _read(line: str, contrast: bool) -> Question | None:
    if m := _WHICH_STORY.match(line):
        return Question(line, Form.COMPARE, body(m["rest"] or m["rest2"] or m["rest3"]), slot="story")
    if m := _OR_ONLY.match(line):
        return Question(line, Form.COMPARE, body(_IN_STORY.sub(" ", m["rest"])), slot="story")
    if m := _WHICH_IS_WHICH.match(line):
        return Question(line, Form.COMPARE, body(m["rest"]), slot=_EACH_ITS_OWN)
    if m := _WHERE_STORY.match(line):
        return Question(line, Form.COMPARE, body(m["rest"]), slot="story")
    if (m := _WHICH_OF_TWO.match(line)) and not _ABOUT_WORD.match(body(m["rest"])):
        return Question(line, Form.COMPARE, body(m["rest"]), slot=_HOLDS)
    if m := _MORE_OF.match(line):
        return Question(line, Form.COMPARE, body(m["rest"]), slot=_HOLDS)
    if m := _OUT_OF.match(line):
        # "which commissioner still wants to ...": the claim is of a commissioner.
        claim = f"{m['office']} {m['rest']}" if m["office"] else m["rest"]
        return Question(line, Form.COMPARE, body(claim), slot=_HOLDS, about=m["choices"])
    if m := _WHICH_LOT.match(line):
        rest = body(m["rest"])
        # "which of the two deals was about 999 control rooms?": the deal it describes.
        return Question(line, Form.COMPARE, rest, slot=_ABOUT if _ABOUT_WORD.match(rest) else "")
    if m := _DIFFERENCE.match(line):
        rest = next(
            (
                g
                for g in (m["rest7"], m["rest8"], m["rest"], m["rest2"], m["rest3"], m["rest4"], m["rest5"], m["rest6"])
                if g
            ),
            "",
        )
        if m["tail5"]:
            rest = f"{rest} {m['tail5']}"
        return Question(line, Form.COMPARE, body(rest))
    said = set(line.split())
    if _SAME_OFFICE.search(line):
        return Question(line, Form.COMPARE, body(line), slot="same")
    if said & VERSUS:
        sides = _sides(line)
        if sides is None:  # "herts vs", "vs?": no pair to set side by side
            return Question(line, Form.COMPARE, "", slot=_NO_PAIR)
        if said & _ASKED and not said & _SIDE_BY_SIDE:
            # "Lloyd vs Loader: what are their jobs?": the question asked of each side.
            return Question(line, Form.COMPARE, body(line), slot=_EACH_SIDE)
        return Question(line, Form.COMPARE, body(" ".join(w for w in line.split() if w not in VERSUS)))
    if m := _WHICH_CHOICE.match(line):
        return Question(line, Form.COMPARE, body(m["rest"]), slot=_CHOICE)
    if said & _BOTH and said & _SAME:
        return Question(line, Form.COMPARE, body(line), slot="same" if line.split(maxsplit=1)[0] in AUX else "")
    return None


# "..., Herts or East Midlands?": the stories offered to choose from, the
# last words of a question, each of a few words.
_CHOICE_WORDS = 4


def _without_choices(ask: Ask, text: str, *, people: bool = False) -> str:
    """A question's words less the stories it offers to choose between (with
    `people`, also named as somebody of one story: "Lloyd or Loader")."""
    found = text.split()
    if "or" not in found:
        return text
    at = len(found) - 1 - found[::-1].index("or")
    second = found[at + 1 :]
    if not 0 < len(second) <= _CHOICE_WORDS or not _names_story(ask, second, people=people):
        return text
    for size in range(1, _CHOICE_WORDS + 1):
        first = found[max(0, at - size) : at]
        if len(first) == size and _names_story(ask, first, people=people):
            return " ".join(found[: at - size])
    return text


def _names_story(ask: Ask, option: list[str], *, people: bool = False) -> bool:
    """Whether some words are a deal or one of its parties, and nothing else."""
    reading = ask.read(" ".join(option))
    return bool(reading.units) and all(
        u.mention is not None
        and any(
            t in ask.fb.deals or t in ask.qi.parties or (people and _of_one_story(ask, t)) for t in u.mention.targets
        )
        for u in reading.units
    )


def _of_one_story(ask: Ask, target: str) -> bool:
    """A person of one story only: offered as a choice, that story."""
    entity = ask.fb.entities.get(target)
    return entity is not None and entity.kind in graph.PERSON_KINDS and len(ask.qi.deals_of.get(target, ())) == 1


def _stories_only(ask: Ask, line: str) -> bool:
    """Whether all a line names is stories, two or more ("back office deal vs 999 deal")."""
    mentions = ask.read(line).mentions
    return len(mentions) > 1 and all(set(m.targets) <= set(ask.fb.deals) for m in mentions)


def _each_side(ask: Ask, question: Question) -> Answer | Question:
    """ "Leics vs Herts: who's the commissioner?": each side's own answer, in turn."""
    from commands.ask.compose import combine  # noqa: PLC0415 - compose imports the forms
    from commands.ask.forms import answer  # noqa: PLC0415 - the registry imports this module

    pair = _sides(question.text)
    assert pair is not None, "read as a pair"
    if _stories_only(ask, question.text):
        # "back office deal vs 999 deal: which services?": the stories side by side.
        return _answer(
            ask, replace(question, slot="", body=body(" ".join(w for w in question.text.split() if w not in VERSUS)))
        )
    answers = [answer(ask, reread(side, _read)) for side in _side_lines(pair)]
    both = combine(ask, answers, [True] * len(answers))
    if all(a.matched for a in answers) and answers[0].title != answers[1].title:
        both = replace(both, title=and_list([a.title for a in answers]))
    return both


def _answer(ask: Ask, question: Question) -> Answer | Question:
    fb = ask.fb
    body = _without_choices(ask, question.body) if question.slot == "story" else question.body
    text = " ".join(w for w in words(body) if w not in _ASPECT_STOPS)
    reading = ask.read(text)
    if question.slot == _NO_PAIR:
        return not_found(fb, ask.echoed, ask.read(question.text).mentions)
    if question.slot == _EACH_SIDE:
        return _each_side(ask, question)
    if reading.places and not reading.anchor:
        return not_found(fb, ask.echoed, reading.mentions, places=reading.places)
    if question.slot == "story":
        return _which_story(ask, question, reading)
    if question.slot == _EACH_ITS_OWN:
        return _which_is_which(ask, question)
    if question.slot == _HOLDS:
        return _which_holds(ask, question)
    if question.slot == _CHOICE:
        held = _which_holds(ask, question)
        # Held of neither story: the question asks something else of its
        # choices ("which deal went through Lincs police, herts or em?").
        return held if held.matched else reread(question.text, _read)
    if question.slot == _ABOUT:
        described = _described(ask, reading)
        if described is not None:
            return described
    if (
        not question.slot
        and len(reading.anchor) == 1
        and len(reading.mentions) > 1
        and not _STORIES.search(text)
        and not _THE_OTHER.search(question.text)
    ):
        # "the link between G4S and the Olympics": things of one story, not
        # the stories side by side; what ties them is what that story says of both.
        return replace(question, form=Form.WHAT, body=text)
    deals = list(fb.deals)
    if _COMMISSIONER.search(question.text):
        return _commissioners(ask, question, deals)
    if question.slot == "same" and _SAME_OFFICE.search(question.text):
        office = _same_office(ask, reading)
        if office is not None:
            return office
    kind = next((k for k, cue in _KIND_CUES if cue.search(question.text)), "")
    if kind and question.slot == "same":
        return _same_kind(ask, question, deals, kind)
    reason = bool(_REASON.search(question.text))
    aspect = [u for u in reading.units if u.mention is None and u.key not in ask.qi.deal_nouns]
    topic = "reason" if reason else next((t for t, cue in _ASPECT_TOPICS if cue.search(text)), None)
    if topic == "services":
        return _services(ask, deals)
    if not aspect and not reason:
        # "How did the two deals differ?", "what connects the articles?":
        # the deals side by side, from the fact graph.
        return _side_by_side(ask, deals)
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        best = _best(ask, reading, deal_id, topic=topic)
        deal = fb.deals[deal_id]
        if best is None:
            lines.append(f"**{deal.name}**: {deal.status}. {deal.summary}")
            ids.append(deal_id)
        else:
            # Plans compared: each story's first plans lead, as its article leads with them.
            lead = [f.id for f in fb.facts_of_deal(deal_id, "next")][:_LEAD_PLANS] if topic == "next" else []
            shown = [*lead, *([] if best in lead else [best])]
            lines.append(f"**{deal.name}**: " + " ".join(_said(ask, r) for r in shown))
            ids += shown
    title = "Different reasons in each story" if reason else "Each story"
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


# "One story mentions a framework contract and the other a feasibility
# study - which is which?": each thing named, in the story that has it.
_WHICH_IS_WHICH = re.compile(r"^which is which\b(?P<rest>.*)$")
_EACH_ITS_OWN = "which is which"
# "one story mentions ...": what opens the first thing named.
_FIRST_PART = re.compile(r"^(?:one|the first) (?:of the )?(?:stories|story|articles?|pieces?)\s+(?:\w+s\s+)?")
_OTHER_PART = re.compile(
    r"\s+(?:and\s+(?:the other(?: one)?|another(?: one)?|the second)?|the other(?: one)?|the second)\s*"
    r"(?:(?:has|mentions|is about|features|talks about|names|quotes)\s+)?"
)
_WHICH_IS_WHICH_TAIL = re.compile(r"\s*which is which$")


# Words that put the stories themselves side by side.
_STORIES = re.compile(r"\b(?:stories|articles|deals|both|two|each)\b")
# "what herts wanted and what the other three forces wanted": the other story too.
_THE_OTHER = re.compile(r"\bthe other\b")


def _which_is_which(ask: Ask, question: Question) -> Answer:
    """Each of two things a message names, with the one story whose records
    best cover it; the articles don't say when a thing fits neither."""
    fb, qi = ask.fb, ask.qi
    # "one story has X, the other Y. which is which?": the things are in the sentence before.
    said = question.body or _WHICH_IS_WHICH_TAIL.sub("", prepare(ask.query)[0])
    text = _FIRST_PART.sub("", said)
    parts = [p for p in _OTHER_PART.split(text) if p.strip()]
    lines: list[str] = []
    ids: list[str] = []
    for part in parts[:2]:
        reading = ask.read(part)
        ranked = [s for s in rank(qi, Aim(), reading, records) if s.cover >= COVER_MIN]
        if not ranked or len(ranked[0].item.deals) != 1:
            return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
        best = ranked[0].item
        deal = fb.deals[next(iter(best.deals))]
        lines.append(f"**{part.strip()}**: the {deal.name} story ({graph.deal_line(fb, deal)}). {_said(ask, best.id)}")
        ids.append(best.id)
    if len(lines) < 2:
        return not_found(fb, ask.echoed, ())
    return Answer(title="Each in its own story", body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


_ABOUT = "about"
_ABOUT_WORD = re.compile(r"^(?:about|to do with|concerned with|over|involving)\b")


def _described(ask: Ask, reading: Reading) -> Answer | None:
    """The one deal whose own name, services and summary cover what it is
    said to be about, with its services record."""
    fb = ask.fb
    found = [d for d in fb.deals if deal_about(ask, replace(reading, anchor=frozenset({d})), d) == "yes"]
    if len(found) != 1:
        return None
    deal = fb.deals[found[0]]
    said = next((f.id for f in fb.facts_of_deal(deal.id, "services")), deal.id)
    lines = [f"**{deal.name}**: {and_list(deal.services)}.", _said(ask, said) or deal.summary]
    return Answer(
        title=f"Only one story: the {deal.name}", body="\n".join(lines), citations=citations(fb, [said]), ids=(said,)
    )


def _which_holds(ask: Ask, question: Question) -> Answer:
    """The story a claim holds of: put to each story on its own records (or
    to the stories of the people or places offered to choose from); one
    story saying yes is the answer, cited alone. Both saying yes is both;
    none, the articles don't say."""
    fb = ask.fb
    claim = _without_choices(ask, question.body, people=True)
    offered = ask.read(question.about or question.body[len(claim) :]).mentions
    candidates = [d for d in fb.deals if any(d in graph.deals_named(fb, m.targets) for m in offered)] or list(fb.deals)
    said = {d: in_story(ask, claim, d) for d in candidates}
    yes = [(d, lead) for d, (word, lead) in said.items() if word == "yes" and lead]
    if not yes:
        reading = ask.read(claim)
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    lines = [f"**{fb.deals[d].name}**: {_said(ask, lead) or fb.deals[d].summary}" for d, lead in yes]
    ids = [lead for _, lead in yes]
    title = f"Only one story: the {fb.deals[yes[0][0]].name}" if len(yes) == 1 else "Both stories"
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _best(ask: Ask, reading: Reading, deal_id: str, *, topic: str | None) -> str | None:
    """The record of one deal that best covers the aspect asked about."""
    qi = ask.qi
    if not reading.units or all(u.mention is not None for u in reading.units):
        if topic:
            firsts = [f.id for f in ask.fb.facts_of_deal(deal_id, topic)]
            return firsts[0] if firsts else None
        return None
    mine = Reading(tuple(u for u in reading.units if u.mention is None), frozenset({deal_id}))
    ranked: list[Scored] = [
        s
        for s in rank(qi, Aim(topic=topic), mine, records)
        if deal_id in s.item.deals and (s.cover >= COVER_MIN or (topic and topic in s.item.topics))
    ]
    ranked = facts_first(qi, ranked)
    if not ranked and topic:
        # "how did their explanations differ": the deal's own first record of the kind.
        firsts = [f.id for f in ask.fb.facts_of_deal(deal_id, topic)]
        return firsts[0] if firsts else None
    return ranked[0].item.id if ranked else None


def _said(ask: Ask, record_id: str) -> str:
    fb = ask.fb
    if record_id in fb.quotes:
        return quote_text(fb, fb.quotes[record_id])
    for table in (fb.facts, fb.events):
        record = table.get(record_id)
        if record is not None:
            return record.text
    return ""


def _side_by_side(ask: Ask, deals: list[str]) -> Answer:
    """Each deal's parties, services, outcome, reason and next step, and
    what the deals share."""
    fb = ask.fb
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        parts = [f"{graph.deal_line(fb, deal)}; {and_list(deal.services)}; {deal.status}."]
        for topic in ("reason", "next"):
            first = next(iter(fb.facts_of_deal(deal_id, topic)), None)
            if first is not None:
                parts.append(first.text)
                ids.append(first.id)
        lines.append(f"**{deal.name}**: " + " ".join(parts))
        ids.append(deal_id)
    shared = [c for c in fb.deals[deals[0]].companies if all(c in fb.deals[d].companies for d in deals)]
    if shared:
        statuses = and_list(dict.fromkeys(fb.deals[d].status for d in deals))
        names = and_list(fb.entities[c].name for c in shared)
        lines.insert(0, f"**In common:** {names}, the company in every story; each deal {statuses}.")
    ids = list(dict.fromkeys(ids))
    title = "Compared: " + " and ".join(fb.deals[d].name for d in deals)
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


# An aspect each deal has records of: "what services each", "how do they
# differ in what they plan to do".
_ASPECT_TOPICS = (
    ("services", re.compile(r"\b(?:services?|functions?|(?:wanted|want|wants) (?:\w+ )?(?:for|from))\b")),
    ("next", re.compile(r"\b(?:plans?|planning|next|instead|future|afterwards|after that|going to do)\b")),
)


_LEAD_PLANS = 2


def _services(ask: Ask, deals: list[str]) -> Answer:
    """Each deal's services, from its own record."""
    fb = ask.fb
    lines: list[str] = []
    ids: list[str] = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        said = next(iter(fb.facts_of_deal(deal_id, "services")), None)
        lines.append(f"**{deal.name}**: {and_list(deal.services)}." + (f" {said.text}" if said else ""))
        ids.append(said.id if said else deal_id)
    return Answer(title="Services in each story", body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _same_office(ask: Ask, reading: Reading) -> Answer | None:
    """ "Do Lloyd and Loader hold the same post?": each one's role, and the
    words of office they share (a place before them says only where)."""
    fb = ask.fb
    people = list(
        dict.fromkeys(
            t
            for m in reading.mentions
            for t in m.targets
            if t in fb.entities and fb.entities[t].kind in graph.PERSON_KINDS and fb.entities[t].role
        )
    )
    if len(people) != 2:  # two people put side by side
        return None
    roles = [fb.entities[p].role.split() for p in people]
    shared: list[str] = []
    for a, b in zip(reversed(roles[0]), reversed(roles[1]), strict=False):
        if a.lower() != b.lower():
            break
        shared.insert(0, a)
    office = " ".join(shared)
    lines = [graph.role_line(fb, fb.entities[p]) + "." for p in people]
    if roles[0] == roles[1]:
        title = f"Yes: both {office}"
    elif any(stem(w.lower()) in OFFICES for w in shared):
        title = f"Yes: both are {office}s, of different forces"
    else:
        title = "No: different posts"
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, people), ids=tuple(people))


# Kinds of party a "same in both stories?" question may ask of, from the fact graph.
_SAME_KIND = r"\b(?:same|different|diff) (?:\w+ )?"
_KIND_CUES = (
    ("company", re.compile(_SAME_KIND + r"(?:company|companies|firm|firms|contractor|business)\b")),
    ("union", re.compile(_SAME_KIND + r"unions?\b")),
    ("forces", re.compile(_SAME_KIND + r"(?:forces?|police)\b")),
)


def _same_kind(ask: Ask, question: Question, deals: list[str], kind: str) -> Answer:
    """ "Is it the same company in both stories?": each deal's parties of that
    kind, and whether they are the same."""
    fb = ask.fb
    found = {d: members(ask, d, kind) for d in deals}
    named = [d for d in deals if found[d]]
    if not named:
        return not_found(fb, ask.echoed, (), lacking=f"They name no {kind.rstrip('s')} in either story.")
    if len(named) < len(deals):
        # "same union in both stories?": Unison is only in one of them.
        only = [e.name for e in found[named[0]]]
        ids = [e.id for e in found[named[0]]]
        title = f"No: {and_list(only)} only in the story on the {fb.deals[named[0]].name}"
        lines = [f"**{fb.deals[named[0]].name}**: " + "; ".join(graph.role_line(fb, e) for e in found[named[0]]) + "."]
        return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))
    sets = {frozenset(e.id for e in found[d]) for d in deals}
    shared = frozenset.intersection(*sets)
    lines = [f"**{fb.deals[d].name}**: " + "; ".join(graph.role_line(fb, e) for e in found[d]) + "." for d in deals]
    if len(sets) == 1:
        title = f"Yes: {and_list(fb.entities[e].name for e in sorted(shared))} in both stories"
    elif shared:
        title = f"Partly: {and_list(fb.entities[e].name for e in sorted(shared))} in both stories"
    else:
        title = f"No: a different {kind.rstrip('s')} in each story"
    ids = [e.id for d in deals for e in found[d]]
    ids = list(dict.fromkeys(ids))
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _commissioners(ask: Ask, question: Question, deals: list[str]) -> Answer:
    """ "Is it the same PCC in both stories?": each deal's commissioner."""
    fb = ask.fb
    lines = []
    ids: list[str] = []
    found: list[str] = []
    for deal_id in deals:
        people = [e for e in graph.linked(fb, deal_id, graph.PERSON_KINDS) if "commissioner" in e.role.lower()]
        if people:
            lines.append(f"**{fb.deals[deal_id].name}**: " + "; ".join(graph.role_line(fb, e) for e in people) + ".")
            ids += [e.id for e in people]
            found += [e.id for e in people]
    if not lines:
        return not_found(fb, ask.echoed, ())
    same = len(set(found)) == 1
    verdict = ("Yes" if same else "No") + ": " if question.slot == "same" else ""
    title = f"{verdict}{'the same commissioner' if same else 'a different commissioner in each story'}"
    return Answer(
        title=title[:1].upper() + title[1:], body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids)
    )


def _which_story(ask: Ask, question: Question, reading: Reading) -> Answer:
    """Which story speaks of something: the best record on it in each deal."""
    fb = ask.fb
    if not reading.units:
        return not_found(fb, ask.echoed, ())
    hits: list[tuple[str, str]] = []
    for deal_id in fb.deals:
        about = {t for m in reading.mentions for t in m.targets}
        named = [r for r in ask.qi.records_of.get(deal_id, ()) if about and about <= ask.qi.items[r].about]
        # Asked of somebody ("which story quotes G4S's spokesman"), a story
        # that never speaks of them is no answer, whatever else it shares;
        # asked what they did ("which story does G4S respond in"), a record
        # of them doing it.
        named = _doing(ask, reading, deal_id, named) if named else named
        best = named[0] if named else None if about else _best(ask, reading, deal_id, topic=None)
        if best is not None:
            hits.append((deal_id, best))
    if not hits:
        return not_found(fb, ask.echoed, reading.mentions, unknown=reading.unknown_words)
    lines = [f"**{fb.deals[d].name}**: {_said(ask, r)}" for d, r in hits]
    title = f"Only one story: the {fb.deals[hits[0][0]].name}" if len(hits) == 1 else "Both stories"
    ids = [r for _, r in hits]
    return Answer(title=title, body="\n\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


def _doing(ask: Ask, reading: Reading, deal_id: str, named: list[str]) -> list[str]:
    """Of the records naming whom a question is about, those that say what it
    says they did: by their words, or by their kind ("respond": a reaction)."""
    doing = tuple(u for u in reading.units if u.mention is None and u.weight >= COMMON and settles(u))
    if not doing:
        return named
    mine = Reading(doing, frozenset({deal_id}))
    kinds = {topic_of_word(u.key) for u in doing} - {None}
    done = {
        s.item.id
        for s in rank(ask.qi, Aim(), mine, records, among=named)
        if s.cover >= COVER_MIN or kinds & s.item.topics
    }
    return [r for r in named if r in done]  # in the article's order, as before


# "what happened in each story", "the reasons across both deals": asked of
# every story, each answered from its own records.
_EACH = re.compile(
    r"\s*\b(?:in|across|for|from|of|on) (?:each|both|all|the two|the 2|either) (?:of the )?"
    r"(?:stories|story|articles?|deals?|pieces?|cases?)\b"
)


def _read_each(line: str, contrast: bool) -> Question | None:
    if not _EACH.search(line) or line.split(" ", 1)[0] in AUX:
        return None  # "is G4S in both stories?" is a yes or no
    rest = " ".join(_EACH.sub(" ", line).split())
    first = rest.split(" ", 1)[0]
    if first in AUX:
        # "in both cases was X the reason given?": a yes/no put to each story.
        text = f"{rest} in both stories"
        return Question(text, Form.YES_NO, body(text[len(first) :]))
    return Question(line, Form.COMPARE, body(rest[len(first) :] if first in QUESTION_WORDS else rest))


ENTRIES = (Entry(Form.COMPARE, _read, _answer),)
EACH = (Entry(Form.COMPARE, _read_each, _answer),)
