"""Many messages at once, through discord.py's own dispatch (dpytest): 1,000
commands from 50 users in one burst are each answered exactly once or told of
the cooldown, nothing dropped; what the bot keeps stays bounded afterwards;
and a reload in the middle of a burst gives answers wholly from the old or
wholly from the new fact base, never a mix."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
from discord.app_commands import checks as app_checks
from discord.ext.commands import cooldowns
from discord.ext.test import backend, runner

from bot import autocomplete
from bot.config import Config, Cooldown
from bot.discord_bot import Factbot, build_bot
from bot.embeds import answer_embeds
from commands import respond, run_command
from knowledge import FactBase, LiveFactBase
from tests.bot.conftest import MakeBot, Sent
from tests.bot.fakes import ADMIN_USER_ID, bot_config, channel, new_channel, new_member, parts, say, sent_messages
from tests.knowledge.factfiles import copy_shipped

USERS, EACH = 50, 20  # 1,000 commands
COMMANDS = ["!deal herts", "!who lloyd", "!quote unison", "!timeline notts", "!deal g4s"]


class Burst:
    """Fires messages straight into discord.py's gateway handling, all before
    any is answered, and matches every reply to the message it answers."""

    def __init__(self, bot: Factbot, sent: Sent) -> None:
        self.sent = sent
        self.requests: dict[int, tuple[int, str]] = {}  # message id -> (author id, content)
        self.order: list[int] = []  # message ids as received

        async def received(message: discord.Message) -> None:
            if not message.author.bot:
                self.requests[message.id] = (message.author.id, message.content)
                self.order.append(message.id)

        bot.add_listener(received, "on_message")

    def fire(self, content: str, author: discord.Member, where: discord.abc.Messageable) -> None:
        backend.make_message(content, author, where)  # parsed and dispatched as a gateway MESSAGE_CREATE

    async def settle(self) -> None:
        await dpytest.run_all_events()
        assert runner.error_queue.empty(), "a command raised"

    def replies(self) -> dict[int, list[dict[str, Any]]]:
        """Every payload sent, by the id of the message it replies to."""
        out: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for payload in self.sent.payloads:
            reference = payload.get("message_reference")
            assert reference, f"a message that replies to nothing: {payload}"
            out[int(reference["message_id"])].append(payload)
        return out


def users(count: int = USERS) -> list[discord.Member]:
    return [new_member(f"User{i}") for i in range(count)]


def title(payload: dict[str, Any]) -> str:
    return str(payload["embeds"][0]["title"]) if payload.get("embeds") else ""


async def test_a_burst_of_1000_commands_is_answered_once_each(bot: Factbot, sent: Sent, fb: FactBase) -> None:
    burst = Burst(bot, sent)
    people = users()
    places = [channel(), new_channel("second", 730000000000000001)]
    tasks_before = asyncio.all_tasks()
    for round_ in range(EACH):
        for number, person in enumerate(people):
            command = COMMANDS[(round_ + number) % len(COMMANDS)]
            burst.fire(command, person, places[number % 2])
    await burst.settle()

    assert len(burst.requests) == USERS * EACH
    replies = burst.replies()
    assert set(replies) == set(burst.requests), "every command answered, nothing dropped"
    assert all(len(sent) == 1 for sent in replies.values()), "each answered exactly once"
    expected = {c: answer_embeds(respond(fb, c))[0].title for c in COMMANDS}
    for message_id, [payload] in replies.items():
        _, content = burst.requests[message_id]
        assert title(payload) == expected[content]
        assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert len(dpytest.sent_queue._queue) == USERS * EACH  # type: ignore[attr-defined]
    assert asyncio.all_tasks() - tasks_before == set(), "nothing left running"


async def test_a_burst_over_the_cooldown_answers_some_and_tells_once(make_bot: MakeBot, sent: Sent) -> None:
    rate = 5
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=rate, per=60)))
    burst = Burst(bot, sent)
    people = users()
    for round_ in range(EACH):
        for number, person in enumerate(people):
            burst.fire(COMMANDS[(round_ + number) % len(COMMANDS)], person, channel())
    await burst.settle()

    replies = burst.replies()
    assert all(len(sent) == 1 for sent in replies.values()), "nothing answered twice"
    mine: dict[int, list[int]] = defaultdict(list)  # author -> their message ids, in order
    for message_id in burst.order:
        mine[burst.requests[message_id][0]].append(message_id)
    assert len(mine) == USERS and all(len(ids) == EACH for ids in mine.values())
    for ids in mine.values():
        answered = [i for i in ids if i in replies and replies[i][0].get("embeds")]
        notices = [i for i in ids if i in replies and not replies[i][0].get("embeds")]
        assert answered == ids[:rate], "the first `rate` commands are answered"
        assert notices == [ids[rate]], "then one notice, then quiet until the window ends"
        assert replies[notices[0]][0]["content"].startswith("Slow down a little: you can ask again in ")
    assert len(sent.payloads) == USERS * (rate + 1)


class Clock:
    """time.time for discord.py's cooldowns, moved by hand (no sleeping, no timing)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def time(self) -> float:
        return self.now


async def test_cooldown_buckets_are_dropped_when_their_window_ends(
    make_bot: MakeBot, sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    fake_time = SimpleNamespace(time=clock.time)
    monkeypatch.setattr(cooldowns, "time", fake_time)
    monkeypatch.setattr(app_checks, "time", fake_time)
    bot = await make_bot(bot_config(cooldown=Cooldown(rate=2, per=30)))
    cooldown = bot.factbot.gate.cooldown
    burst = Burst(bot, sent)
    people = users()
    for _ in range(3):
        for person in people:
            burst.fire("!who lloyd", person, channel())
    await burst.settle()
    answers, notices = cooldown._answers._cache, cooldown._notices._cache
    assert len(answers) == USERS and len(notices) == USERS, "one bucket per user in the window"

    clock.now += 31  # the window has passed for everyone
    for _ in range(3):  # one user goes over the limit again
        await say("!who lloyd", author=people[0])
    assert len(answers) == 1 and len(notices) == 1, "expired buckets are dropped on the next use of each store"
    # Another full burst later: still one bucket per active user, not per message.
    clock.now += 31
    for _ in range(3):
        for person in people:
            burst.fire("!who lloyd", person, channel())
    await burst.settle()
    assert len(answers) == USERS and len(notices) == USERS


def test_no_message_cache() -> None:
    """Nothing reads old messages, so discord.py keeps none (dpytest's own state keeps its own)."""
    bot = build_bot(Config())
    assert bot._connection.max_messages is None and bot._connection._messages is None


async def test_fact_bases_replaced_by_reloads_are_freed(tmp_path: Path) -> None:
    """Caches keyed by fact base (autocomplete targets, question indexes) hold only a few."""
    live = LiveFactBase(copy_shipped(tmp_path / "kb"))
    alive: list[weakref.ref[FactBase]] = []
    for _ in range(8):
        fb = live.reload()
        alive.append(weakref.ref(fb))
        for command in ("deal", "quote", "who", "timeline"):
            autocomplete.name_choices(fb, command, "her")
        run_command(fb, "ask", "why did herts drop g4s?")
        del fb
    gc.collect()
    still = [ref for ref in alive if ref() is not None]
    assert all(ref() is None for ref in alive[:-1]), f"{len(still) - 1} of 7 replaced fact bases still alive"
    assert alive[-1]() is live.current


# -- a reload during a burst ---------------------------------------------------------

HERTS_FILE = "herts-g4s-back-office.yaml"
EDITS = {  # three parts of one answer, from three records: the deal, a fact, the source
    "Three forces planned to hand back-office work": "Edition two: three forces planned to hand back-office work",
    "Lloyd said it was now clear": "Edition two: Lloyd said it was now clear",
    "Hertfordshire G4S back-office deal abandoned (untitled article)": "Edition two of the Hertfordshire article",
}


def edit(folder: Path) -> None:
    path = folder / HERTS_FILE
    text = path.read_text(encoding="utf-8")
    for old, new in EDITS.items():
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


async def test_a_reload_mid_burst_never_mixes_two_fact_bases(
    make_bot: MakeBot, sent: Sent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_shipped(tmp_path / "kb")
    bot = await make_bot(bot_config(admin_ids=frozenset({ADMIN_USER_ID})), folder=folder)
    old = bot.factbot.live.current
    edit(folder)
    new = FactBase.load(folder)
    editions = {
        "old": [parts(e) for e in answer_embeds(run_command(old, "deal", "herts"))],
        "new": [parts(e) for e in answer_embeds(run_command(new, "deal", "herts"))],
    }
    assert editions["old"] != editions["new"]
    for old_text, new_text in EDITS.items():  # each edit shows in the answer
        assert old_text in str(editions["old"]) and new_text in str(editions["new"])

    # The reload reads the files in a thread. Hold it until half the burst has
    # arrived, so the swap lands while the rest are being answered.
    burst = Burst(bot, sent)
    halfway = threading.Event()
    live = bot.factbot.live
    reload = live.reload

    def held_reload() -> FactBase:
        assert halfway.wait(timeout=60)
        return reload()

    async def count(message: discord.Message) -> None:
        if len(burst.order) >= USERS * EACH // 2:
            halfway.set()

    monkeypatch.setattr(live, "reload", held_reload)
    bot.add_listener(count, "on_message")
    people = users()
    admin = new_member("Admin", ADMIN_USER_ID)
    for round_ in range(EACH - 1):
        for person in people:
            burst.fire("!deal herts", person, channel())
        if round_ == 1:
            burst.fire("!reload", admin, channel())
        if round_ >= EACH // 2:
            await asyncio.sleep(0)  # these rounds arrive while earlier ones are answered
    for _ in range(60_000):  # the last round only once the new fact base is in
        if live.current is not old:
            break
        await asyncio.sleep(0.001)
    for person in people:
        burst.fire("!deal herts", person, channel())
    await burst.settle()

    replies = burst.replies()
    assert set(replies) == set(burst.requests), "every command answered, the reload too"
    seen: Counter[str] = Counter()
    for message_id, payloads in replies.items():
        assert len(payloads) == 1
        if burst.requests[message_id][1] == "!reload":
            assert title(payloads[0]) == "Reloaded"
            continue
        shown = [parts(discord.Embed.from_dict(e)) for e in payloads[0]["embeds"]]
        [edition] = [name for name, expected in editions.items() if shown == expected] or ["a mix"]
        seen[edition] += 1
    assert seen["a mix"] == 0
    assert seen["old"] + seen["new"] == USERS * EACH
    assert seen["old"] >= 1 and seen["new"] >= USERS, "the swap came mid-burst"
    assert bot.factbot.live.current is not old
    sent_messages()  # the burst's replies, already checked
    [after] = await say("!deal herts")
    assert [parts(e) for e in after.embeds] == editions["new"]
