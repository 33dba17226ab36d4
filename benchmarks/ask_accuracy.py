"""Accuracy of `ask` on the hand-written question set, and its speed.

    .venv/bin/python benchmarks/ask_accuracy.py [--verbose | --summary] [--questions FILE] [--half dev|check]

Each question is asked as `!ask` asks it (commands.run_command). An answer is
right when its top record is one the set accepts, or when the set says
"none" and the bot declines (status NOT_FOUND). A wrong answer given with
confidence (status OK or AMBIGUOUS) is counted apart from a missed one (the
bot declined a question the articles do answer): the first misleads, the
second only fails to help. Exit status 1 when below the targets.

`--half dev` keeps every other question (the 1st, 3rd, ...) and `--half
check` the rest: tune on the first, and look at the second only in
summary (`--summary` prints the figures without naming any question), so
it stays an honest measure of what generalises.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.question_sets import ACCURACY, PHRASES, SetFormatError, p99, read_set  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import Status, run_command  # noqa: E402
from knowledge import FactBase  # noqa: E402

QUESTIONS = REPO / "tests" / "commands" / "questions.yaml"
TARGET_RIGHT = 0.90
TARGET_WRONG = 0.02
NONE = "none"


@dataclass(frozen=True, slots=True)
class Outcome:
    question: str
    accepted: tuple[str, ...]
    got: str  # top record id, or "none" when declined
    seconds: float
    cpu: float = 0.0  # the same, in this thread's CPU time (what other processes on the machine do not add to)

    @property
    def answerable(self) -> bool:
        return self.accepted != (NONE,)

    @property
    def right(self) -> bool:
        return self.got in self.accepted

    @property
    def wrong_confident(self) -> bool:
        return self.got != NONE and not self.right

    @property
    def missed(self) -> bool:
        return self.got == NONE and not self.right


HALVES = ("dev", "check")


def load_questions(
    path: Path = QUESTIONS, holdout: bool | None = None, half: str | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """(question, accepted answers) pairs; "none" alone means it must decline.

    `holdout` picks the held-out questions only (True), the others (False),
    or all of them (None). `half` then keeps every other question of the
    file: "dev" the 1st, 3rd, 5th...; "check" the 2nd, 4th...
    """
    data = read_set(path, ACCURACY, PHRASES)
    if half is not None:
        data = data[HALVES.index(half) :: 2]
    out = []
    for entry in data:
        if holdout is not None and bool(entry.get("holdout")) != holdout:
            continue
        answer = entry["answer"]
        accepted = tuple(str(a) for a in answer) if isinstance(answer, list) else (str(answer),)
        out.append((str(entry["q"]), accepted))
    return out


def ask(fb: FactBase, question: str) -> tuple[str, float, float]:
    """The top record id (or "none", "usage"), and the seconds it took: wall clock and CPU."""
    cpu = time.thread_time()
    start = time.perf_counter()
    answer = run_command(fb, "ask", question)
    seconds = time.perf_counter() - start
    cpu = time.thread_time() - cpu
    if answer.status is Status.NOT_FOUND:
        return NONE, seconds, cpu
    if answer.status is Status.USAGE or not answer.ids:
        return "usage", seconds, cpu
    return answer.ids[0], seconds, cpu


def evaluate(fb: FactBase, questions: list[tuple[str, tuple[str, ...]]]) -> list[Outcome]:
    outcomes = []
    for question, accepted in questions:
        got, seconds, cpu = ask(fb, question)
        outcomes.append(Outcome(question, accepted, got, seconds, cpu))
    return outcomes


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def report(outcomes: list[Outcome], verbose: bool = False, summary: bool = False) -> bool:
    total = len(outcomes)
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    right = sum(o.right for o in outcomes)
    wrong = [o for o in outcomes if o.wrong_confident]
    missed = [o for o in outcomes if o.missed]
    times = sorted(o.seconds for o in outcomes)
    median_ms = 1000 * statistics.median(times) if times else 0.0
    p99_ms = 1000 * p99(times)
    cpus = sorted(o.cpu for o in outcomes)
    cpu_median_ms = 1000 * statistics.median(cpus) if cpus else 0.0
    cpu_p99_ms = 1000 * p99(cpus)
    print(f"ask accuracy on {total} questions ({len(answerable)} answerable, {len(unanswerable)} unanswerable)")
    print(f"  right overall:                  {right:3d}/{total}  {_pct(right, total)}")
    print(
        f"  answerable, top answer right:   {sum(o.right for o in answerable):3d}/{len(answerable)}  "
        f"{_pct(sum(o.right for o in answerable), len(answerable))}"
    )
    print(
        f"  unanswerable, declined:         {sum(o.right for o in unanswerable):3d}/{len(unanswerable)}  "
        f"{_pct(sum(o.right for o in unanswerable), len(unanswerable))}"
    )
    print(f"  wrong but confident:            {len(wrong):3d}/{total}  {_pct(len(wrong), total)}")
    print(f"  declined though answerable:     {len(missed):3d}/{total}  {_pct(len(missed), total)}")
    print(f"  median time per question:       {median_ms:.2f} ms (p99 {p99_ms:.2f} ms)")
    print(f"  the same in CPU time:           {cpu_median_ms:.2f} ms (p99 {cpu_p99_ms:.2f} ms)")
    for label, items in (("Wrong but confident", wrong), ("Declined though answerable", missed)):
        if items and not summary:
            print(f"\n{label}:")
            for o in items:
                print(f"  {o.question!r}: got {o.got}, expected {' | '.join(o.accepted)}")
    if verbose and not summary:
        print("\nEvery question:")
        for o in outcomes:
            mark = "ok " if o.right else ("BAD" if o.wrong_confident else "---")
            print(f"  {mark} {o.question!r} -> {o.got}")
    ok = right >= TARGET_RIGHT * total and len(wrong) <= TARGET_WRONG * total
    targets = f">= {TARGET_RIGHT:.0%} right, <= {TARGET_WRONG:.0%} wrong but confident"
    print(f"\nTargets: {targets}: {'met' if ok else 'NOT met'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="question set (YAML)")
    detail = parser.add_mutually_exclusive_group()
    detail.add_argument("--verbose", action="store_true", help="list every question and its answer")
    detail.add_argument("--summary", action="store_true", help="the figures only, naming no question")
    parser.add_argument("--half", choices=HALVES, help="every other question: dev (1st, 3rd...) or check (2nd, 4th...)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--holdout", action="store_true", help="only the held-out questions")
    which.add_argument("--tuning", action="store_true", help="only the questions tuned against")
    args = parser.parse_args()
    holdout = True if args.holdout else (False if args.tuning else None)
    try:
        questions = load_questions(args.questions, holdout, args.half)
    except (OSError, yaml.YAMLError, SetFormatError) as exc:
        print(f"ask_accuracy: {exc}", file=sys.stderr)
        return 2
    fb = FactBase.load()
    run_command(fb, "ask", "warm up")  # builds the question index once, outside the timings
    return 0 if report(evaluate(fb, questions), args.verbose, args.summary) else 1


if __name__ == "__main__":
    run(main)
