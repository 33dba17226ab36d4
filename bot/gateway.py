"""One event Discord sends that discord.py cannot read must not end the bot.

discord.py hands each gateway event to a parser on its connection state; an
exception there (a field of a type the library does not expect, such as
member roles sent as objects) propagates out of `Client.connect` and ends
the process. Each parser is wrapped so that such an event is logged and
skipped, and the connection carries on with the next one. The event's
sequence number was already recorded, so a later RESUME is unaffected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from discord.state import ConnectionState

log = logging.getLogger(__name__)

Parser = Callable[[Any], None]


class _Guarded:
    """A parser that logs and skips an event it cannot read. The first failure
    of each kind is logged with its traceback; repeats in one line each."""

    def __init__(self, event: str, parse: Parser, seen: set[str]) -> None:
        self.event = event
        self.parse = parse
        self.seen = seen
        self.__wrapped__ = parse

    def __call__(self, data: object) -> None:
        try:
            self.parse(data)
        except Exception as exc:
            kind = f"{self.event}:{type(exc).__name__}"
            if kind in self.seen:
                log.warning("Skipped another %s event discord.py could not read (%s: %s)", self.event, *_why(exc))
            else:
                self.seen.add(kind)
                log.error("Skipped a %s event discord.py could not read; the bot carries on", self.event, exc_info=exc)


def _why(exc: Exception) -> tuple[str, str]:
    return type(exc).__name__, str(exc)[:200]


def guard_parsers(state: ConnectionState[Any]) -> None:
    """Wrap every gateway-event parser of a discord.py connection state (once)."""
    parsers: dict[str, Parser] = state.parsers
    seen: set[str] = set()
    for event, parse in list(parsers.items()):
        if not isinstance(parse, _Guarded):
            parsers[event] = _Guarded(event, parse, seen)
