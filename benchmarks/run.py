"""Speed at scale (issue 5): query latency, start-up, memory and reload stalls.

    python benchmarks/run.py                      # scales 1000, 10000, 100000
    python benchmarks/run.py --scales 1000        # quick: well under a minute
    python benchmarks/run.py --scales 10000 --queries 1000 --seed 1

For each scale a synthetic fact base is generated (benchmarks/generate.py;
cached under the temp dir, keyed by scale, seed and generator version), then:

Queries. A few thousand queries, split evenly over five kinds: `deal`,
`quote` by speaker, `quote` by words from a quote, `who` and `ask`. Name
queries mix exact names, aliases, typos (one or two random edits: substitute,
insert, delete or swap, at any position) and misses (invented names, places
no article covers); word queries take 3-7 consecutive words from a quote or
fact, some with a typo, some made of words the fact base lacks. Each query is
timed through the public entry point, `commands.run_command(fb, name, q)`,
with `time.perf_counter_ns`, garbage collector on, one thread. Each
command's very first query on the freshly loaded fact base is reported on
its own ("first"): it pays for anything the engine builds lazily per fact
base, which start-up does not show; p50/p99 are over the warm run. The
same runs are also timed in thread CPU time (`time.thread_time_ns`): on a
shared machine, wall-clock p99 picks up time slices lost to other
processes, CPU time does not (it still includes garbage collection).

Exhaustive scan. The baseline answers the same query with no index at all:
`rapidfuzz.process.extract` of the normalised query over every choice, with
the engine's scorer (`knowledge.matching.SCORER`, WRatio), its normalisation
(`knowledge.text.normalise`, applied once to the choices, as the engine
does, and per query to the query) and its suggestion floor. For the name
commands the choices are every name and alias of the targets that command
may answer (plus the places no article covers, which the engine also
matches); for `quote` by words they are the quote texts, for `ask` the fact
and quote texts. The scan's timings are paired with the engine's on the same
queries; at large scales only a prefix of the (shuffled) queries is scanned,
within a time budget, and the output says how many.

Speed-up = scan p50 / engine p50 over the paired queries, per command; the
machine line gives the worst command.

Agreement (name commands only: `deal`, `quote` by speaker, `who`; alias and
typo queries only). The engine's top answer is the first target of
`fb.names.resolve(query, allow)` (its hits, or failing those its first
did-you-mean suggestion), where `allow` is exactly the filter the command
passes (`commands.lookup.resolve_names`): places, plus for `who` any entity,
for `deal` a deal or an entity linked to one, for `quote` a target with
quotes (`commands.quote._has_quotes`). The scan's best is the set of allowed
targets whose best choice has the highest WRatio score (ties kept: the scan
has no reason to prefer one; an exact normalised match scores 100 and nothing
else can). They agree when the engine's top target is in that set, or when
both have nothing at or above the suggestion floor. This isolates what an
index may lose (candidate pruning) from what each command then does with a
target. "truth" columns say how often the engine's top target, and the scan's
best set, contain the record the query was made from.

Start-up: `LiveFactBase(folder)` in a fresh process, with no cache (cold:
read, validate, build the index and the store, then open them; a big fact
base is built by `python -m knowledge.cache` and its worker processes, one
per CPU up to 4) and with a valid one (warm), against a bare
`yaml.load(bytes, Loader=yaml.CSafeLoader)` of the same files, page cache
warm; medians of 3 fresh processes (of 1 cold start above 10 MB). Wall time
is what the ratios compare; the cold start's CPU time, in every process it
ran (the serving one, the build and its workers), is shown beside it.
`--startup-only` stops after the start-up table.

Memory and reload are measured in a fresh child process, like a bot that
has just started: RSS (VmRSS) before and after `LiveFactBase(folder)`; then
the worst event-loop lateness of a probe task that sleeps 10 ms at a time,
first idle, then while `await asyncio.to_thread(live.reload)` parses,
indexes and swaps in a new fact base (the old one is freed inside reload, as
in the bot); then tracemalloc around `read_records` (the parsed data) and
around `LiveFactBase(folder)` (everything a served fact base keeps: the
indexes are that total minus the parsed data).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import json
import math
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(_ROOT))

import knowledge  # noqa: E402
from benchmarks.generate import FIRST_NAMES, SURNAMES, cached  # noqa: E402
from benchmarks.script import run  # noqa: E402
from commands import run_command  # noqa: E402
from commands.lookup import is_place  # noqa: E402
from knowledge import PLACE_PREFIX, FactBase, LiveFactBase  # noqa: E402
from knowledge.analysis import terms  # noqa: E402
from knowledge.loader import read_records  # noqa: E402
from knowledge.matching import SCORER, SUGGEST  # noqa: E402
from knowledge.model import Records  # noqa: E402
from knowledge.text import clean, normalise  # noqa: E402

DEFAULT_SCALES = (1000, 10_000, 100_000)
LABELS = ("deal", "quote-speaker", "quote-words", "who", "ask")
NAME_LABELS = ("deal", "quote-speaker", "who")
COMMAND_OF = {"deal": "deal", "quote-speaker": "quote", "quote-words": "quote", "who": "who", "ask": "ask"}
_CSafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PROBE_TICK = 0.010
_SEED_SAMPLE = 60  # queries per command answered under two hash seeds


@dataclass(frozen=True, slots=True)
class Query:
    label: str  # one of LABELS
    kind: str  # exact, alias, typo, miss (names); words, typo, miss (words)
    text: str
    truth: str | None  # the target or record the query was made from


@dataclass
class LabelResult:
    label: str
    planned: int
    engine_ns: list[int] = field(default_factory=list)
    cpu_ns: list[int] = field(default_factory=list)  # the same runs in CPU time: blind to preemption
    engine_by_kind: dict[str, list[int]] = field(default_factory=dict)
    scan_ns: list[int] = field(default_factory=list)
    paired_engine_ns: list[int] = field(default_factory=list)
    agree: dict[str, list[bool]] = field(default_factory=dict)  # kind -> agreed?
    truth_engine: list[bool] = field(default_factory=list)
    truth_scan: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    first_ns: int = 0  # the command's first query on a freshly loaded fact base

    @property
    def speedup(self) -> float:
        if not self.scan_ns or not self.paired_engine_ns:
            return math.nan
        return statistics.median(self.scan_ns) / max(statistics.median(self.paired_engine_ns), 1)


# -- statistics and formatting ---------------------------------------------


def pct(values: Sequence[int] | Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return float(ordered[rank - 1])


def ms(ns: float) -> str:
    if math.isnan(ns):
        return "-"
    value = ns / 1e6
    return f"{value:.3f}" if value < 10 else f"{value:.1f}" if value < 1000 else f"{value:.0f}"


def share(flags: Sequence[bool]) -> str:
    return f"{100 * sum(flags) / len(flags):.1f}% ({len(flags)})" if flags else "-"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    body = [list(headers), *(list(r) for r in rows)]
    widths = [max(len(row[i]) for row in body) for i in range(len(headers))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in body
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def rss_mb() -> float:
    """Resident set size now, from /proc (peak RSS where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- queries ------------------------------------------------------------


def typo(text: str, rng: random.Random, edits: int) -> str:
    """`text` with `edits` random edits to its letters (any position)."""
    chars = list(text)
    for _ in range(edits):
        letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
        if not letters:
            break
        at = rng.choice(letters)
        op = rng.choice(("sub", "ins", "del", "swap"))
        if op == "sub":
            chars[at] = rng.choice(_LETTERS.replace(chars[at].lower(), ""))
        elif op == "ins":
            chars.insert(at, rng.choice(_LETTERS))
        elif op == "del" and len(letters) > 3:
            del chars[at]
        elif at + 1 < len(chars) and chars[at + 1].isalpha() and chars[at + 1] != chars[at]:
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
        else:
            chars[at] = rng.choice(_LETTERS.replace(chars[at].lower(), ""))
    return "".join(chars)


def make_typo(text: str, rng: random.Random) -> str:
    """One or two edits that really change the normalised text."""
    for _ in range(20):
        out = typo(text, rng, rng.choice((1, 1, 2)))
        if normalise(out) != normalise(text):
            return out
    return text + "x"


def _span(rng: random.Random, text: str, low: int = 3, high: int = 7) -> str:
    words = [w.strip(".,;:!?\"'()") for w in text.split()]
    words = [w for w in words if w]
    size = min(len(words), rng.randint(low, high))
    start = rng.randrange(len(words) - size + 1)
    return " ".join(words[start : start + size])


def _word_typo(text: str, rng: random.Random) -> str:
    """A typo inside one of the longer words of a phrase."""
    words = text.split()
    longer = [i for i, w in enumerate(words) if len(w) >= 5] or list(range(len(words)))
    at = rng.choice(longer)
    words[at] = make_typo(words[at], rng)
    return " ".join(words)


class QueryMaker:
    """Seeded queries built from a fact base's own records."""

    def __init__(self, fb: FactBase, records: Records, seed: int) -> None:
        self.fb = fb
        self.records = records
        self.rng = random.Random(seed)
        self.taken = {normalise(n) for e in records.entities for n in (e.name, *e.aliases)}
        self.taken |= {normalise(n) for d in records.deals for n in (d.name, *d.aliases)}
        self.people = [e for e in records.entities if e.kind == "person"]
        self.orgs_with_deals = [e for e in records.entities if e.kind != "person" and fb.deals_of_entity.get(e.id)]
        self.people_with_deals = [e for e in self.people if fb.deals_of_entity.get(e.id)]
        self.speakers = [fb.entities[i] for i in fb.quotes_of_speaker]
        self.uncovered = [p for p in records.vocabulary.places if normalise(p) not in self.taken]
        self.quotes = records.quotes
        self.facts = records.facts

    def _names_of(self, target: str) -> tuple[str, tuple[str, ...]]:
        record = self.fb.entities.get(target) or self.fb.deals[target]
        return record.name, record.aliases

    def _name_query(self, label: str, kind: str, pick: Callable[[], str]) -> Query:
        rng = self.rng
        for _ in range(50):
            target = pick()
            name, aliases = self._names_of(target)
            if kind == "exact":
                return Query(label, kind, name if rng.random() < 0.7 else name.lower(), target)
            if kind == "alias" and aliases:
                return Query(label, kind, rng.choice(aliases), target)
            if kind == "typo":
                base = rng.choice((name, *aliases))
                if len(normalise(base)) >= 4:
                    return Query(label, kind, make_typo(base, rng), target)
        target = pick()
        return Query(label, "exact", self._names_of(target)[0], target)

    def _miss(self, label: str) -> Query:
        rng = self.rng
        if label == "deal" and self.uncovered and rng.random() < 0.5:
            return Query(label, "miss", rng.choice(self.uncovered), None)
        while True:
            if label == "deal":
                text = f"{rng.choice(_MISS_PLACES)}{rng.choice(('ton', 'by', 'wick'))} {rng.choice(_MISS_THINGS)}"
            else:
                text = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
            if normalise(text) not in self.taken:
                return Query(label, "miss", text, None)

    def names(self, label: str, count: int) -> list[Query]:
        rng = self.rng
        if label == "who":
            pool = [e.id for e in self.records.entities]

            def pick() -> str:
                return rng.choice(pool)

        elif label == "deal":
            deals, orgs, people = (
                list(self.fb.deals),
                [e.id for e in self.orgs_with_deals],
                [e.id for e in self.people_with_deals],
            )

            def pick() -> str:
                draw = rng.random()
                if draw < 0.45 or not (orgs or people):
                    return rng.choice(deals)
                return rng.choice(orgs) if draw < 0.85 or not people else rng.choice(people)

        else:
            speakers = [e.id for e in self.speakers]

            def pick() -> str:
                return rng.choice(speakers)

        kinds = _mix(count, (("exact", 0.25), ("alias", 0.25), ("typo", 0.35), ("miss", 0.15)), rng)
        return [self._miss(label) if kind == "miss" else self._name_query(label, kind, pick) for kind in kinds]

    def _absent_words(self, count: int) -> str:
        rng = self.rng
        words: list[str] = []
        while len(words) < count:
            word = "".join(rng.choice(_MISS_SYLLABLES) for _ in range(3))
            stems = terms(word)
            if stems and not self.fb.content.knows(stems[0]):
                words.append(word)
        return " ".join(words)

    def quote_words(self, count: int) -> list[Query]:
        rng = self.rng
        out: list[Query] = []
        for kind in _mix(count, (("words", 0.55), ("typo", 0.30), ("miss", 0.15)), rng):
            if kind == "miss":
                out.append(Query("quote-words", kind, self._absent_words(rng.randint(3, 5)), None))
                continue
            quote = rng.choice(self.quotes)
            text = _span(rng, quote.text)
            out.append(Query("quote-words", kind, _word_typo(text, rng) if kind == "typo" else text, quote.id))
        return out

    def ask(self, count: int) -> list[Query]:
        rng = self.rng
        out: list[Query] = []
        for kind in _mix(count, (("words", 0.70), ("typo", 0.15), ("miss", 0.15)), rng):
            if kind == "miss":
                out.append(Query("ask", kind, f"what about {self._absent_words(rng.randint(2, 4))}?", None))
                continue
            if rng.random() < 0.55:
                quote = rng.choice(self.quotes)
                text, truth = f"who said {_span(rng, quote.text, 4, 7)}?", quote.id
            else:
                fact = rng.choice(self.facts)
                text, truth = f"{rng.choice(_ASK_HEADS)} {_span(rng, fact.text, 4, 7)}?", fact.id
            out.append(Query("ask", kind, _word_typo(text, rng) if kind == "typo" else text, truth))
        return out

    def all(self, per_label: int) -> dict[str, list[Query]]:
        return {
            "deal": self.names("deal", per_label),
            "quote-speaker": self.names("quote-speaker", per_label),
            "quote-words": self.quote_words(per_label),
            "who": self.names("who", per_label),
            "ask": self.ask(per_label),
        }


_MISS_PLACES = ("Quar", "Zel", "Vort", "Pim", "Brix", "Oxl", "Trum", "Yell", "Gorm", "Fitch")
_MISS_THINGS = ("deal", "contract", "custody deal", "control room deal", "outsourcing plan")
_MISS_SYLLABLES = ("zu", "qua", "vix", "plo", "gref", "yom", "thu", "kriv", "obb", "sna")
_ASK_HEADS = ("what happened:", "tell me about", "why", "what did they say about", "is it true that")


def _mix(count: int, shares: Sequence[tuple[str, float]], rng: random.Random) -> list[str]:
    kinds: list[str] = []
    for kind, part in shares:
        kinds += [kind] * round(count * part)
    kinds = (kinds + [shares[0][0]] * count)[:count]
    rng.shuffle(kinds)
    return kinds


# -- the exhaustive scan -------------------------------------------------


class Scan:
    """Answers by scoring every choice: no index, no pruning."""

    def __init__(self, fb: FactBase, records: Records) -> None:
        self.fb = fb
        entries: list[tuple[str, str]] = []
        for entity in records.entities:
            entries += [(entity.name, entity.id), *((a, entity.id) for a in entity.aliases)]
        for deal in records.deals:
            entries += [(deal.name, deal.id), *((a, deal.id) for a in deal.aliases)]
        taken = {normalise(name) for name, _ in entries}
        entries += [(p, PLACE_PREFIX + p) for p in records.vocabulary.places if normalise(p) not in taken]
        seen: set[tuple[str, str]] = set()
        self.entries: list[tuple[str, str]] = []
        for name, target in entries:
            key = (normalise(name), target)
            if key[0] and key not in seen:
                seen.add(key)
                self.entries.append(key)
        self.allowed = {
            "who": set(fb.entities),
            "deal": set(fb.deals) | {e for e in fb.entities if fb.deals_of_entity.get(e)},
            "quote-speaker": _quote_targets(fb, records),
        }
        self.choices: dict[str, tuple[list[str], list[str]]] = {}
        for label, allowed in self.allowed.items():
            pairs = [(n, t) for n, t in self.entries if is_place(t) or t in allowed]
            self.choices[label] = ([n for n, _ in pairs], [t for _, t in pairs])
        self.quote_ids = [q.id for q in records.quotes]
        self.quote_texts = [normalise(q.text) for q in records.quotes]
        self.ask_ids = [f.id for f in records.facts] + self.quote_ids
        self.ask_texts = [normalise(f.text) for f in records.facts] + self.quote_texts
        self.quote_position = {ident: n for n, ident in enumerate(self.quote_ids)}
        self.ask_position = {ident: n for n, ident in enumerate(self.ask_ids)}

    def allow(self, label: str) -> Callable[[str], bool]:
        allowed = self.allowed[label]
        return lambda t: is_place(t) or t in allowed

    def names(self, label: str, query: str) -> set[str]:
        """The allowed targets with the best score (empty below SUGGEST)."""
        norms, targets = self.choices[label]
        norm = normalise(query)
        if not norm:
            return set()
        scored = process.extract(norm, norms, scorer=SCORER, processor=None, score_cutoff=SUGGEST, limit=None)
        if not scored:
            return set()
        top = scored[0][1]
        return {targets[index] for _, score, index in scored if score >= top}

    def texts(self, label: str, query: str) -> tuple[str, float] | None:
        """The best-scoring text's record id and score (None for no words)."""
        ids, texts = (self.quote_ids, self.quote_texts) if label == "quote-words" else (self.ask_ids, self.ask_texts)
        norm = normalise(query)
        best = process.extractOne(norm, texts, scorer=SCORER, processor=None) if norm else None
        return (ids[best[2]], float(best[1])) if best is not None else None

    def text_truth(self, label: str, query: str, best: tuple[str, float] | None, truth: str) -> bool:
        """Whether the record a query came from is (one of) the scan's best."""
        if best is None:
            return False
        if best[0] == truth:
            return True
        if label == "quote-words":
            text = self.quote_texts[self.quote_position[truth]]
        else:
            text = self.ask_texts[self.ask_position[truth]]
        return SCORER(normalise(query), text, processor=None) >= best[1]


def _quote_targets(fb: FactBase, records: Records) -> set[str]:
    """Targets `quote` may answer: commands.quote._has_quotes, precomputed."""
    with_quotes = {q.deal for q in records.quotes if q.deal}
    speakers = set(fb.quotes_of_speaker)
    out = {d for d in fb.deals if d in with_quotes}
    for entity in fb.entities:
        members = fb.members.get(entity, ())
        if entity in speakers or any(m in speakers for m in members) or fb.deals_of_entity.get(entity):
            out.add(entity)
    return out


def engine_top(fb: FactBase, scan: Scan, label: str, query: str) -> str | None:
    resolution = fb.names.resolve(clean(query), scan.allow(label))
    if resolution.hits:
        return resolution.hits[0].target
    return resolution.suggestions[0].target if resolution.suggestions else None


# -- measurements --------------------------------------------------------


def time_engine(fb: FactBase, queries: list[Query], result: LabelResult, budget_s: float) -> None:
    command = COMMAND_OF[result.label]
    # The first query pays for anything built lazily per fact base; it is
    # reported on its own, then a few more warm up before the timed run.
    start = time.perf_counter_ns()
    run_command(fb, command, queries[0].text)
    result.first_ns = time.perf_counter_ns() - start
    for query in queries[1:10]:
        run_command(fb, command, query.text)
    deadline = time.perf_counter() + budget_s
    for query in queries:
        if time.perf_counter() > deadline:
            break
        cpu = time.thread_time_ns()
        start = time.perf_counter_ns()
        try:
            run_command(fb, command, query.text)
        except Exception as exc:  # an engine crash is a finding, not the end of the run
            result.errors.append(f"{query.text!r}: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter_ns() - start
        result.cpu_ns.append(time.thread_time_ns() - cpu)
        result.engine_ns.append(elapsed)
        result.engine_by_kind.setdefault(query.kind, []).append(elapsed)


def time_scan(fb: FactBase, scan: Scan, queries: list[Query], result: LabelResult, budget_s: float) -> None:
    """Scan a prefix of the queries within the budget; pair with the engine."""
    label, command = result.label, COMMAND_OF[result.label]
    deadline = time.perf_counter() + budget_s
    for n, query in enumerate(queries):
        if n >= 10 and time.perf_counter() > deadline:
            break
        start = time.perf_counter_ns()
        if label in NAME_LABELS:
            best = scan.names(label, query.text)
        else:
            found = scan.texts(label, query.text)
        result.scan_ns.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        answer = run_command(fb, command, query.text)
        result.paired_engine_ns.append(time.perf_counter_ns() - start)
        if label in NAME_LABELS:
            top = engine_top(fb, scan, label, query.text)
            if query.kind in ("alias", "typo"):
                agreed = top in best if best else top is None
                result.agree.setdefault(query.kind, []).append(agreed)
            if query.truth is not None:
                result.truth_engine.append(top == query.truth)
                result.truth_scan.append(query.truth in best)
        elif query.truth is not None:
            result.truth_engine.append(query.truth in answer.ids)
            result.truth_scan.append(scan.text_truth(label, query.text, found, query.truth))


# -- start-up, memory and stalls: each in a fresh process ------------------


def child(mode: str, folder: Path, cache: Path, *extra: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run this script in a fresh process in one of its child modes; its last line of output, as JSON."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(folder), str(cache), *extra]
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)  # noqa: S603 - our own script
    if done.returncode != 0:
        raise RuntimeError(f"child {mode} failed ({done.returncode}):\n{done.stderr}")
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


def memory() -> dict[str, float]:
    """This process's memory in MB: resident (RSS), proportional (PSS) and
    private (USS: what it alone holds, the cost of one more process)."""
    out = {"rss": rss_mb(), "pss": math.nan, "uss": math.nan}
    try:
        fields: dict[str, float] = {}
        for line in Path("/proc/self/smaps_rollup").read_text(encoding="ascii").splitlines()[1:]:
            name, value, *_ = line.split()
            fields[name.rstrip(":")] = int(value) / 1024
        out["pss"] = fields["Pss"]
        out["uss"] = fields["Private_Clean"] + fields["Private_Dirty"]
    except (OSError, KeyError, ValueError):
        pass
    return out


def _served_imports() -> None:
    """What a bot imports before its fact base, so that memory before and after load compares like with like."""
    import bot.workers  # noqa: F401, PLC0415
    import commands  # noqa: F401, PLC0415


def child_bare(folder: Path) -> dict[str, Any]:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    data = [path.read_bytes() for path in files]  # read first: the parse alone is timed
    start = time.perf_counter()
    for text in data:
        yaml.load(text, Loader=_CSafeLoader)  # noqa: S506 - the C *safe* loader
    return {"bare_s": time.perf_counter() - start, "files": len(files), "mb": sum(map(len, data)) / 1_048_576}


def child_open(folder: Path, cache: Path, hold: bool) -> dict[str, Any]:
    """Start-up as the bot does it (LiveFactBase: the cache, or a build), with memory before and after."""
    _served_imports()
    gc.collect()
    before = memory()
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    live = LiveFactBase(folder, cache=cache)
    took = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    gc.collect()
    after = memory()
    out = {
        "open_s": took,
        "cpu_s": cpu,
        **{f"{k}_before": v for k, v in before.items()},
        **{f"{k}_after": v for k, v in after.items()},
    }
    out["peak_rss"] = peak_rss_mb()
    if hold:  # keep serving until told to stop, for the second process to share with
        print(json.dumps(out), flush=True)
        sys.stdin.read()
    del live
    return out


def _cpu_seconds() -> float:
    """CPU time (user and system) of this process and of every process it
    has waited for: a build process, and the workers that process waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


def child_sizes(folder: Path) -> dict[str, Any]:
    """The parsed data (what read_records keeps) and what a served fact base keeps, by tracemalloc."""
    tracemalloc.start()
    records = read_records(folder)
    gc.collect()
    data = tracemalloc.get_traced_memory()[0]
    del records
    gc.collect()
    tracemalloc.stop()
    return {"data_mb": data / 1_048_576}


async def _lateness_during(work: Callable[[], Awaitable[Any]] | None, idle_s: float = 0.3) -> tuple[float, float]:
    """(worst lateness ms, duration s) of a 10 ms probe on the event loop while `work` runs (or while idle)."""
    lateness: list[float] = []
    running = True

    async def probe() -> None:
        while running:
            start = time.perf_counter()
            await asyncio.sleep(_PROBE_TICK)
            lateness.append(time.perf_counter() - start - _PROBE_TICK)

    task = asyncio.create_task(probe())
    await asyncio.sleep(0.05)
    start = time.perf_counter()
    if work is None:
        await asyncio.sleep(idle_s)
    else:
        await work()
    duration = time.perf_counter() - start
    await asyncio.sleep(0.03)
    running = False
    await task
    return max(lateness, default=0.0) * 1000, duration


def child_stalls(folder: Path, cache: Path, questions_file: Path) -> dict[str, Any]:
    """The event loop's worst stall: idle; while a burst of slow questions is
    answered by the bot's own workers (bot.workers, as prefix commands,
    mentions and slash commands are); and while `!reload` rebuilds a changed
    fact base (LiveFactBase.reload in a thread, as bot/admin.py runs it)."""
    from bot.workers import Workers  # noqa: PLC0415

    copy = Path(tempfile.mkdtemp(prefix="factbot-stalls-"))
    try:
        for path in folder.iterdir():
            if path.suffix in (".yaml", ".yml"):
                shutil.copy2(path, copy / path.name)
        live = LiveFactBase(copy, cache=cache)
        fb = live.current
        questions = json.loads(questions_file.read_text(encoding="utf-8"))
        for question in questions[:3]:
            run_command(fb, "ask", question)
        idle_ms, _ = asyncio.run(_lateness_during(None))

        async def burst() -> None:
            workers = Workers()
            await asyncio.gather(*(workers.run(partial(run_command, fb, "ask", q), deadline=600) for q in questions))

        burst_ms, burst_s = asyncio.run(_lateness_during(burst))
        # A changed file: the reload reads, validates and builds again, as after an edit.
        first = sorted(copy.glob("*.yaml"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        pauses: list[float] = []
        started: list[float] = []

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                started.append(time.perf_counter())
            elif started:
                pauses.append(time.perf_counter() - started.pop())

        gc.callbacks.append(on_gc)
        reload_ms, reload_s = asyncio.run(_lateness_during(partial(asyncio.to_thread, live.reload)))
        gc.callbacks.remove(on_gc)
        return {
            "idle_stall_ms": idle_ms,
            "burst_stall_ms": burst_ms,
            "burst_s": burst_s,
            "burst_questions": len(questions),
            "reload_stall_ms": reload_ms,
            "reload_s": reload_s,
            "gc_pause_ms": max(pauses, default=0.0) * 1000,
        }
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def child_answers(folder: Path, cache: Path, queries_file: Path) -> dict[str, Any]:
    """Every answer to some queries, as digests: compared across hash seeds."""
    fb = FactBase.load(folder, cache=cache)
    digests = []
    for command, text in json.loads(queries_file.read_text(encoding="utf-8")):
        answer = run_command(fb, command, text).to_dict()
        digests.append(hashlib.sha256(json.dumps(answer, sort_keys=True).encode()).hexdigest()[:16])
    return {"digests": digests}


def run_child_mode(args: argparse.Namespace) -> dict[str, Any]:
    mode, folder, cache, *extra = args.child
    folder, cache = Path(folder), Path(cache)
    if mode == "bare":
        return child_bare(folder)
    if mode == "open":
        return child_open(folder, cache, hold=bool(extra and extra[0] == "hold"))
    if mode == "sizes":
        return child_sizes(folder)
    if mode == "stalls":
        return child_stalls(folder, cache, Path(extra[0]))
    if mode == "answers":
        return child_answers(folder, cache, Path(extra[0]))
    raise SystemExit(f"unknown child mode {mode}")


@dataclass
class Startup:
    files: int
    megabytes: float
    bare_s: float
    cold_s: float
    cold_cpu_s: float  # CPU time of a cold start in all its processes
    warm_s: float
    cold_runs: int
    warm_runs: int

    @property
    def ratio(self) -> float:
        return self.warm_s / self.bare_s

    @property
    def cold_ratio(self) -> float:
        return self.cold_s / self.bare_s


def measure_startup(folder: Path, cache: Path, repeats: int) -> tuple[Startup, dict[str, Any]]:
    """Medians over fresh processes, page cache warm: the bare parse; start-up
    with no cache (a build, as after an edit); with a valid cache. Returns
    the last warm start's memory readings too."""
    size = sum(p.stat().st_size for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    cold_runs = repeats if size < 10 * 1_048_576 else 1
    bare = [child("bare", folder, cache) for _ in range(repeats)]
    colds = []
    for _ in range(cold_runs):
        shutil.rmtree(cache, ignore_errors=True)
        colds.append(child("open", folder, cache))
    warms = [child("open", folder, cache) for _ in range(repeats)]
    startup = Startup(
        files=int(bare[0]["files"]),
        megabytes=float(bare[0]["mb"]),
        bare_s=statistics.median(b["bare_s"] for b in bare),
        cold_s=statistics.median(c["open_s"] for c in colds),
        cold_cpu_s=statistics.median(c["cpu_s"] for c in colds),
        warm_s=statistics.median(w["open_s"] for w in warms),
        cold_runs=cold_runs,
        warm_runs=len(warms),
    )
    return startup, warms[-1]


def second_process(folder: Path, cache: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two processes serving the same fact base: the first holds it while the second loads."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", "open", str(folder), str(cache), "hold"]
    first = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # noqa: S603
    try:
        assert first.stdout is not None and first.stdin is not None
        held = json.loads(first.stdout.readline())
        second = child("open", folder, cache)
    finally:
        if first.stdin is not None:
            first.stdin.close()
        first.wait(timeout=60)
    return held, second


# -- what tantivy alone would answer ------------------------------------------------


class TantivyAlone:
    """The baseline the issue measured: the same records in a plain tantivy
    index (its English stemming analyser), queried with all the words, then
    any of them if none has all ("AND then OR")."""

    def __init__(self, records: Records, folder: Path) -> None:
        import tantivy  # noqa: PLC0415

        self.tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        builder.add_text_field("kind", tokenizer_name="raw")
        builder.add_text_field("text", tokenizer_name="en_stem")
        self.schema = builder.build()
        self.index = tantivy.Index(self.schema, str(folder))
        writer = self.index.writer(heap_size=256_000_000, num_threads=1)
        for kind, table in (("quote", records.quotes), ("fact", records.facts)):
            for record in table:
                writer.add_document(tantivy.Document(id=record.id, kind=kind, text=record.text))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def top(self, query: str, kinds: Sequence[str]) -> str | None:
        tv = self.tantivy
        only = tv.Query.boolean_query([(tv.Occur.Should, tv.Query.term_query(self.schema, "kind", k)) for k in kinds])
        for conjunction in (True, False):
            parsed, _ = self.index.parse_query_lenient(query, ["text"], conjunction_by_default=conjunction)
            hits = self.searcher.search(tv.Query.boolean_query([(tv.Occur.Must, parsed), (tv.Occur.Must, only)]), 1)
            if hits.hits:
                found = self.searcher.doc(hits.hits[0][1]).get_first("id")
                return str(found) if found is not None else None
        return None


@dataclass
class Quality:
    """How often the record a query was made from comes first."""

    ours: dict[str, list[bool]] = field(default_factory=dict)  # label -> per query
    alone: dict[str, list[bool]] = field(default_factory=dict)
    alone_ns: list[int] = field(default_factory=list)


def measure_quality(fb: FactBase, alone: TantivyAlone, queries: dict[str, list[Query]]) -> Quality:
    quality = Quality()
    for label, kinds in (("quote-words", ("quote",)), ("ask", ("quote", "fact"))):
        for query in queries[label]:
            if query.truth is None:
                continue
            answer = run_command(fb, COMMAND_OF[label], query.text)
            quality.ours.setdefault(label, []).append(bool(answer.ids) and answer.ids[0] == query.truth)
            start = time.perf_counter_ns()
            top = alone.top(query.text, kinds)
            quality.alone_ns.append(time.perf_counter_ns() - start)
            quality.alone.setdefault(label, []).append(top == query.truth)
    return quality


# -- one scale -------------------------------------------------------------


@dataclass
class ScaleResult:
    scale: int
    results: dict[str, LabelResult]
    startup: Startup
    memory: dict[str, float]
    stalls: dict[str, float]
    quality: Quality
    seeds_differ: int
    seeds_compared: int

    def cpu_p99(self) -> float:
        return max(pct(r.cpu_ns, 99) for r in self.results.values()) / 1e6

    def first(self, which: dict[str, list[bool]], label: str = "quote-words") -> float:
        flags = which.get(label, [])
        return sum(flags) / len(flags) if flags else math.nan

    def machine_line(self) -> str:
        p99 = max(pct(r.engine_ns, 99) for r in self.results.values()) / 1e6
        speedups = [r.speedup for r in self.results.values() if not math.isnan(r.speedup)]
        flags = [
            f for label in NAME_LABELS for kind in ("alias", "typo") for f in self.results[label].agree.get(kind, [])
        ]
        agreement = sum(flags) / len(flags) if flags else math.nan
        fields = {
            "scale": str(self.scale),
            "p99_ms": f"{p99:.3f}",
            "speedup_vs_scan": f"{min(speedups):.1f}" if speedups else "nan",
            "agreement": f"{agreement:.4f}",
            "startup_ratio": f"{self.startup.ratio:.2f}",
            "rss_mb": f"{self.memory['rss_mb']:.1f}",
            "reload_stall_ms": f"{self.stalls['reload_stall_ms']:.1f}",
            "cpu_p99_ms": f"{self.cpu_p99():.3f}",
            "cold_ratio": f"{self.startup.cold_ratio:.2f}",
            "cold_cpu_s": f"{self.startup.cold_cpu_s:.1f}",
            "second_process_mb": f"{self.memory['second_uss_mb']:.1f}",
            "burst_stall_ms": f"{self.stalls['burst_stall_ms']:.1f}",
            "first_ours": f"{self.first(self.quality.ours):.3f}",
            "first_tantivy": f"{self.first(self.quality.alone):.3f}",
            "ask_first_ours": f"{self.first(self.quality.ours, 'ask'):.3f}",
            "ask_first_tantivy": f"{self.first(self.quality.alone, 'ask'):.3f}",
            "seeds_differ": str(self.seeds_differ),
        }
        if "data_mb" in self.memory:
            fields["data_mb"] = f"{self.memory['data_mb']:.1f}"
        fields["load_s"] = f"{self.startup.warm_s:.3f}"
        fields["first_query_ms"] = f"{max(r.first_ns for r in self.results.values()) / 1e6:.1f}"
        return " ".join(f"{k}={v}" for k, v in fields.items())


def run_scale(scale: int, args: argparse.Namespace) -> ScaleResult | None:
    """Every measurement at one scale (None with --startup-only: start-up alone)."""
    say = _printer()
    start = time.perf_counter()
    folder, manifest, hit = cached(scale, args.seed, args.cache_dir)
    made = "cached" if hit else f"generated in {time.perf_counter() - start:.1f} s"
    say(f"\n=== scale {scale} quotes (load average {_load_average()}) ===")
    say(f"fact base: {manifest.summary()}")
    say(f"folder: {folder} ({made})")
    work = Path(tempfile.mkdtemp(prefix=f"factbot-bench-{scale}-"))
    try:
        if args.startup_only:
            startup, _ = measure_startup(folder, work / "index", args.repeats)
            _print_startup(startup, args.repeats, say)
            return None
        return _run_scale(scale, args, folder, work, say)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_scale(
    scale: int, args: argparse.Namespace, folder: Path, work: Path, say: Callable[[str], None]
) -> ScaleResult:
    cache = work / "index"
    startup, warm = measure_startup(folder, cache, args.repeats)
    _print_startup(startup, args.repeats, say)

    fb = FactBase.load(folder, cache=cache)
    say(f"loaded: {fb.summary()}; {len(fb.names)} name entries, {len(fb.content)} searchable records")
    records = read_records(folder)
    per_label = max(1, args.queries // len(LABELS))
    queries = QueryMaker(fb, records, args.seed * 1_000_003 + scale).all(per_label)
    scan = Scan(fb, records)
    alone = TantivyAlone(records, _fresh(work / "tantivy-alone"))
    del records
    gc.collect()
    gc.freeze()  # what the benchmark itself holds stays out of the timed runs' collections
    results: dict[str, LabelResult] = {}
    for label in LABELS:
        result = LabelResult(label, len(queries[label]))
        gc.collect()
        time_engine(fb, queries[label], result, args.budget)
        time_scan(fb, scan, queries[label], result, args.scan_budget)
        results[label] = result
    _print_latency(results, args, say)
    quality = measure_quality(fb, alone, queries)
    _print_quality(quality, say)

    differ, compared = _across_seeds(folder, cache, queries, work)
    say(f"\nSame answers in processes with PYTHONHASHSEED=1 and =2: {compared - differ} of {compared} queries")

    slowest = sorted(zip(results["ask"].cpu_ns, queries["ask"], strict=False), key=lambda pair: -pair[0])
    burst = [q.text for _, q in slowest[: args.burst]]
    questions_file = work / "burst.json"
    questions_file.write_text(json.dumps(burst), encoding="utf-8")
    stalls = child("stalls", folder, cache, str(questions_file))
    held, second = second_process(folder, cache)
    mem = {
        "rss_mb": warm["rss_after"] - warm["rss_before"],
        "uss_mb": warm["uss_after"] - warm["uss_before"],
        "pss_mb": warm["pss_after"] - warm["pss_before"],
        "peak_rss_mb": float(warm["peak_rss"]),
        "first_uss_mb": held["uss_after"] - held["uss_before"],
        "second_uss_mb": second["uss_after"] - second["uss_before"],
        "second_rss_mb": second["rss_after"] - second["rss_before"],
    }
    if not args.no_sizes:
        mem.update(child("sizes", folder, cache))
    _print_memory(mem, stalls, say)
    say(f"(load average at the end of scale {scale}: {_load_average()}; this machine has {os.cpu_count()} CPUs)")
    result = ScaleResult(scale, results, startup, mem, stalls, quality, differ, compared)
    _print_targets(result, say)
    return result


def _print_startup(startup: Startup, repeats: int, say: Callable[[str], None]) -> None:
    say(
        "\nStart-up to a served fact base (LiveFactBase), fresh processes, page cache warm; "
        f"medians of {startup.warm_runs} warm and {startup.cold_runs} cold starts against {repeats} bare parses"
        f" (load average {_load_average()}; {os.cpu_count()} CPUs)"
    )
    say(
        table(
            (
                "files",
                "MB",
                "bare yaml.load s",
                "cold s (no cache: build)",
                "cold ratio",
                "cold CPU s (all processes)",
                "warm s (cache)",
                "warm ratio",
            ),
            [
                [
                    str(startup.files),
                    f"{startup.megabytes:.1f}",
                    f"{startup.bare_s:.3f}",
                    f"{startup.cold_s:.3f}",
                    f"{startup.cold_ratio:.2f}",
                    f"{startup.cold_cpu_s:.1f}",
                    f"{startup.warm_s:.3f}",
                    f"{startup.ratio:.3f}",
                ]
            ],
        )
    )


def _fresh(folder: Path) -> Path:
    folder.mkdir(parents=True)
    return folder


def _across_seeds(folder: Path, cache: Path, queries: dict[str, list[Query]], work: Path) -> tuple[int, int]:
    """How many of a sample of queries are answered differently under two hash seeds."""
    sample = [(COMMAND_OF[label], q.text) for label, listed in queries.items() for q in listed[:_SEED_SAMPLE]]
    queries_file = work / "seeds.json"
    queries_file.write_text(json.dumps(sample), encoding="utf-8")
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(child("answers", folder, cache, str(queries_file), env=env)["digests"])
    return sum(a != b for a, b in zip(*runs, strict=True)), len(sample)


def _print_latency(results: dict[str, LabelResult], args: argparse.Namespace, say: Callable[[str], None]) -> None:
    rows = []
    for label, r in results.items():
        agree = [*r.agree.get("alias", []), *r.agree.get("typo", [])]
        rows.append(
            [
                label,
                f"{len(r.engine_ns)}/{r.planned}",
                ms(r.first_ns),
                ms(pct(r.engine_ns, 50)),
                ms(pct(r.engine_ns, 99)),
                ms(pct(r.engine_ns, 100)),
                ms(pct(r.cpu_ns, 50)),
                ms(pct(r.cpu_ns, 99)),
                f"{len(r.scan_ns)}",
                ms(pct(r.scan_ns, 50)),
                f"{r.speedup:.1f}x" if not math.isnan(r.speedup) else "-",
                share(r.agree.get("alias", [])),
                share(r.agree.get("typo", [])),
                share(agree),
                share(r.truth_engine),
                share(r.truth_scan),
            ]
        )
    say(
        "\nQuery latency, engine (commands.run_command) vs exhaustive WRatio scan; times in ms; "
        "first = the command's first query after load, then p50/p99/max over the warm run; cpu = the same runs "
        "in thread CPU time (unaffected by other processes taking the CPU); speed-up = scan p50 / engine p50 "
        "on the same queries"
    )
    say(
        table(
            (
                "command",
                "n",
                "first",
                "p50",
                "p99",
                "max",
                "cpu p50",
                "cpu p99",
                "scan n",
                "scan p50",
                "speed-up",
                "agree alias",
                "agree typo",
                "agree both",
                "truth engine",
                "truth scan",
            ),
            rows,
        )
    )
    scanned = [f"{label} {len(r.scan_ns)}/{r.planned}" for label, r in results.items() if len(r.scan_ns) < r.planned]
    if scanned:
        budget = f"{args.scan_budget:g} s"
        say(f"note: scan (and agreement) on a prefix of the shuffled queries, within {budget} per command:")
        say("      " + ", ".join(scanned))
    timed_out = [
        f"{label} {len(r.engine_ns)}/{r.planned}" for label, r in results.items() if len(r.engine_ns) < r.planned
    ]
    if timed_out:
        say(f"note: engine timing stopped at its {args.budget:g} s budget: " + ", ".join(timed_out))
    for label, r in results.items():
        for error in r.errors[:5]:
            say(f"ENGINE ERROR in {label}: {error}")
        if len(r.errors) > 5:
            say(f"... and {len(r.errors) - 5} more errors in {label}")
    kinds = ("exact", "alias", "typo", "miss", "words")
    kind_rows = []
    for label, r in results.items():
        cells = [label]
        for kind in kinds:
            values = r.engine_by_kind.get(kind, [])
            cells.append(f"{ms(pct(values, 50))} / {ms(pct(values, 99))}" if values else "")
        kind_rows.append(cells)
    say("\nEngine latency by query kind, p50 / p99 ms (words = words taken from a quote or fact)")
    say(table(("command", *kinds), kind_rows))


def _print_quality(quality: Quality, say: Callable[[str], None]) -> None:
    rows = []
    for label in quality.ours:
        ours, alone = quality.ours[label], quality.alone.get(label, [])
        rows.append([label, str(len(ours)), share(ours), share(alone)])
    say(
        "\nThe intended record first (the quote or fact the query was made from), over queries that have one: "
        "Factbot against tantivy alone on the same records (en_stem analyser, all words, else any)"
    )
    say(table(("command", "queries", "Factbot", "tantivy alone"), rows))
    if quality.alone_ns:
        say(f"tantivy alone: p50 {ms(pct(quality.alone_ns, 50))} ms, p99 {ms(pct(quality.alone_ns, 99))} ms")


def _print_memory(mem: dict[str, float], stalls: dict[str, Any], say: Callable[[str], None]) -> None:
    say(
        "\nMemory in MB, growth from loading, in fresh processes (RSS = resident; USS = private to the process: "
        "what one more process costs; the on-disk index is shared through the page cache)"
    )
    headers = ["RSS after load", "USS after load", "PSS after load", "peak RSS", "2nd process USS", "2nd process RSS"]
    cells = [
        f"{mem['rss_mb']:.1f}",
        f"{mem['uss_mb']:.1f}",
        f"{mem['pss_mb']:.1f}",
        f"{mem['peak_rss_mb']:.1f}",
        f"{mem['second_uss_mb']:.1f}",
        f"{mem['second_rss_mb']:.1f}",
    ]
    if "data_mb" in mem:
        headers += ["parsed data", "RSS / data"]
        cells += [f"{mem['data_mb']:.1f}", f"{mem['rss_mb'] / mem['data_mb']:.2f}"]
    say(table(headers, [cells]))
    say(
        "\nEvent-loop stalls (worst lateness of a 10 ms probe), in a fresh process: idle; while the bot's workers "
        f"answer the {stalls['burst_questions']} slowest questions at once; while !reload rebuilds an edited fact base"
    )
    say(
        table(
            ("idle ms", "burst ms", "burst s", "reload ms", "reload s", "longest GC pause ms"),
            [
                [
                    f"{stalls['idle_stall_ms']:.1f}",
                    f"{stalls['burst_stall_ms']:.1f}",
                    f"{stalls['burst_s']:.2f}",
                    f"{stalls['reload_stall_ms']:.1f}",
                    f"{stalls['reload_s']:.2f}",
                    f"{stalls['gc_pause_ms']:.1f}",
                ]
            ],
        )
    )


def _print_targets(result: ScaleResult, say: Callable[[str], None]) -> None:
    """The issue's targets, as ratios, each with whether this run met it."""
    startup, mem, stalls = result.startup, result.memory, result.stalls
    worst = max(result.results.values(), key=lambda r: pct(r.cpu_ns, 99))
    rows = [
        ("p99 CPU time, worst command", f"{result.cpu_p99():.2f} ms ({worst.label})", "<= 5 ms", result.cpu_p99() <= 5)
    ]
    for label, what in (("quote-words", "intended quote first, quote by words"), ("ask", "intended record first, ask")):
        ours, alone = result.first(result.quality.ours, label), result.first(result.quality.alone, label)
        rows.append((what, f"{ours:.1%} vs {alone:.1%} tantivy alone", ">= tantivy", ours >= alone))
    rows += [
        ("warm start-up / bare parse", f"{startup.ratio:.3f}", "<= 0.2", startup.ratio <= 0.2),
        ("cold start-up / bare parse", f"{startup.cold_ratio:.2f}", "<= 1.5", startup.cold_ratio <= 1.5),
    ]
    if "data_mb" in mem:
        ratio = mem["rss_mb"] / mem["data_mb"]
        rows.append(("RSS after load / parsed data", f"{ratio:.2f}", "<= 1.0", ratio <= 1.0))
    rows += [
        ("a second process adds (USS)", f"{mem['second_uss_mb']:.1f} MB", "<= 30 MB", mem["second_uss_mb"] <= 30),
        (
            "worst loop stall, reload",
            f"{stalls['reload_stall_ms']:.1f} ms",
            "<= 20 ms",
            stalls["reload_stall_ms"] <= 20,
        ),
        (
            "worst loop stall, slow burst",
            f"{stalls['burst_stall_ms']:.1f} ms",
            "<= 20 ms",
            stalls["burst_stall_ms"] <= 20,
        ),
        (
            "same answers, two hash seeds",
            f"{result.seeds_compared - result.seeds_differ}/{result.seeds_compared}",
            "all",
            result.seeds_differ == 0,
        ),
    ]
    say(f"\nTargets at {result.scale} quotes (load average {_load_average()})")
    say(table(("target", "measured", "wanted", "met"), [[a, b, c, "yes" if d else "NO"] for a, b, c, d in rows]))


def _load_average() -> str:
    """Other work on the machine skews timings: say how busy it was."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _printer() -> Callable[[str], None]:
    def say(text: str) -> None:
        print(text, flush=True)

    return say


def _engine_version() -> str:
    """Where the engine was imported from, its commit, and uncommitted changes."""
    root = Path(knowledge.__file__).resolve().parent.parent

    def git(*args: str) -> str:
        return subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(root), *args],  # noqa: S607 - git from PATH
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    try:
        head = git("rev-parse", "--short", "HEAD").strip()
        changed = [line[3:] for line in git("status", "--porcelain", "--", "knowledge", "commands").splitlines()]
    except (OSError, subprocess.CalledProcessError):
        return f"{root} (not a git checkout)"
    return f"{root} at {head}" + (f" + uncommitted changes in {', '.join(changed)}" if changed else "")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Factbot speed at scale (issue 5).")
    parser.add_argument(
        "--scales",
        default=",".join(map(str, DEFAULT_SCALES)),
        help="comma-separated numbers of quotes (default 1000,10000,100000)",
    )
    parser.add_argument(
        "--queries", type=int, default=3000, help="queries per scale, split over 5 kinds (default 3000)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for generation and queries (default 0)")
    parser.add_argument("--cache-dir", type=Path, default=None, help="where generated fact bases are kept")
    parser.add_argument(
        "--budget", type=float, default=120.0, help="seconds of engine timing per command (default 120)"
    )
    parser.add_argument("--scan-budget", type=float, default=20.0, help="seconds of scanning per command (default 20)")
    parser.add_argument("--no-sizes", action="store_true", help="skip the tracemalloc size estimate")
    parser.add_argument(
        "--burst", type=int, default=40, help="slowest questions answered at once in the stall test (default 40)"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="fresh processes per start-up figure, median taken (default 3)"
    )
    parser.add_argument("--startup-only", action="store_true", help="measure start-up alone (cold and warm)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child is not None:
        print(json.dumps(run_child_mode(args)))
        return 0
    scales = [int(s) for s in str(args.scales).split(",") if s.strip()]
    started = time.perf_counter()
    print(f"Factbot benchmark: engine {_engine_version()}")
    libyaml = "yes" if hasattr(yaml, "CSafeLoader") else "no"
    print(f"Python {sys.version.split()[0]}, libyaml {libyaml}, seed {args.seed}")
    done = [run_scale(scale, args) for scale in scales]
    print(f"\nfinished in {time.perf_counter() - started:.0f} s")
    for result in done:
        if result is not None:
            print(result.machine_line())
    return 0


if __name__ == "__main__":
    run(main)
