"""The `factbot` command line: run, console, ask, check, index, draft, health.

`factbot` alone does the main job: the Discord bot when a token is
configured, the terminal console when not.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from bot.config import TOKEN_ENV, Config, ConfigError, load_config
from bot.console import DEBUG_HINT, debugging, run_console
from bot.terminal import render, render_json
from commands import respond
from knowledge import FactBase, FactBaseError, LiveFactBase, Problem, default_folder
from knowledge.fidelity import check_against_articles
from knowledge.loader import read_records, summary

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE


def version() -> str:
    """The installed package's version, as pip knows it."""
    try:
        return metadata.version("factbot")
    except metadata.PackageNotFoundError:  # a source tree run without installing it
        return "unknown (not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factbot",
        description="Answers who-said-what and what-happened questions from a YAML fact base, "
        "in Discord or in a terminal.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument("--config", type=Path, help="settings file (default: ./config.yaml if present)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def knowledge_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--knowledge", type=Path, metavar="DIR", help="folder of fact files (default: the shipped fact base)"
        )

    run = sub.add_parser("run", help="connect to Discord (needs a token)")
    run.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="settings file")
    knowledge_option(run)
    console = sub.add_parser("console", help="interactive terminal console")
    knowledge_option(console)
    ask = sub.add_parser("ask", help="answer one message and exit (0 answered, 1 no match, 2 usage error)")
    ask.add_argument("message", nargs="+", help="e.g. '!deal herts' or a question")
    ask.add_argument("--json", action="store_true", help="print the structured answer as JSON")
    knowledge_option(ask)
    check = sub.add_parser("check", help="validate the fact base; list every problem")
    knowledge_option(check)
    check.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="also check every record against the article texts in DIR (default: 'articles:' in the config)",
    )
    index = sub.add_parser(
        "index",
        help="build the fact base's index ahead of time (for a container image or a deploy step)",
        description="Read, validate and index the fact files now, and keep the result where the bot looks for "
        "it, so that it starts without reading them (see 'index:' in config.example.yaml). Does nothing if "
        "the index is up to date with the files.",
    )
    knowledge_option(index)
    index.add_argument(
        "--index",
        type=Path,
        metavar="DIR",
        help="where to keep it (default: 'index:' in the config, else .factbot-index beside the fact files)",
    )
    draft = sub.add_parser(
        "draft",
        help="turn a news article into a fact file to review",
        description="Draft a fact file from one article (.txt, a saved .html page, or - for standard input): "
        "people and organisations with their roles, quotes and reported speech with their speakers, and stubs "
        "for the deal, facts and events, every guess marked '# review:'. Entities already in the fact base "
        "are reused by id.",
    )
    draft.add_argument("article", help="the article: a .txt or .html file, or - to read standard input")
    draft.add_argument("--out", type=Path, metavar="FILE", help="write the draft here (default: standard output)")
    draft.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    draft.add_argument(
        "--text",
        type=Path,
        metavar="FILE",
        help="also save the article's text as read (for a web page, its story) for 'factbot check --articles'",
    )
    knowledge_option(draft)
    draft.add_argument("--no-reuse", action="store_true", help="reuse no entity from the fact base")
    health = sub.add_parser("health", help="whether `factbot run` is up and connected (0 healthy, 1 not)")
    health.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="settings file")
    health.add_argument(
        "--max-disconnected",
        type=float,
        default=None,
        metavar="SECONDS",
        help="how long the bot may be disconnected from Discord and still count as healthy (default: 180)",
    )
    return parser


def _health(config: Config, max_disconnected: float | None) -> int:
    from bot import health  # noqa: PLC0415 - only this command needs it

    path = config.health_file or health.default_path()
    limit = health.MAX_DISCONNECTED if max_disconnected is None else max_disconnected
    healthy, line = health.check(path, max_disconnected=limit)
    print(line, file=sys.stdout if healthy else sys.stderr)
    return EXIT_OK if healthy else EXIT_PROBLEMS


def _load(folder: Path | None, config: Config) -> LiveFactBase | str:
    """The fact base, or a short message saying why it could not load."""
    try:
        return LiveFactBase(folder or config.knowledge, accept=config.accept, margin=config.margin, cache=config.index)
    except FactBaseError as exc:
        more = len(exc.problems) - 1
        tail = f" (and {more} more: run 'factbot check')" if more else ""
        return f"factbot: cannot load the fact base: {exc.problems[0]}{tail}"


def _check(folder: Path | None, articles: Path | None, config: Config) -> int:
    """Structure always; the articles' words too when a folder of them is given.
    The files themselves are read, never a cached build of them."""
    chosen = folder or config.knowledge
    try:
        records = read_records(chosen) if chosen else read_records(default_folder(), label="knowledge/data")
    except FactBaseError as exc:
        return _problems(exc.problems)
    articles = articles or config.articles
    if articles is None:
        print(f"OK: {summary(records)}.")
        return EXIT_OK
    problems = check_against_articles(records, articles)
    if problems:
        return _problems(problems)
    count = len(records.sources)
    read = f"{count} article{'s' if count != 1 else ''} in {articles}"
    print(f"OK: {summary(records)}; every record agrees with its article ({read}).")
    return EXIT_OK


def _index(folder: Path | None, index: Path | None, config: Config) -> int:
    """Build the fact base's index now, or say that it is up to date."""
    from knowledge.cache import find, prepare  # noqa: PLC0415 - only this command needs it

    chosen, where = folder or config.knowledge, index or config.index
    start = time.perf_counter()
    try:
        ready = find(chosen, cache=where)
        path = ready or prepare(chosen, cache=where)
        fb = FactBase.open_folder(path)
    except FactBaseError as exc:
        return _problems(exc.problems)
    except OSError as exc:
        print(f"factbot: cannot keep the index: {exc}", file=sys.stderr)
        return EXIT_USAGE
    took = time.perf_counter() - start
    state = "Up to date" if ready else f"Built in {took:.1f} s"
    print(f"{state}: {fb.summary()}.\nIndex: {path}")
    return EXIT_OK


def _problems(problems: Sequence[Problem]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    count = len(problems)
    print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
    return EXIT_PROBLEMS


def _draft(args: argparse.Namespace, config: Config) -> int:
    from knowledge.draft import DraftError, make_draft, read_article, read_known, render  # noqa: PLC0415

    out: Path | None = args.out
    if out is not None and out.exists() and not args.force:
        print(f"factbot: {out} exists: choose another file, or add --force to overwrite it", file=sys.stderr)
        return EXIT_USAGE
    known = None
    if not args.no_reuse:
        try:
            known = read_known(args.knowledge or config.knowledge, replacing=out)
        except FactBaseError as exc:
            print(
                f"factbot: cannot read the fact base to reuse its entities: {exc.problems[0]} "
                "(run 'factbot check', point --knowledge at a valid folder, or add --no-reuse)",
                file=sys.stderr,
            )
            return EXIT_USAGE
    try:
        article = read_article(args.article)
        draft = make_draft(article, known, seed=args.text.name if args.text else None)
    except DraftError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    text = render(draft)
    try:
        if args.text is not None:
            args.text.write_text(article.text, encoding="utf-8")
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"factbot: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return EXIT_PROBLEMS
    reviews = text.count("# review:")
    where = f"Wrote {out}" if out is not None else "Drafted"
    print(
        f"{where}: {len(draft.entities)} entities ({len(draft.reused)} more reused from the fact base), "
        f"{len(draft.quotes)} quotes, stubs for 1 deal, {len(draft.facts)} facts and {len(draft.events)} events; "
        f"{reviews} '# review:' notes to check.",
        file=sys.stderr,
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    command = args.command
    folder: Path | None = getattr(args, "knowledge", None)
    if command == "check":
        return _check(folder, args.articles, config)
    if command == "index":
        return _index(folder, args.index, config)
    if command == "draft":
        return _draft(args, config)
    if command == "health":
        return _health(config, args.max_disconnected)
    if command is None:
        command = "run" if config.has_token else "console"
        if command == "console":
            print(f"No Discord token configured ({TOKEN_ENV} or config.yaml): starting the terminal console.")
    if command == "run":
        from bot.runner import run_discord  # noqa: PLC0415 - import discord.py only when needed

        return run_discord(config, folder)
    live = _load(folder, config)
    if isinstance(live, str):
        print(live, file=sys.stderr)
        return EXIT_USAGE
    if command == "console":
        return run_console(live, config.prefix)
    answer = respond(live.current, " ".join(args.message), config.prefix)
    print(render_json(answer) if args.json else render(answer))
    return answer.status.exit_code


def entry() -> None:
    """Console-script entry point."""
    try:
        code = main()
        sys.stdout.flush()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (`factbot ask ... | head`): not worth a traceback.
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    except Exception as exc:  # a bug of ours: one line, not a traceback, unless asked
        if debugging():
            raise
        print(f"factbot: failed inside Factbot ({type(exc).__name__}). {DEBUG_HINT}", file=sys.stderr)
        code = EXIT_BUG
    sys.exit(code)
