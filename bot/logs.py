"""Logging for the Discord bot: discord.py's setup, with the token masked.

discord.py never logs the token itself; masking is a second guard. It is
done to every record as it is made (message, arguments, traceback with its
whole exception chain, stack), so no handler sees the token: not the console
handler set up here, nor any other added to the root or to a library logger.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import discord

MASK = "[token hidden]"


class HideToken(logging.Filter):
    """Replace the token wherever it appears in a record, traceback included."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token.strip()

    def hide(self, text: str) -> str:
        return text.replace(self.token, MASK)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = self.hide(message), None
        if record.exc_info:
            # Format the traceback now, masked; formatters reuse exc_text and
            # discord.py's colour formatter reformats exc_info, so drop it.
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = self.hide(text), None
        elif record.exc_text:
            record.exc_text = self.hide(record.exc_text)
        if record.stack_info:
            record.stack_info = self.hide(record.stack_info)
        return True


class MaskingFactory:
    """A log record factory that applies HideToken to every record it makes."""

    def __init__(self, make: Callable[..., logging.LogRecord], hide: HideToken) -> None:
        self.make = make
        self.hide = hide

    def __call__(self, *args: object, **kwargs: object) -> logging.LogRecord:
        record = self.make(*args, **kwargs)
        try:
            self.hide.filter(record)
        except Exception:  # a malformed log call (arguments that do not fit): never fail the caller
            record.msg, record.args = self.hide.hide(str(record.msg)), None
        return record


def mask_records(token: str) -> None:
    """Mask `token` in every log record from now on, whichever handler shows it."""
    current = logging.getLogRecordFactory()
    make = current.make if isinstance(current, MaskingFactory) else current  # one mask, not one per call
    logging.setLogRecordFactory(MaskingFactory(make, HideToken(token)))


class QuietReconnects(logging.Filter):
    """discord.py logs each reconnect after a network failure with a whole
    traceback. A dropped connection is expected now and then: one warning
    line says it, with the reason, instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith("Attempting a reconnect"):
            return True
        reason = ""
        if record.exc_info and record.exc_info[1] is not None:
            reason = f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
        elif record.exc_text:  # already formatted (and masked) as the record was made
            reason = record.exc_text.strip().splitlines()[-1]
        record.msg, record.args = f"Lost the connection to Discord ({reason or 'no reason given'}). {message}", None
        record.exc_info, record.exc_text = None, None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


_RECONNECTING = ("discord.client", "discord.shard")  # where discord.py logs its reconnects


def setup_logging(level: str, token: str, handler: logging.Handler | None = None) -> logging.Handler:
    """discord.utils.setup_logging on the root logger, with the token masked
    in every record and, again, on the handler; reconnects in one line each."""
    mask_records(token)
    # Factbot has no voice: discord.py's own switches for its two "not installed" warnings.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    for name in _RECONNECTING:
        logger = logging.getLogger(name)
        if not any(isinstance(f, QuietReconnects) for f in logger.filters):
            logger.addFilter(QuietReconnects())
    handler = handler if handler is not None else logging.StreamHandler()
    handler.addFilter(HideToken(token))
    discord.utils.setup_logging(handler=handler, level=logging.getLevelName(level), root=True)
    return handler
