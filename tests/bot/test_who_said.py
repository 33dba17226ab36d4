"""The "Who said this?" message command, chosen from a message's menu and run
through the bot's real command tree (SlashHarness), as Discord sends it: a
type 3 command with the message in `resolved.messages`."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest

from bot import facts_cog, who_said
from bot.config import Cooldown
from bot.discord_bot import Factbot
from bot.embeds import answer_embeds
from bot.errors import NOT_HERE
from commands import Answer, Status
from commands.verify import verify_message
from knowledge import FactBase
from tests.bot.conftest import MakeBot
from tests.bot.fakes import (
    IN_GROUP_DM,
    IN_OTHER_SERVER,
    IN_SERVER,
    PRIVATE_ORIGINS,
    PUBLIC_ORIGINS,
    Origin,
    SlashHarness,
    SlashResult,
    bot_config,
    channel,
    embeds_of,
    guild,
    member,
    message_dict,
    new_id,
    parts,
    say,
)

EPHEMERAL = 64
Parts = tuple[str, str, list[tuple[str, str, bool]], str]
MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
POSTER_ID = 700000000000000030
POSTER = {
    "id": str(POSTER_ID),
    "username": "quote_fan",
    "global_name": "Quote Fan",
    "discriminator": "0",
    "avatar": None,
}

VERDICTS = {
    "Lloyd said 'we'd prefer to be the masters of our own destiny'": "Said by someone else",
    "“the alliance is not a merger” - the PCCs": "Exact quote",
    "we'd prefer to be the master of our own destny": "Close, not exact",
    "Local policing services will be cut as a result of the alliance": "Not in the articles",
}


def posted(content: str, **more: Any) -> dict[str, Any]:
    """A message someone posted (its channel is the interaction's: SlashHarness.on_message)."""
    return message_dict(new_id(), 0, content=content, author=POSTER, **more)


async def ask(bot: Factbot, message: dict[str, Any], origin: Origin = IN_SERVER) -> SlashResult:
    return await SlashHarness(bot).on_message(who_said.NAME, message, origin=origin)


def shown(result: SlashResult) -> list[str]:
    """Every piece of text the answer shows."""
    texts = [m.get("content") or "" for m in result.messages]
    for embed in result.embeds:
        title, description, fields, footer = parts(embed)
        texts += [title, description, footer, *(t for f in fields for t in f[:2])]
    return texts


def without_checked(result: SlashResult) -> list[Parts]:
    """The answer's embeds without the last field, "Message checked"."""
    embeds = [parts(e) for e in result.embeds]
    title, description, fields, footer = embeds[-1]
    assert fields[-1][0] == "Message checked"
    return [*embeds[:-1], (title, description, fields[:-1], footer)]


@pytest.mark.parametrize(("content", "verdict"), VERDICTS.items())
async def test_each_verdict_from_the_message_menu(bot: Factbot, fb: FactBase, content: str, verdict: str) -> None:
    message = posted(content)
    result = await ask(bot, message)
    [sent] = result.messages
    assert sent["flags"] == EPHEMERAL, "to the person who asked, alone"
    assert sent["allowed_mentions"] == {"parse": []}
    # verify's own answer to the message's words, as `!verify` gives it...
    expected = verify_message(fb, content, "!")
    assert expected.title == verdict
    assert without_checked(result) == [parts(e) for e in answer_embeds(expected)]
    # ...and which message was checked: a link to it, and who posted it, as text.
    link = f"https://discord.com/channels/{guild().id}/{channel().id}/{message['id']}"
    assert result.embeds[-1].fields[-1].value == f"[Jump to it]({link}), posted by Quote Fan"


@pytest.mark.parametrize("origin", PUBLIC_ORIGINS + PRIVATE_ORIGINS, ids=lambda o: o.name)
async def test_the_answer_is_private_wherever_it_is_asked(bot: Factbot, origin: Origin) -> None:
    result = await ask(bot, posted("“the alliance is not a merger”"), origin)
    [message] = result.messages
    assert message["flags"] == EPHEMERAL
    assert result.embeds[0].title == "Exact quote"


async def test_the_author_is_never_pinged(bot: Factbot) -> None:
    """Their name is text, not a mention; nor are mentions in the message echoed live."""
    content = f"<@{POSTER_ID}> @everyone Lloyd said 'we'd prefer to be the masters of our own destiny' <@&{new_id()}>"
    result = await ask(bot, posted(content, mentions=[POSTER], mention_everyone=True))
    [message] = result.messages
    assert message["allowed_mentions"] == {"parse": []}
    assert result.embeds[0].title == "Said by someone else", "the mentions are no words"
    for text in shown(result):
        assert not MENTION.search(text), text
    assert result.embeds[-1].fields[-1].value.endswith("posted by Quote Fan")  # type: ignore[union-attr]


async def test_a_name_that_looks_like_a_ping_stays_text(bot: Factbot) -> None:
    author = POSTER | {"global_name": "@everyone *bold* [x](https://evil.example)"}
    result = await ask(bot, posted("“the alliance is not a merger”") | {"author": author})
    value = result.embeds[-1].fields[-1].value or ""
    assert "@\u200beveryone" in value and "\\*bold\\*" in value, value
    assert "\\[x](https://evil.example)" in value, "no masked link"
    assert result.messages[0]["allowed_mentions"] == {"parse": []}


@pytest.mark.parametrize(
    ("more", "holds"),
    [
        ({"embeds": [{"title": "A link preview", "description": "“the alliance is not a merger”"}]}, "an embed"),
        (
            {
                "embeds": [{"title": "One"}, {"title": "Two"}],
                "attachments": [
                    {"id": str(new_id()), "filename": "a.png", "size": 1, "url": "https://x/a", "proxy_url": "x"},
                ],
                "sticker_items": [{"id": str(new_id()), "name": "wave", "format_type": 1}],
            },
            "2 embeds, an attachment and a sticker",
        ),
    ],
)
async def test_a_message_without_text_gets_a_clear_answer(bot: Factbot, more: dict[str, Any], holds: str) -> None:
    result = await ask(bot, posted("", **more))
    [message] = result.messages
    assert message["flags"] == EPHEMERAL
    answer = result.embeds[0]
    assert answer.title == who_said.NOTHING
    assert answer.description == (
        f"That message has no text of its own to check, only {holds}. "
        "To check words from it, paste them into `/verify`."
    )


async def test_a_message_of_spaces_or_of_mentions_only_has_nothing_to_check(bot: Factbot) -> None:
    [plain] = (await ask(bot, posted("   \n "))).embeds[:1]
    assert plain.title == who_said.NOTHING
    assert plain.description is not None and plain.description.startswith("That message has no text of its own")
    [markup] = (await ask(bot, posted(f"<@{POSTER_ID}> <#{new_id()}> <t:1700000000:R>"))).embeds[:1]
    assert markup.title == "That didn't work"
    assert markup.description == "That message has no words to check."


async def test_a_very_long_message_is_refused_clearly(bot: Factbot) -> None:
    result = await ask(bot, posted("we'd prefer to be the masters of our own destiny " * 100))
    [message] = result.messages
    assert message["flags"] == EPHEMERAL
    assert result.embeds[0].title == "That didn't work"
    assert "paste the sentence in question" in (result.embeds[0].description or "")


async def test_it_counts_against_the_cooldown(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=2, per=60)))
    assert (await ask(bot, posted("“the alliance is not a merger”"))).embeds
    assert (await SlashHarness(bot).invoke("who", query="lloyd")).embeds, "one allowance for every command"
    for _ in range(2):  # an interaction must be answered, so every time, privately
        [notice] = (await ask(bot, posted("“the alliance is not a merger”"))).messages
        assert notice["content"].startswith("Slow down a little") and notice["flags"] == EPHEMERAL
    [other] = (await SlashHarness(bot).on_message(who_said.NAME, posted("x y z"), user=member(1))).messages
    assert "Slow down" not in (other.get("content") or ""), "someone else is not held back"


async def test_it_is_worked_out_off_the_event_loop(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = who_said.verify_message

    def noting(fb: FactBase, text: str, prefix: str) -> Answer:
        threads.append(threading.current_thread())
        return real(fb, text, prefix)

    monkeypatch.setattr(who_said, "verify_message", noting)
    assert (await ask(bot, posted("“the alliance is not a merger”"))).embeds[0].title == "Exact quote"
    assert threads and threads[0] is not threading.main_thread()


async def test_past_its_deadline_the_asker_is_told_privately(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(facts_cog, "ANSWER_DEADLINE", 0.05)
    monkeypatch.setattr(who_said, "verify_message", lambda *args: release.wait(30))
    try:
        result = await ask(bot, posted("“the alliance is not a merger”"), IN_OTHER_SERVER)
    finally:
        release.set()
    [message] = result.messages
    assert message["content"] == facts_cog.TOO_SLOW and message["flags"] == EPHEMERAL


async def test_the_allowlist_binds_only_servers_that_added_factbot(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(channels=frozenset({710000000000000001})))
    [refusal] = (await ask(bot, posted("“the alliance is not a merger”"))).messages
    assert refusal["content"] == NOT_HERE and refusal["flags"] == EPHEMERAL
    for origin in (IN_OTHER_SERVER, IN_GROUP_DM):
        assert (await ask(bot, posted("“the alliance is not a merger”"), origin)).embeds[0].title == "Exact quote"


async def test_the_same_verdict_as_verify_by_prefix_and_by_slash(bot: Factbot) -> None:
    content = "Lloyd said 'we'd prefer to be the masters of our own destiny'"
    from_menu = without_checked(await ask(bot, posted(content)))
    from_slash = [parts(e) for e in (await SlashHarness(bot).invoke("verify", text=content)).embeds]
    from_prefix = [parts(e) for e in embeds_of(await say(f"!verify {content}"))]
    assert from_menu == from_slash == from_prefix
    assert from_menu[0][0] == "Said by someone else"


def test_nothing_to_check_is_a_usage_answer() -> None:
    answer = who_said.nothing_to_check(who_said.Target("", "Someone", "https://discord.com/channels/1/2/3"))
    assert answer.status is Status.USAGE
    assert answer.body == (
        "That message has no text of its own to check. To check words from it, paste them into `/verify`."
    )
