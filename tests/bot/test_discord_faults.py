"""Discord failing under the bot: refusals, server errors and rate limits on
send, slow answers to slash commands, autocomplete that breaks.

Faults are raised where Discord raises them for discord.py: by the HTTP
client's send_message, as discord.py's own exception types, under dpytest's
fake Discord. The bot must log each fault, not crash, not retry in a loop
(every send attempt is counted), and keep answering everywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test.backend import FakeRequest

from bot import facts_cog
from bot.config import Cooldown
from bot.discord_bot import Factbot
from bot.embeds import text_pages
from bot.errors import FRIENDLY
from commands import Answer, respond
from knowledge import FactBase
from tests.bot import fakes
from tests.bot.conftest import MakeBot
from tests.bot.fakes import SlashHarness, answer_only_once_deferred, bot_config, channel, member, new_channel, say

OTHER_CHANNEL = 720000000000000001

Fault = Callable[[], BaseException]


def forbidden() -> BaseException:
    return discord.Forbidden(FakeRequest(403, "Forbidden"), {"code": 50013, "message": "Missing Permissions"})


def missing_access() -> BaseException:
    return discord.Forbidden(FakeRequest(403, "Forbidden"), {"code": 50001, "message": "Missing Access"})


def embed_invalid() -> BaseException:
    """What Discord answers an embed it will not take (say, a field it finds too long): a 400."""
    body = {"code": 50035, "message": "Invalid Form Body", "errors": {"embeds": {"0": {"description": {}}}}}
    return discord.HTTPException(FakeRequest(400, "Bad Request"), body)


def server_error() -> BaseException:
    return discord.DiscordServerError(FakeRequest(503, "Service Unavailable"), {"code": 0, "message": "upstream"})


def too_many_requests() -> BaseException:
    body = {"code": 0, "message": "You are being rate limited.", "retry_after": 2.5, "global": False}
    return discord.HTTPException(FakeRequest(429, "Too Many Requests"), body)


def rate_limited() -> BaseException:
    return discord.RateLimited(retry_after=30.0)  # discord.py's own, when a wait exceeds its maximum


FAULTS: dict[str, Fault] = {
    "forbidden": forbidden,
    "missing access": missing_access,
    "5xx": server_error,
    "429": too_many_requests,
    "RateLimited": rate_limited,
}


class FaultyDiscord:
    """bot.http.send_message, counting every attempt and failing where told."""

    def __init__(self, bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[tuple[int, bool]] = []  # (channel id, with embeds)
        self.failing: dict[int, Fault] = {}  # channel id -> the fault every send there raises
        self.grace: dict[int, int] = {}  # channel id -> sends that still succeed before it fails
        self.embeds_refused: set[int] = set()  # channels where only sends with embeds are refused...
        self.embed_refusal: Fault = forbidden  # ...so
        original = bot.http.send_message

        async def send_message(channel_id: int, *, params: Any) -> Any:
            has_embeds = bool((params.payload or {}).get("embeds"))
            self.attempts.append((channel_id, has_embeds))
            if channel_id in self.failing:
                if self.grace.get(channel_id, 0) > 0:
                    self.grace[channel_id] -= 1
                else:
                    raise self.failing[channel_id]()
            if has_embeds and channel_id in self.embeds_refused:
                raise self.embed_refusal()
            channel = bot.get_channel(channel_id)  # noqa: F841 - dpytest's fake reads its caller's `channel`
            return await original(channel_id, params=params)

        monkeypatch.setattr(bot.http, "send_message", send_message)

    def fail(self, channel_id: int, fault: Fault, *, after: int = 0) -> None:
        self.failing[channel_id] = fault
        self.grace[channel_id] = after

    def sent_to(self, channel_id: int) -> int:
        return sum(1 for cid, _ in self.attempts if cid == channel_id)


@pytest.fixture
def discord_faults(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> FaultyDiscord:
    return FaultyDiscord(bot, monkeypatch)


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING and r.name.startswith("bot")]


# -- sending fails ---------------------------------------------------------------


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
@pytest.mark.parametrize("form", ["prefix", "mention", "plain text"])
async def test_a_failing_send_is_logged_once_and_other_channels_still_answered(
    bot: Factbot, discord_faults: FaultyDiscord, caplog: pytest.LogCaptureFixture, fault: str, form: str
) -> None:
    here, elsewhere = channel(), new_channel("elsewhere", OTHER_CHANNEL)
    assert bot.user is not None
    message = f"{bot.user.mention} why did herts drop g4s?" if form == "mention" else "!deal herts"
    if form == "plain text":  # without Embed Links: a long answer is two messages
        await dpytest.set_permission_overrides(here.guild.me, here, embed_links=False)
    discord_faults.failing[here.id] = FAULTS[fault]
    with caplog.at_level(logging.INFO):
        assert await say(message, where=here) == []  # no exception out of discord.py's handlers
    # One attempt: no retry loop, no second message to report the failure in the same channel.
    # (A refusal of Missing Permissions on embeds gets one retry as plain text; see below.)
    expected = 2 if fault == "forbidden" and form != "plain text" else 1
    assert discord_faults.sent_to(here.id) == expected
    logged = problems(caplog)
    assert logged, "the fault is logged"
    assert all(f"channel {here.id}" in r.getMessage() for r in logged)
    assert not [r for r in caplog.records if FRIENDLY in r.getMessage()]
    # Elsewhere, unaffected.
    [reply] = await say("!deal notts", where=elsewhere)
    assert reply.embeds[0].title == "East Midlands 999 control room deal"
    # And here again once Discord recovers.
    del discord_faults.failing[here.id]
    assert await say(message, where=here)


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
async def test_a_failing_send_in_a_direct_message(
    bot: Factbot, discord_faults: FaultyDiscord, caplog: pytest.LogCaptureFixture, fault: str
) -> None:
    dm = await member().create_dm()
    discord_faults.failing[dm.id] = FAULTS[fault]
    with caplog.at_level(logging.WARNING):
        assert await say("!who lloyd", where=dm) == []
    assert discord_faults.sent_to(dm.id) == (2 if fault == "forbidden" else 1)
    assert problems(caplog) and "DM" in problems(caplog)[0].getMessage()
    [reply] = await say("!who lloyd")
    assert reply.embeds[0].title == "David Lloyd"


@pytest.mark.parametrize("refusal", [forbidden, embed_invalid], ids=["missing permissions", "400"])
async def test_embeds_refused_fall_back_to_plain_text(
    bot: Factbot, fb: FactBase, discord_faults: FaultyDiscord, caplog: pytest.LogCaptureFixture, refusal: Fault
) -> None:
    """Discord says Missing Permissions for an embed when the bot lacks Embed Links
    even if its cached permissions said otherwise, and 400 for an embed it will
    not take for any other reason: either way the answer goes as text."""
    discord_faults.embeds_refused.add(channel().id)
    discord_faults.embed_refusal = refusal
    with caplog.at_level(logging.INFO):
        replies = await say("!deal herts")
    assert [m.content for m in replies] == text_pages(respond(fb, "!deal herts"))
    assert all(not m.embeds for m in replies)
    assert discord_faults.attempts == [(channel().id, True)] + [(channel().id, False)] * len(replies)
    assert "plain text" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_missing_access_is_not_retried_as_text(bot: Factbot, discord_faults: FaultyDiscord) -> None:
    """Only Missing Permissions can be about embeds; any other refusal ends the answer."""
    discord_faults.failing[channel().id] = missing_access
    assert await say("!deal herts") == []
    assert discord_faults.attempts == [(channel().id, True)]


async def test_a_failure_mid_answer_stops_the_answer(bot: Factbot, discord_faults: FaultyDiscord) -> None:
    """An answer of several messages stops at the first failure: not retried, not resent."""
    await dpytest.set_permission_overrides(channel().guild.me, channel(), embed_links=False)
    discord_faults.fail(channel().id, server_error, after=1)
    replies = await say("!deal herts")  # two pages of plain text
    assert len(replies) == 1
    assert discord_faults.sent_to(channel().id) == 2


async def test_a_failing_command_whose_error_cannot_be_sent_either(
    bot: Factbot, discord_faults: FaultyDiscord, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(*args: object) -> Answer:
        raise RuntimeError("broken command")

    monkeypatch.setattr(facts_cog, "run_command", explode)
    discord_faults.failing[channel().id] = server_error
    with caplog.at_level(logging.WARNING):
        await say("!deal herts", raises=discord.ext.commands.CommandInvokeError)
    assert discord_faults.sent_to(channel().id) == 1, "the error line was tried once, and not retried"
    assert "Command deal failed" in caplog.text and "Sending an answer failed" in caplog.text


async def test_a_failing_cooldown_notice_is_not_retried(make_bot: MakeBot, monkeypatch: pytest.MonkeyPatch) -> None:
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=1, per=60)))
    faults = FaultyDiscord(bot, monkeypatch)
    assert await say("!deal herts")
    faults.failing[channel().id] = rate_limited
    for _ in range(5):
        assert await say("!deal herts") == []
    assert faults.sent_to(channel().id) == 2, "one answer, then one notice attempt; then silence"


# -- slash commands ------------------------------------------------------------


async def test_an_interaction_that_cannot_be_answered_is_logged(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    tries: list[int] = []

    async def expired(self: fakes.RecordingAdapter, *args: Any, **kwargs: Any) -> Any:
        tries.append(1)
        raise discord.NotFound(FakeRequest(404, "Not Found"), {"code": 10062, "message": "Unknown interaction"})

    monkeypatch.setattr(fakes.RecordingAdapter, "create_interaction_response", expired)
    with caplog.at_level(logging.WARNING):
        result = await SlashHarness(bot).invoke("deal", query="herts")
    assert result.responses == []
    assert len(tries) == 1
    assert "Unknown interaction" in caplog.text
    [reply] = await say("!deal herts")  # and the bot carries on
    assert reply.embeds


async def test_a_slow_slash_answer_is_deferred_first(
    bot: Factbot, fb: FactBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_only_once_deferred(monkeypatch)
    result = await SlashHarness(bot).invoke("deal", query="herts")
    defer, answer = result.responses
    assert defer["type"] == discord.InteractionResponseType.deferred_channel_message.value
    assert not (defer.get("data") or {}).get("flags"), "deferred publicly: the answer is public"
    assert answer["type"] == "followup"
    assert [e.title for e in result.embeds] == ["Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"]


async def test_a_fast_slash_answer_is_not_deferred(bot: Factbot) -> None:
    result = await SlashHarness(bot).invoke("who", query="lloyd")
    [response] = result.responses
    assert response["type"] == discord.InteractionResponseType.channel_message.value
    assert result.embeds[0].title == "David Lloyd"


async def test_a_prefix_command_is_never_deferred(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_cog, "DEFER_AFTER", 0.0)
    [reply] = await say("!who lloyd")
    assert reply.embeds[0].title == "David Lloyd"


@pytest.mark.parametrize(
    ("command", "option"),
    [("deal", "query"), ("quote", "query"), ("who", "query"), ("timeline", "query"), ("help", "command")],
)
async def test_autocomplete_that_errors_offers_no_choices(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, command: str, option: str
) -> None:
    def explode(*args: object) -> list[discord.app_commands.Choice[str]]:
        raise RuntimeError("index gone")

    monkeypatch.setattr(facts_cog, "name_choices", explode)
    monkeypatch.setattr(facts_cog, "command_choices", explode)
    with caplog.at_level(logging.ERROR):
        result = await SlashHarness(bot).complete(command, option, "her")
    assert result.choices == []
    assert "index gone" in caplog.text  # logged with its traceback for the admins
    assert FRIENDLY not in str(result.responses)
