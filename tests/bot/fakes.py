"""Helpers for driving the bot through dpytest: users, channels, messages,
slash and message commands and buttons, from any place Discord sends them
(which dpytest lacks; see SlashHarness and Origin); and
Discord at the edges of discord.py for the process that connects
(FakeDiscord: login; FakeGateway: the gateway websocket, scripted)."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import threading
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

from bot import discord_bot, facts_cog
from bot.config import Config, Cooldown
from bot.discord_bot import Factbot
from commands import Answer

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


# Interaction contexts and installation types, as Discord numbers them.
GUILD_CONTEXT, BOT_DM_CONTEXT, PRIVATE_CHANNEL_CONTEXT = 0, 1, 2
GUILD_INSTALL, USER_INSTALL = "0", "1"
# What Discord gives an app in (group) DMs with other people; in its own DMs, external emoji as well.
# Used too for a server without the bot, for which Discord documents no set.
DM_APP_PERMISSIONS = discord.Permissions(attach_files=True, embed_links=True, mention_everyone=True)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an interaction comes from, described as Discord describes it:
    the `context`, and which installs authorised it (`authorizing_integration_owners`)."""

    name: str
    context: int
    installs: tuple[str, ...]
    channel: str  # SERVER, OTHER_SERVER, BOT_DM, GROUP_DM or FRIENDS_DM

    def fill(self, payload: dict[str, Any], user: discord.abc.User) -> dict[str, Any]:
        """`payload` with the guild, channel, user and installs of this origin."""
        user_data = {"id": str(user.id), "username": user.name, "discriminator": "0001", "avatar": None}
        server = self.channel in (SERVER, OTHER_SERVER)
        place = self._server(user, user_data) if server else self._private(user_data)
        owners = {kind: str(user.id) if kind == USER_INSTALL else place.get("guild_id", "0") for kind in self.installs}
        return payload | place | {"context": self.context, "authorizing_integration_owners": owners}

    def _server(self, user: discord.abc.User, user_data: dict[str, Any]) -> dict[str, Any]:
        if self.channel == SERVER:
            here = channel()
            guild_id, channel_data = str(here.guild.id), {"id": str(here.id), "type": 0, "name": here.name}
            roles = [str(r.id) for r in getattr(user, "roles", []) if r.id != here.guild.id]
            app_permissions = discord.Permissions.text()
        else:  # a server the bot never joined: Discord sends a partial guild, known only by the interaction
            guild_id = str(OTHER_GUILD)
            channel_data = {"id": str(OTHER_CHANNEL), "type": 0, "name": "general", "position": 0, "nsfw": False}
            roles = []
            app_permissions = DM_APP_PERMISSIONS
        member_permissions = discord.Permissions.text() | discord.Permissions(use_external_apps=True)
        return {
            "guild_id": guild_id,
            "guild": {"id": guild_id, "locale": "en-GB", "features": []},
            "guild_locale": "en-GB",
            "channel_id": channel_data["id"],
            "channel": channel_data | {"guild_id": guild_id},
            "member": {
                "user": user_data,
                "roles": roles,
                "joined_at": "2026-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(member_permissions.value),
            },
            "app_permissions": str(app_permissions.value),
        }

    def _private(self, user_data: dict[str, Any]) -> dict[str, Any]:
        friend = {"id": str(FRIEND_ID), "username": "Friend", "discriminator": "0001", "avatar": None}
        if self.channel == BOT_DM:
            channel_data = {"id": str(BOT_DM_CHANNEL), "type": 1, "recipients": [user_data]}
            app_permissions = DM_APP_PERMISSIONS | discord.Permissions(use_external_emojis=True)
        elif self.channel == GROUP_DM:
            channel_data = {
                "id": str(GROUP_DM_CHANNEL),
                "type": 3,
                "name": "Quote checkers",
                "owner_id": user_data["id"],
                "recipients": [user_data, friend],
            }
            app_permissions = DM_APP_PERMISSIONS
        else:  # a DM between two people
            channel_data = {"id": str(FRIENDS_DM_CHANNEL), "type": 1, "recipients": [friend]}
            app_permissions = DM_APP_PERMISSIONS
        return {
            "channel_id": channel_data["id"],
            "channel": channel_data,
            "user": user_data,
            "app_permissions": str(app_permissions.value),
        }


SERVER, OTHER_SERVER, BOT_DM, GROUP_DM, FRIENDS_DM = "server", "other server", "bot DM", "group DM", "friends' DM"
OTHER_GUILD = 700000000000000020  # a server that never added the bot
OTHER_CHANNEL = 700000000000000021
BOT_DM_CHANNEL = 700000000000000022
GROUP_DM_CHANNEL = 700000000000000023
FRIENDS_DM_CHANNEL = 700000000000000024
FRIEND_ID = 700000000000000025

IN_SERVER = Origin("a server with the bot", GUILD_CONTEXT, (GUILD_INSTALL,), SERVER)
IN_SERVER_BY_USER_INSTALL = Origin("a server with the bot, by a user install", GUILD_CONTEXT, (USER_INSTALL,), SERVER)
IN_SERVER_BY_BOTH = Origin("a server with the bot, both installs", GUILD_CONTEXT, (GUILD_INSTALL, USER_INSTALL), SERVER)
IN_OTHER_SERVER = Origin("a server without the bot", GUILD_CONTEXT, (USER_INSTALL,), OTHER_SERVER)
IN_BOT_DM = Origin("the bot's DMs", BOT_DM_CONTEXT, (USER_INSTALL,), BOT_DM)
IN_BOT_DM_BY_SERVER_INSTALL = Origin("the bot's DMs, by a server install", BOT_DM_CONTEXT, (GUILD_INSTALL,), BOT_DM)
IN_GROUP_DM = Origin("a group DM", PRIVATE_CHANNEL_CONTEXT, (USER_INSTALL,), GROUP_DM)
IN_FRIENDS_DM = Origin("a DM between two people", PRIVATE_CHANNEL_CONTEXT, (USER_INSTALL,), FRIENDS_DM)
PUBLIC_ORIGINS = (IN_SERVER, IN_SERVER_BY_USER_INSTALL, IN_SERVER_BY_BOTH, IN_BOT_DM, IN_BOT_DM_BY_SERVER_INSTALL)
PRIVATE_ORIGINS = (IN_OTHER_SERVER, IN_GROUP_DM, IN_FRIENDS_DM)


class SlashHarness:
    """Runs slash commands, message commands and autocomplete through the bot's command tree."""

    def __init__(self, bot: Factbot) -> None:
        self.bot = bot

    def _payload(
        self,
        kind: int,
        name: str,
        options: list[dict[str, Any]],
        user: discord.abc.User,
        origin: Origin = IN_SERVER,
    ) -> dict[str, Any]:
        payload = {
            "id": str(new_id()),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "token": "interaction-token",
            "version": 1,
            "locale": "en-GB",
            "entitlements": [],
            "attachment_size_limit": 8 * 1024 * 1024,
            "data": {"id": str(new_id()), "name": name, "type": 1, "options": options},
        }
        return origin.fill(payload, user)

    def interaction(
        self, name: str, origin: Origin = IN_SERVER, *, without: tuple[str, ...] = ()
    ) -> discord.Interaction[Any]:
        """The discord.Interaction that `/name` from `origin` makes, not run;
        `without` drops fields from the payload (as older payloads lack them)."""
        payload = self._payload(2, name, [], member(), origin)
        for key in without:
            del payload[key]
        return discord.Interaction(data=payload, state=self.bot._connection)  # type: ignore[arg-type]

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

    async def invoke(
        self, name: str, user: discord.Member | None = None, origin: Origin = IN_SERVER, **arguments: str
    ) -> SlashResult:
        """`/name option:value ...` as a user would send it (Discord only
        sends commands it was told of, which may not be this bot's: see !sync)."""
        options = [{"name": k, "type": 3, "value": v} for k, v in arguments.items()]
        return await self._run(self._payload(2, name, options, user or member(), origin))

    async def on_message(
        self, name: str, target: dict[str, Any], user: discord.Member | None = None, origin: Origin = IN_SERVER
    ) -> SlashResult:
        """The message command `name` chosen from the menu of the message
        `target` (a message_dict): a type 3 command, the message in
        `resolved.messages`, as Discord sends it. The target is placed in the
        interaction's channel."""
        payload = self._payload(2, name, [], user or member(), origin)
        message = target | {"channel_id": payload["channel_id"]}
        if "guild_id" in payload:
            message["guild_id"] = payload["guild_id"]
        payload["data"] = {
            "id": str(new_id()),
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        return await self._run(payload)

    async def complete(self, name: str, option: str, typed: str, origin: Origin = IN_SERVER) -> SlashResult:
        """The autocomplete request Discord sends while `option` is being typed."""
        options = [{"name": option, "type": 3, "value": typed, "focused": True}]
        return await self._run(self._payload(4, name, options, member(), origin))

    async def click(
        self,
        message_id: int,
        components: list[dict[str, Any]],
        label: str,
        user: discord.Member | None = None,
        origin: Origin = IN_SERVER,
    ) -> SlashResult:
        """A click on the button labelled `label` under message `message_id`,
        delivered as the gateway delivers it (INTERACTION_CREATE), to the
        views discord.py keeps for its messages."""
        button = buttons(components)[label]
        payload = self._payload(3, "", [], user or member(), origin)
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


class DeferWatcher:
    """Holds a slow answer until Discord has been told to wait (a deferral)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.deferred = threading.Event()
        original = RecordingAdapter.create_interaction_response

        async def respond(adapter: RecordingAdapter, *args: Any, **kwargs: Any) -> Any:
            result = await original(adapter, *args, **kwargs)
            if adapter.responses[-1]["type"] == discord.InteractionResponseType.deferred_channel_message.value:
                self.deferred.set()
            return result

        monkeypatch.setattr(RecordingAdapter, "create_interaction_response", respond)


def answer_only_once_deferred(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every answer slow enough to be deferred at once, and finish only
    once the interaction was deferred: without a deferral the answer fails."""
    watcher = DeferWatcher(monkeypatch)
    monkeypatch.setattr(facts_cog, "DEFER_AFTER", 0.01)
    real = facts_cog.run_command

    def slow(*args: Any) -> Answer:
        assert watcher.deferred.wait(timeout=30), "the interaction was never deferred"
        return real(*args)

    monkeypatch.setattr(facts_cog, "run_command", slow)


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
