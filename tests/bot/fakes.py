"""Helpers for driving the bot through dpytest: users, channels, messages,
and slash commands (which dpytest lacks; see SlashHarness)."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from typing import Any

import discord
import discord.ext.test as dpytest
from discord import app_commands
from discord.ext.test import backend, factories
from discord.webhook.async_ import async_context

from bot.config import Config, Cooldown
from bot.discord_bot import Factbot

APPLICATION_ID = 700000000000000001
ADMIN_ROLE_ID = 700000000000000002
ADMIN_USER_ID = 700000000000000003

_serial = itertools.count()


def new_id() -> int:
    """A fresh snowflake for now: interactions older than 15 minutes count as expired."""
    return discord.utils.time_snowflake(discord.utils.utcnow()) + next(_serial)


def bot_config(**changes: Any) -> Config:
    """Settings for a test bot: a cooldown too generous to trip unless a test asks for one."""
    settings: dict[str, Any] = {"cooldown": Cooldown(rate=1000, per=60.0)} | changes
    return Config(**settings)


def guild() -> discord.Guild:
    return dpytest.get_config().guilds[0]


def channel() -> discord.TextChannel:
    found = dpytest.get_config().channels[0]
    assert isinstance(found, discord.TextChannel)
    return found


def member(index: int = 0) -> discord.Member:
    return dpytest.get_config().members[index]


def new_member(
    name: str, user_id: int | None = None, *, roles: list[discord.Role] | None = None, is_bot: bool = False
) -> discord.Member:
    data = factories.make_user_dict(name, 1, None, id_num=user_id if user_id is not None else new_id(), bot=is_bot)
    user = backend.get_state().store_user(data)
    return backend.make_member(user, guild(), roles=roles)


def new_channel(name: str, channel_id: int) -> discord.TextChannel:
    made = backend.make_text_channel(name, guild(), id_num=channel_id)
    assert isinstance(made, discord.TextChannel)
    return made


def sent_messages() -> list[discord.Message]:
    """Everything the bot sent since the last call, oldest first."""
    out = []
    while not dpytest.sent_queue.empty():
        out.append(dpytest.get_message())
    return out


async def say(
    content: str,
    *,
    author: discord.Member | None = None,
    where: Any = None,
    raises: type[BaseException] | None = None,
) -> list[discord.Message]:
    """A user sends `content`; returns what the bot sent in reply.

    dpytest re-raises a command's error after the handlers ran; `raises`
    names the error a test expects (the reply is still returned).
    """
    sender = author or member()
    try:
        await dpytest.message(content, channel=where if where is not None else channel(), member=sender)
    except BaseException as exc:
        if raises is None or not isinstance(exc, raises):
            raise
    else:
        assert raises is None, f"expected {raises.__name__}"
    await dpytest.run_all_events()
    return sent_messages()


def parts(embed: discord.Embed) -> tuple[str, str, list[tuple[str, str, bool]], str]:
    """What an embed shows: title, text, fields and footer."""
    fields = [(f.name or "", f.value or "", bool(f.inline)) for f in embed.fields]
    return embed.title or "", embed.description or "", fields, embed.footer.text or ""


def embeds_of(messages: list[discord.Message]) -> list[discord.Embed]:
    return [e for m in messages for e in m.embeds]


# -- slash commands -----------------------------------------------------------


class RecordingAdapter:
    """Stands in for discord.py's webhook adapter: records interaction
    responses and followups instead of sending them over HTTP."""

    def __init__(self, state: Any, channel_id: int) -> None:
        self.state = state
        self.channel_id = channel_id
        self.responses: list[dict[str, Any]] = []  # {"type": ..., "data": ...} per response

    def _message(self, payload: dict[str, Any]) -> dict[str, Any]:
        author = {"id": str(APPLICATION_ID), "username": "FakeApp", "discriminator": "0001", "avatar": None}
        return {
            "id": str(new_id()),
            "channel_id": str(self.channel_id),
            "author": author,
            "content": payload.get("content") or "",
            "timestamp": "2026-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": payload.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": payload.get("flags", 0),
        }

    async def create_interaction_response(self, interaction_id: int, token: str, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs["params"].payload or {})
        self.responses.append(payload)
        return {"interaction": {"id": str(interaction_id), "type": 2}}

    async def get_original_interaction_response(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return self._message(self.responses[-1].get("data", {}))

    async def execute_webhook(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs.get("payload") or {})
        self.responses.append({"type": "followup", "data": payload})
        return self._message(payload)


@dataclass
class SlashResult:
    responses: list[dict[str, Any]]

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The data of each message sent: the response, then any followups."""
        return [r.get("data") or {} for r in self.responses]

    @property
    def embeds(self) -> list[discord.Embed]:
        return [discord.Embed.from_dict(e) for m in self.messages for e in m.get("embeds", [])]

    @property
    def choices(self) -> list[dict[str, Any]]:
        assert len(self.responses) == 1 and self.responses[0]["type"] == 8  # autocomplete result
        return list(self.responses[0]["data"]["choices"])


class SlashHarness:
    """Runs slash commands and autocomplete through the bot's command tree."""

    def __init__(self, bot: Factbot) -> None:
        self.bot = bot

    def _payload(self, kind: int, name: str, options: list[dict[str, Any]], user: discord.Member) -> dict[str, Any]:
        here = channel()
        return {
            "id": str(new_id()),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "token": "interaction-token",
            "version": 1,
            "guild_id": str(here.guild.id),
            "channel_id": str(here.id),
            "channel": {"id": str(here.id), "type": 0, "guild_id": str(here.guild.id), "name": here.name},
            "member": {
                "user": {"id": str(user.id), "username": user.name, "discriminator": "0001", "avatar": None},
                "roles": [str(r.id) for r in user.roles if r.id != here.guild.id],
                "joined_at": "2026-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(discord.Permissions.text().value),
            },
            "app_permissions": str(discord.Permissions.text().value),
            "locale": "en-GB",
            "guild_locale": "en-GB",
            "entitlements": [],
            "authorizing_integration_owners": {},
            "attachment_size_limit": 8 * 1024 * 1024,
            "data": {"id": str(new_id()), "name": name, "type": 1, "options": options},
        }

    async def _run(self, payload: dict[str, Any]) -> SlashResult:
        adapter = RecordingAdapter(self.bot._connection, int(payload["channel_id"]))
        token = async_context.set(adapter)  # type: ignore[arg-type]
        try:
            interaction: discord.Interaction[Any] = discord.Interaction(data=payload, state=self.bot._connection)
            try:  # as discord.py's CommandTree._from_interaction runs it, minus the task
                await self.bot.tree._call(interaction)
            except app_commands.AppCommandError as exc:
                await self.bot.tree._dispatch_error(interaction, exc)
            await dpytest.run_all_events()  # on_command_error and friends
            await asyncio.sleep(0)
        finally:
            async_context.reset(token)
        return SlashResult(adapter.responses)

    async def invoke(self, name: str, user: discord.Member | None = None, **arguments: str) -> SlashResult:
        """`/name option:value ...` as a user would send it (Discord only
        sends commands it was told of, which may not be this bot's: see !sync)."""
        options = [{"name": k, "type": 3, "value": v} for k, v in arguments.items()]
        return await self._run(self._payload(2, name, options, user or member()))

    async def complete(self, name: str, option: str, typed: str) -> SlashResult:
        """The autocomplete request Discord sends while `option` is being typed."""
        options = [{"name": option, "type": 3, "value": typed, "focused": True}]
        return await self._run(self._payload(4, name, options, member()))
