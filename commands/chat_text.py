"""Reading a chat message's text: Discord's markup is not words.

A message as Discord delivers it holds mentions (`<@123>`, `<@!123>`,
`<@&123>`, `@everyone`), channel links (`<#123>`), custom emoji
(`<:name:123>`, `<a:name:123>`), timestamps (`<t:1700000000:R>`), command
links (`</deal:123>`) and server links (`<id:guide>`). None of them names
anything in the fact base: left in, `123456789012345678` would be searched
for like a word. The console and `factbot ask` read text the same way, so a
message pasted from Discord gets the same answer everywhere.
"""

from __future__ import annotations

import re

_MARKUP = re.compile(
    r"""
    <(?:
        @[!&]?\d+                      # a user, nickname or role mention
      | \#\d+                          # a channel
      | a?:\w{1,32}:\d+                # a custom emoji, still or animated
      | t:-?\d+(?::[tTdDfFsSR])?       # a timestamp, with its style
      | /[\w\- ]{1,100}:\d+            # a slash-command link
      | id:\w+                         # a server link (guide, browse, customize)
    )>
    | @(?:everyone|here)\b
    """,
    re.VERBOSE,
)


def read_chat(text: str) -> str:
    """`text` without Discord markup, single-spaced."""
    return " ".join(_MARKUP.sub(" ", text).split())


def only_markup(text: str) -> bool:
    """Whether `text` has something in it, all of it Discord markup."""
    return bool(text.strip()) and not read_chat(text)


def lstrip_markup(text: str) -> str:
    """`text` without the markup it starts with: what comes first is then a word."""
    while (found := _MARKUP.match(text)) is not None:
        text = text[found.end() :].lstrip()
    return text
