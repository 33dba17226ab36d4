"""`factbot check --articles DIR`: a fact base checked against its articles.

Each source names its article (`seed:`), a text file in DIR. Every record is
checked against the article of its source, and every problem is reported as
`file:line: what`, quoting the article's words:

- a direct quote is verbatim, inside quotation marks, and a whole quotation
  or whole sentences of one; a reported quote is the article's wording
  (`said` then `text`), outside quotation marks but for any words the
  article quotes inside it;
- the speaker (a name, alias, role or `basis`, word for word) is named
  outside the quotation marks of the quote's sentence or the one before, or
  the quote `continues` one that is, and a
  piece that continues another is in the same quotation, after it; a direct
  quote that starts inside a quotation another quote starts must continue it;
- every `basis` is in the article; every stated time (a quote's `said_when`
  and `about_times`, an event's `when`, a fact's `about_times`, and any time
  written in a fact's or event's text) is in the words it rests on;
- a fact or event keeps the hedges of its basis ("at this early stage",
  "could", ...), and one resting on words the article quotes says who said them;
- a fact, quote or event tied to a deal comes from the article that deal
  comes from;
- an entity's role words stand in the sentence that names it or the one
  either side; names of entities and deals, and a deal's status, are the
  article's words; a source's title, publisher and date are in its text;
- no place listed as one no article covers (vocabulary `places`) is named in
  any article, and every article in DIR is the seed of some source.

What it cannot prove (a paraphrase that means what the article means, a
`reason` that really is one, a role that is the right reading, nothing left
out) is for a human review; the README lists it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from knowledge.analysis import MONTH, stem, terms
from knowledge.articles import OUTSIDE, Article
from knowledge.loader import MAX_FILE_BYTES
from knowledge.model import Deal, Entity, Event, Fact, Origin, Quote, Records, Source
from knowledge.problems import Problem
from knowledge.text import fold_quotes, normalise

ARTICLE_SUFFIX = ".txt"
_MONTHS = MONTH
# Times as articles write them; "May" and "March" count only beside a day.
_TIME = re.compile(
    r"\b(?:(?:early|late|mid|last|next|this)\s+(?:next\s+)?(?:night|week|month|year|spring|summer|autumn|winter)"
    r"|yesterday|today|tonight|tomorrow"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?"
    rf"|(?:{_MONTHS.replace('may|', '').replace('march|', '')})(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^)]*\)")
# Words that keep a statement as weak as the article made it: a fact resting
# on words with one of these must keep it.
HEDGES = (
    "at this early stage",
    "could",
    "may",
    "might",
    "looking to",
    "not rule out",
    "believe",
    "prefer",
    "hope",
    "expect",
    "likely",
    "possibly",
    "perhaps",
)
# Stems that credit words to someone ("Lloyd said", "in a joint statement").
_REPORTING = frozenset(
    terms("say said says told confirmed announced statement believes thanked described added claimed insisted warned")
)
_SHOWN = 160  # characters of article text quoted in a message


def time_phrases(text: str) -> list[str]:
    """The times a text states ("last night", "3 November", "2020"), as written."""
    return [m.group() for m in _TIME.finditer(text)]


def read_articles(folder: Path, records: Records) -> tuple[dict[str, Article], list[Problem]]:
    """The article of every source that names one, by source id."""
    articles: dict[str, Article] = {}
    problems: list[Problem] = []
    for source in records.sources:
        if not source.seed:
            problems.append(_problem(source.origin, f"source '{source.id}' names no article (seed:) to check against"))
            continue
        if Path(source.seed).name != source.seed:
            problems.append(_problem(source.origin, f"source '{source.id}': seed must be a file name, not a path"))
            continue
        path = folder / source.seed
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                problems.append(_problem(source.origin, f"source '{source.id}': {path} is too big to be an article"))
                continue
            articles[source.id] = Article(source.seed, path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(
                _problem(source.origin, f"source '{source.id}': its article {source.seed} is not in {folder}")
            )
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(_problem(source.origin, f"source '{source.id}': cannot read {path}: {exc}"))
    seeds = {s.seed for s in records.sources}
    try:
        unnamed = sorted(p for p in folder.iterdir() if p.suffix == ARTICLE_SUFFIX and p.name not in seeds)
    except OSError as exc:
        return articles, [*problems, Problem(str(folder), 0, f"cannot list the folder: {exc.strerror}")]
    problems += [Problem(str(p), 1, "no source in the fact base names this article (seed:)") for p in unnamed]
    return articles, problems


def check_against_articles(records: Records, folder: Path) -> list[Problem]:
    """Every way the records stray from their articles' text, in file and line order."""
    if not folder.is_dir():
        return [Problem(str(folder), 0, "no such folder of articles")]
    articles, problems = read_articles(folder, records)
    checker = _Checker(records, articles)
    problems += checker.run()
    return sorted(problems, key=lambda p: (p.file, p.line))


def _problem(origin: Origin, message: str) -> Problem:
    return Problem(origin.file, origin.line, message)


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= _SHOWN else text[: _SHOWN - 1].rstrip() + '…'}”"


def _within(needle: str, haystack: str) -> bool:
    """Whether words stand in a text as whole words, whatever their case and punctuation."""
    key = normalise(needle)
    return bool(key) and f" {key} " in f" {normalise(haystack)} "


class _Checker:
    def __init__(self, records: Records, articles: dict[str, Article]) -> None:
        self.records = records
        self.articles = articles
        self.entities = {e.id: e for e in records.entities}
        self.deals = {d.id: d for d in records.deals}
        self.quotes = {q.id: q for q in records.quotes}
        self.found: dict[str, int] = {}  # quote -> where its words start in the article
        self.opening: dict[tuple[str, int], str] = {}  # (source, where) -> the quote found there
        self.attributed: dict[str, bool] = {}

    def run(self) -> list[Problem]:
        problems: list[Problem] = []
        for source in self.records.sources:
            problems += self._source(source)
        for entity in self.records.entities:
            problems += self._entity(entity)
        for deal in self.records.deals:
            problems += self._deal(deal)
        for fact in self.records.facts:
            problems += self._stated(fact, "fact")
        for event in self.records.events:
            problems += self._stated(event, "event")
        # Quotes in two passes: first where each stands in its article, then
        # what depends on the others (pieces, attribution through them).
        for quote in self.records.quotes:
            problems += self._quote_words(quote)
        for quote in self.records.quotes:
            if quote.id in self.found:
                self.opening.setdefault((quote.source, self.found[quote.id]), quote.id)
        for quote in self.records.quotes:
            problems += self._quote_context(quote)
        problems += self._places()
        return problems

    def _article(self, record: Source | Entity | Deal | Fact | Quote | Event) -> Article | None:
        return self.articles.get(record.id if isinstance(record, Source) else record.source)

    # --- sources, entities, deals ---------------------------------------------

    def _source(self, source: Source) -> Iterator[Problem]:
        article = self._article(source)
        if article is None:
            return
        where = article.name
        if source.title and not article.has(source.title):
            yield _problem(source.origin, f"title {_shown(source.title)} is not in {where}")
        if source.date and not article.has(source.date):
            yield _problem(source.origin, f"date {_shown(source.date)} is not in {where}")
        if source.publisher:
            if not source.publisher_basis:
                yield _problem(source.origin, "publisher has no publisher_basis: the article's words that show it")
            elif not article.has(source.publisher_basis):
                yield _problem(source.origin, f"publisher_basis {_shown(source.publisher_basis)} is not in {where}")
            elif not _within(source.publisher, source.publisher_basis):
                yield _problem(
                    source.origin,
                    f"publisher {_shown(source.publisher)} is not in its basis {_shown(source.publisher_basis)}",
                )

    def _entity(self, entity: Entity) -> Iterator[Problem]:
        article = self._article(entity)
        if article is None:
            return
        yield from self._basis(entity, "entity", article)
        yield from self._words_in(entity, "entity", "name", entity.name, article)
        # Where the article names it: its basis, its name, or an alias.
        places: set[int] = set()
        for found in article.find(entity.basis or ""):
            places.add(article.sentence_at(found))
        for name in (entity.name, *entity.aliases):
            places.update(article.sentences_naming(name))
        if not places:
            yield _problem(
                entity.origin,
                f"entity '{entity.id}' is not named in {article.name}: none of its name, aliases or basis is there",
            )
            return
        role = _BRACKETS.sub(" ", entity.role)  # a note in brackets is ours
        wanted = set(terms(role))
        best: set[str] | None = None
        for at in sorted(places):
            near = article.sentence_terms(at - 1) | article.sentence_terms(at) | article.sentence_terms(at + 1)
            missing = wanted - near
            if not missing:
                return
            if best is None or len(missing) < len(best):
                best = missing
        first = min(places)
        missing_words = [w for w in normalise(role).split() if terms(w) and terms(w)[0] in (best or ())]
        yield _problem(
            entity.origin,
            f"role of entity '{entity.id}' {_shown(entity.role)}: "
            f"{', '.join(_shown(w) for w in missing_words)} {'is' if len(missing_words) == 1 else 'are'} "
            f"not next to its name in {article.name}: "
            f"{_shown(article.sentence_text(first))}",
        )

    def _deal(self, deal: Deal) -> Iterator[Problem]:
        article = self._article(deal)
        if article is None:
            return
        yield from self._words_in(deal, "deal", "name", deal.name, article)
        yield from self._words_in(deal, "deal", "status", deal.status, article)

    def _words_in(
        self, record: Entity | Deal, what: str, field: str, words: str, article: Article
    ) -> Iterator[Problem]:
        missing = [w for w in normalise(words).split() if terms(w) and terms(w)[0] not in article.terms]
        if missing:
            yield _problem(
                record.origin,
                f"{field} of {what} '{record.id}' {_shown(words)}: {', '.join(map(_shown, missing))} "
                f"{'is' if len(missing) == 1 else 'are'} not in {article.name}",
            )

    # --- facts and events -----------------------------------------------------

    def _basis(self, record: Entity | Fact | Event, what: str, article: Article) -> Iterator[Problem]:
        if not record.basis:
            yield _problem(record.origin, f"{what} '{record.id}' has no basis: the article's words it rests on")
        elif not article.has(record.basis):
            near = article.nearest(record.basis)
            hint = f"; nearest there: {_shown(near)}" if near else ""
            yield _problem(
                record.origin,
                f"basis of {what} '{record.id}' {_shown(record.basis)} is not in {article.name}{hint}",
            )

    def _stated(self, record: Fact | Event, what: str) -> Iterator[Problem]:
        article = self._article(record)
        if article is None:
            return
        yield from self._deal_source(record, what)
        yield from self._basis(record, what, article)
        if not record.basis or not article.has(record.basis):
            return
        basis = record.basis
        times = [(f"'{'when' if isinstance(record, Event) else 'about_times'}'", t) for t in _own_times(record)]
        times += [("its text", t) for t in time_phrases(record.text)]
        for field, time in times:
            if not _within(time, basis):
                yield _problem(
                    record.origin,
                    f"{what} '{record.id}': time {_shown(time)} in {field} is not in its basis {_shown(basis)}",
                )
        dropped = [h for h in HEDGES if _has_words(basis, h) and not _has_words(record.text, h)]
        if dropped:
            yield _problem(
                record.origin,
                f"{what} '{record.id}' is stronger than its basis: it drops {', '.join(map(_shown, dropped))} "
                f"of {_shown(basis)}",
            )
        spoken = [at for at in article.find(basis) if _quoted_as_one(article, at, len(fold_quotes(basis)))]
        if spoken and not set(terms(record.text)) & _REPORTING:
            yield _problem(
                record.origin,
                f"{what} '{record.id}' states as fact what the article quotes someone as saying: "
                f'credit them ("... said ..."): {_shown(article.sentence_text(article.sentence_at(spoken[0])))}',
            )

    def _deal_source(self, record: Fact | Quote | Event, what: str) -> Iterator[Problem]:
        deal = self.deals.get(record.deal) if record.deal else None
        if deal is not None and deal.source != record.source:
            yield _problem(
                record.origin,
                f"{what} '{record.id}' is tied to deal '{deal.id}', which comes from "
                f"{self._seed(deal.source)}, but it rests on {self._seed(record.source)}",
            )

    def _seed(self, source_id: str) -> str:
        article = self.articles.get(source_id)
        return article.name if article else f"source '{source_id}'"

    # --- quotes ---------------------------------------------------------------

    def _quote_words(self, quote: Quote) -> Iterator[Problem]:
        article = self._article(quote)
        if article is None:
            return
        yield from self._deal_source(quote, "quote")
        yield from self._reported(quote, article) if quote.reported else self._direct(quote, article)

    def _quote_context(self, quote: Quote) -> Iterator[Problem]:
        article = self._article(quote)
        if article is None or quote.id not in self.found:
            return  # its words are not the article's: that is its problem
        for time in quote.about_times:
            if not _within(time, quote.text):
                yield _problem(
                    quote.origin, f"quote '{quote.id}': time {_shown(time)} in 'about_times' is not in its words"
                )
        at = self.found[quote.id]
        sentence = article.sentence_text(article.sentence_at(at))
        if quote.said_when and not _within(quote.said_when, _outside_quotes(article, article.sentence_at(at))):
            yield _problem(
                quote.origin,
                f"quote '{quote.id}': said_when {_shown(quote.said_when)} is not in its sentence "
                f"(outside the quotation): {_shown(sentence)}",
            )
        yield from self._continues(quote, article)
        if not self._is_attributed(quote, article):
            speaker = self.entities[quote.speaker]
            before = article.sentence_at(at) - 1
            shown = ([_shown(article.sentence_text(before))] if before >= 0 else []) + [_shown(sentence)]
            yield _problem(
                quote.origin,
                f"quote '{quote.id}' is credited to {speaker.name}, but neither its sentence nor the one before "
                f"names them: {' '.join(shown)}",
            )

    def _direct(self, quote: Quote, article: Article) -> Iterator[Problem]:
        words = fold_quotes(quote.text)
        found = article.find(words)
        if not found:
            yield self._not_found(quote, words, article)
            return
        inside = [at for at in found if _quoted_as_one(article, at, len(words))]
        if not inside:
            sentence = article.sentence_text(article.sentence_at(found[0]))
            yield _problem(
                quote.origin,
                f"quote '{quote.id}' is marked direct, but the article has its words outside quotation marks "
                f"(reported speech?): {_shown(sentence)}",
            )
            return
        whole = [at for at in inside if article.starts_unit(at) and article.ends_unit(at + len(words))]
        if not whole:
            at = inside[0]
            quotation = article.quotations[article.quotation[at]]
            yield _problem(
                quote.origin,
                f"quote '{quote.id}' is cut mid-sentence: a direct quote is a whole quotation or whole sentences "
                f"of one; the article has {_shown(article.text[quotation.start : quotation.end])}",
            )
            return
        self.found[quote.id] = whole[0]

    def _reported(self, quote: Quote, article: Article) -> Iterator[Problem]:
        said = fold_quotes(quote.said) + " " if quote.said else ""
        words = fold_quotes(quote.text)
        found = article.find(said + words)
        if found:
            own = _own_quotation(words)
            for at in found:
                start = at + len(said)
                if all(article.quotation[at + i] == OUTSIDE for i in range(len(said))) and all(
                    (article.quotation[start + i] != OUTSIDE) == own[i] for i, ch in enumerate(words) if ch.isalnum()
                ):
                    self.found[quote.id] = at
                    return
            message = "is marked reported, but the article quotes words of it that it does not put in quotation marks"
            yield self._at_sentence(quote, message, article, found[0])
            return
        alone = article.find(words)
        inside = [at for at in alone if _quoted_as_one(article, at, len(words))]
        if inside:
            message = "is marked reported, but the article has its words inside quotation marks (direct speech?)"
            yield self._at_sentence(quote, message, article, inside[0])
        elif said and alone:
            message = f"is not right after its reporting words {_shown(quote.said or '')} in the article"
            yield self._at_sentence(quote, message, article, alone[0])
        else:
            yield self._not_found(quote, said + words, article)

    def _at_sentence(self, quote: Quote, message: str, article: Article, at: int) -> Problem:
        return _problem(
            quote.origin, f"quote '{quote.id}' {message}: {_shown(article.sentence_text(article.sentence_at(at)))}"
        )

    def _not_found(self, quote: Quote, words: str, article: Article) -> Problem:
        near = article.nearest(words)
        hint = f"; nearest there: {_shown(near)}" if near else ""
        return _problem(quote.origin, f"quote '{quote.id}' is not word for word in {article.name}{hint}")

    def _continues(self, quote: Quote, article: Article) -> Iterator[Problem]:
        at = self.found[quote.id]
        number = article.quotation[at]
        earlier = self.quotes.get(quote.continues) if quote.continues else None
        if earlier is not None:
            before = self.found.get(earlier.id)
            if before is None:
                return  # its own problem is reported at it
            if number == OUTSIDE or article.quotation[before] != number or before >= at:
                yield _problem(
                    quote.origin,
                    f"quote '{quote.id}' continues '{earlier.id}', but the article does not run on from it "
                    f"in one quotation: {_shown(article.sentence_text(article.sentence_at(at)))}",
                )
            return
        if quote.reported or number == OUTSIDE or article.quotations[number].start == at:
            return
        other = self.opening.get((quote.source, article.quotations[number].start))
        if other is not None and other != quote.id:
            yield _problem(
                quote.origin,
                f"quote '{quote.id}' is part of the quotation that '{other}' starts: "
                f"record it as one piece after another with 'continues:'",
            )

    def _is_attributed(self, quote: Quote, article: Article) -> bool:
        if quote.id in self.attributed:
            return self.attributed[quote.id]
        self.attributed[quote.id] = False  # a loop of `continues` attributes nothing
        earlier = self.quotes.get(quote.continues) if quote.continues else None
        if earlier is not None and earlier.id in self.found:
            result = self._is_attributed(earlier, article)
        else:
            # Named in the article's own words around the quotation, not inside it.
            speaker = self.entities[quote.speaker]
            names = [speaker.name, *speaker.aliases, _BRACKETS.sub(" ", speaker.role), speaker.basis or ""]
            at = article.sentence_at(self.found[quote.id])
            near = [_outside_quotes(article, i) for i in (at, at - 1) if i >= 0]
            result = any(_within(name, text) for name in names for text in near)
        self.attributed[quote.id] = result
        return result

    # --- vocabulary -----------------------------------------------------------

    def _places(self) -> Iterator[Problem]:
        vocabulary = self.records.vocabulary
        for place, origin in zip(vocabulary.places, vocabulary.place_origins, strict=True):
            for article in self.articles.values():
                named = article.sentences_naming(place)
                if named:
                    yield _problem(
                        origin,
                        f"place '{place}' is listed as one no article covers, but {article.name} names it: "
                        f"{_shown(article.sentence_text(named[0]))}",
                    )
                    break


def _has_words(text: str, phrase: str) -> bool:
    """Whether a phrase stands in a text as whole words, endings aside ("believe" in "believes")."""
    words = [stem(w) for w in normalise(text).split()]
    wanted = [stem(w) for w in normalise(phrase).split()]
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _own_times(record: Fact | Event) -> tuple[str, ...]:
    if isinstance(record, Event):
        return (record.when,) if record.when else ()
    return record.about_times


def _quoted_as_one(article: Article, at: int, length: int) -> bool:
    """Whether every word character of a span is inside one quotation."""
    numbers = {article.quotation[at + i] for i in range(length) if article.text[at + i].isalnum()}
    return len(numbers) == 1 and OUTSIDE not in numbers


def _own_quotation(words: str) -> list[bool]:
    """Per character: inside quotation marks that the words themselves carry."""
    inside, flags = False, []
    for ch in words:
        if ch in '"“”':
            inside = not inside
        flags.append(inside and ch not in '"“”')
    return flags


def _outside_quotes(article: Article, sentence: int) -> str:
    span = article.sentences[sentence]
    return "".join(article.text[i] if article.quotation[i] == OUTSIDE else " " for i in range(span.start, span.end))
