"""Plain-text rendering of answers: the same parts an embed shows, in order."""

from __future__ import annotations

import json
import re

from commands import Answer

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def render(answer: Answer, *, color: bool = False) -> str:
    """Title, text, fields, then the source line: what the embed shows."""

    def style(text: str) -> str:
        return _BOLD.sub("\033[1m\\1\033[0m", text) if color else text

    title = style(f"**{answer.title}**") if color else answer.title
    parts = [title, "=" * min(len(answer.title), 72)]
    if answer.body:
        parts += [style(answer.body)]
    for field in answer.fields:
        parts += ["", style(f"**{field.name}**") if color else f"[{field.name}]", style(field.value)]
    if answer.footer:
        parts += ["", answer.footer]
    return "\n".join(parts)


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)
