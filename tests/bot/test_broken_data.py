"""The broken fact-base folder of tests/knowledge/test_broken_data.py, given
to the Discord bot: refused at startup with every problem listed, one
`file:line: what` line each; refused by `!reload` while the old fact base
keeps answering; and no code from a fact file run on the way."""

from __future__ import annotations

import re
from pathlib import Path

import discord
import pytest

from bot.cli import main
from bot.config import Config
from bot.discord_bot import Factbot, build_bot
from bot.runner import EXIT_CONFIG, run_discord
from knowledge import FactBase, FactBaseError
from tests.bot.conftest import MakeBot
from tests.bot.fakes import ADMIN_USER_ID, FakeDiscord, bot_config, new_member, say
from tests.bot.test_runner import TOKEN
from tests.knowledge.factfiles import broken_herts, copy_shipped, line_of
from tests.knowledge.test_broken_data import EXPECTED, PLANTED, PROBLEMS, broken_folder, check_report, nothing_ran

HERTS_SUMMARY = "Three forces planned to hand back-office work to G4S"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    PLANTED.clear()
    return broken_folder(tmp_path / "kb")


def problem_lines(text: str, folder: Path) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"{folder}/")]


def test_startup_lists_every_problem_and_does_not_connect(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeDiscord(monkeypatch)
    assert run_discord(Config(token=TOKEN), folder) == EXIT_CONFIG
    out, err = capsys.readouterr()
    assert out == ""
    check_report(problem_lines(err, folder), folder)
    last = err.splitlines()[-1]
    assert last.startswith("factbot: Cannot load the fact base: ")
    assert last.endswith(f"(and {PROBLEMS - 1} more, all listed above)")
    assert not fake.connected, "refused before connecting"
    nothing_ran(folder)


def test_factbot_run_knowledge_lists_every_problem(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    FakeDiscord(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["run", "--knowledge", str(folder)]) == EXIT_CONFIG
    _, err = capsys.readouterr()
    check_report(problem_lines(err, folder), folder)
    assert TOKEN not in err
    nothing_ran(folder)


async def test_the_bot_refuses_it_in_setup(folder: Path) -> None:
    bot = build_bot(Config(knowledge=folder))
    with pytest.raises(FactBaseError) as info:
        await bot.setup_hook()
    check_report([str(p) for p in info.value.problems], folder)
    assert not bot.cogs, "nothing half set up"
    nothing_ran(folder)


def reply_text(messages: list[discord.Message]) -> str:
    parts = []
    for message in messages:
        parts.append(message.content or "")
        for embed in message.embeds:
            parts += [embed.title or "", embed.description or ""]
            parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


async def test_reload_refuses_it_and_the_old_fact_base_keeps_serving(make_bot: MakeBot, tmp_path: Path) -> None:
    PLANTED.clear()
    folder = copy_shipped(tmp_path / "kb")
    bot: Factbot = await make_bot(bot_config(admin_ids=frozenset({ADMIN_USER_ID})), folder=folder)
    before = bot.factbot.live.current
    admin = new_member("Admin", ADMIN_USER_ID)
    broken_folder(folder)  # every broken file, beside the good ones

    text = reply_text(await say("!reload", author=admin))
    assert "Reload failed: still serving the previous fact base" in text
    assert f"{PROBLEMS} problems in the new files:" in text
    lines = [line.removeprefix("• ").replace("\\", "") for line in text.splitlines() if line.startswith("• ")]
    # Each problem once, file:line: what, markdown-escaped only, and files named
    # relative to the fact-base folder: never the server's paths.
    with pytest.raises(FactBaseError) as loading:
        FactBase.load(folder)
    assert lines == [str(p).replace(f"{folder}/", "") for p in loading.value.problems]
    assert [line.split(":", 1)[0] for line in lines] == [name for name, whats in EXPECTED.items() for _ in whats]
    assert not [line for line in lines if str(tmp_path) in line or re.search(r"(^|[\s(])/", line)]
    assert "g-duplicate.yaml:3: duplicate id 'acme' (first defined at a-valid.yaml:11)" in lines
    assert bot.factbot.live.current is before
    [card] = await say("!deal herts")
    assert (card.embeds[0].description or "").startswith(HERTS_SUMMARY)
    nothing_ran(folder)

    # Fixed files are taken at the next reload.
    for name in EXPECTED:
        (folder / name).unlink()
    (folder / "a-valid.yaml").unlink()
    [reply] = await say("!reload", author=admin)
    assert reply.embeds[0].title == "Reloaded"
    assert bot.factbot.live.current is not before
    assert re.match(r"Now serving 2 sources", reply.embeds[0].description or "")


async def test_reload_of_a_broken_file_says_which_references_went_unchecked(make_bot: MakeBot, tmp_path: Path) -> None:
    """G4S is defined in the Herts file: broken, the East Midlands file's
    references to it are not checked, rather than named as unknown."""
    folder = copy_shipped(tmp_path / "kb")
    await make_bot(bot_config(admin_ids=frozenset({ADMIN_USER_ID})), folder=folder)
    herts = broken_herts(folder)

    text = reply_text(await say("!reload", author=new_member("Admin", ADMIN_USER_ID)))
    lines = [line.removeprefix("• ").replace("\\", "") for line in text.splitlines() if line.startswith("• ")]
    opened = line_of(herts, "g4s") + 1  # `name: [G4S`, never closed
    # Discord replies name files relative to the fact-base folder, never by server path.
    assert str(folder) not in text
    [fault] = [line for line in lines if line.startswith(f"{herts.name}:")]
    pattern = rf"{re.escape(herts.name)}:{opened}: YAML syntax error: while parsing a flow sequence .+"
    assert re.fullmatch(pattern, fault)
    not_checked = f"names entity 'g4s': not checked: {herts.name} failed to load"
    unchecked = [line for line in lines if line.endswith(not_checked)]
    assert len(unchecked) == 2
    assert not any("unknown" in line for line in lines)
