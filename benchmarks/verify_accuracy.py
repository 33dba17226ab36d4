"""Accuracy of `verify` on variants of every quotation in the fact base.

    .venv/bin/python benchmarks/verify_accuracy.py [--seed N] [--rounds N] [--verbose] [--knowledge DIR]

For every quotation the generator makes, with a fixed seed, the kinds of
message people paste: the words verbatim; a fragment; a word changed, a
word dropped, typos; hand-written paraphrases (verify_variants.yaml, written
from the quotations' meaning); the words credited to another person in the
articles; words spliced from two quotations; invented sentences in the same
style (also in verify_variants.yaml). Each is dressed as a chat message
would be: bare, in quotation marks, with "X said", "- X" or "according to
X", naming the real speaker by one of their names unless the kind is a
swapped speaker.

What is right, by kind (nothing is hard-coded per quotation):
- verbatim, fragment, the words the article quotes inside reported speech,
  and a claim across two pieces of one continuous quotation: "Exact quote",
  citing the quotation;
- changed word, dropped word, typos, paraphrase, and the reporter's words
  around reported speech: "Close, not exact", citing the quotation;
- speaker swapped: "Said by someone else", citing the quotation;
- spliced: anything but "Exact quote" ("Close, not exact" citing one of the
  two, or "Not in the articles");
- invented: "Not in the articles".

Two safety counts, both with target 0: invented or altered words (every kind
but verbatim, fragment and swapped; reporter's words included) called
"Exact quote"; and a misattribution passed as right (a swapped speaker
answered "Exact quote" or "Close, not exact", neither of which says that
someone else said it). Exit status 1 when a target is missed.

`--messages FILE` judges a set written by hand instead, from the articles
alone (a YAML list of `message`, `verdict`: exact | close | someone-else |
not-in-articles, and `kind`): right when the verdict is the one expected;
the safety counts as above (a message not expected exact called exact; one
expected "someone else" called exact or close). `--half work` judges its
1st, 3rd, 5th ... entries; `--half held` the 2nd, 4th, ... and prints only
their totals, so that half stays unseen while `verify` is worked on.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.script import run  # noqa: E402
from commands import run_command  # noqa: E402
from commands.verify import Verdict  # noqa: E402
from commands.verify.quotations import pieces_of  # noqa: E402
from knowledge import FactBase  # noqa: E402
from knowledge.analysis import STOPWORDS  # noqa: E402
from knowledge.model import Quote  # noqa: E402
from knowledge.text import normalise  # noqa: E402

VARIANTS = Path(__file__).resolve().parent / "verify_variants.yaml"
TARGET_RIGHT = 0.95
SEED = 15

EXACT, CLOSE = Verdict.EXACT.value, Verdict.CLOSE.value
ELSE, NOT_FOUND = Verdict.SOMEONE_ELSE.value, Verdict.NOT_FOUND.value
KINDS = (
    "verbatim",
    "fragment",
    "quoted in reported speech",
    "across pieces",
    "reporter's words",
    "changed word",
    "dropped word",
    "typos",
    "paraphrase",
    "speaker swapped",
    "spliced",
    "invented",
)
_EXACT_KINDS = {"verbatim", "fragment", "quoted in reported speech", "across pieces"}
_SPEAKING_KINDS = {"person", "spokesperson", "group", "union", "company"}
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# Each letter's neighbour on its QWERTY row: the key a slipping finger hits.
_KEYBOARD = {
    row[i]: row[i + 1] if i + 1 < len(row) else row[i - 1]
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for i in range(len(row))
}


@dataclass(frozen=True, slots=True)
class HandWritten:
    """verify_variants.yaml: paraphrases by quote id, and invented sentences."""

    paraphrases: dict[str, list[str]]
    invented: list[str]


def load_hand_written(path: Path = VARIANTS) -> HandWritten:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    paraphrases = {str(k): [str(p) for p in v] for k, v in (data.get("paraphrases") or {}).items()}
    return HandWritten(paraphrases, [str(s) for s in data.get("invented") or ()])


@dataclass(frozen=True, slots=True)
class Variant:
    kind: str
    message: str  # as sent: `!verify <message>`
    quotes: tuple[str, ...]  # the quotations it comes from (none if invented)
    expect: frozenset[str]  # the verdicts that are right

    @property
    def altered(self) -> bool:
        """Words nobody said in this form: never an exact quote."""
        if self.kind.startswith(_BY_HAND):
            return self.expect.isdisjoint({EXACT, ELSE})
        return self.kind not in _EXACT_KINDS and self.kind != "speaker swapped"

    @property
    def misattributed(self) -> bool:
        if self.kind.startswith(_BY_HAND):
            return self.expect == {ELSE}
        return self.kind == "speaker swapped"


@dataclass(frozen=True, slots=True)
class Outcome:
    variant: Variant
    title: str
    ids: tuple[str, ...]
    seconds: float = 0.0

    @property
    def right(self) -> bool:
        if self.title not in self.variant.expect:
            return False
        if self.title == NOT_FOUND or not self.variant.quotes:
            return True
        return bool(set(self.ids) & set(self.variant.quotes))

    @property
    def altered_called_exact(self) -> bool:
        return self.variant.altered and self.title == EXACT

    @property
    def misattribution_passed(self) -> bool:
        return self.variant.misattributed and self.title in (EXACT, CLOSE)


# -- making variants --------------------------------------------------------------


def _chunks(text: str) -> list[str]:
    return text.split()


def _norm_words(text: str) -> list[str]:
    return normalise(text).split()


def _telling(chunks: Sequence[str]) -> bool:
    return any(w not in STOPWORDS for w in _norm_words(" ".join(chunks)))


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    size = len(needle)
    return size > 0 and any(list(haystack[i : i + size]) == list(needle) for i in range(len(haystack) - size + 1))


class Maker:
    """Variants of one fact base's quotations, from one seeded generator."""

    def __init__(self, fb: FactBase, seed: int, hand: HandWritten) -> None:
        self.fb = fb
        self.rng = random.Random(seed)
        self.hand = hand
        self.quotations = self._quotations()
        self.words = [w for q in self.quotations for w in _norm_words(" ".join(p.text for p in q))]
        # Replacement words: the fact base's own vocabulary, in first-seen order.
        texts = [q.text for q in fb.quotes.values()] + [f.text for f in fb.facts.values()]
        pool = dict.fromkeys(w for t in texts for w in re.findall(r"[A-Za-z]{4,}", t) if w.lower() not in STOPWORDS)
        self.pool = list(pool)

    def _quotations(self) -> list[tuple[Quote, ...]]:
        seen: dict[str, tuple[Quote, ...]] = {}
        for quote in self.fb.quotes.values():
            pieces = pieces_of(self.fb, quote)
            seen.setdefault(pieces[0].id, pieces)
        return list(seen.values())

    def _verbatim_anywhere(self, text: str) -> bool:
        words = _norm_words(text)
        return any(_contains(_norm_words(" ".join(p.text for p in q)), words) for q in self.quotations)

    # -- how a message credits someone

    def names(self, entity_id: str) -> list[str]:
        entity = self.fb.entities[entity_id]
        return [entity.name, *entity.aliases]

    def dress(self, text: str, name: str | None) -> str:
        """The words as someone might paste them, crediting `name` if given."""
        text = text.strip()
        bare = text.rstrip(".,;:")
        if name is None:
            style = self.rng.randrange(3)
            return [text, f"“{text}”", f'"{bare}" who said this?'][style]
        style = self.rng.randrange(8)
        return [
            f'{name} said: "{text}"',
            f"“{text}” - {name}",
            f"According to {name}, {bare}",
            f"{name}: '{bare}'",
            f"{name} said {bare}",
            f"“{text}” — {name}",
            f'did {name} really say "{bare}"?',
            f"{bare} ({name})",
        ][style]

    def credit(self, speaker: str, *, right: bool) -> str | None:
        """The real speaker by one of their names, no one, or (if not `right`) someone else."""
        if right:
            return None if self.rng.random() < 0.3 else self.rng.choice(self.names(speaker))
        # Not the speaker, nor the organisation the speaker speaks for.
        own = self.fb.entities[speaker].organisation
        others = [e.id for e in self.fb.entities.values() if e.kind in _SPEAKING_KINDS and e.id not in (speaker, own)]
        return self.rng.choice(self.names(self.rng.choice(others)))

    # -- word-level changes

    def _fragment(self, chunks: list[str]) -> str | None:
        if len(chunks) < 5:
            return None
        size = self.rng.randint(3, len(chunks) - 1)
        start = self.rng.randint(0, len(chunks) - size)
        piece = " ".join(chunks[start : start + size]).strip(".,;:")
        words = _norm_words(piece)
        return piece if len(words) >= 3 and any(w not in STOPWORDS for w in words) else None

    def _changed(self, chunks: list[str]) -> str | None:
        spots = [
            i
            for i, c in enumerate(chunks)
            if re.fullmatch(r"[A-Za-z]{3,}[.,]?", c) and c.lower().strip(".,") not in STOPWORDS
        ]
        if not spots:
            return None
        spot = self.rng.choice(spots)
        old = chunks[spot].strip(".,")
        new = self.rng.choice([w for w in self.pool if w.lower() != old.lower() and w.lower()[:3] != old.lower()[:3]])
        new = new.capitalize() if old[0].isupper() else new.lower()
        changed = [*chunks[:spot], chunks[spot].replace(old, new), *chunks[spot + 1 :]]
        return " ".join(changed)

    def _dropped(self, chunks: list[str]) -> str | None:
        spots = [i for i in range(1, len(chunks) - 1) if _norm_words(chunks[i])]
        self.rng.shuffle(spots)
        for spot in spots:
            text = " ".join(chunks[:spot] + chunks[spot + 1 :])
            if not self._verbatim_anywhere(text):
                return text
        return None

    def _typo(self, word: str) -> str:
        i = self.rng.randrange(1, len(word) - 1)
        how = self.rng.randrange(4)
        if how == 0:  # two letters swapped
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if how == 1:  # a letter left out
            return word[:i] + word[i + 1 :]
        if how == 2:  # a letter doubled
            return word[:i] + word[i] + word[i:]
        return word[:i] + _KEYBOARD.get(word[i].lower(), word[i]) + word[i + 1 :]  # a neighbouring key

    def _typos(self, chunks: list[str]) -> str | None:
        spots = [i for i, c in enumerate(chunks) if re.fullmatch(r"[A-Za-z]{5,}", c)]
        if not spots:
            return None
        out = list(chunks)
        for spot in self.rng.sample(spots, min(len(spots), self.rng.randint(1, 2))):
            out[spot] = self._typo(out[spot])
        text = " ".join(out)
        return None if self._verbatim_anywhere(text) else text

    # -- the variants

    def of_quotation(self, pieces: tuple[Quote, ...]) -> Iterator[Variant]:
        speaker = pieces[0].speaker
        for quote in pieces:
            yield from self.of_piece(quote, speaker)
        for before, after in pairwise(pieces):
            a, b = _chunks(before.text), _chunks(after.text)
            text = " ".join(a[-min(len(a), 5) :] + b[: min(len(b), 5)])
            yield self.variant("across pieces", text, speaker, (before.id, after.id), EXACT)

    def variant(self, kind: str, text: str, speaker: str, quotes: tuple[str, ...], *expect: str) -> Variant:
        """A variant crediting the real speaker (or no one), dressed as a message."""
        return Variant(kind, self.dress(text, self.credit(speaker, right=True)), quotes, frozenset(expect))

    def of_piece(self, quote: Quote, speaker: str) -> Iterator[Variant]:
        # Reported speech as a reader retells it: without the article's quote
        # marks, which would make the words inside them alone the claim.
        text = _QUOTED.sub(r"\1", quote.text) if quote.reported else quote.text
        chunks = _chunks(text)
        own = (quote.id,)
        if quote.reported:
            yield self.variant("reporter's words", text, speaker, own, CLOSE)
            name = self.fb.entities[speaker].name
            for inner in _QUOTED.findall(quote.text):
                yield Variant("quoted in reported speech", self.dress(inner, name), own, frozenset({EXACT}))
        else:
            yield self.variant("verbatim", text, speaker, own, EXACT)
            if (fragment := self._fragment(chunks)) is not None:
                yield self.variant("fragment", fragment, speaker, own, EXACT)
        swapped = text if quote.reported or self.rng.random() < 0.5 else (self._fragment(chunks) or text)
        yield Variant("speaker swapped", self.dress(swapped, self.credit(speaker, right=False)), own, frozenset({ELSE}))
        for kind, make in (("changed word", self._changed), ("dropped word", self._dropped), ("typos", self._typos)):
            if (altered := make(chunks)) is not None:
                yield self.variant(kind, altered, speaker, own, CLOSE)
        for paraphrase in self.hand.paraphrases.get(quote.id, ()):
            yield self.variant("paraphrase", paraphrase, speaker, own, CLOSE)

    def spliced(self) -> Iterator[Variant]:
        """The start of each quotation joined to the end of another."""
        direct = [q for q in self.quotations if not any(p.reported for p in q)]
        for pieces in direct:
            other = self.rng.choice([q for q in direct if q is not pieces])
            a, b = _chunks(pieces[0].text), _chunks(other[-1].text)
            take_a, take_b = self.rng.randint(3, max(3, len(a) // 2)), self.rng.randint(3, max(3, len(b) // 2))
            text = " ".join(a[:take_a] + b[-take_b:])
            # Each part must say something ("It is all about" is evidence of nothing).
            telling = all(_telling(part) for part in (a[:take_a], b[-take_b:]))
            if not telling or self._verbatim_anywhere(text):
                continue
            ids = (pieces[0].id, other[-1].id)
            yield self.variant("spliced", text, pieces[0].speaker, ids, CLOSE, NOT_FOUND)

    def invented(self) -> Iterator[Variant]:
        speakers = list(self.fb.quotes_of_speaker)
        for sentence in self.hand.invented:
            name = None if self.rng.random() < 0.4 else self.rng.choice(self.names(self.rng.choice(speakers)))
            yield Variant("invented", self.dress(sentence, name), (), frozenset({NOT_FOUND}))

    def all(self, rounds: int) -> list[Variant]:
        out: list[Variant] = []
        for _ in range(rounds):
            for pieces in self.quotations:
                out += self.of_quotation(pieces)
            out += self.spliced()
            out += self.invented()
        return out


def generate(fb: FactBase, seed: int = SEED, rounds: int = 3, hand: HandWritten | None = None) -> list[Variant]:
    """Every variant, the same for the same fact base, seed and rounds."""
    return Maker(fb, seed, load_hand_written() if hand is None else hand).all(rounds)


# -- a set written by hand ----------------------------------------------------------

_BY_HAND = "by hand: "
_VERDICTS = {"exact": EXACT, "close": CLOSE, "someone-else": ELSE, "not-in-articles": NOT_FOUND}


def load_messages(path: Path) -> list[Variant]:
    """A hand-written set: each message with the one verdict that is right."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for entry in entries:
        kind = _BY_HAND + str(entry.get("kind", entry["verdict"]))
        out.append(Variant(kind, str(entry["message"]), (), frozenset({_VERDICTS[entry["verdict"]]})))
    return out


HALVES = ("work", "held")


def half(variants: Sequence[Variant], which: str) -> list[Variant]:
    """Every other entry: the 1st, 3rd, ... ("work") or the 2nd, 4th, ... ("held")."""
    return list(variants[HALVES.index(which) :: 2])


# -- judging ---------------------------------------------------------------------


def evaluate(fb: FactBase, variants: Sequence[Variant]) -> list[Outcome]:
    outcomes = []
    for variant in variants:
        start = time.perf_counter()
        answer = run_command(fb, "verify", variant.message)
        outcomes.append(Outcome(variant, answer.title, answer.ids, time.perf_counter() - start))
    return outcomes


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    right: int
    altered_called_exact: int
    misattributions_passed: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def met(self) -> bool:
        return self.share >= TARGET_RIGHT and self.altered_called_exact == 0 and self.misattributions_passed == 0


def summarise(outcomes: Sequence[Outcome]) -> Summary:
    return Summary(
        total=len(outcomes),
        right=sum(o.right for o in outcomes),
        altered_called_exact=sum(o.altered_called_exact for o in outcomes),
        misattributions_passed=sum(o.misattribution_passed for o in outcomes),
    )


def report(outcomes: Sequence[Outcome], *, verbose: bool = False, totals_only: bool = False) -> Summary:
    summary = summarise(outcomes)
    if totals_only:
        print(f"{'overall':<28}{summary.total:>5}{summary.share:>9.1%}   (target >= {TARGET_RIGHT:.0%})")
        print(f'invented or altered words called "Exact quote": {summary.altered_called_exact} (target 0)')
        print(f"misattributions passed as right: {summary.misattributions_passed} (target 0)")
        return summary
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.variant.kind].append(outcome)
    print(f"{'kind':<28}{'n':>5}{'right':>9}   verdicts given")
    # The generated kinds, then the hand-written ones; a hand-written set shows only its own.
    kinds = [k for k in KINDS if k in by_kind or not any(k.startswith(_BY_HAND) for k in by_kind)]
    for kind in [*kinds, *sorted(k for k in by_kind if k not in KINDS)]:
        group = by_kind.get(kind, [])
        right = sum(o.right for o in group)
        share = f"{right / len(group):.1%}" if group else "-"
        given = ", ".join(f"{t}: {n}" for t, n in sorted(Counter(o.title for o in group).items()))
        print(f"{kind:<28}{len(group):>5}{share:>9}   {given}")
    print(f"{'overall':<28}{summary.total:>5}{summary.share:>9.1%}   (target >= {TARGET_RIGHT:.0%})")
    print(f'invented or altered words called "Exact quote": {summary.altered_called_exact} (target 0)')
    print(f"misattributions passed as right: {summary.misattributions_passed} (target 0)")
    times = sorted(o.seconds * 1000 for o in outcomes)
    if times:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"time per message: median {statistics.median(times):.2f} ms, worst {times[-1]:.1f} ms (load {load})")
    if verbose:
        for outcome in outcomes:
            if not outcome.right:
                v = outcome.variant
                got = f"{outcome.title} {list(outcome.ids)}"
                print(f"  WRONG [{v.kind}] {v.message!r} -> {got} (from {list(v.quotes)})")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rounds", type=int, default=3, help="variants of each kind per quotation")
    parser.add_argument("--knowledge", type=Path, help="fact base folder (default: the shipped one)")
    parser.add_argument("--variants", type=Path, default=VARIANTS, help="hand-written paraphrases and inventions")
    parser.add_argument("--messages", type=Path, help="judge this hand-written set instead of generated variants")
    parser.add_argument(
        "--half", choices=HALVES, help="with --messages: the entries worked on, or the held ones (totals only)"
    )
    parser.add_argument("--verbose", action="store_true", help="list every wrong verdict")
    args = parser.parse_args(argv)
    fb = FactBase.load(args.knowledge)
    if args.messages is not None:
        variants = load_messages(args.messages)
        if args.half is not None:
            variants = half(variants, args.half)
        held = args.half == "held"
        print(f"{len(variants)} hand-written messages from {args.messages} ({args.half or 'all'})\n")
        outcomes = evaluate(fb, variants)
        return 0 if report(outcomes, verbose=args.verbose and not held, totals_only=held).met else 1
    variants = generate(fb, args.seed, args.rounds, load_hand_written(args.variants))
    print(f"{len(variants)} variants of {len(fb.quotes)} quotes (seed {args.seed}, {args.rounds} rounds)\n")
    return 0 if report(evaluate(fb, variants), verbose=args.verbose).met else 1


if __name__ == "__main__":
    run(main)
