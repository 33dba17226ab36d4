"""The per-user cooldown: a budget per user across commands, one notice per window."""

from __future__ import annotations

from types import SimpleNamespace

from bot.cooldown import UserCooldown


def message(user_id: int) -> object:
    return SimpleNamespace(author=SimpleNamespace(id=user_id))


def test_rate_per_user() -> None:
    cooldown = UserCooldown(rate=2, per=60)
    alice, bob = message(1), message(2)
    assert cooldown.retry_after(alice) is None  # type: ignore[arg-type]
    assert cooldown.retry_after(alice) is None  # type: ignore[arg-type]
    wait = cooldown.retry_after(alice)  # type: ignore[arg-type]
    assert wait is not None and 0 < wait <= 60
    assert cooldown.retry_after(bob) is None  # type: ignore[arg-type]


def test_one_notice_per_window() -> None:
    cooldown = UserCooldown(rate=1, per=60)
    alice = message(1)
    assert cooldown.should_notify(alice)  # type: ignore[arg-type]
    assert not cooldown.should_notify(alice)  # type: ignore[arg-type]
    assert cooldown.should_notify(message(2))  # type: ignore[arg-type]


def test_zero_seconds_turns_it_off() -> None:
    cooldown = UserCooldown(rate=1, per=0)
    assert all(cooldown.retry_after(message(1)) is None for _ in range(50))  # type: ignore[arg-type]
