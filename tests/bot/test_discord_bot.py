"""build_bot: a fully configured bot, not connected; sharding; the light import."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import discord
import pytest
from discord.ext import commands as dcommands

from bot.config import Config
from bot.discord_bot import Factbot, ShardedFactbot
from knowledge import FactBaseError
from tests.bot.conftest import MakeBot
from tests.bot.fakes import APPLICATION_ID
from tests.knowledge.factfiles import copy_shipped, write

REPO = Path(__file__).resolve().parents[2]


def test_build_bot_is_importable_from_bot_and_does_not_connect() -> None:
    from bot import build_bot

    bot = build_bot(Config(prefix="?"))
    assert isinstance(bot, Factbot)
    assert bot.user is None and bot.ws is None, "not connected"
    assert bot.allowed_mentions is not None
    assert bot.allowed_mentions.to_dict() == {"parse": []}
    assert bot.help_command is None
    assert bot.case_insensitive
    assert not bot.cogs, "the cogs and the fact base load in setup_hook, at login"


def test_only_the_intents_factbot_uses() -> None:
    from bot import build_bot

    intents = build_bot(Config()).intents
    assert intents.guilds and intents.guild_messages and intents.dm_messages and intents.message_content
    assert not intents.members and not intents.presences, "no other privileged intent"
    assert not build_bot(Config(message_content=False)).intents.message_content


def test_sharding_settings_make_an_auto_sharded_bot() -> None:
    from bot import build_bot

    bot = build_bot(Config(shard_count=4, shard_ids=(2, 3)))
    assert isinstance(bot, ShardedFactbot) and isinstance(bot, dcommands.AutoShardedBot)
    assert bot.shard_count == 4 and bot.shard_ids == [2, 3]
    every = build_bot(Config(shard_count=2))
    assert isinstance(every, ShardedFactbot) and every.shard_count == 2 and every.shard_ids is None
    assert not isinstance(build_bot(Config()), discord.AutoShardedClient)


async def test_the_sharded_bot_sets_up_like_the_other(fb: object) -> None:
    from bot import build_bot
    from knowledge import LiveFactBase

    bot = build_bot(Config(shard_count=2), live=LiveFactBase(current=fb))  # type: ignore[arg-type]
    await bot.setup_hook()
    slash = {"deal", "quote", "who", "timeline", "sources", "ask", "verify", "help"}
    assert {c.name for c in bot.tree.get_commands()} == slash | {"Who said this?"}
    assert bot.get_command("reload") is not None


def test_importing_bot_does_not_import_discord() -> None:
    code = "import sys, bot, bot.cli; assert 'discord' not in sys.modules, 'discord imported'; print('light')"
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "light"


async def test_setup_hook_loads_the_fact_base_once(
    make_bot: MakeBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await make_bot(folder=copy_shipped(tmp_path / "data"))
    loaded = bot.factbot.live.current
    assert loaded.summary().startswith("2 sources")
    cogs = dict(bot.cogs)
    assert set(cogs) == {"Facts", "Admin", "Errors"}
    with caplog.at_level(logging.INFO):
        await bot.on_ready()  # fires again on every reconnect: loads nothing
        await bot.on_ready()
    assert bot.factbot.live.current is loaded and dict(bot.cogs) == cogs
    assert "Fact base loaded" not in caplog.text
    to_server = f"client_id={APPLICATION_ID}&scope=bot+applications.commands&permissions=274877991936"
    assert f"Add to a server: https://discord.com/oauth2/authorize?{to_server}&integration_type=0" in caplog.text
    to_user = f"client_id={APPLICATION_ID}&scope=applications.commands&integration_type=1"
    assert (
        f"Add to your own account (User Install must be on in the Developer Portal): https://discord.com/oauth2/authorize?{to_user}"
        in caplog.text
    )


async def test_setup_hook_refuses_an_invalid_fact_base(tmp_path: Path) -> None:
    from bot import build_bot

    folder = copy_shipped(tmp_path / "data")
    write(folder, "zz-broken.yaml", "source: [\n")
    bot = build_bot(Config(), folder=folder)
    with pytest.raises(FactBaseError):
        await bot.setup_hook()
    with pytest.raises(RuntimeError, match="loads in setup_hook"):
        _ = bot.factbot.live


async def test_the_configured_folder_is_the_one_loaded(tmp_path: Path) -> None:
    from bot import build_bot

    folder = copy_shipped(tmp_path / "data")
    herts = folder / "herts-g4s-back-office.yaml"
    herts.write_text(herts.read_text(encoding="utf-8").replace("Three forces planned", "Edited:"), encoding="utf-8")
    bot = build_bot(Config(knowledge=folder))
    await bot.setup_hook()
    deal = next(d for d in bot.factbot.live.current.deals.values() if d.summary.startswith("Edited:"))
    assert deal.name.startswith("Hertfordshire")


def test_a_mention_of_the_bots_own_role_counts() -> None:
    from types import SimpleNamespace

    from bot.discord_bot import mention_pattern

    bot = SimpleNamespace(user=SimpleNamespace(id=111111111111111111))
    guild = SimpleNamespace(self_role=SimpleNamespace(id=222222222222222222))
    pattern = mention_pattern(bot, guild)  # type: ignore[arg-type]
    assert pattern is not None
    for text in ("<@111111111111111111> hi", "<@!111111111111111111> hi", "hey <@&222222222222222222>"):
        assert pattern.search(text), text
    for text in ("@everyone hi", "<@&333333333333333333> hi", "<@111111111111111112> hi"):
        assert not pattern.search(text), text
    dm_pattern = mention_pattern(bot, None)  # type: ignore[arg-type]
    assert dm_pattern is not None and not dm_pattern.search("<@&222222222222222222>")
    assert mention_pattern(SimpleNamespace(user=None), None) is None  # type: ignore[arg-type]
