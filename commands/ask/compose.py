"""One answer to a message that asks two things ("what was the study about
and when was it announced?"): each part's answer in turn, declines left out
when another part was answered, and never the same record twice."""

from __future__ import annotations

from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.pipeline import Ask
from commands.ask.render import RUNNER_UP
from commands.ask.scope import asks_each_story
from commands.format import citations


def combine(ask: Ask, answers: list[Answer], named: list[bool] | None = None) -> Answer:
    """The parts' answers as one. `named` says, per part, whether the part
    names a story of its own ("which deal was about 999 control rooms and
    which about back office work?"): such a part's answer may be from
    another story than the first's, each under its own heading."""
    answered = [(a, bool(named and named[i])) for i, a in enumerate(answers) if a.matched]
    if len(answers) == 1 or not answered:
        return answers[0]
    # A part left unanswered is said so plainly, by its place in the message.
    unanswered = [i + 1 for i, a in enumerate(answers) if not a.matched]
    elsewhere: list[int] = []
    # Each part's own answer first, the runner-ups after them all: put
    # between, a runner-up would stand before the next part's answer, where
    # a reader stops.
    split = [(*_runner_up_out(a.body), own, a) for a, own in answered]
    lead = replace(split[0][3], body=split[0][0])
    parts = [lead.body]
    later = [split[0][1]]
    ids = list(lead.ids)
    stories = {c.source_id for c in lead.citations}
    for body, runner_up, own, other in split[1:]:
        if other.ids and other.ids[0] in ids:
            continue  # the first part's answer already shows it
        if not own and not {c.source_id for c in other.citations} <= stories:
            elsewhere.append(answers.index(other) + 1)
            continue  # one answer never lends a part the other story
        # A body that opens with its own bold name ("**Sir Clive Loader**: ...") needs no title over it.
        parts.append(body if body.startswith(f"**{other.title}**") else f"**{other.title}**\n{body}")
        later.append(runner_up)
        ids += [i for i in other.ids if i not in ids]
    parts += [r for r in later if r]
    if unanswered:
        parts.append(f"*Not answered:* the {_nth(unanswered)} part of the question; the articles don't say.")
    if elsewhere:
        parts.append(
            f"*Not answered here:* the {_nth(elsewhere)} part of the question, from another story: ask it alone."
        )
    status = Status.AMBIGUOUS if any(a.status is Status.AMBIGUOUS for a, _ in answered) else Status.OK
    return replace(lead, body="\n\n".join(parts), ids=tuple(ids), citations=citations(ask.fb, ids), status=status)


_RUNNER_UP = f"\n\n{RUNNER_UP} "
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _nth(places: list[int]) -> str:
    return " and ".join(_ORDINALS.get(n, str(n)) for n in sorted(places))


def _runner_up_out(body: str) -> tuple[str, str]:
    """An answer's body without its close runner-up ("**Also:** ..."), and that runner-up ("" if none)."""
    head, found, rest = body.partition(_RUNNER_UP)
    if not found:
        return body, ""
    runner_up, _, after = rest.partition("\n\n")
    return head + ("\n\n" + after if after else ""), _RUNNER_UP.strip("\n") + runner_up


def first_story_name(ask: Ask, first: Answer, part: str) -> str:
    """A name of the story the first part was answered from, for a later part
    naming no story to be read in ("when was the privatisation decision taken,
    and which functions did it cover?" asks both of one story, which only the
    first answer tells); "" to read the part as asked, as a part asked of
    every story is ("and did both drop G4S?")."""
    if not first.matched or asks_each_story(part, anchored_one=False):
        return ""
    items = ask.qi.items
    deals = {d for i in first.ids if i in items for d in items[i].deals}
    if len(deals) != 1:
        return ""
    deal = ask.fb.deals[next(iter(deals))]
    return next((a for a in deal.aliases if ask.read(a).anchor == {deal.id}), "")
