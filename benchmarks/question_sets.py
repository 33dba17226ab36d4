"""Reading a question set for either accuracy benchmark, and saying in one line
when a set is in the other benchmark's format (the usual mistake)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class SetFormatError(ValueError):
    """A question set a benchmark cannot read (most often one in the other benchmark's format)."""


@dataclass(frozen=True, slots=True)
class SetFormat:
    script: str  # the benchmark that reads this format
    key: str  # what every entry of the format gives
    shape: str  # the format in a few words, for the error message
    lacking: str  # how an entry without `key` is described
    command: str  # how to measure a set of this format; {path} is the set


ACCURACY = SetFormat(
    "ask_accuracy.py",
    "answer",
    "each question gives the `answer` record ids",
    "gives no `answer`",
    "benchmarks/ask_accuracy.py --questions {path}",
)
PHRASES = SetFormat(
    "ask_phrases.py",
    "answerable",
    "`answerable`, with `any`/`all` phrases",
    "says nothing of `answerable`",
    "benchmarks/ask_phrases.py {path} --summary",
)


def read_set(path: Path, own: SetFormat, other: SetFormat) -> list[dict[str, Any]]:
    """The entries of a set in `own` format; SetFormatError names what is wrong (and the other
    benchmark's command, when the set is in its format). A missing file or broken YAML raises
    OSError or yaml.YAMLError, which the scripts report alike."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(entry, dict) and "q" in entry for entry in data):
        raise SetFormatError(f"{path}: not a question set: expected a list of entries, each with a `q`")
    stray = next((entry for entry in data if own.key not in entry), None)
    if stray is not None:
        if other.key in stray:
            raise SetFormatError(
                f"{path}: this set is in benchmarks/{other.script}'s format ({other.shape}), not this script's "
                f"({own.shape}). Measure it with: .venv/bin/python {other.command.format(path=path)}"
            )
        raise SetFormatError(f"{path}: the entry for {stray['q']!r} {own.lacking}")
    return data


def p99(values: list[float]) -> float:
    """The 99th percentile of the time per question (0.0 for none), as both accuracy benchmarks report it."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else 0.0
