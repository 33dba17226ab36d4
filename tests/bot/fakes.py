"""Helpers for driving the bot through dpytest: users, channels, messages,
slash commands and buttons (which dpytest lacks; see SlashHarness); and
Discord at the edges of discord.py for the process that connects
(FakeDiscord: login; FakeGateway: the gateway websocket, scripted)."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import discord.ext.test as dpytest
import pytest
from discord import app_commands
from discord.ext.test import backend, factories
from discord.webhook.async_ import async_context

from bot import discord_bot
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
    responses, followups and edits instead of sending them over HTTP."""

    def __init__(self, state: Any, channel_id: int) -> None:
        self.state = state
        self.channel_id = channel_id
        self.responses: list[dict[str, Any]] = []  # {"type": ..., "data": ...} per response

    def _message(self, payload: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        return message_dict(
            message_id or new_id(),
            self.channel_id,
            content=payload.get("content") or "",
            embeds=payload.get("embeds") or [],
            components=payload.get("components") or [],
            flags=payload.get("flags", 0),
        )

    async def create_interaction_response(self, interaction_id: int, token: str, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs["params"].payload or {})
        self.responses.append(payload)
        answer: dict[str, Any] = {"interaction": {"id": str(interaction_id), "type": 2}}
        if payload.get("type") == discord.InteractionResponseType.channel_message.value:
            message = self._message(payload.get("data") or {})
            payload["message_id"] = int(message["id"])  # the message the response became, as Discord returns it
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": payload["type"], "message": message}
        return answer

    async def get_original_interaction_response(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return self._message(self.responses[-1].get("data", {}))

    async def execute_webhook(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs.get("payload") or {})
        self.responses.append({"type": "followup", "data": payload})
        return self._message(payload)

    async def edit_original_interaction_response(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs.get("payload") or {})
        self.responses.append({"type": "edit", "data": payload})
        return self._message(payload)

    async def edit_webhook_message(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        payload = dict(kwargs.get("payload") or {})
        self.responses.append({"type": "edit", "data": payload})
        return self._message(payload, int(kwargs.get("message_id") or args[3]))


def message_dict(
    message_id: int,
    channel_id: int,
    *,
    content: str = "",
    author: dict[str, Any] | None = None,
    embeds: list[dict[str, Any]] | None = None,
    components: list[dict[str, Any]] | None = None,
    flags: int = 0,
    **more: Any,
) -> dict[str, Any]:
    """A message as Discord sends it (by default, one of the bot's own)."""
    me = {"id": str(APPLICATION_ID), "username": "FakeApp", "discriminator": "0001", "avatar": None, "bot": True}
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author or me,
        "content": content,
        "timestamp": "2026-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": flags,
        **more,
    }


def buttons(components: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The buttons in a message's components, by label."""
    return {c.get("label", ""): c for row in components for c in row.get("components", []) if c.get("type") == 2}


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

    async def click(
        self, message_id: int, components: list[dict[str, Any]], label: str, user: discord.Member | None = None
    ) -> SlashResult:
        """A click on the button labelled `label` under message `message_id`,
        delivered as the gateway delivers it (INTERACTION_CREATE), to the
        views discord.py keeps for its messages."""
        button = buttons(components)[label]
        payload = self._payload(3, "", [], user or member())
        payload["data"] = {"custom_id": button["custom_id"], "component_type": 2}
        payload["message"] = message_dict(message_id, int(payload["channel_id"]), components=components)
        adapter = RecordingAdapter(self.bot._connection, int(payload["channel_id"]))
        token = async_context.set(adapter)  # type: ignore[arg-type]
        try:
            before = asyncio.all_tasks()
            self.bot._connection.parse_interaction_create(payload)
            pressed = [t for t in asyncio.all_tasks() - before if t.get_name().startswith("discord-ui-view-dispatch")]
            await asyncio.gather(*pressed)
        finally:
            async_context.reset(token)
        return SlashResult(adapter.responses)


# -- Discord at the edges of discord.py, for `factbot run` ---------------------------------

BOT_USER = {"id": "700000000000000009", "username": "Factbot", "discriminator": "0", "avatar": None, "bot": True}
ASKER = {"id": "700000000000000010", "username": "Asker", "discriminator": "0", "avatar": None}
DM_CHANNEL = 700000000000000011


class FakeDiscord:
    """Discord at the edges of discord.py: login, application info, gateway.

    Each login raises the next of `login_errors` until none are left, then
    succeeds; each connect likewise with `connect_errors`, then returns at
    once (the client closed) or, with `stay_connected`, runs until stopped.
    A `login_error` or `connect_error` is raised every time.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, login: bool = True, gateway: bool = False) -> None:
        self.login_error: BaseException | None = None
        self.connect_error: BaseException | None = None
        self.login_errors: list[BaseException] = []
        self.connect_errors: list[BaseException] = []
        self.stay_connected = False
        self.logins: list[str] = []
        self.connects = 0
        self.connected = False
        self.on_login: Callable[[int], None] | None = None  # called with the attempt's number, from 1
        self.on_connect: Callable[[], None] | None = None

        async def static_login(http: Any, token: str) -> dict[str, Any]:
            self.logins.append(token)
            if self.on_login is not None:
                self.on_login(len(self.logins))
            if self.login_error:
                raise self.login_error
            if self.login_errors:
                raise self.login_errors.pop(0)
            return dict(BOT_USER)

        async def application_info(client: Any) -> Any:
            return SimpleNamespace(id=1, interactions_endpoint_url=None, flags=discord.ApplicationFlags._from_value(1))

        async def connect(client: Any, *, reconnect: bool = True) -> None:
            self.connects += 1
            self.connected = True
            if self.on_connect is not None:
                self.on_connect()
            if self.connect_error:
                raise self.connect_error
            if self.connect_errors:
                raise self.connect_errors.pop(0)
            if self.stay_connected:
                await asyncio.Event().wait()

        if login:  # else discord.py's own static_login runs, over its HTTP client
            monkeypatch.setattr(discord.http.HTTPClient, "static_login", static_login)
        monkeypatch.setattr(discord.Client, "application_info", application_info)
        if not gateway:  # else discord.py's own connect runs, against FakeGateway
            monkeypatch.setattr(discord.Client, "connect", connect)


# A gateway event; an exception to raise instead; or something to do once the frames before it are read.
Frame = dict[str, Any] | BaseException | Callable[[], object]


@dataclass
class GatewaySocket:
    """Discord's gateway websocket as discord.py's DiscordWebSocket uses it:
    HELLO first, READY after IDENTIFY, heartbeats acknowledged, then the
    frames of `script`: an exception is raised instead, a function is called
    (and awaited, if it returns an awaitable) once the bot has read what came
    before it."""

    script: list[Frame]
    incoming: asyncio.Queue[Frame] = field(default_factory=asyncio.Queue)
    sent: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False
    close_code: int | None = None

    def __post_init__(self) -> None:
        self.incoming.put_nowait({"op": 10, "d": {"heartbeat_interval": 45000}})

    async def receive(self, timeout: float | None = None) -> aiohttp.WSMessage:  # noqa: ASYNC109 - discord.py's call
        frame = await self.incoming.get()
        while callable(frame):
            done = frame()
            if inspect.isawaitable(done):
                await done
            frame = await self.incoming.get()
        if isinstance(frame, BaseException):
            raise frame
        if frame.get("op") == -1:  # closed
            return aiohttp.WSMessage(aiohttp.WSMsgType.CLOSED, None, None)
        return aiohttp.WSMessage(aiohttp.WSMsgType.TEXT, json.dumps(frame), None)

    async def send_str(self, data: str, compress: int | None = None) -> None:
        frame = json.loads(data)
        self.sent.append(frame)
        if frame["op"] == 1:  # heartbeat: acknowledged
            self.incoming.put_nowait({"op": 11})
        elif frame["op"] == 2:  # identify: ready, then the script
            ready = {"v": 10, "user": BOT_USER, "guilds": [], "session_id": "session", "resume_gateway_url": "wss://x"}
            self.incoming.put_nowait({"op": 0, "t": "READY", "s": 1, "d": ready})
            for number, item in enumerate(self.script, start=2):
                self.incoming.put_nowait(item if not isinstance(item, dict) else {"op": 0, "s": number} | item)

    async def close(self, *, code: int = 1000, message: bytes = b"") -> bool:
        if not self.closed:
            self.closed, self.close_code = True, code
            self.incoming.put_nowait({"op": -1})
        return True


class FakeGateway:
    """discord.py's own connect against scripted gateway sockets, one script
    per connection; replies are recorded where discord.py would send them
    over HTTP (HTTPClient.send_message)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *scripts: list[Frame]) -> None:
        self.scripts = list(scripts)
        self.sockets: list[GatewaySocket] = []
        self.replies: list[dict[str, Any]] = []
        self.replied = asyncio.Event()

        async def ws_connect(http: Any, url: str, *, compress: int = 0) -> GatewaySocket:
            socket = GatewaySocket(self.scripts.pop(0) if self.scripts else [])
            self.sockets.append(socket)
            return socket

        async def send_message(http: Any, channel_id: int, *, params: Any) -> dict[str, Any]:
            payload = dict(params.payload or {})
            self.replies.append(payload)
            self.replied.set()
            return message_dict(new_id(), channel_id, author=BOT_USER, content=payload.get("content") or "")

        monkeypatch.setattr(discord.http.HTTPClient, "ws_connect", ws_connect)
        monkeypatch.setattr(discord.http.HTTPClient, "send_message", send_message)
        # READY waits guild_ready_timeout (2 s) for the guilds it lists; here there are none.
        options = discord_bot.bot_options
        monkeypatch.setattr(discord_bot, "bot_options", lambda config: options(config) | {"guild_ready_timeout": 0.0})

    async def sent(self, count: int) -> None:
        """Wait until `count` replies have gone out: answers are worked out in
        threads, so a script that reads on cannot assume they are done."""
        while True:
            self.replied.clear()
            if len(self.replies) >= count:
                return
            await self.replied.wait()


def direct_message(content: str, **changes: Any) -> dict[str, Any]:
    """A MESSAGE_CREATE event: someone writing to the bot in a DM."""
    return {"t": "MESSAGE_CREATE", "d": message_dict(new_id(), DM_CHANNEL, content=content, author=ASKER) | changes}
