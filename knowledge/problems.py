"""Problems found in fact files, each pointing at a file and line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class FactBaseError(Exception):
    """The fact base could not be loaded; `problems` says every reason why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = str(self.problems[0]) if self.problems else "unknown problem"
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(head + more)

    def __reduce__(self) -> tuple[type[FactBaseError], tuple[tuple[Problem, ...]]]:
        # Rebuilt from its problems when it crosses from a build process to the bot's.
        return (FactBaseError, (self.problems,))

    def report(self) -> str:
        """Every problem, one per line."""
        return "\n".join(str(p) for p in self.problems)
