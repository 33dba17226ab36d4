"""The channel allowlist and the admin check."""

from __future__ import annotations

from types import SimpleNamespace

from bot.access import channel_allowed
from bot.config import Config

GUILD = SimpleNamespace(id=1)


def place(channel_id: int, *, parent: object = None, category: int | None = None, guild: object = GUILD) -> object:
    return SimpleNamespace(
        id=channel_id,
        guild=guild,
        category_id=category,
        parent_id=getattr(parent, "id", None),
        parent=parent,
    )


def test_without_an_allowlist_everywhere() -> None:
    assert channel_allowed(Config(), place(5))


def test_a_listed_channel_its_threads_and_categories() -> None:
    config = Config(channels=frozenset({10, 20}))
    assert channel_allowed(config, place(10))
    assert not channel_allowed(config, place(11))
    assert channel_allowed(config, place(11, category=20)), "a listed category covers its channels"
    assert channel_allowed(config, place(99, parent=place(10))), "a thread in a listed channel"
    assert channel_allowed(config, place(99, parent=place(12, category=20))), "a thread under a listed category"
    assert not channel_allowed(config, place(99, parent=place(12)))


def test_direct_messages_are_always_allowed() -> None:
    assert channel_allowed(Config(channels=frozenset({10})), place(3, guild=None))
