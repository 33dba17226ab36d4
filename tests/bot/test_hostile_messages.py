"""Hostile input through discord.py's own message path (dpytest): any text,
to any command, as a prefix command, as a mention and as a slash command.

Every message gets an answer or a clear refusal, within Discord's limits,
with no exception, no ping, and no Discord markdown escaping the code span
that quotes the user's words. tests/commands/test_hostile_input.py proves
the same on the console path.
"""

from __future__ import annotations

import re
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import embeds as limits
from bot import who_said
from bot.config import Cooldown
from bot.discord_bot import Factbot
from bot.embeds import answer_embeds, embed_size, size
from commands import BY_NAME, COMMANDS, run_command
from commands.chat_text import read_chat
from commands.registry import NOT_WORDS
from knowledge import FactBase
from knowledge.text import clean
from tests.bot.conftest import MakeBot, Sent
from tests.bot.fakes import (
    ASKER,
    PRIVATE_ORIGINS,
    PUBLIC_ORIGINS,
    Origin,
    SlashHarness,
    SlashResult,
    bot_config,
    channel,
    guild,
    member,
    message_dict,
    new_id,
    new_member,
    parts,
    say,
)

NAMES = [c.name for c in COMMANDS]
MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
# A word no fact matches, planted in every hostile text: wherever the bot
# shows it, it must be inside a code span, never loose in the markdown.
SENTINEL = "Qzxwj"
# What would be Discord markdown or a ping if it escaped its quoting.
LOOSE = re.compile(r"qzxw|@everyone|@here|<@|\|\||\]\(|https?:", re.IGNORECASE)

ODD = st.sampled_from(
    [
        "\u200b",  # zero-width space
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u061c",  # Arabic letter mark
        "\ufeff",  # byte-order mark
        "\x00",
        "\x1b[31m",
        "\r\n",
        "\t",
        "\u0301\u0301\u0301",  # combining marks
        "Z\u0335\u0321\u0327\u0336",  # zalgo
        "🎉",
        "👩‍👩‍👧‍👦",  # a family: emoji joined with ZWJ
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿",  # a flag made of tag characters
        "@everyone",
        "@here",
        "＠everyone",  # full-width at sign: NFKC makes it "@"
        "@\u200beveryone",
        "<@&1>",
        "<@1>",
        "`",
        "```",
        "**",
        "__",
        "||",
        "~~",
        "> ",
        "# ",
        "-# ",
        "[link](https://example.com)",
        "https://example.com",
        "\\",
        "herts",
        "g4s",
        " ",
    ]
)
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(ODD, st.text(max_size=6)), max_size=40).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=2000, max_size=10_000),
)
# Modest counts: each example sends several messages through dpytest.
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture
async def quiet_bot(make_bot: MakeBot) -> Factbot:
    """A bot with the cooldown off: fuzzing sends hundreds of messages as one user."""
    return await make_bot(bot_config(cooldown=Cooldown(rate=1, per=0)))


def mentions() -> list[str]:
    """Real mentions of this guild's member, role and @everyone role (dpytest only knows real ids)."""
    everyone = guild().default_role
    return [f"<@{member(1).id}>", f"<@!{member(1).id}>", f"<@&{everyone.id}>", "@everyone", "@here"]


def hostile(text: str, ping: str) -> str:
    return f"{text[:40]} {ping} {SENTINEL} {text[40:]}"


def texts_of(message: discord.Message) -> list[str]:
    shown = [message.content or ""]
    for embed in message.embeds:
        title, description, fields, footer = parts(embed)
        shown += [title, description, footer, embed.author.name or ""]
        shown += [text for name, value, _ in fields for text in (name, value)]
    return shown


def outside_code_spans(text: str) -> str:
    """The parts of `text` Discord reads as markdown: everything not inside a `code span`."""
    return "\n".join("".join(line.split("`")[0::2]) for line in text.splitlines())


def check_payload(payload: dict[str, Any]) -> None:
    assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}, payload["allowed_mentions"]


def check_message(message: discord.Message) -> None:
    """Within every Discord limit; nothing that pings; user text still quoted."""
    assert message.content or message.embeds, "an empty message"
    assert size(message.content or "") <= limits.CONTENT
    assert len(message.embeds) <= limits.EMBEDS
    assert sum(embed_size(e) for e in message.embeds) <= limits.EMBED_TOTAL
    for embed in message.embeds:
        assert embed.title and size(embed.title) <= limits.TITLE
        assert size(embed.description or "") <= limits.DESCRIPTION
        assert len(embed.fields) <= limits.FIELDS
        for field in embed.fields:
            assert field.name and field.value
            assert size(field.name) <= limits.FIELD_NAME and size(field.value) <= limits.FIELD_VALUE
        assert size(embed.footer.text or "") <= limits.FOOTER
    for text in texts_of(message):
        assert not MENTION.search(text), text
        for line in text.splitlines():
            assert line.count("`") % 2 == 0, f"an unclosed code span: {line!r}"
        loose = LOOSE.search(outside_code_spans(text))
        assert loose is None, f"user text outside its quoting: {loose.group()!r} in {text!r}"


async def check_reply(sent: Sent, content: str, *, raises: type[BaseException] | None = None) -> list[discord.Message]:
    before = len(sent.payloads)
    replies = await say(content, raises=raises)
    assert replies, f"no answer and no refusal to {content!r}"
    assert len(sent.payloads) - before == len(replies)
    for payload in sent.payloads[before:]:
        check_payload(payload)
    for reply in replies:
        check_message(reply)
    return replies


# -- any text, every command, every form ---------------------------------------


@FUZZ
@given(name=st.sampled_from(NAMES), text=TEXT, ping=st.integers(0, 4), embeds=st.booleans())
@example(name="deal", text="", ping=3, embeds=True)  # nothing at all
@example(name="ask", text="\u200b\u202e", ping=0, embeds=True)  # only invisible characters
@example(name="quote", text="`` ``` ||x|| [a](https://b.c) > # -#", ping=4, embeds=False)
@example(name="who", text="x" * 10_000, ping=1, embeds=True)
async def test_any_text_to_any_command_by_prefix_and_mention(
    quiet_bot: Factbot, sent: Sent, *, name: str, text: str, ping: int, embeds: bool
) -> None:
    await dpytest.set_permission_overrides(channel().guild.me, channel(), embed_links=embeds)
    message = hostile(text, mentions()[ping])
    assert quiet_bot.user is not None
    me = quiet_bot.user.mention
    await check_reply(sent, f"!{name} {message}")
    await check_reply(sent, f"{me} {name} {message}")
    await check_reply(sent, f"{me} {message}")


@FUZZ
@given(text=TEXT)
async def test_any_text_alone_by_prefix(quiet_bot: Factbot, sent: Sent, text: str) -> None:
    """`!<anything>`: ours only if the first word is (nearly) one of our commands."""
    before = len(sent.payloads)
    for reply in await say(f"!{text}"):
        check_message(reply)
    for payload in sent.payloads[before:]:
        check_payload(payload)


SLASH_OPTIONS = {"ask": "question", "verify": "text", "help": "command"}


def check_slash(result: SlashResult, *, ours: str = "") -> None:
    """An interaction answered, pinging no one, no user text loose in the markdown
    (but in the field named `ours`, the bot's own markdown)."""
    assert result.messages, "an interaction is always answered"
    for payload in result.messages:
        assert payload["allowed_mentions"] == {"parse": []}
    for part in shown_texts(result, leaving_out=ours):
        assert not MENTION.search(part) and LOOSE.search(outside_code_spans(part)) is None, part


def shown_texts(result: SlashResult, *, leaving_out: str = "") -> list[str]:
    shown = [payload.get("content") or "" for payload in result.messages]
    for embed in result.embeds:
        title, description, fields, footer = parts(embed)
        shown += [title, description, footer, *(t for f in fields if f[0] != leaving_out for t in f[:2])]
    return shown


CHECKED = re.compile(r"\[Jump to it\]\(https://discord\.com/channels/(\d+|@me)/\d+/\d+\), posted by Asker")


@settings(FUZZ, max_examples=25)
@given(name=st.sampled_from(["deal", "quote", "who", "timeline", "ask", "verify", "help"]), text=TEXT)
async def test_any_text_as_a_slash_command(quiet_bot: Factbot, name: str, text: str) -> None:
    query = hostile(text, "@everyone")
    result = await SlashHarness(quiet_bot).invoke(name, **{SLASH_OPTIONS.get(name, "query"): query})
    check_slash(result)
    assert result.embeds
    limit = BY_NAME[name].max_chars
    # Measured as the command measures it: after the mentions and markup it reads past.
    if len(read_chat(clean(query))) > limit:
        assert f"{limit:,}" in (result.embeds[0].description or ""), "too long, and said so"


@settings(FUZZ, max_examples=25)
@given(text=TEXT, origin=st.sampled_from(PUBLIC_ORIGINS + PRIVATE_ORIGINS))
async def test_any_message_checked_from_its_menu(quiet_bot: Factbot, text: str, origin: Origin) -> None:
    """ "Who said this?" on any message, from anywhere: one private answer, pinging no one."""
    message = message_dict(new_id(), 0, content=hostile(text, "@everyone"), author=ASKER)
    result = await SlashHarness(quiet_bot).on_message(who_said.NAME, message, origin=origin)
    check_slash(result, ours="Message checked")
    [answer] = result.messages
    assert answer["flags"] == discord.MessageFlags(ephemeral=True).value
    checked = result.embeds[-1].fields[-1]
    assert checked.name == "Message checked" and CHECKED.fullmatch(checked.value or ""), checked.value


@settings(FUZZ, max_examples=40)
@given(
    target=st.sampled_from(
        [("deal", "query"), ("quote", "query"), ("who", "query"), ("timeline", "query"), ("help", "command")]
    ),
    typed=TEXT,
)
async def test_any_text_typed_into_autocomplete(quiet_bot: Factbot, target: tuple[str, str], typed: str) -> None:
    choices = (await SlashHarness(quiet_bot).complete(*target, typed)).choices
    assert len(choices) <= 25
    for choice in choices:
        assert 1 <= size(choice["name"]) <= 100 and 1 <= size(choice["value"]) <= 100, choice


async def test_a_plain_message_without_the_prefix_or_a_mention_is_left_alone(quiet_bot: Factbot) -> None:
    for text in ("deal herts", "@everyone", "x" * 10_000, "", "\u202e!deal herts"):
        assert await say(text) == [], text


# -- matching stays well behaved through Discord --------------------------------


@settings(FUZZ, max_examples=25)
@given(name=st.sampled_from(NAMES), query=st.text(max_size=40))
async def test_the_same_message_gets_the_same_answer(quiet_bot: Factbot, name: str, query: str) -> None:
    content = f"!{name} {query}"
    needs_words = name in ("ask", "verify") and not query.strip()
    raises = discord.ext.commands.MissingRequiredArgument if needs_words else None
    first = await say(content, raises=raises)
    second = await say(content, raises=raises)
    assert [texts_of(m) for m in first] == [texts_of(m) for m in second]


async def test_a_query_that_names_an_entry_finds_it_through_discord(quiet_bot: Factbot, fb: FactBase) -> None:
    asked = 0
    for entity in fb.entities.values():
        for name in (entity.name, *entity.aliases):
            [reply] = await say(f"!who {name}")
            assert reply.embeds[0].title == entity.name, name
            assert run_command(fb, "who", name).ids[0] == entity.id, name
            asked += 1
    for deal in fb.deals.values():
        for name in (deal.name, *deal.aliases):
            replies = await say(f"!deal {name}")
            assert replies[0].embeds[0].title == deal.name, name
            expected = answer_embeds(run_command(fb, "deal", name))
            assert [parts(e) for r in replies for e in r.embeds] == [parts(e) for e in expected]
            asked += 1
    assert asked > 50


async def test_every_name_of_lincolnshire_police_gets_one_answer_through_discord(quiet_bot: Factbot) -> None:
    titles = {
        name: [r.embeds[0].title for r in await say(f"!deal {name}")]
        for name in ("Lincolnshire Police", "Lincs police")
    }
    assert titles["Lincs police"] == titles["Lincolnshire Police"], titles


async def test_a_mention_of_someone_whose_id_holds_999_is_not_the_999_deal(quiet_bot: Factbot) -> None:
    someone = new_member("Someone", 1137999487832532767)
    [reply] = await say(f"!quote {someone.mention}")
    assert (reply.embeds[0].description or "").startswith(NOT_WORDS), "a mention is no word, and names no deal"


async def test_regression_examples(quiet_bot: Factbot, sent: Sent) -> None:
    """Inputs worth keeping whatever the fuzzer draws."""
    assert quiet_bot.user is not None
    me = quiet_bot.user.mention
    for content in (
        "!deal @everyone",
        "!quote ```py\nimport os```",
        "!who ||spoiler|| [x](https://evil.example)",
        f"{me} <@&{guild().default_role.id}> why did herts drop g4s?",
        "!help \u202edeal",
        "!ask " + "\u0301" * 5000,
    ):
        await check_reply(sent, content)
