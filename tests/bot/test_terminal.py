"""Terminal rendering shows every part an embed shows."""

from __future__ import annotations

import json

from bot.terminal import render, render_json
from commands import Answer, Citation, Field, Status


def test_render_parts_in_order() -> None:
    answer = Answer(
        title="Title",
        body="Body **bold**",
        fields=(Field("One", "1"), Field("Two", "2")),
        citations=(Citation("s", "An article (BBC)"),),
    )
    text = render(answer)
    assert text.splitlines() == [
        "Title",
        "=====",
        "Body **bold**",
        "",
        "[One]",
        "1",
        "",
        "[Two]",
        "2",
        "",
        "Source: An article (BBC)",
    ]


def test_render_json_round_trips() -> None:
    answer = Answer(title="T", status=Status.NOT_FOUND, suggestions=("x",))
    data = json.loads(render_json(answer))
    assert data["status"] == "not_found" and data["matched"] is False and data["suggestions"] == ["x"]
