"""The fact commands end to end through discord.py and dpytest: prefix
commands, mentions, slash commands, autocomplete, cooldown, allowlist."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any, NamedTuple

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.commands import MissingRequiredArgument
from discord.ext.test import backend, factories

from bot import facts_cog
from bot.access import NotAdmin
from bot.config import Cooldown
from bot.discord_bot import Factbot
from bot.embeds import answer_embeds
from bot.errors import NOT_HERE
from commands import BY_NAME, COMMANDS, Answer, Status, choices, respond, run_command
from commands.registry import MAX_QUERY_CHARS, NOT_WORDS
from knowledge import FactBase
from tests.bot.conftest import MakeBot, Sent
from tests.bot.fakes import (
    ADMIN_USER_ID,
    SlashHarness,
    bot_config,
    channel,
    embeds_of,
    member,
    new_channel,
    new_member,
    parts,
    say,
    sent_messages,
)
from tests.knowledge.factfiles import copy_shipped

HERTS = "Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"
HERTS_SOURCE = "Source: Hertfordshire G4S back-office deal abandoned (untitled article)"
BBC_SOURCE = "Source: “Three East Midlands police forces reject G4S control room deal” (BBC)"


class Case(NamedTuple):
    message: str
    command: str
    query: str
    title: str  # how the embed title starts
    fields: list[str]  # field names it has, at least
    footer: str  # how the footer starts


CASES = [
    Case("!deal herts", "deal", "herts", HERTS, ["Status", "Who", "Services", "Why", "What next"], HERTS_SOURCE),
    Case("!quote unison", "quote", "unison", "Quotes from Unison", [], BBC_SOURCE),
    Case("!who sir clive", "who", "sir clive", "Sir Clive Loader", ["Kind", "Involved in", "Said"], BBC_SOURCE),
    Case("!timeline notts", "timeline", "notts", "Timeline: East Midlands 999 control room deal", [], BBC_SOURCE),
    Case("!sources", "sources", "", "Sources (2 articles)", [], "Sources: "),
    Case("!ask why did herts drop g4s?", "ask", "why did herts drop g4s?", "", [], HERTS_SOURCE),
    Case("!help quote", "help", "quote", "!quote [speaker, organisation", ["Examples", "Slash command"], ""),
    Case(
        "!verify “the alliance is not a merger” - the PCCs",
        "verify",
        "“the alliance is not a merger” - the PCCs",
        "Exact quote",
        [],
        BBC_SOURCE,
    ),
    Case(
        "!verify Lloyd said 'we'd prefer to be the masters of our own destiny'",
        "verify",
        "Lloyd said 'we'd prefer to be the masters of our own destiny'",
        "Said by someone else",
        [],
        BBC_SOURCE,
    ),
    Case("!DEAL   Herts", "deal", "Herts", HERTS, ["Status"], HERTS_SOURCE),
]


@pytest.mark.parametrize("case", CASES, ids=[c.message for c in CASES])
async def test_each_command_by_prefix(bot: Factbot, fb: FactBase, case: Case) -> None:
    [reply] = await say(case.message)
    [embed] = reply.embeds
    title, text, fields, footer = parts(embed)
    assert title.startswith(case.title)
    assert text, "every answer has a body"
    names = [name for name, _, _ in fields]
    assert all(name in names for name in case.fields), names
    assert footer.startswith(case.footer)
    # Exactly what the command answers, rendered: nothing added or lost on the way.
    expected = answer_embeds(run_command(fb, case.command, case.query))
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in expected]


async def test_a_reply_quotes_the_question_and_pings_nobody(bot: Factbot, sent: Sent) -> None:
    await say("!deal herts")
    [payload] = sent.payloads
    assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert payload["message_reference"]["fail_if_not_exists"] is False


async def test_everyone_in_a_query_pings_nobody(bot: Factbot, sent: Sent) -> None:
    # Fixed ids: dpytest's are made from the clock, and one holding "999" reads as the
    # 999 deal (see test_a_mention_that_contains_an_alias_names_nothing, xfailed).
    someone = new_member("Someone", 712345678012345678)
    role = backend.make_role("Moderators", channel().guild, id_num=712345678012345679)
    for query in ("@everyone", "@here", f"<@{someone.id}>", f"<@&{role.id}>"):
        [reply] = await say(f"!deal {query}")
        shown = " ".join(str(value) for value in parts(reply.embeds[0]))
        assert NOT_WORDS in shown, "a mention is no word: not searched, not echoed"
        assert query not in shown
    [reply] = await say("!deal @someone")  # no mention: echoed, with its @ broken
    assert "@\u200bsomeone" in " ".join(str(value) for value in parts(reply.embeds[0]))
    assert sent.payloads and all(p["allowed_mentions"]["parse"] == [] for p in sent.payloads)
    assert bot.allowed_mentions is not None
    assert bot.allowed_mentions.to_dict() == {"parse": []}  # replied_user off: to_dict leaves it out


async def test_every_send_sets_no_mentions_itself(bot: Factbot, sent: Sent) -> None:
    bot._connection.allowed_mentions = None  # even without the bot-wide default
    await say("!deal @everyone")
    await say("!nope @everyone")
    assert bot.user is not None
    await say(f"{bot.user.mention} @everyone")
    assert len(sent.payloads) == 2  # the unknown command is not ours: no reply
    assert all(p["allowed_mentions"] == {"parse": [], "replied_user": False} for p in sent.payloads)


async def test_a_mention_is_answered_as_a_question(bot: Factbot, fb: FactBase) -> None:
    assert bot.user is not None
    me = bot.user.mention
    question = "why did herts drop g4s?"
    [reply] = await say(f"{me} {question}")
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, question))]
    assert respond(fb, question).status is Status.OK
    assert reply.embeds[0].footer.text == HERTS_SOURCE
    # Anywhere in the message, and in the nickname form of the mention.
    [reply] = await say(f"hey <@!{bot.user.id}>, who said it was good news?")
    assert "good news for our members and the public" in (reply.embeds[0].description or "")
    # A command word after the mention runs that command, as in the console.
    [reply] = await say(f"{me} deal herts")
    assert reply.embeds[0].title == HERTS
    [reply] = await say(f"{me} who said it was good news")
    assert [parts(e) for e in reply.embeds] == [
        parts(e) for e in answer_embeds(respond(fb, "who said it was good news"))
    ]
    # A bare mention says what the bot can do.
    [reply] = await say(me)
    assert reply.embeds[0].title.startswith("Factbot: facts and quotes")


async def test_mentions_work_without_the_message_content_intent(make_bot: MakeBot, fb: FactBase) -> None:
    bot = await make_bot(bot_config(message_content=False))
    assert not bot.intents.message_content
    assert bot.user is not None
    [reply] = await say(f"{bot.user.mention} why did herts drop g4s?")
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, "why did herts drop g4s?"))]


async def test_plain_messages_and_everyone_pings_are_left_alone(bot: Factbot) -> None:
    assert await say("why did herts drop g4s?") == []
    assert await say("@everyone meeting at noon") == []


async def test_messages_from_bots_are_ignored(bot: Factbot) -> None:
    other_bot = new_member("OtherBot", is_bot=True)
    assert await say("!deal herts", author=other_bot) == []
    assert bot.user is not None
    assert await say(f"{bot.user.mention} deal herts", author=other_bot) == []
    me = channel().guild.me
    assert await say("!deal herts", author=me) == []


async def test_a_mistyped_command_gets_a_did_you_mean(bot: Factbot) -> None:
    [reply] = await say("!dael herts")
    assert reply.embeds[0].description == "There is no command `dael`. Did you mean `!deal`?"
    # Other bots' commands sharing the prefix are not ours to answer.
    for other in ("!play some music", "!ban someone", "!rank", "!stop", "!queue"):
        assert await say(other) == [], other


async def test_a_long_query_is_refused_clearly(bot: Factbot) -> None:
    [reply] = await say("!deal " + "herts " * (MAX_QUERY_CHARS // 5))
    assert reply.embeds[0].title == "That didn't work"
    assert f"please keep a query under {MAX_QUERY_CHARS:,}" in (reply.embeds[0].description or "")


async def test_a_missing_question_gets_the_usage(bot: Factbot) -> None:
    from discord.ext.commands import MissingRequiredArgument

    [reply] = await say("!ask", raises=MissingRequiredArgument)
    assert reply.content == "`!ask` needs <question>, e.g. `!ask why did herts drop g4s?`."


async def test_verify_without_words_gets_the_usage(bot: Factbot) -> None:
    [reply] = await say("!verify", raises=MissingRequiredArgument)
    assert reply.content == (
        "`!verify` needs <words someone is quoted as saying>, "
        "e.g. `!verify Lloyd said 'we'd prefer to be the masters of our own destiny'`."
    )


async def test_the_help_names_the_configured_prefix(make_bot: MakeBot) -> None:
    await make_bot(bot_config(prefix="?"))
    [reply] = await say("?help")
    assert "`?deal" in (reply.embeds[0].description or "")
    assert await say("!help") == []


# -- cooldown -----------------------------------------------------------------


async def test_the_cooldown_answers_with_a_short_notice(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=2, per=60)))
    assert len(await say("!deal herts")) == 1
    assert bot.user is not None
    assert len(await say(f"{bot.user.mention} who is lloyd")) == 1  # mentions share the budget
    [notice] = await say("!deal notts")
    assert not notice.embeds
    assert notice.content.startswith("Slow down a little: you can ask again in ")
    assert notice.content.endswith(" seconds.")
    # Told once per window: a user cannot make the bot spam notices.
    assert await say("!deal notts") == []
    # Someone else is not held back.
    [other] = await say("!deal notts", author=member(1))
    assert other.embeds[0].title == "East Midlands 999 control room deal"


async def test_the_cooldown_notice_under_a_slash_command_is_private(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=1, per=60)))
    slash = SlashHarness(bot)
    assert (await slash.invoke("deal", query="herts")).embeds
    for _ in range(2):  # an interaction must be answered, so every time
        [message] = (await slash.invoke("deal", query="herts")).messages
        assert message["content"].startswith("Slow down a little")
        assert message["flags"] == 64  # ephemeral


# -- channel allowlist --------------------------------------------------------

ALLOWED = 710000000000000001


async def test_outside_the_allowlist_the_bot_stays_quiet(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(channels=frozenset({ALLOWED})))
    assert bot.user is not None
    assert await say("!deal herts") == []
    assert await say(f"{bot.user.mention} why did herts drop g4s?") == []
    assert await say("!dael herts") == []
    allowed = new_channel("factbot", ALLOWED)
    [reply] = await say("!deal herts", where=allowed)
    assert reply.embeds[0].title == HERTS


async def test_outside_the_allowlist_a_slash_command_is_told_privately(make_bot: MakeBot) -> None:
    bot = await make_bot(bot_config(channels=frozenset({ALLOWED})))
    slash = SlashHarness(bot)
    [message] = (await slash.invoke("deal", query="herts")).messages
    assert message["content"] == NOT_HERE
    assert message["flags"] == 64
    assert (await slash.complete("deal", "query", "herts")).choices == []


async def test_direct_messages_are_answered_despite_the_allowlist(make_bot: MakeBot) -> None:
    await make_bot(bot_config(channels=frozenset({ALLOWED})))
    dm = await member().create_dm()
    [reply] = await say("!deal herts", where=dm)
    assert reply.embeds[0].title == HERTS


# -- slash commands -----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "command", "arguments"),
    [
        ("!deal herts", "deal", {"query": "herts"}),
        ("!deal", "deal", {}),
        ("!quote unison", "quote", {"query": "unison"}),
        ("!who lloyd", "who", {"query": "lloyd"}),
        ("!timeline notts", "timeline", {"query": "notts"}),
        ("!sources", "sources", {}),
        ("!ask who said it was good news?", "ask", {"question": "who said it was good news?"}),
        ("!help quote", "help", {"command": "quote"}),
        ("!deal atlantis", "deal", {"query": "atlantis"}),
        (
            "!verify “the alliance is not a merger” - the PCCs",
            "verify",
            {"text": "“the alliance is not a merger” - the PCCs"},
        ),
        (
            "!verify we'd prefer to be the master of our own destny",
            "verify",
            {"text": "we'd prefer to be the master of our own destny"},
        ),
    ],
)
async def test_slash_and_prefix_give_the_same_answer(
    bot: Factbot, slash: SlashHarness, message: str, command: str, arguments: dict[str, str]
) -> None:
    by_prefix = embeds_of(await say(message))
    result = await slash.invoke(command, **arguments)
    assert [parts(e) for e in result.embeds] == [parts(e) for e in by_prefix]
    assert all(m["allowed_mentions"] == {"parse": []} for m in result.messages)
    assert all(not m.get("flags") for m in result.messages), "answers are public"


async def test_every_command_is_a_slash_command_with_its_summary(bot: Factbot) -> None:
    names = {c.name: c for c in bot.tree.get_commands(type=discord.AppCommandType.chat_input)}
    assert set(names) == {c.name for c in COMMANDS}
    assert all(isinstance(c, discord.app_commands.Command) for c in names.values())
    assert all(c.description == BY_NAME[c.name].summary and len(c.description) <= 100 for c in names.values())
    assert bot.get_command("reload") is not None and "reload" not in names  # admin commands stay prefix-only


async def test_slash_values_are_resolved_again(slash: SlashHarness) -> None:
    # What autocomplete offers is a name; typed text that was never offered works too.
    chosen = await slash.invoke("deal", query="David Lloyd")
    typed = await slash.invoke("deal", query="hertz")
    assert chosen.embeds[0].title == typed.embeds[0].title == HERTS


async def test_autocomplete_through_the_command_tree(slash: SlashHarness) -> None:
    choices = (await slash.complete("deal", "query", "hertz")).choices
    assert [c["value"] for c in choices[:2]] == [HERTS, "Hertfordshire police force"], "deals before the rest"
    everything = (await slash.complete("who", "query", "")).choices
    assert 0 < len(everything) <= 25
    assert all(0 < len(c["name"]) <= 100 and 0 < len(c["value"]) <= 100 for c in everything)
    help_choices = (await slash.complete("help", "command", "qu")).choices
    assert help_choices[0]["value"] == "quote"


# -- no answer on the event loop ------------------------------------------------


class LoopProbe:
    """Counts the event loop's turns: ticks while something else is blocked prove the loop was free."""

    def __init__(self) -> None:
        self.ticks = 0
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(0.005)
            self.ticks += 1


class Replies:
    """The bot's replies as discord.py dispatches them (dpytest echoes each sent message)."""

    def __init__(self, bot: Factbot) -> None:
        self.titles: list[str] = []
        self.arrived = asyncio.Event()

        async def on_message(message: discord.Message) -> None:
            if message.author.bot:
                self.titles += [e.title or "" for e in message.embeds] or [message.content]
                self.arrived.set()

        bot.add_listener(on_message, "on_message")

    async def until(self, title: str) -> None:
        while title not in self.titles:
            self.arrived.clear()
            await asyncio.wait_for(self.arrived.wait(), timeout=20)


async def test_a_slow_answer_delays_no_one_else(bot: Factbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """One user's slow question must not hold up another's answer, nor the
    event loop (and with it discord.py's gateway heartbeat)."""
    release = threading.Event()
    real = facts_cog.run_command

    def slow_for_herts(fb: FactBase, name: str, query: str, prefix: str) -> Answer:
        if query == "herts":
            release.wait(10)  # on the event loop, this would block everything for 10 s
        return real(fb, name, query, prefix)

    monkeypatch.setattr(facts_cog, "run_command", slow_for_herts)
    replies = Replies(bot)
    probe = LoopProbe()
    backend.make_message("!deal herts", member(0), channel())  # first, and slow
    backend.make_message("!who lloyd", member(1), channel())
    await replies.until("David Lloyd")
    assert not release.is_set() and HERTS not in replies.titles, "answered while the slow one was still blocked"
    ticks_while_blocked = probe.ticks
    await asyncio.sleep(0.05)
    assert probe.ticks > ticks_while_blocked, "the event loop kept turning"
    release.set()
    await replies.until(HERTS)
    probe.task.cancel()
    await dpytest.run_all_events()
    sent_messages()


async def test_an_answer_past_its_deadline_is_given_up_and_said(
    bot: Factbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    release = threading.Event()
    monkeypatch.setattr(facts_cog, "ANSWER_DEADLINE", 0.05)
    monkeypatch.setattr(facts_cog, "respond", lambda *args: release.wait(30))
    assert bot.user is not None
    try:
        [reply] = await say(f"{bot.user.mention} what is the meaning of everything?")
    finally:
        release.set()
    assert reply.content == facts_cog.TOO_SLOW
    assert "was not ready within 0.05 s" in caplog.text


async def test_autocomplete_works_in_a_thread_on_lists_made_at_load(
    make_bot: MakeBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bot = await make_bot(folder=copy_shipped(tmp_path / "kb"))
    fb = bot.factbot.live.current
    assert set(choices._CACHE[fb]) == set(choices.COMMANDS_WITH_NAMES), "worked out when loaded"
    threads: list[threading.Thread] = []
    real = facts_cog.name_choices

    def noting(*args: Any) -> list[discord.app_commands.Choice[str]]:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(facts_cog, "name_choices", noting)
    offered = (await SlashHarness(bot).complete("deal", "query", "herts")).choices
    assert offered and threads and threads[0] is not threading.main_thread()


# -- messages as Discord delivers them ------------------------------------------


QUESTIONS = ["who is the herts pcc?", "who was disappointed?", "who decided not to go ahead?", "who won the olympics?"]


@pytest.mark.parametrize("question", QUESTIONS)
async def test_a_mention_is_answered_as_factbot_ask_answers_the_same_text(
    bot: Factbot, fb: FactBase, question: str
) -> None:
    """Once "who is the herts pcc?" ran `!who` on "is the herts pcc?" ("2 match ...")."""
    assert bot.user is not None
    [reply] = await say(f"{bot.user.mention} {question}")
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, question))]


async def test_a_mention_then_the_prefix_runs_the_command(make_bot: MakeBot, tmp_path: Path, fb: FactBase) -> None:
    bot = await make_bot(bot_config(admin_ids=frozenset({ADMIN_USER_ID})), folder=copy_shipped(tmp_path / "kb"))
    assert bot.user is not None
    admin = new_member("Admin", ADMIN_USER_ID)
    [reply] = await say(f"{bot.user.mention} !reload", author=admin)
    assert reply.embeds[0].title == "Reloaded"
    [reply] = await say(f"<@!{bot.user.id}>   !deal herts")
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, "!deal herts"))]


@pytest.mark.parametrize(
    ("markup", "question"),
    [
        ("<@{someone}>", "who is john shaw?"),
        ("<#{channel}>", "what did sir clive say?"),
        ("<:pog:712345678012345670> <t:1700000000:R>", "why did herts drop g4s?"),
    ],
)
async def test_other_mentions_channels_emoji_and_timestamps_are_not_words(
    bot: Factbot, fb: FactBase, markup: str, question: str
) -> None:
    """Once declined: "They never mention `123456789012345678`"."""
    assert bot.user is not None
    someone = new_member("Someone", 712345678012345678)
    text = markup.format(someone=someone.id, channel=channel().id)
    [reply] = await say(f"{bot.user.mention} {text} {question}")
    assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, question))]
    assert respond(fb, question).status is Status.OK


async def test_a_direct_message_needs_no_prefix_and_no_mention(bot: Factbot, fb: FactBase) -> None:
    dm = await member().create_dm()
    for text in ("why did herts drop g4s?", "deal herts", "hello"):
        [reply] = await say(text, where=dm)
        assert [parts(e) for e in reply.embeds] == [parts(e) for e in answer_embeds(respond(fb, text))], text
    [reply] = await say("!who lloyd", where=dm)
    assert reply.embeds[0].title == "David Lloyd"


SYSTEM_MESSAGES = {
    "thread created": discord.MessageType.thread_created,
    "pin": discord.MessageType.pins_add,
    "join": discord.MessageType.new_member,
    "boost": discord.MessageType.premium_guild_subscription,
    "channel renamed": discord.MessageType.channel_name_change,
}


@pytest.mark.parametrize("kind", SYSTEM_MESSAGES.values(), ids=SYSTEM_MESSAGES.keys())
async def test_system_messages_are_never_answered(bot: Factbot, kind: discord.MessageType) -> None:
    """A thread named `!deal herts` once got an answer to its "thread created" message."""
    assert bot.user is not None
    for content in ("!deal herts", f"{bot.user.mention} why did herts drop g4s?"):
        data = factories.make_message_dict(channel(), member(), content=content, type=kind.value)
        backend.get_state().parse_message_create(data)
        await dpytest.run_all_events()
        assert sent_messages() == [], content
    assert await say("!deal herts"), "an ordinary message is still answered"


async def test_a_doubled_prefix_is_named(bot: Factbot) -> None:
    [reply] = await say("!!deal herts")
    assert reply.embeds[0].description == "`!!deal` has the prefix twice. Did you mean `!deal herts`?"
    assert await say("!!play some music") == [], "another bot's, perhaps: not ours to answer"


# -- every reply counts -----------------------------------------------------------


async def test_every_reply_counts_against_the_cooldown(make_bot: MakeBot, fb: FactBase) -> None:
    """Once, after the allowance and the one notice, usage replies and admin
    refusals still came: one user could flood a channel."""
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=2, per=60)))
    assert bot.user is not None
    [usage] = await say("!ask", raises=MissingRequiredArgument)
    assert usage.content.startswith("`!ask` needs")
    [refusal] = await say("!reload", raises=NotAdmin)
    assert refusal.content.startswith("Sorry, only Factbot's admins")
    [notice] = await say("!sync", raises=None)
    assert notice.content.startswith("Slow down a little")
    for flood in ("!ask", "!reload", "!sync", "!sync ²", "!dael herts", "!!deal", f"{bot.user.mention} hi", "!help"):
        assert await say(flood) == [], flood
    dm = await member().create_dm()
    assert await say("why?", where=dm) == []
    [other] = await say("!ask", author=member(1), raises=MissingRequiredArgument)
    assert other.content.startswith("`!ask` needs"), "someone else is not held back"


async def test_titles_and_did_you_mean_say_only_what_is_true(bot: Factbot, slash: SlashHarness) -> None:
    """A quote not holding "it was" is not titled "Quotes containing `it was good news?`";
    no "Did you mean **Chris Hanrahan**?" for "banana"; /deal offers deals first."""
    [reply] = await say("!quote it was good news?")
    assert reply.embeds[0].title == "Quotes matching `it was good news?`"
    [reply] = await say("!quote good news for our members")
    assert reply.embeds[0].title == "Quotes containing `good news for our members`"
    [reply] = await say("!quote banana")
    assert "Did you mean" not in (reply.embeds[0].description or "")
    [reply] = await say("!deal herefordshire")
    assert "Did you mean **Hertfordshire**" in (reply.embeds[0].description or "")
    choices = [c["value"] for c in (await slash.complete("deal", "query", "herts")).choices]
    assert choices[0] == HERTS and "David Lloyd" in choices[1:], "the deal before the people and places"
