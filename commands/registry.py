"""Every command, and the one entry point that turns a message into an answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import process

from commands import ask, deal, quote, sources, timeline, verify, who
from commands.answer import Answer, Field, Status
from commands.chat_text import lstrip_markup, only_markup, read_chat
from commands.format import PREFIX, cmd, echo, inert, shorten
from knowledge import FactBase
from knowledge.text import clean

DEFAULT_PREFIX = "!"
MAX_QUERY_CHARS = 2000  # Discord's own limit on a message: a rambling message is still read for its question
NOT_WORDS = "Mentions, channels, custom emoji and timestamps are not words I can look up."


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    summary: str
    usage: str  # the argument part, e.g. "<place, force or company>"
    examples: tuple[str, ...]
    run: Callable[[FactBase, str], Answer]
    needs_query: bool = False
    max_chars: int = MAX_QUERY_CHARS  # longer is refused before the command runs


def _help_command(fb: FactBase, query: str) -> Answer:
    return _help_text(clean(query).lower().lstrip("!/"))


COMMANDS: tuple[Command, ...] = (
    Command(
        "deal",
        "A deal's summary: who, what services, status, why, what next, source.",
        "[place, force, company or deal]",
        ("deal herts", "deal east midlands", "deal g4s", "deal"),
        deal.run,
    ),
    Command(
        "quote",
        "Who said what, word for word, attributed and cited.",
        "[speaker, organisation or words from a quote]",
        ("quote unison", "quote sir clive", "quote masters of our own destiny", "quote"),
        quote.run,
    ),
    Command(
        "who",
        "Who a person or organisation is, and what they said.",
        "[person or organisation]",
        ("who lloyd", "who john shaw", "who g4s", "who"),
        who.run,
    ),
    Command(
        "timeline",
        "Events in the order the articles give them.",
        "[deal, place or force]",
        ("timeline", "timeline notts"),
        timeline.run,
    ),
    Command("sources", "The articles behind every answer.", "", ("sources",), sources.run),
    Command(
        "ask",
        "A question in your own words.",
        "<question>",
        ("ask why did herts drop g4s?", "ask who said it was good news?"),
        ask.run,
        needs_query=True,
    ),
    Command(
        "verify",
        "Who really said this, and was it word for word? Paste the words, with or without who said them.",
        "<words someone is quoted as saying>",
        (
            "verify Lloyd said 'we'd prefer to be the masters of our own destiny'",
            "verify “the alliance is not a merger” - Sir Clive",
            "verify we would prefer to be the masters of our own destiny",
        ),
        verify.verify,
        needs_query=True,
        max_chars=verify.MAX_MESSAGE_CHARS,
    ),
    Command("help", "This list, or how to use one command.", "[command]", ("help", "help quote"), _help_command),
)
BY_NAME = {c.name: c for c in COMMANDS}


def closest_command(word: str) -> str | None:
    # Strict, since other bots share prefixes: "queue" is not a typo of "quote".
    hit = process.extractOne(word.lower(), list(BY_NAME), score_cutoff=75)
    return hit[0] if hit else None


def usage_error(message: str, suggestion: str | None = None) -> Answer:
    return Answer(
        title="That didn't work",
        body=message,
        status=Status.USAGE,
        suggestions=(suggestion,) if suggestion else (),
    )


def _no_such_command(word: str, help_topic: str = "") -> Answer:
    guess = closest_command(word) if word else None
    fallback = "" if help_topic else f" Try {cmd('help')}."
    hint = f" Did you mean {cmd(help_topic + guess)}?" if guess else fallback
    return usage_error(f"There is no command {echo(word)}.{hint}", guess)


def _help_text(name: str) -> Answer:
    if name:
        command = BY_NAME.get(name)
        if command is None:
            return _no_such_command(name, help_topic="help ")
        examples = "\n".join(cmd(e) for e in command.examples)
        return Answer(
            title=f"{PREFIX}{command.name} {command.usage}".strip(),
            body=command.summary,
            fields=(Field("Examples", examples), Field("Slash command", f"`/{command.name}`")),
        )
    lines = [cmd(f"{c.name} {c.usage}".strip()) + f": {c.summary}" for c in COMMANDS]
    return Answer(
        title="Factbot: facts and quotes from the news, with sources",
        body="\n".join(lines),
        fields=(
            Field(
                "Tips",
                "Typos, aliases (Herts, Notts, Northants) and words from inside a quote all work. "
                f"Mention me, write to me directly, or use {cmd('ask')} to ask in your own words. "
                "Every command also exists as a slash command.",
            ),
        ),
    )


def help_answer(query: str, prefix: str = DEFAULT_PREFIX) -> Answer:
    """Help on all commands, or on one, for a bot with this prefix."""
    name = clean(query).lower().removeprefix(prefix).lstrip("/")
    return _help_text(name).with_prefix(prefix, PREFIX)


def _run(fb: FactBase, name: str, query: str) -> Answer:
    command = BY_NAME.get(name)
    if command is None:
        return _no_such_command(name)
    query = clean(query)
    if only_markup(query):
        return usage_error(f"{NOT_WORDS} Try {cmd(command.examples[0])}.")
    query = read_chat(query)
    if len(query) > command.max_chars:
        return usage_error(f"That is {len(query):,} characters; please keep a query under {command.max_chars:,}.")
    if command.needs_query and not query:
        return usage_error(f"{cmd(command.name)} needs {command.usage}, e.g. {cmd(command.examples[0])}.")
    return command.run(fb, query)


def run_command(fb: FactBase, name: str, query: str, prefix: str = DEFAULT_PREFIX) -> Answer:
    """Run one command on a query, after the checks every query gets."""
    return _run(fb, name, query).with_prefix(prefix, PREFIX)


def _reads_as_question(fb: FactBase, name: str, rest: str) -> bool:
    """Without a prefix, "who won the Olympics?" is a question, not `who`;
    "who lloyd" (a bare name after the word) is still the command."""
    return name == "who" and bool(rest.strip()) and not fb.names.exact(rest)


def respond(fb: FactBase, message: str, prefix: str = DEFAULT_PREFIX) -> Answer:
    """Answer a whole message: `!deal herts`, `deal herts`, or a question.

    With the prefix the first word must be a command; without it, a first
    word that is no command makes the whole message a question.
    """
    text = clean(message)
    if only_markup(text):
        return usage_error(f"{NOT_WORDS} Try {cmd('help')}.").with_prefix(prefix, PREFIX)
    # Markup before the first word ("<@someone> who is john shaw?") is not
    # the command word; inside the query, run_command reads it out.
    text = lstrip_markup(text)
    if not text:
        return usage_error(f"Nothing to answer. Try {cmd('help')}.").with_prefix(prefix, PREFIX)
    has_prefix = bool(prefix) and text.startswith(prefix)
    if has_prefix:
        text = text[len(prefix) :].lstrip()
        if text.startswith(prefix):
            return _doubled_prefix(text, prefix).with_prefix(prefix, PREFIX)
    word, _, rest = text.partition(" ")
    name = word.lower()
    if name in BY_NAME and (has_prefix or not _reads_as_question(fb, name, read_chat(rest))):
        return run_command(fb, name, rest, prefix)
    if has_prefix:
        return _no_such_command(word).with_prefix(prefix, PREFIX)
    return run_command(fb, "ask", text, prefix)


def _doubled_prefix(text: str, prefix: str) -> Answer:
    """`!!deal herts`: say what is wrong (the prefix twice), not that `!deal` is no command."""
    while text.startswith(prefix):
        text = text[len(prefix) :].lstrip()
    word, _, rest = text.partition(" ")
    if not word:
        return usage_error(f"Nothing to answer. Try {cmd('help')}.")
    name = word.lower() if word.lower() in BY_NAME else closest_command(word)
    shown = echo(prefix * 2 + word)
    if name is None:
        return usage_error(f"{shown} has the prefix twice, and there is no command {echo(word)}. Try {cmd('help')}.")
    fixed = cmd(inert(shorten(f"{name} {rest}".strip(), 80)))
    return usage_error(f"{shown} has the prefix twice. Did you mean {fixed}?", name)
