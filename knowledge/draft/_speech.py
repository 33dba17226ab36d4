"""Who said what: direct quotations and reported speech, each with its speaker.

The patterns of attribution news prose uses:

    X said: "..."            X said "..."           "...," said X        "...," X said
    "...," he added          X said (that) ...      X confirmed last night ...
    according to X, ...      ..., X said.           X said ..., adding: "..."

A quotation still open at a paragraph's end runs on into the next paragraph
when that one opens with a mark: the pieces are one quotation, one speaker.
A quotation closed and opened again (`"...," said X. "..."`) is a new one,
by the same speaker.
A quotation paragraph with no attribution of its own is given to the speaker
of the paragraph before, and a pronoun to the last person named before it:
both are guesses, noted for review. Words with no speaker are listed apart,
never credited to anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from knowledge.draft._entities import Cast, Ent
from knowledge.draft._lexicon import AUDIENCE, AUXILIARIES, DESCRIPTIONS, PRONOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS
from knowledge.draft._mentions import Mention
from knowledge.draft._parse import Paragraph, Sentence
from knowledge.draft._records import QuoteKind, Unattributed
from knowledge.draft._times import time_at, time_phrases
from knowledge.draft._tokens import Token

_TERMINAL = frozenset(".!?…,")
_CHANNELS = frozenset("statement interview letter email post briefing video tweet report message".split())
_CLAUSE_OPENERS = frozenset("who which whose speaking writing".split())

SubjectKind = Literal["mention", "pronoun", "description", "name", "unknown"]


@dataclass(frozen=True, slots=True)
class Subject:
    kind: SubjectKind
    first: int
    last: int
    text: str
    mention: Mention | None = None


@dataclass(slots=True)
class Said:
    """One quoted or reported passage, before ids are given."""

    speaker: Ent
    kind: QuoteKind
    text: str
    position: tuple[int, int]  # paragraph, offset: article order
    chain: int  # pieces of one quotation share a chain
    said: str | None = None
    said_when: str | None = None
    about: tuple[str, ...] = ()
    reviews: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Act:
    verb: int
    subject: Subject
    inverted: bool
    quote_before: int | None  # token index of a quotation the attribution follows
    complement: int  # first token of what was said
    said_when: str | None


# -- the grammar of attribution --------------------------------------------------------------


def _before_aside(tokens: list[Token], comma: int) -> int | None:
    """The last word before an aside that ends at `comma`, or None if it is not one.

    "Colin Reid, who runs a shop on the quay, said"; "Mary Jones, 62, said";
    "Bliss, a Democrat, said".
    """
    j = comma - 1
    while j >= 0 and tokens[j].text != ",":
        j -= 1
    if j <= 0:
        return None
    opener = tokens[j + 1]
    if (
        opener.lower in _CLAUSE_OPENERS
        or (opener.lower in ("a", "an", "the") and tokens[j - 1].capitalised)
        or (opener.text.isdigit() and j + 2 == comma)
    ):
        return j - 1
    return None


def subject_before(sentence: Sentence, text: str, verb: int) -> Subject | None:
    """The speaker named before the verb: a mention, a pronoun, "the firm", or a bare name."""
    tokens = sentence.tokens
    k = verb - 1
    while k >= 0 and tokens[k].lower in AUXILIARIES:
        k -= 1
    if k < 0:
        return None
    if tokens[k].text == ",":
        apposed = _mention_ending(sentence, k)  # "David Lloyd, the ... Commissioner, confirmed"
        if apposed is not None:
            return Subject("mention", apposed.first, k, apposed.name, apposed)
        before = _before_aside(tokens, k)
        if before is None:
            return None
        k = before
    mention = _mention_ending(sentence, k + 1)
    if mention is not None:
        return Subject("mention", mention.first, k + 1, mention.name, mention)
    token = tokens[k]
    if token.lower in PRONOUNS and (k == 0 or not tokens[k - 1].is_word or tokens[k - 1].lower in ("and", "but")):
        return Subject("pronoun", k, k + 1, token.text)
    if token.lower in DESCRIPTIONS and k >= 1 and tokens[k - 1].lower == "the":
        return Subject("description", k - 1, k + 1, text[tokens[k - 1].start : token.end])
    j = k
    while j >= 0 and (tokens[j].capitalised or tokens[j].acronym) and k - j < 3:
        j -= 1
    if j < k and not (j + 1 == 0 and k == 0 and tokens[0].lower in PRONOUNS):
        words = tokens[j + 1 : k + 1]
        if not (len(words) == 1 and words[0].lower in ("the", "a", "it", "this", "that")):
            return Subject("name", j + 1, k + 1, text[words[0].start : words[-1].end])
    if token.is_word and not token.capitalised:
        for back in range(k - 1, max(-1, k - 5), -1):
            if tokens[back].lower in ("the", "a", "an"):
                return Subject("unknown", back, k + 1, text[tokens[back].start : token.end])
            if not tokens[back].is_word:
                break
    return None


def _mention_ending(sentence: Sentence, last: int) -> Mention | None:
    for mention in sentence.mentions:
        if mention.last == last and mention.kind != "place":
            return mention
    return None


def subject_after(sentence: Sentence, text: str, verb: int) -> Subject | None:
    """The speaker named after the verb: "said Councillor Priya Shah"."""
    tokens = sentence.tokens
    start = verb + 1
    if start >= len(tokens):
        return None
    for mention in sentence.mentions:
        if mention.first == start and mention.kind != "place":
            return Subject("mention", mention.first, mention.last, mention.name, mention)
    token = tokens[start]
    if token.lower in PRONOUNS:
        return Subject("pronoun", start, start + 1, token.text)
    end = start
    while end < len(tokens) and (tokens[end].capitalised or tokens[end].acronym) and end - start < 3:
        end += 1
    if end > start:
        return Subject("name", start, end, text[tokens[start].start : tokens[end - 1].end])
    return None


def _skip_verb_phrase(tokens: list[Token], text: str, c: int, verb: Token) -> tuple[int, str | None]:
    """Past the audience, time and channel after a verb, to what was said."""
    said_when = None
    if verb.lower in ("told", "tells") and c < len(tokens):
        if tokens[c].lower == "the" and c + 1 < len(tokens) and tokens[c + 1].capitalised:
            c += 1
        if tokens[c].lower in AUDIENCE:
            c += 1
        else:
            while c < len(tokens) and (tokens[c].capitalised or tokens[c].acronym):
                c += 1
    for _ in range(2):
        if c >= len(tokens):
            break
        end = time_at(text, tokens[c].start)
        if end is not None:
            spans = time_phrases(text[tokens[c].start : end])
            said_when = text[tokens[c].start + spans[0][0] : end] if spans else None
            while c < len(tokens) and tokens[c].start < end:
                c += 1
            continue
        if (
            tokens[c].lower in ("in", "on")
            and c + 1 < len(tokens)
            and (tokens[c + 1].lower in _CHANNELS or (c + 2 < len(tokens) and tokens[c + 2].lower in _CHANNELS))
        ):
            c += 2 if tokens[c + 1].lower in _CHANNELS else 3
    if c < len(tokens) and tokens[c].text in (":", ","):
        c += 1
    if c < len(tokens) and tokens[c].lower == "that":
        c += 1
    return c, said_when


def _quote_just_before(tokens: list[Token], index: int) -> int | None:
    """A quotation ending just before token `index` ("...," said X), or None."""
    j = index - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    return j if j >= 0 and tokens[j].is_quote else None


def speech_acts(sentence: Sentence, text: str) -> list[_Act]:
    """Every attribution in a sentence: who, by which verb, and where what they said begins."""
    tokens = sentence.tokens
    acts: list[_Act] = []
    skip_until = -1
    for v, token in enumerate(tokens):
        if v < skip_until or not token.is_word:
            continue
        if token.lower == "according" and v + 1 < len(tokens) and tokens[v + 1].lower == "to":
            subject = subject_after(sentence, text, v + 1)
            if subject is None:
                continue
            c = subject.last + 1 if subject.last < len(tokens) and tokens[subject.last].text == "," else subject.last
            acts.append(_Act(v, subject, True, None, c, None))
            continue
        if token.text in SPEECH_PARTICIPLES and v > 0 and tokens[v - 1].text == "," and acts:
            c, when = _skip_verb_phrase(tokens, text, v + 1, token)
            acts.append(_Act(v, acts[-1].subject, False, None, c, when))
            continue
        if token.text not in SPEECH_VERBS:
            continue
        subject = subject_before(sentence, text, v)
        inverted = False
        if subject is None or (subject.kind in ("name", "unknown") and _quote_just_before(tokens, v) is not None):
            after = subject_after(sentence, text, v)
            if after is not None:
                subject, inverted = after, True
        if subject is None:
            continue
        if inverted:
            quote_before = _quote_just_before(tokens, v)
            c, when = _skip_verb_phrase(tokens, text, subject.last, token)
        else:
            quote_before = _quote_just_before(tokens, subject.first)
            c, when = _skip_verb_phrase(tokens, text, v + 1, token)
        acts.append(_Act(v, subject, inverted, quote_before, c, when))
        skip_until = _clause_end(tokens, c) if c < len(tokens) and not tokens[c].is_quote else c
    return acts


# -- reading a whole article ----------------------------------------------------------------


class _Recent:
    """Who was named last, for pronouns and descriptions."""

    def __init__(self) -> None:
        self._by_kind: dict[str, tuple[int, Ent]] = {}  # kind -> (when last named, who)
        self._count = 0

    def add(self, ent: Ent | None) -> None:
        if ent is not None:
            self._count += 1
            ent = ent.final()
            self._by_kind[ent.kind] = (self._count, ent)

    def last(self, kinds: tuple[str, ...]) -> Ent | None:
        named = [self._by_kind[k] for k in kinds if k in self._by_kind]
        return max(named, key=lambda pair: pair[0])[1] if named else None


_PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("person", "spokesperson"),
    "group": ("group", "organisation", "company", "union", "council", "force"),
    "organisation": ("organisation", "company", "union", "council", "force"),
}
_DESCRIPTION_KINDS: dict[str, tuple[str, ...]] = {
    "company": ("company",),
    "union": ("union",),
    "council": ("council",),
    "force": ("force",),
    "organisation": ("organisation", "company", "union", "council"),
}


@dataclass(slots=True)
class _Owner:
    """Who a quotation is credited to, and which quotation it is a piece of."""

    speaker: Ent
    chain: int
    reviews: list[str]


@dataclass(slots=True)
class _Here:
    """One paragraph's state while its sentences are read."""

    paragraph: Paragraph
    owner: dict[int, _Owner] = field(default_factory=dict)  # quotation index -> owner
    consumed: set[int] = field(default_factory=set)  # quotations inside reported speech or refused


@dataclass(frozen=True, slots=True)
class _Resolved:
    act: _Act
    speaker: Ent | None
    reviews: list[str]


class Attribution:
    """Second pass: reads the article in order, crediting each quotation and report."""

    def __init__(self, paragraphs: list[Paragraph], cast: Cast) -> None:
        self.paragraphs = paragraphs
        self.cast = cast
        self.recent = _Recent()
        self.said: list[Said] = []
        self.unattributed: list[Unattributed] = []
        self._chains = 0

    def _chain(self) -> int:
        self._chains += 1
        return self._chains

    def resolve(self, subject: Subject) -> tuple[Ent | None, str | None]:
        """The entity a subject names, and the guess made to find it (None when it is named)."""
        if subject.mention is not None:
            return self.cast.lookup(subject.mention.name), None
        if subject.kind == "name":
            return self.cast.lookup(subject.text), None
        if subject.kind == "pronoun":
            ent = self.recent.last(_PRONOUN_KINDS[PRONOUNS[subject.text.lower()]])
        elif subject.kind == "description":
            ent = self.recent.last(_DESCRIPTION_KINDS[DESCRIPTIONS[subject.text.split()[-1].lower()]])
        else:
            return None, None
        if ent is None:
            return None, None
        return ent, f"“{subject.text}” taken to be {ent.name}, the last named before it"

    def run(self) -> tuple[list[Said], list[Unattributed]]:
        open_chain: Said | None = None
        previous_speaker: Ent | None = None
        for paragraph in self.paragraphs:
            open_chain, previous_speaker = self._paragraph(paragraph, open_chain, previous_speaker)
        if open_chain is not None:
            open_chain.reviews.append("the article does not close this quotation")
        self.said.sort(key=lambda s: s.position)
        return self.said, self.unattributed

    def _paragraph(
        self, paragraph: Paragraph, open_chain: Said | None, previous_speaker: Ent | None
    ) -> tuple[Said | None, Ent | None]:
        """Credit one paragraph's speech; returns a quotation left open, and its last speaker."""
        here = _Here(paragraph)
        speaker_here: Ent | None = None
        if open_chain is not None:
            if paragraph.opens_with_quotation:
                here.owner[0] = _Owner(open_chain.speaker, open_chain.chain, [])
            else:
                open_chain.reviews.append("the article does not close this quotation: it is taken to end here")
        for sentence in paragraph.sentences:
            pending = sorted(sentence.mentions, key=lambda m: m.last)
            for act in speech_acts(sentence, paragraph.text):
                # Everyone named before the speaker counts for a pronoun; the rest after.
                while pending and pending[0].last <= act.subject.first:
                    self.recent.add(self._ent(pending.pop(0)))
                speaker, review = self.resolve(act.subject)
                resolved = _Resolved(act, speaker, [review] if review else [])
                if self._act(here, sentence, resolved) and speaker is not None:
                    speaker_here = speaker
                    self.recent.add(speaker)
            for mention in pending:
                self.recent.add(self._ent(mention))
        self._unowned(here, previous_speaker)
        last_piece: Said | None = None
        text = paragraph.text
        for index, quotation in enumerate(paragraph.quotations):
            owner = here.owner.get(index)
            if owner is None or index in here.consumed:
                continue
            words = text[quotation.start : quotation.end]
            last_piece = Said(
                owner.speaker,
                "direct",
                words,
                (paragraph.index, quotation.start),
                owner.chain,
                about=_times(words),
                reviews=owner.reviews,
            )
            self.said.append(last_piece)
            speaker_here = owner.speaker
        last = len(paragraph.quotations) - 1
        still_open = last >= 0 and paragraph.quotations[last].close is None and last in here.owner
        return (last_piece if still_open else None), speaker_here

    def _ent(self, mention: Mention) -> Ent | None:
        return None if mention.kind == "place" else self.cast.lookup(mention.name)

    def _act(self, here: _Here, sentence: Sentence, resolved: _Resolved) -> bool:
        """Record what one attribution says; True if it credited something to its speaker."""
        tokens = sentence.tokens
        act, speaker = resolved.act, resolved.speaker
        spoke = False
        if act.quote_before is not None and speaker is not None:
            # "...," said X
            index = tokens[act.quote_before].quote
            chain = here.owner[index].chain if index in here.owner else self._chain()
            here.owner[index] = _Owner(speaker, chain, list(resolved.reviews))
            spoke = True
        c = act.complement
        rest = tokens[c:] if c < len(tokens) and tokens[c].text not in _TERMINAL else []
        if rest and rest[0].is_quote:
            # X said: "..." -- direct when the quotation is all that was said
            index = rest[0].quote
            closed = here.paragraph.quotations[index].close is not None
            if all(t.text in _TERMINAL for t in rest[1:]) or not closed:
                if speaker is None:
                    here.consumed.add(index)
                    reason = f"said by “{act.subject.text}”, whom the drafter could not name"
                    self.unattributed.append(
                        Unattributed(rest[0].text, _context(here.paragraph.text, sentence), reason)
                    )
                    return spoke
                here.owner[index] = _Owner(speaker, self._chain(), list(resolved.reviews))
                return True
        if rest and not all(t.text in _TERMINAL for t in rest):
            # X said (that) ... -- reported, to the end of the sentence or the speaker's next clause
            end = _clause_end(tokens, c)
            if len([t for t in tokens[c:end] if t.is_word]) >= 3 or any(t.is_quote for t in tokens[c:end]):
                here.consumed.update(t.quote for t in tokens[c:end] if t.is_quote)
                self._reported(here, sentence, resolved, (c, end))
                return spoke or speaker is not None
        if not spoke and act.quote_before is None and act.subject.first > 0:
            # "..., the council said." / "..., said the council."
            boundary = act.verb - 1 if act.inverted else act.subject.first - 1
            if boundary >= 1 and tokens[boundary].text == ",":
                self._reported(here, sentence, resolved, (0, boundary), trailing=True)
                return speaker is not None
        return spoke

    def _reported(
        self, here: _Here, sentence: Sentence, resolved: _Resolved, words: tuple[int, int], trailing: bool = False
    ) -> None:
        tokens = sentence.tokens
        text = here.paragraph.text
        act, speaker = resolved.act, resolved.speaker
        first, end = words
        said_words = text[tokens[first].start : tokens[end - 1].end]
        if speaker is None:
            reason = f"reported from “{act.subject.text}”, whom the drafter could not name"
            self.unattributed.append(Unattributed(said_words, _context(text, sentence), reason))
            return
        said = None
        notes = list(resolved.reviews)
        if trailing:
            notes.append("the article names the speaker after these words")
        elif tokens[act.verb].lower == "according":
            notes.append("reported with “according to”")
        elif not act.inverted:
            # `said` and the words, joined by a space, must read as the article does.
            raw = text[tokens[act.verb].start : tokens[first].start]
            said = raw.strip() if raw[-1:].isspace() else None
        said_when = act.said_when if said and act.said_when and act.said_when in said else None
        self.said.append(
            Said(
                speaker,
                "reported",
                said_words,
                (here.paragraph.index, tokens[first].start),
                self._chain(),
                said=said,
                said_when=said_when,
                about=_times(said_words),
                reviews=notes,
            )
        )

    def _unowned(self, here: _Here, previous_speaker: Ent | None) -> None:
        """Quotations no attribution reached: a continuation, the previous speaker's, or no one's."""
        paragraph = here.paragraph
        text = paragraph.text
        starts = {s.start for s in paragraph.sentences}
        for index, quotation in enumerate(paragraph.quotations):
            if index in here.owner or index in here.consumed:
                continue
            before = here.owner.get(index - 1)
            if quotation.open in starts and before is not None:
                # "...," said X. "...": X again, in a quotation of its own (and as much a guess as before)
                here.owner[index] = _Owner(before.speaker, self._chain(), list(before.reviews))
            elif index == 0 and paragraph.opens_with_quotation and previous_speaker is not None:
                note = f"no speaker named: taken to be {previous_speaker.name}, who speaks in the paragraph before"
                here.owner[index] = _Owner(previous_speaker, self._chain(), [note])
            else:
                sentence = next(s for s in paragraph.sentences if s.start <= quotation.open < s.end)
                words = text[quotation.start : quotation.end]
                self.unattributed.append(Unattributed(words, _context(text, sentence), "quoted words with no speaker"))


def _clause_end(tokens: list[Token], start: int) -> int:
    """Where reported words end: the sentence's end, a semicolon, or ", adding"."""
    end = len(tokens)
    for j in range(start, len(tokens)):
        token = tokens[j]
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if token.text == ";" or (token.text == ":" and following is not None and following.is_quote):
            end = j
            break
        if token.text == "," and following is not None and following.text in SPEECH_PARTICIPLES:
            end = j
            break
    while end > start and tokens[end - 1].text in _TERMINAL:
        end -= 1
    return end


def _context(text: str, sentence: Sentence) -> str:
    """The sentence, with long quotations cut to "…": where the words stand, for the editor."""
    out = []
    position = sentence.start
    for token in sentence.tokens:
        if token.is_quote and len(token.text) > 60:
            out.append(text[position : token.start])
            out.append("“…”")
            position = token.end
    out.append(text[position : sentence.end])
    return "".join(out)


def _times(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text[s:e] for s, e in time_phrases(text)))
