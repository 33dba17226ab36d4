"""Logging for the Discord bot: discord.py's setup, with the token masked.

discord.py never logs the token itself; the filter is a second guard, on
every record and every traceback that reaches the handler.
"""

from __future__ import annotations

import logging

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


def setup_logging(level: str, token: str, handler: logging.Handler | None = None) -> logging.Handler:
    """discord.utils.setup_logging on the root logger, with HideToken on its handler."""
    handler = handler if handler is not None else logging.StreamHandler()
    handler.addFilter(HideToken(token))
    discord.utils.setup_logging(handler=handler, level=logging.getLevelName(level), root=True)
    return handler
