"""The token is masked in every log record, traceback included, whatever the formatter."""

from __future__ import annotations

import io
import logging
import sys

import discord
import discord.utils
import pytest

from bot.logs import MASK, HideToken, setup_logging

TOKEN = "MTA1NjQ4NzQ4NjQ2OTk4NjM2OA.GxYz12.abcdefghijklmnopqrstuvwxyz0123456789AB"


def logged(formatter: logging.Formatter, emit: str) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(HideToken(TOKEN))
    logger = logging.getLogger(f"test.hide.{emit}")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        if emit == "args":
            logger.warning("login with %s failed", TOKEN)
        elif emit == "message":
            logger.warning(f"login with {TOKEN} failed")
        else:
            try:
                raise RuntimeError(f"bad token {TOKEN}")
            except RuntimeError:
                logger.exception("it broke")
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_the_token_is_masked_in_messages_arguments_and_tracebacks() -> None:
    formatters = [logging.Formatter("%(message)s"), discord.utils._ColourFormatter()]
    for formatter in formatters:
        for emit in ("args", "message", "traceback"):
            text = logged(formatter, emit)
            assert TOKEN not in text, (type(formatter).__name__, emit)
            assert MASK in text
    assert "Traceback" in logged(logging.Formatter("%(message)s"), "traceback")


def test_records_without_the_token_are_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("world",), None)
    assert HideToken(TOKEN).filter(record)
    assert record.getMessage() == "hello world" and record.args == ("world",)
    assert HideToken("").filter(record)


def test_a_traceback_is_formatted_once_masked() -> None:
    try:
        raise ValueError(TOKEN)
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    HideToken(TOKEN).filter(record)
    assert record.exc_info is None
    assert record.exc_text is not None and "ValueError: [token hidden]" in record.exc_text


def test_only_the_two_voice_warnings_are_silenced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Factbot has no voice: discord.py's warnings that PyNaCl and davey are
    missing are switched off with discord.py's own flags; other warnings stay."""
    for flag in ("warn_nacl", "warn_dave"):
        monkeypatch.setattr(discord.VoiceClient, flag, True)  # as on a fresh process without them
    stream = io.StringIO()
    setup_logging("INFO", TOKEN, logging.StreamHandler(stream))
    discord.Client(intents=discord.Intents.none())
    shown = stream.getvalue()
    assert "PyNaCl" not in shown and "davey" not in shown
    assert "Guilds intent seems to be disabled" in shown  # discord.py's other warnings still show


def test_without_the_flags_discord_py_does_warn(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The control: what the test above silences is really there."""
    for flag in ("warn_nacl", "warn_dave"):
        monkeypatch.setattr(discord.VoiceClient, flag, True)
    with caplog.at_level(logging.WARNING, logger="discord.client"):
        discord.Client(intents=discord.Intents.none())
    assert {r.getMessage() for r in caplog.records} >= {
        "PyNaCl is not installed, voice will NOT be supported",
        "davey is not installed, voice will NOT be supported",
    }


def test_a_reconnect_after_a_network_failure_is_one_warning_line(caplog: pytest.LogCaptureFixture) -> None:
    """discord.py logs each reconnect with a whole traceback; the filter makes it one line with the reason."""
    setup_logging("INFO", TOKEN, logging.NullHandler())
    client = logging.getLogger("discord.client")
    with caplog.at_level(logging.INFO):
        try:
            raise OSError(104, "Connection reset by peer")
        except OSError:
            client.exception("Attempting a reconnect in %.2fs", 1.5)
        client.info("logging in using static token")
    reconnect, other = caplog.records
    assert reconnect.levelno == logging.WARNING
    assert reconnect.getMessage() == (
        "Lost the connection to Discord (ConnectionResetError: [Errno 104] Connection reset by peer). "
        "Attempting a reconnect in 1.50s"
    )
    assert reconnect.exc_info is None and not reconnect.exc_text
    assert other.getMessage() == "logging in using static token"
