"""Plain-text rendering of answers: the same parts an embed shows, in order.

Used for piped output, `factbot ask` and Discord's text-only fallback; an
interactive terminal gets the same parts styled (bot/styled.py).
"""

from __future__ import annotations

import json

from commands import Answer


def render(answer: Answer) -> str:
    """Title, text, fields, then the source line: what the embed shows."""
    parts = [answer.title, "=" * min(len(answer.title), 72)]
    if answer.body:
        parts += [answer.body]
    for field in answer.fields:
        parts += ["", f"[{field.name}]", field.value]
    if answer.footer:
        parts += ["", answer.footer]
    return "\n".join(parts)


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)
