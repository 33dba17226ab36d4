"""Secrets and permissions: a planted token never shows up in a log record,
an error message, the config's repr or a traceback, however the failure is
chained; admin commands refuse everyone not configured as an admin, in
servers and in direct messages, before doing anything."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.ext import commands as dcommands

from bot.access import NotAdmin
from bot.config import Config, ConfigError, load_config
from bot.discord_bot import Factbot
from bot.errors import FRIENDLY
from bot.logs import MASK, setup_logging
from bot.runner import EXIT_OK, run_discord
from tests.bot.conftest import MakeBot
from tests.bot.fakes import ADMIN_ROLE_ID, ADMIN_USER_ID, FakeDiscord, bot_config, guild, member, new_member, say

# Shaped like a bot token (three base64url parts), planted wherever a failure could carry it.
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.PlAnTd.planted-token-DO-NOT-LEAK-0123456789"
PIECES = [TOKEN, *TOKEN.split(".")[1:]]  # no recognisable part of it either


def leaks(text: str) -> list[str]:
    return [piece for piece in PIECES if piece in text]


def everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    """What pytest's handler showed, tracebacks included, and every part of every record."""
    parts = [caplog.text]
    for r in caplog.records:
        parts += [r.getMessage(), str(r.msg), repr(r.args), r.exc_text or "", r.stack_info or ""]
    return "\n".join(parts)


# -- the token ---------------------------------------------------------------------


def test_startup_failures_never_show_the_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A failure deep in a chain of exceptions that all carry the token."""
    fake = FakeDiscord(monkeypatch)
    try:
        raise ValueError(f"bad header Authorization: Bot {TOKEN}")
    except ValueError as cause:
        try:
            raise KeyError(TOKEN) from cause
        except KeyError as context:
            try:
                raise RuntimeError(f"gateway said no to {TOKEN}")
            except RuntimeError as error:
                error.add_note(f"while using {TOKEN}")
                fake.connect_errors = [error]  # once: logged, then the client starts again
                del context
    with caplog.at_level(logging.DEBUG):
        code = run_discord(Config(token=TOKEN, log_level="DEBUG"))
    out, err = capsys.readouterr()
    assert code == EXIT_OK
    assert "Traceback" in err and MASK in err, "the traceback is kept, masked"
    assert "The above exception was the direct cause" in err, "the whole chain is shown"
    assert leaks(out) == [] and leaks(err) == []
    assert caplog.records and leaks(everything_logged(caplog)) == []
    assert any(r.levelno == logging.DEBUG for r in caplog.records), "DEBUG records were captured too"


async def test_a_failing_command_and_mention_never_log_or_show_the_token(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    setup_logging("DEBUG", TOKEN)

    def explode(*args: object) -> None:
        try:
            raise OSError(f"cannot read {TOKEN}")
        except OSError as exc:
            raise RuntimeError(f"the command broke near {TOKEN}") from exc

    monkeypatch.setattr("bot.facts_cog.run_command", explode)
    monkeypatch.setattr("bot.facts_cog.respond", explode)
    assert bot.user is not None
    with caplog.at_level(logging.DEBUG):
        [reply] = await say("!deal herts", raises=dcommands.CommandInvokeError)
        [mention_reply] = await say(f"{bot.user.mention} why?")
    assert reply.content == mention_reply.content == FRIENDLY
    text = everything_logged(caplog)
    assert "the command broke" in text and MASK in text, "the failure is logged, masked"
    assert leaks(text) == []


def test_records_are_masked_for_every_handler_and_logger(caplog: pytest.LogCaptureFixture) -> None:
    """Masking happens to the record itself, so a handler added later (or
    pytest's, or a log shipper's) cannot see the token either."""
    setup_logging("DEBUG", TOKEN)
    later = logging.Handler()
    seen: list[logging.LogRecord] = []
    later.emit = seen.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(later)
    try:
        with caplog.at_level(logging.DEBUG):
            logger = logging.getLogger("some.library")
            logger.debug("token %s", TOKEN)
            logger.info(f"inline {TOKEN}")
            logger.warning("stack", stack_info=True)
            try:
                raise ConnectionError(TOKEN)
            except ConnectionError:
                logger.exception("failed")
            logger.error("explicit", exc_info=ConnectionError(f"with {TOKEN}"))
    finally:
        logging.getLogger().removeHandler(later)
    assert len(seen) == 5
    for record in seen:
        formatted = logging.Formatter().format(record)
        assert leaks(formatted) == [] and leaks(record.getMessage()) == [], formatted
    assert leaks(everything_logged(caplog)) == []
    assert "ConnectionError: [token hidden]" in caplog.text


def test_the_config_never_shows_the_token(tmp_path: Path) -> None:
    config = Config(token=TOKEN)
    for shown in (repr(config), str(config), f"{config}", f"{config!r}", repr([config]), repr({"c": config})):
        assert leaks(shown) == [], shown
    assert "token=<set>" in repr(config)
    # A config that fails to load says which setting, never its value.
    path = tmp_path / "config.yaml"
    for text in (
        f"token: [{TOKEN}]\n",  # wrong type
        f"token: {TOKEN}\nprefix: [{TOKEN}]\n",  # another setting wrong
        f"{TOKEN}: x\n",  # pasted where a setting name goes
        f"token: {TOKEN}\n: :\n",  # YAML syntax
        f"token: '{TOKEN}\n",  # unclosed quote
    ):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError) as info:
            load_config(path, environ={})
        shown = "".join(traceback.format_exception(info.value))
        assert leaks(str(info.value)) == [] and leaks(shown) == [], text


def test_a_config_file_with_a_python_tag_is_refused_not_run(tmp_path: Path) -> None:
    ran = tmp_path / "ran"
    path = tmp_path / "config.yaml"
    path.write_text(f"prefix: !!python/object/apply:os.mkdir ['{ran}']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path, environ={})
    assert not ran.exists()


# -- admin commands ------------------------------------------------------------------


ADMIN_COMMANDS = ["reload", "sync", "sync guild", "sync clear", "sync 123456789012345678"]


class Spy:
    """Records whether an admin command got as far as doing anything."""

    def __init__(self, bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        live = bot.factbot.live

        def reload() -> Any:
            self.calls.append("reload")
            raise AssertionError("reload ran")

        async def sync(*args: object, **kwargs: object) -> list[Any]:
            self.calls.append("sync")
            return []

        monkeypatch.setattr(live, "reload", reload)
        monkeypatch.setattr(bot.tree, "sync", sync)


@pytest.fixture
async def guarded(make_bot: MakeBot, monkeypatch: pytest.MonkeyPatch) -> tuple[Factbot, Spy]:
    config = bot_config(admin_ids=frozenset({ADMIN_USER_ID}), admin_roles=frozenset({ADMIN_ROLE_ID}))
    bot = await make_bot(config)
    return bot, Spy(bot, monkeypatch)


def test_every_admin_command_is_covered_here(bot: Factbot) -> None:
    cog = bot.get_cog("Admin")
    assert cog is not None
    assert {c.name for c in cog.get_commands()} == {c.split()[0] for c in ADMIN_COMMANDS}


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
@pytest.mark.parametrize("who", ["member", "member with another role", "moderator by name"])
async def test_admin_commands_refuse_others_in_a_server(guarded: tuple[Factbot, Spy], command: str, who: str) -> None:
    bot, spy = guarded
    from discord.ext.test import backend

    other_role = backend.make_role("Moderators", guild())
    author = {
        "member": member(),
        "member with another role": new_member("Helper", roles=[other_role]),
        "moderator by name": new_member("Factbot Admin"),
    }[who]
    assert bot.owner_id != author.id
    [reply] = await say(f"!{command}", author=author, raises=NotAdmin)
    assert reply.content == f"Sorry, only Factbot's admins can use `!{command.split(maxsplit=1)[0]}`."
    assert spy.calls == [], "refused before doing anything"


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_admin_commands_refuse_others_in_direct_messages(guarded: tuple[Factbot, Spy], command: str) -> None:
    _, spy = guarded
    dm = await member().create_dm()
    [reply] = await say(f"!{command}", author=member(), where=dm, raises=NotAdmin)
    assert reply.content.startswith("Sorry, only Factbot's admins can use")
    assert spy.calls == []


async def test_an_admin_role_does_not_count_in_direct_messages(guarded: tuple[Factbot, Spy]) -> None:
    """A role belongs to one server; in a DM only admin_ids (and the owner) count."""
    from discord.ext.test import backend

    _, spy = guarded
    role = backend.make_role("Factbot admins", guild(), id_num=ADMIN_ROLE_ID)
    moderator = new_member("Moderator", roles=[role])
    dm = await moderator.create_dm()
    await say("!reload", author=moderator, where=dm, raises=NotAdmin)
    assert spy.calls == []


async def test_a_failed_owner_lookup_refuses(guarded: tuple[Factbot, Spy], monkeypatch: pytest.MonkeyPatch) -> None:
    bot, spy = guarded
    from discord.ext.test.backend import FakeRequest

    async def unreachable(*args: object) -> bool:
        raise discord.HTTPException(FakeRequest(503, "Service Unavailable"), "down")

    monkeypatch.setattr(bot, "is_owner", unreachable)
    await say("!reload", raises=NotAdmin)
    assert spy.calls == []


async def test_admin_commands_are_not_slash_commands(bot: Factbot) -> None:
    assert not {"reload", "sync"} & {c.name for c in bot.tree.get_commands()}


async def test_configured_admins_pass(guarded: tuple[Factbot, Spy]) -> None:
    _, spy = guarded
    admin = new_member("Admin", ADMIN_USER_ID)
    await say("!sync", author=admin)
    dm = await admin.create_dm()
    await say("!sync", author=admin, where=dm)
    assert spy.calls == ["sync", "sync"]
