"""Rendering answers for Discord: the same parts as the terminal, and every
Discord limit kept however long the answer."""

from __future__ import annotations

import re

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import embeds
from bot.embeds import answer_embeds, embed_size, group_embeds, size, split_text, text_pages
from bot.terminal import render
from commands import Answer, Citation, Field, Status, run_command
from knowledge import FactBase


def within_limits(embed: discord.Embed) -> None:
    assert embed.title and size(embed.title) <= embeds.TITLE
    assert size(embed.description or "") <= embeds.DESCRIPTION
    assert len(embed.fields) <= embeds.FIELDS
    for f in embed.fields:
        assert f.name and f.value, "Discord refuses empty field names and values"
        assert size(f.name) <= embeds.FIELD_NAME
        assert size(f.value) <= embeds.FIELD_VALUE
    assert size(embed.footer.text or "") <= embeds.FOOTER
    assert embed_size(embed) <= embeds.EMBED_TOTAL


def messages_within_limits(pages: list[discord.Embed]) -> list[list[discord.Embed]]:
    messages = group_embeds(pages)
    assert [e for m in messages for e in m] == pages, "grouping keeps every embed, in order"
    for message in messages:
        assert 1 <= len(message) <= embeds.EMBEDS
        assert sum(embed_size(e) for e in message) <= embeds.EMBED_TOTAL
        for embed in message:
            within_limits(embed)
    return messages


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_deal_card_is_one_embed_with_the_same_parts_as_the_terminal(fb: FactBase) -> None:
    answer = run_command(fb, "deal", "herts")
    [embed] = answer_embeds(answer)
    assert embed.title == answer.title == "Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"
    assert embed.description == answer.body
    assert [(f.name, f.value, f.inline) for f in embed.fields] == [(f.name, f.value, f.inline) for f in answer.fields]
    assert embed.footer.text == answer.footer
    assert embed.footer.text.startswith("Source: Hertfordshire G4S back-office deal abandoned")
    text = render(answer)
    for part in [answer.title, answer.body, *(f.value for f in answer.fields), answer.footer]:
        assert part in text


def test_colour_follows_the_status(fb: FactBase) -> None:
    assert answer_embeds(run_command(fb, "deal", "herts"))[0].colour == discord.Colour.blurple()
    assert answer_embeds(run_command(fb, "deal", "atlantis"))[0].colour == discord.Colour.light_grey()
    assert answer_embeds(run_command(fb, "deal", "g4s"))[0].colour == discord.Colour.gold()


def test_every_shipped_answer_fits(fb: FactBase) -> None:
    for name, query in [("deal", ""), ("quote", ""), ("who", ""), ("timeline", ""), ("sources", ""), ("help", "")]:
        pages = answer_embeds(run_command(fb, name, query))
        messages_within_limits(pages)


def huge_answer() -> Answer:
    paragraph = "The forces said the deal was off. " * 40  # about 1,400 characters
    return Answer(
        title="T" * 400,
        body="\n\n".join([paragraph] * 12),  # about 16,000 characters: four descriptions
        fields=tuple(Field(f"{i:02} " + "N" * 300, "line of a field value\n" * 120) for i in range(40)),  # 2,600 each
        citations=tuple(Citation(f"s{i}", f"Source number {i}, " + "x" * 80) for i in range(40)),
        status=Status.OK,
    )


def test_a_huge_answer_is_split_never_cut() -> None:
    answer = huge_answer()
    pages = answer_embeds(answer)
    messages = messages_within_limits(pages)
    assert len(pages) > 10 and len(messages) > 1
    assert pages[0].title.startswith("TTT") and pages[0].title.endswith("…")
    assert all(p.title.endswith("(continued)") for p in pages[1:])
    # Nothing is lost: every word of the body and the fields is in the pages.
    shown_body = "".join(p.description or "" for p in pages)
    assert squash(shown_body) == squash(answer.body)
    for original in answer.fields:
        pieces = [f.value for p in pages for f in p.fields if f.name.startswith(original.name[:3])]
        assert squash("".join(pieces)) == squash(original.value)
    # The footer was too long for a footer: the sources are listed in full as fields instead.
    listed = "".join(f.value for p in pages for f in p.fields if f.name.startswith("Sources"))
    assert squash(listed) == squash(answer.footer)
    assert pages[-1].footer.text == "Sources: listed above."


def test_plain_text_pages_fit_and_read_like_the_terminal(fb: FactBase) -> None:
    short = run_command(fb, "quote", "unison")
    assert text_pages(short) == [render(short)]
    card = run_command(fb, "deal", "herts")  # about 2,400 characters as text: two messages
    assert len(text_pages(card)) == 2
    assert squash("".join(text_pages(card))) == squash(render(card))
    pages = text_pages(huge_answer())
    assert len(pages) > 1
    assert all(size(p) <= embeds.CONTENT for p in pages)
    assert squash("".join(pages)) == squash(render(huge_answer()))


def test_split_prefers_paragraphs_then_lines_then_words() -> None:
    text = "a" * 60 + "\n\n" + "b" * 30 + "\n" + "c" * 30
    assert split_text(text, 100) == ["a" * 60, "b" * 30 + "\n" + "c" * 30]
    assert split_text("word " * 50, 40)[0] == ("word " * 8).strip()
    assert split_text("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]


def test_sizes_count_what_discord_may_count() -> None:
    # Characters outside the Basic Multilingual Plane are two UTF-16 units.
    assert size("abc") == 3
    assert size("😀") == 2
    pieces = split_text("😀" * 3000, embeds.DESCRIPTION)
    assert all(size(p) <= embeds.DESCRIPTION for p in pieces)
    assert "".join(pieces) == "😀" * 3000


def test_empty_parts_are_never_sent_empty() -> None:
    [embed] = answer_embeds(Answer(title="", fields=(Field("", ""),)))
    assert embed.title == "Factbot"
    assert embed.fields[0].name == embeds.BLANK and embed.fields[0].value == embeds.BLANK
    assert text_pages(Answer(title=""))  # something to send, always


texts = st.text(alphabet=st.sampled_from("ab c\n😀é*_`>"), max_size=3000)


@settings(max_examples=60, deadline=None)
@given(
    title=texts,
    body=texts,
    fields=st.lists(st.tuples(texts, texts, st.booleans()), max_size=30),
    sources=st.lists(texts, max_size=5),
)
def test_any_answer_fits_every_limit(
    title: str, body: str, fields: list[tuple[str, str, bool]], sources: list[str]
) -> None:
    answer = Answer(
        title=title,
        body=body,
        fields=tuple(Field(n, v, i) for n, v, i in fields),
        citations=tuple(Citation(str(i), s) for i, s in enumerate(sources)),
    )
    pages = answer_embeds(answer)
    messages_within_limits(pages)
    assert squash("".join(p.description or "" for p in pages)) == squash(body)
    assert all(size(p) <= embeds.CONTENT for p in text_pages(answer))
