"""A command that fails: one friendly line for the user, the traceback in the log."""

from __future__ import annotations

import logging

import pytest
from discord.ext.commands import CommandInvokeError

from bot.discord_bot import Factbot
from bot.errors import FRIENDLY, OUT_OF_DATE
from tests.bot.fakes import SlashHarness, say


def explode(*args: object) -> None:
    raise RuntimeError("secret internals")


async def test_a_failing_command_says_one_friendly_line(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("bot.facts_cog.run_command", explode)
    with caplog.at_level(logging.ERROR):
        [reply] = await say("!deal herts", raises=CommandInvokeError)
    assert reply.content == FRIENDLY
    assert "secret internals" not in reply.content
    [record] = [r for r in caplog.records if r.name == "bot.errors"]
    assert record.getMessage().startswith("Command deal failed in guild")
    assert record.exc_info is not None and "secret internals" in str(record.exc_info[1])


async def test_a_failing_mention_says_one_friendly_line(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("bot.facts_cog.respond", explode)
    assert bot.user is not None
    with caplog.at_level(logging.ERROR):
        [reply] = await say(f"{bot.user.mention} why did herts drop g4s?")
    assert reply.content == FRIENDLY
    assert "Answering a message failed" in caplog.text and "secret internals" in caplog.text


async def test_a_failing_slash_command_answers_privately(
    bot: Factbot, slash: SlashHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.facts_cog.run_command", explode)
    [message] = (await slash.invoke("deal", query="herts")).messages
    assert message["content"] == FRIENDLY
    assert message["flags"] == 64


async def test_a_slash_command_this_bot_no_longer_has_says_to_sync(slash: SlashHarness) -> None:
    [message] = (await slash.invoke("frobnicate", query="x")).messages
    assert message["content"] == OUT_OF_DATE.format(prefix="!")
    assert message["flags"] == 64
