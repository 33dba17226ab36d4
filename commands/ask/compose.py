"""One answer to a message that asks two things ("what was the study about
and when was it announced?"): each part's answer in turn, declines left out
when another part was answered, and never the same record twice."""

from __future__ import annotations

from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask.pipeline import Ask
from commands.format import citations


def combine(ask: Ask, answers: list[Answer]) -> Answer:
    answered = [a for a in answers if a.matched]
    if len(answers) == 1 or not answered:
        return answers[0]
    lead = answered[0]
    parts = [lead.body]
    ids = list(lead.ids)
    stories = {c.source_id for c in lead.citations}
    for other in answered[1:]:
        if other.ids and other.ids[0] in ids:
            continue  # the first part's answer already shows it
        if not {c.source_id for c in other.citations} <= stories:
            continue  # one answer never mixes the two stories
        parts.append(f"**{other.title}**\n{other.body}")
        ids += [i for i in other.ids if i not in ids]
    status = Status.AMBIGUOUS if any(a.status is Status.AMBIGUOUS for a in answered) else Status.OK
    return replace(lead, body="\n\n".join(parts), ids=tuple(ids), citations=citations(ask.fb, ids), status=status)
