"""Every question of the question sets, asked by mentioning the bot, gets
the very answer `factbot ask` gives the same text (issue 9's promise)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.config import Cooldown
from bot.embeds import answer_embeds
from commands import respond
from knowledge import FactBase
from tests.bot.conftest import MakeBot
from tests.bot.fakes import bot_config, parts, say

SETS = Path(__file__).resolve().parent.parent / "commands"


def _questions() -> list[str]:
    """Every question of every set in tests/commands, the blind ones included."""
    out: list[str] = []
    for path in sorted(SETS.glob("questions*.yaml")):
        out += [str(entry["q"]) for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return list(dict.fromkeys(out))


async def test_a_mention_answers_every_question_as_the_console_does(make_bot: MakeBot, fb: FactBase) -> None:
    questions = _questions()
    # One asker sends them all: a cooldown that lets every one through.
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=len(questions) + 1, per=60.0)))
    assert bot.user is not None
    assert len(questions) > 1500
    differ = []
    for question in questions:
        replies = await say(f"{bot.user.mention} {question}")
        shown = [parts(e) for m in replies for e in m.embeds]
        if shown != [parts(e) for e in answer_embeds(respond(fb, question))]:
            differ.append(question)
    assert not differ, f"{len(differ)} differ, e.g. {differ[:3]}"
