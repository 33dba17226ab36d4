"""The "Who said this?" message command: `verify` on any message, from its menu.

The target message is read while the interaction is handled (`Target.of`),
on the event loop, and only copied: the checking itself runs in a worker,
as every answer does (`check`). The answer names the message it checked by
a link and its author's display name as plain text, never as a mention.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import discord

from commands import Answer, Field, Status
from commands.format import and_list
from commands.verify import verify_message
from knowledge import FactBase

NAME = "Who said this?"  # as the message menu shows it (Apps > Who said this?)
NOTHING = "Nothing to check"


@dataclass(frozen=True, slots=True)
class Target:
    """What the command needs of the message it was used on."""

    text: str
    author: str  # the display name, shown as text
    link: str  # the message's jump URL
    holds: tuple[str, ...] = ()  # what it has besides text: "an embed", "2 attachments", ...

    @classmethod
    def of(cls, message: discord.Message) -> Target:
        return cls(message.content, message.author.display_name, message.jump_url, _holds(message))


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else f"{n} {many}"


def _holds(message: discord.Message) -> tuple[str, ...]:
    """What a message shows besides its text, in words."""
    parts = []
    if message.embeds:
        parts.append(_count(len(message.embeds), "an embed", "embeds"))
    if message.attachments:
        parts.append(_count(len(message.attachments), "an attachment", "attachments"))
    if message.stickers:
        parts.append(_count(len(message.stickers), "a sticker", "stickers"))
    if message.poll is not None:
        parts.append("a poll")
    return tuple(parts)


def nothing_to_check(target: Target) -> Answer:
    only = f", only {and_list(target.holds)}" if target.holds else ""
    return Answer(
        title=NOTHING,
        body=(
            f"That message has no text of its own to check{only}. To check words from it, paste them into `/verify`."
        ),
        status=Status.USAGE,
    )


def _checked(target: Target) -> Field:
    name = discord.utils.escape_markdown(discord.utils.escape_mentions(target.author))
    return Field("Message checked", f"[Jump to it]({target.link}), posted by {name}")


def check(fb: FactBase, target: Target, prefix: str) -> Answer:
    """The verdict on a message's words (its quoted part, when it has one), and which message it was."""
    answer = verify_message(fb, target.text, prefix) if target.text.strip() else nothing_to_check(target)
    return replace(answer, fields=(*answer.fields, _checked(target)))
