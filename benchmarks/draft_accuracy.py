"""Accuracy of `factbot draft` against hand-made fact files.

    .venv/bin/python benchmarks/draft_accuracy.py [--verbose] [--articles DIR]

Each article is drafted with no fact base to reuse (every entity must be
found in the article) and compared with its hand-made fact file as truth:

- quotes: a truth quote is found when a drafted quote has the same text
  (curly quotes folded, spaces single); it is right when the drafted
  speaker is the truth speaker and the kind (direct or reported) agrees;
- people: truth entities of kind person; found when a drafted entity has
  the same name or alias (or the same basis); right when the roles agree
  (case and a leading article aside);
- invented: drafted records whose words are not the article's: a quote, a
  basis, a title or publisher basis not verbatim in it, a time not in its
  basis, a name, alias or role (other than a kind's generic label) using
  words the article does not;
- extra: drafted quotes the truth does not have (a quotation credited where
  the hand-made file credits none), and drafted people it does not have.

The seed articles are ../shared/seeds with the shipped fact files as truth;
--articles adds a folder of ARTICLE.txt|.html with ARTICLE.yaml truth (the
made-up articles in tests/knowledge/draft/articles by default). Targets, on
the seeds: >= 95% of quotes right, >= 90% of people with the right role,
0 invented. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.script import run  # noqa: E402
from knowledge import FactBaseError, default_folder  # noqa: E402
from knowledge.draft import GENERIC_ROLES, Draft, make_draft, read_article, render  # noqa: E402
from knowledge.loader import read_records  # noqa: E402
from knowledge.model import Entity, Records  # noqa: E402
from knowledge.text import fold_quotes, normalise  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"
EXTRA = REPO / "tests" / "knowledge" / "draft" / "articles"
TARGET_QUOTES = 0.95
TARGET_PEOPLE = 0.90
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass
class Score:
    name: str
    quotes: int = 0
    quotes_found: int = 0
    quotes_right: int = 0
    people: int = 0
    people_found: int = 0
    people_right: int = 0
    invented: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    loads: bool = False


def _words(text: str) -> set[str]:
    return set(normalise(text).split())


def _same_role(a: str, b: str) -> bool:
    return normalise(_ARTICLE.sub("", a)) == normalise(_ARTICLE.sub("", b))


def _names(entity_name: str, aliases: tuple[str, ...] | list[str]) -> set[str]:
    return {normalise(n) for n in (entity_name, *aliases)}


def _truth_match(name: str, aliases: list[str], basis: str, truth: list[Entity]) -> Entity | None:
    mine = _names(name, aliases)
    for entity in truth:
        if normalise(entity.name) in mine or normalise(name) in _names(entity.name, entity.aliases):
            return entity
    for entity in truth:
        if mine & _names(entity.name, entity.aliases):
            return entity
    for entity in truth:
        if entity.basis and fold_quotes(entity.basis) == fold_quotes(basis):
            return entity
    return None


def _invented(draft: Draft, article: str) -> list[str]:
    text = fold_quotes(article)
    vocabulary = _words(article)
    bad: list[str] = []

    def verbatim(what: str, words: str | None) -> None:
        if words and fold_quotes(words) not in text:
            bad.append(f"{what}: {words!r} is not in the article")

    def known_words(what: str, words: str) -> None:
        missing = _words(words) - vocabulary
        if missing:
            bad.append(f"{what}: {words!r} uses words not in the article ({', '.join(sorted(missing))})")

    source = draft.source
    verbatim("source title", source.title)
    verbatim("source publisher", source.publisher_basis)
    if source.publisher and source.publisher_basis and source.publisher not in source.publisher_basis:
        bad.append(f"publisher {source.publisher!r} is not in its basis")
    verbatim("source date", source.date_basis)
    for entity in draft.entities:
        verbatim(f"entity {entity.id} basis", entity.basis)
        known_words(f"entity {entity.id} name", entity.name)
        for alias in entity.aliases:
            known_words(f"entity {entity.id} alias", alias)
        if entity.role and entity.role not in GENERIC_ROLES:
            known_words(f"entity {entity.id} role", entity.role)
    for quote in draft.quotes:
        words = f"{quote.said} {quote.text}" if quote.said else quote.text
        verbatim(f"quote {quote.id}", words)
        if quote.said_when and quote.said_when not in (quote.said or ""):
            bad.append(f"quote {quote.id}: when {quote.said_when!r} is not in {quote.said!r}")
        for time in quote.about:
            if time not in quote.text:
                bad.append(f"quote {quote.id}: time {time!r} is not in its text")
    for event in draft.events:
        verbatim(f"event {event.id} basis", event.basis)
        if event.when not in event.basis:
            bad.append(f"event {event.id}: when {event.when!r} is not in its basis")
    for fact in draft.facts:
        verbatim(f"fact {fact.id} basis", fact.basis)
    for sentence in draft.deal.basis:
        verbatim("deal basis", sentence)
    return bad


def _loads(draft: Draft) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "draft.yaml").write_text(render(draft), encoding="utf-8")
        try:
            read_records(Path(folder))
        except FactBaseError as exc:
            print(exc.report(), file=sys.stderr)
            return False
    return True


def score(name: str, article_path: Path, truth: Records, source_id: str) -> Score:
    article = read_article(str(article_path))
    draft = make_draft(article)
    result = Score(name, loads=_loads(draft))
    truth_entities = [e for e in truth.entities if e.source == source_id]
    matched: dict[str, str | None] = {}
    for entity in draft.entities:
        hit = _truth_match(entity.name, entity.aliases, entity.basis, truth_entities)
        matched[entity.id] = hit.id if hit else None
    by_text = {fold_quotes(q.text): q for q in draft.quotes}
    truth_texts = set()
    for quote in (q for q in truth.quotes if q.source == source_id):
        result.quotes += 1
        truth_texts.add(fold_quotes(quote.text))
        got = by_text.get(fold_quotes(quote.text))
        if got is None:
            result.misses.append(f"quote not found: {quote.id} {quote.text[:60]!r}")
            continue
        result.quotes_found += 1
        speaker = matched.get(got.speaker)
        if speaker == quote.speaker and got.kind == quote.kind:
            result.quotes_right += 1
        else:
            drafted_as = f"{got.kind} by {got.speaker} ({speaker})"
            result.misses.append(f"quote {quote.id}: drafted as {drafted_as}; truth {quote.kind} by {quote.speaker}")
    for quote in draft.quotes:
        if fold_quotes(quote.text) not in truth_texts:
            result.extra.append(f"quote {quote.id} ({quote.kind}, {quote.speaker}): {quote.text[:70]!r}")
    drafted = {e.id: e for e in draft.entities}
    for person in (e for e in truth_entities if e.kind == "person"):
        result.people += 1
        mine = [drafted[i] for i, t in matched.items() if t == person.id]
        if not mine:
            result.misses.append(f"person not found: {person.name}")
            continue
        result.people_found += 1
        if any(_same_role(m.role or "", person.role) for m in mine):
            result.people_right += 1
        else:
            result.misses.append(f"person {person.name}: role {mine[0].role!r}, truth {person.role!r}")
    for entity in draft.entities:
        if entity.kind == "person" and matched[entity.id] is None:
            result.extra.append(f"person {entity.name!r} ({entity.role})")
    result.invented = _invented(draft, article.text)
    return result


def seed_cases() -> list[tuple[str, Path, Records, str]]:
    if not SEEDS.is_dir():
        return []
    truth = read_records(default_folder(), "knowledge/data")
    return [(s.seed, SEEDS / s.seed, truth, s.id) for s in truth.sources if s.seed and (SEEDS / s.seed).is_file()]


def extra_cases(folder: Path) -> list[tuple[str, Path, Records, str]]:
    cases = []
    for truth_file in sorted(folder.glob("*.yaml")):
        with tempfile.TemporaryDirectory() as scratch:
            (Path(scratch) / truth_file.name).write_bytes(truth_file.read_bytes())
            truth = read_records(Path(scratch), str(folder))
        source = truth.sources[0]
        assert source.seed, f"{truth_file} names no seed"
        cases.append((source.seed, folder / source.seed, truth, source.id))
    return cases


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def report(title: str, scores: list[Score], verbose: bool) -> tuple[float, float, int]:
    print(f"\n{title}")
    print(f"  {'article':36} {'quotes right':>14} {'found':>7} {'people role':>13} {'invented':>9} {'extra':>6} loads")
    for s in scores:
        print(
            f"  {s.name:36} {s.quotes_right:3d}/{s.quotes:<3d} {_pct(s.quotes_right, s.quotes)} "
            f"{s.quotes_found:3d} {s.people_right:3d}/{s.people:<3d}{_pct(s.people_right, s.people)} "
            f"{len(s.invented):9d} {len(s.extra):6d} {'yes' if s.loads else 'NO'}"
        )
        if verbose:
            for line in (*s.misses, *(f"extra {e}" for e in s.extra), *(f"INVENTED {i}" for i in s.invented)):
                print(f"      {line}")
    quotes = sum(s.quotes for s in scores)
    people = sum(s.people for s in scores)
    q = sum(s.quotes_right for s in scores) / quotes if quotes else 0.0
    p = sum(s.people_right for s in scores) / people if people else 0.0
    invented = sum(len(s.invented) for s in scores)
    extra = sum(len(s.extra) for s in scores)
    print(
        f"  {'all':36} quotes right {_pct(sum(s.quotes_right for s in scores), quotes)}, "
        f"people with the right role {_pct(sum(s.people_right for s in scores), people)}, "
        f"invented {invented}, extra {extra}"
    )
    return q, p, invented


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=EXTRA, help="folder of made-up articles with truth files")
    parser.add_argument("--verbose", action="store_true", help="list every miss, extra and invented record")
    args = parser.parse_args(argv)
    seeds = seed_cases()
    if not seeds:
        print(f"draft_accuracy: the seed articles are not at {SEEDS}", file=sys.stderr)
        return 1
    q, p, invented = report("Seed articles (targets)", [score(*c) for c in seeds], args.verbose)
    extra = extra_cases(args.articles)
    if extra:
        report(f"Made-up articles in {args.articles} (no targets)", [score(*c) for c in extra], args.verbose)
    ok = q >= TARGET_QUOTES and p >= TARGET_PEOPLE and invented == 0
    print(
        f"\nTargets on the seeds: quotes >= {TARGET_QUOTES:.0%} right, people >= {TARGET_PEOPLE:.0%} with the "
        f"right role, 0 invented: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    run(main)
