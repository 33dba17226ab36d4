"""What each command answers: pure functions from (fact base, text) to Answer.

No Discord here: the adapters in `bot/` only render these answers.
"""

from commands.answer import Answer, Citation, Field, Status
from commands.registry import BY_NAME, COMMANDS, Command, help_answer, respond, run_command

__all__ = [
    "BY_NAME",
    "COMMANDS",
    "Answer",
    "Citation",
    "Command",
    "Field",
    "Status",
    "help_answer",
    "respond",
    "run_command",
]
