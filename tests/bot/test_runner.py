"""Starting the Discord bot: every configuration failure is one clear line
and a non-zero exit, and the token shows up nowhere: not in output, log or
traceback. Discord out of reach is waited for, other failures restart the
client, and SIGTERM or SIGINT stops it promptly in every state.

Discord itself is replaced at its edges (login, application info, gateway)."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import discord
import pytest
from discord.ext.test.backend import FakeRequest

from bot import facts_cog, runner
from bot.cli import main
from bot.config import Config
from bot.runner import EXIT_CONFIG, EXIT_OK, Backoff, run_discord, token_problem, unreachable
from commands import Answer
from tests.bot.fakes import BOT_USER, FakeDiscord, FakeGateway, direct_message
from tests.knowledge.factfiles import copy_shipped, write

TOKEN = "MTA1NjQ4NzQ4NjQ2OTk4NjM2OA.GxYz12.abcdefghijklmnopqrstuvwxyz0123456789AB"  # shaped like one; not real
REPO = Path(__file__).resolve().parents[2]


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


def test_an_unexpected_error_is_logged_masked_and_the_client_started_again(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord
) -> None:
    fake_discord.connect_errors = [RuntimeError(f"something went wrong near {TOKEN}")]
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK, "restarted, then closed cleanly"
    assert "The Discord client stopped on an unexpected RuntimeError; starting it again in 0.0 s" in err
    assert "Traceback" in err and "[token hidden]" in err
    assert fake_discord.connects == 2 and len(fake_discord.logins) == 2


def test_a_clean_stop_exits_zero_and_logs_through_discord_setup(
    capsys: pytest.CaptureFixture[str], fake_discord: FakeDiscord
) -> None:
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK
    assert fake_discord.connects == 1
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


# -- Discord out of reach at start ----------------------------------------------------


class FlakyHTTP:
    """discord.py's HTTP layer failing its first requests, as with the network
    down or DNS not ready: the real static_login runs over it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.requests: list[str] = []

        async def request(http: Any, route: Any, **kwargs: Any) -> Any:
            self.requests.append(route.path)
            if self.failures:
                raise self.failures.pop(0)
            assert route.path == "/users/@me", route.path
            return dict(BOT_USER)

        monkeypatch.setattr(discord.http.HTTPClient, "request", request)


def test_discord_out_of_reach_at_start_is_tried_again_until_it_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeDiscord(monkeypatch, login=False)
    flaky = FlakyHTTP(
        monkeypatch,
        aiohttp.ClientConnectionError("Cannot connect to host discord.com:443 [Temporary failure in name resolution]"),
        OSError(101, "Network is unreachable"),
        discord.DiscordServerError(FakeRequest(503, "Service Unavailable"), "upstream connect error"),
    )
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK
    assert flaky.requests == ["/users/@me"] * 4
    warnings = [line for line in err.splitlines() if "Cannot reach Discord" in line]
    assert len(warnings) == 3, "one line per attempt"
    assert "(ClientConnectionError: Cannot connect to host discord.com:443" in warnings[0]
    assert "(OSError: [Errno 101] Network is unreachable); trying again in 0.0 s" in warnings[1]
    assert "(DiscordServerError: 503 Service Unavailable" in warnings[2]
    assert all("WARNING" in line for line in warnings)
    assert "Traceback" not in err
    assert fake.connects == 1, "then it connected"
    assert err.count("Fact base loaded") == 1, "loaded once, not per attempt"


def test_backoff_doubles_up_to_its_cap_with_jitter() -> None:
    backoff = Backoff(2.0, 60.0, random.Random(7))
    waits = [backoff.next() for _ in range(8)]
    steps = [2, 4, 8, 16, 32, 60, 60, 60]
    assert all(step / 2 <= wait <= step for wait, step in zip(waits, steps, strict=True)), waits
    assert len(set(waits)) == len(waits), "jittered"
    backoff.reset()
    assert backoff.next() <= 2


@pytest.mark.parametrize(
    "failure",
    [
        aiohttp.ClientConnectionError("x"),
        OSError("x"),
        TimeoutError(),
        discord.GatewayNotFound(),
        discord.DiscordServerError(FakeRequest(502, "Bad Gateway"), "x"),
        discord.HTTPException(FakeRequest(429, "Too Many Requests"), "x"),
    ],
)
def test_what_counts_as_out_of_reach(failure: BaseException) -> None:
    assert unreachable(failure)


@pytest.mark.parametrize(
    "failure", [RuntimeError("x"), TypeError("x"), discord.HTTPException(FakeRequest(400, "Bad Request"), "x")]
)
def test_what_does_not(failure: BaseException) -> None:
    assert not unreachable(failure)


# -- stopping --------------------------------------------------------------------------


@pytest.fixture
def watchdog() -> Iterator[None]:
    """Should a test fail to stop the bot itself, stop it after a while, so the test fails instead of hanging."""
    timer = threading.Timer(30, signal.raise_signal, (signal.SIGTERM,))
    timer.daemon = True
    timer.start()
    yield
    timer.cancel()


class SignalOnce:
    """Sends the process a signal from wherever the bot reached the state to stop in."""

    def __init__(self, sig: signal.Signals) -> None:
        self.sig = sig
        self.sent_at: float | None = None

    def __call__(self) -> None:
        if self.sent_at is None:
            self.sent_at = time.monotonic()
            signal.raise_signal(self.sig)  # the event loop's handler runs it on the loop, like any signal


class LogTrigger(logging.Handler):
    """Calls `then` when a log message containing `text` is emitted."""

    def __init__(self, text: str, then: Callable[[], None]) -> None:
        super().__init__()
        self.text = text
        self.then = then

    def emit(self, record: logging.LogRecord) -> None:
        if self.text in record.getMessage():
            self.then()


def stopped_within(send: SignalOnce) -> float:
    assert send.sent_at is not None, "the state to stop in was never reached"
    return time.monotonic() - send.sent_at


SIGNALS = [signal.SIGTERM, signal.SIGINT]


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_a_signal_during_the_wait_between_attempts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None, sig: signal.Signals
) -> None:
    """The wait was honoured to its end before (16 s, when docker stop kills at 10)."""
    monkeypatch.setattr(runner, "RETRY_FIRST", 300.0)  # were the wait not cut short, the test would take minutes
    fake = FakeDiscord(monkeypatch)
    fake.login_error = aiohttp.ClientConnectionError("no route to discord.com")
    send = SignalOnce(sig)
    trigger = LogTrigger("trying again in", send)  # logged just before the wait starts
    logging.getLogger("bot.runner").addHandler(trigger)
    try:
        code, _, err = run(capsys, Config(token=TOKEN))
    finally:
        logging.getLogger("bot.runner").removeHandler(trigger)
    assert code == EXIT_OK
    assert stopped_within(send) < 10
    assert f"{sig.name} received: stopping" in err and "Factbot stopped" in err
    assert len(fake.logins) == 1


def test_a_signal_while_a_dns_lookup_hangs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None
) -> None:
    """The real login, through aiohttp, stuck resolving discord.com (DNS not
    ready at boot): the lookup's thread must not hold up the exit."""
    FakeDiscord(monkeypatch, login=False)
    send = SignalOnce(signal.SIGTERM)
    release = threading.Event()
    loop_of_test: list[asyncio.AbstractEventLoop] = []

    def stuck(*args: Any, **kwargs: Any) -> Any:
        loop_of_test[0].call_soon_threadsafe(send)
        release.wait(60)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    real_serve = runner._serve

    async def serve(*args: Any) -> None:
        loop_of_test.append(asyncio.get_running_loop())
        await real_serve(*args)

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    monkeypatch.setattr(runner, "_serve", serve)
    try:
        code, _, err = run(capsys, Config(token=TOKEN))
        assert code == EXIT_OK
        assert stopped_within(send) < 10
        assert not release.is_set(), "the lookup was still stuck when the bot stopped"
    finally:
        release.set()
    assert "Traceback" not in err


def test_a_signal_while_connected_closes_the_connection_cleanly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None, quick_and_private: Path
) -> None:
    FakeDiscord(monkeypatch, gateway=True)
    send = SignalOnce(signal.SIGTERM)
    gateway = FakeGateway(monkeypatch, [send])  # connected, then the signal
    code, _, _err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK
    assert stopped_within(send) < 10
    [socket_] = gateway.sockets
    assert socket_.closed and socket_.close_code == 1000, "closed as a clean disconnect"
    assert not quick_and_private.exists(), "nothing running: no heartbeat left behind"


def test_a_signal_while_an_answer_is_being_worked_out(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None
) -> None:
    FakeDiscord(monkeypatch, gateway=True)
    send = SignalOnce(signal.SIGTERM)
    release = threading.Event()
    loop_of_test: list[asyncio.AbstractEventLoop] = []

    def stuck(*args: Any) -> Answer:
        loop_of_test[0].call_soon_threadsafe(send)
        release.wait(60)
        raise AssertionError("the answer was still awaited")

    def note_loop() -> None:
        loop_of_test.append(asyncio.get_running_loop())

    monkeypatch.setattr(facts_cog, "run_command", stuck)
    FakeGateway(monkeypatch, [note_loop, direct_message("!deal herts")])
    try:
        code, _, _ = run(capsys, Config(token=TOKEN))
        assert code == EXIT_OK
        assert stopped_within(send) < 10
    finally:
        release.set()


def test_a_signal_while_the_fact_base_loads(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None
) -> None:
    fake = FakeDiscord(monkeypatch)
    send = SignalOnce(signal.SIGINT)
    release = threading.Event()
    loop_of_test: list[asyncio.AbstractEventLoop] = []
    real_serve = runner._serve

    async def serve(*args: Any) -> None:
        loop_of_test.append(asyncio.get_running_loop())
        await real_serve(*args)

    def slow_load(*args: Any) -> Any:
        loop_of_test[0].call_soon_threadsafe(send)
        release.wait(60)
        raise AssertionError("the load was still awaited")

    monkeypatch.setattr(runner, "_serve", serve)
    monkeypatch.setattr(runner, "load_live", slow_load)
    try:
        code, _, _ = run(capsys, Config(token=TOKEN))
        assert code == EXIT_OK
        assert stopped_within(send) < 10
    finally:
        release.set()
    assert fake.logins == []


def test_a_close_discord_never_acknowledges_is_given_up(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, watchdog: None
) -> None:
    monkeypatch.setattr(runner, "CLOSE_WITHIN", 0.05)
    fake = FakeDiscord(monkeypatch)
    fake.stay_connected = True
    send = SignalOnce(signal.SIGTERM)
    fake.on_connect = send

    async def never(client: Any) -> None:
        await asyncio.Event().wait()

    monkeypatch.setattr(discord.Client, "close", never)
    code, _, err = run(capsys, Config(token=TOKEN))
    assert code == EXIT_OK
    assert "Discord did not acknowledge the close within 0.05 s; leaving anyway" in err


def test_sigterm_to_a_real_process_that_cannot_reach_discord(tmp_path: Path) -> None:
    """`factbot run` as a process: DNS failing (as with no network), one warning
    line per attempt and no traceback; SIGTERM ends it at once with status 0."""
    script = (
        "import socket, sys\n"
        "def fail(*a, **k): raise socket.gaierror(socket.EAI_AGAIN, 'Temporary failure in name resolution')\n"
        "socket.getaddrinfo = fail\n"
        "from bot import runner\n"
        "runner.RETRY_FIRST = 0.2\n"
        "runner.RETRY_CAP = 0.2\n"
        "from bot.cli import entry\n"
        "sys.argv = ['factbot', 'run']\n"
        "entry()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"} | {"DISCORD_TOKEN": TOKEN}
    env["PYTHONPATH"] = str(REPO)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    lines: list[str] = []
    try:
        while sum("Cannot reach Discord" in line for line in lines) < 2:
            line = process.stderr.readline()
            assert line, "".join(lines)
            lines.append(line)
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=20)
    finally:
        process.kill()
    err = "".join(lines) + rest
    assert process.returncode == 0, err
    assert "Traceback" not in err and TOKEN not in err
    assert "SIGTERM received: stopping" in err and "Factbot stopped" in err
    warning = next(line for line in lines if "Cannot reach Discord" in line)
    assert "(ClientConnectorDNSError" in warning or "Temporary failure in name resolution" in warning, warning
