"""The per-user cooldown: a budget per user across commands, one notice per window."""

from __future__ import annotations

from bot.cooldown import UserCooldown, Verdict, notice


def test_rate_per_user() -> None:
    cooldown = UserCooldown(rate=2, per=60)
    assert cooldown.admit(1) == (Verdict.ANSWER, 0.0)
    assert cooldown.admit(1) == (Verdict.ANSWER, 0.0)
    verdict, wait = cooldown.admit(1)
    assert verdict is Verdict.NOTICE and 0 < wait <= 60
    assert cooldown.admit(2) == (Verdict.ANSWER, 0.0), "someone else is not held back"


def test_one_notice_per_window_then_quiet() -> None:
    cooldown = UserCooldown(rate=1, per=60)
    assert cooldown.admit(1)[0] is Verdict.ANSWER
    assert cooldown.admit(1)[0] is Verdict.NOTICE
    assert [cooldown.admit(1)[0] for _ in range(5)] == [Verdict.QUIET] * 5


def test_zero_seconds_turns_it_off() -> None:
    cooldown = UserCooldown(rate=1, per=0)
    assert all(cooldown.admit(1)[0] is Verdict.ANSWER for _ in range(50))


def test_the_notice_counts_whole_seconds() -> None:
    assert notice(0.2) == "Slow down a little: you can ask again in 1 second."
    assert notice(41.3) == "Slow down a little: you can ask again in 42 seconds."
