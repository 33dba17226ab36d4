"""Installed to a server or to a user, used anywhere: the commands Discord is
told of, and public answers where Factbot was invited, private ones elsewhere.

Interactions are run through the bot's real command tree (SlashHarness) with
`context` and `authorizing_integration_owners` as Discord sends them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.discord_bot import Factbot, install_links
from bot.errors import NOT_HERE, OUT_OF_DATE
from bot.installs import Place, answers_privately, place_of
from tests.bot.conftest import MakeBot
from tests.bot.fakes import (
    APPLICATION_ID,
    IN_BOT_DM,
    IN_BOT_DM_BY_SERVER_INSTALL,
    IN_FRIENDS_DM,
    IN_GROUP_DM,
    IN_OTHER_SERVER,
    IN_SERVER,
    IN_SERVER_BY_BOTH,
    IN_SERVER_BY_USER_INSTALL,
    PRIVATE_ORIGINS,
    PUBLIC_ORIGINS,
    Origin,
    SlashHarness,
    answer_only_once_deferred,
    bot_config,
    parts,
)
from tests.commands.test_paging import talkative

EPHEMERAL = discord.MessageFlags(ephemeral=True).value
SLASH_COMMANDS = {"deal", "quote", "who", "timeline", "sources", "ask", "verify", "help"}
HERTS = "Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"
ALLOWED = 710000000000000001


def payload(bot: Factbot) -> list[dict[str, Any]]:
    """The commands as `!sync` would send them to Discord."""
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


# -- what Discord is told ----------------------------------------------------------


async def test_every_command_is_installable_both_ways_and_usable_everywhere(bot: Factbot) -> None:
    commands = payload(bot)
    assert {c["name"] for c in commands if c["type"] == 1} == SLASH_COMMANDS
    assert [c["name"] for c in commands if c["type"] == 3] == ["Who said this?"]
    assert len(commands) == len(SLASH_COMMANDS) + 1, "no other kind of command"
    for command in commands:
        assert command["integration_types"] == [0, 1], command["name"]  # server install, user install
        assert command["contexts"] == [0, 1, 2], command["name"]  # servers, the bot's DMs, private channels
        assert command["default_member_permissions"] is None, "anyone may use it"


async def test_a_server_only_bot_declares_server_installs_only(make_bot: MakeBot) -> None:
    """`user_installs: false`: installable to servers alone, so no private channels either."""
    bot = await make_bot(bot_config(user_installs=False))
    for command in payload(bot):
        assert command["integration_types"] == [0], command["name"]
        assert command["contexts"] == [0, 1], command["name"]


async def test_the_message_command_as_discord_is_told_of_it(bot: Factbot) -> None:
    [menu] = [c for c in payload(bot) if c["type"] == 3]
    assert menu == {
        "name": "Who said this?",
        "type": 3,
        "dm_permission": True,
        "contexts": [0, 1, 2],
        "integration_types": [0, 1],
        "default_member_permissions": None,
        "nsfw": False,
    }


async def test_verify_as_discord_is_told_of_it(bot: Factbot) -> None:
    [verify] = [c for c in payload(bot) if c["name"] == "verify"]
    assert verify["description"].startswith("Who really said this, and was it word for word?")
    assert len(verify["description"]) <= 100
    [text] = verify["options"]
    assert (text["name"], text["type"], text["required"]) == ("text", 3, True)
    assert 0 < len(text["description"]) <= 100


async def test_admin_commands_are_no_app_commands(bot: Factbot) -> None:
    """`!reload` and `!sync` stay prefix commands: only where the bot reads
    messages (servers that added it, its own DMs), never through a user install."""
    names = {c["name"] for c in payload(bot)}
    for admin in ("reload", "sync"):
        assert bot.get_command(admin) is not None and admin not in names
    assert not any(isinstance(c, app_commands.Group) for c in bot.tree.get_commands())


def test_the_install_links() -> None:
    server, user = install_links(APPLICATION_ID)
    assert server == (
        f"https://discord.com/oauth2/authorize?client_id={APPLICATION_ID}"
        "&scope=bot+applications.commands&permissions=274877991936&integration_type=0"
    )
    assert user == (
        f"https://discord.com/oauth2/authorize?client_id={APPLICATION_ID}"
        "&scope=applications.commands&integration_type=1"
    )


def test_the_readme_gives_the_same_links() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for link in install_links(4242):
        assert link.replace("4242", "YOUR_APPLICATION_ID") in readme, link


# -- where an interaction comes from ---------------------------------------------------


PLACES = {
    IN_SERVER: Place.SERVER,
    IN_SERVER_BY_USER_INSTALL: Place.SERVER,  # the bot is a member there
    IN_SERVER_BY_BOTH: Place.SERVER,
    IN_OTHER_SERVER: Place.OTHER_SERVER,
    IN_BOT_DM: Place.BOT_DM,
    IN_BOT_DM_BY_SERVER_INSTALL: Place.BOT_DM,
    IN_GROUP_DM: Place.PRIVATE_CHANNEL,
    IN_FRIENDS_DM: Place.PRIVATE_CHANNEL,
}


@pytest.mark.parametrize("origin", list(PLACES), ids=lambda o: o.name)
async def test_where_an_interaction_comes_from(bot: Factbot, origin: Origin) -> None:
    interaction = SlashHarness(bot).interaction("deal", origin)
    assert place_of(interaction) is PLACES[origin]
    assert answers_privately(interaction) is (origin in PRIVATE_ORIGINS)


async def test_without_a_context_a_dm_is_the_bots_own_and_a_group_dm_private(bot: Factbot) -> None:
    """Payloads from before user installs carry no `context`; their DMs could only be the bot's."""
    slash = SlashHarness(bot)
    for origin, place in ((IN_BOT_DM, Place.BOT_DM), (IN_GROUP_DM, Place.PRIVATE_CHANNEL)):
        interaction = slash.interaction("deal", origin, without=("context",))
        assert place_of(interaction) is place, origin.name


async def test_a_server_the_bot_is_in_counts_as_invited_whatever_the_installs_say(bot: Factbot) -> None:
    interaction = SlashHarness(bot).interaction("deal", IN_SERVER, without=("authorizing_integration_owners",))
    assert place_of(interaction) is Place.SERVER
    assert not interaction.is_guild_integration()


async def test_a_message_is_answered_in_public() -> None:
    assert answers_privately(None) is False


# -- answers: public where invited, private elsewhere ------------------------------------


@pytest.mark.parametrize("origin", PUBLIC_ORIGINS, ids=lambda o: o.name)
async def test_answers_are_public_where_factbot_was_invited(bot: Factbot, origin: Origin) -> None:
    result = await SlashHarness(bot).invoke("deal", origin=origin, query="herts")
    [message] = result.messages
    assert not message.get("flags"), "seen by everyone there"
    assert result.embeds[0].title == HERTS
    assert message["allowed_mentions"] == {"parse": []}


@pytest.mark.parametrize("origin", PRIVATE_ORIGINS, ids=lambda o: o.name)
async def test_answers_are_private_where_factbot_was_not_invited(bot: Factbot, origin: Origin) -> None:
    slash = SlashHarness(bot)
    result = await slash.invoke("deal", origin=origin, query="herts")
    [message] = result.messages
    assert message["flags"] == EPHEMERAL, "seen by the asker alone"
    assert message["allowed_mentions"] == {"parse": []}
    in_server = await slash.invoke("deal", query="herts")
    assert [parts(e) for e in result.embeds] == [parts(e) for e in in_server.embeds], "the same answer"


@pytest.mark.parametrize("origin", [IN_SERVER, IN_OTHER_SERVER, IN_GROUP_DM], ids=lambda o: o.name)
async def test_error_lines_are_private_everywhere(bot: Factbot, origin: Origin) -> None:
    """A slash command that does not match the bot's (Discord's copy out of date): one private line."""
    slash = SlashHarness(bot)
    for name, arguments in (("ask", {}), ("nonesuch", {"query": "x"})):
        [message] = (await slash.invoke(name, origin=origin, **arguments)).messages
        assert message["content"] == OUT_OF_DATE.format(prefix="!") and message["flags"] == EPHEMERAL


async def test_a_slow_private_answer_is_deferred_privately(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deferred answer keeps the visibility of its "thinking…" message, so the defer must be private too."""
    answer_only_once_deferred(monkeypatch)
    result = await SlashHarness(bot).invoke("deal", origin=IN_OTHER_SERVER, query="herts")
    defer, answer = result.responses
    assert defer["type"] == discord.InteractionResponseType.deferred_channel_message.value
    assert defer["data"]["flags"] == EPHEMERAL
    assert answer["type"] == "followup" and answer["data"]["flags"] == EPHEMERAL
    assert result.embeds[0].title == HERTS


# -- the channel allowlist binds only where Factbot was invited ----------------------------


async def test_the_allowlist_binds_servers_that_added_factbot(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(channels=frozenset({ALLOWED})))
    slash = SlashHarness(bot)
    for origin in (IN_SERVER, IN_SERVER_BY_USER_INSTALL):
        [refusal] = (await slash.invoke("deal", origin=origin, query="herts")).messages
        assert refusal["content"] == NOT_HERE and refusal["flags"] == EPHEMERAL, origin.name
    assert (await slash.complete("deal", "query", "herts")).choices == []


@pytest.mark.parametrize("origin", PRIVATE_ORIGINS, ids=lambda o: o.name)
async def test_the_allowlist_does_not_bind_a_users_own_install_elsewhere(make_bot: MakeBot, origin: Origin) -> None:
    """A server that never added Factbot set aside no channels for it; the answer is the asker's alone."""
    bot = await make_bot(bot_config(channels=frozenset({ALLOWED})))
    slash = SlashHarness(bot)
    result = await slash.invoke("deal", origin=origin, query="herts")
    assert result.embeds[0].title == HERTS and result.messages[0]["flags"] == EPHEMERAL
    assert (await slash.complete("deal", "query", "herts", origin=origin)).choices


async def test_a_private_answer_can_still_be_paged_by_its_asker(make_bot: MakeBot, tmp_path: Path) -> None:
    talkative(tmp_path / "kb")
    slash = SlashHarness(await make_bot(folder=tmp_path / "kb"))
    first = await slash.invoke("quote", origin=IN_OTHER_SERVER, query="ann smith")
    [response] = first.responses
    assert response["data"]["flags"] == EPHEMERAL
    turned = await slash.click(response["message_id"], response["data"]["components"], "Next", origin=IN_OTHER_SERVER)
    [update] = turned.responses
    assert update["type"] == discord.InteractionResponseType.message_update.value, "edited in place"
    assert turned.embeds[0].title.startswith("Quotes from Ann Smith (page 2 of ")
    assert update["data"]["allowed_mentions"] == {"parse": []}
