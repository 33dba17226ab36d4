"""A long answer, a page at a time, through discord.py: Previous and Next
buttons only the asker may turn, removed after a while; the words that ask
for a page (`!quote ann smith page 2`) where buttons cannot go."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest

from bot import facts_cog, paging
from bot.config import Cooldown
from bot.discord_bot import Factbot
from bot.embeds import answer_embeds
from commands import run_command
from knowledge import FactBase
from tests.bot.conftest import MakeBot, Sent
from tests.bot.fakes import SlashHarness, bot_config, buttons, channel, member, parts, say
from tests.commands.test_paging import talkative

UPDATE = discord.InteractionResponseType.message_update.value


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    talkative(tmp_path / "kb")
    return tmp_path / "kb"


@pytest.fixture
async def chatty_bot(make_bot: MakeBot, folder: Path) -> Factbot:
    return await make_bot(folder=folder)


@pytest.fixture
def views(monkeypatch: pytest.MonkeyPatch) -> list[paging.Pages]:
    """Every set of page buttons the bot makes."""
    made: list[paging.Pages] = []

    class Noted(paging.Pages):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            made.append(self)

    monkeypatch.setattr(facts_cog, "Pages", Noted)
    return made


def expected(bot: Factbot, page: int) -> list[tuple[str, str, list[tuple[str, str, bool]], str]]:
    fb = bot.factbot.live.current
    query = "ann smith" if page == 1 else f"ann smith page {page}"
    return [parts(e) for e in answer_embeds(run_command(fb, "quote", query))]


def labels(components: list[dict[str, Any]]) -> dict[str, bool]:
    """Each button's label, and whether it can be pressed."""
    return {label: not button.get("disabled", False) for label, button in buttons(components).items()}


async def test_the_buttons_turn_the_pages_for_the_asker(chatty_bot: Factbot, sent: Sent) -> None:
    pages = run_command(chatty_bot.factbot.live.current, "quote", "ann smith").pages
    [reply] = await say("!quote ann smith")
    assert [parts(e) for e in reply.embeds] == expected(chatty_bot, 1)
    components = sent.payloads[-1]["components"]
    assert labels(components) == {"Previous": False, f"Page 1 of {pages}": False, "Next": True}
    slash = SlashHarness(chatty_bot)
    shown = await slash.click(reply.id, components, "Next")
    [update] = shown.responses
    assert update["type"] == UPDATE, "the answer is edited in place, not answered again"
    assert [parts(e) for e in shown.embeds] == expected(chatty_bot, 2)
    assert update["data"]["allowed_mentions"] == {"parse": []}
    components = update["data"]["components"]
    assert labels(components) == {"Previous": True, f"Page 2 of {pages}": False, "Next": True}
    back = await slash.click(reply.id, components, "Previous")
    assert [parts(e) for e in back.embeds] == expected(chatty_bot, 1)


async def test_only_the_asker_may_turn_them(chatty_bot: Factbot, sent: Sent) -> None:
    [reply] = await say("!quote ann smith")
    components = sent.payloads[-1]["components"]
    [refusal] = (await SlashHarness(chatty_bot).click(reply.id, components, "Next", user=member(1))).messages
    assert refusal["content"] == paging.NOT_YOURS
    assert refusal["flags"] == 64, "told privately"


async def test_the_buttons_go_after_a_while(
    chatty_bot: Factbot, sent: Sent, views: list[paging.Pages], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "PAGE_TIMEOUT", 0.05)
    [reply] = await say("!quote ann smith")
    [view] = views
    await asyncio.wait_for(view.closed.wait(), timeout=20)
    edit = sent.payloads[-1]
    assert edit["components"] == [], "the buttons were taken off the message"
    assert "embeds" not in edit, "the page shown stays as it was"
    assert [parts(e) for e in reply.embeds] == expected(chatty_bot, 1)


async def test_a_page_turn_counts_against_the_cooldown(make_bot: MakeBot, folder: Path, sent: Sent) -> None:
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=2, per=60)), folder=folder)
    [reply] = await say("!quote ann smith")
    components = sent.payloads[-1]["components"]
    slash = SlashHarness(bot)
    assert (await slash.click(reply.id, components, "Next")).embeds
    [notice] = (await slash.click(reply.id, components, "Next")).messages
    assert notice["content"].startswith("Slow down a little") and notice["flags"] == 64


async def test_without_embeds_the_words_say_how_to_see_more(chatty_bot: Factbot, sent: Sent) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), embed_links=False)
    replies = await say("!quote ann smith")
    text = "\n".join(m.content for m in replies)
    assert "Page 1 of 4. Next: `!quote Ann Smith page 2`\n\nSource: “Talk”" in text
    assert all(not p.get("components") for p in sent.payloads), "no buttons on plain text"
    [page_two, *_] = await say("!quote ann smith page 2")
    assert page_two.content.startswith("Quotes from Ann Smith (page 2 of ")


async def test_slash_answers_have_the_buttons_too(chatty_bot: Factbot, views: list[paging.Pages]) -> None:
    slash = SlashHarness(chatty_bot)
    first = await slash.invoke("quote", query="ann smith")
    assert [parts(e) for e in first.embeds] == expected(chatty_bot, 1)
    [response] = first.responses
    [view] = views
    assert view.message is not None and view.message.id == response["message_id"]
    shown = await slash.click(response["message_id"], response["data"]["components"], "Next")
    assert [parts(e) for e in shown.embeds] == expected(chatty_bot, 2)


async def test_a_short_answer_has_no_buttons(bot: Factbot, sent: Sent, fb: FactBase) -> None:
    await say("!quote lloyd")
    assert sent.payloads[-1]["components"] == []


async def test_a_mention_gets_pages_too(chatty_bot: Factbot, sent: Sent) -> None:
    assert chatty_bot.user is not None
    [reply] = await say(f"{chatty_bot.user.mention} quote ann smith")
    assert [parts(e) for e in reply.embeds] == expected(chatty_bot, 1)
    shown = await SlashHarness(chatty_bot).click(reply.id, sent.payloads[-1]["components"], "Next")
    assert [parts(e) for e in shown.embeds] == expected(chatty_bot, 2)
