"""Echoed user text stays inert: no markdown escape, no mention."""

from __future__ import annotations

from commands.format import echo, or_list, shorten


def test_echo_is_a_code_span_that_cannot_be_closed() -> None:
    assert echo("herts") == "`herts`"
    shown = echo("a`b``c")
    assert shown.startswith("`") and shown.endswith("`") and shown.count("`") == 2


def test_echo_breaks_mentions() -> None:
    assert "@everyone" not in echo("@everyone")
    assert "@here" not in echo("hi @here")


def test_echo_trims_and_cleans() -> None:
    assert echo("x" * 500).endswith("…`")
    assert len(echo("x" * 500)) <= 82
    assert echo("\u200b\n") == "(nothing)"


def test_small_helpers() -> None:
    assert shorten("abcdef", 4) == "abc…"
    assert or_list(["A", "B", "C"]) == "**A**, **B** or **C**"
    assert or_list(["A"]) == "**A**"
