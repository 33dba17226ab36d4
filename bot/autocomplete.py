"""Slash-command autocomplete: names from the fact base, matched the same
fuzzy way as the commands match them (knowledge.NameIndex.complete)."""

from __future__ import annotations

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


def _targets(fb: FactBase, command: str) -> frozenset[str]:
    """The ids a command's argument can usefully name (worked out once per fact base)."""
    per_command = _CACHE.setdefault(fb, {})
    if command not in per_command:
        per_command[command] = _work_out_targets(fb, command)
    return per_command[command]


def _work_out_targets(fb: FactBase, command: str) -> frozenset[str]:
    if command in ("deal", "timeline"):
        return frozenset(fb.deals) | frozenset(t for t, deals in fb.deals_of_entity.items() if deals)
    if command == "quote":  # as commands/quote.py decides: quoted, or party to a deal
        deals = frozenset(d for d in fb.deals if fb.quotes_of_deal(d))
        return deals | frozenset(e for e in fb.entities if fb.quotes_of(e) or fb.deals_of_entity.get(e))
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
    """Up to 25 names for a command's argument, best first (deals first
    before anything is typed). The command resolves the value again."""
    allowed = _targets(fb, command)
    hits = fb.names.complete(current[:CHOICE_CHARS], allowed.__contains__, limit=CHOICES)
    if not current.strip():
        hits.sort(key=lambda hit: hit.target not in fb.deals)
    labels = dict(_label(fb, hit) for hit in hits)
    return [app_commands.Choice(name=shown, value=sent) for shown, sent in labels.items()][:CHOICES]


def command_choices(current: str) -> list[app_commands.Choice[str]]:
    """Command names for /help: those starting with what was typed, then the rest."""
    typed = current.strip().lower().lstrip("!/")
    names = [c.name for c in COMMANDS]
    ranked = sorted(names, key=lambda n: (not n.startswith(typed), typed not in n))
    return [app_commands.Choice(name=n, value=n) for n in ranked][:CHOICES]
