"""Where the time goes: cProfile of start-up and of the slowest queries.

    python benchmarks/hotspots.py --scale 100000
    python benchmarks/hotspots.py --scale 10000 --queries 500 --slowest 20 --top 12

Uses the same cached synthetic fact base and the same seeded queries as
run.py. Profiles building the fact base in memory once (or, with --index,
opens its cache), then times every query, takes the
slowest few per command and profiles them again under cProfile (now warm:
a command's first query, which pays for lazily built per-fact-base indexes,
is reported but its one-off build is not re-profiled). Functions
are printed as path:line(function) relative to the repository, by own time
(tottime) and by time including callees (cumtime).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(_ROOT))

from benchmarks.generate import cached  # noqa: E402
from benchmarks.run import COMMAND_OF, LABELS, Query, QueryMaker  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import run_command  # noqa: E402
from knowledge import FactBase  # noqa: E402
from knowledge.build import build  # noqa: E402
from knowledge.loader import read_records  # noqa: E402
from knowledge.model import Records  # noqa: E402
from knowledge.store import Store  # noqa: E402


def _where(key: tuple[str, int, str]) -> str:
    file, line, func = key
    if file == "~":  # a C function
        return func
    path = Path(file)
    for base in (_ROOT, Path(sys.prefix)):
        try:
            path = path.resolve().relative_to(base.resolve())
            break
        except ValueError:
            continue
    return f"{path}:{line}({func})"


def report(profile: cProfile.Profile, title: str, top: int) -> None:
    """The top functions by own time and by cumulative time."""
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in stats.values()) or 1.0
    print(f"\n--- {title}: {total:.3f} s profiled ---")
    for label, column in (("own time (tottime)", 2), ("including callees (cumtime)", 3)):
        print(f"top {top} by {label}:")
        rows = sorted(stats.items(), key=lambda kv: kv[1][column], reverse=True)[:top]
        for key, (_, calls, tottime, cumtime, _) in rows:
            print(f"  {tottime:8.3f} {cumtime:8.3f} {calls:>9}  {_where(key)}")


def profiled(work: Callable[[], object]) -> tuple[cProfile.Profile, float]:
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    work()
    profile.disable()
    return profile, time.perf_counter() - start


def _run_all(fb: FactBase, command: str, queries: list[Query]) -> None:
    for query in queries:
        run_command(fb, command, query.text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cProfile hot spots of load and the slowest queries.")
    parser.add_argument("--scale", type=int, default=10_000, help="quotes (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache-dir", type=Path, default=None, help="where generated fact bases are kept")
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        metavar="DIR",
        help="open the fact base from its cache under DIR (built there if need be) instead of profiling a build",
    )
    parser.add_argument("--queries", type=int, default=1000, help="queries timed to find the slow ones (default 1000)")
    parser.add_argument("--slowest", type=int, default=10, help="slowest queries profiled per command (default 10)")
    parser.add_argument("--top", type=int, default=15, help="functions listed per table (default 15)")
    args = parser.parse_args(argv)

    folder, manifest, _ = cached(args.scale, args.seed, args.cache_dir)
    print(f"fact base: {manifest.summary()} at {folder}")
    records = read_records(folder)
    if args.index is None:
        built: list[tuple[Store, Any]] = []
        profile, seconds = profiled(lambda: built.append(build(records, None)))
        print(f"build (in memory) under cProfile: {seconds:.2f} s")
        report(profile, f"building {args.scale} quotes", args.top)
        fb = FactBase.open(*built.pop())
    else:
        fb = FactBase.load(folder, cache=args.index)
    print(f"opened: {fb.summary()}")

    per_label = max(1, args.queries // len(LABELS))
    queries = QueryMaker(fb, records, args.seed * 1_000_003 + args.scale).all(per_label)
    records = Records()  # the queries are made: let the records go
    for label in LABELS:
        command = COMMAND_OF[label]
        timed: list[tuple[float, Query]] = []
        for query in queries[label]:
            start = time.perf_counter()
            run_command(fb, command, query.text)
            timed.append((time.perf_counter() - start, query))
        first = timed[0][0]
        timed.sort(key=lambda pair: pair[0], reverse=True)
        slow = timed[: args.slowest]
        print(f"\n=== {label}: slowest {len(slow)} of {len(timed)} ===")
        print(f"  first query on the fresh fact base (lazy builds included): {first * 1000:.1f} ms")
        for seconds, query in slow[:5]:
            print(f"  {seconds * 1000:8.1f} ms  {query.kind:6} {query.text!r}")
        profile, _ = profiled(partial(_run_all, fb, command, [q for _, q in slow]))
        report(profile, f"{label}, slowest {len(slow)} queries", args.top)
    return 0


if __name__ == "__main__":
    run(main)
