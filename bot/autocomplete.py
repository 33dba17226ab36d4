"""Slash-command autocomplete: names from the fact base, matched the same
fuzzy way as the commands match them (knowledge.NameIndex.complete).

Called in worker threads (bot.facts_cog), never on the event loop. The
per-command lists are worked out once per fact base, ahead of time by
`warm` after each load, so the first keystroke after a reload is quick too.
"""

from __future__ import annotations

import threading
import weakref

from discord import app_commands

from bot.embeds import truncate
from commands import COMMANDS
from knowledge import FactBase, Hit
from knowledge.text import normalise

CHOICES = 25  # Discord's limit per autocomplete answer
CHOICE_CHARS = 100  # Discord's limit on a choice's name and value


# Kept per fact base, and weakly: a cache that held replaced fact bases would
# keep them alive after a reload, then free them whole on the event loop.
_CACHE: weakref.WeakKeyDictionary[FactBase, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()  # worker threads share the cache
COMMANDS_WITH_NAMES = ("deal", "quote", "who", "timeline")
_DEAL_COMMANDS = frozenset({"deal", "timeline"})  # whose answers are deals: deals are offered first


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
    raise ValueError(f"no autocomplete for {command!r}")


def _label(fb: FactBase, hit: Hit) -> tuple[str, str]:
    """(shown, sent): the record's own name, with the alias that matched
    when it differs ("David Lloyd (Herts PCC)"); the name is what is sent."""
    record = fb.deals.get(hit.target) or fb.entities[hit.target]
    shown = record.name if normalise(hit.name) == normalise(record.name) else f"{record.name} ({hit.name})"
    return truncate(shown, CHOICE_CHARS), truncate(record.name, CHOICE_CHARS)


def name_choices(fb: FactBase, command: str, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 names for a command's argument, best first. For /deal and
    /timeline deals come before the people and places that lead to them (and
    for every command before anything is typed). The command resolves the
    value again."""
    allowed = _targets(fb, command)
    hits = fb.names.complete(current[:CHOICE_CHARS], allowed.__contains__, limit=CHOICES)
    if command in _DEAL_COMMANDS or not current.strip():
        hits.sort(key=lambda hit: hit.target not in fb.deals)  # stable: the best match first within each
    labels = dict(_label(fb, hit) for hit in hits)
    return [app_commands.Choice(name=shown, value=sent) for shown, sent in labels.items()][:CHOICES]


def command_choices(current: str) -> list[app_commands.Choice[str]]:
    """Command names for /help: those starting with what was typed, then the rest."""
    typed = current.strip().lower().lstrip("!/")
    names = [c.name for c in COMMANDS]
    ranked = sorted(names, key=lambda n: (not n.startswith(typed), typed not in n))
    return [app_commands.Choice(name=n, value=n) for n in ranked][:CHOICES]
