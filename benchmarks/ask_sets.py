"""Every committed phrase-judged question set in one table, counts only.

    .venv/bin/python benchmarks/ask_sets.py [--mention] [--extra SET.yaml ...]

One row per set, or per half of a set that is split into a worked half and a
held half (`ask_phrases.py --half`), plus the validation total: the held
halves together. Each row is questions (of which unanswerable), right,
percentage right / confident answers to unanswerable questions / answers
mixing the two stories. No question is ever printed, so the held halves can
be counted without being read: a round keeps a change only if that total does
not drop. `--extra` adds a set that is not committed (a round's sealed set,
before it lands), split into halves like the others.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.ask_phrases import Entry, Judged, evaluate, load  # noqa: E402
from benchmarks.question_sets import SetFormatError  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import respond  # noqa: E402
from knowledge import FactBase  # noqa: E402

SETS_DIR = REPO / "tests" / "commands"
# Sets split in halves, newest first: each round's writers' set was sealed whole,
# then its first half became training and its second half stayed held.
SPLIT = ("dev12", "dev11", "dev10", "dev9", "dev9v", "dev7", "dev5", "dev4", "dev2")
# Whole sets, all of them training now.
WHOLE = ("dev8", "blind2", "check", "dev3", "dev")
# The held halves counted as validation (dev9v's is the voice work's own check).
VALIDATION = ("dev2", "dev4", "dev5", "dev7", "dev9", "dev10", "dev11", "dev12")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    questions: int
    unanswerable: int
    right: int
    confident: int
    mixed: int

    def line(self) -> str:
        share = 100 * self.right / self.questions if self.questions else 0.0
        return (
            f"{self.label:32s} {self.questions:4d} ({self.unanswerable:3d})  {self.right:4d}  "
            f"{share:5.1f}% / {self.confident} / {self.mixed}"
        )


def tally(label: str, results: list[Judged]) -> Row:
    unanswerable = [r for r in results if not r.entry.answerable]
    return Row(
        label,
        len(results),
        len(unanswerable),
        sum(r.right for r in results),
        sum(r.answered for r in unanswerable),
        sum(r.mixed for r in results),
    )


def total(label: str, rows: list[Row]) -> Row:
    return Row(
        label,
        sum(r.questions for r in rows),
        sum(r.unanswerable for r in rows),
        sum(r.right for r in rows),
        sum(r.confident for r in rows),
        sum(r.mixed for r in rows),
    )


def measure(fb: FactBase, split: dict[str, Path], whole: dict[str, Path], *, mention: bool = False) -> list[Row]:
    """The rows, in the order given: each split set's held, worked and whole rows, then the whole sets,
    then the validation total."""
    rows: list[Row] = []
    held: dict[str, Row] = {}

    def ask(entries: list[Entry]) -> list[Judged]:
        return evaluate(fb, entries, mention=mention)

    for name, path in split.items():
        held_results, work_results = ask(load(path, "held")), ask(load(path, "work"))
        held[name] = tally(f"{name}, held half", held_results)
        rows += [held[name], tally(f"{name}, worked half", work_results)]
        # The whole set in its own order, as ask_phrases.py measures it (answers don't depend on order).
        rows.append(tally(f"{name}, all", held_results + work_results))
    rows += [tally(name, ask(load(path))) for name, path in whole.items()]
    counted = [held[name] for name in VALIDATION if name in held]
    if counted:
        rows.append(total(f"validation ({len(counted)} held halves)", counted))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mention", action="store_true", help="ask bare, as a mention or DM is read")
    parser.add_argument("--extra", type=Path, action="append", default=[], help="another set, split in halves")
    args = parser.parse_args()
    split = {path.stem.removeprefix("questions_"): path for path in args.extra}
    split |= {name: SETS_DIR / f"questions_{name}.yaml" for name in SPLIT}
    whole = {name: SETS_DIR / f"questions_{name}.yaml" for name in WHOLE}
    fb = FactBase.load()
    respond(fb, "!ask warm up")  # builds the question index once
    try:
        rows = measure(fb, split, whole, mention=args.mention)
    except (OSError, yaml.YAMLError, SetFormatError) as exc:
        print(f"ask_sets: {exc}", file=sys.stderr)
        return 2
    print(f"{'set':32s} questions (unanswerable)  right  % right / confident unanswerable / mixing")
    for row in rows:
        print(row.line())
    return 0


if __name__ == "__main__":
    run(main)
