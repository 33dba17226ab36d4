"""Admin commands: who may use them, `!reload` (good and broken files), `!sync`."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend
from discord.ext.test.backend import FakeRequest

from bot.access import NotAdmin
from bot.admin import shown_problem
from bot.discord_bot import Factbot
from knowledge.problems import Problem
from tests.bot.conftest import MakeBot
from tests.bot.fakes import ADMIN_ROLE_ID, ADMIN_USER_ID, bot_config, guild, member, new_member, parts, say
from tests.knowledge.factfiles import copy_shipped, write

HERTS_FILE = "herts-g4s-back-office.yaml"
SLASH = ("deal", "quote", "who", "timeline", "sources", "ask", "verify", "help")
OLD_SUMMARY = "Three forces planned to hand back-office work to G4S"

BROKEN = """\
source:
  id: broken-article
  title: Broken
quotes:
  - id: broken-quote
    speaker: nobody-we-know
    kind: direct
    text: Hello there.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writable copy of the shipped fact base."""
    return copy_shipped(tmp_path / "data")


@pytest.fixture
async def admin_bot(make_bot: MakeBot, folder: Path) -> Factbot:
    return await make_bot(bot_config(admin_ids=frozenset({ADMIN_USER_ID})), folder=folder)


def admin() -> discord.Member:
    found = guild().get_member(ADMIN_USER_ID)
    return found if found is not None else new_member("Admin", ADMIN_USER_ID)


# -- who may -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["!reload", "!sync", "!sync guild"])
async def test_others_get_a_polite_refusal(admin_bot: Factbot, command: str) -> None:
    [reply] = await say(command, raises=NotAdmin)
    name = command.split(maxsplit=1)[0]
    assert reply.content == f"Sorry, only Factbot's admins can use `{name}`."


async def test_an_admin_role_counts(make_bot: MakeBot, folder: Path) -> None:
    await make_bot(bot_config(admin_roles=frozenset({ADMIN_ROLE_ID})), folder=folder)
    role = backend.make_role("Factbot admins", guild(), id_num=ADMIN_ROLE_ID)
    [reply] = await say("!reload", author=new_member("Moderator", roles=[role]))
    assert reply.embeds[0].title == "Reloaded"
    await say("!reload", author=member(), raises=NotAdmin)


async def test_the_application_owner_counts(admin_bot: Factbot) -> None:
    await say("!reload", raises=NotAdmin)  # the first check fetches the owner from the application info
    assert admin_bot.owner_id is not None
    [reply] = await say("!reload", author=new_member("Owner", admin_bot.owner_id))
    assert reply.embeds[0].title == "Reloaded"


async def test_admin_commands_work_in_direct_messages(admin_bot: Factbot) -> None:
    dm = await admin().create_dm()
    [reply] = await say("!reload", author=admin(), where=dm)
    assert reply.embeds[0].title == "Reloaded"
    other = await member().create_dm()
    [refusal] = await say("!reload", author=member(), where=other, raises=NotAdmin)
    assert refusal.content.startswith("Sorry, only Factbot's admins")


# -- !reload -------------------------------------------------------------------


async def test_reload_swaps_in_the_new_fact_base_whole(admin_bot: Factbot, folder: Path) -> None:
    before = admin_bot.factbot.live.current
    herts = folder / HERTS_FILE
    herts.write_text(herts.read_text(encoding="utf-8").replace(OLD_SUMMARY, "Edited summary."), encoding="utf-8")
    [reply] = await say("!reload", author=admin())
    title, text, _, _ = parts(reply.embeds[0])
    assert title == "Reloaded"
    assert text == f"Now serving {admin_bot.factbot.live.current.summary()}."
    assert admin_bot.factbot.live.current is not before
    [card] = await say("!deal herts")
    assert (card.embeds[0].description or "").startswith("Edited summary.")


async def test_a_broken_fact_base_is_refused_and_the_old_one_kept(admin_bot: Factbot, folder: Path) -> None:
    before = admin_bot.factbot.live.current
    write(folder, "zz-broken.yaml", BROKEN)
    [reply] = await say("!reload", author=admin())
    title, text, _, _ = parts(reply.embeds[0])
    assert title == "Reload failed: still serving the previous fact base"
    assert re.search(r"zz-broken\.yaml:5: 'speaker' of quote 'broken-quote' names unknown entity", text), text
    assert text.startswith("1 problem in the new files:")
    assert admin_bot.factbot.live.current is before
    [card] = await say("!deal herts")
    assert (card.embeds[0].description or "").startswith(OLD_SUMMARY)


async def test_reload_reads_the_files_off_the_event_loop(admin_bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    live = admin_bot.factbot.live
    threads: list[int] = []
    original = live.reload

    def reload() -> Any:
        threads.append(threading.get_ident())
        return original()

    monkeypatch.setattr(live, "reload", reload)
    await say("!reload", author=admin())
    assert threads and threads[0] != threading.get_ident()


# -- !sync ---------------------------------------------------------------------


class Uploads:
    """What `!sync` sends Discord: where, how many commands, and the commands themselves."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int | None, int]] = []
        self.payloads: list[list[dict[str, Any]]] = []

    async def global_(self, application_id: int, payload: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.calls.append(("global", None, len(payload)))
        self.payloads.append(payload)
        return [self._echo(application_id, p) for p in payload]

    async def guild(self, application_id: int, guild_id: int, payload: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.calls.append(("guild", guild_id, len(payload)))
        self.payloads.append(payload)
        return [self._echo(application_id, p, guild_id) for p in payload]

    @staticmethod
    def _echo(application_id: int, command: dict[str, Any], guild_id: int | None = None) -> dict[str, Any]:
        """The command as Discord returns it (a message command with an empty description)."""
        return (
            {"description": ""}
            | command
            | {
                "id": "1",
                "application_id": str(application_id),
                "version": "1",
                "guild_id": str(guild_id) if guild_id else None,
            }
        )


@pytest.fixture
def uploads(admin_bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> Uploads:
    record = Uploads()
    monkeypatch.setattr(admin_bot.http, "bulk_upsert_global_commands", record.global_, raising=False)
    monkeypatch.setattr(admin_bot.http, "bulk_upsert_guild_commands", record.guild, raising=False)
    return record


async def test_commands_are_never_synced_on_start(uploads: Uploads) -> None:
    await dpytest.run_all_events()
    assert uploads.calls == []


COPIES = " Installs to a person's account use only the global ones (`!sync`)."


async def test_sync_everywhere_and_to_one_server(admin_bot: Factbot, uploads: Uploads) -> None:
    [reply] = await say("!sync", author=admin())
    assert reply.content == "Synced 8 slash commands and 1 message command to every server (global)."
    [reply] = await say("!sync guild", author=admin())
    assert reply.content == f"Synced 8 slash commands and 1 message command to server {guild().id}.{COPIES}"
    [reply] = await say("!sync 123456789012345678", author=admin())
    assert reply.content == f"Synced 8 slash commands and 1 message command to server 123456789012345678.{COPIES}"
    [reply] = await say("!sync clear", author=admin())
    assert reply.content == f"Removed the copies of the commands in server {guild().id}; the global ones remain."
    assert uploads.calls == [
        ("global", None, 9),
        ("guild", guild().id, 9),
        ("guild", 123456789012345678, 9),
        ("guild", guild().id, 0),
    ]


async def test_sync_publishes_where_each_command_may_be_installed_and_used(
    admin_bot: Factbot, uploads: Uploads
) -> None:
    """What reaches Discord, not only what the tree holds: every command
    installable to a server and to a user, usable in servers, the bot's DMs
    and private channels; the message command among them."""
    await say("!sync", author=admin())
    [sent] = uploads.payloads
    kinds = {command["name"]: command["type"] for command in sent}
    assert kinds == dict.fromkeys(SLASH, 1) | {"Who said this?": 3}
    for command in sent:
        assert command["integration_types"] == [0, 1], command["name"]
        assert command["contexts"] == [0, 1, 2], command["name"]
    assert not {"reload", "sync"} & set(kinds), "admin commands are not app commands"


async def test_sync_explains_its_arguments_and_refusals(
    admin_bot: Factbot, uploads: Uploads, monkeypatch: pytest.MonkeyPatch
) -> None:
    [reply] = await say("!sync everything", author=admin())
    assert reply.content.startswith("Use `!sync` (everywhere), `!sync guild` (this server, at once)")

    async def refuse(*args: object, **kwargs: object) -> None:
        raise discord.Forbidden(FakeRequest(403, "Forbidden"), {"code": 50001, "message": "Missing Access"})

    monkeypatch.setattr(admin_bot.http, "bulk_upsert_guild_commands", refuse, raising=False)
    [reply] = await say("!sync 123456789012345678", author=admin())
    assert "applications.commands" in reply.content


async def test_one_reload_at_a_time(admin_bot: Factbot) -> None:
    admin_cog = admin_bot.get_cog("Admin")
    assert admin_cog is not None
    async with admin_cog._reloading:  # a reload is under way
        [reply] = await say("!reload", author=admin())
    assert reply.content == "A reload is already running."


@pytest.mark.parametrize("target", ["²", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨", "123", "1" * 25])
async def test_sync_refuses_a_number_that_is_no_server_id(
    admin_bot: Factbot, uploads: Uploads, caplog: pytest.LogCaptureFixture, target: str
) -> None:
    """`!sync ²` once raised ValueError ("²".isdigit() is true) and logged an ERROR."""
    [reply] = await say(f"!sync {target}", author=admin())
    assert reply.content.startswith("That is not a server id (17 to 20 digits). Use `!sync` (everywhere)")
    assert uploads.calls == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_an_admin_role_in_a_direct_message_is_explained(make_bot: MakeBot, folder: Path) -> None:
    await make_bot(bot_config(admin_roles=frozenset({ADMIN_ROLE_ID})), folder=folder)
    role = backend.make_role("Factbot admins", guild(), id_num=ADMIN_ROLE_ID)
    moderator = new_member("Moderator", roles=[role])
    dm = await moderator.create_dm()
    [refusal] = await say("!reload", author=moderator, where=dm, raises=NotAdmin)
    assert refusal.content == (
        "Sorry, only Factbot's admins can use `!reload`. Admin roles count only inside a server; "
        "ask in a server or add your id to admin_ids."
    )
    [reply] = await say("!reload", author=moderator)  # in the server, the role counts
    assert reply.embeds[0].title == "Reloaded"


async def test_a_refused_reload_names_files_as_the_fact_base_folder_holds_them(
    admin_bot: Factbot, folder: Path, tmp_path: Path
) -> None:
    write(folder, "zz-broken.yaml", BROKEN)
    [reply] = await say("!reload", author=admin())
    text = reply.embeds[0].description or ""
    assert "• zz-broken.yaml:5: 'speaker' of quote 'broken-quote' names unknown entity" in text
    assert str(tmp_path) not in text, "no path on the server"


def test_problems_are_shown_without_server_paths() -> None:
    folder = "/srv/factbot/facts"
    cases = {
        Problem(f"{folder}/a.yaml", 3, f"duplicate id 'x' (first defined at {folder}/b.yaml:7)"): (
            "a.yaml:3: duplicate id 'x' (first defined at b.yaml:7)"
        ),
        Problem(f"{folder}/sub/c.yaml", 1, "file is empty"): "sub/c.yaml:1: file is empty",
        Problem(folder, 0, "no such folder of fact files"): "the fact-base folder:0: no such folder of fact files",
        Problem("/elsewhere/d.yaml", 2, "oops"): "d.yaml:2: oops",
        Problem("e.yaml", 4, "relative already"): "e.yaml:4: relative already",
    }
    for problem, shown in cases.items():
        assert shown_problem(problem, folder) == shown
        assert shown_problem(problem, folder + "/") == shown
