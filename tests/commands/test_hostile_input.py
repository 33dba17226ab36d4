"""Property tests: any text gives a clear answer, never an exception or a ping.

This is the console path; tests/bot covers the same through discord.py.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commands import COMMANDS, Answer, Status, respond, run_command
from commands.registry import NOT_WORDS
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


def _records(fb: FactBase) -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, name, aliases) of every entity and deal."""
    return [(r.id, r.name, r.aliases) for r in (*fb.entities.values(), *fb.deals.values())]


def test_exact_aliases_find_their_entry_too(fb: FactBase) -> None:
    for record_id, name, aliases in _records(fb):
        for alias in aliases:
            if record_id in fb.entities:
                assert run_command(fb, "who", alias).ids[0] == record_id, alias
            else:
                assert run_command(fb, "deal", alias).title == name, alias


def _key(answer: Answer) -> tuple[Status, str, tuple[str, ...]]:
    """What an answer is about (the title of a not-found answer echoes the query: left out)."""
    return answer.status, answer.title if answer.status is Status.OK else "", answer.ids


@pytest.mark.parametrize("command", ["deal", "timeline", "quote"])
def test_an_exact_name_is_never_answered_about_another_entry(fb: FactBase, command: str) -> None:
    for _, name, aliases in _records(fb):
        expected = run_command(fb, command, name)
        for alias in aliases:
            got = run_command(fb, command, alias)
            if got.status is Status.OK and expected.status is Status.OK:
                assert _key(got) == _key(expected), f"{command} {alias!r} is not {command} {name!r}"


@pytest.mark.parametrize("command", ["deal", "timeline", "quote"])
def test_an_exact_name_is_never_told_nothing_matches(fb: FactBase, command: str) -> None:
    for _, name, aliases in _records(fb):
        if run_command(fb, command, name).matched:
            for alias in aliases:
                assert run_command(fb, command, alias).matched, f"{command} {alias!r} (a name of {name!r})"


@pytest.mark.parametrize("command", ["deal", "timeline", "quote"])
@pytest.mark.parametrize("query", ["<@1137999487832532767>", "<@&1299913220629003054>"])
def test_a_mention_that_contains_an_alias_names_nothing(fb: FactBase, command: str, query: str) -> None:
    """The id holds "999", an alias of a deal: a mention is markup, not words, so it names nothing."""
    answer = run_command(fb, command, query)
    assert answer.status is Status.USAGE
    assert answer.body.startswith(NOT_WORDS)


# -- verify: hostile words inside and around real quotations ---------------------------

# A word no fact holds: wherever `verify` shows the user's words, they must be
# inside a code span, whatever the verdict (struck-out words, unknown names, echoes).
_SENTINEL = "Qzxwj"
_NOISE = st.lists(st.one_of(_ODD, st.text(max_size=6)), max_size=12).map("".join)


def _outside_code_spans(answer: Answer) -> str:
    shown = "\n".join([answer.title, answer.body, answer.footer, *(f.name + "\n" + f.value for f in answer.fields)])
    return "\n".join("".join(line.split("`")[0::2]) for line in shown.splitlines())


@_SETTINGS
@given(data=st.data(), noise=_NOISE, form=st.integers(0, 4))
def test_verify_keeps_hostile_words_inert_whatever_the_verdict(
    fb: FactBase, data: st.DataObject, noise: str, form: int
) -> None:
    quote = data.draw(st.sampled_from([q.text for q in fb.quotes.values()]))
    words = quote.split()
    cut = data.draw(st.integers(0, len(words)))
    planted = " ".join([*words[:cut], f"{_SENTINEL}{noise}", *words[cut:]])
    message = [
        planted,
        f'"{planted}"',
        f"{noise} {_SENTINEL} said '{quote}'",
        f"“{quote}” - {_SENTINEL} {noise}",
        f"{_SENTINEL} said {quote}",
    ][form]
    answer = run_command(fb, "verify", message)
    _check(answer)
    assert _SENTINEL.lower() not in _outside_code_spans(answer).lower(), answer


@pytest.mark.parametrize(
    "message",
    [
        "",
        "\x00\x07\x1b[31m",
        "\u202e\u200b\u2066",
        "@everyone @here <@&1> <@1>",
        "x" * 10_000,
        "We'd prefer to be the masters of our own destiny " * 100,
        "\n".join(["> We'd prefer to be the masters of our own destiny"] * 60),
        "🎉" * 3000,
    ],
)
def test_verify_answers_empty_huge_control_and_ping_laden_input(fb: FactBase, message: str) -> None:
    for answer in (run_command(fb, "verify", message), respond(fb, f"!verify {message}")):
        _check(answer)
        assert answer.title and (answer.body or answer.fields)
