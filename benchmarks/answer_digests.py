"""Digests of every answer, to prove a change leaves answers as they were.

    .venv/bin/python benchmarks/answer_digests.py --write BEFORE.json   # on the old code
    .venv/bin/python benchmarks/answer_digests.py --against BEFORE.json # on the new code

Covers every committed question set (each question as `!ask` and bare, as a
mention is read), each command on a spread of names, misspellings and unknown
words on the shipped fact base, and the speed benchmark's own queries for
every command on a generated 1,000-quote fact base. `--extra SET.yaml` adds a
set that is not committed. Prints, per group, IDENTICAL or how many answers
differ: never a question, so a held half can be checked without being read.
Exit code 0 when all are identical (or on `--write`), 1 when any differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.generate import generate  # noqa: E402
from benchmarks.run import COMMAND_OF, QueryMaker  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import Answer, respond, run_command  # noqa: E402
from knowledge import FactBase  # noqa: E402
from knowledge.loader import read_records  # noqa: E402

SETS_DIR = REPO / "tests" / "commands"
PROBE_COMMANDS = ("deal", "quote", "who", "timeline", "sources", "help")
# Exact names, aliases, misspellings, near-misses that are other places, quote words, nothing.
PROBE_WORDS = (
    "",
    "back office",
    "control rooms",
    "destiny",
    "disappointed",
    "east midlands",
    "g4s",
    "hanrahan",
    "herefordshire",
    "hertfordshire",
    "herts",
    "leics",
    "lloyd",
    "loader",
    "northants",
    "notts",
    "olympics",
    "shaw",
    "unison",
    "west midlands",
    "xyzzy",
)
BENCH_QUOTES = 1000
BENCH_PER_KIND = 100

Digests = dict[str, list[str]]


def digest(answer: Answer) -> str:
    return hashlib.sha256(json.dumps(answer.to_dict(), sort_keys=True).encode()).hexdigest()


def set_digests(fb: FactBase, path: Path) -> list[str]:
    questions = [str(entry["q"]) for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return [digest(respond(fb, f"!ask {q}")) for q in questions] + [digest(respond(fb, q)) for q in questions]


def probe_digests(fb: FactBase) -> list[str]:
    return [digest(run_command(fb, command, word)) for command in PROBE_COMMANDS for word in PROBE_WORDS]


def bench_digests(folder: Path) -> list[str]:
    generate(BENCH_QUOTES, folder, seed=7)
    fb = FactBase.load(folder)
    made = QueryMaker(fb, read_records(folder), seed=7).all(BENCH_PER_KIND)
    return [
        digest(run_command(fb, COMMAND_OF[label], query.text))
        for label, queries in sorted(made.items())
        for query in queries
    ]


def collect(extra: list[Path]) -> Digests:
    fb = FactBase.load()
    out: Digests = {}
    for path in [*sorted(SETS_DIR.glob("questions*.yaml")), *extra]:
        out[path.name] = set_digests(fb, path)
    out["command probes"] = probe_digests(fb)
    with tempfile.TemporaryDirectory() as folder:
        out["benchmark queries (1k)"] = bench_digests(Path(folder))
    return out


def compare(now: Digests, before: Digests) -> list[str]:
    """One line per group; the last says whether all are identical."""
    lines, differ = [], 0
    for group, digests in now.items():
        old = before.get(group)
        if old is None or len(old) != len(digests):
            lines.append(f"{group}: not comparable (absent or another length before)")
            differ += 1
            continue
        changed = sum(a != b for a, b in zip(digests, old, strict=True))
        differ += changed
        lines.append(f"{group}: {'IDENTICAL' if not changed else f'{changed} of {len(digests)} differ'}")
    lines.append("ALL IDENTICAL" if not differ else f"{differ} DIFFER")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the digests here")
    mode.add_argument("--against", type=Path, help="compare with digests written before")
    parser.add_argument("--extra", type=Path, action="append", default=[], help="another question set")
    args = parser.parse_args()
    now = collect(args.extra)
    if args.write:
        args.write.write_text(json.dumps(now), encoding="utf-8")
        print(f"wrote {sum(map(len, now.values()))} digests in {len(now)} groups to {args.write}")
        return 0
    lines = compare(now, json.loads(args.against.read_text(encoding="utf-8")))
    print("\n".join(lines))
    return 0 if lines[-1] == "ALL IDENTICAL" else 1


if __name__ == "__main__":
    run(main)
