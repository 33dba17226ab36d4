"""Running a benchmark as a script: its exit code, and quiet when piped to `head`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import NoReturn


def run(main: Callable[[], int]) -> NoReturn:
    """Exit with `main()`'s code. A reader that stops early (`... | head`) is
    not an error worth a traceback: stdout is pointed at devnull so the
    interpreter's last flush stays quiet too."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.exit(code)
