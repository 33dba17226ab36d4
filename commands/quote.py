"""`quote <speaker, organisation, or words>`: who said what, verbatim.

Every quote can be read: a long list comes a page at a time, asked for in
words (`quote lloyd page 2`) wherever the answer is shown; on Discord the
answer also has Previous and Next buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from commands.answer import Answer, Status, paginate, split_page
from commands.deal import not_found
from commands.format import citations, cmd, echo, inert, quotation_ids, quotation_text, shown_lengths
from commands.lookup import CONTENT_ACCEPT, Lookup, accepted, resolve_names
from knowledge import FactBase
from knowledge.store import QuoteHead, quote_head
from knowledge.text import normalise

PER_PAGE = 10  # quotes on one page
PAGE_CHARS = 3600  # and at most this much text: a page fits one embed (4096) with its page line
_SPEAKERS_PER_PAGE = 40
_WORD_RESULTS = 50  # a search by words shows its best 50 quotes at most
# A query of this many words that all appear in a quote is read as words
# from it, even if a name scores well too ("the alliance is not a merger").
_PHRASE_WORDS = 3
_ALL_WORDS = 0.95  # coverage that counts as "every word is in the quote"


def run(fb: FactBase, query: str) -> Answer:
    query, page = split_page(query)
    if not query:
        return list_speakers(fb, page)

    def lookup(*, suggest: bool = True) -> Lookup:
        return resolve_names(fb, query, lambda t: _has_quotes(fb, t), suggest=suggest)

    # Suggestions are looked for only when neither a name nor words answer
    # (the last line): until then a lookup needs only say what it found.
    phrase = len(query.split()) >= _PHRASE_WORDS
    named = phrase and bool(fb.names.exact(query))
    names: Lookup | None = None
    if not phrase or named or fb.content.most_covered(query) < _ALL_WORDS:
        # A phrase whose words no quote can all hold (a misspelt name, most
        # often) is a name if it names one, as it would be after its search
        # by words below: that search, which cannot find it whole, is spared.
        names = lookup(suggest=False)
        if names.found and (names.exact or not named):
            return _of_targets(fb, query, names, page)
    found = fb.content.search(query, limit=_WORD_RESULTS, min_coverage=CONTENT_ACCEPT, kinds=("quote",))
    words = accepted(found, _WORD_RESULTS)
    whole = bool(words) and found[0].coverage >= _ALL_WORDS
    if names is None and not whole:
        # Words of a phrase not all in one quote: it may yet be a misspelt name
        # (when they all are, no name but an exact one could be meant: the fuzzy lookup is spared).
        names = lookup(suggest=False)
    if names is not None and names.found and not whole:
        return _of_targets(fb, query, names, page)
    if words:
        quotes = fb.quotes.many(words)  # read in one go
        # "containing" only when it is true of every quote shown; else they are the closest matches.
        wanted = set(normalise(query).split())
        verb = "containing" if all(wanted <= set(normalise(q.text).split()) for q in quotes) else "matching"
        heads = [quote_head(q) for q in quotes]
        answer = _quotes_answer(fb, f"Quotes {verb} {echo(query)}", heads, f"quote {inert(query)}", page)
        if len(words) >= _WORD_RESULTS and answer.page == answer.pages:
            note = f"These are the best {_WORD_RESULTS} matches; more words narrow it down."
            answer = replace(answer, body=f"{answer.body}\n\n{note}")
        return answer
    return not_found(fb, query, lookup(), what="speaker or quote")


def _has_quotes(fb: FactBase, target: str) -> bool:
    if target in fb.deals:
        return fb.has_quotes(target)
    return fb.has_quotes(target) or target in fb.deals_of_entity  # its keys all have deals (see lookup.resolve_deals)


def _quotes_for(fb: FactBase, target: str) -> tuple[str, list[QuoteHead], str]:
    """The quotes a target stands for (their heads), a title saying which
    they are, and the query that asks for them again."""
    if target in fb.deals:
        deal = fb.deals[target]
        again = deal.aliases[0] if deal.aliases else deal.name
        return f"Quotes on the {deal.name}", fb.quote_heads_of_deals((target,)), again
    entity = fb.entities[target]
    own = fb.quote_heads_of(target)
    if own:
        return f"Quotes from {entity.name}", own, entity.name
    # A force or company nobody speaks for: the quotes on its deals.
    deals = fb.deals_of_entity.get(target, ())
    names = " and ".join(fb.deals[d].name for d in deals)
    return f"Quotes on the {names}", fb.quote_heads_of_deals(deals), entity.name


def _of_targets(fb: FactBase, query: str, names: Lookup, page: int) -> Answer:
    if len(names.targets) > 1:
        options = [fb.deals[t].name if t in fb.deals else fb.entities[t].name for t in names.targets]
        return Answer(
            title=f"{len(options)} speakers match {echo(query)}",
            body="Which one?\n" + "\n".join(f"• **{o}**" for o in options),
            status=Status.AMBIGUOUS,
            suggestions=tuple(options),
            ids=names.targets,
        )
    title, heads, again = _quotes_for(fb, names.targets[0])
    return _quotes_answer(fb, title, heads, f"quote {again}", page)


def _quotes_answer(fb: FactBase, title: str, heads: Sequence[QuoteHead], again: str, page: int) -> Answer:
    """One page of some quotes. Pages are laid out by the quotes' heads
    (their lengths as shown, measured without reading their speakers); only
    the quotes on the page asked for, and their speakers, are read whole and
    shown."""
    # Pieces of one quotation stay together, on one page.
    groups = quotation_ids(fb, (h.id for h in heads))
    sized = list(zip(groups, shown_lengths(fb, groups, {h.id: h for h in heads}), strict=True))
    pages = paginate(sized, lambda item: item[1] + 2, PER_PAGE, PAGE_CHARS) or [[]]
    if not 1 <= page <= len(pages):
        return no_such_page(again, page, len(pages))
    ids = [i for group, _ in pages[page - 1] for i in group]
    read = {q.id: q for q in fb.quotes.many(ids)}
    fb.entities_of(q.speaker for q in read.values())  # the page's speakers at once, not one at a time below
    body = "\n\n".join(quotation_text(fb, tuple(read[i] for i in group)) for group, _ in pages[page - 1])
    return _paged(Answer(title=title, body=body, citations=citations(fb, ids), ids=tuple(ids)), again, page, len(pages))


def _paged(answer: Answer, again: str, page: int, pages: int) -> Answer:
    """One page of a longer answer: its number in the title, and the words that ask for another."""
    if pages == 1:
        return answer
    if page < pages:
        line = f"Page {page} of {pages}. Next: {cmd(f'{again} page {page + 1}')}"
    else:
        line = f"Page {page} of {pages}, the last. Back to the first: {cmd(f'{again} page 1')}"
    return replace(
        answer,
        title=f"{answer.title} (page {page} of {pages})",
        body=f"{answer.body}\n\n{line}",
        page=page,
        pages=pages,
    )


def no_such_page(again: str, page: int, pages: int) -> Answer:
    count = f"{pages} page{'s' * (pages != 1)}"
    return Answer(
        title="No such page",
        body=f"{cmd(again)} has {count}; there is no page {page}. Try {cmd(f'{again} page {pages}')}.",
        status=Status.USAGE,
    )


def list_speakers(fb: FactBase, page: int = 1) -> Answer:
    lines = []
    for speaker, quote_ids in fb.quotes_of_speaker.items():
        entity = fb.entities[speaker]
        count = len(quote_ids)
        lines.append((speaker, f"• **{entity.name}** ({entity.role}): {count} quote{'s' if count != 1 else ''}"))
    pages = paginate(lines, lambda item: len(item[1]) + 1, _SPEAKERS_PER_PAGE, PAGE_CHARS) or [[]]
    if not 1 <= page <= len(pages):
        return no_such_page("quote", page, len(pages))
    on_page = pages[page - 1]
    speakers = [speaker for speaker, _ in on_page]
    cited = [q for speaker in speakers for q in fb.quotes_of_speaker[speaker]]
    body = "\n".join(line for _, line in on_page)
    body += f"\n\nSee one with {cmd('quote <name>')}, or search with {cmd('quote <words>')}."
    answer = Answer(
        title=f"Who is quoted ({len(lines)} speakers)",
        body=body,
        citations=citations(fb, cited),
        ids=tuple(speakers),
    )
    return _paged(answer, "quote", page, len(pages))
