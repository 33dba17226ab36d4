"""Every question of the question sets, asked by mentioning the bot, gets
the very answer `factbot ask` gives the same text (issue 9's promise)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.discord_bot import Factbot
from bot.embeds import answer_embeds
from commands import respond
from knowledge import FactBase
from tests.bot.fakes import parts, say

SETS = Path(__file__).resolve().parent.parent / "commands"


def _questions() -> list[str]:
    out: list[str] = []
    for name in ("questions.yaml", "questions_dev.yaml"):
        out += [str(entry["q"]) for entry in yaml.safe_load((SETS / name).read_text(encoding="utf-8"))]
    return list(dict.fromkeys(out))


async def test_a_mention_answers_every_question_as_the_console_does(bot: Factbot, fb: FactBase) -> None:
    assert bot.user is not None
    questions = _questions()
    assert len(questions) > 400
    differ = []
    for question in questions:
        replies = await say(f"{bot.user.mention} {question}")
        shown = [parts(e) for m in replies for e in m.embeds]
        if shown != [parts(e) for e in answer_embeds(respond(fb, question))]:
            differ.append(question)
    assert not differ, f"{len(differ)} differ, e.g. {differ[:3]}"
