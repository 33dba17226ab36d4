"""Every command, and the one entry point that turns a message into an answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import process

from commands import ask, deal, quote, sources, timeline, who
from commands.answer import Answer, Field, Status
from commands.format import echo
from knowledge import FactBase
from knowledge.text import clean

DEFAULT_PREFIX = "!"
MAX_QUERY_CHARS = 300  # longer is not a question; refuse it clearly


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    summary: str
    usage: str  # the argument part, e.g. "<place, force or company>"
    examples: tuple[str, ...]
    run: Callable[[FactBase, str], Answer]
    needs_query: bool = False


def _help(fb: FactBase, query: str) -> Answer:
    return help_answer(query)


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
    Command("help", "This list, or how to use one command.", "[command]", ("help", "help quote"), _help),
)
BY_NAME = {c.name: c for c in COMMANDS}


def closest_command(word: str) -> str | None:
    hit = process.extractOne(word.lower(), list(BY_NAME), score_cutoff=60)
    return hit[0] if hit else None


def usage_error(message: str, suggestion: str | None = None) -> Answer:
    return Answer(
        title="That didn't work",
        body=message,
        status=Status.USAGE,
        suggestions=(suggestion,) if suggestion else (),
    )


def help_answer(query: str, prefix: str = DEFAULT_PREFIX) -> Answer:
    name = clean(query).lower().lstrip(prefix)
    if name:
        command = BY_NAME.get(name)
        if command is None:
            guess = closest_command(name)
            hint = f" Did you mean `{prefix}help {guess}`?" if guess else ""
            return usage_error(f"There is no command {echo(name)}.{hint}", guess)
        examples = "\n".join(f"`{prefix}{e}`" for e in command.examples)
        return Answer(
            title=f"{prefix}{command.name} {command.usage}".strip(),
            body=command.summary,
            fields=(Field("Examples", examples), Field("Slash command", f"`/{command.name}`")),
        )
    lines = [f"`{prefix}{c.name} {c.usage}`".replace(" `", "`") + f": {c.summary}" for c in COMMANDS]
    return Answer(
        title="Factbot: facts and quotes from the news, with sources",
        body="\n".join(lines),
        fields=(
            Field(
                "Tips",
                "Typos, aliases (Herts, Notts, Northants) and words from inside a quote all work. "
                f"Mention me or use `{prefix}ask` to ask in your own words. "
                "Every command also exists as a slash command.",
            ),
        ),
    )


def run_command(fb: FactBase, name: str, query: str) -> Answer:
    """Run one command on a query, after the checks every query gets."""
    command = BY_NAME.get(name)
    if command is None:
        guess = closest_command(name)
        hint = f" Did you mean `{DEFAULT_PREFIX}{guess}`?" if guess else f" Try `{DEFAULT_PREFIX}help`."
        return usage_error(f"There is no command {echo(name)}.{hint}", guess)
    query = clean(query)
    if len(query) > MAX_QUERY_CHARS:
        return usage_error(f"That is {len(query):,} characters; please keep a query under {MAX_QUERY_CHARS}.")
    if command.needs_query and not query:
        return usage_error(
            f"`{DEFAULT_PREFIX}{command.name}` needs {command.usage}, e.g. `{DEFAULT_PREFIX}{command.examples[0]}`."
        )
    return command.run(fb, query)


def respond(fb: FactBase, message: str, prefix: str = DEFAULT_PREFIX) -> Answer:
    """Answer a whole message: `!deal herts`, `deal herts`, or a question.

    With the prefix the first word must be a command; without it, a first
    word that is no command makes the whole message a question.
    """
    text = clean(message)
    if not text:
        return usage_error(f"Nothing to answer. Try `{prefix}help`.")
    has_prefix = bool(prefix) and text.startswith(prefix)
    if has_prefix:
        text = text[len(prefix) :].lstrip()
    word, _, rest = text.partition(" ")
    name = word.lower()
    if name in BY_NAME:
        return run_command(fb, name, rest)
    if has_prefix:
        guess = closest_command(name) if name else None
        hint = f" Did you mean `{prefix}{guess}`?" if guess else f" Try `{prefix}help`."
        return usage_error(f"There is no command {echo(word)}.{hint}", guess)
    return run_command(fb, "ask", text)
