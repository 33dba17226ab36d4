"""Accuracy of free-form answers on a question set judged by phrases, not record ids.

    .venv/bin/python benchmarks/ask_phrases.py QUESTIONS.yaml [--verbose | --summary] [--mention] [--half work|held]

Sets in this form are written from the articles alone, by people who never
saw the fact base, so they cannot name its records. Each entry says whether
the articles answer it and, if they do, what a right answer shows:

    - q: "is cambs part of the east midlands alliance?"
      answerable: true
      any: ["Hertfordshire", "Cambridgeshire and Bedfordshire"]   # at least one must appear
      all: []                                                      # every one must appear
      verdict: no                                                  # yes/no questions: how it must begin
      story: herts                                                 # herts | east-midlands | both | none
      kinds: [cross-story, yes-no]

An answer is judged on what a reader sees first: its title and its lead,
i.e. the text up to a runner-up ("**Also:**"), with its fields. Phrases match
case-, punctuation- and quote-style-blind. `story` is checked against the
articles the answer cites: an answer about one story citing the other
"mixes the stories". Unanswerable questions are right only when declined.

Each question is asked as a message is (commands.respond), prefixed with
`!ask ` unless `--mention` asks it bare, as a mention or DM would.

`--half work` keeps every other question (the 1st, 3rd, ...) and `--half
held` the rest: work on the first, and look at the second only with
`--summary` (figures, no questions named), so it stays a fair measure of
what generalises.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.question_sets import ACCURACY, PHRASES, SetFormatError, p99, read_set  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import Answer, Status, respond  # noqa: E402
from commands.ask.render import RUNNER_UP  # noqa: E402
from knowledge import FactBase  # noqa: E402
from knowledge.text import fold_quotes, normalise  # noqa: E402

# Which seed article each story is, by the seed file the fact base names.
STORIES = {"herts": "000_f04f8596c2049f9e.txt", "east-midlands": "002_2d5b4f871025f139.txt"}
TARGET_RIGHT = 0.90
TARGET_CONFIDENT_UNANSWERABLE = 1
HALVES = ("work", "held")


CRASHED = "crashed"


@dataclass(frozen=True, slots=True)
class Entry:
    q: str
    answerable: bool
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    verdict: str = ""
    story: str = "none"
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Judged:
    entry: Entry
    answered: bool  # the bot gave an answer (not a decline or a usage error)
    right: bool
    mixed: bool  # cites the other story's article
    seconds: float
    title: str
    why: str = ""  # what was wrong
    kinds: tuple[str, ...] = field(default=())
    cpu: float = 0.0  # `seconds` in this thread's CPU time (what other processes on the machine do not add to)


def load(path: Path, half: str | None = None) -> list[Entry]:
    """A question set; with `half`, every other question ("work": the 1st, 3rd...; "held": the 2nd, 4th...)."""
    data = read_set(path, PHRASES, ACCURACY)
    if half is not None:
        data = data[HALVES.index(half) :: 2]
    out = []
    for raw in data:
        verdict = raw.get("verdict")
        out.append(
            Entry(
                q=str(raw["q"]),
                answerable=bool(raw["answerable"]),
                any=tuple(str(p) for p in raw.get("any") or ()),
                all=tuple(str(p) for p in raw.get("all") or ()),
                # YAML reads a bare yes/no as a boolean.
                verdict={True: "yes", False: "no"}.get(verdict, str(verdict or "")).lower(),
                story=str(raw.get("story") or "none"),
                kinds=tuple(str(k) for k in raw.get("kinds") or ()),
            )
        )
    return out


def _plain(text: str) -> str:
    return " ".join(normalise(fold_quotes(text)).split())


def shown_first(answer: Answer) -> str:
    """The title and the lead: what a reader takes as the answer."""
    body = answer.body.split(RUNNER_UP, 1)[0]
    return "\n".join([answer.title, body, *(f"{f.name}\n{f.value}" for f in answer.fields)])


def _stories(fb: FactBase, answer: Answer) -> set[str]:
    by_seed = {seed: story for story, seed in STORIES.items()}
    out = set()
    for citation in answer.citations:
        source = fb.sources.get(citation.source_id)
        if source is not None and source.seed in by_seed:
            out.add(by_seed[source.seed])
    return out


def judge(fb: FactBase, entry: Entry, answer: Answer, seconds: float) -> Judged:
    answered = answer.status in (Status.OK, Status.AMBIGUOUS)
    cited = _stories(fb, answer)
    mixed = entry.story in STORIES and bool(cited - {entry.story})
    if not entry.answerable:
        why = "" if not answered else "answered an unanswerable question"
        return Judged(entry, answered, not answered, mixed, seconds, answer.title, why, entry.kinds)
    if not answered:
        return Judged(entry, False, False, False, seconds, answer.title, "declined", entry.kinds)
    text = _plain(shown_first(answer))
    problems = []
    if entry.any and not any(_plain(p) in text for p in entry.any):
        problems.append("none of " + " | ".join(entry.any))
    missing = [p for p in entry.all if _plain(p) not in text]
    if missing:
        problems.append("missing " + " & ".join(missing))
    if entry.verdict:
        starts = ("no", "not quite") if entry.verdict == "no" else ("yes",)
        if not any(text == s or text.startswith(s + " ") for s in starts):
            problems.append(f"verdict not {entry.verdict}")
    if mixed:
        problems.append("mixes the stories")
    return Judged(entry, True, not problems, mixed, seconds, answer.title, "; ".join(problems), entry.kinds)


def evaluate(fb: FactBase, entries: list[Entry], *, mention: bool = False) -> list[Judged]:
    out = []
    for entry in entries:
        message = entry.q if mention else f"!ask {entry.q}"
        cpu = time.thread_time()
        start = time.perf_counter()
        try:
            answer = respond(fb, message)
        except Exception as exc:  # a crash is a wrong answer to count, not the end of the measurement
            seconds = time.perf_counter() - start
            title = f"crashed ({type(exc).__name__})"
            out.append(Judged(entry, False, False, False, seconds, title, CRASHED, entry.kinds))
            continue
        seconds = time.perf_counter() - start
        cpu = time.thread_time() - cpu
        out.append(replace(judge(fb, entry, answer, seconds), cpu=cpu))
    return out


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def report(results: list[Judged], *, verbose: bool = False, summary: bool = False) -> bool:
    total = len(results)
    answerable = [r for r in results if r.entry.answerable]
    unanswerable = [r for r in results if not r.entry.answerable]
    right = sum(r.right for r in results)
    confident_unanswerable = [r for r in unanswerable if r.answered]
    wrong_answers = [r for r in answerable if r.answered and not r.right]
    crashed = [r for r in results if r.why == CRASHED]
    declined = [r for r in answerable if not r.answered and r.why != CRASHED]
    mixed = [r for r in results if r.mixed]
    times = sorted(r.seconds for r in results)
    print(f"{total} questions ({len(answerable)} answerable, {len(unanswerable)} unanswerable)")
    print(f"  right overall:                        {right:3d}/{total}  {_pct(right, total)}")
    good = sum(r.right for r in answerable)
    print(f"  answerable, answered right:           {good:3d}/{len(answerable)}  {_pct(good, len(answerable))}")
    print(f"  answerable, answered wrongly:         {len(wrong_answers):3d}/{len(answerable)}")
    print(f"  answerable, declined:                 {len(declined):3d}/{len(answerable)}")
    print(f"  unanswerable, answered confidently:   {len(confident_unanswerable):3d}/{len(unanswerable)}")
    print(f"  answers mixing the two stories:       {len(mixed):3d}/{total}")
    if crashed:
        print(f"  crashed (counted wrong):              {len(crashed):3d}/{total}")
    if times:
        median = 1000 * statistics.median(times)
        print(f"  time per question: median {median:.2f} ms, p99 {1000 * p99(times):.2f} ms")
        cpus = sorted(r.cpu for r in results)
        cpu_p99 = p99(cpus)
        print(f"  the same in CPU time: median {1000 * statistics.median(cpus):.2f} ms, p99 {1000 * cpu_p99:.2f} ms")
    kinds: Counter[str] = Counter()
    kinds_right: Counter[str] = Counter()
    for r in results:
        for kind in r.kinds:
            kinds[kind] += 1
            kinds_right[kind] += r.right
    if kinds:
        print("  by kind: " + ", ".join(f"{k} {kinds_right[k]}/{n}" for k, n in sorted(kinds.items())))
    reasons: Counter[str] = Counter()
    for r in results:
        for reason in filter(None, r.why.split("; ")):
            reasons[reason.split(" ", 1)[0] if reason.startswith(("none of", "missing")) else reason] += 1
    if reasons:
        print("  what was wrong: " + ", ".join(f"{k} {n}" for k, n in sorted(reasons.items())))
    if not summary:
        wrong = [r for r in results if not r.right]
        if wrong:
            print("\nNot right:")
            for r in wrong:
                print(f"  {r.entry.q!r}\n      -> {r.title!r}: {r.why}")
        if verbose:
            print("\nEvery question:")
            for r in results:
                print(f"  {'ok ' if r.right else 'BAD'} {r.entry.q!r} -> {r.title!r}")
    ok = (
        right >= TARGET_RIGHT * total
        and len(confident_unanswerable) <= TARGET_CONFIDENT_UNANSWERABLE
        and not mixed
        and not crashed
    )
    print(
        f"\nTargets: >= {TARGET_RIGHT:.0%} right, <= {TARGET_CONFIDENT_UNANSWERABLE} confident answer to an "
        f"unanswerable question, no answer mixing the stories: {'met' if ok else 'NOT met'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path, help="question set (YAML, in the form above)")
    detail = parser.add_mutually_exclusive_group()
    detail.add_argument("--verbose", action="store_true", help="list every question and its answer's title")
    detail.add_argument("--summary", action="store_true", help="the figures only, naming no question")
    parser.add_argument("--mention", action="store_true", help="ask bare, as a mention or DM is read")
    parser.add_argument("--knowledge", type=Path, help="fact-base folder (default: the shipped one)")
    parser.add_argument("--half", choices=HALVES, help="every other question: work (1st, 3rd...) or held (2nd, 4th...)")
    args = parser.parse_args()
    if args.half == "held":
        # The held half stays a fair measure only while its questions go unread.
        args.summary, args.verbose = True, False
    try:
        entries = load(args.questions, args.half)
    except (OSError, yaml.YAMLError, SetFormatError) as exc:
        print(f"ask_phrases: {exc}", file=sys.stderr)
        return 2
    fb = FactBase.load(args.knowledge)
    respond(fb, "!ask warm up")  # builds the question index once, outside the timings
    results = evaluate(fb, entries, mention=args.mention)
    return 0 if report(results, verbose=args.verbose, summary=args.summary) else 1


if __name__ == "__main__":
    run(main)
