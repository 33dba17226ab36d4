"""The console's history: one line per entry in the user's state directory,
capped, private to the user, and never a reason for the console to fail."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_state_path
from prompt_toolkit.history import History

HISTORY_LIMIT = 1000  # entries kept; the oldest go first


def history_path() -> Path:
    """$XDG_STATE_HOME/factbot/history (~/.local/state/factbot/history by
    default); the platform's equivalent on macOS and Windows."""
    return user_state_path("factbot", appauthor=False) / "history"


class CappedHistory(History):
    """prompt_toolkit history kept in a plain text file of at most `limit`
    lines, created readable by the user alone (the folder too). An entry is
    appended as it is made; at the cap the file is rewritten without its
    oldest lines (keeping what other consoles appended meanwhile) and
    swapped in atomically."""

    def __init__(self, path: Path, limit: int = HISTORY_LIMIT) -> None:
        super().__init__()
        self.path, self.limit = path, limit

    def load_history_strings(self) -> Iterable[str]:
        return reversed(self._read()[-self.limit :])  # prompt_toolkit wants the newest first

    def store_string(self, string: str) -> None:
        entry = " ".join(string.splitlines())  # one line per entry, whatever was pasted
        with contextlib.suppress(OSError):  # a read-only or full disk costs the history, not the console
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Read each time (a thousand short lines), so the count includes other consoles' entries.
            entries = self._read()
            if len(entries) < self.limit:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as file:
                    file.write(entry + "\n")
            else:
                self._rewrite([*entries, entry][-self.limit :])

    def _read(self) -> list[str]:
        """The file's newest entries, oldest first: `limit` of them, and one
        more if there are more; none if it cannot be read."""
        try:
            with self.path.open(encoding="utf-8", errors="replace") as file:
                return list(deque((line.rstrip("\n") for line in file), maxlen=self.limit + 1))
        except OSError:
            return []

    def _rewrite(self, entries: list[str]) -> None:
        fd, name = tempfile.mkstemp(prefix=".history-", dir=self.path.parent)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.writelines(entry + "\n" for entry in entries)
            Path(name).replace(self.path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
