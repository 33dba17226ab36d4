"""Starting the Discord bot: every failure is one clear line and a non-zero
exit, and the token shows up nowhere: not in output, log or traceback.

Discord itself is replaced at its edges (login, application info, gateway)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest

from bot.cli import main
from bot.config import Config
from bot.runner import EXIT_CONFIG, EXIT_FAILED, EXIT_OK, run_discord, token_problem
from tests.knowledge.factfiles import copy_shipped, write

TOKEN = "MTA1NjQ4NzQ4NjQ2OTk4NjM2OA.GxYz12.abcdefghijklmnopqrstuvwxyz0123456789AB"  # shaped like one; not real
REPO = Path(__file__).resolve().parents[2]


class FakeDiscord:
    """Discord at the edges of discord.py: login, application info, gateway."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.login_error: BaseException | None = None
        self.connect_error: BaseException | None = None
        self.logins: list[str] = []
        self.connected = False

        async def static_login(http: Any, token: str) -> dict[str, Any]:
            self.logins.append(token)
            if self.login_error:
                raise self.login_error
            return {"id": "1", "username": "Factbot", "discriminator": "0", "avatar": None, "bot": True}

        async def application_info(client: Any) -> Any:
            return SimpleNamespace(id=1, interactions_endpoint_url=None, flags=discord.ApplicationFlags._from_value(1))

        async def connect(client: Any, *, reconnect: bool = True) -> None:
            self.connected = True
            if self.connect_error:
                raise self.connect_error

        monkeypatch.setattr(discord.http.HTTPClient, "static_login", static_login)
        monkeypatch.setattr(discord.Client, "application_info", application_info)
        monkeypatch.setattr(discord.Client, "connect", connect)


@pytest.fixture
def fake_discord(monkeypatch: pytest.MonkeyPatch) -> FakeDiscord:
    return FakeDiscord(monkeypatch)


def run(capsys: pytest.CaptureFixture[str], config: Config, folder: Path | None = None) -> tuple[int, str, str]:
    code = run_discord(config, folder)
    out, err = capsys.readouterr()
    assert TOKEN not in out and TOKEN not in err, "the token was shown"
    assert TOKEN.rsplit(".", 1)[1] not in err, "part of the token was shown"
    return code, out, err


def last_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("factbot: ")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("", "No Discord token: set DISCORD_TOKEN or 'token' in config.yaml"),
        ("   ", "No Discord token"),
        ("Bot " + TOKEN, "starts with 'Bot ': remove that word"),
        ("0123456789abcdef0123456789abcdef", "is malformed"),  # a client secret, say
        ("123456789012345678", "is malformed"),  # an application id
    ],
)
def test_a_missing_or_malformed_token_is_one_line(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord, token: str, says: str
) -> None:
    code, out, err = run(capsys, Config(token=token))
    assert code == EXIT_CONFIG
    assert out == ""
    assert says in last_line(err) and err.count("\n") == 1
    assert fake_discord.logins == [], "nothing was sent to Discord"
    if token.strip():
        assert token.strip() not in err


def test_a_well_shaped_token_passes_the_shape_check() -> None:
    assert token_problem(TOKEN) is None


def test_a_rejected_token(capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord) -> None:
    fake_discord.login_error = discord.LoginFailure("Improper token has been passed.")
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_CONFIG
    assert "Discord rejected the token. Reset it at https://discord.com/developers/applications" in last_line(err)
    assert "Traceback" not in err
    assert fake_discord.logins == [TOKEN]


def test_a_missing_privileged_intent(capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord) -> None:
    fake_discord.connect_error = discord.PrivilegedIntentsRequired(None)
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_CONFIG
    line = last_line(err)
    assert "Turn on 'Message Content Intent'" in line and "message_content: false" in line
    assert "Traceback" not in err


def test_an_invalid_fact_base_stops_before_connecting(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    folder = copy_shipped(tmp_path / "data")
    write(folder, "zz-broken.yaml", "source: [\n")
    code, _, err = run(capsys, Config(token=TOKEN), folder)
    assert code == EXIT_CONFIG
    assert "Cannot load the fact base: " in last_line(err) and "zz-broken.yaml:" in last_line(err)
    assert not fake_discord.connected


def test_no_network(capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord) -> None:
    fake_discord.login_error = aiohttp.ClientConnectionError("cannot connect")
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_FAILED
    assert "Cannot reach Discord (ClientConnectionError)" in last_line(err)


def test_an_unexpected_error_keeps_a_masked_traceback(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord
) -> None:
    fake_discord.connect_error = RuntimeError(f"something went wrong near {TOKEN}")
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_FAILED
    assert "stopped on an unexpected RuntimeError" in last_line(err)
    assert "Traceback" in err and "[token hidden]" in err


def test_a_clean_stop_exits_zero_and_logs_through_discord_setup(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord
) -> None:
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK
    assert fake_discord.connected
    assert "Fact base loaded: 2 sources" in err  # from setup_hook, through the log
    assert "Factbot stopped" in err


def test_factbot_run_uses_the_token_from_the_environment(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    fake_discord.login_error = discord.LoginFailure("Improper token has been passed.")
    assert main(["run"]) == EXIT_CONFIG
    assert fake_discord.logins == [TOKEN]
    _, err = capsys.readouterr()
    assert TOKEN not in err and "Discord rejected the token" in err


def test_python_m_bot_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == EXIT_CONFIG
    assert done.stdout == ""
    assert done.stderr.startswith("factbot: No Discord token: set DISCORD_TOKEN")
    assert done.stderr.count("\n") == 1
