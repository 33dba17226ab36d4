"""Choices for a command's argument as it is typed: names from the fact
base, matched the same fuzzy way as the commands match them
(knowledge.NameIndex.complete). Slash-command autocomplete (bot/autocomplete.py)
and the console's Tab completion (bot/completion.py) both show these.

The per-command lists of what may be offered are worked out once per fact
base, ahead of time by `warm` after each load, so the first keystroke after
a reload is quick too.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from commands.registry import COMMANDS
from knowledge import FactBase, Hit
from knowledge.text import normalise

CHOICES = 25  # Discord's limit per autocomplete answer; the console shows as many
COMMANDS_WITH_NAMES = ("deal", "quote", "who", "timeline")
_DEAL_COMMANDS = frozenset({"deal", "timeline"})  # whose answers are deals: deals are offered first


@dataclass(frozen=True, slots=True)
class Choice:
    name: str  # what is shown: the record's name, with the alias that matched
    value: str  # what is sent: the record's own name, which the command resolves again


# Kept per fact base, and weakly: a cache that held replaced fact bases would
# keep them alive after a reload, then free them whole on the event loop.
_CACHE: weakref.WeakKeyDictionary[FactBase, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()  # worker threads share the cache


def _targets(fb: FactBase, command: str) -> frozenset[str]:
    """The ids a command's argument can usefully name (worked out once per fact base)."""
    with _CACHE_LOCK:
        known = _CACHE.get(fb, {}).get(command)
    if known is not None:
        return known
    targets = _work_out_targets(fb, command)  # outside the lock: two threads may both work it out, harmlessly
    with _CACHE_LOCK:
        return _CACHE.setdefault(fb, {}).setdefault(command, targets)


def warm(fb: FactBase) -> None:
    """Work out every command's targets now (blocking: call it off the event loop)."""
    for command in COMMANDS_WITH_NAMES:
        _targets(fb, command)


def _work_out_targets(fb: FactBase, command: str) -> frozenset[str]:
    if command in ("deal", "timeline"):
        return frozenset(fb.deals) | frozenset(t for t, deals in fb.deals_of_entity.items() if deals)
    if command == "quote":  # as commands/quote.py decides: quoted, or party to a deal
        deals = frozenset(d for d in fb.deals if fb.has_quotes(d))
        return deals | frozenset(e for e in fb.entities if fb.has_quotes(e) or e in fb.deals_of_entity)
    if command == "who":
        return frozenset(fb.entities)
    raise ValueError(f"no choices for {command!r}")


def _choice(fb: FactBase, hit: Hit) -> Choice:
    record = fb.deals.get(hit.target) or fb.entities[hit.target]
    alias = normalise(hit.name) != normalise(record.name)
    return Choice(f"{record.name} ({hit.name})" if alias else record.name, record.name)


def name_choices(fb: FactBase, command: str, current: str, limit: int = CHOICES) -> list[Choice]:
    """Up to `limit` names for a command's argument, best first. For deal and
    timeline deals come before the people and places that lead to them (and
    for every command before anything is typed). Raises ValueError for a
    command whose argument is no name (ask, sources)."""
    allowed = _targets(fb, command)
    hits = fb.names.complete(current, allowed.__contains__, limit=limit)
    if command in _DEAL_COMMANDS or not current.strip():
        hits.sort(key=lambda hit: hit.target not in fb.deals)  # stable: the best match first within each
    return [_choice(fb, hit) for hit in hits]


def command_choices(current: str) -> list[Choice]:
    """Command names (for help): those starting with what was typed, then the rest."""
    typed = current.strip().lower().lstrip("!/")
    names = [c.name for c in COMMANDS]
    ranked = sorted(names, key=lambda n: (not n.startswith(typed), typed not in n))
    return [Choice(n, n) for n in ranked][:CHOICES]
