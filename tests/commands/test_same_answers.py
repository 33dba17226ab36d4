"""The same fact base and query give the same answer in every process, whatever
the hash seed: no set's or dict's order, and no hash, may decide an answer.

The question set (questions.yaml) on the shipped fact base, and the speed
benchmark's own queries (every command: names exact, aliased, misspelt and
unknown; words from quotes; free-form questions) on a generated one, are
answered in two fresh processes with different string hashing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from benchmarks.generate import generate
from benchmarks.run import COMMAND_OF, QueryMaker
from knowledge import FactBase
from knowledge.loader import read_records
from tests.conftest import REPO

QUESTIONS = Path(__file__).resolve().parent / "questions.yaml"

_ANSWER_ALL = """
import hashlib, json, sys
from commands import run_command
from knowledge import FactBase

out = []
for folder, queries in json.loads(open(sys.argv[1], encoding="utf-8").read()):
    fb = FactBase.load(folder)
    for command, text in queries:
        answer = json.dumps(run_command(fb, command, text).to_dict(), sort_keys=True)
        out.append([command, text, hashlib.sha256(answer.encode()).hexdigest()])
print(json.dumps(out))
"""


def test_every_answer_is_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    generate(1000, generated, seed=7)
    fb = FactBase.load(generated)
    made = QueryMaker(fb, read_records(generated), seed=7).all(60)
    benchmark = [(COMMAND_OF[label], q.text) for label, queries in made.items() for q in queries]
    questions = [("ask", str(entry["q"])) for entry in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))]
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps([[None, questions], [str(generated), benchmark]]), encoding="utf-8")

    runs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _ANSWER_ALL, str(plan)],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) == len(questions) + len(benchmark) == 247 + 300
    differ = [(command, text) for (command, text, a), (_, _, b) in zip(*runs, strict=True) if a != b]
    assert not differ, f"{len(differ)} answers depend on the hash seed, e.g. {differ[:5]}"
    # And this process, with its own seed, agrees with both.
    here = [hashlib.sha256(json.dumps(_answer(fb, c, t), sort_keys=True).encode()).hexdigest() for c, t in benchmark]
    assert here == [digest for _, _, digest in runs[0][len(questions) :]]


def _answer(fb: FactBase, command: str, text: str) -> dict[str, object]:
    from commands import run_command

    return run_command(fb, command, text).to_dict()
