"""Sending: plain text without Embed Links, and a refused send logged, not reported."""

from __future__ import annotations

import logging

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test.backend import FakeRequest

from bot.discord_bot import Factbot
from bot.embeds import text_pages
from bot.terminal import render
from commands import respond
from knowledge import FactBase
from tests.bot.conftest import Sent
from tests.bot.fakes import channel, say


async def test_without_embed_links_the_answer_is_the_terminal_text(bot: Factbot, fb: FactBase, sent: Sent) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), embed_links=False)
    replies = await say("!quote unison")
    answer = respond(fb, "!quote unison")
    assert [m.content for m in replies] == [render(answer)]
    assert all(not m.embeds for m in replies)
    # A long answer continues over several messages, each under 2,000 characters.
    replies = await say("!deal herts")
    assert [m.content for m in replies] == text_pages(respond(fb, "!deal herts"))
    assert len(replies) == 2 and all(len(m.content) <= 2000 for m in replies)
    assert all(p["allowed_mentions"]["parse"] == [] for p in sent.payloads)


async def test_everyone_stays_inert_in_plain_text_too(bot: Factbot, sent: Sent) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), embed_links=False)
    [reply] = await say("!deal @everyone")  # a mention is no word: refused, not echoed
    assert "@everyone" not in reply.content
    [reply] = await say("!deal @someone")  # echoed, with its @ broken
    assert "@\u200bsomeone" in reply.content
    assert all(p["allowed_mentions"] == {"parse": [], "replied_user": False} for p in sent.payloads)


async def test_without_read_message_history_it_sends_without_quoting(bot: Factbot, sent: Sent) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), read_message_history=False)
    [reply] = await say("!deal herts")
    assert reply.embeds
    assert "message_reference" not in sent.payloads[-1]


async def test_where_it_cannot_send_it_logs_and_moves_on(
    bot: Factbot, sent: Sent, caplog: pytest.LogCaptureFixture
) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), send_messages=False)
    with caplog.at_level(logging.WARNING):
        assert await say("!deal herts") == []
    assert sent.payloads == [], "no request Discord would refuse"
    assert "Cannot send messages in guild" in caplog.text


async def test_a_send_refused_by_discord_is_logged_not_reported(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    async def refuse(channel_id: int, **kwargs: object) -> None:
        attempts.append(channel_id)
        raise discord.Forbidden(FakeRequest(403, "Forbidden"), {"code": 50013, "message": "Missing Permissions"})

    monkeypatch.setattr(bot.http, "send_message", refuse)
    with caplog.at_level(logging.WARNING):
        assert await say("!deal herts") == []
    # Embeds, then once as plain text (Missing Permissions may be Embed Links); then it stops,
    # and the failure is not reported into the same channel.
    assert attempts == [channel().id, channel().id]
    assert "Discord refused a message in guild" in caplog.text
    assert "Missing Permissions" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
