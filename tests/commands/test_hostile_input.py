"""Property tests: any text gives a clear answer, never an exception or a ping.

This is the console path; tests/bot covers the same through discord.py.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commands import COMMANDS, Answer, Status, respond, run_command
from knowledge import FactBase

# Discord caps; the embed splitter in bot/ relies on no single piece being absurd.
_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
_ODD = st.sampled_from(
    [
        "\u200b",
        "\u200d",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\x00",
        "\x1b",
        "\u0301",
        "🎉",
        "@everyone",
        "@here",
        "<@&1>",
        "<@1>",
        "`",
        "**",
        "> ",
        "\n",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_ODD, st.text(max_size=8)), max_size=60).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=5000, max_size=10_000),
)
_NAMES = st.sampled_from([c.name for c in COMMANDS])
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(answer: Answer) -> None:
    assert answer.title
    assert isinstance(answer.status, Status)
    shown = "\n".join([answer.title, answer.body, answer.footer, *(f.name + f.value for f in answer.fields)])
    assert not _MENTION.search(shown), shown
    # A code span opened for echoed text is always closed on the same line.
    for line in shown.splitlines():
        assert line.count("`") % 2 == 0, line


@_SETTINGS
@given(text=_TEXT)
def test_any_message(fb: FactBase, text: str) -> None:
    _check(respond(fb, text))


@_SETTINGS
@given(name=_NAMES, query=_TEXT)
def test_any_query_to_any_command(fb: FactBase, name: str, query: str) -> None:
    _check(run_command(fb, name, query))


@_SETTINGS
@given(name=_NAMES, query=st.text(max_size=60))
def test_same_query_same_answer(fb: FactBase, name: str, query: str) -> None:
    assert run_command(fb, name, query) == run_command(fb, name, query)


def test_exact_names_always_find_their_entry(fb: FactBase) -> None:
    for entity in fb.entities.values():
        answer = run_command(fb, "who", entity.name)
        assert answer.ids[0] == entity.id, entity.name
    for deal in fb.deals.values():
        assert run_command(fb, "deal", deal.name).ids[0] == deal.id
