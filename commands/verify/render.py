"""A verdict as an Answer: the real words, whose they are, what differs.

Differences are marked in the markup Discord renders and a terminal still
reads: ~~`your words`~~ struck out (in a code span, since they are the
user's text and must stay inert) and **the article's words** in bold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from commands.answer import Answer, Field, Status
from commands.format import citations, cmd, echo
from commands.verify.align import Op
from commands.verify.claim import Claim
from commands.verify.quotations import Passage, chunks_of, split_words
from commands.verify.speaker import Named
from commands.verify.verdict import Match, Splice, Verdict
from knowledge import FactBase

LEGEND = "~~`struck`~~: your words that are not the article's; **bold**: the article's words you changed or left out."
_MAX_SHOWN = 5  # quotations listed when the same words are in several
_STRUCK_CHARS = 120  # the user's words shown struck out, at most


def _who(fb: FactBase, passage: Passage) -> str:
    """The speaker as quotes show them, name in bold: "**Name**, role"."""
    name = fb.entities[passage.speaker].name
    return fb.speaker_line(passage.pieces[0]).replace(name, f"**{name}**", 1)


def _named(fb: FactBase, named: Named) -> str:
    if not named.ids:
        return echo(named.text)
    return " or ".join(f"**{fb.entities[i].name}**" for i in named.ids)


@dataclass(slots=True)
class _Mark:
    """How one word of the quotation is shown."""

    bold: bool = False
    before: list[int] = field(default_factory=list)  # the claim's words struck out before it
    after: list[int] = field(default_factory=list)  # ...and after it (extra words at the end)


def _marks(match: Match, claim_chunk_of: Sequence[int], *, bold_same: bool) -> dict[tuple[int, int], _Mark]:
    """Per (piece, chunk) of the quotation: bold where the claim differs (or,
    with `bold_same`, where it is the same), and the claim's own words that
    are not the article's, struck out where they stand."""
    words = match.passage.words
    marks: dict[tuple[int, int], _Mark] = defaultdict(_Mark)
    pending: list[int] = []
    struck: set[int] = set()
    last: tuple[int, int] | None = None
    for step in match.shown.steps:
        if step.op in (Op.EXTRA, Op.CHANGED, Op.TYPO) and step.claim is not None:
            chunk = claim_chunk_of[step.claim]
            if chunk not in struck:  # "we'd" is two words and one chunk
                struck.add(chunk)
                pending.append(chunk)
        if step.quote is None:
            continue
        word = words[step.quote]
        last = (word.piece, word.chunk)
        mark = marks[last]
        mark.before += pending
        pending = []
        differs = step.op is not Op.SAME
        mark.bold = mark.bold or (not differs if bold_same else differs)
    if pending and last is not None:
        marks[last].after += pending
    return dict(marks)


def _text(fb: FactBase, match: Match, claim_chunks: Sequence[str], marks: dict[tuple[int, int], _Mark]) -> str:
    """The quotation as shown, with marks: direct words in quote marks,
    reported speech marked as reported. Runs of marked words are marked once."""
    runs: list[tuple[str, list[str]]] = []  # ("plain" | "bold" | "struck", words)

    def add(kind: str, text: str) -> None:
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(text)
        else:
            runs.append((kind, [text]))

    for number, piece_chunks in enumerate(match.passage.chunks):
        for index, chunk in enumerate(piece_chunks):
            mark = marks.get((number, index), _Mark())
            for claim_chunk in mark.before:
                add("struck", claim_chunks[claim_chunk])
            add("bold" if mark.bold else "plain", chunk)
            for claim_chunk in mark.after:
                add("struck", claim_chunks[claim_chunk])
    shown = {"plain": "{}", "bold": "**{}**", "struck": "~~{}~~"}
    body = " ".join(
        shown[kind].format(echo(" ".join(words), limit=_STRUCK_CHARS) if kind == "struck" else " ".join(words))
        for kind, words in runs
    )
    first = match.passage.pieces[0]
    if match.passage.reported:
        name = fb.entities[first.speaker].name
        return f"*Reported:* {name} {first.said or 'said'} {body}"
    return f"> “{body}”"


def _quotation(fb: FactBase, match: Match, claim_text: str, *, differences: bool, bold_fragment: bool) -> str:
    """The quotation with the differences marked, or with the claim's words
    in bold when it is part of a longer quotation, or plain."""
    chunk_of = [chunk for chunk, words in split_words(claim_text) for _ in words]
    if differences:
        marks = _marks(match, chunk_of, bold_same=False)
    elif bold_fragment and (not match.whole or match.passage.reported):
        marks = _marks(match, chunk_of, bold_same=True)
    else:
        marks = {}
    return _text(fb, match, chunks_of(claim_text), marks)


def _answer(
    fb: FactBase, verdict: Verdict, body: str, shown: Sequence[Match], claim: Claim, *, status: Status = Status.OK
) -> Answer:
    ids = tuple(i for m in shown for i in m.passage.ids)
    fields = [Field("You asked about", echo(claim.words))]
    return Answer(
        title=verdict.value,
        body=body,
        fields=tuple(fields),
        citations=citations(fb, ids),
        status=status,
        ids=ids,
    )


def exact(fb: FactBase, claim: Claim, found: Sequence[Match]) -> Answer:
    shown = list(found[:_MAX_SHOWN])
    parts = []
    for match in shown:
        if match.passage.reported:
            lead = (
                f"Word for word: the article quotes these words (in bold) from {_who(fb, match.passage)},"
                " inside its report of what was said:"
            )
        elif match.whole:
            lead = f"Word for word, from {_who(fb, match.passage)}:"
        else:
            lead = f"Word for word, part of what {_who(fb, match.passage)} said (your words in bold):"
        parts.append(lead + "\n" + _quotation(fb, match, claim.words, differences=False, bold_fragment=True))
    speakers = {m.passage.speaker for m in shown}
    status = Status.AMBIGUOUS if len(speakers) > 1 else Status.OK
    if len(shown) > 1:
        parts.insert(0, f"These words are in {len(shown)} quotations.")
    return _answer(fb, Verdict.EXACT, "\n\n".join(parts), shown, claim, status=status)


def someone_else(fb: FactBase, claim: Claim, named: Named, found: Sequence[Match]) -> Answer:
    shown = list(found[:_MAX_SHOWN])
    who = " and ".join(dict.fromkeys(_who(fb, m.passage) for m in shown))
    unknown = "" if named.ids else " (the articles quote no one by that name)"
    lead = f"Not {_named(fb, named)}{unknown}: the articles give these words to {who}."
    parts = [lead]
    for match in shown:
        if match.exact:
            parts.append(_quotation(fb, match, claim.words, differences=False, bold_fragment=True))
        elif match.verbatim:
            parts.append(
                "The article reports them in its own words; it does not quote them:\n"
                + _quotation(fb, match, claim.words, differences=False, bold_fragment=False)
            )
        else:
            parts.append(
                "Not in these exact words either. "
                + LEGEND
                + "\n"
                + _quotation(fb, match, claim.words, differences=True, bold_fragment=False)
            )
    return _answer(fb, Verdict.SOMEONE_ELSE, "\n\n".join(parts), shown, claim)


def close(fb: FactBase, claim: Claim, match: Match) -> Answer:
    who = _who(fb, match.passage)
    # Reported speech is never a quotation, however a message presents it:
    # "Lloyd: 'negotiations ... have been discontinued'" quotes the reporter.
    shown_as = "You give these words as a quotation, but they" if claim.quoted else "These"
    if match.reported and match.verbatim:
        body = (
            f"{shown_as} are the article's words reporting {who}: reported speech, not a quotation."
            " The article does not say these were the speaker's own words.\n"
            + _quotation(fb, match, claim.words, differences=False, bold_fragment=False)
        )
    elif match.reported:
        body = (
            f"{shown_as} are near reported speech, not a quotation: the article reports {who},"
            " in its own words, and does not quote them.\n"
            + LEGEND
            + "\n"
            + _quotation(fb, match, claim.words, differences=True, bold_fragment=False)
        )
    else:
        body = f"The real words, from {who}. {LEGEND}\n" + _quotation(
            fb, match, claim.words, differences=True, bold_fragment=False
        )
    return _answer(fb, Verdict.CLOSE, body, [match], claim)


def spliced(fb: FactBase, claim: Claim, splice: Splice) -> Answer:
    parts = [
        "These words join two quotations; no one said them all together.",
        f"The start is from {_who(fb, splice.first.passage)} (in bold):\n"
        + _quotation(fb, splice.first, claim.words, differences=False, bold_fragment=True),
        f"The rest is from {_who(fb, splice.second.passage)} (in bold):\n"
        + _quotation(fb, splice.second, claim.words, differences=False, bold_fragment=True),
    ]
    return _answer(fb, Verdict.CLOSE, "\n\n".join(parts), [splice.first, splice.second], claim)


def not_found(fb: FactBase, claim: Claim, nearest: Match | None) -> Answer:
    body = f"No quotation in the articles matches {echo(claim.words)}."
    shown: list[Match] = []
    if nearest is not None:
        shown = [nearest]
        body += (
            f"\n\nThe nearest, from {_who(fb, nearest.passage)}, shares some words but is not the same:\n"
            + _quotation(fb, nearest, claim.words, differences=False, bold_fragment=False)
        )
    body += f"\n\nSee who said what with {cmd('quote <name or words>')}."
    return _answer(fb, Verdict.NOT_FOUND, body, shown, claim, status=Status.NOT_FOUND)
